"""Held-out "final" templates: measured once, at the end, and never developed against.

The fresh templates (fresh.py) became a development set; these three replace them as the honest measure. They
are registered in ``FINAL_TEMPLATES`` only, so ``generate(seed)`` never picks them and ``template_names()`` /
``fresh_template_names()`` do not list them; ask for one by name: ``generate(seed, template="final_memo_letter")``.

Their prose, labels, headings and layouts are written here. Only text real letters print word for word is shared:
the DMHC statement and the language taglines (sections_en). Dates are printed the way people write them in prose
("the 3rd of March, 2025", "March 3rd, 2025", "3/3/25"); ``parse_final_date`` reads them back for tests.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import sections_en as E
from . import vocab as V
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# --- dates as people write them ------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fdate(d: dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    if style == "ord":  # March 3rd, 2025
        return f"{m} {_ordinal(d.day)}, {d.year}"
    if style == "ord_of":  # 3rd of March, 2025 (prose puts "the" in front)
        return f"{_ordinal(d.day)} of {m}, {d.year}"
    if style == "short":  # 3/3/25
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "noyear":  # March 3rd
        return f"{m} {_ordinal(d.day)}"
    if style == "mdy":  # March 3, 2025
        return f"{m} {d.day}, {d.year}"
    if style == "abbr":  # Mar 3 2025
        return f"{m[:3]} {d.day} {d.year}"
    if style == "padded":  # 03/03/2025
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


def parse_final_date(text: str, year: int | None = None) -> dt.date | None:
    """Read back a date printed by ``fdate`` (``year`` supplies the year of a date printed without one)."""
    t = " ".join(text.split())
    if t.startswith("the "):
        t = t[4:]
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", t)
    if m:
        return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) of ([A-Za-z]+),? (\d{4})", t)
    if m:
        return dt.date(int(m[3]), [x.lower() for x in MONTHS].index(m[2].lower()) + 1, int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", t)
    if m:
        mon = [x[:3].lower() for x in MONTHS].index(m[1][:3].lower()) + 1
        y = int(m[3]) if m[3] else year
        return dt.date(y, mon, int(m[2])) if y else None
    return D.parse(t)


def _fd(w: W, day: dt.date | None, *, plain_year_ok: bool = False) -> str:
    """A date in this letter's style; ``plain_year_ok`` lets a date in the letter's own year drop the year."""
    if not day:
        return ""
    st = w.c.extra["final_fmt"]
    if plain_year_ok and st in ("ord", "mdy") and day.year == w.c.letter.year and w.c.extra.get("final_noyear"):
        st = "noyear"
    return fdate(day, st)


def _dm(w: W, label: str, day: dt.date | None, **kw) -> str:
    return M(label, _fd(w, day, **kw)) if day else ""


def _dateline(w: W) -> str:
    """The letter's own date line: a bare '3rd of March, 2025' reads oddly at the top, so that style writes 'March 3rd, 2025'."""
    st = w.c.extra["final_fmt"]
    return M("DATE_LETTER", fdate(w.c.letter, "ord" if st == "ord_of" else st))


def _on(w: W, label: str, day: dt.date | None, **kw) -> str:
    """'on <date>' with the article prose needs before '3rd of March'."""
    the = "the " if w.c.extra["final_fmt"] == "ord_of" else ""
    return f"on {the}{_dm(w, label, day, **kw)}"


def _plain_on(w: W, day: dt.date) -> str:
    the = "the " if w.c.extra["final_fmt"] == "ord_of" else ""
    return f"on {the}{_fd(w, day)}"


# --- shared small pieces -------------------------------------------------------------------------------------

MEDICAID_PROGRAM = {
    "CO": ("Health First Colorado", "the Colorado Department of Health Care Policy and Financing"),
    "GA": ("Georgia Families (Medicaid)", "the Georgia Department of Community Health"),
    "MD": ("Maryland HealthChoice", "the Maryland Department of Health, Office of Administrative Hearings"),
    "VA": ("Cardinal Care (Virginia Medicaid)", "the Virginia Department of Medical Assistance Services"),
    "DC": ("DC Healthy Families (Medicaid)", "the DC Office of Administrative Hearings"),
    "WA": ("Apple Health (Washington Medicaid)", "the Washington Health Care Authority"),
    "OR": ("Oregon Health Plan (Medicaid)", "the Oregon Health Authority"),
}
def _prose_svc(c) -> str:
    den = c.denied_services() or c.services
    s = join_and([x["text"] for x in den])
    if s[:2].isupper() or c.scenario.get("key") in ("humira", "keytruda", "semaglutide", "lecanemab", "botox_migraine"):
        return s
    return s[:1].lower() + s[1:]


def _upper1(s: str) -> str:
    return s[:1].upper() + s[1:]


def _style(w: W, family: str | None = None) -> Style:
    st = Style(
        family=family or w.pick(["times", "helvetica", "times"]),
        size=w.pick([9.5, 10.0, 10.5, 11.0]),
        margin_l=w.pick([54.0, 63.0, 72.0, 80.0]),
        margin_t=w.pick([44.0, 54.0, 64.0]),
    )
    st.margin_r = st.margin_l - w.pick([0.0, 6.0])
    return st


def _plan_label(w: W) -> str:
    c, p = w.c, w.c.plan_type
    if p == "erisa_group":
        return M("PLAN_CUE", w.pick([f"{c.extra['employer']} Employee Medical Plan, an ERISA group health plan",
                                     f"{c.extra['employer']} group coverage (employer plan governed by ERISA)"]))
    if p == "medicare_advantage":
        return M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO), a Medicare Advantage plan",
                                     "Medicare Advantage - KP Senior Advantage"]))
    if p == "medi_cal":
        return M("PLAN_CUE", w.pick(["Medi-Cal managed care - Kaiser Permanente", "Kaiser Permanente Medi-Cal"]))
    if p == "medicaid":
        return M("PLAN_CUE", f"{MEDICAID_PROGRAM[c.state][0]} / Kaiser Permanente")
    if p == "fehb":
        return M("PLAN_CUE", w.pick(["Federal Employees Health Benefits Program - Kaiser Permanente",
                                     "Kaiser Permanente FEHB plan (federal employee coverage)"]))
    return M("PLAN_CUE", w.pick(["Kaiser Permanente HMO (group coverage)", "Kaiser Foundation Health Plan HMO",
                                 "Kaiser Permanente individual and family HMO"]))


def _svc_join(w: W, items: list[dict], codes: bool = True) -> str:
    style = w.rng.randrange(3)
    out = []
    for s in items:
        t = w.svc(s)
        if codes and s["codes"]:
            cs = "/".join(w.code(x) for x in s["codes"])
            t = [f"{t} [{cs}]", f"{t}, billed as {cs}", f"{t} - code {cs}"][style]
        out.append(t)
    return join_and(out)


def _dx_sentence(w: W) -> str:
    c = w.c
    if not c.diagnoses:
        return ""
    parts = []
    for d in c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        cs = ", ".join(M("ICD10", x) for x in d["codes"])
        parts.append(f"{t} (ICD-10-CM {cs})" if cs else t)
    if c.letter_kind == "payment_denial":
        return w.pick([f"The claim listed {join_and(parts)}.", f"Diagnosis on the claim: {join_and(parts)}."])
    return w.pick([f"The request listed {join_and(parts)}.", f"Diagnosis reported by the clinician: {join_and(parts)}.",
                   f"The condition on the request was {join_and(parts)}."])


def _criteria_sentence(w: W) -> str:
    c = w.c
    if not c.criteria:
        return ""
    cr = join_and([w.crit(x) for x in c.criteria])
    return w.pick([
        f"In reaching this conclusion the reviewer applied {cr}; you may have a copy without charge.",
        f"The standard we measured the request against was {cr}, which we will mail to you free of charge on request.",
        f"We relied on {cr}. Call us for a free copy of the pages used.",
    ])


def _provision_sentence(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects or c.plan_type == "medicare_advantage":
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    ref = {
        "erisa_group": f"the exclusions list in section {sec} of the {c.extra['employer']} plan document and Summary Plan Description",
        "medi_cal": w.pick(["Title 22 of the California Code of Regulations, section 51303",
                            f"page {pg} of your Medi-Cal Member Handbook (Evidence of Coverage)"]),
        "medicaid": f"page {pg} of the {MEDICAID_PROGRAM.get(c.state, ('Medicaid',))[0]} member handbook",
        "fehb": f"Section 6, General exclusions, of the {yr} Kaiser Permanente FEHB brochure",
    }.get(c.plan_type) or w.pick([f"the \"Exclusions and Limitations\" part of your {yr} Evidence of Coverage (section {sec})",
                                  f"page {pg} of your {yr} Combined Evidence of Coverage and Disclosure Form"])
    return w.pick([f"The coverage document that controls this is {M('PLAN_PROVISION', ref)}.",
                   f"See {M('PLAN_PROVISION', ref)}."])


def _innet_sentence(w: W) -> str:
    c = w.c
    if c.category not in ("out_of_network",) and not (c.category == "no_prior_authorization" and c.ca_kk and c.letter_kind != "payment_denial"):
        return ""
    if "network.no_timely_in_network_alternative" in c.defects:
        return w.pick(["Physicians in our network can take care of this for you.", "Equivalent care is offered inside Kaiser Permanente."])
    i = c.innet
    return w.pick([
        f"A visit has been reserved for you with {i['name']} ({i['specialty']}) at {i['facility']} {_plain_on(w, i['appt'])}; call {c.phones['dept']} if that time does not suit you.",
        f"You can be seen by {i['short']}, {i['specialty']}, at {i['facility']}; the earliest opening is {fdate(i['appt'], 'mdy')} (scheduling: {c.phones['dept']}).",
    ])


def _terminal_blocks(w: W) -> list[Block]:
    c = w.c
    if not (c.ca_kk and c.category == "experimental_investigational" and c.scenario.get("serious")):
        return []
    if "experimental.terminal_illness_rights" in c.defects:
        return []
    return [w.p(
        "Because the condition involved is life-threatening, we want you to know three more things. Your covered options remain open: the standard "
        "treatments your Plan doctors recommend are still covered, and we will send the medical and scientific documents behind this decision if you ask. "
        "You may request a conference with our decision makers; it will be scheduled within 30 days, or within five business days when your physician "
        "says delay would substantially reduce the effectiveness of the treatment. And you may go directly to the Department of Managed Health Care for an "
        "Independent Medical Review of this experimental-treatment decision without using our grievance process first."
    )]


def _reviewer_bits(w: W) -> tuple[str, str, str, str]:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return nm, cred, spec, ph


def _grievance_addr(c) -> str:
    return ", ".join(V.GRIEVANCE_ADDR[c.region])


def _ca_imr(w: W) -> str:
    return w.pick([
        "The California Department of Managed Health Care (DMHC) offers Independent Medical Review: physicians outside Kaiser Permanente decide disputes about medical necessity, experimental or investigational treatment and emergency payment. There is no charge, and you generally have six months from our written decision to apply.",
        "You may be able to have this dispute settled by an Independent Medical Review run by the state Department of Managed Health Care. The reviewers are independent doctors, you pay nothing, and the application must be filed within six months after our decision.",
    ])


def _fine_print(w: W) -> list[Block]:
    out = E.dmhc_statement(w, boxed=w.chance(0.5))
    if "notice.language_assistance" not in w.c.defects:
        out.append(w.small(w.pick([
            "Discrimination is against the law. Kaiser Permanente does not exclude or treat anyone differently because of race, color, national origin, age, disability or sex, and offers sign-language interpreters, large-print and other formats, and interpreters in many languages, all free.",
            "We comply with federal civil rights law. If you need a qualified interpreter, written information in another format, or help in another language, it is free: call the number on your ID card.",
        ]), space_before=10))
        out.append(Block("pagebreak"))
        out += E.taglines(w)
    return out


# --- the reason (written for these templates) ------------------------------------------------------------------


def reason_final(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    if kind == "grievance_decision" and c.template == "final_appeal_outcome":
        c.extra["final_outcome"] = "upheld"
        if len(c.services) > 1 and w.chance(0.45):
            c.services[-1]["decision"] = "approved"  # this part of the appeal is granted
            c.extra["final_outcome"] = "partial"
    svc = _prose_svc(c)
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Not medically necessary.", "Criteria for medical necessity were not satisfied.",
                           "The service is denied as medically unnecessary."])
        return w.pick(["Excluded benefit.", "This is a non-covered service under the plan.", "Service not covered by your contract."])
    if kind == "grievance_decision":
        return _reason_appeal(w, svc)
    if kind == "payment_denial":
        return _reason_payment(w, svc)
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records do not document a need for this service at present"])
        if kind == "partial_denial":
            ok = join_and([x["text"] for x in c.services if x["decision"] == "approved"])
            ok_l = ok if ok[:2].isupper() else ok[:1].lower() + ok[1:]
            return w.pick([
                f"We are authorizing {ok_l}, but not {svc}, because {fact}.",
                f"The portion of the request for {svc} is declined as not medically necessary ({fact}); {ok_l} is authorized as asked.",
            ])
        if kind == "termination_notice":
            return w.pick([
                f"Continued coverage of {svc} is not medically necessary, because {fact}.",
                f"Your records now show that {fact}. Ongoing {svc} therefore no longer qualifies as medically necessary, and authorization will end.",
            ])
        return w.pick([
            f"The physician who reviewed the chart concluded that {svc} is not medically necessary at this point, because {fact}.",
            f"{_upper1(svc)} cannot be authorized: {fact}, so the request falls short of medical necessity.",
            f"Medical necessity for {svc} was not shown. What the records tell us is that {fact}.",
        ])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the published evidence does not establish benefit for this use"])
        return w.pick([
            f"{_upper1(svc)} is investigational for the condition in question, because {fact}; the plan does not cover experimental care.",
            f"We regard {svc} as experimental in your situation. Our reason is that {fact}.",
        ])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["the coverage contract lists it among the excluded services"])
        return w.pick([
            f"{_upper1(svc)} is not a benefit of this coverage, since {fact}.",
            f"We cannot pay for {svc}. It falls under an exclusion: {fact}.",
        ])
    if cat == "out_of_network":
        return w.pick([
            f"The request was to send you to {c.outside} for {svc}. That provider has no contract with Kaiser Permanente, and our own physicians provide this care, so the referral is declined.",
            f"{c.outside} is not a Kaiser Permanente provider. Because {svc} is offered within our network, we cannot authorize it there.",
        ])
    if cat == "no_prior_authorization":
        if "medicare.transition_period" in c.defects:
            return f"Continuing {svc} needs authorization from Senior Advantage before each course, and none had been requested."
        return w.pick([
            f"{_upper1(svc)} is a service that must be authorized ahead of time through a Plan physician's referral, and the request came without one.",
            f"No referral or advance authorization was obtained for {svc}, which the plan requires before this care is provided.",
        ])
    return f"The request for {svc} could not be processed as submitted."


def _reason_payment(w: W, svc: str) -> str:
    c, s, cat = w.c, w.c.scenario, w.c.category
    where = c.provider or "the provider who billed us"
    er = s.get("key", "").startswith("er_")
    if cat == "no_prior_authorization":
        if er:
            return w.pick([
                f"The claim from {where} for care in the emergency department was denied because no authorization was obtained from Kaiser Permanente beforehand.",
                f"We are not paying the emergency room claim from {where}: the visit was not authorized by the plan in advance.",
            ])
        if "medicare.transition_period" in c.defects:
            return f"The claim for {svc} is denied because Senior Advantage had not authorized the treatment before it was given."
        return w.pick([
            f"The claim from {where} is denied because {svc} was provided without the advance authorization the plan requires.",
            f"{where} billed for {svc}, which needed prior approval that was never requested; payment is denied.",
        ])
    if cat == "out_of_network":
        return w.pick([
            f"The services billed by {where} were received outside the Kaiser Permanente network without a referral, and they were not emergency or urgent care, so the claim is denied.",
            f"{where} is not part of our network, you had no referral, and the care was not urgent; the claim cannot be paid.",
        ])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["the service is excluded under the coverage rules"])
        return f"The claim for {svc} is denied because {fact}."
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records do not show a need for this service"])
        return f"After reviewing the records attached to the claim, we found {svc} was not medically necessary: {fact}."
    if "process.retro_denial_of_authorized" in c.defects:
        return w.pick([
            f"A later audit of the claim for {svc} found that the authorization should not have been issued, so payment is denied.",
            f"The claim for {svc} is denied after a post-service review of eligibility on the service date.",
        ])
    return w.pick([
        "The claim arrived after the timely-filing limit of 90 days from the date of service and cannot be paid.",
        "The same services for the same date were already billed and processed under another claim, so this claim is a duplicate.",
        f"Your coverage was not in effect on the date {svc} was provided, so the claim cannot be paid.",
    ])


def _reason_appeal(w: W, svc: str) -> str:
    c, s, cat = w.c, w.c.scenario, w.c.category
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records still do not show that this care is needed"])
        return w.pick([
            f"Having gone through the records again, including what you sent with the appeal, we find that {fact}. {_upper1(svc)} therefore remains not medically necessary.",
            f"The appeal file does not change the clinical picture: {fact}, and {svc} is still not medically necessary for you.",
        ])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the evidence for this use is still preliminary"])
        return f"{_upper1(svc)} remains investigational for your condition, because {fact}."
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["the plan excludes it"])
        return f"Nothing in the appeal changes the coverage terms: {svc} is excluded, as {fact}."
    if cat == "out_of_network":
        return f"{c.outside} remains outside our network, and {svc} is available from Kaiser Permanente physicians, so the out-of-network referral stays denied."
    return f"The appeal about {svc} could not be granted."


# --- 1. terse business-letter decision ------------------------------------------------------------------------------


def _setup_dates(w: W, choices: list[str]) -> None:
    w.c.extra["final_fmt"] = w.pick(choices)
    w.c.extra["final_noyear"] = w.chance(0.35)


def t_final_memo(w: W):
    c = w.c
    _setup_dates(w, ["ord_of", "ord", "short", "mdy", "ord"])
    st = _style(w)
    idlab = w.pick(["Health Record No.", "Kaiser ID", "Health Record No.", "Kaiser ID No."])
    plan_entity, group = V.REGION_ENTITY[c.region]
    dept = w.pick(["Utilization Management Department", "Department of Referral and Authorization Services",
                   "Clinical Review Department", "Regional Authorization Unit"])
    st.header = [w.pick([f"{M('MEMBER_NAME', c.member_name)} / {idlab} {M('MEMBER_ID', c.member_id)}",
                         f"{idlab} {M('MEMBER_ID', c.member_id)} (continued)"])]
    st.footer = [w.pick(["{page}", "- {page} -", "Page {page}"])]
    st.footer_align = "center"
    b: list[Block] = [
        w.p(plan_entity, bold=True, size=11.5, space_before=0, align=w.pick(["left", "right"])),
        w.p(f"{dept} - {M('REGION', c.region)}", size=8.5, space_before=0, align="left"),
        w.p(" | ".join(V.GRIEVANCE_ADDR[c.region][-2:]) + f" | tel {c.phones['dept']}", size=8.5, space_before=0),
    ]
    b.append(w.p(_dateline(w), space_before=14))
    if c.urgency == "expedited":
        b.append(w.p(w.pick(["URGENT - EXPEDITED DETERMINATION", "Expedited review: also communicated by telephone"]), bold=True, space_before=8))
    b.append(w.p(w.name(), space_before=12))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    re_line = w.pick(["RE: Coverage determination", "RE: Coverage determination - prior authorization",
                      "RE: Determination on request for services"])
    b.append(w.p(re_line, bold=True, space_before=12))
    b.append(w.p(f"{idlab}: {w.mid()}", space_before=0, indent=28))
    b.append(w.p(f"Coverage: {_plan_label(w)}", space_before=0, indent=28))
    b.append(w.p(f"Our reference: {c.ids['auth']}", space_before=0, indent=28))
    sal = c.member_salute if c.member_salute not in (c.member_name,) else c.member_name
    sal = M("MEMBER_NAME", sal) if sal == c.member_name else sal
    b.append(w.p(w.pick([f"Dear {sal}:", f"Dear {sal},"]), space_before=10))

    # one dense paragraph: request, decision, reason, basis
    parts = []
    who = w.prov() if c.provider else "your care team"
    svcs = _svc_join(w, c.services)
    if c.received:
        on = _on(w, 'DATE_RECEIVED', c.received, plain_year_ok=True)
        parts.append(w.pick([
            f"O{on[1:]} we received a request from {who} asking us to authorize {svcs}.",
            f"We write about the request from {who}, which reached us {on}, for {svcs}.",
        ]))
    else:
        parts.append(f"We write about the request from {who} for {svcs}.")
    if c.letter_kind == "termination_notice" and c.service:
        parts.append(f"You have been receiving this care since {'the ' if c.extra['final_fmt'] == 'ord_of' else ''}{_dm(w, 'DATE_SERVICE', c.service)}.")
    when = _on(w, "DATE_DECISION", c.decision) if c.decision else ""
    verdict = {
        "initial_denial": w.pick(["the request was denied", "we decided not to authorize it"]),
        "partial_denial": w.pick(["the request was approved in part", "we authorized part of the request"]),
        "termination_notice": w.pick(["we decided to end authorization", "we determined that coverage will stop"]),
    }[c.letter_kind]
    if c.letter_kind == "termination_notice":
        end = D.add_business(c.letter, w.pick([2, 3, 5]))
        verdict += f", effective at the end of the day {_plain_on(w, end)[3:]}"
    parts.append(f"{_upper1(when)}, {verdict}." if when else f"After review, {verdict}.")
    if c.urgency == "expedited":
        parts.append("Because the request was handled as urgent, the decision was made within 72 hours and your doctor was told by phone.")
    parts.append(M("REASON", w.reason))
    for t in (_dx_sentence(w), _criteria_sentence(w), _provision_sentence(w), _innet_sentence(w)):
        if t:
            parts.append(t)
    b.append(w.p(" ".join(parts)))
    b += _terminal_blocks(w)
    b += _memo_rights(w)
    b.append(w.p(w.pick(["Sincerely,", "Very truly yours,", "Respectfully,"]), space_before=12))
    if c.reviewer:
        nm, cred, spec, ph = _reviewer_bits(w)
        b.append(w.p(nm + (f", {cred}" if cred else ""), space_before=18))
        b.append(w.p(c.reviewer_title + (f", {spec}" if spec else ""), space_before=0))
        b.append(w.p(f"{dept}, {group}", space_before=0))
        if ph:
            b.append(w.p(w.pick([f"Physician-to-physician discussion: {ph}", f"Reviewer line {ph}"]), space_before=0))
    else:
        b.append(w.p(dept, space_before=18))
        b.append(w.p(plan_entity, space_before=0))
    if c.provider and w.chance(0.6):
        b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=10))
    b += _fine_print(w)
    return b, st, "memo_letter"


def _memo_rights(w: W) -> list[Block]:
    c = w.c
    p = c.plan_type
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = _grievance_addr(c)
    out = [w.p(w.pick([
        f"Should you disagree, you, your physician or anyone you authorize may file an appeal (grievance) with us within {days} of the date of this letter, by telephone at {c.phones['ms']} (TTY {c.phones['tty']}), on kp.org, or in writing to {addr}. You may include any records or comments you want considered.",
        f"This decision may be appealed. Your written or oral appeal must reach us within {days} after you receive this letter: {addr}; telephone {c.phones['ms']}, TTY {c.phones['tty']}. Include anything you would like the reviewer to see.",
    ]), space_before=8)]
    urgent_ok = not (p == "commercial_hmo" and c.state != "CA" and "notice.expedited_review" in c.defects)
    if urgent_ok:
        out.append(w.p(w.pick([
            "If your health or your ability to regain maximum function would be seriously jeopardized by waiting for a standard appeal, ask for an expedited appeal; it will be decided within 72 hours. Urgent appeals may be made by telephone.",
            "Expedited appeals are available when the normal time frame could seriously harm your health; we decide those within 72 hours of receipt.",
        ])))
    ext = []
    if c.ca_kk:
        ext.append(_ca_imr(w) + " Normally you must take part in our grievance process for 30 days first; in urgent cases you need not wait.")
    elif "notice.external_review" not in c.defects:
        if p == "erisa_group":
            ext.append("When the internal appeal is finished, an independent review organization not connected to the plan may review the claim; the request is due within four months after our final decision. You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act once the appeal process is complete.")
        else:
            ext.append(w.pick([
                "If our answer on appeal is still no, your state insurance regulator can assign an independent review organization to decide; that request must be made within four months of the final appeal decision and is free to you.",
                "After the appeal, you may have the decision reviewed externally by an independent reviewer assigned through the state. Ask within four months of our final letter.",
            ]))
    for t in ext:
        out.append(w.p(t))
    if p in ("commercial_hmo", "erisa_group") and "notice.consumer_assistance" not in c.defects:
        if p == "erisa_group":
            out.append(w.p("Questions about your rights under ERISA can be directed to the Employee Benefits Security Administration at 1-866-444-3272 or askebsa.dol.gov."))
        else:
            name, ph = V.CONSUMER_ASSIST[c.state]
            out.append(w.p(f"Assistance with filing an appeal is available at no cost from the {name}, {ph}."))
    out.append(w.p(w.pick([
        "On request and without charge you may receive copies of all documents, records and other information relevant to this decision, as well as the diagnosis and treatment codes and their meanings.",
        "We will supply, free of charge, copies of the file and of any rule or guideline used, and the diagnosis and procedure codes with their meanings; a request for codes is not an appeal.",
    ])))
    return out


# --- 2. government-style notice with a field grid ----------------------------------------------------------------------


def t_final_notice(w: W):
    c = w.c
    _setup_dates(w, ["short", "padded", "mdy", "short", "abbr"])
    c.extra["final_noyear"] = False
    st = _style(w, family=w.pick(["helvetica", "courier", "helvetica"]))
    st.size = min(st.size, 10.0)
    p = c.plan_type
    idlab = {"medi_cal": w.pick(["Medi-Cal CIN", "Client Index No.", "Member ID"]),
             "medicaid": w.pick(["Medicaid ID", "Recipient ID", "Member ID"]),
             "medicare_advantage": w.pick(["Plan Member ID", "Enrollee ID", "Member ID"])}[p]
    st.header = [f"NOTICE {c.ids['ref']} - {idlab} {M('MEMBER_ID', c.member_id)}"]
    st.footer = [w.pick(["Page {page} of {pages}", "Pg {page}/{pages}"]) + f"    Form {c.ids['form']}"]
    st.footer_align = "left"
    program = {"medi_cal": "Medi-Cal Managed Care", "medicare_advantage": "Medicare Advantage",
               "medicaid": MEDICAID_PROGRAM.get(c.state, ("Medicaid",))[0]}[p]
    b: list[Block] = [
        w.p(f"Kaiser Permanente {M('REGION', c.region)}  |  {program}", size=9, space_before=0),
        w.p(w.pick(["Member Appeals and Notices Unit", "Notices Unit - Health Plan Administration"]) + f"  |  {_grievance_addr(c)}", size=8, space_before=0),
        Block("rule"),
        w.p("NOTICE OF ADVERSE BENEFIT DETERMINATION", bold=True, size=14, align="center", boxed=True, space_before=6),
    ]
    sub = {"initial_denial": "About your request for services", "partial_denial": "About your request for services (changed)",
           "termination_notice": "About services you are receiving now", "payment_denial": "About a bill for services you received"}[c.letter_kind]
    if c.urgency == "expedited":
        sub += " - EXPEDITED"
    b.append(w.p(sub, align="center", italic=True, space_before=2))
    rev = "Expedited" if c.urgency == "expedited" else "Standard"
    pairs = [("Date of notice", _dm(w, "DATE_LETTER", c.letter)), (idlab, w.mid()), ("Enrollee", w.name()), ("Notice no.", c.ids["ref"])]
    if c.received:
        pairs.append(("Claim received" if c.letter_kind == "payment_denial" else "Request received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.provider:
        pairs.append(("Billing provider" if c.letter_kind == "payment_denial" else "Requesting provider", w.prov()))
    pairs.append(("Review type", rev))
    if c.letter_kind == "payment_denial":
        pairs += [("Claim no.", c.ids["claim"]), ("Date(s) of service", _dm(w, "DATE_SERVICE", c.service))]
    elif c.letter_kind == "termination_notice" and c.service:
        pairs += [("Services began", _dm(w, "DATE_SERVICE", c.service)), ("Authorization no.", c.ids["auth"])]
    if len(pairs) % 2:
        pairs.append(("", ""))
    grid = [[pairs[i][0], pairs[i][1], pairs[i + 1][0], pairs[i + 1][1]] for i in range(0, len(pairs), 2)]
    b.append(Block("table", rows=grid, header_row=False, space_before=8))
    b.append(w.p(f"Program: {_plan_label(w)}", size=8.5, space_before=4))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]

    def field(n: int, label: str) -> Block:
        return w.p(f"{n}. {label}", bold=True, space_before=10, keep_with_next=True)

    action = {"initial_denial": "DENIED", "partial_denial": "MODIFIED - approved in part, denied in part",
              "termination_notice": "TERMINATED", "payment_denial": "PAYMENT DENIED"}[c.letter_kind]
    b.append(field(1, "Action taken:"))
    b.append(w.p(f"{action}. " + {
        "initial_denial": f"Kaiser Permanente will not cover {_svc_join(w, c.services, codes=False)}.",
        "partial_denial": "The plan approved some of the services requested and denied the rest, as listed below.",
        "termination_notice": f"Coverage of {_svc_join(w, c.services, codes=False)} is stopping.",
        "payment_denial": f"We will not pay the claim from {w.prov() if c.provider else 'the billing provider'}.",
    }[c.letter_kind]))
    ans = {"approved": "Approved", "denied": {"termination_notice": "Stopped", "payment_denial": "Not paid"}.get(c.letter_kind, "Denied")}
    hdr = ["Item requested", "Code", "Action"] if c.letter_kind != "payment_denial" else ["Item billed", "Code", "Billed", "Action"]
    rows = [hdr]
    for s in c.services:
        r = [w.svc(s), "/".join(w.code(x) for x in s["codes"]) or "-"]
        if c.letter_kind == "payment_denial":
            r.append(f"${s.get('billed', 0):,.2f}")
        r.append(ans[s["decision"]])
        rows.append(r)
    b.append(Block("table", rows=rows, space_before=6))
    b.append(field(2, "Effective date of action:"))
    if c.letter_kind == "termination_notice":
        end = D.add_business(c.letter, 10 if p in ("medi_cal", "medicaid") else 2)
        b.append(w.p(f"{fdate(end, c.extra['final_fmt'])}. Your services will stop on this date unless you appeal as explained below."))
    elif c.decision:
        b.append(w.p(f"{_dm(w, 'DATE_DECISION', c.decision)} (the date the decision was made)."))
    else:
        b.append(w.p("The date of this notice."))
    b.append(field(3, "Reason for action:"))
    b.append(w.p(M("REASON", w.reason), boxed=w.chance(0.5)))
    extra = [t for t in (_dx_sentence(w), _innet_sentence(w)) if t]
    if "process.retro_denial_of_authorized" in c.defects:
        extra.append(f"Note: these services had been approved in advance under authorization no. {c.ids['auth']}.")
    if "medicare.transition_period" in c.defects:
        extra.append(f"Your enrollment in this plan began {_plain_on(w, c.extra['enroll'])[3:]}, and the treatment had started under your previous coverage.")
    if c.scenario.get("key", "").startswith("er_"):
        extra.append(f"The claim is for a visit to the {c.scenario.get('facility_kind', 'emergency department')} at {c.provider or 'an outside hospital'}.")
    if extra:
        b.append(w.p(" ".join(extra)))
    b += _terminal_blocks(w)
    b.append(field(4, "Legal basis:"))
    basis = {
        "medi_cal": w.pick(["California Welfare and Institutions Code section 14059.5 (medical necessity) and Title 22, California Code of Regulations; 42 CFR Part 438, Subpart F.",
                            "42 CFR 438.210 and 438.404; Welfare and Institutions Code section 14059.5."]),
        "medicaid": "42 CFR 438.210 (coverage and authorization of services) and 42 CFR 438.404 (notice of adverse benefit determination), and the rules of the state Medicaid program.",
        "medicare_advantage": "42 CFR 422.101 (requirements relating to basic benefits) and 42 CFR 422.566-422.568 (organization determinations).",
    }[p]
    if c.letter_kind == "payment_denial" and c.category in ("no_prior_authorization", "administrative"):
        basis += " Claims are also subject to the plan's authorization and filing rules."
    lb = [basis]
    for t in (_criteria_sentence(w), _provision_sentence(w)):
        if t:
            lb.append(t)
    b.append(w.p(" ".join(lb)))
    n = 5
    if c.reviewer:
        nm, cred, spec, ph = _reviewer_bits(w)
        b.append(field(n, "Decision made by:"))
        t = nm + (f", {cred}" if cred else "") + f" - {c.reviewer_title}" + (f" ({spec})" if spec else "")
        if ph:
            t += f". Your provider may discuss this decision with the reviewer at {ph}."
        b.append(w.p(t))
        n += 1
    b.append(Block("pagebreak"))
    b.append(w.p("YOUR RIGHTS", bold=True, size=12.5, align="center", space_before=0))
    b += _notice_rights(w, n)
    b += _fine_print(w)
    return b, st, "notice_form"


def _notice_rights(w: W, n: int) -> list[Block]:
    c, p = w.c, w.c.plan_type
    days = M("APPEAL_DAYS", c.appeal_phrase)
    out = []

    def field(label: str) -> Block:
        nonlocal n
        blk = w.p(f"{n}. {label}", bold=True, space_before=10, keep_with_next=True)
        n += 1
        return blk

    out.append(field("Appeal to the plan:"))
    word = "a plan reconsideration" if p == "medicare_advantage" else "an appeal"
    out.append(w.p(
        f"You may ask for {word}. The request must be made within {days} from the date on this notice. Call {c.phones['ms']} (TTY {c.phones['tty']}) "
        f"or write to {_grievance_addr(c)}. A representative, relative or provider can file for you if you name them in writing."
    ))
    fast_ok = ("notice.expedited_review" not in c.defects or p == "medi_cal") and c.letter_kind != "payment_denial"
    if fast_ok:
        out.append(field("Fast appeal:"))
        out.append(w.p("If a doctor tells us that the normal time limit could seriously harm your life, health or ability to function, the appeal will be expedited and decided within 72 hours."))
    if p in ("medi_cal", "medicaid") and c.letter_kind != "payment_denial" and "notice.continuation_of_benefits" not in c.defects:
        out.append(field("Continuing services while you appeal:"))
        out.append(w.p("If these services are being reduced or stopped, they can continue during the appeal. To keep them, file the appeal within 10 days from the date of this notice or before the effective date of action, whichever is later, and ask that the services continue. If the final decision goes against you, you might have to repay their cost."))
    if p == "medi_cal":
        out.append(field("State Hearing:"))
        out.append(w.p("If our appeal decision still goes against you, or we do not answer your appeal in time, you may request a State Hearing from the California Department of Social Services within 120 days of the appeal decision: call 1-800-743-8525 (TTY 1-800-952-8349) or write to the State Hearings Division, P.O. Box 944243, MS 09-17-433, Sacramento, CA 94244-2430. A hearing costs nothing."))
        out.append(field("Independent Medical Review:"))
        out.append(w.p(_ca_imr(w) + " If you have a State Hearing first, you cannot later get an Independent Medical Review on the same issue."))
        out.append(w.p("Medi-Cal Managed Care Office of the Ombudsman: 1-888-452-8609."))
    elif p == "medicaid" and "notice.external_review" not in c.defects:
        agency = MEDICAID_PROGRAM[c.state][1]
        out.append(field("State fair hearing:"))
        out.append(w.p(f"After you receive our appeal decision, you may ask {agency} for a state fair hearing within 120 days. You may speak for yourself or have a lawyer, relative or friend speak for you."))
    elif p == "medicare_advantage":
        if "notice.external_review" not in c.defects:
            out.append(field("Independent review:"))
            out.append(w.p("Any reconsideration we do not decide fully in your favor is sent on automatically to the Independent Review Entity, an organization under contract with Medicare. Further levels of appeal, including an Administrative Law Judge, are explained in your Evidence of Coverage."))
        if c.letter_kind == "termination_notice":
            out.append(w.p("For skilled nursing, home health or outpatient rehabilitation coverage that is ending, the Quality Improvement Organization for your state can review the decision quickly; contact it by noon of the day before services end."))
        out.append(w.p("Medicare help line: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048."))
    out.append(field("Your file:"))
    out.append(w.p("You may see or get free copies of your case file, including medical records and the criteria used."))
    return out


# --- 3. appeal / grievance resolution ---------------------------------------------------------------------------------------


def t_final_appeal(w: W):
    c = w.c
    _setup_dates(w, ["ord_of", "mdy", "ord", "short", "abbr"])
    st = _style(w)
    idlab = w.pick(["Member ID", "Medical Record Number", "Kaiser ID"])
    st.header = [f"Appeal {c.ids['ref']} - {M('MEMBER_NAME', c.member_name)}"]
    st.footer = [w.pick(["{page} of {pages}", "Page {page}"])]
    st.footer_align = w.pick(["right", "center"])
    unit = w.pick(["Member Appeals and Grievances", "Appeals and Complaints Resolution", "Grievance and Appeals Operations"])
    b: list[Block] = [
        w.p(f"Kaiser Permanente - {unit}", bold=True, size=12, space_before=0),
        w.p(f"{M('REGION', c.region)} | {c.phones['ms']} | TTY {c.phones['tty']}", size=8.5, space_before=0),
        Block("space", height=8),
        w.p(_dateline(w), space_before=10),
        w.p(w.name(), space_before=10),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(Block("table", rows=[[idlab, w.mid()], ["Appeal number", c.ids["ref"]], ["Coverage", _plan_label(w)]],
                   header_row=False, space_before=10))
    title = w.pick(["Appeal Resolution", "Your Appeal Decision", "Resolution of Your Grievance"])
    if c.urgency == "expedited":
        title += " (Expedited)"
    b.append(w.h(title, size=13, space_before=12))
    sal = M("MEMBER_NAME", c.member_name) if c.member_salute == c.member_name else c.member_salute
    b.append(w.p(w.pick([f"Dear {sal},", f"Dear {sal}:"]), space_before=8))
    rcv = c.received
    opener = (f"We have completed our review of your appeal received {_on(w, 'DATE_RECEIVED', rcv)}" if rcv
              else "We have completed our review of your appeal")
    who = f", filed together with {w.prov()}," if c.provider else ""
    b.append(w.p(f"{opener}{who} about our earlier decision not to cover {_svc_join(w, c.services)}."))
    if c.service:
        b.append(w.p(f"Date of service at issue: {_dm(w, 'DATE_SERVICE', c.service)}."))
    outcome = c.extra.get("final_outcome", "upheld")
    dd = f" {_on(w, 'DATE_DECISION', c.decision)}" if c.decision else ""
    if outcome == "partial":
        ok = [s for s in c.services if s["decision"] == "approved"]
        no = [s for s in c.services if s["decision"] != "approved"]
        dec = (f"Decision{dd}: the original decision is partially overturned. We now approve {join_and([w.svc(s) for s in ok])}; "
               f"the denial of {join_and([w.svc(s) for s in no])} is upheld.")
    else:
        dec = w.pick([f"Decision{dd}: the original decision is upheld.", f"The original decision is upheld. This decision was made{dd or ' after a full review'}."])
    b.append(w.p(dec, bold=True))
    if c.urgency == "expedited":
        b.append(w.p("Your appeal was handled on an expedited basis and decided within 72 hours."))
    b.append(w.h(w.pick(["Reason for the decision", "How we reached this decision"]), space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    for t in (_dx_sentence(w), _criteria_sentence(w), _provision_sentence(w), _innet_sentence(w)):
        if t:
            b.append(w.p(t))
    if c.reviewer:
        nm, cred, spec, ph = _reviewer_bits(w)
        who = nm + (f", {cred}" if cred else "")
        if spec:
            t = (f"Your appeal was reviewed by a board-certified physician in {spec}, {who}, who was not involved in the initial decision "
                 f"and does not report to anyone who was.")
        else:
            t = f"Your appeal was reviewed by {who}, {c.reviewer_title.lower()}, who was not involved in the initial decision."
        if ph:
            t += f" {w.pick(['You or your doctor can reach the reviewer at', 'Reviewer telephone:'])} {ph}."
        b.append(w.p(t))
    else:
        b.append(w.p(w.pick(["Your appeal was reviewed by a Kaiser Permanente physician and an appeals coordinator, neither of whom was involved in the initial decision.",
                             "People who took no part in the initial decision, including a plan physician, reviewed your appeal and the full file."])))
    b.append(w.h(w.pick(["If you still disagree", "Next steps available to you"]), space_before=10))
    b += _appeal_next(w)
    b.append(w.p(w.pick(["Thank you for bringing this matter to us.", "We appreciate the chance to look at this again."]), space_before=10))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=8))
    b.append(w.p(f"{unit}, Kaiser Permanente", space_before=12))
    b += _fine_print(w)
    return b, st, "appeal_outcome"


def _appeal_next(w: W) -> list[Block]:
    c, p = w.c, w.c.plan_type
    out = []
    days = M("APPEAL_DAYS", c.appeal_phrase) if c.appeal_phrase else ""
    if c.ca_kk:
        out.append(w.p(
            f"You may ask the California Department of Managed Health Care for an Independent Medical Review of this decision, or file a complaint with the Department. "
            f"The IMR application is due within {days} of the date of this letter. Independent physicians will review the case and their decision is binding on us. You pay no fee."
            if p == "commercial_hmo" else _ca_imr(w)))
        if p == "medi_cal":
            out.append(w.p(
                f"You may also ask for a State Hearing with the California Department of Social Services. You must ask within {days} from the date of this letter: "
                "call 1-800-743-8525 (TTY 1-800-952-8349) or write to the State Hearings Division, P.O. Box 944243, MS 09-17-433, Sacramento, CA 94244-2430. "
                "Choosing a State Hearing first means you cannot have an IMR on the same issue afterwards."))
            if "notice.continuation_of_benefits" not in c.defects:
                out.append(w.p("If you were already receiving these services, ask for a State Hearing within 10 days of this letter to keep getting them until the hearing decision."))
            out.append(w.p("The Medi-Cal Managed Care Ombudsman can help: 1-888-452-8609."))
    elif "notice.external_review" not in c.defects:
        if p == "medicare_advantage":
            out.append(w.p("Because we did not decide your appeal completely in your favor, we are required to forward your case to the Independent Review Entity (IRE), an organization Medicare contracts with. We have sent the file; the IRE will write to you with its decision. If it also decides against you, you may ask for a hearing before an Administrative Law Judge."))
        elif p == "fehb":
            out.append(w.p(f"You may ask the U.S. Office of Personnel Management to review this decision. Write to OPM within {days} of the date of this letter: "
                           "United States Office of Personnel Management, Healthcare and Insurance, Federal Employee Insurance Operations, 1900 E Street NW, Washington, DC 20415. "
                           "Include a copy of this letter and the reasons you disagree."))
        else:
            out.append(w.p(f"This is our final internal decision. You may now ask for an external review by an independent review organization; the request must be made within {days} after you receive this letter, and there is no cost to you."))
    if p == "medicare_advantage":
        out.append(w.p("Questions about Medicare appeals: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048."))
    if p == "commercial_hmo" and "notice.consumer_assistance" not in c.defects:
        name, ph = V.CONSUMER_ASSIST[c.state]
        out.append(w.p(f"For free help, you may contact the {name} at {ph}."))
    out.append(w.p("You may ask, free of charge, for copies of every document we relied on, including the full appeal file."))
    return out


KINDS_MEMO = ["initial_denial", "partial_denial", "termination_notice"]
FINAL_TEMPLATES: dict[str, tuple] = {
    "final_memo_letter": (t_final_memo, dict(plans=["commercial_hmo"] * 2 + ["erisa_group"], kinds=KINDS_MEMO,
                                             cats=["medical_necessity", "experimental_investigational", "not_covered",
                                                   "out_of_network", "no_prior_authorization"], reason=reason_final)),
    "final_notice_form": (t_final_notice, dict(plans=["medi_cal"] * 12 + ["medicaid", "medicare_advantage"],
                                               kinds=KINDS_MEMO + ["payment_denial"], reason=reason_final)),
    "final_appeal_outcome": (t_final_appeal, dict(plans=["commercial_hmo"] * 2 + ["medi_cal"] * 6 + ["medicare_advantage", "fehb"],
                                                  kinds=["grievance_decision"], states=["CA", "CO", "GA", "MD", "WA"],
                                                  reason=reason_final)),
}
MODELED_ON = {
    "final_memo_letter": "final held-out: terse business-letter coverage determination (RE: line, one dense paragraph, reviewer in the closing)",
    "final_notice_form": "final held-out: government-style notice of adverse benefit determination with a field grid and numbered items",
    "final_appeal_outcome": "final held-out: appeal/grievance resolution letter (upheld or partially overturned) with an independent-reviewer sentence",
}
