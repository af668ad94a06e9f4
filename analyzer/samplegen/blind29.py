"""Twenty-ninth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND29_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind29_va_ma_partd_redetermination")``. Everything printed here (prose, headings, labels,
check boxes, taglines, layouts) is written for this set; law facts come from the rule catalogue
(shared/domain/rules.md) only.

1. ``blind29_va_ma_partd_redetermination``: Kaiser Permanente Medicare Advantage plan with Part D drug coverage,
   Mid-Atlantic States region, member in Virginia: the plan's redetermination (its Part D appeal decision) that
   upholds its earlier denial of a tiering exception or a non-formulary (formulary) exception. Laid out like a CMS
   notice: a bold heading, check boxes for the request type, the appeal speed and the outcome, a drug block with the
   drug, strength, quantity and days' supply. Layouts: ``va_boxed_facts`` (a boxed block of facts under the
   heading), ``va_label_grid`` (the facts as a label/value grid) and ``va_notice_enclosure`` (a two-column head and
   an enclosure page that explains the independent review). Letter kind: ``grievance_decision``; category
   ``not_covered`` (an exception to the drug list or its cost-sharing tiers, as earlier Part D sets decide it).
   Rights: only what the catalogue states for Medicare health plans. The next level is review by the Independent
   Review Entity (IRE), outside Kaiser Permanente; the catalogue verifies no Part D filing window and no IRE time
   frame, so the letter prints no deadline for it (``stated_appeal_deadline_days`` is null, as for every appeal
   decision) and says only that the member may ask for that review and how to reach the plan. Mid-Atlantic Member
   Services 1-800-777-7902 with TTY (301) 879-6380 and 1-800-MEDICARE (TTY 1-877-486-2048) are printed; no
   Virginia ombudsman (it is not the route for a Medicare plan). Refused: nothing beyond what the catalogue makes
   inapplicable (the criteria and reviewer rules need a medical-necessity category, which this letter never has).

   Which date is which: the notice date is the letter date; the date the appeal (redetermination request) was
   received is ``request_received``; the date the appeal was decided is ``decision``. The original coverage
   determination date (the first denial the appeal challenged) is a distractor: the truth schema has no role for
   an earlier decision, so it is never in the truth, and the last pharmacy fill date and the prescriber's note date
   are distractors too; there is no date of service. Which name is the member: the enrollee the notice is addressed
   to; the prescriber is the requesting provider; the pharmacist or physician who reviewed the appeal is the
   reviewer when named. Which reason is the reason: the paragraph that says why the denial is upheld (the lower-tier
   or formulary alternatives not tried, or the specialty tier), never the boilerplate about exceptions in general.

2. ``blind29_ga_adolescent_inpatient_call_confirm``: Kaiser Permanente Georgia commercial HMO letter to a parent or
   guardian confirming in writing an expedited (urgent) denial that was first given by telephone: the hospital asked
   to admit the adolescent to an inpatient psychiatric unit from the emergency department, the plan's psychiatrist
   found the admission not medically necessary and recommended a partial hospitalization program (PHP, H0035, an
   unmarked distractor) instead. Layouts: ``ga_confirm_banner`` (a boxed banner that says this is a written
   confirmation), ``ga_call_record`` (a small table recording the call: day, time, who spoke) and
   ``ga_memo_head`` (a memo head in two columns). Dates carry weekdays and the events carry times of day. The
   request is always expedited; ``notice.expedited_review`` is refused (an urgent letter speaks of its own fast
   review, which blurs the omission). Rights: 180-day appeal, 72-hour expedited appeal, external review by an
   independent review organization within 4 months of the final internal decision (45 CFR 147.136), the Georgia
   Office of Commissioner of Insurance named without a number (the catalogue verifies none), free copies. No
   Georgia Member Services number is printed (the catalogue does not verify one): the behavioral health
   utilization unit's own phone and fax are used.

   Which date is which: the letter date heads the letter (one or two days after the call). The telephone call date
   is the decision date (``decision``): the letter says the decision was made and told to the parent by phone that
   day, at a stated time. The day and time the hospital's request reached the plan is ``request_received``. The
   emergency department arrival date (and time) is an earlier visit, a distractor; the date of birth is a
   distractor; the PHP intake appointment offered is a distractor; there is no date of service. Which name is the
   member: the adolescent (the patient, printed with the member ID and date of birth); the parent is only the
   addressee. The requesting provider is the emergency or hospital psychiatrist who asked for the admission.
   Which reason is the reason: the sentence that says why inpatient care is not needed (the facts about safety and
   the fit of a partial hospitalization program); the criteria sentence and the PHP details are supporting text.

3. ``blind29_nca_enteral_nutrition_continued_table``: Kaiser Permanente Northern California commercial HMO letter
   denying enteral nutrition formula and tube-feeding supplies (HCPCS B4xxx, B9002, E0776 lines), with a line-item
   table that runs onto page 2: a "continued" caption, the column headings repeated, and a running header atop
   every later page with the member's name and "Page 2 of 3" (the real count). Table dates (the supply period of
   each line) use a compact system style (``mdy8`` 03052026 or ``ymon7`` 2026MAR05); prose dates use this set's
   prose styles. Layouts: ``nca_numbered_grid``, ``nca_code_first`` and ``nca_status_words`` (column order and
   wording of the table). Partial denials approve some lines (standard formula, gravity kit, standard tube); the
   truth's ``services`` lists every line of the table, the approved ones too, each with its description and HCPCS
   code as the table prints them, as the devset's README defines services for a partial decision ("Approved lines
   of a partial decision are listed too"; the set's first measure counted the denied lines only). The reason's
   code list ("the lines we denied (...)") names the denied lines only. Categories: medical
   necessity (partial or full denial) or not covered (formula taken by mouth, initial denial only). California
   Knox-Keene rights: 180-day grievance, 72-hour expedited review, the DMHC statement in bold with IMR, the Health
   Consumer Alliance, the reviewer's name and phone, taglines.

   Which date is which: the letter date heads the letter; the received and decision dates are stated in the first
   paragraph; the supply-period dates in the table are the periods asked for, not a date of service (there is none
   for a pre-service request) and not truth dates; the clinic visit date is a distractor. Which reason is the
   reason: the summary paragraph under the reason heading (above the table) that explains the denied lines and names
   their codes (the table's short per-line notes are supporting text). Which name is the member: the addressee; the
   ordering physician is the requesting provider; the dietitian and the supplier are distractors.

Dates use this set's own styles (``b29date``); ``parse_blind29_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style, layout
from .markup import M
from .writer import W, join_and

BLIND29_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DOW3 = [d[:3] for d in _DOW]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b29date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "wkfullord":  # Thursday, March 5th, 2026
        return f"{_DOW[d.weekday()]}, {mon} {_ordinal(d.day)}, {d.year}"
    if style == "wkcaps":  # THURSDAY, MARCH 5, 2026
        return f"{_DOW[d.weekday()].upper()}, {mon.upper()} {d.day}, {d.year}"
    if style == "wkabbrord":  # Thursday, Mar. 5th, 2026 (May has no point)
        return f"{_DOW[d.weekday()]}, {mon[:3]}{'' if mon == 'May' else '.'} {_ordinal(d.day)}, {d.year}"
    if style == "dowyy":  # Thu 03/05/26 (month first)
        return f"{_DOW3[d.weekday()]} {d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "mdy8":  # 03052026 (system style: month, day, year, no separators)
        return f"{d.month:02d}{d.day:02d}{d.year}"
    if style == "ymon7":  # 2026MAR05 (system style)
        return f"{d.year}{mon[:3].upper()}{d.day:02d}"
    raise ValueError(style)


PROSE = ("wkfullord", "wkcaps", "wkabbrord", "dowyy")
COMPACT = ("mdy8", "ymon7")
STYLES = PROSE + COMPACT


def parse_blind29_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b29date`` (None for anything else, a wrong weekday included)."""
    t = " ".join(text.split())
    caps = [m.upper() for m in MONTHS]

    def wk(d: dt.date, name: str, names: list[str]) -> dt.date | None:
        return d if names[d.weekday()] == name else None

    try:
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[2] in MONTHS and _ordinal(int(m[3])) == m[3] + m[4]:
            return wk(dt.date(int(m[5]), MONTHS.index(m[2]) + 1, int(m[3])), m[1], _DOW)
        m = re.fullmatch(r"([A-Z]+), ([A-Z]+) (\d{1,2}), (\d{4})", t)
        if m and m[2] in caps:
            return wk(dt.date(int(m[4]), caps.index(m[2]) + 1, int(m[3])), m[1], [x.upper() for x in _DOW])
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]{2})(\.?) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[2] in _MON3 and (m[3] == "") == (m[2] == "May") and _ordinal(int(m[4])) == m[4] + m[5]:
            return wk(dt.date(int(m[6]), _MON3.index(m[2]) + 1, int(m[4])), m[1], _DOW)
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return wk(dt.date(2000 + int(m[4]), int(m[2]), int(m[3])), m[1], _DOW3)
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})([A-Z]{3})(\d{2})", t)
        if m and m[2] in [x.upper() for x in _MON3]:
            return dt.date(int(m[1]), [x.upper() for x in _MON3].index(m[2]) + 1, int(m[3]))
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b29_fmt"] = w.pick(list(PROSE))


def _fd(w: W, day: dt.date | None) -> str:
    return b29date(day, w.c.extra["b29_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


def _clock(w: W, minutes: int) -> str:
    """A time of day in the letter's own clock style (chosen once per letter)."""
    h, m = divmod(minutes % (24 * 60), 60)
    st = w.c.extra.setdefault("b29_clock", w.pick(["ampm_dots", "ampm_caps", "h24"]))
    if st == "h24":
        return f"{h:02d}:{m:02d}"
    h12 = h % 12 or 12
    return f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}" if st == "ampm_dots" else \
        f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}"


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([52.0, 60.0, 68.0]),
               margin_t=w.pick([40.0, 48.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 8.0])
    return st


def _np_reviewer(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", "LCSW", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _rev_text(w: W, lead: str) -> str:
    r = w.c.reviewer
    out = lead + M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        out += f", {M('REVIEWER_CRED', r['credentials'])}"
    if r["specialty"]:
        out += w.pick([f", board certified in {M('REVIEWER_SPECIALTY', r['specialty'])}",
                       f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"])
    return out


def _signature(w: W, b: list[Block], unit: str, org: str, close: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=12))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(unit, space_before=12))
    b.append(w.p(org, space_before=0))


# language-help lines written for this set; {ph} is the number the letter prints
_LANG = {
    "es": "Español: Le ofrecemos un intérprete sin costo alguno. Llame al {ph}.",
    "zh": "中文：我們免費為您安排口譯員。請撥打 {ph}。",
    "vi": "Tiếng Việt: Chúng tôi cung cấp thông dịch viên miễn phí cho quý vị. Hãy gọi {ph}.",
    "ko": "한국어: 무료 통역사를 제공해 드립니다. {ph}번으로 연락하십시오.",
    "tl": "Tagalog: Bibigyan ka namin ng tagasalin nang walang bayad. Tumawag sa {ph}.",
    "ru": "Русский: Мы бесплатно предоставим вам переводчика. Позвоните по номеру {ph}.",
    "ar": "العربية: نوفر لك مترجمًا فوريًا مجانًا. اتصل على الرقم {ph}.",
    "fr": "Français : Un interprète vous est proposé gratuitement. Appelez le {ph}.",
    "am": "አማርኛ፦ ያለ ክፍያ አስተርጓሚ እናቀርብልዎታለን። በ {ph} ይደውሉ።",
    "fa": "فارسی: ما مترجم شفاهی رایگان در اختیار شما می‌گذاریم. با {ph} تماس بگیرید.",
    "ur": "اردو: ہم آپ کو مفت ترجمان فراہم کرتے ہیں۔ {ph} پر کال کریں۔",
    "hi": "हिंदी: हम आपको निःशुल्क दुभाषिया देते हैं। {ph} पर कॉल करें।",
    "gu": "ગુજરાતી: અમે તમને મફત દુભાષિયો આપીએ છીએ. {ph} પર કૉલ કરો.",
    "de": "Deutsch: Wir stellen Ihnen kostenlos einen Dolmetscher zur Verfügung. Rufen Sie {ph} an.",
    "ja": "日本語：通訳を無料でご用意いたします。{ph} にお電話ください。",
    "hy": "Հայերեն՝ Մենք ձեզ անվճար թարգմանիչ կտրամադրենք։ Զանգահարեք {ph}։",
    "pa": "ਪੰਜਾਬੀ: ਅਸੀਂ ਤੁਹਾਨੂੰ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ ਦਿੰਦੇ ਹਾਂ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ យើងផ្តល់អ្នកបកប្រែផ្ទាល់មាត់ដោយឥតគិតថ្លៃ។ ទូរស័ព្ទមក {ph}។",
    "hmn": "Hmoob: Peb muab ib tug neeg txhais lus pub dawb rau koj. Hu rau {ph}.",
    "th": "ภาษาไทย: เรามีล่ามให้บริการโดยไม่มีค่าใช้จ่าย โทร {ph}",
    "lo": "ພາສາລາວ: ພວກເຮົາມີນາຍພາສາໃຫ້ທ່ານໂດຍບໍ່ເສຍຄ່າ. ໂທ {ph}.",
    "bn": "বাংলা: আমরা আপনাকে বিনামূল্যে দোভাষী দিই। {ph} নম্বরে কল করুন।",
    "uk": "Українська: Ми безкоштовно надамо вам перекладача. Телефонуйте {ph}.",
}
_LANG_SETS = {
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "fa", "ur", "tl", "fr", "ru", "hi", "bn", "de"],
    "GA": ["es", "vi", "ko", "zh", "fr", "am", "hi", "gu", "ar", "de", "ru", "ja", "fa"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "km", "hmn", "ar", "hi", "th", "lo", "uk"],
}


def _languages(w: W, key: str, ph: str, heading: str | None, keep_min: int, size: float = 7.3) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    codes = list(_LANG_SETS[key])
    first, rest = codes[:1], codes[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(min(keep_min, len(rest)), len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.2) if heading else Block("rule", space_before=10)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Mid-Atlantic (Virginia) Medicare Part D redetermination upholding an exception denial ======================

# kind "tier": a tiering exception (lower cost-sharing tier); "spec": a tiering exception for a specialty-tier drug;
# "nf": a formulary (non-formulary drug) exception. Every one is decided as not_covered.
_VA_DRUGS = [
    dict(kind="tier", drug="Nebivolol (Bystolic) tablets", strength="10 mg", form="tablet", qty="30 tablets",
         days=30, tier="Tier 4 (Non-Preferred Drug)", ask="Tier 3 (Preferred Brand)",
         alts=["metoprolol succinate", "carvedilol"], alt_tier="Tier 1 (Preferred Generic)",
         cond="high blood pressure", dx=(["Essential (primary) hypertension", "Hypertension, essential"], "I10")),
    dict(kind="tier", drug="Mirabegron (Myrbetriq) extended-release tablets", strength="50 mg",
         form="extended-release tablet", qty="30 tablets", days=30, tier="Tier 4 (Non-Preferred Drug)",
         ask="Tier 3 (Preferred Brand)", alts=["oxybutynin extended-release", "trospium"],
         alt_tier="Tier 2 (Generic)", cond="overactive bladder", dx=(["Overactive bladder"], "N32.81")),
    dict(kind="tier", drug="Linagliptin (Tradjenta) tablets", strength="5 mg", form="tablet", qty="30 tablets",
         days=30, tier="Tier 4 (Non-Preferred Drug)", ask="Tier 3 (Preferred Brand)",
         alts=["glipizide", "pioglitazone"], alt_tier="Tier 1 (Preferred Generic)", cond="type 2 diabetes",
         dx=(["Type 2 diabetes mellitus with hyperglycemia"], "E11.65")),
    dict(kind="spec", drug="Apremilast (Otezla) tablets", strength="30 mg", form="tablet", qty="60 tablets",
         days=30, tier="Tier 5 (Specialty)", ask="Tier 3 (Preferred Brand)", alts=[], alt_tier="",
         cond="plaque psoriasis", dx=(["Psoriasis vulgaris", "Plaque psoriasis"], "L40.0")),
    dict(kind="nf", drug="Ubrogepant (Ubrelvy) tablets", strength="100 mg", form="tablet", qty="16 tablets",
         days=30, tier="Not on the drug list", ask="", alts=["sumatriptan", "rizatriptan"],
         alt_tier="Tier 1 (Preferred Generic)", cond="migraine attacks",
         dx=(["Migraine without aura, not intractable, without status migrainosus"], "G43.009")),
    dict(kind="nf", drug="Tiotropium/olodaterol (Stiolto Respimat) inhalation spray", strength="2.5 mcg/2.5 mcg "
         "per actuation", form="inhalation spray", qty="1 inhaler (60 actuations)", days=30,
         tier="Not on the drug list", ask="", alts=["umeclidinium/vilanterol (Anoro Ellipta)"],
         alt_tier="Tier 3 (Preferred Brand)", cond="COPD",
         dx=(["Chronic obstructive pulmonary disease with (acute) exacerbation"], "J44.1")),
    dict(kind="nf", drug="Ezetimibe/rosuvastatin (Roszet) tablets", strength="10 mg/10 mg", form="tablet",
         qty="30 tablets", days=30, tier="Not on the drug list", ask="",
         alts=["ezetimibe tablets", "rosuvastatin tablets"], alt_tier="Tier 1 (Preferred Generic)",
         cond="high cholesterol", dx=(["Hyperlipidemia, unspecified", "Mixed hyperlipidemia"], "E78.5")),
]
_VA_REVIEW_TITLES = ["Clinical Pharmacist, Medicare Part D Appeals", "Physician Reviewer, Part D Redeterminations",
                     "Associate Medical Director, Pharmacy Appeals"]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b29_va"):
        return
    c.extra["b29_va"] = True
    _fmt(w)
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.extra["dob"] = dt.date(w.rng.randint(1937, 1960), w.rng.randint(1, 12), w.rng.randint(1, 28))
    pool = [d for d in _VA_DRUGS if d["kind"] in ("tier", "spec")] if w.chance(0.55) else \
        [d for d in _VA_DRUGS if d["kind"] == "nf"]
    drug = c.extra["va_drug"] = w.pick(pool)
    c.services = [dict(text=drug["drug"], codes=[], decision="denied")]
    c.diagnoses = [dict(text=w.pick(drug["dx"][0]), codes=[drug["dx"][1]])]
    # a Part D appeal is decided within days; a late one only when planted (past the catalogue's 30 days / 72 h)
    if c.received and not _has(c, "process.decision_untimely"):
        c.received = (c.decision or c.letter) - dt.timedelta(days=w.rng.randint(0, 2) if c.urgency == "expedited"
                                                            else w.rng.randint(1, 7))
    start = c.received or c.letter
    c.extra["va_cd"] = start - dt.timedelta(days=w.rng.randint(9, 45))  # the coverage determination appealed
    c.extra["va_fill"] = c.extra["va_cd"] - dt.timedelta(days=w.rng.randint(3, 40))
    c.extra["va_note"] = c.extra["va_cd"] - dt.timedelta(days=w.rng.randint(1, 6))
    c.service = None
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"{pname}, DO", f"{pname}, NP", f"Dr. {pname}"])
    c.extra["va_prov_fax"] = phone(w.rng, "VA")
    c.extra["va_pharmacy"] = w.pick(["Kaiser Permanente Tysons Corner Pharmacy", "Woodbridge Medical Center Pharmacy",
                                     "Kaiser Permanente Mail-Order Pharmacy", "Caton Hill Pharmacy"])
    c.extra["va_unit_fax"] = phone(w.rng, "VA")
    c.criteria = []
    if c.reviewer is None and w.chance(0.5):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
    if c.reviewer:
        c.reviewer_title = w.pick(_VA_REVIEW_TITLES)
        pharm = "Pharmacist" in c.reviewer_title
        c.reviewer["credentials"] = w.pick(["PharmD", "RPh, PharmD"]) if pharm else w.pick(["MD", "M.D.", "DO"])
        c.reviewer["specialty"] = None if pharm or w.chance(0.5) else w.pick(["Internal Medicine", "Geriatric "
                                                                            "Medicine", "Family Medicine"])
        c.reviewer["phone"] = None
    c.extra["va_appeal_no"] = f"PDR-{w.rng.randint(10, 99)}-{w.rng.randint(100000, 999999)}"
    c.extra["va_cd_no"] = f"CD{w.rng.randint(10**6, 10**7 - 1)}"
    _flags(c)


def reason_b29_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    d = c.extra["va_drug"]
    alts = join_and(d["alts"], "or")
    are, treat, they = ("are", "treat", "they") if len(d["alts"]) > 1 else ("is", "treats", "it")
    if d["kind"] == "spec":
        return w.pick([
            f"We upheld our decision because {d['drug']} is on {d['tier']} of our drug list, and drugs on the "
            "specialty tier cannot be moved to a lower cost-sharing tier through a tiering exception; the drug "
            "stays covered for you at the specialty-tier cost-sharing.",
            f"Our denial stands: {d['drug']} is a {d['tier']} drug, and a tiering exception is not available for "
            f"drugs on the specialty tier. You can still fill it for {d['cond']} at the {d['tier']} cost-sharing.",
        ])
    if d["kind"] == "tier":
        return w.pick([
            f"We upheld our denial of the tiering exception because {alts}, which treat {d['cond']} and are on "
            f"{d['alt_tier']}, have not been tried, and your prescriber's statement does not explain why they would "
            "be less effective for you or cause you harm.",
            f"Your records show no trial of {alts}, lower-tier drugs on our list for {d['cond']}; without a "
            "statement from your prescriber that these drugs would not work as well for you or would have adverse "
            f"effects, we cannot cover {d['drug']} at the lower cost-sharing you asked for.",
            f"The supporting statement we received says only that you prefer {d['drug']}; it does not show that "
            f"{alts} (on {d['alt_tier']}) would be less effective or unsafe for your {d['cond']}, so the tiering "
            "exception remains denied.",
        ])
    return w.pick([
        f"We upheld our denial because {d['drug']} is not on our drug list, and {alts}, which {are} on the list and "
        f"{treat} {d['cond']}, {'have' if len(d['alts']) > 1 else 'has'} not been tried; your prescriber did not "
        f"tell us why {they} would not work for you or would cause harm.",
        f"The formulary exception remains denied: your pharmacy and medical records show no use of {alts}, "
        f"on our list for {d['cond']}, and the statement from your prescriber gives no medical reason that "
        f"{they} would be less effective or unsafe for you.",
    ])


def _va_marks(w: W) -> tuple[str, str, bool]:
    return w.pick([("\u25a0", "\u25a1", True), ("{X}", "{ }", False), ("|x|", "|_|", False)])


def t_b29_va(w: W):
    _va_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 boxed facts, 1 label grid, 2 two-column head + enclosure page
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    d = c.extra["va_drug"]
    ms, tty = "1-800-777-7902", "(301) 879-6380"
    addr = ["Kaiser Permanente", "Medicare Part D Appeals Unit", "P.O. Box 6831", "Rockville, MD 20849-6831"]
    no_ext = _has(c, "notice.external_review")
    urgent = c.urgency == "expedited"
    on, off, glyph = _va_marks(w)
    appeal_no = c.extra["va_appeal_no"]
    st.footer = [w.pick([f"Appeal {appeal_no} - page {{page}} of {{pages}}", "KP Medicare Part D | {page}/{pages}",
                         "Redetermination notice, page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", w.pick(["Medicare Advantage Plan with Part D",
                                                      "Medicare Health Plan (HMO) with Part D Drug Coverage"]),
                         "Mid-Atlantic States"],
                   right=addr[1:] + [f"Fax {c.extra['va_unit_fax']}"]))
    title = w.pick(["Redetermination Notice: We Did Not Change Our Decision",
                    "NOTICE OF REDETERMINATION - YOUR PART D APPEAL WAS DENIED",
                    "Medicare Prescription Drug Appeal: Our Decision Is Unchanged"])
    letter_d = _dm(w, "DATE_LETTER", c.letter)
    facts = [(w.pick(["Date of notice", "Notice date", "Date"]), letter_d),
             (w.pick(["Enrollee", "Member name"]), w.name()),
             (w.pick(["Member ID", "Medicare plan member number"]), w.mid()),
             ("Appeal number", appeal_no),
             ("Prescriber", M("PROVIDER", c.provider))]
    if w.chance(0.5):
        facts.append(("Prescriber fax", c.extra["va_prov_fax"]))
    if variant == 2:
        left = [letter_d, "", w.name()] + c.member_addr
        right = [f"{k}: {v}" for k, v in facts[2:]]
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=10))
        b.append(w.p(title, bold=True, size=12.5, space_before=12))
    else:
        b.append(w.p(title, bold=True, size=12.5, space_before=10, align=w.pick(["left", "center"])))
        if variant == 0:
            b.append(w.p("    ".join(f"{k}: {v}" for k, v in facts[:3]), boxed=True, size=st.size - 0.5,
                         space_before=6))
            b.append(w.p("    ".join(f"{k}: {v}" for k, v in facts[3:]), size=st.size - 0.5, space_before=2))
        else:
            b.append(Block("table", rows=[[k, v] for k, v in facts], header_row=False, size=st.size - 1,
                           space_before=6))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]

    def box(opts: list[tuple[str, bool]], lead: str) -> Block:
        t = lead + "   ".join(f"{on if x else off} {lab}" for lab, x in opts)
        return Block("para", text=t, unicode=glyph, size=st.size - 0.5, space_before=3)

    kind = d["kind"]
    b.append(w.h(w.pick(["About your appeal", "What you asked us to review"]), space_before=12))
    b.append(box([("Tiering exception", kind in ("tier", "spec")), ("Formulary exception", kind == "nf"),
                  ("Prior authorization", False), ("Quantity limit", False)], "Request type:  "))
    b.append(box([("Standard", not urgent), ("Expedited (fast)", urgent)], "Appeal speed:  "))
    b.append(box([("Approved", False), ("Partly approved", False), ("Denied (decision upheld)", True)],
                 "Outcome:  "))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    cd = _fd(w, c.extra["va_cd"])
    who = w.pick(["you", f"your prescriber, {M('PROVIDER', c.provider)},", "you and your prescriber"])
    intro = w.pick([
        f"On {cd} we issued a coverage determination ({c.extra['va_cd_no']}) that denied your request. {_cap(who)} "
        "asked us to look at it again (a redetermination).",
        f"{_cap(who)} appealed our coverage determination {c.extra['va_cd_no']}, dated {cd}, which did not grant "
        "the exception.",
    ])
    if rec:
        intro += w.pick([f" We received the appeal on {rec}.", f" Your appeal reached us on {rec}."])
    if dec:
        intro += w.pick([f" We completed our review on {dec}.", f" The redetermination was decided on {dec}."])
    intro += w.pick([" We have not changed our decision.", " The original denial is upheld."])
    b.append(w.p(intro, space_before=8))
    # the drug block
    drug_rows = [["Drug", M("SERVICE", d["drug"])], ["Strength", d["strength"]], ["Dosage form", d["form"]],
                 ["Quantity", f"{d['qty']} per {d['days']} days"], ["Current tier", d["tier"]]]
    if d["ask"]:
        drug_rows.append(["Tier requested", d["ask"]])
    drug_blk = [w.h(w.pick(["Drug under appeal", "The prescription"]), space_before=10),
                Block("table", rows=drug_rows, header_row=False, size=st.size - 1, space_before=4),
                w.p(w.pick(["Condition on the request: ", "Diagnosis given by the prescriber: "]) +
                    "; ".join(w.dx(x) for x in c.diagnoses) + ".", size=st.size - 0.5, space_before=4)]
    why_blk = [w.h(w.pick(["Why we upheld the denial", "Reason for our decision", "WHY WE DENIED YOUR APPEAL"]),
                   space_before=10), w.p(M("REASON", w.reason))]
    extra = [f"Your last fill of a related prescription at {c.extra['va_pharmacy']} was on "
             f"{_fd(w, c.extra['va_fill'])}."]
    if d["alts"]:
        extra.append(w.pick([
            f"Your prescriber may send a new request with records of a trial of {join_and(d['alts'], 'or')}, or a "
            "statement of why those drugs would not be safe or effective for you.",
            f"If {join_and(d['alts'], 'or')} did not work for you or caused side effects, ask your prescriber to "
            "tell us so in writing; a new request can then be reviewed.",
        ]))
    extra.append(w.pick([
        f"The prescriber's office note dated {_fd(w, c.extra['va_note'])} was part of the records we reviewed.",
        f"We reviewed the records sent with the appeal, including the office note of {_fd(w, c.extra['va_note'])}.",
    ]))
    why_blk += [w.p(x) for x in extra]
    if c.reviewer:
        why_blk.append(w.p(_rev_text(w, w.pick(["The appeal was reviewed by ", "Reviewer for this appeal: "])) +
                           w.pick([", who took no part in the first decision.", "."])))
    if w.chance(0.5):
        b += drug_blk + why_blk
    else:
        b += why_blk + drug_blk
    b.append(w.p(w.pick([
        "You may ask for a free copy of the case file, including the records and guidelines we used.",
        "Copies of the information we relied on are free of charge; call us to ask for them.",
    ])))
    # the next level, as far as the catalogue supports it (no filing window is printed)
    if not no_ext:
        b.append(w.h(w.pick(["What comes next: independent review", "IF YOU STILL DISAGREE",
                             "Your next level of appeal"]), space_before=12))
        b.append(w.p(w.pick([
            "The next level is a review by the Independent Review Entity (IRE), an organization Medicare contracts "
            "with that is not part of Kaiser Permanente. You, your representative or your prescriber may ask the IRE "
            "to review our decision. For the steps to take, see "
            + ("the enclosed page." if variant == 2 else "the instructions below or call us."),
            "If you disagree with this redetermination, you may ask for a reconsideration by the Independent Review "
            "Entity, which works for Medicare and is independent of Kaiser Permanente. Call Member Services for the "
            "request form and instructions.",
        ])))
        b.append(w.p(w.pick([
            "Further levels follow the IRE: an Administrative Law Judge, the Medicare Appeals Council and, after "
            "that, a federal court. Each decision letter explains the next one.",
            "Decisions of the IRE can be taken further (an Administrative Law Judge, then the Medicare Appeals "
            "Council, then a federal court).",
        ])))
    b.append(w.h(w.pick(["Questions and help", "Where to get help"]), space_before=10))
    b.append(w.p(
        f"Member Services: {ms} (TTY {tty}). Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a "
        "week; TTY 1-877-486-2048; www.medicare.gov."))
    _signature(w, b, "Medicare Part D Appeals Unit", "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
               w.pick(["Sincerely,", "Respectfully,"]))
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter help: call {ms} (TTY {tty}).",
                             f"Language assistance at no cost is available at {ms} (TTY {tty})."]), space_before=6))
    langs = _languages(w, "VA", f"{ms}", w.pick([None, "Multi-language interpreter services"]), 9)
    if variant == 2 and not no_ext:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Enclosure: Asking for an independent review of your Part D appeal",
                             "ENCLOSURE - HOW THE INDEPENDENT REVIEW WORKS"]), size=st.size + 1))
        for k, t in enumerate([
            "Write to the Independent Review Entity and say that you want a review of our redetermination. "
            f"Give your name, your Medicare number, the drug and the appeal number {appeal_no}.",
            "Send any records or a statement from your prescriber that support your request. We will send your "
            "case file to the IRE when it asks for it.",
            "If waiting could seriously harm your health, tell the IRE that you need a fast (expedited) review.",
            f"Member Services can mail you the request form and help you fill it in: {ms} (TTY {tty}).",
        ], 1):
            b.append(w.p(f"{k}. {t}", indent=8, space_before=4))
        b += langs
    else:
        b += langs
    return b, st, ["va_boxed_facts", "va_label_grid", "va_notice_enclosure"][variant]


def _cap(s: str) -> str:
    if s.startswith("\x01"):
        j = s.index("\x02") + 1
        return s[:j] + s[j:j + 1].upper() + s[j + 1:]
    return s[:1].upper() + s[1:]


BLIND29_TEMPLATES["blind29_va_ma_partd_redetermination"] = (t_b29_va, dict(
    plans=["medicare_advantage"], states=["VA"], kinds=["grievance_decision"], cats=["not_covered"],
    reason=reason_b29_va))
MODELED_ON["blind29_va_ma_partd_redetermination"] = (
    "blind29: Kaiser Permanente Mid-Atlantic (Virginia) Medicare Advantage Part D redetermination notice upholding a "
    "tiering or formulary exception denial; CMS-style bold heading, check boxes for request type, speed and outcome, "
    "drug/strength/quantity block; original coverage determination date as a distractor; next level the Independent "
    "Review Entity with no invented deadline; Member Services 1-800-777-7902, 1-800-MEDICARE, taglines")


# === 2. Georgia commercial HMO: written confirmation of an urgent phone denial (adolescent inpatient psych) =========

_GA_HOSP = ["Chattahoochee Valley Medical Center", "Brookhaven Regional Hospital", "Dogwood Children's Hospital",
            "Peachtree Crossing Medical Center", "Stone Mountain General Hospital"]
_GA_DX = [(["Major depressive disorder, single episode, severe without psychotic features"], "F32.2"),
          (["Major depressive disorder, recurrent, severe without psychotic features"], "F33.2"),
          (["Suicidal ideations"], "R45.851"),
          (["Generalized anxiety disorder"], "F41.1"),
          (["Post-traumatic stress disorder, unspecified"], "F43.10")]
_GA_SVC = ["acute inpatient psychiatric admission (adolescent unit)", "inpatient psychiatric hospitalization",
           "admission to an inpatient adolescent psychiatric unit"]
_GA_CRIT = ["Child and Adolescent Level of Care Utilization System (CALOCUS)",
            "CALOCUS-CASII level of care criteria (American Academy of Child and Adolescent Psychiatry)",
            "InterQual Behavioral Health Criteria: Child and Adolescent Psychiatry, Acute Inpatient"]
_GA_NP = ["Behavioral Health Care Coordinator", "Utilization Review Clinician", "Intake Specialist, Behavioral Health"]
_GA_PHP = ["Riverbend Adolescent Partial Hospitalization Program", "Kaiser Permanente Teen Day Treatment Program",
           "Summit Youth Partial Hospitalization Program"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b29_ga"):
        return
    c.extra["b29_ga"] = True
    _fmt(w)
    c.region = "Georgia"
    c.urgency = "expedited"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.service = None
    untimely = _has(c, "process.decision_untimely")
    dec = c.decision or c.letter
    if not dec:  # pragma: no cover
        dec = c.letter
    c.decision = dec
    if untimely:
        c.received = dec - dt.timedelta(days=w.rng.randint(4, 8))
    else:
        c.received = dec - dt.timedelta(days=w.rng.randint(0, 1))
    c.letter = dec + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["ga_er"] = c.received - dt.timedelta(days=w.rng.randint(0, 1))
    # times of day: ER arrival, request received, phone call (always after the request)
    er_t = w.rng.randint(0, 23 * 60)
    rq_t = w.rng.randint(0, 23 * 60)
    if c.extra["ga_er"] == c.received:
        rq_t = min(er_t + w.rng.randint(120, 420), 23 * 60 + 40)
    call_t = w.rng.randint(9 * 60, 19 * 60)
    if c.received == dec and call_t <= rq_t + 60:
        call_t = min(rq_t + w.rng.randint(90, 240), 23 * 60 + 50)
    c.extra["ga_times"] = (er_t // 5 * 5, rq_t // 5 * 5, call_t // 5 * 5)
    age = w.rng.randint(12, 17)
    c.extra["dob"] = dt.date(c.letter.year - age, c.letter.month, min(c.letter.day, 28)) - dt.timedelta(
        days=w.rng.randint(10, 350))
    role = w.pick(["parent", "parent", "guardian"])
    pname, pf, plast = person(w.rng, 0.1)
    mlast = c.member_name.split()[-1]
    if w.chance(0.6):
        pname = f"{pf} {mlast}"
        plast = mlast
    c.extra["ga_parent"] = (pname, plast, role, w.pick(["Ms.", "Mr.", "Mx."]))
    c.extra["ga_first"] = c.member_name.split()[0]
    c.services = [dict(text=w.pick(_GA_SVC), codes=[], decision="denied")]
    dx = [_GA_DX[w.rng.randrange(2)]]
    if w.chance(0.6):
        dx.append(w.pick(_GA_DX[2:]))
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.extra["ga_hosp"] = w.pick(_GA_HOSP)
    pname2, _, plast2 = person(w.rng, 0.1)
    c.provider = w.pick([f"{pname2}, MD", f"{pname2}, M.D.", f"{pname2}, DO"])
    c.extra["ga_prov_last"] = plast2
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_GA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _GA_NP)
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Child and Adolescent Psychiatry", "Psychiatry"]) if w.chance(0.8)
                          else None, phone=phone(w.rng, "GA") if w.chance(0.7) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Behavioral Health", "Psychiatrist Reviewer",
                                   "Medical Director, Behavioral Health Utilization Management"])
    c.extra["ga_phone"] = phone(w.rng, "GA")
    c.extra["ga_fax"] = phone(w.rng, "GA")
    c.extra["ga_php"] = w.pick(_GA_PHP)
    c.extra["ga_php_phone"] = phone(w.rng, "GA")
    c.extra["ga_php_day"] = D.next_business(c.letter + dt.timedelta(days=w.rng.randint(0, 2)))
    c.extra["ga_caller"] = person(w.rng, 0.1)[0] + w.pick([", RN", ", LCSW", ", LPC"])
    c.extra["ga_fact"] = w.rng.randrange(3)
    _flags(c)


def reason_b29_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Inpatient admission is not medically necessary.", "Level of care criteria are not met.",
                       "The admission does not meet medical necessity."])
    first = c.extra["ga_first"]
    php = "a partial hospitalization program"
    return w.pick([
        [f"Inpatient care is not medically necessary because {first} has not tried to harm anyone since arriving at "
         "the hospital, says there is no plan or intent to act on the suicidal thoughts, is eating and sleeping, and "
         f"can be kept safe at home with a parent present and medicines and sharp objects locked away; {php} can "
         "give the daily treatment needed.",
         f"The hospital records show {first} is calm, taking part in the safety plan and not acting on the thoughts "
         f"of self-harm that led to the visit, so treatment can safely continue in {php} rather than a locked "
         "inpatient unit."],
        [f"{first} has no psychosis, no aggression and no self-harm since the emergency visit, and the family is "
         f"able to supervise at home; this level of risk is treated in {php}, so the inpatient admission is not "
         "medically necessary.",
         f"An inpatient stay is not needed because {first} is medically stable, has not needed restraint or "
         "emergency medicine, and agreed to a safety plan with the family; a structured day program "
         f"({php}) meets these needs."],
        [f"{first}'s symptoms are serious but do not require 24-hour hospital care: there is no current plan to "
         "act on them, the home can be made safe, and the outpatient therapist can see the family this week, so "
         f"{php} is the level of care that fits.",
         f"Because {first} can be kept safe at home overnight and needs intensive therapy during the day rather "
         f"than round-the-clock nursing, {php} is the right level of care and inpatient admission is not medically "
         "necessary."],
    ][c.extra["ga_fact"]])


def t_b29_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 banner, 1 call record table, 2 memo head
    st = _style(w, ["helvetica", "times", "courier"] if variant != 1 else ["helvetica", "times"], [9.5, 10.0])
    pname, plast, role, title = c.extra["ga_parent"]
    er_t, rq_t, call_t = (_clock(w, t) for t in c.extra["ga_times"])
    ph, fax = c.extra["ga_phone"], c.extra["ga_fax"]
    hosp = c.extra["ga_hosp"]
    first = c.extra["ga_first"]
    er_day = _fd(w, c.extra["ga_er"])
    dob = _fd(w, c.extra["dob"])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Case {ref} | {{page}} of {{pages}}", "KP Georgia Behavioral Health UM - page {page}",
                         f"{ref}  {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", w.pick(["Behavioral Health Utilization Management",
                                                                 "Mental Health Care Review Unit"])],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Nine Piedmont Center",
                          "3495 Piedmont Road NE, Atlanta, GA 30305", f"Phone {ph}   Fax {fax}"]))
    letter_d = _dm(w, "DATE_LETTER", c.letter)
    dec = _dm(w, "DATE_DECISION", c.decision)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    patient = f"{w.pick(['Patient', 'Member (patient)'])}: {w.name()}    Member ID: {w.mid()}    Date of birth: {dob}"
    if variant == 2:
        left = [f"**{w.pick(['MEMO TO PARENT/GUARDIAN', 'TO THE PARENT OR GUARDIAN'])}", pname] + c.member_addr
        right = [f"Date: {letter_d}", f"Patient: {w.name()}", f"Member ID: {w.mid()}", f"Born: {dob}",
                 f"Case: {ref}"]
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=10))
    else:
        b.append(w.p(letter_d, space_before=10))
        b.append(w.p(pname, space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(patient, size=st.size - 0.5, space_before=10))
        b.append(w.p(f"Case number: {ref}    Hospital: {hosp}", size=st.size - 0.5, space_before=1))
    if variant == 0:
        b.append(w.p(w.pick(["WRITTEN CONFIRMATION OF AN URGENT DECISION GIVEN BY TELEPHONE",
                             "This letter confirms a decision we gave you by phone"]), bold=True, boxed=True,
                     align="center", size=st.size + 1, space_before=10))
    else:
        b.append(w.h(w.pick(["Expedited decision: inpatient psychiatric admission not approved",
                             "Confirmation of our phone call: urgent review decision"]), space_before=10,
                     size=st.size + 1))
    if variant == 1:
        rows = [["Telephone notice", ""], ["Day of call", dec], ["Time of call", f"{call_t} Eastern"],
                ["Spoken with", f"{pname} ({role})"], ["Called by", c.extra["ga_caller"]],
                ["Hospital notified", f"{hosp}, attending {M('PROVIDER', c.provider)}"]]
        b.append(Block("table", rows=rows, size=st.size - 1, space_before=8))
    sal = w.pick([f"Dear {title} {plast}:", f"Dear {pname}:", f"Dear parent or guardian of {first}:"])
    b.append(w.p(sal, space_before=10))
    svc = w.svc(c.services[0])
    if variant == 1:
        open_ = w.pick([
            f"As recorded above, we called you on {dec} at {call_t} to tell you our decision about {svc} for "
            f"{w.name()}, made that same day. This letter puts that decision in writing.",
            f"This letter confirms our call on {dec} at {call_t}, when we told you that we had decided that day "
            f"not to approve {svc} for {w.name()}.",
        ])
    else:
        open_ = w.pick([
            f"This letter confirms our call on {dec} at {call_t}, when {c.extra['ga_caller']} told you that we "
            f"made an urgent decision not to approve {svc} for your child, {w.name()}.",
            f"On {dec} at {call_t} we phoned you with our expedited decision on {svc} for {w.name()}. We made "
            "the decision that day, and this letter confirms it in writing.",
            f"We are writing to confirm what we told you by telephone on {dec} at {call_t}: the request for "
            f"{svc} for {w.name()} was reviewed urgently and decided that day, and it is not approved.",
        ])
    b.append(w.p(open_))
    lead = w.rng.randrange(2)
    if lead == 0:
        story = f"{first} was brought to the emergency department at {hosp} on {er_day} at {er_t}"
        story += " " if story.endswith(".") else ". "
    else:
        story = f"After {first} arrived at the {hosp} emergency department ({er_day}, {er_t}), "
    if variant == 1:
        ask = f"{M('PROVIDER', c.provider)}, the hospital's psychiatrist, asked us to approve an admission."
        story += ask if lead == 0 else "the hospital's psychiatrist asked us to approve an admission."
    else:
        ask = w.pick([f"Dr. {c.extra['ga_prov_last']} asked us to approve an inpatient admission.",
                      f"the attending physician, {M('PROVIDER', c.provider)}, requested an admission."])
        story += _cap(ask) if lead == 0 else ask
    if rec:
        story += w.pick([f" The request reached us on {rec} at {rq_t}.",
                         f" We received the request on {rec} at {rq_t} and reviewed it as urgent."])
    b.append(w.p(story))
    dx_blk = w.p(w.pick(["Diagnoses from the hospital: ", "The hospital's diagnoses: "]) +
                 "; ".join(w.dx(x) for x in c.diagnoses) + ".")
    why = [w.h(w.pick(["Why the admission was not approved", "Reason for the decision", "Our reason"]),
               space_before=10), w.p(M("REASON", w.reason))]
    if c.criteria:
        why.append(w.p(w.pick([f"We used the {w.crit(c.criteria[0])} to review the request.",
                               f"Criteria used: {w.crit(c.criteria[0])}."])))
    if c.reviewer:
        line = _rev_text(w, w.pick(["The decision was made by ", "Reviewing clinician: "]))
        if c.reviewer["phone"]:
            line += w.pick([f". The hospital's doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to "
                            "discuss it.", f"; peer-to-peer line {M('REVIEWER_PHONE', c.reviewer['phone'])}."])
        else:
            line += "."
        why.append(w.p(line))
    if w.chance(0.5):
        b.append(dx_blk)
        b += why
    else:
        b += why
        b.append(dx_blk)
    php_day = _fd(w, c.extra["ga_php_day"])
    b.append(w.h(w.pick(["What we recommend instead", "Care that is approved", "Next steps for your child"]),
                 space_before=10))
    b.append(w.p(w.pick([
        f"We recommend a partial hospitalization program (HCPCS H0035), where {first} would attend treatment "
        "for most of the day on weekdays and sleep at home. We have approved an intake at "
        f"{c.extra['ga_php']} on {php_day} at {_clock(w, 9 * 60 + w.rng.choice([0, 30, 60, 90]))}; "
        f"call {c.extra['ga_php_phone']} to confirm.",
        f"{c.extra['ga_php']} (partial hospitalization, H0035) can see {first} on {php_day}. Please call "
        f"{c.extra['ga_php_phone']} to confirm the intake time.",
    ])))
    b.append(w.p(w.pick([
        f"If {first} is in danger right now, call 911 or go to the nearest emergency room. Emergency care never "
        "needs our approval.",
        "In an emergency, call 911 or go to the closest emergency department; no approval is needed for "
        "emergency care.",
    ])))
    # rights
    b.append(w.h(w.pick(["Your right to appeal", "If you disagree with this decision", "Appeal rights"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, {first}'s doctor or another person you choose may appeal within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date you receive this letter. Call {ph}, fax {fax}, or "
            "write to Kaiser Permanente, Appeals Department, Nine Piedmont Center, 3495 Piedmont Road NE, "
            "Atlanta, GA 30305.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} after you get this notice, by "
            f"phone ({ph}), by fax ({fax}) or in writing to our Appeals Department at the address above.",
        ])))
    b.append(w.p(w.pick([
        "Because this is an urgent situation, you may ask for an expedited appeal by phone; we will decide it "
        "within 72 hours.",
        "Ask for an expedited (fast) appeal if waiting could seriously harm your child's health. We decide expedited "
        "appeals within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold this decision on appeal, you may ask for an external review by an independent review "
            "organization that has no ties to Kaiser Permanente. Ask within 4 months after you receive our final "
            "appeal decision (45 CFR 147.136). The organization decides within 45 days, or within 72 hours when "
            "the case is urgent, and its decision binds us.",
            "After our final appeal decision you have 4 months to ask for external review by an independent review "
            "organization (45 CFR 147.136). Standard reviews are decided within 45 days; urgent ones within 72 "
            "hours.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all records, criteria and other papers used in this decision.",
        "Free of charge, we will send you copies of the documents and guidelines we relied on.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with an appeal you may also contact the Georgia Office of Commissioner of Insurance, "
            "Consumer Services.",
            "The Georgia Office of Commissioner of Insurance can help you with questions about appeals and "
            "external review.",
        ])))
    _signature(w, b, "Behavioral Health Utilization Management",
               "Kaiser Foundation Health Plan of Georgia, Inc.", w.pick(["Sincerely,", "With concern for your family,"]))
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}, {hosp}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Need an interpreter? It is free. Call {ph} (TTY 711).",
                             f"Free language help is available at {ph} (TTY 711)."]), space_before=6))
    b += _languages(w, "GA", f"{ph} (TTY 711)", w.pick([None, "Language access"]), 8)
    return b, st, ["ga_confirm_banner", "ga_call_record", "ga_memo_head"][variant]


BLIND29_TEMPLATES["blind29_ga_adolescent_inpatient_call_confirm"] = (t_b29_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review",), reason=reason_b29_ga))
MODELED_ON["blind29_ga_adolescent_inpatient_call_confirm"] = (
    "blind29: Kaiser Permanente Georgia commercial HMO letter to a parent confirming in writing an urgent denial "
    "first given by telephone (date and time of the call) of an adolescent's inpatient psychiatric admission from the "
    "emergency department, recommending a partial hospitalization program; weekday dates and times of day; 180-day "
    "appeal, 72-hour expedited appeal, external review within 4 months (45 CFR 147.136), taglines")


# === 3. Northern California commercial HMO: enteral nutrition lines in a table continued onto page 2 ==============

# (code, description, unit, request range, role): role "std" lines are the ones a partial decision approves
_NCA_TUBE = [
    ("B4150", "Enteral formula, intact protein (100 cal = 1 unit)", "units", (330, 540), "std"),
    ("B4036", "Supply kit, gravity fed, per day", "days", (30, 30), "std"),
    ("B4087", "Gastrostomy tube, standard, each", "each", (1, 1), "std"),
    ("B4154", "Formula for special metabolic needs (100 cal = 1 unit)", "units", (330, 540), "mn"),
    ("B4153", "Formula, hydrolyzed protein (100 cal = 1 unit)", "units", (300, 480), "mn"),
    ("B9002", "Enteral feeding pump, rental", "months", (1, 3), "mn"),
    ("B4035", "Supply kit, pump fed, per day", "days", (30, 90), "mn"),
    ("E0776", "IV pole for the feeding pump", "each", (1, 1), "mn"),
    ("B4155", "Modular protein component (100 cal = 1 unit)", "units", (30, 90), "mn"),
    ("B4149", "Blenderized natural-food formula (100 cal = 1 unit)", "units", (300, 450), "mn"),
    ("B4088", "Gastrostomy tube, low-profile, each", "each", (1, 2), "mn"),
]
_NCA_ORAL = [
    ("B4150", "Oral formula, intact protein (100 cal = 1 unit)", "units", (120, 240), "nc"),
    ("B4152", "Oral formula, calorically dense (100 cal = 1 unit)", "units", (90, 180), "nc"),
    ("B4155", "Protein powder by mouth (100 cal = 1 unit)", "units", (30, 60), "nc"),
    ("B4100", "Food thickener, by mouth, per ounce", "ounces", (30, 90), "nc"),
    ("B4102", "Electrolyte replacement formula (500 mL = 1 unit)", "units", (30, 60), "nc"),
    ("B4034", "Supply kit, syringe fed, per day", "days", (30, 30), "nc"),
    ("B4153", "Oral formula, hydrolyzed protein (100 cal = 1 unit)", "units", (60, 150), "nc"),
    ("B4149", "Blenderized formula by mouth (100 cal = 1 unit)", "units", (60, 150), "nc"),
]
_NCA_SHORT = {
    "B4154": "standard formula tolerated", "B4153": "no malabsorption documented", "B9002": "gravity feeds tolerated",
    "B4035": "goes with the pump", "E0776": "goes with the pump", "B4155": "albumin and intake adequate",
    "B4149": "standard formula meets needs", "B4088": "standard tube in place",
}
_NCA_TUBE_DX = [(["Dysphagia, oropharyngeal phase"], "R13.12"),
                (["Malignant neoplasm of base of tongue"], "C01"),
                (["Amyotrophic lateral sclerosis"], "G12.21"),
                (["Dysphagia following cerebral infarction"], "I69.391")]
_NCA_ORAL_DX = [(["Moderate protein-calorie malnutrition"], "E44.0"), (["Abnormal weight loss"], "R63.4"),
                (["Crohn's disease of small intestine without complications"], "K50.00")]
_NCA_CRIT = ["Kaiser Permanente Northern California DME Criteria: Enteral Nutrition",
             "Medicare National Coverage Determination 180.2 (Enteral and Parenteral Nutritional Therapy), used as "
             "a guideline",
             "MCG Health Ambulatory Care Guideline: Enteral Nutrition"]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b29_nca"):
        return
    c.extra["b29_nca"] = True
    _fmt(w)
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.service = None
    oral = c.category == "not_covered"
    partial = c.letter_kind == "partial_denial"
    c.extra["nca_oral"] = oral
    if oral:
        pool = list(_NCA_ORAL)
        w.rng.shuffle(pool)
        lines = pool[: w.rng.randint(6, 8)]
    else:
        std = [x for x in _NCA_TUBE if x[4] == "std"]
        mn = [x for x in _NCA_TUBE if x[4] == "mn"]
        w.rng.shuffle(mn)
        if partial:
            lines = std[: w.rng.randint(2, 3)] + mn[: w.rng.randint(4, 7)]
        else:
            lines = std + mn[: w.rng.randint(4, 7)]
        if not partial:
            lines = [x for x in lines if x[0] != "B4087"] if w.chance(0.5) else lines
    rows = []
    start = (c.decision or c.letter) + dt.timedelta(days=w.rng.randint(1, 5))
    for code, text, unit, (lo, hi), role in lines:
        months = w.rng.choice([1, 3, 6]) if unit in ("units", "days", "ounces") else 1
        req = w.rng.randint(lo, hi) * (months if unit in ("units", "ounces") else 1)
        if unit == "days":
            req = 30 * months
        if unit == "months":
            months = req
        end = start + dt.timedelta(days=30 * months - 1)
        approved = partial and role == "std"
        rows.append(dict(code=code, text=text, unit=unit, req=req, appr=req if approved else 0,
                         dec="approved" if approved else "denied", role=role, start=start, end=end))
    w.rng.shuffle(rows)
    rows.sort(key=lambda r: r["code"][0] != "B")
    c.extra["nca_rows"] = rows
    # every line of the table, in its order (the approved lines of a partial decision are listed too, as the devset's
    # README defines services)
    c.services = [dict(text=r["text"], codes=[r["code"]], decision=r["dec"]) for r in rows]
    pool = _NCA_ORAL_DX if oral else _NCA_TUBE_DX
    k = w.rng.randrange(len(pool))
    c.diagnoses = [dict(text=w.pick(pool[k][0]), codes=[pool[k][1]])]
    if not oral and w.chance(0.5):
        c.diagnoses.append(dict(text="Gastrostomy status", codes=["Z93.1"]))
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}"])
    c.extra["nca_dietitian"] = person(w.rng, 0.1)[0] + w.pick([", RD", ", RDN", ", MS, RD"])
    c.extra["nca_weight"] = (w.rng.randint(118, 196), w.rng.randint(2, 5))
    c.extra["nca_visit"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(5, 30))
    if c.category == "medical_necessity" and not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(_NCA_CRIT[:1] + _NCA_CRIT[2:])]
    else:
        c.criteria = []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["DME Authorization Coordinator", "Utilization Review Nurse"])
    elif c.category == "medical_necessity" or w.chance(0.6):
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Gastroenterology", "Internal Medicine", "Physical Medicine and "
                                            "Rehabilitation"]) if w.chance(0.7) else None,
                          phone=phone(w.rng, "CA"))
        c.reviewer_title = w.pick(["Physician Reviewer, Durable Medical Equipment", "Utilization Management "
                                   "Physician", "Reviewing Physician"])
    else:
        c.reviewer = None
    c.extra["nca_phone"] = phone(w.rng, "CA")
    c.extra["nca_fax"] = phone(w.rng, "CA")
    c.extra["nca_vendor"] = w.pick(["Golden Gate Home Nutrition Services", "Bay Infusion & Enteral Supply",
                                    "Sierra Home Medical Nutrition"])
    c.extra["nca_tfmt"] = w.pick(list(COMPACT))
    _flags(c)


def reason_b29_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    den = [r for r in c.extra["nca_rows"] if r["dec"] == "denied"]
    codes = join_and([r["code"] for r in den])
    if _bare(c):
        return w.pick({"not_covered": ["These items are not a covered benefit.", "Not covered under your plan."],
                       "medical_necessity": ["The items are not medically necessary.",
                                             "Medical necessity criteria were not met."]}[c.category])
    lb, mo = c.extra["nca_weight"]
    if c.extra["nca_oral"]:
        return w.pick([
            f"The formula and supplies you asked for ({codes}) are taken by mouth; your plan covers enteral formula "
            "only when it is the main source of nutrition and given through a feeding tube, and you do not have a "
            "feeding tube.",
            f"We cannot cover the denied lines ({codes}) because nutrition products you drink or eat are excluded "
            "from your benefits; enteral formula is a covered benefit only for tube feeding, and your records show "
            "you eat and drink by mouth.",
        ])
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We approved standard formula and the gravity-feeding supplies, but the other lines ({codes}) are not "
            f"medically necessary: your weight has been stable at {lb} pounds for {mo} months on a standard "
            "formula given by gravity, and the records show no vomiting, aspiration or feeding intolerance that "
            "would call for a pump or a specialty formula.",
            f"The lines we denied ({codes}) are not medically necessary because you are tolerating gravity feeding "
            f"of a standard formula, with a steady weight of {lb} pounds over the last {mo} months and no documented "
            "reflux, aspiration or malabsorption.",
        ])
    return w.pick([
        f"None of the lines ({codes}) is medically necessary at this time: the dietitian's notes show you eat about "
        f"three quarters of your meals by mouth and your weight has held at {lb} pounds for {mo} months, so tube "
        "feeding formula and supplies are not needed.",
        f"Your records show that the feeding tube has not been placed and that you keep a stable weight of {lb} "
        f"pounds eating by mouth, so the formula, pump and supplies ({codes}) are not medically necessary now.",
    ])


def _nca_dmhc(w: W, ms: str) -> Block:
    return w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {ms} "
        "(TTY 711) and use your health plan's grievance process before contacting the department. Utilizing this "
        "grievance procedure does not prohibit any potential legal rights or remedies that may be available to you. "
        "If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
        "resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may "
        "call the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If "
        "you are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a "
        "health plan related to the medical necessity of a proposed service or treatment, coverage decisions for "
        "treatments that are experimental or investigational in nature, and payment disputes for emergency or urgent "
        "medical services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
        "(1-877-688-9891) for the hearing and speech impaired. The department's internet website www.dmhc.ca.gov "
        "has complaint forms, IMR application forms and instructions online.",
        bold=True, size=12.0, space_before=8)


def t_b29_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 numbered grid, 1 code first, 2 status words
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    ms = "1-800-464-4000"
    ph, fax = c.extra["nca_phone"], c.extra["nca_fax"]
    rows = c.extra["nca_rows"]
    tf = c.extra["nca_tfmt"]
    partial = c.letter_kind == "partial_denial"
    ref = c.ids["ref"]
    st.header = [w.pick([f"{w.name()}  |  Authorization {ref}  |  Page {{page}} of {{pages}}",
                         f"Member: {w.name()} (ID {w.mid()})    Page {{page}} of {{pages}}",
                         f"Re: {w.name()} - enteral nutrition decision - Page {{page}} of {{pages}}"])]
    st.header_numbered = True
    st.footer = [w.pick(["KFHP NCAL DME Review", f"Ref. {ref}", "Kaiser Foundation Health Plan, Inc."])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", w.pick(["Durable Medical Equipment Review",
                                                                            "Home Nutrition Authorization Unit"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "1950 Franklin Street, Oakland, CA",
                          f"Tel {ph}  Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Authorization: {ref}    Ordering physician: {M('PROVIDER', c.provider)}",
                 size=st.size - 0.5, space_before=8))
    b.append(w.h(w.pick(["Enteral nutrition request: " + ("partly approved" if partial else "denied"),
                         "Decision on your tube-feeding formula and supplies" if not c.extra["nca_oral"] else
                         "Decision on your nutrition formula request",
                         "Home enteral nutrition - authorization decision"]), space_before=10, size=st.size + 1))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {w.name()}:"]), space_before=8))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    intro = w.pick([f"{M('PROVIDER', c.provider)} asked us to authorize {len(rows)} items of enteral nutrition "
                    f"formula and supplies from {c.extra['nca_vendor']}.",
                    f"We reviewed a request from your physician, {M('PROVIDER', c.provider)}, for enteral formula "
                    f"and feeding supplies ({len(rows)} lines)."])
    if rec:
        intro += w.pick([f" The request arrived on {rec}.", f" We received it on {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" It was decided on {dec}."])
    napp = sum(r["dec"] == "approved" for r in rows)
    intro += (f" We approved {napp} of the lines and denied {len(rows) - napp}; each line's decision is in the "
              "table below." if partial else " We are not able to approve any of the lines listed below.")
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis on the order: ", "Diagnoses: "]) +
                 "; ".join(w.dx(x) for x in c.diagnoses) + "."))
    kcal = w.rng.choice([1200, 1500, 1800, 2000])
    regimen = (f"by mouth, {kcal:,} kcal a day" if c.extra["nca_oral"] else
               w.pick([f"gastrostomy tube, {kcal:,} kcal a day in 5 bolus feeds", f"G-tube, {kcal:,} kcal a day, "
                       "gravity drip overnight", f"feeding tube, {kcal:,} kcal a day"]))
    summ = [["Request summary", ""], ["Supplier", c.extra["nca_vendor"]],
            ["Supplier phone", phone(w.rng, "CA")], ["Type of request", "Home enteral nutrition (pre-service)"],
            ["Feeding route and plan", regimen], ["Lines on the request", str(len(rows))],
            ["Delivery", w.pick(["Home delivery, monthly", "Home delivery every 30 days", "Pick up at the DME "
                                 "office"])]]
    if variant != 1 or w.chance(0.5):
        b.append(Block("table", rows=summ, size=st.size - 1, space_before=8))
    b.append(w.h(w.pick(["Why lines were denied", "Reason for our decision", "Summary of the denial"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([f"Guideline applied: {w.crit(c.criteria[0])}.",
                             f"We reviewed the request using the {w.crit(c.criteria[0])}."])))
    if c.extra["nca_oral"] and not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            "See your Evidence of Coverage, \"Durable Medical Equipment (DME) for home use\" and \"Exclusions\": "
            "enteral formula is covered for tube feeding; formula and food supplements taken by mouth are excluded.",
            "Your Evidence of Coverage lists nutritional supplements taken orally among the exclusions; enteral "
            "formula is covered only for tube feeding (\"Enteral and parenteral nutrition\").",
        ])))
    visit = _fd(w, c.extra["nca_visit"])
    b.append(w.p(w.pick([
        f"We reviewed the clinic notes of {visit} and the nutrition assessment by {c.extra['nca_dietitian']}.",
        f"Records reviewed: the office visit of {visit} and the dietitian's assessment ({c.extra['nca_dietitian']}).",
    ])))
    # the table
    dword = {"approved": w.pick(["Approved", "APPROVED"]), "denied": w.pick(["Denied", "DENIED"])}
    if variant == 0:
        head = ["#", "HCPCS", "Item", "Period", "Asked", "Approved", "Decision"]
    elif variant == 1:
        head = ["Code", "Description", "From", "Through", "Qty", "Status"]
    else:
        head = ["Item requested", "Code", "Supply period", "Units", "Result", "Note"]
    trows = [head]
    for k, r in enumerate(rows, 1):
        den = r["dec"] == "denied"
        desc, code = M("SERVICE", r["text"]), M("HCPCS", r["code"])
        a, e = b29date(r["start"], tf), b29date(r["end"], tf)
        qty = f"{r['req']} {r['unit'][:-1] if r['req'] == 1 and r['unit'] == 'months' else r['unit']}"
        if variant == 0:
            trows.append([str(k), code, desc, f"{a}-{e}", qty, str(r["appr"]), dword[r["dec"]]])
        elif variant == 1:
            trows.append([code, desc, a, e, qty, dword[r["dec"]]])
        else:
            note = "" if not den else ("oral use excluded" if r["role"] == "nc" else _NCA_SHORT.get(r["code"], ""))
            trows.append([desc, code, f"{a} to {e}", qty, dword[r["dec"]], note])
    cont = w.pick(["Line-item decisions (continued)", "Items requested, continued from page 1",
                   "Decision table - continued"])
    t_at = len(b)
    b.append(w.h(w.pick(["Line-item decisions", "Items requested and our decision", "Decision by line"]),
                 space_before=10))
    b.append(Block("table", rows=trows, size=st.size - 2, space_before=6, cont_label=cont,
                   col_align=["right", "left", "left", "left", "right", "right", "left"] if variant == 0 else []))
    b.append(w.p(w.pick([f"Dates in the table are printed as {'MMDDYYYY' if tf == 'mdy8' else 'YYYYMONDD'}.",
                         f"Date format in the table: {'MMDDYYYY' if tf == 'mdy8' else 'YYYYMONDD'}."]),
                 size=st.size - 2, space_before=2))
    # reviewer
    if c.reviewer:
        r = c.reviewer
        line = _rev_text(w, w.pick(["This decision was made by ", "Physician reviewer: "]))
        if r["phone"]:
            line += w.pick([f". Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}.",
                            f"; direct line {M('REVIEWER_PHONE', r['phone'])}."])
        else:
            line += "."
        b.append(w.p(line, space_before=8))
    # rights
    b.append(w.h(w.pick(["Your right to file a grievance", "If you disagree", "Grievance and appeal rights"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
            f"letter. Call Member Services at {ms} (TTY 711), go to kp.org, write to Member Relations Grievance "
            "Operations, P.O. Box 23280, Oakland, CA 94623, or visit a Member Services office.",
            f"To appeal, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter: "
            f"online at kp.org, by phone at {ms} (TTY 711), or by mail to Member Relations Grievance Operations, "
            "P.O. Box 23280, Oakland, CA 94623.",
        ])))
    fast = w.pick([
        "If waiting could seriously threaten your health, ask for an expedited review: we decide it within 72 hours",
        "Expedited review: when your health is in serious danger, we decide your grievance within 72 hours",
    ])
    if not _has(c, "notice.dmhc_statement"):
        fast += w.pick([", and you may contact the Department of Managed Health Care right away without first "
                        "filing with us", ", and you may go to the Department of Managed Health Care at once"])
    b.append(w.p(fast + "."))
    b.append(w.p(w.pick([
        "You may ask for free copies of the documents, records and guidelines we used.",
        "Copies of the records and criteria used for this decision are free on request.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Health Consumer Alliance offers free help with grievances: 1-888-804-3536.",
            "For free assistance, call the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    mov_end = len(b)
    if not _has(c, "notice.dmhc_statement"):
        b.append(_nca_dmhc(w, ms))
    _signature(w, b, "Durable Medical Equipment Review", "Kaiser Foundation Health Plan, Inc., Northern California",
               w.pick(["Sincerely,", "Regards,"]))
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}; {c.extra['nca_vendor']}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free: {ms} (TTY 711).",
                             f"Free language assistance: call {ms} (TTY 711)."]), space_before=6))
    b += _languages(w, "CA", f"{ms} (TTY 711)", w.pick([None, "Free language services"]), 12)
    # the table must continue onto page 2: let the reviewer line and the first rights paragraphs go before it
    # until it breaks there (never between a heading and its text); failing that, push it down the first page
    def breaks(blocks: list[Block]) -> bool:
        pages = layout(blocks, st)
        return len(pages) > 1 and any(r.text == cont for r in pages[1].rows)

    tbl, after = b[t_at:t_at + 3], t_at + 3
    for k in range(mov_end - after + 1):
        if k and b[after + k - 1].keep_with_next:
            continue
        cand = b[:t_at] + b[after:after + k] + tbl + b[after + k:]
        if breaks(cand):
            b = cand
            break
    else:
        b.insert(t_at, Block("space", height=0.0))
        for step in range(1, 60):
            b[t_at] = Block("space", height=10.0 * step)
            if breaks(b):
                break
    return b, st, ["nca_numbered_grid", "nca_code_first", "nca_status_words"][variant]


BLIND29_TEMPLATES["blind29_nca_enteral_nutrition_continued_table"] = (t_b29_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial", "partial_denial", "partial_denial"],
    cats=["medical_necessity", "not_covered"], reason=reason_b29_nca))
MODELED_ON["blind29_nca_enteral_nutrition_continued_table"] = (
    "blind29: Kaiser Permanente Northern California commercial HMO letter denying enteral nutrition formula and "
    "tube-feeding supplies (several HCPCS lines), a line-item table continued onto page 2 with a continued caption, "
    "repeated headings and a running header with the member's name and page count; compact system dates in the "
    "table; some lines approved (listed in the truth too); 180-day grievance, 72-hour expedited review, "
    "DMHC statement with IMR, Health Consumer Alliance, taglines")
