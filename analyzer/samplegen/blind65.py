"""Sixty-fifth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND65_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind65_wa_ma_out_of_area_hernia_repair_claim")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind65_scal_commercial_lumbar_mri_denied``: a Kaiser Permanente Southern California commercial HMO (plan_type
   ``commercial_hmo``, state CA) denial (``initial_denial``, category ``medical_necessity``) of an MRI of the lumbar
   spine without contrast (CPT 72148; diagnoses M54.50 and M54.16) because six weeks of conservative care are not
   documented. The ordering doctor asked (the requesting provider). Layouts: ``scal_request_details_grid`` (a
   letterhead letter with a two-column "Request details" grid), ``scal_portal_printout`` (a kp.org message-center
   printout: a "Printed" timestamp atop every page and the page URL with a timestamp at the foot, a From/To/Sent/
   Subject block) and ``scal_expedited_notice`` (an expedited, 72-hour request: the truth's urgency is
   ``expedited``; "Date: / Time:" pairs for receipt and decision). Knox-Keene rights from the catalogue: a grievance
   within 180 days (30 or 60 when ``notice.appeal_deadline`` is planted) by phone 1-800-464-4000 (TTY 711), kp.org,
   mail to the Southern California grievance address or in person; expedited grievance in 72 hours for a serious
   threat; the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) with IMR; the
   Health Consumer Alliance (1-888-804-3536); free copies of the guideline; taglines in fifteen languages.
   Distractors: the referral number, the physical therapy visit dates (and the therapist), the ordering doctor's fax,
   the imaging center and its ZIP, the printout timestamps, the date of birth.

   Which date is which: the letter date is the date line (the "Sent:" line of the portal printout, the "Notice
   date" field of the expedited notice); ``request_received`` and ``decision`` are in the grid, the opening sentence
   or the "Date: / Time:" pairs. The therapy visits and the printout timestamps are other dates; ``service`` is always
   null. Which name is the member: the addressee ("To:" on the printout). Which reason is the reason: the paragraph
   under the reason heading. The truth counts the one 72148 line; ``criteria_cited`` names the imaging guideline(s).

2. ``blind65_wa_ma_out_of_area_hernia_repair_claim``: a Kaiser Permanente Washington Medicare Advantage (plan_type
   ``medicare_advantage``, state WA) payment denial (``payment_denial``, category ``out_of_network``) of a claim for an
   outpatient inguinal hernia repair (CPT 49505, diagnosis K40.90) done by a non-plan surgery center while the member
   was traveling outside the service area, when it was neither emergency nor urgently needed care. The surgery
   center billed the claim (the requesting provider). Layouts: ``wa_ma_denial_of_payment_form`` (a Medicare-style
   "Notice of Denial of Payment" with numbered boxes), ``wa_ma_claim_line_table`` (a claim summary and a claim-line
   table with billed/allowed/paid columns and a remark-code legend) and ``wa_ma_member_letter_provider_copy`` (a
   letter to the member, then a provider copy on its own page). Medicare Advantage payment rights from the catalogue:
   a reconsideration within 60 days of the date of the notice (30 or 14 when ``notice.appeal_deadline`` is
   planted), in writing or by phone (Medicare members 1-888-901-4600, TTY 711), decided within 60 days, an adverse
   reconsideration sent on automatically to the Independent Review Entity, later levels, 1-800-MEDICARE
   (1-800-633-4227, TTY 1-877-486-2048), taglines. Distractors: the claim number, the billed and allowed amounts, the
   surgery center's tax ID and NPI, the surgeon, the member's travel dates, the pre-operative visit.

   Which date is which: the letter date is the date line or the "Date of this notice" field; ``request_received`` is
   the date the claim was received and ``service`` the date of surgery (the claim line, the opening or box 1);
   ``decision`` is the processed date when printed. The travel dates and the pre-operative visit are other dates.
   Which name is the member: the addressee / "Member name" field (the provider copy is addressed to the billing
   office). Which reason is the reason: the paragraph under the reason heading (box 2, or the remark code's
   explanation). The truth counts the one 49505 line; ``criteria_cited`` is always empty.

3. ``blind65_or_erisa_adolescent_residential_sud_concurrent``: a Kaiser Permanente Northwest (Oregon) ERISA group plan
   (plan_type ``erisa_group``, state OR) concurrent review (``termination_notice``, category ``medical_necessity``)
   that ends coverage of an adolescent's residential substance use treatment (HCPCS H2036; diagnosis F12.20) under
   the ASAM criteria, a step down to intensive outpatient care offered. The treating facility asked for more days
   (the requesting provider). Layouts: ``or_concurrent_review_letter`` (a letter to the parent with a "Re:" block),
   ``or_asam_dimensions_table`` (the letter with a table of the six ASAM dimensions) and
   ``or_fax_to_facility_member_copy`` (a fax to the facility with a numbered fax header on every page, then the
   member copy on its own page). Rights from the catalogue: an appeal within 180 days of receiving the notice (60 or
   90 when ``notice.appeal_deadline`` is planted), an urgent (expedited) appeal decided within 72 hours, external
   review by an independent review organization asked within 4 months of the final internal decision (45 CFR
   147.136; in Oregon through the Division of Financial Regulation, named without a number since the catalogue
   verifies none), expedited external review in 72 hours, EBSA 1-866-444-3272, the right to sue under ERISA section
   502(a), free copies of the documents and criteria, taglines. The catalogue verifies no Kaiser Northwest Member
   Services number: the review unit's own line prints. Distractors: the admission date, the last covered day, the
   facility's phone and fax, the parent (the addressee), the case manager and her phone, the intensive outpatient
   program, the date of birth.

   Which date is which: the letter date is the date line (the fax cover's "Date:" field); ``request_received`` is the
   day the facility's continued-stay request came and ``decision`` the day the reviewer decided (opening or fields);
   the admission date and the last covered day are distractors; ``service`` is always null. Which name is the member:
   the adolescent on the "Member:"/"Patient:" line, never the parent who is addressed. Which reason is the reason: the
   paragraph under the reason heading. The truth counts the one H2036 line and the ASAM criteria named.

Refused: ``process.emergency_prior_auth`` for the Medicare claim (the catalogue plants it only in an emergency
visit denied for lack of prior authorization; this claim is a planned out-of-area surgery) and
``notice.criteria_cited`` for the residential letter (the catalogue plants it only in non-behavioral
scenarios, and these letters are built on the ASAM criteria). Nothing else beyond what the catalogue rules out for
these plan types, kinds and categories (the California letter carries no external-review or expedited-review
omission: the catalogue does not plant them in a California Knox-Keene letter; the Medicare claim can carry only the
deadline and tagline omissions). When ``notice.reason_specific`` is planted in the residential letter the dimensions
table is not drawn (it would state the clinical facts the bare reason lacks).

Dates use this set's own styles (``b65date``): "March 14, 2026" (date lines), "Mar 14, 2026" (portal and body),
"14 March 2026" (a vendor's date line), "03/14/2026" (grid cells and fields), "2026-03-14" (printout timestamps and
claim systems), "14MAR2026" (claim-line cells), "Sat 14 Mar 2026" (a fax header) and "03-14-26" (table cells);
``parse_blind65_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import taglines as _taglines_of
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND65_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b65date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b65long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b65mon":  # Mar 14, 2026 (a portal's short month, no point)
        return f"{_MON3[d.month - 1]} {d.day}, {d.year}"
    if style == "b65dmy":  # 14 March 2026 (a vendor's date line, day first, no comma)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "b65num":  # 03/14/2026 (grid cells and form fields)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "b65iso":  # 2026-03-14 (printout timestamps, claim systems)
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "b65compact":  # 14MAR2026 (a claim line's cell)
        return f"{d.day:02d}{_MON3[d.month - 1].upper()}{d.year}"
    if style == "b65wkdmy":  # Sat 14 Mar 2026 (a fax machine's header)
        return f"{_WK3[d.weekday()]} {d.day:02d} {_MON3[d.month - 1]} {d.year}"
    if style == "b65mdyy":  # 03-14-26 (table cells: padded, two-digit year)
        return f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}"
    raise ValueError(style)


STYLES = ("b65long", "b65mon", "b65dmy", "b65num", "b65iso", "b65compact", "b65wkdmy", "b65mdyy")


def parse_blind65_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b65date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            if m[1] in MONTHS:
                return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2])) if m[1] in _MON3 else None
        m = re.fullmatch(r"([1-9]\d?) ([A-Z][a-z]+) (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1])) if m[2] in MONTHS else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{4})", t)
        if m:
            caps = [x.upper() for x in _MON3]
            return dt.date(int(m[3]), caps.index(m[2]) + 1, int(m[1])) if m[2] in caps else None
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2}) ([A-Z][a-z]{2}) (\d{4})", t)
        if m:
            if m[1] not in _WK3 or m[3] not in _MON3:
                return None
            d = dt.date(int(m[4]), _MON3.index(m[3]) + 1, int(m[2]))
            return d if _WK3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b65_fmt"] = w.pick(list(body))
    w.c.extra["b65_head"] = w.pick(list(head))
    w.c.extra["b65_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b65_fmt") -> str:
    if not day:
        return ""
    return b65date(day, w.c.extra[key] if key.startswith("b65_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b65_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(231, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _clock(w: W, lo: int = 7, hi: int = 18) -> str:
    h, m = w.rng.randint(lo, hi), w.rng.randint(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _close(w: W, b: list[Block], close: str, team: str, org: str) -> None:
    """The sign-off: the reviewer (marked) when one decided, else the team."""
    c = w.c
    b.append(w.p(close, space_before=10))
    r = c.reviewer
    if r:
        ln = M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else "")
        b.append(w.p(ln, space_before=14))
        title = c.reviewer_title
        if r["specialty"]:
            title += f", {M('REVIEWER_SPECIALTY', r['specialty'])}"
        b.append(w.p(title, space_before=0))
        if r["phone"]:
            b.append(w.p(f"Direct line: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
    else:
        b.append(w.p(team, space_before=14))
    b.append(w.p(org, space_before=0))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Tiene derecho a recibir ayuda gratuita en su idioma, incluso un intérprete. Llame al {ph}.",
    "zh": "中文：您有權免費獲得以您的語言提供的協助，包括口譯服務。請致電 {ph}。",
    "vi": "Tiếng Việt: Quý vị có quyền được trợ giúp miễn phí bằng ngôn ngữ của mình, kể cả thông dịch viên. "
          "Xin gọi {ph}.",
    "tl": "Tagalog: May karapatan kang makakuha ng libreng tulong sa iyong wika, kasama ang tagasalin. Tumawag sa "
          "{ph}.",
    "ko": "한국어: 귀하는 통역을 포함하여 귀하의 언어로 무료 도움을 받을 권리가 있습니다. {ph}번으로 연락하십시오.",
    "hy": "Հայերեն. Դուք իրավունք ունեք անվճար օգնություն ստանալու Ձեր լեզվով, այդ թվում՝ թարգմանիչ։ "
          "Զանգահարեք {ph}։",
    "fa": "فارسی: شما حق دارید به زبان خود، از جمله با مترجم شفاهی، به طور رایگان کمک بگیرید. با {ph} تماس بگیرید.",
    "ru": "Русский: Вы имеете право на бесплатную помощь на вашем языке, в том числе услуги переводчика. Звоните "
          "{ph}.",
    "ja": "日本語：通訳を含め、ご希望の言語で無料の支援を受けることができます。{ph} までお電話ください。",
    "ar": "العربية: يحق لك الحصول على مساعدة مجانية بلغتك، بما في ذلك مترجم فوري. اتصل على الرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਲੈਣ ਦਾ ਹੱਕ ਹੈ, ਦੁਭਾਸ਼ੀਏ ਸਮੇਤ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ខ្មែរ៖ អ្នកមានសិទ្ធិទទួលបានជំនួយដោយឥតគិតថ្លៃជាភាសារបស់អ្នក រួមទាំងអ្នកបកប្រែផ្ទាល់មាត់។ សូមហៅទៅលេខ {ph}។",
    "hmn": "Hmoob: Koj muaj cai tau kev pab dawb ua koj hom lus, xws li tus neeg txhais lus. Hu rau {ph}.",
    "hi": "हिंदी: आपको अपनी भाषा में मुफ़्त सहायता पाने का अधिकार है, जिसमें दुभाषिया भी शामिल है। {ph} पर फ़ोन करें।",
    "th": "ภาษาไทย: คุณมีสิทธิ์ได้รับความช่วยเหลือฟรีในภาษาของคุณ รวมถึงล่าม โทร {ph}",
    "uk": "Українська: Ви маєте право на безкоштовну допомогу вашою мовою, зокрема на перекладача. Телефонуйте "
          "{ph}.",
    "so": "Soomaali: Waxaad xaq u leedahay caawimaad bilaash ah oo luqaddaada ah, oo ay ku jirto turjubaan. Wac "
          "{ph}.",
    "ro": "Română: Aveți dreptul la ajutor gratuit în limba dumneavoastră, inclusiv la un interpret. Sunați la {ph}.",
    "am": "አማርኛ፦ አስተርጓሚን ጨምሮ በቋንቋዎ ነጻ እርዳታ የማግኘት መብት አለዎት። ወደ {ph} ይደውሉ።",
    "fr": "Français : Vous avez le droit d'obtenir gratuitement de l'aide dans votre langue, y compris un "
          "interprète. Appelez le {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "WA": ["es", "zh", "vi", "ko", "ru", "tl", "uk", "km", "ja", "am", "so", "ar", "pa", "ro", "fr"],
    "OR": ["es", "vi", "zh", "ru", "ko", "uk", "ar", "so", "ro", "ja", "km", "am", "tl", "fa", "hmn"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size)


# === 1. Southern California commercial HMO: lumbar MRI denied ======================================================

_S_MS = "1-800-464-4000"
_S_AREAS = ["626", "714", "909", "951", "619", "323", "562", "760"]
_S_ADDR = GRIEVANCE_ADDR["Southern California"]
_S_MRI = ["MRI lumbar spine without contrast", "Magnetic resonance imaging (MRI) of the lumbar spine, without contrast",
          "MRI of the low back (lumbar spine), no contrast"]
_S_DX = [("Low back pain, unspecified", "M54.50"), ("Radiculopathy, lumbar region", "M54.16")]
_S_CRIT = ["Kaiser Permanente Southern California Imaging Guideline: MRI of the Lumbar Spine",
           "American College of Radiology Appropriateness Criteria: Low Back Pain",
           "KP SCAL Regional Spine Care Pathway (Adult Low Back Pain)"]
_S_DOC_SPEC = ["Family Medicine", "Physical Medicine and Rehabilitation", "Internal Medicine"]
_S_REV_SPEC = ["Physical Medicine and Rehabilitation", "Diagnostic Radiology", "Orthopedic Surgery",
               "Family Medicine"]


def _s_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b65_s"):
        return
    c.extra["b65_s"] = True
    variant = 2 if c.urgency == "expedited" else w.rng.randrange(3)  # 0 grid, 1 portal printout, 2 expedited
    c.extra["s_variant"] = variant
    _fmt(w, ("b65long", "b65mon") if variant != 1 else ("b65mon",), ("b65long", "b65dmy"), ("b65num",))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "medical_necessity"
    untimely = _has(c, "process.decision_untimely")
    dec = c.decision or c.letter
    if variant == 2:
        c.urgency = "expedited"
        c.letter = dec
        if c.received or untimely:
            c.received = dec - dt.timedelta(days=w.rng.randint(4, 8) if untimely else w.rng.randint(0, 2))
    else:
        c.urgency = "standard"
        if c.received or untimely:
            c.received = D.add_business(dec, -(w.rng.randint(9, 16) if untimely else w.rng.randint(1, 4)))
    c.service = None
    c.services = [dict(text=w.pick(_S_MRI), codes=["72148"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _S_DX]
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, M.D.", f"Dr. {name}", f"{name}, DO"])
    c.extra["s_doc"] = (last, w.pick(_S_DOC_SPEC), _phone(w, _S_AREAS, 0))
    fac = w.pick(facilities("CA", "Southern California"))
    city = address(w.rng, "CA", "Southern California")[1]
    street = f"{w.rng.randint(100, 9899)} {w.pick(['Medical Center Dr', 'Vineyard Ave', 'Alessandro Blvd', 'Sunset Blvd'])}"
    c.extra["s_imaging"] = (f"{fac} - Diagnostic Imaging", street, city)
    c.extra["s_ref"] = w.pick([f"RF{w.rng.randint(10**7, 10**8 - 1)}", f"{w.rng.randint(100, 999)}-"
                                                                         f"{w.rng.randint(10**5, 10**6 - 1)}"])
    base = c.received or dec
    weeks = w.pick([3, 4])
    last_pt = base - dt.timedelta(days=w.rng.randint(3, 9))
    n_pt = w.pick([1, 2, 2, 3])
    c.extra["s_pt"] = [last_pt - dt.timedelta(days=7 * k) for k in range(n_pt)][::-1]
    c.extra["s_weeks"] = weeks
    c.extra["s_therapist"] = person(w.rng, 0.0)[0] + w.pick([", PT, DPT", ", DPT", ", PT"])
    c.extra["s_print"] = (c.letter + dt.timedelta(days=w.rng.randint(0, 5)), _clock(w))
    c.extra["s_times"] = (_clock(w, 7, 12), _clock(w, 12, 19))
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse Reviewer", "Referral Review Coordinator"], ["RN", "LVN", None])
        c.reviewer["phone"] = _phone(w, _S_AREAS, 0) if w.chance(0.7) else None
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(_S_REV_SPEC) if w.chance(0.65) else None,
                          phone=_phone(w, _S_AREAS, w.rng.randrange(2)) if w.chance(0.8) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Utilization Review Physician", "Associate Medical Director"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_S_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b65_s(w: W) -> str:
    _s_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The MRI is not medically necessary.", "This imaging does not meet medical necessity criteria."])
    pts = c.extra["s_pt"]
    weeks = c.extra["s_weeks"]
    visits = join_and([_fd(w, d) for d in pts])
    nv = {1: "one physical therapy visit", 2: "two physical therapy visits", 3: "three physical therapy visits"}[len(pts)]
    return w.pick([
        f"An MRI of the low back is approved when pain has lasted at least six weeks despite conservative care, such "
        f"as physical therapy, medicine and home exercise, or when there are warning signs such as new weakness, "
        f"loss of bladder or bowel control, fever or a history of cancer. The notes we received show back and leg "
        f"pain for about {weeks} weeks and {nv} ({visits}). They do not show six weeks of conservative care, and "
        f"they do not describe any warning signs.",
        f"Your doctor's notes describe low back pain going into one leg that began about {weeks} weeks before the "
        f"request. The records show {nv}, on {visits}, and no other treatment plan. Imaging of the lumbar spine "
        f"is covered when six weeks of conservative treatment have not helped, or sooner when there is a sign of "
        f"nerve damage that is getting worse, an infection or a tumor. Neither is documented, so the MRI is not "
        f"medically necessary at this time.",
    ])


def _s_dmhc(w: W) -> str:
    return w.pick([
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {_S_MS} "
        "(TTY 711) and use your health plan's grievance process before contacting the department. Utilizing this "
        "grievance procedure does not prohibit any potential legal rights or remedies that may be available to you. "
        "If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
        "resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may "
        "call the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If "
        "you are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a "
        "health plan related to the medical necessity of a proposed service or treatment, coverage decisions for "
        "treatments that are experimental or investigational in nature and payment disputes for emergency or urgent "
        "medical services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
        "(1-877-688-9891) for the hearing and speech impaired. The department's internet website www.dmhc.ca.gov has "
        "complaint forms, IMR application forms and instructions online.",
        "Health plans in California are regulated by the Department of Managed Health Care (DMHC). If you have a "
        f"complaint about your plan, call us first at {_S_MS} (TTY 711) and go through our grievance process before "
        "you contact the DMHC; using it does not take away any legal rights or remedies you may have. If your "
        "grievance involves an emergency, was not resolved to your satisfaction, or is still open after 30 days, "
        "you may call the DMHC for help. You may also qualify for an Independent Medical Review (IMR), an impartial "
        "review of a plan's decisions about the medical necessity of a proposed service or treatment, about "
        "experimental or investigational treatment, and about payment for emergency or urgent care. DMHC toll-free: "
        "1-888-466-2219; TDD for the hearing and speech impaired: 1-877-688-9891. Complaint forms, IMR applications "
        "and instructions are at www.dmhc.ca.gov.",
    ])


def _s_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(_S_ADDR)
    days = M("APPEAL_DAYS", c.appeal_phrase)
    head(w.pick(["Your right to file a grievance (appeal)", "If you disagree with this decision"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you name to act for you may file a grievance (also called an appeal) within "
        f"{days} of the date of this letter. Call Member Services at {_S_MS} (TTY 711), 24 hours a day, 7 days a "
        f"week (closed holidays); file online at kp.org; write to {addr}; or visit the Member Services office at "
        f"any Kaiser Permanente medical center. Send any new information from your doctor with your grievance.",
        f"To appeal, file a grievance within {days} from the date of this letter: by phone at {_S_MS} (TTY 711), "
        f"online at kp.org, in person at a Member Services office, or by mail to {addr}. A person you name, "
        f"including your doctor, may file it for you.",
    ])))
    b.append(w.p(w.pick([
        "Urgent grievances: if waiting could mean an imminent and serious threat to your health, including severe "
        "pain, possible loss of life, limb or major bodily function, ask for an expedited review. We will decide "
        "within 72 hours." + ("" if _has(c, "notice.dmhc_statement") else " You may also contact the Department "
                              "of Managed Health Care right away; you do not have to file with us first or wait "
                              "30 days."),
        "If your health could be seriously harmed by waiting the usual 30 days, say that your grievance is urgent. "
        "Urgent (expedited) grievances are decided within 72 hours.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(_s_dmhc(w), bold=True, size=12.0))
        b.append(w.p(w.pick([
            "You may ask the DMHC for an Independent Medical Review within 6 months after our written decision on "
            "your grievance. There is no cost to you for an IMR.",
            "An IMR application must reach the DMHC within 6 months of the date of our written grievance decision. "
            "IMR is free.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help with your grievance or an IMR is available from the Health Consumer Alliance, the DMHC's "
            "consumer assistance program: 1-888-804-3536.",
            "Consumer assistance: the Health Consumer Alliance can help you at no cost, 1-888-804-3536.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the guideline we used and of the documents and records on which this "
        "decision was based. Call Member Services.",
        "On request, we will send you free of charge the criteria used in this decision and copies of the records "
        "we reviewed.",
    ])))


def t_b65_s(w: W):
    _s_setup(w)
    c = w.c
    variant = c.extra["s_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 1 else ["helvetica"], [9.0, 9.5, 10.0], [48.0, 54.0, 60.0])
    mri = c.services[0]
    doc_last, doc_spec, doc_fax = c.extra["s_doc"]
    img, img_street, img_city = c.extra["s_imaging"]
    ref = c.extra["s_ref"]
    pts = c.extra["s_pt"]
    therapist = c.extra["s_therapist"]
    printed, ptime = c.extra["s_print"]
    t_rec, t_dec = c.extra["s_times"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.7))

    if variant == 1:
        st.header = [f"kp.org Message Center - printed {b65date(printed, 'b65iso')} {ptime}"]
        st.header_all_pages = True
        st.footer = [f"https://healthy.kaiserpermanente.org/southern-california/secure/messages   "
                     f"{b65date(printed, 'b65iso')} {ptime}   {{page}}/{{pages}}"]
        st.footer_align = "left"
        b.append(w.h("Message Center", size=st.size + 3, space_before=0))
        b.append(Block("keyed", rows=[["From:", "SCAL Utilization Management (please do not reply)"],
                                      ["To:", w.name()],
                                      ["Sent:", f"{_dm(w, 'DATE_LETTER', c.letter, 'b65_fmt')} {_clock(w, 8, 17)}"],
                                      ["Subject:", "Your doctor's request for an MRI - not approved"]],
                       space_before=6, size=st.size, side_w=0.18))
        b.append(w.p(f"Medical record number: {w.mid()}    Referral: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute},", space_before=8))
        intro = f"Your doctor, {prov}, asked us to approve {w.svc(mri)} ({w.code('72148')})."
        if rec:
            intro += f" We received the request on {rec}"
            intro += f" and made our decision on {dec}." if dec else "."
        elif dec:
            intro += f" We made our decision on {dec}."
        intro += " We did not approve it."
        b.append(w.p(intro))
        b.append(w.p(f"Diagnoses on the referral: {dxs}."))
    else:
        st.footer = [w.pick(["Kaiser Foundation Health Plan, Inc. - Southern California - page {page} of {pages}",
                             f"Referral {ref} | {{page}}/{{pages}}"])]
        st.footer_align = w.pick(["center", "right"])
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Southern California"],
                       right=["Kaiser Foundation Health Plan, Inc.", "Utilization Management - Referral Review",
                              f"Member Services {_S_MS} (TTY 711)"]))
        if variant == 2:
            b.append(w.h(w.pick(["EXPEDITED (72-HOUR) REVIEW: DECISION NOTICE", "URGENT REQUEST - NOTICE OF DECISION"]),
                         align="center", space_before=8, size=st.size + 1.5))
            b.append(Block("fields", rows=[["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b65_cell"),
                                            "Referral #:", ref],
                                           ["Request received - Date:", rec or "-", "Time:", t_rec if rec else "-"],
                                           ["Decision - Date:", dec or "-", "Time:", t_dec if dec else "-"]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Medical record number: {w.mid()}", space_before=6))
        else:
            b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b65_head"), space_before=10))
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        if variant == 2:
            b.append(w.p(f"{prov} asked us to review a request for {w.svc(mri)} ({w.pick(['CPT ', ''])}"
                         f"{w.code('72148')}) as urgent. We reviewed it on an expedited basis, which means within 72 "
                         f"hours. Our decision is that the MRI is not approved."))
            b.append(w.p(f"Diagnoses: {dxs}."))
        else:
            b.append(w.p(w.pick([
                "We reviewed your doctor's request for an imaging test of your lower back. The details are below. "
                "We have decided not to approve it.",
                "This letter tells you about a request your doctor sent us for an MRI. After our review, the request "
                "is not approved.",
            ])))
            head("Request details")
            b.append(Block("keyed", rows=[
                ["Member", w.name()],
                ["Medical record number", w.mid()],
                ["Referral number", ref],
                ["Requested by", f"{prov} ({doc_spec}); fax {doc_fax}"],
                ["Service requested", f"{w.svc(mri)}"],
                ["Procedure code", f"CPT {w.code('72148')}"],
                ["Diagnoses", dxs],
                ["Where", f"{img}, {img_street}, {img_city}"],
                ["Request received", rec or "-"],
                ["Decision date", dec or "-"],
                ["Decision", "Not approved"],
            ], space_before=4, size=st.size - 0.3, side_w=0.27))
    head(w.pick(["Why we made this decision", "The reason for our decision", "Reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        lead = w.pick(["We used ", "Guideline(s) applied: "])
        b.append(w.p(lead + join_and([M("CRITERIA", x) for x in c.criteria])
                     + (" to make this decision." if lead == "We used " else ".")))
    if c.reviewer:
        r = c.reviewer
        ln = _who(w, w.pick(["This decision was made by ", "The request was reviewed by "]))
        ln += f", {c.reviewer_title}."
        if r["phone"]:
            ln += (f" Your doctor may call {M('REVIEWER_PHONE', r['phone'])} to talk with the reviewer about this "
                   f"decision.")
        b.append(w.p(ln))
    pt_s = join_and([_fd(w, d) for d in pts])
    b.append(w.p(w.pick([
        f"We also looked at the physical therapy notes from {therapist} ({pt_s}).",
        f"The records included notes from your physical therapist, {therapist}, for the visit(s) of {pt_s}.",
    ])))
    b.append(w.p(w.pick([
        f"What you can do now: keep working with your doctor and physical therapist. If your pain continues after six "
        f"weeks of treatment, or if you have new weakness or numbness, your doctor may send a new request. The scan "
        f"would be done at {img}, {img_city}.",
        f"Your doctor can send a new request with updated notes. If it is approved, the MRI will be scheduled at "
        f"{img}, {img_street}, {img_city}.",
    ])))
    if variant == 2:
        b.append(w.p(f"Your doctor's office was told of this decision by phone. A copy of this notice was faxed to "
                     f"Dr. {doc_last} at {doc_fax}."))
    _s_rights(w, b, head)
    _close(w, b, w.pick(["Sincerely,", "Sincerely yours,"]), "Utilization Management Department",
           "Kaiser Foundation Health Plan, Inc., Southern California Region")
    b.append(w.p(f"cc: {c.provider}, {doc_spec} (fax {doc_fax})", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help at no cost: {_S_MS} (TTY 711).",
                             f"Interpreter services are free. Call {_S_MS} (TTY 711)."]), space_before=8))
    b += _taglines(w, "CA", _S_MS, w.pick([None, "Free language assistance"]))
    return b, st, ["scal_request_details_grid", "scal_portal_printout", "scal_expedited_notice"][variant]


BLIND65_TEMPLATES["blind65_scal_commercial_lumbar_mri_denied"] = (t_b65_s, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b65_s))
MODELED_ON["blind65_scal_commercial_lumbar_mri_denied"] = (
    "blind65: Kaiser Permanente Southern California commercial HMO denial of a lumbar spine MRI without contrast "
    "(72148) because six weeks of conservative care are not documented; a letter with a 'Request details' grid, a "
    "kp.org message-center printout with timestamps, or an expedited 72-hour notice with Date/Time pairs; 180-day "
    "grievance, 72-hour expedited grievance, DMHC statement and IMR, Health Consumer Alliance, free copies, taglines")


# === 2. Washington Medicare Advantage: out-of-area hernia repair claim ============================================

_WA_MED = "1-888-901-4600"
_WA_ADDR = GRIEVANCE_ADDR["Washington"]
_WA_AREAS = ["206", "253", "425", "509", "360"]
_WA_SVC = ["Inguinal hernia repair, initial", "Repair initial inguinal hernia, reducible",
           "Inguinal hernia repair, outpatient"]
_WA_DX = ("Unilateral inguinal hernia, without obstruction or gangrene", "K40.90")
_WA_AWAY = [("Desert Palms Surgery Center", "Scottsdale, AZ 85251", "480"),
            ("Gulf Breeze Ambulatory Surgical Center", "Sarasota, FL 34236", "941"),
            ("Red Cliffs Outpatient Surgery", "St. George, UT 84790", "435"),
            ("Sonoran Valley Surgical Hospital", "Mesa, AZ 85201", "480"),
            ("Lakewood Ranch Surgical Suites", "Bradenton, FL 34202", "941")]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b65_wa"):
        return
    c.extra["b65_wa"] = True
    variant = c.extra["wa_variant"] = w.rng.randrange(3)  # 0 denial-of-payment form, 1 claim lines, 2 letter + copy
    _fmt(w, ("b65long", "b65mon"), ("b65long", "b65dmy") if variant != 0 else ("b65num",),
         ("b65compact", "b65iso") if variant == 1 else ("b65num", "b65mdyy"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.category = "out_of_network"
    c.urgency = "standard"
    fac, city, area = w.pick(_WA_AWAY)
    c.provider = fac
    c.extra["wa_fac"] = (fac, city, f"({area}) {w.rng.randint(232, 968)}-{w.rng.randint(0, 9999):04d}")
    c.extra["wa_tin"] = f"{w.rng.randint(20, 98)}-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["wa_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["wa_surgeon"] = person(w.rng, 0.2)[0] + w.pick([", MD", ", DO", ", M.D."])
    billed = round(w.rng.uniform(6800, 14800), 2)
    c.services = [dict(text=w.pick(_WA_SVC), codes=["49505"], decision="denied", billed=billed)]
    c.money["total"] = billed
    c.diagnoses = [dict(text=_WA_DX[0], codes=[_WA_DX[1]])]
    c.criteria = []
    surg = c.service
    c.extra["wa_trip"] = (surg - dt.timedelta(days=w.rng.randint(20, 60)), surg + dt.timedelta(days=w.rng.randint(10, 45)))
    c.extra["wa_preop"] = surg - dt.timedelta(days=w.rng.randint(8, 20))
    c.extra["wa_claim"] = c.ids["claim"]
    c.extra["wa_remark"] = w.pick(["OA-N1", "CO-242", "PR-OOA"])
    if w.chance(0.45):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["General Surgery", "Internal Medicine", None]), phone=None)
        c.reviewer_title = w.pick(["Medical Director, Claims Review", "Physician Reviewer"])
    else:
        c.reviewer = None
    _flags(c)


def reason_b65_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    fac, city, _ = c.extra["wa_fac"]
    preop = _fd(w, c.extra["wa_preop"])
    return w.pick([
        f"{fac} in {city} is not a Kaiser Permanente plan provider, and {city.split(',')[0]} is outside our service "
        f"area. When you are away from the service area, our plan pays non-plan providers only for emergency care "
        f"and urgently needed care. The records sent with the claim show that the hernia repair was planned at a "
        f"surgery consultation on {preop} and was not an emergency or urgently needed, and we did not approve it "
        f"before it was done. For that reason we cannot pay this claim.",
        f"This surgery was done by a provider outside the Kaiser Permanente Washington network while you were "
        f"outside our service area. Out-of-network care away from home is covered only if it is emergency care or "
        f"urgently needed care. Your hernia was not obstructed or strangulated, and the surgery was scheduled ahead "
        f"of time after a visit on {preop}, so it was elective care that could have waited until you returned home "
        f"to get it from a plan provider.",
    ])


def _wa_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(_WA_ADDR)
    days = M("APPEAL_DAYS", c.appeal_phrase)
    head(w.pick(["Your right to appeal", "You have the right to ask us to reconsider"]))
    b.append(w.p(w.pick([
        f"If you disagree with this decision, you may ask us for a reconsideration (an appeal). Your request must "
        f"reach us within {days} from the date of this notice. Write to {addr}, or call Member Services for Medicare "
        f"members at {_WA_MED} (TTY 711). Include your name, member number and the claim number, and explain why you "
        f"think we should pay. You may send any records that support your appeal.",
        f"To appeal, ask for a reconsideration within {days} of the date of this notice. You may call {_WA_MED} "
        f"(TTY 711) or send a written request to {addr}. A relative, friend, doctor or lawyer may act for you as "
        f"your representative.",
    ])))
    b.append(w.p(w.pick([
        "We will decide a payment appeal within 60 days. If we do not decide fully in your favor, we will "
        "automatically send your case to an Independent Review Entity that contracts with Medicare; you do not have "
        "to ask. If you disagree with that review, there are further levels of appeal, including a hearing before an "
        "Administrative Law Judge, and we will explain them in writing.",
        "Payment reconsiderations are decided within 60 days. A decision that is not fully in your favor goes "
        "automatically to the Independent Review Entity for a new look. Later levels, such as an Administrative Law "
        "Judge hearing, are explained in the decision you receive.",
    ])))
    b.append(w.p(w.pick([
        "For help with Medicare questions, call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY "
        "users call 1-877-486-2048. You can also visit www.medicare.gov.",
        "Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov.",
    ])))


def t_b65_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 1 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [48.0, 54.0, 60.0])
    svc = c.services[0]
    fac, city, fac_ph = c.extra["wa_fac"]
    tin, npi, surgeon = c.extra["wa_tin"], c.extra["wa_npi"], c.extra["wa_surgeon"]
    claim, remark = c.extra["wa_claim"], c.extra["wa_remark"]
    leave, back = c.extra["wa_trip"]
    billed = svc["billed"]
    cell = c.extra["b65_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dos = _dm(w, "DATE_SERVICE", c.service)
    dx = w.dx(c.diagnoses[0], w.rng.randrange(3))
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Medicare Advantage - "
                         "Washington - {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.6, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Medicare Advantage"],
                   right=["Kaiser Foundation Health Plan of Washington", "Claims Administration",
                          f"Medicare member services {_WA_MED} (TTY 711)"]))
    who_got = w.pick([f"surgeon {surgeon}", f"{surgeon} (surgeon)"])
    if variant == 0:
        b.append(w.h("NOTICE OF DENIAL OF PAYMENT", align="center", space_before=8, size=st.size + 2.5))
        b.append(Block("fields", rows=[["Date of this notice:", _dm(w, "DATE_LETTER", c.letter, "b65_head"),
                                        "Claim number:", claim],
                                       ["Member name:", w.name(), "Member number:", w.mid()]],
                       space_before=8, size=st.size - 0.3))
        b.extend(w.p(x, space_before=0 if i else 8) for i, x in enumerate(c.member_addr))
        head("1. What we will not pay for")
        ln = f"{w.svc(svc)} ({w.pick(['CPT ', ''])}{w.code('49505')}), billed by {prov}, {city}"
        if dos:
            ln += f", on {dos}"
        ln += f". Performed by {who_got}; amount billed {_money(billed)}. Diagnosis: {dx}."
        b.append(w.p(ln))
        if rec or dec:
            b.append(w.p(" ".join(x for x in [f"We received the claim on {rec}." if rec else "",
                                              f"It was processed on {dec}." if dec else ""] if x)))
        head("2. Why we denied payment")
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(f"Our records show you were traveling from {_fd(w, leave)} to {_fd(w, back)}."))
        if c.reviewer:
            b.append(w.p(_who(w, "A physician reviewed the claim records: ", ".")))
        head("3. What this means for you")
        b.append(w.p(f"You may be billed up to {_money(billed)} by {fac} ({fac_ph}). If you already paid, keep your "
                     f"receipts in case your appeal is approved."))
        head("4. Your appeal rights")
        _wa_rights(w, b, lambda t: None)
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b65_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member number: {w.mid()}    Claim: {claim}", space_before=8, bold=variant == 2))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        if variant == 1:
            rec, dec, dos = (_dm(w, lab, day, "b65_cell") for lab, day in (
                ("DATE_RECEIVED", c.received), ("DATE_DECISION", c.decision), ("DATE_SERVICE", c.service)))
            b.append(w.p("We processed a claim for services you received while away from home. We are not able to pay "
                         "it. The claim is summarized below."))
            b.append(Block("fields", rows=[["Claim number:", claim, "Received:", rec or "-"],
                                           ["Billing provider:", prov, "Processed:", dec or "-"],
                                           ["Tax ID:", tin, "NPI:", npi]],
                           space_before=6, size=st.size - 0.5))
            b.append(Block("table", rows=[
                ["Line", "Service date", "Code", "Description", "Billed", "Allowed", "Paid", "Remark"],
                ["1", dos or "-", w.code("49505"), w.svc(svc), _money(billed), "$0.00", "$0.00", remark],
            ], space_before=6, size=st.size - 1.0, col_align=["left"] * 4 + ["right"] * 3 + ["left"]))
            b.append(w.p(f"Surgeon: {surgeon}; diagnosis on the claim: {dx}.", space_before=6))
            head(f"Remark {remark}: why this claim was denied")
            b.append(w.p(M("REASON", w.reason)))
            b.append(w.p(f"Travel dates you gave us: {b65date(leave, cell)} to {b65date(back, cell)}."))
        else:
            intro = f"We received a claim from {prov} in {city} for {w.svc(svc)} ({w.code('49505')})"
            intro += f" on {dos}" if dos else ""
            intro += f". The claim came to us on {rec}" if rec else ""
            intro += f" and was processed on {dec}." if dec and rec else (f". It was processed on {dec}." if dec else ".")
            b.append(w.p(intro + " We have denied payment."))
            b.append(w.p(f"Diagnosis: {dx}. Amount billed: {_money(billed)}."))
            head(w.pick(["Why we cannot pay", "Reason for denial"]))
            b.append(w.p(M("REASON", w.reason)))
            b.append(w.p(f"You told us you were in {city.split(',')[0]} from {_fd(w, leave)} until {_fd(w, back)}."))
        if c.reviewer:
            b.append(w.p(_who(w, "The claim records were reviewed by ", ".")))
        b.append(w.p(w.pick([
            f"Because the claim is denied, {fac} may bill you for the full amount of {_money(billed)}.",
            f"Kaiser Permanente will not pay any part of this bill. The provider's billing office is at {fac_ph}.",
        ])))
        _wa_rights(w, b, head)
    _close(w, b, w.pick(["Sincerely,", "Thank you,"]), "Claims Administration - Medicare",
           "Kaiser Foundation Health Plan of Washington")
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help and other formats: {_WA_MED} (TTY 711).",
                             f"Need an interpreter? It is free. Call {_WA_MED} (TTY 711)."]), space_before=8))
    b += _taglines(w, "WA", _WA_MED, w.pick([None, "Language assistance"]))
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h("PROVIDER COPY", align="center", space_before=0, size=st.size + 2))
        b.append(w.p(f"{fac} - Billing Office", space_before=8))
        b.append(w.p(city, space_before=0))
        b.append(Block("fields", rows=[["Patient:", c.member_name, "Member #:", c.member_id],
                                       ["Claim #:", claim, "Tax ID:", tin],
                                       ["Date of service:", b65date(c.service, cell) if c.service else "-",
                                        "NPI:", npi],
                                       ["Billed:", _money(billed), "Allowed:", "$0.00"]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Procedure {c.services[0]['codes'][0]}: payment denied. The member was outside the service area "
                     f"and the service was not emergency or urgently needed care. The member has been sent a notice "
                     f"of the appeal rights.", space_before=8))
        b.append(w.p(f"Provider questions: Kaiser Permanente Washington provider services, "
                     f"{_phone(w, _WA_AREAS, 1)}.", space_before=6))
    return b, st, ["wa_ma_denial_of_payment_form", "wa_ma_claim_line_table", "wa_ma_member_letter_provider_copy"][
        variant]


BLIND65_TEMPLATES["blind65_wa_ma_out_of_area_hernia_repair_claim"] = (t_b65_wa, dict(
    plans=["medicare_advantage"], states=["WA"], kinds=["payment_denial"], cats=["out_of_network"],
    reason=reason_b65_wa, refuse_defects=["process.emergency_prior_auth"]))
MODELED_ON["blind65_wa_ma_out_of_area_hernia_repair_claim"] = (
    "blind65: Kaiser Permanente Washington Medicare Advantage denial of payment for an inguinal hernia repair (49505) "
    "done by a non-plan surgery center out of the service area, not emergency or urgently needed care; a 'Notice of "
    "Denial of Payment' form, a claim-line table with remark code, or a member letter with a provider copy; 60-day "
    "reconsideration, 60-day payment appeal decision, automatic IRE review, 1-800-MEDICARE, taglines")


# === 3. Oregon ERISA group: adolescent residential SUD treatment ends (concurrent review) =========================

_OR_AREAS = ["503", "971"]
_OR_ADDR = GRIEVANCE_ADDR["Northwest"]
_OR_SVC = ["Adolescent residential substance use disorder treatment",
           "Residential treatment for substance use disorder, adolescent program",
           "Residential addiction treatment, adolescent, per diem"]
_OR_DX = [("Cannabis dependence, uncomplicated", "F12.20")]
_OR_FAC = [("Cedar Hollow Adolescent Recovery Center", "Bend, OR 97702", "541"),
           ("Willamette Ridge Youth Treatment Center", "Salem, OR 97301", "503"),
           ("High Desert Teen Recovery Lodge", "Redmond, OR 97756", "541"),
           ("Columbia Gorge Adolescent Residential Program", "Hood River, OR 97031", "541")]
_OR_CRIT = ["The ASAM Criteria, Third Edition", "ASAM Criteria (3rd edition), adolescent Level 3.5",
            "The ASAM Criteria, Fourth Edition"]
_OR_DIMS = [
    ("1. Intoxication / withdrawal", "No withdrawal signs; urine tests negative", "Low"),
    ("2. Biomedical", "No medical problems needing 24-hour care", "Low"),
    ("3. Emotional / behavioral", "Mood improved; no self-harm thoughts", "Low"),
    ("4. Readiness to change", "Attends all groups; sets own recovery goals", "Low"),
    ("5. Relapse potential", "Cravings managed with coping skills", "Moderate"),
    ("6. Recovery environment", "Parents engaged in family sessions", "Moderate"),
]


def _or_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b65_or"):
        return
    c.extra["b65_or"] = True
    variant = w.pick([0, 2]) if _bare(c) else w.rng.randrange(3)  # 0 letter, 1 ASAM table, 2 fax + member copy
    c.extra["or_variant"] = variant
    _fmt(w, ("b65long", "b65dmy"), ("b65long", "b65dmy"), ("b65num", "b65mdyy"))
    c.state, c.region = "OR", "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    c.category = "medical_necessity"
    dec = c.decision or c.letter
    if c.received:
        c.received = dec - dt.timedelta(days=w.rng.randint(0, 1))
    c.service = None
    c.services = [dict(text=w.pick(_OR_SVC), codes=["H2036"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _OR_DX]
    fac, city, area = w.pick(_OR_FAC)
    c.provider = fac
    c.extra["or_fac"] = (fac, city, f"({area}) {w.rng.randint(232, 968)}-{w.rng.randint(0, 9999):04d}",
                         f"({area}) {w.rng.randint(232, 968)}-{w.rng.randint(0, 9999):04d}")
    last = c.member_name.split()[-1]
    first = c.member_name.split()[0]
    c.extra["or_first"] = first
    c.extra["dob"] = dt.date((c.letter.year - w.rng.randint(14, 17)), w.rng.randint(1, 12), w.rng.randint(1, 28))
    pfirst = person(w.rng, 0.0)[1]
    c.extra["or_parent"] = f"{pfirst} {last}" if w.chance(0.7) else person(w.rng, 0.0)[0]
    c.member_salute = c.extra["or_parent"]
    c.extra["or_admit"] = dec - dt.timedelta(days=w.rng.randint(16, 30))
    c.extra["or_lastday"] = dec + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["or_cm"] = (person(w.rng, 0.0)[0] + w.pick([", LCSW", ", RN", ", LPC"]), _phone(w, _OR_AREAS, 0))
    c.extra["or_unit"] = (_phone(w, _OR_AREAS, 1), _phone(w, _OR_AREAS, 1))
    c.extra["or_iop"] = w.pick(["Kaiser Permanente Adolescent Chemical Dependency Intensive Outpatient Program",
                                "Adolescent Intensive Outpatient Program (Level 2.1), Kaiser Permanente Northwest"])
    c.extra["or_case"] = f"BH-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["or_time"] = _clock(w)
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Behavioral Health Utilization Reviewer", "Care Manager, Behavioral Health"],
                     ["LCSW", "RN", "LPC"])
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Addiction Medicine", "Child and Adolescent Psychiatry"])
                          if w.chance(0.7) else None,
                          phone=_phone(w, _OR_AREAS, 0) if w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Behavioral Health", "Medical Director, Behavioral Health"])
    c.criteria = [w.pick(_OR_CRIT)]
    _flags(c)


def reason_b65_or(w: W) -> str:
    _or_setup(w)
    c = w.c
    first = c.extra["or_first"]
    if _bare(c):
        return w.pick(["Continued residential treatment is not medically necessary.",
                       "The residential level of care no longer meets medical necessity criteria."])
    return w.pick([
        f"The facility's notes for the past week show that {first} has no withdrawal symptoms, has no medical "
        f"problems that need 24-hour care, has a steadier mood with no thoughts of self-harm, and takes part in every "
        f"group. The remaining risks, cravings and the return home, can be treated safely in an intensive outpatient "
        f"program with family therapy. Continued stay at residential Level 3.5 needs a risk that cannot be managed at "
        f"a lower level of care, and the records do not show one.",
        f"For residential care to continue, at least one area of risk must still need 24-hour structure. {first}'s "
        f"latest records show no withdrawal, stable health, good participation and a clear relapse-prevention plan, "
        f"and the family is taking part in sessions. These needs can now be met at a lower level of care (intensive "
        f"outpatient, Level 2.1), so more residential days are not medically necessary.",
    ])


def _or_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    unit, _fax = c.extra["or_unit"]
    addr = ", ".join(_OR_ADDR)
    days = M("APPEAL_DAYS", c.appeal_phrase)
    head(w.pick(["Your appeal rights", "How to appeal"]))
    b.append(w.p(w.pick([
        f"You, {c.extra['or_first']}, or someone you authorize may appeal this decision within {days} after you "
        f"receive this letter. Call the Behavioral Health review unit at {unit} (TTY 711) or write to {addr}. You may "
        f"send written comments, records and other information, and you may ask for free copies of all documents, "
        f"records and criteria relevant to this decision, including the ASAM criteria.",
        f"To appeal, contact us within {days} of receiving this notice: by phone at {unit} (TTY 711) or in writing to "
        f"{addr}. Free of charge, you may ask for copies of every document, record and guideline we relied on, and "
        f"you may submit information for us to consider.",
    ])))
    b.append(w.p(w.pick([
        "Because this decision concerns ongoing residential care, you may ask for an urgent (expedited) appeal. We "
        "will decide an urgent appeal within 72 hours. The facility's physician may ask for it for you.",
        "Urgent appeal: if waiting could seriously harm your child's health, ask for an expedited appeal by phone; "
        "we decide it within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If our appeal decision still denies coverage, you may ask for an external review by an independent "
            "review organization at no cost to you. Ask within 4 months after you receive our final internal appeal "
            "decision (45 CFR 147.136). In Oregon, external review for insured group plans is arranged through the "
            "Oregon Division of Financial Regulation. In urgent cases an expedited external review is decided within "
            "72 hours.",
            "External review: after our final internal decision, an independent review organization can review the "
            "case for free. The request must be made within 4 months of receiving that decision (45 CFR 147.136); "
            "Oregon's program is overseen by the Oregon Division of Financial Regulation. Expedited external reviews "
            "are decided within 72 hours.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Questions about your rights under an employer plan may be directed to the Employee Benefits Security "
            "Administration, U.S. Department of Labor, at 1-866-444-3272.",
            "Help is also available from the Employee Benefits Security Administration (1-866-444-3272).",
        ])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
        "Security Act (ERISA) after you complete the appeal process.",
        "After the appeal process, you have the right to file a lawsuit under ERISA section 502(a).",
    ])))


def t_b65_or(w: W):
    _or_setup(w)
    c = w.c
    variant = c.extra["or_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 2 else ["courier", "helvetica"], [9.0, 9.5, 10.0],
                [50.0, 56.0, 62.0])
    svc = c.services[0]
    fac, city, fac_ph, fac_fax = c.extra["or_fac"]
    parent = c.extra["or_parent"]
    first = c.extra["or_first"]
    admit, lastday = c.extra["or_admit"], c.extra["or_lastday"]
    cm, cm_ph = c.extra["or_cm"]
    unit, unit_fax = c.extra["or_unit"]
    iop, case = c.extra["or_iop"], c.extra["or_case"]
    cell = c.extra["b65_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dx = w.dx(c.diagnoses[0], w.rng.randrange(3))
    urgent = c.urgency == "expedited"
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.6))

    def letterhead() -> None:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Northwest"],
                       right=["Kaiser Foundation Health Plan of the Northwest", "Behavioral Health Utilization Review",
                              f"Phone {unit}  Fax {unit_fax}"]))

    def opening(third: bool) -> str:
        s = f"{prov} asked us to cover more days of {w.svc(svc)} ({w.pick(['HCPCS ', ''])}{w.code('H2036')}) for " \
            f"{first if not third else 'the member'}, who was admitted on {_fd(w, admit)}."
        if rec:
            s += f" We received the continued-stay request on {rec}"
            s += f" and decided it on {dec}." if dec else "."
        elif dec:
            s += f" We decided the request on {dec}."
        if urgent:
            s += " We handled it as an urgent (expedited) review."
        return s

    if variant == 2:
        fax_date = b65date(c.letter, "b65wkdmy")
        st.header = [f"{fax_date} {c.extra['or_time']}  FROM: KP NW BH REVIEW {unit_fax}  TO: {fac_fax}  "
                     f"P. {{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        st.footer = ["CONFIDENTIAL: protected health information. If you received this fax in error, call "
                     f"{unit} and destroy it."]
        b.append(w.h("FAX - CONCURRENT REVIEW DETERMINATION", align="center", space_before=4, size=st.size + 2))
        b.append(Block("fields", rows=[["To:", f"Utilization Review, {fac}", "Fax:", fac_fax],
                                       ["From:", "Behavioral Health Utilization Review", "Phone:", unit],
                                       ["Date:", _dm(w, "DATE_LETTER", c.letter, "b65_cell"), "Case #:", case]],
                       space_before=8, size=st.size - 0.4))
        b.append(Block("fields", rows=[["Patient:", w.name(), "MRN:", w.mid()],
                                       ["Date of birth:", b65date(c.extra["dob"], cell), "Admitted:",
                                        b65date(admit, cell)],
                                       ["Last covered day:", b65date(lastday, cell), "Level of care:", "ASAM 3.5"]],
                       space_before=6, size=st.size - 0.4))
        b.append(w.p(opening(True), space_before=8))
        b.append(w.p(f"Diagnosis: {dx}."))
        head("Determination: continued stay not authorized")
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(f"Criteria: {M('CRITERIA', c.criteria[0])}."))
        if c.reviewer:
            ln = _who(w, "Reviewer: ")
            if c.reviewer["phone"]:
                ln += f". Peer-to-peer discussion: {M('REVIEWER_PHONE', c.reviewer['phone'])}"
            b.append(w.p(ln + "."))
        b.append(w.p(f"Coverage continues through {_fd(w, lastday)}. Discharge planning: please coordinate with "
                     f"{cm}, case manager, {cm_ph}. Referral made to {iop}."))
        b.append(w.p("The member's appeal rights are in the member copy that follows; the parent or guardian was "
                     "mailed the same notice.", italic=True))
        b.append(Block("pagebreak"))
        b.append(w.h("MEMBER COPY", align="center", space_before=0, size=st.size + 2))
    letterhead()
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b65_head") if variant != 2 else _fd(w, c.letter, "b65_head"),
                 space_before=10))
    b.append(w.p(f"To the parent or guardian of {c.member_name if variant == 2 else w.name()}", space_before=10))
    b.append(w.p(parent, space_before=0))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    if variant != 2:
        b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Facility:", fac, "Phone:", fac_ph],
                                       ["Admitted:", b65date(admit, cell), "Last covered day:",
                                        b65date(lastday, cell)]],
                       space_before=8, size=st.size - 0.4))
    else:
        b.append(w.p(f"Re: {c.member_name}, member ID {c.member_id}; {fac}", space_before=8, bold=True))
    b.append(w.p(f"Dear {parent}:", space_before=10))
    if variant != 2:
        b.append(w.p(opening(False)))
        b.append(w.p(f"Diagnosis: {dx}."))
    b.append(w.p(w.pick([
        f"We have decided that residential treatment is no longer medically necessary. Coverage of the residential "
        f"stay ends after {_fd(w, lastday)}.",
        f"Our decision: the plan will not cover residential days after {_fd(w, lastday)}. {first} can continue "
        f"treatment in an intensive outpatient program.",
    ])))
    head(w.pick(["Why coverage is ending", "Reason for our decision"]))
    if variant == 2:
        b.append(w.p(w.reason))
        b.append(w.p(f"We applied {c.criteria[0]}."))
    else:
        b.append(w.p(M("REASON", w.reason)))
        if variant == 1:
            b.append(w.p(f"How {first}'s records compare with the ASAM dimensions:", space_before=6))
            b.append(Block("table", rows=[["ASAM dimension", "What the records show", "Risk"]]
                           + [list(r) for r in _OR_DIMS], space_before=4, size=st.size - 1.0))
        b.append(w.p(w.pick(["We used ", "The criteria applied were "]) + M("CRITERIA", c.criteria[0]) + "."))
        if c.reviewer:
            ln = _who(w, w.pick(["This decision was made by ", "The reviewer was "]))
            ln += f", {c.reviewer_title}."
            if c.reviewer["phone"]:
                ln += f" The treating doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} for a peer-to-peer " \
                      f"discussion."
            b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"Next steps: {cm}, your case manager, can help set up {iop}. Call {cm_ph}. You may reach {fac} at {fac_ph}.",
        f"Your case manager, {cm} ({cm_ph}), has sent a referral to {iop}. The facility ({fac_ph}) will plan the "
        f"discharge with you.",
    ])))
    _or_rights(w, b, head)
    if variant == 2:
        b.append(w.p("Sincerely,", space_before=10))
        b.append(w.p("Behavioral Health Utilization Review", space_before=14))
        b.append(w.p("Kaiser Foundation Health Plan of the Northwest", space_before=0))
    else:
        _close(w, b, "Sincerely,", "Behavioral Health Utilization Review",
               "Kaiser Foundation Health Plan of the Northwest")
        b.append(w.p(f"cc: {fac}, Utilization Review (fax {fac_fax})", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {unit} (TTY 711).",
                             f"Language help is free. Call {unit} (TTY 711)."]), space_before=8))
    b += _taglines(w, "OR", unit, w.pick([None, "Help in your language"]))
    return b, st, ["or_concurrent_review_letter", "or_asam_dimensions_table", "or_fax_to_facility_member_copy"][variant]


BLIND65_TEMPLATES["blind65_or_erisa_adolescent_residential_sud_concurrent"] = (t_b65_or, dict(
    plans=["erisa_group"], states=["OR"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b65_or, refuse_defects=["notice.criteria_cited"]))
MODELED_ON["blind65_or_erisa_adolescent_residential_sud_concurrent"] = (
    "blind65: Kaiser Permanente Northwest (Oregon) ERISA group concurrent review ending coverage of an adolescent's "
    "residential substance use treatment (H2036) under the ASAM criteria; a concurrent review letter to the parent, "
    "a letter with an ASAM dimensions table, or a fax to the facility with a member copy; 180-day appeal, 72-hour "
    "urgent appeal, external review in 4 months (45 CFR 147.136, Oregon DFR), EBSA, ERISA 502(a), free copies, "
    "taglines")
