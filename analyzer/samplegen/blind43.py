"""Forty-third blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND43_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind43_co_ma_epidural_steroid_injection")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind43_nca_commercial_esketamine_step_therapy``: a Kaiser Permanente Northern California commercial HMO
   (plan_type ``commercial_hmo``, state CA, DMHC-regulated) initial denial of esketamine nasal spray (Spravato,
   HCPCS S0013) and, on the medical-benefit letters, the supervised treatment visit with two hours of observation
   (G2082 up to 56 mg, G2083 above 56 mg) for treatment-resistant depression (F33.x / F32.x), as
   ``medical_necessity`` (standard or expedited): the step-therapy part of the plan's criteria is not met (only one
   adequate antidepressant trial in this episode, no augmentation trial, or no oral antidepressant to be taken with
   the spray). The drugs that must be tried first (bupropion XL, venlafaxine XR, mirtazapine, aripiprazole,
   quetiapine XR, lithium ...) are named and are never items. A mental-health treatment decision in California:
   criteria are the American Psychiatric Association's practice guideline (a nonprofit association's criteria); a
   planted ``mh_parity.non_association_criteria`` swaps in a Kaiser Permanente pharmacy committee's criteria for use
   or InterQual. The catalogue names no step-therapy exception law, so none is printed. Layouts:
   ``nca_rx_pa_response_form`` (a pharmacy prior-authorization response form: field grid, decision and reason
   check boxes, a "Drugs on file" table of fills; the spray only), ``nca_numbered_criteria_letter`` (a plain letter
   with a numbered list of the criteria, each met or not met, naming a clinical pharmacist who prepared the review
   and a psychiatrist who decided: only the psychiatrist is the reviewer, unless a non-physician decision is
   planted, when the pharmacist decides and no psychiatrist is named) and ``nca_portal_message_print`` (a kp.org
   message printed from the member's inbox: a print stamp, a thread header with "Sent:" and "Read:" stamps and the
   member's own earlier message; the notice date is printed in the body). Rights from the catalogue: a grievance
   within 180 days (1-800-464-4000, TTY 711, kp.org, in writing), expedited review within 72 hours with the right
   to contact DMHC at once, the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891,
   www.dmhc.ca.gov, Independent Medical Review), the Health Consumer Alliance (1-888-804-3536), free copies of the
   criteria and records, taglines in fifteen languages. Distractors: the drugs on file with fill dates, strengths and
   days supplied, the drugs to try first, the certified treatment center with its phone, fax and NPI, the clinical
   pharmacist and her extension, the PHQ-9 score and its date, electroconvulsive therapy (90870) or TMS (90867)
   named as covered options, the portal's sent, read and print stamps, the prior-authorization case number.

   Which date is which: the letter date is the date line (on the form, "Date of notice"; on the portal print, the
   "Notice date:" in the body: the "Sent:", "Read:" and print stamps are unmarked distractors); received and
   decision dates are stated in the opening or on the form's grid. Fill dates and the PHQ-9 date are earlier events;
   ``service`` is always null. Which name is the member: the addressee (the form's "Member:", the portal's "To:").
   Which reason is the reason: the paragraph under the reason heading. The truth counts the spray and, off the
   pharmacy form, the supervised visit.

2. ``blind43_co_ma_epidural_steroid_injection``: a Kaiser Permanente Colorado Senior Advantage (plan_type
   ``medicare_advantage``, state CO) initial denial of a lumbar epidural steroid injection as ``medical_necessity``
   (standard or expedited): an interlaminar injection (CPT 62323) or a transforaminal one (64483, with 64484 for a
   second level), for lumbar radiculopathy (M54.16) or a lumbar disc disorder with radiculopathy (M51.16). Why: the
   last injection gave too little or too short relief, fewer than four weeks of conservative care are documented,
   the injections in the past twelve months already reach the limit, or no exam finding of nerve-root irritation is
   recorded. Criteria: Medicare's own coverage rules as the catalogue gives them (the local coverage determination of
   the Medicare contractor, which a Medicare Advantage plan follows); no LCD number is printed, because the catalogue
   names none; a planted ``medicare.internal_criteria`` cites an internal or proprietary guideline instead. Layouts:
   ``co_denial_notice_form`` (laid out as the Medicare denial notice: a form title, a name/number/date grid and
   question-style headings in this set's words), ``co_prior_injection_table`` (a letter with a table of the earlier
   injections: date, code, level, relief reported) and ``co_sidebar_phone_numbers`` (a two-column opening with a
   boxed sidebar of important phone numbers). Rights from the catalogue: a reconsideration within 60 days of the
   notice date (65 on some letters), a standard decision within 30 days, a fast appeal within 72 hours (a doctor's
   request is handled as fast), automatic forwarding to the Independent Review Entity, Kaiser Permanente Colorado
   Member Services 303-338-3800 / 1-888-681-7878 (TTY 711), 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048,
   www.medicare.gov, taglines. Distractors: the earlier injections and their dates and codes (also 64493 or 20552),
   the MRI date, the physical therapy clinic with its visit count and last visit, the pain clinic's phone, fax and
   NPI, physical therapy (97110) named as covered, the reference number.

   Which date is which: the letter date is the notice date (the grid's "Date:" or the date line); received and
   decision dates are stated in the opening. Injection, MRI and therapy dates are earlier events; ``service`` is
   always null. Which name is the member: the addressee ("Name:" on the form). Which reason is the reason: the
   paragraph under the "why" heading. The truth counts the denied injection lines.

3. ``blind43_wa_commercial_late_claim_timely_filing``: a Kaiser Permanente Washington commercial plan (plan_type
   ``commercial_hmo``, state WA) payment denial (letter_kind ``payment_denial``, category ``administrative``) of an
   outpatient physical therapy clinic's claim: therapeutic exercise (97110), manual therapy (97140) and therapeutic
   activities (97530) on one visit date. Why: the claim reached the plan long after the visit, past the filing limit
   of the clinic's agreement (no number of days is printed: the catalogue gives none), or it came without the
   itemized bill the plan asked for. Layouts: ``wa_claim_statement_lines`` (a claim statement with claim lines and
   separate "Date(s) of service" and "Date received" columns), ``wa_member_letter_cc_clinic`` (a letter to the
   member, copied to the clinic's billing office) and ``wa_short_reason_legend`` (a short letter with a reason-code
   legend at the foot). Rights from the catalogue for a Washington commercial plan: an appeal within 180 days,
   external review by an independent review organization within 4 months after the final internal decision (45 CFR
   147.136), free copies, the diagnosis and treatment codes on request (a request is no appeal), the Washington State
   Office of the Insurance Commissioner by name only and EBSA 1-866-444-3272 with "check your plan documents", Kaiser
   Permanente Washington Member Services 1-888-901-4636 (TTY 711), taglines. Refused:
   ``process.emergency_prior_auth`` (an outpatient therapy visit is never emergency care). Distractors: the treating
   physical therapist, the clinic's phone, fax and NPI, the claim number, billed amounts, the evaluation (97161 or
   97162) paid on an earlier claim, the date the plan asked for an itemized bill, reason codes.

   Which date is which: the letter date is the statement or letter date; the service date is the visit date ("Date(s)
   of service", "on <date> you saw"); the received date is the day the claim reached the plan; the decision date is
   the day it was processed. The evaluation date and the itemized-bill request date are not truth. Which name is the
   member: the addressee (the clinic is copied). Which reason is the reason: the paragraph under the reason heading;
   the legend is support. The truth counts the three therapy lines.

Dates use this set's own styles (``b43date``); ``parse_blind43_date`` reads them back. Refused: each template words
only what its letter kind can carry; the generator refuses rule ids the catalogue does not apply to a template's plan,
state, kind or category. The esketamine letter also refuses ``notice.criteria_cited``: for a mental-health denial in
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
from .writer import W, join_and

BLIND43_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b43date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "dmonyy":  # 14-Mar-26 (a pharmacy system's short date)
        return f"{d.day:02d}-{_MON3[d.month - 1]}-{d.year % 100:02d}"
    if style == "mdotyy":  # 3.14.26
        return f"{d.month}.{d.day}.{d.year % 100:02d}"
    if style == "wkmonord":  # Saturday, March 14th, 2026
        return f"{_WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "mdywkparen":  # 03/14/2026 (Sat), as a claims print shows it
        return f"{d.month:02d}/{d.day:02d}/{d.year} ({_WEEKDAYS[d.weekday()][:3]})"
    if style == "mdyunpad":  # 3-14-2026
        return f"{d.month}-{d.day}-{d.year}"
    if style == "monabbrday":  # Mar 14 2026 (no comma, as a claims print)
        return f"{_MON3[d.month - 1]} {d.day} {d.year}"
    if style == "es_wkdia":  # sábado, 14 de marzo de 2026
        return f"{_DIAS[d.weekday()]}, {d.day} de {D.MONTHS_ES[d.month - 1]} de {d.year}"
    raise ValueError(style)


STYLES = ("dmonyy", "mdotyy", "wkmonord", "mdywkparen", "mdyunpad", "monabbrday", "es_wkdia")


def parse_blind43_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b43date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{2})", t)
        if m and m[2] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])\.(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _WEEKDAYS and m[2] in MONTHS and _ordinal(int(m[3])) == m[3] + m[4]:
            d = dt.date(int(m[5]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _WEEKDAYS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4}) \(([A-Z][a-z]{2})\)", t)
        if m:
            d = dt.date(int(m[3]), int(m[1]), int(m[2]))
            return d if _WEEKDAYS[d.weekday()][:3] == m[4] else None
        m = re.fullmatch(r"([1-9]|1[0-2])-([1-9]|[12]\d|3[01])-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([1-9]|[12]\d|3[01]) (\d{4})", t)
        if m and m[1] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\S+), (\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[1] in _DIAS and m[3] in D.MONTHS_ES:
            d = dt.date(int(m[4]), D.MONTHS_ES.index(m[3]) + 1, int(m[2]))
            return d if _DIAS[d.weekday()] == m[1] else None
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b43_fmt"] = w.pick(list(body))
    w.c.extra["b43_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b43_fmt") -> str:
    if not day:
        return ""
    return b43date(day, w.c.extra[key] if key.startswith("b43_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b43_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(212, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a} {n} {m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _stamp(w: W) -> str:
    h = w.rng.randint(6, 21)
    return f"{(h - 1) % 12 + 1}:{w.rng.randint(0, 59):02d} {'am' if h < 12 else 'pm'}"


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.3)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "D.O."]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Si necesita ayuda para leer esta carta, un intérprete le puede ayudar sin costo. Llame al {ph}.",
    "zh": "中文：如需協助閱讀本信函，我們可免費為您提供口譯服務。請致電 {ph}。",
    "vi": "Tiếng Việt: Nếu quý vị cần giúp đọc thư này, chúng tôi có thông dịch viên miễn phí. Gọi số {ph}.",
    "tl": "Tagalog: Kung kailangan mo ng tulong sa pagbasa ng liham na ito, may libreng interpreter. Tumawag sa {ph}.",
    "ko": "한국어: 이 편지를 읽는 데 도움이 필요하시면 무료 통역 서비스를 이용하실 수 있습니다. {ph}로 연락하십시오.",
    "hy": "Հայերեն. Եթե այս նամակը կարդալու համար օգնության կարիք ունեք, թարգմանիչը անվճար է: Զանգահարեք {ph}:",
    "fa": "فارسی: اگر برای خواندن این نامه به کمک نیاز دارید، مترجم شفاهی رایگان در دسترس است. با {ph} تماس بگیرید.",
    "ru": "Русский: Если вам нужна помощь с этим письмом, мы бесплатно предоставим переводчика. Позвоните по {ph}.",
    "ja": "日本語：この手紙を読むのにお手伝いが必要な場合は、無料で通訳をご利用いただけます。{ph} にお電話ください。",
    "ar": "العربية: إذا احتجت إلى مساعدة في قراءة هذه الرسالة، يتوفر مترجم فوري مجانًا. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਚਿੱਠੀ ਪੜ੍ਹਨ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਦੁਭਾਸ਼ੀਆ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកត្រូវការជំនួយក្នុងការអានលិខិតនេះ មានអ្នកបកប្រែដោយឥតគិតថ្លៃ។ ហៅទូរស័ព្ទទៅ {ph}។",
    "hmn": "Hmoob: Yog koj xav tau kev pab nyeem tsab ntawv no, muaj neeg txhais lus pub dawb. Hu rau {ph}.",
    "hi": "हिंदी: यदि आपको यह पत्र पढ़ने में सहायता चाहिए, तो दुभाषिया निःशुल्क उपलब्ध है। {ph} पर फ़ोन करें।",
    "th": "ไทย: หากคุณต้องการความช่วยเหลือในการอ่านจดหมายนี้ มีล่ามให้บริการฟรี โทร {ph}",
    "so": "Soomaali: Haddii aad u baahan tahay caawimaad si aad u akhrido warqaddan, turjumaan bilaash ah ayaa jira. "
          "Wac {ph}.",
    "uk": "Українська: Якщо вам потрібна допомога з цим листом, перекладач надається безкоштовно. Телефонуйте {ph}.",
    "am": "አማርኛ፦ ይህን ደብዳቤ ለማንበብ እርዳታ ካስፈለገዎት አስተርጓሚ በነጻ ይገኛል። ወደ {ph} ይደውሉ።",
    "ne": "नेपाली: यो पत्र पढ्न मद्दत चाहिएमा दोभाषे निःशुल्क उपलब्ध छ। {ph} मा फोन गर्नुहोस्।",
    "fr": "Français : Si vous avez besoin d'aide pour lire cette lettre, un interprète est disponible gratuitement. "
          "Appelez le {ph}.",
    "de": "Deutsch: Wenn Sie Hilfe beim Lesen dieses Briefes brauchen, steht Ihnen kostenlos ein Dolmetscher zur "
          "Verfügung. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "ne", "fr", "de", "ja"],
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "tl", "uk", "am", "ar", "ja", "km", "pa"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:1], langs[1:]
    if key != "CA":  # a California letter carries all fifteen
        w.rng.shuffle(rest)
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


def _salute(w: W) -> str:
    return w.pick([f"Dear {w.c.member_salute}:", f"Dear {w.c.member_salute},", f"Hello {w.c.member_salute},"])


# === 1. Northern California commercial HMO: esketamine nasal spray, step therapy ==================================

_CA_MS = "1-800-464-4000"
_NCA_AREAS = ["510", "415", "916", "925", "408", "707", "209"]
_NCA_DX = [("Major depressive disorder, recurrent severe without psychotic features", "F33.2"),
           ("Major depressive disorder, recurrent, moderate", "F33.1"),
           ("Major depressive disorder, single episode, severe without psychotic features", "F32.2"),
           ("Major depressive disorder, single episode, moderate", "F32.1")]
_NCA_AD = [("sertraline", "100 mg"), ("escitalopram", "20 mg"), ("fluoxetine", "40 mg"), ("citalopram", "40 mg"),
           ("paroxetine", "40 mg"), ("duloxetine", "60 mg"), ("vortioxetine", "20 mg")]
_NCA_NEXT_AD = ["bupropion XL", "venlafaxine XR", "mirtazapine", "desvenlafaxine"]
_NCA_AUG = ["aripiprazole", "quetiapine XR", "lithium carbonate", "brexpiprazole"]
_NCA_CRIT_OK = ["American Psychiatric Association Practice Guideline for the Treatment of Patients With Major "
                "Depressive Disorder",
                "APA Practice Guideline for the Treatment of Patients With Major Depressive Disorder (American "
                "Psychiatric Association)"]
_NCA_CRIT_BAD = ["Kaiser Permanente Northern California Pharmacy and Therapeutics Committee Criteria for Use: "
                 "Esketamine Nasal Spray",
                 "InterQual Behavioral Health Criteria: Esketamine Nasal Spray",
                 "KP NCAL Regional Drug Use Guideline: Spravato (internal)"]
_NCA_CENTERS = ["Mission Bay Interventional Psychiatry", "Delta Ketamine & Mood Clinic",
                "East Bay Esketamine Treatment Center", "Redwood Mood Disorders Program"]
_NCA_ALT = [("90870", "electroconvulsive therapy"), ("90867", "transcranial magnetic stimulation")]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b43_nca"):
        return
    c.extra["b43_nca"] = True
    _fmt(w, ("wkmonord", "mdyunpad", "dmonyy"), ("mdywkparen", "wkmonord", "mdotyy"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.scenario = dict(c.scenario, mh=True)  # a mental-health treatment decision
    variant = c.extra["nca_variant"] = w.rng.randrange(3)
    dose = w.pick([56, 84])
    drug = dict(text=w.pick([f"esketamine nasal spray (Spravato), {dose} mg per treatment session",
                             f"Spravato (esketamine) {dose} mg nasal spray, induction phase"]),
                codes=["S0013"], decision="denied")
    visit = dict(text=w.pick(["supervised in-office esketamine treatment visit with 2 hours of observation",
                              "observed self-administration visit for esketamine, including post-dose monitoring"]),
                 codes=["G2082" if dose == 56 else "G2083"], decision="denied")
    c.services = [drug] if variant == 0 else [drug, visit]
    t, code = w.pick(_NCA_DX)
    c.diagnoses = [dict(text=t, codes=[code])]
    c.service = None
    why = c.extra["nca_why"] = w.pick(["one_trial", "no_augment", "no_oral"])
    base = c.received or c.decision or c.letter
    ads = w.rng.sample(_NCA_AD, 2)
    rows = []  # drug, strength, first fill, last fill, days supplied
    start = base - dt.timedelta(days=w.rng.randint(330, 480))
    kinds = {"one_trial": ["full", "short"], "no_augment": ["full", "full"], "no_oral": ["full", "full"]}[why]
    for kind, (name, strength) in zip(kinds, ads, strict=True):
        days = w.rng.randint(84, 150) if kind == "full" else w.rng.randint(10, 25)
        rows.append((name, strength, start, start + dt.timedelta(days=days - 30 if days > 40 else 0), days))
        start = start + dt.timedelta(days=days + w.rng.randint(14, 45))
    c.extra["nca_fills"] = rows
    c.extra["nca_oral_stop"] = rows[-1][3] + dt.timedelta(days=30)
    c.extra["nca_try"] = (w.rng.sample(_NCA_NEXT_AD, 2) if why == "one_trial" else
                          w.rng.sample(_NCA_AUG, 2) if why == "no_augment" else w.rng.sample(_NCA_NEXT_AD, 2))
    c.extra["nca_phq"] = (w.rng.randint(18, 26), base - dt.timedelta(days=w.rng.randint(6, 30)))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["nca_prov_last"] = last
    c.extra["nca_center"] = (w.pick(_NCA_CENTERS), _phone(w, _NCA_AREAS), _phone(w, _NCA_AREAS))
    c.extra["nca_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["nca_alt"] = w.pick(_NCA_ALT)
    c.extra["nca_pharm"] = person(w.rng, 0.1)[0] + ", PharmD"
    c.extra["nca_pharm_ext"] = f"x{w.rng.randint(2000, 8999)}"
    c.criteria = [w.pick(_NCA_CRIT_BAD if _has(c, "mh_parity.non_association_criteria") else _NCA_CRIT_OK)]
    if _has(c, "process.reviewer_not_physician"):
        # the clinical pharmacist decides alone
        c.reviewer = dict(name=c.extra["nca_pharm"][: -len(", PharmD")], credentials="PharmD", specialty=None,
                          phone=_phone(w, _NCA_AREAS))
        c.reviewer_title = w.pick(["Clinical Pharmacist, Prior Authorization", "Pharmacy Utilization Reviewer"])
        c.extra["nca_pharm_decides"] = True
    elif variant == 2 and w.chance(0.2):
        c.reviewer = None
    else:
        _physician(w, ["Psychiatry", "Adult Psychiatry"], ["Physician Reviewer, Psychiatry",
                                                           "Reviewing Psychiatrist", "Medical Director, Mental Health"],
                   _NCA_AREAS, 0.7 if variant else 0.5, 0.6)
    c.extra["nca_phone"] = _phone(w, _NCA_AREAS)
    c.extra["nca_fax"] = _phone(w, _NCA_AREAS)
    c.extra["nca_case"] = f"PA{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["nca_stamps"] = (_stamp(w), _stamp(w), _stamp(w))
    _flags(c)


def reason_b43_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The request does not meet the plan's step therapy requirements.",
                       "Step therapy criteria were not met."])
    why, fills, tr = c.extra["nca_why"], c.extra["nca_fills"], c.extra["nca_try"]
    a, b = fills
    both = join_and(tr, "or")
    if why == "one_trial":
        return w.pick([
            f"Esketamine is covered for depression that has not improved after at least two different "
            f"antidepressants, each taken at a full dose for at least six weeks in the current episode. Pharmacy "
            f"records show {a[0]} {a[1]} for about {a[4] // 7} weeks, but {b[0]} was filled only once ({b[4]} "
            f"days), which is not long enough to count as a trial. A second antidepressant, such as {both}, must be "
            f"tried first.",
            f"Only one antidepressant trial in this episode meets the plan's step requirement: {a[0]} {a[1]} daily. "
            f"The {b[0]} prescription covered {b[4]} days and was not refilled. Before esketamine can be approved, "
            f"an adequate trial of another antidepressant ({both}) is needed.",
        ])
    if why == "no_augment":
        return w.pick([
            f"You have had adequate trials of {a[0]} and {b[0]}. The plan's step therapy also requires a trial of "
            f"an add-on (augmentation) medicine with an antidepressant before esketamine, for example {both}. Your "
            f"records show no augmentation trial, so this step has not been met.",
            f"Two antidepressants ({a[0]} and {b[0]}) were tried at full doses, but no augmenting medicine such as "
            f"{both} has been added to an antidepressant. That step comes before esketamine, so the request does "
            f"not meet the criteria now.",
        ])
    return w.pick([
        f"Esketamine nasal spray is used together with an antidepressant taken by mouth. Your last fill of "
        f"{b[0]} was on {_fd(w, b[3])}, and no new oral antidepressant (for example {both}) has been prescribed "
        f"to take with the spray. The request does not meet this requirement of the criteria.",
        f"The criteria require that an oral antidepressant be started or continued along with the spray. There is "
        f"no current antidepressant on file: {b[0]} was last filled on {_fd(w, b[3])}. Once {both} or another "
        f"antidepressant is prescribed, your psychiatrist may send a new request.",
    ])


def _ca_rights(w: W, b: list[Block], head, urgent: bool, size: float | None = None) -> None:
    c = w.c

    def para(t: str, **kw) -> None:
        b.append(w.p(t, size=kw.pop("size", size), **kw))

    head(w.pick(["If you disagree: your grievance rights", "How to ask us to reconsider", "Your right to appeal"]))
    if c.appeal_phrase:
        para(w.pick([
            f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this "
            f"notice. Call Member Services at {_CA_MS} (TTY 711), any time except holidays; use the form at kp.org; "
            "write to us; or visit the Member Services office at a Kaiser Permanente facility. Your psychiatrist "
            "or anyone you choose may file for you.",
            f"To have this decision looked at again, send us a grievance no later than "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice: by telephone ({_CA_MS}, TTY 711), "
            "online at kp.org, by mail, or in person. Add any letters or records you want us to read.",
        ]))
    para(w.pick([
        "If waiting could put your health in serious danger, ask for an expedited grievance and we will decide "
        "within 72 hours. In that case you do not have to wait for us: you may contact the Department of Managed "
        "Health Care right away.",
        "Urgent cases: you or your doctor may ask for an expedited review, decided within 72 hours, and you may "
        "call the Department of Managed Health Care at once about an urgent grievance.",
    ]) + (" This request was handled as urgent." if urgent else ""))
    para(w.pick([
        "Copies of the criteria we used and of the records about this decision are free. Ask Member Services.",
        "You can get, at no cost, a copy of the guideline applied and of the documents we relied on.",
    ]))
    if not _has(c, "notice.consumer_assistance"):
        para(w.pick([
            "The Health Consumer Alliance helps people with health plan problems at no charge, including grievances "
            "and Independent Medical Review applications: 1-888-804-3536.",
            "Free consumer help: Health Consumer Alliance, 1-888-804-3536.",
        ]))
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


def _nca_fill_rows(w: W) -> list[list[str]]:
    rows = [["Drug", "Strength", "First fill", "Last fill", "Days supplied"]]
    for name, strength, first, last, days in w.c.extra["nca_fills"]:
        rows.append([name, strength, b43date(first, "dmonyy"), b43date(last, "dmonyy"), str(days)])
    return rows


def t_b43_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = c.extra["nca_variant"]  # 0 pharmacy PA response form, 1 numbered criteria letter, 2 portal print
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 68.0])
    case, ph, fax = c.extra["nca_case"], c.extra["nca_phone"], c.extra["nca_fax"]
    center, ce_ph, ce_fax = c.extra["nca_center"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    tries = c.extra["nca_try"]
    pharm, ext = c.extra["nca_pharm"], c.extra["nca_pharm_ext"]
    decides = bool(c.extra.get("nca_pharm_decides"))
    st.footer = [w.pick([f"Case {case} - page {{page}} of {{pages}}", "Kaiser Permanente Northern California - {page}",
                         f"{case} | {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        s1, s2, s3 = c.extra["nca_stamps"]
        sent = c.letter + dt.timedelta(days=w.pick([0, 1]))
        read = sent + dt.timedelta(days=w.rng.randint(1, 3))
        printed = read + dt.timedelta(days=w.rng.randint(0, 5))
        asked = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(1, 6))
        b.append(w.p(f"kp.org  Message Center  |  Printed {b43date(printed, 'mdyunpad')} {s3}", size=7.5))
        b.append(Block("rule", space_before=2))
        b.append(w.h(w.pick(["Subject: Your Spravato coverage request", "Subject: Pharmacy decision - esketamine "
                                                                          "request"]), space_before=6,
                     size=st.size + 1))
        b.append(Block("fields", rows=[["From:", w.pick(["Pharmacy Prior Authorization Unit", "KP Pharmacy "
                                                                                              "Coverage Review"]),
                                        "To:", w.name()],
                                       ["Sent:", f"{b43date(sent, 'mdyunpad')} {s1}", "Read:",
                                        f"{b43date(read, 'mdyunpad')} {s2}"]], space_before=4, size=st.size - 0.5))
        b.append(w.p(f"Member ID {w.mid()}   Case {case}", size=st.size - 0.8, space_before=2))
        b.append(w.p(f"Notice date: {_dm(w, 'DATE_LETTER', c.letter, 'b43_head')}", space_before=8, bold=True))
        b.append(w.p(_salute(w), space_before=6))
        intro = w.pick([f"This message is your written notice about the request from {prov} for {svcs}.",
                        f"We have finished reviewing the request {prov} sent us for {svcs}."])
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Northern California",
                             "Pharmacy Prior Authorization" if variant == 0 else "Pharmacy and Mental Health Review"],
                       right=["Kaiser Foundation Health Plan, Inc.", f"Phone {ph}", f"Fax {fax}"]))
        if variant == 0:
            b.append(w.h(w.pick(["PRIOR AUTHORIZATION RESPONSE", "Pharmacy Prior Authorization: Coverage Decision"]),
                         align="center", space_before=6, size=st.size + 2.5))
            rows = [["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b43_head"), "PA case:", case],
                    ["Member:", w.name(), "Member ID:", w.mid()],
                    ["Prescriber:", prov, "Prescriber NPI:", c.extra["nca_npi"]]]
            if rec or dec:
                rows.append(["Received:", rec or "-", "Decided:", dec or "-"])
            b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.4))
            b += [w.p(x, space_before=0, size=st.size - 0.5) for x in c.member_addr]
            b.append(w.p("Decision:  [ ] Approved   [ ] Approved with changes   [X] Denied", space_before=8,
                         bold=True))
            b.append(w.p("Reason category:  [X] Step therapy / criteria not met   [ ] Quantity limit   "
                         "[ ] Not on formulary   [ ] Missing information", size=st.size - 0.5, space_before=2))
            intro = w.pick([f"Drug requested: {svcs}.", f"Request reviewed: {svcs}."])
        else:
            b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b43_head"), space_before=8))
            b.append(w.p(w.name(), space_before=8))
            b += [w.p(x, space_before=0) for x in c.member_addr]
            b.append(w.p(f"Member ID: {w.mid()}    Case number: {case}", space_before=8, size=st.size - 0.5))
            b.append(w.h(w.pick(["We did not approve esketamine (Spravato)", "Notice of denial: esketamine nasal "
                                                                             "spray"]),
                         space_before=10, size=st.size + 1.5))
            b.append(w.p(_salute(w), space_before=8))
            intro = w.pick([f"Your psychiatrist, {prov}, asked us to cover {svcs} at {center}.",
                            f"We reviewed a request from {prov} for {svcs}, to be given at {center}."])
    if rec and variant != 0:
        intro += w.pick([f" We received it on {rec}.", f" The request reached us on {rec}."])
    if urgent:
        intro += " We reviewed it on an expedited basis."
    if dec and variant != 0:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" The request is denied.", " We cannot approve it at this time."])
    b.append(w.p(intro, space_before=6))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    head(w.pick(["Why we denied the request", "Reason for denial", "The reason for this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 0:
        b.append(w.h(w.pick(["Drugs on file", "Antidepressant fills on file"]), space_before=8))
        b.append(Block("table", rows=_nca_fill_rows(w), space_before=3, size=8.2))
        b.append(w.p("From Kaiser Permanente pharmacy records. Fill dates are shown as day-month-year.", size=7.6,
                     space_before=2))
    if variant == 1:
        why = c.extra["nca_why"]
        head(w.pick(["The criteria we applied", "What the criteria require"]))
        items = [("A diagnosis of major depressive disorder", True),
                 ("At least two antidepressants, each at an adequate dose for at least 6 weeks in this episode",
                  why != "one_trial"),
                 ("A trial of an augmenting medicine added to an antidepressant", why not in ("one_trial",
                                                                                              "no_augment")),
                 ("An oral antidepressant to be taken along with the nasal spray", why != "no_oral"),
                 ("Treatment at a certified center able to observe you for 2 hours after each dose", True)]
        for k, (t, met) in enumerate(items, 1):
            b.append(w.p(f"{k}. {t} - {'met' if met else 'NOT met'}", indent=12, space_before=2))
    fills = "; ".join(f"{n} {s} (last fill {_fd(w, lf)})" for n, s, _f, lf, _d in c.extra["nca_fills"])
    s0, d0 = c.extra["nca_phq"]
    b.append(w.p(w.pick([
        f"Records reviewed: pharmacy fills ({fills}); your psychiatrist's notes; PHQ-9 score {s0} on {_fd(w, d0)}.",
        f"We looked at your medicine history ({fills}) and your most recent PHQ-9 ({s0}, dated {_fd(w, d0)}).",
    ])))
    b.append(w.p(w.pick([f"Medicines to try first: {join_and(tries)}.",
                         f"Before esketamine, the plan's steps call for {join_and(tries, 'or')}."])))
    b.append(w.p(w.pick(["Criteria used: ", "This decision is based on the "]) + join_and(
        [M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        if decides:
            line = _who(w, w.pick(["This decision was made by ", "Decided by "]), ".")
        else:
            line = _who(w, w.pick(["The reviewing psychiatrist who made this decision is ",
                                   "This decision was made by "]), ".")
            if variant == 1:
                line = (f"The clinical pharmacist {pharm} ({ext}) prepared the medication history for the review. "
                        + line)
        if c.reviewer["phone"]:
            line += w.pick([f" Your psychiatrist may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss it.",
                            f" Direct line for your doctor: {M('REVIEWER_PHONE', c.reviewer['phone'])}."])
        b.append(w.p(line))
    if not decides and variant != 1:
        b.append(w.p(w.pick([f"Questions about your medicines? Our clinical pharmacist, {pharm}, can be reached at "
                             f"{ph}, {ext}.",
                             f"Pharmacy contact: {pharm}, {ph} {ext}."])))
    code, alt = c.extra["nca_alt"]
    b.append(w.p(w.pick([
        f"Your other mental health care is not affected. Covered options your psychiatrist may discuss include "
        f"{alt} (CPT {code}).",
        f"This decision does not stop other treatment. For example, {alt} (CPT {code}) remains a covered service "
        "when ordered.",
    ])))
    b.append(w.p(w.pick([f"{center} (phone {ce_ph}, fax {ce_fax}) was told of this decision.",
                         f"cc: {center}, fax {ce_fax}"]), size=st.size - 0.5))
    _ca_rights(w, b, head, urgent)
    if variant == 2:
        b.append(w.p(w.pick(["Please do not reply to this message about an appeal; use the ways listed above.",
                             "Replies to this message are not grievances."]), italic=True, size=st.size - 0.5))
        b.append(w.h(w.pick(["Earlier in this thread", "Previous message"]), space_before=10, size=st.size))
        b.append(Block("fields", rows=[["From:", w.name(), "Sent:",
                                        f"{b43date(asked, 'mdyunpad')} {c.extra['nca_stamps'][0]}"]],
                       space_before=2, size=st.size - 0.8))
        b.append(w.p(w.pick(["Hi, my doctor said she sent a request for the nasal spray. Can you tell me the "
                             "status? Thanks.",
                             "Has the Spravato request been looked at yet? My appointment at the clinic is "
                             "waiting on it."]), size=st.size - 0.5, italic=True))
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Pharmacy Prior Authorization Unit",
          "Kaiser Permanente Northern California")
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language interpreters are free of charge. Call {_CA_MS} (TTY 711).",
                             f"Need this in another language? Interpreter services at no cost: {_CA_MS}."]),
                     space_before=6))
    b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick([None, "Help in your language"]))
    return b, st, ["nca_rx_pa_response_form", "nca_numbered_criteria_letter", "nca_portal_message_print"][variant]


BLIND43_TEMPLATES["blind43_nca_commercial_esketamine_step_therapy"] = (t_b43_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.criteria_cited",), reason=reason_b43_nca))
MODELED_ON["blind43_nca_commercial_esketamine_step_therapy"] = (
    "blind43: Kaiser Permanente Northern California commercial HMO denial of esketamine nasal spray (S0013) and the "
    "supervised treatment visit (G2082/G2083) for depression (F33.x, F32.x) because the plan's step therapy is not "
    "met (one adequate antidepressant trial, no augmentation trial, or no oral antidepressant); a pharmacy "
    "prior-authorization response form with check boxes and a drugs-on-file table, a letter with numbered criteria "
    "naming a pharmacist and the deciding psychiatrist, or a printed kp.org message thread; APA guideline; 180-day "
    "grievance, 72-hour expedited review, DMHC statement with IMR, Health Consumer Alliance, free copies, fifteen "
    "taglines")


# === 2. Colorado Senior Advantage: lumbar epidural steroid injection ==============================================

_CO_MS = "303-338-3800"
_CO_MS2 = "1-888-681-7878"
_CO_AREAS = ["303", "720", "719", "970"]
_CO_IL = (["lumbar interlaminar epidural steroid injection with imaging guidance",
           "epidural steroid injection, lumbar, interlaminar approach, under fluoroscopy"], "62323")
_CO_TF1 = (["transforaminal epidural steroid injection, lumbar, one level, with imaging guidance",
            "lumbar transforaminal epidural injection (first level), fluoroscopic guidance"], "64483")
_CO_TF2 = (["transforaminal epidural steroid injection, each additional lumbar level",
            "lumbar transforaminal epidural injection, additional level"], "64484")
_CO_DX = [("Radiculopathy, lumbar region", "M54.16"),
          ("Intervertebral disc disorders with radiculopathy, lumbar region", "M51.16")]
_CO_LEVELS = ["L4-L5", "L5-S1", "L3-L4", "left L5", "right S1", "right L4"]
_CO_CRIT_OK = ["Medicare's local coverage determination for epidural steroid injections used by the Medicare "
               "contractor for Colorado",
               "the Medicare Local Coverage Determination (LCD) for epidural steroid injections for pain management "
               "that applies in Colorado"]
_CO_CRIT_BAD = ["Kaiser Permanente Colorado Interventional Spine Procedure Guideline (internal)",
                "InterQual Procedures Criteria: Epidural Steroid Injection, Lumbar",
                "MCG Ambulatory Care Guideline: Lumbar Epidural Steroid Injection"]
_CO_CLINICS = ["Front Range Spine & Pain", "Cherry Creek Interventional Pain", "Pikes Peak Pain Specialists",
               "Boulder Valley Spine Center"]
_CO_PT = ["Mile High Physical Therapy", "Arapahoe Rehab & Sports PT", "Foothills Physical Therapy"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b43_co"):
        return
    c.extra["b43_co"] = True
    _fmt(w, ("monabbrday", "mdotyy", "wkmonord"), ("wkmonord", "mdyunpad", "mdywkparen"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    kind = w.pick(["il", "tf", "tf2"])
    lines = {"il": [_CO_IL], "tf": [_CO_TF1], "tf2": [_CO_TF1, _CO_TF2]}[kind]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in lines]
    dxs = w.rng.sample(_CO_DX, w.pick([1, 1, 2]))
    c.diagnoses = [dict(text=t, codes=[code]) for t, code in dxs]
    c.service = None
    why = c.extra["co_why"] = w.pick(["short_relief", "no_conservative", "too_many", "no_exam"])
    base = c.received or c.decision or c.letter
    n_prior = {"too_many": 4, "short_relief": w.pick([1, 2]), "no_conservative": w.pick([0, 1]),
               "no_exam": w.pick([1, 2])}[why]
    prior = []
    day = base - dt.timedelta(days=w.rng.randint(40, 75))
    other = w.pick([("64493", "facet joint injection, lumbar"), ("20552", "trigger point injections")])
    for k in range(n_prior):
        code = lines[0][1] if k % 2 == 0 else w.pick(["62323", "64483"] + ([] if why == "too_many" else [other[0]]))
        relief = (w.pick(["30%", "40%", "20%"]) if why == "short_relief" and k == 0 else
                  w.pick(["60% for 6 weeks", "50% for 5 weeks", "70% for 2 months"]))
        prior.append((day, code, w.pick(_CO_LEVELS), relief))
        day = day - dt.timedelta(days=w.rng.randint(50, 80))
    c.extra["co_prior"] = prior[::-1]
    c.extra["co_other"] = other
    c.extra["co_mri"] = base - dt.timedelta(days=w.rng.randint(90, 260))
    c.extra["co_pt"] = (w.pick(_CO_PT), w.rng.randint(1, 3) if why == "no_conservative" else w.rng.randint(8, 14),
                        base - dt.timedelta(days=w.rng.randint(20, 120)))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["co_prov_last"] = last
    c.extra["co_clinic"] = (w.pick(_CO_CLINICS), _phone(w, _CO_AREAS), _phone(w, _CO_AREAS))
    c.extra["co_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["co_pain"] = (w.rng.randint(6, 9), w.rng.randint(5, 8))
    if _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_CO_CRIT_BAD)]
    else:
        c.criteria = [w.pick(_CO_CRIT_OK)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Coordinator", "UM Nurse Reviewer"],
                     ["RN", "LPN", None])
    else:
        _physician(w, ["Physical Medicine and Rehabilitation", "Anesthesiology (Pain Medicine)", "Pain Medicine"],
                   ["Physician Reviewer", "Medical Director, Utilization Management", "Reviewing Physician"],
                   _CO_AREAS, 0.5, 0.6)
    c.extra["co_ref"] = f"OD-{w.rng.randint(10**5, 10**6 - 1)}-{w.rng.randint(10, 99)}"
    _flags(c)


def reason_b43_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The epidural steroid injection is not medically necessary.",
                       "The request does not meet medical necessity requirements."])
    why, prior = c.extra["co_why"], c.extra["co_prior"]
    pt, visits, _last = c.extra["co_pt"]
    if why == "short_relief":
        last = prior[-1]
        return w.pick([
            f"A repeat injection is covered when the last one gave at least 50% relief that lasted at least three "
            f"months. Your last injection, on {_fd(w, last[0])}, is recorded as giving {last[3]} relief, and you "
            f"were back to your earlier pain level within weeks. Another injection therefore does not meet the "
            f"coverage criteria.",
            f"Your records show that the injection on {_fd(w, last[0])} helped only about {last[3]}. The criteria "
            f"allow another epidural injection only after one that gave at least half relief for three months or more, so "
            f"this request cannot be approved.",
        ])
    if why == "no_conservative":
        return w.pick([
            f"Before an epidural injection, the coverage criteria call for at least four weeks of conservative care such "
            f"as physical therapy, home exercise and pain medicines, unless the pain is severe and disabling. Your "
            f"records show {visits} physical therapy visit{'s' if visits > 1 else ''} at {pt} and no other treatment "
            f"in the past four weeks, so the injection is not medically necessary yet.",
            f"The records we received show only {visits} visit{'s' if visits > 1 else ''} of physical therapy at "
            f"{pt} and do not describe four weeks of other conservative treatment. That is required first for this "
            f"kind of injection, so we cannot approve it now.",
        ])
    if why == "too_many":
        return w.pick([
            f"You have had {len(prior)} spinal injections in the past 12 months (see the dates in this notice). "
            f"The coverage criteria limit epidural steroid injections in the lumbar region to four sessions in "
            f"a rolling 12 months, so another one is not covered now.",
            f"Our records list {len(prior)} injection sessions in your lower back within the last year. That is "
            f"the most the coverage criteria allow in 12 months, so this request is denied.",
        ])
    return w.pick([
        "An epidural steroid injection is covered for nerve-root (radicular) pain that an exam and imaging both "
        "confirm. The office notes we received describe back pain but do not record a nerve-root finding, such as "
        "a positive straight-leg raise, weakness or reflex change, that matches the MRI. Without that, the "
        "injection is not medically necessary.",
        "The notes from your doctor do not show exam findings of a pinched nerve (for example numbness in a "
        "dermatome, weakness, a reflex change or a positive straight-leg raise) that match your MRI. The criteria cover "
        "this injection for confirmed radicular pain, so we cannot approve it.",
    ])


def _co_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    c = w.c

    def para(t: str) -> None:
        b.append(w.p(t, size=size))

    head(w.pick(["You have the right to appeal", "Can I appeal this decision?", "Your appeal rights"]))
    if c.appeal_phrase:
        para(w.pick([
            f"Ask us for a reconsideration (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this "
            "notice. You, your doctor, or a representative you name can ask. Send any records or a letter from your "
            "doctor that support your appeal.",
            f"If you want us to look at this again, your appeal must reach us within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. We can give you more time if you "
            "have a good reason for missing the deadline.",
        ]))
    para(w.pick([
        "We will answer a standard appeal within 30 days.",
        "A standard appeal is decided within 30 days after we get it.",
    ]))
    if not _has(c, "notice.expedited_review"):
        head(w.pick(["Do you need a fast appeal?", "Standard or fast appeal"]))
        para(w.pick([
            "If you or your doctor believe that waiting 30 days could seriously harm your health, ask for a fast "
            "appeal. We will decide within 72 hours. If your doctor asks for it, or supports your request, we will "
            "give you a fast appeal.",
            "A fast (expedited) appeal is decided within 72 hours. Ask for one if a standard appeal could put your "
            "life, health or ability to regain function at serious risk; any doctor's request is handled as fast.",
        ]))
    if not _has(c, "notice.external_review"):
        head(w.pick(["What happens next?", "After your appeal"]))
        para(w.pick([
            "If we still deny the injection, your case goes on automatically to an Independent Review Entity "
            "contracted by Medicare. It is not part of Kaiser Permanente. If it also says no, you will be told about "
            "the further levels of appeal.",
            "When we uphold our decision, we send your file to the Independent Review Entity (IRE) without you "
            "asking; the IRE is an independent organization that works for Medicare.",
        ]))
    head(w.pick(["Get help and more information", "Questions?"]))
    para(w.pick([
        f"Kaiser Permanente Member Services: {_CO_MS} (Denver/Boulder) or {_CO_MS2} (Southern Colorado), TTY 711.",
        f"Call Member Services at {_CO_MS}, or {_CO_MS2} in Southern Colorado (TTY 711).",
    ]))
    para(w.pick([
        "1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; TTY 1-877-486-2048; www.medicare.gov.",
        "Medicare can answer questions about your rights: 1-800-633-4227 (TTY 1-877-486-2048), www.medicare.gov.",
    ]))


def t_b43_co(w: W):
    _co_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 denial notice form, 1 prior injection table, 2 sidebar of phone numbers
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 64.0, 70.0])
    ref = c.extra["co_ref"]
    clinic, cl_ph, cl_fax = c.extra["co_clinic"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    st.footer = [w.pick([f"{ref} - {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage (Colorado) {page}",
                         f"Reference {ref}, page {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        if variant == 0:
            b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=True))
        else:
            b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", "Senior Advantage (HMO) Medicare plan"],
                   right=["Kaiser Foundation Health Plan of Colorado", w.pick(["Utilization Management",
                                                                               "Medical Review Department"]),
                          f"Member Services {_CO_MS}"]))
    if variant == 0:
        b.append(w.h("Notice of Denial of Medical Coverage", align="center", space_before=6, size=st.size + 3))
        b.append(Block("fields", rows=[["Date:", _dm(w, "DATE_LETTER", c.letter, "b43_head"), "Reference:", ref],
                                       ["Name:", w.name(), "Member number:", w.mid()]], space_before=6,
                       size=st.size - 0.3))
        b += [w.p(x, space_before=0, size=st.size - 0.4) for x in c.member_addr]
        head(w.pick(["What did we decide?", "Our decision about your request"]))
        intro = w.pick([f"We denied the care your doctor, {prov}, asked for: {svcs}.",
                        f"{prov} asked us to cover {svcs}. We are not covering it."])
    elif variant == 1:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b43_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID {w.mid()}  |  Reference {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["Your epidural steroid injection request", "We did not approve your spine injection"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(_salute(w), space_before=8))
        intro = w.pick([f"We reviewed the request from {prov} at {clinic} for {svcs}.",
                        f"{prov} of {clinic} asked us to approve {svcs}."])
    else:
        left = [_dm(w, "DATE_LETTER", c.letter, "b43_head"), "", w.name()] + list(c.member_addr) + [
            "", f"Member ID: {w.mid()}", f"Reference: {ref}", "", _salute(w), "",
            w.pick(["We have reviewed a request your doctor sent us for an injection in your lower back.",
                    "This letter explains our decision on a request for a spine injection."]),
            w.pick(["Please read it and keep it with your health records.",
                    "The phone numbers in the box can help if you have questions."])]
        right = ["**Important phone numbers", "", "**Member Services", _CO_MS, f"{_CO_MS2} (Southern CO)",
                 "TTY 711", "", "**Medicare", "1-800-633-4227", "TTY 1-877-486-2048", "",
                 f"**{clinic}", cl_ph, f"Fax {cl_fax}"]
        b.append(Block("sidebar", left=left, right=right, space_before=10, shade=w.chance(0.5), boxed=True))
        intro = w.pick([f"The request, from {prov}, was for {svcs}.",
                        f"{prov} asked us to cover {svcs}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" It reached us on {rec}."])
    if urgent:
        intro += " You or your doctor asked for a fast decision, and we gave one."
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" Date of our decision: {dec}."])
    if variant:
        intro += w.pick([" We have denied it.", " Medicare Advantage coverage for it is denied."])
    b.append(w.p(intro, space_before=6))
    b.append(w.p(w.pick(["Diagnosis: ", "Your doctor's diagnosis: "]) + dxs + "."))
    head(w.pick(["Why did we deny your request?", "Why we said no", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    prior = c.extra["co_prior"]
    if variant == 1 and prior:
        b.append(w.h(w.pick(["Spine injections in your record", "Earlier injections we reviewed"]), space_before=8))
        rows = [["Date", "Code", "Level", "Relief reported"]]
        rows += [[b43date(d, "mdotyy"), code, lvl, relief] for d, code, lvl, relief in prior]
        b.append(Block("table", rows=rows, space_before=3, size=8.4))
    elif prior:
        b.append(w.p("Earlier injections: " + "; ".join(f"{_fd(w, d)} (CPT {code}, {lvl})" for d, code, lvl, _r in
                                                         prior) + "."))
    pt, visits, last = c.extra["co_pt"]
    p0, p1 = c.extra["co_pain"]
    b.append(w.p(w.pick([
        f"We also reviewed your MRI of {_fd(w, c.extra['co_mri'])}, notes from {pt} ({visits} visit"
        f"{'s' if visits > 1 else ''}, most recently on {_fd(w, last)}) and pain scores of {p0}/10 and {p1}/10.",
        f"Other records: lumbar MRI dated {_fd(w, c.extra['co_mri'])}; physical therapy at {pt}, {visits} visit"
        f"{'s' if visits > 1 else ''}, last on {_fd(w, last)}.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on ", "Coverage rules applied: "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to talk about it."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        "Physical therapy (CPT 97110) and office visits with your doctor remain covered while you work on your back "
        "pain.",
        "You can still get covered physical therapy (CPT 97110) and your other care.",
    ])))
    _co_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Senior Advantage, Colorado")
    b.append(w.p(f"cc: {prov}, {clinic} (fax {cl_fax}), NPI {c.extra['co_npi']}", size=st.size - 1,
                 space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"We offer interpreters at no cost. Call {_CO_MS} (TTY 711).",
                             f"Free interpreter help: {_CO_MS2}, TTY 711."]), space_before=6))
    b += _taglines(w, "CO", f"{_CO_MS2} (TTY 711)", w.pick([None, "Language help"]))
    return b, st, ["co_denial_notice_form", "co_prior_injection_table", "co_sidebar_phone_numbers"][variant]


BLIND43_TEMPLATES["blind43_co_ma_epidural_steroid_injection"] = (t_b43_co, dict(
    plans=["medicare_advantage"], states=["CO"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b43_co))
MODELED_ON["blind43_co_ma_epidural_steroid_injection"] = (
    "blind43: Kaiser Permanente Colorado Senior Advantage denial of a lumbar epidural steroid injection (62323, or "
    "64483 with 64484) for lumbar radiculopathy (M54.16, M51.16) as not medically necessary (short relief from the "
    "last injection, no conservative care, too many injections in a year, or no nerve-root finding) under Medicare's "
    "local coverage rules; a notice laid out as the Medicare denial notice, a letter with a table of earlier "
    "injections, or a letter with a sidebar of important phone numbers; 60-day reconsideration, 30-day standard and "
    "72-hour fast appeal, IRE, Colorado Member Services, 1-800-MEDICARE, taglines")


# === 3. Washington commercial: a physical therapy claim filed late or without an itemized bill ====================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "509", "360"]
_WA_LINES = [(["therapeutic exercise, each 15 minutes", "Therapeutic exercises (15 min)"], "97110"),
             (["manual therapy techniques, each 15 minutes", "Manual therapy (15 min)"], "97140"),
             (["therapeutic activities, each 15 minutes", "Therapeutic activities, direct (15 min)"], "97530")]
_WA_DX = [("Low back pain, unspecified", "M54.50"), ("Pain in right knee", "M25.561"),
          ("Cervicalgia", "M54.2"), ("Other specified disorders of rotator cuff, left shoulder", "M75.82"),
          ("Sprain of unspecified ligament of right ankle, subsequent encounter", "S93.401D")]
_WA_CLINICS = ["Puget Sound Physical Therapy, PLLC", "Cascade Movement Physical Therapy", "Spokane Valley Rehab "
                                                                                         "Clinic",
               "Olympic Peninsula PT & Sports Medicine"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b43_wa"):
        return
    c.extra["b43_wa"] = True
    _fmt(w, ("monabbrday", "mdyunpad", "mdywkparen"), ("wkmonord", "monabbrday", "mdywkparen"))
    c.region = "Washington"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "WA")
    why = c.extra["wa_why"] = w.pick(["late", "no_itemized"])
    if why == "late":  # the visit was long before the claim arrived
        c.service = c.received - dt.timedelta(days=w.rng.randint(200, 420))
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in _WA_LINES]
    c.extra["wa_units"] = [w.pick([1, 2, 2, 3]) for _ in _WA_LINES]
    c.extra["wa_billed"] = [round(u * w.rng.uniform(38, 72), 2) for u in c.extra["wa_units"]]
    c.diagnoses = [dict(text=t, codes=[code]) for t, code in [w.pick(_WA_DX)]]
    c.provider = w.pick(_WA_CLINICS)
    c.extra["wa_pt"] = person(w.rng, 0.1)[0] + w.pick([", PT, DPT", ", DPT", ", PT"])
    c.extra["wa_ph"], c.extra["wa_fax"] = _phone(w, _WA_AREAS), _phone(w, _WA_AREAS)
    c.extra["wa_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["wa_eval"] = (w.pick(["97161", "97162"]), c.service - dt.timedelta(days=w.rng.randint(7, 30)),
                          round(w.rng.uniform(110, 190), 2))
    c.extra["wa_asked"] = c.received + dt.timedelta(days=w.rng.randint(1, 3))
    c.extra["wa_claim"] = f"{w.rng.randint(2025, 2026)}{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["wa_rc"] = "TF" + str(w.rng.randint(1, 9)) if why == "late" else "IB" + str(w.rng.randint(1, 9))
    c.criteria = []
    c.reviewer = None
    if w.chance(0.3):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Claims Review Specialist", "Provider Claims Analyst"])
    c.extra["wa_phone"] = _phone(w, _WA_AREAS)
    _flags(c)


def reason_b43_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    clinic = c.provider
    if c.extra["wa_why"] == "late":
        return w.pick([
            f"{clinic} sent this claim for the visit on {_fd(w, c.service)}, but we did not receive it until "
            f"{_fd(w, c.received)}. That is past the time limit for filing claims in the clinic's agreement with "
            f"Kaiser Permanente, so the claim cannot be paid. Because {clinic} is a contracted provider, it may not "
            "bill you for these services.",
            f"The claim arrived on {_fd(w, c.received)}, many months after the therapy visit on "
            f"{_fd(w, c.service)}, and after the deadline for filing claims that applies to {clinic}. Claims filed "
            "late are denied. As a network provider, the clinic cannot charge you for the denied amount.",
        ])
    return w.pick([
        f"We need an itemized bill that lists each service, its code, the number of units and the charge. The claim "
        f"from {clinic} showed only a total. We asked the clinic for an itemized bill on {_fd(w, c.extra['wa_asked'])}"
        f" and have not received it, so we cannot process the claim. Once it arrives we will review the claim again.",
        f"The claim did not include an itemized statement of the services on {_fd(w, c.service)}. We wrote to "
        f"{clinic} on {_fd(w, c.extra['wa_asked'])} asking for one, and none has come in. Without it the claim is "
        "denied; it will be reconsidered when the clinic sends the itemized bill.",
    ])


def _wa_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or someone acting for you may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you get this "
            f"notice. Write to us with the claim number and why you disagree, or call Member Services at {_WA_MS} "
            "(TTY 711).",
            f"Appeals must be made within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this letter. Call "
            f"{_WA_MS} (TTY 711) or send us a letter with any records you want us to consider.",
        ]), size=size))
    b.append(w.p(w.pick([
        "If our final decision on your appeal still denies payment, you may ask for external review by an "
        "independent review organization within 4 months after you receive that decision (45 CFR 147.136). It "
        "costs you nothing.",
        "After our internal appeal, an independent review organization can look at the claim. You have 4 months "
        "after our final decision to ask for this (45 CFR 147.136).",
    ]), size=size))
    b.append(w.p(w.pick([
        "You can get free copies of all documents and records relevant to this claim.",
        "Copies of the documents and records about this claim are available to you free of charge.",
    ]), size=size))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "You may ask for the diagnosis and treatment codes on this claim and what they mean, free of charge. "
            "Asking for them is not an appeal.",
            "The diagnosis codes and treatment codes for this claim, with their meanings, are available on request "
            "at no cost; such a request does not count as an appeal.",
        ]), size=size))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help, you may contact the Washington State Office of the Insurance Commissioner. If your plan comes "
            "through an employer, the Employee Benefits Security Administration can also help at 1-866-444-3272 "
            "(check your plan documents for current contact information).",
            "Consumer help: the Washington State Office of the Insurance Commissioner; for employer coverage, the "
            "U.S. Department of Labor's Employee Benefits Security Administration, 1-866-444-3272 (check your plan "
            "documents for current contact information).",
        ]), size=size))


def t_b43_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 claim statement with lines, 1 letter to member cc clinic, 2 short + legend
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0], [50.0, 58.0, 66.0])
    noid = _has(c, "notice.claim_identification")
    claim, ph = c.extra["wa_claim"], c.extra["wa_phone"]
    cl_ph, cl_fax = c.extra["wa_ph"], c.extra["wa_fax"]
    billed, units = c.extra["wa_billed"], c.extra["wa_units"]
    total = round(sum(billed), 2)
    rc = c.extra["wa_rc"]
    late = c.extra["wa_why"] == "late"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    svc = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    ecode, eday, eamt = c.extra["wa_eval"]
    st.footer = [w.pick([f"Claim {claim} | page {{page}} of {{pages}}", "Kaiser Permanente Washington - {page}",
                         f"{claim} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    legend = {rc: ("claim received after the filing limit for this provider" if late else
                   "itemized bill requested and not received"),
              "PR0": "provider may not bill the member for this line", "PD": "paid"}
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington", w.pick(["Claims Administration", "Member Claims"])],
                   right=["Kaiser Foundation Health Plan of Washington", f"Claims {ph}",
                          f"Member Services {_WA_MS}"]))
    if variant == 0:
        b.append(w.h(w.pick(["CLAIM STATEMENT", "Claim Processing Statement"]), align="center", space_before=6,
                     size=st.size + 2.5))
        b.append(w.p("This is not a bill.", align="center", italic=True, space_before=1))
        rows = [["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b43_head"), "Claim number:", claim],
                ["Member:", w.name(), "Member ID:", w.mid()],
                ["Provider:", prov, "Provider NPI:", c.extra["wa_npi"]]]
        if dec:
            rows.append(["Processed:", dec, "Treating therapist:", c.extra["wa_pt"]])
        b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.4))
        b += [w.p(x, space_before=0, size=st.size - 0.4) for x in c.member_addr]
        cols = ["Line", "Date(s) of service", "Code", "Units"] + ([] if noid else ["Billed", "Paid"]) + [
            "Date received", "Reason"]
        tab = [cols]
        for k, (s, amt, u) in enumerate(zip(c.services, billed, units, strict=True), 1):
            tab.append([str(k), _dm(w, "DATE_SERVICE", c.service, "mdywkparen"), s["codes"][0], str(u)]
                       + ([] if noid else [_money(amt), "$0.00"]) + [_dm(w, "DATE_RECEIVED", c.received, "mdywkparen"),
                                                                     f"{rc}, PR0"])
        b.append(Block("table", rows=tab, space_before=6, size=7.8))
        b.append(w.p("Line descriptions: " + "; ".join(f"{s['codes'][0]} {w.svc(s)}" for s in c.services) + ".",
                     size=8.0, space_before=2))
        if not noid:
            b.append(w.p(f"Total billed {_money(total)}; paid $0.00; your responsibility $0.00.", size=8.0,
                         space_before=2))
        b.append(w.p(f"{rc} = {legend[rc]}.  PR0 = {legend['PR0']}.", size=8.0, space_before=2))
        intro = w.pick([f"This statement explains how we processed the claim {prov} sent for therapy on {svc}.",
                        f"We processed a claim from {prov} for your physical therapy visit on {svc}."])
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b43_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Claim: {claim}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["Notice of claim denial", "We did not pay a physical therapy claim",
                             "About your physical therapy claim"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(_salute(w), space_before=8))
        intro = w.pick([f"On {svc} you saw {c.extra['wa_pt']} at {prov}. The clinic billed us for {svcs}.",
                        f"{prov} sent us a claim for {svcs}, provided on {svc}."])
        if not noid:
            intro += f" Amount billed: {_money(total)}."
    if rec:
        intro += w.pick([f" We received the claim on {rec}.", f" The claim reached us on {rec}."])
    if dec and variant:
        intro += w.pick([f" It was processed on {dec}.", f" Date processed: {dec}."])
    intro += w.pick([" We did not pay it.", " The claim is denied."])
    b.append(w.p(intro, space_before=6))
    b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnosis: "]) + dxs + "."))
    head(w.pick(["Why the claim was denied", "Reason for denial", "Why we did not pay"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"Your physical therapy evaluation ({ecode}) on {_fd(w, eday)} was billed on an earlier claim and paid"
        + ("." if noid else f" ({_money(eamt)}).") + " This notice does not change that payment.",
        f"Not affected by this decision: the evaluation, code {ecode}, on {_fd(w, eday)}, which we paid earlier.",
    ])))
    if variant == 1:
        b.append(w.p(w.pick([
            "You do not need to do anything about this claim unless you disagree with our decision. If the clinic "
            "sends you a bill for these services, please call us.",
            "Please keep this letter. If you receive a bill from the clinic for these services, call Member Services.",
        ])))
    _wa_rights(w, b, head, st.size)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Claims Administration", "Kaiser Permanente Washington")
    if variant == 1:
        b.append(w.p(w.pick([f"cc: {prov}, Billing Office (phone {cl_ph}, fax {cl_fax}), NPI {c.extra['wa_npi']}",
                             f"Copy to: {prov}, attention billing, fax {cl_fax}"]), size=st.size - 1,
                     space_before=6))
    else:
        b.append(w.p(f"Provider contact: {prov}, {cl_ph}", size=st.size - 1, space_before=6))
    if variant == 2:
        b.append(Block("rule", space_before=8))
        b.append(w.p(w.pick(["Reason code legend", "What the codes mean"]), bold=True, size=8.0, space_before=2))
        b.append(w.p(f"{rc}: {legend[rc]}", size=7.8, space_before=1))
        b.append(w.p(f"PR0: {legend['PR0']}", size=7.8, space_before=1))
        b.append(w.p(f"PD: {legend['PD']} (the evaluation, {ecode})", size=7.8, space_before=1))
        b.append(w.p("N/A: not applicable", size=7.8, space_before=1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_WA_MS} (TTY 711).",
                             f"An interpreter at no cost: {_WA_MS}, TTY 711."]), space_before=6))
    b += _taglines(w, "WA", f"{_WA_MS} (TTY 711)", w.pick([None, "Language assistance"]))
    return b, st, ["wa_claim_statement_lines", "wa_member_letter_cc_clinic", "wa_short_reason_legend"][variant]


BLIND43_TEMPLATES["blind43_wa_commercial_late_claim_timely_filing"] = (t_b43_wa, dict(
    plans=["commercial_hmo"], states=["WA"], kinds=["payment_denial"], cats=["administrative"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b43_wa))
MODELED_ON["blind43_wa_commercial_late_claim_timely_filing"] = (
    "blind43: Kaiser Permanente Washington commercial denial of a physical therapy clinic's claim (97110, 97140, "
    "97530) because it was filed after the clinic's filing limit or without an itemized bill (administrative); a "
    "claim statement with claim lines and separate date-of-service and date-received columns, a letter to the member "
    "copied to the clinic, or a short letter with a reason-code legend; 180-day appeal, external review within 4 "
    "months (45 CFR 147.136), free copies, codes on request, the Insurance Commissioner by name, EBSA with caveat, "
    "Member Services, taglines")
