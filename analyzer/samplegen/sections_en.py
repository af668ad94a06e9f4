"""English letter sections. Every sentence has several paraphrases; the case decides which elements appear.

All wording here was written for this generator. Legal facts (phone numbers, time limits) come from
../shared/domain/rules.md sections 1, 6 and 8.
"""

from __future__ import annotations

from . import vocab as V
from .layout import Block
from .markup import M
from .writer import W, join_and

DMHC_PHONE, DMHC_TDD, DMHC_WEB = "1-888-466-2219", "1-877-688-9891", "www.dmhc.ca.gov"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- the reason ------------------------------------------------------------------------------------


def reason_text(w: W) -> str:
    """The plain denial reason (stored as truth, and marked REASON where printed)."""
    c, s = w.c, w.c.scenario
    den = c.denied_services()
    svc = join_and([x["text"] for x in den]) if den else c.services[0]["text"]
    svc_l = svc[:1].lower() + svc[1:] if not svc[:2].isupper() else svc
    cat = c.category
    if "notice.reason_specific" in c.defects:
        return w.pick(
            [
                "The requested service does not meet our criteria and is not medically necessary."
                if cat == "medical_necessity"
                else "This service is not covered.",
                "This request was denied because it is not medically necessary."
                if cat == "medical_necessity"
                else "The service is excluded under your plan.",
                "Medical necessity was not established."
                if cat == "medical_necessity"
                else "The request is for a non-covered service.",
            ]
        )
    if cat == "medical_necessity":
        fact = w.pick(
            s.get("mn") or ["the clinical information sent to us does not show that this level of care is needed now"]
        )
        if c.letter_kind == "partial_denial":
            ok = [x["text"] for x in c.services if x["decision"] == "approved"]
            return w.pick(
                [
                    f"We approved {join_and(ok)}, but we denied {svc_l} because {fact}.",
                    f"Your request was partly approved. {cap(svc_l)} was denied as not medically necessary because {fact}.",
                    f"We changed your doctor's request: {join_and(ok)} is approved; {svc_l} is not approved because {fact}.",
                ]
            )
        if c.letter_kind == "termination_notice":
            return w.pick(
                [
                    f"Coverage for {svc_l} will stop because {fact}.",
                    f"We have decided that continued {svc_l} is no longer medically necessary: {fact}.",
                    f"Your {svc_l} will end because {fact}, so continued care at this level is not medically necessary.",
                ]
            )
        return w.pick(
            [
                f"{cap(svc_l)} is not medically necessary for you because {fact}.",
                f"We denied {svc_l} because it is not medically necessary at this time: {fact}.",
                f"Based on the records we reviewed, {svc_l} does not meet medical necessity requirements. Specifically, {fact}.",
                f"The request for {svc_l} was not approved. {cap(fact)}, so the service is not medically necessary for you now.",
                f"After review of your medical records, we found that {fact}. For this reason {svc_l} is not medically necessary.",
                f"Kaiser Permanente is unable to approve {svc_l}. The information we received shows that {fact}; the service does not meet the criteria for medical necessity.",
                f"{cap(svc_l)} was denied. A Plan physician reviewed the records and determined that {fact}."
                if "process.reviewer_not_physician" not in c.defects
                else f"{cap(svc_l)} was denied. The records show that {fact}.",
                f"The requested {svc_l} is not authorized because {fact}. Without this, the service is not considered medically necessary.",
                f"We are denying {svc_l}. Medical necessity has not been shown: {fact}.",
            ]
        )
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp"))
        return w.pick(
            [
                f"{cap(svc_l)} is considered experimental or investigational for your condition because {fact}.",
                f"We cannot approve {svc_l} because it is investigational for your diagnosis: {fact}.",
                f"Your plan does not cover experimental or investigational services. {cap(fact)}, so {svc_l} is investigational for you.",
            f"The request for {svc_l} is denied as experimental/investigational: {fact}.",
            f"Kaiser Permanente considers {svc_l} investigational for your condition. {cap(fact)}.",
            ]
        )
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or [f"{svc_l} is not a covered benefit under your plan"])
        return w.pick(
            [
                f"{cap(svc_l)} is not covered because {fact}.",
                f"We denied coverage for {svc_l}: {fact}.",
                f"Your plan does not cover {svc_l}. {cap(fact)}.",
            f"The service you asked for, {svc_l}, is excluded from coverage: {fact}.",
            f"We are unable to cover {svc_l} because {fact}.",
            ]
        )
    if cat == "out_of_network":
        where = c.outside
        return w.pick(
            [
                f"{cap(svc_l)} from {where} is not approved because {where} is not a Kaiser Permanente Plan Provider and this care is available from Plan Providers.",
                f"We denied the referral to {where}, which is outside our network, because the services you need can be provided by Plan Physicians.",
                f"Your request to receive {svc_l} at {where}, a non-Plan Provider, was denied because the same services are available within Kaiser Permanente.",
            f"{where} is out of network. Because {svc_l} can be provided by Kaiser Permanente physicians, the referral is not approved.",
            ]
        )
    if cat == "no_prior_authorization":
        if c.letter_kind == "payment_denial":
            where = c.provider or "a non-Plan provider"
            extra = " at the emergency department" if s.get("key", "").startswith("er_") else ""
            return w.pick(
                [
                    f"We did not pay this claim because the services you received{extra} from {where} were not authorized in advance by Kaiser Permanente, as your plan requires.",
                    f"Payment is denied: no prior authorization was on file for the services on {c.d(c.service)}, and your plan requires approval before you receive care from {where}.",
                    f"These services were received without prior authorization. Your coverage requires a referral and authorization before you get care from {where}.",
                ]
            )
        if "medicare.transition_period" in c.defects:
            return f"Your doctor did not get prior authorization before continuing {svc_l}, and Senior Advantage requires prior authorization for this drug."
        return w.pick(
            [
                f"The request for {svc_l} was received after the service was scheduled without the referral your plan requires, so it cannot be approved.",
                f"{cap(svc_l)} requires a referral and prior authorization from a Plan Physician, and none was obtained.",
                f"We did not receive a referral from your primary care physician for {svc_l}, which your plan requires before this service.",
                f"Prior authorization is required for {svc_l}. The request did not come from a Plan Physician, so it cannot be approved as submitted.",
            ]
        )
    if cat == "administrative":
        if c.letter_kind == "delay_notice":
            return w.pick(
                [
                    f"We need more information from your doctor before we can decide on {svc_l}.",
                    f"We cannot make a decision about {svc_l} yet because we have not received the medical records we asked for.",
                    f"We are taking extra time to decide on {svc_l} because we are still waiting for information needed to review it.",
                ]
            )
        if "process.retro_denial_of_authorized" in c.defects:
            return w.pick(
                [
                    f"Upon further review, your eligibility for this service could not be confirmed on the date of service, so the claim for {svc_l} is denied.",
                    f"The authorization for {svc_l} was issued in error, and the claim is denied after a later review.",
                ]
            )
        return w.pick(
            [
                "The claim was received more than 90 days after the date of service, which is past the filing limit in your plan.",
                f"Our records show your coverage ended before the date of service, so the claim for {svc_l} cannot be paid.",
                "This claim duplicates a claim we already processed for the same services and date.",
            ]
        )
    if cat == "second_opinion":
        cond = s.get("condition", "condition")
        if "second_opinion.eligible_denied" in c.defects:
            return w.pick(
                [
                    f"A second opinion is not needed because your Kaiser Permanente surgeon's opinion is sufficient and follows our treatment guidelines for {cond}.",
                    f"Your request for a second opinion at {c.outside} is denied. Your treating physician's opinion is sufficient, and another physician would reach the same conclusion.",
                    f"We do not approve second opinions when the first physician's recommendation agrees with our clinical guidelines, as it does for your {cond}.",
                ]
            )
        return w.pick(
            [
                f"We cannot approve a second opinion at {c.outside} because it is outside our network and a qualified Plan specialist in {c.innet['specialty']} is available to give you a second opinion about your {cond}.",
                f"Your request for an outside second opinion from {c.outside} is denied because an appropriately qualified Plan Provider of the same specialty can see you for a second opinion.",
                f"A second opinion about your {cond} is approved, but not at {c.outside}: it will be given by a Plan specialist in {c.innet['specialty']} who has expertise in your condition.",
                f"We denied the referral to {c.outside} for a second opinion because Plan specialists in {c.innet['specialty']} with experience treating {cond} are available to see you.",
            ]
        )
    raise ValueError(cat)


def reason_par(w: W) -> list[Block]:
    c = w.c
    lead = w.pick(["", "Reason for our decision: ", "Why we made this decision: ", "", "Explanation: "])
    blocks = []
    if lead and w.chance(0.5):
        blocks.append(w.h(lead.strip().rstrip(":"), space_before=8))
        lead = ""
    text = lead + M("REASON", w.reason)
    if (
        c.category in ("medical_necessity", "experimental_investigational")
        and c.diagnoses
        and w.chance(0.6)
        and "notice.reason_specific" not in c.defects
    ):
        text += (
            " "
            + w.pick(
                ["Your diagnosis on the request was ", "The diagnosis given by your doctor is ", "Diagnosis reviewed: "]
            )
            + join_and([w.dx(d) for d in c.diagnoses])
            + "."
        )
    blocks.append(w.p(text))
    return blocks


# --- the request ------------------------------------------------------------------------------------


def _qty(w: W, s: dict) -> str:
    import re

    m = re.search(r"(\d+) (visits|sessions|days|units)", s["text"])
    return m.group(1) if m else str(w.pick([1, 1, 1, 2]) if not s["codes"] or s["codes"][0][0] in "AEKLV" else 1)


def services_table(w: W, *, compact: bool = False) -> Block:
    c = w.c
    decision_word = {
        "denied": w.pick(["Denied", "Not approved", "Denied", "Not Authorized"]),
        "approved": w.pick(["Approved", "Approved", "Authorized"]),
    }
    style = w.rng.randrange(4)
    rows = []
    if style == 0:
        rows.append(["Code", "Service requested", "Decision"])
        for s in c.services:
            rows.append([", ".join(w.code(x) for x in s["codes"]) or "-", w.svc(s), decision_word[s["decision"]]])
    elif style == 1:
        rows.append(["Requested service", "CPT/HCPCS", "Qty", "Status"])
        for s in c.services:
            rows.append(
                [
                    w.svc(s),
                    ", ".join(w.code(x) for x in s["codes"]),
                    _qty(w, s),
                    decision_word[s["decision"]],
                ]
            )
    elif style == 2:
        rows.append(["Line", "Procedure", "Description", "Determination"])
        for i, s in enumerate(c.services, 1):
            rows.append(
                [str(i), ", ".join(w.code(x) for x in s["codes"]) or "n/a", w.svc(s), decision_word[s["decision"]]]
            )
    else:
        rows.append(["Service", "Code(s)", "Decision"])
        for s in c.services:
            rows.append([w.svc(s), ", ".join(w.code(x) for x in s["codes"]) or "none", decision_word[s["decision"]]])
    return Block("table", rows=rows)


def services_prose(w: W) -> str:
    c = w.c
    return join_and([w.svc_with_codes(s) for s in c.services])


def diagnosis_line(w: W) -> list[Block]:
    c = w.c
    if not c.diagnoses or w.chance(0.15):
        return []
    if w.chance(0.3) and len(c.diagnoses) > 0:
        rows = [[w.pick(["ICD-10-CM", "Diagnosis code", "ICD-10"]), "Description"]]
        for d in c.diagnoses:
            rows.append([", ".join(M("ICD10", x) for x in d["codes"]), M("DIAGNOSIS", d["text"])])
        return [Block("table", rows=rows)]
    lab = w.pick(["Diagnosis", "Diagnosis:", "Diagnoses", "Diagnosis code(s)", "Condition"])
    return [w.p(f"{lab.rstrip(':')}: " + "; ".join(w.dx(d) for d in c.diagnoses))]


def request_par(w: W) -> Block:
    c = w.c
    who = w.prov() if c.provider else w.pick(["you", "You"])
    rcv = w.date("DATE_RECEIVED", c.received)
    svc = services_prose(w)
    if c.letter_kind == "grievance_decision":
        opts = [
            f"We received your appeal on {rcv} about the denial of {svc}."
            if rcv
            else f"This letter answers your appeal about the denial of {svc}.",
            f"On {rcv}, we received your grievance asking us to reconsider our decision on {svc}."
            if rcv
            else f"You asked us to reconsider our decision on {svc}.",
        ]
        t = w.pick(opts)
        if c.provider:
            t += f" The service was first requested by {w.prov()}."
        return w.p(t)
    if c.letter_kind == "payment_denial":
        sd = w.date("DATE_SERVICE", c.service)
        t = w.pick(
            [
                f"We received a claim on {rcv} for services you received on {sd}.",
                f"This letter is about the claim we received on {rcv} for care on {sd}.",
                f"On {rcv} we received a bill for services provided on {sd}.",
            ]
        )
        if c.provider:
            t += w.pick([f" The claim was sent by {w.prov()}.", f" The provider who billed us is {w.prov()}."])
        if "notice.claim_identification" not in c.defects:
            t += w.pick(
                [f" The amount billed was ${c.money['total']:,.2f}.", f" Total charges: ${c.money['total']:,.2f}."]
            )
        return w.p(t)
    if c.letter_kind == "second_opinion_denial":
        asker = f"{w.prov()} asked" if c.provider else "you asked"
        t = (
            f"On {rcv}, {asker} for a second opinion from {c.outside} about {svc}."
            if rcv
            else f"{cap(asker)} for a second opinion from {c.outside} about {svc}."
        )
        return w.p(t)
    if c.letter_kind == "termination_notice":
        sd = w.date("DATE_SERVICE", c.service)
        return w.p(
            w.pick(
                [
                    f"You have been receiving {svc} since {sd}.",
                    f"Your {svc} started on {sd}, and we reviewed whether it is still needed.",
                ]
            )
            + (f" We received the most recent review request on {rcv}." if rcv else "")
        )
    if rcv:
        t = w.pick(
            [
                f"On {rcv}, we received a request from {who} for {svc}.",
                f"We received a request for {svc} from {who} on {rcv}.",
                f"{cap(who) if who in ('you', 'You') else who} asked us on {rcv} to approve {svc}.",
            ]
        )
    else:
        t = f"We reviewed a request from {who} for {svc}."
    if c.extra.get("planned") and w.chance(0.7):
        t += f" The procedure was scheduled for {c.d(c.extra['planned'])}."
    return w.p(t)


def decision_par(w: W) -> Block | None:
    c = w.c
    if not c.decision:
        return None
    dd = w.date("DATE_DECISION", c.decision)
    if c.letter_kind == "grievance_decision":
        t = w.pick(
            [
                f"On {dd}, we decided to uphold our original decision.",
                f"After a full review, we made our decision on {dd}: the denial is upheld.",
                f"Decision date: {dd}. Our original decision stands.",
            ]
        )
    elif c.letter_kind == "partial_denial":
        t = w.pick(
            [
                f"On {dd}, we approved part of the request and denied part of it.",
                f"Decision date: {dd}. The request is partly approved.",
            ]
        )
    else:
        t = w.pick(
            [
                f"We made our decision on {dd}.",
                f"Decision date: {dd}",
                f"On {dd}, a Plan physician reviewed the request and we denied it."
                if "process.reviewer_not_physician" not in c.defects
                else f"On {dd}, we reviewed the request and denied it.",
                f"This decision was made on {dd}.",
            ]
        )
    return w.p(t)


# --- criteria, provisions, reviewer ------------------------------------------------------------------


def criteria_par(w: W) -> list[Block]:
    c = w.c
    if not c.criteria:
        return []
    cs = join_and([w.crit(x) for x in c.criteria])
    t = w.pick(
        [
            f"We based this decision on {cs}.",
            f"The reviewer applied {cs}.",
            f"Criteria used: {cs}.",
            f"Our decision followed {cs}.",
            f"This request was reviewed using {cs}.",
        ]
    )
    if c.plan_type in ("erisa_group", "commercial_hmo", "fehb", "medicaid", "medi_cal") and w.chance(0.7):
        t += " " + w.pick(
            [
                "You may ask for a free copy of these criteria.",
                "A copy of the criteria is available free of charge on request.",
                "We will send you the guideline we used at no cost if you ask.",
            ]
        )
    return [w.p(t)]


def provision_par(w: W) -> list[Block]:
    c = w.c
    if c.plan_type == "medicare_advantage" or c.category in ("medical_necessity", "second_opinion"):
        return []
    if "notice.plan_provision" in c.defects:
        return []
    fill = dict(year=c.extra["year"], page=c.extra["page"], sec=c.extra["sec"], employer=c.extra["employer"])
    pool = {
        "erisa_group": V.EOC_SECTIONS_ERISA,
        "fehb": V.EOC_SECTIONS_FEHB,
        "medi_cal": V.EOC_SECTIONS_MEDI,
        "medicaid": V.EOC_SECTIONS_MEDICAID,
    }.get(c.plan_type, V.EOC_SECTIONS)
    ref = w.pick(pool).format(**fill)
    return [
        w.p(
            w.pick(
                [
                    f"This decision is based on {M('PLAN_PROVISION', ref)}.",
                    f"Please see {M('PLAN_PROVISION', ref)}.",
                    f"The plan terms that apply are in {M('PLAN_PROVISION', ref)}.",
                ]
            )
        )
    ]


def reviewer_sentence(w: W) -> list[Block]:
    c = w.c
    r = c.reviewer
    if not r:
        return []
    nm = M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        nm += ", " + M("REVIEWER_CRED", r["credentials"])
    if r["specialty"]:
        t = w.pick(
            [
                f"This decision was made by {nm}, a physician board certified in {M('REVIEWER_SPECIALTY', r['specialty'])}.",
                f"The case was reviewed by {nm} ({M('REVIEWER_SPECIALTY', r['specialty'])}).",
                f"A physician reviewer, {nm}, specialty {M('REVIEWER_SPECIALTY', r['specialty'])}, reviewed your request.",
            ]
        )
    else:
        t = w.pick(
            [f"Your request was reviewed by {nm}, {c.reviewer_title}.", f"Reviewed by: {nm}, {c.reviewer_title}."]
        )
    if r["phone"]:
        t += " " + w.pick(
            [
                f"Your doctor may discuss this decision with the reviewer by calling {M('REVIEWER_PHONE', r['phone'])}.",
                f"Direct line: {M('REVIEWER_PHONE', r['phone'])}.",
                f"The reviewer can be reached at {M('REVIEWER_PHONE', r['phone'])}.",
            ]
        )
    return [w.p(t)]


def signature(w: W, closing: bool = True) -> list[Block]:
    c = w.c
    r = c.reviewer
    out = []
    if closing:
        out.append(w.p(w.pick(["Sincerely,", "Sincerely,", "Respectfully,", "Thank you,"]), space_before=10))
    if r:
        nm = M("REVIEWER_NAME", r["name"]) + (", " + M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "")
        out.append(w.p(w.pick(["", "", "Electronically signed by ", "/s/ "]) + nm, space_before=14))
        line2 = c.reviewer_title
        if r["specialty"]:
            line2 += w.pick([", ", " - ", "; "]) + M("REVIEWER_SPECIALTY", r["specialty"])
        out.append(w.p(line2, space_before=0))
        if r["phone"]:
            out.append(
                w.p(
                    w.pick(["Direct line: ", "Phone: ", "Tel. ", "Reviewer phone: "]) + M("REVIEWER_PHONE", r["phone"]),
                    space_before=0,
                )
            )
    else:
        out.append(
            w.p(
                w.pick(
                    [
                        "Utilization Management Department",
                        "Claims Administration",
                        "Member Services Appeals Unit",
                        "Regional Referral Center",
                        "Care Review Department",
                    ]
                ),
                space_before=14,
            )
        )
    return out


# --- rights ---------------------------------------------------------------------------------------------


def appeal_section(w: W) -> list[Block]:
    c = w.c
    if c.letter_kind == "grievance_decision":
        return []
    addr = V.GRIEVANCE_ADDR[c.region]
    if c.plan_type == "erisa_group":
        addr = [
            "Claims Administrator - Appeals",
            f"{c.extra['employer']} Health Plan",
            *V.GRIEVANCE_ADDR[c.region][-2:],
        ]
    word = {
        "medicare_advantage": "appeal (reconsideration)",
        "erisa_group": "appeal",
        "fehb": "reconsideration request",
    }.get(c.plan_type, "grievance or appeal")
    head = w.pick(
        [
            "How to appeal this decision",
            "Your right to appeal",
            "If you disagree with this decision",
            "Appeal rights",
            "What you can do next",
            "Grievance and appeal rights",
            "Asking us to reconsider",
        ]
    )
    days = M("APPEAL_DAYS", c.appeal_phrase) if c.appeal_phrase else ""
    start = w.pick(["of the date of this letter", "from the date of this notice", "after you receive this letter"])
    if c.plan_type == "medicare_advantage":
        start = w.pick(["from the date of this notice", "of the date of this letter"])
    t1 = (
        w.pick(
            [
                f"You have the right to file {'an' if word[0] in 'aeiou' else 'a'} {word}. You must ask within {days} {start}.",
                f"If you disagree, you or someone you name to act for you may file {'an' if word[0] in 'aeiou' else 'a'} {word} within {days} {start}.",
                f"You, your doctor or your representative can ask us to review this decision by filing {'an' if word[0] in 'aeiou' else 'a'} {word}. Please file within {days} {start}.",
                f"Deadline to file {'an' if word[0] in 'aeiou' else 'a'} {word}: {days} {start}.",
                f"We must receive your {word} within {days} {start}. Someone else, such as your doctor, a family member or a lawyer, may file it for you if you give written permission.",
            ]
        )
        if days
        else f"You have the right to file {'an' if word[0] in 'aeiou' else 'a'} {word}."
    )
    ch = [f"call Member Services at {c.phones['ms']} (TTY {c.phones['tty']})", f"write to us at {', '.join(addr)}"]
    if w.chance(0.7):
        ch.append("file online at kp.org")
    if w.chance(0.5):
        ch.append(f"fax your request to {c.phones['fax']}")
    if w.chance(0.3):
        ch.append("visit the Member Services office at any Kaiser Permanente facility")
    t2 = w.pick(["To file, ", "You can ", "How to file: "]) + join_and(ch, "or") + "."
    out = [w.h(head, space_before=10), w.p(t1), w.p(t2)]
    if w.chance(0.5):
        out.append(
            w.p(
                w.pick(
                    [
                        "Include your name, medical record number and any records or letters from your doctor that support your request.",
                        "Send any new information you want us to consider, such as letters from your doctor.",
                        "Tell us why you disagree and include any documents you want reviewed.",
                    ]
                )
            )
        )
    return out


def expedited_section(w: W) -> list[Block]:
    c = w.c
    if c.letter_kind == "payment_denial" or "notice.expedited_review" in c.defects:
        return []
    if c.plan_type == "erisa_group" and c.urgency != "expedited" and w.chance(0.5):
        return []
    if c.plan_type == "fehb" and w.chance(0.5):
        return []
    hours = "72 hours"
    t = w.pick(
        [
            f"If waiting for a standard decision could seriously harm your life, health or ability to regain maximum function, you or your doctor may ask for an expedited (fast) review. We will decide within {hours}.",
            f"Urgent cases: if your condition is an imminent and serious threat to your health, ask for an expedited appeal. Expedited appeals are decided within {hours} of our receipt.",
            f"You can ask for a fast appeal if your health could be in serious danger while you wait. If your doctor tells us it is urgent, we will give you a decision within {hours}.",
        ]
    )
    if c.ca_kk and w.chance(0.6):
        t += " " + w.pick(
            [
                "For urgent grievances you may also contact the Department of Managed Health Care right away, without waiting 30 days.",
                "In urgent cases you do not have to wait for our decision before contacting the DMHC.",
            ]
        )
    return [
        w.h(w.pick(["Expedited (fast) review", "Urgent appeals", "If your health is at serious risk", "Fast (expedited) decisions", "When you cannot wait"]), space_before=8),
        w.p(t),
    ]


def _next_step(w: W, t: str) -> str:
    """In a grievance decision the external-review window is the next step's deadline: mark it APPEAL_DAYS."""
    import re

    c = w.c
    if c.letter_kind != "grievance_decision" or not c.appeal_days:
        return t
    pat = {180: r"6 months|six months", 120: r"4 months|four months|120 days", 90: r"90 days"}.get(c.appeal_days)
    m = re.search(pat, t) if pat else None
    return t[: m.start()] + M("APPEAL_DAYS", m.group(0)) + t[m.end():] if m else t


def external_section(w: W) -> list[Block]:
    c = w.c
    if "notice.external_review" in c.defects:
        return []
    p = c.plan_type
    out = []
    if c.ca_kk:
        t = w.pick(
            [
                f"You may be able to ask the California Department of Managed Health Care for an Independent Medical Review (IMR). An IMR is free. Doctors who do not work for Kaiser Permanente decide whether the service is medically necessary or whether an experimental treatment should be covered. You must apply within {'6 months' if w.chance(0.5) else 'six months'} after our written decision.",
                "If the decision is about medical necessity, experimental or investigational treatment, or payment for emergency or urgently needed care, you can apply for an Independent Medical Review (IMR) through the DMHC. There is no cost to you. Apply within six months of our written decision; usually you must first complete our grievance process for 30 days, unless your case is urgent or involves an experimental treatment.",
            ]
        )
        out += [
            w.h(
                w.pick(
                    [
                        "Independent Medical Review",
                        "Independent Medical Review (IMR)",
                        "Review by the State of California",
                    ]
                )
            ),
            w.p(_next_step(w, t) if not (c.plan_type == "medi_cal" and c.ca_kk) else t),
        ]
        if p == "medi_cal":
            out += state_hearing(w)
        return out
    if p == "medicare_advantage":
        t = w.pick(
            [
                "If we decide against you on appeal, we will automatically send your case to an Independent Review Entity (IRE) that Medicare contracts with. If you disagree with the IRE, you may ask for a hearing with an Administrative Law Judge, and then further levels of appeal.",
                "If our reconsideration does not fully favor you, your case goes automatically to the Part C Independent Review Entity. Later levels include an Administrative Law Judge, the Medicare Appeals Council and federal court.",
            ]
        )
        return [w.h(w.pick(["What happens next", "Independent review"])), w.p(_next_step(w, t) if not (c.plan_type == "medi_cal" and c.ca_kk) else t)]
    if p == "erisa_group":
        t = w.pick(
            [
                f"After you finish the plan's internal appeal, you may ask for external review by an Independent Review Organization (IRO). You must request external review within {'four months' if w.chance(0.5) else '4 months'} after you receive the final internal decision. External review is free.",
                "If the final internal decision is still adverse, you can request an external review by an independent review organization within 4 months of receiving that decision. An expedited external review is available in urgent situations.",
            ]
        )
        t2 = w.pick(
            [
                "You also have the right to bring a civil action under Section 502(a) of the Employee Retirement Income Security Act (ERISA) after you have exhausted the plan's appeal process.",
                "You may have the right to file a lawsuit under ERISA Section 502(a) following an adverse benefit determination on review.",
            ]
        )
        return [w.h(w.pick(["External review", "Independent external review"])), w.p(_next_step(w, t) if not (c.plan_type == "medi_cal" and c.ca_kk) else t), w.p(t2)]
    if p == "fehb":
        t = w.pick(
            [
                "If we do not change our decision after you ask us to reconsider, you may ask the U.S. Office of Personnel Management (OPM) to review it. Write to OPM within 90 days of our reconsideration decision: U.S. Office of Personnel Management, Healthcare and Insurance, 1900 E Street NW, Washington, DC 20415.",
                "After our reconsideration, you may request review by OPM, which administers the Federal Employees Health Benefits (FEHB) Program, within 90 days of our decision. See Section 8 of your FEHB brochure.",
            ]
        )
        return [w.h("OPM review"), w.p(_next_step(w, t) if not (c.plan_type == "medi_cal" and c.ca_kk) else t)]
    if p == "medicaid":
        t = w.pick(
            [
                "If you still disagree after your appeal with us, you may ask for a State Fair Hearing. You must ask for the hearing within 120 days of the date of our appeal decision.",
                "After our appeal process, you have the right to a state fair hearing before an administrative law judge. Request it within 120 days from the date on our appeal decision notice.",
            ]
        )
        return [w.h(w.pick(["State Fair Hearing", "Your right to a fair hearing"])), w.p(_next_step(w, t) if not (c.plan_type == "medi_cal" and c.ca_kk) else t)]
    # commercial outside California
    t = w.pick(
        [
            "If our final internal decision is adverse, you may request an independent external review through the state. You must request it within four months after you receive our final decision. External review is free.",
            "You may ask for an external review by an Independent Review Organization assigned by the state insurance regulator within 4 months of our final appeal decision.",
        ]
    )
    return [w.h(w.pick(["External review", "Independent external review"])), w.p(_next_step(w, t) if not (c.plan_type == "medi_cal" and c.ca_kk) else t)]


def state_hearing(w: W) -> list[Block]:
    return [
        w.h(w.pick(["State Hearing", "Your right to a State Hearing"])),
        w.p(
            _next_step(w, w.pick(
                [
                    "You may ask for a State Hearing from the California Department of Social Services after you appeal with us and we uphold the decision, or if we do not decide your appeal within 30 days. You must ask within 120 days from the date of our appeal decision letter. Call 1-800-743-8525 (TDD 1-800-952-8349) or write to California Department of Social Services, State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430.",
                    "If you do not agree with our appeal decision, you can ask for a State Hearing within 120 days. Contact the CDSS State Hearings Division at 1-800-743-8525 (TDD 1-800-952-8349), or online. A State Hearing is free. If you ask for a State Hearing first, you cannot later ask for an IMR on the same issue.",
                ]
            ))
        ),
    ]


def dmhc_statement(w: W, boxed: bool = True) -> list[Block]:
    c = w.c
    if not c.ca_kk or "notice.dmhc_statement" in c.defects:
        return []
    ph = c.phones["ms"]
    t = w.pick(
        [
            f"The California Department of Managed Health Care is responsible for regulating health care service plans. If you have a grievance against your health plan, you should first telephone your health plan at {ph} (TTY {c.phones['tty']}) and use your health plan's grievance process before contacting the department. Using this grievance procedure does not prohibit any legal rights or remedies that may be available to you. If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may call the department for assistance. You may also be eligible for an Independent Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a health plan related to the medical necessity of a proposed service or treatment, coverage decisions for treatments that are experimental or investigational in nature, and payment disputes for emergency or urgently needed medical services. The department also has a toll-free telephone number ({DMHC_PHONE}) and a TDD line ({DMHC_TDD}) for the hearing and speech impaired. The department's internet website {DMHC_WEB} has complaint forms, IMR application forms and instructions online.",
            f"The Department of Managed Health Care (DMHC) of the State of California regulates health plans. If you have a complaint about your health plan, please call your plan first at {ph} and use its grievance process before you contact the DMHC. Filing a grievance with us does not take away any legal rights you may have. Call the DMHC if your complaint is about an emergency, if we did not resolve it to your satisfaction, or if it is still not resolved after 30 days. You may qualify for an Independent Medical Review (IMR), an impartial review of medical necessity decisions, of decisions about experimental or investigational treatment, and of payment disputes for emergency or urgent care. DMHC toll-free: {DMHC_PHONE}. TDD: {DMHC_TDD}. Website: {DMHC_WEB}, where you can find complaint and IMR forms and instructions.",
        ]
    )
    return [w.p(t, bold=True, size=w.pick([10, 11, 12]) if boxed else 12, boxed=boxed)]


def documents_par(w: W) -> list[Block]:
    c = w.c
    if "notice.documents_access" in c.defects:
        return []
    if c.plan_type == "medicare_advantage" and c.letter_kind != "grievance_decision" and w.chance(0.5):
        return []
    return [
        w.p(
            w.pick(
                [
                    "You may ask for free copies of all documents, records and other information we used to make this decision, including the criteria or guidelines.",
                    "Upon request and free of charge, we will give you reasonable access to and copies of all documents, records and other information relevant to your claim.",
                    "You have the right to see and get copies, at no cost, of the records and criteria we relied on. Call Member Services to ask.",
                ]
            )
        )
    ]


def consumer_par(w: W) -> list[Block]:
    c = w.c
    if c.plan_type not in ("commercial_hmo", "erisa_group") or "notice.consumer_assistance" in c.defects:
        return []
    if c.plan_type == "erisa_group":
        name, ph = "Employee Benefits Security Administration (EBSA)", "1-866-444-3272"
        t = w.pick(
            [
                f"For questions about your rights under ERISA, contact the {name} at {ph} or www.dol.gov/ebsa.",
                f"You may contact the U.S. Department of Labor, {name}, at {ph} for help with your claim.",
            ]
        )
    else:
        name, ph = V.CONSUMER_ASSIST[c.state]
        t = w.pick(
            [
                f"Help is available from the {name} at {ph}. This program can help you file an appeal at no cost.",
                f"For free help with your appeal, you may contact the {name}: {ph}.",
                f"Consumer assistance: {name}, {ph}.",
            ]
        )
    return [w.p(t)]


def codes_par(w: W) -> list[Block]:
    c = w.c
    if c.plan_type not in ("commercial_hmo", "erisa_group", "fehb") or "notice.claim_identification" in c.defects:
        return []
    return [
        w.p(
            w.pick(
                [
                    "You may ask for the diagnosis and treatment codes for this claim, and what they mean, free of charge. Asking for codes is not an appeal.",
                    "On request, we will provide the diagnosis code and treatment code and their meanings at no cost to you.",
                ]
            )
        )
    ]


def continuation_par(w: W) -> list[Block]:
    c = w.c
    if c.plan_type not in ("medi_cal", "medicaid") or "notice.continuation_of_benefits" in c.defects:
        return []
    if c.plan_type == "medi_cal":
        t = w.pick(
            [
                "If you are already getting this service, you may be able to keep getting it while your appeal is decided (aid paid pending). To keep it, you must file your appeal within 10 days of the date of this notice or before the date your service stops, whichever is later.",
                "Continuing your services: if we are stopping or reducing a service you now receive, ask for aid paid pending within 10 days of this letter, or before the change takes effect, and your services will continue during the appeal.",
            ]
        )
    else:
        t = w.pick(
            [
                "If you appeal within 10 days of the date of this notice, you can ask to keep getting your services (continuation of benefits) while your appeal is pending. If you lose the appeal, you may have to pay for those services.",
                "You may keep receiving previously approved services during your appeal if you file within 10 calendar days of this notice and ask that your benefits continue.",
            ]
        )
    return [
        w.h(
            w.pick(
                [
                    "Continuing your services",
                    "Aid paid pending" if c.plan_type == "medi_cal" else "Continuation of benefits",
                ]
            )
        ),
        w.p(t),
    ]


TAGLINES = [
    (
        "Español (Spanish)",
        "ATENCIÓN: Tiene derecho a recibir ayuda e información en su idioma sin costo. Llame al {ph} (TTY 711).",
    ),
    ("中文 (Chinese)", "注意：您可以免費獲得語言協助服務。請致電 {ph} (TTY 711)。"),
    ("Tiếng Việt (Vietnamese)", "CHÚ Ý: Quý vị có quyền được trợ giúp ngôn ngữ miễn phí. Vui lòng gọi {ph} (TTY 711)."),
    (
        "Tagalog (Tagalog)",
        "PAUNAWA: May karapatan kang makakuha ng tulong sa wika nang libre. Tumawag sa {ph} (TTY 711).",
    ),
    ("한국어 (Korean)", "주의: 무료 언어 지원 서비스를 이용하실 수 있습니다. {ph} (TTY 711) 번으로 전화하십시오."),
    (
        "Հայերեն (Armenian)",
        "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Դուք կարող եք անվճար լեզվական օգնություն ստանալ: Զանգահարեք {ph} (TTY 711):",
    ),
    ("فارسی (Farsi)", "توجه: خدمات زبانی به صورت رایگان در دسترس شماست. با {ph} (TTY 711) تماس بگیرید."),
    ("Русский (Russian)", "ВНИМАНИЕ: Вы можете бесплатно получить языковую помощь. Звоните по номеру {ph} (TTY 711)."),
    ("日本語 (Japanese)", "注意：無料の言語支援サービスをご利用いただけます。{ph} (TTY 711) までお電話ください。"),
    ("ਪੰਜਾਬੀ (Punjabi)", "ਧਿਆਨ ਦਿਓ: ਤੁਸੀਂ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਲੈ ਸਕਦੇ ਹੋ। {ph} (TTY 711) ਤੇ ਕਾਲ ਕਰੋ।"),
    ("ខ្មែរ (Khmer)", "ចំណាប់អារម្មណ៍៖ អ្នកអាចទទួលបានជំនួយភាសាដោយឥតគិតថ្លៃ។ ហៅទូរសព្ទ {ph} (TTY 711)។"),
    ("Hmoob (Hmong)", "LUS CEEV: Koj muaj cai tau kev pab txhais lus pub dawb. Hu rau {ph} (TTY 711)."),
    ("हिंदी (Hindi)", "ध्यान दें: आप निःशुल्क भाषा सहायता प्राप्त कर सकते हैं। {ph} (TTY 711) पर कॉल करें।"),
    ("ภาษาไทย (Thai)", "โปรดทราบ: คุณสามารถรับความช่วยเหลือด้านภาษาได้ฟรี โทร {ph} (TTY 711)"),
    ("العربية (Arabic)", "ملاحظة: يمكنك الحصول على المساعدة اللغوية مجانًا. اتصل بالرقم {ph} (TTY 711)."),
    (
        "Lus Mien (Mien)",
        "LONGC HNYOUV JANGX LONGX OC: Meih maaih leiz duqv mienh tengx faan waac mv zuqc cuotv nyaanh. Korh waac daaih {ph} (TTY 711).",
    ),
    (
        "Français (French)",
        "ATTENTION : Vous pouvez obtenir gratuitement une aide linguistique. Appelez le {ph} (TTY 711).",
    ),
    ("Kreyòl Ayisyen (Haitian Creole)", "ATANSYON: Ou ka jwenn èd nan lang ou gratis. Rele {ph} (TTY 711)."),
    ("Amharic (አማርኛ)", "ማሳሰቢያ: የቋንቋ እርዳታ በነፃ ማግኘት ይችላሉ። {ph} (TTY 711) ይደውሉ።"),
    ("Ilokano (Ilocano)", "PAKDAAR: Mabalinmo ti agala iti libre a tulong iti pagsasao. Tumawag iti {ph} (TTY 711)."),
    (
        "Gagana Samoa (Samoan)",
        "FAAALIGA: E mafai ona e maua fesoasoani tau gagana e aunoa ma se totogi. Vala'au {ph} (TTY 711).",
    ),
]


def taglines(w: W, *, heading: bool = True) -> list[Block]:
    c = w.c
    if "notice.language_assistance" in c.defects:
        return []
    ph = c.phones["ms"]
    n = w.rng.randint(15, 18) if c.state == "CA" else w.rng.randint(8, 14)
    chosen = [TAGLINES[0]] + w.rng.sample(TAGLINES[1:], n - 1)
    out = []
    if heading:
        out.append(
            w.h(
                w.pick(
                    [
                        "Language Assistance Services",
                        "Help in your language",
                        "Free language services",
                        "Notice of Language Assistance",
                    ]
                ),
                space_before=10,
            )
        )
    intro = w.pick(
        [
            f"English: Free language help, including interpreters and translated documents, is available. Call {ph} (TTY 711).",
            f"English: You can get help in your language at no cost. Call Member Services at {ph} (TTY 711).",
            f"ENGLISH: Interpreter services are available at no cost to you. Call {ph} (TTY 711).",
        ]
    )
    out.append(w.small(intro, unicode=True, space_before=4))
    for lang, text in chosen:
        out.append(w.small(f"{lang}: {text.format(ph=ph)}", unicode=True, space_before=2))
    return out


def nondiscrimination(w: W) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [
        w.small(
            w.pick(
                [
                    "Kaiser Permanente complies with applicable federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability or sex. We provide free aids and services to people with disabilities and free language services to people whose primary language is not English.",
                    "Nondiscrimination notice: we do not exclude people or treat them differently because of race, color, national origin, age, disability, sex, gender identity or sexual orientation. To file a civil rights grievance, call Member Services.",
                ]
            ),
            space_before=8,
        )
    ]


def terminal_rights(w: W) -> list[Block]:
    c = w.c
    if not (c.ca_kk and c.category == "experimental_investigational" and c.scenario.get("serious")):
        return []
    if "experimental.terminal_illness_rights" in c.defects:
        return []
    return [
        w.h("Information about your treatment options"),
        w.p(
            w.pick(
                [
                    "Covered alternatives: standard treatments for your condition, including care by a Plan oncologist and the therapies in your treatment plan, remain covered. The medical and scientific reasons for this decision are explained above, and the studies reviewed are available on request.",
                    "Other treatments that your plan covers are available to you, such as standard-of-care therapy with your Plan physicians. We will send you the medical and scientific evidence we reviewed if you ask.",
                ]
            )
        ),
        w.p(
            w.pick(
                [
                    "Because your condition is life-threatening, you may request a conference with us to discuss this decision. We will hold the conference within 30 calendar days, or within 5 business days if your doctor says that a delay would seriously reduce the treatment's effectiveness.",
                    "You have the right to ask for a conference about this decision. The conference will take place within 30 days, or within 5 business days if your physician determines that the effectiveness of the treatment would be materially reduced by waiting.",
                ]
            )
        ),
        w.p(
            "You may apply for an Independent Medical Review of this experimental treatment decision right away; you do not have to file a grievance with us first."
        ),
    ]


def innet_offer(w: W) -> list[Block]:
    c = w.c
    if c.category not in ("out_of_network", "second_opinion") and not (
        c.category == "no_prior_authorization" and c.ca_kk and c.letter_kind != "payment_denial"
    ):
        return []
    if "second_opinion.eligible_denied" in c.defects:
        return []
    if "network.no_timely_in_network_alternative" in c.defects:
        return [
            w.p(
                w.pick(
                    [
                        "Plan Providers can provide the care you need. Please contact your primary care physician for options.",
                        "These services are available within Kaiser Permanente.",
                    ]
                )
            )
        ]
    if not c.ca_kk and c.category == "out_of_network" and w.chance(0.4):
        return []
    i = c.innet
    appt = c.d(i["appt"]) if i["appt"] else "a date that works for you"
    return [
        w.p(
            w.pick(
                [
                    f"We have arranged an appointment for you with {i['name']}, {i['specialty']}, at {i['facility']} on {appt}. To change it, call {c.phones['dept']}.",
                    f"{i['name']}, a Plan specialist in {i['specialty']} at {i['facility']}, can see you on {appt}. Please call {c.phones['dept']} to confirm.",
                    f"An appointment is available with {i['short']} ({i['specialty']}) at {i['facility']} on {appt}.",
                ]
            )
        )
    ]


def delay_body(w: W) -> list[Block]:
    c = w.c
    missing = w.rng.sample(
        [
            "the office notes from your last two visits",
            "the results of your most recent imaging study",
            "a letter from your doctor explaining why the service is needed",
            "the operative report",
            "a list of treatments you have already tried",
            "laboratory results from the last 90 days",
        ],
        2,
    )
    out = []
    if "notice.delay_requirements" in c.defects:
        out.append(
            w.p(
                w.pick(
                    [
                        "We need additional time to review this request. We will notify you when a decision is made.",
                        "Your request is still pending. We will contact you once the review is complete.",
                    ]
                )
            )
        )
        return out
    exp = c.d(c.extra["expected"])
    if c.plan_type == "erisa_group":
        missing_note = " You have at least 45 days from receipt of this notice to provide the information."
    else:
        missing_note = ""
    out.append(
        w.p(
            w.pick(
                [
                    f"To finish the review we need: {join_and(missing)}. We have asked {c.provider_short or 'your doctor'} to send them.",
                    f"The following information is missing: {join_and(missing)}. Your doctor's office can send it to us by fax at {c.phones['fax']}.",
                ]
            )
            + missing_note
        )
    )
    out.append(
        w.p(
            w.pick(
                [
                    f"We expect to make a decision by {exp}.",
                    f"You will receive our decision no later than {exp}.",
                    f"We will decide by {exp}, even if the information does not arrive.",
                ]
            )
        )
    )
    out.append(
        w.p(
            w.pick(
                [
                    "If you disagree with this extension, you may file a grievance with us. For an urgent situation you may file an expedited grievance by phone.",
                    "You have the right to file a grievance about this delay, including an expedited grievance if waiting could harm your health.",
                ]
            )
        )
    )
    return out


def retro_par(w: W) -> list[Block]:
    c = w.c
    if "process.retro_denial_of_authorized" not in c.defects:
        return []
    return [
        w.p(
            w.pick(
                [
                    f"Authorization number {c.ids['auth']} was approved for these services before they were provided.",
                    f"Our records show these services were authorized in advance (authorization #{c.ids['auth']}).",
                ]
            )
        )
    ]


def transition_par(w: W) -> list[Block]:
    c = w.c
    if "medicare.transition_period" not in c.defects:
        return []
    return [
        w.p(
            w.pick(
                [
                    f"Our records show your Senior Advantage coverage began on {c.d(c.extra['enroll'])}. You were continuing a course of treatment that started under your previous coverage.",
                    f"You joined our plan effective {c.d(c.extra['enroll'])}, and these services were part of an ongoing course of chemotherapy begun before you enrolled.",
                ]
            )
        )
    ]


def er_context(w: W) -> list[Block]:
    c = w.c
    s = c.scenario
    if not s.get("key", "").startswith("er_"):
        return []
    return [
        w.p(
            w.pick(
                [
                    f"You went to the {s['facility_kind']} at {c.provider} with {s['symptom']}.",
                    f"The claim is for care in the {s['facility_kind']} after you had {s['symptom']}.",
                ]
            )
        )
    ]


def enclosures(w: W, names: list[str]) -> list[Block]:
    if not names or w.chance(0.3):
        return []
    return [w.p("Enclosures: " + "; ".join(names), size=8.5, space_before=8)]


def cc_line(w: W) -> list[Block]:
    c = w.c
    if not c.provider or c.letter_kind == "payment_denial" or w.chance(0.4):
        return []
    return [w.p(f"cc: {w.prov()}", size=8.5, space_before=6)]


# --- alternative presentations ------------------------------------------------------------------------


def summary_table(w: W) -> Block:
    """Key-value box summarising the request (replaces the request paragraph in some letters)."""
    c = w.c
    rows = [[w.pick(["Member", "Member name", "Patient"]), w.name()], [w.pick(["MRN", "Medical record number", "Member ID"]), w.mid()]]
    if w.chance(0.35):
        rows.append([w.pick(["Date of birth", "DOB"]), c.d(c.extra["dob"])])
    if c.provider:
        rows.append([w.pick(["Requesting provider", "Requested by", "Ordering provider"]), w.prov()])
    for s in c.services:
        lab = "Service approved" if s["decision"] == "approved" else w.pick(["Service requested", "Requested service", "Service"])
        codes = ", ".join(w.code(x) for x in s["codes"])
        rows.append([lab, f"{w.svc(s)}" + (f" ({codes})" if codes else "")])
    if c.received:
        rows.append([w.pick(["Date received", "Request received", "Received on"]), w.date("DATE_RECEIVED", c.received)])
    if c.service and c.letter_kind in ("payment_denial", "termination_notice", "grievance_decision"):
        rows.append(["Date of service" if c.letter_kind != "termination_notice" else "Start of services", w.date("DATE_SERVICE", c.service)])
    if c.decision:
        rows.append([w.pick(["Decision date", "Date of decision", "Determination date"]), w.date("DATE_DECISION", c.decision)])
    rows.append([w.pick(["Decision", "Determination", "Outcome"]),
                 {"partial_denial": "Partially approved", "termination_notice": "Services ending"}.get(c.letter_kind, w.pick(["Denied", "Not approved"]))])
    if c.urgency == "expedited":
        rows.append(["Review type", w.pick(["Expedited", "Urgent (72 hours)"])])
    return Block("table", rows=rows, header_row=False)


def services_bullets(w: W) -> list[Block]:
    out = [w.p(w.pick(["Services reviewed:", "You asked for:", "The request included:"]))]
    bullet = w.pick(["-", "*", "1."])  # a real bullet glyph reads back as U+FFFD from the standard fonts
    for s in w.c.services:
        state = {"approved": "approved", "denied": "denied"}[s["decision"]]
        out.append(w.p(f"{bullet} {w.svc_with_codes(s, 0)} - {state}", indent=14, space_before=1))
        if bullet[0].isdigit():
            bullet = f"{int(bullet[:-1]) + 1}."
    return out


def reviewer_table(w: W) -> list[Block]:
    r = w.c.reviewer
    if not r:
        return []
    rows = [[w.pick(["Reviewed by", "Reviewer", "Physician reviewer"]), M("REVIEWER_NAME", r["name"]) + (", " + M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "")]]
    rows.append(["Title", w.c.reviewer_title])
    if r["specialty"]:
        rows.append(["Specialty", M("REVIEWER_SPECIALTY", r["specialty"])])
    if r["phone"]:
        labels = ["Direct line", "Peer-to-peer line", "Direct phone"] if w.c.ca_kk else ["Phone", "Direct line", "Peer-to-peer line"]
        rows.append([w.pick(labels), M("REVIEWER_PHONE", r["phone"])])
    return [w.h(w.pick(["Reviewer information", "Who made this decision"]), space_before=8), Block("table", rows=rows, header_row=False, space_before=3)]


def to_provider_voice(text: str) -> str:
    """Rewrite member-facing second person into a provider-facing third person (for letters sent to the doctor)."""
    import re

    rules = [(r"\bYour doctor\b", "The treating physician"), (r"\byour doctor\b", "the treating physician"),
             (r"\bYour\b", "The patient's"), (r"\byour\b", "the patient's"), (r"\byou have\b", "the patient has"),
             (r"\bYou have\b", "The patient has"), (r"\byou are\b", "the patient is"), (r"\bYou are\b", "The patient is"),
             (r"\bYou\b", "The patient"), (r"\byou\b", "the patient")]
    for a, b in rules:
        text = re.sub(a, b, text)
    return text
