"""Forty-sixth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND46_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind46_ga_commercial_stool_dna_test_claim")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind46_nca_commercial_spinal_cord_stimulator_trial``: a Kaiser Permanente Northern California commercial HMO
   letter (plan_type ``commercial_hmo``, state CA, DMHC; initial_denial, standard or expedited, ``medical_necessity``)
   denying a spinal cord stimulator trial: percutaneous trial leads (CPT 63650), sometimes with the trial's
   neurostimulator analysis and programming (95972) and/or the external trial generator (HCPCS L8680 as this letter
   bills it). Diagnoses M96.1 (failed back surgery syndrome), M54.16 and/or G89.4. Why: no pre-trial psychological
   evaluation by a pain psychologist is on file, or the member's daily opioid dose is high and no plan to lower it
   is documented. Criteria: a named Kaiser Permanente Northern California neuromodulation guideline. Layouts:
   ``nca_code_decision_table`` (the decision is a table: one row per code, description, "Decision" column),
   ``nca_doctor_checklist`` (a "What we need from your doctor" list of boxes, the missing item marked) and
   ``nca_two_pages_reviewer_p2`` (a two-page letter whose reviewer block, with name, specialty and direct line, is
   printed only on page 2). California commercial rights from the catalogue: a grievance/appeal within 180 days,
   expedited review decided within 72 hours, Independent Medical Review with the DMHC within 6 months, free copies of
   the documents and criteria, the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891,
   www.dmhc.ca.gov, the plan's 1-800-464-4000), the Health Consumer Alliance 1-888-804-3536, taglines in fifteen
   languages. Distractors: the spine surgeon who did the earlier fusion and its year and code (a past service), the
   pain psychologist (a PhD or PsyD) named with her or his phone, the physical therapy dates, the
   morphine milligram equivalent dose, the planned trial date (never a service date), the pain clinic fax and NPI,
   a pain psychology evaluation code (90791) named as what is needed, the reference number.

   Which date is which: the letter date is the date line under the letterhead; received and decision dates are in the
   opening paragraph (or the "Request received"/"Decision made" lines of the table layout). The planned trial date,
   the fusion year and the therapy dates are not truth; ``service`` is always null. Which name is the member: the
   addressee. The requesting provider is the pain medicine physician who asked. Which reason is the reason: the
   paragraph under the reason heading. The truth counts every trial line billed (one to three).

2. ``blind46_va_ma_left_atrial_appendage_closure``: a Kaiser Permanente Mid-Atlantic States Medicare Advantage
   organization determination (plan_type ``medicare_advantage``, state VA, initial_denial, standard or expedited,
   ``medical_necessity``) denying percutaneous left atrial appendage closure with an implant (CPT 33340) for
   atrial fibrillation (I48.0, I48.11, I48.19 or I48.20). Why: the record shows no shared decision-making visit with
   an independent physician who does not do the procedure, using a decision tool about blood thinners; or the stroke
   risk scores do not reach what Medicare requires (CHADS2 2 or more, or CHA2DS2-VASc 3 or more). Criteria: the
   Medicare national coverage determination for the procedure and 42 CFR 422.101(b) (named as the catalogue lets us:
   no NCD number is printed); a planted ``medicare.internal_criteria`` swaps in a Kaiser Permanente guideline.
   Layouts: ``va_numbered_sections`` (a notice in numbered sections), ``va_risk_score_table`` (a table of the scores
   on file: CHADS2, CHA2DS2-VASc, HAS-BLED with their dates) and ``va_fax_to_cardiologist`` (a fax to the
   cardiologist with "Date:"/"Time:" pairs and a cc to the member; the patient named on the "Patient:" line). MA
   rights from the catalogue: a reconsideration within 60 days, a fast reconsideration decided within 72 hours, a
   standard one within 30 days, automatic forwarding to the Independent Review Entity, Member Services
   1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380, 1-800-MEDICARE (TTY 1-877-486-2048), taglines.
   Distractors: the score values and the date they were recorded (the rule's thresholds 2 and 3 sit in the reason),
   the HAS-BLED value, the anticoagulant and its start, the transesophageal echo (93312) and its date, the planned procedure date, the
   hospital, the primary care physician, the fax numbers and time.

   Which date is which: the letter date is the date line (the fax's "Date:" field); received and decision dates are
   in the opening text. Echo, score and planned procedure dates are not truth; ``service`` is always null. Which
   name is the member: the addressee, or the "Patient:" line on the fax. The requesting provider is the
   electrophysiologist. Which reason is the reason: the text under the reason heading. The truth counts one line.

3. ``blind46_ga_commercial_stool_dna_test_claim``: a Kaiser Permanente Georgia commercial HMO payment denial
   (plan_type ``commercial_hmo``, state GA, letter_kind ``payment_denial``) of a laboratory's claim for a multitarget
   stool DNA screening test (CPT 81528; Z12.11, sometimes Z12.12). Category per letter: ``not_covered`` (the plan covers
   one such test every 3 years and one is on file within that time; the Evidence of Coverage section is cited) or
   ``out_of_network`` (the lab is not a plan provider and no referral was approved). Layouts: ``ga_eob_statement``
   (an explanation-of-benefits statement with the claim line and a "Prior test on file" line: that line's date and
   code are never a service), ``ga_member_cc_lab`` (a letter to the member copied to the lab) and
   ``ga_remark_legend`` (a short letter with remark codes and their legend). Georgia commercial rights from the
   catalogue: an appeal within 180 days, external review by an independent review organization within 4 months of
   the final internal decision (45 CFR 147.136), free copies and codes on request, the Georgia Office of
   Commissioner of Insurance by name only, EBSA 1-866-444-3272 with "check your plan documents", the Kaiser
   Permanente Health Line 404-365-0966 / 1-800-611-1811, taglines. Distractors: the prior test date and code (81528
   or a FIT 82274), the ordering physician, the lab's NPI and phone, the claim and group numbers, billed/allowed
   amounts, the in-network lab named as an option.

   Which date is which: the letter date is the statement or letter date; ``request_received`` is the day the claim
   was received and ``service`` the collection date (date of service); the decision date is the processed date when
   printed. The prior test date is never truth. Which name is the member: the addressee (or the "Member:" line).
   The requesting provider is the laboratory that billed. Which reason is the reason: the sentences under the reason
   heading (or the remark explanation). The truth counts the one claim line.

Dates use this set's own styles (``b46date``); ``parse_blind46_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category, and
``mh_parity.non_association_criteria`` for the stimulator letter (it is not a mental-health level-of-care decision).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, code_label, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND46_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_MON3U = [m.upper() for m in _MON3]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b46date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b46wkdaylong":  # Saturday, 14 March 2026 (weekday, day before the month)
        return f"{_WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "b46mdotyyyy":  # 3.14.2026
        return f"{d.month}.{d.day}.{d.year}"
    if style == "b46dmoncapsp":  # 14 MAR 2026 (a claims system, day padded: 05 MAR 2026)
        return f"{d.day:02d} {_MON3U[d.month - 1]} {d.year}"
    if style == "b46isodash":  # 2026-03-14 (statement cells)
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "b46monapos":  # Mar 14 '26
        return f"{_MON3[d.month - 1]} {d.day} '{d.year % 100:02d}"
    if style == "b46slashpad":  # 03/14/2026 (table cells)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


STYLES = ("b46wkdaylong", "b46mdotyyyy", "b46dmoncapsp", "b46isodash", "b46monapos", "b46slashpad")


def parse_blind46_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b46date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+), (\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[1] in _WEEKDAYS and m[3] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[2]))
            return d if _WEEKDAYS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", t)
        if m and m[2] in _MON3U:
            return dt.date(int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{1,2}) '(\d{2})", t)
        if m and m[1] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b46_fmt"] = w.pick(list(body))
    w.c.extra["b46_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b46_fmt") -> str:
    if not day:
        return ""
    return b46date(day, w.c.extra[key] if key.startswith("b46_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b46_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(220, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _svc(w: W, s: dict) -> str:
    """A service with its code, worded three ways."""
    code = s["codes"][0]
    cm = M(code_label(code), code)
    return w.pick([f"{M('SERVICE', s['text'])} ({cm})", f"{cm} - {M('SERVICE', s['text'])}",
                   f"{M('SERVICE', s['text'])}, {code_label(code)} code {cm}"])


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "ENGLISH: Need this letter in another language? Help is free. Call {ph}.",
    "es": "ESPAÑOL: ¿Necesita esta carta en otro idioma? La ayuda es gratuita. Llame al {ph}.",
    "zh": "中文：需要其他語言版本的這封信嗎？我們免費提供協助。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị cần thư này bằng ngôn ngữ khác? Dịch vụ trợ giúp miễn phí. Hãy gọi {ph}.",
    "tl": "TAGALOG: Kailangan mo ba ang sulat na ito sa ibang wika? Libre ang tulong. Tumawag sa {ph}.",
    "ko": "한국어: 이 편지를 다른 언어로 받아 보시겠습니까? 도움은 무료입니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Այս նամակն այլ լեզվով եք ուզում։ Օգնությունն անվճար է։ Զանգահարեք {ph}։",
    "fa": "فارسی: این نامه را به زبان دیگری لازم دارید؟ کمک رایگان است. با {ph} تماس بگیرید.",
    "ru": "РУССКИЙ: Нужно это письмо на другом языке? Помощь бесплатна. Звоните {ph}.",
    "ja": "日本語：この手紙を他の言語でご希望ですか。支援は無料です。{ph} にお電話ください。",
    "ar": "العربية: هل تحتاج هذه الرسالة بلغة أخرى؟ المساعدة مجانية. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਕੀ ਤੁਹਾਨੂੰ ਇਹ ਚਿੱਠੀ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ? ਮਦਦ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ តើអ្នកត្រូវការលិខិតនេះជាភាសាផ្សេងទេ? ជំនួយគឺឥតគិតថ្លៃ។ ទូរស័ព្ទទៅ {ph}។",
    "hmn": "HMOOB: Koj puas xav tau tsab ntawv no ua lwm hom lus? Kev pab yog pub dawb. Hu rau {ph}.",
    "hi": "हिंदी: क्या आपको यह पत्र किसी दूसरी भाषा में चाहिए? सहायता मुफ़्त है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: ต้องการจดหมายนี้เป็นภาษาอื่นหรือไม่ ความช่วยเหลือไม่มีค่าใช้จ่าย โทร {ph}",
    "fr": "FRANÇAIS : Vous souhaitez cette lettre dans une autre langue ? L'aide est gratuite. Appelez le {ph}.",
    "am": "አማርኛ፦ ይህን ደብዳቤ በሌላ ቋንቋ ይፈልጋሉ? እርዳታው ነፃ ነው። ወደ {ph} ይደውሉ።",
    "de": "DEUTSCH: Brauchen Sie diesen Brief in einer anderen Sprache? Die Hilfe ist kostenlos. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "VA": ["es", "ko", "zh", "vi", "am", "ar", "fr", "fa", "ru", "tl", "de", "hi"],
    "GA": ["es", "vi", "ko", "zh", "fr", "am", "hi", "ar", "ru", "de", "tl", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    if key != "CA":  # a California letter carries all fifteen
        first, rest = langs[:1], langs[1:]
        w.rng.shuffle(rest)
        langs = first + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


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


# === 1. Northern California commercial HMO: spinal cord stimulator trial ============================================

_CA_MS = "1-800-464-4000"
_NCA_AREAS = ["510", "415", "916", "925", "408", "707", "209"]
_NCA_LEADS = (["percutaneous implantation of spinal cord stimulator trial electrodes",
               "spinal cord stimulator trial, percutaneous epidural lead placement",
               "trial of spinal cord stimulation (percutaneous leads)"], "63650")
_NCA_PROG = (["neurostimulator analysis and programming for the trial",
              "electronic analysis and programming of the trial stimulator"], "95972")
_NCA_GEN = (["external trial neurostimulator generator", "external pulse generator for the stimulator trial"],
            "L8680")
_NCA_DX = [("Postlaminectomy syndrome, not elsewhere classified", "M96.1"),
           ("Failed back surgery syndrome", "M96.1")]
_NCA_DX2 = [("Radiculopathy, lumbar region", "M54.16"), ("Chronic pain syndrome", "G89.4")]
_NCA_CLINICS = ["Kaiser Permanente Walnut Creek Interventional Pain Clinic",
                "Kaiser Permanente Roseville Pain Medicine Department",
                "Kaiser Permanente San Jose Comprehensive Pain Program",
                "Kaiser Permanente Oakland Spine and Pain Center"]
_NCA_CRIT = ["Kaiser Permanente Northern California Neuromodulation Guideline: Spinal Cord Stimulator Trial and "
             "Implant",
             "KPNC Regional Clinical Criteria for Spinal Cord Stimulation in Chronic Spinal Pain"]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b46_nca"):
        return
    c.extra["b46_nca"] = True
    _fmt(w, ("b46mdotyyyy", "b46wkdaylong", "b46monapos"), ("b46wkdaylong", "b46dmoncapsp", "b46mdotyyyy"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    variant = c.extra["nca_variant"] = w.rng.randrange(3)
    lines = [_NCA_LEADS]
    extra = w.pick(["none", "prog", "gen", "both"])
    if extra in ("gen", "both"):
        lines.append(_NCA_GEN)
    if extra in ("prog", "both"):
        lines.append(_NCA_PROG)
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in lines]
    dx = [w.pick(_NCA_DX)]
    if w.chance(0.7):
        dx.append(w.pick(_NCA_DX2))
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    c.service = None
    c.extra["nca_why"] = w.pick(["psych", "opioid"])
    base = c.received or c.letter
    c.extra["nca_fusion"] = (base.year - w.rng.randint(2, 7), w.pick(["L4-L5", "L5-S1", "L4-S1"]),
                             w.pick(["22612", "22630", "22633"]))
    surgeon = person(w.rng, 0.1)[0]
    c.extra["nca_surgeon"] = f"Dr. {surgeon}"
    c.extra["nca_pt"] = (base - dt.timedelta(days=w.rng.randint(120, 200)), w.rng.randint(8, 16))
    c.extra["nca_mme"] = w.rng.randint(95, 180)
    c.extra["nca_planned"] = c.letter + dt.timedelta(days=w.rng.randint(14, 40))
    c.extra["nca_psych"] = (person(w.rng, 0.2)[0] + w.pick([", PhD", ", PsyD"]), _phone(w, _NCA_AREAS))
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "M.D.", "DO"])
    c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
    c.extra["nca_prov_last"] = last
    c.extra["nca_clinic"] = w.pick(_NCA_CLINICS)
    c.extra["nca_fax"] = _phone(w, _NCA_AREAS)
    c.extra["nca_npi"] = _npi(w)
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_NCA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Coordinator"], ["RN", "LVN"])
        c.reviewer["phone"] = _phone(w, _NCA_AREAS) if w.chance(0.5) else None
    elif variant == 2 or w.chance(0.85):
        _physician(w, ["Anesthesiology", "Physical Medicine and Rehabilitation", "Pain Medicine"],
                   ["Physician Reviewer", "Physician Advisor, Utilization Management"], _NCA_AREAS, 0.85,
                   1.0 if variant == 2 else 0.6)
    else:
        c.reviewer = None
    c.extra["nca_ref"] = f"{w.rng.randint(10, 99)}-{w.rng.randint(100000, 999999)}-UM"
    c.extra["nca_phone"] = _phone(w, _NCA_AREAS)
    _flags(c)


def reason_b46_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The spinal cord stimulator trial is not medically necessary.",
                       "This request does not meet medical necessity for a spinal cord stimulator trial."])
    psych, _ = c.extra["nca_psych"]
    mme = c.extra["nca_mme"]
    if c.extra["nca_why"] == "psych":
        return w.pick([
            f"Before a spinal cord stimulator trial, a psychological evaluation is needed to look for depression, "
            f"anxiety or other issues that can keep the device from helping. Your records do not include this "
            f"evaluation from a pain psychologist such as {psych} or another behavioral health clinician, so the "
            f"trial is not medically necessary at this time.",
            "A stimulator trial is approved only after a pre-trial psychological evaluation shows you are a good "
            "candidate. We did not find a completed evaluation in the records your doctor sent. Without it, the "
            "trial does not meet our criteria.",
        ])
    return w.pick([
        f"Your records show you take opioid pain medicine equal to about {mme} milligrams of morphine a day. Our "
        f"criteria ask that high-dose opioid use be reviewed and a plan to lower the dose be in place before a "
        f"stimulator trial, because it affects whether the trial can be judged. The request does not address your "
        f"opioid use, so the trial is not medically necessary now.",
        f"The notes list a daily opioid dose of about {mme} morphine milligram equivalents and no plan to taper it. "
        f"A stimulator trial is not approved until opioid use at this level has been addressed with a documented "
        f"plan, so this request does not meet our criteria.",
    ])


def _nca_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with our decision", "How to file an appeal (grievance)"]))
    b.append(w.p(w.pick([
        f"You or someone you name, including your doctor, may file an appeal with us within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call Member Services at {_CA_MS} (TTY 711), "
        f"file online at kp.org, write to us, or visit the Member Services office at a Kaiser Permanente facility. We "
        f"will send you a decision within 30 days.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} after the date on this letter: by phone "
        f"at {_CA_MS} (TTY 711), on kp.org, by mail or in person at Member Services. Include anything you want us to "
        f"review. We answer appeals within 30 days.",
    ])))
    b.append(w.p(w.pick([
        "Fast (expedited) appeal: if your health could be seriously harmed by waiting, including severe pain, you or "
        "your doctor can ask for a fast review. We will decide within 72 hours.",
        "If you have severe pain or your health is in serious danger, ask for an expedited appeal; we will decide it "
        "within 72 hours, and you may contact the Department of Managed Health Care right away.",
    ])))
    b.append(w.p(w.pick([
        "Independent Medical Review (IMR): because this is a medical necessity decision, you may ask the Department "
        "of Managed Health Care for an IMR. You generally must apply within 6 months of our written decision. There "
        "is no cost to you.",
        "You may also qualify for an Independent Medical Review of this medical necessity decision by the Department "
        "of Managed Health Care, at no cost. Apply within 6 months after you receive our written decision.",
    ])))
    b.append(w.p(w.pick([
        "You can ask for free copies of the guideline we used and of the records and documents about this decision.",
        "At no charge, we will send you the criteria and every document we relied on for this decision.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help is available from the Health Consumer Alliance, the Department of Managed Health Care's "
            "Consumer Assistance Program: 1-888-804-3536.",
            "The Health Consumer Alliance (Consumer Assistance Program) can help you with your appeal at no cost. "
            "Call 1-888-804-3536.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your plan at "
            f"{_CA_MS} (TTY 711) and use the plan's grievance process before contacting the Department. Using this "
            "grievance procedure does not prohibit any legal rights or remedies that may be available to you. If you "
            "need help with a grievance involving an emergency, a grievance that your plan has not satisfactorily "
            "resolved, or a grievance that has remained unresolved for more than 30 days, you may call the "
            "Department for assistance. You may also be eligible for an Independent Medical Review (IMR). If you are "
            "eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a "
            "health plan related to the medical necessity of a proposed service or treatment, coverage decisions for "
            "treatments that are experimental or investigational in nature, and payment disputes for emergency or "
            "urgent medical services. The Department also has a toll-free telephone number (1-888-466-2219) and a "
            "TDD line (1-877-688-9891) for the hearing and speech impaired. The Department's Internet website "
            "www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
            bold=True, size=12.0, space_before=8))


def t_b46_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = c.extra["nca_variant"]  # 0 decision table by code, 1 doctor checklist, 2 two pages, reviewer on p. 2
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    ref, ph = c.extra["nca_ref"], c.extra["nca_phone"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    clinic, cfax, cnpi = c.extra["nca_clinic"], c.extra["nca_fax"], c.extra["nca_npi"]
    psych, psych_ph = c.extra["nca_psych"]
    fy, flev, fcode = c.extra["nca_fusion"]
    surgeon = c.extra["nca_surgeon"]
    pt_day, pt_n = c.extra["nca_pt"]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    planned = _fd(w, c.extra["nca_planned"])
    st.footer = [w.pick([f"Reference {ref}  |  Page {{page}} of {{pages}}", "KP Northern California UM - {page}",
                         f"{ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California Region", "Utilization Management"],
                   right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Northern California")),
                          f"Tel {ph}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b46_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(w.pick([f"Medical record number: {w.mid()}    Reference: {ref}",
                         f"MRN {w.mid()}  /  Case {ref}"]), space_before=8, size=st.size - 0.5))
    b.append(w.h(w.pick(["Denial of a spinal cord stimulator trial", "We did not approve your stimulator trial",
                         "Notice of Denial - Spinal Cord Stimulation Trial"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Hello {c.member_salute},"]), space_before=8))
    svcs = join_and([_svc(w, s) for s in c.services])
    if variant == 0:
        intro = w.pick([f"{prov} of {clinic} asked us to approve a spinal cord stimulator trial. The decision on "
                        f"each billed item is in the table below.",
                        f"We reviewed a request from {prov} ({clinic}) for a trial of spinal cord stimulation. Our "
                        f"decision for each code is shown below."])
    else:
        intro = w.pick([f"{prov} of {clinic} asked us to approve {svcs}.",
                        f"We reviewed the request from {prov} ({clinic}) for {svcs}."])
    if rec and variant != 0:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if urgent:
        intro += " Because of your pain, we reviewed it on an expedited (urgent) basis."
    if dec and variant != 0:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    if variant != 0:
        intro += w.pick([" We are not able to approve it.", " The request is denied."])
    intro += f" The trial had been planned for {planned}."
    b.append(w.p(intro))
    if variant == 0:
        rows = [["Code", "What was requested", "Decision"]]
        for s in c.services:
            rows.append([M(code_label(s["codes"][0]), s["codes"][0]), M("SERVICE", s["text"]), "Not approved"])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.2))
        pairs = []
        if rec:
            pairs += ["Request received:", rec]
        if dec:
            pairs += ["Decision made:", dec]
        if pairs:
            b.append(Block("fields", rows=[pairs], space_before=4, size=st.size - 0.5))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses listed: "]) + dxs + "."))
    head(w.pick(["Why we made this decision", "Reason for denial", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"We reviewed your history: a lumbar fusion at {flev} (CPT {fcode}) by {surgeon} in {fy}, and {pt_n} "
        f"physical therapy visits that began {_fd(w, pt_day)}.",
        f"The records include your {fy} {flev} fusion ({fcode}) performed by {surgeon} and {pt_n} physical "
        f"therapy sessions starting {_fd(w, pt_day)}.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["We used the ", "Criteria applied: "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    if variant == 1:
        head("What we need from your doctor")
        why = c.extra["nca_why"]
        items = [
            (why == "psych", f"A pre-trial psychological evaluation (such as CPT 90791) by {psych}, {psych_ph}"),
            (why == "opioid", f"A review of your opioid dose (about {c.extra['nca_mme']} MME a day) and a written "
                              f"plan to lower it"),
            (False, "Notes showing at least 6 months of conservative care"),
            (False, "Imaging of the spine after your surgery"),
        ]
        for missing, t in items:
            b.append(w.p(("[X] " if missing else "[  ] ") + t + (" - MISSING" if missing else " - on file"),
                         indent=14, space_before=1))
        b.append(w.p(f"When Dr. {c.extra['nca_prov_last']} sends the item marked MISSING (fax {cfax}), we will "
                     f"review a new request."))
    else:
        b.append(w.p(w.pick([
            f"Your doctor may send a new request once this is done. The pain psychologist, {psych}, can be reached "
            f"at {psych_ph} for an evaluation visit (CPT 90791).",
            f"If you would like help, {psych} ({psych_ph}), a pain psychologist, offers evaluation visits (such as "
            f"CPT 90791).",
        ])))

    def reviewer_block() -> None:
        if not c.reviewer:
            return
        r = c.reviewer
        if variant == 2:
            head("Who reviewed this request")
            b.append(w.p("Reviewer: " + M("REVIEWER_NAME", r["name"]) + (
                f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""), boxed=True, indent=10,
                space_before=3))
            if r["specialty"]:
                b.append(w.p(f"Specialty: {M('REVIEWER_SPECIALTY', r['specialty'])}", boxed=True, indent=10,
                             space_before=1))
            b.append(w.p(f"Title: {c.reviewer_title}", boxed=True, indent=10, space_before=1))
            if r["phone"]:
                b.append(w.p(f"Direct line for {c.provider}: {M('REVIEWER_PHONE', r['phone'])}", boxed=True,
                             indent=10, space_before=1))
        else:
            line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
            if r["phone"]:
                line += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}."
            b.append(w.p(line))

    if variant == 2:
        b.append(w.p("Information about the reviewer and your appeal rights continues on page 2.", italic=True))
        b.append(Block("pagebreak"))
        reviewer_block()
    else:
        reviewer_block()
    _nca_rights(w, b, head)
    _close(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management Department",
           "Kaiser Permanente Northern California")
    b.append(w.p(f"cc: {prov}, {clinic} (fax {cfax}, NPI {cnpi})", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are available at no cost: {_CA_MS} (TTY 711).",
                             f"Free language help and interpreters: call {_CA_MS}, TTY 711."]), space_before=6))
    b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick([None, "Language assistance", "Help in your language"]))
    return b, st, ["nca_code_decision_table", "nca_doctor_checklist", "nca_two_pages_reviewer_p2"][variant]


BLIND46_TEMPLATES["blind46_nca_commercial_spinal_cord_stimulator_trial"] = (t_b46_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b46_nca))
MODELED_ON["blind46_nca_commercial_spinal_cord_stimulator_trial"] = (
    "blind46: Kaiser Permanente Northern California commercial HMO denial of a spinal cord stimulator trial (63650, "
    "with L8680 and/or 95972) for failed back surgery syndrome (M96.1, M54.16, G89.4) because no pre-trial "
    "psychological evaluation is on file or high-dose opioid use is not addressed; a letter whose decision is a "
    "table by code, a letter with a 'What we need from your doctor' checklist, or a two-page letter with the reviewer "
    "on page 2; 180-day appeal, 72-hour expedited appeal, IMR within 6 months, free copies, Health Consumer "
    "Alliance, DMHC statement, fifteen taglines")


# === 2. Mid-Atlantic States Medicare Advantage: left atrial appendage closure =======================================

_VA_MS = "1-800-777-7902"
_VA_MS_LOCAL = "(301) 468-6000"
_VA_TTY = "(301) 879-6380"
_VA_AREAS = ["703", "571", "540"]
_VA_LAAC = (["percutaneous left atrial appendage closure with implant",
             "transcatheter left atrial appendage occlusion (LAAO) device implantation",
             "left atrial appendage closure, percutaneous, with endocardial implant"], "33340")
_VA_DX = [("Paroxysmal atrial fibrillation", "I48.0"), ("Longstanding persistent atrial fibrillation", "I48.11"),
          ("Other persistent atrial fibrillation", "I48.19"), ("Chronic atrial fibrillation, unspecified", "I48.20")]
_VA_HOSP = ["Potomac Valley Heart and Vascular Center", "Fairfax Ridge Medical Center",
            "Shenandoah Regional Hospital", "Tysons Corner Cardiac Institute"]
_VA_NCD = "Medicare national coverage determination (NCD) for percutaneous left atrial appendage closure"
_VA_REG = "42 CFR 422.101(b)"
_VA_INTERNAL = ["Kaiser Permanente Mid-Atlantic States Cardiology Review Guideline: Left Atrial Appendage Occlusion",
                "KPMAS Structural Heart Program Criteria (internal)"]
_VA_DOAC = ["apixaban", "rivaroxaban", "warfarin", "dabigatran"]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b46_va"):
        return
    c.extra["b46_va"] = True
    _fmt(w, ("b46dmoncapsp", "b46slashpad", "b46wkdaylong"), ("b46wkdaylong", "b46isodash", "b46monapos"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.extra["va_variant"] = w.rng.randrange(3)
    c.services = [dict(text=w.pick(_VA_LAAC[0]), codes=["33340"], decision="denied")]
    t, code = w.pick(_VA_DX)
    c.diagnoses = [dict(text=t, codes=[code])]
    c.service = None
    why = c.extra["va_why"] = w.pick(["sdm", "score"])
    if why == "score":
        chads2, vasc = 1, 2
    else:
        chads2, vasc = w.rng.randint(2, 4), w.rng.randint(3, 6)
    c.extra["va_scores"] = (chads2, vasc, w.rng.randint(2, 4))
    base = c.received or c.letter
    c.extra["va_score_day"] = base - dt.timedelta(days=w.rng.randint(5, 30))
    c.extra["va_tee"] = base - dt.timedelta(days=w.rng.randint(10, 45))
    c.extra["va_doac"] = (w.pick(_VA_DOAC), base.year - w.rng.randint(1, 6))
    c.extra["va_planned"] = c.letter + dt.timedelta(days=w.rng.randint(10, 35))
    c.extra["va_hosp"] = w.pick(_VA_HOSP)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["va_prov_last"] = last
    c.extra["va_pcp"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["va_fax_to"] = _phone(w, _VA_AREAS)
    c.extra["va_fax_from"] = _phone(w, ["301", "703"])
    c.extra["va_clock"] = (w.rng.randint(8, 16), w.rng.randint(0, 59))
    if _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_VA_INTERNAL)]
    else:
        c.criteria = [_VA_NCD] + ([_VA_REG] if w.chance(0.5) else [])
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Medicare Review Coordinator"], ["RN", "RN, CCM"])
    elif w.chance(0.85):
        _physician(w, ["Cardiology", "Cardiovascular Disease", "Internal Medicine"],
                   ["Physician Reviewer", "Medical Director, Medicare Utilization Management"], _VA_AREAS, 0.6, 0.6)
    else:
        c.reviewer = None
    c.extra["va_ref"] = f"OD-{w.rng.randint(10**7, 10**8 - 1)}"
    _flags(c)


def reason_b46_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Left atrial appendage closure is not medically necessary for you.",
                       "The request does not meet Medicare coverage requirements."])
    chads2, vasc, _hb = c.extra["va_scores"]
    if c.extra["va_why"] == "score":
        return w.pick([
            f"Medicare covers this procedure for people whose stroke risk is high: a CHADS2 score of 2 or more, or a "
            f"CHA2DS2-VASc score of 3 or more. Your records show a CHADS2 score of {chads2} and a CHA2DS2-VASc score "
            f"of {vasc}, which are below these levels, so the procedure is not medically necessary under Medicare's "
            f"rules.",
            f"Your stroke-risk scores do not meet Medicare's requirement for left atrial appendage closure. The "
            f"scores on file are CHADS2 {chads2} and CHA2DS2-VASc {vasc}; Medicare requires at least 2 or at least "
            f"3.",
        ])
    return w.pick([
        "Medicare covers this procedure only when you and an independent doctor who does not perform it have had a "
        "shared decision-making visit, using an evidence-based decision tool about long-term blood thinners, and "
        "that visit is written in your medical record. We found no record of such a visit, so the request does not "
        "meet Medicare's coverage requirements.",
        "Your records do not show a shared decision-making conversation with a physician who is not part of the "
        "procedure team, using a decision aid about oral anticoagulation. Medicare requires this before it covers "
        "left atrial appendage closure.",
    ])


def _va_rights(w: W, b: list[Block], head, num: str = "") -> None:
    c = w.c
    head(num + w.pick(["Your right to appeal", "If you disagree: ask for a reconsideration",
                       "How to ask us to reconsider"]))
    b.append(w.p(w.pick([
        f"You, your doctor or your representative may ask us to reconsider (appeal) this decision. Your request "
        f"must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Call Member "
        f"Services at {_VA_MS} or {_VA_MS_LOCAL} (TTY {_VA_TTY}), or write to us and explain why you disagree.",
        f"To appeal, send a written request or call {_VA_MS} (local {_VA_MS_LOCAL}; TTY {_VA_TTY}) within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. We can accept a late appeal for good "
        f"cause.",
    ])))
    b.append(w.p("Standard reconsideration: we will give you our answer within 30 days after we get your appeal."))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast reconsideration: if you or your doctor believe waiting 30 days could seriously harm your health, "
            "ask for a fast appeal. If your doctor supports it, we will decide within 72 hours.",
            "You may ask for an expedited (fast) reconsideration when your life or health could be seriously "
            "jeopardized by waiting. We answer fast appeals within 72 hours; if a doctor asks for one for you, we "
            "will give it.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we still say no, we will automatically send your case to the Independent Review Entity, an "
            "organization that Medicare contracts with and that is not part of Kaiser Permanente. You do not have to "
            "ask. If you disagree with its decision, you may have more levels of appeal, including a hearing before "
            "an Administrative Law Judge.",
            "Independent review: any part of your appeal we do not approve is sent automatically to Medicare's "
            "Independent Review Entity. Further levels of appeal are explained in your Evidence of Coverage.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of the information we used to make this decision.",
        "Copies of your case file and the coverage rule we applied are free on request.",
    ])))
    b.append(w.p("For help with Medicare questions: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, "
                 "www.medicare.gov."))


def t_b46_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]  # 0 numbered sections, 1 risk-score table, 2 fax to the cardiologist, cc member
    st = _style(w, ["helvetica", "times", "courier"] if variant == 2 else ["helvetica", "times"], [9.5, 10.0],
                [54.0, 60.0, 68.0])
    ref = c.extra["va_ref"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    chads2, vasc, hb = c.extra["va_scores"]
    doac, doac_y = c.extra["va_doac"]
    hosp, pcp = c.extra["va_hosp"], c.extra["va_pcp"]
    svc = _svc(w, c.services[0])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    planned = _fd(w, c.extra["va_planned"])
    tee = _fd(w, c.extra["va_tee"])
    st.footer = [w.pick([f"{ref}  Page {{page}} of {{pages}}", "Kaiser Permanente Medicare Health Plan - {page}",
                         f"Notice {ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []
    num = [0]

    def head(t: str) -> None:
        if variant == 0:
            num[0] += 1
            t = f"{num[0]}. {t}"
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    hh, mm = c.extra["va_clock"]
    clock = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    if variant == 2:
        b.append(w.h("FACSIMILE", align="center", size=st.size + 4, space_before=2))
        b.append(w.p("Kaiser Permanente Mid-Atlantic States - Medicare Utilization Management", align="center",
                     space_before=1))
        b.append(Block("fields", rows=[
            ["Date:", _dm(w, "DATE_LETTER", c.letter, "b46_head"), "Time:", clock],
            ["To:", prov, "Fax:", c.extra["va_fax_to"]],
            ["From:", "Medicare UM Review", "Fax:", c.extra["va_fax_from"]],
            ["Patient:", w.name(), "Member ID:", w.mid()],
            ["Reference:", ref],
        ], space_before=8, size=st.size - 0.3))
        b.append(w.p("CONFIDENTIAL: this fax contains protected health information for the addressee only. If you "
                     f"received it in error, call {_VA_MS} and destroy it.", size=7.4, italic=True, space_before=4))
        b.append(w.h(w.pick(["Notice of Denial of Medical Coverage", "Medicare coverage decision: request denied"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dr. {c.extra['va_prov_last']}:", space_before=8))
        intro = w.pick([f"We reviewed your request for {svc} for the patient above, planned at {hosp} on {planned}.",
                        f"This is our decision on your request for {svc}, scheduled at {hosp} for {planned}."])
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Medicare Health Plan", "Mid-Atlantic States"],
                       right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                              "2101 East Jefferson Street, Rockville, MD", f"Member Services {_VA_MS}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b46_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Notice number: {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Notice of Denial of Medical Coverage"]),
                     align="center", space_before=10, size=st.size + 2))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        intro = w.pick([f"{prov}, your cardiologist, asked us to cover {svc} at {hosp}.",
                        f"We received a request from {prov} for {svc}, to be done at {hosp}."])
        intro += f" The procedure was planned for {planned}."
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request came to us on {rec}."])
    if urgent:
        intro += " We made this a fast (expedited) decision."
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" Date of decision: {dec}."])
    intro += w.pick([" We have denied this request.", " Medicare coverage for it is denied."])
    if variant == 0:
        head("What you asked for")
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        head("What we decided and why")
    else:
        head(w.pick(["Why we denied this request", "Reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 1:
        b.append(w.h(w.pick(["Risk scores on file", "Scores in your record"]), space_before=8))
        sday = b46date(c.extra["va_score_day"], "b46slashpad")
        b.append(Block("table", rows=[["Score", "Value", "Date recorded", "What it measures"],
                                      ["CHADS2", str(chads2), sday, "stroke risk"],
                                      ["CHA2DS2-VASc", str(vasc), sday, "stroke risk"],
                                      ["HAS-BLED", str(hb), sday, "bleeding risk on blood thinners"]],
                       space_before=3, size=st.size - 1.2))
    else:
        b.append(w.p(w.pick([
            f"We reviewed the notes of {c.provider}, the transesophageal echocardiogram (93312) of {tee}, your "
            f"HAS-BLED score of {hb} and your use of {doac} since {doac_y}.",
            f"Records reviewed: cardiology notes, a transesophageal echo (CPT 93312) dated {tee}, a HAS-BLED bleeding "
            f"score of {hb}, and {doac} started in {doac_y}.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on the ", "Coverage rule applied: "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "The decision was made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Physician-to-physician line: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    if variant == 0:
        head("What you can do now")
    b.append(w.p(w.pick([
        f"Talk with {pcp}, your primary care doctor, about continuing {doac} and about a shared decision-making "
        f"visit. Dr. {c.extra['va_prov_last']} may send a new request.",
        f"You can keep taking {doac} as prescribed. Your care team, including {pcp}, can help you decide next "
        f"steps.",
    ])))
    _va_rights(w, b, head, "")
    _close(w, b, "Sincerely,", "Medicare Utilization Management", "Kaiser Permanente Mid-Atlantic States")
    if variant == 2:
        b.append(w.p(f"cc: {w.name()}, member (mailed)", size=st.size - 1, space_before=6))
    else:
        b.append(w.p(f"cc: {prov}; {pcp}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_VA_MS} (TTY {_VA_TTY}).",
                             f"Free language help and interpreters: {_VA_MS}."]), space_before=6))
    b += _taglines(w, "VA", f"{_VA_MS} (TTY {_VA_TTY})", w.pick([None, "Language help / Multi-language insert"]))
    return b, st, ["va_numbered_sections", "va_risk_score_table", "va_fax_to_cardiologist"][variant]


BLIND46_TEMPLATES["blind46_va_ma_left_atrial_appendage_closure"] = (t_b46_va, dict(
    plans=["medicare_advantage"], states=["VA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b46_va))
MODELED_ON["blind46_va_ma_left_atrial_appendage_closure"] = (
    "blind46: Kaiser Permanente Mid-Atlantic States Medicare Advantage denial of percutaneous left atrial appendage "
    "closure (33340) for atrial fibrillation (I48.x) under Medicare's coverage rules (no shared decision-making visit, "
    "or stroke-risk scores below the rule); a numbered-section notice, a letter with a risk-score table, or a fax to "
    "the cardiologist copied to the member; 60-day reconsideration, 72-hour fast appeal, 30-day standard appeal, "
    "Independent Review Entity, Member Services, 1-800-MEDICARE, taglines")


# === 3. Georgia commercial HMO: a lab's claim for a multitarget stool DNA test ======================================

_GA_HL = "404-365-0966"
_GA_HL_TF = "1-800-611-1811"
_GA_AREAS = ["404", "770", "678"]
_GA_TEST = (["multitarget stool DNA colorectal cancer screening test",
             "stool DNA test (multitarget sDNA) for colorectal cancer screening",
             "colorectal cancer screening, multitarget stool DNA assay"], "81528")
_GA_DX = [("Encounter for screening for malignant neoplasm of colon", "Z12.11")]
_GA_DX2 = ("Encounter for screening for malignant neoplasm of rectum", "Z12.12")
_GA_LABS = ["Meridian Molecular Diagnostics, LLC", "Piedmont Genomic Laboratory", "Southeast Precision Lab Services",
            "BioMarker Reference Labs of Atlanta"]
_GA_PLAN_LAB = ["the Kaiser Permanente regional laboratory", "a Kaiser Permanente Georgia medical office lab"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b46_ga"):
        return
    c.extra["b46_ga"] = True
    _fmt(w, ("b46isodash", "b46slashpad", "b46mdotyyyy"), ("b46monapos", "b46dmoncapsp", "b46wkdaylong"))
    c.region = "Georgia"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.extra["ga_variant"] = w.rng.randrange(3)
    c.services = [dict(text=w.pick(_GA_TEST[0]), codes=["81528"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _GA_DX]
    if w.chance(0.3):
        c.diagnoses.append(dict(text=_GA_DX2[0], codes=[_GA_DX2[1]]))
    svc_day = c.service or c.received or c.letter
    if c.category == "not_covered":
        c.extra["ga_prior"] = (svc_day - dt.timedelta(days=w.rng.randint(400, 1000)), "81528",
                               "multitarget stool DNA test")
    else:
        c.extra["ga_prior"] = w.pick([
            (svc_day - dt.timedelta(days=w.rng.randint(380, 700)), "82274", "fecal immunochemical test (FIT)"),
            (svc_day - dt.timedelta(days=w.rng.randint(1150, 1500)), "81528", "multitarget stool DNA test"),
        ])
    c.provider = w.pick(_GA_LABS)
    c.extra["ga_lab_ph"] = _phone(w, _GA_AREAS)
    c.extra["ga_npi"] = _npi(w)
    c.extra["ga_doc"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["ga_billed"] = round(w.rng.uniform(480, 720), 2)
    c.extra["ga_claim"] = f"{w.rng.randint(20, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_group"] = f"{w.rng.randint(10**4, 10**5 - 1)}-{w.rng.randint(10, 99)}"
    c.extra["ga_remark"] = ("N" if c.category == "out_of_network" else "F") + str(w.rng.randint(11, 79))
    c.extra["ga_plan_lab"] = w.pick(_GA_PLAN_LAB)
    c.extra["ga_eoc"] = w.pick(["\"Preventive Services\" in the \"Benefits\" section of your Evidence of Coverage",
                                "Evidence of Coverage, Section 3, Preventive Care: colorectal cancer screening"])
    c.criteria = []
    c.reviewer = None
    if w.chance(0.25):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Claims Review Specialist", "Senior Claims Adjuster"])
    _flags(c)


def reason_b46_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    lab = c.provider
    pday, pcode, pname = c.extra["ga_prior"]
    if c.category == "not_covered":
        return w.pick([
            f"Your plan covers one multitarget stool DNA screening test every 3 years. Our records show a covered "
            f"{pname} ({pcode}) on {_fd(w, pday)}, less than 3 years before this test, so this test is not covered.",
            f"A stool DNA screening test is covered once every 3 years. You had one on {_fd(w, pday)}; the test "
            f"billed by {lab} falls within the 3 years after it and is not a covered benefit.",
        ])
    return w.pick([
        f"{lab} is not a Kaiser Permanente Georgia plan provider, and we did not approve a referral to it. "
        f"Laboratory tests are covered when they are done by plan providers such as {c.extra['ga_plan_lab']}.",
        f"The test was performed by {lab}, which is outside our network. Your plan pays for non-emergency lab work "
        f"from non-plan providers only with an approved referral, and there is none for this test.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your appeal rights", "If you disagree with this decision", "How to appeal"]))
    b.append(w.p(w.pick([
        f"You or someone you authorize may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive "
        f"this notice. Write to us with the claim number and why you disagree, or call the Kaiser Permanente Health "
        f"Line at {_GA_HL} or {_GA_HL_TF} and ask for member services.",
        f"To appeal, send us a written request within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this "
        f"notice, with the claim number and any records. For help, call {_GA_HL_TF} (Atlanta {_GA_HL}).",
    ])))
    b.append(w.p(w.pick([
        "If we uphold the denial on appeal, you may ask for an external review by an independent review "
        "organization within 4 months after you receive our final decision (45 CFR 147.136). It is free.",
        "After our final internal decision, you can ask an independent review organization to review it, at no cost. "
        "The request must be made within 4 months of receiving that decision (45 CFR 147.136).",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents and records relevant to this claim.",
        "Documents and records relevant to your claim are available to you free of charge.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help, you may contact the Georgia Office of Commissioner of Insurance. If your plan is through an "
            "employer, the Employee Benefits Security Administration can also help: 1-866-444-3272 (check your "
            "plan documents for current contact information).",
            "Consumer help: the Georgia Office of Commissioner of Insurance; for employer coverage, the U.S. "
            "Department of Labor's Employee Benefits Security Administration at 1-866-444-3272 (check your plan "
            "documents for current contact information).",
        ])))


def t_b46_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]  # 0 EOB statement, 1 letter to member cc lab, 2 short letter with remark legend
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0], [52.0, 58.0, 66.0])
    lab, lab_ph, npi = c.provider, c.extra["ga_lab_ph"], c.extra["ga_npi"]
    claim, group, rmk = c.extra["ga_claim"], c.extra["ga_group"], c.extra["ga_remark"]
    billed = _money(c.extra["ga_billed"])
    pday, pcode, pname = c.extra["ga_prior"]
    doc = c.extra["ga_doc"]
    prov = M("PROVIDER", lab)
    s = c.services[0]
    dos = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    ident = not _has(c, "notice.claim_identification")
    provision = c.category == "not_covered" and not _has(c, "notice.plan_provision")
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Georgia | {page}",
                         f"{claim} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", "Claims Administration"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Nine Piedmont Center, Atlanta, GA",
                          f"Health Line {_GA_HL}"]))
    explain = w.pick(["Why this claim was not paid", "Reason for denial", "What this means"])
    if variant == 0:
        b.append(w.h(w.pick(["EXPLANATION OF BENEFITS", "Explanation of Benefits - THIS IS NOT A BILL"]),
                     align="center", space_before=6, size=st.size + 2.5))
        b.append(Block("fields", rows=[
            ["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b46_head"), "Claim number:", claim],
            ["Member:", w.name(), "Member ID:", w.mid()],
            ["Provider:", prov, "Group number:", group],
            ["Claim received:", rec, "Processed:", dec],
        ], space_before=6, size=st.size - 0.3))
        b.extend(w.p(x, space_before=0 if i else 6) for i, x in enumerate(c.member_addr))
        rows = [["Date of service", "Code", "Description", "Billed", "Plan paid", "You owe", "Remark"]]
        zero = "$0.00" if ident else "-"
        rows.append([dos, M("CPT", "81528"), M("SERVICE", s["text"]), billed if ident else "-", zero, zero, rmk])
        b.append(Block("table", rows=rows, space_before=8, size=7.8))
        b.append(w.p(f"Prior test on file: {b46date(pday, 'b46slashpad')}  {pcode}  {pname}  (paid)", size=7.8,
                     space_before=2, italic=True))
        b.append(w.p(f"Remark {rmk}: see the explanation below. Ordering physician: {doc}. Laboratory NPI {npi}.",
                     size=8.0, space_before=3))
        b.append(w.p("Diagnosis on the claim: " + dxs + ".", size=8.0, space_before=1))
        head(explain)
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b46_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}   Claim: {claim}   Group: {group}", space_before=8,
                     size=st.size - 0.5))
        b.append(w.h(w.pick(["We did not pay a laboratory claim", "Claim denial notice",
                             "Notice about a lab test claim"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        amt = f", billed at {billed}," if ident else ""
        intro = w.pick([f"{prov} sent us a claim{amt} for {_svc(w, s)} ordered by {doc}",
                        f"We received a claim from {prov}{amt} for {_svc(w, s)}, ordered by {doc}"])
        if dos:
            intro += f", for a sample collected on {dos}"
        intro += "."
        if rec:
            intro += f" The claim reached us on {rec}."
        if dec:
            intro += f" It was processed on {dec}."
        intro += w.pick([" We are not able to pay it.", " The claim is denied."])
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnosis billed: "]) + dxs + "."))
        if variant == 2:
            head("Remark codes on this claim")
            legend = [[rmk, "The service is not payable under the member's benefits; see the reason below."
                       if c.category == "not_covered" else "Provider is not in the Kaiser Permanente network."],
                      ["M" + str(w.rng.randint(11, 79)), "Prior related service on file: "
                       f"{b46date(pday, 'b46slashpad')} ({pcode})."],
                      ["PR0", "No member responsibility shown on this notice."]]
            b.append(Block("table", rows=[["Code", "Meaning"]] + legend, space_before=3, size=st.size - 1.2))
            head(f"Explanation of remark {rmk}")
        else:
            head(explain)
        b.append(w.p(M("REASON", w.reason)))
        if variant == 1:
            b.append(w.p(f"Our records list an earlier {pname} ({pcode}) on {_fd(w, pday)}."))
    if provision:
        b.append(w.p(w.pick([f"This is explained in {c.extra['ga_eoc']}.",
                             f"Plan provision: {c.extra['ga_eoc']}."])))
    if c.category == "out_of_network":
        b.append(w.p(f"Covered screening tests are available through {c.extra['ga_plan_lab']}; ask {doc} for an "
                     "order."))
    b.append(w.p(w.pick([f"Questions about a bill from {lab}? Call the lab at {lab_ph} or call us.",
                         f"If {lab} bills you, call us first. The lab's number is {lab_ph}."])))
    if ident:
        b.append(w.p(w.pick(["You may ask for the diagnosis and treatment codes on this claim and what they mean, "
                             "free of charge.",
                             "Diagnosis and treatment codes and their meanings are available on request at no "
                             "cost."])))
    if c.reviewer:
        b.append(w.p(_who(w, "Claim reviewed by ", ".")))
    _ga_rights(w, b, head)
    _close(w, b, "Sincerely,", "Claims Administration", "Kaiser Permanente Georgia")
    if variant == 1:
        b.append(w.p(f"cc: {prov}, Billing Department (NPI {npi})", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {_GA_HL_TF} (TTY 711).",
                             f"You can get a free interpreter by calling {_GA_HL_TF}."]), space_before=6))
    b += _taglines(w, "GA", f"{_GA_HL_TF} (TTY 711)", w.pick([None, "Language services"]))
    return b, st, ["ga_eob_statement", "ga_member_cc_lab", "ga_remark_legend"][variant]


BLIND46_TEMPLATES["blind46_ga_commercial_stool_dna_test_claim"] = (t_b46_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["payment_denial"], cats=["not_covered", "out_of_network"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b46_ga))
MODELED_ON["blind46_ga_commercial_stool_dna_test_claim"] = (
    "blind46: Kaiser Permanente Georgia commercial HMO denial of a laboratory's claim for a multitarget stool DNA "
    "screening test (81528; Z12.11) because one was done within the covered 3 years or the lab is out of network; "
    "an explanation-of-benefits statement with a prior-test line, a letter to the member copied to the lab, or a "
    "short letter with a remark-code legend; 180-day appeal, external review in 4 months (45 CFR 147.136), free "
    "copies, codes on request, Georgia Office of Commissioner of Insurance by name, EBSA with caveat, Health Line, "
    "taglines")
