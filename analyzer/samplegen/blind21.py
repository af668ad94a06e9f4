"""Twenty-first blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND21_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind21_ga_fax_cover_appeal_upheld")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind21_ga_fax_cover_appeal_upheld``: Kaiser Permanente Georgia commercial HMO or ERISA employer plan decision
   on the member's appeal of an experimental/investigational denial (proton beam therapy, a pharmacogenomic panel, a
   thyroid nodule gene-expression test, a sacroiliac fusion implant, off-label rituximab), sent by fax to the
   requesting doctor's office: page 1 is a fax cover sheet (to, from, sent date and time, page count, "Re:",
   confidentiality notice), the decision letter to the member follows. Some letters put the criteria and the law in
   footnotes (markers "1", "2" printed as superscript digits, or "*" and "**") at the page foot. Some appeals are
   upheld only in part (one item overturned). External review within 4 months (45 CFR 147.136); ERISA letters add
   section 502(a) and EBSA with the catalogue's caveat; commercial letters name the Georgia Office of Commissioner of
   Insurance without a number. No Georgia Member Services number is printed (the catalogue does not verify one):
   the appeals unit's own phone and fax are used.

   Which date is which: the letter names the original denial date (never in the truth: it is an earlier decision),
   the date the appeal was received (``request_received``) and the date the appeal was decided (``decision``); the
   letter date is the date printed atop the decision letter (page 2). The fax cover's "sent" date (and the fax
   header line atop each page) is the day the fax went out, the letter date or a business day later, and is never
   the letter date in the truth (an unmarked distractor).

2. ``blind21_wa_spanish_eating_disorder_php``: Kaiser Permanente Washington commercial plan letter written in Spanish
   refusing a partial hospitalization program or residential treatment for an eating disorder and offering an
   intensive outpatient program as the level of care that fits. Criteria are named in Spanish or by their English
   proper names; a psychiatrist or psychologist reviewer is named in some letters (none in others). Some letters
   add an English translation after the Spanish letter, others a one-paragraph English summary box on page 1; the
   truth is read from the Spanish original only (the English echo is unmarked and prints its dates in an English
   style). Washington law: no parity citation is printed (the catalogue's parity rule is California's and it does
   not verify a Washington or federal parity cite); WAC 284-43-3070 is named in some letters; Member Services
   1-888-901-4636 (TTY 711); the Office of the Insurance Commissioner by name only. A standard request is decided
   within 1-4 calendar days of receipt unless a late decision is planted.
3. ``blind21_nw_continued_table``: Kaiser Permanente Northwest (Oregon or southwest Washington) Senior Advantage or
   commercial partial approval of home infusion drugs and supplies: a table of 8-15 lines (item, HCPCS J/S/A/E code,
   units asked, units approved, decision and a short reason per line) that breaks across pages, each later page
   opening with a "continued" line and the repeated header. Lines are approved, reduced to a quantity limit, denied
   as not medically necessary or denied as not covered. No Northwest Member Services number is printed (the
   catalogue does not verify one); the unit's own phone and fax are used. Medicare letters carry only the
   catalogue's Medicare facts (60-day reconsideration, 30-day standard and 72-hour fast appeal, automatic IRE,
   1-800-MEDICARE).

   Which reason is the reason: the lines' reasons differ, so the truth's ``denial_reason`` is the letter's summary
   paragraph of the denied lines (it leads with the first denied line in table order and names every other denied
   or reduced line); ``denial_category`` is that first denied line's category, always medical necessity (the generator
   has no other category for a partial approval), while other lines may be denied as not covered or reduced to a
   quantity limit. ``services`` lists every line of the table, approved ones included.

Dates use this set's own styles (``b21date``); ``parse_blind21_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style, layout
from .markup import M
from .writer import W, join_and

BLIND21_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_MES3 = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b21date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "capsfull":  # MARCH 5, 2025
        return f"{mon.upper()} {d.day}, {d.year}"
    if style == "monord":  # Mar. 5th, 2025 (May has no dot)
        return f"{mon[:3]}{'' if mon == 'May' else '.'} {_ordinal(d.day)}, {d.year}"
    if style == "dowdmy":  # Wed 05 Mar 2025
        return f"{_DOW3[d.weekday()]} {d.day:02d} {mon[:3]} {d.year}"
    if style == "dotmdyy":  # 03.05.25 (month first, two-digit year)
        return f"{d.month:02d}.{d.day:02d}.{d.year % 100:02d}"
    if style == "es_dow":  # miércoles, 5 de marzo de 2025
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_roman":  # 5-III-2025
        return f"{d.day}-{_ROMAN[d.month - 1]}-{d.year}"
    if style == "es_upabbr":  # 05 MAR 2025 (Spanish month abbreviation)
        return f"{d.day:02d} {_MES3[d.month - 1]} {d.year}"
    raise ValueError(style)


STYLES_EN = ("capsfull", "monord", "dowdmy", "dotmdyy")
STYLES_ES = ("es_dow", "es_roman", "es_upabbr")
STYLES = STYLES_EN + STYLES_ES


def parse_blind21_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b21date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1].capitalize() in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1].capitalize()) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2})(\.?) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _MON3 and (m[2] == "") == (m[1] == "May") and _ordinal(int(m[3])) == m[3] + m[4]:
            return dt.date(int(m[5]), _MON3.index(m[1]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2}) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[1] in _DOW3 and m[3] in _MON3:
            d = dt.date(int(m[4]), _MON3.index(m[3]) + 1, int(m[2]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\w+), (\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[1] in _DIAS and m[3] in MESES:
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if _DIAS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2})-([IVX]+)-(\d{4})", t)
        if m and m[2] in _ROMAN:
            return dt.date(int(m[3]), _ROMAN.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", t)
        if m and m[2] in _MES3:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b21_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b21date(day, w.c.extra["b21_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 58.0, 66.0]),
               margin_t=w.pick([44.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 8.0])
    return st


def _clinician(w: W) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}"])


def _clock(w: W) -> str:
    h, mnt = w.rng.randint(7, 18), w.rng.randrange(60)
    return f"{(h - 1) % 12 + 1}:{mnt:02d} {'AM' if h < 12 else 'PM'}"


# language-help lines written for this set; {ph} is a number the letter prints
_TAGS = {
    "en": "Do you speak English? Free help in English, including a person to interpret, is yours for the asking: "
          "{ph}.",
    "es": "¿Habla español? Le damos ayuda gratis en su idioma y un intérprete si lo necesita. Marque el {ph}.",
    "vi": "Quý vị nói tiếng Việt? Chúng tôi cung cấp thông dịch viên và trợ giúp ngôn ngữ miễn phí. Gọi {ph}.",
    "ko": "한국어 통역과 언어 도움을 무료로 받으실 수 있습니다. {ph}로 전화하세요.",
    "zh": "講中文嗎？我們免費提供語言協助和口譯員。請致電 {ph}。",
    "fr": "Vous parlez français ? Un interprète et une aide linguistique gratuits sont à votre disposition : {ph}.",
    "ru": "Говорите по-русски? Мы бесплатно предоставим переводчика и помощь на вашем языке: {ph}.",
    "uk": "Розмовляєте українською? Безкоштовний перекладач і мовна допомога: {ph}.",
    "am": "አማርኛ ይናገራሉ? ነጻ አስተርጓሚ እና የቋንቋ እገዛ ያገኛሉ። {ph} ይደውሉ።",
    "so": "Ma ku hadashaa Af-Soomaali? Turjubaan iyo caawimo luqadeed oo bilaash ah ayaad heli kartaa: {ph}.",
    "tl": "Nagsasalita ka ba ng Tagalog? Libre ang tagapagsalin at tulong sa wika para sa iyo: {ph}.",
    "gu": "શું તમે ગુજરાતી બોલો છો? મફત દુભાષિયો અને ભાષા સહાય મેળવો: {ph}.",
    "ro": "Vorbiți română? Vă oferim gratuit un interpret și ajutor lingvistic: {ph}.",
}
_TAG_SETS = {
    "GA": ["es", "ko", "vi", "zh", "fr", "am", "gu"],
    "WA": ["en", "vi", "zh", "ko", "ru", "so", "uk", "tl"],
    "NW": ["es", "vi", "zh", "ru", "ro", "uk", "ko"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.2) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


def _reviewer_np(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


# === 1. Georgia: appeal upheld on an experimental service, sent by fax ============================================

# what the appeal was about: services (texts, code), the item that may be overturned, diagnoses, reviewer
# specialties, criteria, why the plan calls it investigational
_GA_ITEMS = [
    dict(key="proton", what="proton beam therapy",
         svc=(["Proton beam radiation therapy, intermediate treatment delivery", "Proton therapy delivery, "
               "intermediate"], "77523"),
         extra=(["Placement of fiducial markers in the prostate", "Prostate fiducial marker placement"], "55876"),
         dx=[(["Malignant neoplasm of prostate"], "C61")],
         specs=["Radiation Oncology", "Urology"],
         crit=["Kaiser Permanente Georgia Medical Technology Assessment: Proton Beam Radiation Therapy",
               "KP Interregional New Technologies Committee review of proton beam therapy for localized prostate "
               "cancer"],
         why="published trials have not shown that proton beam therapy controls localized prostate cancer better, "
             "or with fewer bowel and bladder side effects, than the intensity-modulated photon radiation your "
             "plan already covers",
         extra_ok="the fiducial markers are needed for any image-guided radiation, including the covered photon "
                  "treatment"),
    dict(key="pgx", what="the multi-gene pharmacogenomic panel",
         svc=(["Pharmacogenomic panel for antidepressant selection (multi-gene)", "Multi-gene drug metabolism "
               "panel"], "81418"),
         extra=(["Psychiatric diagnostic evaluation", "Psychiatric diagnostic evaluation (initial)"], "90791"),
         dx=[(["Major depressive disorder, recurrent, moderate"], "F33.1")],
         specs=["Psychiatry", "Clinical Genetics"],
         crit=["Kaiser Permanente Medical Technology Assessment: Pharmacogenomic Testing in Psychiatry",
               "Hayes Health Technology Assessment of combinatorial pharmacogenomic testing"],
         why="the studies of combined gene panels for choosing an antidepressant are small and inconsistent, and "
             "they do not show that people tested this way recover sooner than people whose medicines are chosen "
             "by the usual clinical steps",
         extra_ok="a new psychiatric evaluation is a covered service your doctor can order without the panel"),
    dict(key="thyroid_gec", what="the thyroid nodule gene-expression test",
         svc=(["Gene expression classifier for indeterminate thyroid nodule", "Thyroid nodule molecular "
               "classifier (mRNA expression)"], "81546"),
         extra=(["Repeat ultrasound of the thyroid", "Ultrasound, soft tissues of head and neck"], "76536"),
         dx=[(["Nontoxic single thyroid nodule"], "E04.1")],
         specs=["Endocrinology", "Otolaryngology"],
         crit=["Kaiser Permanente Georgia Molecular Diagnostics Coverage Criteria",
               "KP Medical Technology Assessment: Molecular Testing of Thyroid Nodules"],
         why="your biopsy result was read as benign (Bethesda category II), and the test has only been studied "
             "for nodules whose biopsy is indeterminate, so its use for you is investigational",
         extra_ok="a follow-up ultrasound of a benign nodule is standard care and is covered"),
    dict(key="si_fusion", what="the sacroiliac joint fusion implant",
         svc=(["Minimally invasive sacroiliac joint fusion with transfixing implant", "Percutaneous "
               "sacroiliac joint arthrodesis with implant"], "27279"),
         extra=(["Sacroiliac joint injection with imaging guidance", "Image-guided sacroiliac joint "
                 "injection"], "27096"),
         dx=[(["Sacroiliitis, not elsewhere classified"], "M46.1"), (["Low back pain"], "M54.50")],
         specs=["Orthopedic Surgery", "Physical Medicine and Rehabilitation"],
         crit=["Kaiser Permanente Georgia Medical Technology Assessment: Sacroiliac Joint Fusion",
               "KP Spine Care Clinical Review Criteria"],
         why="the records show fewer than two image-guided diagnostic injections with at least 75 percent pain "
             "relief, and outside that narrow group the long-term results of the implant are unproven",
         extra_ok="a second image-guided diagnostic injection is covered and is the next step the criteria "
                  "call for"),
    dict(key="rituximab_mg", what="off-label rituximab infusions",
         svc=(["Rituximab infusion for myasthenia gravis (off-label use)", "Rituximab 10 mg, intravenous "
               "(off-label)"], "J9312"),
         extra=(["Acetylcholine receptor antibody blood test", "Antibody assay, acetylcholine receptor"],
                "83519"),
         dx=[(["Myasthenia gravis without (acute) exacerbation"], "G70.00")],
         specs=["Neurology", "Neuromuscular Medicine"],
         crit=["Kaiser Permanente Drug Use Criteria: Rituximab for Non-Oncologic Indications",
               "KP Georgia Off-Label Drug Use Policy"],
         why="rituximab is not FDA-approved for myasthenia gravis, the one randomized trial in antibody-positive "
             "patients did not meet its main goal, and your records do not show that covered treatments such as "
             "steroid-sparing agents or IVIG have been tried",
         extra_ok="the antibody test helps choose among covered treatments and is approved"),
]
_GA_NP_TITLES = ["Appeals Nurse Reviewer", "Member Appeals Coordinator", "Grievance and Appeals Specialist"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b21_ga"):
        return
    c.extra["b21_ga"] = True
    _fmt(w, STYLES_EN)
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    item = w.pick(_GA_ITEMS)
    c.extra["ga_item"] = item
    partial = w.chance(0.35)
    c.extra["ga_partial"] = partial
    t, code = item["svc"]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    if partial:
        t, code = item["extra"]
        c.services.append(dict(text=w.pick(t), codes=[code], decision="approved"))
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in item["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.criteria = [w.pick(item["crit"])]
    if w.chance(0.3):
        c.criteria = list(item["crit"])
    # the appeal: decided on c.decision (always printed here), received c.received, first denial earlier
    if c.decision is None:
        c.decision = c.letter
    c.service = None
    c.extra["ga_orig"] = c.received - dt.timedelta(days=w.rng.randint(9, 45))
    c.extra["ga_fax_day"] = c.letter if w.chance(0.5) else D.add_business(c.letter, w.rng.randint(1, 2))
    c.extra["ga_fax_time"] = _clock(w)
    c.provider = _clinician(w)
    c.extra["ga_practice"] = w.pick(["Peachtree Oncology Associates", "Northside Specialty Clinic",
                                     "Gwinnett Neurology Group", "Buckhead Endocrine Center", "Cobb Spine Institute",
                                     "Midtown Behavioral Health Partners"])
    c.extra["ga_prov_fax"] = phone(w.rng, "GA")
    c.extra["ga_unit_phone"] = phone(w.rng, "GA")
    c.extra["ga_unit_fax"] = phone(w.rng, "GA")
    # who decided: a physician reviewer, the appeals committee (no person named), or (planted) a non-physician
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _GA_NP_TITLES)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FACR", "MD, PhD"]),
                          specialty=w.pick(item["specs"]) if w.chance(0.75) else None,
                          phone=phone(w.rng, "GA") if w.chance(0.55) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Appeals Physician Reviewer", "Reviewing Physician",
                                   "Associate Medical Director"])
    _flags(c)


def reason_b21_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    item = c.extra["ga_item"]
    why, what = item["why"], item["what"]
    return w.pick([
        f"We are keeping the earlier decision on {what} because {why}.",
        f"{_cap(why)}; the plan therefore still considers {what} experimental or investigational for you.",
        f"Our review found that {why}. For that reason {what} remains investigational under your plan, and the "
        "denial stands.",
    ])


def t_b21_ga(w: W):
    _ga_setup(w)
    c = w.c
    item = c.extra["ga_item"]
    erisa = c.plan_type == "erisa_group"
    urgent = c.urgency == "expedited"
    partial = c.extra["ga_partial"]
    no_ext = _has(c, "notice.external_review")
    no_ca = _has(c, "notice.consumer_assistance")
    variant = w.rng.randrange(3)  # 0 numbered footnotes, 1 citations inline, 2 starred footnotes + grid cover
    notes_on = variant in (0, 2)
    marks = ["\u00b9", "\u00b2", "\u00b3"] if variant == 0 else ["*", "**", "***"]
    st = _style(w, ["helvetica", "times", "courier"] if variant != 2 else ["helvetica", "times"], [9.0, 9.5, 10.0])
    unit_ph, unit_fax = c.extra["ga_unit_phone"], c.extra["ga_unit_fax"]
    fax_day = b21date(c.extra["ga_fax_day"], w.pick(["dotmdyy", "capsfull", "dowdmy", "monord"]))
    fax_time = c.extra["ga_fax_time"]
    ref = c.ids["ref"]
    prov = M("PROVIDER", c.provider)
    practice = c.extra["ga_practice"]
    unit = w.pick(["Member Appeals", "Appeals and Grievances Unit", "Member Relations - Appeals"])
    st.header = [w.pick([f"{fax_day} {fax_time}   FROM: KP GA {unit.upper()}   {unit_fax}   P.{{page}}/{{pages}}",
                         f"FAX {unit_fax} >> {c.extra['ga_prov_fax']}   {fax_day} {fax_time}   "
                         "page {page} of {pages}"])]
    st.header_all_pages = True
    st.header_numbered = True
    st.footer = [w.pick([f"Appeal {ref} | {{page}}", "Kaiser Permanente Georgia | page {page} of {pages}",
                         f"{ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []
    # --- page 1: the fax cover sheet
    title = w.pick(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"])
    b.append(w.p(title, bold=True, size=st.size + 10, space_before=6))
    b.append(w.p(w.pick(["Kaiser Permanente Georgia", "Kaiser Foundation Health Plan of Georgia, Inc."]) +
                 f" - {unit}", bold=True, space_before=2))
    rows = [("To", f"{prov}, {practice}"), ("Attention", w.pick(["Referral coordinator", "Office manager",
                                                                  "Prior authorization staff"])),
            ("Fax", c.extra["ga_prov_fax"]), ("From", f"{unit}, Kaiser Permanente Georgia"),
            ("Phone", unit_ph), ("Our fax", unit_fax), ("Date sent", f"{fax_day}, {fax_time}"),
            ("Pages", w.pick(["@@P@@ (including this cover)", "@@P@@ incl. cover", "@@P@@"])),
            ("Re", w.pick([f"Appeal decision for your patient {w.name()} (ID {w.mid()})",
                           f"Member appeal outcome - {w.name()}, member ID {w.mid()}",
                           f"Decision letter enclosed: {w.name()} / {w.mid()}"]))]
    mid = rows[2:7]
    w.rng.shuffle(mid)
    rows[2:7] = mid
    if variant == 2:
        b.append(Block("table", rows=[["Item", "Detail"]] + [[k, v] for k, v in rows], space_before=12,
                       size=st.size))
    else:
        sep = w.pick([": ", ":  ", " - "])
        for k, v in rows:
            b.append(w.p(f"{k.upper() if w.chance(0.3) else k}{sep}{v}", space_before=3))
    b.append(w.p(w.pick([
        "Message: The member's appeal decision letter follows. A copy was mailed to the member. Please place it in "
        "the patient's chart.",
        "Comments: Enclosed is the written decision on the appeal your office helped file. The member receives the "
        "same letter by mail.",
        "Note: please share the attached appeal decision with the treating physician. No reply is needed.",
    ]), space_before=12))
    b.append(w.p(w.pick([
        "CONFIDENTIALITY NOTICE: This fax contains protected health information. It is meant only for the person "
        "or office named above. If it reached you by mistake, do not read, copy or share it; call the sender at "
        f"{unit_ph} and destroy all pages.",
        "PRIVILEGED AND CONFIDENTIAL. The pages that follow hold health information protected by federal and state "
        "privacy law and are for the addressee only. Anyone else who receives them must notify us right away at "
        f"{unit_ph} and shred them.",
    ]), size=7.8, boxed=True, space_before=18))
    b.append(Block("pagebreak"))
    # --- page 2+: the decision letter to the member
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", unit],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Appeals Unit, Atlanta, GA",
                          f"Phone {unit_ph} | Fax {unit_fax}"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    b.append(w.p(sent, space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    refline = [f"Member ID: {w.mid()}", f"Appeal number: {ref}"]
    if erisa:
        refline.append(f"Group plan: {c.extra['employer']} Employee Health Plan")
    b.append(w.p("    ".join(refline), size=st.size - 0.5, space_before=8))
    head = w.pick(["Your appeal has been decided", "Decision on your appeal", "RE: Result of your appeal (grievance)"])
    if urgent:
        head += w.pick([" - expedited review", " (urgent appeal)"])
    b.append(w.h(head, space_before=10, size=st.size + 1))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    orig = b21date(c.extra["ga_orig"], c.extra["b21_fmt"])
    svc = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    who = f"{prov} and you" if w.chance(0.5) else f"you, with support from {prov},"
    story = w.pick([
        f"On {orig} we denied coverage of {svc}. {_cap(who)} asked us to look at that decision again; we received "
        f"the appeal on {rec}. The appeal was decided on {dec}.",
        f"Our first decision, dated {orig}, did not approve {svc}. We received an appeal from {who} on {rec}, and "
        f"we reached a decision on {dec}.",
    ])
    b.append(w.p(story))
    if variant == 1 and w.chance(0.6):
        b.append(Block("table", rows=[["Step", "Date"], ["First decision", orig], ["Appeal received", rec],
                                      ["Appeal decided", dec]], space_before=8, size=st.size - 0.5))
    # the outcome
    b.append(w.h(w.pick(["Our decision", "What we decided", "Outcome of the appeal"]), space_before=10))
    if partial:
        up, over = c.services[0], c.services[1]
        b.append(w.p(w.pick([
            f"We are upholding the denial of {w.svc(up)} and overturning the denial of {w.svc(over)}, because "
            f"{item['extra_ok']}.",
            f"Part of the appeal is approved: {w.svc(over)} is now covered, since {item['extra_ok']}. The denial of "
            f"{w.svc(up)} is upheld.",
        ])))
    else:
        b.append(w.p(w.pick(["The denial is upheld.", "We have upheld our earlier decision.",
                             "After review, the original denial stands."]), bold=True))
    reason = M("REASON", w.reason)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b.append(w.p(w.pick(["Why: ", "The reason: ", ""]) + reason))
    b.append(w.p(w.pick(["Condition under review: ", "Diagnosis: ", "Diagnosis on the appeal: "]) + dxs + "."))
    notes: list[str] = []

    def note(text: str) -> str:
        notes.append(text)
        return marks[len(notes) - 1]

    crit = join_and([M("CRITERIA", x) for x in c.criteria])
    if notes_on:
        mk = note(w.pick(["Criteria applied: ", "Criteria used: ", "Guideline: "]) + crit + ".")
        b.append(w.p(w.pick([
            f"We reviewed the appeal against our technology assessment{mk} and the medical literature your doctor "
            "sent.",
            f"The reviewer compared your records and the studies submitted with the plan's criteria{mk}.",
        ])))
    else:
        b.append(w.p(w.pick([f"We reviewed the appeal against {crit} and the medical literature your doctor sent.",
                             f"Criteria applied: {crit}."])))
    b.append(w.p(w.pick([
        "Your plan does not cover services that are experimental or investigational, meaning services whose "
        "safety and benefit for your condition have not been shown in well-designed published studies.",
        "Under your plan, a service is experimental or investigational when reliable evidence does not yet show "
        "that it is safe and works at least as well as the standard treatments for the member's condition; such "
        "services are excluded.",
    ])))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        spec = f", board-certified in {M('REVIEWER_SPECIALTY', r['specialty'])}" if r["specialty"] else ""
        line = f"The appeal was reviewed by {nm}{cred}{spec}, who took no part in the first decision."
        if r["phone"]:
            line += w.pick([f" Your doctor may reach the reviewer at {M('REVIEWER_PHONE', r['phone'])}.",
                            f" Peer-to-peer line: {M('REVIEWER_PHONE', r['phone'])}."])
        b.append(w.p(line))
    else:
        b.append(w.p("The appeal was decided by the Kaiser Permanente Georgia Appeals Committee."))
    # next steps
    b.append(w.h(w.pick(["If you still disagree", "Your next steps", "What you can do now"]), space_before=10))
    if not no_ext:
        days = M("APPEAL_DAYS", c.appeal_phrase)
        law = "45 CFR \u00a7 147.136"
        lawref = note(f"External review: {law}.") if notes_on else f" (federal rule {law})"
        b.append(w.p(w.pick([
            f"This decision ends our internal appeal process. You may ask for an external review{lawref} by an "
            f"independent review organization that is not part of Kaiser Permanente. Send the request within {days} "
            "after you receive this letter. It costs you nothing, and the reviewer's decision binds the plan.",
            f"You have the right to an independent external review{lawref}. File within {days} of receiving this "
            "notice; we will send your file to the independent review organization, and you pay no fee.",
        ])))
        if urgent or w.chance(0.5):
            b.append(w.p("If waiting could seriously harm your health, ask for an expedited external review; a "
                         "decision is made within 72 hours."))
    if erisa:
        ref2 = note("ERISA claims procedure: 29 CFR \u00a7 2560.503-1.") if notes_on else ""
        b.append(w.p(w.pick([
            f"Because your coverage comes through an employer plan governed by ERISA{ref2}, you may also bring a civil "
            "action under section 502(a) of ERISA after this final internal decision.",
            f"Your employer's plan is subject to ERISA{ref2}. You have the right to file a lawsuit under ERISA section "
            "502(a) now that the internal appeal is complete.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your appeal, "
        "including the criteria named above.",
        "On request we will send you, free of charge, copies of everything we relied on, including the technology "
        "assessment and the reviewer's notes.",
    ])))
    if not no_ca:
        if erisa:
            b.append(w.p("For help with ERISA rights, contact the Employee Benefits Security Administration, U.S. "
                         "Department of Labor, at 1-866-444-3272 (check your plan documents for current contact "
                         "information)."))
        else:
            b.append(w.p(w.pick([
                "Consumer assistance: the Georgia Office of Commissioner of Insurance can help you with a "
                "complaint or an external review request; see its website for current contact details.",
                "You may contact the Georgia Office of Commissioner of Insurance, the state's consumer assistance "
                "office for health coverage, for help at no cost.",
            ])))
    b.append(w.p(w.pick([f"Questions about this letter: {unit} at {unit_ph} (TTY 711).",
                         f"Call us at {unit_ph} (TTY 711) with any questions."])))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        sname, _, _ = person(w.rng, 0.1)
        b.append(w.p(sname, space_before=4))
        b.append(w.p("Appeals Committee Coordinator", space_before=0))
    b.append(w.p("Kaiser Foundation Health Plan of Georgia, Inc.", space_before=0))
    b.append(w.p(f"cc: {prov} (by fax)", size=8.2, space_before=6))
    tags = _taglines(w, "GA", f"{unit_ph} (TTY 711)", w.pick([None, "Free language help"]))
    if notes_on and notes:
        b += tags
        b.append(Block("footnotes", left=[f"{marks[k]} {t}" for k, t in enumerate(notes)], space_before=10))
    else:
        b += tags
    # the page count on the cover: lay out once with a placeholder, then fill it in
    n = len(layout(b, st))
    b = [replace(x, text=x.text.replace("@@P@@", str(n)), rows=[[y.replace("@@P@@", str(n)) for y in r] for r in x.rows])
         for x in b]
    return b, st, ["ga_fax_cover_footnotes", "ga_fax_cover_inline", "ga_fax_cover_grid_starred"][variant]


BLIND21_TEMPLATES["blind21_ga_fax_cover_appeal_upheld"] = (t_b21_ga, dict(
    plans=["commercial_hmo", "erisa_group"], states=["GA"], kinds=["grievance_decision"],
    cats=["experimental_investigational"], reason=reason_b21_ga))
MODELED_ON["blind21_ga_fax_cover_appeal_upheld"] = (
    "blind21: Kaiser Permanente Georgia commercial HMO or ERISA employer plan appeal decision upholding (or upholding "
    "in part) the denial of an experimental/investigational service (proton beam therapy, pharmacogenomic panel, "
    "thyroid gene-expression test, sacroiliac fusion implant, off-label rituximab), faxed to the requesting doctor: "
    "fax cover sheet with sent date/time, page count, Re: line and confidentiality notice, then the letter naming the "
    "original denial, appeal received and appeal decided dates; criteria and law in footnotes in some letters; "
    "external review within 4 months, ERISA 502(a) and EBSA with the catalogue's caveat on ERISA letters, the "
    "Georgia Office of Commissioner of Insurance by name on commercial letters, taglines")


# === 2. Washington: a Spanish letter refusing a partial hospitalization (or residential) eating-disorder program ===

# what was asked for: (texts, HCPCS code) in Spanish, and its English name for the translation or summary
_WA_SVCS = [
    dict(key="php", en="a partial hospitalization program for an eating disorder",
         texts=["Programa de hospitalización parcial para trastornos de la conducta alimentaria",
                "Hospitalización parcial (PHP) por trastorno alimentario, 5 días por semana"], code="H0035"),
    dict(key="res", en="residential treatment for an eating disorder",
         texts=["Tratamiento residencial para trastornos de la conducta alimentaria",
                "Centro residencial de tratamiento de trastornos alimentarios"], code="H0018"),
]
_WA_DX = [
    (["Anorexia nerviosa, tipo restrictivo"], "F50.01", "anorexia"),
    (["Bulimia nerviosa"], "F50.2", "bulimia"),
    (["Trastorno por atracón"], "F50.81", "atracon"),
]
_WA_DX2 = [(["Trastorno depresivo mayor, episodio único, moderado"], "F32.1"),
           (["Trastorno de ansiedad generalizada"], "F41.1")]
# the clinical facts the reviewer relied on, per diagnosis
_WA_FACTS = {
    "anorexia": ["su peso actual es del {pct} % del peso esperado y ha subido {kg} kg en las últimas cuatro semanas",
                 "sus signos vitales (pulso, presión arterial y temperatura) han estado estables en las últimas tres "
                 "consultas",
                 "sus análisis de sangre recientes, incluidos el potasio y el fósforo, son normales",
                 "come sin supervisión la mayoría de las comidas según las notas de su terapeuta"],
    "bulimia": ["los episodios de atracones y purgas bajaron a {n} por semana en el último mes",
                "sus electrolitos recientes son normales y no ha tenido mareos ni desmayos",
                "asiste a terapia semanal y no se describen pensamientos de hacerse daño"],
    "atracon": ["los atracones bajaron a {n} por semana y no hay conductas de purga",
                "su salud física es estable y no requiere control médico diario",
                "puede seguir un plan de comidas con apoyo de su dietista en consultas ambulatorias"],
}
_WA_CRIT = ["LOCUS (Level of Care Utilization System)",
            "American Psychiatric Association Practice Guideline for the Treatment of Patients With Eating Disorders",
            "InterQual Behavioral Health: Eating Disorders",
            "MCG Behavioral Health Care Guidelines",
            "Criterios clínicos de Kaiser Permanente Washington para trastornos de la conducta alimentaria"]
_WA_MS = ("1-888-901-4636", "711")
_WA_NP_TITLES = ["Coordinadora de autorizaciones", "Especialista en revisión de utilización",
                 "Enfermera de revisión de utilización"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b21_wa"):
        return
    c.extra["b21_wa"] = True
    _fmt(w, STYLES_ES)
    c.extra["b21_fmt_en"] = w.pick(STYLES_EN)
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    svc = w.pick(_WA_SVCS)
    c.extra["wa_svc"] = svc
    c.services = [dict(text=w.pick(svc["texts"]), codes=[svc["code"]], decision="denied")]
    t, code, key = w.pick(_WA_DX)
    c.extra["wa_dx"] = key
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    if w.chance(0.35):
        t2, code2 = w.pick(_WA_DX2)
        c.diagnoses.append(dict(text=w.pick(t2), codes=[code2]))
    facts = [f.format(pct=w.rng.randint(86, 93), kg=w.pick(["1,5", "2", "2,5"]), n=w.rng.randint(1, 3))
             for f in _WA_FACTS[key]]
    w.rng.shuffle(facts)
    c.extra["wa_facts"] = facts[: w.rng.randint(2, 3)]
    c.criteria = [] if _bare(c) or _has(c, "notice.criteria_cited") else [w.pick(_WA_CRIT)]
    c.service = None
    c.provider = _clinician(w) if w.chance(0.85) else None
    # a Washington standard request is decided within days (the catalogue's KP WA EOC figures); late only if planted
    if not _has(c, "process.decision_untimely") and c.received:
        c.received = c.decision - dt.timedelta(days=w.rng.randint(0, 1) if c.urgency == "expedited"
                                               else w.rng.randint(1, 4)) if c.decision else \
            c.letter - dt.timedelta(days=w.rng.randint(1, 4))
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _WA_NP_TITLES)
    elif w.chance(0.3):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.2)
        if w.chance(0.6):
            c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                              specialty=w.pick(["Psiquiatría", "Psiquiatría de niños y adolescentes",
                                                "Psychiatry"]) if w.chance(0.8) else None,
                              phone=phone(w.rng, "WA") if w.chance(0.5) else None)
            c.reviewer_title = w.pick(["Psiquiatra revisor", "Médico revisor", "Director médico asociado"])
        else:
            c.reviewer = dict(name=name, credentials=w.pick(["PhD", "PsyD", "Ph.D."]),
                              specialty=w.pick(["Psicología clínica", "Clinical Psychology"]) if w.chance(0.8)
                              else None, phone=phone(w.rng, "WA") if w.chance(0.5) else None)
            c.reviewer_title = w.pick(["Psicóloga revisora", "Psicólogo clínico revisor"])
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 180
        c.appeal_phrase = w.pick(["180 días", "180 días calendario", "ciento ochenta (180) días"])
    _flags(c)


def reason_b21_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["El servicio solicitado no es médicamente necesario.",
                       "No cumple los requisitos de necesidad médica.",
                       "Este nivel de atención no es médicamente necesario."])
    facts = c.extra["wa_facts"]
    lvl = "la hospitalización parcial" if c.extra["wa_svc"]["key"] == "php" else "el tratamiento residencial"
    f = facts[0] if len(facts) == 1 else ", ".join(facts[:-1]) + " y " + facts[-1]
    return w.pick([
        f"No aprobamos {lvl} porque la información clínica muestra que {f}; por eso su atención puede darse de "
        "forma segura en un programa intensivo ambulatorio.",
        f"La información que recibimos indica que {f}. Con estos datos, {lvl} no es médicamente necesario en este "
        "momento y el nivel adecuado es el programa intensivo ambulatorio.",
        f"{_cap(lvl)} no es médicamente necesario ahora: {f}.",
    ])


def _wa_english(w: W, short: bool) -> list[str]:
    """The English translation (or summary) of the letter; printed without truth marks."""
    c = w.c
    svc = c.extra["wa_svc"]["en"]
    fd = c.extra["b21_fmt_en"]
    when = b21date(c.letter, fd)
    if short:
        out = [f"This letter, dated {when}, says that Kaiser Permanente did not approve {svc}. The plan offers an "
               "intensive outpatient program instead."]
        if not _has(c, "notice.appeal_deadline"):
            out.append("You may appeal within 180 days.")
        out.append(f"For help in English call {_WA_MS[0]} (TTY {_WA_MS[1]}).")
        return [" ".join(out)]
    out = [f"Date: {when}", f"Member: {c.member_name}, member number {c.member_id}",
           f"We did not approve {svc} ({c.services[0]['codes'][0]})."]
    if not _bare(c):
        out.append("The clinical information we received shows that your care can be given safely in an intensive "
                   "outpatient program, which is the level of care we offer.")
    if c.criteria:
        out.append(f"Criteria used: {c.criteria[0]}.")
    if not _has(c, "notice.appeal_deadline"):
        out.append("You may appeal within 180 days of this notice. An urgent appeal is decided within 72 hours.")
    if not _has(c, "notice.external_review"):
        out.append("After our final appeal decision you may ask for an external review by an independent review "
                   "organization within 4 months.")
    out.append(f"Questions: Member Services {_WA_MS[0]} (TTY {_WA_MS[1]}).")
    return out


def t_b21_wa(w: W):
    _wa_setup(w)
    c = w.c
    ms, tty = _WA_MS
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 Spanish only, 1 English translation follows, 2 English summary box on page 1
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Ref. {ref} - página {{page}} de {{pages}}", "Kaiser Permanente Washington | {page}",
                         "Página {page}"])]
    st.footer_align = w.pick(["center", "right"])
    svc = c.extra["wa_svc"]
    php = svc["key"] == "php"
    prov = M("PROVIDER", c.provider) if c.provider else ""
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington", w.pick(["Salud Conductual - Revisión de Utilización",
                                                                    "Servicios de Salud Mental",
                                                                    "Revisión clínica de salud conductual"])],
                   right=["Kaiser Foundation Health Plan of Washington", f"Servicios a los Miembros {ms}",
                          f"TTY {tty}"]))
    b.append(w.p(w.pick(["Fecha: ", "", "Seattle, "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Número de miembro: {w.mid()}    Número de referencia: {ref}", size=st.size - 0.5,
                 space_before=8))
    if variant == 2:
        b.append(w.p("English summary: " + _wa_english(w, True)[0], boxed=True, size=st.size - 1, space_before=10))
    head = w.pick(["Aviso de denegación de servicios", "Decisión sobre su solicitud de tratamiento",
                   "AVISO: no aprobamos el servicio solicitado"])
    if urgent:
        head += " (revisión acelerada)"
    b.append(w.h(head, space_before=10, size=st.size + 1))
    sal = "miembro" if c.member_salute == "Member" else c.member_salute
    b.append(w.p(w.pick([f"Estimado(a) {sal}:", f"Apreciado(a) {sal}:"]), space_before=8))
    s0 = c.services[0]
    code = M("HCPCS", s0["codes"][0])
    s_txt = w.pick([f"{w.svc(s0)} (código HCPCS {code})", f"{code} - {w.svc(s0)}", f"{w.svc(s0)} [HCPCS {code}]"])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    asker = f"{prov} nos pidió" if c.provider else "Usted nos pidió"
    intro = f"{asker} aprobar {s_txt}."
    if rec:
        intro = w.pick([f"El {rec} recibimos una solicitud para {s_txt}" + (f" de parte de {prov}." if c.provider
                                                                           else "."),
                        intro + f" Recibimos la solicitud el {rec}."])
    if dec:
        intro += w.pick([f" Tomamos una decisión el {dec}.", f" La decisión se tomó el {dec}."])
    b.append(w.p(intro))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b.append(w.p(w.pick(["Diagnóstico: ", "Diagnósticos en la solicitud: "]) + dxs + "."))
    # the decision
    b.append(w.h(w.pick(["Nuestra decisión", "Qué decidimos y por qué", "Decisión"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    alt_first = w.chance(0.5)
    alt = w.p(w.pick([
        "Le ofrecemos un programa intensivo ambulatorio (IOP) para trastornos alimentarios: tres a cinco días por "
        "semana, unas tres horas al día, con terapia de grupo, comidas supervisadas y consultas con dietista.",
        "El nivel de atención que sí está aprobado es el programa intensivo ambulatorio (Intensive Outpatient "
        "Program). Su equipo de salud conductual puede inscribirle esta semana.",
    ]))
    crit = None
    if c.criteria:
        crit = w.p(w.pick(["Para esta decisión usamos los criterios ", "Criterios aplicados: "]) +
                   M("CRITERIA", c.criteria[0]) + ".")
    parts = [alt] + ([crit] if crit else [])
    if alt_first:
        parts.reverse()
    b += parts
    if not php and w.chance(0.5):
        b.append(w.p("Si su situación cambia (por ejemplo, pérdida de peso rápida o problemas médicos), su "
                     "proveedor puede enviar una nueva solicitud en cualquier momento."))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        spec = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
        line = w.pick([f"Revisó su caso {nm}{cred}{spec}.", f"Profesional que revisó la solicitud: {nm}{cred}{spec}."])
        if r["phone"]:
            line += f" Su proveedor puede llamar al {M('REVIEWER_PHONE', r['phone'])} para hablar del caso."
        b.append(w.p(line))
    # rights
    b.append(w.h(w.pick(["Sus derechos de apelación", "Si no está de acuerdo", "Cómo apelar"]), space_before=10))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"Usted, su representante o su proveedor pueden apelar dentro de {M('APPEAL_DAYS', c.appeal_phrase)} "
            f"a partir de la fecha de este aviso. Llame al {ms} (TTY {tty}), escriba a Member Appeals o use kp.org.",
            f"Tiene {M('APPEAL_DAYS', c.appeal_phrase)} desde la fecha de esta carta para presentar una apelación "
            f"por teléfono ({ms}, TTY {tty}), por correo o en línea.",
        ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Si esperar pudiera poner en grave peligro su salud, pida una apelación acelerada. Le daremos una "
            "respuesta en un plazo de 72 horas.",
            "Apelación urgente: cuando la espera normal pueda dañar seriamente su salud, decidimos en 72 horas.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "Si mantenemos la denegación después de su apelación, puede pedir una revisión externa a una "
            "organización de revisión independiente (IRO), sin costo, dentro de los 4 meses siguientes a nuestra "
            "decisión final.",
            "Después de nuestra decisión final de apelación, tiene 4 meses para pedir una revisión externa "
            "independiente. No tiene costo para usted.",
        ])))
    b.append(w.p(w.pick([
        "Puede pedir gratis copias de los documentos, expedientes y criterios usados en esta decisión.",
        "Tiene derecho a recibir sin costo copias de toda la información relacionada con esta decisión.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "También puede pedir ayuda a la Oficina del Comisionado de Seguros de Washington (Washington Office of "
            "the Insurance Commissioner), que ayuda a los consumidores con quejas y apelaciones.",
            "Para ayuda como consumidor, comuníquese con la Oficina del Comisionado de Seguros del estado de "
            "Washington.",
        ])))
    if w.chance(0.4):
        b.append(w.p("Este aviso incluye la información que exige WAC 284-43-3070."))
    b.append(w.p(w.pick(["Atentamente,", "Cordialmente,"]), space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p("Departamento de Revisión de Utilización", space_before=4))
    b.append(w.p("Kaiser Foundation Health Plan of Washington", space_before=0))
    if c.provider and w.chance(0.5):
        b.append(w.p(f"c.c.: {prov}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de idiomas sin costo: {ms} (TTY {tty}).",
                             f"Si necesita un intérprete, es gratis. Llame al {ms}."]), space_before=6))
    b += _taglines(w, "WA", f"{ms} (TTY {tty})", w.pick([None, "Language help / Ayuda con el idioma"]))
    if variant == 1:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["English translation follows", "ENGLISH TRANSLATION", "Translation into English"]),
                     size=st.size + 1))
        b.append(w.p(w.pick(["This is a translation of the Spanish notice above. If the two differ, the Spanish "
                             "notice controls.", "The notice above is the original."]), italic=True, size=st.size - 1))
        for line in _wa_english(w, False):
            b.append(w.p(line, space_before=3))
    return b, st, ["wa_es_letter", "wa_es_english_translation", "wa_es_english_summary_box"][variant]


BLIND21_TEMPLATES["blind21_wa_spanish_eating_disorder_php"] = (t_b21_wa, dict(
    plans=["commercial_hmo"], states=["WA"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b21_wa))
MODELED_ON["blind21_wa_spanish_eating_disorder_php"] = (
    "blind21: Kaiser Permanente Washington commercial plan letter in Spanish refusing a partial hospitalization "
    "program or residential treatment for an eating disorder and offering an intensive outpatient program; criteria "
    "named in Spanish or by English proper names (LOCUS, APA guideline, InterQual, MCG, KP WA criteria); a "
    "psychiatrist or psychologist reviewer in some letters; an English translation after the letter or an English "
    "summary box on page 1 in some letters; 180-day appeal, 72-hour urgent appeal, external review within 4 months, "
    "the Washington Office of the Insurance Commissioner by name, taglines")


# === 3. Northwest: home infusion or home supplies, a long line-item table broken across pages =====================

# a line: texts, HCPCS code, unit word, requested units range, and what can go wrong with it:
# mn = (short reason for the table, long clause for the summary) when it may be found not medically necessary,
# nc = the same when it may be excluded, ql = the plan's quantity limit per request when it may be reduced
def _ln(texts, code, unit, req, mn=None, nc=None, ql=None):
    return dict(texts=texts, code=code, unit=unit, req=req, mn=mn, nc=nc, ql=ql)


_NW_THERAPIES = [
    dict(key="abx", what="home intravenous antibiotics",
         dx=[(["Osteomyelitis of vertebra, lumbar region"], "M46.26"),
             (["Cellulitis of left lower limb"], "L03.116")],
         specs=["Infectious Diseases", "Internal Medicine"],
         lines=[
             _ln(["Ertapenem 500 mg injection", "Injection, ertapenem sodium, 500 mg"], "J1335", "units", (28, 56),
                 mn=("no infection need past day 28", "the infectious diseases plan calls for 4 weeks of "
                                                       "ertapenem, and the request runs past that date")),
             _ln(["Vancomycin 500 mg injection", "Injection, vancomycin HCl, 500 mg"], "J3370", "units", (56, 112),
                 mn=("cultures show no MRSA", "your wound and blood cultures grew no organism that needs "
                                              "vancomycin, so a second antibiotic is not medically necessary")),
             _ln(["Home infusion therapy, antibiotic, per diem"], "S9500", "days", (28, 42),
                 mn=("per diem past end of therapy", "per diem days were asked for beyond the planned end of "
                                                      "antibiotic treatment")),
             _ln(["Heparin lock flush, per 10 units"], "J1642", "units", (60, 120), ql=60),
             _ln(["Normal saline flush 250 cc"], "J7050", "units", (56, 90), ql=60),
         ]),
    dict(key="ivig", what="home immune globulin infusions",
         dx=[(["Chronic inflammatory demyelinating polyneuritis"], "G61.81")],
         specs=["Neurology", "Neuromuscular Medicine"],
         lines=[
             _ln(["Immune globulin (Gamunex-C), 500 mg", "Injection, immune globulin, non-lyophilized, 500 mg"],
                 "J1561", "units", (160, 240),
                 mn=("dose above weight-based limit", "the dose requested is more than the weight-based dose "
                                                      "in your neurologist's own treatment plan")),
             _ln(["Home infusion therapy, immunotherapy, per diem"], "S9338", "days", (6, 12),
                 mn=("visits exceed infusion days", "more per diem days were requested than infusion days "
                                                    "scheduled")),
             _ln(["Diphenhydramine up to 50 mg injection"], "J1200", "units", (6, 12), ql=6),
             _ln(["Methylprednisolone up to 125 mg injection"], "J2930", "units", (6, 12),
                 mn=("no prior infusion reaction", "your records show no reaction to earlier infusions that "
                                                   "would call for steroid premedication")),
             _ln(["Normal saline 500 mL infusion"], "J7040", "units", (12, 24), ql=12),
         ]),
    dict(key="infliximab", what="home infliximab infusions",
         dx=[(["Crohn's disease of small intestine without complications"], "K50.00")],
         specs=["Gastroenterology", "Internal Medicine"],
         lines=[
             _ln(["Infliximab 10 mg injection", "Injection, infliximab, excludes biosimilar, 10 mg"], "J1745",
                 "units", (80, 160),
                 mn=("no failure of a biosimilar", "the plan's criteria call for a trial of an infliximab "
                                                   "biosimilar first, and none is documented")),
             _ln(["Ondansetron 1 mg injection"], "J2405", "units", (16, 32), ql=16),
             _ln(["Normal saline 500 mL infusion"], "J7040", "units", (8, 16), ql=8),
             _ln(["Home infusion therapy, hydration, per diem"], "S9374", "days", (4, 8),
                 mn=("no dehydration documented", "your labs and notes show no dehydration that would need "
                                                 "separate hydration days")),
         ]),
    dict(key="hyperemesis", what="home hydration and anti-nausea infusions",
         dx=[(["Hyperemesis gravidarum with metabolic disturbance"], "O21.1")],
         specs=["Obstetrics and Gynecology", "Maternal-Fetal Medicine"],
         lines=[
             _ln(["Home infusion therapy, hydration, per diem"], "S9374", "days", (14, 28),
                 mn=("ketones cleared, eating well", "your last two visits show normal ketones and that you are "
                                                   "keeping down meals, so daily hydration past two weeks is not "
                                                   "medically necessary")),
             _ln(["Home infusion therapy, anti-emetic, per diem"], "S9351", "days", (14, 28), ql=14),
             _ln(["Ondansetron 1 mg injection"], "J2405", "units", (112, 224), ql=112),
             _ln(["5% dextrose in water 500 mL"], "J7060", "units", (14, 28), ql=14),
             _ln(["Normal saline 500 mL infusion"], "J7040", "units", (28, 56), ql=28),
         ]),
    dict(key="anticoag", what="home anticoagulant injections",
         dx=[(["Acute embolism and thrombosis of unspecified deep veins of left lower extremity"], "I82.402")],
         specs=["Hematology", "Internal Medicine"],
         lines=[
             _ln(["Enoxaparin 10 mg injection", "Injection, enoxaparin sodium, 10 mg"], "J1650", "units",
                 (240, 360), mn=("oral anticoagulant started", "your doctor started an oral blood thinner on the "
                                                             "same day, so injections past the first week are not "
                                                             "medically necessary")),
             _ln(["Home therapy, intermittent anticoagulant injection, per diem"], "S9372", "days", (30, 45),
                 mn=("you inject without help", "the nurse's notes say you give your own injections, so per "
                                                "diem home therapy is not needed")),
             _ln(["Heparin sodium 1000 units injection"], "J1644", "units", (10, 20), ql=10),
         ]),
]
# supplies that fill out the request
_NW_SUPPLIES = [
    _ln(["Infusion supplies for external drug infusion pump, per cassette or bag"], "A4222", "bags", (28, 56), ql=30),
    _ln(["Catheter care supplies, non-insulin infusion catheter, per week"], "A4221", "weeks", (4, 8), ql=4),
    _ln(["Syringe with needle, sterile, 1 cc or less"], "A4206", "each", (100, 200), ql=100),
    _ln(["Alcohol wipes, per box"], "A4245", "boxes", (4, 8), ql=2),
    _ln(["Iodine swabs, per box"], "A4247", "boxes", (2, 4), ql=2),
    _ln(["Tape, non-waterproof, per 18 sq in"], "A4450", "units", (30, 60), ql=30),
    _ln(["Transparent film dressing, 16 sq in or less"], "A6257", "each", (8, 16), ql=8),
    _ln(["Gauze pad, sterile, 16 sq in or less, no border"], "A6402", "each", (30, 60), ql=30),
    _ln(["Non-sterile exam gloves, per 100"], "A4927", "boxes", (2, 4),
        nc=("gloves for caregiver use", "exam gloves for a caregiver are not a covered home medical supply")),
    _ln(["Ambulatory infusion pump, electric or battery"], "E0781", "rental months", (1, 2),
        mn=("gravity infusion suffices", "each dose ordered runs by gravity or as a short push in under an hour, "
                                         "so an electric pump is not medically necessary")),
    _ln(["IV pole"], "E0776", "each", (1, 1),
        nc=("convenience item", "an IV pole for home use is a convenience item the plan does not cover when the "
                                "bag can hang from a hook")),
    _ln(["Commode chair with fixed arms"], "E0163", "each", (1, 1),
        nc=("not part of infusion benefit", "a bedside commode is not part of the home infusion benefit and was "
                                            "not ordered as durable medical equipment")),
]
_NW_WA_CITIES = [("Vancouver", "986"), ("Camas", "986"), ("Longview", "986"), ("Battle Ground", "986"),
                 ("Washougal", "986")]
_NW_SUPPLIERS = ["Cascade Home Infusion Services", "Columbia Gorge Infusion Pharmacy", "Willamette Home Medical"]
_NW_INTERNAL = ["Kaiser Permanente Northwest Home Infusion Clinical Criteria",
                "KPNW Medical Supply Quantity Guidelines"]


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b21_nw"):
        return
    c.extra["b21_nw"] = True
    _fmt(w, STYLES_EN)
    c.region = "Northwest"
    if c.state == "WA":
        city, zp = w.pick(_NW_WA_CITIES)
        street = address(w.rng, "OR", "Northwest")[0]
        c.member_addr = [street, f"{city}, WA {zp}{w.rng.randint(60, 87):02d}"]
    else:
        c.member_addr = address(w.rng, "OR", "Northwest")
    ther = w.pick(_NW_THERAPIES)
    c.extra["nw_ther"] = ther
    lead_cat = c.category
    bare = _bare(c)
    # the lines: the therapy's own, then supplies up to 8-15 lines
    core = list(ther["lines"])
    pool = [s for s in _NW_SUPPLIES if s["code"] not in {x["code"] for x in core}]
    w.rng.shuffle(pool)
    n = w.rng.randint(8, min(15, len(core) + len(pool)))
    chosen = core + pool[: n - len(core)]
    key = "mn" if lead_cat == "medical_necessity" else "nc"
    other = "nc" if key == "mn" else "mn"
    leads = [x for x in chosen if x[key]]
    if not leads:  # make sure a line can carry the lead category
        extra = next(s for s in _NW_SUPPLIES if s[key] and s not in chosen)
        chosen[-1] = extra
        leads = [extra]
    lead = w.pick(leads)
    rows = []
    n_other = 0
    for x in chosen:
        req = w.rng.randint(*x["req"])
        if x is lead:
            dec, kind = "denied", key
        elif x[other] and not bare and n_other < 1 and w.chance(0.6):
            dec, kind = "denied", other
            n_other += 1
        elif x[key] and w.chance(0.35):
            dec, kind = "denied", key
        elif x["ql"] and req > x["ql"] and w.chance(0.5):
            dec, kind = "reduced", "ql"
        else:
            dec, kind = "approved", None
        appr = 0 if dec == "denied" else (x["ql"] if dec == "reduced" else req)
        rows.append(dict(line=x, text=w.pick(x["texts"]), req=req, appr=appr, dec=dec, kind=kind))
    if all(r["dec"] != "approved" for r in rows[1:]):
        rows[-1].update(dec="approved", kind=None, appr=rows[-1]["req"])
    # the lead line goes first among the denied lines in table order (it is the one the reason leads with)
    li = next(i for i, r in enumerate(rows) if r["line"] is lead)
    fi = next(i for i, r in enumerate(rows) if r["dec"] == "denied")
    rows[li], rows[fi] = rows[fi], rows[li]
    c.extra["nw_rows"] = rows
    c.extra["nw_lead"] = next(r for r in rows if r["line"] is lead)
    c.services = [dict(text=r["text"], codes=[r["line"]["code"]],
                       decision="approved" if r["dec"] == "approved" else "denied") for r in rows]
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in ther["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.5):
        c.diagnoses = c.diagnoses[:1]
    ma = c.plan_type == "medicare_advantage"
    has_mn = any(r["kind"] == "mn" for r in rows)
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_NW_INTERNAL)]
    elif bare or _has(c, "notice.criteria_cited") or not has_mn:
        c.criteria = []
    elif ma:
        c.criteria = [w.pick(["Medicare coverage rules for home infusion drugs and supplies (42 CFR \u00a7 422.101)",
                              "the Medicare National Coverage Determination for Infusion Pumps",
                              "the Medicare Local Coverage Determination for External Infusion Pumps"])]
    else:
        c.criteria = [w.pick(["Kaiser Permanente Northwest Home Infusion Therapy Criteria",
                              "KPNW Durable Medical Equipment and Supply Coverage Guidelines",
                              "Kaiser Permanente Northwest Outpatient Infusion Site-of-Care Policy"])]
    c.service = None
    c.provider = _clinician(w) if w.chance(0.75) else w.pick(_NW_SUPPLIERS)
    if c.state == "WA" and not ma and not _has(c, "process.decision_untimely") and c.received:
        end = c.decision or c.letter
        c.received = end - dt.timedelta(days=w.rng.randint(0, 1) if c.urgency == "expedited"
                                        else w.rng.randint(1, 4))
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, ["Home Infusion Authorization Coordinator", "Utilization Review Nurse",
                         "Supply Benefits Specialist"])
    elif w.chance(0.25):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(ther["specs"]) if w.chance(0.7) else None,
                          phone=phone(w.rng, w.pick(["OR", "WA"]) if c.state == "WA" else "OR") if w.chance(0.5)
                          else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Home Health and Infusion",
                                   "Reviewing Physician"])
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 60 if ma else 180
        c.appeal_phrase = w.pick(["60 days", "60 calendar days"]) if ma else w.pick(["180 days",
                                                                                     "180 calendar days"])
    c.extra["nw_phone"] = phone(w.rng, "OR")
    c.extra["nw_fax"] = phone(w.rng, "OR")
    _flags(c)


def _nw_short(r: dict) -> str:
    """The table's reason cell for a line."""
    x = r["line"]
    if r["dec"] == "approved":
        return "Meets coverage rules"
    if r["kind"] == "ql":
        return f"Plan limit {x['ql']} {x['unit']}"
    return ("Not medically necessary: " if r["kind"] == "mn" else "Not covered: ") + x[r["kind"]][0]


def reason_b21_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    rows = c.extra["nw_rows"]
    if _bare(c):
        return w.pick(["Some items do not meet coverage requirements.", "Several lines were not approved.",
                       "These items are not covered as requested."])
    lead = c.extra["nw_lead"]
    others = [r for r in rows if r["dec"] == "denied" and r is not lead]
    red = [r for r in rows if r["dec"] == "reduced"]
    first = f"{lead['text']} was denied because {lead['line'][lead['kind']][1]}"
    out = w.pick([f"{_cap(first)}.", f"The main change: {first}."])
    for r in others:
        out += f" {r['text']} was also denied: {r['line'][r['kind']][1]}."
    if red:
        out += " " + w.pick(["We reduced ", "We approved fewer units of "]) + join_and(
            [r["text"] for r in red]) + " to the plan's quantity limits."
    return out


def t_b21_nw(w: W):
    _nw_setup(w)
    c = w.c
    ma = c.plan_type == "medicare_advantage"
    urgent = c.urgency == "expedited"
    rows = c.extra["nw_rows"]
    ther = c.extra["nw_ther"]
    ph, fax = c.extra["nw_phone"], c.extra["nw_fax"]
    variant = w.rng.randrange(3)  # 0 full grid with line numbers, 1 code first and combined result, 2 grouped words
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Authorization {ref} | page {{page}} of {{pages}}", "KPNW Home Infusion - {page}",
                         f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    plan_name = "Kaiser Permanente Senior Advantage" if ma else "Kaiser Permanente"
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest", w.pick(["Home Health and Infusion Authorizations",
                                                                  "Home Medical Supply Review",
                                                                  "Utilization Management - Home Services"])],
                   right=["Kaiser Foundation Health Plan of the Northwest", f"Phone {ph} | Fax {fax}",
                          "TTY 711"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Authorization: {ref}" + (f"    Plan: {plan_name}" if ma else ""),
                 size=st.size - 0.5, space_before=8))
    if ma:
        title = w.pick(["Notice of Denial of Medical Coverage (partial)", "NOTICE OF DENIAL OF MEDICAL COVERAGE - "
                                                                          "SOME ITEMS APPROVED"])
    else:
        title = w.pick(["Decision on your home infusion request", "Your home supply request: items approved and "
                                                                  "denied", "Partial approval of your request"])
    if urgent:
        title += w.pick([" (expedited)", " - fast decision"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    n = len(rows)
    intro = w.pick([f"{prov} asked us to approve {ther['what']} and the supplies that go with them, {n} lines in "
                    "all.", f"We reviewed a request from {prov} for {n} items for {ther['what']}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Condition: ", "Diagnosis on the order: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    n_den = sum(r["dec"] == "denied" for r in rows)
    n_red = sum(r["dec"] == "reduced" for r in rows)
    n_ok = n - n_den - n_red
    b.append(w.p(w.pick([
        f"In short: {n_ok} lines approved as asked, {n_red} approved in a smaller amount, {n_den} denied. Each line's "
        "decision is in the table below.",
        f"The table below lists every line. We approved {n_ok}, reduced {n_red} and denied {n_den}.",
    ])))
    reason_blk = [w.h(w.pick(["Why some lines were denied", "Summary of denied lines", "Lines we did not approve"]),
                      space_before=10), w.p(M("REASON", w.reason))]
    if c.criteria:
        reason_blk.append(w.p(w.pick(["We applied ", "Criteria used: "]) + M("CRITERIA", c.criteria[0]) + "."))
    if not ma and not _has(c, "notice.plan_provision"):
        reason_blk.append(w.p(w.pick([
            "Coverage rules for these items are in your Evidence of Coverage, section \"Home Health, Home Infusion "
            "and Medical Supplies\", and its list of exclusions (convenience items and supplies not ordered for a "
            "covered treatment are excluded).",
            "See your Evidence of Coverage, \"Durable Medical Equipment and Medical Supplies\" and \"Exclusions, "
            "Limitations, and Reductions\", for the plan terms we applied.",
        ])))
    before = w.chance(0.4)
    if before:
        b += reason_blk
    # the table
    cont = w.pick(["(continued)", "Line items (continued)", "Table continued from previous page"])
    if variant == 0:
        head = ["#", "Item", "HCPCS", "Req.", "Appr.", "Decision", "Reason"]
    elif variant == 1:
        head = ["Code", "Description", "Units asked", "Units OK", "Result"]
    else:
        head = ["Item requested", "Code", "Asked", "Approved", "Status", "Why"]
    dword = {"approved": w.pick(["Approved", "APPROVED"]), "denied": w.pick(["Denied", "DENIED"]),
             "reduced": w.pick(["Reduced", "Partly approved"])}
    trows = [head]
    for k, r in enumerate(rows, 1):
        s = M("SERVICE", r["text"])
        code = M("HCPCS", r["line"]["code"])
        req, appr = f"{r['req']} {r['line']['unit']}", str(r["appr"])
        why = _nw_short(r) if not _bare(c) or r["dec"] == "approved" else (
            "Not medically necessary" if r["kind"] == "mn" else "Not covered" if r["kind"] == "nc" else "Limit")
        if variant == 0:
            trows.append([str(k), s, code, req, appr, dword[r["dec"]], why])
        elif variant == 1:
            trows.append([code, s, req, appr, f"{dword[r['dec']]} - {why}"])
        else:
            trows.append([s, code, str(r["req"]), appr, dword[r["dec"]], why])
    tb = Block("table", rows=trows, space_before=10, size=st.size - 1, cont_label=cont,
               col_align=["right", "left", "left", "right", "right", "left", "left"] if variant == 0 else [])
    t_at = len(b)
    b.append(w.h(w.pick(["Line-by-line decision", "Items requested and our decision", "Decision by item"]),
                 space_before=10))
    b.append(tb)
    if not before:
        b += reason_blk
    # reviewer
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        spec = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
        line = f"Reviewed by {nm}{cred}{spec}."
        if r["phone"]:
            line += f" Your doctor can call {M('REVIEWER_PHONE', r['phone'])} to discuss it."
        b.append(w.p(line, space_before=8))
    # rights
    b.append(w.h(w.pick(["Your right to appeal", "If you disagree with the denied lines", "How to appeal"]),
                 space_before=10))
    if ma:
        if c.appeal_phrase:
            b.append(w.p(w.pick([
                f"You may ask us for a reconsideration (an appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} of "
                "the date of this notice. Write to us, fax the request, or call the number above.",
                f"To appeal, request a reconsideration within {M('APPEAL_DAYS', c.appeal_phrase)} from the date on "
                "this notice; you, your doctor or your representative may ask.",
            ])))
        b.append(w.p("A standard appeal of a service request is decided within 30 days."))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p(w.pick([
                "Fast appeal: if waiting 30 days could seriously harm your health, ask for an expedited appeal; we "
                "decide within 72 hours. If your doctor asks for one, we will give it.",
                "You or your doctor may ask for a fast (expedited) appeal when your health could be seriously "
                "harmed by waiting; the answer comes within 72 hours.",
            ])))
        if not _has(c, "notice.external_review"):
            b.append(w.p("If we do not decide fully in your favor, we send your case automatically to an Independent "
                         "Review Entity contracted by Medicare. Later levels include an Administrative Law Judge "
                         "and federal court."))
        b.append(w.p("For help, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or visit "
                     "www.medicare.gov."))
        b.append(w.p("You may ask for a free copy of your case file and the rules we used."))
    else:
        if c.appeal_phrase:
            b.append(w.p(w.pick([
                f"You may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter, in "
                f"writing or by phone at {ph}.",
                f"File an appeal (grievance) within {M('APPEAL_DAYS', c.appeal_phrase)}; a doctor or someone you "
                "choose may file for you.",
            ])))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p("If waiting could seriously jeopardize your health, ask for an expedited appeal; we "
                         "decide within 72 hours."))
        if not _has(c, "notice.external_review"):
            b.append(w.p(w.pick([
                "If the denial stands after our appeal, you may request an external review by an independent review "
                "organization within 4 months of our final decision, at no cost to you.",
                "After the internal appeal you have 4 months to ask for a free external review by an independent "
                "review organization.",
            ])))
        b.append(w.p("You may ask for free copies of the documents and criteria used in this decision."))
        if not _has(c, "notice.consumer_assistance"):
            office = ("Oregon Division of Financial Regulation" if c.state == "OR" else
                      "Washington Office of the Insurance Commissioner")
            b.append(w.p(f"Consumer assistance is available from the {office}; it can help you file an appeal "
                         "or complaint."))
    b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
    if c.reviewer:
        b.append(w.p(c.reviewer["name"] + (f", {c.reviewer['credentials']}" if c.reviewer["credentials"] else ""),
                     space_before=4))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p("Home Health and Infusion Authorization Unit", space_before=4))
    b.append(w.p("Kaiser Foundation Health Plan of the Northwest", space_before=0))
    if w.chance(0.6):
        b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(f"Language help at no cost: {ph} (TTY 711).", space_before=6))
    b += _taglines(w, "NW", f"{ph} (TTY 711)", w.pick([None, "Free interpreter services"]))
    # the table must break across a page: push it down until it does
    cplain = cont
    for step in range(0, 40):
        pages = layout(b, st)
        if any(r.text == cplain for pg in pages[1:] for r in pg.rows):
            break
        if step == 0:
            b.insert(t_at, Block("space", height=0.0))
        b[t_at] = Block("space", height=14.0 * (step + 1))
    return b, st, ["nw_table_numbered_grid", "nw_table_code_first", "nw_table_plain_words"][variant]


BLIND21_TEMPLATES["blind21_nw_continued_table"] = (t_b21_nw, dict(
    plans=["medicare_advantage", "commercial_hmo"], states=["OR", "WA"], kinds=["partial_denial"],
    cats=["medical_necessity"], reason=reason_b21_nw))
MODELED_ON["blind21_nw_continued_table"] = (
    "blind21: Kaiser Permanente Northwest (Oregon or southwest Washington) Senior Advantage or commercial decision on "
    "home infusion drugs and supplies: a table of 8-15 lines (item, HCPCS J/S/A/E code, units asked and approved, "
    "decision and short reason per line) that breaks across pages with a repeated header and a continued marker; "
    "lines approved, reduced to quantity limits, denied as not medically necessary or not covered; a summary of the "
    "denied lines; Medicare letters: 60-day reconsideration, 72-hour fast appeal, Independent Review Entity, "
    "1-800-MEDICARE; commercial letters: 180-day appeal, external review within 4 months, Evidence of Coverage "
    "sections, the state's insurance regulator by name, taglines")
