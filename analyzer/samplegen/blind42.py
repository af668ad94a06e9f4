"""Forty-second blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND42_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind42_ga_commercial_cgm_supplier_claim")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind42_nca_commercial_tms_depression``: a Kaiser Permanente Northern California commercial HMO letter (plan_type
   ``commercial_hmo``, state CA, DMHC-regulated) denying a course of transcranial magnetic stimulation for major
   depression as ``medical_necessity`` (initial_denial, standard or expedited). What is denied: the first TMS
   session with motor threshold mapping (CPT 90867) and the later daily sessions (CPT 90868). Diagnoses F33.x or
   F32.x. Why: only one adequate antidepressant trial, no course of psychotherapy, or a current regimen that is
   working (PHQ-9 now in the mild range). Criteria: the American Psychiatric Association's practice guideline for
   major depressive disorder (a nonprofit professional association's criteria, as Cal. HSC 1374.721 asks); a planted
   ``mh_parity.non_association_criteria`` swaps in internal or proprietary criteria. Layouts:
   ``nca_med_trial_table`` (a letter with a table of medication trials: drug, daily dose, start date, weeks, result),
   ``nca_bh_um_reviewer_block`` (from the Behavioral Health Utilization Management team, with a boxed reviewer block:
   reviewer, credentials, specialty, direct line) and ``nca_fax_to_psychiatrist`` (a fax to the psychiatrist with a
   fax header on every page: "Date: / Time:" pair and page count; the patient named on the "Patient:" line; the
   member's rights enclosed). Rights from the catalogue: a grievance within 180 days (1-800-464-4000, TTY 711,
   kp.org, in writing), expedited review decided within 72 hours with the right to call DMHC at once, the DMHC
   statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) naming Independent Medical
   Review, the Health Consumer Alliance (1-888-804-3536), free copies of the criteria and documents, taglines in
   fifteen languages. Distractors: the therapist and her session count and last session date, PHQ-9 scores and
   their dates, the TMS clinic with its phone and fax, the NPI, the reference number, the medication trial rows
   (drugs, doses, weeks, start dates), electroconvulsive therapy (CPT 90870) or psychotherapy (CPT 90837) named as
   covered options (never items), the fax header's date and time.

   Which date is which: the letter date is the date line (on the fax, the "Date of notice" line; the fax header's
   "Date:" is the transmission stamp and is unmarked); received and decision dates are stated in the opening
   paragraph. Trial start dates, therapy sessions and PHQ-9 dates are earlier events; ``service`` is always null.
   Which name is the member: the addressee (on the fax, the "Patient:" name; the psychiatrist is the addressee and
   the requesting provider). Which reason is the reason: the paragraph under the reason heading. The truth counts the
   two TMS lines.

2. ``blind42_ga_commercial_cgm_supplier_claim``: a Kaiser Permanente Georgia commercial HMO (plan_type
   ``commercial_hmo``, state GA) denial of a supplier's claim (letter_kind ``payment_denial``) for continuous glucose
   monitor supplies: sensors (A9276) with a receiver (A9278) and sometimes a transmitter (A9277), or a non-adjunctive
   receiver (E2103) with its monthly supply allowance (A4239). Category ``out_of_network`` (the supplier has no
   contract with Kaiser Permanente Georgia; a plan supplier is named) or ``no_prior_authorization`` (no
   authorization was asked for before shipping). Diagnoses E10.x or E11.x. Layouts: ``ga_eob_claim_lines`` (an
   explanation-of-benefits style statement: a claim header grid and a claim-line table with billed, allowed and paid
   amounts and remark codes, then a remark legend), ``ga_member_cc_supplier`` (a letter to the member with a copy to
   the supplier's billing office) and ``ga_owe_box`` (a letter with a boxed "What you may owe" summary of amounts).
   Rights from the catalogue for a Georgia commercial plan: an appeal within 180 days, external review by an
   independent review organization within 4 months of the final internal decision (45 CFR 147.136), free copies of
   documents, the diagnosis and treatment codes on request (a request is no appeal), the Georgia Office of
   Commissioner of Insurance by name only and EBSA 1-866-444-3272 for employer plans (with "check your plan
   documents"), the Kaiser Permanente Georgia Health Line (404-365-0966, 1-800-611-1811; the catalogue verifies no
   Georgia Member Services number), taglines. Refused: ``process.emergency_prior_auth`` (CGM supplies shipped to the
   home are never emergency care). Distractors: the prescribing endocrinologist, the A1c date, the supplier's phone,
   fax and NPI, the claim number, billed and allowed amounts and what the member may owe, the plan supplier (for out
   of network), a test-strip or lancet line (A4253 or A4259) that was paid and is never an item, remark codes.

   Which date is which: the letter date is the statement or letter date; the service date is the day the supplies
   were shipped ("Date of service", "shipped on"); the received date is the day the claim arrived and the decision
   date the day it was processed. The A1c and office-visit dates are not truth. Which name is the member: the
   addressee (the supplier is copied). Which reason is the reason: the paragraph under the reason heading; the remark
   legend is support. The truth counts the denied CGM lines.

3. ``blind42_scal_ma_home_health_delay``: a Kaiser Permanente Southern California Senior Advantage (plan_type
   ``medicare_advantage``, state CA) notice that the plan is taking more time to decide a request for home health care
   (letter_kind ``delay_notice``, category ``administrative``): home health physical therapy (G0151) and skilled
   nursing visits (G0299). It lists the records it still needs (a face-to-face visit note, a hospital discharge
   summary, the signed plan of care, the agency's therapy evaluation, a medicine list, wound measurements), the date
   they are due, and the new date by which it will decide (the extension's end: never the decision date, which is
   null on a delay notice). Medicare Advantage extension rights from the catalogue: the reason for the extra time and
   the right to file a fast (expedited) grievance about it, a fast decision in 72 hours when waiting could seriously
   harm health, Senior Advantage Member Services 1-800-443-0815 (TTY 711), 1-800-MEDICARE (1-800-633-4227), TTY
   1-877-486-2048, www.medicare.gov, taglines. A planted ``notice.delay_requirements`` leaves out the date a decision
   is expected. Layouts: ``scal_more_time_notice`` (a centered "We need more time" notice with a field grid),
   ``scal_checkbox_request`` (the records requested as a checkbox list, checked and unchecked) and
   ``scal_fax_agency_cc_member`` (a fax to the home health agency, with the member named on the "Re:" line and a
   copy to the member). Distractors: the home health agency with its phone, fax and NPI, the hospital and its
   discharge date, the face-to-face visit date, the records due date, the extension end date (also in a Spanish line:
   "14 de marzo de 2026"), the care coordinator and her phone, the reference number.

   Which date is which: the letter date is the date line (the fax's "Date of notice"); the received date is stated
   ("we received ... on"). The due date for records, the new decision date, the discharge and visit dates are not
   truth; ``decision`` and ``service`` are null. Which name is the member: the addressee (the "Re:" name on the fax).
   Which reason is the reason: the paragraph that says why more time is needed. The truth counts the two pending home
   health lines.

Dates use this set's own styles (``b42date``); ``parse_blind42_date`` reads them back. Refused: each template words
only what its letter kind can carry; the generator refuses rule ids the catalogue does not apply to a template's plan,
state, kind or category. The TMS letter also refuses ``notice.criteria_cited``: for a mental-health denial in
California the catalogue's criteria rule is ``mh_parity.non_association_criteria``.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ordinal
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND42_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_MON3U = [m.upper() for m in _MON3]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
# the abbreviations a newspaper style guide prints (short months spelled out)
_APMON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def b42date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "oradash":  # 14-MAR-2026 (a claims system's day-month-year)
        return f"{d.day:02d}-{_MON3U[d.month - 1]}-{d.year}"
    if style == "ymdpt":  # 2026.03.14
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "abbrdotord":  # Mar. 14th, 2026 (Sept., June, July, May spelled as a style guide does)
        return f"{_APMON[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "ordofmon":  # 14th of March, 2026 (the prose puts "the" before it)
        return f"{_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "wkshortyy":  # Sat 3/14/26
        return f"{_DOW3[d.weekday()]} {d.month}/{d.day}/{d.year % 100:02d}"
    if style == "padslashyy":  # 03/14/26 (table cells, fax stamps)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "es_longde":  # 14 de marzo de 2026
        return f"{d.day} de {D.MONTHS_ES[d.month - 1]} de {d.year}"
    raise ValueError(style)


STYLES = ("oradash", "ymdpt", "abbrdotord", "ordofmon", "wkshortyy", "padslashyy", "es_longde")


def parse_blind42_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b42date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2] in _MON3U:
            return dt.date(int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\S+) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _APMON and _ordinal(int(m[2])) == m[2] + m[3]:
            return dt.date(int(m[4]), _APMON.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/(\d{2})", t)
        if m and m[1] in _DOW3:
            d = dt.date(2000 + int(m[4]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[2] in D.MONTHS_ES:
            return dt.date(int(m[3]), D.MONTHS_ES.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b42_fmt"] = w.pick(list(body))
    w.c.extra["b42_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b42_fmt") -> str:
    if not day:
        return ""
    return b42date(day, w.c.extra[key] if key.startswith("b42_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b42_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(203, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _clock(w: W) -> str:
    h = w.rng.randint(7, 17)
    return f"{(h - 1) % 12 + 1}:{w.rng.randint(0, 59):02d} {'AM' if h < 12 else 'PM'}"


# tagline sentences written for this set; {ph} is the number the letter prints
_LANG = {
    "es": "ESPAÑOL: Tiene derecho a recibir ayuda gratuita en su idioma con esta carta. Llame al {ph}.",
    "zh": "繁體中文：您有權免費獲得以您的語言提供的協助，以了解這封信。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị có quyền được giúp đỡ miễn phí bằng ngôn ngữ của mình về thư này. Xin gọi {ph}.",
    "tl": "TAGALOG: May karapatan kang makakuha ng libreng tulong sa iyong wika tungkol sa sulat na ito. Tumawag sa "
          "{ph}.",
    "ko": "한국어: 귀하는 이 서신에 대해 귀하의 언어로 무료 도움을 받을 권리가 있습니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Դուք իրավունք ունեք անվճար օգնություն ստանալ ձեր լեզվով այս նամակի վերաբերյալ: Զանգահարեք {ph}:",
    "fa": "فارسی: شما حق دارید درباره این نامه به زبان خود کمک رایگان دریافت کنید. با {ph} تماس بگیرید.",
    "ru": "РУССКИЙ: Вы имеете право на бесплатную помощь на вашем языке по этому письму. Звоните {ph}.",
    "ja": "日本語：この手紙について、ご希望の言語で無料の支援を受ける権利があります。{ph} までお電話ください。",
    "ar": "العربية: يحق لك الحصول على مساعدة مجانية بلغتك بشأن هذه الرسالة. اتصل على {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਨੂੰ ਇਸ ਚਿੱਠੀ ਬਾਰੇ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਲੈਣ ਦਾ ਹੱਕ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ អ្នកមានសិទ្ធិទទួលបានជំនួយឥតគិតថ្លៃជាភាសារបស់អ្នកអំពីលិខិតនេះ។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "HMOOB: Koj muaj cai tau kev pab dawb ua koj hom lus txog tsab ntawv no. Hu rau {ph}.",
    "hi": "हिंदी: आपको इस पत्र के बारे में अपनी भाषा में मुफ़्त सहायता पाने का अधिकार है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: คุณมีสิทธิ์ได้รับความช่วยเหลือฟรีเป็นภาษาของคุณเกี่ยวกับจดหมายฉบับนี้ โทร {ph}",
    "fr": "FRANÇAIS : Vous avez le droit d'obtenir gratuitement de l'aide dans votre langue pour cette lettre. "
          "Appelez le {ph}.",
    "am": "አማርኛ፦ ስለዚህ ደብዳቤ በቋንቋዎ ነጻ እርዳታ የማግኘት መብት አለዎት። {ph} ይደውሉ።",
    "gu": "ગુજરાતી: આ પત્ર વિશે તમારી ભાષામાં મફત મદદ મેળવવાનો તમને અધિકાર છે. {ph} પર કૉલ કરો.",
    "de": "DEUTSCH: Sie haben das Recht, zu diesem Schreiben kostenlose Hilfe in Ihrer Sprache zu erhalten. Rufen "
          "Sie {ph} an.",
}
_LANG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "ko", "vi", "zh", "fr", "am", "gu", "ar", "hi", "de", "ru"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, size: float = 7.2) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    first, rest = langs[:1], langs[1:]
    if key != "CA":  # a California letter carries all fifteen
        w.rng.shuffle(rest)
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# === 1. Northern California commercial HMO: transcranial magnetic stimulation for depression ======================

_CA_MS = "1-800-464-4000"
_NCA_AREAS = ["510", "415", "916", "925", "408", "707"]
_NCA_TMS1 = (["transcranial magnetic stimulation, first treatment with cortical mapping and motor threshold "
              "determination", "initial TMS session, including motor threshold mapping"], "90867")
_NCA_TMS2 = (["transcranial magnetic stimulation, {n} follow-on daily treatment sessions",
              "subsequent TMS treatment delivery, {n} sessions"], "90868")
_NCA_DX = [("Major depressive disorder, recurrent severe without psychotic features", "F33.2"),
           ("Major depressive disorder, recurrent, moderate", "F33.1"),
           ("Major depressive disorder, single episode, severe without psychotic features", "F32.2"),
           ("Major depressive disorder, single episode, moderate", "F32.1")]
_NCA_MEDS = [("sertraline", [100, 150, 200]), ("escitalopram", [10, 20]), ("fluoxetine", [20, 40, 60]),
             ("bupropion XL", [150, 300]), ("venlafaxine XR", [75, 150, 225]), ("duloxetine", [60, 90]),
             ("mirtazapine", [30, 45]), ("citalopram", [20, 40])]
_NCA_STOP = ["stopped: nausea", "stopped: insomnia", "stopped by patient", "stopped: headaches", "stopped: dizziness"]
_NCA_CRIT_OK = ["American Psychiatric Association Practice Guideline for the Treatment of Patients With Major "
                "Depressive Disorder",
                "American Psychiatric Association (APA) Practice Guideline for the Treatment of Patients With Major "
                "Depressive Disorder, Third Edition"]
_NCA_CRIT_BAD = ["Kaiser Permanente Northern California Behavioral Health Guideline: Transcranial Magnetic "
                 "Stimulation (internal)", "InterQual Behavioral Health Criteria: Transcranial Magnetic Stimulation",
                 "MCG Behavioral Health Care Guidelines: Transcranial Magnetic Stimulation"]
_NCA_CLINICS = ["Bay Neuromodulation Center", "Golden Gate TMS Clinic", "Sacramento Valley TMS Institute",
                "Diablo Brain Health Associates"]
_NCA_ALT = [("90870", "electroconvulsive therapy"), ("90837", "weekly individual psychotherapy")]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b42_nca"):
        return
    c.extra["b42_nca"] = True
    _fmt(w, ("abbrdotord", "ordofmon", "oradash"), ("ymdpt", "abbrdotord", "wkshortyy"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.scenario = dict(c.scenario, mh=True)  # a mental-health treatment decision
    variant = c.extra["nca_variant"] = w.rng.randrange(3)
    n = w.pick([29, 35, 35, 36])
    c.services = [dict(text=w.pick(_NCA_TMS1[0]), codes=[_NCA_TMS1[1]], decision="denied"),
                  dict(text=w.pick(_NCA_TMS2[0]).format(n=n), codes=[_NCA_TMS2[1]], decision="denied")]
    t, code = w.pick(_NCA_DX)
    c.diagnoses = [dict(text=t, codes=[code])]
    c.service = None
    why = c.extra["nca_why"] = w.pick(["one_trial", "no_therapy", "working"])
    base = c.received or c.decision or c.letter
    meds = w.rng.sample(_NCA_MEDS, 3)
    rows = []
    start = base - dt.timedelta(days=w.rng.randint(300, 520))
    plan = {"one_trial": ["full", "short"], "no_therapy": ["full", "full"], "working": ["full", "full", "current"]}[why]
    for kind, (drug, doses) in zip(plan, meds, strict=False):
        if kind == "short":
            wk, dose, res = w.rng.randint(1, 3), doses[0], w.pick(_NCA_STOP)
        elif kind == "current":
            wk, dose, res = w.rng.randint(9, 16), doses[-1], "current; improving"
        else:
            wk, dose, res = w.rng.randint(8, 14), w.pick(doses[1:] or doses), w.pick(["partial response",
                                                                                      "no response",
                                                                                      "minimal response"])
        rows.append((drug, f"{dose} mg", start, wk, res))
        start = start + dt.timedelta(days=wk * 7 + w.rng.randint(10, 40))
    c.extra["nca_trials"] = rows
    c.extra["nca_phq"] = (w.rng.randint(19, 25), base - dt.timedelta(days=w.rng.randint(120, 200)),
                          w.rng.randint(6, 9) if why == "working" else w.rng.randint(15, 21),
                          base - dt.timedelta(days=w.rng.randint(5, 20)))
    c.extra["nca_ther"] = person(w.rng, 0.1)[0] + w.pick([", LMFT", ", LCSW", ", PsyD"])
    c.extra["nca_sessions"] = w.rng.randint(1, 3) if why == "no_therapy" else w.rng.randint(10, 22)
    c.extra["nca_last_session"] = base - dt.timedelta(days=w.rng.randint(9, 60))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["nca_prov_last"] = last
    c.extra["nca_clinic"] = (w.pick(_NCA_CLINICS), _phone(w, _NCA_AREAS), _phone(w, _NCA_AREAS))
    c.extra["nca_prov_fax"] = _phone(w, _NCA_AREAS)
    c.extra["nca_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["nca_fac"] = w.pick(facilities("CA", "Northern California"))
    c.extra["nca_alt"] = w.pick(_NCA_ALT)
    c.extra["nca_clock"] = _clock(w)
    if _has(c, "mh_parity.non_association_criteria"):
        c.criteria = [w.pick(_NCA_CRIT_BAD)]
    else:
        c.criteria = [w.pick(_NCA_CRIT_OK)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Behavioral Health Care Manager", "Utilization Review Clinician", "Clinical Review "
                                                                                           "Specialist"],
                     ["LCSW", "RN", "LMFT"])
        c.reviewer["phone"] = _phone(w, _NCA_AREAS)
    elif variant == 0 and w.chance(0.12):
        c.reviewer = None
    else:
        _physician(w, ["Psychiatry", "Adult Psychiatry", "Psychiatry and Neurology"],
                   ["Physician Reviewer", "Psychiatrist Reviewer", "Medical Director, Behavioral Health"],
                   _NCA_AREAS, 1.0 if variant else 0.6, 0.7)
    c.extra["nca_phone"] = _phone(w, _NCA_AREAS)
    c.extra["nca_fax"] = _phone(w, _NCA_AREAS)
    c.extra["nca_ref"] = f"BH-{w.rng.randint(10**6, 10**7 - 1)}"
    _flags(c)


def reason_b42_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["TMS is not medically necessary.", "Medical necessity criteria for TMS were not met."])
    why, trials = c.extra["nca_why"], c.extra["nca_trials"]
    first, second = trials[0], trials[1]
    if why == "one_trial":
        stop = f"stopped because of {second[4][9:]}" if second[4].startswith("stopped: ") else "stopped early"
        return w.pick([
            f"TMS is used for depression that has not improved after adequate trials of antidepressant medicines. "
            f"Your records show one full trial ({first[0]} {first[1]} a day for {first[3]} weeks). The second "
            f"medicine, {second[0]}, was taken for only {second[3]} week{'s' if second[3] > 1 else ''} at a "
            f"starting dose and was {stop}, so it does not "
            f"count as an adequate trial. Other medicines, or a medicine added to the current one, have not yet been "
            f"tried, so TMS is not medically necessary at this time.",
            f"Only one antidepressant ({first[0]}) has been taken at a full dose for long enough to judge whether it "
            f"works. {second[0][0].upper() + second[0][1:]} was stopped after {second[3]} week"
            f"{'s' if second[3] > 1 else ''}, before it could take effect. Because your depression has not yet been "
            f"treated with at least two adequate medication trials, TMS does not meet medical necessity for you "
            f"now.",
        ])
    if why == "no_therapy":
        n = c.extra["nca_sessions"]
        return w.pick([
            f"You have had two full medication trials ({first[0]} and {second[0]}). Your records show {n} "
            f"psychotherapy session{'s' if n > 1 else ''} in the past year, and no course of evidence-based therapy "
            f"such as cognitive behavioral therapy. TMS is considered after depression has not improved with "
            f"medicine and an adequate trial of psychotherapy, so it is not medically necessary at this time.",
            f"The records show adequate trials of {first[0]} and {second[0]}, but only {n} therapy visit"
            f"{'s' if n > 1 else ''} and no completed course of psychotherapy for depression. An adequate trial of "
            f"psychotherapy has not been tried, so TMS is not medically necessary now.",
        ])
    cur = trials[-1]
    s0, _d0, s1, _d1 = c.extra["nca_phq"]
    return w.pick([
        f"Your depression is improving on your current medicine, {cur[0]} {cur[1]} a day: your PHQ-9 score went from "
        f"{s0} to {s1}, which is in the mild range. TMS is meant for depression that has not responded to "
        f"treatment. Because your current treatment is working, TMS is not medically necessary at this time.",
        f"Since you started {cur[0]} ({cur[1]} daily), your depression scores have dropped from {s0} to {s1} on the "
        f"PHQ-9. Your depression is responding to treatment, so it is not treatment-resistant, and TMS is not "
        f"medically necessary now.",
    ])


def _nca_trial_rows(w: W) -> list[list[str]]:
    rows = [["Medication", "Daily dose", "Started", "Weeks", "Result"]]
    for drug, dose, start, wk, res in w.c.extra["nca_trials"]:
        rows.append([drug, dose, b42date(start, "padslashyy"), str(wk), res])
    return rows


def _ca_rights(w: W, b: list[Block], head, urgent: bool) -> None:
    c = w.c
    head(w.pick(["Your right to file a grievance (appeal)", "If you disagree with this decision",
                 "How to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, your doctor or someone you name may file a grievance (also called an appeal) within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call Member Services at {_CA_MS} "
            f"(TTY 711), 24 hours a day except holidays, file online at kp.org, or write to the Member Services "
            f"office at any Kaiser Permanente facility. Include any records or letters you want us to consider.",
            f"To ask us to change this decision, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} "
            f"after the date of this notice: by phone at {_CA_MS} (TTY 711), online at kp.org, in writing, or in "
            "person at a Member Services office. Your doctor may file for you.",
        ])))
    b.append(w.p(w.pick([
        "If waiting for a standard decision could seriously harm your health (for example, if you have thoughts of "
        "harming yourself), you or your doctor may ask for an expedited review; we will decide within 72 hours. "
        "For an urgent grievance you do not have to wait: you may contact the Department of Managed Health Care "
        "right away.",
        "Expedited review: when your health could be in serious danger, ask for a fast review and we will give "
        "you a decision within 72 hours. You may also call the Department of Managed Health Care at once about an "
        "urgent grievance.",
    ]) + (" This request was reviewed as urgent." if urgent else "")))
    b.append(w.p(w.pick([
        "You may ask for free copies of the criteria we used and of all documents and records relevant to this "
        "decision.",
        "The guideline used for this decision, and the records we relied on, are available to you at no cost. Ask "
        "Member Services.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help filing a grievance or an Independent Medical Review is available from the Health Consumer "
            "Alliance, the Department of Managed Health Care's consumer assistance program: 1-888-804-3536.",
            "Consumer assistance: the Health Consumer Alliance can help you for free, 1-888-804-3536.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your health plan "
            f"at {_CA_MS} (TTY 711) and use your health plan's grievance process before contacting the Department. "
            "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
            "available to you. If you need help with a grievance involving an emergency, a grievance that has not "
            "been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more "
            "than 30 days, you may call the Department for assistance. You may also be eligible for an Independent "
            "Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of "
            "medical decisions made by a health plan related to the medical necessity of a proposed service or "
            "treatment, coverage decisions for treatments that are experimental or investigational in nature, and "
            "payment disputes for emergency or urgent medical services. The Department also has a toll-free "
            "telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. "
            "The Department's internet website www.dmhc.ca.gov has complaint forms, IMR application forms and "
            "instructions online.", bold=True, size=12.0, space_before=8))


def t_b42_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = c.extra["nca_variant"]  # 0 medication trial table, 1 BH UM team with reviewer block, 2 fax
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
    ref, ph, fax = c.extra["nca_ref"], c.extra["nca_phone"], c.extra["nca_fax"]
    clinic, cl_ph, cl_fax = c.extra["nca_clinic"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    s1, s2 = c.services
    svcs = w.pick([f"{w.svc(s1)} (CPT {w.code('90867')}) and {w.svc(s2)} (CPT {w.code('90868')})",
                   f"{w.code('90867')} {w.svc(s1)}; {w.code('90868')} {w.svc(s2)}"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    the = "the " if c.extra["b42_fmt"] == "ordofmon" else ""
    fax_layout = variant == 2
    if fax_layout:
        st.header = [f"Date: {b42date(c.letter, 'padslashyy')}  Time: {c.extra['nca_clock']}  From: KP NCAL "
                     f"Behavioral Health UM  Fax: {fax}  To: {c.extra['nca_prov_fax']}  Page {{page}} of {{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Northern California {page}",
                         f"Ref {ref} | {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    team = "Behavioral Health Utilization Management" if variant else w.pick(["Utilization Management",
                                                                            "Mental Health Utilization Review"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", team],
                   right=["Kaiser Foundation Health Plan, Inc.", c.extra["nca_fac"], f"Phone {ph}  Fax {fax}"]))
    if fax_layout:
        b.append(w.h(w.pick(["FACSIMILE - PROVIDER NOTICE OF DECISION", "Fax: Notice of Decision to Treating "
                                                                         "Psychiatrist"]), space_before=6,
                     size=st.size + 1.5))
        b.append(Block("fields", rows=[["To:", prov, "Fax:", c.extra["nca_prov_fax"]],
                                       ["Patient:", w.name(), "MRN:", w.mid()],
                                       ["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b42_head"), "Ref:", ref]],
                       space_before=6, size=st.size - 0.3))
        b.append(w.p("CONFIDENTIAL: this fax contains protected health information for the named recipient only. If "
                     f"you received it in error, call {ph} and destroy it.", size=7.5, italic=True, space_before=4))
        b.append(w.p(f"Dear Dr. {c.extra['nca_prov_last']}:", space_before=10))
        intro = w.pick([f"You asked us to authorize a course of transcranial magnetic stimulation for your patient at "
                        f"{clinic}: {svcs}.",
                        f"We reviewed your request for TMS for this patient, to be given at {clinic}: {svcs}."])
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b42_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(w.pick([f"Medical record number: {w.mid()}    Reference: {ref}",
                             f"MRN {w.mid()} | Case {ref}"]), space_before=8, size=st.size - 0.6))
        b.append(w.h(w.pick(["Notice of Denial: Transcranial Magnetic Stimulation", "We did not approve TMS "
                                                                                    "treatment",
                             "Decision on your request for TMS"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        intro = w.pick([f"Your psychiatrist, {prov}, asked us to approve transcranial magnetic stimulation (TMS) at "
                        f"{clinic}: {svcs}.",
                        f"We reviewed a request from {prov} for TMS treatment for depression at {clinic}: {svcs}."])
    if rec:
        intro += w.pick([f" The request came to us on {the}{rec}.", f" We received it on {the}{rec}."])
    if urgent:
        intro += " It was reviewed on an expedited (urgent) basis."
    if dec:
        intro += w.pick([f" A decision was made on {the}{dec}.", f" Date of decision: {dec}."])
    intro += w.pick([" The request is denied.", " We are not able to approve it."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    head(w.pick(["Why the request was denied", "Reason for our decision", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    s0, d0, sc1, d1 = c.extra["nca_phq"]
    ns = c.extra["nca_sessions"]
    pl = "s" if ns > 1 else ""
    if variant == 0:
        b.append(w.h(w.pick(["Medication trials in your record", "Antidepressant trials we reviewed"]),
                     space_before=8))
        b.append(Block("table", rows=_nca_trial_rows(w), space_before=3, size=8.4))
        b.append(w.p("From pharmacy fills and psychiatry notes; doses are daily totals.", size=7.8, space_before=2))
    else:
        tr = "; ".join(f"{d} {dose}, {wk} wk ({res})" for d, dose, _s, wk, res in c.extra["nca_trials"])
        b.append(w.p(f"Medication history reviewed: {tr}."))
    b.append(w.p(w.pick([
        f"We also reviewed therapy notes from {c.extra['nca_ther']} ({ns} session{pl}, most "
        f"recently on {_fd(w, c.extra['nca_last_session'])}) and PHQ-9 scores of {s0} on {_fd(w, d0)} and {sc1} on "
        f"{_fd(w, d1)}.",
        f"Other records: PHQ-9 {s0} ({_fd(w, d0)}) and {sc1} ({_fd(w, d1)}); psychotherapy with "
        f"{c.extra['nca_ther']}, {ns} visit{pl}, last visit {_fd(w, c.extra['nca_last_session'])}.",
    ])))
    b.append(w.p(w.pick(["Criteria used: ", "We based this decision on the "]) + join_and([M("CRITERIA", x) for x in
                                                                                           c.criteria]) + "."))
    if c.reviewer and variant == 1:
        r = c.reviewer
        rows = [["Reviewer:", M("REVIEWER_NAME", r["name"]), "Credentials:",
                 M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "-"]]
        rows.append(["Specialty:", M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else "-",
                     "Direct line:", M("REVIEWER_PHONE", r["phone"]) if r["phone"] else "-"])
        b.append(w.h(w.pick(["Reviewer information", "Who reviewed this request"]), space_before=8))
        b.append(Block("fields", rows=rows, space_before=2, size=st.size - 0.3))
        b.append(w.p(f"Title: {c.reviewer_title}. The treating psychiatrist may call the reviewer to discuss this "
                     "decision.", size=st.size - 0.6, space_before=2))
    elif c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += w.pick([f" To discuss it peer to peer, call {M('REVIEWER_PHONE', c.reviewer['phone'])}.",
                            f" Direct line: {M('REVIEWER_PHONE', c.reviewer['phone'])}."])
        b.append(w.p(line))
    alt_code, alt_name = c.extra["nca_alt"]
    b.append(w.p(w.pick([
        f"Other treatment remains covered, including psychiatry visits, medicine changes and {alt_name} (CPT "
        f"{alt_code}) when your doctor orders it. A new request for TMS may be sent if your condition changes.",
        f"This decision does not affect your other mental health care. Covered options your psychiatrist may "
        f"discuss include {alt_name} (CPT {alt_code}).",
    ])))
    b.append(w.p(w.pick([f"{clinic} (phone {cl_ph}, fax {cl_fax}) has been told of this decision.",
                         f"cc: {clinic}, fax {cl_fax}"]), size=st.size - 0.5))
    if fax_layout:
        b.append(w.p(w.pick([f"Ordering psychiatrist NPI {c.extra['nca_npi']}. The member's notice and rights "
                             "follow.",
                             "A copy of this notice, with the rights below, was mailed to the patient."]),
                     space_before=6))
    _ca_rights(w, b, head, urgent)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), team, "Kaiser Permanente Northern California")
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_CA_MS} (TTY 711).",
                             f"You can get this letter in your language or another format at no cost: {_CA_MS}."]),
                     space_before=6))
    b += _lang_lines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick([None, "Language assistance"]))
    return b, st, ["nca_med_trial_table", "nca_bh_um_reviewer_block", "nca_fax_to_psychiatrist"][variant]


BLIND42_TEMPLATES["blind42_nca_commercial_tms_depression"] = (t_b42_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.criteria_cited",), reason=reason_b42_nca))
MODELED_ON["blind42_nca_commercial_tms_depression"] = (
    "blind42: Kaiser Permanente Northern California commercial HMO denial of transcranial magnetic stimulation "
    "(90867, 90868) for major depression (F33.x, F32.x) as not medically necessary (one adequate medication trial, "
    "no psychotherapy course, or a current regimen that works), under the APA practice guideline; a medication trial "
    "table, a Behavioral Health UM letter with a reviewer block, or a fax to the psychiatrist; 180-day grievance, "
    "72-hour expedited review, DMHC statement with IMR, Health Consumer Alliance, free copies, fifteen taglines")


# === 2. Georgia commercial HMO: a supplier's claim for continuous glucose monitor supplies =========================

_GA_HL = "404-365-0966"
_GA_HL_TF = "1-800-611-1811"
_GA_AREAS = ["404", "770", "678"]
_GA_SENSOR = (["continuous glucose monitor sensors, {n}-day supply", "CGM sensors ({n} days)"], "A9276")
_GA_TRANS = (["continuous glucose monitor transmitter", "CGM transmitter"], "A9277")
_GA_RECV = (["continuous glucose monitor receiver", "CGM receiver (reader)"], "A9278")
_GA_NA_RECV = (["non-adjunctive continuous glucose monitor receiver", "CGM receiver, non-adjunctive type"], "E2103")
_GA_NA_SUP = (["CGM supply allowance, one month (sensors and transmitter)", "monthly supply allowance for a "
                                                                             "non-adjunctive CGM"], "A4239")
_GA_DX = [("Type 1 diabetes mellitus with hyperglycemia", "E10.65"), ("Type 1 diabetes mellitus without "
                                                                       "complications", "E10.9"),
          ("Type 2 diabetes mellitus with hyperglycemia", "E11.65"),
          ("Type 2 diabetes mellitus with diabetic chronic kidney disease", "E11.22")]
_GA_SUPPLIERS = ["Peachtree Diabetes Supply, LLC", "Chattahoochee Medical Supply", "Southern Crescent Home Medical",
                 "Piedmont Direct Diabetic Supply"]
_GA_PLAN_SUP = ["Magnolia Home Medical", "Kaiser Permanente Mail Order Pharmacy", "Blue Ridge Medical Equipment"]
_GA_PAID = [("A4253", "Blood glucose test strips, 100"), ("A4259", "Lancets, 100")]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b42_ga"):
        return
    c.extra["b42_ga"] = True
    _fmt(w, ("oradash", "padslashyy", "abbrdotord"), ("abbrdotord", "oradash", "ymdpt"))
    c.region = "Georgia"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "GA", "Georgia")
    n = w.pick([30, 90])
    kit = w.pick(["basic", "full", "nonadj"])
    if kit == "nonadj":
        lines = [_GA_NA_RECV, _GA_NA_SUP]
    else:
        lines = [_GA_SENSOR] + ([_GA_TRANS] if kit == "full" else []) + [_GA_RECV]
    c.services = [dict(text=w.pick(t).format(n=n), codes=[code], decision="denied") for t, code in lines]
    price = {"A9276": (9.0 * n, 14.0 * n), "A9277": (240, 420), "A9278": (280, 520), "E2103": (260, 480),
             "A4239": (210, 390)}
    c.extra["ga_billed"] = [round(w.rng.uniform(*price[s["codes"][0]]), 2) for s in c.services]
    c.extra["ga_units"] = [n if s["codes"][0] == "A9276" else 1 for s in c.services]
    c.diagnoses = [dict(text=t, codes=[code]) for t, code in [w.pick(_GA_DX)]]
    c.provider = w.pick(_GA_SUPPLIERS)
    c.extra["ga_sup_ph"], c.extra["ga_sup_fax"] = _phone(w, _GA_AREAS), _phone(w, _GA_AREAS)
    c.extra["ga_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_endo"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["ga_a1c"] = (round(w.rng.uniform(7.4, 10.8), 1), c.service - dt.timedelta(days=w.rng.randint(20, 90)))
    c.extra["ga_plan_sup"] = (w.pick(_GA_PLAN_SUP), _phone(w, _GA_AREAS, 1))
    c.extra["ga_paid"] = w.pick(_GA_PAID) + (round(w.rng.uniform(24, 95), 2),)
    c.extra["ga_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_remark"] = "N" + str(w.rng.randint(10, 89)) if c.category == "out_of_network" else \
        "P" + str(w.rng.randint(10, 89))
    c.criteria = []
    c.reviewer = None
    if w.chance(0.25):  # a claims specialist signs some letters
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Claims Resolution Specialist", "Claims Review Analyst"])
    c.extra["ga_phone"] = _phone(w, _GA_AREAS)
    _flags(c)


def reason_b42_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    sup = c.provider
    ship = _fd(w, c.service)
    if c.category == "out_of_network":
        ps, ps_ph = c.extra["ga_plan_sup"]
        return w.pick([
            f"{sup} is not a contracted supplier of Kaiser Permanente Georgia. Your plan covers diabetes monitoring "
            f"supplies only when they come from a plan supplier, unless we approve an outside supplier in advance. "
            f"No such approval was given, and the supplies shipped on {ship} are available from our plan supplier, "
            f"{ps} ({ps_ph}).",
            f"The supplies were provided by {sup}, which is outside the Kaiser Permanente Georgia network. Glucose "
            f"monitor supplies are covered from network suppliers such as {ps} ({ps_ph}); care from a non-plan "
            f"supplier is covered only for emergencies or with a referral we approve, and neither applies here.",
        ])
    return w.pick([
        f"Continuous glucose monitors and their supplies need prior authorization under your plan. {sup} shipped "
        f"them on {ship}, but no authorization request was sent to us before then by {sup} or by "
        f"{c.extra['ga_endo']}, so the claim cannot be paid.",
        f"Your plan requires approval before a continuous glucose monitor and its sensors are supplied. We have no "
        f"authorization on file for the items {sup} sent on {ship}. As a network supplier, {sup} may not bill you "
        "for them.",
    ])


def _ga_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    head(w.pick(["Your appeal rights", "If you think we made a mistake", "Asking us to review this claim again"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, the supplier with your written permission, or another person you choose may appeal within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date you receive this notice. Write to us with the claim "
            f"number and the reason you disagree, or call the Kaiser Permanente Health Line at {_GA_HL} or "
            f"{_GA_HL_TF}.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this letter. Send a "
            f"letter with any records that support payment, or call {_GA_HL} (toll-free {_GA_HL_TF}).",
        ]), size=size))
    b.append(w.p(w.pick([
        "If our final decision on the appeal still denies the claim, you may request an external review by an "
        "independent review organization. Ask within 4 months after you receive the final internal decision (45 CFR "
        "147.136). There is no cost to you.",
        "After the internal appeal, an independent review organization can review the denial. Your request must be "
        "made within 4 months after you receive our final decision (45 CFR 147.136).",
    ]), size=size))
    b.append(w.p(w.pick([
        "You have the right to free copies of all documents, records and other information about this claim.",
        "Copies of the records and documents relevant to this claim are free on request.",
    ]), size=size))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "You may also ask for the diagnosis codes and treatment codes on this claim, and what they mean, at no "
            "charge. Asking for them does not start an appeal.",
            "The diagnosis and treatment codes for this claim and their meanings are available on request, free of "
            "charge; a request for them is not an appeal.",
        ]), size=size))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, contact the Georgia Office of Commissioner of Insurance. If your coverage is "
            "through an employer, the Employee Benefits Security Administration can also help: 1-866-444-3272 "
            "(check your plan documents for current contact information).",
            "Consumer help: the Georgia Office of Commissioner of Insurance; for employer group coverage, the U.S. "
            "Department of Labor's Employee Benefits Security Administration at 1-866-444-3272 (please check your "
            "plan documents for current contact details).",
        ]), size=size))


def t_b42_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 EOB statement with claim lines, 1 letter cc supplier, 2 "what you may owe" box
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0], [52.0, 60.0, 68.0])
    noid = _has(c, "notice.claim_identification")
    claim, ph = c.extra["ga_claim"], c.extra["ga_phone"]
    sup_ph, sup_fax = c.extra["ga_sup_ph"], c.extra["ga_sup_fax"]
    oon = c.category == "out_of_network"
    billed = c.extra["ga_billed"]
    total = round(sum(billed), 2)
    owe = total if oon else 0.0
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Georgia | {page}",
                         f"{claim} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    svc = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    pcode, pname, pamt = c.extra["ga_paid"]
    rmk = c.extra["ga_remark"]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", w.pick(["Claims Administration", "Member Claims Services"])],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Nine Piedmont Center, Atlanta, GA",
                          f"Claims {ph}"]))
    if variant == 0:
        b.append(w.h(w.pick(["EXPLANATION OF BENEFITS", "Explanation of Benefits"]), align="center",
                     space_before=6, size=st.size + 2.5))
        b.append(w.p("THIS IS NOT A BILL", align="center", bold=True, space_before=1, size=st.size))
        rows = [["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b42_head"), "Member:", w.name()],
                ["Member ID:", w.mid(), "Claim number:", claim],
                ["Supplier:", prov, "Supplier NPI:", c.extra["ga_npi"]]]
        if not noid:
            rows.append(["Date of service:", svc, "Claim received:", rec])
        else:
            rows.append(["Claim received:", rec, "Processed:", dec])
        b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.4))
        b += [w.p(x, space_before=0, size=st.size - 0.4) for x in [c.member_addr[0], c.member_addr[1]]]
        cols = ["Code", "Description", "Units"] + ([] if noid else ["Billed", "Allowed", "Plan paid"]) + ["Remark"]
        tab = [cols]
        for s, amt, u in zip(c.services, billed, c.extra["ga_units"], strict=True):
            tab.append([s["codes"][0], s["text"], str(u)] + ([] if noid else [_money(amt), "$0.00", "$0.00"]) + [rmk])
        tab.append([pcode, pname, "1"] + ([] if noid else [_money(pamt), _money(pamt), _money(pamt)]) + ["PD"])
        b.append(Block("table", rows=tab, space_before=6, size=7.8))
        if not noid:
            b.append(w.p(f"Claim total billed {_money(total + pamt)}; paid {_money(pamt)}. Your share for the denied "
                         f"lines: {_money(owe)}.", size=8.0, space_before=2))
        b.append(w.p(w.pick([f"Remark {rmk}: ", f"{rmk} = "]) + (
            "supplier is not in the Kaiser Permanente Georgia network; no approved referral."
            if oon else "prior authorization required and not obtained; the member may not be billed.")
            + "  PD: paid under this claim.", size=8.0, space_before=3))
        intro = w.pick([f"We processed the claim {prov} sent for {svcs}.",
                        f"This statement explains our decision on {prov}'s claim for {svcs}."])
        if not noid:
            intro += w.pick([f" The supplies were shipped on {svc}.", f" Date of service: {svc}."])
        if dec and not noid:
            intro += f" Processed on {dec}."
        b.append(w.p(intro, space_before=8))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b42_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Claim: {claim}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["Your claim was not paid", "Claim denial notice", "Notice of claim decision"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        intro = w.pick([f"We received a claim from {prov} for {svcs}",
                        f"{prov} billed us for {svcs}"])
        intro += f", shipped to you on {svc}." if not noid else "."
        if rec:
            intro += w.pick([f" The claim reached us on {rec}.", f" We received it on {rec}."])
        if dec:
            intro += w.pick([f" It was processed on {dec}.", f" Decision date: {dec}."])
        if not noid:
            intro += f" Amount billed: {_money(total)}."
        intro += w.pick([" We did not pay it.", " We are unable to pay this claim."])
        b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnosis: "]) + dxs + "."))
    head(w.pick(["Why we did not pay", "Reason for denial", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    a1c, a1c_day = c.extra["ga_a1c"]
    b.append(w.p(w.pick([
        f"The order came from {c.extra['ga_endo']}, whose office note of {_fd(w, a1c_day)} lists an A1c of {a1c}%.",
        f"Prescriber: {c.extra['ga_endo']} (last A1c {a1c}% on {_fd(w, a1c_day)}).",
    ])))
    if variant:
        b.append(w.p(w.pick([
            f"The {pname.lower()} ({pcode}) on the same claim were paid and are not part of this denial.",
            f"This notice does not change our payment for {pname.lower()}, code {pcode}.",
        ])))
    if variant == 2:
        if noid:
            box = ["What you may owe", "Contact us before you pay any bill for these supplies."]
        else:
            box = ["What you may owe", f"Billed by the supplier: {_money(total)}", "Kaiser Permanente paid: $0.00",
                   f"Paid on other lines: {_money(pamt)}",
                   f"You may owe: {_money(owe)}" + (" (an out-of-network supplier may bill you)" if oon else
                                                    " (a network supplier may not bill you)")]
        b.append(w.h(box[0], space_before=10, size=st.size + 0.5))
        for k, line in enumerate(box[1:]):
            b.append(w.p(line, boxed=True, space_before=2 if k else 3, indent=12))
    if oon:
        ps, ps_ph = c.extra["ga_plan_sup"]
        b.append(w.p(w.pick([f"To get CGM supplies covered in the future, ask your doctor to order them through {ps} "
                             f"({ps_ph}).", f"Plan supplier for future orders: {ps}, {ps_ph}."])))
    _ga_rights(w, b, head, st.size)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Claims Administration", "Kaiser Permanente Georgia")
    if variant == 1:
        b.append(w.p(w.pick([f"cc: {prov}, Attn: Billing Office (phone {sup_ph}, fax {sup_fax}), NPI "
                             f"{c.extra['ga_npi']}",
                             f"Copy to supplier: {prov}, billing department, fax {sup_fax}"]), size=st.size - 1,
                     space_before=6))
    else:
        b.append(w.p(f"Supplier contact: {prov}, {sup_ph}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help is free. Call {_GA_HL_TF}.",
                             f"Interpreters are available at no cost: {_GA_HL_TF} (TTY 711)."]), space_before=6))
    b += _lang_lines(w, "GA", _GA_HL_TF, w.pick([None, "Help in your language"]))
    return b, st, ["ga_eob_claim_lines", "ga_member_cc_supplier", "ga_owe_box"][variant]


BLIND42_TEMPLATES["blind42_ga_commercial_cgm_supplier_claim"] = (t_b42_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["payment_denial"], cats=["out_of_network",
                                                                           "no_prior_authorization"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b42_ga))
MODELED_ON["blind42_ga_commercial_cgm_supplier_claim"] = (
    "blind42: Kaiser Permanente Georgia commercial HMO denial of a supplier's claim for continuous glucose monitor "
    "supplies (A9276 with A9278 and sometimes A9277, or E2103 with A4239) as out of network or without prior "
    "authorization (E10.x, E11.x); an explanation-of-benefits statement with claim lines, a letter to the member "
    "copied to the supplier, or a letter with a 'what you may owe' box; 180-day appeal, external review within 4 "
    "months (45 CFR 147.136), free copies, codes on request, Georgia Office of Commissioner of Insurance by name, EBSA "
    "with caveat, Health Line, taglines")


# === 3. Southern California Senior Advantage: more time to decide on home health care =============================

_MA_MS = "1-800-443-0815"
_SCAL_AREAS = ["626", "909", "714", "951", "619", "818", "562"]
_SCAL_PT = (["home health physical therapy visits", "physical therapy in your home by a home health agency"],
            "G0151")
_SCAL_SN = (["skilled nursing visits at home by a registered nurse", "home health skilled nursing (RN) visits"],
            "G0299")
_SCAL_DX = [("Heart failure, unspecified", "I50.9"), ("Presence of right artificial hip joint", "Z96.641"),
            ("Chronic obstructive pulmonary disease with (acute) exacerbation", "J44.1"),
            ("Aftercare following joint replacement surgery", "Z47.1"),
            ("Pressure ulcer of sacral region, stage 3", "L89.153"),
            ("Type 2 diabetes mellitus with diabetic neuropathy, unspecified", "E11.40")]
_SCAL_AGENCIES = ["Pacific Crest Home Health Services", "San Gabriel Valley Home Care", "Harbor Palms Home Health "
                                                                                         "Agency",
                  "Inland Coast Home Health"]


def _scal_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b42_scal"):
        return
    c.extra["b42_scal"] = True
    _fmt(w, ("ordofmon", "abbrdotord", "wkshortyy"), ("oradash", "ymdpt", "abbrdotord"))
    c.region = "Southern California"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CA", "Southern California")
    svc = [_SCAL_PT, _SCAL_SN]
    w.rng.shuffle(svc)
    c.services = [dict(text=w.pick(t), codes=[code], decision="pending") for t, code in svc]
    dxs = w.rng.sample(_SCAL_DX, w.pick([1, 2]))
    c.diagnoses = [dict(text=t, codes=[code]) for t, code in dxs]
    c.decision = None
    c.service = None
    if c.received is None:
        c.received = c.letter - dt.timedelta(days=w.rng.randint(1, 3))
    orig = 7 if c.received.year >= 2026 else 14  # the standard time frame (7 calendar days from January 1, 2026)
    if (c.letter - c.received).days > orig - 2:
        c.received = c.letter - dt.timedelta(days=w.rng.randint(1, orig - 2))
    c.extra["scal_orig"] = orig
    c.extra["scal_new"] = c.received + dt.timedelta(days=orig + 14)
    c.extra["scal_due"] = c.letter + dt.timedelta(days=w.rng.randint(4, 7))
    c.extra["scal_disch"] = c.received - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["scal_f2f"] = c.extra["scal_disch"] - dt.timedelta(days=w.rng.randint(1, 5)) if w.chance(0.5) else \
        c.received - dt.timedelta(days=w.rng.randint(1, 4))
    c.extra["scal_eval"] = c.received - dt.timedelta(days=w.rng.randint(0, 2))
    c.extra["scal_hosp"] = w.pick(facilities("CA", "Southern California"))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["scal_prov_last"] = last
    c.extra["scal_agency"] = (w.pick(_SCAL_AGENCIES), _phone(w, _SCAL_AREAS), _phone(w, _SCAL_AREAS))
    c.extra["scal_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["scal_coord"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", RN, Care Coordinator", ", LVN"])
    c.extra["scal_coord_ph"] = _phone(w, _SCAL_AREAS)
    wound = any(d["codes"][0] == "L89.153" for d in c.diagnoses)
    need = ["f2f", "disch", "poc", "eval", "meds"] + (["wound"] if wound else [])
    c.extra["scal_need"] = w.rng.sample(need, w.rng.randint(2, min(4, len(need))))
    c.extra["scal_all"] = need
    c.criteria = []
    c.reviewer = None
    if w.chance(0.3):
        _physician(w, ["Internal Medicine", "Geriatric Medicine", "Family Medicine"],
                   ["Physician Reviewer", "Medical Director, Utilization Management"], _SCAL_AREAS, 0.4, 0.5)
    c.extra["scal_fax"] = _phone(w, _SCAL_AREAS)
    c.extra["scal_ref"] = f"SA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["scal_clock"] = _clock(w)
    _flags(c)


def _scal_item(w: W, key: str) -> str:
    c = w.c
    on = "on the " if c.extra["b42_fmt"] == "ordofmon" else "on "
    return {
        "f2f": f"the note from your face-to-face visit with {c.provider} {on}{_fd(w, c.extra['scal_f2f'])}",
        "disch": f"the discharge summary from {c.extra['scal_hosp']} (you went home "
                 f"{on}{_fd(w, c.extra['scal_disch'])})",
        "poc": f"the home health plan of care signed by {c.provider}",
        "eval": f"the physical therapy evaluation {c.extra['scal_agency'][0]} did {on}{_fd(w, c.extra['scal_eval'])}",
        "meds": "a current list of your medicines",
        "wound": "the most recent measurements and photos of the pressure wound",
    }[key]


def reason_b42_scal(w: W) -> str:
    _scal_setup(w)
    c = w.c
    need = join_and([_scal_item(w, k) for k in c.extra["scal_need"]])
    return w.pick([
        f"We need more time because we do not yet have {need}. We need these records to decide whether the home "
        f"health care is medically necessary and that you are homebound.",
        f"We are taking extra time because {need} {'have' if len(c.extra['scal_need']) > 1 else 'has'} not reached "
        f"us. Without them we cannot tell whether you meet Medicare's rules for home health care, and taking more "
        f"time gives us the chance to approve your request instead of denying it.",
    ])


def _scal_rights(w: W, b: list[Block], head) -> None:
    head(w.pick(["If you disagree with our decision to take more time", "Your right to a fast grievance",
                 "What you can do"]))
    b.append(w.p(w.pick([
        f"You have the right to file a fast grievance (also called an expedited grievance) if you disagree with our "
        f"decision to take extra time. Call Senior Advantage Member Services at {_MA_MS} (TTY 711), 8 a.m. to 8 "
        f"p.m., seven days a week. We will answer a fast grievance quickly.",
        f"If you do not agree that we should take more time, you can ask for a fast (expedited) grievance. Call "
        f"{_MA_MS}, TTY 711, 8 a.m. to 8 p.m., 7 days a week, or write to us.",
    ])))
    b.append(w.p(w.pick([
        "If you or your doctor believe that waiting could seriously harm your health, ask us for a fast decision. If "
        "your doctor asks, we will make a fast decision within 72 hours.",
        "Your doctor can ask us for a fast decision if your health could be seriously harmed by waiting; fast "
        "decisions are made within 72 hours.",
    ])))
    b.append(w.p(w.pick([
        "When we decide, we will send you a letter. If we do not approve all of the care, the letter will explain "
        "how to appeal.",
        "You will get a written decision. If any part is denied, that letter tells you how to ask for a "
        "reconsideration.",
    ])))
    b.append(w.p(w.pick([
        "For more about your Medicare rights, call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week "
        "(TTY 1-877-486-2048), or visit www.medicare.gov.",
        "Questions about Medicare: 1-800-MEDICARE (1-800-633-4227); TTY users 1-877-486-2048; www.medicare.gov.",
    ])))


def t_b42_scal(w: W):
    _scal_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 "We need more time" notice, 1 checkbox list, 2 fax to the agency, cc member
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 64.0, 72.0])
    vague = _has(c, "notice.delay_requirements")
    ref, fax = c.extra["scal_ref"], c.extra["scal_fax"]
    ag, ag_ph, ag_fax = c.extra["scal_agency"]
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    new, due = _fd(w, c.extra["scal_new"]), _fd(w, c.extra["scal_due"])
    on = "on the " if c.extra["b42_fmt"] == "ordofmon" else "on "
    by = "by the " if c.extra["b42_fmt"] == "ordofmon" else "by "
    the = "the " if c.extra["b42_fmt"] == "ordofmon" else ""
    if variant == 2:
        st.header = [f"FAX  Date: {b42date(c.letter, 'padslashyy')}  Time: {c.extra['scal_clock']}  From: KP SCAL "
                     f"Senior Advantage UM  {fax}  Page {{page}} of {{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage - {page}",
                         f"Notice {ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage", "Southern California Utilization Management"],
                   right=["Kaiser Foundation Health Plan, Inc.", "A Medicare Advantage plan",
                          f"Member Services {_MA_MS} (TTY 711)"]))
    if variant == 2:
        b.append(w.h("FAX TRANSMITTAL", space_before=6, size=st.size + 1.5))
        b.append(Block("fields", rows=[["To:", f"{ag}, Intake", "Fax:", ag_fax],
                                       ["Re:", w.name(), "Member ID:", w.mid()],
                                       ["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b42_head"),
                                        "Agency NPI:", c.extra["scal_npi"]]], space_before=6, size=st.size - 0.3))
        b.append(w.p(f"To the intake team at {ag}: the member named above will receive the notice below by mail. "
                     f"Please send the records named below to fax {fax}" + (f" {by}{due}." if not vague else ".")))
        b.append(w.h("Notice to the member", space_before=8))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=4))
    else:
        if variant == 0:
            b.append(w.h(w.pick(["We Need More Time to Make a Decision", "NOTICE: WE ARE TAKING MORE TIME"]),
                         align="center", space_before=6, size=st.size + 3))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b42_head"), space_before=8))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        if variant == 0:
            b.append(Block("fields", rows=[["Member ID:", w.mid(), "Reference:", ref],
                                           ["Requested by:", prov, "Agency:", ag]], space_before=8,
                           size=st.size - 0.4))
        else:
            b.append(w.p(f"Member ID {w.mid()}   Reference {ref}", space_before=8, size=st.size - 0.5))
            b.append(w.h(w.pick(["We need more information about your home health request",
                                 "Information we need before we can decide"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([f"{prov} asked us to approve {svcs} from {ag}.",
                    f"We are reviewing a request from {prov} for {svcs}, to be provided by {ag}."])
    if rec:
        intro += w.pick([f" We received the request {on}{rec}.", f" The request reached us {on}{rec}."])
    intro += w.pick([" We have not made a decision yet, and we are taking up to 14 more days to decide.",
                     " We need up to 14 extra days to make our decision."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    head(w.pick(["Why we need more time", "The reason for the extra time"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 1:
        b.append(w.h(w.pick(["Records we asked for", "Information requested (checked items are still needed)"]),
                     space_before=8))
        for k in c.extra["scal_all"]:
            mark = "[X]" if k in c.extra["scal_need"] else "[ ]"
            t = _scal_item(w, k)
            b.append(w.p(f"{mark} {t[0].upper() + t[1:]}" + ("" if mark == "[X]" else " (already received)"),
                         indent=14, space_before=2))
    b.append(w.p(w.pick([
        f"We have asked {ag} (phone {ag_ph}) and your doctor's office to send the records" + (f" {by}{due}." if not vague else "."),
        f"Please ask your doctor's office and {ag} to send them to our fax, {fax}" + (
            f", no later than {the}{due}." if not vague else "."),
    ])))
    if not vague:
        b.append(w.p(w.pick([
            f"We will make our decision as soon as your health requires, and no later than {the}{new}.",
            f"Our new deadline to decide is {the}{new}. We will tell you sooner if we can.",
        ]), bold=variant == 0))
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(f"Resumen: necesitamos más tiempo; decidiremos a más tardar el "
                         f"{b42date(c.extra['scal_new'], 'es_longde')}.", italic=True, size=st.size - 0.5))
    if c.reviewer:
        line = _who(w, w.pick(["Your request is being reviewed by ", "Physician reviewer: "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([f"Questions about the records? Call {c.extra['scal_coord']} at {c.extra['scal_coord_ph']}.",
                         f"Your care coordinator is {c.extra['scal_coord']}, {c.extra['scal_coord_ph']}."])))
    _scal_rights(w, b, head)
    _sign(w, b, "Sincerely,", "Utilization Management", "Kaiser Permanente Senior Advantage, Southern California")
    if variant == 2:
        b.append(w.p(f"cc: {w.name()} (member, by mail); {prov}", size=st.size - 1, space_before=6))
    else:
        b.append(w.p(f"cc: {prov}; {ag} (fax {ag_fax})", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_MA_MS} (TTY 711).",
                             f"Free help in other languages: {_MA_MS}, TTY 711."]), space_before=6))
    b += _lang_lines(w, "CA", f"{_MA_MS} (TTY 711)", w.pick([None, "Language assistance services"]))
    return b, st, ["scal_more_time_notice", "scal_checkbox_request", "scal_fax_agency_cc_member"][variant]


BLIND42_TEMPLATES["blind42_scal_ma_home_health_delay"] = (t_b42_scal, dict(
    plans=["medicare_advantage"], states=["CA"], kinds=["delay_notice"], cats=["administrative"],
    reason=reason_b42_scal))
MODELED_ON["blind42_scal_ma_home_health_delay"] = (
    "blind42: Kaiser Permanente Southern California Senior Advantage notice taking up to 14 more days to decide a "
    "request for home health physical therapy (G0151) and skilled nursing (G0299): the records still needed, when "
    "they are due and the new date by which it will decide; a 'We need more time' notice, a checkbox list of the "
    "information requested, or a fax to the home health agency copied to the member; fast grievance about the "
    "extension, 72-hour fast decision, Senior Advantage Member Services, 1-800-MEDICARE, taglines")
