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
   requesting doctor). ``mh_parity.non_association_criteria`` is refused (``refuse_defects``): a sleep study is not a
   mental-health level-of-care decision.

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
   and a numbered list of 3-4 literature references (synthetic authors; journal years, volumes, issues and page
   ranges are distractor numbers). The covered alternative (IMRT 77385/77386 or SBRT 77373) is printed as an unmarked
   distractor. Layouts ``wa_letter_policy_box``, ``wa_two_column_rights`` (the appeal-rights page printed in two
   newspaper columns side by side, so the text layer reads across both columns line by line) and
   ``wa_request_table`` (a request-details table opens the letter). Criteria: a Kaiser Permanente Washington policy
   (an internal name written for this set; the quoted excerpt is its text), sometimes also the ASTRO Model Policy
   named without a quote. Rights: 180-day appeal, 72-hour urgent appeal,
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
from .layout import PAGE_H, PAGE_W, Block, Style, _wrap_atomic
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
    for _ in range(8):  # a reviewer who shares no surname with the requesting doctor or the member
        name, _, last = person(w.rng, 0.25)
        if last not in (c.provider or "") and last not in c.member_name:
            break
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
    ]) if c.criteria else "You may ask for free copies of the records we used to make this decision."))
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
                       right=["Kaiser Foundation Health Plan, Inc.", "Oakland, California",
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


# === 2. Georgia Senior Advantage: expedited denial of inpatient rehabilitation after a stroke ======================

_GA_STROKES = [
    dict(dx=[(["Cerebral infarction due to unspecified occlusion or stenosis of left middle cerebral artery"],
              "I63.512"),
             (["Hemiplegia, unspecified affecting right dominant side"], "G81.91"), (["Aphasia"], "R47.01")],
         side="right"),
    dict(dx=[(["Cerebral infarction due to unspecified occlusion or stenosis of right middle cerebral artery"],
              "I63.511"),
             (["Hemiplegia, unspecified affecting left nondominant side"], "G81.94"),
             (["Dysphagia, oropharyngeal phase"], "R13.12")],
         side="left"),
    dict(dx=[(["Cerebral infarction, unspecified"], "I63.9"), (["Dysphagia, oropharyngeal phase"], "R13.12")],
         side="right"),
    dict(dx=[(["Nontraumatic intracerebral hemorrhage in hemisphere, subcortical"], "I61.0"),
             (["Hemiplegia, unspecified affecting left nondominant side"], "G81.94")],
         side="left"),
]
_GA_SVC = ["Admission to an inpatient rehabilitation facility (acute rehabilitation)",
           "Inpatient rehabilitation facility (IRF) admission",
           "Acute inpatient rehabilitation hospital stay"]
_GA_HOSP = ["Northlake Regional Medical Center", "Gwinnett Valley Hospital", "Clayton Heights Medical Center",
            "Cobb Ridge Hospital", "Fulton Crossing Medical Center"]
_GA_IRF = ["Chattahoochee Rehabilitation Hospital", "Dogwood Inpatient Rehabilitation Center",
           "Stone Creek Rehabilitation Institute", "Lakewood Acute Rehab Unit"]
_GA_SNF = ["Magnolia Gardens Skilled Nursing and Rehabilitation", "Sweetgum Post-Acute Care",
           "Brookhaven Oaks Nursing Center", "Peachtree Hills Transitional Care"]
_GA_MEDICARE_CRIT = ["Medicare inpatient rehabilitation facility coverage criteria, 42 CFR \u00a7 412.622(a)(3)",
                     "42 CFR \u00a7 412.622(a)(3) (Medicare coverage criteria for inpatient rehabilitation "
                     "facility care)"]
_GA_INTERNAL = ["Kaiser Permanente Georgia Post-Acute Level of Care Guideline",
                "InterQual Level of Care Criteria: Inpatient Rehabilitation"]
_GA_NP_TITLES = ["Post-Acute Care Coordinator", "Utilization Review Nurse", "Senior Advantage Authorization "
                                                                            "Specialist"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b25_ga"):
        return
    c.extra["b25_ga"] = True
    _fmt(w)
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    # every letter of this template is an expedited (72-hour) pre-service decision: re-draw the receipt date
    c.urgency = "expedited"
    day = c.decision or c.letter
    late = _has(c, "process.decision_untimely")
    c.received = day - dt.timedelta(days=w.rng.randint(4, 9) if late else w.rng.randint(0, 2))
    c.letter = day
    c.extra["ga_phoned"] = False
    if c.decision and w.chance(0.45):  # told by phone first; the written notice follows within 3 days
        c.letter = day + dt.timedelta(days=w.rng.randint(1, 2))
        c.extra["ga_phoned"] = True
    stroke = w.pick(_GA_STROKES)
    c.extra["ga_stroke"] = stroke
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in stroke["dx"]]
    if len(c.diagnoses) > 2 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:2]
    c.services = [dict(text=w.pick(_GA_SVC), codes=[], decision="denied")]
    c.extra["ga_stroke_day"] = c.received - dt.timedelta(days=w.rng.randint(3, 8))
    c.extra["ga_admit_day"] = c.extra["ga_stroke_day"] + dt.timedelta(days=w.rng.randint(0, 1))
    c.extra["ga_eval_day"] = c.extra["ga_admit_day"] + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["ga_bed_day"] = c.letter + dt.timedelta(days=w.rng.randint(1, 2))
    c.extra["ga_hosp"] = w.pick(_GA_HOSP)
    c.extra["ga_irf"] = w.pick(_GA_IRF)
    c.extra["ga_snf"] = w.pick(_GA_SNF)
    c.extra["ga_why"] = w.pick(["tolerance", "one_discipline", "medical"])
    c.extra["ga_minutes"] = w.pick([20, 25, 30, 35, 40])
    c.extra["ga_stable"] = w.rng.randint(3, 6)
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_GA_INTERNAL)]
    elif _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_GA_MEDICARE_CRIT)]
    c.service = None
    c.provider = _doctor(w)
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _GA_NP_TITLES)
    elif w.chance(0.15):
        c.reviewer = None
    else:
        _reviewer_md(w, ["Physical Medicine and Rehabilitation", "Geriatric Medicine", "Internal Medicine",
                         "Neurology"], ["Physician Reviewer", "Medical Director, Post-Acute Care",
                                        "Senior Advantage Physician Reviewer"], "GA", 0.8, 0.5)
    c.extra["ga_phone"] = phone(w.rng, "GA")
    c.extra["ga_fax"] = phone(w.rng, "GA")
    c.extra["ga_cm"] = person(w.rng, 0.1)[0]
    c.extra["ga_cm_phone"] = phone(w.rng, "GA")
    _flags(c)


def reason_b25_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Inpatient rehabilitation is not medically necessary.",
                       "The admission does not meet coverage criteria.",
                       "This level of care is not medically necessary."])
    why = c.extra["ga_why"]
    if why == "tolerance":
        fact = (f"the therapy notes from the hospital show you took part in about {c.extra['ga_minutes']} minutes of "
                "therapy at a time and needed long rest breaks, so you are not yet able to take part in the "
                "intensive program of about 3 hours of therapy a day, at least 5 days a week, that an inpatient "
                "rehabilitation facility gives")
    elif why == "one_discipline":
        fact = ("you need physical therapy only: your swallowing and speech tests were normal and your arm has "
                "regained its strength, so you do not need the active and ongoing care of several therapy "
                "disciplines that an inpatient rehabilitation facility is for")
    else:
        fact = (f"your blood pressure and heart rhythm have been stable for {c.extra['ga_stable']} days and your "
                "medicines are no longer being adjusted, so you do not need the close, frequent physician "
                "supervision of an inpatient rehabilitation facility")
    return w.pick([
        f"We denied the admission because {fact}. A skilled nursing facility can give you daily therapy and "
        "nursing care at the level you need now.",
        f"{_cap(fact)}. For these reasons inpatient rehabilitation is not medically necessary now; skilled nursing "
        "facility care meets your needs.",
        f"Based on the hospital records, {fact}. Care in a skilled nursing facility is the right level of care "
        "for you at this time.",
    ])


def _ga_sections(w: W, st: Style) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) of the notice body, in order."""
    c = w.c
    ph, fax = c.extra["ga_phone"], c.extra["ga_fax"]
    svc = c.services[0]
    prov = M("PROVIDER", c.provider)
    hosp, irf, snf = c.extra["ga_hosp"], c.extra["ga_irf"], c.extra["ga_snf"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    stroke_d, admit_d = _fd(w, c.extra["ga_stroke_day"]), _fd(w, c.extra["ga_admit_day"])
    eval_d, bed_d = _fd(w, c.extra["ga_eval_day"]), _fd(w, c.extra["ga_bed_day"])
    out: list[tuple[str, list[str]]] = []
    first = w.pick([
        f"We have denied the request for {M('SERVICE', svc['text'])} at {irf}, made by {prov} while you are a "
        f"patient at {hosp}.",
        f"{prov}, your doctor at {hosp}, asked us to approve {M('SERVICE', svc['text'])} at {irf}. We have "
        "denied this request.",
    ])
    when = []
    if rec:
        when.append(w.pick([f"We received the request on {rec}", f"The request reached us on {rec}"]))
    if dec:
        when.append(w.pick([f"we decided it on {dec}", f"our decision was made on {dec}"]))
    if when:
        first += " " + _cap(" and ".join(when)) + "."
    first += w.pick([" Your doctor asked us for a fast (expedited) decision.",
                     " The request was handled as a fast (expedited) review."])
    dec_par = [first]
    if c.extra["ga_phoned"] and dec:
        dec_par.append(w.pick([f"We told you and the hospital about this decision by telephone on {dec}. This "
                               "notice confirms it in writing.",
                               f"This written notice follows our phone call of {dec}."]))
    dec_par.append(w.pick([
        f"Instead, we recommend care in a skilled nursing facility. {snf} has a bed open from {bed_d}; your "
        "hospital case manager can arrange the transfer and request the approval for it.",
        f"We recommend that you go to a skilled nursing facility for rehabilitation. A bed is available at {snf} "
        f"starting {bed_d}.",
    ]))
    out.append((w.pick(["What we decided", "Our decision", "Decision"]), dec_par))
    why = [M("REASON", w.reason)]
    dxs = "; ".join(w.dx(d) for d in c.diagnoses)
    why.append(w.pick([f"Diagnoses: {dxs}.", f"Your diagnoses on the request: {dxs}."]))
    if not _bare(c):
        why.append(w.pick([
            f"We reviewed the hospital records: your stroke on {stroke_d}, your admission to {hosp} on {admit_d}, "
            f"and the physical, occupational and speech therapy evaluations of {eval_d}.",
            f"Records reviewed: emergency admission {admit_d} (symptoms began {stroke_d}); therapy evaluations "
            f"dated {eval_d}; nursing and physician notes since then.",
        ]))
    if c.criteria:
        crit = M("CRITERIA", c.criteria[0])
        why.append(w.pick([f"We applied {crit}.", f"Coverage rule used: {crit}."]))
    if c.reviewer:
        why.append(_reviewer_line(w, w.pick(["The physician who reviewed your case:", "Decision made by"])
                                  if c.reviewer["credentials"] not in (None, "RN") else "Reviewed by"))
    out.append((w.pick(["Why we denied your request", "Reason for the denial", "Why"]), why))
    appeal = []
    if c.appeal_phrase:
        appeal.append(w.pick([
            f"You have the right to ask us to reconsider (appeal) this decision. Your request must reach us within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice.",
            f"If you disagree, you may appeal. Ask for an appeal within {M('APPEAL_DAYS', c.appeal_phrase)} from "
            "the date at the top of this notice.",
        ]))
    else:
        appeal.append("You have the right to ask us to reconsider (appeal) this decision.")
    appeal.append(w.pick([
        f"To appeal, call {ph} (TTY 711), fax your request to {fax}, or write to Kaiser Permanente Senior "
        "Advantage, Appeals, Atlanta, GA. You, your doctor or a representative you name may ask.",
        f"Appeal by phone at {ph} (TTY 711), by fax at {fax}, or by mail to the Senior Advantage Appeals unit in "
        "Atlanta. Your doctor or someone you appoint may appeal for you.",
    ]))
    appeal.append(w.pick([
        "You may send us more information to support your appeal, and you may ask for a free copy of your case "
        "file, including the rules and records we used.",
        "Send any records or letters that support your appeal. A free copy of the case file and of the coverage "
        "rules we used is available on request.",
    ]) if c.criteria else "You may send us more information to support your appeal, and you may ask for a free "
                          "copy of your case file.")
    out.append((w.pick(["Your right to appeal", "How to appeal this decision", "You can appeal"]), appeal))
    fast_at = len(out)
    out.append((w.pick(["Fast appeal (expedited reconsideration)", "If you need a fast appeal", "Expedited appeal"]), [
        w.pick([
            "Because you are waiting in the hospital, you may ask for a fast appeal. We decide a fast appeal within "
            "72 hours. If your doctor asks for it, or tells us that waiting could seriously harm your health, we "
            "will give you a fast appeal.",
            "Ask for a fast appeal if waiting 30 days could seriously harm your health or your ability to regain "
            "function. We answer within 72 hours, and any doctor's request for a fast appeal is granted.",
        ])]))
    out.append((w.pick(["Standard appeal", "Regular appeal"]), [
        "We decide a standard appeal of a service request within 30 days."]))
    if w.chance(0.5):  # some notices explain the standard appeal first
        out[fast_at], out[fast_at + 1] = out[fast_at + 1], out[fast_at]
    nxt = []
    if not _has(c, "notice.external_review"):
        nxt.append(w.pick([
            "If we do not decide fully in your favor, we will automatically send your appeal to an Independent "
            "Review Entity, an organization that Medicare contracts with and that is not part of Kaiser "
            "Permanente. You do not need to do anything for this step.",
            "An appeal we decide against you goes on its own to the Independent Review Entity, a reviewer under "
            "contract with Medicare. If you disagree with that decision, later levels are an Administrative Law "
            "Judge, the Medicare Appeals Council and federal court.",
        ]))
    nxt.append(w.pick([
        "For help with Medicare questions, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or visit "
        "www.medicare.gov.",
        "Medicare can answer questions about your rights: 1-800-MEDICARE (1-800-633-4227); TTY users call "
        "1-877-486-2048; www.medicare.gov.",
    ]))
    out.append((w.pick(["What happens next", "After your appeal", "Other help"]), nxt))
    return out


def t_b25_ga(w: W):
    _ga_setup(w)
    c = w.c
    ph, fax = c.extra["ga_phone"], c.extra["ga_fax"]
    variant = w.rng.randrange(3)  # 0 shaded section bars, 1 field grid + numbered parts, 2 help sidebar
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Notice {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage | {page}",
                         f"{ref} | {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage", w.pick(["Post-Acute Care Review",
                                                                          "Utilization Management - Georgia"])],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", f"Phone {ph} | Fax {fax}", "TTY 711"]))
    title = w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Medicare Advantage Coverage Decision - Request Denied",
                    "Notice: Your Request for Inpatient Rehabilitation Was Denied"])
    b.append(w.p(title, bold=True, size=st.size + 3, space_before=8, align=w.pick(["left", "center"])))
    b.append(w.p(w.pick(["EXPEDITED (72-HOUR) DECISION", "Fast decision - made within 72 hours",
                         "URGENT REVIEW"]), bold=True, size=st.size, space_before=2,
                 align=w.pick(["left", "center"])))
    hosp = c.extra["ga_hosp"]
    cm = f"{c.extra['ga_cm']}, RN, {c.extra['ga_cm_phone']}"
    fields = [("Date of notice", _dm(w, "DATE_LETTER", c.letter)), ("Member name", w.name()),
              ("Member number", w.mid()), ("Notice number", ref),
              ("Where you are now", hosp), ("Hospital case manager", cm)]
    if variant == 1:
        b.append(Block("table", rows=[["Notice details", ""]] + [[k, v] for k, v in fields], space_before=10,
                       size=st.size - 0.5))
    else:
        sep = w.pick([": ", ":  "])
        for k, v in fields[:4]:
            b.append(w.p(f"{k}{sep}{v}", space_before=2))
        b.append(w.p(f"Hospital: {hosp}    Case manager: {cm}", size=st.size - 0.5, space_before=2))
    secs = _ga_sections(w, st)
    if variant == 2:
        *main, last = secs
        secs = main
    for k, (head, paras) in enumerate(secs, 1):
        if variant == 0:
            b.append(w.h(head.upper() if w.chance(0.5) else head, shade=True, space_before=10, size=st.size + 0.5))
        else:
            b.append(w.h(f"{k}. {head}", space_before=10, size=st.size + 0.5))
        for j, t in enumerate(paras):
            b.append(w.p(t, boxed=variant != 2 or k == 1, space_before=2 if j else 4))
    if variant == 2:
        head, paras = last
        help_items = ["**" + w.pick(["Get help", "Need help?", "Help and information"]), "",
                      f"Kaiser Permanente Senior Advantage: {ph} (TTY 711)", "",
                      "Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048", ""]
        if w.chance(0.6):
            help_items += ["Kaiser Permanente Georgia Health Line (appointments and advice): 404-365-0966", ""]
        help_items.append("You may name a relative, friend, lawyer or other person to act for you.")
        b.append(Block("sidebar", left=["**" + head, ""] + (paras[:-1] if len(paras) > 1 else paras), right=help_items,
                       align=w.pick(["right", "left"]), boxed=True, shade=w.chance(0.5), space_before=10,
                       size=st.size - 0.5))
        if len(paras) > 1:
            b.append(w.p(paras[-1]))
    elif w.chance(0.5):
        b.append(w.p("For appointments and medical advice, call the Kaiser Permanente Georgia Health Line at "
                     "404-365-0966.", space_before=6))
    b.append(w.p(w.pick(["Kaiser Foundation Health Plan of Georgia, Inc. is a Medicare Advantage organization with "
                         "a Medicare contract.", "Kaiser Permanente Senior Advantage is an HMO plan with a Medicare "
                         "contract."]), size=7.8, italic=True, space_before=8))
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}; case management, {hosp}", size=8.0, space_before=4))
    b += _taglines(w, "GA", f"{ph} (TTY 711)")
    return b, st, ["ga_shaded_form", "ga_numbered_grid_form", "ga_form_help_sidebar"][variant]


BLIND25_TEMPLATES["blind25_ga_ma_irf_admission"] = (t_b25_ga, dict(
    plans=["medicare_advantage"], states=["GA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review",), reason=reason_b25_ga))
MODELED_ON["blind25_ga_ma_irf_admission"] = (
    "blind25: Kaiser Permanente Georgia Senior Advantage expedited (72-hour) pre-service denial of admission to an "
    "inpatient rehabilitation facility after a stroke, recommending a skilled nursing facility: a form-like notice "
    "with boxed sections (shaded bars, a numbered field grid, or a help sidebar), stroke, hospital admission, therapy "
    "evaluation and skilled-nursing bed dates as distractors, an oral notice confirmed in writing in some letters; "
    "Medicare IRF criteria (42 CFR 412.622(a)(3)); 60-day reconsideration, 72-hour fast appeal, 30-day standard "
    "appeal, automatic Independent Review Entity, 1-800-MEDICARE, taglines")


# === 3. Washington employer group (ERISA): proton beam therapy denied ============================================

_WA_CANCERS = [
    dict(key="prostate", name="localized prostate cancer", w=5,
         dx=[(["Malignant neoplasm of prostate"], "C61")], dx2=[],
         fx=[20, 28, 39, 44], organs="rectum and bladder",
         alt=[("77385", "intensity-modulated radiation therapy (IMRT)"),
              ("77373", "stereotactic body radiation therapy (SBRT)")],
         evidence="published comparisons have not shown that proton therapy controls localized prostate cancer "
                  "better than the photon radiation your plan covers, or that it causes fewer bowel, bladder or "
                  "sexual side effects"),
    dict(key="lung", name="non-small cell lung cancer", w=2,
         dx=[(["Malignant neoplasm of lower lobe, right bronchus or lung"], "C34.31"),
             (["Malignant neoplasm of upper lobe, left bronchus or lung"], "C34.12")],
         dx2=[(["Personal history of nicotine dependence"], "Z87.891")],
         fx=[30, 33], organs="healthy lung, heart and spinal cord",
         alt=[("77386", "intensity-modulated radiation therapy (IMRT)")],
         evidence="studies in non-small cell lung cancer have not shown that proton therapy lowers the risk of lung "
                  "inflammation or improves tumor control compared with intensity-modulated photon radiation"),
    dict(key="esophagus", name="esophageal cancer", w=2,
         dx=[(["Malignant neoplasm of lower third of esophagus"], "C15.5")],
         dx2=[(["Barrett's esophagus without dysplasia"], "K22.70")],
         fx=[25, 28], organs="heart and lungs",
         alt=[("77386", "intensity-modulated radiation therapy (IMRT)")],
         evidence="the studies comparing proton and photon radiation for esophageal cancer are small and mostly "
                  "from single centers, and the randomized trials are not yet complete"),
    dict(key="liver", name="hepatocellular carcinoma", w=1,
         dx=[(["Liver cell carcinoma"], "C22.0")],
         dx2=[(["Alcoholic cirrhosis of liver without ascites"], "K70.30")],
         fx=[5, 15], organs="healthy liver, stomach and bowel",
         alt=[("77373", "stereotactic body radiation therapy (SBRT)")],
         evidence="proton therapy for liver cancer has not been shown to control the tumor better, or to protect "
                  "the remaining liver better, than stereotactic photon radiation and the other liver-directed "
                  "treatments your plan covers"),
]
_WA_PROTON = {"77522": "Proton treatment delivery, simple, with compensation",
              "77523": "Proton treatment delivery, intermediate",
              "77525": "Proton treatment delivery, complex"}
_WA_POLICIES = ["Kaiser Permanente Washington Clinical Review Criteria: Proton Beam Radiation Therapy",
                "Kaiser Permanente Washington Medical Policy: Proton Beam Radiation Therapy"]
_WA_ASTRO = "ASTRO Model Policy: Proton Beam Therapy"
_WA_JOURNALS = ["Int J Radiat Oncol Biol Phys", "J Clin Oncol", "JAMA Oncol", "Radiother Oncol",
                "Pract Radiat Oncol", "Cancer", "Lancet Oncol"]
_WA_TITLES = {
    "prostate": ["Patient-reported bowel and urinary function after proton or photon radiation for localized "
                 "prostate cancer", "Toxicity and cost of proton versus intensity-modulated radiation in men "
                 "younger than 65", "Proton beam therapy for low- and intermediate-risk prostate cancer: a "
                 "systematic review"],
    "lung": ["Radiation pneumonitis after proton or intensity-modulated radiation for locally advanced lung cancer",
             "Local control with passive-scatter protons versus photons in stage III lung cancer",
             "Proton therapy in thoracic oncology: a review of comparative evidence"],
    "esophagus": ["Postoperative complications after proton or photon chemoradiation for esophageal cancer",
                  "Cardiopulmonary dose and outcomes with proton therapy for esophageal cancer",
                  "Lymphopenia after proton and photon radiation of the esophagus: a single-center series"],
    "liver": ["Proton versus photon radiation for unresectable hepatocellular carcinoma: a comparative cohort",
              "Liver function after stereotactic photon or proton radiation for hepatocellular carcinoma",
              "Particle therapy for primary liver cancer: a systematic review"],
}
_WA_MS = ("1-888-901-4636", "711")
_WA_NP_TITLES = ["Benefit Review Specialist", "Utilization Review Nurse", "Claims Review Coordinator"]
_WA_CENTERS = ["Cascade Proton Therapy Center", "Puget Sound Proton Institute", "Evergreen Proton Center"]


def _wa_refs(w: W, key: str) -> list[str]:
    from . import vocab as V

    taken = " ".join([w.c.member_name, w.c.provider or "", (w.c.reviewer or {}).get("name", "")])
    pool = [x for x in V.LAST if x not in taken]
    titles = list(_WA_TITLES[key])
    w.rng.shuffle(titles)
    titles += [w.pick(["Comparative effectiveness of radiation techniques: an evidence review",
                       "Health technology assessment of proton beam therapy"])]
    out = []
    for t in titles[: w.rng.randint(3, 4)]:
        names = [f"{w.pick(pool)} {w.pick('ABCDEGHJKLMNPRSTW')}{w.pick(['', 'A', 'J', 'M', 'R'])}"
                 for _ in range(w.rng.randint(2, 3))]
        yr, vol, iss = w.rng.randint(2012, 2024), w.rng.randint(18, 121), w.rng.randint(1, 12)
        p1 = w.rng.randint(40, 1900)
        out.append(f"{', '.join(names)}, et al. {t}. {w.pick(_WA_JOURNALS)}. {yr};{vol}({iss}):{p1}-"
                   f"{p1 + w.rng.randint(6, 14)}.")
    return out


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b25_wa"):
        return
    c.extra["b25_wa"] = True
    _fmt(w)
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    can = w.rng.choices(_WA_CANCERS, weights=[x["w"] for x in _WA_CANCERS])[0]
    c.extra["wa_can"] = can
    code = w.pick(sorted(_WA_PROTON))
    fx = w.pick(can["fx"])
    c.extra["wa_fx"] = fx
    c.services = [dict(text=w.pick([f"Proton beam radiation therapy ({_WA_PROTON[code].lower()})",
                                    _WA_PROTON[code], f"{_WA_PROTON[code]}, {fx} fractions"]),
                       codes=[code], decision="denied")]
    t, dcode = w.pick(can["dx"])
    c.diagnoses = [dict(text=w.pick(t), codes=[dcode])]
    if can["dx2"] and w.chance(0.4):
        t2, dcode2 = can["dx2"][0]
        c.diagnoses.append(dict(text=w.pick(t2), codes=[dcode2]))
    c.extra["wa_alt"] = w.pick(can["alt"])
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_WA_POLICIES)] + ([_WA_ASTRO] if w.chance(0.3) else [])
    c.service = None
    c.provider = _doctor(w)
    c.extra["wa_center"] = w.pick(_WA_CENTERS)
    base = c.received or c.letter
    c.extra["wa_biopsy"] = base - dt.timedelta(days=w.rng.randint(30, 80))
    c.extra["wa_consult"] = base - dt.timedelta(days=w.rng.randint(8, 24))
    c.extra["wa_ct"] = base - dt.timedelta(days=w.rng.randint(1, 6))
    if _has(c, "process.reviewer_not_physician"):
        _reviewer_np(w, _WA_NP_TITLES)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        _reviewer_md(w, ["Radiation Oncology", "Medical Oncology"],
                     ["Physician Reviewer", "Associate Medical Director", "Medical Director, Utilization Management"],
                     "WA", 0.75, 0.6)
    c.extra["wa_fax"] = phone(w.rng, "WA")
    c.extra["wa_refs"] = _wa_refs(w, can["key"])
    _flags(c)


def reason_b25_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    can = c.extra["wa_can"]
    if _bare(c):
        return w.pick(["Proton therapy is not medically necessary.", "The request does not meet medical necessity "
                       "requirements.", "This treatment is not medically necessary for you."])
    if c.category == "experimental_investigational":
        return w.pick([
            f"Proton beam therapy for {can['name']} is experimental or investigational under your plan because "
            f"{can['evidence']}.",
            f"We consider proton beam therapy investigational for {can['name']}: {can['evidence']}.",
            f"{_cap(can['evidence'])}, so proton beam therapy for {can['name']} is still investigational and is "
            "excluded by your plan.",
        ])
    return w.pick([
        "Proton therapy is medically necessary only when a photon radiation plan cannot keep the dose to nearby "
        f"organs within safe limits, and the comparison plans your radiation oncologist sent show that a photon "
        f"plan meets every dose limit for the {can['organs']}; so proton therapy is not medically necessary for you.",
        f"The dose comparison from your radiation oncologist shows that photon radiation keeps the dose to your "
        f"{can['organs']} within safe limits, so proton beam therapy is not medically necessary for your "
        f"{can['name']}.",
    ])


def _column_lines(items: list[str], st: Style, size: float, colw: float) -> list[str]:
    """Wrap marked paragraphs into the marked lines of one column ("**" starts a bold heading, "" a blank line)."""
    out: list[str] = []
    for raw in items:
        if raw == "":
            out.append("")
            continue
        bold = raw.startswith("**")
        plain, anns = strip(raw[2:] if bold else raw)
        font = st.font(bold=bold)
        for a, e in _wrap_atomic(plain, [(s0, e0) for _, s0, e0 in anns], font, size, colw):
            seg = plain[a:e]
            inside = sorted((s0 - a, e0 - a, lab) for lab, s0, e0 in anns if a <= s0 and e0 <= e)
            pieces, pos = [], 0
            for s0, e0, lab in inside:
                pieces += [seg[pos:s0], M(lab, seg[s0:e0])]
                pos = e0
            pieces.append(seg[pos:])
            out.append(("**" if bold else "") + "".join(pieces))
    return out


def _newspaper(items: list[str], st: Style, size: float, title: Block) -> list[Block]:
    """The items laid out in two columns side by side on fresh pages (left column first, then the right)."""
    total = PAGE_W - st.margin_l - st.margin_r
    lines = _column_lines(items, st, size, total * 0.46)
    lh = size * st.leading
    cap = int((PAGE_H - st.margin_t - st.margin_b - 60) / lh) - 1
    out: list[Block] = []
    first = True
    while lines:
        chunk, lines = lines[: 2 * cap], lines[2 * cap:]
        half = (len(chunk) + 1) // 2
        left, right = chunk[:half], chunk[half:]
        while right and right[0] == "":
            right = right[1:]
        out.append(Block("pagebreak"))
        if first:
            out.append(title)
            first = False
        out.append(Block("twocol", left=left, right=right, size=size, space_before=6))
    return out


def _wa_rights(w: W) -> list[str]:
    """The rights text as items: "**" headings and paragraphs (marked)."""
    c = w.c
    ms, tty = _WA_MS
    fax = c.extra["wa_fax"]
    out = ["**" + w.pick(["How to appeal", "Your right to appeal", "Appealing this decision"])]
    if c.appeal_phrase:
        out.append(w.pick([
            f"You or someone you authorize may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive "
            f"this notice. Call Member Services at {ms} (TTY {tty}), fax {fax}, or write to Member Appeals.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the day you receive this "
            f"letter, in writing (fax {fax}) or by calling {ms} (TTY {tty}).",
        ]))
    out.append(w.pick([
        "With your appeal you may send written comments, documents, records and other information. A reviewer who "
        "took no part in this decision will consider everything you send, and we decide a pre-service appeal "
        "within 30 days.",
        "You may add letters, records or studies to your appeal. The appeal is decided by someone who was not "
        "involved in this decision, within 30 days for a request made before treatment.",
    ]))
    out += ["", "**" + w.pick(["Urgent appeals", "Expedited appeal"])]
    out.append(w.pick([
        "If your treating doctor says that waiting could seriously jeopardize your life, health or ability to "
        "regain maximum function, ask for an expedited appeal. We decide expedited appeals within 72 hours.",
        "When the usual time could seriously harm your health, your appeal can be handled as urgent and decided "
        "within 72 hours." + ("" if _has(c, "notice.external_review") else " You may ask for an expedited external "
                                                                           "review at the same time."),
    ]))
    out += ["", "**" + w.pick(["Documents you may request", "Free copies"])]
    if c.criteria:
        out.append(w.pick([
            "On request and free of charge, we will give you copies of all documents, records and other "
            "information relevant to your claim, the internal policy we relied on, and an explanation of the "
            "scientific or clinical judgment behind the decision as applied to your medical circumstances.",
            "You may ask, at no cost, for the records and documents relevant to this claim, a copy of the clinical "
            "policy used, and a written explanation of the scientific or clinical judgment for the decision.",
        ]))
    else:
        out.append("On request and free of charge, we will give you copies of all documents, records and other "
                   "information relevant to your claim.")
    out.append("The diagnosis and treatment codes for this request, and their meanings, are available on request.")
    if not _has(c, "notice.external_review"):
        out += ["", "**" + w.pick(["External review", "Independent external review"])]
        out.append(w.pick([
            "If we uphold this denial on appeal, you may ask for an external review by an independent review "
            "organization (45 CFR \u00a7 147.136). Ask within 4 months after you receive our final appeal "
            "decision. The review costs you nothing.",
            "After our final internal appeal decision you have 4 months to request an external review by an "
            "independent review organization under 45 CFR \u00a7 147.136. An urgent external review is decided "
            "within 72 hours.",
        ]))
    out += ["", "**" + w.pick(["Your rights under ERISA", "Legal action"])]
    out.append(w.pick([
        "Your coverage is an employee benefit plan governed by ERISA. You have the right to bring a civil action "
        "under section 502(a) of ERISA after an adverse decision on appeal.",
        "Because this is an ERISA plan, you may file a lawsuit under ERISA section 502(a) once you have received "
        "our decision on your appeal.",
    ]))
    if not _has(c, "notice.consumer_assistance"):
        out.append(w.pick([
            "For help with your rights, contact the Employee Benefits Security Administration, U.S. Department of "
            "Labor, at 1-866-444-3272 (1-866-444-EBSA); check your plan documents for current contact information.",
            "The U.S. Department of Labor's Employee Benefits Security Administration can help with questions about "
            "ERISA rights: 1-866-444-3272 (check your plan documents for current contact details).",
        ]))
    out.append(w.pick([f"Questions? Member Services: {ms} (TTY {tty}).",
                       f"Call Member Services at {ms} (TTY {tty}) with any question about this letter."]))
    return out


def t_b25_wa(w: W):
    _wa_setup(w)
    c = w.c
    ms, tty = _WA_MS
    urgent = c.urgency == "expedited"
    can = c.extra["wa_can"]
    variant = w.rng.randrange(3)  # 0 letter with policy box, 1 rights in two newspaper columns, 2 request table
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5])
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Reference {ref} - {{page}} of {{pages}}", "Kaiser Permanente Washington | page {page}",
                         f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    alt_code, alt_name = c.extra["wa_alt"]
    center = c.extra["wa_center"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington", w.pick(["Clinical Review Unit", "Utilization Management",
                                                                   "Medical Review - Oncology"])],
                   right=["Kaiser Foundation Health Plan of Washington", f"Member Services {ms} | TTY {tty}",
                          f"Fax {c.extra['wa_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    grp = f"{c.extra['employer']} (group {c.ids['group']})"
    if variant == 2:
        rows = [["Request details", ""], ["Member", w.name()], ["Member ID", w.mid()], ["Employer plan", grp],
                ["Requested by", f"{prov}, {center}"], ["Service", M("SERVICE", svc["text"])],
                ["CPT code", w.code(svc["codes"][0])], ["Fractions planned", str(c.extra["wa_fx"])],
                ["Reference", ref], ["Decision", w.pick(["Denied", "Not approved"])]]
        b.append(Block("table", rows=rows, space_before=10, size=st.size - 1))
    else:
        b.append(w.p(f"Member ID: {w.mid()}    Reference: {ref}    Plan: {grp}", size=st.size - 0.5,
                     space_before=8))
    head = w.pick(["Notice of adverse benefit determination", "Your request for proton beam therapy",
                   "Decision: proton beam therapy not approved"])
    if urgent:
        head += w.pick([" (urgent pre-service claim)", " - expedited"])
    b.append(w.h(head, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([f"{prov} of {center} asked us to cover {w.svc_with_codes(svc)} for your {can['name']}.",
                    f"We reviewed a request from {prov} ({center}) for {w.svc_with_codes(svc)}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" It reached us on {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" The review was completed on {dec}."])
    intro += w.pick([" We are not able to approve it.", " The request is denied."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + "; ".join(w.dx(d) for d in c.diagnoses)
                 + "."))
    biopsy, consult, ct = (_fd(w, c.extra[k]) for k in ("wa_biopsy", "wa_consult", "wa_ct"))
    b.append(w.h(w.pick(["Why we denied the request", "Reason for our decision", "The reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We reviewed your biopsy report of {biopsy}, the radiation oncology consultation of {consult} and the "
            f"planning CT done on {ct}.",
            f"Records reviewed: pathology ({biopsy}), consultation notes ({consult}), treatment-planning scan "
            f"({ct}) and the proposed dose plan.",
        ])))
    alt_par = w.p(w.pick([
        f"Your plan covers {alt_name} (CPT {alt_code}) for your condition, and your radiation oncologist can plan "
        "that treatment without a new request.",
        f"Covered alternative: {alt_name}, CPT {alt_code}. It does not need a new review.",
    ]))
    alt_late = w.chance(0.4)
    if not alt_late:
        b.append(alt_par)
    if c.criteria:
        pol = M("CRITERIA", c.criteria[0])
        line = w.pick([f"We based this decision on {pol}. A free copy is available on request.",
                       f"Clinical policy applied: {pol}."])
        if len(c.criteria) > 1:
            line += w.pick([f" The reviewer also considered the {M('CRITERIA', c.criteria[1])}.",
                            f" Also consulted: {M('CRITERIA', c.criteria[1])}."])
        b.append(w.p(line))
        quote = w.pick([
            "Proton beam therapy is considered medically necessary for tumors of the eye, tumors at or near the "
            "base of the skull or spinal cord, and cancers in children treated for cure. For other cancers, "
            "including those of the prostate, lung, esophagus and liver, it is considered investigational unless a "
            "photon plan cannot meet normal-tissue dose limits.",
            "Coverage applies when (a) the tumor lies next to a critical structure such as the optic nerve, "
            "brainstem or spinal cord, and (b) a comparative plan shows that photon techniques, including IMRT and "
            "stereotactic radiation, cannot meet accepted dose limits. Other uses are not covered.",
        ])
        b.append(w.p(w.pick(["Excerpt from our policy: ", "From the Kaiser Permanente policy: ",
                             "Quoted from our clinical policy: "]) + f"\"{quote}\"", boxed=True, italic=True,
                     size=st.size - 1, space_before=8))
    if not _bare(c):
        b.append(w.h(w.pick(["Literature reviewed", "Studies considered", "References"]), space_before=10))
        for k, ref_line in enumerate(c.extra["wa_refs"], 1):
            b.append(w.p(f"{k}. {ref_line}", size=st.size - 1, space_before=1.5, indent=10))
    if alt_late:
        b.append(w.p(alt_par.text, space_before=8))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["This decision was reviewed by", "Reviewer:"])), space_before=8))
    sign = _sign(w, "Clinical Review Unit", "Kaiser Foundation Health Plan of Washington")
    sign.append(w.p(f"cc: {prov}, {center}", size=8.2, space_before=6))
    rights = _wa_rights(w)
    if variant == 1:
        b += sign
        b += _newspaper(rights, st, st.size - 1.5,
                        w.h(w.pick(["YOUR APPEAL RIGHTS", "Important information about your rights"]),
                            size=st.size + 1, space_before=0))
    else:
        for item in rights:
            if item == "":
                continue
            if item.startswith("**"):
                b.append(w.h(item[2:], space_before=9))
            else:
                b.append(w.p(item))
        b += sign
    b += _taglines(w, "WA", f"{ms} (TTY {tty})")
    return b, st, ["wa_letter_policy_box", "wa_two_column_rights", "wa_request_table"][variant]


BLIND25_TEMPLATES["blind25_wa_erisa_proton_beam"] = (t_b25_wa, dict(
    plans=["erisa_group"], states=["WA"], kinds=["initial_denial"],
    cats=["experimental_investigational", "medical_necessity"], reason=reason_b25_wa))
MODELED_ON["blind25_wa_erisa_proton_beam"] = (
    "blind25: Kaiser Permanente Washington employer-group (ERISA) denial of proton beam therapy (77522/77523/77525) "
    "for prostate, lung, esophageal or liver cancer as experimental/investigational or not medically necessary: a "
    "quoted clinical-policy excerpt box, a numbered literature list (journal years, volumes and pages as distractor "
    "numbers), a covered photon alternative with its code, biopsy, consultation and planning-scan dates as "
    "distractors; one layout prints the appeal rights in two newspaper columns, another opens with a request table; "
    "180-day appeal, 72-hour urgent appeal, external review within 4 months (45 CFR 147.136), ERISA 502(a), EBSA "
    "with the catalogue's caveat, Member Services 1-888-901-4636, taglines")
