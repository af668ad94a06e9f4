"""Forty-eighth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND48_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind48_hi_commercial_negative_pressure_wound_therapy")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind48_scal_ma_cataract_premium_lens_partial``: a Kaiser Permanente Southern California Medicare Advantage
   (Senior Advantage; plan_type ``medicare_advantage``, state CA) partial decision (``partial_denial``, category
   ``not_covered``): cataract surgery with a lens implant (CPT 66984) on one eye is approved, and the premium lens
   upgrade the surgeon asked for is not covered: the presbyopia-correcting function of the lens (HCPCS V2788) or its
   astigmatism-correcting (toric) function (V2787). Diagnosis H25.11 (right eye) or H25.12 (left eye). Why: the plan
   covers a standard monofocal lens with cataract surgery; the added function that reduces the need for glasses is an
   upgrade the member may buy, never a covered item. No criteria are cited (a coverage rule, not a guideline).
   Layouts: ``scal_approved_not_covered_table`` (a table of the two lines with "Approved" / "Not covered"),
   ``scal_what_you_may_pay_box`` (a boxed "What you may pay" summary with the surgery copay, the standard lens at $0
   and the upgrade's estimated charge: amounts that are never truth) and ``scal_large_print`` (the same notice set in
   16-point type with capital headings). MA rights from the catalogue: a reconsideration within 60 days of the notice
   (65 accepted; Senior Advantage 1-800-443-0815, TTY 711, in writing to the Southern California grievance address),
   decided in 30 days, a fast appeal decided in 72 hours, automatic review by the Independent Review Entity if we keep
   our decision, free copies, 1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), HICAP 1-800-434-0222, taglines.
   Distractors: the scheduled surgery date (a plan, never the service date), the pre-operative measurement visit
   date, the referring optometrist, the surgery center, the other eye, the dollar amounts, the approved 66984 line
   (which is a service: the truth lists it).

   Which date is which: the letter date is the date line under the letterhead; received and decision dates are in
   the opening paragraph; the surgery date is scheduled and ``service`` is always null. Which name is the member:
   the addressee. The requesting provider is the ophthalmologist who asked. Which reason is the reason: the paragraph
   under the reason heading. The truth counts both lines (the approved 66984 and the denied V2787/V2788).

2. ``blind48_hi_commercial_negative_pressure_wound_therapy``: a Kaiser Permanente Hawaii commercial HMO (plan_type
   ``commercial_hmo``, state HI) denial of a request to continue negative pressure wound therapy (``initial_denial``
   on concurrent review, ``medical_necessity``) for a diabetic heel ulcer: either the pump and its dressing sets
   (HCPCS E2402 with A6550) or the nurse's NPWT visits (CPT 97605). Diagnoses E11.621 with L97.412 / L97.422 /
   L97.413 / L97.423. Why: the weekly measurements over the last 30 days show the wound has not become measurably
   smaller (area and depth about the same). Criteria: a Kaiser Permanente Hawaii NPWT guideline (named). Layouts:
   ``hi_measurement_table`` (a member letter with the wound-measurement table: date, length, width, depth, area),
   ``hi_agency_cc_member`` (a letter to the home health agency that asked, the member on a "Member:" line, copied to
   the member; the agency is the requesting provider there) and ``hi_fax_cover_sheet`` (a fax cover sheet with
   "Date:" / "Time:" fields and a page count, then the letter to the ordering podiatrist). Hawaii commercial rights
   from the catalogue: an appeal within 180 days, expedited review in 72 hours, external review by an independent
   review organization within 4 months of the final internal decision (45 CFR 147.136), free copies, the Hawaii
   Insurance Division by name only, EBSA 1-866-444-3272 for employer plans with "check your plan documents" (no
   Hawaii Member Services number is verified: the unit's own phone is printed), taglines. Distractors: the wound
   nurse, the podiatrist or the agency, NPI, phone and fax numbers, the table's dates and sizes, the NPWT start date,
   the offloading and alternatives named with codes (foam dressings A6212, a total contact cast 29445), never items.

   Which date is which: the letter date is the date line (on the fax the letter's own date line on page 2; the cover
   sheet's Date/Time is the transmission, unmarked); received and decision dates are in the opening paragraph; the
   measurement and start dates are earlier events; ``service`` is always null. Which name is the member: the
   addressee, or the "Member:"/"Patient:" line on the agency and fax layouts. Which reason is the reason: the
   paragraph under the reason heading. The truth counts the NPWT lines (one or two).

3. ``blind48_wa_apple_health_insulin_pump_es``: a Kaiser Permanente Washington Apple Health (Medicaid; plan_type
   ``medicaid``, state WA) notice denying an insulin pump (HCPCS E0784), with its supplies A4224 and A4225 where the
   request billed them, for type 1 diabetes (E10.65 or E10.9). Category per letter: ``medical_necessity`` (the
   glucose log shows too few checks a day, or multiple daily injections were started too recently) or
   ``administrative`` (the request arrived without the C-peptide result or without the glucose log, and the
   provider did not send it when asked; never chosen when a medical-necessity defect is planted). Layouts:
   ``wa_aviso_es`` (a Spanish notice with its own headings: "Lo que pidió", "Nuestra decisión", "La razón", ...),
   ``wa_bilingue_en_es`` (an English notice, then the same notice in Spanish) and ``wa_tabla_articulos_es`` (a
   Spanish letter with a table of the items: code, item, quantity, decision). Apple Health rights from the
   catalogue: an appeal within 60 days of the notice date (Kaiser Permanente Washington Member Services
   1-888-901-4636, TTY 711, or in writing to the Washington appeals address), decided in 30 days or 72 hours when
   waiting could seriously harm health; continued services when the appeal is asked within 10 days; a state fair
   hearing after the appeal decision (state rules set the window, 90 to 120 days, which the appeal decision states)
   or at once if we do not decide the appeal in time; free copies of documents and criteria; taglines.

   Truth language: ``es`` for the two Spanish layouts; ``en`` for the bilingual one (the English part comes first and
   carries every marked value; the Spanish part repeats it unmarked). ``notice.language_assistance`` is planted only
   in the Spanish-only layouts. Which date is which: the letter date is the "Fecha"/"Fecha del aviso" line (the
   English part's "Date of notice"); received and decision dates are in the opening paragraph. The date we asked the
   provider for the missing result, the A1c date and the last clinic visit are earlier events; ``service`` is always
   null. Which name is the member: the addressee. The requesting provider is the endocrinology clinician. Which
   reason is the reason: the paragraph under the reason heading. The truth counts the pump and the supply lines.

Dates use this set's own styles (``b48date``); ``parse_blind48_date`` reads them back. Refused: the generator refuses
rule ids the catalogue does not apply to a template's plan, state, kind or category (e.g. the DMHC statement outside
California commercial and Medi-Cal, and for the cataract letter, a coverage decision, the medical-necessity ids:
a non-physician reviewer, missing criteria, internal criteria).
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
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND48_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MES = D.MONTHS_ES
_MESAB = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b48date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b48wklong":  # Saturday, March 14, 2026 (a letterhead date with its weekday)
        return f"{_DOW[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b48long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b48capslong":  # MARCH 14, 2026 (large-print headers)
        return f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
    if style == "b48mdot4":  # 3.14.2026 (month first, points, four-digit year)
        return f"{d.month}.{d.day}.{d.year}"
    if style == "b48mdy4":  # 3/14/2026 (table cells and form fields, not padded)
        return f"{d.month}/{d.day}/{d.year}"
    if style == "b48iso":  # 2026-03-14 (a fax machine's stamp)
        return d.isoformat()
    if style == "b48es_coma":  # 14 de marzo, 2026 (a US Spanish translation's date)
        return f"{d.day} de {_MES[d.month - 1]}, {d.year}"
    if style == "b48es_abrev":  # 14 mar. 2026 (Spanish abbreviated month with its point)
        return f"{d.day} {_MESAB[d.month - 1]} {d.year}"
    if style == "b48es_guion":  # 14-03-2026 (day first, dashes)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


STYLES_EN = ("b48wklong", "b48long", "b48capslong", "b48mdot4", "b48mdy4", "b48iso")
STYLES_ES = ("b48es_coma", "b48es_abrev", "b48es_guion")
STYLES = STYLES_EN + STYLES_ES


def parse_blind48_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b48date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _DOW and m[2] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _DOW[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z]+) ([1-9]\d?), (\d{4})", t)
        if m and m[1] in [x.upper() for x in MONTHS]:
            return dt.date(int(m[3]), [x.upper() for x in MONTHS].index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)\.([1-9]\d?)\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]\d?) de ([a-z]+), (\d{4})", t)
        if m and m[2] in _MES:
            return dt.date(int(m[3]), _MES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([1-9]\d?) ([a-z]+\.) (\d{4})", t)
        if m and m[2] in _MESAB:
            return dt.date(int(m[3]), _MESAB.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b48_fmt"] = w.pick(list(body))
    w.c.extra["b48_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b48_fmt") -> str:
    if not day:
        return ""
    return b48date(day, w.c.extra[key] if key in ("b48_fmt", "b48_head") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b48_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(221, 979), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
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


def _close(w: W, b: list[Block], close: str, fallback: str, org: str, size: float | None = None) -> None:
    c = w.c
    b.append(w.p(close, space_before=10, size=size))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=15, size=size))
        b.append(w.p(c.reviewer_title, space_before=0, size=size))
    else:
        b.append(w.p(fallback, space_before=15, size=size))
    b.append(w.p(org, space_before=0, size=size))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "ENGLISH: Free help in your language is available. Call {ph}.",
    "es": "ESPAÑOL: Tiene derecho a recibir ayuda gratis en su idioma. Llame al {ph}.",
    "zh": "繁體中文：您有權免費獲得以您的語言提供的協助。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị có quyền được trợ giúp miễn phí bằng ngôn ngữ của mình. Xin gọi {ph}.",
    "tl": "TAGALOG: May karapatan kang makakuha ng libreng tulong sa iyong wika. Tumawag sa {ph}.",
    "ko": "한국어: 귀하는 귀하의 언어로 무료 도움을 받을 권리가 있습니다. {ph}번으로 전화하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Դուք իրավունք ունեք անվճար օգնություն ստանալու ձեր լեզվով: Զանգահարեք {ph}:",
    "ru": "РУССКИЙ: Вы имеете право на бесплатную помощь на вашем языке. Звоните {ph}.",
    "fa": "فارسی: شما حق دارید به زبان خود کمک رایگان دریافت کنید. با {ph} تماس بگیرید.",
    "ja": "日本語：ご希望の言語による支援を無料で受けることができます。{ph} までお電話ください。",
    "km": "ភាសាខ្មែរ៖ អ្នកមានសិទ្ធិទទួលបានជំនួយដោយឥតគិតថ្លៃជាភាសារបស់អ្នក។ សូមទូរស័ព្ទទៅ {ph}។",
    "ar": "العربية: يحق لك الحصول على مساعدة مجانية بلغتك. اتصل على {ph}.",
    "ilo": "ILOKANO: Adda karbengam a makaala iti libre a tulong iti bukodmo a pagsasao. Tawagan ti {ph}.",
    "sm": "GAGANA SAMOA: E iai lou aia e maua ai se fesoasoani fua i lau gagana. Vala'au i le {ph}.",
    "haw": "ʻŌLELO HAWAIʻI: Loaʻa ke kōkua manuahi ma kāu ʻōlelo. E kelepona iā {ph}.",
    "so": "SOOMAALI: Waxaad xaq u leedahay caawimaad bilaash ah oo luqaddaada ah. Wac {ph}.",
    "uk": "УКРАЇНСЬКА: Ви маєте право на безкоштовну допомогу вашою мовою. Телефонуйте {ph}.",
    "am": "አማርኛ፦ በቋንቋዎ ነጻ እርዳታ የማግኘት መብት አለዎት። ወደ {ph} ይደውሉ።",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਲੈਣ ਦਾ ਹੱਕ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "ar"],
    "HI": ["ilo", "tl", "es", "ja", "zh", "ko", "vi", "sm", "haw"],
    "WA_ES": ["en", "zh", "vi", "ru", "so", "ko", "uk", "tl", "am", "pa", "ar"],
    "WA": ["es", "zh", "vi", "ru", "so", "ko", "uk", "tl", "am", "pa", "ar"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]  # the two most-read languages always print
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Southern California Medicare Advantage: cataract surgery approved, premium lens upgrade not covered =========

_SA_MS = "1-800-443-0815"
_SC_AREAS = ["626", "714", "909", "951", "619", "818", "562"]
_SC_SURG = {"right": ["Cataract removal with insertion of intraocular lens, right eye",
                      "Cataract surgery with standard lens implant (right eye)"],
            "left": ["Cataract removal with insertion of intraocular lens, left eye",
                     "Cataract surgery with standard lens implant (left eye)"]}
_SC_LENS = {"V2788": (["Presbyopia-correcting intraocular lens (premium lens upgrade)",
                       "Multifocal lens upgrade (presbyopia-correcting function)"],
                      "near and distance vision without reading glasses", "presbyopia-correcting"),
            "V2787": (["Astigmatism-correcting (toric) intraocular lens upgrade",
                       "Toric lens upgrade (astigmatism-correcting function)"],
                      "clear distance vision without glasses for astigmatism", "toric")}
_SC_DX = {"right": ("Age-related nuclear cataract, right eye", "H25.11"),
          "left": ("Age-related nuclear cataract, left eye", "H25.12")}
_SC_CENTERS = ["Baldwin Park Surgery Center", "Anaheim Ambulatory Surgery Unit", "Fontana Eye Surgery Suite",
               "San Marcos Outpatient Surgery"]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b48_sc"):
        return
    c.extra["b48_sc"] = True
    variant = c.extra["sc_variant"] = w.rng.randrange(3)
    if variant == 2:
        _fmt(w, ("b48long", "b48mdot4"), ("b48capslong", "b48wklong"))
    else:
        _fmt(w, ("b48long", "b48mdot4", "b48mdy4"), ("b48wklong", "b48long", "b48capslong"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "not_covered"  # the lens function is outside the benefit; the surgery itself is approved
    eye = c.extra["sc_eye"] = w.pick(["right", "left"])
    code = c.extra["sc_code"] = w.pick(["V2788", "V2787"])
    texts, _goal, _short = _SC_LENS[code]
    c.services = [dict(text=w.pick(_SC_SURG[eye]), codes=["66984"], decision="approved"),
                  dict(text=w.pick(texts), codes=[code], decision="denied")]
    t, dx = _SC_DX[eye]
    c.diagnoses = [dict(text=t, codes=[dx])]
    c.service = None
    base = c.received or c.letter
    c.extra["sc_biometry"] = base - dt.timedelta(days=w.rng.randint(4, 21))
    c.extra["sc_surgery"] = c.letter + dt.timedelta(days=w.rng.randint(12, 45))
    c.extra["sc_center"] = w.pick(_SC_CENTERS)
    c.extra["sc_optom"] = person(w.rng, 0.1)[0] + ", OD"
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["sc_prov_last"] = last
    c.extra["sc_copay"] = w.pick([0.0, 150.0, 250.0, 295.0])
    c.extra["sc_upgrade"] = float(w.rng.randint(12, 32) * 100 + w.pick([0, 50, 75]))
    c.criteria = []
    c.reviewer = None
    if w.chance(0.55):
        _md(w, ["Ophthalmology"], ["Physician Reviewer", "Medical Director, Utilization Management"], _SC_AREAS,
            0.5, 0.7)
    c.extra["sc_ref"] = f"SA-{w.rng.randint(10**6, 10**7 - 1)}-{w.pick('ABCDE')}"
    c.extra["sc_fax"] = _phone(w, _SC_AREAS)
    _flags(c)


def reason_b48_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    _texts, goal, short = _SC_LENS[c.extra["sc_code"]]
    eye = c.extra["sc_eye"]
    if _bare(c):
        return w.pick(["The premium lens upgrade is not a covered benefit.",
                       "The lens upgrade is not covered under your plan."])
    if short == "toric":
        return w.pick([
            f"Your plan covers cataract surgery with a standard (monofocal) lens implant, and that is approved for "
            f"your {eye} eye. Dr. {c.extra['sc_prov_last']} also asked for a toric lens, whose added function "
            f"corrects astigmatism so you may see clearly at a distance without glasses. Medicare rules and your "
            f"Senior Advantage plan do not pay for that added function. It is an upgrade you may choose and pay for "
            f"yourself.",
            f"The toric (astigmatism-correcting) part of the lens requested for your {eye} eye is not covered. Your "
            f"plan pays for cataract removal and a standard lens, which gives clear vision with glasses; the extra "
            f"cost of a lens that also corrects astigmatism, to give {goal}, is yours if you choose it.",
        ])
    return w.pick([
        f"Your plan covers cataract surgery with a standard (monofocal) lens implant, and that is approved for your "
        f"{eye} eye. Dr. {c.extra['sc_prov_last']} also asked for a presbyopia-correcting lens, which is designed "
        f"to give {goal}. Medicare rules and your Senior Advantage plan do not pay for that added function. It is an "
        f"upgrade you may choose and pay for yourself.",
        f"The presbyopia-correcting (multifocal) part of the lens requested for your {eye} eye is not covered. Your "
        f"plan pays for cataract removal and a standard lens; after surgery you may still need reading glasses. The "
        f"extra cost of a lens meant to give {goal} is yours if you choose it.",
    ])


def _ma_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    """Medicare Advantage appeal rights for a Southern California Senior Advantage member (rule catalogue facts)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Southern California"])
    days = M("APPEAL_DAYS", c.appeal_phrase)
    head(w.pick(["Your right to appeal", "If you disagree with our decision", "How to ask us to reconsider"]))
    b.append(w.p(w.pick([
        f"You, your doctor or a person you name to act for you can ask us to reconsider the part of our decision "
        f"that is not covered. Your request must reach us within {days} of the date of this notice. Call Member "
        f"Services at {_SA_MS} (TTY 711), 8 a.m. to 8 p.m., 7 days a week, or write to {addr}.",
        f"To appeal, ask for a reconsideration within {days} from the date of this notice. Write to {addr}, or call "
        f"{_SA_MS} (TTY 711), 8 a.m. to 8 p.m., seven days a week. Your doctor or a representative may ask for you.",
    ]), size=size))
    b.append(w.p("We will send you our decision on a standard appeal within 30 days.", size=size))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or your doctor believe that waiting 30 days could seriously harm your health or "
            "your ability to regain function, ask for an expedited appeal. We will answer within 72 hours. If a "
            "doctor asks for a fast appeal for you, we will give you one.",
            "If your health could be seriously harmed by waiting for a standard appeal, you or your doctor can ask "
            "for an expedited (fast) appeal. We will decide it within 72 hours.",
        ]), size=size))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we still say no to any part of your appeal, we will automatically send your case to an Independent "
            "Review Entity, an organization that Medicare chooses and that is not part of Kaiser Permanente. If you "
            "disagree with its decision, you can go on to a hearing with an Administrative Law Judge and then to "
            "the Medicare Appeals Council and federal court.",
            "Independent review: if our answer to your appeal is still no, your case goes to an Independent Review "
            "Entity on its own; you do not need to ask. Later levels (an Administrative Law Judge, the Medicare "
            "Appeals Council, federal court) are explained in your Evidence of Coverage.",
        ]), size=size))
    b.append(w.p(w.pick([
        "You may ask for a free copy of the records and information we used to make this decision.",
        "Copies of the documents we reviewed are free if you ask for them.",
    ]), size=size))
    b.append(w.p(w.pick([
        "For help, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, or the Health "
        "Insurance Counseling and Advocacy Program (HICAP) at 1-800-434-0222 for free counseling.",
        "Free help: 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048) and HICAP, California's Medicare "
        "counseling program, 1-800-434-0222.",
    ]), size=size))


def t_b48_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = c.extra["sc_variant"]  # 0 approved/not covered table, 1 what-you-may-pay box, 2 large print
    big = variant == 2
    st = _style(w, ["helvetica", "times"], [16.0] if big else [9.5, 10.0, 10.5],
                [50.0, 54.0] if big else [58.0, 64.0, 72.0])
    if big:
        st.small = 12.0  # the page footer is large print too
    ref, fax = c.extra["sc_ref"], c.extra["sc_fax"]
    code = c.extra["sc_code"]
    surg, lens = c.services
    eye = c.extra["sc_eye"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    center, optom = c.extra["sc_center"], c.extra["sc_optom"]
    surgery_day = _fd(w, c.extra["sc_surgery"])
    biom = _fd(w, c.extra["sc_biometry"])
    st.footer = [w.pick([f"{ref} | page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage - {page}",
                         f"Notice {ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t.upper() if big else t, space_before=12 if big else 9, size=st.size + (1 if big else 0.5)))

    if big:
        b.append(w.p("LARGE PRINT", bold=True, align="right", size=18.0, space_before=0))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=12 if big else 9,
                   left=["KAISER PERMANENTE", "Senior Advantage", "Southern California"],
                   right=["Kaiser Foundation Health Plan, Inc.", w.pick(facilities("CA", "Southern California")),
                          f"Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b48_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member number: {w.mid()}", space_before=8))
    b.append(w.p(f"Notice number: {ref}", space_before=0))
    b.append(w.h(w.pick(["Notice of Denial of Medical Coverage", "Notice of Denial of Medical Coverage (part of your "
                                                                 "request)"]),
                 space_before=12, size=st.size + 2, align="center" if big else "left"))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = w.pick([f"{prov}, your eye surgeon, asked us to cover cataract surgery on your {eye} eye with a premium "
                    f"lens.",
                    f"We reviewed a request from {prov} for surgery to remove the cataract in your {eye} eye."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request came to us on {rec}."])
    if urgent:
        intro += " Because your doctor said it was urgent, we made a fast decision."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Our decision is dated {dec}."])
    intro += w.pick([" We approved part of the request and denied part of it.",
                     " Part of the request is approved; part is not covered."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Your diagnosis: "]) + dxs + "."))
    if variant == 0:
        head(w.pick(["Our decision, line by line", "What we decided"]))
        rows = [["Item or service", "Code", "Decision"],
                [w.svc(surg), w.code("66984"), "Approved"],
                [w.svc(lens), w.code(code), "Not covered"]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.2))
        b.append(w.p(f"Surgery is planned at {center}. The surgeon's office has told us the date is {surgery_day}; "
                     f"this approval does not depend on that date.", size=st.size - 0.5, space_before=3))
    else:
        head(w.pick(["What we approved", "Approved"]))
        b.append(w.p(w.pick([f"{w.svc_with_codes(surg, 0)}. A standard lens is included.",
                             f"{w.svc_with_codes(surg, 1)} is approved, with a standard lens."])))
        head(w.pick(["What is not covered", "Not covered"]))
        b.append(w.p(w.pick([f"{w.svc_with_codes(lens, 0)}.", f"{w.svc_with_codes(lens, 1)} is not covered."])))
    head(w.pick(["Why part of your request is not covered", "The reason for our decision", "Why we said no to the "
                                                                                           "lens upgrade"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"We reviewed the eye measurements taken on {biom} and the referral from {optom}.",
        f"The records we looked at include your pre-surgery lens measurements of {biom} and a note from {optom}, "
        f"your optometrist.",
    ])))
    if variant == 1:
        head("What you may pay")
        cp = c.extra["sc_copay"]
        b.append(w.p(f"Cataract surgery and standard lens (66984): your outpatient surgery copay, "
                     f"{_money(cp) if cp else '$0.00'}", boxed=True, space_before=4, indent=10))
        b.append(w.p(f"Lens upgrade ({code}): not covered. Estimated charge if you choose it: "
                     f"{_money(c.extra['sc_upgrade'])}", boxed=True, space_before=2, indent=10))
        b.append(w.p("Standard monofocal lens: included, $0.00", boxed=True, space_before=2, indent=10))
        b.append(w.p(f"These amounts are estimates. Before surgery on {surgery_day}, {center} will ask you to sign "
                     "a form if you choose the upgrade.", size=st.size - 0.5))
    if variant == 2:
        b.append(w.p(f"Your surgery is scheduled for {surgery_day} at {center}. You can keep that date."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was reviewed by ", "Decision made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to talk about it."
        b.append(w.p(line))
    head(w.pick(["What you can do now", "Your choices"]))
    b.append(w.p(w.pick([
        f"You can have the approved surgery with a standard lens. If you still want the upgrade, talk with Dr. "
        f"{c.extra['sc_prov_last']} about what it will cost before you decide.",
        "You may go ahead with surgery with a standard lens, which is covered. Glasses after cataract surgery are "
        "also covered as described in your Evidence of Coverage.",
    ])))
    _ma_rights(w, b, head)
    _close(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management", "Kaiser Permanente Senior "
                                                                                    "Advantage")
    b.append(w.p(f"cc: {prov}; {center}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"We offer free interpreters and this notice in other formats. Call {_SA_MS} (TTY 711).",
                             f"Need an interpreter? It is free: {_SA_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA", f"{_SA_MS} (TTY 711)", w.pick([None, "Language help"]), size=11.0 if big else 7.0)
    return b, st, ["scal_approved_not_covered_table", "scal_what_you_may_pay_box", "scal_large_print"][variant]


BLIND48_TEMPLATES["blind48_scal_ma_cataract_premium_lens_partial"] = (t_b48_sc, dict(
    plans=["medicare_advantage"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"],
    refuse_defects=("process.reviewer_not_physician", "notice.criteria_cited", "medicare.internal_criteria"),
    reason=reason_b48_sc))
MODELED_ON["blind48_scal_ma_cataract_premium_lens_partial"] = (
    "blind48: Kaiser Permanente Southern California Senior Advantage partial decision: cataract surgery with a lens "
    "implant (66984) approved, the premium lens upgrade (presbyopia-correcting V2788 or toric V2787) not covered; "
    "H25.11/H25.12; a letter with an approved/not covered table, a letter with a 'What you may pay' box, or a large "
    "print letter; 60-day reconsideration, 30-day standard and 72-hour fast appeal, automatic Independent Review "
    "Entity review, free copies, 1-800-MEDICARE, HICAP, taglines")


# === 2. Hawaii commercial HMO: continued negative pressure wound therapy ==========================================

_HI_AREAS = ["808"]
_HI_PUMP = (["Negative pressure wound therapy pump, portable", "NPWT electrical pump (wound vac)"], "E2402")
_HI_SET = (["Dressing set for negative pressure wound therapy pump", "NPWT canister and dressing set"], "A6550")
_HI_VISIT = (["Negative pressure wound therapy, wound surface 50 sq cm or less (nurse visits)",
              "NPWT dressing changes by home health nurse"], "97605")
_HI_DX1 = ("Type 2 diabetes mellitus with foot ulcer", "E11.621")
_HI_DX2 = {("right", "fat"): ("Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed", "L97.412"),
           ("left", "fat"): ("Non-pressure chronic ulcer of left heel and midfoot with fat layer exposed", "L97.422"),
           ("right", "muscle"): ("Non-pressure chronic ulcer of right heel and midfoot with necrosis of muscle",
                                 "L97.413"),
           ("left", "muscle"): ("Non-pressure chronic ulcer of left heel and midfoot with necrosis of muscle",
                                "L97.423")}
_HI_AGENCIES = ["Malama Home Health Services", "Ko'olau Home Care Nursing", "Leeward Home Health Partners",
                "Aloha Skilled Nursing at Home"]
_HI_CRIT = ["Kaiser Permanente Hawaii Clinical Review Criteria: Negative Pressure Wound Therapy, Continued Use",
            "Kaiser Permanente Hawaii Durable Medical Equipment Guideline: Negative Pressure Wound Therapy Pumps"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b48_hi"):
        return
    c.extra["b48_hi"] = True
    variant = c.extra["hi_variant"] = w.rng.randrange(3)
    _fmt(w, ("b48mdot4", "b48long", "b48mdy4"), ("b48wklong", "b48long", "b48mdot4"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    kit = [_HI_VISIT] if w.chance(0.35) else [_HI_PUMP, _HI_SET]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in kit]
    side = c.extra["hi_side"] = w.pick(["right", "left"])
    depth = w.pick(["fat", "fat", "muscle"])
    t2, c2 = _HI_DX2[(side, depth)]
    c.diagnoses = [dict(text=_HI_DX1[0], codes=[_HI_DX1[1]]), dict(text=t2, codes=[c2])]
    c.service = None
    base = c.received or c.letter
    # weekly measurements over the last 30 days: the wound stays about the same size
    last = base - dt.timedelta(days=w.rng.randint(1, 4))
    L, Wd, Dp = round(w.rng.uniform(2.6, 4.8), 1), round(w.rng.uniform(1.8, 3.4), 1), round(w.rng.uniform(0.4, 1.1), 1)
    while True:
        rows = []
        for k in range(4, -1, -1):
            day = last - dt.timedelta(days=7 * k + (2 if k == 4 else 0))
            jl, jw = round(w.rng.uniform(-0.2, 0.2), 1), round(w.rng.uniform(-0.1, 0.1), 1)
            rows.append((day, round(L + jl, 1), round(Wd + jw, 1), round(Dp + w.pick([-0.1, 0.0, 0.0, 0.1]), 1)))
        rows[-1] = rows[-1][:3] + (max(rows[-1][3], rows[0][3]),)  # the depth has not come down
        if abs(_area(rows[-1]) - _area(rows[0])) <= 0.06 * _area(rows[0]):  # no measurable change in 30 days
            break
    c.extra["hi_rows"] = rows
    c.extra["hi_start"] = rows[0][0] - dt.timedelta(days=w.rng.randint(10, 24))
    agency = w.pick(_HI_AGENCIES)
    c.extra["hi_agency"] = (agency, _phone(w, _HI_AREAS, 0), _phone(w, _HI_AREAS, 1), _npi(w))
    name, _, last_n = person(w.rng, 0.15)
    doc = w.pick([f"{name}, DPM", f"Dr. {name}", f"{name}, MD"])
    c.extra["hi_doc"], c.extra["hi_doc_last"] = doc, last_n
    c.extra["hi_doc_fax"] = _phone(w, _HI_AREAS, 1)
    c.extra["hi_nurse"] = person(w.rng, 0.1)[0] + w.pick([", RN, CWOCN", ", RN, WCC", ", BSN, CWON"])
    c.provider = agency if variant == 1 else doc
    c.criteria = [] if _has(c, "notice.criteria_cited") else [w.pick(_HI_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Nurse"], ["RN", "RN, CWCN"])
    elif w.chance(0.8):
        _md(w, ["Physical Medicine and Rehabilitation", "General Surgery", "Internal Medicine", "Podiatry"],
            ["Physician Reviewer", "Physician Advisor"], _HI_AREAS, 0.55, 0.65)
        if c.reviewer["specialty"] == "Podiatry":
            c.reviewer["credentials"] = "DPM"
    else:
        c.reviewer = None
    c.extra["hi_phone"] = _phone(w, _HI_AREAS)
    c.extra["hi_fax"] = _phone(w, _HI_AREAS)
    c.extra["hi_ref"] = f"HI-UM-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["hi_clock"] = (w.rng.randint(8, 16), w.rng.randint(0, 59))
    _flags(c)


def _area(r) -> float:
    return round(r[1] * r[2], 1)


def reason_b48_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Continued negative pressure wound therapy is not medically necessary.",
                       "The request to continue wound vac therapy does not meet medical necessity."])
    first, last = c.extra["hi_rows"][0], c.extra["hi_rows"][-1]
    a0, a1 = _area(first), _area(last)
    side = c.extra["hi_side"]
    whose = "your" if c.extra["hi_variant"] == 0 else w.pick(["the member's", "the patient's"])
    return w.pick([
        f"The wound measurements sent with the request show the ulcer on {whose} {side} heel was {a0} sq cm on "
        f"{_fd(w, first[0])} and {a1} sq cm on {_fd(w, last[0])}, and its depth did not get smaller. Negative "
        f"pressure wound therapy is continued only while the wound keeps getting measurably smaller. Because it has "
        f"not healed in a way that can be measured over the last 30 days, more of this therapy is not medically "
        f"necessary.",
        f"Over the 30 days in the wound notes, the {side} heel ulcer stayed about the same size ({a0} sq cm at the "
        f"first measurement and {a1} sq cm at the last) and the same depth. The therapy is approved in blocks, and a "
        f"new block is approved when the measurements show steady healing. They do not, so continuing it is not "
        f"medically necessary.",
    ])


def _hi_table(w: W) -> list[list[str]]:
    rows = [["Date measured", "Length (cm)", "Width (cm)", "Depth (cm)", "Area (sq cm)"]]
    for r in w.c.extra["hi_rows"]:
        rows.append([b48date(r[0], "b48mdy4"), f"{r[1]}", f"{r[2]}", f"{r[3]}", f"{_area(r)}"])
    return rows


def _hi_rights(w: W, b: list[Block], head, phone: str) -> None:
    """Appeal, expedited and external review, copies and consumer help for a Hawaii commercial HMO member."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Hawaii"])
    head(w.pick(["Your appeal rights", "If you want to appeal", "Appealing this decision"]))
    b.append(w.p(w.pick([
        f"You, your doctor or someone you choose may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of the day "
        f"you get this letter. Call {phone} or write to {addr}. Send any notes or photos of the wound you want us to "
        f"see.",
        f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this notice: by phone "
        f"at {phone} or by mail to {addr}. Tell us why you think the therapy should continue.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously put your life, health or ability to regain maximum "
            "function at risk, ask for an expedited appeal. We will decide it within 72 hours.",
            "Urgent appeals: you or your doctor may ask for a fast (expedited) review when delay could seriously "
            "harm your health. We decide those within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If our final appeal decision still denies the therapy, you may ask for an external review by an "
            "independent review organization. Ask within 4 months after you receive that final decision (45 CFR "
            "147.136). External review costs you nothing.",
            "An independent review organization can review our final internal decision at no cost to you. The "
            "request must be made within 4 months after you receive that decision (45 CFR 147.136).",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["You may ask for free copies of the guideline we used and of the records and documents "
                             "relevant to this decision.",
                             "The criteria and all documents about this decision are available to you free of "
                             "charge."])))
    else:
        b.append(w.p("You may ask for free copies of the records and documents relevant to this decision."))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, you may contact the Hawaii Insurance Division. If your coverage is through "
            "an employer, the Employee Benefits Security Administration can also help: 1-866-444-3272 (check your "
            "plan documents for current contact information).",
            "Questions about your rights: the Hawaii Insurance Division; for employer group coverage, the U.S. "
            "Department of Labor's Employee Benefits Security Administration, 1-866-444-3272 (please check your "
            "plan documents for current contact details).",
        ])))


def t_b48_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]  # 0 member letter with measurement table, 1 to the agency cc member, 2 fax cover
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
    ref, ph, fax = c.extra["hi_ref"], c.extra["hi_phone"], c.extra["hi_fax"]
    agency, aph, afax, anpi = c.extra["hi_agency"]
    doc, nurse = c.extra["hi_doc"], c.extra["hi_nurse"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    start = _fd(w, c.extra["hi_start"])
    st.footer = [w.pick([f"Ref {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Hawaii | {page}",
                         f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        hh, mm = c.extra["hi_clock"]
        st.header = [f"{b48date(c.letter, 'b48iso')} {hh:02d}:{mm:02d}  FROM KP HAWAII UM {fax}  TO "
                     f"{c.extra['hi_doc_fax']}  PAGE {{page}} OF {{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX", space_before=0, size=st.size + 10))
        b.append(w.p("Kaiser Permanente Hawaii - Utilization Management", bold=True, space_before=2))
        b.append(Block("fields", rows=[["To:", doc, "Fax:", c.extra["hi_doc_fax"]],
                                       ["From:", "Utilization Management", "Fax:", fax],
                                       ["Date:", b48date(c.letter, "b48mdy4"), "Time:",
                                        f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"],
                                       ["Phone:", ph],
                                       ["RE:", "Coverage decision - negative pressure wound therapy", "", ""]],
                       space_before=10, size=st.size))
        b.append(w.p("Urgent [ ]   For review [X]   Please reply [ ]   Please call [ ]", space_before=10))
        b.append(w.p("CONFIDENTIAL: this fax contains protected health information for the named recipient only. If "
                     f"you received it in error, please call {ph} and destroy it.", italic=True, size=8.0,
                     space_before=14))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", "Utilization Management"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", w.pick(facilities("HI", "Hawaii")),
                          f"Tel {ph}  Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b48_head"), space_before=8))
    if variant == 1:
        b.append(w.p(prov, space_before=8))
        b.append(w.p("Attention: Intake and Authorizations", space_before=0))
        b.append(w.p(f"Phone {aph}  Fax {afax}  NPI {anpi}", space_before=0))
        b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Ordering provider:", doc, "Reference:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.h(w.pick(["Concurrent review: continued NPWT not approved", "Notice of Adverse Determination"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p("To the intake team:", space_before=8))
        intro = w.pick([f"You asked us to approve more {svcs} for the member named above, ordered by {doc}.",
                        f"We reviewed your request to continue {svcs} for this member (ordering provider {doc})."])
    elif variant == 2:
        b.append(w.p(prov, space_before=8))
        b.append(w.p(f"Fax {c.extra['hi_doc_fax']}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                       ["Home health agency:", agency, "Reference:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear Dr. {c.extra['hi_doc_last']}:", space_before=10))
        intro = w.pick([f"We reviewed your request to continue {svcs} for your patient, provided by {agency}.",
                        f"You asked to extend {svcs} for this patient through {agency}. This is our decision."])
    else:
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["We did not approve more wound vac therapy", "Decision about your wound therapy"]),
                     space_before=10, size=st.size + 1.5))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        intro = w.pick([f"{prov} asked us to continue {svcs} for the wound on your foot.",
                        f"We reviewed a request from {prov} to keep covering {svcs}."])
    intro += f" The therapy began on {start}."
    if rec:
        intro += w.pick([f" The request to continue reached us on {rec}.", f" We received it on {rec}."])
    if urgent:
        intro += " We handled it as an urgent request."
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" The request is denied.", " We cannot approve it."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnoses: ", "Diagnoses on the request: "]) + dxs + "."))
    head(w.pick(["Reason for the decision", "Why the request was denied", "Why we made this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 0:
        b.append(w.h(w.pick(["Wound measurements we reviewed", "Measurements from the wound care notes"]),
                     space_before=8))
        b.append(Block("table", rows=_hi_table(w), space_before=3, size=8.4))
        b.append(w.p(f"Measured by {nurse}, {agency}.", size=8.0, space_before=2))
    else:
        f, z = c.extra["hi_rows"][0], c.extra["hi_rows"][-1]
        b.append(w.p(f"Notes reviewed: weekly measurements by {nurse} of {agency}, from {_fd(w, f[0])} "
                     f"({f[1]} x {f[2]} x {f[3]} cm) to {_fd(w, z[0])} ({z[1]} x {z[2]} x {z[3]} cm)."))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied the "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    b.append(w.p(w.pick([
        f"Other care for the wound is covered, such as foam dressings (A6212) and offloading with a total contact "
        f"cast (29445). {agency} can be reached at {aph}.",
        "The wound can still be treated with covered care: moist foam dressings (HCPCS A6212) and a total contact "
        "cast (CPT 29445) to take pressure off the heel. A new request may be sent if the wound starts to shrink.",
    ])))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" The ordering provider may call {M('REVIEWER_PHONE', c.reviewer['phone'])} for a peer review."
        b.append(w.p(line))
    _hi_rights(w, b, head, ph)
    _close(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Utilization Management", "Kaiser Permanente Hawaii")
    if variant == 1:
        b.append(w.p(f"cc: {w.name()} (member, by mail); {doc}", size=st.size - 1, space_before=6))
    elif variant == 2:
        b.append(w.p(f"cc: {w.name()} (member copy mailed); {agency} (fax {afax})", size=st.size - 1,
                     space_before=6))
    else:
        b.append(w.p(f"cc: {prov}; {agency}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {ph} (TTY 711).",
                             f"Free language help: {ph}, TTY 711."]), space_before=6))
    b += _taglines(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Help in your language"]))
    return b, st, ["hi_measurement_table", "hi_agency_cc_member", "hi_fax_cover_sheet"][variant]


BLIND48_TEMPLATES["blind48_hi_commercial_negative_pressure_wound_therapy"] = (t_b48_hi, dict(
    plans=["commercial_hmo"], states=["HI"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b48_hi))
MODELED_ON["blind48_hi_commercial_negative_pressure_wound_therapy"] = (
    "blind48: Kaiser Permanente Hawaii commercial HMO concurrent-review denial of continued negative pressure wound "
    "therapy (E2402 with A6550, or 97605) for a diabetic heel ulcer (E11.621, L97.4xx) because the wound has not "
    "measurably healed in 30 days; a member letter with a measurement table, a letter to the home health agency "
    "copied to the member, or a fax with a cover sheet; 180-day appeal, 72-hour expedited appeal, external review in 4 "
    "months (45 CFR 147.136), free copies, Hawaii Insurance Division by name, EBSA with caveat, taglines")


# === 3. Washington Apple Health (Medicaid): insulin pump, Spanish or bilingual =====================================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "509", "360"]
# code: (Spanish texts, English texts)
_WA_PUMP = ("E0784", ["bomba de infusión de insulina externa y ambulatoria", "bomba de insulina externa"],
            ["external ambulatory insulin infusion pump", "insulin pump, external"])
_WA_SUP = [("A4224", ["suministros para el mantenimiento del catéter de infusión de insulina, por semana"],
            ["supplies for maintenance of insulin infusion catheter, per week"]),
           ("A4225", ["cartuchos para bomba de insulina externa, cada uno"],
            ["supplies for external insulin infusion pump, cartridge, each"])]
_WA_DX = [("Diabetes mellitus tipo 1 con hiperglucemia", "Type 1 diabetes mellitus with hyperglycemia", "E10.65"),
          ("Diabetes mellitus tipo 1 sin complicaciones", "Type 1 diabetes mellitus without complications", "E10.9")]
_WA_CRIT = [("Criterios de Kaiser Permanente Washington para bombas de insulina (Apple Health)",
             "Kaiser Permanente Washington Criteria for Insulin Pumps (Apple Health)"),
            ("Guía clínica de Kaiser Permanente Washington: bombas de infusión de insulina externas",
             "Kaiser Permanente Washington Clinical Guideline: External Insulin Infusion Pumps")]
_WA_SUPPLIERS = ["Cascadia Diabetes Supply", "Puget Sound Medical Equipment", "Evergreen Pump & CGM Services"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b48_wa"):
        return
    c.extra["b48_wa"] = True
    variant = w.rng.randrange(3)
    if _has(c, "notice.language_assistance") and variant == 1:  # a bilingual notice is itself language help
        variant = w.pick([0, 2])
    c.extra["wa_variant"] = variant
    if variant == 1:
        c.language = "en"
        c.appeal_phrase = f"{c.appeal_days} calendar days" if w.chance(0.5) else f"{c.appeal_days} days"
    _fmt(w, ("b48es_coma", "b48es_abrev", "b48es_guion"), ("b48es_coma", "b48es_abrev"))
    c.extra["wa_en_fmt"] = w.pick(["b48long", "b48mdot4", "b48mdy4"])
    c.extra["wa_en_head"] = w.pick(["b48wklong", "b48long"])
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    mn_only = ("process.reviewer_not_physician", "notice.criteria_cited", "notice.reason_specific")
    if not any(_has(c, d) for d in mn_only) and w.chance(0.45):
        c.category = "administrative"  # the request came without the C-peptide result or the glucose log
    en = c.language == "en"
    code, es_t, en_t = _WA_PUMP
    i = w.rng.randrange(2)
    c.services = [dict(text=(en_t if en else es_t)[i], codes=[code], decision="denied")]
    other = [(es_t if en else en_t)[i]]
    if variant == 2 or w.chance(0.4):
        for scode, ses, sen in _WA_SUP:
            c.services.append(dict(text=(sen if en else ses)[0], codes=[scode], decision="denied"))
            other.append((ses if en else sen)[0])
    c.extra["wa_svc_other"] = other
    des, den, dcode = w.pick(_WA_DX)
    c.diagnoses = [dict(text=den if en else des, codes=[dcode])]
    c.extra["wa_dx_other"] = (des if en else den, dcode)
    c.service = None
    base = c.received or c.letter
    if c.received and c.decision:  # we asked for the missing piece between receipt and decision
        c.extra["wa_asked"] = max(c.received, c.decision - dt.timedelta(days=w.rng.randint(1, 2)))
    else:
        c.extra["wa_asked"] = (c.decision or c.letter) - dt.timedelta(days=1)
    c.extra["wa_a1c"] = (base - dt.timedelta(days=w.rng.randint(20, 70)), round(w.rng.uniform(7.9, 10.6), 1))
    c.extra["wa_visit"] = base - dt.timedelta(days=w.rng.randint(3, 15))
    c.extra["wa_why"] = w.pick(["cpeptide", "log"]) if c.category == "administrative" else w.pick(["checks", "mdi"])
    c.extra["wa_checks"] = w.pick([1, 2, 2, 3])
    c.extra["wa_mdi_months"] = w.pick([2, 3, 4])
    c.extra["wa_educ"] = person(w.rng, 0.1)[0] + w.pick([", RN, CDCES", ", RD, CDCES"])
    c.extra["wa_supplier"] = (w.pick(_WA_SUPPLIERS), _phone(w, _WA_AREAS, 1))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, ARNP", f"Dr. {name}"])
    c.extra["wa_prov_last"] = last
    ci = w.rng.randrange(len(_WA_CRIT))
    if c.category == "administrative" or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [_WA_CRIT[ci][1] if en else _WA_CRIT[ci][0]]
    c.extra["wa_crit_other"] = _WA_CRIT[ci][0] if en else _WA_CRIT[ci][1]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Pharmacy and DME Review Specialist"] if en else
                     ["Enfermera de revisión de utilización", "Especialista en revisión de equipo médico"],
                     ["RN", "LPN", None])
    elif c.category == "medical_necessity":
        _md(w, ["Endocrinology"] if en else ["Endocrinología"],
            ["Physician Reviewer"] if en else [w.pick(["Médico revisor", "Directora médica asociada"])],
            _WA_AREAS, 0.5, 0.6)
    c.extra["wa_ref"] = f"WA-AH-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["wa_phone"] = _phone(w, _WA_AREAS)
    _flags(c)


def _saludo(c) -> str:
    return "miembro" if c.member_salute == "Member" else c.member_salute


def _wa_reason(w: W, es: bool) -> str:
    c = w.c
    why, prov = c.extra["wa_why"], c.provider
    asked = c.extra["wa_asked"]
    if _bare(c):
        return ("La bomba de insulina no es médicamente necesaria." if es else
                "The insulin pump is not medically necessary.")
    if why == "cpeptide":
        if es:
            return (f"La solicitud llegó sin el resultado de la prueba de péptido C, que hace falta para aprobar una "
                    f"bomba de insulina. Le pedimos ese resultado a {prov} el {_fd(w, asked)} y no lo recibimos antes "
                    f"de la fecha límite para decidir. Sin ese resultado no podemos aprobar la solicitud.")
        return (f"The request came without the C-peptide test result that an insulin pump request must include. We "
                f"asked {prov} for it on {b48date(asked, c.extra['wa_en_fmt'])} and did not receive it before our "
                f"decision was due. Without it we cannot approve the request.")
    if why == "log":
        if es:
            return (f"Para revisar una bomba de insulina necesitamos su registro de glucosa de los últimos 30 días "
                    f"(de su glucómetro o de su monitor continuo). La solicitud de {prov} no lo incluía y no llegó "
                    f"después de que lo pidiéramos el {_fd(w, asked)}, así que no podemos aprobarla.")
        return (f"To review an insulin pump we need your glucose record for the last 30 days (from your meter or "
                f"your continuous monitor). The request from {prov} did not include it, and it did not arrive after "
                f"we asked for it on {b48date(asked, c.extra['wa_en_fmt'])}, so we cannot approve it.")
    if why == "checks":
        n = c.extra["wa_checks"]
        if es:
            return (f"Su registro de glucosa de 30 días muestra que se mide el azúcar en promedio {n} "
                    f"{'vez' if n == 1 else 'veces'} al día. Una bomba se aprueba cuando la persona se mide al menos "
                    f"4 veces al día y ajusta sus dosis de insulina, porque la bomba depende de esas mediciones para "
                    f"funcionar con seguridad. Por ahora, la bomba no es médicamente necesaria.")
        return (f"Your 30-day glucose record shows you check your blood sugar about {n} "
                f"{'time' if n == 1 else 'times'} a day. A pump is approved when a person checks at least 4 times a "
                f"day and adjusts insulin doses, because the pump depends on those readings to work safely. For now, "
                f"the pump is not medically necessary.")
    mo = c.extra["wa_mdi_months"]
    if es:
        return (f"Las notas de {prov} muestran que usted empezó a usar varias inyecciones diarias de insulina hace "
                f"{mo} meses. La bomba se aprueba después de al menos 6 meses con inyecciones diarias en las que "
                f"usted mismo ajusta la dosis, y cuando aun así el azúcar no se controla. Todavía no se cumple ese "
                f"plazo, así que la bomba no es médicamente necesaria en este momento.")
    return (f"The notes from {prov} show you started multiple daily insulin injections {mo} months ago. A pump is "
            f"approved after at least 6 months of daily injections with self-adjusted doses when blood sugar is "
            f"still not controlled. That time has not passed yet, so the pump is not medically necessary now.")


def reason_b48_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    c.extra["wa_reason_other"] = _wa_reason(w, c.language == "en")
    return _wa_reason(w, c.language == "es")


def _wa_rights_es(w: W, b: list[Block], head, marked: bool) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Washington"])
    days = M("APPEAL_DAYS", c.appeal_phrase) if marked else f"{c.appeal_days} días"
    head(w.pick(["Si no está de acuerdo", "Sus derechos de apelación", "Cómo pedir una apelación"]))
    b.append(w.p(w.pick([
        f"Usted, su proveedor o alguien que usted nombre puede pedir una apelación dentro de los {days} siguientes a "
        f"la fecha de este aviso. Llame a Servicios para Miembros al {_WA_MS} (TTY 711) o escriba a: {addr}. Le "
        f"daremos una respuesta en un plazo de 30 días.",
        f"Tiene {days} a partir de la fecha de este aviso para apelar. Puede llamar al {_WA_MS} (TTY 711) o enviar "
        f"una carta a {addr}. Respondemos las apelaciones en un plazo de 30 días.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Si esperar 30 días podría poner en grave riesgo su vida o su salud, pida una apelación rápida "
            "(acelerada). La decidiremos en 72 horas.",
            "Apelación acelerada: cuando la espera podría dañar gravemente su salud, usted o su proveedor pueden "
            "pedirla y le responderemos en un plazo de 72 horas.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            "Si ya recibe un servicio que este aviso reduce o termina y quiere seguir recibiéndolo durante la "
            "apelación, pida la apelación dentro de los 10 días siguientes a la fecha de este aviso o antes de la "
            "fecha en que cambie el servicio.",
            "Para que un servicio que ya recibe continúe mientras decidimos su apelación, debe apelar en un plazo de "
            "10 días a partir de la fecha de este aviso, o antes de que el servicio cambie.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "Audiencia imparcial del estado: si después de la apelación seguimos negando la solicitud, puede pedir "
            "una audiencia imparcial (state fair hearing) con la Autoridad de Atención Médica del Estado de "
            "Washington (Health Care Authority). La carta con la decisión de su apelación le dirá cómo pedirla y el "
            "plazo que fijan las reglas del estado (entre 90 y 120 días desde esa decisión). Si no decidimos su "
            "apelación a tiempo, puede pedir la audiencia sin esperar.",
            "Después de nuestra decisión sobre su apelación, puede pedir una audiencia imparcial del estado (state "
            "fair hearing). Las reglas del estado fijan el plazo, de 90 a 120 días desde la decisión de la "
            "apelación; se lo indicaremos en esa carta. Si no respondemos su apelación a tiempo, puede pedir la "
            "audiencia de inmediato.",
        ])))
    b.append(w.p(w.pick([
        "Puede pedir, sin costo, copias de todos los documentos, expedientes y criterios que usamos para decidir.",
        "Tiene derecho a copias gratuitas de la información que revisamos, incluidos los criterios médicos.",
    ])))


def _wa_rights_en(w: W, b: list[Block], head) -> None:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Washington"])
    head(w.pick(["If you disagree", "Your appeal rights"]))
    b.append(w.p(w.pick([
        f"You, your provider or someone you name may ask for an appeal within {M('APPEAL_DAYS', c.appeal_phrase)} "
        f"of the date of this notice. Call Member Services at {_WA_MS} (TTY 711) or write to {addr}. We will answer "
        f"within 30 days.",
        f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice to appeal. Call {_WA_MS} (TTY "
        f"711) or mail a letter to {addr}. We answer appeals within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p("If waiting 30 days could seriously harm your life or health, ask for a fast (expedited) appeal. "
                     "We will decide it within 72 hours."))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p("If this notice reduces or stops a service you already get and you want to keep it during the "
                     "appeal, appeal within 10 days of the date of this notice or before the service changes."))
    if not _has(c, "notice.external_review"):
        b.append(w.p("State fair hearing: if our appeal decision still denies the request, you may ask for a state "
                     "fair hearing with the Washington State Health Care Authority. The appeal decision letter will "
                     "tell you how and the deadline state rules set (between 90 and 120 days from that decision). If "
                     "we do not decide your appeal on time, you may ask for a hearing right away."))
    b.append(w.p("You may get free copies of all documents, records and criteria we used to decide."))


def _wa_items(w: W, marked: bool) -> list[list[str]]:
    c = w.c
    rows = [["Código", "Artículo", "Cantidad", "Decisión"]]
    qty = {"E0784": "1", "A4224": "4 por mes", "A4225": "10 por mes"}
    for s in c.services:
        cd = s["codes"][0]
        rows.append([w.code(cd) if marked else cd, w.svc(s) if marked else s["text"], qty[cd], "Negado"])
    return rows


def t_b48_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]  # 0 Spanish notice, 1 bilingual (English first), 2 Spanish letter with items table
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 68.0])
    ref, ph = c.extra["wa_ref"], c.extra["wa_phone"]
    sup, sph = c.extra["wa_supplier"]
    educ = c.extra["wa_educ"]
    a1c_day, a1c = c.extra["wa_a1c"]
    visit = c.extra["wa_visit"]
    urgent = c.urgency == "expedited"
    prov = M("PROVIDER", c.provider)
    st.footer = [w.pick([f"{ref} - página {{page}} de {{pages}}", "Kaiser Permanente Washington - Apple Health | {page}",
                         f"Aviso {ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington Apple Health", "Revisión de utilización" if variant != 1
                         else "Utilization Review"],
                   right=["Kaiser Foundation Health Plan of Washington", w.pick(facilities("WA", "Washington")),
                          f"Tel. {ph}"]))

    def es_body(marked: bool) -> None:
        if marked:
            svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services], "y")
            dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
            rec = _dm(w, "DATE_RECEIVED", c.received)
            dec = _dm(w, "DATE_DECISION", c.decision)
            reason = M("REASON", w.reason)
            crit = join_and([M("CRITERIA", x) for x in c.criteria], "y")
            who_p = prov
        else:
            svcs = join_and([f"{t} ({s['codes'][0]})" for t, s in zip(c.extra["wa_svc_other"], c.services,
                                                                      strict=True)], "y")
            dxs = "{} ({})".format(*c.extra["wa_dx_other"])
            rec = b48date(c.received, "b48es_coma") if c.received and c.extra.get("wa_rec_shown") else ""
            dec = b48date(c.decision, "b48es_coma") if c.decision and c.extra.get("wa_dec_shown") else ""
            reason = c.extra["wa_reason_other"]
            crit = c.extra["wa_crit_other"] if c.criteria else ""
            who_p = c.provider
        head(w.pick(["Lo que pidió", "Lo que se solicitó"]) if variant == 0 else "Su solicitud")
        intro = w.pick([f"{who_p} nos pidió que cubriéramos {svcs}.",
                        f"Recibimos una solicitud de {who_p} para {svcs}."])
        if rec:
            intro += f" La solicitud llegó el {rec}."
        if urgent:
            intro += " La revisamos de manera acelerada."
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnóstico: ", "Diagnóstico indicado: "]) + dxs + "."))
        head(w.pick(["Nuestra decisión", "Lo que decidimos"]))
        b.append(w.p(("Tomamos la decisión el " + dec + ". " if dec else "") +
                     w.pick(["Negamos esta solicitud.", "No podemos aprobar lo que se pidió."])))
        head(w.pick(["La razón", "Por qué la negamos", "Motivo"]))
        b.append(w.p(reason))
        if crit:
            b.append(w.p(w.pick(["Criterios que usamos: ", "Basamos la decisión en: "]) + crit + "."))
        if marked and c.reviewer:
            line = _who(w, w.pick(["Revisó la solicitud: ", "Decisión tomada por "]), ".")
            if c.reviewer["phone"]:
                line += f" Su proveedor puede llamar al {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            b.append(w.p(line))

    def es_extra() -> None:
        b.append(w.p(w.pick([
            f"Su último A1c fue {a1c} % (resultado del {_fd(w, a1c_day)}). En su consulta del {_fd(w, visit)} usted "
            f"habló de la bomba con {educ}, su educadora en diabetes.",
            f"También revisamos la nota de la consulta del {_fd(w, visit)} con {educ} y el resultado de A1c de "
            f"{a1c} % del {_fd(w, a1c_day)}.",
        ])))
        if c.category == "administrative":
            b.append(w.p(f"Si su proveedor envía lo que falta, puede mandar una nueva solicitud. Su monitor continuo de "
                         f"glucosa (A4239) sigue cubierto; para suministros llame a {sup}, {sph}."))
        else:
            b.append(w.p(f"Siga usando sus plumas de insulina y su monitor continuo de glucosa (A4239), que siguen "
                         f"cubiertos. Su proveedor puede pedir la bomba otra vez más adelante. Proveedor de "
                         f"suministros: {sup}, {sph}."))

    if variant in (0, 2):
        if variant == 0:
            b.append(w.h(w.pick(["AVISO SOBRE SU SOLICITUD DE EQUIPO MÉDICO", "Aviso de determinación adversa de "
                                                                               "beneficios"]),
                         align="center", space_before=6, size=st.size + 2.5))
            b.append(w.p("Washington Apple Health (Medicaid)", align="center", italic=True, space_before=1))
            b.append(w.p(f"Fecha del aviso: {_dm(w, 'DATE_LETTER', c.letter, 'b48_head')}", space_before=8))
        else:
            b.append(w.p(f"Fecha: {_dm(w, 'DATE_LETTER', c.letter, 'b48_head')}", space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        if variant == 0:
            b.append(Block("fields", rows=[["N.º de Apple Health / miembro:", w.mid(), "N.º de aviso:", ref]],
                           space_before=8, size=st.size - 0.4))
        else:
            b.append(w.p(f"Número de miembro: {w.mid()}    Referencia: {ref}", space_before=8, size=st.size - 0.5))
            b.append(w.h(w.pick(["No aprobamos la bomba de insulina", "Decisión sobre su bomba de insulina"]),
                         space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Estimado(a) {_saludo(c)}:", f"Hola, {_saludo(c)}:"]), space_before=8))
        es_body(True)
        if variant == 2:
            b.append(w.h(w.pick(["Artículos solicitados", "Detalle de lo que se pidió"]), space_before=8))
            b.append(Block("table", rows=_wa_items(w, False), space_before=3, size=8.0))
            b.append(w.p(f"Proveedor que hizo el pedido: {c.provider}. Fecha de la última consulta: "
                         f"{b48date(visit, 'b48es_guion')}.", size=8.0, space_before=2))
        es_extra()
        _wa_rights_es(w, b, head, True)
        _close(w, b, w.pick(["Atentamente,", "Cordialmente,"]), "Departamento de Revisión de Utilización",
               "Kaiser Permanente Washington")
        b.append(w.p(f"cc: {prov}; {sup}", size=st.size - 1, space_before=6))
        if not _has(c, "notice.language_assistance"):
            b.append(w.p(w.pick([f"Los servicios de intérprete son gratis. Llame al {_WA_MS} (TTY 711).",
                                 f"Puede pedir este aviso en otro idioma o formato sin costo: {_WA_MS}."]),
                         space_before=6))
        b += _taglines(w, "WA_ES", f"{_WA_MS} (TTY 711)", w.pick([None, "Ayuda en su idioma"]))
        return b, st, ["wa_aviso_es", "", "wa_tabla_articulos_es"][variant]

    # variant 1: English first (marked), then the same notice in Spanish (unmarked)
    en_fmt, en_head = c.extra["wa_en_fmt"], c.extra["wa_en_head"]
    b.append(w.h("ENGLISH", space_before=6, size=st.size + 1.5, shade=True))
    b.append(w.p(f"Date of notice: {M('DATE_LETTER', b48date(c.letter, en_head))}", space_before=6))
    b.append(w.p(w.name(), space_before=6))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member ID: {w.mid()}    Notice number: {ref}", space_before=6, size=st.size - 0.5))
    b.append(w.h("Notice of adverse benefit determination - insulin pump", space_before=8, size=st.size + 1))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    intro = w.pick([f"{prov} asked us to cover {svcs}.", f"We received a request from {prov} for {svcs}."])
    if c.received:
        intro += f" The request reached us on {M('DATE_RECEIVED', b48date(c.received, en_fmt))}."
        c.extra["wa_rec_shown"] = True
    if urgent:
        intro += " We reviewed it on a fast (expedited) basis."
    if c.decision:
        intro += f" We decided on {M('DATE_DECISION', b48date(c.decision, en_fmt))}."
        c.extra["wa_dec_shown"] = True
    intro += " We have denied this request."
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + w.dx(c.diagnoses[0], w.rng.randrange(3)) + "."))
    head(w.pick(["Why", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p("Criteria used: " + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "Decision made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your provider may call {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(f"We also looked at your A1c of {a1c}% ({b48date(a1c_day, en_fmt)}) and the visit note of "
                 f"{b48date(visit, en_fmt)} with {educ}. Your continuous glucose monitor (A4239) stays covered; "
                 f"supplies: {sup}, {sph}."))
    _wa_rights_en(w, b, head)
    _close(w, b, "Sincerely,", "Utilization Review", "Kaiser Permanente Washington")
    b.append(Block("pagebreak"))
    b.append(w.h("ESPAÑOL", space_before=6, size=st.size + 1.5, shade=True))
    b.append(w.p(f"Fecha del aviso: {b48date(c.letter, 'b48es_coma')}", space_before=6))
    b.append(w.p(f"{c.member_name} - N.º de miembro {c.member_id}", space_before=4))
    b.append(w.p(f"Estimado(a) {_saludo(c)}:", space_before=8))
    es_body(False)
    if c.reviewer:
        b.append(w.p(f"Revisó la solicitud: {c.reviewer['name']}."))
    _wa_rights_es(w, b, head, False)
    b.append(w.p("Atentamente,", space_before=8))
    b.append(w.p("Kaiser Permanente Washington", space_before=10))
    b.append(w.p(f"cc: {prov}; {sup}", size=st.size - 1, space_before=6))
    b.append(w.p(f"Interpreter services are free / Los servicios de intérprete son gratis: {_WA_MS} (TTY 711).",
                 space_before=6))
    b += _taglines(w, "WA", f"{_WA_MS} (TTY 711)", w.pick([None, "Language help / Ayuda en su idioma"]))
    return b, st, "wa_bilingue_en_es"


BLIND48_TEMPLATES["blind48_wa_apple_health_insulin_pump_es"] = (t_b48_wa, dict(
    plans=["medicaid"], states=["WA"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b48_wa))
MODELED_ON["blind48_wa_apple_health_insulin_pump_es"] = (
    "blind48: Kaiser Permanente Washington Apple Health (Medicaid) notice in Spanish (or English then Spanish) denying "
    "an insulin pump (E0784, with A4224/A4225 supplies) for type 1 diabetes (E10.65, E10.9) as not medically "
    "necessary or for a missing C-peptide result or glucose log; a Spanish notice with its own headings, a bilingual "
    "notice, or a Spanish letter with a table of items; 60-day appeal, 30-day and 72-hour decisions, continued "
    "services in 10 days, state fair hearing after the appeal, free copies, taglines")
