"""Sixtieth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND60_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind60_va_fehb_hearing_aids_not_covered")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind60_hi_commercial_expedited_off_label_chemo``: a Kaiser Permanente Hawaii commercial HMO (plan_type
   ``commercial_hmo``, state HI) expedited initial denial (``initial_denial``, urgency always ``expedited``,
   category ``experimental_investigational``) of pembrolizumab (HCPCS J9271) for recurrent ovarian cancer that is
   mismatch-repair proficient with a low tumor mutational burden (C56.1, C56.2 or C56.9, with C78.6 on some letters):
   an off-label use that the drug compendium and the plan's oncology drug criteria do not support. The request
   comes from the gynecologic oncologist (the requesting provider). Layouts: ``hi_expedited_banner`` (a shaded
   "EXPEDITED" banner over the letter, with "Date: / Time:" field pairs for the request and the decision),
   ``hi_to_oncologist_cc_member`` (the letter to the oncologist, the member on a "Patient:" line, the reviewer's
   peer-to-peer line, copied to the member) and ``hi_signature_rights_page`` (the reviewer's signature block with
   credentials, specialty and direct line, then the member's rights on a page of their own). Rights from the
   catalogue (federal ACA rules; no Hawaii state rule is verified): an appeal within 180 days of receiving the
   notice (30 or 60 when ``notice.appeal_deadline`` is planted), an expedited appeal decided within 72 hours,
   external review by an independent review organization within 4 months of the final internal decision
   (45 CFR 147.136) with a 72-hour expedited external review, EBSA 1-866-444-3272 for employer coverage (the
   Hawaii Insurance Division is named without a number: the catalogue verifies none), free copies, taglines in
   Hawaii's languages. The catalogue verifies no Kaiser Hawaii Member Services number: the review unit's own 808
   line prints (TTY 711). Distractors: the oncologist (requesting) vs. the reviewer, the tumor board date, the
   oncology pharmacist who called the office (never the reviewer), the covered standard regimen named as the
   alternative (carboplatin J9045 with paclitaxel J9267), the scheduled infusion appointment, the date of birth,
   the case number, the unit's fax.

   Which date is which: the letter date is the date line (under the banner on the banner layout); the received and
   decision dates are the "Request received" / "Decision" fields or the opening paragraph (times print beside
   them, unmarked). The tumor board, the pharmacist's call and the infusion appointment are other events;
   ``service`` is always null (a scheduled infusion is no service date). Which name is the member: the addressee,
   or the "Patient:" line on the oncologist's letter. Which reason is the reason: the paragraph under the reason
   heading. The truth counts the one J9271 line (never J9045 or J9267); ``criteria_cited`` holds the compendium
   and/or plan criteria the letter names.

2. ``blind60_va_fehb_hearing_aids_not_covered``: a Kaiser Permanente Mid-Atlantic States FEHB plan (plan_type
   ``fehb``, state VA) initial denial (``initial_denial``, always ``standard``, category ``not_covered``) of
   bilateral digital hearing aids (HCPCS V5261) for an adult, because the plan brochure limits hearing aids to
   children (or to one pair every 36 months, and the plan paid for a pair less than 36 months ago). Diagnosis
   H90.3 (H90.6 on some letters). The request comes from an otolaryngologist on some letters and from the member on
   others (then ``requesting_provider`` is null). Layouts: ``va_brochure_quote`` (the brochure's words quoted in a
   ruled box), ``va_benefit_table`` (a table of what the hearing benefit covers for children and adults, then the
   request and its decision) and ``va_two_page_rights`` (the decision on page 1, the disputed-claims rights on page
   2). FEHB rights from the catalogue: ask us to reconsider in writing within 6 months of the date of the letter
   (30 or 90 days when ``notice.appeal_deadline`` is planted), our answer within 30 days, then review by the U.S.
   Office of Personnel Management asked for within 90 days of our reconsideration decision (or when we do not
   answer), OPM's address (1900 E Street NW, Washington, DC 20415), free copies, Member Services 1-800-777-7902 /
   (301) 468-6000, TTY (301) 879-6380, taglines. Distractors: the audiologist and the audiogram (CPT 92557, paid),
   its date, the brochure section and page (never criteria), the hearing-aid dispenser's quote and phone, the date
   of an earlier hearing-aid purchase, the enrollment's reference number.

   Which date is which: the letter date is the date line; the received and decision dates are in the opening
   paragraph. The audiogram, ENT visit and earlier purchase dates are past events; ``service`` is always null.
   Which name is the member: the addressee. Which reason is the reason: the paragraph under the reason heading.
   The truth counts the one V5261 line (never 92557); ``criteria_cited`` is always empty (the brochure is a plan
   provision).

3. ``blind60_nca_commercial_claim_coverage_terminated``: a Kaiser Permanente Northern California commercial HMO
   (plan_type ``commercial_hmo``, state CA) payment denial (``payment_denial``, category ``administrative``) of an
   urgent care clinic's claim for a new-patient visit (CPT 99204) and a rapid strep test (CPT 87880), because the
   member's coverage through the employer group ended before the date of service. Diagnosis J02.0 or J02.9 (R50.9
   on some letters). Layouts: ``nca_claim_statement`` (a claim statement: fields, a line-item table with a remark
   code, and an "earlier claim" table with a paid visit from before coverage ended), ``nca_your_coverage_box`` (a
   letter with a shaded "Your coverage" box: start and end dates, group, COBRA election date) and
   ``nca_to_clinic_cc_member`` (the letter to the clinic's billing office with its tax id and NPI, the member on a
   "Patient:" line, copied to the member). California rights from the catalogue: a grievance within 180 days
   (Member Services 1-800-464-4000, TTY 711, the Northern California grievance address), the DMHC statement in
   12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov), the Health Consumer Alliance
   (1-888-804-3536), the claim amount and codes on request, free copies, taglines. A planted
   ``process.retro_denial_of_authorized`` says the visit was authorized before it took place, on a date when the
   coverage still showed as active. Distractors: the coverage start and end dates, the COBRA election date, the
   date of service vs. the date the claim was received, the clinic's tax id and NPI, the employer group number, the
   claim number, the paid earlier visit (99213) and its claim.

   Which date is which: the letter date is the date line (on the statement, "Statement date"); the claim's received
   and processed (decision) dates are fields or in the opening paragraph; the date of service is in the line items
   or the opening. Coverage, COBRA, authorization and earlier-visit dates are other dates. Which name is the member:
   the addressee, or the "Patient:" line on the clinic's letter. The requesting provider is the clinic that billed.
   The truth counts 99204 and 87880 (never 99213).

Refused: ``notice.expedited_review`` for the Hawaii letter (it is an expedited decision: the catalogue plants the
omission only in standard letters) and ``process.emergency_prior_auth`` for the coverage-ended claim (the catalogue
plants it only in a no-prior-authorization denial of emergency care; this claim is an urgent care visit denied for
eligibility). Rule ids whose category does not fit a template (a criteria omission on a
medical-necessity denial, a plan-provision omission on an exclusion, an emergency without authorization) cannot be
asked of it. Dates use this set's own styles (``b60date``): "March 14, 2026", "Mar. 14th, 2026" (abbreviated the
way a newsroom does: Sept., and March through July in full), "14-MAR-2026" (claim cells), "2026.03.14" (system
fields), "the 14th of March, 2026" (prose), "SATURDAY, MARCH 14, 2026" (banner date lines) and "3/14/26" (table
cells); ``parse_blind60_date`` reads them back.
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

BLIND60_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_WEEK = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def b60date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b60long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b60apord":  # Mar. 14th -> "March 14th, 2026"; Sept. 3rd, 2025 (newsroom abbreviations, ordinal day)
        return f"{_AP[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "b60capsdmy":  # 14-MAR-2026 (a claims system's cell: day padded, month in capitals)
        return f"{d.day:02d}-{_MON3[d.month - 1].upper()}-{d.year}"
    if style == "b60ymddot":  # 2026.03.14 (a review system's field: year first, points)
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "b60theof":  # the 14th of March, 2026 (prose after "on")
        return f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "b60wkcaps":  # SATURDAY, MARCH 14, 2026 (a banner's date line in capitals with the weekday)
        return f"{_WEEK[d.weekday()]}, {MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
    if style == "b60mdyy":  # 3/14/26 (table cells: month first, unpadded, two-digit year)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    raise ValueError(style)


STYLES = ("b60long", "b60apord", "b60capsdmy", "b60ymddot", "b60theof", "b60wkcaps", "b60mdyy")


def parse_blind60_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b60date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2])) if m[1] in MONTHS else None
        m = re.fullmatch(r"([A-Z][a-z]+\.?) ([1-9]\d?)(st|nd|rd|th), (\d{4})", t)
        if m:
            if m[1] not in _AP or _ordinal(int(m[2])) != m[2] + m[3]:
                return None
            return dt.date(int(m[4]), _AP.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), _MON3.index(m[2].title()) + 1, int(m[1])) if m[2].title() in _MON3 else None
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(?:the )?([1-9]\d?)(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m:
            if m[3] not in MONTHS or _ordinal(int(m[1])) != m[1] + m[2]:
                return None
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z]+), ([A-Z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            months = [x.upper() for x in MONTHS]
            if m[1] not in _WEEK or m[2] not in months:
                return None
            d = dt.date(int(m[4]), months.index(m[2]) + 1, int(m[3]))
            return d if _WEEK[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([1-9]\d?)/([1-9]\d?)/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b60_fmt"] = w.pick(list(body))
    w.c.extra["b60_head"] = w.pick(list(head))
    w.c.extra["b60_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b60_fmt") -> str:
    if not day:
        return ""
    return b60date(day, w.c.extra[key] if key.startswith("b60_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b60_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(231, 969), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _npi(w: W) -> str:
    return f"1{w.rng.randint(10**8, 10**9 - 1)}"


def _clock(w: W, lo: int = 7, hi: int = 17) -> str:
    h, m = w.rng.randint(lo, hi), w.pick([2, 8, 14, 19, 26, 33, 41, 47, 52, 58])
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Tiene derecho a recibir ayuda en su idioma sin costo. Para pedir un intérprete, llame al {ph}.",
    "zh": "繁體中文：您有權免費獲得以您的語言提供的協助。如需口譯員，請致電 {ph}。",
    "vi": "Tiếng Việt: Quý vị có quyền được giúp đỡ bằng ngôn ngữ của mình miễn phí. Để có thông dịch viên, xin gọi "
          "{ph}.",
    "tl": "Tagalog: May karapatan kang makakuha ng tulong sa iyong wika nang libre. Para sa interpreter, tumawag sa "
          "{ph}.",
    "ko": "한국어: 귀하는 무료로 귀하의 언어로 도움을 받을 권리가 있습니다. 통역 서비스는 {ph}번으로 연락하십시오.",
    "hy": "Հայերեն. Դուք իրավունք ունեք անվճար օգնություն ստանալ Ձեր լեզվով։ Թարգմանչի համար զանգահարեք {ph}։",
    "fa": "فارسی: شما حق دارید به طور رایگان به زبان خود کمک دریافت کنید. برای درخواست مترجم با {ph} تماس بگیرید.",
    "ru": "Русский: Вы имеете право на бесплатную помощь на вашем языке. Чтобы получить переводчика, позвоните по "
          "номеру {ph}.",
    "ja": "日本語：ご希望の言語で無料の支援を受けられます。通訳をご希望の方は {ph} までお電話ください。",
    "ar": "العربية: يحق لك الحصول على المساعدة بلغتك مجانًا. لطلب مترجم، اتصل على {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਲੈਣ ਦਾ ਅਧਿਕਾਰ ਹੈ। ਦੁਭਾਸ਼ੀਏ ਲਈ {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "hi": "हिंदी: आपको अपनी भाषा में निःशुल्क सहायता पाने का अधिकार है। दुभाषिए के लिए {ph} पर कॉल करें।",
    "am": "አማርኛ፦ በቋንቋዎ ነጻ እርዳታ የማግኘት መብት አለዎት። አስተርጓሚ ለማግኘት በ{ph} ይደውሉ።",
    "ur": "اردو: آپ کو اپنی زبان میں مفت مدد حاصل کرنے کا حق ہے۔ ترجمان کے لیے {ph} پر کال کریں۔",
    "fr": "Français : Vous avez le droit d'obtenir gratuitement de l'aide dans votre langue. Pour un interprète, "
          "appelez le {ph}.",
    "bn": "বাংলা: আপনার নিজের ভাষায় বিনামূল্যে সাহায্য পাওয়ার অধিকার আপনার আছে। দোভাষীর জন্য {ph} নম্বরে কল করুন।",
    "ilo": "Ilokano: Adda kalintegan yo nga umawat iti libre a tulong iti pagsasao yo. Para iti agipatarus, "
           "tawagan ti {ph}.",
    "haw": "ʻŌlelo Hawaiʻi: He kuleana kou e loaʻa ke kōkua ma kāu ʻōlelo me ka uku ʻole. No ka mea unuhi ʻōlelo, e "
           "kelepona iā {ph}.",
    "sm": "Gagana Sāmoa: E iai lou aiā e maua ai se fesoasoani i lau gagana e aunoa ma se totogi. Mo se faamatala "
          "upu, valaau i le {ph}.",
    "to": "Lea Fakatonga: ʻOku ʻi ai ho totonu ke maʻu ha tokoni ʻi hoʻo lea ʻo ʻikai ha totongi. Ki ha tokotaha "
          "fakatonulea, tā ki he {ph}.",
    "chk": "Kapasen Chuuk: Mi wor omw pwung om kopwe angei aninis non kapasen fonuom ese kamo. Ren eman chon chiaku, "
           "kokori {ph}.",
    "mh": "Kajin Ṃajeḷ: Ewōr am jimwe ñan bōk jipañ ilo kajin eo am ejjeļọk wōņāān. Ñan juon ri-ukook, kūr {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "hi"],
    "HI": ["ilo", "tl", "ja", "zh", "ko", "vi", "es", "haw", "sm", "to", "chk", "mh"],
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "fa", "ur", "tl", "ru", "fr", "bn"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Hawaii commercial HMO: expedited denial of off-label pembrolizumab ========================================

_HI_AREAS = ["808"]
_HI_ADDR = GRIEVANCE_ADDR["Hawaii"]
_HI_SVC = ["Pembrolizumab (Keytruda) 200 mg IV every 3 weeks", "Pembrolizumab (Keytruda) infusion",
           "Keytruda (pembrolizumab) 200 mg intravenous, every 21 days", "Pembrolizumab injection, 200 mg per dose"]
_HI_DX = [("Malignant neoplasm of right ovary", "C56.1"), ("Malignant neoplasm of left ovary", "C56.2"),
          ("Malignant neoplasm of unspecified ovary", "C56.9")]
_HI_DX2 = ("Secondary malignant neoplasm of retroperitoneum and peritoneum", "C78.6")
_HI_CRIT = ["NCCN Drugs & Biologics Compendium", "Micromedex DRUGDEX compendium",
            "Kaiser Permanente Hawaii Oncology Drug Use Criteria: Immune Checkpoint Inhibitors",
            "KP Hawaii Medical Policy on Off-Label Use of Anticancer Drugs"]
_HI_FIRST = ["Leilani", "Malia", "Keiko", "Rowena", "Joy", "Noelani", "Mercedita", "Kalena", "Ana", "Iwalani",
             "Grace", "Mei Ling", "Luana", "Corazon", "Sheryl"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b60_hi"):
        return
    c.extra["b60_hi"] = True
    variant = c.extra["hi_variant"] = w.rng.randrange(3)  # 0 banner, 1 to the oncologist, 2 signature + rights page
    _fmt(w, ("b60long", "b60apord", "b60theof"),
         ("b60wkcaps",) if variant == 0 else ("b60long", "b60apord"), ("b60ymddot", "b60capsdmy"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    c.category = "experimental_investigational"
    untimely = _has(c, "process.decision_untimely")
    if c.urgency != "expedited":  # every letter of this template decides on the 72-hour track
        dec = c.decision or c.letter
        if c.received or untimely:
            c.received = dec - dt.timedelta(days=w.rng.randint(4, 9) if untimely else w.rng.randint(0, 2))
        c.letter = dec
        c.urgency = "expedited"
    parts = c.member_name.split()
    first = w.pick(_HI_FIRST)
    c.member_name = " ".join([first, *parts[1:]])
    c.member_salute = w.pick([c.member_name, f"Ms. {parts[-1]}"])
    c.services = [dict(text=w.pick(_HI_SVC), codes=["J9271"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_HI_DX)] + ([_HI_DX2] if w.chance(0.4) else [])]
    c.service = None
    fac = w.pick(facilities("HI", "Hawaii"))
    onc, _, onc_last = person(w.rng, 0.15)
    c.provider = w.pick([f"{onc}, MD", f"Dr. {onc}", f"{onc}, M.D."])
    c.extra["hi_onc"] = (onc_last, f"Gynecologic Oncology, {fac}", _phone(w, _HI_AREAS, 0), fac)
    base = c.received or c.letter
    c.extra["hi_board"] = base - dt.timedelta(days=w.rng.randint(3, 12))
    c.extra["hi_call"] = base + dt.timedelta(days=w.rng.randint(0, 1))
    c.extra["hi_infusion"] = c.letter + dt.timedelta(days=w.rng.randint(3, 10))
    c.extra["hi_cycles"] = w.rng.randint(3, 5)
    c.extra["hi_cps"] = w.pick([1, 2, 3, 5])
    c.extra["hi_pharm"] = person(w.rng, 0.0)[0] + ", PharmD"
    c.extra["hi_unit"] = (_phone(w, _HI_AREAS, 0), _phone(w, _HI_AREAS, 1))
    c.extra["hi_times"] = (_clock(w, 7, 11), _clock(w, 12, 18))
    c.extra["hi_ref"] = f"HIX-{w.rng.randint(10**5, 10**6 - 1)}{w.pick(['', '-E', '-X'])}"
    c.criteria = w.rng.sample(_HI_CRIT[:2], 1) + (w.rng.sample(_HI_CRIT[2:], 1) if w.chance(0.55) else [])
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Oncology Pharmacy Reviewer", "Utilization Review Nurse, Oncology"], ["PharmD", "RN, OCN"])
        if w.chance(0.5):
            c.reviewer["phone"] = _phone(w, _HI_AREAS, 2)
    else:
        c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Hematology and Oncology", "Medical Oncology", "Gynecologic Oncology"])
                          if w.chance(0.75) else None,
                          phone=_phone(w, _HI_AREAS, 2) if w.chance(0.7) or c.extra["hi_variant"] == 1 else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Physician Advisor, Oncology Drug Review",
                                   "Associate Medical Director"])
    _flags(c)


def reason_b60_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    cps = c.extra["hi_cps"]
    if c.extra["hi_variant"] == 1:
        your, you = "your patient's", "your patient"
    else:
        your, you = "your", "you"
    return w.pick([
        f"Pembrolizumab is not approved by the FDA for ovarian cancer, and the compendium we use does not support "
        f"its use for ovarian cancer that has come back when the tumor is mismatch repair proficient and its tumor "
        f"mutational burden is low. The tumor testing sent with the request shows both, with a PD-L1 combined "
        f"positive score of {cps}. For this use the drug is investigational: the studies published so far show few "
        f"responses and no proven benefit in survival.",
        f"The request is for an off-label use. The tests of {your} tumor show it is microsatellite stable "
        f"(mismatch repair proficient) with a low tumor mutational burden, and pembrolizumab is approved only for "
        f"tumors that are MSI-high, mismatch repair deficient or TMB-high. Neither the FDA label nor the compendium "
        f"supports pembrolizumab for recurrent ovarian cancer without one of these markers, so for {you} it is "
        f"considered experimental and investigational.",
    ])


def _hi_rights(w: W, b: list[Block], head, to_doctor: bool) -> None:
    """Hawaii commercial (federal ACA rules): 180-day appeal, 72-hour expedited appeal, IRO in 4 months, EBSA."""
    c = w.c
    unit, fax = c.extra["hi_unit"]
    addr = ", ".join(_HI_ADDR)
    who_ = "The patient, you, or someone the patient names" if to_doctor else "You, your doctor, or someone you name"
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to appeal"])
         if not to_doctor else "Appeal rights (sent to the patient with a copy of this letter)")
    b.append(w.p(w.pick([
        f"{who_} may appeal. The appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} after the notice "
        f"is received. Call {unit} (TTY 711), fax {fax}, or write to {addr}. Send any records or a letter from the "
        f"treating doctor that you want us to consider.",
        f"To appeal, call {unit} (TTY 711) or write to {addr} within {M('APPEAL_DAYS', c.appeal_phrase)} of "
        f"receiving this letter. {who_} may file; include the case number and why the decision should change.",
    ])))
    b.append(w.p(w.pick([
        "Because the treating doctor says a delay could seriously harm the patient's health, the appeal can be "
        "handled as an expedited appeal. We decide expedited appeals within 72 hours. Say that it is urgent when "
        "you call.",
        "Expedited appeal: when waiting for a standard appeal could seriously jeopardize life or health, ask for "
        "an expedited appeal by phone. We will decide it within 72 hours of receiving it.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If the appeal decision still denies the drug, you may ask for external review by an independent "
            "review organization. Ask within 4 months after receiving our final internal decision (45 CFR "
            "147.136). There is no charge. In an urgent case the independent review organization decides within "
            "72 hours.",
            "External review: after our final internal decision, an independent review organization that is not "
            "part of Kaiser Permanente can review the case at no cost. The request must be made within 4 months of "
            "receiving that decision (45 CFR 147.136); urgent requests are decided within 72 hours.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Help with an appeal is available from the Hawaii Insurance Division's consumer services. If the "
            "coverage comes through a private employer, the U.S. Department of Labor's Employee Benefits Security "
            "Administration can also help: 1-866-444-3272.",
            "For free help, contact the Hawaii Insurance Division or, for coverage through an employer, the "
            "Employee Benefits Security Administration at 1-866-444-3272 (1-866-444-EBSA).",
        ])))
    b.append(w.p(w.pick([
        "On request and at no cost, we will send copies of all documents, records and other information relevant "
        "to this decision, including the criteria and the compendium entries we used.",
        "You may ask for free copies of everything we relied on, including the criteria named in this letter.",
    ])))


def t_b60_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [52.0, 58.0, 64.0])
    onc_last, dept, onc_ph, fac = c.extra["hi_onc"]
    unit, fax = c.extra["hi_unit"]
    t_rec, t_dec = c.extra["hi_times"]
    ref = c.extra["hi_ref"]
    cell = c.extra["b60_cell"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    item = f"{w.svc(svc)} ({w.pick(['HCPCS ', 'code ', ''])}{w.code('J9271')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    st.footer = [w.pick([f"Case {ref} | Page {{page}} of {{pages}}", "Kaiser Permanente Hawaii  -  {page}",
                         "Page {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region",
                          "Utilization Management - Oncology Drug Review", f"Phone {unit}  Fax {fax}"]))
    if variant == 0:
        b.append(w.p(w.pick(["EXPEDITED REVIEW - URGENT DECISION", "EXPEDITED (72-HOUR) COVERAGE DECISION"]),
                     bold=True, align="center", boxed=True, shade=True, size=st.size + 2, space_before=10))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b60_head"), space_before=10))
    if variant == 1:
        b.append(w.p(prov, space_before=10))
        b.append(w.p(dept, space_before=0))
        b.append(w.p(f"Phone {onc_ph}", space_before=0))
        b.append(Block("fields", rows=[["Patient:", w.name(), "Medical record no.:", w.mid()],
                                       ["Date of birth:", b60date(c.extra["dob"], cell), "Case:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear Dr. {onc_last}:", space_before=10))
        intro = w.pick([f"We have completed the expedited review of your request for {item} for the patient "
                        f"named above.",
                        f"This letter answers your urgent request to cover {item} for the patient named above."])
        if rec:
            intro += f" We received the request on {rec} at {t_rec}."
        if dec:
            intro += f" The decision was made on {dec} at {t_dec}."
        intro += " The request is denied."
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        if variant == 0:
            rows = [["Member:", w.name(), "Medical record no.:", w.mid()], ["Case number:", ref, "", ""]]
            if rec:
                rows.append(["Request received - Date:", rec, "Time:", t_rec + " HST"])
            if dec:
                rows.append(["Decision - Date:", dec, "Time:", t_dec + " HST"])
            b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.4))
        else:
            b.append(w.p(f"RE: Expedited coverage decision    Case {ref}    MRN {w.mid()}", bold=True,
                         space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"{prov} of {dept} asked us to cover {item} for you and asked for a fast decision.",
                        f"Your oncologist, {prov}, sent us an urgent request for {item}."])
        if variant == 2:
            if rec:
                intro += f" We received it on {rec}."
            if dec:
                intro += f" We made our decision on {dec}."
        intro += w.pick([" We reviewed it on the expedited (72-hour) timeline and cannot approve it.",
                         " After an expedited review, we have denied the request."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why we denied the request", "Reason for the decision", "Why the drug is not approved"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick(["To decide, we applied the ", "We reviewed the request against the "])
                 + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer and variant != 2:
        if c.reviewer["credentials"] in ("PharmD", "RN, OCN"):
            ln = _who(w, "The decision was made by ") + f", {c.reviewer_title}."
        else:
            ln = _who(w, w.pick(["The decision was made by ", "Reviewing physician: "]), ".")
        if c.reviewer["phone"]:
            ln += (f" {w.pick(['To discuss the case peer to peer, call', 'You may reach the reviewer at'])} "
                   f"{M('REVIEWER_PHONE', c.reviewer['phone'])}.")
        b.append(w.p(ln))
    pat = "the patient" if variant == 1 else "you"
    b.append(w.p(w.pick([
        f"We reviewed the oncology notes, the tumor testing and the recommendation of the gynecologic tumor board "
        f"of {_fd(w, c.extra['hi_board'])}. {c.extra['hi_pharm']}, an oncology pharmacist, called Dr. "
        f"{onc_last}'s office on {_fd(w, c.extra['hi_call'])} to get the mismatch repair results.",
        f"The case was presented at the tumor board on {_fd(w, c.extra['hi_board'])}. Our oncology pharmacist, "
        f"{c.extra['hi_pharm']}, spoke with Dr. {onc_last}'s nurse on {_fd(w, c.extra['hi_call'])} about the "
        f"testing.",
    ])))
    b.append(w.p(w.pick([
        f"Carboplatin (J9045) with paclitaxel (J9267), the standard regimen for this stage, is covered and does not "
        f"need this review. Dr. {onc_last} can talk with {pat} about it.",
        f"This decision does not affect other treatment. Standard chemotherapy such as carboplatin (J9045) and "
        f"paclitaxel (J9267) remains covered; {pat} may discuss it with Dr. {onc_last} ({onc_ph}).",
    ])))
    b.append(w.p(w.pick([
        f"The infusion appointment scheduled for {_fd(w, c.extra['hi_infusion'])} at the {fac} infusion center "
        f"is not canceled by this letter; Dr. {onc_last}'s office will call {pat} about it.",
        f"{'The patient has' if variant == 1 else 'You have'} an infusion appointment on "
        f"{_fd(w, c.extra['hi_infusion'])} at {fac}; please call the infusion center before that date.",
    ])))
    if variant == 2:
        b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
        r = c.reviewer
        if r:
            b.append(w.p(M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}"
                                                           if r["credentials"] else ""), space_before=16))
            if r["specialty"]:
                b.append(w.p(f"{c.reviewer_title}, {M('REVIEWER_SPECIALTY', r['specialty'])}", space_before=0))
            else:
                b.append(w.p(c.reviewer_title, space_before=0))
            if r["phone"]:
                b.append(w.p(f"Direct line: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
        b.append(w.p("Kaiser Foundation Health Plan, Inc., Hawaii Region", space_before=0))
        b.append(w.p(f"cc: {prov}, {dept}", space_before=8, size=st.size - 1))
        b.append(Block("pagebreak"))
        b.append(w.p(f"{c.member_name}  |  Case {ref}", size=st.size - 1.5, space_before=0))
        b.append(w.h(w.pick(["YOUR RIGHTS IF YOU DISAGREE", "IMPORTANT: YOUR APPEAL RIGHTS"]), space_before=8,
                     size=st.size + 1.5, shade=True))
        _hi_rights(w, b, head, False)
        b.append(w.p(f"Questions: call {unit} (TTY 711), Monday through Friday, 8 a.m. to 4:30 p.m.", space_before=8))
    else:
        _hi_rights(w, b, head, variant == 1)
        _sign(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Oncology Drug Review Team",
              "Kaiser Foundation Health Plan, Inc., Hawaii Region")
        if variant == 1:
            b.append(w.p(f"cc: {c.member_name} (patient), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                         size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {unit} (TTY 711).",
                             f"Language help at no cost: {unit}, TTY 711."]), space_before=8))
    b += _taglines(w, "HI", unit, w.pick([None, "Help in your language"]))
    return b, st, ["hi_expedited_banner", "hi_to_oncologist_cc_member", "hi_signature_rights_page"][variant]


BLIND60_TEMPLATES["blind60_hi_commercial_expedited_off_label_chemo"] = (t_b60_hi, dict(
    plans=["commercial_hmo"], states=["HI"], kinds=["initial_denial"], cats=["experimental_investigational"],
    refuse_defects=("notice.expedited_review",), reason=reason_b60_hi))
MODELED_ON["blind60_hi_commercial_expedited_off_label_chemo"] = (
    "blind60: Kaiser Permanente Hawaii commercial HMO expedited denial of off-label pembrolizumab (J9271) for "
    "recurrent mismatch-repair-proficient ovarian cancer as investigational under a drug compendium and plan "
    "criteria; an EXPEDITED banner letter with Date/Time fields, a letter to the oncologist copied to the member, or "
    "a letter with the reviewer's signature block and a separate rights page; 180-day appeal, 72-hour expedited "
    "appeal, external review in 4 months (45 CFR 147.136), EBSA, free copies, Hawaii taglines")


# === 2. Virginia FEHB: bilateral hearing aids beyond the brochure's benefit =======================================

_VA_MS, _VA_LOCAL, _VA_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_VA_AREAS = ["703", "571", "540"]
_VA_SVC = ["Binaural digital hearing aids, behind the ear", "Hearing aids for both ears (digital, behind-the-ear)",
           "Bilateral BTE digital hearing aids", "Digital hearing aids, binaural, behind the ear (pair)"]
_VA_DX = [("Sensorineural hearing loss, bilateral", "H90.3"),
          ("Conductive and sensorineural hearing loss, bilateral", "H90.6")]
_VA_DISP = [("Fairfax Hearing Aid Center", "Fairfax, VA"), ("Potomac Hearing Solutions", "Reston, VA"),
            ("Old Dominion Hearing Care", "Manassas, VA"), ("Arlington Audiology & Hearing Aids", "Arlington, VA")]
_VA_OPM = "United States Office of Personnel Management, Healthcare and Insurance, 1900 E Street NW, Washington, " \
          "DC 20415"


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b60_va"):
        return
    c.extra["b60_va"] = True
    c.extra["va_variant"] = w.rng.randrange(3)  # 0 brochure quote, 1 benefit table, 2 rights on page 2
    _fmt(w, ("b60long", "b60theof", "b60apord"), ("b60long", "b60apord"), ("b60mdyy", "b60ymddot"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.category = "not_covered"
    if c.urgency != "standard":  # a hearing-aid request is never decided on the urgent track
        dec = c.decision or c.letter
        untimely = _has(c, "process.decision_untimely")
        if c.received or untimely:
            c.received = dec - dt.timedelta(days=w.rng.randint(20, 40) if untimely else w.rng.randint(2, 13))
        c.urgency = "standard"
    c.services = [dict(text=w.pick(_VA_SVC), codes=["V5261"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_VA_DX)]]
    c.service = None
    c.criteria = []
    fac = w.pick(facilities("VA", "Mid-Atlantic States"))
    aud, _, aud_last = person(w.rng, 0.1)
    c.extra["va_aud"] = (f"{aud}, Au.D.", aud_last, fac)
    ent, _, ent_last = person(w.rng, 0.15)
    c.extra["va_ent"] = (w.pick([f"{ent}, MD", f"Dr. {ent}"]), ent_last)
    c.provider = c.extra["va_ent"][0] if w.chance(0.5) else None
    base = c.received or c.letter
    c.extra["va_audiogram"] = base - dt.timedelta(days=w.rng.randint(10, 45))
    c.extra["va_ent_visit"] = c.extra["va_audiogram"] + dt.timedelta(days=w.rng.randint(1, 9))
    c.extra["va_limit"] = w.pick(["child", "child", "interval"])
    c.extra["va_prior"] = base - dt.timedelta(days=w.rng.randint(300, 900) if c.extra["va_limit"] == "interval"
                                              else w.rng.randint(1900, 3300))
    c.extra["va_age"] = w.rng.randint(48, 79)
    disp, town = w.pick(_VA_DISP)
    c.extra["va_disp"] = (disp, town, _phone(w, _VA_AREAS, 0), round(w.rng.uniform(3900, 6400), -1))
    c.extra["va_brochure"] = (w.rng.randint(40, 68), c.letter.year)
    c.extra["va_ref"] = f"{w.pick(['FEHB', 'FE'])}-{w.rng.randint(10**6, 10**7 - 1)}"
    c.reviewer = None
    r = w.rng.random()
    if r < 0.35:
        _np_reviewer(w, ["Benefits Review Specialist", "FEHB Benefits Coordinator"], [None])
    elif r < 0.6:
        c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D."]),
                          specialty=w.pick(["Otolaryngology", None]), phone=None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Associate Medical Director"])
    _flags(c)


def _va_quote(w: W) -> str:
    if w.c.extra["va_limit"] == "child":
        return w.pick([
            "Hearing aids, including fitting and evaluation, for children through age 17. Not covered: hearing aids "
            "for members age 18 and older.",
            "We cover one hearing aid per ear every 36 months for members under age 18. Hearing aids for adults are "
            "not covered.",
        ])
    return w.pick([
        "External hearing aids: one hearing aid per ear (a pair) every 36 months. Not covered: replacement of hearing "
        "aids within 36 months of the last purchase.",
        "We cover hearing aids once every 36 months, up to one per ear, when prescribed after a hearing test.",
    ])


def reason_b60_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Hearing aids are not a covered benefit under your plan.",
                       "The requested hearing aids are not covered."])
    age = c.extra["va_age"]
    if c.extra["va_limit"] == "child":
        return w.pick([
            f"Your plan covers hearing aids for children through age 17 only. You are {age}, so hearing aids are "
            f"not a covered benefit for you, even though your hearing test shows a loss in both ears. The hearing "
            f"test and the visits to diagnose your hearing loss are covered.",
            f"Under your FEHB plan, the hearing aid benefit is limited to members under age 18. Because you are an "
            f"adult member ({age} years old), we cannot cover the hearing aids your doctor recommended. This is a "
            f"limit of the benefit, not a decision about whether you need hearing aids.",
        ])
    prior = _fd(w, c.extra["va_prior"])
    return w.pick([
        f"Your plan covers one pair of hearing aids every 36 months. We paid for your current pair, purchased on "
        f"{prior}, and 36 months have not passed since then. A new pair is not covered until that period ends, "
        f"even though your hearing has changed.",
        f"The hearing aid benefit is limited to one hearing aid per ear every 36 months. Our records show hearing "
        f"aids were bought for you on {prior} and paid under this plan. The new pair requested falls inside the "
        f"36-month limit, so it is not covered.",
    ])


def _va_rights(w: W, b: list[Block], head) -> None:
    """FEHB disputed claims: reconsideration in 6 months, our answer in 30 days, OPM review in 90 days."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    no_prov = _has(c, "notice.plan_provision")
    head(w.pick(["If you disagree: the disputed claims process", "Your right to ask us to reconsider",
                 "How to appeal this decision"]))
    b.append(w.p(w.pick([
        f"You may ask us in writing to reconsider this decision. Your request must reach us within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this letter. Write to {addr}; include this letter, "
        f"the reasons you believe the hearing aids should be covered, and any records. We will answer within 30 "
        f"days of receiving your request.",
        f"To ask for reconsideration, write to us at {addr} within {M('APPEAL_DAYS', c.appeal_phrase)} of the date "
        f"of this letter. Explain why you disagree and send copies of any records or letters. Within 30 days of "
        f"receiving your request we will pay the claim, send you our decision, or ask for more information.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            f"If we keep our decision, or if we do not answer within 30 days, you may ask the U.S. Office of "
            f"Personnel Management (OPM) to review it. Write to OPM within 90 days of our reconsideration decision: "
            f"{_VA_OPM}.",
            f"After our reconsideration decision you may ask OPM, which manages the Federal Employees Health "
            f"Benefits Program, to review the claim. Your request must be sent within 90 days of our decision to "
            f"{_VA_OPM}. You may also write to OPM if we do not answer your request within 30 days.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the documents and records we used to make this decision.",
        "Copies of all documents, records and other information about your request are free if you ask for them.",
    ])))
    if not no_prov:
        b.append(w.p("Section 8 of your brochure explains the disputed claims process in full.",
                     space_before=3))
    b.append(w.p(f"Member Services: {_VA_MS} or {_VA_LOCAL} (TTY {_VA_TTY}), Monday through Friday, 7:30 a.m. to "
                 "5:30 p.m."))


def t_b60_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [56.0, 62.0, 70.0])
    no_prov = _has(c, "notice.plan_provision")
    aud, aud_last, fac = c.extra["va_aud"]
    ent, ent_last = c.extra["va_ent"]
    disp, town, dph, quote_amt = c.extra["va_disp"]
    page, year = c.extra["va_brochure"]
    ref = c.extra["va_ref"]
    cell = c.extra["b60_cell"]
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    item = f"{w.svc(svc)} ({w.pick(['HCPCS ', ''])}{w.code('V5261')})"
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    sect = "Section 5(a), Hearing services (testing, treatment, and supplies)"
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente FEHB - {page}",
                         "Page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Federal Employees Health Benefits Program", f"Member Services {_VA_MS}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b60_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"{w.pick(['Member ID', 'Medical record number', 'Health record no.'])}: {w.mid()}    "
                 f"Reference: {ref}", space_before=8))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    if c.provider:
        intro = w.pick([f"{M('PROVIDER', c.provider)}, your ear, nose and throat doctor at {fac}, asked us to "
                        f"cover {item} for you.",
                        f"We reviewed a request from {M('PROVIDER', c.provider)} (Otolaryngology, {fac}) for {item}."])
    else:
        intro = w.pick([f"You asked us whether your plan will pay for {item}, which your audiologist, {aud}, "
                        f"recommended.",
                        f"You called Member Services and asked us to cover {item}."])
    if rec:
        intro += f" We received the request on {rec}."
    if dec:
        intro += f" We made a decision on {dec}."
    intro += w.pick([" We are sorry, but we cannot approve it.", " The request is denied."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0 and not no_prov:
        b.append(w.p(f"Your {year} FEHB brochure, {sect}, page {page}, says: \"{_va_quote(w)}\"", boxed=True,
                     indent=8, space_before=8))
    if variant == 1:
        head(w.pick(["Your hearing benefit", "What the plan covers for hearing"]))
        if not no_prov:
            child = "1 per ear every 36 months"
            adult = "Not covered" if c.extra["va_limit"] == "child" else "1 per ear every 36 months"
            kid = "Through age 17" if c.extra["va_limit"] == "child" else "Under age 18"
            rows = [["Benefit", f"{kid}", "Age 18 and older", "Brochure"],
                    ["Hearing test (audiometry)", "Covered, office copay", "Covered, office copay", f"page {page}"],
                    ["Hearing aids", child, adult, f"page {page}"]]
            b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
        rows = [["Your request", "Code", "Our decision"], [w.svc(svc), w.code("V5261"), "Not covered"]]
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 1.0))
    head(w.pick(["Why we made this decision", "The reason for our decision", "Why the hearing aids are not covered"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant != 0 and not no_prov:
        b.append(w.p(w.pick([f"See your {year} brochure, {sect}, on page {page}.",
                             f"This limit is in {sect} of the {year} FEHB brochure (page {page})."])))
    b.append(w.p(w.pick([
        f"Your hearing test (audiogram, CPT 92557) with {aud} at {fac} on "
        f"{_fd(w, c.extra['va_audiogram'], cell if variant == 1 else 'b60_fmt')} was "
        f"covered and paid. It is not part of this decision.",
        f"The audiogram done on {_fd(w, c.extra['va_audiogram'])} by {aud} (92557) was paid under your plan; this "
        f"letter is only about the hearing aids.",
    ])))
    ln = w.pick([
        f"We also reviewed the note from your visit with {ent} on {_fd(w, c.extra['va_ent_visit'])} and the price "
        f"quote of {_money(quote_amt)} from {disp} in {town} ({dph}).",
        f"{disp} ({town}, phone {dph}) sent a quote of {_money(quote_amt)} for the hearing aids. You may still buy "
        f"them there at your own cost.",
    ])
    if c.extra["va_limit"] == "child":
        ln += f" Our records also show a hearing aid purchase on {_fd(w, c.extra['va_prior'])} that the plan did not pay."
    b.append(w.p(ln))
    if c.reviewer:
        if c.reviewer["credentials"]:
            b.append(w.p(_who(w, w.pick(["Reviewed by ", "This decision was reviewed by "]), ".")))
        else:
            b.append(w.p(_who(w, "This decision was made by ") + f", {c.reviewer_title}."))
    if variant == 2:
        b.append(w.p(w.pick(["Your rights to ask us to reconsider, and to ask OPM for review, are on page 2."
                             if not _has(c, "notice.external_review") else
                             "Your right to ask us to reconsider is explained on page 2.",
                             "Please turn the page: page 2 explains what to do if you disagree."])))
        _sign(w, b, "Sincerely,", "FEHB Benefits Administration", "Kaiser Permanente Mid-Atlantic States")
        b.append(Block("pagebreak"))
        b.append(w.p(f"{c.member_name} - {ref} - page 2", size=st.size - 1.5, space_before=0))
        _va_rights(w, b, head)
    else:
        _va_rights(w, b, head)
        _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "FEHB Benefits Administration",
              "Kaiser Permanente Mid-Atlantic States")
    if c.provider:
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}, Otolaryngology", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language assistance: call {_VA_MS} (TTY {_VA_TTY}).",
                             f"We provide interpreters at no cost. Call {_VA_MS}."]), space_before=8))
    b += _taglines(w, "VA", _VA_MS, w.pick([None, "Language help"]))
    return b, st, ["va_brochure_quote", "va_benefit_table", "va_two_page_rights"][variant]


BLIND60_TEMPLATES["blind60_va_fehb_hearing_aids_not_covered"] = (t_b60_va, dict(
    plans=["fehb"], states=["VA"], kinds=["initial_denial"], cats=["not_covered"], reason=reason_b60_va))
MODELED_ON["blind60_va_fehb_hearing_aids_not_covered"] = (
    "blind60: Kaiser Permanente Mid-Atlantic States FEHB denial of bilateral hearing aids (V5261) for an adult "
    "because the brochure limits hearing aids to children or to one pair every 36 months; a letter quoting the "
    "brochure, a letter with a benefit table, or a two-page letter with the rights on page 2; reconsideration in 6 "
    "months, answer in 30 days, OPM review in 90 days, free copies, taglines")


# === 3. Northern California commercial HMO: urgent care claim after coverage ended ================================

_NC_MS = "1-800-464-4000"
_NC_CLINICS = [("Sugar Pine Urgent Care", "10990 Donner Pass Road", "Truckee, CA 96161"),
               ("Lakeshore Walk-In Clinic", "2130 Lake Tahoe Boulevard", "South Lake Tahoe, CA 96150"),
               ("Redwood Coast Urgent Care", "2850 Harris Street", "Eureka, CA 95503"),
               ("Mother Lode Express Care", "14540 Mono Way", "Sonora, CA 95370")]
_NC_VISIT = ["New patient office visit, level 4", "Office visit, new patient (moderate complexity)",
             "Urgent care visit, new patient"]
_NC_STREP = ["Rapid strep test", "Strep A antigen test (rapid)", "Rapid Group A strep screen"]
_NC_DX = [("Streptococcal pharyngitis", "J02.0"), ("Acute pharyngitis, unspecified", "J02.9")]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b60_nc"):
        return
    c.extra["b60_nc"] = True
    variant = c.extra["nc_variant"] = w.rng.randrange(3)  # 0 claim statement, 1 coverage box, 2 to the clinic
    _fmt(w, ("b60long", "b60apord", "b60theof"), ("b60capsdmy", "b60ymddot") if variant == 0 else
         ("b60long", "b60apord"), ("b60capsdmy", "b60mdyy"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "administrative"
    c.services = [dict(text=w.pick(_NC_VISIT), codes=["99204"], decision="denied",
                       billed=round(w.rng.uniform(265, 420), 2)),
                  dict(text=w.pick(_NC_STREP), codes=["87880"], decision="denied",
                       billed=round(w.rng.uniform(38, 85), 2))]
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_NC_DX)]]
    if w.chance(0.35):
        c.diagnoses.append(dict(text="Fever, unspecified", codes=["R50.9"]))
    clinic, street, city = w.pick(_NC_CLINICS)
    c.provider = clinic
    c.extra["nc_clinic"] = (clinic, street, city, f"94-{w.rng.randint(10**6, 10**7 - 1)}", _npi(w),
                            f"({w.pick(['530', '707', '209'])}) {w.rng.randint(231, 969)}-{w.rng.randint(0, 9999):04d}")
    dos = c.service
    c.extra["nc_end"] = dos - dt.timedelta(days=w.rng.randint(3, 40))
    c.extra["nc_start"] = dt.date(c.extra["nc_end"].year - w.rng.randint(1, 6), w.pick([1, 1, 7]), 1)
    c.extra["nc_cobra"] = c.extra["nc_end"] + dt.timedelta(days=60)
    c.extra["nc_prior"] = c.extra["nc_end"] - dt.timedelta(days=w.rng.randint(15, 120))
    c.extra["nc_auth"] = (f"{w.rng.randint(10**8, 10**9 - 1)}",
                          dos - dt.timedelta(days=w.rng.randint(0, min(2, (dos - c.extra["nc_end"]).days - 1))))
    c.extra["nc_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["nc_prior_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["nc_prior_paid"] = round(w.rng.uniform(92, 160), 2)
    c.extra["nc_group"] = f"{w.rng.randint(100, 999)}{w.rng.randint(100, 999)}-{w.rng.randint(10, 99)}"
    c.extra["nc_remark"] = w.pick(["E07", "EL2", "T41"])
    c.reviewer = None
    c.criteria = []
    _flags(c)


def reason_b60_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    employer = c.extra["employer"]
    end = _fd(w, c.extra["nc_end"])
    dos = _fd(w, c.service)
    if c.extra["nc_variant"] == 2:
        who_, their = "the patient", "the patient's"
    else:
        who_, their = "you", "your"
    out = w.pick([
        f"{their.capitalize()} Kaiser Permanente coverage through {employer} ended on {end}. The services on this "
        f"claim were provided on {dos}, after the coverage ended, so the plan cannot pay for them.",
        f"{employer} told us that {their} membership in its Kaiser Permanente group plan ended on {end}. On the date "
        f"of service, {dos}, {who_} {'was' if who_ == 'the patient' else 'were'} not enrolled in the plan. We pay "
        f"claims only for care received while coverage is in effect.",
    ])
    if _has(c, "process.retro_denial_of_authorized"):
        num, day = c.extra["nc_auth"]
        out += (f" An authorization (number {num}) was given for this visit on {_fd(w, day)}, when our records still "
                f"showed {their} coverage as active; {employer} reported the end of coverage to us after the visit.")
    return out


def _nc_rights(w: W, b: list[Block], head, to_clinic: bool) -> None:
    """California commercial payment denial: 180-day grievance, codes on request, DMHC statement, HCA, copies."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Northern California"])
    who_ = "The patient, or the clinic acting for the patient with written permission," if to_clinic else \
        "You, or someone you name to act for you,"
    head(w.pick(["If you disagree with this decision", "How to file a grievance (appeal)", "Your grievance rights"]))
    b.append(w.p(w.pick([
        f"{who_} may file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call "
        f"Member Services at {_NC_MS} (TTY 711), 24 hours a day, 7 days a week; file online at kp.org; or write to "
        f"{addr}. Send proof of coverage on the date of service if you have it.",
        f"To ask us to look at this claim again, file a grievance no later than {M('APPEAL_DAYS', c.appeal_phrase)} "
        f"after the date of this letter: by phone at {_NC_MS} (TTY 711), online at kp.org, in person at a Member "
        f"Services office, or by mail to {addr}. {who_} may file.",
    ])))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "You may ask us for the diagnosis and treatment codes on this claim and what they mean. They are free, "
            "and asking for them does not start a grievance.",
            "The diagnosis codes and treatment codes for this claim, with their meanings, are available free of "
            "charge on request. A request for codes is not a grievance.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your health plan at "
            f"{_NC_MS} (TTY 711) and use your health plan's grievance process before contacting the department. "
            "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
            "available to you. If you need help with a grievance involving an emergency, a grievance that has not "
            "been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more "
            "than 30 days, you may call the department for assistance. You may also be eligible for an Independent "
            "Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of "
            "medical decisions made by a health plan related to the medical necessity of a proposed service or "
            "treatment, coverage decisions for treatments that are experimental or investigational in nature and "
            "payment disputes for emergency or urgent medical services. The department also has a toll-free "
            "telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. "
            "The department's internet website www.dmhc.ca.gov has complaint forms, IMR application forms and "
            "instructions online.", bold=True, size=12.0))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Health Consumer Alliance can help you with your grievance for free. Call 1-888-804-3536.",
            "Free help: the Health Consumer Alliance (the Department of Managed Health Care's consumer assistance "
            "program), 1-888-804-3536.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents and records we used for this decision, including the "
        "enrollment information your employer sent us.",
        "Copies of the records related to this claim, including the eligibility records we used, are free if you "
        "ask for them.",
    ])))


def t_b60_nc(w: W):
    _nc_setup(w)
    c = w.c
    variant = c.extra["nc_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [50.0, 56.0, 62.0])
    clinic, street, city, tin, npi, cph = c.extra["nc_clinic"]
    claim, pclaim, group = c.extra["nc_claim"], c.extra["nc_prior_claim"], c.extra["nc_group"]
    employer = c.extra["employer"]
    amounts = not _has(c, "notice.claim_identification")
    cell = c.extra["b60_cell"]
    remark = c.extra["nc_remark"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dos = _dm(w, "DATE_SERVICE", c.service)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    total = _money(c.money["total"])
    end, cobra, start = c.extra["nc_end"], c.extra["nc_cobra"], c.extra["nc_start"]
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Northern California {page}",
                         "{page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Claims Administration - Northern California",
                          f"Member Services {_NC_MS} (TTY 711)"]))
    lines = [f"{w.svc(s)} ({w.pick(['CPT ', ''])}{w.code(s['codes'][0])})" for s in c.services]
    prior_ln = (f"An earlier claim from {clinic} (claim {pclaim}) for a visit on {_fd(w, c.extra['nc_prior'])} "
                f"(99213) was paid{' ' + _money(c.extra['nc_prior_paid']) if amounts else ''} because it was "
                f"before your coverage ended; it is not part of this decision.")
    if variant == 0:
        b.append(w.p(c.member_name, space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.h("CLAIM STATEMENT", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("Keep this statement with your records. It is not a bill.", align="center", space_before=0,
                     size=st.size - 0.5))
        b.append(Block("fields", rows=[["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b60_head"),
                                        "Claim no.:", claim],
                                       ["Member:", w.name(), "MRN:", w.mid()],
                                       ["Employer group:", f"{employer}", "Group no.:", group],
                                       ["Billed by:", prov, "Tax ID:", tin],
                                       ["Claim received:", rec or "-", "Processed:", dec or "-"]],
                       space_before=8, size=st.size - 0.5))
        head("Line items")
        hdr = ["Line", "Service date", "Service", "Code", "Billed", "Plan paid", "Remark"] if amounts else \
            ["Line", "Service date", "Service", "Code", "Status", "Remark"]
        rows = [hdr]
        for k, s in enumerate(c.services, 1):
            d = M("DATE_SERVICE", b60date(c.service, cell))
            if amounts:
                rows.append([str(k), d, w.svc(s), w.code(s["codes"][0]), _money(s["billed"]), "$0.00", remark])
            else:
                rows.append([str(k), d, w.svc(s), w.code(s["codes"][0]), "Denied", remark])
        if amounts:
            rows.append(["", "", "Total", "", total, "$0.00", ""])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        b.append(w.p(f"Remark {remark}: member not enrolled on the date of service. See below.", size=st.size - 1,
                     space_before=3))
        b.append(w.p("Diagnosis: " + dxs + ".", space_before=6))
        head("Why this claim was denied")
        b.append(w.p(M("REASON", w.reason)))
        head("Earlier claim (paid - not part of this decision)")
        orow = [["Service date", "Provider", "Service", "Code", "Status"] + (["Paid"] if amounts else [])]
        orow.append([b60date(c.extra["nc_prior"], cell), clinic, "Office visit, established patient", "99213",
                     "Paid"] + ([_money(c.extra["nc_prior_paid"])] if amounts else []))
        b.append(Block("table", rows=orow, space_before=4, size=st.size - 1.5))
        b.append(w.p(f"Coverage dates on file: {_fd(w, start, cell)} through {_fd(w, end, cell)}. COBRA election "
                     f"deadline reported by your employer: {_fd(w, cobra, cell)}.", size=st.size - 0.5))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b60_head"), space_before=10))
        if variant == 2:
            b.append(w.p(f"Billing Office, {prov}", space_before=10))
            b.append(w.p(f"{street}, {city}", space_before=0))
            b.append(w.p(f"Tax ID {tin}  |  NPI {npi}  |  Phone {cph}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "MRN:", w.mid()],
                                           ["Claim no.:", claim, "Date of service:", dos],
                                           ["Group:", f"{group} ({employer})", "", ""]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p("Dear Billing Office:", space_before=10))
            intro = f"We have processed your claim for {join_and(lines)}, provided to the patient named above on {dos}."
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"MRN: {w.mid()}    Claim: {claim}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            intro = w.pick([f"We received a claim from {prov} for care you received on {dos}: {join_and(lines)}.",
                            f"{prov} billed us for {join_and(lines)} on {dos}."])
        if rec:
            intro += f" The claim was received on {rec}."
        if dec:
            intro += f" It was processed on {dec}."
        if amounts:
            intro += f" The amount billed was {total}."
        intro += w.pick([" The claim has been denied.", " We are not able to pay this claim."])
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        if variant == 1:
            b.append(w.h(w.pick(["YOUR COVERAGE", "Your coverage"]), space_before=10, size=st.size + 1))
            b.append(Block("keyed", rows=[["Plan", f"Kaiser Permanente HMO through {employer}"],
                                          ["Group number", group],
                                          ["Coverage began", b60date(start, cell)],
                                          ["Coverage ended", b60date(end, cell)],
                                          ["Elect COBRA by", b60date(cobra, cell)]],
                           shade=True, side_w=0.3, space_before=4, size=st.size - 0.5))
        head(w.pick(["Why we denied this claim", "Reason for denial", "Why the claim was not paid"]))
        b.append(w.p(M("REASON", w.reason)))
        if amounts:
            b.append(w.p(w.pick([f"Billed {total}; plan payment $0.00.",
                                 f"Amount billed: {total}. Amount paid: $0.00. "
                                 + ("The clinic may bill the patient." if variant == 2 else
                                    "The clinic may bill you for this amount.")])))
        if variant == 2:
            b.append(w.p(prior_ln.replace("your coverage", "the patient's coverage")))
        else:
            b.append(w.p(prior_ln))
    if variant == 1:
        b.append(w.p(w.pick([
            f"If you elect continuation coverage (COBRA) through {employer} by {_fd(w, cobra)} and your employer "
            f"tells us, we will process this claim again.",
            f"Your employer's notice gives a COBRA election deadline of {_fd(w, cobra)}. If continuation coverage "
            f"is elected and reported to us, the claim will be reprocessed.",
        ])))
    if variant == 2:
        b.append(w.p(f"Coverage on file for the patient: {_fd(w, start)} through {_fd(w, end)}. If the patient elects "
                     f"continuation coverage (COBRA) through {employer} by {_fd(w, cobra)} and the employer reports "
                     f"it, we will reprocess this claim; please hold patient billing until then."))
    _nc_rights(w, b, head, variant == 2)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Claims Administration",
          "Kaiser Foundation Health Plan, Inc., Northern California Region")
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (member), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                     size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are available at no cost: {_NC_MS} (TTY 711).",
                             f"Free language help: call {_NC_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA", _NC_MS, w.pick([None, "Language assistance"]))
    return b, st, ["nca_claim_statement", "nca_your_coverage_box", "nca_to_clinic_cc_member"][variant]


BLIND60_TEMPLATES["blind60_nca_commercial_claim_coverage_terminated"] = (t_b60_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["payment_denial"], cats=["administrative"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b60_nc))
MODELED_ON["blind60_nca_commercial_claim_coverage_terminated"] = (
    "blind60: Kaiser Permanente Northern California commercial HMO payment denial of an urgent care clinic's claim "
    "(99204, rapid strep 87880) because the member's employer coverage ended before the date of service; a claim "
    "statement with line items and an earlier paid claim, a letter with a 'Your coverage' box, or a letter to the "
    "clinic's billing office copied to the member; 180-day grievance, codes on request, DMHC statement, Health "
    "Consumer Alliance, free copies, taglines")
