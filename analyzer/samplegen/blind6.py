"""Sixth blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND6_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind6_oon_claim_eob")``. Prose, headings, labels and layouts are written here; only text
real letters print word for word is shared (the DMHC statement and the language taglines from sections_en).
Dates use styles of their own ("03 Mar 2025", "March 03, 2025", "3.3.2025" day first under a "DD.MM.YYYY" hint,
"2025/03/03", "Mar 3 2025" with no comma, "3rd March 2025"); ``parse_blind6_date`` reads them back for tests.
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
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def b6date(d: dt.date, style: str) -> str:
    if style == "dmon0":  # 03 Mar 2025
        return f"{d.day:02d} {_ABBR[d.month - 1]} {d.year}"
    if style == "mdy0":  # March 03, 2025
        return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
    if style == "dot_dm":  # 3.3.2025, day first
        return f"{d.day}.{d.month}.{d.year}"
    if style == "ymd_slash":  # 2025/03/03
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "mon_nc":  # Mar 3 2025
        return f"{_ABBR[d.month - 1]} {d.day} {d.year}"
    if style == "ord_dm":  # 3rd March 2025
        return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


STYLES = ("dmon0", "mdy0", "dot_dm", "ymd_slash", "mon_nc", "ord_dm")


def parse_blind6_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b6date`` (dotted dates are day first; slashed ones are year/month/day)."""
    t = " ".join(text.split())
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _ABBR.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{1,2}) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), _ABBR.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) ([A-Z][a-z]+) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b6_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b6date(day, w.c.extra["b6_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------

_KEEP_CASE = ("Humira", "Wegovy", "Keytruda", "Leqembi", "MRI", "CT ", "CPAP")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lc(s: str) -> str:
    if s[:2].isupper() or s.startswith(_KEEP_CASE):
        return s
    return s[:1].lower() + s[1:]


def _den(c, conj: str = "and") -> str:
    return join_and([_lc(x["text"]) for x in (c.denied_services() or c.services)], conj)


def _code_str(w: W, s: dict) -> str:
    return " / ".join(w.code(x) for x in s["codes"])


def _item(w: W, s: dict, shape: int) -> str:
    """A service with its billing codes (if any), in one of four printed shapes of this set."""
    if not s["codes"]:
        return w.svc(s)
    cs, lab = _code_str(w, s), code_label(s["codes"][0])
    return [f"{w.svc(s)} (procedure code {cs})", f"{cs} \u2013 {w.svc(s)}", f"{w.svc(s)} [{lab}: {cs}]",
            f"{lab} code {cs}, {w.svc(s)}"][shape]


def _dxs(w: W, shape: int) -> str:
    out = []
    for d in w.c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        if d["codes"]:
            cs = "/".join(M("ICD10", x) for x in d["codes"])
            t = [f"{t} (ICD-10-CM: {cs})", f"ICD10 {cs} \u2013 {t}", f"{t}; dx code {cs}", f"{cs} {t}"][shape]
        out.append(t)
    return "; ".join(out)


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 58.0, 66.0]),
               margin_t=w.pick([40.0, 48.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _rev(w: W) -> tuple[str, str, str, str]:
    """Marked name, credentials, specialty (or the plain title of a non-physician) and phone of the reviewer."""
    r = w.c.reviewer
    name = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else w.c.reviewer_title
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return name, cred, spec, ph


def _rights_notice(w: W) -> list[Block]:
    """Civil-rights paragraph (this set's own wording) and the shared language taglines."""
    if "notice.language_assistance" in w.c.defects:
        return []
    out = [w.small(w.pick([
        "NONDISCRIMINATION: Kaiser Permanente complies with applicable federal civil rights laws. We do not treat anyone "
        "differently because of race, color, national origin, age, disability or sex. Sign language interpreters, "
        "written information in other formats (large print, audio, braille) and interpreters for other languages are "
        "free. To ask for them, or to file a civil rights complaint, call Member Services.",
        "Kaiser Permanente follows federal civil rights law and does not discriminate on the basis of race, color, "
        "national origin, age, disability or sex. If you need this notice in another format or language, or need an "
        "interpreter, we will provide one at no cost to you.",
    ]), space_before=10)]
    out.append(w.h(w.pick(["Interpreter services / Servicios de intérprete", "Get this notice in your language",
                           "Language access"]), space_before=8, size=9))
    return out + E.taglines(w, heading=False)


_STATE = {"CA": "California", "CO": "Colorado", "GA": "Georgia", "HI": "Hawaii", "MD": "Maryland", "VA": "Virginia",
          "DC": "the District of Columbia", "OR": "Oregon", "WA": "Washington"}


# --- reasons ------------------------------------------------------------------------------------------------------


def reason_b6_ma(w: W) -> str:
    """A Medicare Advantage skilled-care end-of-coverage reason (member voice)."""
    c, s = w.c, w.c.scenario
    den = _den(c)
    care = _CARE.get(s.get("key"), ("", "skilled"))[1]
    if "notice.reason_specific" in c.defects:
        return w.pick(["Skilled care is no longer medically necessary.",
                       "Continued services do not meet medical necessity requirements.",
                       "Does not meet coverage requirements for continued care."])
    fact = w.pick(s.get("mn") or ["your recent progress notes show that your care can now be given safely without "
                                  "a skilled professional"])
    return w.pick([
        f"Your {care} care is ending because {fact}.",
        f"Our clinical review found that {fact}. For that reason, {den} will no longer be covered after the "
        "effective date above.",
        f"Medicare covers {care} care only while you need daily skilled services, and {fact}.",
    ])


def reason_b6_grievance(w: W) -> str:
    """Why an appeal of an earlier denial was not granted (member voice)."""
    c, s = w.c, w.c.scenario
    cat, den = c.category, _den(c)
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records do not show that this care is needed for your condition now"])
        return w.pick([f"After looking at everything sent with your appeal, we still find that {den} is not medically "
                       f"necessary for you, because {fact}.",
                       f"The physician who reviewed your appeal agreed with the first decision: {fact}. {_cap(den)} "
                       "therefore remains denied."])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the available studies have not shown that it helps people with your condition"])
        return w.pick([f"{_cap(den)} is still considered experimental or investigational for your condition, because "
                       f"{fact}.",
                       f"We cannot reverse the denial of {den}: {fact}, so it remains investigational for this use."])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["it is listed as an exclusion in your coverage documents"])
        return w.pick([f"{_cap(den)} is not a benefit of your health plan; {fact}.",
                       f"Your coverage does not include {den}. Specifically, {fact}."])
    if cat == "out_of_network":
        return w.pick([f"{_cap(den)} is available from Kaiser Permanente doctors, so care from {c.outside}, which is "
                       "not in our network, is still not approved.",
                       f"Our own specialists can provide {den} within the usual time frame; the request to use "
                       f"{c.outside}, an out-of-network provider, remains denied."])
    return f"We did not change our decision about {den}."


_ADMIN = ["the itemized bill and the visit notes we asked the provider to send were not received within 45 days",
          "the claim did not include the information we need to process it, and the corrected claim we asked for "
          "never arrived"]


def reason_b6_claim(w: W) -> str:
    """Why a claim was not paid (member voice, as on a claim notice)."""
    c, s = w.c, w.c.scenario
    cat, den = c.category, _den(c)
    who = c.provider or c.outside
    if cat == "out_of_network":
        return w.pick([f"{who} is not a Kaiser Permanente plan provider, you had no referral, and the visit was not for "
                       f"emergency or urgently needed care, so your plan does not pay for {den}.",
                       f"Care from providers outside our network is covered only for emergencies, urgent care away "
                       f"from home, or with an approved referral. None of these applied to {den} from {who}."])
    if cat == "no_prior_authorization":
        return w.pick([f"{_cap(den)} needed approval from the plan before it was provided, and no authorization "
                       "request was received.",
                       f"No prior authorization was on file for {den}; your plan requires one for these services."])
    if cat == "administrative":
        return f"We could not pay this claim because {w.pick(_ADMIN)}."
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["the service is listed among your plan's exclusions"])
        return w.pick([f"{_cap(den)} is excluded from your coverage: {fact}.",
                       f"Your plan does not cover {den} because {fact}."])
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records do not show a medical need for this care"])
        return w.pick([f"A physician reviewed the medical records after the claim arrived and found that {den} was "
                       f"not medically necessary, because {fact}.",
                       f"On review of the records sent with the claim, {den} did not meet medical necessity "
                       f"requirements: {fact}."])
    return f"This claim for {den} was denied."


_NEED = {
    "keytruda": ["the pathology report for the tumor", "results of PD-L1 and other biomarker testing",
                 "a list of the cancer treatments given so far, with dates"],
    "prostate_proton": ["the radiation oncology consultation note", "a dose comparison of proton and photon plans",
                        "the most recent PSA results and staging imaging"],
    "genetic_test": ["a three-generation family history (pedigree)", "the genetic counseling note",
                     "results of any genetic test already done in the family"],
    "lecanemab": ["the amyloid PET scan report or spinal fluid results", "the most recent cognitive test scores",
                  "a baseline brain MRI report"],
    "scs": ["the pre-implant psychological evaluation", "notes from the pain rehabilitation program"],
    "hyperbaric": ["wound measurements and photographs", "notes covering the last 30 days of standard wound care"],
}


def reason_b6_exp(w: W) -> str:
    """Experimental/investigational denial, or the reason a request is on hold (member voice)."""
    c, s = w.c, w.c.scenario
    den = _den(c)
    if c.letter_kind == "delay_notice":
        need = _NEED.get(s.get("key"), ["the clinical notes that support the request"])
        who = c.provider or "your treating clinician"
        return w.pick([f"We cannot finish our review of {den} yet because we have not received {need[0]} from {who}.",
                       f"The request for {den} is missing information we need to decide it: {need[0]} has not "
                       "reached us."])
    fact = w.pick(s.get("exp") or ["the published studies do not yet show that it works for your condition"])
    return w.pick([f"We consider {den} experimental or investigational for your condition: {fact}.",
                   f"{_cap(den)} is not approved because {fact}. Your plan does not cover services that are still "
                   "being studied for this use.",
                   f"Coverage for {den} is denied as investigational, because {fact}."])


# --- 1. Medicare Advantage end of skilled care (NOMNC with a detailed explanation) -----------------------------------

_CARE = {  # scenario key: (setting, kind of care)
    "snf": ("skilled nursing facility", "skilled nursing facility"),
    "home_health": ("home health agency", "home health"),
}
_QIO = {"GA": ("Acentra Health", "1-888-317-0751")}
_QIO_DEFAULT = ("Livanta BFCC-QIO", "1-877-588-1123")


def t_b6_ma_nomnc(w: W):
    c = w.c
    _fmt(w, ["mdy0", "mon_nc", "ymd_slash", "mdy0"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    key = c.scenario.get("key", "")
    setting, care = _CARE.get(key, ("provider", "skilled"))
    fast = c.urgency == "expedited"
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    end = D.add_business(c.letter, 2)
    qio, qph = _QIO.get(c.state, _QIO_DEFAULT)
    entity = V.REGION_ENTITY[c.region][0]
    st.footer = [w.pick(["Form CMS-10123-NOMNC   OMB approval 0938-0953   page {page}/{pages}",
                         "{page} of {pages} \u00b7 Notice of Medicare Non-Coverage"])]
    st.footer_align = w.pick(["left", "center"])
    b: list[Block] = [
        w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO) \u2013 a Medicare Advantage plan",
                                  "Kaiser Permanente Medicare Advantage \u2013 Senior Advantage",
                                  "Senior Advantage Medicare health plan"])) + f" \u00b7 {M('REGION', c.region)}",
            size=8.5, space_before=0),
        w.p(f"{entity} \u00b7 Medicare Advantage Utilization Review \u00b7 {c.phones['dept']}", size=8, space_before=0),
        w.p(w.pick(["Notice of Medicare Non-Coverage", "NOTICE OF MEDICARE NON-COVERAGE"]), bold=True, size=14,
            align="center", space_before=12),
    ]
    if fast:
        b.append(w.p("EXPEDITED DETERMINATION \u2013 made within 72 hours at your doctor's request", bold=True,
                     align="center", size=9, space_before=2))
    idlab = w.pick(["Patient number", "Medicare Advantage member #", "MRN", "Patient ID"])
    lines = [(w.pick(["Patient name", "Name of patient"]), w.name()), (idlab, w.mid())]
    if c.provider:
        lines.append((w.pick(["Attending physician", "Physician who ordered care"]), w.prov()))
    lines.append((w.pick(["Date of this notice", "Notice date"]), _dm(w, "DATE_LETTER", c.letter)))
    head_dates = w.chance(0.5)
    if head_dates:
        if c.service:
            lines.append((w.pick(["Services began", "Start of care"]), _dm(w, "DATE_SERVICE", c.service)))
        if c.received:
            lines.append(("Latest clinical update received", _dm(w, "DATE_RECEIVED", c.received)))
        if c.decision:
            lines.append(("Plan decision made", _dm(w, "DATE_DECISION", c.decision)))
    lines.append(("Plan reference", c.ids["ref"]))
    for lab, val in lines:
        b.append(w.p(f"{lab}: {val}", space_before=1))
    b.append(w.p(f"THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT {care.upper()} SERVICES WILL END: "
                 f"{b6date(end, c.extra['b6_fmt'])}", bold=True, boxed=True, space_before=10))
    b.append(w.p(w.pick([
        f"Your Medicare Advantage plan has decided that it will not keep paying for your current {care} services "
        "after the date shown above. If you choose to keep getting these services after that date, you may have to "
        "pay for them yourself.",
        f"Kaiser Permanente Senior Advantage has reviewed your care and will stop covering your {care} services after "
        "the effective date above. Services you receive after that day may be your financial responsibility.",
    ])))
    # detailed explanation
    b.append(w.h(w.pick(["Detailed explanation of non-coverage", "Why your coverage is ending"]), shade=True,
                 space_before=12))
    shape = w.rng.randrange(4)
    b.append(w.p("Services that will no longer be covered:", space_before=4))
    for s in c.services:
        b.append(w.p("* " + _item(w, s, shape), indent=12, space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Conditions being treated: ", "Diagnoses: "]) + _dxs(w, w.rng.randrange(4)) + ".",
                     space_before=4))
    t = ""
    if not head_dates:
        bits = []
        if c.service:
            bits.append(f"You started receiving these services on {_dm(w, 'DATE_SERVICE', c.service)}.")
        if c.received:
            bits.append(f"Your {setting} sent us its latest clinical update on {_dm(w, 'DATE_RECEIVED', c.received)}.")
        if c.decision:
            bits.append(f"A plan physician reviewed it and made this decision on {_dm(w, 'DATE_DECISION', c.decision)}.")
        t = " ".join(bits) + " "
    b.append(w.p(t + M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Coverage rules we applied: ", "Medicare rules and guidelines used in this review: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    show_rev = c.reviewer is not None and ("process.reviewer_not_physician" in c.defects or w.chance(0.7))
    if show_rev:
        name, cred, spec, ph = _rev(w)
        t = f"Reviewed by: {name}" + (f", {cred}" if cred else "") + f", {spec}."
        if ph:
            t += f" Your doctor may call {ph} to discuss this decision."
        b.append(w.p(t))
    b.append(w.p("You or your representative may ask for a free copy of the records and guidelines used to make "
                 "this decision.", size=9))
    # appeal rights
    b.append(w.h(w.pick(["Your appeal rights", "How to appeal this decision"]), shade=True, space_before=12))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    if not no_ext and not no_exp:
        b.append(w.p(w.pick(["Right to an immediate, independent review", "Immediate appeal to the QIO"]), bold=True,
                     space_before=6))
        b.append(w.p(f"You have the right to an immediate, independent medical review of this decision by the Quality "
                     f"Improvement Organization (QIO) for your area, {qio}, at {qph} (TTY 711). Call no later than "
                     "noon of the day before the effective date above. The QIO will ask your opinion, review your "
                     "records and let you know its decision, usually by the end of the day after it has everything "
                     "it needs. If you call on time, you will not have to pay for services received before the QIO "
                     "decides, other than your usual copayments."))
        b.append(w.p("If you miss the QIO deadline", bold=True, space_before=6))
    else:
        b.append(w.p("Appeal to the plan", bold=True, space_before=6))
    t = (f"You may ask Kaiser Permanente to reconsider this decision. Send or call in your request within {days} from "
         f"the date of this notice: Senior Advantage Member Services, {c.phones['ms']} (TTY {c.phones['tty']}), or "
         f"in writing to {', '.join(V.GRIEVANCE_ADDR[c.region])}. We will answer a standard request within 30 days.")
    b.append(w.p(t))
    if not no_exp:
        b.append(w.p("If waiting 30 days could seriously harm your health, ask for an expedited (fast) appeal. We will "
                     "decide a fast appeal within 72 hours, and we will give you one automatically if any doctor "
                     "tells us that you need it."))
    if not no_ext:
        b.append(w.p("If we do not decide fully in your favor, we will send your appeal to the Independent Review "
                     "Entity, an organization that Medicare contracts with and that is not part of Kaiser Permanente. "
                     "Further levels of appeal, up to an Administrative Law Judge, are available after that."))
    b.append(w.h("Questions or help", space_before=10))
    b.append(w.p(f"Call Member Services at {c.phones['ms']}, seven days a week, 8 a.m. to 8 p.m. (TTY 711). For "
                 "general questions about Medicare call 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048. Free, "
                 "unbiased counseling is available from your State Health Insurance Assistance Program (SHIP). If you "
                 "want someone to act for you, you may appoint a representative on Form CMS-1696."))
    # acknowledgement
    b.append(w.h(w.pick(["Acknowledgment of receipt", "Please sign"]), space_before=12))
    b.append(w.p("I have received this notice. My signature does not mean I agree with the decision, only that I "
                 "have read it.", size=9))
    b.append(w.p("Signature of patient or representative ________________________   Date ____________",
                 space_before=10))
    b.append(w.small("Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment depends on contract renewal.",
                     space_before=10))
    b += _rights_notice(w)
    return b, st, "ma_nomnc_detailed_explanation"


# --- 2. California commercial HMO appeal (grievance) resolution -----------------------------------------------------

_ASKED = {
    "medical_necessity": ["your symptoms are getting in the way of work and daily life",
                          "your doctor believes the treatment is the right next step",
                          "you have already waited a long time without improvement"],
    "experimental_investigational": ["your specialist recommended it as the best remaining option",
                                     "you read that it has helped other patients with your condition"],
    "not_covered": ["you believe the medicine should be covered because your doctor prescribed it",
                    "other plans you have had covered it"],
    "out_of_network": ["you prefer to continue with a doctor you already know",
                       "you were told the outside provider could see you sooner"],
}


def _provision_ca(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects:
        return ""
    yr, pg = c.extra["year"], c.extra["page"]
    ref = w.pick([f"the {yr} Combined Evidence of Coverage and Disclosure Form, \"Exclusions and Limitations\", "
                  f"page {pg}",
                  f"your Membership Agreement and Evidence of Coverage ({yr}), Outpatient Prescription Drug "
                  f"benefit, page {pg}"])
    return f"Coverage document: {M('PLAN_PROVISION', ref)}."


def t_b6_grievance(w: W):
    c = w.c
    _fmt(w, ["mdy0", "ord_dm", "dmon0", "mdy0"])
    st = _style(w, ["times", "helvetica"], [10.0, 10.5])
    cat = c.category
    fast = c.urgency == "expedited"
    entity = V.REGION_ENTITY[c.region][0]
    dept = w.pick(["Member Relations \u2013 Grievance and Appeals", "Grievance and Appeals Resolution Unit",
                   "Member Relations Department"])
    st.header = [f"Case {c.ids['ref']} \u2013 " + w.pick(["continued", "(continued)"])]
    st.footer = [w.pick(["Page {page} of {pages}", "{page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = [Block("letterhead", logo=w.pick(["rays", "ring"]), size=9,
                            left=["Kaiser Permanente", dept, entity],
                            right=[M("REGION", c.region), c.phones["ms"], "kp.org/memberservices"])]
    b.append(w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Traditional HMO plan", "Kaiser Permanente Platinum 90 HMO",
                                       "Kaiser Foundation Health Plan \u2013 group HMO coverage"])), size=8.5,
                 space_before=4))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=14))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    if fast:
        b.append(w.p("EXPEDITED APPEAL DECISION", bold=True, boxed=True, space_before=8))
    idlab = w.pick(["Member #", "Health plan ID", "MRN", "Kaiser Permanente ID #"])
    rows = [["Case number", c.ids["ref"]], [idlab, w.mid()]]
    if c.received:
        rows.append([w.pick(["Appeal received", "Date we received your grievance"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append([w.pick(["Resolution date", "Date resolved"]), _dm(w, "DATE_DECISION", c.decision)])
    if c.service:
        rows.append([w.pick(["Date of service", "Service date in question"]), _dm(w, "DATE_SERVICE", c.service)])
    if w.chance(0.5):
        b.append(Block("table", rows=rows, header_row=False, space_before=10))
    else:
        for lab, val in rows:
            b.append(w.p(f"{lab}: {val}", indent=w.pick([0, 18]), space_before=1 if lab != "Case number" else 10))
    salute = c.member_salute if c.member_salute != "Member" else c.member_name
    b.append(w.p(f"Dear {w.name() if salute == c.member_name else salute}:", space_before=12))
    orig = c.received - dt.timedelta(days=w.rng.randint(9, 40)) if c.received else None
    shape = w.rng.randrange(4)
    den_items = join_and([_item(w, s, shape) for s in (c.denied_services() or c.services)])
    t = w.pick(["Thank you for contacting us. We have finished reviewing your appeal",
                "We have completed our review of your grievance"])
    if orig:
        t += f" about our {b6date(orig, c.extra['b6_fmt'])} decision"
    t += f" to deny coverage of {den_items}."
    b.append(w.p(t + " This letter explains what we found and what you can do next."))
    # summary
    b.append(w.h(w.pick(["Summary of your grievance", "What you asked us to do"]), space_before=12))
    by = f"{w.prov()}, on your behalf," if c.provider and w.chance(0.6) else "you"
    b.append(w.p(f"In your appeal, {by} asked us to approve {_den(c)}. "
                 f"{w.pick(['You told us that', 'Your request explained that'])} {w.pick(_ASKED[cat])}."
                 if cat in _ASKED else f"You asked us to approve {_den(c)}."))
    if c.provider and by == "you":
        b.append(w.p(f"We also reviewed the letter of support from {w.prov()}."))
    # findings
    b.append(w.h(w.pick(["Our findings", "What we found"]), space_before=12))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis on file: ", "The request lists: "]) + _dxs(w, w.rng.randrange(4)) + "."))
    r = c.reviewer
    if r:
        name, cred, spec, ph = _rev(w)
        if r["specialty"]:
            t = (f"Your appeal was reviewed by {name}" + (f", {cred}" if cred else "")
                 + f", a board-certified physician in {spec} who was not involved in the first decision.")
        else:
            t = f"Your appeal was reviewed by {name}" + (f", {cred}" if cred else "") + f" ({spec})."
        if ph:
            t += f" You or your doctor may call {ph} to talk about it."
        b.append(w.p(t))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["The review used these guidelines: ", "Criteria applied: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + ". We will send you a copy free of charge."))
    pv = _provision_ca(w)
    if pv:
        b.append(w.p(pv))
    if cat == "out_of_network":
        i = c.innet
        b.append(w.p(f"We can schedule you with {i['name']} ({i['specialty']}) at {i['facility']}; an appointment is "
                     f"available on {b6date(i['appt'], c.extra['b6_fmt'])}. Call {c.phones['dept']} to confirm it."))
    b.append(w.p(w.pick(["Our decision: we are upholding our original decision.",
                         "Decision: the original denial stands (upheld)."]), bold=True, boxed=True, space_before=8))
    # next steps
    b.append(w.h(w.pick(["What you can do next", "Your rights if you still disagree"]), space_before=12))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    if cat in ("medical_necessity", "experimental_investigational"):
        law = "section 1370.4" if cat == "experimental_investigational" else "section 1374.30"
        b.append(w.p(f"Independent Medical Review (IMR). You may ask the California Department of Managed Health Care "
                     f"for an IMR of this decision under Health and Safety Code {law}. Apply within {days} of the date "
                     "of this letter. Doctors who do not work for Kaiser Permanente will review your case, there is "
                     "no cost to you, and we must follow the IMR decision. An application form and return envelope "
                     "are enclosed."))
    else:
        b.append(w.p(f"You may file a complaint with the California Department of Managed Health Care within {days} of "
                     "the date of this letter. If the Department finds that your case is really about medical "
                     "necessity, it may send it for Independent Medical Review. An application form is enclosed."))
    if fast:
        b.append(w.p("Because your appeal was urgent, you may also go to the Department right away."))
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST["CA"]
        b.append(w.p(f"Free help: the {nm} can help you with your complaint or IMR. Call {ph}."))
    b += E.dmhc_statement(w, boxed=w.chance(0.5))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=12))
    analyst = w.pick(["Grievance Analyst", "Appeals Coordinator", "Member Relations Specialist"])
    b.append(w.p(f"{analyst}, {dept}", space_before=12))
    b.append(w.p(entity, space_before=0))
    encl = ["IMR application", "return envelope"] + (["copy of criteria"] if c.criteria else [])
    b.append(w.small("Enclosures: " + ", ".join(encl), space_before=8))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=2))
    b += _rights_notice(w)
    return b, st, "ca_hmo_appeal_resolution_letter"


# --- 3. out-of-network claim notice (EOB style), outside California ------------------------------------------------

_REMARK = {
    "out_of_network": ("PR-242", "Services not provided by network providers; no referral or emergency on file."),
    "no_prior_authorization": ("CO-197", "Precertification/authorization absent."),
    "administrative": ("CO-16", "Claim lacks information or has billing errors needed to process it."),
    "not_covered": ("PR-96", "Non-covered charge: excluded under the plan."),
    "medical_necessity": ("CO-50", "Not deemed a medical necessity by the plan."),
}
_REGULATOR = {
    "CO": "Colorado Division of Insurance", "GA": "Georgia Office of Commissioner of Insurance and Safety Fire",
    "HI": "Hawaii Insurance Division", "MD": "Maryland Insurance Administration",
    "VA": "Virginia Bureau of Insurance", "DC": "DC Department of Insurance, Securities and Banking",
    "OR": "Oregon Division of Financial Regulation", "WA": "Washington Office of the Insurance Commissioner",
}
_MAX_DESC = 40


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _provision_claim(w: W) -> str:
    c = w.c
    if c.category != "not_covered" or "notice.plan_provision" in c.defects:
        return ""
    yr, pg, sec = c.extra["year"], c.extra["page"], c.extra["sec"]
    if c.plan_type == "erisa_group":
        ref = f"{c.extra['employer']} Health Plan Summary Plan Description ({yr}), section {sec}, page {pg}"
    else:
        ref = f"{yr} Kaiser Permanente {_STATE[c.state].replace('the ', '')} Evidence of Coverage, section {sec}"
    return f"Plan reference: {M('PLAN_PROVISION', ref)}."


def t_b6_claim(w: W):
    c = w.c
    _fmt(w, ["ymd_slash", "dmon0", "mon_nc"])
    st = _style(w, ["helvetica", "courier"], [9.0, 9.5])
    cat = c.category
    erisa = c.plan_type == "erisa_group"
    no_amt = "notice.claim_identification" in c.defects
    entity = V.REGION_ENTITY[c.region][0]
    code, legend = _REMARK.get(cat, ("CO-45", "Charge exceeds plan allowance."))
    st.footer = [w.pick(["Claim " + c.ids["claim"] + " \u2013 page {page} of {pages}", "pg {page}/{pages}"])]
    b: list[Block] = [
        w.p("KAISER PERMANENTE", bold=True, size=13, space_before=0),
        w.p(f"{entity} \u00b7 Claims Administration \u00b7 {M('REGION', c.region)}", size=8, space_before=0),
        w.p(M("PLAN_CUE", f"{c.extra['employer']} group health plan (ERISA) \u2013 claims administered by Kaiser "
                          "Permanente" if erisa else
              w.pick([f"Kaiser Permanente {_STATE[c.state].replace('the ', '')} HMO \u2013 individual and family plan",
                      f"Kaiser Permanente commercial HMO ({c.state}) \u2013 group coverage"])),
            size=8, space_before=0),
        w.p(w.pick(["CLAIM DETERMINATION \u2013 PAYMENT DENIED", "Explanation of Benefits: Claim Denial",
                    "NOTICE OF CLAIM DENIAL"]), bold=True, size=12, align="center", space_before=12),
        w.p("This is not a bill. Keep this notice for your records.", italic=True, align="center", size=8.5,
            space_before=1),
    ]
    idlab = w.pick(["Member #", "Patient ID", "Health plan ID", "Subscriber ID"])
    left = [f"**{w.name()}"] + c.member_addr
    right = [f"Statement date: {_dm(w, 'DATE_LETTER', c.letter)}", f"{idlab}: {w.mid()}",
             f"Claim #: {c.ids['claim']}", f"Group #: {c.ids['group']}"]
    b.append(Block("twocol", left=left, right=right, space_before=12))
    info = []
    if c.provider:
        info.append([w.pick(["Provider", "Billed by", "Rendering provider"]), w.prov()])
    if cat == "out_of_network" or c.scenario.get("key", "").startswith("er_"):
        info.append(["Network status", w.pick(["Out of network", "Non-participating"])])
    if c.received:
        info.append([w.pick(["Claim received", "Received"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        info.append([w.pick(["Processed", "Date of determination"]), _dm(w, "DATE_DECISION", c.decision)])
    b.append(Block("table", rows=info, header_row=False, space_before=8))
    # claim lines
    short = all(len(s["text"]) <= _MAX_DESC for s in c.services) and w.chance(0.6)
    head = ["Ln", "Date of service", "Code"] + (["Description"] if short else [])
    head += ([] if no_amt else ["Charges", "Plan paid", "You owe"]) + ["Remark"]
    rows = [head]
    owe_all = code.startswith("PR")
    tot = 0.0
    for k, s in enumerate(c.services, 1):
        dos = _dm(w, "DATE_SERVICE", c.service) if c.service else "--"
        cd = _code_str(w, s) if s["codes"] else "n/a"
        row = [str(k), dos, cd] + ([w.svc(s)] if short else [])
        if not no_amt:
            amt = s.get("billed", 0.0)
            tot += amt
            row += [_money(amt), "$0.00", _money(amt) if owe_all else "$0.00"]
        rows.append(row + [code])
    if not no_amt:
        rows.append(["", "", "Total charges"] + ([""] if short else [])
                    + [_money(tot), "$0.00", _money(tot) if owe_all else "$0.00", ""])
    b.append(w.p(w.pick(["Claim detail", "Service lines"]), bold=True, space_before=10))
    b.append(Block("table", rows=rows, header_row=True, space_before=2))
    if not short:
        for k, s in enumerate(c.services, 1):
            b.append(w.p(f"Line {k}: {w.svc(s)}", indent=8, space_before=1, size=8.5))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis codes on the claim: ", "Dx billed: "]) + _dxs(w, w.rng.randrange(4)),
                     size=8.5, space_before=4))
    b.append(w.p("Remark legend", bold=True, space_before=8))
    b.append(w.p(f"{code}  {legend}", size=8.5, indent=8, space_before=1))
    b.append(w.p("PR = amount you may owe the provider; CO = contractual, the provider may not bill you.", size=8.5,
                 indent=8, space_before=1))
    # reason
    b.append(w.h(w.pick(["Why we denied this claim", "Reason for denial"]), shade=True, space_before=12))
    parts = [M("REASON", w.reason)]
    pv = _provision_claim(w)
    if pv:
        parts.append(pv)
    b.append(w.p(" ".join(parts)))
    if c.reviewer and cat == "medical_necessity" and w.chance(0.6):
        name, cred, spec, ph = _rev(w)
        t = f"Physician reviewer: {name}" + (f", {cred}" if cred else "") + f" ({spec})"
        b.append(w.p(t + (f"; questions about the review: {ph}." if ph else "."), size=9))
    if not no_amt:
        b.append(w.p("You may ask us, free of charge, for the diagnosis and treatment codes on this claim and what "
                     "they mean, and for copies of all documents relevant to it.", size=9))
    # appeal
    b.append(w.h(w.pick(["Your right to appeal", "If you disagree with this decision"]), shade=True, space_before=12))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(f"You, your provider (with your written permission) or another representative may appeal. Your appeal "
                 f"must be filed within {days} after you receive this notice. Write to "
                 f"{', '.join(V.GRIEVANCE_ADDR[c.region])}, or call {c.phones['ms']} (TTY {c.phones['tty']}). Include "
                 f"the claim number and any records or letters you want us to consider."))
    if erisa:
        b.append(w.p("External review. If we uphold the denial on appeal and it involved medical judgment, you may ask "
                     "for external review by an independent review organization that has no ties to the plan. You "
                     "must ask within four months of our final decision. After you have used the plan's appeal "
                     "process, you also have the right to bring a civil action under section 502(a) of ERISA."))
    else:
        b.append(w.p(f"External review. If your appeal is denied and the decision involved medical judgment, you may "
                     f"request external review through the {_REGULATOR[c.state]}. An independent reviewer decides, "
                     "and the plan must follow that decision. There is no charge."))
    if "notice.consumer_assistance" not in c.defects:
        b.append(w.h("Where to get free help", space_before=8))
        if erisa:
            b.append(w.p("The Employee Benefits Security Administration of the U.S. Department of Labor answers "
                         "questions about appeals in employer plans: 1-866-444-3272, askebsa.dol.gov."))
        else:
            nm, ph = V.CONSUMER_ASSIST[c.state]
            b.append(w.p(f"The {nm} can help you with an appeal or a complaint at no cost: {ph}."))
    b += _rights_notice(w)
    return b, st, "oon_claim_denial_eob"


# --- 4. California experimental/investigational determination or request-on-hold notice -----------------------------

_EXP_KEYS = ["keytruda", "prostate_proton", "genetic_test", "lecanemab", "scs", "hyperbaric"]
_TRIAL_KEYS = ("keytruda", "lecanemab", "prostate_proton")


def t_b6_exp(w: W):
    c = w.c
    _fmt(w, ["ord_dm", "dot_dm", "mdy0", "dot_dm"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    medi = c.plan_type == "medi_cal"
    delay = c.letter_kind == "delay_notice"
    fast = c.urgency == "expedited"
    entity = V.REGION_ENTITY[c.region][0]
    unit = w.pick(["Clinical Review \u2013 New and Emerging Technology", "Technology Assessment and Clinical Review",
                   "Utilization Management \u2013 Specialty Review"])
    st.footer = [w.pick(["{page}/{pages}", "Page {page} of {pages} \u2013 " + c.ids["auth"]])]
    st.footer_align = "right"
    b: list[Block] = [Block("letterhead", logo=w.pick(["bars", "ring", "rays"]), size=9,
                            left=["Kaiser Permanente", unit, entity],
                            right=[M("REGION", c.region), c.phones["dept"]])]
    cue = (w.pick(["Kaiser Permanente Medi-Cal plan", "Medi-Cal managed care \u2013 Kaiser Permanente"]) if medi
           else w.pick(["Kaiser Permanente California HMO (commercial)", "KP Gold 80 HMO \u2013 California"]))
    b.append(w.p(M("PLAN_CUE", cue), size=8.5, space_before=4))
    if delay:
        title = w.pick(["NOTICE: YOUR REQUEST IS ON HOLD \u2013 MORE INFORMATION NEEDED",
                        "PENDED REQUEST \u2013 NOTICE OF EXTENSION"])
    else:
        title = w.pick(["NOTICE OF DENIAL: EXPERIMENTAL OR INVESTIGATIONAL SERVICE",
                        "DETERMINATION \u2013 INVESTIGATIONAL TREATMENT NOT APPROVED"])
    if medi:
        title = "NOTICE OF ACTION \u2013 " + title.split(": ", 1)[-1].split(" \u2013 ", 1)[-1]
    b.append(w.p(title, bold=True, size=12, align="center", space_before=12))
    if c.extra["b6_fmt"] == "dot_dm":
        b.append(w.p("All dates in this notice are written day.month.year (DD.MM.YYYY).", italic=True, size=8,
                     align="center", space_before=1))
    idlab = (w.pick(["ID de miembro / Member ID", "Medi-Cal plan ID", "MRN"]) if medi
             else w.pick(["Health plan ID", "Patient ID", "MRN", "Member #"]))
    rows = [["Member", w.name()], [idlab, w.mid()], ["Date of notice", _dm(w, "DATE_LETTER", c.letter)]]
    if c.provider:
        rows.append([w.pick(["Requesting clinician", "Ordering provider"]), w.prov()])
    if c.received:
        rows.append([w.pick(["Request received", "Received on"]), _dm(w, "DATE_RECEIVED", c.received)])
    if c.decision:
        rows.append([w.pick(["Determination date", "Decision date"]), _dm(w, "DATE_DECISION", c.decision)])
    rows.append(["Review type", "Expedited (72-hour)" if fast else "Standard"])
    rows.append(["Authorization #", c.ids["auth"]])
    b.append(Block("table", rows=rows, header_row=False, space_before=10))
    b.append(w.p(w.name() + " \u00b7 " + ", ".join(c.member_addr), size=8, space_before=3))
    # 1: request
    b.append(w.h("1. What was requested", space_before=12))
    shape = w.rng.randrange(4)
    for s in c.services:
        b.append(w.p("\u2013 " + _item(w, s, shape), indent=10, space_before=1))
    if c.diagnoses:
        b.append(w.p("For: " + _dxs(w, w.rng.randrange(4)) + ".", space_before=3))
    days = M("APPEAL_DAYS", c.appeal_phrase) if c.appeal_phrase else ""
    if delay:
        b.append(w.h("2. Why we have not decided yet", space_before=12))
        b.append(w.p(M("REASON", w.reason)))
        if "notice.delay_requirements" not in c.defects:
            need = _NEED.get(c.scenario.get("key"), ["the clinical notes that support the request"])
            b.append(w.h("3. What we need", space_before=10))
            for x in need:
                b.append(w.p(f"o  {_cap(x)}", indent=10, space_before=1))
            exp = c.extra["expected"]
            b.append(w.p(f"Please have {w.prov() if c.provider else 'your clinician'} fax these to {c.phones['fax']}. "
                         f"Decision expected by: {b6date(exp, c.extra['b6_fmt'])}. If the information has not "
                         "arrived by then, we will decide based on what we have.", space_before=4))
        else:
            b.append(w.p("We will send you our decision when our review is complete."))
        if c.reviewer:
            name, cred, spec, ph = _rev(w)
            t = f"Clinical contact: {name}" + (f", {cred}" if cred else "") + f" ({spec})"
            b.append(w.p(t + (f", {ph}." if ph else ".")))
        b.append(w.h("If you disagree with this delay", space_before=12))
        b.append(w.p(f"You may file a grievance with us at any time: call {c.phones['ms']} (TTY {c.phones['tty']}) or "
                     f"write to {', '.join(V.GRIEVANCE_ADDR[c.region])}. If your health is at serious risk, ask for an "
                     "expedited review."))
        if medi:
            b.append(w.p("Medi-Cal members may also ask for a State Hearing with the California Department of Social "
                         "Services if we do not decide within the time the law allows."))
    else:
        b.append(w.h("2. Our decision and the reason", space_before=12))
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.h("3. Evidence and criteria we reviewed", space_before=10))
        if c.criteria:
            b.append(w.p("Guidelines and assessments applied: " + "; ".join(w.crit(x) for x in c.criteria) + "."))
        b.append(w.p("The reviewer also considered the medical literature and your records submitted with the request. "
                     "You may ask for copies of these free of charge."))
        if c.reviewer:
            name, cred, spec, ph = _rev(w)
            t = f"Decision made by {name}" + (f", {cred}" if cred else "") + f" \u2013 {spec}."
            if ph:
                t += f" Direct line for you or your doctor: {ph}."
            b.append(w.p(t))
        if c.scenario.get("key") in _TRIAL_KEYS:
            b.append(w.p("Clinical trials: if you join an approved clinical trial for your condition, the routine "
                         "patient care costs of taking part are covered under Health and Safety Code section 1370.6, "
                         "even though the investigational item itself is not."))
        if c.ca_kk and c.scenario.get("serious") and "experimental.terminal_illness_rights" not in c.defects:
            b.append(w.h("4. If your condition is life-threatening or seriously debilitating", space_before=10))
            b.append(w.p("Under Health and Safety Code section 1368.1: treatments your plan covers for your condition, "
                         "such as standard care with plan specialists, remain available, and we can list them for you. "
                         "You may ask to meet with us and your doctor to discuss this decision; we will schedule that "
                         "meeting within 30 calendar days, or within 5 business days if your doctor says delay would "
                         "make the treatment much less effective."))
        b.append(w.h(w.pick(["Your appeal rights", "If you disagree"]), space_before=12))
        b.append(w.p(f"You may appeal to Kaiser Permanente within {days} of the date of this notice by calling "
                     f"{c.phones['ms']} (TTY {c.phones['tty']}), online at kp.org, or by writing to "
                     f"{', '.join(V.GRIEVANCE_ADDR[c.region])}. If waiting could seriously harm your health, ask for "
                     "an expedited appeal; we will decide it within 72 hours."))
        b.append(w.p("Independent Medical Review for experimental treatment. Health and Safety Code section 1370.4 "
                     "gives you the right to an IMR of this decision by experts who do not work for the plan. If your "
                     "condition is life-threatening or seriously debilitating, you do not have to appeal to us first. "
                     "The review is free, and if the experts find the treatment likely to be more beneficial than "
                     "standard therapy, we must cover it."))
        if medi:
            b.append(w.p("State Hearing. After our appeal decision, or if we do not decide your appeal in time, you "
                         "may ask for a State Hearing with the California Department of Social Services within 120 "
                         "days. Call 1-800-743-8525 (TTY 1-800-952-8349)."))
            if "notice.continuation_of_benefits" not in c.defects:
                b.append(w.p("If you are already receiving this service, you can keep getting it while your appeal is "
                             "decided if you appeal within 10 days of the date of this notice, or before the service "
                             "stops, whichever is later."))
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST["CA"]
        b.append(w.p(f"Free help with grievances and appeals: {nm}, {ph}.", space_before=6))
    b += E.dmhc_statement(w, boxed=w.chance(0.7))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=12))
    b.append(w.p(f"{unit}, {entity}", space_before=10))
    if c.provider:
        b.append(w.small(f"Copy to: {w.prov()}", space_before=6))
    b += _rights_notice(w)
    return b, st, "ca_experimental_or_pended_notice"


# --- registry -----------------------------------------------------------------------------------------------------

BLIND6_TEMPLATES: dict[str, tuple] = {
    "blind6_ma_nomnc": (t_b6_ma_nomnc, dict(
        plans=["medicare_advantage"], kinds=["termination_notice"], cats=["medical_necessity"],
        scenario_keys=["snf", "home_health"], reason=reason_b6_ma)),
    "blind6_hmo_appeal_resolution": (t_b6_grievance, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["grievance_decision"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network"],
        scenario_keys=["humira", "semaglutide", "botox_migraine", "mri_lumbar", "ct_perfusion", "lecanemab", "capsule"],
        reason=reason_b6_grievance)),
    "blind6_oon_claim_eob": (t_b6_claim, dict(
        plans=["commercial_hmo", "erisa_group"], states=["CO", "GA", "HI", "MD", "VA", "DC", "OR", "WA"],
        kinds=["payment_denial"],
        cats=["out_of_network", "no_prior_authorization", "administrative", "not_covered", "medical_necessity"],
        reason=reason_b6_claim)),
    "blind6_ca_experimental_or_pended": (t_b6_exp, dict(
        plans=["commercial_hmo", "medi_cal"], states=["CA"], kinds=["initial_denial", "initial_denial", "delay_notice"],
        cats=["experimental_investigational", "administrative"], scenario_keys=_EXP_KEYS, reason=reason_b6_exp)),
}
MODELED_ON = {
    "blind6_ma_nomnc": "blind6: Medicare Advantage Notice of Medicare Non-Coverage for skilled nursing or home health, "
                       "with a detailed explanation, QIO immediate review, plan appeal and IRE rights, signature line",
    "blind6_hmo_appeal_resolution": "blind6: California commercial HMO grievance/appeal resolution letter upholding a "
                                    "drug or imaging denial (summary, findings, IMR and DMHC rights)",
    "blind6_oon_claim_eob": "blind6: explanation-of-benefits style claim denial outside California (claim table, "
                            "remark codes and legend, ERISA or state external review)",
    "blind6_ca_experimental_or_pended": "blind6: California commercial or Medi-Cal experimental/investigational "
                                        "denial (HSC 1370.4, 1368.1) or request-on-hold notice",
}
