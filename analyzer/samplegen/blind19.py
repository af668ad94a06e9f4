"""Nineteenth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND19_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind19_co_medicaid_reason_codes")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind19_co_medicaid_reason_codes``: Health First Colorado (Colorado Medicaid) member enrolled through Kaiser
   Permanente Colorado: a Notice of Adverse Benefit Determination whose table of requested services (service,
   CPT/HCPCS code, units asked, units approved, reason code) is explained by a reason-code key further down; all lines
   denied, or some approved for fewer units; lines may carry different reasons (medical necessity, not a covered
   benefit, prior authorization, non-participating provider). About a third of the letters are in Spanish (with an
   English tagline first). 60-day appeal, continuation of benefits within 10 days, 72-hour fast appeal, State Fair
   Hearing after the plan appeal (no hearing deadline or agency number: the catalogue verifies none for Colorado).
2. ``blind19_midatlantic_oon_specialist``: Kaiser Permanente Mid-Atlantic States (Maryland, Virginia or DC)
   commercial HMO or ERISA employer plan letter refusing a referral to a non-plan specialist or center (pediatric
   neurosurgery, transplant evaluation, gender-affirming surgery, a movement-disorder clinic) because plan clinicians
   can give the care, with a table or list of plan clinicians (names, credentials, locations, next available
   appointment): distractors, never the reviewer, the requester or a letter date. 180-day appeal, external review
   within 4 months, ERISA section 502(a) and EBSA (with the catalogue's caveat) only on ERISA letters, the Maryland
   Health Education and Advocacy Unit or the Virginia managed care ombudsman (verified numbers) or the DC ombudsman
   by name. The California-only timely-access defect is never planted (the catalogue limits it to California).
3. ``blind19_nca_retro_review_claim``: Kaiser Permanente Northern California commercial HMO (Knox-Keene) letter after
   a retrospective review of a stay or surgery: days beyond the authorized ones, extra implants, or inpatient charges
   for a stay authorized as observation are not paid (a planted ``process.retro_denial_of_authorized`` denies days or
   charges that the authorization covered). Several pages, each with a running header or footer repeating the member
   name, member ID, a reference number and "Page N of M"; an attachment page carries the physician reviewer's own
   summary. DMHC statement, Independent Medical Review within 6 months, 180-day grievance, Health Consumer Alliance.

Dates use this set's own styles (``b19date``); ``parse_blind19_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import vocab as V
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

BLIND19_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MONTHS_ES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_MES3 = [m[:3] for m in MONTHS_ES]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b19date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 5, 2025
        return f"{mon} {d.day}, {d.year}"
    if style == "mdyd":  # 3-5-2025 (month first, no padding)
        return f"{d.month}-{d.day}-{d.year}"
    if style == "ordmon":  # 5th Mar 2025
        return f"{_ordinal(d.day)} {mon[:3]} {d.year}"
    if style == "ymdu":  # 2025-3-5 (year first, no padding)
        return f"{d.year}-{d.month}-{d.day}"
    if style == "wknum":  # Wed 3/5/2025
        return f"{_WK3[d.weekday()]} {d.month}/{d.day}/{d.year}"
    if style == "es_long":  # 5 de marzo de 2025
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_md":  # marzo 5 de 2025
        return f"{MONTHS_ES[d.month - 1]} {d.day} de {d.year}"
    if style == "es_mon":  # 5 mar 2025
        return f"{d.day} {MONTHS_ES[d.month - 1][:3]} {d.year}"
    raise ValueError(style)


STYLES_EN = ("long", "mdyd", "ordmon", "ymdu", "wknum")
STYLES_ES = ("es_long", "es_md", "es_mon")
STYLES = STYLES_EN + STYLES_ES


def parse_blind19_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b19date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)-([1-9]\d?)-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th) ([A-Z][a-z]{2}) (\d{4})", t)
        if m and m[3] in _MON3 and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), _MON3.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})-([1-9]\d?)-([1-9]\d?)", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([1-9]\d?)/([1-9]\d?)/(\d{4})", t)
        if m and m[1] in _WK3:
            d = dt.date(int(m[4]), int(m[2]), int(m[3]))
            return d if _WK3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m and m[2] in MONTHS_ES:
            return dt.date(int(m[3]), MONTHS_ES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([a-z]+) (\d{1,2}) de (\d{4})", t)
        if m and m[1] in MONTHS_ES:
            return dt.date(int(m[3]), MONTHS_ES.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) ([a-z]{3}) (\d{4})", t)
        if m and m[2] in _MES3:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b19_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b19date(day, w.c.extra["b19_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _es(w: W) -> bool:
    return w.c.language == "es"


def _t(w: W, en, es):
    """English or Spanish wording (a list is a choice of phrasings)."""
    x = es if _es(w) else en
    return w.pick(x) if isinstance(x, list) else x


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 56.0, 64.0]),
               margin_t=w.pick([44.0, 52.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _doctor(w: W, state: str | None = None) -> str:
    name, _, _ = person(w.rng, 0.25)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}", f"{name}, MD, FAAP"])


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# taglines written for this set; {ph} is a number the letter prints
_TAGS = {
    "en": "Do you speak English? You can get help reading this notice in English at no cost. Call {ph}.",
    "es": "¿Habla español? Le ayudamos a leer este aviso en su idioma sin costo alguno. Llame al {ph}.",
    "vi": "Quý vị nói tiếng Việt? Chúng tôi có thể giúp quý vị đọc thông báo này miễn phí. Gọi {ph}.",
    "zh": "您說中文嗎？我們可以免費幫助您閱讀本通知。請致電 {ph}。",
    "ko": "한국어를 하십니까? 이 통지서를 읽는 데 무료로 도움을 드립니다. {ph}번으로 전화하십시오.",
    "ru": "Вы говорите по-русски? Мы бесплатно поможем вам прочитать это уведомление. Звоните {ph}.",
    "am": "አማርኛ ይናገራሉ? ይህንን ማስታወቂያ ለማንበብ በነጻ እንረዳዎታለን። ወደ {ph} ይደውሉ።",
    "ar": "هل تتحدث العربية؟ يمكننا مساعدتك في قراءة هذا الإشعار مجانًا. اتصل بالرقم {ph}.",
    "fr": "Vous parlez français ? Nous pouvons vous aider gratuitement à lire cet avis. Appelez le {ph}.",
    "ne": "के तपाईं नेपाली बोल्नुहुन्छ? यो सूचना पढ्न हामी निःशुल्क मद्दत गर्छौं। {ph} मा फोन गर्नुहोस्।",
    "tl": "Nagsasalita ka ba ng Tagalog? Matutulungan ka naming basahin ang abisong ito nang libre. Tumawag sa {ph}.",
    "hy": "Խոսու՞մ եք հայերեն։ Մենք անվճար կօգնենք կարդալ այս ծանուցումը։ Զանգահարեք {ph}։",
    "fa": "آیا فارسی صحبت می‌کنید؟ ما به‌طور رایگان در خواندن این اطلاعیه به شما کمک می‌کنیم. با {ph} تماس بگیرید.",
    "pa": "ਕੀ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ? ਅਸੀਂ ਇਸ ਨੋਟਿਸ ਨੂੰ ਪੜ੍ਹਨ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਕਰਦੇ ਹਾਂ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "តើអ្នកនិយាយភាសាខ្មែរទេ? យើងអាចជួយអ្នកអានសេចក្តីជូនដំណឹងនេះដោយឥតគិតថ្លៃ។ ហៅទៅលេខ {ph}។",
    "ja": "日本語を話されますか？この通知を読むお手伝いを無料でいたします。{ph} までお電話ください。",
}


def _taglines(w: W, langs: list[str], ph: str, heading: str | None, keep_first: int = 1) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    head, rest = langs[:keep_first], langs[keep_first:]
    rest = list(rest)
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(max(0, len(rest) - 3), len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=8.0) if heading else Block("rule", space_before=10)]
    for code in langs:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.2))
    return out


def _reviewer_setup(w: W, specs: list[str], p_none: float, state: str) -> None:
    """Reviewer facts for this set: a physician with or without specialty/phone, none, or (planted) a non-physician."""
    c = w.c
    if _has(c, "process.reviewer_not_physician"):
        if not c.reviewer:
            name, _, _ = person(w.rng, 0.2)
            c.reviewer = dict(name=name, credentials="RN", specialty=None, phone=None)
            c.reviewer_title = "Utilization Review Nurse"
        c.reviewer["specialty"] = None
        c.reviewer["phone"] = None
        return
    if w.chance(p_none):
        c.reviewer = None
        return
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, MPH"]) if w.chance(0.88) else None,
                      specialty=w.pick(specs) if w.chance(0.65) else None,
                      phone=phone(w.rng, state) if w.chance(0.45) else None)


# === 1. Health First Colorado (Medicaid): a table of services explained by a reason-code key =====================

# one requested service: names (en, es), code, units asked (range), unit word (en, es), diagnosis, criteria for
# medical necessity lines, the specific reason (en, es) and, for medical necessity, the partial-approval reason
_CO_LINES = {
    "medical_necessity": [
        dict(en=["Physical therapy, therapeutic exercise (15-min units)", "Physical therapy - therapeutic exercise"],
             es=["Fisioterapia, ejercicio terapéutico (unidades de 15 min)", "Fisioterapia - ejercicio terapéutico"],
             code="97110", units=(16, 36),
             dx=(["Unilateral primary osteoarthritis, right knee", "Primary osteoarthritis of right knee"],
                 ["Artrosis primaria unilateral de rodilla derecha"], "M17.11"),
             crit=["InterQual Outpatient Rehabilitation criteria", "MCG ambulatory guideline for physical therapy"],
             spec="Physical Medicine and Rehabilitation",
             why_en="the therapy notes from the past six weeks show that you walk without a cane and reached the "
                    "goals in your plan of care, so more visits with a therapist are not needed; you can keep "
                    "improving with the home exercises you were taught",
             why_es="las notas de terapia de las últimas seis semanas muestran que usted camina sin bastón y "
                    "alcanzó las metas de su plan de cuidado; ya no necesita más visitas con un terapeuta y puede "
                    "seguir mejorando con los ejercicios en casa que le enseñaron",
             part_en="the therapy notes support {ok} more units to finish your home program, not the {asked} asked "
                     "for, because you already reached most of the goals in your plan of care",
             part_es="las notas de terapia justifican {ok} unidades más para terminar su programa en casa, no las "
                     "{asked} pedidas, porque usted ya alcanzó casi todas las metas de su plan de cuidado"),
        dict(en=["Occupational therapy, therapeutic activities (15-min units)", "Occupational therapy activities"],
             es=["Terapia ocupacional, actividades terapéuticas (unidades de 15 min)"],
             code="97530", units=(12, 32),
             dx=(["Cerebral palsy, unspecified"], ["Parálisis cerebral, no especificada"], "G80.9"),
             crit=["InterQual Outpatient Rehabilitation criteria", "Kaiser Permanente Colorado pediatric therapy "
                   "medical necessity criteria"],
             spec="Pediatrics",
             why_en="the school therapy reports sent with the request show your child already gets weekly "
                    "occupational therapy at school for the same goals, and the request does not show a new goal "
                    "that needs a second therapist",
             why_es="los informes de terapia escolar enviados con la solicitud muestran que su hijo ya recibe "
                    "terapia ocupacional semanal en la escuela para las mismas metas, y la solicitud no muestra una "
                    "meta nueva que requiera un segundo terapeuta",
             part_en="the records support {ok} units for new hand-skill goals, but the other goals are already "
                     "being worked on in school therapy, so the rest of the {asked} units are not needed",
             part_es="los registros justifican {ok} unidades para metas nuevas de destreza manual, pero las otras "
                     "metas ya se trabajan en la terapia escolar, así que el resto de las {asked} unidades no son "
                     "necesarias"),
        dict(en=["Private duty nursing in the home, RN, per hour", "Home private duty nursing (RN), hourly"],
             es=["Enfermería privada a domicilio, enfermera registrada, por hora"],
             code="S9123", units=(240, 420),
             dx=(["Chronic respiratory failure with hypoxia"], ["Insuficiencia respiratoria crónica con hipoxia"],
                 "J96.11"),
             crit=["Kaiser Permanente Colorado private duty nursing medical necessity criteria",
                   "InterQual Home Care criteria"],
             spec="Pediatric Pulmonology",
             why_en="the nursing notes show that for the past two months no nursing task was needed overnight and "
                    "that your trained family caregivers handle the oxygen and feeding equipment safely",
             why_es="las notas de enfermería muestran que en los últimos dos meses no se necesitó ninguna tarea de "
                    "enfermería durante la noche y que sus familiares capacitados manejan con seguridad el oxígeno "
                    "y el equipo de alimentación",
             part_en="the nursing notes support {ok} hours for daytime care; the remaining hours of the {asked} "
                     "asked for were overnight hours when no nursing task was recorded",
             part_es="las notas de enfermería justifican {ok} horas de atención de día; las demás de las {asked} "
                     "horas pedidas eran de noche, cuando no se registró ninguna tarea de enfermería"),
        dict(en=["Adaptive behavior treatment by protocol, per 15 minutes", "ABA therapy by a technician"],
             es=["Tratamiento de conducta adaptativa según protocolo, cada 15 minutos"],
             code="97153", units=(320, 600),
             dx=(["Autistic disorder"], ["Trastorno autista"], "F84.0"),
             crit=["Kaiser Permanente Colorado applied behavior analysis criteria",
                   "Council of Autism Service Providers practice guidelines"],
             spec="Developmental-Behavioral Pediatrics",
             why_en="the updated treatment plan does not report progress data on the goals from the last "
                    "authorization, so we cannot tell whether more hours at this level are helping",
             why_es="el plan de tratamiento actualizado no incluye datos de progreso sobre las metas de la "
                    "autorización anterior, así que no podemos saber si más horas a este nivel le están ayudando",
             part_en="the progress data support {ok} units at the current level; the {asked} units asked for would "
                     "raise the hours without a new goal that needs them",
             part_es="los datos de progreso justifican {ok} unidades al nivel actual; las {asked} unidades pedidas "
                     "aumentarían las horas sin una meta nueva que las requiera"),
    ],
    "not_covered": [
        dict(en=["Acupuncture, first 15 minutes", "Acupuncture treatment"], es=["Acupuntura, primeros 15 minutos"],
             code="97810", units=(8, 12),
             dx=(["Low back pain, unspecified"], ["Dolor lumbar, no especificado"], "M54.50"),
             why_en="acupuncture is not a service that Health First Colorado pays for, so we cannot approve it",
             why_es="la acupuntura no es un servicio que pague Health First Colorado, por lo que no podemos "
                    "aprobarla"),
        dict(en=["Massage therapy (15-min units)", "Therapeutic massage"], es=["Masoterapia (unidades de 15 min)"],
             code="97124", units=(8, 16),
             dx=(["Fibromyalgia"], ["Fibromialgia"], "M79.7"),
             why_en="massage therapy on its own, without a therapy plan run by a physical therapist, is not a "
                    "benefit of Health First Colorado",
             why_es="la masoterapia por sí sola, sin un plan de terapia dirigido por un fisioterapeuta, no es un "
                    "beneficio de Health First Colorado"),
        dict(en=["Exercise class / fitness program", "Supervised fitness program"],
             es=["Clases de ejercicio / programa de acondicionamiento físico"],
             code="S9451", units=(12, 24),
             dx=(["Morbid (severe) obesity due to excess calories"], ["Obesidad mórbida (grave) por exceso de "
                                                                       "calorías"], "E66.01"),
             why_en="gym and fitness classes are not covered by Health First Colorado, even when a doctor "
                    "recommends them",
             why_es="los gimnasios y las clases de ejercicio no están cubiertos por Health First Colorado, aunque "
                    "los recomiende un médico"),
    ],
    "no_prior_authorization": [
        dict(en=["Cardiac rehabilitation with ECG monitoring, per session", "Outpatient cardiac rehab session"],
             es=["Rehabilitación cardíaca con monitoreo de ECG, por sesión"],
             code="93798", units=(18, 36),
             dx=(["Non-ST elevation (NSTEMI) myocardial infarction"], ["Infarto de miocardio sin elevación del ST "
                                                                       "(IMSEST)"], "I21.4"),
             why_en="the sessions had already started before the program asked us to approve them, and this "
                    "service needs prior authorization before it begins",
             why_es="las sesiones ya habían empezado antes de que el programa nos pidiera aprobarlas, y este "
                    "servicio necesita autorización previa antes de empezar"),
        dict(en=["Sleep study, unattended, home", "Home sleep apnea test"], es=["Estudio del sueño en casa, sin "
                                                                            "supervisión"],
             code="95806", units=(1, 1),
             dx=(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"],
                 ["Apnea obstructiva del sueño"], "G47.33"),
             why_en="the test was done before the request for prior authorization reached us; a sleep study "
                    "needs our approval first",
             why_es="el estudio se hizo antes de que recibiéramos la solicitud de autorización previa; un estudio "
                    "del sueño necesita nuestra aprobación antes"),
    ],
    "out_of_network": [
        dict(en=["Speech-language therapy, individual", "Speech therapy session"],
             es=["Terapia del habla y lenguaje, individual"],
             code="92507", units=(12, 24),
             dx=(["Mixed receptive-expressive language disorder"], ["Trastorno mixto del lenguaje receptivo y "
                                                                    "expresivo"], "F80.2"),
             why_en="{outside} is not a Kaiser Permanente provider for Health First Colorado members, and "
                    "speech therapists in our network can see you at {fac}",
             why_es="{outside} no es un proveedor de Kaiser Permanente para los miembros de Health First "
                    "Colorado, y los terapeutas del habla de nuestra red pueden atenderle en {fac}"),
        dict(en=["Orthopedic consultation, new patient", "New patient visit, orthopedics"],
             es=["Consulta de ortopedia, paciente nuevo"],
             code="99204", units=(1, 1),
             dx=(["Complete tear of right rotator cuff, not specified as traumatic"],
                 ["Desgarro completo del manguito rotador derecho, no especificado como traumático"], "M75.121"),
             why_en="the visit is with {outside}, which is not in our network, and our orthopedic surgeons at "
                    "{fac} treat this shoulder problem",
             why_es="la consulta es con {outside}, que no está en nuestra red, y nuestros cirujanos ortopédicos en "
                    "{fac} tratan este problema del hombro"),
    ],
}
_CO_OUTSIDE = ["Front Range Therapy Partners", "Cherry Creek Orthopedic Associates", "Foothills Kids Therapy",
               "Mile High Specialty Clinic"]
_CO_PREFIX = {"medical_necessity": "MN", "not_covered": "NC", "no_prior_authorization": "PA", "out_of_network": "NP"}
_CO_LABEL = {
    "medical_necessity": ("Not medically necessary", "No es médicamente necesario"),
    "not_covered": ("Not a covered benefit", "No es un beneficio cubierto"),
    "no_prior_authorization": ("Prior authorization required", "Se requiere autorización previa"),
    "out_of_network": ("Provider not in network", "Proveedor fuera de la red"),
}
_CO_BARE = {
    "medical_necessity": ("This service is not medically necessary.", "Este servicio no es médicamente necesario."),
    "not_covered": ("This service is not a covered benefit.", "Este servicio no es un beneficio cubierto."),
}
_CO_MS = [("303-338-3800", "Denver/Boulder"), ("1-888-681-7878", "Southern Colorado")]
_SPEC_ES = {"Physical Medicine and Rehabilitation": "Medicina Física y Rehabilitación", "Pediatrics": "Pediatría",
            "Pediatric Pulmonology": "Neumología Pediátrica",
            "Developmental-Behavioral Pediatrics": "Pediatría del Desarrollo y la Conducta",
            "Family Medicine": "Medicina Familiar", "Internal Medicine": "Medicina Interna"}


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b19_co"):
        return
    c.extra["b19_co"] = True
    if w.chance(0.35):
        c.language = "es"
    _fmt(w, STYLES_ES if _es(w) else STYLES_EN)
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    partial = c.letter_kind == "partial_denial"
    fac = w.pick(V.facilities("CO", "Colorado"))
    outside = w.pick(_CO_OUTSIDE)
    c.extra["co_fac"], c.extra["co_out"] = fac, outside
    pool = list(_CO_LINES[c.category])
    w.rng.shuffle(pool)
    n = 1 if c.category != "medical_necessity" else w.pick([1, 1, 2])
    items = pool[:n]
    # a second reason on another line, in some letters (never in a partial approval: those are all medical necessity)
    if not partial and w.chance(0.3):
        other = w.pick([k for k in _CO_LINES if k != c.category])
        items.append(w.pick(_CO_LINES[other]) | {"_cat": other})
    lines = []
    counters: dict[str, int] = {}
    for k, it in enumerate(items):
        cat = it.get("_cat", c.category)
        lo, hi = it["units"]
        asked = w.rng.randint(lo, hi)
        if lo == hi:
            asked = lo
        ok = 0
        if partial and cat == "medical_necessity" and asked > 1:
            ok = max(1, asked // w.pick([2, 3, 4]))
        counters[cat] = counters.get(cat, 0) + 1
        rc = f"{_CO_PREFIX[cat]}{counters[cat]}"
        lines.append(dict(item=it, cat=cat, asked=asked, ok=ok, rc=rc, first=k == 0))
    # a partial approval may also hold a line approved in full (no reason code)
    if partial and w.chance(0.4):
        it = w.pick([x for x in _CO_LINES["medical_necessity"] if x not in items])
        lo, hi = it["units"]
        a = w.rng.randint(lo, hi)
        lines.append(dict(item=it, cat=None, asked=a, ok=a, rc="", first=False))
    c.extra["co_lines"] = lines
    lang = "es" if _es(w) else "en"
    c.services = [dict(text=w.pick(ln["item"][lang]), codes=[ln["item"]["code"]],
                       decision="approved" if ln["rc"] == "" else "denied") for ln in lines]
    c.diagnoses = []
    for ln in lines:
        en, es, code = ln["item"]["dx"]
        if code not in [d["codes"][0] for d in c.diagnoses] and len(c.diagnoses) < 2:
            c.diagnoses.append(dict(text=w.pick(es if _es(w) else en), codes=[code]))
    if len(c.diagnoses) > 1 and w.chance(0.3):
        c.diagnoses = c.diagnoses[:1]
    # criteria for the medical-necessity lines (none when a planted defect leaves them out)
    c.criteria = []
    if not _bare(c) and not _has(c, "notice.criteria_cited"):
        for ln in lines:
            if ln["cat"] == "medical_necessity" and len(c.criteria) < 2:
                cr = w.pick(ln["item"]["crit"])
                if cr not in c.criteria:
                    c.criteria.append(cr)
    c.provider = _doctor(w)
    c.service = None
    # appeal window: 60 days from the date on the notice; a planted short window keeps the case's number
    days = c.appeal_days if _has(c, "notice.appeal_deadline") else 60
    c.appeal_days = days
    c.appeal_phrase = w.pick([f"{days} días", f"{days} días calendario"]) if _es(w) else \
        w.pick([f"{days} days", f"{days} calendar days"])
    spec = lines[0]["item"].get("spec") or "Family Medicine"
    needs_md = any(ln["cat"] == "medical_necessity" for ln in lines)
    specs = [spec, "Family Medicine", "Internal Medicine"]
    if _es(w):
        specs = [_SPEC_ES.get(x, "Medicina Familiar") for x in specs]
    _reviewer_setup(w, specs, 0.15 if needs_md else 0.55, "CO")
    c.extra["co_ms"] = _CO_MS[1] if "Colorado Springs" in c.member_addr[1] or "Pueblo" in c.member_addr[1] \
        else _CO_MS[0]
    c.extra["co_box"] = f"P.O. Box {w.rng.randint(300000, 399999)}, Denver, CO 802{w.rng.randint(10, 49)}"
    _flags(c)


def _co_why(w: W, ln: dict) -> str:
    c = w.c
    it = ln["item"]
    if _bare(c) and ln["cat"] in _CO_BARE:
        en, es = _CO_BARE[ln["cat"]]
        return es if _es(w) else en
    key = "part" if ln["ok"] and ln["cat"] == "medical_necessity" else "why"
    t = it[f"{key}_{'es' if _es(w) else 'en'}"]
    t = t.replace("{ok}", str(ln["ok"])).replace("{asked}", str(ln["asked"]))
    t = t.replace("{outside}", c.extra["co_out"]).replace("{fac}", c.extra["co_fac"])
    return _cap(t) + "."


def reason_b19_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if "co_reason" not in c.extra:
        c.extra["co_reason"] = _co_why(w, c.extra["co_lines"][0])
    return c.extra["co_reason"]


def t_b19_co(w: W):
    _co_setup(w)
    c = w.c
    es = _es(w)
    lines = c.extra["co_lines"]
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    no_cont = _has(c, "notice.continuation_of_benefits")
    no_prov = _has(c, "notice.plan_provision")
    ms, area = c.extra["co_ms"]
    box = c.extra["co_box"]
    fax = c.phones["fax"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letter + table, key below; 1 summary box + table, key as grid; 2 numbered lines
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Colorado")
    prov = M("PROVIDER", c.provider)
    reason = M("REASON", w.reason)
    st.footer = [w.pick([_t(w, "Page {page} of {pages}", "Página {page} de {pages}"),
                         f"NABD {c.ids['ref']} - {{page}}/{{pages}}",
                         _t(w, "Health First Colorado notice - page {page}", "Aviso de Health First Colorado - "
                                                                             "página {page}")])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []
    title = _t(w, ["Notice of Adverse Benefit Determination", "NOTICE OF ADVERSE BENEFIT DETERMINATION",
                   "Notice of Adverse Benefit Determination - Health First Colorado"],
               ["Aviso de Determinación Adversa de Beneficios", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", f"{region}",
                         _t(w, ["Health First Colorado (Colorado Medicaid) Program", "Medicaid Utilization Review"],
                            ["Programa Health First Colorado (Medicaid de Colorado)", "Revisión de servicios de "
                                                                                     "Medicaid"])],
                   right=[box, _t(w, f"Member Services {ms}", f"Servicios a los Miembros {ms}"), f"Fax {fax}"]))

    # the table of requested services
    def unit_cell(n: int) -> str:
        return str(n)

    head = _t(w, ["Service requested", "Service", "What was asked for"], ["Servicio solicitado", "Servicio"])
    code_h = _t(w, ["CPT/HCPCS", "Code"], ["Código CPT/HCPCS", "Código"])
    asked_h = _t(w, ["Units asked", "Units requested"], ["Unidades pedidas", "Unidades solicitadas"])
    ok_h = _t(w, ["Units approved", "Approved"], ["Unidades aprobadas", "Aprobadas"])
    rc_h = _t(w, ["Reason code", "Reason"], ["Código de motivo", "Motivo"])

    def table() -> list[Block]:
        rows = [[head, code_h, asked_h, ok_h, rc_h]]
        for s, ln in zip(c.services, lines, strict=True):
            rows.append([w.svc(s), w.code(s["codes"][0]), unit_cell(ln["asked"]), unit_cell(ln["ok"]),
                         ln["rc"] or "-"])
        return [Block("table", rows=rows, size=7.6, space_before=8,
                      col_align=["left", "left", "right", "right", "center"])]

    def numbered() -> list[Block]:
        out = []
        for k, (s, ln) in enumerate(zip(c.services, lines, strict=True), 1):
            out.append(w.p(f"{_t(w, 'Line', 'Línea')} {k}: {w.svc(s)} - {code_h} {w.code(s['codes'][0])}", bold=True,
                           space_before=6))
            out.append(w.p(_t(w, f"Units requested: {ln['asked']}   Units approved: {ln['ok']}   Reason code: "
                                 f"{ln['rc'] or 'none (approved in full)'}",
                              f"Unidades solicitadas: {ln['asked']}   Unidades aprobadas: {ln['ok']}   Código de "
                              f"motivo: {ln['rc'] or 'ninguno (aprobado por completo)'}"), indent=14, space_before=1))
        return out

    # the reason-code key
    key_entries = []
    for ln in lines:
        if not ln["rc"]:
            continue
        lab_en, lab_es = _CO_LABEL[ln["cat"]]
        lab = lab_es if es else lab_en
        why = reason if ln["first"] else _co_why(w, ln)
        key_entries.append((ln["rc"], lab, why))

    def key_blocks() -> list[Block]:
        h = w.h(_t(w, ["Reason code key", "What the reason codes mean", "Reason codes used in this notice"],
                   ["Clave de códigos de motivo", "Qué significan los códigos de motivo"]), space_before=10)
        if variant == 1:
            rows = [[_t(w, "Code", "Código"), _t(w, "Meaning", "Significado")]]
            out = [h, Block("table", rows=rows + [[rc, lab] for rc, lab, _ in key_entries], size=8.0,
                            space_before=4)]
            out += [w.p(f"{rc}: {why}", indent=10, space_before=3) for rc, _, why in key_entries]
            return out
        sep = w.pick([" = ", " - ", ": "])
        out = [h]
        for rc, lab, why in key_entries:
            out.append(w.p(f"{rc}{sep}{lab}. {why}", indent=10, space_before=3))
        return out

    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    intro = _t(w, [
        f"{prov} asked Kaiser Permanente to approve the services listed below for you. We have made a decision.",
        f"We reviewed a request from {prov} for the services in the table below.",
    ], [
        f"{prov} pidió a Kaiser Permanente que aprobara los servicios que aparecen abajo. Ya tomamos una decisión.",
        f"Revisamos una solicitud de {prov} para los servicios de la tabla de abajo.",
    ])
    if partial:
        what = _t(w, ["We approved some of the units asked for and denied the rest.",
                      "Part of this request is approved: the table shows how many units."],
                  ["Aprobamos parte de las unidades pedidas y negamos el resto.",
                   "Parte de esta solicitud está aprobada: la tabla muestra cuántas unidades."])
    else:
        what = _t(w, ["We denied the request.", "The services listed below are not approved."],
                  ["Negamos la solicitud.", "Los servicios de la lista no están aprobados."])
    see_key = _t(w, ["Each reason code is explained in the key further down this notice.",
                     "The codes in the last column are explained below." if variant != 2 else
                     "What each reason code means is explained later in this notice."],
                 ["Cada código de motivo se explica en la clave más abajo.",
                  "Los códigos de la última columna se explican más abajo." if variant != 2 else
                  "Más adelante en este aviso se explica qué significa cada código de motivo."])
    ids = [(_t(w, "Member", "Miembro"), w.name()), (_t(w, "Health First Colorado / Kaiser ID", "Número de miembro"),
                                                      w.mid()),
           (_t(w, "Reference", "Referencia"), c.ids["ref"])]
    if rec:
        ids.append((_t(w, "Request received", "Solicitud recibida"), rec))
    if dec:
        ids.append((_t(w, "Decision date", "Fecha de la decisión"), dec))
    ids.append((_t(w, "Requested by", "Solicitado por"), prov))

    body: list[Block] = []
    if urgent:
        body.append(w.p(_t(w, ["This request was reviewed on the fast (expedited) timeline.",
                               "EXPEDITED REVIEW: your provider told us waiting could harm your health."],
                           ["Revisamos esta solicitud con el plazo rápido (acelerado).",
                            "REVISIÓN ACELERADA: su proveedor nos dijo que esperar podría dañar su salud."]),
                        bold=True, space_before=6))
    plan_line = _t(w, [
        "You get your Health First Colorado (Colorado Medicaid) benefits through Kaiser Permanente.",
        "This notice is about your Health First Colorado (Colorado's Medicaid program) coverage with Kaiser "
        "Permanente.",
        "As a Health First Colorado member enrolled with Kaiser Permanente, you have the rights explained below.",
    ], [
        "Usted recibe sus beneficios de Health First Colorado (Medicaid de Colorado) por medio de Kaiser Permanente.",
        "Este aviso trata sobre su cobertura de Health First Colorado (el programa Medicaid de Colorado) con Kaiser "
        "Permanente.",
    ])
    body.append(w.p(intro + " " + what + " " + plan_line if w.chance(0.5) else plan_line + " " + intro + " " + what,
                    space_before=8))
    body.append(w.p(_t(w, "Diagnosis: ", "Diagnóstico: ") + dxs, space_before=3))
    if variant == 2:
        body += numbered()
    else:
        body += table()
    body.append(w.p(see_key, italic=True, size=8.6))
    if partial:
        body.append(w.p(_t(w, ["You can keep getting the approved units; your provider will schedule them.",
                               "The approved units are authorized now."],
                           ["Puede recibir las unidades aprobadas; su proveedor las programará.",
                            "Las unidades aprobadas ya están autorizadas."])))
    # text between the table and the key (the key is "further down")
    mid: list[Block] = []
    if c.criteria:
        mid.append(w.p(_t(w, ["To decide, our reviewer used ", "This decision is based on "],
                          ["Para decidir, nuestro revisor usó ", "Esta decisión se basa en "])
                       + join_and([M("CRITERIA", x) for x in c.criteria], "y" if es else "and") + "."))
    if any(ln["cat"] == "not_covered" for ln in lines) and not no_prov:
        mid.append(w.p(_t(w, ["Services that are not covered are listed in your Health First Colorado member "
                              "handbook under \"Services not covered\".",
                              "See the section of your member handbook called \"What is not covered\"."],
                          ["Los servicios no cubiertos aparecen en su manual del miembro de Health First Colorado, "
                           "en la sección \"Servicios no cubiertos\"."])))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        if _has(c, "process.reviewer_not_physician"):
            mid.append(w.p(_t(w, f"Reviewed by {nm}{cred}, {c.reviewer_title}.",
                              f"Revisado por {nm}{cred}, {c.reviewer_title}.")))
        else:
            sp = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
            t = _t(w, [f"The physician who reviewed this request: {nm}{cred}{sp}.",
                       f"Reviewing doctor: {nm}{cred}{sp}."],
                   [f"El médico que revisó esta solicitud: {nm}{cred}{sp}.", f"Médico revisor: {nm}{cred}{sp}."])
            if r["phone"]:
                t += _t(w, f" Your provider may call {M('REVIEWER_PHONE', r['phone'])} to talk with the reviewer.",
                        f" Su proveedor puede llamar al {M('REVIEWER_PHONE', r['phone'])} para hablar con el "
                        "revisor.")
            mid.append(w.p(t))
    mid.append(w.p(_t(w, ["You can ask for free copies of the records, criteria and other papers we used.",
                          "Copies of everything we used to decide are free on request."],
                      ["Puede pedir copias gratis de los expedientes, criterios y otros documentos que usamos.",
                       "Las copias de todo lo que usamos para decidir son gratis si las pide."])))

    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    rights: list[Block] = [w.h(_t(w, ["Your right to appeal", "If you do not agree with this decision"],
                                  ["Su derecho a apelar", "Si no está de acuerdo con esta decisión"]),
                               space_before=10)]
    rights.append(w.p(_t(w, [
        f"You, your provider (with your written permission) or someone you choose may ask us for an appeal within "
        f"{days} from the date on this notice. Call {ms} ({area}) or write to Appeals, {box}.",
        f"Ask for an appeal within {days} of the date of this notice, by phone at {ms} or in writing to {box}. "
        "Someone you trust, or your provider with your consent, may ask for you.",
    ], [
        f"Usted, su proveedor (con su permiso por escrito) o alguien que usted elija puede pedirnos una apelación "
        f"dentro de {days} a partir de la fecha de este aviso. Llame al {ms} ({area}) o escriba a Apelaciones, "
        f"{box}.",
        f"Pida una apelación dentro de {days} a partir de la fecha de este aviso, por teléfono al {ms} o por "
        f"escrito a {box}.",
    ])))
    if not no_cont:
        rights.append(w.p(_t(w, [
            "If this notice reduces or stops a service you already get, you may keep getting it while your appeal "
            "is decided. To do so, ask for the appeal and say you want the service to continue within 10 days of "
            "the date on this notice or before the change takes effect. If you lose the appeal, you may have to pay "
            "for the services you got during it.",
            "Continuing your services: when a service you already receive is cut back or ended, it can continue "
            "during the appeal if you ask within 10 days of the date on this notice (or by the date the change "
            "starts). If the decision stands, you might be asked to pay for those services.",
        ], [
            "Si este aviso reduce o suspende un servicio que ya recibe, puede seguir recibiéndolo mientras se decide "
            "su apelación. Para eso, pida la apelación y diga que quiere que el servicio continúe dentro de 10 días "
            "a partir de la fecha de este aviso o antes de que el cambio entre en vigor. Si pierde la apelación, es "
            "posible que tenga que pagar los servicios que recibió durante ella.",
        ])))
    if not no_fast:
        rights.append(w.p(_t(w, [
            "If waiting for a standard appeal could seriously harm your life or health, ask for a fast (expedited) "
            "appeal. We decide fast appeals within 72 hours.",
            "Fast appeal: when your health could be put at serious risk by the normal time frame, tell us; an "
            "expedited appeal is decided within 72 hours.",
        ], [
            "Si esperar una apelación normal pudiera poner en grave peligro su vida o su salud, pida una apelación "
            "rápida (acelerada). Decidimos las apelaciones rápidas dentro de 72 horas.",
        ])))
    if not no_ext:
        rights.append(w.p(_t(w, [
            "If our appeal decision is not in your favor, you may ask for a State Fair Hearing. The appeal decision "
            "letter will tell you how to ask and by when.",
            "After you get our answer to your appeal, you can ask for a State Fair Hearing if you still disagree. "
            "We will explain how in that letter.",
        ], [
            "Si la decisión de su apelación no le favorece, puede pedir una Audiencia Imparcial Estatal (State Fair "
            "Hearing). La carta con la decisión de la apelación le dirá cómo pedirla y el plazo.",
        ])))
    if not _has(c, "notice.language_assistance"):
        rights.append(w.p(_t(w, [f"Interpreters and large-print copies are free: call {ms}.",
                                 f"Free language help: {ms}."],
                             [f"Los intérpretes y las copias en letra grande son gratis: llame al {ms}.",
                              f"Ayuda gratuita con el idioma: {ms}."])))

    date_line = w.p(sent, space_before=10, align=w.pick(["left", "right"]))
    addr = [w.p(w.name(), space_before=6)] + [w.p(x, space_before=0) for x in c.member_addr]
    if variant == 1:
        b.append(w.p(title, bold=True, size=st.size + 2, space_before=8, align="center"))
        b.append(Block("table", rows=[[k, v] for k, v in ids], header_row=False, size=8.6, space_before=6))
        b.append(date_line)
        b += addr
        b += body
        b += mid
        b += key_blocks()
        b.append(Block("pagebreak"))
        b += rights
    else:
        b.append(date_line)
        b += addr
        b.append(w.p(title, bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p("  |  ".join(f"{k}: {v}" for k, v in ids), size=8.4, space_before=4))
        b.append(w.p(_t(w, [f"Dear {c.member_salute}:", f"Dear {c.member_salute},"],
                        [f"Estimado/a {c.member_salute}:"]), space_before=8))
        b += body
        b += mid
        if variant == 2 and w.chance(0.5):
            b += rights
            b += key_blocks()
        else:
            b += key_blocks()
            b += rights
    b.append(w.p(_t(w, ["Sincerely,", "Respectfully,"], ["Atentamente,"]), space_before=10))
    b.append(w.p(_t(w, "Medicaid Utilization Review, Kaiser Permanente Colorado",
                    "Revisión de Servicios de Medicaid, Kaiser Permanente Colorado"), bold=True, space_before=4))
    if w.chance(0.5):
        b.append(w.p(f"cc: {prov}", size=8.4, space_before=6))
    langs = ["en", "vi", "zh", "ko", "ru", "am", "ar", "fr", "ne"] if es else \
        ["es", "vi", "zh", "ko", "ru", "am", "ar", "fr", "ne"]
    b += _taglines(w, langs, ms, w.pick([None, _t(w, "Language help", "Ayuda con el idioma")]))
    return b, st, ["co_letter_table_key_below", "co_summary_box_code_grid", "co_numbered_lines"][variant]


BLIND19_TEMPLATES["blind19_co_medicaid_reason_codes"] = (t_b19_co, dict(
    plans=["medicaid"], states=["CO"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity", "not_covered", "no_prior_authorization", "out_of_network"], reason=reason_b19_co))
MODELED_ON["blind19_co_medicaid_reason_codes"] = (
    "blind19: Health First Colorado (Colorado Medicaid) member through Kaiser Permanente Colorado; Notice of Adverse "
    "Benefit Determination with a table of requested services (service, CPT/HCPCS, units asked and approved, reason "
    "code) explained by a reason-code key further down; all denied or fewer units approved; mixed reasons (medical "
    "necessity, not covered, prior authorization, non-participating provider); English or Spanish (English tagline "
    "first); 60-day appeal, continuation within 10 days, 72-hour fast appeal, State Fair Hearing after the appeal, "
    "Kaiser Colorado Member Services numbers, taglines")


# === 2. Mid-Atlantic States commercial or ERISA plan: a non-plan specialist refused, plan clinicians listed =========

# what the member wanted: the outside specialist or center, the services (names, code), the diagnoses, the plan
# specialty that can do it, where plan clinicians see patients, and the reason (plan providers can give the care)
_MAS_REQ = [
    dict(key="peds_neurosurgery",
         outside=["Chesapeake Pediatric Neurosurgical Associates", "Potomac Children's Neurosurgery Group"],
         services=[(["Pediatric neurosurgery consultation, new patient", "New patient visit, pediatric neurosurgery"],
                    "99205"),
                   (["Endoscopic third ventriculostomy", "Third ventriculostomy, endoscopic"], "62201")],
         dx=[(["Obstructive hydrocephalus"], "G91.1")],
         spec="Pediatric Neurosurgery", creds=["MD", "MD, FAANS", "DO"],
         sites=["Severn Children's Hospital (plan hospital)", "Capital Regional Children's Center (plan hospital)"],
         why=["pediatric neurosurgeons who are plan providers treat hydrocephalus in children and perform this "
              "operation, so there is no need to send {first} to {outside}, which is not part of our network",
              "the consultation and surgery your child needs are done by our contracted pediatric neurosurgeons; "
              "{outside} is not a plan provider, and the plan does not cover non-plan care that plan providers can "
              "give"]),
    dict(key="transplant",
         outside=["Allegheny Valley Transplant Institute", "Tidewater Regional Transplant Center"],
         services=[(["Kidney transplant evaluation, new patient consultation", "Transplant candidacy evaluation "
                     "(kidney)"], "99205")],
         dx=[(["End stage renal disease"], "N18.6"), (["Type 2 diabetes mellitus with diabetic chronic kidney disease"],
                                                     "E11.22")],
         spec="Transplant Nephrology", creds=["MD", "MD, FASN", "DO"],
         sites=["Northern Virginia Transplant Program (plan transplant center)",
                "Baltimore Harbor Transplant Center (plan transplant center)"],
         why=["our network includes a kidney transplant center that evaluates adults with end-stage kidney disease, "
              "so an evaluation at {outside}, a non-plan center, is not approved",
              "a plan transplant center can complete your kidney transplant evaluation; {outside} is outside our "
              "network and we refer to it only when no plan center offers the service"]),
    dict(key="gender_affirming",
         outside=["Harbor Point Gender Surgery", "Reston Reconstructive & Gender Surgery Institute"],
         services=[(["Gender-affirming surgery consultation, new patient", "New patient consultation, "
                     "gender-affirming surgery"], "99204"),
                   (["Vaginoplasty (gender-affirming genital surgery)"], "55970")],
         dx=[(["Transsexualism"], "F64.0")],
         spec="Plastic and Reconstructive Surgery", creds=["MD", "MD, FACS"],
         sites=["Largo Medical Center", "Tysons Corner Medical Center", "Capitol Hill Medical Center"],
         why=["plan surgeons who specialize in gender-affirming genital surgery perform this procedure, so the "
              "request to have it done by {outside}, which is not a plan provider, is not approved",
              "this surgery is covered when plan surgeons do it, and our gender-affirming surgery team does; "
              "{outside} is not in our network"]),
    dict(key="movement_disorder",
         outside=["Blue Ridge Movement Disorders Center", "Capital Movement Disorder Clinic"],
         services=[(["Movement disorder specialist consultation, new patient", "New patient visit, movement "
                     "disorders neurology"], "99205"),
                   (["Deep brain stimulation evaluation (electronic analysis, initial)"], "95970")],
         dx=[(["Essential tremor"], "G25.0")],
         spec="Neurology (Movement Disorders)", creds=["MD", "MD, PhD", "DO"],
         sites=["Gaithersburg Medical Center", "Woodbridge Medical Center", "Caton Hill Medical Center"],
         why=["our neurologists who specialize in movement disorders evaluate tremor and decide with you whether "
              "deep brain stimulation fits, so the referral to {outside}, a non-plan clinic, is not needed",
              "plan movement-disorder neurologists see patients with essential tremor and do this evaluation; "
              "{outside} is not a plan provider"]),
]
# Member Services and TTY lines the catalogue verifies for the Mid-Atlantic States
_MAS_MS = ("1-800-777-7902", "(301) 879-6380")
_MAS_HELP = {
    "MD": "the Health Education and Advocacy Unit of the Maryland Attorney General's office, 410-528-1840 or "
          "toll-free 1-877-261-8807",
    "VA": "the Office of the Managed Care Ombudsman at the Virginia Bureau of Insurance, 1-877-310-6560",
    "DC": "the District of Columbia's Office of Health Care Ombudsman and Bill of Rights",
}


def _mas_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b19_mas"):
        return
    c.extra["b19_mas"] = True
    _fmt(w, STYLES_EN)
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state, "Mid-Atlantic States")
    req = w.pick(_MAS_REQ)
    c.extra["mas_req"] = req
    c.extra["mas_out"] = w.pick(req["outside"])
    svcs = req["services"] if w.chance(0.6) else req["services"][:1]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in svcs]
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in req["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    # who asked: a plan doctor, or the member (then no requesting provider is printed)
    c.provider = _doctor(w) if w.chance(0.7) else None
    c.service = None
    c.criteria = []
    if w.chance(0.4):
        c.criteria = [w.pick(["Kaiser Permanente Mid-Atlantic States policy on referrals to non-plan providers",
                              "KPMAS Out-of-Network Referral Review guideline"])]
    # appeal window: 180 days; a planted short window keeps the case's number
    days = c.appeal_days if _has(c, "notice.appeal_deadline") else 180
    c.appeal_days = days
    c.appeal_phrase = w.pick([f"{days} days", f"{days} calendar days"]) if days != 180 else \
        w.pick(["180 days", "180 calendar days"])
    _reviewer_setup(w, [req["spec"].split(" (")[0], "Internal Medicine", "Family Medicine"], 0.4, c.state)
    # plan clinicians and their next open appointments (distractors: not the reviewer, not the requester)
    alts = []
    used = {c.member_name, (c.reviewer or {}).get("name"), c.provider}
    for _ in range(w.pick([2, 3, 3, 4])):
        for _try in range(5):
            nm, _, _ = person(w.rng, 0.3)
            if nm not in used and all(nm not in (u or "") for u in used):
                break
        used.add(nm)
        appt = D.add_business(c.letter, w.rng.randint(3, 14))
        alts.append(dict(name=nm, cred=w.pick(req["creds"]), spec=req["spec"], site=w.pick(req["sites"]),
                         appt=appt))
    alts.sort(key=lambda a: a["appt"])
    c.extra["mas_alts"] = alts
    c.extra["mas_sched"] = phone(w.rng, c.state)
    c.extra["mas_box"] = w.pick(["P.O. Box 6831, Rockville, MD 20849", "2101 East Jefferson Street, Rockville, "
                                 "MD 20852", "P.O. Box 6233, Rockville, MD 20849"])
    _flags(c)


def reason_b19_mas(w: W) -> str:
    _mas_setup(w)
    c = w.c
    req = c.extra["mas_req"]
    first = c.member_name.split()[0]
    t = w.pick(req["why"]).replace("{outside}", c.extra["mas_out"]).replace("{first}", first)
    return w.pick([_cap(t) + ".", f"We did not approve this request because {t}."])


def t_b19_mas(w: W):
    _mas_setup(w)
    c = w.c
    erisa = c.plan_type == "erisa_group"
    urgent = c.urgency == "expedited"
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    no_ca = _has(c, "notice.consumer_assistance")
    out = c.extra["mas_out"]
    alts = c.extra["mas_alts"]
    ms, tty = _MAS_MS
    fax, sched, box = c.phones["fax"], c.extra["mas_sched"], c.extra["mas_box"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letter + clinician table, 1 memo + clinician list, 2 letter, clinicians page 2
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Mid-Atlantic States")
    prov = M("PROVIDER", c.provider) if c.provider else ""
    reason = M("REASON", w.reason)
    doc = "Summary Plan Description" if erisa else "Evidence of Coverage"
    svc = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick(["Page {page} of {pages}", f"Referral decision {c.ids['ref']} | {{page}}",
                         "KPMAS Referral Services - {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def alt_blocks(heading: bool = True) -> list[Block]:
        o: list[Block] = []
        if heading:
            o.append(w.h(w.pick(["Plan clinicians who can see you", "In-network specialists for this care",
                                 "Where you can get this care in our network"]), space_before=10))
        o.append(w.p(w.pick([
            f"These plan clinicians had open appointments when we wrote this letter. Call {sched} to book one.",
            f"To schedule with any of them, call our specialty scheduling line at {sched}. Openings change daily.",
        ])))
        if variant == 1:
            for a in alts:
                o.append(w.p(f"- {a['name']}, {a['cred']} ({a['spec']}), {a['site']}; next available: "
                             f"{_fd(w, a['appt'])}", indent=10, space_before=1))
        else:
            rows = [["Clinician", "Specialty", "Location", "Next available appointment"]]
            rows += [[f"{a['name']}, {a['cred']}", a["spec"], a["site"], _fd(w, a["appt"])] for a in alts]
            o.append(Block("table", rows=rows, size=7.6, space_before=6))
        return o

    intro_who = (f"{prov} asked us to refer you to {out}" if c.provider else
                 f"You asked us to approve care with {out}")
    intro = w.pick([
        f"{intro_who} for {svc}. We have reviewed the request.",
        f"We received a request for {svc} with {out}. " + (f"The request came from {prov}." if c.provider
                                                           else "You made the request yourself."),
    ])
    facts = [f"Member: {w.name()}", f"Member ID: {w.mid()}", f"Referral number: {c.ids['ref']}"]
    if rec:
        facts.append(f"Received: {rec}")
    if dec:
        facts.append(f"Decided: {dec}")
    decision = [w.h(w.pick(["Our decision", "What we decided", "Decision"]), space_before=10),
                w.p(w.pick(["The referral to the non-plan provider is denied.",
                            "We cannot approve care outside the plan for this request.",
                            "This out-of-network referral is not approved."]) + " " + reason),
                w.p(f"Diagnosis: {dxs}.", space_before=3)]
    if c.criteria:
        decision.append(w.p(w.pick(["We reviewed the request under the ", "Our review followed the "])
                            + M("CRITERIA", c.criteria[0]) + "."))
    decision.append(w.p(w.pick([
        f"Your {doc} covers care from non-plan providers only in an emergency, for urgent care away from home, or "
        "when we approve a referral because plan providers cannot give the care you need.",
        f"Under your {doc}, non-emergency care must come from plan providers unless we approve a referral "
        "outside the plan.",
    ])))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        sp = f", {M('REVIEWER_SPECIALTY', r['specialty'])}" if r["specialty"] else ""
        t = w.pick([f"This decision was made by {nm}{cred}{sp}, a plan physician reviewer.",
                    f"Physician reviewer: {nm}{cred}{sp}."])
        if r["phone"]:
            t += f" Your doctor may reach the reviewer at {M('REVIEWER_PHONE', r['phone'])}."
        decision.append(w.p(t))
    rights: list[Block] = [w.h(w.pick(["How to appeal", "Your appeal rights", "If you disagree"]), space_before=10)]
    days = M("APPEAL_DAYS", c.appeal_phrase)
    rights.append(w.p(w.pick([
        f"You may appeal this decision within {days} after you receive this letter. Send your appeal to Member "
        f"Appeals, {box}, fax it to {fax}, or call Member Services at {ms} (TTY {tty}). You may send records, "
        "letters from your doctors or anything else that supports your appeal.",
        f"To appeal, write to us within {days} of receiving this notice at {box} (fax {fax}). Member Services "
        f"({ms}, TTY {tty}) can help you file. Include any information you want us to consider.",
    ])))
    if erisa:
        rights.append(w.p("Because this is a pre-service claim, we will decide your appeal within 30 days after we "
                          "receive it."))
    if not no_fast and (urgent or not erisa or w.chance(0.5)):
        rights.append(w.p(w.pick([
            "If waiting could seriously jeopardize your life, health or ability to regain maximum function, you or "
            "your doctor may ask for an expedited (urgent) appeal; we will decide it within 72 hours.",
            "Urgent appeals: when the standard time frame could seriously harm your health, ask for a fast "
            "appeal. We answer within 72 hours.",
        ])))
    if not no_ext:
        rights.append(w.p(w.pick([
            "If we uphold our decision after your appeal, you may ask for an external review by an independent "
            "review organization within 4 months after you receive our final decision.",
            "After our final internal decision, an independent review organization can review the case. Ask for "
            "this external review within four months of receiving that decision.",
        ])))
    if erisa:
        rights.append(w.p("You have the right to bring a civil action under section 502(a) of the Employee "
                          "Retirement Income Security Act (ERISA) after you finish the appeal process."))
    rights.append(w.p(w.pick(["You may ask for free copies of all documents and records relevant to this decision.",
                              "Copies of the documents, records and policies we used are free on request."])))
    if not no_ca:
        if erisa:
            rights.append(w.p("For questions about your rights under ERISA, contact the Employee Benefits Security "
                              "Administration at 1-866-444-3272 (check your plan documents for current contact "
                              "information)."))
        else:
            rights.append(w.p(w.pick(["For free help with your appeal, you may contact ", "You can also get help "
                                      "from "]) + _MAS_HELP[c.state] + "."))

    def sign() -> list[Block]:
        o = [w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10),
             w.p(w.pick(["Referral Services", "Utilization Management, Referral Review"]), bold=True, space_before=4),
             w.p("Kaiser Permanente Mid-Atlantic States", space_before=0)]
        if c.provider and w.chance(0.6):
            o.append(w.p(f"cc: {prov}", size=8.4, space_before=6))
        return o

    lh = Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
               left=["KAISER PERMANENTE", f"{region}", w.pick(["Referral Services", "Utilization Management"])],
               right=[f"Member Services {ms}", f"TTY {tty}", f"Fax {fax}"])
    if variant == 1:
        b.append(lh)
        b.append(w.p(w.pick(["REFERRAL DECISION", "OUT-OF-NETWORK REFERRAL: DECISION NOTICE"]), bold=True,
                     size=st.size + 2, space_before=10))
        memo = [["TO", w.name()], ["MEMBER ID", w.mid()], ["DATE", sent], ["RE", f"Referral to {out}"],
                ["REFERENCE", c.ids["ref"]]]
        if rec:
            memo.append(["RECEIVED", rec])
        if c.provider:
            memo.append(["REQUESTED BY", prov])
        b.append(Block("table", rows=memo, header_row=False, size=8.6, space_before=6))
        b.append(w.p(intro, space_before=8))
        if dec:
            b.append(w.p(f"We made this decision on {dec}."))
        b += decision
        b += alt_blocks()
        b += rights
        b += sign()
    else:
        b.append(lh)
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(w.pick(["Your request for care outside the plan", "Decision on your out-of-network referral",
                             "Referral to a non-plan specialist"]), bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p(" | ".join(facts), size=8.4, space_before=4))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        if urgent:
            b.append(w.p("We reviewed this request on an expedited basis.", bold=True))
        b.append(w.p(intro))
        b += decision
        if variant == 0:
            b += alt_blocks()
            b += rights
            b += sign()
        else:
            b.append(w.p(w.pick(["The plan clinicians who can see you are listed on the next page.",
                                 "See page 2 for plan specialists and their next open appointments."]), italic=True))
            b += rights
            b += sign()
            b.append(Block("pagebreak"))
            b.append(w.p(w.pick(["Attachment: plan clinicians for this care", "Enclosure - in-network options"]),
                         bold=True, size=st.size + 1))
            b.append(w.p(f"For {w.name()} (ID {w.mid()})", size=8.6))
            b += alt_blocks(heading=False)
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help is free. Call {ms} (TTY {tty}).",
                             f"Need an interpreter? Call Member Services at {ms}; it costs nothing."]),
                     space_before=8))
    b += _taglines(w, ["es", "ko", "zh", "vi", "am", "fr", "ar", "ru", "fa"], ms,
                   w.pick([None, "Help in other languages"]))
    return b, st, ["mas_letter_clinician_table", "mas_memo_clinician_list", "mas_letter_clinicians_page2"][variant]


BLIND19_TEMPLATES["blind19_midatlantic_oon_specialist"] = (t_b19_mas, dict(
    plans=["commercial_hmo", "erisa_group"], states=["MD", "VA", "DC"], kinds=["initial_denial"],
    cats=["out_of_network"], reason=reason_b19_mas))
MODELED_ON["blind19_midatlantic_oon_specialist"] = (
    "blind19: Kaiser Permanente Mid-Atlantic States (MD, VA, DC) commercial HMO or ERISA employer plan letter "
    "refusing a referral to a non-plan specialist or center (pediatric neurosurgery, transplant evaluation, "
    "gender-affirming surgery, movement-disorder clinic) because plan clinicians can give the care; a table or list "
    "of plan clinicians with credentials, locations and next available appointments (distractors); 180-day appeal, "
    "72-hour urgent appeal, external review within 4 months, ERISA 30-day appeal decision and section 502(a), EBSA "
    "with the catalogue's caveat or the Maryland/Virginia/DC consumer help, taglines")


# === 3. Northern California commercial HMO: a retrospective review of a stay or surgery ==============================

# a claim line: (descriptions, code or None, what counts: "day", "unit" or "service")
# scenario: billing facility kind, setting words, lines, diagnoses, reviewer specialties, criteria, the reason for a
# compliant letter (denied days/items were never authorized) and, where the scenario allows it, the reason for a
# planted retro denial (the denied days/charges were inside the authorization)
_NC_CASES = {
    "medical_necessity": [
        dict(key="irf_days", what="inpatient rehabilitation stay", fac="rehab",
             lines=[(["Acute inpatient rehabilitation, room and board, per day", "Inpatient rehabilitation unit day"],
                     None, "day"),
                    (["Subsequent hospital inpatient care, physician visit", "Physician daily visit, inpatient"],
                     "99232", "day")],
             dx=[(["Cerebral infarction, unspecified", "Ischemic stroke"], "I63.9"),
                 (["Hemiplegia following cerebral infarction affecting left non-dominant side"], "I69.354")],
             specs=["Physical Medicine and Rehabilitation"],
             crit=["MCG Inpatient Rehabilitation Facility guideline", "InterQual Inpatient Rehabilitation criteria"],
             why="by the last authorized day the therapy notes show {first} walked 150 feet with a walker with "
                 "standby help only and was medically stable, so the {k} days after the {n} authorized days did not "
                 "need acute inpatient rehabilitation; therapy could have continued safely in a skilled nursing "
                 "facility or at home",
             retro="on review of the records, the last {k} days of the stay did not need acute inpatient "
                   "rehabilitation, because the therapy notes show {first} walked 150 feet with a walker with "
                   "standby help only; payment for those days is denied"),
        dict(key="obs_vs_inpatient", what="hospital stay for chest pain", fac="hospital",
             lines=[(["Hospital observation care, per hour", "Observation services (hourly)"], "G0378", "hour"),
                    (["Initial hospital inpatient care", "Inpatient admission, initial physician care"], "99223",
                     "service"),
                    (["Subsequent hospital inpatient care", "Inpatient follow-up physician care"], "99232",
                     "service")],
             dx=[(["Chest pain, unspecified"], "R07.9"), (["Essential (primary) hypertension"], "I10")],
             specs=["Internal Medicine", "Cardiovascular Disease", "Hospital Medicine"],
             crit=["InterQual Acute Adult criteria (chest pain)", "MCG Observation Care guideline for chest pain"],
             why="the stay was authorized as observation care only; the records show {first}'s heart tests were "
                 "normal within 24 hours and no treatment needed an inpatient admission, so the inpatient charges "
                 "are denied and the stay is paid at the observation level",
             retro="although the stay was authorized as an inpatient admission, on review the records show "
                   "{first}'s heart tests were normal within 24 hours, so the stay met only an observation level of "
                   "care and the inpatient charges are denied"),
        dict(key="fusion_screws", what="lumbar spinal fusion surgery", fac="hospital",
             lines=[(["Lumbar interbody arthrodesis, single level", "Posterior lumbar interbody fusion, one level"],
                     "22630", "service"),
                    (["Anchor/screw implant for bone-to-bone fixation, each", "Pedicle screw implant (each)"],
                     "C1713", "unit")],
             dx=[(["Spondylolisthesis, lumbar region"], "M43.16"),
                 (["Spinal stenosis, lumbar region with neurogenic claudication"], "M48.062")],
             specs=["Orthopaedic Surgery", "Neurological Surgery"],
             crit=["Kaiser Permanente Northern California spinal fusion criteria", "MCG lumbar fusion guideline"],
             why="the operative report describes a one-level fusion at L4-L5, which the authorization covered with "
                 "{n} screws; the {k} extra screws billed were placed at L3-L4, a level that was not part of the "
                 "approved surgery, and the imaging before surgery shows no instability at that level"),
    ],
    "administrative": [
        dict(key="dup_implant", what="total knee replacement", fac="hospital",
             lines=[(["Total knee arthroplasty", "Knee replacement, total"], "27447", "service"),
                    (["Joint device implant system (knee)", "Knee implant system"], "C1776", "unit")],
             dx=[(["Unilateral primary osteoarthritis, right knee"], "M17.11")],
             why="the knee implant system is billed twice on this claim with the same lot number, and the operative "
                 "report shows one implant was used, so the second charge is a duplicate"),
        dict(key="snf_after_discharge", what="skilled nursing facility stay", fac="snf",
             lines=[(["Skilled nursing facility care, per day", "Skilled nursing day"], None, "day")],
             dx=[(["Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture "
                   "with routine healing"], "S72.001D")],
             why="the claim bills {k} days after the discharge date shown in the facility's own discharge summary, "
                 "and days after a discharge are not payable",
             retro="our records were corrected after the stay to show that your coverage ended before the last {k} "
                   "days of the stay, so payment for those authorized days is withdrawn"),
    ],
    # only reached with a planted process.emergency_prior_auth
    "no_prior_authorization": [
        dict(key="er_admission", what="emergency room visit and hospital admission", fac="outside",
             lines=[(["Emergency department visit, high medical decision making", "Emergency room visit, level 5"],
                     "99285", "service"),
                    (["Initial hospital inpatient care", "Inpatient admission, initial physician care"], "99223",
                     "service")],
             dx=[(["Acute pancreatitis without necrosis or infection, unspecified"], "K85.90")],
             why="no prior authorization was requested for the emergency room visit and the admission at {prov}, "
                 "which is not a plan hospital",
             retro="although our emergency prospective review team approved the admission by phone, on review no "
                   "prior authorization was found for the emergency room visit and the stay at {prov}, a non-plan "
                   "hospital, so the claim is denied"),
    ],
}
_NC_FAC = {
    "rehab": ["Bayside Acute Rehabilitation Hospital", "Sierra Foothills Rehabilitation Center",
              "Delta Valley Rehabilitation Institute"],
    "hospital": ["Mercy Valley Community Hospital", "St. Anselm Medical Center", "Redwood Coast Regional Hospital"],
    "snf": ["Golden Oaks Post-Acute Care", "Laurel Grove Skilled Nursing Center", "Harbor View Care Center"],
    "outside": ["Tahoe Basin General Hospital", "Shasta Lakes Medical Center", "Monterey Bay Community Hospital"],
}
_NC_MS = ("1-800-464-4000", "711")


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b19_nc"):
        return
    c.extra["b19_nc"] = True
    _fmt(w, STYLES_EN)
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    retro = _has(c, "process.retro_denial_of_authorized")
    pool = [s for s in _NC_CASES[c.category] if not retro or "retro" in s]
    sc = w.pick(pool)
    c.extra["nc_case"] = sc
    c.extra["nc_retro"] = retro
    c.provider = w.pick(_NC_FAC[sc["fac"]])
    # the stay: admission (date of service) to discharge, before the claim came in
    los = {"irf_days": w.rng.randint(14, 21), "obs_vs_inpatient": 2, "fusion_screws": w.rng.randint(2, 3),
           "dup_implant": w.rng.randint(1, 3), "snf_after_discharge": w.rng.randint(12, 24),
           "er_admission": w.rng.randint(2, 5)}[sc["key"]]
    if c.service + dt.timedelta(days=los) >= c.received:
        c.service = c.received - dt.timedelta(days=los + w.rng.randint(3, 12))
    c.extra["nc_los"] = los
    c.extra["nc_out"] = c.service + dt.timedelta(days=los)
    k = w.rng.randint(2, 5) if sc["key"] in ("irf_days", "snf_after_discharge") else w.rng.randint(2, 4)
    k = min(k, los - 1) if sc["key"] in ("irf_days", "snf_after_discharge") else k
    c.extra["nc_k"] = k
    # lines: units billed, authorized, denied, money
    lines = []
    for texts, code, unit in sc["lines"]:
        billed_units = {"day": los, "hour": w.rng.randint(20, 30), "unit": 0, "service": 1}[unit]
        if unit == "unit":
            billed_units = (w.rng.randint(4, 6) + k) if sc["key"] == "fusion_screws" else 2
        if unit == "service" and code in ("99232",):
            billed_units = los - 1
        if sc["key"] == "obs_vs_inpatient":
            denied = billed_units if code != "G0378" else 0
        elif sc["key"] == "er_admission":
            denied = billed_units
        elif unit == "day":
            denied = k
        elif unit == "unit":
            denied = k if sc["key"] == "fusion_screws" else 1
        else:
            denied = 0
        rate = {"day": w.rng.uniform(1800, 4200),
                "hour": w.rng.uniform(90, 160), "unit": w.rng.uniform(900, 2600) if code == "C1713"
                else w.rng.uniform(5200, 9800), "service": w.rng.uniform(250, 900) if code != "22630"
                and code != "27447" else w.rng.uniform(18000, 42000)}[unit]
        if code in ("99232",):
            rate = w.rng.uniform(110, 260)
        lines.append(dict(text=w.pick(texts), code=code, unit=unit, billed_units=billed_units, denied=denied,
                          billed=round(rate * billed_units, 2), denied_amt=round(rate * denied, 2)))
    # an authorized unit count: compliant letters deny what lies beyond it, a planted retro denial what lies inside it
    for ln in lines:
        ln["auth"] = ln["billed_units"] if retro else ln["billed_units"] - ln["denied"]
    if sc["key"] == "obs_vs_inpatient" and not retro:
        for ln in lines:
            ln["auth"] = ln["billed_units"] if ln["code"] == "G0378" else 0
    if sc["key"] == "er_admission" and not retro:
        for ln in lines:
            ln["auth"] = 0
    c.extra["nc_lines"] = lines
    c.services = [dict(text=ln["text"], codes=[ln["code"]] if ln["code"] else [],
                       decision="denied" if ln["denied"] else "approved") for ln in lines]
    c.money["total"] = round(sum(ln["billed"] for ln in lines), 2)
    c.money["denied"] = round(sum(ln["denied_amt"] for ln in lines), 2)
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in sc["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.criteria = [w.pick(sc["crit"])] if sc.get("crit") and w.chance(0.65) else []
    if c.category == "medical_necessity" and not w.chance(0.08):
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FACP"]) if w.chance(0.9) else None,
                          specialty=w.pick(sc["specs"]) if w.chance(0.75) else None,
                          phone=phone(w.rng, "CA") if w.chance(0.45) else None)
    else:
        c.reviewer = None
    c.extra["nc_voice"] = w.rng.randrange(2)
    _flags(c)


def reason_b19_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    sc = c.extra["nc_case"]
    t = sc["retro"] if c.extra["nc_retro"] else sc["why"]
    lines = c.extra["nc_lines"]
    n = next((ln["auth"] for ln in lines if ln["unit"] in ("day", "unit")), 0)
    t = (t.replace("{first}", c.member_name.split()[0]).replace("{k}", str(c.extra["nc_k"]))
         .replace("{n}", str(n)).replace("{prov}", c.provider or "the hospital"))
    return w.pick([_cap(t) + ".", f"We are not paying for part of this claim because {t}.",
                   f"After reviewing the records, we found that {t}."])


def _nc_attachment(w: W, denied_desc: str) -> list[Block]:
    c = w.c
    sc = c.extra["nc_case"]
    r = c.reviewer
    first = c.member_name.split()[0]
    out: list[Block] = [Block("pagebreak")]
    if not r:
        out.append(w.p(w.pick(["Attachment A: Claim review summary", "ATTACHMENT A - CLAIM AUDIT NOTES"]), bold=True,
                       size=w.c.extra["nc_size"] + 1.5))
        out.append(w.p(w.pick([
            f"The claims review unit compared the itemized bill with the medical record for {first}'s "
            f"{sc['what']}. Finding: {denied_desc}.",
            f"Records compared: itemized bill, authorization record, discharge or operative report. Result: "
            f"{denied_desc}.",
        ])))
        out.append(w.p("Prepared by: Claims Review Unit, Kaiser Foundation Health Plan, Inc.", space_before=6))
        return out
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    out.append(w.p(w.pick(["Attachment A: Clinical review summary", "ATTACHMENT A - PHYSICIAN REVIEW",
                           "Attachment A - Summary of the physician's review"]), bold=True,
                   size=w.c.extra["nc_size"] + 1.5))
    if c.extra["nc_voice"] == 0:  # first person, signed
        intro = "I am a physician" + (f" board certified in {spec}" if spec else "") + "."
        out.append(w.p(intro + w.pick([
            f" I read the admission notes, daily progress and therapy notes, and the discharge summary for "
            f"{first}'s {sc['what']}.",
            f" For this review I went through the complete hospital record of {first}'s {sc['what']}, including "
            "nursing and therapy documentation.",
        ])))
        out.append(w.p(w.pick(["In my judgment ", "My conclusion is that "]) + denied_desc + "."))
        out.append(w.p(w.pick(["Reviewed and signed,", "Signed,"]), space_before=8))
        out.append(w.p(f"{nm}{cred}", space_before=2))
        if spec:
            out.append(w.p(spec, space_before=0))
        if r["phone"]:
            out.append(w.p(f"Peer-to-peer line: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
    else:  # a form in the third person
        rows = [["Reviewer", f"{nm}{cred}"]]
        if spec:
            rows.append(["Specialty", spec])
        if r["phone"]:
            rows.append(["Direct line", M("REVIEWER_PHONE", r["phone"])])
        rows.append(["Review type", "Retrospective (post-service)"])
        out.append(Block("table", rows=rows, header_row=False, size=8.4, space_before=6))
        out.append(w.p(w.pick([f"Summary: the reviewer found that {denied_desc}.",
                               f"The reviewing physician's finding: {denied_desc}."]), space_before=6))
    return out


def t_b19_nc(w: W):
    _nc_setup(w)
    c = w.c
    sc = c.extra["nc_case"]
    lines = c.extra["nc_lines"]
    retro = c.extra["nc_retro"]
    no_ci = _has(c, "notice.claim_identification")
    no_ca = _has(c, "notice.consumer_assistance")
    no_dmhc = _has(c, "notice.dmhc_statement")
    ms, tty = _NC_MS
    fax = c.phones["fax"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    c.extra["nc_size"] = st.size
    variant = w.rng.randrange(3)  # 0 running header, 1 running footer, 2 both (header names, footer numbers)
    ref, claim, auth = c.ids["ref"], c.ids["claim"], c.ids["auth"]
    name, mid = c.member_name, c.member_id
    if variant == 0:
        st.header = [w.pick([f"{name} | Member ID {mid} | Ref. {ref} | Page {{page}} of {{pages}}",
                             f"Member: {name}   ID: {mid}   Reference {ref}   Page {{page}} of {{pages}}"])]
        st.header_all_pages = True
        st.header_numbered = True
    elif variant == 1:
        st.footer = [w.pick([f"{name} - Member ID {mid} - Claim {claim} - Page {{page}} of {{pages}}",
                             f"{name} / MRN {mid} / Ref {ref} / Page {{page}} of {{pages}}"])]
        st.footer_align = w.pick(["center", "left"])
    else:
        st.header = [f"{name} (Member ID {mid}) - Retrospective review {ref}"]
        st.header_all_pages = w.chance(0.5)
        st.footer = ["Page {page} of {pages}"]
        st.footer_align = "right"
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    dos = _dm(w, "DATE_SERVICE", c.service)
    out = _fd(w, c.extra["nc_out"])
    region = M("REGION", "Northern California")
    prov = M("PROVIDER", c.provider)
    reason = M("REASON", w.reason)
    k = c.extra["nc_k"]
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", f"{region}", w.pick(["Retrospective Review Unit",
                                                                    "Utilization Management - Claims Review"])],
                   right=["Kaiser Foundation Health Plan, Inc.", f"Member Services {ms} (TTY {tty})",
                          f"Fax {fax}"]))
    b.append(w.p(sent, space_before=10))
    b.append(w.p(w.name(), space_before=6))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick(["Decision after retrospective review", "Notice of payment decision: review after your care",
                         "Post-service review: claim decision"]), bold=True, size=st.size + 1.5, space_before=10))
    # authorization on file
    if sc["key"] == "obs_vs_inpatient":
        auth_txt = "inpatient admission" if retro else "observation care"
    elif sc["key"] == "er_admission":
        auth_txt = "admission approved by phone" if retro else ""
    else:
        day_ln = next((ln for ln in lines if ln["unit"] in ("day", "unit")), None)
        unit_word = "days" if day_ln and day_ln["unit"] == "day" else "implants"
        auth_txt = f"{day_ln['auth']} {unit_word}" if day_ln else sc["what"]
        if sc["key"] == "fusion_screws":
            auth_txt = f"one-level fusion with {day_ln['auth']} screws"
        if sc["key"] == "dup_implant":
            auth_txt = "the knee replacement and one implant system"
    facts = [["Claim number", claim], ["Reference", ref], ["Patient", w.name()], ["Member ID", w.mid()],
             ["Billed by", prov]]
    if sc["key"] in ("irf_days", "snf_after_discharge", "obs_vs_inpatient", "er_admission"):
        facts.append(["Dates of service", f"{dos} to {out}"])
    else:
        facts.append(["Date of surgery", dos])
    if auth_txt:
        facts.append(["Authorization on file", f"{auth} ({auth_txt})"])
    if rec:
        facts.append(["Claim received", rec])
    if dec:
        facts.append(["Review completed", dec])
    b.append(Block("table", rows=facts, header_row=False, size=8.4, space_before=6))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    b.append(w.p(w.pick([
        f"{prov} sent us a claim for your {sc['what']}. Because the claim needed a check against your medical "
        "records, our team did a retrospective (after-care) review.",
        f"We reviewed the medical records for your {sc['what']} at {prov} after the care was given, to decide what "
        "the plan will pay.",
    ])))
    if not no_ci:
        rows = [["Service", "Code", "Units billed", "Authorized", "Denied", "Billed", "Not paid"]]
        for s, ln in zip(c.services, lines, strict=True):
            rows.append([w.svc(s), w.code(ln["code"]) if ln["code"] else "-", str(ln["billed_units"]),
                         str(ln["auth"]), str(ln["denied"]), f"${ln['billed']:,.2f}", f"${ln['denied_amt']:,.2f}"])
        rows.append(["Total", "", "", "", "", f"${c.money['total']:,.2f}", f"${c.money['denied']:,.2f}"])
        b.append(Block("table", rows=rows, size=7.2, space_before=8,
                       col_align=["left", "left", "right", "right", "right", "right", "right"]))
    else:
        b.append(w.h("Services reviewed", space_before=8))
        for s, ln in zip(c.services, lines, strict=True):
            cd = f" ({w.code(ln['code'])})" if ln["code"] else ""
            b.append(w.p(f"- {w.svc(s)}{cd}: {ln['billed_units']} billed, {ln['denied']} not paid", indent=10,
                         space_before=1))
    b.append(w.h(w.pick(["Why part of the claim is not paid", "Reason for the decision", "Our reasons"]),
                 space_before=10))
    b.append(w.p(reason))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnoses: "]) + dxs + "."))
    if c.criteria:
        b.append(w.p(w.pick(["The reviewer applied the ", "Our review used the "]) + M("CRITERIA", c.criteria[0])
                     + "."))
    if c.reviewer:
        b.append(w.p(w.pick(["A plan physician reviewed the records; the physician's summary is in Attachment A.",
                             "See Attachment A for the reviewing physician's summary."])))
    else:
        b.append(w.p("Attachment A shows what our claims reviewers compared."))
    b.append(w.p(w.pick([f"If you get a bill for the unpaid charges, please call Member Services at {ms} before you "
                         "pay it.", f"Questions about a bill for these charges? Call {ms} (TTY {tty})."])))
    if not no_ci:
        b.append(w.p(w.pick(["You may ask for the diagnosis and treatment codes on this claim, and what they mean, "
                             "at no cost.", "On request we will send you, free, the billing and diagnosis codes for "
                             "this claim and their meanings."])))
    # rights (a new page in most letters)
    if w.chance(0.7):
        b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["Your right to file a grievance (appeal)", "If you disagree with this decision"]),
                 space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You may file a grievance with Kaiser Permanente within {days} from the date of this letter. Call Member "
        f"Services at {ms} (TTY {tty}), file online at kp.org, or write to Member Relations at any Kaiser "
        "Permanente medical center. Send any records that support your case.",
        f"To appeal, contact us within {days} of the date of this notice: by phone at {ms} (TTY {tty}), online at "
        "kp.org, or by letter to the Member Relations office at a Kaiser Permanente facility near you.",
    ])))
    b.append(w.p(w.pick(["You can ask for free copies of the records and criteria used in this review.",
                         "The documents we relied on are available to you free of charge."])))
    if not no_dmhc:
        b.append(w.p(w.pick([
            "Independent Medical Review: if you still disagree after our grievance process, or after 30 days, you "
            "may ask the Department of Managed Health Care for an Independent Medical Review (IMR). Apply within 6 "
            "months of our written decision. There is no cost to you.",
            "You may be able to have this decision reviewed by an independent physician through the DMHC's "
            "Independent Medical Review (IMR) program, free of charge; the application is due within 6 months "
            "after our written grievance decision.",
        ])))
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, first call your plan at {ms} (TTY {tty}) and "
            "use its grievance process before you contact the department. Using this grievance process does not "
            "take away any legal rights or remedies you may have. If your grievance involves an emergency, was not "
            "resolved to your satisfaction by your plan, or has gone unresolved for more than 30 days, you may call "
            "the department for help. You may also be eligible for an Independent Medical Review (IMR), which gives "
            "an impartial review of medical decisions a plan makes about the medical necessity of a proposed "
            "service or treatment, coverage decisions for treatments that are experimental or investigational, and "
            "payment disputes for emergency or urgent medical services. The department's toll-free number is "
            "1-888-466-2219 and its TDD line for the hearing and speech impaired is 1-877-688-9891. Complaint forms, "
            "IMR applications and instructions are on the department's website, www.dmhc.ca.gov.",
            bold=True, size=10.5, space_before=8))
    if not no_ca:
        b.append(w.p(w.pick([
            "Free help is also available from the Health Consumer Alliance, California's consumer assistance "
            "program: 1-888-804-3536.",
            "For help with your grievance, you may contact the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {ms} (TTY {tty}).",
                             f"Language assistance at no cost: {ms}."]), space_before=6))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    b.append(w.p(w.pick(["Retrospective Review Unit", "Utilization Management, Claims Review"]), bold=True,
                 space_before=4))
    b.append(w.p("Kaiser Foundation Health Plan, Inc., Northern California", space_before=0))
    if w.chance(0.5):
        b.append(w.p(f"cc: {prov}", size=8.4, space_before=6))
    b += _taglines(w, ["es", "zh", "tl", "vi", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km"], f"{ms} (TTY {tty})",
                   w.pick([None, "Free language services"]))
    # Attachment A: the reviewer's own summary (a different voice)
    first = c.member_name.split()[0]
    denied_desc = {
        "irf_days": f"{first} no longer needed acute inpatient rehabilitation for the final {k} days of the stay",
        "obs_vs_inpatient": "the care given met an observation level, not an inpatient level",
        "fusion_screws": f"the {k} additional screws at the second level were not medically necessary",
        "dup_implant": "one implant was used; the second implant line is a duplicate charge",
        "snf_after_discharge": f"{k} billed days fall after the documented discharge",
        "er_admission": "no authorization was on file for the emergency visit or the admission",
    }[sc["key"]]
    b += _nc_attachment(w, denied_desc)
    return b, st, ["nc_retro_running_header", "nc_retro_running_footer", "nc_retro_header_and_footer"][variant]


BLIND19_TEMPLATES["blind19_nca_retro_review_claim"] = (t_b19_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["payment_denial"], cats=["medical_necessity", "administrative"],
    reason=reason_b19_nc))
MODELED_ON["blind19_nca_retro_review_claim"] = (
    "blind19: Kaiser Permanente Northern California commercial HMO (Knox-Keene) payment decision after a "
    "retrospective review of a stay or surgery (rehabilitation days beyond the authorized ones, extra implants, "
    "inpatient charges for an observation stay, duplicates, days after discharge; a planted retro denial of "
    "authorized days or charges), line table with units billed/authorized/denied and amounts, running header or "
    "footer with member name, member ID, reference and page N of M on every page, Attachment A with the physician "
    "reviewer's own summary; 180-day grievance, IMR within 6 months, DMHC statement, Health Consumer Alliance, "
    "taglines")
