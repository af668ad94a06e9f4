"""Thirty-fourth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND34_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind34_scal_dsnp_integrated_notice")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md).

1. ``blind34_ga_commercial_gender_affirming``: a Kaiser Permanente Georgia fully insured commercial HMO letter
   (plan_type ``commercial_hmo``, state GA) denying facial gender-affirming surgery: forehead contouring (CPT 21137),
   facial bone reduction (21209), augmentation genioplasty (21120) or primary rhinoplasty (30400), one procedure or
   two; diagnosis F64.0 or F64.9, sometimes with Z87.890. Category ``not_covered`` (the plan lists facial procedures
   among its cosmetic exclusions) or ``medical_necessity`` (the documentation the plan's criteria require is missing).
   Kind ``initial_denial``, standard or expedited. Layouts: ``ga_two_columns`` (page 1's body runs in two newspaper
   columns; the reason sits in a full-width box under them; the rights follow on page 2), ``ga_footnotes`` (the
   plan provision, the criteria and the federal rule are footnotes at the foot of page 1, called by superscript
   numbers in the body) and ``ga_glance_table`` (a "Request at a glance" table at the top, with its dates in cells).
   Rights from the catalogue for a GA fully insured plan: appeal within 180 days, a pre-service appeal decided within
   30 days, an expedited appeal within 72 hours, external review by an independent review organization within 4
   months after the final internal decision (45 CFR 147.136), the Georgia Office of Commissioner of Insurance by name
   only (the catalogue verifies no number), free copies of documents and criteria, codes and their meanings on
   request, the Health Line 404-365-0966 / 1-800-611-1811 for appointments and advice (no Member Services number: the
   catalogue does not verify one; the utilization unit's own phone is printed), taglines. Distractors: the
   behavioral health clinician whose support letter is on file (and its date), the primary care doctor, the
   consultation date and its covered office consultation (CPT 99244, never an item), the planned surgery date, the
   case number, the surgeon's NPI, the unit's phone and fax, the appeal-by date of the glance table.

   Which date is which: the letter date heads the letter (or is the "Date of this letter" row of the glance table);
   the received and decision dates are stated in the body ("We received ... on", "decided on") or in their own
   table rows. The consultation, the support letter and the planned surgery are other events; the glance table's
   "Appeal by" date is a deadline; none is truth. Which name is the member: the addressee. Which reason is the
   reason: the text under the reason heading (the full-width box in the column layout); the note on what the surgeon
   may send next is advice. The truth counts the facial procedures requested, never the covered consultation.

2. ``blind34_scal_dsnp_integrated_notice``: a Kaiser Permanente Southern California integrated denial notice for a
   member of its Medicare Medi-Cal dual special needs plan (plan_type ``medicare_advantage``, CA), denying a
   semi-electric hospital bed (HCPCS E0260), a pressure-reducing mattress (E0277 powered air, or E0184 dry pressure)
   or the bed and a mattress, as not medically necessary under Medicare's coverage rules for beds and support
   surfaces; diagnoses of immobility or pressure injury (Z74.01, R26.2, M62.81, I69.351, and L89.152 with the powered
   mattress). Kind
   ``initial_denial``, standard or expedited (the notice ticks one box). Layouts: ``dsnp_form`` (fill-in fields, then
   numbered boxes, with check boxes ticked "[X]" or left empty "[ ]"), ``dsnp_plain_letter`` and ``dsnp_fax_copy``
   (a fax cover page, then the notice; a fax machine line with the transmission date, time and "P. x/y" atop every
   page). Rights of the integrated notice from the catalogue: a plan appeal within 65 days of the date of the notice
   (the catalogue accepts 60 or 65), decided within 30 days or 72 hours when fast (the doctor may ask), an appeal we
   do not decide fully in the member's favour goes on to the Independent Review Entity by itself; for Medi-Cal a
   State Hearing within 120 days of the plan's appeal decision (or when the plan does not decide in 30 days) with
   the CDSS phones and address; free copies of the case file; help from HICAP 1-800-434-0222, the Medi-Cal ombudsman
   1-888-452-8609 and 1-800-MEDICARE (TTY 1-877-486-2048); the plan's 1-800-443-0815 (TTY 711); taglines. No DMHC
   statement (a Medicare plan) and no aid paid pending (a new request, nothing is cut). Distractors: the Medi-Cal
   CIN (a second member number), the home health nurse or therapist who visited (and the visit date), the wound
   measurement date, the equipment supplier and its phone, the care coordinator and her line, the notice number, a
   gel overlay (E0185) named as what the doctor may order instead (never an item); on the fax copy, the fax date and
   time, the receiving office and the sender's fax.

   Which date is which: the letter date is the "Date of this notice" (field, date line); received and decision dates
   are in the request box or the body. Home visits, wound measurements and the fax transmission date are other dates.
   Which name is the member: the member named in the notice's fields or address (the fax goes to an office, whose
   contact is another person). Which reason is the reason: box "Why we said no" or the paragraph under the reason
   heading. The truth counts the denied equipment lines only.

3. ``blind34_nw_commercial_fertility_preservation``: a Kaiser Permanente Northwest (Oregon, or Southwest Washington)
   individual or small-group commercial plan letter (``commercial_hmo``) answering a provider's request to preserve
   fertility before cancer treatment: oocyte retrieval and freezing (CPT 58970 with 89337, sometimes storage 89346),
   embryo freezing (58970 with 89258) or sperm freezing (89259, sometimes storage 89343); diagnoses a cancer (breast,
   Hodgkin lymphoma, large B-cell lymphoma, testis, acute lymphoblastic leukemia) and Z31.84. Category
   ``not_covered`` (the plan excludes fertility preservation) or ``medical_necessity`` (the planned treatment is not
   shown to carry a high risk of infertility). Expedited in some letters (the provider's urgent request: the letter
   says when the care team was called). Layouts: ``nw_reply_slip`` (a letter with an appeal reply slip to cut off at
   the end, its blanks to fill in), ``nw_questions`` (the letter as questions and answers: "What did you ask for?",
   "What did we decide?", "Why?") and ``nw_status_block`` (a block of status lines opens the letter: "STATUS:
   DENIED   REF #: ...   RECEIVED: ..."). Rights: appeal within 180 days, a pre-service appeal decided in 30 days,
   an expedited appeal in 72 hours, external review by an independent review organization within 4 months after
   the final internal decision (45 CFR 147.136), the Oregon Division of Financial Regulation or the Washington
   State Office of the Insurance Commissioner by name only, free copies, codes on request, taglines. No Member
   Services number is printed (the catalogue does not verify the Northwest one): the authorization unit's phone.
   Distractors: the oncologist (or the fertility specialist) who is not the requester, the oncology visit date, the
   hormone test or semen analysis date, the planned first chemotherapy date, the fertility clinic and its phone, the
   semen analysis or AMH test code (never an item), the reference number, the time of the call.

   Which date is which: the letter date heads the letter (or the status block's "LETTER DATE"); "RECEIVED" and
   "DECIDED" in the status block, or the body's "received on" / "decided on", are the truth's received and decision
   dates. The chemotherapy start date, the oncology visit and the lab dates are other events; the reply slip's date
   blank is empty. Which reason is the reason: the answer to "Why?" or the paragraph under the reason heading. The
   truth counts the preservation services requested, never the lab test.

Dates use this set's own styles (``b34date``); ``parse_blind34_date`` reads them back: the letterhead date in one
style and the body's dates in another (3.14.2026, 14 MAR 2026, March 14 2026, Sat. 3/14/2026), two-digit years in
table cells and status lines (3.14.26), Mar 14 '26 on the fax cover and MAR-14-2026 on the fax machine's line.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND34_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:  # street names
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b34date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "dotmdy":  # 3.14.2026
        return f"{d.month}.{d.day}.{d.year}"
    if style == "dmonsp":  # 14 MAR 2026
        return f"{d.day:02d} {mon[:3].upper()} {d.year}"
    if style == "monnocomma":  # March 14 2026
        return f"{mon} {d.day} {d.year}"
    if style == "dowslash":  # Sat. 3/14/2026
        return f"{_DOW3[d.weekday()]}. {d.month}/{d.day}/{d.year}"
    if style == "dotmdyy":  # 3.14.26
        return f"{d.month}.{d.day}.{d.year % 100:02d}"
    if style == "aposnc":  # Mar 14 '26
        return f"{mon[:3]} {d.day} '{d.year % 100:02d}"
    if style == "faxcaps":  # MAR-14-2026
        return f"{mon[:3].upper()}-{d.day:02d}-{d.year}"
    raise ValueError(style)


STYLES = ("dotmdy", "dmonsp", "monnocomma", "dowslash", "dotmdyy", "aposnc", "faxcaps")


def parse_blind34_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b34date`` (None for anything else)."""
    t = " ".join(text.split())
    up3 = [m.upper() for m in _MON3]
    try:
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", t)
        if m and not m[1].startswith("0") and not m[2].startswith("0"):
            return dt.date(int(m[3]) + (2000 if len(m[3]) == 2 else 0), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{1,2}) '(\d{2})", t)
        if m and m[1] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", t)
        if m and m[2] in up3:
            return dt.date(int(m[3]), up3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2})\. (\d{1,2})/(\d{1,2})/(\d{4})", t)
        if m and m[1] in _DOW3:
            d = dt.date(int(m[4]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z]{3})-(\d{2})-(\d{4})", t)
        if m and m[1] in up3:
            return dt.date(int(m[3]), up3.index(m[1]) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, head: tuple[str, ...], body: tuple[str, ...]) -> None:
    w.c.extra["b34_head"] = w.pick(list(head))
    w.c.extra["b34_fmt"] = w.pick([x for x in body if x != w.c.extra["b34_head"]] or list(body))


def _fd(w: W, day: dt.date | None, which: str = "b34_fmt") -> str:
    return b34date(day, w.c.extra[which] if which.startswith("b34_") else which) if day else ""


def _dm(w: W, label: str, day: dt.date | None, which: str = "b34_fmt") -> str:
    return M(label, _fd(w, day, which)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(201, 988), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([46.0, 54.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _np_reviewer(w: W, titles: list[str], creds: list[str | None]) -> None:
    name, _, _ = person(w.rng, 0.2)
    w.c.reviewer = dict(name=name, credentials=w.pick(creds), specialty=None, phone=None)
    w.c.reviewer_title = w.pick(titles)


def _md_reviewer(w: W, specialties: list[str], titles: list[str], areas: list[str], p_phone: float) -> None:
    name, _, _ = person(w.rng, 0.25)
    w.c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                        specialty=w.pick(specialties) if w.chance(0.7) else None,
                        phone=_phone(w, areas) if w.chance(p_phone) else None)
    w.c.reviewer_title = w.pick(titles)


def _signature(w: W, b: list[Block], fallback: str, org: str, close: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=14))
    b.append(w.p(org, space_before=0))


def _keep_timely(w: W, standard_ok: int, standard_late: tuple[int, int]) -> None:
    """The receipt date agrees with the planted (or absent) late-decision defect, in calendar days."""
    c = w.c
    end = c.decision or c.letter
    urgent = c.urgency == "expedited"
    if _has(c, "process.decision_untimely"):
        lo, hi = (4, 8) if urgent else standard_late
        c.received = end - dt.timedelta(days=w.rng.randint(lo, hi))
    elif c.received and (end - c.received).days > (2 if urgent else standard_ok):
        c.received = end - dt.timedelta(days=w.rng.randint(0, 2) if urgent else w.rng.randint(1, standard_ok))


# language-help lines written for this set; {ph} is the number the letter prints
_LANG = {
    "es": "Español: Tiene a su disposición servicios gratuitos de ayuda con el idioma. Llame al {ph}.",
    "ko": "한국어: 무료 언어 지원 서비스를 이용하실 수 있습니다. {ph}번으로 전화하십시오.",
    "vi": "Tiếng Việt: Quý vị được cung cấp dịch vụ hỗ trợ ngôn ngữ miễn phí. Xin gọi {ph}.",
    "zh": "繁體中文：您可以免費獲得語言協助服務。請致電 {ph}。",
    "fr": "Français : Des services d'aide linguistique vous sont offerts gratuitement. Appelez le {ph}.",
    "am": "አማርኛ፦ ነጻ የቋንቋ እርዳታ አገልግሎት ያገኛሉ። በ {ph} ይደውሉ።",
    "ar": "العربية: تتوفر لك خدمات المساعدة اللغوية مجانًا. اتصل على {ph}.",
    "hi": "हिंदी: आपके लिए मुफ़्त भाषा सहायता सेवाएँ उपलब्ध हैं। {ph} पर कॉल करें।",
    "ru": "Русский: Вам доступны бесплатные услуги языковой помощи. Звоните по номеру {ph}.",
    "uk": "Українська: Для вас доступні безкоштовні послуги мовної підтримки. Телефонуйте {ph}.",
    "ro": "Română: Aveți la dispoziție servicii gratuite de asistență lingvistică. Sunați la {ph}.",
    "ja": "日本語：無料の言語支援サービスをご利用いただけます。{ph} までお電話ください。",
    "so": "Soomaali: Adeegyada caawinta luqadda oo bilaash ah ayaa laguu heli karaa. Wac {ph}.",
    "tl": "Tagalog: May makukuha kayong libreng tulong sa wika. Tumawag sa {ph}.",
    "hy": "Հայերեն. Ձեզ հասանելի են անվճար լեզվական օգնության ծառայություններ։ Զանգահարեք {ph}։",
    "fa": "فارسی: خدمات کمک زبانی به صورت رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "km": "ខ្មែរ៖ សេវាជំនួយភាសាដោយឥតគិតថ្លៃ មានសម្រាប់អ្នក។ សូមទូរស័ព្ទទៅ {ph}។",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਸੇਵਾਵਾਂ ਉਪਲਬਧ ਹਨ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "th": "ภาษาไทย: มีบริการช่วยเหลือด้านภาษาให้คุณโดยไม่เสียค่าใช้จ่าย โทร {ph}",
    "hmn": "Hmoob: Muaj kev pab txhais lus pub dawb rau koj. Hu rau {ph}.",
}
_LANG_SETS = {
    "GA": ["es", "ko", "vi", "zh", "fr", "am", "ar", "hi", "ru"],
    "NW": ["es", "vi", "zh", "ru", "ko", "uk", "ro", "ja", "so", "ar"],
    "SCAL": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "pa", "ar", "hi", "th", "hmn"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, size: float = 7.6) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5) if heading else Block("rule", space_before=10)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.5))
    return out


def _svc(w: W, s: dict, style: int) -> str:
    codes = ", ".join(w.code(x) for x in s["codes"])
    t = w.svc(s)
    return [f"{t} ({codes})", f"{codes} - {t}", f"{t}, code {codes}"][style]


def _dx(w: W, d: dict, style: int) -> str:
    cm = M("ICD10", d["codes"][0])
    t = M("DIAGNOSIS", d["text"])
    return [f"{t} ({cm})", f"{cm} {t}", f"{t} - ICD-10 {cm}"][style]


def _codes(c) -> str:
    return ", ".join(x for s in c.services for x in s["codes"])


# === 1. Georgia commercial: facial gender-affirming surgery ======================================================

_GA_SVC = [(["Forehead contouring (frontal bone)", "Forehead reduction, contouring only"], "21137"),
           (["Facial bone reduction osteoplasty", "Jaw angle reduction osteoplasty"], "21209"),
           (["Augmentation genioplasty", "Chin augmentation (genioplasty)"], "21120"),
           (["Primary rhinoplasty", "Rhinoplasty, nasal tip and cartilages"], "30400")]
_GA_DX = [(["Transsexualism"], "F64.0"), (["Gender identity disorder, unspecified"], "F64.9")]
_GA_DX2 = (["Personal history of sex reassignment"], "Z87.890")
_GA_CRIT = ["Kaiser Permanente Georgia Clinical Review Criteria: Gender-Affirming Facial Surgery",
            "KP Georgia Medical Policy: Gender-Affirming Procedures",
            "WPATH Standards of Care for the Health of Transgender and Gender Diverse People, Version 8"]
_GA_AREAS = ["404", "770", "678"]
_GA_HEALTHLINE = "404-365-0966 (toll free 1-800-611-1811)"


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b34_ga"):
        return
    c.extra["b34_ga"] = True
    _fmt(w, ("monnocomma", "dowslash", "dmonsp"), ("dotmdy", "dmonsp", "monnocomma"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA")
    pool = list(_GA_SVC)
    w.rng.shuffle(pool)
    n = 2 if w.chance(0.4) else 1
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in pool[:n]]
    t, code = w.pick(_GA_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    if w.chance(0.25):
        c.diagnoses.append(dict(text=_GA_DX2[0][0], codes=[_GA_DX2[1]]))
    c.extra["ga_why"] = w.pick(["assessment", "records", "photos"])
    _keep_timely(w, 13, (20, 34))
    c.service = None
    base = c.received or c.letter
    c.extra["ga_consult"] = D.next_business(base - dt.timedelta(days=w.rng.randint(9, 70)))
    c.extra["ga_support"] = c.extra["ga_consult"] - dt.timedelta(days=w.rng.randint(20, 200))
    c.extra["ga_surgery"] = D.next_business(c.letter + dt.timedelta(days=w.rng.randint(25, 90)))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, MD, FACS"])
    c.extra["ga_surg_last"] = last
    c.extra["ga_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_bh"] = person(w.rng, 0.1)[0] + w.pick([", LCSW", ", PhD", ", LPC", ", PsyD"])
    c.extra["ga_pcp"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["ga_fac"] = w.pick(facilities("GA"))
    c.extra["ga_sec"] = w.pick(["Exclusions, item 9", "Section 6.2 (Exclusions)", "Section 5, Exclusions and "
                                "Limitations, paragraph 4", "Part VII, Exclusions, page 61"])
    mn = c.category == "medical_necessity"
    c.criteria = []
    if mn and not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = w.rng.sample(_GA_CRIT, k=w.pick([1, 1, 2]))
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Coordinator", "Prior Authorization Specialist"],
                     ["RN", "RN, BSN", None])
    elif not mn and w.chance(0.5):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Plastic Surgery", "Plastic and Reconstructive Surgery", "Internal Medicine"],
                     ["Physician Reviewer", "Associate Medical Director, Utilization Management",
                      "Reviewing Physician"], _GA_AREAS, 0.4)
    c.extra["ga_phone"] = _phone(w, _GA_AREAS)
    c.extra["ga_fax"] = _phone(w, _GA_AREAS)
    c.extra["ga_case"] = f"GA-{w.rng.randint(24, 26)}-{w.rng.randint(100000, 999999)}"
    _flags(c)


def _ga_procs(c) -> str:
    return " and ".join(s["text"].lower() for s in c.services)


def reason_b34_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    one = len(c.services) == 1
    if _bare(c):
        if c.category == "not_covered":
            return w.pick(["This service is not covered.", "The requested surgery is not a covered benefit."])
        return w.pick(["The request does not meet medical necessity criteria.",
                       "Not medically necessary."])
    procs = _ga_procs(c)
    if c.category == "not_covered":
        return w.pick([
            f"Your plan covers gender-affirming chest and genital surgery, but it lists procedures that change the "
            f"face, such as {procs}, as cosmetic services, which the plan does not cover. For this reason the "
            f"{'procedure is' if one else 'procedures are'} excluded from your coverage even though your doctor "
            "recommended surgery.",
            f"We cannot approve {procs}. Your coverage excludes cosmetic surgery, and facial surgery to change the "
            "forehead, nose, chin or jaw is named in that exclusion; it is not covered whatever the reason for it.",
        ])
    why = c.extra["ga_why"]
    if why == "assessment":
        return w.pick([
            f"Our criteria for {procs} require a current written assessment from a qualified mental health "
            "professional confirming persistent gender incongruence and your capacity to consent. The only letter "
            "on file was written more than 12 months before the request and does not address facial surgery, so "
            "the request does not meet the criteria at this time.",
            f"The request for {procs} did not include the assessment by a qualified health professional that the "
            "criteria require (a recent letter confirming marked and sustained gender incongruence and that other "
            "health conditions are reasonably well controlled). Without it the surgery is not medically necessary "
            "under the criteria.",
        ])
    if why == "records":
        return w.pick([
            f"The records sent with the request do not show that your gender incongruence has been documented "
            f"over time or that the planned {procs} is part of a treatment plan agreed with your care team; the "
            "surgeon's note describes the request but not these findings, so the criteria are not met.",
            f"We found no notes from your treating clinicians documenting sustained gender incongruence and how "
            f"{procs} relates to your treatment goals. The criteria require this documentation before surgery is "
            "approved.",
        ])
    return w.pick([
        f"The surgeon's note does not describe the facial features to be changed or how {procs} would address "
        "them, and no facial analysis or photographs were sent. The criteria require this information to show "
        "the surgery is medically necessary for you.",
        f"To approve {procs} the criteria need the surgeon's facial assessment (the features involved and the "
        "planned change for each). The request has only the procedure codes, so medical necessity is not shown.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    ph = c.extra["ga_phone"]
    head(w.pick(["If you disagree with this decision", "Your right to appeal", "How to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter. Call the "
            f"utilization management unit at {ph}, write to the address at the top of this letter, or use the "
            "appeal form on kp.org. Your surgeon or anyone you name in writing may appeal for you.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this notice: by phone "
            f"({ph}), by mail to the address above, or online at kp.org. You may send written comments, records "
            "and a letter from your doctor, and you may name someone to act for you.",
        ])))
    b.append(w.p(w.pick([
        "We will decide a standard appeal within 30 days after we receive it.",
        "A standard appeal of a request for care is answered within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously jeopardize your life, your health or your ability to regain maximum "
            "function, you or your doctor can ask for an expedited appeal; we will decide it within 72 hours.",
            "Urgent situations: an expedited appeal is decided within 72 hours when your doctor tells us a standard "
            "time frame could seriously harm your health. Call us to ask for one.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "External review: after our final internal appeal decision you may ask for a review by an independent "
            "review organization (IRO) that has no ties to Kaiser Permanente. You must ask within 4 months after you "
            "receive the final decision (45 CFR 147.136). The review is free, and its decision is binding on us." +
            ("" if _has(c, "notice.expedited_review") else " In urgent cases you may ask for an expedited external "
                                                          "review at the same time as an expedited appeal."),
            "You also have the right to an external review by an independent review organization. Ask within 4 "
            "months after you receive our final internal appeal decision; there is no cost to you. Federal rules at "
            "45 CFR 147.136 apply.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with an appeal or a complaint about your coverage you may also contact the Georgia Office of "
            "Commissioner of Insurance (Consumer Services).",
            "The Georgia Office of Commissioner of Insurance, Consumer Services, can help you with questions about "
            "your appeal rights.",
        ])))
    b.append(w.p(w.pick([
        "You may ask us for free copies of all documents, records and criteria relevant to this decision, and for "
        "the diagnosis and treatment codes on your request and what they mean.",
        "At no charge, we will send you the records and guidelines we used, and the diagnosis and procedure codes "
        "with their meanings, if you ask.",
    ])))
    b.append(w.p(w.pick([
        f"Questions about this letter: {ph} (fax {c.extra['ga_fax']}), Monday through Friday. To make an "
        f"appointment or get advice, call the Health Line at {_GA_HEALTHLINE}.",
        f"Call the utilization management unit at {ph} with questions. For appointments and advice, the Health "
        f"Line is {_GA_HEALTHLINE}.",
    ])))


def t_b34_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 two newspaper columns, 1 footnotes, 2 request-at-a-glance table
    st = _style(w, ["helvetica", "times"], [9.5, 10.0] if variant == 0 else [10.0, 10.5], [54.0, 60.0, 66.0])
    case = c.extra["ga_case"]
    ph, fax = c.extra["ga_phone"], c.extra["ga_fax"]
    st.footer = [w.pick([f"Case {case} | Page {{page}} of {{pages}}", "Kaiser Permanente Georgia | {page}",
                         f"{case} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    mn = c.category == "medical_necessity"
    urgent = c.urgency == "expedited"
    svcs = join_and([_svc(w, s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(_dx(w, d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    consult, support, surgery = (_fd(w, c.extra[k]) for k in ("ga_consult", "ga_support", "ga_surgery"))
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", w.pick(["Utilization Management", "Prior Authorization "
                                                                "Review", "Clinical Review Unit"])],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.",
                          "Nine Piedmont Center, 3495 Piedmont Road NE, Atlanta, GA 30305",
                          f"Phone {ph}  |  Fax {fax}"]))
    notes: list[str] = []
    sup = ["\u00b9", "\u00b2", "\u00b3"]

    # the short facts, in a table at the top (variant 2)
    if variant == 2:
        due = c.letter + dt.timedelta(days=c.appeal_days) if c.appeal_days else None
        rows = [[w.pick(["Request at a glance", "Your request at a glance"]), ""],
                ["Member", w.name()], ["Member ID", w.mid()], ["Case number", case],
                ["Date of this letter", _dm(w, "DATE_LETTER", c.letter, "dotmdyy")],
                ["Requested by", prov], ["Procedure codes", _codes(c)]]
        if c.received:
            rows.append(["Request received", _dm(w, "DATE_RECEIVED", c.received, "dotmdyy")])
        rows.append(["Review type", "Expedited (urgent)" if urgent else "Standard"])
        rows.append(["Decision", w.pick(["Not approved", "Denied"])])
        if c.decision:
            rows.append(["Decision date", _dm(w, "DATE_DECISION", c.decision, "dotmdyy")])
        if due:
            rows.append(["Appeal by", b34date(due, "dotmdyy")])
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p(w.name(), space_before=12))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b34_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}   Case: {case}   Plan: {w.pick(['KP Georgia HMO', 'Kaiser Permanente HMO (fully insured group)', 'Individual and Family HMO'])}",
                 size=st.size - 0.5, space_before=8))
    title = w.pick(["Notice of Denial: Request for Surgery", "Your request for gender-affirming facial surgery",
                    "Prior authorization decision"])
    if urgent:
        title = w.pick(["EXPEDITED REVIEW - ", "Urgent request: "]) + title
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    greet = w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"])
    intro = w.pick([f"Your surgeon, {prov}, asked us to approve {svcs}.",
                    f"We reviewed a request from {prov} for {svcs}."])
    if urgent:
        intro += w.pick([" The request was marked urgent, and we reviewed it on an expedited basis.",
                         " Because your doctor asked for a fast review, we handled it as expedited."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if dec:
        intro += w.pick([f" We decided it on {dec}.", f" The decision was made on {dec}."])
    decision = w.pick(["We are not able to approve this request.", "This request is denied.",
                       "After review, we have denied the request."])
    context = w.pick([
        f"We reviewed your office consultation with plastic surgery on {consult} (CPT 99244, which was covered) "
        f"and the letter from {c.extra['ga_bh']} dated {support}.",
        f"The file includes the consultation note of {consult} at {c.extra['ga_fac']} and a letter of support "
        f"from {c.extra['ga_bh']} written on {support}. The consultation itself (99244) was a covered visit.",
    ])
    plan_ref = ""
    if not mn and not _has(c, "notice.plan_provision"):
        plan_ref = w.pick([f"Evidence of Coverage, {c.extra['ga_sec']}: cosmetic services are not covered.",
                           f"See your Evidence of Coverage, {c.extra['ga_sec']} (cosmetic services)."])
    crit = (join_and([M("CRITERIA", x) for x in c.criteria]) if c.criteria else "")
    rline = ""
    if c.reviewer:
        rline = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            rline += f" Your surgeon may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
    nxt = "" if _bare(c) else w.pick([
        f"Your surgeon may send a new request with the missing information. The surgery date your surgeon "
        f"proposed ({surgery}) is not confirmed by this letter.",
        f"If your surgery was being planned for {surgery}, please talk with your surgeon before that date.",
    ])
    if variant == 0:
        items = [greet, "", intro, "", "**" + w.pick(["Our decision", "What we decided"]), decision, "",
                 "**" + w.pick(["Diagnosis", "Diagnoses on the request"]), dxs, "",
                 "**" + w.pick(["What we looked at", "Information we reviewed"]), context]
        if rline:
            items += ["", rline]
        if plan_ref:
            items += ["", "**" + w.pick(["Plan terms", "Your coverage"]), plan_ref]
        if nxt:
            items += ["", "**" + w.pick(["What happens next", "Next steps"]), nxt]
        b.append(Block("columns", left=items, space_before=10, boxed=True))
        b.append(w.h(w.pick(["The reason for our decision", "Why we denied the request"]), space_before=8))
        b.append(w.p(M("REASON", w.reason), boxed=True, space_before=2))
        if crit:
            b.append(w.p(w.pick(["Criteria used: ", "We applied "]) + crit + "."))
        b.append(Block("pagebreak"))
        _ga_rights(w, b, lambda t: b.append(w.h(t, space_before=10)))
    else:
        b.append(w.p(greet, space_before=8))
        b.append(w.p(intro))
        b.append(w.p(decision + " " + w.pick(["Diagnosis: ", "Diagnoses: "]) + dxs + "."))
        b.append(w.h(w.pick(["Reason for the decision", "Why we made this decision"]), space_before=9))
        reason = M("REASON", w.reason)
        if variant == 1 and (plan_ref or crit):  # the reason calls footnote 1
            reason += sup[0]
            notes.append(sup[0] + " " + (plan_ref or w.pick(["Criteria applied: ", "Guideline: "]) + crit + "."))
        b.append(w.p(reason))
        if variant != 1:
            if crit:
                b.append(w.p(w.pick(["Criteria used: ", "We applied "]) + crit + "."))
            if plan_ref:
                b.append(w.p(plan_ref))
        b.append(w.p(context))
        if rline:
            b.append(w.p(rline))
        if nxt:
            b.append(w.p(nxt))
        if variant == 1:
            k = len(notes)
            line = w.pick([f"You have {M('APPEAL_DAYS', c.appeal_phrase)} to appeal.",
                           f"If you disagree, you may appeal within {M('APPEAL_DAYS', c.appeal_phrase)}."])
            if not _has(c, "notice.external_review"):
                line += " " + w.pick(["After our final appeal decision, an independent external review is also "
                                      "available", "You may then ask for an independent external review"]) + sup[k]
                notes.append(sup[k] + " " + w.pick([
                    "45 CFR 147.136 (internal claims and appeals and external review for group and individual "
                    "health coverage).", "Federal rule on internal appeals and external review: 45 CFR 147.136."]))
                line += "."
            b.append(w.p(line + w.pick([" Details are on the next page.", " See page 2."]), space_before=8))
            if notes:
                b.append(Block("footnotes", left=notes, space_before=10))
            else:
                b.append(Block("pagebreak"))
        _ga_rights(w, b, lambda t: b.append(w.h(t, space_before=10)))
    _signature(w, b, "Utilization Management", "Kaiser Permanente Georgia", w.pick(["Sincerely,", "Regards,"]))
    b.append(w.p(f"cc: {prov} (NPI {c.extra['ga_npi']}); {c.extra['ga_pcp']}, primary care", size=8.4,
                 space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are available at no cost. Call {ph}.",
                             f"Need this letter in another language or format? It is free: {ph}."]),
                     space_before=6))
    b += _lang_lines(w, "GA", ph, w.pick([None, "Language assistance"]))
    return b, st, ["ga_two_columns", "ga_footnotes", "ga_glance_table"][variant]


BLIND34_TEMPLATES["blind34_ga_commercial_gender_affirming"] = (t_b34_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["initial_denial"], cats=["not_covered", "medical_necessity"],
    reason=reason_b34_ga))
MODELED_ON["blind34_ga_commercial_gender_affirming"] = (
    "blind34: Kaiser Permanente Georgia fully insured HMO denial of facial gender-affirming surgery (21137, 21209, "
    "21120, 30400) as a cosmetic exclusion or for missing documentation under the criteria; two newspaper columns, "
    "footnoted citations, or a request-at-a-glance table; 180-day appeal, 30-day and 72-hour appeals, IRO external "
    "review within 4 months (45 CFR 147.136), Georgia Office of Commissioner of Insurance by name, free copies and "
    "codes, the Health Line, taglines")


# === 2. Southern California D-SNP integrated denial notice: hospital bed and support surfaces =====================

_DS_BED = (["Hospital bed, semi-electric, with side rails and mattress",
            "Semi-electric hospital bed (head and foot adjust) with rails and mattress"], "E0260")
_DS_MAT = {"E0277": (["Powered pressure-reducing air mattress", "Alternating pressure air mattress, powered"], 2),
           "E0184": (["Dry pressure mattress", "Pressure-reducing foam mattress (dry)"], 1)}
_DS_DX_BED = [(["Difficulty in walking, not elsewhere classified"], "R26.2"),
              (["Muscle weakness (generalized)"], "M62.81"),
              (["Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side"], "I69.351"),
              (["Bed confinement status"], "Z74.01")]
_DS_DX_ULCER = [(["Pressure ulcer of sacral region, stage 2"], "L89.152")]
_DS_RULES = {"bed": "Medicare Local Coverage Determination: Hospital Beds and Accessories",
             1: "Medicare Local Coverage Determination: Pressure Reducing Support Surfaces - Group 1",
             2: "Medicare Local Coverage Determination: Pressure Reducing Support Surfaces - Group 2"}
_DS_INTERNAL = ["Kaiser Permanente Southern California DME Criteria: Beds and Support Surfaces",
                "InterQual Durable Medical Equipment Criteria: Support Surfaces"]
_DS_AREAS = ["626", "909", "951", "714", "562", "818", "323", "760"]
_DS_MS = "1-800-443-0815"
_DS_SUPPLIERS = ["Foothill Home Medical Supply", "Inland Valley DME Services", "Coastline Medical Equipment",
                 "San Gabriel Home Care Products"]
_DS_PLAN = ["Kaiser Permanente Senior Advantage Medicare Medi-Cal Plan (HMO D-SNP)",
            "KP Senior Advantage Medicare Medi-Cal (HMO D-SNP)"]


def _ds_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b34_ds"):
        return
    c.extra["b34_ds"] = True
    _fmt(w, ("dowslash", "dotmdy", "monnocomma"), ("dotmdy", "monnocomma", "dmonsp"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    what = c.extra["ds_what"] = w.pick(["bed", "bed", "bedmat", "mat", "mat"])
    mcode = w.pick(["E0277", "E0277", "E0184"])
    c.extra["ds_group"] = _DS_MAT[mcode][1] if what != "bed" else None
    c.services = []
    if what in ("bed", "bedmat"):
        c.services.append(dict(text=w.pick(_DS_BED[0]), codes=[_DS_BED[1]], decision="denied"))
    if what in ("mat", "bedmat"):
        c.services.append(dict(text=w.pick(_DS_MAT[mcode][0]), codes=[mcode], decision="denied"))
    dx = list(_DS_DX_BED)
    w.rng.shuffle(dx)
    c.diagnoses = [dict(text=t[0], codes=[code]) for t, code in dx[: w.rng.randint(1, 2)]]
    if what != "bed" and mcode == "E0277":  # a group 1 surface is never denied to a member with an ulcer
        t, code = _DS_DX_ULCER[0]
        c.diagnoses.insert(0, dict(text=t[0], codes=[code]))
    c.extra["ds_ulcer"] = next((d["codes"][0] for d in c.diagnoses if d["codes"][0].startswith("L89")), None)
    # MA: 72 hours fast, 7 calendar days standard (2026) / 14 (2025); untimely beyond either
    _keep_timely(w, 6, (16, 26))
    c.service = None
    base = c.received or c.letter
    c.extra["ds_visit"] = base - dt.timedelta(days=w.rng.randint(2, 21))
    c.extra["ds_wound"] = c.extra["ds_visit"] - dt.timedelta(days=w.rng.randint(1, 12))
    c.extra["ds_cm"] = round(w.rng.uniform(1.2, 3.4), 1)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["ds_visitor"] = person(w.rng, 0.1)[0] + w.pick([", RN (home health)", ", PT", ", RN, CWON"])
    c.extra["ds_cc"] = person(w.rng, 0.1)[0]
    c.extra["ds_cc_ph"] = _phone(w, _DS_AREAS)
    c.extra["ds_supplier"] = (w.pick(_DS_SUPPLIERS), _phone(w, _DS_AREAS))
    c.extra["ds_cin"] = f"9{w.rng.randint(10**6, 10**7 - 1)}{w.pick('ABCDEFG')}"
    c.extra["ds_notice"] = f"IDN-{w.rng.randint(100, 999)}-{w.rng.randint(100000, 999999)}"
    c.extra["ds_phone"] = _phone(w, _DS_AREAS)
    c.extra["ds_fax"] = _phone(w, _DS_AREAS)
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_DS_INTERNAL)]
    else:
        c.criteria = ([_DS_RULES["bed"]] if what != "mat" else []) + \
                     ([_DS_RULES[c.extra["ds_group"]]] if what != "bed" else [])
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["DME Review Coordinator", "Utilization Review Nurse", "Authorization Specialist"],
                     ["RN", "LVN", None])
    elif w.chance(0.15):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Physical Medicine and Rehabilitation", "Geriatric Medicine", "Internal Medicine"],
                     ["Physician Reviewer", "Medical Director, DME Review", "Utilization Management Physician"],
                     _DS_AREAS, 0.35)
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 65
        c.appeal_phrase = w.pick(["65 calendar days", "65 days"])
    _flags(c)


def reason_b34_ds(w: W) -> str:
    _ds_setup(w)
    c = w.c
    what = c.extra["ds_what"]
    if _bare(c):
        return w.pick(["The equipment is not medically necessary.", "Medicare coverage rules are not met.",
                       "Your request does not meet coverage criteria."])
    bed = w.pick([
        "Medicare covers a hospital bed when your condition needs body positions an ordinary bed cannot give, such "
        "as keeping your head raised more than 30 degrees most of the time, or when you need special attachments. "
        "Your doctor's notes and the home visit report say you get in and out of bed yourself and walk in the "
        "house with a walker, and they do not describe a need for these positions. A semi-electric bed is "
        "therefore not medically necessary for you.",
        "The information we received does not show a medical need for a hospital bed: you sleep in your own bed, "
        "move in and out of it on your own, and no condition is described that requires the head of the bed "
        "raised more than 30 degrees or frequent changes in position that only a hospital bed allows.",
    ])
    if c.extra["ds_group"] == 2:
        cm = c.extra["ds_cm"]
        mat = w.pick([
            "A powered air mattress is covered when you have several stage 2 pressure ulcers on the trunk or "
            "pelvis that have not improved over the past month on a group 1 support surface, or a large or deep "
            f"(stage 3 or 4) ulcer. Your records show one stage 2 sore on the sacrum, {cm} cm across and getting "
            "smaller, and no month of care on a group 1 mattress or overlay.",
            f"Your wound notes describe a single {cm} cm stage 2 pressure sore over the sacrum that is healing, "
            "and you have not used a group 1 support surface. The rules for a powered air mattress need multiple "
            "or deeper ulcers that did not improve on a group 1 surface, so it is not medically necessary now.",
        ])
    else:
        mat = w.pick([
            "A dry pressure mattress is covered when you cannot change position in bed without help, or when you "
            "have limited mobility or a pressure ulcer together with risk factors such as poor nutrition or "
            "incontinence. Your records show you turn and get up on your own and have no pressure ulcer or "
            "such risk factors.",
            "The notes we reviewed say you move about in bed and get up without help, your skin is intact or has "
            "only redness that goes away, and no poor nutrition or incontinence is recorded, so the coverage "
            "conditions for a pressure-reducing mattress are not met.",
        ])
    if what == "bed":
        return bed
    if what == "mat":
        return mat
    return bed + " " + mat


def _ds_svcs(w: W) -> str:
    return join_and([_svc(w, s, w.rng.randrange(3)) for s in w.c.services])


def _ds_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    head(w.pick(["YOUR RIGHT TO APPEAL", "What if I don't agree with this decision?", "Your appeal rights"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You can ask us to look at this decision again. This is called an appeal. You must ask within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Call {_DS_MS} (TTY 711), write to "
            "the address on this notice, or fax your request. Your doctor or someone you choose can ask for you.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice: by phone "
            f"at {_DS_MS} (TTY 711), by mail, or by fax to {c.extra['ds_fax']}. A representative or your doctor may "
            "appeal for you.",
        ]), size=size))
    b.append(w.p(w.pick([
        "Standard appeal: we will give you our answer within 30 calendar days.",
        "We decide a standard appeal within 30 calendar days after we get it.",
    ]), size=size))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if waiting 30 days could seriously harm your health or your ability to function, ask for "
            "a fast appeal. If your doctor asks for it or supports it, we will give you a fast appeal and answer "
            "within 72 hours.",
            "You can ask for a fast (expedited) appeal if your health could be seriously harmed by waiting. We "
            "answer a fast appeal within 72 hours; any doctor can ask for one for you.",
        ]), size=size))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we do not decide your appeal fully in your favor, we will automatically send your case to an "
            "Independent Review Entity for Medicare. You do not have to ask for this. Later levels include a "
            "hearing before an Administrative Law Judge.",
            "Medicare: if we keep our decision, your appeal goes on its own to the Independent Review Entity, an "
            "organization that Medicare contracts with and that is not part of Kaiser Permanente.",
        ]), size=size))
        b.append(w.p(w.pick([
            "Medi-Cal: after we decide your appeal, you may ask for a State Hearing within 120 days of the date of "
            "our appeal decision. If we do not decide your appeal within 30 days, you may ask for a State Hearing "
            "right away. Call the California Department of Social Services at (800) 743-8525 or (800) 952-5253 "
            "(TDD (800) 952-8349), or write to CDSS State Hearings Division, P.O. Box 944243, Mail Station "
            "9-17-37, Sacramento, CA 94244-2430.",
            "State Hearing (Medi-Cal): you have 120 days from the date of our appeal decision to ask for one, or "
            "you may ask at once if we have not decided your appeal in 30 days. Phone (800) 743-8525 or "
            "(800) 952-5253, TDD (800) 952-8349; mail: CDSS State Hearings Division, P.O. Box 944243, Mail Station "
            "9-17-37, Sacramento, CA 94244-2430.",
        ]), size=size))
    b.append(w.p(w.pick([
        "You can ask for a free copy of your case file, including the records and the coverage rules we used.",
        "You may get free copies of the information we used to make this decision; just ask.",
    ]), size=size))
    b.append(w.p(w.pick([
        "Free help: the Health Insurance Counseling and Advocacy Program (HICAP) at 1-800-434-0222; the Medi-Cal "
        "Managed Care Ombudsman at 1-888-452-8609; Medicare at 1-800-MEDICARE (1-800-633-4227), TTY "
        "1-877-486-2048.",
        "Where to get help: HICAP 1-800-434-0222 (free Medicare counseling). Office of the Ombudsman for Medi-Cal "
        "1-888-452-8609. 1-800-MEDICARE (1-800-633-4227); TTY users 1-877-486-2048.",
    ]), size=size))


def _ds_other(w: W) -> str:
    c = w.c
    visit, wound = _fd(w, c.extra["ds_visit"]), _fd(w, c.extra["ds_wound"])
    sup, sup_ph = c.extra["ds_supplier"]
    out = w.pick([
        f"We reviewed the order from {M('PROVIDER', c.provider)}, the home visit note by {c.extra['ds_visitor']} "
        f"dated {visit}",
        f"Records reviewed: the order of {M('PROVIDER', c.provider)}; a home assessment by "
        f"{c.extra['ds_visitor']} on {visit}",
    ])
    if c.extra["ds_ulcer"]:
        out += w.pick([f", and wound measurements taken on {wound}.", f"; wound care notes of {wound}."])
    else:
        out += "."
    out += w.pick([f" The supplier, {sup} ({sup_ph}), has been told of this decision.",
                   f" Equipment supplier on the order: {sup}, {sup_ph}."])
    if c.extra["ds_what"] != "bed" and not _bare(c):
        out += w.pick([" Your doctor may order a gel or foam overlay for your own mattress (E0185) instead.",
                       " A pressure-reducing gel overlay (E0185) can be ordered by your doctor if needed."])
    return out


def t_b34_ds(w: W):
    _ds_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 the form with boxes and check boxes, 1 plain letter, 2 faxed copy
    st = _style(w, ["helvetica", "times", "courier"] if variant == 2 else ["helvetica", "times"],
                [9.5, 10.0], [52.0, 58.0, 64.0])
    urgent = c.urgency == "expedited"
    notice = c.extra["ds_notice"]
    ph, fax = c.extra["ds_phone"], c.extra["ds_fax"]
    plan = w.pick(_DS_PLAN)
    st.footer = [w.pick([f"Notice {notice} - page {{page}} of {{pages}}", "H0524 IDN {page}",
                         f"{notice} / {{page}}"])] if variant != 2 else [f"{notice}"]
    st.footer_align = w.pick(["center", "left"])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []
    if variant == 2:  # the fax machine's line atop every page, and a cover page
        sent = c.letter if w.chance(0.5) else D.add_business(c.letter, 1)
        hh, mm = w.rng.randint(7, 17), w.rng.randint(0, 59)
        clock = f"{(hh - 1) % 12 + 1:02d}:{mm:02d}{'AM' if hh < 12 else 'PM'}"
        office = w.pick(["Sunrise Post-Acute Care, Case Management", "Arroyo Home Health Agency",
                         "Mission Hills Skilled Nursing, Social Services", f"Office of {c.provider}"])
        to_fax = _phone(w, _DS_AREAS, 1)
        st.header = [f"{b34date(sent, 'faxcaps')} {clock}  FROM: KP SCAL DME REVIEW {fax}  TO: {to_fax}  "
                     "P. {page}/{pages}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX TRANSMITTAL", size=st.size + 5, space_before=4))
        b.append(Block("fields", rows=[["To:", office, "Fax:", to_fax],
                                       ["Attn:", person(w.rng, 0.1)[0], "Date sent:", b34date(sent, "aposnc")],
                                       ["From:", "Kaiser Permanente DME Review", "Phone:", ph],
                                       ["Re:", "Copy of integrated denial notice", "Notice #:", notice]],
                       size=st.size, space_before=12))
        b.append(w.p(w.pick([
            "A copy of the notice our member received is attached for your records. Please share it with the "
            "member's care team. No action is needed from you unless you help the member appeal.",
            "Attached is the member's denial notice, sent to you at the member's request. Please call us with "
            "questions.",
        ]), space_before=14))
        b.append(w.p("CONFIDENTIAL: This fax contains protected health information. If you received it in error, "
                     f"call {ph} and destroy all copies.", size=st.size - 1, space_before=18, italic=True))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California", w.pick(["Medicare Medi-Cal Plan (HMO D-SNP)",
                                                                            "Senior Advantage Medi-Cal (HMO D-SNP)"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "DME Utilization Review, P.O. Box 7136",
                          "Pasadena, CA 91109", f"Tel. {ph}  Fax {fax}"]))
    title = w.pick(["Integrated Denial Notice", "INTEGRATED DENIAL NOTICE",
                    "Notice of Denial of Medical Coverage (Integrated Notice)"])
    sub = w.pick(["For members who have both Medicare and Medi-Cal", "Medicare and Medi-Cal coverage decision"])
    svcs = _ds_svcs(w)
    dxs = "; ".join(_dx(w, d, w.rng.randrange(3)) for d in c.diagnoses)
    if variant == 0:
        b.append(w.h(title, size=st.size + 3, align="center", space_before=8))
        b.append(w.p(sub, align="center", space_before=0))
        b.append(Block("fields", rows=[["Date of this notice:", _dm(w, "DATE_LETTER", c.letter), "Notice number:",
                                        notice],
                                       ["Member name:", w.name(), "Member ID:", w.mid()],
                                       ["Medi-Cal CIN:", c.extra["ds_cin"], "Plan:", "HMO D-SNP"]],
                       size=st.size - 0.5, space_before=10))
        b += [w.p(x, space_before=0, indent=12) for x in c.member_addr]
        tick = ("[X]", "[ ]") if not urgent else ("[ ]", "[X]")
        kind = f"{tick[0]} Standard decision     {tick[1]} Fast (expedited) decision"
        if _has(c, "notice.expedited_review"):  # the omission: the form offers no fast track at all
            kind = "[X] Standard decision"
        boxes = [
            ("Type of review", kind),
            ("What was asked for", f"{svcs}, ordered by {M('PROVIDER', c.provider)}." +
             (f" Request received: {rec}." if rec else "")),
            ("Diagnosis", dxs + "."),
            ("Our decision", "[X] Denied     [ ] Partly approved     [ ] Approved" +
             (f"     Decided on: {dec}" if dec else "")),
            ("Why we said no", M("REASON", w.reason)),
        ]
        if c.criteria:
            boxes.append(("Coverage rules used", join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        if c.reviewer:
            boxes.append(("Decision made by", _who(w, "", ".") + (
                f" Direct line for your doctor: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
                if c.reviewer["phone"] else "")))
        boxes.append(("Other information", _ds_other(w)))
        for k, (lab, txt) in enumerate(boxes, 1):
            b.append(w.h(f"{k}. {lab}", space_before=6, size=st.size - 0.5))
            b.append(w.p(txt, boxed=True, space_before=1))
        b.append(Block("pagebreak"))
        _ds_rights(w, b, lambda t: b.append(w.h(t, space_before=9, size=st.size + 0.5)), st.size)
        b.append(w.p(w.pick(["Check the boxes that apply and return this page only if you want to appeal:",
                             "To appeal in writing, tick a box, sign and mail or fax this page:"]), space_before=10))
        b.append(w.p("[ ] I want a standard appeal" + ("" if _has(c, "notice.expedited_review") else
                                                       "     [ ] I want a fast appeal"), indent=12))
        b.append(Block("fields", rows=[["Signature:", "", "Date:", ""]], space_before=6))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b34_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}   Medi-Cal CIN: {c.extra['ds_cin']}   Notice: {notice}",
                     size=st.size - 0.5, space_before=8))
        b.append(w.h(title, space_before=10, size=st.size + 2))
        b.append(w.p(sub, italic=True, space_before=0))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        intro = w.pick([f"As a member of {plan}, you asked us, through {M('PROVIDER', c.provider)}, to cover "
                        f"{svcs}.",
                        f"{M('PROVIDER', c.provider)} asked us to approve {svcs} for you."])
        if urgent:
            intro += w.pick([" Your doctor asked for a fast decision, so we made one within 72 hours.",
                             " This was a fast (expedited) request."])
        if rec:
            intro += w.pick([f" We got the request on {rec}.", f" The request came in on {rec}."])
        if dec:
            intro += w.pick([f" We made our decision on {dec}.", f" We decided on {dec}."])
        intro += w.pick([" We have denied this request.", " We are not able to approve it."])
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnosis: ", "Your diagnoses: "]) + dxs + "."))
        b.append(w.h(w.pick(["Why we denied your request", "Reason for our decision"]), space_before=9))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p(w.pick(["We used Medicare's coverage rules: ", "Rules we applied: "]) +
                         join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        if c.reviewer:
            line = _who(w, w.pick(["A doctor reviewed this request: ", "Reviewed by "]), ".")
            if c.reviewer["phone"]:
                line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            b.append(w.p(line))
        b.append(w.p(_ds_other(w)))
        b.append(w.p(w.pick([f"Your care coordinator, {c.extra['ds_cc']}, can help you at {c.extra['ds_cc_ph']}.",
                             f"Questions? Your care coordinator is {c.extra['ds_cc']} ({c.extra['ds_cc_ph']})."])))
        _ds_rights(w, b, lambda t: b.append(w.h(t, space_before=10, size=st.size + 0.5)), st.size)
        _signature(w, b, "DME Utilization Review", "Kaiser Permanente Southern California",
                   w.pick(["Sincerely,", "Respectfully,"]))
    b.append(w.p(w.pick([f"Member Services: {_DS_MS} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.",
                         f"Call Member Services at {_DS_MS}, TTY 711, 8 a.m. - 8 p.m., seven days a week."]),
                 space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"You can get this notice free in other languages or formats. Call {_DS_MS} (TTY 711).",
                             f"Interpreter services are free of charge: {_DS_MS} (TTY 711)."]), space_before=4))
    b += _lang_lines(w, "SCAL", f"{_DS_MS} (TTY 711)", w.pick([None, "Help in your language"]))
    return b, st, ["dsnp_form", "dsnp_plain_letter", "dsnp_fax_copy"][variant]


BLIND34_TEMPLATES["blind34_scal_dsnp_integrated_notice"] = (t_b34_ds, dict(
    plans=["medicare_advantage"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b34_ds))
MODELED_ON["blind34_scal_dsnp_integrated_notice"] = (
    "blind34: Kaiser Permanente Southern California Medicare Medi-Cal D-SNP integrated denial notice for a "
    "semi-electric hospital bed (E0260) and/or a pressure-reducing mattress (E0277, E0184) under Medicare's rules for "
    "beds and support surfaces; a form with numbered boxes and check boxes, a plain letter, or a faxed copy with a "
    "fax line on every page; 65-day appeal, 30-day and 72-hour appeals, automatic Independent Review Entity, "
    "Medi-Cal State Hearing within 120 days, free case file, HICAP, Medi-Cal ombudsman, 1-800-MEDICARE, taglines")


# === 3. Northwest commercial: fertility preservation before cancer treatment ====================================

_NW_PATH = {
    "oocyte": [(["Oocyte retrieval (follicle puncture)", "Egg retrieval by follicle puncture"], "58970"),
               (["Cryopreservation of mature oocytes", "Egg freezing (mature oocytes)"], "89337")],
    "embryo": [(["Oocyte retrieval (follicle puncture)", "Egg retrieval by follicle puncture"], "58970"),
               (["Cryopreservation of embryos", "Embryo freezing"], "89258")],
    "sperm": [(["Cryopreservation of sperm", "Sperm banking (cryopreservation)"], "89259")],
}
_NW_STORE = {"oocyte": (["Oocyte storage, per year", "Storage of frozen eggs, first year"], "89346"),
             "sperm": (["Semen storage, per year", "Storage of frozen sperm, first year"], "89343")}
_NW_CANCER = {
    "oocyte": [(["Malignant neoplasm of unspecified site of right female breast"], "C50.911", "breast"),
               (["Malignant neoplasm of unspecified site of left female breast"], "C50.912", "breast"),
               (["Hodgkin lymphoma, unspecified, unspecified site"], "C81.90", "lymphoma"),
               (["Diffuse large B-cell lymphoma, unspecified site"], "C83.30", "lymphoma")],
    "sperm": [(["Malignant neoplasm of right testis, unspecified whether descended or undescended"], "C62.91",
               "testis"),
              (["Malignant neoplasm of left testis, unspecified whether descended or undescended"], "C62.92",
               "testis"),
              (["Hodgkin lymphoma, unspecified, unspecified site"], "C81.90", "lymphoma"),
              (["Acute lymphoblastic leukemia not having achieved remission"], "C91.00", "leukemia")],
}
_NW_Z = (["Encounter for fertility preservation procedure"], "Z31.84")
_NW_LOWRISK = {"breast": "lumpectomy followed by radiation to the breast and tamoxifen, without chemotherapy",
               "lymphoma": "four cycles of ABVD chemotherapy, a regimen the oncology note rates as low risk to "
                           "fertility",
               "testis": "a single dose of carboplatin after orchiectomy, which the oncology note rates as low risk "
                         "to fertility",
               "leukemia": "induction with vincristine, steroids and asparaginase, which the oncology note rates as "
                           "low risk to fertility"}
_NW_CRIT = ["Kaiser Permanente Northwest Clinical Review Criteria: Fertility Preservation Before Gonadotoxic "
            "Treatment", "ASCO Clinical Practice Guideline: Fertility Preservation in Patients With Cancer"]
_NW_CLINICS = ["Willamette Reproductive Health", "Columbia Gorge Fertility Partners", "Cascade Fertility Center"]
_NW_WA_CITIES = [("Vancouver", "986"), ("Camas", "986"), ("Battle Ground", "986"), ("Longview", "986")]


def _nw_addr(w: W) -> list[str]:
    if w.c.state == "OR":
        return address(w.rng, "OR")
    city, zp = w.pick(_NW_WA_CITIES)
    street = f"{w.rng.randint(100, 19999)} {w.pick(['NE', 'SE', 'NW'])} {_ordinal(w.rng.randint(4, 199))} " \
             f"{w.pick(['Street', 'Avenue', 'Way', 'Circle'])}"
    return [street, f"{city}, WA {zp}{w.rng.randint(0, 99):02d}"]


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b34_nw"):
        return
    c.extra["b34_nw"] = True
    _fmt(w, ("monnocomma", "dmonsp", "dowslash"), ("monnocomma", "dotmdy", "dowslash"))
    c.region = "Northwest"
    c.member_addr = _nw_addr(w)
    path = c.extra["nw_path"] = w.pick(["oocyte", "oocyte", "embryo", "sperm", "sperm"])
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in _NW_PATH[path]]
    if path in _NW_STORE and w.chance(0.4):
        t, code = _NW_STORE[path]
        c.services.append(dict(text=w.pick(t), codes=[code], decision="denied"))
    t, code, site = w.pick(_NW_CANCER["sperm" if path == "sperm" else "oocyte"])
    c.extra["nw_site"] = site
    c.diagnoses = [dict(text=t[0], codes=[code]), dict(text=_NW_Z[0][0], codes=[_NW_Z[1]])]
    if w.chance(0.3):
        c.diagnoses.reverse()
    _keep_timely(w, 13, (20, 34))
    c.service = None
    urgent = c.urgency == "expedited"
    base = c.received or c.letter
    c.extra["nw_onc_visit"] = base - dt.timedelta(days=w.rng.randint(1, 12))
    c.extra["nw_lab"] = c.extra["nw_onc_visit"] - dt.timedelta(days=w.rng.randint(0, 9))
    c.extra["nw_chemo"] = D.next_business(c.letter + dt.timedelta(days=w.rng.randint(4, 12) if urgent else
                                                                   w.rng.randint(14, 40)))
    hh, mm = w.rng.randint(8, 17), w.pick([0, 10, 15, 25, 30, 40, 45, 50])
    c.extra["nw_call"] = f"{(hh - 1) % 12 + 1}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"
    rei, _, _ = person(w.rng, 0.15)
    onc, _, _ = person(w.rng, 0.15)
    if w.chance(0.6):  # the fertility specialist asks; the oncologist is another doctor
        c.provider = w.pick([f"{rei}, MD", f"Dr. {rei}"])
        c.extra["nw_other"] = (f"Dr. {onc}", w.pick(["oncologist", "hematologist-oncologist"]))
        c.extra["nw_req_role"] = "fertility specialist"
    else:
        c.provider = w.pick([f"{onc}, MD", f"Dr. {onc}"])
        c.extra["nw_other"] = (f"Dr. {rei}", "reproductive endocrinologist")
        c.extra["nw_req_role"] = "oncologist"
    c.extra["nw_clinic"] = (w.pick(_NW_CLINICS), _phone(w, ["503", "971", "360"]))
    c.extra["nw_fac"] = w.pick(facilities("OR"))
    c.extra["nw_sec"] = w.pick(["Exclusions, Fertility services", "Section 6 (Exclusions and Limitations), "
                                "item 11", "Benefit Exclusions, page 48"])
    mn = c.category == "medical_necessity"
    c.criteria = []
    if mn and not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = w.rng.sample(_NW_CRIT, k=w.pick([1, 1, 2]))
    areas = ["503", "971"] if c.state == "OR" else ["360"]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Referral Coordinator", "Prior Authorization Analyst"],
                     ["RN", None])
    elif not mn and w.chance(0.5):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Reproductive Endocrinology and Infertility", "Obstetrics and Gynecology",
                         "Hematology and Oncology", "Urology"],
                     ["Physician Reviewer", "Medical Director, Utilization Review", "Reviewing Physician"], areas, 0.4)
    c.extra["nw_phone"] = _phone(w, areas)
    c.extra["nw_fax"] = _phone(w, areas)
    c.extra["nw_ref"] = f"NW{w.rng.randint(10**7, 10**8 - 1)}"
    _flags(c)


def reason_b34_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    if _bare(c):
        if c.category == "not_covered":
            return w.pick(["These services are not covered by your plan.", "Not a covered benefit."])
        return w.pick(["The services are not medically necessary.", "Criteria for coverage were not met."])
    what = {"oocyte": "egg retrieval and freezing", "embryo": "egg retrieval and embryo freezing",
            "sperm": "sperm freezing"}[c.extra["nw_path"]]
    if c.category == "not_covered":
        return w.pick([
            f"Your plan does not cover fertility preservation. Services to collect, freeze or store eggs, sperm or "
            f"embryos are listed as not covered, and this applies even when they are done before cancer treatment "
            f"that may affect fertility. The {what} your doctor requested is therefore not covered.",
            f"The {what} requested for you is excluded from your coverage: your plan does not pay for collecting, "
            "freezing or storing eggs, sperm or embryos, including before chemotherapy or radiation.",
        ])
    plan = _NW_LOWRISK[c.extra["nw_site"]]
    return w.pick([
        f"Our criteria cover {what} when the planned cancer treatment carries a high risk of permanent infertility "
        f"(for example, alkylating chemotherapy, pelvic radiation, or removal of both ovaries or testes). The "
        f"treatment plan in your records is {plan}, so the request does not show that high risk and the "
        "services are not medically necessary at this time.",
        f"The records we received describe {plan}. That plan is not one the criteria list as likely to cause "
        f"permanent infertility, so {what} does not meet the criteria now. If the plan changes, your doctor can "
        "send a new request right away.",
    ])


def _nw_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    ph = c.extra["nw_phone"]
    head(w.pick(["If you disagree: your appeal rights", "What if I disagree?", "Your right to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may appeal this decision within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this "
            f"letter. Call us at {ph}, write to the address on this letter" +
            (", or use the reply slip below" if c.extra.get("nw_slip") else "") +
            ". Your doctor or someone you choose may appeal for you.",
            f"Send us your appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of the day you get this letter, by "
            f"phone ({ph}), by mail, or by fax ({c.extra['nw_fax']}). Include anything you want us to consider.",
        ])))
    b.append(w.p(w.pick(["We decide a standard appeal within 30 days.",
                         "You will have our answer to a standard appeal within 30 days of receiving it."])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Because cancer treatment may be about to start, you or your doctor may ask for an expedited appeal; "
            "we decide it within 72 hours.",
            "Expedited appeal: if waiting could seriously harm your health or your chance to preserve fertility "
            "before treatment, ask for a fast appeal. We answer within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "After our final appeal decision, you may ask for an external review by an independent review "
            "organization. Ask within 4 months after you receive our final decision (45 CFR 147.136). It costs you "
            "nothing" + ("." if _has(c, "notice.expedited_review") else
                         ", and an urgent external review can run at the same time as an expedited appeal."),
            "External review by an independent review organization (IRO) is available after our final internal "
            "appeal decision; you have 4 months after receiving it to ask (45 CFR 147.136). The IRO's decision "
            "binds us.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        reg = ("the Oregon Division of Financial Regulation" if c.state == "OR"
               else "the Washington State Office of the Insurance Commissioner")
        b.append(w.p(w.pick([f"You may also contact {reg} for help with your appeal or a complaint.",
                             f"For help with questions or complaints about your coverage, contact {reg}."])))
    b.append(w.p(w.pick([
        "You can ask for free copies of the records, criteria and other documents used in this decision, and for "
        "the diagnosis and treatment codes with their meanings.",
        "Free on request: the documents and guidelines we relied on, and the diagnosis and procedure codes for "
        "this request and what they mean.",
    ])))


def t_b34_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 reply slip at the end, 1 questions and answers, 2 status lines first
    c.extra["nw_slip"] = variant == 0
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    ref = c.extra["nw_ref"]
    ph, fax = c.extra["nw_phone"], c.extra["nw_fax"]
    urgent = c.urgency == "expedited"
    st.footer = [w.pick([f"Ref. {ref}  Page {{page}} of {{pages}}", "Kaiser Permanente Northwest - {page}",
                         f"{ref} | {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([_svc(w, s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(_dx(w, d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    other, role = c.extra["nw_other"]
    clinic, clinic_ph = c.extra["nw_clinic"]
    onc, lab, chemo = (_fd(w, c.extra[k]) for k in ("nw_onc_visit", "nw_lab", "nw_chemo"))
    labtest = "semen analysis (CPT 89320)" if c.extra["nw_path"] == "sperm" else "AMH blood test (CPT 83520)"
    planname = w.pick(["Individual and Family Plan (HMO)", "Small Group HMO plan", "KP Northwest individual plan",
                       "small employer group coverage"])
    b: list[Block] = []
    if variant == 2:
        st.family = "courier" if w.chance(0.5) else st.family
        b.append(w.p(f"STATUS: DENIED   REF #: {ref}   " +
                     (f"RECEIVED: {_dm(w, 'DATE_RECEIVED', c.received, 'dotmdyy')}" if c.received else "RECEIVED: --"),
                     bold=True, space_before=0))
        b.append(w.p(f"PRIORITY: {'EXPEDITED' if urgent else 'STANDARD'}   " +
                     (f"DECIDED: {_dm(w, 'DATE_DECISION', c.decision, 'dotmdyy')}   " if c.decision else "") +
                     f"LETTER DATE: {_dm(w, 'DATE_LETTER', c.letter, 'dotmdyy')}", bold=True, space_before=0))
        b.append(w.p(f"MEMBER: {w.name()}   MRN: {w.mid()}   REQUESTING MD: {prov}", space_before=0))
        b.append(Block("rule", space_before=4))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest", w.pick(["Utilization Review", "Referral and "
                                                                   "Authorization Services"])],
                   right=["Kaiser Foundation Health Plan of the Northwest", "P.O. Box 4499, Portland, OR 97208",
                          f"Phone {ph}   Fax {fax}"]))
    if variant != 2:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b34_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    if variant != 2:
        b.append(w.p(f"Member number: {w.mid()}   Reference: {ref}   Plan: {planname}", size=st.size - 0.5,
                     space_before=8))
    title = w.pick(["Decision on your request for fertility preservation", "Coverage decision: fertility "
                    "preservation before cancer treatment", "Notice of denied services"])
    b.append(w.h(("URGENT REQUEST - " if urgent else "") + title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    asked = w.pick([f"Your {c.extra['nw_req_role']}, {prov}, asked us to approve {svcs}.",
                    f"{prov} ({c.extra['nw_req_role']}) requested {svcs} for you."])
    if rec and variant != 2:
        asked += w.pick([f" We received the request on {rec}.", f" The request arrived on {rec}."])
    if urgent:
        asked += w.pick([f" Because your cancer treatment is planned to begin on {chemo}, your doctor asked for an urgent "
                         "decision, and we reviewed it on an expedited basis.",
                         f" The request was urgent (treatment is to begin around {chemo}), so we made an expedited "
                         "decision."])
    else:
        asked += w.pick([f" Treatment is expected to start around {chemo}.", ""])
    decided = w.pick(["We have denied this request.", "We are unable to approve these services."])
    if dec and variant != 2:
        decided += w.pick([f" We made this decision on {dec}.", f" Decision date: {dec}."])
    if urgent:
        decided += w.pick([f" We called {c.provider.split(',')[0]}'s office with this decision at "
                           f"{c.extra['nw_call']}; this letter confirms the call.",
                           f" Your doctor's office was told by phone at {c.extra['nw_call']} on the day of the "
                           "decision."])
    dxline = w.pick(["Diagnoses on the request: ", "Diagnosis: "]) + dxs + "."
    reviewed = w.pick([
        f"We reviewed the visit note of {onc} from {other} ({role}), the {labtest} of {lab}, and the "
        f"referral to {clinic} ({clinic_ph}).",
        f"Records reviewed: the visit with {other}, {role}, on {onc}; the {labtest} done on {lab}; the "
        f"consultation request from {clinic}, {clinic_ph}.",
    ])
    crit = (w.pick(["Criteria used: ", "We applied "]) + join_and([M("CRITERIA", x) for x in c.criteria]) + ".") \
        if c.criteria else ""
    plan_ref = ""
    if c.category == "not_covered" and not _has(c, "notice.plan_provision"):
        plan_ref = w.pick([f"This exclusion is in your plan's Evidence of Coverage, {c.extra['nw_sec']}.",
                           f"See your Evidence of Coverage: {c.extra['nw_sec']}."])
    rline = ""
    if c.reviewer:
        rline = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            rline += f" Your doctor may discuss it with the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
    if variant == 1:
        def qa(q: str, *answers: str) -> None:
            b.append(w.h(q, space_before=9))
            for a in answers:
                if a:
                    b.append(w.p(a))

        b.pop()  # questions need no salutation
        qa("What did you ask for?", asked, dxline)
        qa("What did we decide?", decided)
        qa("Why?", M("REASON", w.reason), plan_ref, crit)
        qa(w.pick(["What did we look at?", "What information did we use?"]), reviewed, rline)
        _nw_rights(w, b, lambda t: b.append(w.h("What if I disagree?", space_before=9)))
        b.append(w.h("Who can I call?", space_before=9))
        b.append(w.p(f"Call us at {ph} (fax {fax}), Monday through Friday."))
    else:
        b.append(w.p(asked))
        b.append(w.p(decided))
        b.append(w.p(dxline))
        b.append(w.h(w.pick(["Reason for our decision", "Why we denied the request"]), space_before=9))
        b.append(w.p(M("REASON", w.reason)))
        for x in (plan_ref, crit, reviewed, rline):
            if x:
                b.append(w.p(x))
        _nw_rights(w, b, lambda t: b.append(w.h(t, space_before=10)))
        b.append(w.p(w.pick([f"Questions? Call {ph}.", f"If you have questions, call us at {ph}."])))
    _signature(w, b, "Utilization Review", "Kaiser Permanente Northwest", w.pick(["Sincerely,", "Regards,"]))
    b.append(w.p(f"cc: {prov}; {other}", size=8.4, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter help is available: {ph}.",
                             f"Language help at no cost: call {ph}."]), space_before=8))
    b += _lang_lines(w, "NW", ph, w.pick([None, "Language help"]))
    if variant == 0:
        b.append(w.p("- - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - -", align="center",
                     space_before=14, size=8.0, keep_with_next=True))
        b.append(w.h(w.pick(["APPEAL REPLY SLIP", "Reply slip: request an appeal"]), space_before=6))
        b.append(w.p(w.pick(["Tear off and mail this slip to the address above, or fax it to ",
                             "Return this part by mail, or by fax to "]) + fax + ".", size=st.size - 0.5))
        b.append(Block("fields", rows=[["Member name:", "", "Member number:", ""],
                                       ["Reference:", ref, "Phone:", ""],
                                       ["Signature:", "", "Date:", ""]], space_before=6))
        b.append(w.p("[ ] I want to appeal this decision." + ("" if _has(c, "notice.expedited_review") else
                                                              "   [ ] My appeal is urgent (treatment starts soon)."),
                     space_before=4))
        b.append(w.p("[ ] I am sending more information from my doctor.", space_before=2))
    return b, st, ["nw_reply_slip", "nw_questions", "nw_status_block"][variant]


BLIND34_TEMPLATES["blind34_nw_commercial_fertility_preservation"] = (t_b34_nw, dict(
    plans=["commercial_hmo"], states=["OR", "WA"], kinds=["initial_denial"], cats=["not_covered", "medical_necessity"],
    reason=reason_b34_nw))
MODELED_ON["blind34_nw_commercial_fertility_preservation"] = (
    "blind34: Kaiser Permanente Northwest individual or small-group HMO denial of fertility preservation before "
    "cancer treatment (58970, 89337, 89258, 89259, storage 89346/89343) as excluded or not medically necessary; "
    "a reply slip to cut off, questions and answers, or status lines first; 180-day appeal, 30-day and 72-hour "
    "appeals, IRO external review within 4 months (45 CFR 147.136), the state regulator by name, free copies and "
    "codes, taglines")
