"""Letter templates: structurally different layouts that arrange the sections of a case into pages.

Each template declares which plan types, letter kinds, states and language it can express (``META``) and a
builder that returns the flow of blocks plus the page style. Internal variation (label spellings, section
order, table style, fonts, margins, headers and footers) comes from the writer's RNG.
"""

from __future__ import annotations

from . import sections_en as E
from . import vocab as V
from .layout import Block, Style
from .markup import M
from .writer import W

ID_LABELS = [
    "Member ID",
    "MRN",
    "Medical Record Number",
    "Health/Medical Record #",
    "Medical Record #",
    "Member number",
    "Health Record Number",
    "Kaiser Permanente ID",
    "Member ID #",
    "MR#",
]
AUTH_LABELS = ["Authorization request #", "Authorization request number", "Prior authorization request"]
REF_LABELS = ["Reference #", "Case number", "Request ID", "Referral #", "Our reference", "Tracking number", "Review ID"]
COMMERCIAL_KINDS = ["initial_denial", "partial_denial", "termination_notice"]


def _style(w: W, **kw) -> Style:
    fam = kw.pop("family", None) or w.pick(["helvetica", "helvetica", "times"])
    st = Style(
        family=fam,
        size=w.pick([9.5, 10.0, 10.0, 10.5]),
        margin_l=w.pick([54.0, 63.0, 72.0]),
        margin_t=w.pick([44.0, 54.0]),
        **kw,
    )
    st.margin_r = st.margin_l
    return st


def _header_footer(w: W, st: Style, form: bool = False) -> None:
    c = w.c
    lab = w.pick(ID_LABELS)
    st.header = [
        w.pick(
            [
                f"{M('MEMBER_NAME', c.member_name)}   {lab}: {M('MEMBER_ID', c.member_id)}   {c.d(c.letter)}",
                f"Re: {M('MEMBER_NAME', c.member_name)} ({lab} {M('MEMBER_ID', c.member_id)})",
                f"{lab} {M('MEMBER_ID', c.member_id)} - {c.ids['ref']}",
                f"Kaiser Permanente - {M('MEMBER_NAME', c.member_name)}",
            ]
        )
    ]
    foot = w.pick(["Page {page} of {pages}", "Page {page}", "{page}/{pages}", "- {page} -"])
    lines = [foot]
    if w.chance(0.6):
        lines.append(
            w.pick(
                [
                    c.ids["form"],
                    f"{c.ids['form']}  Confidential member information",
                    "This letter contains confidential health information.",
                    f"Kaiser Permanente {c.region} | {c.ids['form']}",
                ]
            )
        )
    st.footer = lines
    st.footer_align = w.pick(["center", "right", "left"])


def _plan_line(w: W) -> str:
    c = w.c
    p = c.plan_type
    if p == "medicare_advantage":
        return M(
            "PLAN_CUE",
            w.pick(
                [
                    "Kaiser Permanente Senior Advantage (HMO)",
                    "Kaiser Permanente Medicare Advantage",
                    "Senior Advantage Medicare Medi-Cal Plan"
                    if c.state == "CA"
                    else "Kaiser Permanente Medicare Advantage Plus",
                ]
            ),
        )
    if p == "medi_cal":
        return M(
            "PLAN_CUE",
            w.pick(
                [
                    "Kaiser Permanente Medi-Cal",
                    "Medi-Cal Managed Care - Kaiser Permanente",
                    "Kaiser Permanente Medi-Cal Plan",
                ]
            ),
        )
    if p == "medicaid":
        prog = {
            "CO": "Health First Colorado (Colorado's Medicaid program)",
            "GA": "Georgia Families (Medicaid)",
            "MD": "Maryland HealthChoice (Medicaid)",
            "VA": "Cardinal Care (Virginia Medicaid)",
            "DC": "DC Healthy Families (Medicaid)",
            "WA": "Apple Health (Medicaid)",
            "OR": "Oregon Health Plan (Medicaid)",
        }[c.state]
        return M("PLAN_CUE", prog)
    if p == "fehb":
        return M(
            "PLAN_CUE",
            w.pick(
                [
                    "Federal Employees Health Benefits (FEHB) Program - Kaiser Foundation Health Plan",
                    "FEHB Plan: Kaiser Permanente Standard Option",
                ]
            ),
        )
    if p == "erisa_group":
        return M(
            "PLAN_CUE",
            w.pick(
                [
                    f"{c.extra['employer']} Employee Health Benefit Plan (self-funded)",
                    f"{c.extra['employer']} Group Health Plan, a self-funded ERISA plan",
                ]
            ),
        )
    return M(
        "PLAN_CUE",
        w.pick(
            [
                "Kaiser Permanente HMO",
                "Kaiser Permanente Group Plan (HMO)",
                "Kaiser Foundation Health Plan Evidence of Coverage",
                "Kaiser Permanente Individual and Family Plan",
            ]
        ),
    )


def _letterhead(w: W) -> Block:
    c = w.c
    entity, _ = V.REGION_ENTITY[c.region]
    city, zp = w.pick(V.cities(c.state, c.region))
    right = [
        w.pick(
            [f"{M('REGION', c.region)} Region", f"Kaiser Permanente {M('REGION', c.region)}", M("REGION", c.region)]
        ),
        w.pick(
            [
                "Utilization Management",
                "Regional Referral Center",
                "Member Services",
                "Medical Review Department",
                "Clinical Review Unit",
            ]
        ),
        f"{w.rng.randint(100, 9999)} {w.pick(V.STREETS)} {w.pick(['Blvd', 'St', 'Ave'])}, {city}, {c.state} {zp}{w.rng.randint(0, 99):02d}",
        f"Tel {c.phones['dept']}  Fax {c.phones['fax']}",
    ]
    left = [
        w.pick(["KAISER PERMANENTE", "KAISER PERMANENTE", "Kaiser Permanente"]),
        entity if w.chance(0.7) else "",
        "kp.org",
    ]
    return Block("letterhead", left=left, right=right, logo=w.pick(["rays", "ring", "bars"]))


def _addr_block(w: W) -> list[Block]:
    c = w.c
    out = [w.p(w.date("DATE_LETTER", c.letter), space_before=10)] if w.chance(0.5) else []
    lines = [w.name(), *c.member_addr]
    out.append(w.p(lines[0], space_before=10))
    out += [w.p(x, space_before=0) for x in lines[1:]]
    if not out[0].text.startswith("\x01DATE_LETTER") and True:
        out.append(w.p(w.date("DATE_LETTER", c.letter), space_before=10))
    return out


def _re_block(w: W) -> list[Block]:
    c = w.c
    items = [f"{w.pick(ID_LABELS)}: {w.mid()}"]
    if w.chance(0.3):  # a date that is none of the four truth dates
        items.append(f"{w.pick(['Date of birth', 'DOB', 'Birth date'])}: {c.d(c.extra['dob'])}")
    if w.chance(0.7):
        labels = [x for x in REF_LABELS if c.letter_kind != "payment_denial" or x != "Referral #"]
        if c.letter_kind in ("initial_denial", "partial_denial", "delay_notice"):
            labels += AUTH_LABELS
        items.append(f"{w.pick(labels)}: {c.ids['ref']}")
    if w.chance(0.4) and c.plan_type in ("commercial_hmo", "erisa_group", "fehb"):
        items.append(f"Group {w.pick(['No.', 'number', '#'])}: {c.ids['group']}")
    if c.provider and w.chance(0.6) and c.letter_kind != "payment_denial":
        npi = f" (NPI {c.ids['npi']})" if w.chance(0.3) else ""  # ten digits that are no member id
        items.append(f"{w.pick(['Requesting provider', 'Ordering physician', 'Referring provider', 'Provider'])}: {w.prov()}{npi}")
    if w.chance(0.5) or c.plan_type == "erisa_group":  # self-funded ERISA letters always say so
        items.append(f"Plan: {_plan_line(w)}")
    if w.chance(0.5):
        return [w.p("RE: " + "; ".join(items), bold=w.chance(0.5), space_before=10)]
    out = [w.p("RE: " + items[0], bold=True, space_before=10)]
    out += [w.p(x, space_before=0, indent=24) for x in items[1:]]
    return out


def _greeting(w: W) -> Block:
    c = w.c
    sal = c.member_salute
    if sal == c.member_name:
        sal = w.name()
    return w.p(w.pick([f"Dear {sal}:", f"Dear {sal},", f"Dear {sal}:"]), space_before=10)


def _title(w: W) -> Block:
    c = w.c
    t = {
        "initial_denial": [
            "Notice of Denial",
            "Denial of Requested Services",
            "Coverage Decision",
            "Notice of Adverse Benefit Determination",
        ],
        "partial_denial": [
            "Notice of Modified Authorization",
            "Partial Approval of Your Request",
            "Notice of Partial Denial",
        ],
        "termination_notice": [
            "Notice of Termination of Services",
            "Notice of Change in Your Care",
            "End of Coverage for Continued Services",
        ],
        "payment_denial": ["Notice of Denial of Payment", "Claim Denial", "Explanation of Denied Claim"],
        "grievance_decision": [
            "Appeal Decision",
            "Grievance Resolution",
            "Notice of Appeal Resolution",
            "Decision on Your Appeal",
        ],
        "second_opinion_denial": [
            "Second Opinion Request Decision",
            "Denial of Outside Second Opinion",
            "Response to Your Second Opinion Request",
        ],
        "delay_notice": [
            "Notice of Extension",
            "We Need More Time to Decide",
            "Delay in Decision - Additional Information Needed",
        ],
    }[c.letter_kind]
    title = w.pick(t)
    if c.urgency == "expedited":
        title = w.pick(["EXPEDITED ", "URGENT - ", "Expedited Review: "]) + title
    return w.h(title, size=w.pick([11.5, 12.5, 13.0]), align=w.pick(["left", "center"]), space_before=12)


def _urgency_par(w: W) -> list[Block]:
    if w.c.urgency != "expedited":
        return []
    return [
        w.p(
            w.pick(
                [
                    "Because your doctor told us your situation is urgent, we reviewed this request on an expedited (72-hour) basis.",
                    "This request was processed as an expedited review.",
                    "Your request was handled as urgent.",
                ]
            )
        )
    ]


def _rights(w: W, *, include_dmhc: bool = True) -> list[Block]:
    """Appeal, expedited, external review and the other notice elements, in a shuffled order."""
    groups = [
        E.appeal_section(w),
        E.expedited_section(w),
        E.external_section(w),
        E.documents_par(w) + E.codes_par(w),
        E.consumer_par(w),
        E.continuation_par(w),
    ]
    head, tail = groups[:1], groups[1:]
    w.rng.shuffle(tail)
    out = [b for g in head + tail for b in g]
    if include_dmhc:
        out += E.dmhc_statement(w)
    return out


def _body(w: W) -> list[Block]:
    c = w.c
    shape = w.pick(["prose", "prose", "summary", "bullets"]) if c.letter_kind != "delay_notice" else "prose"
    if shape == "summary":
        out = [E.summary_table(w)]
    else:
        out = [E.request_par(w)]
    out += E.er_context(w) + E.retro_par(w) + E.transition_par(w)
    if c.letter_kind != "delay_notice":
        if shape == "bullets":
            out += E.services_bullets(w)
        elif shape == "prose" and (w.chance(0.75) or c.letter_kind == "payment_denial"):
            out.append(E.services_table(w))
        if shape != "summary":
            d = E.decision_par(w)
            if d:
                out.append(d)
        out += _urgency_par(w)
        reason = E.reason_par(w)
        if w.chance(0.5):
            reason += E.diagnosis_line(w)
        if w.chance(0.15) and shape != "summary":
            out = reason + out  # some letters lead with the decision
        else:
            out += reason
        crit = E.criteria_par(w) + E.provision_par(w)
        rv = w.pick(["sentence", "table", "none", "none"])
        rev = E.reviewer_sentence(w) if rv == "sentence" else E.reviewer_table(w) if rv == "table" else []
        w._reviewer_in_body = bool(rev)
        out += crit + E.innet_offer(w) + E.terminal_rights(w) + rev
    else:
        if w.chance(0.6):
            out.append(E.services_table(w))
        out.append(w.p(M("REASON", w.reason)))
        out += E.delay_body(w)
        w._reviewer_in_body = False
    return out


def _closing(w: W) -> list[Block]:
    c = w.c
    out = [
        w.p(
            w.pick(
                [
                    f"If you have questions, please call Member Services at {c.phones['ms']} (TTY {c.phones['tty']}), 24 hours a day, 7 days a week (closed holidays).",
                    f"Questions? Call us at {c.phones['ms']}, TTY {c.phones['tty']}.",
                    f"For questions about this letter, call {c.phones['dept']}, Monday through Friday, 8 a.m. to 5 p.m.",
                ]
            )
        )
    ]
    if getattr(w, "_reviewer_in_body", False):
        rv = c.reviewer
        c.reviewer = None  # do not print a second signature block with the reviewer
        out += E.signature(w)
        c.reviewer = rv
    else:
        out += E.signature(w)
    out += E.cc_line(w)
    return out


# --- templates ----------------------------------------------------------------------------------------


def t_kp_letterhead(w: W):
    st = _style(w)
    _header_footer(w, st)
    b = [_letterhead(w)] + _addr_block(w) + _re_block(w) + [_title(w), _greeting(w)] + _body(w) + _closing(w)
    b += E.enclosures(w, ["Your Rights", "Language Assistance"])
    b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["Important information about your rights", "Your Rights", "Your appeal rights"]), size=12))
    b += _rights(w)
    b += E.nondiscrimination(w) if w.chance(0.5) else []
    if w.chance(0.6):
        b.append(Block("pagebreak"))
    b += E.taglines(w)
    return b, st, "letterhead"


def t_twocol(w: W):
    c = w.c
    st = _style(w)
    _header_footer(w, st)
    left = [f"**{w.name()}", *c.member_addr, ""]
    right = [
        f"Date: {w.date('DATE_LETTER', c.letter)}",
        f"{w.pick(ID_LABELS)}: {w.mid()}",
        f"{w.pick(REF_LABELS)}: {c.ids['ref']}",
    ]
    if c.provider:
        right.append(f"{w.pick(['Requested by', 'Provider', 'Referring physician'])}: {w.prov()}")
    if c.received and w.chance(0.6):
        right.append(
            f"{w.pick(['Received', 'Request received', 'Date received'])}: {w.date('DATE_RECEIVED', c.received)}"
        )
    head = [
        w.p(
            w.pick(["KAISER PERMANENTE", "Kaiser Permanente"]) + " | " + M("REGION", c.region),
            bold=True,
            size=13,
            space_before=0,
        ),
        w.p(
            w.pick(["Utilization Management Services", "Referral and Authorization Department", "Clinical Review"])
            + (" | " + _plan_line(w) if w.chance(0.5) else ""),
            size=9,
            space_before=0,
        ),
        Block("rule"),
    ]
    twocol = Block("twocol", left=left, right=right, space_before=10)
    b = head + [twocol, _title(w), _greeting(w)] + _body(w) + _closing(w)
    b += _rights(w)
    b += E.taglines(w)
    return b, st, "twocol_header"


def t_fax(w: W):
    c = w.c
    st = _style(w, family="courier")
    st.size = 9.5
    st.header_all_pages = True
    st.header = [
        f"FROM: KP UM DEPT  FAX {c.phones['fax']}   {c.d(c.letter)} {w.rng.randint(7, 17):02d}:{w.rng.randint(0, 59):02d}"
    ]
    st.footer = [
        "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, call the sender and destroy it.",
        "Page {page} of {pages}",
    ]
    to = c.provider or "Attending physician"
    cover = [
        w.h("FAX TRANSMITTAL", size=16, align="center"),
        w.p("KAISER PERMANENTE - " + M("REGION", c.region), bold=True, align="center", space_before=2),
        Block("rule"),
        Block(
            "table",
            rows=[
                ["To:", M("PROVIDER", to) if c.provider else to],
                ["Fax:", c.phones["dept"]],
                ["From:", w.pick(["Utilization Management", "Prior Authorization Unit", "Referral Center"])],
                ["Phone:", c.phones["ms"]],
                ["Patient:", w.name()],
                ["Date:", w.date("DATE_LETTER", c.letter)],
                ["Pages:", "(including cover) see footer"],
                ["Re:", f"Authorization decision - {w.pick(ID_LABELS)} {w.mid()}"],
            ],
            header_row=False,
            space_before=14,
        ),
        w.p(
            "Please give a copy of the enclosed notice to the patient. The member has also been sent this notice by mail.",
            space_before=14,
        ),
        Block("pagebreak"),
    ]
    b = (
        cover
        + [w.p(w.date("DATE_LETTER", c.letter), space_before=4)]
        + _re_block(w)
        + [_title(w), _greeting(w)]
        + _body(w)
        + _closing(w)
    )
    b.append(Block("pagebreak"))
    b += _rights(w) + E.taglines(w)
    return b, st, "fax"


def t_plain(w: W):
    c = w.c
    st = _style(w, family=w.pick(["times", "helvetica"]))
    _header_footer(w, st)
    b = [
        w.p("Kaiser Permanente", bold=True, size=14, space_before=0),
        w.p(f"{M('REGION', c.region)}", size=9, space_before=0),
    ]
    b += _addr_block(w) + _re_block(w) + [_title(w), _greeting(w)] + _body(w) + _closing(w)
    b += _rights(w) + E.taglines(w, heading=w.chance(0.5))
    return b, st, "plain"


def t_erisa(w: W):
    c = w.c
    st = _style(w, family=w.pick(["times", "helvetica"]))
    _header_footer(w, st)
    b = [
        w.p(f"{c.extra['employer']} Health Benefit Plan", bold=True, size=13, space_before=0),
        w.p(f"Claims Administrator: Kaiser Foundation Health Plan - {M('REGION', c.region)}", size=9, space_before=0),
        Block("rule"),
    ]
    b += _addr_block(w) + _re_block(w)
    b.append(
        w.h(
            w.pick(
                [
                    "NOTICE OF ADVERSE BENEFIT DETERMINATION",
                    "Adverse Benefit Determination",
                    "ERISA Claim Determination",
                ]
            )
            + (" ON APPEAL" if c.letter_kind == "grievance_decision" else ""),
            size=12,
            space_before=12,
        )
    )
    b.append(_greeting(w))
    b.append(
        w.p(
            w.pick(
                [
                    f"Kaiser Foundation Health Plan administers claims for the {_plan_line(w)}. The plan is funded by your employer, {c.extra['employer']}, and governed by the Employee Retirement Income Security Act of 1974 (ERISA).",
                    f"This notice is sent on behalf of the {_plan_line(w)}, which is subject to ERISA. Kaiser Permanente acts as claims administrator; the employer is the plan administrator.",
                ]
            )
        )
    )
    b += _body(w) + _closing(w)
    b.append(Block("pagebreak"))
    b.append(w.h("Your rights under ERISA and the Affordable Care Act", size=12))
    b += _rights(w, include_dmhc=False) + E.taglines(w)
    return b, st, "letterhead"


def t_cms_form(w: W):
    """Medicare 'Notice of Denial of Medical Coverage (or Payment)'-style form."""
    c = w.c
    st = _style(w, family="helvetica")
    st.size = 10
    _header_footer(w, st, form=True)
    pay = c.letter_kind == "payment_denial"
    rows = [
        ["Date:", w.date("DATE_LETTER", c.letter)],
        ["Name:", w.name()],
        [w.pick(["Member number:", "Member ID:", "Medical record number:"]), w.mid()],
    ]
    if c.provider and not pay:
        rows.append([w.pick(["Requested by:", "Your doctor:"]), w.prov()])
    if c.received and (w.chance(0.5) or "process.decision_untimely" in c.defects):
        rows.append(["Request received:", w.date("DATE_RECEIVED", c.received)])
    b = [
        w.p(_plan_line(w) + " | " + M("REGION", c.region), size=9, space_before=0),
        w.h(
            "Notice of Denial of " + ("Payment" if pay else "Medical Coverage"), size=15, align="center", space_before=6
        ),
        w.p(
            "(Integrated Organization/Coverage Determination)" if w.chance(0.3) else "",
            size=8,
            align="center",
            space_before=0,
        ),
        Block("table", rows=rows, header_row=False, space_before=10),
    ]
    if c.urgency == "expedited":
        b.append(w.p("Your request was reviewed under the fast (expedited) process.", bold=True))
    verb = "payment for" if pay else "coverage for"
    b.append(
        w.h(
            w.pick([f"We have decided to deny {verb} the following:", f"We denied {verb}:", "What we denied"]),
            space_before=10,
        )
    )
    b.append(E.services_table(w) if w.chance(0.6) else w.p(E.services_prose(w)))
    if pay and c.service:
        b.append(
            w.p(
                f"Date of service: {w.date('DATE_SERVICE', c.service)}"
                + (f"; claim received {w.date('DATE_RECEIVED', c.received)}" if c.received else "")
            )
        )
    b += E.er_context(w) + E.retro_par(w) + E.transition_par(w)
    d = E.decision_par(w)
    if d:
        b.append(d)
    b.append(
        w.h(
            w.pick(["Why did we deny your request?", "Why we made this decision", "Reason for denial"]), space_before=10
        )
    )
    b.append(w.p(M("REASON", w.reason)))
    b += E.diagnosis_line(w) + E.criteria_par(w)
    b += E.reviewer_sentence(w) + E.innet_offer(w)
    b.append(w.h("You have the right to appeal our decision", space_before=12))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(
        w.p(
            w.pick(
                [
                    f"You have the right to ask us to reconsider (appeal) our decision. Your appeal must be received within {days} from the date of this notice. We can give you more time if you have a good reason.",
                    f"If you want to appeal, you must ask within {days} of the date of this notice. You, your doctor or your representative can file the appeal.",
                ]
            )
        )
    )
    if not pay and "notice.expedited_review" not in c.defects:
        b.append(w.h("There are two kinds of appeals", space_before=8))
        b.append(
            w.p(
                "Standard appeal: we will give you a written decision within 30 days (60 days for payment). Fast appeal: we will decide within 72 hours if waiting could seriously harm your health or your ability to function. If your doctor asks for a fast appeal, we will give you one automatically."
            )
        )
    b.append(w.h("How to ask for an appeal", space_before=8))
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    b.append(
        w.p(
            f"Write to {addr}, or call {c.phones['ms']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. Fax: {c.phones['fax']}."
        )
    )
    b += E.external_section(w) + E.documents_par(w)
    b.append(w.h("Get help & more information", space_before=8))
    b.append(
        w.p(
            "Call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users call 1-877-486-2048. Visit www.medicare.gov."
            + (" Free counseling: HICAP, 1-800-434-0222." if c.state == "CA" else "")
        )
    )
    if w.chance(0.4):
        b.append(
            w.p(
                "If you want someone to act for you, you can name a relative, friend, lawyer or doctor as your representative by filling out an Appointment of Representative form (CMS-1696)."
            )
        )
    b += E.signature(w, closing=False) if c.reviewer else []
    b.append(
        w.small(f"Form CMS-10003-NDMCP (Exp. {w.rng.randint(1, 12):02d}/{w.rng.randint(2026, 2028)})", space_before=6)
    )
    b.append(Block("pagebreak"))
    b += E.taglines(w) + E.nondiscrimination(w)
    return b, st, "form"


def t_medi_cal_noa(w: W):
    c = w.c
    st = _style(w)
    _header_footer(w, st)
    b = [_letterhead(w)] + _addr_block(w) + _re_block(w)
    b.append(
        w.h(
            w.pick(["NOTICE OF ACTION", "Notice of Action", "NOTICE OF ACTION - Denial"])
            + (" (Modification)" if c.letter_kind == "partial_denial" else ""),
            size=13,
            align="center",
            space_before=10,
        )
    )
    b.append(w.p(f"About your {_plan_line(w)} services", align="center", size=9, space_before=0))
    b.append(_greeting(w))
    b += _body(w) + _closing(w)
    b += E.enclosures(w, ["Your Rights", "Language Assistance Notice", "Nondiscrimination Notice"])
    b.append(Block("pagebreak"))
    b.append(w.h("YOUR RIGHTS", size=13, align="center"))
    b.append(
        w.p(
            w.pick(
                [
                    "Read this important information about your rights under Medi-Cal.",
                    "This page explains how to appeal and how to ask for a State Hearing.",
                ]
            ),
            space_before=2,
        )
    )
    b += _rights(w)
    b.append(
        w.p(
            "The Medi-Cal Managed Care Ombudsman can also help: 1-888-452-8609, Monday through Friday, 8 a.m. to 5 p.m."
        )
    )
    b.append(Block("pagebreak"))
    b += E.taglines(w) + E.nondiscrimination(w)
    return b, st, "letterhead"


def t_eob(w: W):
    """Payment denial in explanation-of-benefits style with a claim table."""
    c = w.c
    st = _style(w, family="helvetica")
    _header_footer(w, st)
    left = [f"**{w.name()}", *c.member_addr]
    right = [
        f"Statement date: {w.date('DATE_LETTER', c.letter)}",
        f"{w.pick(ID_LABELS)}: {w.mid()}",
        f"Claim number: {c.ids['claim']}",
        f"Group: {c.ids['group']}",
    ]
    if c.received:
        right.append(f"Claim received: {w.date('DATE_RECEIVED', c.received)}")
    b = [
        w.p("KAISER PERMANENTE  " + M("REGION", c.region), bold=True, size=12, space_before=0),
        w.p(
            w.pick(["Claims Administration", "Member Claims Department", "Claims Processing Center"])
            + " | "
            + _plan_line(w),
            size=8.5,
            space_before=0,
        ),
        Block("rule"),
        Block("twocol", left=left, right=right, space_before=8),
        w.h(
            w.pick(
                [
                    "Explanation of Denied Claim",
                    "Claim Determination Notice",
                    "Notice of Claim Denial",
                    "THIS IS NOT A BILL - Claim denial",
                ]
            ),
            size=12.5,
            space_before=12,
        ),
    ]
    b.append(
        w.p(
            w.pick(
                [
                    f"We reviewed the claim from {w.prov() if c.provider else 'your provider'} and did not approve payment.",
                    f"Provider: {w.prov() if c.provider else 'non-Plan provider'}. The claim below was denied.",
                ]
            )
        )
    )
    rows = [["Date of service", "Code", "Description", "Billed", "Plan paid", "Remark"]]
    remark = w.pick(["N54", "PA1", "D17", "CO-197", "OON2", "TF9"])
    sd = w.date("DATE_SERVICE", c.service)
    for i, s in enumerate(c.services):
        rows.append(
            [
                sd if i == 0 else w.date("DATE_SERVICE", c.service),
                ", ".join(w.code(x) for x in s["codes"]) or "-",
                w.svc(s),
                f"${s['billed']:,.2f}",
                "$0.00",
                remark,
            ]
        )
    if "notice.claim_identification" not in c.defects:
        rows.append(["", "", "Claim total", f"${c.money['total']:,.2f}", "$0.00", ""])
    else:
        rows = [[r[0], r[1], r[2], r[4], r[5]] for r in rows]
    b.append(Block("table", rows=rows, size=8.0, col_align=["left", "left", "left", "right", "right", "left"]))
    b.append(w.p(f"Remark {remark}: " + M("REASON", w.reason)))
    b += E.er_context(w) + E.retro_par(w) + E.transition_par(w)
    b += E.diagnosis_line(w) + E.provision_par(w)
    if c.decision and w.chance(0.6):
        b.append(w.p(f"Processed on {w.date('DATE_DECISION', c.decision)}."))
    if w.chance(0.5):
        b.append(
            w.p(
                w.pick(
                    ["You may owe the provider the billed amount.", f"Member responsibility: ${c.money['total']:,.2f}"]
                )
            )
        )
    b += _closing(w)
    b += _rights(w) + E.taglines(w)
    return b, st, "form"


def t_grievance(w: W):
    c = w.c
    st = _style(w)
    _header_footer(w, st)
    b = [_letterhead(w)] + _addr_block(w) + _re_block(w) + [_title(w), _greeting(w)]
    b.append(E.request_par(w))
    if w.chance(0.5):
        b.append(E.services_table(w))
    b.append(
        w.p(
            w.pick(
                [
                    "We carefully reviewed your appeal, your medical records and the information you and your doctor sent.",
                    "A physician who was not involved in the first decision reviewed your appeal and all the records."
                    if "process.reviewer_not_physician" not in c.defects
                    else "Your appeal file was reviewed again by our appeals staff.",
                    "Your appeal was reviewed by a physician who did not take part in the original decision."
                    if "process.reviewer_not_physician" not in c.defects
                    else "Our grievance unit reviewed your appeal and the records we received.",
                ]
            )
        )
    )
    d = E.decision_par(w)
    if d:
        b.append(d)
    b += (
        _urgency_par(w)
        + E.reason_par(w)
        + E.diagnosis_line(w)
        + E.criteria_par(w)
        + E.provision_par(w)
        + E.innet_offer(w)
    )
    rev = E.reviewer_sentence(w) if w.chance(0.5) else []
    w._reviewer_in_body = bool(rev)
    b += rev
    b.append(
        w.h(w.pick(["Your next steps", "If you still disagree", "What you can do if you disagree"]), space_before=10)
    )
    if c.appeal_phrase and "notice.external_review" not in c.defects:
        days = M("APPEAL_DAYS", c.appeal_phrase)
        route = {
            "commercial_hmo": "Independent Medical Review (IMR)" if c.state == "CA" else "external review",
            "erisa_group": "external review",
            "medi_cal": "State Hearing",
            "medicaid": "State Fair Hearing",
            "fehb": "review by the Office of Personnel Management (OPM)",
        }[c.plan_type]
        b.append(
            w.p(
                w.pick(
                    [
                        f"You may ask for {route} within {days} of the date of this letter.",
                        f"You have {days} from the date of this letter to request {route}.",
                    ]
                )
            )
        )
    b += _rights(w)
    b += _closing(w)
    b += E.taglines(w)
    return b, st, "letterhead"


def t_second_opinion(w: W):
    st = _style(w)
    _header_footer(w, st)
    b = [_letterhead(w)] + _addr_block(w) + _re_block(w) + [_title(w), _greeting(w)]
    b += _body(w)
    if w.chance(0.5) and "second_opinion.eligible_denied" not in w.c.defects:
        b.append(
            w.p(
                w.pick(
                    [
                        "Under California law, you may ask for a second opinion from an appropriately qualified health professional. An in-network second opinion is covered at your usual office visit cost share.",
                        "California Health and Safety Code section 1383.15 lets you get a second opinion from an appropriately qualified health care professional; when one is available in our network, we may arrange it there.",
                        "Your plan covers second opinions by qualified Plan Providers; you pay your normal office visit copayment.",
                    ]
                )
            )
        )
    b += _closing(w)
    b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["Your grievance rights", "Your Rights"]), size=12))
    b += _rights(w) + E.taglines(w)
    return b, st, "letterhead"


def t_fehb(w: W):
    c = w.c
    st = _style(w, family="times")
    _header_footer(w, st)
    b = [
        w.p("Kaiser Foundation Health Plan - " + M("REGION", c.region), bold=True, size=13, space_before=0),
        w.p(_plan_line(w), size=9, space_before=0),
        Block("rule"),
    ]
    b += _addr_block(w) + _re_block(w) + [_title(w), _greeting(w)] + _body(w)
    b.append(
        w.p(
            w.pick(
                [
                    'As a Federal Employees Health Benefits Program member, your rights are described in Section 8 of your plan brochure, "The disputed claims process."',
                    "Your FEHB brochure, Section 8, explains the disputed claims process.",
                ]
            )
        )
    )
    b += _closing(w) + _rights(w, include_dmhc=False) + E.taglines(w)
    return b, st, "plain"


def t_medicaid(w: W):
    st = _style(w)
    _header_footer(w, st)
    b = [_letterhead(w)] + _addr_block(w) + _re_block(w)
    b.append(
        w.h(
            w.pick(
                ["Notice of Adverse Benefit Determination", "NOTICE OF ACTION", "Important notice about your benefits"]
            ),
            size=13,
            space_before=10,
        )
    )
    b.append(w.p(f"Program: {_plan_line(w)}", space_before=2))
    b += [_greeting(w)] + _body(w) + _closing(w)
    b.append(Block("pagebreak"))
    b.append(
        w.h(
            "Your appeal rights" if "notice.external_review" in w.c.defects else "Your appeal and fair hearing rights",
            size=12,
        )
    )
    b += _rights(w, include_dmhc=False) + E.taglines(w)
    return b, st, "letterhead"


def t_provider_letter(w: W):
    """Letter addressed to the requesting physician about a patient (the member's copy is sent separately)."""
    c = w.c
    w.reason = E.to_provider_voice(w.reason)
    st = _style(w)
    _header_footer(w, st)
    b = [_letterhead(w), w.p(w.date("DATE_LETTER", c.letter), space_before=10)]
    b += [w.p(w.prov(), space_before=10)] + [w.p(x, space_before=0) for x in c.provider_addr]
    rows = [[w.pick(["Patient", "Patient name", "Member"]), w.name()], [w.pick(ID_LABELS), w.mid()],
            [w.pick(REF_LABELS), c.ids["ref"]]]
    if w.chance(0.5) or c.plan_type == "erisa_group":
        rows.append(["Plan", _plan_line(w)])
    b.append(Block("table", rows=rows, header_row=False, space_before=10))
    b.append(_title(w))
    b.append(w.p(f"Dear {c.provider_short}:", space_before=10))
    svc = E.services_prose(w)
    rcv = w.date("DATE_RECEIVED", c.received)
    b.append(w.p(w.pick([f"We have completed our review of your request, received {rcv}, for {svc} for the patient named above." if rcv else f"We have completed our review of your request for {svc} for the patient named above.",
                         f"This letter concerns your request for {svc}" + (f", which we received on {rcv}." if rcv else ".")])))
    d = E.decision_par(w)
    if d:
        b.append(d)
    b += _urgency_par(w) + E.reason_par(w) + E.diagnosis_line(w) + E.criteria_par(w) + E.provision_par(w) + E.innet_offer(w)
    r = c.reviewer
    if r:
        nm = M("REVIEWER_NAME", r["name"]) + (", " + M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "")
        t = w.pick([f"If you would like to discuss this decision with the reviewer, {nm}, please call",
                    f"A peer-to-peer conversation with the reviewer, {nm}, is available at",
                    f"To discuss the case with {nm}, call"])
        t = t + " " + (M("REVIEWER_PHONE", r["phone"]) if r["phone"] else c.phones["dept"]) + "."
        if r["specialty"]:
            t += f" Reviewer specialty: {M('REVIEWER_SPECIALTY', r['specialty'])}."
        b.append(w.p(t))
    w._reviewer_in_body = bool(r)
    b.append(w.p(w.pick(["The member has been sent a copy of this decision with a description of appeal rights.",
                         "A notice with the member's grievance and appeal rights was mailed to the patient."])))
    b += _closing(w)
    b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["Member appeal rights (copy)", "Information about appeal rights"]), size=12))
    b += _rights(w) + E.taglines(w)
    return b, st, "letterhead"


def t_ca_checkbox_form(w: W):
    """California 'denial, delay or modification' notice in a form with check boxes and labelled fields."""
    c = w.c
    st = _style(w, family="helvetica")
    _header_footer(w, st, form=True)
    k = c.letter_kind
    box = lambda on: "[X]" if on else "[ ]"  # noqa: E731
    b = [w.p("KAISER PERMANENTE  |  " + M("REGION", c.region) + "  |  " + w.pick(["Utilization Management", "Referral Services"]), size=8.5, space_before=0),
         w.h(w.pick(["NOTICE OF DENIAL, DELAY OR MODIFICATION OF REQUESTED SERVICES", "Notice of Denial, Modification or Delay", "AUTHORIZATION DECISION NOTICE"]), size=12.5, align="center", space_before=6),
         w.p(f"{box(k in ('initial_denial', 'termination_notice'))} Denied   {box(k == 'partial_denial')} Modified   {box(k == 'delay_notice')} Delayed   {box(c.urgency == 'expedited')} Expedited", space_before=8)]
    rows = [["Notice date", w.date("DATE_LETTER", c.letter)], ["Member", w.name()], [w.pick(ID_LABELS), w.mid()]]
    if c.provider:
        rows.append(["Requesting provider", w.prov()])
    if c.received:
        rows.append(["Date request received", w.date("DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append(["Date of decision", w.date("DATE_DECISION", c.decision)])
    b.append(Block("table", rows=rows, header_row=False, space_before=8))
    b.append(E.services_table(w))
    if k == "delay_notice":
        b.append(w.h("Reason for delay", space_before=8))
        b.append(w.p(M("REASON", w.reason)))
        b += E.delay_body(w)
        w._reviewer_in_body = False
    else:
        b.append(w.h(w.pick(["Reason for decision", "Basis for the decision", "Clinical reason"]), space_before=8))
        b.append(w.p(M("REASON", w.reason)))
        b += E.diagnosis_line(w)
        if c.criteria:
            b.append(w.h(w.pick(["Criteria or guidelines used", "Guideline applied"]), space_before=6))
        b += E.criteria_par(w) + E.provision_par(w) + E.innet_offer(w) + E.terminal_rights(w)
        rev = E.reviewer_table(w)
        w._reviewer_in_body = bool(rev)
        b += rev
    b += _closing(w)
    b.append(Block("pagebreak"))
    b += _rights(w) + E.taglines(w)
    return b, st, "form"


def t_portal(w: W):
    """A letter as printed from the kp.org message center (browser header and footer, 'printed on' date)."""
    c = w.c
    st = _style(w, family="helvetica")
    st.size = 9.5
    printed = c.letter + __import__("datetime").timedelta(days=w.rng.randint(1, 30))
    st.header_all_pages = True
    st.header = [f"kp.org - Message Center    {printed.month}/{printed.day}/{printed.year}, {w.rng.randint(1, 12)}:{w.rng.randint(0, 59):02d} {w.pick(['AM', 'PM'])}"]
    st.footer = ["https://healthy.kaiserpermanente.org/secure/message-center/letters/" + str(w.rng.randint(10**8, 10**9)), "{page}/{pages}"]
    st.footer_align = "left"
    b = [w.p("Letters and notices", bold=True, size=13, space_before=4),
         w.p(f"From: Kaiser Permanente {M('REGION', c.region)} - {w.pick(['Utilization Management', 'Referral Center', 'Member Services'])}", space_before=6),
         w.p(f"To: {w.name()}", space_before=0),
         w.p(f"Sent: {w.date('DATE_LETTER', c.letter)}", space_before=0),
         w.p(f"Subject: {_title(w).text}", space_before=0), Block("rule")]
    b += _re_block(w) + [_greeting(w)] + _body(w) + _closing(w) + _rights(w) + E.taglines(w)
    return b, st, "plain"


# name: (builder, meta)
TEMPLATES: dict[str, tuple] = {
    "kp_letterhead": (
        t_kp_letterhead,
        dict(plans=["commercial_hmo"], kinds=COMMERCIAL_KINDS + ["initial_denial", "payment_denial", "delay_notice"]),
    ),
    "twocol_header": (
        t_twocol,
        dict(
            plans=["commercial_hmo", "commercial_hmo", "medi_cal", "medicaid"],
            kinds=COMMERCIAL_KINDS + ["initial_denial"],
        ),
    ),
    "fax_provider": (
        t_fax,
        dict(
            plans=["commercial_hmo", "medi_cal", "erisa_group", "medicaid"],
            kinds=["initial_denial", "partial_denial", "delay_notice"],
        ),
    ),
    "plain_memo": (
        t_plain,
        dict(
            plans=["commercial_hmo", "commercial_hmo", "medicare_advantage"],
            kinds=["initial_denial", "termination_notice", "delay_notice", "partial_denial"],
        ),
    ),
    "erisa_adverse": (
        t_erisa,
        dict(plans=["erisa_group"], kinds=["initial_denial", "partial_denial", "payment_denial", "grievance_decision"]),
    ),
    "cms_ndmc_form": (
        t_cms_form,
        dict(
            plans=["medicare_advantage"],
            kinds=["initial_denial", "initial_denial", "partial_denial", "payment_denial", "termination_notice"],
        ),
    ),
    "medi_cal_noa": (
        t_medi_cal_noa,
        dict(plans=["medi_cal"], kinds=["initial_denial", "partial_denial", "termination_notice"]),
    ),
    "eob_claim": (
        t_eob,
        dict(
            plans=["commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "fehb", "medicaid"],
            kinds=["payment_denial"],
        ),
    ),
    "grievance_decision": (
        t_grievance,
        dict(
            plans=[
                "commercial_hmo",
                "commercial_hmo",
                "medi_cal",
                "medicare_advantage",
                "erisa_group",
                "medicaid",
                "fehb",
            ],
            kinds=["grievance_decision"],
        ),
    ),
    "second_opinion_ca": (
        t_second_opinion,
        dict(plans=["commercial_hmo", "commercial_hmo", "medi_cal"], kinds=["second_opinion_denial"], states=["CA"]),
    ),
    "fehb_letter": (t_fehb, dict(plans=["fehb"], kinds=["initial_denial", "partial_denial"])),
    "provider_letter": (t_provider_letter, dict(plans=["commercial_hmo", "commercial_hmo", "medi_cal", "medicaid", "erisa_group"], kinds=["initial_denial", "partial_denial"])),
    "ca_checkbox_form": (t_ca_checkbox_form, dict(plans=["commercial_hmo", "commercial_hmo", "medi_cal"], kinds=["initial_denial", "partial_denial", "delay_notice", "termination_notice"], states=["CA"])),
    "portal_printout": (t_portal, dict(plans=["commercial_hmo", "erisa_group", "fehb"], kinds=["initial_denial", "partial_denial", "termination_notice", "delay_notice"])),
    "medicaid_notice": (
        t_medicaid,
        dict(plans=["medicaid"], kinds=["initial_denial", "partial_denial", "termination_notice"]),
    ),
}


def _register_spanish() -> None:
    from .sections_es import reason_es, t_medi_cal_noa_es

    TEMPLATES["medi_cal_noa_es"] = (
        t_medi_cal_noa_es,
        dict(
            plans=["medi_cal"],
            kinds=["initial_denial", "partial_denial", "termination_notice"],
            language="es",
            reason=reason_es,
        ),
    )
    TEMPLATES["kp_letter_es"] = (
        t_medi_cal_noa_es,
        dict(plans=["commercial_hmo"], kinds=["initial_denial", "partial_denial"], states=["CA"], language="es", reason=reason_es),
    )


_register_spanish()


MODELED_ON = {
    "kp_letterhead": "Kaiser regional utilization-management denial letter on letterhead, with a Your Rights enclosure",
    "twocol_header": "denial letter with a two-column member/reference header block",
    "fax_provider": "fax cover sheet plus the authorization decision sent to the requesting provider",
    "plain_memo": "plain-text denial letter without letterhead graphics",
    "erisa_adverse": "self-funded ERISA plan adverse benefit determination from the claims administrator",
    "cms_ndmc_form": "CMS-10003 Notice of Denial of Medical Coverage (or Payment) for Medicare Advantage",
    "medi_cal_noa": "Medi-Cal managed care Notice of Action with a Your Rights enclosure",
    "eob_claim": "explanation-of-benefits style claim denial with a claim line table",
    "grievance_decision": "grievance/appeal resolution letter",
    "second_opinion_ca": "California second-opinion (outside referral) decision under HSC 1383.15",
    "fehb_letter": "FEHB plan denial referring to the brochure's disputed claims process",
    "provider_letter": "decision letter addressed to the requesting physician about a patient",
    "ca_checkbox_form": "California notice of denial, delay or modification with check boxes and labelled fields",
    "portal_printout": "letter printed from the kp.org message center",
    "medicaid_notice": "Medicaid managed care notice of adverse benefit determination (outside California)",
    "medi_cal_noa_es": "Spanish-language Medi-Cal Notice of Action (Aviso de Accion)",
    "kp_letter_es": "Spanish-language California commercial denial letter",
}
