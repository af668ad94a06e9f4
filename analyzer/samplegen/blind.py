"""Blind evaluation templates: written last, measured once at the end, never developed against.

The fresh and final sets now feed extractor development, so these three are the honest measure. They are
registered in ``BLIND_TEMPLATES`` only: ``generate(seed)`` never picks them and no other listing shows them; ask
for one by name, e.g. ``generate(seed, template="blind_fax_auth")``.

Their prose, labels, headings and layouts are written here. Only text real letters print word for word is shared:
the DMHC statement and the language taglines (sections_en). Dates use the styles these letters print
("Monday, March 3, 2025", "03-03-2025", "03-Mar-2025", ...); ``parse_blind_date`` reads them back for tests.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import sections_en as E
from . import vocab as V
from .case import code_label
from .layout import Block, Style
from .layout import layout as _layout
from .markup import M
from .writer import W, join_and

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def bdate(d: dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    if style == "weekday":  # Monday, March 3, 2025
        return f"{WEEKDAYS[d.weekday()]}, {m} {d.day}, {d.year}"
    if style == "dash":  # 03-03-2025
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "slash":  # 03/03/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmon":  # 03-Mar-2025
        return f"{d.day:02d}-{m[:3]}-{d.year}"
    if style == "mdy":  # March 3, 2025
        return f"{m} {d.day}, {d.year}"
    if style == "ymd":  # 2025/03/03
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def parse_blind_date(text: str) -> dt.date | None:
    """Read back a date printed by ``bdate``."""
    t = " ".join(text.split())
    for wd in WEEKDAYS:
        if t.startswith(wd + ", "):
            t = t[len(wd) + 2:]
            break
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", t)
    if m:
        return dt.date(int(m[3]), [x[:3].lower() for x in MONTHS].index(m[2].lower()) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return D.parse(t)


def _setup(w: W, styles: list[str]) -> None:
    w.c.extra["blind_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return bdate(day, w.c.extra["blind_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- small shared pieces ------------------------------------------------------------------------------------------

STATE_MEDICAID = {  # program name, who holds the fair hearing
    "CO": ("Health First Colorado", "the Office of Administrative Courts (Colorado)"),
    "GA": ("Georgia Medicaid (Georgia Families)", "the Georgia Office of State Administrative Hearings"),
    "MD": ("Maryland Medical Assistance (HealthChoice)", "the Maryland Office of Administrative Hearings"),
    "VA": ("Virginia Medicaid (Cardinal Care)", "the DMAS Appeals Division in Richmond"),
    "DC": ("DC Medicaid", "the District of Columbia Office of Administrative Hearings"),
    "WA": ("Washington Apple Health", "the Washington Office of Administrative Hearings"),
    "OR": ("Oregon Health Plan", "the Oregon Health Authority hearings unit"),
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _svc_text(c, items: list[dict] | None = None) -> str:
    items = c.denied_services() or c.services if items is None else items
    s = join_and([x["text"] for x in items])
    if s[:2].isupper() or c.scenario.get("key") in ("humira", "keytruda", "semaglutide", "lecanemab", "botox_migraine"):
        return s
    return s[:1].lower() + s[1:]


def _style(w: W, families: list[str]) -> Style:
    st = Style(family=w.pick(families), size=w.pick([9.5, 10.0, 10.5]),
               margin_l=w.pick([50.0, 58.0, 66.0, 72.0]), margin_t=w.pick([40.0, 48.0, 58.0]))
    st.margin_r = st.margin_l
    return st


def _plan_words(w: W) -> str:
    c, p = w.c, w.c.plan_type
    if p == "medi_cal":
        return M("PLAN_CUE", w.pick(["Medi-Cal (Kaiser Permanente)", "Kaiser Permanente Medi-Cal plan"]))
    if p == "medicaid":
        return M("PLAN_CUE", f"{STATE_MEDICAID[c.state][0]} through Kaiser Permanente")
    if p == "medicare_advantage":
        return M("PLAN_CUE", w.pick(["Kaiser Permanente Medicare health plan (Senior Advantage)",
                                     "Senior Advantage Medicare plan"]))
    if p == "fehb":
        return M("PLAN_CUE", w.pick(["FEHB Program plan (Kaiser Permanente)", "Kaiser Permanente - Federal Employees Health Benefits"]))
    if p == "erisa_group":
        return M("PLAN_CUE", w.pick([f"{c.extra['employer']} health benefits plan (ERISA)",
                                     f"employer-sponsored plan through {c.extra['employer']}"]))
    return M("PLAN_CUE", w.pick(["Kaiser Permanente commercial HMO", "KP HMO plan", "Kaiser Permanente group HMO"]))


def _dx_text(w: W) -> str:
    c = w.c
    out = []
    for d in c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        if d["codes"]:
            t += " - ICD-10 " + "/".join(M("ICD10", x) for x in d["codes"])
        out.append(t)
    return "; ".join(out)


def _criteria_text(w: W) -> str:
    c = w.c
    if not c.criteria:
        return ""
    cr = join_and([w.crit(x) for x in c.criteria])
    return w.pick([f"Guideline applied: {cr}. A free copy is available on request.",
                   f"The reviewer compared the records with {cr}; ask us and we will send the criteria at no cost.",
                   f"We used {cr} to make this decision. You can get a copy for free."])


def _provision_text(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects or c.plan_type == "medicare_advantage":
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    ref = {
        "erisa_group": f"the \"What is not covered\" list in section {sec} of the {c.extra['employer']} Summary Plan Description",
        "medi_cal": f"the \"Services not covered\" chapter of your {yr} Medi-Cal Member Handbook, page {pg}",
        "medicaid": f"page {pg} of your {STATE_MEDICAID.get(c.state, ('Medicaid',))[0]} handbook (services that are not covered)",
        "fehb": f"the {yr} Kaiser Permanente FEHB plan brochure, Section 6 (\"Exclusions\")",
    }.get(c.plan_type) or f"section {sec} (\"Exclusions\") of your {yr} Evidence of Coverage, page {pg}"
    return w.pick([f"Plan language: {M('PLAN_PROVISION', ref)}.", f"This is stated in {M('PLAN_PROVISION', ref)}."])


def _innet_text(w: W) -> str:
    c = w.c
    if c.category != "out_of_network" and not (c.category == "no_prior_authorization" and c.ca_kk and c.letter_kind != "payment_denial"):
        return ""
    if c.letter_kind == "payment_denial":
        return ""
    if "network.no_timely_in_network_alternative" in c.defects:
        return w.pick(["Kaiser Permanente doctors can provide this care.", "This care is available from plan providers."])
    i = c.innet
    return (f"In-network option: {i['name']} ({i['specialty']}), {i['facility']}; first available appointment "
            f"{bdate(i['appt'], 'mdy')}. To confirm or change it call {c.phones['dept']}.")


def _terminal(w: W) -> list[Block]:
    c = w.c
    if not (c.ca_kk and c.category == "experimental_investigational" and c.scenario.get("serious")):
        return []
    if "experimental.terminal_illness_rights" in c.defects:
        return []
    return [w.p(
        "Life-threatening condition - additional rights: other treatments your Plan doctors recommend for this condition remain covered; "
        "we will give you the medical and scientific information this decision relied on; you may ask to meet with the people who made this "
        "decision, and that conference will take place within 30 calendar days (within five business days if your doctor says waiting would "
        "seriously reduce the treatment's effectiveness); and you may ask the Department of Managed Health Care for an Independent Medical "
        "Review right away, without first filing a grievance with us."
    )]


def _extras(w: W) -> list[str]:
    c = w.c
    out = []
    if "process.retro_denial_of_authorized" in c.defects:
        out.append(f"These services had an approved authorization ({c.ids['auth']}) on file before they were provided.")
    if "medicare.transition_period" in c.defects:
        out.append(f"You enrolled in this plan effective {bdate(c.extra['enroll'], 'mdy')}, and the treatment began under your earlier coverage.")
    if c.scenario.get("key", "").startswith("er_"):
        out.append(f"The bill is for emergency room care at {c.provider or 'a hospital outside our network'}.")
    return out


def _reviewer_line(w: W) -> tuple[str, bool]:
    """(name with credentials, specialty and phone marked; whether the reviewer is a physician)."""
    r = w.c.reviewer
    t = M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        t += ", " + M("REVIEWER_CRED", r["credentials"])
    md = r["credentials"] is not None and r["specialty"] is not None
    return t, md


def _nondisc(w: W) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.small(w.pick([
        "Kaiser Permanente follows federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex. "
        "Free aids and services - qualified interpreters, large print, audio and accessible electronic formats - are available; call Member Services.",
        "We do not treat people differently because of race, color, national origin, age, disability or sex. Interpreters and information in other "
        "formats are free of charge. Ask Member Services.",
    ]), space_before=10)]


def _fine(w: W, boxed: bool) -> list[Block]:
    out = E.dmhc_statement(w, boxed=boxed)
    out += _nondisc(w)
    tl = E.taglines(w)
    if tl:
        out.append(Block("pagebreak"))
        out += tl
    return out


# --- the reason ------------------------------------------------------------------------------------------------


def reason_blind(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    svc = _svc_text(c)
    if kind == "delay_notice":
        if "notice.delay_requirements" in c.defects:
            return w.pick(["Our review of this request is not finished and needs more time.",
                           "The request remains under review; more time is required."])
        need = w.pick(["chart notes documenting the treatments already tried", "the most recent imaging report",
                       "a letter of medical necessity from the treating physician", "laboratory results from the past 60 days"])
        c.extra["blind_need"] = need
        return w.pick([f"We cannot decide the request for {svc} yet because we still need {need}.",
                       f"The file for {svc} is incomplete: {need} has not been received, so the review period is being extended."])
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Does not meet medical necessity.", "Medical necessity not established.", "Not medically necessary per review."])
        return w.pick(["Benefit exclusion.", "Not a covered benefit.", "Non-covered service."])
    if kind == "payment_denial":
        where = c.provider or "the provider"
        if cat == "no_prior_authorization":
            if s.get("key", "").startswith("er_"):
                return f"We can't pay the emergency department bill from {where} because the visit was not approved by the plan before it happened."
            return w.pick([f"The bill from {where} for {svc} can't be paid because the plan's approval was not obtained before the care was given.",
                           f"{_cap(svc)} needs approval from us before it is done, and no approval was requested, so we can't pay this claim."])
        if cat == "out_of_network":
            return f"{where} is outside the Kaiser Permanente network, there was no referral, and this was not urgent or emergency care, so the claim can't be paid."
        if cat == "not_covered":
            fact = w.pick(s.get("nc") or ["the plan does not include this service"])
            return f"We can't pay for {svc} because {fact}."
        if cat == "medical_necessity":
            fact = w.pick(s.get("mn") or ["the records sent with the claim don't show that it was needed"])
            return f"The records sent with the claim don't support {svc} as medically necessary: {fact}."
        if "process.retro_denial_of_authorized" in c.defects:
            return f"On a later review of the claim for {svc}, we decided the approval should not have been given, so the claim is not payable."
        return w.pick(["The claim reached us after the filing deadline of 90 days from the date of service.",
                       "This claim repeats one we already processed for the same service on the same day.",
                       f"Your coverage was not active on the day you received {svc}."])
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records sent do not show a current need for this service"])
        if kind == "partial_denial":
            ok = _svc_text(c, [x for x in c.services if x["decision"] == "approved"])
            return w.pick([f"{_cap(ok)} is approved. {_cap(svc)} is not, because {fact}.",
                           f"Only part of the request meets criteria: {ok} is approved, while {svc} is not medically necessary since {fact}."])
        if kind == "termination_notice":
            return w.pick([f"{_cap(svc)} is no longer medically necessary: {fact}.",
                           f"Your most recent records show this: {fact}. Continuing {svc} therefore no longer meets medical necessity."])
        return w.pick([f"{_cap(svc)} does not meet medical necessity at this time, because {fact}.",
                       f"The information sent shows that {fact}; for that reason {svc} is not medically necessary now.",
                       f"We found {svc} is not medically necessary. Specifically, {fact}."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["studies have not shown it works for this condition"])
        return w.pick([f"{_cap(svc)} is considered experimental or investigational for your condition: {fact}.",
                       f"We don't cover {svc} for this use because it is still investigational; {fact}."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["it is listed as an exclusion in your coverage"])
        return w.pick([f"{_cap(svc)} is not covered by your plan, because {fact}.",
                       f"Your benefits don't include {svc}: {fact}."])
    if cat == "out_of_network":
        return w.pick([f"The request was for {svc} at {c.outside}, which does not contract with Kaiser Permanente; the same care is available from our own doctors.",
                       f"{c.outside} is out of network, and Kaiser Permanente physicians provide {svc}, so the outside referral is not approved."])
    if cat == "no_prior_authorization":
        if "medicare.transition_period" in c.defects:
            return f"Continuing {svc} needs the plan's approval first, and no request for approval was made."
        return w.pick([f"{_cap(svc)} must be approved in advance on referral from a Plan physician, and this request had no referral.",
                       f"No Plan physician referral was on file for {svc}, which the plan requires before approving this care."])
    return f"The request for {svc} could not be approved as submitted."


# --- rights, three voices ---------------------------------------------------------------------------------------


def _rights_fax(w: W) -> list[str]:
    """Member appeal rights printed on the provider fax (a copy goes to the member)."""
    c, p = w.c, w.c.plan_type
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [f"Appeal: the member, or the provider on the member's behalf, may appeal within {days} of the date of this notice. "
           f"Call {c.phones['ms']} (TTY {c.phones['tty']}) or write to {addr}."]
    if not ("notice.expedited_review" in c.defects and p == "commercial_hmo"):
        out.append("Urgent appeal: when the standard time frame could seriously jeopardize the member's life, health or ability to regain "
                   "maximum function, request an urgent appeal; it is decided within 72 hours.")
    if p == "medi_cal":
        if "notice.continuation_of_benefits" not in c.defects:
            out.append("Aid paid pending: if services already being received are affected, they can continue during the appeal when the member "
                       "appeals within 10 days of this notice or before the change takes effect.")
        out.append("State Hearing: if the appeal is denied, or not decided in time, the member may request a State Hearing from the California "
                   "Department of Social Services within 120 days of the appeal decision (1-800-743-8525, TTY 1-800-952-8349).")
        out.append("Independent Medical Review: the member may also apply to the Department of Managed Health Care for an IMR after the plan "
                   "appeal; an IMR is not available after a State Hearing on the same issue. Medi-Cal Ombudsman: 1-888-452-8609.")
    elif c.ca_kk:
        out.append("Independent Medical Review: after 30 days in our grievance process (sooner if urgent), the member may ask the California "
                   "Department of Managed Health Care for an IMR of a medical necessity, experimental/investigational or emergency-payment "
                   "decision, within six months. There is no fee.")
    elif "notice.external_review" not in c.defects:
        out.append("External review: after the internal appeal, the member may request review by an independent review organization "
                   "through the state within four months of the final appeal decision, at no cost.")
    if p == "commercial_hmo" and "notice.consumer_assistance" not in c.defects:
        name, ph = V.CONSUMER_ASSIST[c.state]
        out.append(f"Help with appeals: {name}, {ph}.")
    out.append("Copies of the case file, the criteria used and the codes with their meanings are free on request.")
    return out


def _rights_warm(w: W) -> list[Block]:
    c, p = w.c, w.c.plan_type
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["What you can do next", "If you'd like us to take another look", "Your options"]), space_before=12)]
    out.append(w.p(f"You have the right to appeal. Just let us know within {days} of the date on this letter - call {c.phones['ms']} "
                   f"(TTY {c.phones['tty']}), use the secure message center on kp.org, or write to {addr}. You can send us any notes, "
                   "records or letters from your doctor, and someone you trust can appeal for you."))
    if c.letter_kind != "payment_denial" and "notice.expedited_review" not in c.defects:
        out.append(w.p("Need an answer fast? If waiting could put your health at serious risk, ask for an urgent appeal. We'll decide within 72 hours."))
    if c.ca_kk:
        out.append(w.p("You can also ask California's Department of Managed Health Care for an Independent Medical Review. Doctors who don't "
                       "work for us will look at your case, and it's free. Apply within six months of our decision; usually you appeal to us "
                       "first, but you don't have to wait in urgent cases."))
    elif "notice.external_review" not in c.defects:
        if p == "fehb":
            out.append(w.p("If we say no again on appeal, you can ask the U.S. Office of Personnel Management to review our decision. You'll "
                           "have 90 days from our appeal decision to write to OPM, Federal Employee Insurance Operations, 1900 E Street NW, "
                           "Washington, DC 20415."))
        elif p == "erisa_group":
            out.append(w.p("If your appeal is denied, you can ask for an external review by an independent organization within four months. "
                           "You also have the right to file a lawsuit under section 502(a) of ERISA after you finish the appeal process."))
        else:
            out.append(w.p("If your appeal is denied, an independent reviewer chosen through your state can look at your case. You'll have "
                           "four months after our appeal decision to ask, and there's no charge."))
    if p in ("commercial_hmo", "erisa_group") and "notice.consumer_assistance" not in c.defects:
        if p == "erisa_group":
            out.append(w.p("Questions about your ERISA rights? The Employee Benefits Security Administration can help: 1-866-444-3272."))
        else:
            name, ph = V.CONSUMER_ASSIST[c.state]
            out.append(w.p(f"Free help is also available from the {name} at {ph}."))
    out.append(w.p("We're happy to send you, free of charge, copies of everything we used in making this decision."))
    return out


# --- 1. fax-style prior-authorization response ------------------------------------------------------------------


def t_blind_fax(w: W):
    c = w.c
    _setup(w, ["dash", "slash", "dmon", "dash"])
    st = _style(w, ["courier", "helvetica", "courier"])
    st.size = min(st.size, 10.0)
    plan_entity, group = V.REGION_ENTITY[c.region]
    kind = c.letter_kind
    unit = w.pick(["Referral & Authorization Center", "Utilization Review Department", "Prior Authorization Unit"])
    clock = f"{w.rng.randint(7, 17):02d}:{w.rng.randint(0, 59):02d}"
    st.footer = ["Page {page} of {pages}" + "   CONFIDENTIAL - protected health information"]
    st.footer_align = "left"
    st.header = [f"Auth {c.ids['auth']} / Patient {M('MEMBER_NAME', c.member_name)}"]
    b: list[Block] = [
        w.p(f"{_dm(w, 'DATE_LETTER', c.letter)} {clock}   FROM: KP {unit}   FAX {c.phones['fax']}   P.1", size=7.5, space_before=0),
        w.p(f"Kaiser Permanente - {M('REGION', c.region)} - {unit}", bold=True, size=12, space_before=6),
        Block("rule"),
    ]
    to = f"Office of {w.prov()}" if c.provider else "Requesting provider's office"
    rows = [["TO:", to + " (cc: member by mail)"],
            ["FROM:", f"{unit}, {group}"],
            ["RE:", "Prior authorization determination" + (" - URGENT / EXPEDITED REVIEW" if c.urgency == "expedited" else "")],
            ["PAGES:", "@@"]]
    b.append(Block("table", rows=rows, header_row=False, space_before=6))
    status = {"initial_denial": "NOT CERTIFIED", "partial_denial": "PARTIALLY CERTIFIED",
              "delay_notice": "PENDED - REVIEW TIME EXTENDED"}[kind]
    b.append(w.p(f"AUTHORIZATION STATUS: {status}", bold=True, size=12.5, boxed=True, space_before=10))
    b.append(w.p(f"Authorization no. {c.ids['auth']}    Case reference {c.ids['ref']}", space_before=4))
    f1 = [["Patient:", w.name()], ["Subscriber ID:", w.mid()], ["Coverage:", _plan_words(w)]]
    if c.received:
        f1.append(["Date of request:", _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        f1.append(["Date of determination:", _dm(w, "DATE_DECISION", c.decision)])
    f1.append(["Review type:", "Urgent (expedited)" if c.urgency == "expedited" else "Standard pre-service"])
    b.append(Block("table", rows=f1, header_row=False, space_before=6))
    b.append(w.p("Requested services", bold=True, space_before=8, keep_with_next=True))
    res = {"approved": "Certified", "denied": "Pending" if kind == "delay_notice" else "Not certified"}
    for i, s in enumerate(c.services, 1):
        code = " / ".join(f"{code_label(x)} {w.code(x)}" for x in s["codes"]) or "no code"
        b.append(w.p(f"Line {i} — {code} — {w.svc(s)} — {res[s['decision']]}", indent=12, space_before=2))
    if c.diagnoses:
        b.append(w.p(f"Diagnosis: {_dx_text(w)}", space_before=6))
    if kind == "delay_notice":
        b.append(w.p("Reason for extension", bold=True, space_before=10, keep_with_next=True))
        b.append(w.p(M("REASON", w.reason)))
        if "notice.delay_requirements" not in c.defects:
            exp = c.extra["expected"]
            b.append(w.p(f"Please fax the missing information to {c.phones['fax']}. A determination will be issued no later than {bdate(exp, 'mdy')}, "
                         "whether or not the information arrives."))
        b.append(w.p("The member may file a grievance about this extension, including an urgent grievance by telephone if waiting could harm their health."))
        if c.plan_type == "medi_cal":
            b.append(w.p("Medi-Cal: if no decision is issued by that date, the member may treat the request as denied and appeal to the plan; "
                         "after the plan appeal the member may ask the California Department of Social Services for a State Hearing "
                         "(1-800-743-8525, TTY 1-800-952-8349) or the DMHC for an Independent Medical Review."))
    else:
        b.append(w.p("Clinical rationale", bold=True, space_before=10, keep_with_next=True))
        parts = [M("REASON", w.reason)] + [t for t in (_criteria_text(w), _provision_text(w), _innet_text(w)) if t] + _extras(w)
        b.append(w.p(" ".join(parts)))
        b += _terminal(w)
    if c.reviewer:
        nm, md = _reviewer_line(w)
        lab = "Reviewed by (Physician Advisor):" if md else f"Reviewed by ({c.reviewer_title}):"
        t = f"{lab} {nm}"
        if c.reviewer["specialty"]:
            t += f", board certified in {M('REVIEWER_SPECIALTY', c.reviewer['specialty'])}"
        if c.reviewer["phone"]:
            t += f". Peer-to-peer line: {M('REVIEWER_PHONE', c.reviewer['phone'])}"
        b.append(w.p(t + ".", space_before=8))
    if kind != "delay_notice":
        b.append(w.p("MEMBER RIGHTS (a copy of this notice has been mailed to the member)", bold=True, space_before=12, keep_with_next=True))
        for t in _rights_fax(w):
            b.append(w.p("* " + t, indent=8, space_before=3))
    b.append(w.small("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential. "
                     "If you received it in error, notify the sender at the number above and destroy all copies.", space_before=12))
    b += _fine(w, boxed=False)
    # fill in the page count printed in the PAGES line
    n = len(_layout([_fill_pages(x, "9") for x in b], st))
    b = [_fill_pages(x, str(n)) for x in b]
    return b, st, "fax_auth"


def _fill_pages(b: Block, n: str) -> Block:
    if b.kind == "table" and any(r[1] == "@@" for r in b.rows):
        from dataclasses import replace

        return replace(b, rows=[[r[0], f"{n} (including this page)" if r[1] == "@@" else r[1]] for r in b.rows])
    return b


# --- 2. warm member letter ------------------------------------------------------------------------------------------


def t_blind_benefit(w: W):
    c = w.c
    _setup(w, ["weekday", "weekday", "dash", "mdy"])
    st = _style(w, ["helvetica", "times"])
    kind = c.letter_kind
    idlab = "Member number"
    st.footer = [w.pick(["{page}/{pages}", "Page {page}"])]
    st.header = [f"{idlab} {M('MEMBER_ID', c.member_id)}"]
    b: list[Block] = [
        w.p("KAISER PERMANENTE", bold=True, size=13, space_before=0),
        w.p(f"Member Services - {M('REGION', c.region)} - {c.phones['ms']}", size=8.5, space_before=0),
        w.p(_dm(w, "DATE_LETTER", c.letter), space_before=16),
        w.p(w.name(), space_before=12),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    facts = [f"{idlab}: {w.mid()}", f"Plan: {_plan_words(w)}"]
    facts.append(f"Claim number: {c.ids['claim']}" if kind == "payment_denial" else f"Reference: {c.ids['ref']}")
    b.append(w.p("   ".join(facts[:1]), space_before=12))
    b += [w.p(x, space_before=0) for x in facts[1:]]
    sal = M("MEMBER_NAME", c.member_name) if c.member_salute == c.member_name else c.member_salute
    b.append(w.p(f"Dear {sal},", space_before=12))
    svcs = join_and([w.svc_with_codes(s, 0) for s in c.services])
    prov = w.prov()
    if kind == "payment_denial":
        open_ = f"Thank you for contacting us about the bill{' from ' + prov if prov else ''} for {svcs}"
        if c.service:
            open_ += f", which you received on {_dm(w, 'DATE_SERVICE', c.service)}"
        open_ += "."
        if c.received:
            open_ += f" We received the claim on {_dm(w, 'DATE_RECEIVED', c.received)}."
    elif kind == "termination_notice":
        open_ = f"Thank you for contacting us about your ongoing {svcs}"
        if c.service:
            open_ += f", which you've been receiving since {_dm(w, 'DATE_SERVICE', c.service)}"
        open_ += "."
        if c.received:
            open_ += f" We got the latest update{' from ' + prov if prov else ''} on {_dm(w, 'DATE_RECEIVED', c.received)}."
    else:
        open_ = f"Thank you for contacting us about {svcs}."
        if c.received:
            open_ += f" Your request{', sent by ' + prov + ',' if prov else ''} arrived on {_dm(w, 'DATE_RECEIVED', c.received)}"
            open_ += ", and we know how much you've been waiting to hear back." if w.chance(0.5) else "."
        elif prov:
            open_ += f" The request came from {prov}."
    b.append(w.p(open_ + " " + w.pick(["We appreciate your patience while we looked into it.", "We know this matters to you, and we took the time to look at everything carefully."])))
    if c.urgency == "expedited":
        b.append(w.p("Because your doctor told us this was urgent, we handled it as an expedited (fast) review."))
    verdict = {
        "initial_denial": f"After careful review, we're unable to approve {_svc_text(c)}.",
        "termination_notice": f"After careful review, we're unable to keep covering {_svc_text(c)}. Coverage will end on {bdate(D.add_business(c.letter, 5), c.extra['blind_fmt'])}.",
        "payment_denial": "After careful review, we're unable to pay this claim.",
    }[kind]
    if c.decision:
        verdict += f" We made this decision on {_dm(w, 'DATE_DECISION', c.decision)}."
    b.append(w.p(verdict))
    b.append(w.p("Here's why:", bold=True, space_before=8, keep_with_next=True))
    bullets = [M("REASON", w.reason)]
    if c.diagnoses:
        bullets.append(f"The diagnosis we were given: {_dx_text(w)}.")
    bullets += [t for t in (_criteria_text(w), _provision_text(w), _innet_text(w)) if t]
    bullets += _extras(w)
    mark = w.pick(["-", "o", "*"])  # a real bullet glyph does not read back from the standard PDF fonts
    for t in bullets:
        b.append(w.p(f"{mark} " + t, indent=14, space_before=3))
    b += _terminal(w)
    if kind == "payment_denial" and "notice.claim_identification" not in c.defects:
        tot = c.money.get("total", 0.0)
        b.append(w.p(f"The amount billed was ${tot:,.2f}. If you'd like the diagnosis and treatment codes for this claim and what they mean, just ask - it's free, and asking doesn't count as an appeal."))
    if c.reviewer:
        nm, md = _reviewer_line(w)
        if md:
            t = f"Our Medical Director, Dr. {nm}, a specialist in {M('REVIEWER_SPECIALTY', c.reviewer['specialty'])}, looked at your case personally."
        else:
            t = f"This review was completed by our {c.reviewer_title.lower()}, {nm}."
        if c.reviewer["phone"]:
            t += f" Your doctor is welcome to call {M('REVIEWER_PHONE', c.reviewer['phone'])} to talk it over."
        b.append(w.p(t, space_before=8))
    b += _rights_warm(w)
    b.append(w.p(w.pick(["We're here to help. Thank you for being a Kaiser Permanente member.", "If anything here is unclear, please call us - we're glad to walk you through it."]), space_before=10))
    b.append(w.p(w.pick(["Warm regards,", "With care,", "Kind regards,"]), space_before=10))
    b.append(w.p("Your Member Services Team", space_before=14))
    b.append(w.p(V.REGION_ENTITY[c.region][0], space_before=0))
    b += _fine(w, boxed=True)
    return b, st, "benefit_letter"


# --- 3. English notice with a Spanish summary box ---------------------------------------------------------------


ES_KIND = {
    "initial_denial": "Kaiser Permanente no aprobó el servicio que se pidió para usted",
    "partial_denial": "Kaiser Permanente aprobó solo una parte de los servicios que se pidieron para usted",
    "termination_notice": "Kaiser Permanente dejará de cubrir un servicio que usted recibe ahora",
}


def t_blind_bilingual(w: W):
    c = w.c
    _setup(w, ["mdy", "slash", "weekday", "ymd"])
    st = _style(w, ["helvetica", "times"])
    p, kind = c.plan_type, c.letter_kind
    idlab = {"medi_cal": w.pick(["Medi-Cal ID", "Member ID"]), "medicaid": w.pick(["Medicaid number", "Member ID"]),
             "medicare_advantage": w.pick(["Medicare plan ID", "Member ID"])}[p]
    st.header = [f"{M('MEMBER_NAME', c.member_name)} - {idlab} {M('MEMBER_ID', c.member_id)} - Notice {c.ids['ref']}"]
    st.footer = ["{page} | " + c.ids["form"]]
    b: list[Block] = []
    if "notice.language_assistance" not in c.defects:
        es = f"Resumen en español: {ES_KIND[kind]}."
        if c.urgency == "expedited":
            es += " Esta es una decisión rápida (acelerada)."
        es += (f" Si no está de acuerdo, puede apelar dentro de {c.appeal_days} días a partir de la fecha de este aviso."
               f" Para recibir esta carta completa en español sin costo, llame al {c.phones['ms']} (TTY {c.phones['tty']}).")
        b.append(w.p(es, boxed=True, size=9, space_before=0))
    b += [
        w.p(f"Kaiser Permanente - {M('REGION', c.region)}", bold=True, size=11.5, space_before=10),
        w.p(f"{_plan_words(w)} | {c.phones['ms']} (TTY {c.phones['tty']})", size=8.5, space_before=0),
    ]
    title = {"initial_denial": "NOTICE: WE DENIED A REQUEST FOR CARE", "partial_denial": "NOTICE: WE APPROVED PART OF A REQUEST FOR CARE",
             "termination_notice": "NOTICE: A SERVICE YOU RECEIVE IS ENDING"}[kind]
    b.append(w.p(title, bold=True, size=13, space_before=12))
    if c.urgency == "expedited":
        b.append(w.p("EXPEDITED DECISION - made within 72 hours because a doctor said waiting could harm your health", bold=True, size=9.5, space_before=2))
    b.append(w.p(f"Notice date: {_dm(w, 'DATE_LETTER', c.letter)}", space_before=8))
    b.append(w.p(f"To: {w.name()}", space_before=2))
    b += [w.p(x, space_before=0, indent=18) for x in c.member_addr]
    b.append(w.p(f"{idlab}: {w.mid()}", space_before=4))
    n = 0

    def para(text: str) -> Block:
        nonlocal n
        n += 1
        return w.p(f"{n}. {text}", space_before=5)

    def head(t: str) -> Block:
        return w.p(t, bold=True, size=11.5, space_before=12, keep_with_next=True)

    b.append(head("DECISION"))
    svcs = join_and([w.svc_with_codes(s, 1) for s in c.services])
    when = f"On {_dm(w, 'DATE_DECISION', c.decision)}, " if c.decision else ""
    if kind == "partial_denial":
        ok = join_and([w.svc_with_codes(s, 1) for s in c.services if s["decision"] == "approved"])
        no = join_and([w.svc_with_codes(s, 1) for s in c.services if s["decision"] != "approved"])
    dec = {
        "initial_denial": f"{when}{'w' if when else 'W'}e denied the request for {svcs}.",
        "partial_denial": f"{when}{'w' if when else 'W'}e approved {ok if kind == 'partial_denial' else ''} but denied {no if kind == 'partial_denial' else ''}.",
        "termination_notice": f"{when}{'w' if when else 'W'}e decided to stop covering {svcs}.",
    }[kind]
    b.append(para(dec))
    if kind == "termination_notice":
        end = D.add_business(c.letter, 10 if p in ("medi_cal", "medicaid") else 2)
        t = f"The last covered day is {bdate(end, c.extra['blind_fmt'])}."
        if c.service:
            t += f" You have been receiving this care since {_dm(w, 'DATE_SERVICE', c.service)}."
        b.append(para(t))
    if c.received or c.provider:
        t = "The request"
        if c.provider:
            t += f" came from {w.prov()}"
        if c.received:
            t += f"{' and' if c.provider else ''} was received on {_dm(w, 'DATE_RECEIVED', c.received)}"
        b.append(para(t + "."))
    b.append(head("WHY"))
    b.append(para(M("REASON", w.reason)))
    more = [t for t in (_criteria_text(w), _provision_text(w), _innet_text(w)) if t] + _extras(w)
    if c.diagnoses:
        more.insert(0, f"Diagnosis on the request: {_dx_text(w)}.")
    if more:
        b.append(para(" ".join(more)))
    b += _terminal(w)
    if c.reviewer:
        nm, md = _reviewer_line(w)
        t = f"{'A doctor' if md else 'A reviewer'} made this decision: {nm}, {c.reviewer_title}"
        if c.reviewer["specialty"]:
            t += f" ({M('REVIEWER_SPECIALTY', c.reviewer['specialty'])})"
        if c.reviewer["phone"]:
            t += f". Your doctor can reach this reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}"
        b.append(para(t + "."))
    b.append(head("YOUR RIGHTS"))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    what = "ask us for a reconsideration (an appeal)" if p == "medicare_advantage" else "file an appeal with us"
    b.append(para(f"You can {what} within {days} from the date of this notice. Call {c.phones['ms']} (TTY {c.phones['tty']}) or mail your "
                  f"appeal to {addr}. A family member, friend, lawyer or your doctor can do this for you."))
    if not ("notice.expedited_review" in c.defects and p != "medi_cal"):
        b.append(para("If waiting the normal time could seriously harm your health, ask for a fast (expedited) appeal. We will answer within 72 hours."))
    if p in ("medi_cal", "medicaid") and "notice.continuation_of_benefits" not in c.defects:
        b.append(para("To keep getting a service that is being cut or stopped while your appeal is decided, appeal within 10 days of the date of "
                      "this notice, or before the change takes effect, and say you want the service to continue. If you lose, you may be "
                      "asked to pay for services received during the appeal."))
    if p == "medi_cal":
        b.append(para("STATE HEARING. If we deny your appeal, or do not decide it on time, you can ask the California Department of Social "
                      "Services for a State Hearing within 120 days of our appeal letter. Call 1-800-743-8525 (TTY 1-800-952-8349) or write "
                      "to State Hearings Division, P.O. Box 944243, MS 09-17-433, Sacramento, CA 94244-2430. It is free."))
        b.append(para("INDEPENDENT MEDICAL REVIEW (IMR). After our appeal decision you can also ask the Department of Managed Health Care for "
                      "an IMR by doctors who do not work for Kaiser Permanente. It is free. If you have a State Hearing first, you cannot get "
                      "an IMR on the same issue. Need help? Medi-Cal Managed Care Ombudsman, 1-888-452-8609."))
    elif p == "medicaid" and "notice.external_review" not in c.defects:
        prog, who = STATE_MEDICAID[c.state]
        b.append(para(f"STATE FAIR HEARING. If our appeal decision does not go your way, you can ask {who} for a fair hearing under "
                      f"{prog} within 120 days of our appeal decision. You can bring a lawyer, relative or friend to help you."))
    elif p == "medicare_advantage":
        if "notice.external_review" not in c.defects:
            b.append(para("INDEPENDENT REVIEW. If we do not decide your appeal fully in your favor, we must send it to the Independent "
                          "Review Entity, a Medicare contractor that is not part of Kaiser Permanente. You do not need to do anything for this "
                          "to happen. After that you may have more appeal levels, including an Administrative Law Judge."))
        if kind == "termination_notice":
            b.append(para("If your skilled nursing, home health or outpatient rehabilitation services are ending, you can ask your state's "
                          "Quality Improvement Organization for a fast review; call it no later than noon of the day before the services end."))
        b.append(para("Medicare can answer questions about your rights: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048."))
    b.append(para("You can get free copies of your case file, the medical records we used, and the guidelines we followed."))
    b.append(w.p(f"Kaiser Permanente, {V.REGION_ENTITY[c.region][0]}", space_before=12))
    b += _fine(w, boxed=True)
    return b, st, "bilingual_notice"


BLIND_TEMPLATES: dict[str, tuple] = {
    "blind_fax_auth": (t_blind_fax, dict(plans=["commercial_hmo"] + ["medi_cal"] * 2,
                                         kinds=["initial_denial", "initial_denial", "partial_denial", "delay_notice"],
                                         states=["CA"] * 3 + ["CO", "GA", "MD", "WA", "HI", "VA"], reason=reason_blind)),
    "blind_benefit_letter": (t_blind_benefit, dict(plans=["commercial_hmo", "erisa_group", "fehb"],
                                                   kinds=["initial_denial", "termination_notice", "payment_denial"],
                                                   reason=reason_blind)),
    "blind_bilingual_notice": (t_blind_bilingual, dict(plans=["medi_cal"] * 12 + ["medicaid", "medicare_advantage"],
                                                       kinds=["initial_denial", "partial_denial", "termination_notice"],
                                                       reason=reason_blind)),
}
MODELED_ON = {
    "blind_fax_auth": "blind: fax-style prior-authorization response to the provider's office (TO/FROM/RE/PAGES, status box, service lines)",
    "blind_benefit_letter": "blind: warm customer-service member letter with the decision mid-letter and a 'Here's why' bullet list",
    "blind_bilingual_notice": "blind: English notice with a Spanish summary box, ALL CAPS headings and numbered paragraphs",
}
