"""Twenty-fifth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND25_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind25_nca_modified_sleep_study")``. Everything printed here (prose, headings, labels,
layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only. The
language-assistance taglines are the standard federal sample sentences in each language.

1. ``blind25_nca_modified_sleep_study``: Kaiser Permanente Northern California commercial HMO (Knox-Keene, DMHC)
   decision that MODIFIES a request: the doctor asked for an attended in-lab polysomnogram (95810, or 95811 with CPAP
   titration) and the plan approved a home sleep apnea test (95806 or G0399) instead. Letter kind
   ``partial_denial``: the schema's enum has no separate "modified" kind, and a modification approves something
   while refusing what was asked, which is what a partial denial is (rules.md section 7: "a partial
   approval/modification is a denial"). The truth's ``services`` list only the in-lab study (what was denied); the
   approved home test and its code are printed as unmarked distractors. Layouts: ``nca_request_decision_grid`` (a
   grid of requested test vs. approved test), ``nca_memo`` (a To/From/Date/Subject memo letter) and
   ``nca_boxed_summary`` (the letter opens with a boxed summary). California pieces: 180-day grievance, 72-hour
   urgent grievance, Independent Medical Review, the DMHC statement (1-888-466-2219, TDD 1-877-688-9891,
   www.dmhc.ca.gov, with the plan's Member Services 1-800-464-4000 / TTY 711 inside it) printed in 12-point bold,
   the Health Consumer Alliance 1-888-804-3536, the reviewer's name and direct line (the letter is copied to the
   requesting doctor).

   Which date is which: the letter date is the date printed at the top (memo "Date:" line); ``request_received`` is
   the day the sleep-study request reached the plan; ``decision`` is the day the review was completed (when
   printed). Distractors, never in the truth: the earlier sleep-clinic visit where the questionnaire was done, the
   first day the home kit can be picked up and the last day the approval is valid (both after the letter date).

2. ``blind25_ga_ma_irf_admission``: Kaiser Permanente Georgia Senior Advantage (Medicare Advantage) EXPEDITED
   pre-service denial of admission to an inpatient rehabilitation facility after a stroke, recommending a skilled
   nursing facility instead. Every letter is expedited (the template forces it, re-drawing the receipt date so a
   timely decision falls within 72 hours); ``notice.expedited_review`` is therefore refused. A form-like notice with
   boxed sections; layouts ``ga_shaded_form`` (shaded section bars over boxed text), ``ga_numbered_grid_form``
   (field grid at the top, numbered boxed parts) and ``ga_form_help_sidebar`` (a boxed "help" column beside the
   rights text). Criteria: Medicare's IRF rule (42 CFR 412.622(a)(3)), or, when ``medicare.internal_criteria`` is
   planted, an internal placement guideline with no Medicare rule named anywhere. Rights: 60-day reconsideration,
   72-hour fast appeal, 30-day standard appeal, automatic Independent Review Entity, 1-800-MEDICARE. No Georgia
   Member Services number is printed (the catalogue does not verify one): the review unit's own phone and fax are
   used; the Georgia Health Line 404-365-0966 (verified) appears in some letters as the advice line. The IRF stay
   has no CPT/HCPCS code (Medicare pays rehabilitation hospitals per stay), so the service is listed without one.

   Which date is which: the letter date is the notice date in the form's header; ``request_received`` is when the
   hospital's request reached the plan; ``decision`` is the decision date (the day the member was told by phone,
   when printed). Distractors, never in the truth: the stroke date, the acute-hospital admission date, the therapy
   evaluation date and the first day a skilled nursing bed is open. ``service`` is null (pre-service).

3. ``blind25_wa_erisa_proton_beam``: Kaiser Permanente Washington employer-group (ERISA) denial of proton beam
   therapy (77522, 77523 or 77525) for prostate, lung, esophageal or liver cancer, as experimental/investigational
   or (when a photon plan meets every dose limit) as not medically necessary. A quoted clinical-policy excerpt box
   and a numbered list of 3-5 literature references (synthetic authors; journal years, volumes, issues and page
   ranges are distractor numbers). The covered alternative (IMRT 77385/77386 or SBRT 77373) is printed as an unmarked
   distractor. Layouts ``wa_letter_policy_box``, ``wa_two_column_rights`` (the appeal-rights page printed in two
   newspaper columns side by side, so the text layer reads across both columns line by line) and
   ``wa_request_table`` (a request-details table opens the letter). Rights: 180-day appeal, 72-hour urgent appeal,
   external review within 4 months (45 CFR 147.136), ERISA section 502(a), EBSA 1-866-444-3272 with the catalogue's
   caveat, free copies of documents and criteria, codes on request; Member Services 1-888-901-4636 (TTY 711).

   Which date is which / which reason is the reason: the letter date is the date at the top; ``request_received``
   and ``decision`` are the dates the intro sentence gives. Distractors: the biopsy date, the date of the
   planning CT, the consultation date. The reason is the sentence in the "why" section; the policy excerpt and the
   literature list support it but are not the reason.

Dates use this set's own styles (``b25date``: 05MAR2025, 2025-Mar-05, 5 MARCH 2025, Wed., Mar. 5, 2025);
``parse_blind25_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import PAGE_H, PAGE_W, Block, Style, _wrap_atomic, width
from .markup import M, strip
from .writer import W, join_and

BLIND25_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b25date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "dmonyc":  # 05MAR2025
        return f"{d.day:02d}{mon[:3].upper()}{d.year}"
    if style == "ymonabbr":  # 2025-Mar-05
        return f"{d.year}-{mon[:3]}-{d.day:02d}"
    if style == "dupfull":  # 5 MARCH 2025
        return f"{d.day} {mon.upper()} {d.year}"
    if style == "dowabbr":  # Wed., Mar. 5, 2025 (May has no dot)
        return f"{_DOW3[d.weekday()]}., {mon[:3]}{'' if mon == 'May' else '.'} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("dmonyc", "ymonabbr", "dupfull", "dowabbr")


def parse_blind25_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b25date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{4})", t)
        if m and m[2].capitalize() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2].capitalize()) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})-([A-Z][a-z]{2})-(\d{2})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[1]), _MON3.index(m[2]) + 1, int(m[3]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Z]+) (\d{4})", t)
        if m and m[2].capitalize() in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2].capitalize()) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2})\., ([A-Z][a-z]{2})(\.?) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _DOW3 and m[2] in _MON3 and (m[3] == "") == (m[2] == "May"):
            d = dt.date(int(m[5]), _MON3.index(m[2]) + 1, int(m[4]))
            return d if _DOW3[d.weekday()] == m[1] else None
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b25_fmt"] = w.pick(list(STYLES))


def _fd(w: W, day: dt.date | None) -> str:
    return b25date(day, w.c.extra["b25_fmt"]) if day else ""


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


def _refuse(c, defects: tuple[str, ...], why: str) -> None:
    for d in defects:
        if d in c.defects:
            raise ValueError(f"{c.template} cannot plant {d}: {why}")


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 56.0, 64.0, 72.0]),
               margin_t=w.pick([46.0, 54.0, 62.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 6.0])
    return st


def _doctor(w: W) -> str:
    name, _, last = person(w.rng, 0.15)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}"])


def _nca_phone(w: W) -> str:
    """A Northern California number (the case helper draws from every California area code)."""
    a = w.pick(["510", "415", "916", "925", "408", "707", "559", "650"])
    n, m = w.rng.randint(200, 989), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"])


def _reviewer_np(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _reviewer_md(w: W, specs: list[str], titles: list[str], state: str, p_spec: float, p_phone: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FAASM" if "Sleep" in specs[0] else "MD"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=phone(w.rng, state) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


def _reviewer_line(w: W, lead: str) -> str:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = ""
    if r["specialty"]:
        spec = w.pick([f" ({M('REVIEWER_SPECIALTY', r['specialty'])})",
                       f", a specialist in {M('REVIEWER_SPECIALTY', r['specialty'])},"])
    line = f"{lead} {nm}{cred}{spec}".rstrip(",") + "."
    if r["phone"]:
        line += w.pick([f" Direct line for your doctor: {M('REVIEWER_PHONE', r['phone'])}.",
                        f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])} to talk about "
                        "this decision."])
    return line


def _sign(w: W, unit: str, entity: str) -> list[Block]:
    c = w.c
    out = [w.p(w.pick(["Sincerely,", "Respectfully,", "With regards,"]), space_before=10)]
    if c.reviewer:
        r = c.reviewer
        out.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        out.append(w.p(c.reviewer_title, space_before=0))
    else:
        out.append(w.p(unit, space_before=4))
    out.append(w.p(entity, space_before=0))
    return out


# the standard federal sample taglines, one per language; {ph} is a number the letter prints
_TAGS = {
    "es": "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
          "Llame al {ph}.",
    "zh": "注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {ph}。",
    "vi": "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {ph}.",
    "tl": "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang "
          "walang bayad. Tumawag sa {ph}.",
    "ko": "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {ph} 번으로 전화해 주십시오.",
    "hy": "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ապա ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության "
          "ծառայություններ: Զանգահարեք {ph}:",
    "fa": "توجه: اگر به زبان فارسی گفتگو می کنید، تسهیلات زبانی بصورت رایگان برای شما فراهم می باشد. با {ph} تماس بگیرید.",
    "ru": "ВНИМАНИЕ: если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {ph}.",
    "ja": "注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{ph} まで、お電話にてご連絡ください。",
    "ar": "ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {ph}.",
    "pa": "ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਭਾਸ਼ਾ ਵਿੱਚ ਸਹਾਇਤਾ ਸੇਵਾ ਤੁਹਾਡੇ ਲਈ ਮੁਫਤ ਉਪਲਬਧ ਹੈ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ប្រយ័ត្ន៖ បើសិនជាអ្នកនិយាយ ភាសាខ្មែរ, សេវាជំនួយផ្នែកភាសា ដោយមិនគិតឈ្នួល គឺអាចមានសំរាប់បំរើអ្នក។ ចូរ ទូរស័ព្ទ {ph}។",
    "hmn": "LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj. Hu rau {ph}.",
    "hi": "ध्यान दें: यदि आप हिंदी बोलते हैं तो आपके लिए मुफ्त में भाषा सहायता सेवाएं उपलब्ध हैं। {ph} पर कॉल करें।",
    "th": "เรียน: ถ้าคุณพูดภาษาไทยคุณสามารถใช้บริการช่วยเหลือทางภาษาได้ฟรี โทร {ph}",
    "fr": "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. "
          "Appelez le {ph}.",
    "de": "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur "
          "Verfügung. Rufnummer: {ph}.",
    "am": "ማስታወሻ: የሚናገሩት ቋንቋ ኣማርኛ ከሆነ የትርጉም እርዳታ ድርጅቶች፣ በነጻ ሊያግዝዎት ተዘጋጀተዋል፡ ወደ ሚከተለው ቁጥር ይደውሉ {ph}.",
    "uk": "УВАГА! Якщо ви розмовляєте українською мовою, ви можете звернутися до безкоштовної служби мовної "
          "підтримки. Телефонуйте за номером {ph}.",
    "so": "FIIRO GAAR AH: Haddii aad ku hadasho Af-Soomaali, adeegyada caawimada luqadda, oo bilaash ah, ayaa laguu "
          "heli karaa. Wac {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "ko", "vi", "zh", "am", "fr", "de"],
    "WA": ["es", "zh", "vi", "ko", "ru", "tl", "uk", "so", "am", "ja"],
}


def _taglines(w: W, key: str, ph: str, size: float = 7.4) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    rest = langs[1:]
    w.rng.shuffle(rest)
    if key != "CA":
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = []
    head = w.pick([None, "Language help at no cost", "Help in your language", "Interpreter services"])
    if w.chance(0.4):
        out.append(Block("pagebreak"))
    out.append(w.h(head, size=size + 1.5, space_before=12) if head else Block("rule", space_before=12))
    out.append(Block("para", text=w.pick([
        f"Free interpreters and written materials in other languages are available. Call {ph}.",
        f"You can get this letter read to you or translated, free of charge, in your language. Call {ph}.",
    ]), size=size, space_before=2))
    for code in langs[:1] + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.5))
    return out


# === 1. Northern California: in-lab sleep study modified to a home sleep apnea test ================================

_NCA_REQ = [
    dict(code="95810", short="an overnight in-lab sleep study",
         texts=["Attended in-laboratory polysomnography (diagnostic sleep study)",
                "Polysomnography, attended, 4 or more parameters",
                "In-lab overnight sleep study (polysomnogram)"]),
    dict(code="95811", short="an in-lab sleep study with CPAP titration",
         texts=["Attended polysomnography with CPAP titration (split night)",
                "In-lab sleep study with CPAP titration",
                "Polysomnography with positive airway pressure titration, attended"]),
]
_NCA_ALT = [
    ("95806", ["Home sleep apnea test (airflow, effort, oxygen and heart rate)", "Unattended home sleep study"]),
    ("G0399", ["Home sleep test with a type III portable monitor", "Home sleep apnea test, type III device"]),
]
_NCA_DX = [(["Obstructive sleep apnea (adult) (pediatric)"], "G47.33"), (["Snoring"], "R06.83"),
           (["Sleep apnea, unspecified"], "G47.30")]
_NCA_DX2 = [(["Somnolence"], "R40.0"), (["Essential (primary) hypertension"], "I10"),
            (["Morbid (severe) obesity due to excess calories"], "E66.01")]
_NCA_CRIT = ["Kaiser Permanente Northern California Sleep Medicine Diagnostic Testing Criteria",
             "American Academy of Sleep Medicine Clinical Practice Guideline for Diagnostic Testing for Adult "
             "Obstructive Sleep Apnea (2017)",
             "MCG Ambulatory Care Guidelines: Polysomnography"]
_NCA_NP_TITLES = ["Utilization Review Coordinator", "Authorization Specialist", "Utilization Management Nurse"]
_NCA_CLINICS = ["Kaiser Permanente Santa Clara Sleep Medicine Center", "Kaiser Permanente Redwood City Sleep Lab",
                "Kaiser Permanente Sacramento Sleep Disorders Clinic", "Kaiser Permanente Walnut Creek Sleep Center",
                "Kaiser Permanente Fresno Sleep Medicine"]


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b25_nca"):
        return
    c.extra["b25_nca"] = True
    _fmt(w)
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    req = w.pick(_NCA_REQ)
    c.extra["nca_req"] = req
    c.services = [dict(text=w.pick(req["texts"]), codes=[req["code"]], decision="denied")]
    code, texts = w.pick(_NCA_ALT)
    c.extra["nca_alt"] = (w.pick(texts), code)
    t, code = w.pick(_NCA_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    for t2, code2 in w.rng.sample(_NCA_DX2, w.pick([0, 1, 1, 2])):
        c.diagnoses.append(dict(text=w.pick(t2), codes=[code2]))
    # the member's findings the reviewer relied on
    bmi = round(w.rng.uniform(29.5, 41.9), 1)
    ess, sb = w.rng.randint(11, 19), w.rng.randint(5, 7)
    c.extra["nca_nums"] = dict(bmi=bmi, ess=ess, sb=sb)
    facts = [f"a STOP-Bang score of {sb} and an Epworth Sleepiness Scale score of {ess}, which point to a high "
             "likelihood of moderate to severe obstructive sleep apnea",
             "no heart failure, significant lung disease, neuromuscular disease, past stroke or regular opioid use",
             "no signs of central sleep apnea or of another sleep disorder such as narcolepsy"]
    if req["code"] == "95811":
        facts.append("no sleep test so far, and a CPAP titration in the lab is done only after sleep apnea has been "
                     "diagnosed (auto-adjusting CPAP can be started at home if the home test confirms it)")
    c.extra["nca_facts"] = facts[:1] + w.rng.sample(facts[1:], w.rng.randint(1, len(facts) - 1))
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_NCA_CRIT)] if w.chance(0.7) else w.rng.sample(_NCA_CRIT, 2)
    c.service = None
    c.provider = _doctor(w)
    c.extra["nca_clinic"] = w.pick(_NCA_CLINICS)
    c.extra["nca_visit"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(6, 40))
    c.extra["nca_pickup"] = D.add_business(c.letter, w.rng.randint(2, 6))
    c.extra["nca_valid"] = c.letter + dt.timedelta(days=w.pick([60, 90, 120]))
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _NCA_NP_TITLES)
    else:
        # a California modification of a provider's request: a physician reviewer with a direct line
        _reviewer_md(w, ["Sleep Medicine", "Pulmonary Disease", "Neurology"],
                     ["Physician Reviewer", "Physician Advisor, Utilization Management", "Sleep Medicine Reviewer"],
                     "CA", 0.75, 1.0)
        c.reviewer["phone"] = _nca_phone(w)
    c.extra["nca_sleep_ph"] = _nca_phone(w)
    c.extra["nca_um_fax"] = _nca_phone(w)
    _flags(c)


def reason_b25_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    short = c.extra["nca_req"]["short"]
    if _bare(c):
        return w.pick(["The in-lab study is not medically necessary.", "This request does not meet medical "
                       "necessity criteria.", "The requested sleep study is not medically necessary."])
    facts = c.extra["nca_facts"]
    f = facts[0] if len(facts) == 1 else "; ".join(facts[:-1]) + "; and " + facts[-1]
    return w.pick([
        f"We approved a home sleep apnea test instead of {short} because your records show {f}; with these "
        "findings a home test is reliable for diagnosing sleep apnea, so testing in the sleep lab is not medically "
        "necessary as a first step.",
        f"{_cap(short)} is not medically necessary at this time: your records show {f}. For members with these "
        "findings a home sleep apnea test is the right first test.",
        f"Your records show {f}. Because none of the conditions that make a home test unreliable are present, a "
        f"home sleep apnea test meets your needs and {short} is not medically necessary now.",
    ])


def _dmhc_statement(ms: str, tty: str, w: W) -> str:
    return w.pick([
        "The California Department of Managed Health Care is responsible for regulating health care service "
        f"plans. If you have a grievance against your health plan, you should first telephone your plan at {ms} "
        f"(TTY {tty}) and use your plan's grievance process before contacting the Department. Using this grievance "
        "procedure does not prohibit any legal rights or remedies that may be available to you. If you need help "
        "with a grievance involving an emergency, a grievance that has not been satisfactorily resolved by your "
        "plan, or a grievance that has remained unresolved for more than 30 days, you may call the Department for "
        "assistance. You may also be eligible for an Independent Medical Review (IMR). If you are eligible for "
        "IMR, the IMR process will provide an impartial review of medical decisions made by a health plan related "
        "to the medical necessity of a proposed service or treatment, coverage decisions for treatments that are "
        "experimental or investigational in nature, and payment disputes for emergency or urgent medical "
        "services. The Department also has a toll-free telephone number (1-888-466-2219) and a TDD line "
        "(1-877-688-9891) for the hearing and speech impaired. The Department's internet website www.dmhc.ca.gov "
        "has complaint forms, IMR application forms and instructions online.",
        "The Department of Managed Health Care (DMHC) of the State of California regulates health plans. If you "
        f"have a complaint about your plan, first call the plan at {ms} (TTY {tty}) and use its grievance process. "
        "Filing a grievance does not take away any legal right or remedy you may have. You may call the DMHC for "
        "help with a grievance about an emergency, a grievance the plan did not resolve to your satisfaction, or "
        "a grievance not resolved within 30 days. You may be eligible for an Independent Medical Review (IMR), an "
        "impartial review of the plan's decisions about whether a proposed service is medically necessary, about "
        "treatments that are experimental or investigational, and about payment for emergency or urgent care. "
        "DMHC toll-free: 1-888-466-2219. TDD for the hearing and speech impaired: 1-877-688-9891. Complaint forms, "
        "IMR applications and instructions are on the DMHC website, www.dmhc.ca.gov.",
    ])


def _nca_rights(w: W, ms: str, tty: str, st: Style) -> list[Block]:
    c = w.c
    out: list[Block] = [w.h(w.pick(["If you disagree with this decision", "Your grievance and review rights",
                                    "How to ask us to reconsider"]), space_before=12, size=st.size + 1)]
    if c.appeal_phrase:
        out.append(w.p(w.pick([
            f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this "
            f"letter. Call Member Services at {ms} (TTY {tty}), write to us, file at any Kaiser Permanente Member "
            "Services office, or use the online form at kp.org. Your doctor or someone you name may file for you.",
            f"To ask us to look at this decision again, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)}"
            f" of the date on this letter: by phone at {ms} (TTY {tty}), in writing, in person at a Member Services "
            "office, or online at kp.org. You may send any records or a letter from your doctor.",
        ])))
    out.append(w.p(w.pick([
        "Urgent grievances: if waiting for a standard decision could seriously threaten your health, including "
        "severe pain or possible loss of life, limb or a major bodily function, ask for an expedited review. We "
        "decide urgent grievances within 72 hours, and you may contact the Department of Managed Health Care right "
        "away without waiting for our decision.",
        "If your health could be in serious danger while you wait, ask for a fast (expedited) review of your "
        "grievance; we will decide within 72 hours. In an urgent case you may also call the Department of Managed "
        "Health Care at once.",
    ])))
    out.append(w.p(w.pick([
        "Independent Medical Review: because this decision is about medical necessity, you may be able to ask "
        "the Department of Managed Health Care for an Independent Medical Review (IMR) after you have been in our "
        "grievance process for 30 days, or sooner if your case is urgent. Apply within 6 months of our written "
        "grievance decision. IMR is free, and if the reviewer decides in your favor we must cover the service.",
        "You may qualify for an Independent Medical Review (IMR) by the Department of Managed Health Care, which "
        "reviews medical-necessity decisions at no cost to you. Usually you must first file a grievance with us "
        "and wait 30 days (no waiting in urgent cases); the IMR application is due within 6 months after our "
        "grievance decision.",
    ])))
    out.append(w.p(w.pick([
        "You may ask for free copies of the criteria and the records we used to make this decision.",
        "On request, we will send you at no charge the clinical criteria and the documents we relied on.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        out.append(w.p(w.pick([
            "Free help with your grievance or an IMR is available from the Health Consumer Alliance, California's "
            "consumer assistance program: 1-888-804-3536.",
            "For free help, contact the Health Consumer Alliance at 1-888-804-3536. It works with the Department "
            "of Managed Health Care to assist health plan members.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        out.append(w.p(_dmhc_statement(ms, tty, w), bold=True, size=12.0, space_before=10))
    return out


def t_b25_nca(w: W):
    _nca_setup(w)
    c = w.c
    ms, tty = "1-800-464-4000", "711"
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 requested/decision grid, 1 memo, 2 boxed summary first
    st = _style(w, ["helvetica", "times"] if variant != 1 else ["courier", "helvetica", "times"], [9.5, 10.0, 10.5])
    ref = c.ids["ref"]
    auth = c.ids["auth"]
    st.footer = [w.pick([f"Authorization {auth} - page {{page}} of {{pages}}", f"{ref}  |  {{page}}/{{pages}}",
                         "Kaiser Permanente Northern California - Utilization Management - {page}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    if w.chance(0.5):
        st.header = [f"{w.name()} - Member ID {w.mid()} - continued"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    req = c.extra["nca_req"]
    alt_text, alt_code = c.extra["nca_alt"]
    clinic = c.extra["nca_clinic"]
    sleep_ph = c.extra["nca_sleep_ph"]
    nums = c.extra["nca_nums"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    visit = _fd(w, c.extra["nca_visit"])
    pickup = _fd(w, c.extra["nca_pickup"])
    valid = _fd(w, c.extra["nca_valid"])
    b: list[Block] = []
    unit = w.pick(["Utilization Management", "Regional Utilization Review", "Sleep Medicine Authorization Review"])
    if variant == 1:
        b.append(w.p(w.pick(["MEMORANDUM", "Member Memo", "NOTICE TO MEMBER"]), bold=True, size=st.size + 6))
        b.append(w.p("Kaiser Foundation Health Plan, Inc. - Northern California Region", bold=True, space_before=2))
        rows = [("To", f"{w.name()}, member ID {w.mid()}"), ("Copy", f"{prov}, requesting physician"),
                ("From", f"{unit}, Kaiser Permanente"), ("Date", _dm(w, "DATE_LETTER", c.letter)),
                ("Subject", w.pick(["Your sleep study request was changed", "Sleep study: modified approval",
                                    "Decision on your request for a sleep study"]) + (" (expedited)" if urgent else ""))]
        sep, up = w.pick([": ", ":  "]), w.chance(0.5)
        for k, v in rows:
            b.append(w.p(f"{k.upper() if up else k}{sep}{v}", space_before=2.5))
        b.append(Block("rule", space_before=6))
        b.append(w.p(f"Reference: {ref}    Authorization: {auth}", size=st.size - 1, space_before=4))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Northern California", unit],
                       right=["Kaiser Foundation Health Plan, Inc.", "1950 Franklin Street, Oakland, CA 94612",
                              f"Fax {c.extra['nca_um_fax']}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8, align=w.pick(["left", "right"])))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(w.pick([f"Member ID: {w.mid()}   Reference: {ref}", f"MRN {w.mid()} | Ref. {ref} | Auth. {auth}"]),
                     size=st.size - 0.5, space_before=8))
    # the summary box (variant 2) or the grid (variant 0)
    summary = None
    if variant == 2:
        lines = [w.pick(["SUMMARY OF OUR DECISION", "AT A GLANCE", "Decision summary"]),
                 f"Requested: {w.svc_with_codes(svc, 0)}",
                 f"Approved instead: {alt_text} ({alt_code})",
                 f"Requested by: {prov}"]
        if c.appeal_phrase:
            lines.append(f"Time to file a grievance: {c.appeal_phrase} from the date of this letter")
        else:
            lines.append("Questions or a grievance: call Member Services")
        summary = [w.p(lines[0], bold=True, boxed=False, space_before=10)] + [
            w.p(x, boxed=True, space_before=0, size=st.size - 0.5) for x in lines[1:]]
        b += summary
    head = w.pick(["Your request for a sleep study has been modified", "Notice of modified authorization",
                   "We approved a different sleep test"])
    if urgent:
        head += w.pick([" - expedited review", " (urgent request)"])
    if variant != 1:
        b.append(w.h(head, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([
        f"{prov} asked us to approve {w.svc_with_codes(svc)} for you.",
        f"We reviewed a request from {prov} for {w.svc_with_codes(svc)}.",
    ])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request came to us on {rec}."])
    if dec:
        intro += w.pick([f" Our review was completed on {dec}.", f" We made this decision on {dec}."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis on the request: ", "Reason for the test (diagnosis): ", "Diagnosis: "]) +
                 "; ".join(w.dx(d) for d in c.diagnoses) + "."))
    decision_par = w.p(w.pick([
        f"Decision: we have modified the request. The in-lab study is not approved. We approved {alt_text} "
        f"(code {alt_code}) instead.",
        f"We did not approve the study in the sleep laboratory. Instead, we approved {alt_text} ({alt_code}), which "
        "you do at home in your own bed.",
        f"The request is approved in a different form: {alt_text} ({alt_code}) in place of the overnight study in "
        "the lab.",
    ]), bold=w.chance(0.4))
    if variant == 0:
        grid = [[w.pick(["", "Item"]), w.pick(["Requested", "What was requested"]), "Code", "Decision"],
                [w.pick(["Requested", "Asked for"]), M("SERVICE", svc["text"]), w.code(svc["codes"][0]),
                 w.pick(["Not approved", "Denied"])],
                [w.pick(["Approved", "Approved instead"]), alt_text, alt_code, w.pick(["Approved", "Authorized"])]]
        b.append(w.h(w.pick(["Requested / Decision", "What was requested and what we decided"]), space_before=10))
        b.append(Block("table", rows=grid, space_before=4, size=st.size - 1))
        if w.chance(0.5):
            b.append(w.p(decision_par.text))
    else:
        b.append(decision_par)
    why_head = w.h(w.pick(["Why we made this decision", "The reason", "Reason for the change"]), space_before=10)
    why = [why_head, w.p(M("REASON", w.reason))]
    if not _bare(c):
        why.append(w.p(w.pick([
            f"We looked at the notes from your visit to {clinic} on {visit}, where your body mass index was "
            f"{nums['bmi']}.",
            f"Information reviewed: sleep questionnaire and clinic notes dated {visit} (BMI {nums['bmi']}, Epworth "
            f"{nums['ess']}).",
        ])))
    if c.criteria:
        crit = join_and([M("CRITERIA", x) for x in c.criteria])
        why.append(w.p(w.pick([f"We applied {crit}.", f"Criteria used for this review: {crit}.",
                               f"This review followed {crit}; a free copy is yours on request."])))
    nxt = [w.h(w.pick(["What happens next", "Next steps", "Getting your home sleep test"]), space_before=10),
           w.p(w.pick([
               f"The sleep clinic will call you to set up the home test. You can pick up the device at {clinic} "
               f"starting {pickup}; it comes with instructions, and you return it the next morning. This approval "
               f"is valid through {valid}.",
               f"To schedule the home test, call {clinic} at {sleep_ph}. Kits are available from {pickup}. Please "
               f"use the approval before {valid}.",
           ])),
           w.p(w.pick([
               "If the home test does not give a clear answer, or is negative while your symptoms continue, your "
               "doctor may ask again for a study in the sleep laboratory.",
               "A study in the lab can be requested again if the home test result is inconclusive or technically "
               "inadequate.",
           ]))]
    rev: list[Block] = []
    if c.reviewer:
        rev.append(w.p(_reviewer_line(w, w.pick(["This decision was made by", "Reviewed by", "Physician "
                                                                                             "reviewer:"]))))
    parts = [why, nxt] if w.chance(0.6) else [nxt, why]
    for p in parts:
        b += p
    b += rev
    rights = _nca_rights(w, ms, tty, st)
    if w.chance(0.35):
        b.append(Block("pagebreak"))
    b += rights
    b.append(w.p(w.pick([f"Questions? Call Member Services at {ms} (TTY {tty}), 24 hours a day, 7 days a week "
                         "(closed holidays).", f"Member Services: {ms}, TTY {tty}."]), space_before=8))
    b += _sign(w, f"{unit} Department", "Kaiser Foundation Health Plan, Inc.")
    b.append(w.p(f"cc: {prov}" + w.pick(["", f", {clinic}"]), size=8.2, space_before=6))
    b += _taglines(w, "CA", f"{ms} (TTY {tty})")
    return b, st, ["nca_request_decision_grid", "nca_memo", "nca_boxed_summary"][variant]


BLIND25_TEMPLATES["blind25_nca_modified_sleep_study"] = (t_b25_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["partial_denial"], cats=["medical_necessity"],
    refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b25_nca))
MODELED_ON["blind25_nca_modified_sleep_study"] = (
    "blind25: Kaiser Permanente Northern California commercial HMO decision modifying a request for an attended "
    "in-lab polysomnogram (95810/95811) to a home sleep apnea test (95806/G0399); a requested/decision grid, a memo "
    "letter or a letter opening with a boxed summary; clinic visit, kit pickup and approval-valid-through dates as "
    "distractors; 180-day grievance, 72-hour urgent review, Independent Medical Review, the DMHC statement in 12-point "
    "bold, the Health Consumer Alliance, the reviewer's direct line, fifteen taglines")
