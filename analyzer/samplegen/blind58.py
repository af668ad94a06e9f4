"""Fifty-eighth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND58_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind58_ga_ma_pet_ct_restaging")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan
type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind58_nca_medi_cal_crisis_residential_es``: a Kaiser Permanente Northern California Medi-Cal (plan_type
   ``medi_cal``, state CA) Spanish Notice of Action ("Aviso de Acción", ``initial_denial``, ``medical_necessity``)
   denying admission to an adult crisis residential treatment program (HCPCS H0018). Diagnosis F33.2, F32.2 or
   F43.10 (with F41.1 on some letters). The psychiatrist who asked is the requesting provider. Layouts:
   ``nca_su_solicitud_table`` (a "Su solicitud / Código / Recibida / Nuestra decisión" table: the received and
   decision dates sit in its cells), ``nca_bilingual_summary`` (the Spanish notice, then an English summary that
   repeats the decision, unmarked) and ``nca_conservator_letter`` (the letter goes to the member's court-appointed
   conservator, the member on a "Miembro:" line, the reason in the third person). Medi-Cal rights from the
   catalogue, in Spanish: an appeal to the plan within 60 days of the date of this notice (Member Services
   1-800-464-4000, TTY 711, the Northern California grievance address), decided within 30 days, a fast appeal in 72
   hours, a State Hearing within 120 days of the plan's appeal decision or when the plan does not decide in 30 days
   (CDSS State Hearings (800) 743-8525 / (800) 952-5253, TDD (800) 952-8349, the CDSS mailing address), IMR through
   the DMHC when no State Hearing was asked for first (inside the DMHC statement: 1-888-466-2219, TDD
   1-877-688-9891, www.dmhc.ca.gov), aid paid pending within 10 days, the Medi-Cal Managed Care and Mental Health
   Office of the Ombudsman (1-888-452-8609), free copies of the records and criteria, taglines with English.
   Criteria: the Level of Care Utilization System (LOCUS), an association's criteria the catalogue names.
   Distractors: the county behavioral health access line, the member's therapist (LCSW or LMFT), the emergency
   department visit before the request, the intake appointment at the intensive outpatient program (the covered
   alternative, HCPCS S9480), the crisis line 911, the notice number.

   Which date is which: the letter date is the date line ("Fecha del aviso" or the place-and-date line); received and
   decision dates are in the opening paragraph or the decision table. The emergency visit is a past event and the
   intake appointment a future one; ``service`` is always null. Which name is the member: the addressee, or the
   "Miembro:" line when the conservator is addressed. Which reason is the reason: the paragraph under the reason
   heading (the English summary's restatement is not marked). The truth counts H0018 only (never S9480).

2. ``blind58_ga_ma_pet_ct_restaging``: a Kaiser Permanente Georgia Medicare Advantage (plan_type
   ``medicare_advantage``, state GA) expedited (``urgency`` always ``expedited``) initial denial
   (``initial_denial``, ``medical_necessity``) of a PET/CT for restaging (CPT 78815). Diagnosis C34.11, C18.7 or
   C43.9. Criteria: the Medicare national coverage determination for FDG PET in oncology, named without a number
   (the catalogue names none); a planted ``medicare.internal_criteria`` cites the region's own imaging guideline
   instead. Layouts: ``ga_numbered_boxes`` (a form whose facts sit in numbered boxes "1." to "9."),
   ``ga_reviewer_box_letter`` (a letter that ends with a ruled box naming the reviewing physician, always present)
   and ``ga_fax_printout`` (the notice as the oncologist's office printed it from the fax: a fax header line with a
   "P. n/N" page count on every page, a "Date: / Time:" pair for the decision). Medicare Advantage rights from the
   catalogue: a reconsideration within 60 days (65 on some letters) of the date of this notice, a standard answer in
   30 days, a fast reconsideration in 72 hours, automatic forwarding to the Independent Review Entity, 1-800-MEDICARE
   (1-800-633-4227, TTY 1-877-486-2048), the Kaiser Permanente Georgia line (1-800-611-1811, 404-365-0966), free
   copies of the guideline and records, taglines. Distractors: the oncologist (requesting), the radiologist who read
   the prior CT, the prior CT (CPT 74177 or 71260) and its date, the covered diagnostic CT alternative (71260 and
   74177), the PET/CT appointment that had been scheduled, the fax numbers.

   Which date is which: the letter date is the date line (on the fax, the line under the title, never the fax
   stamp); the received date is in the opening or box 5; the decision date is in the opening, box 6 or the
   "Date: / Time:" pair. The prior CT is a past event and the scheduled scan a planned one; ``service`` is always
   null. Which name is the member: the addressee or box 1. The truth counts 78815 only.

3. ``blind58_co_erisa_ambulatory_eeg_claim``: a Kaiser Permanente Colorado ERISA group plan (plan_type
   ``erisa_group``, state CO) payment denial (``payment_denial``, ``no_prior_authorization``) of a neurology
   practice's claim for a multi-day ambulatory video EEG: set-up (CPT 95700) and the video EEG recording with
   interpretation (CPT 95720, two or three units). Diagnosis R56.9 or G40.909 (with R55 on some letters). Layouts:
   ``co_eob_remark_codes`` (an explanation of benefits whose claim lines carry remark codes explained below the table,
   with a second table of the paid consultation visit), ``co_what_why_next`` (a letter in three parts: "What
   happened", "Why", "What you can do") and ``co_to_practice_cc_member`` (the letter to the practice's billing office,
   the member on a "Patient:" line, copied to the member). ERISA claim rights from the catalogue: an appeal within 180
   days of receiving the notice, decided within 60 days, free copies of the claim documents, the claim amount and the
   diagnosis and treatment codes and their meanings on request, external review within 4 months of the final
   internal decision (45 CFR 147.136), the right to sue under ERISA section 502(a), EBSA 1-866-444-3272, Member
   Services 303-338-3800 / 1-888-681-7878, taglines. Distractors: the monitoring span (the recording's end date),
   the date the claim was received, the practice's NPI and tax id, the ordering neurologist, the member's PCP who
   referred for a consultation only, the paid consultation (CPT 99204, a separate claim outside the decision), the
   claim, patient-account and group numbers.

   Which date is which: the letter date is the date line (on the EOB, "Date of this statement"); the claim received
   and processed (decision) dates are in the claim summary or opening; the date of service is the day the recording
   started (the "From" of the span); the span's end date, the referral and the consultation are other dates. Which
   name is the member: the addressee, or the "Patient:" line on the practice's letter. The requesting provider is the
   practice that billed. The truth counts 95700 and 95720 (never 99204).

Refused: ``notice.expedited_review`` for the PET/CT letter (always an expedited decision: the catalogue plants the
omission only in standard letters), ``process.emergency_prior_auth`` for the EEG claim (a planned outpatient study,
never emergency care). The generator also refuses rule ids the catalogue does not apply to a template's plan, state,
kind or category.

Dates use this set's own styles (``b58date``): "March 14, 2026", "Sat., Mar. 14, 2026" (date lines), "Mar. 14th,
2026" (prose), "14th of March, 2026" (prose, after "the"), "14-MAR-2026" and "3/14/26" (table cells and boxes),
"2026.03.14" (fax stamps), and in Spanish "14 de marzo de 2026", "Sábado, 14 de marzo de 2026" (date lines) and
"14.03.2026" (table cells, day first); ``parse_blind58_date`` reads them back.
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
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND58_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_PT = [m if len(m) <= 3 else m[:3] + "." for m in MONTHS]  # Mar. / May
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DIAS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]


def b58date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b58long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b58wkptmon":  # Sat., Mar. 14, 2026 (a date line: weekday and month cut short with points; May whole)
        return f"{_WK3[d.weekday()]}., {_PT[d.month - 1]} {d.day}, {d.year}"
    if style == "b58apord":  # Mar. 14th, 2026 (AP month: Sept. 3rd, 2025 / March 14th, 2026)
        return f"{_AP[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "b58ordofmon":  # 14th of March, 2026 (the prose puts "the" before it)
        return f"{_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "b58dmoncaps":  # 14-MAR-2026 (a claims or imaging system's cell; day padded: 05-MAR-2026)
        return f"{d.day:02d}-{_MON3[d.month - 1].upper()}-{d.year}"
    if style == "b58mdyy":  # 3/14/26 (boxes and cells: not padded, two-digit year)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "b58ydot":  # 2026.03.14 (a fax machine's stamp)
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "b58es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b58es_wkcap":  # Sábado, 14 de marzo de 2026 (a Spanish date line, the weekday capitalised)
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b58es_dmydot":  # 14.03.2026 (a Spanish table cell: day first, padded, points)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


STYLES = ("b58long", "b58wkptmon", "b58apord", "b58ordofmon", "b58dmoncaps", "b58mdyy", "b58ydot", "b58es_de",
          "b58es_wkcap", "b58es_dmydot")


def _ord_ok(day: str, suf: str) -> bool:
    return _ordinal(int(day)) == day + suf


def parse_blind58_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b58date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(?:([A-Z][a-z]{2})\., )?([A-Z][a-z]+\.?) ([1-9]\d?)(st|nd|rd|th)?, (\d{4})", t)
        if m:
            wk, mon, day, suf, year = m[1], m[2], m[3], m[4], int(m[5])
            if wk:
                if suf or wk not in _WK3 or mon not in _PT:
                    return None
                d = dt.date(year, _PT.index(mon) + 1, int(day))
                return d if _WK3[d.weekday()] == wk else None
            if suf:
                if mon not in _AP or not _ord_ok(day, suf):
                    return None
                return dt.date(year, _AP.index(mon) + 1, int(day))
            return dt.date(year, MONTHS.index(mon) + 1, int(day)) if mon in MONTHS else None
        m = re.fullmatch(r"([1-9]\d?)(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m:
            if m[3] not in MONTHS or not _ord_ok(m[1], m[2]):
                return None
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MON3.index(m[2].title()) + 1, int(m[1])) if m[2].title() in _MON3 else None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(?:([A-ZÁÉ][a-zéá]+), )?([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m:
            if m[3] not in MESES:
                return None
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            if m[1] and _DIAS[d.weekday()] != m[1]:
                return None
            return d
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b58_fmt"] = w.pick(list(body))
    w.c.extra["b58_head"] = w.pick(list(head))
    w.c.extra["b58_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b58_fmt") -> str:
    if not day:
        return ""
    return b58date(day, w.c.extra[key] if key.startswith("b58_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b58_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(230, 969), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _doctor(w: W, specs: list[str], creds: list[str], titles: list[str], areas: list[str], p_phone: float,
            p_spec: float) -> None:
    c = w.c
    c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(creds),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "English: If you need help in English, we will give you an interpreter at no cost. Call {ph}.",
    "es": "Español: Le ofrecemos un intérprete gratis si necesita ayuda en español. Llame al {ph}.",
    "zh": "中文：我們免費為您提供中文口譯服務。請撥打 {ph}。",
    "vi": "Tiếng Việt: Quý vị có thể được thông dịch viên miễn phí. Xin gọi {ph}.",
    "tl": "Tagalog: Makakakuha kayo ng libreng tagapagsalin. Tumawag sa {ph}.",
    "ko": "한국어: 무료 통역 서비스를 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "ru": "Русский: Вы можете бесплатно получить услуги переводчика. Позвоните по номеру {ph}.",
    "hy": "Հայերեն. Կարող եք անվճար թարգմանչի ծառայություն ստանալ։ Զանգահարեք {ph}։",
    "fa": "فارسی: خدمات مترجم به‌صورت رایگان در دسترس شماست. با {ph} تماس بگیرید.",
    "pa": "ਪੰਜਾਬੀ: ਤੁਸੀਂ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ ਸੇਵਾ ਲੈ ਸਕਦੇ ਹੋ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ អ្នកអាចទទួលបានអ្នកបកប្រែដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "Hmoob: Koj muaj cai tau ib tug neeg txhais lus pub dawb. Hu rau {ph}.",
    "ar": "العربية: يمكنك الحصول على مترجم فوري مجانًا. اتصل بالرقم {ph}.",
    "fr": "Français : Vous pouvez obtenir gratuitement les services d'un interprète. Composez le {ph}.",
    "am": "አማርኛ፦ ነጻ የአስተርጓሚ አገልግሎት ማግኘት ይችላሉ። {ph} ይደውሉ።",
    "de": "Deutsch: Sie können kostenlos einen Dolmetscher erhalten. Rufen Sie {ph} an.",
    "ne": "नेपाली: तपाईं निःशुल्क दोभाषे सेवा पाउन सक्नुहुन्छ। {ph} मा फोन गर्नुहोस्।",
    "gu": "ગુજરાતી: તમે મફત દુભાષિયાની સેવા મેળવી શકો છો. {ph} પર ફોન કરો.",
    "yo": "Yorùbá: O lè rí ògbufọ̀ gbà lọ́fẹ̀ẹ́. Pè {ph}.",
    "ja": "日本語：無料で通訳サービスをご利用いただけます。{ph} までお電話ください。",
}
_TAG_SETS = {
    "CA": ["en", "zh", "vi", "tl", "ko", "ru", "hy", "fa", "pa", "km", "hmn", "ar"],
    "GA": ["es", "ko", "vi", "zh", "am", "fr", "ar", "gu", "yo", "de", "ru", "tl"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "ne", "fr", "de", "ja", "tl"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:4], langs[4:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Northern California Medi-Cal: crisis residential treatment, Spanish Notice of Action =======================

_NC_MS = "1-800-464-4000"
_NC_AREAS = ["510", "925", "916", "408", "415", "209", "707"]
_NC_SVC = ["Tratamiento residencial para crisis de salud mental (adultos)",
           "Programa residencial de crisis para adultos",
           "Admisión a un programa de tratamiento residencial de crisis"]
_NC_DX = [("Trastorno depresivo mayor recurrente, grave, sin síntomas psicóticos", "F33.2"),
          ("Trastorno depresivo mayor, episodio único, grave, sin síntomas psicóticos", "F32.2"),
          ("Trastorno de estrés postraumático, no especificado", "F43.10")]
_NC_DX2 = ("Trastorno de ansiedad generalizada", "F41.1")
_NC_CRIT = ["Level of Care Utilization System (LOCUS)", "LOCUS (Level of Care Utilization System)",
            "criterios LOCUS (Level of Care Utilization System) de la American Association for Community Psychiatry"]
_NC_COUNTIES = {"Oakland": "Alameda", "Hayward": "Alameda", "Fremont": "Alameda", "San Jose": "Santa Clara",
                "Santa Clara": "Santa Clara", "Sacramento": "Sacramento", "Roseville": "Placer",
                "Walnut Creek": "Contra Costa", "Richmond": "Contra Costa", "Antioch": "Contra Costa",
                "Santa Rosa": "Sonoma", "Vallejo": "Solano", "Fresno": "Fresno", "Modesto": "Stanislaus",
                "San Francisco": "San Francisco", "Stockton": "San Joaquín", "San Rafael": "Marin",
                "Redwood City": "San Mateo", "Manteca": "San Joaquín"}


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b58_nc"):
        return
    c.extra["b58_nc"] = True
    variant = c.extra["nc_variant"] = w.rng.randrange(3)  # 0 table, 1 bilingual, 2 to the conservator
    _fmt(w, ("b58es_de",), ("b58es_de", "b58es_wkcap"), ("b58es_dmydot", "b58es_de") if variant == 0 else
         ("b58es_dmydot",))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "medical_necessity"
    c.services = [dict(text=w.pick(_NC_SVC), codes=["H0018"], decision="denied")]
    dx = [w.pick(_NC_DX)] + ([_NC_DX2] if w.chance(0.35) else [])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    c.service = None
    fac = w.pick(facilities("CA", "Northern California"))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, M.D.", f"Dr. {name}"])
    c.extra["nc_psy"] = (last, f"Psiquiatría, {fac}", fac)
    c.extra["nc_ther"] = person(w.rng, 0.0)[0] + w.pick([", LCSW", ", LMFT"])
    base = c.received or c.letter
    c.extra["nc_ed"] = base - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["nc_intake"] = D.add_business(c.letter, w.rng.randint(2, 6))
    c.extra["nc_intake_time"] = w.pick(["9:00 a. m.", "10:30 a. m.", "1:15 p. m.", "2:00 p. m."])
    city = c.member_addr[1].split(",")[0]
    c.extra["nc_county"] = (_NC_COUNTIES.get(city, w.pick(["Alameda", "Contra Costa", "Sacramento", "Santa Clara"])),
                            f"1-8{w.pick(['00', '88', '55'])}-{w.rng.randint(230, 969)}-{w.rng.randint(0, 9999):04d}")
    c.extra["nc_sister"] = w.pick(["su hermana", "su madre", "su pareja", "su hermano"])
    c.extra["nc_ref"] = f"NOA-{w.rng.randint(10**6, 10**7 - 1)}-BH"
    cons, _, cons_last = person(w.rng, 0.0)
    c.extra["nc_cons"] = (cons, cons_last)
    c.criteria = [] if _has(c, "notice.criteria_cited") or _bare(c) else [w.pick(_NC_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Enfermera de Revisión de Utilización", "Coordinadora de Revisión de Salud Conductual"],
                     ["RN", "LVN"])
    elif w.chance(0.8):
        _doctor(w, ["Psiquiatría", "Psiquiatría de adultos"], ["MD", "M.D.", "DO"],
                ["Médico Revisor", "Director Médico Asociado, Salud Conductual"], _NC_AREAS, 0.6, 0.7)
    _flags(c)


def reason_b58_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    ther = c.extra["nc_ther"]
    fam = c.extra["nc_sister"]
    if _bare(c):
        return w.pick(["El servicio solicitado no es médicamente necesario.",
                       "Su solicitud no cumple con los criterios de necesidad médica."])
    if c.extra["nc_variant"] == 2:  # written to the conservator: the member in the third person
        you = c.member_name.split()[0]
    else:
        you = "usted"
    return w.pick([
        f"El tratamiento residencial de crisis es para personas que no pueden estar seguras en casa, ni siquiera con "
        f"apoyo ambulatorio intensivo. Las notas de la evaluación muestran que {you} ya no tiene pensamientos de "
        f"hacerse daño con un plan, duerme en casa con {fam} y asistió a dos citas con {ther} después de la visita "
        f"a la sala de emergencias. Su situación se puede atender en un programa intensivo ambulatorio. Por eso la "
        f"admisión al programa residencial no es médicamente necesaria en este momento.",
        f"Revisamos la información que envió su médico. Después de la visita a emergencias, {you} asistió a sus "
        f"citas de terapia, toma sus medicamentos y vive con {fam}, que puede acompañarle por las noches. No hay "
        f"intentos recientes de hacerse daño ni señales de que no pueda cuidarse. Un programa intensivo ambulatorio "
        f"puede darle el apoyo que necesita, así que el nivel residencial de crisis no es médicamente necesario.",
    ])


def _nc_rights(w: W, b: list[Block], head, cons: bool) -> None:
    """Medi-Cal: 60-day appeal, 30-day answer, 72-hour fast appeal, State Hearing, IMR, aid paid pending, copies."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northern California"])
    quien = "Usted (como curador/a) o el miembro" if cons else "Usted, alguien que actúe en su nombre o su médico"
    head(w.pick(["SUS DERECHOS", "Sus derechos si no está de acuerdo", "Cómo pedir una apelación"]))
    b.append(w.p(w.pick([
        f"{quien} puede pedir una apelación a Kaiser Permanente. Debe pedirla dentro de "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha de este aviso. Llame a Servicio a los Miembros al "
        f"{_NC_MS} (TTY 711), llene el formulario en kp.org o escriba a {addr}. Le daremos una respuesta por escrito "
        f"dentro de 30 días.",
        f"Para apelar, comuníquese con nosotros a más tardar {M('APPEAL_DAYS', c.appeal_phrase)} después de la "
        f"fecha de este aviso: por teléfono al {_NC_MS} (TTY 711), por internet en kp.org, en persona en cualquier "
        f"oficina de Servicio a los Miembros o por correo a {addr}. {quien} puede presentarla. Decidimos las "
        f"apelaciones dentro de 30 días.",
    ])))
    b.append(w.p(w.pick([
        "Apelación rápida: si esperar 30 días pone en grave peligro la vida o la salud, pida una apelación rápida "
        "(acelerada). La decidiremos dentro de 72 horas.",
        "Si su salud está en peligro serio, puede pedir que su apelación se decida de forma acelerada, en un "
        "plazo de 72 horas.",
    ])))
    b.append(w.p(w.pick([
        "Audiencia Estatal: si después de la apelación seguimos negando el servicio, o si no le respondemos dentro de "
        "30 días, puede pedir una Audiencia Estatal al Departamento de Servicios Sociales de California (CDSS). "
        "Pídala dentro de 120 días a partir de la fecha de nuestra carta de decisión de la apelación. Llame al "
        "(800) 743-8525 o al (800) 952-5253 (TDD (800) 952-8349), o escriba a CDSS State Hearings Division, "
        "P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430.",
        "Después de nuestra decisión sobre la apelación, tiene 120 días para pedir una Audiencia Estatal (State "
        "Hearing) con el CDSS. También puede pedirla si no recibe nuestra decisión en 30 días. Teléfono gratuito: "
        "(800) 743-8525; consultas del público: (800) 952-5253; TDD: (800) 952-8349. Dirección: CDSS State "
        "Hearings Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430.",
    ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Si este aviso reduce o suspende un servicio que ya recibe, puede seguir recibiéndolo mientras se decide "
            "su apelación. Para eso, apele dentro de 10 días a partir de la fecha de este aviso, o antes de la fecha "
            "del cambio, y pida que el servicio continúe. Si pierde la apelación, es posible que tenga que pagar "
            "esos servicios.",
            "Continuación de servicios (ayuda pagada pendiente): cuando se trata de un servicio que ya recibe, "
            "puede conservarlo durante la apelación si la pide dentro de 10 días a partir de la fecha de este aviso "
            "o antes de que el cambio entre en vigor. Podría tener que pagar el costo si la decisión final no le "
            "favorece.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "El Departamento de Atención Médica Administrada de California (Department of Managed Health Care, DMHC) "
            "es responsable de regular los planes de servicios de salud. Si tiene una queja contra su plan de salud, "
            f"primero debe llamar a su plan al {_NC_MS} (TTY 711) y usar el proceso de quejas de su plan antes de "
            "comunicarse con el departamento. Usar este procedimiento de quejas no le quita ningún derecho o recurso "
            "legal que pueda tener. Si necesita ayuda con una queja sobre una emergencia, una queja que su plan no "
            "resolvió de manera satisfactoria o una queja que sigue sin resolverse después de más de 30 días, puede "
            "llamar al departamento. También puede tener derecho a una Revisión Médica Independiente (IMR). Si es "
            "elegible, la IMR ofrece una revisión imparcial de las decisiones médicas de un plan de salud sobre la "
            "necesidad médica de un servicio o tratamiento propuesto, de las decisiones de cobertura de tratamientos "
            "experimentales o en investigación, y de las disputas de pago por servicios médicos de emergencia o "
            "urgencia. El departamento tiene un número gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) "
            "para personas con problemas de audición o del habla. En el sitio web del departamento, www.dmhc.ca.gov, "
            "hay formularios de queja, formularios de solicitud de IMR e instrucciones.", bold=True, size=12.0))
        b.append(w.p(w.pick([
            "Puede pedir una Revisión Médica Independiente (IMR) al DMHC si no ha pedido antes una Audiencia Estatal. "
            "Si ya pidió una Audiencia Estatal, no podrá pedir una IMR sobre el mismo asunto.",
            "La IMR del DMHC es gratuita y está disponible solo si usted no ha solicitado primero una Audiencia "
            "Estatal.",
        ])))
    b.append(w.p(w.pick([
        "Ayuda gratuita: la Oficina del Ombudsman de Atención Médica Administrada y Salud Mental de Medi-Cal, "
        "1-888-452-8609 (TTY 711), de lunes a viernes de 8 a. m. a 5 p. m.",
        "Para ayuda con su apelación, llame a la Oficina del Ombudsman de Medi-Cal al 1-888-452-8609.",
    ])))
    b.append(w.p(w.pick([
        "Tiene derecho a recibir gratis copias de su expediente, de los documentos que usamos y de los criterios "
        "de necesidad médica aplicados.",
        "Puede pedir, sin costo, copias de todos los documentos, registros y criterios relacionados con esta decisión.",
    ])))


def t_b58_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    psy_last, dept, fac = c.extra["nc_psy"]
    ther = c.extra["nc_ther"]
    county, cph = c.extra["nc_county"]
    cons, cons_last = c.extra["nc_cons"]
    ref = c.extra["nc_ref"]
    cell = c.extra["b58_cell"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    svc_code = f"{w.svc(svc)} ({w.pick(['HCPCS ', 'código '])}{w.code('H0018')})"
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    first = c.member_name.split()[0]
    cons_l = variant == 2
    st.footer = [w.pick([f"Aviso {ref} - página {{page}} de {{pages}}", "Kaiser Permanente Medi-Cal | {page}",
                         "Pág. {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Medi-Cal", "Norte de California"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Salud Conductual - Revisión de Utilización",
                          f"Servicio a los Miembros {_NC_MS} (TTY 711)"]))
    b.append(w.h("AVISO DE ACCIÓN", align="center", space_before=8, size=st.size + 2))
    b.append(w.p(w.pick(["Aviso de denegación de un servicio solicitado", "Sobre su solicitud de tratamiento"]),
                 align="center", space_before=0))
    if w.chance(0.5):
        b.append(w.p(f"Fecha del aviso: {_dm(w, 'DATE_LETTER', c.letter, 'b58_head')}", space_before=10))
    else:
        city = w.pick(["Oakland", "Sacramento", "San José"])
        b.append(w.p(f"{city}, California, {_dm(w, 'DATE_LETTER', c.letter, 'b58_head')}", space_before=10))
    if cons_l:
        b.append(w.p(f"{cons}, curador(a)", space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Miembro:", w.name(), "N.º de historia clínica:", w.mid()],
                                       ["Usted es:", "Curador(a) nombrado(a) por el tribunal", "N.º de aviso:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Estimado(a) {w.pick([cons, 'Sr./Sra. ' + cons_last])}:", space_before=10))
        lead = f"Le escribimos porque usted es el/la curador(a) de {first}. "
        para = f"para {first}"
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"N.º de historia clínica: {w.mid()}    N.º de aviso: {ref}", space_before=8))
        b.append(w.p(f"Estimado(a) {c.member_salute}:", space_before=10))
        lead = ""
        para = "para usted"
    urgent = c.urgency == "expedited"
    intro = lead + w.pick([
        f"{prov}, de {dept}, nos pidió aprobar {svc_code} {para}.",
        f"Recibimos una solicitud de {prov} ({dept}) de {svc_code} {para}.",
    ])
    if urgent:
        intro += " La solicitud se revisó de forma urgente (acelerada)."
    if variant != 0:
        if rec:
            intro += f" La solicitud llegó el {rec}."
        if dec:
            intro += f" Tomamos nuestra decisión el {dec}."
    intro += " Hemos negado esta solicitud."
    b.append(w.p(intro))
    b.append(w.p("Diagnóstico: " + dxs + "."))
    if variant == 0:
        head(w.pick(["Su solicitud y nuestra decisión", "Resumen"]))
        rows = [["Su solicitud", "Código", "Recibida", "Nuestra decisión"],
                [w.svc(svc), w.code("H0018"), M("DATE_RECEIVED", b58date(c.received, cell)) if c.received else "-",
                 "Negada" + (f" el {M('DATE_DECISION', b58date(c.decision, cell))}" if c.decision else "")]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
    head(w.pick(["Por qué tomamos esta decisión", "Motivo de nuestra decisión", "La razón"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([
            f"Para decidir usamos los criterios {join_and([M('CRITERIA', x) for x in c.criteria], 'y')}, que "
            f"describen qué nivel de atención de salud mental necesita una persona.",
            f"Criterios aplicados: {join_and([M('CRITERIA', x) for x in c.criteria], 'y')}.",
        ])))
    b.append(w.p(w.pick([
        f"Revisamos las notas de la visita a la sala de emergencias de {fac} del {_fd(w, c.extra['nc_ed'])}, la "
        f"evaluación de {prov} y el informe de {ther}, {'su' if not cons_l else 'el'} terapeuta.",
        f"Información revisada: visita a emergencias ({b58date(c.extra['nc_ed'], 'b58es_dmydot')}), evaluación "
        f"psiquiátrica, notas de terapia de {ther} y la lista de medicamentos.",
    ])))
    b.append(w.p(w.pick([
        f"Sí cubrimos el Programa Intensivo Ambulatorio de salud mental (HCPCS S9480) en {fac}. Ya tiene "
        f"una cita de admisión a las {c.extra['nc_intake_time']} del {_fd(w, c.extra['nc_intake'])}.",
        f"Lo que sí está cubierto: el programa intensivo ambulatorio (S9480), tres a cinco días por semana. La cita "
        f"de admisión es el {_fd(w, c.extra['nc_intake'])}, {c.extra['nc_intake_time']}, en {fac}.",
    ])))
    b.append(w.p(w.pick([
        f"Si hay una crisis, llame al 911 o vaya a la sala de emergencias más cercana. La línea de acceso de salud "
        f"mental del Condado de {county} atiende al {cph}.",
        f"Línea de acceso de salud conductual del Condado de {county}: {cph}. En una emergencia, llame al 911.",
    ])))
    if c.reviewer:
        r = c.reviewer
        if r["credentials"] in ("RN", "LVN"):
            ln = _who(w, "Esta decisión la tomó ") + f", {c.reviewer_title}."
        else:
            ln = _who(w, w.pick(["Esta decisión la tomó ", "Médico que revisó la solicitud: "]), ".")
            if r["phone"]:
                ln += f" {c.provider} puede hablar con el revisor al {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(ln))
    _nc_rights(w, b, head, cons_l)
    _sign(w, b, w.pick(["Atentamente,", "Cordialmente,"]), "Departamento de Revisión de Utilización",
          "Kaiser Permanente, Región del Norte de California")
    b.append(w.p(f"cc: {prov}, {dept}; {ther}" + (f"; {c.member_name} (miembro)" if cons_l else ""), space_before=8,
                 size=st.size - 1))
    if variant == 1:
        head("ENGLISH SUMMARY")
        eng = (f"This is a Notice of Action from Kaiser Permanente Medi-Cal. We denied the request for admission to "
               f"an adult crisis residential treatment program (H0018). Our reviewers found that the care needed can "
               f"be given in the intensive outpatient program (S9480), which is covered. You may appeal within "
               f"{c.appeal_days} days of the date of this notice by calling {_NC_MS} (TTY 711). A fast appeal is "
               f"decided in 72 hours. After the appeal you may ask for a State Hearing.")
        if not _has(c, "notice.dmhc_statement"):
            eng += " You may also be able to ask the DMHC for an Independent Medical Review (IMR)."
        b.append(w.p(eng))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de intérprete gratuitos: {_NC_MS} (TTY 711).",
                             f"Puede recibir este aviso en letra grande u otro formato sin costo. Llame al {_NC_MS}."]),
                     space_before=8))
    b += _taglines(w, "CA", _NC_MS, w.pick([None, "Asistencia con idiomas / Language assistance"]))
    return b, st, ["nca_su_solicitud_table", "nca_bilingual_summary", "nca_conservator_letter"][variant]


BLIND58_TEMPLATES["blind58_nca_medi_cal_crisis_residential_es"] = (t_b58_nc, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b58_nc))
MODELED_ON["blind58_nca_medi_cal_crisis_residential_es"] = (
    "blind58: Kaiser Permanente Northern California Medi-Cal Spanish Notice of Action denying adult crisis "
    "residential treatment (H0018) with an intensive outpatient program as the covered alternative; a notice with a "
    "'Su solicitud / Nuestra decisión' table, a bilingual notice with an English summary, or a letter to the "
    "member's conservator; 60-day appeal, 30-day answer, 72-hour fast appeal, State Hearing in 120 days, IMR, aid "
    "paid pending, DMHC statement, Ombudsman, free copies, taglines")


# === 2. Georgia Medicare Advantage: expedited PET/CT for restaging ================================================

_GA_LINE, _GA_LOCAL = "1-800-611-1811", "404-365-0966"
_GA_AREAS = ["404", "770", "678"]
_GA_PET = ["PET/CT scan, skull base to mid-thigh", "PET with concurrent CT imaging, skull base to mid-thigh",
           "FDG PET/CT for tumor imaging (restaging)"]
_GA_DX = [("Malignant neoplasm of upper lobe, right bronchus or lung", "C34.11", "lung cancer",
           "carboplatin and pemetrexed"),
          ("Malignant neoplasm of sigmoid colon", "C18.7", "colon cancer", "FOLFOX"),
          ("Malignant melanoma of skin, unspecified", "C43.9", "melanoma", "immunotherapy")]
_GA_NCD = ["Medicare national coverage determination (NCD) for FDG PET in oncology",
           "Medicare national coverage determination for PET scans in cancer care"]
_GA_INTERNAL = ["Kaiser Permanente Georgia Advanced Imaging Guideline: PET/CT for Cancer Restaging",
                "KP Georgia Diagnostic Imaging Criteria - Oncologic PET/CT (internal)"]
_GA_PRIOR = [("CT chest, abdomen and pelvis with contrast", "71260 and 74177"),
             ("CT abdomen and pelvis with contrast", "74177"), ("CT chest with contrast", "71260")]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b58_ga"):
        return
    c.extra["b58_ga"] = True
    variant = c.extra["ga_variant"] = w.rng.randrange(3)  # 0 numbered boxes, 1 reviewer box letter, 2 fax printout
    _fmt(w, ("b58apord", "b58long", "b58ordofmon"), ("b58wkptmon", "b58long"), ("b58mdyy", "b58dmoncaps"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.category = "medical_necessity"
    c.urgency = "expedited"  # the oncologist asked for a fast decision; every letter says so
    # an expedited decision is mailed the day it is made; received within 72 hours unless the delay is planted
    base = c.decision or c.letter
    c.letter = base
    late = _has(c, "process.decision_untimely")
    c.received = base - dt.timedelta(days=w.rng.randint(4, 8) if late else w.rng.randint(0, 2))
    c.services = [dict(text=w.pick(_GA_PET), codes=["78815"], decision="denied")]
    dx = w.pick(_GA_DX)
    c.diagnoses = [dict(text=dx[0], codes=[dx[1]])]
    c.extra["ga_cancer"] = (dx[2], dx[3], w.rng.randint(3, 6))
    c.service = None
    fac = w.pick(facilities("GA", "Georgia"))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["ga_onc"] = (last, f"Hematology and Oncology, {fac}", fac, _phone(w, _GA_AREAS, 0),
                         _phone(w, _GA_AREAS, 1))
    rad, _, rad_last = person(w.rng, 0.1)
    c.extra["ga_rad"] = (f"{rad}, MD", rad_last)
    c.extra["ga_prior"] = (*w.pick(_GA_PRIOR), c.received - dt.timedelta(days=w.rng.randint(18, 55)))
    c.extra["ga_sched"] = D.add_business(c.letter, w.rng.randint(2, 6))
    c.extra["ga_time"] = (w.rng.randint(8, 17), w.pick([0, 5, 12, 20, 35, 41, 50]))
    c.extra["ga_fax"] = (_phone(w, _GA_AREAS, 1), _phone(w, _GA_AREAS, 1))
    c.extra["ga_ref"] = f"OD-{w.rng.randint(2025, 2026)}-{w.rng.randint(10**5, 10**6 - 1)}"
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_GA_INTERNAL)]
    else:
        c.criteria = [w.pick(_GA_NCD)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist"], ["RN", "RN, BSN"])
    elif variant == 1 or w.chance(0.75):
        _doctor(w, ["Diagnostic Radiology", "Nuclear Medicine", "Hematology and Oncology"], ["MD", "M.D.", "DO"],
                ["Physician Reviewer", "Associate Medical Director, Utilization Management"], _GA_AREAS, 0.5, 0.8)
    _flags(c)


def reason_b58_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    cancer, chemo, cycles = c.extra["ga_cancer"]
    onc_last = c.extra["ga_onc"][0]
    prior = c.extra["ga_prior"][0]
    if _bare(c):
        return w.pick(["The PET/CT scan is not medically necessary.",
                       "The request does not meet medical necessity criteria."])
    return w.pick([
        f"Dr. {onc_last} asked for a PET/CT to restage your {cancer} after {cycles} cycles of {chemo}. Medicare "
        f"covers PET imaging to guide cancer treatment when it is expected to answer a question that other imaging "
        f"cannot. Your recent {prior} showed the known tumor smaller and no new areas of disease, and the notes do "
        f"not describe new symptoms or a finding that needs PET to explain it. A diagnostic CT can show whether the "
        f"treatment is still working, so the PET/CT is not medically necessary now.",
        f"The information we received does not show that a PET/CT would change your treatment. You have had "
        f"{cycles} cycles of {chemo} for {cancer}; your last {prior} was read as a response to treatment with no "
        f"new lesions, and your blood tests and symptoms are stable. Restaging at this point can be done with a "
        f"contrast CT. For these reasons the PET/CT does not meet the coverage rules for you at this time.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    """Medicare Advantage: 60-day reconsideration, 30 days / 72 hours, IRE, 1-800-MEDICARE, copies."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Georgia"])
    head(w.pick(["Your right to appeal (ask for a reconsideration)", "If you disagree with our decision",
                 "How to ask us to reconsider"]))
    b.append(w.p(w.pick([
        f"You, your doctor or your representative may ask us to reconsider this decision. Your request must reach us "
        f"within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Write to {addr}, or call "
        f"{_GA_LINE} ({_GA_LOCAL} in metro Atlanta), TTY 711. We answer a standard appeal for a medical service "
        f"within 30 days.",
        f"To appeal, send your request to {addr} no later than {M('APPEAL_DAYS', c.appeal_phrase)} from the date of "
        f"this notice, or call us at {_GA_LINE} (TTY 711). Include any new records from your doctor. A standard "
        f"reconsideration is decided within 30 days.",
    ])))
    b.append(w.p(w.pick([
        "Fast appeal: if waiting 30 days could seriously harm your life, your health or your ability to regain "
        "function, ask for an expedited reconsideration. We will decide within 72 hours. Your doctor can ask for it "
        "for you, by phone.",
        "If your health could be seriously harmed by waiting, you or your doctor can ask for a fast (expedited) "
        "appeal. We give you our answer within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we say no to your appeal, we will send your case on our own to an Independent Review Entity (IRE) "
            "that is not part of Kaiser Permanente. If the IRE also says no, there are further levels of appeal, "
            "and the IRE's letter will explain them.",
            "Any part of your appeal that we do not decide in your favor goes automatically to the Independent "
            "Review Entity for a new, independent decision. Later levels of appeal are described in the IRE's "
            "decision.",
        ])))
    b.append(w.p(w.pick([
        "You can ask us for a free copy of the guideline and the medical records we used to decide.",
        "You may request, at no charge, copies of the records and the coverage rule used in this decision.",
    ])))
    b.append(w.p(w.pick([
        "For more about your Medicare rights, call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; "
        "TTY 1-877-486-2048. Or visit www.medicare.gov.",
        "Medicare can help too: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov.",
    ])))


def t_b58_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 2 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [52.0, 58.0, 64.0])
    onc_last, dept, fac, onc_ph, onc_fax = c.extra["ga_onc"]
    rad, rad_last = c.extra["ga_rad"]
    prior, prior_codes, prior_day = c.extra["ga_prior"]
    ref = c.extra["ga_ref"]
    cell = c.extra["b58_cell"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    hh, mm = c.extra["ga_time"]
    tstr = f"{(hh - 1) % 12 + 1}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"
    kp_fax, _ = c.extra["ga_fax"]
    st.footer = [w.pick([f"{ref} | Page {{page}} of {{pages}}", "Kaiser Permanente Medicare health plan | {page}",
                         "Page {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    if variant == 2:
        stamp = b58date(c.letter, "b58ydot")
        st.header = [f"{stamp} {hh:02d}:{mm:02d}   FROM: KP GA UTILIZATION MGMT {kp_fax}   TO: {onc_fax}"
                     "   P. {page}/{pages}"]
        st.header_all_pages = True
        st.header_numbered = True
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", "Medicare Health Plan"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Utilization Management",
                          f"{_GA_LINE} (TTY 711)"]))
    title = w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Notice of Expedited Denial of Medical Coverage"])
    lines = f"{w.svc(svc)} (CPT {w.code('78815')})"
    if variant == 0:
        b.append(w.h(title.upper(), align="center", space_before=8, size=st.size + 1.5))
        b.append(w.p("EXPEDITED DECISION", align="center", bold=True, space_before=0))
        b.append(w.p(f"Date of this notice: {_dm(w, 'DATE_LETTER', c.letter, 'b58_head')}", space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        rows = [
            ["1. Member name", w.name()],
            ["2. Member ID", w.mid()],
            ["3. Requested by", f"{prov}, {dept}"],
            ["4. Service requested", lines],
            ["5. Request received", M("DATE_RECEIVED", b58date(c.received, cell)) + " (expedited review)"],
            ["6. Decision", "Denied" + (f" on {M('DATE_DECISION', b58date(c.decision, cell))}" if c.decision else "")],
            ["7. Diagnosis", dxs],
            ["8. Why we denied it", M("REASON", w.reason)],
        ]
        if c.criteria:
            rows.append(["9. Rules we used", join_and([M("CRITERIA", x) for x in c.criteria])])
        b.append(Block("keyed", rows=rows, space_before=8, size=st.size - 0.3, side_w=0.26))
    else:
        if variant == 2:
            b.append(w.p(f"To: Dr. {onc_last}, {dept}    Fax: {onc_fax}    Phone: {onc_ph}", space_before=6,
                         size=st.size - 0.5))
            b.append(w.p(f"From: Utilization Management, Kaiser Permanente Georgia    Fax: {kp_fax}    Ref: {ref}",
                         space_before=0, size=st.size - 0.5))
            b.append(Block("rule", space_before=6))
        b.append(w.h(title, align="center" if variant == 2 else "left", space_before=8, size=st.size + 1.5))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b58_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=6))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"{prov} of {dept} asked us to cover {lines} for you and asked for a fast decision.",
                        f"We have made an expedited decision on the request from {prov} ({dept}) for {lines}."])
        if rec:
            intro += f" We received the request on {rec}."
        if dec and variant == 1:
            intro += f" We made our decision on {dec}."
        intro += w.pick([" We have denied this request.", " We cannot approve this service."])
        b.append(w.p(intro))
        if dec and variant == 2:
            day = M("DATE_DECISION", b58date(c.decision, cell))
            b.append(Block("fields", rows=[["Decision:", "Denied", "Date:", day, "Time:", tstr]], space_before=4,
                           size=st.size - 0.3))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head(w.pick(["Why we denied your request", "The reason for our decision"]))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p(w.pick(["We reviewed the request using the ", "Coverage rule applied: the "])
                         + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    b.append(w.p(w.pick([
        f"We reviewed the notes from Dr. {onc_last}, your {prior} of {_fd(w, prior_day)} (CPT {prior_codes}) read "
        f"by {rad}, and your recent laboratory results.",
        f"Records reviewed: oncology notes, the {prior} done {b58date(prior_day, cell)} (CPT {prior_codes}; "
        f"reported by Dr. {rad_last}), and lab work.",
    ])))
    b.append(w.p(w.pick([
        f"Your PET/CT had been scheduled for {_fd(w, c.extra['ga_sched'])} at {fac}. Please call to cancel it or ask "
        f"Dr. {onc_last} about a diagnostic CT of the chest, abdomen and pelvis with contrast (CPT 71260 and 74177), "
        f"which is covered.",
        f"What is covered: a diagnostic CT of the chest, abdomen and pelvis with contrast (CPT 71260, 74177) can be "
        f"done instead. The PET/CT appointment on {_fd(w, c.extra['ga_sched'])} will not be covered if you keep it.",
    ])))
    if c.reviewer and variant != 1:
        r = c.reviewer
        if r["credentials"].startswith("RN"):
            ln = _who(w, "This decision was made by ") + f", {c.reviewer_title}."
        else:
            ln = _who(w, w.pick(["A physician reviewed this request: ", "Reviewed by "]), ".")
            if r["phone"]:
                ln += f" Dr. {onc_last} may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(ln))
    _ga_rights(w, b, head)
    b.append(w.p(w.pick([f"Questions? Call {_GA_LINE} or {_GA_LOCAL} (TTY 711).",
                         f"If you have questions, call us at {_GA_LINE} (TTY 711), 7 days a week."])))
    if variant == 1 and c.reviewer:
        r = c.reviewer
        box = _who(w, "Reviewing clinician: ")
        if r["credentials"].startswith("RN"):
            box += f", {c.reviewer_title}"
        box += f". Reference {ref}."
        if r["phone"]:
            box += f" Direct line for Dr. {onc_last}: {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(box, boxed=True, indent=6, space_before=10))
        b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
        b.append(w.p("Utilization Management", space_before=12))
        b.append(w.p("Kaiser Permanente Georgia", space_before=0))
    else:
        _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management", "Kaiser Permanente Georgia")
    b.append(w.p(f"cc: {prov}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_GA_LINE} (TTY 711).",
                             f"You can get this notice in other formats or languages at no cost: {_GA_LINE}."]),
                     space_before=8))
    b += _taglines(w, "GA", _GA_LINE, w.pick([None, "Language assistance"]))
    return b, st, ["ga_numbered_boxes", "ga_reviewer_box_letter", "ga_fax_printout"][variant]


BLIND58_TEMPLATES["blind58_ga_ma_pet_ct_restaging"] = (t_b58_ga, dict(
    plans=["medicare_advantage"], states=["GA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review",), reason=reason_b58_ga))
MODELED_ON["blind58_ga_ma_pet_ct_restaging"] = (
    "blind58: Kaiser Permanente Georgia Medicare Advantage expedited denial of a PET/CT for cancer restaging (78815) "
    "with a diagnostic CT as the covered alternative; a form with numbered boxes, a letter ending with a reviewer "
    "box, or a fax printout with a header line on every page; 60-day reconsideration, 30-day answer, 72-hour fast "
    "appeal, Independent Review Entity, 1-800-MEDICARE, free copies, taglines")


# === 3. Colorado ERISA group plan: ambulatory video EEG claim without prior authorization =========================

_CO_MS, _CO_SOUTH = "303-338-3800", "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_SETUP = ["EEG set-up and take-down, long-term monitoring", "Ambulatory EEG set-up, patient education and removal",
             "Set-up for video EEG recording (technologist)"]
_CO_VEEG = ["Video EEG, continuous recording with interpretation, each 12-26 hours",
            "Ambulatory video EEG monitoring, review and report (per 12 to 26 hours)",
            "Long-term EEG with video, physician interpretation, per day"]
_CO_DX = [("Unspecified convulsions", "R56.9"),
          ("Epilepsy, unspecified, not intractable, without status epilepticus", "G40.909")]
_CO_DX2 = ("Syncope and collapse", "R55")
_CO_PRACTICES = [("Front Range Neurology Associates, PC", "Aurora, CO 80012"),
                 ("Cherry Creek Neurology and Epilepsy Center", "Denver, CO 80206"),
                 ("Pikes Peak Neurological Clinic", "Colorado Springs, CO 80907"),
                 ("Boulder Valley Neurology Group", "Boulder, CO 80303")]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b58_co"):
        return
    c.extra["b58_co"] = True
    variant = c.extra["co_variant"] = w.rng.randrange(3)  # 0 EOB remark codes, 1 what/why/next, 2 to the practice
    _fmt(w, ("b58long", "b58apord"), ("b58long", "b58wkptmon") if variant else ("b58dmoncaps", "b58long"),
         ("b58mdyy", "b58dmoncaps"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.category = "no_prior_authorization"
    c.urgency = "standard"
    days = w.pick([2, 3])
    rate = round(w.rng.uniform(610, 940), 2)
    c.services = [dict(text=w.pick(_CO_SETUP), codes=["95700"], decision="denied",
                       billed=round(w.rng.uniform(310, 560), 2), units=1),
                  dict(text=w.pick(_CO_VEEG), codes=["95720"], decision="denied", billed=round(rate * days, 2),
                       units=days)]
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    dx = [w.pick(_CO_DX)] + ([_CO_DX2] if w.chance(0.35) else [])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    prac, city = w.pick(_CO_PRACTICES)
    c.provider = prac
    street = f"{w.rng.randint(100, 9800)} {w.pick(['E. Hampden Ave', 'S. Parker Rd', 'N. Union Blvd', 'Arapahoe Ave'])}"
    c.extra["co_prac"] = (prac, street, city, f"84-{w.rng.randint(10**6, 10**7 - 1)}", _npi(w),
                          f"PA{w.rng.randint(10**6, 10**7 - 1)}", _phone(w, _CO_AREAS, 0))
    neu, _, neu_last = person(w.rng, 0.1)
    c.extra["co_neuro"] = (w.pick([f"Dr. {neu}", f"{neu}, MD"]), neu_last)
    pcp, _, pcp_last = person(w.rng, 0.15)
    c.extra["co_pcp"] = (w.pick([f"Dr. {pcp}", f"{pcp}, MD", f"{pcp}, DO"]), pcp_last, w.pick(facilities("CO")))
    start = c.service
    c.extra["co_end"] = start + dt.timedelta(days=days)
    c.extra["co_consult"] = start - dt.timedelta(days=w.rng.randint(9, 30))
    c.extra["co_referral"] = c.extra["co_consult"] - dt.timedelta(days=w.rng.randint(10, 25))
    c.extra["co_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["co_claim2"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["co_group"] = f"{w.rng.randint(10000, 99999)}-{w.rng.randint(10, 99)}"
    c.extra["co_consult_paid"] = (round(w.rng.uniform(240, 420), 2), w.pick([40.0, 50.0, 60.0]))
    c.criteria = []
    c.reviewer = None
    _flags(c)


def reason_b58_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    prac = c.extra["co_prac"][0]
    pcp_last = c.extra["co_pcp"][1]
    if c.extra["co_variant"] == 2:
        pre = "The member's plan"
    else:
        pre = "Your plan"
    return w.pick([
        f"{pre} requires prior authorization for long-term EEG monitoring done outside a hospital, including "
        f"ambulatory video EEG. {prac} did not ask us to approve this study before the recording began. The "
        f"referral from Dr. {pcp_last} approved one consultation visit only; it did not include testing. Because "
        f"no prior authorization was obtained, the EEG services on this claim are denied.",
        f"We have no prior authorization on file for the ambulatory video EEG. {pre} covers multi-day EEG "
        f"monitoring only when it is approved before it is done. The consultation referral from Dr. {pcp_last} did "
        f"not cover the study, and {prac} did not request approval for it. The claim for the set-up and the "
        f"recording is therefore denied.",
    ])


def _co_rights(w: W, b: list[Block], head, to_practice: bool) -> None:
    """ERISA claims: 180-day appeal, 60-day answer, copies, codes on request, external review, 502(a), EBSA."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Colorado"])
    who_ = ("The member, or the practice with the member's written authorization," if to_practice else
            "You, or someone you name in writing to act for you,")
    head(w.pick(["Appeal rights", "How to appeal this decision", "Your rights under ERISA"]))
    b.append(w.p(w.pick([
        f"{who_} may appeal this decision. The appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of "
        f"receiving this notice. Mail it to {addr}, with the claim number and any records that support it. We will "
        f"send our decision within 60 days after we receive the appeal.",
        f"Appeals are due within {M('APPEAL_DAYS', c.appeal_phrase)} after this notice is received. {who_} may "
        f"file one by writing to {addr}. You may include comments, documents and records. We decide appeals of "
        f"post-service claims within 60 days.",
    ])))
    b.append(w.p(w.pick([
        "Upon request and free of charge, you may get copies of all documents, records and other information "
        "relevant to this claim.",
        "You may see and receive free copies of the documents, records and other information about this claim.",
    ])))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "You may also ask, at no cost, for the diagnosis and treatment codes on this claim and what they mean. "
            "A request for codes is not an appeal.",
            "The diagnosis codes and treatment codes for this claim, with their meanings, are available free on "
            "request; asking for them does not start an appeal.",
        ])))
    b.append(w.p(w.pick([
        "If the denial is upheld on appeal, you may ask for an external review by an independent review "
        "organization within 4 months after you receive the final internal decision (45 CFR 147.136). There is no "
        "charge. You also have the right to file a civil action under section 502(a) of ERISA after the appeal.",
        "After our final internal decision you have 4 months to request external review by an independent review "
        "organization, at no cost (45 CFR 147.136). You may also bring a lawsuit under ERISA section 502(a) once "
        "the appeal process is complete.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Help is available from the Employee Benefits Security Administration, U.S. Department of Labor: "
            "1-866-444-3272 (1-866-444-EBSA).",
            "For questions about your rights under ERISA, call the Department of Labor's Employee Benefits Security "
            "Administration at 1-866-444-3272.",
        ])))
    b.append(w.p(f"Member Services: {_CO_MS} (Denver/Boulder) or {_CO_SOUTH} (Southern Colorado), TTY 711."))


def t_b58_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [50.0, 56.0, 62.0])
    prac, street, city, tin, pnpi, acct, pph = c.extra["co_prac"]
    neuro, neuro_last = c.extra["co_neuro"]
    pcp, pcp_last, pcp_fac = c.extra["co_pcp"]
    claim, claim2, group = c.extra["co_claim"], c.extra["co_claim2"], c.extra["co_group"]
    cpaid, copay = c.extra["co_consult_paid"]
    amounts = not _has(c, "notice.claim_identification")
    cell = c.extra["b58_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    end = c.extra["co_end"]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    employer = c.extra["employer"]
    total = _money(c.money["total"])
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Colorado | {page}",
                         "{page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", "Claims Administration"],
                   right=["Kaiser Foundation Health Plan of Colorado", "Claims administrator for your employer's plan",
                          f"Member Services {_CO_MS}"]))
    lines = [f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services]
    span = f"{_dm(w, 'DATE_SERVICE', c.service)} through {_fd(w, end)}"
    consult = (f"The consultation visit with {neuro} on {_fd(w, c.extra['co_consult'])} (CPT 99204), made on "
               f"Dr. {pcp_last}'s referral, was paid under claim {claim2} and is not part of this decision.")
    if variant == 0:
        b.append(w.p(c.member_name, space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.h("EXPLANATION OF BENEFITS", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("This is not a bill. Keep it for your records.", align="center", space_before=0))
        b.append(Block("fields", rows=[["Date of this statement:", _dm(w, "DATE_LETTER", c.letter, "b58_head"),
                                        "Claim number:", claim],
                                       ["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Group plan:", f"{employer} Health Plan", "Group:", group],
                                       ["Provider:", prov, "Patient account:", acct],
                                       ["Received:", rec or "-", "Processed:", dec or "-"]],
                       space_before=8, size=st.size - 0.5))
        head("Claim detail")
        hdr = ["From", "To", "Service", "CPT", "Units", "Billed", "Plan paid", "You owe", "Remark"] if amounts else \
            ["From", "To", "Service", "CPT", "Units", "Remark"]
        rows = [hdr]
        for s in c.services:
            f = M("DATE_SERVICE", b58date(c.service, cell))
            t = b58date(c.service if s["codes"] == ["95700"] else end, cell)
            if amounts:
                rows.append([f, t, w.svc(s), w.code(s["codes"][0]), str(s["units"]), _money(s["billed"]), "$0.00",
                             "$0.00", "NA1, PR0"])
            else:
                rows.append([f, t, w.svc(s), w.code(s["codes"][0]), str(s["units"]), "NA1"])
        if amounts:
            rows.append(["", "", "Claim total", "", "", total, "$0.00", "$0.00", ""])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.8))
        b.append(w.p("NA1: No prior authorization on file for this service; the claim line is denied.",
                     size=st.size - 1, space_before=3))
        if amounts:
            b.append(w.p("PR0: The provider is a participating provider and may not bill you for this line.",
                         size=st.size - 1, space_before=0))
        b.append(w.p("Diagnosis: " + dxs + ".", space_before=6))
        head("Explanation")
        b.append(w.p(M("REASON", w.reason)))
        head("Other claims processed")
        orow = [["Date", "Provider", "Service", "Code", "Status"] + (["You paid"] if amounts else [])]
        orow.append([b58date(c.extra["co_consult"], cell), prac, "Office consultation, new patient", "99204",
                     "Paid"] + ([_money(copay) + " copay"] if amounts else []))
        b.append(Block("table", rows=orow, space_before=4, size=st.size - 1.8))
        b.append(w.p(f"Claim {claim2} is listed for your information only.", size=st.size - 1, space_before=2))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b58_head"), space_before=10))
        if variant == 2:
            b.append(w.p(f"Billing Office, {prov}", space_before=10))
            b.append(w.p(f"{street}, {city}", space_before=0))
            b.append(w.p(f"Tax ID {tin}    NPI {pnpi}    Phone {pph}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Claim number:", claim, "Patient account:", acct],
                                           ["Group:", f"{group} ({employer})", "Ordering physician:", neuro]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p("Dear Billing Manager:", space_before=10))
            intro = (f"We processed the claim from {prov} for {join_and(lines)} for the patient named above, "
                     f"recorded {span}.")
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Group: {group}    Claim: {claim}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            head("What happened")
            intro = w.pick([f"{prov} sent us a claim for {join_and(lines)}. {neuro} ordered the test, and the "
                            f"recording ran from {span}.",
                            f"You had an ambulatory video EEG from {span}, ordered by {neuro} of {prov}. The practice "
                            f"billed us for {join_and(lines)}."])
        if rec:
            intro += f" The claim was received on {rec}."
        if dec:
            intro += f" We processed it on {dec}."
        if amounts:
            intro += f" Amount billed: {total}."
        intro += " The claim is denied."
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head("Why" if variant == 1 else w.pick(["Reason for denial", "Why the claim was denied"]))
        b.append(w.p(M("REASON", w.reason)))
        if amounts:
            b.append(w.p("Because the practice participates with Kaiser Permanente, "
                         + ("it may not bill the patient for these services; the write-off is "
                            if variant == 2 else "you do not owe the practice for these services. Amount denied: ")
                         + f"{total}."))
    whom = "the patient" if variant == 2 else "you"
    whose = "the patient's" if variant == 2 else "your"
    b.append(w.p(w.pick([consult, f"{pcp}, {whose} primary care physician at {pcp_fac}, referred {whom} for a "
                                  f"neurology consultation on {_fd(w, c.extra['co_referral'])}. " + consult])))
    b.append(w.p(w.pick([
        "The Summary Plan Description, \"Prior Authorization\" and \"Outpatient Diagnostic Tests\", explains which "
        "services must be approved in advance.",
        "See your Summary Plan Description, section \"Getting Approval Before You Receive Care\".",
    ])))
    if variant == 1:
        head("What you can do")
        b.append(w.p(w.pick([
            f"You may ask {prac} ({pph}) to request a retroactive review, or you may appeal as explained below.",
            "If you think we made a mistake, you can appeal. The practice can also send us records showing that "
            "approval was asked for before the test.",
        ])))
    _co_rights(w, b, head, variant == 2)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Claims Administration", "Kaiser Permanente Colorado")
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (member), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                     size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {_CO_MS}, TTY 711.",
                             f"Language help is free of charge. Call {_CO_MS}."]), space_before=8))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Language help"]))
    return b, st, ["co_eob_remark_codes", "co_what_why_next", "co_to_practice_cc_member"][variant]


BLIND58_TEMPLATES["blind58_co_erisa_ambulatory_eeg_claim"] = (t_b58_co, dict(
    plans=["erisa_group"], states=["CO"], kinds=["payment_denial"], cats=["no_prior_authorization"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b58_co))
MODELED_ON["blind58_co_erisa_ambulatory_eeg_claim"] = (
    "blind58: Kaiser Permanente Colorado ERISA group plan payment denial of a neurology practice's ambulatory video "
    "EEG claim (95700, 95720) for lack of prior authorization; an explanation of benefits with remark codes, a "
    "'What happened / Why / What you can do' letter, or a letter to the practice copied to the member; 180-day "
    "appeal, 60-day answer, codes on request, external review within 4 months (45 CFR 147.136), ERISA 502(a), EBSA, "
    "free copies, taglines")
