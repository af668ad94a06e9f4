"""Forty-ninth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND49_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind49_nca_ma_focused_ultrasound_tremor")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind49_midatlantic_commercial_panniculectomy``: a Kaiser Permanente of the Mid-Atlantic States commercial HMO
   (plan_type ``commercial_hmo``, state MD) denial (``initial_denial``) of a panniculectomy (CPT 15830), with the
   abdominoplasty add-on (CPT 15847) where the surgeon's request bills it, after massive weight loss (L98.7 with
   Z98.84). Category per letter: ``not_covered`` (removing the skin fold, or tightening the abdominal wall with it,
   for its look is a cosmetic service the Evidence of Coverage excludes; the exclusion is cited by section) or
   ``medical_necessity`` (the record does not show a rash or skin breakdown under the fold that keeps coming back
   despite three months of treatment; a Mid-Atlantic medical policy is named). Layouts: ``mas_documents_checklist``
   (a member letter with a "Documentation we reviewed" checklist of what came in and what did not),
   ``mas_surgeon_cc_member`` (a letter addressed to the plastic surgeon's office, the member on a "Patient:" line,
   copied to the member) and ``mas_shaded_reason_box`` (the reason in a shaded box right under the greeting, the
   details below). Maryland commercial rights from the catalogue: an appeal within 180 days (ACA floor), a fast
   appeal decided in 72 hours, external review by an independent review organization within 4 months of the final
   internal decision (45 CFR 147.136), free copies of documents and criteria, the Maryland Health Education and
   Advocacy Unit (410-528-1840, 1-877-261-8807, with "check your plan documents"), Member Services 1-800-777-7902,
   (301) 468-6000, TTY (301) 879-6380, Monday to Friday 7:30 to 5:30, taglines. Distractors: the dated clinical
   photographs, the weight table (dates, pounds, BMI), the bariatric operation and its date and code (a past
   service: 43644 or 43775), the surgeon's office NPI, phone and fax, the primary care clinician, the reference
   number.

   Which date is which: the letter date is the date line under the letterhead; received and decision dates are in
   the opening paragraph; photo, weight-table and bariatric dates are earlier events; ``service`` is always null.
   Which name is the member: the addressee, or the "Patient:" line of the surgeon's letter. The requesting provider
   is the plastic surgeon. Which reason is the reason: the paragraph under the reason heading (in the shaded box on
   the third layout); the EOC section sentence after it is not part of it. The truth counts 15830 and, when billed,
   15847.

2. ``blind49_nca_ma_focused_ultrasound_tremor``: a Kaiser Permanente Northern California Senior Advantage
   (plan_type ``medicare_advantage``, state CA) organization determination (``initial_denial``, standard or
   expedited) denying MR-guided focused ultrasound thalamotomy (CPT 0398T) for essential tremor (G25.0). Category
   per letter: ``experimental_investigational`` (the request is for the second side after an earlier one-sided
   treatment, which the plan's technology assessment calls investigational) or ``medical_necessity`` (the tremor
   is not shown to resist medicine: only one of the two first-line drugs was tried, or at a low dose). Criteria: a
   named Northern California technology assessment or clinical criteria. Layouts: ``nca_numbered_integrated_notice``
   (a "Notice of Denial of Medical Coverage (or Payment)" in numbered sections of this set's order),
   ``nca_contacts_sidebar`` (a two-column opening whose left column is a shaded "Who to contact" sidebar) and
   ``nca_portal_print`` (a letter printed from the member portal: a header on every page with the print date and
   time and "Page x of y", the portal address in the footer). MA rights from the catalogue: a reconsideration
   within 60 days (65 accepted) by phone to Senior Advantage 1-800-443-0815 (TTY 711, 8 a.m. to 8 p.m., 7 days) or
   in writing to the Northern California grievance address, a standard answer in 30 days, a fast appeal in 72
   hours, automatic Independent Review Entity review when the plan keeps its decision, free copies,
   1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), HICAP 1-800-434-0222, taglines. Distractors: the referring
   neurologist (not the requester) vs. the physician reviewer, deep brain stimulation named as an alternative with
   its codes (61863, 61867), the medication trial dates and doses, the first-side treatment date, the tremor
   rating score, the portal print date.

   Which date is which: the letter date is the date line (on the portal print the letter's own "Letter date", not
   the header's print date); received and decision dates are in the request paragraph or numbered section; drug
   trial dates and the earlier treatment are history; ``service`` is always null. Which name is the member: the
   addressee. The requesting provider is the neurosurgeon who asked. Which reason is the reason: the paragraph
   under the "why" heading. The truth counts 0398T only (never 61863/61867).

3. ``blind49_or_medicaid_orthognathic_surgery``: a Kaiser Permanente Northwest Oregon Health Plan (Medicaid;
   plan_type ``medicaid``, state OR) notice denying orthognathic (jaw) surgery: a mandibular sagittal split
   (CPT 21196) with a segmental mandibular osteotomy (21198), and a LeFort I (21141) when billed, for a class III
   bite (M26.213, with M26.11 in some letters). Category per letter: ``not_covered`` (jaw surgery for the bite
   alone is not an OHP benefit; the Member Handbook section is cited) or ``medical_necessity`` (the cephalometric
   values and records fall short of the criteria: reverse overjet under 5 mm and no chewing, speech or airway
   problem documented). Layouts: ``or_state_noa_checkboxes`` (a state-style "Notice of Action" with a checkbox
   list of reasons, one checked), ``or_english_with_spanish_page`` (an English notice followed by a Spanish
   tagline page) and ``or_items_table_partial`` (a ``partial_denial``: a table of the requested lines in which the
   pre-surgical consultation 99243 is approved and the surgery lines are denied; every line is a service). Oregon
   Medicaid rights from the catalogue: an appeal within 60 days of the date on the notice, decided in 30 days, a
   fast appeal in 72 hours, continued services when an appeal of a stopped or reduced service is filed within 10
   days (this notice stops nothing), a hearing with the Oregon Health Authority after the appeal decision (the
   State sets the window, 90 to 120 days, which that letter gives) or at once when the plan does not decide in
   time, free copies of records and criteria, taglines. No Member Services number is printed (the catalogue does
   not verify Kaiser Northwest's): the member calls the number on the ID card. Distractors: the orthodontist vs. the
   oral and maxillofacial surgeon who asked, the cephalometric values (ANB, Wits, overjet), the date of the
   orthodontic records, the clinic phone and fax, the OHP client number.

   Which date is which: the letter date heads the notice ("Notice date"); received and decision dates are in the
   opening paragraph (in the table layout the decision date is also in a "Decision date" field); the records date
   is an earlier event; ``service`` is always null. Which name is the member: the addressee. The requesting
   provider is the oral surgeon. Which reason is the reason: the paragraph under the reason heading (the checked box
   is a label, not the reason). The truth counts the surgery lines, plus 99243 in the partial decision.

Dates use this set's own styles (``b49date``); ``parse_blind49_date`` reads them back. The letterhead date prints in
one style and the body's dates in another. Refused: the generator refuses rule ids the catalogue does not apply to
a template's plan, state, kind or category, and for the Senior Advantage letter ``medicare.internal_criteria`` (no
Medicare rule for this procedure is verified in the catalogue, so the letter cannot be written as applying the
wrong one) and ``medicare.transition_period`` (a pre-service request, not an ongoing course).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ordinal
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND49_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON = [m[:3] for m in MONTHS]
_MES = D.MONTHS_ES
_MESAB = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b49date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b49wkordof":  # Saturday, the 14th of March, 2026 (a formal letterhead date)
        return f"{_DOW[d.weekday()]}, the {_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "b49dmonhy":  # 14-Mar-2026 (a records system; day padded: 05-Mar-2026)
        return f"{d.day:02d}-{_MON[d.month - 1]}-{d.year}"
    if style == "b49mddash4":  # 03-14-2026 (month first, padded, dashes)
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "b49monnocomma":  # March 14 2026 (a mail merge that drops the comma)
        return f"{MONTHS[d.month - 1]} {d.day} {d.year}"
    if style == "b49capsmonabbr":  # MAR 14, 2026 (a notice-generation system's capitals)
        return f"{_MON[d.month - 1].upper()} {d.day}, {d.year}"
    if style == "b49mdyy":  # 3/14/26 (table cells and print stamps, not padded)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "b49es_abrde":  # 14 de mar. de 2026 (a Spanish word processor's medium date)
        return f"{d.day} de {_MESAB[d.month - 1]} de {d.year}"
    raise ValueError(style)


STYLES_EN = ("b49wkordof", "b49dmonhy", "b49mddash4", "b49monnocomma", "b49capsmonabbr", "b49mdyy")
STYLES_ES = ("b49es_abrde",)
STYLES = STYLES_EN + STYLES_ES


def parse_blind49_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b49date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+), the ([1-9]\d?)(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[1] in _DOW and m[4] in MONTHS:
            d = dt.date(int(m[5]), MONTHS.index(m[4]) + 1, int(m[2]))
            return d if _DOW[d.weekday()] == m[1] and _ordinal(d.day) == m[2] + m[3] else None
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m and m[2] in _MON:
            return dt.date(int(m[3]), _MON.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?) (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z]{3}) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in [x.upper() for x in _MON]:
            return dt.date(int(m[3]), [x.upper() for x in _MON].index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([1-9]\d?) de ([a-z]+\.) de (\d{4})", t)
        if m and m[2] in _MESAB:
            return dt.date(int(m[3]), _MESAB.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b49_fmt"] = w.pick(list(body))
    w.c.extra["b49_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b49_fmt") -> str:
    if not day:
        return ""
    return b49date(day, w.c.extra[key] if key in ("b49_fmt", "b49_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b49_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(230, 969), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 4.0])
    return st


def _md(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float,
        creds: list[str] | None = None) -> None:
    c = w.c
    name = person(w.rng, 0.3)[0]
    c.reviewer = dict(name=name, credentials=w.pick(creds or ["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _sign(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=14))
    b.append(w.p(org, space_before=0))


def _reviewer_line(w: W, lead: str, phone_lead: str) -> str:
    line = _who(w, lead, ".")
    if w.c.reviewer["phone"]:
        line += f" {phone_lead} {M('REVIEWER_PHONE', w.c.reviewer['phone'])}."
    return line


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "ESPAÑOL: Si habla español, puede recibir ayuda gratis con este aviso. Llame al {ph}.",
    "zh": "中文：如果您說中文，我們可免費為您提供語言協助。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị nói tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Hãy gọi {ph}.",
    "tl": "TAGALOG: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {ph}.",
    "ko": "한국어: 한국어를 사용하시는 경우 무료 언어 지원을 받으실 수 있습니다. {ph}번으로 전화하십시오.",
    "ru": "РУССКИЙ: Если вы говорите по-русски, вам бесплатно помогут на вашем языке. Звоните {ph}.",
    "fr": "FRANÇAIS : Si vous parlez français, une aide linguistique gratuite est à votre disposition. "
          "Appelez le {ph}.",
    "am": "አማርኛ፦ አማርኛ የሚናገሩ ከሆነ ነጻ የቋንቋ እርዳታ ያገኛሉ። በ {ph} ይደውሉ።",
    "ar": "العربية: إذا كنت تتحدث العربية، تتوفر لك خدمات المساعدة اللغوية مجانًا. اتصل على {ph}.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն ստանալ: Զանգահարեք {ph}:",
    "fa": "فارسی: اگر به فارسی صحبت می‌کنید، خدمات زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ja": "日本語：日本語を話される方は、無料で言語支援をご利用いただけます。{ph} までお電話ください。",
    "km": "ភាសាខ្មែរ៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ អ្នកអាចទទួលបានជំនួយភាសាដោយឥតគិតថ្លៃ។ ទូរស័ព្ទទៅ {ph}។",
    "so": "SOOMAALI: Haddii aad ku hadasho Soomaali, waxaad heli kartaa caawimaad luqadeed oo bilaash ah. Wac {ph}.",
    "uk": "УКРАЇНСЬКА: Якщо ви розмовляєте українською, вам безкоштовно допоможуть вашою мовою. Телефонуйте {ph}.",
    "ro": "ROMÂNĂ: Dacă vorbiți românește, puteți primi gratuit ajutor lingvistic. Sunați la {ph}.",
}
# Oregon taglines send the member to the number on the ID card (no Kaiser Northwest number is verified)
_TAG_OR = {
    "es": "ESPAÑOL: Puede recibir ayuda gratis en español. Llame al número de Servicios para Miembros que aparece en "
          "su tarjeta de identificación (TTY 711).",
    "vi": "TIẾNG VIỆT: Quý vị có thể được hỗ trợ ngôn ngữ miễn phí. Vui lòng gọi số điện thoại ghi trên thẻ hội "
          "viên của quý vị (TTY 711).",
    "zh": "中文：您可以免費獲得語言協助。請撥打您會員卡上的電話號碼（TTY 711）。",
    "ru": "РУССКИЙ: Вы можете бесплатно получить языковую помощь. Позвоните по номеру, указанному на вашей карточке "
          "участника (TTY 711).",
    "ko": "한국어: 무료 언어 지원을 받으실 수 있습니다. 회원 카드에 있는 번호로 전화하십시오(TTY 711).",
    "so": "SOOMAALI: Waxaad heli kartaa caawimaad luqadeed oo bilaash ah. Wac lambarka ku qoran kaarkaaga "
          "xubinnimada (TTY 711).",
    "ar": "العربية: يمكنك الحصول على مساعدة لغوية مجانية. اتصل بالرقم المدوّن على بطاقة العضوية الخاصة بك (TTY 711).",
    "uk": "УКРАЇНСЬКА: Ви можете безкоштовно отримати мовну допомогу. Телефонуйте за номером, указаним на вашій "
          "картці учасника (TTY 711).",
    "ro": "ROMÂNĂ: Puteți primi gratuit asistență lingvistică. Sunați la numărul de pe cardul dumneavoastră de membru "
          "(TTY 711).",
}
_TAG_SETS = {
    "MD": ["es", "fr", "zh", "ko", "vi", "am", "ru", "tl", "ar"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "ar"],
    "OR": ["es", "vi", "zh", "ru", "ko", "so", "ar", "uk", "ro"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0, skip: tuple = ()) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = [x for x in _TAG_SETS[key] if x not in skip]
    first, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = (_TAG_OR[code] if key == "OR" else _TAG[code]).replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Mid-Atlantic commercial HMO: panniculectomy after massive weight loss ======================================

_MAS_MS, _MAS_LOCAL, _MAS_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_MAS_AREAS = ["301", "240", "410", "443"]
_MAS_PANNI = ["Panniculectomy (excision of excess skin and subcutaneous tissue, abdomen)",
              "Excision of excessive skin and subcutaneous tissue of the abdomen (panniculectomy)",
              "Panniculectomy, abdominal"]
_MAS_ABDO = ["Abdominoplasty with repair of the abdominal wall muscles (add-on)",
             "Abdominoplasty, add-on to panniculectomy (umbilical transposition and fascial plication)"]
_MAS_DX = [("Excessive and redundant skin and subcutaneous tissue", "L98.7"), ("Bariatric surgery status", "Z98.84")]
_MAS_BARI = [("Roux-en-Y gastric bypass", "43644"), ("sleeve gastrectomy", "43775")]
_MAS_CRIT = ["Kaiser Permanente Mid-Atlantic States Medical Policy: Panniculectomy and Abdominoplasty",
             "Kaiser Permanente Mid-Atlantic States Clinical Review Criteria for Panniculectomy"]
_MAS_PRACTICES = ["Chesapeake Plastic & Reconstructive Surgery", "Potomac Aesthetic and Reconstructive Associates",
                  "Montgomery Plastic Surgery Group", "Patuxent Body Contouring Center"]


def _mas_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b49_mas"):
        return
    c.extra["b49_mas"] = True
    c.extra["mas_variant"] = w.rng.randrange(3)
    _fmt(w, ("b49mddash4", "b49monnocomma", "b49dmonhy"), ("b49wkordof", "b49capsmonabbr", "b49monnocomma"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    nc = c.category == "not_covered"
    add_on = w.chance(0.75 if nc else 0.3)
    c.services = [dict(text=w.pick(_MAS_PANNI), codes=["15830"], decision="denied")]
    if add_on:
        c.services.append(dict(text=w.pick(_MAS_ABDO), codes=["15847"], decision="denied"))
    c.diagnoses = [dict(text=t, codes=[k]) for t, k in _MAS_DX]
    c.service = None
    base = c.received or c.letter
    # weight history: bariatric surgery 2 to 4 years ago, stable weight for the last year
    bari_day = base - dt.timedelta(days=w.rng.randint(2 * 365, 4 * 365))
    start_w = w.rng.randint(268, 342)
    loss = w.rng.randint(105, 150)
    height_in = w.rng.randint(62, 71)
    rows = []
    for k, frac in enumerate([0.0, 0.55, 0.85, 0.98, 1.0]):
        day = bari_day - dt.timedelta(days=w.rng.randint(10, 30)) if k == 0 else \
            bari_day + dt.timedelta(days=[0, 180, 365, 545, 0][k] + w.rng.randint(-12, 12))
        if k == 4:
            day = base - dt.timedelta(days=w.rng.randint(14, 40))
        lb = round(start_w - loss * frac)
        rows.append((day, lb, round(703 * lb / height_in ** 2, 1)))
    c.extra["mas_rows"] = rows
    c.extra["mas_bari"] = (bari_day,) + w.pick(_MAS_BARI)
    c.extra["mas_photos"] = base - dt.timedelta(days=w.rng.randint(5, 20))
    c.extra["mas_consult"] = c.extra["mas_photos"] - dt.timedelta(days=w.pick([0, 0, 7, 14]))
    c.extra["mas_rash"] = base - dt.timedelta(days=w.rng.randint(60, 200))
    c.extra["mas_grade"] = w.pick([2, 3])
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, MD, FACS"])
    c.extra["mas_last"] = last
    c.extra["mas_practice"] = (w.pick(_MAS_PRACTICES), _phone(w, _MAS_AREAS, 0), _phone(w, _MAS_AREAS, 1),
                               f"1{w.rng.randint(10**8, 10**9 - 1)}")
    c.extra["mas_paddr"] = address(w.rng, "MD", "Mid-Atlantic States")
    c.extra["mas_pcp"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", CRNP", ", DO"])
    c.criteria = [] if nc or _has(c, "notice.criteria_cited") or _bare(c) else [w.pick(_MAS_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse Reviewer", "Clinical Review Nurse"], ["RN", "RN, BSN"])
    elif not nc or w.chance(0.5):
        _md(w, ["Plastic Surgery", "General Surgery", "Dermatology"],
            ["Physician Reviewer", "Associate Medical Director, Utilization Management"], _MAS_AREAS, 0.55, 0.65)
    c.extra["mas_ref"] = f"MAS-{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["mas_fax"] = _phone(w, _MAS_AREAS)
    c.extra["mas_sec"] = w.pick(["Section 5", "Section 4", "Section 6"])
    _flags(c)


def reason_b49_mas(w: W) -> str:
    _mas_setup(w)
    c = w.c
    v = c.extra["mas_variant"]
    you = "your" if v != 1 else w.pick(["the patient's", "the member's"])
    add_on = len(c.services) == 2
    if _bare(c):
        if c.category == "not_covered":
            return "Panniculectomy is a cosmetic service and is not covered."
        return "The requested panniculectomy does not meet medical necessity criteria."
    if c.category == "not_covered":
        what = ("removal of the lower abdominal skin fold together with tightening of the abdominal wall "
                "(abdominoplasty)" if add_on else "removal of the lower abdominal skin fold")
        return w.pick([
            f"The plan does not cover cosmetic surgery, meaning surgery done mainly to change how the body looks. "
            f"The request is for {what}. The office notes and photographs describe the size and shape of the fold "
            f"after {you} weight loss but no medical problem it causes, such as skin infections, sores or wounds "
            f"that keep coming back. Without such a problem the surgery is cosmetic and is excluded from coverage.",
            f"The records sent with the request show {you} skin fold as a change in body contour after weight loss. "
            f"They do not describe rashes, infections or open areas under the fold. Surgery whose purpose is to "
            f"improve appearance is excluded under the plan, and {what} for this purpose falls under that "
            f"exclusion.",
        ])
    rash = _fd(w, c.extra["mas_rash"])
    return w.pick([
        f"Our policy covers panniculectomy when the skin fold hangs at or below the pubic area and causes a rash "
        f"(intertrigo), skin breakdown or infection under the fold that keeps coming back even after at least three "
        f"months of treatment, such as antifungal or barrier creams and keeping the area dry, as written in the "
        f"medical record. The records show one visit for a rash under the fold, on {rash}, treated with nystatin "
        f"powder, and no later visits for the rash. Because a rash that continues despite three months of "
        f"treatment is not documented, the surgery is not medically necessary at this time.",
        f"The notes we received show a grade {c.extra['mas_grade']} pannus but do not document ongoing skin "
        f"problems under it. There is one note of redness under the fold ({rash}) and no record of treatment "
        f"lasting three months or of the rash coming back after treatment. The policy requires that history "
        f"before this surgery is approved, so it is not medically necessary now.",
    ])


def _mas_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    head(w.pick(["Your right to appeal", "How to appeal this decision", "If you disagree"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you name may appeal this decision within {M('APPEAL_DAYS', c.appeal_phrase)} "
        f"of the date you receive this letter. Send a letter and any records you want us to see to {addr}, or call "
        f"Member Services at {_MAS_MS} (local {_MAS_LOCAL}), TTY {_MAS_TTY}, Monday through Friday, 7:30 a.m. to "
        "5:30 p.m.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this notice. Write to "
        f"{addr}, or call {_MAS_MS} or {_MAS_LOCAL} (TTY {_MAS_TTY}), weekdays 7:30 a.m. to 5:30 p.m. Your surgeon "
        "can send a letter with the appeal.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously harm your life, your health or your ability to regain "
            "maximum function, you or your doctor can ask for an expedited appeal. We will decide it within 72 hours.",
            "Fast appeals: when a delay could seriously put your health at risk, ask for an expedited review. We "
            "answer those within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we keep our decision after your appeal, you may ask that an independent review organization look at "
            "it. Ask within 4 months after you receive our final appeal decision (45 CFR 147.136). There is no cost "
            "to you.",
            "External review: after our final internal decision you can have an independent review organization "
            "review the case at no cost. The request is due within 4 months of receiving that decision (45 CFR "
            "147.136).",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the documents, records and any criteria we used in making this decision.",
        "Copies of everything we relied on, including the policy and your records, are free if you ask.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Health Education and Advocacy Unit of the Maryland Attorney General's Office can help you file an "
            "appeal at no cost: 410-528-1840 or toll-free 1-877-261-8807 (check your plan documents for current "
            "contact information).",
            "Free help with appeals: Maryland Health Education and Advocacy Unit, Office of the Attorney General, "
            "1-877-261-8807 or 410-528-1840 (please check your plan documents for current numbers).",
        ])))


def _mas_weights(w: W) -> list[list[str]]:
    rows = [["Date", "Weight (lb)", "BMI", "Note"]]
    notes = ["Before surgery", "6 months after", "1 year after", "18 months after", "Latest visit"]
    for (day, lb, bmi), note in zip(w.c.extra["mas_rows"], notes, strict=True):
        rows.append([b49date(day, "b49mdyy"), str(lb), f"{bmi}", note])
    return rows


def t_b49_mas(w: W):
    _mas_setup(w)
    c = w.c
    variant = c.extra["mas_variant"]  # 0 checklist, 1 to the surgeon cc member, 2 shaded reason box
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [58.0, 64.0, 70.0])
    ref, fax = c.extra["mas_ref"], c.extra["mas_fax"]
    practice, pph, pfax, pnpi = c.extra["mas_practice"]
    bari_day, bari_name, bari_code = c.extra["mas_bari"]
    pcp = c.extra["mas_pcp"]
    prov = M("PROVIDER", c.provider)
    urgent = c.urgency == "expedited"
    nc = c.category == "not_covered"
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    photos = _fd(w, c.extra["mas_photos"])
    st.footer = [w.pick([f"Ref. {ref} | Page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States - {page}",
                         f"{ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Utilization Management"],
                   right=["Kaiser Foundation Health Plan of the", "Mid-Atlantic States, Inc.",
                          w.pick(facilities("MD", "Mid-Atlantic States")) + f"  Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b49_head"), space_before=8))
    if variant == 1:
        b.append(w.p(prov, space_before=8))
        b.append(w.p(practice, space_before=0))
        b.extend(w.p(x, space_before=0) for x in c.extra["mas_paddr"])
        b.append(w.p(f"NPI {pnpi}   Phone {pph}   Fax {pfax}", space_before=0, size=st.size - 0.5))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Reference:", ref, "Primary care:", pcp]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.h(w.pick(["Prior authorization request: not approved", "Notice of adverse determination"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear Dr. {c.extra['mas_last']}:", space_before=8))
        intro = w.pick([f"You asked us to authorize {svcs} for the patient named above.",
                        f"Your office requested prior authorization of {svcs} for this patient."])
    else:
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Medical record number: {w.mid()}    Reference: {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["Your request for skin removal surgery", "Decision on your surgery request",
                             "We did not approve the requested surgery"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        if variant == 2:
            b.append(w.h(w.pick(["Why we said no", "The reason for our decision"]), space_before=8, shade=True,
                         size=st.size + 0.5))
            b.append(w.p(M("REASON", w.reason), boxed=True, space_before=2))
            if nc and not _has(c, "notice.plan_provision"):
                b.append(w.p(f"Plan provision: Evidence of Coverage, {c.extra['mas_sec']}, \"Exclusions and "
                             "Limitations\", cosmetic services.", size=st.size - 0.5, space_before=3))
            head(w.pick(["The details", "More about this decision"]))
        intro = w.pick([f"{prov}, a plastic surgeon at {practice}, asked us to cover {svcs}.",
                        f"We reviewed a request from {prov} ({practice}) for {svcs}."])
    if rec:
        intro += w.pick([f" The request reached us on {rec}.", f" We received it on {rec}."])
    if urgent:
        intro += " It was reviewed as an urgent request."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" The request is denied.", " We are not able to approve it."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnoses: ", "Diagnoses listed on the request: "]) + dxs + "."))
    if variant != 2:
        head(w.pick(["Why we made this decision", "Reason for the decision", "Why the request was denied"]))
        b.append(w.p(M("REASON", w.reason)))
        if nc and not _has(c, "notice.plan_provision"):
            b.append(w.p(w.pick([
                f"This exclusion is in your Evidence of Coverage, {c.extra['mas_sec']}, \"Exclusions and "
                "Limitations\" (cosmetic services).",
                f"See the Evidence of Coverage, {c.extra['mas_sec']}, under \"Exclusions and Limitations\": cosmetic "
                "services.",
            ])))
    if c.criteria:
        b.append(w.p(w.pick(["We applied the ", "Criteria used: "]) + join_and([M("CRITERIA", x) for x in
                                                                                 c.criteria]) + "."))
    hist = w.pick([
        f"The {bari_name} (CPT {bari_code}) was done on {_fd(w, bari_day)}; the weight history in the records is "
        "below.",
        f"History from the records: {bari_name} on {_fd(w, bari_day)} (CPT {bari_code}), then the weights below.",
    ])
    if variant == 0:
        head(w.pick(["Documentation we reviewed", "What we reviewed"]))
        items = [f"[X] Consultation note from {practice}, {_fd(w, c.extra['mas_consult'])}",
                 f"[X] Clinical photographs (front, side, fold lifted), taken {photos}",
                 f"[X] Weight history and bariatric operative report (NPI {pnpi})",
                 f"[X] Primary care notes from {pcp}",
                 "[ ] Notes of treatment for rash or skin breakdown under the fold over three months"
                 if not nc else "[ ] A description of a medical problem caused by the fold"]
        b += [w.p(x, indent=12, space_before=1) for x in items]
        b.append(w.p(hist, space_before=6))
    else:
        b.append(w.p(w.pick([
            f"We looked at the consultation note, the photographs taken {photos}, and notes from {pcp}. {hist}",
            f"Records reviewed: {practice} consultation and photographs ({photos}), primary care notes ({pcp}). "
            f"{hist}",
        ])))
    b.append(Block("table", rows=_mas_weights(w), space_before=3, size=8.2))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["This decision was made by ", "Reviewed by "]),
                                    w.pick(["The surgeon may call", "To discuss it with the reviewer, call"]))))
    b.append(w.p(w.pick([
        "If new records show a rash or wound that keeps coming back despite treatment, your surgeon may send a new "
        "request.",
        "Your surgeon can send a new request at any time with records of skin problems under the fold.",
    ])))
    _mas_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management Department",
          "Kaiser Permanente Mid-Atlantic States")
    if variant == 1:
        b.append(w.p(f"cc: {w.name()} (member copy by mail); {pcp}", size=st.size - 1, space_before=6))
    else:
        b.append(w.p(f"cc: {prov}, {practice} (NPI {pnpi}; fax {pfax})", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services are available. Call {_MAS_MS} (TTY {_MAS_TTY}).",
                             f"Need help in another language? It is free: {_MAS_MS}, TTY {_MAS_TTY}."]),
                     space_before=6))
    b += _taglines(w, "MD", _MAS_MS, w.pick([None, "Language assistance"]))
    return b, st, ["mas_documents_checklist", "mas_surgeon_cc_member", "mas_shaded_reason_box"][variant]


BLIND49_TEMPLATES["blind49_midatlantic_commercial_panniculectomy"] = (t_b49_mas, dict(
    plans=["commercial_hmo"], states=["MD"], kinds=["initial_denial"], cats=["not_covered", "medical_necessity"],
    reason=reason_b49_mas))
MODELED_ON["blind49_midatlantic_commercial_panniculectomy"] = (
    "blind49: Kaiser Permanente Mid-Atlantic States commercial HMO denial of a panniculectomy (15830, with the "
    "abdominoplasty add-on 15847 when billed) after massive weight loss (L98.7, Z98.84), as a cosmetic exclusion or "
    "as not medically necessary; a member letter with a 'Documentation we reviewed' checklist, a letter to the "
    "plastic surgeon copied to the member, or a letter with the reason in a shaded box; 180-day appeal, 72-hour "
    "expedited appeal, external review in 4 months (45 CFR 147.136), free copies, Maryland HEAU, taglines")


# === 2. Northern California Senior Advantage: MR-guided focused ultrasound for essential tremor ===================

_SA_MS = "1-800-443-0815"
_NC_AREAS = ["510", "415", "916", "408", "650", "925"]
_NC_FUS = ["Magnetic resonance guided focused ultrasound thalamotomy",
           "MR-guided focused ultrasound (MRgFUS) ablation of the thalamus for tremor",
           "Focused ultrasound thalamotomy with MR guidance"]
_NC_CRIT = {"experimental_investigational": [
    "Kaiser Permanente Northern California Technology Assessment: MR-Guided Focused Ultrasound for Essential Tremor",
    "Kaiser Permanente Interregional New Technologies Committee review of focused ultrasound thalamotomy"],
    "medical_necessity": [
    "Kaiser Permanente Northern California Clinical Criteria: Focused Ultrasound Thalamotomy for Essential Tremor",
    "Kaiser Permanente Northern California Neurosurgery Criteria for Ablative Tremor Procedures"]}
_NC_CENTERS = ["Redwood City Medical Center", "Sacramento Medical Center", "San Francisco Medical Center"]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b49_nc"):
        return
    c.extra["b49_nc"] = True
    c.extra["nc_variant"] = w.rng.randrange(3)
    _fmt(w, ("b49monnocomma", "b49dmonhy", "b49mddash4"), ("b49capsmonabbr", "b49wkordof", "b49monnocomma"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.services = [dict(text=w.pick(_NC_FUS), codes=["0398T"], decision="denied")]
    c.diagnoses = [dict(text="Essential tremor", codes=["G25.0"])]
    c.service = None
    base = c.received or c.letter
    side = w.pick(["right", "left"])
    c.extra["nc_hand"] = side
    c.extra["nc_target"] = "left" if side == "right" else "right"
    c.extra["nc_first"] = base - dt.timedelta(days=w.rng.randint(200, 500))  # first side treated (exp. variant)
    p0 = base - dt.timedelta(days=w.rng.randint(400, 900))
    p1 = p0 + dt.timedelta(days=w.rng.randint(120, 300))
    c.extra["nc_prop"] = (p0, p1, w.pick([40, 60, 80]))
    c.extra["nc_prim"] = (p1 + dt.timedelta(days=w.rng.randint(3, 20)), w.pick([25, 50]))
    c.extra["nc_mn_why"] = w.pick(["noprim", "lowdose"])
    c.extra["nc_score"] = w.rng.randint(18, 32)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["nc_last"] = last
    c.extra["nc_neuro"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", DO"])
    c.extra["nc_center"] = w.pick(_NC_CENTERS)
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = [w.pick(_NC_CRIT[c.category])]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist"], ["RN", "RN, MSN"])
    else:
        _md(w, ["Neurology", "Neurological Surgery"], ["Physician Reviewer", "Medical Director, Senior Advantage UM"],
            _NC_AREAS, 0.5, 0.7)
        if w.chance(0.15):
            c.reviewer = None
    c.extra["nc_ref"] = f"{w.rng.randint(10, 99)}-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nc_fax"] = _phone(w, _NC_AREAS)
    c.extra["nc_nphone"] = _phone(w, _NC_AREAS)
    c.extra["nc_print"] = (c.letter + dt.timedelta(days=w.rng.randint(1, 9)), w.rng.randint(7, 21),
                           w.rng.randint(0, 59))
    _flags(c)


def reason_b49_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    hand, target = c.extra["nc_hand"], c.extra["nc_target"]
    if _bare(c):
        if c.category == "experimental_investigational":
            return "Focused ultrasound thalamotomy is considered investigational for this use."
        return "The request does not meet medical necessity criteria."
    if c.category == "experimental_investigational":
        first = _fd(w, c.extra["nc_first"])
        return w.pick([
            f"You had focused ultrasound treatment on one side of the brain on {first}. This request is to treat "
            f"the other side ({target} thalamus) for tremor in your {hand} hand. Our technology assessment found "
            f"that the studies of treating the second side are small and short, and they do not yet show that "
            f"the benefit outweighs the risks to speech, swallowing and balance. For this use the procedure is "
            f"considered investigational, so it is not covered.",
            f"The request is for a second focused ultrasound treatment, on the {target} side, after the first side "
            f"was treated on {first}. Treating both sides with this method has been studied in only a small number "
            f"of patients followed for a short time. The evidence is not enough to show it is safe and effective, "
            f"so we consider the second-side treatment investigational.",
        ])
    prop0, prop1, mg = c.extra["nc_prop"]
    if c.extra["nc_mn_why"] == "noprim":
        return w.pick([
            f"This treatment is approved when tremor keeps disabling daily activities after trials of both first-line "
            f"medicines, propranolol and primidone, at effective doses (or when they cannot be taken). Your records "
            f"show propranolol {mg} mg a day from {_fd(w, prop0)} to {_fd(w, prop1)}, but no trial of primidone and "
            f"no reason it cannot be used. Because your tremor has not been shown to resist medicine, the procedure "
            f"is not medically necessary now.",
            f"Focused ultrasound is covered for tremor that has not responded to medicine. The notes show a trial of "
            f"propranolol only ({_fd(w, prop0)} to {_fd(w, prop1)}). Primidone, the other standard medicine, has not "
            f"been tried and is not listed as unsafe for you. The criteria are not met at this time.",
        ])
    prim0, pmg = c.extra["nc_prim"]
    return w.pick([
        f"The criteria call for tremor that still disables daily activities after both first-line medicines have "
        f"been tried at effective doses. The records show primidone was started on {_fd(w, prim0)} and kept at "
        f"{pmg} mg a day, which is below the dose usually needed, and there is no note that a higher dose failed or "
        f"could not be taken. The tremor has not been shown to resist medicine, so the procedure is not medically "
        f"necessary at this time.",
        f"Your primidone dose has stayed at {pmg} mg a day since {_fd(w, prim0)}. That is a starting dose, and the "
        f"notes do not show that it was raised or why it could not be. Focused ultrasound is approved only after "
        f"medicine has been given a full trial, so it is not medically necessary now.",
    ])


def _nc_rights(w: W, b: list[Block], head, number: list[int] | None = None) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northern California"])
    days = M("APPEAL_DAYS", c.appeal_phrase)

    def h(t: str) -> None:
        if number is not None:
            number[0] += 1
            t = f"{number[0]}. {t}"
        head(t)

    h(w.pick(["Your right to appeal", "You can ask us to reconsider", "If you disagree with this decision"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you choose to act for you may ask for a reconsideration (an appeal). We must "
        f"get your request within {days} of the date of this notice. Call Member Services at {_SA_MS} (TTY 711), 8 "
        f"a.m. to 8 p.m., seven days a week, or write to {addr}.",
        f"To appeal, ask us to reconsider within {days} from the date of this notice: call {_SA_MS} (TTY 711), 8 "
        f"a.m. to 8 p.m., 7 days a week, or mail your request to {addr}.",
    ])))
    b.append(w.p("For a standard appeal, we will send our answer within 30 days."))
    if not _has(c, "notice.expedited_review"):
        h(w.pick(["Fast (expedited) appeals", "If you need a fast answer"]))
        b.append(w.p(w.pick([
            "If you or your doctor believe that waiting 30 days could seriously harm your health, ask for a fast "
            "appeal. We will decide within 72 hours. If your doctor asks for a fast appeal for you, we will give you "
            "one.",
            "A fast appeal is decided within 72 hours. Ask for one if waiting could seriously harm your life, your "
            "health or your ability to regain function; a request from a doctor is always handled fast.",
        ])))
    if not _has(c, "notice.external_review"):
        h(w.pick(["What happens next", "Independent review"]))
        b.append(w.p(w.pick([
            "If we still deny the procedure after your appeal, we will send your case on our own to an Independent "
            "Review Entity, an organization Medicare contracts with that is not part of Kaiser Permanente. Later "
            "levels (an Administrative Law Judge, the Medicare Appeals Council, federal court) are explained in "
            "your Evidence of Coverage.",
            "If our answer to your appeal is still no, your case goes automatically to an Independent Review Entity "
            "for a new look. You do not need to ask. If you disagree with it, further levels of appeal are open to "
            "you.",
        ])))
    b.append(w.p(w.pick(["You may ask for free copies of the records and information we used for this decision.",
                         "Copies of the documents we reviewed are free on request."])))
    b.append(w.p(w.pick([
        "Help is available: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, 7 days a week; "
        "and HICAP, California's free Medicare counseling program, at 1-800-434-0222.",
        "For free help with Medicare questions, call 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048) or the "
        "Health Insurance Counseling and Advocacy Program (HICAP) at 1-800-434-0222.",
    ])))


def t_b49_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]  # 0 numbered integrated notice, 1 contacts sidebar, 2 portal print
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 68.0])
    ref, fax = c.extra["nc_ref"], c.extra["nc_fax"]
    neuro, nph = c.extra["nc_neuro"], c.extra["nc_nphone"]
    center = c.extra["nc_center"]
    prop0, prop1, mg = c.extra["nc_prop"]
    prim0, pmg = c.extra["nc_prim"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svc = w.svc_with_codes(c.services[0], w.rng.randrange(3))
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        pday, hh, mm = c.extra["nc_print"]
        ampm = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
        st.header = [f"kp.org | Message Center - Letters   Printed {b49date(pday, 'b49mdyy')} {ampm}   Page {{page}} "
                     f"of {{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        st.footer = ["https://healthy.kaiserpermanente.org/northern-california/secure/message-center"]
        st.footer_align = "left"
    else:
        st.footer = [w.pick([f"Notice {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage | "
                                                                           "{page}"])]
        st.footer_align = w.pick(["center", "right"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage", "Northern California"],
                   right=["Kaiser Foundation Health Plan, Inc.", f"{center}", f"Fax {fax}"]))
    letter_line = _dm(w, "DATE_LETTER", c.letter, "b49_head")
    intro = w.pick([f"{prov}, a neurosurgeon at {center}, asked us to cover {svc} for tremor in your "
                    f"{c.extra['nc_hand']} hand.",
                    f"We received a request from {prov} ({center}) for {svc} to treat the tremor in your "
                    f"{c.extra['nc_hand']} hand."])
    intro += f" You were referred by your neurologist, {neuro}."
    if rec:
        intro += w.pick([f" The request reached us on {rec}.", f" We received it on {rec}."])
    if urgent:
        intro += " Because your doctor asked for a fast decision, we reviewed it on an expedited basis."
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" Our decision is dated {dec}."])
    history = w.pick([
        f"Medicines in your record: propranolol {mg} mg daily, {_fd(w, prop0)} to {_fd(w, prop1)}; primidone "
        f"{pmg} mg daily since {_fd(w, prim0)}. Tremor rating score {c.extra['nc_score']} at the neurology visit.",
        f"We reviewed notes from {neuro} (tremor score {c.extra['nc_score']}) and your medicine history: "
        f"propranolol from {_fd(w, prop0)} to {_fd(w, prop1)}, then primidone {pmg} mg from {_fd(w, prim0)}.",
    ]) if c.category == "medical_necessity" else w.pick([
        f"We reviewed notes from {neuro} (tremor score {c.extra['nc_score']}) and the report of your first "
        f"treatment on {_fd(w, c.extra['nc_first'])}.",
        f"Records reviewed: neurology notes from {neuro}, the first treatment report ({_fd(w, c.extra['nc_first'])}) "
        f"and your medicine history since {_fd(w, prop0)}.",
    ])
    alt = w.pick([
        "Other treatment may be covered. Deep brain stimulation (electrode placement, CPT 61863, or 61867 when "
        "microelectrode recording is used) is one option to discuss with your doctors; it needs its own request.",
        "You may talk with your neurologist about other choices, such as adjusting your medicines or deep brain "
        "stimulation (CPT 61863 / 61867), which would need a separate request.",
    ])
    if variant == 0:
        b.append(w.h("NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)", align="center", space_before=8,
                     size=st.size + 2))
        b.append(w.p(f"Date: {letter_line}", space_before=8))
        b.append(Block("fields", rows=[["Name:", w.name(), "Member number:", w.mid()],
                                       ["Notice number:", ref, "Requesting doctor:", prov]],
                       space_before=6, size=st.size - 0.3))
        num = [0]

        def nh(t: str) -> None:
            num[0] += 1
            head(f"{num[0]}. {t}")

        nh(w.pick(["Our decision", "What we decided"]))
        b.append(w.p(w.pick(["We have denied the medical care listed below.",
                             "We are not covering the medical care described in this notice."])))
        nh(w.pick(["The care that was asked for", "Your request"]))
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        nh(w.pick(["Why we denied it", "The reason"]))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p("We used: " + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        b.append(w.p(history))
        if c.reviewer:
            nh(w.pick(["Who made this decision", "Doctor who reviewed your request"]))
            b.append(w.p(_reviewer_line(w, "", "Your doctor can reach the reviewer at")))
        nh(w.pick(["Other choices", "Care you may still get"]))
        b.append(w.p(alt))
        _nc_rights(w, b, head, num)
    else:
        if variant == 1:
            side = ["**Who to contact", "", "**Member Services", _SA_MS, "TTY 711", "8 a.m. to 8 p.m., 7 days", "",
                    "**Utilization Management", f"Fax {fax}", f"Notice {ref}", "", "**Your neurologist", neuro, nph,
                    "", "**Medicare", "1-800-633-4227", "TTY 1-877-486-2048"]
            main = [letter_line, "", w.name()] + c.member_addr + ["", f"Member number: {w.mid()}", "",
                                                                   f"Dear {c.member_salute}:"]
            b.append(Block("sidebar", left=main, right=side, align="left", shade=True, side_w=0.3,
                           space_before=10))
        else:
            b.append(w.p(f"Letter date: {letter_line}", space_before=8))
            b.append(w.p(w.name(), space_before=8))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member number: {w.mid()}    Notice: {ref}", space_before=6, size=st.size - 0.5))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        b.append(w.h(w.pick(["Notice of Denial of Medical Coverage", "We did not approve focused ultrasound "
                                                                    "treatment"]), space_before=10,
                     size=st.size + 1.5))
        b.append(w.p(intro + w.pick([" We have denied this request.", " This request is denied."])))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head(w.pick(["Why we said no", "Reason for our decision", "Why the request was denied"]))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p("Criteria applied: " + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        b.append(w.p(history))
        if c.reviewer:
            b.append(w.p(_reviewer_line(w, w.pick(["Reviewed by ", "Decision by "]),
                                        "Your doctor may call the reviewer at")))
        head(w.pick(["Other treatment", "What you can do"]))
        b.append(w.p(alt))
        _nc_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Senior Advantage")
    b.append(w.p(f"cc: {prov}; {neuro}", space_before=6, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {_SA_MS} (TTY 711).",
                             f"You can get this notice in other languages or formats at no cost: {_SA_MS}, TTY 711."]),
                     space_before=6))
    b += _taglines(w, "CA", f"{_SA_MS} (TTY 711)", w.pick([None, "Help in your language"]))
    return b, st, ["nca_numbered_integrated_notice", "nca_contacts_sidebar", "nca_portal_print"][variant]


BLIND49_TEMPLATES["blind49_nca_ma_focused_ultrasound_tremor"] = (t_b49_nc, dict(
    plans=["medicare_advantage"], states=["CA"], kinds=["initial_denial"],
    cats=["experimental_investigational", "medical_necessity"],
    refuse_defects=("medicare.internal_criteria", "medicare.transition_period"), reason=reason_b49_nc))
MODELED_ON["blind49_nca_ma_focused_ultrasound_tremor"] = (
    "blind49: Kaiser Permanente Northern California Senior Advantage denial of MR-guided focused ultrasound "
    "thalamotomy (0398T) for essential tremor (G25.0), as investigational for the second side or as not medically "
    "necessary (tremor not shown to resist medicine); a numbered Notice of Denial of Medical Coverage, a letter with "
    "a contacts sidebar, or a portal print with a header on every page; 60-day reconsideration, 30 days, 72-hour fast "
    "appeal, automatic Independent Review Entity review, free copies, 1-800-MEDICARE, HICAP, taglines")


# === 3. Northwest Oregon Health Plan (Medicaid): orthognathic surgery ==============================================

_OR_AREAS = ["503", "971"]
_OR_LINES = {"21196": ["Mandibular sagittal split osteotomy with internal rigid fixation",
                       "Reconstruction of mandibular rami, sagittal split, with rigid fixation"],
             "21198": ["Osteotomy, mandible, segmental", "Segmental osteotomy of the mandible"],
             "21141": ["LeFort I osteotomy of the maxilla, single piece", "Reconstruction midface, LeFort I, single "
                                                                         "piece"]}
_OR_CONSULT = ["Pre-surgical consultation (office consultation)", "Oral surgery consultation before surgery"]
_OR_DX = [("Malocclusion, Angle's class III", "M26.213"), ("Maxillary asymmetry", "M26.11")]
_OR_CRIT = ["Kaiser Permanente Northwest Clinical Review Criteria: Orthognathic Surgery",
            "Kaiser Permanente Northwest Oral and Maxillofacial Surgery Guideline: Orthognathic Procedures"]
_OR_CLINICS = ["Kaiser Permanente Oral Surgery, Interstate Campus", "Kaiser Permanente Oral Surgery, Sunnyside",
               "Kaiser Permanente Oral Surgery, Salem"]


def _or_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b49_or"):
        return
    c.extra["b49_or"] = True
    if c.letter_kind == "partial_denial":
        variant = 2
    else:
        variant = 0 if _has(c, "notice.language_assistance") else w.pick([0, 1])
    c.extra["or_variant"] = variant
    _fmt(w, ("b49monnocomma", "b49mddash4", "b49dmonhy"), ("b49capsmonabbr", "b49monnocomma", "b49wkordof"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    codes = ["21196", "21198"] + (["21141"] if w.chance(0.4) else [])
    c.services = [dict(text=w.pick(_OR_LINES[k]), codes=[k], decision="denied") for k in codes]
    if variant == 2:
        c.services.insert(0, dict(text=w.pick(_OR_CONSULT), codes=["99243"], decision="approved"))
    c.diagnoses = [dict(text=t, codes=[k]) for t, k in (_OR_DX if w.chance(0.4) else _OR_DX[:1])]
    c.service = None
    base = c.received or c.letter
    c.extra["or_records"] = base - dt.timedelta(days=w.rng.randint(20, 90))
    c.extra["or_ceph"] = dict(anb=w.pick([-1.5, -2.0, -2.5, -3.0]), wits=w.pick([-4.0, -5.5, -6.0]),
                              overjet=w.pick([-1.5, -2.0, -3.0]))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, DMD", f"{name}, DDS, MD", f"Dr. {name}"])
    c.extra["or_last"] = last
    c.extra["or_ortho"] = person(w.rng, 0.1)[0] + w.pick([", DMD, MS", ", DDS, MS"])
    c.extra["or_orthoff"] = w.pick(["Willamette Valley Orthodontics", "Rose City Orthodontic Specialists",
                                    "Cascade Smiles Orthodontics"])
    c.extra["or_clinic"] = (w.pick(_OR_CLINICS), _phone(w, _OR_AREAS, 0), _phone(w, _OR_AREAS, 1))
    nc = c.category == "not_covered"
    c.criteria = [] if nc or _has(c, "notice.criteria_cited") or _bare(c) else [w.pick(_OR_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Dental Utilization Reviewer", "Utilization Review Nurse"], ["RDH", "RN"])
    elif not nc or w.chance(0.4):
        _md(w, ["Oral and Maxillofacial Surgery"], ["Dental Director", "Physician Reviewer"], _OR_AREAS, 0.45, 0.7,
            creds=["DMD, MD", "DDS, MD", "MD"])
    c.extra["or_ref"] = f"NOA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["or_ohp"] = f"{w.pick('ABCDEFGHJKLMNPRSTVWXYZ')}{w.pick('ABCDEFGHJKLMNPRSTVWXYZ')}{w.rng.randint(10**5, 10**6 - 1)}"
    _flags(c)


def reason_b49_or(w: W) -> str:
    _or_setup(w)
    c = w.c
    ceph = c.extra["or_ceph"]
    if _bare(c):
        if c.category == "not_covered":
            return "Orthognathic surgery is not a covered benefit."
        return "The surgery is not medically necessary."
    if c.category == "not_covered":
        return w.pick([
            "The Oregon Health Plan pays for jaw surgery when it treats a covered condition, such as a cleft lip or "
            "palate, a jaw injury, a tumor, or a jaw problem that blocks breathing. The request is to move the lower "
            "jaw back to correct a class III bite, with no such condition in the records. Jaw surgery to correct a "
            "bite on its own is not a benefit of the Oregon Health Plan.",
            "Surgery to reposition the jaws to correct how the teeth meet (a class III bite) is not covered by the "
            "Oregon Health Plan unless it is part of treating a covered condition like a cleft palate, an injury or a "
            "growth. The records sent with the request describe the bite and the appearance of the lower jaw, not "
            "one of those conditions, so the surgery is not covered.",
        ])
    oj = ceph["overjet"]
    return w.pick([
        f"Our criteria approve jaw surgery for a class III bite when the lower teeth sit at least 5 mm in front of "
        f"the upper teeth (reverse overjet of 5 mm or more) or when the records show real trouble chewing, "
        f"swallowing, speaking or breathing caused by the jaws. The measurements sent show a reverse overjet of "
        f"{abs(oj)} mm, and the notes do not describe any of those problems. The surgery is not medically necessary "
        f"at this time.",
        f"The X-ray measurements (cephalometric tracing) show a mild class III relationship: reverse overjet "
        f"{abs(oj)} mm and ANB angle {ceph['anb']} degrees. Surgery is approved when the reverse overjet is 5 mm or "
        f"more or when a chewing, speech or airway problem is documented. Neither is shown, and orthodontic "
        f"treatment alone can correct a bite of this size, so surgery is not medically necessary.",
    ])


def _or_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northwest"])
    head(w.pick(["Your right to appeal", "If you do not agree with this decision"]))
    b.append(w.p(w.pick([
        f"You can ask us to look at this decision again. This is called an appeal. Ask within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice. Call the Member Services number on your "
        f"member ID card (TTY 711) or write to {addr}. Your provider or someone you choose can appeal for you if you "
        "give written permission.",
        f"Appeal deadline: {M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call Member Services "
        f"(the number is on your ID card; TTY 711) or send a letter to {addr}. You may send notes from your surgeon "
        "or orthodontist.",
    ])))
    b.append(w.p("We will send you our appeal decision within 30 days."))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously harm your life or health, ask for a fast (expedited) appeal. We "
            "will decide it within 72 hours.",
            "Fast appeal: when waiting could put your health in serious danger, you or your provider can ask for an "
            "expedited appeal. We decide those within 72 hours.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Continuing benefits: if a notice stops or reduces a service you already get, you can keep getting it "
            "during the appeal if you appeal within 10 days of the date on the notice. This notice is about surgery "
            "you have not had yet, so no service is stopped.",
            "When we stop or cut back a service you are getting, it can continue during your appeal if you ask "
            "within 10 days of the notice date. Nothing you are getting now is stopped by this notice.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "Hearing: if we do not change our decision on appeal, you can ask the Oregon Health Authority for a "
            "state fair (contested case) hearing. Our appeal decision letter will tell you how and the deadline, "
            "which the State sets between 90 and 120 days from that letter. If we do not decide your appeal in time, "
            "you may ask for a hearing right away.",
            "After our appeal decision you may ask for a state fair hearing with the Oregon Health Authority. The "
            "appeal decision letter gives the deadline (the State sets it, from 90 to 120 days). If we take longer "
            "than allowed to decide your appeal, you can go to a hearing without waiting.",
        ])))
    b.append(w.p(w.pick([
        "You can get free copies of your records, the documents and the criteria we used for this decision.",
        "Ask us for copies of everything we used to decide, including the criteria; they are free.",
    ])))


def _or_intro(w: W, svcs: str) -> str:
    c = w.c
    prov = M("PROVIDER", c.provider)
    clinic = c.extra["or_clinic"][0]
    intro = w.pick([f"{prov}, oral and maxillofacial surgeon at {clinic}, asked us to cover {svcs}.",
                    f"We received a request from {prov} ({clinic}) for {svcs}."])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    if rec:
        intro += w.pick([f" The request came in on {rec}.", f" We got the request on {rec}."])
    if c.urgency == "expedited":
        intro += " We reviewed it as a fast request."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" We decided on {dec}."])
    return intro


def _or_support(w: W) -> str:
    c = w.c
    ceph = c.extra["or_ceph"]
    return w.pick([
        f"We reviewed the orthodontic records from {c.extra['or_ortho']} ({c.extra['or_orthoff']}) dated "
        f"{_fd(w, c.extra['or_records'])}: ANB {ceph['anb']} degrees, Wits {ceph['wits']} mm, overjet "
        f"{ceph['overjet']} mm.",
        f"Records reviewed: cephalometric tracing and models taken {_fd(w, c.extra['or_records'])} by your "
        f"orthodontist, {c.extra['or_ortho']} (ANB {ceph['anb']} degrees; Wits {ceph['wits']} mm; overjet "
        f"{ceph['overjet']} mm).",
    ])


def t_b49_or(w: W):
    _or_setup(w)
    c = w.c
    variant = c.extra["or_variant"]  # 0 state NOA with checkboxes, 1 English + Spanish page, 2 items table (partial)
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.5, 10.0],
                [54.0, 60.0, 66.0])
    ref, ohp = c.extra["or_ref"], c.extra["or_ohp"]
    clinic, cph, cfax = c.extra["or_clinic"]
    nc = c.category == "not_covered"
    denied = [s for s in c.services if s["decision"] == "denied"]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick([f"{ref} - Page {{page}} of {{pages}}", "Kaiser Permanente Northwest - Oregon Health Plan "
                                                                "| {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest", "Oregon Health Plan (OHP)"],
                   right=["Kaiser Foundation Health Plan of the Northwest", w.pick(facilities("OR", "Northwest")),
                          f"Phone {cph}  Fax {cfax}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF ACTION", align="center", space_before=6, size=st.size + 3))
        b.append(w.p("Denial of a service you or your provider asked for", align="center", italic=True,
                     space_before=1))
        b.append(Block("fields", rows=[["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b49_head"), "Notice no.:",
                                        ref],
                                       ["Member:", w.name(), "Member ID:", w.mid()],
                                       ["OHP client no.:", ohp, "Provider:", M("PROVIDER", c.provider)]],
                       space_before=8, size=st.size - 0.3))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    else:
        b.append(w.p(f"Notice date: {_dm(w, 'DATE_LETTER', c.letter, 'b49_head')}", space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    OHP client no.: {ohp}    Notice: {ref}", space_before=8,
                     size=st.size - 0.5))
        b.append(w.h(w.pick(["Notice of Action: jaw surgery", "Notice of Action - decision on your surgery request"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    if variant == 2:
        intro = _or_intro(w, "a consultation and jaw surgery")
        b.append(w.p(intro + " We approved part of the request and denied part of it."))
        rows = [["Code", "Service requested", "Decision"]]
        for s in c.services:
            rows.append([w.code(s["codes"][0]), w.svc(s), "Approved" if s["decision"] == "approved" else "Denied"])
        head(w.pick(["What was requested", "Requested items and our decision"]))
        b.append(Block("table", rows=rows, space_before=3, size=st.size - 1.0))
        b.append(w.p(f"Requested by: {c.provider}. Referred by: {c.extra['or_ortho']}, orthodontist.",
                     size=st.size - 1, space_before=2))
    else:
        svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in denied])
        b.append(w.p(_or_intro(w, svcs) + w.pick([" We have denied this request.", " This request is denied."])))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    if variant == 0:
        head(w.pick(["Reason for this action (see the box checked)", "Why we took this action"]))
        boxes = [("The service is not covered by the Oregon Health Plan.", nc),
                 ("The service is not medically appropriate for your condition.", not nc),
                 ("The provider is not in our network.", False),
                 ("We did not receive the information we asked for.", False)]
        b += [w.p(f"[{'X' if on else ' '}] {t}", indent=12, space_before=1) for t, on in boxes]
        b.append(w.p(w.pick(["Details:", "Explanation:"]), bold=True, space_before=6))
    else:
        head(w.pick(["Why we denied the surgery", "Reason for our decision", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if nc and not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            "See your OHP Member Handbook, \"Services OHP does not cover\".",
            "This rule is in your OHP Member Handbook under \"Services not covered\".",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["We used the ", "Criteria used: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    b.append(w.p(_or_support(w)))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["Reviewed by ", "This decision was made by "]),
                                    "Your provider may call")))
    if variant == 2:
        b.append(w.p(w.pick([
            "The consultation is approved; you can schedule it with the oral surgery clinic. Your orthodontic "
            "treatment can continue.",
            "You may go ahead with the approved consultation. Ask your orthodontist about correcting the bite with "
            "braces alone.",
        ])))
    _or_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Utilization Management", "Kaiser Permanente Northwest")
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}, {clinic}; {c.extra['or_ortho']}", size=st.size - 1,
                 space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Interpreters and this notice in other formats are free. Call the Member Services "
                             "number on your ID card (TTY 711).",
                             "Free language help: call the number on the back of your member ID card, TTY 711."]),
                     space_before=6))
    if variant == 1:
        b.append(Block("pagebreak"))
        b.append(w.h("Información importante sobre este aviso", space_before=4, size=st.size + 1.5, shade=True))
        b.append(w.p(f"Fecha del aviso: {b49date(c.letter, 'b49es_abrde')}", space_before=6))
        b.append(w.p(
            f"Este aviso es sobre una solicitud de cirugía de la mandíbula. Tiene información importante sobre sus "
            f"derechos y plazos, entre ellos el derecho a apelar en un plazo de {c.appeal_days} días desde la fecha del "
            "aviso. Si "
            "necesita este aviso en español o ayuda para leerlo, llame sin costo al número de Servicios para "
            "Miembros que aparece en su tarjeta de identificación (TTY 711). Un intérprete le ayudará gratis.",
            space_before=6))
        b += _taglines(w, "OR", "", "Ayuda en su idioma / Help in your language", skip=("es",))
    else:
        b += _taglines(w, "OR", "", w.pick([None, "Language help"]))
    return b, st, ["or_state_noa_checkboxes", "or_english_with_spanish_page", "or_items_table_partial"][variant]


BLIND49_TEMPLATES["blind49_or_medicaid_orthognathic_surgery"] = (t_b49_or, dict(
    plans=["medicaid"], states=["OR"], kinds=["initial_denial", "partial_denial"],
    cats=["not_covered", "medical_necessity"], reason=reason_b49_or))
MODELED_ON["blind49_or_medicaid_orthognathic_surgery"] = (
    "blind49: Kaiser Permanente Northwest Oregon Health Plan (Medicaid) Notice of Action denying orthognathic surgery "
    "(21196, 21198, with 21141 when billed) for a class III bite (M26.213, M26.11) as not covered or not medically "
    "necessary; a state-style notice with checkbox reasons, an English notice with a Spanish page, or a partial "
    "decision with a table of items (99243 consultation approved); 60-day appeal, 30 days, 72-hour fast appeal, "
    "continuing benefits within 10 days, Oregon Health Authority hearing after the appeal, free copies, taglines")
