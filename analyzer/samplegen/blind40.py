"""Fortieth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND40_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind40_wa_apple_health_sud_iop")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan
type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind40_nca_commercial_home_ivig_site_of_care``: a Kaiser Permanente Northern California decision for a
   commercial HMO member (plan_type ``commercial_hmo``, state CA, DMHC-regulated) on immune globulin infusions.
   Either the drug is approved at a Plan infusion center and home infusion is denied (``partial_denial``: the home
   infusion visits, 99601 with 99602 for each extra hour, are the denied item; the drug line, J1569 Gammagard
   Liquid or J1459 Privigen, with the center's infusion codes 96365/96366, is approved and listed too), or the
   drug itself is denied (``initial_denial``: the J code is the item). Category ``medical_necessity``; standard or
   expedited. Diagnoses D80.1 / D80.3 / D80.6 / D80.9 (antibody deficiencies) or G61.81 (CIDP). Site-of-care
   reasons: a reaction at an earlier infusion, too few infusions of a new product, hard venous access; drug reasons:
   a normal IgG level with protective vaccine titers, infections not yet tried on preventive antibiotics, a nerve
   study without demyelinating findings. Layouts: ``nca_pharmacy_decision_form`` (a pharmacy prior authorization
   decision form: field grid with compact dates, then the letter), ``nca_dosing_table`` (a dosing table: weight in
   kg, grams per kg, total grams, vials, every 4 weeks: numbers that are not truth) and ``nca_site_of_care_table``
   (a table comparing the infusion center, home infusion and the hospital outpatient unit). Rights from the
   catalogue for a California Knox-Keene letter: grievance within 180 days, expedited review decided within 72
   hours, the DMHC statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, with the plan's 1-800-464-4000),
   Independent Medical Review, the Health Consumer Alliance (1-888-804-3536), free copies of the criteria and
   records, taglines in California's languages. Distractors: the ordering specialist (who is the requesting
   provider), the infusion center nurse, the pharmacist who prepared the form, the home infusion company and its
   phone and fax, the prescriber NPI, the authorization and prescription numbers, earlier infusion dates, lab and
   nerve-study dates, the next scheduled infusion, doses, weights, vials.

   Which date is which: the letter date is the date line (or the form's "Date of notice"); the received date is the
   form's "Request received" or the sentence "reached us on"; the decision date "Decision date" / "decided on".
   Earlier infusions, labs, studies and the next chair appointment are never truth; ``service`` is null. Which name
   is the member: the addressee (the form's "Member"). Which reason is the reason: the paragraph under the reason
   heading. The truth counts the denied item (home infusion visits, or the drug) and, in the partial decision, the
   approved lines too, as the devset's README defines services for a partial decision ("Approved lines of a partial
   decision are listed too"; the set's first measure counted the denied item only). Which approved lines depends on
   the sentence that states the approval, the only place the letter names them with their codes (the form's "Drug:"
   field gives the brand and J code without a decision; the site-of-care table and the reason say "approved" of the
   infusions at the center without a code): "Approved: <the drug's full description> (J code), given at the <center>,
   with the center's infusion services (96365, 96366)" prints two lines, the drug (its description, the J code) and
   "infusion services" (96365, 96366); "What we approved: <brand> (J code) infusions at the <center> (infusion codes
   96365 and 96366)" prints one line, named only by the brand, whose codes are all three (J code, 96365, 96366), as
   the sentence gives them to that one approval. The approved lines come first, as the sentence states them before
   "Denied:" / "What we denied:", which names the denied item only.

2. ``blind40_wa_apple_health_sud_iop``: a Kaiser Permanente Washington Apple Health (Medicaid; plan_type
   ``medicaid``, state WA) notice denying an intensive outpatient program for substance use disorder (H0015) as
   ``medical_necessity`` (initial_denial, standard or expedited), with the ASAM Criteria cited: the assessment shows
   the member's needs fit outpatient care (Level 1) or, the other way, call for withdrawal management before any
   outpatient program. Diagnoses F10.20 and/or F11.20. Layouts: ``wa_asam_dimension_table`` (a table of the six
   assessment dimensions with risk ratings), ``wa_spanish_notice_page`` (the English notice, then a page in
   Spanish summarising it with its own date style; the letter date printed there is marked too) and
   ``wa_community_resources`` (a list of community resources with names and phone numbers). Rights of a Medicaid
   notice from the catalogue: appeal within 60 days of the date of the notice, decided within 30 days, expedited
   appeal in 72 hours, a state fair hearing after the plan's appeal, keeping a service during the appeal when asked
   within 10 days, free copies of the records and the medical necessity criteria, Kaiser Permanente Washington
   Member Services 1-888-901-4636 (TTY 711), taglines. Distractors: the counselor who requested (a Substance Use
   Disorder Professional), the agency and its phone and fax, the intake assessment, drug screen and visit dates,
   the peer counselor, the medication prescriber, community resource names and phones, the NPI and the case number.

   Which date is which: the letter date is the date line (and the Spanish page's "Fecha del aviso"); received and
   decision dates are stated in the opening paragraph. Assessment, screen and visit dates are earlier events and
   never truth; ``service`` is null. Which name is the member: the addressee. Which reason is the reason: the
   English paragraph under the reason heading; the Spanish summary and the dimension table are support. The truth
   counts the program (H0015) only.

3. ``blind40_va_ma_cardiac_ablation_expedited``: a Kaiser Permanente Mid-Atlantic States Medicare Advantage notice
   (plan_type ``medicare_advantage``, state VA) denying, on an expedited (fast) pre-service request, catheter
   ablation for atrial fibrillation (93656) with intracardiac echocardiography (93662), as ``medical_necessity``
   (initial_denial, always expedited). Diagnoses I48.0 / I48.11 / I48.19 / I48.91. Reasons: no trial of a
   rhythm-control medicine, atrial fibrillation never captured on an EKG or monitor, an untreated overactive
   thyroid. Criteria: the plan's public internal coverage criteria, used because Medicare coverage criteria for the
   procedure are not fully established (42 CFR 422.101(b)(6)). Layouts: ``va_fast_decision_box`` (a boxed "Fast
   decision" statement under the title), ``va_call_confirmation`` (a letter confirming an earlier phone call: the
   call's date and time are printed; the letter follows within 3 calendar days) and ``va_test_results_table`` (a
   table of EKG, echocardiogram, Holter and lab dates and values). Medicare Advantage rights from the catalogue:
   reconsideration within 60 days of the date of the notice (65 accepted), standard decided in 30 days, fast appeal
   in 72 hours, automatic Independent Review Entity, the later levels by name, 1-800-MEDICARE (1-800-633-4227),
   TTY 1-877-486-2048, www.medicare.gov, Mid-Atlantic Member Services (1-800-777-7902, (301) 468-6000, TTY (301)
   879-6380), free copy of the case file, taglines. Distractors: the electrophysiologist who asked (the requesting
   provider), the primary care doctor, the nurse who called, the call time, the test dates and values (heart rates,
   ejection fraction, TSH), the scheduled procedure date, the NPI and the case number, the medicines named.

   Which date is which: the letter date is the date line; the received date is when the fast request reached the
   plan, the decision date when it was decided; the call date (confirmation layout) is the day the member was told
   by phone and is not truth unless stated as the decision date in its own sentence; test dates and the planned
   procedure date are never truth; ``service`` is null. Which name is the member: the addressee. Which reason is the
   reason: the paragraph under the reason heading. The truth counts the ablation and the intracardiac echo lines.

Refused: the ablation notice is always expedited, so it refuses ``notice.expedited_review`` (planted only in
standard letters), and it refuses ``medicare.internal_criteria`` (its criteria are used because Medicare's are not
fully established, which is what the catalogue allows). The infusion decision refuses
``mh_parity.non_association_criteria`` (no mental-health service). Other rule ids the catalogue does not apply to a
template's plan, state, kind or category are refused by the generator. Dates use this set's own styles
(``b40date``); ``parse_blind40_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND40_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_MES = D.MONTHS_ES
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def b40date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "ccyymmdd":  # 20260314 (pharmacy claim systems)
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "dmon4yr":  # 14 Mar 2026 (day not padded: 5 Mar 2026)
        return f"{d.day} {_MON3[d.month - 1]} {d.year}"
    if style == "dmoncompact":  # 14Mar2026 (day padded: 05Mar2026)
        return f"{d.day:02d}{_MON3[d.month - 1]}{d.year}"
    if style == "wkabbrmon":  # Sat, Mar 14, 2026 (e-mail and portal headers)
        return f"{_DOW3[d.weekday()]}, {_MON3[d.month - 1]} {d.day}, {d.year}"
    if style == "mdyyslash":  # 03/14/26 (table cells)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "monfullord":  # March 14th, 2026
        return f"{MONTHS[d.month - 1]} {_ord(d.day)}, {d.year}"
    if style == "es_mesdia":  # marzo 14 de 2026
        return f"{_MES[d.month - 1]} {d.day} de {d.year}"
    if style == "es_dmyslash":  # 14/03/2026 (day first)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


EN_STYLES = ("ccyymmdd", "dmon4yr", "dmoncompact", "wkabbrmon", "mdyyslash", "monfullord")
ES_STYLES = ("es_mesdia", "es_dmyslash")
STYLES = EN_STYLES + ES_STYLES


def parse_blind40_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b40date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]|[12]\d|3[01]) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})([A-Z][a-z]{2})(\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]{2}) ([1-9]|[12]\d|3[01]), (\d{4})", t)
        if m and m[1] in _DOW3 and m[2] in _MON3:
            d = dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]|[12]\d|3[01])(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in MONTHS and _ord(int(m[2])) == m[2] + m[3]:
            return dt.date(int(m[4]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([a-z]+) ([1-9]|[12]\d|3[01]) de (\d{4})", t)
        if m and m[1] in _MES:
            return dt.date(int(m[3]), _MES.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b40_fmt"] = w.pick(list(body))
    w.c.extra["b40_head"] = w.pick(list(head))
    w.c.extra["b40_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b40_fmt") -> str:
    if not day:
        return ""
    return b40date(day, w.c.extra[key] if key.startswith("b40_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b40_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(203, 986), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.3)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FACC"] if "Cardiology" in specs
                                                    else ["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


# language-help lines written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "ESPAÑOL: Tiene derecho a recibir ayuda gratis en su idioma con esta carta. Llame al {ph}.",
    "zh": "繁體中文：您有權免費獲得以您的語言提供的協助，以了解這封信。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị có quyền được giúp đỡ miễn phí bằng ngôn ngữ của mình để hiểu thư này. Hãy gọi {ph}.",
    "tl": "TAGALOG: May karapatan kang makakuha ng libreng tulong sa iyong wika para sa sulat na ito. Tumawag sa "
          "{ph}.",
    "ko": "한국어: 귀하는 이 편지에 대해 귀하의 언어로 무료 도움을 받을 권리가 있습니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Դուք իրավունք ունեք այս նամակի համար անվճար օգնություն ստանալ Ձեր լեզվով: Զանգահարեք {ph}:",
    "fa": "فارسی: شما حق دارید برای این نامه به زبان خود کمک رایگان دریافت کنید. با {ph} تماس بگیرید.",
    "ru": "РУССКИЙ: Вы имеете право на бесплатную помощь на вашем языке с этим письмом. Звоните: {ph}.",
    "ja": "日本語：この手紙について、ご自分の言語で無料の支援を受けることができます。{ph} までお電話ください。",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਨੂੰ ਇਸ ਚਿੱਠੀ ਲਈ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਲੈਣ ਦਾ ਹੱਕ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ អ្នកមានសិទ្ធិទទួលបានជំនួយឥតគិតថ្លៃជាភាសារបស់អ្នកសម្រាប់លិខិតនេះ។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "HMOOB: Koj muaj cai tau kev pab dawb ua koj hom lus rau tsab ntawv no. Hu rau {ph}.",
    "hi": "हिंदी: इस पत्र के लिए आपको अपनी भाषा में निःशुल्क सहायता पाने का अधिकार है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: คุณมีสิทธิ์ได้รับความช่วยเหลือฟรีเป็นภาษาของคุณสำหรับจดหมายฉบับนี้ โทร {ph}",
    "ar": "العربية: يحق لك الحصول على مساعدة مجانية بلغتك بشأن هذه الرسالة. اتصل على {ph}.",
    "so": "SOOMAALI: Waxaad xaq u leedahay caawimaad bilaash ah oo luqaddaada ah oo ku saabsan warqaddan. Wac {ph}.",
    "uk": "УКРАЇНСЬКА: Ви маєте право на безкоштовну допомогу вашою мовою щодо цього листа. Телефонуйте: {ph}.",
    "am": "አማርኛ፦ ስለዚህ ደብዳቤ በቋንቋዎ ነጻ እርዳታ የማግኘት መብት አለዎት። ወደ {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Vous pouvez obtenir gratuitement de l'aide dans votre langue pour cette lettre. Appelez le "
          "{ph}.",
    "de": "DEUTSCH: Sie können für diesen Brief kostenlose Hilfe in Ihrer Sprache erhalten. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "pa", "km", "hmn", "hi", "th", "ar"],
    "WA": ["es", "ru", "vi", "zh", "ko", "so", "uk", "tl", "am", "ar"],
    "VA": ["es", "ko", "vi", "zh", "ar", "fa", "am", "tl", "ru", "fr", "de"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.3, keep_all: bool = False) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.4) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Northern California commercial HMO: immune globulin, home infusion or the drug ==========================

_NCA_MS = "1-800-464-4000"
_NCA_AREAS = ["510", "415", "916", "925", "408", "707"]
_NCA_DRUGS = {
    "J1569": (["Gammagard Liquid (immune globulin intravenous, human, 10%), 500 mg units",
               "immune globulin intravenous infusion (Gammagard Liquid 10%)"], "Gammagard Liquid"),
    "J1459": (["Privigen (immune globulin intravenous, human, 10% liquid), 500 mg units",
               "immune globulin intravenous infusion (Privigen 10%)"], "Privigen"),
}
_NCA_HOME = ["home infusion of immune globulin by a visiting infusion nurse (first 2 hours, then each additional "
             "hour)", "home infusion nursing visits for immune globulin, per visit with additional hours",
             "in-home immune globulin infusion services (nursing visit and additional hours)"]
_NCA_PID = [("Nonfamilial hypogammaglobulinemia", "D80.1"),
            ("Selective deficiency of immunoglobulin G [IgG] subclasses", "D80.3"),
            ("Antibody deficiency with near-normal immunoglobulins or with hyperimmunoglobulinemia", "D80.6"),
            ("Immunodeficiency with predominantly antibody defects, unspecified", "D80.9")]
_NCA_CIDP = ("Chronic inflammatory demyelinating polyneuritis", "G61.81")
_NCA_CRIT = {
    "site": ["Kaiser Permanente Northern California Site of Care Guideline for Specialty Infusion Drugs",
             "KP Northern California Regional Pharmacy and Therapeutics Committee: Infusion Site of Care Criteria"],
    "pid": ["Kaiser Permanente Northern California Immune Globulin Criteria for Use: Primary Immunodeficiency",
            "KP Northern California Regional Pharmacy and Therapeutics Committee: Immune Globulin (IVIG/SCIG) "
            "Criteria for Use"],
    "cidp": ["Kaiser Permanente Northern California Immune Globulin Criteria for Use: Neurologic Indications",
             "KP Northern California Regional Pharmacy and Therapeutics Committee: Immune Globulin (IVIG/SCIG) "
             "Criteria for Use"],
}
_NCA_HOMECO = ["Bay Crest Home Infusion", "Golden Valley Infusion Services", "Diablo Home Pharmacy & Infusion",
               "NorCal Specialty Infusion Partners"]
_NCA_NP_TITLES = ["Pharmacy Prior Authorization Technician", "Authorization Coordinator", "Utilization Review Nurse"]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b40_nca"):
        return
    c.extra["b40_nca"] = True
    _fmt(w, ("monfullord", "wkabbrmon", "dmon4yr"), ("wkabbrmon", "monfullord", "dmoncompact"),
         ("ccyymmdd", "mdyyslash"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.extra["nca_variant"] = w.rng.randrange(3)  # 0 pharmacy form, 1 dosing table, 2 site-of-care table
    cond = c.extra["nca_cond"] = w.pick(["pid", "pid", "cidp"])
    dx = w.pick(_NCA_PID) if cond == "pid" else _NCA_CIDP
    c.diagnoses = [dict(text=dx[0], codes=[dx[1]])]
    jcode = c.extra["nca_j"] = w.pick(list(_NCA_DRUGS))
    texts, brand = _NCA_DRUGS[jcode]
    c.extra["nca_drug"] = (w.pick(texts), brand)
    partial = c.letter_kind == "partial_denial"
    if partial:
        c.services = [dict(text=w.pick(_NCA_HOME), codes=["99601", "99602"], decision="denied")]
        c.extra["nca_why"] = w.pick(["reaction", "new", "access"])
    else:
        c.services = [dict(text=c.extra["nca_drug"][0], codes=[jcode], decision="denied")]
        c.extra["nca_why"] = "cidp" if cond == "cidp" else ("abx" if dx[1] == "D80.3" else w.pick(["normal", "abx"]))
    c.service = None
    base = c.received or c.decision or c.letter
    c.extra["nca_weight"] = w.rng.randint(48, 112)
    c.extra["nca_gpk"] = (w.pick([0.4, 0.5, 0.6]) if cond == "pid" else w.pick([1.0, 0.8]))
    c.extra["nca_infusions"] = sorted((base - dt.timedelta(days=28 * k + w.rng.randint(-2, 2)))
                                      for k in range(1, w.rng.randint(2, 4) + 1))
    c.extra["nca_next"] = base + dt.timedelta(days=w.rng.randint(9, 24))
    c.extra["nca_order"] = base - dt.timedelta(days=w.rng.randint(2, 10))
    c.extra["nca_lab"] = base - dt.timedelta(days=w.rng.randint(20, 70))
    c.extra["nca_titer"] = c.extra["nca_lab"] + dt.timedelta(days=w.rng.randint(30, 45))
    c.extra["nca_ncs"] = base - dt.timedelta(days=w.rng.randint(30, 120))
    c.extra["nca_done"] = w.rng.randint(1, 2)
    c.extra["nca_bp"] = (w.rng.randint(78, 92), w.rng.randint(44, 58))
    c.extra["nca_igg"] = w.rng.randint(720, 1180)
    c.extra["nca_sero"] = w.rng.randint(15, 21)
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["nca_spec"] = "Allergy and Immunology" if cond == "pid" else "Neurology"
    c.extra["nca_rn"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", RN, CRNI"])
    c.extra["nca_pharm"] = person(w.rng, 0.0)[0] + ", PharmD"
    c.extra["nca_homeco"] = (w.pick(_NCA_HOMECO), _phone(w, _NCA_AREAS), _phone(w, _NCA_AREAS))
    c.extra["nca_npi"] = _npi(w)
    c.extra["nca_fac"] = w.pick(facilities("CA", "Northern California"))
    c.extra["nca_auth"] = f"PA{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["nca_rx"] = f"{w.rng.randint(10**6, 10**7 - 1)}"
    key = "site" if partial else cond
    c.criteria = [] if (_bare(c) or _has(c, "notice.criteria_cited")) else [w.pick(_NCA_CRIT[key])]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _NCA_NP_TITLES, ["CPhT", None, "RN"])
    elif w.chance(0.1):
        c.reviewer = None
    else:
        _physician(w, [c.extra["nca_spec"], "Internal Medicine"],
                   ["Physician Reviewer", "Pharmacy Physician Advisor", "Associate Physician-in-Chief, Utilization "
                                                                        "Management"], _NCA_AREAS, 0.7, 0.6)
    c.extra["nca_phone"] = _phone(w, _NCA_AREAS, 0)
    c.extra["nca_fax"] = _phone(w, _NCA_AREAS, 0)
    _flags(c)


def reason_b40_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    why = c.extra["nca_why"]
    _, brand = c.extra["nca_drug"]
    if _bare(c):
        return w.pick(["Home infusion is not medically necessary.", "The request does not meet medical necessity.",
                       "Not medically necessary."]) if c.letter_kind == "partial_denial" else \
            w.pick(["This medication is not medically necessary.", "Not medically necessary."])
    inf = c.extra["nca_infusions"]
    last = _fd(w, inf[-1])
    if why == "reaction":
        s, d = c.extra["nca_bp"]
        return w.pick([
            f"During your infusion of {brand} at our infusion center on {last}, your blood pressure dropped to "
            f"{s}/{d} and you had chills, and the nurse stopped the infusion and gave you medicine. Because you have "
            "had a reaction that needed treatment, your next infusions need to be given where a physician and "
            "emergency medicines are close by. Home infusion is not medically necessary for you at this time; your "
            "infusions at the infusion center are approved.",
            f"Our records show an infusion reaction on {last} (chills and a blood pressure of {s}/{d}) that was "
            "treated at the infusion center. After a reaction like this, infusions are given in a monitored setting "
            "until you have had several without problems. For that reason the home infusion visits are denied; the "
            f"{brand} infusions at the infusion center are approved.",
        ])
    if why == "new":
        n = c.extra["nca_done"]
        return w.pick([
            f"You have had {n} infusion{'s' if n > 1 else ''} of {brand} so far (the last on {last}). The first "
            "three infusions of an immune globulin product are given at an infusion center, where staff can watch "
            "for and treat reactions. Home infusion is not medically necessary until you have completed three "
            "infusions without a reaction; until then the infusions at the infusion center are approved.",
            f"Because {brand} is new for you ({n} dose{'s' if n > 1 else ''} given, most recently {last}), your "
            "infusions need to continue at our infusion center until three doses have been given without a reaction. "
            "We have approved the infusions there; home infusion visits are not medically necessary at this point.",
        ])
    if why == "access":
        return w.pick([
            f"At your last infusions (most recently {last}) the nurse needed ultrasound guidance and several tries to "
            "place the IV. A home infusion nurse does not have ultrasound equipment, so an infusion at home could not "
            "be started safely. Home infusion is not medically necessary; your infusions at the infusion center, "
            "where ultrasound-guided IV placement is available, are approved.",
            "Your records show that an IV could be placed only with ultrasound guidance at your recent infusions "
            f"(the last on {last}). Home infusion nurses cannot do this, so infusing at home is not appropriate for "
            "you; we approved the infusions at the infusion center instead.",
        ])
    if why == "normal":
        igg, sero = c.extra["nca_igg"], c.extra["nca_sero"]
        lab, tit = _fd(w, c.extra["nca_lab"]), _fd(w, c.extra["nca_titer"])
        return w.pick([
            f"Immune globulin replacement is approved when blood tests show low antibody levels and a poor response "
            f"to vaccines. Your IgG level on {lab} was {igg} mg/dL, which is in the normal range, and after the "
            f"pneumonia vaccine your antibody levels on {tit} were protective for {sero} of 23 types. These results "
            f"do not show the antibody deficiency that {brand} treats, so it is not medically necessary.",
            f"Your tests do not show a failure to make antibodies: your IgG was {igg} mg/dL on {lab}, and your "
            f"response to the pneumococcal vaccine ({tit}) was protective for {sero} of 23 serotypes. Without a "
            f"poor vaccine response, {brand} infusions are not medically necessary for you.",
        ])
    if why == "abx":
        return w.pick([
            "Your records show sinus and chest infections about every two to three months, but you have not yet "
            "tried daily preventive antibiotics. For an antibody deficiency like yours, preventive antibiotics are "
            f"tried first, and immune globulin ({brand}) is used if infections continue despite them. Because that "
            "step has not been tried, the infusions are not medically necessary now.",
            f"Before {brand} is used for your type of antibody deficiency, a trial of daily preventive antibiotics "
            "for at least six months is expected. Your doctor's notes do not show that this was tried, so immune "
            "globulin is not medically necessary at this time.",
        ])
    ncs = _fd(w, c.extra["nca_ncs"])
    return w.pick([
        f"Immune globulin is used for chronic inflammatory demyelinating polyneuropathy when nerve testing shows "
        f"demyelination. Your nerve conduction study on {ncs} showed reduced signal size with normal conduction "
        f"speeds, which points to nerve fiber (axonal) damage rather than demyelination. The study does not confirm "
        f"the diagnosis that {brand} treats, so it is not medically necessary.",
        f"The nerve conduction study of {ncs} did not find slowed conduction, conduction block or other signs of "
        f"demyelination. Without these findings the diagnosis of CIDP is not confirmed, and {brand} infusions are "
        "not medically necessary for you.",
    ])


def _nca_dose_rows(w: W) -> list[list[str]]:
    c = w.c
    kg, gpk = c.extra["nca_weight"], c.extra["nca_gpk"]
    total = round(kg * gpk / 5) * 5
    vials = -(-total // 10)
    return [["Item", "Ordered"], ["Weight", f"{kg} kg"], ["Dose", f"{gpk:g} g/kg"], ["Dose per infusion", f"{total} g"],
            ["Vials (10 g each)", str(vials)], ["Frequency", "every 4 weeks"], ["Infusions per year", "13"]]


def _nca_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["If you disagree: your grievance and appeal rights", "How to appeal this decision"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or someone you choose may file a grievance (appeal) with Kaiser Permanente within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call Member Services at {_NCA_MS} "
            f"(TTY 711), file online at kp.org, or write to us. Include any information you want us to consider.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice: call "
            f"{_NCA_MS} (TTY 711), use the form at kp.org, or visit Member Services at any Kaiser Permanente "
            f"facility. Your doctor can help you.",
        ])))
    b.append(w.p(w.pick([
        "If your health is in serious danger (for example, severe pain or a risk to your life or a major body "
        "function), you or your doctor can ask for an expedited (urgent) review. We will decide an expedited "
        "grievance within 72 hours, and you may contact the Department of Managed Health Care right away without "
        "waiting for our decision.",
        "Urgent cases: ask for an expedited review if waiting could seriously harm your health. Expedited grievances "
        "are decided within 72 hours, and you do not have to wait before contacting the Department of Managed Health "
        "Care.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(w.pick([
            "Independent Medical Review: because this decision is about medical necessity, you may ask the "
            "Department of Managed Health Care for an Independent Medical Review (IMR) within 6 months of our "
            "written decision. IMR is free. Doctors who do not work for Kaiser Permanente review your case, and we "
            "must follow their decision.",
            "You may be able to ask for an Independent Medical Review (IMR) from the Department of Managed Health "
            "Care. Apply within 6 months after our written decision; there is no cost to you.",
        ])))
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your plan at "
            f"{_NCA_MS} and use your plan's grievance process before contacting the department. Using this grievance "
            "procedure does not prohibit any potential legal rights or remedies that may be available to you. If "
            "you need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
            "resolved by your plan, or a grievance that has remained unresolved for more than 30 days, you may call "
            "the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If "
            "you are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by "
            "a health plan related to the medical necessity of a proposed service or treatment, coverage decisions "
            "for treatments that are experimental or investigational in nature, and payment disputes for emergency "
            "or urgent medical services. The department also has a toll-free telephone number (1-888-466-2219) and "
            "a TDD line (1-877-688-9891) for the hearing and speech impaired. The department's internet website "
            "www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
            bold=True, size=12, space_before=8))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help with your appeal is available from the Health Consumer Alliance, the state's consumer "
            "assistance program: 1-888-804-3536.",
            "For free help filing a grievance or IMR, call the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    what = "the records, guideline and other documents" if c.criteria else "the records and other documents"
    b.append(w.p(w.pick([
        f"You may ask for free copies of {what} we used to make this decision.",
        f"Copies of {what} used in this decision are available to you at no cost.",
    ])))


def t_b40_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = c.extra["nca_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ph, fax = c.extra["nca_phone"], c.extra["nca_fax"]
    auth = c.extra["nca_auth"]
    st.footer = [w.pick([f"Authorization {auth} | page {{page}} of {{pages}}", "KP Northern California Pharmacy "
                         "Services {page}", f"{auth} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    partial = c.letter_kind == "partial_denial"
    drug_txt, brand = c.extra["nca_drug"]
    jcode = c.extra["nca_j"]
    svc = c.denied_services()[0]
    if partial:
        item = w.pick([f"{w.svc(svc)} (CPT {w.code('99601')} and {w.code('99602')})",
                       f"{w.svc(svc)}, codes {w.code('99601')}, {w.code('99602')}"])
    else:
        item = w.pick([f"{w.svc(svc)} (HCPCS {w.code(jcode)})", f"{w.code(jcode)} {w.svc(svc)}"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    fac = c.extra["nca_fac"]
    center = f"{fac} Infusion Center"
    homeco, home_ph, home_fax = c.extra["nca_homeco"]
    urgent = c.urgency == "expedited"
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.6))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", w.pick(["Regional Pharmacy Services",
                                                                            "Pharmacy Prior Authorization Unit"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "1950 Franklin Street, Oakland, CA 94612",
                          f"Phone {ph}  |  Fax {fax}"]))
    if variant == 0:
        b.append(w.p(w.pick(["PHARMACY PRIOR AUTHORIZATION DECISION", "Specialty Drug Authorization - Decision Notice"]),
                     bold=True, align="center", size=st.size + 2.5, space_before=8))
        decision_word = "PARTIALLY APPROVED" if partial else "DENIED"
        rows = [["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b40_cell"), "Member:", w.name()],
                ["Medical record no.:", w.mid(), "Authorization no.:", auth],
                ["Prescriber:", prov, "Prescriber NPI:", c.extra["nca_npi"]],
                ["Drug:", f"{brand} ({jcode})", "Rx no.:", c.extra["nca_rx"]],
                ["Request received:", _dm(w, "DATE_RECEIVED", c.received, "b40_cell") if c.received else "",
                 "Review type:", "Expedited" if urgent else "Standard"],
                ["Decision:", decision_word, "Decision date:",
                 _dm(w, "DATE_DECISION", c.decision, "b40_cell") if c.decision else ""],
                ["Form prepared by:", c.extra["nca_pharm"], "", ""]]
        b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.8, bold=True))
        b.append(w.p(w.name(), space_before=12))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b40_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Medical record number: {w.mid()}    Authorization: {auth}", space_before=8,
                     size=st.size - 0.5))
        b.append(w.h(w.pick(["Decision on your immune globulin request", "Your IVIG authorization request",
                             "Notice of decision: infusion request"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    if partial:
        intro = w.pick([
            f"{prov} asked us to approve {brand} infusions every 4 weeks, given at home by {homeco}.",
            f"Your {c.extra['nca_spec'].lower()} doctor, {prov}, requested immune globulin ({brand}) with home "
            f"infusion through {homeco}.",
        ])
    else:
        intro = w.pick([
            f"{prov} asked us to approve {item} for you, every 4 weeks at the {center}.",
            f"We reviewed a request from {prov} for {item}, to be given at the {center}.",
        ])
    if rec and variant != 0:
        intro += w.pick([f" The request reached us on {rec}.", f" We received it on {rec}."])
    if urgent:
        intro += w.pick([" Your doctor asked for an urgent review, so we handled it as an expedited request.",
                         " It was reviewed on an expedited basis."])
    if dec and variant != 0:
        intro += w.pick([f" It was decided on {dec}.", f" Decision date: {dec}."])
    b.append(w.p(intro))
    if partial:
        # the approved lines are listed too (the devset's README defines services so for a partial decision), as the
        # chosen sentence names them: the drug and the center's infusion services as two lines, or the brand with
        # all three codes as one
        ok = [[dict(text=drug_txt, codes=[jcode], decision="approved"),
               dict(text="infusion services", codes=["96365", "96366"], decision="approved")],
              [dict(text=brand, codes=[jcode, "96365", "96366"], decision="approved")]]
        opts = [
            f"Approved: {w.svc(ok[0][0])} ({w.code(jcode)}), given at the {center}, with the center's "
            f"{w.svc(ok[0][1])} ({w.code('96365')}, {w.code('96366')}). Denied: {item}.",
            f"What we approved: {w.svc(ok[1][0])} ({w.code(jcode)}) infusions at the {center} (infusion codes "
            f"{w.code('96365')} and {w.code('96366')}). What we denied: {item}.",
        ]
        said = w.pick(opts)
        c.services = ok[opts.index(said)] + c.denied_services()
        b.append(w.p(said))
    else:
        b.append(w.p(w.pick([f"We have denied {item}.", f"Decision: {item} is not approved."])))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    if variant == 1:
        b.append(w.h(w.pick(["Dosing requested", "Dose information from the order"]), space_before=8))
        b.append(Block("table", rows=_nca_dose_rows(w), space_before=3, size=8.6))
        b.append(w.p(f"Order written by {c.provider} on {_fd(w, c.extra['nca_order'], 'b40_cell')}; pharmacist "
                     f"review {c.extra['nca_pharm']}.", size=8.2, space_before=2))
    if variant == 2:
        b.append(w.h(w.pick(["Where you can get your infusions", "Site of care comparison"]), space_before=8))
        rows = [["Site", "Who gives the infusion", "Decision"],
                [center, "Infusion nurses, physician on site", "Approved" if partial else "Drug not approved"],
                [f"Home ({homeco})", "Visiting infusion nurse", "Denied" if partial else "Not reviewed"],
                ["Hospital outpatient infusion", "Hospital staff", "Not requested"]]
        b.append(Block("table", rows=rows, space_before=3, size=8.6))
    head(w.pick(["Why we made this decision", "Reason for the decision", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        inf = ", ".join(_fd(w, d) for d in c.extra["nca_infusions"])
        b.append(w.p(w.pick([
            f"Records reviewed: infusion center notes by {c.extra['nca_rn']} ({inf}) and the notes of {prov}.",
            f"We looked at your infusion records ({inf}; nurse {c.extra['nca_rn']}) and your doctor's notes.",
        ]) if partial else w.pick([
            f"Records reviewed: notes of {prov}, laboratory results and, where done, nerve studies.",
            f"We reviewed the notes from {prov} and your test results.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Guideline used: ", "We applied the "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + w.pick([". You may ask for a free copy.", "."])))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    if partial:
        b.append(w.p(w.pick([
            f"Your next infusion is scheduled at the {center} on {_fd(w, c.extra['nca_next'])}. To change the time, "
            f"call the center at {ph}.",
            f"The {center} has you on the schedule for {_fd(w, c.extra['nca_next'])}. Your doctor may ask again for "
            "home infusion later.",
        ])))
    else:
        b.append(w.p(w.pick([
            "Your doctor can send a new request with more information at any time.",
            f"If you have questions about your treatment, talk with {prov}.",
        ])))
    _nca_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Pharmacy Utilization Management",
          "Kaiser Permanente Northern California")
    b.append(w.p(w.pick([f"cc: {prov}; {homeco} (fax {home_fax})", f"Copy to: {prov}, NPI {c.extra['nca_npi']}; "
                         f"{homeco}, phone {home_ph}"]), size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: call {_NCA_MS} (TTY 711).",
                             f"You can get this letter in your language at no cost. Call {_NCA_MS} (TTY 711)."]),
                     space_before=6))
    b += _taglines(w, "CA", f"{_NCA_MS} (TTY 711)", w.pick([None, "Language Assistance Services"]), keep_all=True)
    return b, st, ["nca_pharmacy_decision_form", "nca_dosing_table", "nca_site_of_care_table"][variant]


BLIND40_TEMPLATES["blind40_nca_commercial_home_ivig_site_of_care"] = (t_b40_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["partial_denial", "initial_denial"], cats=["medical_necessity"],
    refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b40_nca))
MODELED_ON["blind40_nca_commercial_home_ivig_site_of_care"] = (
    "blind40: Kaiser Permanente Northern California commercial HMO decision on immune globulin (J1569 or J1459): "
    "infusion center approved and home infusion (99601, 99602) denied, or the drug denied, for antibody deficiency "
    "(D80.x) or CIDP (G61.81); a pharmacy prior authorization decision form, a dosing table, or a site-of-care "
    "table; 180-day grievance, expedited review in 72 hours, the DMHC statement, IMR, the Health Consumer Alliance, "
    "free copies, California taglines")


# === 2. Washington Apple Health (Medicaid): substance use disorder intensive outpatient program =================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "360", "509"]
_WA_IOP = ["substance use disorder intensive outpatient program, 3 hours a day, 3 days a week",
           "intensive outpatient treatment for substance use disorder (9 hours a week for 8 weeks)",
           "alcohol and drug intensive outpatient program (IOP), three sessions a week"]
_WA_DX = {"alc": ("Alcohol dependence, uncomplicated", "F10.20"), "opi": ("Opioid dependence, uncomplicated", "F11.20")}
_WA_CRIT = ["The ASAM Criteria: Treatment Criteria for Addictive, Substance-Related, and Co-Occurring Conditions, "
            "Level 2.1 Intensive Outpatient Services", "ASAM Criteria, Dimensions 1-6 and Level 2.1 (Intensive "
                                                       "Outpatient) admission criteria"]
_WA_AGENCIES = ["Cascade Recovery Services", "Puget Sound Behavioral Health Center", "Emerald City Recovery Clinic",
                "Narrows Counseling & Recovery", "Inland Northwest Treatment Associates"]
_WA_RES = [("Sound Recovery Peer Network", "peer support meetings, evenings and weekends"),
           ("Harbor House Family Services", "help for family members"),
           ("Evergreen Sober Housing Alliance", "recovery housing list"),
           ("North Sound Mutual Aid Groups", "free community meetings"),
           ("Tahoma Employment & Recovery Project", "job training for people in recovery"),
           ("Puyallup Valley Food Bank", "food assistance")]
_WA_DIMS = ["1. Intoxication and withdrawal", "2. Physical health", "3. Emotional and behavioral health",
            "4. Readiness to change", "5. Relapse and continued use", "6. Recovery environment"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b40_wa"):
        return
    c.extra["b40_wa"] = True
    _fmt(w, ("wkabbrmon", "monfullord", "dmoncompact"), ("monfullord", "dmon4yr", "wkabbrmon"),
         ("mdyyslash", "dmon4yr"))
    c.extra["b40_es"] = w.pick(list(ES_STYLES))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.extra["wa_variant"] = w.rng.randrange(3)  # 0 dimension table, 1 Spanish page, 2 community resources
    sub = c.extra["wa_sub"] = w.pick(["alc", "opi", "both"])
    c.diagnoses = [dict(text=_WA_DX[k][0], codes=[_WA_DX[k][1]]) for k in (["alc", "opi"] if sub == "both" else [sub])]
    c.services = [dict(text=w.pick(_WA_IOP), codes=["H0015"], decision="denied")]
    c.service = None
    c.extra["wa_why"] = w.pick(["lower", "lower", "higher"]) if sub != "alc" else w.pick(["lower", "higher"])
    base = c.received or c.decision or c.letter
    c.extra["wa_intake"] = base - dt.timedelta(days=w.rng.randint(3, 12))
    c.extra["wa_uds"] = c.extra["wa_intake"] - dt.timedelta(days=w.rng.randint(1, 10))
    c.extra["wa_months"] = w.rng.randint(4, 14)
    c.extra["wa_drinks"] = w.rng.randint(10, 18)
    c.extra["wa_ciwa"] = w.rng.randint(16, 24)
    c.extra["wa_bup"] = w.pick([8, 12, 16, 24])
    name, _, _ = person(w.rng, 0.1)
    c.provider = f"{name}, {w.pick(['SUDP', 'SUDP, LMHC', 'SUDP, LICSW'])}"
    c.extra["wa_agency"] = (w.pick(_WA_AGENCIES), _phone(w, _WA_AREAS), _phone(w, _WA_AREAS))
    c.extra["wa_peer"] = person(w.rng, 0.0)[0] + ", CPC"
    c.extra["wa_rx_md"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["wa_npi"] = _npi(w)
    c.extra["wa_case"] = f"WA-BH-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["wa_res"] = [(n, d, _phone(w, _WA_AREAS, 1)) for n, d in w.rng.sample(_WA_RES, w.rng.randint(4, 5))]
    c.criteria = [] if (_bare(c) or _has(c, "notice.criteria_cited")) else [w.pick(_WA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Behavioral Health Care Coordinator", "Utilization Review Specialist",
                         "Authorization Coordinator"], [None, "MA", "BA"])
    elif w.chance(0.12):
        c.reviewer = None
    else:
        _physician(w, ["Addiction Medicine", "Psychiatry", "Addiction Psychiatry"],
                   ["Behavioral Health Medical Director", "Physician Reviewer", "Addiction Medicine Physician Advisor"],
                   _WA_AREAS, 0.4, 0.7)
    c.extra["wa_phone"] = _phone(w, _WA_AREAS, 0)
    c.extra["wa_fax"] = _phone(w, _WA_AREAS, 0)
    _flags(c)


def _wa_ratings(c) -> list[int]:
    if c.extra["wa_why"] == "higher":
        return [3, 1, 2, 2, 3, 2]
    return [0, 0, 1, 1, 2, 1] if c.extra["wa_sub"] != "alc" else [0, 1, 1, 2, 2, 1]


def reason_b40_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The requested level of care is not medically necessary.",
                       "Intensive outpatient treatment is not medically necessary.", "Not medically necessary."])
    intake = _fd(w, c.extra["wa_intake"])
    name = "the ASAM Criteria" if c.criteria else "your assessment"
    call = "the ASAM Criteria call" if c.criteria else "the standards of addiction care call"
    if c.extra["wa_why"] == "higher":
        dr, ciwa = c.extra["wa_drinks"], c.extra["wa_ciwa"]
        return w.pick([
            f"Your assessment of {intake} shows you drink about {dr} drinks a day and had shaking, sweating and a "
            f"withdrawal score of {ciwa} the last time you stopped, after a seizure in the past. With this risk of "
            f"severe withdrawal (Dimension 1), {call} for medically monitored withdrawal management first. An "
            "intensive outpatient program cannot safely manage withdrawal, so it is not medically necessary now. Your "
            "counselor can ask for withdrawal management and then for outpatient care.",
            f"The intake of {intake} documents daily drinking (about {dr} drinks), a past withdrawal seizure and a "
            f"withdrawal score of {ciwa}. This places you at high risk in withdrawal (Dimension 1), which needs a "
            "withdrawal management program with medical staff before an outpatient program. Intensive outpatient "
            "treatment is not the right level of care today and is not medically necessary.",
        ])
    if c.extra["wa_sub"] == "alc":
        return w.pick([
            f"Your assessment of {intake} shows no withdrawal symptoms, no physical or mental health problems that "
            "need daily support, a stable home and a job, and that you want to stop drinking. Your risks in every "
            f"dimension are low to moderate. Based on {name}, this fits outpatient counseling (Level 1), one to two "
            "sessions a week, rather than 9 hours a week of intensive outpatient treatment, which is not medically "
            "necessary.",
            f"The assessment completed on {intake} rates your risk low or moderate in all six dimensions: you are "
            "not in withdrawal, you live with supportive family, are working, and are motivated. These needs can be "
            "met in regular outpatient counseling (Level 1), so the intensive outpatient program is not medically "
            "necessary.",
        ])
    mo, bup = c.extra["wa_months"], c.extra["wa_bup"]
    return w.pick([
        f"You have taken buprenorphine {bup} mg daily for {mo} months, your recent drug screens are negative for "
        f"opioids, you are working and you have stable housing, as recorded in your assessment of {intake}. Your "
        f"risks are low in every dimension. Based on {name}, your needs fit outpatient care (Level 1) with your "
        "medication visits and counseling; 9 hours a week of intensive outpatient treatment is not medically "
        "necessary.",
        f"The assessment of {intake} shows {mo} months of steady treatment with buprenorphine ({bup} mg a day), "
        "negative opioid screens, a job and a stable home. With low risk in all dimensions, ongoing outpatient "
        "counseling and medication management (Level 1) meet your needs, so the intensive outpatient program is "
        "not medically necessary.",
    ])


def _wa_dim_rows(w: W) -> list[list[str]]:
    c = w.c
    why, sub = c.extra["wa_why"], c.extra["wa_sub"]
    notes_low = ["No withdrawal signs", "No acute problems", "Mild anxiety, in care", "Wants to stay in recovery",
                 "Some cravings, using coping skills", "Stable housing, works"]
    if sub == "alc":
        notes_low[0] = "Not drinking daily; no withdrawal"
    if sub == "opi" or sub == "both":
        notes_low[4] = f"On buprenorphine {c.extra['wa_bup']} mg; screens negative"
    notes_high = ["Daily drinking; past withdrawal seizure", "High blood pressure, untreated", "Low mood, no plan",
                  "Unsure about stopping", "Relapsed after 2 weeks", "Lives with people who drink"]
    notes = notes_high if why == "higher" else notes_low
    rows = [["Dimension", "Risk (0-4)", "What the assessment shows"]]
    for dim, r, n in zip(_WA_DIMS, _wa_ratings(c), notes, strict=True):
        rows.append([dim, str(r), n])
    return rows


def _wa_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to ask for an appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You can ask us to look at this decision again (an appeal). Ask within {M('APPEAL_DAYS', c.appeal_phrase)}"
            f" from the date of this notice. Call Member Services at {_WA_MS} (TTY 711) or write to us. Your "
            "counselor or anyone you choose can appeal for you with your written permission.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice, by phone "
            f"at {_WA_MS} (TTY 711) or in writing. You may send us anything that supports the request.",
        ])))
    b.append(w.p(w.pick([
        "We will decide your appeal within 30 days.",
        "We send you our appeal decision within 30 days.",
    ]) + ("" if _has(c, "notice.expedited_review") else w.pick([
        " If waiting 30 days could seriously harm your life, health or ability to function, you or your provider "
        "can ask for an expedited (fast) appeal, which we decide within 72 hours.",
        " Ask for a fast (expedited) appeal if your health could be seriously harmed by waiting; fast appeals are "
        "decided within 72 hours.",
    ]))))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "State fair hearing: if you disagree with our appeal decision, you can ask for a state fair hearing with "
            "the Washington State Health Care Authority, which runs Apple Health. Our appeal decision letter will "
            "tell you how and by when to ask.",
            "After our appeal, you have the right to a state fair hearing, where a judge who does not work for us "
            "reviews the decision. The appeal decision will explain how to ask for a hearing and the deadline.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Keeping your services during an appeal: if this decision ends or reduces a service we already "
            "approved, you may keep getting it while your appeal is decided if you ask for the appeal within 10 days "
            "of the date of this notice (or before the service ends). If the appeal is not decided in your favor, "
            "you may have to pay for the services you got during the appeal.",
            "If you are already receiving a service this notice stops or reduces, tell us within 10 days of the "
            "date of this notice that you want to keep it during the appeal. You may be asked to repay the cost if "
            "the final decision agrees with ours.",
        ])))
    what = "the medical necessity criteria" if c.criteria else "the other documents"
    b.append(w.p(w.pick([
        f"You can get free copies of your records and of {what} we used. Call Member Services at {_WA_MS} (TTY 711).",
        f"Free copies of your records and {what} used for this decision are available: {_WA_MS}.",
    ])))


def _wa_spanish(w: W, b: list[Block]) -> None:
    c = w.c
    es = c.extra["b40_es"]
    b.append(Block("pagebreak"))
    b.append(w.p("AVISO IMPORTANTE SOBRE SUS BENEFICIOS DE APPLE HEALTH", bold=True, align="center",
                 size=12, space_before=0))
    b.append(w.p("Resumen en español de la carta adjunta", align="center", space_before=1))
    b.append(w.p(f"Fecha del aviso: {_dm(w, 'DATE_LETTER', c.letter, es)}", space_before=10))
    b.append(w.p(f"Para: {c.member_name}    Número de miembro: {c.member_id}", space_before=2))
    b.append(w.p("Kaiser Permanente no aprobó el programa intensivo para pacientes ambulatorios (IOP, código H0015) "
                 f"que pidió {c.provider}. Según su evaluación del "
                 f"{b40date(c.extra['wa_intake'], es)}, "
                 + ("usted necesita primero un programa de manejo de abstinencia con personal médico."
                    if c.extra["wa_why"] == "higher" else
                    "sus necesidades se pueden atender con consejería ambulatoria regular (Nivel 1).")))
    parts = []
    if c.appeal_phrase:
        parts.append(f"Puede apelar dentro de los {c.appeal_days} días siguientes a la fecha de este aviso.")
    parts.append("Decidimos las apelaciones en 30 días.")
    if not _has(c, "notice.expedited_review"):
        parts.append("Si esperar pone en grave riesgo su salud, pida una apelación rápida: la decidimos en 72 horas.")
    if not _has(c, "notice.external_review"):
        parts.append("Después de nuestra apelación, puede pedir una audiencia imparcial estatal.")
    if not _has(c, "notice.continuation_of_benefits"):
        parts.append("Si este aviso suspende un servicio que ya recibe, puede seguir recibiéndolo durante la apelación "
                     "si apela dentro de 10 días.")
    parts.append(f"Llame a Servicios a los Miembros al {_WA_MS} (TTY 711). La ayuda en español es gratis.")
    b.append(w.h("Sus derechos", space_before=8))
    b.append(w.p(" ".join(parts)))


def t_b40_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    ph, fax = c.extra["wa_phone"], c.extra["wa_fax"]
    case = c.extra["wa_case"]
    st.footer = [w.pick([f"{case} - page {{page}} of {{pages}}", "Kaiser Permanente Washington Apple Health {page}",
                         f"Notice {case} | {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    prov = M("PROVIDER", c.provider)
    agency, ag_ph, ag_fax = c.extra["wa_agency"]
    svc = c.services[0]
    item = w.pick([f"{w.svc(svc)} (HCPCS {w.code('H0015')})", f"{w.code('H0015')} {w.svc(svc)}",
                   f"{w.svc(svc)}, code {w.code('H0015')}"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    bare = _bare(c)
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington Apple Health", w.pick(["Behavioral Health Utilization "
                                                                                 "Management", "Care Review"])],
                   right=["Kaiser Foundation Health Plan of Washington", f"Phone {ph}", f"Confidential fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b40_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"ProviderOne client ID / member ID: {w.mid()}    Case: {case}", space_before=8, size=st.size - 0.5))
    b.append(w.h(w.pick(["Notice of Adverse Benefit Determination", "We did not approve a service you asked for",
                         "Apple Health notice: intensive outpatient treatment"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Hello {c.member_salute},"]), space_before=8))
    intro = w.pick([
        f"{prov}, your counselor at {agency}, asked Kaiser Permanente to approve {item}.",
        f"We reviewed a request from {prov} of {agency} for {item}.",
    ])
    if rec:
        intro += w.pick([f" We got the request on {rec}.", f" The request came in on {rec}."])
    if urgent:
        intro += w.pick([" Your provider asked for a fast (expedited) decision.", " It was reviewed as urgent."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" We did not approve it.", " The request is denied."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses on the request: "]) + dxs + "."))
    head(w.pick(["Why we made this decision", "Reason for the denial", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 0 and not bare:
        b.append(w.h("Multidimensional assessment summary" if c.criteria else "Summary of your assessment",
                     space_before=8))
        b.append(Block("table", rows=_wa_dim_rows(w), space_before=3, size=8.4))
        b.append(w.p(f"Risk ratings from the assessment of {_fd(w, c.extra['wa_intake'], 'b40_cell')} by {c.provider}"
                     f"; 0 means no risk, 4 the highest risk.", size=8.0, space_before=2))
    if not bare:
        uds, intake = _fd(w, c.extra["wa_uds"]), _fd(w, c.extra["wa_intake"])
        b.append(w.p(w.pick([
            f"Records reviewed: intake assessment of {intake}; drug screen of {uds}; notes from your medication "
            f"prescriber, {c.extra['wa_rx_md']}.",
            f"We looked at your assessment ({intake}), the urine drug screen collected {uds} and notes from "
            f"{c.extra['wa_rx_md']} and peer counselor {c.extra['wa_peer']}.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Decision made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your provider may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        f"What you can do now: {agency} ({ag_ph}) can set up the level of care that fits your needs.",
        f"Your counselor can send a new request at any time if your needs change. {agency}: phone {ag_ph}, fax "
        f"{ag_fax}.",
    ])))
    if variant == 2:
        b.append(w.h(w.pick(["Community resources", "Other support near you"]), space_before=8))
        for n, d, p in c.extra["wa_res"]:
            b.append(w.p(f"- {n}: {d}. {p}", indent=10, space_before=1.5))
    _wa_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Behavioral Health Utilization Management",
          "Kaiser Permanente Washington")
    b.append(w.p(w.pick([f"cc: {prov}, {agency} (fax {ag_fax})", f"Copy: {prov} (NPI {c.extra['wa_npi']})"]),
                 size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {_WA_MS} (TTY 711).",
                             f"Need this in another language or format? Call {_WA_MS} (TTY 711), free of charge."]),
                     space_before=6))
    b += _taglines(w, "WA", f"{_WA_MS} (TTY 711)", w.pick([None, "Language help"]))
    if variant == 1:
        _wa_spanish(w, b)
    return b, st, ["wa_asam_dimension_table", "wa_spanish_notice_page", "wa_community_resources"][variant]


BLIND40_TEMPLATES["blind40_wa_apple_health_sud_iop"] = (t_b40_wa, dict(
    plans=["medicaid"], states=["WA"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b40_wa))
MODELED_ON["blind40_wa_apple_health_sud_iop"] = (
    "blind40: Kaiser Permanente Washington Apple Health (Medicaid) notice denying a substance use disorder intensive "
    "outpatient program (H0015) as not medically necessary under the ASAM Criteria (outpatient care fits, or "
    "withdrawal management comes first) for F10.20 / F11.20; an assessment dimension table, a Spanish notice page, "
    "or a list of community resources; 60-day appeal, 30 days / 72 hours, state fair hearing, continued services "
    "within 10 days, free copies, Kaiser Permanente Washington Member Services, taglines")


# === 3. Mid-Atlantic (Virginia) Medicare Advantage: catheter ablation for atrial fibrillation, expedited ==========

_VA_MS = "1-800-777-7902"
_VA_MS_LOCAL = "(301) 468-6000"
_VA_TTY = "(301) 879-6380"
_VA_MEDICARE = "1-800-MEDICARE (1-800-633-4227)"
_VA_MEDICARE_TTY = "1-877-486-2048"
_VA_AREAS = ["703", "571", "540"]
_VA_ABL = ["catheter ablation for atrial fibrillation by pulmonary vein isolation",
           "comprehensive electrophysiology study with ablation of atrial fibrillation (pulmonary vein isolation)",
           "atrial fibrillation ablation (pulmonary vein isolation), outpatient procedure"]
_VA_ICE = ["intracardiac echocardiography during the ablation", "intracardiac ultrasound imaging (add-on to the "
                                                               "ablation)"]
_VA_DX = [("Paroxysmal atrial fibrillation", "I48.0"), ("Longstanding persistent atrial fibrillation", "I48.11"),
          ("Other persistent atrial fibrillation", "I48.19"), ("Unspecified atrial fibrillation", "I48.91")]
_VA_CRIT = ["Kaiser Permanente Mid-Atlantic States Medicare Coverage Criteria: Catheter Ablation for Atrial "
            "Fibrillation", "KP Mid-Atlantic Medicare Advantage Internal Coverage Criteria, Cardiac Catheter Ablation "
                            "(Atrial Fibrillation)"]
_VA_DRUGS = ["metoprolol", "diltiazem", "carvedilol"]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b40_va"):
        return
    c.extra["b40_va"] = True
    _fmt(w, ("dmon4yr", "monfullord", "dmoncompact"), ("monfullord", "wkabbrmon", "dmon4yr"),
         ("mdyyslash", "dmoncompact"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.urgency = "expedited"  # a fast (expedited) pre-service request: decided within 72 hours
    variant = c.extra["va_variant"] = w.rng.randrange(3)  # 0 fast-decision box, 1 call confirmation, 2 test table
    dec = c.decision or c.letter
    if c.received:
        days = w.rng.randint(4, 9) if _has(c, "process.decision_untimely") else w.rng.randint(0, 2)
        c.received = dec - dt.timedelta(days=days)
    c.letter = dec
    c.extra["va_call"] = None
    if variant == 1:  # told by phone the day of the decision; the written notice follows within 3 calendar days
        c.extra["va_call"] = (dec, w.rng.randint(9, 17), w.pick([5, 10, 18, 25, 32, 40, 47, 55]))
        c.letter = dec + dt.timedelta(days=w.rng.randint(1, 2))
        c.decision = dec  # the letter follows the call, so it states the day of the decision
    c.services = [dict(text=w.pick(_VA_ABL), codes=["93656"], decision="denied"),
                  dict(text=w.pick(_VA_ICE), codes=["93662"], decision="denied")]
    c.service = None
    dx = w.pick(_VA_DX)
    c.diagnoses = [dict(text=dx[0], codes=[dx[1]])]
    c.extra["va_why"] = w.pick(["aad", "undoc", "thyroid"])
    c.extra["va_drug"] = w.pick(_VA_DRUGS)
    c.extra["va_ekg"] = dec - dt.timedelta(days=w.rng.randint(20, 60))
    c.extra["va_echo"] = dec - dt.timedelta(days=w.rng.randint(10, 50))
    c.extra["va_holter"] = dec - dt.timedelta(days=w.rng.randint(12, 40))
    c.extra["va_tsh_day"] = dec - dt.timedelta(days=w.rng.randint(6, 30))
    c.extra["va_planned"] = dec + dt.timedelta(days=w.rng.randint(5, 20))
    c.extra["va_ef"] = w.rng.randint(50, 62)
    c.extra["va_lavi"] = w.rng.randint(30, 44)
    c.extra["va_rate"] = w.rng.randint(104, 138)
    c.extra["va_tsh"] = w.pick(["0.02", "0.03", "0.05", "0.08"])
    c.extra["va_burden"] = w.rng.randint(6, 35)
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, MD, FHRS"])
    c.extra["va_pcp"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["va_rn"] = person(w.rng, 0.0)[0] + ", RN"
    c.extra["va_npi"] = _npi(w)
    c.extra["va_fac"] = w.pick(facilities("VA"))
    c.extra["va_case"] = f"MA-{w.rng.randint(10**6, 10**7 - 1)}-X"
    c.criteria = [] if (_bare(c) or _has(c, "notice.criteria_cited")) else [w.pick(_VA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Medicare Authorization Specialist", "Clinical Review "
                                                                                           "Coordinator"],
                     ["RN", None, "LPN"])
    elif w.chance(0.12):
        c.reviewer = None
    else:
        _physician(w, ["Cardiology", "Cardiac Electrophysiology", "Internal Medicine"],
                   ["Medical Director, Medicare Utilization Management", "Physician Reviewer", "Associate Medical "
                                                                                            "Director"],
                   _VA_AREAS, 0.35, 0.7)
    c.extra["va_phone"] = _phone(w, _VA_AREAS, 0)
    c.extra["va_fax"] = _phone(w, _VA_AREAS, 0)
    _flags(c)


def reason_b40_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The procedure is not medically necessary.", "Not medically necessary.",
                       "The request does not meet medical necessity."])
    why, drug = c.extra["va_why"], c.extra["va_drug"]
    if why == "aad":
        return w.pick([
            f"Your records show your heart rate has been treated with {drug}, but you have not tried a medicine "
            "that keeps the heart in normal rhythm (such as flecainide, propafenone, sotalol or amiodarone). Ablation "
            "is approved when symptoms continue despite, or a person cannot take, at least one of these rhythm "
            "medicines. Because this has not been tried, the ablation is not medically necessary at this time.",
            f"Ablation for atrial fibrillation is covered when a rhythm-control medicine has failed or cannot be "
            f"used. You have been on {drug} to slow the heart rate only; no rhythm-control medicine has been tried "
            "and no reason is given why one could not be. The procedure is not medically necessary now.",
        ])
    if why == "undoc":
        hol = _fd(w, c.extra["va_holter"])
        return w.pick([
            "Ablation treats atrial fibrillation that has been recorded on a heart tracing. Your EKG showed a normal "
            f"rhythm with early beats, and your heart monitor worn from {hol} recorded fast normal rhythm (sinus "
            "tachycardia) during your palpitations, not atrial fibrillation. Since atrial fibrillation has not been "
            "documented, the ablation is not medically necessary.",
            f"Neither your EKG nor the heart monitor started on {hol} captured atrial fibrillation; during symptoms "
            "the monitor showed sinus rhythm with extra beats. Without a recorded episode of atrial fibrillation, "
            "the requested ablation is not medically necessary.",
        ])
    tsh, day = c.extra["va_tsh"], _fd(w, c.extra["va_tsh_day"])
    return w.pick([
        f"Your thyroid blood test on {day} showed an overactive thyroid (TSH {tsh}), which has not yet been "
        "treated. An overactive thyroid can cause atrial fibrillation, and it often settles once the thyroid is "
        "treated. Ablation is considered after reversible causes are corrected, so it is not medically necessary "
        "now. Your doctor may ask again after your thyroid is treated.",
        f"Lab work from {day} shows untreated hyperthyroidism (TSH {tsh}). This is a reversible cause of atrial "
        "fibrillation that needs treatment first; ablation before that is not medically necessary.",
    ])


def _va_test_rows(w: W) -> list[list[str]]:
    c = w.c
    why = c.extra["va_why"]
    ekg = "Sinus rhythm, premature atrial beats" if why == "undoc" else \
        f"Atrial fibrillation, rate {c.extra['va_rate']}"
    hol = ("Sinus tachycardia with symptoms; no AF" if why == "undoc"
           else f"AF burden {c.extra['va_burden']}%")
    tsh = c.extra["va_tsh"] if why == "thyroid" else w.pick(["1.4", "2.1", "0.9", "3.2"])
    cell = "b40_cell"
    return [["Test", "Date", "Result"],
            ["12-lead EKG", _fd(w, c.extra["va_ekg"], cell), ekg],
            ["Echocardiogram", _fd(w, c.extra["va_echo"], cell),
             f"LVEF {c.extra['va_ef']}%, LA volume index {c.extra['va_lavi']} mL/m2"],
            ["48-hour Holter", _fd(w, c.extra["va_holter"], cell), hol],
            ["TSH", _fd(w, c.extra["va_tsh_day"], cell), f"{tsh} mIU/L"]]


def _va_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with our decision", "How to ask us to reconsider"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You have the right to ask us to reconsider (appeal) this decision. Your request must reach us within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. You, your doctor or a "
            f"representative may ask. Call {_VA_MS} or {_VA_MS_LOCAL} (TTY {_VA_TTY}), or write to us.",
            f"To appeal, ask for a reconsideration within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this "
            f"notice, by phone ({_VA_MS}, TTY {_VA_TTY}) or in writing (fax {c.extra['va_fax']}).",
        ])))
    b.append(w.p(w.pick([
        "Standard appeal: we decide within 30 days. Fast appeal: if you or your doctor believe waiting 30 days "
        "could seriously harm your health, ask for a fast appeal. If your doctor asks for one, or supports your "
        "request, we will give you a decision within 72 hours.",
        "A standard appeal is decided within 30 days. You can ask for a fast (expedited) appeal, decided within 72 "
        "hours, when waiting could seriously jeopardize your life or health; a fast appeal your doctor asks for is "
        "granted automatically.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we do not decide your appeal fully in your favor, we will automatically send it to an Independent "
            "Review Entity that works for Medicare and is not part of Kaiser Permanente. If you disagree with that "
            "decision, further levels are a hearing before an Administrative Law Judge, the Medicare Appeals "
            "Council, and federal court.",
            "An appeal we do not fully grant goes on its own to Medicare's Independent Review Entity. Later levels, "
            "if needed, are an Administrative Law Judge, the Medicare Appeals Council and federal court.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file, including the records used to make this decision.",
        "Copies of the documents in your case file are free on request.",
    ])))
    head(w.pick(["Get help", "Questions and more information"]))
    b.append(w.p(w.pick([
        f"Member Services: {_VA_MS} or {_VA_MS_LOCAL}, TTY {_VA_TTY}. Medicare: {_VA_MEDICARE}, TTY "
        f"{_VA_MEDICARE_TTY}, www.medicare.gov.",
        f"Call us at {_VA_MS} (local {_VA_MS_LOCAL}; TTY {_VA_TTY}). For Medicare information call {_VA_MEDICARE} "
        f"(TTY {_VA_MEDICARE_TTY}) or visit www.medicare.gov.",
    ])))


def t_b40_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [56.0, 64.0, 72.0])
    ph, fax, case = c.extra["va_phone"], c.extra["va_fax"], c.extra["va_case"]
    st.footer = [w.pick([f"Case {case} - page {{page}} of {{pages}}", "Kaiser Permanente Medicare Advantage {page}",
                         f"{case} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    fac = c.extra["va_fac"]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick(["Medicare Utilization Management",
                                                                            "Medicare Advantage Clinical Review"])],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Kaiser Permanente Medicare Advantage (HMO)", f"Phone {ph}  Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b40_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Case number: {case}", space_before=8, size=st.size - 0.5))
    b.append(w.h(w.pick(["Notice of Denial of Medical Coverage", "NOTICE OF DENIAL OF MEDICAL COVERAGE",
                         "Decision on your fast request for heart rhythm treatment"]), space_before=10,
                 size=st.size + 1.5))
    if variant == 0:
        b.append(w.p(w.pick([
            "FAST DECISION. You or your doctor asked us for a fast decision because waiting could seriously harm your "
            "health. We agreed and made this decision within 72 hours.",
            "Fast decision: this request was handled on the expedited (72-hour) timeline because your doctor said "
            "your health could be harmed by waiting for a standard decision.",
        ]), boxed=True, bold=True, space_before=6))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    if variant == 1:
        cday, hh, mm = c.extra["va_call"]
        t12 = f"{(hh - 1) % 12 + 1}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"
        b.append(w.p(w.pick([
            f"This letter confirms our phone call of {_fd(w, cday, 'wkabbrmon')} at {t12}, when {c.extra['va_rn']} "
            "of our review team told you about the decision below.",
            f"On {_fd(w, cday, 'wkabbrmon')}, at {t12}, our nurse {c.extra['va_rn']} called you with this decision. "
            "We are sending it to you in writing, as Medicare requires.",
        ])))
    intro = w.pick([
        f"{prov}, your heart rhythm specialist, asked us for a fast decision on {svcs} at {fac}, planned for "
        f"{_fd(w, c.extra['va_planned'])}.",
        f"We reviewed an expedited request from {prov} for {svcs}. The procedure was planned at {fac} for "
        f"{_fd(w, c.extra['va_planned'])}.",
    ])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" We have denied this request.", " Kaiser Permanente Medicare Advantage has denied coverage."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    head(w.pick(["Why we denied your request", "Why did we deny your request?", "Reason for the decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 2 and not _bare(c):
        b.append(w.h(w.pick(["Test results we reviewed", "Your heart test results"]), space_before=8))
        b.append(Block("table", rows=_va_test_rows(w), space_before=3, size=8.6))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We reviewed the notes of {prov} and of your primary care doctor, {c.extra['va_pcp']}, and your heart "
            f"tests (EKG {_fd(w, c.extra['va_ekg'])}, echocardiogram {_fd(w, c.extra['va_echo'])}).",
            f"Records reviewed: electrophysiology consult ({prov}); primary care notes ({c.extra['va_pcp']}); "
            f"echocardiogram of {_fd(w, c.extra['va_echo'])} (ejection fraction {c.extra['va_ef']}%).",
        ])))
    if c.criteria:
        b.append(w.p(w.pick([
            "Medicare's coverage rules do not set out specific criteria for this procedure. When Medicare coverage "
            "criteria are not fully established, a Medicare Advantage plan may use publicly available internal "
            "coverage criteria based on current clinical guidelines (42 CFR 422.101(b)(6)). We applied the ",
            "Because Medicare coverage criteria for this procedure are not fully established, we used our publicly "
            "posted internal coverage criteria, as 42 CFR 422.101(b)(6) allows: the ",
        ]) + join_and([M("CRITERIA", x) for x in c.criteria]) + ". You can get a free copy with the evidence summary."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor can reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        f"Your other heart care, including your {c.extra['va_drug']} and visits with {prov}, is not affected by this "
        "decision.",
        f"Keep taking your medicines, including {c.extra['va_drug']}, as prescribed. If symptoms get worse, call "
        f"{c.extra['va_pcp']} or, in an emergency, 911.",
    ])))
    _va_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Medicare Utilization Management",
          "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(w.pick([f"cc: {prov} (NPI {c.extra['va_npi']}); {c.extra['va_pcp']}", f"cc: {prov}, {fac}"]),
                 size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {_VA_MS} (TTY {_VA_TTY}).",
                             f"Language help is free. Call {_VA_MS}, TTY {_VA_TTY}."]), space_before=6))
    b += _taglines(w, "VA", _VA_MS, w.pick([None, "Multi-language interpreter services"]))
    return b, st, ["va_fast_decision_box", "va_call_confirmation", "va_test_results_table"][variant]


BLIND40_TEMPLATES["blind40_va_ma_cardiac_ablation_expedited"] = (t_b40_va, dict(
    plans=["medicare_advantage"], states=["VA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review", "medicare.internal_criteria"), reason=reason_b40_va))
MODELED_ON["blind40_va_ma_cardiac_ablation_expedited"] = (
    "blind40: Kaiser Permanente Mid-Atlantic States Medicare Advantage (Virginia) expedited denial of catheter "
    "ablation for atrial fibrillation (93656 with 93662) as not medically necessary (no rhythm-control drug tried, "
    "atrial fibrillation not documented, untreated hyperthyroidism) for I48.x; a fast-decision box, a confirmation "
    "of an earlier phone call, or a test results table; internal criteria under 42 CFR 422.101(b)(6); "
    "reconsideration within 60 days, 30 days / 72 hours, automatic Independent Review Entity, later levels, "
    "1-800-MEDICARE, Mid-Atlantic Member Services, taglines")
