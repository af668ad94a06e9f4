"""Twenty-sixth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND26_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind26_co_medicaid_cgm_es")``. Everything printed here (prose, headings, labels, taglines,
layouts) is written for this set; law facts, agency names and phone numbers come from the rule catalogue
(shared/domain/rules.md) only.

1. ``blind26_co_medicaid_cgm_es``: a Spanish-language Health First Colorado (Colorado Medicaid) notice from Kaiser
   Permanente Colorado denying a continuous glucose monitor (HCPCS E2103 or E2102) and, in most letters, its monthly
   supply allowance (A4239 or A4238) for type 2 diabetes (E11.x, sometimes with a Z79.8x long-term-drug code) as not
   medically necessary. Layouts: ``co_es_header_table`` (a notice whose facts sit in a two-column header table,
   above or below the address block), ``co_es_letter`` (a letter with a city dateline, a subject line and a
   salutation) and ``co_es_two_page_enclosures`` (a short notice on page 1 with a numbered enclosure list, the rights
   enclosure and an appeal request form after a page break, the language help sometimes on a third page). The
   reason states one or two facts from the record (no insulin, no documented low sugars, no recent diabetes visit, a
   recent A1c with unchanged treatment). Rights follow the catalogue for Medicaid: appeal within 60 days of the
   notice, a 72-hour fast appeal, a state fair hearing after the plan's appeal (no hearing window is printed: the
   catalogue gives only a state-set 90-120 day range), continuation of benefits when the appeal is filed within 10
   days, free copies of the criteria and records. Member Services: the catalogue's Denver/Boulder number
   303-338-3800 (TTY 711); the unverified statewide number is never printed.

   Which date is which: the notice date (``letter``) is the date in the header table's "Fecha de este aviso" row, the
   letter's dateline or the notice's "Fecha:" line; the date the request arrived (``request_received``) and the date
   of the decision (``decision``) are stated in words. Distractors: the member's last diabetes visit and the date of
   the last A1c test (both earlier than the request, in the same date style) and the appeal form's revision month.
   Some letters print a state Medicaid id next to the Kaiser member number; the truth's member id is the Kaiser
   number (labelled "Número de miembro"). ``service`` is always null (nothing was provided yet).
2. ``blind26_midatlantic_breast_reduction_info``: a Kaiser Permanente Mid-Atlantic States (Maryland, Virginia or the
   District of Columbia) commercial HMO denial of a bilateral reduction mammaplasty (CPT 19318) for hypertrophy of
   the breast (N62, sometimes with neck, back or skin diagnoses) because the information needed to apply the criteria
   did not arrive: a list of what the plan asked for and what it did not receive (photographs, height and weight, the
   surgeon's estimate of tissue to remove, records of conservative treatment, and others). Layouts:
   ``ma_checkbox_list`` (boxes, checked for items received), ``ma_numbered_list`` (the missing items numbered, the
   received ones in a sentence) and ``ma_item_table`` (a table "Item needed / Received?"). The list comes before or
   after the reason; some letters put the appeal rights on an enclosure page after the signature. Letters with a
   planted bare reason (``notice.reason_specific``) print no list at all.

   Which reason is the reason: the paragraph that says the surgery cannot be approved because named items were not
   received; ``denial_category`` is medical necessity (the letter says the plan could not find that the surgery meets
   its medical-necessity criteria without them), never administrative. Which date is which: the letter date is the
   date atop the letter; the request's arrival and the decision are stated in words. Distractors: the date the plan
   asked the surgeon's office for records (between arrival and decision), and a "send by" date after the letter date
   by which the missing items reopen the request without an appeal. Rights: appeal within 180 days, 72-hour urgent
   appeal, external review by an independent review organization within 4 months of the final appeal decision,
   free copies; consumer help by state (Maryland Health Education and Advocacy Unit 1-877-261-8807, Virginia Office
   of the Managed Care Ombudsman 1-877-310-6560, the DC Office of Health Care Ombudsman by name only); Member Services
   1-800-777-7902 or (301) 468-6000, TTY (301) 879-6380.
3. ``blind26_scal_glp1_secure_message``: a Kaiser Permanente Southern California commercial HMO pharmacy decision
   that a weight-management drug (Wegovy/semaglutide, Zepbound/tirzepatide or Saxenda/liraglutide) is excluded from
   the outpatient prescription drug benefit, for obesity (E66.811-E66.813 or E66.9 with a Z68 BMI code). The drug
   has no CPT/HCPCS code on the page, so the service carries no code. Layouts: ``scal_msg_thread`` (printed from the
   kp.org message center: a print banner with its own printed date, an email-like header block From / Sent / To /
   Subject, the decision message, and beneath it the earlier message of the thread about another medicine; some
   print the browser's "Printed ..." header atop every page instead of a banner, and some threads hold an older
   message from the member about refills as well), ``scal_msg_quoted_reply`` (the header block as a small grid and
   the earlier message quoted with "> " marks) and ``scal_plain_letter`` (the same decision as a plain printed
   letter, no thread). Category follows the page: a benefit exclusion (``not_covered``) citing the Evidence of
   Coverage, never medical necessity; no criteria.
   Knox-Keene pieces: a grievance within 180 days, urgent review within 72 hours, the DMHC statement in 12-point
   bold with the Independent Medical Review sentence, the Health Consumer Alliance, and taglines in many languages.

   Which date is which: the letter date is the decision message's "Sent" date (the plain letter: its date line); the
   print banner's date (the day the member printed the thread, the letter date or later) and the earlier message's
   "Sent" date (before the request arrived) are unmarked distractors, as are the earlier medicine, its prescriber and
   its prescription number. The request's arrival and the decision are stated in words. Urgency is always standard.

Dates use this set's own styles (``b26date``); ``parse_blind26_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

BLIND26_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DOWS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b26date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "wkcomma":  # Thu, Mar 5, 2026
        return f"{_DOW3[d.weekday()]}, {mon[:3]} {d.day}, {d.year}"
    if style == "capsdash":  # 05-MAR-2026
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year}"
    if style == "ordbare":  # March 5th 2026
        return f"{mon} {_ordinal(d.day)} {d.year}"
    if style == "longdow":  # March 5, 2026 (Thursday)
        return f"{mon} {d.day}, {d.year} ({_DOWS[d.weekday()]})"
    if style == "es_slashmes":  # 05/mar/2026
        return f"{d.day:02d}/{_MES3[d.month - 1]}/{d.year}"
    if style == "es_del":  # 5 de marzo del 2026
        return f"{d.day} de {MESES[d.month - 1]} del {d.year}"
    if style == "es_dashmes":  # 05-marzo-2026
        return f"{d.day:02d}-{MESES[d.month - 1]}-{d.year}"
    raise ValueError(style)


STYLES_EN = ("wkcomma", "capsdash", "ordbare", "longdow")
STYLES_ES = ("es_slashmes", "es_del", "es_dashmes")
STYLES = STYLES_EN + STYLES_ES


def parse_blind26_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b26date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _DOW3 and m[2] in _MON3:
            d = dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2].capitalize() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2].capitalize()) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th) (\d{4})", t)
        if m and m[1] in MONTHS and _ordinal(int(m[2])) == m[2] + m[3]:
            return dt.date(int(m[4]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4}) \(([A-Z][a-z]+)\)", t)
        if m and m[1] in MONTHS and m[4] in _DOWS:
            d = dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
            return d if _DOWS[d.weekday()] == m[4] else None
        m = re.fullmatch(r"(\d{2})/([a-z]{3})/(\d{4})", t)
        if m and m[2] in _MES3:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) del (\d{4})", t)
        if m and m[2] in MESES:
            return dt.date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-([a-z]+)-(\d{4})", t)
        if m and m[2] in MESES:
            return dt.date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b26_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b26date(day, w.c.extra["b26_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 56.0, 64.0, 70.0]),
               margin_t=w.pick([42.0, 50.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    st.leading = w.pick([1.22, 1.27, 1.32])
    return st


def _clock(w: W) -> str:
    h, mnt = w.rng.randint(7, 19), w.rng.randrange(60)
    return f"{(h - 1) % 12 + 1}:{mnt:02d} {'AM' if h < 12 else 'PM'}"


def _reviewer_np(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _reviewer_line(w: W, lead: list[str], call: list[str]) -> str:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
    line = w.pick(lead).format(who=f"{nm}{cred}{spec}")
    if r["phone"]:
        line += " " + w.pick(call).format(ph=M("REVIEWER_PHONE", r["phone"]))
    return line


def _signature(w: W, unit: str, org: str) -> list[Block]:
    c = w.c
    out = []
    if c.reviewer:
        r = c.reviewer
        out.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        out.append(w.p(c.reviewer_title, space_before=0))
    else:
        out.append(w.p(unit, space_before=4))
    out.append(w.p(org, space_before=0))
    return out


# language-help lines written for this set; {ph} is a number the letter prints
_TAGS = {
    "en": "English: You can get language help and an interpreter at no cost to you. Call {ph}.",
    "es": "Español: Puede recibir ayuda en su idioma y un intérprete sin ningún costo. Llame al {ph}.",
    "vi": "Tiếng Việt: Quý vị có thể nhận trợ giúp ngôn ngữ và thông dịch viên miễn phí. Xin gọi {ph}.",
    "zh": "中文：您可以免費獲得語言協助及口譯員服務。請撥打 {ph}。",
    "ko": "한국어: 언어 지원과 통역 서비스를 무료로 받으실 수 있습니다. {ph} 번으로 전화해 주십시오.",
    "tl": "Tagalog: Makakakuha ka ng tulong sa wika at ng interpreter nang walang bayad. Tumawag sa {ph}.",
    "ru": "Русский: Вы можете бесплатно получить языковую помощь и услуги переводчика. Звоните по номеру {ph}.",
    "hy": "Հայերեն. Կարող եք անվճար ստանալ լեզվական օգնություն և թարգմանչի ծառայություն։ Զանգահարեք {ph}։",
    "ja": "日本語：言語支援と通訳を無料でご利用いただけます。{ph} までお電話ください。",
    "fr": "Français : Vous pouvez obtenir gratuitement une aide linguistique et un interprète. Appelez le {ph}.",
    "am": "አማርኛ፦ የቋንቋ እርዳታ እና አስተርጓሚ ያለ ክፍያ ማግኘት ይችላሉ። {ph} ይደውሉ።",
    "uk": "Українська: Ви можете безкоштовно отримати мовну допомогу та перекладача. Телефонуйте {ph}.",
    "de": "Deutsch: Sie erhalten kostenlose Sprachhilfe und einen Dolmetscher. Rufen Sie {ph} an.",
    "pt": "Português: Você pode receber ajuda com o idioma e um intérprete sem custo. Ligue para {ph}.",
    "km": "ភាសាខ្មែរ៖ អ្នកអាចទទួលបានជំនួយភាសា និងអ្នកបកប្រែដោយមិនគិតថ្លៃ។ សូមទូរស័ព្ទទៅ {ph}។",
    "th": "ภาษาไทย: คุณสามารถรับความช่วยเหลือด้านภาษาและล่ามได้ฟรี โทร {ph}",
    "hi": "हिंदी: आप बिना किसी शुल्क के भाषा सहायता और दुभाषिया प्राप्त कर सकते हैं। {ph} पर कॉल करें।",
    "pa": "ਪੰਜਾਬੀ: ਤੁਸੀਂ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਅਤੇ ਦੁਭਾਸ਼ੀਆ ਲੈ ਸਕਦੇ ਹੋ। {ph} ਤੇ ਫ਼ੋਨ ਕਰੋ।",
}
_TAG_SETS = {
    "CO": ["en", "vi", "zh", "ko", "ru", "am", "fr", "uk", "de"],
    "MA": ["es", "ko", "zh", "vi", "am", "fr", "tl", "pt", "ru"],
    "SCAL": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "ja", "km", "th", "hi", "pa"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.2, keep_all: bool = False) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Colorado Medicaid, in Spanish: a continuous glucose monitor ===============================================

_CO_DEV = [
    dict(key="noadj", dev=(["Monitor continuo de glucosa no adyuvante (receptor)",
                            "Receptor de monitor continuo de glucosa (MCG), no adyuvante"], "E2103"),
         sup=(["Suministros para monitor continuo de glucosa no adyuvante, asignación de 1 mes",
               "Sensores y suministros del monitor continuo de glucosa no adyuvante (1 mes)"], "A4239")),
    dict(key="adj", dev=(["Monitor continuo de glucosa adyuvante (receptor)",
                          "Receptor de monitor continuo de glucosa, uso adyuvante"], "E2102"),
         sup=(["Suministros para monitor continuo de glucosa adyuvante, asignación de 1 mes",
               "Sensores y suministros para MCG adyuvante (1 mes)"], "A4238")),
]
# main diagnosis: texts, code, whether it reports low sugars
_CO_DX = [
    (["Diabetes mellitus tipo 2 con hiperglucemia"], "E11.65", False),
    (["Diabetes mellitus tipo 2 sin complicaciones"], "E11.9", False),
    (["Diabetes mellitus tipo 2 con hipoglucemia sin coma"], "E11.649", True),
    (["Diabetes mellitus tipo 2 con enfermedad renal crónica diabética"], "E11.22", False),
]
_CO_DX2 = {
    "oral": (["Uso prolongado (actual) de hipoglucemiantes orales"], "Z79.84"),
    "inj": (["Uso prolongado (actual) de antidiabéticos inyectables no insulínicos"], "Z79.85"),
}
_CO_ORAL = ["metformina 1000 mg dos veces al día", "metformina y glipizida", "metformina con empagliflozina",
            "metformina de liberación prolongada"]
_CO_CRIT = ["Criterios clínicos de Kaiser Permanente Colorado: monitores continuos de glucosa",
            "InterQual Durable Medical Equipment: Continuous Glucose Monitors",
            "MCG Care Guidelines: Continuous Glucose Monitoring (ambulatory care)",
            "Guía de cobertura de equipo para diabetes de Kaiser Permanente Colorado (MCG personal)"]
_CO_MS = ("303-338-3800", "711")
_CO_ADDR = ["Kaiser Permanente", "Appeals Program", "P.O. Box 378066", "Denver, CO 80237-8066"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b26_co"):
        return
    c.extra["b26_co"] = True
    _fmt(w, STYLES_ES)
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    dev = _CO_DEV[0] if w.chance(0.7) else _CO_DEV[1]
    c.extra["co_dev"] = dev
    c.services = [dict(text=w.pick(dev["dev"][0]), codes=[dev["dev"][1]], decision="denied")]
    if w.chance(0.7):
        c.services.append(dict(text=w.pick(dev["sup"][0]), codes=[dev["sup"][1]], decision="denied"))
    texts, code, hypo = w.pick(_CO_DX)
    c.diagnoses = [dict(text=w.pick(texts), codes=[code])]
    kinds = ["novisit", "a1c"] + ([] if hypo else ["nohypo"])
    oral = w.chance(0.6)
    if oral:
        kinds.append("noins")
    w.rng.shuffle(kinds)
    facts = kinds[: w.rng.randint(1, 2)]
    c.extra["co_facts"] = facts
    c.extra["co_oral"] = w.pick(_CO_ORAL)
    c.extra["co_a1c"] = w.pick(["6,4", "6,6", "6,8", "7,0", "6,9"])
    if oral and w.chance(0.6):
        c.diagnoses.append(dict(text=_CO_DX2["oral"][0][0], codes=[_CO_DX2["oral"][1]]))
    elif not oral and w.chance(0.3):
        c.diagnoses.append(dict(text=_CO_DX2["inj"][0][0], codes=[_CO_DX2["inj"][1]]))
    c.criteria = [] if _bare(c) or _has(c, "notice.criteria_cited") else [w.pick(_CO_CRIT)]
    c.service = None
    if not c.provider or not (", M" in c.provider or ", D" in c.provider or c.provider.startswith("Dr.")):
        name, _, _ = person(w.rng, 0.2)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, PA-C"])
    # distractor dates: the last diabetes visit and the A1c test, both before the request arrived
    base = c.received or c.decision or c.letter
    c.extra["co_visit"] = base - dt.timedelta(days=w.rng.randint(12, 150))
    c.extra["co_lab"] = c.extra["co_visit"] - dt.timedelta(days=w.rng.randint(0, 6))
    c.extra["co_state_id"] = f"{w.pick('ABCDEFGHJKLMNPRSTWXY')}{w.rng.randint(100000, 999999)}"
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, ["Coordinador(a) de equipo médico duradero", "Especialista en autorizaciones",
                         "Enfermero(a) de revisión de utilización"])
    elif w.chance(0.3):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Endocrinología", "Medicina interna", "Medicina familiar"])
                          if w.chance(0.75) else None,
                          phone=phone(w.rng, "CO") if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Médico(a) revisor(a)", "Dirección médica asociada", "Revisión médica"])
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 60
        c.appeal_phrase = w.pick(["60 días", "60 días calendario", "sesenta (60) días"])
    _flags(c)


def _co_fact(w: W, key: str) -> str:
    c = w.c
    return {
        "noins": f"usted no se inyecta insulina; su tratamiento para la diabetes es {c.extra['co_oral']}",
        "nohypo": "sus registros no muestran episodios de glucosa baja (menos de 54 mg/dL) en los últimos 12 meses",
        "novisit": "no encontramos una consulta de los últimos 6 meses en la que su proveedor revisara el control de "
                   "su diabetes y pidiera el monitor",
        "a1c": f"su hemoglobina A1c más reciente fue de {c.extra['co_a1c']} % y su tratamiento no ha cambiado en el "
               "último año",
    }[key]


def reason_b26_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["El equipo solicitado no es médicamente necesario.",
                       "No se cumplen los requisitos de necesidad médica.",
                       "Este equipo no es médicamente necesario para usted."])
    facts = [_co_fact(w, k) for k in c.extra["co_facts"]]
    f = facts[0] if len(facts) == 1 else f"{facts[0]}, y además {facts[1]}"
    what = "el monitor continuo de glucosa" + (" y sus suministros" if len(c.services) > 1 else "")
    return w.pick([
        f"No aprobamos {what} porque la información de su expediente muestra que {f}. Con estos datos, el monitor "
        "no es médicamente necesario en este momento.",
        f"Su solicitud no cumple los criterios de necesidad médica para un monitor continuo de glucosa: {f}.",
        f"Decidimos que {what} no es médicamente necesario para usted ahora, ya que {f}.",
    ])


def _co_rights(w: W, compact: bool) -> list[Block]:
    c = w.c
    ms, tty = _CO_MS
    b: list[Block] = []
    gap = 5.0 if compact else 7.0

    def sub(t: str) -> Block:
        return w.h(t, space_before=gap)

    b.append(sub(w.pick(["Cómo pedir una apelación", "Su derecho a apelar", "Apelación ante Kaiser Permanente"])))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"Usted, o alguien a quien usted autorice por escrito (por ejemplo, su proveedor), puede pedirnos una "
            f"apelación dentro de {M('APPEAL_DAYS', c.appeal_phrase)} contados desde la fecha de este aviso. Puede "
            f"llamar al {ms} (TTY {tty}), enviarnos una carta o pedirla en persona en cualquier centro de Kaiser "
            "Permanente.",
            f"Tiene {M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha de este aviso para presentar una "
            f"apelación. Hágalo por teléfono ({ms}, TTY {tty}), por escrito a la dirección de abajo o en persona. Su "
            "proveedor o un representante puede apelar por usted con su permiso.",
        ])))
    else:
        b.append(w.p(f"Para apelar, llame al {ms} (TTY {tty}) o escriba a la dirección de abajo."))
    b.append(w.p(", ".join(_CO_ADDR) + ".", size=(c.extra.get("b26_size") or 10) - 0.5))
    if not _has(c, "notice.expedited_review"):
        b.append(sub(w.pick(["Apelación rápida", "Si su salud no puede esperar"])))
        b.append(w.p(w.pick([
            "Si usted o su proveedor piensan que esperar una respuesta normal podría poner en grave riesgo su vida, "
            "su salud o su capacidad de recuperar al máximo sus funciones, pida una apelación acelerada. Le daremos "
            "la respuesta en un plazo de 72 horas.",
            "Puede pedir una apelación acelerada cuando el plazo normal podría dañar gravemente su salud. Si su "
            "proveedor nos dice que es urgente, la decidimos en 72 horas.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(sub(w.pick(["Audiencia imparcial estatal", "Audiencia imparcial del estado (State Fair Hearing)"])))
        b.append(w.p(w.pick([
            "Si después de su apelación mantenemos esta decisión, o si no le respondemos a tiempo, puede pedir una "
            "audiencia imparcial estatal (State Fair Hearing) de Health First Colorado. La carta con nuestra "
            "decisión sobre la apelación le explicará cómo pedirla y cuánto tiempo tiene para hacerlo.",
            "Primero debe apelar con nosotros. Si la respuesta de la apelación no le favorece, o si no decidimos a "
            "tiempo, tiene derecho a una audiencia imparcial estatal. Le enviaremos las instrucciones y el plazo "
            "junto con la decisión de la apelación.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(sub(w.pick(["Seguir recibiendo servicios durante la apelación", "Continuación de beneficios"])))
        b.append(w.p(w.pick([
            "Si la apelación es sobre un servicio que ya estaba aprobado y que se reduce o se suspende, usted puede "
            "seguir recibiéndolo mientras se decide, siempre que presente la apelación dentro de 10 días a partir "
            "de la fecha de este aviso o antes de la fecha en que cambie el servicio, y que pida seguir "
            "recibiéndolo. Si la decisión final no le favorece, es posible que deba pagar lo que recibió durante la "
            "apelación.",
            "Cuando apela la reducción o suspensión de un servicio que ya tenía aprobado, puede pedir que continúe "
            "durante la apelación. Para ello, apele dentro de 10 días desde la fecha de este aviso (o antes de que "
            "el servicio cambie). Si pierde la apelación, podríamos pedirle que pague esos servicios.",
        ])))
    b.append(w.p(w.pick([
        "Puede pedirnos gratis una copia de su expediente, de los criterios de necesidad médica que usamos y de "
        "cualquier otro documento relacionado con esta decisión.",
        "Tiene derecho a recibir sin costo copias de todos los documentos, registros y criterios que usamos para "
        "decidir.",
    ])))
    return b


def t_b26_co(w: W):
    _co_setup(w)
    c = w.c
    ms, tty = _CO_MS
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 header table, 1 letter, 2 two pages with enclosures
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0, 10.5, 11.0])
    c.extra["b26_size"] = st.size
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Caso {ref} - página {{page}} de {{pages}}", "Health First Colorado | Kaiser Permanente "
                         "| {page}", "Pág. {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    svcs = c.services
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", w.pick(["Health First Colorado (Medicaid)",
                                                                  "Programa Medicaid - Health First Colorado",
                                                                  "Health First Colorado - Equipo médico"])],
                   right=["Kaiser Foundation Health Plan of Colorado", f"Servicios a los Miembros {ms}",
                          f"TTY {tty}"]))
    title = w.pick(["Aviso de determinación adversa de beneficios", "AVISO DE DENEGACIÓN DE SERVICIOS",
                    "Aviso sobre su solicitud de equipo para la diabetes"])
    if urgent:
        title += w.pick([" - revisión acelerada", " (decisión urgente)"])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    show_state = w.chance(0.5)
    sid = c.extra["co_state_id"]

    def svc_txt(s: dict) -> str:
        code = M("HCPCS", s["codes"][0])
        return w.pick([f"{w.svc(s)} (HCPCS {code})", f"{code}: {w.svc(s)}", f"{w.svc(s)}, código {code}"])

    what = join_and([svc_txt(s) for s in svcs], "y")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    visit = b26date(c.extra["co_visit"], c.extra["b26_fmt"])
    lab = b26date(c.extra["co_lab"], c.extra["b26_fmt"])

    def body(short: bool) -> list[Block]:
        out: list[Block] = []
        if variant == 0:
            intro = f"{prov} pidió que aprobáramos {what}."
        else:
            intro = w.pick([f"Su proveedor, {prov}, nos pidió aprobar {what}.",
                            f"Recibimos una solicitud de su proveedor ({prov}) para {what}."])
            if rec:
                intro += w.pick([f" La solicitud llegó el {rec}.", f" Fecha en que la recibimos: {rec}."])
            if dec:
                intro += w.pick([f" Revisamos la solicitud y decidimos el {dec}.", f" Fecha de la decisión: {dec}."])
        out.append(w.p(intro, space_before=8))
        out.append(w.p(w.pick(["Diagnóstico indicado en la solicitud: ", "Diagnóstico: "]) + dxs + "."))
        out.append(w.h(w.pick(["Nuestra decisión", "Qué decidimos", "La razón de esta decisión"]), space_before=9))
        out.append(w.p(M("REASON", w.reason)))
        extra: list[Block] = []
        if not _bare(c) and w.chance(0.7):
            extra.append(w.p(w.pick([
                f"Revisamos las notas de su última consulta de diabetes, del {visit}, y el resultado de laboratorio "
                f"del {lab}.",
                f"Para decidir leímos su expediente, incluida la consulta del {visit} y los análisis del {lab}.",
                f"Los documentos que revisamos incluyen la nota de la consulta del {visit} y su A1c del {lab}.",
            ])))
        if c.criteria:
            extra.append(w.p(w.pick(["Usamos estos criterios: ", "Criterios que aplicamos: ",
                                     "Tomamos la decisión con base en: "]) + M("CRITERIA", c.criteria[0]) + "."))
        if w.chance(0.4):
            extra.reverse()
        out += extra
        if not short:
            out.append(w.p(w.pick([
                "Esto no cambia sus otros suministros para la diabetes: sus tiras reactivas y su glucómetro siguen "
                "cubiertos. Si su tratamiento cambia (por ejemplo, si empieza a usar insulina), su proveedor puede "
                "enviar una nueva solicitud.",
                "Puede seguir usando su glucómetro y sus tiras reactivas. Su proveedor puede volver a pedir el "
                "monitor si su situación cambia.",
            ])))
        if c.reviewer:
            out.append(w.p(_reviewer_line(
                w, ["Revisó esta solicitud {who}.", "Profesional que tomó la decisión: {who}."],
                ["Su proveedor puede llamar al {ph} para hablar del caso.",
                 "Teléfono directo para su proveedor: {ph}."])))
        return out

    sal = "miembro" if c.member_salute == "Member" else c.member_salute
    if variant == 0:
        b.append(w.h(title, space_before=10, size=st.size + 1.5))
        rows = [["Fecha de este aviso", _dm(w, "DATE_LETTER", c.letter)], ["Miembro", w.name()],
                ["Número de miembro", w.mid()]]
        if show_state:
            rows.append(["Id. de Medicaid del estado", sid])
        rows.append(["Proveedor que pidió el servicio", prov])
        if c.received:
            rows.append(["Solicitud recibida", rec])
        if c.decision:
            rows.append(["Fecha de la decisión", dec])
        rows.append(["Número de caso", ref])
        rows.append(["Tipo de revisión", "Acelerada (urgente)" if urgent else "Estándar"])
        addr = [w.p(w.name(), space_before=10)] + [w.p(x, space_before=0) for x in c.member_addr]
        tbl = Block("table", rows=rows, header_row=False, space_before=8, size=st.size - 0.5)
        if w.chance(0.5):
            b += [tbl] + addr
        else:
            b += addr + [tbl]
        b += body(False)
        b += _co_rights(w, False)
    elif variant == 1:
        city = w.pick(["Denver", "Aurora", "Lakewood", "Colorado Springs"])
        b.append(w.p(f"{city}, Colorado, " + w.pick(["", "a "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        line = f"Número de miembro: {w.mid()}"
        if show_state:
            line += f"    Id. de Medicaid del estado: {sid}"
        b.append(w.p(line, size=st.size - 0.5, space_before=8))
        b.append(w.p(f"Asunto: {title}", bold=True, space_before=8))
        b.append(w.p(w.pick([f"Estimado(a) {sal}:", f"Apreciado(a) {sal}:", "Hola:"]), space_before=8))
        b += body(False)
        b += _co_rights(w, False)
        b.append(w.p(w.pick(["Atentamente,", "Cordialmente,"]), space_before=10))
        b += _signature(w, "Departamento de Revisión de Utilización", "Kaiser Foundation Health Plan of Colorado")
        if w.chance(0.5):
            b.append(w.p(f"c.c.: {prov}", size=8.2, space_before=6))
    else:
        b.append(w.p("Fecha: " + _dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Número de miembro: {w.mid()}    Caso: {ref}", size=st.size - 0.5, space_before=6))
        b.append(w.h(title, space_before=10, size=st.size + 1))
        b += body(True)
        b.append(w.h(w.pick(["Documentos adjuntos", "Anexos a este aviso", "Incluimos con este aviso"]),
                     space_before=10))
        encl = ["Sus derechos de apelación y de audiencia imparcial estatal",
                "Formulario para pedir una apelación", "Ayuda gratuita con el idioma"]
        if _has(c, "notice.language_assistance"):
            encl = encl[:2]
        for k, e in enumerate(encl, 1):
            b.append(w.p(f"{k}. {e}", space_before=1, indent=12))
        b.append(w.p(w.pick(["Atentamente,", "Cordialmente,"]), space_before=10))
        b += _signature(w, "Departamento de Revisión de Utilización", "Kaiser Foundation Health Plan of Colorado")
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Anexo 1: sus derechos", "ANEXO 1 - SUS DERECHOS"]), size=st.size + 1))
        b += _co_rights(w, True)
        b.append(w.h("Anexo 2: " + w.pick(["solicitud de apelación", "formulario de apelación"]), space_before=12))
        rev = f"{w.rng.randint(1, 12):02d}/{w.rng.randint(2023, 2025)}"
        form = w.pick(["CO-MCD-AP", "KPCO-APL", "HFC-AP"]) + f" (rev. {rev})"
        b.append(w.p(f"Formulario {form}", size=7.5, space_before=2))
        for ln in ["Nombre del miembro: ______________________________",
                   "Número de miembro: ____________________",
                   "Servicio que quiere apelar: ______________________________",
                   "¿Por qué no está de acuerdo? ______________________________",
                   "Firma: ____________________   Fecha de hoy: ____ / ____ / ______"]:
            b.append(w.p(ln, space_before=5))
        b.append(w.p("Envíe este formulario a: " + ", ".join(_CO_ADDR) + ".", space_before=6))
    if variant == 0:
        b.append(w.p(w.pick(["Atentamente,", "Cordialmente,"]), space_before=10))
        b += _signature(w, "Departamento de Revisión de Utilización", "Kaiser Foundation Health Plan of Colorado")
    if not _has(c, "notice.language_assistance"):
        if variant == 2 and w.chance(0.5):  # the language enclosure on a page of its own
            b.append(Block("pagebreak"))
            b.append(w.h(w.pick(["Anexo 3: ayuda gratuita con el idioma", "ANEXO 3 - AYUDA CON EL IDIOMA"]),
                         size=st.size + 1))
        b.append(w.p(w.pick([f"Si necesita un intérprete o este aviso en otro formato, es gratis: llame al {ms} "
                             f"(TTY {tty}).", f"Ayuda gratuita con el idioma y formatos accesibles: {ms}, TTY {tty}."]),
                     space_before=8))
    b += _taglines(w, "CO", f"{ms} (TTY {tty})", w.pick([None, "Language help / Ayuda con el idioma",
                                                         "Otros idiomas"]))
    return b, st, ["co_es_header_table", "co_es_letter", "co_es_two_page_enclosures"][variant]


BLIND26_TEMPLATES["blind26_co_medicaid_cgm_es"] = (t_b26_co, dict(
    plans=["medicaid"], states=["CO"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b26_co))
MODELED_ON["blind26_co_medicaid_cgm_es"] = (
    "blind26: Spanish Health First Colorado (Medicaid) notice from Kaiser Permanente Colorado denying a continuous "
    "glucose monitor (E2103/E2102) and its monthly supplies (A4239/A4238) for type 2 diabetes as not medically "
    "necessary; a header-table notice, a dated letter, or a two-page notice with an enclosure list, rights enclosure "
    "and appeal form; 60-day appeal, 72-hour fast appeal, state fair hearing after the plan appeal, continuation of "
    "benefits within 10 days, free copies, Member Services 303-338-3800, taglines")


# === 2. Mid-Atlantic commercial: breast reduction denied for missing information ==================================

# item key: (checklist label, phrase for the reason)
_MA_ITEMS = {
    "photos": ("Photographs of the breasts, front and side views", "photographs of your breasts"),
    "hw": ("Current height and weight (or BMI) measured in the office", "your current height and weight"),
    "grams": ("Surgeon's estimate of tissue to be removed from each breast, in grams",
              "your surgeon's estimate of how much tissue would be removed from each breast"),
    "pt": ("Physical therapy notes for neck, shoulder or back pain (6 weeks or more)",
           "records of physical therapy or other conservative treatment for your neck and back pain"),
    "bra": ("Notes about a trial of a professionally fitted support bra", "notes about a trial of a fitted "
                                                                           "support bra"),
    "skin": ("Notes on rash under the breasts and how it was treated", "notes on the skin rash under your breasts "
                                                                         "and its treatment"),
    "meds": ("List of pain medicines tried and for how long", "a list of the pain medicines you have tried"),
}
_MA_CORE = ["photos", "hw", "grams", "pt"]
_MA_DX2 = [(["Cervicalgia", "Neck pain"], "M54.2"), (["Pain in thoracic spine"], "M54.6"),
           (["Erythema intertrigo"], "L30.4"), (["Low back pain, unspecified"], "M54.50")]
_MA_CRIT = ["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Reduction Mammaplasty",
            "InterQual Procedures: Reduction Mammoplasty",
            "MCG Ambulatory Care Guidelines: Reduction Mammaplasty"]
_MA_MS = ("1-800-777-7902", "(301) 468-6000", "(301) 879-6380")
_MA_ADDR = ["Kaiser Permanente", "Attention: Appeals and Correspondence", "P.O. Box 6831", "Rockville, MD 20849-6831"]


def _ma_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b26_ma"):
        return
    c.extra["b26_ma"] = True
    _fmt(w, STYLES_EN)
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state, "Mid-Atlantic States")
    c.services = [dict(text=w.pick(["Reduction mammaplasty, bilateral", "Bilateral reduction mammaplasty",
                                    "Breast reduction surgery (reduction mammaplasty), both breasts"]),
                       codes=["19318"], decision="denied")]
    c.diagnoses = [dict(text=w.pick(["Hypertrophy of breast", "Hypertrophy of breast (macromastia)"]),
                        codes=["N62"])]
    for texts, code in w.rng.sample(_MA_DX2, w.rng.randint(0, 2)):
        c.diagnoses.append(dict(text=w.pick(texts), codes=[code]))
    keys = list(_MA_ITEMS)
    w.rng.shuffle(keys)
    asked = keys[: w.rng.randint(5, 7)]
    if not any(k in _MA_CORE for k in asked):
        asked[0] = w.pick(_MA_CORE)
    core = [k for k in asked if k in _MA_CORE]
    missing = [w.pick(core)]
    for k in asked:
        if k not in missing and len(missing) < 4 and w.chance(0.35):
            missing.append(k)
    order = list(_MA_ITEMS)
    asked.sort(key=order.index)
    missing.sort(key=order.index)
    c.extra["ma_asked"], c.extra["ma_missing"] = asked, missing
    c.criteria = [] if _bare(c) or _has(c, "notice.criteria_cited") else [w.pick(_MA_CRIT)]
    c.service = None
    if not c.provider:
        name, _, _ = person(w.rng, 0.2)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}"])
    # distractors: the day we asked the surgeon's office for the records, and the send-by date
    rr = None
    if c.received:
        end = c.decision or c.letter
        days = [c.received + dt.timedelta(days=k) for k in range(1, (end - c.received).days)]
        days = [d for d in days if D.is_business(d)]
        rr = w.pick(days) if days else None
    c.extra["ma_asked_on"] = rr
    c.extra["ma_send_by"] = c.letter + dt.timedelta(days=w.pick([14, 21, 30]))
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, ["Utilization Management Coordinator", "Prior Authorization Specialist",
                         "Clinical Review Nurse"])
    elif w.chance(0.25):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Plastic Surgery", "Plastic and Reconstructive Surgery",
                                            "General Surgery"]) if w.chance(0.75) else None,
                          phone=phone(w.rng, w.pick(["MD", "VA"])) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Associate Medical Director", "Reviewing Physician"])
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 180
        c.appeal_phrase = w.pick(["180 days", "180 calendar days"])
    _flags(c)


def reason_b26_ma(w: W) -> str:
    _ma_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The surgery does not meet medical necessity criteria.", "Criteria for this surgery are not "
                       "met.", "This procedure is not medically necessary."])
    miss = join_and([_MA_ITEMS[k][1] for k in c.extra["ma_missing"]])
    return w.pick([
        f"We cannot approve the surgery because we did not receive {miss}. Without this information we could not "
        "find that the surgery meets our medical necessity criteria.",
        f"The request did not include {miss}, so we were unable to confirm that reduction mammaplasty is medically "
        "necessary for you.",
        f"Our reviewer could not apply the medical necessity criteria for breast reduction because {miss} "
        f"{'was' if len(c.extra['ma_missing']) == 1 else 'were'} not sent to us.",
    ])


def _ma_consumer(w: W) -> str:
    st = w.c.state
    if st == "MD":
        return ("The Maryland Health Education and Advocacy Unit (Office of the Attorney General) can help you file "
                "an appeal at no cost: 410-528-1840 or toll-free 1-877-261-8807.")
    if st == "VA":
        return ("Virginia's Office of the Managed Care Ombudsman (Bureau of Insurance) helps members with appeals: "
                "1-877-310-6560 (option 1), ombudsman@scc.virginia.gov.")
    return ("The DC Office of Health Care Ombudsman can help you with an appeal or complaint about your health "
            "plan, free of charge.")


def t_b26_ma(w: W):
    _ma_setup(w)
    c = w.c
    ms, local, tty = _MA_MS
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 checkboxes, 1 numbered list, 2 table
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5, 11.0])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Case {ref}  |  Page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States - "
                         "{page}", "{page} / {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    s0 = c.services[0]
    asked, missing = c.extra["ma_asked"], c.extra["ma_missing"]
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick(["Utilization Management",
                                                                              "Surgical Prior Authorization",
                                                                              "Clinical Review Unit"])],
                   right=["Kaiser Foundation Health Plan of the", "Mid-Atlantic States, Inc.",
                          f"Member Services {ms}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick([f"Member ID: {w.mid()}   Case: {ref}", f"Medical record number: {w.mid()}   Reference: "
                                                                  f"{ref}"]), size=st.size - 0.5, space_before=8))
    title = w.pick(["Your request for breast reduction surgery was not approved",
                    "Denial of prior authorization: information not received",
                    "DECISION ON YOUR SURGERY REQUEST"])
    if urgent:
        title += w.pick([" (expedited review)", " - urgent request"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    sal = c.member_salute if c.member_salute != "Member" else "Member"
    b.append(w.p(w.pick([f"Dear {sal}:", f"Dear {sal},"]), space_before=8))
    code = M("CPT", s0["codes"][0])
    svc = w.pick([f"{w.svc(s0)} (CPT {code})", f"{w.svc(s0)}, procedure code {code}", f"{code} {w.svc(s0)}"])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    intro = w.pick([f"{prov} asked us to approve {svc}.", f"We reviewed a prior authorization request from {prov} for "
                                                           f"{svc}."])
    if rec:
        intro += w.pick([f" The request came to us on {rec}.", f" We received it on {rec}."])
    if dec:
        intro += w.pick([f" We made a decision on {dec}.", f" The decision was made on {dec}."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses on the request: ", "Reason for the surgery (diagnosis): "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    why: list[Block] = []
    lst: list[Block] = []
    why.append(w.h(w.pick(["Why we could not approve it", "Our decision", "The reason for this decision"]),
                 space_before=10))
    why.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        why.append(w.p(w.pick(["The criteria we use for this surgery: ", "We reviewed the request against these "
                                                                             "criteria: "]) +
                     M("CRITERIA", c.criteria[0]) + "."))
    asked_on = c.extra["ma_asked_on"]
    bare = _bare(c)
    if asked_on and not bare:
        lst.append(w.p(w.pick([
            f"On {b26date(asked_on, c.extra['b26_fmt'])} we asked your surgeon's office for the records listed "
            "below; the ones shown as missing had not arrived when we decided.",
            f"We contacted {c.provider_short or 'your surgeon'}'s office for more records on "
            f"{b26date(asked_on, c.extra['b26_fmt'])}.",
        ])))
    # the list of what was needed
    head = w.pick(["What we needed to review your request", "Information checklist", "Records needed for this review"])
    if not bare:
        lst.append(w.h(head, space_before=10))
    got = [k for k in asked if k not in missing]
    if bare:
        pass
    elif variant == 0:
        lst.append(w.p(w.pick(["[X] = we received it     [ ] = we did not receive it",
                             "A checked box means the item reached us. An empty box means it did not."]),
                     size=st.size - 1, italic=True))
        for k in asked:
            box = "[ ]" if k in missing else "[X]"
            lst.append(w.p(f"{box}  {_MA_ITEMS[k][0]}", indent=10, space_before=2))
    elif variant == 1:
        lst.append(w.p(w.pick(["We did not receive:", "Still missing:", "These items did not reach us:"])))
        for n, k in enumerate(missing, 1):
            lst.append(w.p(f"{n}. {_MA_ITEMS[k][0]}", indent=12, space_before=2))
        if got:
            lst.append(w.p(w.pick(["We did receive: ", "Already on file: "]) +
                         "; ".join(_MA_ITEMS[k][0][:1].lower() + _MA_ITEMS[k][0][1:] for k in got) + "."))
    else:
        yes, no = w.pick([("Yes", "No"), ("Received", "Not received"), ("Yes", "No - please send")])
        rows = [[w.pick(["Item needed", "Item"]), "Received?"]]
        for k in asked:
            rows.append([_MA_ITEMS[k][0], no if k in missing else yes])
        lst.append(Block("table", rows=rows, space_before=6, size=st.size - 1))
    send_by = b26date(c.extra["ma_send_by"], c.extra["b26_fmt"])
    send = w.p(w.pick([
        f"If your surgeon sends the missing items by {send_by}, we will review the request again without an appeal. "
        "Sending records is not an appeal: your appeal time limit below still applies.",
        f"Your surgeon may fax the missing items to {c.phones['fax']} by {send_by} and we will look at the request "
        "again. You may also appeal; the deadline for an appeal is explained below.",
    ]), space_before=8)
    if not bare:
        lst.append(send)
    if w.chance(0.35) and not bare:  # the checklist first, then why it matters
        b += lst + why
    else:
        b += why + lst
    if c.reviewer:
        b.append(w.p(_reviewer_line(
            w, ["This decision was made by {who}.", "Reviewer: {who}."],
            ["Your surgeon may call {ph} to discuss it.", "A peer-to-peer discussion can be set up at {ph}."]),
            space_before=6))
    # rights: in the letter, or on an enclosure page after the signature
    rights_at = len(b)
    encl = w.chance(0.35)
    b.append(w.h(w.pick(["Your appeal rights", "If you disagree", "How to appeal this decision"]), space_before=10))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, your surgeon or someone you name may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of the "
            f"date you receive this letter. Call Member Services at {ms} or {local} (TTY {tty}), weekdays 7:30 a.m. "
            "to 5:30 p.m., or write to us:",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this notice: call "
            f"{ms} or {local} (TTY {tty}), or mail your appeal and any records to:",
        ])))
    else:
        b.append(w.p(f"To appeal, call {ms} (TTY {tty}) or write to:"))
    b.append(w.p(", ".join(_MA_ADDR), indent=12))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Urgent appeals: if waiting for a standard appeal could seriously jeopardize your life, health or ability "
            "to regain maximum function, ask for an expedited appeal. We will decide within 72 hours.",
            "If your doctor says your health could be seriously harmed by the usual wait, we will handle your appeal "
            "as expedited and decide within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold this denial on appeal, you may ask for an external review by an independent review "
            "organization. You must ask within 4 months after you receive our final appeal decision. There is no "
            "cost to you.",
            "External review: after our final appeal decision you have 4 months to request a review by an "
            "independent review organization that is not part of Kaiser Permanente. It is free.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and criteria used in this decision.",
        "Copies of the records and criteria we used are available to you at no charge.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(_ma_consumer(w)))
    rights = b[rights_at:]
    if encl:
        del b[rights_at:]
        b.append(w.p(w.pick(["Your appeal rights are explained on the enclosed page.",
                             "Please read the enclosed page about your right to appeal."]), space_before=8))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    b += _signature(w, "Utilization Management Department",
                    "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.")
    if w.chance(0.6):
        b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    if encl:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["IMPORTANT INFORMATION ABOUT YOUR APPEAL RIGHTS", "Enclosure: your appeal rights"]),
                     size=st.size + 1))
        b.append(w.p(f"Member ID {w.mid()} - Case {ref}", size=st.size - 1))
        rights[0] = w.h(w.pick(["Appealing this decision", "How to appeal"]), space_before=8)
        b += rights
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: {ms} (TTY {tty}).", f"Need an interpreter? It is free. Call "
                                                                        f"{ms}."]), space_before=6))
    b += _taglines(w, "MA", f"{ms} (TTY {tty})", w.pick([None, "Language assistance", "Help in your language"]))
    return b, st, ["ma_checkbox_list", "ma_numbered_list", "ma_item_table"][variant]


BLIND26_TEMPLATES["blind26_midatlantic_breast_reduction_info"] = (t_b26_ma, dict(
    plans=["commercial_hmo"], states=["MD", "VA", "DC"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b26_ma))
MODELED_ON["blind26_midatlantic_breast_reduction_info"] = (
    "blind26: Kaiser Permanente Mid-Atlantic States (MD, VA, DC) commercial HMO denial of bilateral reduction "
    "mammaplasty (CPT 19318) for hypertrophy of the breast because the photographs, height and weight, tissue "
    "estimate or conservative-treatment records did not arrive; a checklist with boxes, a numbered list or a "
    "'Received?' table of the items; a records-request date and a send-by date as distractors; 180-day appeal, "
    "72-hour urgent appeal, external review within 4 months, state consumer help, Member Services 1-800-777-7902, "
    "taglines")


# === 3. Southern California: a weight-management drug excluded, printed from the message center ===================

_SC_DRUGS = [
    dict(key="wegovy", brand="Wegovy", texts=["Wegovy (semaglutide) 2.4 mg/0.75 mL pen, once weekly",
                                               "Semaglutide (Wegovy) injection for chronic weight management"]),
    dict(key="zepbound", brand="Zepbound", texts=["Zepbound (tirzepatide) 5 mg/0.5 mL pen, once weekly",
                                                   "Tirzepatide (Zepbound) injection"]),
    dict(key="saxenda", brand="Saxenda", texts=["Saxenda (liraglutide) 3 mg daily injection pens",
                                                 "Liraglutide (Saxenda) 18 mg/3 mL pen"]),
]
_SC_DX = [
    ((["Obesity, class 1"], "E66.811"), [(["Body mass index [BMI] 32.0-32.9, adult"], "Z68.32"),
                                          (["Body mass index [BMI] 33.0-33.9, adult"], "Z68.33")]),
    ((["Obesity, class 2"], "E66.812"), [(["Body mass index [BMI] 36.0-36.9, adult"], "Z68.36"),
                                          (["Body mass index [BMI] 38.0-38.9, adult"], "Z68.38")]),
    ((["Obesity, class 3"], "E66.813"), [(["Body mass index [BMI] 40.0-44.9, adult"], "Z68.41")]),
    ((["Obesity, unspecified"], "E66.9"), [(["Body mass index [BMI] 35.0-35.9, adult"], "Z68.35")]),
]
# the earlier message's medicine (never the truth)
_SC_OTHER = ["metformin ER 500 mg tablets", "atorvastatin 20 mg tablets", "lisinopril 10 mg tablets",
             "levothyroxine 75 mcg tablets", "sertraline 50 mg tablets", "omeprazole 20 mg capsules"]
_SC_MS = ("1-800-464-4000", "711")


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b26_sc"):
        return
    c.extra["b26_sc"] = True
    _fmt(w, STYLES_EN)
    c.region = "Southern California"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CA", "Southern California")
    drug = w.pick(_SC_DRUGS)
    c.extra["sc_drug"] = drug
    c.services = [dict(text=w.pick(drug["texts"]), codes=[], decision="denied")]
    (t1, code1), bmis = w.pick(_SC_DX)
    c.diagnoses = [dict(text=t1[0], codes=[code1])]
    if w.chance(0.7):
        t2, code2 = w.pick(bmis)
        c.diagnoses.append(dict(text=t2[0], codes=[code2]))
    c.criteria = []
    c.service = None
    if not c.provider:
        name, _, _ = person(w.rng, 0.2)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}"])
    if w.chance(0.6):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials="PharmD", specialty=None if w.chance(0.5) else "Clinical Pharmacy",
                          phone=w.pick(["(626)", "(909)", "(714)", "(951)", "(619)"]) +
                          f" {w.rng.randint(200, 989)}-{w.rng.randint(0, 9999):04d}" if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Clinical Pharmacist, Drug Benefit Review", "Pharmacy Benefit Reviewer"])
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 180
        c.appeal_phrase = w.pick(["180 days", "180 calendar days"])
    # distractors: the earlier message in the thread and the day the thread was printed
    start = c.received or c.letter
    c.extra["sc_prev"] = start - dt.timedelta(days=w.rng.randint(6, 75))
    c.extra["sc_printed"] = c.letter + dt.timedelta(days=w.rng.randint(0, 9))
    c.extra["sc_other"] = w.pick(_SC_OTHER)
    oname, _, _ = person(w.rng, 0.2)
    c.extra["sc_other_doc"] = w.pick([f"Dr. {oname}", f"{oname}, MD", f"{oname}, NP"])
    c.extra["sc_rx"] = f"{w.rng.randint(1000000, 9999999)}"
    c.extra["sc_pharm"] = w.pick(["Downey", "Baldwin Park", "Fontana", "Riverside", "Panorama City", "Irvine",
                                  "San Marcos", "Woodland Hills"])
    _flags(c)


def reason_b26_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    brand = c.extra["sc_drug"]["brand"]
    if _bare(c):
        return w.pick([f"{brand} is not covered.", "This drug is not a covered benefit.",
                       "Not covered under your plan."])
    out = [
        f"Your plan's outpatient prescription drug benefit does not cover drugs used for weight loss. {brand} was "
        "prescribed to you for weight management, so we cannot cover it.",
        f"We cannot cover {brand} because drugs prescribed for weight loss or weight management are excluded from "
        "your plan's prescription drug benefit.",
    ]
    if not _has(c, "notice.plan_provision"):  # this one names the plan document itself
        out.append(f"{brand} is excluded from your coverage: your Evidence of Coverage lists drugs for weight loss "
                   "among the prescription drug exclusions, and your prescription was written for weight management.")
    return w.pick(out)


def _sc_dmhc(w: W, size: float) -> list[Block]:
    if _has(w.c, "notice.dmhc_statement"):
        return []
    ms, tty = _SC_MS
    t = (
        "The California Department of Managed Health Care (DMHC) regulates health care service plans. If you have "
        f"a grievance against Kaiser Permanente, first call us at {ms} (TTY {tty}) and use our grievance process "
        "before you contact the Department. Using this grievance process does not limit any legal rights or "
        "remedies you may have. If you need help with a grievance about an emergency, a grievance we have not "
        "resolved to your satisfaction, or a grievance that is still unresolved after 30 days, you may call the "
        "Department for help. You may also qualify for an Independent Medical Review (IMR). If you qualify, IMR "
        "gives an impartial review of health plan decisions about the medical necessity of a proposed service or "
        "treatment, coverage decisions for treatments that are experimental or investigational, and payment "
        "disputes for emergency or urgent medical services. The Department's toll-free number is 1-888-466-2219 "
        "and its TDD line for the hearing and speech impaired is 1-877-688-9891. Complaint forms, IMR application "
        "forms and instructions are online at www.dmhc.ca.gov."
    )
    return [w.p(t, bold=True, size=max(12.0, size), space_before=8)]


def _sc_decision_blocks(w: W, in_message: bool) -> list[Block]:
    """The decision itself and the member's rights (shared by the message and the plain letter)."""
    c = w.c
    ms, tty = _SC_MS
    drug = c.extra["sc_drug"]
    s0 = c.services[0]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []
    intro = w.pick([f"{prov} sent us a prescription for {w.svc(s0)}.",
                    f"We reviewed the prescription {prov} wrote for you for {w.svc(s0)}.",
                    f"You asked us to fill {w.svc(s0)}, prescribed by {prov}."])
    if rec:
        intro += w.pick([f" The pharmacy sent it for coverage review on {rec}.", f" We received it on {rec}."])
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" Our decision date: {dec}."])
    b.append(w.p(intro, space_before=6))
    b.append(w.p(w.pick(["Diagnosis on the prescription: ", "Diagnosis: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    b.append(w.h(w.pick(["Our decision", "Why this drug is not covered", "Coverage decision"]), space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    if not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            "This exclusion is in your Evidence of Coverage, section \"Outpatient Prescription Drugs, Supplies, and "
            "Supplements,\" under its list of exclusions (drugs used for weight loss).",
            "Plan provision: Evidence of Coverage, \"Outpatient Prescription Drugs, Supplies, and Supplements\" - "
            "Exclusions: \"drugs for weight loss or weight management.\"",
        ])))
    b.append(w.p(w.pick([
        f"This is a decision about your benefits, not about whether {drug['brand']} is right for you. You may buy it "
        "at the full retail price, and your doctor can talk with you about covered weight-management programs.",
        "Your doctor can talk with you about covered options, such as Kaiser Permanente's weight-management "
        "classes. If a drug is prescribed for a different medical condition, it is reviewed under the rules for "
        "that condition.",
    ])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(
            w, ["Reviewed by {who}.", "Pharmacist who reviewed the prescription: {who}."],
            ["Your doctor may call {ph} with questions.", "Direct line: {ph}."])))
    b.append(w.h(w.pick(["If you disagree: your grievance rights", "How to file a grievance (appeal)",
                         "Your right to appeal"]), space_before=8))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this notice. "
            f"Call Member Services at {ms} (TTY {tty}), 24 hours a day, 7 days a week (closed holidays), file "
            "online at kp.org, or write to Member Relations Grievance Operations, P.O. Box 939001, San Diego, CA "
            "92193.",
            f"To appeal, file a grievance with us within {M('APPEAL_DAYS', c.appeal_phrase)} of this notice: "
            f"online at kp.org, by phone at {ms} (TTY {tty}), or by mail to Kaiser Foundation Health Plan, Inc., "
            "Member Relations Grievance Operations, P.O. Box 939001, San Diego, CA 92193. Your doctor or someone you "
            "choose may file for you.",
        ])))
    else:
        b.append(w.p(f"To file a grievance, call {ms} (TTY {tty}) or go to kp.org."))
    b.append(w.p(w.pick([
        "If your health is in serious danger while you wait, ask for an urgent (expedited) review; we will decide "
        "within 72 hours.",
        "Urgent cases: if waiting could seriously harm your health, we decide your grievance within 72 hours.",
    ])))
    b.append(w.p("You may ask for free copies of the documents and plan provisions we used."))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help is available from the Health Consumer Alliance, California's consumer assistance program: "
            "1-888-804-3536.",
            "The Health Consumer Alliance can help you with your grievance at no cost. Call 1-888-804-3536.",
        ])))
    b += _sc_dmhc(w, 12.0)
    return b


def t_b26_sc(w: W):
    _sc_setup(w)
    c = w.c
    ms, tty = _SC_MS
    variant = w.rng.randrange(3)  # 0 thread with print banner, 1 labelled columns and quoted reply, 2 plain letter
    st = _style(w, ["helvetica", "courier", "times"] if variant < 2 else ["times", "helvetica"], [9.0, 9.5, 10.0])
    fmt = c.extra["b26_fmt"]
    drug = c.extra["sc_drug"]
    b: list[Block] = []
    prev = c.extra["sc_prev"]
    subj = w.pick([f"Coverage decision: {drug['brand']}", f"Your prescription for {drug['brand']}",
                   f"Pharmacy benefit decision - {drug['brand']}"])
    sender = w.pick(["Kaiser Permanente Pharmacy Benefit Services", "KP Pharmacy - Drug Benefit Review",
                     "Southern California Pharmacy Benefit Team"])
    prev_from = f"{c.extra['sc_pharm']} Medical Offices Pharmacy"
    sent = _dm(w, "DATE_LETTER", c.letter) + f" {_clock(w)}"
    prev_sent = f"{b26date(prev, fmt)} {_clock(w)}"
    prev_subj = w.pick([f"Refill ready: {c.extra['sc_other']}", f"Prescription update - {c.extra['sc_other']}",
                        "Your refill request"])
    prev_body = w.pick([
        f"Your refill of {c.extra['sc_other']} (Rx #{c.extra['sc_rx']}), prescribed by {c.extra['sc_other_doc']}, is "
        f"ready for pickup at the {c.extra['sc_pharm']} pharmacy. We will hold it for 10 days.",
        f"We mailed your {c.extra['sc_other']} (Rx #{c.extra['sc_rx']}) today. Your prescriber, "
        f"{c.extra['sc_other_doc']}, approved 3 more refills.",
    ])
    if variant in (0, 1):
        st.footer = [w.pick(["kp.org Message Center | Page {page} of {pages}", "https://healthy.kaiserpermanente.org"
                             "/southern-california/secure/message-center  {page}/{pages}", "Page {page}"])]
        st.footer_align = w.pick(["left", "right"])
        printed = b26date(c.extra["sc_printed"], fmt)
        if variant == 0 and w.chance(0.5):  # the browser's print header atop every page
            st.header = [f"Printed {printed} {_clock(w)}  |  kp.org Message Center"]
            st.header_all_pages = True
        else:
            b.append(w.p(w.pick([f"Printed {printed} {_clock(w)}", f"Printed by member on {printed}",
                                 f"kp.org - printed {printed}"]), size=7.5))
        b.append(w.p(w.pick(["KAISER PERMANENTE - Message Center", "kp.org  |  My Health Manager  |  Messages",
                             "Message Center - Southern California"]), bold=True, size=st.size + 2, space_before=4))
        b.append(Block("rule", space_before=4))
        head = [("From", sender), ("Sent", sent), ("To", w.name()), ("Subject", subj)]
        if w.chance(0.5):
            head.insert(3, ("Member ID", w.mid()))
        if variant == 0:
            for k, v in head:
                b.append(w.p(f"{k}: {v}", space_before=1, bold=False))
        else:
            b.append(Block("table", rows=[[f"{k}:", v] for k, v in head], header_row=False, space_before=6,
                           size=st.size - 0.5))
        b.append(Block("rule", space_before=6))
        sal = c.member_salute if c.member_salute != "Member" else "Kaiser Permanente member"
        b.append(w.p(w.pick([f"Dear {sal},", f"Hello {sal},"]), space_before=8))
        if not any(k == "Member ID" for k, _ in head):
            b.append(w.p(f"This message is about your prescription coverage (member ID {w.mid()})."))
        b += _sc_decision_blocks(w, True)
        b.append(w.p(w.pick(["Thank you,", "Sincerely,"]), space_before=8))
        b += _signature(w, "Pharmacy Benefit Services", "Kaiser Foundation Health Plan, Inc., Southern California")
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(f"Free interpreter and language services: {ms} (TTY {tty}).", space_before=6))
        b += _taglines(w, "SCAL", f"{ms} (TTY {tty})", w.pick([None, "Language assistance", "Free language help"]),
                       keep_all=True)
        # the earlier message in the thread
        b.append(Block("rule", space_before=12))
        if variant == 0:
            b.append(w.p(w.pick(["----- Earlier message -----", "Previous message in this conversation"]),
                         italic=True, space_before=4))
            for k, v in [("From", prev_from), ("Sent", prev_sent), ("To", c.member_name), ("Subject", prev_subj)]:
                b.append(w.p(f"{k}: {v}", space_before=1))
            b.append(w.p(prev_body, space_before=6))
            if w.chance(0.4):  # an older message still: the member's own question about another refill
                older = prev - dt.timedelta(days=w.rng.randint(3, 40))
                other2 = w.pick([x for x in _SC_OTHER if x != c.extra["sc_other"]])
                b.append(Block("rule", space_before=10))
                older_subj = w.pick(["Refill question", "Question about my medicines"])
                for k, v in [("From", c.member_name), ("Sent", f"{b26date(older, fmt)} {_clock(w)}"),
                             ("To", prev_from), ("Subject", older_subj)]:
                    b.append(w.p(f"{k}: {v}", space_before=1))
                b.append(w.p(w.pick([
                    f"Hi, I will be traveling next month. Can I get my {other2.split()[0]} and my "
                    f"{c.extra['sc_other'].split()[0]} refilled a little early? Thank you.",
                    f"Hello, my {other2.split()[0]} bottle says no refills left. Can {c.extra['sc_other_doc']} renew "
                    "it?",
                ]), space_before=6))
        else:
            b.append(w.p(f"On {prev_sent}, {prev_from} wrote:", italic=True, space_before=4))
            b.append(w.p(f"> Subject: {prev_subj}", space_before=2))
            b.append(w.p(f"> {prev_body}", space_before=2))
            b.append(w.p("> This message was sent from a no-reply address.", space_before=2))
    else:
        st.footer = [w.pick(["Kaiser Permanente Southern California - Pharmacy | {page}", "Page {page} of {pages}"])]
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Southern California", "Pharmacy Benefit Services"],
                       right=["Kaiser Foundation Health Plan, Inc.", f"Member Services {ms}", f"TTY {tty}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {c.ids['ref']}", size=st.size - 0.5, space_before=8))
        b.append(w.h(w.pick(["Notice of Denial: Outpatient Prescription Drug", "Your prescription is not covered",
                             "PRESCRIPTION COVERAGE DECISION"]), space_before=10, size=st.size + 1.5))
        sal = c.member_salute if c.member_salute != "Member" else "Member"
        b.append(w.p(w.pick([f"Dear {sal}:", f"Dear {sal},"]), space_before=8))
        b += _sc_decision_blocks(w, False)
        b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
        b += _signature(w, "Pharmacy Benefit Services", "Kaiser Foundation Health Plan, Inc., Southern California")
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(f"Free interpreter and language services: {ms} (TTY {tty}).", space_before=6))
        b += _taglines(w, "SCAL", f"{ms} (TTY {tty})", w.pick([None, "Language assistance"]), keep_all=True)
    return b, st, ["scal_msg_thread", "scal_msg_quoted_reply", "scal_plain_letter"][variant]


BLIND26_TEMPLATES["blind26_scal_glp1_secure_message"] = (t_b26_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["not_covered"], reason=reason_b26_sc))
MODELED_ON["blind26_scal_glp1_secure_message"] = (
    "blind26: Kaiser Permanente Southern California commercial HMO pharmacy decision excluding a weight-management "
    "drug (Wegovy, Zepbound or Saxenda) for obesity, printed from the kp.org message center (From / Sent / To / "
    "Subject header, the decision, an earlier message about another medicine beneath it, a print banner date) or as a "
    "plain letter; not covered under the Evidence of Coverage drug exclusions; 180-day grievance, 72-hour urgent "
    "review, the DMHC statement with Independent Medical Review, the Health Consumer Alliance, taglines")
