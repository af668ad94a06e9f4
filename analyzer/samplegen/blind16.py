"""Sixteenth blind evaluation set: three templates written without sight of the extractor, to be measured once.

Registered in ``BLIND16_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind16_hi_commercial_home_health")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind16_hi_commercial_home_health``: Kaiser Permanente Hawaii commercial group plan decision on home health
   visits (skilled nursing, physical therapy, occupational therapy, home health aide) asked for after a hospital
   stay, in a visit table (requested / approved) or a per-discipline list; federal ACA rights only (180 days,
   72-hour expedited appeal, external review by an Independent Review Organization within 4 months after the final
   internal decision, the Hawaii Insurance Division by name without a telephone number, codes on request).
2. ``blind16_ga_ma_hospice_or_snf_transfer``: Kaiser Permanente Georgia Senior Advantage organization determination
   denying a transfer from the hospital to a skilled nursing facility or a long-term acute care hospital (sometimes
   approving a skilled nursing facility instead of the long-term acute care hospital); Medicare rules named (42 CFR
   Part 409 for skilled nursing facility care, § 422.101(b) otherwise); 60-day reconsideration, 30-day standard and
   72-hour fast appeal, automatic Independent Review Entity, 1-800-MEDICARE. No Part A detail beyond that.
3. ``blind16_scal_medi_cal_behavioral_health``: Kaiser Permanente Southern California Medi-Cal Notice of Action
   denying or modifying outpatient behavioral health services (applied behavior analysis hours for a child, or
   psychotherapy sessions), with a short Spanish paragraph; 60-day appeal, 30-day / 72-hour appeal decisions, State
   Hearing within 120 days of the appeal decision, aid paid pending (10 days), DMHC statement and Independent
   Medical Review (not after a State Hearing was asked for), the Medi-Cal Ombudsman.

Dates use this set's own styles (``b16date``); ``parse_blind16_date`` reads them back. Defects the rule catalogue
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

BLIND16_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b16date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 5, 2025
        return f"{mon} {d.day}, {d.year}"
    if style == "mdy":  # 03/05/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmon":  # 05-Mar-2025
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if style == "iso":  # 2025-03-05
        return d.isoformat()
    if style == "abbr":  # Mar. 5, 2025 (May stays May)
        return f"{mon[:3]}{'' if mon == 'May' else '.'} {d.day}, {d.year}"
    if style == "wdlong":  # Wednesday, March 5, 2025
        return f"{_WDAYS[d.weekday()]}, {mon} {d.day}, {d.year}"
    if style == "caps":  # MARCH 5, 2025
        return f"{mon.upper()} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("long", "mdy", "dmon", "iso", "abbr", "wdlong", "caps")


def parse_blind16_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b16date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z][a-z]{2})(\.?) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _MON3 and (m[2] == "." if m[1] != "May" else m[2] == ""):
            return dt.date(int(m[4]), _MON3.index(m[1]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]+), ([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[2] in MONTHS and m[1] in _WDAYS:
            day = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return day if _WDAYS[day.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1].title() in MONTHS and m[1].isupper():
            return dt.date(int(m[3]), MONTHS.index(m[1].title()) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b16_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b16date(day, w.c.extra["b16_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _low(s: str) -> str:
    """Lower-case the first letter of a service name unless its first word is an acronym or code."""
    first = s.split(" ")[0]
    if len(first) > 1 and (first[:2].isupper() or any(ch.isdigit() for ch in first)):
        return s
    return s[:1].lower() + s[1:]


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 58.0, 66.0, 72.0]),
               margin_t=w.pick([38.0, 46.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 8.0])
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


def _doctor(w: W) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}"])


def _reviewer_line(w: W, how: int) -> str:
    """The reviewer, named in one of several ways; for a planted non-physician, by job title only."""
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    if _has(w.c, "process.reviewer_not_physician"):
        return w.pick([f"Reviewed and decided by {nm}{cred}, {w.c.reviewer_title}.",
                       f"Decision made by: {nm}{cred} ({w.c.reviewer_title})"])
    sp = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    if how == 0:
        t = f"This decision was made by {nm}{cred}" + (f", a physician board certified in {sp}" if sp else ", a physician")
        t += "."
    elif how == 1:
        t = f"Physician reviewer: {nm}{cred}" + (f" ({sp})" if sp else "")
    else:
        t = f"Our medical director, {nm}{cred}" + (f", who practices {sp}," if sp else ",") + " reviewed the records."
    if ph:
        t += w.pick([f" Your doctor may call the reviewer directly at {ph}.", f" Direct line for your doctor: {ph}."])
    return t


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
    c.reviewer["specialty"] = w.pick(specs) if w.chance(0.7) else None
    c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, MPH"]) if w.chance(0.85) else None
    c.reviewer["phone"] = phone(w.rng, c.state) if w.chance(0.45) else None


# taglines written for this set; {ph} is the plan's number
_TAGS = {
    "es": "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia con el idioma. "
          "Llame al {ph} (TTY 711).",
    "es2": "IMPORTANTE: Si usted habla español, puede obtener ayuda gratis en su idioma. Llame al {ph} (TTY 711).",
    "tl": "PAUNAWA: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {ph} "
          "(TTY 711).",
    "zh": "注意：如果您使用中文，您可以免費獲得語言協助服務。請致電 {ph}（TTY 711）。",
    "vi": "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {ph} "
          "(TTY 711).",
    "ko": "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {ph} (TTY 711) 번으로 "
          "전화해 주십시오.",
    "ja": "注意事項：日本語を話される場合、無料の言語支援をご利用いただけます。{ph}（TTY 711）まで、お電話にて"
          "ご連絡ください。",
    "sm": "MO LOU SILAFIA: Afai e te tautala Gagana Samoa, o loo avanoa auaunaga fesoasoani i le gagana e aunoa ma "
          "se totogi. Vala'au i le {ph} (TTY 711).",
    "ru": "ВНИМАНИЕ: если вы говорите на русском языке, вам доступны бесплатные услуги перевода. Звоните {ph} "
          "(TTY 711).",
    "ar": "ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية متاحة لك بالمجان. اتصل برقم {ph} (TTY 711).",
    "hy": "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ապա ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության "
          "ծառայություններ: Զանգահարեք {ph} (TTY 711):",
    "fr": "ATTENTION : si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. "
          "Appelez le {ph} (TTY 711).",
}
_TAG_SETS = {
    "HI": ["es", "tl", "ja", "zh", "ko", "vi", "sm"],
    "GA": ["es2", "ko", "vi", "zh", "fr", "ar", "ru"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "ar", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = []
    if heading:
        out.append(w.h(heading, space_before=10, size=8.0))
    else:
        out.append(Block("rule", space_before=8))
    for code in langs:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=6.9, unicode=_uni(t), space_before=1.0))
    return out


def _free_help_line(w: W, ph: str) -> str:
    if _has(w.c, "notice.language_assistance"):
        return ""
    return w.pick([f"Interpreter services are free. Call {ph} (TTY 711).",
                   f"You can get this letter in another language or format at no cost by calling {ph} (TTY 711)."])


# === 1. Kaiser Permanente Hawaii: home health visits after a hospital stay (commercial group plan) ===============

# disciplines: (texts, HCPCS code, requested visits range, reviewer specialties)
_HH_LINES = {
    "sn": (["Skilled nursing visits", "Home health skilled nursing (RN) visits", "Skilled nursing, home visit"],
           "G0299"),
    "pt": (["Physical therapy visits", "Home health physical therapy", "Physical therapy in the home"], "G0151"),
    "ot": (["Occupational therapy visits", "Home health occupational therapy"], "G0152"),
    "aide": (["Home health aide visits", "Home health aide services"], "G0156"),
}
# stories: hospital reason, diagnoses (texts, ICD-10), disciplines asked for, facts per discipline
_HH_STORIES = [
    dict(key="hip", stay=["surgery for a broken hip", "hip fracture repair"],
         dx=[(["Fracture of neck of right femur, initial encounter", "Right femoral neck fracture"], "S72.001A")],
         lines=["pt", "sn", "ot"],
         facts=["the therapy notes from your last inpatient days show you walk 150 feet with a walker and climb "
                "four steps with standby help, so a short series of home visits to set up an exercise program is "
                "enough",
                "the discharge summary shows your incision is healed and your pain is controlled with pills, so "
                "nursing visits beyond wound and medication teaching are not needed"],
         spec=["Physical Medicine and Rehabilitation", "Orthopedic Surgery", "Internal Medicine"]),
    dict(key="knee", stay=["a knee replacement", "right total knee replacement surgery"],
         dx=[(["Aftercare following joint replacement surgery"], "Z47.1"),
             (["Presence of right artificial knee joint"], "Z96.651")],
         lines=["pt", "sn"],
         facts=["you reached 95 degrees of knee bending before discharge and walk with a cane, so you can continue "
                "therapy at an outpatient clinic after a few home visits",
                "the home care intake on your first visit found no drainage from the wound and you manage your own "
                "blood thinner shots, so ongoing nursing visits are not needed"],
         spec=["Orthopedic Surgery", "Physical Medicine and Rehabilitation"]),
    dict(key="copd", stay=["a hospital stay for a COPD flare", "treatment of a COPD exacerbation"],
         dx=[(["Chronic obstructive pulmonary disease with acute exacerbation", "COPD with acute exacerbation"],
              "J44.1")],
         lines=["sn", "pt", "aide"],
         facts=["your oxygen level at discharge was 93 percent on your usual 2 liters and you used your inhalers "
                "correctly in teach-back, so weekly nursing visits for a short period will meet your needs",
                "you walked the hospital hallway twice a day without help, so daily aide visits for bathing are "
                "not a skilled need"],
         spec=["Pulmonary Disease", "Internal Medicine", "Family Medicine"]),
    dict(key="stroke", stay=["a hospital stay for a stroke", "treatment of an ischemic stroke"],
         dx=[(["Cerebral infarction, unspecified", "Ischemic stroke"], "I63.9")],
         lines=["pt", "ot", "sn"],
         facts=["your right arm strength improved to 4 out of 5 and you dress yourself with setup help, so fewer "
                "occupational therapy visits are needed than were asked for",
                "your blood pressure readings over the last three hospital days were in your target range, so "
                "nursing visits can be fewer"],
         spec=["Neurology", "Physical Medicine and Rehabilitation"]),
    dict(key="hf", stay=["a hospital stay for heart failure", "treatment of worsening heart failure"],
         dx=[(["Heart failure, unspecified", "Congestive heart failure"], "I50.9")],
         lines=["sn", "pt"],
         facts=["you lost 4 kilograms of fluid in the hospital and you weigh yourself and log your weight daily, so "
                "nursing visits twice a week for two weeks are enough",
                "you walk 300 feet without stopping and live on one level, so home physical therapy beyond a home "
                "safety check is not needed"],
         spec=["Cardiovascular Disease", "Internal Medicine"]),
]
_HH_CRIT = ["MCG Home Care guidelines", "InterQual Home Care criteria",
            "Kaiser Permanente Hawaii Home Health Services Clinical Review Criteria"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b16_hi"):
        return
    c.extra["b16_hi"] = True
    _fmt(w, ("long", "mdy", "dmon", "abbr", "wdlong", "caps"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    partial = c.letter_kind == "partial_denial"
    story = w.pick(_HH_STORIES)
    c.extra["hh_story"] = story
    keys = list(story["lines"])
    if w.chance(0.4):
        keys = keys[:2]
    lines = []
    for i, k in enumerate(keys):
        texts, code = _HH_LINES[k]
        req = w.pick([6, 8, 9, 10, 12, 16]) if k != "aide" else w.pick([10, 12, 14])
        if partial:
            appr = 0 if (i > 0 and w.chance(0.3)) else w.pick([2, 3, 4, req // 2])
            if i == 0 and appr >= req:
                appr = req // 2
        else:
            appr = 0
        lines.append(dict(text=w.pick(texts), codes=[code], req=req, appr=appr, key=k,
                          decision="approved" if appr == req else ("partly approved" if appr else "denied")))
    if partial and all(x["appr"] == 0 for x in lines):
        lines[0]["appr"] = max(1, lines[0]["req"] // 2)
    c.services = lines
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in story["dx"]]
    c.criteria = []
    if not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(_HH_CRIT)]
    c.extra["hh_fact"] = w.pick(story["facts"])
    c.provider = _doctor(w)
    c.extra["discharge"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(0, 3))
    c.service = None
    _prep_reviewer(w, story["spec"], 0.75)
    c.extra["hi_ph"] = phone(w.rng, "HI")
    c.extra["hi_fax"] = phone(w.rng, "HI")
    c.extra["hi_box"] = f"P.O. Box {w.rng.randint(1000, 9999)}, Honolulu, HI 968{w.rng.randint(10, 99)}"
    c.extra["hi_group"] = f"{w.rng.randint(1000, 99999)}-{w.rng.randint(1, 9)}"
    _flags(c)


def reason_b16_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The visits are not medically necessary.", "Does not meet medical necessity.",
                       "Home health criteria not met."])
    fact = c.extra["hh_fact"]
    cut = [s for s in c.services if s["appr"] < s["req"]]
    names = join_and([_low(s["text"]) for s in cut])
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We approved fewer {names} than your doctor asked for because {fact}.",
            f"The number of {names} was reduced: {fact}.",
        ])
    return w.pick([
        f"We did not approve the {names} because {fact}.",
        f"Home health care is not approved at this time. {fact[:1].upper()}{fact[1:]}.",
    ])


def t_b16_hi(w: W):
    _hi_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letter + visit table, 1 label:value block + discipline bullets, 2 memo + rights page
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    ph, fax, box = c.extra["hi_ph"], c.extra["hi_fax"], c.extra["hi_box"]
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    no_ca = _has(c, "notice.consumer_assistance")
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    story = c.extra["hh_story"]
    region = M("REGION", "Hawaii")
    st.footer = [w.pick(["Page {page} of {pages}", f"KP Hawaii HH-UM {c.ids['ref']} - {{page}}",
                         "Kaiser Permanente Hawaii | {page}/{pages}"])]
    st.footer_align = w.pick(["left", "center", "right"])
    b: list[Block] = []
    if variant == 2:
        b.append(w.p("KAISER PERMANENTE", bold=True, size=13, space_before=0))
        b.append(w.p(f"{region} Region \u2022 Home Health Utilization Management", size=8.5, space_before=1))
        b.append(Block("rule", space_before=4))
        b.append(Block("table", rows=[["TO:", f"{w.name()}, Member ID {w.mid()}"], ["DATE:", sent],
                                      ["RE:", "Home health services after your hospital stay"],
                                      ["Ordering clinician:", M("PROVIDER", c.provider)],
                                      ["Group number:", c.extra["hi_group"]]]
                       + ([["Request received:", rec]] if rec else []) + ([["Decision date:", dec]] if dec else []),
                       header_row=False, size=8.8, space_before=6))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}", w.pick(["Home Health Review", "Continuing Care Services"])],
                       right=[box, f"Phone {ph}", f"Fax {fax}"]))
        if variant == 1:
            rows = [("Member", w.name()), ("Member ID", w.mid()), ("Group", c.extra["hi_group"]),
                    ("Doctor who asked", M("PROVIDER", c.provider)), ("Reference", c.ids["ref"])]
            rows += ([("Date we got the request", rec)] if rec else []) + ([("Date of decision", dec)] if dec else [])
            b.append(w.p(sent, space_before=10, align="right"))
            b.append(w.p(w.name(), space_before=6))
            b += [w.p(x, space_before=0) for x in c.member_addr]
            for k, v in rows:
                b.append(w.p(f"{k}: {v}", space_before=0.5, size=st.size - 0.5))
        else:
            b.append(Block("twocol", left=[w.name()] + c.member_addr,
                           right=[f"Date: {sent}", f"Member ID: {w.mid()}", f"Ref. {c.ids['ref']}"]
                           + ([f"Received: {rec}"] if rec else []) + ([f"Decided: {dec}"] if dec else []),
                           size=st.size - 0.5, space_before=10))
        b.append(w.p(w.pick(["Decision about home health care", "Your home health request",
                             "Notice of adverse benefit determination: home health visits"]),
                     bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Aloha {c.member_salute},"]), space_before=6))
    intro = w.pick([
        f"After your recent {w.pick(story['stay'])}, {M('PROVIDER', c.provider)} asked us to cover home health "
        f"visits" + (f". We received the request on {rec}." if rec else "."),
        f"{M('PROVIDER', c.provider)} sent us a request for home health care to start when you left the hospital "
        f"after {w.pick(story['stay'])}.",
    ])
    b.append(w.p(intro))
    if urgent and not no_fast:
        b.append(w.p("Because you were leaving the hospital, we reviewed this request on an expedited (urgent) basis."))
    b.append(w.p(w.pick([
        f"We have {'approved part of' if partial else 'denied'} this request. The visits are shown below.",
        f"Our decision: {'some visits are approved, and fewer than requested' if partial else 'no visits are approved'}."
        " Details follow.",
    ])))
    # the visit table / bullets
    if variant == 1:
        b.append(w.h("Visits reviewed", space_before=8))
        for s in c.services:
            b.append(w.p(f"\u2022 {M('SERVICE', s['text'])} ({_code(s['codes'][0])}): requested {s['req']}, "
                         f"approved {s['appr']}", indent=10, space_before=1))
    else:
        rows = [["Service", "Code", "Visits requested", "Visits approved"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]), str(s["req"]), str(s["appr"])])
        b.append(Block("table", rows=rows, size=8.6, space_before=6, col_align=["left", "left", "right", "right"]))
    b.append(w.p(w.pick(["Diagnosis: ", "Condition treated: "]) + "; ".join(w.dx(d) for d in c.diagnoses),
                 size=st.size - 0.5))
    b.append(w.h(w.pick(["Why we made this decision", "Reason for the decision", "The reason"]), space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"We reviewed the request using {cs}. You can ask for a free copy.",
                             f"Guideline used: {cs}. A copy is free if you ask for it."])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.rng.randrange(3))))
    b.append(w.p(w.pick([
        "You may ask for the diagnosis and treatment codes used in this decision and what they mean, and for free "
        "copies of the records and documents we relied on. Asking for them is not an appeal.",
        "On request and at no cost, we will send you the documents used to decide, and the diagnosis and service "
        "codes with their meanings.",
    ])))
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h("YOUR RIGHTS IF YOU DISAGREE", size=st.size + 1, space_before=0))
    else:
        b.append(w.h(w.pick(["If you disagree: your appeal rights", "How to appeal"]), space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You or someone you choose may appeal within {days} after you receive this letter. Write to Kaiser "
        f"Permanente Appeals, {box}, fax {fax}, or call Member Services at {ph}.",
        f"To appeal, contact us within {days} of getting this notice: by phone at {ph}, by fax at {fax}, or by "
        f"mail at {box}. Your doctor may appeal for you.",
    ])))
    b.append(w.p("You may send written comments, records or a letter from your doctor with your appeal."))
    if not no_fast:
        b.append(w.p(w.pick([
            "Expedited appeal: if waiting for a standard appeal could seriously harm your health, you or your doctor "
            "can ask for an expedited appeal. We will decide within 72 hours.",
            "If your situation is urgent, ask for a fast (expedited) appeal by phone; we will give you a decision "
            "within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "External review: if we uphold our decision after your appeal, you may ask for an external review by an "
            "Independent Review Organization that is not part of Kaiser Permanente. You must ask within 4 months "
            "after you receive our final appeal decision.",
            "After our final internal decision you can request independent external review. The request must be made "
            "within four months after you receive that decision; an Independent Review Organization decides.",
        ])))
    if not no_ca:
        b.append(w.p(w.pick([
            "For help with your appeal, you may contact the Hawaii Insurance Division, the state office that helps "
            "health plan consumers.",
            "Consumer assistance: the Hawaii Insurance Division can help you with questions about appeals.",
        ])))
    help_line = _free_help_line(w, ph)
    if help_line:
        b.append(w.p(help_line))
    b.append(w.p(w.pick(["Mahalo,", "Sincerely,"]), space_before=10))
    b.append(w.p(w.pick(["Home Health Utilization Management", "Continuing Care Review Team"]), bold=True,
                 space_before=6))
    b.append(w.p("Kaiser Permanente, Hawaii Region", space_before=0))
    if w.chance(0.5):
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.5, space_before=6))
    b += _taglines(w, "HI", ph, w.pick([None, "Language help / Kokua", "Free language assistance"]))
    return b, st, ["hi_letter_visit_table", "hi_label_block_bullets", "hi_memo_rights_page"][variant]


BLIND16_TEMPLATES["blind16_hi_commercial_home_health"] = (t_b16_hi, dict(
    plans=["commercial_hmo"], states=["HI"], kinds=["initial_denial", "partial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b16_hi))
MODELED_ON["blind16_hi_commercial_home_health"] = (
    "blind16: Kaiser Permanente Hawaii commercial group plan decision on home health visits after a hospital stay "
    "(skilled nursing G0299, physical therapy G0151, occupational therapy G0152, home health aide G0156) with a "
    "requested/approved visit table or bullets; hip fracture, knee replacement, COPD, stroke or heart failure; home "
    "care criteria named; 180-day appeal, 72-hour expedited appeal, Independent Review Organization within 4 "
    "months, Hawaii Insurance Division by name, codes and documents on request, taglines")


# === 2. Kaiser Permanente Georgia Senior Advantage: transfer to a SNF or LTACH =================================

_GA_STORIES = [
    dict(key="snf_hip", to="snf", dx=[(["Fracture of neck of right femur, initial encounter"], "S72.001A")],
         facts=["the therapy notes show you walked 200 feet with a rolling walker and moved from bed to chair with "
                "standby help only, so you do not need daily skilled therapy in a nursing facility and can continue "
                "therapy at home",
                "you are able to climb the three steps into your home with one rail and the physical therapist "
                "cleared you to go home with a walker"],
         alt="home with home health therapy"),
    dict(key="snf_pna", to="snf", dx=[(["Pneumonia, unspecified organism"], "J18.9"),
                                      (["Type 2 diabetes mellitus without complications"], "E11.9")],
         facts=["you are breathing room air, eating full meals and walking in the hallway on your own, and your "
                "antibiotics are now pills, so no daily skilled nursing need remains",
                "your last two days of nursing notes show stable vital signs and no need for injections or IV "
                "treatment"],
         alt="home, with follow-up in clinic"),
    dict(key="ltach_vent", to="ltach",
         dx=[(["Acute respiratory failure with hypoxia"], "J96.01"), (["Sepsis, unspecified organism"], "A41.9")],
         facts=["you have been off the ventilator for four days and breathe with 2 liters of oxygen by nasal "
                "cannula, so you do not need the daily physician care of a long-term acute care hospital",
                "your remaining needs, IV antibiotics once a day and daily therapy, can be met in a skilled nursing "
                "facility"],
         alt="a skilled nursing facility"),
    dict(key="ltach_wound", to="ltach",
         dx=[(["Pressure ulcer of sacral region, stage 4"], "L89.154"),
             (["Type 2 diabetes mellitus without complications"], "E11.9")],
         facts=["your wound needs one dressing change a day and a wound vacuum that nurses can manage, and you have "
                "not needed a physician at the bedside daily for a week",
                "the wound care team's note shows the wound is smaller and clean, so care in a skilled nursing "
                "facility meets your needs"],
         alt="a skilled nursing facility"),
]
_GA_SVC = {
    "snf": ["Transfer to a skilled nursing facility", "Skilled nursing facility (SNF) admission",
            "Admission to a skilled nursing facility after hospital discharge"],
    "ltach": ["Transfer to a long-term acute care hospital", "Long-term acute care hospital (LTACH) admission",
              "Admission to a long-term acute care hospital"],
}
_GA_RULES = {
    "snf": ["Medicare skilled nursing facility coverage rules in 42 CFR Part 409"],
    "ltach": ["Original Medicare coverage rules that Medicare Advantage plans must follow (42 CFR \u00a7 422.101(b))"],
}
_GA_INTERNAL = {
    "snf": ["InterQual Subacute and SNF criteria", "Kaiser Permanente Post-Acute Placement Guideline"],
    "ltach": ["InterQual Long-Term Acute Care criteria", "Kaiser Permanente Post-Acute Placement Guideline"],
}


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b16_ga"):
        return
    c.extra["b16_ga"] = True
    _fmt(w, ("long", "mdy", "iso", "abbr", "caps", "dmon"))
    c.region = "Georgia"
    c.member_addr = address(w.rng, "GA", "Georgia")
    partial = c.letter_kind == "partial_denial"
    pool = [s for s in _GA_STORIES if s["to"] == "ltach" or not partial]
    story = w.pick(pool)
    c.extra["ga_story"] = story
    c.services = [dict(text=w.pick(_GA_SVC[story["to"]]), codes=[], decision="denied")]
    if partial:
        c.services.append(dict(text=w.pick(_GA_SVC["snf"]), codes=[], decision="approved"))
    dx = story["dx"] if w.chance(0.5) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.criteria = []
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_GA_INTERNAL[story["to"]])]
    elif not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = list(_GA_RULES[story["to"]])
    c.extra["ga_fact"] = w.pick(story["facts"])
    c.provider = _doctor(w)
    c.extra["ga_hosp"] = w.pick(["the hospital", "your hospital care team", "the hospital discharge planner"])
    c.service = None
    _prep_reviewer(w, ["Internal Medicine", "Geriatric Medicine", "Pulmonary Disease", "Hospital Medicine"], 0.7)
    c.extra["ga_ph"] = phone(w.rng, "GA")
    c.extra["ga_fax"] = phone(w.rng, "GA")
    _flags(c)


def reason_b16_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Your care does not meet coverage requirements.", "This transfer is not medically necessary."])
    story, fact = c.extra["ga_story"], c.extra["ga_fact"]
    place = "skilled nursing facility" if story["to"] == "snf" else "long-term acute care hospital"
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We denied the transfer to a {place} because {fact}. We approved care in a skilled nursing facility instead.",
            f"A {place} stay is not approved: {fact}. A skilled nursing facility stay is approved.",
        ])
    return w.pick([
        f"We denied the transfer to a {place} because {fact}. You can safely go to {story['alt']}.",
        f"Medicare does not cover a {place} stay for you at this time because {fact}.",
    ])


def t_b16_ga(w: W):
    _ga_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 CMS-style notice, 1 letter with facts box, 2 courier fax with numbered rights
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    ph, fax = c.extra["ga_ph"], c.extra["ga_fax"]
    call = w.pick([f"call Member Services at {ph} (TTY 711)", f"call Senior Advantage Member Services, {ph}, TTY 711",
                   f"phone us at {ph} (TTY 711)"])
    no_fast = _has(c, "notice.expedited_review")
    no_ire = _has(c, "notice.external_review")
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Georgia")
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO)", "KP Senior Advantage Medicare plan",
                                     "Senior Advantage, a Medicare Advantage plan"]))
    st.footer = [w.pick(["{page} of {pages}", f"GA-SA-UM {c.ids['ref']}", "Page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if variant == 2:
        st.header = [f"FAX  {fax}   Kaiser Permanente Georgia   page {{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
    b: list[Block] = []
    if variant == 0:
        b.append(w.p(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "Notice of Denial of Medical Coverage"]),
                     bold=True, size=12.5, align="center", space_before=0))
        b.append(w.p(f"Kaiser Permanente of {region} \u2013 {plan_cue}", size=8.5, align="center", space_before=2))
        b.append(Block("table", rows=[["Date", sent], ["Enrollee", w.name()], ["Member number", w.mid()],
                                      ["Attending physician", M("PROVIDER", c.provider)]]
                       + ([["Request received", rec]] if rec else []) + ([["Decision", dec]] if dec else []),
                       header_row=False, size=8.5, space_before=8))
    else:
        if variant == 1:
            b.append(Block("letterhead", logo=w.pick(["ring", "bars"]), size=9,
                           left=["KAISER PERMANENTE", f"{region}", "Medicare Utilization Management"],
                           right=[f"Fax {fax}", "Senior Advantage"]))
        else:
            b.append(w.p(f"KAISER PERMANENTE {region} \u2013 MEDICARE REVIEW", bold=True,
                         space_before=0))
        b.append(w.p(sent, space_before=8))
        b += [w.p(w.name(), space_before=6)] + [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Plan: {plan_cue}", size=st.size - 0.5, space_before=4))
        b.append(w.p(f"Physician: {M('PROVIDER', c.provider)}" + (f"    Received: {rec}" if rec else "")
                     + (f"    Decided: {dec}" if dec else ""), size=st.size - 0.5, space_before=0))
        b.append(w.p(w.pick(["Coverage decision: transfer after your hospital stay", "Medicare coverage decision"]),
                     bold=True, space_before=10, size=st.size + 1))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=6))
    b.append(w.p(w.pick([
        f"{c.extra['ga_hosp'][:1].upper()}{c.extra['ga_hosp'][1:]} and {M('PROVIDER', c.provider)} asked us to "
        f"cover your move from the hospital to the place listed below.",
        f"We reviewed a request from {M('PROVIDER', c.provider)} to cover your next level of care when you leave "
        f"the hospital.",
    ])))
    if urgent and not no_fast:
        b.append(w.p("Because you are in the hospital, we made this a fast (expedited) decision."))
    rows = [["Care requested", "Our decision"]]
    for s in c.services:
        rows.append([M("SERVICE", s["text"]), "Approved" if s["decision"] == "approved" else "Denied"])
    if variant == 2:
        for r in rows[1:]:
            b.append(w.p(f"* {r[0]} -- {r[1].upper()}", indent=8, space_before=1))
    else:
        b.append(Block("table", rows=rows, size=8.6, space_before=4, boxed=variant == 1))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    b.append(w.h(w.pick(["Why we denied your request", "Why we made this decision"]), space_before=8,
                 shade=variant == 0))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"We applied {cs}.", f"Coverage rules used: {cs}."])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.rng.randrange(3))))
    if partial:
        b.append(w.p("The care team will help arrange the approved stay."))
    b.append(w.h(w.pick(["You have the right to appeal", "Your right to appeal this decision"]), space_before=10,
                 shade=variant == 0))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    n = 0

    def item(t: str) -> Block:
        nonlocal n
        n += 1
        return w.p(f"{n}. {t}" if variant == 2 else t, indent=8 if variant == 2 else 0)

    b.append(item(w.pick([
        f"You may ask us to reconsider this decision. We must receive your request within {days} from the date of "
        f"this notice. To ask, {call}, fax {fax}, or write to us.",
        f"If you do not agree, ask for a reconsideration (appeal) within {days} of the date of this notice: {call} "
        f"or send it by fax to {fax}. A doctor or a representative you name may ask for you.",
    ])))
    b.append(item("Standard appeal: we will answer within 30 days after we receive your appeal."))
    if not no_fast:
        b.append(item(w.pick([
            "Fast appeal: if you or your doctor think waiting 30 days could seriously harm your health, ask for a "
            "fast appeal. If your doctor asks, we will give you one. We decide fast appeals within 72 hours.",
            "You can get a decision within 72 hours (a fast appeal) if waiting could seriously hurt your health; a "
            "request from your doctor is handled as fast.",
        ])))
    if not no_ire:
        b.append(item(w.pick([
            "If we still say no, your case is sent automatically to an Independent Review Entity that Medicare "
            "contracts with. There are more appeal levels after that.",
            "A decision against you on appeal goes on its own to the Independent Review Entity for a new review. "
            "Your Evidence of Coverage explains later levels.",
        ])))
    b.append(item("You can get help from Medicare at 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or at "
                  "www.medicare.gov."))
    help_line = _free_help_line(w, ph)
    if help_line:
        b.append(w.p(help_line))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    b.append(w.p("Medicare Utilization Management, Kaiser Permanente of Georgia", bold=True, space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment depends on contract renewal.",
        "Kaiser Permanente Senior Advantage is a Medicare Advantage HMO plan with a Medicare contract.",
    ]), space_before=8))
    b += _taglines(w, "GA", ph, w.pick(["Language help", None]))
    return b, st, ["ga_cms_style_notice", "ga_letter_decision_box", "ga_fax_numbered_rights"][variant]


BLIND16_TEMPLATES["blind16_ga_ma_hospice_or_snf_transfer"] = (t_b16_ga, dict(
    plans=["medicare_advantage"], states=["GA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b16_ga))
MODELED_ON["blind16_ga_ma_hospice_or_snf_transfer"] = (
    "blind16: Kaiser Permanente Georgia Senior Advantage organization determination denying a transfer from the "
    "hospital to a skilled nursing facility or a long-term acute care hospital (or approving a skilled nursing "
    "facility instead of the long-term acute care hospital); Medicare rules named (42 CFR Part 409; 42 CFR 422.101(b)) "
    "or internal criteria when planted; 60-day reconsideration, 30-day standard and 72-hour fast appeal, automatic "
    "Independent Review Entity, 1-800-MEDICARE, taglines")


# === 3. Kaiser Permanente Southern California Medi-Cal: behavioral health Notice of Action ======================

_BH_STORIES = [
    dict(key="aba", child=True, dx=[(["Autistic disorder", "Autism spectrum disorder"], "F84.0")],
         lines=[(["Adaptive behavior treatment by protocol (ABA technician)", "ABA direct therapy"], "97153",
                 "hours per week", [25, 30, 35], [10, 12, 15]),
                (["ABA supervision and protocol modification", "Protocol modification by the behavior analyst"],
                 "97155", "hours per week", [6, 8], [3, 4]),
                (["Family adaptive behavior treatment guidance", "Parent training"], "97156", "hours per month",
                 [8, 12], [4, 6])],
         facts=["the progress report shows {first} met 2 of 14 treatment goals in the last 6 months and attended "
                "about half of the scheduled sessions, so the current plan needs to be changed before hours are "
                "added",
                "{first} is in school 6 hours a day, and the requested hours would leave no time outside school "
                "and sleep; the treatment plan does not show how the added hours would be used"],
         crit=["Kaiser Permanente Behavioral Health Treatment (ABA) Clinical Review Criteria"],
         spec=["Child and Adolescent Psychiatry", "Developmental-Behavioral Pediatrics"]),
    dict(key="psy", child=False, dx=[(["Major depressive disorder, single episode, moderate"], "F32.1"),
                                     (["Post-traumatic stress disorder, unspecified"], "F43.10"),
                                     (["Generalized anxiety disorder"], "F41.1")],
         lines=[(["Individual psychotherapy, 60 minutes", "Psychotherapy, 60-minute sessions"], "90837",
                 "sessions", [24, 20, 16], [12, 8, 10]),
                (["Family psychotherapy with the patient present"], "90847", "sessions", [10, 12], [4, 6])],
         facts=["your therapist's notes show your PHQ-9 score went from 19 to 8 over the last 12 weeks, so sessions "
                "every other week are enough to keep your progress",
                "the treatment plan lists goals that were met on the last update and does not say what new goals "
                "weekly sessions would treat"],
         crit=["LOCUS (Level of Care Utilization System)", "Kaiser Permanente Outpatient Mental Health Review Criteria"],
         spec=["Psychiatry", "Clinical Psychology"]),
]
_CA_PH = "1-800-464-4000"


def _bh_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b16_bh"):
        return
    c.extra["b16_bh"] = True
    _fmt(w, ("long", "mdy", "iso", "abbr", "wdlong", "dmon"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    partial = c.letter_kind == "partial_denial"
    story = w.pick(_BH_STORIES)
    c.extra["bh_story"] = story
    lines = story["lines"] if w.chance(0.5) else story["lines"][:1]
    out = []
    for i, (texts, code, unit, reqs, apprs) in enumerate(lines):
        req = w.pick(reqs)
        appr = (w.pick(apprs) if (i == 0 or w.chance(0.5)) else 0) if partial else 0
        out.append(dict(text=w.pick(texts), codes=[code], req=req, appr=appr, unit=unit,
                        decision="approved" if appr else "denied"))
    c.services = out
    dx = story["dx"][:1] if story["child"] else [w.pick(story["dx"])]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.criteria = []
    if not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(story["crit"])]
    first = c.member_name.split()[0]
    c.extra["bh_fact"] = w.pick(story["facts"]).replace("{first}", first)
    c.provider = _doctor(w) if not story["child"] else w.pick([_doctor(w), f"{person(w.rng, 0.1)[0]}, BCBA"])
    c.service = None
    _prep_reviewer(w, story["spec"], 0.8)
    c.extra["bh_fax"] = phone(w.rng, "CA")
    c.extra["bh_box"] = (f"Kaiser Permanente Medi-Cal Appeals, P.O. Box {w.rng.randint(1000, 99999)}, "
                         f"{w.pick(['Pasadena, CA 911', 'Downey, CA 902', 'San Diego, CA 921'])}{w.rng.randint(10, 99)}")
    _flags(c)


def reason_b16_bh(w: W) -> str:
    _bh_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The services are not medically necessary.", "Medical necessity criteria were not met."])
    fact = c.extra["bh_fact"]
    names = join_and([_low(s["text"]) for s in c.services if s["appr"] < s["req"]])
    if c.letter_kind == "partial_denial":
        return w.pick([f"We changed the request for {names} to fewer {c.services[0]['unit']} because {fact}.",
                       f"The amount of {names} asked for is more than is medically necessary: {fact}."])
    return w.pick([f"We denied the request for {names} because {fact}.",
                   f"The {names} are not approved. {fact[:1].upper()}{fact[1:]}."])


def t_b16_bh(w: W):
    _bh_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 NOA form with boxes, 1 letter with service table, 2 two-column + bullets
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    story = c.extra["bh_story"]
    fax = c.extra["bh_fax"]
    no_dmhc = _has(c, "notice.dmhc_statement")
    no_app = _has(c, "notice.continuation_of_benefits")
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Southern California")
    addr = c.extra["bh_box"]
    st.footer = [w.pick(["NOA \u2013 Medi-Cal \u2013 page {page} of {pages}", "{page}",
                         f"Ref {c.ids['ref']} | page {{page}}"])]
    b: list[Block] = []
    title = w.pick(["NOTICE OF ACTION", "Notice of Action", "NOTICE OF ACTION \u2013 Modified Request" if partial
                    else "NOTICE OF ACTION \u2013 Denied Request"])
    who = (f"the parent or guardian of {w.name()}" if story["child"] else w.name())
    if variant == 0:
        b.append(w.p(f"Kaiser Permanente {region} \u2022 Medi-Cal", size=9, space_before=0))
        b.append(w.p(title, bold=True, size=13, align="center", space_before=8))
        b.append(Block("table", rows=[["Date of notice", sent], ["Member", w.name()], ["Medi-Cal member ID", w.mid()],
                                      ["Provider", M("PROVIDER", c.provider)]]
                       + ([["Date of request", rec]] if rec else []) + ([["Date decided", dec]] if dec else []),
                       header_row=False, size=8.8, space_before=8, boxed=True))
        b.append(w.p(f"To {who}:", space_before=8))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays"]), size=9,
                       left=["KAISER PERMANENTE", f"{region}", "Medi-Cal Behavioral Health Utilization Review"],
                       right=[f"Member Services {_CA_PH}", "TTY 711", f"Fax {fax}"]))
        if variant == 2:
            b.append(Block("twocol", left=[w.name()] + c.member_addr,
                           right=[f"Notice date: {sent}", f"ID: {w.mid()}"] + ([f"Request received: {rec}"] if rec else [])
                           + ([f"Decision made: {dec}"] if dec else []), size=st.size - 0.5, space_before=10))
        else:
            b.append(w.p(sent, space_before=10))
            b += [w.p(w.name(), space_before=6)] + [w.p(x, space_before=0) for x in c.member_addr]
            b.append(w.p(f"Member ID: {w.mid()}" + (f" | Request received {rec}" if rec else "")
                         + (f" | Decided {dec}" if dec else ""), size=st.size - 0.5, space_before=4))
        b.append(w.p(title, bold=True, size=st.size + 2, space_before=10))
        b.append(w.p(f"Dear {'parent or guardian of ' + c.member_name if story['child'] else c.member_salute}:",
                     space_before=6))
    b.append(w.p(w.pick([
        f"{M('PROVIDER', c.provider)} asked Kaiser Permanente to approve the behavioral health services below. "
        f"We have {'modified' if partial else 'denied'} this request.",
        f"This notice tells you that Kaiser Permanente {'approved less than' if partial else 'denied'} the "
        f"behavioral health services requested by {M('PROVIDER', c.provider)}.",
    ])))
    if urgent:
        b.append(w.p("The request was reviewed as urgent (expedited)."))
    if variant == 2:
        for s in c.services:
            b.append(w.p(f"\u2022 {M('SERVICE', s['text'])}, CPT {_code(s['codes'][0])}: asked for {s['req']} "
                         f"{s['unit']}; approved {s['appr']}", indent=10, space_before=1))
    else:
        rows = [["Service", "CPT", "Requested", "Approved"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]), f"{s['req']} {s['unit']}",
                         f"{s['appr']} {s['unit']}" if s["appr"] else "None"])
        b.append(Block("table", rows=rows, size=8.5, space_before=4))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    b.append(w.h(w.pick(["Why we made this decision", "Reason"]), space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"We based this decision on {cs}.", f"Criteria used: {cs}."])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.rng.randrange(3))))
    b.append(w.p("You may ask for free copies of all documents, records and criteria we used to make this decision."))
    # Spanish paragraph
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([
            f"Aviso en español: Esta carta le informa sobre una decisión acerca de los servicios de salud del "
            f"comportamiento. Si no está de acuerdo, puede pedir una apelación. Para recibir esta carta en español o "
            f"hablar con un intérprete sin costo, llame al {_CA_PH} (TTY 711).",
            f"Si necesita esta carta en español, llame gratis al {_CA_PH} (TTY 711). Tiene derecho a apelar esta "
            f"decisión y a pedir una Audiencia Estatal.",
        ]), italic=True, space_before=6))
    b.append(w.h(w.pick(["YOUR RIGHTS", "Your rights", "How to appeal this decision"]), space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"Appeal: if you disagree, you can ask us for an appeal within {days} from the date of this notice. Call "
        f"{_CA_PH} (TTY 711), fax {fax}, go online at kp.org, or write to {addr}.",
        f"You have {days} from the date on this Notice of Action to ask for an appeal. You can call {_CA_PH} "
        f"(TTY 711) or write to {addr}. Your provider or someone you choose can help.",
    ])))
    b.append(w.p("We will decide a standard appeal within 30 days. If waiting could seriously harm your health, ask "
                 "for an expedited appeal; we will decide within 72 hours."))
    if not no_app:
        b.append(w.p(w.pick([
            "Continuing services: if this decision reduces or stops a service you are already getting, you can ask "
            "to keep getting it while your appeal is decided (aid paid pending). You must ask within 10 days of the "
            "date of this notice or before the service changes.",
            "If a service you already get is being cut or stopped, you may keep it during the appeal if you ask "
            "within 10 days from the date of this notice, or before the change takes effect.",
        ])))
    b.append(w.p(w.pick([
        "State Hearing: after our appeal decision (Notice of Appeal Resolution), you can ask the California "
        "Department of Social Services for a State Hearing within 120 days of that decision. If we do not decide "
        "your appeal within 30 days, you can ask for a State Hearing then. Call (800) 743-8525 (TDD "
        "(800) 952-8349) or write to CDSS State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
        "Sacramento, CA 94244-2430.",
        "If you are still unhappy after the appeal, you may ask for a State Hearing within 120 days of the date of "
        "our appeal decision, or sooner if we have not answered your appeal in 30 days. State Hearings Division: "
        "(800) 743-8525; TDD (800) 952-8349.",
    ])))
    if not no_dmhc:
        b.append(w.p(w.pick([
            "Independent Medical Review: you may also ask the Department of Managed Health Care for an Independent "
            "Medical Review, but not if you have already asked for a State Hearing on this issue.",
            "You may be able to get an Independent Medical Review (IMR) from the DMHC if you have not asked for a "
            "State Hearing first.",
        ])))
        b.append(w.p(
            "The California Department of Managed Health Care (DMHC) regulates health plans. If you have a "
            f"grievance against Kaiser Permanente, call us first at {_CA_PH} (TTY 711) and use our grievance "
            "process. Using it does not limit any legal rights or remedies you may have. You may call the DMHC for "
            "help with a grievance about an emergency, a grievance we did not resolve to your satisfaction, or one "
            "that is still unresolved after 30 days. You may also qualify for an Independent Medical Review (IMR), "
            "an impartial review of decisions about medical necessity, about treatment that is experimental or "
            "investigational, and about payment for emergency or urgent services. DMHC toll-free: 1-888-466-2219; "
            "TDD: 1-877-688-9891. Complaint and IMR forms and instructions are on the DMHC website, www.dmhc.ca.gov"
            ".", bold=True, size=max(st.size, 9.5), space_before=6))
    b.append(w.p("Help: the Medi-Cal Managed Care and Mental Health Office of the Ombudsman can help, at "
                 "1-888-452-8609 (TTY 711), Monday through Friday, 8 a.m. to 5 p.m."))
    b.append(w.p(w.pick(["Sincerely,", "Kaiser Permanente"]), space_before=10))
    b.append(w.p(w.pick(["Behavioral Health Utilization Review", "Medi-Cal Utilization Management"]), bold=True,
                 space_before=4))
    if w.chance(0.5):
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=8.5, space_before=6))
    b += _taglines(w, "CA", _CA_PH, w.pick(["Language Assistance Services", "Free help in your language"]))
    return b, st, ["medi_cal_noa_boxed_form", "medi_cal_letter_service_table", "medi_cal_twocol_bullets"][variant]


BLIND16_TEMPLATES["blind16_scal_medi_cal_behavioral_health"] = (t_b16_bh, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b16_bh))
MODELED_ON["blind16_scal_medi_cal_behavioral_health"] = (
    "blind16: Kaiser Permanente Southern California Medi-Cal Notice of Action denying or modifying outpatient "
    "behavioral health services (ABA 97153/97155/97156 hours for a child with autism, or psychotherapy 90837/90847 "
    "sessions for an adult) in a requested/approved table or bullets, with a short Spanish paragraph; 60-day "
    "appeal, 30-day / 72-hour appeal decisions, aid paid pending within 10 days, State Hearing within 120 days of "
    "the appeal decision (CDSS numbers), DMHC statement and IMR (not after a State Hearing), Medi-Cal Ombudsman, "
    "taglines")
