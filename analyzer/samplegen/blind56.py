"""Fifty-sixth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND56_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind56_co_erisa_appeal_upheld_lumbar_fusion")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind56_md_commercial_in_lab_sleep_study``: a Kaiser Permanente Mid-Atlantic States commercial HMO (plan_type
   ``commercial_hmo``, state MD) standard pre-service denial (``initial_denial``, urgency always ``standard``,
   category ``medical_necessity``) of an attended in-laboratory polysomnography (CPT 95810) for suspected
   obstructive sleep apnea (G47.33, with R06.83 snoring on some letters): the member has a high pretest probability
   of moderate to severe apnea and none of the conditions that make a home test unreliable, so a home sleep apnea
   test (G0399 or 95806, named as the covered alternative, never a service of the truth) is the right first test.
   Layouts: ``md_fax_to_sleep_center`` (a fax cover sheet with "Date:"/"Time:" fields and a transmission stamp on
   every page, then the letter to the pulmonologist at the sleep center with the member on a "Patient:" line and the
   member's rights as a copy), ``md_what_happens_next`` (a letter to the member with a "What happens next" section)
   and ``md_criteria_excerpt_table`` (a letter to the member with an excerpt of the criteria in a table: criterion,
   what the records show, met or not). Maryland commercial rights from the catalogue: an appeal within 180 days
   (ACA floor; 30 or 60 when ``notice.appeal_deadline`` is planted), a fast appeal decided within 72 hours, external
   review by an independent review organization within 4 months of the final internal decision (45 CFR 147.136),
   the Maryland Health Education and Advocacy Unit (410-528-1840, toll-free 1-877-261-8807), free copies, Member
   Services 1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380, taglines. Distractors: the sleep center with its
   phone, fax and NPI, the pulmonologist (requesting) vs. the physician reviewer, the Epworth Sleepiness Scale score,
   BMI and neck size by visit date, the scheduled study date, the date of birth, the home test codes, the UM fax and
   the case number.

   Which date is which: the letter date is the date line (on the fax, the letter's own date line on page 2: the
   cover sheet's Date/Time and the stamp are the transmission, unmarked); received and decision dates are in the
   opening paragraph. Visit dates, the scheduled study date and the date of birth are other events; ``service`` is
   always null (a scheduled appointment is not a service date). Which name is the member: the addressee or the
   "Patient:" line. The requesting provider is the pulmonologist. Which reason is the reason: the paragraph under
   the reason heading. The truth counts the one 95810 line.

2. ``blind56_hi_ma_cardiac_rehab_delay_notice``: a Kaiser Permanente Hawaii Medicare Advantage (plan_type
   ``medicare_advantage``, state HI) notice that the plan is taking up to 14 more days to decide (``delay_notice``,
   category ``administrative`` as the catalogue files "we need more information" letters) a request for outpatient
   cardiac rehabilitation with ECG monitoring (CPT 93798, 18, 24 or 36 sessions) after a heart attack, a stent or a
   bypass (I21.4, Z95.5, Z95.1). It lists the records still missing (discharge summary, procedure report,
   echocardiogram, the signed order and treatment plan, a stress test), the date they are due and the new date by
   which the plan will decide. MA extension rights from the catalogue: the extension is at most 14 days, the reason
   for it, the right to file a fast (expedited) grievance about it, a fast decision in 72 hours when waiting could
   seriously harm health, 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, taglines. The catalogue verifies no
   Kaiser Hawaii Member Services number: the utilization management unit's own line prints (TTY 711). A planted
   ``notice.delay_requirements`` leaves out the date a decision is expected. Layouts: ``hi_cms_style_extension``
   (a notice with labelled fields and question headings), ``hi_what_we_need_list`` (a short letter whose missing
   records are a "What we need" list) and ``hi_to_cardiologist`` (the letter to the requesting cardiologist, the
   member on a "Patient:" line, copied to the member). Distractors: the cardiologist (requesting), the hospital and
   its admission and discharge dates, the past procedure and its code (92928 or 33533, not a service), the cardiac
   rehab program and its phone, the nurse care coordinator (a contact, not a reviewer), the records due date, the new
   decision-by date, the reference number.

   Which date is which: the letter date is the date line (the "Notice date:" field on the CMS-style notice); the
   received date is stated ("we received ... on"). The due date for records, the new decision-by date and the
   hospital dates are not truth; ``decision`` and ``service`` are null on a delay notice. Which name is the member:
   the addressee or the "Patient:" line. The requesting provider is the cardiologist. Which reason is the reason:
   the paragraph that says why more time is needed. The truth counts the one pending 93798 line; no reviewer is
   named (the nurse coordinator only gathers records).

3. ``blind56_co_erisa_appeal_upheld_lumbar_fusion``: a Kaiser Permanente Colorado ERISA group plan (plan_type
   ``erisa_group``, state CO) appeal decision (``grievance_decision``, urgency always ``standard``, category
   ``medical_necessity``) upholding the denial of a lumbar fusion: posterior interbody arthrodesis (CPT 22630) with
   posterior instrumentation (22840), both services of the truth; diagnoses M47.816 and, on some letters, M54.16. The
   records show degenerative disc disease without instability and too short a course of nonsurgical care. Layouts:
   ``co_summary_sections`` (a formal decision letter with "Summary of your appeal", "What we reviewed", "Our
   decision" sections), ``co_records_reviewed_table`` (a table "Date / Record / From" of the records reviewed:
   MRIs, therapy notes, the first denial, the appeal letter) and ``co_attestation_page`` (the letter, then the
   reviewing physician's attestation on its own page, dated "this 14th day of March, 2026"). ERISA appeal-decision
   rights from the catalogue: this is the final internal decision; external review by an independent review
   organization, asked for within 4 months (four months / 120 days) of receiving the letter (45 CFR 147.136), fast
   external review in 72 hours when urgent, the right to sue under section 502(a) of ERISA, free copies of all
   documents, records and criteria, codes on request, EBSA 1-866-444-3272, Colorado Member Services 303-338-3800
   (Southern Colorado 1-888-681-7878), taglines. Distractors: the first denial's date and its reviewer, the date the
   appeal was received, the orthopedic surgeon (requesting) vs. the reviewing physician, the outside consultant's
   specialty (no name), the MRI dates, the physical therapy visits (97110) and their dates, the planned surgery date,
   the case number and group number.

   Which date is which: the letter date is the date line; the appeal's received date and the decision date are in
   the opening paragraph (on the attestation layout the attestation's own date is the decision date). The first
   denial, MRI, therapy and planned surgery dates are other events; ``service`` is always null. Which name is the
   member: the addressee. Which reason is the reason: the paragraph under the reason heading. The truth counts the
   22630 and 22840 lines.

Dates use this set's own styles (``b56date``); ``parse_blind56_date`` reads them back. Refused: the generator
refuses rule ids the catalogue does not apply to a template's plan, state, kind or category; no further rule id is
refused.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
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

BLIND56_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b56date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b56wkabbrfull":  # Sat, March 14, 2026 (a date line with a short weekday and the full month)
        return f"{_WK3[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b56ctime":  # Sat Mar 14 2026 (a system print stamp: no commas, day not padded)
        return f"{_WK3[d.weekday()]} {_MON3[d.month - 1]} {d.day} {d.year}"
    if style == "b56mdot2":  # 03.14.26 (table cells: month first, padded, points, two-digit year)
        return f"{d.month:02d}.{d.day:02d}.{d.year % 100:02d}"
    if style == "b56dmonabbr":  # 14 Mar 2026 (clinical records: day first, short month without a point)
        return f"{d.day} {_MON3[d.month - 1]} {d.year}"
    if style == "b56long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b56dayof":  # 14th day of March, 2026 (an attestation: "signed this 14th day of March, 2026")
        return f"{_ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    raise ValueError(style)


STYLES = ("b56wkabbrfull", "b56ctime", "b56mdot2", "b56dmonabbr", "b56long", "b56dayof")


def parse_blind56_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b56date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in _WK3 and m[2] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _WK3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([1-9]\d?) (\d{4})", t)
        if m and m[1] in _WK3 and m[2] in _MON3:
            d = dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return d if _WK3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([1-9]\d?) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)(st|nd|rd|th) day of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b56_fmt"] = w.pick(list(body))
    w.c.extra["b56_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b56_fmt") -> str:
    if not day:
        return ""
    return b56date(day, w.c.extra[key] if key in ("b56_fmt", "b56_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b56_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(241, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _doctor(w: W, p: float = 0.15) -> tuple[str, str]:
    name, _, last = person(w.rng, p)
    return w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO", f"{name}, M.D."]), last


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO", "MD, FACP"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Si habla español, puede recibir ayuda gratis con este aviso. Llame al {ph}.",
    "zh": "中文：如您需要中文協助，我們可免費提供。請致電 {ph}。",
    "ko": "한국어: 이 안내문에 대한 언어 지원을 무료로 받으실 수 있습니다. {ph}로 전화하십시오.",
    "vi": "Tiếng Việt: Quý vị có thể được giúp đỡ miễn phí bằng tiếng Việt. Hãy gọi {ph}.",
    "tl": "Tagalog: Kung kailangan ninyo ng tulong sa Tagalog, libre ito. Tumawag sa {ph}.",
    "ilo": "Ilokano: No kasapulanyo ti tulong iti Ilokano, awan ti bayadna. Tawaganyo ti {ph}.",
    "ja": "日本語：日本語での言語支援を無料でご利用いただけます。{ph} までお電話ください。",
    "sm": "Gagana Samoa: E mafai ona maua fua se fesoasoani i le gagana Samoa. Valaau i le {ph}.",
    "fr": "Français : Une aide gratuite dans votre langue est disponible. Appelez le {ph}.",
    "ru": "Русский: Вы можете бесплатно получить языковую помощь. Звоните по номеру {ph}.",
    "ar": "العربية: تتوفر لك المساعدة اللغوية مجانًا. اتصل بالرقم {ph}.",
    "am": "አማርኛ፦ ነጻ የቋንቋ እርዳታ ማግኘት ይችላሉ። በ {ph} ይደውሉ።",
    "fa": "فارسی: کمک زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "de": "Deutsch: Kostenlose Sprachhilfe steht Ihnen zur Verfügung. Rufen Sie {ph} an.",
    "pt": "Português: Você pode receber ajuda gratuita no seu idioma. Ligue para {ph}.",
}
_TAG_SETS = {
    "MD": ["es", "ko", "zh", "vi", "fr", "am", "ru", "ar", "fa", "tl", "pt"],
    "HI": ["ilo", "tl", "ja", "zh", "ko", "vi", "sm", "es"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de", "fr", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


def _clock(w: W) -> tuple[int, int]:
    return w.rng.randint(7, 17), w.rng.randint(0, 59)


def _ampm(hh: int, mm: int) -> str:
    return f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


# === 1. Mid-Atlantic (Maryland) commercial HMO: attended in-lab sleep study ========================================

_MD_MS, _MD_LOCAL, _MD_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_MD_HEAU = ("Maryland Health Education and Advocacy Unit", "410-528-1840", "1-877-261-8807")
_MD_AREAS = ["301", "240", "410"]
_MD_PSG = ["Attended in-laboratory sleep study (polysomnography)",
           "Polysomnography, attended, sleep staging with 4 or more additional parameters",
           "Overnight in-lab polysomnogram (attended)"]
_MD_DX = [("Obstructive sleep apnea (adult)", "G47.33"), ("Snoring", "R06.83")]
_MD_HSAT = {"G0399": "home sleep apnea test (HCPCS G0399)", "95806": "home sleep study without attendance (CPT 95806)"}
_MD_CENTERS = [("Chesapeake Sleep Disorders Center", "2002 Medical Parkway, Suite 310", "Annapolis, MD 21401"),
               ("Montgomery Sleep Diagnostics", "9715 Medical Center Drive, Suite 120", "Rockville, MD 20850"),
               ("Patuxent Valley Sleep Laboratory", "10710 Charter Drive, Suite 200", "Columbia, MD 21044"),
               ("Greenbelt Center for Sleep Medicine", "7501 Greenway Center Drive, Suite 480",
                "Greenbelt, MD 20770")]
_MD_CRIT = ["Kaiser Permanente Mid-Atlantic States Medical Necessity Criteria: Polysomnography and Home Sleep "
            "Apnea Testing",
            "American Academy of Sleep Medicine Clinical Practice Guideline for Diagnostic Testing for Adult "
            "Obstructive Sleep Apnea",
            "KP Mid-Atlantic Sleep Study Guideline (Adult)"]


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b56_md"):
        return
    c.extra["b56_md"] = True
    variant = c.extra["md_variant"] = w.rng.randrange(3)  # 0 fax to sleep center, 1 what happens next, 2 table
    if variant == 0:
        _fmt(w, ("b56long", "b56dmonabbr"), ("b56long", "b56wkabbrfull"))
    else:
        _fmt(w, ("b56long", "b56dmonabbr"), ("b56wkabbrfull", "b56long"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    c.category = "medical_necessity"
    dec = c.decision or c.letter
    if c.urgency == "expedited" or _has(c, "process.decision_untimely"):
        c.received = dec - dt.timedelta(days=w.rng.randint(22, 40) if _has(c, "process.decision_untimely")
                                        else w.rng.randint(2, 12))
    c.urgency = "standard"
    c.services = [dict(text=w.pick(_MD_PSG), codes=["95810"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_MD_DX if w.chance(0.35) else _MD_DX[:1])]
    c.service = None
    base = c.received or c.letter
    v2 = base - dt.timedelta(days=w.rng.randint(3, 18))
    v1 = v2 - dt.timedelta(days=w.rng.randint(35, 120))
    ess1 = w.rng.randint(10, 15)
    bmi1 = round(w.rng.uniform(30.5, 38.5), 1)
    c.extra["md_visits"] = [(v1, ess1, bmi1, w.rng.randint(16, 18)),
                            (v2, min(22, ess1 + w.rng.randint(0, 4)), round(bmi1 + w.rng.uniform(-0.6, 0.9), 1),
                             w.rng.randint(16, 18))]
    c.extra["md_sched"] = c.letter + dt.timedelta(days=w.rng.randint(9, 30))
    c.extra["md_hsat"] = w.pick(["G0399", "95806"])
    ctr, street, city = w.pick(_MD_CENTERS)
    c.extra["md_center"] = (ctr, street, city, _phone(w, _MD_AREAS, 0), _phone(w, _MD_AREAS, 0),
                            f"1{w.rng.randint(10**8, 10**9 - 1)}")
    c.provider, c.extra["md_prov_last"] = _doctor(w)
    c.extra["md_tech"] = person(w.rng, 0.0)[0] + w.pick([", RPSGT", ", RST"])
    c.criteria = [] if _has(c, "notice.criteria_cited") or _bare(c) else w.rng.sample(_MD_CRIT, k=w.pick([1, 1, 2]))
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse Reviewer", "Clinical Review Nurse"], ["RN", "RN, BSN"])
    else:
        _physician(w, ["Sleep Medicine", "Pulmonary Disease", "Neurology (Sleep Medicine)"],
                   ["Physician Reviewer", "Associate Medical Director, Utilization Management",
                    "Physician Advisor"], _MD_AREAS, 0.7, 0.75)
    c.extra["md_ref"] = f"SLP-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["md_um_fax"] = _phone(w, _MD_AREAS, 0)
    c.extra["md_clock"] = _clock(w)
    _flags(c)


def reason_b56_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    v = c.extra["md_visits"][-1]
    you = c.extra["md_variant"] != 0
    who_, has_ = ("you", "you have") if you else ("the patient", "the patient has")
    cap = who_[0].upper() + who_[1:]
    hsat = _MD_HSAT[c.extra["md_hsat"]]
    if _bare(c):
        return w.pick(["The in-lab sleep study is not medically necessary.",
                       "The request does not meet medical necessity criteria for attended polysomnography."])
    return w.pick([
        f"An overnight study in a sleep laboratory is needed when a home test would not give a reliable result, for "
        f"example with significant heart or lung disease, a neuromuscular condition, long-term opioid use, a history "
        f"of stroke, or signs of a sleep disorder other than sleep apnea. The records show that {has_} loud snoring, "
        f"breathing pauses seen by a bed partner, an Epworth Sleepiness Scale score of {v[1]} and a body mass index "
        f"of {v[2]}, which point to obstructive sleep apnea, and none of those conditions. A {hsat} is the right "
        f"first test, so the attended in-lab study is not medically necessary at this time.",
        f"{cap} {'are' if you else 'is'} an adult with a high chance of moderate to severe obstructive sleep apnea "
        f"(Epworth score {v[1]}, BMI {v[2]}, neck size {v[3]} inches, witnessed apneas) and no condition that "
        f"would make a home test inaccurate: the notes describe no heart failure, lung disease, neuromuscular "
        f"disease, opioid medicine or insomnia. For adults like this, testing starts with a {hsat}. If that test is "
        f"negative or cannot be read, an in-lab study can then be approved. The in-lab study is not medically "
        f"necessary for {who_} now.",
    ])


def _md_rights(w: W, b: list[Block], head, to_doctor: bool) -> None:
    """Maryland commercial appeal (180 days), fast appeal (72 h), external review, HEAU, copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    you = "The member, or you on the member's behalf," if to_doctor else "You, your doctor or someone you choose"
    head(w.pick(["The member's appeal rights" if to_doctor else "Your right to appeal", "How to appeal",
                 "Appealing this decision"]))
    b.append(w.p(w.pick([
        f"{you} may ask us to review this decision again. Send the appeal within {M('APPEAL_DAYS', c.appeal_phrase)} "
        f"from the date of this letter to {addr}, or call Member Services at {_MD_MS} or {_MD_LOCAL} (TTY "
        f"{_MD_TTY}), Monday through Friday, 7:30 a.m. to 5:30 p.m.",
        f"An appeal must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this letter. {you} can "
        f"file it by mail ({addr}) or by phone: {_MD_MS} / {_MD_LOCAL}, TTY {_MD_TTY}.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously harm health, ask for an expedited appeal. We will "
            "decide an expedited appeal within 72 hours after we receive it.",
            "Urgent situations: an expedited (fast) appeal is decided within 72 hours. A doctor can ask for one when "
            "the usual time could seriously jeopardize health.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold the denial on appeal, an independent review organization with no ties to Kaiser Permanente "
            "can review it at no cost. Ask within 4 months after receiving our final internal decision (45 CFR "
            "147.136).",
            "External review: after our final appeal decision, you may ask for review by an independent review "
            "organization, free of charge, within 4 months of receiving that decision (45 CFR 147.136). Urgent "
            "cases may be reviewed on an expedited basis.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        name, ph, toll = _MD_HEAU
        b.append(w.p(f"Free help with an appeal is available from the {name} of the Maryland Attorney General's "
                     f"office: {ph} or toll-free {toll} (please check your plan documents for current numbers)."))
    b.append(w.p(w.pick([
        "On request and free of charge, we will send copies of the criteria and of all documents and records used "
        "for this decision.",
        "You may have free copies of everything we relied on, including the criteria, by calling Member Services.",
    ])))


def t_b56_md(w: W):
    _md_setup(w)
    c = w.c
    variant = c.extra["md_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ref, umfax = c.extra["md_ref"], c.extra["md_um_fax"]
    ctr, street, city, cph, cfax, npi = c.extra["md_center"]
    visits, sched, hsat, tech = c.extra["md_visits"], c.extra["md_sched"], c.extra["md_hsat"], c.extra["md_tech"]
    prov = M("PROVIDER", c.provider)
    last = c.extra["md_prov_last"]
    svc = c.services[0]
    psg = f"{w.svc(svc)} ({w.pick(['CPT ', 'CPT code ', ''])}{w.code('95810')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States - {page}",
                         f"Case {ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 0:
        hh, mm = c.extra["md_clock"]
        st.header = [f"{b56date(c.letter, 'b56ctime')} {hh:02d}:{mm:02d}   KPMAS UTILIZATION MGMT   FAX {umfax}   "
                     f"TO {cfax}   P.{{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FACSIMILE TRANSMITTAL", space_before=0, size=st.size + 8))
        b.append(w.p("Kaiser Permanente Mid-Atlantic States | Utilization Management, Outpatient Services", bold=True,
                     space_before=2))
        b.append(Block("fields", rows=[["To:", ctr, "Fax:", cfax],
                                       ["Attn:", "Scheduling / prior authorization", "Phone:", cph],
                                       ["From:", "Utilization Management", "Fax:", umfax],
                                       ["Date:", b56date(c.letter, "b56mdot2"), "Time:", _ampm(hh, mm)],
                                       ["Re:", "Authorization decision - sleep study", "Pages:", "see header"]],
                       space_before=10, size=st.size))
        b.append(w.p("[ ] Urgent   [X] For your records   [ ] Please reply", space_before=10))
        b.append(w.p("This transmission contains protected health information for the named recipient only. If it "
                     f"reached you in error, call {_MD_LOCAL} and destroy all pages.", italic=True, size=8.0,
                     space_before=14))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Utilization Management"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          w.pick(facilities("MD", "Mid-Atlantic States")), f"UM fax {umfax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b56_head"), space_before=10))
    if variant == 0:
        b.append(w.p(prov, space_before=10))
        b.append(w.p(f"c/o {ctr}", space_before=0))
        b.append(w.p(f"{street}, {city}", space_before=0))
        b.append(w.p(f"Phone {cph}   Fax {cfax}   NPI {npi}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Date of birth:", b56date(c.extra["dob"], "b56mdot2"), "Case:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear Dr. {last}:", space_before=10))
        intro = f"We reviewed your request for {psg} for the patient named above, to be done at {ctr}."
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}   Case: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"{prov}, your lung and sleep doctor, asked us to approve {psg} at {ctr}.",
                        f"We reviewed a request from {prov} for {psg}."])
    if rec:
        intro += f" We received the request on {rec}."
    if dec:
        intro += f" The decision was made on {dec}."
    intro += w.pick([" The request is not approved.", " We are not able to approve this study."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why the study was not approved", "Reason for our decision", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    (d1, e1, m1, n1), (d2, e2, m2, n2) = visits
    if variant == 2:
        head(w.pick(["Excerpt from the criteria", "How your records compare with the criteria"]))
        if c.criteria:
            b.append(w.p("Source: " + join_and([M("CRITERIA", x) for x in c.criteria]) + ".", size=st.size - 0.5))
        crit = ["Adult with suspected obstructive sleep apnea", "High pretest probability of moderate to severe OSA",
                "Significant heart or lung disease", "Neuromuscular disease, stroke or chronic opioid use",
                "Suspected central apnea, narcolepsy or parasomnia",
                "Prior home test negative or technically inadequate"]
        if _bare(c):  # the excerpt alone: nothing about the member's own records
            rows = [["Criterion (excerpt)", "Test covered first"]] + [
                [x, "Home test" if i < 2 else "In-lab study"] for i, x in enumerate(crit)]
        else:
            rows = [["Criterion (excerpt)", "What your records show", "Met?"]] + [
                [x, y, z] for x, (y, z) in zip(crit, [
                    ("Snoring, witnessed pauses, daytime sleepiness", "Yes"), (f"Epworth {e2}, BMI {m2}", "Yes"),
                    ("None documented", "No"), ("None documented", "No"), ("None documented", "No"),
                    ("No home test done", "No")], strict=True)]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        b.append(w.p("An in-lab study is approved when a condition in rows 4 to 7 is present.", size=st.size - 1,
                     space_before=2))
        b.append(Block("table", rows=[["Visit", "Epworth score", "BMI", "Neck (in)"],
                                      [b56date(d1, "b56mdot2"), f"{e1}", f"{m1}", f"{n1}"],
                                      [b56date(d2, "b56mdot2"), f"{e2}", f"{m2}", f"{n2}"]],
                       space_before=6, size=st.size - 1.5))
    else:
        b.append(w.p(w.pick([
            f"Records reviewed: office notes of {_fd(w, d1)} (Epworth score {e1}, BMI {m1}) and {_fd(w, d2)} "
            f"(Epworth score {e2}, BMI {m2}, neck {n2} inches), and the sleep questionnaire.",
            f"At the visit on {_fd(w, d1)} the Epworth score was {e1} and the BMI {m1}; on {_fd(w, d2)} they were "
            f"{e2} and {m2}.",
        ])))
        if c.criteria:
            b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) +
                         join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            line += (f" Dr. {last} may call {M('REVIEWER_PHONE', c.reviewer['phone'])} for a peer-to-peer "
                     f"discussion." if variant == 0 else
                     f" Your doctor may discuss it with the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}.")
        b.append(w.p(line))
    alt = _MD_HSAT[hsat]
    if variant == 1:
        head("What happens next")
        b.append(w.p(w.pick([
            f"A {alt} is covered and needs no further approval. {ctr} will lend you a small recorder to wear at home "
            f"for one night. Call {cph} to set it up.",
            f"Your doctor can order a {alt} instead; it is covered. You sleep at home with a small monitor from "
            f"{ctr} (phone {cph}).",
        ])))
        b.append(w.p(w.pick([
            f"The in-lab study on your calendar for {_fd(w, sched)} will not be covered. Please call {ctr} to cancel "
            f"it or to change it to a home test.",
            f"You were scheduled for an overnight study on {_fd(w, sched)}. If you keep that appointment, you may "
            f"have to pay for it yourself.",
        ])))
    elif variant == 0:
        b.append(w.p(w.pick([
            f"A {alt} is covered without a new request. Please cancel or convert the attended study scheduled for "
            f"{_fd(w, sched)}; questions to the scheduler, {tech}, at {cph}.",
            f"The covered alternative is a {alt}. The in-lab study booked for {_fd(w, sched)} is not authorized.",
        ])))
    else:
        b.append(w.p(f"What is covered: a {alt}. The in-lab study booked at {ctr} for {_fd(w, sched)} is not "
                     f"approved; call {cph} to change it."))
    if variant == 0:
        b.append(w.p("The member has been sent a copy of this decision with the rights below.", space_before=6))
    _md_rights(w, b, head, variant == 0)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Mid-Atlantic States")
    cc = f"cc: {c.member_name} (member)" if variant == 0 else f"cc: {prov}; {ctr} (fax {cfax})"
    b.append(w.p(cc, space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {_MD_MS} (TTY {_MD_TTY}).",
                             f"Free language help: {_MD_MS}, TTY {_MD_TTY}."]), space_before=8))
    b += _taglines(w, "MD", _MD_MS, w.pick([None, "Language help"]))
    return b, st, ["md_fax_to_sleep_center", "md_what_happens_next", "md_criteria_excerpt_table"][variant]


BLIND56_TEMPLATES["blind56_md_commercial_in_lab_sleep_study"] = (t_b56_md, dict(
    plans=["commercial_hmo"], states=["MD"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b56_md))
MODELED_ON["blind56_md_commercial_in_lab_sleep_study"] = (
    "blind56: Kaiser Permanente Mid-Atlantic States (Maryland) commercial HMO denial of an attended in-lab sleep "
    "study (95810) for suspected obstructive sleep apnea, a home sleep apnea test (G0399 or 95806) covered instead; a "
    "fax to the sleep center, a member letter with a 'What happens next' section, or a letter with a criteria excerpt "
    "table; 180-day appeal, 72-hour fast appeal, external review (45 CFR 147.136), Maryland Health Education and "
    "Advocacy Unit, free copies, taglines")


# === 2. Hawaii Medicare Advantage: more time to decide cardiac rehabilitation =======================================

_HI_AREAS = ["808"]
_HI_DX = {"nstemi": ("Non-ST elevation (NSTEMI) myocardial infarction", "I21.4"),
          "stent": ("Presence of coronary angioplasty implant and graft", "Z95.5"),
          "cabg": ("Presence of aortocoronary bypass graft", "Z95.1")}
_HI_PROC = {"stent": ("a coronary stent placement", "92928"), "cabg": ("coronary artery bypass surgery", "33533")}
_HI_PROGRAMS = [("Windward Heart and Lung Rehabilitation", "Kailua"),
                ("Leeward Cardiac Rehabilitation Program", "Waipahu"),
                ("Honolulu Cardiac Wellness and Rehabilitation", "Honolulu"),
                ("Maui Heart Rehabilitation Center", "Wailuku")]
_HI_ADDR = ["Kaiser Permanente Hawaii", "Utilization Management - Medicare", "711 Kapiolani Blvd",
            "Honolulu, HI 96813"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b56_hi"):
        return
    c.extra["b56_hi"] = True
    variant = c.extra["hi_variant"] = w.rng.randrange(3)  # 0 CMS-style notice, 1 what we need list, 2 to the doctor
    _fmt(w, ("b56long", "b56dmonabbr"), ("b56wkabbrfull", "b56long") if variant != 0 else ("b56long",))
    c.region = "Hawaii"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    kind = w.pick(["stent", "stent", "cabg"])
    c.extra["hi_kind"] = kind
    n = w.pick([18, 24, 36, 36])
    text = w.pick([f"Outpatient cardiac rehabilitation with continuous ECG monitoring, {n} sessions",
                   f"Cardiac rehabilitation, physician-supervised, with ECG monitoring ({n} sessions)",
                   f"Cardiac rehab program sessions with ECG monitoring, {n} visits"])
    c.services = [dict(text=text, codes=["93798"], decision="pending")]
    c.extra["hi_n"] = n
    dxs = [_HI_DX["nstemi"], _HI_DX[kind]] if w.chance(0.7) else [_HI_DX[kind]]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dxs]
    c.decision = None
    c.service = None
    c.criteria = []
    if c.received is None:
        c.received = c.letter - dt.timedelta(days=w.rng.randint(1, 4))
    orig = 7 if c.received.year >= 2026 else 14  # standard time frame (7 calendar days from January 1, 2026)
    if (c.letter - c.received).days > orig - 2:
        c.received = c.letter - dt.timedelta(days=w.rng.randint(1, orig - 2))
    c.extra["hi_orig"] = orig
    c.extra["hi_new"] = c.received + dt.timedelta(days=orig + 14)
    c.extra["hi_due"] = c.letter + dt.timedelta(days=w.rng.randint(5, 8))
    disch = c.received - dt.timedelta(days=w.rng.randint(4, 16))
    c.extra["hi_disch"] = disch
    c.extra["hi_admit"] = disch - dt.timedelta(days=w.rng.randint(2, 7) if kind == "cabg" else w.rng.randint(1, 3))
    c.extra["hi_hosp"] = w.pick(facilities("HI", "Hawaii")[:1] + ["The Queen's Medical Center"])
    prog, town = w.pick(_HI_PROGRAMS)
    c.extra["hi_prog"] = (prog, town, _phone(w, _HI_AREAS, 0))
    c.provider, c.extra["hi_prov_last"] = _doctor(w)
    c.extra["hi_prov_fax"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_coord"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", RN, Care Coordinator"])
    c.extra["hi_coord_ph"] = _phone(w, _HI_AREAS, 1)
    c.extra["hi_unit"] = (_phone(w, _HI_AREAS, 0), _phone(w, _HI_AREAS, 0))
    need = ["disch", "proc", "echo", "itp", "stress"]
    c.extra["hi_need"] = w.rng.sample(need, w.rng.randint(2, 4))
    c.extra["hi_all"] = need
    c.reviewer = None  # nobody has decided: a nurse coordinator gathers records
    c.extra["hi_ref"] = f"HI-MA-{w.rng.randint(10**5, 10**6 - 1)}"
    _flags(c)


def _hi_item(w: W, key: str, you: bool) -> str:
    c = w.c
    hosp, proc = c.extra["hi_hosp"], _HI_PROC[c.extra["hi_kind"]]
    return {
        "disch": f"the discharge summary from {hosp} ({'your' if you else 'the'} stay ended "
                 f"{_fd(w, c.extra['hi_disch'])})",
        "proc": f"the report of {proc[0]} ({proc[1]}) done at {hosp}",
        "echo": "the most recent echocardiogram report with the ejection fraction",
        "itp": (f"the signed order and individualized treatment plan from {c.provider}" if you else
                "your signed order and individualized treatment plan for the program"),
        "stress": "the results of any exercise stress test done since the hospital stay",
    }[key]


def reason_b56_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    you = c.extra["hi_variant"] != 2
    items = [_hi_item(w, k, you) for k in c.extra["hi_need"]]
    need = join_and(items)
    whose = "you qualify" if you else "the patient qualifies"
    return w.pick([
        f"We need more time because we have not received {need}. These records show whether {whose} for cardiac "
        f"rehabilitation under Medicare's rules and how many sessions are needed.",
        f"We are taking extra time because {need} {'have' if len(items) > 1 else 'has'} not reached us yet. "
        f"Without them we cannot confirm the heart condition that Medicare requires for cardiac rehabilitation, and "
        f"waiting for them gives us the chance to approve the request instead of denying it.",
    ])


def _hi_rights(w: W, b: list[Block], head, q: bool, to_doctor: bool) -> None:
    """MA extension rights: fast grievance about the extra time, 72-hour fast decision, Medicare numbers."""
    unit = w.c.extra["hi_unit"][0]
    who_ = "The patient" if to_doctor else "You"
    head("What if you disagree with our decision to take more time?" if q else
         w.pick(["If you disagree with the extra time", "Your right to a fast grievance"]))
    b.append(w.p(w.pick([
        f"{who_} may file a fast grievance (expedited grievance) about our decision to take extra time. Call "
        f"{unit} (TTY 711), Monday through Friday, 8 a.m. to 5 p.m., or write to {', '.join(_HI_ADDR)}. We will "
        f"answer a fast grievance quickly.",
        f"If {who_.lower() if to_doctor else 'you'} do{'es' if to_doctor else ''} not agree that we need more time, "
        f"ask for an expedited (fast) grievance by calling {unit}, TTY 711, or in writing to "
        f"{', '.join(_HI_ADDR)}.",
    ])))
    head("Can the decision be made faster?" if q else "Fast decisions")
    b.append(w.p(w.pick([
        "If waiting could seriously harm the member's life, health or ability to regain function, the doctor can "
        "ask for a fast decision. We make fast decisions within 72 hours.",
        "A fast decision, within 72 hours, is available when the standard time could seriously harm health. A "
        "request from the doctor for a fast decision is granted.",
    ])))
    b.append(w.p(w.pick([
        "We will send a written decision. If any part of the request is denied, that letter will explain how to "
        "appeal.",
        "Our decision will come in writing; if it is not a full approval, it will tell you how to ask for a "
        "reconsideration.",
    ])))
    b.append(w.p(w.pick([
        "Medicare questions: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY 1-877-486-2048.",
        "You can also call 1-800-MEDICARE (1-800-633-4227); TTY users should call 1-877-486-2048.",
    ])))


def t_b56_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    vague = _has(c, "notice.delay_requirements")
    ref = c.extra["hi_ref"]
    unit_ph, unit_fax = c.extra["hi_unit"]
    prog, town, pph = c.extra["hi_prog"]
    hosp, admit, disch = c.extra["hi_hosp"], c.extra["hi_admit"], c.extra["hi_disch"]
    coord, cph = c.extra["hi_coord"], c.extra["hi_coord_ph"]
    new, due = _fd(w, c.extra["hi_new"]), _fd(w, c.extra["hi_due"])
    prov = M("PROVIDER", c.provider)
    last = c.extra["hi_prov_last"]
    svc = f"{w.svc(c.services[0])} ({w.pick(['CPT ', ''])}{w.code('93798')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    to_doc = variant == 2
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Medicare Health Plan - {page}",
                         f"Ref. {ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", "Medicare Health Plan"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "Utilization Management - Medicare",
                          f"Phone {unit_ph} (TTY 711)  Fax {unit_fax}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF EXTENSION: WE NEED MORE TIME TO DECIDE", align="center", space_before=10,
                     size=st.size + 2))
        b.append(Block("fields", rows=[["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b56_head"),
                                        "Reference:", ref],
                                       ["Member name:", w.name(), "Member ID:", w.mid()],
                                       ["Requested by:", prov, "Request received:", rec or "-"]],
                       space_before=8, size=st.size - 0.5))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        head("What did you ask for?")
        intro = f"{prov} asked us to cover {svc} at {prog} in {town}."
        if rec:
            intro += f" We received the request on {rec}."
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b56_head"), space_before=10))
        if to_doc:
            b.append(w.p(prov, space_before=10))
            b.append(w.p("Cardiology", space_before=0))
            b.append(w.p(f"Fax {c.extra['hi_prov_fax']}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Reference:", ref, "Plan:", "Kaiser Permanente Medicare Advantage"]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p(f"Dear Dr. {last}:", space_before=10))
            intro = f"Thank you for your request for {svc} at {prog} for the patient named above."
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID {w.mid()}   Reference {ref}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            intro = w.pick([f"{prov} asked us to approve {svc} for you at {prog}.",
                            f"We are reviewing a request from {prov}, your cardiologist, for {svc}."])
        if rec:
            intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    intro += w.pick([" We have not decided yet and are taking up to 14 more days to decide.",
                     " We need up to 14 extra days to make a decision."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    proc, pcode = _HI_PROC[c.extra["hi_kind"]]
    stay = (f"{'The patient' if to_doc else 'You'} had {proc} ({pcode}) at {hosp}, admitted {_fd(w, admit)} and "
            f"discharged {_fd(w, disch)}.")
    head("Why are we taking more time?" if variant == 0 else w.pick(["Why we need more time",
                                                                     "The reason for the extra time"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(stay, size=st.size - 0.5))
    if variant == 1:
        head("What we need")
        for k in c.extra["hi_need"]:
            t = _hi_item(w, k, True)
            b.append(w.p(f"- {t[0].upper() + t[1:]}", indent=12, space_before=2))
    elif variant == 0:
        head("What information do we need?")
        items = [_hi_item(w, k, True) for k in c.extra["hi_need"]]
        b.append(w.p("; ".join(t[0].upper() + t[1:] for t in items) + "."))
    send = w.pick([f"Please have the records faxed to {unit_fax}" + (f" by {due}." if not vague else "."),
                   f"We asked {c.provider} and {hosp} to send them" + (f" no later than {due}." if not vague else ".")])
    if to_doc:
        send = f"Please fax the records to {unit_fax}, attention {coord}" + (f", by {due}." if not vague else ".")
    b.append(w.p(send))
    if variant == 0:
        head("When will we decide?")
    if not vague:
        b.append(w.p(w.pick([
            f"We will decide as quickly as health requires, and no later than {new}.",
            f"New decision date: no later than {new}. If the records arrive sooner, we will decide sooner.",
        ]), bold=variant != 1))
    else:
        b.append(w.p("We will decide as soon as we can after the records arrive."))
    b.append(w.p(w.pick([f"Questions about the records? Call {coord} at {cph}.",
                         f"The nurse care coordinator for this request is {coord}, {cph}." if to_doc else
                         f"Your nurse care coordinator is {coord}, {cph}."]) +
                 f" {prog} can be reached at {pph}."))
    _hi_rights(w, b, head, variant == 0, to_doc)
    _sign(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Utilization Management - Medicare",
          "Kaiser Permanente Hawaii")
    b.append(w.p(f"cc: {c.member_name} (member, by mail)" if to_doc else f"cc: {prov}; {prog}",
                 space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {unit_ph} (TTY 711).",
                             f"Help in your language at no cost: {unit_ph}, TTY 711."]), space_before=8))
    b += _taglines(w, "HI", f"{unit_ph} (TTY 711)", w.pick([None, "Language assistance"]))
    return b, st, ["hi_cms_style_extension", "hi_what_we_need_list", "hi_to_cardiologist"][variant]


BLIND56_TEMPLATES["blind56_hi_ma_cardiac_rehab_delay_notice"] = (t_b56_hi, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["delay_notice"], cats=["administrative"],
    reason=reason_b56_hi))
MODELED_ON["blind56_hi_ma_cardiac_rehab_delay_notice"] = (
    "blind56: Kaiser Permanente Hawaii Medicare Advantage notice taking up to 14 more days to decide a request for "
    "cardiac rehabilitation (93798, 18 to 36 sessions) after a stent or bypass: the records still missing, when they "
    "are due and the new date by which it will decide; a CMS-style extension notice, a short letter with a 'What we "
    "need' list, or a letter to the requesting cardiologist copied to the member; fast grievance about the extension, "
    "72-hour fast decision, 1-800-MEDICARE, taglines")


# === 3. Colorado ERISA group: appeal upheld, lumbar fusion ==========================================================

_CO_MS, _CO_MS_S = "303-338-3800", "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_FUSION = ["Posterior lumbar interbody fusion, one level (L4-L5)",
              "Lumbar interbody arthrodesis, posterior approach, single interspace",
              "Lumbar spinal fusion (posterior interbody), L5-S1"]
_CO_INSTR = ["Posterior spinal instrumentation (pedicle screws and rods)",
             "Posterior non-segmental instrumentation",
             "Pedicle screw instrumentation, posterior"]
_CO_DX = [("Spondylosis without myelopathy or radiculopathy, lumbar region", "M47.816"),
          ("Radiculopathy, lumbar region", "M54.16")]
_CO_CRIT = ["Kaiser Permanente Colorado Clinical Review Criteria: Lumbar Spinal Fusion",
            "InterQual Procedures Criteria: Fusion, Lumbar Spine",
            "North American Spine Society Coverage Policy Recommendations: Lumbar Fusion"]
_CO_SPEC = ["Orthopaedic Surgery", "Physical Medicine and Rehabilitation", "Neurological Surgery"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b56_co"):
        return
    c.extra["b56_co"] = True
    c.extra["co_variant"] = w.rng.randrange(3)  # 0 summary sections, 1 records table, 2 attestation page
    _fmt(w, ("b56long", "b56dmonabbr"), ("b56long", "b56wkabbrfull"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.category = "medical_necessity"
    dec = c.decision or c.letter
    if c.urgency == "expedited":
        late = _has(c, "process.decision_untimely")
        c.received = dec - dt.timedelta(days=w.rng.randint(38, 60) if late else w.rng.randint(6, 28))
    c.urgency = "standard"
    c.services = [dict(text=w.pick(_CO_FUSION), codes=["22630"], decision="denied"),
                  dict(text=w.pick(_CO_INSTR), codes=["22840"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_CO_DX if w.chance(0.5) else _CO_DX[:1])]
    c.service = None
    rec = c.received
    c.extra["co_first"] = rec - dt.timedelta(days=w.rng.randint(12, 50))
    first = c.extra["co_first"]
    c.extra["co_mri"] = [first - dt.timedelta(days=w.rng.randint(20, 60))]
    if w.chance(0.6):
        c.extra["co_mri"].insert(0, c.extra["co_mri"][0] - dt.timedelta(days=w.rng.randint(200, 500)))
    n_pt = w.rng.randint(4, 9)
    pt0 = first - dt.timedelta(days=w.rng.randint(70, 110))
    pts = [pt0 + dt.timedelta(days=7 * k + w.rng.randint(0, 2)) for k in range(n_pt)]
    c.extra["co_pt"] = pts
    c.extra["co_planned"] = c.letter + dt.timedelta(days=w.rng.randint(12, 40))
    c.provider, c.extra["co_prov_last"] = _doctor(w)
    c.extra["co_surgeon_by"] = w.chance(0.5)  # the surgeon filed the appeal for the member
    c.extra["co_pt_name"] = person(w.rng, 0.0)[0] + w.pick([", PT, DPT", ", DPT"])
    c.extra["co_first_md"] = "Dr. " + person(w.rng, 0.1)[0]
    c.criteria = [] if _has(c, "notice.criteria_cited") else w.rng.sample(_CO_CRIT, k=w.pick([1, 1, 2]))
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Appeals Nurse Consultant", "Clinical Appeals Coordinator"], ["RN", "RN, CCM"])
        c.extra["co_consult"] = None
    else:
        _physician(w, _CO_SPEC, ["Appeals Physician Reviewer", "Associate Medical Director, Appeals",
                                 "Physician Reviewer, Appeals Program"], _CO_AREAS, 0.5, 0.85)
        spec = c.reviewer["specialty"]
        c.extra["co_consult"] = w.pick([s for s in _CO_SPEC if s != spec])
    c.extra["co_case"] = f"APL-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["co_group"] = f"{w.rng.randint(10**4, 10**5 - 1)}"
    _flags(c)


def reason_b56_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    n = len(c.extra["co_pt"])
    weeks = (c.extra["co_pt"][-1] - c.extra["co_pt"][0]).days // 7 + 1
    mri = c.extra["co_mri"][-1]
    return w.pick([
        f"Lumbar fusion for back pain from disc degeneration is medically necessary when the spine is unstable, for "
        f"example a slipped vertebra that moves on bending x-rays, or when at least 6 months of structured "
        f"nonsurgical care has failed. Your MRI of {_fd(w, mri)} shows disc wear at one level without a slipped "
        f"vertebra or nerve compression that needs surgery, and no flexion-extension x-rays showing movement were "
        f"sent. The records show {n} physical therapy visits over {weeks} weeks and no "
        f"trial of a supervised exercise program or pain management. For these reasons the fusion and the "
        f"instrumentation are not medically necessary, and we uphold the earlier denial.",
        f"We uphold the denial because the records do not show that fusion is medically necessary. There is no "
        f"instability: the MRI of {_fd(w, mri)} shows degenerative changes without spondylolisthesis, and bending "
        f"x-rays were not done. Nonsurgical care has been short: {n} physical therapy visits, no injection or "
        f"pain-program evaluation, and no 6-month course of treatment before surgery was requested.",
    ])


def _co_rights(w: W, b: list[Block], head) -> None:
    """ERISA final internal decision: external review (4 months), 502(a), copies, EBSA, Member Services."""
    c = w.c
    head(w.pick(["Your rights after this decision", "What you can do next", "Further review"]))
    b.append(w.p(w.pick([
        "This is our final decision on your internal appeal. You have completed the plan's appeal process.",
        "This letter is the plan's final internal appeal decision.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            f"External review: you may ask for an external review by an independent review organization (IRO) "
            f"that has no connection to Kaiser Permanente. Send your request within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter (45 CFR 147.136). There is no "
            f"cost. If your doctor says a delay would seriously jeopardize your health, ask for an expedited "
            f"external review; the IRO decides those within 72 hours.",
            f"You have the right to an external review by an independent review organization. The request must be "
            f"made within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this final decision (45 CFR 147.136). "
            f"The IRO's decision is binding on the plan. Urgent cases get an expedited external review, decided "
            f"within 72 hours.",
        ])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
        "Security Act (ERISA).",
        "You may file a lawsuit under ERISA section 502(a) about this decision.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your claim, "
        "including the criteria used. The diagnosis and treatment codes and their meanings are also available on "
        "request.",
        "Copies of the claim file, the criteria and the consultant's report are free on request, as are the "
        "diagnosis and procedure codes and what they mean.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p("For help with your rights under ERISA, contact the Employee Benefits Security Administration, "
                     "U.S. Department of Labor, at 1-866-444-3272 (1-866-444-EBSA) or www.dol.gov/ebsa."))
    b.append(w.p(f"Questions: Member Services {_CO_MS} (Denver/Boulder) or {_CO_MS_S} (Southern Colorado), TTY 711."))


def t_b56_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]
    st = _style(w, ["times", "helvetica"], [9.5, 10.0], [60.0, 66.0, 72.0])
    case, group = c.extra["co_case"], c.extra["co_group"]
    prov = M("PROVIDER", c.provider)
    last = c.extra["co_prov_last"]
    first, mris, pts, planned = c.extra["co_first"], c.extra["co_mri"], c.extra["co_pt"], c.extra["co_planned"]
    ptname, first_md, consult = c.extra["co_pt_name"], c.extra["co_first_md"], c.extra["co_consult"]
    s1, s2 = c.services
    surgery = (f"{w.svc(s1)} ({w.pick(['CPT ', ''])}{w.code('22630')}) with {w.svc(s2)} "
               f"({w.code('22840')})")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    st.footer = [w.pick([f"Appeal {case} - page {{page}} of {{pages}}", "Kaiser Permanente Colorado | {page}",
                         f"{case} | {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", "Appeals Program"],
                   right=["Kaiser Foundation Health Plan of Colorado", ", ".join(GRIEVANCE_ADDR["Colorado"][1:]),
                          f"Member Services {_CO_MS}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b56_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(Block("fields", rows=[["Member ID:", w.mid(), "Appeal number:", case],
                                   ["Group number:", group, "Plan:", "Employer group health plan (ERISA)"]],
                   space_before=8, size=st.size - 0.5))
    b.append(w.p(w.pick(["RE: Decision on your appeal (post-denial, pre-service)", "RE: Appeal decision - upheld"]),
                 bold=True, space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    if c.extra["co_surgeon_by"]:
        intro = f"{prov}, your orthopedic surgeon, appealed for you our decision of {_fd(w, first)} denying {surgery}."
    else:
        intro = (f"You appealed our decision of {_fd(w, first)} denying {surgery}, which {prov}, your orthopedic "
                 f"surgeon, had requested.")
    if rec:
        intro += f" We received the appeal on {rec}."
    if dec:
        intro += f" We completed our review and made a decision on {dec}."
    intro += w.pick([" We are upholding the denial.", " The original decision is upheld."])
    if variant == 0:
        head("Summary of your appeal")
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        head("What we reviewed")
        b.append(w.p(w.pick([
            f"The appeal letter, the first denial of {_fd(w, first)} (decided by {first_md}), office notes from "
            f"{c.provider}, the MRI report{'s' if len(mris) > 1 else ''} of "
            f"{join_and([_fd(w, d) for d in mris])}, and notes from {len(pts)} physical therapy visits (97110) "
            f"with {ptname} between {_fd(w, pts[0])} and {_fd(w, pts[-1])}.",
            f"We read all the records sent with the appeal: MRI {join_and([_fd(w, d) for d in mris])}; physical "
            f"therapy (97110) from {_fd(w, pts[0])} to {_fd(w, pts[-1])}, {len(pts)} visits with {ptname}; the "
            f"surgeon's notes and the first denial, made on {_fd(w, first)} by {first_md}.",
        ])))
        head("Our decision")
        b.append(w.p("The denial is upheld. The surgery is not covered."))
    elif variant == 1:
        head(w.pick(["Records reviewed", "Information we reviewed"]))
        rows = [["Date", "Record", "From"]]
        for d in mris:
            rows.append([b56date(d, "b56mdot2"), "MRI lumbar spine without contrast, report", "Radiology"])
        rows.append([f"{b56date(pts[0], 'b56mdot2')} - {b56date(pts[-1], 'b56mdot2')}",
                     f"Physical therapy notes, {len(pts)} visits (97110)", ptname])
        rows.append([b56date(first, "b56mdot2"), "Initial denial letter", f"Kaiser Permanente ({first_md})"])
        rows.append([b56date(c.received, "b56mdot2"), "Appeal letter and surgeon's notes",
                     c.provider if c.extra["co_surgeon_by"] else "Member"])
        rows.sort(key=lambda r: (r[0][6:8], r[0][:5]))
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
    head(w.pick(["Reason for our decision", "Why we upheld the denial", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We applied the ", "Criteria used: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        ln = _who(w, w.pick(["Your appeal was decided by ", "Reviewing physician: "]), ".")
        if c.reviewer["phone"]:
            ln += f" Dr. {last} may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss the case."
        b.append(w.p(ln))
        if consult:
            b.append(w.p(w.pick([
                f"We also asked an outside physician consultant, board certified in {consult}, to read the records. "
                f"Neither the consultant nor the reviewer took part in the first decision.",
                f"An outside consultant board certified in {consult} reviewed the file and agreed that the criteria "
                f"are not met. No one who made the first decision reviewed the appeal.",
            ])))
    b.append(w.p(w.pick([
        f"The surgery that was planned for {_fd(w, planned)} is not covered. If you have it, you may have to pay for "
        f"it.",
        f"If the surgery goes ahead on {_fd(w, planned)} as planned, it will not be paid by the plan.",
    ])))
    _co_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Appeals Program", "Kaiser Permanente Colorado")
    b.append(w.p(f"cc: {prov}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free: {_CO_MS} (TTY 711).",
                             f"Need help in another language? Call {_CO_MS} or {_CO_MS_S}."]), space_before=8))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Language assistance"]))
    if variant == 2 and c.reviewer:
        r = c.reviewer
        b.append(Block("pagebreak"))
        b.append(w.h("REVIEWER ATTESTATION", align="center", space_before=0, size=st.size + 2))
        b.append(Block("fields", rows=[["Member:", c.member_name, "Appeal number:", case],
                                       ["Services:", "22630, 22840", "First decision:", b56date(first, "b56mdot2")]],
                       space_before=10, size=st.size - 0.5))
        cred = f", {r['credentials']}" if r["credentials"] else ""
        spec = f", a specialist in {r['specialty']}," if r["specialty"] else ""
        if r["credentials"] and r["credentials"].startswith(("RN",)):
            role = "a licensed clinician"
        else:
            role = "a licensed physician"
        b.append(w.p(f"Records reviewed: MRI {', '.join(b56date(d, 'b56mdot2') for d in mris)}; physical therapy "
                     f"notes (97110), {len(pts)} visits, {b56date(pts[0], 'b56mdot2')} to "
                     f"{b56date(pts[-1], 'b56mdot2')}; the surgeon's office notes; the appeal letter.",
                     size=st.size - 0.5, space_before=8))
        b.append(w.p(f"I, {r['name']}{cred}{spec} am {role}. I reviewed all of the information submitted with this "
                     f"appeal. I was not involved in the first decision and I do not report to the person who made "
                     f"it. My decision is not based on any financial incentive.", space_before=10))
        if c.decision:
            b.append(w.p(f"Signed this {_dm(w, 'DATE_DECISION', c.decision, 'b56dayof')}.", space_before=8))
        b.append(w.p("______________________________", space_before=20))
        b.append(w.p(f"{r['name']}{cred}", space_before=2))
        b.append(w.p(c.reviewer_title, space_before=0))
    return b, st, ["co_summary_sections", "co_records_reviewed_table", "co_attestation_page"][variant]


BLIND56_TEMPLATES["blind56_co_erisa_appeal_upheld_lumbar_fusion"] = (t_b56_co, dict(
    plans=["erisa_group"], states=["CO"], kinds=["grievance_decision"], cats=["medical_necessity"],
    reason=reason_b56_co))
MODELED_ON["blind56_co_erisa_appeal_upheld_lumbar_fusion"] = (
    "blind56: Kaiser Permanente Colorado ERISA group appeal decision upholding the denial of a lumbar fusion (22630) "
    "with instrumentation (22840) for degenerative disc disease without instability; a formal decision letter with "
    "'Summary of your appeal' sections, a letter with a table of the records reviewed, or a letter with the "
    "reviewing physician's attestation on its own page; external review within 4 months (45 CFR 147.136), 72-hour "
    "expedited external review, ERISA 502(a), free copies, EBSA, taglines")
