"""Sixty-fourth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND64_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind64_co_commercial_knee_arthroscopy_peer_to_peer")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind64_nca_ma_part_d_tiering_exception_denied``: a Kaiser Permanente Northern California Senior Advantage
   (plan_type ``medicare_advantage``, state CA) Part D coverage determination that denies a tiering exception for a
   brand-name inhaler (``initial_denial``, category ``medical_necessity``, always ``standard``): the member or the
   prescriber asked that the inhaler be covered at the cost sharing of the preferred brand tier, and the prescriber's
   statement did not show that the preferred drugs would be less effective or would harm the member. A drug: the
   service has no CPT/HCPCS code (the NDC and the Rx number are printed and are never codes). Diagnosis J44.9 or
   J45.40. The prescriber asked on most letters (the requesting provider); on others the member asked (then
   ``requesting_provider`` is null and the prescriber is only named). Layouts: ``nca_cms_denial_notice`` (a
   CMS-style "Notice of Denial of Medicare Prescription Drug Coverage" form), ``nca_drug_information_box`` (a letter
   with a ruled "Drug information" box) and ``nca_prescriber_fax_member_copy`` (a fax cover and note to the
   prescriber, then the member's copy on its own page). Rights from the catalogue (Medicare): a redetermination
   (appeal) asked within 60 days of the date of the notice (65 on some letters; 30 or 14 when
   ``notice.appeal_deadline`` is planted), a fast appeal decided within 72 hours, a later review by an Independent
   Review Entity outside Kaiser Permanente, Senior Advantage Member Services 1-800-443-0815 (TTY 711),
   1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), HICAP 1-800-434-0222, free copies, taglines. Criteria: the
   Medicare Part D tiering-exception requirements (Kaiser internal inhaler criteria only when
   ``medicare.internal_criteria`` is planted). Distractors: the pharmacy and its phone, the prescriber's fax, the
   current and asked-for copays and tiers, the date the prescription was written, the NDC, the Rx number, the
   preferred inhalers named as alternatives, the date of birth.

   Which date is which: the letter date is the date line (the "Date:" field on the form, the member copy's date on
   the fax); the received date is in the opening (or a field); the decision date, when stated, in the opening. The
   prescription's written date and the fax stamp are other dates; ``service`` is always null. Which name is the
   member: the addressee (the "Patient:" line on the fax page, whose addressee is the prescriber). Which reason is
   the reason: the paragraph under the reason heading (on the fax, the member copy's; the note to the prescriber
   says what to send and is not the reason). The truth counts the inhaler, with no codes.

2. ``blind64_co_commercial_knee_arthroscopy_peer_to_peer``: a Kaiser Permanente Colorado commercial HMO (plan_type
   ``commercial_hmo``, state CO) pre-service denial (``initial_denial``, category ``medical_necessity``, always
   ``standard``) of knee arthroscopy with partial meniscectomy (CPT 29881) for a degenerative medial meniscus tear
   in an arthritic knee (M23.221 and M17.11), under MCG criteria, with an offer of a peer-to-peer discussion for
   the surgeon (the requesting provider). Layouts: ``co_letterhead_letter`` (a letterhead letter),
   ``co_service_requested_table`` (a letter with a "Service requested" table of codes) and
   ``co_two_page_signature_on_page_two`` (a two-page letter: the body names "our physician reviewer" and the
   reviewer's name and credentials are only in the signature on page 2). Rights from the catalogue (federal ACA
   rules; no Colorado rule is verified): an internal appeal within 180 days (30 or 60 when
   ``notice.appeal_deadline`` is planted), an expedited appeal decided within 72 hours, external review by an
   independent review organization asked within 4 months of the final internal decision (45 CFR 147.136), EBSA
   1-866-444-3272 (the Colorado Division of Insurance is named without a number: the catalogue verifies none),
   ERISA section 502(a) for employer plans, free copies, Colorado Member Services 303-338-3800 / 1-888-681-7878
   (TTY 711), taglines. Distractors: the surgeon's NPI, the planned surgery date, the MRI date, the surgery center's
   street address and ZIP, the physical therapist and the visits done, the steroid injection (CPT 20610) named as an
   alternative, the peer-to-peer line, the reference number.

   Which date is which: the letter date is the date line; the received date (and the decision date when stated) are
   in the opening or the table's fields. The planned surgery and the MRI are other dates; ``service`` is always null.
   Which name is the member: the addressee. Which reason is the reason: the paragraph under the reason heading. The
   truth counts 29881 only (never 20610); the criteria are MCG's; the reviewer is the physician who decided.

3. ``blind64_md_medicaid_adhd_medication_prior_auth_es``: a Kaiser Permanente Mid-Atlantic Maryland HealthChoice
   (plan_type ``medicaid``, state MD, language ``es``) Spanish notice to a parent denying prior authorization of a
   brand ADHD medication for a child (``initial_denial``, category ``medical_necessity``, always ``standard``):
   a generic first-line stimulant was not tried. Diagnosis F90.2; no procedure code. The prescriber asked (the
   requesting provider). Layouts: ``md_es_aviso_de_determinacion`` (a Spanish notice of adverse benefit
   determination with fields), ``md_bilingual_two_column`` (Spanish and English side by side in two columns; the
   reason in Spanish, then its English translation in italics) and ``md_es_lo_que_puede_hacer`` (a Spanish letter
   with a shaded "Lo que puede hacer" box of rights). Rights from the catalogue, in Spanish: an appeal within 60 days
   of the date of the notice (30 or 15 when ``notice.appeal_deadline`` is planted), a fast appeal decided within 72
   hours, continued benefits when the appeal is asked within 10 days, a State Fair Hearing after the appeal (the
   Maryland Department of Health is named without a number; no Maryland hearing window is verified, so the
   letter says the appeal decision will give it), free copies of the records and criteria, Member Services
   1-800-777-7902 (TTY (301) 879-6380), taglines. Distractors: the parent (the addressee), the pharmacy and its
   phone, the school, the prescriber's phone, the child's date of birth, the generic drugs named as alternatives.

   Which date is which: the letter date is the date line ("Fecha del aviso" field on the notice); the received and
   decision dates are in the opening (or the bilingual fields). The date of birth is another date; the English column
   repeats dates unmarked in another style; ``service`` is always null. Which name is the member: the child on the
   "Miembro" line (the parent is the addressee). Which reason is the reason: the Spanish paragraph under the reason
   heading. The truth counts the brand drug, with no codes.

Refused: none beyond what the rule catalogue already rules out for these plan types, kinds and categories (the
plan-provision omission needs a coverage-exclusion decision; the DMHC statement is not a Medicare Advantage or
Colorado/Maryland duty). Dates use this set's own styles (``b64date``): "March 14, 2026", "Sat, Mar 14, 2026" (date
lines), "Mar 14, 2026", "3/14/26" (prescription labels, cells), "2026-03-14" (fax stamps, pharmacy cells), and in
Spanish "14 de marzo de 2026", "sábado 14 de marzo de 2026" (date lines), "14-mar-2026" and "14/3/2026" (cells);
``parse_blind64_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import taglines as _taglines_of
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND64_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_MON3 = [m[:3] for m in MONTHS]
_MES3 = [m[:3] for m in MESES]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b64date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b64long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b64wkabbr":  # Sat, Mar 14, 2026 (a mail-merge date line: weekday and month cut to three letters)
        return f"{_WK3[d.weekday()]}, {_MON3[d.month - 1]} {d.day}, {d.year}"
    if style == "b64monabbr":  # Mar 14, 2026 (no point after the month; Sep 3, 2025)
        return f"{_MON3[d.month - 1]} {d.day}, {d.year}"
    if style == "b64mdyy":  # 3/14/26 (a prescription label or a form cell: unpadded, two-digit year)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "b64iso":  # 2026-03-14 (a fax machine's stamp, a pharmacy system's cell)
        return d.isoformat()
    if style == "b64es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b64es_wk":  # sábado 14 de marzo de 2026 (a Spanish date line: weekday, no comma)
        return f"{_DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "b64es_abr":  # 14-mar-2026 (a Spanish cell: month cut to three letters, lower case)
        return f"{d.day}-{_MES3[d.month - 1]}-{d.year}"
    if style == "b64es_dmy":  # 14/3/2026 (a Spanish cell: day first, unpadded, four-digit year)
        return f"{d.day}/{d.month}/{d.year}"
    raise ValueError(style)


STYLES_EN = ("b64long", "b64wkabbr", "b64monabbr", "b64mdyy", "b64iso")
STYLES_ES = ("b64es_de", "b64es_wk", "b64es_abr", "b64es_dmy")
STYLES = STYLES_EN + STYLES_ES


def parse_blind64_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b64date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(?:([A-Z][a-z]{2}), )?([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            mon = m[2]
            if m[1]:
                if mon not in _MON3:
                    return None
                d = dt.date(int(m[4]), _MON3.index(mon) + 1, int(m[3]))
                return d if _WK3[d.weekday()] == m[1] else None
            if mon in MONTHS:
                return dt.date(int(m[4]), MONTHS.index(mon) + 1, int(m[3]))
            if mon in _MON3:
                return dt.date(int(m[4]), _MON3.index(mon) + 1, int(m[3]))
            return None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(?:([a-záéíóú]+) )?([1-9]\d?) de ([a-z]+) de (\d{4})", t)
        if m:
            if m[3] not in MESES:
                return None
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if not m[1] or _DIAS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([1-9]\d?)-([a-z]{3})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MES3.index(m[2]) + 1, int(m[1])) if m[2] in _MES3 else None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b64_fmt"] = w.pick(list(body))
    w.c.extra["b64_head"] = w.pick(list(head))
    w.c.extra["b64_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b64_fmt") -> str:
    if not day:
        return ""
    return b64date(day, w.c.extra[key] if key.startswith("b64_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b64_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(232, 968), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _standard(w: W, untimely_days: tuple[int, int]) -> None:
    """These notices never say urgent: an expedited draw becomes a standard one (its timeline redrawn)."""
    c = w.c
    if c.urgency != "expedited":
        return
    c.urgency = "standard"
    dec = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = dec - dt.timedelta(days=w.rng.randint(*untimely_days))
    elif c.received:
        c.received = dec - dt.timedelta(days=w.rng.randint(1, 5))


def _sign(w: W, b: list[Block], close: str, team: str, org: str, direct: str = "Direct line") -> None:
    """A sign-off: the reviewer (marked) when one decided, else the team."""
    c = w.c
    b.append(w.p(close, space_before=10))
    r = c.reviewer
    if r:
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        b.append(w.p(M("REVIEWER_NAME", r["name"]) + cred, space_before=14))
        title = c.reviewer_title
        if r["specialty"]:
            title += f", {M('REVIEWER_SPECIALTY', r['specialty'])}"
        b.append(w.p(title, space_before=0))
        if r["phone"]:
            b.append(w.p(f"{direct}: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
    else:
        b.append(w.p(team, space_before=14))
    b.append(w.p(org, space_before=0))


# taglines: the one-sentence notices of free language help, one per language; {ph} is the number the letter prints
_TAG = {
    "en": "ATTENTION: If you speak English, free language assistance services are available to you. Call {ph}.",
    "es": "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al "
          "{ph}.",
    "zh": "注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {ph}。",
    "vi": "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {ph}.",
    "tl": "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang "
          "bayad. Tumawag sa {ph}.",
    "ko": "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {ph} 번으로 전화해 주십시오.",
    "hy": "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ապա ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության "
          "ծառայություններ: Զանգահարեք {ph}:",
    "fa": "توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. با {ph} تماس "
          "بگیرید.",
    "ru": "ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {ph}.",
    "ja": "注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{ph} まで、お電話にてご連絡ください。",
    "ar": "ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {ph}.",
    "fr": "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. "
          "Appelez le {ph}.",
    "am": "ማስታወሻ: የሚናገሩት ቋንቋ ኣማርኛ ከሆነ የትርጉም እርዳታ ድርጅቶች፣ በነጻ ሊያግዝዎት ተዘጋጀተዋል። ወደ {ph} ይደውሉ።",
    "de": "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur Verfügung. "
          "Rufnummer: {ph}.",
    "yo": "AKIYESI: Ti o ba nso ede Yoruba, ofe ni iranlowo lori ede wa fun yin o. E pe ero ibanisoro yi {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar"],
    "CO": ["es", "vi", "zh", "ko", "ru", "ar", "am", "de", "fr", "tl"],
    "MD": ["en", "fr", "ko", "zh", "vi", "am", "yo", "ru", "ar", "tl"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size)


# === 1. Northern California Senior Advantage: Part D tiering exception denied ======================================

_PD_MS = "1-800-443-0815"
_PD_AREAS = ["510", "415", "916", "408", "925", "707", "559"]
_PD_ADDR = GRIEVANCE_ADDR["Northern California"]
# (service text variants, short name, preferred-tier alternatives)
_PD_DRUGS = [
    (["Symbicort 160 mcg/4.5 mcg inhalation aerosol", "Symbicort (budesonide/formoterol) 160/4.5 inhaler",
      "SYMBICORT 160-4.5 MCG/ACT AEROSOL"], "Symbicort",
     ["budesonide-formoterol (the generic of Symbicort)", "Breo Ellipta"]),
    (["Trelegy Ellipta 100/62.5/25 mcg inhalation powder", "Trelegy Ellipta (fluticasone/umeclidinium/vilanterol) "
      "100-62.5-25", "TRELEGY ELLIPTA 100-62.5-25 MCG INH"], "Trelegy Ellipta",
     ["Breztri Aerosphere", "Breo Ellipta with Incruse Ellipta"]),
    (["Advair HFA 230/21 mcg inhalation aerosol", "Advair HFA (fluticasone/salmeterol) 230/21 inhaler",
      "ADVAIR HFA 230-21 MCG/ACT AEROSOL"], "Advair HFA",
     ["Wixela Inhub (fluticasone/salmeterol)", "fluticasone-salmeterol 500/50 diskus (generic)"]),
    (["Spiriva Respimat 2.5 mcg/actuation inhalation spray", "Spiriva Respimat (tiotropium) 2.5 mcg inhaler",
      "SPIRIVA RESPIMAT 2.5 MCG/ACT INH SPRAY"], "Spiriva Respimat",
     ["Incruse Ellipta", "tiotropium inhalation powder capsules (generic)"]),
]
_PD_DX = [("Chronic obstructive pulmonary disease, unspecified", "J44.9"),
          ("Moderate persistent asthma, uncomplicated", "J45.40")]
_PD_CRIT = ["Medicare Part D tiering exception requirements",
            "the Medicare Part D rules for exceptions to a plan's tiered cost sharing"]
_PD_CRIT_INTERNAL = ["Kaiser Permanente Northern California Inhaled Respiratory Agents Formulary Guideline",
                     "KP Pharmacy and Therapeutics Committee inhaler tier criteria (internal)"]
_PD_PHARM = ["Kaiser Permanente Pharmacy", "KP Outpatient Pharmacy", "Kaiser Permanente Pharmacy (mail order)"]


def _pd_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b64_pd"):
        return
    c.extra["b64_pd"] = True
    c.extra["pd_variant"] = w.rng.randrange(3)  # 0 CMS form, 1 drug information box, 2 prescriber fax + member copy
    _fmt(w, ("b64long", "b64monabbr"), ("b64wkabbr", "b64long"), ("b64mdyy", "b64iso"))
    c.state, c.region = "CA", "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "medical_necessity"
    _standard(w, (16, 30))
    k = w.rng.randrange(len(_PD_DRUGS))
    texts, short, alts = _PD_DRUGS[k]
    c.services = [dict(text=w.pick(texts), codes=[], decision="denied")]
    c.extra["pd_drug"] = (short, alts)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [_PD_DX[0] if k in (1, 3) else w.pick(_PD_DX)]]
    c.service = None
    name, _, last = person(w.rng, 0.15)
    prescriber = w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO"])
    c.extra["pd_prescriber"] = (prescriber, last, _phone(w, _PD_AREAS, 0))
    c.provider = prescriber if w.chance(0.75) else None
    fac = w.pick(facilities("CA", "Northern California"))
    c.extra["pd_pharm"] = (f"{w.pick(_PD_PHARM)}, {fac}", _phone(w, _PD_AREAS, w.rng.randrange(2)))
    c.extra["pd_ndc"] = f"{w.rng.randint(10000, 99999)}-{w.rng.randint(100, 999)}-{w.rng.randint(10, 99)}"
    c.extra["pd_rx"] = f"{w.rng.randint(10**6, 10**7 - 1)}"
    base = c.received or c.letter
    c.extra["pd_written"] = base - dt.timedelta(days=w.rng.randint(3, 20))
    now, asked = w.pick([100.0, 105.0, 94.0]), w.pick([47.0, 45.0, 42.0])
    c.extra["pd_copay"] = (now, asked)
    c.extra["pd_case"] = f"CD{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["pd_unit_fax"] = _phone(w, _PD_AREAS, 1)
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Clinical Pharmacist, Part D Coverage Review", "Pharmacy Coverage Specialist"],
                     ["PharmD", "RPh", None])
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Pulmonary Medicine", "Internal Medicine"]) if w.chance(0.55) else None,
                          phone=_phone(w, _PD_AREAS, 0) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Medicare Part D", "Medical Director, Pharmacy Services",
                                   "Reviewing Physician"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_PD_CRIT_INTERNAL)]
    else:
        c.criteria = [w.pick(_PD_CRIT)]
    _flags(c)


def reason_b64_pd(w: W) -> str:
    _pd_setup(w)
    c = w.c
    short, alts = c.extra["pd_drug"]
    if _bare(c):
        return "This drug is not medically necessary at a lower cost-sharing tier."
    who = "your prescriber" if c.provider else "you"
    return w.pick([
        f"You asked us to cover {short} at the cost sharing of our preferred brand drugs. We can do this only when "
        f"your prescriber tells us that the preferred drugs for your condition would not work as well for you or "
        f"would harm you. The statement from your prescriber does not say that {alts[0]} or {alts[1]} were tried "
        f"and did not work, or why they would be unsafe for you.",
        f"The request from {who} asked for a lower copay for {short}. Our preferred drugs for the same condition "
        f"include {alts[0]} and {alts[1]}. Your prescriber's statement gave no medical reason why these would be "
        f"less effective for you or cause side effects, so we cannot lower the tier.",
    ])


def _pd_rights(w: W, b: list[Block], head) -> None:
    """Medicare Part D: redetermination in 60 days, fast appeal in 72 hours, IRE later, help lines, copies."""
    c = w.c
    fax = c.extra["pd_unit_fax"]
    head(w.pick(["You have the right to appeal our decision", "How to ask for a redetermination (appeal)"]))
    b.append(w.p(w.pick([
        f"You may ask us to review this decision. This is called a redetermination. Your request must reach us "
        f"within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. You, your prescriber, or a "
        f"person you name as your representative may ask.",
        f"If you disagree, ask for a redetermination within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this "
        f"notice. We may allow more time if you have a good reason for being late.",
    ])))
    b.append(w.p(f"Call {_PD_MS} (TTY 711), 8 a.m. to 8 p.m., 7 days a week, fax {fax}, or write to "
                 f"{', '.join(_PD_ADDR)}. Send any records or a new statement from your prescriber."))
    if not _has(c, "notice.expedited_review"):
        head(w.pick(["What if I need a fast appeal?", "Fast (expedited) appeals"]))
        b.append(w.p(w.pick([
            "If you or your prescriber believe waiting for a standard decision could seriously harm your health or "
            "your ability to function, ask for a fast appeal. We will decide within 72 hours. If your prescriber "
            "tells us your health requires it, we will give you a fast appeal.",
            "A fast (expedited) appeal is decided within 72 hours. Ask for one if a standard decision could "
            "seriously jeopardize your life, health or ability to regain maximum function.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we decide against you again, you can ask an Independent Review Entity, an organization Medicare "
            "contracts with that is not part of Kaiser Permanente, to review our decision. Our redetermination "
            "notice will tell you how.",
            "After our redetermination, if the answer is still no, an Independent Review Entity outside Kaiser "
            "Permanente can review the case; further levels of appeal follow after that.",
        ])))
    head(w.pick(["Get help and more information", "Other resources"]))
    b.append(w.p(w.pick([
        "Call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users call 1-877-486-2048. Free "
        "counseling: HICAP, 1-800-434-0222.",
        "Medicare: 1-800-633-4227 (TTY 1-877-486-2048). The Health Insurance Counseling and Advocacy Program "
        "(HICAP) gives free advice: 1-800-434-0222.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of the case file and the rules we used to make this decision.",
        "Copies of the information we used, including the coverage rules, are free on request.",
    ])))


def t_b64_pd(w: W):
    _pd_setup(w)
    c = w.c
    variant = c.extra["pd_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 2 else ["courier", "helvetica"], [9.5, 10.0],
                [50.0, 56.0, 62.0])
    short, alts = c.extra["pd_drug"]
    prescriber, p_last, p_ph = c.extra["pd_prescriber"]
    pharm, pharm_ph = c.extra["pd_pharm"]
    ndc, rx, written = c.extra["pd_ndc"], c.extra["pd_rx"], c.extra["pd_written"]
    now, asked = c.extra["pd_copay"]
    case, ufax = c.extra["pd_case"], c.extra["pd_unit_fax"]
    p_fax = _phone(w, _PD_AREAS, 1)
    cell = c.extra["b64_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    drug = c.services[0]
    presc = M("PROVIDER", c.provider) if c.provider else prescriber
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick([f"Case {case} - Page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage {page}",
                         "Y0043_PartD_Denial {page}/{pages}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    def opening() -> str:
        asker = f"{presc}, your prescriber," if c.provider else "You"
        s = f"{asker} asked us to cover {w.svc(drug)} at a lower cost-sharing tier (a tiering exception)."
        if rec:
            s += f" We received the request on {rec}."
        if dec:
            s += f" We made our decision on {dec}."
        return s + w.pick([" We have denied this request.", " We cannot approve this request."])

    def body(member_copy: bool) -> None:
        head(w.pick(["Why did we deny your request?", "Why we said no"]))
        b.append(w.p(M("REASON", w.reason)))
        if c.criteria:
            b.append(w.p(w.pick(["We applied: ", "This decision is based on "]) +
                         join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
        if c.reviewer:
            b.append(w.p(_who(w, w.pick(["This decision was made by ", "Reviewed and decided by "]),
                              f", {c.reviewer_title}.")))
        b.append(w.p(w.pick([
            f"Your current copay for {short} is {_money(now)} for a 30-day supply (Tier 4, non-preferred drug). "
            f"The preferred brand tier would have been {_money(asked)}. You can keep filling the prescription at "
            f"the current copay while you appeal.",
            f"You pay {_money(now)} for each 30-day fill of {short} now. The request asked for the preferred brand "
            f"copay of {_money(asked)}.",
        ])))
        b.append(w.p(w.pick([
            f"Your prescriber can switch you to {alts[0]} or {alts[1]}, which have the lower copay.",
            f"Talk with your prescriber about {alts[0]} or {alts[1]}; both are on a lower tier.",
        ])))
        if member_copy or variant != 1:
            b.append(w.p(f"Pharmacy on file: {pharm}, {pharm_ph}. Rx #{rx}, written "
                         f"{b64date(written, cell)}."))
        b.append(w.p(f"Diagnosis on the request: {dxs}."))

    if variant == 2:  # fax cover and note to the prescriber, then the member's copy
        st.header = [f"FROM KP SENIOR ADVANTAGE PART D   {b64date(c.letter, 'b64iso')}   P. {{page}}"]
        st.header_numbered = True
        st.header_all_pages = True
        b.append(w.h("FAX", size=st.size + 8, space_before=4))
        b.append(Block("fields", rows=[["To:", prescriber, "Fax:", p_fax],
                                       ["From:", "Part D Coverage Decisions", "Fax:", ufax],
                                       ["Phone:", f"{_PD_MS} (TTY 711)", "Date:", b64date(c.letter, "b64mdyy")],
                                       ["Patient:", w.name(), "Member ID:", w.mid()]], space_before=6,
                       size=st.size - 0.3))
        b.append(w.p("CONFIDENTIAL: this fax holds protected health information. If you received it by mistake, "
                     "call the sender and destroy it.", size=st.size - 1.5, space_before=6))
        b.append(w.p(f"Dr. {p_last}: we denied the tiering exception for {short} for the patient named above. "
                     f"Date of birth on file: {b64date(c.extra['dob'], cell)}. The member's notice, with the "
                     f"reason and appeal rights, follows this page.", space_before=8))
        b.append(w.p(w.pick([
            f"To support a redetermination, send chart notes showing a trial of {alts[0]} or {alts[1]} and its "
            f"result, or your statement of why they would be less effective or harmful for this patient, to fax "
            f"{ufax}.",
            f"A redetermination can be supported by a statement from you that {alts[0]} and {alts[1]} would not be "
            f"as effective or would cause adverse effects. Fax it to {ufax}.",
        ])))
        b.append(w.p(f"Prescriber phone on our file: {p_ph}. NDC on the claim: {ndc}."))
        b.append(Block("pagebreak"))
        b.append(w.h("MEMBER COPY", align="center", size=st.size + 2, space_before=0))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage (HMO)"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Northern California Region - Part D Coverage",
                          f"{_PD_MS} (TTY 711)"]))
    if variant == 0:
        b.append(w.h("Notice of Denial of Medicare Prescription Drug Coverage", align="center", size=st.size + 2.5,
                     space_before=8))
        b.append(Block("fields", rows=[["Date:", _dm(w, "DATE_LETTER", c.letter, "b64_head")],
                                       ["Name:", w.name(), "Member number:", w.mid()],
                                       ["Drug:", w.svc(drug)]], space_before=8, size=st.size - 0.3))
        b.append(w.p(c.member_name, space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        head(w.pick(["Your request was denied", "Our decision"]))
        b.append(w.p(opening()))
        body(False)
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b64_head"), space_before=10))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member number: {w.mid()}    Case: {case}", bold=True, space_before=8))
        b.append(w.p(w.pick(["RE: Your request for a tiering exception", "Subject: Part D coverage decision"]),
                     bold=True, space_before=6))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        b.append(w.p(opening()))
        if variant == 1:
            b.append(w.h("Drug information", space_before=8, size=st.size + 0.5))
            b.append(Block("keyed", shade=True, space_before=2, size=st.size - 0.5, side_w=0.3, rows=[
                ["Drug requested", w.svc(drug)],
                ["NDC", ndc],
                ["Prescription", f"Rx #{rx}, written {b64date(written, cell)}"],
                ["Prescriber", f"{presc}, fax {p_fax}"],
                ["Pharmacy", f"{pharm}, {pharm_ph}"],
                ["What you pay now", f"{_money(now)} per 30-day supply (Tier 4, non-preferred drug)"],
                ["What was asked for", f"{_money(asked)} per 30-day supply (Tier 3, preferred brand)"],
                ["Decision", "Denied"]]))
        body(variant == 2)
    _pd_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Part D Coverage Decisions",
          "Kaiser Permanente Senior Advantage, Northern California")
    if c.provider and variant != 2:
        b.append(w.p(f"cc: {c.provider} (fax {p_fax})", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(f"Free interpreter services are available. Call {_PD_MS} (TTY 711).", space_before=8))
    b += _taglines(w, "CA", _PD_MS, w.pick([None, "Language assistance"]))
    return b, st, ["nca_cms_denial_notice", "nca_drug_information_box", "nca_prescriber_fax_member_copy"][variant]


BLIND64_TEMPLATES["blind64_nca_ma_part_d_tiering_exception_denied"] = (t_b64_pd, dict(
    plans=["medicare_advantage"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b64_pd))
MODELED_ON["blind64_nca_ma_part_d_tiering_exception_denied"] = (
    "blind64: Kaiser Permanente Northern California Senior Advantage Part D coverage determination denying a tiering "
    "exception for a brand-name inhaler (no code; NDC and Rx number are distractors); a CMS-style denial notice, a "
    "letter with a 'Drug information' box, or a fax to the prescriber with a member copy; 60-day redetermination, "
    "72-hour fast appeal, Independent Review Entity, 1-800-MEDICARE, HICAP, free copies, taglines")


# === 2. Colorado commercial HMO: knee arthroscopy denied, peer-to-peer offered ====================================

_CO_AREAS = ["303", "720", "719"]
_CO_ADDR = GRIEVANCE_ADDR["Colorado"]
_CO_SVC = ["Knee arthroscopy with partial medial meniscectomy, right knee",
           "Arthroscopy, right knee, surgical, with medial meniscectomy",
           "Right knee arthroscopic partial meniscectomy (medial)"]
_CO_DX = [("Derangement of posterior horn of medial meniscus due to old tear or injury, right knee", "M23.221"),
          ("Unilateral primary osteoarthritis, right knee", "M17.11")]
_CO_CRIT = ["MCG Ambulatory Care guideline for Knee Arthroscopy and Meniscectomy",
            "MCG Health, Ambulatory Care, 'Meniscectomy, Arthroscopic'",
            "MCG care guidelines: Knee Arthroscopy with Meniscectomy"]
_CO_CENTERS = [("Front Range Orthopedic Surgery Center", "Englewood", "80112"),
               ("Aurora Ambulatory Surgery Center", "Aurora", "80012"),
               ("Pikes Peak Surgery Center", "Colorado Springs", "80907"),
               ("Boulder Valley Outpatient Surgery", "Boulder", "80303")]
_CO_STREETS = ["E. Arapahoe Rd.", "S. Havana St.", "N. Academy Blvd.", "Baseline Rd.", "E. Hampden Ave."]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b64_co"):
        return
    c.extra["b64_co"] = True
    c.extra["co_variant"] = w.rng.randrange(3)  # 0 letterhead letter, 1 service table, 2 two pages (signature on 2)
    _fmt(w, ("b64long", "b64monabbr"), ("b64long", "b64wkabbr"), ("b64mdyy", "b64iso"))
    c.state, c.region = "CO", "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.category = "medical_necessity"
    _standard(w, (20, 40))
    c.services = [dict(text=w.pick(_CO_SVC), codes=["29881"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in _CO_DX]
    c.service = None
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"{name}, M.D.", f"Dr. {name}"])
    c.extra["co_surgeon"] = last
    c.extra["co_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    center, town, zp = w.pick(_CO_CENTERS)
    c.extra["co_center"] = (center, f"{w.rng.randint(1100, 9899)} {w.pick(_CO_STREETS)}", f"{town}, CO {zp}")
    base = c.received or c.letter
    c.extra["co_mri"] = base - dt.timedelta(days=w.rng.randint(20, 75))
    c.extra["co_planned"] = c.letter + dt.timedelta(days=w.rng.randint(9, 35))
    c.extra["co_pt"] = (person(w.rng, 0.0)[0] + w.pick([", PT", ", DPT"]), w.pick([3, 4, 5]))
    c.extra["co_ref"] = f"UM{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["co_p2p"] = _phone(w, _CO_AREAS, 0)
    c.extra["co_fax"] = _phone(w, _CO_AREAS, 1)
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Utilization Management Coordinator"], ["RN", "BSN, RN", None])
        c.reviewer["phone"] = c.extra["co_p2p"] if w.chance(0.5) else None
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Orthopedic Surgery", "Sports Medicine"]) if w.chance(0.6) else None,
                          phone=c.extra["co_p2p"] if w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Associate Medical Director, Utilization Management"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = [w.pick(_CO_CRIT)]
    _flags(c)


def reason_b64_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return "The requested surgery does not meet medical necessity criteria."
    mri = _fd(w, c.extra["co_mri"])
    return w.pick([
        f"The MRI of {mri} shows a degenerative tear of the medial meniscus together with arthritis of the same knee. "
        f"The records do not describe locking or catching of the knee, and they show that you have had "
        f"{c.extra['co_pt'][1]} weeks of physical therapy, not the 6 weeks of a structured program the guideline "
        f"asks for first. In a knee with arthritis, removing part of a worn meniscus is not shown to relieve pain "
        f"better than continued therapy, so the surgery is not medically necessary at this time.",
        f"Arthroscopic partial meniscectomy is medically necessary when a meniscus tear causes mechanical symptoms "
        f"such as locking, or when symptoms go on after at least 6 weeks of conservative care. Your records show "
        f"knee pain with osteoarthritis, no mechanical symptoms, and {c.extra['co_pt'][1]} weeks of physical "
        f"therapy. These findings do not meet the criteria.",
    ])


def _co_rights(w: W, b: list[Block], head) -> None:
    """Colorado commercial (federal ACA rules): 180-day appeal, 72-hour expedited, IRO in 4 months, EBSA, copies."""
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with this decision"]))
    b.append(w.p(w.pick([
        f"You or someone you name to act for you may appeal. Send your appeal within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date you receive this letter to {', '.join(_CO_ADDR)}, fax "
        f"{c.extra['co_fax']}, or call Member Services at 303-338-3800 (Denver/Boulder) or 1-888-681-7878 (Southern "
        f"Colorado), TTY 711. Include any records you want us to consider.",
        f"To appeal, call 303-338-3800 or 1-888-681-7878 (TTY 711), or write to {', '.join(_CO_ADDR)}. We must "
        f"receive your appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you get this letter.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting could seriously jeopardize your life, health or ability to regain maximum function, ask for "
            "an expedited appeal. We will decide within 72 hours. Your doctor can ask for you.",
            "Urgent situations: an expedited appeal is decided within 72 hours when a standard appeal could "
            "seriously harm your health.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold this decision on appeal, you can ask for an external review by an independent review "
            "organization (IRO) that is not part of Kaiser Permanente. Ask within 4 months after you receive our "
            "final internal decision (45 CFR 147.136). It costs you nothing.",
            "After our appeal decision, an independent review organization can take a new look at this case at no "
            "cost to you. You have 4 months from receipt of the final internal decision to ask (45 CFR 147.136).",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your appeal you may contact the Colorado Division of Insurance. If your coverage comes "
            "through an employer, the Employee Benefits Security Administration can help: 1-866-444-3272.",
            "Help is available from the Employee Benefits Security Administration (1-866-444-EBSA, 1-866-444-3272) "
            "for employer plans, and from the Colorado Division of Insurance.",
        ])))
    b.append(w.p(w.pick([
        "If your plan is an employer plan subject to ERISA, you may also have the right to bring a civil action "
        "under section 502(a) of ERISA after your appeal.",
        "Members of employer plans covered by ERISA may have the right to sue under ERISA section 502(a) once the "
        "appeal is decided.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, the guideline and other documents we used for this decision.",
        "The guideline and all documents about your request are available to you free of charge.",
    ])))


def t_b64_co(w: W):
    _co_setup(w)
    c = w.c
    variant = c.extra["co_variant"]
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    surgeon, npi = c.extra["co_surgeon"], c.extra["co_npi"]
    center, street, town = c.extra["co_center"]
    mri, planned = c.extra["co_mri"], c.extra["co_planned"]
    pt, weeks = c.extra["co_pt"]
    ref, p2p = c.extra["co_ref"], c.extra["co_p2p"]
    cell = c.extra["b64_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    svc = c.services[0]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    if variant == 2:
        st.header = [f"{c.member_name} - Reference {ref} - Page {{page}}"]
        st.header_numbered = True
    st.footer = [w.pick(["Kaiser Foundation Health Plan of Colorado", f"Ref. {ref}  |  {{page}} of {{pages}}",
                         "Page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado"],
                   right=["Kaiser Foundation Health Plan of Colorado", "Utilization Management",
                          f"Fax {c.extra['co_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b64_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", bold=True, space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    intro = (f"{M('PROVIDER', c.provider)}, your orthopedic surgeon, asked us to approve surgery on your right knee"
             + (f": {w.svc(svc)} (CPT {w.code('29881')})." if variant != 1 else ", as shown below."))
    if rec:
        intro += f" We received the request on {rec}."
    if dec:
        intro += f" We made our decision on {dec}."
    intro += w.pick([" We are not able to approve it.", " After review, the surgery is not approved."])
    b.append(w.p(intro))
    if variant == 1:
        b.append(w.h("Service requested", space_before=8, size=st.size + 0.5))
        b.append(Block("table", space_before=3, size=st.size - 1.0, rows=[
            ["CPT", "Description", "ICD-10-CM", "Setting", "Decision"],
            [w.code("29881"), w.svc(svc), ", ".join(M("ICD10", d["codes"][0]) for d in c.diagnoses),
             "Outpatient surgery", "Not approved"]]))
        b.append(Block("fields", space_before=4, size=st.size - 0.5, rows=[
            ["Surgeon NPI:", npi, "Planned date:", b64date(planned, cell)],
            ["Facility:", center, "ZIP:", town[-5:]]]))
        b.append(w.p(f"Diagnoses: {dxs}.", space_before=6))
    else:
        b.append(w.p(f"Diagnoses on the request: {dxs}."))
        b.append(w.p(w.pick([
            f"The surgery was planned for {_fd(w, planned)} at {center}, {street}, {town}. Please do not keep "
            f"that date unless the decision changes.",
            f"{center} ({street}, {town}) had the surgery scheduled for {_fd(w, planned)}.",
        ])))
    head(w.pick(["Why we made this decision", "Reason for denial", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We reviewed the request using "]) +
                     join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    b.append(w.p(w.pick([
        f"We reviewed the notes of your physical therapist, {pt}, your MRI of {_fd(w, mri)}, and the office notes "
        f"from Dr. {surgeon} (NPI {npi}).",
        f"Records reviewed: MRI right knee ({b64date(mri, cell)}); therapy notes from {pt}; clinic notes, "
        f"Dr. {surgeon}, NPI {npi}.",
    ])))
    b.append(w.p(w.pick([
        "Other care that may help includes finishing a 6-week physical therapy program and a steroid injection "
        "into the knee (CPT 20610). Your surgeon can talk with you about these options.",
        "Options your surgeon may consider: more physical therapy, a knee injection (CPT 20610), or a brace.",
    ])))
    head(w.pick(["Peer-to-peer discussion", "Talk with the reviewer"]))
    np_rev = _has(c, "process.reviewer_not_physician")
    rname = ("the reviewer who decided" if np_rev else "our physician reviewer") if variant == 2 else _who(w, "")
    p2 = (f"Dr. {surgeon} may ask for a peer-to-peer discussion of this decision with {rname}. To schedule it, "
          f"the surgeon's office can call {M('REVIEWER_PHONE', p2p) if c.reviewer and c.reviewer['phone'] and variant != 2 else p2p}"
          f", Monday to Friday, 8 a.m. to 5 p.m.")
    b.append(w.p(p2 + w.pick([" A peer-to-peer discussion is not an appeal.",
                              " Talking with the reviewer does not replace your right to appeal."])))
    if variant == 2:
        b.append(Block("pagebreak"))
    _co_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management Department",
          "Kaiser Foundation Health Plan of Colorado")
    b.append(w.p(f"cc: {c.provider}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Interpreter services are free. Call 303-338-3800 (TTY 711).",
                             "Free language help: 1-888-681-7878, TTY 711."]), space_before=8))
    b += _taglines(w, "CO", "303-338-3800", w.pick([None, "Language help"]))
    return b, st, ["co_letterhead_letter", "co_service_requested_table", "co_two_page_signature_on_page_two"][variant]


BLIND64_TEMPLATES["blind64_co_commercial_knee_arthroscopy_peer_to_peer"] = (t_b64_co, dict(
    plans=["commercial_hmo"], states=["CO"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b64_co))
MODELED_ON["blind64_co_commercial_knee_arthroscopy_peer_to_peer"] = (
    "blind64: Kaiser Permanente Colorado commercial HMO pre-service denial of knee arthroscopy with partial "
    "meniscectomy (29881; M23.221, M17.11) under MCG criteria with a peer-to-peer offer for the surgeon; a letterhead "
    "letter, a letter with a 'Service requested' table, or a two-page letter signed on page 2; 180-day appeal, "
    "72-hour expedited appeal, external review in 4 months (45 CFR 147.136), EBSA, ERISA 502(a), free copies, "
    "taglines")


# === 3. Maryland HealthChoice (Spanish): brand ADHD medication, prior authorization denied =========================

_MD_MS = "1-800-777-7902"
_MD_TTY = "(301) 879-6380"
_MD_AREAS = ["301", "240", "410"]
_MD_ADDR = GRIEVANCE_ADDR["Mid-Atlantic States"]
_MD_DRUGS = [("Vyvanse (lisdexanfetamina) 30 mg, cápsulas", "Vyvanse", "Vyvanse (lisdexamfetamine) 30 mg capsules"),
             ("Mydayis (sales mixtas de anfetamina) 12.5 mg, cápsulas de liberación prolongada", "Mydayis",
              "Mydayis (mixed amphetamine salts) 12.5 mg extended-release capsules"),
             ("Azstarys (serdexmetilfenidato/dexmetilfenidato) 26.1 mg/5.2 mg, cápsulas", "Azstarys",
              "Azstarys (serdexmethylphenidate/dexmethylphenidate) 26.1/5.2 mg capsules"),
             ("Adzenys XR-ODT (anfetamina) 6.3 mg, tabletas de desintegración oral", "Adzenys XR-ODT",
              "Adzenys XR-ODT (amphetamine) 6.3 mg orally disintegrating tablets")]
_MD_GEN = ["metilfenidato de liberación prolongada (genérico)", "sales mixtas de anfetamina de liberación "
           "prolongada (genérico)", "dexmetilfenidato de liberación prolongada (genérico)"]
_MD_DX = ("Trastorno por déficit de atención con hiperactividad, tipo combinado", "F90.2")
_MD_CRIT = ["Lista de Medicamentos Preferidos (PDL) del Programa Medicaid de Maryland",
            "Criterios de autorización previa de Kaiser Permanente para estimulantes del TDAH"]
_MD_SCHOOLS = ["Escuela Primaria Oak Hollow", "Escuela Intermedia Briar Creek", "Escuela Primaria Meadow Brook",
               "Escuela Intermedia Stone Mill"]
_MD_PHARM = ["Farmacia Kaiser Permanente", "Farmacia Greenway", "Farmacia Colesville"]


def _art(name: str) -> str:
    """The Spanish article before a doctor's title ("el Dr.", "la Dra."); none before a bare name."""
    return "la " if name.startswith("Dra.") else "el " if name.startswith("Dr.") else ""


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b64_md"):
        return
    c.extra["b64_md"] = True
    c.extra["md_variant"] = w.rng.randrange(3)  # 0 aviso, 1 bilingual two columns, 2 "Lo que puede hacer" box
    _fmt(w, ("b64es_de",), ("b64es_wk", "b64es_de"), ("b64es_dmy", "b64es_abr"))
    c.state, c.region = "MD", "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    c.category = "medical_necessity"
    _standard(w, (16, 30))
    k = w.rng.randrange(len(_MD_DRUGS))
    es, short, en = _MD_DRUGS[k]
    c.services = [dict(text=es, codes=[], decision="denied")]
    c.extra["md_drug"] = (short, en)
    c.extra["md_generics"] = w.rng.sample(_MD_GEN, 2)
    c.diagnoses = [dict(text=_MD_DX[0], codes=[_MD_DX[1]])]
    c.service = None
    last = c.member_name.split()[-1]
    c.extra["md_child_first"] = c.member_name.split()[0]
    c.extra["dob"] = c.letter - dt.timedelta(days=w.rng.randint(6 * 365 + 20, 15 * 365))
    parent_first = person(w.rng, 0.0)[1]
    c.extra["md_parent"] = f"{parent_first} {last}"
    name = person(w.rng, 0.15)[0]
    c.provider = w.pick([f"Dra. {name}", f"Dr. {name}", f"{name}, MD", f"{name}, CRNP"])
    c.extra["md_presc_ph"] = _phone(w, _MD_AREAS, 0)
    fac = w.pick(facilities("MD", "Mid-Atlantic States"))
    c.extra["md_pharm"] = (f"{w.pick(_MD_PHARM)} - {fac}", _phone(w, _MD_AREAS, 1))
    c.extra["md_school"] = w.pick(_MD_SCHOOLS)
    c.extra["md_ref"] = f"PA-{w.rng.randint(10**6, 10**7 - 1)}"
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Farmacéutica Clínica", "Coordinadora de Autorizaciones de Farmacia"], ["PharmD", None])
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Psiquiatría Infantil y del Adolescente", "Pediatría"])
                          if w.chance(0.6) else None,
                          phone=_phone(w, _MD_AREAS, 0) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Médico Revisor", "Director Médico Asociado de Farmacia"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_MD_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b64_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    short, _en = c.extra["md_drug"]
    g1, g2 = c.extra["md_generics"]
    kid = c.extra["md_child_first"]
    if _bare(c):
        c.extra["md_reason_en"] = "The medicine is not medically necessary."
        return "El medicamento no es médicamente necesario."
    k = w.rng.randrange(2)
    es = [
        f"{short} no está en la lista de medicamentos preferidos. Para aprobarlo, primero se debe haber probado un "
        f"medicamento genérico de primera línea, como {g1} o {g2}, sin buen resultado o con efectos secundarios que "
        f"no se pudieron tolerar. Los expedientes que recibimos no muestran que {kid} haya tomado ninguno de estos "
        f"medicamentos.",
        f"Los expedientes de la solicitud no muestran que {kid} haya probado {g1} ni {g2}. Estos medicamentos "
        f"genéricos son el primer tratamiento para el TDAH en niños, y un medicamento de marca como {short} se "
        f"aprueba solo si no funcionaron o no se pueden usar por una razón médica.",
    ][k]
    en = [
        f"{short} is not on the preferred drug list. To approve it, a first-line generic medicine must have been "
        f"tried first without good results or with side effects that could not be tolerated. The records we received "
        f"do not show that {kid} has taken any of these medicines.",
        f"The records do not show that {kid} has tried the first-line generic medicines. A brand medicine such as "
        f"{short} is approved only if they did not work or cannot be used for a medical reason.",
    ][k]
    c.extra["md_reason_en"] = en
    return es


def _md_rights_es(w: W) -> list[tuple[str, str]]:
    """Maryland Medicaid in Spanish: 60-day appeal, 72-hour appeal, 10-day continuation, State Fair Hearing, copies."""
    c = w.c
    addr = ", ".join(_MD_ADDR)
    out = [("Apelar", f"Usted, el médico de su hijo(a) con su permiso, o una persona que usted nombre puede pedir "
                      f"una apelación dentro de {M('APPEAL_DAYS', c.appeal_phrase)} a partir de la fecha de este "
                      f"aviso. Llame al {_MD_MS} (TTY {_MD_TTY}) o escriba a {addr}.")]
    if not _has(c, "notice.expedited_review"):
        out.append(("Apelación rápida", "Si esperar una decisión normal podría poner en grave peligro la salud de "
                                        "su hijo(a), pida una apelación rápida. La decidimos dentro de 72 horas."))
    if not _has(c, "notice.continuation_of_benefits"):
        out.append(("Seguir con el medicamento", "Si su hijo(a) ya recibe este medicamento con una autorización "
                    "anterior, puede seguir recibiéndolo durante la apelación si la pide dentro de 10 días a partir "
                    "de la fecha de este aviso. Si pierde la apelación, es posible que tenga que pagar ese costo."))
    if not _has(c, "notice.external_review"):
        out.append(("Audiencia Imparcial Estatal", "Si no está de acuerdo con la decisión de la apelación, puede "
                    "pedir una Audiencia Imparcial Estatal (State Fair Hearing) ante el Departamento de Salud de "
                    "Maryland. La carta con la decisión de la apelación le dirá cómo y en qué plazo pedirla."))
    out.append(("Copias gratis", "Puede pedir gratis copias de todos los documentos y expedientes que usamos, "
                                 "incluidos los criterios."))
    return out


_MD_RIGHTS_EN = {"Apelar": "Appeal: ask within {days} days of the date of this notice. Call {ms}.",
                 "Apelación rápida": "Fast appeal: decided within 72 hours if waiting could seriously harm your "
                                     "child's health.",
                 "Seguir con el medicamento": "Keep the medicine during the appeal: ask within 10 days.",
                 "Audiencia Imparcial Estatal": "State Fair Hearing: after the appeal, ask the Maryland Department "
                                                "of Health.",
                 "Copias gratis": "Free copies of the records and criteria we used."}


def t_b64_md(w: W):
    _md_setup(w)
    c = w.c
    variant = c.extra["md_variant"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0], [48.0, 54.0, 60.0])
    short, en_drug = c.extra["md_drug"]
    g1, g2 = c.extra["md_generics"]
    parent, kid = c.extra["md_parent"], c.extra["md_child_first"]
    pharm, pharm_ph = c.extra["md_pharm"]
    school, ref = c.extra["md_school"], c.extra["md_ref"]
    presc_ph = c.extra["md_presc_ph"]
    cell = c.extra["b64_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    drug = c.services[0]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    dob = b64date(c.extra["dob"], cell)
    bil = variant == 1
    st.footer = [w.pick([f"Aviso {ref} - página {{page}} de {{pages}}", "Kaiser Permanente HealthChoice {page}",
                         "Página {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=bil))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Maryland HealthChoice"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Servicios de Farmacia - Autorizaciones", f"{_MD_MS} (TTY {_MD_TTY})"]))
    opening = f"{_art(c.provider).capitalize()}{prov}, {w.pick(['quien receta los medicamentos de', 'el/la proveedor(a) que atiende a'])} {kid}, " \
              f"nos pidió autorización previa para {w.svc(drug)}."
    if rec:
        opening += f" Recibimos la solicitud el {rec}."
    if dec:
        opening += f" Tomamos la decisión el {dec}."
    opening += " No aprobamos la solicitud."
    if variant == 0:
        b.append(w.h("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", align="center", space_before=8,
                     size=st.size + 2))
        b.append(Block("fields", space_before=8, size=st.size - 0.4, rows=[
            ["Fecha del aviso:", _dm(w, "DATE_LETTER", c.letter, "b64_head"), "Referencia:", ref],
            ["Miembro:", w.name(), "N.º de miembro:", w.mid()],
            ["Fecha de nacimiento:", dob, "Padre/madre o tutor:", parent]]))
        b.append(w.p(parent, space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
    elif variant == 1:
        b.append(w.h("AVISO DE DETERMINACIÓN ADVERSA / NOTICE OF ADVERSE BENEFIT DETERMINATION", align="center",
                     space_before=8, size=st.size + 1))
        b.append(Block("sidebar", side_w=0.48, align="right", space_before=8, size=st.size - 0.5, boxed=True, left=[
            f"Fecha: {_dm(w, 'DATE_LETTER', c.letter, 'b64_head')}", f"Miembro: {w.name()}",
            f"N.º de miembro: {w.mid()}", f"Fecha de nacimiento: {dob}",
            f"Recibida: {rec or '-'}", f"Decidida: {dec or '-'}"], right=[
            f"Date: {b64date(c.letter, 'b64long')}", f"Member: {c.member_name}", f"Member number: {c.member_id}",
            f"Date of birth: {b64date(c.extra['dob'], 'b64long')}", f"Reference: {ref}",
            f"Parent/guardian: {parent}"]))
        b.append(w.p(parent, space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b64_head"), space_before=10))
        b.append(w.p(parent, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Miembro: {w.name()}    N.º de miembro: {w.mid()}    Referencia: {ref}", bold=True,
                     space_before=8))
        b.append(w.p(w.pick(["Asunto: solicitud de autorización previa de un medicamento",
                             "Asunto: decisión sobre un medicamento para su hijo(a)"]), bold=True, space_before=4))
    b.append(w.p(f"Estimado(a) {parent}:" + (f" / Dear {parent}:" if bil else ""), space_before=10))
    if bil:
        intro = opening.replace(" Recibimos la solicitud el " + rec + ".", "") if rec else opening
        intro = intro.replace(" Tomamos la decisión el " + dec + ".", "") if dec else intro
        b.append(w.p(intro))
        b.append(w.p(f"{c.provider} asked us for prior authorization of {en_drug} for {kid}. We did not approve "
                     f"the request.", italic=True))
    else:
        b.append(w.p(opening))
    b.append(w.p(("Diagnóstico / Diagnosis: " if bil else "Diagnóstico: ") + dxs + "."))
    head("Por qué tomamos esta decisión" + (" / Why we made this decision" if bil else ""))
    b.append(w.p(M("REASON", w.reason)))
    if bil:
        b.append(w.p(c.extra["md_reason_en"], italic=True))
    if c.criteria:
        b.append(w.p(w.pick(["Para decidir usamos: ", "Criterios aplicados: "])
                     + join_and([M("CRITERIA", x) for x in c.criteria], "y") + "."))
    if c.reviewer:
        r = c.reviewer
        ln = _who(w, w.pick(["Esta decisión la tomó ", "Revisó la solicitud "])) + f", {c.reviewer_title}."
        if r["phone"]:
            ln += f" El/la proveedor(a) de {kid} puede hablar con quien decidió llamando al " \
                  f"{M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"{_art(c.provider).capitalize()}{c.provider} puede recetar {g1} o {g2}; estos medicamentos no necesitan autorización previa. El "
        f"consultorio atiende en el {presc_ph}.",
        f"Hable con {_art(c.provider)}{c.provider} ({presc_ph}) sobre probar {g1} o {g2}.",
    ])))
    b.append(w.p(w.pick([
        f"La receta se envió a {pharm} ({pharm_ph}). La farmacia no puede surtir {short} con cobertura mientras "
        f"esta decisión siga igual.",
        f"{pharm}, {pharm_ph}, tiene la receta en espera.",
    ])))
    b.append(w.p(w.pick([
        f"Si la escuela de {kid} ({school}) necesita una carta sobre los medicamentos, pídala al consultorio.",
        f"La nota de la {school} que acompañó la solicitud forma parte del expediente.",
    ])))
    rights = _md_rights_es(w)
    if variant == 2:
        b.append(w.h("Lo que puede hacer", space_before=10, size=st.size + 1))
        b.append(Block("keyed", shade=True, space_before=2, size=st.size - 0.3, side_w=0.27,
                       rows=[[k, v] for k, v in rights]))
    elif variant == 1:
        head("Sus derechos / Your rights")
        left, right = [], []
        for k, v in rights:
            left += [f"**{k}", v, ""]
            right += [_MD_RIGHTS_EN[k].format(days=c.appeal_days, ms=_MD_MS), "", ""]
        b.append(Block("sidebar", side_w=0.42, align="right", space_before=4, size=st.size - 0.8, left=left[:-1],
                       right=[x for x in right if x]))
    else:
        head(w.pick(["Sus derechos", "Si no está de acuerdo"]))
        for k, v in rights:
            b.append(w.p(f"{k}. {v}"))
    _sign(w, b, "Atentamente," if not bil else "Atentamente / Sincerely,", "Servicios de Farmacia - Autorizaciones",
          "Kaiser Permanente Maryland HealthChoice", "Línea directa")
    b.append(w.p(f"cc: {c.provider}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Servicios de intérprete gratis: {_MD_MS} (TTY {_MD_TTY}).",
                             f"Si necesita un intérprete o este aviso en otro formato, llame gratis al {_MD_MS}."]),
                     space_before=8))
    b += _taglines(w, "MD", _MD_MS, w.pick([None, "Ayuda en su idioma"]))
    return b, st, ["md_es_aviso_de_determinacion", "md_bilingual_two_column", "md_es_lo_que_puede_hacer"][variant]


BLIND64_TEMPLATES["blind64_md_medicaid_adhd_medication_prior_auth_es"] = (t_b64_md, dict(
    plans=["medicaid"], states=["MD"], kinds=["initial_denial"], cats=["medical_necessity"], language="es",
    reason=reason_b64_md))
MODELED_ON["blind64_md_medicaid_adhd_medication_prior_auth_es"] = (
    "blind64: Kaiser Permanente Mid-Atlantic Maryland HealthChoice Spanish notice to a parent denying prior "
    "authorization of a brand ADHD medication for a child (F90.2; no code) because a generic first-line drug was not "
    "tried; a Spanish notice of adverse benefit determination, a bilingual two-column notice, or a Spanish letter "
    "with a 'Lo que puede hacer' box; 60-day appeal, 72-hour appeal, 10-day continuation, State Fair Hearing, free "
    "copies, taglines")
