"""Seventh blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND7_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind7_partd_coverage_determination")``. Prose, headings, labels and layouts are written
here; only text real letters print word for word is shared (the DMHC statement and the language taglines from
sections_en). Dates use styles of their own ("Mar-03-2025", "03/Mar/2025", "March 3rd, 2025", "3 Mar. 2025",
"2025.03.03", "Mon., March 3, 2025"); ``parse_blind7_date`` reads them back for tests.
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
_WEEKDAY = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def b7date(d: dt.date, style: str) -> str:
    if style == "mon_dash":  # Mar-03-2025
        return f"{_ABBR[d.month - 1]}-{d.day:02d}-{d.year}"
    if style == "dslash":  # 03/Mar/2025
        return f"{d.day:02d}/{_ABBR[d.month - 1]}/{d.year}"
    if style == "mord":  # March 3rd, 2025
        return f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "dmon_dot":  # 3 Mar. 2025 (May has no period)
        m = _ABBR[d.month - 1]
        return f"{d.day} {m}{'' if m == 'May' else '.'} {d.year}"
    if style == "ymd_dot":  # 2025.03.03
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "wkday":  # Mon., March 3, 2025
        return f"{_WEEKDAY[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("mon_dash", "dslash", "mord", "dmon_dot", "ymd_dot", "wkday")


def parse_blind7_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b7date`` (dotted all-number dates are year.month.day)."""
    t = " ".join(text.split())
    m = re.fullmatch(r"([A-Z][a-z]{2})-(\d{1,2})-(\d{4})", t)
    if m:
        return dt.date(int(m[3]), _ABBR.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2})/([A-Z][a-z]{2})/(\d{4})", t)
    if m:
        return dt.date(int(m[3]), _ABBR.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(?:(?:Mon|Tues|Wed|Thurs|Fri|Sat|Sun)\., )?([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2})\.? (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _ABBR.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{4})\.(\d{1,2})\.(\d{1,2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b7_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b7date(day, w.c.extra["b7_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------

_KEEP_CASE = ("Humira", "Wegovy", "Keytruda", "Leqembi", "MRI", "CT ", "CPAP", "OnabotulinumtoxinA")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lc(s: str) -> str:
    if s[:2].isupper() or s.startswith(_KEEP_CASE):
        return s
    return s[:1].lower() + s[1:]


def _den(c, conj: str = "and") -> str:
    return join_and([_lc(x["text"]) for x in (c.denied_services() or c.services)], conj)


def _is(c) -> str:
    return "are" if len(c.denied_services() or c.services) > 1 else "is"


def _codes(w: W, s: dict, sep: str = ", ") -> str:
    return sep.join(w.code(x) for x in s["codes"])


def _svc(w: W, s: dict, shape: int) -> str:
    """A service with its billing codes (if any), in one of five printed shapes of this set."""
    if not s["codes"]:
        return w.svc(s)
    cs, lab = _codes(w, s), code_label(s["codes"][0])
    return [f"{w.svc(s)} \u2013 {lab} {cs}", f"{w.svc(s)} (billing code: {cs})", f"[{cs}] {w.svc(s)}",
            f"{w.svc(s)}; code {cs}", f"{lab}#{cs}: {w.svc(s)}"][shape]


def _dx(w: W, d: dict, shape: int) -> str:
    t = M("DIAGNOSIS", d["text"])
    if not d["codes"]:
        return t
    cs = " & ".join(M("ICD10", x) for x in d["codes"])
    return [f"{t} [ICD-10-CM {cs}]", f"{cs} ({t})", f"{t} \u2013 dx {cs}", f"{t}, diagnosis code {cs}"][shape]


def _dxs(w: W, shape: int | None = None) -> str:
    shape = w.rng.randrange(4) if shape is None else shape
    return "; ".join(_dx(w, d, shape) for d in w.c.diagnoses)


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 60.0, 70.0]),
               margin_t=w.pick([42.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 10.0])
    return st


def _rev(w: W) -> tuple[str, str, str, str]:
    """Marked name, credentials, specialty (or the plain title of a non-physician) and phone of the reviewer."""
    r = w.c.reviewer
    name = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else w.c.reviewer_title
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return name, cred, spec, ph


def _show_rev(w: W, p: float) -> bool:
    c = w.c
    return c.reviewer is not None and ("process.reviewer_not_physician" in c.defects or w.chance(p))


def _civil(w: W) -> list[Block]:
    """Nondiscrimination line (this set's own wording) and the shared language taglines."""
    if "notice.language_assistance" in w.c.defects:
        return []
    out = [w.small(w.pick([
        "Kaiser Permanente does not discriminate on the basis of race, color, national origin, age, disability or "
        "sex in its health programs. Auxiliary aids (large print, braille, audio, qualified sign language "
        "interpreters) and spoken-language interpreters are free of charge. Ask Member Services.",
        "Notice of nondiscrimination: Kaiser Permanente obeys federal civil rights laws. No one is excluded or "
        "treated less favorably because of race, color, national origin, age, disability or sex. Free communication "
        "aids and interpreters are available on request; civil rights complaints may be made to Member Services.",
    ]), space_before=12)]
    out.append(w.h(w.pick(["Multi-language interpreter services", "Free help in other languages",
                           "Language help is free"]), space_before=6, size=9))
    return out + E.taglines(w, heading=False)


_STATE = {"CA": "California", "CO": "Colorado", "GA": "Georgia", "HI": "Hawaii", "MD": "Maryland", "VA": "Virginia",
          "DC": "the District of Columbia", "OR": "Oregon", "WA": "Washington"}


# --- reasons ------------------------------------------------------------------------------------------------------


def reason_b7_quick(w: W) -> str:
    """Imaging or surgery pre-service denial in California (member voice)."""
    c, s = w.c, w.c.scenario
    den = _den(c)
    if c.category == "out_of_network":
        return w.pick([
            f"You asked to have {den} done by {c.outside}, which does not contract with Kaiser Permanente. Plan "
            "specialists who do this care are available to you within the time frames state law sets, so the "
            "outside referral was not approved.",
            f"{_cap(den)} can be provided inside the Kaiser Permanente network. Your plan covers care from "
            f"{c.outside}, an out-of-network provider, only when the network cannot provide it in time, and that "
            "is not the case here.",
        ])
    if "notice.reason_specific" in c.defects:
        return w.pick(["Not medically necessary.", "The request did not meet medical necessity criteria.",
                       "Medical necessity not established."])
    fact = w.pick(s.get("mn") or ["the records sent do not show a medical need for this care at this time"])
    return w.pick([
        f"We did not approve {den} because {fact}.",
        f"A plan physician looked at your records and found that {fact}. For that reason {den} {_is(c)} not medically "
        "necessary for you right now.",
        f"Based on your medical records, {fact}. {_cap(den)} {_is(c)} therefore not approved at this time.",
    ])


def reason_b7_partd(w: W) -> str:
    """Why a Medicare drug coverage request was denied (member voice)."""
    c, s = w.c, w.c.scenario
    den = _den(c)
    if "notice.reason_specific" in c.defects:
        return w.pick(["Drug not covered.", "Criteria not met.", "The request does not meet coverage requirements."])
    if c.category == "not_covered":
        if s.get("key") == "semaglutide":
            return w.pick([
                f"Medicare drug plans are not allowed by law to pay for drugs used for weight loss, and {den} was "
                "prescribed for weight management.",
                f"{_cap(den)} {_is(c)} not on our drug list (formulary) for this use: medicines used for weight loss are "
                "excluded from Medicare Part D coverage.",
            ])
        fact = w.pick(s.get("nc") or ["the drug is not on the plan's formulary"])
        return w.pick([f"We cannot cover {den}: {fact}.",
                       f"Your request for a formulary exception was denied because {fact}."])
    fact = w.pick(s.get("mn") or ["the information from your prescriber does not meet the plan's requirements"])
    return w.pick([
        f"We denied coverage of {den} because {fact}.",
        f"Your prescriber asked us to cover {den}. We cannot approve it yet: {fact}.",
    ])


def reason_b7_table(w: W) -> str:
    """Pre-service denial outside California (member voice, short enough to sit under a table)."""
    c, s = w.c, w.c.scenario
    den, cat = _den(c), c.category
    if "notice.reason_specific" in c.defects:
        return w.pick(["Not medically necessary." if cat == "medical_necessity" else "Not a covered benefit.",
                       "Does not meet plan coverage requirements."])
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records do not show a medical need for this care now"])
        return w.pick([f"{_cap(den)} {_is(c)} not medically necessary at this time: {fact}.",
                       f"The clinical information we received shows that {fact}, so {den} was not approved."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["this service is excluded from your plan"])
        return w.pick([f"{_cap(den)} {_is(c)} not a covered benefit: {fact}.",
                       f"Your plan excludes {den}; {fact}."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["there is not enough scientific evidence that it improves health outcomes"])
        return w.pick([f"{_cap(den)} {_is(c)} considered investigational for your condition, because {fact}.",
                       f"We do not cover experimental or investigational services, and {den} {'fall' if _is(c) == 'are' else 'falls'} into that group "
                       f"for your diagnosis: {fact}."])
    return w.pick([f"{_cap(den)} {_is(c)} available from Kaiser Permanente network providers, so the request to see "
                   f"{c.outside} (out of network) was denied.",
                   f"{c.outside} is not in your plan's network and the same care is available from plan providers."])


def reason_b7_change(w: W) -> str:
    """Why Medicaid/Medi-Cal services are being reduced or stopped (member voice)."""
    c, s = w.c, w.c.scenario
    den = _den(c)
    if "notice.reason_specific" in c.defects:
        return w.pick(["Services no longer medically necessary.", "Does not meet medical necessity criteria.",
                       "Reduction based on utilization review."])
    fact = w.pick(s.get("mn") or ["the latest progress report shows the goals of care have been met"])
    return w.pick([
        f"We are making this change because {fact}.",
        f"The most recent treatment update from your provider shows that {fact}. For this reason, we will no "
        f"longer approve {den} at the current level.",
        f"Our review found that {fact}, so the amount of {den} approved is changing.",
    ])


# --- 1. California HMO "quick answer" summary page + detailed second page -------------------------------------

_QUICK_KEYS = ["mri_lumbar", "knee_scope", "hip_replacement", "lumbar_fusion", "capsule", "varicose", "bariatric"]


def t_b7_quick(w: W):
    c = w.c
    _fmt(w, ["mord", "wkday", "mon_dash", "mord"])
    st = _style(w, ["helvetica", "times"], [10.0, 10.5])
    cat = c.category
    fast = c.urgency == "expedited"
    partial = c.letter_kind == "partial_denial"
    entity = V.REGION_ENTITY[c.region][0]
    st.footer = [w.pick(["{page} / {pages}", "KP-{page}", "Page {page} of {pages}"])]
    st.footer_align = w.pick(["right", "center"])
    days = M("APPEAL_DAYS", c.appeal_phrase)
    first = c.member_name.split()[0]
    # page 1: the quick answer
    b: list[Block] = [
        w.p(w.pick(["KAISER PERMANENTE \u00b7 Your quick answer", "Kaiser Permanente \u2013 Decision at a glance",
                    "KP.ORG | QUICK ANSWER ABOUT YOUR REQUEST"]), bold=True, size=13, space_before=0),
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Deductible HMO (California)",
                                  "Kaiser Permanente Signature HMO \u2013 employer group, California",
                                  "KP CA Bronze 60 HMO (Covered California)"])) + " \u00b7 " + M("REGION", c.region),
            size=8.5, space_before=2),
    ]
    if fast:
        b.append(w.p("FAST DECISION \u2013 your doctor said waiting could harm your health", bold=True, boxed=True,
                     space_before=8))
    b.append(w.p(w.pick([f"Hi {first},", f"Hello {first},"]) + " here is the short version of our decision. The full "
                 "letter with your rights is on the next page.", space_before=10))
    idlab = w.pick(["KP #", "Medical record #", "Health/Medical record number", "Member No."])
    rows = [["For", w.name()], [idlab, w.mid()], [w.pick(["Sent", "Date sent", "Mailed"]), _dm(w, "DATE_LETTER", c.letter)]]
    if c.provider:
        rows.append([w.pick(["Asked for by", "Requested by"]), w.prov()])
    b.append(Block("table", rows=rows, header_row=False, space_before=8))
    asked = join_and([w.svc(s) for s in c.services])
    b.append(w.p("What you asked for", bold=True, space_before=12))
    b.append(w.p(asked, indent=12, space_before=1))
    b.append(w.p("Our answer", bold=True, space_before=8))
    if partial:
        ok = [s for s in c.services if s["decision"] == "approved"]
        no = c.denied_services()
        b.append(w.p(f"PARTLY YES. Approved: {join_and([w.svc(s) for s in ok])}. Not approved: "
                     f"{join_and([w.svc(s) for s in no])}.", indent=12, space_before=1))
    else:
        b.append(w.p(w.pick(["NO \u2013 not approved.", "Not approved (denied)."]), indent=12, space_before=1))
    b.append(w.p("Why, in short", bold=True, space_before=8))
    short = {"medical_necessity": "a plan doctor found it is not medically necessary for you right now",
             "out_of_network": "the same care is available from Kaiser Permanente doctors"}[cat]
    b.append(w.p(_cap(short) + ". Details are on the next page.", indent=12, space_before=1))
    b.append(w.p("What you can do", bold=True, space_before=8))
    b.append(w.p(f"Talk with your doctor about other options. If you disagree, you can appeal within {days} \u2013 "
                 f"call {c.phones['ms']} (TTY {c.phones['tty']}) or go to kp.org.", indent=12, space_before=1))
    b.append(w.small("This page is a summary only. Your rights are explained in full on page 2.", italic=True,
                     space_before=14))
    b.append(Block("pagebreak"))
    # page 2: the detailed letter
    dept = w.pick(["Utilization Management \u2013 Prior Authorization", "Regional Referral and Authorization Unit",
                   "Clinical Review Department"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9, left=["Kaiser Permanente", dept, entity],
                   right=[c.phones["dept"], "Fax " + c.phones["fax"]]))
    b.append(w.p(w.pick(["DETAILED NOTICE OF DECISION", "Notice of Denial \u2013 full explanation",
                         "YOUR DECISION LETTER (DETAILS)"]), bold=True, size=12, space_before=10))
    head = [f"{w.pick(['Member', 'Patient'])}: {w.name()}", f"{idlab}: {w.mid()}",
            f"{w.pick(['Letter date', 'Date of letter'])}: {_dm(w, 'DATE_LETTER', c.letter)}"]
    dates_in_head = w.chance(0.5)
    right = [f"Authorization #: {c.ids['auth']}"]
    if dates_in_head:
        if c.received:
            right.append(f"{w.pick(['Request received', 'Received'])}: {_dm(w, 'DATE_RECEIVED', c.received)}")
        if c.decision:
            right.append(f"{w.pick(['Decided', 'Decision made'])}: {_dm(w, 'DATE_DECISION', c.decision)}")
    right.append("Review: " + ("expedited (72-hour)" if fast else "standard"))
    b.append(Block("twocol", left=head, right=right, space_before=8, size=9))
    b.append(w.p(w.name() + ", " + ", ".join(c.member_addr), size=8, space_before=2))
    t = f"Dear {w.name()}:" if w.chance(0.5) else f"Dear {c.member_salute}:"
    b.append(w.p(t, space_before=10))
    intro = "We reviewed the request"
    if c.provider:
        intro += f" that {w.prov()} sent us"
    if not dates_in_head and c.received:
        intro += f" on {_dm(w, 'DATE_RECEIVED', c.received)}"
    intro += " for the care below."
    if not dates_in_head and c.decision:
        intro += f" We made our decision on {_dm(w, 'DATE_DECISION', c.decision)}."
    b.append(w.p(intro))
    shape = w.rng.randrange(5)
    for s in c.services:
        mark = ("APPROVED" if s["decision"] == "approved" else "DENIED") if partial else "DENIED"
        b.append(w.p(f"{mark}:  {_svc(w, s, shape)}", indent=14, space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Your diagnosis: ", "Condition(s) listed by your doctor: "]) + _dxs(w) + ".",
                     space_before=4))
    b.append(w.h(w.pick(["Reason for our decision", "Why we said no"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We used these clinical criteria: ", "Guidelines applied: "])
                     + "; ".join(w.crit(x) for x in c.criteria)
                     + ". You may ask for a free copy."))
    if cat == "out_of_network" and "network.no_timely_in_network_alternative" not in c.defects:
        i = c.innet
        b.append(w.p(f"In-network option: {i['name']}, {i['specialty']}, {i['facility']}. We held an appointment for "
                     f"you on {b7date(i['appt'], c.extra['b7_fmt'])}; call {c.phones['dept']} to keep or change it."))
    elif cat == "out_of_network":
        b.append(w.p("Please ask your primary care doctor for a referral to a plan specialist."))
    if _show_rev(w, 0.8):
        name, cred, spec, ph = _rev(w)
        lay = w.rng.randrange(2)
        if lay == 0:
            t = f"This decision was made by {name}" + (f", {cred}" if cred else "") + f" ({spec})."
            if ph:
                t += f" Your doctor can discuss it with the reviewer by calling {ph}."
            b.append(w.p(t))
        else:
            b.append(w.p("Reviewer", bold=True, space_before=6))
            b.append(w.p(name + (f", {cred}" if cred else ""), space_before=0))
            b.append(w.p(spec, space_before=0))
            if ph:
                b.append(w.p(f"Peer-to-peer line: {ph}", space_before=0))
    b.append(w.h(w.pick(["How to appeal", "If you disagree with this decision"]), space_before=10))
    b.append(w.p(f"You have {days} from the date of this letter to file an appeal (grievance) with Kaiser "
                 f"Permanente. Call {c.phones['ms']} (TTY {c.phones['tty']}), file online at kp.org, or write to "
                 f"{', '.join(V.GRIEVANCE_ADDR[c.region])}. Send any new medical information you want us to see."))
    b.append(w.p("Urgent appeals: if your health could be seriously harmed by waiting, ask for an expedited appeal and "
                 "we will answer within 72 hours. In that case you may also contact the Department of Managed Health "
                 "Care right away, without waiting for our decision."))
    b.append(w.p("Independent Medical Review: if we do not decide your appeal in your favor within 30 days, or if "
                 "it is urgent, you may ask the Department of Managed Health Care for an Independent Medical Review "
                 "(IMR). Outside doctors review the case at no charge, and Kaiser Permanente must follow their "
                 "decision."))
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST["CA"]
        b.append(w.p(f"Need help with an appeal? The {nm} is free: {ph}.", space_before=6))
    b += E.dmhc_statement(w, boxed=w.chance(0.6))
    b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
    b.append(w.p(f"{dept}, {entity}", space_before=8))
    if c.provider:
        b.append(w.small(f"A copy was sent to {w.prov()}.", space_before=4))
    b += _civil(w)
    return b, st, "ca_quick_answer_plus_detail"


# --- 2. Medicare Advantage Part D coverage determination ------------------------------------------------------------

_DRUG = {  # scenario key: (strength/form, quantity)
    "humira": ("40 mg/0.4 mL prefilled pen", "2 pens (0.8 mL) per 28 days"),
    "semaglutide": ("2.4 mg/0.75 mL single-dose pen", "4 pens (3 mL) per 28 days"),
}


def _request_type(w: W) -> str:
    c, key = w.c, w.c.scenario.get("key")
    if c.category == "not_covered":
        return "Formulary exception"
    if key == "humira":
        return w.pick(["Step therapy exception", "Prior authorization"])
    return w.pick(["Quantity limit exception", "Prior authorization"])


def t_b7_partd(w: W):
    c = w.c
    _fmt(w, ["dslash", "mon_dash", "wkday", "dmon_dot"])
    st = _style(w, ["helvetica", "courier", "times"], [9.5, 10.0])
    fast = c.urgency == "expedited"
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    key = c.scenario.get("key", "")
    strength, qty = _DRUG.get(key, ("as prescribed", "as prescribed"))
    entity = V.REGION_ENTITY[c.region][0]
    kind = _request_type(w)
    st.footer = [w.pick(["Form CMS-10146 \u2013 {page} of {pages}", "H{page}/{pages} \u2013 Part D coverage decision"])]
    st.footer_align = w.pick(["left", "right"])
    b: list[Block] = [
        w.p(w.pick(["Kaiser Permanente Medicare Part D Pharmacy Services", "KP Senior Advantage \u2013 Pharmacy "
                    "Coverage Decisions"]), bold=True, size=11, space_before=0),
        w.p(f"{entity} \u00b7 {M('REGION', c.region)} \u00b7 Fax {c.phones['fax']}", size=8, space_before=0),
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage Medicare Part D (MAPD)",
                                  "Medicare Advantage prescription drug plan \u2013 Kaiser Permanente",
                                  "KP Senior Advantage Plus (HMO) with Part D"])), size=8, space_before=0),
        w.p(w.pick(["NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE",
                    "Notice of Denial of Medicare Prescription Drug Coverage"]), bold=True, size=12, align="center",
            space_before=12),
    ]
    if fast:
        b.append(w.p("Expedited coverage determination \u2013 decided within 24 hours", bold=True, align="center",
                     size=9, space_before=2))
    idlab = w.pick(["Member ID", "Medicare plan ID #", "Enrollee ID", "Beneficiary member number"])
    b.append(Block("twocol", space_before=12, size=9,
                   left=[f"**{w.pick(['Enrollee', 'Member name', 'Beneficiary'])}: {w.name()}"] + c.member_addr,
                   right=[f"{idlab}: {w.mid()}",
                          f"{w.pick(['Notice date', 'Date issued', 'Date'])}: {_dm(w, 'DATE_LETTER', c.letter)}",
                          f"Case #: {c.ids['ref']}"]))
    b.append(w.p("Type of request", bold=True, space_before=10))
    boxes = ["Formulary exception", "Prior authorization", "Step therapy exception", "Quantity limit exception"]
    b.append(w.p("   ".join(("[X] " if x == kind else "[ ] ") + x for x in boxes), size=9, space_before=2))
    shape = w.rng.randrange(5)
    rows = []
    for s in c.services:
        rows.append(["Drug requested", _svc(w, s, shape)])
    rows.append(["Strength / form", strength])
    rows.append(["Quantity", qty])
    if c.provider:
        rows.append([w.pick(["Prescriber", "Prescribing doctor"]), w.prov()])
    if c.received:
        rows.append([w.pick(["Request received", "Date we got the request"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append([w.pick(["Date of decision", "Determination date"]), _dm(w, "DATE_DECISION", c.decision)])
    rows.append(["Decision", "Denied"])
    b.append(Block("table", rows=rows, header_row=False, space_before=4))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis given by your prescriber: ", "Reason the drug was prescribed: "])
                     + _dxs(w) + ".", space_before=4))
    b.append(w.p(w.pick([
        "We have denied the prescription drug coverage that you or your prescriber asked for, in whole.",
        "Your Medicare drug plan will not pay for the drug described above.",
    ]), space_before=8))
    b.append(w.h("Why we denied your request", space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Coverage rules applied: ", "We based this decision on: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if kind != "Formulary exception" and c.category == "medical_necessity":
        b.append(w.p("Your prescriber may send a statement explaining why the required drug(s) would not work for "
                     "you or would harm you; we will look at your request again if we receive it."))
    if _show_rev(w, 0.7):
        name, cred, spec, ph = _rev(w)
        b.append(w.p(f"Reviewed by: {name}" + (f", {cred}" if cred else "") + f" \u2013 {spec}"
                     + (f" \u2013 tel. {ph}" if ph else ""), size=9))
    b.append(w.p("You have the right to request a free copy of the information used to make this decision.", size=9))
    # redetermination rights
    b.append(w.h(w.pick(["YOUR RIGHT TO APPEAL (REDETERMINATION)", "What if I do not agree with this decision?"]),
                 space_before=12))
    b.append(w.p(f"You have the right to ask us for a redetermination (appeal) of our decision. You must ask within "
                 f"{days_mark(c)} from the date on this notice. We can give you more time if you have a good reason "
                 "for missing the deadline. You, your prescriber, or someone you name to act for you may ask."))
    b.append(w.p(f"How to ask: call {c.phones['ms']} (TTY {c.phones['tty']}), 8 a.m. to 8 p.m., seven days a week, "
                 f"fax {c.phones['fax']}, or mail your request to {', '.join(V.GRIEVANCE_ADDR[c.region])}. "
                 "Include this notice and any information from your prescriber."))
    if not no_exp:
        b.append(w.p("Standard or fast appeal", bold=True, space_before=6))
        b.append(w.p("We decide a standard redetermination within 7 days. If you or your prescriber believe that "
                     "waiting could seriously harm your health or your ability to function, ask for an expedited "
                     "(fast) redetermination; we will decide within 72 hours. If your prescriber supports the fast "
                     "request, we will grant it automatically."))
    if not no_ext:
        b.append(w.p("If we say no again", bold=True, space_before=6))
        b.append(w.p("If our redetermination is not in your favor, you may ask for a review by the Independent Review "
                     "Entity (IRE), an organization Medicare contracts with that is not connected to Kaiser "
                     "Permanente. We will tell you how in our redetermination notice. Further appeals to an "
                     "Administrative Law Judge and beyond are possible."))
    b.append(w.p(w.pick(["Help and information", "Questions?"]), bold=True, space_before=8))
    b.append(w.p("Call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week; TTY 1-877-486-2048. Your "
                 "State Health Insurance Assistance Program (SHIP) gives free counseling. To name a representative, "
                 "use Form CMS-1696 or a signed letter."))
    sig = w.rng.randrange(3)
    if sig == 0:
        b.append(w.p("Pharmacy Coverage Review Team", space_before=12))
    elif sig == 1:
        b.append(w.p("Sincerely,", space_before=12))
        b.append(w.p(f"Part D Clinical Pharmacy \u2013 {entity}", space_before=8))
    else:
        b.append(w.p(f"cc: {w.prov() if c.provider else 'prescriber of record'}", size=8.5, space_before=12))
    b.append(w.small("Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment in Kaiser Permanente "
                     "depends on contract renewal.", space_before=8))
    b += _civil(w)
    return b, st, "ma_partd_coverage_determination"


def days_mark(c) -> str:
    return M("APPEAL_DAYS", c.appeal_phrase)


# --- 3. Colorado / Georgia / Hawaii commercial pre-service denial as an "Item | Details" table -----------------------

_TABLE_KEYS = ["mri_lumbar", "knee_scope", "cpap", "bariatric", "blepharoplasty", "genetic_test", "hyperbaric",
               "speech_therapy", "varicose", "hip_replacement", "insulin_pump", "cataract_premium", "ivf", "scs",
               "ct_perfusion"]
_EXT = {
    "CO": ("Colorado Division of Insurance", "303-894-7490"),
    "GA": ("Georgia Office of Commissioner of Insurance and Safety Fire", "1-800-656-2298"),
    "HI": ("Hawaii Insurance Division (Insurance Commissioner)", "(808) 586-2790"),
}


def t_b7_table(w: W):
    c = w.c
    _fmt(w, ["ymd_dot", "dmon_dot", "dslash", "mord"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    cat = c.category
    fast = c.urgency == "expedited"
    partial = c.letter_kind == "partial_denial"
    entity = V.REGION_ENTITY[c.region][0]
    regulator, reg_ph = _EXT[c.state]
    aca = w.chance(0.5)
    st.header = [w.pick([f"Ref {c.ids['ref']}", f"{c.member_name.split()[-1].upper()} / {c.ids['ref']}"])]
    st.footer = [w.pick(["Page {page} of {pages}", "{page} of {pages}"])]
    b: list[Block] = [Block("letterhead", logo=w.pick(["rays", "bars"]), size=9,
                            left=["Kaiser Permanente", w.pick(["Utilization Management", "Medical Review Services"]),
                                  entity],
                            right=[M("REGION", c.region), c.phones["ms"]])]
    b.append(w.p(w.pick(["Coverage Decision \u2013 Pre-Service Request", "PRE-SERVICE ADVERSE BENEFIT DETERMINATION",
                         "Notice of Prior Authorization Decision"]), bold=True, size=12, space_before=10))
    if fast:
        b.append(w.p("Urgent pre-service request \u2013 expedited review", bold=True, size=9, space_before=2))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick(["The table below has the facts of this decision. Your rights follow it.",
                         "Below is a summary of our decision in table form, followed by your appeal rights."]),
                 space_before=8))
    idlab = w.pick(["Member ID", "Subscriber #", "Health record number", "KP ID"])
    plan = (w.pick([f"KP {_STATE[c.state]} Silver HMO \u2013 individual (ACA Marketplace)",
                    f"Kaiser Permanente Individual & Family HMO ({c.state})"]) if aca
            else w.pick([f"Kaiser Permanente {_STATE[c.state]} group HMO", f"{c.extra['employer']} HMO plan"]))
    rows = [["Item", "Details"], ["Member", w.name()], [idlab, w.mid()], ["Plan", M("PLAN_CUE", plan)],
            [w.pick(["Letter date", "Date of notice"]), _dm(w, "DATE_LETTER", c.letter)]]
    if c.received:
        rows.append([w.pick(["Request received", "Received by KP"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append([w.pick(["Decision date", "Decided on"]), _dm(w, "DATE_DECISION", c.decision)])
    if c.provider:
        rows.append([w.pick(["Requesting provider", "Ordering clinician"]), w.prov()])
    rows.append(["Review type", "Expedited (urgent)" if fast else "Standard (non-urgent)"])
    shape = w.rng.randrange(5)
    for k, s in enumerate(c.services, 1):
        rows.append([f"Service {k}", _svc(w, s, shape)])
        rows.append([f"Service {k} decision", "Approved" if s["decision"] == "approved" else "Denied"])
    dshape = w.rng.randrange(4)
    for k, d in enumerate(c.diagnoses, 1):
        rows.append(["Diagnosis" + (f" {k}" if len(c.diagnoses) > 1 else ""), _dx(w, d, dshape)])
    rows.append(["Denial category", {"medical_necessity": "Not medically necessary", "not_covered": "Benefit exclusion",
                                     "experimental_investigational": "Experimental / investigational",
                                     "out_of_network": "Out-of-network provider"}[cat]])
    for k, x in enumerate(c.criteria, 1):
        rows.append([f"Criteria used ({k})", w.crit(x)])
    if cat == "not_covered" and "notice.plan_provision" not in c.defects:
        rows.append(["Plan document", M("PLAN_PROVISION", f"{c.extra['year']} Evidence of Coverage, section "
                                                          f"{c.extra['sec']}, page {c.extra['page']}")])
    show = _show_rev(w, 0.75)
    if show:
        name, cred, spec, ph = _rev(w)
        rows.append(["Reviewer", name + (f", {cred}" if cred else "")])
        rows.append(["Reviewer role", spec])
        if ph:
            rows.append(["Reviewer phone", ph])
    rows.append(["Authorization #", c.ids["auth"]])
    rows.append(["Deadline to appeal", f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice"])
    b.append(Block("table", rows=rows, header_row=True, space_before=8))
    b.append(w.p("Reason for decision", bold=True, space_before=10))
    b.append(w.p(M("REASON", w.reason), indent=10))
    if cat == "out_of_network":
        i = c.innet
        b.append(w.p(f"A plan specialist can see you: {i['name']} ({i['specialty']}), {i['facility']}.", indent=10))
    if partial:
        b.append(w.p("The approved service(s) may be scheduled now; only the denied service(s) may be appealed.",
                     indent=10))
    # rights table
    b.append(w.p(w.pick(["Your rights", "Options if you disagree"]), bold=True, space_before=12))
    rr = [["Option", "How"]]
    rr.append(["Internal appeal", f"Call {c.phones['ms']} (TTY {c.phones['tty']}) or write to us"])
    rr.append(["Appeal address", ", ".join(V.GRIEVANCE_ADDR[c.region])])
    if "notice.expedited_review" not in c.defects:
        rr.append(["Expedited appeal", "If delay could seriously harm you: decided within 72 hours"])
    if "notice.external_review" not in c.defects:
        rr.append(["External review", f"{regulator}, {reg_ph}"])
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST[c.state]
        rr.append(["Free consumer help", f"{nm}, {ph}"])
    rr.append(["Documents", "Free copies of records and criteria used, on request"])
    b.append(Block("table", rows=rr, header_row=True, space_before=4))
    b.append(w.p("Internal appeal. You or someone you authorize may appeal in writing or by phone. Send us any "
                 "information you would like us to consider. A physician who did not make this decision will review "
                 "the appeal.", space_before=8))
    if "notice.expedited_review" not in c.defects:
        b.append(w.p("If your provider tells us that the standard time could seriously jeopardize your life, health or "
                     "ability to regain maximum function, we will handle your appeal as urgent and decide it within "
                     "72 hours. For urgent situations you may ask for an expedited external review at the same "
                     "time." if "notice.external_review" not in c.defects else
                     "If your provider tells us that the standard time could seriously jeopardize your life, health or "
                     "ability to regain maximum function, we will handle your appeal as urgent and decide it within "
                     "72 hours."))
    if "notice.external_review" not in c.defects:
        b.append(w.p(f"External review. After our appeal decision (or sooner in urgent cases), you may ask the "
                     f"{regulator} for an independent external review of a decision based on medical necessity, "
                     "appropriateness, effectiveness or experimental status. An independent review organization "
                     "decides, at no cost to you, and its decision is binding on the plan. You must ask within four "
                     "months of our final decision."))
    if aca:
        b.append(w.p("Individual plan members: if you bought this plan through the Health Insurance Marketplace, you "
                     "may also call the Marketplace Call Center at 1-800-318-2596.", size=9))
    sig = w.rng.randrange(2)
    b.append(w.p(w.pick(["Respectfully,", "Sincerely,"]), space_before=12))
    if sig == 0:
        b.append(w.p("Utilization Management Department", space_before=8))
        b.append(w.p(entity, space_before=0))
    else:
        b.append(w.p(f"Medical Review Services, {entity}", space_before=8))
    if c.provider:
        b.append(w.small(f"Copy: {w.prov()}", space_before=6))
    b += _civil(w)
    return b, st, "nonca_item_details_table_letter"


# --- 4. Medi-Cal / Washington or Oregon Medicaid reduction or termination notice ------------------------------------

_CHANGE = {  # key: per-service (now, new) for a reduction; "" new means it stops
    "aba": [("25 hours per week", "15 hours per week"), ("1 every 6 months", "")],
    "home_health": [("2 visits per week", ""), ("2 visits per week", "1 visit per week")],
    "speech_therapy": [("2 visits per week", ""), ("1 evaluation", "")],
    "tms": [("5 sessions per week", "")],
    "sud_residential": [("28 days", "14 days"), ("as needed", "")],
}
_CHANGE_KEYS = list(_CHANGE)


def _change_for(c, s: dict, changes: list[tuple[str, str]]) -> tuple[str, str]:
    """(approved now, approved after) for a service line; lines the scenario does not list keep their amount."""
    for i, (texts, _codes) in enumerate(c.scenario["services"]):
        if s["text"] in texts and i < len(changes):
            return changes[i]
    return ("as approved", "")


def _medicaid_names(c) -> tuple[str, str]:
    """(program name, hearing office) for the state."""
    if c.plan_type == "medi_cal":
        return "Medi-Cal", "California Department of Social Services"
    if c.state == "WA":
        return "Washington Apple Health (Medicaid)", "Office of Administrative Hearings"
    return "Oregon Health Plan (OHP)", "Oregon Health Authority hearings unit"


def t_b7_change(w: W):
    c = w.c
    _fmt(w, ["mon_dash", "ymd_dot", "wkday", "dmon_dot", "dslash"])
    st = _style(w, ["helvetica", "times", "courier"], [9.5, 10.0])
    medi = c.plan_type == "medi_cal"
    term = c.letter_kind == "termination_notice"
    fast = c.urgency == "expedited"
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    no_cont = "notice.continuation_of_benefits" in c.defects
    prog, office = _medicaid_names(c)
    entity = V.REGION_ENTITY[c.region][0]
    eff = D.add_business(c.letter, w.rng.randint(11, 14))
    key = c.scenario.get("key", "")
    changes = _CHANGE.get(key, [("as authorized", "")] * len(c.services))
    spanish = w.chance(0.5)
    st.footer = [w.pick(["{page}", "Notice " + c.ids["ref"] + " \u2013 {page} of {pages}"])]
    st.footer_align = "center"
    b: list[Block] = [
        w.p(f"Kaiser Permanente \u00b7 {entity}", bold=True, size=11, space_before=0),
        w.p(M("PLAN_CUE", w.pick([f"Kaiser Permanente {prog} managed care plan", f"{prog} \u2013 Kaiser Permanente",
                                  f"KP {prog} member"])) + " \u00b7 " + M("REGION", c.region), size=8.5,
            space_before=0),
        w.p(w.pick(["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Action: a change to your services",
                    "IMPORTANT: YOUR SERVICES ARE CHANGING"]), bold=True, size=12, align="center", space_before=12),
    ]
    if spanish:
        b.append(w.p("Aviso importante sobre sus servicios \u2013 resumen en español al final", italic=True, size=8.5,
                     align="center", space_before=1))
    if fast:
        b.append(w.p("This decision was made on an expedited (urgent) basis.", bold=True, size=9, align="center",
                     space_before=2))
    idlab = w.pick(["Client ID", "CIN / Member ID", "ProviderOne Client ID", "Recipient #", "Member number"])
    left = [f"**{w.name()}"] + c.member_addr
    right = [f"{w.pick(['Date mailed', 'Notice date', 'Date of this notice'])}: {_dm(w, 'DATE_LETTER', c.letter)}",
             f"{idlab}: {w.mid()}"]
    if c.provider:
        right.append(f"{w.pick(['Provider', 'Treating provider', 'Requesting provider'])}: {w.prov()}")
    b.append(Block("twocol", left=left, right=right, space_before=12, size=9))
    word = "be reduced or stop" if term else "change"
    b.append(w.p(w.pick([f"We are writing to tell you that some of your services will {word} on "
                         f"{b7date(eff, c.extra['b7_fmt'])}.",
                         f"Starting {b7date(eff, c.extra['b7_fmt'])}, the services listed below will {word}."]),
                 space_before=10))
    # what is changing
    b.append(w.h(w.pick(["What is changing", "WHAT IS CHANGING"]), shade=True, space_before=10))
    rows = [["Service", "Code", "Approved now", f"From {b7date(eff, c.extra['b7_fmt'])}"]]
    for s in c.services:
        now, new = _change_for(c, s, changes)
        if s["decision"] == "approved":
            after = "No change"
        else:
            after = new or w.pick(["Ends", "None (stops)", "0 \u2013 ending"])
        rows.append([w.svc(s), _codes(w, s) if s["codes"] else "\u2013", now, after])
    b.append(Block("table", rows=rows, header_row=True, space_before=4))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis: ", "Health condition on file: "]) + _dxs(w) + ".", space_before=4))
    dates = []
    if c.service:
        dates.append(f"You have been getting these services since {_dm(w, 'DATE_SERVICE', c.service)}.")
    if c.received:
        dates.append(f"Your provider's updated treatment plan reached us on {_dm(w, 'DATE_RECEIVED', c.received)}.")
    if c.decision:
        dates.append(f"We made this decision on {_dm(w, 'DATE_DECISION', c.decision)}.")
    if dates:
        b.append(w.p(" ".join(dates), space_before=6))
    b.append(w.h(w.pick(["Why", "Why we made this decision"]), shade=True, space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p("Rules and guidelines used: " + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if _show_rev(w, 0.7):
        name, cred, spec, ph = _rev(w)
        if w.chance(0.5):
            b.append(w.p(f"Clinical reviewer: {name}" + (f", {cred}" if cred else "") + f"; {spec}"
                         + (f"; {ph}" if ph else "") + "."))
        else:
            b.append(Block("table", header_row=False, space_before=6,
                           rows=[["Reviewed by", name + (f", {cred}" if cred else "")], ["Title", spec]]
                           + ([["Phone", ph]] if ph else [])))
    b.append(w.p("You may ask for free copies of all records and rules used to make this decision.", size=9))
    # rights
    b.append(w.h(w.pick(["Your rights", "What you can do"]), shade=True, space_before=12))
    b.append(w.p(f"1. Appeal to Kaiser Permanente. You must ask for an appeal within {days_mark(c)} of the date of "
                 f"this notice. Call {c.phones['ms']} (TTY {c.phones['tty']}) or write to "
                 f"{', '.join(V.GRIEVANCE_ADDR[c.region])}. We will send you our answer in writing."))
    if not no_cont:
        b.append(w.p(f"2. Keep your services during the appeal. If you want your services to stay as they are now "
                     f"while we decide, you must ask for the appeal within 10 days of the date of this notice or "
                     f"before {b7date(eff, c.extra['b7_fmt'])}, whichever is later. If you lose the appeal, you may "
                     "be asked to pay for the services you received while it was pending.", space_before=4))
    if not no_exp:
        b.append(w.p("3. Fast appeal. If waiting could put your life or health at serious risk, ask for an expedited "
                     "appeal. We will decide it within 72 hours.", space_before=4))
    if medi:
        b.append(w.p(f"4. State Hearing. If we do not change our decision, you may ask for a State Hearing with the "
                     f"{office} within 120 days of our appeal decision: call 1-800-743-8525 (TTY 1-800-952-8349). "
                     "You can also ask the Department of Managed Health Care for an Independent Medical Review.",
                     space_before=4))
    elif not no_ext:
        b.append(w.p(f"4. Fair hearing. After our appeal decision you may ask for a state fair hearing with the "
                     f"{office} within 120 days. In Washington you may also ask for a review by an independent "
                     "review organization (IRO) before the hearing." if c.state == "WA" else
                     f"4. Fair hearing. After our appeal decision you may ask for a state fair hearing (contested case "
                     f"hearing) through the {office} within 120 days. Call Kaiser Permanente or OHP Client Services "
                     "at 1-800-273-0557 for the form.", space_before=4))
    if medi and "notice.consumer_assistance" not in c.defects:
        b.append(w.p("Free help: Medi-Cal Managed Care Ombudsman, 1-888-452-8609; Health Consumer Alliance, "
                     "1-888-804-3536.", space_before=4))
    b += E.dmhc_statement(w, boxed=w.chance(0.4))
    lay = w.rng.randrange(3)
    if lay == 0:
        b.append(w.p("Sincerely,", space_before=12))
        b.append(w.p(f"Utilization Review, {prog} Program", space_before=8))
    elif lay == 1:
        b.append(w.p(f"Kaiser Permanente {prog} Member Services \u2013 {c.phones['ms']}", space_before=12))
    else:
        b.append(w.p("Care Management Department", space_before=12))
        b.append(w.p(entity, space_before=0))
    if spanish:
        b.append(w.h("Resumen en español", space_before=12))
        t = (f"Sus servicios van a {'terminar' if term else 'cambiar'} a partir del "
             f"{b7date(eff, c.extra['b7_fmt'])}. Puede apelar ante Kaiser Permanente dentro del plazo indicado arriba "
             f"llamando al {c.phones['ms']}.")
        if not no_cont:
            t += " Para seguir recibiendo los mismos servicios durante la apelación, pida la apelación antes de la fecha del cambio."
        if not no_exp:
            t += " Si su salud corre peligro, pida una apelación rápida."
        if medi:
            t += " También puede pedir una Audiencia Estatal."
        elif not no_ext:
            t += " Después puede pedir una audiencia con el estado."
        b.append(w.p(t, size=9))
    b += _civil(w)
    return b, st, "medicaid_change_notice_table"


# --- registry -----------------------------------------------------------------------------------------------------

BLIND7_TEMPLATES: dict[str, tuple] = {
    "blind7_ca_quick_answer": (t_b7_quick, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity", "out_of_network"], scenario_keys=_QUICK_KEYS, reason=reason_b7_quick)),
    "blind7_partd_coverage_determination": (t_b7_partd, dict(
        plans=["medicare_advantage"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
        scenario_keys=["humira", "semaglutide"], reason=reason_b7_partd)),
    "blind7_item_details_table": (t_b7_table, dict(
        plans=["commercial_hmo"], states=["CO", "GA", "HI"], kinds=["initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity", "not_covered", "experimental_investigational", "out_of_network"],
        scenario_keys=_TABLE_KEYS, reason=reason_b7_table)),
    "blind7_medicaid_change_notice": (t_b7_change, dict(
        plans=["medi_cal", "medicaid"], states=["CA", "WA", "OR"], kinds=["termination_notice", "partial_denial"],
        cats=["medical_necessity"], scenario_keys=_CHANGE_KEYS, reason=reason_b7_change)),
}
MODELED_ON = {
    "blind7_ca_quick_answer": "blind7: California commercial HMO imaging/surgery denial with a plain-language quick "
                              "answer page followed by a detailed second page (IMR, DMHC, in-network offer)",
    "blind7_partd_coverage_determination": "blind7: Medicare Advantage Part D coverage determination denial for a "
                                           "drug (formulary, step therapy or quantity limit; checkboxes, drug table, "
                                           "redetermination and IRE rights)",
    "blind7_item_details_table": "blind7: Colorado/Georgia/Hawaii commercial or ACA individual HMO pre-service denial "
                                 "written as an Item | Details table with a rights table and state external review",
    "blind7_medicaid_change_notice": "blind7: Medi-Cal or Washington/Oregon Medicaid reduction or termination notice "
                                     "for behavioral health, therapy or home health with a What-is-changing table, "
                                     "continuation of benefits and hearing rights, optionally with a Spanish summary",
}
