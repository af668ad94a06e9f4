"""The drafted grievance letter: addressed as the plan type requires, built only from the analysis and the member.

``draft_letter(result, member)`` turns an analysis result (schema JSON) and what the member typed (name, address,
phone, email, signature date, story) into a ``GrievanceLetter``. Every fact comes from one of those two sources;
anything missing becomes a marked blank such as ``[YOUR PHONE NUMBER]`` and is listed in ``letter.blanks``.
Only contacts tagged [V] or [P] in the catalogue are printed; [P] ones carry "check your plan documents".
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .arguments import BLANK_RE, balance_parens, human_date

log = logging.getLogger(__name__)

P_CAVEAT = "check your plan documents"


# ---------------------------------------------------------------------------------------------------------------
# Contacts: the catalogue's when available (analyzer.rules.contacts.CONTACTS), else the same facts from rules.md § 8
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    details: str  # phones / web / address as printed
    tag: str  # V | P | U

    @property
    def printable(self) -> str | None:
        """The line a letter may print: [V] plain, [P] with the caveat, [U] never."""
        if self.tag == "V":
            return f"{self.name}: {self.details}"
        if self.tag == "P":
            return f"{self.name}: {self.details} ({P_CAVEAT})"
        return None


FALLBACK_CONTACTS: dict[str, Contact] = {c.id: c for c in (
    Contact("dmhc", "California Department of Managed Health Care (DMHC) Help Center",
            "1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov", "V"),
    Contact("health_consumer_alliance", "Health Consumer Alliance (free help with grievances and IMR)",
            "1-888-804-3536", "V"),
    Contact("medi_cal_ombudsman", "Medi-Cal Managed Care & Mental Health Office of the Ombudsman",
            "1-888-452-8609 (TTY: California Relay 711)", "V"),
    Contact("cdss_state_hearings", "California Department of Social Services, State Hearings Division",
            "1-800-743-8525, TDD 1-800-952-8349; P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430",
            "V"),
    Contact("medicare", "Medicare", "1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov", "V"),
    Contact("hicap", "HICAP (free Medicare counseling in California)", "1-800-434-0222", "V"),
    Contact("ebsa", "U.S. Department of Labor, Employee Benefits Security Administration",
            "1-866-444-3272, www.dol.gov/ebsa", "P"),
    Contact("opm", "U.S. Office of Personnel Management, Healthcare and Insurance",
            "1900 E Street NW, Washington, DC 20415 (the Health Insurance Group for your plan is in your FEHB "
            "brochure)", "P"),
    Contact("kp_ca_member_services", "Kaiser Permanente Member Services (California)",
            "1-800-464-4000 (TTY 711)", "V"),
    Contact("kp_ca_senior_advantage", "Kaiser Permanente Senior Advantage Member Services",
            "1-800-443-0815 (TTY 711)", "V"),
    Contact("kp_mid_atlantic", "Kaiser Permanente Member Services (Maryland, Virginia, D.C.)",
            "1-800-777-7902, TTY (301) 879-6380", "V"),
    Contact("kp_washington", "Kaiser Permanente Member Services (Washington)",
            "1-888-901-4636 (TTY 711); Medicare members 1-888-901-4600", "V"),
    Contact("kp_colorado", "Kaiser Permanente Member Services (Colorado)",
            "Denver/Boulder 303-338-3800; Southern Colorado 1-888-681-7878", "V"),
    Contact("kp_hawaii", "Kaiser Permanente Member Services (Hawaii)", "1-800-966-5955", "U"),
    Contact("kp_northwest", "Kaiser Permanente Member Services (Oregon/SW Washington)", "1-800-813-2000", "U"),
    Contact("va_ombudsman", "Virginia Office of the Managed Care Ombudsman",
            "1-877-310-6560 (option 1), ombudsman@scc.virginia.gov", "V"),
    Contact("md_heau", "Maryland Health Education and Advocacy Unit (Attorney General)",
            "410-528-1840, toll-free 1-877-261-8807", "V"),
)}

# which Kaiser Member Services contact to print for a state (others: none printed)
MEMBER_SERVICES_BY_STATE = {"CA": "kp_ca_member_services", "MD": "kp_mid_atlantic", "VA": "kp_mid_atlantic",
                            "DC": "kp_mid_atlantic", "WA": "kp_washington", "CO": "kp_colorado", "HI": "kp_hawaii",
                            "OR": "kp_northwest"}


def _catalogue_contacts() -> Mapping[str, Any]:
    try:
        from .rules.contacts import CONTACTS  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 - optional module written elsewhere
        return {}
    return CONTACTS if isinstance(CONTACTS, Mapping) else {}


def _field(obj: Any, *names: str) -> Any:
    for n in names:
        v = obj.get(n) if isinstance(obj, Mapping) else getattr(obj, n, None)
        if v:
            return v
    return None


def contact(contact_id: str) -> Contact | None:
    """A contact by id: the catalogue's entry when it has one (with its tag), else ours."""
    raw = _catalogue_contacts().get(contact_id)
    if raw is not None:
        tag = str(_field(raw, "tag", "status", "verification") or "U").strip("[]").upper()[:1]
        name = _field(raw, "name", "label", "title") or contact_id
        parts = []
        for key, label in (("phone", ""), ("tty", "TTY "), ("web", ""), ("address", "")):
            v = _field(raw, key)
            if v:
                parts.append(f"{label}{v}")
        details = _field(raw, "details", "text") or ", ".join(parts)
        if details:
            return Contact(contact_id, str(name), str(details), tag)
    return FALLBACK_CONTACTS.get(contact_id)


def contact_line(contact_id: str) -> str | None:
    """The printable line for a contact: [V] plain, [P] with "check your plan documents", [U] None."""
    c = contact(contact_id)
    return c.printable if c else None


# ---------------------------------------------------------------------------------------------------------------
# The letter
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class LetterSection:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    numbered: bool = False  # paragraphs are a numbered list
    subheadings: list[str] = field(default_factory=list)  # optional heading per paragraph (arguments)


@dataclass
class GrievanceLetter:
    """A drafted letter. ``text`` is the letter to send; ``notes`` are for the member only (not sent)."""

    title: str
    sender: list[str]
    date_line: str
    recipient: list[str]
    subject: list[str]
    salutation: str
    sections: list[LetterSection]
    closing: list[str]
    enclosures: list[str]
    blanks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    plan_type: str = "unknown"
    urgent: bool = False

    @property
    def text(self) -> str:
        out: list[str] = []
        # empty blocks are skipped: the app passes a member-edited letter as sender lines only
        for block in (self.sender, [self.date_line], self.recipient, [self.title.upper()], self.subject,
                      [self.salutation]):
            if any(line for line in block):
                out.extend(block)
                out.append("")
        for sec in self.sections:
            if sec.heading:
                out.append(sec.heading)
                out.append("")
            for i, p in enumerate(sec.paragraphs, 1):
                sub = sec.subheadings[i - 1] if i - 1 < len(sec.subheadings) else ""
                if sub:
                    out.append(f"{i}. {sub}" if sec.numbered else sub)
                    out.append(p)
                elif sec.numbered:
                    out.append(f"{i}. {p}")
                else:
                    out.append(p)
                out.append("")
        out.extend(self.closing)
        if self.enclosures:
            out.append("")
            out.append("Enclosures:")
            out.extend(f"- {e}" for e in self.enclosures)
        return "\n".join(out).rstrip() + "\n"

    @property
    def notes_text(self) -> str:
        if not self.notes:
            return ""
        return "\n".join(["BEFORE YOU SEND THIS LETTER (this page is for you; do not send it)", ""]
                         + [f"- {n}" for n in self.notes]) + "\n"

    def to_dict(self) -> dict:
        return {
            "title": self.title, "sender": list(self.sender), "date_line": self.date_line,
            "recipient": list(self.recipient), "subject": list(self.subject), "salutation": self.salutation,
            "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs), "numbered": s.numbered,
                          "subheadings": list(s.subheadings)} for s in self.sections],
            "closing": list(self.closing), "enclosures": list(self.enclosures), "blanks": list(self.blanks),
            "notes": list(self.notes), "plan_type": self.plan_type, "urgent": self.urgent, "text": self.text,
        }


# ---------------------------------------------------------------------------------------------------------------
# Reading the analysis
# ---------------------------------------------------------------------------------------------------------------
def _v(letter: Mapping, path: str) -> Any:
    cur: Any = letter
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, Mapping) else None
    if isinstance(cur, Mapping) and "value" in cur:
        return cur["value"]
    return cur


def _s(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _fact(result: Mapping, fact_id: str) -> bool:
    f = (result.get("facts") or {}).get(fact_id)
    if not isinstance(f, Mapping) or f.get("source") not in ("member", "letter"):
        return False
    v = f.get("value")
    return v is True or (isinstance(v, str) and v.strip().lower() in ("yes", "y", "true", "1"))


def _services(letter: Mapping) -> str | None:
    items = []
    for s in _v(letter, "services") or []:
        if not isinstance(s, Mapping) or not _s(s.get("text")):
            continue
        codes = [c for c in s.get("codes") or [] if _s(c)]
        items.append(balance_parens(s["text"].strip()) + (f" (code {', '.join(codes)})" if codes else ""))
    return "; ".join(items) if items else None


_NEXT_LEVEL_RE = re.compile(r"independent|external review|hearing|\bOPM\b|Personnel Management|review entity", re.I)
_FIRST_LEVEL_RE = re.compile(r"grievance|appeal|reconsider", re.I)
_NOT_FILING_RE = re.compile(r"expedited|fast|keep your services|aid paid pending|plan's deadline|decide", re.I)


def _first_level_actions() -> set[str]:
    try:
        from .deadlines import FIRST_LEVEL  # the deadline module's first-level actions, when it has them
    except Exception:  # noqa: BLE001 - module written elsewhere; fall back to reading the action text
        return set()
    return {str(v[0]) for v in FIRST_LEVEL.values() if isinstance(v, (tuple, list)) and v}


def _filing_deadline(result: Mapping) -> Mapping | None:
    """The deadline for filing this grievance/appeal/reconsideration among result['deadlines']."""
    known = _first_level_actions()
    cands = []
    for d in result.get("deadlines") or []:
        if not isinstance(d, Mapping):
            continue
        action = str(d.get("action") or "")
        if str(d.get("kind") or "") == "plan":
            continue
        if action in known or (_FIRST_LEVEL_RE.search(action) and not _NEXT_LEVEL_RE.search(action)
                               and not _NOT_FILING_RE.search(action)):
            cands.append(d)
    cands.sort(key=lambda d: (d.get("due") is None, str(d.get("due") or "")))
    return cands[0] if cands else None


def _next_step_deadlines(result: Mapping) -> list[Mapping]:
    """Dated deadlines of the next level (IMR, external review, State Hearing, OPM) to state in the letter."""
    out = []
    for d in result.get("deadlines") or []:
        if isinstance(d, Mapping) and d.get("due") and _NEXT_LEVEL_RE.search(str(d.get("action") or "")):
            out.append(d)
    return out


def _cite_suffix(d: Mapping) -> str:
    cite = _s(d.get("citation"))
    return f" ({cite})" if cite and "plan documents" not in cite.lower() else ""


def _deadline_phrase(d: Mapping) -> str:
    due = human_date(d.get("due"))
    cite_txt = _cite_suffix(d)
    if due:
        return f"by {due}{cite_txt}"
    return f"within the time the law allows{cite_txt}"


# ---------------------------------------------------------------------------------------------------------------
# Plan-specific parts
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanRoute:
    title: str
    expedited_title: str
    recipient: tuple[str, ...]
    filing_law: str  # sentence naming the right invoked
    decide_within: str  # the plan's time to decide, with citation
    expedited_within: str


def _route(plan: str, state: str, self_funded: bool) -> PlanRoute:
    ca = state == "CA"
    if plan == "medicare_advantage":
        return PlanRoute(
            "Request for Reconsideration", "Request for Expedited Reconsideration",
            ("Kaiser Permanente Senior Advantage (Medicare Advantage)", "Member Appeals – Reconsiderations",
             "[ADDRESS FOR RECONSIDERATION REQUESTS FROM YOUR NOTICE]"),
            "I ask you to reconsider your organization determination, as the Medicare Advantage appeal rules allow "
            "(42 CFR § 422.582).",
            "within 30 days for a service or 60 days for a payment (42 CFR § 422.590)",
            "within 72 hours (42 CFR § 422.590)",
        )
    if plan == "fehb":
        return PlanRoute(
            "Request for Reconsideration of a Disputed Claim", "Urgent Request for Reconsideration of a Disputed Claim",
            ("Kaiser Permanente (Federal Employees Health Benefits plan)", "Disputed Claims – Reconsideration",
             "[ADDRESS FROM SECTION 8 OF YOUR FEHB BROCHURE]"),
            "I ask you to reconsider this disputed claim under the FEHB disputed-claims process (5 CFR § 890.105).",
            "within 30 days (5 CFR § 890.105(b)(2))",
            "as an urgent claim, as quickly as my condition requires",
        )
    if plan == "erisa_group":
        rec = ("Plan Administrator / Claims Administrator, [NAME OF YOUR EMPLOYER'S HEALTH PLAN]",
               "c/o Kaiser Permanente Appeals", "[APPEALS ADDRESS FROM YOUR DENIAL LETTER OR SUMMARY PLAN DESCRIPTION]")
        law = "I appeal this adverse benefit determination under the ERISA claims procedure (29 CFR § 2560.503-1)."
        if ca and not self_funded:
            law += (" Because my plan is insured by Kaiser Foundation Health Plan in California, I also file this "
                    "as a grievance under California law (Cal. Health & Safety Code § 1368).")
        return PlanRoute("Appeal of Adverse Benefit Determination", "Urgent Appeal of Adverse Benefit Determination",
                         rec, law, "within 30 days for a pre-service claim or 60 days for a post-service claim "
                         "(29 CFR § 2560.503-1(i)(2))", "within 72 hours (29 CFR § 2560.503-1(i)(2)(i))")
    if plan == "medi_cal":
        return PlanRoute(
            "Appeal (Grievance) of Notice of Action", "Request for Expedited Appeal",
            ("Kaiser Foundation Health Plan, Inc. (Medi-Cal)", "Member Services – Grievances and Appeals",
             "[GRIEVANCE MAILING ADDRESS FROM YOUR NOTICE]"),
            "I appeal this decision under the Medi-Cal managed care appeal rules (42 CFR § 438.402) and file it "
            "as a grievance with the plan (Cal. Health & Safety Code § 1368).",
            "within 30 days (42 CFR § 438.408(b); Cal. Health & Safety Code § 1368.01(a))",
            "within 72 hours",
        )
    if plan == "medicaid":
        return PlanRoute(
            "Request for Appeal", "Request for Expedited Appeal",
            ("Kaiser Permanente Medicaid Plan", "Member Services – Appeals", "[APPEALS ADDRESS FROM YOUR NOTICE]"),
            "I appeal this adverse benefit determination (42 CFR § 438.402).",
            "within the time the Medicaid rules allow (42 CFR § 438.408)", "within 72 hours (42 CFR § 438.408)",
        )
    if plan == "commercial_hmo" and ca:
        return PlanRoute(
            "Grievance (Appeal) of Denial", "Request for Expedited (Urgent) Grievance Review",
            ("Kaiser Foundation Health Plan, Inc.", "Member Services – Grievances",
             "[GRIEVANCE MAILING ADDRESS FROM YOUR DENIAL LETTER]"),
            "I file this grievance under California law (Cal. Health & Safety Code § 1368).",
            "within 30 days (Cal. Health & Safety Code § 1368.01(a))",
            "within 3 days, and to tell me in writing right away of my right to contact the Department of Managed "
            "Health Care (Cal. Health & Safety Code § 1368.01(b))",
        )
    # commercial outside California or unknown plan type
    return PlanRoute(
        "Grievance and Appeal of Denial", "Request for Expedited (Urgent) Appeal",
        ("Kaiser Permanente", "Member Services – Grievances and Appeals",
         "[GRIEVANCE OR APPEALS ADDRESS FROM YOUR DENIAL LETTER]"),
        "I file this grievance and appeal of your decision" + (
            " under the federal claims and appeals rules (45 CFR § 147.136)." if plan == "commercial_hmo" else "."),
        "within the time the law and my plan documents allow",
        "within 72 hours",
    )


def _next_steps(plan: str, state: str, self_funded: bool, urgent: bool, category: str, kind: str,
                result: Mapping) -> list[str]:
    ca = state == "CA"
    steps: list[str] = []
    deadline_lines = [f"{d.get('action')}: {_deadline_phrase(d)}." for d in _next_step_deadlines(result)
                      if _s(d.get("action"))]
    if plan == "medicare_advantage":
        steps.append("If you uphold the denial in whole or in part, the Medicare Advantage rules require you to "
                      "forward my case automatically to the Independent Review Entity (42 CFR § 422.590); I ask "
                      "to be sent a copy of the case file you forward.")
        steps.append("After the Independent Review Entity, further levels (an Administrative Law Judge hearing, "
                     "the Medicare Appeals Council and federal court) are available.")
        for cid in ("medicare",) + (("hicap",) if ca else ()):
            line = contact_line(cid)
            if line:
                steps.append(f"I may contact {line}.")
    elif plan == "medi_cal":
        steps.append("If you do not resolve this appeal in my favor, or do not decide within 30 days, I will ask "
                     "for a State Hearing with the California Department of Social Services within 120 days of "
                     "your Notice of Appeal Resolution. I may instead ask the Department of Managed Health Care "
                     "for an Independent Medical Review, as long as I have not already asked for a State Hearing.")
        for cid in ("cdss_state_hearings", "medi_cal_ombudsman", "dmhc"):
            line = contact_line(cid)
            if line:
                steps.append(f"Contact: {line}.")
    elif plan == "fehb":
        steps.append("If you deny this request on reconsideration, or do not respond within 30 days, I will ask "
                     "the U.S. Office of Personnel Management to review the disputed claim (5 CFR § 890.105).")
        line = contact_line("opm")
        if line:
            steps.append(f"Contact: {line}.")
    elif plan == "erisa_group" and (self_funded or not ca):
        steps.append("If you uphold the denial, I will request external review by an independent review "
                     "organization within 4 months of your final decision (45 CFR § 147.136(d)), and I reserve my "
                     "right to bring a civil action under section 502(a) of ERISA.")
        line = contact_line("ebsa")
        if line:
            steps.append(f"Contact: {line}.")
    elif ca and plan in ("commercial_hmo", "erisa_group", "unknown", ""):
        when = ("at once, because my case is urgent" if urgent else
                "at once, because this is an experimental or investigational treatment denial"
                if category == "experimental_investigational" else
                "if this grievance is not resolved in my favor within 30 days")
        steps.append(f"I will apply to the California Department of Managed Health Care for an Independent "
                     f"Medical Review or file a complaint {when} (Cal. Health & Safety Code §§ 1368.03, 1374.30). "
                     "Independent Medical Review is free, and the plan must follow a decision in my favor.")
        for cid in ("dmhc", "health_consumer_alliance"):
            line = contact_line(cid)
            if line:
                steps.append(f"Contact: {line}.")
        if plan == "erisa_group":
            steps.append("As an ERISA plan member I also reserve my right to bring a civil action under section "
                         "502(a) of ERISA.")
    elif plan == "commercial_hmo":
        steps.append("If you uphold the denial, I will request an independent external review of this decision "
                     "through my state's external review process or the federal process, which must give me at "
                     "least 4 months after your final decision to ask (45 CFR § 147.136).")
    elif plan == "medicaid":
        steps.append("If you uphold the denial, or do not decide in time, I will ask for a State fair hearing "
                     "within the time my state allows (42 CFR § 438.408(f)).")
    else:
        steps.append("If you uphold the denial, I will ask for an independent external review of this decision, "
                     "as the law and my plan documents allow.")
    if plan in ("commercial_hmo", "medicaid", "unknown", "") and not ca:
        for cid in {"VA": ("va_ombudsman",), "MD": ("md_heau",)}.get(state, ()):
            line = contact_line(cid)
            if line:
                steps.append(f"Contact: {line}.")
    steps.extend(deadline_lines)
    return steps


# ---------------------------------------------------------------------------------------------------------------
# Drafting
# ---------------------------------------------------------------------------------------------------------------
# A request already covered by a stronger argument's request is left out of the summary list (the argument
# itself still states it): the summary stays short and does not repeat "authorize the second opinion" four times.
SUPERSEDED_BY = {
    "second_opinion.invalid_reason": ("second_opinion.eligible_denied",),
    "category:cancer": ("second_opinion.eligible_denied", "second_opinion.invalid_reason",
                        "second_opinion.no_qualified_in_network"),
}


def _superseded(arg: Mapping, raised: set) -> bool:
    key = arg.get("rule_id") or f"category:{arg.get('category', '')}"
    return any(r in raised for r in SUPERSEDED_BY.get(key, ()))


def _lc_first(s: str) -> str:
    """'Outside second opinion' -> 'outside second opinion' mid-sentence; 'MRI of the knee' stays."""
    if len(s) > 1 and s[0].isupper() and s[1].islower():
        return s[0].lower() + s[1:]
    return s


def _blank(label: str) -> str:
    return f"[{label}]"


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i in items:
        k = re.sub(r"\W+", " ", i.lower()).strip()
        if k and k not in seen:
            seen.add(k)
            out.append(i)
    return out


def address_lines(address: str) -> list[str]:
    """A one-line postal address as envelope lines: "Name, Inc." and "City, ST ZIP" stay whole."""
    lines: list[str] = []
    for part in (p.strip() for p in address.split(",")):
        if not part:
            continue
        if lines and (re.fullmatch(r"(Inc|LLC|Ltd|Co|Corp|L\.?P)\.?", part, re.I)
                      or re.fullmatch(r"[A-Z]{2}\.?\s+\d{5}(-\d{4})?", part)):
            lines[-1] += ", " + part
        else:
            lines.append(part)
    return lines


def draft_letter(analysis_result: Mapping, member: Mapping | None = None) -> GrievanceLetter:
    """Draft the grievance letter for an analysis result. ``member``: name, address, phone, email,
    signature_date (or date), story, and optionally member_id; missing facts become marked blanks."""
    result = analysis_result
    member = dict(member or {})
    letter = result.get("letter") or {}
    plan = _s(_v(letter, "plan_type")) or "unknown"
    state = (_s(_v(letter, "state")) or "").upper()
    kind = _s(_v(letter, "letter_kind")) or ""
    category = _s(_v(letter, "denial_category")) or ""
    self_funded = _fact(result, "self_funded")
    urgent = _s(_v(letter, "urgency")) == "expedited" or _fact(result, "imminent_threat")
    route = _route(plan, state, self_funded)

    name = _s(member.get("name")) or _s(_v(letter, "member_name")) or _blank("YOUR FULL NAME")
    member_id = _s(member.get("member_id")) or _s(_v(letter, "member_id")) or _blank(
        "YOUR MEMBER ID / MEDICAL RECORD NUMBER")
    address = _s(member.get("address")) or _blank("YOUR MAILING ADDRESS")
    phone = _s(member.get("phone")) or _blank("YOUR PHONE NUMBER")
    email = _s(member.get("email"))
    sig_date = _s(member.get("signature_date") or member.get("date"))
    date_line = human_date(sig_date) or sig_date or _blank("DATE YOU SEND THIS LETTER")

    letter_date = human_date(_v(letter, "dates.letter"))
    received = human_date(_v(letter, "dates.request_received"))
    decision = human_date(_v(letter, "dates.decision"))
    service_date = human_date(_v(letter, "dates.service"))
    services = _services(letter)
    if kind == "second_opinion_denial" or category == "second_opinion":
        # what was refused is the opinion, not the treatment it is about: never ask the plan to "authorize" surgery
        services = f"a second opinion about {services}" if services else "a second opinion"
    denied = services or _blank("THE SERVICE THAT WAS DENIED")
    provider = _s(_v(letter, "requesting_provider"))
    reference = _s(letter.get("reference_number") if isinstance(letter.get("reference_number"), str)
                   else _v(letter, "reference_number"))

    sender = [name, *[ln.strip() for ln in address.splitlines() if ln.strip()], f"Phone: {phone}"]
    if email:
        sender.append(f"Email: {email}")

    recipient = list(route.recipient)
    ms = MEMBER_SERVICES_BY_STATE.get(state)
    if plan == "medicare_advantage" and state == "CA":
        ms = "kp_ca_senior_advantage"
    if ms and plan not in ("fehb",):
        line = contact_line(ms)
        if line:
            recipient.append(line)
    addr = _s(_v(letter, "grievance_address"))
    if addr:  # the address the letter gives for grievances replaces the blank (and our generic name lines)
        lines = address_lines(addr)
        named = bool(re.search(r"Kaiser|Permanente|Health\s+Plan|Administrator|Plan\b", lines[0], re.I))
        kept = [r for r in recipient if not BLANK_RE.fullmatch(r)]
        recipient = lines + kept[len(route.recipient) - 1:] if named else kept[:2] + lines + kept[2:]

    title = route.expedited_title if urgent else route.title
    subject = [f"Member: {name}", f"Member ID / medical record number: {member_id}"]
    if reference:
        subject.append(f"Reference number: {reference}")
    subject.append(f"Denial letter dated: {letter_date or _blank('DATE OF THE DENIAL LETTER')}")
    if received:
        subject.append(f"Request received by the plan: {received}")
    if decision:
        subject.append(f"Decision date: {decision}")
    if service_date:
        subject.append(f"Date of service: {service_date}")
    subject.append(f"What was denied: {denied}")
    if provider:
        subject.append(f"Requesting provider: {provider}")

    salutation = "Dear Grievance and Appeals Department:" if plan != "erisa_group" else "Dear Plan Administrator:"

    # -- opening ---------------------------------------------------------------------------------------------
    what = {"payment_denial": "to deny payment for", "termination_notice": "to reduce or stop",
            "delay_notice": "to delay a decision on my request for",
            "partial_denial": "to deny in part my request for"}.get(kind, "to deny my request for")
    opening = [f"I disagree with your decision{f' dated {letter_date}' if letter_date else ''} {what} "
               f"{_lc_first(denied)}. {route.filing_law}"]
    fd = _filing_deadline(result)
    if fd is not None and fd.get("due"):
        opening.append(f"I am sending this within the time allowed to file: {_deadline_phrase(fd)}.")
    elif fd is not None:
        opening.append(f"I am sending this within the time the law allows to file{_cite_suffix(fd)}.")
    else:
        opening.append(f"I am sending this within the time allowed to file (deadline: "
                       f"{_blank('DEADLINE TO FILE, FROM YOUR DENIAL LETTER')}).")
    if kind == "grievance_decision":
        opening.append("I ask you to review this decision again and to treat this letter also as notice that I "
                       "intend to pursue the independent review described below.")
    sections = [LetterSection("", opening)]

    if urgent:
        sections.append(LetterSection("Request for expedited review", [
            "My case is urgent: waiting the standard time could seriously jeopardize my life, my health or my "
            "ability to regain maximum function. I ask you to decide this "
            f"{'reconsideration' if plan == 'medicare_advantage' else 'appeal' if plan != 'commercial_hmo' else 'grievance'} "
            f"{route.expedited_within}."
        ]))

    story = _s(member.get("story"))
    if story:
        sections.append(LetterSection("What happened, in my own words",
                                      [p.strip() for p in re.split(r"\n\s*\n", story) if p.strip()]))

    # -- arguments -------------------------------------------------------------------------------------------
    args = [a for a in result.get("arguments") or [] if isinstance(a, Mapping) and _s(a.get("text"))]
    if args:
        sections.append(LetterSection(
            "Why the decision should be changed",
            [a["text"].strip() for a in args], numbered=True,
            subheadings=[_s(a.get("heading")) or "" for a in args]))
    else:
        sections.append(LetterSection("Why the decision should be changed", [
            "The decision should be reversed because " + _blank("EXPLAIN WHY THE DECISION IS WRONG") + "."]))

    # -- requests --------------------------------------------------------------------------------------------
    verb = "pay the claim for" if kind == "payment_denial" else "authorize"
    requests = [f"Reverse your decision and {verb} {_lc_first(denied)}."]
    if urgent:
        requests.append(f"Handle this as an expedited review and decide {route.expedited_within}.")
    if plan in ("medi_cal", "medicaid") and (kind == "termination_notice" or _fact(result, "service_reduced")) \
            and "notice.continuation_of_benefits" not in {a.get("rule_id") for a in args}:
        requests.append("Continue my services without interruption while this appeal is pending (aid paid pending, "
                        "42 CFR § 438.420).")
    raised = {a.get("rule_id") for a in args}
    for a in args:
        r = _s(a.get("request"))
        if r and not _superseded(a, raised):
            requests.append(r.rstrip(".") + ".")
    requests.append("Send me, free of charge, copies of all documents, records and criteria relevant to this "
                    "decision, including my claim file.")
    requests.append(f"Send me your written decision {route.decide_within}.")
    sections.append(LetterSection("What I am asking for", _dedupe(requests), numbered=True))

    sections.append(LetterSection("If this is not resolved", _next_steps(plan, state, self_funded, urgent,
                                                                         category, kind, result)))
    sections.append(LetterSection("", [
        f"Please contact me at {phone}" + (f" or {email}" if email else "") + " if you need anything else to "
        "decide this."
    ]))

    closing = ["Sincerely,", "", "", "______________________________", name, date_line]

    enclosures = [f"Copy of your denial letter{f' dated {letter_date}' if letter_date else ''}"]
    if category in ("medical_necessity", "experimental_investigational") or any(
            (a.get("rule_id") or "").startswith(("notice.clinical_rationale", "second_opinion.")) for a in args):
        enclosures.append("[IF ENCLOSED] Letter from my treating physician supporting this request")
    if category == "experimental_investigational":
        enclosures.append("[IF ENCLOSED] Medical and scientific evidence supporting the requested treatment")
    if any((a.get("rule_id") or "") == "process.retro_denial_of_authorized" for a in args):
        enclosures.append("[IF ENCLOSED] Copy of the authorization you issued before the service")
    enclosures.append("[IF ENCLOSED] Other medical records or letters supporting this request")

    gl = GrievanceLetter(
        title=title, sender=sender, date_line=date_line, recipient=recipient, subject=subject,
        salutation=salutation, sections=sections, closing=closing, enclosures=enclosures,
        plan_type=plan, urgent=urgent,
    )
    gl.blanks = find_blanks(gl.text)
    gl.notes = _notes(gl, result, kind, _iso(sig_date))
    log.debug("drafted grievance letter: %d sections, %d blanks", len(sections), len(gl.blanks))
    return gl


def find_blanks(text: str) -> list[str]:
    """The distinct blank markers in a text, in order of appearance."""
    out: list[str] = []
    for m in BLANK_RE.finditer(text):
        if m.group(0) not in out:
            out.append(m.group(0))
    return out


def _iso(v: Any) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def _notes(gl: GrievanceLetter, result: Mapping, kind: str, sent_on: _dt.date | None = None) -> list[str]:
    notes = []
    if gl.blanks:
        notes.append("Fill in or remove every bracketed blank: " + ", ".join(gl.blanks) + ".")
    fd = _filing_deadline(result)
    due = _iso(fd.get("due")) if fd is not None else None
    if due is not None and due < (sent_on or _dt.date.today()):
        notes.append(f"The filing deadline ({human_date(due.isoformat())}) appears to have passed. Send the letter "
                     "anyway, say why it is late, and ask the plan to accept it; also ask the free help lines listed "
                     "in the letter about your options.")
    elif due is not None:
        notes.append(f"Send it by {human_date(due.isoformat())} at the latest, and keep a copy and proof of sending.")
    else:
        notes.append("Send it as soon as you can, and keep a copy and proof of sending.")
    if kind == "grievance_decision":
        notes.append("Your letter is already a decision on a grievance or appeal: you may be able to go straight to "
                     "the next step described under \"If this is not resolved\" instead of sending this letter.")
    notes.append("This letter was drafted from your denial letter and what you typed. Check every fact, and remove "
                 "any argument you do not agree with. It is not legal advice.")
    return notes
