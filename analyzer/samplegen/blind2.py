"""Second blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND2_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind2_ma_coverage_table")``. Prose, headings, labels and layouts are written here;
only text real letters print word for word is shared (the DMHC statement and the language taglines from
sections_en). Dates use styles of their own ("3 Mar 2025", "the 3rd day of March, 2025", "20250303", ...);
``parse_blind2_date`` reads them back for tests.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import sections_en as E
from . import vocab as V
from .case import code_label
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_ABBR = [m[:3] for m in MONTHS]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def b2date(d: dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    if style == "dmy_abbr":  # 3 Mar 2025
        return f"{d.day} {_ABBR[d.month - 1]} {d.year}"
    if style == "dmy_pad":  # 03 March 2025
        return f"{d.day:02d} {m} {d.year}"
    if style == "ord_day":  # 3rd day of March, 2025
        return f"{_ordinal(d.day)} day of {m}, {d.year}"
    if style == "compact":  # 20250303
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "upper":  # MAR 03 2025
        return f"{_ABBR[d.month - 1].upper()} {d.day:02d} {d.year}"
    if style == "short_wd":  # Mon, Mar 3, 2025
        return f"{d.strftime('%a')}, {_ABBR[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":  # 2025-03-03
        return d.isoformat()
    if style == "mdy_nopad":  # 3/3/2025
        return f"{d.month}/{d.day}/{d.year}"
    raise ValueError(style)


STYLES = ("dmy_abbr", "dmy_pad", "ord_day", "compact", "upper", "short_wd", "iso", "mdy_nopad")


def _mon(s: str) -> int:
    return _ABBR.index(s[:3].capitalize()) + 1


def parse_blind2_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b2date`` (a leading "the" is allowed)."""
    t = " ".join(text.split())
    if t.lower().startswith("the "):
        t = t[4:]
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _mon(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) day of ([A-Za-z]+), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _mon(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"([A-Z]{3}) (\d{2}) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _mon(m[1]), int(m[2]))
    m = re.fullmatch(r"[A-Za-z]{3}, ([A-Za-z]{3}) (\d{1,2}), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _mon(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[1]), int(m[2]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b2_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b2date(day, w.c.extra["b2_fmt"]) if day else ""


def _the(w: W) -> str:
    return "the " if w.c.extra["b2_fmt"] == "ord_day" else ""


def _fdp(w: W, day: dt.date) -> str:
    """An unmarked date for running prose ("the 3rd day of March, 2025" keeps its article)."""
    return _the(w) + _fd(w, day)


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return _the(w) + M(label, _fd(w, day)) if day else ""


# --- shared pieces ------------------------------------------------------------------------------------------------

PROGRAMS = {  # state: (program name, body that holds the hearing)
    "CO": ("Health First Colorado", "an Administrative Law Judge at the Colorado Office of Administrative Courts"),
    "GA": ("Georgia Medicaid", "the Georgia Office of State Administrative Hearings"),
    "MD": ("Maryland Medicaid (HealthChoice)", "the Maryland Office of Administrative Hearings"),
    "VA": ("Virginia Cardinal Care (Medicaid)", "the Department of Medical Assistance Services Appeals Division"),
    "DC": ("DC Healthy Families (Medicaid)", "the DC Office of Administrative Hearings"),
    "WA": ("Apple Health (Washington Medicaid)", "the Washington State Office of Administrative Hearings"),
    "OR": ("Oregon Health Plan (OHP)", "an Oregon Health Authority administrative law judge"),
}


def _lc(s: str, c) -> str:
    if s[:2].isupper() or c.scenario.get("key") in ("humira", "keytruda", "semaglutide", "lecanemab", "botox_migraine"):
        return s
    return s[:1].lower() + s[1:]


def _svcs(c, items: list[dict] | None = None) -> str:
    items = (c.denied_services() or c.services) if items is None else items
    return _lc(join_and([x["text"] for x in items]), c)


def _up(s: str) -> str:
    return s[:1].upper() + s[1:]


def _units(s: dict) -> str:
    m = re.search(r"(\d+) (visits|sessions|days|units|hours|treatments)", s["text"])
    return m.group(1) if m else "1"


def _codes(w: W, s: dict, sep: str = ", ") -> str:
    return sep.join(w.code(x) for x in s["codes"])


def _svc_code(w: W, s: dict, form: int) -> str:
    if not s["codes"]:
        return w.svc(s)
    cs = _codes(w, s)
    lab = code_label(s["codes"][0])
    return [f"{w.svc(s)} [{lab} {cs}]", f"{w.svc(s)}, billed as {cs}", f"{lab} code {cs} ({w.svc(s)})"][form]


def _dx(w: W, form: int) -> str:
    out = []
    for d in w.c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        if d["codes"]:
            cs = ", ".join(M("ICD10", x) for x in d["codes"])
            t = [f"{t} (ICD-10-CM {cs})", f"{cs} {t}", f"{t} [{cs}]"][form]
        out.append(t)
    return join_and(out)


def _crit(w: W) -> str:
    c = w.c
    if not c.criteria:
        return ""
    cr = join_and([w.crit(x) for x in c.criteria])
    return w.pick([f"The standard applied to this request was {cr}.",
                   f"In reaching this decision the reviewer relied on {cr}.",
                   f"Our review was measured against {cr}; a copy of this material will be mailed to you without charge if you ask."])


def _provision(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects or c.plan_type == "medicare_advantage":
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    if c.plan_type == "erisa_group":
        ref = f"Article {sec}, \"Limitations and Exclusions\", of the {c.extra['employer']} Group Health Plan document"
    elif c.plan_type == "medi_cal":
        ref = f"the {yr} Medi-Cal Member Handbook (Evidence of Coverage), page {pg}, list of excluded services"
    elif c.plan_type == "medicaid":
        ref = f"the {yr} {PROGRAMS[c.state][0]} member handbook, page {pg}, under services the program does not pay for"
    else:
        ref = f"your {yr} Kaiser Permanente Evidence of Coverage, part {sec}, page {pg}, \"Exclusions and Limitations\""
    return w.pick([f"The plan term that applies is {M('PLAN_PROVISION', ref)}.",
                   f"You can read the exclusion in {M('PLAN_PROVISION', ref)}."])


def _alternative(w: W) -> str:
    c = w.c
    if c.category != "out_of_network" and not (c.category == "no_prior_authorization" and c.ca_kk):
        return ""
    if "network.no_timely_in_network_alternative" in c.defects:
        return w.pick(["Physicians within our network offer this type of care.",
                       "Comparable care is offered by Kaiser Permanente clinicians."])
    i = c.innet
    return (f"We have arranged for you to be seen by {i['name']}, {i['specialty']}, at {i['facility']} on "
            f"{b2date(i['appt'], 'dmy_pad')}. If that time does not work, please call {c.phones['dept']} to reschedule.")


def _terminal(w: W) -> list[Block]:
    c = w.c
    if not (c.ca_kk and c.category == "experimental_investigational" and c.scenario.get("serious")):
        return []
    if "experimental.terminal_illness_rights" in c.defects:
        return []
    return [w.p(
        "Because the condition involved may be life-threatening or seriously debilitating, California law gives you further "
        "protections. Any alternative treatment your Plan physicians consider appropriate for the condition is still covered. On "
        "request we will send the medical and scientific evidence we considered. You may also ask for a conference with "
        "representatives of the plan who have authority to change this decision; it will be held within 30 calendar days, or "
        "within five business days if your physician determines that delay would seriously harm the effectiveness of the "
        "treatment. You do not need to file a grievance with us first before asking the Department of Managed Health Care "
        "for an Independent Medical Review of this decision."
    )]


def _side_facts(w: W) -> list[str]:
    c = w.c
    out = []
    if "medicare.transition_period" in c.defects:
        out.append(f"Our records show your membership in this plan started on {b2date(c.extra['enroll'], 'dmy_pad')}, and this "
                   "course of treatment had begun before you joined.")
    return out


def _nondisc(w: W) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.small(w.pick([
        "Kaiser Permanente does not exclude or treat anyone differently because of race, color, national origin, age, disability "
        "or sex. Sign-language interpreters, written information in other formats and interpreters for other languages are "
        "provided free. Contact Member Services for help.",
        "Civil rights notice: no one is denied services or treated differently by Kaiser Permanente because of race, color, "
        "national origin, age, disability or sex. Free communication aids and language help are available from Member Services.",
    ]), space_before=9)]


def _languages(w: W, heading: str) -> list[Block]:
    tl = E.taglines(w, heading=False)
    if not tl:
        return []
    return [Block("pagebreak"), w.h(heading, space_before=0)] + tl


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([54.0, 62.0, 70.0]),
               margin_t=w.pick([44.0, 52.0, 60.0]))
    st.margin_r = st.margin_l
    return st


def _reviewer_prose(w: W, lead: str) -> str:
    """'<lead> <name>, <cred>, a board-certified <specialty> physician ...' with every part marked."""
    c = w.c
    r = c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    if r["specialty"]:
        sp = M("REVIEWER_SPECIALTY", r["specialty"])
        who = w.pick([f"{nm}{cred}, a board-certified {sp} physician",
                      f"{nm}{cred}, a physician board certified in {sp}",
                      f"{nm}{cred}, who practices {sp} and serves as our {c.reviewer_title}"])
    else:
        who = f"{nm}{cred}, our {c.reviewer_title}"
    t = f"{lead} {who}."
    if r["phone"]:
        t += w.pick([f" Your doctor may discuss the case with the reviewer by calling {M('REVIEWER_PHONE', r['phone'])}.",
                     f" The reviewer can be reached by your practitioner at {M('REVIEWER_PHONE', r['phone'])}."])
    return t


# --- the reason -----------------------------------------------------------------------------------------------------


def reason_blind2(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    svc = _svcs(c)
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Criteria for medical necessity not met.", "Request does not satisfy medical necessity.",
                           "Not medically necessary."])
        return w.pick(["Excluded from coverage.", "Service not a plan benefit.", "Coverage exclusion applies."])
    grv = kind == "grievance_decision"
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the clinical notes do not describe a present need for this care"])
        if kind == "partial_denial":
            ok = _svcs(c, [x for x in c.services if x["decision"] == "approved"])
            return w.pick([f"We can cover {ok}, but not {svc}, because {fact}.",
                           f"The records support {ok}; they do not support {svc}, since {fact}."])
        if kind == "termination_notice":
            return w.pick([f"Coverage for {svc} is ending because {fact}, so further treatment at this level is no longer medically necessary.",
                           f"The latest clinical update shows that {fact}; {svc} therefore no longer meets the standard for medical necessity."])
        if grv:
            return w.pick([f"After a fresh look at all the records, we are keeping the denial of {svc} in place because {fact}.",
                           f"The appeal did not change the outcome: {fact}, and so {svc} is still not medically necessary."])
        return w.pick([f"The information we have does not show that {svc} is medically necessary for you right now, because {fact}.",
                       f"{_up(svc)} cannot be approved as medically necessary: {fact}.",
                       f"Because {fact}, the request for {svc} does not meet medical necessity."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the published evidence has not shown a benefit for this condition"])
        pre = "After reviewing your appeal, we still consider " if grv else "We consider "
        return w.pick([f"{pre}{svc} investigational for your diagnosis, because {fact}.",
                       f"{'On appeal, ' if grv else ''}{svc} is treated as experimental for this use: {fact}."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["the benefit plan lists it as an exclusion"])
        if grv:
            return f"The appeal does not change the coverage terms: {svc} is excluded because {fact}."
        return w.pick([f"{_up(svc)} falls outside your benefits, because {fact}.",
                       f"Your coverage does not extend to {svc}: {fact}."])
    if cat == "out_of_network":
        if grv:
            return f"We are keeping our decision not to send you to {c.outside} for {svc}, because qualified clinicians inside the Kaiser Permanente network provide this care."
        return w.pick([f"{c.outside} does not have a contract with Kaiser Permanente, and {svc} is available from physicians in our own network, so the referral there is not approved.",
                       f"The request asks for {svc} at {c.outside}, an outside provider; since our network physicians provide this care, we cannot approve the outside referral."])
    if cat == "no_prior_authorization":
        if "medicare.transition_period" in c.defects:
            return f"Continued {svc} requires advance approval from the plan, and no approval request was submitted."
        return w.pick([f"{_up(svc)} must be authorized ahead of time through a Plan physician referral, and no such referral was made.",
                       f"No authorization was requested in advance for {svc}, which the plan requires before it is given."])
    return f"The request for {svc} cannot be approved."


# --- 1. Medicare Advantage coverage notice with a services table ----------------------------------------------------


def t_b2_ma_table(w: W):
    c = w.c
    _fmt(w, ["dmy_abbr", "short_wd", "dmy_abbr", "iso"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    kind = c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    idlab = w.pick(["Enrollee ID no.", "Plan member no.", "Senior Advantage ID"])
    st.header = [f"{M('MEMBER_NAME', c.member_name)} / {idlab} {M('MEMBER_ID', c.member_id)}"]
    st.footer = [w.pick(["{page} of {pages}", "Sheet {page}/{pages}"]) + f"   {c.ids['form']}"]
    st.footer_align = "right"
    plan = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (Medicare Advantage HMO)",
                                 "Senior Advantage - a Kaiser Permanente Medicare health plan"]))
    b: list[Block] = [
        w.p(plan, bold=True, size=11, space_before=0),
        w.p(f"{entity} | {M('REGION', c.region)} | {c.phones['ms']}, TTY 711, 8 a.m. - 8 p.m., 7 days a week",
            size=8, space_before=1),
        Block("rule"),
    ]
    title = {
        "initial_denial": w.pick(["MEDICARE COVERAGE DECISION: NOT APPROVED", "Your Medicare Plan Did Not Approve This Care"]),
        "partial_denial": w.pick(["MEDICARE COVERAGE DECISION: APPROVED IN PART", "Your Medicare Plan Approved Only Part of This Request"]),
        "termination_notice": w.pick(["MEDICARE COVERAGE DECISION: CARE IS ENDING", "Your Medicare Plan Will Stop Covering Ongoing Care"]),
    }[kind]
    b.append(w.p(title, bold=True, size=13.5, space_before=10, align="center"))
    if c.urgency == "expedited":
        b.append(w.p("Fast-track (expedited) decision: your prescriber asked us to decide quickly because of your health.",
                     italic=True, align="center", space_before=2))
    left = [f"**{w.name()}"] + list(c.member_addr)
    right = [f"Issued: {_dm(w, 'DATE_LETTER', c.letter)}", f"{idlab}: {w.mid()}", f"File: {c.ids['ref']}"]
    b.append(Block("twocol", left=left, right=right, space_before=10))
    who = w.prov() or "your provider"
    if kind == "termination_notice":
        t = f"You have been getting the care listed below since {_dm(w, 'DATE_SERVICE', c.service)}." if c.service else \
            "You have been getting the care listed below."
        if c.received:
            t += f" On {_dm(w, 'DATE_RECEIVED', c.received)} we received updated records from {who} and reviewed whether the plan should keep paying for it."
        elif c.provider:
            t += f" Your care is being managed by {w.prov()}."
    else:
        if c.received:
            t = w.pick([f"On {_dm(w, 'DATE_RECEIVED', c.received)} {who} asked the plan to cover the items in the table below.",
                        f"We received a coverage request from {who} on {_dm(w, 'DATE_RECEIVED', c.received)} for the items in the table below."])
        else:
            t = f"{_up(who)} asked the plan to cover the items in the table below."
    if c.decision:
        t += w.pick([f" We reached our decision on {_dm(w, 'DATE_DECISION', c.decision)}.",
                     f" Our decision was made on {_dm(w, 'DATE_DECISION', c.decision)}."])
    b.append(w.p(t, space_before=10))
    head = w.pick([["Item or service", "Billing code", "Units asked for", "Units allowed", "Outcome"],
                   ["Service description", "CPT/HCPCS", "Requested", "Approved", "Status"]])
    yes, no = w.pick([("Covered", "Not covered"), ("Allowed", "Refused"), ("Approved", "Denied")])
    if kind == "termination_notice":
        no = w.pick(["Coverage ending", "Stopping"])
    rows = [head]
    for s in c.services:
        u = _units(s)
        rows.append([w.svc(s), _codes(w, s) or "n/a", u, u if s["decision"] == "approved" else "0",
                     yes if s["decision"] == "approved" else no])
    b.append(Block("table", rows=rows, header_row=True, space_before=6, col_align=["left", "left", "right", "right", "left"]))
    if kind == "termination_notice":
        end = D.add_business(c.letter, 2)
        b.append(w.p(f"The plan will pay for this care through {_fdp(w, end)}. After that date you may have to pay "
                     "if you choose to keep receiving it.", space_before=6))
    if c.diagnoses:
        b.append(w.p(w.pick(["Condition(s) listed on the request: ", "Medical condition(s) reported: "]) + _dx(w, w.rng.randrange(3)) + ".",
                     space_before=6))
    b.append(w.h(w.pick(["How we decided", "The reason for our decision", "What this decision is based on"]), space_before=12))
    parts = [M("REASON", w.reason)] + [x for x in (_crit(w), _alternative(w)) if x] + _side_facts(w)
    b.append(w.p(" ".join(parts)))
    if c.reviewer:
        b.append(w.p(_reviewer_prose(w, w.pick(["This decision was made by", "The case was reviewed and decided by"]))))
    b += _ma_rights(w)
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=12))
    b.append(w.p(f"Medicare Utilization Review, {entity}", space_before=10))
    b += _nondisc(w)
    b += _languages(w, w.pick(["Interpreter and translation help", "Language help at no cost"]))
    return b, st, "ma_coverage_table"


def _ma_rights(w: W) -> list[Block]:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["If you disagree with this decision", "Asking us to look again"]), space_before=12)]
    out.append(w.p(f"You, your doctor, or someone you name as your representative may ask the plan to reconsider. The request "
                   f"must reach us within {days} of the date this notice was issued. Mail or fax a written request to {addr} "
                   f"(fax {c.phones['fax']}), or call {c.phones['ms']} (TTY 711). You may include any records or statements "
                   "you want us to consider. We normally answer a reconsideration about care you have not yet received within 30 days."))
    if "notice.expedited_review" not in c.defects:
        out.append(w.p("If you or your doctor believe that waiting up to 30 days could seriously jeopardize your life, your health "
                       "or your ability to regain maximum function, ask for a fast reconsideration. If your doctor supports the "
                       "request, we will answer within 72 hours."))
    if "notice.external_review" not in c.defects:
        out.append(w.p("When our reconsideration does not fully approve your request, the plan automatically forwards your case "
                       "to the Independent Review Entity, an organization hired by Medicare that is separate from Kaiser "
                       "Permanente. Further levels, including a hearing before an Administrative Law Judge, may follow."))
    if c.letter_kind == "termination_notice":
        out.append(w.p("For skilled nursing, home health or comprehensive outpatient rehabilitation care, you can also ask the "
                       "Quality Improvement Organization in your state to review the end date; contact it before noon of the "
                       "day before your coverage ends."))
    out.append(w.p("You may ask for a free copy of the records and the coverage rules used in this decision. For general "
                   "questions about Medicare rights, call 1-800-MEDICARE (1-800-633-4227); TTY users call 1-877-486-2048."))
    return out


# --- 2. Knox-Keene utilization-management letter (behavioral health) ----------------------------------------------


def t_b2_knox_bh(w: W):
    c = w.c
    _fmt(w, ["ord_day", "dmy_pad", "mdy_nopad", "ord_day"])
    st = _style(w, ["times", "helvetica"], [10.0, 10.5])
    kind = c.letter_kind
    entity, group = V.REGION_ENTITY[c.region]
    unit = w.pick(["Behavioral Health Care Management", "Mental Health and Wellness Utilization Management",
                   "Psychiatry and Addiction Medicine Review Services"])
    if not c.scenario.get("mh"):  # a defect or category can call for a non-behavioral-health scenario
        unit = w.pick(["Clinical Review and Authorization Services", "Health Care Utilization Management"])
    st.footer = [f"{unit} - {c.ids['ref']} - " + "p. {page}"]
    b: list[Block] = [
        w.p(f"Kaiser Permanente {M('REGION', c.region)}", bold=True, size=14, space_before=0),
        w.p(unit, size=9, space_before=1),
        w.p(f"{group} | {M('PLAN_CUE', w.pick(['Kaiser Permanente HMO coverage', 'your Kaiser Permanente health plan (HMO)']))}",
            size=8.5, space_before=1),
        w.p(M("DATE_LETTER", b2date(c.letter, "dmy_pad")) if c.extra["b2_fmt"] == "ord_day" else _dm(w, "DATE_LETTER", c.letter),
            space_before=18, align="right"),
        w.p(w.name(), space_before=6),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Health record number {w.mid()}", space_before=6))
    sal = M("MEMBER_NAME", c.member_name) if c.member_salute == c.member_name else c.member_salute
    b.append(w.p(w.pick([f"Dear {sal}:", f"Dear {sal},"]), space_before=12))
    svcs = join_and([_svc_code(w, s, 0) for s in c.services])
    who = w.prov()
    if kind == "grievance_decision":
        t = "This letter gives you the outcome of your appeal (grievance)."
        if c.received:
            t += f" On {_dm(w, 'DATE_RECEIVED', c.received)} we received {'an appeal from ' + who + ' on your behalf' if who else 'your appeal'} "
            t += f"asking us to reverse our earlier decision about {svcs}."
        else:
            t += f" The appeal{' from ' + who if who else ''} asked us to reverse our earlier decision about {svcs}."
        if c.service:
            t += f" The care in question was provided or planned on {_dm(w, 'DATE_SERVICE', c.service)}."
    elif kind == "termination_notice":
        t = f"You have been receiving {svcs}"
        t += f" since {_dm(w, 'DATE_SERVICE', c.service)}." if c.service else "."
        if c.received:
            t += f" On {_dm(w, 'DATE_RECEIVED', c.received)} we received a concurrent review update{' from ' + who if who else ''} about your progress."
    else:
        if c.received:
            t = f"On {_dm(w, 'DATE_RECEIVED', c.received)} we received a request{' from ' + who if who else ''} for {svcs}."
        else:
            t = f"We received a request{' from ' + who if who else ''} for {svcs}."
    if c.urgency == "expedited":
        t += " Because a delay could seriously jeopardize your health, the request was handled on an urgent (expedited) basis."
    if c.diagnoses:
        t += " " + w.pick(["The clinical information submitted describes ", "The diagnosis given for this care is "]) + _dx(w, w.rng.randrange(3)) + "."
    b.append(w.p(t, space_before=6))
    # review paragraph
    t = ""
    if c.decision:
        t = w.pick([f"We reviewed it on {_dm(w, 'DATE_DECISION', c.decision)}.",
                    f"The review was completed on {_dm(w, 'DATE_DECISION', c.decision)}."])
    if c.reviewer:
        t += (" " if t else "") + _reviewer_prose(w, w.pick(["The decision was made by", "The reviewing clinician was"]))
    cr = _crit(w)
    if cr:
        t += (" " if t else "") + cr
    verdict = {
        "initial_denial": w.pick(["We are unable to authorize this request.", "This request is denied."]),
        "termination_notice": f"Authorization for this level of care will end on {_fdp(w, D.add_business(c.letter, 2))}.",
        "grievance_decision": w.pick(["We have upheld our original decision.", "Our original decision stands."]),
    }[kind]
    t += (" " if t else "") + verdict + " " + M("REASON", w.reason)
    more = [x for x in (_alternative(w),) if x]
    if more:
        t += " " + " ".join(more)
    b.append(w.p(t))
    b += _terminal(w)
    # rights in prose
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    if kind == "grievance_decision":
        r = (f"If you disagree with this outcome, you may apply to the California Department of Managed Health Care for an "
             f"Independent Medical Review (IMR) within {days} of the date of this letter. The IMR is conducted by physicians "
             "who are not affiliated with Kaiser Permanente, costs you nothing, and the plan must follow its decision. An IMR "
             "application form and envelope are enclosed.")
    else:
        r = (f"You have {days} from the date of this letter to file an appeal (grievance) with us. You may call "
             f"{c.phones['ms']} (TTY 711), submit it through kp.org, or write to {addr}; your provider or another person "
             "you choose may file for you, and you may send any additional information you want considered. If your "
             "appeal is not resolved in your favor, or is not resolved within 30 days, you may ask the Department of Managed "
             "Health Care for an Independent Medical Review (IMR), at no cost to you, within six months.")
        r += (" If waiting for a standard decision could seriously jeopardize your life, health or ability to regain "
              "maximum function, you may ask for an urgent appeal, which will be decided within 72 hours, and you may contact "
              "the Department right away without waiting for our decision.")
    b.append(w.p(r))
    tail = "You are entitled to receive, free of charge, copies of the clinical records and criteria used in this review."
    if "notice.consumer_assistance" not in c.defects:
        name, ph = V.CONSUMER_ASSIST["CA"]
        tail += f" For free, independent help with your appeal you may contact the {name} at {ph}."
    b.append(w.p(tail))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,", "With regards,"]), space_before=10))
    b.append(w.p(f"{unit}, {entity}", space_before=12))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=6))
    b += E.dmhc_statement(w, boxed=w.chance(0.5))
    b += _nondisc(w)
    b += _languages(w, w.pick(["Free help in other languages", "Interpreter services"]))
    return b, st, "knox_keene_um_prose"


# --- 3. ERISA self-funded plan: claims-administrator memo -----------------------------------------------------------


def t_b2_erisa_memo(w: W):
    c = w.c
    _fmt(w, ["compact", "upper", "compact", "mdy_nopad"])
    st = _style(w, ["courier", "helvetica"], [9.0, 9.5])
    kind = c.letter_kind
    emp = c.extra["employer"]
    entity = V.REGION_ENTITY[c.region][0]
    admin = w.pick(["Kaiser Permanente Claims Administration Services", "KP Self-Funded Plan Administration"])
    st.header = [f"Case {c.ids['ref']} / {M('MEMBER_NAME', c.member_name)}"]
    st.footer = ["{page}/{pages}  " + f"{admin}, acting for the {emp} Welfare Benefit Plan"]
    st.footer_align = "left"
    b: list[Block] = [
        w.p(admin.upper(), bold=True, size=12, space_before=0),
        w.p(f"Third-party administrator for the {M('PLAN_CUE', emp + ' Employee Health Benefit Plan (self-funded, ERISA)')}",
            size=8.5, space_before=1),
        w.p(f"{entity} - {M('REGION', c.region)}", size=8.5, space_before=0),
        Block("rule"),
    ]
    what = {"initial_denial": "Pre-service claim - adverse benefit determination",
            "partial_denial": "Pre-service claim - partially adverse benefit determination",
            "grievance_decision": "Final internal appeal - adverse benefit determination upheld"}[kind]
    if c.urgency == "expedited":
        what += " (URGENT CARE CLAIM)"
    rows = [["Notice issued", _dm(w, "DATE_LETTER", c.letter)],
            ["Covered person", w.name()],
            ["Plan participant no.", w.mid()],
            ["Plan / group", f"{emp}, group {c.ids['group']}"],
            ["Determination", what]]
    if c.provider:
        rows.append(["Submitted by", w.prov()])
    if c.received:
        rows.append(["Appeal received" if kind == "grievance_decision" else "Claim filed", _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append(["Decided", _dm(w, "DATE_DECISION", c.decision)])
    if c.service:
        rows.append(["Service date", _dm(w, "DATE_SERVICE", c.service)])
    b.append(Block("table", rows=rows, header_row=False, space_before=6))
    b.append(w.p(" ".join(c.member_addr), size=8.5, space_before=4))
    b.append(w.h(w.pick(["CLAIM LINES", "ITEMS CONSIDERED"]), space_before=12))
    for i, s in enumerate(c.services, 1):
        res = "payable as requested" if s["decision"] == "approved" else ("denied on appeal" if kind == "grievance_decision" else "not payable")
        b.append(w.p(f"({i}) {_svc_code(w, s, w.rng.randrange(3))}: {res}", indent=10, space_before=2))
    if c.diagnoses:
        b.append(w.p(f"Diagnosis submitted: {_dx(w, w.rng.randrange(3))}", space_before=4))
    b.append(w.h(w.pick(["BASIS FOR DETERMINATION", "GROUNDS FOR THIS DETERMINATION"]), space_before=12))
    parts = [M("REASON", w.reason)] + [x for x in (_crit(w), _provision(w), _alternative(w)) if x]
    b.append(w.p(" ".join(parts)))
    b += _erisa_rights(w)
    # closing with the reviewer
    b.append(w.p(w.pick(["Issued on behalf of the Plan Administrator,", "For the Plan Administrator,"]), space_before=12))
    if c.reviewer:
        r = c.reviewer
        line = M("REVIEWER_NAME", r["name"])
        if r["credentials"]:
            line += ", " + M("REVIEWER_CRED", r["credentials"])
        b.append(w.p(line, space_before=14))
        sub = M("REVIEWER_SPECIALTY", r["specialty"]) + " - " + c.reviewer_title if r["specialty"] else c.reviewer_title
        b.append(w.p(sub, space_before=0))
        if r["phone"]:
            b.append(w.p(f"Direct line for treating providers: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
    else:
        b.append(w.p("Claims Review Unit", space_before=14))
    b += _nondisc(w)
    b += _languages(w, w.pick(["Language services", "Help is available in your language"]))
    return b, st, "erisa_admin_memo"


def _erisa_rights(w: W) -> list[Block]:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["YOUR RIGHTS UNDER ERISA", "REVIEW PROCEDURES AND ERISA RIGHTS"]), space_before=12)]
    if c.letter_kind == "grievance_decision":
        out.append(w.p("This decision completes the Plan's internal appeal process. The Plan's claim review procedures have now been "
                       "exhausted."))
        if "notice.external_review" not in c.defects:
            out.append(w.p(f"External review: you may ask that an independent review organization examine this decision. The "
                           f"request must be filed within {days} after you receive this notice; send it to {addr}. The "
                           "organization's decision is binding on the Plan."))
    else:
        out.append(w.p(f"Internal appeal: you or your authorized representative may appeal this determination within {days} "
                       f"after you receive this notice, by writing to {addr} or calling {c.phones['ms']}. You may submit "
                       "written comments, documents and other information; the appeal will be decided by someone who did not "
                       "make this determination and is not that person's subordinate, and who will consult an appropriate "
                       "health care professional when medical judgment is involved."))
        out.append(w.p("Urgent care claims: when applying standard time frames could seriously jeopardize life, health or the "
                       "ability to regain maximum function, an expedited appeal may be requested orally or in writing and will "
                       "be decided within 72 hours."))
        if "notice.external_review" not in c.defects:
            out.append(w.p("After the internal appeal, or at the same time for an urgent situation, you may request external "
                           "review by an independent review organization within four months of the final internal decision."))
    out.append(w.p("Section 502(a) of the Employee Retirement Income Security Act of 1974 gives you the right to bring a civil "
                   "action in federal or state court after the Plan's review procedures have been completed."))
    out.append(w.p("Upon request and free of charge, you may receive reasonable access to, and copies of, all documents, records "
                   "and other information relevant to your claim, including any internal rule, guideline or protocol relied on."))
    if "notice.consumer_assistance" not in c.defects:
        out.append(w.p("Questions about your rights may be directed to the Employee Benefits Security Administration, U.S. "
                       "Department of Labor, at 1-866-444-3272 or www.dol.gov/ebsa."))
    return out


# --- 4. Medi-Cal / Medicaid plain-language notice with a Spanish summary ------------------------------------------


def t_b2_medicaid_plain(w: W):
    c = w.c
    _fmt(w, ["dmy_abbr", "ord_day", "dmy_pad", "iso"])
    st = _style(w, ["helvetica", "times"], [10.5, 11.0])
    p, kind = c.plan_type, c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    if p == "medi_cal":
        prog = "Medi-Cal"
        idlab = w.pick(["Client Index Number (CIN)", "Medi-Cal client number"])
        cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Medi-Cal", "Medi-Cal managed care through Kaiser Permanente"]))
    else:
        prog = PROGRAMS[c.state][0]
        idlab = w.pick(["Recipient number", "Medicaid client no.", "Enrollee number"])
        cue = M("PLAN_CUE", f"{prog}, served by Kaiser Permanente")
    st.footer = [f"{idlab} {M('MEMBER_ID', c.member_id)}  -  page " + "{page}"]
    b: list[Block] = [
        w.p(cue, bold=True, size=12, space_before=0),
        w.p(f"{entity} ({M('REGION', c.region)})", size=8.5, space_before=1),
        w.p(f"Phone {c.phones['ms']} - TTY {c.phones['tty']}", size=8.5, space_before=0),
        w.p(f"Sent {_dm(w, 'DATE_LETTER', c.letter)}", space_before=14),
        w.p(w.name(), space_before=8),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"{idlab}: {w.mid()}", space_before=6))
    headline = {"initial_denial": "We said no to a health care request.",
                "partial_denial": "We said yes to part of a health care request and no to the rest.",
                "termination_notice": "We are going to stop paying for care you get now."}[kind]
    b.append(w.p(headline, bold=True, size=14, space_before=14))
    if c.urgency == "expedited":
        b.append(w.p("This was a rush (expedited) decision because your health could be hurt by waiting.", bold=True, space_before=2))
    b.append(w.h(w.pick(["The short version", "In a few words"]), space_before=10))
    svc_list = join_and([_svc_code(w, s, 1) for s in c.services])
    if kind == "partial_denial":
        ok = join_and([_svc_code(w, s, 1) for s in c.services if s["decision"] == "approved"])
        no = join_and([_svc_code(w, s, 1) for s in c.services if s["decision"] != "approved"])
        short = f"Yes to: {ok}. No to: {no}."
    elif kind == "termination_notice":
        end = D.add_business(c.letter, 10)
        short = f"Care that will stop: {svc_list}. Last day we pay: {_fdp(w, end)}."
    else:
        short = f"Care we did not approve: {svc_list}."
    b.append(w.p(short))
    b.append(w.h(w.pick(["The details", "More about this decision"]), space_before=10))
    facts = []
    if c.provider:
        facts.append(f"Who asked: {w.prov()}.")
    if c.received:
        facts.append(f"We got the request on {_dm(w, 'DATE_RECEIVED', c.received)}.")
    if c.service:
        facts.append(f"You started getting this care on {_dm(w, 'DATE_SERVICE', c.service)}.")
    if c.decision:
        facts.append(f"We decided on {_dm(w, 'DATE_DECISION', c.decision)}.")
    if c.diagnoses:
        facts.append(f"Health problem listed: {_dx(w, w.rng.randrange(3))}.")
    if facts:
        b.append(w.p(" ".join(facts)))
    b.append(w.p(f"Why: {M('REASON', w.reason)}"))
    more = [x for x in (_crit(w), _provision(w), _alternative(w)) if x]
    if more:
        b.append(w.p(" ".join(more)))
    b += _terminal(w)
    if c.reviewer:
        b.append(w.p(_reviewer_prose(w, w.pick(["A health professional looked at your records:", "Who decided:"]))))
    b += _medicaid_rights(w, prog)
    if "notice.language_assistance" not in c.defects:
        es = {"initial_denial": "no aprobamos un servicio de salud que se pidió para usted",
              "partial_denial": "aprobamos solo una parte de los servicios que se pidieron para usted",
              "termination_notice": "vamos a dejar de pagar un servicio que usted recibe ahora"}[kind]
        b.append(w.h("Resumen en español", space_before=12))
        b.append(w.p(f"Esta carta dice que {es}. Usted tiene derecho a apelar dentro de {c.appeal_days} días a partir de la fecha "
                     f"de esta carta, y después puede pedir una audiencia estatal. Si quiere esta carta en español, o ayuda de "
                     f"un intérprete, llame gratis al {c.phones['ms']} (TTY {c.phones['tty']}).", boxed=True))
    b.append(w.p(w.pick(["Thank you,", "Take care,"]), space_before=12))
    b.append(w.p(f"{prog} Member Support, Kaiser Permanente", space_before=8))
    b += E.dmhc_statement(w, boxed=True)
    b += _nondisc(w)
    b += _languages(w, w.pick(["Other languages", "We speak your language"]))
    return b, st, "medicaid_plain"


def _medicaid_rights(w: W, prog: str) -> list[Block]:
    c, p = w.c, w.c.plan_type
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["If you think we got it wrong", "You can ask us to change this"]), space_before=12)]
    out.append(w.p(f"Ask us for an appeal. You have {days} from the date on this letter. Call {c.phones['ms']} "
                   f"(TTY {c.phones['tty']}) or write to {addr}. A friend, family member, advocate or your doctor can help "
                   "you or do it for you. It costs nothing. You can also ask us for free copies of everything we used to decide."))
    if not ("notice.expedited_review" in c.defects and p == "medicaid"):
        out.append(w.p("Need it fast? If waiting could put your life or health in serious danger, ask for a rush appeal. We "
                       "will decide within 72 hours."))
    if "notice.continuation_of_benefits" not in c.defects:
        out.append(w.h(w.pick(["Keeping your care while you appeal", "Can my care continue during the appeal?"]), space_before=8))
        out.append(w.p("If this letter stops or cuts care you already get, it can continue while we decide your appeal. To keep "
                       "it, file your appeal within 10 days of the date on this letter, or before the date the care stops, "
                       "whichever is later, and tell us you want the care to continue. If you lose the appeal, you might have "
                       "to pay for the care you got during that time."))
    if p == "medi_cal":
        out.append(w.h("State Hearing", space_before=8))
        out.append(w.p("If we say no to your appeal, or take too long to answer, you can ask for a State Hearing with the "
                       "California Department of Social Services. Ask within 120 days of the date of our appeal answer. Call "
                       "1-800-743-8525 (TTY 1-800-952-8349), or write to the State Hearings Division, P.O. Box 944243, Mail "
                       "Station 09-17-433, Sacramento, CA 94244-2430. A judge who does not work for us will listen to you."))
        out.append(w.p("You may also ask the Department of Managed Health Care for an Independent Medical Review (IMR) after our "
                       "appeal answer. You cannot have an IMR if you already had a State Hearing on the same problem. For "
                       "free help, call the Medi-Cal Managed Care Ombudsman at 1-888-452-8609."))
    elif "notice.external_review" not in c.defects:
        who = PROGRAMS[c.state][1]
        out.append(w.h(w.pick(["A hearing with the state", "State fair hearing"]), space_before=8))
        out.append(w.p(f"If we still say no after your appeal, you can ask for a state fair hearing. It is held by {who}. "
                       f"Ask within 120 days of our appeal answer. {prog} will tell you how the hearing works, and you can "
                       "bring someone to speak for you."))
    return out


# --- registry -----------------------------------------------------------------------------------------------------

BLIND2_TEMPLATES: dict[str, tuple] = {
    "blind2_ma_coverage_table": (t_b2_ma_table, dict(
        plans=["medicare_advantage"], kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        reason=reason_blind2)),
    "blind2_knox_keene_bh": (t_b2_knox_bh, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial", "initial_denial", "termination_notice", "grievance_decision"],
        cats=["medical_necessity", "experimental_investigational", "out_of_network"],
        scenario_keys=["eating_disorder_rtc", "sud_residential", "aba", "tms", "inpatient_psych"], reason=reason_blind2)),
    "blind2_erisa_admin_memo": (t_b2_erisa_memo, dict(
        plans=["erisa_group"], kinds=["initial_denial", "initial_denial", "partial_denial", "grievance_decision"],
        cats=["medical_necessity", "experimental_investigational", "not_covered"],
        scenario_keys=["humira", "semaglutide", "keytruda", "lecanemab", "bariatric", "lumbar_fusion", "hip_replacement",
                       "knee_scope", "scs"], reason=reason_blind2)),
    "blind2_medicaid_plain": (t_b2_medicaid_plain, dict(
        plans=["medi_cal"] * 7 + ["medicaid"],
        kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        cats=["medical_necessity", "not_covered", "out_of_network", "no_prior_authorization"], reason=reason_blind2)),
}
MODELED_ON = {
    "blind2_ma_coverage_table": "blind2: Medicare Advantage coverage-decision notice with a services table and the physician reviewer named in prose",
    "blind2_knox_keene_bh": "blind2: California Knox-Keene behavioral-health utilization-management letter in dense prose",
    "blind2_erisa_admin_memo": "blind2: ERISA self-funded plan claims-administrator memo with a basis-for-determination section",
    "blind2_medicaid_plain": "blind2: plain-language Medi-Cal/Medicaid notice with hearing and continuation rights and a Spanish summary",
}
