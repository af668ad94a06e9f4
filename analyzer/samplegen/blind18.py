"""Eighteenth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND18_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind18_ma_part_b_infusion_qa")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind18_ma_part_b_infusion_qa``: Kaiser Permanente Senior Advantage (Medicare Advantage) organization
   determination on a Part B drug given by infusion in a clinic (Washington or Mid-Atlantic States member), naming
   the drug by brand and generic name with its HCPCS J-code, billing units and dose count; denied, or approved for
   fewer doses than asked; set out as questions and answers (a two-column grid, bold questions with indented answers,
   or "Q." / "A." lines); 60-day reconsideration, 7-day standard and 72-hour fast Part B drug reconsideration,
   automatic Independent Review Entity, 1-800-MEDICARE. The 24-hour Part B fast decision (unverified) is never printed.
2. ``blind18_ga_pended_more_info``: Kaiser Permanente Georgia commercial HMO or ERISA employer plan notice that a
   prior-authorization request is pended because information is missing: a status summary box at the top (or a fax
   form with [X] boxes, or a letter with a return slip at the foot), the missing items listed, a date the items are
   due and the date a decision is expected; ERISA letters say the 15-day extension and the at-least-45-day window to
   answer. No Georgia member-services, TTY or consumer-assistance number is printed (the catalogue verifies none).
3. ``blind18_hi_ambulance_claim``: Kaiser Permanente Hawaii commercial HMO or ERISA employer plan denial of an
   ambulance claim: a non-emergency ground ride that was not medically necessary (home from the hospital, to
   dialysis), or a planned air or ground transfer by a non-plan company without a referral (a planted defect denies an
   emergency ride for want of prior authorization); itemized charges (date of service, HCPCS A-code, units or miles,
   billed, paid, remark) in a table or as a list, or a summary box on page 1 with the reason on page 2; 180-day
   appeal, independent review organization within 4 months, ERISA 60-day appeal decision and section 502(a), EBSA
   with the catalogue's "check your plan documents" caveat or the Hawaii Insurance Division by name (no number),
   codes on request. The Hawaii Member Services number (unverified) is never printed.

Dates use this set's own styles (``b18date``); ``parse_blind18_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

BLIND18_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DAYS = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b18date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 5, 2025
        return f"{mon} {d.day}, {d.year}"
    if style == "dash":  # 05-Mar-2025
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if style == "wk":  # Wed., March 5, 2025
        return f"{_DAYS[d.weekday()]} {mon} {d.day}, {d.year}"
    if style == "of":  # 5th of March 2025
        return f"{_ordinal(d.day)} of {mon} {d.year}"
    if style == "ymd":  # 2025/03/05
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "mdy":  # 03/05/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "upper":  # MAR 05 2025
        return f"{mon[:3].upper()} {d.day:02d} {d.year}"
    raise ValueError(style)


STYLES = ("long", "dash", "wk", "of", "ymd", "mdy", "upper")


def parse_blind18_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b18date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}\.) ([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[2] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _DAYS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th) of ([A-Z][a-z]+) (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z]{3}) (\d{2}) (\d{4})", t)
        if m and m[1].title() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1].title()) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b18_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b18date(day, w.c.extra["b18_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 58.0, 66.0]),
               margin_t=w.pick([42.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 8.0])
    return st


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _clinician(w: W) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}", f"{name}, MD, PhD"])


# taglines written for this set; {ph} is a number the letter prints, {tty} its TTY (dropped when none is verified)
_TAGS = {
    "es": "Si habla español, tiene a su disposición ayuda gratuita con el idioma. Llame al {ph}{tty}.",
    "zh": "如果您使用中文，可免費獲得語言協助服務。請致電 {ph}{tty}。",
    "vi": "Nếu quý vị dùng tiếng Việt, quý vị được hỗ trợ ngôn ngữ miễn phí. Hãy gọi {ph}{tty}.",
    "ko": "한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {ph}{tty}번으로 전화하십시오.",
    "ru": "Если вы говорите по-русски, вам бесплатно доступна языковая помощь. Позвоните {ph}{tty}.",
    "tl": "Kung nagsasalita ka ng Tagalog, may makukuha kang libreng tulong sa wika. Tumawag sa {ph}{tty}.",
    "am": "አማርኛ የሚናገሩ ከሆነ የቋንቋ እርዳታ በነጻ ያገኛሉ። ወደ {ph}{tty} ይደውሉ።",
    "fr": "Si vous parlez français, une assistance linguistique gratuite vous est offerte. Appelez le {ph}{tty}.",
    "ar": "إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك مجانًا. اتصل بالرقم {ph}{tty}.",
    "hi": "यदि आप हिंदी बोलते हैं, तो आपके लिए भाषा सहायता निःशुल्क उपलब्ध है। {ph}{tty} पर कॉल करें।",
}
_TAG_SETS = {
    "WA": ["es", "zh", "vi", "ko", "ru", "tl", "am"],
    "MA": ["es", "ko", "zh", "vi", "fr", "am", "ar"],
    "GA": ["es", "vi", "ko", "zh", "fr", "hi", "ar"],
    "HI": ["es", "tl", "zh", "ko", "vi", "ru", "fr"],
}


def _taglines(w: W, key: str, ph: str, tty: str | None, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=8.0) if heading else Block("rule", space_before=10)]
    for code in langs:
        t = _TAGS[code].replace("{ph}", ph).replace("{tty}", f", TTY {tty}" if tty else "")
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Senior Advantage: a Part B infusion drug, told as questions and answers =================================

# brand, generic, J-code, billing unit, units per dose, doses asked for, diagnoses, reviewer specialties, what the
# records lack (reason clause), what was approved instead in a partial decision
_RX = [
    dict(brand="Remicade", generic="infliximab", code="J1745", unit="10 mg", units=50, doses=8,
         dx=[(["Crohn's disease, unspecified, without complications", "Crohn disease of small and large intestine"],
              "K50.90"),
             (["Rheumatoid arthritis, unspecified", "Rheumatoid arthritis, multiple sites"], "M06.9")],
         specs=["Gastroenterology", "Rheumatology"],
         why=["the records do not show a trial of a conventional medicine such as methotrexate or azathioprine "
              "before a biologic", "no tuberculosis screening result from the past 12 months was sent"]),
    dict(brand="Entyvio", generic="vedolizumab", code="J3380", unit="1 mg", units=300, doses=7,
         dx=[(["Ulcerative colitis, unspecified, without complications", "Ulcerative pancolitis"], "K51.90")],
         specs=["Gastroenterology"],
         why=["the colonoscopy and stool test results that show active disease were not included",
              "the notes do not show that steroid treatment was tried or could not be used"]),
    dict(brand="Ocrevus", generic="ocrelizumab", code="J2350", unit="1 mg", units=600, doses=2,
         dx=[(["Multiple sclerosis", "Relapsing-remitting multiple sclerosis"], "G35")],
         specs=["Neurology"],
         why=["no hepatitis B screening result was sent, and the drug's labeling requires one before the first dose",
              "the MRI report confirming the diagnosis was not part of the request"]),
    dict(brand="Prolia", generic="denosumab", code="J0897", unit="1 mg", units=60, doses=2,
         dx=[(["Age-related osteoporosis without current pathological fracture",
               "Postmenopausal osteoporosis"], "M81.0")],
         specs=["Endocrinology", "Internal Medicine", "Rheumatology"],
         why=["the most recent bone density scan and a calcium level were not sent",
              "the records do not show that an oral bone medicine was tried or could not be taken"]),
    dict(brand="Venofer", generic="iron sucrose", code="J1756", unit="1 mg", units=200, doses=5,
         dx=[(["Iron deficiency anemia, unspecified", "Iron deficiency anemia"], "D50.9")],
         specs=["Hematology", "Internal Medicine"],
         why=["the latest ferritin and iron saturation results were not included",
              "the notes do not show that iron tablets were tried or could not be tolerated"]),
    dict(brand="Gamunex-C", generic="immune globulin (human), intravenous", code="J1561", unit="500 mg",
         units=80, doses=6,
         dx=[(["Chronic inflammatory demyelinating polyneuritis", "Chronic inflammatory demyelinating "
               "polyneuropathy"], "G61.81")],
         specs=["Neurology"],
         why=["the nerve conduction study that supports the diagnosis was not sent",
              "the records do not give a baseline strength or disability score to judge the response"]),
]
_MA_CRIT = [
    "the FDA-approved labeling for {generic} and Medicare Part B coverage rules",
    "Medicare coverage rules (42 CFR § 422.101(b)) and the {brand} prescribing information",
    "Medicare Part B drug coverage requirements (42 CFR § 422.101(b))",
]
_MA_CRIT_INTERNAL = [
    "Kaiser Permanente Regional Infusion Therapy Guideline",
    "KP Pharmacy and Therapeutics Committee infusion criteria",
    "MCG ambulatory care guideline for {generic}",
]
# Member Services lines the catalogue verifies for these regions' members (number, TTY)
_MA_MS = {"WA": ("1-888-901-4600", "711"), "MA": ("1-800-777-7902", "(301) 879-6380")}


def _ma_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b18_ma"):
        return
    c.extra["b18_ma"] = True
    _fmt(w, ("long", "dash", "wk", "of", "ymd", "mdy", "upper"))
    key = "WA" if c.state == "WA" else "MA"
    c.region = "Washington" if key == "WA" else "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state, c.region)
    rx = w.pick(_RX)
    c.extra["ma_rx"] = rx
    c.extra["ma_key"] = key
    partial = c.letter_kind == "partial_denial"
    asked = rx["doses"]
    c.extra["ma_asked"] = asked
    c.extra["ma_approved"] = max(1, asked // 2) if partial else 0
    c.extra["ma_why"] = w.pick(rx["why"])
    drug = w.pick([f"{rx['brand']} ({rx['generic']}) infusion", f"{rx['generic']} ({rx['brand']})",
                   f"{rx['brand']} [{rx['generic']}] IV infusion"])
    c.services = [dict(text=drug, codes=[rx["code"]], decision="denied")]
    texts, code = w.pick(rx["dx"])
    c.diagnoses = [dict(text=w.pick(texts), codes=[code])]
    c.criteria = []
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_MA_CRIT_INTERNAL).replace("{generic}", rx["generic"])]
    elif not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(_MA_CRIT).replace("{generic}", rx["generic"]).replace("{brand}", rx["brand"])]
    c.provider = _clinician(w)
    c.service = None
    # a Part B drug request is decided within 72 hours (rules.md 6a); a planted late decision takes a week or more
    base = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = base - dt.timedelta(days=w.rng.randint(8, 20))
    elif c.received is not None or w.chance(0.95):
        c.received = base - dt.timedelta(days=w.rng.randint(0, 1 if c.urgency == "expedited" else 2))
    # appeal window: 60 days (the 65-day figure is not used); a planted short window keeps the case's number
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 60
        c.appeal_phrase = w.pick(["60 days", "60 calendar days", "sixty (60) days"])
    # reviewer
    if c.reviewer and not _has(c, "process.reviewer_not_physician"):
        if w.chance(0.2):
            c.reviewer = None
        else:
            c.reviewer["specialty"] = w.pick(rx["specs"]) if w.chance(0.6) else None
            c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "PharmD, MD"]) if w.chance(0.85) else None
            c.reviewer["phone"] = phone(w.rng, c.state) if w.chance(0.45) else None
    elif c.reviewer:
        c.reviewer["phone"] = None
        c.reviewer["specialty"] = None
    c.extra["ma_fax"] = phone(w.rng, c.state)
    _flags(c)


def reason_b18_ma(w: W) -> str:
    _ma_setup(w)
    c = w.c
    rx = c.extra["ma_rx"]
    if _bare(c):
        return w.pick(["The drug is not medically necessary.", "Medical necessity criteria are not met.",
                       "This request does not meet coverage requirements."])
    why = c.extra["ma_why"]
    asked, ok = c.extra["ma_asked"], c.extra["ma_approved"]
    name = rx["brand"]
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We approved {'the first dose' if ok == 1 else f'the first {ok}'} of the {asked} doses of {name} your "
            "doctor asked for, but not the rest, "
            f"because {why}; a new request can be sent once that is in your record.",
            f"Only {ok} of {asked} requested {name} doses are covered for now: {why}.",
        ])
    return w.pick([
        f"Medicare Part B covers {name} only when its coverage conditions are shown in your medical record, and "
        f"{why}.",
        f"We cannot approve {name} because {why}.",
        f"Your doctor's request for {name} was not approved: {why}.",
    ])


def _ma_signer(w: W) -> list[Block]:
    c = w.c
    r = c.reviewer
    if not r:
        return []
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    if _has(c, "process.reviewer_not_physician"):
        return [w.p(f"Reviewed and decided by {nm}{cred}, {c.reviewer_title}.", space_before=8)]
    sp = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
    ph = f" Doctors may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}." if r["phone"] else ""
    return [w.p(w.pick([f"Physician who reviewed this request: {nm}{cred}{sp}.",
                        f"A plan physician, {nm}{cred}{sp}, made this decision."]) + ph, space_before=8)]


def t_b18_ma(w: W):
    _ma_setup(w)
    c = w.c
    rx = c.extra["ma_rx"]
    key = c.extra["ma_key"]
    ms, tty = _MA_MS[key]
    fax = c.extra["ma_fax"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 Q/A grid table, 1 bold questions with indented answers, 2 "Q." / "A." lines
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    s0 = c.services[0]
    svc = M("SERVICE", s0["text"])
    code = M("HCPCS", rx["code"])
    dx = c.diagnoses[0]
    dxm = f"{M('DIAGNOSIS', dx['text'])} ({M('ICD10', dx['codes'][0])})"
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", c.region)
    asked, ok = c.extra["ma_asked"], c.extra["ma_approved"]
    units = rx["units"]
    st.footer = [w.pick(["{page} / {pages}", f"Senior Advantage - {c.ids['ref']} - page {{page}}",
                         "Part B drug decision, page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    title = w.pick(["Your Medicare Part B drug request: questions and answers",
                    "Senior Advantage decision on an infusion drug",
                    "Decision about a drug given in the clinic (Medicare Part B)"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", f"Senior Advantage | {region}",
                         w.pick(["Medicare Pharmacy Review", "Part B Drug Authorizations"])],
                   right=[f"Member Services {ms}", f"TTY {tty}", f"Fax {fax}"]))
    b.append(w.p(sent, space_before=8, align=w.pick(["left", "right"])))
    b.append(w.p(w.name(), space_before=6))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(title, bold=True, size=st.size + 2, space_before=12))
    if urgent:
        b.append(w.p(w.pick(["We reviewed this request on a fast (expedited) timeline because your doctor said "
                             "waiting could seriously harm your health.",
                             "FAST REVIEW: this request was handled as expedited."]), bold=True))
    # the facts (as Q/A)
    decided = "Approved in part" if partial else w.pick(["Not approved", "Denied"])
    dose = f"{units} units of {code} ({units} x {rx['unit']}) per dose"
    facts = [
        ("Who is this letter for?", f"{w.name()}, Member ID {w.mid()}"),
        ("What drug was asked for?", f"{svc}, HCPCS {code}"),
        ("How much?", f"{asked} doses; {dose}"),
        ("Who asked for it?", M("PROVIDER", c.provider)),
        ("What is it for?", dxm),
    ]
    if rec:
        facts.append(("When did we get the request?", rec))
    if dec:
        facts.append(("When did we decide?", dec))
    facts.append(("What did we decide?", decided + (f" - {ok} of {asked} doses covered" if partial else "")))
    facts.append(("Reference number", c.ids["ref"]))
    reason = M("REASON", w.reason)
    crit_q = "What rules did we use?"
    crit_a = (w.pick(["We used ", "We applied ", "Our reviewer followed "]) + join_and([M("CRITERIA", x) for x in
                                                                                  c.criteria]) + ".") \
        if c.criteria else ""
    why_q = w.pick(["Why did we decide this?", "Why was it not approved?", "What is the reason?"])
    if variant == 0:
        b.append(Block("table", rows=[["Question", "Answer"]] + [[q, a] for q, a in facts], size=8.6,
                       space_before=10))
        b.append(w.h(why_q, space_before=10))
        b.append(w.p(reason))
        if crit_a:
            b.append(w.h(crit_q, space_before=6))
            b.append(w.p(crit_a))
    else:
        for q, a in facts[:5] + [(why_q, reason)] + facts[5:] + ([(crit_q, crit_a)] if crit_a else []):
            if variant == 1:
                b.append(w.h(q, space_before=7))
                b.append(w.p(a, indent=18, space_before=1))
            else:
                b.append(w.p(f"Q. {q}", bold=True, space_before=6))
                b.append(w.p(f"A. {a}", space_before=1))
    if partial:
        n = "1 covered dose" if ok == 1 else f"{ok} covered doses"
        b.append(w.p(w.pick([f"You can get the {n} at your infusion appointments as planned.",
                             f"Authorization is in place for the {n}; your clinic will schedule the visits."])))
    b += _ma_signer(w)
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    qs = w.pick(["What if I disagree?", "Can I appeal?", "How do I ask for a new look at this decision?"])
    rights = [w.pick([
        f"Yes. You can ask us for a reconsideration (an appeal). Your request must reach us within {days} of the "
        f"date of this notice. Send it to the Medicare Appeals Unit by fax at {fax}, or call {ms} (TTY {tty}).",
        f"Ask for a reconsideration within {days} from the date of this letter. You, your doctor, or someone you "
        f"name as your representative can ask. Fax {fax} or phone {ms} (TTY {tty}).",
    ])]
    rights.append(w.pick(["For a Part B drug, we answer a standard reconsideration within 7 days.",
                          "A standard appeal about a Part B drug is decided within 7 days after we get it."]))
    if not no_fast:
        rights.append(w.pick([
            "If waiting 7 days could seriously harm your health, ask for a fast (expedited) appeal; we answer "
            "those within 72 hours. If your doctor says you need one, we will give you one.",
            "Fast appeal: when your life, health or ability to function could be seriously harmed by waiting, we "
            "decide within 72 hours. A request supported by your doctor is handled fast automatically.",
        ]))
    if not no_ext:
        rights.append(w.pick([
            "If we keep our decision, all or part of it, we send your case on our own to an Independent Review "
            "Entity that works for Medicare. You do not need to ask for this.",
            "When the reconsideration does not go fully your way, the file goes automatically to the Independent "
            "Review Entity, an outside organization that Medicare contracts with, for a new decision.",
        ]))
    rights.append("For questions about Medicare, call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, "
                  "or visit www.medicare.gov.")
    if variant == 2:
        b.append(w.p(f"Q. {qs}", bold=True, space_before=10))
        b += [w.p(("A. " if i == 0 else "") + t, space_before=2) for i, t in enumerate(rights)]
    else:
        b.append(w.h(qs, space_before=10, shade=variant == 0))
        b += [w.p(t, indent=18 if variant == 1 else 0, space_before=2) for t in rights]
    b.append(w.p(w.pick(["You may ask for a free copy of the records we used.",
                         "Copies of the information we used to decide are free on request."])))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter help is free: call {ms} (TTY {tty}).",
                             f"Language help and this notice in other formats are available at no cost: {ms}."])))
    b.append(w.p(w.pick(["Sincerely,", "With regards,"]), space_before=10))
    b.append(w.p(w.pick(["Medicare Pharmacy Review", "Senior Advantage Utilization Review"]), bold=True,
                 space_before=4))
    if w.chance(0.6):
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.4, space_before=6))
    b += _taglines(w, key, ms, tty, w.pick([None, "Help in your language"]))
    return b, st, ["ma_qa_grid", "ma_qa_indented", "ma_q_dot_a"][variant]


BLIND18_TEMPLATES["blind18_ma_part_b_infusion_qa"] = (t_b18_ma, dict(
    plans=["medicare_advantage"], states=["WA", "MD", "VA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b18_ma))
MODELED_ON["blind18_ma_part_b_infusion_qa"] = (
    "blind18: Kaiser Permanente Senior Advantage (Medicare Advantage) organization determination on a Part B "
    "infusion drug (brand and generic name, HCPCS J-code, billing units, doses) for a Washington or Mid-Atlantic "
    "member, denied or approved for fewer doses; questions and answers as a grid, bold questions with indented "
    "answers, or Q./A. lines; LCD/labeling criteria; 60-day reconsideration, 7-day standard and 72-hour fast Part B "
    "appeal, automatic Independent Review Entity, 1-800-MEDICARE, verified Member Services and TTY lines, taglines")


# === 2. Georgia commercial or ERISA plan: a request pended for missing information ===================================

# items a reviewer may be waiting for: (member wording, provider checklist wording)
_GA_ITEMS = [
    ("notes from your last two visits with the doctor who asked for this care",
     "Progress notes from the two most recent office visits"),
    ("the report of your most recent imaging test (X-ray, MRI or CT)",
     "Most recent imaging report (X-ray / MRI / CT)"),
    ("a list of the treatments you have already tried and how well they worked",
     "Prior treatments tried, with dates and response"),
    ("lab results from the last 90 days", "Laboratory results, last 90 days"),
    ("your surgeon's consultation note and treatment plan", "Surgical consultation note and plan of care"),
    ("the prior authorization form, signed by the ordering clinician",
     "Signed prior authorization request form"),
    ("physical therapy notes showing the visits completed so far", "Physical therapy notes, visits to date"),
]
_GA_HOLD = ["PENDED", "ON HOLD", "PENDING"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b18_ga"):
        return
    c.extra["b18_ga"] = True
    _fmt(w, ("long", "dash", "wk", "of", "ymd", "mdy", "upper"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    erisa = c.plan_type == "erisa_group"
    n = w.pick([1, 2, 2, 3])
    idx = w.rng.sample(range(len(_GA_ITEMS)), n)
    c.extra["ga_items"] = [_GA_ITEMS[i] for i in idx]
    c.extra["ga_other"] = [_GA_ITEMS[i] for i in range(len(_GA_ITEMS)) if i not in idx]
    # when the information is due and when a decision is expected (ERISA: 45 days to answer, then 15 days)
    if erisa:
        due = c.letter + dt.timedelta(days=48)  # at least 45 days after the member receives the notice
        expected = due + dt.timedelta(days=15)
    else:
        due = c.letter + dt.timedelta(days=w.pick([10, 14, 21]))
        expected = D.add_business(due, w.pick([3, 5]))
    c.extra["ga_due"], c.extra["ga_expected"] = due, expected
    if c.received is None or w.chance(0.5):
        c.received = c.letter - dt.timedelta(days=w.rng.randint(1, 6))
    c.service = None
    c.decision = None
    c.provider = _clinician(w)
    # a named physician reviewer who is waiting for the records, in some letters
    if w.chance(0.45):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]) if w.chance(0.85) else None,
                          specialty=(c.scenario.get("specialty") or "Internal Medicine") if w.chance(0.5) else None,
                          phone=phone(w.rng, "GA") if w.chance(0.5) else None)
    else:
        c.reviewer = None
    c.criteria = []
    c.extra["ga_box"] = f"P.O. Box {w.rng.randint(1000, 9999)}, Atlanta, GA 30{w.rng.randint(301, 399)}"
    _flags(c)


def reason_b18_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _has(c, "notice.delay_requirements"):
        return w.pick(["We need more information before we can make a decision on this request.",
                       "Your request is pending while we gather additional information."])
    items = join_and([m for m, _ in c.extra["ga_items"]])
    return w.pick([
        f"We cannot finish our review yet because we have not received {items}.",
        f"A decision has not been made because the request came without {items}.",
        f"The review is on hold: to decide, we still need {items}.",
    ])


def t_b18_ga(w: W):
    _ga_setup(w)
    c = w.c
    erisa = c.plan_type == "erisa_group"
    vague = _has(c, "notice.delay_requirements")
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 status box on top, 1 fax form to the clinician, 2 letter with a return slip
    if variant == 1:
        st.family = "courier"
        st.size = min(st.size, 9.0)
    dept, fax, box = c.phones["dept"], c.phones["fax"], c.extra["ga_box"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    due, expected = _fd(w, c.extra["ga_due"]), _fd(w, c.extra["ga_expected"])
    region = M("REGION", "Georgia")
    hold = w.pick(_GA_HOLD)
    items = c.extra["ga_items"]
    plan_doc = "Summary Plan Description" if erisa else "Evidence of Coverage"
    svc_lines = [w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services]
    dx_lines = [w.dx(d, w.rng.randrange(3)) for d in c.diagnoses]
    st.footer = [w.pick(["Page {page} of {pages}", f"Ref. {c.ids['ref']} | {{page}}/{{pages}}",
                         "KP Georgia Utilization Management - {page}"])]
    st.footer_align = w.pick(["left", "center", "right"])
    b: list[Block] = []
    reason = M("REASON", w.reason)

    def items_blocks(member: bool) -> list[Block]:
        if vague:
            return []
        out = [w.h(w.pick(["What we still need", "Missing information", "Please send"]), space_before=8)]
        for k, (m, p) in enumerate(items, 1):
            t = _cap(m) if member else p
            out.append(w.p((f"{k}. " if variant == 2 else "- ") + t, indent=14, space_before=1))
        return out

    def timing() -> list[Block]:
        if vague:
            return [w.p(w.pick(["We will contact you again once we have what we need.",
                                "We will let you know when the review is complete."]))]
        if erisa:
            return [w.p(w.pick([
                f"Because information is missing, we are extending the time to decide by up to 15 days. You have at "
                f"least 45 days from the day you receive this notice to send it; we will wait for it until {due}. "
                f"The time to decide stops running until we receive it, and we expect to decide no later than "
                f"{expected}.",
                f"We are using a 15-day extension for this claim. The information is due by {due} (no less than 45 "
                f"days after you receive this notice); a decision is expected by {expected}.",
            ]))]
        return [w.p(w.pick([
            f"Please send the information by {due}. Once it arrives we expect to decide by {expected}.",
            f"Information due: {due}. Expected decision date: {expected}, sooner if we receive the records early.",
        ]))]

    def rights() -> list[Block]:
        out = [w.p(w.pick([
            ("If nothing arrives" if vague else "If nothing arrives by the due date") + ", we will decide using the "
            "information we already have, and you will get a written decision with your appeal rights.",
            "Without the records we will make a decision based on what is in the file; any denial will come with "
            "an explanation of how to appeal.",
        ]))]
        out.append(w.p(w.pick([
            f"This notice is not a denial. If you are unhappy with this delay, you may file a complaint (grievance) "
            f"with us by writing to {box} or calling {dept}.",
            f"You may file a grievance about the delay itself; write to Member Relations, {box}, or call {dept}. "
            f"Your {plan_doc} explains the process.",
        ])))
        return out

    if variant == 1:
        b.append(w.p("KAISER PERMANENTE - " + region + " - UTILIZATION MANAGEMENT", bold=True, space_before=0))
        b.append(w.p(f"FAX {fax}   TEL {dept}", space_before=1))
        b.append(Block("rule", space_before=4))
        b.append(w.p(w.pick(["REQUEST FOR ADDITIONAL CLINICAL INFORMATION", "RECORDS NEEDED - AUTHORIZATION "
                             + hold]), bold=True, size=st.size + 2, align="center", space_before=8))
        grid = [["TO", M("PROVIDER", c.provider)], ["DATE SENT", sent], ["PATIENT", w.name()],
                ["MEMBER ID", w.mid()], ["AUTH REF", c.ids["ref"]]]
        if rec:
            grid.append(["RECEIVED", rec])
        grid.append(["STATUS", hold + " - information needed"])
        b.append(Block("table", rows=grid, header_row=False, size=8.6, space_before=8))
        b.append(w.h("SERVICE(S) REQUESTED", space_before=8))
        b += [w.p(x, indent=14, space_before=1) for x in svc_lines]
        b.append(w.h("DIAGNOSIS", space_before=6))
        b += [w.p(x, indent=14, space_before=1) for x in dx_lines]
        b.append(w.h("WHY THIS REQUEST IS PENDING", space_before=8))
        b.append(w.p(reason))
        if not vague:
            b.append(w.h("CHECKED ITEMS ARE REQUIRED", space_before=8))
            for _m, p in items:
                b.append(w.p(f"[X] {p}", indent=10, space_before=1))
            for _m, p in c.extra["ga_other"][: w.rng.randint(1, 3)]:
                b.append(w.p(f"[ ] {p}", indent=10, space_before=1))
        b += timing()
        b.append(w.p(f"Return records by fax to {fax}, attention Prior Authorization, with this page on top."))
        if c.reviewer:
            b += _ga_reviewer(w, clinician=True)
        b.append(w.p(w.pick([f"A copy of this request was mailed to {w.name()}.",
                             "The member receives a copy of this notice."]), space_before=6))
        b += rights()
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}", w.pick(["Utilization Management",
                                                                        "Authorization Review"])],
                       right=[box, f"Phone {dept}", f"Fax {fax}"]))
        if variant == 0:
            summ = [["STATUS", f"{hold}: more information needed"], ["Reference", c.ids["ref"]]]
            if rec:
                summ.insert(1, ["Request received", rec])
            if not vague:
                summ += [["Information due by", due], ["Decision expected by", expected]]
            b.append(Block("table", rows=summ, header_row=False, size=9.0, space_before=8))
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        ref = f"Member ID: {w.mid()}"
        if variant == 2:
            ref += f" | Reference: {c.ids['ref']}"
            if rec:
                ref += f" | Received: {rec}"
        b.append(w.p(ref, size=8.6, space_before=8))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},", "Dear Member:"]),
                     space_before=10))
        b.append(w.p(w.pick([
            f"We received a prior authorization request for you from {M('PROVIDER', c.provider)}. ",
            f"{M('PROVIDER', c.provider)} asked us to approve care for you. ",
        ]) + reason))
        b.append(w.h(w.pick(["Care requested", "What was requested", "Requested service(s)"]), space_before=6))
        b += [w.p(x, indent=14, space_before=1) for x in svc_lines]
        b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis given: ", "Reason for the request: "]) + "; ".join(dx_lines),
                     space_before=3))
        b += items_blocks(member=True)
        b.append(w.p(w.pick([
            f"We have asked {M('PROVIDER', c.provider)}'s office for these records too. You can help by reminding "
            "the office or by sending copies yourself.",
            "The same request went to your doctor's office. Either of you may send the records.",
        ])))
        b += timing()
        b.append(w.p(w.pick([f"Send records by fax to {fax} or by mail to {box}. Write the reference number on "
                             "each page.", f"Mail to {box} or fax {fax}; include the reference number."])))
        if c.reviewer:
            b += _ga_reviewer(w, clinician=False)
        b += rights()
        b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
        b.append(w.p(w.pick(["Authorization Review Team", "Utilization Management Department"]), bold=True,
                     space_before=4))
        b.append(w.p("Kaiser Permanente Georgia", space_before=0))
        if variant == 0 and w.chance(0.6):
            b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.4, space_before=6))
        if variant == 2 and not vague:
            b.append(w.p("- - - - - - - - - - - - - - detach and return with your records - - - - - - - - - - - - - -",
                         size=8.0, align="center", space_before=14))
            b.append(Block("table", rows=[["Member", w.name()], ["Member ID", w.mid()], ["Reference", c.ids["ref"]],
                                          ["Return by", due], ["Fax", fax]], header_row=False, size=8.6,
                           space_before=4))
            b += [w.p(f"[ ] {p}", indent=10, space_before=1) for _, p in items]
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help is available: call {dept}.",
                             f"Need an interpreter? It is free. Call {dept}."]), space_before=8))
    b += _taglines(w, "GA", dept, None, w.pick([None, "Language assistance"]))
    return b, st, ["ga_status_box_letter", "ga_provider_fax_checklist", "ga_letter_return_slip"][variant]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _ga_reviewer(w: W, clinician: bool) -> list[Block]:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    sp = f", {M('REVIEWER_SPECIALTY', r['specialty'])}" if r["specialty"] else ""
    t = w.pick([f"Reviewing physician: {nm}{cred}{sp}.", f"The physician reviewing this request is {nm}{cred}{sp}."])
    if r["phone"]:
        t += (f" Peer-to-peer: {M('REVIEWER_PHONE', r['phone'])}." if clinician
              else f" Your doctor may call {M('REVIEWER_PHONE', r['phone'])} to discuss it.")
    return [w.p(t, space_before=6)]


BLIND18_TEMPLATES["blind18_ga_pended_more_info"] = (t_b18_ga, dict(
    plans=["commercial_hmo", "erisa_group"], states=["GA"], kinds=["delay_notice"], cats=["administrative"],
    reason=reason_b18_ga))
MODELED_ON["blind18_ga_pended_more_info"] = (
    "blind18: Kaiser Permanente Georgia commercial HMO or ERISA employer plan notice that a prior-authorization "
    "request is pended for missing information: a status summary box on top, a fax checklist to the clinician, or "
    "a letter with a return slip; the missing items, the date they are due and the expected decision date (ERISA: "
    "15-day extension, 45 days to answer), the right to grieve the delay, no unverified Georgia numbers, taglines")


# === 3. Hawaii commercial or ERISA plan: an ambulance claim with itemized charges ===================================

# (situation, category, line items [(descriptions, code, miles?)], diagnoses, ambulance company names)
_HI_TRIPS = {
    "medical_necessity": [
        dict(what="a non-emergency ambulance ride home after a hospital stay",
             lines=[(["Ambulance service, basic life support, non-emergency transport",
                      "BLS ambulance, non-emergency"], "A0428", False),
                    (["Ground mileage, per statute mile", "Ambulance mileage (ground)"], "A0425", True)],
             dx=[(["Presence of right artificial knee joint", "Status post right total knee replacement"],
                  "Z96.651"),
                 (["Unsteadiness on feet"], "R26.81")],
             why="the trip notes show {first} walked to the stretcher with a cane and sat upright for the trip, so "
                 "a car or wheelchair van could have been used safely; an ambulance was not medically necessary"),
        dict(what="ambulance rides to and from dialysis",
             lines=[(["Ambulance service, basic life support, non-emergency transport",
                      "Non-emergency BLS transport"], "A0428", False),
                    (["Ground mileage, per statute mile", "Mileage, ground ambulance"], "A0425", True)],
             dx=[(["End stage renal disease", "End-stage kidney disease"], "N18.6")],
             why="the dialysis center's notes say {first} transfers to a chair with light help and has no condition "
                 "that requires monitoring on the way, so ambulance transport was not medically necessary for these "
                 "trips"),
    ],
    "out_of_network": [
        dict(what="a planned air ambulance transfer to a non-plan hospital on Oahu",
             lines=[(["Air ambulance, fixed wing, transport", "Fixed-wing air ambulance service"], "A0430", False),
                    (["Fixed wing air mileage, per statute mile", "Air mileage (fixed wing)"], "A0435", True)],
             dx=[(["Nonrheumatic aortic (valve) stenosis", "Aortic valve stenosis"], "I35.0")],
             why="the transfer was scheduled ahead of time for planned heart-valve care at a hospital that is not "
                 "a plan provider, without a referral from us, and the same care was available at Moanalua "
                 "Medical Center"),
        dict(what="a non-plan ambulance transfer to a non-plan nursing facility",
             lines=[(["Ambulance service, advanced life support, non-emergency transport",
                      "ALS ambulance, non-emergency"], "A0426", False),
                    (["Ground mileage, per statute mile", "Ambulance mileage (ground)"], "A0425", True)],
             dx=[(["Cerebral infarction, unspecified", "Ischemic stroke"], "I63.9"),
                 (["Hemiplegia following cerebral infarction affecting right dominant side"], "I69.351")],
             why="the move from the hospital to a nursing facility was planned, not an emergency; the ambulance "
                 "company and the facility are not plan providers, and no referral was requested"),
    ],
}
# planted defect only (process.emergency_prior_auth): an emergency ride denied for want of prior authorization
_HI_TRIPS["no_prior_authorization"] = [
    dict(what="an emergency ambulance ride to the emergency room",
         lines=[(["Ambulance service, advanced life support, emergency transport, level 1",
                  "ALS emergency ambulance, level 1"], "A0427", False),
                (["Ground mileage, per statute mile", "Ambulance mileage (ground)"], "A0425", True)],
         dx=[(["Chest pain, unspecified", "Chest pain"], "R07.9"), (["Syncope and collapse"], "R55")],
         why="no prior authorization was obtained for the ambulance transport before it took place"),
]
_HI_AMB = ["Pacific Isles Medical Transport", "Aloha Critical Care Transport", "Leeward Ambulance Company",
           "Mauka Medical Transportation LLC"]
_HI_AIR = ["Island Air Ambulance Services", "Trans-Pacific Air Medical", "Kona Coast Air Medical Transport"]
_HI_REMARK = {"medical_necessity": ("N1", "Ambulance transport was not medically necessary; another way of "
                                    "travelling was safe."),
              "out_of_network": ("N7", "Non-plan provider; planned (non-emergency) care without a referral."),
              "no_prior_authorization": ("N4", "No prior authorization on file for this service.")}


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b18_hi"):
        return
    c.extra["b18_hi"] = True
    _fmt(w, ("long", "dash", "wk", "of", "ymd", "mdy", "upper"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    trip = w.pick(_HI_TRIPS[c.category])
    c.extra["hi_trip"] = trip
    miles = w.rng.randint(4, 38) if trip["lines"][0][1] != "A0430" else w.rng.randint(90, 260)
    c.services = []
    for texts, code, per_mile in trip["lines"]:
        units = miles if per_mile else 1
        rate = (w.rng.uniform(14, 32) if code in ("A0425",) else w.rng.uniform(60, 110)) if per_mile \
            else (w.rng.uniform(24000, 52000) if code == "A0430" else w.rng.uniform(780, 2600))
        c.services.append(dict(text=w.pick(texts), codes=[code], decision="denied", units=units,
                               billed=round(rate * units, 2)))
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in trip["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.provider = w.pick(_HI_AIR if trip["lines"][0][1] == "A0430" else _HI_AMB)
    c.criteria = []
    if c.category == "medical_necessity" and w.chance(0.5):
        c.criteria = [w.pick(["Kaiser Permanente Hawaii ambulance transportation guideline",
                              "the Evidence of Coverage section on ambulance services"])]
    if c.reviewer and c.category == "medical_necessity" and not w.chance(0.3):
        c.reviewer["specialty"] = w.pick(["Emergency Medicine", "Family Medicine", "Internal Medicine"]) \
            if w.chance(0.5) else None
        c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO"]) if w.chance(0.85) else None
        c.reviewer["phone"] = phone(w.rng, "HI") if w.chance(0.4) else None
    else:
        c.reviewer = None
    c.extra["hi_box"] = f"P.O. Box {w.rng.randint(1000, 9999)}, Honolulu, HI 968{w.rng.randint(10, 50)}"
    _flags(c)


def reason_b18_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    first = c.member_name.split()[0]
    why = c.extra["hi_trip"]["why"].replace("{first}", first)
    return w.pick([
        f"We denied this claim because {why}.",
        f"This claim is not payable: {why}.",
        f"{why[:1].upper()}{why[1:]}. For that reason the charges are denied.",
    ])


def t_b18_hi(w: W):
    _hi_setup(w)
    c = w.c
    erisa = c.plan_type == "erisa_group"
    no_ci = _has(c, "notice.claim_identification")
    no_ca = _has(c, "notice.consumer_assistance")
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letter + charge table, 1 charge list (no table), 2 summary box, detail page 2
    dept, fax, box = c.phones["dept"], c.phones["fax"], c.extra["hi_box"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Hawaii")
    trip = c.extra["hi_trip"]
    rcode, rtext = _HI_REMARK[c.category]
    prov = M("PROVIDER", c.provider)
    doc = "Summary Plan Description" if erisa else "Evidence of Coverage"
    st.footer = [w.pick(["Page {page} of {pages}", f"Claim {c.ids['claim']} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", f"{region}", w.pick(["Claims Administration", "Member Claims Review"])],
                   right=[box, f"Claims line {dept}", f"Fax {fax}"]))
    head = w.pick(["Ambulance claim decision", "Notice of claim denial: ambulance services",
                   "Your ambulance claim"])
    total = f"${c.money['total']:,.2f}"

    paid = "not paid" if no_ci else "paid $0.00"

    def charges() -> list[Block]:
        if variant == 1 or no_ci and variant != 0:
            out = [w.h(w.pick(["Charges on this claim", "What was billed"]), space_before=8)]
            for s in c.services:
                amt = "" if no_ci else f"; billed ${s['billed']:,.2f}"
                out.append(w.p(f"- {_dm(w, 'DATE_SERVICE', c.service)}: {w.svc(s)} (HCPCS {w.code(s['codes'][0])}),"
                               f" {s['units']} unit{'s' if s['units'] != 1 else ''}{amt}; {paid}", indent=10,
                               space_before=1))
            return out
        head_row = ["Date of service", "HCPCS", "Description", "Units", "Billed", "Paid", "Remark"]
        rows = [head_row]
        for s in c.services:
            rows.append([_dm(w, "DATE_SERVICE", c.service), w.code(s["codes"][0]), w.svc(s), str(s["units"]),
                         "-" if no_ci else f"${s['billed']:,.2f}", "none" if no_ci else "$0.00", rcode])
        if not no_ci:
            rows.append(["", "", "Total", "", total, "$0.00", ""])
        return [Block("table", rows=rows, size=8.0, space_before=8,
                      col_align=["left", "left", "left", "right", "right", "right", "center"])]

    intro = w.pick([
        f"We have reviewed the claim from {prov} for {trip['what']} on {_dm(w, 'DATE_SERVICE', c.service)}.",
        f"{prov} sent us a claim for {trip['what']} ({_dm(w, 'DATE_SERVICE', c.service)}). We have finished our "
        "review.",
    ])
    ids = [f"Member: {w.name()}", f"Member ID: {w.mid()}", f"Claim number: {c.ids['claim']}"]
    if rec:
        ids.append(f"Claim received: {rec}")
    if dec:
        ids.append(f"Decision date: {dec}")
    reason = M("REASON", w.reason)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    body: list[Block] = [w.h(w.pick(["Why the claim was denied", "Reason for our decision"]), space_before=10),
                         w.p(reason), w.p(f"Diagnosis on the claim: {dxs}.")]
    if c.criteria:
        body.append(w.p(w.pick(["We applied ", "This decision follows "]) + M("CRITERIA", c.criteria[0]) + "."))
    if c.category == "out_of_network":
        body.append(w.p(w.pick([
            f"Your {doc} covers care from non-plan providers only in an emergency or with an approved referral.",
            f"Under your {doc}, planned care from providers outside the plan needs a referral from us first.",
        ])))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        sp = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
        t = f"Physician reviewer: {nm}{cred}{sp}."
        if r["phone"]:
            t += f" Phone: {M('REVIEWER_PHONE', r['phone'])}."
        body.append(w.p(t))
    body.append(w.p(w.pick([
        f"{prov} may bill you for these charges. If you get a bill, call us at {dept} before you pay it.",
        f"Because the claim is denied, you may be responsible for the amount {prov} charged.",
    ])))
    if not no_ci:
        body.append(w.p(w.pick([
            "You can ask us, at no cost, for the diagnosis and treatment codes on this claim and what they mean.",
            "The billing and diagnosis codes on this claim, with their meanings, are free on request.",
        ])))
    rights: list[Block] = [w.h(w.pick(["Your right to appeal", "If you disagree"]), space_before=10)]
    days = M("APPEAL_DAYS", c.appeal_phrase)
    rights.append(w.p(w.pick([
        f"You may appeal within {days} after you receive this notice. Write to Member Appeals, {box}, or fax "
        f"{fax}. Include the claim number and any records that support your appeal.",
        f"To appeal, send us a written request within {days} of receiving this letter ({box}; fax {fax}). Tell "
        "us why you disagree and attach any records.",
    ])))
    if erisa:
        rights.append(w.p("We will decide an appeal of this claim within 60 days after we receive it."))
    rights.append(w.p(w.pick([
        "If we uphold the denial after your appeal, you may ask for an external review by an independent review "
        "organization within 4 months after you receive our final decision.",
        "After our final internal decision, you have four months to ask for external review by an independent "
        "review organization.",
    ])))
    if erisa:
        rights.append(w.p("You also have the right to bring a civil action under section 502(a) of ERISA after "
                          "you complete the appeal process."))
    rights.append(w.p("You may ask for free copies of the documents and records relevant to this claim."))
    if not no_ca:
        if erisa:
            rights.append(w.p("Questions about your rights: Employee Benefits Security Administration, "
                              "1-866-444-3272 (check your plan documents for current contact details)."))
        else:
            rights.append(w.p(w.pick(["The Hawaii Insurance Division can help you with an appeal or complaint.",
                                      "For help with your appeal you may contact the Hawaii Insurance Division."])))
    if variant == 2:
        summ = [["Claim", c.ids["claim"]], ["Patient", w.name()], ["Service", trip["what"]],
                ["Decision", "DENIED" if no_ci else "DENIED - plan pays $0.00"]]
        if not no_ci:
            summ.insert(3, ["Amount billed", total])
        b.append(w.p(head.upper(), bold=True, size=st.size + 2, space_before=10))
        b.append(Block("table", rows=summ, header_row=False, size=9.0, space_before=6))
        b.append(w.p(w.pick(["The reason and your appeal rights are on the next page.",
                             "See page 2 for why, and for how to appeal."]), italic=True))
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(" | ".join(ids[1:]), size=8.6, space_before=8))
        b.append(w.p(intro, space_before=8))
        b += charges()
        b.append(Block("pagebreak"))
        b += body + rights
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(head, bold=True, size=st.size + 1.5, space_before=10))
        b += [w.p(x, space_before=0, size=8.8) for x in ids]
        b.append(w.p(w.pick([f"Aloha {c.member_salute},", f"Dear {c.member_salute}:"]), space_before=10))
        b.append(w.p(intro))
        b += charges()
        if variant == 0 and not no_ci:
            b.append(w.p(f"Remark {rcode}: {rtext}", size=8.4))
        b += body + rights
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {dept}.", f"Language help at no cost: call {dept}."]),
                     space_before=8))
    b.append(w.p(w.pick(["Mahalo,", "Sincerely,"]), space_before=10))
    b.append(w.p("Claims Administration, Kaiser Permanente Hawaii", bold=True, space_before=4))
    b += _taglines(w, "HI", dept, None, w.pick([None, "Language assistance"]))
    return b, st, ["hi_claim_letter_table", "hi_claim_letter_list", "hi_claim_summary_box_page2"][variant]


BLIND18_TEMPLATES["blind18_hi_ambulance_claim"] = (t_b18_hi, dict(
    plans=["commercial_hmo", "erisa_group"], states=["HI"], kinds=["payment_denial"],
    cats=["medical_necessity", "out_of_network"], reason=reason_b18_hi))
MODELED_ON["blind18_hi_ambulance_claim"] = (
    "blind18: Kaiser Permanente Hawaii commercial or ERISA employer plan denial of an ambulance claim (non-emergency "
    "ground transport not medically necessary, or a planned air or ground transfer by a non-plan company without a "
    "referral), itemized charges (date of service, HCPCS A-codes, units/miles, billed, paid, remark) in a table or a "
    "list, or a summary box with the reason on page 2; 180-day appeal, independent review organization within 4 "
    "months, ERISA 60-day appeal decision and section 502(a), EBSA with the catalogue's caveat or the Hawaii "
    "Insurance Division by name, codes on request, taglines")
