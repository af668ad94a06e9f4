"""Third blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND3_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind3_claim_statement")``. Prose, headings, labels and layouts are written here;
only text real letters print word for word is shared (the DMHC statement and the language taglines from
sections_en). Dates use styles of their own ("03-MAR-2025", "2025-Mar-03", "March 3 2025",
"Monday, 3 March 2025", and in Spanish "3 de marzo de 2025", "lunes, 3 de marzo de 2025", "03.03.2025"
day first); ``parse_blind3_date`` reads them back for tests.
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
MONTHS_ES = D.MONTHS_ES
_ABBR = [m[:3] for m in MONTHS]
_WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b3date(d: dt.date, style: str) -> str:
    if style == "mon_dash":  # 03-MAR-2025
        return f"{d.day:02d}-{_ABBR[d.month - 1].upper()}-{d.year}"
    if style == "ymd_mon":  # 2025-Mar-03
        return f"{d.year}-{_ABBR[d.month - 1]}-{d.day:02d}"
    if style == "mdy_nocomma":  # March 3 2025
        return f"{MONTHS[d.month - 1]} {d.day} {d.year}"
    if style == "wd_dmy":  # Monday, 3 March 2025
        return f"{_WD_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "es_long":  # 3 de marzo de 2025
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_wd":  # lunes, 3 de marzo de 2025
        return f"{_WD_ES[d.weekday()]}, {d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_dot":  # 03.03.2025, day first
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


STYLES = ("mon_dash", "ymd_mon", "mdy_nocomma", "wd_dmy", "es_long", "es_wd", "es_dot")


def parse_blind3_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b3date``."""
    t = " ".join(text.split())
    m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
    if m:
        return dt.date(int(m[3]), [a.upper() for a in _ABBR].index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{4})-([A-Z][a-z]{2})-(\d{2})", t)
    if m:
        return dt.date(int(m[1]), _ABBR.index(m[2]) + 1, int(m[3]))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"[A-Za-z]+, (\d{1,2}) ([A-Za-z]+) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[2].capitalize()) + 1, int(m[1]))
    m = re.fullmatch(r"(?:[a-záéíóú]+, )?(\d{1,2}) de ([a-z]+) de (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS_ES.index(m[2].lower()) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b3_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b3date(day, w.c.extra["b3_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- small shared pieces ------------------------------------------------------------------------------------------


def _up(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lc(s: str, c) -> str:
    if s[:2].isupper() or c.scenario.get("key") in ("humira", "keytruda", "semaglutide", "lecanemab", "botox_migraine"):
        return s
    return s[:1].lower() + s[1:]


def _svcs(c, items: list[dict] | None = None, conj: str = "and") -> str:
    items = (c.denied_services() or c.services) if items is None else items
    return _lc(join_and([x["text"] for x in items], conj), c)


def _codes(w: W, s: dict) -> str:
    return " / ".join(w.code(x) for x in s["codes"])


def _svc_code(w: W, s: dict, form: int) -> str:
    if not s["codes"]:
        return w.svc(s)
    cs = _codes(w, s)
    lab = code_label(s["codes"][0])
    return [f"{w.svc(s)} - {lab} {cs}", f"{cs}: {w.svc(s)}", f"{w.svc(s)} ({lab} code {cs})"][form]


def _dx(w: W, form: int, conj: str = "and") -> str:
    out = []
    for d in w.c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        if d["codes"]:
            cs = " / ".join(M("ICD10", x) for x in d["codes"])
            t = [f"{t}, ICD-10 {cs}", f"{cs} ({t})", f"{t} - {cs}"][form]
        out.append(t)
    return join_and(out, conj)


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([58.0, 66.0, 76.0]),
               margin_t=w.pick([48.0, 56.0, 64.0]))
    st.margin_r = st.margin_l
    return st


def _languages(w: W, heading: str) -> list[Block]:
    tl = E.taglines(w, heading=False)
    if not tl:
        return []
    return [w.h(heading, space_before=14)] + tl


def _nondisc_en(w: W) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.small(w.pick([
        "Kaiser Permanente complies with federal civil rights laws. We do not discriminate on the basis of race, color, "
        "national origin, age, disability or sex, and we offer qualified interpreters and large-print or other formats "
        "free of charge.",
        "Equal access: Kaiser Permanente serves members without regard to race, color, national origin, age, disability or "
        "sex. Auxiliary aids, interpreters and translated material cost you nothing; ask Member Services.",
    ]), space_before=10)]


def _reviewer_bits(w: W) -> tuple[str, str, str]:
    """(name with credentials, specialty or title phrase, phone sentence part) with every part marked."""
    r = w.c.reviewer
    who = M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        who += ", " + M("REVIEWER_CRED", r["credentials"])
    role = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return who, role, ph


def _consumer(w: W) -> str:
    c = w.c
    if "notice.consumer_assistance" in c.defects or c.state not in V.CONSUMER_ASSIST:
        return ""
    name, ph = V.CONSUMER_ASSIST[c.state]
    return w.pick([f"Free, independent help with appeals is offered by the {name}, {ph}.",
                   f"The {name} ({ph}) can assist you with an appeal or complaint at no charge."])


def _provision_en(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects or c.plan_type == "medicare_advantage":
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    if c.plan_type == "erisa_group":
        ref = f"Section {sec} (\"Services Not Covered\") of the {c.extra['employer']} Summary Plan Description"
    else:
        ref = f"the {yr} Kaiser Permanente Combined Evidence of Coverage and Disclosure Form, section {sec}, page {pg}"
    return w.pick([f"This exclusion appears in {M('PLAN_PROVISION', ref)}.",
                   f"The governing contract language is found in {M('PLAN_PROVISION', ref)}."])


# --- the reason (English) -----------------------------------------------------------------------------------------

_ADMIN = [
    "the claim was submitted after the 90-day filing limit counted from the date of service",
    "the itemized bill and medical records we asked the provider for were never sent",
    "the same services were already processed on an earlier claim",
]
_MISSING = [
    "chart notes from the most recent office visit",
    "the imaging report the request refers to",
    "documentation of treatments already tried and how they worked",
    "a current list of medications and doses",
    "the surgeon's operative plan",
    "laboratory values from the past 60 days",
]


def reason_blind3(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    if kind == "grievance_decision" and cat == "medical_necessity" and len(c.services) > 1 and w.chance(0.45):
        c.services[-1]["decision"] = "approved"  # the appeal is upheld only in part
        c.extra["b3_part"] = True
    svc = _svcs(c)
    if kind == "delay_notice":
        if "notice.delay_requirements" in c.defects:
            return w.pick(["Additional time is needed to complete the clinical review of this request.",
                           "The review of this request could not be finished within the usual time frame."])
        miss = w.rng.sample(_MISSING, 2)
        c.extra["b3_missing"] = miss
        return w.pick([f"We cannot complete the review yet because we have not received {join_and(miss)}.",
                       f"The file is incomplete: {join_and(miss)} must be provided before a decision can be made."])
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Clinical necessity not demonstrated.", "Fails the medical necessity review.",
                           "Necessity criteria unmet."])
        return w.pick(["Outside plan benefits.", "Excluded under the plan.", "Benefit not available under this coverage."])
    grv = kind == "grievance_decision"
    pay = kind == "payment_denial"
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records do not document a current need for this level of care"])
        if kind == "partial_denial":
            ok = _svcs(c, [x for x in c.services if x["decision"] == "approved"])
            return w.pick([f"{_up(ok)} has been authorized, but we declined {svc} since {fact}.",
                           f"Only {ok} could be approved; {svc} was not approved because {fact}."])
        if grv and c.extra.get("b3_part"):
            ok = _svcs(c, [x for x in c.services if x["decision"] == "approved"])
            return (f"We are reversing the earlier decision for {ok}, which will now be covered, but we are upholding "
                    f"the denial of {svc} because {fact}.")
        if grv:
            return w.pick([f"We are upholding the denial of {svc}: the appeal file shows that {fact}.",
                           f"The original denial of {svc} stands, because {fact}."])
        if pay:
            return f"The plan will not pay for {svc} because {fact}, so the services billed were not medically necessary."
        return w.pick([f"{_up(svc)} is not medically necessary at this time because {fact}.",
                       f"We declined to approve {svc} since {fact}."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["published studies have not shown it improves outcomes for this condition"])
        if grv:
            return f"We are upholding the denial of {svc}, which remains investigational for this diagnosis because {fact}."
        return w.pick([f"{_up(svc)} is considered experimental for this diagnosis: {fact}.",
                       f"The plan treats {svc} as investigational here because {fact}."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["your plan lists it among the services it excludes"])
        if grv:
            return f"We are upholding the denial of {svc} because it is not a benefit of your plan: {fact}."
        if pay:
            return f"The plan does not pay for {svc} because {fact}."
        return w.pick([f"{_up(svc)} is not a covered benefit because {fact}.",
                       f"Your plan does not include {svc}: {fact}."])
    if cat == "out_of_network":
        if grv:
            return (f"We are upholding the decision not to authorize {svc} at {c.outside}, because Kaiser Permanente "
                    "clinicians can provide this care within our network.")
        if pay:
            prov = c.provider or "the provider"
            return (f"{prov} is not a Kaiser Permanente contracted provider, the visit was not an emergency, and no "
                    "referral to this provider was on file, so the plan cannot pay for these services.")
        return (f"{c.outside} is outside the Kaiser Permanente network, and {svc} is available from network "
                "clinicians, so the outside referral is not approved.")
    if cat == "no_prior_authorization":
        if s.get("key", "").startswith("er_"):
            return (f"Payment for {svc} was denied because no prior authorization was obtained from the plan before "
                    "the emergency department visit.")
        if "medicare.transition_period" in c.defects:
            return f"The plan did not pay for {svc} because prior authorization was not requested before the services were given."
        return w.pick([f"The plan did not pay for {svc} because prior authorization was not obtained before the care was given.",
                       f"No approval was requested in advance for {svc}, and the plan requires one before this care is given."])
    if cat == "administrative":
        fact = w.pick(_ADMIN)
        return f"This claim for {svc} could not be paid: {fact}."
    return f"We could not approve {svc}."


# --- 1. California HMO member-relations appeal resolution -----------------------------------------------------------


def t_b3_resolution(w: W):
    c = w.c
    _fmt(w, ["mdy_nocomma", "wd_dmy", "mdy_nocomma", "ymd_mon"])
    st = _style(w, ["times", "helvetica"], [10.0, 10.5])
    entity, group = V.REGION_ENTITY[c.region]
    dept = w.pick(["Member Relations Department", "Office of Member Relations", "Member Relations, Appeal Resolution Unit"])
    st.header = [f"{M('MEMBER_NAME', c.member_name)} - file {c.ids['ref']}"]
    st.footer = [w.pick(["{page}", "- {page} -", "Page {page}"])]
    b: list[Block] = [
        w.p(f"KAISER PERMANENTE {M('REGION', c.region)}", bold=True, size=13, space_before=0),
        w.p(f"{dept} | {entity}", size=8.5, space_before=1),
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente HMO (commercial group coverage)",
                                  "Kaiser Permanente commercial HMO plan"])), size=8.5, space_before=0),
        w.p(_dm(w, "DATE_LETTER", c.letter), space_before=16),
        w.p(w.name(), space_before=10),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    svc_lines = [_svc_code(w, s, w.rng.randrange(3)) for s in c.services]
    re_rows = [("Member", w.name()), (w.pick(["Chart no.", "KP member ref.", "Membership no."]), w.mid()),
               (w.pick(["Grievance case", "Grievance file no."]), c.ids["ref"]),
               (w.pick(["Subject of appeal", "Care under review"]), "; ".join(svc_lines))]
    if c.received:
        re_rows.append((w.pick(["Appeal arrived", "Date your appeal reached us"]), _dm(w, "DATE_RECEIVED", c.received)))
    b.append(w.p("RE:", bold=True, space_before=14))
    for k, v in re_rows:
        b.append(w.p(f"{k}: {v}", indent=28, space_before=0))
    sal = M("MEMBER_NAME", c.member_name) if c.member_salute == c.member_name else c.member_salute
    b.append(w.p(f"Dear {sal}:", space_before=12))
    # paragraph 1: what was asked
    who = w.prov()
    t = w.pick(["We are writing with the result of the appeal filed about your care.",
                "This letter completes our review of the appeal filed on your behalf.",
                "Thank you for giving us the chance to take another look at our earlier decision."])
    if c.received:
        t += f" On {_dm(w, 'DATE_RECEIVED', c.received)} our department received " + (
            f"a written appeal from {who}, who asked" if who else "your appeal, in which you asked")
    else:
        t += " In the appeal " + (f"{who} asked" if who else "you asked")
    t += f" that we reconsider the earlier decision not to cover {join_and(svc_lines)}."
    if c.service:
        t += w.pick([f" The care at issue was given, or was scheduled, on {_dm(w, 'DATE_SERVICE', c.service)}.",
                     f" According to the file, the date of service was {_dm(w, 'DATE_SERVICE', c.service)}."])
    if c.diagnoses:
        t += " " + w.pick(["The condition described in the records is ", "Your records list the diagnosis as "]) + \
            _dx(w, w.rng.randrange(3)) + "."
    if c.urgency == "expedited":
        t += (" Because your doctor told us that waiting could seriously harm your health, we handled the appeal on an "
              "expedited basis and decided it within 72 hours.")
    b.append(w.p(t, space_before=8))
    # paragraph 2: how it was reviewed
    t = w.pick(["Everything in the appeal file was reviewed again, including the original request, the clinical notes, "
                "and any statements or records that came with the appeal.",
                "The appeal was assigned to people who had no part in the first decision. They looked at the complete "
                "medical record, the letters submitted with the appeal, and the terms of your coverage."])
    if c.decision:
        t += w.pick([f" That review was completed on {_dm(w, 'DATE_DECISION', c.decision)}.",
                     f" Our decision was reached on {_dm(w, 'DATE_DECISION', c.decision)}."])
    b.append(w.p(t))
    # paragraph 3: the outcome
    verdict = ("Outcome: the original decision is upheld in part." if c.extra.get("b3_part")
               else w.pick(["Outcome: the original decision is upheld.", "Outcome: the denial is upheld in full."]))
    parts = [verdict, M("REASON", w.reason)]
    if c.criteria:
        cr = join_and([w.crit(x) for x in c.criteria])
        parts.append(w.pick([f"The clinical guideline used in this review was {cr}.",
                             f"{cr} guided the assessment of your case."]))
    pv = _provision_en(w)
    if pv:
        parts.append(pv)
    if c.category == "out_of_network":
        i = c.innet
        parts.append(f"You can receive this care from {i['name']} ({i['specialty']}) at {i['facility']}; to schedule, call "
                     f"{c.phones['dept']}.")
    b.append(w.p(" ".join(parts)))
    # closing paragraph with the reviewer
    if c.reviewer:
        who_r, spec, ph = _reviewer_bits(w)
        if spec:
            t = w.pick([f"The physician who decided this appeal is {who_r}, who is board certified in {spec} and was not "
                        "involved in the first decision.",
                        f"Your appeal was decided by {who_r}, whose specialty is {spec} and who had not seen your case before."])
        else:
            t = f"The person who handled your appeal was {who_r}, {c.reviewer_title}."
        if ph:
            t += w.pick([f" Your physician may talk with the reviewer about this case at {ph}.",
                         f" The reviewer can be reached by your treating doctor at {ph}."])
        b.append(w.p(t))
    else:
        b.append(w.p("This appeal was resolved by the Member Relations appeals staff after review of your coverage documents."))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    t = ("This decision completes our internal grievance process. If you still disagree, you may ask the California "
         f"Department of Managed Health Care for an Independent Medical Review (IMR). You should apply within {days} of the "
         "date of this letter. An IMR costs you nothing, is decided by doctors who are independent of Kaiser Permanente, "
         "and, if the reviewers rule in your favor, Kaiser Permanente must provide the care.")
    if c.urgency == "expedited":
        t += " Because your situation is urgent, the Department can decide the review within a few days."
    b.append(w.p(t))
    extra = [w.pick(["On request we will send you, free of charge, copies of the documents and guidelines used in this decision.",
                     "You may ask us for free copies of the records and guidelines that the reviewer relied on."])]
    ca = _consumer(w)
    if ca:
        extra.append(ca)
    b.append(w.p(" ".join(extra)))
    b.append(w.p(w.pick(["With best regards,", "Yours truly,"]), space_before=12))
    b.append(w.p(f"{dept}", space_before=14))
    b.append(w.p(f"{entity} - {group}", size=8.5, space_before=0))
    if c.provider:
        b.append(w.small(f"Copy: {w.prov()}", space_before=6))
    b += E.dmhc_statement(w, boxed=w.chance(0.6))
    b += _nondisc_en(w)
    b += _languages(w, w.pick(["Getting help in another language", "Interpreting and translation at no cost"]))
    return b, st, "member_relations_resolution"


# --- 2. claim statement with remark codes ---------------------------------------------------------------------------

_REMARK_TEXT = {
    "no_prior_authorization": "Services of this type require approval from the plan before they are given; none was on file.",
    "out_of_network": "Rendering provider is not contracted with Kaiser Permanente and no referral or emergency was on file.",
    "not_covered": "Service is excluded from the member's benefit plan.",
    "administrative": "Claim could not be paid for a billing or filing reason; see the explanation below.",
    "medical_necessity": "Clinical review found the billed service was not medically necessary.",
}
_REMARK_INFO = "Provider may not bill the member beyond plan cost sharing unless the member agreed in writing."


def t_b3_claim(w: W):
    c = w.c
    _fmt(w, ["ymd_mon", "mon_dash", "ymd_mon", "mdy_nocomma"])
    st = _style(w, ["helvetica", "courier"], [9.0, 9.5])
    p, cat = c.plan_type, c.category
    entity = V.REGION_ENTITY[c.region][0]
    emp = c.extra["employer"]
    idlab = w.pick(["Coverage key", "Enrollee reference", "Plan holder no."])
    if p == "medicare_advantage":
        cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO) - a Medicare Advantage plan",
                                    "Senior Advantage Medicare health plan"]))
    elif p == "erisa_group":
        cue = M("PLAN_CUE", f"{emp} Health Benefit Plan (self-funded group plan subject to ERISA)")
    else:
        cue = M("PLAN_CUE", w.pick(["HMO coverage through Kaiser Permanente", "Kaiser Permanente group HMO coverage"]))
    st.header = [f"{idlab} {M('MEMBER_ID', c.member_id)}  claim {c.ids['claim']}"]
    st.footer = ["{page}/{pages}"]
    st.footer_align = "right"
    title = w.pick(["CLAIM DETERMINATION STATEMENT", "STATEMENT OF CLAIM PROCESSING", "CLAIM RESULT STATEMENT"])
    b: list[Block] = [
        w.p(f"Kaiser Permanente - {M('REGION', c.region)}", bold=True, size=12, space_before=0),
        w.p(cue, size=9, space_before=1),
        w.p(f"Claims Administration, {entity}", size=8, space_before=0),
        Block("rule"),
        w.p(title, bold=True, size=13, align="center", space_before=8),
        w.p("This is not a bill.", italic=True, align="center", space_before=1),
    ]
    left = [f"**{w.name()}"] + list(c.member_addr)
    right = [f"Statement issued: {_dm(w, 'DATE_LETTER', c.letter)}", f"{idlab}: {w.mid()}", f"Claim ref.: {c.ids['claim']}"]
    if p != "medicare_advantage":
        right.append(f"Employer group {c.ids['group']}")
    b.append(Block("twocol", left=left, right=right, space_before=10))
    facts = [f"Billed by: {w.prov()} (NPI {c.ids['npi']})"] if c.provider else []
    if c.received:
        facts.append(f"Claim arrived: {_dm(w, 'DATE_RECEIVED', c.received)}")
    if c.decision:
        facts.append(f"Adjudicated: {_dm(w, 'DATE_DECISION', c.decision)}")
    b.append(w.p("   ".join(facts), space_before=10))
    money = "notice.claim_identification" not in c.defects
    code = {"no_prior_authorization": "PA", "out_of_network": "NP", "not_covered": "EX", "administrative": "AD",
            "medical_necessity": "MN"}[cat] + str(w.rng.randint(10, 89))
    info = "IN" + str(w.rng.randint(10, 89))
    rmk = f"{code}, {info}" if w.chance(0.5) else code
    head = ["Ln", "Date of svc", "Proc.", "Service billed"] + (["Charge", "Plan allowance", "Paid by plan"] if money else []) + ["Rmk"]
    rows = [head]
    for i, s in enumerate(c.services, 1):
        dos = _dm(w, "DATE_SERVICE", c.service) if c.service else ""
        row = [str(i), dos, _codes(w, s) or "-", w.svc(s)]
        if money:
            row += [f"${s['billed']:,.2f}", "$0.00", "$0.00"]
        rows.append(row + [rmk])
    if money:
        rows.append(["", "", "", "Totals for claim", f"${c.money['total']:,.2f}", "$0.00", "$0.00", ""])
    al = ["right", "left", "left", "left"] + (["right"] * 3 if money else []) + ["left"]
    b.append(Block("table", rows=rows, header_row=True, space_before=8, col_align=al))
    b.append(w.p("Remark code legend", bold=True, space_before=8))
    b.append(w.p(f"{code} - {_REMARK_TEXT[cat]}", indent=14, space_before=1))
    if info in rmk:
        b.append(w.p(f"{info} - {_REMARK_INFO}", indent=14, space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis reported on the claim: ", "Claim diagnosis: "]) + _dx(w, w.rng.randrange(3)) + ".",
                     space_before=8))
    b.append(w.h(w.pick(["Explanation of this determination", "Why the claim was not paid"]), space_before=12))
    parts = [M("REASON", w.reason)]
    if c.scenario.get("key", "").startswith("er_"):
        parts.append(f"The claim describes an emergency visit for {c.scenario['symptom']}.")
    if "process.retro_denial_of_authorized" in c.defects:
        parts.append(f"Plan records show reference number {c.ids['auth']} approving these services before they were performed.")
    if "medicare.transition_period" in c.defects:
        parts.append(f"Your Senior Advantage enrollment took effect on {b3date(c.extra['enroll'], 'mdy_nocomma')}, and this "
                     "treatment had started under your prior coverage.")
    pv = _provision_en(w)
    if pv:
        parts.append(pv)
    b.append(w.p(" ".join(parts)))
    if c.reviewer:
        who_r, spec, ph = _reviewer_bits(w)
        t = f"Clinical reviewer: {who_r}" + (f", {spec}" if spec else f", {c.reviewer_title}")
        if ph:
            t += f"; telephone {ph}"
        b.append(w.p(t + "."))
    if money:
        b.append(w.p("On request we will list, without charge, every billing code and diagnosis code on this claim along "
                     "with its meaning. Requesting this list does not start an appeal."))
    b += _claim_rights(w)
    b.append(w.p(f"Claims Administration, {entity}", space_before=12))
    b += E.dmhc_statement(w, boxed=True)
    b += _nondisc_en(w)
    b += _languages(w, w.pick(["Assistance in your language", "No-cost language services"]))
    return b, st, "claim_statement_remarks"


def _claim_rights(w: W) -> list[Block]:
    c, p = w.c, w.c.plan_type
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["If you do not agree with this determination", "Disputing this determination"]), space_before=12)]
    if p == "medicare_advantage":
        out.append(w.p(f"You may ask the plan to reconsider payment. Your written request must be received within {days} of "
                       f"the statement date; send it to {addr}, or call {c.phones['ms']} (TTY 711). Include the claim number "
                       "and any records that support your request. We decide payment reconsiderations within 60 days."))
        out.append(w.p("If we do not decide fully in your favor, your file is sent on its own to the Independent Review "
                       "Entity, an organization that contracts with Medicare and is not part of Kaiser Permanente. More "
                       "levels of appeal follow if you still disagree. Medicare questions: 1-800-MEDICARE (1-800-633-4227), "
                       "TTY 1-877-486-2048."))
        return out
    t = (f"You, or someone you authorize, may appeal within {days} after you receive this statement. Write to {addr} or "
         f"call {c.phones['ms']} (TTY {c.phones['tty']}), and send any information you would like considered.")
    out.append(w.p(t))
    if p == "erisa_group":
        out.append(w.p("Your appeal will be reviewed by a person who did not make this determination. After the plan's appeal "
                       "process is finished you may ask for external review by an independent review organization, and "
                       "you may bring a civil action under section 502(a) of the Employee Retirement Income Security Act."))
        if "notice.consumer_assistance" not in c.defects:
            out.append(w.p("The Employee Benefits Security Administration, U.S. Department of Labor, answers questions about "
                           "your rights: 1-866-444-3272."))
        return out
    if c.state == "CA":
        out.append(w.p("If the appeal is not resolved in your favor, or is not resolved within 30 days, you may apply to the "
                       "Department of Managed Health Care for an Independent Medical Review of a disputed payment for "
                       "emergency or urgent care, or of a medical-necessity decision."))
    else:
        out.append(w.p("When the appeal is decided against you, you may ask for external review by an independent review "
                       "organization appointed under state law."))
    ca = _consumer(w)
    if ca:
        out.append(w.p(ca))
    return out


# --- 3. faxed turnaround notice to the requesting physician ---------------------------------------------------------


def _make_urgent(w: W) -> None:
    """This template is a 72-hour fast-track notice: a standard draw becomes expedited, with the dates that implies."""
    c = w.c
    if c.letter_kind == "delay_notice" or c.urgency == "expedited" or "notice.expedited_review" in c.defects:
        return
    base = c.decision or c.letter
    c.urgency = "expedited"
    c.letter = base
    if c.received and "process.decision_untimely" not in c.defects:
        c.received = base - dt.timedelta(days=w.rng.randint(0, 2))


def t_b3_fax(w: W):
    c = w.c
    _make_urgent(w)
    _fmt(w, ["mon_dash", "ymd_mon", "wd_dmy", "mon_dash"])
    st = _style(w, ["courier", "helvetica"], [9.0, 9.5])
    p, kind = c.plan_type, c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    unit = w.pick(["Prior Authorization Review Desk", "Clinical Review Intake Team", "Authorization and Referral Review"])
    fast = c.urgency == "expedited"
    st.footer = ["Fax " + "{page}" + f" - {unit}"]
    if p == "medicare_advantage":
        cue = "Senior Advantage (Medicare Advantage)"
    elif p == "erisa_group":
        cue = f"{c.extra['employer']} self-funded group plan (ERISA)"
    else:
        cue = "Kaiser Permanente commercial HMO line of business"
    # page 1: transmittal
    b: list[Block] = [
        w.p("F A X", bold=True, size=20, space_before=0),
        w.p(f"Kaiser Permanente {M('REGION', c.region)} - {unit}", size=9, space_before=2),
        Block("rule"),
    ]
    tx = [["Deliver to", w.prov() or "Requesting office"], ["Sent from", f"{unit}, {entity}"],
          ["Return fax", c.phones["fax"]], ["Callback", c.phones["dept"]], ["Transmitted", _dm(w, "DATE_LETTER", c.letter)],
          ["Regarding", "time-sensitive authorization notice" if fast or kind == "delay_notice" else "authorization notice"]]
    b.append(Block("table", rows=tx, header_row=False, space_before=10))
    b.append(w.p("Privacy warning: the pages that follow contain protected health information meant only for the office "
                 "named above. If they reached you by mistake, call the callback number and destroy them.", italic=True,
                 space_before=14))
    b.append(Block("pagebreak"))
    # page 2: the notice
    if kind == "delay_notice":
        title = w.pick(["REVIEW PERIOD EXTENDED", "DETERMINATION PENDING - EXTENSION OF TIME"])
    elif fast:
        title = w.pick(["QUICK-TURNAROUND (72-HOUR) DETERMINATION", "URGENT REVIEW OUTCOME - 72-HOUR TRACK"])
    else:
        title = w.pick(["AUTHORIZATION REVIEW OUTCOME", "PRE-SERVICE DETERMINATION"])
    b.append(w.p(title, bold=True, size=13, space_before=0))
    b.append(w.p(M("PLAN_CUE", cue), size=9, space_before=1))
    form = [["Covered individual", w.name()], ["Plan identifier", w.mid()]]
    if c.provider:
        form.append(["Ordering clinician", w.prov()])
    if c.received:
        form.append(["Request logged", _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        form.append(["Outcome issued", _dm(w, "DATE_DECISION", c.decision)])
    form.append(["Review track", "Expedited / 72 hours" if fast else "Standard"])
    form.append(["Tracking no.", c.ids["auth"]])
    b.append(Block("table", rows=form, header_row=False, space_before=8))
    b.append(w.p("Items", bold=True, space_before=8))
    for s in c.services:
        if kind == "delay_notice":
            st_txt = "pending"
        else:
            st_txt = "AUTHORIZED" if s["decision"] == "approved" else "NOT AUTHORIZED"
        b.append(w.p(f"* {_svc_code(w, s, w.rng.randrange(3))} - {st_txt}", indent=16, space_before=1))
    if c.diagnoses:
        b.append(w.p(f"Dx: {_dx(w, w.rng.randrange(3))}", indent=16, space_before=3))
    # the boxed determination
    if kind == "delay_notice":
        t = "Status: no determination yet. " + M("REASON", w.reason)
        if "notice.delay_requirements" not in c.defects:
            t += (f" Please fax the missing items to {c.phones['fax']}. Target date for the determination: "
                  f"{b3date(c.extra['expected'], c.extra['b3_fmt'])}; we will decide by then with whatever has arrived.")
            if p == "erisa_group":
                t += " The claimant has at least 45 days from receipt of this notice to supply the information."
    else:
        head = "Determination: partially authorized." if kind == "partial_denial" else "Determination: not authorized."
        t = head + " " + M("REASON", w.reason)
        if c.criteria:
            t += " Guideline(s) used: " + "; ".join(w.crit(x) for x in c.criteria) + "."
        pv = _provision_en(w)
        if pv:
            t += " " + pv
    b.append(w.p(t, boxed=True, indent=18, space_before=8))
    if c.reviewer:
        who_r, spec, ph = _reviewer_bits(w)
        t = f"Reviewer: {who_r}" + (f" ({spec})" if spec else f" ({c.reviewer_title})")
        if ph:
            t += w.pick([f". Doctor-to-doctor line: {ph}.", f". To discuss with the reviewer, call {ph}."])
        else:
            t += "."
        b.append(w.p(t, space_before=6))
    b += _fax_rights(w)
    b.append(w.p(f"{unit} - {entity}", space_before=10))
    b += E.dmhc_statement(w, boxed=False)
    b += _nondisc_en(w)
    b += _languages(w, w.pick(["Member language assistance", "Interpreter help for the member"]))
    return b, st, "fax_turnaround_notice"


def _fax_rights(w: W) -> list[Block]:
    c, p, kind = w.c, w.c.plan_type, w.c.letter_kind
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["Member rights (a copy of this notice is mailed to the member)", "Rights of the member"]),
               space_before=10)]
    if kind == "delay_notice":
        out.append(w.p(f"The member may file a grievance about this extension by calling {c.phones['ms']} (TTY 711) or writing "
                       f"to {addr}. If waiting could seriously harm the member's health, the grievance can be handled urgently."))
        return out
    days = M("APPEAL_DAYS", c.appeal_phrase)
    lead = "a reconsideration" if p == "medicare_advantage" else "an appeal"
    out.append(w.p(f"The member, or you on the member's behalf, may request {lead} within {days} of the date of this notice: "
                   f"call {c.phones['ms']} (TTY 711) or write to {addr}."))
    if "notice.expedited_review" not in c.defects:
        out.append(w.p("When a standard time frame could seriously jeopardize the member's life, health or ability to regain "
                       "maximum function, the appeal will be expedited and decided within 72 hours; a physician's request "
                       "for speed is honored."))
    if p == "medicare_advantage":
        if "notice.external_review" not in c.defects:
            out.append(w.p("A reconsideration that does not fully favor the member is forwarded automatically to the Independent "
                           "Review Entity contracted by Medicare."))
        out.append(w.p("General Medicare questions: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048."))
    elif p == "erisa_group":
        if "notice.external_review" not in c.defects:
            out.append(w.p("After the internal appeal (or at the same time, when urgent), external review by an independent "
                           "review organization may be requested."))
        out.append(w.p("The member may bring a civil action under ERISA section 502(a) once the plan's review is complete."))
        if "notice.consumer_assistance" not in c.defects:
            out.append(w.p("Employee Benefits Security Administration: 1-866-444-3272."))
    elif c.state == "CA":
        out.append(w.p("If the appeal is upheld, or not decided within 30 days (three days when urgent), the member may apply to "
                       "the Department of Managed Health Care for an Independent Medical Review at no cost. In urgent "
                       "cases the member need not wait for our appeal decision."))
        if c.category == "experimental_investigational" and c.scenario.get("serious") \
                and "experimental.terminal_illness_rights" not in c.defects:
            out.append(w.p("For a life-threatening or seriously debilitating condition, the member keeps coverage for any "
                           "alternative treatment the Plan considers appropriate, may request the evidence we relied on, and may "
                           "ask for a conference with plan representatives authorized to change this decision, held within 30 "
                           "days, or five business days if delay would reduce the treatment's effectiveness."))
        ca = _consumer(w)
        if ca:
            out.append(w.p(ca))
    else:
        if "notice.external_review" not in c.defects:
            out.append(w.p("If the appeal is denied, the member may request external review by an independent review "
                           "organization under state law."))
        ca = _consumer(w)
        if ca:
            out.append(w.p(ca))
    return out


# --- 4. Spanish Medi-Cal notice -------------------------------------------------------------------------------------

_CAT_ES = {
    "medical_necessity": "falta de necesidad médica",
    "experimental_investigational": "tratamiento experimental o todavía en estudio",
    "not_covered": "servicio que no es un beneficio cubierto",
    "out_of_network": "proveedor fuera de la red del plan",
    "no_prior_authorization": "falta de autorización previa",
}
_FACT_ES = {
    "medical_necessity": [
        "la información médica que recibimos no demuestra que usted necesite este servicio ahora",
        "no hay constancia de que se hayan probado primero tratamientos más sencillos",
        "los resultados de sus pruebas no alcanzan el nivel que se exige para este servicio",
    ],
    "experimental_investigational": [
        "todavía no hay estudios suficientes que demuestren que este tratamiento sea seguro y eficaz para su condición",
        "este uso del tratamiento sigue en fase de estudio",
    ],
    "not_covered": [
        "Medi-Cal no incluye este servicio entre los beneficios de su plan",
        "el servicio se considera estético y no es un beneficio",
    ],
}


def reason_blind3_es(w: W) -> str:
    c = w.c
    svc = join_and([x["text"] for x in (c.denied_services() or c.services)], "y")
    cat, kind = c.category, c.letter_kind
    if "notice.reason_specific" in c.defects:
        return w.pick(["No cumple con la necesidad médica.", "Servicio no cubierto.", "No reúne los criterios del plan."])
    if cat in _FACT_ES:
        fact = w.pick(_FACT_ES[cat])
        if kind == "partial_denial":
            ok = join_and([x["text"] for x in c.services if x["decision"] == "approved"], "y")
            return f"Autorizamos {ok}. No autorizamos {svc}, porque {fact}."
        if kind == "termination_notice":
            return w.pick([f"Dejaremos de cubrir {svc} porque {fact}.", f"Suspendemos la cobertura de {svc}, ya que {fact}."])
        return w.pick([f"No autorizamos {svc} porque {fact}.", f"La solicitud de {svc} no fue aprobada, ya que {fact}."])
    if cat == "out_of_network":
        return (f"No autorizamos {svc} con {c.outside}, porque ese proveedor no forma parte de la red de Kaiser Permanente "
                "y los médicos de nuestra red pueden darle esta atención.")
    if cat == "no_prior_authorization":
        return f"No autorizamos {svc} porque el servicio requiere una aprobación previa del plan y no se pidió a tiempo."
    raise ValueError(cat)


def _dmhc_es(w: W) -> list[Block]:
    c = w.c
    if "notice.dmhc_statement" in c.defects:
        return []
    return [w.p(
        "El Departamento de Atención Médica Administrada de California (DMHC) regula los planes de servicios de salud. Si "
        f"tiene una queja contra su plan, llame primero al plan al {c.phones['ms']} (TTY {c.phones['tty']}) y use su proceso "
        "de quejas antes de acudir al departamento. Usar este proceso no le quita ningún derecho ni recurso legal. Puede "
        "pedir ayuda al departamento si su queja trata de una emergencia, si el plan no la resolvió de manera satisfactoria "
        "o si lleva más de 30 días sin resolverse. Quizá también pueda pedir una Revisión Médica Independiente (IMR), que es "
        "un análisis imparcial de decisiones sobre necesidad médica, tratamientos experimentales o en investigación y pagos "
        f"de servicios de emergencia o urgencia. Teléfono gratuito del departamento: {E.DMHC_PHONE}; TDD: {E.DMHC_TDD}. "
        f"Formularios e instrucciones en {E.DMHC_WEB}.", bold=True, size=9.5, boxed=True)]


def t_b3_medi_cal_es(w: W):
    c = w.c
    _fmt(w, ["es_long", "es_wd", "es_dot", "es_long"])
    st = _style(w, ["helvetica", "times"], [10.0, 10.5])
    kind = c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    idlab = w.pick(["N.º de identificación de beneficiario", "Número de beneficiario de Medi-Cal", "Identificador del afiliado"])
    st.footer = [f"{idlab}: {M('MEMBER_ID', c.member_id)} - hoja " + "{page} de {pages}"]
    b: list[Block] = [
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente - plan de Medi-Cal", "Medi-Cal con Kaiser Permanente"])), bold=True,
            size=12, space_before=0),
        w.p(f"{entity} - región {M('REGION', c.region)}", size=8.5, space_before=1),
        w.p(f"Servicios a los Miembros {c.phones['ms']} - TTY {c.phones['tty']}", size=8.5, space_before=0),
    ]
    title = {"initial_denial": w.pick(["AVISO SOBRE SU SOLICITUD DE SERVICIOS", "NOTIFICACIÓN: SOLICITUD NO APROBADA"]),
             "partial_denial": w.pick(["AVISO: SOLICITUD APROBADA SOLO EN PARTE", "NOTIFICACIÓN DE APROBACIÓN PARCIAL"]),
             "termination_notice": w.pick(["AVISO DE FIN DE COBERTURA DE UN SERVICIO", "NOTIFICACIÓN: UN SERVICIO DEJARÁ DE CUBRIRSE"])}[kind]
    b.append(w.p(title, bold=True, size=13, align="center", space_before=14))
    if c.urgency == "expedited":
        b.append(w.p("Decisión urgente (acelerada): la tomamos rápido porque esperar podía afectar su salud.", italic=True,
                     align="center", space_before=2))
    b.append(w.p(w.name(), space_before=12))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    rows = [["Fecha de este aviso", _dm(w, "DATE_LETTER", c.letter)], ["Afiliado/a", w.name()], [idlab, w.mid()]]
    if c.provider:
        rows.append(["Profesional que pidió el servicio", w.prov()])
    if c.received:
        rows.append(["Recibimos la solicitud el", _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append(["Decidimos el", _dm(w, "DATE_DECISION", c.decision)])
    if c.service:
        rows.append(["Recibe el servicio desde", _dm(w, "DATE_SERVICE", c.service)])
    rows.append(["Fundamento de la decisión", _CAT_ES[c.category]])
    rows.append(["Expediente", c.ids["ref"]])
    b.append(Block("table", rows=rows, header_row=False, space_before=10))
    b.append(w.h(w.pick(["Qué decidimos", "Nuestra decisión"]), space_before=12))
    for s in c.services:
        res = "aprobado" if s["decision"] == "approved" else ("deja de cubrirse" if kind == "termination_notice" else "no aprobado")
        b.append(w.p(f"- {_svc_code(w, s, w.rng.randrange(3)).replace(' code ', ' código ')}: {res}", indent=14, space_before=1))
    if kind == "termination_notice":
        end = D.add_business(c.letter, 10)
        b.append(w.p(f"Seguiremos pagando este servicio hasta el {b3date(end, 'es_long')}.", space_before=4))
    if c.diagnoses:
        b.append(w.p("Diagnóstico indicado en la solicitud: " + _dx(w, w.rng.randrange(3), "y") + ".", space_before=4))
    b.append(w.h(w.pick(["Razones de esta decisión", "La razón"]), space_before=12))
    parts = [M("REASON", w.reason)]
    if c.criteria:
        parts.append(w.pick(["Para decidir usamos estas pautas clínicas: ", "Las normas que aplicamos fueron: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + ".")
    if c.category == "not_covered" and "notice.plan_provision" not in c.defects:
        ref = f"el Manual para Miembros de Medi-Cal (Evidencia de Cobertura) de {c.extra['year']}, página {c.extra['page']}"
        parts.append(f"Puede consultar esta exclusión en {M('PLAN_PROVISION', ref)}.")
    if c.category == "out_of_network" or (c.category == "no_prior_authorization"):
        if "network.no_timely_in_network_alternative" in c.defects:
            parts.append("Hay médicos de Kaiser Permanente que ofrecen esta atención.")
        else:
            i = c.innet
            parts.append(f"Le hicimos una cita con {i['name']} ({i['specialty']}) en {i['facility']} el "
                         f"{b3date(i['appt'], 'es_long')}. Para cambiarla, llame al {c.phones['dept']}.")
    b.append(w.p(" ".join(parts)))
    if c.category == "experimental_investigational" and c.scenario.get("serious"):
        b.append(w.p("Como su enfermedad puede poner en riesgo su vida o causarle una discapacidad grave, seguimos cubriendo "
                     "otros tratamientos apropiados, puede pedirnos las pruebas científicas que revisamos y puede solicitar "
                     "una reunión con representantes del plan que pueden cambiar esta decisión."))
    if c.reviewer:
        who_r, spec, ph = _reviewer_bits(w)
        t = f"Revisó su caso {who_r}" + (f", especialista en {spec}" if spec else "")
        t += "."
        if ph:
            t += f" Su médico puede hablar con esta persona al {ph}."
        b.append(w.p(t))
    b += _rights_es(w)
    b.append(w.p(w.pick(["Reciba un cordial saludo,", "Cordialmente,"]), space_before=12))
    b.append(w.p("Departamento de Revisión de Servicios, Kaiser Permanente Medi-Cal", space_before=10))
    b += _dmhc_es(w)
    if "notice.language_assistance" not in c.defects:
        b.append(w.small("Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por raza, color, "
                         "origen nacional, edad, discapacidad o sexo. Ofrecemos intérpretes y materiales en otros formatos sin "
                         "costo.", space_before=10))
    b += _languages(w, w.pick(["Ayuda en su idioma", "Servicios de idiomas sin costo"]))
    return b, st, "medi_cal_aviso_es"


def _rights_es(w: W) -> list[Block]:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    out = [w.h(w.pick(["Si usted no está conforme", "Cómo pedir que cambiemos esta decisión"]), space_before=12)]
    out.append(w.p(f"Puede pedirnos una apelación dentro de {days} contados desde la fecha de este aviso. Llame al "
                   f"{c.phones['ms']} (TTY {c.phones['tty']}), escriba a {addr} o use kp.org. Un familiar, un defensor o su "
                   "médico pueden ayudarle o apelar por usted. No tiene costo, y puede pedirnos gratis copia de los documentos "
                   "que usamos."))
    out.append(w.p("Si esperar pone en serio peligro su vida o su salud, pida una apelación acelerada: le responderemos en un "
                   "plazo de 72 horas."))
    if "notice.continuation_of_benefits" not in c.defects:
        out.append(w.h("Seguir recibiendo el servicio mientras apela", space_before=8))
        out.append(w.p("Si este aviso suspende o reduce un servicio que ya recibe, puede seguir recibiéndolo mientras se decide "
                       "la apelación. Para ello, apele dentro de 10 días desde la fecha de este aviso o antes de que termine el "
                       "servicio, lo que ocurra después."))
    out.append(w.h("Pedir una audiencia ante el estado", space_before=8))
    out.append(w.p("Si después de la apelación seguimos diciendo que no, o no le contestamos a tiempo, puede pedir una "
                   "Audiencia Estatal al Departamento de Servicios Sociales de California dentro de 120 días a partir de la "
                   "fecha de nuestra respuesta. Llame al 1-800-743-8525 (TTY 1-800-952-8349) o escriba a State Hearings "
                   "Division, P.O. Box 944243, Mail Station 09-17-433, Sacramento, CA 94244-2430."))
    out.append(w.p("Tras nuestra respuesta a la apelación también puede pedir una Revisión Médica Independiente (IMR), siempre "
                   "que no haya tenido ya una Audiencia Estatal sobre el mismo asunto. Ayuda gratuita: Ombudsman de Atención "
                   "Administrada de Medi-Cal, 1-888-452-8609."))
    return out


# --- registry -----------------------------------------------------------------------------------------------------

BLIND3_TEMPLATES: dict[str, tuple] = {
    "blind3_member_relations_resolution": (t_b3_resolution, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["grievance_decision"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network"],
        reason=reason_blind3)),
    "blind3_claim_statement": (t_b3_claim, dict(
        plans=["medicare_advantage", "commercial_hmo", "erisa_group"], kinds=["payment_denial"],
        reason=reason_blind3)),
    "blind3_fax_turnaround": (t_b3_fax, dict(
        plans=["commercial_hmo", "medicare_advantage", "erisa_group"],
        kinds=["delay_notice", "delay_notice", "initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "administrative"], reason=reason_blind3)),
    "blind3_medi_cal_aviso_es": (t_b3_medi_cal_es, dict(
        plans=["medi_cal"], states=["CA"], kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        language="es", reason=reason_blind3_es)),
}
MODELED_ON = {
    "blind3_member_relations_resolution": "blind3: California commercial HMO member-relations appeal resolution letter with a RE block",
    "blind3_claim_statement": "blind3: claim determination statement with a claim table and remark-code legend",
    "blind3_fax_turnaround": "blind3: faxed extension or fast-track determination notice to the requesting physician",
    "blind3_medi_cal_aviso_es": "blind3: Spanish Medi-Cal notice of action",
}
