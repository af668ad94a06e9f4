"""Fifty-first blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND51_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind51_dc_fehb_bunionectomy")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan type's
letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind51_co_medicaid_pediatric_feeding_therapy``: a Kaiser Permanente Colorado Health First Colorado (Medicaid;
   plan_type ``medicaid``, state CO) notice about outpatient feeding therapy for a young child (CPT 92526, with the
   92610 swallowing re-evaluation where the therapist billed it); diagnoses R63.31 (pediatric feeding disorder,
   acute), R63.39 (other feeding difficulties) or P92.9 (feeding problem of newborn). Kinds: ``initial_denial`` (the
   therapy is denied) or ``partial_denial`` (a reduction: fewer visits approved than the therapist asked for; the
   approved visits belong to the same 92526 line, and a re-evaluation approved in full is listed as its own line).
   Category: ``medical_necessity`` (the child met the plan-of-care goals, or the notes show no measurable change over
   the sessions reviewed) or ``administrative`` (no current plan of care signed by the child's physician; only in a
   denial, never when a medical-necessity defect is planted). Layouts: ``co_state_style_notice`` (a notice with
   labelled fields and a boxed "Reason for this action" block), ``co_parent_visits_table`` (a letter to the parent
   with a table of visits requested vs. approved and the authorization period; always the reduction) and
   ``co_bilingual_en_es`` (an English notice, then the same notice in Spanish, unmarked). Medicaid rights from the
   catalogue: an appeal within 60 days of the date on the notice (Member Services 303-338-3800, Southern Colorado
   1-888-681-7878, or in writing to the Colorado appeals address), decided within 30 days, or 72 hours when waiting
   could seriously harm the child's health; continued benefits when the appeal is asked within 10 days of the notice
   or before the change takes effect; a State Fair Hearing after the appeal decision (the state sets the window,
   90 to 120 days, and the appeal decision states it), or at once if we do not decide the appeal in time; free copies
   of the documents and criteria; taglines. Distractors: the parent (addressee), the speech-language pathologist's
   clinic, NPI and fax, the pediatrician who signs the plan of care, the child's date of birth, session dates and
   counts, the authorization period's dates, the child's weight percentile.

   Which date is which: the letter date is the "Date of this notice" field / the date line (the Spanish part repeats
   it unmarked); received and decision dates are in the opening paragraph (on the notice, the "Request received" and
   "Decision date" fields). Session dates, the plan-of-care dates and the authorization period are not service dates:
   ``service`` is always null. Which name is the member: the child (the "Member"/"Re:" line), never the parent.
   The requesting provider is the speech-language pathologist who asked. Which reason is the reason: the paragraph
   under "Reason for this action" / "Why we approved fewer visits" / "Why we said no". The truth counts the 92526 line
   and the 92610 line where printed (approved or denied).

2. ``blind51_nca_commercial_breast_mri_high_risk``: a Kaiser Permanente Northern California commercial HMO (plan_type
   ``commercial_hmo``, state CA) denial (``initial_denial``, ``medical_necessity``) of screening breast MRI (CPT 77049
   with and without contrast, or 77047 without contrast) for a member with a family history of breast cancer (Z80.3)
   seen for screening (Z12.39), because her calculated lifetime risk is below the 20% threshold the reviewer applied
   and she has no other high-risk finding. Layouts: ``nca_risk_model_table`` (a table of the risk models, what each
   used and the lifetime risk it gave, with the threshold), ``nca_quoted_criteria`` (the reason quotes the guideline's
   own sentence, then applies it) and ``nca_portal_printout`` (the letter as the member portal prints it: a browser
   header with the print time, a URL footer, "Letter date" and "Subject" fields). Knox-Keene rights from the
   catalogue: a grievance within 180 days (1-800-464-4000, TTY 711, or in writing to the Northern California
   grievance address), expedited review decided within 72 hours, the DMHC statement in 12-point bold
   (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) with Independent Medical Review, the Health Consumer
   Alliance (1-888-804-3536), free copies, taglines. Distractors: the last mammogram (date, BI-RADS result, density),
   the risk-model percentages and the 5-year Gail figure, the genetic counselor (who ran the models) vs. the
   radiologist reviewer, a diagnostic breast ultrasound (76641) named as an alternative, the imaging center's phone.

   Which date is which: the letter date is the date line (on the portal print, the "Letter date" field; the print
   time in the header is not the letter date); received and decision dates are in the opening paragraph; the
   mammogram and counseling dates are earlier events; ``service`` is null. Which name is the member: the addressee.
   The requesting provider is the ordering clinician. Which reason is the reason: the paragraph under the reason
   heading (on ``nca_quoted_criteria`` it includes the quoted sentence). The truth counts the MRI line only.

3. ``blind51_dc_fehb_bunionectomy``: a Kaiser Permanente Mid-Atlantic States FEHB plan (plan_type ``fehb``, state DC)
   denial (``initial_denial``, ``medical_necessity``) of bunion surgery: a distal first metatarsal osteotomy
   bunionectomy (CPT 28296) or a Lapidus bunionectomy (28297), with a second metatarsal osteotomy (28308) where the
   podiatrist asked for it; hallux valgus of the right (M20.11) or left (M20.12) foot. Why: the office notes do not
   show the months of conservative care (wider shoes, padding, orthotics, anti-inflammatory medicine) the criteria
   require before surgery, either because the trial was too short or because no trial is recorded. Layouts:
   ``dc_summary_table_first`` (a "Summary of our decision" table at the top, with the dates in its cells),
   ``dc_footnoted_citations`` (bracketed note numbers in the text and the citations in footnotes) and
   ``dc_fax_to_podiatrist`` (a fax cover sheet with "Date:" / "Time:" fields, then the letter to the podiatrist with
   the member on a "Patient:" line). FEHB rights from the catalogue: ask us to reconsider within 6 months of the date
   of this notice (5 CFR 890.105), decided within 30 days; then OPM review (U.S. Office of Personnel Management,
   Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415; the brochure names the Health Insurance Group and
   the time limit; OPM answers within 60 days); free copies; Member Services 1-800-777-7902 or (301) 468-6000, TTY
   (301) 879-6380; taglines. Distractors: the podiatrist (requesting) vs. the reviewer of another specialty, the X-ray
   date and its hallux valgus and intermetatarsal angles, the footwear and orthotic trial dates, the surgery center,
   the podiatrist's NPI and fax, the fax's transmission date and time.

   Which date is which: the letter date is the date line (the summary's "Date of notice" cell; on the fax, the
   letter's own date line on page 2: the cover sheet's Date/Time is the transmission, unmarked); received and
   decision dates are in the summary cells or the opening paragraph; X-ray, footwear and orthotic dates are earlier
   events; ``service`` is null. Which name is the member: the addressee, or the "Patient:" line on the fax. Which
   reason is the reason: the paragraph under the reason heading. The truth counts each procedure asked for.

Dates use this set's own styles (``b51date``); ``parse_blind51_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category (e.g. the DMHC statement outside
California, a continuation-of-benefits omission in a reduction, which always prints it), and for the breast MRI the
mental-health parity rule (not a mental-health service).
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
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND51_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MES = D.MONTHS_ES
_MON3U = [m[:3].upper() for m in MONTHS]
_MESAB = [m[:3] for m in _MES]
# AP-style abbreviations, as a newsroom-trained letter writer prints them (March to July are never shortened)
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b51date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b51dmonu4":  # 14-MAR-2026 (a clinical system's date, day padded: 05-MAR-2026)
        return f"{d.day:02d}-{_MON3U[d.month - 1]}-{d.year}"
    if style == "b51ydot":  # 2026.03.14 (year first, points)
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "b51apord":  # Mar. 14th -> AP month with an ordinal day: Sept. 3rd, 2025 / March 14th, 2026
        return f"{_AP[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "b51theof":  # the 14th of March, 2026
        return f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "b51wkmdyy":  # Sat 03/14/26 (a portal's print stamp: weekday, padded, two-digit year)
        return f"{_DOW3[d.weekday()]} {d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "b51long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b51es_de":  # 14 de marzo de 2026
        return f"{d.day} de {_MES[d.month - 1]} de {d.year}"
    if style == "b51es_barra":  # 14/mar/2026 (a Spanish form's cell)
        return f"{d.day:02d}/{_MESAB[d.month - 1]}/{d.year}"
    raise ValueError(style)


STYLES_EN = ("b51dmonu4", "b51ydot", "b51apord", "b51theof", "b51wkmdyy", "b51long")
STYLES_ES = ("b51es_de", "b51es_barra")
STYLES = STYLES_EN + STYLES_ES


def parse_blind51_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b51date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2] in _MON3U:
            return dt.date(int(m[3]), _MON3U.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]+\.?) ([1-9]\d?)(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _AP and _ordinal(int(m[2])) == m[2] + m[3]:
            return dt.date(int(m[4]), _AP.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"the ([1-9]\d?)(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2})/(\d{2})/(\d{2})", t)
        if m and m[1] in _DOW3:
            d = dt.date(2000 + int(m[4]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m and m[2] in _MES:
            return dt.date(int(m[3]), _MES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})/([a-z]{3})/(\d{4})", t)
        if m and m[2] in _MESAB:
            return dt.date(int(m[3]), _MESAB.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b51_fmt"] = w.pick(list(body))
    w.c.extra["b51_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b51_fmt") -> str:
    if not day:
        return ""
    return b51date(day, w.c.extra[key] if key in ("b51_fmt", "b51_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b51_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(231, 989), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([40.0, 46.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _md(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name = person(w.rng, 0.3)[0]
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _sign(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=16))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=16))
    b.append(w.p(org, space_before=0))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "ESPAÑOL: ¿Necesita ayuda en otro idioma? Llame gratis al {ph}.",
    "zh": "中文：如需其他語言的協助，請免費致電 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu cần giúp đỡ bằng ngôn ngữ khác, xin gọi miễn phí số {ph}.",
    "ko": "한국어: 다른 언어로 도움이 필요하시면 {ph}번으로 무료로 전화하십시오.",
    "ru": "РУССКИЙ: Если вам нужна помощь на другом языке, позвоните бесплатно по номеру {ph}.",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة بلغة أخرى، اتصل مجانًا على {ph}.",
    "am": "አማርኛ፦ በሌላ ቋንቋ እርዳታ ከፈለጉ በነጻ ወደ {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide dans une autre langue, appelez gratuitement le {ph}.",
    "de": "DEUTSCH: Wenn Sie Hilfe in einer anderen Sprache brauchen, rufen Sie kostenlos {ph} an.",
    "ne": "नेपाली: अर्को भाषामा सहयोग चाहिएमा {ph} मा निःशुल्क फोन गर्नुहोस्।",
    "tl": "TAGALOG: Kung kailangan mo ng tulong sa ibang wika, tumawag nang libre sa {ph}.",
    "ja": "日本語：他の言語でのサポートが必要な場合は、{ph} まで無料でお電話ください。",
    "hy": "ՀԱՅԵՐԵՆ. Եթե այլ լեզվով օգնության կարիք ունեք, անվճար զանգահարեք {ph}:",
    "fa": "فارسی: اگر به کمک به زبان دیگری نیاز دارید، به‌طور رایگان با {ph} تماس بگیرید.",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ {ph} 'ਤੇ ਮੁਫ਼ਤ ਕਾਲ ਕਰੋ।",
    "pt": "PORTUGUÊS: Se precisar de ajuda em outro idioma, ligue grátis para {ph}.",
    "hi": "हिंदी: यदि आपको किसी अन्य भाषा में सहायता चाहिए, तो {ph} पर निःशुल्क कॉल करें।",
    "th": "ภาษาไทย: หากต้องการความช่วยเหลือในภาษาอื่น โทรฟรีที่ {ph}",
}
_TAG_SETS = {
    "CO": ["es", "vi", "zh", "ru", "ko", "am", "ar", "de", "fr", "ne", "ja"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "ar", "hi", "th"],
    "DC": ["es", "am", "zh", "fr", "ko", "vi", "ar", "ru", "tl", "pt", "hi"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]  # the two most-read languages always print
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Colorado Health First Colorado: pediatric feeding therapy =================================================

_CO_MS, _CO_MS_SOUTH = "303-338-3800", "1-888-681-7878"
_CO_AREAS = ["303", "720", "719"]
_CO_THER = ["Feeding therapy (treatment of swallowing dysfunction and oral function for feeding)",
            "Pediatric feeding therapy sessions", "Outpatient feeding and oral-motor therapy"]
_CO_THER_ES = ["Terapia de alimentación (tratamiento de la función oral para comer y tragar)",
               "Sesiones de terapia de alimentación pediátrica", "Terapia ambulatoria de alimentación y motricidad oral"]
_CO_EVAL = ["Evaluation of oral and pharyngeal swallowing function (re-evaluation)",
            "Clinical swallowing and feeding re-evaluation"]
_CO_EVAL_ES = ["Evaluación de la función oral y faríngea para tragar (reevaluación)",
               "Reevaluación clínica de alimentación y deglución"]
_CO_DX = [("Pediatric feeding disorder, acute", "R63.31", "Trastorno de alimentación pediátrico, agudo"),
          ("Other feeding difficulties", "R63.39", "Otras dificultades para alimentarse"),
          ("Feeding problem of newborn, unspecified", "P92.9", "Problema de alimentación del recién nacido")]
_CO_CLINICS = ["Little Bites Pediatric Therapy", "Front Range Children's Feeding Clinic",
               "Kaiser Permanente Rock Creek Pediatric Rehabilitation", "Mile High Kids Speech and Feeding"]
_CO_CRIT = [
    "Kaiser Permanente Colorado Clinical Review Criteria: Outpatient Pediatric Feeding and Swallowing Therapy",
    "Kaiser Permanente Colorado Rehabilitation Guideline: Speech-Language Pathology for Feeding Disorders (Pediatric)",
]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b51_co"):
        return
    c.extra["b51_co"] = True
    if c.letter_kind == "partial_denial":
        variant = 1
    else:
        variant = w.pick([0, 2]) if not _has(c, "notice.language_assistance") else 0
    c.extra["co_variant"] = variant
    if variant == 2:
        _fmt(w, ("b51long", "b51apord", "b51ydot"), ("b51long", "b51theof"))
    else:
        _fmt(w, ("b51long", "b51apord", "b51dmonu4"), ("b51long", "b51apord", "b51theof"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    mn_only = ("process.reviewer_not_physician", "notice.criteria_cited", "notice.reason_specific")
    if variant != 1 and not any(_has(c, d) for d in mn_only) and w.chance(0.4):
        c.category = "administrative"  # no current plan of care signed by the child's physician
    else:
        c.category = "medical_necessity"
    c.extra["co_why"] = "poc" if c.category == "administrative" else (
        "taper" if variant == 1 else w.pick(["goals", "noprog"]))
    i = w.rng.randrange(len(_CO_THER))
    c.services = [dict(text=_CO_THER[i], codes=["92526"], decision="partial" if variant == 1 else "denied")]
    es = [_CO_THER_ES[i]]
    if w.chance(0.45):
        j = w.rng.randrange(len(_CO_EVAL))
        c.services.append(dict(text=_CO_EVAL[j], codes=["92610"], decision="approved" if variant == 1 else "denied"))
        es.append(_CO_EVAL_ES[j])
    c.extra["co_svc_es"] = es
    dx = w.pick(_CO_DX)
    c.diagnoses = [dict(text=dx[0], codes=[dx[1]])]
    c.extra["co_dx_es"] = dx[2]
    c.service = None
    # the member is the child; the notice goes to a parent who shares the child's last name
    kid_first, kid_last = c.member_name.split()[0], c.member_name.split()[-1]
    pfirst = kid_first
    while pfirst == kid_first:
        pfirst = person(w.rng, 0.0)[1]
    c.extra["co_parent"] = (f"{pfirst} {kid_last}", w.pick(["mother", "father", "parent", "guardian"]), kid_first)
    months = w.rng.randint(9, 20) if dx[1] == "P92.9" else w.rng.randint(26, 84)
    c.extra["co_dob"] = c.letter - dt.timedelta(days=int(months * 30.4) + w.rng.randint(0, 25))
    base = c.received or c.letter
    start = base - dt.timedelta(days=w.rng.randint(80, 170))
    c.extra["co_poc_start"] = start
    c.extra["co_poc_signed"] = start - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["co_attended"] = w.rng.randint(10, 16)
    c.extra["co_last_session"] = base - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["co_first_review"] = c.extra["co_last_session"] - dt.timedelta(days=7 * w.rng.randint(6, 9))
    c.extra["co_requested"] = w.pick([24, 26, 20])
    c.extra["co_approved"] = w.pick([6, 8, 8, 10])
    c.extra["co_foods"] = (w.rng.randint(4, 7), w.rng.randint(14, 22))
    c.extra["co_pct"] = w.pick(["5th", "8th", "12th", "15th", "3rd"])
    auth0 = (c.decision or c.letter) + dt.timedelta(days=w.rng.randint(1, 4))
    c.extra["co_auth"] = (auth0, auth0 + dt.timedelta(days=w.pick([89, 90, 119])))
    c.extra["co_asked"] = (c.decision or c.letter) - dt.timedelta(days=w.rng.randint(3, 6))
    c.extra["co_clinic"] = (w.pick(_CO_CLINICS), _phone(w, _CO_AREAS, 0), _phone(w, _CO_AREAS, 1), _npi(w))
    name, _, last = person(w.rng, 0.1)
    c.provider = w.pick([f"{name}, MS, CCC-SLP", f"{name}, M.A., CCC-SLP", f"{name}, OTR/L"])
    c.extra["co_slp_last"] = last
    pname, _, plast = person(w.rng, 0.1)
    c.extra["co_ped"] = (w.pick([f"Dr. {pname}", f"{pname}, MD"]), plast)
    c.criteria = [] if c.category == "administrative" or _has(c, "notice.criteria_cited") else [w.pick(_CO_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Rehabilitation Review Nurse", "Utilization Review Coordinator"], ["RN", "LPN", None])
    elif c.category == "medical_necessity" and w.chance(0.8):
        _md(w, ["Pediatrics", "Physical Medicine and Rehabilitation", "Developmental-Behavioral Pediatrics"],
            ["Physician Reviewer", "Pediatric Medical Director", "Reviewing Physician"], _CO_AREAS, 0.5, 0.7)
    c.extra["co_ref"] = f"HFC-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["co_fax"] = _phone(w, _CO_AREAS)
    _flags(c)


def reason_b51_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    kid = c.extra["co_parent"][2]
    slp, ped = c.extra["co_slp_last"], c.extra["co_ped"][1]
    why = c.extra["co_why"]
    n = c.extra["co_attended"]
    f0, f1 = c.extra["co_foods"]
    if _bare(c):
        pair = w.pick([("More feeding therapy is not medically necessary.",
                        "Más terapia de alimentación no es médicamente necesaria."),
                       ("The feeding therapy request does not meet medical necessity criteria.",
                        "La solicitud de terapia de alimentación no cumple los criterios de necesidad médica.")])
    elif why == "poc":
        asked = _fd(w, c.extra["co_asked"])
        signed = _fd(w, c.extra["co_poc_signed"])
        pair = w.pick([
            (f"Health First Colorado pays for feeding therapy only under a plan of care that the child's physician "
             f"has signed. The plan of care sent with this request was signed by Dr. {ped} on {signed} and has "
             f"expired, and the new plan of care is not signed. We asked the therapy office for a signed copy on "
             f"{asked} and have not received it.",
             f"Health First Colorado paga la terapia de alimentación solo con un plan de cuidado firmado por el "
             f"médico del niño. El plan enviado lo firmó el Dr. {ped} y ya venció; el plan nuevo no está firmado. "
             f"Pedimos una copia firmada a la oficina de terapia y no la recibimos."),
            (f"We cannot approve the request because it did not include a current plan of care signed by {kid}'s "
             f"doctor. The only signed plan we have is from {signed}, and it covered a period that has ended. On "
             f"{asked} we asked {slp}'s office to send the new plan with Dr. {ped}'s signature, and it did not "
             f"arrive.",
             f"No podemos aprobar la solicitud porque no incluía un plan de cuidado vigente firmado por el médico "
             f"de {kid}. El único plan firmado que tenemos cubría un período que ya terminó. Pedimos a la oficina "
             f"de terapia el plan nuevo firmado por el Dr. {ped} y no llegó."),
        ])
    elif why == "goals":
        pair = w.pick([
            (f"The therapy notes show that {kid} has met the goals of the plan of care: {kid} now eats {f1} foods "
             f"from all food groups (up from {f0}), finishes meals in under 30 minutes and drinks from an open cup. "
             f"{kid}'s weight has followed the same growth curve for the last three months. Because {kid}'s feeding "
             f"skills are now where they should be for {kid}'s age, more skilled therapy visits are not medically "
             f"necessary. The home program the therapist taught you can continue.",
             f"Las notas de terapia muestran que {kid} cumplió las metas del plan de cuidado: ahora come {f1} "
             f"alimentos de todos los grupos (antes {f0}), termina las comidas en menos de 30 minutos y bebe de un "
             f"vaso abierto. Como sus habilidades para comer ya son las esperadas para su edad, más visitas de "
             f"terapia no son médicamente necesarias. Puede seguir con el programa en casa."),
            (f"{kid} has reached the goals set when therapy started. In the last {n} sessions {kid} went from "
             f"accepting {f0} foods to {f1}, and now chews and swallows table foods safely without gagging. Skilled "
             f"feeding therapy is covered while a child still needs a therapist to make progress; {kid} does not, so "
             f"more visits are not medically necessary.",
             f"{kid} alcanzó las metas fijadas al comenzar la terapia: pasó de aceptar {f0} alimentos a {f1}, y ahora "
             f"mastica y traga alimentos de mesa sin peligro. La terapia especializada se cubre mientras el niño "
             f"necesita a un terapeuta para avanzar; {kid} ya no lo necesita."),
        ])
    elif why == "noprog":
        pair = w.pick([
            (f"The notes from the last {n} therapy sessions do not show measurable progress: {kid} still accepts "
             f"about {f0} foods, meals still take more than 45 minutes, and the goals in the plan of care have not "
             f"changed since therapy began. Therapy is covered when it is expected to bring measurable improvement "
             f"within a reasonable time. Because the same approach has not worked, more of the same visits are not "
             f"medically necessary. Dr. {ped} may want to look at other causes, such as a swallow study or a "
             f"visit with a gastroenterologist.",
             f"Las notas de las últimas {n} sesiones no muestran un avance que se pueda medir: {kid} todavía acepta "
             f"unos {f0} alimentos y las comidas duran más de 45 minutos. La terapia se cubre cuando se espera una "
             f"mejoría medible en un tiempo razonable. Como el mismo tratamiento no ha dado resultado, más visitas "
             f"iguales no son médicamente necesarias."),
            (f"Over {n} sessions, the measures in the therapy notes stayed about the same: {kid} eats {f0} foods, "
             f"weight is still near the {c.extra['co_pct']} percentile, and mealtime refusals have not gone down. "
             f"Without measurable progress, continuing this therapy is not medically necessary.",
             f"En {n} sesiones, las medidas de las notas de terapia casi no cambiaron: {kid} come {f0} alimentos y "
             f"sigue rechazando las comidas. Sin un avance medible, seguir esta terapia no es médicamente necesario."),
        ])
    else:  # taper: a reduction
        req, ok = c.extra["co_requested"], c.extra["co_approved"]
        pair = w.pick([
            (f"{kid} has met most goals of the plan of care: {kid} now eats {f1} foods, up from {f0}, and drinks "
             f"from an open cup. One goal is left, accepting mixed textures. {ok} more visits are enough to work on "
             f"that goal and to make sure you can carry on the home program, so {ok} of the {req} visits requested "
             f"are medically necessary. The other {req - ok} are not.",
             f"{kid} cumplió la mayoría de las metas: ahora come {f1} alimentos (antes {f0}). Queda una meta, aceptar "
             f"texturas mixtas. {ok} visitas más bastan para esa meta y para que usted siga el programa en casa; las "
             f"otras {req - ok} no son médicamente necesarias."),
            (f"The therapist asked for {req} more visits at the same weekly rate. {kid}'s progress notes show the "
             f"remaining goal can be reached with fewer visits, spaced out, while you take over the exercises at "
             f"home. We approved {ok} visits; the remaining {req - ok} visits are not medically necessary at this "
             f"time.",
             f"La terapeuta pidió {req} visitas más cada semana. Las notas muestran que la meta que falta se puede "
             f"lograr con menos visitas mientras usted hace los ejercicios en casa. Aprobamos {ok} visitas; las "
             f"otras {req - ok} no son médicamente necesarias por ahora."),
        ])
    c.extra["co_reason_es"] = pair[1]
    return pair[0]


def _co_rights(w: W, b: list[Block], head, es: bool = False) -> None:
    """Health First Colorado appeal, fast appeal, continued benefits, State Fair Hearing and copies (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Colorado"])
    if es:
        head("Sus derechos")
        b.append(w.p(f"Usted, el médico de su hijo o alguien que usted nombre puede apelar dentro de "
                     f"{c.appeal_days} días a partir de la fecha de este aviso. Llame al {_CO_MS} (sur de Colorado "
                     f"{_CO_MS_SOUTH}) o escriba a {addr}. Decidiremos la apelación en 30 días."))
        if not _has(c, "notice.expedited_review"):
            b.append(w.p("Si esperar 30 días podría dañar seriamente la salud de su hijo, pida una apelación rápida. "
                         "La decidiremos en 72 horas."))
        if not _has(c, "notice.continuation_of_benefits"):
            b.append(w.p("Para que la terapia siga mientras decidimos, apele dentro de 10 días a partir de la fecha "
                         "de este aviso o antes de que el cambio entre en vigor."))
        if not _has(c, "notice.external_review"):
            b.append(w.p("Después de la decisión de su apelación, puede pedir una audiencia imparcial del estado. El "
                         "plazo lo fija el estado (de 90 a 120 días) y se lo diremos en esa decisión. Si no decidimos "
                         "a tiempo, puede pedir la audiencia de inmediato."))
        b.append(w.p("Puede pedir gratis copias de los documentos y criterios que usamos."))
        return
    head(w.pick(["Your right to appeal", "If you do not agree", "What you can do"]))
    b.append(w.p(w.pick([
        f"You, your child's doctor or therapist, or someone you choose may ask for an appeal. Your appeal must be "
        f"made within {M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call Member Services at "
        f"{_CO_MS} (Southern Colorado {_CO_MS_SOUTH}) or write to {addr}. We will decide within 30 days.",
        f"To appeal, contact us no later than {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this notice: "
        f"call {_CO_MS} (in Southern Colorado, {_CO_MS_SOUTH}) or mail your appeal to {addr}. An appeal is decided "
        f"within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or the doctor think waiting 30 days could seriously harm your child's health, ask "
            "for an expedited appeal. We will decide it within 72 hours.",
            "If a standard appeal could put your child's life or health at serious risk, tell us and we will decide "
            "your appeal within 72 hours.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Continued benefits: if your child is already receiving this therapy and you want the visits to go on "
            "while we decide, you must appeal within 10 days of the date of this notice or before the change takes "
            "effect, and ask that the therapy continue. If you lose the appeal, you may have to pay for those visits.",
            "To keep the therapy going during your appeal, appeal within 10 days of the date on this notice (or "
            "before the change takes effect) and ask for continued benefits. You may owe the cost if our decision "
            "is upheld.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "State Fair Hearing: if our appeal decision still does not approve the therapy, you can ask for a State "
            "Fair Hearing. The state sets how long you have (between 90 and 120 days from the appeal decision); the "
            "appeal decision will tell you the deadline and how to ask. If we do not decide your appeal on time, you "
            "may ask for a hearing right away.",
            "After the appeal, you may ask the state for a State Fair Hearing. The appeal decision letter gives the "
            "deadline the state sets (90 to 120 days from that decision). If we miss the time limit for deciding "
            "your appeal, you can ask for the hearing without waiting.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and criteria we used to make this decision.",
        "Copies of your child's records, the criteria and the other documents we used are free if you ask.",
    ])))


def t_b51_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]  # 0 state-style notice, 1 letter to the parent with a visits table, 2 bilingual
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ref, fax = c.extra["co_ref"], c.extra["co_fax"]
    parent, rel, kid = c.extra["co_parent"]
    clinic, cph, cfax, cnpi = c.extra["co_clinic"]
    ped = c.extra["co_ped"][0]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    dob = b51date(c.extra["co_dob"], "b51dmonu4" if variant != 2 else "b51long")
    last = _fd(w, c.extra["co_last_session"])
    first_rev = _fd(w, c.extra["co_first_review"])
    n = c.extra["co_attended"]
    st.footer = [w.pick([f"Health First Colorado notice {ref} - page {{page}} of {{pages}}",
                         "Kaiser Permanente Colorado | {page}", f"{ref} ({{page}}/{{pages}})"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", "Health First Colorado (Medicaid)"],
                   right=["Kaiser Foundation Health Plan of Colorado", w.pick(facilities("CO", "Colorado")),
                          f"Fax {fax}"]))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    seen = w.pick([
        f"We reviewed the notes from {n} sessions between {first_rev} and {last} and the plan of care from {ped}, "
        f"{kid}'s pediatrician.",
        f"Records reviewed: therapy notes ({n} visits, the last on {last}), the plan of care, and the referral from "
        f"{ped}.",
    ])
    if c.category == "administrative":
        seen = f"Records we received: therapy notes through {last} and an unsigned plan of care."

    if variant == 0:
        b.append(w.h(w.pick(["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Adverse Benefit Determination - "
                                                                        "Health First Colorado"]),
                     align="center", space_before=8, size=st.size + 2))
        b.append(w.p(f"To: {parent}, {rel} of the member", space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        rows = [["Date of this notice:", _dm(w, "DATE_LETTER", c.letter, "b51_head"), "Notice number:", ref],
                ["Member:", w.name(), "Health First Colorado ID:", w.mid()],
                ["Date of birth:", dob, "Provider:", prov]]
        if c.received or c.decision:
            rows.append(["Request received:", rec or "-", "Decision date:", dec or "-"])
        b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p(f"Dear {w.pick([parent, f'Parent or Guardian of {kid}'])}:", space_before=10))
        head(w.pick(["What was asked for", "The request"]))
        b.append(w.p(f"{prov} of {clinic} asked Kaiser Permanente to cover {svcs} for {kid}." +
                     (" We reviewed it on a fast (expedited) basis." if urgent else "")))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head("What we decided")
        b.append(w.p(w.pick(["We denied this request.", "This request is denied."])))
        head("Reason for this action")
        b.append(w.p(M("REASON", w.reason), boxed=True, indent=6, space_before=4))
        b.append(w.p(seen))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b51_head"), space_before=10))
        b.append(w.p(parent, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Re: {w.name()} (your child), member ID {w.mid()}, born {dob}", space_before=10, bold=True))
        b.append(w.p(f"Reference: {ref}", space_before=0))
        if variant == 2:
            b.append(w.h("Notice of adverse benefit determination - feeding therapy", space_before=10,
                         size=st.size + 1))
        b.append(w.p(f"Dear {w.pick([parent, f'Parent or Guardian of {kid}'])}:", space_before=10))
        intro = w.pick([f"{kid}'s therapist, {prov} of {clinic}, asked us to approve {svcs}.",
                        f"We received a request from {prov} at {clinic} for {svcs} for {kid}."])
        if rec:
            intro += f" We received it on {rec}."
        if urgent:
            intro += " We handled it as an urgent (expedited) request."
        if dec:
            intro += f" We made our decision on {dec}."
        if variant == 1:
            intro += " We approved some of the visits, but not all of them."
        else:
            intro += " We have denied this request."
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        if variant == 1:
            head(w.pick(["Visits requested and approved", "What we approved"]))
            a0, a1 = c.extra["co_auth"]
            per = f"{b51date(a0, 'b51dmonu4')} to {b51date(a1, 'b51dmonu4')}"
            rows = [["Service", "Code", "Requested", "Approved", "Authorization period"]]
            for s in c.services:
                if s["codes"] == ["92526"]:
                    rows.append([w.svc(s), w.code("92526"), f"{c.extra['co_requested']} visits",
                                 f"{c.extra['co_approved']} visits", per])
                else:
                    rows.append([w.svc(s), w.code(s["codes"][0]), "1", "1", per])
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
            b.append(w.p(f"The approved visits may be used from {b51date(a0, 'b51dmonu4')} through "
                         f"{b51date(a1, 'b51dmonu4')}. Please book them with {clinic} at {cph}.",
                         size=st.size - 0.5, space_before=3))
            head(w.pick(["Why we approved fewer visits", "Why not all the visits were approved"]))
        else:
            head(w.pick(["Why we said no", "The reason for our decision"]))
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(seen))
    if c.criteria:
        b.append(w.p(w.pick(["We used these criteria: ", "Criteria applied: "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" The therapist or {ped} may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss it."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        f"Questions about therapy visits? {clinic}: phone {cph}, fax {cfax}, NPI {cnpi}.",
        f"Therapy office: {clinic}, {cph} (fax {cfax}). Provider NPI {cnpi}.",
    ]), size=st.size - 0.5))
    _co_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management Department",
          "Kaiser Permanente Colorado")
    b.append(w.p(f"cc: {prov}, {clinic}; {ped}", space_before=8, size=st.size - 1))
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h("ESPAÑOL", space_before=4, size=st.size + 1.5, shade=True))
        b.append(w.p(f"Fecha del aviso: {b51date(c.letter, 'b51es_de')}", space_before=6))
        b.append(w.p(f"Para: {parent}. Miembro: {c.member_name}, N.º {c.member_id}", space_before=4))
        b.append(w.p(f"Estimado(a) {parent}:", space_before=8))
        svc_es = join_and([f"{t} ({s['codes'][0]})" for t, s in zip(c.extra["co_svc_es"], c.services, strict=True)],
                          "y")
        intro = f"{c.provider}, de {clinic}, nos pidió cubrir {svc_es} para {kid}."
        if c.received:
            intro += f" Recibimos la solicitud el {b51date(c.received, 'b51es_de')}."
        if c.decision:
            intro += f" Decidimos el {b51date(c.decision, 'b51es_de')}."
        intro += " Negamos la solicitud."
        b.append(w.p(intro))
        b.append(w.p(f"Diagnóstico: {c.extra['co_dx_es']} ({c.diagnoses[0]['codes'][0]})."))
        head("Motivo de esta decisión")
        b.append(w.p(c.extra["co_reason_es"]))
        if c.reviewer:
            b.append(w.p(f"Revisó la solicitud: {c.reviewer['name']}."))
        _co_rights(w, b, head, es=True)
        b.append(w.p("Atentamente, Kaiser Permanente Colorado", space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {_CO_MS} to ask for one or for this notice in another "
                             f"language or format.",
                             f"Need this in another language, large print or braille? Call {_CO_MS}. It is free."]),
                     space_before=8))
    b += _taglines(w, "CO", _CO_MS, w.pick([None, "Language assistance", "Help in your language"]))
    return b, st, ["co_state_style_notice", "co_parent_visits_table", "co_bilingual_en_es"][variant]


BLIND51_TEMPLATES["blind51_co_medicaid_pediatric_feeding_therapy"] = (t_b51_co, dict(
    plans=["medicaid"], states=["CO"], kinds=["initial_denial", "partial_denial"], cats=["medical_necessity"],
    reason=reason_b51_co))
MODELED_ON["blind51_co_medicaid_pediatric_feeding_therapy"] = (
    "blind51: Kaiser Permanente Colorado Health First Colorado (Medicaid) notice to a parent denying or reducing "
    "pediatric feeding therapy (92526, with a 92610 re-evaluation) for R63.31/R63.39/P92.9 because the goals were met, "
    "there was no measurable progress, or no signed plan of care was sent; a state-style notice with a 'Reason for "
    "this action' block, a letter with a visits requested/approved table, or an English-then-Spanish notice; 60-day "
    "appeal, 30-day and 72-hour decisions, continued benefits in 10 days, State Fair Hearing, free copies, taglines")


# === 2. Northern California commercial HMO: screening breast MRI below the risk threshold ===========================

_NC_MS = "1-800-464-4000"
_NC_AREAS = ["510", "415", "916", "925", "408", "707"]
_NC_MRI = {"77049": ["MRI of both breasts with and without contrast (screening)",
                     "Bilateral breast MRI, with and without contrast"],
           "77047": ["MRI of both breasts without contrast (abbreviated screening)",
                     "Bilateral breast MRI without contrast"]}
_NC_DX = [("Family history of malignant neoplasm of breast", "Z80.3"),
          ("Encounter for other screening for malignant neoplasm of breast", "Z12.39")]
_NC_CRIT = ["Kaiser Permanente Northern California Breast Imaging Guideline: Supplemental Screening MRI for "
            "High-Risk Women",
            "American College of Radiology Appropriateness Criteria: Supplemental Breast Cancer Screening Based on "
            "Breast Density and Risk"]
_NC_CENTERS = ["Oakland Breast Imaging Center", "Walnut Creek Women's Imaging", "Roseville Radiology - Eureka Road",
               "Santa Clara Breast Care Center"]
_NC_RELS = [("mother", "at age 58"), ("sister", "at age 61"), ("maternal aunt", "at age 52"),
            ("paternal grandmother", "at age 67")]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b51_nc"):
        return
    c.extra["b51_nc"] = True
    variant = c.extra["nc_variant"] = w.rng.randrange(3)
    if variant == 2:
        _fmt(w, ("b51long", "b51apord"), ("b51long", "b51apord"))
    else:
        _fmt(w, ("b51long", "b51apord", "b51theof"), ("b51long", "b51apord", "b51theof"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "medical_necessity"
    code = w.pick(["77049", "77049", "77047"])
    c.services = [dict(text=w.pick(_NC_MRI[code]), codes=[code], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_NC_DX if w.chance(0.6) else _NC_DX[:1])]
    c.service = None
    base = c.received or c.letter
    c.extra["nc_mammo"] = (base - dt.timedelta(days=w.rng.randint(30, 200)), w.pick(["heterogeneously dense",
                                                                                     "extremely dense",
                                                                                     "scattered fibroglandular"]),
                           w.pick(["BI-RADS 1 (negative)", "BI-RADS 2 (benign)"]))
    c.extra["nc_counsel"] = base - dt.timedelta(days=w.rng.randint(6, 28))
    tc = round(w.rng.uniform(11.0, 18.6), 1)
    c.extra["nc_risk"] = dict(tc=tc, brcapro=round(w.rng.uniform(5.5, 12.0), 1), claus=round(w.rng.uniform(8.0, 16.5),
                                                                                                   1),
                              gail5=round(w.rng.uniform(1.1, 2.4), 1), gail=round(w.rng.uniform(9.0, 17.0), 1))
    c.extra["nc_rel"] = w.pick(_NC_RELS)
    c.extra["nc_counselor"] = person(w.rng, 0.1)[0] + w.pick([", MS, CGC", ", MS, LCGC"])
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, NP"])
    c.extra["nc_prov_last"] = last
    c.criteria = [] if _has(c, "notice.criteria_cited") else [_NC_CRIT[0] if variant == 1 or w.chance(0.6)
                                                              else _NC_CRIT[1]]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Imaging Authorization Specialist"], ["RN", None])
    elif w.chance(0.85):
        _md(w, ["Diagnostic Radiology", "Breast Imaging", "Radiology"],
            ["Physician Reviewer", "Radiology Physician Advisor", "Medical Director, Imaging Review"], _NC_AREAS,
            0.7, 0.75)
    c.extra["nc_center"] = (w.pick(_NC_CENTERS), _phone(w, _NC_AREAS, 0))
    c.extra["nc_ref"] = f"{w.rng.randint(10, 99)}-{w.rng.randint(1000000, 9999999)}"
    c.extra["nc_clock"] = (w.rng.randint(7, 22), w.rng.randint(0, 59))
    _flags(c)


_NC_QUOTE = ("Annual screening breast MRI is indicated for women with a lifetime breast cancer risk of 20% or greater "
             "as estimated by a model based largely on family history, for carriers of a BRCA1, BRCA2 or other high-"
             "penetrance gene mutation and their untested first-degree relatives, and for women who received "
             "radiation to the chest between ages 10 and 30.")


def reason_b51_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    r = c.extra["nc_risk"]
    rel, age = c.extra["nc_rel"]
    if _bare(c):
        return w.pick(["Screening breast MRI is not medically necessary.",
                       "The breast MRI request does not meet criteria."])
    if c.extra["nc_variant"] == 1:
        return w.pick([
            f"Our guideline states: \"{_NC_QUOTE}\" Your lifetime risk calculated with the Tyrer-Cuzick model is "
            f"{r['tc']}%, which is below 20%. You have not had genetic testing that found a mutation, no "
            f"first-degree relative is known to carry one, and you have not had chest radiation. Because none of "
            f"these applies to you, screening breast MRI is not medically necessary.",
            f"The part of the guideline that applies reads: \"{_NC_QUOTE}\" Based on your family history (your "
            f"{rel}, diagnosed {age}), your calculated lifetime risk is {r['tc']}%. That is under the 20% in the "
            f"guideline, and no other part of it fits your records, so we cannot approve the MRI as medically "
            f"necessary.",
        ])
    return w.pick([
        f"Screening breast MRI is approved when a woman's lifetime risk of breast cancer is 20% or higher, or when "
        f"she carries a high-risk gene mutation or had chest radiation when young. Using your family history (your "
        f"{rel}, diagnosed {age}), the Tyrer-Cuzick model estimates your lifetime risk at {r['tc']}%. Your records "
        f"show no mutation and no chest radiation. Because your risk is below 20%, screening MRI is not medically "
        f"necessary; yearly mammograms remain the recommended screening for you.",
        f"Your estimated lifetime risk of breast cancer is {r['tc']}% by the Tyrer-Cuzick model, below the 20% at "
        f"which our guideline recommends adding a yearly MRI to mammograms. Having one {rel} diagnosed {age} raises "
        f"your risk, but not to that level, and you have no known gene mutation. For these reasons the MRI is not "
        f"medically necessary.",
    ])


def _nc_dmhc(w: W, b: list[Block]) -> None:
    if _has(w.c, "notice.dmhc_statement"):
        return
    b.append(w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against Kaiser Permanente, you should first call us at {_NC_MS} (TTY 711) and use "
        "our grievance process before contacting the Department. Using this grievance procedure does not take away "
        "any legal rights or remedies you may have. If you need help with a grievance involving an emergency, a "
        "grievance we have not satisfactorily resolved, or a grievance that has stayed unresolved for more than 30 "
        "days, you may call the Department for assistance. You may also be eligible for an Independent Medical "
        "Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of medical "
        "decisions made by a health plan related to the medical necessity of a proposed service or treatment, "
        "coverage decisions for treatments that are experimental or investigational in nature, and payment "
        "disputes for emergency or urgent medical services. The Department has a toll-free telephone number "
        "(1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. The Department's "
        "internet website www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
        bold=True, size=12.0, space_before=8))


def _nc_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northern California"])
    head(w.pick(["How to appeal", "Your grievance and appeal rights", "If you disagree with this decision"]))
    b.append(w.p(w.pick([
        f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. "
        f"Call Member Services at {_NC_MS} (TTY 711), file online at kp.org, or write to {addr}. Include any "
        f"records you want us to consider, such as a letter from your doctor or genetic counseling results.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this letter by phone at "
        f"{_NC_MS} (TTY 711), on kp.org, or by mail to {addr}. Your doctor or someone you name may file for you.",
    ])))
    b.append(w.p(w.pick([
        "If waiting could seriously threaten your health, including severe pain or the loss of life, limb or a "
        "major bodily function, you or your doctor may ask for an expedited review. We will decide it within 72 "
        "hours, and you may contact the Department of Managed Health Care right away without waiting for us.",
        "Urgent cases: when your health is in serious and imminent danger, ask for an expedited appeal. We will "
        "answer within 72 hours.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p("For free help understanding your rights, you can contact the Health Consumer Alliance, the "
                     "Department of Managed Health Care's consumer assistance program, at 1-888-804-3536."))
    b.append(w.p(w.pick([
        "You can ask for free copies of the guideline we used and of all the documents and records about this "
        "decision.",
        "Copies of the criteria and of every record we relied on are available to you at no charge.",
    ])))
    _nc_dmhc(w, b)


def t_b51_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]  # 0 risk table, 1 quoted criteria, 2 portal printout
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
    ref = c.extra["nc_ref"]
    r = c.extra["nc_risk"]
    rel, age = c.extra["nc_rel"]
    center, cph = c.extra["nc_center"]
    mday, density, birads = c.extra["nc_mammo"]
    counselor = c.extra["nc_counselor"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        hh, mm = c.extra["nc_clock"]
        stamp = f"{b51date(c.letter + dt.timedelta(days=w.rng.randint(0, 3)), 'b51wkmdyy')}, " \
                f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
        st.header = [f"{stamp}    Message Center - Letters | kp.org"]
        st.header_all_pages = True
        st.footer = ["https://healthy.kaiserpermanente.org/northern-california/secure/message-center/letters"
                     "    {page}/{pages}"]
        st.footer_align = "left"
        b.append(w.p("KAISER PERMANENTE  |  kp.org", bold=True, space_before=4))
        b.append(w.p("Message Center > Letters and notices", size=st.size - 1, space_before=2))
        b.append(Block("fields", rows=[["Letter date:", _dm(w, "DATE_LETTER", c.letter, "b51_head")],
                                       ["From:", "Utilization Management, Northern California"],
                                       ["To:", w.name()],
                                       ["Subject:", "Coverage decision: breast MRI"]],
                       space_before=8, size=st.size))
        b.append(Block("rule", space_before=6))
        b.append(w.p(f"Member ID (MRN): {w.mid()}   Case number: {ref}", space_before=6))
    else:
        st.footer = [w.pick([f"Case {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Northern California "
                                                                         "| {page}"])]
        st.footer_align = w.pick(["center", "right"])
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Northern California", "Utilization Management"],
                       right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Northern California")),
                              f"Member Services {_NC_MS}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b51_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Medical record number: {w.mid()}", space_before=8))
        b.append(w.p(f"Case number: {ref}", space_before=0))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = w.pick([f"{prov} asked us to cover {svcs} for you.",
                    f"We reviewed a request from {prov}, your clinician, for {svcs}."])
    if rec:
        intro += f" We received the request on {rec}."
    if urgent:
        intro += " We reviewed it as an expedited request."
    if dec:
        intro += f" We made our decision on {dec}."
    intro += w.pick([" We are not able to approve it.", " The request is denied."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis codes on the request: " + dxs + "."))
    if variant == 0:
        head(w.pick(["Your risk estimates", "How your risk was calculated"]))
        b.append(w.p(f"{counselor}, genetic counselor, entered your family history on "
                     f"{_fd(w, c.extra['nc_counsel'])}. The models gave these estimates:", space_before=3))
        rows = [["Model", "What it uses", "Estimated lifetime risk"],
                ["Tyrer-Cuzick (IBIS), v8", "family history, age, breast density", f"{r['tc']}%"],
                ["Claus", "relatives with breast cancer and their ages", f"{r['claus']}%"],
                ["BRCAPRO", "family history (gene-carrier model)", f"{r['brcapro']}%"],
                ["Gail (BCRAT)", f"age, biopsies, relatives (5-year risk {r['gail5']}%)", f"{r['gail']}%"],
                ["Threshold for screening MRI", "", "20% or higher"]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
    head(w.pick(["Why we made this decision", "Reason for our decision", "Why the MRI was not approved"]))
    if variant == 1:
        b.append(w.p(M("REASON", w.reason), indent=14, italic=False))
    else:
        b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"We also reviewed your mammogram of {_fd(w, mday)} ({birads}; breast tissue {density}) and the genetic "
        f"counseling note from {counselor}.",
        f"Other records reviewed: the {_fd(w, mday)} screening mammogram at {center}, read as {birads} with "
        f"{density} tissue, and the risk assessment by {counselor}.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["Guideline used: ", "We based this decision on the "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["The physician who reviewed this request is ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += (f" {c.provider} may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}.")
        b.append(w.p(line))
    head(w.pick(["What you can do now", "Your next steps"]))
    b.append(w.p(w.pick([
        f"Keep having your yearly mammogram. If you or your doctor notice a new lump or other change, a diagnostic "
        f"breast ultrasound (76641) or diagnostic mammogram can be ordered and is reviewed on its own. Call {center} "
        f"at {cph} to schedule imaging.",
        f"If your family history changes, for example a relative tests positive for a gene mutation, your doctor can "
        f"send a new request. A diagnostic ultrasound of the breast (CPT 76641) is available if a problem is found; "
        f"{center}: {cph}.",
    ])))
    _nc_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management", "Kaiser Permanente Northern California")
    b.append(w.p(f"cc: {prov}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services are available. Call {_NC_MS} (TTY 711).",
                             f"You can get this letter in another language or format at no cost: {_NC_MS}, TTY 711."]),
                     space_before=8))
    b += _taglines(w, "CA", f"{_NC_MS} (TTY 711)", w.pick([None, "Language assistance services"]))
    return b, st, ["nca_risk_model_table", "nca_quoted_criteria", "nca_portal_printout"][variant]


BLIND51_TEMPLATES["blind51_nca_commercial_breast_mri_high_risk"] = (t_b51_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b51_nc))
MODELED_ON["blind51_nca_commercial_breast_mri_high_risk"] = (
    "blind51: Kaiser Permanente Northern California commercial HMO denial of screening breast MRI (77049 or 77047) "
    "for Z80.3/Z12.39 because the calculated lifetime risk is below 20%; a letter with a risk-model table, a letter "
    "quoting the guideline, or a member-portal printout; 180-day grievance, 72-hour expedited review, DMHC statement "
    "with IMR, Health Consumer Alliance, free copies, taglines")


# === 3. Mid-Atlantic FEHB: bunionectomy without documented conservative care ====================================

_DC_MS, _DC_LOCAL, _DC_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_DC_AREAS = ["202", "301", "240", "703"]
_DC_PROC = {"28296": ["Bunionectomy with distal first metatarsal osteotomy",
                      "Correction of hallux valgus with distal metatarsal osteotomy"],
            "28297": ["Lapidus bunionectomy (first metatarsal-cuneiform joint fusion)",
                      "Correction of hallux valgus with first metatarsal and medial cuneiform arthrodesis"]}
_DC_2ND = ["Osteotomy of the second metatarsal", "Second metatarsal shortening osteotomy"]
_DC_DX = {"right": ("Hallux valgus (acquired), right foot", "M20.11"),
          "left": ("Hallux valgus (acquired), left foot", "M20.12")}
_DC_CRIT = ["Kaiser Permanente Mid-Atlantic States Clinical Criteria: Surgical Correction of Hallux Valgus",
            "Kaiser Permanente Mid-Atlantic States Musculoskeletal Surgery Guideline: Bunionectomy"]
_DC_CENTERS = ["Capitol Hill Ambulatory Surgery Center", "Largo Surgery Center", "Tysons Corner Surgical Suite"]


def _dc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b51_dc"):
        return
    c.extra["b51_dc"] = True
    variant = c.extra["dc_variant"] = w.rng.randrange(3)
    if variant == 0:
        _fmt(w, ("b51dmonu4", "b51ydot", "b51long"), ("b51long", "b51apord"))
    else:
        _fmt(w, ("b51long", "b51apord", "b51theof"), ("b51long", "b51apord", "b51theof"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "DC", "Mid-Atlantic States")
    c.category = "medical_necessity"
    code = w.pick(["28296", "28296", "28297"])
    side = c.extra["dc_side"] = w.pick(["right", "left"])
    c.services = [dict(text=w.pick(_DC_PROC[code]) + f", {side} foot", codes=[code], decision="denied")]
    if w.chance(0.35):
        c.services.append(dict(text=w.pick(_DC_2ND) + f", {side} foot", codes=["28308"], decision="denied"))
    t, dx = _DC_DX[side]
    c.diagnoses = [dict(text=t, codes=[dx])]
    c.service = None
    base = c.received or c.letter
    c.extra["dc_why"] = w.pick(["short", "short", "none"])
    c.extra["dc_months"] = w.pick([3, 6])
    c.extra["dc_xray"] = (base - dt.timedelta(days=w.rng.randint(10, 45)), w.rng.randint(28, 41),
                          w.rng.randint(13, 19))
    c.extra["dc_shoes"] = base - dt.timedelta(days=w.rng.randint(25, 50))
    c.extra["dc_orth"] = c.extra["dc_shoes"] + dt.timedelta(days=w.rng.randint(6, 16))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, DPM", f"Dr. {name}, DPM", f"{name}, D.P.M."])
    c.extra["dc_prov_last"] = last
    c.extra["dc_prov_fax"] = _phone(w, _DC_AREAS, 0)
    c.extra["dc_npi"] = _npi(w)
    c.criteria = [w.pick(_DC_CRIT)] if w.chance(0.8) else []
    c.reviewer = None
    if w.chance(0.85):
        _md(w, ["Orthopaedic Surgery", "Physical Medicine and Rehabilitation", "Family Medicine"],
            ["Physician Reviewer", "Associate Medical Director", "Physician Advisor"], _DC_AREAS, 0.6, 0.8)
    c.extra["dc_center"] = w.pick(_DC_CENTERS)
    c.extra["dc_ref"] = f"MAS-{w.rng.randint(10**5, 10**6 - 1)}-{w.pick(['UM', 'PA'])}"
    c.extra["dc_fax"] = _phone(w, _DC_AREAS, 0)
    c.extra["dc_clock"] = (w.rng.randint(8, 17), w.rng.randint(0, 59))
    _flags(c)


def reason_b51_dc(w: W) -> str:
    _dc_setup(w)
    c = w.c
    side = c.extra["dc_side"]
    mo = c.extra["dc_months"]
    whose = "your" if c.extra["dc_variant"] != 2 else "the patient's"
    if _bare(c):
        return w.pick(["Bunion surgery is not medically necessary.",
                       "The requested foot surgery does not meet medical necessity criteria."])
    shoes, orth = _fd(w, c.extra["dc_shoes"]), _fd(w, c.extra["dc_orth"])
    weeks = max(1, ((c.received or c.letter) - c.extra["dc_shoes"]).days // 7)
    if c.extra["dc_why"] == "short":
        return w.pick([
            f"Before bunion surgery is approved, the office notes must show at least {mo} months of conservative "
            f"care that did not relieve the pain, such as wider or deeper shoes, bunion pads, orthotics and "
            f"anti-inflammatory medicine. The notes sent with this request show that wider shoes were started on "
            f"{shoes} and orthotics were dispensed on {orth}, about {weeks} weeks before the request. That is "
            f"shorter than the trial the criteria require, so surgery on {whose} {side} foot is not medically "
            f"necessary at this time.",
            f"The records show only about {weeks} weeks of non-surgical treatment (a change of footwear on {shoes} "
            f"and custom orthotics on {orth}). Surgery for a painful bunion is considered medically necessary after "
            f"{mo} months of documented conservative treatment has failed. Because that has not yet been shown, the "
            f"surgery is not medically necessary now.",
        ])
    return w.pick([
        f"The office notes describe pain over the bunion of {whose} {side} foot and the X-ray findings, but they do "
        f"not record any trial of conservative care: no change of shoes, padding, orthotics or anti-inflammatory "
        f"medicine. Surgery is approved when at least {mo} months of such care, documented in the notes, has not "
        f"relieved the pain. For this reason the surgery is not medically necessary at this time.",
        f"We could not find documentation of non-surgical treatment in the records sent. A bunionectomy is "
        f"medically necessary only after {mo} months of conservative care (such as wider shoes, pads, orthotics or "
        f"medicine) has failed to control the pain, and the notes do not show that this was tried.",
    ])


def _dc_rights(w: W, b: list[Block], head, note: dict | None = None) -> None:
    """FEHB disputed-claims steps (5 CFR 890.105 and the brochure), copies and Member Services (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    n = note or {}
    head(w.pick(["Your right to ask us to reconsider", "If you disagree: the FEHB disputed claims process",
                 "How to ask for reconsideration"]))
    b.append(w.p(w.pick([
        f"You, or your podiatrist with your written consent, may ask us in writing to reconsider this decision. "
        f"Your request must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice"
        f"{n.get('cfr', '')}. Send it to {addr}, with any notes or records you want us to see. We will answer "
        f"within 30 days of receiving it.",
        f"To dispute this decision, write to us at {addr} within {M('APPEAL_DAYS', c.appeal_phrase)} of the date "
        f"of this notice{n.get('cfr', '')}. Tell us why you disagree and include records, such as notes showing the "
        f"treatments you tried. We will reply within 30 days.",
    ])))
    b.append(w.p("If your request involves urgent care, call us and tell us it is urgent so that we can handle it "
                 "first."))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            f"If we do not change our decision, or do not answer you in time, you may ask the U.S. Office of "
            f"Personnel Management (OPM) to review it: OPM, Healthcare and Insurance, 1900 E Street NW, Washington, "
            f"DC 20415{n.get('opm', '')}. Section 8 of your FEHB brochure gives the Health Insurance Group to write "
            f"to and the time limit for asking. OPM generally sends its decision within 60 days.",
            f"Next step: after our reconsideration, you may request a review by the U.S. Office of Personnel "
            f"Management, Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415{n.get('opm', '')}. See "
            f"Section 8 of your plan brochure for the deadline and the address of the Health Insurance Group. OPM's "
            f"final answer usually comes within 60 days.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, criteria and other documents we used for this decision.",
        "Documents about this decision, including the criteria, are available to you free of charge.",
    ])))
    b.append(w.p(f"Member Services: {_DC_MS} or {_DC_LOCAL}, TTY {_DC_TTY}, Monday through Friday, 7:30 a.m. to "
                 f"5:30 p.m."))


def t_b51_dc(w: W):
    _dc_setup(w)
    c = w.c
    variant = c.extra["dc_variant"]  # 0 summary table first, 1 footnoted citations, 2 fax to the podiatrist
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
    ref, fax = c.extra["dc_ref"], c.extra["dc_fax"]
    pfax, npi = c.extra["dc_prov_fax"], c.extra["dc_npi"]
    center = c.extra["dc_center"]
    side = c.extra["dc_side"]
    xday, hva, ima = c.extra["dc_xray"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente FEHB | {page}",
                         f"Ref. {ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    notes: list[str] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    def fn(text: str) -> str:  # a bracketed note number in the text; the note itself prints at the foot
        notes.append(text)
        return f"[{len(notes)}]"

    if variant == 2:
        hh, mm = c.extra["dc_clock"]
        st.header = [f"{b51date(c.letter, 'b51ydot')} {hh:02d}:{mm:02d} KP MID-ATLANTIC UM {fax} -> {pfax} "
                     f"P.{{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FACSIMILE TRANSMITTAL", space_before=0, size=st.size + 8))
        b.append(w.p("Kaiser Permanente Mid-Atlantic States - Utilization Management", bold=True, space_before=2))
        b.append(Block("fields", rows=[["To:", c.provider, "Fax:", pfax],
                                       ["From:", "Utilization Management", "Fax:", fax],
                                       ["Date:", b51date(c.letter, "b51dmonu4"), "Time:",
                                        f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"],
                                       ["Re:", "Prior authorization decision - foot surgery", "", ""]],
                       space_before=10, size=st.size))
        b.append(w.p("[ ] Urgent   [X] For your records   [ ] Please call", space_before=10))
        b.append(w.p("This facsimile contains confidential health information meant only for the person named "
                     f"above. If it reached you by mistake, call {_DC_LOCAL} and destroy all copies.", italic=True,
                     size=8.0, space_before=14))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Federal Employees Health Benefits Program"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          w.pick(facilities("DC", "Mid-Atlantic States")), f"Fax {fax}"]))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    if variant == 0:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.h("Summary of our decision", space_before=10, size=st.size + 1))
        rows = [["Date of notice", _dm(w, "DATE_LETTER", c.letter)], ["Member", w.name()], ["Member ID", w.mid()],
                ["Requested by", prov]]
        for s in c.services:
            rows.append(["Procedure", f"{w.svc(s)} ({w.code(s['codes'][0])})"])
        if c.received:
            rows.append(["Request received", _dm(w, "DATE_RECEIVED", c.received)])
        if c.decision:
            rows.append(["Decision made", _dm(w, "DATE_DECISION", c.decision)])
        rows.append(["Decision", "Not approved"])
        rows.append(["Reference", ref])
        b.append(Block("table", rows=rows, header_row=False, space_before=4, size=st.size - 0.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = f"This letter explains the decision summarized above on the request from {prov} for {svcs}." + \
            (" We reviewed it as an urgent request." if urgent else "")
        b.append(w.p(intro))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b51_head"), space_before=10))
        if variant == 2:
            b.append(w.p(prov, space_before=10))
            b.append(w.p(f"Fax {pfax}   NPI {npi}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Plan:", "FEHB - Kaiser Permanente", "Reference:", ref]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p(f"Dear Dr. {c.extra['dc_prov_last']}:", space_before=10))
            intro = w.pick([f"We reviewed your request for {svcs} for the patient named above.",
                            f"You asked us to approve {svcs} for your patient."])
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            intro = w.pick([f"{prov}, your podiatrist, asked us to approve {svcs}.",
                            f"We reviewed a request from {prov} for {svcs}."])
        rec = _dm(w, "DATE_RECEIVED", c.received)
        dec = _dm(w, "DATE_DECISION", c.decision)
        if rec:
            intro += f" The request reached us on {rec}."
        if urgent:
            intro += " It was reviewed as urgent."
        if dec:
            intro += f" Our decision was made on {dec}."
        intro += " The request is not approved."
        b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why the surgery was not approved", "Reason for the decision", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    who = "your" if variant != 2 else "the patient's"
    b.append(w.p(w.pick([
        f"We also looked at the weight-bearing X-rays of {who} {side} foot taken on {_fd(w, xday)}, which show a "
        f"hallux valgus angle of {hva}\u00b0 and an intermetatarsal angle of {ima}\u00b0.",
        f"The X-ray report of {_fd(w, xday)} ({side} foot) measures the hallux valgus angle at {hva}\u00b0 and the "
        f"intermetatarsal angle at {ima}\u00b0; the angles alone do not decide whether surgery is needed now.",
    ])))
    if c.criteria:
        crit = join_and([M("CRITERIA", x) for x in c.criteria])
        if variant == 1:
            b.append(w.p("We applied our clinical criteria for this surgery." + fn(f"{crit}.")))
        else:
            b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) + crit + "."))
    if c.reviewer:
        line = _who(w, w.pick(["The physician who reviewed the request is ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" {w.pick(['The podiatrist', 'Your podiatrist'])} may call the reviewer at " \
                    f"{M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    head(w.pick(["What happens next", "Other options"]))
    b.append(w.p(w.pick([
        f"A new request may be sent once the notes show the conservative care described above. The surgery date "
        f"that {center} offered can be kept open only if the surgery is approved.",
        "Roomy shoes, bunion pads and orthotics are often enough to control the pain. If they are tried and do not "
        "help, the podiatrist may ask again and send the notes.",
    ])))
    note = {}
    if variant == 1:
        note = {"cfr": fn("5 CFR 890.105 (FEHB disputed claims: reconsideration by the plan, then OPM review)."),
                "opm": fn("FEHB brochure, Section 8, The disputed claims process.")}
    _dc_rights(w, b, head, note)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(f"cc: {c.member_name} (member)" if variant == 2 else f"cc: {prov}", space_before=8,
                 size=st.size - 1))
    if notes:
        b.append(Block("footnotes", left=[f"[{i + 1}] {t}" for i, t in enumerate(notes)]))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: call {_DC_MS} (TTY {_DC_TTY}).",
                             f"Interpreter services at no cost: {_DC_MS}, TTY {_DC_TTY}."]), space_before=8))
    b += _taglines(w, "DC", _DC_MS, w.pick([None, "Language help"]))
    return b, st, ["dc_summary_table_first", "dc_footnoted_citations", "dc_fax_to_podiatrist"][variant]


BLIND51_TEMPLATES["blind51_dc_fehb_bunionectomy"] = (t_b51_dc, dict(
    plans=["fehb"], states=["DC"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b51_dc))
MODELED_ON["blind51_dc_fehb_bunionectomy"] = (
    "blind51: Kaiser Permanente Mid-Atlantic States FEHB denial of bunion surgery (28296 or 28297, with 28308) for "
    "hallux valgus (M20.11/M20.12) because the notes do not show the conservative care the criteria require; a letter "
    "with a 'Summary of our decision' table first, a letter with footnoted citations, or a fax to the podiatrist with "
    "a cover sheet; reconsideration within 6 months, 30-day answer, OPM review, free copies, taglines")
