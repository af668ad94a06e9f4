"""Sixty-third blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND63_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind63_hi_quest_interisland_transport_delay")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind63_scal_medi_cal_incontinence_supplies_partial_es``: a Kaiser Permanente Southern California Medi-Cal
   notice in Spanish (plan_type ``medi_cal``, state CA, language ``es``) that approves part of a request for
   incontinence supplies (``partial_denial``, category ``medical_necessity``, always ``standard``): disposable
   underpads (HCPCS A4554) are approved at a lower monthly quantity than asked, and the disposable protective
   underwear (HCPCS T4527) is approved only up to the monthly limit, the quantity above it denied. Diagnosis R32
   (N39.41 or R15.9 on some letters). The member's doctor asked for the supplies (the requesting provider).
   Layouts: ``scal_es_quantity_table`` (a Spanish table of requested and approved quantities per item),
   ``scal_bilingual_notice`` (Spanish and English side by side in the headings, fields and table; each Spanish
   paragraph of the decision followed by its English translation in italics) and ``scal_es_to_caregiver`` (a Spanish
   letter to the caregiver as the member's authorized representative, the member on a "Miembro:" line). Medi-Cal
   rights from the catalogue, in Spanish: an appeal within 60 days of the date on the notice (30 or 20 when
   ``notice.appeal_deadline`` is planted), a 72-hour expedited appeal, continued supplies during the appeal when the
   appeal is filed within 10 days, a State Hearing from CDSS within 120 days of the appeal decision (or after 30
   days with no decision) at (800) 743-8525 / TDD (800) 952-8349 and the State Hearings Division's P.O. Box, the
   DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) with IMR unless a State
   Hearing was asked first, the Medi-Cal Managed Care Ombudsman (1-888-452-8609), Member Services 1-800-464-4000
   (TTY 711), the Southern California grievance address, free copies, taglines in fifteen languages (English
   first). Distractors: the supplier and its phone, the caregiver (and on the caregiver's letter the addressee), the
   home-health nurse and the date of her home visit, the quantities asked vs. approved, the monthly limit, the
   reference and authorization numbers, the date of birth.

   Which date is which: the letter date is the date line ("Fecha / Date" field on the bilingual notice); the received
   and decision dates are in the opening paragraph (or the bilingual fields). The home visit is another event; the
   English translation repeats the dates unmarked in another style. ``service`` is always null. Which name is the
   member: the addressee, or the "Miembro:" line on the caregiver's letter. Which reason is the reason: the Spanish
   paragraph under the reason heading (on the bilingual notice the English paragraph after it is its translation).
   The truth counts A4554 and T4527, the approved quantities included.

2. ``blind63_ga_commercial_physical_therapy_appeal_upheld``: a Kaiser Permanente Georgia commercial HMO (plan_type
   ``commercial_hmo``, state GA) appeal decision (``grievance_decision``, category ``not_covered``, always
   ``standard``) that upholds the denial of 12 more outpatient physical therapy visits (therapeutic exercise CPT
   97110 and manual therapy CPT 97140, one service line each) because the plan's yearly visit limit was used up.
   Diagnosis Z96.651/Z96.652 after a knee replacement (M25.661/M25.662 on some letters). The request came from the
   orthopedic surgeon on some letters and from the member on others (then ``requesting_provider`` is null). Layouts:
   ``ga_formal_appeal_decision`` (a formal letter with headed sections), ``ga_appeal_summary_table`` (a ruled
   "Appeal summary" table with "Date: / Time:" pairs, then the letter) and ``ga_numbered_findings`` (the decision
   in numbered findings). Rights after an appeal from the catalogue (federal ACA rules; no Georgia rule is
   verified): external review by an independent review organization asked within 4 months of receiving the final
   internal decision (45 CFR 147.136), expedited external review in 72 hours, EBSA 1-866-444-3272 for coverage
   through an employer (the Georgia Office of Commissioner of Insurance is named without a number: the catalogue
   verifies none), the right to sue under ERISA section 502(a) for employer plans, free copies, taglines. The
   catalogue verifies no Kaiser Georgia Member Services number: the appeals unit's own line prints (TTY 711).
   Distractors: the physical therapist (never the requesting provider or the reviewer), the appeals coordinator and
   her phone, the visits used and their dates, the original denial date, the paid re-evaluation (CPT 97164) and
   its date, the case number, the Evidence of Coverage section and page (never criteria).

   Which date is which: the letter date is the date line; ``request_received`` is the date the appeal was received
   and ``decision`` the appeal decision date (opening, summary table or finding 1). The original denial, the
   visits and the re-evaluation are other dates; ``service`` is always null. Which name is the member: the
   addressee. Which reason is the reason: the paragraph under the reason heading (the finding that states it).
   The truth counts 97110 and 97140, never 97164; ``criteria_cited`` is always empty; the reviewer is the physician
   who decided when one is named (null when the appeals committee decided).

3. ``blind63_hi_quest_interisland_transport_delay``: a Kaiser Permanente Hawaii QUEST Integration (plan_type
   ``medicaid``, state HI) notice that the decision on a request for inter-island air travel (HCPCS A0430) and
   lodging (HCPCS A0180) for a specialist visit on O'ahu needs more time (``delay_notice``, category
   ``administrative``). The member lives on a neighbor island; the request came from the member's doctor there on
   most letters and from the member on others. Layouts: ``hi_short_extension_notice`` (a short notice),
   ``hi_what_we_still_need`` (a letter with a "What we still need" check list) and ``hi_records_return_form`` (a
   notice with a form on its own page to send the missing records back). Medicaid extension rights from the
   catalogue: why more time is needed, what is missing and who must send it, the date the decision is now due
   (within 14 more days), the right to file a grievance about the extension (an expedited one too), and that no
   decision by that date counts as a denial that may be appealed; the Med-QUEST Division is named without a number;
   free interpreters and taglines in Hawaii's languages. When ``notice.delay_requirements`` is planted the letter
   says only that more time is needed: no list, no form items, no due date. Distractors: the specialist and the
   appointment date on O'ahu, the date the decision is now due, the date to send records by, the travel
   coordinator and her phone, the escort's name, the case number.

   Which date is which: the letter date is the date line; ``request_received`` is the date the request came (the
   opening or a field); ``decision`` and ``service`` are always null (no decision yet; the appointment is scheduled
   care). Which name is the member: the addressee. Which reason is the reason: the paragraph that says why more time
   is needed. The truth counts A0430 and A0180; ``stated_appeal_deadline_days`` is null and the reviewer is null.

Refused: none beyond what the rule catalogue already rules out for these plan types, kinds and categories (for
the Spanish partial notice the plan-provision and continuation omissions do not apply to a medical-necessity
partial decision; for the appeal the medical-necessity omissions do not apply to a benefit-limit decision; the
delay notice can carry only the delay-content and tagline omissions). Dates use this set's own styles
(``b63date``): "March 14, 2026", "MAR 14 2026" (appeal system prints), "03-14-2026" (fields), "2026/03/14" (table
cells), "3-14-26" (form cells), and in Spanish "14 de marzo de 2026", "14 de marzo del 2026", "sábado, 14 de marzo
de 2026" (date lines) and "14/03/2026" (cells); ``parse_blind63_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import taglines as _taglines_of
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, STREET_TYPES, STREETS, facilities
from .writer import W, join_and

BLIND63_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3].upper() for m in MONTHS]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b63date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b63long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b63monsp":  # MAR 14 2026 (an appeals system's print: capitals, no comma, day not padded)
        return f"{_MON3[d.month - 1]} {d.day} {d.year}"
    if style == "b63mdash4":  # 03-14-2026 (a form field: padded, dashes)
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "b63ymdslash":  # 2026/03/14 (a table cell: year first, slashes)
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "b63mdyydash":  # 3-14-26 (a form cell: not padded, two-digit year)
        return f"{d.month}-{d.day}-{d.year % 100:02d}"
    if style == "b63es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b63es_del":  # 14 de marzo del 2026 (the way many Latin American offices write the year)
        return f"{d.day} de {MESES[d.month - 1]} del {d.year}"
    if style == "b63es_wk":  # sábado, 14 de marzo de 2026 (a Spanish date line: weekday in lower case)
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b63es_dmy":  # 14/03/2026 (a Spanish cell: day first, padded)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


STYLES_EN = ("b63long", "b63monsp", "b63mdash4", "b63ymdslash", "b63mdyydash")
STYLES_ES = ("b63es_de", "b63es_del", "b63es_wk", "b63es_dmy")
STYLES = STYLES_EN + STYLES_ES


def parse_blind63_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b63date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2])) if m[1] in MONTHS else None
        m = re.fullmatch(r"([A-Z]{3}) ([1-9]\d?) (\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2])) if m[1] in _MON3 else None
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]\d?)-([1-9]\d?)-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(?:([a-záéíóú]+), )?([1-9]\d?) de ([a-z]+) (de|del) (\d{4})", t)
        if m:
            if m[3] not in MESES or (m[1] and m[4] != "de"):
                return None
            d = dt.date(int(m[5]), MESES.index(m[3]) + 1, int(m[2]))
            return d if not m[1] or _DIAS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b63_fmt"] = w.pick(list(body))
    w.c.extra["b63_head"] = w.pick(list(head))
    w.c.extra["b63_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b63_fmt") -> str:
    if not day:
        return ""
    return b63date(day, w.c.extra[key] if key.startswith("b63_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b63_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a} {n} {m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _clock(w: W, lo: int = 8, hi: int = 16) -> str:
    h, m = w.rng.randint(lo, hi), w.pick([3, 9, 12, 17, 24, 31, 38, 44, 49, 56])
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _sign(w: W, b: list[Block], close: str, team: str, org: str, mark: bool = True) -> None:
    """A sign-off: the reviewer (marked) when one decided, else the team."""
    c = w.c
    b.append(w.p(close, space_before=10))
    r = c.reviewer
    if r:
        name = M("REVIEWER_NAME", r["name"]) if mark else r["name"]
        cred = (M("REVIEWER_CRED", r["credentials"]) if mark else r["credentials"]) if r["credentials"] else ""
        b.append(w.p(name + (f", {cred}" if cred else ""), space_before=14))
        title = c.reviewer_title
        if r["specialty"] and mark:
            title += f" - {M('REVIEWER_SPECIALTY', r['specialty'])}"
        b.append(w.p(title, space_before=0))
        if r["phone"] and mark:
            b.append(w.p(f"{w.c.extra.get('b63_direct', 'Direct line')}: {M('REVIEWER_PHONE', r['phone'])}",
                         space_before=0))
    else:
        b.append(w.p(team, space_before=14))
    b.append(w.p(org, space_before=0))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "English: If you need help in your language, an interpreter is free of charge. Call {ph}.",
    "es": "Español: Si necesita ayuda en su idioma, le damos un intérprete gratis. Llame al {ph}.",
    "zh": "中文：如果您需要以您的語言獲得協助，我們可免費為您安排口譯員。請致電 {ph}。",
    "vi": "Tiếng Việt: Nếu quý vị cần giúp đỡ bằng ngôn ngữ của mình, chúng tôi có thông dịch viên miễn phí. Xin "
          "gọi {ph}.",
    "tl": "Tagalog: Kung kailangan mo ng tulong sa iyong wika, may interpreter kang makukuha nang libre. Tumawag sa "
          "{ph}.",
    "ko": "한국어: 귀하의 언어로 도움이 필요하시면 무료 통역사를 제공해 드립니다. {ph}번으로 전화하십시오.",
    "hy": "Հայերեն. Եթե Ձեզ օգնություն է պետք Ձեր լեզվով, թարգմանիչն անվճար է։ Զանգահարեք {ph}։",
    "fa": "فارسی: اگر به کمک به زبان خود نیاز دارید، مترجم شفاهی رایگان است. با {ph} تماس بگیرید.",
    "ru": "Русский: Если вам нужна помощь на вашем языке, переводчик предоставляется бесплатно. Звоните {ph}.",
    "ja": "日本語：ご自分の言語での支援が必要な場合は、通訳を無料でご利用いただけます。{ph} にお電話ください。",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة بلغتك، فإن خدمة المترجم مجانية. اتصل على {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਦੁਭਾਸ਼ੀਆ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ ប្រសិនបើអ្នកត្រូវការជំនួយជាភាសារបស់អ្នក អ្នកបកប្រែគឺឥតគិតថ្លៃ។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "Hmoob: Yog koj xav tau kev pab ua koj hom lus, peb muaj neeg txhais lus pub dawb. Hu rau {ph}.",
    "hi": "हिंदी: यदि आपको अपनी भाषा में सहायता चाहिए, तो दुभाषिया निःशुल्क उपलब्ध है। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: หากคุณต้องการความช่วยเหลือเป็นภาษาของคุณ เรามีล่ามให้บริการฟรี โทร {ph}",
    "ilo": "Ilokano: No kasapulam ti tulong iti bukodmo a pagsasao, awan ti bayadna ti agipatarus. Tawagan ti {ph}.",
    "sm": "Gagana Sāmoa: Afai e te manaʻomia se fesoasoani i lau gagana, e leai se totogi mo se faamatala upu. "
          "Valaau i le {ph}.",
    "to": "Lea Fakatonga: Kapau ʻoku ke fie maʻu ha tokoni ʻi hoʻo lea, ʻoku taʻetotongi ʻa e fakatonulea. Tā ki "
          "he {ph}.",
    "chk": "Chuukese: Ika ka mochen aninis non kapasen fonuom, ese kamo ewe chon chiaku. Kokori {ph}.",
    "mh": "Kajin Ṃajeḷ: Eḷañ kwōj aikuj jipañ ilo kajin eo am, ejjeḷọk wōṇāān ri-ukook eo. Kūr {ph}.",
    "fr": "Français : Si vous avez besoin d'aide dans votre langue, un interprète vous est fourni gratuitement. "
          "Appelez le {ph}.",
    "am": "አማርኛ፦ በቋንቋዎ እርዳታ ከፈለጉ አስተርጓሚ በነጻ ይቀርብልዎታል። በ{ph} ይደውሉ።",
    "pt": "Português: Se precisar de ajuda no seu idioma, oferecemos um intérprete sem custo. Ligue para {ph}.",
    "gu": "ગુજરાતી: જો તમને તમારી ભાષામાં મદદ જોઈએ, તો દુભાષિયો મફત છે. {ph} પર કૉલ કરો.",
    "de": "Deutsch: Wenn Sie Hilfe in Ihrer Sprache brauchen, stellen wir kostenlos einen Dolmetscher. Rufen Sie "
          "{ph} an.",
}
_TAG_SETS = {
    "CA_ES": ["en", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "ko", "vi", "zh", "fr", "am", "ar", "hi", "pt", "gu", "ru", "de"],
    "HI": ["ilo", "tl", "ja", "zh", "ko", "vi", "es", "sm", "to", "chk", "mh"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size)


# === 1. Southern California Medi-Cal (Spanish): incontinence supplies, part approved ==============================

_S1_MS = "1-800-464-4000"
_S1_AREAS = ["626", "714", "909", "951", "619", "323", "562"]
_S1_PADS = ["Protectores desechables para cama (empapadores)", "Empapadores desechables para cama",
            "Protectores de cama desechables, tamaño grande"]
_S1_PADS_EN = ["Disposable bed underpads", "Disposable underpads for the bed", "Disposable bed pads, large"]
_S1_UNDER = ["Ropa interior protectora desechable, talla grande", "Calzones desechables para adulto, talla grande",
             "Ropa interior desechable tipo pull-on, adulto, talla grande"]
_S1_UNDER_EN = ["Disposable protective underwear, large", "Adult disposable pull-on underwear, large",
                "Disposable pull-on underwear, adult, large"]
_S1_DX = [("Incontinencia urinaria, no especificada", "R32"), ("Incontinencia de urgencia", "N39.41"),
          ("Incontinencia fecal total", "R15.9")]
_S1_CRIT = ["Guía de Kaiser Permanente del Sur de California para suministros de incontinencia",
            "Manual de Proveedores de Medi-Cal: Suministros Médicos para la Incontinencia"]
_S1_SUPPLIERS = ["Suministros Médicos del Valle", "Apex Home Medical Supply", "Sol Home Care Products",
                 "Pacific Coast Medical Supplies"]
_S1_RELATION = [("hija", "a"), ("hijo", "o"), ("esposa", "a"), ("esposo", "o"), ("sobrina", "a"), ("nieto", "o")]
_S1_SPECIALTY = ["Medicina Interna", "Urología", "Medicina Familiar", "Geriatría"]
_S1_ADDR = GRIEVANCE_ADDR["Southern California"]


def _s1_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b63_s1"):
        return
    c.extra["b63_s1"] = True
    variant = c.extra["s1_variant"] = w.rng.randrange(3)  # 0 quantity table, 1 bilingual, 2 to the caregiver
    _fmt(w, ("b63es_de", "b63es_del"), ("b63es_wk", "b63es_de") if variant != 1 else ("b63es_dmy", "b63es_de"),
         ("b63es_dmy",))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "medical_necessity"
    if c.urgency == "expedited":  # the notice never says urgent: redraw the standard timeline
        c.urgency = "standard"
        dec = c.decision or c.letter
        n = w.rng.randint(9, 16) if _has(c, "process.decision_untimely") else w.rng.randint(1, 4)
        c.received = D.add_business(dec, -n)
    k = w.rng.randrange(3)
    c.services = [dict(text=_S1_PADS[k], codes=["A4554"], decision="approved"),
                  dict(text=_S1_UNDER[k], codes=["T4527"], decision="denied")]
    c.extra["s1_en"] = (_S1_PADS_EN[k], _S1_UNDER_EN[k])
    dx = [_S1_DX[0]] + ([w.pick(_S1_DX[1:])] if w.chance(0.45) else [])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    c.service = None
    per_day = w.pick([2, 3])
    pads_ok = per_day * 30
    pads_ask = pads_ok + w.pick([30, 60, 90])
    limit = w.pick([150, 180, 200])
    under_ask = limit + w.pick([60, 90, 100, 120])
    c.extra["s1_qty"] = (pads_ask, pads_ok, per_day, under_ask, limit)
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"Dr. {name}", f"{name}, M.D.", f"Dra. {name}" if w.chance(0.5) else f"{name}, MD"])
    c.extra["s1_doc"] = last
    fac = w.pick(facilities("CA", "Southern California"))
    c.extra["s1_fac"] = fac
    c.extra["s1_supplier"] = (w.pick(_S1_SUPPLIERS), _phone(w, _S1_AREAS, w.rng.randrange(2)))
    cg, cg_first, cg_last = person(w.rng, 0.0)
    cg = f"{cg_first} {c.member_name.split()[-1]}" if w.chance(0.5) else cg
    c.extra["s1_caregiver"] = (cg, *w.pick(_S1_RELATION))
    nurse = person(w.rng, 0.0)[0]
    base = c.received or c.letter
    c.extra["s1_nurse"] = (nurse, base - dt.timedelta(days=w.rng.randint(4, 21)))
    c.extra["s1_ref"] = f"NOA-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["s1_auth"] = f"{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["b63_direct"] = "Línea directa"
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Enfermera de Revisión de Utilización", "Coordinadora de Autorizaciones"], ["RN", "LVN"])
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(_S1_SPECIALTY) if w.chance(0.6) else None,
                          phone=_phone(w, _S1_AREAS, 0) if w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Médico Revisor", "Director Médico Asociado", "Médico de Revisión de Utilización"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_S1_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b63_s1(w: W) -> str:
    _s1_setup(w)
    c = w.c
    pads_ask, pads_ok, per_day, under_ask, limit = c.extra["s1_qty"]
    if _bare(c):
        c.extra["s1_reason_en"] = "The supplies are not medically necessary."
        return "Los suministros no son médicamente necesarios."
    third = c.extra["s1_variant"] == 2
    you, your = ("el miembro", "del miembro") if third else ("usted", "de usted")
    k = w.rng.randrange(2)
    es = [
        f"Las notas de la visita de enfermería y de su médico muestran que {you} usa unos {per_day} protectores de "
        f"cama al día, o sea unos {pads_ok} al mes; por eso aprobamos {pads_ok} al mes en lugar de {pads_ask}. Para "
        f"la ropa interior protectora, la guía permite hasta {limit} unidades al mes. El expediente {your} no muestra "
        f"una razón médica para más, como heridas o infección de la piel o diarrea que no se controla, así que no "
        f"aprobamos las {under_ask - limit} unidades que pasan ese límite.",
        f"Pidieron {under_ask} unidades de ropa interior desechable al mes. El límite es de {limit} al mes, salvo que "
        f"haya una razón médica documentada para usar más, y en los expedientes que recibimos no hay ninguna. "
        f"Aprobamos {limit} al mes y negamos las demás. Para los protectores de cama, las notas muestran un uso de "
        f"{per_day} al día, así que {pads_ok} al mes cubren lo que {you} necesita.",
    ][k]
    en = [
        f"The nursing visit and doctor's notes show that {'the member uses' if third else 'you use'} about {per_day} "
        f"bed pads a day, about {pads_ok} a month; so we approved {pads_ok} a month instead of {pads_ask}. For the "
        f"protective underwear, the guideline allows up to {limit} a month. The records show no medical reason for "
        f"more, so we did not approve the {under_ask - limit} that go over that limit.",
        f"{under_ask} pieces of disposable underwear a month were asked for. The limit is {limit} a month unless "
        f"there is a documented medical reason for more, and the records we received show none. We approved {limit} "
        f"a month and denied the rest. For the bed pads, the notes show use of {per_day} a day, so {pads_ok} a month "
        f"cover what {'the member needs' if third else 'you need'}.",
    ][k]
    c.extra["s1_reason_en"] = en
    return es


def _s1_dmhc_es() -> str:
    return (
        "El Departamento de Administración del Cuidado de la Salud de California (Department of Managed Health Care) "
        f"regula los planes de servicios de salud. Si tiene una queja contra su plan de salud, primero llame a su plan "
        f"al {_S1_MS} (TTY 711) y use el proceso de quejas del plan antes de comunicarse con el departamento. Usar "
        "este proceso de quejas no le quita ningún derecho ni recurso legal que pueda tener. Si necesita ayuda con "
        "una queja sobre una emergencia, una queja que su plan no resolvió a su satisfacción o una queja que lleva "
        "más de 30 días sin resolverse, puede llamar al departamento. También es posible que califique para una "
        "Revisión Médica Independiente (IMR). Si califica, la IMR hará una revisión imparcial de las decisiones "
        "médicas de un plan de salud sobre la necesidad médica de un servicio o tratamiento propuesto, las decisiones "
        "de cobertura de tratamientos experimentales o en investigación y las disputas de pago de servicios médicos "
        "de emergencia o de urgencia. El departamento tiene un número gratuito (1-888-466-2219) y una línea TDD "
        "(1-877-688-9891) para personas con problemas de audición o del habla. En el sitio web del departamento, "
        "www.dmhc.ca.gov, hay formularios de queja, solicitudes de IMR e instrucciones.")


def _s1_rights(w: W, b: list[Block], head, to_rep: bool, bilingual: bool) -> None:
    """Medi-Cal in Spanish: 60-day appeal, 72-hour appeal, aid paid pending, State Hearing, DMHC/IMR, Ombudsman."""
    c = w.c
    addr = ", ".join(_S1_ADDR)
    days = M("APPEAL_DAYS", c.appeal_phrase)
    quien = "Usted, como representante autorizado del miembro, o el miembro" if to_rep else \
        "Usted, su médico (con su permiso) o una persona que usted nombre"
    head("Sus derechos" + (" / Your rights" if bilingual else ""))
    b.append(w.p(w.pick([
        f"Si no está de acuerdo con esta decisión, puede pedir una apelación. {quien} puede pedirla dentro de "
        f"{days} a partir de la fecha de este aviso. Llame a Servicios a los Miembros al {_S1_MS} (TTY 711), las 24 "
        f"horas del día, presente la apelación en kp.org o escriba a {addr}.",
        f"Para apelar, llame al {_S1_MS} (TTY 711), visite kp.org o envíe una carta a {addr}. Tiene {days} desde la "
        f"fecha de este aviso para pedir la apelación. {quien} puede presentarla.",
    ])))
    if bilingual:
        b.append(w.p(f"To appeal, call {_S1_MS} (TTY 711) within {c.appeal_days} days of the date of this notice.",
                     italic=True))
    b.append(w.p(w.pick([
        "Si esperar 30 días podría poner en grave peligro la salud o la vida del miembro, pida una apelación "
        "acelerada (rápida). Le daremos una decisión dentro de 72 horas.",
        "Apelación rápida: cuando la espera de una apelación normal podría dañar gravemente la salud, llame y diga "
        "que es urgente. Decidimos las apelaciones rápidas en 72 horas.",
    ])))
    b.append(w.p(w.pick([
        "Si el miembro ya recibe estos suministros y quiere seguir recibiéndolos igual mientras se decide la "
        "apelación, pida la apelación dentro de 10 días a partir de la fecha de este aviso, o antes de la fecha en "
        "que cambie la cantidad, lo que sea más tarde.",
        "Para seguir recibiendo la cantidad que recibe ahora durante la apelación, debe apelar dentro de 10 días "
        "desde la fecha de este aviso o antes de que cambie el servicio, lo que ocurra después.",
    ])))
    b.append(w.p(w.pick([
        "Si después de la apelación seguimos sin aprobar todo lo que se pidió, o si no recibe nuestra decisión "
        "dentro de 30 días, puede pedir una Audiencia Estatal al Departamento de Servicios Sociales de California "
        "(CDSS). Pídala dentro de 120 días a partir de la fecha de nuestra carta con la decisión de la apelación. "
        "Llame al (800) 743-8525 (TDD (800) 952-8349) o escriba a CDSS State Hearings Division, P.O. Box 944243, "
        "Mail Station 9-17-37, Sacramento, CA 94244-2430. La audiencia es gratis.",
        "Audiencia Estatal: si la apelación no cambia esta decisión, o si pasan 30 días sin respuesta, puede pedir "
        "una audiencia al Departamento de Servicios Sociales de California dentro de 120 días desde la fecha de la "
        "carta de decisión de la apelación: (800) 743-8525, TDD (800) 952-8349, o por correo a CDSS State Hearings "
        "Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(_s1_dmhc_es(), bold=True, size=12.0))
        b.append(w.p("Si ya pidió una Audiencia Estatal sobre este mismo asunto, no puede pedir una IMR."))
        if bilingual:
            b.append(w.p("The California Department of Managed Health Care regulates health plans. Call your plan "
                         f"first at {_S1_MS} (TTY 711). If your problem is an emergency, was not solved by the plan, "
                         "or is still open after 30 days, call the department at 1-888-466-2219 (TDD 1-877-688-9891) "
                         "or visit www.dmhc.ca.gov; you may qualify for an Independent Medical Review (IMR).",
                         italic=True))
    b.append(w.p(w.pick([
        "La Oficina del Ombudsman de Atención Administrada de Medi-Cal puede ayudarle gratis: 1-888-452-8609 "
        "(TTY 711), de lunes a viernes, de 8 a. m. a 5 p. m.",
        "Ayuda gratuita: Ombudsman de Medi-Cal (Oficina del Ombudsman de Atención Administrada), 1-888-452-8609.",
    ])))
    b.append(w.p(w.pick([
        "Puede pedir sin costo copias de todos los documentos, expedientes y demás información que usamos para esta "
        "decisión, incluidos los criterios.",
        "Tiene derecho a recibir gratis copias del expediente de este caso y de las guías que aplicamos.",
    ])))


def t_b63_s1(w: W):
    _s1_setup(w)
    c = w.c
    variant = c.extra["s1_variant"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0], [50.0, 56.0, 62.0])
    pads_ask, pads_ok, per_day, under_ask, limit = c.extra["s1_qty"]
    sup, sup_ph = c.extra["s1_supplier"]
    cg, rel, g = c.extra["s1_caregiver"]
    nurse, visit = c.extra["s1_nurse"]
    ref, auth = c.extra["s1_ref"], c.extra["s1_auth"]
    cell = c.extra["b63_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    pads, under = c.services
    pen, uen = c.extra["s1_en"]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    bil = variant == 1
    st.footer = [w.pick([f"Aviso {ref} - página {{page}} de {{pages}}", "Kaiser Permanente - {page}/{pages}",
                         "Página {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=bil))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Medi-Cal"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Región del Sur de California - Manejo de Utilización",
                          f"Servicios a los Miembros {_S1_MS} (TTY 711)"]))
    table_hdr = (["Artículo / Item", "Código / Code", "Pedido / Asked", "Aprobado / Approved", "Decisión / Decision"]
                 if bil else ["Artículo", "Código", "Cantidad pedida", "Cantidad aprobada", "Decisión"])
    rows = [table_hdr,
            [w.svc(pads), w.code("A4554"), f"{pads_ask} al mes", f"{pads_ok} al mes",
             "Modificado" + (" / Modified" if bil else "")],
            [w.svc(under), w.code("T4527"), f"{under_ask} al mes", f"{limit} al mes",
             "Aprobado en parte" + (" / Partly approved" if bil else "")]]
    if variant in (0, 1):
        if bil:
            b.append(w.h("AVISO DE ACCIÓN - NOTICE OF ACTION", align="center", space_before=8, size=st.size + 2))
            b.append(w.p("Aprobación parcial de su solicitud / Partial approval of your request", align="center",
                         space_before=0))
            b.append(Block("fields", rows=[["Fecha / Date:", _dm(w, "DATE_LETTER", c.letter, "b63_head"),
                                            "Referencia / Ref.:", ref],
                                           ["Miembro / Member:", w.name(), "N.º de registro / MRN:", w.mid()],
                                           ["Recibido / Received:", rec or "-", "Decidido / Decided:", dec or "-"]],
                           space_before=8, size=st.size - 0.5))
            b.append(w.p(c.member_name, space_before=8))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
        else:
            b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b63_head"), space_before=10))
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"N.º de registro médico: {w.mid()}    Referencia: {ref}", space_before=8))
            b.append(w.h("AVISO DE ACCIÓN: su solicitud de suministros fue aprobada en parte", space_before=8))
        b.append(w.p(f"Estimado(a) {c.member_name}:" if not bil else f"Estimado(a) {c.member_name} / Dear "
                     f"{c.member_name}:", space_before=10))
        intro = w.pick([f"Su médico, {prov}, nos pidió suministros para la incontinencia.",
                        f"{prov} nos envió una solicitud de suministros para la incontinencia para usted."])
        if rec and not bil:
            intro += f" Recibimos la solicitud el {rec}."
        if dec and not bil:
            intro += f" Tomamos nuestra decisión el {dec}."
        intro += " Aprobamos una parte de lo que se pidió, como se ve en la tabla."
        b.append(w.p(intro))
        if bil:
            en = f"Your doctor, {c.provider}, asked us for incontinence supplies."
            if c.received:
                en += f" We received the request on {b63date(c.received, 'b63mdash4')}."
            en += " We approved part of what was asked for, as shown in the table."
            b.append(w.p(en, italic=True))
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 1.0))
        b.append(w.p(f"Diagnóstico{' / Diagnosis' if bil else ''}: {dxs}.", space_before=6))
        head("Por qué tomamos esta decisión" + (" / Why we made this decision" if bil else ""))
        b.append(w.p(M("REASON", w.reason)))
        if bil:
            b.append(w.p(c.extra["s1_reason_en"], italic=True))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b63_head"), space_before=10))
        b.append(w.p(cg, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Miembro:", w.name(), "N.º de registro médico:", w.mid()],
                                       ["Referencia:", ref, "Fecha de nacimiento:", b63date(c.extra["dob"], cell)]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Estimad{g} {cg}:", space_before=10))
        b.append(w.p(w.pick([
            f"Le escribimos porque usted figura en nuestros registros como representante autorizad{g} de "
            f"{c.member_name}, su {rel}.",
            f"Nuestros registros muestran que {c.member_name} le nombró representante autorizad{g}. Por eso le "
            f"enviamos este aviso a usted.",
        ])))
        intro = f"{prov} pidió para {c.member_name} {w.svc(pads)} ({w.code('A4554')}), {pads_ask} al mes, y " \
                f"{w.svc(under)} ({w.code('T4527')}), {under_ask} al mes."
        if rec:
            intro += f" La solicitud llegó el {rec}."
        if dec:
            intro += f" La decisión se tomó el {dec}."
        b.append(w.p(intro))
        b.append(w.p(f"Decisión: aprobamos {pads_ok} protectores de cama al mes y {limit} unidades de ropa interior "
                     f"protectora al mes. No aprobamos el resto."))
        b.append(w.p(f"Diagnóstico: {dxs}."))
        head(w.pick(["Razón de la decisión", "Por qué no aprobamos todo"]))
        b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Para decidir usamos: ", "Criterios aplicados: "])
                     + join_and([M("CRITERIA", x) for x in c.criteria], "y") + "."))
    if c.reviewer:
        r = c.reviewer
        ln = _who(w, w.pick(["Esta decisión la tomó ", "Revisó la solicitud "]))
        ln += f", {c.reviewer_title}."
        if r["phone"]:
            ln += f" Su médico puede hablar con quien tomó la decisión llamando al {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"Revisamos las notas de la visita a domicilio que hizo {nurse}, RN, el {_fd(w, visit)}, y las notas de "
        f"la clínica.",
        f"La enfermera de salud en el hogar, {nurse}, RN, visitó la casa el {_fd(w, visit)}; sus notas forman "
        f"parte del expediente.",
    ])))
    b.append(w.p(w.pick([
        f"Los suministros aprobados los entrega {sup}. Si tiene preguntas sobre la entrega, llame al {sup_ph}. "
        f"Número de autorización: {auth}.",
        f"{sup} ({sup_ph}) recibirá la autorización n.º {auth} y le llamará para coordinar la entrega mensual.",
    ])))
    if variant != 2:
        b.append(w.p(f"{cg}, su {rel}, puede seguir ayudándole con los pedidos si usted lo autoriza por escrito."))
    _s1_rights(w, b, head, variant == 2, bil)
    _sign(w, b, "Atentamente," if not bil else "Atentamente / Sincerely,", "Departamento de Manejo de Utilización",
          "Kaiser Foundation Health Plan, Inc., Región del Sur de California")
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (miembro); {c.provider}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de intérprete gratis: {_S1_MS} (TTY 711).",
                             f"Si necesita un intérprete o este aviso en otro formato, llame gratis al {_S1_MS} "
                             f"(TTY 711)."]), space_before=8))
    b += _taglines(w, "CA_ES", _S1_MS, w.pick([None, "Ayuda en su idioma"]))
    return b, st, ["scal_es_quantity_table", "scal_bilingual_notice", "scal_es_to_caregiver"][variant]


BLIND63_TEMPLATES["blind63_scal_medi_cal_incontinence_supplies_partial_es"] = (t_b63_s1, dict(
    plans=["medi_cal"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b63_s1))
MODELED_ON["blind63_scal_medi_cal_incontinence_supplies_partial_es"] = (
    "blind63: Kaiser Permanente Southern California Medi-Cal Spanish notice approving part of a request for "
    "incontinence supplies (underpads A4554 at a lower monthly quantity, protective underwear T4527 up to the monthly "
    "limit); a Spanish quantity table, a bilingual notice, or a Spanish letter to the caregiver as authorized "
    "representative; 60-day appeal, 72-hour appeal, aid paid pending, State Hearing, DMHC statement and IMR, "
    "Ombudsman, free copies, taglines")


# === 2. Georgia commercial HMO: appeal upheld, physical therapy visit limit reached ================================

_GA_AREAS = ["404", "770", "678"]
_GA_ADDR = GRIEVANCE_ADDR["Georgia"]
_GA_EX = ["Therapeutic exercise, 12 additional visits", "Therapeutic exercises (12 more visits)",
          "Physical therapy: therapeutic exercise, 12 visits"]
_GA_MAN = ["Manual therapy, 12 additional visits", "Manual therapy techniques (12 more visits)",
           "Physical therapy: manual therapy, 12 visits"]
_GA_DX = {"right": [("Presence of right artificial knee joint", "Z96.651"),
                    ("Stiffness of right knee, not elsewhere classified", "M25.661")],
          "left": [("Presence of left artificial knee joint", "Z96.652"),
                   ("Stiffness of left knee, not elsewhere classified", "M25.662")]}


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b63_ga"):
        return
    c.extra["b63_ga"] = True
    c.extra["ga_variant"] = w.rng.randrange(3)  # 0 formal, 1 appeal summary table, 2 numbered findings
    _fmt(w, ("b63long",), ("b63long", "b63monsp"), ("b63mdash4", "b63mdyydash"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.category = "not_covered"
    untimely = _has(c, "process.decision_untimely")
    if c.urgency == "expedited":
        c.urgency = "standard"
    dec = c.decision or c.letter
    c.received = dec - dt.timedelta(days=w.rng.randint(38, 60) if untimely else w.rng.randint(6, 28))
    k = w.rng.randrange(3)
    c.services = [dict(text=_GA_EX[k], codes=["97110"], decision="denied"),
                  dict(text=_GA_MAN[k], codes=["97140"], decision="denied")]
    side = w.pick(["right", "left"])
    c.extra["ga_side"] = side
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _GA_DX[side][: w.pick([1, 2])]]
    c.service = None
    c.criteria = []
    fac = w.pick(facilities("GA", "Georgia"))
    c.extra["ga_fac"] = fac
    if w.chance(0.65):
        name, _, last = person(w.rng, 0.15)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
        c.extra["ga_surgeon"] = last
    else:
        c.provider = None
        c.extra["ga_surgeon"] = person(w.rng, 0.0)[2]
    c.extra["ga_pt"] = person(w.rng, 0.0)[0] + w.pick([", PT, DPT", ", DPT", ", PT"])
    limit = w.pick([20, 30])
    c.extra["ga_limit"] = limit
    orig = c.received - dt.timedelta(days=w.rng.randint(6, 25))
    c.extra["ga_orig"] = orig
    first_visit = orig - dt.timedelta(days=w.rng.randint(70, 120))
    last_visit = orig - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["ga_visits"] = (first_visit, last_visit)
    c.extra["ga_reeval"] = last_visit - dt.timedelta(days=w.rng.randint(14, 30))
    c.extra["ga_reeval_paid"] = w.pick([86.4, 112.75, 94.1, 128.0])
    c.extra["ga_case"] = f"GA-APL-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["ga_unit"] = (_phone(w, _GA_AREAS, 0), _phone(w, _GA_AREAS, 1))
    c.extra["ga_coord"] = person(w.rng, 0.0)[0]
    c.extra["ga_times"] = (_clock(w), _clock(w))
    c.extra["ga_eoc"] = (w.pick(["Outpatient Rehabilitative Therapy Services", "Rehabilitative and Habilitative "
                                 "Services"]), w.rng.randint(28, 74))
    c.extra["b63_direct"] = "Phone"
    if w.chance(0.55):
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Physical Medicine and Rehabilitation", "Orthopedic Surgery",
                                            "Family Medicine"]) if w.chance(0.6) else None,
                          phone=_phone(w, _GA_AREAS, 2) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Appeals", "Associate Medical Director",
                                   "Appeals Physician Reviewer"])
    else:
        c.reviewer = None
    _flags(c)


def reason_b63_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    limit = c.extra["ga_limit"]
    first, last = c.extra["ga_visits"]
    span = f"between {_fd(w, first)} and {_fd(w, last)}"
    return w.pick([
        f"Your plan covers up to {limit} outpatient physical therapy visits in each calendar year. Our records show that you used all {limit} visits {span}. Because the yearly "
        f"visit limit has been reached, the 12 additional visits are not covered, even though your therapist "
        f"recommends them.",
        f"The appeal asked us to cover 12 more physical therapy visits. Your benefit for outpatient physical, "
        f"occupational and speech therapy is limited to {limit} visits per calendar year, and the {limit} visits "
        f"were used {span}. Visits beyond the yearly limit are not a covered benefit, so the original decision "
        f"stands.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    """Georgia commercial after an appeal (federal ACA rules): IRO in 4 months, 72-hour expedited, EBSA, copies."""
    c = w.c
    unit, fax = c.extra["ga_unit"]
    head(w.pick(["Your rights", "What you can do next", "If you still disagree"]))
    b.append(w.p(w.pick([
        "This letter is our final decision on your appeal. You have used all levels of our internal appeal process.",
        "This is the final internal decision on your appeal.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            f"You may ask for an external review by an independent review organization (IRO) that has no ties to "
            f"Kaiser Permanente. You must ask within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this "
            f"letter (45 CFR 147.136). External review costs you nothing. If waiting could seriously jeopardize your "
            f"life or health, ask for an expedited external review; it is decided within 72 hours.",
            f"External review: an independent review organization can review this decision at no cost to you. Send "
            f"your request within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this letter (45 CFR 147.136). "
            f"Urgent requests are handled as expedited external reviews and decided within 72 hours.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help, you may contact the Georgia Office of Commissioner of Insurance. If your coverage is through "
            "a private employer, the Employee Benefits Security Administration of the U.S. Department of Labor can "
            "also help: 1-866-444-3272.",
            "Free help is available. Coverage through an employer: Employee Benefits Security Administration, "
            "1-866-444-3272 (1-866-444-EBSA). You may also contact the Georgia Office of Commissioner of Insurance.",
        ])))
    b.append(w.p(w.pick([
        "If your plan is an employer plan covered by ERISA, you also have the right to bring a civil action under "
        "section 502(a) of ERISA.",
        "If you get this coverage through a private employer, you may have the right to file a lawsuit under "
        "section 502(a) of ERISA.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information about your appeal, including "
        "the therapy notes and the benefit provisions we used.",
        "Copies of everything in your appeal file are free on request.",
    ])))
    b.append(w.p(f"Questions: call {c.extra['ga_coord']}, Appeals Coordinator, at {unit} (TTY 711), Monday to "
                 f"Friday, 8:30 a.m. to 5 p.m. Fax {fax}. Write to {', '.join(_GA_ADDR)}."))


def t_b63_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [54.0, 60.0, 68.0])
    limit = c.extra["ga_limit"]
    first, last = c.extra["ga_visits"]
    orig, reeval = c.extra["ga_orig"], c.extra["ga_reeval"]
    case = c.extra["ga_case"]
    unit, fax = c.extra["ga_unit"]
    t_rec, t_dec = c.extra["ga_times"]
    pt, fac = c.extra["ga_pt"], c.extra["ga_fac"]
    sec, page = c.extra["ga_eoc"]
    cell = c.extra["b63_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    ex, man = c.services
    items = (f"{w.svc(ex)} ({w.pick(['CPT ', ''])}{w.code('97110')}) and {w.svc(man)} "
             f"({w.pick(['CPT ', ''])}{w.code('97140')})")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    who_asked = (f"{M('PROVIDER', c.provider)} (your orthopedic surgeon)" if c.provider else "you")
    eoc = not _has(c, "notice.plan_provision")
    eoc_ln = (f"The visit limit is in your {c.letter.year} Evidence of Coverage, \"{sec},\" page {page}."
              if eoc else "")
    st.footer = [w.pick([f"Appeal {case} | Page {{page}} of {{pages}}", "Kaiser Permanente Georgia  {page}",
                         "Page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia"],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Appeals Department",
                          f"Phone {unit}  Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b63_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    if variant == 1:
        b.append(w.h("APPEAL SUMMARY", space_before=10, size=st.size + 1, shade=True))
        rows = [["Member:", w.name(), "Member ID:", w.mid()], ["Appeal no.:", case, "Decision:", "Upheld"]]
        if rec:
            rows.append(["Appeal received - Date:", rec, "Time:", t_rec])
        if dec:
            rows.append(["Decision made - Date:", dec, "Time:", t_dec])
        rows.append(["Original denial:", b63date(orig, cell), "Visits used:", f"{limit} of {limit}"])
        b.append(Block("fields", rows=rows, space_before=4, size=st.size - 0.5))
    else:
        b.append(w.p(f"Member ID: {w.mid()}    Appeal: {case}", bold=True, space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    if variant == 2:
        b.append(w.p(f"We have finished reviewing your appeal about physical therapy. Our findings are below. We "
                     f"are upholding the denial of {items}."))
        head("Findings")
        f1 = "1. "
        f1 += f"We received your appeal on {rec}. " if rec else "We received your appeal. "
        f1 += f"The decision was made on {dec}." if dec else "This letter gives our decision."
        b.append(w.p(f1))
        b.append(w.p(f"2. On {_fd(w, orig)} we denied a request from {who_asked} for 12 more visits "
                     f"after your knee replacement. The visits are given by {pt} at {fac}."))
        b.append(w.p("3. " + M("REASON", w.reason)))
        b.append(w.p("4. " + (eoc_ln or "Your plan's benefit for outpatient therapy sets this yearly visit limit.")))
        b.append(w.p(f"5. The re-evaluation on {_fd(w, reeval)} (CPT 97164) was paid and is not part of this "
                     f"appeal."))
        b.append(w.p(f"6. Diagnosis: {dxs}."))
        if c.reviewer:
            b.append(w.p("7. " + _who(w, "The appeal was decided by ", ".")))
        else:
            b.append(w.p("7. The appeal was decided by the Member Appeals Committee."))
    else:
        intro = (f"You asked us to reconsider our decision of {_fd(w, orig)} that denied {items}, requested by "
                 f"{who_asked}.")
        if rec and variant == 0:
            intro += f" We received your appeal on {rec}."
        if dec and variant == 0:
            intro += f" We made our decision on {dec}."
        intro += w.pick([" After a full review, we are upholding the denial.", " We have upheld the denial."])
        b.append(w.p(intro))
        b.append(w.p(f"Diagnosis: {dxs}."))
        head(w.pick(["Why we upheld the denial", "Reason for our decision", "Decision and reason"]))
        b.append(w.p(M("REASON", w.reason)))
        if eoc_ln:
            b.append(w.p(eoc_ln))
        b.append(w.p(w.pick([
            f"We reviewed the notes of your physical therapist, {pt}, at {fac}, and your visit history. Your "
            f"re-evaluation on {_fd(w, reeval)} (CPT 97164) was paid and is not part of this appeal.",
            f"{pt} of the {fac} rehabilitation department sent progress notes. The re-evaluation visit of "
            f"{_fd(w, reeval)} (97164) was covered and paid; it is outside this appeal.",
        ])))
        if c.reviewer:
            ln = _who(w, w.pick(["Your appeal was decided by ", "The physician who decided your appeal is "]), ".")
            b.append(w.p(ln))
        else:
            b.append(w.p("Your appeal was decided by the Member Appeals Committee."))
    b.append(w.p(w.pick([
        "You may continue therapy by paying for the visits yourself, or use the home exercise program your "
        "therapist gave you. Your visit count starts over on January 1.",
        "Your therapist can show you a home exercise program. Covered visits will be available again when the new "
        "calendar year begins.",
    ])))
    _ga_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Member Appeals Committee",
          "Kaiser Foundation Health Plan of Georgia, Inc.")
    if c.provider:
        b.append(w.p(f"cc: {c.provider}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {unit} (TTY 711).",
                             f"Free language help: {unit}, TTY 711."]), space_before=8))
    b += _taglines(w, "GA", unit, w.pick([None, "Language assistance"]))
    return b, st, ["ga_formal_appeal_decision", "ga_appeal_summary_table", "ga_numbered_findings"][variant]


BLIND63_TEMPLATES["blind63_ga_commercial_physical_therapy_appeal_upheld"] = (t_b63_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["grievance_decision"], cats=["not_covered"],
    reason=reason_b63_ga))
MODELED_ON["blind63_ga_commercial_physical_therapy_appeal_upheld"] = (
    "blind63: Kaiser Permanente Georgia commercial HMO appeal decision upholding the denial of 12 more physical "
    "therapy visits (97110, 97140) because the yearly visit limit was used; a formal letter, a letter with an 'Appeal "
    "summary' table, or a letter in numbered findings; external review in 4 months (45 CFR 147.136), 72-hour "
    "expedited external review, EBSA, ERISA 502(a), free copies, taglines")


# === 3. Hawaii QUEST Integration: more time to decide inter-island travel ==========================================

_HI_AREAS = ["808"]
_HI_ADDR = GRIEVANCE_ADDR["Hawaii"]
_HI_TOWNS = [("Hilo", "96720", "Hawai'i Island"), ("Kailua-Kona", "96740", "Hawai'i Island"),
             ("Lihue", "96766", "Kaua'i"), ("Kapaa", "96746", "Kaua'i"), ("Kahului", "96732", "Maui"),
             ("Wailuku", "96793", "Maui"), ("Kaunakakai", "96748", "Moloka'i")]
_HI_AIR = ["Inter-island airfare to Honolulu and return (fixed wing)", "Round-trip inter-island flight to O'ahu",
           "Air transportation between islands, round trip"]
_HI_LODGE = ["Lodging in Honolulu, 2 nights", "Hotel stay near the medical center (2 nights)",
             "Lodging for the member, 2 nights on O'ahu"]
_HI_SPEC = ["Cardiology", "Neurosurgery", "Rheumatology", "Pulmonology"]
_HI_DX = [("Atrial fibrillation, unspecified", "I48.91"), ("Cervical disc disorder with radiculopathy", "M50.10"),
          ("Rheumatoid arthritis, unspecified", "M06.9"), ("Interstitial pulmonary disease, unspecified", "J84.9")]
_HI_NEEDS = [
    ("The referral from your doctor to the specialist on O'ahu", "Referral to the O'ahu specialist"),
    ("A note from the specialist's office confirming the appointment", "Appointment confirmation"),
    ("Your doctor's note on why the visit cannot be done on your island or by video", "Reason the visit must be on "
     "O'ahu"),
    ("Your doctor's note on why you need an escort", "Reason an escort is needed"),
]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b63_hi"):
        return
    c.extra["b63_hi"] = True
    c.extra["hi_variant"] = w.rng.randrange(3)  # 0 short notice, 1 what we still need, 2 return form
    _fmt(w, ("b63long",), ("b63long", "b63monsp"), ("b63ymdslash", "b63mdash4"))
    c.state, c.region = "HI", "Hawaii"
    town, zp, island = w.pick(_HI_TOWNS)
    street = f"{w.rng.randint(12, 4899)} {w.pick(STREETS)} {w.pick(STREET_TYPES)}"
    c.member_addr = [street, f"{town}, HI {zp}"]
    c.extra["hi_island"] = island
    c.category = "administrative"
    c.urgency = "standard"
    c.received = c.letter - dt.timedelta(days=w.rng.randint(2, 6))
    c.decision = None
    c.service = None
    c.extra["hi_due"] = c.received + dt.timedelta(days=21)
    c.extra["hi_send_by"] = c.letter + dt.timedelta(days=w.rng.randint(5, 8))
    c.extra["hi_appt"] = c.extra["hi_due"] + dt.timedelta(days=w.rng.randint(5, 30))
    k = w.rng.randrange(3)
    c.services = [dict(text=_HI_AIR[k], codes=["A0430"], decision="pending"),
                  dict(text=_HI_LODGE[k], codes=["A0180"], decision="pending")]
    spec = w.rng.randrange(len(_HI_SPEC))
    c.extra["hi_spec"] = (person(w.rng, 0.0)[0] + w.pick([", MD", ", M.D."]), _HI_SPEC[spec])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [_HI_DX[spec]]]
    if w.chance(0.7):
        name, _, last = person(w.rng, 0.15)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    else:
        c.provider = None
    esc, _, _ = person(w.rng, 0.0)
    c.extra["hi_escort"] = (esc, w.pick(["spouse", "daughter", "son", "sister", "caregiver"]))
    c.extra["hi_coord"] = (person(w.rng, 0.0)[0], _phone(w, _HI_AREAS, 0))
    c.extra["hi_unit"] = (_phone(w, _HI_AREAS, 0), _phone(w, _HI_AREAS, 1))
    c.extra["hi_case"] = f"QI-{w.rng.randint(10**6, 10**7 - 1)}"
    needs = [_HI_NEEDS[0], _HI_NEEDS[1]] if c.provider is None else [w.pick(_HI_NEEDS[:2])]
    needs += [_HI_NEEDS[2]] + ([_HI_NEEDS[3]] if w.chance(0.5) else [])
    c.extra["hi_needs"] = needs
    c.reviewer = None
    c.criteria = []
    _flags(c)


def reason_b63_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _has(c, "notice.delay_requirements"):
        return w.pick(["We need more time to finish reviewing your request.",
                       "Our review of your request is not complete, and we are taking more time."])
    island = c.extra["hi_island"]
    missing = join_and([n[0][0].lower() + n[0][1:] for n in c.extra["hi_needs"]])
    return w.pick([
        f"We cannot decide yet because we do not have {missing}. Without these we cannot tell whether the trip to "
        f"O'ahu is needed for a covered visit that cannot be given on {island}. Taking more time is in your interest: "
        f"if we decided now, we would have to deny the request.",
        f"The information we have is not enough to decide. We are still missing {missing}. We are taking more time "
        f"so that these records can reach us; deciding without them would mean a denial.",
    ])


def t_b63_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.5, 10.0],
                [54.0, 60.0, 66.0])
    unit, fax = c.extra["hi_unit"]
    coord, coord_ph = c.extra["hi_coord"]
    esc, esc_rel = c.extra["hi_escort"]
    spec_name, spec = c.extra["hi_spec"]
    case = c.extra["hi_case"]
    due, send_by, appt = c.extra["hi_due"], c.extra["hi_send_by"], c.extra["hi_appt"]
    island = c.extra["hi_island"]
    cell = c.extra["b63_cell"]
    vague = _has(c, "notice.delay_requirements")
    rec = _dm(w, "DATE_RECEIVED", c.received)
    air, lodge = c.services
    items = (f"{w.svc(air)} ({w.pick(['HCPCS ', ''])}{w.code('A0430')}) and {w.svc(lodge)} "
             f"({w.pick(['HCPCS ', ''])}{w.code('A0180')})")
    asker = (f"{M('PROVIDER', c.provider)} asked us to cover" if c.provider else "You asked us to cover")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick([f"Case {case} - page {{page}} of {{pages}}", "Kaiser Permanente Hawaii QUEST Integration",
                         "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 1))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "QUEST Integration"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "Health Plan Services - Travel "
                          "Review", f"Phone {unit}  Fax {fax}"]))
    if variant == 0:
        b.append(w.h(w.pick(["NOTICE OF EXTENSION", "NOTICE: WE NEED MORE TIME TO DECIDE"]), align="center",
                     space_before=8, size=st.size + 1.5))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b63_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    if variant == 0:
        b.append(Block("fields", rows=[["Member ID:", w.mid(), "Case:", case],
                                       ["Request received:", rec or "-", "Type:", "Travel (inter-island)"]],
                       space_before=8, size=st.size - 0.4))
    else:
        b.append(w.p(f"QUEST Integration member ID {w.mid()}  |  Case {case}", bold=True, space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:" if variant else f"Aloha {c.member_salute},", space_before=10))
    intro = f"{asker} {items} so that you can see {spec_name} ({spec}) at Moanalua Medical Center on O'ahu."
    if rec and variant != 0:
        intro += f" We received the request on {rec}."
    intro += w.pick([" We need more time to decide.", " We are taking up to 14 more days to make our decision."])
    b.append(w.p(intro))
    b.append(w.p(f"Diagnosis on the request: {dxs}."))
    head(w.pick(["Why we need more time", "Reason for the extension"]))
    b.append(w.p(M("REASON", w.reason)))
    if not vague:
        due_s = _fd(w, due)
        if variant == 1:
            head("What we still need")
            for text, _short in c.extra["hi_needs"]:
                b.append(w.p(f"[  ] {text}", indent=14, space_before=1))
            b.append(w.p(f"Please have these sent to us by {_fd(w, send_by)}: fax {fax}, or mail to "
                         f"{', '.join(_HI_ADDR)}. Your doctor's office can send them for you."))
        elif variant == 0:
            b.append(w.p(f"Please ask your doctor's office to fax these to {fax} by {_fd(w, send_by)}."))
        else:
            b.append(w.p(f"Use the form on the last page to send the records by {_fd(w, send_by)}."))
        b.append(w.p(w.pick([f"The decision is due by {due_s}.",
                             f"Our decision is now due by {due_s}. We will decide sooner if we get the records "
                             f"sooner."])))
    b.append(w.p(w.pick([
        f"Your appointment with {spec_name} is scheduled for {_fd(w, appt)}. Do not buy tickets until you hear from "
        f"us. Your escort on the request is {esc} ({esc_rel}).",
        f"The specialist's office has you scheduled on {_fd(w, appt)}. The request lists {esc}, your {esc_rel}, as "
        f"your escort.",
    ])))
    b.append(w.p(f"Travel coordinator: {coord}, {coord_ph}, Monday through Friday, 7:45 a.m. to 4:30 p.m."))
    head(w.pick(["Your rights", "If you disagree with the extension"]))
    b.append(w.p(w.pick([
        f"If you do not agree with our decision to take more time, you have the right to file a grievance. Call "
        f"{unit} (TTY 711) or write to {', '.join(_HI_ADDR)}. If waiting could seriously harm your health, ask for "
        f"an expedited grievance and we will answer quickly.",
        f"You may file a grievance (complaint) about this extension by phone at {unit} (TTY 711) or in writing to "
        f"{', '.join(_HI_ADDR)}. You can ask that it be handled as an expedited grievance if your health cannot wait.",
    ])))
    b.append(w.p(w.pick([
        "If we do not make a decision within the time allowed, that counts as a denial, and you may appeal it. You can "
        "also contact the Med-QUEST Division of the Hawaii Department of Human Services for help.",
        "A decision that is not made in time is treated as a denial that you can appeal. The Med-QUEST Division "
        "(Hawaii Department of Human Services) can also help with questions about your QUEST Integration coverage.",
    ])))
    _sign(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Health Plan Services - Travel Review",
          "Kaiser Foundation Health Plan, Inc., Hawaii Region")
    if c.provider:
        b.append(w.p(f"cc: {c.provider}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {unit} (TTY 711).",
                             f"Free language help: {unit}, TTY 711."]), space_before=8))
    b += _taglines(w, "HI", unit, w.pick([None, "Help in your language"]))
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h("RECORDS RETURN FORM", align="center", space_before=0, size=st.size + 2))
        b.append(w.p(f"Fax to {fax} or mail to {', '.join(_HI_ADDR)}", align="center", space_before=0,
                     size=st.size - 0.5))
        b.append(Block("fields", rows=[["Member:", c.member_name, "Member ID:", c.member_id],
                                       ["Case:", case, "Send by:", "" if vague else b63date(send_by, cell)],
                                       ["Island:", island, "Appointment:", b63date(appt, cell)]],
                       space_before=10, size=st.size - 0.3))
        if vague:
            b.append(w.p("Records enclosed: ______________________________________________", space_before=10))
        else:
            b.append(w.p("Records enclosed (check each one):", bold=True, space_before=10))
            for _text, short in c.extra["hi_needs"]:
                b.append(w.p(f"[  ] {short}", indent=14, space_before=2))
        b.append(w.p("Sent by (name and phone): ______________________________", space_before=12))
        b.append(w.p("Signature: ______________________    Date: ____________", space_before=10))
    return b, st, ["hi_short_extension_notice", "hi_what_we_still_need", "hi_records_return_form"][variant]


BLIND63_TEMPLATES["blind63_hi_quest_interisland_transport_delay"] = (t_b63_hi, dict(
    plans=["medicaid"], states=["HI"], kinds=["delay_notice"], cats=["administrative"], reason=reason_b63_hi))
MODELED_ON["blind63_hi_quest_interisland_transport_delay"] = (
    "blind63: Kaiser Permanente Hawaii QUEST Integration notice that the decision on inter-island air travel (A0430) "
    "and lodging (A0180) for a specialist visit on O'ahu needs more time; a short extension notice, a letter with a "
    "'What we still need' list, or a notice with a records return form; what is missing, the new decision date, "
    "the right to an (expedited) grievance about the extension, no decision counts as a denial, taglines")
