"""Fiftieth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND50_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind50_hi_ma_acupuncture_visit_limit")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan
type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind50_scal_commercial_sinus_surgery_partial``: a Kaiser Permanente Southern California commercial HMO
   (plan_type ``commercial_hmo``, state CA) partial decision (``partial_denial``, ``medical_necessity``): a
   septoplasty (CPT 30520) is approved and the endoscopic sinus surgery asked for with it is denied: total
   ethmoidectomy (31255) and/or maxillary antrostomy with tissue removal (31267), with frontal sinus exploration
   (31276), printed as separate lines or as one "functional endoscopic sinus surgery" line carrying its codes.
   Diagnoses J32.9 (chronic sinusitis) and J34.2 (deviated septum). Why: the sinus CT taken after a full course of
   medical treatment (antibiotics, steroid spray, saline rinses) shows little disease left (a low Lund-Mackay score),
   so surgery on the sinuses is not medically necessary now. Criteria: a named Kaiser Permanente Southern California
   guideline. Layouts: ``scal_line_item_status`` (a member letter with a Code / Description / Status table),
   ``scal_numbered_decision`` (a member letter whose decision is set out in numbered paragraphs) and
   ``scal_fax_to_ent`` (a fax to the ENT surgeon with a transmission stamp and To/From boxes, the member on a
   "Patient:" line and copied by mail). Knox-Keene rights from the catalogue: a grievance within 180 days (Member
   Services 1-800-464-4000, TTY 711, or in writing to the Southern California grievance address), a 30-day decision,
   an urgent review in 72 hours, the DMHC statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's
   number) with Independent Medical Review (6 months), free copies of the criteria and records, the Health Consumer
   Alliance (1-888-804-3536), taglines in more than ten languages. Distractors: the CT date and its Lund-Mackay
   score, the antibiotic course dates, the steroid spray start, the planned surgery date, the ENT office's fax and
   the reviewer's line, the surgery center.

   Which date is which: the letter date is the date line (on the fax, the "Notice date" line, not the fax stamp);
   received and decision dates are in the opening paragraph (or the first numbered paragraph); the CT, antibiotic and
   planned-surgery dates are other events, ``service`` is always null. Which name is the member: the addressee, or
   the "Patient:" line on the fax. The requesting provider is the ENT surgeon. Which reason is the reason: the
   paragraph under the reason heading (paragraph 3 of the numbered layout). The truth counts the approved septoplasty
   and every denied sinus line.

2. ``blind50_ga_erisa_dupilumab_formulary_exception``: a Kaiser Permanente Georgia self-funded employer plan
   (plan_type ``erisa_group``, state GA) denial (``initial_denial``) of a formulary exception for dupilumab (Dupixent;
   a drug, so the service has no codes) for moderate-to-severe atopic dermatitis (L20.9 or L20.89). Category per
   letter: ``medical_necessity`` (the step through topical agents - a medium/high-potency steroid and a calcineurin
   inhibitor - was not met; criteria named) or ``not_covered`` (the drug is off the group's formulary and the plan
   excludes non-formulary drugs; the Summary Plan Description section is cited). Layouts: ``ga_coverage_form`` (a
   pharmacy coverage-determination form with field boxes and check boxes), ``ga_next_steps`` (a member letter with a
   numbered "What you can do next" list that carries the rights) and ``ga_prescriber_letter`` (a letter to the
   prescribing dermatologist, the member on a "Patient:" line, copied to the member). ERISA rights from the
   catalogue: appeal within 180 days, a 30-day pre-service appeal decision, an urgent appeal in 72 hours, external
   review by an independent review organization within 4 months (45 CFR 147.136), the right to sue under ERISA section
   502(a), free copies of documents, plan documents and criteria, EBSA 1-866-444-3272 with "check your plan documents"
   (no Georgia Member Services number is verified: the pharmacy unit's own phone is printed), taglines. Distractors:
   the clinical pharmacist who processed the request (never the reviewer unless a non-physician decision is
   planted), the topical drugs tried with their fill dates, the group number, Rx BIN, PCN and Rx group, the
   prescriber's NPI and fax, a formulary alternative named (never a service).

   Which date is which: the letter date is the "Date of notice"/date line; received and decision dates are in the
   request box or the opening paragraph; fill dates are earlier events; ``service`` is always null. Which name is the
   member: the "Member name:" box, the addressee, or the "Patient:" line. The requesting provider is the
   dermatologist. Which reason is the reason: the text under the reason heading/box. The truth counts one drug line.

3. ``blind50_hi_ma_acupuncture_visit_limit``: a Kaiser Permanente Hawaii Medicare Advantage (plan_type
   ``medicare_advantage``, state HI) denial (``initial_denial``) of more acupuncture visits (97810, with 97811 where
   asked) for low back pain (M54.50 or M54.59). Category per letter: ``not_covered`` (20 covered visits already in the
   past 12 months, the most Medicare covers) or ``medical_necessity`` (the records tie the pain to an inflammatory
   disease or to back surgery, so it is not chronic low back pain as Medicare defines it). Criteria: Medicare NCD
   30.3.3 (always in medical-necessity letters, often in coverage letters); with ``medicare.internal_criteria``
   planted, a Kaiser Permanente Hawaii guideline instead. Layouts: ``hi_visit_count_table`` (a table of the visits
   already given: number, date, codes billed, running count), ``hi_large_print`` (16-point type, capital headings) and
   ``hi_tear_off_slip`` (a reconsideration slip to tear off and mail back at the bottom). MA rights from the
   catalogue: a reconsideration within 60 days of the notice (65 accepted), decided in 30 days, a fast appeal in 72
   hours, automatic review by the Independent Review Entity, free copies, 1-800-MEDICARE (1-800-633-4227, TTY
   1-877-486-2048), taglines (no Hawaii Member Services number is verified: the unit's own phone is printed).
   Distractors: the past visits with their dates and counts (past services, not the decision's service), the
   licensed acupuncturist who gives the treatments vs. the physician who asked and the physician who reviewed, a
   chiropractic manipulation line (98940) and physical therapy (97110) named as alternatives, the reply slip's blanks.

   Which date is which: the letter date is the date line; received and decision dates are in the opening paragraph;
   visit, onset, surgery and note dates are other events; ``service`` is always null. Which name is the member: the
   addressee. The requesting provider is the supervising physician. Which reason is the reason: the paragraph under
   the reason heading. The truth counts the acupuncture lines (one or two).

Dates use this set's own styles (``b50date``); ``parse_blind50_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category (the DMHC statement outside
California, expedited and external review defects in a California Knox-Keene letter, the plan-provision defect in a
Medicare letter, ...).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ord
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND50_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON_PT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b50date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b50wkmdy":  # Sat, Mar 14, 2026 (an e-mail/portal style date line with its weekday)
        return f"{_DOW3[d.weekday()]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "b50monthlong":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b50ordabbr":  # Mar. 14th, 2026 (AP month abbreviations, ordinal day)
        return f"{_MON_PT[d.month - 1]} {_ord(d.day)}, {d.year}"
    if style == "b50ordof":  # 14th of March, 2026 (read as "the 14th of March, 2026")
        return f"{_ord(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "b50dashcaps":  # 14-MAR-2026 (a pharmacy system field; the day padded: 05-MAR-2026)
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    if style == "b50ydot":  # 2026.03.14 (a fax machine's stamp)
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "b50mdyy":  # 3/14/26 (table cells, two-digit year)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    raise ValueError(style)


STYLES = ("b50wkmdy", "b50monthlong", "b50ordabbr", "b50ordof", "b50dashcaps", "b50ydot", "b50mdyy")
_ABBR3 = [m[:3] for m in MONTHS]


def _ord_ok(day: int, suffix: str) -> bool:
    return _ord(day) == f"{day}{suffix}"


def parse_blind50_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b50date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]{2}) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in _DOW3 and m[2] in _ABBR3:
            d = dt.date(int(m[4]), _ABBR3.index(m[2]) + 1, int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+\.?) ([1-9]\d?)(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _MON_PT and _ord_ok(int(m[2]), m[3]):
            return dt.date(int(m[4]), _MON_PT.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(?:the )?([1-9]\d?)(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ord_ok(int(m[1]), m[2]):
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2] in [x.upper() for x in _ABBR3]:
            return dt.date(int(m[3]), [x.upper() for x in _ABBR3].index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b50_fmt"] = w.pick(list(body))
    w.c.extra["b50_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b50_fmt") -> str:
    if not day:
        return ""
    return b50date(day, w.c.extra[key] if key in ("b50_fmt", "b50_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b50_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(230, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(["helvetica", "times"]), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _doctor(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name = person(w.rng, 0.3)[0]
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _signoff(w: W, b: list[Block], close: str, fallback: str, org: str, size: float | None = None) -> None:
    c = w.c
    b.append(w.p(close, space_before=10, size=size))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=16, size=size))
        b.append(w.p(c.reviewer_title, space_before=0, size=size))
    else:
        b.append(w.p(fallback, space_before=16, size=size))
    b.append(w.p(org, space_before=0, size=size))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español (Spanish): Si habla español, le ofrecemos ayuda gratuita con el idioma. Llame al {ph}.",
    "zh": "中文 (Chinese)：如果您說中文，我們可免費為您提供語言協助。請撥打 {ph}。",
    "vi": "Tiếng Việt (Vietnamese): Nếu quý vị nói tiếng Việt, chúng tôi có dịch vụ thông dịch miễn phí. Gọi {ph}.",
    "tl": "Tagalog: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tawagan ang {ph}.",
    "ko": "한국어 (Korean): 한국어를 하시는 경우 무료 언어 지원을 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "hy": "Հայերեն (Armenian): Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն ստանալ: Զանգեք {ph}:",
    "ru": "Русский (Russian): Если вы говорите по-русски, вам доступна бесплатная языковая помощь. Звоните {ph}.",
    "fa": "فارسی (Farsi): اگر به فارسی صحبت می‌کنید، کمک زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ja": "日本語 (Japanese)：日本語を話される方は、無料の言語支援をご利用いただけます。{ph} にお電話ください。",
    "km": "ខ្មែរ (Cambodian)៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ សេវាជំនួយភាសាឥតគិតថ្លៃមានសម្រាប់អ្នក។ ហៅ {ph}។",
    "ar": "العربية (Arabic): إذا كنت تتحدث العربية، تتوفر لك خدمات المساعدة اللغوية مجانًا. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ (Punjabi): ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਉਪਲਬਧ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "th": "ภาษาไทย (Thai): หากคุณพูดภาษาไทย เรามีบริการช่วยเหลือด้านภาษาให้ฟรี โทร {ph}",
    "fr": "Français (French) : si vous parlez français, une aide linguistique gratuite vous est offerte. Appelez le {ph}.",
    "am": "አማርኛ (Amharic)፦ አማርኛ የሚናገሩ ከሆነ ነጻ የቋንቋ እርዳታ ያገኛሉ። በ {ph} ይደውሉ።",
    "gu": "ગુજરાતી (Gujarati): જો તમે ગુજરાતી બોલો છો, તો તમારા માટે મફત ભાષા સહાય ઉપલબ્ધ છે. {ph} પર ફોન કરો.",
    "ilo": "Ilokano: No agsasaoka iti Ilokano, adda libre a tulong iti pagsasao para kenka. Tawagam ti {ph}.",
    "sm": "Gagana Sāmoa (Samoan): Afai e te tautala i le gagana Sāmoa, e maua fua se fesoasoani. Telefoni {ph}.",
    "chk": "Chuukese: Ika ka kapas Chuuk, mi wor aninisin kapas ese kamo ngonuk. Kori {ph}.",
    "mh": "Kajin Ṃajeḷ (Marshallese): Eļaññe kwōj kōnono kajin Ṃajeḷ, ewōr jipañ ilo kajin eo am ejjeļọk wōnāān. Kaalọk {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "ar", "pa", "th"],
    "GA": ["es", "ko", "vi", "zh", "fr", "am", "gu", "ar", "ru"],
    "HI": ["ilo", "tl", "ja", "zh", "ko", "vi", "es", "sm", "chk", "mh"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    keep, rest = langs[:3], langs[3:]
    w.rng.shuffle(rest)
    langs = keep + rest[: w.rng.randint(len(rest) - 1, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Southern California commercial HMO: septoplasty approved, endoscopic sinus surgery denied =================

_KP_MS = "1-800-464-4000"
_SC_AREAS = ["213", "323", "562", "626", "714", "818", "909", "951"]
_SC_SEPTO = ["Septoplasty (repair of the nasal septum)", "Septoplasty, with or without cartilage graft",
             "Nasal septum repair (septoplasty)"]
_SC_LINES = {"31255": ["Endoscopic total ethmoidectomy (anterior and posterior)",
                       "Nasal/sinus endoscopy with total ethmoidectomy"],
             "31267": ["Endoscopic maxillary antrostomy with removal of tissue",
                       "Nasal/sinus endoscopy, maxillary antrostomy with tissue removal"],
             "31276": ["Endoscopic frontal sinus exploration", "Nasal/sinus endoscopy with frontal sinus exploration"]}
_SC_FESS = ["Functional endoscopic sinus surgery (FESS)", "Bilateral endoscopic sinus surgery"]
_SC_DX = [("Chronic sinusitis, unspecified", "J32.9"), ("Deviated nasal septum", "J34.2")]
_SC_CRIT = ["Kaiser Permanente Southern California Clinical Criteria: Endoscopic Sinus Surgery for Chronic "
            "Rhinosinusitis (Adult)",
            "Kaiser Permanente Southern California Utilization Management Guideline: Functional Endoscopic Sinus "
            "Surgery"]
_SC_ABX = ["amoxicillin-clavulanate", "doxycycline", "cefuroxime"]
_SC_SPRAY = ["fluticasone nasal spray", "mometasone nasal spray", "budesonide sinus rinses"]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b50_sc"):
        return
    c.extra["b50_sc"] = True
    variant = c.extra["sc_variant"] = w.rng.randrange(3)
    _fmt(w, ("b50monthlong", "b50ordabbr"), ("b50wkmdy", "b50monthlong") if variant != 2 else ("b50dashcaps",))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "medical_necessity"
    codes = w.pick([["31255", "31276"], ["31267", "31276"], ["31255", "31267", "31276"]])
    c.services = [dict(text=w.pick(_SC_SEPTO), codes=["30520"], decision="approved")]
    if variant != 0 and w.chance(0.4):
        c.services.append(dict(text=w.pick(_SC_FESS), codes=list(codes), decision="denied"))
    else:
        c.services += [dict(text=w.pick(_SC_LINES[x]), codes=[x], decision="denied") for x in codes]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _SC_DX]
    c.service = None
    base = c.received or c.letter
    ct = c.extra["sc_ct"] = base - dt.timedelta(days=w.rng.randint(6, 30))
    abx_end = ct - dt.timedelta(days=w.rng.randint(21, 45))
    abx_len = w.pick([14, 21, 28])
    c.extra["sc_abx"] = (w.pick(_SC_ABX), abx_end - dt.timedelta(days=abx_len), abx_end, abx_len)
    c.extra["sc_spray"] = (w.pick(_SC_SPRAY), abx_end - dt.timedelta(days=w.rng.randint(60, 150)))
    c.extra["sc_lm"] = w.pick([1, 2, 2, 3, 3, 4])
    c.extra["sc_planned"] = c.letter + dt.timedelta(days=w.rng.randint(16, 48))
    c.extra["sc_center"] = w.pick(facilities("CA", "Southern California"))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["sc_last"] = last
    c.extra["sc_ent_fax"] = _phone(w, _SC_AREAS, 1)
    c.extra["sc_ent_ph"] = _phone(w, _SC_AREAS, 0)
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_SC_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Nurse Coordinator"], ["RN", "RN, BSN"])
    else:
        _doctor(w, ["Otolaryngology", "Head and Neck Surgery"], ["Physician Reviewer", "Physician Advisor, "
                                                                 "Utilization Management"],
                _SC_AREAS, 1.0 if variant == 2 else 0.6, 0.7)
    c.extra["sc_ref"] = f"{w.rng.randint(10**7, 10**8 - 1)}-{w.pick(['SC', 'UM', 'RA'])}"
    c.extra["sc_fax"] = _phone(w, _SC_AREAS, 2)
    c.extra["sc_clock"] = (w.rng.randint(7, 17), w.rng.randint(0, 59))
    _flags(c)


def reason_b50_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The endoscopic sinus surgery is not medically necessary.",
                       "The sinus surgery part of the request does not meet medical necessity."])
    abx, _a0, a1, _n = c.extra["sc_abx"]
    spray, _s0 = c.extra["sc_spray"]
    lm = c.extra["sc_lm"]
    ct = _fd(w, c.extra["sc_ct"])
    whose = "the patient's" if c.extra["sc_variant"] == 2 else "your"
    return w.pick([
        f"Sinus surgery is approved for chronic sinusitis when a CT scan taken after a full course of medical "
        f"treatment still shows disease in the sinuses. The CT of {whose} sinuses on {ct}, taken after the course of "
        f"{abx} that ended on {_fd(w, a1)} and with daily {spray}, has a Lund-Mackay score of {lm} out of 24 and "
        f"shows only mild thickening of the lining, with the drainage pathways open. Because the disease did not "
        f"persist after maximal medical therapy, the endoscopic sinus surgery is not medically necessary at this "
        f"time.",
        f"The sinus CT of {ct} scored {lm} on the Lund-Mackay scale (0 is clear; 24 is fully blocked). It was done "
        f"after {abx} ending {_fd(w, a1)}, steroid spray and saline rinses, and it shows that little sinus disease "
        f"remains. Endoscopic surgery on the sinuses is meant for disease that is still there after that treatment, "
        f"so it is not medically necessary now.",
    ])


def _sc_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    """Knox-Keene grievance, urgent review, DMHC statement with IMR, copies and consumer help (catalogue facts)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Southern California"])
    dmhc = not _has(c, "notice.dmhc_statement")
    head(w.pick(["If you disagree: how to file a grievance", "Your grievance and appeal rights",
                 "Asking us to change our decision"]))
    b.append(w.p(w.pick([
        f"You, your doctor or a person you name may file a grievance (appeal) about the denied surgery within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call Member Services at {_KP_MS} (TTY 711), "
        f"24 hours a day, 7 days a week (closed holidays), write to {addr}, or file online at kp.org. We will send "
        f"you our written decision within 30 days.",
        f"To appeal, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this letter: by "
        f"phone at {_KP_MS} (TTY 711), online at kp.org, or by mail to {addr}. Tell us why you disagree and send any "
        f"records you want us to read. You will have our decision in writing within 30 days.",
    ]), size=size))
    urgent = ("If your health is in serious and immediate danger, for example severe pain or a possible loss of "
              "life, limb or major bodily function, ask for an urgent (expedited) review. We will decide within 72 "
              "hours.")
    if dmhc:
        urgent += " You may also call the Department of Managed Health Care right away; you do not have to wait."
    b.append(w.p(urgent, size=size))
    if dmhc:
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your plan at "
            f"{_KP_MS} (TTY 711) and use the plan's grievance process before contacting the department. Using this "
            "grievance procedure does not prohibit any legal rights or remedies that may be available to you. If you "
            "need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
            "resolved by your plan, or a grievance that has remained unresolved for more than 30 days, you may call "
            "the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If you "
            "are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a "
            "health plan related to the medical necessity of a proposed service or treatment, coverage decisions "
            "for treatments that are experimental or investigational in nature, and payment disputes for emergency "
            "or urgent medical services. The department also has a toll-free telephone number (1-888-466-2219) and "
            "a TDD line (1-877-688-9891) for the hearing and speech impaired. The department's internet website, "
            "www.dmhc.ca.gov, has complaint forms, IMR application forms and instructions online.",
            bold=True, size=max(size or 0, 12.0), space_before=6))
        b.append(w.p("You may apply for Independent Medical Review within 6 months of our written decision on your "
                     "grievance. IMR costs you nothing.", size=size))
    b.append(w.p(w.pick([
        "You may ask for free copies of the guideline we used and of the records and documents about this decision.",
        "Copies of the criteria, records and other papers we relied on are free if you ask for them.",
    ]), size=size))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help with your rights: the Health Consumer Alliance, California's consumer assistance program, "
            "1-888-804-3536.",
            "The Health Consumer Alliance can help you file a grievance at no cost. Call 1-888-804-3536.",
        ]), size=size))


def t_b50_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = c.extra["sc_variant"]  # 0 line-item status table, 1 numbered decision paragraphs, 2 fax to the ENT
    st = _style(w, [9.5, 10.0, 10.5], [54.0, 60.0, 70.0])
    ref, fax = c.extra["sc_ref"], c.extra["sc_fax"]
    prov = M("PROVIDER", c.provider)
    septo, denied = c.services[0], c.services[1:]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    abx, a0, a1, ndays = c.extra["sc_abx"]
    spray, s0 = c.extra["sc_spray"]
    lm, ct = c.extra["sc_lm"], c.extra["sc_ct"]
    planned, center = c.extra["sc_planned"], c.extra["sc_center"]
    urgent = c.urgency == "expedited"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick([f"Ref. {ref} | page {{page}} of {{pages}}", "Kaiser Permanente Southern California - "
                                                                     "{page}", f"{ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    denied_txt = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in denied])
    if variant == 2:
        hh, mm = c.extra["sc_clock"]
        st.header = [f"{b50date(c.letter, 'b50ydot')} {hh:02d}:{mm:02d}  KP SCAL UM  {fax}  >>  "
                     f"{c.extra['sc_ent_fax']}  P.{{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FACSIMILE", space_before=0, size=st.size + 8))
        b.append(w.p("Kaiser Permanente Southern California | Utilization Management", bold=True, space_before=2))
        b.append(Block("fields", rows=[["To:", c.provider, "Fax:", c.extra["sc_ent_fax"]],
                                       ["Office:", "Head and Neck Surgery", "Phone:", c.extra["sc_ent_ph"]],
                                       ["From:", "UM Referral Review", "Fax:", fax],
                                       ["Re:", "Authorization decision - septoplasty / sinus surgery", "Ref.:", ref]],
                       space_before=8, size=st.size - 0.3))
        b.append(w.p("CONFIDENTIAL HEALTH INFORMATION. If you are not the intended recipient, do not read, copy or "
                     f"share this fax; call {_KP_MS} and destroy it.", italic=True, size=7.5, space_before=6))
        b.append(Block("rule", space_before=6))
        b.append(w.p(f"Notice date: {_dm(w, 'DATE_LETTER', c.letter, 'b50_head')}", space_before=6))
        b.append(Block("fields", rows=[["Patient:", w.name(), "MRN:", w.mid()],
                                       ["Requested by:", prov, "Surgery site:", center]],
                       space_before=4, size=st.size - 0.3))
        b.append(w.p(f"Dear Dr. {c.extra['sc_last']}:", space_before=8))
        intro = w.pick([f"We reviewed your request for {w.svc_with_codes(septo)} together with {denied_txt}.",
                        f"This is our decision on your referral for {w.svc_with_codes(septo)} and {denied_txt}."])
        if rec:
            intro += f" The request was received {rec}."
        if urgent:
            intro += " It was reviewed as urgent."
        if dec:
            intro += f" Decision date: {dec}."
        b.append(w.p(intro))
        b.append(w.p("Diagnoses: " + dxs + "."))
        head("Decision")
        b.append(w.p(f"APPROVED: {septo['codes'][0]}. NOT APPROVED: "
                     f"{', '.join(x for s in denied for x in s['codes'])}."))
        head(w.pick(["Reason for denial of the sinus procedures", "Rationale"]))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p("Criteria applied: " + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        b.append(w.p(f"Records reviewed: your clinic notes, the CT of {_fd(w, ct)} (Lund-Mackay {lm}), {abx} "
                     f"{_fd(w, a0)} to {_fd(w, a1)}, {spray} since {_fd(w, s0)}. The septoplasty may be scheduled "
                     f"as planned ({_fd(w, planned)} on your calendar); the authorization does not depend on that "
                     f"date."))
        if c.reviewer:
            line = _who(w, w.pick(["Reviewing physician: ", "Reviewed by "]), ".")
            if c.reviewer["phone"]:
                line += (f" To discuss this decision peer to peer, call {M('REVIEWER_PHONE', c.reviewer['phone'])} "
                         f"(direct line).")
            b.append(w.p(line))
        b.append(w.p("The member's appeal rights follow; a copy of this notice is being mailed to the member.",
                     italic=True))
        _sc_rights(w, b, head)
        _signoff(w, b, "Regards,", "Utilization Management", "Kaiser Permanente Southern California")
        b.append(w.p(f"cc: {w.name()} (member, by U.S. mail)", size=st.size - 1, space_before=6))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Southern California", "Referral and Authorization Review"],
                       right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Southern California")),
                              f"Fax {fax}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b50_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Medical record number: {w.mid()}", space_before=8))
        b.append(w.p(f"Authorization reference: {ref}", space_before=0))
        b.append(w.h(w.pick(["Your surgery request: partly approved", "Notice of partial approval"]),
                     space_before=12, size=st.size + 2))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        if variant == 0:
            intro = w.pick([f"{prov} of Head and Neck Surgery asked us to approve surgery on your nose and sinuses.",
                            f"We reviewed a request from your ear, nose and throat surgeon, {prov}, for nasal and "
                            f"sinus surgery."])
            if rec:
                intro += w.pick([f" We received it on {rec}.", f" The request reached us on {rec}."])
            if urgent:
                intro += " We reviewed it quickly because your doctor said it was urgent."
            if dec:
                intro += f" We made our decision on {dec}."
            intro += " Some of the request is approved and some is denied, as shown below."
            b.append(w.p(intro))
            b.append(w.p("Diagnoses: " + dxs + "."))
            head(w.pick(["Status of each procedure", "Line-by-line decision"]))
            rows = [["Code", "Description", "Status"], [w.code("30520"), w.svc(septo), "APPROVED"]]
            rows += [[w.code(s["codes"][0]), w.svc(s), "DENIED"] for s in denied]
            b.append(Block("table", rows=rows, space_before=3, size=st.size - 1.0))
            b.append(w.p(f"Surgery site: {center}. Approval is good for 90 days.", size=st.size - 0.8))
            head(w.pick(["Why the sinus procedures were denied", "The reason for the denial"]))
            b.append(w.p(M("REASON", w.reason)))
            if c.criteria:
                b.append(w.p(w.pick(["We used the ", "This decision follows the "]) +
                             join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
            b.append(w.p(f"What we looked at: your CT scan of {_fd(w, ct)}, your prescription record ({abx}, "
                         f"{ndays} days, from {_fd(w, a0)} to {_fd(w, a1)}; {spray} since {_fd(w, s0)}) and the "
                         f"notes from {c.provider}."))
        else:
            n1 = w.pick([f"{prov} asked us to approve {w.svc_with_codes(septo)} and {denied_txt}.",
                         f"We received a request from {prov} for {w.svc_with_codes(septo)} and {denied_txt}."])
            if rec:
                n1 += f" It arrived on {rec}."
            if urgent:
                n1 += " We handled it as urgent."
            if dec:
                n1 += f" We decided on {dec}."
            n1 += " Diagnoses: " + dxs + "."
            b.append(w.p("1. " + n1, indent=0))
            b.append(w.p(f"2. We approved the septoplasty (30520). We denied {join_and([s['text'] for s in denied])}"
                         f" ({', '.join(x for s in denied for x in s['codes'])})."))
            b.append(w.p("3. " + M("REASON", w.reason)))
            p4 = (f"4. In reaching this decision we read your CT report of {_fd(w, ct)} (Lund-Mackay score {lm}) "
                  f"and your medicine history, including {abx} from {_fd(w, a0)} to {_fd(w, a1)}.")
            if c.criteria:
                p4 += " We applied the " + join_and([M("CRITERIA", x) for x in c.criteria]) + "."
            b.append(w.p(p4))
            b.append(w.p(f"5. Your septoplasty can go ahead at {center}. If it is on the calendar for "
                         f"{_fd(w, planned)}, you do not need to change that date."))
        if c.reviewer:
            line = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
            if c.reviewer["phone"]:
                line += f" Your doctor may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            b.append(w.p(line))
        _sc_rights(w, b, head)
        _signoff(w, b, w.pick(["Sincerely,", "Sincerely yours,"]), "Referral and Authorization Review",
                 "Kaiser Permanente Southern California")
        b.append(w.p(f"cc: {prov} (fax {c.extra['sc_ent_fax']})", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free of charge. Call {_KP_MS} (TTY 711).",
                             f"Need this in another language or format? Call {_KP_MS}, TTY 711, at no cost."]),
                     space_before=8))
    b += _taglines(w, "CA", f"{_KP_MS} (TTY 711)", w.pick([None, "Free language assistance"]))
    return b, st, ["scal_line_item_status", "scal_numbered_decision", "scal_fax_to_ent"][variant]


BLIND50_TEMPLATES["blind50_scal_commercial_sinus_surgery_partial"] = (t_b50_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"],
    reason=reason_b50_sc))
MODELED_ON["blind50_scal_commercial_sinus_surgery_partial"] = (
    "blind50: Kaiser Permanente Southern California commercial HMO partial decision: septoplasty (30520) approved, "
    "endoscopic sinus surgery (31255 and/or 31267 with 31276) denied for chronic sinusitis (J32.9) with a deviated "
    "septum (J34.2) because the CT after maximal medical therapy shows little disease; a letter with a code / "
    "description / status table, a letter with numbered decision paragraphs, or a fax to the ENT copied to the "
    "member; 180-day grievance, 72-hour urgent review, DMHC statement and IMR, free copies, Health Consumer Alliance, "
    "taglines")


# === 2. Georgia self-funded ERISA plan: dupilumab formulary exception ==============================================

_GA_AREAS = ["404", "470", "678", "770"]
_GA_DRUG = ["Dupixent (dupilumab) 300 mg/2 mL prefilled pen", "dupilumab (Dupixent) 300 mg injection every 2 weeks",
            "DUPIXENT 300 MG/2 ML PEN-INJECTOR"]
_GA_DX = [("Atopic dermatitis, unspecified", "L20.9"), ("Other atopic dermatitis", "L20.89")]
_GA_TOPICALS = [("triamcinolone 0.1% cream", "steroid"), ("betamethasone valerate 0.1% ointment", "steroid"),
                ("hydrocortisone 2.5% cream", "low"), ("crisaborole 2% ointment (Eucrisa)", "pde4")]
_GA_TCI = ["tacrolimus 0.1% ointment", "pimecrolimus 1% cream"]
_GA_CRIT = ["Kaiser Permanente Georgia Pharmacy and Therapeutics Committee Criteria for Use: Dupilumab",
            "Kaiser Permanente Georgia Formulary Exception Guideline: Biologic Agents for Atopic Dermatitis"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b50_ga"):
        return
    c.extra["b50_ga"] = True
    variant = c.extra["ga_variant"] = w.rng.randrange(3)
    if variant == 0:
        _fmt(w, ("b50dashcaps", "b50mdyy"), ("b50dashcaps",))
    else:
        _fmt(w, ("b50monthlong", "b50ordof", "b50ordabbr"), ("b50wkmdy", "b50monthlong"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.services = [dict(text=w.pick(_GA_DRUG), codes=[], decision="denied")]
    t, cd = w.pick(_GA_DX)
    c.diagnoses = [dict(text=t, codes=[cd])]
    c.service = None
    base = c.received or c.letter
    tried = []
    first = base - dt.timedelta(days=w.rng.randint(120, 260))
    for drug, _kind in w.rng.sample(_GA_TOPICALS, 2):
        tried.append((drug, first, first + dt.timedelta(days=w.rng.randint(28, 56))))
        first = first + dt.timedelta(days=w.rng.randint(60, 90))
    c.extra["ga_tried"] = tried
    c.extra["ga_tci"] = w.pick(_GA_TCI)
    c.extra["ga_tci_weeks"] = w.pick([2, 3])
    c.extra["ga_easi"] = w.rng.randint(17, 34)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["ga_last"] = last
    c.extra["ga_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_pfax"] = _phone(w, _GA_AREAS, 1)
    c.extra["ga_clinic"] = w.pick(facilities("GA", "Georgia"))
    c.extra["ga_pharm"] = person(w.rng, 0.1)[0]
    c.extra["ga_ph"] = _phone(w, _GA_AREAS, 0)
    c.extra["ga_fax"] = _phone(w, _GA_AREAS, 1)
    c.extra["ga_group"] = f"{w.rng.randint(10**4, 10**5 - 1)}"
    c.extra["ga_bin"] = f"{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["ga_pcn"] = w.pick(["KPGARX", "GA" + str(w.rng.randint(10, 99)), "RXKPSE"])
    c.extra["ga_rxgrp"] = f"KPGA{w.rng.randint(100, 999)}"
    c.extra["ga_ref"] = f"PA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["ga_sec"] = (w.pick(["6.3", "7.2", "8", "IV.C"]), w.rng.randint(31, 88))
    mn = c.category == "medical_necessity"
    c.criteria = [w.pick(_GA_CRIT)] if mn and not _has(c, "notice.criteria_cited") else []
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        c.reviewer = dict(name=c.extra["ga_pharm"], credentials="PharmD", specialty=None, phone=None)
        c.reviewer_title = "Clinical Pharmacist"
    elif mn:
        _doctor(w, ["Dermatology", "Allergy and Immunology"], ["Physician Reviewer", "Associate Medical Director"],
                _GA_AREAS, 0.5, 0.7)
    _flags(c)


def reason_b50_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if c.category == "not_covered":
        if _bare(c):
            return w.pick(["Dupixent is not covered by your plan.", "This drug is not a covered benefit."])
        return w.pick([
            f"Dupixent is not on the drug formulary that {c.extra['employer']} chose for your group, and your plan "
            f"does not cover drugs that are not on that formulary, even with a doctor's request for an exception. "
            f"Because of this exclusion we cannot make an exception for Dupixent.",
            "Your employer's plan pays only for drugs on its formulary. Dupixent (dupilumab) is not on it, and the plan "
            "excludes non-formulary drugs, so a formulary exception cannot be approved.",
        ])
    if _bare(c):
        return w.pick(["The request does not meet medical necessity criteria.",
                       "Dupixent is not medically necessary."])
    (d1, f1, _e1), (d2, f2, _e2) = c.extra["ga_tried"]
    tci = c.extra["ga_tci"]
    who_ = "the patient" if c.extra["ga_variant"] == 2 else "you"
    return w.pick([
        f"An exception for dupilumab is approved when moderate-to-severe atopic dermatitis has not improved after a "
        f"medium- or high-potency topical steroid and a topical calcineurin inhibitor (tacrolimus or pimecrolimus), "
        f"each used for at least 4 weeks, or when those cannot be used. Pharmacy records show {who_} filled {d1} "
        f"on {_fd(w, f1)} and {d2} on {_fd(w, f2)}, but no calcineurin inhibitor, and the notes give no reason one "
        f"cannot be used. The topical steps have not been completed, so dupilumab is not medically necessary now.",
        f"The records show a trial of {d1} and of {d2}, but not of a topical calcineurin inhibitor such as {tci}. "
        f"Dupilumab is covered as an exception only after both kinds of topical treatment have been tried for at "
        f"least 4 weeks without enough improvement, or cannot be used. That step has not been met, so the request "
        f"is not medically necessary at this time.",
    ])


def _ga_rights_parts(w: W) -> list[str]:
    """ERISA rights, one string per step (the caller sets them as paragraphs or numbered steps)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Georgia"])
    ph, emp = c.extra["ga_ph"], c.extra["employer"]
    out = [w.pick([
        f"Appeal. You or a person you authorize may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you "
        f"receive this notice. Write to {addr}, or call Pharmacy Services at {ph} (TTY 711). Send anything you want "
        f"us to consider, such as your dermatologist's notes. We decide an appeal for a drug you have not yet "
        f"received within 30 days.",
        f"Appeal. Ask within {M('APPEAL_DAYS', c.appeal_phrase)} of the date you receive this letter, in "
        f"writing to {addr} or by phone at {ph} (TTY 711). We decide pre-service appeals within 30 days.",
    ])]
    out.append("Urgent appeal. If waiting could seriously jeopardize your life, health or ability to regain maximum "
               "function, or your doctor says you would have severe pain that cannot be managed without the drug, "
               "ask for an urgent appeal. We will decide it within 72 hours.")
    if not _has(c, "notice.external_review"):
        out.append(w.pick([
            "External review. If we deny your appeal, you may ask for review by an independent review organization. "
            "Ask within 4 months after you receive our appeal decision (45 CFR 147.136). It costs you nothing.",
            "Independent review. After our final appeal decision you may ask an independent review organization, "
            "outside Kaiser Permanente, to review it; the request must be made within 4 months after you receive "
            "that decision (45 CFR 147.136). There is no charge.",
        ]))
    out.append(f"Your rights under ERISA. Your coverage is a self-funded group health plan sponsored by {emp}; "
               f"Kaiser Permanente administers its claims. If your appeal is denied, you have the right to bring a "
               f"civil action under section 502(a) of the Employee Retirement Income Security Act (ERISA).")
    docs = ("Free copies. On request and free of charge, you may have copies of all documents, records and other "
            "information relevant to your claim, including the plan documents.")
    if c.criteria:
        docs += (" We relied on the criteria named above; a copy of them and an explanation of the clinical "
                 "judgment applied to your medical circumstances are free on request.")
    out.append(docs)
    if not _has(c, "notice.consumer_assistance"):
        out.append("Help with your rights. Contact the Employee Benefits Security Administration, U.S. Department of "
                   "Labor, at 1-866-444-3272 (check your plan documents for current contact information).")
    return out


def t_b50_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]  # 0 coverage-determination form, 1 "What you can do next" list, 2 to prescriber
    st = _style(w, [9.0, 9.5] if variant == 0 else [9.5, 10.0, 10.5], [48.0, 54.0] if variant == 0 else
                [58.0, 64.0, 72.0])
    ref, ph, fax = c.extra["ga_ref"], c.extra["ga_ph"], c.extra["ga_fax"]
    pharm = c.extra["ga_pharm"]
    drug = c.services[0]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    mn = c.category == "medical_necessity"
    urgent = c.urgency == "expedited"
    tried = c.extra["ga_tried"]
    grp, rbin, pcn, rxg = c.extra["ga_group"], c.extra["ga_bin"], c.extra["ga_pcn"], c.extra["ga_rxgrp"]
    sec, pg = c.extra["ga_sec"]
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    st.footer = [w.pick([f"{ref}  Page {{page}} of {{pages}}", "KP Georgia Pharmacy Services | {page}",
                         f"Form RX-CD-{w.rng.randint(10, 99)} ({ref}) - {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    tried_txt = "; ".join(f"{d} ({_fd(w, a)} to {_fd(w, z)})" for d, a, z in tried)
    provision = (f"Plan provision: Summary Plan Description, Outpatient Prescription Drug Benefit, \"Drugs not on "
                 f"the formulary\" (section {sec}, page {pg}).")
    alt = w.pick(["Adbry (tralokinumab)", "narrowband UVB phototherapy (96910)", "oral methotrexate"])
    who_line = None
    if c.reviewer:
        if _has(c, "process.reviewer_not_physician"):
            who_line = _who(w, "Determination made by ", f", Clinical Pharmacist, Pharmacy Services ({ph}).")
        else:
            who_line = _who(w, w.pick(["Determination made by ", "Physician reviewer: "]), ".")
            if c.reviewer["phone"]:
                who_line += f" Prescriber line: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
    proc_line = (f"Request processed by {pharm}, PharmD, Clinical Pharmacist, Pharmacy Prior Authorization Unit."
                 if not _has(c, "process.reviewer_not_physician") else None)

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", "Pharmacy Services - Prior Authorization"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Nine Piedmont Center, Atlanta, GA",
                          f"Ph {ph}  Fax {fax}"]))
    if variant == 0:
        b.append(w.h("PHARMACY COVERAGE DETERMINATION", align="center", space_before=8, size=st.size + 3))
        b.append(w.p("Formulary Exception Request - Notice of Denial", align="center", space_before=1, bold=True))
        b.append(Block("fields", rows=[["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b50_head"),
                                        "Case no.:", ref]], space_before=8, size=st.size))
        head("SECTION A - MEMBER")
        b.append(Block("fields", rows=[["Member name:", w.name(), "Member ID:", w.mid()],
                                       ["Group no.:", grp, "Rx BIN / PCN:", f"{rbin} / {pcn}"],
                                       ["Rx Group:", rxg, "Plan:", f"{c.extra['employer']} (self-funded)"]],
                       space_before=3, size=st.size))
        b.append(w.p(c.member_addr[0] + ", " + c.member_addr[1], space_before=1, size=st.size - 0.5))
        head("SECTION B - PRESCRIBER")
        b.append(Block("fields", rows=[["Prescriber:", prov, "NPI:", c.extra["ga_npi"]],
                                       ["Clinic:", c.extra["ga_clinic"], "Fax:", c.extra["ga_pfax"]]],
                       space_before=3, size=st.size))
        head("SECTION C - REQUEST")
        b.append(w.p(f"Drug requested: {w.svc(drug)}", space_before=3))
        b.append(w.p(f"Diagnosis: {dxs}", space_before=1))
        b.append(w.p("Request type:  [X] Formulary exception   [ ] Prior authorization   [ ] Quantity limit",
                     space_before=2))
        b.append(w.p(f"Review:  [{'X' if urgent else ' '}] Expedited   [{' ' if urgent else 'X'}] Standard",
                     space_before=1))
        if rec:
            b.append(w.p(f"Date received: {rec}", space_before=1))
        if dec:
            b.append(w.p(f"Date decided: {dec}", space_before=1))
        head("SECTION D - DETERMINATION")
        b.append(w.p("[ ] Approved     [X] Denied", space_before=3, bold=True))
        b.append(w.p("Reason for denial:", space_before=3, bold=True))
        b.append(w.p(M("REASON", w.reason), boxed=True, indent=6, space_before=2))
        if c.criteria:
            b.append(w.p("Criteria: " + join_and([M("CRITERIA", x) for x in c.criteria]), space_before=3))
        if not mn and not _has(c, "notice.plan_provision"):
            b.append(w.p(provision, space_before=3))
        b.append(w.p(f"Topical therapy on file: {tried_txt}.", space_before=3, size=st.size - 0.5))
        b.append(w.p(f"Formulary alternative your prescriber may consider: {alt}.", space_before=1,
                     size=st.size - 0.5))
        if who_line:
            b.append(w.p(who_line, space_before=3))
        if proc_line:
            b.append(w.p(proc_line, space_before=1, size=st.size - 0.5))
        head("SECTION E - YOUR RIGHTS")
        for part in _ga_rights_parts(w):
            b.append(w.p(part, space_before=2))
        b.append(w.p(f"cc: {prov}; member copy mailed", size=st.size - 1, space_before=6))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b50_head"), space_before=10))
        if variant == 2:
            b.append(w.p(prov, space_before=8))
            b.append(w.p(f"Dermatology, {c.extra['ga_clinic']}", space_before=0))
            b.append(w.p(f"Fax {c.extra['ga_pfax']}   NPI {c.extra['ga_npi']}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Group:", grp, "Case:", ref]], space_before=8, size=st.size - 0.3))
            b.append(w.h("Formulary exception not approved: dupilumab", space_before=10, size=st.size + 1.5))
            b.append(w.p(f"Dear Dr. {c.extra['ga_last']}:", space_before=8))
            intro = w.pick([f"We reviewed your formulary exception request for {w.svc(drug)} for the patient named "
                            f"above.", f"Thank you for your request for {w.svc(drug)} for this patient."])
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}   Group: {grp}   Case: {ref}", space_before=8, size=st.size - 0.5))
            b.append(w.h(w.pick(["We did not approve your request for Dupixent", "Your drug exception request"]),
                         space_before=10, size=st.size + 1.5))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
            intro = w.pick([f"{prov} asked us to cover {w.svc(drug)} as a formulary exception.",
                            f"Your dermatologist, {prov}, asked for an exception so that your plan would cover "
                            f"{w.svc(drug)}."])
        if rec:
            intro += f" The request was received on {rec}."
        if urgent:
            intro += " It was reviewed on an expedited basis."
        if dec:
            intro += f" The decision was made on {dec}."
        intro += " The request is denied."
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head(w.pick(["Why the request was denied", "Reason for our decision"]))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p(w.pick(["We reviewed the request under the ", "Criteria used: the "]) +
                         join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        if not mn and not _has(c, "notice.plan_provision"):
            b.append(w.p(provision))
        b.append(w.p(f"Topical treatment in the pharmacy record: {tried_txt}. Formulary options include {alt}."))
        if who_line:
            b.append(w.p(who_line))
        if proc_line:
            b.append(w.p(proc_line))
        if variant == 1:
            head("What you can do next")
            steps = ["Talk with your dermatologist about the covered options named above."]
            steps += _ga_rights_parts(w)
            for i, s in enumerate(steps, 1):
                b.append(w.p(f"{i}. {s}", space_before=3, indent=8))
        else:
            b.append(w.p("If you have new information, you may send a new request with chart notes. Your patient's "
                         "rights are below; a copy of this letter is mailed to your patient."))
            head("Member appeal rights")
            for part in _ga_rights_parts(w):
                b.append(w.p(part))
        _signoff(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Pharmacy Services", "Kaiser Permanente Georgia")
        if variant == 2:
            b.append(w.p(f"cc: {w.name()} (member)", size=st.size - 1, space_before=6))
        else:
            b.append(w.p(f"cc: {prov}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: call {ph} (TTY 711).",
                             f"Language help is free. Call {ph}, TTY 711."]), space_before=6))
    b += _taglines(w, "GA", f"{ph} (TTY 711)", w.pick([None, "Language assistance"]))
    return b, st, ["ga_coverage_form", "ga_next_steps", "ga_prescriber_letter"][variant]


BLIND50_TEMPLATES["blind50_ga_erisa_dupilumab_formulary_exception"] = (t_b50_ga, dict(
    plans=["erisa_group"], states=["GA"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    reason=reason_b50_ga))
MODELED_ON["blind50_ga_erisa_dupilumab_formulary_exception"] = (
    "blind50: Kaiser Permanente Georgia self-funded employer plan denial of a formulary exception for dupilumab "
    "(Dupixent) for atopic dermatitis (L20.9, L20.89): topical step therapy not met, or a non-formulary drug the plan "
    "excludes; a pharmacy coverage-determination form, a letter with a 'What you can do next' list, or a letter to "
    "the prescriber; 180-day appeal, 72-hour urgent appeal, external review in 4 months (45 CFR 147.136), ERISA "
    "502(a), free copies, EBSA with caveat, taglines")


# === 3. Hawaii Medicare Advantage: more acupuncture visits ========================================================

_HI_AREAS = ["808"]
_HI_97810 = ["Acupuncture, one or more needles, without electrical stimulation, initial 15 minutes",
             "Acupuncture treatment (first 15 minutes of needling)"]
_HI_97811 = ["Acupuncture, each additional 15 minutes, with re-insertion of needles",
             "Additional 15 minutes of acupuncture with needle re-insertion"]
_HI_DX = [("Low back pain, unspecified", "M54.50"), ("Other low back pain", "M54.59")]
_HI_NCD = ["Medicare National Coverage Determination 30.3.3, Acupuncture for Chronic Low Back Pain",
           "Medicare NCD 30.3.3 (Acupuncture for Chronic Low Back Pain)"]
_HI_INTERNAL = ["Kaiser Permanente Hawaii Complementary Care Guideline: Acupuncture",
                "Kaiser Permanente Hawaii Clinical Review Criteria for Acupuncture Services"]
_HI_CLINICS = ["Kailua Integrative Acupuncture", "Waipahu Acupuncture and Wellness", "Hilo Needle and Herb Clinic",
               "Kahului Acupuncture Center"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b50_hi"):
        return
    c.extra["b50_hi"] = True
    variant = c.extra["hi_variant"] = w.rng.randrange(3)
    if variant == 1:
        _fmt(w, ("b50monthlong",), ("b50monthlong", "b50wkmdy"))
    else:
        _fmt(w, ("b50monthlong", "b50ordabbr", "b50ordof"), ("b50wkmdy", "b50monthlong", "b50ordabbr"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    c.services = [dict(text=w.pick(_HI_97810), codes=["97810"], decision="denied")]
    if w.chance(0.55):
        c.services.append(dict(text=w.pick(_HI_97811), codes=["97811"], decision="denied"))
    t, cd = w.pick(_HI_DX)
    c.diagnoses = [dict(text=t, codes=[cd])]
    c.service = None
    base = c.received or c.letter
    nc = c.category == "not_covered"
    n_past = 20 if nc else 12
    # the past visits, weekly or twice a week, ending a few days before the request
    last = base - dt.timedelta(days=w.rng.randint(2, 9))
    visits, day = [], last
    for _ in range(n_past):
        visits.append(day)
        day -= dt.timedelta(days=w.pick([3, 4, 7, 7]))
    visits.reverse()
    c.extra["hi_visits"] = visits
    c.extra["hi_more"] = w.pick([4, 6, 8])
    c.extra["hi_why"] = w.pick(["inflammatory", "surgery"]) if not nc else "limit"
    c.extra["hi_rheum"] = last - dt.timedelta(days=w.rng.randint(5, 30))
    c.extra["hi_surgery"] = visits[0] - dt.timedelta(days=w.rng.randint(120, 400))
    name, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["hi_plast"] = plast
    c.extra["hi_lac"] = person(w.rng, 0.1)[0] + ", L.Ac."
    c.extra["hi_clinic"] = w.pick(_HI_CLINICS)
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_HI_INTERNAL)]
    elif _has(c, "notice.criteria_cited") or (nc and w.chance(0.35)):
        c.criteria = []
    else:
        c.criteria = [w.pick(_HI_NCD)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Nurse"], ["RN", "RN, CCM"])
    elif not nc or w.chance(0.4):
        _doctor(w, ["Physical Medicine and Rehabilitation", "Family Medicine", "Internal Medicine"],
                ["Physician Reviewer", "Medical Director, Medicare Utilization Management"], _HI_AREAS, 0.5, 0.6)
    c.extra["hi_ref"] = f"HI-MA-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["hi_ph"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_fax"] = _phone(w, _HI_AREAS, 1)
    _flags(c)


def reason_b50_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    visits, more = c.extra["hi_visits"], c.extra["hi_more"]
    why = c.extra["hi_why"]
    if _bare(c):
        if why == "limit":
            return w.pick(["Additional acupuncture visits are not a covered benefit.",
                           "More acupuncture is not covered by your plan."])
        return w.pick(["More acupuncture is not medically necessary.",
                       "The additional acupuncture visits do not meet medical necessity."])
    if why == "limit":
        return w.pick([
            f"Medicare covers acupuncture for chronic low back pain for up to 12 visits in 90 days, and 8 more if "
            f"your pain is improving, but no more than 20 visits in 12 months. You have had {len(visits)} covered "
            f"acupuncture visits in the past 12 months, from {_fd(w, visits[0])} to {_fd(w, visits[-1])}. The {more} more visits "
            f"that were asked for would go past the 20-visit limit, so they are not covered.",
            f"Our records show {len(visits)} acupuncture visits paid for you since {_fd(w, visits[0])}. That is the "
            f"most Medicare covers in 12 months (20 visits) for chronic low back pain. Visits beyond that number are "
            f"not covered by Medicare or by your plan, so we cannot approve the {more} added visits.",
        ])
    if why == "inflammatory":
        return w.pick([
            f"The records sent with the request, including the rheumatology note of {_fd(w, c.extra['hi_rheum'])}, "
            f"show that your back pain is caused by ankylosing spondylitis, an inflammatory disease of the spine. "
            f"Medicare covers acupuncture only for chronic low back pain that has no identifiable systemic cause, "
            f"such as an inflammatory, infectious or cancer-related disease. Because your pain has such a cause, "
            f"more acupuncture is not medically necessary under Medicare rules.",
            f"Medicare pays for acupuncture for chronic low back pain only when the pain has no known systemic cause. "
            f"Your rheumatologist's note of {_fd(w, c.extra['hi_rheum'])} links your pain to ankylosing spondylitis, "
            f"an inflammatory spine disease, so the {more} more visits are not medically necessary.",
        ])
    return w.pick([
        f"Your records show that your low back pain began after your lumbar spine surgery on "
        f"{_fd(w, c.extra['hi_surgery'])}. Medicare covers acupuncture for chronic low back pain that is not "
        f"associated with surgery. Because your pain is related to that surgery, the {more} more acupuncture visits "
        f"are not medically necessary under Medicare rules.",
        f"Acupuncture is covered for chronic low back pain that is not related to an operation. The notes show your "
        f"pain started after back surgery on {_fd(w, c.extra['hi_surgery'])}, so more acupuncture is not medically "
        f"necessary for you under Medicare's coverage rule.",
    ])


def _hi_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    """Medicare Advantage reconsideration rights for a Kaiser Permanente Hawaii member (catalogue facts)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Hawaii"])
    ph = c.extra["hi_ph"]
    head(w.pick(["Your right to appeal", "How to ask for a reconsideration", "If you disagree"]))
    b.append(w.p(w.pick([
        f"You have the right to ask us to reconsider this decision. Your request must reach us within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Call {ph} (TTY 711) or write to {addr}. "
        f"Your doctor or a representative you name may ask for you.",
        f"To appeal, ask for a reconsideration within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this "
        f"notice, by phone at {ph} (TTY 711) or in writing to {addr}.",
    ]), size=size))
    b.append(w.p("We will give you our answer on a standard appeal within 30 days.", size=size))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or your doctor think waiting 30 days could seriously harm your health, ask for an "
            "expedited appeal and we will decide within 72 hours. When a doctor asks for a fast appeal for you, you "
            "will get one.",
            "You can ask for a fast (expedited) appeal if a standard appeal could seriously harm your health or "
            "your ability to function. We answer fast appeals within 72 hours.",
        ]), size=size))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we do not decide fully in your favor, we send your case on our own to the Independent Review Entity, "
            "an organization hired by Medicare that is not part of Kaiser Permanente. After that, you may ask for a "
            "hearing with an Administrative Law Judge, then the Medicare Appeals Council and federal court.",
            "Independent Review Entity: if our answer to your appeal is still no, your case goes automatically to "
            "this independent organization chosen by Medicare. Further levels (an Administrative Law Judge, the "
            "Medicare Appeals Council, federal court) are described in your Evidence of Coverage.",
        ]), size=size))
    b.append(w.p("You may ask for a free copy of the records and information used to make this decision.",
                 size=size))
    b.append(w.p("For Medicare help, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, "
                 "7 days a week.", size=size))


def t_b50_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]  # 0 visit-count table, 1 large print, 2 tear-off reply slip
    big = variant == 1
    st = _style(w, [16.0] if big else [9.5, 10.0], [48.0, 52.0] if big else [56.0, 62.0, 70.0])
    if big:
        st.small = 12.0
    ref, ph, fax = c.extra["hi_ref"], c.extra["hi_ph"], c.extra["hi_fax"]
    visits, more = c.extra["hi_visits"], c.extra["hi_more"]
    lac, clinic = c.extra["hi_lac"], c.extra["hi_clinic"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Hawaii Medicare Health Plan | "
                                                                 "{page}", f"Notice {ref} | {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t.upper() if big else t, space_before=12 if big else 9, size=st.size + (1 if big else 0.5)))

    if big:
        b.append(w.p("LARGE PRINT NOTICE", bold=True, align="right", size=18.0, space_before=0))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=12 if big else 9,
                   left=["KAISER PERMANENTE", "Medicare Health Plan", "Hawaii"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", w.pick(facilities("HI", "Hawaii")),
                          f"Phone {ph}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b50_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member ID: {w.mid()}", space_before=8))
    b.append(w.p(f"Notice number: {ref}", space_before=0))
    b.append(w.h(w.pick(["Notice of Denial of Medical Coverage", "Notice of Denial of Medical Coverage - "
                                                                 "acupuncture"]),
                 space_before=12, size=st.size + 2, align="center" if big else "left"))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = w.pick([f"{prov} asked us to cover {more} more acupuncture visits for your low back pain: {svcs}. The "
                    f"treatments would be given by {lac} at {clinic}.",
                    f"We reviewed a request from {prov} for {more} more visits of {svcs}, to be given by {lac}, a "
                    f"licensed acupuncturist at {clinic}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" It came to us on {rec}."])
    if urgent:
        intro += " Your doctor asked for a fast decision, and we gave one."
    if dec:
        intro += f" We decided on {dec}."
    intro += w.pick([" We have denied this request.", " We cannot approve these visits."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why we denied your request", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on ", "Rule we applied: "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if variant == 0:
        head(w.pick(["Acupuncture visits already received", "Your acupuncture visits on record"]))
        rows = [["Visit", "Date of visit", "Codes billed", "Count (12 months)"]]
        for i, v in enumerate(visits, 1):
            rows.append([str(i), b50date(v, "b50mdyy"), "97810, 97811" if i % 3 else "97810", f"{i} of 20"])
        b.append(Block("table", rows=rows, space_before=3, size=8.0))
        b.append(w.p(f"Treating acupuncturist: {lac}, {clinic}.", size=8.0, space_before=2))
    else:
        b.append(w.p(f"Visits on record: {len(visits)} since {_fd(w, visits[0])}, the latest on "
                     f"{_fd(w, visits[-1])}, all with {lac}."))
    b.append(w.p(w.pick([
        "Other covered care for back pain includes physical therapy (97110) and, when a spinal joint is out of "
        "place, chiropractic manipulation of the spine (98940). Ask your doctor whether these fit your needs.",
        "Your doctor may suggest covered options such as physical therapy (CPT 97110) or spinal manipulation by a "
        "chiropractor (CPT 98940).",
    ])))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss it."
        b.append(w.p(line))
    _hi_rights(w, b, head)
    _signoff(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Medicare Utilization Management",
             "Kaiser Permanente Hawaii", size=None)
    b.append(w.p(f"cc: {prov}; {lac}, {clinic}", size=st.size - 1, space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {ph} (TTY 711).",
                             f"Free language help and other formats: {ph}, TTY 711."]), space_before=8))
    b += _taglines(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Help in your language"]), size=11.0 if big else 7.0)
    if variant == 2:
        b.append(w.p("- - - - - - - - - - - - - - - - tear here and mail the part below - - - - - - - - - - - - - - - -",
                     align="center", size=7.5, space_before=14, keep_with_next=True))
        b.append(w.h("RECONSIDERATION REQUEST (return this part)", space_before=6, size=st.size + 0.5))
        b.append(Block("fields", rows=[["Member:", c.member_name, "Member ID:", c.member_id],
                                       ["Notice no.:", ref, "Fax back:", fax]], space_before=4, size=st.size - 0.5))
        b.append(w.p("[ ] I disagree with this decision and ask for a reconsideration.", space_before=4))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p("[ ] I need a fast (expedited) appeal because waiting could seriously harm my health.",
                         space_before=1))
        b.append(w.p("Why I disagree: ______________________________________________", space_before=4))
        b.append(w.p("Signature: ____________________________   Date signed: ____________", space_before=6))
        b.append(w.p("Mail to: " + ", ".join(GRIEVANCE_ADDR["Hawaii"]), space_before=4, size=st.size - 0.5))
    return b, st, ["hi_visit_count_table", "hi_large_print", "hi_tear_off_slip"][variant]


BLIND50_TEMPLATES["blind50_hi_ma_acupuncture_visit_limit"] = (t_b50_hi, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["initial_denial"], cats=["not_covered", "medical_necessity"],
    reason=reason_b50_hi))
MODELED_ON["blind50_hi_ma_acupuncture_visit_limit"] = (
    "blind50: Kaiser Permanente Hawaii Medicare Advantage denial of more acupuncture visits (97810, 97811) for low "
    "back pain (M54.50, M54.59): the 20-visit limit in 12 months reached, or pain with a systemic cause or after surgery is "
    "not chronic low back pain under NCD 30.3.3; a letter with a visit-count table, a large print letter, or a letter "
    "with a tear-off reconsideration slip; 60-day reconsideration, 30-day and 72-hour decisions, automatic "
    "Independent Review Entity review, free copies, 1-800-MEDICARE, taglines")
