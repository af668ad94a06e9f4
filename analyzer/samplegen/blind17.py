"""Seventeenth blind evaluation set: three templates written without sight of the extractor, to be measured once.

Registered in ``BLIND17_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind17_co_bariatric_checklist")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind17_co_bariatric_checklist``: Kaiser Permanente Colorado commercial HMO prior-authorization decision on
   weight-loss surgery (sleeve gastrectomy or gastric bypass), sometimes approving only more supervised nutrition
   visits; the plan's surgical requirements are set out as a checklist (requirement / what the records show / met or
   not met) in a table or as marked lines; BMI and comorbidity codes; 180-day appeal, 72-hour expedited appeal,
   external review by an independent review organization within 4 months after the final internal decision, the
   Colorado Division of Insurance by name (no telephone number: the catalogue has none verified).
2. ``blind17_midatlantic_pharmacy_form``: Kaiser Permanente Mid-Atlantic States (Maryland, Virginia or DC member)
   commercial HMO pharmacy prior-authorization notice printed as a form with "[X]" check boxes for the decision and
   the reason: step therapy not met, a quantity above the plan limit (sometimes a lower quantity approved), or a drug
   the Evidence of Coverage excludes (weight-loss, sexual-dysfunction drugs); sent to the member, or faxed to the
   prescriber in courier type with a numbered fax header on every page; 180-day appeal, 72-hour expedited appeal,
   independent review organization within 4 months, the Maryland Health Education and Advocacy Unit or the Virginia
   Office of the Managed Care Ombudsman with their catalogue numbers (the DC ombudsman by name only).
3. ``blind17_wa_inpatient_claim_rep``: Kaiser Permanente Washington commercial or ERISA employer plan decision on a
   hospital claim for an inpatient stay, addressed to the member's authorized representative (spouse, child,
   attorney, care manager) with the patient named apart: a retrospective review denying some or all inpatient days
   (ancillary lines paid), a planned admission at a non-plan hospital without referral, or (planted defect) an
   emergency admission denied for lack of prior authorization; claim lines in a table with billed amounts and a
   remark legend, or as bullets; 180-day appeal, independent review organization within 4 months, ERISA 60-day
   post-service appeal decision and section 502(a), EBSA (with the catalogue's "check your plan documents" caveat)
   or the Washington State Office of the Insurance Commissioner by name, codes on request.

Dates use this set's own styles (``b17date``); ``parse_blind17_date`` reads them back. Defects the rule catalogue
allows but a template cannot word are refused by the catalogue's own applicability (category, plan, kind).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

BLIND17_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b17date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 5, 2025
        return f"{mon} {d.day}, {d.year}"
    if style == "mdy":  # 03/05/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy":  # 5 March 2025
        return f"{d.day} {mon} {d.year}"
    if style == "mon":  # Mar 5, 2025
        return f"{mon[:3]} {d.day}, {d.year}"
    if style == "short":  # 3/5/25 (month first)
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "ord":  # March 5th, 2025
        return f"{mon} {_ordinal(d.day)}, {d.year}"
    if style == "compact":  # 05MAR2025
        return f"{d.day:02d}{mon[:3].upper()}{d.year}"
    raise ValueError(style)


STYLES = ("long", "mdy", "dmy", "mon", "short", "ord", "compact")


def parse_blind17_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b17date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", t)
        if m and not (m[1].startswith("0") or m[2].startswith("0")):
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in MONTHS and _ordinal(int(m[2])) == m[2] + m[3]:
            return dt.date(int(m[4]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{4})", t)
        if m and m[2].title() in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2].title()) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b17_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b17date(day, w.c.extra["b17_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 56.0, 64.0, 70.0]),
               margin_t=w.pick([40.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _code(x: str) -> str:
    from .case import code_label

    return M(code_label(x), x)


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _clinician(w: W) -> str:
    name, _, _ = person(w.rng, 0.25)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}"])


def _signer(w: W, style: int) -> list[Block]:
    """The reviewer's sign-off in one of several shapes; for a planted non-physician, a job title instead."""
    c = w.c
    r = c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    if _has(c, "process.reviewer_not_physician"):
        return [w.p(f"Decision made by: {nm}{cred}", space_before=10), w.p(c.reviewer_title, space_before=0)]
    sp = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    if style == 0:
        out = [w.p("/s/ " + r["name"].split()[-1], italic=True, space_before=10), w.p(f"{nm}{cred}", space_before=0)]
        out.append(w.p("Physician Reviewer" + (f", {sp}" if sp else ""), space_before=0))
        if ph:
            out.append(w.p(f"Peer-to-peer line: {ph}", space_before=0))
        return out
    if style == 1:
        t = f"Reviewing physician: {nm}{cred}" + (f" | Specialty: {sp}" if sp else "")
        if ph:
            t += f" | Tel. {ph}"
        return [w.p(t, size=8.8, space_before=8)]
    t = f"The physician who made this decision is {nm}{cred}" + (f", board certified in {sp}" if sp else "") + "."
    if ph:
        t += f" Your surgeon may reach this physician at {ph} to talk about the case."
    return [w.p(t)]


def _prep_reviewer(w: W, specs: list[str], show_p: float) -> None:
    """Shape the case reviewer for this set; drop it (truth null) when the letter will not name anyone."""
    c = w.c
    if not c.reviewer:
        return
    if _has(c, "process.reviewer_not_physician"):
        c.reviewer["phone"] = None
        return
    if not w.chance(show_p):
        c.reviewer = None
        return
    c.reviewer["specialty"] = w.pick(specs) if w.chance(0.65) else None
    c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, FACS"]) if w.chance(0.85) else None
    c.reviewer["phone"] = phone(w.rng, c.state) if w.chance(0.5) else None


# taglines written for this set; {ph} is the plan's number
_TAGS = {
    "es": "AVISO: Si usted habla español, le ofrecemos servicios de idioma sin costo alguno. Llame al {ph} (TTY 711).",
    "zh": "如果您說中文，我們可以免費為您提供語言協助。請撥打 {ph}（TTY 711）。",
    "vi": "Nếu quý vị nói tiếng Việt, chúng tôi có dịch vụ thông dịch miễn phí. Xin gọi {ph} (TTY 711).",
    "ko": "한국어를 하시면 무료 통역 서비스를 받으실 수 있습니다. {ph} (TTY 711)번으로 연락하십시오.",
    "fr": "Si vous parlez français, une aide linguistique gratuite est à votre disposition. Composez le {ph} "
          "(TTY 711).",
    "ru": "Если вы говорите по-русски, вы можете бесплатно получить помощь переводчика. Звоните по номеру {ph} "
          "(TTY 711).",
    "tl": "Kung Tagalog ang wika mo, may libreng tulong sa pagsasalin para sa iyo. Tawagan ang {ph} (TTY 711).",
    "de": "Wenn Sie Deutsch sprechen, steht Ihnen kostenlose Sprachhilfe zur Verfügung. Rufen Sie {ph} an "
          "(TTY 711).",
    "ja": "日本語をお話しになる方は、無料で通訳サービスをご利用いただけます。{ph}（TTY 711）までお電話ください。",
}
_TAG_SETS = {
    "CO": ["es", "vi", "zh", "ko", "ru", "de", "fr"],
    "MA": ["es", "ko", "zh", "vi", "fr", "tl", "ru"],
    "WA": ["es", "zh", "vi", "ko", "ru", "tl", "ja"],
}


def _tty(text: str, tty: str | None) -> str:
    """Put the region's TTY line into a tagline, or drop it where the rule catalogue verifies none."""
    if tty is None:
        return text.replace(" (TTY 711)", "").replace("\uff08TTY 711\uff09", "").replace("(TTY 711)", "")
    return text.replace("TTY 711", f"TTY {tty}")


def _taglines(w: W, key: str, ph: str, heading: str | None, tty: str | None = "711") -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=8.2) if heading else Block("rule", space_before=10)]
    for code in langs:
        t = _tty(_TAGS[code].replace("{ph}", ph), tty)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Kaiser Permanente Colorado: weight-loss surgery with a requirements checklist (commercial HMO) ============

_CO_SURG = [
    (["Laparoscopic sleeve gastrectomy", "Sleeve gastrectomy (laparoscopic)", "Vertical sleeve gastrectomy"],
     "43775"),
    (["Laparoscopic Roux-en-Y gastric bypass", "Gastric bypass, Roux-en-Y, laparoscopic"], "43644"),
]
_CO_NUTR = (["Medical nutrition therapy, follow-up visits", "Supervised nutrition visits (registered dietitian)",
             "Medical nutrition therapy reassessment visits"], "97803")
# BMI on the last visit -> ICD-10 Z68 code
_Z68 = [(35.0, 35.9, "Z68.35"), (36.0, 36.9, "Z68.36"), (37.0, 37.9, "Z68.37"), (38.0, 38.9, "Z68.38"),
        (39.0, 39.9, "Z68.39"), (40.0, 44.9, "Z68.41"), (45.0, 49.9, "Z68.42"), (50.0, 59.9, "Z68.43")]
_CO_COMORB = {
    "dm": (["Type 2 diabetes mellitus without complications", "Type 2 diabetes"], "E11.9", "type 2 diabetes"),
    "osa": (["Obstructive sleep apnea (adult)", "Obstructive sleep apnea"], "G47.33", "sleep apnea"),
    "htn": (["Essential (primary) hypertension", "High blood pressure"], "I10", "high blood pressure"),
}
# the plan's requirements: key -> (printed requirement, finding when met, finding when not met, reason clause)
_CO_REQ = {
    "bmi": ("BMI 40+, or 35+ with a serious related condition", "BMI {bmi}{with}", "BMI {bmi}, no qualifying condition",
            "your most recent body mass index is {bmi} and the records do not show a serious weight-related "
            "condition such as diabetes or sleep apnea"),
    "diet": ("6 months of supervised weight management", "6 monthly visits documented", "{n} monthly visits documented",
             "only {n} months of supervised weight management are documented, and 6 consecutive months are required "
             "before surgery"),
    "psych": ("Behavioral health evaluation before surgery", "Evaluation on file", "No evaluation received",
              "no pre-surgery evaluation by a behavioral health clinician was sent with the request"),
    "nutr": ("Assessment by a registered dietitian", "Dietitian note on file", "No dietitian note received",
             "the request has no assessment by a registered dietitian"),
    "nic": ("No nicotine use in the 6 weeks before surgery", "Negative nicotine test", "Positive nicotine test",
            "a nicotine test at the pre-surgery visit was positive, and surgery requires 6 weeks without nicotine"),
    "age": ("Age 18 or older", "Age {age}", "Age {age}", ""),
}
_CO_CRIT = ["Kaiser Permanente Colorado Bariatric Surgery Clinical Review Criteria",
            "MCG Inpatient & Surgical Care guideline for bariatric surgery",
            "InterQual Procedures criteria: Bariatric Surgery"]
_CO_MS = [("303-338-3800", "Denver/Boulder"), ("1-888-681-7878", "Southern Colorado")]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b17_co"):
        return
    c.extra["b17_co"] = True
    _fmt(w, ("long", "mdy", "dmy", "mon", "short", "ord"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    partial = c.letter_kind == "partial_denial"
    # which requirements fail: diet always fails in a partial approval (more nutrition visits are approved)
    fails = ["diet"] if partial else [w.pick(["diet", "psych", "bmi", "nic", "nutr"])]
    if w.chance(0.35):
        extra = w.pick([k for k in ("psych", "nutr", "nic") if k not in fails])
        fails.append(extra)
    if "bmi" in fails:
        bmi = round(w.rng.uniform(35.2, 38.8), 1)
        comorb = []
    else:
        bmi = round(w.pick([w.rng.uniform(40.2, 52.5), w.rng.uniform(35.5, 39.5)]), 1)
        comorb = [w.pick(list(_CO_COMORB))] if bmi < 40 or w.chance(0.5) else []
        if comorb and w.chance(0.3):
            comorb.append(w.pick([k for k in _CO_COMORB if k not in comorb]))
    z = next(code for lo, hi, code in _Z68 if lo <= bmi <= hi + 0.05)
    age = w.rng.randint(24, 63)
    n = w.pick([2, 3, 4])
    c.extra.update(co_fails=fails, co_bmi=bmi, co_age=age, co_n=n, co_comorb=comorb)
    st, code = w.pick(_CO_SURG)
    c.services = [dict(text=w.pick(st), codes=[code], decision="denied")]
    if partial:
        c.services.append(dict(text=w.pick(_CO_NUTR[0]), codes=[_CO_NUTR[1]], decision="approved",
                               visits=w.pick([3, 4, 6])))
    obes = w.pick([("Morbid (severe) obesity due to excess calories", "E66.01"), ("Severe obesity", "E66.01")]) \
        if bmi >= 40 or comorb else w.pick([("Obesity, unspecified", "E66.9"), ("Obesity", "E66.9")])
    dx = [dict(text=obes[0], codes=[obes[1]]),
          dict(text=w.pick([f"Body mass index {_z68_text(z)}, adult", f"BMI {_z68_text(z)}, adult"]), codes=[z])]
    for k in comorb:
        texts, cd, _ = _CO_COMORB[k]
        dx.append(dict(text=w.pick(texts), codes=[cd]))
    c.diagnoses = dx
    c.criteria = []
    if not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(_CO_CRIT)]
    c.provider = _clinician(w)
    c.service = None
    _prep_reviewer(w, ["General Surgery", "Bariatric Surgery", "Internal Medicine", "Obesity Medicine"], 0.75)
    c.extra["co_ms"] = _CO_MS[1] if "Colorado Springs" in c.member_addr[1] else _CO_MS[0]
    c.extra["co_fax"] = phone(w.rng, "CO")
    c.extra["co_box"] = f"P.O. Box {w.rng.randint(300, 9999)}, Denver, CO 80{w.rng.randint(201, 299)}"
    _flags(c)


def _z68_text(code: str) -> str:
    lo, hi = next((lo, hi) for lo, hi, cd in _Z68 if cd == code)
    if code == "Z68.43":
        return "50.0-59.9"
    return f"{lo:.1f}-{hi:.1f}"


def _co_fill(c, text: str) -> str:
    comorb = c.extra["co_comorb"]
    with_ = f" with {_CO_COMORB[comorb[0]][2]}" if comorb else ""
    return text.replace("{bmi}", f"{c.extra['co_bmi']:.1f}").replace("{n}", str(c.extra["co_n"])) \
        .replace("{age}", str(c.extra["co_age"])).replace("{with}", with_)


def reason_b17_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Criteria for weight-loss surgery are not met.", "The surgery is not medically necessary.",
                       "Not medically necessary at this time."])
    clauses = [_co_fill(c, _CO_REQ[k][3]) for k in c.extra["co_fails"]]
    why = join_and(clauses)
    surg = c.services[0]["text"]
    surg_l = surg[:1].lower() + surg[1:]
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We did not approve the {surg_l} because {why}. We approved more nutrition visits so you can complete "
            "the program.",
            f"Surgery is not approved yet: {why}. The supervised nutrition visits are approved.",
        ])
    return w.pick([
        f"We did not approve the {surg_l} because {why}.",
        f"The request for surgery does not meet the plan's requirements at this time: {why}.",
        f"{_cap(why)}. For this reason the surgery is not approved.",
    ])


def t_b17_co(w: W):
    _co_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letterhead + checklist table, 1 form grid + marked lines, 2 summary box first
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    ms_ph, ms_area = c.extra["co_ms"]
    fax, box = c.extra["co_fax"], c.extra["co_box"]
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    no_ca = _has(c, "notice.consumer_assistance")
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Colorado")
    show_list = bool(c.criteria)  # no checklist when the letter names no criteria (planted omissions)
    st.footer = [w.pick(["Page {page} of {pages}", f"Case {c.ids['ref']} \u2013 page {{page}}",
                         "KP Colorado Bariatric Review {page}/{pages}"])]
    st.footer_align = w.pick(["left", "center", "right"])
    b: list[Block] = []
    head = w.pick(["Prior authorization decision: weight-loss surgery", "Your request for bariatric surgery",
                   "Bariatric surgery review result"])
    if variant == 1:
        b.append(w.p("KAISER PERMANENTE | " + region, bold=True, size=12, space_before=0))
        b.append(w.p("Surgical Prior Authorization Unit", size=8.5, space_before=1))
        b.append(w.p(head.upper(), bold=True, size=st.size + 1.5, align="center", space_before=10))
        grid = [["Patient / member", w.name(), "Member number", w.mid()],
                ["Requesting surgeon", M("PROVIDER", c.provider), "Case number", c.ids["ref"]],
                ["Notice date", sent, "Review type", "Expedited" if urgent else "Standard"]]
        if rec or dec:
            grid.append(["Request received", rec or "-", "Decision date", dec or "-"])
        b.append(Block("table", rows=grid, header_row=False, size=8.4, space_before=8))
        b.append(w.p(w.pick([f"To {w.name()}:", f"Dear {c.member_salute},"]), space_before=10))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}", w.pick(["Utilization Management", "Surgical Review"])],
                       right=[box, f"Member Services {ms_ph}", f"Fax {fax}"]))
        if variant == 0:
            b.append(w.p(sent, space_before=10))
            b.append(w.p(w.name(), space_before=8))
            b += [w.p(x, space_before=0) for x in c.member_addr]
            ref = [f"Member ID: {w.mid()}", f"Case: {c.ids['ref']}"]
            if rec:
                ref.append(f"Request received: {rec}")
            if dec:
                ref.append(f"Decided: {dec}")
            b.append(w.p("  |  ".join(ref), size=st.size - 0.8, space_before=6))
        else:
            b.append(Block("twocol", left=[w.name()] + c.member_addr,
                           right=[f"Date: {sent}", f"Kaiser ID: {w.mid()}", f"Case no. {c.ids['ref']}"]
                           + ([f"Received: {rec}"] if rec else []) + ([f"Decision: {dec}"] if dec else []),
                           size=st.size - 0.5, space_before=10))
        b.append(w.p(head, bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Hello {c.member_salute},"]), space_before=6))
    reason_blocks = [w.h(w.pick(["Why the surgery was not approved", "The reason for our decision",
                                 "What we found"]), space_before=8), w.p(M("REASON", w.reason))]
    if variant == 2:
        b.append(w.p(w.pick(["Summary: ", "In short: "]) + (
            "part of the request is approved; the surgery itself is not." if partial
            else "the surgery your doctor asked for is not approved."), boxed=True, bold=True, space_before=6))
        b += reason_blocks
    b.append(w.p(w.pick([
        f"{M('PROVIDER', c.provider)} asked us to approve weight-loss surgery for you.",
        f"We reviewed the request from {M('PROVIDER', c.provider)} for weight-loss (bariatric) surgery.",
    ]) + (f" The request reached us on {rec}." if rec and variant != 1 and w.chance(0.5) else "")))
    if urgent and not no_fast:
        b.append(w.p("Your surgeon asked for a fast review, so we handled it as an expedited request."))
    # what was asked for and what was decided
    if variant == 0 or (variant == 2 and w.chance(0.5)):
        rows = [["Requested", "Code", "Decision"]]
        for s in c.services:
            d = "Not approved" if s["decision"] == "denied" else f"Approved ({s['visits']} visits)"
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]), d])
        b.append(Block("table", rows=rows, size=8.6, space_before=6))
    else:
        for s in c.services:
            d = "NOT APPROVED" if s["decision"] == "denied" else f"APPROVED, {s['visits']} visits"
            b.append(w.p(f"- {M('SERVICE', s['text'])}, {w.pick(['CPT', 'procedure code'])} {_code(s['codes'][0])}: "
                         f"{d}", indent=8, space_before=1))
    b.append(w.p(w.pick(["Diagnoses on the request: ", "Conditions listed by your surgeon: "])
                 + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    if variant != 2:
        b += reason_blocks
    if show_list:
        crit = w.crit(c.criteria[0])
        b.append(w.p(w.pick([f"We compared your records with {crit}. Each requirement and what we found:",
                             f"The plan's requirements for this surgery come from {crit}. Our review:"]),
                     space_before=6))
        fails = c.extra["co_fails"]
        keys = ["age", "bmi", "diet", "nutr", "psych", "nic"]
        if variant == 1:
            for k in keys:
                req, ok, bad, _ = _CO_REQ[k]
                met = k not in fails
                mark = "[X] Met  [ ] Not met" if met else "[ ] Met  [X] Not met"
                b.append(w.p(f"{mark}   {req} \u2013 {_co_fill(c, ok if met else bad)}", size=8.6, indent=6,
                             space_before=1))
        else:
            rows = [["Requirement", "Your records show", "Result"]]
            for k in keys:
                req, ok, bad, _ = _CO_REQ[k]
                met = k not in fails
                rows.append([req, _co_fill(c, ok if met else bad), "Met" if met else "NOT MET"])
            b.append(Block("table", rows=rows, size=8.2, space_before=4))
        b.append(w.p(w.pick(["A free copy of these criteria is yours on request.",
                             "Ask us and we will send you the full criteria at no charge."])))
    if partial:
        nv = c.services[1]["visits"]
        b.append(w.p(w.pick([
            f"The {nv} nutrition visits we approved let you finish the supervised program. Your surgeon can send a new "
            "request when it is complete.",
            f"You may use the {nv} approved nutrition visits now; a new surgery request can follow once the program is "
            "done.",
        ])))
    if c.reviewer and variant != 1:
        b += _signer(w, 2)
    b.append(w.p(w.pick([
        "You can also ask for the diagnosis and procedure codes used and what they mean, and for copies of every "
        "record and document we used. These are free, and asking is not an appeal.",
        "On request we will send, free of charge, the documents and records behind this decision and the diagnosis "
        "and procedure codes with their meanings.",
    ])))
    # rights
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h("WHAT YOU CAN DO IF YOU DISAGREE", size=st.size + 1, space_before=0, shade=True))
    else:
        b.append(w.h(w.pick(["Your right to appeal", "If you do not agree"]), space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You, your surgeon or someone you name in writing may appeal within {days} of the day you get this letter. "
        f"Send your appeal to Kaiser Permanente Appeals, {box}, fax it to {fax}, or call Member Services at {ms_ph} "
        f"({ms_area}).",
        f"An appeal must reach us within {days} after you receive this decision. Mail: {box}. Fax: {fax}. "
        f"Phone: {ms_ph}.",
    ])))
    b.append(w.p(w.pick(["Include anything you want us to consider, such as new records, the weight-management "
                         "program notes or a letter from your surgeon.",
                         "With your appeal you may send more information, for example notes from your dietitian."])))
    if not no_fast:
        b.append(w.p(w.pick([
            "Urgent appeals: if your health could be seriously harmed by waiting the usual time, you or your doctor "
            "may ask for an expedited appeal. We will answer within 72 hours.",
            "If a delay could put your life or health at serious risk, ask for an expedited (fast) appeal. A decision "
            "will be made within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "Independent external review: if our final internal decision still denies the surgery, you may ask "
            "that an independent review organization, not connected with Kaiser Permanente, review it. Ask within "
            "4 months after you receive that final decision. External review is free to you.",
            "After your appeal, if we keep the denial, you may request external review within four months of our "
            "final decision. An independent review organization decides, and you do not pay for it.",
        ])))
    if not no_ca:
        b.append(w.p(w.pick([
            "Questions about your rights? The Colorado Division of Insurance can help with health plan appeals.",
            "You may also contact the Colorado Division of Insurance for help with an appeal or a complaint.",
        ])))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreters and other languages: call {ms_ph}.",
                             f"This letter is available in other languages and formats at no cost. Call {ms_ph}."])))
    if c.reviewer and variant == 1:
        b += _signer(w, w.pick([0, 1]))
    else:
        b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
        b.append(w.p(w.pick(["Utilization Management", "Bariatric Surgery Review Team"]), bold=True, space_before=6))
        b.append(w.p("Kaiser Permanente Colorado", space_before=0))
    if w.chance(0.5):
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.5, space_before=6))
    b += _taglines(w, "CO", ms_ph, w.pick([None, "Language help", "Help in your language"]), tty=None)
    return b, st, ["co_letter_checklist_table", "co_form_marked_lines", "co_summary_box_rights_page"][variant]


BLIND17_TEMPLATES["blind17_co_bariatric_checklist"] = (t_b17_co, dict(
    plans=["commercial_hmo"], states=["CO"], kinds=["initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b17_co))
MODELED_ON["blind17_co_bariatric_checklist"] = (
    "blind17: Kaiser Permanente Colorado commercial HMO prior-authorization decision on weight-loss surgery (sleeve "
    "gastrectomy 43775 or gastric bypass 43644; partial: medical nutrition therapy 97803 visits approved) with the "
    "plan's requirements (BMI, 6-month supervised diet, behavioral health and dietitian evaluations, nicotine) as a "
    "met / not met checklist table or marked lines; E66 + Z68 BMI + comorbidity codes; 180-day appeal, 72-hour "
    "expedited appeal, independent review organization within 4 months, Colorado Division of Insurance by name, "
    "codes and documents on request, taglines")


# === 2. Kaiser Permanente Mid-Atlantic States: pharmacy prior-authorization form with check boxes ==============

# drug stories: key, category, drug names, strength/form, quantity asked (per days), plan limit, dx, fact, alternatives
_RX = [
    dict(key="otezla", cat="mn", kind="step", names=["Otezla (apremilast) 30 mg tablets", "Apremilast 30 mg tablets"],
         qty=(60, 30), dx=[(["Psoriasis vulgaris", "Plaque psoriasis"], "L40.0")],
         fact="your records show 4 weeks of a prescription steroid cream only, and the plan's step therapy rule asks "
              "for a trial of methotrexate or light therapy before apremilast",
         alts=["methotrexate tablets", "phototherapy (UVB light treatment)", "calcipotriene cream"],
         spec=["Dermatology", "Internal Medicine"]),
    dict(key="nurtec", cat="mn", kind="step", names=["Nurtec ODT (rimegepant) 75 mg", "Rimegepant 75 mg orally "
                                                     "disintegrating tablets"],
         qty=(16, 30), dx=[(["Migraine, unspecified, not intractable, without status migrainosus", "Migraine"],
                            "G43.909")],
         fact="the records list one triptan (sumatriptan); the plan asks that two different triptans be tried "
              "before rimegepant is covered",
         alts=["rizatriptan tablets", "eletriptan tablets", "naratriptan tablets"],
         spec=["Neurology", "Family Medicine"]),
    dict(key="ozempic", cat="mn", kind="step", names=["Ozempic (semaglutide) 1 mg pen", "Semaglutide injection "
                                                      "1 mg/dose pen"],
         qty=(1, 28), dx=[(["Type 2 diabetes mellitus without complications", "Type 2 diabetes"], "E11.9")],
         fact="there is no record of a trial of metformin and no reason given why metformin cannot be used; your "
              "last A1c was 7.4 percent",
         alts=["metformin ER tablets", "glipizide tablets", "a formulary GLP-1 medicine after metformin"],
         spec=["Endocrinology", "Internal Medicine"]),
    dict(key="suma", cat="mn", kind="qty", names=["Sumatriptan 100 mg tablets", "Sumatriptan succinate 100 mg "
                                                  "tablets"],
         qty=(18, 30), limit=9, dx=[(["Migraine without aura, not intractable, without status migrainosus",
                                      "Migraine without aura"], "G43.009")],
         fact="the plan limit is 9 tablets every 30 days, and the records do not show that a medicine to prevent "
              "migraines has been tried; using triptans more often than this can cause rebound headaches",
         alts=["a preventive medicine such as propranolol or topiramate"],
         spec=["Neurology", "Family Medicine"]),
    dict(key="zolpidem", cat="mn", kind="qty", names=["Zolpidem 10 mg tablets", "Zolpidem tartrate 10 mg tablets"],
         qty=(60, 30), limit=30, dx=[(["Insomnia, unspecified", "Insomnia"], "G47.00")],
         fact="the prescription is for two tablets each night, which is above the highest dose the FDA label allows "
              "(10 mg a day)",
         alts=["cognitive behavioral therapy for insomnia (CBT-I)", "trazodone tablets"],
         spec=["Psychiatry", "Internal Medicine", "Sleep Medicine"]),
    dict(key="ondansetron", cat="mn", kind="qty", names=["Ondansetron 8 mg orally disintegrating tablets",
                                                         "Ondansetron ODT 8 mg"],
         qty=(90, 30), limit=30, dx=[(["Nausea with vomiting, unspecified", "Nausea and vomiting"], "R11.2")],
         fact="the oncology notes show nausea on the 3 days after each chemotherapy session, every 3 weeks, which 30 "
              "tablets a month covers",
         alts=["prochlorperazine tablets for breakthrough nausea"],
         spec=["Hematology and Oncology", "Internal Medicine"]),
    dict(key="wegovy", cat="nc", kind="excl", names=["Wegovy (semaglutide) 2.4 mg pen", "Zepbound (tirzepatide) "
                                                     "5 mg pen"],
         qty=(4, 28), dx=[(["Obesity, unspecified", "Obesity"], "E66.9")],
         fact="medicines used for weight loss are excluded from the outpatient prescription drug benefit of your plan",
         excl="drugs for weight loss or weight management",
         alts=["the Kaiser Permanente weight management program", "nutrition counseling"],
         spec=["Internal Medicine"]),
    dict(key="sildenafil", cat="nc", kind="excl", names=["Sildenafil 100 mg tablets", "Tadalafil 20 mg tablets"],
         qty=(8, 30), dx=[(["Erectile dysfunction, unspecified", "Erectile dysfunction"], "N52.9")],
         fact="drugs to treat sexual dysfunction are not covered under your plan's prescription drug benefit",
         excl="drugs for the treatment of sexual dysfunction",
         alts=[],
         spec=["Urology"]),
]
_RX_CRIT = {
    "step": ["Kaiser Permanente Mid-Atlantic States step therapy criteria",
             "KP Mid-Atlantic Pharmacy and Therapeutics Committee prior authorization criteria"],
    "qty": ["Kaiser Permanente Mid-Atlantic States quantity limit criteria",
            "KP Mid-Atlantic Pharmacy and Therapeutics Committee quantity limit policy"],
}
_MA_MS = "1-800-777-7902"
_MA_LOCAL = "(301) 468-6000"
_MA_TTY = "(301) 879-6380"
_MA_CITY = {"MD": "Rockville, MD 208", "VA": "Fairfax, VA 220", "DC": "Washington, DC 200"}


def _rx_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b17_rx"):
        return
    c.extra["b17_rx"] = True
    _fmt(w, ("long", "mdy", "mon", "short", "compact", "dmy"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state, "Mid-Atlantic States")
    partial = c.letter_kind == "partial_denial"
    if c.category == "not_covered":
        pool = [x for x in _RX if x["cat"] == "nc"]
    elif partial:
        pool = [x for x in _RX if x["kind"] == "qty"]
    else:
        pool = [x for x in _RX if x["cat"] == "mn"]
    story = w.pick(pool)
    c.extra["rx"] = story
    name = w.pick(story["names"])
    qty, days = story["qty"]
    appr = story.get("limit", 0) if partial else 0
    c.services = [dict(text=name, codes=[], decision="partly approved" if partial else "denied", qty=qty, days=days,
                       appr=appr)]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in story["dx"]]
    c.criteria = []
    if story["cat"] == "mn" and not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(_RX_CRIT[story["kind"]])]
    c.provider = _clinician(w)
    c.service = None
    if story["cat"] == "mn":
        _prep_reviewer(w, story["spec"], 0.8)
    elif c.reviewer and not w.chance(0.4):
        c.reviewer = None
    elif c.reviewer:
        c.reviewer["specialty"] = None
        c.reviewer["phone"] = None
    c.extra["rx_fax"] = phone(w.rng, "MD")
    c.extra["rx_box"] = f"P.O. Box {w.rng.randint(6000, 8999)}, {_MA_CITY[c.state]}{w.rng.randint(10, 99)}"
    c.extra["rx_eoc"] = w.pick(["Outpatient Prescription Drug Rider, Exclusions", "Section 4, Exclusions and "
                                "Limitations", "Prescription Drug Benefit, \"Limitations and exclusions\""])
    _flags(c)


def reason_b17_rx(w: W) -> str:
    _rx_setup(w)
    c = w.c
    story = c.extra["rx"]
    drug = c.services[0]["text"]
    if _bare(c):
        if story["cat"] == "nc":
            return w.pick(["Not a covered benefit.", "This drug is excluded from coverage."])
        return w.pick(["Not medically necessary.", "Does not meet coverage criteria."])
    fact = story["fact"]
    if story["cat"] == "nc":
        return w.pick([f"We cannot cover {drug} because {fact}.", f"{_cap(fact)}, so {drug} is not covered."])
    if c.letter_kind == "partial_denial":
        s = c.services[0]
        return w.pick([
            f"We approved {s['appr']} tablets every {s['days']} days instead of the {s['qty']} requested: {fact}.",
            f"Only {s['appr']} of the {s['qty']} tablets asked for each {s['days']} days are approved because {fact}.",
        ])
    return w.pick([f"{drug} is not approved because {fact}.", f"We denied this request: {fact}."])


def _box(on: bool) -> str:
    return "[X]" if on else "[ ]"


def t_b17_rx(w: W):
    _rx_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 member form, 1 letter with check-box panel, 2 prescriber fax form (courier)
    st = _style(w, ["courier"] if variant == 2 else ["helvetica", "times"], [8.8, 9.0, 9.5] if variant == 2
                else [9.0, 9.5, 10.0])
    story = c.extra["rx"]
    s = c.services[0]
    partial = c.letter_kind == "partial_denial"
    nc = story["cat"] == "nc"
    urgent = c.urgency == "expedited"
    fax, box = c.extra["rx_fax"], c.extra["rx_box"]
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    no_ca = _has(c, "notice.consumer_assistance")
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Mid-Atlantic States")
    b: list[Block] = []
    title = w.pick(["PHARMACY COVERAGE DETERMINATION", "Prescription Drug Prior Authorization Notice",
                    "DRUG COVERAGE REVIEW - NOTICE OF DECISION"])
    if variant == 2:
        st.header = [f"FAX FROM: KP Mid-Atlantic Pharmacy Review  {fax}  TO: {c.provider}  PAGE {{page}} OF {{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
        st.footer = ["CONFIDENTIAL: protected health information. If received in error, call " + _MA_LOCAL + "."]
    else:
        st.footer = [w.pick(["Page {page} of {pages}", f"Rx review {c.ids['ref']} / {{page}}"])]
        st.footer_align = w.pick(["center", "right"])
    if variant == 1:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}", "Pharmacy Utilization Management"],
                       right=[box, f"Member Services {_MA_MS}", f"TTY {_MA_TTY}"]))
        b.append(w.p(sent, space_before=10, align="right"))
        b.append(w.p(w.name(), space_before=4))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID {w.mid()}" + (f" \u2013 request received {rec}" if rec else "")
                     + (f" \u2013 decided {dec}" if dec else ""), size=st.size - 0.6, space_before=6))
        b.append(w.p(title, bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=6))
        b.append(w.p(w.pick([
            f"Your prescriber, {M('PROVIDER', c.provider)}, asked us to cover a medicine for you. This letter gives "
            "our decision; the boxes below show the reason.",
            f"We reviewed a prior authorization request for your prescription from {M('PROVIDER', c.provider)}. "
            "The marked boxes explain our decision.",
        ])))
        if urgent:
            b.append(w.p("Your prescriber asked for an urgent answer, so we reviewed this request on an expedited "
                         "basis."))
    else:
        b.append(w.p(f"KAISER PERMANENTE  |  {region}", bold=True, size=11, space_before=0))
        b.append(w.p(f"Pharmacy Prior Authorization \u2013 {box} \u2013 fax {fax}", size=8, space_before=1))
        b.append(w.p(title, bold=True, size=st.size + 2, align="center", space_before=10))
        if variant == 2:
            b.append(w.p(f"PRESCRIBER COPY - member copy mailed. To: {M('PROVIDER', c.provider)}", bold=True,
                         space_before=6))
        rows = [["Date of notice", sent], ["Member", w.name()], ["Member ID", w.mid()],
                ["Prescriber", M("PROVIDER", c.provider)], ["Reference", c.ids["ref"]]]
        if rec:
            rows.append(["Request received", rec])
        if dec:
            rows.append(["Decision made", dec])
        rows.append(["Review", "Expedited (urgent)" if urgent else "Standard"])
        b.append(Block("table", rows=rows, header_row=False, size=8.6, space_before=8))
    # the drug
    heads = w.pick([["1. Drug requested", "2. Decision", "3. Reason (marked)", "4. Your appeal rights"],
                    ["SECTION 1 - MEDICATION", "SECTION 2 - DETERMINATION", "SECTION 3 - REASON FOR DENIAL",
                     "SECTION 4 - APPEAL RIGHTS"],
                    ["Medication", "Our decision", "Reason", "How to appeal"]])
    b.append(w.h(heads[0], space_before=8))
    b.append(w.p(f"Drug: {M('SERVICE', s['text'])}"))
    b.append(w.p(f"Quantity requested: {s['qty']} per {s['days']} days"
                 + (f"    Quantity approved: {s['appr']} per {s['days']} days" if partial else ""), space_before=1))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), space_before=1))
    # decision boxes
    b.append(w.h(heads[1], space_before=8))
    b.append(w.p(f"{_box(not partial)} Denied    {_box(partial)} Approved with a lower quantity    {_box(False)} "
                 "Approved as requested"))
    b.append(w.h(heads[2], space_before=8))
    kind = story["kind"]
    bare = _bare(c)
    marks = [(kind in ("step", "qty") and bare, "Not medically necessary"),
             (kind == "step" and not bare, "Step therapy: preferred drugs must be tried first"),
             (kind == "qty" and not bare, "Quantity requested is more than the plan allows"),
             (kind == "excl", "Drug is excluded from coverage under your plan"),
             (False, "Prescriber did not send requested information")]
    for on, label in marks:
        b.append(w.p(f"{_box(on)} {label}", indent=10, space_before=1))
    b.append(w.p(w.pick(["Explanation: ", "Details: "]) + M("REASON", w.reason), space_before=4))
    if nc and not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            f"Plan provision: your Evidence of Coverage, {c.extra['rx_eoc']}, excludes {story['excl']}.",
            f"The exclusion is in your Evidence of Coverage ({c.extra['rx_eoc']}): it does not cover "
            f"{story['excl']}.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick([f"Criteria applied: {w.crit(c.criteria[0])}. A free copy is available on request.",
                             f"We used the {w.crit(c.criteria[0])}; ask us for a copy at no cost."])))
    if story["alts"] and not bare:
        b.append(w.p(w.pick(["Covered options your prescriber may consider: ", "Formulary alternatives: "])
                     + join_and(story["alts"], "or") + "."))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        if _has(c, "process.reviewer_not_physician"):
            b.append(w.p(f"Reviewed by: {nm}{cred}, {c.reviewer_title}"))
        else:
            t = w.pick([f"Decision by: {nm}{cred}", f"Physician reviewer: {nm}{cred}"])
            if r["specialty"]:
                t += f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"
            if r["phone"]:
                t += f"; prescriber line {M('REVIEWER_PHONE', r['phone'])}"
            b.append(w.p(t))
    b.append(w.p(w.pick([
        "You may ask for copies of all records and documents used for this decision, and for the diagnosis codes "
        "and their meanings, free of charge. A request for these is not an appeal.",
        "Free on request: the documents and records we relied on and the codes used, with their meanings.",
    ])))
    # rights
    b.append(w.h(heads[3], space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You or your prescriber may appeal within {days} from the date you receive this notice. Call "
        f"{_MA_MS} (local {_MA_LOCAL}; TTY {_MA_TTY}), fax {fax}, or write to {box}.",
        f"To appeal, contact us within {days} of receiving this decision: by mail at {box}, by fax at {fax}, or by "
        f"phone at {_MA_MS} (TTY {_MA_TTY}).",
    ])))
    if not no_fast:
        b.append(w.p(w.pick([
            "If you are taking this medicine now or waiting could seriously harm your health, ask for an expedited "
            "appeal. We decide expedited appeals within 72 hours.",
            "Expedited appeal: when the standard time could seriously jeopardize your health, you or your "
            "prescriber can ask us to decide within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "If we uphold the denial after your appeal, you may ask for an external review by an independent review "
            "organization. The request must be made within 4 months after you receive our final decision.",
            "You have the right to an external review by an independent review organization after our final "
            "internal decision; ask within four months of receiving it.",
        ])))
    if not no_ca:
        if c.state == "MD":
            b.append(w.p("Help with appeals: Maryland Health Education and Advocacy Unit (Office of the Attorney "
                         "General), 410-528-1840 or toll-free 1-877-261-8807."))
        elif c.state == "VA":
            b.append(w.p("Help with appeals: Virginia Office of the Managed Care Ombudsman, Bureau of Insurance, "
                         "1-877-310-6560 (option 1), ombudsman@scc.virginia.gov, P.O. Box 1157, Richmond, VA 23218."))
        else:
            b.append(w.p("Help with appeals: the DC Office of Health Care Ombudsman can help you file an appeal "
                         "at no cost."))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free; call {_MA_MS} (TTY {_MA_TTY}).",
                             f"You can get this notice in another language at no cost: {_MA_MS}."])))
    b.append(w.p(w.pick(["Kaiser Permanente Pharmacy Utilization Management", "Mid-Atlantic Pharmacy Review Team"]),
                 bold=True, space_before=10))
    b += _taglines(w, "MA", _MA_MS, w.pick([None, "Language assistance", "Help in other languages"]), tty=_MA_TTY)
    return b, st, ["rx_member_checkbox_form", "rx_letter_checkbox_panel", "rx_prescriber_fax_form"][variant]


BLIND17_TEMPLATES["blind17_midatlantic_pharmacy_form"] = (t_b17_rx, dict(
    plans=["commercial_hmo"], states=["MD", "VA", "DC"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity", "not_covered"], reason=reason_b17_rx))
MODELED_ON["blind17_midatlantic_pharmacy_form"] = (
    "blind17: Kaiser Permanente Mid-Atlantic States (MD, VA, DC) commercial HMO pharmacy prior-authorization notice "
    "printed as a form with [X] check boxes (decision and reason), step therapy, quantity limit (partial: lower "
    "quantity approved) or a drug excluded by the Evidence of Coverage (weight-loss or sexual-dysfunction drugs); "
    "member form, letter with a check-box panel, or a courier prescriber fax with a numbered fax header on every "
    "page; 180-day appeal, 72-hour expedited appeal, independent review organization within 4 months, Maryland "
    "HEAU / Virginia Managed Care Ombudsman numbers (DC ombudsman by name), Mid-Atlantic Member Services, taglines")


# === 3. Kaiser Permanente Washington: inpatient hospital claim, written to the member's authorized representative ===

_WA_MS = "1-888-901-4636"
_WA_HOSP_IN = ["Puget Harbor Regional Hospital", "Rainier Vista Medical Center", "Salish Bay Community Hospital"]
_WA_HOSP_OUT = ["Cascade Ridge Surgical Hospital", "Olympic Sound Orthopedic Institute",
                "Snoqualmie Valley Specialty Hospital"]
_WA_HOSP_ER = ["St. Brendan Medical Center", "Skagit Narrows General Hospital", "Yakima Basin Regional Hospital"]
# claim stories: key, category, diagnoses, claim lines (text, code or "", billed range, paid?), fact, criteria
_WA_STORIES = [
    dict(key="chest", cat="mn", los=4, paid_days=2,
         dx=[(["Chest pain, unspecified", "Chest pain"], "R07.9")],
         extra=[(["Myocardial perfusion imaging (nuclear stress test)", "Nuclear cardiac stress test"], "78452"),
                (["Troponin testing", "Troponin, quantitative"], "84484")],
         fact="three troponin tests and the stress test on the second day were normal, and from the third day on "
              "you needed no treatment that had to be given in a hospital",
         fact_rep="three troponin tests and the stress test on the second day were normal, and from the third day "
                  "on the patient needed no treatment that had to be given in a hospital"),
    dict(key="cellulitis", cat="mn", los=6, paid_days=3,
         dx=[(["Cellulitis of right lower limb"], "L03.115"), (["Type 2 diabetes mellitus without complications"],
                                                               "E11.9")],
         extra=[(["IV infusion of antibiotics, first hour", "Intravenous antibiotic infusion"], "96365"),
                (["Blood culture", "Blood cultures"], "87040")],
         fact="the fever was gone after the second day and antibiotics were changed to pills on the third day, so "
              "the last days of the stay could have been managed at home",
         fact_rep="the fever was gone after the second day and antibiotics were changed to pills on the third day, "
                  "so the last days of the stay could have been managed at home"),
    dict(key="syncope", cat="mn", los=2, paid_days=0,
         dx=[(["Syncope and collapse", "Fainting (syncope)"], "R55")],
         extra=[(["CT of the head without contrast", "CT head, without contrast"], "70450"),
                (["Echocardiogram, complete", "Transthoracic echocardiogram"], "93306")],
         fact="the heart monitoring, head CT and echocardiogram were normal and the care given could have been "
              "provided as an observation stay rather than an inpatient admission",
         fact_rep="the heart monitoring, head CT and echocardiogram were normal and the care given could have been "
                  "provided as an observation stay rather than an inpatient admission"),
    dict(key="knee", cat="oon", los=2, paid_days=0,
         dx=[(["Unilateral primary osteoarthritis, right knee", "Primary osteoarthritis of the right knee"],
              "M17.11")],
         extra=[(["Total knee arthroplasty", "Total knee replacement"], "27447")],
         fact="the knee replacement was a planned surgery at a hospital that is not a Kaiser Permanente plan "
              "hospital, no referral was approved before the admission, and the same surgery is available at plan "
              "hospitals", fact_rep=""),
    dict(key="spine", cat="oon", los=3, paid_days=0,
         dx=[(["Spinal stenosis, lumbar region without neurogenic claudication", "Lumbar spinal stenosis"],
              "M48.061")],
         extra=[(["Lumbar laminectomy with decompression", "Decompressive lumbar laminectomy"], "63047")],
         fact="the back surgery was scheduled in advance at a non-plan hospital without an approved referral, and "
              "it was not emergency care; plan surgeons perform this operation", fact_rep=""),
    dict(key="appendix", cat="er", los=2, paid_days=0,
         dx=[(["Unspecified acute appendicitis", "Acute appendicitis"], "K35.80")],
         extra=[(["Emergency department visit, high complexity", "Emergency room visit, level 5"], "99285"),
                (["Laparoscopic appendectomy", "Appendectomy, laparoscopic"], "44970")],
         fact="no prior authorization was requested or approved for this admission to a hospital that is not a "
              "Kaiser Permanente plan hospital", fact_rep=""),
]
_WA_CRIT = ["InterQual Acute Care Adult criteria", "MCG Inpatient & Surgical Care guidelines"]
_WA_REL = ["spouse", "daughter", "son", "sister", "attorney", "care manager", "partner"]


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b17_wa"):
        return
    c.extra["b17_wa"] = True
    _fmt(w, ("long", "mdy", "mon", "dmy", "ord", "compact"))
    c.region = "Washington"
    c.member_addr = address(w.rng, "WA", "Washington")
    want = {"out_of_network": "oon", "no_prior_authorization": "er"}.get(c.category, "mn")
    story = w.pick([s for s in _WA_STORIES if s["cat"] == want])
    c.extra["wa"] = story
    oon = want != "mn"  # nothing on an out-of-network or unauthorized claim is paid
    c.provider = w.pick({"oon": _WA_HOSP_OUT, "er": _WA_HOSP_ER, "mn": _WA_HOSP_IN}[want])
    # the stay: admitted on the service date, claim received later, decided within weeks
    admit = c.service or (c.received - dt.timedelta(days=w.rng.randint(10, 40)))
    c.service = admit
    c.extra["discharge"] = admit + dt.timedelta(days=story["los"])
    if c.received <= c.extra["discharge"]:
        c.received = c.extra["discharge"] + dt.timedelta(days=w.rng.randint(3, 12))
        if c.decision and c.decision <= c.received:
            c.decision = c.received + dt.timedelta(days=w.rng.randint(4, 20))
            c.letter = c.decision
        elif c.letter <= c.received:
            c.letter = c.received + dt.timedelta(days=w.rng.randint(4, 20))
    lines = []
    rb = w.rng.uniform(2600, 4200)
    los, paid = story["los"], story["paid_days"]
    if paid:
        lines.append(dict(text=f"Inpatient room and board, days 1-{paid}", codes=[], billed=round(rb * paid, 2),
                          paid=True, decision="approved"))
        lines.append(dict(text=f"Inpatient room and board, days {paid + 1}-{los}", codes=[],
                          billed=round(rb * (los - paid), 2), paid=False, decision="denied"))
    else:
        lines.append(dict(text=w.pick([f"Inpatient room and board, {los} days", f"Room and board, {los} days "
                                       "(inpatient)"]), codes=[], billed=round(rb * los, 2), paid=False,
                          decision="denied"))
    for texts, code in story["extra"]:
        amt = w.rng.uniform(900, 4800) if not oon else w.rng.uniform(18000, 42000)
        keep = not oon  # ancillary tests of a medical-necessity case are paid; nothing is paid out of network
        lines.append(dict(text=w.pick(texts), codes=[code], billed=round(amt, 2), paid=keep,
                          decision="approved" if keep else "denied"))
    c.services = lines
    c.money["total"] = round(sum(x["billed"] for x in lines), 2)
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in story["dx"]]
    c.criteria = [w.pick(_WA_CRIT)] if not oon else []
    if oon:
        if c.reviewer and not w.chance(0.3):
            c.reviewer = None
        elif c.reviewer:
            c.reviewer["specialty"] = None
    else:
        _prep_reviewer(w, ["Internal Medicine", "Hospital Medicine", "Family Medicine"], 0.7)
    rname, _, rlast = person(w.rng, 0.2)
    c.extra["rep"] = rname
    c.extra["rep_rel"] = w.pick(_WA_REL)
    c.extra["rep_addr"] = address(w.rng, "WA", "Washington")
    c.extra["rep_form"] = (c.service - dt.timedelta(days=w.rng.randint(30, 400))) if w.chance(0.4) else None
    c.extra["wa_claim"] = c.ids["claim"]
    c.extra["wa_fax"] = phone(w.rng, "WA")
    c.extra["wa_box"] = f"P.O. Box {w.rng.randint(30000, 39999)}, Seattle, WA 981{w.rng.randint(10, 99)}"
    c.extra["wa_eoc"] = w.pick(["\"Getting care from Plan Providers\"", "Section 2, Accessing Care",
                                "\"Referrals to non-Plan providers\""])
    _flags(c)


def reason_b17_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    story = c.extra["wa"]
    first = c.member_name.split()[0]
    if story["cat"] == "er":
        return w.pick([
            f"We denied this claim because {story['fact']}.",
            f"This hospital claim is denied: {story['fact']}.",
        ])
    if story["cat"] == "oon":
        return w.pick([
            f"We denied this claim because {story['fact']}.",
            f"This claim is not payable: {story['fact']}.",
        ])
    denied = [s for s in c.services if not s["paid"]]
    part = denied[0]["text"]
    part_l = part[:1].lower() + part[1:]
    return w.pick([
        f"We denied the {part_l} because {story['fact_rep']}.",
        f"Hospital care for {first} on these days did not need an inpatient level of care: {story['fact_rep']}.",
        f"Our review of the hospital records found that {story['fact_rep']}; the {part_l} is therefore not "
        "covered.",
    ])


def t_b17_wa(w: W):
    _wa_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letterhead letter + claim table, 1 claim statement with legend, 2 memo + bullets
    story = c.extra["wa"]
    oon = story["cat"] != "mn"
    erisa = c.plan_type == "erisa_group"
    no_ci = _has(c, "notice.claim_identification")
    no_ca = _has(c, "notice.consumer_assistance")
    rep, rel = c.extra["rep"], c.extra["rep_rel"]
    fax, box = c.extra["wa_fax"], c.extra["wa_box"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    admit = _dm(w, "DATE_SERVICE", c.service)
    disch = _fd(w, c.extra["discharge"])
    region = M("REGION", "Washington")
    hosp = M("PROVIDER", c.provider)
    claim = c.extra["wa_claim"]
    st.footer = [w.pick(["Page {page} of {pages}", f"Claim {claim} | page {{page}}", "{page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    title = w.pick(["Claim decision for a hospital stay", "Explanation of your claim decision",
                    "Notice of claim denial \u2013 inpatient stay"])
    if variant == 1:
        b.append(w.p("KAISER PERMANENTE", bold=True, size=14, space_before=0))
        b.append(w.p(f"{region} \u2013 Claims Administration \u2013 {box}", size=8.2, space_before=1))
        b.append(Block("rule", space_before=4))
        right = [f"**{title.upper()}", f"Date: {sent}", f"Claim number: {claim}", f"Patient: {w.name()}",
                 f"Member ID: {w.mid()}"]
        b.append(Block("twocol", left=[rep] + c.extra["rep_addr"], right=right, size=st.size - 0.4,
                       space_before=10))
        facts = [["Hospital", hosp], ["Admitted", admit], ["Discharged", disch]]
        if rec:
            facts.append(["Claim received", rec])
        if dec:
            facts.append(["Claim decided", dec])
        if not no_ci:
            facts.append(["Total billed", _money(c.money["total"])])
        b.append(Block("table", rows=facts, header_row=False, size=8.6, space_before=8))
        b.append(w.p(f"Dear {rep}:", space_before=10))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}", w.pick(["Claims Review", "Member Appeals and Claims"])],
                       right=[box, f"Member Services {_WA_MS}", "TTY 711"]))
        b.append(w.p(sent, space_before=10))
        b.append(w.p(rep, space_before=8))
        b += [w.p(x, space_before=0) for x in c.extra["rep_addr"]]
        if variant == 2:
            b.append(Block("table", rows=[["RE:", f"Claim {claim}, {hosp}"], ["Patient:", f"{w.name()} (ID {w.mid()})"],
                                          ["Stay:", f"{admit} to {disch}"]]
                           + ([["Received:", rec]] if rec else []) + ([["Processed:", dec]] if dec else []),
                           header_row=False, size=8.8, space_before=8))
        else:
            ref = [f"Patient: {w.name()}", f"Member ID: {w.mid()}", f"Claim: {claim}"]
            b.append(w.p("  |  ".join(ref), size=st.size - 0.5, space_before=6))
            b.append(w.p(f"Hospital stay at {hosp}, {admit} \u2013 {disch}" + (f"; claim received {rec}" if rec else "")
                         + (f"; decided {dec}" if dec else ""), size=st.size - 0.5, space_before=1))
        b.append(w.p(title, bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p(f"Dear {rep}:", space_before=6))
    on_file = c.extra["rep_form"]
    b.append(w.p(w.pick([
        f"We are writing to you as the authorized representative of {w.name()}. Our records list you as the "
        f"member's {rel}" + (f"; the authorization form was signed {_fd(w, on_file)}." if on_file else "."),
        f"{w.name()} has appointed you ({rel}) as representative for this claim, so this decision is sent to you.",
    ])))
    b.append(w.p(w.pick([
        f"{hosp} sent us a claim for the inpatient stay that began on {admit}. We have finished our review.",
        f"We reviewed the hospital claim from {hosp} for the admission on {admit}.",
    ])))
    reason_blocks = [w.h(w.pick(["Reason for the decision", "Why the claim was denied", "Our reason"]),
                         space_before=8), w.p(M("REASON", w.reason))]
    if variant == 2:
        b += reason_blocks
    # the claim lines
    if variant == 2:
        b.append(w.h("Claim lines", space_before=8))
        for s in c.services:
            code = f" ({_code(s['codes'][0])})" if s["codes"] else ""
            amt = f" \u2013 billed {_money(s['billed'])}" if not no_ci else ""
            b.append(w.p(f"* {M('SERVICE', s['text'])}{code}{amt}: {'paid' if s['paid'] else 'denied'}",
                         indent=10, space_before=1))
    else:
        hdr = ["Line", "Service", "Code"] + ([] if no_ci else ["Billed"]) + ["Result"]
        rows = [hdr]
        for i, s in enumerate(c.services, 1):
            res = ("Paid" if s["paid"] else ("Denied - D1" if variant == 1 else "Denied"))
            row = [str(i), M("SERVICE", s["text"]), _code(s["codes"][0]) if s["codes"] else "-"]
            row += [] if no_ci else [_money(s["billed"])]
            rows.append(row + [res])
        al = ["right", "left", "left"] + ([] if no_ci else ["right"]) + ["left"]
        b.append(Block("table", rows=rows, size=8.4, space_before=6, col_align=al))
        if variant == 1:
            b.append(w.p("D1: " + {"oon": "Services from a non-plan provider without an approved referral.",
                                   "er": "No prior authorization on file for this admission.",
                                   "mn": "Inpatient level of care not medically necessary for these days."}[story["cat"]],
                         size=8.2, space_before=2))
    b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnoses billed: "]) + "; ".join(w.dx(d) for d in c.diagnoses),
                 size=st.size - 0.5))
    if variant != 2:
        b += reason_blocks
    if c.criteria:
        b.append(w.p(w.pick([f"The hospital records were reviewed against {w.crit(c.criteria[0])}.",
                             f"Guideline used for the review: {w.crit(c.criteria[0])}."])))
    if story["cat"] == "er":
        b.append(w.p(f"The {_MEMBER_DOC[erisa]} ({c.extra['wa_eoc']}) requires prior authorization for hospital care "
                     "from non-plan providers."))
    elif oon:
        b.append(w.p(w.pick([
            f"The {_MEMBER_DOC[erisa]} ({c.extra['wa_eoc']}) covers non-emergency hospital care only from plan "
            "providers or with an approved referral.",
            f"See {c.extra['wa_eoc']} in the {_MEMBER_DOC[erisa]}: planned hospital care must be received from plan "
            "providers unless we approve a referral first.",
        ])))
    if oon:
        b.append(w.p(w.pick(["The hospital may bill the patient for the denied charges.",
                             "Because the claim is denied, the hospital may send the patient a bill."])))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        if _has(c, "process.reviewer_not_physician"):
            b.append(w.p(f"Claim reviewed by {nm}{cred}, {c.reviewer_title}."))
        else:
            t = w.pick([f"Physician reviewer: {nm}{cred}", f"The claim was reviewed by {nm}{cred}"])
            if r["specialty"]:
                t += f", {M('REVIEWER_SPECIALTY', r['specialty'])}"
            if r["phone"]:
                t += f"; telephone {M('REVIEWER_PHONE', r['phone'])}"
            b.append(w.p(t + "."))
    if not no_ci:
        b.append(w.p(w.pick([
            "You may ask for the diagnosis and treatment codes on this claim and what they mean. Asking is free and "
            "is not an appeal.",
            "On request we will give you, free of charge, the billing and diagnosis codes for this claim with their "
            "meanings.",
        ])))
    b.append(w.p(w.pick([
        "You may also ask for free copies of the records and documents we used to decide this claim.",
        "Copies of the documents and records relevant to this claim are available to you at no cost.",
    ])))
    # rights
    if variant == 1:
        b.append(Block("pagebreak"))
        b.append(w.h("APPEAL RIGHTS", size=st.size + 1, shade=True, space_before=0))
    else:
        b.append(w.h(w.pick(["Appealing this decision", "If you or the patient disagree"]), space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You, as authorized representative, or {w.name()} may appeal within {days} after receiving this notice. "
        f"Write to Member Appeals, {box}, fax {fax}, or call {_WA_MS} (TTY 711).",
        f"An appeal must be filed within {days} of the date this notice is received. Send it to {box} or fax "
        f"{fax}; Member Services at {_WA_MS} (TTY 711) can help.",
    ])))
    b.append(w.p("Include the claim number and any records or letters that support the appeal."))
    if erisa:
        b.append(w.p("We will decide an appeal of this claim within 60 days after we receive it."))
    b.append(w.p(w.pick([
        "If the denial is upheld after the appeal, you may ask for an external review by an independent review "
        "organization. The request must be made within 4 months after receiving our final internal decision.",
        "External review: after our final internal decision you can ask, within four months of receiving it, for "
        "an independent review organization to look at the claim.",
    ])))
    if erisa:
        b.append(w.p("Because this is an employer plan covered by ERISA, you also have the right to bring a civil "
                     "action under section 502(a) of ERISA after the appeal process."))
    if not no_ca:
        if erisa:
            b.append(w.p("For help, contact the Employee Benefits Security Administration, U.S. Department of Labor, "
                         "1-866-444-3272 (check your plan documents for current contact details)."))
        else:
            b.append(w.p(w.pick(["For help with an appeal or a complaint, you may contact the Washington State Office "
                                 "of the Insurance Commissioner.",
                                 "The Washington State Office of the Insurance Commissioner can help consumers with "
                                 "health plan appeals."])))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter help: {_WA_MS} (TTY 711).",
                             f"Need this in another language? Call {_WA_MS}, TTY 711, at no cost."])))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    b.append(w.p(w.pick(["Claims Review Unit", "Member Appeals and Claims"]), bold=True, space_before=6))
    b.append(w.p("Kaiser Permanente Washington", space_before=0))
    if w.chance(0.6):
        b.append(w.p(f"cc: {w.name()}" + (f"; {hosp}" if w.chance(0.5) else ""), size=8.5, space_before=6))
    b += _taglines(w, "WA", _WA_MS, w.pick([None, "Language services", "Interpreter services in your language"]))
    return b, st, ["wa_rep_letter_claim_table", "wa_rep_claim_statement_legend", "wa_rep_memo_bullets"][variant]


_MEMBER_DOC = {False: "Evidence of Coverage", True: "Summary Plan Description"}

BLIND17_TEMPLATES["blind17_wa_inpatient_claim_rep"] = (t_b17_wa, dict(
    plans=["commercial_hmo", "erisa_group"], states=["WA"], kinds=["payment_denial"],
    cats=["medical_necessity", "out_of_network"], reason=reason_b17_wa))
MODELED_ON["blind17_wa_inpatient_claim_rep"] = (
    "blind17: Kaiser Permanente Washington commercial or ERISA employer plan claim decision on an inpatient hospital "
    "stay, written to the member's authorized representative (spouse, child, attorney ...) with the patient named "
    "apart: retrospective review denying some or all inpatient days (InterQual/MCG; ancillary CPT lines paid) or a "
    "planned admission at a non-plan hospital without referral; claim table with billed amounts and a remark "
    "legend, or claim-line bullets; 180-day appeal, independent review organization within 4 months, ERISA 60-day "
    "appeal decision and section 502(a), EBSA (with the catalogue's caveat) or the Washington Office of the "
    "Insurance Commissioner by name, codes on request, taglines")
