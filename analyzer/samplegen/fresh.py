"""Held-out "fresh" templates: letters used only to evaluate the extractor, never to train it.

They are registered in ``FRESH_TEMPLATES`` (not in ``templates.TEMPLATES``), so ``generate(seed)`` never picks
them; ask for one by name: ``generate(seed, template="fresh_qa_notice")``. Their prose (reasons, headings,
rights paragraphs) is written here, independently of sections_en.py and vocab.py; only statutory text that real
letters repeat word for word (the DMHC statement) and the language taglines are shared.
"""

from __future__ import annotations

from . import dates as D
from . import sections_en as E
from . import vocab as V
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# --- small pieces ------------------------------------------------------------------------------------

MEDICAL_GROUP = {
    "Northern California": "The Permanente Medical Group, Inc.",
    "Southern California": "Southern California Permanente Medical Group",
    "Colorado": "Colorado Permanente Medical Group, P.C.",
    "Georgia": "The Southeast Permanente Medical Group, Inc.",
    "Hawaii": "Hawaii Permanente Medical Group, Inc.",
    "Mid-Atlantic States": "Mid-Atlantic Permanente Medical Group, P.C.",
    "Northwest": "Northwest Permanente, P.C.",
    "Washington": "Washington Permanente Medical Group, P.C.",
}
MEDICAID_NAME = {
    "CO": "Health First Colorado",
    "GA": "Georgia Medicaid (Georgia Families)",
    "MD": "Maryland Medical Assistance (HealthChoice)",
    "VA": "Virginia Medicaid - Cardinal Care",
    "DC": "District of Columbia Medicaid",
    "WA": "Washington Apple Health",
    "OR": "Oregon Health Plan",
}
DRUG_KEYS = ["humira", "keytruda", "semaglutide", "lecanemab", "botox_migraine"]
BH_KEYS = ["eating_disorder_rtc", "sud_residential", "inpatient_psych", "aba", "tms"]
ALTERNATIVES = {  # covered options a pharmacy letter lists (clinical facts, not wording)
    "humira": ["adalimumab-adaz (biosimilar)", "methotrexate tablets", "etanercept (Enbrel)"],
    "semaglutide": ["a Healthy Weight program visit", "metformin, if your doctor finds it appropriate"],
    "keytruda": ["docetaxel-based chemotherapy", "enrollment in a clinical trial your oncologist identifies"],
    "lecanemab": ["donepezil", "memantine", "a memory-care consultation"],
    "botox_migraine": ["topiramate", "propranolol", "erenumab (Aimovig)"],
}
STEP_DOWN = {
    "eating_disorder_rtc": "partial hospitalization (day treatment) for eating disorders",
    "sud_residential": "an intensive outpatient program (ASAM level 2.1)",
    "inpatient_psych": "a partial hospitalization program",
    "aba": "parent training with a reduced number of therapy hours",
    "tms": "medication management and outpatient psychotherapy",
}


def _plan_name(w: W) -> str:
    c = w.c
    p = c.plan_type
    if p == "erisa_group":
        return M("PLAN_CUE", w.pick([f"{c.extra['employer']} Health and Welfare Plan (self-insured; ERISA)",
                                     f"Self-funded group plan of {c.extra['employer']}, administered by Kaiser Permanente"]))
    if p == "medicare_advantage":
        return M("PLAN_CUE", w.pick(["Senior Advantage (Medicare Advantage HMO)", "Kaiser Permanente Medicare health plan"]))
    if p == "medi_cal":
        return M("PLAN_CUE", w.pick(["Medi-Cal (Kaiser Permanente)", "Kaiser Permanente - Medi-Cal managed care plan"]))
    if p == "medicaid":
        return M("PLAN_CUE", MEDICAID_NAME[c.state] + w.pick([" - Kaiser Permanente", ", through Kaiser Permanente"]))
    return M("PLAN_CUE", w.pick(["Kaiser Permanente commercial HMO", "KP HMO plan (employer group)", "Kaiser Permanente Deductible HMO"]))


def _style_fresh(w: W, family: str | None = None) -> Style:
    st = Style(
        family=family or w.pick(["helvetica", "times", "helvetica"]),
        size=w.pick([9.0, 9.5, 10.0, 10.5, 11.0]),
        margin_l=w.pick([50.0, 60.0, 66.0, 72.0]),
        margin_t=w.pick([40.0, 48.0, 60.0]),
    )
    st.margin_r = st.margin_l
    return st


def _running(w: W, st: Style, label: str) -> None:
    c = w.c
    st.header = [w.pick([f"{label} {M('MEMBER_ID', c.member_id)} | {M('MEMBER_NAME', c.member_name)}",
                         f"{M('MEMBER_NAME', c.member_name)} - continued",
                         f"Continued: {label} {M('MEMBER_ID', c.member_id)}"])]
    st.footer = [w.pick(["Page {page} of {pages}", "p. {page} / {pages}", "({page})"]),
                 w.pick([f"Notice {c.ids['form']}", f"KP-{c.region[:3].upper()} {c.ids['form']}", "Keep this notice for your records."])]
    st.footer_align = w.pick(["center", "left", "right"])


def _svc_plain(c) -> str:
    den = c.denied_services() or c.services
    return join_and([x["text"] for x in den])


def _low(s: str, c=None) -> str:
    if c is not None and c.scenario.get("key") in DRUG_KEYS:  # brand names keep their capital
        return s
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


# --- the reason (written here) --------------------------------------------------------------------------


def reason_fresh(w: W) -> str:
    c, s = w.c, w.c.scenario
    svc = _svc_plain(c)
    cat = c.category
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Does not meet medical necessity.", "Denied - not medically necessary per review.", "Medical necessity not met."])
        return w.pick(["Benefit exclusion.", "Not a covered benefit.", "Excluded under the member's plan."])
    if c.letter_kind == "delay_notice":
        return w.pick([
            f"We cannot finish reviewing the request for {_low(svc, c)} yet: records we need from the treating office have not reached us.",
            f"The review of {_low(svc, c)} is on hold while we wait for clinical information from the ordering office.",
            f"More time is needed to decide on {_low(svc, c)} because the chart notes sent with the request were incomplete.",
        ])
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the notes we received do not show that this care is needed right now"])
        if c.letter_kind == "partial_denial":
            ok = join_and([x["text"] for x in c.services if x["decision"] == "approved"])
            return w.pick([
                f"{ok} can go ahead. {svc} cannot, since {fact}.",
                f"Only part of the request is approved: {_low(ok, c)} yes, {_low(svc, c)} no. Our reviewer found that {fact}.",
            ])
        if c.letter_kind == "termination_notice":
            return w.pick([
                f"{svc} will no longer be covered, since {fact}.",
                f"Our review found that {fact}; for that reason we will end coverage of {_low(svc, c)}.",
            ])
        return w.pick([
            f"After looking at your records, our reviewer found that {fact}. So {_low(svc, c)} is not medically necessary for you at this time.",
            f"{svc}: not approved. The clinical notes show that {fact}.",
            f"We looked at what your doctor sent us. {fact[:1].upper() + fact[1:]}, so this request does not meet the standard for medical necessity.",
        ])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the published studies do not yet show that it works for your condition"])
        return w.pick([
            f"For your condition, {_low(svc, c)} is still considered experimental or investigational: {fact}.",
            f"We consider this use of {_low(svc, c)} investigational because {fact}.",
        ])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["it is listed among the services your plan does not cover"])
        return w.pick([
            f"Your plan does not pay for {_low(svc, c)}. The reason: {fact}.",
            f"{svc} is outside your benefits because {fact}.",
        ])
    if cat == "out_of_network":
        return w.pick([
            f"You asked to get {_low(svc, c)} from {c.outside}, which is not in our network. Kaiser Permanente doctors can give you this care, so we will not pay for it outside the network.",
            f"{c.outside} does not contract with us, and the care you need ({_low(svc, c)}) is available from our own specialists.",
        ])
    if cat == "no_prior_authorization":
        return w.pick([
            f"{svc} must be approved before you get it. We did not receive a request for approval in time.",
            f"No approval was on file for {_low(svc, c)}, and your plan requires one before this care is given.",
        ])
    return f"We could not process the request for {_low(svc, c)} because required information was missing."


# --- shared blocks, worded for these templates ------------------------------------------------------------


def _dx_line(w: W) -> list[Block]:
    c = w.c
    if not c.diagnoses:
        return []
    lab = w.pick(["Diagnosis on the request", "Condition", "Diagnosis code(s)"])
    return [w.p(f"{lab}: " + "; ".join(w.dx(d) for d in c.diagnoses))]


def _criteria_text(w: W) -> str:
    c = w.c
    if not c.criteria:
        return ""
    cr = join_and([w.crit(x) for x in c.criteria])
    return w.pick([
        f"Guideline used: {cr}. We will send you a free copy if you ask.",
        f"The reviewer compared your records with {cr}. Ask us and we will mail you the guideline at no charge.",
        f"Clinical criteria: {cr} (a copy is free on request).",
    ])


def _provision(w: W) -> str:
    c = w.c
    if c.plan_type == "medicare_advantage" or c.category in ("medical_necessity", "second_opinion"):
        return ""
    if "notice.plan_provision" in c.defects:
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    ref = {
        "erisa_group": w.pick([f"page {pg} of the {c.extra['employer']} Summary Plan Description",
                               f"the {yr} Summary Plan Description, section {sec}, \"What the Plan Does Not Pay For\""]),
        "medi_cal": w.pick([f"your Medi-Cal Member Handbook, chapter 4, page {pg}",
                            "California Code of Regulations, title 22, section 51303"]),
        "medicaid": w.pick([f"the {MEDICAID_NAME.get(c.state, 'Medicaid')} member handbook, page {pg}",
                            f"section {sec} of your member handbook"]),
    }.get(c.plan_type) or w.pick([f"section {sec} of your {yr} Evidence of Coverage",
                                  f"your {yr} Evidence of Coverage, page {pg} (\"Services we do not cover\")"])
    return w.pick([f"Plan rule used: {M('PLAN_PROVISION', ref)}.", f"You can read this rule in {M('PLAN_PROVISION', ref)}."])


def _reviewer_lines(w: W, form: str) -> list[Block]:
    """The reviewer as a signature block ('sig'), a labelled line ('label') or a sentence ('prose')."""
    c = w.c
    r = c.reviewer
    if not r:
        return []
    nm = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    if form == "sig":
        out = [w.p(w.pick(["Electronically signed by:", "Reviewing practitioner:", "Determination made by:"]), space_before=12),
               w.p(nm + (", " + cred if cred else ""), bold=True, space_before=2)]
        out.append(w.p(c.reviewer_title + (f" | {spec}" if spec else ""), space_before=0))
        if ph:
            out.append(w.p(w.pick([f"Direct line: {ph}", f"Peer-to-peer line: {ph}", f"Phone {ph}"]), space_before=0))
        return out
    if form == "label":
        t = f"{w.pick(['Who reviewed this request', 'Reviewer'])}: {nm}" + (f", {cred}" if cred else "") + f" ({c.reviewer_title}"
        t += f", {spec})" if spec else ")"
        if ph:
            t += f". To talk with the reviewer, call {ph}."
        return [w.p(t)]
    t = f"This decision was made by {nm}" + (f", {cred}" if cred else "") + f", a {c.reviewer_title.lower()}"
    t += f" who specializes in {spec}." if spec else "."
    if ph:
        t += f" Your doctor may call {ph} to discuss it."
    return [w.p(t)]


def _innet(w: W) -> list[Block]:
    c = w.c
    if c.category not in ("out_of_network",) and not (c.category == "no_prior_authorization" and c.ca_kk):
        return []
    if "network.no_timely_in_network_alternative" in c.defects:
        return [w.p(w.pick(["You can get this care from Kaiser Permanente providers.", "In-network options exist for this care."]))]
    i = c.innet
    return [w.p(w.pick([
        f"We booked you with {i['name']} ({i['specialty']}) at {i['facility']} for {c.d(i['appt'])}. Call {c.phones['dept']} to change the time.",
        f"In-network option: {i['short']}, {i['specialty']}, {i['facility']} - first opening {c.d(i['appt'])}.",
    ]))]


def _terminal(w: W) -> list[Block]:
    c = w.c
    if not (c.ca_kk and c.category == "experimental_investigational" and c.scenario.get("serious")):
        return []
    if "experimental.terminal_illness_rights" in c.defects:
        return []
    return [
        w.h(w.pick(["Because your illness is serious", "Other options and a meeting with us"])),
        w.p("Standard treatment for your condition with Plan doctors is still covered. If you ask, we will send the medical and scientific reasons and the studies behind this decision. "
            "You may ask to meet with us (a conference) about this decision: we will hold it within 30 days, or within 5 business days if your doctor says waiting would make the treatment much less effective. "
            "You can also ask the state for an Independent Medical Review right away, without first filing a grievance with us."),
    ]


def _appeal_blocks(w: W, heading: str | None) -> list[Block]:
    c = w.c
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(heading)] if heading else []
    if c.letter_kind == "delay_notice":
        out.append(w.p(f"If you think we are taking too long, you can file a complaint (grievance). Call {c.phones['ms']} (TTY {c.phones['tty']}) or write to {addr}."))
        return out
    days = M("APPEAL_DAYS", c.appeal_phrase)
    word = "reconsideration (an appeal)" if c.plan_type == "medicare_advantage" else "an appeal"
    out.append(w.p(w.pick([
        f"You can ask for {word} - a new look at this decision by people who did not make it. Send it within {days} from the date of this notice.",
        f"Ask for {word} no later than {days} after the date of this letter. A doctor who was not part of this decision will review it.",
        f"Deadline to appeal: {days} from the date printed on this notice.",
    ])))
    out.append(w.p(w.pick([
        f"How: call {c.phones['ms']} (TTY {c.phones['tty']}), send a message on kp.org, or mail your appeal to {addr}. Your doctor or someone you choose can appeal for you.",
        f"Mail: {addr}. Phone: {c.phones['ms']}, TTY {c.phones['tty']}. Online: kp.org. Anyone you name in writing may act for you.",
    ])))
    if c.plan_type == "medicare_advantage" and c.letter_kind == "termination_notice":
        out.append(w.p(w.pick([
            "If your skilled nursing, home health or rehabilitation services are ending, you can also ask the Beneficiary and Family Centered Care Quality Improvement Organization (BFCC-QIO) for an immediate review. Call it no later than noon of the day before your services end; the number is on the Notice of Medicare Non-Coverage you received.",
            "Fast-track review: Medicare's Quality Improvement Organization can decide quickly whether your covered services should continue. Contact it by noon the day before coverage ends (see your Notice of Medicare Non-Coverage, or call 1-800-MEDICARE).",
        ])))
    if "notice.expedited_review" not in c.defects:
        out.append(w.p(w.pick([
            "Need a faster answer? If waiting could put your life or health in serious danger, ask for a fast (expedited) appeal. We will answer within 72 hours.",
            "Urgent? When a doctor says a normal review would seriously risk your health, we decide your appeal within 72 hours.",
        ])))
    return out


def _outside_review(w: W) -> list[Block]:
    c = w.c
    if "notice.external_review" in c.defects or c.letter_kind == "delay_notice":
        return []
    p = c.plan_type
    if c.ca_kk:
        out = [w.p(w.pick([
            "Independent Medical Review (IMR): the California Department of Managed Health Care can have doctors who do not work for us review a decision about medical necessity or experimental treatment. It costs you nothing. Apply within 6 months of our written decision.",
            "You may qualify for an IMR from the Department of Managed Health Care. Outside doctors decide; there is no fee. The application is due within six months of our written decision, and normally after 30 days in our grievance process (sooner if your case is urgent).",
        ]))]
        if p == "medi_cal":
            out.append(w.p(w.pick([
                "State Hearing: if we keep our decision after your appeal, you may ask the California Department of Social Services for a State Hearing within 120 days of our appeal decision. Call 1-800-743-8525 (TTY 1-800-952-8349). It is free.",
                "You can also request a State Hearing (California Department of Social Services, 1-800-743-8525, TTY 1-800-952-8349) within 120 days after our appeal decision letter. If you have a State Hearing first, you cannot have an IMR on the same issue later.",
            ])))
        return out
    if p == "medicare_advantage":
        return [w.p(w.pick([
            "If we still say no after your reconsideration, we must send your case to an Independent Review Entity (IRE) that works for Medicare. You do not have to do anything for that to happen. After the IRE, you can ask for a hearing before an Administrative Law Judge.",
            "A Medicare-contracted Independent Review Entity automatically reviews any reconsideration we do not decide fully in your favor; later levels include an Administrative Law Judge and the Medicare Appeals Council.",
        ]))]
    if p == "medicaid":
        return [w.p(w.pick([
            f"State fair hearing: after our appeal, if you still disagree, you may ask {MEDICAID_NAME[c.state]} for a state fair hearing. Ask within 120 days of the date of our appeal decision.",
            "You have 120 days from our appeal decision to request a state fair hearing before a hearing officer. It is free, and you may bring someone to help you.",
        ]))]
    if p == "erisa_group":
        return [w.p(w.pick([
            "External review: once you finish the plan's appeal, an independent review organization can look at the decision. Ask for it within 4 months after you get our final answer. It is free.",
            "Within four months of a final internal denial, you may ask for review by an independent review organization (IRO) at no cost.",
        ])), w.p("You also have the right to sue under section 502(a) of ERISA after you have used the plan's appeal process.")]
    return [w.p(w.pick([
        "Outside review: if our final appeal decision still denies the care, you can have an independent review organization chosen by the state look at it. Ask within 4 months of that final decision. It is free.",
        "After our appeal, your state's insurance regulator can assign an independent reviewer. The request is due within four months of our final decision.",
    ]))]


def _help_blocks(w: W) -> list[Block]:
    c = w.c
    out = []
    if c.plan_type in ("commercial_hmo", "erisa_group") and "notice.consumer_assistance" not in c.defects:
        if c.plan_type == "erisa_group":
            out.append(w.p("Free help: U.S. Department of Labor, Employee Benefits Security Administration, 1-866-444-3272 (askebsa.dol.gov)."))
        else:
            name, ph = V.CONSUMER_ASSIST[c.state]
            out.append(w.p(w.pick([f"Free help with an appeal: {name}, {ph}.", f"The {name} ({ph}) helps people appeal health plan decisions at no charge."])))
    if c.plan_type in ("medi_cal", "medicaid") and c.letter_kind != "delay_notice" and "notice.continuation_of_benefits" not in c.defects:
        out.append(w.p(w.pick([
            "Keeping your services during an appeal: if this notice stops or reduces care you already get, appeal within 10 days of the date of this notice (or before the change starts) and ask to keep the service. It will continue until the appeal is decided.",
            "Want your current services to continue while you appeal? File the appeal within 10 days of this notice and say so. If you lose the appeal, you may be asked to pay for services you got during it.",
        ])))
    if c.plan_type == "medicare_advantage":
        out.append(w.p(w.pick(["Questions about Medicare appeals: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day.",
                               "Medicare can answer questions about your rights: call 1-800-MEDICARE (1-800-633-4227); TTY users call 1-877-486-2048."])))
    if c.plan_type == "medi_cal":
        out.append(w.p("Medi-Cal Managed Care Ombudsman: 1-888-452-8609, Monday-Friday, 8 a.m.-5 p.m."))
    out.append(w.p(w.pick([
        "Free copies: you may ask for everything we used to decide, including your records and the guideline.",
        "You can get, at no cost, copies of the documents and rules we relied on.",
    ])))
    if c.plan_type in ("commercial_hmo", "erisa_group"):
        out.append(w.p("You may also ask for the diagnosis and treatment codes for this decision and what they mean. Asking for codes does not start an appeal."))
    return out


def _tail(w: W) -> list[Block]:
    out = E.dmhc_statement(w)  # statutory text: real California letters print it verbatim
    if "notice.language_assistance" not in w.c.defects:
        out.append(w.small("Kaiser Permanente follows federal civil rights laws. We do not treat people differently because of race, color, national origin, age, disability or sex. Free aids and interpreters are available.", space_before=8))
        out.append(Block("pagebreak"))
        out += E.taglines(w)
    return out


def _services_list(w: W) -> str:
    return join_and([w.svc_with_codes(s) for s in w.c.services])


# --- 1. question-and-answer notice ------------------------------------------------------------------------


def t_fresh_qa(w: W):
    c = w.c
    st = _style_fresh(w)
    idlab = w.pick(["Member number", "Health record number", "Your ID", "MRN"])
    _running(w, st, idlab)
    b = [w.p(w.pick(["Kaiser Permanente", "KAISER PERMANENTE"]) + "  " + w.pick([M("REGION", c.region), f"{M('REGION', c.region)} Region"]), bold=True, size=12.5, space_before=0),
         w.p(w.pick(["Coverage decisions team", "Care review", "Member Services - Decisions"]) + " | " + c.phones["dept"], size=8.5, space_before=0),
         Block("rule")]
    rows = [["Date of this notice", w.date("DATE_LETTER", c.letter)], ["Member", w.name()], [idlab, w.mid()],
            ["Plan", _plan_name(w)], [w.pick(["Case number", "Our file number"]), c.ids["ref"]]]
    if w.chance(0.5):
        b.append(Block("table", rows=rows, header_row=False, space_before=8))
        b += [w.p(w.name(), space_before=10)] + [w.p(x, space_before=0) for x in c.member_addr]
    else:
        b += [w.p(w.date("DATE_LETTER", c.letter), space_before=10), w.p(w.name(), space_before=10)]
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"{idlab}: {w.mid()}   |   Plan: {_plan_name(w)}", space_before=8))
    title = {"initial_denial": "We did not approve your request", "partial_denial": "We approved only part of your request",
             "termination_notice": "Coverage for your care is ending", "delay_notice": "We need more time to decide"}[c.letter_kind]
    if c.urgency == "expedited":
        title += w.pick([" (fast review)", " - expedited"])
    b.append(w.h(title, size=13.5, space_before=12, align=w.pick(["left", "center"])))
    b.append(w.p(w.pick([f"Hello {w.name()},", f"To {w.name()}:", f"Dear {c.member_salute if c.member_salute != c.member_name else w.name()},"]), space_before=8))
    b.append(w.p(w.pick(["This notice answers the questions members ask us most about a decision like this one.",
                         "Below are plain answers about your request and what you can do next.",
                         "Please read each answer. Call us if anything is unclear."])))
    qs = w.pick([("What did you ask for?", "What did we decide?", "Why?", "Who looked at your request?", "What can you do if you disagree?", "Can someone outside Kaiser Permanente review it?", "Where can you get help?"),
                 ("What is this notice about?", "What is our decision?", "Why did we make this decision?", "Who reviewed this request?", "What if you do not agree?", "Is there an independent review?", "Who can help you?")])
    sh = w.chance(0.4)
    H = lambda t: w.h(t, shade=sh, space_before=10)  # noqa: E731
    b.append(H(qs[0]))
    who = w.prov() if c.provider else "you"
    rcv = w.date("DATE_RECEIVED", c.received)
    when = w.pick([f"On {rcv}, we received", f"We got a request on {rcv} from"]) if rcv else "We reviewed"
    when = when + (" a request from" if when.endswith("received") else "")
    if not rcv:
        when = "We reviewed a request from"
    b.append(w.p(f"{when} {who} for {_services_list(w)}."))
    if c.letter_kind == "termination_notice" and c.service:
        b.append(w.p(f"You have been getting this care since {w.date('DATE_SERVICE', c.service)}."))
    b.append(H(qs[1]))
    dd = w.date("DATE_DECISION", c.decision) if c.decision else ""
    if c.letter_kind == "delay_notice":
        exp = c.extra["expected"]
        t = "We have not made a decision yet. We are taking extra time (an extension) to review it."
        if "notice.delay_requirements" not in c.defects:
            t += f" We need the latest office notes and test results from {c.provider_short or 'your doctor'}; once we have them, we expect to decide by {c.d(exp)}."
        b.append(w.p(t))
    else:
        verb = {"initial_denial": "we denied the request", "partial_denial": "we approved some of the request and denied the rest",
                "termination_notice": "we will stop covering this care"}[c.letter_kind]
        b.append(w.p(f"On {dd}, {verb}." if dd else verb[:1].upper() + verb[1:] + "."))
        if c.letter_kind == "partial_denial":
            rows = [["Service", "Answer"]] + [[w.svc(s), "Approved" if s["decision"] == "approved" else "Not approved"] for s in c.services]
            b.append(Block("table", rows=rows))
        if c.urgency == "expedited":
            b.append(w.p("Because your doctor said this was urgent, we made this decision within 72 hours."))
    b.append(H(qs[2]))
    b.append(w.p(M("REASON", w.reason)))
    b += _dx_line(w)
    for t in (_criteria_text(w), _provision(w)):
        if t:
            b.append(w.p(t))
    b += _innet(w) + _terminal(w)
    if c.reviewer:
        b.append(H(qs[3]))
        b += _reviewer_lines(w, w.pick(["label", "prose"]))
    b.append(H(qs[4]))
    b += _appeal_blocks(w, None)
    ext = _outside_review(w)
    if ext:
        b.append(H(qs[5]))
        b += ext
    b.append(H(qs[6]))
    b += _help_blocks(w)
    b.append(w.p(f"Questions about this notice? Call {c.phones['ms']} (TTY {c.phones['tty']}).", space_before=8))
    b.append(w.p(w.pick(["Kaiser Permanente Coverage Decisions", "Your Kaiser Permanente care review team"]), space_before=10))
    b += _tail(w)
    return b, st, "qa"


# --- 2. medical-group UM determination with a service table -------------------------------------------------


def _units(s: dict) -> str:
    import re

    m = re.search(r"(\d+) (visits|days|sessions|treatments)", s["text"])
    return m.group(1) if m else "1"


def t_fresh_um(w: W):
    c = w.c
    st = _style_fresh(w, family=w.pick(["helvetica", "courier", "times"]))
    idlab = w.pick(["MRN", "Member #", "Patient ID"])
    _running(w, st, idlab)
    group = MEDICAL_GROUP[c.region]
    b = [w.p(group.upper() if w.chance(0.5) else group, bold=True, size=12, space_before=0),
         w.p(f"Utilization Management - Kaiser Permanente {M('REGION', c.region)}", size=9, space_before=0),
         w.p(f"Fax {c.phones['fax']}  Tel {c.phones['dept']}", size=9, space_before=0), Block("rule"),
         w.h(w.pick(["UTILIZATION REVIEW DETERMINATION", "Authorization Determination", "Notice of Utilization Management Decision"]), size=13, align="center", space_before=8)]
    review = ("Expedited" if c.urgency == "expedited" else "Standard") + " " + {"termination_notice": "concurrent review", "delay_notice": "pre-service review (extended)"}.get(c.letter_kind, "pre-service review")
    rows = [[w.pick(["Determination date", "Date issued"]), w.date("DATE_LETTER", c.letter)],
            ["Patient", w.name()], [idlab, w.mid()], ["Coverage", _plan_name(w)],
            [w.pick(["Authorization #", "UM case #"]), c.ids["auth"]], ["Review type", review]]
    if w.chance(0.4):
        rows.insert(3, ["DOB", c.d(c.extra["dob"])])
    if c.provider:
        rows.append([w.pick(["Requesting practitioner", "Ordering provider"]), w.prov()])
    if c.received:
        rows.append([w.pick(["Received", "Request date"]), w.date("DATE_RECEIVED", c.received)])
    if c.decision and c.decision != c.letter or c.decision and w.chance(0.5):
        rows.append([w.pick(["Decided", "Decision date"]), w.date("DATE_DECISION", c.decision)])
    if c.letter_kind == "termination_notice" and c.service:
        rows.append(["Care started", w.date("DATE_SERVICE", c.service)])
    b.append(Block("table", rows=rows, header_row=False, space_before=8))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    dec = {"denied": w.pick(["DENIED", "Not authorized", "Denied"]), "approved": w.pick(["APPROVED", "Authorized", "Approved"])}
    if c.letter_kind == "delay_notice":
        dec = {"denied": "Pending", "approved": "Pending"}
    elif c.letter_kind == "termination_notice":
        dec = {"denied": f"Ends {c.d(D.add_business(c.letter, 2))}", "approved": "Approved"}
    hdr = w.pick([["Code", "Description", "Units", "Decision"], ["CPT/HCPCS", "Service requested", "Qty", "Determination"]])
    trows = [hdr] + [[", ".join(w.code(x) for x in s["codes"]) or "n/a", w.svc(s), _units(s), dec[s["decision"]]] for s in c.services]
    b.append(w.h(w.pick(["Service requested", "Services reviewed"]), space_before=10))
    b.append(Block("table", rows=trows, col_align=["left", "left", "right", "left"]))
    b.append(w.h(w.pick(["Rationale", "Why we made this decision", "Basis for determination"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    b += _dx_line(w)
    if c.letter_kind == "delay_notice":
        if "notice.delay_requirements" not in c.defects:
            b.append(w.p(f"Information still needed: clinic notes from the last 60 days and the results of any recent imaging. Please send them by fax to {c.phones['fax']}. We expect to decide by {c.d(c.extra['expected'])}."))
        else:
            b.append(w.p("Review will resume once we have what we need."))
    else:
        ct = _criteria_text(w)
        if ct:
            b.append(w.h(w.pick(["Criteria applied", "Plan rules and guidelines used"]), space_before=8))
            b.append(w.p(ct))
        pv = _provision(w)
        if pv:
            b.append(w.p(pv))
        b += _innet(w) + _terminal(w)
    b += _reviewer_lines(w, "sig")
    b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["YOUR RIGHTS", "If you disagree with this determination", "Appeal information"]), size=12))
    b += _appeal_blocks(w, "Complaints" if c.letter_kind == "delay_notice" else w.pick(["Appeal", "How to appeal"]))
    ext = _outside_review(w)
    if ext:
        b.append(w.h(w.pick(["Independent review", "Review outside the plan"])))
        b += ext
    b.append(w.h("Other help"))
    b += _help_blocks(w)
    b += _tail(w)
    return b, st, "um_table"


# --- 3. pharmacy prior-authorization or behavioral-health level-of-care decision ----------------------------


def t_fresh_rx_bh(w: W):
    c = w.c
    key = c.scenario.get("key", "")
    bh = bool(c.scenario.get("mh"))
    drug = key in DRUG_KEYS
    st = _style_fresh(w)
    idlab = w.pick(["Member ID", "Member no.", "KP number"])
    _running(w, st, idlab)
    dept = "Behavioral Health Utilization Review" if bh else ("Pharmacy Prior Authorization" if drug else "Clinical Review")
    b = [w.p(f"Kaiser Permanente {M('REGION', c.region)} - {dept}", bold=True, size=12, space_before=0),
         w.p(f"{c.phones['dept']} | fax {c.phones['fax']} | kp.org", size=8.5, space_before=0), Block("rule")]
    b.append(w.p(w.pick([f"Date: {w.date('DATE_LETTER', c.letter)}", w.date("DATE_LETTER", c.letter)]), space_before=8))
    b += [w.p(w.name(), space_before=8)] + [w.p(x, space_before=0) for x in c.member_addr]
    if bh:
        title = w.pick(["Level of Care Determination", "Behavioral Health Coverage Decision", "Notice of Adverse Benefit Determination - Behavioral Health"])
    elif drug:
        title = w.pick(["Prescription Drug Coverage Decision", "Prior Authorization Decision - Medication", "Formulary Exception Request: Decision"])
    else:
        title = w.pick(["Coverage Decision", "Prior Authorization Decision"])
    b.append(w.h(title, size=13, space_before=10))
    rows = [[idlab, w.mid()], ["Plan", _plan_name(w)]]
    if c.provider:
        rows.append([w.pick(["Prescriber", "Prescribing doctor"]) if drug else w.pick(["Treating clinician", "Requesting provider"]), w.prov()])
    if c.received:
        rows.append(["Request received", w.date("DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append(["Decision made", w.date("DATE_DECISION", c.decision)])
    if c.letter_kind == "termination_notice" and c.service:
        rows.append(["Admitted / started" if bh else "Therapy started", w.date("DATE_SERVICE", c.service)])
    b.append(Block("table", rows=rows, header_row=False, space_before=6))
    sal = w.name() if c.member_salute == c.member_name else c.member_salute
    b.append(w.p(f"Dear {sal},", space_before=8))
    svcs = _services_list(w)
    if bh:
        intro = {"termination_notice": f"We reviewed whether your current level of care, {svcs}, is still needed.",
                 "partial_denial": f"We reviewed the request for {svcs}."}.get(c.letter_kind, f"We reviewed the request for {svcs}.")
    elif drug:
        intro = w.pick([f"Your prescriber asked us to cover {svcs}.", f"We received a prior authorization request for {svcs}."])
    else:
        intro = f"We reviewed the request for {svcs}."
    b.append(w.p(intro))
    verdict = {"initial_denial": "Our decision: not approved.", "partial_denial": "Our decision: approved in part.",
               "termination_notice": "Our decision: coverage ends."}[c.letter_kind]
    if c.urgency == "expedited":
        verdict += " (This was an expedited review.)"
    b.append(w.p(verdict, bold=True))
    b.append(w.h(w.pick(["Why we made this decision", "Reason", "The reason for our decision"]), space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    b += _dx_line(w)
    ct = _criteria_text(w)
    if ct:
        b.append(w.p(ct))
    pv = _provision(w)
    if pv:
        b.append(w.p(pv))
    if bh and key in STEP_DOWN:
        b.append(w.p(w.pick([f"Care that is covered and fits your needs now: {STEP_DOWN[key]}. Your care team can set this up.",
                             f"We can approve {STEP_DOWN[key]} right away if you and your clinician agree."])))
    if drug and key in ALTERNATIVES:
        rows = [["Covered alternative", "Notes"]] + [[a, w.pick(["Formulary", "Preferred", "No prior authorization needed"])] for a in ALTERNATIVES[key]]
        b.append(Block("table", rows=rows, space_before=6))
        b.append(w.p("Your prescriber may also ask for a formulary exception with a statement of medical need."))
    b += _innet(w) + _terminal(w)
    b += _reviewer_lines(w, w.pick(["prose", "label", "sig"]))
    b.append(w.p(f"Questions: {c.phones['ms']} (TTY {c.phones['tty']}).", space_before=8))
    b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["What you can do next", "Your right to appeal", "Appeals and hearings"]), size=12))
    b += _appeal_blocks(w, None)
    ext = _outside_review(w)
    if ext:
        b.append(w.h(w.pick(["Review outside Kaiser Permanente", "Hearings and independent review"])))
        b += ext
    b += _help_blocks(w)
    b += _tail(w)
    return b, st, "rx_bh"


KINDS4 = ["initial_denial", "partial_denial", "termination_notice", "delay_notice"]
FRESH_TEMPLATES: dict[str, tuple] = {
    "fresh_qa_notice": (t_fresh_qa, dict(plans=["commercial_hmo", "commercial_hmo", "erisa_group"], kinds=KINDS4, reason=reason_fresh)),
    "fresh_um_table": (t_fresh_um, dict(plans=["commercial_hmo", "medicare_advantage"] + ["medi_cal"] * 6, kinds=KINDS4, reason=reason_fresh)),
    "fresh_pharmacy_or_bh": (
        t_fresh_rx_bh,
        dict(plans=["commercial_hmo", "medicaid"] + ["medi_cal"] * 4, kinds=["initial_denial", "partial_denial", "termination_notice"],
             cats=["medical_necessity", "not_covered", "experimental_investigational", "no_prior_authorization"],
             scenario_keys=DRUG_KEYS + BH_KEYS, reason=reason_fresh),
    ),
}
MODELED_ON = {
    "fresh_qa_notice": "held-out: plain-language question-and-answer coverage notice (commercial HMO / self-funded ERISA)",
    "fresh_um_table": "held-out: Permanente Medical Group utilization-review determination with a code/units/decision table and signature block",
    "fresh_pharmacy_or_bh": "held-out: pharmacy prior-authorization or behavioral-health level-of-care decision",
}
