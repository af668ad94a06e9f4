"""Fifty-second blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND52_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind52_co_ma_skilled_nursing_ending")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan type's
letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind52_nca_commercial_proton_prostate``: a Kaiser Permanente Northern California commercial HMO (plan_type
   ``commercial_hmo``, state CA) denial (``initial_denial``) of proton beam therapy for localized prostate cancer
   (C61): the treatment delivery (CPT 77520, 77522 or 77525, with the number of fractions in the service text) and,
   where the proton center billed it, the dose plan (77301). Category ``medical_necessity`` (intensity-modulated
   photon therapy, IMRT, controls this cancer as well, at the same dose, so protons are not needed) or
   ``experimental_investigational`` (the evidence does not show protons improve outcomes for localized prostate
   cancer). Layouts: ``nca_summary_box_first`` (a boxed "Summary" opens the letter, the details follow),
   ``nca_decision_reason_grid`` (the decision, the services, the dates and the reason in a two-column grid whose right
   cells wrap) and ``nca_reviewer_page`` (a letter whose second page is headed "About the reviewer": name, credentials,
   specialty, board certification and phone). Knox-Keene rights from the catalogue: a grievance within 180 days
   (1-800-464-4000, TTY 711, kp.org or the Northern California grievance address), an expedited review decided within
   72 hours, the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) with
   Independent Medical Review, the Health Consumer Alliance (1-888-804-3536), free copies; for the experimental
   category the covered alternatives, the conference within 30 days (5 business days when delay would reduce the
   treatment's effectiveness) and IMR without filing a grievance first; taglines. Distractors: the PSA values and
   their dates, the Gleason score and grade group, the clinical stage, the biopsy date and the urologist who did it,
   the radiation oncologist who asked (requesting) vs. the physician reviewer, IMRT (CPT 77385) named as the covered
   alternative, the proton center's phone and fax, the case number.

   Which date is which: the letter date is the date line (on the grid, also the "Date of this letter" cell); received
   and decision dates are in the opening paragraph or the grid; PSA and biopsy dates are earlier events; ``service``
   is null (a proposed start date is no service date). Which name is the member: the addressee. Which reason is the
   reason: the paragraph under the reason heading (on the grid, the "Why" cell). The truth counts the delivery line
   and the planning line when printed.

2. ``blind52_co_ma_skilled_nursing_ending``: a Kaiser Permanente Colorado Senior Advantage (plan_type
   ``medicare_advantage``, state CO) notice that coverage of a skilled nursing facility stay ends
   (``termination_notice``, ``medical_necessity``, always standard), after a stroke (I63.9) with reduced mobility
   (Z74.09). The services are the skilled nursing facility stay and, on some letters, the skilled therapy in it: no
   CPT/HCPCS codes (the revenue code 0191 printed on the form is no code of the truth). Why: the daily therapy
   notes show the member now walks and transfers with supervision only, or the therapy minutes have dropped and what
   is left can be done at home or as outpatient therapy; nursing needs are not skilled. Layouts:
   ``co_notice_fields`` (a notice laid out as Medicare's coverage-ending form: labelled fields and question-style
   headings in this set's words), ``co_letter_to_daughter`` (a letter to the member's daughter, her representative;
   the member is the patient on the "Re:" line) and ``co_large_print`` (a large-print letter, 14-point text). MA rights
   from the catalogue for a termination: an appeal within 60 days of the notice date (65 on some letters, which the
   catalogue accepts), a fast appeal decided within 72 hours (the catalogue gives no Quality Improvement Organization
   facts, so the fast appeal described is the plan's expedited reconsideration), a standard appeal decided within 30
   days, an adverse decision sent on to the Independent Review Entity automatically, free copies of the case file,
   Kaiser Permanente Colorado Member Services 303-338-3800 / 1-888-681-7878 (TTY 711), 1-800-MEDICARE
   (1-800-633-4227), TTY 1-877-486-2048, taglines. Criteria: the Medicare Benefit Policy Manual's skilled nursing
   facility chapter (a planted ``medicare.internal_criteria`` names a Kaiser guideline instead). Distractors: the
   hospital discharge and SNF admission dates, the last covered day and the first day the member would pay, a table
   of therapy minutes per day by week, the facility's attending physician, case manager and therapists, the
   facility's phone, the daughter (addressee of one layout).

   Which date is which: the letter date is the "Date of notice" field / the date line; ``request_received`` (some
   letters) is the day the facility's request for more covered days reached the plan (the facility is then the
   requesting provider; otherwise there is none); ``decision`` (some letters) is the day the reviewer decided. The
   admission, discharge, last covered day and the week dates of the therapy table are distractors; ``service`` is
   null. Which name is the member: the patient ("Member name" field, "Re:" line, addressee of the other layouts),
   never the daughter. Which reason is the reason: the paragraph under the reason heading.

3. ``blind52_ga_commercial_out_of_network_anesthesia_claim``: a Kaiser Permanente Georgia commercial HMO (plan_type
   ``commercial_hmo``, state GA) denial of payment (``payment_denial``, ``out_of_network``) of an anesthesia group's
   claim for anesthesia (CPT 00790, with 99100 for a member older than 70 where billed) during a laparoscopic
   gallbladder surgery at a plan hospital; the anesthesia group is not a plan provider and no referral was
   approved. Layouts: ``ga_eob_claim_lines`` (an explanation-of-benefits statement: a claim header of fields, a table
   of claim lines with billed, allowed and paid amounts, and the surgeon's paid claim below it),
   ``ga_member_letter_cc_group`` (a letter to the member copied to the anesthesia group's billing office) and
   ``ga_reason_code_legend`` (a letter with a claim-line table carrying reason codes and a legend of the codes).
   Georgia commercial rights from the catalogue: an appeal within 180 days, external review by an independent review
   organization within 4 months of the final internal decision (45 CFR 147.136), free copies, the diagnosis and
   treatment codes on request, the Georgia Office of Commissioner of Insurance by name only and EBSA 1-866-444-3272
   with "check your plan documents", the Kaiser Permanente Health Line 404-365-0966 / 1-800-611-1811 (the catalogue
   verifies no Georgia Member Services number), taglines. Refused: ``process.emergency_prior_auth`` (a scheduled
   surgery). Distractors: the in-network surgeon's paid claim (its code 47562 or 47563, its amounts and its own
   claim number), the billed and allowed amounts, the claim and group numbers, the anesthesiologist who gave the
   anesthesia (the group billed), the group's NPI and phone, the hospital.

   Which date is which: the letter date is the statement date / date line; ``request_received`` is the day the claim
   was received and ``service`` the date of service (the surgery day); ``decision`` is the processed date when
   printed. Which name is the member: the addressee ("Member:" field). The requesting provider is the anesthesia group
   that billed. Which reason is the reason: the paragraph under the reason heading (on the legend layout, the
   explanation of the group's reason code). The truth counts the anesthesia line(s) only, never the surgeon's.

Dates use this set's own styles (``b52date``); ``parse_blind52_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category, and for proton therapy the
mental-health parity rule (not a mental-health service).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ordinal
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND52_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b52date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b52wkord":  # Saturday, March 14th, 2026 (a letterhead date with weekday and ordinal day)
        return f"{_DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "b52dmonyy":  # 14-Mar-26 (a claims system's cell; day padded: 05-Mar-26)
        return f"{d.day:02d}-{_MON3[d.month - 1]}-{d.year % 100:02d}"
    if style == "b52mdotyy":  # 3.14.26 (month first, points, two-digit year)
        return f"{d.month}.{d.day}.{d.year % 100:02d}"
    if style == "b52ymdslash":  # 2026/03/14 (year first, slashes)
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "b52orddm":  # 14th March 2026 (ordinal day before the month, no comma)
        return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "b52long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b52capsdmy":  # 14 MARCH 2026 (large-print capitals)
        return f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}"
    raise ValueError(style)


STYLES = ("b52wkord", "b52dmonyy", "b52mdotyy", "b52ymdslash", "b52orddm", "b52long", "b52capsdmy")


def parse_blind52_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b52date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+day), ([A-Z][a-z]+) ([1-9]\d?)(st|nd|rd|th), (\d{4})", t)
        if m and m[2] in MONTHS and _ordinal(int(m[3])) == m[3] + m[4]:
            d = dt.date(int(m[5]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _DAYS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{2})", t)
        if m and m[2] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([1-9]\d?)\.([1-9]\d?)\.(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]\d?)(st|nd|rd|th) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?) ([A-Z]+) (\d{4})", t)
        if m and m[2].capitalize() in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2].capitalize()) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b52_fmt"] = w.pick(list(body))
    w.c.extra["b52_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b52_fmt") -> str:
    if not day:
        return ""
    return b52date(day, w.c.extra[key] if key in ("b52_fmt", "b52_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b52_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _md(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name = person(w.rng, 0.3)[0]
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "ESPAÑOL: Si habla español, tiene a su disposición ayuda gratuita con el idioma. Llame al {ph}.",
    "zh": "繁體中文：如果您說中文，可免費獲得語言協助服務。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị nói tiếng Việt, có dịch vụ hỗ trợ ngôn ngữ miễn phí. Gọi số {ph}.",
    "ko": "한국어: 한국어를 사용하시는 경우 무료 언어 지원 서비스를 받으실 수 있습니다. {ph}번으로 전화하십시오.",
    "tl": "TAGALOG: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {ph}.",
    "ru": "РУССКИЙ: Если вы говорите по-русски, вам доступна бесплатная языковая помощь. Звоните {ph}.",
    "ar": "العربية: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك مجانًا. اتصل على {ph}.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե խոսում եք հայերեն, ձեզ տրամադրվում է անվճար լեզվական օգնություն: Զանգահարեք {ph}:",
    "fa": "فارسی: اگر به زبان فارسی صحبت می‌کنید، کمک زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ja": "日本語：日本語を話される方は、無料の言語支援をご利用いただけます。{ph} までお電話ください。",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਮੁਫ਼ਤ ਮਿਲਦੀ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ ជំនួយភាសាឥតគិតថ្លៃមានសម្រាប់អ្នក។ ទូរស័ព្ទ {ph}។",
    "hi": "हिंदी: यदि आप हिंदी बोलते हैं, तो आपके लिए मुफ्त भाषा सहायता उपलब्ध है। {ph} पर कॉल करें।",
    "am": "አማርኛ፦ አማርኛ የሚናገሩ ከሆነ ነጻ የቋንቋ እርዳታ ያገኛሉ። ወደ {ph} ይደውሉ።",
    "de": "DEUTSCH: Wenn Sie Deutsch sprechen, steht Ihnen kostenlose Sprachhilfe zur Verfügung. Rufen Sie {ph} an.",
    "fr": "FRANÇAIS : Si vous parlez français, une aide linguistique gratuite est à votre disposition. Appelez le {ph}.",
    "ne": "नेपाली: तपाईं नेपाली बोल्नुहुन्छ भने निःशुल्क भाषा सहायता उपलब्ध छ। {ph} मा फोन गर्नुहोस्।",
    "gu": "ગુજરાતી: જો તમે ગુજરાતી બોલો છો, તો મફત ભાષા સહાય ઉપલબ્ધ છે. {ph} પર કૉલ કરો.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "tl", "vi", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hi"],
    "CO": ["es", "vi", "zh", "ko", "ru", "de", "am", "ar", "fr", "ne", "ja"],
    "GA": ["es", "ko", "vi", "zh", "fr", "gu", "de", "am", "hi", "ar", "ru"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]  # the two most-read languages always print
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Northern California commercial: proton beam therapy for localized prostate cancer ==========================

_NC_MS = "1-800-464-4000"
_NC_AREAS = ["510", "415", "916", "408", "925", "707"]
_NC_DELIVERY = {
    "77520": ["Proton treatment delivery, simple, without compensation",
              "Proton beam radiation treatment delivery (simple, no compensation)"],
    "77522": ["Proton treatment delivery, simple, with compensation",
              "Proton beam radiation treatment delivery (simple, with compensation)"],
    "77525": ["Proton treatment delivery, complex", "Proton beam radiation treatment delivery (complex)"],
}
_NC_PLAN = ["Intensity-modulated treatment plan for proton therapy", "Proton therapy dose planning (IMRT plan)"]
_NC_CENTERS = ["Pacific Proton Therapy Institute", "Sierra Valley Proton Center", "Golden Gate Proton Therapy Center"]
_NC_CRIT_MN = [
    "Kaiser Permanente Northern California Radiation Oncology Clinical Guideline: Proton Beam Radiation Therapy",
    "Kaiser Permanente Clinical Review Criteria: Proton Beam Therapy (Adult Solid Tumors)",
]
_NC_CRIT_EXP = [
    "Kaiser Permanente Interregional New Technologies Committee review: Proton Beam Therapy for Prostate Cancer",
    "Kaiser Permanente Medical Technology Assessment: Proton Beam Radiation Therapy for Localized Prostate Cancer",
]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b52_nc"):
        return
    c.extra["b52_nc"] = True
    variant = c.extra["nc_variant"] = w.rng.randrange(3)
    if variant == 1:
        _fmt(w, ("b52long", "b52orddm", "b52ymdslash"), ("b52long", "b52wkord"))
    else:
        _fmt(w, ("b52long", "b52orddm", "b52mdotyy"), ("b52wkord", "b52long", "b52orddm"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    code = w.pick(["77520", "77522", "77525", "77525"])
    fx = c.extra["nc_fx"] = w.pick([20, 28, 39, 44, 5])
    c.services = [dict(text=f"{w.pick(_NC_DELIVERY[code])}, {fx} fractions", codes=[code], decision="denied")]
    if w.chance(0.45):
        c.services.append(dict(text=w.pick(_NC_PLAN), codes=["77301"], decision="denied"))
    c.diagnoses = [dict(text=w.pick(["Malignant neoplasm of prostate", "Prostate cancer"]), codes=["C61"])]
    c.service = None
    base = c.received or c.letter
    c.extra["nc_psa"] = [(base - dt.timedelta(days=w.rng.randint(120, 200)), round(w.rng.uniform(4.6, 6.9), 1)),
                         (base - dt.timedelta(days=w.rng.randint(40, 80)), round(w.rng.uniform(6.1, 9.8), 1))]
    c.extra["nc_biopsy"] = base - dt.timedelta(days=w.rng.randint(21, 38))
    c.extra["nc_gleason"] = w.pick([("3 + 3 = 6", 1), ("3 + 4 = 7", 2), ("4 + 3 = 7", 3)])
    c.extra["nc_stage"] = w.pick(["cT1c", "cT2a", "cT2b"])
    c.extra["nc_cores"] = (w.rng.randint(2, 5), 12)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, M.D."])
    c.extra["nc_ro_last"] = last
    c.extra["nc_uro"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["nc_center"] = (w.pick(_NC_CENTERS), _phone(w, _NC_AREAS, 0), _phone(w, _NC_AREAS, 1))
    c.extra["nc_kp_ro"] = w.pick(facilities("CA", "Northern California"))
    c.extra["nc_ref"] = f"NC-UM-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nc_start"] = (c.decision or c.letter) + dt.timedelta(days=w.rng.randint(9, 30))
    exp = c.category == "experimental_investigational"
    if _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_NC_CRIT_EXP if exp else _NC_CRIT_MN)]
        if w.chance(0.25):
            c.criteria.append("ASTRO Model Policy: Proton Beam Therapy")
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist"], ["RN", "R.N.", "NP"])
    elif variant == 2 or w.chance(0.85):
        _md(w, ["Radiation Oncology", "Urology", "Radiation Oncology"],
            ["Physician Reviewer", "Physician Advisor, Utilization Management", "Reviewing Physician"],
            _NC_AREAS, 0.6, 0.85)
    _flags(c)


def reason_b52_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    gl, gg = c.extra["nc_gleason"]
    stage = c.extra["nc_stage"]
    psa = c.extra["nc_psa"][1][1]
    if _bare(c):
        return w.pick(["Proton beam therapy is not medically necessary.",
                       "The request does not meet medical necessity criteria for proton therapy."])
    if c.category == "experimental_investigational":
        return w.pick([
            f"For cancer that has not spread beyond the prostate, proton beam therapy is considered investigational. "
            f"Published studies have not shown that it cures more men, or causes fewer bowel, bladder or sexual side "
            f"effects, than standard external beam radiation. Your records show a {stage} cancer with a Gleason score "
            f"of {gl} and no spread on imaging, which is the situation those studies looked at. Because its benefit "
            f"for your condition has not been proven, proton therapy is investigational and is not covered.",
            f"We found that proton therapy for localized prostate cancer (Gleason {gl}, stage {stage}) is still "
            f"under study. The medical literature we reviewed does not show better cancer control or quality of life "
            f"with protons than with photon radiation such as IMRT. Treatments whose effect on health outcomes is not "
            f"yet established are investigational under your plan, so this request is denied.",
        ])
    return w.pick([
        f"Proton beam therapy is medically necessary when standard photon radiation cannot give a safe dose, for "
        f"example near the spinal cord or in a child. Your cancer is confined to the prostate (stage {stage}, "
        f"Gleason {gl}, Grade Group {gg}, latest PSA {psa} ng/mL). For this cancer, intensity-modulated radiation "
        f"therapy (IMRT) delivers the same dose to the prostate while sparing the rectum and bladder, and it controls "
        f"the cancer as well as protons do. Because IMRT can treat you equally well, proton therapy is not medically "
        f"necessary.",
        f"The records show prostate cancer that has not spread (Gleason {gl}, stage {stage}). Photon radiation "
        f"with IMRT, available at Kaiser Permanente, gives the same cancer control for this stage, with comparable "
        f"side effects, so there is no medical reason to use proton beams instead. Proton therapy is therefore not "
        f"medically necessary for you.",
    ])


def _nc_dmhc(w: W, b: list[Block]) -> None:
    if _has(w.c, "notice.dmhc_statement"):
        return
    b.append(w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {_NC_MS} "
        "(TTY 711) and use your health plan's grievance process before contacting the department. Utilizing this "
        "grievance procedure does not prohibit any potential legal rights or remedies that may be available to you. "
        "If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
        "resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may "
        "call the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If you "
        "are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a health "
        "plan related to the medical necessity of a proposed service or treatment, coverage decisions for treatments "
        "that are experimental or investigational in nature and payment disputes for emergency or urgent medical "
        "services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
        "(1-877-688-9891) for the hearing and speech impaired. The department's internet website www.dmhc.ca.gov "
        "has complaint forms, IMR application forms and instructions online.",
        bold=True, size=12.0, space_before=8))


def _nc_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northern California"])
    head(w.pick(["Your right to file a grievance", "If you do not agree", "How to ask us to look again"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you name may file a grievance (appeal) within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call Member Services at {_NC_MS} "
        f"(TTY 711), 24 hours a day, 7 days a week (closed holidays); file at kp.org; or write to {addr}.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this letter: by phone "
        f"at {_NC_MS} (TTY 711), online at kp.org, or by mail to {addr}. Send any records or letters from your doctors "
        f"that you want us to see.",
    ])))
    b.append(w.p(w.pick([
        "If waiting for a standard decision could seriously threaten your health, including severe pain or the "
        "potential loss of life, limb or a major bodily function, ask for an expedited review. We will decide within "
        "72 hours, and you may contact the Department of Managed Health Care right away.",
        "Expedited (fast) review: when your health is in serious and imminent danger, we decide your grievance within "
        "72 hours. You do not have to wait for our decision to contact the Department of Managed Health Care.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help with your rights is available from the Health Consumer Alliance at 1-888-804-3536.",
            "The Health Consumer Alliance (1-888-804-3536) can help you file a grievance or an IMR at no cost.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the guideline, the medical records and all other documents we used.",
        "Copies of the criteria and every document we relied on are free if you ask.",
    ])))


def _nc_options(w: W, b: list[Block], head) -> None:
    """Covered alternatives (IMRT named with its code) and, for the experimental category, the conference and IMR."""
    c = w.c
    kp = c.extra["nc_kp_ro"]
    exp = c.category == "experimental_investigational"
    if exp and _has(c, "experimental.terminal_illness_rights"):
        return
    head(w.pick(["Treatment that is covered for you", "Other treatment options"]))
    b.append(w.p(w.pick([
        f"Radiation with intensity-modulated radiation therapy (IMRT, CPT 77385) is covered and is available in the "
        f"Radiation Oncology department at {kp}. Brachytherapy, surgery and, for some men, active surveillance are also "
        f"covered options. Your urologist or radiation oncologist can talk with you about them.",
        f"Covered alternatives include IMRT (77385) at {kp}, radioactive seed implants, and removal of the prostate. "
        f"Ask your Kaiser Permanente doctor which one fits your cancer.",
    ])))
    if exp:
        b.append(w.p(w.pick([
            "You may ask us for a conference to discuss this decision with people who can change it. We will hold it "
            "within 30 calendar days, or within 5 business days if your doctor says the treatment would be much less "
            "effective if delayed. Because this is a decision about an investigational treatment, you may also apply "
            "for an Independent Medical Review right away, without filing a grievance with us first. We will send the "
            "medical and scientific evidence we reviewed if you ask.",
            "Your rights for an investigational-treatment decision: you may request a conference with us, held within "
            "30 days (within 5 business days when delay would materially reduce the treatment's effectiveness), and "
            "you may go straight to Independent Medical Review through the Department of Managed Health Care without "
            "using our grievance process first.",
        ])))


def t_b52_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]  # 0 summary box first, 1 decision/reason grid, 2 reviewer page
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 68.0])
    ref = c.extra["nc_ref"]
    center, cph, cfax = c.extra["nc_center"]
    (d1, p1), (d2, p2) = c.extra["nc_psa"]
    gl, gg = c.extra["nc_gleason"]
    pos, cores = c.extra["nc_cores"]
    uro = c.extra["nc_uro"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    exp = c.category == "experimental_investigational"
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    st.footer = [w.pick([f"{ref}  |  page {{page}} of {{pages}}", "Kaiser Permanente Northern California - {page}",
                         f"Case {ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California Region", "Utilization Management Services"],
                   right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Northern California")),
                          f"Member Services {_NC_MS} (TTY 711)"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b52_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Medical record number: {w.mid()}     Case: {ref}", space_before=8))
    what = "proton therapy is investigational" if exp else "IMRT works as well for your cancer"
    if variant == 0:
        box = (f"Summary -- Request: {join_and([w.svc(s) for s in c.services])}. Asked for by {prov}. "
               f"Our decision: NOT APPROVED. In short: {what}. You can appeal within 180 days; see page 2 or later.")
        if _has(c, "notice.appeal_deadline"):
            box = box.replace(" You can appeal within 180 days; see page 2 or later.", " How to appeal is explained "
                                                                                             "below.")
        b.append(w.p(box, boxed=True, space_before=10, bold=False))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = w.pick([f"{prov}, a radiation oncologist at {center}, asked us to approve {svcs} for you.",
                    f"We reviewed a request from {prov} ({center}) for {svcs}."])
    if variant == 1:
        intro += " Our decision and the reason for it are set out in the table below."
        b.append(w.p(intro))
        rows = [["Date of this letter", _dm(w, "DATE_LETTER", c.letter)], ["Member", w.name()],
                ["Requested by", prov]]
        for s in c.services:
            rows.append(["Service", f"{w.svc(s)} - CPT {w.code(s['codes'][0])}"])
        if rec:
            rows.append(["Request received", rec + (" (urgent request)" if urgent else "")])
        if dec:
            rows.append(["Decision date", dec])
        rows.append(["Decision", "Denied" if exp else "Not approved: not medically necessary"])
        rows.append(["Why", M("REASON", w.reason)])
        b.append(Block("keyed", rows=rows, space_before=6, side_w=0.24))
    else:
        if rec:
            intro += f" We received it on {rec}."
        if urgent:
            intro += " Your doctor asked for a fast decision, and we reviewed it as urgent."
        if dec:
            intro += f" We made our decision on {dec}."
        intro += w.pick([" We cannot approve it.", " The request is denied."])
        b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    b.append(w.p(w.pick([
        f"The records we reviewed include your PSA results ({p1} ng/mL on {_fd(w, d1)} and {p2} ng/mL on "
        f"{_fd(w, d2)}) and the biopsy done by {uro} on {_fd(w, c.extra['nc_biopsy'])}: Gleason score {gl} "
        f"(Grade Group {gg}) in {pos} of {cores} cores.",
        f"We looked at the biopsy report from {_fd(w, c.extra['nc_biopsy'])} ({uro}; {pos} of {cores} cores with "
        f"cancer, Gleason {gl}) and your PSA tests of {_fd(w, d1)} ({p1}) and {_fd(w, d2)} ({p2}).",
    ])))
    if variant != 1:
        head(w.pick(["Why we made this decision", "Reason for our decision", "Why the request was not approved"]))
        b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "Criteria applied: the "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer and variant != 2:
        line = _who(w, w.pick(["Your request was reviewed by ", "The reviewer was "]), ".")
        if c.reviewer["phone"]:
            line += f" Dr. {c.extra['nc_ro_last']} may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    if c.reviewer and variant == 2:
        b.append(w.p("Information about the clinician who made this decision is on the page headed \"About the "
                     "reviewer\"."))
    b.append(w.p(f"{center} had offered a first treatment on {_fd(w, c.extra['nc_start'])}; please call the center "
                 f"about that appointment at {cph} (fax {cfax})."))
    _nc_options(w, b, head)
    _nc_rights(w, b, head)
    _nc_dmhc(w, b)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management Services",
          "Kaiser Permanente Northern California")
    b.append(w.p(f"cc: {prov}, {center}", space_before=8, size=st.size - 1))
    if variant == 2 and c.reviewer:
        r = c.reviewer
        b.append(Block("pagebreak"))
        b.append(w.h("About the reviewer", size=st.size + 3, space_before=0))
        md = r["credentials"] in ("MD", "M.D.", "DO")
        lines = [_who(w, "Name: ")]
        lines.append(f"Role: {c.reviewer_title}, Kaiser Permanente Northern California")
        if md:
            lines.append(w.pick(["Board certified; licensed to practise medicine in California",
                                 "Licensed physician (California); board certified in the specialty named above"]))
        else:
            lines.append("Licensed in California")
        if r["phone"]:
            lines.append(f"Direct line: {M('REVIEWER_PHONE', r['phone'])} (for your doctor's questions)")
        for x in lines:
            b.append(w.p(x, space_before=3))
        b.append(w.p(w.pick([
            "The reviewer did not take part in your care and has no financial interest in this decision.",
            "Reviewers are not paid or rewarded for denying care.",
        ]), space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help is free. Call {_NC_MS} (TTY 711).",
                             f"You may get this letter in another language at no cost: {_NC_MS}, TTY 711."]),
                     space_before=8))
    b += _taglines(w, "CA", f"{_NC_MS} (TTY 711)", w.pick([None, "Free language assistance"]))
    return b, st, ["nca_summary_box_first", "nca_decision_reason_grid", "nca_reviewer_page"][variant]


BLIND52_TEMPLATES["blind52_nca_commercial_proton_prostate"] = (t_b52_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"],
    cats=["medical_necessity", "experimental_investigational"],
    refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b52_nc))
MODELED_ON["blind52_nca_commercial_proton_prostate"] = (
    "blind52: Kaiser Permanente Northern California commercial HMO denial of proton beam therapy (77520/77522/77525, "
    "with 77301 planning) for localized prostate cancer (C61) because IMRT is as effective, or because protons are "
    "investigational for it; a letter with a Summary box, a letter with a decision/reason grid, or a letter with an "
    "'About the reviewer' page; 180-day grievance, 72-hour expedited review, DMHC statement with IMR, Health Consumer "
    "Alliance, free copies, covered alternatives, taglines")


# === 2. Colorado Senior Advantage: skilled nursing facility coverage ends ========================================

_CO_MS, _CO_MS2 = "303-338-3800", "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_SNF = ["Cherry Creek Transitional Care", "Aspen Ridge Post-Acute and Rehabilitation",
           "Front Range Skilled Nursing Center", "Lakewood Meadows Health and Rehabilitation"]
_CO_STAY = ["Skilled nursing facility care", "Skilled nursing facility (SNF) stay",
            "Inpatient skilled nursing facility care"]
_CO_THER = ["Skilled physical and occupational therapy in the facility",
            "Daily skilled rehabilitation therapy (physical and occupational therapy)"]
_CO_CRIT = ["Medicare Benefit Policy Manual, Chapter 8, Coverage of Extended Care (SNF) Services Under Hospital "
            "Insurance"]
_CO_CRIT_BAD = ["Kaiser Permanente Colorado Post-Acute Care Level of Care Guideline",
                "Kaiser Permanente Skilled Nursing Facility Continued Stay Criteria (internal)"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b52_co"):
        return
    c.extra["b52_co"] = True
    c.urgency = "standard"
    variant = c.extra["co_variant"] = w.rng.randrange(3)
    if variant == 2:
        _fmt(w, ("b52long", "b52capsdmy"), ("b52capsdmy", "b52long"))
    elif variant == 0:
        _fmt(w, ("b52dmonyy", "b52mdotyy", "b52long"), ("b52dmonyy", "b52ymdslash"))
    else:
        _fmt(w, ("b52long", "b52orddm"), ("b52wkord", "b52long"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.services = [dict(text=w.pick(_CO_STAY), codes=[], decision="denied")]
    if w.chance(0.5):
        c.services.append(dict(text=w.pick(_CO_THER), codes=[], decision="denied"))
    c.diagnoses = [dict(text=w.pick(["Cerebral infarction, unspecified", "Stroke (cerebral infarction)"]),
                        codes=["I63.9"])]
    if w.chance(0.6):
        c.diagnoses.append(dict(text="Other reduced mobility", codes=["Z74.09"]))
    c.service = None
    base = c.decision or c.letter
    c.extra["co_last"] = base + dt.timedelta(days=w.pick([2, 2, 3]))
    c.extra["co_admit"] = base - dt.timedelta(days=w.rng.randint(14, 26))
    c.extra["co_hosp"] = c.extra["co_admit"] - dt.timedelta(days=w.rng.randint(3, 6))
    snf = w.pick(_CO_SNF)
    c.extra["co_snf"] = (snf, _phone(w, _CO_AREAS, 0))
    asked = w.chance(0.5)
    c.provider = snf if asked else None
    if not asked:
        c.received = None
    c.extra["co_attending"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["co_cm"] = person(w.rng, 0.0)[0] + w.pick([", RN, Case Manager", ", MSW, Social Services"])
    c.extra["co_pt"] = person(w.rng, 0.0)[0] + ", PT, DPT"
    wk0 = c.extra["co_admit"]
    c.extra["co_weeks"] = [(wk0 + dt.timedelta(days=7 * k), pt, ot) for k, (pt, ot) in
                           enumerate([(w.pick([60, 55, 50]), w.pick([45, 50])), (w.pick([45, 40]), w.pick([35, 30])),
                                      (w.pick([30, 25]), w.pick([20, 15]))])]
    c.extra["co_feet"] = w.pick([150, 175, 200, 250])
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_CO_CRIT_BAD)]
    elif _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = list(_CO_CRIT)
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Post-Acute Care Coordinator", "Utilization Review Nurse"], ["RN", "LPN", None])
    elif w.chance(0.8):
        _md(w, ["Internal Medicine", "Geriatric Medicine", "Physical Medicine and Rehabilitation"],
            ["Medical Director, Post-Acute Care", "Physician Reviewer", "Skilled Nursing Physician Advisor"],
            _CO_AREAS, 0.45, 0.7)
    c.extra["co_ref"] = f"SNF-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["co_daughter"] = person(w.rng, 0.0)[1] + " " + w.pick([c.member_name.split()[-1], person(w.rng, 0.0)[2]])
    _flags(c)


def reason_b52_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    feet = c.extra["co_feet"]
    (_, pt1, ot1), (_, _, _), (_, pt3, ot3) = c.extra["co_weeks"]
    # the letter to the daughter speaks of the member by first name; the others speak to the member
    third = c.extra["co_variant"] == 1
    n = c.member_name.split()[0]
    you, your, s_ = (n, f"{n}'s", "s") if third else ("you", "your", "")
    Your = your[0].upper() + your[1:]
    dont = "does not" if third else "do not"
    if _bare(c):
        return w.pick(["Skilled nursing facility care is no longer medically necessary.",
                       "You no longer meet the requirements for skilled nursing facility coverage."])
    return w.pick([
        f"The facility's therapy notes show that {you} now walk{s_} {feet} feet with a walker and need{s_} only "
        f"someone standing by, and {you} get{s_} in and out of bed and on and off the toilet with supervision. "
        f"{you[0].upper() + you[1:]} {dont} need daily skilled therapy or skilled nursing to keep making progress; the "
        f"exercises that remain can be done with home health or outpatient therapy. Help with bathing and dressing "
        f"is custodial care. For these reasons a skilled nursing facility stay is no longer medically necessary.",
        f"{Your} therapy time has gone down from about {pt1 + ot1} minutes a day in the first week to {pt3 + ot3} "
        f"minutes a day, and the therapists report that {you} reached the goals for transfers and walking ({feet} "
        f"feet with a walker). Medicare covers a skilled nursing facility stay only while a patient needs skilled "
        f"care every day that can only be given as an inpatient. That is no longer the case, so {your} covered stay "
        f"ends.",
    ])


def _co_rights(w: W, b: list[Block], head, big: bool) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Colorado"])
    head("HOW TO APPEAL" if big else w.pick(["Your right to appeal", "What if I disagree?"]))
    b.append(w.p(w.pick([
        f"You or your representative may ask us to review this decision (an appeal). Ask within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice by calling Member Services at {_CO_MS} "
        f"(Denver/Boulder) or {_CO_MS2} (Southern Colorado), TTY 711, or by writing to {addr}. We decide a standard "
        f"appeal within 30 days.",
        f"To appeal, call {_CO_MS} or {_CO_MS2} (TTY 711), or write to {addr}, within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. A standard appeal is answered within 30 "
        f"days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: because your care is ending, you may ask for a fast appeal by phone. We will give you our "
            "answer within 72 hours. If any doctor says that waiting could seriously harm your health, we will give "
            "you a fast appeal.",
            "You can ask for an expedited (fast) appeal. Call us right away, before your last covered day if you can. "
            "We decide expedited appeals within 72 hours, and a request from a doctor is always handled this way.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we still say no, we automatically send your case to the Independent Review Entity, an organization "
            "that works for Medicare and is not part of Kaiser Permanente. You do not need to ask for this.",
            "If our appeal decision is not fully in your favor, your case goes on to the Independent Review Entity "
            "for another review. This happens automatically.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file, including the medical records and the rules we used.",
        "You can get free copies of the records and coverage rules used in this decision.",
    ])))
    b.append(w.p("For Medicare questions, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, "
                 "or visit www.medicare.gov."))


def t_b52_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]  # 0 notice fields, 1 letter to the daughter, 2 large print
    big = variant == 2
    if big:
        st = _style(w, ["helvetica"], [14.0], [54.0, 60.0])
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 62.0, 68.0])
    snf, sph = c.extra["co_snf"]
    ref = c.extra["co_ref"]
    last = c.extra["co_last"]
    pay = last + dt.timedelta(days=1)
    att, cm, pt = c.extra["co_attending"], c.extra["co_cm"], c.extra["co_pt"]
    daughter = c.extra["co_daughter"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    svcs = join_and([w.svc(s) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    first = c.member_name.split()[0]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10 if big else 9, size=st.size + (2 if big else 0.5)))

    st.footer = [w.pick([f"Notice {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage | {page}"])]
    st.footer_align = "center"
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=12 if big else 9,
                   left=["KAISER PERMANENTE", "Senior Advantage", "Colorado"],
                   right=["Kaiser Foundation Health Plan of Colorado", "Post-Acute Care Services",
                          f"Member Services {_CO_MS}"]))
    if variant == 0:
        b.append(w.h("NOTICE: YOUR SKILLED NURSING FACILITY COVERAGE IS ENDING", align="center", space_before=8,
                     size=st.size + 2))
        b.append(Block("fields", rows=[
            ["Member name:", w.name(), "Member number:", w.mid()],
            ["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b52_head"), "Reference:", ref],
            ["Facility:", snf, "Revenue code:", "0191"],
            ["Admitted:", b52date(c.extra["co_admit"], "b52dmonyy"), "Last covered day:",
             b52date(last, "b52dmonyy")],
        ], space_before=8, size=st.size - 0.3))
        head("What is ending?")
        b.append(w.p(f"Kaiser Permanente Senior Advantage will stop paying for {svcs} at {snf} after "
                     f"{_fd(w, last)}. If you stay, you may have to pay for care from {_fd(w, pay)} on."))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b52_head"), space_before=10))
        if variant == 1:
            b.append(w.p(daughter, space_before=10))
            b.extend(w.p(x, space_before=0) for x in address(w.rng, "CO", "Colorado"))
            b.append(w.p(f"Re: {w.name()}, Member ID {w.mid()} (Reference {ref})", space_before=8, bold=True))
            b.append(w.p(f"Dear {daughter.split()[0]}:", space_before=10))
            b.append(w.p(f"We are writing to you as {c.member_name}'s representative, as shown in our records."))
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}", space_before=8))
            b.append(w.p(f"Reference: {ref}", space_before=0))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        who_is, who = (f"{first} is", first) if variant == 1 else ("You are", "you")
        b.append(w.p(f"{who_is} staying at {snf}, where {who} {'was' if variant == 1 else 'were'} admitted on "
                     f"{_fd(w, c.extra['co_admit'])} after a hospital stay that ended on "
                     f"{_fd(w, c.extra['co_hosp'])}. Kaiser Permanente Senior Advantage will stop covering {svcs} "
                     f"after {_fd(w, last)}. Care from {_fd(w, pay)} on may not be paid by the plan."))
    opening = ""
    if c.provider:
        opening = f"{M('PROVIDER', snf)} asked us to cover more days"
        opening += f"; we received the request on {rec}." if rec else "."
    if dec:
        opening += (" " if opening else "") + f"We made this decision on {dec}."
    if opening:
        b.append(w.p(opening))
    b.append(w.p("Diagnoses: " + dxs + "."))
    head("WHY IS COVERAGE ENDING?" if big else w.pick(["Why is coverage ending?", "Reason for this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    head("THERAPY MINUTES PER DAY" if big else w.pick(["Therapy reported by the facility", "Therapy minutes per day"]))
    rows = [["Week of", "Physical therapy", "Occupational therapy"]]
    for d, ptm, otm in c.extra["co_weeks"]:
        rows.append([b52date(d, "b52mdotyy"), f"{ptm} min/day", f"{otm} min/day"])
    b.append(Block("table", rows=rows, space_before=4, size=st.size - (2 if big else 1)))
    b.append(w.p(f"Therapy notes by {pt}; care plan from {att}, attending physician, and {cm}. Facility phone: {sph}."))
    if c.criteria:
        b.append(w.p(w.pick(["We followed Medicare's coverage rules: ", "Rules we used: "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed and decided by "]), ".")
        if c.reviewer["phone"]:
            line += f" Phone: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    head("WHAT HAPPENS NEXT" if big else "What happens next")
    plan_for = f"{first}'s" if variant == 1 else "your"
    b.append(w.p(f"{cm.split(',')[0]} at {snf} will help plan {plan_for} discharge home, including home health care "
                 f"or outpatient therapy where it is ordered."))
    _co_rights(w, b, head, big)
    _sign(w, b, "Sincerely,", "Post-Acute Care Services", "Kaiser Permanente Colorado")
    b.append(w.p(f"cc: {snf}; {att}", space_before=6, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreters: call {_CO_MS} (TTY 711).",
                             f"Language and large-print help at no cost: {_CO_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CO", f"{_CO_MS2} (TTY 711)", w.pick([None, "Language help"]), 9.0 if big else 7.0)
    return b, st, ["co_notice_fields", "co_letter_to_daughter", "co_large_print"][variant]


BLIND52_TEMPLATES["blind52_co_ma_skilled_nursing_ending"] = (t_b52_co, dict(
    plans=["medicare_advantage"], states=["CO"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b52_co))
MODELED_ON["blind52_co_ma_skilled_nursing_ending"] = (
    "blind52: Kaiser Permanente Colorado Senior Advantage notice that skilled nursing facility coverage ends after a "
    "stroke (I63.9, Z74.09), no codes; a notice with fields, a letter to the member's daughter, or a large-print "
    "letter; a therapy-minutes table; 60-day appeal, 72-hour fast appeal, 30-day standard appeal, Independent Review "
    "Entity, free case file, Member Services, 1-800-MEDICARE, taglines")


# === 3. Georgia commercial: out-of-network anesthesia claim =======================================================

_GA_HL, _GA_HL_TF = "404-365-0966", "1-800-611-1811"
_GA_AREAS = ["404", "770", "678"]
_GA_ANES = ["Anesthesia for intraperitoneal procedures in upper abdomen including laparoscopy",
            "Anesthesia, upper abdominal laparoscopic procedure"]
_GA_AGE = ["Anesthesia complicated by utilization of extreme age (over 70)",
           "Qualifying circumstance: patient of extreme age"]
_GA_SURG = {"47562": ("Laparoscopic cholecystectomy", ("Calculus of gallbladder with chronic cholecystitis",
                                                       "K80.10")),
            "47563": ("Laparoscopic cholecystectomy with cholangiography",
                      ("Calculus of gallbladder with acute cholecystitis without obstruction", "K80.00"))}
_GA_GROUPS = ["Chattahoochee Anesthesia Partners, PC", "Peachtree Anesthesiology Associates, LLC",
              "Metro Atlanta Anesthesia Consultants"]
_GA_HOSP = ["Northlake Regional Medical Center", "Gwinnett Valley Hospital", "Cobb Piedmont Surgical Hospital"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b52_ga"):
        return
    c.extra["b52_ga"] = True
    c.urgency = "standard"
    variant = c.extra["ga_variant"] = w.rng.randrange(3)
    if variant == 0:
        _fmt(w, ("b52dmonyy", "b52ymdslash"), ("b52long", "b52dmonyy"))
    else:
        _fmt(w, ("b52long", "b52orddm", "b52mdotyy"), ("b52wkord", "b52long"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    surg = w.pick(sorted(_GA_SURG))
    c.extra["ga_surg"] = surg
    c.services = [dict(text=w.pick(_GA_ANES), codes=["00790"], decision="denied")]
    old = w.chance(0.35)
    if old:
        c.services.append(dict(text=w.pick(_GA_AGE), codes=["99100"], decision="denied"))
    c.extra["ga_age"] = w.rng.randint(71, 79) if old else w.rng.randint(34, 66)
    t, cd = _GA_SURG[surg][1]
    c.diagnoses = [dict(text=t, codes=[cd])]
    group = w.pick(_GA_GROUPS)
    c.provider = group
    c.extra["ga_anes_md"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", DO"])
    c.extra["ga_surgeon"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["ga_hosp"] = w.pick(_GA_HOSP)
    c.extra["ga_npi"] = _npi(w)
    c.extra["ga_gph"] = _phone(w, _GA_AREAS, 0)
    c.extra["ga_claim"] = f"{w.rng.randint(26, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_sclaim"] = f"{w.rng.randint(26, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_group"] = f"GA{w.rng.randint(10**4, 10**5 - 1)}"
    c.extra["ga_billed"] = [round(w.rng.uniform(1650, 3400), 2)] + ([round(w.rng.uniform(120, 260), 2)] if old else [])
    sb = round(w.rng.uniform(2400, 5200), 2)
    sa = round(sb * w.rng.uniform(0.38, 0.55), 2)
    c.extra["ga_surg_amt"] = (sb, sa, round(sa - w.pick([0.0, 250.0, 350.0]), 2))
    c.extra["ga_surg_rec"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["ga_code"] = f"N{w.rng.randint(20, 89)}"
    c.criteria = []
    c.reviewer = None
    if w.chance(0.3):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Claims Examiner", "Claims Resolution Specialist"])
    _flags(c)


def reason_b52_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    g = c.provider
    return w.pick([
        f"{g} is not a Kaiser Permanente plan provider, and we did not approve a referral for its services. Your "
        f"plan covers care from non-plan providers only for emergencies, urgent care away from our service area, or "
        f"with an approved referral. Your surgery was scheduled in advance, so the anesthesia services billed by "
        f"{g} are not covered.",
        f"The anesthesia on this claim was given by a provider outside the Kaiser Permanente Georgia network ({g}). "
        f"We have no referral or authorization on file for out-of-network anesthesia, and the surgery was not an "
        f"emergency. Services from non-plan providers without an approved referral are not covered.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Georgia"])
    head(w.pick(["Your right to appeal", "If you disagree", "Appeal rights"]))
    b.append(w.p(w.pick([
        f"You or someone you name may appeal this decision within {M('APPEAL_DAYS', c.appeal_phrase)} after you "
        f"receive this notice. Write to {addr}, and include the claim number and the reason you disagree. For help, "
        f"call the Kaiser Permanente Health Line at {_GA_HL} or {_GA_HL_TF}.",
        f"To appeal, send a written request within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this notice to "
        f"{addr}. You may add records or a letter from your surgeon. Questions: {_GA_HL_TF} (Atlanta {_GA_HL}).",
    ])))
    b.append(w.p(w.pick([
        "If we uphold our decision, you may ask for external review by an independent review organization within 4 "
        "months after you receive our final internal decision (45 CFR 147.136). External review costs you nothing.",
        "After our final internal appeal decision you have 4 months to request external review by an independent "
        "review organization (45 CFR 147.136), at no cost to you.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to this claim.",
        "Copies of the records and documents about your claim are free on request.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Georgia Office of Commissioner of Insurance can also help. If your coverage comes from an employer, "
            "you may contact the Employee Benefits Security Administration at 1-866-444-3272 (check your plan "
            "documents for current contact information).",
            "Help is available from the Georgia Office of Commissioner of Insurance and, for employer plans, from the "
            "U.S. Department of Labor's Employee Benefits Security Administration, 1-866-444-3272 (check your plan "
            "documents for current contact information).",
        ])))


def t_b52_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]  # 0 EOB claim lines, 1 letter cc the group, 2 reason-code legend
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0], [50.0, 56.0, 64.0])
    group, npi, gph = c.provider, c.extra["ga_npi"], c.extra["ga_gph"]
    claim, sclaim, grp = c.extra["ga_claim"], c.extra["ga_sclaim"], c.extra["ga_group"]
    surg = c.extra["ga_surg"]
    sname = _GA_SURG[surg][0]
    sb, sa, sp = c.extra["ga_surg_amt"]
    surgeon, hosp, anes = c.extra["ga_surgeon"], c.extra["ga_hosp"], c.extra["ga_anes_md"]
    rcode = c.extra["ga_code"]
    ident = not _has(c, "notice.claim_identification")
    prov = M("PROVIDER", group)
    dos = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    total = _money(sum(c.extra["ga_billed"]))
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    st.footer = [w.pick([f"Claim {claim}  page {{page}} of {{pages}}", "Kaiser Permanente Georgia - {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", "Claims Services"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Nine Piedmont Center, Atlanta, GA 30305",
                          f"Health Line {_GA_HL_TF}"]))

    def lines_table(with_code: bool) -> Block:
        hdr = ["Service date", "Code", "Description", "Billed", "Allowed", "Paid"] + (["Reason"] if with_code else [])
        rows = [hdr]
        for s, amt in zip(c.services, c.extra["ga_billed"], strict=True):
            r = [dos, w.code(s["codes"][0]), w.svc(s)] + ([_money(amt), "$0.00", "$0.00"] if ident else
                                                          ["-", "-", "not paid"])
            rows.append(r + ([rcode] if with_code else []))
        return Block("table", rows=rows, space_before=6, size=7.8)

    if variant == 0:
        b.append(w.h("EXPLANATION OF BENEFITS", align="center", space_before=6, size=st.size + 3))
        b.append(w.p("This is not a bill.", align="center", space_before=0, italic=True))
        b.append(Block("fields", rows=[
            ["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b52_head"), "Claim number:", claim],
            ["Member:", w.name(), "Member ID:", w.mid()],
            ["Billed by:", prov, "Group no.:", grp],
            ["Received:", rec, "Processed:", dec],
        ], space_before=6, size=st.size - 0.3))
        b.extend(w.p(x, space_before=0 if i else 6) for i, x in enumerate(c.member_addr))
        b.append(w.p(f"Rendering anesthesiologist: {anes} (NPI {npi}). Place of service: {hosp} (plan hospital).",
                     size=8.2, space_before=6))
        b.append(lines_table(False))
        if ident:
            b.append(w.p(f"Claim total billed {total}; plan paid $0.00.", size=8.2, space_before=2))
        b.append(w.p("Related claim (paid; not part of this decision):", size=8.2, space_before=8, bold=True))
        srow = [sclaim, surgeon, surg, sname] + ([_money(sb), _money(sa), _money(sp)] if ident else
                                                 ["see statement", "", "paid"])
        b.append(Block("table", rows=[["Claim", "Provider", "Code", "Description", "Billed", "Allowed", "Paid"], srow],
                       space_before=2, size=7.6))
        b.append(w.p(f"Surgeon's claim received {b52date(c.extra['ga_surg_rec'], 'b52dmonyy')}.", size=7.8,
                     space_before=2))
        b.append(w.p("Diagnosis on the claim: " + dxs + ".", size=8.2, space_before=4))
        head(w.pick(["Why this claim was denied", "Explanation of the denial"]))
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b52_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}   Group: {grp}   Claim: {claim}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["We did not pay an anesthesia claim", "Notice of claim denial",
                             "About your anesthesia bill"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        amt = f" for {total}" if ident else ""
        intro = w.pick([f"{prov} billed us{amt} for anesthesia given by {anes} during your surgery at {hosp}",
                        f"We received a claim{amt} from {prov} for anesthesia during your {sname.lower()} at {hosp}"])
        intro += f" on {dos}." if dos else "."
        if rec:
            intro += f" The claim reached us on {rec}."
        if dec:
            intro += f" We processed it on {dec}."
        intro += " We are not able to pay it."
        b.append(w.p(intro))
        if variant == 2:
            b.append(lines_table(True))
            head("Reason codes")
            legend = [["Code", "Meaning"],
                      [rcode, "Provider is not a Kaiser Permanente plan provider; no approved referral (see below)."],
                      ["P1", f"Paid under claim {sclaim} ({surgeon}, {surg}); shown for reference."],
                      ["M4", "Amount billed exceeds the amount allowed."]]
            b.append(Block("table", rows=legend, space_before=3, size=st.size - 1.2))
            head(f"Explanation of reason code {rcode}")
            b.append(w.p(M("REASON", w.reason)))
        else:
            head(w.pick(["Why we denied the claim", "Reason for our decision"]))
            b.append(w.p(M("REASON", w.reason)))
            for s, amt in zip(c.services, c.extra["ga_billed"], strict=True):
                money = f", billed {_money(amt)}" if ident else ""
                b.append(w.p(f"Claim line: {w.svc(s)} (CPT {w.code(s['codes'][0])}){money}.", space_before=2))
        paid = f": allowed {_money(sa)}, paid {_money(sp)}" if ident else ""
        b.append(w.p(f"Your surgeon, {surgeon}, is a plan provider; that claim ({sclaim}, {surg}) was paid{paid}.",
                     space_before=6))
        b.append(w.p("Diagnosis billed: " + dxs + "."))
    if ident:
        b.append(w.p(w.pick(["You may ask us for the diagnosis and treatment codes on this claim and their meanings, "
                             "free of charge. Asking is not an appeal.",
                             "Diagnosis and treatment codes and what they mean are available on request at no cost."])))
    b.append(w.p(f"If {group} bills you, call us before you pay. The group's billing office: {gph}."))
    if c.reviewer:
        b.append(w.p(_who(w, "Claim reviewed by ", ".")))
    _ga_rights(w, b, head)
    _sign(w, b, "Sincerely,", "Claims Services", "Kaiser Permanente Georgia")
    if variant == 1:
        b.append(w.p(f"cc: {prov}, Billing Office (NPI {npi})", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {_GA_HL_TF} (TTY 711).",
                             f"Need an interpreter? It is free: {_GA_HL_TF}, TTY 711."]), space_before=6))
    b += _taglines(w, "GA", f"{_GA_HL_TF} (TTY 711)", w.pick([None, "Language services"]))
    return b, st, ["ga_eob_claim_lines", "ga_member_letter_cc_group", "ga_reason_code_legend"][variant]


BLIND52_TEMPLATES["blind52_ga_commercial_out_of_network_anesthesia_claim"] = (t_b52_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["payment_denial"], cats=["out_of_network"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b52_ga))
MODELED_ON["blind52_ga_commercial_out_of_network_anesthesia_claim"] = (
    "blind52: Kaiser Permanente Georgia commercial HMO denial of an out-of-network anesthesia group's claim (00790, "
    "with 99100) for a scheduled surgery at a plan hospital; an explanation-of-benefits statement with claim lines, a "
    "letter to the member copied to the group, or a letter with a reason-code legend; 180-day appeal, external review "
    "in 4 months (45 CFR 147.136), free copies, codes on request, Georgia Office of Commissioner of Insurance by name, "
    "EBSA with caveat, Health Line, taglines")
