"""Fifty-fourth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND54_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind54_co_fehb_genetic_testing_partial")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind54_va_commercial_residential_eating_disorder_concurrent``: a Kaiser Permanente Mid-Atlantic States
   commercial HMO (plan_type ``commercial_hmo``, state VA) expedited concurrent-review denial (``initial_denial``,
   urgency always ``expedited``, category ``medical_necessity``) of continued residential treatment for anorexia
   nervosa (HCPCS H0018; F50.01, with F50.02 on some letters): the member is medically stable and gaining weight, so
   the criteria for stepping down to a partial hospitalization program are met. A revenue code (1001) printed beside
   the stay is a billing label, never a code of the truth. Layouts: ``va_fax_to_facility`` (a fax cover sheet with
   "Date:"/"Time:" fields and a page count, then the letter to the facility's utilization review team with the
   member on a "Patient:" line, copied to the member), ``va_letter_to_parent`` (the member is 17: the letter goes to
   a parent, the member on a "Regarding:" line) and ``va_clinical_summary_table`` (a letter to the member with a
   "Clinical summary" table of weights and vital signs by date). Virginia commercial rights from the catalogue: an
   appeal within 180 days (ACA floor), a fast appeal decided within 72 hours (always printed: the review itself is
   expedited, so ``notice.expedited_review`` is refused), external review by an independent review organization
   within 4 months of the final internal decision (45 CFR 147.136), the Virginia Office of the Managed Care
   Ombudsman (1-877-310-6560, option 1; ombudsman@scc.virginia.gov; P.O. Box 1157, Richmond, VA 23218), free copies,
   Member Services 1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380, taglines. Distractors: the admission date,
   the weights and vital signs by date, the facility's primary therapist and attending psychiatrist vs. the
   physician reviewer, the facility's phone, fax and NPI, the partial hospitalization program (H0035) named as the
   next level of care with its intake appointment, the last covered day, the revenue code, the case number.

   Which date is which: the letter date is the date line (on the fax, the letter's own date line on page 2: the
   cover sheet's Date/Time is the transmission, unmarked); received and decision dates are in the opening
   paragraph. Admission, weigh-in, vital-sign and intake dates and the last covered day are other events;
   ``service`` is always null. Which name is the member: the "Patient:" / "Regarding:" line or the addressee,
   never the parent. The requesting provider is the residential program that asked for more days. Which reason is
   the reason: the paragraph under the reason heading. The truth counts the one H0018 line (the H0035 program is
   the next level of care, not a service).

2. ``blind54_nw_ma_part_b_drug_infliximab_biosimilar``: a Kaiser Permanente Northwest Medicare Advantage (plan_type
   ``medicare_advantage``, state OR) organization determination (``initial_denial``) denying brand infliximab
   (Remicade, HCPCS J1745) for Crohn's disease (K50.90) in favor of a biosimilar, infliximab-dyyb (Q5103) or
   infliximab-axxq (Q5121), named as the covered alternative. Category per letter: ``not_covered`` (the brand is
   not the preferred Part B product when a biosimilar is available) or ``medical_necessity`` (no documented reason
   the biosimilar cannot be used; criteria: the Medicare coverage rules at 42 CFR 422.101(b), or with
   ``medicare.internal_criteria`` planted a Kaiser Permanente Northwest protocol instead). Layouts:
   ``nw_cms_style_notice`` (a "Notice of Denial of Medical Coverage" with labelled fields and question headings),
   ``nw_medicines_compared_table`` (a "Medicines compared" table: the brand not approved, the biosimilar(s)
   covered) and ``nw_reply_form`` (a letter ending with a tear-off appeal request form). MA rights from the
   catalogue: a reconsideration within 60 days of the date of the notice (65 on some letters), a Part B drug appeal
   answered within 7 days, a fast appeal within 72 hours (a doctor's request is fast), automatic review by the
   Independent Review Entity, 1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), free copies, taglines. The
   catalogue verifies no Kaiser Northwest Member Services number: the Part B drug review unit's own line prints.
   A standard Part B drug request is decided within 72 hours of receipt (a planted late one 8 days or more).
   Distractors: the infusion center and its phone, the prior doses (dates, milligrams), the member's weight, the
   gastroenterologist (requesting) vs. the clinical pharmacist vs. the physician reviewer, the biosimilar codes, the
   Part B preferred drug list, the reference number.

   Which date is which: the letter date is the "Date:" field / date line; received and decision dates are in the
   opening paragraph. Infusion dates and the next planned infusion are other events; ``service`` is always null.
   Which name is the member: the addressee. Which reason is the reason: the paragraph under the "why" heading. The
   truth counts the J1745 line only.

3. ``blind54_co_fehb_genetic_testing_partial``: a Kaiser Permanente Colorado FEHB plan (plan_type ``fehb``, state
   CO) partial denial (``partial_denial``, ``medical_necessity``): a hereditary cancer multigene panel (CPT 81432) is
   not approved because the family history does not meet the criteria for a panel, and BRCA testing (81162, or
   81165) is approved instead; both lines are services of the truth. Diagnoses Z80.3 and, on some letters, Z80.41.
   Layouts: ``co_approved_not_approved_table`` (a table "Test / Code / Decision" with "Approved" and "Not approved"),
   ``co_boxed_decision_summary`` (the decision in a boxed summary under the greeting) and ``co_to_ordering_physician``
   (the letter to the ordering physician, the member on a "Patient:" line, copied to the member). FEHB rights from
   the catalogue: ask us to reconsider within 6 months of the date of this notice (5 CFR 890.105), answered within 30
   days; then OPM review (U.S. Office of Personnel Management, Healthcare and Insurance, 1900 E Street NW,
   Washington, DC 20415; the brochure gives the Health Insurance Group and the time limit; OPM answers within 60
   days); free copies; Colorado Member Services 303-338-3800 (Southern Colorado 1-888-681-7878); taglines.
   Distractors: the genetic counselor (who took the family history) vs. the physician reviewer, the relatives'
   cancers and ages at diagnosis, the counseling date, the lab's name, address and phone, the reference number.

   Which date is which: the letter date is the date line; received and decision dates are in the opening paragraph
   (on the boxed layout, inside the box). The counseling date and the sample-collection window are other events;
   ``service`` is always null. Which name is the member: the addressee, or the "Patient:" line. The requesting
   provider is the ordering physician. Which reason is the reason: the paragraph under the reason heading. The
   truth counts the 81432 line (not approved) and the BRCA line (approved).

Dates use this set's own styles (``b54date``); ``parse_blind54_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category, and for the eating-disorder
stay ``notice.expedited_review`` (the letter is itself an expedited decision and always tells how to ask for a fast
appeal).
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

BLIND54_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3U = [m[:3].upper() for m in MONTHS]
_ABDOT = [m if len(m) <= 4 else m[:3] + "." for m in MONTHS]  # Jan. Feb. Mar. ... May June July Aug. Sep.
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b54date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b54wkord":  # Saturday, March 14th, 2026 (a formal date line with its weekday and an ordinal day)
        return f"{_WEEK[d.weekday()]}, {MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "b54dmoncompact":  # 14MAR2026 (a clinical system's field, day padded: 05MAR2026)
        return f"{d.day:02d}{_MON3U[d.month - 1]}{d.year}"
    if style == "b54mdyydash":  # 3-14-26 (table cells: month first, unpadded, two-digit year)
        return f"{d.month}-{d.day}-{d.year % 100:02d}"
    if style == "b54ymdslash":  # 2026/03/14 (a fax machine's stamp)
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "b54long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b54dmonth":  # 14 March 2026 (day first, full month, no comma)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "b54abdot":  # Mar. 14, 2026 (three-letter month with a point; May, June and July in full)
        return f"{_ABDOT[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("b54wkord", "b54dmoncompact", "b54mdyydash", "b54ymdslash", "b54long", "b54dmonth", "b54abdot")


def parse_blind54_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b54date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]+) ([1-9]\d?)(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _WEEK and m[2] in MONTHS and _ordinal(int(m[3])) == m[3] + m[4]:
            d = dt.date(int(m[5]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _WEEK[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{4})", t)
        if m and m[2] in _MON3U:
            return dt.date(int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([1-9]\d?)-([1-9]\d?)-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}\.|May|June|July) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in _ABDOT:
            return dt.date(int(m[3]), _ABDOT.index(m[1]) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b54_fmt"] = w.pick(list(body))
    w.c.extra["b54_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b54_fmt") -> str:
    if not day:
        return ""
    return b54date(day, w.c.extra[key] if key in ("b54_fmt", "b54_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b54_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 987), w.rng.randint(0, 9999)
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
    c.reviewer = dict(name=person(w.rng, 0.3)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _sign(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=15))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=15))
    b.append(w.p(org, space_before=0))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Tiene derecho a un intérprete sin costo. Llame al {ph}.",
    "vi": "Tiếng Việt: Quý vị có thể được thông dịch miễn phí. Xin gọi {ph}.",
    "zh": "繁體中文：您可免費獲得口譯服務，請致電 {ph}。",
    "ko": "한국어: 무료 통역 서비스를 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "ru": "Русский: Вы можете бесплатно получить помощь переводчика. Звоните {ph}.",
    "ar": "العربية: خدمات الترجمة متاحة لك مجانًا. اتصل على {ph}.",
    "am": "አማርኛ፦ የአስተርጓሚ አገልግሎት በነጻ ያገኛሉ። በ {ph} ይደውሉ።",
    "fr": "Français : un interprète est à votre disposition gratuitement. Composez le {ph}.",
    "uk": "Українська: Ви можете безкоштовно отримати послуги перекладача. Телефонуйте {ph}.",
    "ro": "Română: Puteți primi gratuit servicii de interpretare. Sunați la {ph}.",
    "tl": "Tagalog: May libreng tagasalin para sa inyo. Tumawag sa {ph}.",
    "de": "Deutsch: Ein Dolmetscher steht Ihnen kostenlos zur Verfügung. Rufen Sie {ph} an.",
    "ja": "日本語：無料の通訳サービスをご利用いただけます。{ph} までお電話ください。",
    "fa": "فارسی: خدمات مترجم شفاهی به‌طور رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ur": "اردو: آپ کو مفت ترجمان کی سہولت حاصل ہے۔ {ph} پر کال کریں۔",
}
_TAG_SETS = {
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "fa", "ur", "tl", "ru", "fr"],
    "OR": ["es", "vi", "zh", "ru", "ko", "uk", "ro", "ar", "ja", "tl"],
    "CO": ["es", "vi", "zh", "ru", "ko", "am", "ar", "de", "fr", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


def _fax_time(hh: int, mm: int) -> str:
    return f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


# === 1. Mid-Atlantic (Virginia) commercial HMO: continued residential eating-disorder treatment ====================

_VA_MS, _VA_LOCAL, _VA_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_VA_AREAS = ["703", "571", "540"]
_VA_STAY = ["Continued residential treatment for eating disorder (per diem)",
            "Residential eating disorder treatment, additional days",
            "Continued stay, residential behavioral health treatment program (eating disorder)"]
_VA_DX = [("Anorexia nervosa, restricting type", "F50.01"), ("Anorexia nervosa, binge eating/purging type", "F50.02")]
_VA_PROGRAMS = [("Blue Ridge Eating Recovery Residence", "Charlottesville, VA 22903"),
                ("Chesapeake Center for Eating Disorders - Residential Unit", "Virginia Beach, VA 23454"),
                ("Potomac Renewal House", "Leesburg, VA 20176"),
                ("Shenandoah Valley Eating Disorder Treatment Center", "Harrisonburg, VA 22801")]
_VA_PHP = ["Eating Disorders Partial Hospitalization Program, Tysons Corner",
           "Fair Oaks Day Treatment Program for Eating Disorders",
           "Reston Partial Hospitalization Program (Eating Disorders Track)"]
_VA_CRIT = ["Kaiser Permanente Mid-Atlantic States Behavioral Health Level of Care Criteria: Eating Disorders",
            "American Psychiatric Association Practice Guideline for the Treatment of Patients With Eating Disorders",
            "KP Mid-Atlantic Residential Treatment Continued Stay Criteria (Eating Disorders)"]
_VA_OMB = ("Virginia Office of the Managed Care Ombudsman", "1-877-310-6560", "ombudsman@scc.virginia.gov",
           "P.O. Box 1157, Richmond, VA 23218")


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b54_va"):
        return
    c.extra["b54_va"] = True
    variant = c.extra["va_variant"] = w.rng.randrange(3)  # 0 fax to facility, 1 letter to parent, 2 summary table
    if variant == 0:
        _fmt(w, ("b54long", "b54abdot", "b54dmonth"), ("b54wkord", "b54long"))
    elif variant == 1:
        _fmt(w, ("b54long", "b54abdot"), ("b54wkord", "b54long", "b54abdot"))
    else:
        _fmt(w, ("b54long", "b54dmonth", "b54abdot"), ("b54long", "b54wkord", "b54dmonth"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.category = "medical_necessity"
    c.urgency = "expedited"  # a concurrent review while the member is in the program: decided within 72 hours
    dec = c.decision or c.letter
    if c.received:
        days = w.rng.randint(4, 9) if _has(c, "process.decision_untimely") else w.rng.randint(0, 2)
        c.received = dec - dt.timedelta(days=days)
    c.letter = dec
    c.services = [dict(text=w.pick(_VA_STAY), codes=["H0018"], decision="denied")]
    dx = _VA_DX[0] if w.chance(0.75) else _VA_DX[1]
    c.diagnoses = [dict(text=dx[0], codes=[dx[1]])]
    c.service = None
    c.extra["va_age"] = 17 if variant == 1 else w.rng.randint(19, 31)
    base = c.received or c.letter
    adm = c.extra["va_admit"] = base - dt.timedelta(days=w.rng.randint(21, 38))
    # weekly weigh-ins from admission: weight in pounds and percent of expected body weight, heart rate, BP
    ebw = w.rng.randint(118, 132)
    w0 = round(ebw * w.rng.uniform(0.72, 0.77), 1)
    rows, wt = [], w0
    for k in range(4):
        day = adm + dt.timedelta(days=7 * k + w.rng.randint(0, 1))
        if day > base:
            break
        hr = min(72, 44 + 6 * k + w.rng.randint(0, 4))
        rows.append((day, wt, round(100 * wt / ebw), hr, f"{w.rng.randint(92, 112)}/{w.rng.randint(58, 72)}"))
        wt = round(wt + w.rng.uniform(1.6, 3.1), 1)
    c.extra["va_vitals"] = rows
    c.extra["va_last_day"] = dec + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["va_intake"] = c.extra["va_last_day"] + dt.timedelta(days=w.rng.randint(1, 3))
    c.extra["va_php"] = w.pick(_VA_PHP)
    prog, city = w.pick(_VA_PROGRAMS)
    c.provider = prog
    c.extra["va_prog"] = (prog, f"{w.rng.randint(100, 9899)} {w.pick(['Ivy Road', 'Old Dominion Drive', 'Market Street', 'Laskin Road'])}",
                          city, _phone(w, _VA_AREAS, 0), _phone(w, _VA_AREAS, 1), _npi(w))
    ther = person(w.rng, 0.1)[0]
    c.extra["va_therapist"] = ther + w.pick([", LPC", ", LCSW", ", LMFT"])
    c.extra["va_attending"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["va_dietitian"] = person(w.rng, 0.0)[0] + ", RDN"
    kid_first, kid_last = c.member_name.split()[0], c.member_name.split()[-1]
    pfirst = kid_first
    while pfirst == kid_first:
        pfirst = person(w.rng, 0.0)[1]
    c.extra["va_parent"] = (f"{pfirst} {kid_last}", kid_first)
    c.criteria = [] if _has(c, "notice.criteria_cited") or _bare(c) else \
        w.rng.sample(_VA_CRIT, k=w.pick([1, 1, 2]))
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Behavioral Health Utilization Review Clinician", "Care Manager, Behavioral Health"],
                     ["LCSW", "RN", "LPC"])
    else:
        _md(w, ["Psychiatry", "Child and Adolescent Psychiatry", "Adolescent Medicine"],
            ["Physician Reviewer, Behavioral Health", "Associate Medical Director", "Psychiatrist Reviewer"],
            _VA_AREAS, 0.75, 0.8)
    c.extra["va_ref"] = f"BH-CR-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["va_fax"] = _phone(w, ["301", "703"], 0)
    c.extra["va_clock"] = (w.rng.randint(8, 18), w.rng.randint(0, 59))
    _flags(c)


def reason_b54_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    rows = c.extra["va_vitals"]
    last = rows[-1]
    first = c.extra["va_parent"][1]
    php = "a partial hospitalization program"
    if _bare(c):
        return w.pick(["Continued residential treatment is not medically necessary.",
                       "The request for more residential days does not meet medical necessity criteria."])
    return w.pick([
        f"{first} is now medically stable: the most recent weight is {last[1]} pounds, {last[2]}% of expected body "
        f"weight, and it has gone up every week since admission. The resting heart rate is {last[3]} and blood "
        f"pressure is steady without dizziness on standing. {first} is finishing all meals and snacks with staff "
        f"support and the notes show no purging or compensatory exercise. Residential care is needed when a person "
        f"needs 24-hour supervision to eat or to stay medically safe; {first} no longer does. The criteria for "
        f"stepping down to {php}, where meals are still supervised during the day, are met, so more residential "
        f"days are not medically necessary.",
        f"The criteria for a step down are met. Over the stay, weight rose from {rows[0][1]} to {last[1]} pounds "
        f"({last[2]}% of expected body weight), vital signs are in a safe range and lab results are normal. {first} "
        f"completes 100% of meals, takes part in groups, and has had no behaviors that need round-the-clock "
        f"monitoring. Treatment can continue safely at a lower level of care ({php}), so continued residential "
        f"treatment is not medically necessary.",
    ])


def _va_rights(w: W, b: list[Block], head, to_facility: bool) -> None:
    """Virginia commercial appeal (180 days), fast appeal (72 h), external review, ombudsman, copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    who_ = "The member, a parent or guardian, or the facility with the member's consent" if to_facility else \
        "You, your doctor or someone you name"
    head(w.pick(["Appeal rights", "How to appeal this decision", "If you disagree"]))
    b.append(w.p(w.pick([
        f"{who_} may appeal. The appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of "
        f"this letter. Call Member Services at {_VA_MS} or {_VA_LOCAL} (TTY {_VA_TTY}), or write to {addr}.",
        f"To appeal, contact us no later than {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this letter: "
        f"{_VA_MS} / {_VA_LOCAL}, TTY {_VA_TTY}, or by mail to {addr}. {who_} may file.",
    ])))
    b.append(w.p(w.pick([
        "Because treatment is ongoing, you may ask for an expedited (fast) appeal. We will decide it within 72 hours. "
        "Say that the appeal is urgent when you call.",
        "Fast appeal: when waiting could seriously harm health, or the member is still in treatment, an expedited "
        "appeal is decided within 72 hours of our receiving it.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If our appeal decision still denies the care, you may ask for an external review by an independent "
            "review organization. The request must be made within 4 months after you receive our final appeal "
            "decision (45 CFR 147.136). There is no charge.",
            "External review: after the internal appeal, an independent review organization not connected to Kaiser "
            "Permanente can review the decision at no cost. Ask within 4 months of receiving the final internal "
            "decision (45 CFR 147.136). Urgent cases can be reviewed on a fast track.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        name, ph, mail, box = _VA_OMB
        b.append(w.p(f"For help with an appeal at no cost, contact the {name} at the Virginia Bureau of Insurance: "
                     f"{ph} (option 1), {mail}, or {box}."))
    b.append(w.p(w.pick([
        "You may ask for free copies of the criteria and of all records and documents used in this decision.",
        "Copies of everything we used to decide, including the criteria, are free on request.",
    ])))


def t_b54_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 68.0])
    ref, fax = c.extra["va_ref"], c.extra["va_fax"]
    prog, street, city, pph, pfax, npi = c.extra["va_prog"]
    parent, first = c.extra["va_parent"]
    ther, att, rdn = c.extra["va_therapist"], c.extra["va_attending"], c.extra["va_dietitian"]
    rows = c.extra["va_vitals"]
    adm, lastday, intake, php = c.extra["va_admit"], c.extra["va_last_day"], c.extra["va_intake"], c.extra["va_php"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    st.footer = [w.pick([f"Case {ref} | page {{page}} of {{pages}}", "Kaiser Permanente Behavioral Health | {page}",
                         f"{ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 0:
        hh, mm = c.extra["va_clock"]
        st.header = [f"{b54date(c.letter, 'b54ymdslash')} {hh:02d}:{mm:02d}  FROM: KP MAS BEHAVIORAL HEALTH UM "
                     f"{fax}  TO: {pfax}  PG {{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX", space_before=0, size=st.size + 12))
        b.append(w.p("Kaiser Permanente Mid-Atlantic States | Behavioral Health Utilization Management", bold=True,
                     space_before=2))
        b.append(Block("fields", rows=[["To:", f"Utilization Review, {prog}", "Fax:", pfax],
                                       ["From:", "Behavioral Health Care Management", "Fax:", fax],
                                       ["Date:", b54date(c.letter, "b54dmoncompact"), "Time:", _fax_time(hh, mm)],
                                       ["Re:", "Concurrent review determination", "Priority:", "Urgent"]],
                       space_before=10, size=st.size))
        b.append(w.p("[X] URGENT - EXPEDITED CONCURRENT REVIEW   [ ] FYI   [ ] Reply requested", space_before=10))
        b.append(w.p("Confidential health information, including mental health information, is enclosed. It is meant "
                     f"only for the addressee. If you received this fax in error, call {_VA_LOCAL} and destroy it.",
                     italic=True, size=8.0, space_before=14))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Behavioral Health Care Management"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          w.pick(facilities("VA", "Mid-Atlantic States")), f"Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b54_head"), space_before=10))
    stay = f"{w.svc(svc)} ({w.pick(['HCPCS ', 'code ', ''])}{w.code('H0018')})"
    if variant == 0:
        b.append(w.p(f"Utilization Review Department, {prog}", space_before=10))
        b.append(w.p(f"{street}, {city}", space_before=0))
        b.append(w.p(f"Phone {pph}   Fax {pfax}   NPI {npi}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Admitted:", b54date(adm, "b54dmoncompact"), "Case number:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p("Dear Utilization Review Team:", space_before=10))
        intro = f"We completed an expedited concurrent review of the request from {prov} for {stay} for the " \
                f"patient named above."
    elif variant == 1:
        b.append(w.p(parent, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Regarding: {w.name()}, age {c.extra['va_age']}   Member ID: {w.mid()}", space_before=10,
                     bold=True))
        b.append(w.p(f"Case number: {ref}", space_before=0))
        b.append(w.p(f"Dear {w.pick([parent, 'Parent or Guardian'])}:", space_before=10))
        intro = w.pick([f"{first} has been in residential treatment at {prov} since {_fd(w, adm)}. The program asked "
                        f"us to approve {stay}.",
                        f"We reviewed a request from {prov}, where {first} is in treatment, for {stay}."])
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Case number: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"{prov} asked us to approve {stay} for you.",
                        f"We reviewed a request from {prov} to continue {stay}."])
    if rec:
        intro += f" The request was received on {rec}"
        intro += " and reviewed as urgent (expedited)." if variant else "."
    elif variant:
        intro += " It was reviewed as urgent (expedited)."
    if dec:
        intro += f" We made the decision on {dec}."
    intro += w.pick([" The additional residential days are not approved.",
                     " We are unable to approve more residential days."])
    b.append(w.p(intro))
    b.append(w.p(f"Days already approved are covered through {_fd(w, lastday)}. "
                 + w.pick(["Revenue code 1001 (residential treatment) was billed on the request.",
                           "The stay was submitted under revenue code 1001."]), size=st.size - 0.5))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 2:
        head("Clinical summary")
        trs = [["Date", "Weight (lb)", "% expected body weight", "Heart rate", "Blood pressure"]]
        trs += [[b54date(d, "b54mdyydash"), f"{wt}", f"{pct}%", f"{hr}", bp] for d, wt, pct, hr, bp in rows]
        b.append(Block("table", rows=trs, space_before=4, size=st.size - 1.5))
        b.append(w.p(f"Admitted {b54date(adm, 'b54mdyydash')}. Source: weekly notes from {att} and {rdn}.",
                     size=st.size - 1, space_before=2))
    head(w.pick(["Reason for the decision", "Why more residential days were not approved", "Why we decided this"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant != 2:
        d0, w0, p0, h0, _ = rows[0]
        b.append(w.p(w.pick([
            f"Records reviewed: admission weight {w0} lb ({p0}%) on {_fd(w, d0)}, heart rate {h0} at that time; "
            f"weekly notes from the primary therapist, {ther}, and the attending psychiatrist, {att}.",
            f"We spoke with {ther}, the primary therapist, and reviewed notes from {att} and the dietitian, {rdn}. "
            f"On {_fd(w, d0)} the weight was {w0} lb and the heart rate {h0}.",
        ])))
    head(w.pick(["Next level of care", "What happens next"]))
    b.append(w.p(w.pick([
        f"The partial hospitalization program (HCPCS H0035) at the {php} is covered and can start right away. An "
        f"intake appointment is held on {_fd(w, intake)}; the program can change it if needed.",
        f"We recommend stepping down to partial hospitalization (H0035). The {php} has an intake appointment on "
        f"{_fd(w, intake)}. No new approval is needed for that program.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria applied: ", "This decision is based on the "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewing clinician: ", "This decision was made by "]), ".")
        if c.reviewer["phone"]:
            line += f" {att} or the treatment team may request a peer-to-peer discussion at " \
                    f"{M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    _va_rights(w, b, head, variant == 0)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Behavioral Health Care Management",
          "Kaiser Permanente Mid-Atlantic States")
    cc = {0: f"cc: {c.member_name} (member)", 1: f"cc: {prov}; {att}", 2: f"cc: {prov}"}[variant]
    b.append(w.p(cc, space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_VA_MS} (TTY {_VA_TTY}).",
                             f"Need this letter in another language? Call {_VA_MS} at no cost."]), space_before=8))
    b += _taglines(w, "VA", _VA_MS, w.pick([None, "Language assistance"]))
    return b, st, ["va_fax_to_facility", "va_letter_to_parent", "va_clinical_summary_table"][variant]


BLIND54_TEMPLATES["blind54_va_commercial_residential_eating_disorder_concurrent"] = (t_b54_va, dict(
    plans=["commercial_hmo"], states=["VA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review",), reason=reason_b54_va))
MODELED_ON["blind54_va_commercial_residential_eating_disorder_concurrent"] = (
    "blind54: Kaiser Permanente Mid-Atlantic States (Virginia) commercial HMO expedited concurrent-review denial of "
    "continued residential eating-disorder treatment (H0018) for anorexia nervosa (F50.01/F50.02) because the "
    "step-down criteria to partial hospitalization (H0035) are met; a fax to the facility with a cover sheet, a "
    "letter to the parent of a 17-year-old, or a letter with a 'Clinical summary' table; 180-day appeal, 72-hour fast "
    "appeal, external review in 4 months (45 CFR 147.136), Virginia managed care ombudsman, free copies, taglines")


# === 2. Northwest Medicare Advantage: brand infliximab vs. a biosimilar ============================================

_NW_AREAS = ["503", "971"]
_NW_DRUG = ["Infliximab (Remicade), intravenous infusion, 10 mg",
            "Remicade (infliximab) infusion, brand product",
            "Infliximab, brand (Remicade), 10 mg units, every 8 weeks"]
_NW_BIO = {"Q5103": ("infliximab-dyyb (Inflectra)", "Inflectra"), "Q5121": ("infliximab-axxq (Avsola)", "Avsola")}
_NW_DX = ("Crohn's disease, unspecified, without complications", "K50.90")
_NW_CENTERS = ["Interstate Infusion Center, Portland", "Sunnyside Medical Office Infusion Suite",
               "Westside Infusion Services, Hillsboro", "Salem Infusion Clinic"]
_NW_CRIT_OK = ["Medicare coverage rules at 42 CFR 422.101(b)"]
_NW_CRIT_INT = ["Kaiser Permanente Northwest Biosimilar-First Infusion Protocol",
                "KPNW Pharmacy and Therapeutics Committee Guideline: Preferred Infliximab Products"]


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b54_nw"):
        return
    c.extra["b54_nw"] = True
    variant = c.extra["nw_variant"] = w.rng.randrange(3)  # 0 CMS-style notice, 1 medicines table, 2 reply form
    if variant == 0:
        _fmt(w, ("b54abdot", "b54long"), ("b54abdot", "b54long"))
    else:
        _fmt(w, ("b54long", "b54dmonth", "b54abdot"), ("b54long", "b54wkord", "b54dmonth"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    dec = c.decision or c.letter
    if c.received:
        if _has(c, "process.decision_untimely"):
            days = w.rng.randint(8, 20)
        else:
            days = w.rng.randint(0, 1) if c.urgency == "expedited" else w.rng.randint(0, 2)
        c.received = dec - dt.timedelta(days=days)
    if c.urgency == "expedited":
        c.letter = dec
    c.services = [dict(text=w.pick(_NW_DRUG), codes=["J1745"], decision="denied")]
    c.diagnoses = [dict(text=_NW_DX[0], codes=[_NW_DX[1]])]
    c.service = None
    bio = w.pick(["Q5103", "Q5121"])
    c.extra["nw_bio"] = [bio] + (["Q5121" if bio == "Q5103" else "Q5103"] if variant == 1 and w.chance(0.5) else [])
    base = c.received or c.letter
    kg = w.rng.randint(58, 96)
    c.extra["nw_kg"] = kg
    c.extra["nw_mg"] = int(round(kg * 5 / 100.0) * 100)
    d3 = base - dt.timedelta(days=w.rng.randint(10, 30))
    c.extra["nw_doses"] = [d3 - dt.timedelta(days=42), d3 - dt.timedelta(days=28), d3]
    c.extra["nw_next"] = d3 + dt.timedelta(days=56)
    c.extra["nw_center"] = (w.pick(_NW_CENTERS), _phone(w, _NW_AREAS, 0))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["nw_prov_last"] = last
    c.extra["nw_pharm"] = person(w.rng, 0.1)[0] + w.pick([", PharmD", ", PharmD, BCPS"])
    mn = c.category == "medical_necessity"
    if not mn or _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_NW_CRIT_INT)]
    else:
        c.criteria = list(_NW_CRIT_OK)
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        c.reviewer = dict(name=c.extra["nw_pharm"].split(",")[0], credentials="PharmD", specialty=None, phone=None)
        c.reviewer_title = "Clinical Pharmacist, Medicare Part B Drug Review"
        c.extra["nw_pharm"] = None  # the pharmacist decided: no other pharmacist is named
    elif not mn and w.chance(0.3):
        c.reviewer = None
    else:
        _md(w, ["Gastroenterology", "Internal Medicine", "Rheumatology"],
            ["Physician Reviewer", "Medical Director, Medicare Utilization Review", "Reviewing Physician"],
            _NW_AREAS, 0.6, 0.75)
    c.extra["nw_unit"] = (_phone(w, _NW_AREAS, 0), _phone(w, _NW_AREAS, 0))
    c.extra["nw_ref"] = f"PBD-{w.rng.randint(10**6, 10**7 - 1)}"
    _flags(c)


def reason_b54_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    bio = c.extra["nw_bio"][0]
    long, short = _NW_BIO[bio]
    if _bare(c):
        if c.category == "not_covered":
            return w.pick(["Remicade is not a covered drug under your plan.", "This drug is not covered."])
        return w.pick(["Remicade is not medically necessary.", "The request does not meet medical necessity criteria."])
    if c.category == "not_covered":
        return w.pick([
            f"Your plan covers infliximab for Crohn's disease through a biosimilar, {long} (HCPCS {bio}), which is "
            f"the preferred Part B product. The brand product, Remicade, is not covered when a preferred biosimilar "
            f"is available, unless the biosimilar cannot be used. Your doctor's request did not ask for an exception "
            f"or give a reason the biosimilar would not work for you.",
            f"Remicade (brand infliximab) is not on our Part B preferred drug list. {short} ({bio}) contains the same "
            f"medicine, is given the same way and on the same schedule, and is covered. We cannot cover the brand "
            f"product for you because the biosimilar is available and nothing in the request shows you cannot take it.",
        ])
    return w.pick([
        f"Brand infliximab is medically necessary only when the covered biosimilar cannot be used, for example after "
        f"an infusion reaction to it, antibodies against it, or loss of response while on it. Your records show that "
        f"your Crohn's disease is controlled on infliximab and that you have never received {long} ({bio}). Because "
        f"there is no medical reason you cannot use the biosimilar, Remicade is not medically necessary for you.",
        f"The request does not show why {short} ({bio}) would not work for you. It is the same medicine as "
        f"Remicade and is expected to work the same way. The notes describe no allergy, infusion reaction or "
        f"treatment failure with a biosimilar. Without that information, the brand product is not medically "
        f"necessary.",
    ])


def _nw_rights(w: W, b: list[Block], head, q: bool) -> None:
    """Medicare Advantage reconsideration, Part B drug times, fast appeal, IRE, 1-800-MEDICARE, copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northwest"])
    unit = c.extra["nw_unit"]
    head("Do you have the right to appeal our decision?" if q else w.pick(["Your appeal rights", "How to appeal"]))
    b.append(w.p(w.pick([
        f"{'Yes. ' if q else ''}You, your doctor or your representative may ask us for a reconsideration (appeal). "
        f"Your request must "
        f"reach us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. Write to {addr}, fax "
        f"{unit[1]}, or call {unit[0]} (TTY 711). For a Part B drug, we answer a standard appeal within 7 days.",
        f"You may appeal (ask for a reconsideration) within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of "
        f"this notice. Mail your appeal to {addr} or call {unit[0]} (TTY 711). Appeals about Part B drugs are "
        f"decided within 7 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        head("How do I ask for a fast appeal?" if q else "Fast (expedited) appeal")
        b.append(w.p(w.pick([
            "If you or your doctor believe that waiting for a standard appeal could seriously harm your health, ask "
            "for a fast appeal. We will decide within 72 hours. If your doctor asks for a fast appeal, we will give "
            "you one.",
            "A fast appeal is decided within 72 hours. Ask for one if waiting could seriously harm your life, health "
            "or ability to function; a request your doctor supports is always handled as fast.",
        ])))
    if not _has(c, "notice.external_review"):
        head("What happens next?" if q else "If we say no again")
        b.append(w.p(w.pick([
            "If our reconsideration does not approve the drug in full, we automatically send your case to the "
            "Independent Review Entity, an outside organization hired by Medicare, for a new review. You do not "
            "need to do anything. If you disagree with that decision, you will be told about further levels of "
            "appeal.",
            "When we keep our decision on appeal, your case goes on its own to Medicare's Independent Review Entity "
            "for review. Later levels of appeal are explained in the decision letters.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file, including the rules we used.",
        "Free copies of the documents and rules used for this decision are available if you ask.",
    ])))
    b.append(w.p(w.pick([
        "Questions about Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, 7 days a week.",
        "You can also call Medicare at 1-800-633-4227 (1-800-MEDICARE); TTY users call 1-877-486-2048.",
    ])))


def t_b54_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = c.extra["nw_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ref = c.extra["nw_ref"]
    unit_ph, unit_fax = c.extra["nw_unit"]
    center, cph = c.extra["nw_center"]
    pharm = c.extra["nw_pharm"]
    doses, nxt, mg, kg = c.extra["nw_doses"], c.extra["nw_next"], c.extra["nw_mg"], c.extra["nw_kg"]
    bios = c.extra["nw_bio"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    drug = f"{w.svc(svc)} ({w.pick(['HCPCS ', ''])}{w.code('J1745')})"
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage | {page}",
                         f"Notice {ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest", "Senior Advantage (HMO)"],
                   right=["Kaiser Foundation Health Plan of the Northwest", "Medicare Part B Drug Review",
                          f"Phone {unit_ph}  Fax {unit_fax}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF DENIAL OF MEDICAL COVERAGE", align="center", space_before=10, size=st.size + 2))
        b.append(Block("fields", rows=[["Date:", _dm(w, "DATE_LETTER", c.letter, "b54_head"), "Notice number:", ref],
                                       ["Member name:", w.name(), "Member number:", w.mid()],
                                       ["Prescriber:", prov, "", ""]], space_before=8, size=st.size - 0.5))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        head("Your request was denied")
        intro = f"We denied the request from {prov} for {drug}."
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b54_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member number: {w.mid()}   Reference: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"{prov}, your gastroenterologist, asked us to cover {drug}.",
                        f"We reviewed a request from {prov} for {drug}."])
    if rec:
        intro += f" We received the request on {rec}."
    if urgent:
        intro += " It was handled as a fast (expedited) request."
    if dec:
        intro += f" We decided on {dec}."
    intro += w.pick([" We are not able to approve it.", " The request is denied."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 1:
        head("Medicines compared")
        trs = [["Medicine", "HCPCS code", "How it is given", "Coverage"],
               [w.svc(svc), w.code("J1745"), "IV infusion every 8 weeks", "Not approved"]]
        for q in bios:
            trs.append([_NW_BIO[q][0], q, "IV infusion every 8 weeks", "Covered (preferred)"])
        b.append(Block("table", rows=trs, space_before=4, size=st.size - 1.5))
        b.append(w.p("Dose requested: " + f"{mg} mg ({mg // 10} units) at {kg} kg body weight.",
                     size=st.size - 1, space_before=2))
    head("Why did we deny your request?" if variant == 0 else w.pick(["Why we made this decision",
                                                                        "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    hist = w.pick([
        f"Infusion history in your records: {mg} mg on {_fd(w, doses[0])}, {_fd(w, doses[1])} and {_fd(w, doses[2])} "
        f"at {center}. The next infusion is planned for {_fd(w, nxt)}.",
        f"You received infliximab at {center} on {_fd(w, doses[0])}, {_fd(w, doses[1])} and {_fd(w, doses[2])} "
        f"({mg} mg each time); the next dose is due about {_fd(w, nxt)}.",
    ])
    b.append(w.p(hist))
    alt = bios[0]
    b.append(w.p(w.pick([
        f"What is covered: {_NW_BIO[alt][0]} (HCPCS {alt}) can be given on the same schedule at {center} "
        f"(phone {cph}). Your doctor can change the order without a new request.",
        f"You can keep your infusion schedule with {_NW_BIO[alt][1]} ({alt}), the preferred product on our Part B "
        f"preferred drug list. Call {center} at {cph} if you have questions about your appointment.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["We applied the ", "Rules used: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if pharm:
        b.append(w.p(f"The request was prepared for review by {pharm}, clinical pharmacist.", size=st.size - 0.5))
    if c.reviewer:
        line = _who(w, w.pick(["The decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Dr. {c.extra['nw_prov_last']} may call the reviewer at " \
                    f"{M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    _nw_rights(w, b, head, variant == 0)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Medicare Part B Drug Review",
          "Kaiser Permanente Northwest")
    b.append(w.p(f"cc: {prov}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: call {unit_ph} (TTY 711).",
                             f"You can get this notice in another language or format for free: {unit_ph}, TTY 711."]),
                     space_before=8))
    b += _taglines(w, "OR", f"{unit_ph} (TTY 711)", w.pick([None, "Help in your language"]))
    if variant == 2:
        b.append(Block("rule", space_before=12))
        b.append(w.p("- - - - - - - - - - - - - - cut here and return this part - - - - - - - - - - - - - -",
                     align="center", size=7.5, space_before=2))
        b.append(w.h("APPEAL REQUEST FORM", align="center", space_before=6, size=st.size + 1))
        b.append(Block("fields", rows=[["Member name:", w.name(), "Member number:", w.mid()],
                                       ["Reference:", ref, "Drug:", "Remicade (J1745)"],
                                       ["Why do you disagree?", "", "", ""],
                                       ["", "", "", ""],
                                       (["[ ] Standard appeal", "", "", ""] if _has(c, "notice.expedited_review")
                                        else ["[ ] Fast appeal (72 hours)", "", "[ ] Standard appeal", ""]),
                                       ["Signature:", "", "Date signed:", ""]], space_before=6, size=st.size - 0.5))
        b.append(w.p(f"Return to {', '.join(GRIEVANCE_ADDR['Northwest'])} or fax {unit_fax}.", size=st.size - 1))
    return b, st, ["nw_cms_style_notice", "nw_medicines_compared_table", "nw_reply_form"][variant]


BLIND54_TEMPLATES["blind54_nw_ma_part_b_drug_infliximab_biosimilar"] = (t_b54_nw, dict(
    plans=["medicare_advantage"], states=["OR"], kinds=["initial_denial"],
    cats=["not_covered", "medical_necessity"], reason=reason_b54_nw))
MODELED_ON["blind54_nw_ma_part_b_drug_infliximab_biosimilar"] = (
    "blind54: Kaiser Permanente Northwest Medicare Advantage denial of brand infliximab (J1745) for Crohn's disease "
    "(K50.90) in favor of a biosimilar (Q5103 or Q5121), not covered or not medically necessary; a CMS-style notice "
    "of denial, a letter with a 'Medicines compared' table, or a letter ending with an appeal request form; 60-day "
    "reconsideration, 7-day Part B drug appeal, 72-hour fast appeal, Independent Review Entity, 1-800-MEDICARE, free "
    "copies, taglines")


# === 3. Colorado FEHB: hereditary cancer panel denied, BRCA testing approved =======================================

_CO_MS, _CO_MS_S = "303-338-3800", "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_PANEL = ["Hereditary cancer multigene panel (breast, ovarian and related cancers)",
             "Multigene hereditary cancer panel, sequencing and deletion/duplication analysis",
             "Hereditary breast cancer-related disorders gene panel (10 or more genes)"]
_CO_BRCA = {"81162": ["BRCA1 and BRCA2 full sequence and deletion/duplication analysis",
                      "BRCA1/BRCA2 gene analysis (full sequence and large rearrangements)"],
            "81165": ["BRCA1 full sequence analysis", "BRCA1 gene sequencing"]}
_CO_DX = [("Family history of malignant neoplasm of breast", "Z80.3"),
          ("Family history of malignant neoplasm of ovary", "Z80.41")]
_CO_LABS = [("Rocky Mountain Molecular Genetics Laboratory", "9350 E Mineral Ave, Centennial, CO 80112"),
            ("Front Range Genomic Diagnostics", "1820 Wazee St, Suite 300, Denver, CO 80202"),
            ("Peak Hereditary Testing Services", "4450 Arapahoe Ave, Boulder, CO 80303")]
_CO_CRIT = ["Kaiser Permanente Colorado Clinical Review Criteria: Hereditary Cancer Genetic Testing",
            "NCCN Clinical Practice Guidelines in Oncology: Genetic/Familial High-Risk Assessment: Breast, Ovarian, "
            "and Pancreatic"]
_CO_RELS = [("mother", "breast cancer", (39, 49)), ("maternal aunt", "ovarian cancer", (52, 66)),
            ("sister", "breast cancer", (41, 52)), ("maternal grandmother", "breast cancer", (60, 74)),
            ("father", "prostate cancer", (68, 79)), ("paternal uncle", "lung cancer", (63, 75))]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b54_co"):
        return
    c.extra["b54_co"] = True
    c.extra["co_variant"] = w.rng.randrange(3)  # 0 table, 1 boxed summary, 2 to the ordering physician
    _fmt(w, ("b54long", "b54abdot", "b54dmonth"), ("b54long", "b54wkord", "b54dmonth"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.category = "medical_necessity"
    code = "81162" if w.chance(0.7) else "81165"
    c.services = [dict(text=w.pick(_CO_PANEL), codes=["81432"], decision="denied"),
                  dict(text=w.pick(_CO_BRCA[code]), codes=[code], decision="approved")]
    if w.chance(0.5):
        c.services.reverse()
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_CO_DX if w.chance(0.45) else _CO_DX[:1])]
    c.service = None
    rels = [_CO_RELS[0] if w.chance(0.6) else _CO_RELS[2], _CO_RELS[1] if len(c.diagnoses) == 2 else _CO_RELS[3]]
    if w.chance(0.6):
        rels.append(w.pick(_CO_RELS[4:]))
    c.extra["co_family"] = [(r, ca, w.rng.randint(*ages)) for r, ca, ages in rels]
    base = c.received or c.letter
    c.extra["co_counsel"] = base - dt.timedelta(days=w.rng.randint(5, 30))
    c.extra["co_counselor"] = person(w.rng, 0.1)[0] + w.pick([", MS, CGC", ", MS, LCGC"])
    lab, addr = w.pick(_CO_LABS)
    c.extra["co_lab"] = (lab, addr, _phone(w, _CO_AREAS, 1))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["co_prov_last"] = last
    c.extra["co_prov_fax"] = _phone(w, _CO_AREAS, 0)
    c.criteria = [] if _bare(c) or not w.chance(0.85) else [w.pick(_CO_CRIT)]
    c.reviewer = None
    if w.chance(0.85):
        _md(w, ["Medical Genetics", "Clinical Genetics and Genomics", "Hematology and Oncology"],
            ["Physician Reviewer", "Medical Director, Utilization Management", "Reviewing Physician"],
            _CO_AREAS, 0.55, 0.8)
    c.extra["co_ref"] = f"FEHB-{w.rng.randint(10**5, 10**6 - 1)}-{w.pick(['GT', 'LB'])}"
    _flags(c)


def _co_fam(w: W) -> str:
    return join_and([f"your {r} ({ca} at age {a})" for r, ca, a in w.c.extra["co_family"]])


def reason_b54_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    fam = _co_fam(w)
    if _bare(c):
        return w.pick(["The multigene panel is not medically necessary.",
                       "The hereditary cancer panel does not meet medical necessity criteria."])
    return w.pick([
        f"A multigene panel is approved when a personal or family history points to more than one hereditary cancer "
        f"syndrome, for example breast or ovarian cancer together with colon, uterine, stomach or pancreatic cancer "
        f"in close relatives, or a relative diagnosed with cancer before age 30. The family history you gave, "
        f"{fam}, points only to the BRCA1 and BRCA2 genes. Testing of those genes is approved; the larger panel is "
        f"not medically necessary.",
        f"Your family history ({fam}) meets the criteria for BRCA gene testing, and we approved it. It does not "
        f"meet the criteria for a broad hereditary cancer panel: no relative had a cancer linked to the other genes "
        f"on the panel, such as colon or uterine cancer, and no relative is known to carry a gene change found on a "
        f"panel. For this reason the panel is not medically necessary.",
    ])


def _co_rights(w: W, b: list[Block], head) -> None:
    """FEHB disputed claims (5 CFR 890.105): reconsideration in 6 months, 30-day answer, OPM review, copies."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Colorado"])
    head(w.pick(["If you disagree: reconsideration and OPM review", "Your right to ask us to reconsider",
                 "The FEHB disputed claims process"]))
    b.append(w.p(w.pick([
        f"You may ask us in writing to reconsider the part of this decision that was not approved. We must receive "
        f"your request within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice (5 CFR 890.105). Mail "
        f"it to {addr}, with any records or a letter from your doctor. We will answer within 30 days.",
        f"To dispute the decision on the panel, write to {addr} within {M('APPEAL_DAYS', c.appeal_phrase)} from the "
        f"date of this notice, as 5 CFR 890.105 allows. Include the reasons and any records. Our answer will come "
        f"within 30 days after we receive your request.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we keep our decision, or do not answer in time, you may ask the U.S. Office of Personnel Management "
            "(OPM) to review it. Write to OPM, Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415. "
            "Section 8 of your FEHB brochure names the Health Insurance Group to write to and the time limit. OPM "
            "usually decides within 60 days.",
            "After our reconsideration, you may request OPM review: U.S. Office of Personnel Management, Healthcare "
            "and Insurance, 1900 E Street NW, Washington, DC 20415. The brochure (Section 8) gives the deadline and "
            "the Health Insurance Group. OPM's decision generally comes within 60 days.",
        ])))
    b.append(w.p(w.pick([
        "You can get free copies of the criteria and all records we used.",
        "Copies of the documents and criteria used for this decision are free of charge.",
    ])))
    b.append(w.p(f"Member Services: {_CO_MS} (Denver/Boulder) or {_CO_MS_S} (Southern Colorado)."))


def t_b54_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
    ref = c.extra["co_ref"]
    lab, laddr, lph = c.extra["co_lab"]
    counselor = c.extra["co_counselor"]
    prov = M("PROVIDER", c.provider)
    urgent = c.urgency == "expedited"
    denied = next(s for s in c.services if s["decision"] == "denied")
    ok = next(s for s in c.services if s["decision"] == "approved")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Colorado FEHB | {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    def line(s: dict) -> str:
        return f"{w.svc(s)} ({w.pick(['CPT ', ''])}{w.code(s['codes'][0])})"

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", "Federal Employees Health Benefits Program"],
                   right=["Kaiser Foundation Health Plan of Colorado", w.pick(facilities("CO", "Colorado")),
                          f"Member Services {_CO_MS}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b54_head"), space_before=10))
    both = join_and([line(s) for s in c.services])
    if variant == 2:
        b.append(w.p(prov, space_before=10))
        b.append(w.p(f"Fax {c.extra['co_prov_fax']}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Plan:", "FEHB - Kaiser Permanente Colorado", "Reference:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear Dr. {c.extra['co_prov_last']}:", space_before=10))
        intro = f"You ordered {both} for your patient."
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"{prov} asked us to approve {both}.", f"We reviewed a request from {prov} for {both}."])
    if variant == 1:
        box = f"DECISION SUMMARY. Approved: {line(ok)}. Not approved: {line(denied)}."
        if rec:
            box += f" Request received: {rec}."
        if dec:
            box += f" Decision made: {dec}."
        b.append(w.p(box, boxed=True, indent=4, space_before=8, bold=False))
        intro += " The box above shows our decision."
        if urgent:
            intro += " We reviewed the request as urgent."
    else:
        if rec:
            intro += f" We received the request on {rec}."
        if urgent:
            intro += " It was reviewed as urgent."
        if dec:
            intro += f" We made our decision on {dec}."
        intro += " We approved part of the request."
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        head(w.pick(["What we approved and what we did not", "Our decision, test by test"]))
        rows = [["Test", "Code", "Decision"]]
        for s in c.services:
            rows.append([w.svc(s), w.code(s["codes"][0]), "Approved" if s["decision"] == "approved" else "Not approved"])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
    head(w.pick(["Why the panel was not approved", "Reason for the decision", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    who = "your" if variant != 2 else "the patient's"
    b.append(w.p(w.pick([
        f"{counselor}, genetic counselor, recorded {who} family history on {_fd(w, c.extra['co_counsel'])}.",
        f"We reviewed the genetic counseling note of {_fd(w, c.extra['co_counsel'])} by {counselor} and the order.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        ln = _who(w, w.pick(["The physician who reviewed this request is ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            ln += f" The ordering doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    head(w.pick(["About the approved test", "Next steps"]))
    b.append(w.p(w.pick([
        f"The approved test is done by {lab}, {laddr} (phone {lph}). The sample can be collected at any Kaiser "
        f"Permanente lab within 90 days of this notice.",
        f"{lab} ({laddr}; {lph}) will run the approved test. Bring the lab order to a Kaiser Permanente lab within 90 "
        f"days.",
    ])))
    _co_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management", "Kaiser Permanente Colorado")
    b.append(w.p(f"cc: {c.member_name} (member)" if variant == 2 else f"cc: {prov}; {counselor}", space_before=8,
                 size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help is free. Call {_CO_MS}.",
                             f"Interpreters at no cost: {_CO_MS} or {_CO_MS_S}."]), space_before=8))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Language assistance"]))
    return b, st, ["co_approved_not_approved_table", "co_boxed_decision_summary", "co_to_ordering_physician"][variant]


BLIND54_TEMPLATES["blind54_co_fehb_genetic_testing_partial"] = (t_b54_co, dict(
    plans=["fehb"], states=["CO"], kinds=["partial_denial"], cats=["medical_necessity"], reason=reason_b54_co))
MODELED_ON["blind54_co_fehb_genetic_testing_partial"] = (
    "blind54: Kaiser Permanente Colorado FEHB partial denial: a hereditary cancer panel (81432) not approved because "
    "the family history meets the criteria for BRCA testing only, and BRCA testing (81162 or 81165) approved; a "
    "letter with an approved/not approved table, a letter with a boxed decision summary, or a letter to the ordering "
    "physician copied to the member; reconsideration within 6 months (5 CFR 890.105), 30-day answer, OPM review, "
    "free copies, taglines")
