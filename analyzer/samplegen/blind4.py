"""Fourth blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND4_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind4_fehb_item_memo")``. Prose, headings, labels and layouts are written here; only
text real letters print word for word is shared (the DMHC statement and the language taglines from sections_en).
Dates use styles of their own ("March 3rd 2025", "3/3/25", "03/03/25", "3rd of March, 2025", "Mon, 3 Mar 2025",
"MARCH 3, 2025"); ``parse_blind4_date`` reads them back for tests.
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
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def b4date(d: dt.date, style: str) -> str:
    if style == "ord":  # March 3rd 2025
        return f"{MONTHS[d.month - 1]} {_ordinal(d.day)} {d.year}"
    if style == "slash_yy":  # 3/3/25
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "slash_pad_yy":  # 03/03/25
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "ord_dmy":  # 3rd of March, 2025
        return f"{_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "rfc":  # Mon, 3 Mar 2025
        return f"{_WD[d.weekday()]}, {d.day} {_ABBR[d.month - 1]} {d.year}"
    if style == "upper_long":  # MARCH 3, 2025
        return f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("ord", "slash_yy", "slash_pad_yy", "ord_dmy", "rfc", "upper_long")


def parse_blind4_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b4date`` (two-digit years are 20xx, numeric dates month first)."""
    t = " ".join(text.split())
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", t)
    if m:
        return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"[A-Z][a-z]{2}, (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _ABBR.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"([A-Z]{3,}) (\d{1,2}), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), [x.upper() for x in MONTHS].index(m[1]) + 1, int(m[2]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b4_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b4date(day, w.c.extra["b4_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------

_STATE_NAME = {"CA": "California", "CO": "Colorado", "GA": "Georgia", "HI": "Hawaii", "MD": "Maryland",
               "VA": "Virginia", "DC": "District of Columbia", "OR": "Oregon", "WA": "Washington"}


def _up(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    return s if s[:2].isupper() else s[:1].lower() + s[1:]


def _svc_plain(c, items: list[dict] | None = None) -> str:
    items = (c.denied_services() or c.services) if items is None else items
    return _low(join_and([x["text"] for x in items]))


def _codes(w: W, s: dict) -> str:
    return ", ".join(w.code(x) for x in s["codes"])


def _svc_item(w: W, s: dict, form: int) -> str:
    """A service with its codes (if any) in one of four printed shapes."""
    if not s["codes"]:
        return w.svc(s)
    cs, lab = _codes(w, s), code_label(s["codes"][0])
    return [f"{w.svc(s)} [{lab} {cs}]", f"{lab}-{cs} {w.svc(s)}", f"{w.svc(s)}; billing code {cs}",
            f"{cs} = {w.svc(s)}"][form]


def _dx_list(w: W, form: int) -> str:
    out = []
    for d in w.c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        if d["codes"]:
            cs = ", ".join(M("ICD10", x) for x in d["codes"])
            t = [f"{t} [ICD-10-CM {cs}]", f"{cs}, {t}", f"{t} (dx {cs})"][form]
        out.append(t)
    return join_and(out)


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([54.0, 62.0, 70.0]),
               margin_t=w.pick([44.0, 52.0, 60.0]))
    st.margin_r = st.margin_l
    return st


def _who(w: W) -> tuple[str, str, str]:
    """Marked (name, credentials, specialty-or-title, phone) pieces of the reviewer."""
    r = w.c.reviewer
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else w.c.reviewer_title
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return cred, spec, ph


def _equal_access(w: W) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.small(w.pick([
        "Kaiser Permanente follows federal civil rights law and does not treat anyone differently because of race, "
        "color, national origin, age, disability or sex. Sign language and spoken-language interpreters, and letters in "
        "large print, braille or audio, are free on request.",
        "Nobody is turned away or treated differently by Kaiser Permanente because of race, color, national origin, age, "
        "disability or sex. Ask us for a free interpreter or for this letter in another format.",
    ]), space_before=10)]


def _tongues(w: W, heading: str) -> list[Block]:
    tl = E.taglines(w, heading=False)
    if not tl:
        return []
    return [w.h(heading, space_before=12)] + tl


def _provision(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects:
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    if c.plan_type == "fehb":
        ref = w.pick([f"page {pg} of the {yr} Kaiser Permanente FEHB brochure, Section 6 (things the plan does not cover)",
                      f"the non-covered services list in Section 6 of your {yr} FEHB plan brochure (page {pg})"])
    elif c.plan_type == "medicaid":
        ref = f"the {yr} Medicaid Member Handbook, part {sec}, page {pg}"
    else:
        ref = f"part {sec} (\"What is not covered\") of your {yr} Kaiser Permanente Evidence of Coverage, page {pg}"
    return w.pick([f"Where to read this: {M('PLAN_PROVISION', ref)}.",
                   f"The contract wording that applies is in {M('PLAN_PROVISION', ref)}."])


# --- the reason ----------------------------------------------------------------------------------------------------


def reason_blind4(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    svc = _svc_plain(c)
    if cat == "second_opinion":
        cond = s.get("condition", "condition")
        if "second_opinion.eligible_denied" in c.defects:
            return w.pick([
                f"Your current Kaiser Permanente specialist has already given a clear recommendation for your {cond}, "
                "so we do not see a need for anyone else to weigh in.",
                f"We believe another doctor would tell you the same thing about your {cond} that your own doctor has, "
                "so an extra opinion is not needed.",
                f"The plan of care for your {cond} already matches our guidelines, and we only approve second opinions "
                "when it does not.",
            ])
        sp = c.innet["specialty"]
        return w.pick([
            f"{c.outside} is not part of our network, and we have {sp} specialists of our own who are experienced "
            f"with {cond} and can give you an independent second look.",
            f"A second opinion for your {cond} is something you are entitled to, but it can be given by a network "
            f"{sp} specialist, so the visit at {c.outside} is not approved.",
            f"We have qualified {sp} doctors inside Kaiser Permanente who did not take part in your care so far; "
            f"because one of them can see you, we cannot send you to {c.outside}.",
        ])
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Not medically necessary per review.", "Medical necessity criteria not satisfied.",
                           "Does not meet necessity guidelines."])
        return w.pick(["Non-covered benefit.", "Service excluded by contract.", "Not a plan benefit."])
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the notes we received do not show that you need this level of care right now"])
        if kind == "partial_denial":
            ok = _svc_plain(c, [x for x in c.services if x["decision"] == "approved"])
            return w.pick([f"{_up(ok)} is approved; {svc} is not, because {fact}.",
                           f"We said yes to {ok} and no to {svc}. The reason for the no: {fact}."])
        if kind == "termination_notice":
            return w.pick([f"Continued coverage of {svc} is ending because {fact}.",
                           f"The plan will no longer pay for {svc}: {fact}.",
                           f"We reviewed your progress and decided that {svc} should stop, since {fact}."])
        return w.pick([f"We did not approve {svc} because {fact}.",
                       f"The request for {svc} was turned down since {fact}.",
                       f"{_up(svc)} cannot be approved right now; {fact}."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the research so far has not shown that it helps people with this condition"])
        return w.pick([f"{_up(svc)} is still considered investigational for your condition: {fact}.",
                       f"We did not approve {svc}, which we consider unproven for this use, because {fact}."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["it is on the list of services your plan excludes"])
        return w.pick([f"{_up(svc)} is not included in your benefits: {fact}.",
                       f"Your coverage does not pay for {svc} because {fact}."])
    if cat == "out_of_network":
        return w.pick([f"{c.outside} does not contract with Kaiser Permanente, and {svc} can be provided by our own "
                       "network clinicians, so the outside referral was not approved.",
                       f"The request asked for {svc} at {c.outside}, which is out of network; the same care is "
                       "available from Kaiser Permanente doctors, so we did not approve the outside provider."])
    if cat == "no_prior_authorization":
        return w.pick([f"Approval for {svc} has to be obtained before the care is given, and no approval was asked "
                       "for in time.",
                       f"{_up(svc)} needs advance approval from the plan; that approval was never requested."])
    return f"We could not approve {svc}."


# --- 1. California HMO second-opinion note --------------------------------------------------------------------------


def t_b4_second_opinion(w: W):
    c = w.c
    _fmt(w, ["ord", "ord_dmy", "upper_long", "ord"])
    st = _style(w, ["times", "helvetica"], [10.5, 11.0])
    entity = V.REGION_ENTITY[c.region][0]
    unit = w.pick(["Outside Consultation Desk", "Specialty Opinions Team", "Referral Coordination for Second Opinions"])
    st.footer = [w.pick(["{page} of {pages}", "p. {page}"])]
    cond = c.scenario.get("condition", "your condition")
    b: list[Block] = [
        w.p(f"Kaiser Permanente  |  {M('REGION', c.region)}", bold=True, size=12, space_before=0),
        w.p(f"{unit}, {entity}", size=8.5, space_before=1),
        w.p(M("PLAN_CUE", w.pick(["Your coverage: Kaiser Permanente HMO through your employer",
                                  "Kaiser Permanente HMO (group plan)",
                                  "Commercial HMO membership with Kaiser Permanente"])), size=8.5, space_before=0),
        w.p(_dm(w, "DATE_LETTER", c.letter), align="right", space_before=14),
        w.p(w.name(), space_before=8),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick([f"Member no. {w.mid()}", f"Your ID: {w.mid()}", f"Membership {w.mid()}"]), size=9,
                 space_before=4))
    first = c.member_salute.split()[0] if c.member_salute not in ("Member", c.member_name) else None
    hi = w.pick(["Hello", "Dear"])
    b.append(w.p(f"{hi} {first}," if first else f"{hi} {w.name()},", space_before=14))
    # first paragraph: the decision
    asked = f"{w.prov()} asked us" if c.provider else "you asked us"
    t = w.pick([f"Thank you for your patience. {_up(asked)} to arrange a second opinion about your {cond} at "
                f"{c.outside}, and we are sorry to say we cannot approve that visit.",
                f"We have an answer on the second-opinion request: {asked} to send you to {c.outside} for another "
                f"doctor's view of your {cond}, and that request is not approved."])
    if c.received:
        t += w.pick([f" The request reached us on {_dm(w, 'DATE_RECEIVED', c.received)}.",
                     f" We received it {_dm(w, 'DATE_RECEIVED', c.received)}."])
    if c.decision:
        t += f" The decision was made {_dm(w, 'DATE_DECISION', c.decision)}."
    b.append(w.p(t, space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    # what the opinion was about
    svc_bits = [_svc_item(w, s, w.rng.randrange(4)) for s in c.services]
    t = w.pick(["The treatment you and your doctor have been discussing is ", "The care in question is "])
    t += join_and(svc_bits) + "."
    if c.diagnoses:
        t += w.pick([" Diagnosis on file: ", " Your records list "]) + _dx_list(w, w.rng.randrange(3)) + "."
    if c.urgency == "expedited":
        t += w.pick([" Your doctor told us time matters here, so this request jumped the line and was handled as urgent.",
                     " Since waiting could affect your health, we treated this as an urgent request."])
    b.append(w.p(t))
    # the offered alternative
    if "second_opinion.eligible_denied" not in c.defects:
        i = c.innet
        when = b4date(i["appt"], c.extra["b4_fmt"])
        b.append(w.p(w.pick([
            f"Here is what we can do instead: an in-network second opinion with {i['name']} ({i['specialty']}) at "
            f"{i['facility']}, who has held a spot for you on {when}. If that day does not work, call {c.phones['dept']}.",
            f"We would like you to still get that second look, in-network. {i['name']}, who practices {i['specialty']} at "
            f"{i['facility']}, can see you {when}; call {c.phones['dept']} to keep or change the time.",
        ])))
        b.append(w.p(w.pick([
            "California Health and Safety Code section 1383.15 gives you the right to a second opinion from an "
            "appropriately qualified professional; when one is available in our network, the opinion is given there at "
            "your usual office-visit cost.",
            "Under section 1383.15 of the California Health and Safety Code, a second opinion by a qualified health "
            "professional is part of your coverage, and a network professional of the right specialty can give it.",
        ]), size=9.5))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    t = w.pick([f"If you see this differently, you can file a grievance within {days} of this letter. ",
                f"Not satisfied? You have {days} from the date of this letter to file a grievance. "])
    t += (f"Call {c.phones['ms']} (TTY {c.phones['tty']}), write to {addr}, or use the form at kp.org. If your health "
          "is at serious risk, ask for an urgent grievance and we will answer within 72 hours. You may also contact the "
          "California Department of Managed Health Care, and you may qualify for an Independent Medical Review.")
    b.append(w.p(t))
    b.append(w.p(w.pick(["Warm regards,", "With care,", "Take good care,"]), space_before=12))
    b.append(w.p(f"The {unit}", space_before=12))
    # reviewer in the P.S./footnote position
    r = c.reviewer
    if r:
        cred, spec, ph = _who(w)
        nm = M("REVIEWER_NAME", r["name"]) + (f", {cred}" if cred else "")
        if w.chance(0.5):
            t = f"P.S. The doctor who looked at this request is {nm}, {spec}."
            if ph:
                t += f" Your physician is welcome to call {ph} to talk it over."
            b.append(w.p(t, italic=True, space_before=10))
        else:
            t = f"* Physician reviewer: {nm} - {spec}" + (f" - peer line {ph}" if ph else "")
            b.append(Block("rule"))
            b.append(w.small(t, space_before=2))
    b += E.dmhc_statement(w, boxed=w.chance(0.5))
    b += _equal_access(w)
    b += _tongues(w, w.pick(["Other languages", "We speak your language"]))
    return b, st, "second_opinion_note"


# --- 2. FEHB item memo ------------------------------------------------------------------------------------------------


def t_b4_fehb(w: W):
    c = w.c
    _fmt(w, ["ord", "slash_yy", "slash_pad_yy", "ord"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    entity = V.REGION_ENTITY[c.region][0]
    st.footer = [w.pick(["FEHB correspondence - sheet {page}", "{page} / {pages}"])]
    st.header = [f"{M('MEMBER_NAME', c.member_name)} / {c.ids['ref']}"]
    fast = c.urgency == "expedited"
    b: list[Block] = [
        w.p(f"KAISER PERMANENTE - {M('REGION', c.region)}", bold=True, size=12, space_before=0),
        w.p(M("PLAN_CUE", w.pick(["Federal Employees Health Benefits (FEHB) Program - Kaiser Permanente plan",
                                  "Kaiser Permanente plan for federal enrollees (FEHB)",
                                  "FEHB Program carrier: Kaiser Foundation Health Plan"])), size=9, space_before=1),
        w.p(f"Coverage Decisions Unit, {entity}", size=8.5, space_before=0),
        Block("rule"),
        w.p(w.pick(["MEMORANDUM OF BENEFIT DETERMINATION", "DETERMINATION MEMO - PRE-SERVICE CLAIM",
                    "BENEFIT DECISION, ITEMIZED"]), bold=True, size=12, space_before=8),
    ]
    rows = [[w.pick(["Addressee", "Directed to"]), w.name()],
            [w.pick(["Enrollee number", "Card number shown"]), w.mid()],
            [w.pick(["Issued", "Memo dated"]), _dm(w, "DATE_LETTER", c.letter)]]
    if c.provider:
        rows.append([w.pick(["Submitted by", "Originating practitioner"]), w.prov()])
    if c.received:
        rows.append([w.pick(["Intake", "Logged in"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append([w.pick(["Settled on", "Determination made"]), _dm(w, "DATE_DECISION", c.decision)])
    rows.append([w.pick(["Handling", "Clock"]), "urgent care claim" if fast else "non-urgent pre-service claim"])
    rows.append(["Our reference", c.ids["ref"]])
    b.append(Block("table", rows=rows, header_row=False, space_before=8))
    b.append(w.p(f"{w.name()}" + "".join(f", {x}" for x in c.member_addr), size=8.5, space_before=4))
    n = 0

    def item(title: str) -> Block:
        nonlocal n
        n += 1
        return w.h(f"Item {n}. {title}", space_before=10)

    b.append(item(w.pick(["What is being decided", "The request"])))
    for s in c.services:
        mark = "" if c.letter_kind != "partial_denial" else (" -> allowed" if s["decision"] == "approved" else " -> refused")
        b.append(w.p(f"({chr(96 + c.services.index(s) + 1)}) {_svc_item(w, s, w.rng.randrange(4))}{mark}", indent=18,
                     space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Condition reported: ", "Reported condition(s): "]) + _dx_list(w, w.rng.randrange(3)) + ".",
                     indent=18, space_before=3))
    if fast:
        b.append(w.p("Your practitioner certified that the normal time frame could seriously jeopardize your life or "
                     "health, so this claim was decided as an urgent care claim.", indent=18, space_before=3))
    b.append(item(w.pick(["Outcome and why", "Result"])))
    head = "Partly approved." if c.letter_kind == "partial_denial" else "Not approved."
    parts = [head, M("REASON", w.reason)]
    if c.criteria:
        parts.append(w.pick(["Clinical standard applied: ", "Reference used by the reviewer: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + ".")
    b.append(w.p(" ".join(parts), indent=18))
    pv = _provision(w)
    if pv or c.category in ("out_of_network", "no_prior_authorization"):
        b.append(item(w.pick(["Brochure basis", "Contract terms"])))
        if pv:
            b.append(w.p(pv, indent=18))
        if c.category == "out_of_network":
            b.append(w.p("FEHB plan benefits are paid only for care from plan providers, except emergencies and "
                         "approved referrals.", indent=18))
        if c.category == "no_prior_authorization":
            b.append(w.p("The brochure lists this service among those that need the plan's approval in advance.",
                         indent=18))
    b.append(item(w.pick(["Reviewer of record", "Clinical reviewer"])))
    if c.reviewer:
        cred, spec, ph = _who(w)
        b.append(Block("table", rows=[["Name", "Credentials", "Field", "Phone"],
                                      [M("REVIEWER_NAME", c.reviewer["name"]), cred or "-", spec, ph or "not listed"]],
                       header_row=True, space_before=4))
    else:
        b.append(w.p("This was a benefit-terms decision; no clinician review was needed.", indent=18))
    # disputed claims process
    b.append(item(w.pick(["Asking us to reconsider", "Disputed claims process"])))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    b.append(w.p(f"Write to us within {days} of the date of this memo and ask us to reconsider; mail it to {addr} and "
                 "say which item you dispute and why, with any records that help. We will answer within 30 days, or ask "
                 "you for more information. For an urgent care claim, call "
                 f"{c.phones['ms']} (TTY {c.phones['tty']}); we will decide within 72 hours.", indent=18))
    if "notice.external_review" not in c.defects:
        b.append(w.p("If we keep the denial, or do not answer in time, you may ask the U.S. Office of Personnel Management "
                     "(OPM) to review the claim. Your request to OPM must be made within 90 days of our reconsideration "
                     "letter: OPM, Federal Employee Insurance Operations, Health Insurance 2, 1900 E Street NW, "
                     "Washington, DC 20415-3620. Urgent disputes may go to OPM by phone at 202-606-0737.", indent=18))
        b.append(w.p("You must use this disputed claims process before going to court over the benefit.", indent=18))
    b.append(w.p(f"Coverage Decisions Unit, {entity}", space_before=12))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=4))
    b += _equal_access(w)
    b += _tongues(w, w.pick(["Item - language help", "Free interpreting"]))
    return b, st, "fehb_item_memo"


# --- 3. portal secure-message export (other states) -------------------------------------------------------------------


def t_b4_portal(w: W):
    c = w.c
    _fmt(w, ["rfc", "slash_yy", "rfc", "slash_pad_yy"])
    st = _style(w, ["courier", "helvetica"], [9.0, 9.5])
    p, kind = c.plan_type, c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    fast = c.urgency == "expedited"
    sname = _STATE_NAME[c.state]
    st.footer = [w.pick(["exported from the member message center - {page}/{pages}", "message printout p{page}"])]
    if p == "medicaid":
        cue = w.pick([f"{sname} Medicaid managed care - Kaiser Permanente", f"Kaiser Permanente Medicaid plan ({sname})"])
    else:
        cue = w.pick(["Kaiser Permanente individual and family / group HMO", f"Kaiser Permanente commercial HMO, {sname}"])
    sender = w.pick(["Utilization Review Messaging", "Care Authorization Team", "Coverage Review - Secure Mail"])
    tm = f"{w.rng.randint(7, 17):02d}:{w.rng.choice(['05', '12', '26', '41', '58'])}"
    topic = {"initial_denial": "Coverage decision on a recent request",
             "partial_denial": "Coverage decision - part of your request",
             "termination_notice": "Change to a service you are receiving"}[kind]
    b: list[Block] = [
        w.p(w.pick(["kp.org | Message Center | Inbox", "kp.org - Secure Messages - Printed view"]), size=8, space_before=0),
        Block("rule"),
        w.p(f"Originator:   {sender}, {entity}", space_before=4),
        w.p(f"Recipient:    {w.name()} (acct {w.mid()})", space_before=0),
        w.p(f"Posted:       {_dm(w, 'DATE_LETTER', c.letter)} {tm}", space_before=0),
        w.p(f"Topic:        {topic}", space_before=0),
        w.p(f"Thread ref:   {c.ids['ref']}", space_before=0),
        w.p(f"Plan:         {M('PLAN_CUE', cue)}  [{M('REGION', c.region)}]", space_before=0),
        Block("rule"),
    ]
    if fast:
        b.append(w.p(w.pick(["Priority: RUSH - your clinician told us a normal wait could put your health at risk, so "
                             "this was reviewed ahead of the usual queue.",
                             "Priority: fast-tracked. We moved this request to the front because your doctor said a "
                             "delay could harm you."]), bold=True, space_before=6))
    else:
        b.append(w.p(w.pick(["Priority: routine timeline.", "Priority: regular queue (not marked urgent)."]),
                     space_before=6))
    first = c.member_name.split()[0]
    b.append(w.p(w.pick([f"Hi {first},", f"{first} -", f"Good day {first},"]), space_before=8))
    t = w.pick(["This message tells you what we decided about ", "We have finished looking at "])
    t += f"the request {('from ' + w.prov()) if c.provider else 'made for you'}"
    if c.received:
        t += f", which came in {_dm(w, 'DATE_RECEIVED', c.received)}"
    t += "."
    if c.decision:
        t += f" Decision recorded {_dm(w, 'DATE_DECISION', c.decision)}."
    b.append(w.p(t))
    b.append(w.p(w.pick(["Requested items:", "What was asked for:"]), bold=True, space_before=6))
    for s in c.services:
        tag = ""
        if kind == "partial_denial":
            tag = "  <approved>" if s["decision"] == "approved" else "  <not approved>"
        elif kind == "termination_notice":
            tag = "  <coverage ending>"
        bullet = w.pick(["-", "*", ">"])
        b.append(w.p(f"{bullet} {_svc_item(w, s, w.rng.randrange(4))}{tag}", indent=12, space_before=1))
    if kind == "termination_notice" and c.service:
        end = D.add_business(c.letter, 10)
        b.append(w.p(f"You have had this service since {_dm(w, 'DATE_SERVICE', c.service)}. Coverage stops after "
                     f"{b4date(end, c.extra['b4_fmt'])}.", space_before=4))
    if c.diagnoses:
        b.append(w.p("Health problem listed: " + _dx_list(w, w.rng.randrange(3)), space_before=4))
    b.append(w.p(w.pick(["Why:", "Our reason:"]), bold=True, space_before=6))
    parts = [M("REASON", w.reason)]
    if c.criteria:
        parts.append(w.pick(["We checked the request against ", "Guideline used: "]) +
                     join_and([w.crit(x) for x in c.criteria]) + ".")
    pv = _provision(w)
    if pv:
        parts.append(pv)
    if c.category == "out_of_network" and w.chance(0.6):
        i = c.innet
        parts.append(f"{i['name']} ({i['specialty']}, {i['facility']}) can provide this care in network.")
    b.append(w.p(" ".join(parts)))
    if c.reviewer:
        cred, spec, ph = _who(w)
        t = f"Reviewed by {M('REVIEWER_NAME', c.reviewer['name'])}" + (f" {cred}" if cred else "") + f", {spec}."
        if ph:
            t += w.pick([f" Your doctor can phone the reviewer at {ph}.", f" Reviewer line for your clinician: {ph}."])
        b.append(w.p(t, space_before=4))
    # rights
    b.append(w.p(w.pick(["What you can do next", "If you disagree"]), bold=True, space_before=8))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    k = 1
    b.append(w.p(f"{k}) Appeal to us. You have {days} from the date of this message. Reply here, call {c.phones['ms']} "
                 f"(TTY {c.phones['tty']}), or mail {addr}."))
    if "notice.expedited_review" not in c.defects:
        k += 1
        b.append(w.p(f"{k}) Need it sooner? If waiting the normal 30 days could seriously harm your health, ask for a fast "
                     "appeal; we will answer within 72 hours."))
    if "notice.external_review" not in c.defects:
        k += 1
        if p == "medicaid":
            b.append(w.p(f"{k}) After our appeal decision you can ask the State of {sname} for a fair hearing, within 120 "
                         "days of that decision. We will tell you how."))
        else:
            b.append(w.p(f"{k}) If our appeal answer is still no, {sname} law lets you request an external review by an "
                         "independent review organization that has no tie to Kaiser Permanente."))
    if p == "medicaid" and kind in ("termination_notice", "initial_denial") and \
            "notice.continuation_of_benefits" not in c.defects:
        b.append(w.p("Keep your services during the appeal: if this message stops or cuts back a service you already "
                     "get, it can continue while we decide, as long as you appeal within 10 days of this message or "
                     "before the stop date, whichever is later."))
    if p == "commercial_hmo" and "notice.consumer_assistance" not in c.defects and c.state in V.CONSUMER_ASSIST:
        nm, ph = V.CONSUMER_ASSIST[c.state]
        b.append(w.p(f"Outside help, free of charge: {nm}, {ph}."))
    b.append(w.p(f"- {sender}", space_before=8))
    b.append(w.small(w.pick(["Please do not reply with new medical questions; message your care team instead.",
                             "Replies to this thread go to the review team during business hours."]), space_before=6))
    b += _equal_access(w)
    b += _tongues(w, w.pick(["Language access", "Translation help"]))
    return b, st, "portal_secure_message"


# --- 4. Medicare Advantage legal-style notice with footnotes ----------------------------------------------------------


def t_b4_ma_legal(w: W):
    c = w.c
    _fmt(w, ["upper_long", "ord_dmy", "ord", "upper_long"])
    st = _style(w, ["times"], [9.5, 10.0])
    kind = c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    st.header = [w.pick([f"Enrollee ID {M('MEMBER_ID', c.member_id)}   -   Notice {c.ids['ref']}",
                         f"MA enrollee no. {M('MEMBER_ID', c.member_id)} | file {c.ids['ref']}"])]
    st.header_all_pages = True
    st.footer = ["- {page} -"]
    notes: list[str] = []

    def fn(text: str) -> str:
        notes.append(text)
        return f"[{len(notes)}]"

    svc_bits = [_svc_item(w, s, w.rng.randrange(4)) for s in c.services]
    title = ("NOTICE OF TERMINATION OF COVERED SERVICES" if kind == "termination_notice"
             else "NOTICE OF PARTIAL ADVERSE ORGANIZATION DETERMINATION")
    b: list[Block] = [
        w.p(f"Kaiser Foundation Health Plan - {M('REGION', c.region)}", bold=True, size=11, space_before=0),
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage, a Medicare Advantage organization",
                                  "Senior Advantage (Medicare Advantage HMO) - Kaiser Permanente"])), size=8.5,
            space_before=0),
        w.p(title, bold=True, size=11.5, align="center", space_before=12),
        w.p(_dm(w, "DATE_LETTER", c.letter), space_before=10),
        w.p(w.name(), space_before=6),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    # paragraph 1: the facts
    t = w.pick(["This notice constitutes the written determination of the Medicare Advantage organization named above "
                "(the \"Organization\") respecting ",
                "The Organization, acting through its utilization management program, hereby gives notice of its "
                "determination concerning "])
    t += join_and(svc_bits)
    if c.provider:
        t += f", as ordered by {w.prov()}"
    t += "."
    if c.service:
        t += f" The enrollee has received the foregoing services commencing on or about {_dm(w, 'DATE_SERVICE', c.service)}."
    if c.received:
        t += (" The request or clinical update upon which this determination rests was received by the Organization on "
              f"{_dm(w, 'DATE_RECEIVED', c.received)}")
        t += f", and the determination was rendered on {_dm(w, 'DATE_DECISION', c.decision)}." if c.decision else "."
    elif c.decision:
        t += f" The determination was rendered on {_dm(w, 'DATE_DECISION', c.decision)}."
    if c.diagnoses:
        t += " The diagnoses of record are " + _dx_list(w, w.rng.randrange(3)) + "."
    if c.urgency == "expedited":
        t += " Because the enrollee's physician indicated that applying the standard timeframe could seriously jeopardize the enrollee's health, the matter was determined on an expedited basis" + fn(
            "An expedited organization determination is made as quickly as the enrollee's health requires and no later "
            "than 72 hours after the request is received.") + "."
    b.append(w.p(t, align="left", space_before=10))
    # paragraph 2: the reason, criteria, EOC
    if kind == "termination_notice":
        end = D.add_business(c.letter, 2)
        t = (f"Coverage of the services identified above will end at the close of {b4date(end, c.extra['b4_fmt'])}"
             + fn("Services furnished after that date are the financial responsibility of the enrollee, except as "
                  "provided by a timely appeal.") + ". ")
    else:
        t = "The Organization approves the request in part and declines it in part. "
    t += "The ground for the adverse portion of this determination is as follows: " + M("REASON", w.reason)
    if c.criteria:
        cites = [fn("Cited as " + w.crit(x) + ".") for x in c.criteria]
        t += " " + w.pick(["In reaching this result the Organization applied the Medicare coverage rules cited",
                           "The Medicare coverage authority relied upon is identified"]) + "".join(cites) + "."
    eoc = fn(f"See Chapter 4 (the Medical Benefits Chart) of the {c.extra['year']} Senior Advantage Evidence of Coverage; "
             "appeal procedures appear in Chapter 9 of that document.")
    t += " The scope of the enrollee's benefits is set out in the Evidence of Coverage" + eoc + "."
    b.append(w.p(t))
    # paragraph 3: the reviewer
    if c.reviewer:
        cred, spec, ph = _who(w)
        t = (f"The determination was reviewed and made by {M('REVIEWER_NAME', c.reviewer['name'])}"
             + (f", {cred}" if cred else "") + f" ({spec})")
        t += (f", who may be reached by the enrollee's physician at {ph}." if ph else ".")
        b.append(w.p(t))
    b.append(Block("rule"))
    for i, x in enumerate(notes, 1):
        b.append(w.small(f"[{i}] {x}", space_before=1))
    b.append(Block("pagebreak"))
    notes.clear()
    # page 2: appeal rights in dense prose
    b.append(w.h("RIGHTS OF THE ENROLLEE TO SEEK RECONSIDERATION", space_before=0))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    t = ("An enrollee who is dissatisfied with this determination, or a physician or representative acting on the "
         f"enrollee's behalf, may request a reconsideration by the Organization within {days} of the date of this "
         f"notice" + fn("A request filed late may be accepted for good cause shown.") +
         f". Requests may be submitted in writing to {addr}, or by telephone at {c.phones['ms']} (TTY 711), seven days a "
         "week. The enrollee may submit additional evidence and written argument, and may request copies of the "
         "case file without charge.")
    b.append(w.p(t))
    if kind == "termination_notice":
        b.append(w.p("If a reconsideration is requested before the end date stated above, the enrollee may ask that the "
                     "services continue while the reconsideration is pending; the Organization will advise whether "
                     "such continuation applies to the services in question."))
    if "notice.expedited_review" not in c.defects:
        b.append(w.p("Where the enrollee or any physician believes that waiting for a standard reconsideration could "
                     "seriously jeopardize the enrollee's life, health or ability to regain maximum function, an "
                     "expedited reconsideration may be requested orally or in writing; a request supported by a "
                     "physician will be granted, and the decision will issue within 72 hours" +
                     fn("The timeframe may be extended by up to 14 days if the enrollee so requests or the "
                        "Organization justifies a need for additional information.") + "."))
    if "notice.external_review" not in c.defects:
        b.append(w.p("Should the Organization affirm, in whole or in part, its adverse determination, the case file will "
                     "be forwarded automatically to the Independent Review Entity (IRE) under contract with the Centers "
                     "for Medicare & Medicaid Services" + fn("42 C.F.R. 422.592 (reconsideration by an independent "
                                                             "entity).") +
                     ". Further levels of appeal, including a hearing before an administrative law judge, are available "
                     "thereafter where the amount in controversy is met."))
    b.append(w.p("Questions concerning Medicare rights may be directed to 1-800-MEDICARE (1-800-633-4227), 24 hours a "
                 "day, seven days a week; TTY 1-877-486-2048."))
    b.append(w.p(w.pick(["Issued by the Medical Director's Office", "Issued by Utilization Management"]) + f", {entity}",
                 space_before=12))
    if notes:
        b.append(Block("rule"))
        for i, x in enumerate(notes, 1):
            b.append(w.small(f"[{i}] {x}", space_before=1))
    b += _equal_access(w)
    b += _tongues(w, w.pick(["Language assistance notice", "Interpreter services"]))
    return b, st, "ma_legal_footnoted"


# --- registry -----------------------------------------------------------------------------------------------------

_OTHER_STATES = ["CO", "GA", "HI", "MD", "VA", "DC", "OR", "WA"]

BLIND4_TEMPLATES: dict[str, tuple] = {
    "blind4_second_opinion_note": (t_b4_second_opinion, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial"], reason=reason_blind4)),
    "blind4_fehb_item_memo": (t_b4_fehb, dict(
        plans=["fehb"], kinds=["initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network",
              "no_prior_authorization"], reason=reason_blind4)),
    "blind4_portal_message": (t_b4_portal, dict(
        plans=["commercial_hmo", "medicaid"], states=_OTHER_STATES,
        kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network",
              "no_prior_authorization"], reason=reason_blind4)),
    "blind4_ma_legal_notice": (t_b4_ma_legal, dict(
        plans=["medicare_advantage"], kinds=["termination_notice", "termination_notice", "partial_denial"],
        cats=["medical_necessity"], reason=reason_blind4)),
}
MODELED_ON = {
    "blind4_second_opinion_note": "blind4: short California HMO second-opinion denial with an in-network alternative",
    "blind4_fehb_item_memo": "blind4: FEHB benefit determination laid out as a numbered item memo",
    "blind4_portal_message": "blind4: member-portal secure message export from a Kaiser state outside California",
    "blind4_ma_legal_notice": "blind4: Medicare Advantage termination / partial determination in footnoted legal prose",
}
