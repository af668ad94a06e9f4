"""Sixty-eighth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND68_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind68_co_medicaid_power_scooter_denied")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind68_wa_erisa_pediatric_epilepsy_referral_out_of_network``: a Kaiser Permanente Washington employer group
   plan (plan_type ``erisa_group``, state WA, region Washington) pre-service denial (``initial_denial``, category
   ``out_of_network``) of a referral to an outside children's hospital for a pediatric epilepsy surgery evaluation:
   a new-patient visit with the outside epileptologist (CPT 99205) and, on most letters, inpatient video-EEG
   monitoring (CPT 95720). Diagnosis G40.219, G40.119 or G40.919, with G93.81 on some letters. The plan has a
   pediatric epileptologist in its network and a visit with her is already scheduled (the valid ground). The request
   came from the child's neurologist on most letters (always on the fax); on the others the parent asked (then
   ``requesting_provider`` is null). Some are urgent (a 72-hour decision). Layouts: ``wa_family_letter`` (a
   letterhead letter to the parent), ``wa_referral_determination_grid`` (a referral determination form with fill-in
   fields and a grid of the requested lines with their determination) and ``wa_provider_fax`` (a fax to the
   referring neurologist: a transmittal block, a numbered page header, the decision, then the family's rights as
   "sent to the family"). ERISA rights from the catalogue: an appeal within 180 days of receiving the notice (60 or
   90 when ``notice.appeal_deadline`` is planted), an urgent appeal decided within 72 hours, a standard pre-service
   appeal within 30 days, free copies of the documents, external review within 4 months of the final internal
   decision (45 CFR 147.136), the right to sue under ERISA section 502(a), EBSA 1-866-444-3272, Kaiser Washington
   Member Services 1-888-901-4636 (TTY 711), taglines. Distractors: the parent (the addressee), the child's date of
   birth, the dates of the routine EEG, the ambulatory EEG and the brain MRI, the outside hospital with its street
   address, ZIP and phone, the outside epileptologist named on the referral, the plan epileptologist offered with the
   date and time of the scheduled visit, the referral number, the group number and employer, the fax numbers.

   Which date is which: the letter date is the date line (the "Date issued" field on the form, the "Date:" line of
   the fax transmittal); ``request_received`` and ``decision`` are stated in the opening or the fields. The EEG and MRI
   dates, the date of birth and the scheduled visit are other dates; ``service`` is always null (nothing was given).
   Which name is the member: the child on the "Patient"/"Member" line, never the parent. Which reason is the reason:
   the paragraph under the heading that says why the referral is not approved. The truth counts the outside lines
   (99205, and 95720 when printed), never the in-network visit; ``criteria_cited`` is always empty (the letter cites
   the plan's network provision, not a guideline); the reviewer is the physician who decided, null when the letter is
   signed by the referral team.

2. ``blind68_nca_commercial_pulmonary_rehab_sessions_partial``: a Kaiser Permanente Northern California commercial
   HMO (plan_type ``commercial_hmo``, state CA) partial approval (``partial_denial``, category ``medical_necessity``,
   always ``standard``) of an outpatient pulmonary rehabilitation course (HCPCS G0424): of 24 or 36 sessions asked
   for, the first 12 or 18 (or 24) are approved and the rest are not. On some letters a six-minute walk test at the
   end of the approved block (CPT 94618) is a second request line, approved. Diagnosis J44.9, with J96.11 or Z99.81
   on some letters. The request came from the member's pulmonologist on most letters; on the others the letter does
   not say who asked (then ``requesting_provider`` is null). Layouts: ``nca_sessions_table_letter`` (a letter with a
   table of sessions asked for, approved and not approved), ``nca_at_a_glance_sidebar`` (a letter whose opening sits
   beside a shaded "At a glance" box) and ``nca_notice_with_rights_page`` (a one-page decision notice with a keyed
   summary, then a separate page "Your grievance rights"). Rights from the catalogue: a grievance within 180 days (30
   or 60 when ``notice.appeal_deadline`` is planted) by phone 1-800-464-4000 (TTY 711), kp.org, mail to the Northern
   California grievance address or in person; a 30-day grievance decision; an expedited grievance decided within 72
   hours with the right to call the DMHC right away; the DMHC statement in 12-point bold (1-888-466-2219, TDD
   1-877-688-9891, www.dmhc.ca.gov, IMR within 6 months); the Health Consumer Alliance (1-888-804-3536); taglines in
   fifteen languages. Distractors: the approved sessions (same code, printed as approved), the spirometry (CPT 94010,
   its date, FEV1 in liters and percent predicted, the FEV1/FVC ratio), the six-minute walk distance and oxygen
   saturation, the rehabilitation center with its address, ZIP and phone, its intake respiratory therapist and the
   date of the intake assessment, the first session date and the end of the approved period, the authorization number.

   Which date is which: the letter date is the date line; ``request_received`` and ``decision`` are stated in the
   opening (or the keyed summary). The spirometry and intake dates, the first session and the end of the approved
   period are other dates; ``service`` is always null. Which name is the member: the addressee. Which reason is the
   reason: the paragraph under the heading that says why the rest of the sessions are not approved (a bare sentence
   when ``notice.reason_specific`` is planted). The truth counts the G0424 line (approved in part) and, when printed,
   the 94618 line (approved), never 94010; ``criteria_cited`` holds the guideline(s) the letter says it applied
   (empty when ``notice.criteria_cited`` or ``notice.reason_specific`` is planted); the reviewer is the physician (or,
   when ``process.reviewer_not_physician`` is planted, the nurse reviewer) who decided.

3. ``blind68_co_medicaid_power_scooter_denied``: a Kaiser Permanente Colorado Health First Colorado (plan_type
   ``medicaid``, state CO, region Colorado) denial (``initial_denial``, always ``standard``) of a power-operated
   vehicle (a three- or four-wheel scooter, HCPCS E1230, one line). The category is ``medical_necessity`` on some
   letters (the home assessment shows the member walks in the home with her walker and cannot safely work a scooter's
   tiller, or the home cannot fit one) and ``not_covered`` on others (the scooter is asked for to get around outside
   the home; the member handbook covers power mobility only for getting around in the home). Diagnosis M17.0 or
   M16.0 (osteoarthritis), with I50.32 or E66.01 on some letters. The ordering physician asked on most letters; on
   the others the member asked (then ``requesting_provider`` is null). Layouts: ``co_adverse_determination_checkboxes``
   (a notice of adverse benefit determination with fill-in fields and check boxes), ``co_plain_letter`` and
   ``co_letter_with_rights_pages`` (a letter followed by question-and-answer rights pages). Medicaid rights from the
   catalogue: an appeal within 60 days of the date on the notice (30 or 15 when ``notice.appeal_deadline`` is
   planted), decided within 30 days, a 72-hour expedited appeal, the continuation-of-benefits paragraph (10 days or
   before the change takes effect; the member may have to pay), a State Fair Hearing after the plan's appeal (or
   without waiting when the plan decides late), free copies of the records and criteria, Member Services 303-338-3800
   and 1-888-681-7878 (TTY 711), the Colorado appeals address, taglines. Distractors: the DME supplier with its NPI,
   phone and fax, the physical therapist and the date of her home assessment, the cane (E0100) and the wheeled walker
   (E0143) the member already has, the care coordinator with her phone, the member's date of birth, the prior
   authorization number.

   Which date is which: the letter date is the date line (the "Notice date" field on the form); ``request_received``
   and ``decision`` are stated in the opening or the fields. The home assessment and the date of birth are other
   dates; ``service`` is always null. Which name is the member: the addressee. Which reason is the reason: the
   paragraph under the reason heading. The truth counts E1230 only, never E0100 or E0143; ``criteria_cited`` holds
   the guideline(s) named on medical-necessity letters (empty on ``not_covered`` letters, which cite the member
   handbook); the reviewer is the physician (or the planted non-physician) who decided, null when a not-covered
   letter is signed by the utilization management team.

Refused: ``mh_parity.non_association_criteria`` for the pulmonary rehabilitation letter (it is not a mental-health
service). Every other rule the catalogue allows for these plan types, kinds and categories is planted. Dates use this
set's own styles (``b68date``): "March 14, 2026" (date lines and prose), "Saturday, March 14, 2026" (a family
letter's date line), "14 March 2026" (a fax's transmittal), "Sept. 3, 2025" (AP style, prose), "14-Mar-2026" and
"03/14/26" (fields and cells) and "03.14.2026" (a form's cells); ``parse_blind68_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import taglines as _taglines_of
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W

BLIND68_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b68date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b68long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b68wkfull":  # Saturday, March 14, 2026 (a family letter's date line)
        return f"{_WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b68dmylong":  # 14 March 2026 (a fax transmittal)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "b68ap":  # Sept. 3, 2025 / March 14, 2026 (newspaper style: short months abbreviated with a point)
        return f"{_AP[d.month - 1]} {d.day}, {d.year}"
    if style == "b68dmon":  # 14-Mar-2026 (fields and cells)
        return f"{d.day:02d}-{_MON3[d.month - 1]}-{d.year}"
    if style == "b68mdy2":  # 03/14/26 (fields and cells: padded, two-digit year)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "b68dotted":  # 03.14.2026 (a form's cells)
        return f"{d.month:02d}.{d.day:02d}.{d.year}"
    raise ValueError(style)


STYLES = ("b68long", "b68wkfull", "b68dmylong", "b68ap", "b68dmon", "b68mdy2", "b68dotted")


def parse_blind68_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b68date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(?:([A-Z][a-z]+day), )?([A-Z][a-z]+\.?) ([1-9]\d?), (\d{4})", t)
        if m:
            wk, name = m[1], m[2]
            if name in MONTHS:
                mon = MONTHS.index(name) + 1
            elif name in _AP and not wk:
                mon = _AP.index(name) + 1
            else:
                return None
            d = dt.date(int(m[4]), mon, int(m[3]))
            return d if not wk or _WEEKDAYS[d.weekday()] == wk else None
        m = re.fullmatch(r"([1-9]\d?) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b68_fmt"] = w.pick(list(body))
    w.c.extra["b68_head"] = w.pick(list(head))
    w.c.extra["b68_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b68_fmt") -> str:
    if not day:
        return ""
    return b68date(day, w.c.extra[key] if key.startswith("b68_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b68_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(221, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _signoff(w: W, b: list[Block], close: str, team: str, org: list[str]) -> None:
    """Closing lines: the deciding reviewer (marked) when the letter names one, else the team that sends it."""
    c = w.c
    b.append(w.p(close, space_before=10))
    r = c.reviewer
    if r:
        line = M("REVIEWER_NAME", r["name"])
        if r["credentials"]:
            line += ", " + M("REVIEWER_CRED", r["credentials"])
        b.append(w.p(line, space_before=16))
        role = c.reviewer_title
        if r["specialty"]:
            role = f"{role} ({M('REVIEWER_SPECIALTY', r['specialty'])})"
        b.append(w.p(role, space_before=0))
        if r["phone"]:
            b.append(w.p(f"To talk with the reviewer: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
    else:
        b.append(w.p(team, space_before=16))
    for x in org:
        b.append(w.p(x, space_before=0))


# taglines written for this set: a question and an offer; {ph} is the number the letter prints
_TAG = {
    "es": "Español: ¿Necesita ayuda con esta carta en su idioma? Los servicios de interpretación y traducción son "
          "gratuitos. Llame al {ph}.",
    "zh": "中文：您是否需要以您的語言協助閱讀本信？口譯和翻譯服務均免費。請致電 {ph}。",
    "vi": "Tiếng Việt: Quý vị có cần trợ giúp về thư này bằng ngôn ngữ của mình không? Dịch vụ thông dịch và biên "
          "dịch đều miễn phí. Vui lòng gọi {ph}.",
    "tl": "Tagalog: Kailangan mo ba ng tulong sa sulat na ito sa iyong wika? Libre ang pag-interpret at pagsasalin. "
          "Tumawag sa {ph}.",
    "ko": "한국어: 이 편지를 귀하의 언어로 이해하는 데 도움이 필요하십니까? 통역 및 번역 서비스는 무료입니다. {ph}번으로 "
          "전화하십시오.",
    "hy": "Հայերեն. Ձեզ օգնություն պե՞տք է այս նամակի հետ ձեր լեզվով։ Բանավոր և գրավոր թարգմանությունն անվճար է։ "
          "Զանգահարեք {ph}։",
    "fa": "فارسی: آیا برای این نامه به زبان خودتان کمک لازم دارید؟ خدمات ترجمه شفاهی و کتبی رایگان است. با {ph} تماس بگیرید.",
    "ru": "Русский: Нужна помощь с этим письмом на вашем языке? Услуги устного и письменного перевода бесплатны. "
          "Звоните по номеру {ph}.",
    "ja": "日本語：この手紙について、ご自分の言語でのサポートが必要ですか。通訳・翻訳サービスは無料です。{ph} にお電話ください。",
    "ar": "العربية: هل تحتاج إلى مساعدة بلغتك بخصوص هذه الرسالة؟ خدمات الترجمة الفورية والتحريرية مجانية. اتصل على {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਕੀ ਤੁਹਾਨੂੰ ਇਸ ਚਿੱਠੀ ਲਈ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਦੀ ਲੋੜ ਹੈ? ਦੁਭਾਸ਼ੀਆ ਅਤੇ ਅਨੁਵਾਦ ਸੇਵਾਵਾਂ ਮੁਫ਼ਤ ਹਨ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ តើអ្នកត្រូវការជំនួយជាភាសារបស់អ្នកសម្រាប់លិខិតនេះទេ? សេវាបកប្រែផ្ទាល់មាត់ និងសរសេរ គឺឥតគិតថ្លៃ។ "
          "សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "Hmoob: Koj puas xav tau kev pab txog tsab ntawv no ua koj hom lus? Kev txhais lus yog pub dawb. "
           "Hu rau {ph}.",
    "hi": "हिंदी: क्या आपको इस पत्र के लिए अपनी भाषा में सहायता चाहिए? दुभाषिया और अनुवाद सेवाएँ मुफ़्त हैं। {ph} पर कॉल करें।",
    "th": "ไทย: คุณต้องการความช่วยเหลือเกี่ยวกับจดหมายฉบับนี้เป็นภาษาของคุณหรือไม่ บริการล่ามและการแปลไม่มีค่าใช้จ่าย โทร {ph}",
    "so": "Soomaali: Ma u baahan tahay caawimaad ku saabsan warqaddan oo ku qoran luqaddaada? Turjumaadda afka iyo "
          "qoraalka waa lacag la'aan. Wac {ph}.",
    "uk": "Українська: Потрібна допомога з цим листом вашою мовою? Послуги усного та письмового перекладу "
          "безкоштовні. Телефонуйте {ph}.",
    "am": "አማርኛ፦ ስለዚህ ደብዳቤ በቋንቋዎ እርዳታ ይፈልጋሉ? የአስተርጓሚ እና የትርጉም አገልግሎቶች ነጻ ናቸው። በ{ph} ይደውሉ።",
    "ne": "नेपाली: के तपाईंलाई यो पत्रबारे आफ्नो भाषामा सहायता चाहिन्छ? दोभाषे र अनुवाद सेवाहरू निःशुल्क छन्। "
          "{ph} मा फोन गर्नुहोस्।",
    "fr": "Français : Avez-vous besoin d'aide dans votre langue pour cette lettre ? Les services d'interprétation et "
          "de traduction sont gratuits. Appelez le {ph}.",
    "de": "Deutsch: Benötigen Sie Hilfe zu diesem Schreiben in Ihrer Sprache? Dolmetsch- und Übersetzungsdienste "
          "sind kostenlos. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "uk", "tl", "am", "ar", "pa", "km"],
    "CO": ["es", "vi", "zh", "ru", "ko", "am", "ar", "ne", "fr", "de", "tl", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size)


def _standard(w: W, ca: bool) -> None:
    """A kind of request that is never urgent: make the letter standard, and keep a planted late decision late by
    the standard clock (5 business days in California, 14 calendar days for Medicaid)."""
    c = w.c
    if c.urgency == "standard":
        return
    c.urgency = "standard"
    if "process.decision_untimely" in c.defects and c.decision:
        c.received = (D.add_business(c.decision, -w.rng.randint(9, 18)) if ca
                      else c.decision - dt.timedelta(days=w.rng.randint(16, 30)))


# === 1. Washington ERISA group: outside pediatric epilepsy surgery evaluation ======================================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "425", "253", "360"]
_WA_ADDR = GRIEVANCE_ADDR["Washington"]
_WA_CONSULT = ["New patient evaluation, pediatric epilepsy surgery program",
               "Epilepsy surgery evaluation visit, outside epileptologist (new patient)",
               "Initial consultation, comprehensive pediatric epilepsy center"]
_WA_VEEG = ["Inpatient video-EEG monitoring, each 12 to 26 hours",
            "Video EEG monitoring in an epilepsy monitoring unit (per 12-26 hours)",
            "Continuous video-EEG recording with review, each 12-26 hour period"]
_WA_DX1 = [("Localization-related symptomatic epilepsy with complex partial seizures, intractable, without status "
            "epilepticus", "G40.219"),
           ("Localization-related symptomatic epilepsy with simple partial seizures, intractable, without status "
            "epilepticus", "G40.119"),
           ("Epilepsy, unspecified, intractable, without status epilepticus", "G40.919")]
_WA_DX2 = ("Temporal sclerosis", "G93.81")
_WA_OUTSIDE = [
    ("Cascade Regional Children's Hospital", "Comprehensive Epilepsy Program", "4810 NE Larkspur Way",
     "Seattle, WA 98105", "206"),
    ("Inland Northwest Children's Medical Center", "Pediatric Epilepsy Surgery Clinic", "1120 S Cedar Bluff Street",
     "Spokane, WA 99204", "509"),
    ("Columbia River Children's Hospital", "Center for Childhood Epilepsy", "3377 SW Terrace Hill Road",
     "Portland, OR 97239", "503"),
]
_WA_MEDS = [("levetiracetam", "oxcarbazepine"), ("lacosamide", "levetiracetam"), ("oxcarbazepine", "clobazam"),
            ("lamotrigine", "topiramate")]
_WA_EMU = ["Salish Bay Medical Center", "Evergreen Sound Regional Hospital", "Puget Lowlands Medical Center"]
_WA_REL = ["mother", "father", "parent", "legal guardian"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b68_wa"):
        return
    c.extra["b68_wa"] = True
    variant = c.extra["wa_variant"] = w.rng.randrange(3)  # 0 family letter, 1 determination grid, 2 provider fax
    _fmt(w, ("b68long", "b68ap"),
         ("b68dmylong",) if variant == 2 else ("b68dmon", "b68mdy2") if variant == 1 else ("b68wkfull", "b68long"),
         ("b68mdy2", "b68dmon"))
    c.scenario = dict(key="b68_peds_epilepsy_surgery_eval", mh=False)
    c.state, c.region = "WA", "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.category = "out_of_network"
    c.service = None
    c.services = [dict(text=w.pick(_WA_CONSULT), codes=["99205"], decision="denied")]
    if w.chance(0.7):
        c.services.append(dict(text=w.pick(_WA_VEEG), codes=["95720"], decision="denied"))
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_WA_DX1)]]
    if w.chance(0.4):
        c.diagnoses.append(dict(text=_WA_DX2[0], codes=[_WA_DX2[1]]))
    first, last = c.member_name.split()[0], c.member_name.split()[-1]
    c.extra["wa_child"] = first
    c.extra["dob"] = dt.date(w.rng.randint(2011, 2021), w.rng.randint(1, 12), w.rng.randint(1, 28))
    c.extra["wa_parent"] = (f"{person(w.rng, 0.0)[1]} {last}", w.pick(_WA_REL))
    base = c.received or c.letter
    c.extra["wa_eeg"] = sorted([base - dt.timedelta(days=w.rng.randint(150, 400)),
                                base - dt.timedelta(days=w.rng.randint(20, 90))])
    c.extra["wa_mri"] = base - dt.timedelta(days=w.rng.randint(30, 120))
    c.extra["wa_meds"] = w.pick(_WA_MEDS)
    c.extra["wa_freq"] = w.pick(["three to five", "four to six", "six to eight", "two to four"])
    c.extra["wa_outside"] = w.pick(_WA_OUTSIDE)
    o = c.extra["wa_outside"]
    c.extra["wa_outside_phone"] = _phone(w, [o[4]], w.rng.randrange(2))
    c.extra["wa_outside_md"] = person(w.rng, 0.0)[0] + w.pick([", MD", ", MD, PhD"])
    c.extra["wa_ref"] = f"{w.rng.randint(100, 999)}-{w.rng.randint(100000, 999999)}"
    c.extra["wa_fax_to"] = _phone(w, _WA_AREAS, 0)
    c.extra["wa_fax_from"] = _phone(w, _WA_AREAS, 0)
    c.extra["wa_unit"] = _phone(w, _WA_AREAS, 1)
    md = person(w.rng, 0.2)[0] + w.pick([", MD", ", M.D.", ", DO"])
    fac = w.pick(facilities("WA", "Washington"))
    appt = D.add_business(c.letter, w.rng.randint(4, 12))
    c.extra["wa_innet"] = (md, fac, appt, w.pick(["8:30 AM", "9:15 AM", "10:40 AM", "1:00 PM", "2:20 PM"]),
                           w.pick(_WA_EMU))
    c.innet = dict(name=md, short="", specialty="Pediatric Neurology (Epilepsy)", facility=fac, appt=appt)
    if variant == 2 or w.chance(0.65):
        name, _, plast = person(w.rng, 0.15)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
        c.extra["wa_prov_last"] = plast
    else:
        c.provider = None
    if w.chance(0.7):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Child Neurology", "Pediatrics", None]),
                          phone=_phone(w, _WA_AREAS, 0) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Medical Director, Referral Management", "Physician Reviewer",
                                   "Associate Medical Director"])
    else:
        c.reviewer = None
    c.criteria = []
    _flags(c)


def reason_b68_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    child = c.extra["wa_child"]
    md, fac, _appt, _time, emu = c.extra["wa_innet"]
    hosp = c.extra["wa_outside"][0]
    return w.pick([
        f"Your plan pays for care from providers outside the Kaiser Permanente network only when the care is not "
        f"available from a network provider. The evaluation asked for, a visit with an epileptologist and video-EEG "
        f"monitoring to see whether {child} could be helped by surgery, is available in our network: {md}, a pediatric "
        f"epileptologist at {fac}, sees children for this evaluation, and monitoring is done in the pediatric "
        f"epilepsy monitoring unit at {emu}. Because a network specialist can provide this care, the referral to "
        f"{hosp} is not approved.",
        f"The referral is for care at {hosp}, which is not in the Kaiser Permanente network. The records sent with "
        f"the referral show that {child} still has {c.extra['wa_freq']} seizures a month while taking "
        f"{c.extra['wa_meds'][0]} and {c.extra['wa_meds'][1]}, and that an epilepsy surgery evaluation is the right "
        f"next step. That evaluation is offered by network specialists: {md} at {fac}, with inpatient video-EEG at "
        f"{emu}. The records do not show a need that our network cannot meet, so the plan does not cover the "
        f"evaluation at the outside hospital.",
    ])


def _wa_rights(w: W, b: list[Block], head, family: bool) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_WA_ADDR)
    child = c.extra["wa_child"]
    you = "you" if family else "the family"
    head(w.pick(["Asking us to reconsider (appeal)", "Appeal rights under your employer's plan"])
         if family else "Appeal rights sent to the family")
    b.append(w.p(w.pick([
        f"If {you} disagree{'s' if not family else ''} with this decision, {you} may appeal within {days} after "
        f"receiving this notice. An appeal can be made by calling Member Services at {_WA_MS} (TTY 711) or by "
        f"writing to {addr}. A parent, guardian, the child's doctor or another person chosen in writing may file it.",
        f"An appeal must be filed within {days} of the day this notice is received. Send it to {addr}, or call "
        f"{_WA_MS} (TTY 711). Include the referral number, the reasons for the appeal and any records or letters "
        f"from {child}'s doctors that support it.",
    ])))
    b.append(w.p(w.pick([
        f"If {child}'s doctor tells us that waiting for a standard appeal could seriously jeopardize {child}'s life, "
        f"health or ability to regain maximum function, the appeal will be handled as urgent and decided within 72 "
        f"hours. Otherwise we decide an appeal about care not yet received within 30 days.",
        "Standard appeals about care that has not yet been received are decided within 30 days. An urgent appeal, "
        "when delay could seriously jeopardize the child's life or health, is decided within 72 hours; ask for one "
        f"by phone at {_WA_MS}.",
    ])))
    b.append(w.p(w.pick([
        "On request we will provide, at no charge, copies of all documents, records and other information relevant "
        "to this referral decision.",
        "Copies of the records and documents we used to reach this decision are free on request.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If the denial is upheld on appeal, an external review by an independent review organization may be "
            "requested within 4 months after the final internal decision is received (45 CFR 147.136). After the "
            "appeal, there is also a right to bring a civil action under section 502(a) of the Employee Retirement "
            "Income Security Act (ERISA).",
            "After our final decision on appeal: a request for external review by an independent review organization "
            "can be made within 4 months of receiving that decision (45 CFR 147.136), and a lawsuit may be filed "
            "under ERISA section 502(a).",
        ])))
    else:
        b.append(w.p("After the appeal, there is a right to bring a civil action under section 502(a) of the Employee "
                     "Retirement Income Security Act (ERISA)."))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Questions about rights under an employer plan may also be directed to the U.S. Department of Labor, "
            "Employee Benefits Security Administration, at 1-866-444-3272 (1-866-444-EBSA).",
            "For help with these rights, contact the Employee Benefits Security Administration (EBSA), U.S. "
            "Department of Labor: 1-866-444-3272.",
        ])))


def t_b68_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 2 else ["courier", "helvetica"], [9.0, 9.5, 10.0],
                [52.0, 58.0, 64.0])
    child = c.extra["wa_child"]
    parent, rel = c.extra["wa_parent"]
    hosp, prog, street, city, _area = c.extra["wa_outside"]
    ophone = c.extra["wa_outside_phone"]
    omd = c.extra["wa_outside_md"]
    md, fac, appt, when, emu = c.extra["wa_innet"]
    eeg1, eeg2 = c.extra["wa_eeg"]
    mri = c.extra["wa_mri"]
    med1, med2 = c.extra["wa_meds"]
    ref = c.extra["wa_ref"]
    cell = c.extra["b68_cell"]
    group, emp = c.ids["group"], c.extra["employer"]
    urgent = c.urgency == "expedited"
    rec = _dm(w, "DATE_RECEIVED", c.received, "b68_cell" if variant == 1 else "b68_fmt")
    dec = _dm(w, "DATE_DECISION", c.decision, "b68_cell" if variant == 1 else "b68_fmt")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    lines = "; ".join(f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services)
    prov = M("PROVIDER", c.provider) if c.provider else ""
    org = ["Kaiser Foundation Health Plan of Washington"]
    st.footer = [w.pick([f"Referral {ref} - page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Washington | {page}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 1))

    history = (f"{child} has had {c.extra['wa_freq']} focal seizures a month despite {med1} and {med2}. A routine "
               f"EEG on {_fd(w, eeg1)} and a 72-hour ambulatory EEG on {_fd(w, eeg2)} were read by our neurology "
               f"department, and a brain MRI was done on {_fd(w, mri)}.")
    offer = (f"{child} is scheduled to see {md}, pediatric epileptologist, at {fac} on {_fd(w, appt)} at {when}. "
             f"If that visit confirms that surgery should be considered, video-EEG monitoring will be arranged in the "
             f"pediatric epilepsy monitoring unit at {emu}.")
    if variant == 2:
        st.header = [f"KP WA REFERRAL MGMT  FAX {c.extra['wa_fax_from']}  PAGE {{page}}/{{pages}}"]
        st.header_numbered = True
        st.header_all_pages = True
        b.append(w.h("FAX TRANSMITTAL", align="center", space_before=4, size=st.size + 3))
        b.append(Block("keyed", rows=[["Date:", _dm(w, "DATE_LETTER", c.letter, "b68_head")],
                                      ["To:", f"{prov}, Pediatric Neurology"],
                                      ["Fax:", c.extra["wa_fax_to"]],
                                      ["From:", "Referral Management, Kaiser Permanente Washington"],
                                      ["Phone:", c.extra["wa_unit"]],
                                      ["Re:", f"Referral {ref} - {w.name()}"]],
                       side_w=0.18, space_before=6, size=st.size))
        b.append(w.p("This fax contains protected health information. If it reached you in error, call the sender and "
                     "destroy all pages.", italic=True, size=st.size - 1.5, space_before=6))
        b.append(Block("rule", space_before=6))
        b.append(w.h("Notice of referral decision - provider copy", space_before=8, size=st.size + 1))
        b.append(w.p(f"Patient: {w.name()}    Member number: {w.mid()}    DOB: {b68date(c.extra['dob'], cell)}",
                     space_before=4))
        b.append(w.p(f"Parent/guardian: {parent} ({rel})    Group: {group}", space_before=0))
        b.append(w.p(f"Dear Dr. {c.extra['wa_prov_last']}:", space_before=8))
        intro = f"We have reviewed your referral for {w.name()} to {omd}, {prog}, {hosp}, {street}, {city}: {lines}."
        if rec:
            intro += f" The referral was received on {rec}"
            intro += f" and decided on {dec}." if dec else "."
        elif dec:
            intro += f" It was decided on {dec}."
        if urgent:
            intro += " It was reviewed on the expedited (72-hour) timeline you asked for."
        b.append(w.p(intro))
        b.append(w.p("Determination: NOT APPROVED (out of network).", bold=True))
        b.append(w.p("Plan terms applied: the Summary Plan Description section on care from non-network providers "
                     "(covered only when the care is not available in the network)."))
        b.append(w.p(f"Diagnoses on the referral: {dxs}."))
        b.append(w.p(history))
        head("Rationale")
        b.append(w.p(M("REASON", w.reason)))
        head("In-network plan of care")
        b.append(w.p(offer))
        if c.reviewer:
            b.append(w.p(_who(w, "Reviewing physician: ", ".")
                         + " A peer-to-peer discussion is available on request."))
        b.append(w.p(f"A letter explaining this decision was mailed to {parent}. The outside program, {hosp}, can be "
                     f"reached at {ophone}; please let the family know if you have already contacted it."))
        _wa_rights(w, b, head, family=False)
        _signoff(w, b, "Thank you,", "Referral Management Team", org)
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(f"Families can get free interpreter services by calling {_WA_MS} (TTY 711).", space_before=8))
        b += _taglines(w, "WA", _WA_MS, None)
        return b, st, "wa_provider_fax"

    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["KAISER PERMANENTE", "Washington"],
                   right=["Kaiser Foundation Health Plan of Washington", "Referral Management",
                          f"Member Services {_WA_MS} | TTY 711"]))
    if variant == 1:
        b.append(w.h("REFERRAL DETERMINATION", align="center", space_before=8, size=st.size + 2.5))
        b.append(w.p(f"{parent}, {rel} of {c.member_name}", space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Date issued:", _dm(w, "DATE_LETTER", c.letter, "b68_head"),
                                        "Referral no.:", ref],
                                       ["Member:", w.name(), "Member no.:", w.mid()],
                                       ["Date of birth:", b68date(c.extra["dob"], cell), "Group:", f"{group} ({emp})"],
                                       ["Referred by:", prov or "Member/parent request", "Review:",
                                        "Expedited" if urgent else "Standard"],
                                       ["Received:", rec or "-", "Decided:", dec or "-"]],
                       space_before=8, size=st.size - 0.5))
        b.append(w.p(f"Requested provider: {omd}, {hosp}, {street}, {city}. Phone {ophone}.", space_before=6))
        rows = [["Line", "CPT", "Service requested", "Determination"]]
        for i, s in enumerate(c.services, 1):
            rows.append([str(i), w.code(s["codes"][0]), w.svc(s), "Not approved - non-network"])
        rows.append(["-", "-", f"Network alternative: {md}, {fac}", f"Scheduled {b68date(appt, cell)}"])
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 1.0))
        b.append(w.p(f"Diagnosis: {dxs}.", space_before=6))
        b.append(w.p(f"Dear {parent}:", space_before=8))
        b.append(w.p(w.pick([f"This form tells you our decision on the referral listed above for {child}.",
                             f"We reviewed the referral above for {child}; our decision is shown in the grid."])))
        b.append(w.p(history))
        head("Reason for the determination")
        b.append(w.p(M("REASON", w.reason)))
        head("Care available in the network")
        b.append(w.p(offer))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b68_head"), space_before=12))
        b.append(w.p(f"{parent}", space_before=10))
        b.append(w.p(f"Parent or guardian of {c.member_name}", space_before=0) if w.chance(0.4) else
                 w.p(f"For: {c.member_name}", space_before=0))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Patient: {w.name()}  |  Member number: {w.mid()}  |  Date of birth: "
                     f"{b68date(c.extra['dob'], cell)}", bold=True, space_before=10))
        b.append(w.p(f"Referral: {ref}  |  Group: {group}, {emp}", space_before=0))
        b.append(w.p(f"Dear {parent}:", space_before=10))
        who_asked = (f"{prov}, {child}'s neurologist, referred {child}" if c.provider
                     else f"You asked us to approve a referral for {child}")
        intro = f"{who_asked} to {omd} at the {prog} of {hosp}, {street}, {city} (phone {ophone}), for {lines}."
        if rec:
            intro += f" We received the referral on {rec}."
        if dec:
            intro += f" Our decision was made on {dec}."
        if urgent:
            intro += " We handled the request as urgent."
        b.append(w.p(intro))
        b.append(w.p(w.pick(["We cannot approve this referral.",
                             f"The plan will not cover the evaluation at {hosp}."]), bold=True))
        b.append(w.p(f"Diagnosis on the referral: {dxs}."))
        b.append(w.p(history))
        head(w.pick(["Why the referral was not approved", "The reason for our decision"]))
        b.append(w.p(M("REASON", w.reason)))
        head(w.pick(["What happens next", f"{child}'s care in our network"]))
        b.append(w.p(offer + f" To change the appointment, call {c.extra['wa_unit']}."))
    b.append(w.p(w.pick([  # the plan term applied (an out-of-network denial always names it)
        "Your Summary Plan Description and Certificate of Coverage explain, under \"Non-network providers,\" when "
        "the plan covers care outside the network.",
        "See the section of your Summary Plan Description titled \"Care from non-network providers\" for the "
        "plan terms applied here.",
    ])))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["This decision was made by ", "The physician who reviewed the referral is "]),
                          ".")))
    _wa_rights(w, b, head, family=True)
    _signoff(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Referral Management Team", org)
    cc = [x for x in (c.provider, f"{omd}, {hosp}") if x]
    b.append(w.p("cc: " + "; ".join(cc), space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_WA_MS} (TTY 711).",
                             f"Need an interpreter? It's free: {_WA_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "WA", _WA_MS, w.pick([None, "Language help"]))
    return b, st, ["wa_family_letter", "wa_referral_determination_grid"][variant]


BLIND68_TEMPLATES["blind68_wa_erisa_pediatric_epilepsy_referral_out_of_network"] = (t_b68_wa, dict(
    plans=["erisa_group"], states=["WA"], kinds=["initial_denial"], cats=["out_of_network"], reason=reason_b68_wa))
MODELED_ON["blind68_wa_erisa_pediatric_epilepsy_referral_out_of_network"] = (
    "blind68: Kaiser Permanente Washington employer group (ERISA) plan denial of a referral to an outside children's "
    "hospital for a pediatric epilepsy surgery evaluation (99205, 95720), a network epileptologist scheduled instead; a "
    "letter to the parent, a referral determination form with a grid, or a provider-copy fax; 180-day appeal, 72-hour "
    "urgent appeal, 30-day decision, external review in 4 months (45 CFR 147.136), ERISA 502(a), EBSA, taglines")


# === 2. Northern California commercial HMO: pulmonary rehabilitation, part of the sessions approved ================

_PR_MS = "1-800-464-4000"
_PR_AREAS = ["510", "925", "916", "408", "707", "209"]
_PR_ADDR = GRIEVANCE_ADDR["Northern California"]
_PR_SVC = ["Pulmonary rehabilitation, including exercise, per session",
           "Outpatient pulmonary rehabilitation sessions (1 hour each)",
           "Pulmonary rehab with monitored exercise, one-hour session"]
_PR_WALK = ["Six-minute walk test with oximetry", "Pulmonary stress testing (six-minute walk)"]
_PR_DX1 = ("Chronic obstructive pulmonary disease, unspecified", "J44.9")
_PR_DX2 = [("Chronic respiratory failure with hypoxia", "J96.11"), ("Dependence on supplemental oxygen", "Z99.81")]
_PR_CENTERS = [
    ("Diablo Valley Cardiopulmonary Rehabilitation", "2250 Ygnacio Valley Road, Suite 140", "Walnut Creek, CA 94598",
     "925"),
    ("Sacramento Breathing Wellness Center", "7601 Greenhaven Drive, Suite 210", "Sacramento, CA 95831", "916"),
    ("East Bay Pulmonary Rehab Associates", "3900 Broadway, 2nd Floor", "Oakland, CA 94611", "510"),
    ("Redwood Empire Lung Health Program", "1450 Guerneville Road, Suite 3", "Santa Rosa, CA 95403", "707"),
]
_PR_PLANS = [(36, 18), (36, 24), (24, 12)]
_PR_CRIT = ["MCG Ambulatory Care Guidelines: Pulmonary Rehabilitation",
            "Kaiser Permanente Northern California Pulmonary Rehabilitation Referral Criteria"]


def _pr_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b68_pr"):
        return
    c.extra["b68_pr"] = True
    c.extra["pr_variant"] = w.rng.randrange(3)  # 0 sessions table, 1 at-a-glance sidebar, 2 rights page
    _fmt(w, ("b68long", "b68ap"), ("b68long", "b68ap"), ("b68dotted", "b68mdy2"))
    c.scenario = dict(key="b68_pulmonary_rehab", mh=False)
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "medical_necessity"
    _standard(w, ca=True)
    c.service = None
    asked, ok = w.pick(_PR_PLANS)
    c.extra["pr_counts"] = (asked, ok, asked - ok)
    c.services = [dict(text=w.pick(_PR_SVC), codes=["G0424"], decision="denied", units=asked)]
    c.extra["pr_walk"] = w.chance(0.4)
    if c.extra["pr_walk"]:
        c.services.append(dict(text=w.pick(_PR_WALK), codes=["94618"], decision="approved", units=1))
    c.diagnoses = [dict(text=_PR_DX1[0], codes=[_PR_DX1[1]])]
    if w.chance(0.5):
        t, cd = w.pick(_PR_DX2)
        c.diagnoses.append(dict(text=t, codes=[cd]))
    c.extra["pr_center"] = w.pick(_PR_CENTERS)
    c.extra["pr_center_phone"] = _phone(w, [c.extra["pr_center"][3]], w.rng.randrange(3))
    base = c.received or c.letter
    c.extra["pr_spiro"] = (base - dt.timedelta(days=w.rng.randint(12, 60)), round(w.rng.uniform(0.85, 1.45), 2),
                           w.rng.randint(34, 52), round(w.rng.uniform(0.44, 0.62), 2))
    c.extra["pr_walk_m"] = w.rng.randint(210, 330)
    c.extra["pr_sat"] = w.rng.randint(88, 93)
    c.extra["pr_rt"] = person(w.rng, 0.0)[0] + w.pick([", RRT", ", RCP, RRT"])
    c.extra["pr_intake"] = base - dt.timedelta(days=w.rng.randint(2, 10))
    start = D.add_business(c.letter, w.rng.randint(3, 9))
    weeks = c.extra["pr_counts"][1] // w.pick([2, 3])
    c.extra["pr_period"] = (start, start + dt.timedelta(days=7 * weeks + w.rng.randint(0, 6)))
    c.extra["pr_auth"] = f"{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["pr_unit"] = _phone(w, _PR_AREAS, 0)
    if w.chance(0.65):
        name = person(w.rng, 0.15)[0]
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D.", f"{name}, DO"])
    else:
        c.provider = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Care Review Nurse Specialist"], ["RN", "RN, BSN", "LVN"])
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO", "MD, FCCP"]),
                          specialty=w.pick(["Pulmonary Medicine", "Pulmonology", "Internal Medicine", None]),
                          phone=_phone(w, _PR_AREAS, 0) if w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Utilization Management Physician",
                                   "Assistant Physician in Chief, Utilization Management"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_PR_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b68_pr(w: W) -> str:
    _pr_setup(w)
    c = w.c
    asked, ok, no = c.extra["pr_counts"]
    if _bare(c):
        return f"The remaining {no} sessions are not medically necessary."
    day, fev1, pct, ratio = c.extra["pr_spiro"]
    walk = c.extra["pr_walk_m"]
    return w.pick([
        f"Your spirometry on {_fd(w, day)} (FEV1 {fev1:.2f} L, {pct}% of predicted) and your six-minute walk of "
        f"{walk} meters show that you can benefit from pulmonary rehabilitation, so the first {ok} sessions are "
        f"approved. The other {no} sessions are not approved now because there is not yet any information on how you "
        f"respond to the program. Continuing past {ok} sessions is medically necessary only when the end-of-block "
        f"reassessment shows that your walking distance or breathlessness score has improved and that further "
        f"gains are expected.",
        f"Pulmonary rehabilitation is medically necessary for you: you have moderate to severe COPD (FEV1 {pct}% of "
        f"predicted) and shortness of breath that limits your daily activities. A first block of {ok} sessions is "
        f"enough to reach the goals in your rehabilitation plan and to measure your progress. Your records do not "
        f"show a reason, such as a recent hospital stay or a need for oxygen titration during exercise, that would "
        f"make {asked} sessions necessary from the start, so the last {no} are not approved.",
    ])


def _pr_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_PR_ADDR)
    head(w.pick(["How to file a grievance", "If you do not agree with our decision"]))
    b.append(w.p(w.pick([
        f"You can ask us to change this decision by filing a grievance (also called an appeal). You must file "
        f"within {days} from the date of this letter. Call Member Services at {_PR_MS} (TTY 711) 24 hours a day, "
        f"file online at kp.org, mail your grievance to {addr}, or bring it to the Member Services office at a "
        f"Kaiser Permanente facility. Your doctor or someone you name may file for you.",
        f"File a grievance no later than {days} after the date of this letter. Ways to file: online at kp.org; by "
        f"phone at {_PR_MS} (TTY 711); in writing to {addr}; or in person at a Member Services office. Send us "
        f"anything you would like us to consider, such as your pulmonologist's notes.",
    ])))
    b.append(w.p(w.pick([
        "We will send you our written decision within 30 days. If your health is in serious and immediate danger, "
        "for example because of severe pain or a risk to your life, ask for an expedited grievance: we decide those "
        "within 72 hours, and you may call the Department of Managed Health Care right away without first waiting "
        "for us.",
        "A standard grievance is decided within 30 days. When waiting could seriously threaten your life or health, "
        "we review an expedited grievance and decide it within 72 hours. In that case you can also contact the "
        "Department of Managed Health Care at once.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of the guidelines and records we used to make this decision.",
        "Copies of the criteria and of the documents we reviewed are free if you ask for them.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care (DMHC) regulates health care service plans. If you have "
            f"a grievance against Kaiser Permanente, call us first at {_PR_MS} (TTY 711) and use our grievance "
            "process before you contact the DMHC. Using our process does not take away any legal rights or remedies "
            "you may have. Call the DMHC for help with a grievance involving an emergency, a grievance we have not "
            "resolved to your satisfaction, or a grievance that is still unresolved after 30 days. You may also be "
            "able to get an Independent Medical Review (IMR), an impartial review of a plan's decision about the "
            "medical necessity of a service, about experimental or investigational treatment, or about payment for "
            "emergency or urgent care; apply within 6 months of our written decision. The DMHC's toll-free number "
            "is 1-888-466-2219 and its TDD line for people who are deaf, hard of hearing or speech-impaired is "
            "1-877-688-9891. Complaint and IMR forms and instructions are at www.dmhc.ca.gov.",
            bold=True, size=12.0))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Health Consumer Alliance can help you file a grievance for free: 1-888-804-3536.",
            "For free help with a grievance, call the Health Consumer Alliance at 1-888-804-3536.",
        ])))


def t_b68_pr(w: W):
    _pr_setup(w)
    c = w.c
    variant = c.extra["pr_variant"]
    st = _style(w, ["times", "helvetica"], [9.5, 10.0], [56.0, 62.0, 68.0])
    asked, ok, no = c.extra["pr_counts"]
    svc = c.services[0]
    walk_line = c.services[1] if len(c.services) > 1 else None
    center, street, city, _a = c.extra["pr_center"]
    cphone = c.extra["pr_center_phone"]
    sday, fev1, pct, ratio = c.extra["pr_spiro"]
    rt, intake = c.extra["pr_rt"], c.extra["pr_intake"]
    start, end = c.extra["pr_period"]
    auth = c.extra["pr_auth"]
    cell = c.extra["b68_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    prov = M("PROVIDER", c.provider) if c.provider else ""
    org = ["Kaiser Foundation Health Plan, Inc.", "Northern California Region"]
    st.footer = [w.pick([f"Authorization {auth} - {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Northern California"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    svc_code = f"{w.svc(svc)} (HCPCS {w.code('G0424')})"
    walk_txt = (f" and {w.svc(walk_line)} (CPT {w.code('94618')}) at the end of the first block"
                if walk_line else "")
    asker = (f"Your pulmonologist, {prov}, asked us to approve" if c.provider
             else "We received a request to approve")
    intro = f"{asker} {asked} sessions of {svc_code}{walk_txt} at {center}, {street}, {city}."
    if rec:
        intro += f" The request came to us on {rec}."
    if dec:
        intro += f" We made a decision on {dec}."
    result = (f"We approved {ok} of the {asked} sessions. We did not approve the other {no}."
              + (" The six-minute walk test is approved." if walk_line else ""))
    tests = (f"Spirometry (CPT 94010) on {_fd(w, sday)}: FEV1 {fev1:.2f} L ({pct}% predicted), FEV1/FVC "
             f"{ratio:.2f}. Six-minute walk: {c.extra['pr_walk_m']} m, lowest oxygen saturation {c.extra['pr_sat']}% "
             f"on room air. Intake assessment by {rt} on {_fd(w, intake)}.")
    sched = (f"Your approved sessions may start on {_fd(w, start)} and must be used by {_fd(w, end)}. "
             f"{center} will call you to schedule; you can reach the center at {cphone}.")
    crit = ""
    if c.criteria:
        crit = "We applied the " + " and the ".join(w.crit(x) for x in c.criteria) + "."

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Utilization Management - Rehabilitation Services",
                          f"Member Services {_PR_MS} (TTY 711)"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b68_head"), space_before=12))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    if variant == 0:
        b.append(w.p("Subject: Your pulmonary rehabilitation request - partly approved", bold=True, space_before=10))
        b.append(w.p(f"Medical record number: {w.mid()}    Authorization: {auth}", space_before=0))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        b.append(w.p(intro))
        b.append(w.p(result, bold=True))
        rows = [["Service", "Code", "Asked for", "Approved", "Not approved", "Approved period"],
                [w.svc(svc), w.code("G0424"), str(asked), str(ok), str(no),
                 f"{b68date(start, cell)} - {b68date(end, cell)}"]]
        if walk_line:
            rows.append([w.svc(walk_line), w.code("94618"), "1", "1", "0", "end of block"])
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 1.0))
        b.append(w.p(f"Diagnosis: {dxs}.", space_before=6))
        if not _bare(c):  # a bare reason stands alone: no test results beside it
            b.append(w.p(tests))
        head(w.pick(["Why some sessions were not approved", "Reason for the sessions not approved"]))
        b.append(w.p(M("REASON", w.reason)))
        if crit:
            b.append(w.p(crit))
        b.append(w.p(sched))
    elif variant == 1:
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        glance = ["**At a glance", f"Member: {w.name()}", f"MRN: {w.mid()}", f"Authorization: {auth}",
                  f"Asked for: {asked} sessions", f"Approved: {ok} sessions", f"Not approved: {no} sessions",
                  f"Start: {b68date(start, cell)}", f"Use by: {b68date(end, cell)}"]
        main = [intro, "", result]
        b.append(Block("sidebar", left=main, right=glance, side_w=0.3, shade=True, space_before=6))
        b.append(w.p(f"Diagnosis: {dxs}.", space_before=8))
        if not _bare(c):  # a bare reason stands alone: no test results beside it
            b.append(w.p(tests))
        head(w.pick(["Why we did not approve all the sessions", "Our reason"]))
        b.append(w.p(M("REASON", w.reason)))
        if crit:
            b.append(w.p(crit))
        b.append(w.p(sched))
    else:
        b.append(w.h("NOTICE OF DECISION: PART OF YOUR REQUEST IS APPROVED", space_before=10, size=st.size + 1))
        rows = [["Member", f"{w.name()}, MRN {w.mid()}"],
                ["Service", f"{w.svc(svc)}, HCPCS {w.code('G0424')}"],
                ["Where", f"{center}, {street}, {city}, {cphone}"]]
        if c.provider:
            rows.append(["Requested by", prov])
        if rec:
            rows.append(["Request received", rec])
        if dec:
            rows.append(["Decision date", dec])
        rows += [["Sessions", f"{asked} asked for; {ok} approved; {no} not approved"],
                 ["Approved period", f"{b68date(start, cell)} to {b68date(end, cell)}"]]
        if walk_line:
            rows.append(["Also approved", f"{w.svc(walk_line)}, CPT {w.code('94618')}"])
        rows.append(["Authorization", auth])
        b.append(Block("keyed", rows=rows, side_w=0.24, space_before=6, size=st.size - 0.3))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        b.append(w.p(f"This notice explains our decision on your pulmonary rehabilitation. {result}"))
        b.append(w.p(f"Diagnosis: {dxs}."))
        if not _bare(c):  # a bare reason stands alone: no test results beside it
            b.append(w.p(tests))
        head("The reason for our decision")
        b.append(w.p(M("REASON", w.reason)))
        if crit:
            b.append(w.p(crit))
        b.append(w.p(sched))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")))
    b.append(w.p(w.pick([
        f"When you finish the approved sessions, the program will repeat your walk test. If your doctor asks for more "
        f"sessions then, we will review the new request. Questions: Utilization Management, {c.extra['pr_unit']}.",
        f"Your doctor may send a new request with the results of your reassessment. Questions about this letter: "
        f"{c.extra['pr_unit']}, Monday to Friday, 8:30 a.m. to 5 p.m.",
    ])))
    if variant == 2:
        _signoff(w, b, "Sincerely,", "Utilization Management Department", org)
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(f"Free language services: {_PR_MS} (TTY 711).", space_before=8))
        b.append(Block("pagebreak"))
        b.append(w.h("YOUR GRIEVANCE RIGHTS", align="center", space_before=0, size=st.size + 2))
        b.append(w.p(f"{c.member_name}  -  Authorization {auth}", align="center", space_before=0,
                     size=st.size - 0.5))
        _pr_rights(w, b, head)
    else:
        _pr_rights(w, b, head)
        _signoff(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management Department", org)
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(w.pick([f"Free language services: {_PR_MS} (TTY 711).",
                                 f"Interpreters at no cost: call {_PR_MS}, TTY 711."]), space_before=8))
    cc = [x for x in (c.provider, center) if x]
    b.append(w.p("cc: " + "; ".join(cc), space_before=8, size=st.size - 1))
    b += _taglines(w, "CA", _PR_MS, w.pick([None, "Language help at no cost"]))
    return b, st, ["nca_sessions_table_letter", "nca_at_a_glance_sidebar", "nca_notice_with_rights_page"][variant]


BLIND68_TEMPLATES["blind68_nca_commercial_pulmonary_rehab_sessions_partial"] = (t_b68_pr, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"],
    reason=reason_b68_pr, refuse_defects=("mh_parity.non_association_criteria",)))
MODELED_ON["blind68_nca_commercial_pulmonary_rehab_sessions_partial"] = (
    "blind68: Kaiser Permanente Northern California commercial HMO partial approval of outpatient pulmonary "
    "rehabilitation (G0424; a 94618 walk test on some letters): the first block of sessions approved, the rest not; a "
    "letter with a sessions table, a letter with an 'At a glance' box, or a notice with a separate rights page; "
    "180-day grievance, 30-day decision, 72-hour expedited grievance, DMHC statement with IMR, Health Consumer "
    "Alliance, taglines in fifteen languages")


# === 3. Colorado Medicaid (Health First Colorado): power-operated scooter denied =====================================

_CO_MS = "303-338-3800"
_CO_MS_SOUTH = "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_ADDR = GRIEVANCE_ADDR["Colorado"]
_CO_SVC = ["Power-operated vehicle (scooter), four-wheel, nonhighway",
           "Power operated scooter, 4-wheel, any size",
           "Three- or four-wheel power-operated vehicle (mobility scooter)"]
_CO_DX1 = [("Bilateral primary osteoarthritis of knee", "M17.0"), ("Bilateral primary osteoarthritis of hip", "M16.0")]
_CO_DX2 = [("Chronic diastolic (congestive) heart failure", "I50.32"), ("Morbid (severe) obesity due to excess calories",
                                                                        "E66.01")]
_CO_SUPPLIERS = [("Front Range Mobility & Medical Supply", "720"), ("Pikes Peak Home Medical Equipment", "719"),
                 ("Mile High Rehab Equipment, LLC", "303"), ("Centennial Durable Medical, Inc.", "303")]
_CO_CRIT = ["InterQual Durable Medical Equipment Criteria: Power-Operated Vehicles",
            "Kaiser Permanente Colorado Power Mobility Device Guideline"]
_CO_BOOK = ("Health First Colorado Member Handbook, \"Durable medical equipment\": power mobility devices are covered "
            "when needed to move about inside the home")


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b68_co"):
        return
    c.extra["b68_co"] = True
    variant = c.extra["co_variant"] = w.rng.randrange(3)  # 0 check-box notice, 1 plain letter, 2 letter + rights pages
    _fmt(w, ("b68long", "b68ap"), ("b68dotted", "b68dmon") if variant == 0 else ("b68long",),
         ("b68dotted", "b68dmon", "b68mdy2"))
    c.scenario = dict(key="b68_power_scooter", mh=False)
    c.state, c.region = "CO", "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    _standard(w, ca=False)
    c.service = None
    c.services = [dict(text=w.pick(_CO_SVC), codes=["E1230"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_CO_DX1)]]
    if w.chance(0.45):
        t, cd = w.pick(_CO_DX2)
        c.diagnoses.append(dict(text=t, codes=[cd]))
    c.extra["dob"] = dt.date(w.rng.randint(1948, 1975), w.rng.randint(1, 12), w.rng.randint(1, 28))
    sup, area = w.pick(_CO_SUPPLIERS)
    c.extra["co_supplier"] = (sup, _phone(w, [area], 0), _phone(w, [area], 1), _npi(w))
    base = c.received or c.letter
    c.extra["co_pt"] = (person(w.rng, 0.0)[0] + w.pick([", PT, DPT", ", PT"]),
                        base - dt.timedelta(days=w.rng.randint(6, 30)))
    c.extra["co_walk_ft"] = w.pick([40, 50, 75, 100, 150])
    c.extra["co_cm"] = (person(w.rng, 0.0)[0] + w.pick([", RN", ", LCSW", ""]), _phone(w, _CO_AREAS, 1))
    c.extra["co_pa"] = f"PA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["co_unit"] = _phone(w, _CO_AREAS, 0)
    c.extra["co_door"] = w.pick([27, 28, 29, 30])
    if w.chance(0.7):
        name = person(w.rng, 0.15)[0]
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO", f"{name}, M.D."])
    else:
        c.provider = None
    mn = c.category == "medical_necessity"
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse", "Clinical Review Coordinator"], ["RN", "RN, CCM"])
    elif mn or w.chance(0.5):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "DO", "M.D."]),
                          specialty=w.pick(["Physical Medicine and Rehabilitation", "Family Medicine", None]),
                          phone=_phone(w, _CO_AREAS, 0) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Medicaid Programs",
                                   "Associate Medical Director"])
    else:
        c.reviewer = None
    if not mn or _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_CO_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b68_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    pt, day = c.extra["co_pt"]
    ft = c.extra["co_walk_ft"]
    if c.category == "medical_necessity":
        if _bare(c):
            return "The scooter is not medically necessary."
        return w.pick([
            f"The home assessment by {pt} on {_fd(w, day)} found that you walk about {ft} feet at a time inside your "
            f"home with your wheeled walker, and that you can get from your bedroom to the kitchen and bathroom "
            f"with it. A scooter is medically necessary only when a cane or walker is not enough to do these daily "
            f"activities in the home. The assessment also found that the hallway doorways are {c.extra['co_door']} "
            f"inches wide, too narrow for a scooter to pass through.",
            f"To use a scooter safely, a person must be able to sit upright and steer with the tiller. The therapist's "
            f"assessment on {_fd(w, day)} found that shoulder pain and weak grip keep you from holding the tiller for "
            f"more than a few minutes, and that you still walk about {ft} feet in your home with your walker. Because "
            f"you cannot operate a scooter safely and your walker meets your needs in the home, the scooter is not "
            f"medically necessary.",
        ])
    if _bare(c):
        return "A power-operated vehicle is not a covered benefit."
    return w.pick([
        f"Health First Colorado covers a power mobility device only when it is needed to get around inside the "
        f"home. The request says the scooter is for trips outside the home, such as to the bus stop, the store and "
        f"appointments, and the home assessment on {_fd(w, day)} found that you walk about {ft} feet inside your "
        f"home with your walker. Equipment used only outside the home is not a covered benefit.",
        f"The order is for a scooter to use in the community: to shop and to go to appointments. Your benefits "
        f"cover mobility equipment needed inside the home, and the therapist who visited on {_fd(w, day)} found "
        f"that you get around your home with your walker. A scooter for use away from home is not covered under "
        f"your Health First Colorado benefits.",
    ])


def _co_rights(w: W, b: list[Block], head, qa: bool) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_CO_ADDR)
    phones = f"{_CO_MS} (Denver/Boulder) or {_CO_MS_SOUTH} (Southern Colorado), TTY 711"
    head("What if I disagree with this decision?" if qa else w.pick(["Your right to appeal", "How to appeal"]))
    b.append(w.p(w.pick([
        f"You can appeal. You must ask for an appeal within {days} from the date on this notice. Call Member "
        f"Services at {phones}, or write to {addr}. You may ask someone, like a family member, your doctor or a "
        f"lawyer, to appeal for you.",
        f"Ask for an appeal no later than {days} after the date of this notice, by phone at {phones} or by mail to "
        f"{addr}. You can send papers or a letter from your doctor that explain why you need the scooter.",
    ])))
    b.append(w.p(w.pick(["We will send you our appeal decision within 30 days.",
                         "We decide appeals within 30 days after we get them."])))
    if not _has(c, "notice.expedited_review"):
        head("What if I need a fast decision?" if qa else "Fast (expedited) appeals")
        b.append(w.p(w.pick([
            "If you or your doctor think waiting 30 days could seriously harm your life or health, ask for an "
            "expedited appeal. We will decide it within 72 hours.",
            "When your doctor tells us that a standard appeal could put your health in serious danger, we decide "
            "your appeal within 72 hours. Say that you need a fast appeal when you call.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        head("Can I keep my services during an appeal?" if qa else "Keeping services during an appeal")
        b.append(w.p(w.pick([
            "If this notice reduces, suspends or stops a service you already get, you can keep getting it while "
            "your appeal is decided. To do this, ask for the appeal within 10 days of the date of this notice or "
            "before the change takes effect, and tell us you want to keep the service. If you lose the appeal, you "
            "may have to pay for the service you got during the appeal.",
            "Services you already receive can continue during an appeal if you file the appeal and ask to keep them "
            "within 10 days from the date on this notice, or before the date they would stop. You might have to "
            "pay for them if the appeal decision is not in your favor.",
        ])))
    if not _has(c, "notice.external_review"):
        head("What is a State Fair Hearing?" if qa else "State Fair Hearing")
        b.append(w.p(w.pick([
            "If you do not agree with our appeal decision, you can ask for a State Fair Hearing, where a judge "
            "reviews the decision. Our appeal decision letter will tell you how and by when to ask. If we do not "
            "decide your appeal on time, you can ask for a State Fair Hearing without waiting for us.",
            "After the appeal, you have the right to a State Fair Hearing before a judge. The appeal decision letter "
            "explains how to ask for one and the deadline. If our appeal decision is late, you may go to a State "
            "Fair Hearing right away.",
        ])))
    head("Can I see the records you used?" if qa else "Free copies")
    b.append(w.p(w.pick([
        "Yes. You can get free copies of your records and of the rules and criteria we used to make this decision.",
        "You may ask for free copies of all papers, records and guidelines used to decide your request.",
    ])))


def t_b68_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    svc = c.services[0]
    mn = c.category == "medical_necessity"
    sup, sphone, sfax, snpi = c.extra["co_supplier"]
    pt, pday = c.extra["co_pt"]
    cm, cmph = c.extra["co_cm"]
    pa = c.extra["co_pa"]
    cell = c.extra["b68_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received, "b68_cell" if variant == 0 else "b68_fmt")
    dec = _dm(w, "DATE_DECISION", c.decision, "b68_cell" if variant == 0 else "b68_fmt")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    prov = M("PROVIDER", c.provider) if c.provider else ""
    org = ["Kaiser Permanente Colorado", "Health First Colorado (Colorado's Medicaid program)"]
    st.footer = [w.pick([f"Prior authorization {pa} - page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Colorado - Health First Colorado - {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    item = f"{w.svc(svc)} (HCPCS {w.code('E1230')})"
    asker = (f"{prov} asked us to approve" if c.provider else "You asked us to approve")
    intro = f"{asker} this item for you: {item}, to be supplied by {sup}."
    if rec:
        intro += f" We received the request on {rec}."
    if dec:
        intro += f" We decided on {dec}."
    owned = ("Our records show you already have a cane (E0100) and a folding walker with wheels (E0143). These are "
             "not part of this decision.")
    home = f"{pt} visited your home for a mobility assessment on {_fd(w, pday)}."
    book = ""
    if not mn and not _has(c, "notice.plan_provision"):
        book = f"The rule we used is in the {_CO_BOOK}."
    crit = ("We used the " + " and the ".join(w.crit(x) for x in c.criteria) + ".") if c.criteria else ""
    supplier = f"Supplier: {sup}, NPI {snpi}, phone {sphone}, fax {sfax}."
    coord = (f"Your care coordinator, {cm}, can help you look at other options, such as a different walker or home "
             f"safety equipment. Call {cm.split(',')[0]} at {cmph}.")

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado"],
                   right=["Kaiser Foundation Health Plan of Colorado", "Health First Colorado Member Services",
                          f"{_CO_MS} | {_CO_MS_SOUTH} | TTY 711"]))
    if variant == 0:
        b.append(w.h("NOTICE OF ADVERSE BENEFIT DETERMINATION", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("Health First Colorado (Colorado's Medicaid program)", align="center", space_before=0))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b68_head"),
                                        "PA number:", pa],
                                       ["Member:", w.name(), "Medicaid ID:", w.mid()],
                                       ["Date of birth:", b68date(c.extra["dob"], cell), "Received:", rec or "-"],
                                       ["Ordering provider:", prov or "-", "Decided:", dec or "-"]],
                       space_before=8, size=st.size - 0.5))
        b.append(w.p("We have made the following decision (marked X):", bold=True, space_before=8))
        boxes = [("X", "Denied the service or item you asked for"), (" ", "Approved less than you asked for"),
                 (" ", "Reduced, suspended or stopped a service you were getting"), (" ", "Denied payment for a service"),
                 (" ", "Did not decide your request on time")]
        for mark, t in boxes:
            b.append(w.p(f"[{mark}] {t}", indent=12, space_before=1))
        b.append(w.p(f"Item: {item}", space_before=6))
        b.append(w.p(f"Diagnosis: {dxs}."))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        b.append(w.p(intro))
        head("Why we made this decision")
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b68_head"), space_before=12))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Health First Colorado ID: {w.mid()}    Prior authorization: {pa}", bold=True, space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        b.append(w.p(intro))
        b.append(w.p(w.pick(["We are denying this request.", "We cannot approve the scooter."]), bold=True))
        b.append(w.p(f"Your diagnosis: {dxs}."))
        head(w.pick(["The reason for our decision", "Why we said no"]))
    b.append(w.p(M("REASON", w.reason)))
    if book:
        b.append(w.p(book))
    if crit:
        b.append(w.p(crit))
    b.append(w.p(home + " " + owned))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["The reviewer who decided your request is ", "Decision made by "]), ".")))
    b.append(w.p(supplier + " The supplier has a copy of this notice."))
    b.append(w.p(coord))
    if variant == 2:
        b.append(w.p("Please read the pages that follow. They explain your rights, including how to appeal."))
        _signoff(w, b, "Sincerely,", "Utilization Management", org)
        b.append(Block("pagebreak"))
        b.append(w.h("YOUR RIGHTS", align="center", space_before=0, size=st.size + 2))
        b.append(w.p(f"About our decision of {_fd(w, c.letter)} for {c.member_name}", align="center",
                     space_before=0))
        _co_rights(w, b, head, qa=True)
    else:
        _co_rights(w, b, head, qa=False)
        _signoff(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management", org)
    cc = [x for x in (c.provider, sup) if x]
    b.append(w.p("cc: " + "; ".join(cc), space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"You can get this notice in other languages or formats, free. Call {_CO_MS} (TTY 711).",
                             f"Free interpreters and large print: {_CO_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Language assistance"]))
    return b, st, ["co_adverse_determination_checkboxes", "co_plain_letter", "co_letter_with_rights_pages"][variant]


BLIND68_TEMPLATES["blind68_co_medicaid_power_scooter_denied"] = (t_b68_co, dict(
    plans=["medicaid"], states=["CO"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    reason=reason_b68_co))
MODELED_ON["blind68_co_medicaid_power_scooter_denied"] = (
    "blind68: Kaiser Permanente Colorado Health First Colorado (Medicaid) denial of a power-operated scooter (E1230) "
    "as not medically necessary or not covered; a notice of adverse benefit determination with check boxes, a plain "
    "letter, or a letter with question-and-answer rights pages; 60-day appeal, 30-day decision, 72-hour expedited "
    "appeal, continued services within 10 days, State Fair Hearing, free copies, taglines")
