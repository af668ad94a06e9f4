"""Fifty-ninth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND59_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind59_wa_commercial_out_of_network_lab_claim")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind59_scal_commercial_rhinoplasty_partial``: a Kaiser Permanente Southern California commercial HMO (plan_type
   ``commercial_hmo``, state CA) partial decision (``partial_denial``, category ``not_covered``): the septoplasty
   (CPT 30520) is approved and the rhinoplasty asked for with it (CPT 30410) is denied as cosmetic. Diagnosis J34.2,
   with M95.0 on some letters. The ENT (head and neck) surgeon asked for both (the requesting provider). Layouts:
   ``scal_approved_denied_columns`` (a two-column "Approved / Not approved" table), ``scal_numbered_paragraphs`` (the
   decision and the rights in numbered paragraphs) and ``scal_page2_summary_box`` (the letter on page 1; page 2
   repeats the decision in a shaded summary box). California rights from the catalogue: a grievance within 180 days
   (Member Services 1-800-464-4000, TTY 711, the Southern California grievance address, kp.org), urgent grievances
   decided within 72 hours, the DMHC statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, 12-point bold),
   Independent Medical Review when the member says the surgery is medically necessary (apply within 6 months of the
   plan's written decision), the Health Consumer Alliance (1-888-804-3536), free copies, taglines in fifteen
   languages. Distractors: the surgeon (and the surgeon's phone), the photographs' date, the planned surgery date and
   the surgery center, a sinus CT (70486) with its date (paid, outside the decision), the reference number, the
   Evidence of Coverage section and page (never criteria).

   Which date is which: the letter date is the date line; received and decision dates are in the opening (or the
   numbered paragraphs; the page-2 box repeats the decision date). The photographs, CT and surgery dates are other
   events; ``service`` is always null (a planned surgery date is no service date). Which name is the member: the
   addressee. Which reason is the reason: the paragraph under the reason heading (paragraph 3 of the numbered
   layout). The truth counts 30520 (approved) and 30410 (denied), never 70486; ``criteria_cited`` is always empty.

2. ``blind59_midatlantic_ma_reconsideration_upheld_speech_therapy``: a Kaiser Permanente Mid-Atlantic States Medicare
   Advantage (plan_type ``medicare_advantage``, state MD) reconsideration decision (``grievance_decision``,
   ``medical_necessity``, always standard) that upholds the denial of further outpatient speech-language therapy
   (CPT 92507) after a stroke. Diagnosis I69.320, with I69.322 on some letters. The requesting provider is the
   speech-language pathologist on some letters and the neurologist on others (the other one is a distractor); the
   reconsideration was asked for by the member or by that provider. Layouts: ``ma_formal_reconsideration`` (a formal
   letter with headed sections), ``ma_case_summary_table`` (a ruled "Case summary" table atop the letter) and
   ``ma_large_print`` (the whole letter in large type with capital headings). Medicare Advantage rights from the
   catalogue: the adverse reconsideration is sent automatically to the Part C Independent Review Entity (42 CFR
   422.590), nothing to file; the plan must act on an IRE reversal within 72 hours or 14 days (42 CFR 422.618(b));
   the member may ask for the case file free; 1-800-MEDICARE (TTY 1-877-486-2048); Mid-Atlantic Member Services
   1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380; taglines. ``criteria_cited``: the Medicare coverage rule
   the plan says it followed (42 CFR § 422.101(b)); an internal guideline when ``medicare.internal_criteria`` is
   planted; none when ``notice.criteria_cited`` is planted. Distractors: the IRE's name (Maximus Federal Services)
   and the date the file was forwarded, the original denial date, the speech-language pathologist and the
   neurologist, therapy-session and test dates, the evaluation (92523) that was paid, the case number.

   Which date is which: the letter date is the date line; ``request_received`` is the date the reconsideration request
   was received and ``decision`` the date of the reconsideration decision (both in the opening or the case summary).
   The original denial date, the evaluation, the session and test dates and the forwarding date are other dates;
   ``service`` is always null. Which name is the member: the addressee. Which reason is the reason: the paragraph
   under the reason heading. The truth counts 92507 only; ``stated_appeal_deadline_days`` is null (the next step is
   automatic).

3. ``blind59_wa_commercial_out_of_network_lab_claim``: a Kaiser Permanente Washington commercial plan (plan_type
   ``commercial_hmo``, state WA) payment denial (``payment_denial``, ``out_of_network``) of an outside reference
   laboratory's claim for a respiratory pathogen panel (CPT 87633) and a bacterial culture (CPT 87070): the member's
   Kaiser Permanente doctor ordered the tests, and the specimen was collected at the outside laboratory's own patient
   service center. Diagnosis R05.9, with R50.9 on some letters. Layouts: ``wa_eob_statement`` (an explanation of
   benefits with a claim-line table), ``wa_claim_details_box`` (a letter with a ruled "Claim details" box) and
   ``wa_portal_message`` (a kp.org secure message as printed, with its "Sent" line and a print stamp). Washington
   rights from the catalogue: an appeal within 180 days (Member Appeals, P.O. Box 34593, Seattle; Member Services
   1-888-901-4636, TTY 711), review by an independent review organization after the appeal, diagnosis and treatment
   codes free on request, the claim amount, free copies, the Washington State Office of the Insurance Commissioner
   by name (the catalogue marks its number unverified: none printed), taglines. Distractors: the ordering doctor
   (in network), the laboratory's NPI, address and phone, the test result date, the office visit that was paid
   (99213), the balance-billing text, the claim and reference numbers.

   Which date is which: the letter date is the date line (the EOB's "Statement date", the portal's "Sent" line); the
   claim received and processed (decision) dates are in the claim summary or opening; the date of service is the
   specimen collection date. The office visit and result dates are other events; the portal's print stamp is no
   letter date. Which name is the member: the addressee (the "To:" line of the portal message). The requesting
   provider is the laboratory that billed the claim. The truth counts 87633 and 87070, never 99213.

Refused: for the rhinoplasty, ``process.reviewer_not_physician``, ``notice.criteria_cited`` and
``mh_parity.non_association_criteria`` (they concern medical-necessity or mental-health denials; this decision is a
coverage exclusion) and ``notice.plan_provision`` (the generator draws a partial decision's category as medical
necessity, so it cannot plant a coverage-exclusion omission in one); for the laboratory claim,
``process.emergency_prior_auth`` (no emergency care) and ``notice.plan_provision`` (an out-of-network claim).

Dates use this set's own styles (``b59date``): "March 14, 2026", "Mar. 14th, 2026", "14th of March, 2026" (after
"the"), "14-MAR-2026" (claims cells), "2026.03.14" (table cells and stamps), "3/14/26" (cells and print stamps) and
"Sat 03/14/2026" (the portal's "Sent" line); ``parse_blind59_date`` reads them back.
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

BLIND59_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _abbr(m: int) -> str:
    return "May" if m == 5 else f"{_MON3[m - 1]}."


def b59date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b59long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b59abbrord":  # Mar. 14th, 2026 (May 2nd, 2026)
        return f"{_abbr(d.month)} {_ordinal(d.day)}, {d.year}"
    if style == "b59ordof":  # 14th of March, 2026 (prose writes "the" before it)
        return f"{_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "b59dmoncaps":  # 14-MAR-2026 (a claims system's cell)
        return f"{d.day:02d}-{_MON3[d.month - 1].upper()}-{d.year}"
    if style == "b59ymddot":  # 2026.03.14
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "b59mdyy":  # 3/14/26
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "b59wknum":  # Sat 03/14/2026
        return f"{_WK3[d.weekday()]} {d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


STYLES = ("b59long", "b59abbrord", "b59ordof", "b59dmoncaps", "b59ymddot", "b59mdyy", "b59wknum")


def parse_blind59_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b59date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2])) if m[1] in MONTHS else None
        m = re.fullmatch(r"([A-Z][a-z]{2})(\.?) ([1-9]\d?)(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _MON3 and (m[2] == "." or m[1] == "May") and not (m[1] == "May" and m[2]):
            if _ordinal(int(m[3])) != m[3] + m[4]:
                return None
            return dt.date(int(m[5]), _MON3.index(m[1]) + 1, int(m[3]))
        m = re.fullmatch(r"(?:the )?([1-9]\d?)(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m and m[2].title() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2].title()) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2})/(\d{2})/(\d{4})", t)
        if m and m[1] in _WK3:
            d = dt.date(int(m[4]), int(m[2]), int(m[3]))
            return d if _WK3[d.weekday()] == m[1] else None
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b59_fmt"] = w.pick(list(body))
    w.c.extra["b59_head"] = w.pick(list(head))
    w.c.extra["b59_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b59_fmt") -> str:
    if not day:
        return ""
    return b59date(day, w.c.extra[key] if key.startswith("b59_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b59_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


def _on(w: W, label: str | None, day: dt.date | None, key: str = "b59_fmt") -> str:
    """'on <date>' with 'the' before the ordinal-of style ('on the 14th of March, 2026')."""
    style = w.c.extra[key] if key.startswith("b59_") else key
    txt = _dm(w, label, day, key) if label else _fd(w, day, key)
    return f"on the {txt}" if style == "b59ordof" else f"on {txt}"


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(230, 969), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    c.reviewer = dict(name=person(w.rng, 0.3)[0], credentials=w.pick(["MD", "M.D.", "DO", "MD, FACS"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Le ofrecemos ayuda gratuita con el idioma, incluido un intérprete. Llame al {ph}.",
    "zh": "繁體中文：我們免費提供語言協助服務，包括口譯員。請致電 {ph}。",
    "vi": "Tiếng Việt: Chúng tôi cung cấp dịch vụ hỗ trợ ngôn ngữ miễn phí, kể cả thông dịch viên. Xin gọi {ph}.",
    "tl": "Tagalog: Nag-aalok kami ng libreng tulong sa wika, kasama ang interpreter. Tumawag sa {ph}.",
    "ko": "한국어: 통역 서비스를 포함한 언어 지원을 무료로 제공합니다. {ph}번으로 연락하십시오.",
    "hy": "Հայերեն. Մենք անվճար լեզվական օգնություն ենք տրամադրում, այդ թվում՝ թարգմանիչ։ Զանգահարեք {ph}։",
    "fa": "فارسی: ما کمک زبانی رایگان، از جمله مترجم شفاهی، ارائه می‌دهیم. با {ph} تماس بگیرید.",
    "ru": "Русский: Мы бесплатно предоставляем языковую помощь, в том числе услуги переводчика. Звоните {ph}.",
    "ja": "日本語：通訳を含む言語支援サービスを無料でご利用いただけます。{ph} までお電話ください。",
    "ar": "العربية: نقدم خدمات المساعدة اللغوية مجانًا، بما في ذلك مترجم فوري. اتصل بالرقم {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਅਸੀਂ ਦੁਭਾਸ਼ੀਏ ਸਮੇਤ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਦਿੰਦੇ ਹਾਂ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ យើងផ្តល់ជំនួយភាសាដោយឥតគិតថ្លៃ រួមទាំងអ្នកបកប្រែផ្ទាល់មាត់។ សូមទូរស័ព្ទមក {ph}។",
    "hmn": "Hmoob: Peb muaj kev pab txhais lus dawb, suav nrog neeg txhais lus. Hu rau {ph}.",
    "hi": "हिंदी: हम दुभाषिए सहित निःशुल्क भाषा सहायता प्रदान करते हैं। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: เรามีบริการช่วยเหลือด้านภาษาฟรี รวมถึงล่าม โทร {ph}",
    "so": "Soomaali: Waxaan bixinaa caawimaad luqadeed oo bilaash ah, oo ay ku jiraan turjubaan. Wac {ph}.",
    "uk": "Українська: Ми безкоштовно надаємо мовну допомогу, зокрема послуги перекладача. Телефонуйте {ph}.",
    "am": "አማርኛ፦ አስተርጓሚን ጨምሮ ነጻ የቋንቋ እርዳታ እንሰጣለን። በ{ph} ይደውሉ።",
    "fr": "Français : Nous offrons gratuitement une aide linguistique, y compris un interprète. Appelez le {ph}.",
    "pt": "Português: Oferecemos assistência linguística gratuita, incluindo intérprete. Ligue para {ph}.",
    "ht": "Kreyòl Ayisyen: Nou bay èd nan lang gratis, tankou yon entèprèt. Rele {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "MD": ["es", "ko", "zh", "vi", "fr", "am", "ru", "ar", "tl", "fa", "pt", "ht"],
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "uk", "tl", "ja", "am", "ar", "pa"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, keep_all: bool = False, size: float = 7.0) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    if not keep_all:
        first, rest = langs[:2], langs[2:]
        w.rng.shuffle(rest)
        langs = first + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


def _standard(c, w: W, limit_late: tuple[int, int], limit_ok: tuple[int, int], business: bool) -> None:
    """The letter never says the request was urgent: an urgent draw is redrawn as a standard one."""
    if c.urgency != "expedited":
        return
    c.urgency = "standard"
    dec = c.decision or c.letter
    lo, hi = limit_late if _has(c, "process.decision_untimely") else limit_ok
    n = w.rng.randint(lo, hi)
    c.received = D.add_business(dec, -n) if business else dec - dt.timedelta(days=n)


# === 1. Southern California commercial HMO: septoplasty approved, rhinoplasty denied as cosmetic =================

_SC_MS = "1-800-464-4000"
_SC_AREAS = ["626", "714", "909", "951", "619", "323", "818"]
_SC_SEPTO = ["Septoplasty", "Septoplasty (straightening of the nasal septum)",
             "Septoplasty or submucous resection of the septum"]
_SC_RHINO = ["Rhinoplasty", "Rhinoplasty, primary, complete (tip and bony pyramid)",
             "Cosmetic reshaping of the nose (rhinoplasty)"]
_SC_DX = [("Deviated nasal septum", "J34.2"), ("Acquired deformity of nose", "M95.0")]
_SC_EOC = [
    ("Exclusions: Cosmetic Services",
     "Services that are intended primarily to change or maintain your appearance are not covered, except for "
     "reconstructive surgery as described under 'Reconstructive Surgery'."),
    ("Reconstructive Surgery",
     "We cover reconstructive surgery to correct or repair abnormal structures caused by congenital defects, "
     "developmental abnormalities, trauma, infection, tumors or disease, when it improves function or creates a "
     "normal appearance to the extent possible. Surgery that only improves appearance is cosmetic and is excluded."),
]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b59_sc"):
        return
    c.extra["b59_sc"] = True
    variant = c.extra["sc_variant"] = w.rng.randrange(3)  # 0 two columns, 1 numbered paragraphs, 2 page-2 box
    _fmt(w, ("b59long", "b59abbrord") if variant != 1 else ("b59ordof", "b59long"),
         ("b59long", "b59abbrord"), ("b59ymddot", "b59mdyy"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "not_covered"
    _standard(c, w, (9, 16), (1, 4), True)
    c.services = [dict(text=w.pick(_SC_SEPTO), codes=["30520"], decision="approved"),
                  dict(text=w.pick(_SC_RHINO), codes=["30410"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_SC_DX if w.chance(0.45) else _SC_DX[:1])]
    c.service = None
    c.criteria = []
    fac = w.pick(facilities("CA", "Southern California"))
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["sc_surgeon"] = (last, f"Head and Neck Surgery (ENT), {fac}", _phone(w, _SC_AREAS, 0))
    c.extra["sc_center"] = w.pick([f"{fac} Ambulatory Surgery Center", f"{fac}, Outpatient Surgery Department"])
    base = c.received or c.letter
    c.extra["sc_photos"] = base - dt.timedelta(days=w.rng.randint(5, 30))
    c.extra["sc_ct"] = base - dt.timedelta(days=w.rng.randint(35, 120))
    c.extra["sc_surgery"] = c.letter + dt.timedelta(days=w.rng.randint(18, 55))
    c.extra["sc_eoc"] = (*w.pick(_SC_EOC), w.rng.randint(34, 88))
    c.extra["sc_ref"] = f"{w.pick(['RFA', 'UMD'])}{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["sc_auth"] = f"{w.rng.randint(10**8, 10**9 - 1)}"
    c.reviewer = None
    if w.chance(0.6):
        _physician(w, ["Otolaryngology", "Plastic and Reconstructive Surgery", "Otolaryngology - Head and Neck Surgery"],
                   ["Physician Reviewer", "Assistant Medical Director, Utilization Management", "Reviewing Physician"],
                   _SC_AREAS, 0.65, 0.7)
    _flags(c)


def reason_b59_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    last = c.extra["sc_surgeon"][0]
    photos = _on(w, None, c.extra["sc_photos"])
    if _bare(c):
        return w.pick(["Rhinoplasty is cosmetic surgery and is not a covered benefit.",
                       "The rhinoplasty is excluded from coverage as a cosmetic service."])
    return w.pick([
        f"The rhinoplasty would reshape the outside of your nose. Dr. {last}'s notes and the photographs taken "
        f"{photos} show a dorsal hump and a wide nasal tip, but no deformity caused by an injury, disease or a "
        f"birth defect, and no collapse of the nasal valve that reshaping the outside of the nose would correct. "
        f"Your trouble breathing through the nose comes from the deviated septum, which the approved septoplasty "
        f"treats. Because the rhinoplasty would change your appearance rather than improve how your nose works, it "
        f"is cosmetic surgery, which your plan does not cover.",
        f"Your plan covers surgery on the nose when it restores function or repairs a deformity from injury, disease "
        f"or a congenital condition. The records we reviewed, including the photographs taken {photos}, describe "
        f"a deviated septum that blocks airflow and a nasal shape you would like to change; they do not describe "
        f"any injury or structural collapse of the outer nose. The septoplasty corrects the blockage. The "
        f"rhinoplasty would only change how your nose looks, so it is a cosmetic service and is not covered.",
    ])


def _sc_rights(w: W) -> list[tuple[str, str]]:
    """California commercial: grievance in 180 days, 72-hour urgent review, DMHC statement, IMR, consumer help,
    copies. Returns (heading or '', text) pairs; the DMHC statement's heading is 'DMHC'."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Southern California"])
    out = [("How to file a grievance", w.pick([
        f"If you disagree with our decision about the rhinoplasty, you or someone you choose, including your "
        f"doctor, may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this "
        f"letter. You can call Member Services at {_SC_MS} (TTY 711), 24 hours a day, 7 days a week; file online "
        f"at kp.org; write to {addr}; or visit the Member Services office at any Kaiser Permanente medical "
        f"center.",
        f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this letter to file a grievance. Send it "
        f"to {addr}, submit it on kp.org, call {_SC_MS} (TTY 711), or bring it to a Member Services office. "
        f"Tell us why you believe the rhinoplasty should be covered and include any medical records or letters "
        f"from your doctors.",
    ])), ("Urgent grievances", w.pick([
        "If your health is in serious danger and waiting for a standard decision could harm you, ask for an "
        "expedited grievance. We will decide within 72 hours. You may also call the Department of Managed Health "
        "Care right away; you do not have to wait for our decision.",
        "An expedited review is available when a delay could seriously jeopardize your health. Expedited "
        "grievances are decided within 72 hours, and you can contact the Department of Managed Health Care at any "
        "time during an expedited review.",
    ]))]
    if not _has(c, "notice.dmhc_statement"):
        out.append(("DMHC",
                    "The California Department of Managed Health Care is responsible for regulating health care "
                    "service plans. If you have a grievance against your health plan, you should first telephone "
                    f"your health plan at {_SC_MS} (TTY 711) and use your health plan's grievance process before "
                    "contacting the department. Utilizing this grievance procedure does not prohibit any potential "
                    "legal rights or remedies that may be available to you. If you need help with a grievance "
                    "involving an emergency, a grievance that has not been satisfactorily resolved by your health "
                    "plan, or a grievance that has remained unresolved for more than 30 days, you may call the "
                    "department for assistance. You may also be eligible for an Independent Medical Review (IMR). "
                    "If you are eligible for IMR, the IMR process will provide an impartial review of medical "
                    "decisions made by a health plan related to the medical necessity of a proposed service or "
                    "treatment, coverage decisions for treatments that are experimental or investigational in "
                    "nature and payment disputes for emergency or urgent medical services. The department also has "
                    "a toll-free telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing "
                    "and speech impaired. The department's internet website www.dmhc.ca.gov has complaint forms, "
                    "IMR application forms and instructions online."))
        out.append(("Independent Medical Review", w.pick([
            "If you believe the rhinoplasty is medically necessary and not cosmetic, you may ask the Department of "
            "Managed Health Care for an Independent Medical Review after our grievance process. Apply within 6 "
            "months after our written grievance decision. IMR is free.",
            "When the disagreement is about whether the surgery is medically necessary, the Department of Managed "
            "Health Care may review it through Independent Medical Review (IMR) at no cost to you. The application "
            "is due within 6 months of our written decision on your grievance.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        out.append(("Free help", w.pick([
            "The Health Consumer Alliance helps health plan members with grievances for free. Call 1-888-804-3536.",
            "For free help with your grievance, you may call the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    out.append(("Copies", w.pick([
        "You may ask for free copies of the documents, records and Evidence of Coverage pages we used to make "
        "this decision.",
        "Copies of the records and plan documents used in this decision are free if you ask for them.",
    ])))
    return out


def t_b59_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = c.extra["sc_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ref, auth = c.extra["sc_ref"], c.extra["sc_auth"]
    last, dept, sph = c.extra["sc_surgeon"]
    center = c.extra["sc_center"]
    sect, quote, page = c.extra["sc_eoc"]
    year = c.letter.year
    prov = M("PROVIDER", c.provider)
    rec = c.received and _on(w, "DATE_RECEIVED", c.received)
    dec = c.decision and _on(w, "DATE_DECISION", c.decision)
    ok, no = c.services
    ok_t = f"{w.svc(ok)} (CPT {w.code('30520')})"
    no_t = f"{w.svc(no)} (CPT {w.code('30410')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    surgery = _fd(w, c.extra["sc_surgery"])
    cell = c.extra["b59_cell"]
    st.footer = [w.pick([f"Reference {ref} - Page {{page}} of {{pages}}", "KPSC Utilization Management {page}",
                         "{page} of {pages}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California Region"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Regional Referral and Authorization Unit",
                          f"Member Services {_SC_MS} | TTY 711"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b59_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"{w.pick(['MRN', 'Medical Record Number', 'Health Record No.'])}: {w.mid()}    "
                 f"Reference number: {ref}    Authorization: {auth}", space_before=8))
    b.append(w.p(w.pick(["RE: Your request for nasal surgery", "Subject: Partial approval of your surgery request",
                         "Notice of partial approval"]), bold=True, space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    if variant == 1:
        n = 0

        def num(t: str, **kw) -> None:
            nonlocal n
            n += 1
            b.append(w.p(f"{n}. {t}", indent=0, **kw))

        ask = f"{prov}, {dept}, asked us to approve two procedures for you: {ok_t} and {no_t}."
        if rec:
            ask += f" We received the request {rec}."
        num("The request. " + ask)
        decide = f"Approved: {w.svc(ok)} (CPT {w.code('30520')}). Not approved: {w.svc(no)} " \
                 f"(CPT {w.code('30410')})."
        if dec:
            decide += f" We made this decision {dec}."
        num("Our decision. " + decide + f" Diagnosis: {dxs}.")
        num("Why we did not approve the rhinoplasty. " + M("REASON", w.reason))
        if not _has(c, "notice.plan_provision"):
            num(f"The plan rule. Your {year} Evidence of Coverage, \"{sect}\" (page {page}), says: \"{quote}\"")
        num(w.pick([
            f"Other care. The CT scan of your sinuses (70486) {_on(w, None, c.extra['sc_ct'])} was already covered "
            f"and is not part of this decision.",
            f"Not part of this decision: the sinus CT (CPT 70486) done {_on(w, None, c.extra['sc_ct'])}, which was "
            f"paid under your plan.",
        ]))
        num(f"Your surgery. The septoplasty is scheduled for {surgery} at {center}. If you have questions about the "
            f"surgery, call Dr. {last}'s office at {sph}. The approval is for the septoplasty only.")
        if c.reviewer:
            ln = _who(w, "Who decided. This decision was made by ", ".")
            if c.reviewer["phone"]:
                ln += f" Dr. {last} may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            num(ln)
        for h, t in _sc_rights(w):
            if h == "DMHC":
                b.append(w.p(t, bold=True, size=12.0))
            else:
                num(f"{h}. {t}")
    else:
        intro = w.pick([f"{prov} ({dept}) asked us to approve {ok_t} and {no_t} for you.",
                        f"We reviewed the request from {prov}, {dept}, for {ok_t} and {no_t}."])
        if rec:
            intro += f" We received it {rec}."
        if dec:
            intro += f" We made our decision {dec}."
        intro += w.pick([" We approved part of the request.", " Part of the request is approved and part is not."])
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        if variant == 0:
            head(w.pick(["Our decision", "What we approved and what we did not"]))
            rows = [["Approved", "Not approved"],
                    [f"{w.svc(ok)}, CPT {w.code('30520')}", f"{w.svc(no)}, CPT {w.code('30410')}"],
                    [f"Authorization {auth}", "See the reason below"]]
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
        else:
            b.append(w.p(w.pick([
                f"Approved: {ok_t}. Not approved: {no_t}.",
                f"We approved {ok_t}. We did not approve {no_t}.",
            ])))
        head(w.pick(["Why the rhinoplasty is not covered", "Reason for the partial denial", "Why we said no"]))
        b.append(w.p(M("REASON", w.reason)))
        if not _has(c, "notice.plan_provision"):
            b.append(w.p(w.pick([
                f"Your {year} Evidence of Coverage, \"{sect}\" (page {page}), says: \"{quote}\"",
                f"We based this decision on the \"{sect}\" section of your {year} Evidence of Coverage, page {page}.",
            ])))
        b.append(w.p(w.pick([
            f"Your septoplasty is scheduled for {surgery} at {center}. Dr. {last}'s office ({sph}) can answer "
            f"questions about the surgery.",
            f"The approved septoplasty may go ahead as planned on {surgery} at {center}. Please call Dr. {last}'s "
            f"office at {sph} if anything changes.",
        ])))
        b.append(w.p(f"The sinus CT scan (70486) done {_on(w, None, c.extra['sc_ct'])} was covered and is not part "
                     f"of this decision."))
        if c.reviewer:
            ln = _who(w, w.pick(["This decision was made by ", "Reviewing physician: "]), ".")
            if c.reviewer["phone"]:
                ln += f" Your surgeon may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
            b.append(w.p(ln))
        if variant == 2:
            b.append(w.p("A summary of this decision and your rights are on the next page.", italic=True))
            _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Regional Referral and Authorization Unit",
                  "Kaiser Foundation Health Plan, Inc., Southern California Region")
            b.append(Block("pagebreak"))
            b.append(w.p(f"{c.member_name} | Reference {ref} | Page 2", size=st.size - 1.5, space_before=0))
            b.append(w.h("SUMMARY OF OUR DECISION", space_before=8, size=st.size + 1))
            rows = [["Member", f"{w.name()} (MRN {w.mid()})"],
                    ["Requested by", M("PROVIDER", c.provider)],
                    ["Approved", f"{w.svc(ok)} - CPT {w.code('30520')}"],
                    ["Not approved", f"{w.svc(no)} - CPT {w.code('30410')}"],
                    ["Why", "Cosmetic surgery is not a covered benefit (see page 1)"]]
            if c.decision:
                rows.append(["Decision date", _dm(w, "DATE_DECISION", c.decision, "b59_cell")])
            rows.append(["Surgery scheduled", f"{b59date(c.extra['sc_surgery'], cell)} (septoplasty only)"])
            rows.append(["Earlier imaging", f"Sinus CT 70486, {b59date(c.extra['sc_ct'], cell)} - paid"])
            b.append(Block("keyed", rows=rows, shade=True, space_before=4, size=st.size - 0.5, side_w=0.24))
        for h, t in _sc_rights(w):
            if h == "DMHC":
                b.append(w.p(t, bold=True, size=12.0))
            else:
                head(h)
                b.append(w.p(t))
    if variant != 2:
        _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Regional Referral and Authorization Unit",
              "Kaiser Foundation Health Plan, Inc., Southern California Region")
    b.append(w.p(f"cc: {prov}, {dept}; {center}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language assistance is available at no cost. Call {_SC_MS} (TTY 711).",
                             f"Need an interpreter or this letter in large print? Call {_SC_MS}, TTY 711."]),
                     space_before=8))
    b += _taglines(w, "CA", _SC_MS, w.pick([None, "Free language services"]), keep_all=True)
    return b, st, ["scal_approved_denied_columns", "scal_numbered_paragraphs", "scal_page2_summary_box"][variant]


BLIND59_TEMPLATES["blind59_scal_commercial_rhinoplasty_partial"] = (t_b59_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"],
    refuse_defects=("process.reviewer_not_physician", "notice.criteria_cited", "mh_parity.non_association_criteria",
                    "notice.plan_provision"),
    reason=reason_b59_sc))
MODELED_ON["blind59_scal_commercial_rhinoplasty_partial"] = (
    "blind59: Kaiser Permanente Southern California commercial HMO partial decision approving a septoplasty (30520) "
    "and denying a rhinoplasty (30410) as cosmetic; a letter with an 'Approved / Not approved' table, a letter in "
    "numbered paragraphs, or a letter whose page 2 repeats the decision in a summary box; 180-day grievance, 72-hour "
    "urgent review, DMHC statement, IMR, Health Consumer Alliance, free copies, taglines")


# === 2. Mid-Atlantic Medicare Advantage: reconsideration upholds the speech therapy denial =========================

_MA_MS, _MA_LOCAL, _MA_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_MA_AREAS = ["301", "240", "410", "443"]
_MA_ST = ["Outpatient speech-language therapy, 12 additional visits",
          "Speech-language pathology treatment sessions (8 more visits)",
          "Additional outpatient speech therapy visits"]
_MA_DX = [("Aphasia following cerebral infarction", "I69.320"),
          ("Dysarthria following cerebral infarction", "I69.322")]
_MA_INTERNAL = ["Kaiser Permanente Mid-Atlantic Outpatient Rehabilitation Therapy Guideline",
                "KP Mid-Atlantic Clinical Criteria for Speech-Language Pathology Services"]
_MA_RULE = "42 CFR § 422.101(b)"


def _ma_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b59_ma"):
        return
    c.extra["b59_ma"] = True
    variant = c.extra["ma_variant"] = w.rng.randrange(3)  # 0 formal letter, 1 case summary table, 2 large print
    _fmt(w, ("b59long", "b59ordof") if variant == 0 else ("b59long", "b59abbrord"),
         ("b59long", "b59abbrord"), ("b59dmoncaps", "b59ymddot"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    c.category = "medical_necessity"
    _standard(c, w, (38, 60), (6, 28), False)
    c.services = [dict(text=w.pick(_MA_ST), codes=["92507"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_MA_DX if w.chance(0.45) else _MA_DX[:1])]
    c.service = None
    rec = c.received
    c.extra["ma_denied"] = rec - dt.timedelta(days=w.rng.randint(6, 40))
    c.extra["ma_stroke"] = c.extra["ma_denied"] - dt.timedelta(days=w.rng.randint(90, 200))
    c.extra["ma_eval"] = c.extra["ma_stroke"] + dt.timedelta(days=w.rng.randint(20, 35))
    c.extra["ma_visits"] = w.rng.randint(16, 28)
    c.extra["ma_tests"] = (c.extra["ma_eval"], c.extra["ma_denied"] - dt.timedelta(days=w.rng.randint(4, 12)))
    wab0 = round(w.rng.uniform(48, 62), 1)
    c.extra["ma_wab"] = (wab0, round(wab0 + w.rng.uniform(14, 20), 1), w.rng.randint(6, 10))
    c.extra["ma_fwd"] = D.add_business(c.decision or c.letter, w.pick([0, 1]))
    fac = w.pick(facilities("MD", "Mid-Atlantic States"))
    slp, _, slp_last = person(w.rng, 0.0)
    c.extra["ma_slp"] = (f"{slp}, {w.pick(['MS, CCC-SLP', 'M.A., CCC-SLP'])}", slp_last, f"Rehabilitation Services, {fac}")
    neuro, _, neuro_last = person(w.rng, 0.15)
    c.extra["ma_neuro"] = (w.pick([f"Dr. {neuro}", f"{neuro}, MD"]), neuro_last, _phone(w, _MA_AREAS, 1))
    c.extra["ma_by_slp"] = w.chance(0.6)
    c.provider = c.extra["ma_slp"][0] if c.extra["ma_by_slp"] else c.extra["ma_neuro"][0]
    c.extra["ma_filed_by"] = w.pick(["member", "provider"])
    if _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_MA_INTERNAL)]
    else:
        c.criteria = [_MA_RULE]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Appeals Nurse Reviewer", "Medicare Appeals Coordinator"], ["RN", "RN, BSN"])
    else:
        _physician(w, ["Physical Medicine and Rehabilitation", "Neurology"],
                   ["Physician Reviewer, Medicare Appeals", "Associate Medical Director", "Appeals Physician"],
                   _MA_AREAS, 0.4, 0.85)
    c.extra["ma_case"] = f"MA-RC-{w.rng.randint(10**5, 10**6 - 1)}"
    _flags(c)


def reason_b59_ma(w: W) -> str:
    _ma_setup(w)
    c = w.c
    n = c.extra["ma_visits"]
    w0, w1, weeks = c.extra["ma_wab"]
    t0, t1 = c.extra["ma_tests"]
    slp_name = c.extra["ma_slp"][0].split(",")[0]
    return w.pick([
        f"Medicare covers outpatient speech-language therapy when your condition needs the skills of a therapist to "
        f"be treated safely and effectively. You have had {n} therapy visits since your stroke. Your aphasia test "
        f"score rose from {w0:g} {_on(w, None, t0)} to {w1:g} {_on(w, None, t1)}, and the notes from "
        f"the last {weeks} weeks show you now follow the home exercise program on your own and with your family. "
        f"The exercises left in your plan, naming practice and conversation drills, can be done safely without a "
        f"therapist. For these reasons more skilled speech therapy visits are not medically necessary, and we "
        f"uphold our denial.",
        f"We reviewed {slp_name}'s treatment notes and the plan of care. Since your stroke you have had {n} visits; "
        f"your test score improved from {w0:g} to {w1:g}, and for the last {weeks} weeks the sessions repeated the "
        f"same word-finding and reading drills that are already in your written home program. Medicare pays for "
        f"therapy visits only while the services need a therapist's skill. The records do not show a new problem "
        f"or a task that needs a therapist's skill, so the additional visits are not medically necessary. Our "
        f"original decision stays in place.",
    ])


def _ma_rights(w: W) -> list[tuple[str, str]]:
    c = w.c
    fwd = _on(w, None, c.extra["ma_fwd"])
    out: list[tuple[str, str]] = []
    if not _has(c, "notice.external_review"):
        out.append(("Your case goes to an independent reviewer", w.pick([
            f"Because we did not decide fully in your favor, Medicare rules require us to send your case to the "
            f"Independent Review Entity (IRE), an organization that Medicare contracts with and that is not part of "
            f"Kaiser Permanente (42 CFR 422.590). We sent your file to Maximus Federal Services, the IRE, {fwd}. You "
            f"do not need to do anything. The IRE will write to you with its decision.",
            f"Your case was forwarded automatically {fwd} to the Independent Review Entity (IRE) for Medicare "
            f"health plans, Maximus Federal Services. Medicare requires this whenever we uphold a denial on "
            f"reconsideration (42 CFR 422.590). You do not have to ask for it. If you have more information for "
            f"the IRE, you may send it to them; they will contact you.",
        ])))
        out.append(("If the IRE decides in your favor", w.pick([
            "If the IRE reverses our decision, we must authorize the therapy within 72 hours or provide it within "
            "14 days (42 CFR 422.618(b)). If the IRE agrees with us, its letter will explain your next level of "
            "appeal.",
            "When the IRE rules for you, we will approve the visits within 72 hours or provide them within 14 days. "
            "If the IRE does not, its decision letter explains how to go on with your appeal.",
        ])))
    out.append(("Your case file", w.pick([
        "You may ask for a free copy of your case file, including the records and the guidance we used. Call "
        f"Member Services at {_MA_MS} or {_MA_LOCAL} (TTY {_MA_TTY}), weekdays 7:30 a.m. to 5:30 p.m.",
        f"Copies of the documents in your case file are free. Call {_MA_MS} / {_MA_LOCAL}, TTY {_MA_TTY}.",
    ])))
    out.append(("Help with Medicare", w.pick([
        "You can also call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users call "
        "1-877-486-2048.",
        "Questions about Medicare appeals? Call 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048; or visit "
        "www.medicare.gov.",
    ])))
    return out


def t_b59_ma(w: W):
    _ma_setup(w)
    c = w.c
    variant = c.extra["ma_variant"]
    large = variant == 2
    st = _style(w, ["helvetica", "times"] if not large else ["helvetica"], [9.5, 10.0] if not large else [14.0, 14.5],
                [54.0, 62.0] if not large else [50.0, 54.0])
    if large:
        st.small = 11.0  # the footer too
    case = c.extra["ma_case"]
    slp, slp_last, dept = c.extra["ma_slp"]
    neuro, neuro_last, nph = c.extra["ma_neuro"]
    cell = c.extra["b59_cell"]
    svc = c.services[0]
    prov = M("PROVIDER", c.provider)
    svc_t = f"{w.svc(svc)} (CPT {w.code('92507')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    denied = _on(w, None, c.extra["ma_denied"])
    ev = c.extra["ma_eval"]
    st.footer = [w.pick([f"Case {case} | Page {{page}} of {{pages}}", "Kaiser Permanente Medicare Health Plan {page}",
                         "Page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t.upper() if large else t, space_before=10 if large else 9, size=st.size + (1 if large else 0.5)))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9 if not large else 12,
                   left=["KAISER PERMANENTE", "Medicare Health Plan", "Mid-Atlantic States"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.", "Medicare Appeals Unit",
                          f"Member Services {_MA_MS}"]))
    if large:
        b.append(w.p("This letter is printed in large type. For other formats, call " + _MA_MS + ".", bold=True,
                     space_before=6))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b59_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    if variant != 1:
        b.append(w.p(f"Member ID: {w.mid()}    Case number: {case}", space_before=8))
    b.append(w.h(w.pick(["NOTICE OF RECONSIDERATION DECISION", "Medicare Reconsideration Decision",
                         "Decision on Your Medicare Appeal (Reconsideration)"]), align="center" if variant != 1 else
                 "left", space_before=10, size=st.size + 1.5))
    if variant == 1:
        head("Case summary")
        rows = [["Member", f"{w.name()}, ID {w.mid()}"], ["Case number", case],
                ["Service", svc_t],
                ["Requested by", prov],
                ["First decision", f"Denied {b59date(c.extra['ma_denied'], cell)}"]]
        if c.received:
            rows.append(["Appeal received", _dm(w, "DATE_RECEIVED", c.received, "b59_cell")])
        rows.append(["Outcome", "Denial upheld"])
        if c.decision:
            rows.append(["Decided", _dm(w, "DATE_DECISION", c.decision, "b59_cell")])
        if not _has(c, "notice.external_review"):
            rows.append(["Sent to IRE", f"{b59date(c.extra['ma_fwd'], cell)} (Maximus Federal Services)"])
        b.append(Block("keyed", rows=rows, space_before=4, size=st.size - 0.5, side_w=0.22))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    who_filed = "You asked us" if c.extra["ma_filed_by"] == "member" else f"{c.provider} asked us, for you,"
    intro = f"{prov} asked us to cover {svc_t} for you, and we denied the request {denied}. {who_filed} to " \
            f"reconsider that decision."
    if c.received:
        intro += f" We received the reconsideration request {_on(w, 'DATE_RECEIVED', c.received)}."
    intro += w.pick([" A physician who was not part of the first decision reviewed your case." if c.reviewer and
                     re.search(r"M\.?D|DO", str(c.reviewer["credentials"])) else " We reviewed your case again.",
                     " We looked at all of the records again."])
    if c.decision:
        intro += f" We decided your appeal {_on(w, 'DATE_DECISION', c.decision)}."
    intro += w.pick([" We are upholding our denial.", " Our decision is to uphold the denial of these visits."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why we upheld the denial", "The reason for our decision", "Reason"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"We reviewed the notes from {slp}, {dept}, the speech-language evaluation "
        f"(92523) {_on(w, None, ev)}, which was covered and is not part of this decision, and the visit notes of "
        f"your neurologist, {neuro} ({nph}).",
        f"Records reviewed: therapy notes by {slp} ({dept}); your evaluation {_on(w, None, ev)} (CPT 92523, "
        f"paid); notes from {neuro}, neurology ({nph}); the stroke admission summary of "
        f"{b59date(c.extra['ma_stroke'], cell)}.",
    ])))
    if c.criteria:
        if c.criteria[0] == _MA_RULE:
            b.append(w.p(w.pick([
                f"We applied Medicare's coverage rules for outpatient therapy, which Medicare health plans must "
                f"follow under {w.crit(_MA_RULE)}.",
                f"Rule applied: Traditional Medicare coverage requirements for outpatient speech-language pathology, "
                f"as required by {w.crit(_MA_RULE)}.",
            ])))
        else:
            b.append(w.p(f"Guideline used: {w.crit(c.criteria[0])}."))
    if c.reviewer:
        ln = _who(w, w.pick(["Reviewed by ", "This decision was made by "]), ".")
        if not re.search(r"M\.?D|DO", str(c.reviewer["credentials"])):
            ln = _who(w, "Reviewed by ") + f", {c.reviewer_title}."
        if c.reviewer["phone"]:
            ln += f" Phone: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(w.pick([
        "You can keep doing the exercises in your home program. If your speech or swallowing gets worse, or you "
        f"have a new problem, ask {neuro} or your primary care doctor for a new evaluation.",
        f"If something changes, for example a new stroke or new trouble swallowing, {slp.split(',')[0]} or your doctor "
        "may send a new request.",
    ])))
    for h, t in _ma_rights(w):
        head(h)
        b.append(w.p(t))
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Medicare Appeals Unit",
          "Kaiser Permanente Medicare Health Plan, Mid-Atlantic States")
    b.append(w.p(f"cc: {prov}; {neuro if c.extra['ma_by_slp'] else slp}", space_before=8,
                 size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreters and other formats: {_MA_MS}, TTY {_MA_TTY}.",
                             f"We provide free language help. Call {_MA_MS} (TTY {_MA_TTY})."]), space_before=8))
    b += _taglines(w, "MD", _MA_MS, w.pick([None, "Language help"]), size=7.0 if not large else 11.0)
    return b, st, ["ma_formal_reconsideration", "ma_case_summary_table", "ma_large_print"][variant]


BLIND59_TEMPLATES["blind59_midatlantic_ma_reconsideration_upheld_speech_therapy"] = (t_b59_ma, dict(
    plans=["medicare_advantage"], states=["MD"], kinds=["grievance_decision"], cats=["medical_necessity"],
    reason=reason_b59_ma))
MODELED_ON["blind59_midatlantic_ma_reconsideration_upheld_speech_therapy"] = (
    "blind59: Kaiser Permanente Mid-Atlantic States Medicare Advantage reconsideration upholding the denial of "
    "further outpatient speech-language therapy (92507) after a stroke; a formal letter, a letter with a case summary "
    "table, or a large-print letter; automatic forwarding to the Independent Review Entity (42 CFR 422.590), "
    "effectuation (422.618(b)), free case file, 1-800-MEDICARE, taglines")


# === 3. Washington commercial: out-of-network reference laboratory claim ===========================================

_WA_MS = "1-888-901-4636"
_WA_AREAS = ["206", "253", "425", "360"]
_WA_LABS = [("Cascadia Reference Laboratories, Inc.", "2207 Westlake Avenue N, Suite 310", "Seattle, WA 98109"),
            ("Puget Sound Diagnostic Laboratory", "4800 South 188th Street", "SeaTac, WA 98188"),
            ("Evergreen Clinical Labs LLC", "1515 112th Avenue NE", "Bellevue, WA 98004"),
            ("Northwest Molecular Pathology Associates", "901 Pacific Avenue, Suite 200", "Tacoma, WA 98402")]
_WA_PANEL = ["Respiratory pathogen panel, 12-25 targets", "Respiratory viral panel, multiplex PCR",
             "Infectious agent detection, respiratory panel (PCR)"]
_WA_CULT = ["Bacterial culture, aerobic", "Culture, bacterial, any source, aerobic isolate", "Throat culture, aerobic"]
_WA_DX = [("Cough, unspecified", "R05.9"), ("Fever, unspecified", "R50.9")]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b59_wa"):
        return
    c.extra["b59_wa"] = True
    variant = c.extra["wa_variant"] = w.rng.randrange(3)  # 0 EOB, 1 claim details box, 2 portal message
    _fmt(w, ("b59long", "b59abbrord"), ("b59long",) if variant != 2 else ("b59wknum",),
         ("b59dmoncaps", "b59mdyy") if variant != 1 else ("b59mdyy", "b59ymddot"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    c.category = "out_of_network"
    c.urgency = "standard"
    c.services = [dict(text=w.pick(_WA_PANEL), codes=["87633"], decision="denied",
                       billed=round(w.rng.uniform(410, 690), 2)),
                  dict(text=w.pick(_WA_CULT), codes=["87070"], decision="denied",
                       billed=round(w.rng.uniform(38, 95), 2))]
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_WA_DX if w.chance(0.5) else _WA_DX[:1])]
    lab, street, city = w.pick(_WA_LABS)
    c.provider = lab
    c.extra["wa_lab"] = (lab, street, city, _npi(w), _phone(w, _WA_AREAS, w.rng.randrange(3)))
    doc, _, doc_last = person(w.rng, 0.15)
    c.extra["wa_doc"] = (w.pick([f"Dr. {doc}", f"{doc}, MD", f"{doc}, ARNP"]), doc_last,
                         w.pick(facilities("WA", "Washington")))
    c.extra["wa_visit"] = c.service - dt.timedelta(days=w.pick([1, 2, 3]))
    c.extra["wa_result"] = c.service + dt.timedelta(days=w.rng.randint(1, 3))
    c.extra["wa_copay"] = w.pick([20.0, 25.0, 30.0, 35.0])
    c.extra["wa_claim"] = f"{w.rng.randint(2025, 2026)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["wa_visit_claim"] = f"{w.rng.randint(2025, 2026)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["wa_ref"] = f"CS-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["wa_group"] = f"{w.rng.randint(10**4, 10**5 - 1)}-{w.rng.randint(10, 99)}"
    c.extra["wa_print"] = c.letter + dt.timedelta(days=w.rng.randint(1, 9))
    c.reviewer = None
    if w.chance(0.3):
        _np_reviewer(w, ["Claims Review Specialist", "Claims Adjustment Coordinator"], [None])
    c.criteria = []
    _flags(c)


def reason_b59_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    lab = c.extra["wa_lab"][0]
    doc_last = c.extra["wa_doc"][1]
    return w.pick([
        f"{lab} is not in the Kaiser Permanente network. Your plan covers lab tests from providers outside the "
        f"network only for emergency care or when we approve a referral in advance. Dr. {doc_last} ordered these "
        f"tests to be done at a Kaiser Permanente lab, but the specimen was collected at {lab}'s patient service "
        f"center and tested there, and no referral was approved. For this reason the claim is denied.",
        f"The tests were done by {lab}, an out-of-network laboratory, without an approved referral. The order from "
        f"Dr. {doc_last} could have been completed at any Kaiser Permanente lab at your usual cost share. Because "
        f"the specimen was taken and tested outside the network and the visit was not for emergency care, your plan "
        f"does not cover these charges.",
    ])


def _wa_rights(w: W) -> list[tuple[str, str]]:
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Washington"])
    out = [("Your right to appeal", w.pick([
        f"You or someone you name to act for you may appeal this decision within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of receiving this notice. Write to {addr}, or call Member Services "
        f"at {_WA_MS} (TTY 711). Tell us why you think the claim should be paid and send any records that help.",
        f"To appeal, contact us no later than {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this notice: "
        f"by mail at {addr}, or by phone at {_WA_MS} (TTY 711). You may include a letter from your doctor.",
    ])), ("Independent review", w.pick([
        "If we deny your appeal, you may ask that an independent review organization (IRO), which is not part of "
        "Kaiser Permanente, review the decision. Our appeal decision letter will tell you how to ask.",
        "After our appeal decision, you can ask for review by an independent review organization. We will explain "
        "how in the appeal decision.",
    ]))]
    if not _has(c, "notice.claim_identification"):
        out.append(("Codes and documents", w.pick([
            "You may ask for the diagnosis and treatment codes on this claim, and what they mean, free of charge. "
            "You may also have free copies of all documents and records relevant to your claim.",
            "On request and at no cost, we will send you the diagnosis and treatment codes for this claim with their "
            "meanings, and copies of the documents we used.",
        ])))
    else:
        out.append(("Documents", "You may have free copies of the documents and records relevant to your claim."))
    if not _has(c, "notice.consumer_assistance"):
        out.append(("Help with your appeal", w.pick([
            "For help with a complaint or appeal, you may contact the Washington State Office of the Insurance "
            "Commissioner's consumer advocacy program.",
            "The Washington State Office of the Insurance Commissioner can help you with questions about your "
            "rights and with filing an appeal.",
        ])))
    return out


def t_b59_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = c.extra["wa_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [50.0, 58.0, 64.0])
    lab, street, city, lnpi, lph = c.extra["wa_lab"]
    doc, doc_last, fac = c.extra["wa_doc"]
    claim, vclaim, ref, group = c.extra["wa_claim"], c.extra["wa_visit_claim"], c.extra["wa_ref"], c.extra["wa_group"]
    amounts = not _has(c, "notice.claim_identification")
    cell = c.extra["b59_cell"]
    prov = M("PROVIDER", c.provider)
    total = _money(c.money["total"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    lines = join_and([f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services])
    visit = _on(w, None, c.extra["wa_visit"])
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Washington {page}",
                         "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    balance = w.pick([
        f"About balance billing: {lab} is not in our network and may bill you for the amount we did not pay. "
        f"If you receive a bill and believe it should be covered, for example because the specimen was collected "
        f"at a Kaiser Permanente facility, call Member Services before you pay it.",
        f"Because {lab} does not have a contract with Kaiser Permanente, it is not limited to our payment rates and "
        f"may send you a bill. If you think you are protected from this bill, call us at {_WA_MS} and we will look "
        f"at the claim again.",
    ])
    if variant == 2:
        b.append(w.p(f"kp.org | Message Center | printed {b59date(c.extra['wa_print'], 'b59mdyy')} "
                     f"{w.rng.randint(8, 11)}:{w.rng.randint(0, 59):02d} AM", size=7.5, space_before=0))
        b.append(Block("rule", space_before=2))
        b.append(w.p("KAISER PERMANENTE Washington", bold=True, space_before=6, size=st.size + 1))
        b.append(Block("fields", rows=[["From:", "Claims Services, Kaiser Permanente Washington"],
                                       ["To:", w.name()],
                                       ["Sent:", _dm(w, "DATE_LETTER", c.letter, "b59_head") +
                                        f" {w.rng.randint(1, 5)}:{w.rng.randint(0, 59):02d} PM"],
                                       ["Subject:", f"Claim decision - claim {claim}"]],
                       space_before=6, size=st.size - 0.3))
        b.append(w.p(f"Member ID {w.mid()}    Reference {ref}", space_before=8))
        b.append(w.p(f"Hello {c.member_salute},", space_before=8))
        intro = f"We finished processing a claim from {prov} for {lines}, for the specimen collected " \
                f"{_on(w, 'DATE_SERVICE', c.service)}."
        if c.received:
            intro += f" The claim came to us {_on(w, 'DATE_RECEIVED', c.received)}"
            intro += f" and was processed {_on(w, 'DATE_DECISION', c.decision)}." if c.decision else "."
        elif c.decision:
            intro += f" It was processed {_on(w, 'DATE_DECISION', c.decision)}."
        if amounts:
            intro += f" The laboratory billed {total}."
        intro += " The claim was denied and we did not pay any part of it."
        b.append(w.p(intro))
        b.append(w.p("Diagnosis on the claim: " + dxs + "."))
        head("Why the claim was denied")
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Washington", "Claims Services"],
                       right=["Kaiser Foundation Health Plan of Washington", "P.O. Box 34585, Seattle, WA 98124",
                              f"Member Services {_WA_MS} (TTY 711)"]))
        if variant == 0:
            b.append(w.p(w.name(), space_before=8))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.h("EXPLANATION OF BENEFITS", align="center", space_before=8, size=st.size + 2))
            b.append(w.p("This is not a bill. Keep it for your records.", align="center", space_before=0))
            b.append(Block("fields", rows=[["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b59_head"),
                                            "Claim number:", claim],
                                           ["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Provider:", prov, "Provider NPI:", lnpi],
                                           ["Received:", _dm(w, "DATE_RECEIVED", c.received, "b59_cell") or "-",
                                            "Processed:", _dm(w, "DATE_DECISION", c.decision, "b59_cell") or "-"],
                                           ["Group:", group, "Ordered by:", doc]],
                           space_before=8, size=st.size - 0.5))
            b.append(w.p(f"Provider address: {street}, {city}. Phone {lph}.", size=st.size - 1, space_before=2))
            head("Claim lines")
            hdr = ["Service date", "Service", "Code", "Billed", "Plan paid", "You may owe", "Note"] if amounts else \
                ["Service date", "Service", "Code", "Plan paid", "Note"]
            rows = [hdr]
            for s in c.services:
                d = M("DATE_SERVICE", b59date(c.service, cell))
                rows.append([d, w.svc(s), w.code(s["codes"][0])] + ([_money(s["billed"])] if amounts else [])
                            + ["$0.00"] + ([_money(s["billed"])] if amounts else []) + ["ON4"])
            if amounts:
                rows.append(["", "Total", "", total, "$0.00", total, ""])
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
            b.append(w.p("ON4: out-of-network provider; no referral on file. See the explanation below.",
                         size=st.size - 1, space_before=3))
            b.append(w.p("Diagnosis: " + dxs + "."))
            head("Explanation")
            b.append(w.p(M("REASON", w.reason)))
            head("Other claims on this statement")
            orows = [["Service date", "Provider", "Service", "Code", "Status", "You paid"],
                     [b59date(c.extra["wa_visit"], cell), f"{doc}, {fac}", "Office visit", "99213", "Paid",
                      _money(c.extra["wa_copay"])]]
            b.append(Block("table", rows=orows, space_before=4, size=st.size - 1.5))
            b.append(w.p(f"Claim {vclaim} is shown for your information and is not part of this decision.",
                         size=st.size - 1, space_before=2))
        else:
            b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b59_head"), space_before=10))
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            b.append(w.p(w.pick([f"We have denied a claim from {prov} for laboratory tests. The details are below.",
                                 f"This letter explains our decision on the claim {prov} sent us for your lab "
                                 f"tests."])))
            head("Claim details")
            rows = [["Claim number", claim], ["Billed by", f"{prov}, NPI {lnpi}"],
                    ["Lab address", f"{street}, {city}; {lph}"], ["Services", lines],
                    ["Specimen collected", _dm(w, "DATE_SERVICE", c.service, "b59_cell")]]
            if c.received:
                rows.append(["Claim received", _dm(w, "DATE_RECEIVED", c.received, "b59_cell")])
            if c.decision:
                rows.append(["Decision date", _dm(w, "DATE_DECISION", c.decision, "b59_cell")])
            if amounts:
                rows.append(["Amount billed", f"{total}; plan paid $0.00"])
            rows.append(["Ordering provider", f"{doc}, {fac} (in network)"])
            b.append(Block("keyed", rows=rows, space_before=4, size=st.size - 0.5, side_w=0.26))
            b.append(w.p("Diagnosis: " + dxs + "."))
            head(w.pick(["Why we denied the claim", "Reason for denial"]))
            b.append(w.p(M("REASON", w.reason)))
    if variant != 0:
        b.append(w.p(w.pick([
            f"{doc} at {fac} saw you {visit} and ordered the tests; that office visit was covered under claim "
            f"{vclaim} and is not part of this decision. The results were reported "
            f"{_on(w, None, c.extra['wa_result'])}.",
            f"The office visit with {doc} ({fac}) {visit}, at which the tests were ordered, was paid separately. It "
            f"is not affected by this decision.",
        ])))
    if variant == 2:
        b.append(w.p(f"Laboratory: {lab}, {street}, {city}, phone {lph}, NPI {lnpi}."))
    b.append(w.p(balance))
    if c.reviewer:
        b.append(w.p(_who(w, "Claim reviewed by ") + f", {c.reviewer_title}."))
    for h, t in _wa_rights(w):
        head(h)
        b.append(w.p(t))
    if variant == 2:
        b.append(w.p("Thank you,", space_before=10))
        b.append(w.p("Claims Services, Kaiser Permanente Washington", space_before=0))
        b.append(w.p("Please do not reply to this message about an appeal; use the address or phone number above.",
                     size=st.size - 1, italic=True))
    else:
        _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Claims Services",
              "Kaiser Foundation Health Plan of Washington")
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_WA_MS} (TTY 711).",
                             f"Free language assistance: {_WA_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "WA", _WA_MS, w.pick([None, "Language assistance"]))
    return b, st, ["wa_eob_statement", "wa_claim_details_box", "wa_portal_message"][variant]


BLIND59_TEMPLATES["blind59_wa_commercial_out_of_network_lab_claim"] = (t_b59_wa, dict(
    plans=["commercial_hmo"], states=["WA"], kinds=["payment_denial"], cats=["out_of_network"],
    refuse_defects=("process.emergency_prior_auth", "notice.plan_provision"), reason=reason_b59_wa))
MODELED_ON["blind59_wa_commercial_out_of_network_lab_claim"] = (
    "blind59: Kaiser Permanente Washington commercial payment denial of an out-of-network reference laboratory's "
    "claim for a respiratory pathogen panel (87633) and a bacterial culture (87070) ordered by an in-network doctor; "
    "an explanation of benefits, a letter with a 'Claim details' box, or a printed kp.org secure message; 180-day "
    "appeal, independent review, codes on request, claim amount, free copies, Office of the Insurance Commissioner, "
    "taglines")
