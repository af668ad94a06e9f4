"""Forty-seventh blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND47_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind47_nw_ma_home_oxygen_ending")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan
type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind47_md_medicaid_pediatric_growth_hormone``: a Kaiser Permanente Mid-Atlantic States Maryland Medicaid
   (HealthChoice) notice (plan_type ``medicaid``, state MD, ``initial_denial``, standard or expedited, category
   ``medical_necessity``) denying somatropin (growth hormone, HCPCS J2941) for a child with short stature (E34.3
   and/or R62.52). Why: one of the two growth hormone stimulation tests peaked at or above the 10 ng/mL cutoff, so
   deficiency is not shown, or no bone age X-ray was sent with the request. Criteria: a Kaiser Permanente
   Mid-Atlantic States pharmacy criteria set for pediatric somatropin (named). The notice is mailed to the parent;
   the child is the member. Layouts: ``md_growth_measurements_table`` (a notice with a "Growth measurements" table:
   visit date, age, height in cm, height percentile, growth rate), ``md_parent_about_child`` (a letter to the parent
   that speaks of "your child" and names the child on a "Re:" line) and ``md_pharmacy_form_reply`` (a pharmacy
   prior-authorization determination form: labelled fields, dates in MMDDYYYY boxes, a "Determination: DENIED"
   field, the reason in a ruled box). Medicaid rights from the catalogue: an appeal within 60 days of the date on
   the notice (Kaiser Permanente Mid-Atlantic Member Services (301) 468-6000, 1-800-777-7902, TTY (301) 879-6380),
   decided in 30 days, or in 72 hours when waiting could seriously harm the child's health; a State Fair Hearing
   with the State of Maryland after the appeal, within the 90-120 days the State sets; services that continue when
   an appeal is filed within 10 days (stated as a general right: nothing is being stopped); free copies of the
   records and criteria; taglines. Distractors: the parent (addressee), the pediatrician who referred, the
   stimulation test dates, agents and peak values, the IGF-1 level, the bone age X-ray date (when one was done),
   the measurement table's dates, heights and percentiles, the child's date of birth, the prescriber's NPI, the
   pharmacy fax, the reference number, the weekly dose.

   Which date is which: the letter date is the date line (the "Date of notice" field on the form); received and
   decision dates are stated in the opening paragraph (the form's "Request received" and "Determination date"
   fields). Table, test and X-ray dates and the birth date are not truth; ``service`` is always null. Which name
   is the member: the child (the "Member:"/"Re:" line), never the parent the letter is addressed to. The requesting
   provider is the pediatric endocrinologist who prescribed. Which reason is the reason: the paragraph under the
   reason heading (the form's "Reason for determination" box). The truth counts the one somatropin line.

2. ``blind47_nw_ma_home_oxygen_ending``: a Kaiser Permanente Northwest Medicare Advantage (Senior Advantage)
   notice (plan_type ``medicare_advantage``, state OR, letter_kind ``termination_notice``, category
   ``medical_necessity``) that coverage of home oxygen (a stationary concentrator E1390 and a portable gaseous
   system E0431) ends on a stated date because the retest saturation no longer qualifies; diagnoses J44.9 and/or
   J96.11. Criteria: Medicare NCD 240.2 (Home Use of Oxygen) and/or LCD L33797 (Oxygen and Oxygen Equipment); with
   ``medicare.internal_criteria`` planted, a Kaiser Permanente Northwest home oxygen guideline instead. Layouts:
   ``nw_oximetry_results_table`` (a table of the qualifying test and the retest: date, test, setting, SpO2,
   whether it qualifies), ``nw_what_when_why_headings`` (headings "What is changing", "When", "Why", "What you can
   do") and ``nw_end_date_boxed_only`` (the last covered day printed only inside a boxed callout). MA rights from
   the catalogue: a reconsideration (appeal) within 60 days of the date of the notice, decided within 30 days or
   within 72 hours when fast (a doctor's request is fast), automatic review by the Independent Review Entity when
   the plan keeps its decision, 1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), taglines. The catalogue
   verifies no Kaiser Northwest Member Services number: the unit's own line is printed. Distractors: the two
   oximetry tests (dates, SpO2, at rest or walking), the DME supplier and its phone, the pulmonologist who ordered
   the retest, the last covered day, the supplier's pickup, the reference number.

   Which date is which: the letter date is the date line; the received date is the day the supplier's
   recertification request with the retest reached the plan (null when the review was the plan's own scheduled
   one); the decision date is in the opening when stated. Test dates are earlier events, the last covered day is
   later; ``service`` is always null. Which name is the member: the addressee. The requesting provider is the DME
   supplier that asked to continue, or null when the plan began the review itself (the supplier is then named as
   a bystander). Which reason is the reason: the paragraph under the reason heading ("Why"). The truth counts the
   two oxygen lines.

3. ``blind47_co_erisa_botox_chronic_migraine``: a Kaiser Permanente Colorado self-funded employer plan (plan_type
   ``erisa_group``, state CO, ``initial_denial``, category ``medical_necessity``) denying onabotulinumtoxinA (J0585)
   and its injection for chronic migraine (CPT 64615); diagnoses G43.709 or G43.719. Why: the headache diary shows
   fewer than 15 headache days a month, or two preventive medicines were not tried (the preventive drug names, tried
   or not, are never services). Criteria: a Kaiser Permanente Colorado pharmacy and therapeutics criteria set
   (named). Layouts: ``co_headache_diary_table`` (a diary summary table: month, headache days, migraine days, days
   with acute medicine), ``co_pt_reviewer_md_signature`` (a letter from a pharmacy and therapeutics clinical
   pharmacist that carries a separate physician signature; normally the physician decided and the pharmacist
   prepared the review; with ``process.reviewer_not_physician`` planted the pharmacist decided and the physician
   signs only as committee chair; the truth reviewer is the one who decided) and ``co_portal_message_print`` (a
   printed kp.org message: From/To/Subject, a "Date:"/"Time:" pair, a "Printed" stamp of a later day). ERISA rights
   from the catalogue: an appeal within 180 days of receipt, a pre-service appeal decided in 30 days, urgent appeals
   in 72 hours, external review by an independent review organization within 4 months of the final internal
   decision (45 CFR 147.136), the right to sue under ERISA section 502(a), free copies of documents and criteria,
   EBSA 1-866-444-3272 with "check your plan documents", Kaiser Permanente Colorado Member Services 303-338-3800
   (Southern Colorado 1-888-681-7878), taglines. Distractors: the diary months and counts, the preventive drugs and
   their dates, the neurologist's nurse, the primary care physician, the employer and group number, the infusion
   clinic's phone, the portal print stamp, the pharmacist (when the physician decided).

   Which date is which: the letter date is the date line (the message's "Date:" field on the portal print); the
   received and decision dates are in the opening paragraph. Diary months, medicine trial dates and the print stamp
   are not truth; ``service`` is always null. Which name is the member: the addressee (the "To:" name on the
   portal print). The requesting provider is the neurologist. Which reason is the reason: the paragraph under the
   reason heading. The truth counts the drug line and the injection line.

Dates use this set's own styles (``b47date``); ``parse_blind47_date`` reads them back. Refused: the generator
refuses rule ids the catalogue does not apply to a template's plan, state, kind or category (e.g. the DMHC statement
outside California, continuation of benefits outside Medicaid, decision timeliness on a termination notice, a plan
provision omission in a medical-necessity letter, expedited review in an ERISA letter, consumer assistance on a
Medicaid or Medicare letter).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND47_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MONU = [m.upper() for m in MONTHS]
_MON3U = [m[:3].upper() for m in MONTHS]
_DAYU = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def b47date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b47wkcapsmdy":  # SATURDAY, MARCH 14, 2026 (an all-capitals mail-merge date line)
        return f"{_DAYU[d.weekday()]}, {_MONU[d.month - 1]} {d.day}, {d.year}"
    if style == "b47mmddyyyy":  # 03142026 (a form's MMDDYYYY boxes)
        return f"{d.month:02d}{d.day:02d}{d.year}"
    if style == "b47padmdot":  # 03.14.2026 (month first, padded, points)
        return f"{d.month:02d}.{d.day:02d}.{d.year}"
    if style == "b47slashunpad":  # 3/14/2026 (no padding, as a portal prints it)
        return f"{d.month}/{d.day}/{d.year}"
    if style == "b47dmyycaps":  # 14 MAR 26 (a pharmacy or lab system's short date; day padded: 05 MAR 26)
        return f"{d.day:02d} {_MON3U[d.month - 1]} {d.year % 100:02d}"
    raise ValueError(style)


STYLES = ("b47wkcapsmdy", "b47mmddyyyy", "b47padmdot", "b47slashunpad", "b47dmyycaps")


def parse_blind47_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b47date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z]+), ([A-Z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in _DAYU and m[2] in _MONU:
            d = dt.date(int(m[4]), _MONU.index(m[2]) + 1, int(m[3]))
            return d if _DAYU[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{2})", t)
        if m and m[2] in _MON3U:
            return dt.date(2000 + int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b47_fmt"] = w.pick(list(body))
    w.c.extra["b47_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b47_fmt") -> str:
    if not day:
        return ""
    return b47date(day, w.c.extra[key] if key.startswith("b47_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b47_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(222, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _clock(w: W) -> str:
    h, m = w.rng.randint(7, 17), w.rng.randint(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.3)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _close(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
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
    "es": "ESPAÑOL: Tiene derecho a recibir ayuda gratuita en su idioma. Llame al {ph}.",
    "zh": "繁體中文：您有權免費獲得以您的語言提供的協助。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị có quyền được trợ giúp miễn phí bằng ngôn ngữ của mình. Xin gọi {ph}.",
    "ko": "한국어: 귀하는 귀하의 언어로 무료 지원을 받을 권리가 있습니다. {ph}번으로 전화하십시오.",
    "ru": "РУССКИЙ: Вы имеете право на бесплатную помощь на вашем языке. Звоните по номеру {ph}.",
    "fr": "FRANÇAIS : Vous avez droit à une aide gratuite dans votre langue. Appelez le {ph}.",
    "am": "አማርኛ፦ በቋንቋዎ ነፃ እርዳታ የማግኘት መብት አለዎት። ወደ {ph} ይደውሉ።",
    "tl": "TAGALOG: May karapatan kang makakuha ng libreng tulong sa iyong wika. Tumawag sa {ph}.",
    "ar": "العربية: يحق لك الحصول على مساعدة مجانية بلغتك. اتصل على الرقم {ph}.",
    "uk": "УКРАЇНСЬКА: Ви маєте право на безкоштовну допомогу вашою мовою. Телефонуйте {ph}.",
    "ro": "ROMÂNĂ: Aveți dreptul la ajutor gratuit în limba dumneavoastră. Sunați la {ph}.",
    "de": "DEUTSCH: Sie haben Anspruch auf kostenlose Hilfe in Ihrer Sprache. Rufen Sie {ph} an.",
    "ne": "नेपाली: तपाईंलाई आफ्नो भाषामा निःशुल्क सहयोग पाउने अधिकार छ। {ph} मा फोन गर्नुहोस्।",
    "yo": "YORÙBÁ: O ní ẹ̀tọ́ láti gba ìrànlọ́wọ́ lọ́fẹ̀ẹ́ ní èdè rẹ. Pe {ph}.",
    "ja": "日本語：ご希望の言語による支援を無料でご利用いただけます。{ph} までお電話ください。",
    "so": "SOOMAALI: Waxaad xaq u leedahay caawimaad bilaash ah oo luqaddaada ah. Wac {ph}.",
}
_TAG_SETS = {
    "MD": ["es", "fr", "zh", "ko", "vi", "am", "yo", "ru", "tl", "ar"],
    "OR": ["es", "vi", "zh", "ru", "uk", "ko", "ro", "so", "ar", "ja"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de", "fr", "ne", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Maryland Medicaid: somatropin for a child with short stature ===============================================

_MD_MS, _MD_MS_TF, _MD_TTY = "(301) 468-6000", "1-800-777-7902", "(301) 879-6380"
_MD_AREAS = ["301", "240", "410"]
_MD_DRUGS = ["Norditropin FlexPro (somatropin) injection pen", "somatropin (Genotropin) injection",
             "Omnitrope (somatropin) 5 mg/1.5 mL cartridge", "somatropin injection, per 1 mg",
             "Humatrope (somatropin) for injection"]
_MD_DX = [("Short stature due to endocrine disorder", "E34.3"), ("Short stature (child)", "R62.52")]
_MD_CRIT = ["Kaiser Permanente Mid-Atlantic States Pharmacy Prior Authorization Criteria: Somatropin (Pediatric)",
            "KP Mid-Atlantic Pharmacy & Therapeutics Criteria for Growth Hormone Therapy in Children",
            "Kaiser Permanente Mid-Atlantic States Medicaid Drug Criteria: Growth Hormone (Somatropin), Pediatric"]
_MD_AGENTS = [("arginine", "clonidine"), ("arginine", "glucagon"), ("clonidine", "glucagon"),
              ("insulin tolerance", "arginine")]
_MD_FACS = ["Largo Medical Center", "Gaithersburg Medical Center", "Marlboro Medical Center",
            "Halethorpe Medical Center", "South Baltimore County Medical Center"]


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b47_md"):
        return
    c.extra["b47_md"] = True
    _fmt(w, ("b47slashunpad", "b47padmdot", "b47dmyycaps"), ("b47wkcapsmdy", "b47slashunpad", "b47padmdot"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    c.extra["md_variant"] = w.rng.randrange(3)
    c.services = [dict(text=w.pick(_MD_DRUGS), codes=["J2941"], decision="denied")]
    dx = w.pick([[_MD_DX[0]], [_MD_DX[1]], _MD_DX, [_MD_DX[1], _MD_DX[0]]])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    c.service = None
    # the member is the child; the notice goes to a parent with the child's last name
    kid_first, kid_last = c.member_name.split()[0], c.member_name.split()[-1]
    pfirst = person(w.rng, 0.0)[1]
    rel = w.pick(["mother", "father", "parent"])
    c.extra["md_parent"] = (f"{pfirst} {kid_last}", "", rel, kid_first)
    age = w.rng.randint(5, 12)
    dob = c.extra["md_dob"] = c.letter - dt.timedelta(days=int(age * 365.25) + w.rng.randint(20, 330))
    why = c.extra["md_why"] = w.pick(["stim", "stim", "boneage"])
    base = c.received or c.letter
    a1, a2 = w.pick(_MD_AGENTS)
    t1 = base - dt.timedelta(days=w.rng.randint(40, 75))
    t2 = t1 + dt.timedelta(days=w.rng.randint(7, 21))
    if why == "stim":
        p1, p2 = round(w.rng.uniform(5.1, 9.4), 1), round(w.rng.uniform(10.6, 17.8), 1)
        if w.chance(0.5):
            p1, p2 = p2, p1
    else:
        p1, p2 = round(w.rng.uniform(3.2, 9.1), 1), round(w.rng.uniform(4.0, 9.6), 1)
    c.extra["md_stims"] = [(t1, a1, p1), (t2, a2, p2)]
    c.extra["md_igf"] = w.rng.randint(62, 168)
    c.extra["md_bone"] = (t2 + dt.timedelta(days=w.rng.randint(3, 12)), round(age - w.rng.uniform(0.5, 1.8), 1)) \
        if why == "stim" else None
    # growth measurements: four visits about six months apart, height below the 3rd percentile (about 76 cm plus
    # 5 cm a year of age is the 3rd percentile between 5 and 12)
    day = base - dt.timedelta(days=w.rng.randint(10, 30))
    pts = []
    for _ in range(4):
        yrs = (day - dob).days / 365.25
        pts.append((day, yrs))
        day -= dt.timedelta(days=w.rng.randint(170, 195))
    h = round(76.0 + 5.0 * pts[0][1] - w.rng.uniform(2.0, 5.5), 1)
    rows = []
    for k, (day, yrs) in enumerate(pts):
        rows.append([day, round(yrs, 1), h, w.pick(["<1st", "1st", "2nd", "1st"]), None])
        if k + 1 < len(pts):
            h = round(h - w.rng.uniform(1.7, 2.6), 1)
    for k in range(3):
        rows[k][4] = round((rows[k][2] - rows[k + 1][2]) / ((rows[k][0] - rows[k + 1][0]).days / 365.25), 1)
    c.extra["md_rows"] = [tuple(r) for r in rows]
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "M.D.", "DO"])
    c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
    c.extra["md_prov_last"] = last
    c.extra["md_pcp"] = "Dr. " + person(w.rng, 0.0)[0]
    c.extra["md_npi"] = _npi(w)
    c.extra["md_dose"] = w.pick(["0.24", "0.3", "0.16", "0.28"])
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_MD_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Clinical Pharmacist, Pharmacy Prior Authorization", "Pharmacy Review Specialist"],
                     ["PharmD", "RPh", "CPhT"])
    elif w.chance(0.8):
        _physician(w, ["Pediatric Endocrinology", "Pediatrics"],
                   ["Physician Reviewer, Pharmacy Utilization Management", "Associate Medical Director"],
                   _MD_AREAS, 0.5, 0.7)
    else:
        c.reviewer = None
    c.extra["md_fac"] = w.pick(_MD_FACS)
    c.extra["md_fax"] = _phone(w, _MD_AREAS)
    c.extra["md_line"] = _phone(w, _MD_AREAS)
    c.extra["md_ref"] = f"RX-PA-{w.rng.randint(10**6, 10**7 - 1)}"
    _flags(c)


def reason_b47_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    kid = c.extra["md_parent"][3]
    if _bare(c):
        return w.pick(["Growth hormone treatment is not medically necessary.",
                       "The requested somatropin does not meet medical necessity."])
    (t1, a1, p1), (t2, a2, p2) = c.extra["md_stims"]
    if c.extra["md_why"] == "stim":
        hi = max(p1, p2)
        return w.pick([
            f"Somatropin is approved for a short child when two growth hormone stimulation tests both peak below "
            f"10 ng/mL. {kid}'s {a1} test on {_fd(w, t1)} peaked at {p1} ng/mL and the {a2} test on {_fd(w, t2)} "
            f"peaked at {p2} ng/mL. Because one test reached {hi} ng/mL, the results do not show growth hormone "
            f"deficiency, so growth hormone is not medically necessary for {kid} at this time.",
            f"The records do not show growth hormone deficiency. For children, our criteria need a peak growth "
            f"hormone level under 10 ng/mL on two different stimulation tests. {kid} had a peak of {p1} ng/mL "
            f"({a1}, {_fd(w, t1)}) and {p2} ng/mL ({a2}, {_fd(w, t2)}); one of the two is above the cutoff.",
        ])
    return w.pick([
        f"Before growth hormone can be approved, our criteria require a bone age X-ray of the left hand and wrist "
        f"taken in the last 12 months, which shows whether the growth plates are still open. The request for {kid} "
        f"included stimulation test results but no bone age X-ray, so we cannot find that somatropin is medically "
        f"necessary.",
        f"We did not receive a bone age study for {kid}. A bone age X-ray read within the past year is required to "
        f"show that {kid} can still grow taller with treatment. Without it the request does not meet the criteria "
        f"for somatropin.",
    ])


def _md_rights(w: W, b: list[Block], head, kid: str) -> None:
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "What you can do next"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, {kid}'s doctor or another person you choose may ask us for an appeal. We must receive the appeal "
            f"within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice. Call Member Services at {_MD_MS} "
            f"or {_MD_MS_TF} (TTY {_MD_TTY}), Monday through Friday, 7:30 a.m. to 5:30 p.m., or write to us at the "
            f"address at the top of this page. We will decide your appeal within 30 days.",
            f"To appeal, call {_MD_MS_TF} or {_MD_MS} (TTY {_MD_TTY}) or send us a letter within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Tell us why you think {kid} needs "
            f"this medicine and send any new records. We answer appeals within 30 days.",
        ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            f"If waiting 30 days could seriously harm {kid}'s health, ask for a fast (expedited) appeal. We will "
            f"decide a fast appeal within 72 hours.",
            "Fast appeal: when you or the doctor tell us a standard appeal could put your child's life or health "
            "at serious risk, we will give you a decision within 72 hours.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            f"Keeping services during an appeal: this notice is about a new prescription, so nothing {kid} now "
            f"receives is being stopped. When a notice from us stops or reduces a service that was already approved, "
            f"the service can continue during the appeal if you appeal within 10 days of that notice and ask for it "
            f"to continue.",
            "Continuing benefits: if we ever end or cut back a service your child is already getting, you may keep "
            "it while your appeal is decided by filing the appeal within 10 days of our notice. This notice does not "
            "end any current service.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "State Fair Hearing: if you still disagree after we decide your appeal, you may ask the State of "
            "Maryland for a State Fair Hearing. The State sets the time limit, between 90 and 120 days from the "
            "date of our appeal decision; the appeal decision letter will tell you the exact deadline and how to ask.",
            "After our appeal, you have the right to a State Fair Hearing before the State of Maryland. You must ask "
            "within the time the State allows (90 to 120 days after our appeal decision). Our appeal decision "
            "letter explains how.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, the criteria and any other information we used to make this "
        "decision.",
        f"Everything we reviewed about {kid}, including the criteria, is available to you at no cost.",
    ])))


def _md_growth_table(w: W) -> list[list[str]]:
    rows = [["Visit date", "Age (yr)", "Height (cm)", "Height percentile", "Growth rate (cm/yr)"]]
    for day, age, h, pct, vel in w.c.extra["md_rows"]:
        rows.append([b47date(day, "b47padmdot"), f"{age}", f"{h}", pct, f"{vel}" if vel else "--"])
    return rows


def t_b47_md(w: W):
    _md_setup(w)
    c = w.c
    variant = c.extra["md_variant"]  # 0 growth table, 1 letter to the parent about the child, 2 pharmacy form
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 62.0, 70.0])
    ref, line, fax = c.extra["md_ref"], c.extra["md_line"], c.extra["md_fax"]
    parent, _, rel, kid = c.extra["md_parent"]
    salute = w.pick([f"Dear {parent}:", f"Dear Parent or Guardian of {kid}:"])
    prov = M("PROVIDER", c.provider)
    drug = c.services[0]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    pcp = c.extra["md_pcp"]
    (t1, a1, p1), (t2, a2, p2) = c.extra["md_stims"]
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente HealthChoice - {page}",
                         f"Notice {ref} / p. {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Pharmacy Prior Authorization - HealthChoice"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "2101 East Jefferson Street, Rockville, MD 20852", f"Phone {line}  Fax {fax}"]))
    if variant == 2:
        b.append(w.h(w.pick(["PHARMACY PRIOR AUTHORIZATION - NOTICE OF DETERMINATION",
                             "Prior Authorization Determination (Pharmacy Benefit)"]), align="center",
                     space_before=6, size=st.size + 1.5))
        b.append(w.p(f"Mailed to: {parent}, {rel} of the member", space_before=6))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[
            ["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b47_head"), "Reference #:", ref],
            ["Member:", w.name(), "Member ID:", w.mid()],
            ["Date of birth (MMDDYYYY):", b47date(c.extra["md_dob"], "b47mmddyyyy"), "Plan:",
             "Maryland HealthChoice (Medicaid)"],
            ["Prescriber:", prov, "Prescriber NPI:", c.extra["md_npi"]],
            ["Drug requested:", M("SERVICE", drug["text"]), "HCPCS:", w.code("J2941")],
            ["Dose:", f"{c.extra['md_dose']} mg/kg/week", "Review type:", "Expedited" if urgent else "Standard"],
            ["Request received (MMDDYYYY):", _dm(w, "DATE_RECEIVED", c.received, "b47mmddyyyy"),
             "Determination date (MMDDYYYY):", _dm(w, "DATE_DECISION", c.decision, "b47mmddyyyy")],
            ["Determination:", "DENIED", "Pharmacy fax:", fax],
        ], space_before=8, size=st.size - 0.6))
        b.append(w.p("Diagnosis on the request: " + dxs + ".", space_before=6))
        head("Reason for determination")
        b.append(w.p(M("REASON", w.reason), boxed=True, indent=0, space_before=3))
        b.append(w.p(f"Information reviewed: stimulation tests ({a1} {b47date(t1, 'b47dmyycaps')}, peak {p1} ng/mL; "
                     f"{a2} {b47date(t2, 'b47dmyycaps')}, peak {p2} ng/mL); IGF-1 {c.extra['md_igf']} ng/mL; height "
                     f"{c.extra['md_rows'][0][2]} cm; referral from {pcp}.", size=st.size - 0.5))
        b.append(w.p(salute, space_before=10))
        b.append(w.p(w.pick([
            f"This form tells you our decision on the medicine {prov} asked us to cover for {kid}. Please keep it "
            f"with {kid}'s health records.",
            f"We are sending you this determination because you are {kid}'s {rel}. A copy went to {prov}.",
        ])))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b47_head"), space_before=8))
        b.append(w.p(w.pick([f"To the parent or guardian of {kid}", f"{parent}"]), space_before=8))
        if b[-1].text != parent:
            b.append(w.p(parent, space_before=0))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        if variant == 1:
            b.append(w.p(f"Re: your child, {w.name()}", space_before=8, bold=True))
            b.append(w.p(f"Member ID: {w.mid()}    Date of birth: {b47date(c.extra['md_dob'], 'b47slashunpad')}    "
                         f"Reference: {ref}", space_before=0, size=st.size - 0.5))
        else:
            b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                           ["Date of birth:", b47date(c.extra["md_dob"], "b47padmdot"),
                                            "Reference:", ref]],
                           space_before=8, size=st.size - 0.4))
        b.append(w.h(w.pick(["Notice of Denial: Growth Hormone Prescription", "We did not approve a medicine "
                             "for your child", "NOTICE OF ADVERSE BENEFIT DETERMINATION - Pharmacy"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(salute, space_before=8))
        svc = w.svc_with_codes(drug, w.rng.randrange(3))
        if variant == 1:
            intro = w.pick([
                f"We are writing to you as {kid}'s {rel} about a prescription for your child. {prov}, {kid}'s "
                f"pediatric endocrinologist, asked us to cover {svc}.",
                f"Your child's doctor, {prov}, asked Kaiser Permanente to approve {svc} for {kid}. This letter "
                f"explains our answer.",
            ])
        else:
            intro = w.pick([f"{prov} asked us to cover {svc} for the member named above.",
                            f"We reviewed a request from {prov} for {svc} for {kid}."])
        if rec:
            intro += w.pick([f" We received the request on {rec}.", f" The request reached our pharmacy team on {rec}."])
        if urgent:
            intro += " Because the doctor asked for a quick answer, we reviewed it on an expedited basis."
        if dec:
            intro += w.pick([f" We made our decision on {dec}.", f" Our decision was made on {dec}."])
        intro += w.pick([" We have denied the request.", " We cannot approve this medicine."])
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head(w.pick(["Why we denied the request", "Reason for our decision", "The reason"]))
        b.append(w.p(M("REASON", w.reason)))
        if variant == 0:
            b.append(w.h(w.pick(["Growth measurements we reviewed", "Growth measurements"]), space_before=8))
            b.append(Block("table", rows=_md_growth_table(w), space_before=3, size=8.2))
            b.append(w.p(f"Measurements were taken at {c.extra['md_fac']} by {pcp} and the endocrinology clinic. "
                         f"Percentiles use the CDC growth charts.", size=7.8, space_before=2))
        b.append(w.p(w.pick([
            f"We also looked at the IGF-1 level ({c.extra['md_igf']} ng/mL), the stimulation tests of {_fd(w, t1)} "
            f"and {_fd(w, t2)} and the referral from {pcp}, {kid}'s pediatrician.",
            f"Records reviewed: notes from {pcp} (pediatrics), the endocrinology notes, IGF-1 of "
            f"{c.extra['md_igf']} ng/mL and the {a1} and {a2} stimulation tests.",
        ])))
        if c.extra["md_bone"]:
            bd, ba = c.extra["md_bone"]
            b.append(w.p(f"A bone age X-ray on {_fd(w, bd)} read a bone age of {ba} years."))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria applied: ", "We used the "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line_ = _who(w, w.pick(["The decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            line_ += (f" Dr. {c.extra['md_prov_last']} may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to talk "
                      f"about this decision.")
        b.append(w.p(line_))
    b.append(w.p(w.pick([
        f"{kid}'s doctor may send a new request with new test results at any time.",
        f"If {kid} has new tests, such as a bone age X-ray or repeat stimulation testing, the doctor can ask again.",
    ])))
    _md_rights(w, b, head, kid)
    _close(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Pharmacy Prior Authorization",
           "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(f"cc: {prov} (fax on file); {pcp}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreters and this notice in other formats: call {_MD_MS_TF} (TTY {_MD_TTY}).",
                             f"Language help is free. Call Member Services at {_MD_MS_TF}."]), space_before=6))
    b += _taglines(w, "MD", _MD_MS_TF, w.pick([None, "Language assistance"]))
    return b, st, ["md_growth_measurements_table", "md_parent_about_child", "md_pharmacy_form_reply"][variant]


BLIND47_TEMPLATES["blind47_md_medicaid_pediatric_growth_hormone"] = (t_b47_md, dict(
    plans=["medicaid"], states=["MD"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b47_md))
MODELED_ON["blind47_md_medicaid_pediatric_growth_hormone"] = (
    "blind47: Kaiser Permanente Mid-Atlantic States Maryland Medicaid (HealthChoice) denial of somatropin (J2941) for "
    "a child with short stature (E34.3, R62.52), mailed to the parent, because a stimulation test was above the "
    "cutoff or no bone age X-ray was sent; a notice with a growth measurements table, a letter to the parent about "
    "the child, or a pharmacy prior-authorization determination form; 60-day appeal, 30 days / 72 hours, State Fair "
    "Hearing with the State of Maryland, continued services within 10 days, free copies, Member Services, taglines")


# === 2. Northwest Medicare Advantage: home oxygen coverage ends ====================================================

_NW_AREAS = ["503", "971"]
_NW_CONC = (["stationary oxygen concentrator", "oxygen concentrator, single delivery port",
             "home oxygen concentrator (rental)"], "E1390")
_NW_PORT = (["portable gaseous oxygen system", "portable oxygen tanks and regulator (rental)",
             "portable gaseous oxygen system, rental"], "E0431")
_NW_SUPPLIERS = ["Columbia Home Respiratory", "Willamette Oxygen & Medical Supply", "Cascade Breathing Equipment",
                 "Rose City Home Medical"]
_NW_RULES = ["Medicare National Coverage Determination 240.2, Home Use of Oxygen",
             "Local Coverage Determination L33797, Oxygen and Oxygen Equipment"]
_NW_INTERNAL = ["Kaiser Permanente Northwest Home Oxygen Guideline",
                "Kaiser Permanente Northwest DME Criteria: Home Oxygen Continuation"]


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b47_nw"):
        return
    c.extra["b47_nw"] = True
    _fmt(w, ("b47padmdot", "b47slashunpad", "b47dmyycaps"), ("b47wkcapsmdy", "b47padmdot", "b47dmyycaps"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    c.extra["nw_variant"] = w.rng.randrange(3)
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in (_NW_CONC, _NW_PORT)]
    dx = w.pick([[("Chronic obstructive pulmonary disease, unspecified", "J44.9")],
                 [("Chronic obstructive pulmonary disease, unspecified", "J44.9"),
                  ("Chronic respiratory failure with hypoxia", "J96.11")],
                 [("Chronic respiratory failure with hypoxia", "J96.11")]])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    c.service = None
    sup = c.extra["nw_sup"] = (w.pick(_NW_SUPPLIERS), _phone(w, _NW_AREAS))
    c.extra["nw_own"] = own = w.chance(0.3)  # the plan's own scheduled review: nobody asked
    if own:
        c.provider = None
        c.received = None
    else:
        c.provider = sup[0]
    base = c.received or c.letter
    retest = base - dt.timedelta(days=w.rng.randint(4, 15))
    start = retest - dt.timedelta(days=w.rng.randint(85, 100))
    qual = start - dt.timedelta(days=w.rng.randint(1, 6))
    rest = w.rng.randint(92, 96)
    c.extra["nw_tests"] = [
        (qual, "Pulse oximetry", w.pick(["At rest, room air", "Walking, room air"]), w.rng.randint(84, 88), True),
        (retest, "Pulse oximetry", "At rest, room air", rest, False),
        (retest, "Pulse oximetry", w.pick(["Six-minute walk, room air", "Walking, room air"]),
         max(90, rest - w.rng.randint(1, 4)), False),
    ]
    c.extra["nw_start"] = start
    c.extra["nw_end"] = c.letter + dt.timedelta(days=w.rng.randint(10, 21))
    c.extra["nw_pulm"] = "Dr. " + person(w.rng, 0.15)[0]
    if _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_NW_INTERNAL)]
    else:
        c.criteria = w.pick([[_NW_RULES[0]], [_NW_RULES[1]], list(_NW_RULES)])
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "DME Benefits Coordinator"], ["RN", "RRT", None])
    elif w.chance(0.8):
        _physician(w, ["Pulmonary Disease", "Internal Medicine"], ["Physician Reviewer", "Medical Director, Senior "
                   "Advantage Utilization Management"], _NW_AREAS, 0.4, 0.7)
    else:
        c.reviewer = None
    c.extra["nw_phone"] = _phone(w, _NW_AREAS)
    c.extra["nw_ref"] = f"SA-{w.rng.randint(10**5, 10**6 - 1)}-{w.pick('ABCDEFGH')}"
    _flags(c)


def reason_b47_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Home oxygen is no longer medically necessary.",
                       "Continued oxygen coverage does not meet Medicare coverage requirements."])
    _, (rd, _, _, rest, _), (_, _, walk_set, walk, _) = c.extra["nw_tests"]
    walking = "during a six-minute walk" if "Six" in walk_set else "while walking"
    return w.pick([
        f"Medicare covers home oxygen when your blood oxygen level on room air is 88 percent or lower (or 89 percent "
        f"with certain heart or blood problems). Your retest on {_fd(w, rd)} showed {rest} percent at rest and "
        f"{walk} percent {walking}. These levels are above the limit, so oxygen equipment is no longer medically "
        f"necessary for you.",
        f"Your oxygen retest on {_fd(w, rd)} no longer meets the coverage rules. At rest on room air your level was "
        f"{rest} percent, and it stayed at {walk} percent {walking}. To keep covering oxygen, a test must show a "
        f"level of 88 percent or lower.",
    ])


def _nw_table(w: W) -> list[list[str]]:
    rows = [["Test date", "Test", "Setting", "SpO2", "Meets coverage level?"]]
    for day, test, where, val, ok in w.c.extra["nw_tests"]:
        rows.append([b47date(day, "b47dmyycaps"), test, where, f"{val}%", "Yes" if ok else "No"])
    return rows


def t_b47_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = c.extra["nw_variant"]  # 0 oximetry table, 1 What/When/Why headings, 2 end date only in a box
    st = _style(w, ["helvetica", "times"], [10.0, 10.5, 11.0], [58.0, 66.0, 72.0])
    ref, ph = c.extra["nw_ref"], c.extra["nw_phone"]
    sup, sph = c.extra["nw_sup"]
    pulm = c.extra["nw_pulm"]
    end = _fd(w, c.extra["nw_end"])
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    st.footer = [w.pick([f"{ref} | Page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage - {page}",
                         f"Ref {ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage - Northwest", "Medical Equipment Review"],
                   right=["Kaiser Foundation Health Plan of the Northwest", "500 NE Multnomah St., Portland, OR 97232",
                          f"Review line {ph}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b47_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member number: {w.mid()}    Notice number: {ref}", space_before=8, size=st.size - 0.5))
    b.append(w.h(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Your home oxygen coverage is ending",
                         "Notice of Change: Home Oxygen Equipment"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    if c.extra["nw_own"]:
        intro = w.pick([
            f"Medicare rules call for a new oxygen test after your first months on home oxygen. We reviewed the "
            f"retest ordered by {pulm} to decide whether we can keep covering {svcs}, supplied by {sup}.",
            f"As part of our scheduled review of home oxygen, we looked at whether {svcs} from {sup} still meets "
            f"coverage rules.",
        ])
    else:
        intro = w.pick([
            f"{M('PROVIDER', c.provider)}, your oxygen supplier, asked us to keep covering {svcs} and sent your "
            f"retest results.",
            f"We reviewed a request from {M('PROVIDER', c.provider)} to continue your {svcs}.",
        ])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request and test results reached us on {rec}."])
    if urgent:
        intro += " We handled this review as an expedited (fast) review."
    if dec:
        intro += w.pick([f" We made this decision on {dec}.", f" Decision date: {dec}."])
    intro += f" Your home oxygen began on {_fd(w, c.extra['nw_start'])}."
    if variant == 1:
        head("What is changing")
        b.append(w.p(intro + " We will stop covering this equipment."))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head("When")
        b.append(w.p(w.pick([f"Your coverage for the oxygen equipment ends on {end}.",
                             f"The last day we will pay for the oxygen equipment is {end}."]), bold=True))
        head("Why")
    elif variant == 2:
        b.append(w.p(intro + " We will stop covering this equipment on the date shown in the box below."))
        b.append(w.p("Diagnosis: " + dxs + "."))
        b.append(w.p(w.pick([f"Last day of coverage: {end}", f"YOUR OXYGEN COVERAGE ENDS: {end}"]), boxed=True,
                     bold=True, indent=40, space_before=6, size=st.size + 1))
        head(w.pick(["Why", "Why coverage is ending"]))
    else:
        b.append(w.p(intro + f" Coverage of this equipment ends on {end}."))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head(w.pick(["Why", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 0:
        b.append(w.h(w.pick(["Your oxygen test results", "Oxygen tests we reviewed"]), space_before=8))
        b.append(Block("table", rows=_nw_table(w), space_before=3, size=8.4))
        b.append(w.p(f"The retests were ordered by {pulm}, your lung doctor.", size=8.0, space_before=2))
    else:
        q = c.extra["nw_tests"][0]
        b.append(w.p(f"Your first test, on {_fd(w, q[0])}, showed {q[3]} percent ({q[2].lower()}). {pulm}, your "
                     f"pulmonologist, ordered the retest."))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on ", "Coverage rules applied: "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewing clinician: "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor can reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    head("What you can do" if variant == 1 else w.pick(["Your options", "What happens next"]))
    b.append(w.p(w.pick([
        f"{sup} ({sph}) will call you to arrange pickup of the equipment after coverage ends. If your breathing "
        f"gets worse, ask {pulm} about a new oxygen test; a new qualifying test can restart coverage.",
        f"You may keep renting the equipment from {sup} at your own cost; call them at {sph}. If your condition "
        f"changes, {pulm} can order another test.",
    ])))
    head(w.pick(["Your right to appeal", "If you disagree"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You have the right to ask us to reconsider this decision (an appeal). Your request must reach us within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. Call {ph} (TTY 711) or write to us at "
            f"the address above. You, your doctor or a representative may ask. We will answer within 30 days.",
            f"To appeal, call {ph} (TTY 711) or send a written request within {M('APPEAL_DAYS', c.appeal_phrase)} "
            f"from the date of this notice. Include anything you want us to consider. A standard appeal is decided "
            f"within 30 days.",
        ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or your doctor believe waiting for a standard appeal could seriously harm your "
            "health, ask for a fast (expedited) appeal. We will decide within 72 hours. If a doctor asks for a fast "
            "appeal for you, we will give you one.",
            "Ask for an expedited appeal if your health could be seriously harmed by waiting. Fast appeals are "
            "decided within 72 hours, and a request from your doctor is always handled as fast.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we do not decide fully in your favor, we will send your appeal automatically to an Independent "
            "Review Entity, an organization hired by Medicare that is not part of Kaiser Permanente. Its letter will "
            "explain any further levels of appeal.",
            "If our answer on appeal is still no, your case goes on its own to the Independent Review Entity for a "
            "new review. You do not need to ask for this step.",
        ])))
    b.append(w.p(w.pick([
        "Questions about Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov.",
        "You can also call Medicare at 1-800-633-4227 (TTY 1-877-486-2048), 24 hours a day, or visit "
        "www.medicare.gov.",
    ])))
    _close(w, b, "Sincerely,", "Medical Equipment Review", "Kaiser Permanente Northwest")
    b.append(w.p(f"cc: {pulm}; {sup}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"We provide interpreters at no cost. Call {ph} (TTY 711).",
                             f"Free language help and large print: {ph}, TTY 711."]), space_before=6))
    b += _taglines(w, "OR", ph, w.pick([None, "Help in your language"]))
    return b, st, ["nw_oximetry_results_table", "nw_what_when_why_headings", "nw_end_date_boxed_only"][variant]


BLIND47_TEMPLATES["blind47_nw_ma_home_oxygen_ending"] = (t_b47_nw, dict(
    plans=["medicare_advantage"], states=["OR"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b47_nw))
MODELED_ON["blind47_nw_ma_home_oxygen_ending"] = (
    "blind47: Kaiser Permanente Northwest Senior Advantage notice that coverage of home oxygen (E1390, E0431; J44.9, "
    "J96.11) ends on a stated date because the retest saturation no longer qualifies, under NCD 240.2 / LCD L33797; "
    "a letter with an oximetry results table, a 'What is changing / When / Why / What you can do' letter, or a letter "
    "whose end date is only in a boxed callout; 60-day reconsideration, 72-hour fast appeal, automatic Independent "
    "Review Entity, 1-800-MEDICARE, taglines")


# === 3. Colorado self-funded employer plan: Botox for chronic migraine ============================================

_CO_MS, _CO_MS_S = "303-338-3800", "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_DRUG = (["onabotulinumtoxinA (Botox), 200 units", "Botox (onabotulinumtoxinA) injection, 155 units",
             "onabotulinumtoxinA, per unit"], "J0585")
_CO_INJ = (["chemodenervation of muscles of the head and neck for chronic migraine",
            "Botox injections for migraine (procedure)", "chemodenervation for chronic migraine"], "64615")
_CO_DX = [("Chronic migraine without aura, not intractable, without status migrainosus", "G43.709"),
          ("Chronic migraine without aura, intractable, without status migrainosus", "G43.719")]
_CO_PREV = ["topiramate", "propranolol", "amitriptyline", "metoprolol", "venlafaxine", "nortriptyline"]
_CO_CRIT = ["Kaiser Permanente Colorado Pharmacy and Therapeutics Criteria: OnabotulinumtoxinA for Chronic Migraine",
            "KP Colorado P&T Committee Criteria for Botulinum Toxin Injections (Migraine Prevention)"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b47_co"):
        return
    c.extra["b47_co"] = True
    _fmt(w, ("b47slashunpad", "b47padmdot", "b47dmyycaps"), ("b47slashunpad", "b47wkcapsmdy", "b47padmdot"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    variant = c.extra["co_variant"] = w.rng.randrange(3)
    if variant == 2:
        c.extra["b47_head"] = "b47slashunpad"  # a portal prints its own short date
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in (_CO_DRUG, _CO_INJ)]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_CO_DX)]]
    c.service = None
    why = c.extra["co_why"] = w.pick(["days", "drugs"])
    base = c.received or c.letter
    months = []
    first = dt.date(base.year, base.month, 1)
    for k in range(3, 0, -1):
        m = first
        for _ in range(k):
            m = (m - dt.timedelta(days=1)).replace(day=1)
        hd = w.rng.randint(8, 14) if why == "days" else w.rng.randint(16, 24)
        md = w.rng.randint(max(3, hd - 8), hd - 2)
        months.append((m, hd, md, w.rng.randint(max(2, md - 3), md + 2)))
    c.extra["co_months"] = months
    p1, p2 = w.rng.sample(_CO_PREV, 2)
    tried_from = base - dt.timedelta(days=w.rng.randint(150, 260))
    weeks = w.rng.randint(4, 7) if why == "drugs" else w.rng.randint(10, 16)
    c.extra["co_prev"] = (p1, p2, tried_from, weeks)
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "M.D.", "DO"])
    c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
    c.extra["co_prov_last"] = last
    c.extra["co_pcp"] = "Dr. " + person(w.rng, 0.0)[0]
    c.extra["co_rn"] = person(w.rng, 0.0)[0] + ", RN"
    pharm, _, _ = person(w.rng, 0.2)
    c.extra["co_pharm"] = pharm
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_CO_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        if variant == 1:  # the pharmacist who writes the letter decided
            c.reviewer = dict(name=pharm, credentials="PharmD", specialty=None, phone=None)
            c.reviewer_title = "Clinical Pharmacist, Pharmacy and Therapeutics"
        else:
            _np_reviewer(w, ["Pharmacy Benefit Coordinator", "Clinical Review Specialist"], ["PharmD", "RN", None])
    elif variant == 1 or w.chance(0.8):
        _physician(w, ["Neurology", "Headache Medicine"], ["Physician Reviewer", "Associate Medical Director, "
                   "Pharmacy"], _CO_AREAS, 0.5, 0.7)
    else:
        c.reviewer = None
    md_name, _, _ = person(w.rng, 0.2)
    c.extra["co_chair"] = (md_name, w.pick(["MD", "M.D."]))
    c.extra["co_group"] = f"{w.rng.randint(10**4, 10**5 - 1)}-{w.rng.randint(10, 99)}"
    c.extra["co_clinic_ph"] = _phone(w, _CO_AREAS)
    c.extra["co_ref"] = f"PT{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["co_clock"] = _clock(w)
    _flags(c)


def reason_b47_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Botox for migraine is not medically necessary.",
                       "The request does not meet medical necessity criteria."])
    months = c.extra["co_months"]
    if c.extra["co_why"] == "days":
        counts = join_and([f"{hd} in {MONTHS[m.month - 1]}" for m, hd, _, _ in months])
        avg = round(sum(hd for _, hd, _, _ in months) / 3, 1)
        return w.pick([
            f"Botox is covered to prevent chronic migraine when headaches occur on 15 or more days a month for at "
            f"least three months. Your headache diary shows {counts}, an average of {avg} headache days a month. "
            f"Because this is fewer than 15 days a month, the treatment is not medically necessary.",
            f"The diary sent with the request records {counts} headache days, about {avg} a month. Chronic migraine "
            f"for this treatment means 15 or more headache days a month, so the request does not meet the criteria.",
        ])
    p1, p2, start, weeks = c.extra["co_prev"]
    return w.pick([
        f"Before Botox, the criteria require trying at least two preventive migraine medicines from different drug "
        f"classes, each for at least 8 weeks. Your records show {p1} starting {_fd(w, start)} for {weeks} weeks and "
        f"no trial of a second medicine such as {p2}. Botox is not medically necessary until these trials are done.",
        f"Your chart shows one preventive medicine, {p1}, taken for {weeks} weeks from {_fd(w, start)}. The criteria "
        f"call for two preventive medicines, each for 8 weeks or longer, before Botox; a second trial (for example "
        f"{p2}) is not documented.",
    ])


def _co_table(w: W) -> list[list[str]]:
    rows = [["Month", "Headache days", "Migraine days", "Days with acute medicine"]]
    for m, hd, md, acute in w.c.extra["co_months"]:
        rows.append([f"{MONTHS[m.month - 1]} {m.year}", str(hd), str(md), str(acute)])
    return rows


def _co_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    emp = c.extra["employer"]
    head(w.pick(["Your appeal rights", "How to appeal", "If you disagree"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or your authorized representative may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you "
            f"receive this notice. Send a written appeal with any records you want considered, or call Member "
            f"Services at {_CO_MS} (Southern Colorado {_CO_MS_S}). We decide pre-service appeals within 30 days.",
            f"To appeal, write to us or call {_CO_MS} ({_CO_MS_S} in Southern Colorado) within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of receiving this letter. A decision on a pre-service appeal is made "
            f"within 30 days.",
        ])))
    b.append(w.p(w.pick([
        "Urgent appeals: if your doctor tells us that the standard time could seriously jeopardize your life, health "
        "or ability to regain maximum function, we will decide within 72 hours.",
        "If your situation is urgent, ask for an urgent appeal; it is decided within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "External review: if we uphold this decision after your appeal, you may ask for an external review by an "
            "independent review organization. Ask within 4 months after you receive our final internal decision "
            "(45 CFR 147.136). It costs you nothing.",
            "After our final appeal decision, an independent review organization outside Kaiser Permanente can look "
            "at your case at no cost. Your request must be made within 4 months after you receive that decision "
            "(45 CFR 147.136).",
        ])))
    b.append(w.p(w.pick([
        f"Your plan is a self-funded employer plan sponsored by {emp}; Kaiser Permanente is its claims "
        f"administrator. You have the right to bring a civil action under section 502(a) of ERISA after you "
        f"complete the appeal process.",
        f"This coverage is a self-funded group health plan of {emp}, administered by Kaiser Permanente. After your "
        f"appeal is decided, you may file a lawsuit under ERISA section 502(a).",
    ])))
    b.append(w.p(w.pick([
        "You may ask, free of charge, for copies of all documents and records relevant to this decision, the "
        "criteria we used and an explanation of the clinical judgment behind it.",
        "On request and at no cost we will send you the criteria, the records we reviewed and the clinical "
        "reasoning for this decision.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, contact the Employee Benefits Security Administration, U.S. Department of "
            "Labor, at 1-866-444-3272 (check your plan documents for current contact information).",
            "Questions about your ERISA rights: Employee Benefits Security Administration, 1-866-444-3272 (please "
            "check your plan documents for current contact details).",
        ])))


def t_b47_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]  # 0 diary table, 1 P&T pharmacist letter + physician signature, 2 portal print
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 64.0, 72.0])
    ref, grp = c.extra["co_ref"], c.extra["co_group"]
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    p1, p2, start, weeks = c.extra["co_prev"]
    pcp, rn, pharm = c.extra["co_pcp"], c.extra["co_rn"], c.extra["co_pharm"]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        printed = c.letter + dt.timedelta(days=w.rng.randint(1, 9))
        st.header = [f"Printed {b47date(printed, 'b47slashunpad')} {_clock(w)}    kp.org - Message Center"]
        st.header_all_pages = True
        st.footer = ["https://healthy.kaiserpermanente.org/secure/inbox    {page}/{pages}"]
        st.footer_align = "right"
        b.append(w.h("Message Center", space_before=8, size=st.size + 3))
        b.append(Block("fields", rows=[["From:", "KP Colorado Pharmacy Utilization Review", "", ""],
                                       ["To:", w.name(), "Member ID:", w.mid()],
                                       ["Date:", _dm(w, "DATE_LETTER", c.letter, "b47_head"), "Time:",
                                        c.extra["co_clock"]],
                                       ["Subject:", "Coverage decision - Botox for migraine", "", ""]],
                       space_before=6, size=st.size - 0.4))
        b.append(Block("rule", space_before=6))
        b.append(w.p(f"Hello {c.member_salute},", space_before=8))
    else:
        st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Colorado - {page}",
                             f"Group {grp} | {{page}}"])]
        st.footer_align = w.pick(["center", "right"])
        left = ["KAISER PERMANENTE", "Colorado", "Pharmacy and Therapeutics Review" if variant == 1 else
                "Pharmacy Utilization Management"]
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9, left=left,
                       right=["Kaiser Foundation Health Plan of Colorado", w.pick(facilities("CO", "Colorado")),
                              f"Member Services {_CO_MS}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b47_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Group: {grp}    Reference: {ref}", space_before=8, size=st.size - 0.5))
        if variant == 1:
            b.append(w.p(f"From: {pharm}, PharmD, Clinical Pharmacist, Pharmacy and Therapeutics Review",
                         space_before=4, size=st.size - 0.5))
        b.append(w.h(w.pick(["Adverse Benefit Determination", "Notice of Denial - Specialty Medication",
                             "Your request for Botox was not approved"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    intro = w.pick([f"Your neurologist, {prov}, asked us to cover {svcs}.",
                    f"We reviewed the request from {prov} for {svcs}."])
    if rec:
        intro += w.pick([f" We received it on {rec}.", f" The request came in on {rec}."])
    if urgent:
        intro += " It was reviewed as an urgent request."
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" The decision was made on {dec}."])
    intro += w.pick([" The request is denied.", " We are not able to approve it."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why the request was denied", "Reason for the decision", "Why we said no"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 0:
        b.append(w.h(w.pick(["Your headache diary (summary)", "Headache diary summary sent by your doctor"]),
                     space_before=8))
        b.append(Block("table", rows=_co_table(w), space_before=3, size=8.4))
        b.append(w.p(f"Diary kept by you and entered by {rn}, neurology clinic nurse.", size=7.8, space_before=2))
    b.append(w.p(w.pick([
        f"We also reviewed notes from {pcp}, your primary care physician, and your medicine history: {p1} from "
        f"{_fd(w, start)} ({weeks} weeks).",
        f"Records reviewed: the neurology notes, a note from {pcp} and your pharmacy fills of {p1} since "
        f"{_fd(w, start)}.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    chair, chair_cred = c.extra["co_chair"]
    if variant == 1:
        if _has(c, "process.reviewer_not_physician"):
            b.append(w.p("I reviewed the request against the criteria and made this decision.", space_before=6))
        elif c.reviewer:
            b.append(w.p(f"I prepared the clinical review of this request. The decision was made by the physician "
                         f"reviewer who signs below, {M('REVIEWER_NAME', c.reviewer['name'])}."
                         + (f" {prov} may call {M('REVIEWER_PHONE', c.reviewer['phone'])} for a peer-to-peer "
                            f"discussion." if c.reviewer["phone"] else ""), space_before=6))
    elif c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" {prov} may discuss it with the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    head(w.pick(["What you can do now", "Other options"]))
    b.append(w.p(w.pick([
        f"Ask {prov} about a second preventive medicine such as {p2}, or keep the headache diary for three more "
        f"months; a new request can be sent then. The infusion clinic can be reached at {c.extra['co_clinic_ph']}.",
        f"Your doctor may send a new request with an updated diary or after a trial of {p2}. Questions about "
        f"scheduling: {c.extra['co_clinic_ph']}.",
    ])))
    _co_rights(w, b, head)
    if variant == 1:
        r = c.reviewer
        b.append(w.p("Sincerely,", space_before=10))
        if _has(c, "process.reviewer_not_physician"):
            b.append(w.p(f"{M('REVIEWER_NAME', pharm)}, {M('REVIEWER_CRED', 'PharmD')}", space_before=15))
            b.append(w.p("Clinical Pharmacist, Pharmacy and Therapeutics", space_before=0))
            b.append(w.p(f"{chair}, {chair_cred}", space_before=12))
            b.append(w.p("Chair, Pharmacy and Therapeutics Committee (signing for the committee)", space_before=0))
        else:
            b.append(w.p(f"{pharm}, PharmD", space_before=15))
            b.append(w.p("Clinical Pharmacist (prepared the review)", space_before=0))
            b.append(w.p(M("REVIEWER_NAME", r["name"]) + f", {M('REVIEWER_CRED', r['credentials'])}",
                         space_before=12))
            b.append(w.p(("Physician Reviewer, " + M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"]
                          else c.reviewer_title) + " (decided)", space_before=0))
        b.append(w.p("Kaiser Permanente Colorado", space_before=0))
    elif variant == 2:
        b.append(w.p("Kaiser Permanente Colorado Pharmacy Utilization Review", space_before=10))
        b.append(w.p("This message is also mailed to you as a letter. Please do not reply to this message; call "
                     f"Member Services at {_CO_MS}.", size=st.size - 0.5))
    else:
        _close(w, b, w.pick(["Sincerely,", "Regards,"]), "Pharmacy Utilization Management",
               "Kaiser Permanente Colorado")
    b.append(w.p(f"cc: {prov}; {pcp}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_CO_MS} (TTY 711).",
                             f"Need help in another language? Call {_CO_MS} at no cost."]), space_before=6))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Language help"]))
    return b, st, ["co_headache_diary_table", "co_pt_reviewer_md_signature", "co_portal_message_print"][variant]


BLIND47_TEMPLATES["blind47_co_erisa_botox_chronic_migraine"] = (t_b47_co, dict(
    plans=["erisa_group"], states=["CO"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b47_co))
MODELED_ON["blind47_co_erisa_botox_chronic_migraine"] = (
    "blind47: Kaiser Permanente Colorado self-funded employer plan denial of onabotulinumtoxinA (J0585) with its "
    "injection (64615) for chronic migraine (G43.709, G43.719) because the diary shows fewer than 15 headache days a "
    "month or two preventive medicines were not tried; a letter with a headache diary table, a pharmacy and "
    "therapeutics pharmacist's letter with a physician signature, or a printed kp.org portal message; 180-day "
    "appeal, 72-hour urgent appeal, external review in 4 months (45 CFR 147.136), ERISA 502(a), free copies, EBSA "
    "with caveat, Member Services, taglines")
