"""Thirty-third blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND33_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind33_midatlantic_fehb_crosslinking")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md).

1. ``blind33_scal_medi_cal_spanish_orthotics``: a Kaiser Permanente Southern California Medi-Cal "Aviso de Acción"
   written entirely in Spanish (only the language-help lines of other languages, one of them English, sit at its
   end), denying a custom-made knee orthosis (HCPCS L1846 or L1840) or custom-molded foot orthotics (L3000, sometimes
   with L3020) as not medically necessary. The knee letters name an off-the-shelf brace (L1833) the doctor may ask
   for instead: it was not requested and is no item of the truth. Layouts: ``sc_es_form_boxes`` (a form: numbered,
   labelled boxes, the short facts in a grid), ``sc_es_plain_letter`` (a letter with a place and date line, a
   salutation and headed sections) and ``sc_es_resumen_first`` (a boxed "Resumen" comes first, before the address
   block). Medi-Cal rights from the catalogue: appeal to the plan within 60 days of the date on the notice, appeal
   decided within 30 days or 72 hours when fast, a State Hearing after the plan's appeal decision (within 120 days
   of that decision, or at once when the plan does not decide in 30 days) with the CDSS phones, TDD and mailing
   address, Independent Medical Review when no State Hearing has been asked for, services continuing when the appeal
   is filed within 10 days, free copies of records and criteria, the Medi-Cal ombudsman, the DMHC statement in
   Spanish in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's 1-800-464-4000) and
   language-help lines in 14 languages. The request is always standard (source.language truth is ``es``).
   Distractors: the orthotics shop and its phone, the member's primary care doctor, the authorization unit's phone and
   fax, the notice number, the visit and x-ray (or casting) dates, the off-the-shelf brace and its code.

   Which date is which: the letter date is the date of the notice (the "Fecha del aviso" box, the date line, or the
   date under the Resumen); the received and decision dates are stated in the body ("Recibimos la solicitud el ...",
   "Tomamos esta decisión el ...") or in their own labelled boxes. The clinic visit, the x-ray and the measurement or
   casting dates are earlier visits and never truth; the service date is never truth. Which name is the member: the
   addressee (the primary care doctor, the requesting doctor, the orthotist and the reviewer are other people). Which
   reason is the reason: the sentences under "Motivo de la decisión" ("Por qué ...", box 5 of the form); the
   paragraph on what the doctor can do next is advice. The truth counts the denied orthosis lines only.

2. ``blind33_midatlantic_fehb_crosslinking``: a Kaiser Permanente Mid-Atlantic States (MD, VA, DC) Federal Employees
   Health Benefits plan letter on a request for corneal collagen cross-linking (CPT 0402T, sometimes with the
   riboflavin solution, HCPCS J2787) for both eyes: approved for one eye, denied for the other (partial_denial,
   medical necessity) because the denied eye shows no documented progression of keratoconus (H18.61x stable) or its
   thinnest corneal reading is below 400 microns. Layouts: ``mas_eye_table`` (a letter with an "Eye / Requested /
   Decision" table), ``mas_numbered_paragraphs`` (a letter in numbered paragraphs) and ``mas_pleading_lines`` (the
   body printed with a line number in the left margin of every row, restarting on each page, like a legal pleading:
   the numbers are part of the text layer and are never data). FEHB rights from the catalogue only: ask the plan to
   reconsider within 6 months of the date of the letter (5 CFR 890.105), reconsideration answered within 30 days,
   then review by OPM (its Washington, DC address with the advice to check the brochure for the group and the time
   limit; no 90-day window is printed), OPM's final answer within 60 days, brochure Section 8, free copies, Mid-Atlantic
   Member Services 1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380, taglines. Standard requests only.
   Distractors: the optometrist who measured the corneas (an "OD", also the abbreviation of the right eye), the
   corneal readings and their dates, the surgery center, the approved eye's line.

   Which date is which: the letter date heads the letter; the received and decision dates are stated in the first
   paragraph (or its numbered paragraph); the two corneal measurement dates are earlier visits and the planned
   surgery date is a later one: none of them is truth. Which reason is the reason: the sentences that say why the
   denied eye does not qualify; the readings that follow are support. The truth counts the denied eye's lines only
   (cross-linking, and the riboflavin when requested, for that eye); the approved eye's line is not an item denied.
   Both eyes' keratoconus diagnoses are truth.

3. ``blind33_wa_erisa_cardiac_rehab_appeal``: a Kaiser Foundation Health Plan of Washington appeal decision for a
   self-funded employer group (ERISA) plan, upholding the denial of additional outpatient cardiac rehabilitation
   sessions (CPT 93798) after the member used the plan's 36-session limit; diagnoses from I25.x / Z95.x. The
   category is ``not_covered`` (the visit limit in the Summary Plan Description) or ``medical_necessity`` (the plan's
   exception for more sessions needs a new cardiac event or a documented medical need the records do not show).
   Written as "Findings" and "Conclusion" with an appeal history of four events: original request, first denial,
   appeal received, appeal decided. Layouts: ``wa_findings_conclusion`` (history as a dated list, then numbered
   findings and a conclusion), ``wa_contents_first`` (a first page with a table of contents and the decision in
   brief, the sections from page 2) and ``wa_history_table`` (the appeal history as a two-column table). ERISA rights:
   external review by an independent review organization within 4 months of receiving this final internal decision
   (45 CFR 147.136), a civil action under section 502(a), free copies of the claim file, EBSA 1-866-444-3272 with the
   catalogue's caveat, the Washington Office of the Insurance Commissioner by name only, Kaiser Washington Member
   Services 1-888-901-4636 (TTY 711), taglines. Standard appeals only.

   Which date is which: the letter date heads the letter; of the appeal history, the "appeal received" date is the
   truth's request_received and the "appeal decided" date is the truth's decision; the original request date and the
   first denial date are history only (never truth); the qualifying cardiac event, the first and last rehabilitation
   sessions and the cardiologist's letter are earlier dates (never truth); no service date is truth. Which reason is
   the reason: the sentences under "Conclusion" that say why the denial stands; the findings are support. The truth
   counts the additional sessions only (the 36 sessions already covered are not an item denied). The requesting
   provider is the cardiologist who asked for the extra sessions; the reviewer is the person who decided the appeal
   (never the first-level reviewer, named in some histories).

Dates use this set's own styles (``b33date``); ``parse_blind33_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ordinal
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND33_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DOW3 = [x[:3] for x in _DOW]
_DIAS = ["LUNES", "MARTES", "MIÉRCOLES", "JUEVES", "VIERNES", "SÁBADO", "DOMINGO"]


def b33date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "apos":  # Mar. 5, '26 (May has no point)
        return f"{mon[:3]}{'' if mon == 'May' else '.'} {d.day}, '{d.year % 100:02d}"
    if style == "wkdmondash":  # Thu, 05-Mar-2026
        return f"{_DOW3[d.weekday()]}, {d.day:02d}-{mon[:3]}-{d.year}"
    if style == "wkorddmy":  # Thursday 5th March 2026
        return f"{_DOW[d.weekday()]} {_ordinal(d.day)} {mon} {d.year}"
    if style == "dmyy":  # 5 Mar 26
        return f"{d.day} {mon[:3]} {d.year % 100:02d}"
    if style == "capspad":  # MARCH 05, 2026
        return f"{mon.upper()} {d.day:02d}, {d.year}"
    if style == "ordcomma":  # 5th March, 2026
        return f"{_ordinal(d.day)} {mon}, {d.year}"
    if style == "es_wkcaps":  # JUEVES, 5 DE MARZO DE 2026
        return f"{_DIAS[d.weekday()]}, {d.day} DE {MESES[d.month - 1].upper()} DE {d.year}"
    if style == "es_mescoma":  # marzo 5, 2026
        return f"{MESES[d.month - 1]} {d.day}, {d.year}"
    if style == "es_slashfull":  # 5/marzo/2026
        return f"{d.day}/{MESES[d.month - 1]}/{d.year}"
    if style == "es_dmyy":  # 05/03/26 (day first, two-digit year)
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    raise ValueError(style)


EN_STYLES = ("apos", "wkdmondash", "wkorddmy", "dmyy", "capspad", "ordcomma")
ES_STYLES = ("es_wkcaps", "es_mescoma", "es_slashfull", "es_dmyy")
STYLES = EN_STYLES + ES_STYLES


def parse_blind33_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b33date`` (None for anything else)."""
    t = " ".join(text.split())
    mon3 = [m[:3] for m in MONTHS]
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2})(\.?) (\d{1,2}), '(\d{2})", t)
        if m and m[1] in mon3 and (m[2] == "") == (m[1] == "May"):
            return dt.date(2000 + int(m[4]), mon3.index(m[1]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]{2}), (\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m and m[1] in _DOW3 and m[3] in mon3:
            d = dt.date(int(m[4]), mon3.index(m[3]) + 1, int(m[2]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[1] in _DOW and m[4] in MONTHS and _ordinal(int(m[2])) == m[2] + m[3]:
            d = dt.date(int(m[5]), MONTHS.index(m[4]) + 1, int(m[2]))
            return d if _DOW[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{2})", t)
        if m and m[2] in mon3:
            return dt.date(2000 + int(m[3]), mon3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z]+) (\d{2}), (\d{4})", t)
        if m and m[1] in [x.upper() for x in MONTHS]:
            return dt.date(int(m[3]), [x.upper() for x in MONTHS].index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th) ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-ZÁÉÍÓÚ]+), (\d{1,2}) DE ([A-Z]+) DE (\d{4})", t)
        if m and m[1] in _DIAS and m[3].lower() in MESES:
            d = dt.date(int(m[4]), MESES.index(m[3].lower()) + 1, int(m[2]))
            return d if _DIAS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in MESES:
            return dt.date(int(m[3]), MESES.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2})/([a-z]+)/(\d{4})", t)
        if m and m[2] in MESES:
            return dt.date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, pool: tuple[str, ...]) -> None:
    w.c.extra["b33_fmt"] = w.pick(list(pool))


def _fd(w: W, day: dt.date | None) -> str:
    return b33date(day, w.c.extra["b33_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str]) -> str:
    a, n, m = w.pick(areas), w.rng.randint(201, 988), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"])


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _keep_timely(w: W, untimely_from: int, ok_to: int) -> None:
    """The receipt date agrees with the planted (or absent) late-decision defect, counted in calendar days."""
    c = w.c
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(untimely_from, untimely_from + 18))
    elif c.received and (end - c.received).days > ok_to:
        c.received = end - dt.timedelta(days=w.rng.randint(1, ok_to))


def _signature(w: W, b: list[Block], fallback: str, org: str, close: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=16))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=16))
    b.append(w.p(org, space_before=0))


# language-help lines written for this set; {ph} is the number the letter prints
_LANG = {
    "en": "ENGLISH: If you would like this notice explained in English, an interpreter will help you for free. "
          "Phone {ph}.",
    "es": "ESPAÑOL: Le explicamos este aviso en español sin ningún costo. Llame al {ph}.",
    "zh": "中文：如需以中文解釋本通知，我們會免費安排口譯員。請撥打 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị cần giải thích thông báo này bằng tiếng Việt, chúng tôi có thông dịch viên "
          "miễn phí. Gọi số {ph}.",
    "tl": "TAGALOG: Kung gusto ninyong maipaliwanag ang abisong ito sa Tagalog, may tagasalin kayo nang walang "
          "bayad. Tumawag sa {ph}.",
    "ko": "한국어: 이 통지서를 한국어로 설명받기 원하시면 무료 통역사를 제공해 드립니다. {ph}번으로 연락하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե ցանկանում եք, որ այս ծանուցումը բացատրվի հայերեն, թարգմանիչը անվճար է։ Զանգեք {ph}։",
    "ru": "РУССКИЙ: Чтобы получить разъяснение этого уведомления на русском языке, воспользуйтесь услугами "
          "бесплатного переводчика. Тел. {ph}.",
    "fa": "فارسی: برای توضیح این اطلاعیه به زبان فارسی، مترجم رایگان در اختیار شماست. با {ph} تماس بگیرید.",
    "ja": "日本語：この通知を日本語で説明してほしい場合は、無料で通訳者がお手伝いします。{ph} へお電話ください。",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਸੀਂ ਇਹ ਨੋਟਿਸ ਪੰਜਾਬੀ ਵਿੱਚ ਸਮਝਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਦੁਭਾਸ਼ੀਆ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ ប្រសិនបើអ្នកចង់ឱ្យគេពន្យល់សេចក្តីជូនដំណឹងនេះជាភាសាខ្មែរ អ្នកបកប្រែផ្ទាល់មាត់ឥតគិតថ្លៃ។ ទូរស័ព្ទ {ph}។",
    "hmn": "HMOOB: Yog koj xav kom piav daim ntawv no ua lus Hmoob, muaj neeg txhais lus pab dawb. Hu {ph}.",
    "ar": "العربية: إذا أردت شرح هذا الإشعار باللغة العربية، يتوفر لك مترجم فوري مجانًا. اتصل بالرقم {ph}.",
    "hi": "हिंदी: यदि आप यह सूचना हिंदी में समझना चाहते हैं, तो दुभाषिया निःशुल्क उपलब्ध है। {ph} पर फ़ोन करें।",
    "th": "ภาษาไทย: หากต้องการคำอธิบายประกาศนี้เป็นภาษาไทย เรามีล่ามให้บริการฟรี โทร {ph}",
    "am": "አማርኛ፦ ይህ ማስታወቂያ በአማርኛ እንዲብራራልዎ ከፈለጉ አስተርጓሚ በነጻ ይቀርብልዎታል። በ {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Si vous souhaitez qu'on vous explique cet avis en français, un interprète est mis à votre "
          "disposition gratuitement. Composez le {ph}.",
    "so": "SOOMAALI: Haddii aad rabto in ogeysiiskan laguugu sharxo Af-Soomaali, turjubaan ayaa lagu siinayaa "
          "lacag la'aan. Wac {ph}.",
    "uk": "УКРАЇНСЬКА: Якщо ви хочете отримати пояснення цього повідомлення українською, перекладач надається "
          "безкоштовно. Тел. {ph}.",
    "pt": "PORTUGUÊS: Se quiser que este aviso seja explicado em português, um intérprete está disponível "
          "gratuitamente. Ligue para {ph}.",
}
_LANG_SETS = {
    "SCAL": ["en", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "km", "hmn", "ar", "hi", "th"],
    "MAS": ["es", "zh", "ko", "vi", "am", "fr", "ar", "ru", "tl", "pt"],
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "uk", "tl", "am"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, keep_all: bool, size: float = 7.6) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5) if heading else Block("rule", space_before=10)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.5))
    return out


# === 1. Southern California Medi-Cal, in Spanish: custom orthoses ================================================

_SC_KNEE_SVC = [
    (["ortesis de rodilla hecha a la medida, con montantes y articulación ajustable",
      "rodillera ortopédica fabricada a la medida con bisagra ajustable"], "L1846", "oa"),
    (["ortesis desrotatoria de rodilla fabricada a la medida (control de ligamentos)",
      "rodillera a la medida para inestabilidad de ligamentos"], "L1840", "acl"),
]
_SC_KNEE_DX = {
    "oa": {"derecha": (["Artrosis primaria de la rodilla derecha", "Osteoartritis primaria, rodilla derecha"],
                       "M17.11"),
           "izquierda": (["Artrosis primaria de la rodilla izquierda", "Osteoartritis primaria, rodilla izquierda"],
                         "M17.12")},
    "acl": {"derecha": (["Inestabilidad crónica de la rodilla derecha"], "M23.511"),
            "izquierda": (["Inestabilidad crónica de la rodilla izquierda"], "M23.512")},
}
_SC_FOOT_SVC = (["plantilla ortopédica moldeada sobre un modelo del pie, tipo Berkeley (UCB)",
                 "plantillas ortopédicas a la medida, moldeadas al pie, tipo UCB"], "L3000")
_SC_FOOT_SVC2 = (["plantilla moldeada al pie con soporte longitudinal y metatarsiano",
                  "inserto moldeado sobre modelo del pie, con soporte de arco y metatarso"], "L3020")
_SC_FOOT_DX = [(["Fascitis plantar", "Fibromatosis de la fascia plantar (fascitis plantar)"], "M72.2"),
               (["Pie plano adquirido, pie derecho"], "M21.41"), (["Pie plano adquirido, pie izquierdo"], "M21.42")]
_SC_CRIT = {
    "knee": ["Criterios clínicos de Kaiser Permanente del Sur de California: ortesis de rodilla a la medida",
             "Guía de Kaiser Permanente para aparatos ortopédicos: rodilleras prefabricadas y a la medida",
             "MCG Care Guidelines: Knee Orthoses"],
    "foot": ["Criterios clínicos de Kaiser Permanente del Sur de California: plantillas ortopédicas moldeadas",
             "Guía de Kaiser Permanente para aparatos ortopédicos: ortesis de pie",
             "MCG Care Guidelines: Foot Orthoses"],
}
_SC_AREAS = ["626", "714", "909", "951", "619", "818", "562", "323", "661", "760"]
_SC_SHOPS = ["Taller Ortopédico Valle de San Gabriel", "Pacific Coast Orthotics & Prosthetics",
             "Inland Empire Orthopedic Appliance Lab", "Harbor Orthotic Services"]
_SC_MS = "1-800-464-4000"


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b33_sc"):
        return
    c.extra["b33_sc"] = True
    _fmt(w, ES_STYLES)
    c.region = "Southern California"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CA", "Southern California")
    kind = c.extra["sc_kind"] = w.pick(["knee", "knee", "foot"])
    side = c.extra["sc_side"] = w.pick(["derecha", "izquierda"])
    if kind == "knee":
        texts, code, sub = w.pick(_SC_KNEE_SVC)
        c.extra["sc_sub"] = sub
        c.services = [dict(text=w.pick(texts), codes=[code], decision="denied")]
        t, dcode = _SC_KNEE_DX[sub][side]
        c.diagnoses = [dict(text=w.pick(t), codes=[dcode])]
        c.extra["sc_why"] = w.pick(["notrial", "fit"])
    else:
        c.extra["sc_sub"] = "foot"
        c.services = [dict(text=w.pick(_SC_FOOT_SVC[0]), codes=[_SC_FOOT_SVC[1]], decision="denied")]
        if w.chance(0.35):
            c.services.append(dict(text=w.pick(_SC_FOOT_SVC2[0]), codes=[_SC_FOOT_SVC2[1]], decision="denied"))
        t, dcode = _SC_FOOT_DX[0]
        c.diagnoses = [dict(text=w.pick(t), codes=[dcode])]
        if w.chance(0.5):
            t, dcode = w.pick(_SC_FOOT_DX[1:])
            c.diagnoses.append(dict(text=w.pick(t), codes=[dcode]))
        c.extra["sc_why"] = w.pick(["conservative", "flexible"])
    c.extra["sc_weeks"] = w.rng.randint(5, 11)
    # CA Medi-Cal: 5 business days from receipt for a standard request
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = D.add_business(end, -w.rng.randint(9, 16))
    elif c.received is None or D.business_between(c.received, end) > 5:
        c.received = D.add_business(end, -w.rng.randint(1, 4)) if c.received or w.chance(0.9) else None
    c.service = None
    base = c.received or end
    c.extra["sc_visit"] = base - dt.timedelta(days=w.rng.randint(6, 40))
    c.extra["sc_xray"] = c.extra["sc_visit"] - dt.timedelta(days=w.rng.randint(0, 45))
    c.extra["sc_cast"] = c.extra["sc_visit"] + dt.timedelta(days=w.rng.randint(0, 4))
    name, _, last = person(w.rng, 0.15)
    if kind == "knee":
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    else:
        c.provider = w.pick([f"{name}, DPM", f"Dr. {name}, DPM"])
    c.extra["sc_prov_last"] = last
    c.extra["sc_pcp"] = w.pick(["Dr. ", "Dra. "]) + person(w.rng, 0.1)[0]
    c.extra["sc_shop"] = (w.pick(_SC_SHOPS), _phone(w, _SC_AREAS))
    c.extra["sc_fac"] = w.pick(facilities("CA", "Southern California"))
    c.criteria = [] if _bare(c) or _has(c, "notice.criteria_cited") else [w.pick(_SC_CRIT[kind])]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Coordinadora de autorizaciones", "Especialista en equipo médico y aparatos ortopédicos",
                         "Enfermero de revisión de utilización"], ["RN", None, "LVN"])
    elif w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Medicina física y rehabilitación", "Cirugía ortopédica",
                                            "Medicina familiar"]) if w.chance(0.7) else None,
                          phone=_phone(w, _SC_AREAS) if w.chance(0.45) else None)
        c.reviewer_title = w.pick(["Médico revisor", "Directora médica asociada, Autorizaciones",
                                   "Médico de revisión de utilización"])
    c.extra["sc_phone"] = _phone(w, _SC_AREAS)
    c.extra["sc_fax"] = _phone(w, _SC_AREAS)
    c.extra["sc_noa"] = f"NOA-{w.rng.randint(10, 99)}-{w.rng.randint(100000, 999999)}"
    _flags(c)


def reason_b33_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    kind, why, side = c.extra["sc_kind"], c.extra["sc_why"], c.extra["sc_side"]
    if _bare(c):
        return w.pick(["El aparato solicitado no es médicamente necesario.",
                       "No cumple los criterios de necesidad médica.",
                       "Su solicitud no reúne los requisitos médicos."])
    wk = c.extra["sc_weeks"]
    if kind == "knee" and why == "notrial":
        return w.pick([
            f"Una rodillera hecha a la medida solo es médicamente necesaria cuando una rodillera prefabricada no le "
            f"queda o no le sirve. Su expediente no muestra que usted haya probado una rodillera prefabricada en la "
            f"rodilla {side}, ni una razón médica por la que no podría usarla.",
            f"No aprobamos la rodillera a la medida porque sus notas médicas no indican que se haya probado primero "
            f"una rodillera prefabricada para la rodilla {side}. Sin esa prueba, la rodillera a la medida no es "
            "médicamente necesaria.",
        ])
    if kind == "knee":
        return w.pick([
            f"Las medidas de su pierna {side} que envió su médico están dentro de las tallas de las rodilleras "
            "prefabricadas, y el examen no describe ninguna deformidad que impida usar una. Por eso la rodillera "
            "hecha a la medida no es médicamente necesaria.",
            f"Según el examen y las medidas de su rodilla {side}, una rodillera prefabricada le puede quedar bien: "
            "no hay deformidad, cicatriz ni forma de la pierna que lo impida. La rodillera a la medida no es "
            "médicamente necesaria.",
        ])
    if why == "conservative":
        return w.pick([
            f"Su dolor de talón comenzó hace unas {wk} semanas y sus notas no muestran que haya probado primero "
            "ejercicios de estiramiento, calzado de soporte o plantillas de venta en farmacia. Las plantillas "
            "moldeadas a la medida no son médicamente necesarias antes de probar esos tratamientos.",
            f"No aprobamos las plantillas a la medida porque sus registros solo describen unas {wk} semanas de dolor "
            "en el pie y ningún tratamiento previo (estiramientos, zapatos de soporte o plantillas comunes). Con esa "
            "información, no son médicamente necesarias.",
        ])
    return w.pick([
        "El examen de sus pies describe un arco flexible, sin deformidad, llagas ni cambios en la piel. Para ese "
        "cuadro, las plantillas prefabricadas dan el mismo soporte, así que las plantillas moldeadas a la medida no "
        "son médicamente necesarias.",
        "Sus registros muestran pie plano flexible sin deformidad fija ni lesiones en la piel; unas plantillas "
        "prefabricadas pueden atender esa necesidad. Por eso no son médicamente necesarias las plantillas "
        "moldeadas a la medida.",
    ])


def _sc_svc(w: W, s: dict, style: int) -> str:
    code = s["codes"][0]
    cm = M("HCPCS", code)
    t = M("SERVICE", s["text"])
    return [f"{t} (código HCPCS {cm})", f"{cm} – {t}", f"{t} [{cm}]"][style]


def _sc_dx(w: W, d: dict, style: int) -> str:
    cm = M("ICD10", d["codes"][0])
    t = M("DIAGNOSIS", d["text"])
    return [f"{t} ({cm})", f"{cm}: {t}", f"{t}, código CIE-10 {cm}"][style]


def _sc_dmhc(w: W) -> Block:
    return w.p(
        "El Departamento de Atención Médica Administrada de California (California Department of Managed Health "
        "Care) es el responsable de regular los planes de servicios de salud. Si tiene una queja contra su plan de "
        f"salud, primero debe llamar por teléfono a su plan al {_SC_MS} (TTY 711) y seguir el proceso de quejas de su "
        "plan antes de comunicarse con el departamento. Usar este procedimiento de quejas no le quita ningún derecho "
        "ni recurso legal que pueda tener. Si necesita ayuda con una queja sobre una emergencia, con una queja que "
        "su plan de salud no resolvió de manera satisfactoria o con una queja que sigue sin resolverse después de "
        "más de 30 días, puede llamar al departamento para pedir ayuda. Usted también podría tener derecho a una "
        "Revisión Médica Independiente (IMR). Si tiene derecho a una IMR, el proceso de IMR hará una revisión "
        "imparcial de las decisiones médicas que tome un plan de salud sobre la necesidad médica de un servicio o "
        "tratamiento propuesto, de las decisiones de cobertura de tratamientos de carácter experimental o en "
        "investigación y de las disputas de pago por servicios médicos de emergencia o urgencia. El departamento "
        "también tiene un número de teléfono gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) para personas "
        "con problemas de audición o del habla. En el sitio web del departamento, www.dmhc.ca.gov, hay formularios "
        "de queja, formularios de solicitud de IMR e instrucciones.",
        bold=True, size=12.0, space_before=8)


def _sc_rights(w: W, b: list[Block], size: float) -> None:
    c = w.c
    ph = c.extra["sc_phone"]

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=size + 0.5))

    head(w.pick(["Si no está de acuerdo: cómo apelar ante Kaiser Permanente", "Su derecho a apelar",
                 "Apelación con su plan"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"Puede pedirnos una apelación dentro de los {M('APPEAL_DAYS', c.appeal_phrase)} siguientes a la fecha "
            f"de este aviso. Llame a Servicio a los Miembros al {_SC_MS} (TTY 711), escríbanos, llene el formulario "
            "en kp.org o vaya a una oficina de Servicio a los Miembros. Su médico o una persona que usted nombre "
            "por escrito puede apelar en su nombre.",
            f"Usted tiene {M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha que aparece en este aviso para "
            f"apelar. Puede hacerlo por teléfono ({_SC_MS}, TTY 711), por correo, en kp.org o en persona; con su "
            "permiso, su proveedor u otra persona puede apelar por usted.",
        ])))
    b.append(w.p(w.pick([
        "Le daremos una respuesta por escrito en un plazo de 30 días. Si esperar 30 días pone en grave peligro su "
        "vida, su salud o su capacidad de funcionar, pida una apelación rápida: la decidimos en 72 horas.",
        "Decidimos las apelaciones normales en 30 días. Cuando la espera podría dañar gravemente su salud, usted o "
        "su médico pueden pedir una apelación acelerada, que decidimos en un máximo de 72 horas.",
    ])))
    head(w.pick(["Audiencia Estatal", "Cómo pedir una Audiencia Estatal", "Después de la apelación: Audiencia "
                                                                          "Estatal"]))
    b.append(w.p(w.pick([
        "Si después de la apelación seguimos negando el servicio, puede pedir una Audiencia Estatal al Departamento "
        "de Servicios Sociales de California (CDSS) dentro de los 120 días siguientes a la fecha de nuestra carta "
        "con la decisión de la apelación. Si no le contestamos la apelación en 30 días, puede pedir la audiencia sin "
        "esperar más.",
        "Cuando reciba nuestra decisión de la apelación, tendrá 120 días a partir de la fecha de esa carta para "
        "pedir una Audiencia Estatal. Si no decidimos su apelación a tiempo (30 días), puede pedir la Audiencia "
        "Estatal de inmediato.",
    ])))
    b.append(w.p(w.pick([
        "Para pedirla, llame al (800) 743-8525 o al (800) 952-5253 (TDD (800) 952-8349), hágalo en línea o escriba "
        "a: California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail Station "
        "9-17-37, Sacramento, CA 94244-2430.",
        "Teléfonos de Audiencias Estatales: (800) 743-8525 y (800) 952-5253; TDD (800) 952-8349. Dirección: "
        "California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
        "Sacramento, CA 94244-2430. También puede pedirla en línea.",
    ])))
    b.append(w.p(w.pick([
        "Revisión Médica Independiente (IMR): si no ha pedido una Audiencia Estatal, también puede pedir una IMR al "
        "Departamento de Atención Médica Administrada (DMHC). Si primero pide una Audiencia Estatal, ya no podrá "
        "pedir una IMR sobre el mismo asunto.",
        "También puede pedir al DMHC una Revisión Médica Independiente (IMR), siempre que no haya pedido antes una "
        "Audiencia Estatal por este mismo problema.",
    ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Seguir recibiendo un servicio durante la apelación: si este aviso reduce o suspende un servicio que ya "
            "recibe, puede seguir recibiéndolo mientras se decide su apelación si apela dentro de los 10 días "
            "siguientes a la fecha de este aviso, o antes de la fecha en que cambie el servicio, y pide que continúe.",
            "Si esta decisión cambia o detiene un servicio que usted ya tiene, puede pedir que siga mientras apela. "
            "Para eso, presente la apelación en un plazo de 10 días a partir de la fecha de este aviso o antes de "
            "que termine el servicio.",
        ])))
    b.append(w.p(w.pick([
        "Tiene derecho a recibir gratis copias de todos los documentos, expedientes e información que usamos para "
        "decidir, incluidos los criterios de necesidad médica.",
        "Puede pedirnos, sin costo, copias de su expediente y de los criterios y documentos en los que se basó "
        "esta decisión.",
    ])))
    b.append(w.p(w.pick([
        "La Oficina del Ombudsman de Medi-Cal puede ayudarle sin costo: 1-888-452-8609 (TTY 711).",
        "Para ayuda gratuita con Medi-Cal, llame a la Oficina del Ombudsman de Atención Administrada de Medi-Cal al "
        "1-888-452-8609.",
    ])))
    b.append(w.p(w.pick([f"Preguntas sobre este aviso: llame al {ph} o a Servicio a los Miembros al {_SC_MS} "
                         "(TTY 711).",
                         f"Si tiene preguntas, llame a la unidad de autorizaciones al {ph} (fax {c.extra['sc_fax']})."
                         ])))


def t_b33_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 form with boxes, 1 plain letter, 2 Resumen box first
    st = _style(w, ["helvetica", "times"], [9.5, 10.0] if variant == 0 else [10.0, 10.5], [54.0, 60.0, 66.0])
    kind, side = c.extra["sc_kind"], c.extra["sc_side"]
    noa = c.extra["sc_noa"]
    ph, fax = c.extra["sc_phone"], c.extra["sc_fax"]
    shop, shop_ph = c.extra["sc_shop"]
    st.footer = [w.pick([f"Aviso {noa} – página {{page}} de {{pages}}", "Kaiser Permanente Medi-Cal | {page}",
                         f"{noa} · pág. {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([_sc_svc(w, s, w.rng.randrange(3)) for s in c.services], "y")
    dxs = "; ".join(_sc_dx(w, d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    what = "la rodillera a la medida" if kind == "knee" else "las plantillas moldeadas a la medida"
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Sur de California · Medi-Cal",
                         w.pick(["Departamento de Autorizaciones", "Revisión de Utilización",
                                 "Unidad de Equipo Médico y Ortesis"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "393 East Walnut Street, Pasadena, CA 91188",
                          f"Tel. {ph}   Fax {fax}"]))
    if variant == 2:  # the summary box comes first, right under the letterhead
        where = f"la rodilla {side}" if kind == "knee" else "sus pies"
        parts = [w.pick([f"Lo que se pidió: {what} para {where} "
                         f"({', '.join(s['codes'][0] for s in c.services)}).",
                         f"Solicitud: {what} para {where}."]),
                 w.pick(["Decisión: NO APROBADA.", "Nuestra respuesta: denegada."])]
        if c.appeal_phrase:
            due = M("APPEAL_DAYS", c.appeal_phrase)
            parts.append(w.pick([f"Si no está de acuerdo, apele dentro de {due} desde la fecha de este aviso.",
                                 f"Plazo para apelar: {due} a partir de la fecha de este aviso."]))
        parts.append(f"Fecha del aviso: {_dm(w, 'DATE_LETTER', c.letter)}.")
        b.append(w.h(w.pick(["RESUMEN", "Resumen de este aviso"]), space_before=8, size=st.size + 1))
        b.append(w.p(" ".join(parts), boxed=True, space_before=2))
    if variant == 1:
        city = w.pick(["Pasadena, California", "Los Ángeles, California", "Fontana, California"])
        b.append(w.p(f"{city}, {_dm(w, 'DATE_LETTER', c.letter)}", space_before=8, align=w.pick(["left", "right"])))
    elif variant == 2:
        b.append(w.p(f"Fecha: {_fd(w, c.letter)}", space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    title = w.pick(["AVISO DE ACCIÓN", "Aviso de Acción", "AVISO DE ACCIÓN – Denegación de servicio"])
    sub = w.pick(["Sobre su solicitud de un aparato ortopédico", "Su solicitud de servicio fue denegada",
                  "Decisión sobre un servicio pedido por su médico"])
    if variant == 0:
        b.append(w.h(title, space_before=12, size=st.size + 3, align="center"))
        b.append(w.p(sub, space_before=1, align="center"))
        grid = [["Casilla", "Dato", "Casilla", "Dato"],
                ["1. Miembro", w.name(), "2. N.º de miembro (CIN)", w.mid()],
                ["3. Fecha del aviso", _dm(w, "DATE_LETTER", c.letter), "4. N.º de aviso", noa],
                ["5. Médico que pidió", prov, "6. Teléfono de la unidad", ph]]
        if c.received or c.decision:
            grid.append(["7. Solicitud recibida", rec or "—", "8. Fecha de la decisión", dec or "—"])
        b.append(Block("table", rows=grid, space_before=10, size=st.size - 0.5))
        boxes = [("Lo que se pidió", f"{svcs}."),
                 ("Diagnóstico", f"{dxs}."),
                 ("Nuestra decisión", w.pick([f"Kaiser Permanente NEGÓ {what}.",
                                                  f"Hemos denegado {what} que pidió su médico."])),
                 ("Motivo de la decisión", M("REASON", w.reason))]
        if c.criteria:
            boxes.append(("Criterios usados", join_and([M("CRITERIA", x) for x in c.criteria], "y") + "."))
        if c.reviewer:
            boxes.append(("Revisado por", _who(w, "", ".")))
        for k, (lab, txt) in enumerate(boxes, 2 * (len(grid) - 1) + 1):  # numbered on from the grid's boxes
            b.append(w.h(f"{k}. {lab}", space_before=7, size=st.size - 0.5))
            b.append(w.p(txt, boxed=True, space_before=1))
    else:
        b.append(w.p(w.pick([f"Número de miembro: {w.mid()}    Aviso: {noa}",
                             f"N.º de miembro {w.mid()} · N.º de aviso {noa}"]), space_before=8, size=st.size - 0.5))
        b.append(w.h(title, space_before=10, size=st.size + 2))
        b.append(w.p(sub, space_before=0, italic=True))
        b.append(w.p(w.pick([f"Estimado(a) {c.member_salute}:", f"Estimado(a) {c.member_salute},",
                             "Estimado miembro de Medi-Cal:"]), space_before=8))
        intro = w.pick([f"Su médico, {prov}, nos pidió aprobar lo siguiente: {svcs}.",
                        f"Recibimos una solicitud de su médico ({prov}) para {svcs}."])
        if rec:
            intro += w.pick([f" Recibimos la solicitud el {rec}.", f" La solicitud llegó el {rec}."])
        if dec:
            intro += w.pick([f" Tomamos esta decisión el {dec}.", f" La decisión se tomó el {dec}."])
        intro += w.pick([" Kaiser Permanente ha denegado esta solicitud.", " No podemos aprobarla."])
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnóstico: ", "Su diagnóstico: ", "Condición médica: "]) + dxs + "."))
        b.append(w.h(w.pick(["Motivo de la decisión", "Por qué tomamos esta decisión", "¿Por qué se negó?"]),
                     space_before=9))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p(w.pick(["Para decidir usamos: ", "Criterios que aplicamos: "]) +
                         join_and([M("CRITERIA", x) for x in c.criteria], "y") + "."))
        if c.reviewer:
            line = _who(w, w.pick(["Esta solicitud la revisó ", "Decisión tomada por "]), ".")
            if c.reviewer["phone"]:
                line += f" Su médico puede llamarle al {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            b.append(w.p(line))
    # what the doctor can do next, with earlier visits and the off-the-shelf choice (none of them truth)
    visit, xray, cast = (_fd(w, c.extra[k]) for k in ("sc_visit", "sc_xray", "sc_cast"))
    if not _bare(c):
        if kind == "knee":
            nxt = w.pick([
                f"Revisamos la nota de la consulta del {visit} y la radiografía del {xray}. Su médico puede pedir "
                "una rodillera ajustable prefabricada (código L1833); si no le queda bien, puede enviarnos una nueva "
                "solicitud con esa información.",
                f"Tuvimos en cuenta su consulta del {visit} y las radiografías del {xray}. Una rodillera "
                "prefabricada (L1833) sigue siendo una opción que su médico puede pedir.",
            ])
        else:
            nxt = w.pick([
                f"Revisamos la consulta del {visit} y el molde tomado en {shop} el {cast}. Si los tratamientos "
                "sencillos no le ayudan, su médico puede enviar una nueva solicitud.",
                f"Las medidas y el molde de {shop} ({cast}) y la nota de la consulta del {visit} forman parte de "
                "lo que revisamos.",
            ])
        b.append(w.p(nxt))
    b.append(w.p(w.pick([f"Enviamos una copia de este aviso a {prov} y a su médico de cabecera, "
                         f"{c.extra['sc_pcp']}.",
                         f"Copia: {prov}; {c.extra['sc_pcp']} (médico de cabecera); {shop}, tel. {shop_ph}."]),
                 size=st.size - 0.5))
    if variant == 0 and c.reviewer and c.reviewer["phone"]:
        b.append(w.p(f"Línea directa del revisor para su médico: {M('REVIEWER_PHONE', c.reviewer['phone'])}.",
                     size=st.size - 0.5))
    if variant == 0:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["SUS DERECHOS", "Sus derechos como miembro de Medi-Cal"]), size=st.size + 2,
                     space_before=0))
    else:
        b.append(w.h(w.pick(["Sus derechos", "Sus derechos de apelación y audiencia"]), space_before=12,
                     size=st.size + 1))
    _sc_rights(w, b, st.size)
    if not _has(c, "notice.dmhc_statement"):
        b.append(_sc_dmhc(w))
    if variant != 0:
        _signature(w, b, "Departamento de Autorizaciones", "Kaiser Permanente, Sur de California – Medi-Cal",
                   w.pick(["Atentamente,", "Cordialmente,"]))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de idioma sin costo: pida un intérprete o este aviso en letra grande "
                             f"llamando al {_SC_MS} (TTY 711).",
                             f"¿Necesita un intérprete u otro formato? Es gratis: {_SC_MS} (TTY 711)."]),
                     space_before=8))
        b.append(Block("pagebreak"))
        b += _lang_lines(w, "SCAL", f"{_SC_MS} (TTY 711)", w.pick(["Ayuda con el idioma / Language help",
                                                                   "Asistencia en otros idiomas"]), True, 8.0)
    return b, st, ["sc_es_form_boxes", "sc_es_plain_letter", "sc_es_resumen_first"][variant]


BLIND33_TEMPLATES["blind33_scal_medi_cal_spanish_orthotics"] = (t_b33_sc, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b33_sc))
MODELED_ON["blind33_scal_medi_cal_spanish_orthotics"] = (
    "blind33: Kaiser Permanente Southern California Medi-Cal Notice of Action written in Spanish denying a custom "
    "knee orthosis (L1846/L1840) or custom-molded foot orthotics (L3000, L3020) as not medically necessary; a form "
    "with numbered boxes, a plain letter, or a Resumen box first; 60-day appeal from the notice date, 30-day and "
    "72-hour appeals, State Hearing within 120 days of the appeal decision with CDSS phones and address, IMR, "
    "continuing services within 10 days, free copies, the Medi-Cal ombudsman, the DMHC statement in Spanish, "
    "language-help lines")


# === 2. Mid-Atlantic FEHB: corneal cross-linking approved for one eye, denied for the other ======================

_MAS_SVC = ["corneal collagen cross-linking, {eye} eye", "corneal cross-linking (epithelium-off) of the {eye} eye",
            "collagen cross-linking of the cornea, {eye} eye"]
_MAS_RIBO = ["riboflavin 5'-phosphate ophthalmic solution, {eye} eye",
             "riboflavin ophthalmic solution for cross-linking, {eye} eye"]
_MAS_DX = {("right", "unstable"): ("Keratoconus, unstable, right eye", "H18.621"),
           ("left", "unstable"): ("Keratoconus, unstable, left eye", "H18.622"),
           ("right", "stable"): ("Keratoconus, stable, right eye", "H18.611"),
           ("left", "stable"): ("Keratoconus, stable, left eye", "H18.612")}
_MAS_CRIT = ["Kaiser Permanente Mid-Atlantic States Medical Policy: Corneal Collagen Cross-Linking",
             "MCG Ambulatory Care Guideline: Corneal Collagen Cross-Linking",
             "KP Mid-Atlantic Ophthalmology Coverage Criteria for Keratoconus Procedures"]
_MAS_AREAS = {"MD": ["301", "240", "410"], "VA": ["703", "571"], "DC": ["202"]}
_MAS_ABBR = {"right": "OD", "left": "OS"}


def _mas_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b33_mas"):
        return
    c.extra["b33_mas"] = True
    _fmt(w, EN_STYLES)
    c.region = "Mid-Atlantic States"
    c.urgency = "standard"
    c.member_addr = address(w.rng, c.state, "Mid-Atlantic States")
    den = c.extra["mas_den"] = w.pick(["right", "left"])
    ok = c.extra["mas_ok"] = "left" if den == "right" else "right"
    why = c.extra["mas_why"] = w.pick(["stable", "stable", "thin"])
    c.services = [dict(text=w.pick(_MAS_SVC).format(eye=den), codes=["0402T"], decision="denied")]
    c.extra["mas_ribo"] = w.chance(0.35)
    if c.extra["mas_ribo"]:
        c.services.append(dict(text=w.pick(_MAS_RIBO).format(eye=den), codes=["J2787"], decision="denied"))
    if why == "thin" and w.chance(0.4):
        c.diagnoses = [dict(text="Keratoconus, unstable, bilateral", codes=["H18.623"])]
    else:
        order = [ok, den] if w.chance(0.6) else [den, ok]
        c.diagnoses = []
        for eye in order:
            t, code = _MAS_DX[(eye, "stable" if eye == den and why == "stable" else "unstable")]
            c.diagnoses.append(dict(text=t, codes=[code]))
    k_ok = round(w.rng.uniform(49.0, 58.0), 1)
    k_den = round(w.rng.uniform(46.0, 53.0), 1)
    c.extra["mas_k"] = dict(
        ok0=k_ok, ok1=round(k_ok + w.rng.uniform(1.1, 2.6), 1), den0=k_den,
        den1=round(k_den + (w.rng.uniform(0.0, 0.5) if why == "stable" else w.rng.uniform(1.0, 2.0)), 1),
        pach_ok=w.rng.randint(418, 470), pach_den=w.rng.randint(338, 388) if why == "thin" else w.rng.randint(425, 480))
    c.extra["mas_months"] = w.rng.randint(10, 16)
    _keep_timely(w, 20, 13)
    base = c.received or c.letter
    c.extra["mas_topo1"] = base - dt.timedelta(days=30 * c.extra["mas_months"] + w.rng.randint(0, 20))
    c.extra["mas_topo2"] = base - dt.timedelta(days=w.rng.randint(5, 28))
    c.extra["mas_surgery"] = c.letter + dt.timedelta(days=w.rng.randint(12, 40))
    c.service = None
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["mas_prov_last"] = last
    c.extra["mas_od"] = person(w.rng, 0.1)[0] + ", OD"
    c.extra["mas_fac"] = w.pick(facilities(c.state))
    c.criteria = [] if _bare(c) or w.chance(0.3) else [w.pick(_MAS_CRIT)]
    if w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Ophthalmology", "Cornea and External Disease"]) if w.chance(0.75)
                          else None,
                          phone=_phone(w, _MAS_AREAS[c.state]) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Utilization Management", "Associate Medical Director",
                                   "Reviewing Ophthalmologist"])
    c.extra["mas_fax"] = _phone(w, _MAS_AREAS[c.state])
    c.extra["mas_ref"] = f"PA-{w.rng.randint(100000, 999999)}-{w.pick(['MAS', 'FEP', 'UM'])}"
    _flags(c)


def reason_b33_mas(w: W) -> str:
    _mas_setup(w)
    c = w.c
    den = c.extra["mas_den"]
    k = c.extra["mas_k"]
    if _bare(c):
        return w.pick([f"Cross-linking of the {den} eye is not medically necessary.",
                       f"The {den} eye does not meet medical necessity criteria.",
                       f"The request for the {den} eye is denied as not medically necessary."])
    if c.extra["mas_why"] == "stable":
        mo = c.extra["mas_months"]
        return w.pick([
            f"Cross-linking is covered to stop keratoconus that is getting worse. Your {den} eye's corneal "
            f"measurements over about {mo} months show no progression (the steepest reading went from "
            f"{k['den0']} to {k['den1']} diopters), so the procedure is not medically necessary for that eye now.",
            f"The records do not show that the keratoconus in your {den} eye is progressing: its maximum corneal "
            f"curvature changed by less than 1 diopter ({k['den0']} D to {k['den1']} D) over {mo} months. Without "
            f"documented progression, cross-linking of the {den} eye is not medically necessary.",
        ])
    return w.pick([
        f"The thinnest part of your {den} cornea measured {k['pach_den']} microns, and standard cross-linking is "
        f"not considered safe or medically necessary when the cornea is thinner than 400 microns, so we cannot "
        f"approve it for the {den} eye.",
        f"Your {den} eye's corneal thickness at its thinnest point is {k['pach_den']} microns, below the 400-micron "
        "minimum for the procedure; cross-linking that eye is not medically necessary and could harm the cornea.",
    ])


def _mas_rights(w: W, b: list[Block], numbered: list[int] | None) -> None:
    c = w.c

    def para(t: str) -> None:
        if numbered is not None:
            numbered[0] += 1
            t = f"{numbered[0]}. {t}"
        b.append(w.p(t))

    if numbered is None:
        b.append(w.h(w.pick(["Your right to ask us to reconsider", "Disputed claims process", "If you disagree"]),
                     space_before=10))
    if c.appeal_phrase:
        para(w.pick([
            f"You may ask us in writing to reconsider this decision within {M('APPEAL_DAYS', c.appeal_phrase)} from "
            "the date of this letter (5 CFR 890.105). Tell us which part of the decision you disagree with and why, "
            "and send any records or a letter from your eye doctor that you want us to consider.",
            f"To dispute the denial for the {c.extra['mas_den']} eye, write to us within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date on this letter and ask us to reconsider (the FEHB "
            "disputed claims rule, 5 CFR 890.105). Include the "
            "reference number above and any information that supports the request.",
        ]))
    para(w.pick([
        "We will answer your reconsideration request within 30 days after we receive it, or ask you for more "
        "information within that time.",
        "Kaiser Permanente has 30 days from receiving your request for reconsideration to affirm or change this "
        "decision in writing.",
    ]))
    if not _has(c, "notice.external_review"):
        para(w.pick([
            "If we affirm the denial, or do not respond within 30 days, you may ask the U.S. Office of Personnel "
            "Management (OPM) to review the claim: Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415. "
            "Please check Section 8 of your FEHB brochure for the OPM health insurance group that handles Kaiser "
            "Permanente claims and for the time limit to ask. OPM sends its final answer within 60 days.",
            "The next step after our reconsideration is a review by the Office of Personnel Management, which runs "
            "the Federal Employees Health Benefits Program (1900 E Street NW, Washington, DC 20415). Your plan "
            "brochure, Section 8, gives the exact OPM office and the deadline; check it before you write. OPM "
            "decides within 60 days.",
        ]))
    para(w.pick([
        "If waiting could seriously jeopardize your life, health or ability to regain maximum function, tell us the "
        "claim is urgent when you call or write, and we will handle it as an urgent claim.",
        "Please tell us right away if your request is urgent because a delay could seriously harm your health.",
    ]))
    para(w.pick([
        "You may ask for free copies of the records, criteria and other information we used in this decision.",
        "On request, and at no charge, we will send you the documents and guidelines relevant to this decision.",
    ]))
    para(w.pick([
        "Questions: Member Services, 1-800-777-7902 or (301) 468-6000 in the Washington, DC metro area, "
        "TTY (301) 879-6380, Monday to Friday, 7:30 a.m. to 5:30 p.m.",
        "Call Member Services at 1-800-777-7902 (local (301) 468-6000; TTY (301) 879-6380) with questions about "
        "this letter.",
    ]))


def t_b33_mas(w: W):
    _mas_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 eye table, 1 numbered paragraphs, 2 pleading line numbers
    if variant == 2:
        st = _style(w, ["courier", "times"], [9.5, 10.0], [72.0, 78.0])
        st.line_numbers = True
        st.leading = w.pick([1.45, 1.6])
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [54.0, 62.0, 70.0])
    den, ok = c.extra["mas_den"], c.extra["mas_ok"]
    ref = c.extra["mas_ref"]
    k = c.extra["mas_k"]
    fax = c.extra["mas_fax"]
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente FEHB | Prior approval | {page}",
                         f"Ref. {ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if variant == 2:
        st.header = [f"{c.member_name} - {ref}"]
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    t1, t2, surg = (_fd(w, c.extra[x]) for x in ("mas_topo1", "mas_topo2", "mas_surgery"))
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick(["Utilization Management",
                                                                            "Prior Approval Review",
                                                                            "Clinical Review Services"])],
                   right=["", "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "2101 East Jefferson Street, Rockville, MD 20852", f"Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}    Federal Employees Health Benefits Program",
                 size=st.size - 0.5, space_before=8))
    b.append(w.h(w.pick(["Prior approval decision: corneal cross-linking", "Notice of partial approval",
                         "Your request for corneal collagen cross-linking"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([f"{prov} asked us to approve corneal collagen cross-linking for both of your eyes.",
                    f"We reviewed a request from {prov} for cross-linking treatment of each eye."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if dec:
        intro += w.pick([f" We decided it on {dec}.", f" Our decision was made on {dec}."])
    decision = w.pick([f"We approved the treatment for your {ok} eye. We did not approve {svcs}.",
                       f"The {ok} eye is approved; {svcs} is not approved." if len(c.services) == 1 else
                       f"The {ok} eye is approved; {svcs} are not approved."])
    readings = w.pick([
        f"Readings reviewed: {ok} eye, steepest curvature {k['ok0']} D on {t1} and {k['ok1']} D on {t2}, thinnest "
        f"cornea {k['pach_ok']} microns; {den} eye, {k['den0']} D and {k['den1']} D on the same dates, thinnest "
        f"cornea {k['pach_den']} microns. The measurements were taken by {c.extra['mas_od']}.",
        f"Corneal topography by {c.extra['mas_od']} on {t1} and {t2}: Kmax {ok} {k['ok0']} to {k['ok1']} D, "
        f"{den} {k['den0']} to {k['den1']} D. Pachymetry ({t2}): {ok} {k['pach_ok']} microns, {den} "
        f"{k['pach_den']} microns.",
    ])
    after = w.pick([
        f"The approved treatment of your {ok} eye is planned at {c.extra['mas_fac']} on or about {surg}; the "
        "surgery scheduler will confirm the time.",
        f"Your {ok} eye can be treated as planned ({c.extra['mas_fac']}, around {surg}). Your eye doctor may send "
        f"a new request for the {den} eye if later measurements change.",
    ])
    crit = (w.pick(["We applied ", "The review used "]) + join_and([M("CRITERIA", x) for x in c.criteria]) + ".") \
        if c.criteria else ""
    rline = ""
    if c.reviewer:
        rline = _who(w, w.pick(["This decision was made by ", "Physician reviewer: "]), ".")
        if c.reviewer["phone"]:
            rline += f" Your doctor may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
    if variant == 1:
        n = [0]

        def para(t: str, **kw) -> None:
            n[0] += 1
            b.append(w.p(f"{n[0]}. {t}", **kw))

        para(intro)
        para(decision)
        para(w.pick(["Diagnosis: ", "Diagnoses on the request: "]) + dxs + ".")
        para(w.pick(["Reason for the denial: ", "Why the denied eye does not qualify: "]) + M("REASON", w.reason))
        if not _bare(c):
            para(readings)
        if crit:
            para(crit)
        if rline:
            para(rline)
        para(after)
        para(w.pick(["Your FEHB brochure describes the prior approval rules for surgery and the disputed claims "
                     "process (Section 8).", "See your FEHB plan brochure: services needing prior approval, and "
                                             "Section 8, the disputed claims process."]))
        _mas_rights(w, b, n)
    else:
        b.append(w.p(intro))
        if variant == 0:
            oneword = "0402T" + (" + J2787" if c.extra["mas_ribo"] else "")
            rows = [["Eye", "Requested", "Decision"],
                    [f"{ok.capitalize()} eye ({_MAS_ABBR[ok]})", f"Corneal cross-linking ({oneword})", "Approved"],
                    [f"{den.capitalize()} eye ({_MAS_ABBR[den]})", f"Corneal cross-linking ({oneword})",
                     w.pick(["Not approved", "Denied"])]]
            if w.chance(0.5):
                rows = [rows[0], rows[2], rows[1]]
            b.append(Block("table", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p(decision))
        b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses: "]) + dxs + "."))
        b.append(w.h(w.pick([f"Why the {den} eye was not approved", "Reason for the decision", "Our reason"]),
                     space_before=10))
        b.append(w.p(M("REASON", w.reason)))
        if not _bare(c):
            b.append(w.p(readings))
        if crit:
            b.append(w.p(crit))
        if rline:
            b.append(w.p(rline))
        b.append(w.p(after))
        b.append(w.p(w.pick(["Your FEHB brochure explains which surgeries need prior approval and how to dispute a "
                             "decision (Section 8).", "The disputed claims process is in Section 8 of your FEHB "
                                                     "plan brochure."])))
        _mas_rights(w, b, None)
    _signature(w, b, "Utilization Management", "Kaiser Permanente Mid-Atlantic States",
               w.pick(["Sincerely,", "Respectfully,"]))
    b.append(w.p(f"cc: {prov}", size=8.4, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Free interpreter and translation services: 1-800-777-7902 (TTY (301) 879-6380).",
                             "Interpreter services are free. Call 1-800-777-7902, TTY (301) 879-6380."]),
                     space_before=6))
    b += _lang_lines(w, "MAS", "1-800-777-7902", w.pick([None, "Language help"]), False)
    return b, st, ["mas_eye_table", "mas_numbered_paragraphs", "mas_pleading_lines"][variant]


BLIND33_TEMPLATES["blind33_midatlantic_fehb_crosslinking"] = (t_b33_mas, dict(
    plans=["fehb"], states=["MD", "VA", "DC"], kinds=["partial_denial"], cats=["medical_necessity"],
    reason=reason_b33_mas))
MODELED_ON["blind33_midatlantic_fehb_crosslinking"] = (
    "blind33: Kaiser Permanente Mid-Atlantic States FEHB prior approval letter on corneal collagen cross-linking "
    "(0402T, sometimes J2787) approved for one eye and denied for the other (no documented progression, or a cornea "
    "thinner than 400 microns); an eye table, numbered paragraphs, or a pleading-style page with line numbers; "
    "6-month reconsideration, 30-day answer, OPM review with its address and 60-day answer, brochure Section 8, "
    "free copies, Mid-Atlantic Member Services, taglines")


# === 3. Washington ERISA appeal: extra cardiac rehabilitation sessions beyond the limit ==========================

_WA_SVC = ["{n} additional outpatient cardiac rehabilitation sessions with ECG monitoring",
           "cardiac rehabilitation, {n} sessions beyond the plan limit (with continuous ECG monitoring)",
           "outpatient cardiac rehabilitation with ECG monitoring, {n} more sessions"]
_WA_DX = [(["Atherosclerotic heart disease of native coronary artery without angina pectoris"], "I25.10"),
          (["Old myocardial infarction"], "I25.2"), (["Ischemic cardiomyopathy"], "I25.5"),
          (["Presence of aortocoronary bypass graft"], "Z95.1"),
          (["Presence of coronary angioplasty implant and graft"], "Z95.5"),
          (["Presence of prosthetic heart valve"], "Z95.2")]
_WA_EVENT = {"I25.10": "coronary stenting", "I25.2": "heart attack", "I25.5": "heart attack",
             "Z95.1": "coronary bypass surgery", "Z95.5": "coronary stenting", "Z95.2": "heart valve replacement"}
_WA_CRIT = ["Kaiser Permanente Washington Clinical Review Criteria: Cardiac Rehabilitation",
            "AACVPR Guidelines for Cardiac Rehabilitation Programs",
            "KP Washington Medical Policy: Extension of Cardiac Rehabilitation Beyond 36 Sessions"]
_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "509", "360"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b33_wa"):
        return
    c.extra["b33_wa"] = True
    _fmt(w, EN_STYLES)
    c.region = "Washington"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "WA")
    n = c.extra["wa_n"] = w.pick([6, 8, 12, 12, 18])
    c.services = [dict(text=w.pick(_WA_SVC).format(n=n), codes=["93798"], decision="denied")]
    dx = list(_WA_DX)
    w.rng.shuffle(dx)
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in dx[: w.rng.randint(1, 2)]]
    c.extra["wa_event_kind"] = _WA_EVENT[c.diagnoses[0]["codes"][0]]
    # the appeal history: the appeal (received, decided) is the truth; the first request and denial are history
    if c.decision is None:
        c.decision = c.letter if c.letter else D.next_business(dt.date(2026, 3, 2))
    if c.letter < c.decision:
        c.letter = c.decision
    if _has(c, "process.decision_untimely"):
        c.received = c.decision - dt.timedelta(days=w.rng.randint(38, 58))
    elif c.received is None or (c.decision - c.received).days > 28 or (c.decision - c.received).days < 5:
        c.received = c.decision - dt.timedelta(days=w.rng.randint(6, 27))
    c.extra["wa_denial1"] = c.received - dt.timedelta(days=w.rng.randint(5, 60))
    c.extra["wa_request1"] = c.extra["wa_denial1"] - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["wa_last"] = c.extra["wa_request1"] - dt.timedelta(days=w.rng.randint(1, 14))
    c.extra["wa_first"] = c.extra["wa_last"] - dt.timedelta(days=w.rng.randint(84, 120))
    c.extra["wa_event"] = c.extra["wa_first"] - dt.timedelta(days=w.rng.randint(18, 50))
    c.extra["wa_cardio_note"] = c.received - dt.timedelta(days=w.rng.randint(1, 10))
    c.service = None
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, MD, FACC"])
    c.extra["wa_prov_last"] = last
    c.extra["wa_mets"] = (round(w.rng.uniform(3.5, 5.0), 1), round(w.rng.uniform(6.5, 9.5), 1))
    c.extra["wa_first_rev"] = person(w.rng, 0.2)[0] + w.pick([", MD", ", DO"])
    c.extra["wa_fac"] = w.pick(facilities("WA"))
    c.extra["wa_sec"] = w.pick(["4.11", "5.3", "IV.G", "7.2"])
    mn = c.category == "medical_necessity"
    c.criteria = [w.pick(_WA_CRIT)] if mn and not _has(c, "notice.criteria_cited") else []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Appeals Coordinator", "Member Appeals Analyst", "Appeals Case Manager"], ["RN", None])
    elif not mn and w.chance(0.35):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Appeals Program Manager", "Senior Appeals Consultant"])
    elif w.chance(0.15):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FACC"]),
                          specialty=w.pick(["Cardiology", "Cardiovascular Disease", "Internal Medicine"])
                          if w.chance(0.75) else None,
                          phone=_phone(w, _WA_AREAS) if w.chance(0.3) else None)
        c.reviewer_title = w.pick(["Appeals Physician Reviewer", "Medical Director, Member Appeals",
                                   "Independent Physician Reviewer (not involved in the first decision)"])
    c.extra["wa_fax"] = _phone(w, _WA_AREAS)
    c.extra["wa_case"] = f"APL-{w.rng.randint(2025, 2026)}-{w.rng.randint(10000, 99999)}"
    _flags(c)


def reason_b33_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    n = c.extra["wa_n"]
    lo, hi = c.extra["wa_mets"]
    if c.category == "not_covered":
        return w.pick([
            "Your plan covers up to 36 outpatient cardiac rehabilitation sessions for each qualifying heart event, "
            f"and you have used all 36 sessions for your {c.extra['wa_event_kind']}; the {n} additional sessions "
            "are beyond that limit and are not covered.",
            f"The plan's benefit for cardiac rehabilitation ends at 36 sessions per qualifying event. All 36 were "
            f"provided and paid, so the request for {n} more sessions is outside your coverage and the denial "
            "stands.",
        ])
    return w.pick([
        f"The plan covers sessions beyond 36 only when a new cardiac event or a medical need for continued "
        f"monitored exercise is documented. Your records show no new event, and your exercise capacity improved "
        f"from {lo} to {hi} METs, so {n} more monitored sessions are not medically necessary; you can continue "
        "exercising safely on a home program.",
        f"More than 36 sessions can be approved only if medically necessary. You reached {hi} METs on your last "
        "exercise test, had no symptoms or rhythm problems during the final sessions and no new cardiac event, "
        f"so the {n} additional monitored sessions are not medically necessary.",
    ])


def _wa_history(w: W) -> list[tuple[str, str]]:
    c = w.c
    first_rev = c.extra["wa_first_rev"]
    return [
        (w.pick(["Original request from your cardiologist", "Request for additional sessions submitted"]),
         _fd(w, c.extra["wa_request1"])),
        (w.pick([f"First denial (reviewer: {first_rev})", "Initial denial issued"]), _fd(w, c.extra["wa_denial1"])),
        (w.pick(["Appeal received", "Your appeal received"]), _dm(w, "DATE_RECEIVED", c.received)),
        (w.pick(["Appeal decided", "Appeal decision made"]), _dm(w, "DATE_DECISION", c.decision)),
    ]


def _wa_findings(w: W) -> list[str]:
    c = w.c
    lo, hi = c.extra["wa_mets"]
    first, last, ev = (_fd(w, c.extra[k]) for k in ("wa_first", "wa_last", "wa_event"))
    note = _fd(w, c.extra["wa_cardio_note"])
    out = [
        w.pick([f"You began cardiac rehabilitation at {c.extra['wa_fac']} on {first}, after your "
                f"{c.extra['wa_event_kind']} on {ev}, and attended your 36th session on {last}.",
                f"The program records show 36 sessions between {first} and {last}, following the "
                f"{c.extra['wa_event_kind']} of {ev}."]),
        w.pick([f"{M('PROVIDER', c.provider)} asked for {w.svc_with_codes(c.services[0], w.rng.randrange(3))}.",
                f"The request under appeal is for {w.svc_with_codes(c.services[0], w.rng.randrange(3))}, ordered by "
                f"{M('PROVIDER', c.provider)}."]),
        w.pick(["Diagnoses on the request: ", "Your diagnoses: "]) +
        "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + ".",
        w.pick([f"Your exercise capacity went from {lo} METs at the start of the program to {hi} METs at the end.",
                f"Exercise testing: {lo} METs at entry, {hi} METs at discharge."]),
        w.pick([f"Your cardiologist's letter of {note} asks for more supervised sessions to build confidence "
                "before exercising alone.",
                f"A letter from your cardiologist dated {note} supports the appeal."]),
    ]
    if not _has(c, "notice.plan_provision") and c.category == "not_covered":
        out.append(w.pick([
            f"The Summary Plan Description, Section {c.extra['wa_sec']} (\"Rehabilitation services\"), covers "
            "outpatient cardiac rehabilitation up to 36 sessions per qualifying cardiac event.",
            f"Plan terms: Summary Plan Description section {c.extra['wa_sec']}, cardiac rehabilitation, limit of 36 "
            "sessions for each qualifying event.",
        ]))
    elif c.category == "medical_necessity":
        out.append(w.pick([
            f"The Summary Plan Description (Section {c.extra['wa_sec']}) allows sessions beyond 36 when they are "
            "medically necessary.",
            "Sessions beyond the 36-session benefit are covered only when medically necessary under the plan.",
        ]))
    if c.criteria:
        out.append(w.pick(["The reviewer applied ", "Criteria used: "]) +
                   join_and([M("CRITERIA", x) for x in c.criteria]) + ".")
    return out


def _wa_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    head(w.pick(["Your rights after this decision", "What you can do next", "Further review"]))
    b.append(w.p(w.pick([
        "This is the plan's final internal decision on your claim; no further internal appeal is available.",
        "This letter completes the plan's internal appeal process.",
    ])))
    if not _has(c, "notice.external_review"):
        lead = w.pick([
            "You may ask for an external review of this decision by an independent review organization (IRO). "
            "Send your request within ",
            "An independent review organization can review this decision at no cost to you. You must ask within ",
        ])
        b.append(w.p(lead + (M("APPEAL_DAYS", c.appeal_phrase) if c.appeal_phrase else "4 months") +
                     w.pick([" after you receive this letter (45 CFR 147.136). Call Member Services or write to the "
                             "appeals address above to start it.",
                             " of the date you receive this notice (45 CFR 147.136); the IRO's decision is binding "
                             "on the plan."])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
        "Security Act (ERISA).",
        "Because your plan is governed by ERISA, you may file suit under ERISA section 502(a).",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your claim, "
        "including any criteria and the names of the reviewers consulted.",
        "At no charge, we will send you copies of your claim file and anything we relied on for this decision.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights you may contact the Employee Benefits Security Administration, U.S. "
            "Department of Labor, at 1-866-444-3272 (please check your plan documents for current contact "
            "information), or the Washington State Office of the Insurance Commissioner.",
            "Help is available from the Employee Benefits Security Administration, 1-866-444-3272 (check your plan "
            "documents for current contact details), and from the Washington State Office of the Insurance "
            "Commissioner.",
        ])))
    b.append(w.p(w.pick([f"Questions? Call Member Services at {_WA_MS} (TTY 711).",
                         f"Member Services: {_WA_MS}, TTY 711."])))


def t_b33_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 findings/conclusion with a dated list, 1 contents page first, 2 history table
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [56.0, 64.0, 72.0])
    case = c.extra["wa_case"]
    emp = c.extra["employer"]
    st.footer = [w.pick([f"Appeal {case} | page {{page}} of {{pages}}", "Kaiser Permanente Washington | {page}",
                         f"{case} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    sec = [0]

    toc = ["Decision in brief", "Appeal history", "Findings", "Conclusion", "Your rights"]

    def head(t: str) -> None:
        if variant == 1:  # the headings repeat the contents page
            t = f"{sec[0] + 1}. {toc[sec[0]]}"
            sec[0] += 1
        b.append(w.h(t, space_before=11, size=st.size + 1))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington", w.pick(["Member Appeals", "Appeals and Grievances",
                                                                   "Appeals Department"])],
                   right=["Kaiser Foundation Health Plan of Washington", "P.O. Box 34593, Seattle, WA 98124",
                          f"Fax {c.extra['wa_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Appeal: {case}    Group: {emp} (self-funded ERISA plan)",
                 size=st.size - 0.5, space_before=8))
    title = w.pick(["Appeal Decision: Cardiac Rehabilitation", "Final Internal Appeal Decision",
                    "Decision on Your Appeal"])
    b.append(w.h(title, space_before=10, size=st.size + 2))
    upheld = w.pick(["We have reviewed your appeal and are upholding the denial.",
                     "After a full review, the original denial is upheld.",
                     "Decision: the denial is upheld."])
    if variant == 1:
        rows = [["Section", "What it covers"], ["1. Decision in brief", "Our answer to your appeal"],
                ["2. Appeal history", "The dates of your request, the denial and this appeal"],
                ["3. Findings", "What the reviewer found in your records and your plan"],
                ["4. Conclusion", "Why the decision stands"], ["5. Your rights", "External review and other options"]]
        b.append(w.h(w.pick(["Contents", "In this letter"]), space_before=12))
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 0.5))
        b.append(w.p(w.pick(["Kaiser Foundation Health Plan of Washington administers claims for your employer's "
                             "self-funded plan; the plan, not Kaiser Permanente, pays for covered care.",
                             f"Your plan is sponsored by {emp}, and Kaiser Foundation Health Plan of Washington is "
                             "its claims administrator."]), space_before=10, size=st.size - 0.5))
        b.append(Block("pagebreak"))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    if variant == 1:
        head("Decision in brief")
    b.append(w.p(upheld + " " + w.pick([
        f"You asked us to reconsider our denial of {c.extra['wa_n']} more cardiac rehabilitation sessions.",
        "Your appeal concerned additional monitored cardiac rehabilitation sessions.",
    ])))
    head(w.pick(["Appeal history", "History of your request", "Timeline"]))
    hist = _wa_history(w)
    if variant == 2:
        rows = [[w.pick(["Event", "Step"]), "Date"]] + [[a, d] for a, d in hist]
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 0.5))
    else:
        for a, d in hist:
            b.append(w.p(f"{d} – {a}" if w.chance(0.5) else f"{a}: {d}", indent=14, space_before=1))
    head(w.pick(["Findings", "Findings of the review"]))
    for k, f in enumerate(_wa_findings(w), 1):
        b.append(w.p(f"{k}. {f}", indent=6, space_before=3))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["The appeal was decided by ", "Reviewer on appeal: "]), w.pick([
            ", who took no part in the first decision.", "."])) + (
            f" Direct line: {M('REVIEWER_PHONE', c.reviewer['phone'])}." if c.reviewer["phone"] else "")))
    head("Conclusion")
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        "We encourage you to keep exercising as your cardiologist advised; your care team can help you set up a home "
        "exercise plan.", "A home exercise program and follow-up with your cardiologist remain available to you.",
    ])))
    _wa_rights(w, b, head)
    _signature(w, b, "Member Appeals", "Kaiser Foundation Health Plan of Washington",
               w.pick(["Sincerely,", "Regards,"]))
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.4, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language interpreter services are free. Call {_WA_MS} (TTY 711).",
                             f"Need an interpreter? There is no cost: {_WA_MS}, TTY 711."]), space_before=6))
    b += _lang_lines(w, "WA", f"{_WA_MS} (TTY 711)", w.pick([None, "Language assistance"]), False)
    return b, st, ["wa_findings_conclusion", "wa_contents_first", "wa_history_table"][variant]


BLIND33_TEMPLATES["blind33_wa_erisa_cardiac_rehab_appeal"] = (t_b33_wa, dict(
    plans=["erisa_group"], states=["WA"], kinds=["grievance_decision"], cats=["not_covered", "medical_necessity"],
    reason=reason_b33_wa))
MODELED_ON["blind33_wa_erisa_cardiac_rehab_appeal"] = (
    "blind33: Kaiser Foundation Health Plan of Washington final appeal decision for a self-funded ERISA plan "
    "upholding the denial of cardiac rehabilitation sessions (93798) beyond the 36-session limit (not covered) or "
    "not medically necessary, in Findings and Conclusion with a four-step appeal history; a dated list, a contents "
    "page first, or a two-column history table; external review within 4 months (45 CFR 147.136), section 502(a), "
    "free copies, EBSA with caveat, the Washington insurance commissioner by name, Member Services, taglines")
