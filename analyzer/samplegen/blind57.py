"""Fifty-seventh blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND57_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind57_va_erisa_out_of_network_er_claim")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind57_scal_commercial_ivf_exclusion``: a Kaiser Permanente Southern California commercial HMO (plan_type
   ``commercial_hmo``, state CA) initial denial (``initial_denial``, category ``not_covered``) of in vitro
   fertilization: oocyte retrieval (CPT 58970) and embryo culture (CPT 89250), both excluded by the plan's Evidence
   of Coverage (assisted reproductive technology). Diagnosis N97.9, N97.1 or N97.0. The request comes from the
   member's reproductive endocrinologist on some letters (the requesting provider) and from the member herself on
   others (then ``requesting_provider`` is null and the endocrinologist is only the doctor who recommended IVF).
   Layouts: ``scal_eoc_quote_box`` (the EOC exclusion quoted in a ruled box), ``scal_services_table`` (a "Service /
   CPT code / Decision" table) and ``scal_two_page_cover`` (a cover page listing what the packet holds; the decision
   on page 2). California rights from the catalogue: a grievance within 180 days (Member Services 1-800-464-4000,
   TTY 711, the Southern California grievance address), urgent grievances decided within 72 hours, the DMHC
   statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov), the Health Consumer Alliance (1-888-804-3536),
   free copies, taglines in eleven languages. Distractors: the reproductive endocrinologist (when the member asked),
   the member's partner and the partner's semen analysis, the covered infertility work-up already paid (a
   hysterosalpingogram 74740, a pelvic ultrasound 76830, an AMH test 82166, semen analysis 89320) with its dates, the
   covered alternative (intrauterine insemination, 58322), the EOC section and page (never criteria), the
   reference number, the fertility clinic's phone.

   Which date is which: the letter date is the date line (on the two-page layout, the cover page's date line);
   received and decision dates are in the opening paragraph. The work-up and lab dates are past events;
   ``service`` is always null. Which name is the member: the addressee (the partner is named in the work-up and,
   on some letters, in the reason). Which reason is the reason: the paragraph under the reason heading. The truth
   counts 58970 and 89250 (never the work-up lines or 58322); ``criteria_cited`` is always empty.

2. ``blind57_md_medicaid_home_health_aide_reduction``: a Kaiser Permanente Mid-Atlantic States Maryland HealthChoice
   (plan_type ``medicaid``, state MD) notice (``termination_notice``, ``medical_necessity``, always standard) that
   home health aide visits (HCPCS G0156) drop from 5, 6 or 7 visits a week to 2 or 3 at the home health
   recertification. Layouts: ``md_old_new_table`` (a notice with an "Old / New" table of the service), ``md_to_
   representative`` (the letter goes to the member's authorized representative, the member on a "Member:" line) and
   ``md_hearing_form`` (a notice ending with a tear-off appeal and State Fair Hearing request form). Medicaid rights
   from the catalogue: an appeal within 60 days of the date of this notice, decided within 30 days, a fast appeal
   within 72 hours, continued benefits if the appeal is filed within 10 days of the notice or before the change
   takes effect (the member may have to pay for the visits if the appeal is lost), a State Fair Hearing after the
   plan's appeal decision (or when the plan does not decide in 30 days; the state's window is at least 90 days,
   the appeal decision gives the date), free copies including the criteria, Mid-Atlantic Member Services
   1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380, taglines. Distractors: the home health agency (its phone,
   NPI), the agency nurse who did the reassessment, the assessment date vs. the date the change takes effect, the
   caregiver (a relative), the ordering physician (requesting) vs. the physician reviewer, the plan-of-care period.

   Which date is which: the letter date is the date line; the received date (the agency's recertification request,
   on some letters only) and the decision date are in the opening paragraph. The assessment date, the effective
   date, the 10-day continuation deadline and the plan-of-care dates are other dates; ``service`` is always null.
   Which name is the member: the addressee, or the "Member:" line when the representative is addressed. The
   requesting provider is the physician who signed the plan of care. The truth counts the one G0156 line.

3. ``blind57_va_erisa_out_of_network_er_claim``: a Kaiser Permanente Mid-Atlantic States ERISA group plan (plan_type
   ``erisa_group``, state VA) payment denial (``payment_denial``, ``out_of_network``) of a non-Plan hospital's claim
   for an emergency department visit (CPT 99284) and a CT of the abdomen and pelvis with contrast (CPT 74177): the
   records show a non-urgent visit for pain already under work-up by the member's Kaiser Permanente doctor, whose
   CT was already scheduled at a Plan facility. Diagnosis R10.32, with N20.0 on some letters. Layouts:
   ``va_eob_table`` (an explanation of benefits: a claim table with billed, allowed, paid and owed amounts and a
   remark code, plus an "other claims" table with the PCP visit paid), ``va_why_denied_section`` (a letter with a
   "Why we denied this claim" section) and ``va_to_hospital_billing`` (the letter to the hospital's billing office,
   the member on a "Patient:" line, copied to the member). ERISA claim rights from the catalogue: an appeal within
   180 days of receiving the notice, decided within 60 days, free copies of the claim documents, diagnosis and
   treatment codes and their meanings free on request, the claim amount, external review within 4 months of the
   final internal decision (45 CFR 147.136), the right to sue under ERISA section 502(a), EBSA 1-866-444-3272,
   Member Services 1-800-777-7902 / (301) 468-6000, TTY (301) 879-6380, taglines. Distractors: the hospital's tax
   id, NPI and patient account number, the claim and group numbers, the date of service vs. the date the claim was
   received, the PCP and the PCP visit (99214, paid, outside the decision), the scheduled CT appointment at a Plan
   facility.

   Which date is which: the letter date is the date line (on the EOB, the "Statement date"); the claim received
   date and the processed (decision) date are in the claim summary or opening paragraph; the date of service is in
   the claim table or the opening. The PCP visit and the scheduled CT appointment are other events. Which name is
   the member: the addressee, or the "Patient:" line on the billing-office letter. The requesting provider is the
   hospital that billed the claim. The truth counts 99284 and 74177 (never 99214).

Refused for the emergency claim: ``process.emergency_prior_auth`` (the catalogue plants it only in a
no-prior-authorization denial; this claim is denied as out of network after a review of the hospital record). The
truth accepts the flag either way (``either``): the catalogue's detection fires on an out-of-network denial of
emergency-department care, where the prudent-layperson argument is the member's to make, while this letter's reason
judges the visit no emergency.

Dates use this set's own styles (``b57date``): "March 14, 2026", "Mar 14, 2026", "MAR-14-2026" (claim and table
cells), "03.14.26" (table cells and stamps) and "Saturday, March 14, 2026" (date lines); ``parse_blind57_date`` reads
them back. Refused: the generator refuses rule ids the catalogue does not apply to a template's plan, state, kind or
category.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND57_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b57date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b57long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b57monabbr":  # Mar 14, 2026 (three letters, no point: Sep 3, 2025; as a claims statement prints)
        return f"{_MON3[d.month - 1]} {d.day}, {d.year}"
    if style == "b57capsdash":  # MAR-14-2026 (a claims system's cell: month first in capitals, day padded)
        return f"{_MON3[d.month - 1].upper()}-{d.day:02d}-{d.year}"
    if style == "b57mdotyy":  # 03.14.26 (table cells and print stamps: padded, month first, two-digit year)
        return f"{d.month:02d}.{d.day:02d}.{d.year % 100:02d}"
    if style == "b57wkfull":  # Saturday, March 14, 2026 (a date line with its weekday)
        return f"{_WEEK[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("b57long", "b57monabbr", "b57capsdash", "b57mdotyy", "b57wkfull")


def parse_blind57_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b57date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(?:([A-Z][a-z]+), )?([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            if m[1]:
                if m[1] not in _WEEK or m[2] not in MONTHS:
                    return None
                d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
                return d if _WEEK[d.weekday()] == m[1] else None
            if m[2] in MONTHS:
                return dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            if m[2] in _MON3:
                return dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return None
        m = re.fullmatch(r"([A-Z]{3})-(\d{2})-(\d{4})", t)
        if m and m[1].title() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1].title()) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b57_fmt"] = w.pick(list(body))
    w.c.extra["b57_head"] = w.pick(list(head))
    w.c.extra["b57_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b57_fmt") -> str:
    if not day:
        return ""
    return b57date(day, w.c.extra[key] if key.startswith("b57_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b57_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(221, 978), w.rng.randint(0, 9999)
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
    c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO", "MD, FACOG"]
                                                                       if "Obstetrics and Gynecology" in specs
                                                                       else ["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "Español: Si necesita ayuda en español, un intérprete le atenderá sin costo. Llame al {ph}.",
    "zh": "中文：如需中文協助，我們可免費為您安排口譯員。請致電 {ph}。",
    "vi": "Tiếng Việt: Nếu cần trợ giúp bằng tiếng Việt, chúng tôi có thông dịch viên miễn phí. Hãy gọi {ph}.",
    "tl": "Tagalog: Kung kailangan ninyo ng tulong sa Tagalog, may tagapagsalin nang walang bayad. Tumawag sa {ph}.",
    "ko": "한국어: 한국어 도움이 필요하시면 무료 통역사를 제공해 드립니다. {ph}번으로 전화하십시오.",
    "hy": "Հայերեն. Եթե օգնության կարիք ունեք հայերենով, անվճար թարգմանիչ կտրամադրենք։ Զանգահարեք {ph}։",
    "fa": "فارسی: اگر به کمک به زبان فارسی نیاز دارید، مترجم رایگان در اختیار شماست. با {ph} تماس بگیرید.",
    "ru": "Русский: Если вам нужна помощь на русском языке, мы бесплатно предоставим переводчика. Звоните {ph}.",
    "ja": "日本語：日本語での対応が必要な場合は、無料で通訳をご用意します。{ph} にお電話ください。",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة باللغة العربية، نوفر لك مترجمًا فوريًا مجانًا. اتصل بالرقم {ph}.",
    "hmn": "Hmoob: Yog koj xav tau kev pab ua lus Hmoob, peb muaj neeg txhais lus pub dawb. Hu rau {ph}.",
    "am": "አማርኛ፦ በአማርኛ እርዳታ ከፈለጉ ነጻ አስተርጓሚ እናቀርባለን። {ph} ይደውሉ።",
    "fr": "Français : Si vous avez besoin d'aide en français, un interprète gratuit est à votre disposition. "
          "Appelez le {ph}.",
    "ur": "اردو: اگر آپ کو اردو میں مدد درکار ہے تو مفت ترجمان دستیاب ہے۔ {ph} پر کال کریں۔",
    "de": "Deutsch: Wenn Sie Hilfe auf Deutsch brauchen, stellen wir Ihnen kostenlos einen Dolmetscher. "
          "Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "hmn"],
    "MD": ["es", "ko", "zh", "vi", "fr", "am", "ru", "ar", "tl", "fa", "ur"],
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "fa", "ur", "tl", "ru", "fr", "de"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, keep_all: bool = False) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    if not keep_all:
        first, rest = langs[:3], langs[3:]
        w.rng.shuffle(rest)
        langs = first + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=8.5) if heading else Block("rule", space_before=8)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.0))
    return out


# === 1. Southern California commercial HMO: IVF excluded ===========================================================

_SC_MS = "1-800-464-4000"
_SC_AREAS = ["626", "714", "909", "951", "619", "323"]
_SC_RETR = ["Oocyte (egg) retrieval", "Egg retrieval by follicle aspiration",
            "Transvaginal oocyte retrieval for IVF"]
_SC_CULT = ["Embryo culture, less than 4 days", "Laboratory culture of eggs and embryos",
            "Embryo culture and fertilization (IVF laboratory)"]
_SC_DX = [("Female infertility, unspecified", "N97.9"), ("Female infertility of tubal origin", "N97.1"),
          ("Female infertility associated with anovulation", "N97.0")]
_SC_EOC_QUOTE = [
    "We do not cover assisted reproductive technology (ART) Services, such as in vitro fertilization (IVF), gamete "
    "intrafallopian transfer (GIFT) or zygote intrafallopian transfer (ZIFT), or Services to retrieve, prepare or "
    "store eggs, sperm or embryos.",
    "Not covered: in vitro fertilization and other assisted reproductive technologies, including egg retrieval, "
    "embryo culture, embryo transfer, and the collection, freezing or storage of eggs or embryos.",
]
_SC_FIRST = ["Ana", "Maria", "Grace", "Priya", "Fatima", "Olga", "Keisha", "Leilani", "Rosa", "Mei", "Nadia", "Teresa",
             "Lucia", "Hannah", "Beatriz", "Yesenia", "Naomi", "Marisol", "Esther", "Vanessa", "Lorena", "Soo-jin"]
_SC_WORKUP = [("Hysterosalpingogram", "74740"), ("Pelvic ultrasound, transvaginal", "76830"),
              ("Anti-Mullerian hormone (AMH) blood test", "82166")]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b57_sc"):
        return
    c.extra["b57_sc"] = True
    variant = c.extra["sc_variant"] = w.rng.randrange(3)  # 0 EOC quote box, 1 services table, 2 two-page cover
    _fmt(w, ("b57long", "b57monabbr"), ("b57wkfull", "b57long") if variant != 1 else ("b57long", "b57monabbr"),
         ("b57mdotyy", "b57capsdash"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.category = "not_covered"
    c.urgency = "standard"  # the letter never says the request was urgent (the first measure's truth drew it at random)
    parts = c.member_name.split()
    first = w.pick(_SC_FIRST)
    c.member_name = " ".join([first, *parts[1:]])  # the member is the patient who would have the egg retrieval
    c.member_salute = w.pick([c.member_name, first, f"Ms. {parts[-1]}"])
    c.services = [dict(text=w.pick(_SC_RETR), codes=["58970"], decision="denied"),
                  dict(text=w.pick(_SC_CULT), codes=["89250"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_SC_DX)]]
    c.service = None
    c.criteria = []
    fac = w.pick(facilities("CA", "Southern California"))
    rei, _, rei_last = person(w.rng, 0.15)
    c.extra["sc_rei"] = (w.pick([f"{rei}, MD", f"Dr. {rei}", f"{rei}, M.D."]), rei_last,
                         f"Reproductive Endocrinology and Infertility, {fac}", _phone(w, _SC_AREAS, 0))
    c.provider = c.extra["sc_rei"][0] if w.chance(0.55) else None
    gyn = person(w.rng, 0.1)[0]
    c.extra["sc_gyn"] = f"Dr. {gyn}"
    pfirst = person(w.rng, 0.0)[1]
    plast = c.member_name.split()[-1] if w.chance(0.5) else person(w.rng, 0.0)[2]
    c.extra["sc_partner"] = (f"{pfirst} {plast}", pfirst)
    base = c.received or c.letter
    days = sorted(w.rng.sample(range(20, 140), 4), reverse=True)
    c.extra["sc_consult"] = base - dt.timedelta(days=w.rng.randint(6, 18))
    c.extra["sc_workup"] = [(t, cd, base - dt.timedelta(days=k)) for (t, cd), k in zip(_SC_WORKUP, days[:3], strict=True)]
    c.extra["sc_semen"] = base - dt.timedelta(days=days[3])
    c.extra["sc_eoc"] = (w.pick(["Fertility Services", "Infertility Services"]), w.rng.randint(38, 71),
                         w.pick(_SC_EOC_QUOTE))
    c.reviewer = None
    r = w.rng.random()
    if r < 0.4:
        _md(w, ["Obstetrics and Gynecology", "Reproductive Endocrinology and Infertility"],
            ["Physician Reviewer", "Assistant Medical Director, Utilization Management", "Reviewing Physician"],
            _SC_AREAS, 0.6, 0.7)
    elif r < 0.7:
        _np_reviewer(w, ["Benefit Determination Coordinator", "Coverage Decisions Specialist"], [None])
    c.extra["sc_ref"] = f"{w.pick(['UM', 'BD'])}-{w.rng.randint(10**6, 10**7 - 1)}"
    _flags(c)


def reason_b57_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    rei_last = c.extra["sc_rei"][1]
    pfirst = c.extra["sc_partner"][1]
    if _bare(c):
        return w.pick(["In vitro fertilization is not a covered benefit.",
                       "The requested services are excluded from coverage under your plan."])
    return w.pick([
        f"Dr. {rei_last} recommended in vitro fertilization (IVF) after your infertility evaluation. Your plan "
        f"covers the diagnosis and treatment of infertility, but it does not cover assisted reproductive "
        f"technology. Egg retrieval and embryo culture are steps of an IVF cycle, which is assisted reproductive "
        f"technology, so they are not covered under your plan.",
        f"The two services requested are the egg retrieval and the laboratory embryo culture of an IVF cycle. Your "
        f"benefit plan includes infertility testing, ovulation medicines and insemination, and it excludes IVF. "
        f"Because both services are part of IVF, we cannot cover them, even though Dr. {rei_last} believes IVF is "
        f"the best next step for you and {pfirst}.",
        f"IVF is excluded from your coverage. Your infertility benefit pays for testing and for treatment such as "
        f"ovulation induction and intrauterine insemination; it does not pay for any step of in vitro "
        f"fertilization. The egg retrieval and embryo culture that Dr. {rei_last} asked about are both steps of "
        f"IVF.",
    ])


def _sc_rights(w: W, b: list[Block], head) -> None:
    """California commercial: grievance in 180 days, 72-hour urgent review, DMHC statement, consumer help, copies."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Southern California"])
    head(w.pick(["If you disagree with this decision", "Your right to file a grievance (appeal)",
                 "How to ask us to review this decision"]))
    b.append(w.p(w.pick([
        f"You, someone you name to act for you, or your doctor may file a grievance (appeal). File it within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this letter. Call Member Services at {_SC_MS} "
        f"(TTY 711), 24 hours a day, file online at kp.org, or write to {addr}. You may also file in person at the "
        f"Member Services office of any Kaiser Permanente medical center.",
        f"To appeal, send us a grievance no later than {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this "
        f"letter: by mail to {addr}; online at kp.org; by phone at {_SC_MS} (TTY 711); or at a Member Services "
        f"office. Tell us why you think the services should be covered and include any documents you want us to "
        f"consider.",
    ])))
    b.append(w.p(w.pick([
        "If waiting could seriously harm your health, ask for an urgent (expedited) review. We will decide within "
        "72 hours, and you may contact the Department of Managed Health Care right away without waiting for our "
        "decision.",
        "Urgent cases: when your health is in serious danger, we will review your grievance within 72 hours. In "
        "that case you do not have to finish our grievance process before you contact the Department of Managed "
        "Health Care.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your health plan at "
            f"{_SC_MS} (TTY 711) and use your health plan's grievance process before contacting the department. "
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
            "Free help with your grievance is available from the Health Consumer Alliance, the Department of "
            "Managed Health Care's Consumer Assistance Program: 1-888-804-3536.",
            "For free help filing a grievance, call the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    b.append(w.p(w.pick([
        "You can ask for free copies of the Evidence of Coverage pages and of all documents we used to make this "
        "decision." if not _has(c, "notice.plan_provision") else
        "You can ask for free copies of all documents we used to make this decision.",
        "Copies of the documents and records related to this decision are free if you ask for them.",
    ])))


def t_b57_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = c.extra["sc_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 62.0, 68.0])
    c.extra["sc_size"] = st.size
    ref = c.extra["sc_ref"]
    rei, rei_last, dept, rei_ph = c.extra["sc_rei"]
    partner, pfirst = c.extra["sc_partner"]
    sect, page, quote = c.extra["sc_eoc"]
    no_prov = _has(c, "notice.plan_provision")
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    items = join_and([f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    year = c.letter.year
    st.footer = [w.pick([f"Ref. {ref} | Page {{page}} of {{pages}}", "Kaiser Permanente Southern California - {page}",
                         "Page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Utilization Management - Benefit Determinations",
                          f"Member Services {_SC_MS} (TTY 711)"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b57_head"), space_before=10))
    b.append(w.p(w.name(), space_before=10))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(w.p(f"{w.pick(['Medical record number', 'MRN', 'Health/medical record number'])}: {w.mid()}    "
                 f"Reference: {ref}", space_before=8))
    if variant == 2:
        b.append(w.h("Important information about your request for coverage", space_before=14, size=st.size + 2))
        b.append(w.p(w.pick([
            "This letter is about a coverage decision. Please read all pages. Our decision and the reasons for it "
            "are on page 2.",
            "We have made a decision about a request for coverage. The decision is explained on page 2; your rights "
            "follow it.",
        ])))
        b.append(w.p("This packet contains:", space_before=8, bold=True))
        for x in ["Page 2: our decision and the reason for it",
                  "Your right to file a grievance and to contact the Department of Managed Health Care"
                  if not _has(c, "notice.dmhc_statement") else "Your right to file a grievance",
                  "Help in your language" if not _has(c, "notice.language_assistance") else "Who to call with "
                  "questions"]:
            b.append(w.p("-  " + x, indent=12, space_before=1))
        b.append(w.p(f"Questions? Call Member Services at {_SC_MS} (TTY 711), 24 hours a day, 7 days a week "
                     f"(closed holidays).", space_before=10))
        b.append(Block("pagebreak"))
        b.append(w.p(f"{c.member_name} - {ref} - page 2", size=st.size - 1.5, space_before=0))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    if c.provider:
        intro = w.pick([f"{M('PROVIDER', c.provider)}, {dept}, asked us to cover {items} for you.",
                        f"We reviewed a request from {M('PROVIDER', c.provider)} of {dept} to cover {items}."])
    else:
        intro = w.pick([f"You asked us to cover {items}. {rei}, your reproductive endocrinologist at {dept}, "
                        f"recommended these services.",
                        f"You called Member Services to ask whether your plan covers {items}, which {rei} "
                        f"recommended, and asked for a written decision."])
    if rec:
        intro += f" We received the request on {rec}."
    if dec:
        intro += f" We made our decision on {dec}."
    intro += w.pick([" We are not able to cover these services.", " Your request is denied."])
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        if no_prov:
            box = f"DECISION: Not covered - {items}."
        else:
            box = (f"Your {year} Evidence of Coverage, \"{sect}\" (page {page}), says: \"{quote}\"")
        b.append(w.p(box, boxed=True, indent=6, space_before=8))
    if variant == 1:
        head(w.pick(["Services reviewed", "What was requested and our decision"]))
        rows = [["Service", "CPT code", "Decision"]]
        for s in c.services:
            rows.append([w.svc(s), w.code(s["codes"][0]), "Not covered"])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
    head(w.pick(["Why we denied your request", "The reason for our decision", "Why these services are not covered"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant != 0 and not no_prov:
        b.append(w.p(w.pick([
            f"This decision is based on your {year} Evidence of Coverage, \"{sect}\" exclusions, page {page}.",
            f"See the \"{sect}\" section of your {year} Evidence of Coverage (page {page}), which lists IVF among the "
            f"services that are not covered.",
        ])))
    wk = c.extra["sc_workup"]
    cell = c.extra["b57_cell"]
    b.append(w.p(w.pick([
        f"This decision does not change the coverage of the infertility evaluation you already had. These services "
        f"were covered: your consultation with Dr. {rei_last} on {_fd(w, c.extra['sc_consult'])}; "
        + "; ".join(f"{t} ({cd}) on {_fd(w, d)}" for t, cd, d in wk)
        + f"; and semen analysis (89320) for your partner, {partner}, on {_fd(w, c.extra['sc_semen'])}.",
        "Your infertility work-up was covered and is not part of this decision: "
        + ", ".join(f"{t} {cd} ({b57date(d, cell)})" for t, cd, d in wk)
        + f", and the semen analysis 89320 for {partner} ({b57date(c.extra['sc_semen'], cell)}).",
    ])))
    b.append(w.p(w.pick([
        "Your infertility benefit still covers treatment such as ovulation-inducing medicines and intrauterine "
        f"insemination (CPT 58322). {c.extra['sc_gyn']}, your gynecologist, or {dept} ({rei_ph}) can talk with you "
        "about these options.",
        f"Covered options you can discuss with Dr. {rei_last} ({rei_ph}) include intrauterine insemination (58322) "
        "with ovulation induction, at the cost share your plan lists for infertility services.",
    ])))
    if c.reviewer:
        if c.reviewer["credentials"]:
            ln = _who(w, w.pick(["This decision was made by ", "Reviewed and decided by "]), ".")
            if c.reviewer["phone"]:
                ln += f" Your doctor may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        else:
            ln = _who(w, "This decision was made by ") + f", {c.reviewer_title}."
        b.append(w.p(ln))
    _sc_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Benefit Determinations Unit",
          "Kaiser Foundation Health Plan, Inc., Southern California Region")
    cc = c.provider and M("PROVIDER", c.provider) or rei
    b.append(w.p(f"cc: {cc}, {dept}; {c.extra['sc_gyn']}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call {_SC_MS} (TTY 711).",
                             f"Free language help and other formats: {_SC_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA", _SC_MS, w.pick([None, "Language assistance / Asistencia de idiomas"]), keep_all=True)
    return b, st, ["scal_eoc_quote_box", "scal_services_table", "scal_two_page_cover"][variant]


BLIND57_TEMPLATES["blind57_scal_commercial_ivf_exclusion"] = (t_b57_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["not_covered"], reason=reason_b57_sc))
MODELED_ON["blind57_scal_commercial_ivf_exclusion"] = (
    "blind57: Kaiser Permanente Southern California commercial HMO denial of in vitro fertilization (egg retrieval "
    "58970, embryo culture 89250) as excluded by the Evidence of Coverage; a letter quoting the exclusion in a box, "
    "a letter with a services table, or a two-page letter with the decision on page 2; 180-day grievance, 72-hour "
    "urgent review, DMHC statement, Health Consumer Alliance, free copies, taglines")


# === 2. Maryland HealthChoice: home health aide visits reduced =====================================================

_MD_MS, _MD_LOCAL, _MD_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_MD_AREAS = ["301", "240", "410", "443"]
_MD_HHA = ["Home health aide visits", "Home health aide services (personal care in your home)",
           "Certified home health aide visits"]
_MD_DX = [("Hemiplegia following cerebral infarction affecting right dominant side", "I69.351"),
          ("Parkinson's disease", "G20"), ("Muscle weakness (generalized)", "M62.81"),
          ("Presence of left artificial hip joint", "Z96.642")]
_MD_AGENCIES = [("Chesapeake Home Health Services", "Columbia, MD 21046"),
                ("Patuxent Valley Home Care", "Laurel, MD 20707"),
                ("Severn River Home Health Agency", "Annapolis, MD 21401"),
                ("Catoctin Visiting Nurses", "Frederick, MD 21701")]
_MD_CRIT = ["Kaiser Permanente Mid-Atlantic States Home Health Services Medical Necessity Guideline",
            "MCG Home Care Guidelines: Home Health Aide Services",
            "KP Mid-Atlantic Utilization Management Criteria for Home Health Aide Visits"]


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b57_md"):
        return
    c.extra["b57_md"] = True
    c.extra["md_variant"] = w.rng.randrange(3)  # 0 old/new table, 1 to representative, 2 hearing form
    _fmt(w, ("b57long", "b57monabbr"), ("b57long", "b57wkfull"), ("b57mdotyy", "b57capsdash"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    c.category = "medical_necessity"
    c.urgency = "standard"  # a planned change at recertification, never an urgent review
    if c.received and w.chance(0.35):
        c.received = None  # the plan reviewed the visits at recertification without a new request
    c.services = [dict(text=w.pick(_MD_HHA), codes=["G0156"], decision="denied")]
    k = w.pick([1, 1, 2])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in w.rng.sample(_MD_DX[:2], 1) + w.rng.sample(_MD_DX[2:], k - 1)]
    c.service = None
    old = w.pick([5, 5, 6, 7])
    c.extra["md_old_new"] = (old, w.pick([2, 3]) if old < 7 else 3, w.pick([2, 2.5, 3]))
    c.extra["md_effective"] = c.letter + dt.timedelta(days=w.rng.randint(12, 16))
    base = c.received or c.letter
    c.extra["md_assess"] = base - dt.timedelta(days=w.rng.randint(3, 12))
    c.extra["md_poc"] = c.extra["md_effective"] - dt.timedelta(days=w.rng.randint(30, 50))
    ag, city = w.pick(_MD_AGENCIES)
    c.extra["md_agency"] = (ag, f"{w.rng.randint(100, 9800)} {w.pick(['Snowden River Pkwy', 'Main Street', 'Riva Road', 'Baltimore Pike'])}",
                            city, _phone(w, _MD_AREAS, 0), _npi(w))
    c.extra["md_nurse"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", RN, BSN"])
    first, last = c.member_name.split()[0], c.member_name.split()[-1]
    kin = w.pick(["daughter", "son", "niece", "husband", "wife"])
    kfirst = first
    while kfirst == first:
        kfirst = person(w.rng, 0.0)[1]
    c.extra["md_kin"] = (f"{kfirst} {last}", kfirst, kin)
    name, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["md_prov_last"] = plast
    c.criteria = [] if _has(c, "notice.criteria_cited") or _bare(c) else [w.pick(_MD_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Home Health Utilization Review Nurse", "Care Coordinator, Home and Community Services"],
                     ["RN", "RN, CCM"])
    else:
        _md(w, ["Internal Medicine", "Geriatric Medicine", "Physical Medicine and Rehabilitation"],
            ["Physician Reviewer", "Associate Medical Director, Medicaid", "Medical Director, Utilization Management"],
            _MD_AREAS, 0.55, 0.75)
    c.extra["md_ref"] = f"HC-{w.rng.randint(10**5, 10**6 - 1)}-{w.pick(['HH', 'HA'])}"
    _flags(c)


def reason_b57_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    old, new, hrs = c.extra["md_old_new"]
    kin, kfirst, rel = c.extra["md_kin"]
    nurse = c.extra["md_nurse"]
    assess = _fd(w, c.extra["md_assess"])
    if _bare(c):
        return w.pick([f"{old} home health aide visits a week are no longer medically necessary.",
                       "The current number of aide visits does not meet medical necessity criteria."])
    if c.extra["md_variant"] == 1:  # written to the representative: the member is named
        first = c.member_name.split()[0]
        you, were, your, has = first, "was", f"{first}'s", "has"
        with_ = f"As {first}'s {rel}, you are with {first}"
    else:
        you, were, your, has = "you", "were", "your", "have"
        with_ = f"Your {rel}, {kfirst}, is with you"
    return w.pick([
        f"A home health aide is covered for hands-on personal care that a member cannot do safely without help. "
        f"When {nurse} visited on {assess}, {you} {were} bathing with a shower chair and grab bars with someone "
        f"standing by, dressing the upper body without help, and walking in the home with a walker. The hands-on "
        f"help still needed with bathing, lower-body dressing and skin care takes about {hrs:g} hours and is needed "
        f"{new} times a week. Help with meals, laundry and cleaning is not home health aide care. For these reasons "
        f"{old} visits a week are no longer medically necessary; {new} visits a week are.",
        f"The reassessment on {assess} shows that {you} {has} gained strength since the plan of care began: "
        f"transfers from bed to chair need only standby help and the walker is used safely in the home. "
        f"{with_} in the evenings and on weekends. The personal care {you} still {'need' if you == 'you' else 'needs'} "
        f"can be given in {new} aide visits a week, so the other {old - new} visits a week in {your} plan of care "
        f"are not medically necessary.",
    ])


def _md_rights(w: W, b: list[Block], head, rep: bool) -> None:
    """Medicaid: 60-day appeal, 30-day answer, 72-hour fast appeal, continued benefits, fair hearing, copies."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    you = "you or the member" if rep else "you"
    eff = _fd(w, c.extra["md_effective"])
    old = c.extra["md_old_new"][0]
    head(w.pick(["Your right to appeal", "If you do not agree with this decision", "How to appeal"]))
    b.append(w.p(w.pick([
        f"{you.capitalize()} may ask us for an appeal. We must receive it within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice. Call Member Services at {_MD_MS} or "
        f"{_MD_LOCAL} (TTY {_MD_TTY}), or write to {addr}. A doctor or another person may appeal for the member "
        f"with written permission. We will decide within 30 days.",
        f"To appeal, call {_MD_MS} / {_MD_LOCAL} (TTY {_MD_TTY}) or send a letter to {addr} no later than "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. You can send records or a letter "
        f"from the doctor. We answer appeals within 30 days.",
    ])))
    if not _has(c, "notice.continuation_of_benefits"):
        b.append(w.p(w.pick([
            f"Keeping your visits during the appeal: if you appeal within 10 days of the date on this notice, or "
            f"before {eff} when the change takes effect, and ask to keep your services, your aide visits will stay "
            f"at {old} a week until the appeal is decided. If the appeal is denied, you may have to pay for the "
            f"extra visits you received while it was pending.",
            f"You can keep getting {old} visits a week while your appeal is decided. To do this, appeal within 10 "
            f"days of the date on this notice or before the change starts on {eff}, and tell us you want your "
            f"services to continue. If we or the hearing officer decide against you, you may be asked to pay for "
            f"those visits.",
        ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously harm your health, ask for a fast (expedited) appeal. We will decide "
            "within 72 hours.",
            "Fast appeals: when the doctor says a standard appeal could put your health at serious risk, we decide "
            "within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we do not change our decision, or do not decide your appeal within 30 days, you may ask for a State "
            "Fair Hearing with the Maryland Medicaid program. Our appeal decision letter will tell you how and by "
            "when to ask; the state gives at least 90 days.",
            "State Fair Hearing: after our appeal decision, you may ask the State for a hearing before an "
            "administrative law judge. The deadline (at least 90 days) and how to ask will be in our appeal "
            "decision. If we take longer than 30 days to decide your appeal, you may ask for the hearing then.",
        ])))
    b.append(w.p(w.pick([
        "You may have free copies of your case file, the medical records and the criteria we used.",
        "Free of charge, you may see and copy all documents, records and criteria used for this decision.",
    ])))


def t_b57_md(w: W):
    _md_setup(w)
    c = w.c
    variant = c.extra["md_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    ref = c.extra["md_ref"]
    ag, street, city, aph, anpi = c.extra["md_agency"]
    nurse = c.extra["md_nurse"]
    kin, kfirst, rel = c.extra["md_kin"]
    old, new, hrs = c.extra["md_old_new"]
    eff, assess, poc = c.extra["md_effective"], c.extra["md_assess"], c.extra["md_poc"]
    cell = c.extra["b57_cell"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rep = variant == 1
    st.footer = [w.pick([f"HealthChoice notice {ref} | page {{page}} of {{pages}}",
                         "Kaiser Permanente HealthChoice - {page}", f"{ref} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Maryland HealthChoice (Medicaid)"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          w.pick(facilities("MD", "Mid-Atlantic States")), f"Member Services {_MD_MS}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF CHANGE IN YOUR HOME HEALTH SERVICES", align="center", space_before=10,
                     size=st.size + 1.5))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b57_head"), space_before=10))
    if rep:
        b.append(w.p(kin, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Your role:", "Authorized representative", "Notice number:", ref]],
                       space_before=8, size=st.size - 0.4))
        b.append(w.p(f"Dear {w.pick([kin, 'Authorized Representative'])}:", space_before=10))
        lead = f"We are writing to you as the authorized representative for {c.member_name.split()[0]}. "
        whose = f"{c.member_name.split()[0]}'s"
    else:
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member ID: {w.mid()}    Notice number: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        lead = ""
        whose = "your"
    svc_code = f"{w.svc(svc)} ({w.pick(['HCPCS ', ''])}{w.code('G0156')})"
    intro = lead + w.pick([
        f"We reviewed {whose} {svc_code} at the end of the current plan of care, which {prov} signed.",
        f"{prov} ordered {svc_code} from {ag}; we reviewed the order for the next certification period.",
    ])
    if rec:
        intro += f" We received the agency's recertification request on {rec}."
    if dec:
        intro += f" We made our decision on {dec}."
    intro += (f" Starting {_fd(w, eff)}, {whose} aide visits will go from {old} visits a week to {new} visits a week.")
    b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 0:
        head("Your service: old and new")
        rows = [["Service", "Code", "Old (now)", "New (starting " + b57date(eff, cell) + ")"],
                [w.svc(svc), w.code("G0156"), f"{old} visits/week", f"{new} visits/week"]]
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.0))
        b.append(w.p(f"Plan of care period began {b57date(poc, cell)}. Visits are up to {hrs:g} hours each.",
                     size=st.size - 1, space_before=2))
    head(w.pick(["Why we are making this change", "The reason for this decision", "Reason"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"The reassessment was done at home on {_fd(w, assess)} by {nurse} of {ag} ({aph}). {kin}, {whose} {rel}"
        f", was present." if not rep else
        f"The reassessment was done at home on {_fd(w, assess)} by {nurse} of {ag} ({aph}), with you present.",
        f"We reviewed the OASIS reassessment of {_fd(w, assess)} completed by {nurse}, the plan of care from "
        f"{prov}, and the aide visit notes from {ag}.",
    ])))
    if c.criteria:
        b.append(w.p(w.pick(["We used the ", "Criteria applied: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        ln = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if not c.reviewer["credentials"] or not re.search(r"M\.?D|D\.?O", c.reviewer["credentials"]):
            ln = _who(w, "Reviewed by ") + f", {c.reviewer_title}."
        if c.reviewer["phone"]:
            ln += f" {c.provider.split(',')[0] if not c.provider.startswith('Dr.') else c.provider} may call the " \
                  f"reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"{ag} will call to set the new visit days. Agency: {street}, {city}; phone {aph}; NPI {anpi}.",
        f"Your home health agency is {ag}, {street}, {city} (phone {aph}). It will plan the new schedule with you.",
    ])))
    _md_rights(w, b, head, rep)
    b.append(w.p(w.pick([f"Questions: Member Services {_MD_MS} or {_MD_LOCAL}, TTY {_MD_TTY}.",
                         f"Call us at {_MD_MS} ({_MD_LOCAL} locally; TTY {_MD_TTY}) with questions."])))
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Utilization Management, Home and Community Services",
          "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(f"cc: {prov}; {ag}" + (f"; {c.member_name}" if rep else ""), space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreters and large print: {_MD_MS}, TTY {_MD_TTY}.",
                             f"You can get this notice in other languages or formats at no cost. Call {_MD_MS}."]),
                     space_before=8))
    b += _taglines(w, "MD", _MD_MS, w.pick([None, "Help in your language"]))
    if variant == 2:
        hearing = not _has(c, "notice.external_review")
        b.append(Block("rule", space_before=12))
        b.append(w.p("- - - - - - - - - - - - detach and mail this page - - - - - - - - - - - -", align="center",
                     size=7.5, space_before=2))
        b.append(w.h("APPEAL AND STATE FAIR HEARING REQUEST" if hearing else "APPEAL REQUEST", align="center",
                     space_before=6, size=st.size + 1))
        rows = [["Member name:", w.name(), "Member ID:", w.mid()],
                ["Notice number:", ref, "Service:", "Home health aide (G0156)"],
                ["[ ] Appeal to Kaiser Permanente (this comes first)", "", "", ""]]
        if not _has(c, "notice.continuation_of_benefits"):
            rows.append(["[ ] Keep my visits the same during the appeal (ask within 10 days)", "", "", ""])
        if not _has(c, "notice.expedited_review"):
            rows.append(["[ ] Fast appeal: waiting could seriously harm my health", "", "", ""])
        if hearing:
            rows.append(["[ ] State Fair Hearing (after the appeal decision)", "", "", ""])
        rows += [["Why do you disagree?", "", "", ""], ["", "", "", ""],
                 ["Signature:", "", "Date:", ""], ["Phone:", "", "Representative (if any):", ""]]
        b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.5))
        b.append(w.p(f"Mail to {', '.join(GRIEVANCE_ADDR['Mid-Atlantic States'])}.", size=st.size - 1))
    return b, st, ["md_old_new_table", "md_to_representative", "md_hearing_form"][variant]


BLIND57_TEMPLATES["blind57_md_medicaid_home_health_aide_reduction"] = (t_b57_md, dict(
    plans=["medicaid"], states=["MD"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b57_md))
MODELED_ON["blind57_md_medicaid_home_health_aide_reduction"] = (
    "blind57: Kaiser Permanente Mid-Atlantic States Maryland HealthChoice notice reducing home health aide visits "
    "(G0156) from 5-7 to 2-3 a week after a nurse's reassessment; a notice with an old/new table, a letter to the "
    "authorized representative, or a notice ending with an appeal and State Fair Hearing request form; 60-day "
    "appeal, 30-day answer, 72-hour fast appeal, continued benefits within 10 days, State Fair Hearing, free copies, "
    "taglines")


# === 3. Virginia ERISA group plan: out-of-network emergency department claim =======================================

_VA_MS, _VA_LOCAL, _VA_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_VA_AREAS = ["703", "571", "540"]
_VA_HOSP = [("Piedmont Valley Medical Center", "1200 Sperryville Pike", "Culpeper, VA 22701"),
            ("Blue Ridge Community Hospital", "630 Royal Avenue", "Front Royal, VA 22630"),
            ("Occoquan Regional Medical Center", "2300 Opitz Boulevard", "Woodbridge, VA 22191"),
            ("Loudoun Valley General Hospital", "44045 Riverside Parkway", "Lansdowne, VA 20176")]
_VA_ED = ["Emergency department visit, level 4", "Emergency room visit (moderate complexity)",
          "ED evaluation and management, level 4"]
_VA_CT = ["CT abdomen and pelvis with contrast", "CT scan of abdomen and pelvis, with IV contrast",
          "Computed tomography, abdomen/pelvis w/ contrast"]
_VA_DX = [("Left lower quadrant pain", "R10.32"), ("Calculus of kidney", "N20.0")]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b57_va"):
        return
    c.extra["b57_va"] = True
    variant = c.extra["va_variant"] = w.rng.randrange(3)  # 0 EOB table, 1 why-denied letter, 2 to the hospital
    _fmt(w, ("b57long", "b57monabbr"), ("b57long", "b57wkfull") if variant else ("b57capsdash", "b57monabbr"),
         ("b57mdotyy", "b57capsdash"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.category = "out_of_network"
    c.urgency = "standard"  # a claim for care already given is never an urgent review
    c.services = [dict(text=w.pick(_VA_ED), codes=["99284"], decision="denied",
                       billed=round(w.rng.uniform(1150, 1980), 2)),
                  dict(text=w.pick(_VA_CT), codes=["74177"], decision="denied",
                       billed=round(w.rng.uniform(2600, 4900), 2))]
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in (_VA_DX if w.chance(0.4) else _VA_DX[:1])]
    hosp, street, city = w.pick(_VA_HOSP)
    c.provider = hosp
    c.extra["va_hosp"] = (hosp, street, city, f"54-{w.rng.randint(10**6, 10**7 - 1)}", _npi(w),
                          f"{w.pick(['A', 'V', 'E'])}{w.rng.randint(10**7, 10**8 - 1)}", _phone(w, _VA_AREAS, 0))
    pcp, _, pcp_last = person(w.rng, 0.15)
    c.extra["va_pcp"] = (w.pick([f"Dr. {pcp}", f"{pcp}, MD"]), pcp_last, w.pick(facilities("VA", "Mid-Atlantic States")))
    svc_day = c.service
    c.extra["va_pcp_visit"] = svc_day - dt.timedelta(days=w.rng.randint(9, 24))
    c.extra["va_ct_appt"] = svc_day + dt.timedelta(days=w.rng.randint(3, 9))
    c.extra["va_copay"] = w.pick([20.0, 25.0, 30.0, 40.0])
    c.extra["va_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["va_pcp_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["va_group"] = f"{w.rng.randint(100, 999)}{w.rng.randint(1000, 9999)}"
    c.extra["va_pain_days"] = w.rng.randint(9, 20)
    c.reviewer = None
    if w.chance(0.45):
        _md(w, ["Emergency Medicine", "Internal Medicine"],
            ["Claims Medical Reviewer", "Physician Advisor, Claims Review"], _VA_AREAS, 0.3, 0.8)
    c.criteria = []
    _flags(c)
    # the catalogue's detection fires on an out-of-network denial of emergency-department care (the prudent-layperson
    # argument is the member's to make), though this letter's reason judges the visit no emergency: either reading holds
    c.either = [*c.either, "process.emergency_prior_auth"]


def reason_b57_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    hosp = c.extra["va_hosp"][0]
    pcp_last = c.extra["va_pcp"][1]
    days = c.extra["va_pain_days"]
    if c.extra["va_variant"] == 2:  # written to the hospital's billing office
        pl, you, your, had = "The member's plan", "the patient", "the patient's", "the patient had"
    else:
        pl, you, your, had = "Your plan", "you", "your", "you had"
    return w.pick([
        f"{hosp} is not a Kaiser Permanente Plan provider. {pl} pays for care from non-Plan providers only for "
        f"emergency services or when we authorize it in advance. The hospital records show {you} came in for "
        f"left-sided abdominal pain {had} had for {days} days, the vital signs were normal, and {you} went home "
        f"without treatment. Dr. {pcp_last} had already ordered a CT scan for this pain at a Plan facility. The "
        f"visit was not for an emergency medical condition and was not authorized, so the claim is not covered.",
        f"The services were provided by a non-Plan hospital and were not authorized. The emergency room notes "
        f"describe stable abdominal pain that had been present for {days} days and was already being evaluated by "
        f"{your} Kaiser Permanente doctor, with a CT scheduled at a Plan facility. A non-Plan emergency visit is "
        f"covered when symptoms would lead a reasonable person to believe they needed immediate care; the records "
        f"do not show such symptoms, so the visit and the CT are not covered out of network.",
    ])


def _va_rights(w: W, b: list[Block], head, to_hospital: bool) -> None:
    """ERISA claims: 180-day appeal, 60-day answer, copies, codes, external review, 502(a), EBSA (catalogue)."""
    c = w.c
    addr = ", ".join(GRIEVANCE_ADDR["Mid-Atlantic States"])
    who_ = "The member, or the hospital acting as the member's authorized representative," if to_hospital else \
        "You or your authorized representative"
    head(w.pick(["Your right to appeal", "Appeal rights under ERISA", "If you disagree with this decision"]))
    b.append(w.p(w.pick([
        f"{who_} may appeal this decision in writing within {M('APPEAL_DAYS', c.appeal_phrase)} after receiving "
        f"this notice. Send the appeal to {addr}. Include the claim number, the reasons you disagree and any "
        f"records. We will decide the appeal within 60 days of receiving it.",
        f"To appeal, write to {addr} no later than {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this "
        f"notice. {who_} may file, and may send written comments, records and other information. Post-service "
        f"appeals are decided within 60 days.",
    ])))
    b.append(w.p(w.pick([
        "On request and free of charge, you may have copies of all documents, records and other information "
        "relevant to this claim.",
        "You have the right to see and get free copies of the documents and records relevant to your claim.",
    ])))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "The diagnosis and treatment codes for this claim, and what they mean, are available free of charge on "
            "request. Asking for them is not an appeal.",
            "You may ask for the diagnosis codes and treatment codes on this claim and their meanings at no cost; "
            "such a request does not start an appeal.",
        ])))
    b.append(w.p(w.pick([
        "If our appeal decision still denies the claim, you may ask for external review by an independent review "
        "organization within 4 months after you receive our final internal decision (45 CFR 147.136). External "
        "review is free. You also have the right to bring a civil action under section 502(a) of ERISA after the "
        "appeal.",
        "After the internal appeal, an independent review organization can review the decision at no cost to you; "
        "ask within 4 months of receiving the final internal decision (45 CFR 147.136). You may also file suit "
        "under ERISA section 502(a) once the appeal is decided.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, contact the Employee Benefits Security Administration, U.S. Department of "
            "Labor, at 1-866-444-3272 (1-866-444-EBSA).",
            "Questions about your ERISA rights? The U.S. Department of Labor's Employee Benefits Security "
            "Administration can help: 1-866-444-3272.",
        ])))
    b.append(w.p(f"Member Services: {_VA_MS} or {_VA_LOCAL}, TTY {_VA_TTY}, weekdays 7:30 a.m. to 5:30 p.m."))


def t_b57_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [50.0, 56.0, 64.0])
    hosp, street, city, tin, hnpi, acct, hph = c.extra["va_hosp"]
    pcp, pcp_last, pcp_fac = c.extra["va_pcp"]
    claim, pclaim, group = c.extra["va_claim"], c.extra["va_pcp_claim"], c.extra["va_group"]
    amounts = not _has(c, "notice.claim_identification")
    cell = c.extra["b57_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dos = _dm(w, "DATE_SERVICE", c.service)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    employer = c.extra["employer"]
    total = _money(c.money["total"])
    st.footer = [w.pick([f"Claim {claim} | page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States | {page}",
                         "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", "Claims Administration"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Claims Administrator for your employer's self-funded plan", f"Member Services {_VA_MS}"]))
    lines = [f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services]
    if variant == 0:
        b.append(w.p(c.member_name, space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.h("EXPLANATION OF BENEFITS", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("THIS IS NOT A BILL", align="center", bold=True, space_before=0))
        b.append(Block("fields", rows=[["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b57_head"),
                                        "Claim number:", claim],
                                       ["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Plan:", f"{employer} Employee Health Plan", "Group:", group],
                                       ["Provider:", prov, "Patient account:", acct],
                                       ["Claim received:", rec or "-", "Processed:", dec or "-"]],
                       space_before=8, size=st.size - 0.5))
        head("Claim detail")
        hdr = ["Date of service", "Description", "CPT", "Billed", "Plan paid", "You owe", "Remark"] if amounts else \
            ["Date of service", "Description", "CPT", "Status", "Remark"]
        rows = [hdr]
        for s in c.services:
            d = M("DATE_SERVICE", b57date(c.service, cell))
            if amounts:
                rows.append([d, w.svc(s), w.code(s["codes"][0]), _money(s["billed"]), "$0.00", _money(s["billed"]),
                             "N57"])
            else:
                rows.append([d, w.svc(s), w.code(s["codes"][0]), "Denied", "N57"])
        if amounts:
            rows.append(["", "Claim total", "", total, "$0.00", total, ""])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        b.append(w.p("Remark N57: services from a non-Plan provider that were not emergency services and were not "
                     "authorized. See the explanation below.", size=st.size - 1, space_before=3))
        b.append(w.p("Diagnosis: " + dxs + ".", space_before=6))
        head("Why this claim was not paid")
        b.append(w.p(M("REASON", w.reason)))
        head("Other claims processed for you")
        orow = [["Date of service", "Provider", "Service", "Code", "Status"] + (["You paid"] if amounts else [])]
        orow.append([b57date(c.extra["va_pcp_visit"], cell), pcp, "Office visit", "99214", "Paid"]
                    + ([_money(c.extra["va_copay"]) + " copay"] if amounts else []))
        b.append(Block("table", rows=orow, space_before=4, size=st.size - 1.5))
        b.append(w.p(f"Claim {pclaim} is shown for your information; it is not part of this decision.",
                     size=st.size - 1, space_before=2))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b57_head"), space_before=10))
        if variant == 2:
            b.append(w.p(f"Patient Financial Services / Billing Office, {prov}", space_before=10))
            b.append(w.p(f"{street}, {city}", space_before=0))
            b.append(w.p(f"Tax ID {tin}    NPI {hnpi}    Phone {hph}", space_before=0))
            b.append(Block("fields", rows=[["Patient:", w.name(), "Member ID:", w.mid()],
                                           ["Claim number:", claim, "Patient account:", acct],
                                           ["Group:", f"{group} ({employer})", "Date of service:", dos]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p("Dear Billing Office:", space_before=10))
            intro = f"We have processed the claim from {prov} for {join_and(lines)}, provided to the patient " \
                    f"named above on {dos} in your emergency department."
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Group: {group}    Claim number: {claim}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            intro = w.pick([f"We received a claim from {prov} for {join_and(lines)} on {dos}.",
                            f"{prov} billed us for care you received in its emergency department on {dos}: "
                            f"{join_and(lines)}."])
        if rec:
            intro += f" The claim was received on {rec}."
        if dec:
            intro += f" It was processed on {dec}."
        if amounts:
            intro += f" The amount billed was {total}."
        intro += w.pick([" We have denied the claim.", " The plan will not pay this claim."])
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head("Why we denied this claim" if variant == 1 else w.pick(["Reason for denial", "Why the claim was denied"]))
        b.append(w.p(M("REASON", w.reason)))
        if amounts:
            b.append(w.p(w.pick([
                f"Amount billed: {total}. Plan payment: $0.00. "
                + ("The member may be billed for the full amount." if variant == 2 else
                   "You may be responsible for the billed amount."),
                f"Billed {total}; paid $0.00.",
            ])))
    who = "the patient's" if variant == 2 else "your"
    b.append(w.p(w.pick([
        f"We reviewed the emergency department record sent by the hospital and {who} Kaiser Permanente record, "
        f"including the visit with {pcp} at {pcp_fac} on {_fd(w, c.extra['va_pcp_visit'])} and the CT that was "
        f"scheduled there for {_fd(w, c.extra['va_ct_appt'])}.",
        f"{pcp}, {who} primary care physician at {pcp_fac}, saw {'the patient' if variant == 2 else 'you'} for this "
        f"pain on {_fd(w, c.extra['va_pcp_visit'])} and ordered a CT, scheduled for "
        f"{_fd(w, c.extra['va_ct_appt'])}. That visit was paid under a separate claim and is not part of this "
        f"decision.",
    ])))
    b.append(w.p(w.pick([
        "The plan's Summary Plan Description, \"Emergency Services\" and \"Services from non-Plan providers\", "
        "describes this rule.",
        "See the Summary Plan Description, section \"Emergency and Urgent Care\", for when care from a non-Plan "
        "provider is covered.",
    ])))
    if c.reviewer:
        ln = _who(w, w.pick(["The records were reviewed by ", "Medical review: "]), ".")
        if c.reviewer["phone"]:
            ln += f" Phone {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(ln))
    _va_rights(w, b, head, variant == 2)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Claims Administration",
          "Kaiser Permanente Mid-Atlantic States")
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (member), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                     size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {_VA_MS} (TTY {_VA_TTY}).",
                             f"Language help is free. Call {_VA_MS}."]), space_before=8))
    b += _taglines(w, "VA", _VA_MS, w.pick([None, "Language assistance"]))
    return b, st, ["va_eob_table", "va_why_denied_section", "va_to_hospital_billing"][variant]


BLIND57_TEMPLATES["blind57_va_erisa_out_of_network_er_claim"] = (t_b57_va, dict(
    plans=["erisa_group"], states=["VA"], kinds=["payment_denial"], cats=["out_of_network"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b57_va))
MODELED_ON["blind57_va_erisa_out_of_network_er_claim"] = (
    "blind57: Kaiser Permanente Mid-Atlantic States ERISA group plan payment denial of a non-Plan hospital's "
    "emergency department claim (99284, CT 74177) as out of network and not an emergency; an explanation of "
    "benefits table, a letter with a 'Why we denied this claim' section, or a letter to the hospital's billing "
    "office copied to the member; 180-day appeal, 60-day answer, codes on request, external review within 4 months "
    "(45 CFR 147.136), ERISA 502(a), EBSA, free copies, taglines")
