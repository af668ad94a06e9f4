"""Twenty-fourth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND24_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind24_nca_sud_residential_appeal")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind24_nca_sud_residential_appeal``: Kaiser Permanente Northern California commercial (Knox-Keene) decision on
   the member's appeal (grievance) of a denial of residential substance-use-disorder treatment (ASAM Level 3.5 or
   3.7 residential care, HCPCS H0018 or H2036). The denial is upheld. The reviewer's dimensional review is printed as
   a table of the six ASAM dimensions with a risk rating (0-4) and a short finding for each; the level of care asked
   for, the level the reviewer found to fit (2.1 intensive outpatient or 2.5 partial hospitalization) and the
   ratings are numbers that are never truth values. Layouts: the table inline after the decision
   (``nca_dimensions_inline``), a case-summary box on page 1 with the table moved to an "Attachment A" page after
   the signature (``nca_dimensions_attachment``), and a two-column "at a glance" header with the table before the
   decision paragraph (``nca_glance_header``). California rights follow the catalogue: the HSC 1368.02(b) DMHC
   statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's 1-800-464-4000), Independent Medical
   Review within 6 months, the Health Consumer Alliance 1-888-804-3536, free copies of documents, taglines in many
   languages. Criteria are the ASAM Criteria (nonprofit-association criteria, HSC 1374.721); a planted
   ``mh_parity.non_association_criteria`` names proprietary criteria instead and the letter then never says "ASAM".

   Which date is which: ``request_received`` is the date the appeal was received; ``decision`` is the date the
   appeal was decided (printed in most letters; when not printed it is null); the letter date is the date at the
   top of the letter. The date of the original denial, the intake assessment date, the date of the last
   withdrawal-management stay and the date a peer-to-peer call was offered are distractors (never truth). The
   service date is always null (the residential stay was asked for in advance).

2. ``blind24_scal_outside_second_opinion``: Kaiser Permanente Southern California commercial letter refusing a second
   opinion at an outside (non-plan) cancer center (a high-complexity consultation, CPT 99245 or 99205, with a
   referred-slide review, CPT 88321, in some letters) and offering instead two to four plan oncologists of the same
   sub-specialty (names, facility, first open appointment: distractor names and dates). A "your care so far"
   timeline lists 4-7 earlier events (imaging, biopsy, pathology report, tumor board, oncology visits) with their
   dates (distractors). Layouts: the timeline as a two-column table and the offered oncologists as a grid
   (``scal_timeline_grid``), the timeline as dated lines and the oncologists as short paragraphs
   (``scal_timeline_lines``), and a boxed "Summary of your request" on page 1 with the timeline after the decision
   (``scal_summary_box``). The letter follows the catalogue's HSC 1383.15 notes: reasons in writing, an
   appropriately qualified plan clinician of the same specialty offered, the right to file a grievance (180 days),
   the DMHC statement, expedited (72-hour) handling for urgent requests, taglines. A planted
   ``second_opinion.eligible_denied`` refuses outright ("your oncologist's plan is sufficient") and offers nobody.

   Which date is which: ``request_received`` is the date the second-opinion request reached the plan; ``decision``
   is the date the decision was made (printed in most letters); the letter date is the date at the top. Every date
   in the care timeline, the planned treatment start date and the offered appointment dates are distractors.
   ``requesting_provider`` is the plan oncologist who sent the request (null when the member asked directly).

3. ``blind24_midatlantic_numbered_paragraphs``: Kaiser Permanente Mid-Atlantic States (Maryland, Virginia or DC)
   commercial HMO or FEHB letter denying bariatric surgery (laparoscopic sleeve gastrectomy 43775 or Roux-en-Y
   gastric bypass 43644) or an attended in-lab sleep study (95810, or 95811 with CPAP titration); some are partial
   decisions (nutrition therapy 97802 or a home sleep apnea test G0399 approved). The body is numbered paragraphs
   ("1.", "(2)" or "Paragraph 3"), the member's address block sits at the top right, every page carries a running
   footer such as "Page 2 of 3 - Ref <number>". Layouts: date at the top under the letterhead
   (``mas_numbered_date_top``), date printed at the bottom beside the signature (``mas_numbered_date_signed``), and
   "Paragraph N - <title>" headings (``mas_paragraph_labels``); about a third of the letters add an appeal request
   form on its own page. Distractors: earlier weigh-in or sleep
   clinic visit dates, BMI or AHI/Epworth values, a dietitian or psychologist's name, the Mid-Atlantic Member
   Services numbers, reference and group numbers. Rights: commercial letters 180-day appeal, 72-hour expedited
   appeal, external review within 4 months (45 CFR 147.136), the state's consumer assistance office (Maryland Health
   Education and Advocacy Unit 1-877-261-8807, Virginia Office of the Managed Care Ombudsman 1-877-310-6560, the DC
   Office of Health Care Ombudsman by name only); FEHB letters: reconsideration within 6 months (5 CFR 890.105), then
   review by the U.S. Office of Personnel Management (address with the catalogue's caveat). Member Services
   (301) 468-6000 / 1-800-777-7902, TTY (301) 879-6380.

   Which date is which: the letter date is the one printed at the top or beside the signature ("Date:" or
   "Dated:"); ``request_received`` is the date the request arrived; ``decision`` the date of the decision (printed in
   most letters). Visit, weigh-in and sleep-clinic dates are distractors.

Phone numbers: only the catalogue's verified numbers are printed as law or plan facts (DMHC, Health Consumer
Alliance, Kaiser California Member Services 1-800-464-4000 / TTY 711, Kaiser Mid-Atlantic Member Services, the
Maryland and Virginia consumer offices); every other number (appeals units, referral services, reviewers' direct
lines) is a made-up unit phone. FEHB letters print no expedited time frame and no OPM filing window (the catalogue
does not verify them); no Kaiser street address is printed.

Dates use this set's own styles (``b24date``: "March 05, 2025", "05 March, 2025", "MAR. 5, 2025",
"Wednesday, 03/05/2025", "2025 MAR 05"); ``parse_blind24_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M, plain
from .writer import W, join_and

BLIND24_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3U = [m[:3].upper() for m in MONTHS]
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b24date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "padlong":  # March 05, 2025
        return f"{mon} {d.day:02d}, {d.year}"
    if style == "dmcomma":  # 05 March, 2025
        return f"{d.day:02d} {mon}, {d.year}"
    if style == "capsabbr":  # MAR. 5, 2025 (MAY has no dot)
        return f"{mon[:3].upper()}{'' if mon == 'May' else '.'} {d.day}, {d.year}"
    if style == "wkslash":  # Wednesday, 03/05/2025
        return f"{_WEEK[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year}"
    if style == "ymcaps":  # 2025 MAR 05
        return f"{d.year} {mon[:3].upper()} {d.day:02d}"
    raise ValueError(style)


STYLES = ("padlong", "dmcomma", "capsabbr", "wkslash", "ymcaps")


def parse_blind24_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b24date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{2}), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2}) ([A-Z][a-z]+), (\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z]{3})(\.?) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _MON3U and (m[2] == "") == (m[1] == "MAY") and not m[3].startswith("0"):
            return dt.date(int(m[4]), _MON3U.index(m[1]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]+), (\d{2})/(\d{2})/(\d{4})", t)
        if m and m[1] in _WEEK:
            d = dt.date(int(m[4]), int(m[2]), int(m[3]))
            return d if _WEEK[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{4}) ([A-Z]{3}) (\d{2})", t)
        if m and m[2] in _MON3U:
            return dt.date(int(m[1]), _MON3U.index(m[2]) + 1, int(m[3]))
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b24_fmt"] = w.pick(list(STYLES))


def _fd(w: W, day: dt.date | None) -> str:
    return b24date(day, w.c.extra["b24_fmt"]) if day else ""


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
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([54.0, 62.0, 70.0]),
               margin_t=w.pick([46.0, 54.0, 62.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _ph(w: W, areas: list[str]) -> str:
    a, n, m = w.pick(areas), w.rng.randint(220, 979), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}"])


def _weekday(d: dt.date) -> dt.date:
    """A clinic day: a Saturday or Sunday moves back to the Friday before."""
    return d - dt.timedelta(days=max(0, d.weekday() - 4))


def _doc(w: W, creds=("MD", "M.D.", "DO")) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, {w.pick(list(creds))}", f"Dr. {name}"])


def _reviewer_np(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", "LCSW", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _reviewer_md(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float = 0.5) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, MPH"]),
                      specialty=w.pick(specs) if w.chance(0.75) else None,
                      phone=_ph(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _rev_line(w: W, lead: str) -> str:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = w.pick([f", a specialist in {M('REVIEWER_SPECIALTY', r['specialty'])}",
                   f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"]) if r["specialty"] else ""
    line = f"{lead} {nm}{cred}{spec}"
    if _has(w.c, "process.reviewer_not_physician"):
        line += f", {w.c.reviewer_title}"
    line += "" if plain(line).endswith(".") else "."
    if r["phone"]:
        line += w.pick([f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}.",
                        f" Direct line for your clinician: {M('REVIEWER_PHONE', r['phone'])}."])
    return line


def _signoff(w: W, unit: str, entity: str) -> list[Block]:
    c = w.c
    out = [w.p(w.pick(["Sincerely,", "Respectfully,", "With regards,"]), space_before=10)]
    if c.reviewer:
        r = c.reviewer
        out.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        out.append(w.p(c.reviewer_title, space_before=0))
    else:
        out.append(w.p(unit, space_before=4))
    out.append(w.p(entity, space_before=0))
    return out


# language-help lines written for this set; {ph} is a number the letter prints
_TAGS = {
    "es": "ESPAÑOL: Si habla español, tiene a su disposición servicios de idiomas e intérprete sin costo. "
          "Llame al {ph}.",
    "zh": "中文：如果您說中文，我們可免費為您提供語言協助和口譯服務。請撥打 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị nói tiếng Việt, quý vị được nhận hỗ trợ ngôn ngữ miễn phí. Xin gọi {ph}.",
    "tl": "TAGALOG: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika at tagasalin para sa iyo. "
          "Tumawag sa {ph}.",
    "ko": "한국어: 한국어를 하시면 무료 언어 지원과 통역을 이용하실 수 있습니다. {ph}번으로 연락하십시오.",
    "hy": "ՀԱՅԵՐԵՆ: Եթե խոսում եք հայերեն, կարող եք անվճար օգտվել լեզվական աջակցությունից: Զանգահարեք {ph}:",
    "fa": "فارسی: اگر به فارسی صحبت می‌کنید، خدمات زبانی رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "ru": "РУССКИЙ: Если вы говорите по-русски, вам доступны бесплатные услуги переводчика. Звоните {ph}.",
    "ja": "日本語：日本語を話される方は、無料の言語支援をご利用いただけます。{ph} までお電話ください。",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਮੁਫ਼ਤ ਉਪਲਬਧ ਹੈ। {ph} ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ សេវាជំនួយភាសាឥតគិតថ្លៃមានសម្រាប់អ្នក។ ទូរស័ព្ទ {ph}។",
    "hmn": "HMOOB: Yog koj hais lus Hmoob, peb muaj kev pab txhais lus pub dawb rau koj. Hu rau {ph}.",
    "hi": "हिंदी: यदि आप हिंदी बोलते हैं, तो आपके लिए निःशुल्क भाषा सहायता उपलब्ध है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: หากคุณพูดภาษาไทย คุณสามารถใช้บริการช่วยเหลือด้านภาษาได้ฟรี โทร {ph}",
    "ar": "العربية: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك مجانًا. اتصل بالرقم {ph}.",
    "fr": "FRANÇAIS : Si vous parlez français, une aide linguistique gratuite est à votre disposition. "
          "Appelez le {ph}.",
    "am": "አማርኛ፦ አማርኛ የሚናገሩ ከሆነ ነፃ የቋንቋ እርዳታ ያገኛሉ። በ {ph} ይደውሉ።",
    "yo": "YORÙBÁ: Tí o bá ń sọ Yorùbá, ìrànlọ́wọ́ èdè wà fún ọ lọ́fẹ̀ẹ́. Pe {ph}.",
}
_CA_TAGS = ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "pa", "km", "hmn", "hi", "th", "ar"]
_MAS_TAGS = ["es", "zh", "ko", "vi", "fr", "am", "yo", "ru", "ar", "tl"]


def _taglines(w: W, langs: list[str], ph: str, heading: str | None, keep: int) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    head, rest = langs[:1], list(langs[1:])
    w.rng.shuffle(rest)
    rest = rest[:keep]
    out: list[Block] = [w.h(heading, space_before=12, size=8.5) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.2, unicode=_uni(t), space_before=1.0))
    return out


def _dmhc(w: W, plan_ph: str) -> list[Block]:
    """The HSC 1368.02(b) statement, in this set's own framing (bold, 12 point)."""
    if _has(w.c, "notice.dmhc_statement"):
        return []
    txt = w.pick([
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at "
        f"{plan_ph} (TTY 711) and use your health plan's grievance process before contacting the department. "
        "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
        "available to you. If you need help with a grievance involving an emergency, a grievance that has not been "
        "satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more than 30 "
        "days, you may call the department for assistance. You may also be eligible for an Independent Medical "
        "Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of medical "
        "decisions made by a health plan related to the medical necessity of a proposed service or treatment, "
        "coverage decisions for treatments that are experimental or investigational in nature and payment disputes "
        "for emergency or urgent medical services. The department also has a toll-free telephone number "
        "(1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. The department's "
        "internet website www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
    ])
    return [Block("para", text=txt, bold=True, size=12.0, space_before=10)]


# === 1. Northern California: appeal upheld on residential substance-use-disorder treatment ========================

_SUD_SVCS = [
    (["Residential substance use disorder treatment, ASAM Level 3.5 (per diem)",
      "Clinically managed high-intensity residential treatment (ASAM 3.5), per diem"], "H0018", "3.5"),
    (["Alcohol and/or drug treatment program, residential, ASAM Level 3.7 (per diem)",
      "Medically monitored intensive inpatient (residential) treatment, ASAM 3.7"], "H2036", "3.7"),
]
_SUD_DX = [
    (["Alcohol dependence, uncomplicated"], "F10.20", "alcohol"),
    (["Opioid dependence, uncomplicated"], "F11.20", "opioids"),
    (["Other stimulant dependence, uncomplicated"], "F15.20", "methamphetamine"),
    (["Cocaine dependence, uncomplicated"], "F14.20", "cocaine"),
]
_SUD_DX2 = [(["Major depressive disorder, single episode, moderate"], "F32.1"),
            (["Generalized anxiety disorder"], "F41.1"),
            (["Post-traumatic stress disorder, chronic"], "F43.12")]
_ASAM_OK = ["ASAM Criteria, Third Edition (American Society of Addiction Medicine)",
            "ASAM Criteria: Treatment Criteria for Addictive, Substance-Related, and Co-Occurring Conditions, 3rd ed.",
            "American Society of Addiction Medicine (ASAM) Criteria, third edition"]
_ASAM_BAD = ["InterQual Behavioral Health Criteria: Substance Use Disorders",
             "MCG Behavioral Health Care Guidelines: Residential Substance Use Treatment",
             "Kaiser Permanente Northern California Addiction Medicine Level of Care Guideline"]
_DIMS = ["Acute intoxication and/or withdrawal potential", "Biomedical conditions and complications",
         "Emotional, behavioral, or cognitive conditions and complications", "Readiness to change",
         "Relapse, continued use, or continued problem potential", "Recovery/living environment"]
# per dimension: (rating, finding) options; ratings 0-4
_DIM_FINDINGS = [
    [(0, "there are no signs of withdrawal and your last use was {n} days before the review"),
     (1, "your withdrawal risk is mild, with CIWA scores under 8")],
    [(0, "you have no active medical problems"), (1, "your blood pressure is controlled on one medicine")],
    [(1, "your mood symptoms are present but stable on treatment"),
     (2, "you have anxiety and low mood but no thoughts of self-harm")],
    [(1, "you attend groups and want to stop using"), (2, "you are unsure about change but keep seeing your counselor")],
    [(2, "you had two lapses in the last {n} weeks and are building coping skills"),
     (3, "you had a recent lapse and have daily cravings")],
    [(1, "you live with a supportive partner and no one uses at home"),
     (2, "home is stressful at times but you have sober friends nearby")],
]
_NCA_AREAS = ["510", "415", "916", "408", "925", "707", "650"]
_NCA_NP = ["Behavioral Health Appeals Nurse", "Appeals Case Coordinator", "Addiction Services Care Manager"]
_NCA_MS = "1-800-464-4000"


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b24_nca"):
        return
    c.extra["b24_nca"] = True
    _fmt(w)
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.scenario = dict(c.scenario, mh=True)  # a substance-use level-of-care decision
    texts, code, lvl = w.pick(_SUD_SVCS)
    c.services = [dict(text=w.pick(texts), codes=[code], decision="denied")]
    t, dcode, subst = w.pick(_SUD_DX)
    c.diagnoses = [dict(text=t[0], codes=[dcode])]
    if w.chance(0.4):
        t2, c2 = w.pick(_SUD_DX2)
        c.diagnoses.append(dict(text=t2[0], codes=[c2]))
    c.extra["nca_subst"] = subst
    c.extra["nca_lvl"] = lvl
    c.extra["nca_fit"] = w.pick([("2.1", "intensive outpatient treatment"),
                                 ("2.5", "partial hospitalization (day treatment)")])
    ratings = []
    for opts in _DIM_FINDINGS:
        r, f = w.pick(opts)
        ratings.append((r, f.format(n=w.rng.randint(6, 21))))
    c.extra["nca_dims"] = ratings
    if _has(c, "mh_parity.non_association_criteria"):
        c.criteria = [w.pick(_ASAM_BAD)]
    elif _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_ASAM_OK)]
    c.service = None
    c.provider = _doc(w) if w.chance(0.7) else None
    c.extra["nca_program"] = w.pick(["Sierra Pines Recovery Center", "Bayside Residential Treatment",
                                     "Redwood Crossing Recovery", "Delta Oaks Residential Program"])
    c.extra["nca_orig"] = c.received - dt.timedelta(days=w.rng.randint(5, 30))
    c.extra["nca_intake"] = c.extra["nca_orig"] - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["nca_detox"] = c.extra["nca_intake"] - dt.timedelta(days=w.rng.randint(3, 40))
    c.extra["nca_unit_ph"] = _ph(w, _NCA_AREAS)
    c.extra["nca_unit_fax"] = _ph(w, _NCA_AREAS)
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _NCA_NP)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        _reviewer_md(w, ["Addiction Medicine", "Psychiatry", "Addiction Psychiatry"],
                     ["Physician Reviewer, Appeals", "Addiction Medicine Physician Reviewer",
                      "Associate Medical Director, Behavioral Health"], _NCA_AREAS)
    _flags(c)


def _nca_word(c) -> str:
    return "" if _has(c, "mh_parity.non_association_criteria") or _has(c, "notice.criteria_cited") else "ASAM "


def reason_b24_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    dims = c.extra["nca_dims"]
    fit_lvl, fit_txt = c.extra["nca_fit"]
    a = _nca_word(c)
    lvl = f"{a}Level {c.extra['nca_lvl']}" if a else "residential"
    f1 = dims[0][1]
    f6 = dims[5][1]
    fit = f"{a}Level {fit_lvl} {fit_txt}" if a else fit_txt
    return w.pick([
        f"We are upholding the denial because your records show {f1} and {f6}; with these risks, your treatment "
        f"can be given safely in {fit}, so {lvl} care is not medically necessary.",
        f"The reviewer found that {lvl} treatment is not medically necessary: {f1}, and {f6}. Your needs can be met "
        f"in {fit}.",
        f"Residential care is not medically necessary for you at this time because {f1} and {f6}. {_cap(fit)} "
        "meets your needs.",
    ])


def t_b24_nca(w: W):
    _nca_setup(w)
    c = w.c
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 table inline, 1 summary box + attachment page, 2 at-a-glance header
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Appeal {ref} - page {{page}} of {{pages}}", "KFHP Northern California | {page}",
                         f"Case {ref}   {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    unit_ph, unit_fax = c.extra["nca_unit_ph"], c.extra["nca_unit_fax"]
    prov = M("PROVIDER", c.provider) if c.provider else ""
    a = _nca_word(c)
    lvl = c.extra["nca_lvl"]
    fit_lvl, fit_txt = c.extra["nca_fit"]
    orig = _fd(w, c.extra["nca_orig"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", w.pick([
                       "Member Appeals - Behavioral Health", "Grievance and Appeals Unit",
                       "Appeals Department, Mental Health and Addiction Medicine"])],
                   right=["Kaiser Foundation Health Plan, Inc.", f"Appeals phone {unit_ph}", f"Appeals fax {unit_fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    idline = [f"Medical record number: {w.mid()}", f"Appeal case: {ref}"]
    if w.chance(0.5):
        idline.append(f"Grievance ID: G{w.rng.randint(10**6, 10**7 - 1)}")
    if variant == 1:
        rows = [f"Member: {w.name()}", f"MRN {w.mid()}   |   Case {ref}",
                f"Service appealed: {w.svc(c.services[0])}",
                f"Appeal received: {rec}"]
        if dec:
            rows.append(f"Appeal decided: {dec}")
        rows.append(w.pick(["Outcome: denial upheld", "Result: original decision stands"]))
        b.append(w.p(rows[0], boxed=True, space_before=10, size=st.size - 0.5))
        for r in rows[1:]:
            b.append(w.p(r, boxed=True, space_before=0, size=st.size - 0.5))
    else:
        b.append(w.p("    ".join(idline), size=st.size - 0.5, space_before=8))
    head = w.pick(["Appeal decision: residential addiction treatment", "Your appeal has been reviewed",
                   "NOTICE OF APPEAL RESOLUTION"])
    if urgent:
        head += w.pick([" (expedited appeal)", " - urgent review"])
    b.append(w.h(head, space_before=10, size=st.size + 1.5))
    if variant == 2:
        b.append(Block("twocol", left=["**Level asked for", "**Level found to fit", "**Appeal received",
                                       "**Decision date" if dec else "**Prior denial"],
                       right=[f"{a}Level {lvl}" if a else "Residential", f"{a}Level {fit_lvl}" if a else fit_txt,
                              rec, dec if dec else orig], space_before=8, size=st.size - 0.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    svc = w.svc_with_codes(c.services[0], w.rng.randrange(3))
    who = w.pick([f"You and {prov} asked", f"{prov} asked on your behalf"]) if c.provider else "You asked"
    intro = w.pick([
        f"{who} us to reconsider our {orig} decision not to cover {svc} at {c.extra['nca_program']}. We received "
        f"your appeal on {rec}.",
        f"On {rec} we received an appeal of the decision dated {orig}, which denied {svc}. {who} for this review.",
    ])
    if dec:
        intro += w.pick([f" The appeal was decided on {dec}.", f" Our appeal decision was made {dec}."])
    b.append(w.p(intro))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b.append(w.p(w.pick(["Diagnoses reviewed: ", "Conditions on the request: "]) + dxs + "."))
    b.append(w.p(w.pick([
        f"We reviewed the intake assessment of {_fd(w, c.extra['nca_intake'])}, the discharge summary from your "
        f"withdrawal-management stay that ended {_fd(w, c.extra['nca_detox'])}, your outpatient counseling notes "
        "and the letter your clinician sent with the appeal.",
        f"The records reviewed include the {_fd(w, c.extra['nca_intake'])} assessment, notes from your addiction "
        f"medicine visits, and the summary of your detox stay ({_fd(w, c.extra['nca_detox'])} discharge).",
    ])))
    # decision (the glance layout prints the dimension table first)
    dec_at = len(b)
    b.append(w.h(w.pick(["Decision", "What we decided", "Outcome"]), space_before=10))
    b.append(w.p(w.pick(["The denial is upheld.", "We are not changing the earlier decision.",
                         "After a full review, the original denial stands."]), bold=True))
    b.append(w.p(M("REASON", w.reason)))
    # dimension table
    dims = c.extra["nca_dims"]
    head_row = w.pick([["Dimension", "Risk rating (0-4)", "Reviewer's finding"],
                       ["#", "Dimension", "Rating", "Notes"]])
    trows = [head_row]
    for k, (r, f) in enumerate(dims, 1):
        if len(head_row) == 3:
            trows.append([f"{k}. {_DIMS[k - 1]}", str(r), _cap(f)])
        else:
            trows.append([str(k), _DIMS[k - 1], str(r), _cap(f)])
    table_title = (w.pick(["ASAM dimensional review", "Review of the six ASAM dimensions"]) if a else
                   w.pick(["Clinical risk review", "Reviewer's risk summary"]))
    crit_txt = join_and([M("CRITERIA", x) for x in c.criteria])
    table_blocks = [w.h(table_title, space_before=10),
                    Block("table", rows=trows, space_before=4, size=st.size - 1.5)]
    note = (f"Ratings use a 0 (no risk) to 4 (severe risk) scale. Level {lvl} was requested; the ratings point to "
            f"Level {fit_lvl}.") if a else "Ratings run from 0 (no risk) to 4 (severe risk)."
    table_blocks.append(w.p(note, size=st.size - 1, italic=True, space_before=2))
    if variant == 0:
        b += table_blocks
    elif variant == 2:
        b[dec_at:dec_at] = table_blocks
    if c.criteria:
        b.append(w.p(w.pick([f"The reviewer applied {crit_txt}.", f"Criteria used for this decision: {crit_txt}."])))
    b.append(w.p(w.pick([
        f"You can start {fit_txt} right away. Call the Addiction Medicine Recovery Services intake line at {unit_ph}; "
        "your counselor can also arrange it.",
        f"Our {fit_txt} program has openings this week. Your care team can enroll you, or call {unit_ph}.",
    ])))
    if c.reviewer:
        b.append(w.p(_rev_line(w, w.pick(["Your appeal was reviewed by", "The reviewing clinician was"])) +
                     " This reviewer did not take part in the first decision."))
    else:
        b.append(w.p("Your appeal was decided by a physician on the Behavioral Health Appeals Committee who did not "
                     "make the first decision."))
    # rights
    b.append(w.h(w.pick(["Your rights", "If you disagree", "Next steps available to you"]), space_before=10))
    if not _has(c, "notice.dmhc_statement"):
        days = M("APPEAL_DAYS", c.appeal_phrase)
        b.append(w.p(w.pick([
            f"You may ask the Department of Managed Health Care for an Independent Medical Review (IMR) within "
            f"{days} of the date of this letter. IMR is free, and if the reviewer decides in your favor we must "
            "cover the care.",
            f"An Independent Medical Review is available from the Department of Managed Health Care at no cost. "
            f"Apply within {days} after the date of this letter; an application form comes with this notice.",
        ])))
        b.append(w.p("If your health is in serious and immediate danger, you do not have to wait: contact the "
                     "Department of Managed Health Care right away."))
    copies = w.p(w.pick([
        "You may request, free of charge, copies of all documents, records and criteria used in deciding your appeal.",
        "We will send you free copies of the records and criteria we relied on; just ask.",
    ]))
    if w.chance(0.5):
        b.append(copies)
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help is available from the Health Consumer Alliance, California's consumer assistance program "
            "for health plan members: 1-888-804-3536.",
            "For free help with your appeal, call the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    if copies not in b:
        b.append(copies)
    b += _dmhc(w, _NCA_MS)
    b.append(w.p(f"Questions: call the appeals unit at {unit_ph} or Member Services at {_NCA_MS} (TTY 711).",
                 space_before=8))
    b += _signoff(w, "Behavioral Health Appeals", "Kaiser Foundation Health Plan, Inc., Northern California")
    if c.provider and w.chance(0.6):
        b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    b += _taglines(w, _CA_TAGS, f"{_NCA_MS} (TTY 711)", w.pick([None, "Language assistance at no cost"]),
                   keep=w.rng.randint(11, 14))
    if variant == 1:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Attachment A", "ATTACHMENT A - Dimensional review"]), size=st.size + 1))
        b.append(w.p(f"Member: {w.name()}    Case {ref}", size=st.size - 0.5))
        b += table_blocks
    return b, st, ["nca_dimensions_inline", "nca_dimensions_attachment", "nca_glance_header"][variant]


BLIND24_TEMPLATES["blind24_nca_sud_residential_appeal"] = (t_b24_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["grievance_decision"], cats=["medical_necessity"],
    reason=reason_b24_nca))
MODELED_ON["blind24_nca_sud_residential_appeal"] = (
    "blind24: Kaiser Permanente Northern California commercial appeal decision upholding a denial of residential "
    "substance-use-disorder treatment (ASAM Level 3.5 or 3.7): a table of the six ASAM dimensions with risk ratings "
    "and findings (inline, as an attachment page, or after an at-a-glance header), the level of care found to fit, "
    "the original denial, intake and detox dates as distractors; ASAM Criteria named (proprietary criteria when "
    "parity is planted); DMHC statement, IMR within 6 months, Health Consumer Alliance, free copies, taglines")


# === 2. Southern California: outside second opinion at a cancer center refused, plan oncologists offered ==========

_SO_CANCERS = [
    dict(key="breast", what="breast cancer", sub=["Breast Medical Oncology", "Breast Surgical Oncology"],
         dx=(["Malignant neoplasm of upper-outer quadrant of right female breast"], "C50.411"),
         plan="surgery (lumpectomy) followed by radiation and hormone therapy",
         events=["Screening mammogram", "Diagnostic mammogram and breast ultrasound",
                 "Ultrasound-guided core needle biopsy", "Pathology report: ER/PR positive, HER2 negative",
                 "Breast MRI", "Breast tumor board review", "Visit with your breast surgeon",
                 "Medical oncology visit"]),
    dict(key="pancreas", what="pancreatic cancer", sub=["Gastrointestinal Medical Oncology",
                                                        "Hepatobiliary and Pancreatic Surgery"],
         dx=(["Malignant neoplasm of head of pancreas"], "C25.0"),
         plan="chemotherapy before surgery, then a Whipple procedure if the tumor responds",
         events=["CT scan of the abdomen (pancreas protocol)", "Endoscopic ultrasound with fine-needle biopsy",
                 "CA 19-9 blood test", "Gastrointestinal tumor board review", "Surgical oncology consultation",
                 "Medical oncology visit", "Port placement"]),
    dict(key="lung", what="lung cancer", sub=["Thoracic Oncology", "Thoracic Surgery"],
         dx=(["Malignant neoplasm of upper lobe, right bronchus or lung"], "C34.11"),
         plan="surgery to remove the right upper lobe (lobectomy)",
         events=["Low-dose CT lung screening", "PET/CT scan", "CT-guided needle biopsy of the lung",
                 "Molecular testing results (no targetable mutation)", "Pulmonary function tests",
                 "Thoracic tumor board review", "Thoracic surgery visit"]),
    dict(key="myeloma", what="multiple myeloma", sub=["Hematologic Oncology", "Hematology and Cellular Therapy"],
         dx=(["Multiple myeloma not having achieved remission"], "C90.00"),
         plan="induction therapy followed by stem cell collection",
         events=["Serum protein electrophoresis", "Bone marrow biopsy", "Whole-body low-dose CT",
                 "Hematology tumor board review", "Hematology-oncology visit", "Kidney function follow-up"]),
    dict(key="prostate", what="prostate cancer", sub=["Urologic Oncology", "Genitourinary Medical Oncology"],
         dx=(["Malignant neoplasm of prostate"], "C61"),
         plan="surgery to remove the prostate (radical prostatectomy)",
         events=["PSA blood test", "MRI of the prostate", "MRI-guided prostate biopsy",
                 "Pathology report: Gleason score 4+3", "Genitourinary tumor board review", "Urology visit",
                 "Radiation oncology consultation"]),
]
_SO_CENTERS = ["Pacific Summit Cancer Institute", "Harbor Ridge Comprehensive Cancer Center",
               "San Gabriel Valley Oncology Institute", "Coastal University Cancer Center",
               "Mission Bay Hope Cancer Institute"]
_SO_FAC = ["Los Angeles Medical Center", "Baldwin Park Medical Center", "Riverside Medical Center",
           "San Diego Medical Center", "Irvine Medical Center", "Fontana Medical Center", "Downey Medical Center",
           "Anaheim Medical Center", "West Los Angeles Medical Center", "Woodland Hills Medical Center"]
_SCAL_AREAS = ["626", "951", "714", "619", "909", "818", "562", "323"]
_SCAL_MS = "1-800-464-4000"


def _so_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b24_so"):
        return
    c.extra["b24_so"] = True
    _fmt(w)
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    ca = w.pick(_SO_CANCERS)
    c.extra["so_ca"] = ca
    c.extra["so_center"] = w.pick(_SO_CENTERS)
    consult = w.pick([(["Outside second-opinion consultation, oncology (high complexity)",
                        "Second opinion office consultation with an outside oncologist"], "99245"),
                      (["New patient oncology evaluation at a non-plan cancer center",
                        "New patient visit with a non-plan oncologist for a second opinion"], "99205")])
    c.services = [dict(text=w.pick(consult[0]), codes=[consult[1]], decision="denied")]
    if w.chance(0.45):
        c.services.append(dict(text=w.pick(["Review of outside pathology slides (referred slides consultation)",
                                            "Consultation on referred pathology slides"]), codes=["88321"],
                               decision="denied"))
    t, code = ca["dx"]
    c.diagnoses = [dict(text=t[0], codes=[code])]
    c.criteria = []
    c.service = None
    c.provider = _doc(w) if w.chance(0.6) else None
    c.extra["so_sub"] = w.pick(ca["sub"])
    # the care so far: 4-7 earlier events, oldest first, all before the request arrived
    ev = list(ca["events"])
    n = w.rng.randint(4, min(7, len(ev)))
    idx = sorted(w.rng.sample(range(len(ev)), n))
    day = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(3, 10))
    steps = []
    for k in reversed(idx):
        steps.append((_weekday(day), ev[k]))
        day -= dt.timedelta(days=w.rng.randint(3, 16))
    c.extra["so_steps"] = list(reversed(steps))
    c.extra["so_start"] = c.letter + dt.timedelta(days=w.rng.randint(10, 30))
    offered = []
    for _ in range(w.rng.randint(2, 4)):
        name, _, _ = person(w.rng, 0.2)
        offered.append(dict(name=f"{name}, {w.pick(['MD', 'M.D.', 'DO'])}", fac=w.pick(_SO_FAC),
                            appt=D.add_business(c.letter, w.rng.randint(2, 12)),
                            sub=c.extra["so_sub"]))
    offered.sort(key=lambda o: o["appt"])
    c.extra["so_offered"] = [] if _has(c, "second_opinion.eligible_denied") else offered
    c.extra["so_unit_ph"] = _ph(w, _SCAL_AREAS)
    c.extra["so_unit_fax"] = _ph(w, _SCAL_AREAS)
    if w.chance(0.2):
        c.reviewer = None
    else:
        _reviewer_md(w, ["Medical Oncology", "Hematology/Oncology", "Surgical Oncology"],
                     ["Physician Reviewer", "Regional Referral Physician Reviewer", "Chief of Oncology"],
                     _SCAL_AREAS, p_phone=0.45)
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 180
        c.appeal_phrase = w.pick(["180 days", "180 calendar days"])
    _flags(c)
    c.either = list(dict.fromkeys(c.either))


def reason_b24_so(w: W) -> str:
    _so_setup(w)
    c = w.c
    ca = c.extra["so_ca"]
    center = c.extra["so_center"]
    sub = c.extra["so_sub"]
    if _has(c, "second_opinion.eligible_denied"):
        return w.pick([
            f"Your oncologist's treatment plan for {ca['what']} follows national guidelines and was confirmed by our "
            "tumor board, so a second opinion is not needed.",
            f"We do not approve this request because your current doctor's opinion is sufficient: the plan for your "
            f"{ca['what']} already follows accepted guidelines.",
        ])
    return w.pick([
        f"Kaiser Permanente oncologists who specialize in {sub} treat {ca['what']} and can give you a second opinion, "
        f"so we cannot approve a visit to {center}, which is not a Plan provider.",
        f"{center} is outside our network, and a qualified Plan specialist in {sub} is available to give you a second "
        f"opinion on your {ca['what']}; for that reason the outside visit is not approved.",
        f"We are not approving the second opinion at {center} because an appropriately qualified Kaiser Permanente "
        f"specialist in {sub} can see you for a second opinion within our network.",
    ])


def t_b24_so(w: W):
    _so_setup(w)
    c = w.c
    ca = c.extra["so_ca"]
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 timeline grid + oncologist grid, 1 dated lines + paragraphs, 2 summary box
    st = _style(w, ["helvetica", "times", "courier"] if variant == 1 else ["helvetica", "times"],
                [9.0, 9.5, 10.0])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Referral {ref} - page {{page}}", "SCPMG Referral Services - {page} of {pages}",
                         f"{{page}}/{{pages}}  {ref}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    unit_ph, unit_fax = c.extra["so_unit_ph"], c.extra["so_unit_fax"]
    center = c.extra["so_center"]
    prov = M("PROVIDER", c.provider) if c.provider else ""
    offered = c.extra["so_offered"]
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California", w.pick([
                       "Outside Referral Review", "Regional Referral Services - Oncology",
                       "Utilization Management, Cancer Care"])],
                   right=["Southern California Permanente Medical Group", "Kaiser Foundation Health Plan, Inc.",
                          f"Tel {unit_ph}  Fax {unit_fax}"]))
    b.append(w.p(w.pick(["", "Date: ", "Mailed: "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Health record number {w.mid()}    Referral {ref}", size=st.size - 0.5, space_before=8))
    head = w.pick(["Your request for a second opinion outside Kaiser Permanente",
                   "Decision on your outside second-opinion request", "SECOND OPINION REQUEST - DECISION"])
    if urgent:
        head += w.pick([" (urgent request)", " - expedited"])
    b.append(w.h(head, space_before=10, size=st.size + 1.5))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    if variant == 2:
        lines = [w.pick(["Summary of your request", "Request at a glance"]),
                 f"What was asked for: {svcs}", f"Where: {center}",
                 f"Diagnosis: {w.dx(c.diagnoses[0], w.rng.randrange(3))}"]
        if rec:
            lines.append(f"Request received: {rec}")
        if dec:
            lines.append(f"Decision made: {dec}")
        lines.append("Decision: not approved" + ("" if not offered else "; Plan specialists offered below"))
        b.append(w.p(lines[0], bold=True, boxed=True, space_before=10))
        b += [w.p(x, boxed=True, space_before=0, size=st.size - 0.5) for x in lines[1:]]
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    asker = f"{prov} asked us" if c.provider else "You asked us"
    if variant == 2:
        intro = w.pick([f"{asker} to approve a second opinion about your {ca['what']} at {center}.",
                        f"This letter answers the request for an outside second opinion at {center}."])
    else:
        got = f"On {rec} we received" if rec else "We received"
        intro = w.pick([
            f"{asker} to approve {svcs} at {center}, for a second opinion about your {ca['what']}." +
            (f" We received the request on {rec}." if rec else ""),
            f"{got} a request for {svcs} at {center}. " +
            (f"It came from {prov}" + ("" if c.provider.endswith(".") else ".") if c.provider
             else "You sent it yourself."),
        ])
        if dec:
            intro += w.pick([f" A decision was made on {dec}.", f" We decided the request on {dec}."])
    b.append(w.p(intro))
    if variant != 2:
        b.append(w.p(w.pick(["Diagnosis: ", "The condition involved: "]) + w.dx(c.diagnoses[0], w.rng.randrange(3))
                     + "."))
    # timeline
    steps = c.extra["so_steps"]
    tl_head = w.pick(["Your care so far", "Your cancer care to date", "What has happened so far"])
    tl = [w.h(tl_head, space_before=10)]
    if variant == 0:
        tl.append(Block("table", rows=[["Date", "Event"]] + [[_fd(w, d), e] for d, e in steps], space_before=4,
                        size=st.size - 1))
    else:
        for d, e in steps:
            tl.append(w.p(f"{_fd(w, d)} - {e}", space_before=1, indent=12))
    tl.append(w.p(w.pick([
        f"Your care team has recommended {ca['plan']}, planned to begin around {_fd(w, c.extra['so_start'])}.",
        f"The plan your doctors recommend is {ca['plan']}; a tentative start date of {_fd(w, c.extra['so_start'])} "
        "is on your chart.",
    ])))
    if variant != 2:
        b += tl
    # decision
    b.append(w.h(w.pick(["Our decision", "What we decided", "Decision"]), space_before=10))
    b.append(w.p(w.pick(["We are not approving the outside second opinion.", "The outside visit is not approved.",
                         "Your request is denied as asked."]), bold=True))
    b.append(w.p(M("REASON", w.reason)))
    if offered:
        b.append(w.p(w.pick([
            "California law (Health and Safety Code section 1383.15) gives you the right to a second opinion from an "
            "appropriately qualified health care professional. When a Plan specialist with the right training and "
            "experience for your condition is available, the second opinion is given inside our network.",
            "Under California Health and Safety Code section 1383.15 you may get a second opinion from a qualified "
            "professional of the same or an equivalent specialty; we arrange it with a Plan specialist when one is "
            "available.",
        ])))
        b.append(w.h(w.pick(["Plan specialists who can see you", "Second opinion available inside Kaiser Permanente",
                             "Specialists we are offering"]), space_before=8))
        if variant == 0:
            rows = [["Specialist", "Specialty", "Location", "First opening"]]
            rows += [[o["name"], o["sub"], o["fac"], _fd(w, o["appt"])] for o in offered]
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1))
        else:
            for o in offered:
                b.append(w.p(w.pick([f"{o['name']}, {o['sub']}, {o['fac']}; first opening {_fd(w, o['appt'])}.",
                                     f"{o['name']} ({o['sub']}) at {o['fac']} - next available "
                                     f"{_fd(w, o['appt'])}."]), indent=12, space_before=2))
        b.append(w.p(w.pick([
            f"You choose the specialist. Call {unit_ph} and we will book the visit and send your records and "
            "slides. Your usual office-visit copayment applies.",
            f"To schedule with any of them, call Referral Services at {unit_ph}. We will forward your scans and "
            "pathology; you pay only your normal specialist copay.",
        ])))
    if variant == 2:
        b += tl
    if c.reviewer:
        b.append(w.p(_rev_line(w, w.pick(["This request was reviewed by", "Reviewing physician:"]))))
    b.append(w.p(w.pick([
        "You may ask us for our written timelines for answering second-opinion requests.",
        "State law requires health plans to tell members, on request, their timelines for second-opinion "
        "requests; call us for a copy.",
    ])))
    # rights
    b.append(w.h(w.pick(["If you disagree with this decision", "Your right to file a grievance",
                         "How to appeal"]), space_before=10))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may file a grievance (appeal) with Kaiser Permanente within {M('APPEAL_DAYS', c.appeal_phrase)} "
            f"of the date of this letter. Call Member Services at {_SCAL_MS} (TTY 711), write to us, or file on "
            "kp.org.",
            f"To appeal, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this notice "
            f"by phone ({_SCAL_MS}, TTY 711), by mail, online at kp.org, or at any Member Services office.",
        ])))
    b.append(w.p(w.pick([
        "If your condition is an imminent and serious threat to your health, ask for an expedited (urgent) "
        "review; we will decide within 72 hours.",
        "Urgent cases: when waiting could seriously harm your health, we review your grievance on an expedited "
        "basis and answer within 72 hours." + ("" if _has(c, "notice.dmhc_statement") else
                                               " You may also contact the Department of Managed Health Care right "
                                               "away."),
    ])))
    b += _dmhc(w, _SCAL_MS)
    b += _signoff(w, "Regional Referral Services", "Southern California Permanente Medical Group")
    if c.provider and w.chance(0.7):
        b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    b += _taglines(w, _CA_TAGS, f"{_SCAL_MS} (TTY 711)", w.pick([None, "Help in your language", "Language help"]),
                   keep=w.rng.randint(11, 14))
    return b, st, ["scal_timeline_grid", "scal_timeline_lines", "scal_summary_box"][variant]


BLIND24_TEMPLATES["blind24_scal_outside_second_opinion"] = (t_b24_so, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial"], cats=["second_opinion"],
    reason=reason_b24_so))
MODELED_ON["blind24_scal_outside_second_opinion"] = (
    "blind24: Kaiser Permanente Southern California commercial letter refusing a second opinion at an outside cancer "
    "center (high-complexity consultation, referred-slide review) and offering two to four Plan oncologists of the "
    "same sub-specialty with first open appointments; a 'your care so far' timeline of biopsy, imaging, tumor board "
    "and oncology visit dates; HSC 1383.15 named; 180-day grievance, 72-hour urgent review, DMHC statement, taglines")


# === 3. Mid-Atlantic: bariatric surgery or in-lab sleep study, numbered paragraphs ================================

_MAS_AREAS = {"MD": ["301", "240", "410"], "VA": ["703", "571"], "DC": ["202"]}
_MAS_MS = ("(301) 468-6000", "1-800-777-7902", "(301) 879-6380")
_MAS_NP = ["Utilization Management Nurse Reviewer", "Clinical Review Coordinator", "Referral Case Manager"]
_MAS_BMI_CODES = {35: "Z68.35", 36: "Z68.36", 37: "Z68.37", 38: "Z68.38", 39: "Z68.39"}
_MAS_CASES = [
    dict(key="sleeve", kind="bariatric", svc=(["Laparoscopic sleeve gastrectomy",
                                               "Sleeve gastrectomy, laparoscopic (bariatric surgery)"], "43775"),
         alt=(["Medical nutrition therapy, initial assessment", "Nutrition therapy visit with a registered "
               "dietitian (initial)"], "97802"),
         specs=["Bariatric Surgery", "General Surgery"]),
    dict(key="bypass", kind="bariatric", svc=(["Laparoscopic Roux-en-Y gastric bypass",
                                               "Gastric bypass with Roux-en-Y gastroenterostomy, laparoscopic"],
                                              "43644"),
         alt=(["Medical nutrition therapy, initial assessment", "Nutrition therapy visit with a registered "
               "dietitian (initial)"], "97802"),
         specs=["Bariatric Surgery", "General Surgery"]),
    dict(key="psg", kind="sleep", svc=(["Attended in-lab sleep study (polysomnography, 4 or more parameters)",
                                        "Polysomnography in a sleep laboratory, attended"], "95810"),
         alt=(["Home sleep apnea test (type III portable monitor)", "Unattended home sleep test"], "G0399"),
         specs=["Sleep Medicine", "Pulmonary Disease"]),
    dict(key="titration", kind="sleep", svc=(["In-lab polysomnography with CPAP titration",
                                              "Attended sleep study with positive airway pressure titration"],
                                             "95811"),
         alt=None, specs=["Sleep Medicine", "Pulmonary Disease"]),
]
_MAS_CRIT = {
    "bariatric": ["Kaiser Permanente Mid-Atlantic States Bariatric Surgery Clinical Criteria",
                  "NIH Consensus Development Conference Statement: Gastrointestinal Surgery for Severe Obesity"],
    "psg": ["American Academy of Sleep Medicine Clinical Practice Guideline for Diagnostic Testing for Adult "
            "Obstructive Sleep Apnea", "Kaiser Permanente Mid-Atlantic States Sleep Testing Criteria"],
    "titration": ["American Academy of Sleep Medicine Clinical Practice Guideline for the Treatment of Obstructive "
                  "Sleep Apnea with Positive Airway Pressure", "Kaiser Permanente Mid-Atlantic States Sleep Testing "
                  "Criteria"],
}


def _mas_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b24_mas"):
        return
    c.extra["b24_mas"] = True
    _fmt(w)
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state, "Mid-Atlantic States")
    case = w.pick(_MAS_CASES if c.letter_kind == "initial_denial" else [x for x in _MAS_CASES if x["alt"]])
    c.extra["mas_case"] = case
    c.services = [dict(text=w.pick(case["svc"][0]), codes=[case["svc"][1]], decision="denied")]
    if c.letter_kind == "partial_denial":
        c.services.append(dict(text=w.pick(case["alt"][0]), codes=[case["alt"][1]], decision="approved"))
    areas = _MAS_AREAS[c.state]
    base = c.received or c.letter
    visits = sorted({_weekday(base - dt.timedelta(days=w.rng.randint(12, 200))) for _ in range(w.rng.randint(2, 4))})
    c.extra["mas_visits"] = visits
    if case["kind"] == "bariatric":
        bmi = w.rng.randint(35, 39)
        c.extra["mas_bmi"] = f"{bmi}.{w.rng.randint(0, 9)}"
        fact = w.pick(["bmi", "program", "psych"])
        c.extra["mas_fact"] = fact
        c.diagnoses = [dict(text="Morbid (severe) obesity due to excess calories", codes=["E66.01"]),
                       dict(text=f"Body mass index [BMI] {bmi}.0-{bmi}.9, adult", codes=[_MAS_BMI_CODES[bmi]])]
        if fact != "bmi" and w.chance(0.6):
            c.diagnoses.append(w.pick([dict(text="Type 2 diabetes mellitus without complications", codes=["E11.9"]),
                                       dict(text="Essential (primary) hypertension", codes=["I10"])]))
        last = float(c.extra["mas_bmi"])
        c.extra["mas_weights"] = [round(min(39.9, last + w.rng.uniform(-1.2, 0.8)), 1) for _ in visits[:-1]] + [last]
        c.extra["mas_helper"] = f"{person(w.rng, 0.1)[0]}, " + w.pick(["RD", "RDN, LD", "PsyD", "PhD"])
        crit_pool = _MAS_CRIT["bariatric"]
    else:
        c.extra["mas_fact"] = case["key"]
        if case["key"] == "psg":
            c.diagnoses = [dict(text="Snoring", codes=["R06.83"])]
            if w.chance(0.6):
                c.diagnoses.append(dict(text="Hypersomnia, unspecified", codes=["G47.10"]))
        else:
            c.diagnoses = [dict(text="Obstructive sleep apnea (adult) (pediatric)", codes=["G47.33"])]
        c.extra["mas_ess"] = w.rng.randint(9, 17)
        c.extra["mas_ahi"] = w.rng.randint(16, 29)
        c.extra["mas_helper"] = f"{person(w.rng, 0.1)[0]}, " + w.pick(["RPSGT", "NP", "PA-C"])
        crit_pool = _MAS_CRIT[case["key"]]
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(crit_pool)] if w.chance(0.7) else list(crit_pool)
    c.service = None
    c.provider = _doc(w)
    c.extra["mas_practice"] = w.pick(["Capitol Hill Medical Center", "Largo Medical Center", "Tysons Corner Medical "
                                      "Center", "Gaithersburg Medical Center", "Woodbridge Medical Center",
                                      "Halethorpe Medical Center", "Springfield Medical Center"])
    c.extra["mas_unit_ph"] = _ph(w, areas)
    c.extra["mas_unit_fax"] = _ph(w, areas)
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _MAS_NP)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        _reviewer_md(w, case["specs"], ["Physician Reviewer", "Medical Director, Utilization Management",
                                        "Reviewing Physician"], areas)
    _flags(c)


def reason_b24_mas(w: W) -> str:
    _mas_setup(w)
    c = w.c
    case = c.extra["mas_case"]
    fact = c.extra["mas_fact"]
    if _bare(c):
        return w.pick(["The requested service is not medically necessary.", "Medical necessity criteria are not met.",
                       "This request does not meet coverage requirements."])
    if fact == "bmi":
        why = (f"your records show a body mass index of {c.extra['mas_bmi']} and no weight-related condition such as "
               "type 2 diabetes, high blood pressure or sleep apnea, and surgery is covered for a BMI of 40 or more, "
               "or 35 or more with such a condition")
    elif fact == "program":
        why = (f"your records show {len(c.extra['mas_visits'])} visits in a supervised weight-management program, "
               "not the 6 months of medically supervised weight management required before surgery")
    elif fact == "psych":
        why = "the psychological evaluation required before weight-loss surgery has not been done"
    elif fact == "psg":
        why = ("you have no heart failure, lung disease, neuromuscular disease or prior stroke and no other sleep "
               "disorder is suspected, so a home sleep apnea test is the right first test")
    else:
        why = (f"your home sleep test showed moderate sleep apnea (AHI {c.extra['mas_ahi']}) with no other sleep "
               "disorder, so treatment can start with auto-adjusting CPAP at home without an overnight lab study")
    what = "the surgery" if case["kind"] == "bariatric" else "the in-lab study"
    return w.pick([
        f"We denied {what} because {why}.",
        f"{_cap(what)} is not medically necessary at this time: {why}.",
        f"{_cap(why)}; for that reason {what} does not meet medical necessity criteria.",
    ])


def t_b24_mas(w: W):
    _mas_setup(w)
    c = w.c
    case = c.extra["mas_case"]
    fehb = c.plan_type == "fehb"
    urgent = c.urgency == "expedited"
    partial = c.letter_kind == "partial_denial"
    variant = w.rng.randrange(3)  # 0 date on top + "1.", 1 date beside the signature + "(1)", 2 "Paragraph N" labels
    st = _style(w, ["times", "helvetica", "courier"], [9.5, 10.0, 10.5])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Page {{page}} of {{pages}} - Ref {ref}", f"Ref. {ref} | Page {{page}} of {{pages}}",
                         f"Page {{page}} of {{pages}}   Reference No. {ref}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    unit_ph, unit_fax = c.extra["mas_unit_ph"], c.extra["mas_unit_fax"]
    ms_local, ms_free, ms_tty = _MAS_MS
    prov = M("PROVIDER", c.provider)
    plan_name = ("Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc." if not fehb else
                 "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc. (Federal Employees Health Benefits "
                 "Program plan)")
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick([
                       "Utilization Management Department", "Clinical Review Services", "Prior Authorization Unit"])],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          f"Phone {unit_ph}", f"Fax {unit_fax}"]))
    # the member's address block at the top right; reference lines (and the date, when it prints on top) at left
    left = [f"Reference: {ref}", f"Member ID: {w.mid()}"]
    if fehb:
        left.append(w.pick(["FEHB enrollment code on file", "Federal Employees Health Benefits member"]))
    elif w.chance(0.5):
        left.append(f"Group: {c.ids['group']}")
    if variant != 1:
        left.insert(0, w.pick(["Date: ", "", "Date of notice: "]) + _dm(w, "DATE_LETTER", c.letter))
    right = [w.name()] + list(c.member_addr)
    n = max(len(left), len(right))
    b.append(Block("twocol", left=left + [""] * (n - len(left)), right=right + [""] * (n - len(right)),
                   align="right", space_before=10, size=st.size - 0.5))
    head = w.pick(["Notice of Adverse Benefit Determination", "Decision on Your Request for Prior Authorization",
                   "NOTICE OF DENIAL OF COVERAGE"])
    if partial:
        head = w.pick(["Notice of Partial Approval", "Decision on Your Request: Partly Approved"])
    if urgent:
        head += w.pick([" - Expedited Review", " (Urgent)"])
    b.append(w.h(head, space_before=12, size=st.size + 1.5, align="center" if w.chance(0.4) else "left"))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    # the numbered paragraphs
    paras: list[tuple[str, str]] = []  # (title for "Paragraph N" labels, text)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    svc0 = w.svc_with_codes(c.services[0], w.rng.randrange(3))
    t = w.pick([f"{prov} asked us to approve {svc0} for you.",
                f"We reviewed a prior authorization request from {prov} for {svc0}."])
    if rec:
        t += w.pick([f" We received the request on {rec}.", f" The request arrived {rec}."])
    if dec:
        t += w.pick([f" We made our decision on {dec}.", f" Our decision is dated {dec}."])
    paras.append(("Your request", t))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    paras.append(("Diagnosis", w.pick(["The diagnoses listed on the request are: ", "Diagnosis codes on file: "]) +
                  dxs + "."))
    visits = c.extra["mas_visits"]
    helper = c.extra["mas_helper"]
    if case["kind"] == "bariatric":
        hist = ", ".join(f"{_fd(w, d)} (BMI {x})" for d, x in zip(visits, c.extra["mas_weights"], strict=False))
        paras.append(("Records reviewed", w.pick([
            f"We reviewed notes from {c.extra['mas_practice']}, including weigh-ins on {hist}, and the nutrition "
            f"notes of {helper}.",
            f"The records include office visits on {hist} and a summary from {helper}.",
        ])))
    else:
        hist = ", ".join(_fd(w, d) for d in visits)
        paras.append(("Records reviewed", w.pick([
            f"We reviewed your sleep clinic visits of {hist}, an Epworth Sleepiness Scale score of "
            f"{c.extra['mas_ess']}, and the intake note by {helper}.",
            f"The records reviewed include visits on {hist} at {c.extra['mas_practice']} and a questionnaire "
            f"(Epworth score {c.extra['mas_ess']}) taken by {helper}.",
        ])))
    dtext = w.pick(["Our decision: ", "Decision: ", ""]) + M("REASON", w.reason)
    if partial:
        dtext = (f"We approved {w.svc_with_codes(c.services[1], w.rng.randrange(3))}. We did not approve "
                 f"{w.svc(c.services[0])}. " + M("REASON", w.reason))
    paras.append(("Our decision", dtext))
    if c.criteria:
        paras.append(("Criteria", w.pick(["We applied ", "This decision is based on "]) +
                      join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        paras.append(("Who reviewed it", _rev_line(w, w.pick(["Your request was reviewed by",
                                                             "The clinician who reviewed it is"]))))
    if case["kind"] == "bariatric":
        paras.append(("What you can do now", w.pick([
            "Your doctor may send a new request when the missing steps are done. Our weight management program "
            f"can help; call {unit_ph}.",
            "You may keep working with your care team and ask your surgeon to submit again once the records show "
            "the requirements are met.",
        ])))
    else:
        paras.append(("What you can do now", w.pick([
            f"Your clinician can order the covered test or treatment right away. To schedule, call {unit_ph}.",
            "If the home test cannot be done or does not answer the question, your clinician may ask again for the "
            "in-lab study.",
        ])))
    # rights
    if c.appeal_phrase:
        if fehb:
            paras.append(("Reconsideration", w.pick([
                f"You may ask us in writing to reconsider this decision within {M('APPEAL_DAYS', c.appeal_phrase)} "
                "of the date of this letter (5 CFR 890.105). Send your request and any new information to the "
                "address above.",
                f"If you disagree, write to us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
                "notice and ask us to reconsider. Include the reference number above.",
            ])))
        else:
            paras.append(("Appeal", w.pick([
                f"You, your doctor or someone you choose may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of "
                "receiving this notice. Call, write or fax the numbers above.",
                f"You have {M('APPEAL_DAYS', c.appeal_phrase)} after you get this letter to file an appeal with "
                "us, in writing or by phone.",
            ])))
    if not fehb and not _has(c, "notice.expedited_review"):
        paras.append(("Urgent appeal", w.pick([
            "If waiting for a standard appeal could seriously jeopardize your life, health or ability to regain "
            "maximum function, ask for an expedited appeal. We decide expedited appeals within 72 hours.",
            "Expedited appeals are decided within 72 hours when a delay could seriously harm your health; your "
            "doctor can ask for one by phone.",
        ])))
    if fehb:
        paras.append(("Urgent claims", "If your request is urgent, tell us when you call and we will handle it as an "
                                       "urgent care claim."))
    if not _has(c, "notice.external_review"):
        if fehb:
            paras.append(("OPM review", w.pick([
                "If we uphold this decision after reconsideration, you may ask the U.S. Office of Personnel "
                "Management (OPM) to review it: U.S. Office of Personnel Management, Healthcare and Insurance, 1900 "
                "E Street NW, Washington, DC 20415 (your plan brochure names the Health Insurance Group that handles "
                "Kaiser plans; check your plan documents).",
                "After our reconsideration you may request review by the U.S. Office of Personnel Management, "
                "Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415. Check your FEHB plan brochure "
                "for the exact OPM office.",
            ])))
        else:
            paras.append(("External review", w.pick([
                "If our final internal appeal decision does not approve the service, you may request an external "
                "review by an independent review organization within 4 months after you receive that decision "
                "(45 CFR 147.136). It costs you nothing.",
                "You may ask for a free external review by an independent review organization; the request is due "
                "within 4 months after our final appeal decision.",
            ])))
    paras.append(("Copies", w.pick([
        "You may ask for free copies of all documents, records and criteria used to decide your request.",
        "On request we will send, at no cost, the records and the full text of the criteria we used.",
    ])))
    if not fehb and not _has(c, "notice.consumer_assistance"):
        if c.state == "MD":
            ca_txt = ("For help, contact the Maryland Attorney General's Health Education and Advocacy Unit at "
                      "410-528-1840 or toll-free 1-877-261-8807 (check your plan documents for current contact "
                      "information).")
        elif c.state == "VA":
            ca_txt = ("For help, contact the Virginia Bureau of Insurance, Office of the Managed Care Ombudsman, at "
                      "1-877-310-6560 (option 1) or ombudsman@scc.virginia.gov.")
        else:
            ca_txt = ("The DC Office of Health Care Ombudsman can help you with an appeal or complaint at no "
                      "cost.")
        paras.append(("Help with your appeal", ca_txt))
    if not _has(c, "notice.language_assistance"):
        paras.append(("Questions", f"Member Services: {ms_local} or {ms_free}, TTY {ms_tty}. Interpreter services "
                                   "are free."))
    else:
        paras.append(("Questions", f"Member Services: {ms_local} or {ms_free}, TTY {ms_tty}."))
    # some letters put the reviewer before the criteria, and the copies paragraph before the rights
    ti = [t for t, _ in paras]
    if "Criteria" in ti and "Who reviewed it" in ti and w.chance(0.5):
        i, j = ti.index("Criteria"), ti.index("Who reviewed it")
        paras[i], paras[j] = paras[j], paras[i]
    if w.chance(0.4):
        cp = next(x for x in paras if x[0] == "Copies")
        paras.remove(cp)
        first_right = next(k for k, x in enumerate(paras) if x[0] in ("Reconsideration", "Appeal", "Urgent appeal",
                                                                     "Urgent claims", "OPM review", "External review",
                                                                     "Help with your appeal", "Questions"))
        paras.insert(first_right, cp)
    # print them
    for k, (title, text) in enumerate(paras, 1):
        if variant == 2:
            b.append(w.h(f"Paragraph {k} - {title}",
                         space_before=8, size=st.size))
            b.append(w.p(text, space_before=2))
        else:
            mark = f"{k}." if variant == 0 else f"({k})"
            b.append(w.p(f"{mark} {text}", space_before=6, indent=0))
    # sign-off; the letter date sits beside the signature in variant 1
    sign = _signoff(w, "Utilization Management Department", plan_name)
    if variant == 1:
        b.append(Block("twocol", left=["Sincerely,"],
                       right=[w.pick(["Dated: ", "Date: ", "Letter date: "]) + _dm(w, "DATE_LETTER", c.letter)],
                       space_before=12))
        b += sign[1:]
    else:
        b += sign
    b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    form = w.chance(0.35)
    if form:
        b.append(w.p(w.pick(["Enclosure: appeal request form", "Enclosure: request form"]), size=8.2,
                     space_before=2))
    if form:  # an appeal request form on its own page
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Appeal Request Form", "REQUEST FOR APPEAL" if not fehb else "REQUEST FOR RECONSIDERATION"]),
                     size=st.size + 1.5))
        b.append(w.p(f"Reference number: {ref}", space_before=6))
        for lab in ["Member name", "Member ID", "Daytime phone", "Service you are appealing",
                    "Why you disagree (attach pages if needed)", "", "", "Signature", "Today's date"]:
            b.append(w.p(f"{lab}: " + "_" * 40 if lab else "_" * 70, space_before=9))
        b.append(w.p(f"Mail or fax this form to the address and fax number on page 1 ({unit_fax}).", space_before=12,
                     size=st.size - 1))
    b += _taglines(w, _MAS_TAGS, f"{ms_free} (TTY {ms_tty})", w.pick([None, "Language assistance",
                                                                        "Free language services"]),
                   keep=w.rng.randint(5, 8))
    return b, st, ["mas_numbered_date_top", "mas_numbered_date_signed", "mas_paragraph_labels"][variant]


BLIND24_TEMPLATES["blind24_midatlantic_numbered_paragraphs"] = (t_b24_mas, dict(
    plans=["commercial_hmo", "fehb"], states=["MD", "VA", "DC"], kinds=["initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b24_mas))
MODELED_ON["blind24_midatlantic_numbered_paragraphs"] = (
    "blind24: Kaiser Permanente Mid-Atlantic States (MD, VA, DC) commercial or FEHB denial of bariatric surgery "
    "(sleeve gastrectomy, gastric bypass) or an in-lab sleep study (polysomnography, CPAP titration), some partly "
    "approved (nutrition therapy, home sleep apnea test); numbered paragraphs, member address at the top right, "
    "'Page N of M - Ref' footers, the letter date on top or beside the signature; weigh-in and sleep clinic visit "
    "dates, BMI, Epworth and AHI values as distractors; 180-day appeal, 72-hour expedited appeal, external review "
    "within 4 months and state consumer assistance (commercial); 6-month reconsideration and OPM review (FEHB)")
