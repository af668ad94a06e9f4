"""Thirty-sixth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND36_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind36_md_medicaid_oral_appliance")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md).

1. ``blind36_scal_covered_california_es``: a Kaiser Permanente Southern California letter to a member of an
   individual plan bought through Covered California (plan_type ``commercial_hmo``, a Knox-Keene plan regulated by
   the DMHC), written in Spanish (source.language ``es``), denying either a bone-anchored hearing device (CPT 69714
   with HCPCS L8690) as not medically necessary, or binaural digital hearing aids (HCPCS V5261, sometimes with the
   dispensing fee V5160) as not covered (the individual plan's exclusion of hearing aids in its Evidence of
   Coverage). Diagnoses from H90.x. Layouts: ``cc_es_carta_formal`` (a formal letter: place and date line,
   "Asunto", salutation, headed sections, "Atentamente"), ``cc_es_tabla_datos`` (a two-column "Datos de su
   solicitud" table after the salutation) and ``cc_es_resumen_ingles`` (a boxed summary in English at the top of page
   1, then the whole Spanish letter; the language stays Spanish). Rights printed from the catalogue: a grievance or
   appeal to the plan within 180 days of the notice, decided in 30 days or within 72 hours (3 days) when urgent, the
   right to contact the DMHC at once in an urgent case, Independent Medical Review within 6 months of the plan's
   written decision, free copies of documents and criteria, the DMHC's Consumer Assistance Program (Health Consumer
   Alliance, 1-888-804-3536), the DMHC statement in Spanish in 12-point bold (1-888-466-2219, TDD 1-877-688-9891,
   www.dmhc.ca.gov, the plan's 1-800-464-4000) and language-help lines in 15 languages (English among them). The
   request is always standard. Distractors: the audiologist who did the hearing test and the ENT who referred (the
   requesting provider is the ENT for the implant, the audiologist for hearing aids), the audiogram, ENT visit and CT
   dates, the Covered California metal tier, the case and reference numbers, the unit's phone and fax, a code named
   as what the doctor may ask for instead (the softband processor L8692) or a covered test (audiometry 92557).

   Which date is which: the letter date is the date on the place and date line (or "Fecha:" line), and, in the
   English-summary layout, also the "Letter date" in the box; the received and decision dates are stated in the
   body or in the table rows "Solicitud recibida" / "Fecha de la decisión". The hearing test, ENT visit and CT dates
   are earlier visits and never truth; no service date is truth. Which name is the member: the addressee. Which
   reason is the reason: the paragraph under "Motivo de nuestra decisión" (or its paraphrased heading); the clinical
   summary and the EOC quotation that follow are support. The truth counts the denied lines only (the implant
   surgery and the device, or the hearing aids and the fitting fee).

2. ``blind36_md_medicaid_oral_appliance``: a Kaiser Permanente Mid-Atlantic States notice of adverse benefit
   determination to a Maryland Medicaid (HealthChoice) member (plan_type ``medicaid``, state MD) denying a
   custom-made oral appliance for obstructive sleep apnea (HCPCS E0486) or a replacement CPAP machine (E0601,
   sometimes with a full face mask, A7030). Diagnosis G47.33, sometimes with snoring (R06.83). The category is
   ``medical_necessity`` (severe apnea without a CPAP trial, too few teeth to hold an appliance, a CPAP machine under
   five years old that still works, or low use on the machine's download) or ``administrative`` (no sleep study
   report came with the request; chosen only when no defect of a medical-necessity rule is planted). Layouts:
   ``md_reason_checklist`` (a notice whose reasons are a checklist with one box ticked, "[X]"; the other boxes are
   printed empty and are not the reason), ``md_header_grid`` (a header table "Member / ID / Provider / Service /
   Date" whose Date is the date of the notice) and ``md_two_up`` (a four-page notice printed two pages per sheet in
   small type: each printed page carries two of the notice's pages, each ending with its own "Page k of 4" line).
   Maryland Medicaid rights from the catalogue: appeal to the plan within 60 days of the date on the notice, decided
   in 30 days or 72 hours when fast; a State Fair Hearing after the plan's appeal decision (the appeal decision
   letter gives the deadline, which federal rules let the State set between 90 and 120 days) or at once when the
   plan does not decide in 30 days, hearing decisions in 90 days or 3 working days when expedited; continued
   services when the appeal is filed within 10 days of the notice or before the change takes effect (the member may
   have to pay if the appeal is lost); free copies of records and criteria; Kaiser Mid-Atlantic Member Services
   1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380; sometimes the Maryland Health Education and Advocacy Unit
   (410-528-1840, 1-877-261-8807); taglines. Standard requests only. Distractors: the dentist who would make the
   appliance or the equipment supplier, the sleep study and visit dates, the CPAP's delivery date and usage
   figures, the AHI, the supplier's phone, a code named as an option (CPAP E0601 for the appliance letters, the
   replacement cushion A7031 for the CPAP letters), the notice number.

   Which date is which: the letter date is the notice's date (the heading date, the "Date" cell of the header
   grid, or the "Notice date" line of the two-up notice); received and decision dates are stated as such ("We got
   the request on", "Decision made"). The sleep study, the office visit, the CPAP delivery and the download
   period are earlier events and never truth; no service date is truth. Which reason is the reason: the
   explanation under the ticked box or under "Why we made this decision"; the unticked boxes and the "What you or
   your doctor can do" paragraph are not. The truth counts the denied items only.

3. ``blind36_ga_erisa_wearable_defibrillator_concurrent``: a Kaiser Permanente Georgia concurrent-review letter
   for a self-funded employer plan (ERISA; Kaiser is the claims administrator) on a request to keep a wearable
   cardioverter-defibrillator (HCPCS K0606; in some letters the resubmitted set-up and programming, CPT 93745, is
   denied too) after an approved first rental period. ``initial_denial``: the whole extension is denied;
   ``partial_denial``: some more days are approved and the days after them are denied (the approved days are not an
   item of the truth). ``expedited`` letters say the review was done as urgent. Category ``medical_necessity``:
   the repeat echocardiogram shows the ejection fraction above 35%, or an implantable defibrillator is in (or is
   scheduled, which in partial letters ends the approved days). Diagnoses from I42.x / I50.x. Layouts:
   ``ga_coverage_period_table`` (a table of periods with "Approved from / to" and "Denied from / to"),
   ``ga_cc_distribution`` (addressed to the member with a "cc" block for the cardiologist and others and a
   distribution list at the end) and ``ga_cover_then_determination`` (page 1 is a cover letter, the determination
   follows on page 2 with a "Date: / Time:" pair for the decision). ERISA rights from the catalogue: appeal within
   180 days of receiving the notice (29 CFR 2560.503-1), decided in 30 days or 72 hours when urgent; external review
   by an independent review organization within 4 months of the final internal decision (45 CFR 147.136), expedited
   external review decided within 72 hours; a civil action under ERISA section 502(a); free copies of documents,
   criteria and the clinical explanation; EBSA 1-866-444-3272 with the catalogue's caveat and the Georgia Office of
   Commissioner of Insurance by name only; the Kaiser Permanente Health Line 404-365-0966 / 1-800-611-1811;
   taglines. Distractors: the electrophysiologist, the primary care doctor, the supplier and its phone and fax, the
   NPI, the first approved period and its dates, the hospital discharge, the echocardiogram dates and ejection
   fractions, the ICD date, the approved days of a partial letter.

   Which date is which: the letter date heads the letter (the cover letter's date in the cover layout); the
   received date is when the extension request came in, the decision date is "Decision date" / the "Date:" of the
   determination's "Date: / Time:" pair. The coverage-period dates (approved from/to, denied from/to), the discharge,
   the echocardiograms and the ICD are never truth; no service date is truth. Which name is the member: the
   addressee (the cardiologist, the electrophysiologist, the supplier's contact and the reviewer are other people).
   Which reason is the reason: the paragraph under "Reason for the decision"; the clinical summary is support. The
   truth counts the denied lines only: the continued rental of the denied days (and the set-up line when it was
   resubmitted and denied).

Dates use this set's own styles (``b36date``); ``parse_blind36_date`` reads them back.
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
from .layout import PAGE_H, Block, Style, layout
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND36_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DOWCAPS = [x[:3].upper() for x in _DOW]
_DIAS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]


def b36date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    mes = MESES[d.month - 1]
    if style == "mdotyyyy":  # 3.5.2026 (month first, no padding)
        return f"{d.month}.{d.day}.{d.year}"
    if style == "wkcapsdmon":  # THU 05 MAR 2026
        return f"{_DOWCAPS[d.weekday()]} {d.day:02d} {mon[:3].upper()} {d.year}"
    if style == "wkcapsdmy":  # THURSDAY, 5 MARCH 2026
        return f"{_DOW[d.weekday()].upper()}, {d.day} {mon.upper()} {d.year}"
    if style == "dmonapos":  # 5 March '26
        return f"{d.day} {mon} '{d.year % 100:02d}"
    if style == "tblmdy":  # 03/05/2026 (month first; table cells)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "es_ord":  # 5 de marzo de 2026; the first of a month is 1.º de marzo de 2026
        return f"{'1.º' if d.day == 1 else d.day} de {mes} de {d.year}"
    if style == "es_wkcap":  # Jueves 5 de marzo de 2026
        return f"{_DIAS[d.weekday()]} {d.day} de {mes} de {d.year}"
    if style == "es_dmyguion":  # 05-03-2026 (day first)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


EN_STYLES = ("mdotyyyy", "wkcapsdmon", "wkcapsdmy", "dmonapos", "tblmdy")
ES_STYLES = ("es_ord", "es_wkcap", "es_dmyguion")
STYLES = EN_STYLES + ES_STYLES


def parse_blind36_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b36date`` (None for anything else)."""
    t = " ".join(text.split())
    mon3 = [m[:3].upper() for m in MONTHS]
    try:
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z]{3}) (\d{2}) ([A-Z]{3}) (\d{4})", t)
        if m and m[1] in _DOWCAPS and m[3] in mon3:
            d = dt.date(int(m[4]), mon3.index(m[3]) + 1, int(m[2]))
            return d if _DOWCAPS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z]+), (\d{1,2}) ([A-Z]+) (\d{4})", t)
        if m and m[1] in [x.upper() for x in _DOW] and m[3] in [x.upper() for x in MONTHS]:
            d = dt.date(int(m[4]), [x.upper() for x in MONTHS].index(m[3]) + 1, int(m[2]))
            return d if _DOW[d.weekday()].upper() == m[1] else None
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) '(\d{2})", t)
        if m and m[2] in MONTHS:
            return dt.date(2000 + int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(1\.º|\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[2] in MESES and m[1] != "1":
            return dt.date(int(m[3]), MESES.index(m[2]) + 1, 1 if m[1] == "1.º" else int(m[1]))
        m = re.fullmatch(r"([A-ZÁÉ][a-záé]+) (\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[1] in _DIAS and m[3] in MESES:
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if _DIAS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b36_fmt"] = w.pick(list(body))
    w.c.extra["b36_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b36_fmt") -> str:
    return b36date(day, w.c.extra[key]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, key: str = "b36_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str]) -> str:
    a, n, m = w.pick(areas), w.rng.randint(201, 988), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"])


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([46.0, 54.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


# language-help lines written for this set; {ph} is the number the letter prints
_LANG = {
    "en": "ENGLISH: Do you need help reading this letter? Free language services are available. Call {ph}.",
    "es": "ESPAÑOL: ¿Necesita ayuda para leer esta carta? Le ofrecemos servicios de idiomas gratuitos. "
          "Llame al {ph}.",
    "zh": "繁體中文：您需要協助閱讀這封信嗎？我們提供免費語言服務。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị cần giúp đọc thư này? Có dịch vụ ngôn ngữ miễn phí. Xin gọi {ph}.",
    "tl": "TAGALOG: Kailangan mo ba ng tulong sa pagbasa ng liham na ito? May libreng serbisyo sa wika. "
          "Tumawag sa {ph}.",
    "ko": "한국어: 이 편지를 읽는 데 도움이 필요하십니까? 무료 언어 서비스를 이용하실 수 있습니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Այս նամակը կարդալու համար օգնության կարի՞ք ունեք։ Լեզվական ծառայություններն անվճար են։ "
          "Զանգահարեք {ph}։",
    "ru": "РУССКИЙ: Нужна помощь, чтобы прочитать это письмо? Языковые услуги предоставляются бесплатно. "
          "Звоните {ph}.",
    "fa": "فارسی: برای خواندن این نامه به کمک نیاز دارید؟ خدمات زبانی رایگان است. با {ph} تماس بگیرید.",
    "ja": "日本語：この手紙を読むのにお手伝いが必要ですか。無料の言語サービスをご利用いただけます。{ph} までお電話ください。",
    "pa": "ਪੰਜਾਬੀ: ਕੀ ਤੁਹਾਨੂੰ ਇਹ ਚਿੱਠੀ ਪੜ੍ਹਨ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ? ਭਾਸ਼ਾ ਸੇਵਾਵਾਂ ਮੁਫ਼ਤ ਹਨ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ខ្មែរ៖ តើអ្នកត្រូវការជំនួយក្នុងការអានលិខិតនេះទេ? សេវាភាសាឥតគិតថ្លៃ។ ហៅទូរស័ព្ទ {ph}។",
    "hmn": "HMOOB: Koj puas xav tau kev pab nyeem tsab ntawv no? Muaj kev pab txhais lus dawb. Hu rau {ph}.",
    "ar": "العربية: هل تحتاج إلى مساعدة في قراءة هذه الرسالة؟ خدمات اللغة مجانية. اتصل على {ph}.",
    "hi": "हिंदी: क्या आपको यह पत्र पढ़ने में मदद चाहिए? भाषा सेवाएँ निःशुल्क हैं। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: ต้องการความช่วยเหลือในการอ่านจดหมายนี้หรือไม่ มีบริการภาษาฟรี โทร {ph}",
    "am": "አማርኛ፦ ይህን ደብዳቤ ለማንበብ እርዳታ ይፈልጋሉ? የቋንቋ አገልግሎት በነጻ ይገኛል። {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Besoin d'aide pour lire cette lettre ? Des services linguistiques gratuits sont disponibles. "
          "Appelez le {ph}.",
    "yo": "YORÙBÁ: Ṣé o nílò ìrànlọ́wọ́ láti ka lẹ́tà yìí? Iṣẹ́ èdè wà lọ́fẹ̀ẹ́. Pe {ph}.",
    "gu": "ગુજરાતી: શું તમને આ પત્ર વાંચવામાં મદદ જોઈએ છે? ભાષા સેવાઓ મફત છે. {ph} પર કૉલ કરો.",
    "de": "DEUTSCH: Brauchen Sie Hilfe beim Lesen dieses Briefes? Kostenlose Sprachdienste stehen zur Verfügung. "
          "Rufen Sie {ph} an.",
    "pt": "PORTUGUÊS: Precisa de ajuda para ler esta carta? Serviços de idiomas gratuitos estão disponíveis. "
          "Ligue para {ph}.",
}
_LANG_SETS = {
    "SCAL": ["en", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "km", "hmn", "ar", "hi", "th"],
    "MD": ["es", "zh", "ko", "vi", "fr", "am", "yo", "ru", "tl", "ar", "pt"],
    "GA": ["es", "vi", "ko", "zh", "gu", "fr", "am", "de", "ar", "hi", "ru"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, keep_all: bool, size: float = 7.4) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Southern California, Covered California individual plan, in Spanish: hearing devices ======================

_SC_MS = "1-800-464-4000"
_SC_AREAS = ["626", "714", "909", "951", "619", "818", "562", "323", "661", "760"]
_SC_BAHA = [
    (["implantación quirúrgica de un dispositivo auditivo osteointegrado en el hueso temporal, con conexión "
      "percutánea al procesador de sonido",
      "cirugía para colocar un implante auditivo de anclaje óseo con pilar percutáneo"], "69714"),
    (["dispositivo auditivo osteointegrado completo (componentes internos y externos)",
      "sistema auditivo de anclaje óseo, con el implante y el procesador externo"], "L8690"),
]
_SC_AIDS = (["audífonos digitales retroauriculares para ambos oídos",
             "par de audífonos digitales de tipo retroauricular (binaurales)"], "V5261")
_SC_FEE = (["cuota de adaptación y entrega de los audífonos (binaural)",
            "tarifa de dispensación y ajuste de los dos audífonos"], "V5160")
_SC_DX_BAHA = {
    "cond": {"derecho": (["Hipoacusia conductiva unilateral del oído derecho, con audición sin restricción en el "
                          "oído contralateral"], "H90.11"),
             "izquierdo": (["Hipoacusia conductiva unilateral del oído izquierdo, con audición sin restricción en "
                            "el oído contralateral"], "H90.12")},
    "ssd": {"derecho": (["Hipoacusia neurosensorial unilateral del oído derecho, con audición sin restricción en el "
                         "oído contralateral", "Sordera neurosensorial unilateral, oído derecho"], "H90.41"),
            "izquierdo": (["Hipoacusia neurosensorial unilateral del oído izquierdo, con audición sin restricción en "
                           "el oído contralateral", "Sordera neurosensorial unilateral, oído izquierdo"], "H90.42")},
    "mixed": (["Hipoacusia mixta, conductiva y neurosensorial, bilateral"], "H90.6"),
}
_SC_DX_AIDS = [(["Hipoacusia neurosensorial bilateral", "Pérdida auditiva neurosensorial en ambos oídos"], "H90.3"),
               (["Hipoacusia mixta, conductiva y neurosensorial, bilateral"], "H90.6")]
_SC_TIERS = ["Bronze 60 HMO", "Silver 70 HMO", "Silver 87 HMO", "Gold 80 HMO", "Platinum 90 HMO"]
_SC_CRIT = ["Criterios clínicos de Kaiser Permanente del Sur de California: dispositivos auditivos osteointegrados",
            "Política clínica regional de Kaiser Permanente: implantes auditivos de conducción ósea",
            "MCG Care Guidelines: Bone-Anchored Hearing Aid"]
_SC_AUDIO = ["Centro de Audiología", "Departamento de Otorrinolaringología y Audiología", "Servicios de Audiología"]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b36_sc"):
        return
    c.extra["b36_sc"] = True
    _fmt(w, ("es_ord", "es_dmyguion"), ("es_ord", "es_wkcap"))
    c.extra["b36_en"] = w.pick(["wkcapsdmy", "dmonapos", "mdotyyyy"])  # the English summary box's date
    c.region = "Southern California"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CA", "Southern California")
    side = c.extra["sc_side"] = w.pick(["derecho", "izquierdo"])
    if c.category == "medical_necessity":
        c.extra["sc_kind"] = "baha"
        c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in _SC_BAHA]
        if w.chance(0.25):
            c.services = c.services[:1] if w.chance(0.5) else c.services[1:]
        sub = c.extra["sc_sub"] = w.pick(["cond", "cond", "ssd", "mixed"])
        t, code = _SC_DX_BAHA[sub] if sub == "mixed" else _SC_DX_BAHA[sub][side]
        c.diagnoses = [dict(text=w.pick(t), codes=[code])]
        c.extra["sc_why"] = w.pick(["notrial", "bcthreshold"]) if sub != "ssd" else "notrial"
    else:
        c.extra["sc_kind"] = "aids"
        c.services = [dict(text=w.pick(_SC_AIDS[0]), codes=[_SC_AIDS[1]], decision="denied")]
        if w.chance(0.4):
            c.services.append(dict(text=w.pick(_SC_FEE[0]), codes=[_SC_FEE[1]], decision="denied"))
        t, code = w.pick(_SC_DX_AIDS)
        c.diagnoses = [dict(text=w.pick(t), codes=[code])]
        c.extra["sc_why"] = "exclusion"
    # CA Knox-Keene: 5 business days from receipt for a standard request
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = D.add_business(end, -w.rng.randint(8, 15))
    elif c.received is None or D.business_between(c.received, end) > 5:
        c.received = D.add_business(end, -w.rng.randint(1, 4)) if c.received or w.chance(0.9) else None
    c.service = None
    base = c.received or end
    c.extra["sc_audiogram"] = base - dt.timedelta(days=w.rng.randint(9, 60))
    c.extra["sc_ent"] = c.extra["sc_audiogram"] + dt.timedelta(days=w.rng.randint(0, 6))
    c.extra["sc_ct"] = c.extra["sc_audiogram"] - dt.timedelta(days=w.rng.randint(5, 50))
    c.extra["sc_pta"] = w.rng.randint(48, 62) if c.extra["sc_why"] == "bcthreshold" else w.rng.randint(15, 40)
    aud, _, aud_last = person(w.rng, 0.1)
    ent, _, ent_last = person(w.rng, 0.15)
    aud_name = f"{aud}, Au.D."
    ent_name = w.pick([f"Dr. {ent}", f"Dra. {ent}", f"{ent}, MD"])
    if c.extra["sc_kind"] == "baha":
        c.provider, c.extra["sc_other"] = ent_name, aud_name
    else:
        c.provider, c.extra["sc_other"] = aud_name, ent_name
    c.extra["sc_fac"] = w.pick(facilities("CA", "Southern California"))
    c.extra["sc_tier"] = w.pick(_SC_TIERS)
    c.extra["sc_cc_case"] = f"{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["sc_eoc"] = w.pick(["Exclusiones, limitaciones y reducciones", "Beneficios excluidos",
                                "Exclusiones generales"])
    mn = c.category == "medical_necessity"
    c.criteria = [w.pick(_SC_CRIT)] if mn and not _bare(c) and not _has(c, "notice.criteria_cited") else []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Coordinadora de revisión de utilización", "Especialista en autorizaciones",
                         "Enfermera de revisión de utilización"], ["RN", None, "LVN"])
    elif not mn:
        if w.chance(0.5):
            c.reviewer = None
        else:
            name, _, _ = person(w.rng, 0.2)
            c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
            c.reviewer_title = w.pick(["Gerente de Beneficios y Autorizaciones", "Analista de beneficios"])
    elif w.chance(0.15):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Otorrinolaringología", "Otología y neurotología",
                                            "Cirugía de cabeza y cuello"]) if w.chance(0.7) else None,
                          phone=_phone(w, _SC_AREAS) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Médico revisor", "Director médico asociado, Revisión de utilización",
                                   "Médica revisora de utilización"])
    c.extra["sc_phone"] = _phone(w, _SC_AREAS)
    c.extra["sc_fax"] = _phone(w, _SC_AREAS)
    c.extra["sc_ref"] = f"{w.pick(['AUT', 'UM', 'SCR'])}-{w.rng.randint(2025, 2026)}-{w.rng.randint(100000, 999999)}"
    _flags(c)


def reason_b36_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    why, side = c.extra["sc_why"], c.extra["sc_side"]
    if _bare(c):
        if why == "exclusion":
            return w.pick(["Este servicio no es un beneficio cubierto.", "Su plan no cubre este servicio."])
        return w.pick(["El servicio no es médicamente necesario.", "No cumple los criterios de necesidad médica."])
    if why == "exclusion":
        return w.pick([
            "Su plan individual de Covered California no cubre audífonos. La Evidencia de Cobertura los incluye "
            "entre los servicios excluidos para los miembros adultos, junto con su adaptación y entrega; por eso no "
            "podemos aprobar la solicitud de su proveedor.",
            "Los audífonos están excluidos de la cobertura de su plan individual: la Evidencia de Cobertura de su "
            "plan de Covered California dice que no se cubren los audífonos ni los servicios para adaptarlos en "
            "miembros adultos.",
        ])
    pta = c.extra["sc_pta"]
    if why == "bcthreshold":
        return w.pick([
            f"Un implante auditivo de anclaje óseo solo ayuda cuando el nervio del oído todavía oye bien por "
            f"conducción ósea. Su audiometría muestra un promedio de conducción ósea de {pta} dB en el oído "
            f"{side}, peor que el límite de 45 dB de nuestros criterios, así que el implante no es médicamente "
            "necesario para usted.",
            f"Según su audiometría, la conducción ósea del oído {side} tiene un promedio de {pta} dB. Con una "
            "pérdida de ese grado el implante de anclaje óseo no daría un beneficio suficiente (el límite es 45 "
            "dB); no es médicamente necesario.",
        ])
    return w.pick([
        f"Antes de un implante de anclaje óseo, nuestros criterios piden una prueba con un procesador sujeto con "
        f"banda elástica, sin cirugía, que muestre que le ayuda. Sus registros no muestran esa prueba en el oído "
        f"{side}, por lo que la cirugía y el dispositivo no son médicamente necesarios por ahora.",
        f"Sus notas médicas no indican que haya probado el procesador de sonido con banda (sin implante) para el "
        f"oído {side}. Sin esa prueba no se sabe si el implante le ayudaría, así que no es médicamente necesario "
        "en este momento.",
    ])


def _sc_svc(s: dict, style: int) -> str:
    code = s["codes"][0]
    cm = M("CPT" if code[0].isdigit() else "HCPCS", code)
    t = M("SERVICE", s["text"])
    lab = "CPT" if code[0].isdigit() else "HCPCS"
    return [f"{t} (código {lab} {cm})", f"{cm} – {t}", f"{t} [{cm}]"][style]


def _sc_dx(d: dict, style: int) -> str:
    cm = M("ICD10", d["codes"][0])
    t = M("DIAGNOSIS", d["text"])
    return [f"{t} ({cm})", f"{cm}: {t}", f"{t}, CIE-10 {cm}"][style]


def _sc_dmhc(w: W) -> Block:
    return w.p(
        "El Departamento de Atención Médica Administrada de California (California Department of Managed Health Care, "
        "DMHC) tiene a su cargo la regulación de los planes de servicios de atención médica. Si usted tiene una queja "
        f"en contra de su plan de salud, antes de comunicarse con el Departamento debe llamar primero a su plan al "
        f"{_SC_MS} (TTY 711) y seguir el procedimiento de quejas del plan. Seguir este procedimiento no le impide "
        "ejercer los derechos o recursos legales que pudieran corresponderle. Si necesita ayuda con una queja "
        "relacionada con una emergencia, con una queja que su plan no haya resuelto a su satisfacción o con una queja "
        "que lleve más de 30 días sin resolverse, puede llamar al Departamento para que le ayude. Es posible que "
        "también reúna los requisitos para una Revisión Médica Independiente (IMR, por sus siglas en inglés). En ese "
        "caso, el proceso de IMR examinará de manera imparcial las decisiones médicas de un plan de salud sobre la "
        "necesidad médica de un servicio o tratamiento propuesto, las decisiones de cobertura de tratamientos "
        "experimentales o en fase de investigación y las disputas de pago de servicios médicos de emergencia o de "
        "urgencia. El Departamento tiene además un número gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) "
        "para personas con dificultades auditivas o del habla. En su sitio web, www.dmhc.ca.gov, encontrará "
        "formularios de queja, solicitudes de IMR e instrucciones.",
        bold=True, size=12.0, space_before=8)


def _sc_rights(w: W, b: list[Block], size: float) -> None:
    c = w.c
    mn = c.category == "medical_necessity"

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=size + 0.5))

    head(w.pick(["Cómo presentar una queja o apelación", "Si no está de acuerdo con esta decisión",
                 "Su derecho a apelar ante Kaiser Permanente"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"Puede presentar una queja (también llamada apelación) dentro de los {M('APPEAL_DAYS', c.appeal_phrase)} "
            f"siguientes a la fecha de este aviso. Llame a Servicio a los Miembros al {_SC_MS} (TTY 711), llene el "
            "formulario en kp.org, escríbanos o entréguela en la oficina de Servicio a los Miembros de cualquier "
            "centro de Kaiser Permanente. Su médico, o cualquier persona que usted autorice por escrito, puede "
            "presentarla por usted.",
            f"Usted cuenta con {M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha de este aviso para apelar. "
            f"Hágalo por teléfono ({_SC_MS}, TTY 711), en línea en kp.org, por correo o en persona en una oficina de "
            "Servicio a los Miembros. Con su permiso por escrito, otra persona o su proveedor pueden apelar en su "
            "nombre.",
        ])))
    b.append(w.p(w.pick([
        "Le enviaremos una respuesta por escrito en un plazo de 30 días. Si su salud corre un peligro grave e "
        "inmediato (por ejemplo, dolor intenso o riesgo de perder la vida, una extremidad o una función importante "
        "del cuerpo), pida una revisión acelerada: la resolvemos en un plazo de 72 horas (3 días), y usted puede "
        "comunicarse de inmediato con el DMHC sin esperar 30 días.",
        "Resolvemos las quejas y apelaciones en 30 días. Cuando hay una amenaza grave e inmediata para su salud, la "
        "revisión es acelerada y le damos respuesta en 72 horas; en ese caso no tiene que esperar para llamar al "
        "Departamento de Atención Médica Administrada.",
    ])))
    head(w.pick(["Revisión Médica Independiente (IMR)", "Revisión externa por el Estado"]))
    if mn:
        b.append(w.p(w.pick([
            "Como esta decisión se basa en la necesidad médica, puede pedir al DMHC una Revisión Médica Independiente "
            "(IMR). Por lo general primero debe pasar 30 días en nuestro proceso de quejas; la solicitud se presenta "
            "dentro de los 6 meses siguientes a nuestra decisión por escrito. La IMR no tiene costo para usted.",
            "Las decisiones sobre necesidad médica se pueden llevar a una IMR del DMHC, gratis. Pídala dentro de 6 "
            "meses a partir de nuestra respuesta escrita a su queja, o antes si su caso es urgente.",
        ])))
    else:
        b.append(w.p(w.pick([
            "Si no está de acuerdo con que el servicio esté excluido de su plan, puede presentar una queja ante el "
            "DMHC después de nuestro proceso de quejas. Si el DMHC considera que la disputa es en realidad sobre "
            "necesidad médica, puede tramitarla como Revisión Médica Independiente (IMR), que se pide dentro de 6 "
            "meses a partir de nuestra decisión por escrito y es gratuita.",
            "Las disputas de cobertura se pueden llevar al DMHC como queja del consumidor. Cuando la negación depende "
            "de una decisión médica, también puede pedir una Revisión Médica Independiente (IMR), sin costo, dentro "
            "de los 6 meses siguientes a nuestra respuesta escrita.",
        ])))
    head(w.pick(["Otros derechos", "Documentos y ayuda"]))
    b.append(w.p(w.pick([
        "Puede pedirnos, sin costo, copias de todos los documentos, expedientes y demás información relacionada "
        "con esta decisión, incluidos los criterios que usamos.",
        "Tiene derecho a recibir gratis copias de su expediente y de los criterios y documentos en los que nos "
        "basamos para decidir.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "El Programa de Asistencia al Consumidor del DMHC, a cargo de la Health Consumer Alliance, le puede ayudar "
            "gratis a presentar su queja: 1-888-804-3536.",
            "Para recibir ayuda gratuita con su queja o su IMR, llame a la Health Consumer Alliance, el programa de "
            "asistencia al consumidor del DMHC, al 1-888-804-3536.",
        ])))


def t_b36_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 formal letter, 1 "Datos de su solicitud" table, 2 English summary box first
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [54.0, 62.0, 68.0])
    ref, ph, fax = c.extra["sc_ref"], c.extra["sc_phone"], c.extra["sc_fax"]
    side = c.extra["sc_side"]
    baha = c.extra["sc_kind"] == "baha"
    st.footer = [w.pick([f"Referencia {ref} · página {{page}} de {{pages}}", "Kaiser Permanente · {page}",
                         f"{ref} – pág. {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([_sc_svc(s, w.rng.randrange(3)) for s in c.services], "y")
    dxs = "; ".join(_sc_dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    what = "el implante auditivo de anclaje óseo" if baha else "los audífonos"
    aud, ent, ct = (_fd(w, c.extra[k]) for k in ("sc_audiogram", "sc_ent", "sc_ct"))
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Región del Sur de California",
                         w.pick(["Revisión de Utilización", "Unidad de Autorizaciones", w.pick(_SC_AUDIO)])],
                   right=["Kaiser Foundation Health Plan, Inc.", "Plan individual · Covered California",
                          f"Tel. {ph} · Fax {fax}"]))
    if variant == 2:
        eng = "a bone-anchored hearing implant" if baha else "hearing aids"
        codes = ", ".join(x for s in c.services for x in s["codes"])
        parts = [f"Letter date: {_dm(w, 'DATE_LETTER', c.letter, 'b36_en')}.",
                 w.pick([f"Kaiser Permanente has denied the request for {eng} ({codes}).",
                         f"Your request for {eng} ({codes}) was not approved."])]
        if c.appeal_days:
            parts.append(w.pick([f"You may appeal within {c.appeal_days} days of the date of this letter.",
                                 f"Appeal deadline: {c.appeal_days} days from the date of this letter."]))
        parts.append(w.pick([f"The rest of this letter is in Spanish. For an English copy, call {_SC_MS} (TTY 711).",
                             f"This notice is written in Spanish, your preferred language. To get it in English, "
                             f"call Member Services at {_SC_MS} (TTY 711)."]))
        b.append(w.h(w.pick(["SUMMARY IN ENGLISH", "Summary (English)"]), space_before=8, size=st.size + 0.5))
        b.append(w.p(" ".join(parts), boxed=True, space_before=2, size=st.size - 0.5))
        b.append(w.p(f"Fecha: {_dm(w, 'DATE_LETTER', c.letter, 'b36_head')}", space_before=10))
    else:
        city = w.pick(["Pasadena, California", "Los Ángeles, California", "San Bernardino, California",
                       "Anaheim, California"])
        b.append(w.p(f"{city}, a {_dm(w, 'DATE_LETTER', c.letter, 'b36_head')}", space_before=8,
                     align=w.pick(["left", "right"])))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick([f"N.º de miembro: {w.mid()}    Plan: {c.extra['sc_tier']} (Covered California)",
                         f"Número de historia clínica {w.mid()} · {c.extra['sc_tier']} · Covered California"]),
                 space_before=8, size=st.size - 0.5))
    b.append(w.p(f"Referencia: {ref}    Caso de Covered California: {c.extra['sc_cc_case']}", space_before=0,
                 size=st.size - 0.5))
    if variant == 0:
        b.append(w.p(w.pick([f"Asunto: Negación de {what}", f"Asunto: Respuesta a la solicitud de {what}"]),
                     bold=True, space_before=10))
    else:
        b.append(w.h(w.pick(["AVISO DE DENEGACIÓN DE SERVICIO", "Decisión sobre su solicitud de servicio"]),
                     space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Estimado(a) {c.member_salute}:", f"Estimado(a) miembro {c.member_salute}:"]),
                 space_before=8))
    if variant == 1:
        b.append(w.p(w.pick(["Le escribimos sobre una solicitud de servicio que recibimos para usted. Estos son los "
                             "datos principales:", "Revisamos una solicitud de su proveedor. Aquí tiene un resumen:"])))
        b.append(w.h("Datos de su solicitud", space_before=8))
        rows = [[w.pick(["Concepto", "Dato"]), w.pick(["Información", "Detalle"])],
                ["Miembro", w.name()], ["N.º de miembro", w.mid()],
                ["Proveedor que la pidió", prov]]
        rows += [[f"Servicio {k}" if len(c.services) > 1 else "Servicio solicitado", _sc_svc(s, w.rng.randrange(3))]
                 for k, s in enumerate(c.services, 1)]
        rows.append(["Diagnóstico", dxs])
        if rec:
            rows.append(["Solicitud recibida", rec])
        if dec:
            rows.append(["Fecha de la decisión", dec])
        rows.append(["Decisión", w.pick(["Denegada", "No aprobada"])])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 0.5))
        b.append(w.p(w.pick([f"Kaiser Permanente no aprobó {what}.", f"Hemos denegado {what}."])))
    else:
        intro = w.pick([f"Su proveedor, {prov}, nos pidió aprobar lo siguiente: {svcs}.",
                        f"Recibimos una solicitud de {prov} para {svcs}."])
        if rec:
            intro += w.pick([f" La solicitud llegó el {rec}.", f" Recibimos la solicitud el {rec}."])
        if dec:
            intro += w.pick([f" Tomamos la decisión el {dec}.", f" La decisión se tomó el {dec}."])
        intro += w.pick([" Después de revisarla, Kaiser Permanente la ha denegado.", " No podemos aprobarla."])
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnóstico: ", "Su diagnóstico: ", "Motivo de la consulta: "]) + dxs + "."))
    b.append(w.h(w.pick(["Motivo de nuestra decisión", "¿Por qué se negó la solicitud?",
                         "Por qué tomamos esta decisión"]), space_before=9))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        pta = c.extra["sc_pta"]
        if baha and c.extra["sc_sub"] == "ssd":
            support = w.pick([
                f"Revisamos la audiometría que le hizo {c.extra['sc_other']} el {aud}, que muestra audición normal en "
                f"el oído contrario al {side}, la nota de otorrinolaringología del {ent} y la tomografía del {ct}.",
                f"Información revisada: audiometría del {aud} ({c.extra['sc_other']}), consulta del {ent} y "
                f"tomografía del {ct}.",
            ])
        elif baha:
            support = w.pick([
                f"Revisamos la audiometría que le hizo {c.extra['sc_other']} el {aud}, la nota de la consulta de "
                f"otorrinolaringología del {ent} y la tomografía de los huesos temporales del {ct}. El promedio de "
                f"conducción ósea del oído {side} fue de {pta} dB.",
                f"Información revisada: audiometría del {aud} ({c.extra['sc_other']}), consulta del {ent} y "
                f"tomografía del {ct}; conducción ósea del oído {side}: {pta} dB.",
            ])
        else:
            support = w.pick([
                f"La audiometría completa (CPT 92557) del {aud}, indicada por {c.extra['sc_other']}, sí está "
                "cubierta y no forma parte de esta negación.",
                f"Su evaluación auditiva del {aud} (audiometría, CPT 92557), indicada por {c.extra['sc_other']}, "
                "es un servicio cubierto y ya se procesó.",
            ])
        b.append(w.p(support))
    if c.category == "not_covered" and not _has(c, "notice.plan_provision"):
        eoc = c.extra["sc_eoc"]
        if _bare(c):
            b.append(w.p(f"Consulte su Evidencia de Cobertura, sección \"{eoc}\"."))
        else:
            b.append(w.p(w.pick([
                f"Evidencia de Cobertura de su plan individual, sección \"{eoc}\": los audífonos, incluidos los "
                "exámenes para adaptarlos, no están cubiertos para miembros adultos.",
                f"Su Evidencia de Cobertura (sección \"{eoc}\") dice: \"No cubrimos audífonos para adultos ni los "
                "servicios para seleccionarlos, adaptarlos o entregarlos\".",
            ])))
    if c.criteria:
        b.append(w.p(w.pick(["Para tomar esta decisión aplicamos: ", "Criterios usados: "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria], "y") + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Revisó su solicitud ", "La decisión la tomó "]), ".")
        if c.reviewer["phone"]:
            line += f" Su médico puede comunicarse con esta persona al {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    if baha and not _bare(c):
        b.append(w.p(w.pick([
            "Su médico puede pedir una prueba con el procesador de sonido sujeto con banda elástica (código L8692), "
            "sin cirugía, y enviarnos una nueva solicitud con los resultados.",
            "Una opción que su otorrinolaringólogo puede solicitar es el procesador con banda (L8692); si le ayuda, "
            "puede volver a pedir el implante con esa información.",
        ])))
    b.append(w.h(w.pick(["Sus derechos", "Sus derechos como miembro"]), space_before=12, size=st.size + 1))
    _sc_rights(w, b, st.size)
    if not _has(c, "notice.dmhc_statement"):
        b.append(_sc_dmhc(w))
    _sign(w, b, w.pick(["Atentamente,", "Cordialmente,"]), "Unidad de Autorizaciones",
          "Kaiser Permanente, Región del Sur de California")
    b.append(w.p(w.pick([f"c.c.: {prov}; {c.extra['sc_other']}, {c.extra['sc_fac']}",
                         f"Copia a: {prov} y {c.extra['sc_other']}"]), size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de interpretación gratuitos y este aviso en otros formatos: llame al {_SC_MS} "
                             "(TTY 711).",
                             f"¿Necesita un intérprete? No tiene costo. Llame al {_SC_MS} (TTY 711)."]),
                     space_before=8))
        b.append(Block("pagebreak"))
        b += _lang_lines(w, "SCAL", f"{_SC_MS} (TTY 711)", w.pick(["Ayuda en su idioma / Language help",
                                                                   "Servicios de idiomas sin costo"]), True, 7.8)
    return b, st, ["cc_es_carta_formal", "cc_es_tabla_datos", "cc_es_resumen_ingles"][variant]


BLIND36_TEMPLATES["blind36_scal_covered_california_es"] = (t_b36_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    language="es", refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b36_sc))
MODELED_ON["blind36_scal_covered_california_es"] = (
    "blind36: Kaiser Permanente Southern California letter in Spanish to a Covered California individual-plan member "
    "denying a bone-anchored hearing implant (69714, L8690) as not medically necessary or hearing aids (V5261, "
    "V5160) as excluded; a formal letter, a 'Datos de su solicitud' table, or an English summary box first; 180-day "
    "grievance, 30 days / 72 hours, IMR within 6 months, free copies, Health Consumer Alliance, the DMHC statement in "
    "Spanish, language-help lines")


# === 2. Mid-Atlantic, Maryland Medicaid (HealthChoice): oral appliance or CPAP replacement ======================

_MD_MS = "1-800-777-7902"
_MD_MS_LOCAL = "(301) 468-6000"
_MD_TTY = "(301) 879-6380"
_MD_AREAS = ["301", "240", "410", "443"]
_MD_ORAL = (["custom-fabricated oral appliance for obstructive sleep apnea (mandibular advancement device), "
             "including fitting and adjustment", "oral appliance for sleep apnea, custom made and adjustable"],
            "E0486")
_MD_CPAP = (["replacement continuous positive airway pressure (CPAP) machine", "CPAP device, replacement unit"],
            "E0601")
_MD_MASK = (["full face mask for CPAP", "CPAP full-face mask (interface)"], "A7030")
_MD_CRIT = {"oral": ["Kaiser Permanente Mid-Atlantic States Clinical Criteria: Oral Appliances for Obstructive "
                     "Sleep Apnea", "MCG Care Guidelines: Oral Appliances for Obstructive Sleep Apnea"],
            "cpap": ["Kaiser Permanente Mid-Atlantic States DME Criteria: Positive Airway Pressure Devices and "
                     "Supplies", "MCG Care Guidelines: Continuous Positive Airway Pressure (CPAP)"]}
_MD_SUPPLIERS = ["Chesapeake Home Medical Supply", "Patuxent Respiratory Care", "Tri-County Sleep & DME",
                 "Harbor Home Oxygen and Equipment"]
_MD_MN_DEFECTS = ("notice.criteria_cited", "process.reviewer_not_physician", "notice.reason_specific")


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b36_md"):
        return
    c.extra["b36_md"] = True
    _fmt(w, ("mdotyyyy", "tblmdy", "dmonapos"), ("wkcapsdmon", "wkcapsdmy", "dmonapos"))
    c.region = "Mid-Atlantic States"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    # an administrative denial (no sleep study report) only where no medical-necessity defect is planted
    if c.category == "medical_necessity" and not any(_has(c, d) for d in _MD_MN_DEFECTS) and w.chance(0.3):
        c.category = "administrative"
    kind = c.extra["md_kind"] = w.pick(["oral", "oral", "cpap"])
    if kind == "oral":
        c.services = [dict(text=w.pick(_MD_ORAL[0]), codes=[_MD_ORAL[1]], decision="denied")]
        c.diagnoses = [dict(text="Obstructive sleep apnea (adult) (pediatric)"
                            if w.chance(0.3) else "Obstructive sleep apnea", codes=["G47.33"])]
        if w.chance(0.35):
            c.diagnoses.append(dict(text="Snoring", codes=["R06.83"]))
        why = w.pick(["nocpap", "teeth"])
    else:
        c.services = [dict(text=w.pick(_MD_CPAP[0]), codes=[_MD_CPAP[1]], decision="denied")]
        if w.chance(0.5):
            c.services.append(dict(text=w.pick(_MD_MASK[0]), codes=[_MD_MASK[1]], decision="denied"))
        c.diagnoses = [dict(text="Obstructive sleep apnea", codes=["G47.33"])]
        why = w.pick(["young", "lowuse"])
    c.extra["md_why"] = "nostudy" if c.category == "administrative" else why
    # Medicaid standard authorization: 7 (from 2026) / 14 calendar days; kept within 6, or late past 15
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(16, 30))
    elif c.received and (end - c.received).days > 6:
        c.received = end - dt.timedelta(days=w.rng.randint(1, 6))
    c.service = None
    base = c.received or end
    c.extra["md_visit"] = base - dt.timedelta(days=w.rng.randint(4, 30))
    c.extra["md_study"] = c.extra["md_visit"] - dt.timedelta(days=w.rng.randint(20, 240))
    c.extra["md_ahi"] = w.rng.randint(31, 58) if c.extra["md_why"] == "nocpap" else w.rng.randint(8, 29)
    c.extra["md_teeth"] = w.rng.randint(3, 7)
    c.extra["md_cpap_date"] = base - dt.timedelta(days=w.rng.randint(500, 1400))
    c.extra["md_use_pct"] = w.rng.randint(22, 58)
    c.extra["md_dl_end"] = base - dt.timedelta(days=w.rng.randint(2, 9))
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["md_dentist"] = person(w.rng, 0.1)[0] + w.pick([", DDS", ", DMD"])
    c.extra["md_supplier"] = (w.pick(_MD_SUPPLIERS), _phone(w, _MD_AREAS))
    c.extra["md_fac"] = w.pick(facilities("MD"))
    mn = c.category == "medical_necessity"
    c.criteria = [w.pick(_MD_CRIT[kind])] if mn and not _bare(c) and not _has(c, "notice.criteria_cited") else []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Coordinator", "Prior Authorization Specialist",
                         "Utilization Review Nurse"], ["RN", None, "LPN"])
    elif not mn:
        c.reviewer = None
    elif w.chance(0.15):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Sleep Medicine", "Pulmonary Disease", "Otolaryngology"])
                          if w.chance(0.7) else None,
                          phone=_phone(w, _MD_AREAS) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management",
                                   "Physician Advisor"])
    c.extra["md_fax"] = _phone(w, _MD_AREAS)
    c.extra["md_phone"] = _phone(w, _MD_AREAS)
    c.extra["md_notice"] = f"MD-NABD-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["md_mco_id"] = f"{w.rng.randint(10**10, 10**11 - 1)}"
    _flags(c)


def reason_b36_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    why = c.extra["md_why"]
    if _bare(c):
        return w.pick(["The requested item is not medically necessary.",
                       "This request does not meet medical necessity criteria.",
                       "Not medically necessary."])
    ahi = c.extra["md_ahi"]
    if why == "nostudy":
        what = "an oral appliance" if c.extra["md_kind"] == "oral" else "a replacement CPAP machine"
        return w.pick([
            f"We could not approve {what} because the request did not include a sleep study report. We need the "
            "results of a sleep study done in a sleep lab or at home that show obstructive sleep apnea before we "
            "can decide. The request came with an office note only.",
            f"The request for {what} arrived without the sleep study that shows your diagnosis of obstructive sleep "
            "apnea. Without that report we cannot approve it; your doctor can send it with a new request.",
        ])
    if why == "nocpap":
        return w.pick([
            f"Your sleep study shows severe obstructive sleep apnea (AHI {ahi} events per hour). For severe sleep "
            "apnea, an oral appliance is approved only after CPAP has been tried and did not work or could not be "
            "used. Your records do not show a CPAP trial, so the appliance is not medically necessary now.",
            f"With an AHI of {ahi}, your sleep apnea is severe, and CPAP is the treatment our criteria require first. "
            "There is no record that you tried CPAP or that you cannot use it, so the oral appliance is not medically "
            "necessary.",
        ])
    if why == "teeth":
        n = c.extra["md_teeth"]
        return w.pick([
            f"An oral appliance has to clip onto healthy teeth in both jaws. Your dental exam found only {n} healthy "
            "teeth in your lower jaw, too few to hold the device in place, so it is not medically necessary for you.",
            f"The dentist's exam shows {n} healthy lower teeth. A custom oral appliance needs enough healthy teeth to "
            "stay in place and move the jaw forward; with so few it would not work, so it is not medically "
            "necessary.",
        ])
    if why == "young":
        return w.pick([
            "Your current CPAP machine is less than five years old and the supplier's check found it working "
            "properly. A replacement is covered when the machine is at least five years old or is broken and "
            "cannot be repaired, so a new machine is not medically necessary.",
            "We replace a CPAP machine after five years of use, or sooner if it breaks and cannot be fixed. Yours was "
            "delivered less than five years ago and works, so the replacement is not medically necessary.",
        ])
    p = c.extra["md_use_pct"]
    return w.pick([
        f"The download from your CPAP machine shows use of 4 hours or more on only {p}% of nights in the last 30 "
        "days. A new machine is approved when the current one is used at least 4 hours a night on 70% of nights; "
        "the records do not show that, so a replacement is not medically necessary.",
        f"Your machine's usage report shows 4 or more hours of use on {p}% of nights over 30 days, below the 70% our "
        "criteria require before replacing a CPAP. The replacement is not medically necessary at this time.",
    ])


def _md_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    c = w.c
    kw = {"size": size} if size else {}
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, your doctor or someone you choose can ask us for an appeal. You must ask within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call Member Services at {_MD_MS} or "
            f"{_MD_MS_LOCAL} (TTY {_MD_TTY}), or write to us and include a copy of this notice.",
            f"Appeal deadline: {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Call {_MD_MS} "
            f"(local {_MD_MS_LOCAL}; TTY {_MD_TTY}) or send a letter. A doctor or other person you name may appeal "
            "for you.",
        ]), **kw))
    b.append(w.p(w.pick([
        "We will decide your appeal within 30 days.", "We answer appeals in writing within 30 days.",
    ]) + ("" if _has(c, "notice.expedited_review") else w.pick([
        " If waiting 30 days could seriously harm your life or health, ask for a fast appeal; we decide fast appeals "
        "within 72 hours. Your doctor can also ask for one.",
        " Your doctor or you can ask for an expedited appeal when a delay could seriously hurt your health; we will "
        "decide it within 72 hours.",
    ])), **kw))
    if not _has(c, "notice.external_review"):
        head(w.pick(["State Fair Hearing", "Asking the State for a hearing"]))
        b.append(w.p(w.pick([
            "If we do not change our decision on appeal, you can ask for a State Fair Hearing. Our appeal decision "
            "letter will explain how and give the deadline, which federal rules let the State set between 90 and 120 "
            "days from the date of that letter. If we do not decide your appeal within 30 days, you may ask for the "
            "hearing without waiting.",
            "After our appeal decision you may ask the State of Maryland for a State Fair Hearing; the appeal "
            "decision letter gives the deadline (the State sets it between 90 and 120 days from that letter). If we "
            "miss the 30-day appeal deadline, you can go straight to a State Fair Hearing.",
        ]), **kw))
        if _has(c, "notice.expedited_review"):  # no word of a faster track anywhere in such a notice
            b.append(w.p("A hearing decision is usually made within 90 days.", **kw))
        else:
            b.append(w.p(w.pick([
                "A hearing decision is usually made within 90 days, or within 3 working days after the State gets "
                "the case file when the hearing is expedited.",
                "The State normally decides within 90 days; an expedited hearing is decided within 3 working days "
                "after the State receives the case file.",
            ]), **kw))
    if not _has(c, "notice.continuation_of_benefits"):
        head(w.pick(["Keeping your services during an appeal", "Continuing services"]))
        b.append(w.p(w.pick([
            "If this notice stops or reduces a service you are already getting, you can keep getting it while your "
            "appeal is decided. Appeal within 10 days of the date of this notice, or before the date the change "
            "takes effect, and ask that the service continue. If you lose the appeal, you may have to pay for the "
            "services you got during the appeal.",
            "When a decision ends or cuts back a service you already receive, the service can continue during the "
            "appeal if you file within 10 days from the date on this notice (or before the change starts) and ask "
            "for it to continue. You might have to pay for those services if the decision is upheld.",
        ]), **kw))
    head(w.pick(["Other rights", "Records and help"]))
    b.append(w.p(w.pick([
        "You can get free copies of all documents, records and other information about this decision, including the "
        "medical necessity criteria we used.",
        "Ask us and we will send you, at no cost, the records, criteria and other papers we used to decide.",
    ]), **kw))
    if w.chance(0.5):
        b.append(w.p(w.pick([
            "The Maryland Health Education and Advocacy Unit can help you with an appeal: 410-528-1840 or toll-free "
            "1-877-261-8807.",
            "For free help with an appeal, you may call the Health Education and Advocacy Unit of the Maryland "
            "Attorney General's office at 410-528-1840 (toll-free 1-877-261-8807).",
        ]), **kw))


def _md_study_lines(w: W) -> str:
    c = w.c
    why = c.extra["md_why"]
    visit, study = _fd(w, c.extra["md_visit"]), _fd(w, c.extra["md_study"])
    sup, sup_ph = c.extra["md_supplier"]
    if why == "nostudy":
        return w.pick([f"Received with the request: office note of {visit}. No sleep study report was attached.",
                       f"The request included your visit note from {visit} but no sleep study."])
    if why in ("nocpap", "teeth"):
        out = w.pick([f"Sleep study of {study}: AHI {c.extra['md_ahi']} events per hour. Office visit: {visit}.",
                      f"We reviewed your sleep study ({study}, AHI {c.extra['md_ahi']}) and the note from your visit "
                      f"on {visit}."])
        out += w.pick([f" The appliance would be made by {c.extra['md_dentist']}.",
                       f" Dental evaluation by {c.extra['md_dentist']}."])
        return out
    cp = _fd(w, c.extra["md_cpap_date"])
    dl = _fd(w, c.extra["md_dl_end"])
    return w.pick([f"Your CPAP was delivered on {cp} by {sup} ({sup_ph}). Usage download for the 30 days ending "
                   f"{dl}: {c.extra['md_use_pct']}% of nights with 4 hours or more.",
                   f"Supplier: {sup}, phone {sup_ph}. CPAP delivered {cp}; last download ending {dl}."])


def _md_next(w: W) -> str:
    c = w.c
    if c.extra["md_kind"] == "oral":
        return w.pick(["What you or your doctor can do: CPAP (E0601) is covered for sleep apnea, and your doctor can "
                       "order a CPAP trial or send new information with a new request.",
                       "Your doctor may order CPAP (E0601) instead, or send us more records and ask again."])
    return w.pick(["What you or your doctor can do: replacement mask cushions (A7031) and other CPAP supplies are "
                   "still covered on their usual schedule; your supplier can help adjust your current machine.",
                   "Your CPAP supplies, such as a replacement cushion (A7031), are not affected by this decision. "
                   "Your doctor may send a new request with more information."])


def t_b36_md(w: W):
    _md_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 checklist of reasons, 1 header grid, 2 two pages per sheet
    if variant == 2:
        st = Style(family=w.pick(["helvetica", "times"]), size=w.pick([6.6, 6.9]), margin_l=40.0, margin_r=40.0,
                   margin_t=34.0, margin_b=34.0, leading=1.18, para_gap=0.4)
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
        st.footer = [w.pick([f"Notice {c.extra['md_notice']} | page {{page}} of {{pages}}",
                             "Kaiser Permanente HealthChoice | {page}"])]
        st.footer_align = w.pick(["center", "right"])
    notice = c.extra["md_notice"]
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    admin = c.category == "administrative"
    b: list[Block] = []
    small = st.size - 0.5 if variant != 2 else None

    def head(t: str) -> None:
        b.append(w.h(t, space_before=7 if variant == 2 else 9, size=st.size + 0.5))

    def page_end(k: int) -> None:
        # each of the notice's pages fills half of the printed sheet: measure what is laid out so far and push the
        # page's "Page k of 4" line down to the fold (pages 1 and 3) or to the foot of the sheet (pages 2 and 4)
        laid = layout(b, st)
        if len(laid) == (k + 1) // 2 and laid[-1].rows:
            target = (PAGE_H / 2 - 14) if k % 2 else (PAGE_H - st.margin_b - 30)
            room = target - laid[-1].rows[-1].y - st.size * 1.6
            if room > 0:
                b.append(Block("space", height=room))
        b.append(w.p(f"Page {k} of 4", align="center", size=st.size - 0.6, space_before=6))
        b.append(Block("rule", space_before=2, size=1.2))
        if k == 2:
            b.append(Block("pagebreak"))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=8.5 if variant == 2 else 9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States · HealthChoice",
                         w.pick(["Utilization Management", "Medicaid Prior Authorization"])],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Maryland Medicaid (HealthChoice)", f"Phone {c.extra['md_phone']} · Fax {c.extra['md_fax']}"]))
    title = w.pick(["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Adverse Benefit Determination",
                    "Adverse Benefit Determination Notice"])
    if variant == 1:
        b.append(w.h(title, space_before=8, size=st.size + 2))
        rows = [["Member", "ID", "Provider", "Service", "Date"],
                [w.name(), w.mid(), prov, ", ".join(w.code(x) for s in c.services for x in s["codes"]),
                 _dm(w, "DATE_LETTER", c.letter, "b36_head")]]
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 1))
        b.append(w.p(f"Notice number: {notice}    Maryland Medicaid ID: {c.extra['md_mco_id']}", size=st.size - 1,
                     space_before=3))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b36_head") if variant == 0 else
                     f"Notice date: {_dm(w, 'DATE_LETTER', c.letter, 'b36_head')}", space_before=8))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Notice: {notice}    Medicaid ID: {c.extra['md_mco_id']}",
                     size=small, space_before=6))
        b.append(w.h(title, space_before=8, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},", "Dear HealthChoice member:"]),
                 space_before=6))
    intro = w.pick([f"{prov} asked us to approve {svcs}.", f"We reviewed a request from {prov} for {svcs}."])
    if rec:
        intro += w.pick([f" We got the request on {rec}.", f" The request was received on {rec}."])
    if dec:
        intro += w.pick([f" Decision made: {dec}.", f" We made our decision on {dec}."])
    intro += w.pick([" We have denied this request.", " Kaiser Permanente is not approving this request."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses on the request: "]) + dxs + "."))
    if variant == 2:
        b.append(w.p(w.pick(["Please read all four pages of this notice. They explain why we made this decision "
                             "and what you can do.", "This notice has four pages. Your rights are on page 3."])))
        page_end(1)
    if variant == 0:
        head(w.pick(["Reason for this decision (see the box checked)", "Why we denied this request"]))
        boxes = [("mn", "The service is not medically necessary for you."),
                 ("admin", "We did not get the information we need to approve the request."),
                 ("nc", "The service is not covered by Maryland Medicaid or your plan."),
                 ("oon", "The provider is not in our network and an in-network provider is available."),
                 ("ref", "A referral or prior approval was not obtained.")]
        got = "admin" if admin else "mn"
        for key, label in boxes:
            b.append(w.p(("[X] " if key == got else "[  ] ") + label, indent=10, space_before=1.5))
        b.append(w.p(w.pick(["Explanation: ", "Details: "]) + M("REASON", w.reason), space_before=5))
    else:
        head(w.pick(["Why we made this decision", "Reason for the decision", "The reason"]))
        b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(_md_study_lines(w)))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "Criteria applied: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "Decision by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    if not _bare(c):
        b.append(w.p(_md_next(w)))
    if variant == 2:
        page_end(2)
    else:
        b.append(Block("space", height=4))
    _md_rights(w, b, head, small)
    if variant == 2:
        page_end(3)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(f"cc: {prov}", size=st.size - 1, space_before=4))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services and this notice in large print are available: {_MD_MS} "
                             f"(TTY {_MD_TTY}).",
                             f"Interpreters are free. Call {_MD_MS}, TTY {_MD_TTY}."]), space_before=6))
    b += _lang_lines(w, "MD", _MD_MS, w.pick([None, "Language assistance"]), False,
                     6.4 if variant == 2 else 7.4)
    if variant == 2:
        page_end(4)
    return b, st, ["md_reason_checklist", "md_header_grid", "md_two_up"][variant]


BLIND36_TEMPLATES["blind36_md_medicaid_oral_appliance"] = (t_b36_md, dict(
    plans=["medicaid"], states=["MD"], kinds=["initial_denial"], cats=["medical_necessity", "administrative"],
    reason=reason_b36_md))
MODELED_ON["blind36_md_medicaid_oral_appliance"] = (
    "blind36: Kaiser Permanente Mid-Atlantic States Maryland Medicaid (HealthChoice) notice of adverse benefit "
    "determination denying an oral appliance for sleep apnea (E0486) or a replacement CPAP (E0601, A7030) as not "
    "medically necessary or for a missing sleep study; a checklist of reasons with one box ticked, a header grid, "
    "or four pages printed two per sheet; 60-day appeal, 30 days / 72 hours, State Fair Hearing, continued services "
    "within 10 days, free copies, Mid-Atlantic Member Services, taglines")


# === 3. Georgia, self-funded ERISA plan: wearable defibrillator, concurrent review ================================

_GA_HEALTHLINE = "404-365-0966"
_GA_HEALTHLINE_TF = "1-800-611-1811"
_GA_AREAS = ["404", "770", "678"]
_GA_RENT = ["wearable cardioverter-defibrillator (vest type), continued rental for {n} days",
            "continued rental of the wearable defibrillator vest, {n} additional days",
            "garment-type wearable cardioverter-defibrillator, rental extension of {n} days"]
_GA_SETUP = (["set-up and programming of a wearable cardioverter-defibrillator (resubmitted)",
              "wearable defibrillator initial set-up and programming, resubmitted with the extension"], "93745")
_GA_DX = [("Dilated cardiomyopathy", "I42.0"), ("Other cardiomyopathies", "I42.8"), ("Cardiomyopathy, unspecified",
                                                                                       "I42.9"),
          ("Chronic systolic (congestive) heart failure", "I50.22"),
          ("Acute on chronic systolic (congestive) heart failure", "I50.23"),
          ("Acute systolic (congestive) heart failure", "I50.21")]
_GA_CRIT = ["Kaiser Permanente Georgia Clinical Review Criteria: Wearable Cardioverter-Defibrillator",
            "MCG Care Guidelines: Wearable Cardioverter-Defibrillator",
            "Kaiser Permanente National DME Guideline: Wearable Defibrillators"]
_GA_SUPPLIERS = ["Peachtree Cardiac Monitoring Services", "Southeast Wearable Cardiac Devices",
                 "Piedmont Home Cardiac Equipment"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b36_ga"):
        return
    c.extra["b36_ga"] = True
    _fmt(w, ("tblmdy", "dmonapos", "mdotyyyy"), ("wkcapsdmy", "mdotyyyy", "wkcapsdmon"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    partial = c.letter_kind == "partial_denial"
    end = c.decision or c.letter
    base = c.received or end - dt.timedelta(days=w.rng.randint(1, 3))
    # the first approved period (90 days) ends a few days after the extension request came in
    a1 = base + dt.timedelta(days=w.rng.randint(1, 6))
    a0 = a1 - dt.timedelta(days=89)
    why = c.extra["ga_why"] = w.pick(["ef", "ef", "icd"])
    if partial:
        if why == "icd":
            b1 = a1 + dt.timedelta(days=w.rng.randint(8, 20))  # approved through the scheduled implant and two days
            c.extra["ga_icd"] = b1 - dt.timedelta(days=2)
        else:
            b1 = a1 + dt.timedelta(days=w.pick([14, 21, 30]))  # approved until the repeat echo can be read
            c.extra["ga_icd"] = None
        c1 = a1 + dt.timedelta(days=90)
        c.extra["ga_ok"] = (a1 + dt.timedelta(days=1), b1)
        c.extra["ga_den"] = (b1 + dt.timedelta(days=1), c1)
    else:
        c1 = a1 + dt.timedelta(days=w.pick([30, 60, 90]))
        c.extra["ga_ok"] = None
        c.extra["ga_den"] = (a1 + dt.timedelta(days=1), c1)
        c.extra["ga_icd"] = base - dt.timedelta(days=w.rng.randint(2, 12)) if why == "icd" else None
    c.extra["ga_first"] = (a0, a1)
    n = (c.extra["ga_den"][1] - c.extra["ga_den"][0]).days + 1
    c.extra["ga_n"] = n
    c.services = [dict(text=w.pick(_GA_RENT).format(n=n), codes=["K0606"], decision="denied")]
    c.extra["ga_setup"] = not partial and w.chance(0.35)
    if c.extra["ga_setup"]:
        c.services.append(dict(text=w.pick(_GA_SETUP[0]), codes=[_GA_SETUP[1]], decision="denied"))
    dx = w.rng.sample(_GA_DX, 2)
    c.diagnoses = [dict(text=t, codes=[code]) for t, code in (dx if w.chance(0.45) else dx[:1])]
    c.service = None
    c.extra["ga_discharge"] = a0 - dt.timedelta(days=w.rng.randint(0, 2))
    c.extra["ga_echo1"] = c.extra["ga_discharge"] - dt.timedelta(days=w.rng.randint(1, 5))
    c.extra["ga_echo2"] = base - dt.timedelta(days=w.rng.randint(2, 15))
    c.extra["ga_ef1"] = w.pick([15, 20, 25, 30])
    c.extra["ga_ef2"] = w.pick([40, 45, 50]) if why == "ef" else w.pick([25, 30, 35])
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, MD, FACC"])
    c.extra["ga_ep"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", DO"])
    c.extra["ga_pcp"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["ga_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_supplier"] = (w.pick(_GA_SUPPLIERS), _phone(w, _GA_AREAS), _phone(w, _GA_AREAS))
    c.extra["ga_fac"] = w.pick(facilities("GA"))
    c.criteria = [w.pick(_GA_CRIT)] if not _bare(c) and not _has(c, "notice.criteria_cited") else []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Concurrent Review Coordinator", "Care Management Specialist"],
                     ["RN", None, "RN, BSN"])
    elif w.chance(0.15):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Cardiology", "Cardiovascular Disease", "Clinical Cardiac "
                                                                                   "Electrophysiology"])
                          if w.chance(0.75) else None,
                          phone=_phone(w, _GA_AREAS) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management",
                                   "Reviewing Cardiologist"])
    c.extra["ga_fax"] = _phone(w, _GA_AREAS)
    c.extra["ga_doc_fax"] = _phone(w, _GA_AREAS)
    c.extra["ga_phone"] = _phone(w, _GA_AREAS)
    c.extra["ga_case"] = f"CR-{w.rng.randint(100000, 999999)}-{w.pick(['GA', 'UM', 'DME'])}"
    c.extra["ga_time"] = f"{w.rng.randint(1, 11)}:{w.rng.randint(0, 59):02d} {w.pick(['a.m.', 'p.m.'])} ET"
    _flags(c)


def reason_b36_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Continued use of the device is not medically necessary.",
                       "The extension does not meet medical necessity criteria.",
                       "Not medically necessary."])
    ef1, ef2 = c.extra["ga_ef1"], c.extra["ga_ef2"]
    partial = c.letter_kind == "partial_denial"
    if c.extra["ga_why"] == "ef":
        if partial:
            return w.pick([
                f"Your heart's pumping function has improved: the ejection fraction went from {ef1}% to {ef2}% on "
                "your repeat echocardiogram. A wearable defibrillator is covered while the ejection fraction is 35% "
                "or lower; we approved the first days of the extension so your cardiologist can confirm the result, "
                "but the days after that are not medically necessary.",
                f"The repeat echocardiogram shows an ejection fraction of {ef2}%, up from {ef1}%. Coverage of a "
                "wearable defibrillator requires an ejection fraction of 35% or less; the later days of the request "
                "are not medically necessary, while the earlier days are approved for a follow-up visit.",
            ])
        return w.pick([
            f"Your repeat echocardiogram measured an ejection fraction of {ef2}% (it was {ef1}% when the vest was "
            "started). A wearable defibrillator is covered only while the ejection fraction stays at 35% or lower, "
            "so more rental days are not medically necessary.",
            f"Continued use of the wearable defibrillator requires an ejection fraction of 35% or less. Yours has "
            f"improved to {ef2}% from {ef1}%, so the extension is not medically necessary.",
        ])
    if partial:
        return w.pick([
            "Your implantable cardioverter-defibrillator (ICD) is scheduled, and a wearable defibrillator is only "
            "needed until an ICD is in place. We approved the vest through two days after the planned implant; "
            "days after that are not medically necessary.",
            "Once your scheduled ICD is implanted, the wearable vest is no longer needed. Rental days after the "
            "implant date and a two-day margin are not medically necessary.",
        ])
    return w.pick([
        "You now have an implantable cardioverter-defibrillator (ICD), which protects you from dangerous heart "
        "rhythms. A wearable defibrillator is not medically necessary once an ICD is in place.",
        "An ICD was implanted, so the wearable defibrillator no longer adds protection; the extension is not "
        "medically necessary.",
    ])


def _ga_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your appeal rights", "If you disagree", "How to appeal this decision"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or your authorized representative may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you "
            "receive this notice (29 CFR 2560.503-1). Send a written appeal with any records you want reviewed, or "
            f"call the Kaiser Permanente Health Line at {_GA_HEALTHLINE} or {_GA_HEALTHLINE_TF} and ask for Member "
            "Services.",
            f"To appeal, write to us within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this letter (ERISA claims "
            f"rule, 29 CFR 2560.503-1). For help, call the Kaiser Permanente Health Line, {_GA_HEALTHLINE} "
            f"(toll-free {_GA_HEALTHLINE_TF}).",
        ])))
    b.append(w.p(w.pick([
        "We decide appeals within 30 days. Because the vest is ongoing care, you or your doctor may ask for an "
        "urgent (expedited) appeal if waiting could seriously jeopardize your life or health; we decide urgent "
        "appeals within 72 hours.",
        "Standard appeals are decided within 30 days; urgent appeals, which your doctor may request when a delay "
        "could seriously harm you, within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If our final internal decision still denies the days, you may ask for external review by an "
            "independent review organization within 4 months after you receive that decision (45 CFR 147.136). "
            "In urgent cases the external review can be expedited and decided within 72 hours.",
            "External review: after the internal appeal, an independent review organization can review the denial; "
            "ask within 4 months of receiving our final decision (45 CFR 147.136). Expedited external reviews are "
            "decided within 72 hours.",
        ])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under section 502(a) of ERISA after your appeal is decided.",
        "After the appeal process you may file suit under ERISA section 502(a).",
    ])))
    b.append(w.p(w.pick([
        "On request and free of charge, we will give you copies of all documents and records relevant to your claim, "
        "the criteria we used, and an explanation of the clinical judgment behind this decision.",
        "You may ask, at no cost, for the documents relevant to this claim, a copy of the guideline applied and the "
        "clinical reasoning used.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, contact the Employee Benefits Security Administration, U.S. Department of "
            "Labor, at 1-866-444-3272 (check your plan documents for current contact information), or the Georgia "
            "Office of Commissioner of Insurance.",
            "Free help: Employee Benefits Security Administration, 1-866-444-3272 (please check your plan documents "
            "for current contact details); Georgia Office of Commissioner of Insurance.",
        ])))


def _ga_periods(w: W, key: str = "b36_fmt") -> list[list[str]]:
    c = w.c
    a0, a1 = c.extra["ga_first"]
    rows = [[w.pick(["Coverage period", "Period"]), "Approved from", "Approved to", "Denied from", "Denied to"],
            ["First rental period (earlier decision)", _fd(w, a0, key), _fd(w, a1, key), "–", "–"]]
    ok, den = c.extra["ga_ok"], c.extra["ga_den"]
    if ok:
        rows.append(["Extension request", _fd(w, ok[0], key), _fd(w, ok[1], key), _fd(w, den[0], key),
                     _fd(w, den[1], key)])
    else:
        rows.append(["Extension request", "–", "–", _fd(w, den[0], key), _fd(w, den[1], key)])
    return rows


def _ga_body(w: W, b: list[Block], variant: int, head) -> None:
    c = w.c
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    a0, a1 = (_fd(w, x) for x in c.extra["ga_first"])
    d0, d1 = (_fd(w, x) for x in c.extra["ga_den"])
    sup, sup_ph, sup_fax = c.extra["ga_supplier"]
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    intro = w.pick([f"{prov} asked us to extend coverage of your wearable cardioverter-defibrillator beyond the "
                    f"first approved period ({a0} to {a1}).",
                    f"We reviewed a request from {prov} to continue your wearable defibrillator after the period we "
                    f"approved earlier, {a0} through {a1}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if urgent:
        intro += w.pick([" Because the device is in use now, we handled this as an expedited (urgent) review.",
                         " This was an urgent concurrent review."])
    if variant != 2 and dec:
        intro += w.pick([f" Decision date: {dec}.", f" We made our decision on {dec}."])
    b.append(w.p(intro))
    if partial:
        o0, o1 = (_fd(w, x) for x in c.extra["ga_ok"])
        b.append(w.p(w.pick([
            f"Decision: we approved the rental from {o0} through {o1}. We did not approve {svcs}, from {d0} "
            f"through {d1}.",
            f"Part of the request is approved ({o0} to {o1}). The rest is denied: {svcs} ({d0} to {d1}).",
        ])))
    else:
        b.append(w.p(w.pick([f"Decision: we did not approve {svcs}, for {d0} through {d1}.",
                             f"The extension is denied: {svcs} ({d0} to {d1})."])))
    if variant == 0:
        b.append(Block("table", rows=_ga_periods(w), space_before=6, size=8.4))
    b.append(w.p(w.pick(["Diagnoses: ", "Diagnosis on the request: "]) + dxs + "."))
    head(w.pick(["Reason for the decision", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        e1, e2 = _fd(w, c.extra["ga_echo1"]), _fd(w, c.extra["ga_echo2"])
        dis = _fd(w, c.extra["ga_discharge"])
        txt = w.pick([f"Records reviewed: hospital discharge from {c.extra['ga_fac']} on {dis}; echocardiogram on "
                      f"{e1} (ejection fraction {c.extra['ga_ef1']}%) and on {e2} (ejection fraction "
                      f"{c.extra['ga_ef2']}%); device wear data from {sup}.",
                      f"We looked at your echocardiograms of {e1} and {e2} (ejection fraction {c.extra['ga_ef1']}% "
                      f"and {c.extra['ga_ef2']}%), the discharge summary of {dis}, and the supplier's report."])
        if c.extra["ga_icd"]:
            icd = _fd(w, c.extra["ga_icd"])
            txt += w.pick([f" ICD implant by {c.extra['ga_ep']}: {icd}.",
                           f" Electrophysiology ({c.extra['ga_ep']}) lists the ICD implant on {icd}."])
        b.append(w.p(txt))
        b.append(w.p(w.pick([
            "Your Summary Plan Description covers durable medical equipment, including rented equipment, when it "
            "is medically necessary.",
            "Under your employer's Summary Plan Description, rented medical equipment is covered only while it is "
            "medically necessary.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Guideline applied: ", "We used "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + w.pick([". A copy is free on request.", "."])))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            line += f" Your cardiologist may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([f"Please return the vest to {sup} ({sup_ph}) after the last covered day; the supplier "
                         "will send a return box.",
                         f"{sup} (phone {sup_ph}, fax {sup_fax}) will contact you about returning the vest."])))


def t_b36_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 coverage-period table, 1 cc block and distribution list, 2 cover letter first
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 64.0, 70.0])
    case = c.extra["ga_case"]
    emp = c.extra["employer"]
    st.footer = [w.pick([f"Case {case} | page {{page}} of {{pages}}", "Kaiser Permanente Georgia | {page}",
                         f"{case} - {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    sup, sup_ph, sup_fax = c.extra["ga_supplier"]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", w.pick(["Utilization Management", "Concurrent Review",
                                                                "Care Management - DME Review"])],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", f"Claims administrator for {emp}",
                          f"Phone {c.extra['ga_phone']} | Fax {c.extra['ga_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b36_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    ids = f"Member ID: {w.mid()}    Case: {case}    Plan: {emp} Employee Health Plan (self-funded, ERISA)"
    b.append(w.p(ids, size=st.size - 0.8, space_before=8))
    if variant == 2:
        b.append(w.h(w.pick(["Your concurrent review determination is enclosed",
                             "Enclosed: determination on your wearable defibrillator"]), space_before=10,
                     size=st.size + 1))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        b.append(w.p(w.pick([
            f"We have completed our review of the request from {prov} to continue your wearable "
            "cardioverter-defibrillator. Our determination is enclosed on the next page. Please read it carefully: "
            "it explains what we decided, why, and how to appeal.",
            f"Enclosed is our determination on your cardiologist's request ({prov}) to extend your wearable "
            "defibrillator. It includes the reason for the decision and your appeal rights.",
        ])))
        b.append(w.p(w.pick([
            f"Kaiser Foundation Health Plan of Georgia administers claims for the {emp} plan, which your employer "
            "pays for; the plan, not Kaiser Permanente, is responsible for covered benefits.",
            f"Your employer ({emp}) sponsors a self-funded plan; Kaiser Permanente is its claims administrator.",
        ])))
        b.append(w.p(w.pick([f"Questions: Kaiser Permanente Health Line {_GA_HEALTHLINE} or {_GA_HEALTHLINE_TF}.",
                             f"If you have questions, call the Health Line at {_GA_HEALTHLINE} "
                             f"(toll-free {_GA_HEALTHLINE_TF})."])))
        b.append(w.p("Sincerely,", space_before=10))
        b.append(w.p(w.pick(["Concurrent Review Team", "Utilization Management Department"]), space_before=12))
        b.append(w.p("Kaiser Permanente Georgia", space_before=0))
        b.append(w.p("Enclosure: Notice of adverse benefit determination (1)", size=st.size - 1, space_before=8))
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["NOTICE OF ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW",
                             "Determination: Wearable Cardioverter-Defibrillator Extension"]), space_before=0,
                     size=st.size + 1.5))
        rows = [["Member", w.name(), "Member ID", w.mid()],
                ["Ordering physician", prov, "NPI", c.extra["ga_npi"]]]
        if c.decision:
            rows.append(["Date:", _dm(w, "DATE_DECISION", c.decision), "Time:", c.extra["ga_time"]])
        rows.append(["Review type", "Expedited concurrent" if c.urgency == "expedited" else "Concurrent",
                     "Case", case])
        b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.5, bold=True))
        _ga_body(w, b, variant, head)
        b.append(Block("table", rows=_ga_periods(w, "b36_fmt"), space_before=6, size=8.2))
    else:
        b.append(w.h(w.pick(["Concurrent Review Decision: Wearable Defibrillator",
                             "Notice of Adverse Benefit Determination", "Decision on your request to extend your "
                                                                        "wearable defibrillator"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        _ga_body(w, b, variant, head)
    _ga_rights(w, b, head)
    if variant != 2:
        _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management", "Kaiser Permanente Georgia")
    if variant == 1:
        b.append(w.p("cc:", space_before=8, size=st.size - 0.5))
        for x in (f"{prov}, ordering cardiologist (by fax)", f"{c.extra['ga_ep']}, Electrophysiology",
                  f"{c.extra['ga_pcp']}, primary care", f"{sup}, equipment supplier"):
            b.append(w.p(x, indent=18, size=st.size - 0.5, space_before=0))
        b.append(w.h("Distribution list", space_before=8, size=st.size - 0.3))
        rows = [["Recipient", "Sent by"], ["Member", "First-class mail"],
                ["Ordering physician", f"Fax {c.extra['ga_doc_fax']}"], ["Supplier", f"Fax {sup_fax}"],
                ["Case file", "Electronic record"]]
        b.append(Block("table", rows=rows, space_before=2, size=st.size - 1.2))
    elif variant == 0:
        b.append(w.p(f"cc: {prov}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language interpreter services are free. Call {_GA_HEALTHLINE_TF}.",
                             f"Need an interpreter? It is free: {_GA_HEALTHLINE} or {_GA_HEALTHLINE_TF}."]),
                     space_before=6))
    b += _lang_lines(w, "GA", _GA_HEALTHLINE_TF, w.pick([None, "Language help"]), False)
    return b, st, ["ga_coverage_period_table", "ga_cc_distribution", "ga_cover_then_determination"][variant]


BLIND36_TEMPLATES["blind36_ga_erisa_wearable_defibrillator_concurrent"] = (t_b36_ga, dict(
    plans=["erisa_group"], states=["GA"], kinds=["initial_denial", "partial_denial"], cats=["medical_necessity"],
    reason=reason_b36_ga))
MODELED_ON["blind36_ga_erisa_wearable_defibrillator_concurrent"] = (
    "blind36: Kaiser Permanente Georgia concurrent-review letter for a self-funded ERISA plan denying continued "
    "rental of a wearable cardioverter-defibrillator (K0606, sometimes the resubmitted set-up 93745) after an "
    "approved first period, in full or after some approved days, as not medically necessary (ejection fraction "
    "above 35%, or an ICD in or scheduled); a coverage-period table, a cc block with a distribution list, or a cover "
    "letter with the determination on page 2; 180-day appeal, 30 days / 72 hours, external review within 4 months "
    "(45 CFR 147.136), section 502(a), free copies, EBSA with caveat, the Georgia insurance commissioner by name, "
    "the Health Line, taglines")
