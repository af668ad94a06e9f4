"""Fifth blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND5_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind5_um_fax_erisa")``. Prose, headings, labels and layouts are written here; only text
real letters print word for word is shared (the DMHC statement and the language taglines from sections_en).
Dates use styles of their own ("2025-03-03", "03.03.2025" month first, "3-Mar-2025", "March 3, 2025" / "Sept. 3,
2025" (AP month abbreviations), "Monday, March 3, 2025", "3 March 2025", and in Spanish "3 de marzo del 2025",
"03-mar-2025"); ``parse_blind5_date`` reads them back for tests.
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
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_ES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b5date(d: dt.date, style: str) -> str:
    if style == "iso":  # 2025-03-03
        return d.isoformat()
    if style == "dot":  # 03.03.2025, month first
        return f"{d.month:02d}.{d.day:02d}.{d.year}"
    if style == "dmon":  # 3-Mar-2025
        return f"{d.day}-{_ABBR[d.month - 1]}-{d.year}"
    if style == "ap":  # Sept. 3, 2025 / March 3, 2025
        return f"{_AP[d.month - 1]} {d.day}, {d.year}"
    if style == "wd_long":  # Monday, March 3, 2025
        return f"{_WD[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_long":  # 3 March 2025
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "es_del":  # 3 de marzo del 2025
        return f"{d.day} de {MONTHS_ES[d.month - 1]} del {d.year}"
    if style == "es_dmon":  # 03-mar-2025
        return f"{d.day:02d}-{_ES_ABBR[d.month - 1]}-{d.year}"
    raise ValueError(style)


STYLES = ("iso", "dot", "dmon", "ap", "wd_long", "dmy_long", "es_del", "es_dmon")


def parse_blind5_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b5date`` (numeric dates are month first; English month names are capitalised,
    Spanish ones are not)."""
    t = " ".join(text.split())
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", t)
    if m:
        mon = _ABBR.index(m[2]) if m[2] in _ABBR else _ES_ABBR.index(m[2])
        return dt.date(int(m[3]), mon + 1, int(m[1]))
    m = re.fullmatch(r"[A-Z][a-z]+, ([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"([A-Z][a-z]+\.?) (\d{1,2}), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _AP.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) del? (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS_ES.index(m[2]) + 1, int(m[1]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b5_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b5date(day, w.c.extra["b5_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------

_BRANDS = ("humira", "keytruda", "semaglutide", "lecanemab", "botox_migraine")


def _up(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str, c) -> str:
    if s[:2].isupper() or c.scenario.get("key") in _BRANDS:
        return s
    return s[:1].lower() + s[1:]


def _names(c, items: list[dict] | None = None, conj: str = "and") -> str:
    items = (c.denied_services() or c.services) if items is None else items
    return join_and([_low(x["text"], c) for x in items], conj)


def _approved(c, conj: str = "and") -> str:
    return _names(c, [x for x in c.services if x["decision"] == "approved"], conj)


def _codes(w: W, s: dict, sep: str = ", ") -> str:
    return sep.join(w.code(x) for x in s["codes"])


def _svc(w: W, s: dict, form: int) -> str:
    """A service with its codes (if any), in one of four printed shapes."""
    if not s["codes"]:
        return w.svc(s)
    cs, lab = _codes(w, s), code_label(s["codes"][0])
    return [f"{w.svc(s)} ({cs})", f"{lab} {cs} | {w.svc(s)}", f"{w.svc(s)} - code {cs}",
            f"{w.svc(s)}, {lab} {cs}"][form]


def _dx(w: W, form: int, conj: str = "and") -> str:
    out = []
    for d in w.c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        if d["codes"]:
            cs = ", ".join(M("ICD10", x) for x in d["codes"])
            t = [f"{t} - ICD-10 {cs}", f"{cs}: {t}", f"{t} [{cs}]"][form]
        out.append(t)
    return join_and(out, conj)


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 60.0, 68.0]),
               margin_t=w.pick([42.0, 50.0, 58.0]))
    st.margin_r = st.margin_l
    return st


def _who(w: W) -> tuple[str, str, str]:
    """Marked credentials, specialty (or the plain title of a non-physician reviewer) and phone of the reviewer."""
    r = w.c.reviewer
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else w.c.reviewer_title
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return cred, spec, ph


def _tongues(w: W, heading: str) -> list[Block]:
    tl = E.taglines(w, heading=False)
    if not tl:
        return []
    return [w.h(heading, space_before=12)] + tl


def _civil_rights_en(w: W) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.small(w.pick([
        "Civil rights notice: Kaiser Permanente does not discriminate because of race, color, national origin, age, "
        "disability or sex, and does not exclude people or treat them less well for those reasons. Qualified interpreters, "
        "and written material in large print, audio or accessible electronic formats, are provided free of charge.",
        "We obey federal civil rights laws. We do not leave people out or treat them differently because of race, color, "
        "national origin, age, disability or sex. Free communication aids and free interpreters are available; just ask.",
    ]), space_before=10)]


def _provision(w: W, where: str) -> str:
    """The plan document and page behind a coverage-exclusion denial (marked PLAN_PROVISION), or ''."""
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects:
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    if where == "erisa":
        ref = w.pick([f"the {c.extra['employer']} Summary Plan Description ({yr}), \"General Exclusions\", page {pg}",
                      f"Article {sec} (Exclusions) of the {yr} group Plan Document, page {pg}"])
        return w.pick([f"Plan document reference: {M('PLAN_PROVISION', ref)}.",
                       f"The exclusion appears in {M('PLAN_PROVISION', ref)}."])
    if where == "ma":
        ref = f"Chapter 4, Section {sec}, of your {yr} Senior Advantage Evidence of Coverage (page {pg})"
        return f"The coverage rule is in {M('PLAN_PROVISION', ref)}."
    ref = f"el Manual del Miembro de Medicaid de {yr}, sección {sec}, página {pg}"
    return w.pick([f"Esta exclusión aparece en {M('PLAN_PROVISION', ref)}.",
                   f"Puede leer la regla en {M('PLAN_PROVISION', ref)}."])


# --- the reason: member voice (English) ----------------------------------------------------------------------------


def reason_blind5(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    den = _names(c)
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Medical necessity not established.", "Not medically necessary at this time.",
                           "The request does not meet medical necessity requirements."])
        return w.pick(["This is not a covered benefit.", "Excluded from coverage under the plan."])
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records sent to us do not show that this care is needed now"])
        if kind == "partial_denial":
            return w.pick([f"We approved {_approved(c)}, but not {den}, because {fact}.",
                           f"Only part of the request could be approved. {_up(den)} was turned down because {fact}."])
        if kind == "termination_notice":
            return w.pick([f"Our review found that {den} is no longer medically necessary: {fact}.",
                           f"{_up(den)} will stop being covered after the last covered day shown in this notice, "
                           f"because {fact}."])
        return w.pick([f"{_up(den)} was denied as not medically necessary, because {fact}.",
                       f"Based on the information we have, {den} is not medically necessary for you right now; {fact}."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the studies published so far do not show that it works for this condition"])
        return w.pick([f"{_up(den)} is considered experimental or investigational for your condition because {fact}.",
                       f"We cannot cover {den} for this use, which is still being studied: {fact}."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["it is listed among the services your plan does not cover"])
        return w.pick([f"{_up(den)} is not a covered benefit under your plan; {fact}.",
                       f"Your plan excludes {den}: {fact}."])
    if cat == "out_of_network":
        return w.pick([f"You asked to get {den} from {c.outside}, which is not a Kaiser Permanente provider. Our own "
                       "clinicians can give you this care, so the outside referral was denied.",
                       f"{c.outside} is outside our network, and {den} is available from Kaiser Permanente providers; "
                       "for that reason the out-of-network request was not approved."])
    if cat == "no_prior_authorization":
        return w.pick([f"{_up(den)} must be approved by the plan in advance, and no request for approval reached us "
                       "before the service was scheduled.",
                       f"The plan requires prior authorization for {den}, and that authorization was not obtained."])
    return f"We could not approve {den}."


# --- the reason: provider voice (the UM fax) -----------------------------------------------------------------------


def reason_blind5_provider(w: W) -> str:
    c, s = w.c, w.c.scenario
    cat, kind = c.category, c.letter_kind
    den = _names(c)
    pv = E.to_provider_voice
    if "notice.reason_specific" in c.defects:
        if cat == "medical_necessity":
            return w.pick(["Does not meet criteria.", "Not medically necessary.", "Medical necessity not met."])
        return w.pick(["Benefit exclusion.", "Not a covered benefit."])
    if cat == "medical_necessity":
        fact = pv(w.pick(s.get("mn") or ["the clinical information submitted does not support this level of care"]))
        if kind == "partial_denial":
            return w.pick([f"{_up(_approved(c))} is certified; {den} is not certified because {fact}.",
                           f"Certification is partial: {den} does not meet medical necessity criteria because {fact}."])
        if kind == "termination_notice":
            return w.pick([f"Continued {den} is not certified beyond the last covered day because {fact}.",
                           f"Concurrent review does not support ongoing {den}: {fact}."])
        return w.pick([f"The request for {den} does not meet medical necessity criteria because {fact}.",
                       f"{_up(den)} is not certified; {fact}."])
    if cat == "experimental_investigational":
        fact = pv(w.pick(s.get("exp") or ["the published evidence does not establish benefit for this indication"]))
        return w.pick([f"{_up(den)} is considered investigational for the member's indication: {fact}.",
                       f"Not certified as experimental/investigational: {fact}."])
    if cat == "not_covered":
        fact = pv(w.pick(s.get("nc") or ["it is excluded under the plan document"]))
        return w.pick([f"{_up(den)} is excluded under the member's group health plan; {fact}.",
                       f"No benefit is available for {den}: {fact}."])
    if cat == "out_of_network":
        return w.pick([f"{c.outside} is not a participating provider, and {den} is available from contracted Kaiser "
                       "Permanente providers, so the out-of-network request is not certified.",
                       f"Out-of-network request for {den} at {c.outside} is not certified; in-network providers are "
                       "available for this service."])
    if cat == "no_prior_authorization":
        return w.pick([f"{_up(den)} requires prior authorization under the member's plan, and no authorization was on "
                       "file before the scheduled date of service.",
                       f"The request for {den} was submitted after the service date; the plan requires authorization "
                       "before the service is given."])
    return f"{_up(den)} is not certified."


# --- 1. Medicare Advantage coverage-denial form for a drug -----------------------------------------------------------

_MA_KEYS = ["humira", "keytruda", "botox_migraine", "lecanemab"]


def _box(on: bool) -> str:
    return "[X]" if on else "[  ]"


def t_b5_ma_drug(w: W):
    c = w.c
    _fmt(w, ["iso", "dot", "dmon", "dot"])
    st = _style(w, ["helvetica"], [9.0, 9.5])
    kind = c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    fast = c.urgency == "expedited"
    no_exp = "notice.expedited_review" in c.defects
    part_b = any(x["codes"] for x in c.services)
    st.footer = [w.pick(["Notice of denial - page {page} of {pages}", "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = [
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO)",
                                  "Kaiser Permanente Medicare Health Plan - Senior Advantage",
                                  "Senior Advantage Medicare Advantage plan"])), bold=True, size=11, space_before=0),
        w.p(f"{entity} | {M('REGION', c.region)}", size=8, space_before=0),
        w.p(w.pick(["OMB Approval No. 0938-0829", "Form approved OMB 0938-0829"]), size=7, align="right", space_before=0),
        w.p(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE", "NOTICE OF DENIAL OF MEDICARE COVERAGE",
                    "DENIAL NOTICE - DRUG OR ITEM COVERAGE"]), bold=True, size=13, align="center", space_before=10,
            boxed=True),
    ]
    idlab = w.pick(["Member number", "Kaiser ID", "Health Record #", "Plan member ID"])
    rows = [[w.pick(["Date", "Notice date"]), _dm(w, "DATE_LETTER", c.letter)],
            [w.pick(["Name", "Enrollee", "Member name"]), w.name()],
            [idlab, w.mid()]]
    if c.provider:
        rows.append([w.pick(["Prescriber", "Requesting clinician", "Ordering doctor"]), w.prov()])
    if c.received:
        rows.append([w.pick(["Request received", "We got the request"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append([w.pick(["Decision made", "Date decided"]), _dm(w, "DATE_DECISION", c.decision)])
    rows.append(["Case no.", c.ids["ref"]])
    b.append(Block("table", rows=rows, header_row=False, space_before=10))
    b.append(w.p(f"{w.name()}, " + ", ".join(c.member_addr), size=8, space_before=3))
    # check boxes
    b.append(w.p("What was asked for:   " + f"{_box(part_b)} Medicare Part B drug (given by a clinician)   "
                 f"{_box(not part_b)} Drug you take at home   {_box(False)} Other item or service", space_before=8))
    b.append(w.p("Kind of request:   " + f"{_box(True)} Coverage before you get it   "
                 f"{_box(False)} Payment for something you already got", space_before=2))
    if no_exp:
        b.append(w.p("How we handled it:   standard decision", space_before=2))
    else:
        b.append(w.p("How we handled it:   " + f"{_box(not fast)} Standard decision   {_box(fast)} Fast (expedited) "
                     "decision", space_before=2))
    if fast:
        b.append(w.p("Your doctor told us that waiting for a standard decision could seriously harm your health, so we "
                     "made a fast decision.", italic=True, space_before=2))
    # section 1
    b.append(w.h(w.pick(["1. What we denied", "1. The drug or item we did not approve"]), shade=True, space_before=12))
    t = w.pick(["We denied coverage of the following", "Kaiser Permanente Senior Advantage has denied the following"])
    t += " for you" + (f", as requested by {w.prov()}" if c.provider else "") + ":"
    b.append(w.p(t))
    for s in c.services:
        if kind == "partial_denial":
            mark = f"{_box(s['decision'] == 'approved')} Approved  {_box(s['decision'] != 'approved')} Denied   "
        else:
            mark = f"{_box(True)} Denied   "
        b.append(w.p(mark + _svc(w, s, w.rng.randrange(4)), indent=14, space_before=2))
    if c.diagnoses:
        b.append(w.p(w.pick(["Prescribed for: ", "Condition on the request: "]) + _dx(w, w.rng.randrange(3)) + ".",
                     space_before=4))
    # section 2
    b.append(w.h(w.pick(["2. Why we denied it", "2. The reason for our decision"]), shade=True, space_before=12))
    parts = [M("REASON", w.reason)]
    if "medicare.transition_period" in c.defects:
        parts.append(f"Our records show your Senior Advantage membership began on "
                     f"{b5date(c.extra['enroll'], c.extra['b5_fmt'])}; this drug was part of treatment you started "
                     "before you joined.")
    b.append(w.p(" ".join(parts)))
    if c.criteria:
        b.append(w.p(w.pick(["Medicare coverage rule applied: ", "We followed these Medicare rules: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    pv = _provision(w, "ma")
    eoc = pv or (f"Your drug and medical benefits are described in your {c.extra['year']} Evidence of Coverage, "
                 "Chapters 4 and 5.")
    b.append(w.p(eoc))
    if c.reviewer:
        cred, spec, ph = _who(w)
        t = (f"This decision was made by {M('REVIEWER_NAME', c.reviewer['name'])}" + (f", {cred}" if cred else "")
             + f" ({spec}).")
        if ph:
            t += f" Your prescriber may discuss it with the reviewer by calling {ph}."
        b.append(w.p(t))
    # section 3: appeal table
    b.append(w.h(w.pick(["3. You have the right to appeal", "3. How to appeal"]), shade=True, space_before=12))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    b.append(w.p(f"If you disagree, ask us to look at our decision again (a \"reconsideration\"). Your request must reach "
                 f"us within {days} of the date of this notice. You, your prescriber or someone you name as your "
                 "representative may ask. You may send us more information, such as a letter from your doctor."))
    head = ["", "Standard appeal"] + ([] if no_exp else ["Fast appeal"])
    rows = [head,
            ["We answer within", "7 days (Part B drug)" if part_b else "30 days"] + ([] if no_exp else ["72 hours"]),
            ["How to ask", "in writing or by phone"] + ([] if no_exp else ["by phone or fax"]),
            ["Phone", f"{c.phones['ms']} (TTY {c.phones['tty']})"] + ([] if no_exp else [c.phones["ms"]]),
            ["Fax", c.phones["fax"]] + ([] if no_exp else [c.phones["fax"]])]
    b.append(Block("table", rows=rows, header_row=True, space_before=6))
    b.append(w.p(f"Mail: {addr}", size=8.5, space_before=4))
    if not no_exp:
        b.append(w.p("Ask for a fast appeal if you or your doctor believe waiting up to the standard time could "
                     "seriously harm your health. If a doctor supports your request, we will give you a fast appeal.",
                     space_before=4))
    # section 4
    b.append(w.h(w.pick(["4. What happens next", "4. If we still say no"]), shade=True, space_before=12))
    if "notice.external_review" not in c.defects:
        b.append(w.p("If we keep our denial in whole or in part, we will send your file to the Independent Review "
                     "Entity, an organization hired by Medicare that is not part of Kaiser Permanente. You do not need "
                     "to do anything for this to happen. If you disagree with that outcome, further levels of appeal "
                     "are available, including an Administrative Law Judge."))
    else:
        b.append(w.p("We will write to you with the result of your appeal."))
    # section 5
    b.append(w.h(w.pick(["5. Help and information", "5. Get help"]), shade=True, space_before=12))
    b.append(w.p(f"Senior Advantage Member Services: {c.phones['ms']}, 8 a.m. to 8 p.m., 7 days a week (TTY 711). "
                 "Medicare: 1-800-MEDICARE (1-800-633-4227), any time; TTY 1-877-486-2048. Your State Health Insurance "
                 "Assistance Program (SHIP) gives free counseling about Medicare."))
    b.append(w.p("To name someone to act for you, fill out Form CMS-1696 (Appointment of Representative) or write and "
                 "sign a statement that names that person.", size=8.5))
    b.append(w.small("Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment in Kaiser Permanente depends "
                     "on contract renewal.", space_before=8))
    b += _civil_rights_en(w)
    b += _tongues(w, w.pick(["Language help", "Multi-language interpreter services"]))
    return b, st, "ma_drug_denial_form"


# --- 2. faxed UM determination to the provider (ERISA group, outside California) ----------------------------------


_SHORT_SVC = 46


def _units(text: str) -> str:
    m = re.search(r"\b(\d+) (?:days|visits|hours|units)\b", text)
    return m.group(1) if m else "1"


def t_b5_um_fax(w: W):
    c = w.c
    _fmt(w, ["iso", "dot", "dmon", "iso"])
    st = _style(w, ["courier", "helvetica"], [8.5, 9.0])
    kind = c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    fast = c.urgency == "expedited"
    sname = _STATE[c.state]
    unit = w.pick(["Utilization Management", "Clinical Review Unit", "Authorization and Referral Management"])
    st.footer = [w.pick(["CONFIDENTIAL - page {page} of {pages}", "Fax page {page}/{pages} - contains PHI"])]
    st.header = [f"{unit} {c.phones['dept']} | UM case {c.ids['ref']}"]
    # fax cover
    b: list[Block] = [
        w.p(w.pick(["FAX TRANSMITTAL", "FACSIMILE COVER SHEET", "F A X"]), bold=True, size=15, space_before=0),
        w.p(f"Kaiser Permanente {unit}, {entity}", size=8.5, space_before=2),
    ]
    rows = [["To:", w.prov() if c.provider else "Requesting provider office"],
            ["Fax:", c.phones["fax"]],
            ["From:", f"{unit}, Kaiser Permanente {M('REGION', c.region)}"],
            ["Phone:", c.phones["dept"]],
            ["Date sent:", _dm(w, "DATE_LETTER", c.letter)],
            ["Re:", w.pick(["Utilization review determination", "Authorization decision"]) + f" {c.ids['ref']}"]]
    if fast:
        rows.insert(0, ["PRIORITY:", "URGENT - expedited review"])
    b.append(Block("table", rows=rows, header_row=False, space_before=8))
    b.append(w.small(w.pick([
        "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential "
        "under federal and state law. It is intended only for the addressee. If you received it in error, notify the "
        "sender at the number above and destroy all copies. Any other use or disclosure is prohibited.",
        "This transmission may contain confidential health information. If you are not the intended recipient, please "
        "call the sender right away and shred these pages; reading, copying or forwarding them is not permitted.",
    ]), boxed=True, space_before=8))
    b.append(Block("rule", space_before=8))
    # the determination
    b.append(w.p(w.pick(["UTILIZATION MANAGEMENT DETERMINATION", "NOTICE OF ADVERSE BENEFIT DETERMINATION",
                         "PRE-SERVICE REVIEW OUTCOME"]), bold=True, size=11.5, space_before=8))
    b.append(w.p(M("PLAN_CUE", w.pick([f"{c.extra['employer']} Employee Health Plan - self-funded, administered by "
                                       "Kaiser Permanente (ERISA)",
                                       "Self-insured employer group health plan (ERISA); Kaiser Permanente, claims "
                                       "administrator",
                                       f"ERISA group plan, {sname} - Kaiser Permanente administrative services"])),
                 size=8.5, space_before=1))
    idlab = w.pick(["Subscriber No.", "Member ID", "Kaiser ID", "Health Record #"])
    review = {"initial_denial": "Prospective", "partial_denial": "Prospective",
              "termination_notice": "Concurrent"}[kind]
    review += " / " + ("urgent (expedited)" if fast else "standard")
    info = [[w.pick(["Patient", "Member"]), w.name()],
            [idlab, w.mid()],
            ["DOB", b5date(c.extra["dob"], c.extra["b5_fmt"])],
            ["Group no.", c.ids["group"]]]
    if c.provider:
        info.append([w.pick(["Requesting provider", "Ordering physician"]), f"{w.prov()} (NPI {c.ids['npi']})"])
    info.append(["Review type", review])
    if c.received:
        info.append([w.pick(["Received", "Request rec'd"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        info.append([w.pick(["Determination date", "Decided"]), _dm(w, "DATE_DECISION", c.decision)])
    b.append(Block("table", rows=info, header_row=False, space_before=6))
    outcome = {"initial_denial": "NOT CERTIFIED", "partial_denial": "PARTIALLY CERTIFIED",
               "termination_notice": "CONTINUED STAY / SERVICE NOT CERTIFIED"}[kind]
    b.append(w.p(f"OUTCOME: {outcome}", bold=True, shade=True, space_before=8))
    # requested lines
    end = D.add_business(c.letter, 2)
    in_table = max(len(s["text"]) for s in c.services) <= _SHORT_SVC and w.chance(0.7)
    head = ["Ln", "Code", "Units"] + (["Description"] if in_table else []) + ["Dates of service", "Status"]
    lines = [head]
    for k, s in enumerate(c.services, 1):
        code = _codes(w, s, "/") if s["codes"] else "--"
        if kind == "termination_notice" and c.service:
            dos = f"{_dm(w, 'DATE_SERVICE', c.service)} - ongoing"
        else:
            dos = w.pick(["pre-service", "TBD (pre-service)", "not yet rendered"])
        if s["decision"] == "approved":
            status = "Certified"
        elif kind == "termination_notice":
            status = f"Not cert. after {b5date(end, c.extra['b5_fmt'])}"
        else:
            status = "Not certified"
        lines.append([str(k), code, _units(s["text"])] + ([w.svc(s)] if in_table else []) + [dos, status])
    b.append(w.p(w.pick(["Requested lines", "Line detail"]), bold=True, space_before=8))
    b.append(Block("table", rows=lines, header_row=True, space_before=2))
    if not in_table:
        for k, s in enumerate(c.services, 1):
            b.append(w.p(f"Ln {k}: {w.svc(s)}", indent=10, space_before=1))
    if c.diagnoses:
        b.append(w.p("Dx: " + _dx(w, w.rng.randrange(3)), space_before=4))
    # rationale
    b.append(w.p(w.pick(["Rationale", "Basis for determination"]), bold=True, space_before=8))
    parts = [M("REASON", w.reason)]
    if c.criteria:
        parts.append(w.pick(["Criteria applied: ", "Guideline(s): "]) + "; ".join(w.crit(x) for x in c.criteria) + ".")
    pv = _provision(w, "erisa")
    if pv:
        parts.append(pv)
    if c.category == "out_of_network" and w.chance(0.6):
        i = c.innet
        parts.append(f"In-network option: {i['name']}, {i['specialty']}, {i['facility']}.")
    b.append(w.p(" ".join(parts)))
    if c.reviewer:
        cred, spec, ph = _who(w)
        nm = M("REVIEWER_NAME", c.reviewer["name"]) + (f", {cred}" if cred else "")
        t = w.pick([f"Reviewer: {nm}, {spec}.", f"Determination by {nm} - {spec}."])
        if ph:
            t += w.pick([f" Peer-to-peer discussion is available at {ph} within 5 business days.",
                         f" To request a peer-to-peer conversation, call {ph}."])
        b.append(w.p(t, space_before=4))
    b.append(w.p("Certification is not a guarantee of payment; benefits are subject to eligibility and plan terms on "
                 "the date of service.", size=8, space_before=4))
    cc = [w.name()] + c.member_addr
    b.append(w.p("cc: Member - " + ", ".join(cc), size=8.5, space_before=8))
    # enclosure: member rights
    b.append(Block("pagebreak"))
    b.append(w.p(w.pick(["MEMBER APPEAL RIGHTS (enclosure)", "IMPORTANT: YOUR RIGHTS TO APPEAL - MEMBER COPY"]),
                 bold=True, size=11, space_before=0))
    b.append(w.p(f"Member: {w.name()}   {idlab} {w.mid()}   Case {c.ids['ref']}", size=8.5, space_before=2))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    b.append(w.h("Internal appeal", space_before=8))
    b.append(w.p(f"You or your authorized representative may appeal this determination. The appeal must be filed "
                 f"within {days} after you receive this notice. Send a written request to {addr}, or call "
                 f"{c.phones['ms']} (TTY {c.phones['tty']}). Include any comments, documents or records you want "
                 "considered. You may ask, free of charge, for copies of all documents and records relevant to the "
                 "claim, including the guideline or criteria used."))
    b.append(w.p("If the treating physician certifies that the standard time frame could seriously jeopardize your "
                 "life, health or ability to regain maximum function, ask for an urgent appeal. It will be decided "
                 "within 72 hours. An urgent appeal may be requested by phone."))
    if "notice.external_review" not in c.defects:
        b.append(w.h("External review", space_before=8))
        b.append(w.p("When the internal appeal is finished and the denial stands, you may ask that an independent "
                     "review organization, with no connection to the plan, review the decision. Submit that request "
                     "within four months of the final internal decision; there is no charge. In urgent cases external "
                     "review can start at the same time as the urgent internal appeal."))
    b.append(w.h("Your rights under ERISA", space_before=8))
    b.append(w.p("You may also have the right to bring a civil action under section 502(a) of the Employee Retirement "
                 "Income Security Act after the appeal process is completed."))
    if "notice.consumer_assistance" not in c.defects:
        b.append(w.p("Questions about your rights may be directed to the U.S. Department of Labor, Employee Benefits "
                     "Security Administration, at 1-866-444-3272 (askebsa.dol.gov)."))
    b += _civil_rights_en(w)
    b += _tongues(w, w.pick(["Language services", "Interpreter help for members"]))
    return b, st, "um_fax_provider_erisa"


_STATE = {"CA": "California", "CO": "Colorado", "GA": "Georgia", "HI": "Hawaii", "MD": "Maryland", "VA": "Virginia",
          "DC": "District of Columbia", "OR": "Oregon", "WA": "Washington"}


# --- 3. Medicaid notice in Spanish with an English cover box ---------------------------------------------------------

_PROGRAM = {
    "CO": ("Health First Colorado (Medicaid de Colorado)", "la Oficina de Tribunales Administrativos de Colorado"),
    "MD": ("Maryland Medicaid HealthChoice", "la Oficina de Audiencias Administrativas de Maryland"),
    "DC": ("DC Healthy Families (Medicaid del Distrito)", "la Oficina de Audiencias Administrativas del Distrito de Columbia"),
    "VA": ("Medicaid de Virginia (Cardinal Care)", "el Departamento de Servicios de Asistencia Médica de Virginia (DMAS)"),
    "WA": ("Apple Health (Medicaid de Washington)", "la Oficina de Audiencias Administrativas de Washington"),
    "OR": ("Oregon Health Plan (Medicaid de Oregón)", "la Autoridad de Salud de Oregón (OHA)"),
    "GA": ("Medicaid de Georgia", "la Oficina de Audiencias Administrativas del Estado de Georgia"),
}
_FACT_ES = {
    "medical_necessity": [
        "su expediente no muestra que haya probado primero otras opciones menos intensivas",
        "la información que nos mandó su médico no muestra que usted necesite este servicio por ahora",
        "sus resultados de laboratorio e imágenes no llegan a los valores que exige la guía clínica",
    ],
    "experimental_investigational": [
        "no hay pruebas científicas suficientes de que este tratamiento dé resultado para su enfermedad",
        "este uso del tratamiento todavía se está investigando y no tiene aprobación de la FDA para su caso",
    ],
    "not_covered": [
        "su plan de Medicaid no incluye este servicio",
        "el servicio está en la lista de exclusiones de su plan",
    ],
}
_LABEL_ES = {
    "initial_denial": "NO APROBADO",
    "partial_denial": "APROBADO EN PARTE",
    "termination_notice": "SE TERMINA LA COBERTURA",
}


def reason_blind5_es(w: W) -> str:
    c = w.c
    cat, kind = c.category, c.letter_kind
    den = _names(c, conj="y")
    if "notice.reason_specific" in c.defects:
        return w.pick(["No es médicamente necesario.", "No cumple los criterios.", "Servicio excluido."])
    if cat in _FACT_ES:
        fact = w.pick(_FACT_ES[cat])
        if kind == "partial_denial":
            return f"Aprobamos {_approved(c, 'y')}. En cambio, no aprobamos {den}: {fact}."
        if kind == "termination_notice":
            return w.pick([f"Vamos a dejar de pagar {den} porque {fact}.",
                           f"La cobertura de {den} se termina, ya que {fact}."])
        return w.pick([f"Negamos su pedido de {den} porque {fact}.", f"No podemos aprobar {den} debido a que {fact}."])
    if cat == "out_of_network":
        return (f"No aprobamos {den} con {c.outside} porque no pertenece a la red de Kaiser Permanente y nuestros propios "
                "médicos pueden darle esa atención.")
    if cat == "no_prior_authorization":
        return (f"No aprobamos {den} porque este servicio necesita un permiso previo del plan y no se pidió antes de la "
                "fecha programada.")
    raise ValueError(cat)


def t_b5_medicaid_es(w: W):
    c = w.c
    _fmt(w, ["es_del", "es_dmon", "es_del"])
    st = _style(w, ["helvetica", "times"], [10.0, 10.5])
    kind = c.letter_kind
    entity = V.REGION_ENTITY[c.region][0]
    prog, court = _PROGRAM[c.state]
    fast = c.urgency == "expedited"
    st.footer = [w.pick(["Aviso de Kaiser Permanente - página {page} de {pages}", "pág. {page}/{pages}"])]
    b: list[Block] = [
        w.p("Kaiser Permanente", bold=True, size=14, space_before=0),
        w.p(M("PLAN_CUE", w.pick([f"{prog} - plan de Kaiser Permanente", f"Su plan de Medicaid: {prog}"])), size=9,
            space_before=1),
        w.p(f"{entity} · {M('REGION', c.region)} · {c.phones['ms']} (TTY {c.phones['tty']})", size=8, space_before=0),
        w.p("IMPORTANT NOTICE ABOUT YOUR MEDICAID SERVICES. This letter is in Spanish because you told us Spanish is "
            "your preferred language. For a copy in English or another language, or for a free interpreter, call "
            f"{c.phones['ms']} (TTY {c.phones['tty']}). Read it right away: it has deadlines.", size=8.5, boxed=True,
            space_before=10),
        w.p(f"Fecha: {_dm(w, 'DATE_LETTER', c.letter)}", align="right", space_before=10),
        w.p(w.name(), space_before=4),
    ]
    b += [w.p(x, space_before=0) for x in c.member_addr]
    title = {"initial_denial": w.pick(["AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "AVISO: NEGAMOS SU SOLICITUD"]),
             "partial_denial": w.pick(["AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "AVISO: APROBAMOS SOLO UNA PARTE"]),
             "termination_notice": w.pick(["AVISO DE TERMINACIÓN DE SERVICIOS", "AVISO: UN SERVICIO SE VA A TERMINAR"])}[kind]
    b.append(w.p(title, bold=True, size=12.5, align="center", space_before=12))
    if fast:
        b.append(w.p("DECISIÓN RÁPIDA: revisamos su caso con urgencia porque su médico nos dijo que esperar podía "
                     "dañar su salud.", bold=True, align="center", size=9, space_before=2))
    lead = "." * w.rng.randint(3, 8)
    idlab = w.pick(["N.º de Medicaid", "Número de identificación de Kaiser", "N.º de afiliado", "Número de miembro"])
    fields = [(w.pick(["Nombre del miembro", "Miembro"]), w.name()), (idlab, w.mid())]
    if c.provider:
        fields.append((w.pick(["Médico que lo pidió", "Proveedor que hizo la solicitud"]), w.prov()))
    if c.received:
        fields.append(("Recibimos la solicitud", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        fields.append(("Fecha de la decisión", _dm(w, "DATE_DECISION", c.decision)))
    fields.append(("Resultado", _LABEL_ES[kind]))
    fields.append(("N.º de caso", c.ids["ref"]))
    for lab, val in fields:
        b.append(w.p(f"{lab} {lead} {val}", space_before=1))
    first = c.member_name
    b.append(w.p(w.pick([f"Estimado/a {w.name()}:", "Estimado miembro:", f"Hola, {first.split()[0]}:"]),
                 space_before=12))
    asked = f"{w.prov()} nos pidió" if c.provider else "Se nos pidió"
    b.append(w.p(f"{asked} que Medicaid cubriera lo siguiente para usted:"))
    bul = w.pick(["-", "*", "+"])
    for s in c.services:
        res = ("aprobado" if s["decision"] == "approved"
               else "se termina" if kind == "termination_notice" else "no aprobado")
        b.append(w.p(f"{bul} {_svc(w, s, w.rng.randrange(4)).replace(' code ', ' código ')} — {res}", indent=14,
                     space_before=1))
    if kind == "termination_notice" and c.service:
        end = D.add_business(c.letter, 10)
        b.append(w.p(f"Usted recibe este servicio desde el {_dm(w, 'DATE_SERVICE', c.service)}. El último día que lo "
                     f"pagaremos es el {b5date(end, c.extra['b5_fmt'])}.", space_before=4))
    if c.diagnoses:
        b.append(w.p("Diagnóstico que aparece en la solicitud: " + _dx(w, w.rng.randrange(3), "y") + ".",
                     space_before=4))
    b.append(w.h(w.pick(["¿Por qué tomamos esta decisión?", "El motivo de nuestra decisión"]), space_before=10))
    parts = [M("REASON", w.reason)]
    if c.criteria:
        parts.append(w.pick(["Revisamos la solicitud con estas guías: ", "Criterios que usamos: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + ".")
    pv = _provision(w, "es")
    if pv:
        parts.append(pv)
    if c.category == "out_of_network":
        i = c.innet
        parts.append(f"Puede recibir esta atención con {i['name']} ({i['specialty']}) en {i['facility']}; llame al "
                     f"{c.phones['dept']} para pedir cita.")
    b.append(w.p(" ".join(parts)))
    if c.reviewer:
        cred, spec, ph = _who(w)
        t = f"Revisó su caso {M('REVIEWER_NAME', c.reviewer['name'])}" + (f", {cred}" if cred else "")
        t += f" (especialidad: {spec})." if c.reviewer["specialty"] else f", {spec}."
        if ph:
            t += f" Su médico puede llamar al {ph} para hablar del caso."
        b.append(w.p(t))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(V.GRIEVANCE_ADDR[c.region])
    b.append(w.h(w.pick(["Sus derechos si no está de acuerdo", "Cómo apelar"]), shade=True, space_before=12))
    b.append(w.p(f"Usted tiene derecho a apelar. Pídanos la apelación dentro de los {days} siguientes a la fecha de este "
                 f"aviso, por teléfono al {c.phones['ms']} (TTY {c.phones['tty']}) o por escrito a {addr}. Su médico u "
                 "otra persona que usted elija puede apelar por usted con su permiso por escrito. Puede pedirnos gratis "
                 "una copia de su expediente y de las guías que usamos."))
    if "notice.expedited_review" not in c.defects:
        b.append(w.p("Apelación rápida: si esperar 30 días pone en peligro su vida o su salud, pida una apelación "
                     "rápida. Le daremos la respuesta en 72 horas como máximo."))
    if "notice.continuation_of_benefits" not in c.defects:
        b.append(w.h("¿Puedo seguir recibiendo el servicio?", space_before=8))
        b.append(w.p("Sí, si ya lo recibe y pide la apelación dentro de 10 días a partir de la fecha de este aviso, o "
                     "antes de que el servicio termine (lo que sea más tarde), y nos dice que quiere seguir con el "
                     "servicio. Si al final pierde la apelación, es posible que tenga que pagar lo que recibió "
                     "mientras tanto."))
    if "notice.external_review" not in c.defects:
        b.append(w.h("Audiencia imparcial del estado", space_before=8))
        b.append(w.p(f"Si después de la apelación seguimos negando el servicio, puede pedir una audiencia imparcial "
                     f"ante {court}. Tiene 120 días a partir de la fecha de nuestra respuesta a la apelación para "
                     "pedirla. Puede representarse usted mismo o llevar a un abogado, un familiar u otra persona."))
    b.append(w.p(w.pick(["Atentamente,", "Saludos cordiales,"]), space_before=12))
    b.append(w.p(w.pick(["Departamento de Revisión de Utilización", "Unidad de Autorizaciones de Medicaid"])
                 + f", {entity}", space_before=8))
    if c.provider:
        b.append(w.small(f"Copia: {w.prov()}", space_before=6))
    if "notice.language_assistance" not in c.defects:
        b.append(w.small("Kaiser Permanente cumple las leyes federales de derechos civiles. No discriminamos por raza, "
                         "color, país de origen, edad, discapacidad ni sexo. Le damos intérpretes y cartas en letra grande "
                         "u otros formatos sin costo.", space_before=10))
    b += _tongues(w, w.pick(["Ayuda en otros idiomas", "Servicios de idiomas gratis"]))
    return b, st, "medicaid_aviso_es_with_english_box"


# --- 4. California HMO behavioral-health level-of-care letter -------------------------------------------------------

_BH_KEYS = ["sud_residential", "eating_disorder_rtc", "inpatient_psych"]
_LOC = {  # requested level, level the reviewer found appropriate
    "sud_residential": ("Residential, clinically managed high-intensity (ASAM level 3.5)",
                        "Intensive outpatient program (ASAM level 2.1)"),
    "eating_disorder_rtc": ("Residential eating disorder treatment", "Partial hospitalization program"),
    "inpatient_psych": ("Acute inpatient psychiatric hospitalization", "Partial hospitalization program"),
}
_FINDINGS = {
    "sud_residential": [("Withdrawal", ["no signs in the last 5 days", "resolved; vital signs stable"]),
                        ("Medical conditions", ["stable, no acute needs", "followed by primary care"]),
                        ("Mood / thinking", ["no risk of harm to self or others reported", "calm, engaged"]),
                        ("Readiness", ["attends groups, wants treatment", "motivated for recovery"]),
                        ("Home setting", ["stable housing with family support", "sober living available"])],
    "eating_disorder_rtc": [("Weight", ["stable for 4 weeks", "gaining steadily"]),
                            ("Vital signs / labs", ["within safe range", "electrolytes normal"]),
                            ("Meals", ["completes meals with light support", "no purging reported"]),
                            ("Safety", ["no thoughts of self-harm reported", "not at acute risk"])],
    "inpatient_psych": [("Safety", ["no thoughts of harming self or others for 72 hours", "denies intent or plan"]),
                        ("Symptoms", ["sleeping 6-7 hours, thinking organized", "mood improving"]),
                        ("Medicines", ["taking medicines as prescribed", "tolerating current regimen"]),
                        ("Support", ["family able to help at home", "outpatient team in place"])],
}


def t_b5_bh_loc(w: W):
    c = w.c
    _fmt(w, ["ap", "wd_long", "dmy_long", "ap"])
    st = _style(w, ["times", "helvetica"], [10.0, 10.5])
    kind = c.letter_kind
    key = c.scenario.get("key", "")
    bh = key in _LOC
    entity = V.REGION_ENTITY[c.region][0]
    fast = c.urgency == "expedited"
    dept = "Behavioral Health Utilization Management" if bh else "Utilization Management"
    st.footer = [w.pick([f"{M('MEMBER_NAME', c.member_name)} - page " + "{page} of {pages}", "Page {page} of {pages}"])]
    st.header = [w.pick([f"Kaiser Permanente {dept} - continued", f"Member: {M('MEMBER_NAME', c.member_name)}"])]
    addr = V.GRIEVANCE_ADDR[c.region]
    b: list[Block] = [Block("letterhead", logo=w.pick(["rays", "bars"]), size=9,
                            left=["Kaiser Permanente", dept, entity],
                            right=[M("REGION", c.region), c.phones["dept"], "kp.org"])]
    b.append(w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente HMO - commercial group coverage",
                                       "Your plan: Kaiser Permanente Deductible HMO (large group)",
                                       "Kaiser Foundation Health Plan commercial HMO member"])), size=8.5,
                 space_before=4))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=12))
    if fast:
        b.append(w.p(w.pick(["EXPEDITED (URGENT) REVIEW", "URGENT DETERMINATION"]), bold=True, shade=True,
                     space_before=6))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    idlab = w.pick(["Health Record #", "Medical record number (MRN)", "Kaiser ID", "Member ID no."])
    re_rows = [["RE:", w.pick(["Level-of-care review", "Request for authorization - level of care"]) if bh
                else "Authorization review"],
               ["Member:", w.name()], [idlab + ":", w.mid()]]
    if c.provider:
        re_rows.append(["Treating clinician:", w.prov()])
    if bh:
        re_rows.append(["Level requested:", _LOC[key][0]])
    re_rows.append(["Reference:", c.ids["auth"]])
    for k, (lab, val) in enumerate(re_rows):
        b.append(w.p(f"{lab} {val}", bold=k == 0, indent=0 if k == 0 else 24, space_before=10 if k == 0 else 0))
    salute = c.member_salute if c.member_salute != "Member" else c.member_name
    b.append(w.p(f"Dear {M('MEMBER_NAME', c.member_name) if salute == c.member_name else salute}:", space_before=12))
    # opening
    form = w.rng.randrange(4)
    den = join_and([_svc(w, s, form) for s in (c.denied_services() or c.services)])
    if kind == "termination_notice":
        t = w.pick(["We have completed a concurrent review of your current treatment, ",
                    "While you have been in treatment, our clinical team has continued to review your care: "])
        t += f"{den}"
        if c.service:
            t += f", which began on {_dm(w, 'DATE_SERVICE', c.service)}"
        t += "."
        if c.received:
            t += f" The latest clinical update from your treatment team reached us on {_dm(w, 'DATE_RECEIVED', c.received)}."
    else:
        t = w.pick(["We reviewed the request ", "Kaiser Permanente has reviewed the request "])
        t += (f"that {w.prov()} sent us" if c.provider else "made for you") + f" for {den}"
        t += f", received on {_dm(w, 'DATE_RECEIVED', c.received)}." if c.received else "."
    if c.decision:
        t += w.pick([f" We made our decision on {_dm(w, 'DATE_DECISION', c.decision)}.",
                     f" Decision date: {_dm(w, 'DATE_DECISION', c.decision)}."])
    b.append(w.p(t))
    if kind == "partial_denial":
        ok = join_and([_svc(w, s, form) for s in c.services if s["decision"] == "approved"])
        dec = f"Decision: {ok} is authorized. The rest of the request is not authorized."
    elif kind == "termination_notice":
        dec = (f"Decision: coverage at this level of care ends after {b5date(D.add_business(c.letter, 1), c.extra['b5_fmt'])}. "
               "You will not be billed for care given through that day.")
    else:
        dec = "Decision: not authorized at the level of care requested." if bh else "Decision: not authorized."
    if bh:
        dec += f" The level of care we find appropriate now: {_LOC[key][1]}."
    b.append(w.p(dec, bold=True, boxed=True, space_before=8))
    # reason
    b.append(w.h(w.pick(["Why we made this decision", "The clinical reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if bh and "notice.reason_specific" not in c.defects:
        rows = [["Area reviewed", "What the records show"]]
        for area, opts in _FINDINGS[key]:
            rows.append([area, w.pick(opts)])
        b.append(Block("table", rows=rows, header_row=True, space_before=6))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis reviewed: ", "Diagnoses on the request: "]) + _dx(w, w.rng.randrange(3)) + ".",
                     space_before=6))
    if c.criteria:
        t = w.pick(["To decide, the reviewer applied ", "Clinical criteria used: "]) + \
            "; ".join(w.crit(x) for x in c.criteria) + "."
        if "mh_parity.non_association_criteria" not in c.defects and bh:
            t += (" These criteria come from a nonprofit professional association for the relevant clinical specialty, "
                  "as California Health and Safety Code section 1374.721 requires. You may ask us for a free copy.")
        b.append(w.p(t))
    if bh:
        b.append(w.p(w.pick([
            f"Your care team will help you move to {_low(_LOC[key][1], c)} without a gap in treatment. Call "
            f"{c.phones['dept']} if you need help arranging it.",
            f"We have let your treating clinician know, and care coordination staff can help set up "
            f"{_low(_LOC[key][1], c)}. Their number is {c.phones['dept']}."])))
    # signature block with reviewer credentials
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=12))
    r = c.reviewer
    if r:
        cred, spec, ph = _who(w)
        b.append(w.p(M("REVIEWER_NAME", r["name"]) + (f", {cred}" if cred else ""), space_before=16))
        b.append(w.p(spec, space_before=0))
        if r["specialty"]:
            b.append(w.p(w.pick(["Physician Reviewer, Behavioral Health", "Psychiatric Medical Director",
                                 c.reviewer_title]) if bh else c.reviewer_title, space_before=0))
        if ph:
            b.append(w.p(w.pick(["Direct line: ", "Phone: ", "Reviewer phone: "]) + ph, space_before=0))
        b.append(w.p(entity, space_before=0))
    else:
        b.append(w.p(f"{dept}, {entity}", space_before=14))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=8))
    # rights
    b.append(w.h(w.pick(["YOUR RIGHT TO APPEAL", "IF YOU DISAGREE WITH THIS DECISION"]), space_before=14))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(f"You may file an appeal (also called a grievance) with Kaiser Permanente within {days} of the date of "
                 f"this letter. Call Member Services at {c.phones['ms']} (TTY {c.phones['tty']}), file online at "
                 f"kp.org, or write to {', '.join(addr)}. You can send letters from your clinicians or anything else "
                 "you want us to consider, and ask for free copies of the records and criteria we used."))
    b.append(w.p("Urgent appeals: if your health could be seriously harmed by waiting, including if you are in a "
                 "treatment program now, we will decide your appeal within 72 hours. Ask for an expedited review when "
                 "you call."))
    b.append(w.h("Independent Medical Review (IMR)", space_before=8))
    b.append(w.p("A decision that a service is not medically necessary can be reviewed by doctors who do not work for "
                 "Kaiser Permanente through the State of California's Independent Medical Review program. IMR is "
                 "free. You can usually apply after you have filed an appeal with us and either received our answer "
                 "or waited 30 days; if your case is urgent you do not have to wait. Apply within six months of our "
                 "appeal decision. If the IMR decides in your favor, we must cover the care."))
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST["CA"]
        b.append(w.p(f"Free help with your appeal or IMR is available from the {nm} at {ph}."))
    b += E.dmhc_statement(w, boxed=w.chance(0.6))
    b += _civil_rights_en(w)
    b += _tongues(w, w.pick(["Language assistance", "Help in your language"]))
    return b, st, "bh_level_of_care_letter"


# --- registry -----------------------------------------------------------------------------------------------------

_NON_CA = ["CO", "GA", "HI", "MD", "VA", "OR", "WA"]

BLIND5_TEMPLATES: dict[str, tuple] = {
    "blind5_ma_drug_form": (t_b5_ma_drug, dict(
        plans=["medicare_advantage"], kinds=["initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "no_prior_authorization"],
        scenario_keys=_MA_KEYS, reason=reason_blind5)),
    "blind5_um_fax_erisa": (t_b5_um_fax, dict(
        plans=["erisa_group"], states=_NON_CA, kinds=["initial_denial", "initial_denial", "partial_denial",
                                                      "termination_notice"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network",
              "no_prior_authorization"], reason=reason_blind5_provider)),
    "blind5_medicaid_aviso_es": (t_b5_medicaid_es, dict(
        plans=["medicaid"], states=["CO", "MD", "DC", "VA", "WA", "OR"],
        kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network",
              "no_prior_authorization"], language="es", reason=reason_blind5_es)),
    "blind5_bh_level_of_care": (t_b5_bh_loc, dict(
        plans=["commercial_hmo"], states=["CA"],
        kinds=["initial_denial", "initial_denial", "termination_notice", "termination_notice", "partial_denial"],
        cats=["medical_necessity"], scenario_keys=_BH_KEYS, reason=reason_blind5)),
}
MODELED_ON = {
    "blind5_ma_drug_form": "blind5: Medicare Advantage denial-of-coverage form for a drug, with boxed fields, check "
                           "boxes and a standard/fast appeal table",
    "blind5_um_fax_erisa": "blind5: faxed utilization-management determination to the provider (cover sheet, line "
                           "table, cc to member) for an ERISA group plan outside California",
    "blind5_medicaid_aviso_es": "blind5: Spanish Medicaid adverse-benefit notice (outside California) under an English "
                                "cover box",
    "blind5_bh_level_of_care": "blind5: California HMO behavioral-health level-of-care denial with reviewer signature "
                               "block and IMR section",
}
