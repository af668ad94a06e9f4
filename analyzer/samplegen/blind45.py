"""Forty-fifth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND45_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind45_co_commercial_cpap_continued_rental_ended")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind45_nca_medi_cal_nemt_transport_es``: a Kaiser Permanente Northern California Medi-Cal Notice of Action
   (plan_type ``medi_cal``, state CA, initial_denial, standard or expedited) denying non-emergency medical
   transportation to recurring dialysis or outpatient therapy visits: a wheelchair van (HCPCS A0130, sometimes with
   its mileage line S0209) or a litter (stretcher) van (T2005, sometimes with T2049 mileage). Diagnoses N18.6 (with
   Z99.2) for dialysis, or I69.351 / G35 / G82.20 for therapy. Category per letter: ``medical_necessity`` (the
   Physician Certification Statement shows the member can ride seated in a car, or seated in a wheelchair van
   instead of lying in a litter van) or ``administrative`` (the request came without the signed Physician
   Certification Statement form; chosen only when no medical-necessity defect is planted). Layouts:
   ``nca_aviso_accion_es`` (a Spanish "Aviso de acción" with labelled sections), ``nca_bilingue_dos_partes`` (an
   English notice, then "Parte 2" in Spanish repeating it) and ``nca_tabla_viajes_es`` (a Spanish letter with a table
   of the trips requested: start date, days, appointment time, pickup time, destination, vehicle, code). Medi-Cal
   rights from the catalogue: an appeal within 60 days of the notice date (1-800-464-4000, TTY 711, kp.org, in
   writing or in person), decided in 30 days or 72 hours when waiting could seriously harm health; a State Hearing
   within 120 days of the appeal decision, or sooner if the plan does not decide in 30 days (CDSS 1-800-952-5253,
   TDD 1-800-952-8349, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430); Independent Medical Review
   with the DMHC when no State Hearing was asked first; aid paid pending when the appeal is filed within 10 days; the
   Medi-Cal Managed Care Ombudsman 1-888-452-8609; free copies of documents and criteria; the DMHC statement in
   12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov); taglines in fifteen languages plus English.
   Distractors: the dialysis or therapy center's name and street address, the appointment days and times, the
   pickup time, the first trip date, the transportation vendor's phone, the PCS signing date (or the order date),
   non-medical transportation or the wheelchair van (A0130) named as an option (never an item in a T2005 letter).

   Truth language: ``es`` for the two Spanish layouts; ``en`` for the bilingual one (as blind28 decides it: the
   English part comes first and carries every marked value; the Spanish part repeats it unmarked, its reason a
   translation). ``notice.language_assistance`` is planted only in the Spanish-only layouts.
   Which date is which: the letter date is the "Fecha del aviso"/"Fecha" line (the English part's "Notice date" on
   the bilingual one); received and decision dates are in the opening paragraph. The first trip date, the PCS or
   order date, table dates and appointment times are not truth; ``service`` is always null. Which name is the member:
   the addressee. The requesting provider is the physician who ordered the rides. Which reason is the reason: the
   paragraph under the reason heading ("Por qué" / "Why"). The truth counts the transport lines denied.

2. ``blind45_nw_commercial_lymphedema_pump``: a Kaiser Permanente Northwest commercial HMO letter (plan_type
   ``commercial_hmo``, state OR) denying a pneumatic compression device for lymphedema after cancer treatment
   (initial_denial, ``medical_necessity``): a segmental compressor with calibrated gradient pressure (E0652), or a
   segmental compressor without it (E0651) with a full-leg gradient appliance (E0671). Diagnoses I89.0 or I97.2,
   sometimes with Z85.3 or Z85.41. Why: the records do not show four weeks of conservative treatment first (compression
   garments or bandaging worn daily, exercise, elevation, therapist-led decongestive therapy), or the garments were
   never fitted, or no limb measurements before and after show the swelling failed to improve. Criteria: a Kaiser
   Permanente Northwest DME guideline (named). An alternative is offered: a non-segmental compressor (E0650) or
   compression garments (A6531 or A6549), never an item. Layouts: ``nw_supplier_cc_member`` (to the DME supplier
   that sent the request, copied to the member; the supplier is the requesting provider there),
   ``nw_reviewer_credentials_block`` (a boxed block with a physician's name, specialty and board certification and a
   separate signature by the medical director: either the physician in the block decided and the director signs
   for the department, or the block names an advising specialist and the director decided; the truth reviewer is
   the one who decided) and ``nw_fax_every_page`` (a fax to the ordering physician with a fax line atop every page:
   sender, number, date in 03-14-26 style, time, page count; the patient named on the "Patient:" line). Oregon
   commercial rights from the catalogue: an appeal within 180 days, expedited review decided in 72 hours, external
   review by an independent review organization within 4 months of the final internal decision (45 CFR 147.136),
   free copies of documents and criteria, the Oregon Division of Financial Regulation by name only and EBSA
   1-866-444-3272 for employer plans with "check your plan documents" (no Northwest Member Services number is
   verified: the unit's own phone is printed), taglines. Distractors: the supplier's phone, fax and NPI, the
   lymphedema therapist and her visit count and dates, the limb measurement date, the garment fitting date, the
   medical director (or the advising specialist), the board name, the fax line's date and time.

   Which date is which: the letter date is the date line (on the fax the "Date sent" field; the fax line's date is
   the transmission stamp, unmarked); received and decision dates are in the opening paragraph. Therapy, measurement
   and fitting dates are earlier events; ``service`` is always null. Which name is the member: the addressee on the
   member layouts; the "Member:"/"Patient:" line on the supplier and fax layouts. Which reason is the reason: the
   paragraph under the reason heading. The truth counts the compressor lines (one or two).

3. ``blind45_co_commercial_cpap_continued_rental_ended``: a Kaiser Permanente Colorado commercial HMO (plan_type
   ``commercial_hmo``, state CO) notice that the rental of a CPAP device (E0601) and its supplies (full face mask
   A7030, tubing A7037) will not be covered past a stated date because the device's usage download does not show
   regular use (letter_kind ``termination_notice``, category ``medical_necessity``); diagnosis G47.33. Criteria: a
   Kaiser Permanente Colorado DME guideline for continued positive airway pressure coverage (named). Layouts:
   ``co_download_table`` (a usage table: 30-day period with its date range, nights in the period, nights used, nights
   of 4 hours or more, average hours on nights used), ``co_what_when_why`` (headings "What is changing", "When it
   changes", "Why", "What you can do") and ``co_two_pages_end_date_p2`` (a two-page letter whose last covered day is
   printed only on page 2, under "The date this takes effect"). Colorado commercial rights from the catalogue: an
   appeal within 180 days, expedited review in 72 hours, external review by an independent review organization within
   4 months of the final internal decision (45 CFR 147.136), free copies, the Colorado Division of Insurance by name
   only, EBSA 1-866-444-3272 with the caveat, Kaiser Permanente Colorado Member Services 303-338-3800 (Southern
   Colorado 1-888-681-7878), taglines. Distractors: the usage table's dates and numbers, the device set-up date, the
   sleep study date and its AHI, the sleep physician (never the requesting provider), the DME vendor's phone, the last
   covered day, an option named with its code (an oral appliance E0486 or a CPAP titration study 95811), never an
   item.

   Which date is which: the letter date is the date line; received (the day the vendor's download and request to
   continue reached us) and decision dates are in the opening paragraph. The last covered day is later than the
   letter and never truth; set-up, sleep study and download dates are earlier; ``service`` is always null. Which name
   is the member: the addressee. The requesting provider is the DME vendor that asked to continue the rental. Which
   reason is the reason: the paragraph under the "Why" heading. The truth counts the three rental lines.

Dates use this set's own styles (``b45date``); ``parse_blind45_date`` reads them back. Refused: the generator
refuses rule ids the catalogue does not apply to a template's plan, state, kind or category (e.g. the DMHC statement
outside California, continuation of benefits outside Medi-Cal, a plan-provision omission in a medical-necessity
letter, decision timeliness on a termination notice).
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

BLIND45_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MES = D.MONTHS_ES
_MES3 = [m[:3] for m in _MES]  # ene feb mar abr may jun jul ago sep oct nov dic
_MON3U = [m[:3].upper() for m in MONTHS]
_MONDOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
_DOWDOT = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]


def b45date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "es_mesguion":  # 14-mar-2026 (a Spanish system print, lower-case month)
        return f"{d.day:02d}-{_MES3[d.month - 1]}-{d.year}"
    if style == "es_delanio":  # 14 de marzo del 2026
        return f"{d.day} de {_MES[d.month - 1]} del {d.year}"
    if style == "es_barradmy":  # 14/03/2026 (day first, as Spanish forms print it)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "milcompact":  # 14MAR26
        return f"{d.day:02d}{_MON3U[d.month - 1]}{d.year % 100:02d}"
    if style == "isoslash":  # 2026/03/14
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "faxmdyy":  # 03-14-26 (fax stamps and table cells)
        return f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}"
    if style == "wkdotmdy":  # Sat., Mar. 14, 2026
        return f"{_DOWDOT[d.weekday()]}, {_MONDOT[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("es_mesguion", "es_delanio", "es_barradmy", "milcompact", "isoslash", "faxmdyy", "wkdotmdy")
STYLES_ES = ("es_mesguion", "es_delanio", "es_barradmy")


def parse_blind45_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b45date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})-([a-z]{3})-(\d{4})", t)
        if m and m[2] in _MES3:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) del (\d{4})", t)
        if m and m[2] in _MES:
            return dt.date(int(m[3]), _MES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{2})", t)
        if m and m[2] in _MON3U:
            return dt.date(2000 + int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\S+), (\S+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _DOWDOT and m[2] in _MONDOT:
            d = dt.date(int(m[4]), _MONDOT.index(m[2]) + 1, int(m[3]))
            return d if _DOWDOT[d.weekday()] == m[1] else None
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b45_fmt"] = w.pick(list(body))
    w.c.extra["b45_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b45_fmt") -> str:
    if not day:
        return ""
    return b45date(day, w.c.extra[key] if key.startswith("b45_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b45_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(212, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a} {n} {m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _hhmm(h: int, m: int, es: bool) -> str:
    if es:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'a. m.' if h < 12 else 'p. m.'}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "ENGLISH: If you need help in your language to read this letter, call {ph} at no cost.",
    "es": "ESPAÑOL: Si necesita ayuda en su idioma para leer esta carta, llame gratis al {ph}.",
    "zh": "中文：如需以您的語言協助閱讀本信函，請撥打免費電話 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu cần trợ giúp bằng ngôn ngữ của quý vị để đọc thư này, xin gọi miễn phí số {ph}.",
    "tl": "TAGALOG: Kung kailangan mo ng tulong sa iyong wika para mabasa ang sulat na ito, tumawag nang libre sa "
          "{ph}.",
    "ko": "한국어: 이 편지를 읽는 데 귀하의 언어로 도움이 필요하시면 {ph}번으로 무료 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե այս նամակը կարդալու համար ձեր լեզվով օգնության կարիք ունեք, զանգահարեք անվճար {ph}:",
    "fa": "فارسی: اگر برای خواندن این نامه به کمک به زبان خود نیاز دارید، به‌طور رایگان با {ph} تماس بگیرید.",
    "ru": "РУССКИЙ: Если вам нужна помощь на вашем языке, чтобы прочитать это письмо, звоните бесплатно по номеру "
          "{ph}.",
    "ja": "日本語：この手紙をお読みになるためにご自分の言語での支援が必要な場合は、{ph} まで無料でお電話ください。",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة بلغتك لقراءة هذه الرسالة، اتصل مجانًا على {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਚਿੱਠੀ ਪੜ੍ਹਨ ਲਈ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ {ph} 'ਤੇ ਮੁਫ਼ਤ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ ប្រសិនបើអ្នកត្រូវការជំនួយជាភាសារបស់អ្នកដើម្បីអានលិខិតនេះ សូមទូរស័ព្ទដោយឥតគិតថ្លៃទៅ {ph}។",
    "hmn": "HMOOB: Yog koj xav tau kev pab ua koj hom lus los nyeem tsab ntawv no, hu dawb rau {ph}.",
    "hi": "हिंदी: यदि इस पत्र को पढ़ने के लिए आपको अपनी भाषा में सहायता चाहिए, तो {ph} पर निःशुल्क कॉल करें।",
    "th": "ภาษาไทย: หากคุณต้องการความช่วยเหลือเป็นภาษาของคุณในการอ่านจดหมายนี้ โทรฟรีที่ {ph}",
    "uk": "УКРАЇНСЬКА: Якщо вам потрібна допомога вашою мовою, щоб прочитати цей лист, телефонуйте безкоштовно за "
          "номером {ph}.",
    "ro": "ROMÂNĂ: Dacă aveți nevoie de ajutor în limba dumneavoastră pentru a citi această scrisoare, sunați gratuit "
          "la {ph}.",
    "so": "SOOMAALI: Haddii aad u baahan tahay caawimaad luqaddaada ah si aad u akhrido warqaddan, si bilaash ah u wac "
          "{ph}.",
    "am": "አማርኛ፦ ይህንን ደብዳቤ ለማንበብ በቋንቋዎ እርዳታ ከፈለጉ በነጻ ወደ {ph} ይደውሉ።",
    "de": "DEUTSCH: Wenn Sie Hilfe in Ihrer Sprache brauchen, um diesen Brief zu lesen, rufen Sie kostenlos {ph} an.",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide dans votre langue pour lire cette lettre, appelez gratuitement le "
          "{ph}.",
    "ne": "नेपाली: यो पत्र पढ्न तपाईंलाई आफ्नो भाषामा सहयोग चाहिएमा {ph} मा निःशुल्क फोन गर्नुहोस्।",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "CA_ES": ["en", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "OR": ["es", "vi", "ru", "zh", "uk", "ko", "ro", "ar", "so", "ja"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de", "fr", "ne", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    if not key.startswith("CA"):  # a California letter carries all fifteen
        first, rest = langs[:1], langs[1:]
        w.rng.shuffle(rest)
        langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
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


def _signoff(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=16))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=16))
    b.append(w.p(org, space_before=0))


_MN_ONLY = ("process.reviewer_not_physician", "notice.criteria_cited", "notice.reason_specific")


# === 1. Northern California Medi-Cal: non-emergency medical transportation (Spanish / bilingual) =====================

_CA_MS = "1-800-464-4000"
_NCA_AREAS = ["916", "209", "510", "707", "925", "408", "559"]
# code: (Spanish texts, English texts), mileage line
_NCA_VAN = {
    "A0130": (["transporte médico no de emergencia en camioneta para silla de ruedas",
               "camioneta adaptada para silla de ruedas, viaje de ida y vuelta"],
              ["non-emergency medical transportation by wheelchair van",
               "wheelchair van, round trip"]),
    "T2005": (["transporte médico no de emergencia en camioneta con camilla",
               "camioneta con camilla (litter van), viaje de ida y vuelta"],
              ["non-emergency transportation by litter (stretcher) van",
               "litter van, round trip"]),
}
_NCA_MILES = {
    "A0130": ("S0209", ["millaje de camioneta para silla de ruedas, por milla"], ["wheelchair van mileage, per mile"]),
    "T2005": ("T2049", ["millaje de camioneta con camilla, por milla"], ["stretcher van mileage, per mile"]),
}
_NCA_DX = {
    "dialysis": [("Enfermedad renal crónica en etapa terminal", "End stage renal disease", "N18.6")],
    "therapy": [("Hemiplejía después de un infarto cerebral que afecta el lado derecho dominante",
                 "Hemiplegia following cerebral infarction affecting right dominant side", "I69.351"),
                ("Esclerosis múltiple", "Multiple sclerosis", "G35"),
                ("Paraplejía, no especificada", "Paraplegia, unspecified", "G82.20")],
}
_NCA_DX2 = ("Dependencia de diálisis renal", "Dependence on renal dialysis", "Z99.2")
_NCA_CENTERS = {
    "dialysis": ["Delta Valley Dialysis Center", "Redwood Kidney Care", "Sierra Foothills Dialysis Unit",
                 "East Bay Renal Center", "Central Valley Kidney Institute"],
    "therapy": ["Valley Outpatient Neuro Rehab", "Golden Oak Physical Therapy", "Bayside Rehabilitation Clinic",
                "Capitol Neurologic Therapy Center"],
}
_NCA_DAYS = {
    "dialysis": [("lunes, miércoles y viernes", "Monday, Wednesday and Friday", "L-M-V", "M-W-F"),
                 ("martes, jueves y sábado", "Tuesday, Thursday and Saturday", "M-J-S", "Tu-Th-Sa")],
    "therapy": [("martes y jueves", "Tuesday and Thursday", "M-J", "Tu-Th"),
                ("lunes y miércoles", "Monday and Wednesday", "L-M", "M-W")],
}
_NCA_VENDORS = ["Golden State Ride Partners", "CalMobility Transport Services", "Northstar NEMT Coordination",
                "Sacramento Valley Medical Rides"]
_NCA_CRIT = [("Criterios de Kaiser Permanente para transporte médico no de emergencia de Medi-Cal",
              "Kaiser Permanente Medi-Cal Non-Emergency Medical Transportation Criteria"),
             ("Guía de Kaiser Permanente del Norte de California: transporte en camioneta para silla de ruedas y "
              "con camilla (Medi-Cal)",
              "Kaiser Permanente Northern California Guideline: Wheelchair Van and Litter Van Transportation "
              "(Medi-Cal)")]
_NCA_SPEC = [("Medicina Interna", "Internal Medicine"), ("Medicina Familiar", "Family Medicine"),
             ("Medicina Física y Rehabilitación", "Physical Medicine and Rehabilitation")]
_NCA_TITLES = [("Médico revisor", "Physician Reviewer"), ("Director médico asociado", "Associate Medical Director")]


def _es(w: W) -> bool:
    return w.c.language == "es"


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b45_nca"):
        return
    c.extra["b45_nca"] = True
    variant = w.rng.randrange(3)
    if _has(c, "notice.language_assistance") and variant == 1:  # a bilingual notice is itself language help
        variant = w.pick([0, 2])
    c.extra["nca_variant"] = variant
    if variant == 1:
        c.language = "en"
        c.appeal_phrase = f"{c.appeal_days} calendar days" if w.chance(0.5) else f"{c.appeal_days} days"
    _fmt(w, ("es_delanio", "es_barradmy", "es_mesguion"), ("es_delanio", "es_mesguion", "es_barradmy"))
    c.extra["nca_en_fmt"] = w.pick(["wkdotmdy", "isoslash", "milcompact"])
    c.extra["nca_en_head"] = w.pick(["wkdotmdy", "milcompact"])
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    if c.category == "medical_necessity" and not any(_has(c, d) for d in _MN_ONLY) and w.chance(0.4):
        c.category = "administrative"  # the request came without the signed PCS form
    en = c.language == "en"
    kind = c.extra["nca_kind"] = w.pick(["dialysis", "dialysis", "therapy"])
    code = c.extra["nca_code"] = w.pick(["A0130", "A0130", "T2005"])
    es_t, en_t = _NCA_VAN[code]
    i = w.rng.randrange(2)
    c.services = [dict(text=(en_t if en else es_t)[i], codes=[code], decision="denied")]
    c.extra["nca_svc_other"] = [(es_t if en else en_t)[i]]
    if w.chance(0.45):
        mcode, mes, men = _NCA_MILES[code]
        c.services.append(dict(text=(men if en else mes)[0], codes=[mcode], decision="denied"))
        c.extra["nca_svc_other"].append((mes if en else men)[0])
    dxs = [w.pick(_NCA_DX[kind])]
    if kind == "dialysis" and w.chance(0.5):
        dxs.append(_NCA_DX2)
    c.diagnoses = [dict(text=(den if en else des), codes=[cd]) for des, den, cd in dxs]
    c.extra["nca_dx_other"] = [(des if en else den, cd) for des, den, cd in dxs]
    c.service = None
    c.extra["nca_center"] = w.pick(_NCA_CENTERS[kind])
    c.extra["nca_center_addr"] = address(w.rng, "CA", "Northern California")
    c.extra["nca_center_ph"] = _phone(w, _NCA_AREAS)
    c.extra["nca_days"] = w.pick(_NCA_DAYS[kind])
    h, mi = (w.rng.randint(6, 13), w.pick([0, 15, 30, 45]))
    ph_, pm_ = divmod(h * 60 + mi - w.pick([45, 60, 75]), 60)
    c.extra["nca_appt"] = (h, mi)
    c.extra["nca_pick"] = (ph_, pm_)
    base = c.letter
    c.extra["nca_start"] = base + dt.timedelta(days=w.rng.randint(4, 12))
    c.extra["nca_months"] = w.pick([3, 6, 12])
    c.extra["nca_pcs_day"] = (c.received or base) - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["nca_vendor"] = (w.pick(_NCA_VENDORS), _phone(w, _NCA_AREAS, 0))
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "M.D.", "DO"])
    c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
    c.extra["nca_prov_last"] = last
    c.extra["nca_aid"] = w.pick(["walker", "cane", "wheelchair"]) if code == "A0130" else "wheelchair"
    c.extra["nca_sit"] = w.rng.randint(3, 4)
    ci = w.rng.randrange(len(_NCA_CRIT))
    if c.category == "administrative" or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [_NCA_CRIT[ci][1] if en else _NCA_CRIT[ci][0]]
    c.extra["nca_crit_other"] = _NCA_CRIT[ci][0] if en else _NCA_CRIT[ci][1]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Transportation Benefits Coordinator"] if en else
                     ["Enfermera de revisión de utilización", "Coordinadora de beneficios de transporte"],
                     ["RN", "LVN", None])
    elif c.category == "medical_necessity":
        sp = w.pick(_NCA_SPEC)
        ti = w.pick(_NCA_TITLES)
        _physician(w, [sp[1] if en else sp[0]], [ti[1] if en else ti[0]], _NCA_AREAS, 0.5, 0.6)
    c.extra["nca_ref"] = f"NOA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nca_phone"] = _phone(w, _NCA_AREAS)
    _flags(c)


def _nca_reason(w: W, es: bool) -> str:
    c = w.c
    code, aid, sit = c.extra["nca_code"], c.extra["nca_aid"], c.extra["nca_sit"]
    prov = c.provider
    dest = c.extra["nca_center"]
    if _bare(c):
        return ("El transporte solicitado no es médicamente necesario." if es else
                "The requested transportation is not medically necessary.")
    if c.category == "administrative":
        if es:
            return (f"No recibimos el formulario de Declaración de Certificación del Médico (PCS) firmado por "
                    f"{prov}. Medi-Cal exige este formulario antes de aprobar transporte médico no de emergencia: en "
                    f"él su médico explica por qué usted no puede viajar en auto, autobús o taxi, qué tipo de "
                    f"vehículo necesita y por cuánto tiempo. La solicitud de viajes a {dest} llegó sin el "
                    f"formulario, por eso no podemos aprobarla.")
        return (f"We did not receive a Physician Certification Statement (PCS) form signed by {prov}. Medi-Cal "
                f"requires this form before non-emergency medical transportation can be approved: on it your doctor "
                f"explains why you cannot travel by car, bus or taxi, what kind of vehicle you need and for how long. "
                f"The request for rides to {dest} arrived without the form, so we cannot approve it.")
    if code == "A0130":
        aid_es = {"walker": "un andador", "cane": "un bastón", "wheelchair": "una silla de ruedas"}[aid]
        if es:
            return (f"El formulario PCS y las notas de {prov} indican que usted camina distancias cortas con "
                    f"{aid_es}, sube y baja de un automóvil sin ayuda de otra persona y puede viajar sentado(a) con "
                    f"el cinturón de seguridad. La camioneta para silla de ruedas se cubre cuando una persona no "
                    f"puede viajar con seguridad en auto, autobús o taxi. Como usted sí puede, este tipo de transporte "
                    f"no es médicamente necesario para sus citas en {dest}.")
        aid_en = {"walker": "a walker", "cane": "a cane", "wheelchair": "a folding wheelchair"}[aid]
        return (f"The PCS form and the notes from {prov} show that you walk short distances with {aid_en}, get in "
                f"and out of a car without another person's help and can ride seated with a seat belt. A wheelchair "
                f"van is covered when a person cannot travel safely by car, bus or taxi. Because you can, wheelchair "
                f"van transportation is not medically necessary for your visits to {dest}.")
    if es:
        return (f"Según el formulario PCS y las notas de {dest}, usted pasa de la cama a la silla de ruedas con ayuda "
                f"de una persona y permanece sentado(a) durante sus citas de {sit} horas. La camioneta con camilla "
                f"es para quienes deben viajar acostados por su condición médica. Usted puede viajar sentado(a) en "
                f"su silla de ruedas, por lo que la camioneta con camilla no es médicamente necesaria.")
    return (f"The PCS form and the notes from {dest} show that you move from bed to wheelchair with one person's help "
            f"and stay seated through appointments that last {sit} hours. A litter van is for people whose medical "
            f"condition requires them to travel lying down. You can travel seated in your wheelchair, so a litter "
            f"van is not medically necessary.")


def reason_b45_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    c.extra["nca_reason_other"] = _nca_reason(w, c.language == "en")
    return _nca_reason(w, c.language == "es")


def _nca_alt(w: W, es: bool) -> str:
    c = w.c
    if c.category == "administrative":
        return ("Si su médico nos envía el formulario PCS firmado, revisaremos la solicitud de nuevo." if es else
                "If your doctor sends us the signed PCS form, we will review the request again.")
    if c.extra["nca_code"] == "T2005":
        return ("Podemos aprobar el transporte en camioneta para silla de ruedas (código A0130) si su médico lo pide."
                if es else "We can approve wheelchair van transportation (code A0130) if your doctor asks for it.")
    return ("Usted puede pedir transporte no médico (NMT) en automóvil para ir a sus citas; ese servicio sí está "
            "cubierto." if es else "You can ask for non-medical transportation (NMT) by car to get to your visits; "
                                  "that service is covered.")


def _nca_rights_es(w: W, b: list[Block], head, marked: bool) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase) if marked else f"{c.appeal_days} días"
    head(w.pick(["Sus derechos", "Si no está de acuerdo con esta decisión", "Cómo apelar"]))
    b.append(w.p(w.pick([
        f"Usted, su médico o una persona que usted elija puede pedir una apelación dentro de los {days} "
        f"siguientes a la fecha de este aviso. Llame a Servicios a los Miembros al {_CA_MS} (TTY 711), pídala en "
        f"kp.org, escríbanos o vaya a la oficina de Servicios a los Miembros de cualquier centro de Kaiser "
        f"Permanente. Decidiremos su apelación en un plazo de 30 días.",
        f"Para apelar, comuníquese con nosotros en un plazo de {days} a partir de la fecha de este aviso: por "
        f"teléfono al {_CA_MS} (TTY 711), por internet en kp.org, por escrito o en persona. Le enviaremos nuestra "
        f"decisión en un plazo de 30 días.",
    ])))
    b.append(w.p(w.pick([
        "Si esperar 30 días podría poner en grave peligro su salud, pida una apelación rápida (acelerada); la "
        "decidiremos en 72 horas.",
        "Apelación rápida: si su vida o su salud corren grave riesgo con la espera, le daremos una respuesta en un "
        "plazo de 72 horas.",
    ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Si ya recibe este servicio y quiere seguir recibiéndolo mientras se decide su apelación, debe apelar "
            "dentro de los 10 días siguientes a la fecha de este aviso o antes de la fecha en que el servicio "
            "termine (ayuda pagada pendiente).",
            "Ayuda pagada pendiente: para seguir recibiendo un servicio que ya tiene mientras revisamos su "
            "apelación, pida la apelación en un plazo de 10 días a partir de la fecha de este aviso, o antes de que "
            "termine el servicio.",
        ])))
    b.append(w.p(w.pick([
        "Audiencia Estatal: si después de la apelación seguimos negando el servicio, o si no le respondemos en 30 "
        "días, puede pedir una Audiencia Estatal al Departamento de Servicios Sociales de California (CDSS) dentro "
        "de los 120 días siguientes a la fecha de nuestra carta de decisión. Llame al 1-800-952-5253 (TDD "
        "1-800-952-8349) o escriba a: CDSS State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
        "Sacramento, CA 94244-2430.",
        "Si no está de acuerdo con la decisión de su apelación, o si no la recibe en 30 días, tiene 120 días a partir "
        "de esa decisión para pedir una Audiencia Estatal (State Hearing). Teléfono del CDSS: 1-800-952-5253; TDD: "
        "1-800-952-8349. Dirección: CDSS State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
        "Sacramento, CA 94244-2430.",
    ])))
    b.append(w.p(w.pick([
        "Revisión Médica Independiente: si no ha pedido una Audiencia Estatal, también puede pedir una Revisión "
        "Médica Independiente (IMR) al Departamento de Atención Médica Administrada. Si pide primero la Audiencia "
        "Estatal, ya no podrá pedir la IMR.",
        "También puede pedir una Revisión Médica Independiente (IMR) al Departamento de Atención Médica "
        "Administrada, siempre que no haya pedido antes una Audiencia Estatal.",
    ])))
    b.append(w.p(w.pick([
        "Tiene derecho a recibir gratis copias de los documentos, expedientes y criterios que usamos para tomar esta "
        "decisión. La Oficina del Ombudsman de Atención Administrada de Medi-Cal también puede ayudarle: "
        "1-888-452-8609.",
        "Puede pedir sin costo copias de todo lo que revisamos, incluidos los criterios. Para ayuda gratuita, llame a "
        "la Oficina del Ombudsman de Medi-Cal al 1-888-452-8609 (TTY 711).",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "El Departamento de Atención Médica Administrada de California (DMHC) regula los planes de servicios de "
            f"salud. Si tiene una queja contra su plan, primero llame a su plan al {_CA_MS} (TTY 711) y use su "
            "proceso de quejas antes de comunicarse con el Departamento. Usar este proceso no le quita ningún derecho "
            "ni recurso legal que pueda tener. Puede llamar al Departamento si necesita ayuda con una queja sobre una "
            "emergencia, una queja que su plan no resolvió de forma satisfactoria o una queja que sigue sin "
            "resolverse después de 30 días. Tal vez también pueda pedir una Revisión Médica Independiente (IMR), que "
            "revisa de forma imparcial las decisiones del plan sobre la necesidad médica de un servicio, los "
            "tratamientos experimentales o en investigación y los pagos de servicios de emergencia o urgencia. El "
            "Departamento tiene un número gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) para personas "
            "con problemas de audición o del habla. En su sitio web www.dmhc.ca.gov encontrará formularios de queja, "
            "formularios de solicitud de IMR e instrucciones.", bold=True, size=12.0, space_before=8))


def _nca_rights_en(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your rights", "If you disagree with this decision"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you choose may ask for an appeal within {M('APPEAL_DAYS', c.appeal_phrase)} "
        f"of the date of this notice. Call Member Services at {_CA_MS} (TTY 711), use kp.org, write to us or visit a "
        f"Member Services office. We will decide your appeal within 30 days.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice, by phone "
        f"({_CA_MS}, TTY 711), online at kp.org, in writing or in person. You will have our answer within 30 days.",
    ])))
    b.append(w.p("If waiting 30 days could seriously harm your health, ask for a fast (expedited) appeal; we will "
                 "decide it within 72 hours."))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p("Aid paid pending: if you already get this service and want to keep it while we decide your "
                     "appeal, appeal within 10 days of the date of this notice or before the service ends."))
    b.append(w.p("State Hearing: if our appeal decision still denies the service, or if you do not hear from us "
                 "within 30 days, you may ask the California Department of Social Services (CDSS) for a State "
                 "Hearing within 120 days of our appeal decision. Call 1-800-952-5253 (TDD 1-800-952-8349) or write "
                 "to CDSS State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA "
                 "94244-2430."))
    b.append(w.p("Independent Medical Review: if you have not asked for a State Hearing, you may also ask the "
                 "Department of Managed Health Care for an Independent Medical Review (IMR). If you ask for a State "
                 "Hearing first, you cannot have an IMR."))
    b.append(w.p("You may get free copies of the documents, records and criteria we used. For free help, call the "
                 "Medi-Cal Managed Care Ombudsman at 1-888-452-8609."))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care (DMHC) regulates health care service plans. If you have "
            f"a grievance against your health plan, first call your plan at {_CA_MS} (TTY 711) and use its grievance "
            "process before contacting the Department. Using this process does not take away any legal rights or "
            "remedies you may have. You may call the Department for help with a grievance about an emergency, a "
            "grievance your plan has not resolved to your satisfaction, or a grievance still unresolved after 30 "
            "days. You may also qualify for an Independent Medical Review (IMR), an impartial review of a plan's "
            "decisions about the medical necessity of a service, experimental or investigational treatment, and "
            "payment for emergency or urgent care. The Department's toll-free number is 1-888-466-2219 and its TDD "
            "line for the hearing and speech impaired is 1-877-688-9891. Complaint forms, IMR application forms and "
            "instructions are on its website, www.dmhc.ca.gov.", bold=True, size=12.0, space_before=8))


def _nca_trip_rows(w: W) -> list[list[str]]:
    c = w.c
    days_es, _den, short_es, _sen = c.extra["nca_days"]
    h, mi = c.extra["nca_appt"]
    ph_, pm_ = c.extra["nca_pick"]
    rows = [["Primer viaje", "Días", "Hora de la cita", "Recogida", "Destino", "Vehículo", "Código"]]
    start = c.extra["nca_start"]
    for leg in ("ida", "regreso"):
        veh = "silla de ruedas" if c.extra["nca_code"] == "A0130" else "camilla"
        if leg == "ida":
            rows.append([b45date(start, "es_barradmy"), short_es, _hhmm(h, mi, True), _hhmm(ph_, pm_, True),
                         c.extra["nca_center"], veh, c.extra["nca_code"]])
        else:
            eh = h + c.extra["nca_sit"]
            rows.append([b45date(start, "es_barradmy"), short_es, "regreso", _hhmm(eh, mi, True), "domicilio", veh,
                         c.extra["nca_code"]])
    return rows


def t_b45_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = c.extra["nca_variant"]  # 0 Spanish NOA, 1 bilingual in two parts, 2 Spanish letter with a trip table
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 68.0])
    ref, ph = c.extra["nca_ref"], c.extra["nca_phone"]
    vendor, vph = c.extra["nca_vendor"]
    center, caddr, cph = c.extra["nca_center"], c.extra["nca_center_addr"], c.extra["nca_center_ph"]
    days_es, days_en, _s1, _s2 = c.extra["nca_days"]
    h, mi = c.extra["nca_appt"]
    ph_, pm_ = c.extra["nca_pick"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    st.footer = [w.pick([f"{ref} - página {{page}} de {{pages}}", "Kaiser Permanente - Medi-Cal | {page}",
                         f"Aviso {ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Medi-Cal - Norte de California" if variant != 1 else
                         "Medi-Cal - Northern California", "Utilization Management / Transporte"],
                   right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Northern California")),
                          f"Tel. {ph}"]))

    def addressee(lab: str, key: str) -> None:
        b.append(w.p(f"{lab} {_dm(w, 'DATE_LETTER', c.letter, key)}", space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)

    def es_body(marked: bool) -> None:
        """The Spanish notice: marked on the Spanish layouts, a plain repetition in the bilingual one's part 2."""
        if marked:
            svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services], "y")
            dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
            rec = _dm(w, "DATE_RECEIVED", c.received)
            dec = _dm(w, "DATE_DECISION", c.decision)
            reason = M("REASON", w.reason)
            crit = join_and([M("CRITERIA", x) for x in c.criteria], "y")
            who_p = prov
        else:
            svcs = join_and([f"{t} ({s['codes'][0]})" for t, s in zip(c.extra["nca_svc_other"], c.services,
                                                                      strict=True)], "y")
            dxs = "; ".join(f"{t} ({cd})" for t, cd in c.extra["nca_dx_other"])
            rec = b45date(c.received, "es_delanio") if c.received and c.extra.get("nca_rec_shown") else ""
            dec = b45date(c.decision, "es_delanio") if c.decision and c.extra.get("nca_dec_shown") else ""
            reason = c.extra["nca_reason_other"]
            crit = c.extra["nca_crit_other"] if c.criteria else ""
            who_p = c.provider
        intro = w.pick([f"{who_p} pidió que aprobáramos {svcs} para llevarle a sus citas en {center}, los "
                        f"{days_es}.",
                        f"Recibimos una solicitud de {who_p} de {svcs} para sus citas de los {days_es} en {center}."])
        if rec:
            intro += f" Recibimos la solicitud el {rec}."
        if urgent:
            intro += " La revisamos de forma acelerada (urgente)."
        if dec:
            intro += f" Tomamos la decisión el {dec}."
        intro += w.pick([" Hemos negado esta solicitud.", " No podemos aprobar la solicitud."])
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnóstico: ", "Diagnóstico en la solicitud: "]) + dxs + "."))
        head(w.pick(["Por qué tomamos esta decisión", "Por qué", "Motivo de la decisión"]))
        b.append(w.p(reason))
        if crit:
            b.append(w.p(w.pick(["Criterios usados: ", "Basamos esta decisión en: "]) + crit + "."))
        if marked and c.reviewer:
            line = _who(w, w.pick(["Revisó esta solicitud: ", "Decisión tomada por "]), ".")
            if c.reviewer["phone"]:
                line += f" Su médico puede llamar al {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            b.append(w.p(line))
        b.append(w.p(_nca_alt(w, True)))

    if variant in (0, 2):
        if variant == 0:
            b.append(w.h(w.pick(["AVISO DE ACCIÓN", "Aviso de acción sobre su solicitud de transporte",
                                 "AVISO DE ACCIÓN - TRANSPORTE MÉDICO"]), align="center", space_before=6,
                         size=st.size + 3))
            b.append(w.p("Aviso de determinación adversa de beneficios de Medi-Cal", align="center", italic=True,
                         space_before=1))
            addressee(w.pick(["Fecha del aviso:", "Fecha de este aviso:"]), "b45_head")
            b.append(Block("fields", rows=[["N.º de miembro:", w.mid(), "N.º de aviso:", ref],
                                           ["Médico que lo pidió:", prov, "Servicio:", "Transporte"]],
                           space_before=8, size=st.size - 0.4))
        else:
            addressee("Fecha:", "b45_head")
            b.append(w.p(f"N.º de historia clínica: {w.mid()}    Referencia: {ref}", space_before=8,
                         size=st.size - 0.5))
            b.append(w.h(w.pick(["No aprobamos el transporte que pidió", "Decisión sobre su solicitud de "
                                                                          "transporte"]),
                         space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Estimado(a) {c.member_salute}:", f"Hola, {c.member_salute}:"]), space_before=8))
        if variant == 0:
            head("Lo que se pidió")
        es_body(True)
        if variant == 2:
            b.append(w.h(w.pick(["Viajes solicitados", "Detalle de los viajes que se pidieron"]), space_before=8))
            b.append(Block("table", rows=_nca_trip_rows(w), space_before=3, size=7.8))
            b.append(w.p(f"Periodo pedido: {c.extra['nca_months']} meses. Dirección de {center}: "
                         f"{caddr[0]}, {caddr[1]}; teléfono {cph}.", size=8.0, space_before=2))
        else:
            b.append(w.p(f"Sus citas en {center} ({caddr[0]}, {caddr[1]}) son los {days_es} a las "
                         f"{_hhmm(h, mi, True)}; la hora de recogida pedida era {_hhmm(ph_, pm_, True)}, a partir "
                         f"del {_fd(w, c.extra['nca_start'])}."))
        pcs = _fd(w, c.extra["nca_pcs_day"])
        b.append(w.p(w.pick([
            f"Para programar transporte cubierto, llame a {vendor}, nuestro coordinador de transporte, al {vph}, al "
            f"menos 2 días hábiles antes de su cita.",
            f"Coordinador de transporte: {vendor}, teléfono {vph}.",
        ]) + (f" El pedido de {c.provider} tiene fecha del {pcs}." if c.category == "administrative" else
              f" El formulario PCS fue firmado el {pcs}.")))
        _nca_rights_es(w, b, head, True)
        _signoff(w, b, w.pick(["Atentamente,", "Cordialmente,"]), "Departamento de Utilization Management",
                 "Kaiser Permanente, Norte de California")
        b.append(w.p(f"cc: {prov}; {center}", size=st.size - 1, space_before=6))
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(w.pick([f"Los servicios de intérprete son gratuitos. Llame al {_CA_MS} (TTY 711).",
                                 f"Puede pedir esta carta en otro idioma o formato sin costo: {_CA_MS}."]),
                         space_before=6))
        b += _taglines(w, "CA_ES", f"{_CA_MS} (TTY 711)", w.pick([None, "Ayuda en su idioma",
                                                                 "Servicios de idiomas"]))
        return b, st, ["nca_aviso_accion_es", "", "nca_tabla_viajes_es"][variant]

    # variant 1: English first (marked), then the same notice in Spanish
    en_fmt, en_head = c.extra["nca_en_fmt"], c.extra["nca_en_head"]
    b.append(w.h("PART 1 - NOTICE OF ACTION (ENGLISH)", space_before=6, size=st.size + 1.5, shade=True))
    b.append(w.p(f"Notice date: {M('DATE_LETTER', b45date(c.letter, en_head))}", space_before=6))
    b.append(w.p(w.name(), space_before=6))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member ID: {w.mid()}    Notice number: {ref}", space_before=6, size=st.size - 0.5))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    intro = w.pick([f"{prov} asked us to approve {svcs} to take you to {center} on {days_en}.",
                    f"We received a request from {prov} for {svcs} for your {days_en} appointments at {center}."])
    if c.received:
        intro += f" We received the request on {M('DATE_RECEIVED', b45date(c.received, en_fmt))}."
        c.extra["nca_rec_shown"] = True
    if urgent:
        intro += " We reviewed it on a fast (expedited) basis."
    if c.decision:
        intro += f" We decided on {M('DATE_DECISION', b45date(c.decision, en_fmt))}."
        c.extra["nca_dec_shown"] = True
    intro += " We have denied this request."
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p("Criteria used: " + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "Decision made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(_nca_alt(w, False)))
    b.append(w.p(f"Your appointments at {center}, {caddr[0]}, {caddr[1]}, are on {days_en} at "
                 f"{_hhmm(h, mi, False)}; the pickup time asked for was {_hhmm(ph_, pm_, False)}, starting "
                 f"{b45date(c.extra['nca_start'], en_fmt)}. Transportation scheduling: {vendor}, {vph}."))
    _nca_rights_en(w, b, head)
    _signoff(w, b, "Sincerely,", "Utilization Management", "Kaiser Permanente Northern California")
    b.append(Block("pagebreak"))
    b.append(w.h("PARTE 2 - AVISO DE ACCIÓN (ESPAÑOL)", space_before=6, size=st.size + 1.5, shade=True))
    b.append(w.p(f"Fecha del aviso: {b45date(c.letter, 'es_delanio')}", space_before=6))
    b.append(w.p(f"{c.member_name} - N.º de miembro {c.member_id}", space_before=4))
    b.append(w.p(f"Estimado(a) {c.member_salute}:", space_before=8))
    es_body(False)
    if c.reviewer:
        b.append(w.p(f"Revisó esta solicitud: {c.reviewer['name']}."))
    _nca_rights_es(w, b, head, False)
    b.append(w.p("Atentamente,", space_before=8))
    b.append(w.p("Kaiser Permanente, Norte de California", space_before=10))
    b.append(w.p(f"cc: {prov}; {center}", size=st.size - 1, space_before=6))
    b.append(w.p(f"Interpreter services are free / Los servicios de intérprete son gratuitos: {_CA_MS} (TTY 711).",
                 space_before=6))
    b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick([None, "Language assistance / Ayuda con el idioma"]))
    return b, st, "nca_bilingue_dos_partes"


BLIND45_TEMPLATES["blind45_nca_medi_cal_nemt_transport_es"] = (t_b45_nca, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b45_nca))
MODELED_ON["blind45_nca_medi_cal_nemt_transport_es"] = (
    "blind45: Kaiser Permanente Northern California Medi-Cal Notice of Action in Spanish (or English then Spanish) "
    "denying non-emergency medical transportation by wheelchair van (A0130, S0209) or litter van (T2005, T2049) to "
    "recurring dialysis or therapy visits, as not medically necessary or for a missing Physician Certification "
    "Statement; a Spanish 'Aviso de acción', a bilingual notice in two parts, or a Spanish letter with a table of "
    "trips; 60-day appeal, 72-hour fast appeal, aid paid pending in 10 days, State Hearing in 120 days with CDSS, "
    "IMR, Ombudsman, free copies, DMHC statement, taglines")


# === 2. Northwest commercial HMO: pneumatic compression device for lymphedema ======================================

_NW_AREAS = ["503", "971"]
_NW_E0652 = (["segmental pneumatic compressor with calibrated gradient pressure, home model",
              "programmable lymphedema pump (segmental, calibrated gradient pressure)"], "E0652")
_NW_E0651 = (["segmental pneumatic compressor without calibrated gradient pressure",
              "segmental lymphedema pump, non-calibrated"], "E0651")
_NW_E0671 = (["segmental gradient pressure pneumatic appliance, full leg", "full-leg gradient compression sleeve "
                                                                             "for pump"], "E0671")
_NW_DX = {
    "arm": [("Postmastectomy lymphedema syndrome", "I97.2")],
    "leg": [("Lymphedema, not elsewhere classified", "I89.0")],
}
_NW_HX = {"arm": ("Personal history of malignant neoplasm of breast", "Z85.3"),
          "leg": ("Personal history of malignant neoplasm of cervix uteri", "Z85.41")}
_NW_SUPPLIERS = ["Cascade Home Medical Supply", "Willamette Valley DME", "Rose City Lymphedema Solutions",
                 "Columbia Gorge Medical Equipment"]
_NW_CRIT = ["Kaiser Permanente Northwest Durable Medical Equipment Criteria: Pneumatic Compression Devices for "
            "Lymphedema",
            "Kaiser Permanente Northwest Clinical Review Guideline: Home Lymphedema Pumps"]
_NW_BOARDS = {"Physical Medicine and Rehabilitation": "American Board of Physical Medicine and Rehabilitation",
              "Vascular Surgery": "American Board of Surgery (Vascular Surgery)",
              "Internal Medicine": "American Board of Internal Medicine"}


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b45_nw"):
        return
    c.extra["b45_nw"] = True
    _fmt(w, ("wkdotmdy", "isoslash", "milcompact"), ("wkdotmdy", "isoslash", "milcompact"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    variant = c.extra["nw_variant"] = w.rng.randrange(3)
    limb = c.extra["nw_limb"] = w.pick(["arm", "leg", "leg"])
    kit = [_NW_E0652] if limb == "arm" or w.chance(0.5) else [_NW_E0651, _NW_E0671]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in kit]
    t, code = w.pick(_NW_DX[limb])
    c.diagnoses = [dict(text=t, codes=[code])]
    if w.chance(0.5):
        c.diagnoses.append(dict(text=_NW_HX[limb][0], codes=[_NW_HX[limb][1]]))
    c.service = None
    c.extra["nw_why"] = w.pick(["short", "garment", "measure"])
    base = c.received or c.letter
    c.extra["nw_ther"] = person(w.rng, 0.1)[0] + w.pick([", OT, CLT", ", PT, CLT", ", CLT-LANA"])
    c.extra["nw_ther_start"] = base - dt.timedelta(days=w.rng.randint(9, 20))
    c.extra["nw_visits"] = w.rng.randint(2, 4)
    c.extra["nw_measure"] = base - dt.timedelta(days=w.rng.randint(25, 60))
    c.extra["nw_fit"] = base - dt.timedelta(days=w.rng.randint(3, 10))
    c.extra["nw_cm"] = round(w.rng.uniform(2.1, 5.8), 1)
    sup = w.pick(_NW_SUPPLIERS)
    c.extra["nw_sup"] = (sup, _phone(w, _NW_AREAS), _phone(w, _NW_AREAS), _npi(w))
    name, _, last = person(w.rng, 0.15)
    doc = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["nw_doc"], c.extra["nw_doc_last"] = doc, last
    c.extra["nw_doc_fax"] = _phone(w, _NW_AREAS)
    c.provider = sup if variant == 0 else doc
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_NW_CRIT)]
    if limb == "arm":
        c.extra["nw_alt"] = w.pick([("E0650", "a non-segmental pneumatic compressor"),
                                    ("A6549", "a fitted compression sleeve")])
    else:
        c.extra["nw_alt"] = w.pick([("E0650", "a non-segmental pneumatic compressor"),
                                    ("A6531", "below-knee gradient compression stockings, 30-40 mmHg")])
    md_name = person(w.rng, 0.3)[0]
    c.extra["nw_md"] = (md_name, w.pick(["MD", "M.D."]))
    c.extra["nw_md_decided"] = variant == 1 and w.chance(0.5) and not _has(c, "process.reviewer_not_physician")
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist"], ["RN", "RN, BSN"])
        c.reviewer["phone"] = _phone(w, _NW_AREAS) if w.chance(0.5) else None
    elif c.extra["nw_md_decided"]:
        c.reviewer = dict(name=md_name, credentials=c.extra["nw_md"][1], specialty=None,
                          phone=_phone(w, _NW_AREAS) if w.chance(0.5) else None)
        c.reviewer_title = "Medical Director, Utilization Management"
        c.extra["nw_adv"] = (person(w.rng, 0.2)[0], w.pick(["MD", "DO"]), w.pick(list(_NW_BOARDS)))
    else:
        _physician(w, list(_NW_BOARDS), ["Physician Reviewer", "Reviewing Physician"], _NW_AREAS, 0.6,
                   1.0 if variant == 1 else 0.6)
    c.extra["nw_phone"] = _phone(w, _NW_AREAS)
    c.extra["nw_fax"] = _phone(w, _NW_AREAS)
    c.extra["nw_ref"] = f"DME{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nw_clock"] = f"{w.rng.randint(7, 17):02d}:{w.rng.randint(0, 59):02d}"
    _flags(c)


def reason_b45_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The pneumatic compression device is not medically necessary.",
                       "The request does not meet medical necessity criteria for a lymphedema pump."])
    limb = "arm" if c.extra["nw_limb"] == "arm" else "leg"
    ther, n = c.extra["nw_ther"], c.extra["nw_visits"]
    why = c.extra["nw_why"]
    if why == "short":
        return w.pick([
            f"A lymphedema pump is covered after at least four weeks of conservative treatment has not controlled "
            f"the swelling. The records show treatment with {ther} began less than three weeks before the request, "
            f"with {n} visits so far, so the four-week trial of compression, exercise and elevation is not finished. "
            f"A pump is not medically necessary until that trial has been completed.",
            f"The request came before a full four weeks of conservative lymphedema care. Your therapy with {ther} "
            f"started less than three weeks earlier ({n} visits), and we cannot yet tell whether compression "
            f"garments, exercise and elevation will control the swelling in your {limb}.",
        ])
    if why == "garment":
        return w.pick([
            f"Before a pump, the swelling in your {limb} must be treated for four weeks with a compression garment or "
            f"bandaging worn every day, along with exercise and elevation. The notes from {ther} say a garment was "
            f"ordered but not yet fitted, so the daily compression part of the trial has not happened.",
            f"Your records do not show four weeks of daily compression. A garment was ordered but the fitting had "
            f"not taken place when the pump was requested, and a pump is considered only when compression worn daily "
            f"for four weeks has not reduced the swelling in your {limb}.",
        ])
    return w.pick([
        f"A pump is approved when measurements taken before and after four weeks of conservative care show the "
        f"swelling did not improve. We received only one set of {limb} measurements, taken before your treatment "
        f"with {ther} began, so the records do not show that the four-week trial failed.",
        f"The request does not include {limb} measurements at the end of a four-week trial of compression, "
        f"exercise and elevation. Without them, we cannot see that conservative treatment failed, which our "
        f"criteria require before a pneumatic compression device.",
    ])


def _aca_rights(w: W, b: list[Block], head, state: str, phone: str) -> None:
    """Appeal, expedited review, external review, copies and consumer help for an Oregon or Colorado commercial plan."""
    c = w.c
    office = "Oregon Division of Financial Regulation" if state == "OR" else "Colorado Division of Insurance"
    head(w.pick(["How to appeal", "Your right to appeal", "If you do not agree"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, your doctor or someone acting for you may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of "
            f"the date you receive this letter. Send a written appeal with any records you want us to consider, or "
            f"call us at {phone}.",
            f"To appeal, write to us or call {phone} within {M('APPEAL_DAYS', c.appeal_phrase)} after you get this "
            f"notice. Tell us why you disagree and include letters or notes from your doctor.",
        ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously harm your life, health or ability to regain maximum "
            "function, ask for an expedited appeal. We will decide within 72 hours.",
            "Urgent situations: your doctor can ask for an expedited (fast) appeal, which is decided within 72 "
            "hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold this decision on appeal, you may ask for an external review by an independent review "
            "organization. You must ask within 4 months after you receive our final internal decision (45 CFR "
            "147.136). You do not pay for it.",
            "After our final appeal decision, an independent review organization that is not part of Kaiser "
            "Permanente can review it at no cost to you. The request must be made within 4 months after you "
            "receive that decision (45 CFR 147.136).",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the guideline we used and of all documents and records relevant to this "
        "decision.",
        "The criteria and the records relevant to this decision are available to you free of charge.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            f"For help with your rights, you may contact the {office}. If your coverage is through an employer, the "
            "Employee Benefits Security Administration can also help: 1-866-444-3272 (check your plan documents for "
            "current contact information).",
            f"Questions about your rights: the {office}; for employer group coverage, the U.S. Department of "
            "Labor's Employee Benefits Security Administration, 1-866-444-3272 (please check your plan documents "
            "for current contact details).",
        ])))


def t_b45_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = c.extra["nw_variant"]  # 0 to the supplier, cc member; 1 credentials block + director; 2 fax
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 64.0, 70.0])
    ref, ph, fax = c.extra["nw_ref"], c.extra["nw_phone"], c.extra["nw_fax"]
    sup, sph, sfax, snpi = c.extra["nw_sup"]
    doc = c.extra["nw_doc"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    if variant == 2:
        st.header = [f"FROM: KP NW UTILIZATION MGMT  {fax}  {b45date(c.letter, 'faxmdyy')} {c.extra['nw_clock']}  "
                     f"TO: {c.extra['nw_doc_fax']}  P.{{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
    st.footer = [w.pick([f"Ref. {ref} - {{page}} of {{pages}}", "Kaiser Permanente Northwest - page {page}",
                         f"{ref} | {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest", "Utilization Management - Durable Medical Equipment"],
                   right=["Kaiser Foundation Health Plan of the Northwest", "500 NE Multnomah St., Portland, OR",
                          f"Phone {ph}  Fax {fax}"]))
    if variant == 0:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b45_head"), space_before=8))
        b.append(w.p(prov, space_before=8))
        b.append(w.p("Attn: Prior Authorization", space_before=0))
        b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Ordering physician:", doc, "Supplier NPI:", snpi],
                                       ["Authorization request:", ref, "Decision:", "Denied"]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.h(w.pick(["Notice of Denial - Durable Medical Equipment", "Authorization Request Not Approved"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p("To the authorization team:", space_before=8))
        intro = w.pick([f"You asked us to authorize {svcs} for the member named above, as ordered by {doc}.",
                        f"We reviewed your request for {svcs}, ordered by {doc} for the member above."])
    elif variant == 2:
        b.append(w.h(w.pick(["FAX - DENIAL NOTICE", "Facsimile: Notice of Coverage Decision"]), space_before=6,
                     size=st.size + 1.5))
        b.append(Block("fields", rows=[["To:", prov, "Fax:", c.extra["nw_doc_fax"]],
                                       ["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Date sent:", _dm(w, "DATE_LETTER", c.letter, "b45_head"), "Ref:", ref]],
                       space_before=6, size=st.size - 0.3))
        b.append(w.p("This fax contains confidential health information meant only for the named recipient. If it "
                     f"reached you in error, call {ph} and destroy all pages.", size=7.5, italic=True,
                     space_before=4))
        b.append(w.p(f"Dear Dr. {c.extra['nw_doc_last']}:", space_before=10))
        intro = w.pick([f"We reviewed your request for {svcs} for your patient, to be supplied by {sup}.",
                        f"You ordered {svcs} for this patient through {sup}; this is our decision."])
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b45_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID {w.mid()}  |  Reference {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["We did not approve a lymphedema pump", "Coverage decision: pneumatic compression "
                                                                    "device"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        intro = w.pick([f"{prov} asked us to cover {svcs}, to be supplied by {sup}.",
                        f"We reviewed a request from {prov} for {svcs} from {sup}."])
    if rec:
        intro += w.pick([f" The request reached us on {rec}.", f" We received it on {rec}."])
    if urgent:
        intro += " It was reviewed as an urgent (expedited) request."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" The request is denied.", " We are not able to approve it."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses on the request: "]) + dxs + "."))
    head(w.pick(["Reason for the decision", "Why the request was denied", "Why we said no"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"Records reviewed: therapy notes from {c.extra['nw_ther']} ({c.extra['nw_visits']} visits, first visit "
        f"{_fd(w, c.extra['nw_ther_start'])}); limb measurements of {_fd(w, c.extra['nw_measure'])} showing a "
        f"{c.extra['nw_cm']} cm difference; a garment fitting scheduled for {_fd(w, c.extra['nw_fit'])}.",
        f"We looked at the lymphedema therapy notes ({c.extra['nw_ther']}, {c.extra['nw_visits']} visits since "
        f"{_fd(w, c.extra['nw_ther_start'])}), the measurements taken {_fd(w, c.extra['nw_measure'])} (a difference "
        f"of {c.extra['nw_cm']} cm) and the garment order (fitting {_fd(w, c.extra['nw_fit'])}).",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "This decision follows the "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    acode, aname = c.extra["nw_alt"]
    b.append(w.p(w.pick([
        f"Covered options remain available, such as {aname} (HCPCS {acode}). A new pump request can be sent after "
        f"four weeks of conservative treatment.",
        f"We can cover {aname} ({acode}) now if it is ordered. The pump may be requested again once the four-week "
        f"trial is documented.",
    ])))
    md_name, md_cred = c.extra["nw_md"]
    if variant == 1 and c.reviewer:
        r = c.reviewer
        if c.extra["nw_md_decided"]:
            adv, adv_cred, adv_spec = c.extra["nw_adv"]
            head("Specialist consultation")
            b.append(w.p(f"Consulting physician: {adv}, {adv_cred}", boxed=True, space_before=3, indent=12))
            b.append(w.p(f"Specialty: {adv_spec}", boxed=True, space_before=1, indent=12))
            b.append(w.p(f"Board certification: {_NW_BOARDS[adv_spec]}", boxed=True, space_before=1, indent=12))
            b.append(w.p("The consulting physician reviewed the records and advised us; the decision was made by "
                         "the Medical Director who signs below.", size=st.size - 0.5))
        else:
            head(w.pick(["Physician who made this decision", "Reviewer credentials"]))
            b.append(w.p("Reviewer: " + M("REVIEWER_NAME", r["name"]) + (
                f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""), boxed=True, space_before=3,
                indent=12))
            if r["specialty"]:
                b.append(w.p(f"Specialty: {M('REVIEWER_SPECIALTY', r['specialty'])}", boxed=True, space_before=1,
                             indent=12))
                b.append(w.p(f"Board certification: {_NW_BOARDS[r['specialty']]}", boxed=True, space_before=1,
                             indent=12))
            else:
                b.append(w.p(f"Title: {c.reviewer_title}", boxed=True, space_before=1, indent=12))
            if r["phone"]:
                b.append(w.p(f"Peer-to-peer line: {M('REVIEWER_PHONE', r['phone'])}", boxed=True, space_before=1,
                             indent=12))
    elif c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Direct line for the ordering physician: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    _aca_rights(w, b, head, "OR", ph)
    if variant == 1:
        b.append(w.p("Sincerely,", space_before=10))
        if c.extra["nw_md_decided"]:
            r = c.reviewer
            line = M("REVIEWER_NAME", r["name"]) + f", {M('REVIEWER_CRED', r['credentials'])}"
            b.append(w.p(line, space_before=16))
            b.append(w.p("Medical Director, Utilization Management", space_before=0))
            if r["phone"]:
                b.append(w.p(f"Direct line {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
        elif _has(c, "process.reviewer_not_physician"):
            b.append(w.p(f"{md_name}, {md_cred}", space_before=16))
            b.append(w.p("Medical Director (signing for the Utilization Management department)", space_before=0))
        else:
            b.append(w.p(f"{md_name}, {md_cred}", space_before=16))
            b.append(w.p("Medical Director, signing for the department (the reviewer named above decided)",
                         space_before=0))
        b.append(w.p("Kaiser Permanente Northwest", space_before=0))
    else:
        _signoff(w, b, "Sincerely,", "Utilization Management", "Kaiser Permanente Northwest")
    if variant == 0:
        b.append(w.p(f"cc: {w.name()} (member, by mail); {doc}", size=st.size - 1, space_before=6))
    elif variant == 2:
        b.append(w.p(f"cc: {w.name()} (member copy mailed); {sup} (fax {sfax})", size=st.size - 1, space_before=6))
    else:
        b.append(w.p(f"cc: {prov}; {sup}, phone {sph}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {ph} (TTY 711).",
                             f"Language help at no cost: {ph}, TTY 711."]), space_before=6))
    b += _taglines(w, "OR", f"{ph} (TTY 711)", w.pick([None, "Language help"]))
    return b, st, ["nw_supplier_cc_member", "nw_reviewer_credentials_block", "nw_fax_every_page"][variant]


BLIND45_TEMPLATES["blind45_nw_commercial_lymphedema_pump"] = (t_b45_nw, dict(
    plans=["commercial_hmo"], states=["OR"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b45_nw))
MODELED_ON["blind45_nw_commercial_lymphedema_pump"] = (
    "blind45: Kaiser Permanente Northwest commercial HMO denial of a pneumatic compression device for lymphedema "
    "after cancer treatment (E0652, or E0651 with E0671; I89.0, I97.2) because four weeks of conservative therapy "
    "are not documented, with a non-segmental pump (E0650) or garments offered; a letter to the DME supplier copied "
    "to the member, a letter with a reviewer credentials block and a medical director signature, or a fax with a fax "
    "line on every page; 180-day appeal, 72-hour expedited appeal, external review in 4 months (45 CFR 147.136), "
    "free copies, Oregon Division of Financial Regulation by name, EBSA with caveat, taglines")


# === 3. Colorado commercial HMO: continued CPAP rental ends ========================================================

_CO_MS = "303-338-3800"
_CO_MS_S = "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_CPAP = (["continuous positive airway pressure (CPAP) device, monthly rental", "CPAP machine rental"], "E0601")
_CO_MASK = (["full face mask", "CPAP full face mask"], "A7030")
_CO_TUBE = (["CPAP tubing", "tubing used with the CPAP device"], "A7037")
_CO_VENDORS = ["Front Range Respiratory Supply", "Mile High Home Medical", "Pikes Peak Sleep Equipment",
               "Rocky Mountain CPAP & Oxygen"]
_CO_CRIT = ["Kaiser Permanente Colorado Durable Medical Equipment Guideline: Positive Airway Pressure, Continued "
            "Coverage",
            "Kaiser Permanente Colorado Clinical Review Criteria: CPAP for Obstructive Sleep Apnea"]
_CO_ALT = [("E0486", "a custom-fitted oral appliance"), ("95811", "a repeat sleep study with CPAP titration")]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b45_co"):
        return
    c.extra["b45_co"] = True
    _fmt(w, ("wkdotmdy", "isoslash", "milcompact"), ("wkdotmdy", "milcompact", "isoslash"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.extra["co_variant"] = w.rng.randrange(3)
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in (_CO_CPAP, _CO_MASK, _CO_TUBE)]
    c.diagnoses = [dict(text=w.pick(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"]),
                        codes=["G47.33"])]
    c.service = None
    base = c.received or c.letter
    setup = base - dt.timedelta(days=w.rng.randint(92, 110))
    c.extra["co_setup"] = setup
    c.extra["co_study"] = (setup - dt.timedelta(days=w.rng.randint(20, 60)), w.rng.randint(16, 48))
    why = c.extra["co_why"] = w.pick(["few", "short"])
    rows = []
    for k in range(3):
        a = setup + dt.timedelta(days=30 * k + 1)
        z = a + dt.timedelta(days=29)
        if why == "few":
            used = w.rng.randint(9, 19)
            four = w.rng.randint(max(3, used - 6), used - 1)
            avg = round(w.rng.uniform(3.4, 5.2), 1)
        else:
            used = w.rng.randint(21, 28)
            four = w.rng.randint(4, 14)
            avg = round(w.rng.uniform(1.6, 3.4), 1)
        rows.append((a, z, 30, used, four, avg))
    c.extra["co_rows"] = rows
    c.extra["co_end"] = c.letter + dt.timedelta(days=w.rng.randint(12, 30))
    vend = w.pick(_CO_VENDORS)
    c.extra["co_vendor_ph"] = _phone(w, _CO_AREAS)
    c.provider = vend
    c.extra["co_sleep_doc"] = "Dr. " + person(w.rng, 0.15)[0]
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_CO_CRIT)]
    c.extra["co_alt"] = w.pick(_CO_ALT)
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Clinical Review Specialist", "DME Review Coordinator"], ["RN", "RRT"])
    elif w.chance(0.8):
        _physician(w, ["Sleep Medicine", "Pulmonary Disease"], ["Physician Reviewer", "Associate Medical Director"],
                   _CO_AREAS, 0.5, 0.7)
    else:
        c.reviewer = None
    c.extra["co_phone"] = _phone(w, _CO_AREAS)
    c.extra["co_ref"] = f"CO-DME-{w.rng.randint(10**5, 10**6 - 1)}"
    _flags(c)


def reason_b45_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Continued CPAP rental is not medically necessary.",
                       "Continued coverage of the CPAP device does not meet medical necessity."])
    a, z, n, used, four, avg = c.extra["co_rows"][-1]
    pct = round(100 * four / n)
    rng_txt = f"{_fd(w, a)} to {_fd(w, z)}"
    if c.extra["co_why"] == "few":
        return w.pick([
            f"The usage report from your CPAP device for {rng_txt} shows it was used on {used} of {n} nights and for "
            f"4 hours or more on only {four} nights ({pct}%). Continued rental is covered when the device is used at "
            f"least 4 hours a night on at least 70% of nights (21 of 30), which shows the treatment is helping. "
            f"Because the download does not show that level of use, the rental will not be covered after the date "
            f"given in this letter.",
            f"Your CPAP was used {used} nights out of {n} between {rng_txt}, and only {four} of those nights reached "
            f"4 hours. Our guideline continues coverage when the device is used 4 hours or more on at least 70% of "
            f"nights. The download shows {pct}%, so continued rental is not medically necessary.",
        ])
    return w.pick([
        f"The download for {rng_txt} shows the device was turned on most nights ({used} of {n}) but for an average "
        f"of {avg} hours, with only {four} nights of 4 hours or more ({pct}%). Coverage continues when use reaches "
        f"4 hours a night on at least 70% of nights; your use is below that, so the rental will not continue to be "
        f"covered.",
        f"Between {rng_txt} you used the CPAP {used} of {n} nights, averaging {avg} hours a night. Only {four} "
        f"nights ({pct}%) reached the 4 hours our guideline requires on at least 70% of nights, so continued "
        f"rental is not medically necessary.",
    ])


def _co_table(w: W) -> list[list[str]]:
    rows = [["Period", "Dates", "Nights", "Nights used", "Nights 4+ hrs", "Avg hrs (nights used)"]]
    for k, (a, z, n, used, four, avg) in enumerate(w.c.extra["co_rows"]):
        rows.append([f"Days {30 * k + 1}-{30 * k + 30}", f"{b45date(a, 'faxmdyy')} - {b45date(z, 'faxmdyy')}", str(n),
                     str(used), str(four), f"{avg}"])
    return rows


def t_b45_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]  # 0 usage table, 1 What/When/Why headings, 2 two pages, end date on page 2
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [58.0, 64.0, 72.0])
    ref, ph = c.extra["co_ref"], c.extra["co_phone"]
    vph = c.extra["co_vendor_ph"]
    end = _fd(w, c.extra["co_end"])
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    sleep_doc = c.extra["co_sleep_doc"]
    study, ahi = c.extra["co_study"]
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Colorado - {page}",
                         f"Notice {ref} | {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", "Durable Medical Equipment Review"],
                   right=["Kaiser Foundation Health Plan of Colorado", w.pick(facilities("CO", "Colorado")),
                          f"Phone {ph}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b45_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=8, size=st.size - 0.5))
    b.append(w.h(w.pick(["Notice of change in coverage: CPAP rental", "Your CPAP rental coverage is ending",
                         "Important notice about your CPAP equipment"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    intro = w.pick([f"{prov}, the company that supplies your CPAP, asked us to keep covering {svcs}.",
                    f"We reviewed a request from {prov} to continue the rental of {svcs}."])
    intro += f" The equipment was set up on {_fd(w, c.extra['co_setup'])}."
    if rec:
        intro += w.pick([f" Your device's usage download and the request reached us on {rec}.",
                         f" We received the usage report on {rec}."])
    if urgent:
        intro += " We reviewed it on an expedited basis."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    if variant == 2:
        intro += " Coverage of this equipment will end. The date it ends is on page 2."
    else:
        intro += f" Coverage of this equipment will end after {end}."

    def why() -> None:
        head("Why" if variant == 1 else w.pick(["Why coverage is ending", "The reason for this decision"]))
        b.append(w.p(M("REASON", w.reason)))

    if variant == 1:
        head("What is changing")
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head("When it changes")
        b.append(w.p(w.pick([f"The last day we will cover the rental and supplies is {end}.",
                             f"Coverage ends after {end}. Rental charges after that day will not be paid."]),
                     bold=True))
        why()
    else:
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        why()
    if variant == 0:
        b.append(w.h(w.pick(["Your CPAP usage (from the device download)", "Usage download summary"]),
                     space_before=8))
        b.append(Block("table", rows=_co_table(w), space_before=3, size=8.2))
        b.append(w.p("Nights used: nights with any use. Average hours are for nights the device was used.", size=7.8,
                     space_before=2))
    else:
        a, z, n, used, four, avg = c.extra["co_rows"][0]
        b.append(w.p(f"In the first 30 days ({_fd(w, a)} - {_fd(w, z)}) the device was used {used} nights, {four} of "
                     f"them for 4 hours or more."))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    b.append(w.p(w.pick([
        f"Your sleep study of {_fd(w, study)} (AHI {ahi}) was ordered by {sleep_doc}, your sleep medicine doctor.",
        f"We also reviewed the notes of {sleep_doc} (sleep medicine) and the sleep study of {_fd(w, study)}, which "
        f"showed an AHI of {ahi}.",
    ])))
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h("The date this takes effect", space_before=4, size=st.size + 1))
        b.append(w.p(f"Last day of covered rental and supplies: {end}", boxed=True, bold=True, space_before=3,
                     indent=12))
        b.append(w.p(f"After {end}, {c.provider} may ask you to return the device or to pay for it."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" {sleep_doc} may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss it."
        b.append(w.p(line))
    acode, aname = c.extra["co_alt"]
    head("What you can do" if variant == 1 else w.pick(["Your options", "What happens next"]))
    b.append(w.p(w.pick([
        f"Talk with {sleep_doc} about using the CPAP more or about other treatment, such as {aname} (code {acode}). "
        f"If your use improves, {c.provider} ({vph}) can send a new request.",
        f"If you want to keep using CPAP, call {c.provider} at {vph}. Your doctor may also consider {aname} "
        f"({acode}).",
    ])))
    _aca_rights(w, b, head, "CO", ph)
    b.append(w.p(w.pick([f"Member Services: {_CO_MS} (Denver/Boulder) or {_CO_MS_S} (Southern Colorado), TTY 711.",
                         f"Questions? Member Services {_CO_MS}; Southern Colorado {_CO_MS_S}; TTY 711."])))
    _signoff(w, b, w.pick(["Sincerely,", "Respectfully,"]), "DME Utilization Review",
             "Kaiser Permanente Colorado")
    b.append(w.p(f"cc: {prov} (fax on file); {sleep_doc}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free: call {_CO_MS} (TTY 711).",
                             f"You can get free language help at {_CO_MS}."]), space_before=6))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Help in your language"]))
    return b, st, ["co_download_table", "co_what_when_why", "co_two_pages_end_date_p2"][variant]


BLIND45_TEMPLATES["blind45_co_commercial_cpap_continued_rental_ended"] = (t_b45_co, dict(
    plans=["commercial_hmo"], states=["CO"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b45_co))
MODELED_ON["blind45_co_commercial_cpap_continued_rental_ended"] = (
    "blind45: Kaiser Permanente Colorado commercial HMO notice that continued CPAP rental (E0601) and supplies "
    "(A7030, A7037) for obstructive sleep apnea (G47.33) will not be covered past a stated date because the usage "
    "download does not show regular use; a letter with a usage table, a 'What is changing / When / Why' letter, or a "
    "two-page letter whose end date is on page 2; 180-day appeal, 72-hour expedited appeal, external review in 4 "
    "months (45 CFR 147.136), free copies, Colorado Division of Insurance by name, EBSA with caveat, Member Services, "
    "taglines")
