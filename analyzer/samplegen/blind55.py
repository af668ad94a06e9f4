"""Fifty-fifth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND55_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind55_wa_apple_health_aba_therapy_es")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only. Phone numbers of clinics,
transport companies and plan departments are made up, as every set's are; the public ones are the catalogue's.

1. ``blind55_nca_commercial_second_opinion_outside_cancer_center``: a Kaiser Permanente Northern California
   commercial HMO (plan_type ``commercial_hmo``, state CA) denial (``second_opinion_denial``, category
   ``second_opinion``) of a request for a second opinion at an outside NCI-designated cancer center; the letter
   offers a second opinion from a Plan oncologist of the same subspecialty instead (with a named doctor, facility and
   appointment). A consultation code (99245) is printed on about half of the letters and is then the service's code;
   otherwise the service has no code. Layouts: ``nca_request_box`` (a boxed "Your request" summary under the
   greeting), ``nca_questions_answers`` (the letter organised as questions and answers) and ``nca_dmhc_insert`` (the
   letter, then a separate page headed as a DMHC notice). California rights from the catalogue: a grievance within
   180 days, an urgent grievance decided within 3 days (72 hours), the DMHC statement (1-888-466-2219, TDD
   1-877-688-9891, www.dmhc.ca.gov, the plan's 1-800-464-4000, IMR, 30 days), the Health Consumer Alliance
   (1-888-804-3536), the right to ask for the plan's second-opinion timelines (HSC 1383.15 as the catalogue gives
   it, no subdivision), free copies, Member Services 1-800-464-4000 (TTY 711), taglines. Distractors: the treating
   Kaiser oncologist (the requester only when the letter says the doctor asked), the Plan oncologist offered and the
   appointment (date and time), the tumor board date, the pathology and imaging dates, the outside center's address
   and phone, the reviewer's line, the reference number.

   Which date is which: the letter date is the date line; received and decision dates are in the request box / the
   first answer / the opening paragraph. The tumor board, biopsy, scan and appointment dates are other events;
   ``service`` is always null. Which name is the member: the addressee. The requesting provider is the treating
   oncologist when the letter says the doctor asked, else null (the member asked). Which reason is the reason: the
   paragraph under the reason heading / answer. The truth counts the one outside second opinion.

2. ``blind55_ga_ma_ambulance_claim_no_prior_auth``: a Kaiser Permanente Georgia Medicare Advantage (plan_type
   ``medicare_advantage``, state GA) payment denial (``payment_denial``, ``no_prior_authorization``) of
   non-emergency ground ambulance transport to a dialysis center: the BLS base rate (A0428) and mileage (A0425),
   both denied. Layouts: ``ga_remittance_table`` (a remittance-style claim table whose cells carry dates as a claims
   system prints them, YYYYMMDD), ``ga_claim_details_box`` (a boxed "Claim details" summary) and
   ``ga_provider_copy_to_member`` (the letter to the ambulance company's billing office, the member on a "Patient:"
   line, copied to the member). MA payment-denial rights from the catalogue: a reconsideration within 60 days of the
   date of the notice (65 on some letters), a payment appeal answered within 60 days, automatic review by the
   Independent Review Entity, 1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), free copies, taglines (the
   catalogue verifies no Kaiser Georgia Member Services number: the claims unit's own line prints). Distractors:
   the claim number, the ambulance company's NPI, address and phone, the dialysis center and its address, the
   transport date vs. the date the claim was received, a paid emergency transport line (A0429) on another date
   that is outside the decision, the member's enrollment year.

   Which date is which: the letter date is the date line; the claim received date and the decision date are in the
   opening paragraph or the box; the date of service is the transport date (table cells / box / opening). The paid
   emergency trip's date is another event. Which name is the member: the addressee, or the "Patient:" line. The
   requesting provider is the ambulance company that billed. Which reason is the reason: the paragraph under the
   reason heading. The truth counts A0428 and A0425, never the paid A0429 line. ``medicare.transition_period`` is
   planted by printing a coverage start date within 90 days before the transport for a member already on dialysis.

3. ``blind55_wa_apple_health_aba_therapy_es``: a Kaiser Permanente Washington Apple Health (plan_type ``medicaid``,
   state WA) letter in Spanish, a partial denial (``partial_denial``, ``medical_necessity``) of applied behavior
   analysis for a 6-year-old with autism (F84.0): direct ABA (97153) approved at fewer hours a week than asked,
   protocol modification by the BCBA (97155) denied; both lines are services. Layouts: ``wa_carta_al_padre`` (a
   letter to the parent, the child on a "Paciente:" line), ``wa_tabla_horas`` (a table of hours requested vs.
   approved) and ``wa_pagina_taglines_ingles`` (the letter, then an English page of language-help taglines).
   Washington Medicaid rights from the catalogue: an appeal within 60 days of the date of the notice, a fast appeal
   decided within 72 hours, keeping services during the appeal when asked within 10 days, a state fair hearing
   after the appeal, free copies, Member Services 1-888-901-4636 (TTY 711), taglines. Distractors: the BCBA who
   asked (the requester) and the clinic, the pediatrician, the school and its hours, the evaluation and session
   dates, the hours per week, the reference number.

   Which date is which: the letter date is the date line; received and decision dates are in the opening paragraph;
   evaluation and session dates are other events; ``service`` is always null. Which name is the member: the child
   on the "Paciente:" / "Menor:" line, never the parent. Which reason is the reason: the paragraph under the reason
   heading. The truth counts the 97153 line (approved in part) and the 97155 line (denied).

Dates use this set's own styles (``b55date``); ``parse_blind55_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category, and for the ambulance claim
``process.emergency_prior_auth`` (the transport is a scheduled, non-emergency one by design).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND55_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
_MON3 = [m[:3] for m in MONTHS]
_MES3 = [m[:3] for m in MESES]  # ene feb mar abr may jun jul ago sep oct nov dic
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b55date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b55long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b55longwk":  # March 14, 2026 (Saturday) (an appointment line: the weekday after the date)
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} ({_WEEK[d.weekday()]})"
    if style == "b55dmon":  # 14 Mar 2026 (day first, three-letter month, no punctuation)
        return f"{d.day} {_MON3[d.month - 1]} {d.year}"
    if style == "b55ymdcompact":  # 20260314 (a claims system's cell)
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "b55mdy4pad":  # 03/14/2026 (a form's field, month and day padded)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "b55es_mesdia":  # marzo 14, 2026 (a US mail merge in Spanish: month first)
        return f"{MESES[d.month - 1]} {d.day}, {d.year}"
    if style == "b55es_abrguion":  # 14-mar-2026 (a Spanish table cell: lower-case month, dashes)
        return f"{d.day}-{_MES3[d.month - 1]}-{d.year}"
    if style == "b55es_dmyy":  # 14/03/26 (day first, two-digit year)
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "b55es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    raise ValueError(style)


STYLES_EN = ("b55long", "b55longwk", "b55dmon", "b55ymdcompact", "b55mdy4pad")
STYLES_ES = ("b55es_mesdia", "b55es_abrguion", "b55es_dmyy", "b55es_de")
STYLES = STYLES_EN + STYLES_ES


def parse_blind55_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b55date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})( \(([A-Z][a-z]+)\))?", t)
        if m and m[1] in MONTHS:
            d = dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
            return d if not m[4] or _WEEK[d.weekday()] == m[5] else None
        m = re.fullmatch(r"([1-9]\d?) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MESES:
            return dt.date(int(m[3]), MESES.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)-([a-z]{3})-(\d{4})", t)
        if m and m[2] in _MES3:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m and m[2] in MESES:
            return dt.date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b55_fmt"] = w.pick(list(body))
    w.c.extra["b55_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b55_fmt") -> str:
    if not day:
        return ""
    return b55date(day, w.c.extra[key] if key in ("b55_fmt", "b55_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b55_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 987), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 4.0])
    return st


def _md(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float,
        creds=("MD", "M.D.", "DO")) -> None:
    c = w.c
    c.reviewer = dict(name=person(w.rng, 0.3)[0], credentials=w.pick(list(creds)),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


_TAG = {
    "es": "Español: Si necesita un intérprete, se lo damos gratis. Llame al {ph}.",
    "zh": "中文：我們免費為您提供口譯員。請致電 {ph}。",
    "vi": "Tiếng Việt: Chúng tôi cung cấp thông dịch viên miễn phí. Hãy gọi {ph}.",
    "tl": "Tagalog: Bibigyan ka namin ng libreng interpreter. Tumawag sa {ph}.",
    "ko": "한국어: 무료 통역사를 제공해 드립니다. {ph}번으로 전화하세요.",
    "hy": "Հայերեն: Մենք անվճար թարգմանիչ կտրամադրենք։ Զանգահարեք {ph}։",
    "fa": "فارسی: ما مترجم رایگان در اختیار شما می‌گذاریم. با {ph} تماس بگیرید.",
    "ru": "Русский: Мы бесплатно предоставим вам переводчика. Звоните {ph}.",
    "ja": "日本語：通訳を無料でご用意します。{ph} にお電話ください。",
    "ar": "العربية: نوفر لك مترجمًا فوريًا مجانًا. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਅਸੀਂ ਤੁਹਾਨੂੰ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ ਦਿੰਦੇ ਹਾਂ। {ph} ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ យើងផ្តល់អ្នកបកប្រែដោយឥតគិតថ្លៃ។ ហៅទូរសព្ទ {ph}។",
    "hmn": "Hmoob: Peb muab neeg txhais lus dawb rau koj. Hu rau {ph}.",
    "hi": "हिंदी: हम आपको निःशुल्क दुभाषिया देते हैं। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: เรามีล่ามให้บริการฟรี โทร {ph}",
    "fr": "Français : Nous mettons gratuitement un interprète à votre disposition. Appelez le {ph}.",
    "am": "አማርኛ፦ ነጻ አስተርጓሚ እናቀርብልዎታለን። በ {ph} ይደውሉ።",
    "so": "Soomaali: Waxaan ku siinaynaa turjubaan bilaash ah. Wac {ph}.",
    "uk": "Українська: Ми безкоштовно надамо вам перекладача. Телефонуйте {ph}.",
    "en": "English: We provide an interpreter at no cost to you. Call {ph}.",
    "de": "Deutsch: Wir stellen Ihnen kostenlos einen Dolmetscher zur Verfügung. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "ko", "vi", "zh", "fr", "am", "ar", "de", "hi", "ru", "tl"],
    "WA": ["en", "zh", "vi", "ko", "ru", "so", "uk", "tl", "ar", "am", "km", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


def _clock(hh: int, mm: int) -> str:
    return f"{(hh - 1) % 12 + 1}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"


# === 1. Northern California commercial: outside second opinion at a cancer center ===================================

_NC_MS = "1-800-464-4000"
_NC_AREAS = ["510", "415", "916", "408", "925", "650"]
# (diagnosis, ICD-10, subspecialty, what the treating team recommended, scan)
_NC_CANCERS = [
    ("Malignant neoplasm of head of pancreas", "C25.0", "pancreatic and hepatobiliary surgical oncology",
     "surgery (a Whipple procedure) after chemotherapy", "CT of the abdomen and pelvis with contrast"),
    ("Malignant neoplasm of upper lobe, left bronchus or lung", "C34.12", "thoracic oncology",
     "chemoradiation followed by immunotherapy", "PET/CT scan"),
    ("Multiple myeloma not having achieved remission", "C90.00", "hematologic oncology (myeloma)",
     "induction therapy and a stem cell transplant evaluation", "whole-body low-dose CT"),
    ("Malignant neoplasm of upper-outer quadrant of right female breast", "C50.411", "breast oncology",
     "chemotherapy before surgery", "breast MRI"),
    ("Malignant neoplasm of rectum", "C20", "gastrointestinal oncology",
     "total neoadjuvant therapy and then surgery", "pelvic MRI"),
]
_NC_CENTERS = [
    ("Bay Area University Comprehensive Cancer Center", "1600 Divisadero Street, San Francisco, CA 94115", ["415"]),
    ("Sierra Pacific Cancer Institute", "2279 45th Street, Sacramento, CA 95817", ["916"]),
    ("Peninsula Academic Cancer Center", "900 Blake Wilbur Drive, Palo Alto, CA 94304", ["650"]),
]
_NC_SO_TEXT = ["Second opinion consultation, {spec}, {center}",
               "Outside second opinion at {center} ({spec})",
               "Consultation for a second opinion with {center}"]
_NC_TITLES = ["Physician Reviewer, Outside Referrals", "Chief, Department of Oncology", "Assistant Physician-in-Chief",
              "Physician Reviewer"]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b55_nc"):
        return
    c.extra["b55_nc"] = True
    variant = c.extra["nc_variant"] = w.rng.randrange(3)  # 0 request box, 1 questions and answers, 2 DMHC insert
    _fmt(w, ("b55long", "b55dmon") if variant != 1 else ("b55long",), ("b55long", "b55dmon"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "second_opinion"
    dx, icd, spec, plan, scan = w.pick(_NC_CANCERS)
    center, caddr, careas = w.pick(_NC_CENTERS)
    c.extra["nc_cancer"] = (dx, spec, plan, scan)
    c.extra["nc_center"] = (center, caddr, _phone(w, careas, 0))
    text = w.pick(_NC_SO_TEXT).format(spec=spec, center=center)
    c.services = [dict(text=text, codes=["99245"] if w.chance(0.5) else [], decision="denied")]
    c.diagnoses = [dict(text=dx, codes=[icd])]
    c.service = None
    base = c.received or c.letter
    tb = c.extra["nc_board"] = base - dt.timedelta(days=w.rng.randint(6, 20))
    c.extra["nc_biopsy"] = tb - dt.timedelta(days=w.rng.randint(7, 18))
    c.extra["nc_scan"] = c.extra["nc_biopsy"] - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["nc_board_time"] = w.pick([(7, 0), (7, 30), (12, 15), (16, 0)])
    tname, _, tlast = person(w.rng, 0.15)
    treating = f"{tname}, {w.pick(['MD', 'M.D.'])}"
    c.extra["nc_treating"] = (treating, tlast)
    fac = w.pick(facilities("CA", "Northern California"))
    c.extra["nc_fac"] = fac
    c.provider = treating if c.provider else None  # otherwise the member asked
    # the Plan oncologist offered, within the 15-business-day standard counted from the request
    iname, _, ilast = person(w.rng, 0.2)
    other = [f for f in facilities("CA", "Northern California") if f != fac] or [fac]
    c.innet = dict(name=f"{iname}, {w.pick(['MD', 'M.D.'])}", short=f"Dr. {ilast}", specialty=spec,
                   facility=w.pick(other), appt=D.add_business(c.letter, w.rng.randint(3, 7)))
    c.extra["nc_appt_time"] = (w.rng.randint(8, 15), w.pick([0, 15, 30, 45]))
    c.extra["nc_appt_ph"] = _phone(w, _NC_AREAS, 1)
    c.criteria = []
    _md(w, ["Medical Oncology", "Hematology and Oncology", "Surgical Oncology", "Radiation Oncology"], _NC_TITLES,
        _NC_AREAS, 0.6, 0.8)
    c.extra["nc_ref"] = f"SO-{w.rng.randint(10**6, 10**7 - 1)}"
    _flags(c)


def reason_b55_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    dx, spec, plan, _ = c.extra["nc_cancer"]
    center = c.extra["nc_center"][0]
    inn = c.innet
    if _has(c, "second_opinion.eligible_denied"):
        return w.pick([
            f"Your treatment plan, {plan}, was reviewed by our multidisciplinary tumor board and follows nationally "
            f"accepted guidelines for your diagnosis. Your oncologist's opinion is sufficient, and another opinion "
            f"would not change the recommended treatment. For this reason a second opinion is not needed.",
            f"We agree with your oncologist's recommendation of {plan}. The tumor board has already reviewed your "
            f"case, so a second opinion, inside or outside Kaiser Permanente, is not medically necessary.",
        ])
    return w.pick([
        f"Your health plan covers a second opinion from an appropriately qualified Plan physician. We have Plan "
        f"physicians in {spec} who treat your condition, so the second opinion can be given inside Kaiser "
        f"Permanente. Care at {center} is covered only when no qualified Plan physician is available, and that is "
        f"not the case here.",
        f"A second opinion is approved with a Plan specialist of the same or an equivalent specialty. {inn['name']}, "
        f"who practices {spec} at {inn['facility']}, has the training and experience to review your diagnosis and "
        f"treatment plan. Because a qualified Plan physician is available, a second opinion outside Kaiser "
        f"Permanente is not approved.",
    ])


def _nc_dmhc(w: W, b: list[Block], big: bool) -> None:
    if _has(w.c, "notice.dmhc_statement"):
        return
    size = 12.0 if big else None
    b.append(w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {_NC_MS} "
        "(TTY 711) and use your health plan's grievance process before contacting the department. Utilizing this "
        "grievance procedure does not prohibit any potential legal rights or remedies that may be available to you. "
        "If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily "
        "resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may "
        "call the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If "
        "you are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a "
        "health plan related to the medical necessity of a proposed service or treatment, coverage decisions for "
        "treatments that are experimental or investigational in nature and payment disputes for emergency or urgent "
        "medical services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
        "(1-877-688-9891) for the hearing and speech impaired. The department's internet website www.dmhc.ca.gov "
        "has complaint forms, IMR application forms and instructions online.", bold=True, size=size))


def _nc_rights(w: W, b: list[Block], head, q: bool) -> None:
    """CA commercial: grievance 180 days, urgent 72 hours, second-opinion timelines, HCA, copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northern California"])
    head("How can I disagree with this decision?" if q else w.pick(["Your right to file a grievance",
                                                                     "If you disagree with our decision"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you name may file a grievance (appeal). File it within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter by calling Member Services at {_NC_MS} "
        f"(TTY 711), online at kp.org, in person at any Member Services office, or by writing to {addr}.",
        f"To ask us to look at this again, file a grievance no later than {M('APPEAL_DAYS', c.appeal_phrase)} after "
        f"the date of this letter. Write to {addr}, call {_NC_MS} (TTY 711), or use the form at kp.org. Include this "
        f"letter and any records from your doctor.",
    ])))
    b.append(w.p(w.pick([
        "If your health is in serious danger, for example severe pain or a risk to life, limb or a major body "
        "function, ask for an urgent review. We decide urgent grievances within 3 days (72 hours), and you may "
        "call the Department of Managed Health Care right away without waiting.",
        "Urgent grievance: when waiting could seriously harm your health, we will decide within 72 hours. You do "
        "not have to wait to contact the Department of Managed Health Care in an urgent case.",
    ])))
    b.append(w.p(w.pick([
        "State law (California Health and Safety Code section 1383.15) gives you the right to a second opinion. "
        "You may ask us for a copy of our timelines for answering second opinion requests.",
        "On request, we will send you the timelines we follow for second opinion requests and a copy of our "
        "second opinion policy.",
    ])))
    b.append(w.p("The Health Consumer Alliance can help you with a grievance at no cost: 1-888-804-3536."))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents and records used to make this decision.",
        "Copies of the records and policies we relied on are free of charge if you ask.",
    ])))


def t_b55_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 68.0])
    ref = c.extra["nc_ref"]
    dx, spec, plan, scan = c.extra["nc_cancer"]
    center, caddr, cph = c.extra["nc_center"]
    treating, tlast = c.extra["nc_treating"]
    inn = c.innet
    svc = c.services[0]
    so = w.svc(svc) + (f" ({w.pick(['CPT ', ''])}{w.code('99245')})" if svc["codes"] else "")
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    refused = _has(c, "second_opinion.eligible_denied")
    who_asked = f"Dr. {tlast} asked" if c.provider else "You asked"
    asker = M("PROVIDER", c.provider) if c.provider else "you"
    hh, mm = c.extra["nc_appt_time"]
    bh, bm = c.extra["nc_board_time"]
    st.footer = [w.pick([f"Ref. {ref}  |  Page {{page}} of {{pages}}", "Kaiser Permanente Northern California  {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", "Referral and Second Opinion Services"],
                   right=["Kaiser Foundation Health Plan, Inc.", c.extra["nc_fac"], f"Member Services {_NC_MS}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b55_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Medical record number: {w.mid()}    Reference: {ref}", space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    offer = (f"We can arrange your second opinion with {inn['name']}, {spec}, at {inn['facility']}. An appointment is "
             f"held for you at {_clock(hh, mm)} on {_fd(w, inn['appt'], 'b55longwk')}. To keep, change or cancel it, "
             f"call {c.extra['nc_appt_ph']}.")
    history = w.pick([
        f"Our records show your biopsy on {_fd(w, c.extra['nc_biopsy'])}, your {scan} on {_fd(w, c.extra['nc_scan'])}, "
        f"and the tumor board review on {_fd(w, c.extra['nc_board'])}, where {treating} presented your case.",
        f"We looked at the pathology report ({_fd(w, c.extra['nc_biopsy'])}), the {scan} ({_fd(w, c.extra['nc_scan'])}) "
        f"and the notes of your oncologist, {treating}, including the tumor board discussion of "
        f"{_fd(w, c.extra['nc_board'])}.",
    ])
    if variant == 1:
        head("What did you ask for?")
        a = f"{who_asked} for {so} for {dxs}."
        if c.provider:
            a = f"{asker}, your oncologist, asked for {so} for {dxs}."
        b.append(w.p(a))
        head("When did we get the request and decide?")
        bits = []
        if rec:
            bits.append(f"We received the request on {rec}")
        if dec:
            bits.append(f"we made our decision on {dec}")
        ans = (join_and(bits) + ".") if bits else "We reviewed it when it arrived."
        if urgent:
            ans += " We handled it as urgent."
        b.append(w.p(ans[0].upper() + ans[1:]))
        head("What did we decide?")
        b.append(w.p("We did not approve a second opinion at the outside cancer center." +
                     ("" if refused else " We are offering a second opinion from a Plan specialist instead.")))
        head("Why?")
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(history))
        if not refused:
            head("How do I get the second opinion we offer?")
            b.append(w.p(offer))
    else:
        if variant == 0:
            box = f"YOUR REQUEST:  {so}. Diagnosis: {dxs}. Requested by: {asker}."
            if rec:
                box += f" Received: {rec}."
            if dec:
                box += f" Decided: {dec}."
            box += " Decision: NOT APPROVED" + ("." if refused else " - second opinion offered with a Plan specialist.")
            b.append(w.p(box, boxed=True, indent=4, space_before=8))
            intro = "The box above sums up your request and our decision."
        else:
            intro = f"{asker[0].upper() + asker[1:]} asked us to approve {so} for your diagnosis of {dxs}."
            if rec:
                intro += f" We received the request on {rec}."
            if dec:
                intro += f" We made our decision on {dec}."
        if urgent:
            intro += " Your request was reviewed as urgent."
        intro += " We are not able to approve the second opinion at the outside center."
        b.append(w.p(intro))
        head(w.pick(["Why we made this decision", "Reason for our decision"]))
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(history))
        if not refused:
            head(w.pick(["Your second opinion inside Kaiser Permanente", "What we can offer"]))
            b.append(w.p(offer))
    b.append(w.p(w.pick([
        f"For your records, the outside center you named is {center}, {caddr}, phone {cph}. If you choose to go "
        f"there without approval, you may have to pay for the visit.",
        f"You asked about {center} ({caddr}; {cph}). Visits there without our approval are not covered.",
    ])))
    if c.reviewer:
        ln = _who(w, w.pick(["This decision was made by ", "The physician who reviewed your request is "]), ".")
        if c.reviewer["phone"]:
            ln += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    _nc_rights(w, b, head, variant == 1)
    if variant != 2:
        _nc_dmhc(w, b, False)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Referral and Second Opinion Services",
          "Kaiser Permanente Northern California")
    b.append(w.p(f"cc: {treating}" + ("" if refused else f"; {inn['name']}"), space_before=8, size=st.size - 1))
    if variant == 2 and not _has(c, "notice.dmhc_statement"):
        b.append(Block("pagebreak"))
        b.append(w.h("IMPORTANT INFORMATION FROM THE DEPARTMENT OF MANAGED HEALTH CARE", align="center",
                     space_before=0, size=st.size + 1.5))
        b.append(w.p(f"Enclosure to letter {ref}", align="center", size=st.size - 1, space_before=2))
        _nc_dmhc(w, b, True)
        b.append(w.p("Help Center, Department of Managed Health Care: 1-888-466-2219 | TDD 1-877-688-9891 | "
                     "www.dmhc.ca.gov", space_before=10))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(f"Language help is free. Call {_NC_MS} (TTY 711).", space_before=8))
    b += _taglines(w, "CA", f"{_NC_MS} (TTY 711)", w.pick([None, "Language assistance / Asistencia con idiomas"]))
    return b, st, ["nca_request_box", "nca_questions_answers", "nca_dmhc_insert"][variant]


BLIND55_TEMPLATES["blind55_nca_commercial_second_opinion_outside_cancer_center"] = (t_b55_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial"], cats=["second_opinion"],
    reason=reason_b55_nc))
MODELED_ON["blind55_nca_commercial_second_opinion_outside_cancer_center"] = (
    "blind55: Kaiser Permanente Northern California commercial denial of a second opinion at an outside NCI-designated "
    "cancer center (99245 when printed), a Plan oncologist of the same subspecialty offered instead; a letter with a "
    "'Your request' box, a questions-and-answers letter, or a letter with a separate DMHC insert page; grievance "
    "within 180 days, urgent review in 72 hours, DMHC statement, Health Consumer Alliance, second-opinion timelines "
    "on request, free copies, taglines")


# === 2. Georgia Medicare Advantage: non-emergency ambulance claim without prior authorization ========================

_GA_AREAS = ["404", "770", "678"]
_GA_BASE = ["Ambulance service, basic life support, non-emergency transport",
            "BLS non-emergency ground ambulance transport",
            "Non-emergency ambulance transport, basic life support (BLS)"]
_GA_MILES = ["Ground mileage, per statute mile", "Ambulance mileage (loaded miles)", "Ground ambulance mileage"]
_GA_COMPANIES = ["Peachtree Medical Transport, LLC", "Chattahoochee Ambulance Services, Inc.",
                 "Metro Atlanta Patient Transport", "Stone Mountain EMS Transport, LLC"]
_GA_DIALYSIS = [("Southside Kidney Center", "2840 Candler Road, Decatur, GA 30034"),
                ("Cobb Dialysis Clinic", "1150 Powder Springs Street, Marietta, GA 30064"),
                ("Gwinnett Renal Care", "3620 Club Drive, Lawrenceville, GA 30044"),
                ("Clayton County Dialysis", "6611 Tara Boulevard, Jonesboro, GA 30236")]
_GA_DX = [("End stage renal disease", "N18.6"), ("Dependence on renal dialysis", "Z99.2")]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b55_ga"):
        return
    c.extra["b55_ga"] = True
    variant = c.extra["ga_variant"] = w.rng.randrange(3)  # 0 remittance table, 1 claim details box, 2 provider copy
    _fmt(w, ("b55long", "b55mdy4pad") if variant != 1 else ("b55mdy4pad", "b55dmon"), ("b55long", "b55dmon"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.category = "no_prior_authorization"
    miles = w.rng.randint(6, 24)
    base_amt = round(w.rng.uniform(410, 690), 2)
    mile_rate = round(w.rng.uniform(11.5, 16.0), 2)
    c.services = [dict(text=w.pick(_GA_BASE), codes=["A0428"], decision="denied", billed=base_amt, units=1),
                  dict(text=w.pick(_GA_MILES), codes=["A0425"], decision="denied",
                       billed=round(miles * mile_rate, 2), units=miles)]
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_GA_DX if w.chance(0.5) else _GA_DX[:1])]
    comp = w.pick(_GA_COMPANIES)
    c.provider = comp
    c.extra["ga_comp"] = (comp, f"{w.rng.randint(100, 4999)} {w.pick(['Memorial Drive', 'Buford Highway', 'Roswell Road', 'Fulton Industrial Blvd'])}",
                          w.pick(["Atlanta, GA 30317", "Doraville, GA 30340", "Sandy Springs, GA 30328", "Atlanta, GA 30336"]),
                          _phone(w, _GA_AREAS, 0), f"1{w.rng.randint(10**8, 10**9 - 1)}")
    c.extra["ga_dialysis"] = w.pick(_GA_DIALYSIS)
    c.extra["ga_miles"] = miles
    # an earlier emergency (911) transport on the same claim, paid: outside the decision
    c.extra["ga_er"] = (c.service - dt.timedelta(days=w.rng.randint(9, 40)), round(w.rng.uniform(780, 1150), 2))
    c.extra["ga_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["ga_unit"] = (_phone(w, _GA_AREAS, 1), _phone(w, _GA_AREAS, 1))
    if _has(c, "medicare.transition_period"):
        c.extra["ga_enroll"] = c.service - dt.timedelta(days=w.rng.randint(12, 55))
        c.extra["ga_enroll"] = c.extra["ga_enroll"].replace(day=1)
    else:
        c.extra["ga_enroll"] = dt.date(c.service.year - w.rng.randint(2, 9), w.rng.randint(1, 12), 1)
    c.criteria = []
    c.reviewer = None
    if w.chance(0.35):
        _md(w, ["Internal Medicine", "Emergency Medicine", "Family Medicine"],
            ["Medical Director, Medicare Claims", "Physician Reviewer"], _GA_AREAS, 0.0, 0.5)
    c.extra["ga_remark"] = w.pick(["N54", "PA01", "AUTH-NF"])
    _flags(c)


def reason_b55_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    center = c.extra["ga_dialysis"][0]
    return w.pick([
        f"Non-emergency ambulance transportation must be approved by Kaiser Permanente before the trip. We have no "
        f"prior authorization on file for the scheduled transport from your home to {center}. Because the trip was "
        f"not an emergency and was not approved in advance, we cannot pay this claim.",
        f"This was a scheduled (non-emergency) ambulance trip to {center}. Your plan covers scheduled ambulance "
        f"trips only when we approve them ahead of time, and no approval was requested before this trip. The "
        f"claim is denied because prior authorization was not obtained.",
    ])


def _ga_rights(w: W, b: list[Block], head, to_provider: bool) -> None:
    """MA payment denial: reconsideration 60 days, payment appeal 60 days, IRE, 1-800-MEDICARE, copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Georgia"])
    ph, fax = c.extra["ga_unit"]
    head(w.pick(["Appeal rights", "How to ask us to reconsider"]))
    who_ = "The member, or a representative the member names," if to_provider else "You or your representative"
    b.append(w.p(w.pick([
        f"{who_} may ask for a reconsideration (appeal) of this payment decision. The request must be received "
        f"within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. Send it to {addr}, or fax {fax}. "
        f"Include the claim number.",
        f"To appeal, send a written request within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
        f"notice to {addr} (fax {fax}). {who_} may file. Questions: {ph}, TTY 711.",
    ])))
    b.append(w.p("We will decide an appeal about payment within 60 days after we receive it."))
    b.append(w.p(w.pick([
        "If we do not decide fully in your favor, we will automatically send the case to the Independent Review "
        "Entity, an organization Medicare contracts with that is not part of Kaiser Permanente. Further levels of "
        "appeal will be explained to you if needed.",
        "An appeal that we deny in whole or in part goes on its own to Medicare's Independent Review Entity for a "
        "new review. You do not need to ask for this.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the claim file and the information used to decide.",
        "Copies of the documents used for this decision are free on request.",
    ])))
    b.append(w.p("Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, 7 days a week."))


def t_b55_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]
    st = _style(w, ["helvetica", "courier", "times"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5],
                [50.0, 56.0, 62.0])
    if st.family == "courier":
        st.size = 8.5
    comp, street, city, cph, npi = c.extra["ga_comp"]
    center, caddr = c.extra["ga_dialysis"]
    er_day, er_amt = c.extra["ga_er"]
    claim = c.extra["ga_claim"]
    ph, fax = c.extra["ga_unit"]
    base, mile = c.services
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dos = _dm(w, "DATE_SERVICE", c.service)
    total = _money(c.money["total"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    to_prov = variant == 2
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Medicare Health Plan | {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", "Senior Advantage (HMO)"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Medicare Claims Administration",
                          f"Phone {ph} | Fax {fax}"]))
    b.append(w.h("NOTICE OF DENIAL OF PAYMENT", align="center", space_before=8, size=st.size + 1.5))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b55_head"), space_before=8))
    if to_prov:
        b.append(w.p(f"Billing Office, {prov}", space_before=10))
        b.append(w.p(f"{street}, {city}", space_before=0))
        b.append(w.p(f"Phone {cph}   NPI {npi}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Claim number:", claim, "Billed:", total]], space_before=8,
                       size=st.size - 0.3))
        b.append(w.p("Dear Billing Manager:", space_before=10))
        intro = f"Your company billed us for ambulance transport of the patient named above to {center}."
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Claim number: {claim}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = f"{prov} sent us a claim for taking you by ambulance to {center}."
    if variant == 1:
        rows = [["Provider:", prov, "Provider NPI:", npi],
                ["Date of service:", dos, "Amount billed:", total],
                ["Claim received:", rec or "-", "Decision date:", dec or "-"],
                ["Pick-up:", "Member's home", "Destination:", f"{center}, {caddr}"]]
        b.append(w.h("Claim details", space_before=8, size=st.size + 0.5))
        b.append(Block("fields", rows=rows, space_before=2, size=st.size - 0.4))
        b.append(w.p(f"Services denied: {w.svc(base)} ({w.code('A0428')}), {w.svc(mile)} ({w.code('A0425')}, "
                     f"{c.extra['ga_miles']} miles).", boxed=True, indent=4, space_before=4))
    else:
        intro += (f" The trip took place on {dos}. The claim lists {w.svc(base)} ({w.code('A0428')}) and "
                  f"{w.svc(mile)} ({w.code('A0425')}, {c.extra['ga_miles']} miles)." if variant == 2 else "")
    if variant != 1:
        if rec:
            intro += f" We received the claim on {rec}."
        if dec:
            intro += f" We made a decision on {dec}."
    intro += w.pick([" We will not pay the ambulance charges.", " The ambulance charges are denied."])
    b.append(w.p(intro))
    if variant == 0:
        head(w.pick(["Claim summary", "Explanation of the claim"]))
        b.append(w.p(f"Billing provider NPI {npi}   Provider phone {cph}   Transport to: {center}, {caddr}",
                     size=st.size - 1, space_before=2))
        rows = [["Ln", "Service date", "Code", "Description", "Units", "Billed", "Paid", "Remark"],
                ["1", M("DATE_SERVICE", b55date(c.service, "b55ymdcompact")), w.code("A0428"), w.svc(base), "1",
                 _money(base["billed"]), "$0.00", c.extra["ga_remark"]],
                ["2", M("DATE_SERVICE", b55date(c.service, "b55ymdcompact")), w.code("A0425"), w.svc(mile),
                 str(c.extra["ga_miles"]), _money(mile["billed"]), "$0.00", c.extra["ga_remark"]],
                ["3", b55date(er_day, "b55ymdcompact"), "A0429", "BLS emergency transport (911)", "1",
                 _money(er_amt), _money(round(er_amt * 0.8, 2)), "-"]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        b.append(w.p(f"Remark {c.extra['ga_remark']}: prior authorization required and not on file. Line 3 (the "
                     f"emergency transport of {b55date(er_day, 'b55dmon')}) was paid and is not part of this "
                     f"decision.", size=st.size - 1, space_before=2))
    else:
        b.append(w.p(f"The emergency ambulance trip of {_fd(w, er_day)} (HCPCS A0429) on the same claim was paid and "
                     f"is not part of this denial.", size=st.size - 0.5))
    b.append(w.p("Diagnosis on the claim: " + dxs + "."))
    head(w.pick(["Why the claim was denied", "Reason for denial"]))
    b.append(w.p(M("REASON", w.reason)))
    if _has(c, "medicare.transition_period"):
        b.append(w.p(f"Your Senior Advantage coverage began on {_fd(w, c.extra['ga_enroll'])}. Before you joined, "
                     f"you were already receiving dialysis at {center} three times a week."))
    elif w.chance(0.5):
        b.append(w.p(f"Plan member since {c.extra['ga_enroll'].year}.", size=st.size - 0.5))
    b.append(w.p(w.pick([
        f"For future scheduled trips, the ambulance company or the dialysis center can ask us for approval; call {ph}.",
        f"If you need scheduled ambulance trips to {center} ({caddr}), your doctor or the provider must request "
        f"approval before the trip.",
    ])))
    if c.reviewer:
        b.append(w.p(_who(w, "Reviewed by ", ".")))
    _ga_rights(w, b, head, to_prov)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Medicare Claims Administration", "Kaiser Permanente Georgia")
    if to_prov:
        b.append(w.p(f"cc: {c.member_name} (member), with the member's appeal rights", space_before=8,
                     size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(f"Interpreter services are free. Call {ph} (TTY 711).", space_before=8))
    b += _taglines(w, "GA", f"{ph} (TTY 711)", w.pick([None, "Multi-language interpreter services"]))
    return b, st, ["ga_remittance_table", "ga_claim_details_box", "ga_provider_copy_to_member"][variant]


BLIND55_TEMPLATES["blind55_ga_ma_ambulance_claim_no_prior_auth"] = (t_b55_ga, dict(
    plans=["medicare_advantage"], states=["GA"], kinds=["payment_denial"], cats=["no_prior_authorization"],
    reason=reason_b55_ga, refuse_defects=("process.emergency_prior_auth",)))
MODELED_ON["blind55_ga_ma_ambulance_claim_no_prior_auth"] = (
    "blind55: Kaiser Permanente Georgia Medicare Advantage payment denial of a scheduled non-emergency ambulance trip "
    "to dialysis (A0428, A0425) without prior authorization; a remittance-style claim table, a 'Claim details' box, "
    "or a letter to the ambulance company copied to the member; 60-day reconsideration, 60-day payment appeal, "
    "Independent Review Entity, 1-800-MEDICARE, free copies, taglines")


# === 3. Washington Apple Health: ABA therapy, partial approval (Spanish) ============================================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "509", "360"]
_WA_97153 = ["Tratamiento conductual adaptativo por protocolo (ABA directo con técnico)",
             "Terapia ABA directa administrada por técnico",
             "Tratamiento ABA directo, uno a uno, con técnico de comportamiento"]
_WA_97155 = ["Modificación del protocolo de tratamiento por el analista (BCBA)",
             "Tratamiento conductual adaptativo con modificación de protocolo",
             "Ajuste del protocolo ABA por el analista de conducta"]
_WA_CLINICS = ["Puget Sound Autism Center", "Cascade Behavioral Therapy", "Evergreen ABA Services",
               "Yakima Valley Developmental Clinic"]
_WA_SCHOOLS = ["Escuela Primaria Roosevelt", "Escuela Primaria Lincoln", "Escuela Primaria Cedar Park",
               "Escuela Primaria Garfield"]
_WA_CRIT = ["Criterios de revisión clínica de Kaiser Permanente Washington: Análisis conductual aplicado (ABA)",
            "Kaiser Permanente Washington Clinical Review Criteria: Applied Behavior Analysis"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b55_wa"):
        return
    c.extra["b55_wa"] = True
    variant = c.extra["wa_variant"] = w.rng.randrange(3)  # 0 letter to parent, 1 hours table, 2 English taglines page
    if variant == 1:
        _fmt(w, ("b55es_de",), ("b55es_mesdia", "b55es_dmyy"))
    else:
        _fmt(w, ("b55es_de", "b55es_mesdia"), ("b55es_mesdia", "b55es_de"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.category = "medical_necessity"
    asked = w.pick([25, 30, 35])
    ok = asked - w.pick([10, 15])
    mod = w.pick([4, 5, 6])
    c.extra["wa_hours"] = (asked, ok, mod)
    c.services = [dict(text=w.pick(_WA_97153), codes=["97153"], decision="approved"),
                  dict(text=w.pick(_WA_97155), codes=["97155"], decision="denied")]
    c.diagnoses = [dict(text="Trastorno del espectro autista", codes=["F84.0"])]
    c.service = None
    base = c.received or c.letter
    c.extra["wa_eval"] = base - dt.timedelta(days=w.rng.randint(8, 30))
    c.extra["wa_sessions"] = sorted(base - dt.timedelta(days=k) for k in w.rng.sample(range(1, 40), 3))
    c.extra["wa_school"] = (w.pick(_WA_SCHOOLS), w.pick([25, 30, 32]))
    first, last = c.member_name.split()[0], c.member_name.split()[-1]
    pfirst = first
    while pfirst == first:
        pfirst = person(w.rng, 0.0)[1]
    c.extra["wa_parent"] = (f"{pfirst} {last}", first)
    bname = person(w.rng, 0.1)[0]
    c.provider = f"{bname}, {w.pick(['BCBA', 'M.Ed., BCBA', 'MA, BCBA'])}"
    c.extra["wa_clinic"] = (w.pick(_WA_CLINICS), _phone(w, _WA_AREAS, 0))
    c.extra["wa_ped"] = "Dr. " + person(w.rng, 0.1)[0]
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = [w.pick(_WA_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Coordinadora de revisión de utilización", "Especialista de autorizaciones"],
                     ["RN", None, "LPN"])
    else:
        _md(w, ["Pediatría del desarrollo y del comportamiento", "Psiquiatría infantil y de la adolescencia",
                "Pediatría"], ["Médica revisora", "Médico revisor", "Director médico asociado"], _WA_AREAS, 0.5, 0.8)
    c.extra["wa_ref"] = f"AH-{w.rng.randint(10**5, 10**6 - 1)}"
    _flags(c)


def reason_b55_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    asked, ok, mod = c.extra["wa_hours"]
    first = c.extra["wa_parent"][1]
    school, sh = c.extra["wa_school"]
    if _bare(c):
        return w.pick(["Las horas adicionales y la modificación del protocolo no son médicamente necesarias.",
                       "La solicitud no cumple con los criterios de necesidad médica."])
    return w.pick([
        f"{first} asiste a la escuela {sh} horas por semana y las metas del plan de tratamiento se pueden trabajar "
        f"con {ok} horas semanales de terapia directa; el plan no explica por qué se necesitan {asked} horas. Las "
        f"notas de las sesiones muestran que {first} ya cumple la mayoría de las metas de comunicación con el "
        f"protocolo actual, por lo que no es médicamente necesario que el analista modifique el protocolo "
        f"{mod} horas por semana.",
        f"Aprobamos {ok} horas por semana de terapia directa porque es la cantidad que permite el horario de "
        f"{first}, que pasa {sh} horas por semana en la escuela. No aprobamos {asked} horas porque el plan no "
        f"muestra metas que necesiten más tiempo. Tampoco aprobamos la modificación del protocolo: el plan "
        f"presentado no describe qué cambios se harían ni por qué, y el progreso con el protocolo actual es bueno.",
    ])


def _wa_rights(w: W, b: list[Block], head) -> None:
    """WA Medicaid: appeal 60 days, fast appeal 72 h, continued services 10 days, fair hearing, copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Washington"])
    head(w.pick(["Su derecho a apelar", "Si no está de acuerdo con esta decisión"]))
    b.append(w.p(w.pick([
        f"Usted, el médico de su hijo o hija, o alguien que usted autorice puede pedir una apelación. Debemos "
        f"recibirla dentro de {M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha de este aviso. Llame a "
        f"Servicios para Miembros al {_WA_MS} (TTY 711) o escriba a {addr}.",
        f"Para apelar, comuníquese con nosotros dentro de {M('APPEAL_DAYS', c.appeal_phrase)} desde la fecha de "
        f"este aviso: {_WA_MS} (TTY 711), o por correo a {addr}.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Apelación rápida: si esperar 30 días podría poner en grave riesgo la salud de su hijo o hija, pida una "
            "apelación acelerada. La decidiremos dentro de 72 horas.",
            "Si usted o el médico creen que esperar podría dañar seriamente la salud del menor, pida una apelación "
            "rápida; le daremos una respuesta dentro de 72 horas.",
        ])))
    b.append(w.p(w.pick([
        "Si su hijo o hija ya recibía estas horas y usted apela dentro de 10 días de la fecha de este aviso, puede "
        "pedir que los servicios continúen durante la apelación. Si pierde la apelación, es posible que tenga que "
        "pagar esos servicios.",
        "Para seguir recibiendo los servicios ya aprobados mientras se decide la apelación, apele y pídalo dentro de "
        "10 días. Podría tener que pagarlos si la decisión final no le favorece.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "Si no está de acuerdo con nuestra decisión sobre su apelación, puede pedir una audiencia imparcial del "
            "estado (state fair hearing). La carta con nuestra decisión le dirá cómo pedirla y el plazo.",
            "Después de la apelación, puede pedir una audiencia imparcial ante el estado de Washington. Le "
            "explicaremos cómo hacerlo en la respuesta a su apelación.",
        ])))
    b.append(w.p(w.pick([
        "Puede pedir copias gratuitas de todos los documentos, registros y criterios usados para esta decisión.",
        "Las copias de los registros y de los criterios que usamos son gratis si las pide.",
    ])))


def t_b55_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 68.0])
    ref = c.extra["wa_ref"]
    asked, ok, mod = c.extra["wa_hours"]
    parent, first = c.extra["wa_parent"]
    clinic, clph = c.extra["wa_clinic"]
    school, sh = c.extra["wa_school"]
    ped = c.extra["wa_ped"]
    direct, modif = c.services
    prov = M("PROVIDER", c.provider)
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    st.footer = [w.pick([f"{ref} - página {{page}} de {{pages}}", "Kaiser Permanente Washington | Apple Health | {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    def line(s: dict) -> str:
        return f"{w.svc(s)} (código {w.code(s['codes'][0])})"

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington", "Apple Health (Medicaid)"],
                   right=["Kaiser Foundation Health Plan of Washington", "Revisión de utilización",
                          f"Servicios para Miembros {_WA_MS} (TTY 711)"]))
    b.append(w.h("AVISO DE DECISIÓN: APROBACIÓN PARCIAL", space_before=8, size=st.size + 1))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b55_head"), space_before=6))
    b.append(w.p(parent, space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(Block("fields", rows=[["Paciente:" if variant != 1 else "Menor:", w.name(), "N.º de miembro:", w.mid()],
                                   ["Edad:", "6 años", "Referencia:", ref]], space_before=8, size=st.size - 0.4))
    b.append(w.p(f"Estimado/a {parent}:", space_before=10))
    intro = (f"{prov}, analista de conducta de {clinic}, pidió para {first} {line(direct)}, {asked} horas por "
             f"semana, y {line(modif)}, {mod} horas por semana.")
    if rec:
        intro += f" Recibimos la solicitud el {rec}."
    if urgent:
        intro += " La revisamos como urgente."
    if dec:
        intro += f" Tomamos la decisión el {dec}."
    b.append(w.p(intro))
    b.append(w.p("Diagnóstico: " + dxs + "."))
    if variant == 1:
        head("Horas pedidas y horas aprobadas")
        rows = [["Servicio", "Código", "Horas pedidas por semana", "Horas aprobadas por semana", "Decisión"],
                [w.svc(direct), w.code("97153"), str(asked), str(ok), "Aprobado en parte"],
                [w.svc(modif), w.code("97155"), str(mod), "0", "No aprobado"]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
    else:
        b.append(w.p(w.pick([
            f"Nuestra decisión: aprobamos la terapia directa ({w.code('97153')}) por {ok} horas por semana, en lugar "
            f"de {asked}. No aprobamos la modificación del protocolo ({w.code('97155')}).",
            f"Aprobamos {ok} de las {asked} horas semanales de terapia ABA directa (97153). La modificación del "
            f"protocolo por el analista (97155) no fue aprobada.",
        ]), bold=variant == 0))
    head(w.pick(["Por qué tomamos esta decisión", "Motivo de la decisión"]))
    b.append(w.p(M("REASON", w.reason)))
    ses = c.extra["wa_sessions"]
    b.append(w.p(w.pick([
        f"Revisamos la evaluación del {b55date(c.extra['wa_eval'], 'b55es_de')}, las notas de las sesiones del "
        f"{b55date(ses[0], 'b55es_abrguion')}, {b55date(ses[1], 'b55es_abrguion')} y {b55date(ses[2], 'b55es_abrguion')}, "
        f"y la información de su pediatra, {ped}. {first} asiste a {school} {sh} horas por semana.",
        f"Documentos revisados: evaluación inicial ({b55date(c.extra['wa_eval'], 'b55es_dmyy')}); notas de sesión "
        f"({b55date(ses[0], 'b55es_dmyy')}, {b55date(ses[2], 'b55es_dmyy')}); carta de {ped}, pediatra; horario "
        f"escolar de {school} ({sh} horas por semana).",
    ])))
    if c.criteria:
        b.append(w.p("Criterios usados: " + join_and([M("CRITERIA", x) for x in c.criteria], "y") + "."))
    if c.reviewer:
        ln = _who(w, w.pick(["Esta decisión fue tomada por ", "Revisó la solicitud: "]), ".")
        if c.reviewer["phone"]:
            ln += f" El proveedor puede hablar con quien revisó el caso al {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(f"Las {ok} horas aprobadas se pueden programar con {clinic} ({clph}).", size=st.size - 0.5))
    _wa_rights(w, b, head)
    _sign(w, b, w.pick(["Atentamente,", "Cordialmente,"]), "Revisión de utilización", "Kaiser Permanente Washington")
    b.append(w.p(f"cc: {c.provider}, {clinic}; {ped}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        if variant == 2:
            b.append(Block("pagebreak"))
            b.append(w.h("Language help / Ayuda con el idioma", align="center", space_before=0, size=st.size + 1))
            b.append(w.p(f"You can get this notice in English or another language, or in large print, at no cost. "
                         f"Call Member Services at {_WA_MS} (TTY 711).", space_before=6))
            b += _taglines(w, "WA", f"{_WA_MS} (TTY 711)", None, size=8.0)
        else:
            b.append(w.p(f"Ayuda con el idioma sin costo: {_WA_MS} (TTY 711).", space_before=8))
            b += _taglines(w, "WA", f"{_WA_MS} (TTY 711)", w.pick([None, "Servicios de interpretación"]))
    return b, st, ["wa_carta_al_padre", "wa_tabla_horas", "wa_pagina_taglines_ingles"][variant]


BLIND55_TEMPLATES["blind55_wa_apple_health_aba_therapy_es"] = (t_b55_wa, dict(
    plans=["medicaid"], states=["WA"], kinds=["partial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b55_wa))
MODELED_ON["blind55_wa_apple_health_aba_therapy_es"] = (
    "blind55: Kaiser Permanente Washington Apple Health letter in Spanish: applied behavior analysis for a 6-year-old, "
    "direct ABA (97153) approved at fewer hours than asked and protocol modification (97155) denied; a letter to the "
    "parent, a table of hours requested vs. approved, or a letter with an English language-help page; 60-day appeal, "
    "72-hour fast appeal, continued services within 10 days, state fair hearing, free copies, taglines")
