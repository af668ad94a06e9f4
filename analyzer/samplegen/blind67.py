"""Sixty-seventh blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND67_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind67_mas_ma_skin_substitute_diabetic_foot_ulcer")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind67_mas_ma_skin_substitute_diabetic_foot_ulcer``: a Kaiser Permanente Mid-Atlantic States Medicare
   Advantage (plan_type ``medicare_advantage``; state MD, VA or DC by seed, region Mid-Atlantic States) organization
   determination (``initial_denial``, category ``medical_necessity``) that turns down a skin substitute graft for a
   diabetic foot ulcer: the application (CPT 15275) and the graft product (HCPCS Q4101 Apligraf, Q4106 Dermagraft
   or Q4158 Kerecis Omega3), two services, printed on one line or on two lines one under the other. Diagnoses
   E11.621 with an L97 ulcer code (L97.412, L97.422, L97.512 or L97.522 by the ulcer's side and site), E11.42 on some
   letters. Some letters are expedited (a 72-hour decision). The podiatrist asked for the graft on most letters; on
   the others the member asked (``requesting_provider`` null, the podiatrist still printed as the one who treats
   the ulcer). The reason: the records do not show at least 4 weeks of standard wound care that failed (care began
   too recently, the records of it are missing, or the ulcer shrank by more than half under it). Layouts:
   ``mas_denial_notice_form`` (a "Notice of Denial of Medical Coverage" form with fields and numbered sections),
   ``mas_wound_clinic_fax_copy`` (the member's notice as faxed to the wound center: a fax stamp atop every page and a
   transmittal block first) and ``mas_large_print`` (the letter in 14-point type with capital headings). Medicare
   Advantage rights from the catalogue: a reconsideration asked within 60 days of the date of the notice (65 on some
   letters; 30 or 14 when ``notice.appeal_deadline`` is planted), decided within 30 days; a fast reconsideration in
   72 hours (granted when a doctor asks); an adverse reconsideration sent on its own to the Independent Review
   Entity; a free copy of the case file; Member Services 1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380;
   1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048; the Mid-Atlantic appeals address; taglines. No LCD number
   prints (the catalogue verifies none): ``criteria_cited`` holds the Medicare local coverage determination for
   skin substitute grafts by its name, and "42 CFR 422.101(b)" when the letter says the plan followed it; an
   internal Kaiser Permanente wound guideline instead when ``medicare.internal_criteria`` is planted; nothing when
   ``notice.criteria_cited`` or ``notice.reason_specific`` is planted. Distractors: the wound's measurements (and
   earlier ones), the debridement approved earlier under its own authorization (CPT 11042: printed, approved, never
   truth), the podiatrist and the wound center's street address with ZIP, the wound center's phone and fax, the
   HbA1c value and its date, the offloading walker boot and the date it was fitted, the authorization numbers.

   Which date is which: the letter date is the date line (the "Date of this notice" field on the form); the received
   date ("we received ... on", a "Request received" field) and the decision date ("we decided on", a "Decision made"
   field) are stated when printed. The ulcer's onset, the boot, the earlier measurements, the debridement approval
   and the HbA1c date are other dates; ``service`` is always null (nothing was given). Which name is the member: the
   addressee (the "Member" field). Which reason is the reason: the paragraph under the "why" heading. The reviewer
   is the physician (or, when ``process.reviewer_not_physician`` is planted, the nurse) who signs; null when the
   Medicare utilization review team signs.

2. ``blind67_scal_medi_cal_eyelid_surgery_appeal_upheld_es``: a Kaiser Permanente Southern California Medi-Cal
   (plan_type ``medi_cal``, state CA, language ``es``) Notice of Appeal Resolution in Spanish ("Aviso de resolución
   de apelación") that upholds the denial of upper-eyelid surgery (``grievance_decision``, category
   ``medical_necessity``, always ``standard``): upper-eyelid blepharoplasty (CPT 15823), and on some letters ptosis
   repair (CPT 67904) too. Diagnoses H02.831 and H02.834 (dermatochalasis of each upper eyelid), H02.403 on the
   letters with ptosis repair. The reason: the visual field test did not show enough obstruction (the upper field
   improved too little with the lids taped), or the lid position and photographs do not show the lids covering the
   pupil. The ophthalmologist asked for the surgery on most letters (the requesting provider); on the others the
   letter says only that the member's doctor asked, and the ophthalmologist is named as the one who examined the
   member. Layouts: ``scal_es_nar_form`` (a form with labelled fields and headed sections), ``scal_es_plain_letter``
   (a plain letter) and ``scal_es_english_rights_insert`` (the Spanish letter, then an English "Your rights" insert on
   its own page). Medi-Cal NAR rights from the catalogue, in Spanish (and in English on the insert): a State Hearing
   from CDSS within 120 days of the date of the notice, (800) 743-8525, TDD (800) 952-8349, the State Hearings
   Division's P.O. Box and fax; a fast hearing decided within 3 working days; services continued during the
   hearing when it is asked within 10 days or before the service stops; Independent Medical Review with the DMHC when
   no State Hearing was asked first; the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891,
   www.dmhc.ca.gov); the Medi-Cal Managed Care Ombudsman (1-888-452-8609) and the Health Consumer Alliance
   (1-888-804-3536); Member Services 1-800-464-4000 (TTY 711); free copies; taglines with English first.
   ``stated_appeal_deadline_days`` is null: a grievance decision's State Hearing window is a next step (the schema's
   rule), so the "120 días" prints unmarked. Distractors: the date of the original denial (and its reference
   number), the date the member signed and mailed the appeal, the ophthalmologist, the visual field test date and
   the eye clinic's street address with ZIP, the degrees measured, the appeal case number, the date of birth.

   Which date is which: the letter date is the date line ("Fecha de este aviso" on the form); ``request_received``
   is the date the plan received the appeal and ``decision`` the date of the appeal decision (the opening or the
   fields). The original denial, the date the member sent the appeal and the test date are other dates; ``service``
   is always null. Which name is the member: the addressee ("Miembro" field). Which reason is the reason: the
   Spanish paragraph under the "why" heading. The truth counts 15823 (and 67904 when printed); ``criteria_cited``
   holds the named eyelid-surgery criteria when the letter says it used them. The reviewer is the physician who
   decided the appeal (the nurse when ``process.reviewer_not_physician`` is planted); null when the appeals
   committee signs.

3. ``blind67_ga_commercial_sleep_apnea_surgery_more_time``: a Kaiser Permanente Georgia commercial plan (a fully
   insured individual or small-group plan: plan_type ``commercial_hmo``, state GA) notice that it needs more
   information and more time to decide a request for sleep apnea surgery (``delay_notice``, category
   ``administrative`` as the catalogue files "we need more information" letters, always ``standard``):
   uvulopalatopharyngoplasty (CPT 42145) alone, with a septoplasty (CPT 30520), or with radiofrequency reduction of
   the tongue base (CPT 41530). Diagnosis G47.33, with J34.2 for the septoplasty and J35.1 on some letters. The ENT
   surgeon asked for the surgery on most letters; on some the member asked (``requesting_provider`` null, the surgeon
   still printed as the one who would operate). Layouts: ``ga_member_letter_records_list`` (a letter to the member
   with a numbered list of the records still needed), ``ga_surgeon_fax_records_request`` (a fax to the surgeon's
   office with a fax stamp on every page, the member on a "Patient:" line, copied to the member) and
   ``ga_key_dates_table`` (a letter with a ruled table of the key dates). The rule catalogue (federal claims rules,
   no Georgia rule verified): the reason for the extension, what is missing and who must send it, at least 45 days
   to send it, a decision within 15 days after the records arrive and the latest date the plan will decide, the
   right to file a grievance about the delay with the Georgia appeals address (on some letters the Georgia Office of
   Commissioner of Insurance is named, without a number: the catalogue verifies none); no Member Services number
   prints (the catalogue verifies none): the review unit's own line (TTY 711). When ``notice.delay_requirements`` is planted
   the letter says only that more time is needed: no list, no due date, no decision date. Distractors: the sleep
   study date, its AHI and oxygen low, the CPAP trial's start and end dates and nightly use, the BMI, the sleep
   physician, the ENT surgeon's office address with ZIP, phone and fax, the date the first decision was due, the
   records due date and the decide-by dates, the reference number.

   Which date is which: the letter date is the date line (the fax's "Date:" field); ``request_received`` is the date
   the request came (opening, fields or the key-dates table). ``decision`` and ``service`` are always null. Which
   name is the member: the addressee, or the "Patient:" line on the fax. Which reason is the reason: the paragraph
   that says why more time is needed. The truth counts the pending surgery lines; ``stated_appeal_deadline_days`` is
   null, ``criteria_cited`` empty and the reviewer null (nobody has decided).

Refused: nothing beyond what the rule catalogue rules out for these plan types, kinds and categories (the appeal
decision cannot carry the omissions that belong to a first notice; the delay notice carries only the delay-content
and tagline omissions). Dates use this set's own styles (``b67date``): "March 14, 2026", "Saturday, March 14, 2026"
(large print), "March 14, 2026" with AP month abbreviations ("Sept. 3, 2025", "Aug. 4, 2025"), "14-Mar-2026" (form
cells), "03/14/26" (fax stamps and cells), "3/14/2026" (cells), and in Spanish "14 de marzo de 2026", "sábado, 14 de
marzo de 2026", "14-03-2026" and "14 mar. 2026" (cells); ``parse_blind67_date`` reads them back.
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
from .vocab import GRIEVANCE_ADDR
from .writer import W

BLIND67_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_MES_AB = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]


def b67date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b67long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b67wkfull":  # Saturday, March 14, 2026 (a large-print date line)
        return f"{_WEEK[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b67apmon":  # Sept. 3, 2025 / March 14, 2026 (newspaper-style month abbreviations)
        return f"{_AP[d.month - 1]} {d.day}, {d.year}"
    if style == "b67dmonpad":  # 14-Mar-2026 (form cells: padded day, three-letter month)
        return f"{d.day:02d}-{_MON3[d.month - 1]}-{d.year}"
    if style == "b67mdyy":  # 03/14/26 (a fax stamp, a cell: padded, two-digit year)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "b67mdy":  # 3/14/2026 (cells: unpadded, four-digit year)
        return f"{d.month}/{d.day}/{d.year}"
    if style == "b67es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b67es_wk":  # sábado, 14 de marzo de 2026
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b67es_dmy":  # 14-03-2026 (Spanish cells: day first, padded, dashes)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "b67es_ab":  # 14 mar. 2026 (Spanish cells: short month with a point)
        return f"{d.day} {_MES_AB[d.month - 1]} {d.year}"
    raise ValueError(style)


STYLES_EN = ("b67long", "b67wkfull", "b67apmon", "b67dmonpad", "b67mdyy", "b67mdy")
STYLES_ES = ("b67es_de", "b67es_wk", "b67es_dmy", "b67es_ab")
STYLES = STYLES_EN + STYLES_ES


def parse_blind67_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b67date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(?:([A-Z][a-z]+), )?([A-Z][a-z]+\.?) ([1-9]\d?), (\d{4})", t)
        if m:
            mon = m[2]
            if m[1]:
                if m[1] not in _WEEK or mon not in MONTHS:
                    return None
                d = dt.date(int(m[4]), MONTHS.index(mon) + 1, int(m[3]))
                return d if _WEEK[d.weekday()] == m[1] else None
            if mon in MONTHS:
                return dt.date(int(m[4]), MONTHS.index(mon) + 1, int(m[3]))
            if mon in _AP:
                return dt.date(int(m[4]), _AP.index(mon) + 1, int(m[3]))
            return None
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1])) if m[2] in _MON3 else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(?:([a-záéíóú]+), )?([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m:
            if m[3] not in MESES:
                return None
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if not m[1] or _DIAS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"([1-9]\d?) ([a-z]{3,4}\.) (\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MES_AB.index(m[2]) + 1, int(m[1])) if m[2] in _MES_AB else None
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b67_fmt"] = w.pick(list(body))
    w.c.extra["b67_head"] = w.pick(list(head))
    w.c.extra["b67_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b67_fmt") -> str:
    if not day:
        return ""
    return b67date(day, w.c.extra[key] if key.startswith("b67_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b67_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(241, 959), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 4.0])
    return st


def _clock(w: W, h24: bool = False) -> str:
    h, m = w.rng.randint(7, 18), w.rng.randint(0, 59)
    if h24:
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _signoff(w: W, b: list[Block], close: str, team: str, org: list[str], line: str, size: float | None = None) -> None:
    """The closing: the reviewer who decided (marked) with a title and a direct line when printed, else the team."""
    c = w.c
    kw = {"size": size} if size else {}
    b.append(w.p(close, space_before=10, **kw))
    r = c.reviewer
    if r:
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        b.append(w.p(M("REVIEWER_NAME", r["name"]) + cred, space_before=16, **kw))
        title = c.reviewer_title
        if r["specialty"]:
            title += f" - {M('REVIEWER_SPECIALTY', r['specialty'])}"
        b.append(w.p(title, space_before=0, **kw))
        if r["phone"]:
            b.append(w.p(f"{line} {M('REVIEWER_PHONE', r['phone'])}", space_before=0, **kw))
    else:
        b.append(w.p(team, space_before=16, **kw))
    for x in org:
        b.append(w.p(x, space_before=0, **kw))


# taglines written for this set: one short sentence a language offering a free interpreter; {ph} is the number
_TAG = {
    "en": "ENGLISH: Do you need help reading this in English? An interpreter is free for you. Call {ph}.",
    "es": "ESPAÑOL: ¿Necesita ayuda en español? Le ofrecemos un intérprete sin costo. Llame al {ph}.",
    "zh": "中文：如果您需要中文協助，我們免費為您提供口譯員。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị cần trợ giúp bằng tiếng Việt? Chúng tôi có thông dịch viên miễn phí. Xin gọi {ph}.",
    "ko": "한국어: 한국어 도움이 필요하시면 무료 통역 서비스를 받으실 수 있습니다. {ph}번으로 전화하세요.",
    "tl": "TAGALOG: Kailangan ba ninyo ng tulong sa Tagalog? May libreng tagasalin para sa inyo. Tumawag sa {ph}.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե Ձեզ օգնություն է պետք հայերենով, թարգմանիչը անվճար է։ Զանգահարեք {ph}։",
    "fa": "فارسی: اگر به کمک به زبان فارسی نیاز دارید، مترجم رایگان در اختیار شماست. با {ph} تماس بگیرید.",
    "ru": "РУССКИЙ: Нужна помощь на русском языке? Переводчик предоставляется бесплатно. Звоните {ph}.",
    "ja": "日本語：日本語でのサポートが必要な方には、無料で通訳をご用意します。{ph} までお電話ください。",
    "ar": "العربية: هل تحتاج إلى مساعدة باللغة العربية؟ نوفر لك مترجمًا مجانًا. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਦੁਭਾਸ਼ੀਆ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ខ្មែរ៖ បើអ្នកត្រូវការជំនួយជាភាសាខ្មែរ យើងមានអ្នកបកប្រែដោយឥតគិតថ្លៃ។ សូមហៅលេខ {ph}។",
    "hmn": "HMOOB: Yog koj xav tau kev pab ua lus Hmoob, peb muaj neeg txhais lus pub dawb. Hu rau {ph}.",
    "hi": "हिंदी: क्या आपको हिंदी में सहायता चाहिए? दुभाषिया मुफ़्त मिलता है। {ph} पर फ़ोन करें।",
    "th": "ภาษาไทย: หากต้องการความช่วยเหลือเป็นภาษาไทย เรามีล่ามให้บริการฟรี โทร {ph}",
    "am": "አማርኛ፦ በአማርኛ እርዳታ ከፈለጉ አስተርጓሚ በነጻ እናቀርባለን። በ{ph} ይደውሉ።",
    "fr": "FRANÇAIS : Besoin d'aide en français ? Un interprète vous est offert gratuitement. Composez le {ph}.",
    "pt": "PORTUGUÊS: Precisa de ajuda em português? Oferecemos um intérprete gratuito. Ligue para {ph}.",
    "gu": "ગુજરાતી: જો તમને ગુજરાતીમાં મદદ જોઈતી હોય, તો દુભાષિયો મફત છે. {ph} પર ફોન કરો.",
    "yo": "YORÙBÁ: Ṣé ẹ nílò ìrànlọ́wọ́ ní èdè Yorùbá? Ògbufọ̀ wà fún yín lọ́fẹ̀ẹ́. Ẹ pe {ph}.",
}
_TAG_SETS = {
    "MAS": ["es", "am", "zh", "ko", "vi", "fr", "ar", "ru", "tl", "fa", "pt", "yo", "hi"],
    "CA_ES": ["en", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "vi", "ko", "zh", "gu", "fr", "am", "hi", "ar", "ru", "pt", "tl"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size)


# === 1. Mid-Atlantic Medicare Advantage: skin substitute graft for a diabetic foot ulcer ===========================

_MAS_MS = "1-800-777-7902"
_MAS_LOCAL = "(301) 468-6000"
_MAS_TTY = "(301) 879-6380"
_MAS_ADDR = GRIEVANCE_ADDR["Mid-Atlantic States"]
_MAS_AREAS = {"MD": ["301", "240", "410"], "VA": ["703", "571"], "DC": ["202"]}
_MAS_PRODUCTS = [("Apligraf", "Q4101", "bilayered living-cell skin substitute"),
                 ("Dermagraft", "Q4106", "human fibroblast-derived dermal substitute"),
                 ("Kerecis Omega3", "Q4158", "acellular fish-skin graft")]
_MAS_APPLY = ["Application of skin substitute graft to the foot, first 25 sq cm or less",
              "Skin substitute graft application, foot wound, up to 25 square centimeters",
              "Skin substitute application (feet), total wound area up to 100 sq cm, first 25 sq cm"]
_MAS_CENTERS = {
    "MD": [("Patapsco Valley Wound Care Center", "2201 Ridgely Lane, Suite 110", "Columbia, MD 21044"),
           ("Montgomery Foot & Wound Institute", "11520 Rockledge Court, Suite 300", "Rockville, MD 20852")],
    "VA": [("Northern Virginia Limb Preservation & Wound Clinic", "8260 Greensboro Drive, Suite 140",
            "McLean, VA 22102"),
           ("Prince William Advanced Wound Center", "4315 Hoadly Road, Suite 2B", "Woodbridge, VA 22192")],
    "DC": [("Capital Diabetic Foot & Wound Center", "1640 Rhode Island Avenue NW, Suite 500",
            "Washington, DC 20036"),
           ("Anacostia Podiatry and Wound Healing", "2041 Martin Luther King Jr Avenue SE, Suite 210",
            "Washington, DC 20020")],
}
_MAS_LCD = "Medicare local coverage determination (LCD) for skin substitute grafts and cellular and tissue-based products"
_MAS_REG = "42 CFR 422.101(b)"
_MAS_INTERNAL = ["Kaiser Permanente Mid-Atlantic States Advanced Wound Care Products Guideline",
                 "KP Mid-Atlantic Clinical Criteria: Cellular and Tissue-Based Products for Chronic Wounds"]
# (side, site) -> (ulcer ICD-10-CM code, text)
_MAS_ULCER = {
    ("right", "heel"): ("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed"),
    ("left", "heel"): ("L97.422", "Non-pressure chronic ulcer of left heel and midfoot with fat layer exposed"),
    ("right", "forefoot"): ("L97.512", "Non-pressure chronic ulcer of other part of right foot with fat layer exposed"),
    ("left", "forefoot"): ("L97.522", "Non-pressure chronic ulcer of other part of left foot with fat layer exposed"),
}
_MAS_SITE = {"heel": "the bottom of your {side} heel", "forefoot": "the ball of your {side} foot, under the big-toe joint"}


def _mas_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b67_mas"):
        return
    c.extra["b67_mas"] = True
    variant = c.extra["mas_variant"] = w.rng.randrange(3)  # 0 denial notice form, 1 fax copy, 2 large print
    _fmt(w, ("b67long", "b67apmon"), ("b67wkfull",) if variant == 2 else ("b67long", "b67apmon"),
         ("b67dmonpad", "b67mdyy"))
    state = w.pick(["MD", "MD", "VA", "DC"])
    c.state, c.region = state, "Mid-Atlantic States"
    c.member_addr = address(w.rng, state, "Mid-Atlantic States")
    c.category = "medical_necessity"
    c.service = None
    areas = _MAS_AREAS[state]
    prod, q, kind = w.pick(_MAS_PRODUCTS)
    sqcm = w.pick([4, 6, 8, 10, 12])
    c.extra["mas_prod"] = (prod, q, kind, sqcm)
    c.extra["mas_apps"] = w.pick([4, 5, 6])
    c.services = [dict(text=w.pick(_MAS_APPLY), codes=["15275"], decision="denied"),
                  dict(text=w.pick([f"{prod}, per square centimeter", f"{prod} skin substitute, per sq cm",
                                    f"{prod} ({kind}), per sq cm"]), codes=[q], decision="denied")]
    side, site = w.pick(["right", "left"]), w.pick(["heel", "forefoot"])
    code, text = _MAS_ULCER[(side, site)]
    c.extra["mas_site"] = (side, site)
    c.diagnoses = [dict(text=w.pick(["Type 2 diabetes mellitus with foot ulcer",
                                     "Type 2 diabetes with diabetic foot ulcer"]), codes=["E11.621"]),
                   dict(text=text, codes=[code])]
    if w.chance(0.4):
        c.diagnoses.append(dict(text="Type 2 diabetes mellitus with diabetic polyneuropathy", codes=["E11.42"]))
    base = c.received or (c.decision or c.letter) - dt.timedelta(days=3)
    c.extra["mas_onset"] = base - dt.timedelta(days=w.rng.randint(50, 110))
    c.extra["mas_route"] = w.pick(["begun", "missing", "healing"])
    route = c.extra["mas_route"]
    if route == "begun":
        c.extra["mas_care_start"] = base - dt.timedelta(days=w.rng.randint(9, 19))
    else:
        c.extra["mas_care_start"] = base - dt.timedelta(days=w.rng.randint(33, 55))
    ln, wd = round(w.rng.uniform(1.6, 3.4), 1), round(w.rng.uniform(1.1, 2.6), 1)
    dp = w.pick([0.2, 0.3, 0.4, 0.5])
    c.extra["mas_now"] = (ln, wd, dp, base - dt.timedelta(days=w.rng.randint(1, 4)))
    if route == "healing":
        f = w.rng.uniform(1.5, 1.9)
        c.extra["mas_then"] = (round(ln * f, 1), round(wd * f, 1), c.extra["mas_now"][3] - dt.timedelta(days=28))
    else:
        c.extra["mas_then"] = (round(ln * 1.1, 1), round(wd * 1.05, 1),
                               c.extra["mas_care_start"] if route == "begun" else c.extra["mas_now"][3]
                               - dt.timedelta(days=w.rng.randint(20, 30)))
    c.extra["mas_a1c"] = (round(w.rng.uniform(7.1, 10.6), 1), base - dt.timedelta(days=w.rng.randint(12, 70)))
    c.extra["mas_boot"] = c.extra["mas_care_start"] + dt.timedelta(days=w.rng.randint(0, 3))
    c.extra["mas_debr"] = (c.extra["mas_care_start"] + dt.timedelta(days=w.rng.randint(0, 2)),
                           f"{w.rng.randint(10**7, 10**8 - 1)}")
    center = w.pick(_MAS_CENTERS[state])
    c.extra["mas_center"] = (center, _phone(w, areas, 0), _phone(w, areas, 0))
    pod = person(w.rng, 0.15)[0]
    c.extra["mas_pod"] = w.pick([f"{pod}, DPM", f"{pod}, D.P.M."])
    c.provider = c.extra["mas_pod"] if w.chance(0.75) else None
    c.extra["mas_ref"] = f"OD-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["mas_unit"] = _phone(w, areas, 0)
    c.extra["mas_umfax"] = _phone(w, areas, 0)
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Nurse, Medicare"], ["RN", "RN, CWCN", "BSN, RN"])
    elif w.chance(0.8):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Vascular Surgery", "Internal Medicine", "Family Medicine", None]),
                          phone=_phone(w, areas, 0) if w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Medicare", "Associate Medical Director"])
    else:
        c.reviewer = None
    if _has(c, "medicare.internal_criteria"):  # printed even beside a bare reason: the planted rule needs it
        c.criteria = [w.pick(_MAS_INTERNAL)]
    elif _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = [_MAS_LCD] + ([_MAS_REG] if w.chance(0.5) else [])
    _flags(c)


def _mas_area(x: tuple) -> str:
    return f"{round(x[0] * x[1], 1)}"


def reason_b67_mas(w: W) -> str:
    _mas_setup(w)
    c = w.c
    if _bare(c):
        return "The skin substitute graft you asked for is not medically necessary."
    side, site = c.extra["mas_site"]
    start = _fd(w, c.extra["mas_care_start"])
    route = c.extra["mas_route"]
    ln, wd, dp, day = c.extra["mas_now"]
    tl, tw, tday = c.extra["mas_then"]
    where = "the ulcer on " + _MAS_SITE[site].format(side=side)
    if route == "begun":
        n = ((c.received or c.letter) - c.extra["mas_care_start"]).days
        return w.pick([
            f"A skin substitute is covered for a diabetic foot ulcer only when the ulcer has not healed after at "
            f"least 4 weeks of standard wound care. Your records show that standard care for {where} (a walker boot "
            f"to take weight off the wound, weekly debridement and moist dressings) began on {start}, {n} days "
            f"before the request. The 4 weeks of standard care have not been completed yet.",
            f"Standard wound care for {where} started on {start}, only {n} days before we got the request. Before a "
            f"skin substitute can be approved, the ulcer must fail to improve after at least 4 weeks of offloading, "
            f"debridement and wound dressings, and that time has not passed.",
        ])
    if route == "missing":
        return w.pick([
            f"The records sent to us do not show at least 4 weeks of standard care for {where} before the request. "
            f"There are no wound measurements before {_fd(w, tday)} and no notes about offloading or debridement "
            f"before {start}. Without those records we cannot tell that the ulcer failed to heal with standard care, "
            f"which must be shown before a skin substitute is covered.",
            f"We could not find notes showing that {where} was treated with offloading, debridement and dressings "
            f"for at least 4 weeks without getting better. The first measurement in the records is from "
            f"{_fd(w, tday)}. A skin substitute is covered only after that period of standard care is documented.",
        ])
    return w.pick([
        f"Your ulcer is getting better with the care you already receive. It measured {tl} x {tw} cm on "
        f"{_fd(w, tday)} and {ln} x {wd} cm on {_fd(w, day)}, so its area went down by more than half in 4 weeks. A "
        f"skin substitute is covered only for an ulcer that has not responded to standard care, and {where} has "
        f"responded.",
        f"The measurements in your records show {where} shrank from {_mas_area((tl, tw))} to {_mas_area((ln, wd))} "
        f"square centimeters in the 4 weeks before the request. That is a good response to the offloading boot and "
        f"weekly debridement. A skin substitute is only covered when standard wound care has not worked.",
    ])


def _mas_rights(w: W, b: list[Block], head, big: bool) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_MAS_ADDR)
    n = iter(range(4, 10))
    num = (lambda t: f"{next(n)}. {t}") if c.extra["mas_variant"] == 0 else (lambda t: t)
    head(num(w.pick(["If you disagree: ask us to reconsider", "Your right to ask for a reconsideration"])))
    b.append(w.p(w.pick([
        f"You can ask us to look at this decision again. This is called a reconsideration, the first level of "
        f"appeal. Your request must reach us within {days} from the date of this notice. Send it in writing to "
        f"{addr}, or call Member Services at {_MAS_MS} or {_MAS_LOCAL} (TTY {_MAS_TTY}).",
        f"To appeal, ask for a reconsideration no later than {days} after the date of this notice: write to {addr}, "
        f"or phone Member Services, {_MAS_MS} (local {_MAS_LOCAL}; TTY {_MAS_TTY}). Tell us why you think we "
        f"should cover the graft and include anything that supports it.",
    ])))
    b.append(w.p(w.pick([
        "Your doctor, or anyone you name as your representative, may ask for you. We will decide a standard "
        "reconsideration within 30 days.",
        "Someone else, such as your podiatrist or a family member, can file for you. A standard reconsideration is "
        "decided within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        head(num(w.pick(["A fast (expedited) reconsideration", "When you need a fast answer"])))
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously harm your health or your ability to get back full function, ask for "
            "a fast reconsideration by phone. If a doctor asks for it or tells us that you need it, you will get "
            "one. We decide fast reconsiderations within 72 hours.",
            "Ask for an expedited reconsideration when a 30-day wait could put your life, your health or your "
            "ability to regain function at serious risk. Any doctor's request for a fast decision is granted. The "
            "decision comes within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        head(num(w.pick(["What happens after we reconsider", "If we still say no"])))
        b.append(w.p(w.pick([
            "If we do not decide fully in your favor, we will send your case on our own to the Independent Review "
            "Entity, an outside organization that Medicare hires. You do not need to ask for this. If that review "
            "also goes against you, its letter will explain the further levels of appeal.",
            "When our reconsideration keeps any part of this denial, your file goes automatically to the Independent "
            "Review Entity, which works for Medicare and is not part of Kaiser Permanente. Its decision letter tells "
            "you how to go on to the next level.",
        ])))
    head(num(w.pick(["Help and information", "Other help"])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file, including the records and the coverage rules we used.",
        "We will send you, free of charge, copies of the information used for this decision if you ask.",
    ])))
    b.append(w.p(w.pick([
        "Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; TTY 1-877-486-2048; "
        "www.medicare.gov.",
        "You can also call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or visit www.medicare.gov.",
    ]), size=14.0 if big else None))


def t_b67_mas(w: W):
    _mas_setup(w)
    c = w.c
    variant = c.extra["mas_variant"]
    big = variant == 2
    if big:
        st = _style(w, ["helvetica", "times"], [14.0], [50.0, 54.0])
        st.small = 12.0
    else:
        st = _style(w, ["helvetica", "times"] if variant == 0 else ["courier", "helvetica"], [9.0, 9.5, 10.0],
                    [50.0, 56.0, 62.0])
    app, prod_svc = c.services
    prod, q, kind, sqcm = c.extra["mas_prod"]
    apps = c.extra["mas_apps"]
    (center, street, city), cph, cfax = c.extra["mas_center"]
    pod = c.extra["mas_pod"]
    a1c, a1c_day = c.extra["mas_a1c"]
    ln, wd, dp, mday = c.extra["mas_now"]
    debr_day, debr_auth = c.extra["mas_debr"]
    boot = c.extra["mas_boot"]
    onset = c.extra["mas_onset"]
    ref = c.extra["mas_ref"]
    unit = c.extra["mas_unit"]
    cell = c.extra["b67_cell"]
    side, site = c.extra["mas_site"]
    urgent = c.urgency == "expedited"
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    prov = M("PROVIDER", c.provider) if c.provider else ""
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick([f"Reference {ref} - page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Medicare Advantage | Mid-Atlantic States | {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    hs = st.size + (0 if big else 0.5)

    def head(t: str) -> None:
        b.append(w.h(t.upper() if big else t, space_before=10 if big else 8, size=hs, shade=variant == 0))

    if variant == 1:
        fax_from = c.extra["mas_umfax"]
        st.header = [f"{b67date(c.letter, 'b67mdyy')} {_clock(w, True)}  KP MAS MEDICARE UM  FAX {fax_from}  TO "
                     f"{cfax}  PG {{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX TRANSMITTAL - COPY OF MEMBER NOTICE", space_before=2, size=st.size + 3))
        b.append(Block("fields", rows=[["To:", center, "Fax:", cfax],
                                       ["Attn:", pod if not c.provider else prov, "Phone:", cph],
                                       ["From:", "Medicare Utilization Management", "Fax:", fax_from],
                                       ["Re:", f"Organization determination, ref. {ref}", "Phone:", unit]],
                       space_before=6, size=st.size - 0.5))
        b.append(w.p(w.pick([
            "The following notice was mailed to the member today. This copy is for the member's chart at your wound "
            "center. Please call the number above with questions about the request.",
            "Your patient's denial notice follows. It is sent to you as the treating podiatry office; the member has "
            "received the original by mail.",
        ]), size=st.size - 0.5, italic=True, space_before=4))
        b.append(w.p("CONFIDENTIAL: this fax holds protected health information. If it reached you by mistake, call "
                     "the sender and destroy it.", size=st.size - 1.5, space_before=2))
        b.append(Block("rule", space_before=6, size=1.2))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=13 if big else 9,
                   left=["KAISER PERMANENTE", "Medicare Advantage"],
                   right=["Mid-Atlantic States", "Medicare Utilization Management",
                          f"{_MAS_MS} (TTY {_MAS_TTY})"] if big else
                   ["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                    "Medicare Utilization Management", f"Member Services {_MAS_MS} (TTY {_MAS_TTY})"]))
    if variant == 0:
        b.append(w.h("NOTICE OF DENIAL OF MEDICAL COVERAGE", align="center", space_before=8, size=st.size + 3))
        if urgent:
            b.append(w.p("FAST (72-HOUR) DECISION", align="center", bold=True, space_before=0))
        b.append(Block("fields", rows=[["Date of this notice:", _dm(w, "DATE_LETTER", c.letter, "b67_head"),
                                        "Reference:", ref],
                                       ["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Request received:", rec or "", "Decision made:", dec or ""]],
                       space_before=8, size=st.size - 0.3))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        head("1. The care you asked us to cover")
        asker = (f"{prov}, your podiatrist at {center}, asked us" if c.provider
                 else f"You asked us (your podiatrist, {pod}, treats the ulcer at {center})")
        b.append(w.p(f"{asker} to cover a skin substitute graft for the diabetic ulcer on your {side} foot:"))
        rows = [["Service", "Code", "Amount asked"],
                [w.svc(app), w.code("15275"), f"up to {apps} applications"],
                [w.svc(prod_svc), w.code(q), f"{sqcm} sq cm per application"]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
        b.append(w.p(f"Diagnoses: {dxs}.", space_before=5))
        head("2. Our decision")
        b.append(w.p(w.pick(["We have decided not to cover the skin substitute graft listed above.",
                             "We denied coverage of both lines above: the graft and its application."]), bold=True))
        if urgent:
            b.append(w.p("You asked for a fast decision, and we made this one within 72 hours."))
        head("3. Why we said no")
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b67_head"), space_before=12, size=st.size))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", bold=True, space_before=8))
        if big:
            b.append(w.h("THIS IS A NOTICE THAT WE WILL NOT COVER CARE YOU ASKED FOR", space_before=10, size=hs))
        else:
            b.append(w.p("Re: Notice of denial of medical coverage - skin substitute graft", bold=True,
                         space_before=4))
        b.append(w.p(f"Dear {c.member_name}:", space_before=10))
        if c.provider:
            intro = (f"{prov} of {center} asked us to cover {w.svc(app)} (CPT {w.code('15275')}) with "
                     f"{w.svc(prod_svc)} (HCPCS {w.code(q)}), up to {apps} applications, for the diabetic ulcer on "
                     f"your {side} foot.")
        else:
            intro = (f"You asked us to cover a skin substitute graft for the diabetic ulcer on your {side} foot, which "
                     f"{pod} treats at {center}: {w.svc(app)} (CPT {w.code('15275')})")
            intro += (f" with {w.svc(prod_svc)} (HCPCS {w.code(q)})." if w.chance(0.5) else ", and the graft itself, "
                      f"{w.svc(prod_svc)} (HCPCS {w.code(q)}).")
        if rec:
            intro += f" We received the request on {rec}."
        if dec:
            intro += f" We decided on {dec}."
        if urgent:
            intro += " Because a fast decision was asked for, we made it within 72 hours."
        b.append(w.p(intro))
        b.append(w.p(w.pick(["We will not cover the graft or its application.",
                             "Our decision is that Medicare Advantage will not pay for this care."]), bold=True))
        b.append(w.p(f"Diagnoses on the request: {dxs}."))
        head(w.pick(["Why we made this decision", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cr = [w.crit(x) for x in c.criteria]
        if _has(c, "medicare.internal_criteria"):
            b.append(w.p(f"We reviewed the request using the {cr[0]}."))
        elif len(cr) == 2:
            b.append(w.p(f"Medicare Advantage plans follow Original Medicare's coverage rules ({cr[1]}). For this "
                         f"graft we applied the {cr[0]} that covers your area."))
        else:
            b.append(w.p(f"We based this decision on the {cr[0]} that applies in your area."))
    b.append(w.p(w.pick([
        f"What we looked at: the wound notes from {center}, {street}, {city} (phone {cph}); the ulcer measured "
        f"{ln} x {wd} x {dp} cm on {_fd(w, mday)}; your hemoglobin A1c of {a1c}% from {_fd(w, a1c_day)}; and the "
        f"offloading walker boot fitted on {_fd(w, boot)}.",
        f"The records we reviewed came from {center} ({street}, {city}). They note an ulcer first seen on "
        f"{_fd(w, onset)}, a walker boot to keep weight off the foot since {_fd(w, boot)}, an A1c of {a1c}% on "
        f"{_fd(w, a1c_day)}, and a last measurement of {ln} x {wd} x {dp} cm on {_fd(w, mday)}.",
    ])))
    b.append(w.p(w.pick([
        f"This notice does not change your wound debridement in the clinic (CPT 11042), which we approved on "
        f"{_fd(w, debr_day)} under authorization {debr_auth}. Keep your visits with your wound care team.",
        f"Debridement visits (CPT 11042) were approved on {b67date(debr_day, cell)}, authorization {debr_auth}; "
        f"they are not part of this decision and stay approved.",
    ])))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["The decision was made by ", "The reviewer for this request was "]), ".")))
    _mas_rights(w, b, head, big)
    b.append(w.p(f"Questions about this notice: Medicare Utilization Management, {unit}, Monday to Friday, 8:30 a.m. "
                 f"to 5 p.m.", size=st.size))
    _signoff(w, b, "Sincerely,", "Medicare Utilization Review Team",
             ["Kaiser Permanente Medicare Advantage", "Mid-Atlantic States"], "Direct line:")
    cc = [x for x in (c.provider or pod, center) if x]
    b.append(w.p("cc: " + ", ".join(cc), space_before=8, size=st.size - (2 if big else 1)))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter and large-print services: {_MAS_MS} (TTY {_MAS_TTY}).",
                             f"Language help at no cost: {_MAS_MS}, TTY {_MAS_TTY}."]), space_before=8))
    b += _taglines(w, "MAS", _MAS_MS, w.pick([None, "Free language help"]), size=11.0 if big else 7.0)
    return b, st, ["mas_denial_notice_form", "mas_wound_clinic_fax_copy", "mas_large_print"][variant]


BLIND67_TEMPLATES["blind67_mas_ma_skin_substitute_diabetic_foot_ulcer"] = (t_b67_mas, dict(
    plans=["medicare_advantage"], states=["MD", "VA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b67_mas))
MODELED_ON["blind67_mas_ma_skin_substitute_diabetic_foot_ulcer"] = (
    "blind67: Kaiser Permanente Mid-Atlantic States Medicare Advantage organization determination denying a skin "
    "substitute graft (15275 with Q4101, Q4106 or Q4158) for a diabetic foot ulcer (E11.621, L97.x) because 4 weeks "
    "of failed standard wound care are not documented; a denial-notice form with numbered sections, a fax copy to the "
    "wound center, or a large-print letter; 60-day reconsideration, 72-hour fast reconsideration, automatic IRE "
    "review, 1-800-MEDICARE, taglines")


# === 2. Southern California Medi-Cal, in Spanish: appeal upheld for upper-eyelid surgery ==========================

_ES_MS = "1-800-464-4000"
_ES_BLEPH = ["Blefaroplastia de ambos párpados superiores (quitar el exceso de piel)",
             "Blefaroplastia del párpado superior con exceso de piel que pesa sobre el párpado",
             "Cirugía de los párpados superiores (blefaroplastia), ambos ojos"]
_ES_PTOSIS = ["Reparación de la ptosis (párpado caído) por avance del músculo elevador",
              "Corrección de ptosis del párpado superior, resección del elevador por vía externa"]
_ES_DX = [("Dermatocalasia del párpado superior derecho", "H02.831"),
          ("Dermatocalasia del párpado superior izquierdo", "H02.834")]
_ES_DX_PTOSIS = ("Ptosis de ambos párpados, no especificada", "H02.403")
_ES_CRIT = ["Criterios clínicos de Kaiser Permanente para cirugía de párpados superiores (blefaroplastia y ptosis)",
            "Criterios InterQual para procedimientos: blefaroplastia y reparación de ptosis"]
_ES_HEARING = ("California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail Station "
               "9-17-37, Sacramento, CA 94244-2430")


def _es_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b67_es"):
        return
    c.extra["b67_es"] = True
    c.extra["es_variant"] = w.rng.randrange(3)  # 0 NAR form, 1 plain letter, 2 English rights insert
    _fmt(w, ("b67es_de",), ("b67es_wk", "b67es_de"), ("b67es_dmy", "b67es_ab"))
    c.state, c.region = "CA", "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "medical_necessity"
    dec = c.decision or c.letter
    if c.urgency == "expedited":  # an eyelid appeal is never urgent here: the timeline is redrawn as a standard one
        c.urgency = "standard"
        late = _has(c, "process.decision_untimely")
        c.received = dec - dt.timedelta(days=w.rng.randint(38, 60) if late else w.rng.randint(6, 28))
    c.service = None
    c.appeal_days, c.appeal_phrase = None, ""  # a grievance decision states no first-level deadline (schema)
    ptosis = w.chance(0.45)
    c.extra["es_ptosis"] = ptosis
    c.services = [dict(text=w.pick(_ES_BLEPH), codes=["15823"], decision="denied")]
    if ptosis:
        c.services.append(dict(text=w.pick(_ES_PTOSIS), codes=["67904"], decision="denied"))
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _ES_DX]
    if ptosis:
        c.diagnoses.append(dict(text=_ES_DX_PTOSIS[0], codes=[_ES_DX_PTOSIS[1]]))
    c.extra["es_sent"] = c.received - dt.timedelta(days=w.rng.randint(1, 5))
    c.extra["es_orig"] = c.extra["es_sent"] - dt.timedelta(days=w.rng.randint(8, 45))
    c.extra["es_orig_ref"] = f"UM-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["es_vf"] = c.extra["es_orig"] - dt.timedelta(days=w.rng.randint(12, 40))
    c.extra["es_deg"] = (w.rng.randint(24, 36), w.rng.randint(24, 36), w.rng.randint(3, 8), w.rng.randint(3, 9))
    c.extra["es_mrd"] = w.pick(["2,5", "3", "3,5"])
    c.extra["es_route"] = w.pick(["field", "lid"])
    name = person(w.rng, 0.15)[0]
    doc = w.pick([f"Dr. {name}", f"Dra. {name}", f"{name}, MD"])
    c.extra["es_doc"] = doc
    c.provider = doc if w.chance(0.65) else None
    street, town = address(w.rng, "CA", "Southern California")
    c.extra["es_clinic"] = (w.pick(["Departamento de Oftalmología de Kaiser Permanente",
                                    "Centro de Oftalmología de Kaiser Permanente"]),
                            [street.split(" Apt")[0].split(" Unit")[0].split(" #")[0], town])
    c.extra["es_case"] = f"APL-{w.rng.randint(2025, 2026)}-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["es_unit"] = _phone(w, ["626", "909", "714", "619", "951", "213"], 0)
    c.extra["dob"] = c.letter - dt.timedelta(days=w.rng.randint(38 * 365, 78 * 365))
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Enfermera de Revisión de Apelaciones", "Especialista Clínica en Apelaciones"],
                     ["RN", "RN, BSN"])
    elif w.chance(0.8):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Oftalmología", "Cirugía Oculoplástica", None]),
                          phone=_phone(w, ["626", "909", "714"], 0) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Médico Revisor de Apelaciones", "Director Médico Asociado, Apelaciones"])
    else:
        c.reviewer = None
    if _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_ES_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b67_es(w: W) -> str:
    _es_setup(w)
    c = w.c
    r0, l0, r1, l1 = c.extra["es_deg"]
    if c.extra["es_route"] == "field":
        return w.pick([
            f"La prueba de campo visual muestra que, con los párpados en su posición natural, usted ve hasta {r0} "
            f"grados por encima del centro con el ojo derecho y {l0} grados con el izquierdo. Al levantar los "
            f"párpados con cinta, la visión hacia arriba mejoró solo {r1} grados en el ojo derecho y {l1} en el "
            f"izquierdo. Para que esta cirugía sea médicamente necesaria, el párpado tiene que tapar la visión lo "
            f"suficiente para que el campo visual superior mejore por lo menos 12 grados al levantarlo. Sus "
            f"resultados no llegan a esa medida.",
            f"Sus párpados no tapan la visión lo suficiente para que la cirugía sea médicamente necesaria. En la "
            f"prueba de campo visual, el campo superior mejoró apenas {r1} grados (ojo derecho) y {l1} grados (ojo "
            f"izquierdo) cuando se levantaron los párpados con cinta; se necesita una mejoría de 12 grados o más.",
        ])
    mrd = c.extra["es_mrd"]
    return w.pick([
        f"Revisamos las fotos de sus ojos y la prueba de campo visual. El borde de cada párpado superior está a "
        f"{mrd} mm del centro de la pupila, y la piel sobrante no cae sobre la pupila. La prueba no mostró una "
        f"pérdida de visión hacia arriba que mejore de forma importante al levantar los párpados (solo {r1} y {l1} "
        f"grados). Por eso la cirugía no es médicamente necesaria para su visión.",
        f"Las fotos tomadas de frente muestran que sus párpados no cubren la pupila: el borde queda a {mrd} mm del "
        f"centro. Con la cinta, su campo visual superior cambió solo {r1} grados en un ojo y {l1} en el otro. Estos "
        f"resultados no muestran que los párpados le impidan ver, así que la cirugía no se considera médicamente "
        f"necesaria.",
    ])


def _dmhc_es(w: W) -> Block:
    return w.p(
        "El Departamento de Atención Médica Administrada de California (Department of Managed Health Care) es "
        "responsable de regular los planes de servicios de atención médica. Si tiene una queja contra su plan de "
        f"salud, primero debe llamar a su plan al {_ES_MS} (TTY 711) y usar el proceso de quejas de su plan antes de "
        "comunicarse con el departamento. Usar este proceso de quejas no le quita ningún derecho ni recurso legal que "
        "pueda tener. Si necesita ayuda con una queja sobre una emergencia, con una queja que su plan no resolvió a "
        "su satisfacción o con una queja que lleva más de 30 días sin resolverse, puede llamar al departamento. "
        "Usted también puede reunir los requisitos para una Revisión Médica Independiente (IMR). Si los reúne, la IMR "
        "le dará una revisión imparcial de las decisiones médicas que toma un plan sobre la necesidad médica de un "
        "servicio o tratamiento propuesto, de las decisiones de cobertura de tratamientos experimentales o en "
        "investigación, y de las disputas de pago por servicios médicos de emergencia o de urgencia. El departamento "
        "tiene un número de teléfono gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) para personas con "
        "problemas de audición o del habla. El sitio web del departamento, www.dmhc.ca.gov, tiene formularios de "
        "queja, formularios de solicitud de IMR e instrucciones.", bold=True, size=12.0)


def _dmhc_en(w: W) -> Block:
    return w.p(
        "The California Department of Managed Health Care regulates health care service plans. If you have a "
        f"grievance against your health plan, first call your health plan at {_ES_MS} (TTY 711) and use its "
        "grievance process before you contact the department. Using this grievance procedure does not take away any "
        "legal rights or remedies you may have. If you need help with a grievance involving an emergency, a "
        "grievance your health plan has not resolved to your satisfaction, or a grievance that has stayed unresolved "
        "for more than 30 days, you may call the department for help. You may also qualify for an Independent "
        "Medical Review (IMR). If you qualify, IMR gives an impartial review of a health plan's medical decisions "
        "about the medical necessity of a proposed service or treatment, its coverage decisions for treatments that "
        "are experimental or investigational, and payment disputes for emergency or urgent medical services. The "
        "department has a toll-free number (1-888-466-2219) and a TDD line (1-877-688-9891) for people with hearing "
        "or speech impairments. The department's website, www.dmhc.ca.gov, has complaint forms, IMR application "
        "forms and instructions.", bold=True, size=12.0)


def _es_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Si no está de acuerdo con esta decisión", "Sus derechos después de esta decisión"]))
    b.append(w.p(w.pick([
        "Audiencia Estatal: puede pedir una Audiencia Estatal al Departamento de Servicios Sociales de California "
        "(CDSS) dentro de 120 días a partir de la fecha de este aviso. Llame al (800) 743-8525 (TDD (800) 952-8349), "
        f"envíe un fax al 916-651-5210, hágalo en línea o escriba a: {_ES_HEARING}.",
        "Usted tiene 120 días desde la fecha de este aviso para pedir una Audiencia Estatal (State Hearing) con el "
        "Departamento de Servicios Sociales de California. Puede pedirla por teléfono al (800) 743-8525 (TDD "
        f"(800) 952-8349), por fax al 916-651-5210, por internet o por correo a {_ES_HEARING}.",
    ])))
    b.append(w.p(w.pick([
        "Si esperar pondría su salud en grave peligro, pida una audiencia rápida. La decisión llega a más tardar 3 "
        "días hábiles después de que la División de Audiencias Estatales recibe su expediente. En la audiencia "
        "puede hablar usted mismo o llevar a un familiar, un amigo, un abogado u otra persona.",
        "Audiencia acelerada: cuando una espera larga puede dañar gravemente su salud, la decisión se toma dentro de "
        "3 días hábiles después de que el estado recibe el expediente. Puede representarse usted mismo o pedir que "
        "lo represente otra persona.",
    ])))
    b.append(w.p(w.pick([
        "Si esta decisión redujo o suspendió un servicio que ya recibía, puede seguir recibiéndolo mientras espera la "
        "audiencia si la pide dentro de 10 días a partir de la fecha de este aviso o antes de la fecha en que el "
        "servicio se suspenda, lo que ocurra más tarde.",
        "Servicios durante la audiencia: cuando se trata de un servicio que ya recibía y que se redujo o se paró, "
        "siga recibiéndolo pidiendo la audiencia en un plazo de 10 días desde la fecha de este aviso, o antes de que "
        "el servicio termine.",
    ])))
    b.append(w.p(w.pick([
        "Revisión Médica Independiente (IMR): también puede pedir una IMR al Departamento de Atención Médica "
        "Administrada (DMHC). No puede pedirla si ya pidió una Audiencia Estatal sobre este mismo asunto. La IMR no "
        "le cuesta nada.",
        "Puede pedir una Revisión Médica Independiente (IMR) al DMHC, sin costo, siempre que no haya pedido antes una "
        "Audiencia Estatal por este mismo problema.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(_dmhc_es(w))
    b.append(w.p(w.pick([
        "Ayuda gratis: Oficina del Ombudsman de Atención Administrada de Medi-Cal, 1-888-452-8609 (TTY 711), de "
        "lunes a viernes de 8 a.m. a 5 p.m.; Health Consumer Alliance, 1-888-804-3536.",
        "Para recibir ayuda sin costo, llame al Ombudsman de Medi-Cal al 1-888-452-8609 (TTY 711) o a la Health "
        "Consumer Alliance al 1-888-804-3536.",
    ])))
    b.append(w.p(w.pick([
        "Puede pedirnos, sin costo, copias de todos los documentos, expedientes y criterios que usamos para decidir "
        f"su apelación. Llame a Servicios a los Miembros al {_ES_MS} (TTY 711).",
        f"Si desea copias gratuitas de su expediente de apelación y de los criterios, llame al {_ES_MS} (TTY 711).",
    ])))


def _en_insert(w: W, b: list[Block], st: Style) -> None:
    c = w.c
    b.append(Block("pagebreak"))
    b.append(w.h("YOUR RIGHTS - ENGLISH COPY", align="center", space_before=0, size=st.size + 2))
    b.append(w.p(f"Appeal case {c.extra['es_case']}  |  Member {c.member_name}", align="center", space_before=0,
                 size=st.size - 0.5))
    b.append(w.p("This page repeats in English the rights explained in your Spanish letter.", italic=True))
    b.append(w.h("State Hearing", space_before=8))
    b.append(w.p("You may ask the California Department of Social Services for a State Hearing within 120 days from "
                 "the date of this notice. Call (800) 743-8525 (TDD (800) 952-8349), fax 916-651-5210, ask online, "
                 f"or write to {_ES_HEARING}. If waiting would put your health in serious danger, ask for an "
                 "expedited hearing: it is decided within 3 working days after the hearings division gets your case "
                 "file. You may speak for yourself or have someone speak for you."))
    b.append(w.p("If this decision reduced or stopped a service you were already getting, you can keep getting it "
                 "until the hearing if you ask within 10 days from the date of this notice or before the service "
                 "stops, whichever is later."))
    b.append(w.h("Independent Medical Review", space_before=8))
    b.append(w.p("You may also ask the Department of Managed Health Care for an Independent Medical Review, free of "
                 "charge, unless you have already asked for a State Hearing on the same issue."))
    if not _has(c, "notice.dmhc_statement"):
        b.append(_dmhc_en(w))
    b.append(w.h("Free help", space_before=8))
    b.append(w.p("Medi-Cal Managed Care Ombudsman: 1-888-452-8609 (TTY 711), Monday to Friday, 8 a.m. to 5 p.m. "
                 f"Health Consumer Alliance: 1-888-804-3536. Kaiser Permanente Member Services: {_ES_MS} (TTY 711). "
                 "You may ask us for free copies of the documents, records and criteria used in your appeal."))


def t_b67_es(w: W):
    _es_setup(w)
    c = w.c
    variant = c.extra["es_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    doc = c.extra["es_doc"]
    clinic, caddr = c.extra["es_clinic"]
    case = c.extra["es_case"]
    cell = c.extra["b67_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    sent = _fd(w, c.extra["es_sent"])
    orig = _fd(w, c.extra["es_orig"])
    vf = _fd(w, c.extra["es_vf"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    what = " y ".join(f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services)
    st.footer = [w.pick([f"Caso {case} - página {{page}} de {{pages}}", "Página {page} de {pages}",
                         "Kaiser Permanente - Medi-Cal - {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Medi-Cal - Sur de California"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Apelaciones de Miembros",
                          f"Servicios a los Miembros {_ES_MS} (TTY 711)"]))
    if variant == 0:
        b.append(w.h("AVISO DE RESOLUCIÓN DE APELACIÓN", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("(Notice of Appeal Resolution)", align="center", space_before=0, size=st.size - 1))
        b.append(Block("fields", rows=[["Fecha de este aviso:", _dm(w, "DATE_LETTER", c.letter, "b67_head"),
                                        "N.º de caso:", case],
                                       ["Miembro:", w.name(), "N.º de registro médico:", w.mid()],
                                       ["Fecha de nacimiento:", b67date(c.extra["dob"], cell),
                                        "Apelación recibida:", rec or ""],
                                       ["Decisión original:", b67date(c.extra["es_orig"], cell),
                                        "Fecha de la decisión:", dec or ""]],
                       space_before=8, size=st.size - 0.5))
        b.append(w.p(c.member_name, space_before=10))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b67_head"), space_before=12))
        b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    if variant != 0:
        b.append(w.p(f"N.º de registro médico: {w.mid()}    Caso de apelación: {case}", bold=True, space_before=8))
        b.append(w.p("Asunto: Resultado de su apelación - cirugía de párpados", bold=True, space_before=0))
    b.append(w.p(f"Estimado(a) {c.member_name}:", space_before=10))
    if c.provider:
        asked = f"la cirugía que pidió {M('PROVIDER', c.provider)}, su oftalmólogo"
    else:
        asked = "la cirugía de párpados que pidió su médico"
    intro = (f"Usted apeló nuestra decisión del {orig} (referencia {c.extra['es_orig_ref']}) de no aprobar {asked}: "
             f"{what}. Usted firmó y envió su apelación el {sent}.")
    if rec:
        intro += f" La recibimos el {rec}."
    if dec:
        intro += f" Tomamos una decisión el {dec}."
    b.append(w.p(intro))
    if variant == 0:
        head("Nuestra decisión")
    b.append(w.p(w.pick(["Mantenemos la decisión original: la cirugía no está aprobada.",
                         "Después de revisar su apelación, seguimos negando la cirugía."]), bold=True))
    b.append(w.p(f"Diagnósticos: {dxs}."))
    head(w.pick(["Por qué mantenemos la negación", "La razón de nuestra decisión"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.provider:
        b.append(w.p(w.pick([
            f"Su oftalmólogo le examinó y la prueba de campo visual se hizo el {vf} en el {clinic}, {caddr[0]}, "
            f"{caddr[1]}. Revisamos esos resultados, las fotos de sus párpados y la carta que usted envió con su "
            f"apelación.",
            f"Para decidir, revisamos la carta de su apelación, las notas de la consulta, las fotos y la prueba de "
            f"campo visual del {vf} ({clinic}, {caddr[0]}, {caddr[1]}).",
        ])))
    else:
        b.append(w.p(w.pick([
            f"{doc}, oftalmólogo, le examinó en el {clinic}, {caddr[0]}, {caddr[1]}, donde se hizo la prueba de campo "
            f"visual el {vf}. Revisamos sus notas, las fotos de sus párpados y la carta de su apelación.",
            f"Revisamos la carta de su apelación y las notas de {doc}, el oftalmólogo que le examinó, con las fotos y "
            f"la prueba de campo visual del {vf} ({clinic}, {caddr[0]}, {caddr[1]}).",
        ])))
    if c.criteria:
        b.append(w.p("Usamos estos criterios: " + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["Su apelación la revisó ", "La decisión la tomó "]),
                          ", quien no participó en la primera decisión.")))
    _es_rights(w, b, head)
    b.append(w.p(f"Si tiene preguntas sobre esta carta, llame a la Unidad de Apelaciones al {c.extra['es_unit']}, de "
                 f"lunes a viernes, de 8:30 a.m. a 5 p.m."))
    _signoff(w, b, "Atentamente,", "Comité de Apelaciones de Miembros",
             ["Kaiser Permanente, Medi-Cal", "Región del Sur de California"], "Teléfono directo:")
    if c.provider:
        b.append(w.p(f"c.c.: {c.provider}", space_before=8, size=st.size - 1))
    if variant == 2:
        b.append(w.p("Adjunto: Sus derechos en inglés (Your rights - English copy)", italic=True, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de intérprete gratuitos: {_ES_MS} (TTY 711).",
                             f"Ayuda con el idioma sin costo: llame al {_ES_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA_ES", _ES_MS, w.pick([None, "Ayuda en su idioma"]))
    if variant == 2:
        _en_insert(w, b, st)
    return b, st, ["scal_es_nar_form", "scal_es_plain_letter", "scal_es_english_rights_insert"][variant]


BLIND67_TEMPLATES["blind67_scal_medi_cal_eyelid_surgery_appeal_upheld_es"] = (t_b67_es, dict(
    plans=["medi_cal"], states=["CA"], kinds=["grievance_decision"], cats=["medical_necessity"], language="es",
    reason=reason_b67_es))
MODELED_ON["blind67_scal_medi_cal_eyelid_surgery_appeal_upheld_es"] = (
    "blind67: Kaiser Permanente Southern California Medi-Cal Notice of Appeal Resolution in Spanish upholding the "
    "denial of upper-eyelid blepharoplasty (15823) and ptosis repair (67904) because the visual field test showed too "
    "little obstruction; a form, a plain letter, or a letter with an English rights insert; State Hearing within 120 "
    "days, IMR unless a hearing was asked first, the DMHC statement, Medi-Cal Ombudsman, Health Consumer Alliance, "
    "taglines with English first")


# === 3. Georgia commercial: more time and records needed to decide sleep apnea surgery ============================

_GA_ADDR = GRIEVANCE_ADDR["Georgia"]
_GA_AREAS = ["404", "770", "678"]
_GA_UPPP = ["Uvulopalatopharyngoplasty (UPPP)", "Palatopharyngoplasty (uvulopalatopharyngoplasty)",
            "UPPP - surgery to remove and tighten tissue of the soft palate and throat"]
_GA_EXTRA = {
    "septo": (["Septoplasty (straightening of the nasal septum)", "Septoplasty, with or without cartilage graft"],
              "30520"),
    "tongue": (["Radiofrequency reduction of the tongue base", "Submucosal radiofrequency ablation of the tongue base"],
               "41530"),
}
_GA_ENT = [("Peachtree Ear, Nose & Throat Associates", "1100 Johnson Ferry Road NE, Suite 550", "Atlanta, GA 30342"),
           ("North Fulton Otolaryngology and Sleep Surgery", "3400 Old Milton Parkway, Building C, Suite 310",
            "Alpharetta, GA 30005"),
           ("Gwinnett Head & Neck Surgical Group", "575 Professional Drive, Suite 240", "Lawrenceville, GA 30046")]
_GA_NEED = {
    "psg": "the full report of your sleep study of {psg}, including the apnea-hypopnea index and oxygen levels",
    "cpap": "the download from your CPAP machine for the trial from {c0} to {c1}, showing hours of use each night",
    "cpap_why": "notes explaining why CPAP did not work for you (mask fittings, pressure changes, side effects)",
    "exam": "the surgeon's exam notes: tonsil size, palate and tongue position, and your body mass index",
    "dise": "the report of the sleep endoscopy (the airway exam done under sedation), if one was done",
    "oral": "records of any trial of an oral appliance from a dentist",
}


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b67_ga"):
        return
    c.extra["b67_ga"] = True
    variant = c.extra["ga_variant"] = w.rng.randrange(3)  # 0 member letter + records list, 1 surgeon fax, 2 dates table
    _fmt(w, ("b67long", "b67apmon"), ("b67long", "b67apmon"), ("b67mdy", "b67dmonpad"))
    c.state, c.region = "GA", "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.category = "administrative"
    c.urgency = "standard"
    c.received = c.letter - dt.timedelta(days=w.rng.randint(3, 10))
    c.decision = None
    c.service = None
    c.extra["ga_first_due"] = c.received + dt.timedelta(days=15)
    c.extra["ga_send_by"] = c.letter + dt.timedelta(days=45)
    c.extra["ga_latest"] = c.extra["ga_send_by"] + dt.timedelta(days=15)
    combo = w.pick(["uppp", "uppp", "septo", "tongue"])
    c.extra["ga_combo"] = combo
    c.services = [dict(text=w.pick(_GA_UPPP), codes=["42145"], decision="pending")]
    if combo in _GA_EXTRA:
        texts, code = _GA_EXTRA[combo]
        c.services.append(dict(text=w.pick(texts), codes=[code], decision="pending"))
    c.diagnoses = [dict(text=w.pick(["Obstructive sleep apnea (adult)", "Obstructive sleep apnea"]), codes=["G47.33"])]
    if combo == "septo":
        c.diagnoses.append(dict(text="Deviated nasal septum", codes=["J34.2"]))
    if w.chance(0.35):
        c.diagnoses.append(dict(text="Hypertrophy of tonsils", codes=["J35.1"]))
    c.extra["ga_psg"] = (c.received - dt.timedelta(days=w.rng.randint(100, 260)), round(w.rng.uniform(18, 52), 1),
                         w.rng.randint(76, 86), w.pick(["in-lab sleep study", "home sleep apnea test"]))
    c0 = c.extra["ga_psg"][0] + dt.timedelta(days=w.rng.randint(20, 40))
    c.extra["ga_cpap"] = (c0, c0 + dt.timedelta(days=w.rng.randint(60, 120)), round(w.rng.uniform(0.8, 3.4), 1))
    c.extra["ga_bmi"] = round(w.rng.uniform(26.5, 34.8), 1)
    c.extra["ga_sleepdoc"] = person(w.rng, 0.0)[0] + w.pick([", MD", ", DO"])
    surgeon = person(w.rng, 0.15)[0]
    c.extra["ga_surgeon"] = w.pick([f"{surgeon}, MD", f"Dr. {surgeon}", f"{surgeon}, M.D."])
    c.extra["ga_ent"] = (w.pick(_GA_ENT), _phone(w, _GA_AREAS, 0), _phone(w, _GA_AREAS, 0))
    c.provider = c.extra["ga_surgeon"] if (variant == 1 or w.chance(0.55)) else None
    need = ["psg", "cpap", "cpap_why", "exam", "dise", "oral"]
    c.extra["ga_need"] = sorted(w.rng.sample(need, w.rng.randint(2, 4)), key=need.index)
    c.extra["ga_ref"] = f"GA-PA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["ga_unit"] = (_phone(w, _GA_AREAS, 0), _phone(w, _GA_AREAS, 0))
    c.extra["ga_nurse"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", RN, Utilization Review"])
    c.reviewer = None  # nobody has decided: a review nurse gathers the records
    c.criteria = []
    c.appeal_days, c.appeal_phrase = None, ""
    _flags(c)


def reason_b67_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _has(c, "notice.delay_requirements"):
        return w.pick(["We need more time to review this request before we can make a decision.",
                       "Our review of this request is not finished, and we are taking more time to complete it."])
    psg, ahi, _low, kind = c.extra["ga_psg"]
    c0, c1, hrs = c.extra["ga_cpap"]
    if "psg" in c.extra["ga_need"] or "cpap" in c.extra["ga_need"]:
        return w.pick([
            f"We cannot decide yet because the request came without the records that show how severe the sleep apnea "
            f"is and what happened with CPAP. We have a summary of the {kind} of {_fd(w, psg)} but not the full "
            f"report, and we have no record of nightly CPAP use during the trial from {_fd(w, c0)} to {_fd(w, c1)}.",
            f"The information we received is not enough to decide. Surgery for sleep apnea is reviewed after CPAP has "
            f"been tried and did not work, and the request includes neither the full {kind} report nor the CPAP "
            f"usage record for {_fd(w, c0)} through {_fd(w, c1)}.",
        ])
    return w.pick([
        "We need more information before we can decide. The request does not include the surgeon's exam findings of "
        "the throat and palate or the records showing why CPAP could not be used, which we review for this surgery.",
        "Some of the records we use to review sleep apnea surgery did not come with the request: the examination of "
        "the airway and the notes on why CPAP was not tolerated. We have asked for them and need time to review "
        "them.",
    ])


def _ga_needs(w: W) -> list[str]:
    c = w.c
    psg = c.extra["ga_psg"][0]
    c0, c1, _ = c.extra["ga_cpap"]
    out = []
    for k in c.extra["ga_need"]:
        out.append(_GA_NEED[k].format(psg=_fd(w, psg), c0=_fd(w, c0), c1=_fd(w, c1)))
    return out


def _ga_rights(w: W, b: list[Block], head) -> None:
    unit, _fax = w.c.extra["ga_unit"]
    addr = ", ".join(_GA_ADDR[1:])
    head(w.pick(["If you disagree with this delay", "Your right to complain about the extension"]))
    b.append(w.p(w.pick([
        f"If you think we should not take more time, you may file a grievance. Call us at {unit} (TTY 711) or write "
        f"to Kaiser Permanente, {addr}. This letter is not a denial; you will get our decision in writing, with your "
        f"appeal rights if we do not approve the surgery.",
        f"You can file a complaint (grievance) about this extension by phone at {unit} (TTY 711) or by mail to Kaiser "
        f"Permanente, {addr}. We have not denied your request. If we deny any part of it later, our letter will tell "
        f"you how to appeal.",
    ])))
    if w.chance(0.5):
        b.append(w.p("You may also contact the Georgia Office of Commissioner of Insurance about your coverage."))


def t_b67_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 1 else ["courier", "helvetica"], [9.5, 10.0],
                [54.0, 60.0, 66.0])
    nodetail = _has(c, "notice.delay_requirements")
    (practice, street, city), eph, efax = c.extra["ga_ent"]
    surgeon = c.extra["ga_surgeon"]
    sleepdoc = c.extra["ga_sleepdoc"]
    psg, ahi, low, kind = c.extra["ga_psg"]
    c0, c1, hrs = c.extra["ga_cpap"]
    bmi = c.extra["ga_bmi"]
    ref = c.extra["ga_ref"]
    unit, ufax = c.extra["ga_unit"]
    nurse = c.extra["ga_nurse"]
    cell = c.extra["b67_cell"]
    send_by, latest, first_due = c.extra["ga_send_by"], c.extra["ga_latest"], c.extra["ga_first_due"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    prov = M("PROVIDER", c.provider) if c.provider else ""
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    svcs = "; ".join(w.svc_with_codes(s, w.rng.randrange(2)) for s in c.services)
    st.footer = [w.pick([f"Ref. {ref} | page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Georgia - Utilization Review - {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 1:
        st.header = [f"{b67date(c.letter, 'b67mdyy')} {_clock(w)}   KPGA UTILIZATION REVIEW   {ufax}  ->  {efax}   "
                     f"{{page}} OF {{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX - REQUEST FOR MEDICAL RECORDS", space_before=2, size=st.size + 4))
        b.append(w.p("Kaiser Permanente Georgia | Utilization Review", bold=True, space_before=2))
        b.append(Block("fields", rows=[["Date:", _dm(w, "DATE_LETTER", c.letter, "b67_head"), "Ref.:", ref],
                                       ["To:", prov, "Fax:", efax],
                                       ["Office:", practice, "Phone:", eph],
                                       ["From:", nurse, "Fax:", ufax],
                                       ["Patient:", w.name(), "Member ID:", w.mid()]],
                       space_before=6, size=st.size - 0.4))
        b.append(w.p(f"{street}, {city}", size=st.size - 1, space_before=2))
        b.append(w.p("Confidential health information. If you received this fax in error, notify the sender and "
                     "destroy all pages.", size=st.size - 1.5, italic=True, space_before=4))
        b.append(Block("rule", space_before=6))
        b.append(w.p(f"Dear {c.provider}:", space_before=8))
        intro = f"Your office asked us to approve surgery for {c.member_name}: {svcs}."
        if rec:
            intro += f" The request reached us on {rec}."
        b.append(w.p(intro))
        b.append(w.p(f"Diagnosis on the request: {dxs}."))
        head("Why we need more time")
        b.append(w.p(M("REASON", w.reason)))
        if not nodetail:
            head("Please send")
            for i, t in enumerate(_ga_needs(w), 1):
                b.append(w.p(f"{i}. {t[0].upper()}{t[1:]}".replace("your ", "the patient's ").replace("you ", "the "
                             "patient "), indent=12, space_before=2))
            b.append(w.p(f"Fax the records to {ufax}, Attn: {nurse}, by {_fd(w, send_by)}. That gives your office 45 "
                         f"days from the date of this fax. We will decide within 15 days after the records arrive; if "
                         f"none arrive, we will decide by {_fd(w, latest)} with what we have."))
        else:
            b.append(w.p("We will let you and the patient know when the review is complete."))
        b.append(w.p(f"From the records we do have: {kind} on {b67date(psg, cell)}, AHI {ahi} events per hour, lowest "
                     f"oxygen saturation {low}%; CPAP trial {b67date(c0, cell)} to {b67date(c1, cell)}, average use "
                     f"{hrs} hours a night; BMI {bmi}; sleep medicine: {sleepdoc}."))
        b.append(w.p(f"Questions: {nurse}, {unit}."))
        b.append(w.p(f"cc: {c.member_name} (member copy, with rights information)", space_before=8,
                     size=st.size - 1))
        b.append(Block("pagebreak"))
        b.append(w.h("MEMBER COPY - INFORMATION ABOUT THIS EXTENSION", space_before=0, size=st.size + 1))
        b.append(w.p(f"{c.member_name}, Kaiser Permanente has asked your surgeon's office for more records about the "
                     f"surgery request described above and is taking more time to decide it."))
        _ga_rights(w, b, head)
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Georgia"],
                       right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Utilization Review Department",
                              f"Phone {unit} (TTY 711)"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b67_head"), space_before=12))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", bold=True, space_before=8))
        b.append(w.p(w.pick(["Re: We need more time to decide your surgery request",
                             "Subject: Extension of the review of your prior authorization request"]), bold=True,
                     space_before=0))
        b.append(w.p(f"Dear {c.member_name}:", space_before=10))
        if c.provider:
            intro = f"{prov}, an ear, nose and throat surgeon at {practice}, asked us to approve surgery for you: {svcs}."
        else:
            intro = (f"You asked us to approve surgery for your sleep apnea: {svcs}. The surgery would be done by "
                     f"{surgeon} at {practice}.")
        if rec and variant == 0:
            intro += f" We received the request on {rec}."
        b.append(w.p(intro))
        b.append(w.p(w.pick(["We have not made a decision yet. We are extending the time to decide.",
                             "This letter is to tell you that we need more time to decide."]), bold=True))
        b.append(w.p(f"Diagnosis: {dxs}."))
        if variant == 2:
            rows = [["What", "Date"]]
            if rec:
                rows.append(["We received the request", rec])
            rows.append(["First decision was due", b67date(first_due, cell)])
            if not nodetail:
                rows.append(["Records due to us", b67date(send_by, cell)])
                rows.append(["Latest date we will decide", b67date(latest, cell)])
            b.append(w.h("Key dates", space_before=8))
            b.append(Block("table", rows=rows, space_before=3, size=st.size - 0.5))
        head(w.pick(["Why we need more time", "The reason for the extension"]))
        b.append(w.p(M("REASON", w.reason)))
        if not nodetail:
            head(w.pick(["What we still need", "Records we have asked for"]))
            b.append(w.p(f"We have asked the office of {c.provider or surgeon} to send us:"))
            for i, t in enumerate(_ga_needs(w), 1):
                b.append(w.p(f"{i}. {t[0].upper()}{t[1:]}", indent=12, space_before=2))
            b.append(w.p(w.pick([
                f"The records must reach us by {_fd(w, send_by)}, 45 days from the date of this letter. You may send "
                f"them yourself or ask the surgeon's office to fax them to {ufax}. We will decide within 15 days after "
                f"we get them. If they do not arrive, we will decide by {_fd(w, latest)} using the information we "
                f"have.",
                f"Please make sure the records get to us no later than {_fd(w, send_by)} (you have 45 days). Once they "
                f"arrive, we will decide within 15 days, and in any case by {_fd(w, latest)}; without them we may not "
                f"be able to approve the surgery.",
            ])))
        else:
            b.append(w.p("We will write to you when our review is finished."))
        b.append(w.p(w.pick([
            f"What we have now: a summary of your {kind} from {_fd(w, psg)} (AHI {ahi} events per hour, lowest oxygen "
            f"level {low}%), a note from {sleepdoc} that you tried CPAP from {_fd(w, c0)} to {_fd(w, c1)} and used it "
            f"about {hrs} hours a night, and your BMI of {bmi}.",
            f"Your file already includes the {kind} summary dated {_fd(w, psg)} (AHI {ahi}), your CPAP trial of "
            f"{_fd(w, c0)} to {_fd(w, c1)} (average {hrs} hours a night, per {sleepdoc}) and a BMI of {bmi}.",
        ])))
        b.append(w.p(f"The surgeon's office: {practice}, {street}, {city}; phone {eph}, fax {efax}."))
        _ga_rights(w, b, head)
        b.append(w.p(f"Questions? Call Utilization Review at {unit} (TTY 711), Monday through Friday, 8 a.m. to 5 p.m., "
                     f"and mention reference {ref}."))
        b.append(w.p("Sincerely,", space_before=10))
        b.append(w.p(nurse, space_before=14))
        b.append(w.p("Utilization Review Department", space_before=0))
        b.append(w.p("Kaiser Foundation Health Plan of Georgia, Inc.", space_before=0))
        b.append(w.p(f"cc: {c.provider or surgeon}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {unit}, TTY 711.",
                             f"Language help is free. Call {unit} (TTY 711)."]), space_before=8))
    b += _taglines(w, "GA", unit, w.pick([None, "Language assistance"]))
    return b, st, ["ga_member_letter_records_list", "ga_surgeon_fax_records_request", "ga_key_dates_table"][variant]


BLIND67_TEMPLATES["blind67_ga_commercial_sleep_apnea_surgery_more_time"] = (t_b67_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["delay_notice"], cats=["administrative"], reason=reason_b67_ga))
MODELED_ON["blind67_ga_commercial_sleep_apnea_surgery_more_time"] = (
    "blind67: Kaiser Permanente Georgia commercial plan notice that it needs more records and more time to decide a "
    "request for sleep apnea surgery (42145 alone or with 30520 or 41530; G47.33); a member letter with a records "
    "list, a fax to the surgeon's office with a member copy, or a letter with a key-dates table; what is missing, 45 "
    "days to send it, a decision within 15 days after it arrives and a latest decision date, a grievance about the "
    "delay, taglines")
