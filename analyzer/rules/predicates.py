"""The rule predicates: small pure functions ``(ctx, **params) -> Finding``, in one explicit registry.

A predicate sees a letter the engine has already found the rule applies to. It returns raised (with a
plain-words explanation and evidence), passed, not applicable (a finer scope than the catalogue can declare)
or insufficient data (naming the missing fact or field). Patterns follow rules.md's detection notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..context import Context
from ..document import Span
from . import patterns as P
from . import text as T
from .outcome import INSUFFICIENT, NOT_APPLICABLE, PASSED, RAISED
from .timing import decision_limit, elapsed_exceeds


@dataclass(frozen=True)
class Finding:
    status: str
    explanation: str = ""
    reason: str = ""
    evidence: tuple[Span, ...] = ()
    missing: tuple[str, ...] = ()
    severity: str | None = None  # a partial finding may lower the rule's severity
    details: dict[str, Any] = field(default_factory=dict)
    open_facts: tuple[str, ...] = ()  # unanswered facts whose answer could change this outcome


def raised(explanation: str, evidence=(), severity: str | None = None, open_facts=(), **details) -> Finding:
    evidence = evidence if isinstance(evidence, tuple) else tuple(evidence)  # keeps text.LookedIn
    return Finding(RAISED, explanation=explanation, evidence=evidence, severity=severity,
                   details=details, open_facts=tuple(open_facts))


def passed(reason: str, evidence=(), open_facts=(), **details) -> Finding:
    return Finding(PASSED, reason=reason, evidence=tuple(evidence), details=details, open_facts=tuple(open_facts))


def not_applicable(reason: str, open_facts=()) -> Finding:
    return Finding(NOT_APPLICABLE, reason=reason, open_facts=tuple(open_facts))


def insufficient(reason: str, *missing: str) -> Finding:
    return Finding(INSUFFICIENT, reason=reason, missing=tuple(missing), open_facts=tuple(missing))


def _text(ctx: Context) -> str:
    return ctx.document.search_text  # same offsets as .text, safe for regexes


def _reason_hit(ctx: Context) -> tuple[str | None, tuple[Span, ...]]:
    """The letter's stated reason and its evidence (extraction's, else found in the text)."""
    reason = ctx.value("denial_reason")
    if not reason:
        return None, ()
    ev = T.field_evidence(ctx, "denial_reason")
    if not ev:
        i = _text(ctx).find(str(reason)[:60])
        if i >= 0:
            ev = tuple(ctx.document.spans(i, i + len(str(reason))))
    return str(reason), ev


# --- notice content ------------------------------------------------------------------------------------------

def reason_specific(ctx: Context, *, min_words: int = 25) -> Finding:
    reason, ev = _reason_hit(ctx)
    if reason is None:
        return insufficient("the letter's stated reason was not found; confirm the reason sentence", "denial_reason")
    words = len(reason.split())
    from .facts import MH_SUD, SERIOUS

    concrete = (T.find(reason, P.CONCRETE_FACT) or _mentions_diagnosis(ctx, reason) or _mentions_service(ctx, reason)
                or T.find(reason, SERIOUS) or T.find(reason, MH_SUD))
    if concrete or words >= min_words and not T.find(reason, P.BOILERPLATE_REASON_ONLY):
        return passed("the reason names member-specific facts", ev)
    return raised("the letter appears to give only a general reason (\"" + reason.strip()[:160] + "\") without facts "
                  "about this member's request, which the law requires", ev or T.where_looked(ctx, "reason"))


def criteria_cited(ctx: Context) -> Finding:
    text = _text(ctx)
    named = [c for c in (ctx.letter.get("criteria_cited") or []) if isinstance(c, dict) and c.get("value")
             and not T.find(str(c["value"]), P.GENERIC_CRITERIA_ONLY)]
    if named:
        return passed("the letter names the criteria used", T.field_evidence(ctx, "criteria_cited")
                      or tuple(s for c in named for s in _ev(c)))
    hit = T.find(text, P.NAMED_CRITERIA)
    if hit:
        return passed("the letter names the criteria used", T.spans(ctx, hit))
    if ctx.value("plan_type") == "fehb":
        hit = T.find(text, r"\bbrochure\b")
        if hit:
            return passed("the letter cites the FEHB plan brochure", T.spans(ctx, hit))
    # a specific offer of the criteria used; the general "free copies of all documents" sentence is not one
    offer = T.find_in_sentences([x for x in T.sentences(text) if not T.find(x.text, P.DOCUMENTS_BOILERPLATE)],
                                "(?:" + P.CRITERIA_WORD + r")(?=[\s\S]*(?:" + P.COPY_OFFER + "))|(?:" + P.COPY_OFFER
                                + r")(?=[\s\S]*(?:" + P.CRITERIA_WORD + "))")
    generic = T.find(text, P.CRITERIA_WORD)
    if generic and offer:
        return passed("the letter says criteria were used and offers a free copy", T.spans(ctx, offer))
    if generic:
        return raised("the letter refers only to general criteria (\"" + generic.text + "\") without naming the "
                      "guideline or offering a copy, which the law requires", T.spans(ctx, generic), severity="medium")
    return raised("the letter appears to lack any description of the criteria or guideline used for this decision, "
                  "which the law requires", T.where_looked(ctx, "criteria", "reason"))


def _ev(field_obj: dict) -> tuple[Span, ...]:
    out = []
    for e in field_obj.get("evidence") or []:
        if isinstance(e, dict) and {"page", "start", "end"} <= e.keys():
            out.append(Span(int(e["page"]), int(e["start"]), int(e["end"]), str(e.get("text", ""))))
    return tuple(out)


def clinical_rationale(ctx: Context) -> Finding:
    reason, ev = _reason_hit(ctx)
    text = _text(ctx)
    if ctx.value("plan_type") == "erisa_group":
        offer = T.near(text, r"(?:scientific|clinical) judgment|clinical (?:rationale|basis)", P.FREE_ON_REQUEST, 300)
        if offer:
            return passed("the letter offers the clinical explanation free on request", T.spans(ctx, offer))
    if reason is None:
        return insufficient("the letter's stated reason was not found; confirm the reason sentence", "denial_reason")
    hit = T.find(reason, P.CLINICAL_FACT) or _mentions_diagnosis(ctx, reason)
    if not hit and ctx.value("denial_category") == "experimental_investigational":
        hit = T.find(reason, P.SCIENTIFIC)  # the scientific judgment applied to the member's condition
    if hit:
        return passed("the reason applies clinical facts about the member", ev)
    return raised("the letter appears to lack a clinical explanation applying the criteria to the member's own "
                  "condition, which the law requires", ev or T.where_looked(ctx, "reason"))


_GENERIC_DX_WORDS = {"malignant", "neoplasm", "unspecified", "disorder", "disease", "condition", "chronic", "acute",
                     "other", "without", "with", "primary", "secondary", "syndrome", "episode", "right", "left"}


def _mentions_diagnosis(ctx: Context, reason: str) -> T.Hit | None:
    """A diagnosis of the letter (a code or a distinctive word of its name) named in the reason."""
    low = reason.lower()
    for item in T.item_texts(ctx, "diagnoses"):
        for w in item.replace(",", " ").split():
            w = w.strip("().;:").lower()
            if len(w) >= 5 and w not in _GENERIC_DX_WORDS and w in low or (len(w) >= 3 and w[0].isalpha() and
                                                                            any(c.isdigit() for c in w) and w in low):
                i = low.find(w)
                return T.Hit(i, i + len(w), reason[i:i + len(w)])
    return None


_GENERIC_SERVICE_WORDS = {"service", "services", "office", "visit", "consultation", "complex", "moderate", "medically",
                          "medical", "necessary", "requested", "request", "covered", "approved", "denied", "treatment",
                          "therapy", "management", "monitored", "supplies", "equipment", "procedure", "outpatient",
                          "inpatient", "evaluation", "complexity", "initial", "additional", "health", "minutes"}


def _mentions_service(ctx: Context, reason: str) -> T.Hit | None:
    low = reason.lower()
    for item in T.item_texts(ctx, "services"):
        for w in item.replace(",", " ").split():
            w = w.strip("().;:").lower()
            if len(w) >= 6 and w not in _GENERIC_DX_WORDS and w not in _GENERIC_SERVICE_WORDS and w in low:
                i = low.find(w)
                return T.Hit(i, i + len(w), reason[i:i + len(w)])
    return None


def reviewer_contact(ctx: Context) -> Finding:
    text = _text(ctx)
    name = ctx.value("reviewer.name")
    phone = ctx.value("reviewer.phone")
    if not name:
        h = T.find(text, P.REVIEWER_LINE)
        name = h.text if h else None
    if not name:
        return raised("the letter appears to lack the name of the health professional responsible for the decision, "
                      "which Cal. HSC § 1367.01 requires in the provider's copy", T.where_looked(ctx, "reviewer"))
    if not phone:
        near = T.near(text, P.REVIEWER_LINE, T.PHONE.pattern, 250)
        if near:
            ph = T.find(text, T.PHONE, near.start, min(len(text), near.end + 250))
            phone = ph.text if ph else None
    if not phone:
        return raised("the letter names the reviewer but appears to lack a direct telephone number, which Cal. HSC "
                      "§ 1367.01 requires in the provider's copy", T.field_evidence(ctx, "reviewer.name")
                      or T.where_looked(ctx, "reviewer"))
    d = T.digits(str(phone))
    if d in P.GENERIC_PLAN_NUMBERS or len(T.find_all(text, d[-4:])) >= 4:
        return raised("the only number given for the reviewer is a general member-services line, not a direct "
                      "number or extension as Cal. HSC § 1367.01 requires", T.field_evidence(ctx, "reviewer.phone")
                      or T.where_looked(ctx, "reviewer"), severity="medium")
    return passed("reviewer name and direct number are given", T.field_evidence(ctx, "reviewer.phone"))


def plan_provision(ctx: Context) -> Finding:
    text = _text(ctx)
    hit = T.find(text, P.PROVISION_REF)
    if not hit and ctx.value("plan_type") in ("medi_cal", "medicaid"):
        hit = T.find(text, P.REGULATION_REF)
    if hit:
        return passed("the letter cites the plan provision or rule relied on", T.spans(ctx, hit))
    return raised("the letter appears to lack a reference to the specific plan provision (Evidence of Coverage or "
                  "plan document section) relied on, which the law requires", T.where_looked(ctx, "reason"))


def grievance_rights(ctx: Context) -> Finding:
    text = _text(ctx)
    hit = T.near(text, P.APPEAL_WORD, P.CHANNEL, 500)
    if hit:
        return passed("the letter explains how to file and where", T.spans(ctx, hit))
    word = T.find(text, P.APPEAL_WORD)
    if word:
        return raised("the letter mentions an appeal or grievance but appears to give no way to file it (phone, "
                      "address or website), which the law requires", T.spans(ctx, word), severity="medium")
    return raised("the letter appears to lack any explanation of how to file a grievance or appeal, which the law "
                  "requires", T.where_looked(ctx, "appeal_rights"))


MIN_APPEAL_DAYS = {"commercial_hmo": 180, "erisa_group": 180, "medicare_advantage": 60, "medi_cal": 60,
                   "medicaid": 60, "fehb": 180}
NEXT_LEVEL = {"commercial_hmo": P.EXTERNAL_WORD, "erisa_group": P.EXTERNAL_WORD, "medi_cal": P.EXTERNAL_WORD,
              "medicaid": P.EXTERNAL_WORD}


def appeal_deadline(ctx: Context) -> Finding:
    pt = ctx.value("plan_type")
    if pt not in MIN_APPEAL_DAYS:
        return insufficient("the plan type is unknown, so the legal minimum cannot be told", "plan_type")
    text = _text(ctx)
    if ctx.value("letter_kind") == "grievance_decision":
        if pt not in NEXT_LEVEL:
            return not_applicable(f"plan type {pt}: the next level is automatic or set by the plan brochure")
        if not T.find(text, NEXT_LEVEL[pt]):
            return not_applicable("the letter describes no next level of review at all; notice.external_review covers it")
        hit = T.near(text, NEXT_LEVEL[pt], P.DEADLINE, 300)
        if hit:
            return passed("the letter gives the time limit for the next level of review", T.spans(ctx, hit))
        return raised("the letter appears to lack the time limit for asking for the next level of review, which the "
                      "law requires", T.where_looked(ctx, "external_review", "appeal_rights"))
    minimum = MIN_APPEAL_DAYS[pt]
    stated = ctx.value("stated_appeal_deadline_days")
    found = P.first_level_deadline(text)
    ev = T.field_evidence(ctx, "stated_appeal_deadline_days")
    if stated in (None, ""):
        if found is None:
            return raised(f"the letter appears to lack a deadline for filing an appeal or grievance; the law allows at "
                          f"least {minimum} days", T.where_looked(ctx, "appeal_rights"), minimum_days=minimum)
        stated, hit = found
        ev = T.spans(ctx, hit)
    stated = int(stated)
    ok_min = 60 if pt == "medicare_advantage" else minimum
    if stated < ok_min:
        return raised(f"the letter gives {stated} days to appeal, but the law allows at least {minimum} days",
                      ev or T.where_looked(ctx, "appeal_rights"), stated_days=stated, minimum_days=minimum)
    wrong_start = T.find_in_sentences([s for s in T.sentences(text) if T.find(s.text, P.APPEAL_WORD)
                                       and not T.find(s.text, r"\bclaims?\b")], P.DEADLINE_FROM_SERVICE)
    if wrong_start:
        return raised("the letter counts the appeal period from the date of service, earlier than the law allows "
                      "(it runs from the notice)", T.spans(ctx, wrong_start), stated_days=stated, minimum_days=minimum)
    return passed(f"the letter gives {stated} days (legal minimum {minimum})", ev)


def external_review(ctx: Context) -> Finding:
    pt, kind = ctx.value("plan_type"), ctx.value("letter_kind")
    if pt == "erisa_group" and kind != "grievance_decision" and ctx.fact("grandfathered_plan") is True:
        return not_applicable("grandfathered ERISA plan: the initial notice need not describe external review")
    hit = T.find(_text(ctx), P.EXTERNAL_WORD)
    if hit:
        return passed("the letter describes the outside review route", T.spans(ctx, hit))
    route = {"commercial_hmo": "Independent Medical Review (IMR) or external review", "erisa_group": "external review",
             "medicare_advantage": "review by the Independent Review Entity", "medi_cal": "a State Hearing and IMR",
             "medicaid": "a State fair hearing", "fehb": "review by OPM"}.get(pt, "external review")
    return raised(f"the letter appears to lack any description of {route}, which the law requires",
                  T.where_looked(ctx, "external_review", "appeal_rights"),
                  open_facts=("grandfathered_plan",) if pt == "erisa_group" and ctx.fact("grandfathered_plan") is None
                  else ())


def dmhc_statement(ctx: Context) -> Finding:
    text = _text(ctx)
    parts = {name: T.find(text, rx) for name, rx in P.DMHC_PARTS.items()}
    anchor = parts["Department of Managed Health Care"]
    if anchor and parts["the DMHC toll-free number 1-888-466-2219"]:
        anchor = parts["the DMHC toll-free number 1-888-466-2219"]  # the statement itself, not a passing mention
    if anchor:
        lo, hi = max(0, anchor.start - 1500), min(len(text), anchor.end + 1500)
        dmhc = {T.digits(x) for x in ("1-888-466-2219", "1-877-688-9891")}
        plan_phone = next((p for p in T.phones(text[lo:hi]) if T.digits(p.text) not in dmhc), None)
        parts["the plan's phone number"] = T.Hit(lo + plan_phone.start, lo + plan_phone.end, plan_phone.text) \
            if plan_phone else None
    else:
        parts["the plan's phone number"] = None
    missing = [k for k, v in parts.items() if v is None]
    found = [v for v in parts.values() if v is not None]
    if not missing:
        return passed("the DMHC statement has all its contact items", T.spans(ctx, anchor))
    if not found:
        return raised("the letter appears to lack the California Department of Managed Health Care statement "
                      "(phone 1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov), which Cal. HSC § 1368.02 requires",
                      T.where_looked(ctx, "appeal_rights", "external_review"))
    return raised("the DMHC statement appears incomplete: it lacks " + ", ".join(missing) + ", which Cal. HSC "
                  "§ 1368.02 requires", T.spans(ctx, *(found[:3])), severity="medium", missing_items=missing)


def expedited_review(ctx: Context) -> Finding:
    hit = T.near(_text(ctx), P.EXPEDITED_WORD, P.APPEAL_WORD + r"|\breview\b|\brevisi[óo]n\b", 300)
    if hit:
        return passed("the letter describes expedited (urgent) review", T.spans(ctx, hit))
    return raised("the letter appears to lack a description of expedited (fast) review for urgent cases, which the "
                  "law requires", T.where_looked(ctx, "expedited_review", "appeal_rights"))


def language_assistance(ctx: Context, *, ca_min_languages: int = 10) -> Finding:
    text = _text(ctx)
    langs = P.tagline_languages(text)
    generic = T.find(text, P.LANGUAGE_HELP)
    ev = T.spans(ctx, generic) if generic else T.where_looked(ctx, "taglines")
    # OCR reads only Latin scripts here (eng+spa), so taglines in Chinese, Armenian, Khmer... vanish from a scan:
    # on such pages an absent or short tagline list is not evidence that the letter lacks them.
    ocr_doubt = [p.number for p in ctx.document.pages if p.source == "ocr"
                 and (p.ocr_confidence is None or p.ocr_confidence < 75 or "\ufffd" in p.text)]
    answer = ctx.fact("language_help_page")
    if not langs and not generic:
        if answer is True:
            return passed("the member says the letter includes a language-help page (it was not readable here)",
                          T.where_looked(ctx, "taglines"))
        if ocr_doubt and answer is None:
            return insufficient("no language-assistance notice was read, but pages "
                                f"{', '.join(map(str, ocr_doubt))} were read from a scan whose text recognition "
                                "cannot read non-Latin scripts; check the letter's language-help page", "language_help_page")
        return raised("the letter appears to lack any notice that free language help or interpreters are "
                      "available, which the law requires", T.where_looked(ctx, "taglines"))
    if ctx.value("state") == "CA" and ctx.value("plan_type") in ("commercial_hmo", "medi_cal") \
            and len(langs) < ca_min_languages and ctx.document.ocr_pages:
        return passed(f"language-assistance notice present ({len(langs)} languages read; the page was read from "
                      "a scan, where non-Latin taglines cannot be counted)", ev, languages=sorted(langs))
    if ctx.value("state") == "CA" and ctx.value("plan_type") in ("commercial_hmo", "medi_cal") \
            and len(langs) < ca_min_languages:
        return raised(f"the letter has language-assistance taglines in only {len(langs)} language(s); California "
                      "requires them in the languages most spoken in the state (about 15)", ev, severity="low",
                      languages=sorted(langs))
    return passed(f"language-assistance notice present ({len(langs)} languages)", ev, languages=sorted(langs))


def claim_identification(ctx: Context) -> Finding:
    text = _text(ctx)
    missing = []
    codes = T.near(text, P.CODES_WORD, P.FREE_ON_REQUEST, 250)
    if not codes:
        missing.append("a statement that diagnosis and treatment codes are available on request")
    if ctx.value("letter_kind") == "payment_denial" and missing:
        # date, provider and amount are owed "if applicable" and often sit on an attached EOB: reported with the
        # missing codes statement, not alone
        if not (ctx.value("dates.service") or T.find(text, r"\bdates? of service\b|\bDOS\b")):
            missing.append("the date of service")
        if not T.find(text, P.MONEY):
            missing.append("the claim amount")
        if not (ctx.value("requesting_provider") or T.find(text, P.PROVIDER_WORD)):
            missing.append("the provider")
    if not missing:
        return passed("the claim is identified and codes are offered", T.spans(ctx, codes))
    return raised("the letter appears to lack " + "; ".join(missing) + ", which the ACA claims rule requires",
                  T.spans(ctx, codes) if codes else T.where_looked(ctx, "header", "body"),
                  severity="medium" if len(missing) == 1 and codes is None else None, missing_items=missing)


def consumer_assistance(ctx: Context) -> Finding:
    hit = T.find(_text(ctx), P.CONSUMER_ASSISTANCE) or T.find_in_sentences(
        [s for s in T.sentences(_text(ctx)) if T.find(s.text, P.CONSUMER_HELP)
         and not T.find(s.text, r"external review|independent review")], P.CONSUMER_REGULATOR)
    if hit:
        return passed("the letter names a consumer assistance program", T.spans(ctx, hit))
    return raised("the letter appears to lack the contact for a consumer assistance program or ombudsman, which the "
                  "ACA claims rule requires", T.where_looked(ctx, "appeal_rights"))


def documents_access(ctx: Context, *, initial_plan_types: tuple[str, ...] | list[str] = ()) -> Finding:
    pt, kind = ctx.value("plan_type"), ctx.value("letter_kind")
    if kind in ("initial_denial", "partial_denial") and pt not in initial_plan_types:
        return not_applicable(f"plan type {pt}: the documents statement is required in appeal decisions")
    if pt in ("medicare_advantage", "fehb") and kind != "grievance_decision":
        return not_applicable(f"plan type {pt}: checked only in appeal (reconsideration) decisions")
    hit = T.near(_text(ctx), P.DOCUMENTS_WORD, P.FREE_ON_REQUEST, 200)
    if hit:
        return passed("the letter offers free copies of the documents relied on", T.spans(ctx, hit))
    return raised("the letter appears to lack a statement that you may get free copies of the documents, records and "
                  "criteria used, which the law requires", T.where_looked(ctx, "appeal_rights"))


def continuation_of_benefits(ctx: Context) -> Finding:
    kind = ctx.value("letter_kind")
    # every Medicaid adverse-benefit notice carries the continuation content (§ 438.404(b)); for an appeal
    # decision it matters only when an ongoing service is cut
    if kind == "grievance_decision":
        red = ctx.fact("service_reduced")
        if red is None:
            return not_applicable("the letter does not reduce or stop a service already being given",
                                  open_facts=("service_reduced",))
        if red is False:
            return not_applicable("the member says no ongoing service was reduced or stopped")
    hit = T.find(_text(ctx), P.CONTINUATION)
    if hit:
        return passed("the letter explains how to keep services during the appeal", T.spans(ctx, hit))
    return raised("the letter appears to lack an explanation of your right to keep getting the service during the "
                  "appeal (aid paid pending, ask within 10 days), which 42 CFR § 438.404 and § 438.420 require",
                  T.where_looked(ctx, "appeal_rights"))


def delay_requirements(ctx: Context) -> Finding:
    text = _text(ctx)
    missing = []
    sents = [s for s in T.sentences(text) if not T.find(s.text, P.APPEAL_WORD + "|" + P.EXTERNAL_WORD)]
    what = T.find_in_sentences(sents, P.DELAY_WHAT)
    when = T.find_in_sentences([s for s in sents if T.find(s.text, r"\bdecid\w*|\bdecision|\bdetermination|\brespond")],
                               P.DELAY_WHEN)
    if not what:
        missing.append("what information, expert review or test is needed")
    if not when:
        missing.append("the date by which a decision is expected")
    if ctx.value("plan_type") in ("medicare_advantage", "medicaid", "medi_cal") and not T.find(text, P.APPEAL_WORD):
        missing.append("the right to file a grievance about the delay")
    if not missing:
        return passed("the delay notice states what is needed and when a decision is expected", T.spans(ctx, what, when))
    return raised("the delay notice appears to lack " + "; ".join(missing) + ", which the law requires",
                  T.spans(ctx, what, when) or T.where_looked(ctx, "body"), missing_items=missing)


# --- process ---------------------------------------------------------------------------------------------------

def reviewer_not_physician(ctx: Context) -> Finding:
    text = _text(ctx)
    auto = T.find(text, P.AUTOMATED)
    physician_said = T.find(text, P.PHYSICIAN_REVIEWED)
    cred = str(ctx.value("reviewer.credentials") or "")
    ev = T.field_evidence(ctx, "reviewer.credentials") or T.field_evidence(ctx, "reviewer.name")
    if auto and not physician_said:
        return raised("the letter says the decision was made by an automated system with no physician review; a "
                      "licensed physician or competent professional must decide medical necessity", T.spans(ctx, auto))
    if cred and T.find(cred, P.CLINICIAN_CRED):
        return passed(f"the decision was made by a licensed clinician ({cred})", ev)
    if cred and T.find(cred, P.NONCLINICAL_CRED) or T.find(text, P.NONCLINICAL_SIGNER) and not cred:
        if physician_said:
            return passed("the letter states a physician reviewed the request", T.spans(ctx, physician_said))
        hit = T.find(text, P.NONCLINICAL_SIGNER)
        return raised("the decision appears to have been made and signed by a non-physician (" + (cred or hit.text)
                      + ") with no physician reviewer identified; the law requires a physician or competent licensed "
                      "professional to decide medical necessity", ev or T.spans(ctx, hit))
    if physician_said:
        return passed("the letter states a physician reviewed the request", T.spans(ctx, physician_said))
    return insufficient("no reviewer is identified in the letter; ask the plan who decided", "reviewer.credentials")


def decision_untimely(ctx: Context, *, second_opinion: bool = False) -> Finding:
    received = ctx.value("dates.request_received")
    decided = ctx.value("dates.decision") or ctx.value("dates.letter")
    if not received:
        return insufficient("the date the plan received the request is unknown (enter it to check timeliness)",
                            "dates.request_received")
    if not decided:
        return insufficient("the decision date is unknown", "dates.decision")
    if ctx.value("plan_type") not in ("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid",
                                      "fehb"):
        return insufficient("the plan type is unknown, so the legal time frame cannot be told", "plan_type")
    limit = decision_limit(ctx, second_opinion=second_opinion)
    if limit is None:
        return not_applicable("no verified decision time frame for this plan type and letter kind")
    late, elapsed = elapsed_exceeds(date.fromisoformat(received), date.fromisoformat(decided), limit,
                                    ctx.value("state"))
    ev = T.field_evidence(ctx, "dates.request_received") + T.field_evidence(ctx, "dates.decision")
    details = {"limit": limit.describe(), "elapsed": elapsed, "received": received, "decided": decided}
    if late:
        sev = limit.severity or None
        return raised(f"the plan received the request on {received} and decided on {decided} ({elapsed}); the limit "
                      f"is {limit.describe()}", ev or T.where_looked(ctx, "header"), severity=sev,
                      open_facts=limit.open_facts, **details)
    return passed(f"decided in {elapsed} (limit {limit.describe()})", ev, open_facts=limit.open_facts, **details)


def retro_denial(ctx: Context) -> Finding:
    svc, letter_date = ctx.value("dates.service"), ctx.value("dates.letter") or ctx.value("dates.decision")
    if ctx.value("letter_kind") == "grievance_decision" and not (svc and (not letter_date or svc <= letter_date)):
        return not_applicable("appeal about a service not yet given: nothing was rendered under an authorization")
    auth = ctx.fact("authorized_before_service")
    f = ctx.facts.get("authorized_before_service")
    resc = T.find(_text(ctx), P.RESCISSION)
    if auth is True:
        ev = (f.evidence if f else ()) + T.spans(ctx, resc)
        return raised("the service appears to have been authorized before it was given, and payment was then denied; "
                      "an authorization cannot be taken back after the service is given in good faith",
                      ev or T.where_looked(ctx, "reason"))
    if auth is False:
        return passed("the member says the service was not authorized in advance")
    return insufficient("unknown whether the plan authorized the service before it was given",
                        "authorized_before_service")


def emergency_prior_auth(ctx: Context) -> Finding:
    cat = ctx.value("denial_category")
    hindsight = T.find_in_sentences(T.member_sentences(_text(ctx)), P.HINDSIGHT)
    em = ctx.fact("emergency_care")
    f = ctx.facts.get("emergency_care")
    if em is False:
        return passed("the member says the care was not emergency care")
    if cat == "medical_necessity":
        if hindsight:
            return raised("emergency care appears to have been judged in hindsight (\"" + hindsight.text + "\") rather "
                          "than by the symptoms a prudent layperson had", T.spans(ctx, hindsight))
        return passed("no hindsight (final-diagnosis) reasoning about emergency care found")
    if em is True:
        ev = (f.evidence if f else ()) + T.spans(ctx, hindsight)
        return raised("emergency care appears to have been denied for lack of prior authorization or because the "
                      "provider was out of network; emergency care needs neither", ev or T.where_looked(ctx, "reason"))
    return insufficient("unknown whether the care was emergency care", "emergency_care")


# --- second opinions -------------------------------------------------------------------------------------------

TRIGGERS = ("surgery_proposed", "serious_condition", "diagnosis_uncertain", "treatment_not_working",
            "member_concerns")
TRIGGER_WORDS = {
    "surgery_proposed": "surgery was recommended (situation 1)",
    "serious_condition": "the condition is serious or life-threatening (situation 2)",
    "diagnosis_uncertain": "the diagnosis is unclear or in doubt (situation 3)",
    "treatment_not_working": "the treatment is not improving the condition (situation 4)",
    "member_concerns": "the member has serious concerns about the diagnosis or plan of care (situation 5)",
}


def _triggers(ctx: Context) -> tuple[list[str], list[Span], list[str]]:
    present, ev, unknown = [], [], []
    for t in TRIGGERS:
        v = ctx.fact(t)
        if v is True:
            present.append(t)
            ev.extend(ctx.facts[t].evidence)
        elif v is None:
            unknown.append(t)
    return present, ev, unknown


def so_eligible_denied(ctx: Context) -> Finding:
    present, ev, unknown = _triggers(ctx)
    offer = P.second_opinion_offer(ctx)
    if offer.qualified:
        return passed("an in-network second opinion of the same or equivalent specialty was offered",
                      T.spans(ctx, offer.hit))
    if not present:
        if unknown:
            return insufficient("no § 1383.15 situation is stated in the letter; the member's answers decide",
                                *unknown)
        return passed("the member reports none of the § 1383.15 situations")
    return raised("the second opinion was refused although " + "; ".join(TRIGGER_WORDS[t] for t in present)
                  + ", which Cal. HSC § 1383.15 makes grounds for a second opinion", ev
                  or T.where_looked(ctx, "reason"), triggers=present)


def so_invalid_reason(ctx: Context) -> Finding:
    present, ev, unknown = _triggers(ctx)
    reason, rev = _reason_hit(ctx)
    scope = reason or "\n".join(s.text for s in T.member_sentences(_text(ctx))
                                if T.find(s.text, r"\b(?:denied|deny|not approve|cannot approve|unable to approve|because)\b"))
    bad = T.find(scope, P.SO_INVALID_REASON)
    offer = P.second_opinion_offer(ctx)
    if not bad and not offer.qualified:
        bad = T.find(scope, P.SO_AVAILABLE_IN_NETWORK)
    if not bad:
        return passed("the stated reason is not one the law rules out")
    i = _text(ctx).find(bad.text)
    hit_ev = tuple(ctx.document.spans(i, i + len(bad.text))) if i >= 0 else rev
    if not present:
        if unknown:
            return insufficient("the reason given is doubtful, but no § 1383.15 situation is stated; the member's "
                                "answers decide", *unknown)
        return passed("the member reports none of the § 1383.15 situations")
    return raised("the refusal rests on a reason (\"" + bad.text + "\") that Cal. HSC § 1383.15 does not allow when "
                  + "; ".join(TRIGGER_WORDS[t] for t in present), hit_ev or T.where_looked(ctx, "reason"),
                  triggers=present, stated_reason=bad.text)


def so_no_qualified_in_network(ctx: Context) -> Finding:
    offer = P.second_opinion_offer(ctx)
    member_says = ctx.fact("qualified_in_network_offered")
    if member_says is False and offer.kind != "none":
        return raised("the member reports that the in-network doctor offered lacks expertise in the condition",
                      T.spans(ctx, offer.hit) or T.where_looked(ctx, "reason"))
    if offer.qualified or member_says is True:
        return passed("an in-network second opinion of the same or equivalent specialty was offered",
                      T.spans(ctx, offer.hit))
    if offer.kind == "same_provider":
        return raised("the letter offers only the same doctor or department that gave the first opinion, not an "
                      "appropriately qualified second clinician", T.spans(ctx, offer.hit), offer=offer.kind)
    return raised("the second opinion was refused without offering an appropriately qualified in-network "
                  "clinician, which Cal. HSC § 1383.15 requires (or an outside one if none exists)",
                  T.where_looked(ctx, "reason"), offer=offer.kind)


def so_untimely(ctx: Context) -> Finding:
    f = decision_untimely(ctx, second_opinion=True)
    if f.status == RAISED and f.severity == "low":
        # non-urgent: § 1383.15 sets no fixed number; the 5-business-day rule is checked by process.decision_untimely
        return passed("non-urgent request: § 1383.15 sets no fixed time (only 'expeditiously'); ask the plan for its "
                      "filed second-opinion timelines", f.evidence, open_facts=("imminent_threat",), **f.details)
    return f


# --- substance -------------------------------------------------------------------------------------------------

def mh_parity(ctx: Context) -> Finding:
    mh = ctx.fact("mh_sud_service")
    if mh is None:
        return not_applicable("the denied service does not appear to be mental health or substance use treatment",
                              open_facts=("mh_sud_service",))
    if mh is False:
        return not_applicable("the member says the service is not mental health or substance use treatment")
    text = _text(ctx)
    bad = T.find(text, P.PROPRIETARY_CRITERIA)
    good = T.find(text, P.ASSOCIATION_CRITERIA)
    if bad and not good:
        return raised("the mental health / substance use denial relies on \"" + bad.text + "\" rather than the "
                      "nonprofit professional-association criteria (such as ASAM or LOCUS) that Cal. HSC § 1374.721 "
                      "requires", T.spans(ctx, bad), criteria=bad.text)
    if good:
        return passed("the letter applies nonprofit professional-association criteria", T.spans(ctx, good))
    return raised("the mental health / substance use denial names no criteria, so it cannot be confirmed that the "
                  "nonprofit-association criteria required by Cal. HSC § 1374.721 were used",
                  T.where_looked(ctx, "criteria", "reason"), severity="medium")


def medicare_internal_criteria(ctx: Context) -> Finding:
    text = _text(ctx)
    internal = T.find(text, P.INTERNAL_CRITERIA_MA)
    medicare_rule = T.find(text, P.MEDICARE_RULE)
    if internal and not medicare_rule:
        return raised("the Medicare Advantage denial relies on \"" + internal.text + "\" and cites no Medicare "
                      "coverage rule (NCD, LCD or regulation); internal criteria are allowed only where Medicare "
                      "criteria are not fully established", T.spans(ctx, internal), criteria=internal.text)
    if medicare_rule:
        return passed("the letter cites a Medicare coverage rule", T.spans(ctx, medicare_rule))
    return passed("no internal (non-Medicare) criteria named")


def medicare_transition(ctx: Context) -> Finding:
    enrolled = ctx.fact("enrolled_last_90_days")
    active = ctx.fact("active_treatment")
    ev = tuple(s for fid in ("enrolled_last_90_days", "active_treatment") if fid in ctx.facts
               for s in ctx.facts[fid].evidence)
    if enrolled is False or active is False:
        return passed("not within a new enrollee's 90-day transition for an ongoing course of treatment")
    missing = [k for k, v in (("enrolled_last_90_days", enrolled), ("active_treatment", active)) if v is None]
    if missing:
        return insufficient("whether the member joined within 90 days and was in active treatment is unknown",
                            *missing)
    return raised("the prior-authorization denial falls within the 90-day transition period for a new enrollee's "
                  "ongoing course of treatment, when the plan may not require prior authorization",
                  ev or T.where_looked(ctx, "reason"))


def terminal_illness_rights(ctx: Context) -> Finding:
    serious = ctx.fact("life_threatening")
    if serious is False:
        return not_applicable("the member says the condition is not life-threatening or seriously debilitating")
    if serious is None:
        return insufficient("unknown whether the condition is life-threatening or seriously debilitating",
                            "life_threatening")
    text = _text(ctx)
    missing = []
    if not T.find(text, P.SCIENTIFIC):
        missing.append("the specific medical and scientific reasons")
    if not T.find(text, P.ALTERNATIVES):
        missing.append("a description of covered alternative treatments")
    if not T.find(text, r"Independent Medical Review|\bIMR\b|external (?:independent )?review|Revisi[óo]n M[ée]dica "
                        r"Independiente"):
        missing.append("notice of the right to Independent Medical Review")
    if T.find(text, P.TERMINAL) and not T.find(text, r"\bconference\b"):
        missing.append("an offer of a conference to discuss the denial")
    if not missing:
        return passed("the letter gives the reasons, alternatives and review rights")
    return raised("for a life-threatening condition the letter appears to lack " + "; ".join(missing)
                  + ", which Cal. HSC §§ 1368.1 and 1370.4 require", T.where_looked(ctx, "reason", "external_review"),
                  missing_items=missing)


def no_timely_in_network(ctx: Context, *, specialist_days: int = 15, primary_days: int = 10,
                         mental_health_days: int = 10, urgent_hours: int = 96) -> Finding:
    text = _text(ctx)
    cat = ctx.value("denial_category")
    claim = T.find(text, P.AVAILABLE_IN_NETWORK)
    if cat == "no_prior_authorization" and not claim:
        return not_applicable("not an outside-referral denial")
    offer = P.second_opinion_offer(ctx)
    if offer.kind == "none" or offer.kind == "same_provider":
        said = "says care is available in network but " if claim else ""
        return raised(f"the letter {said}appears to name no in-network provider and offer no appointment, as the "
                      "timely-access rules require", T.spans(ctx, claim) or T.where_looked(ctx, "reason"))
    if offer.when is None:
        return raised("the letter names an in-network provider but offers no appointment date, so it cannot show the "
                      "timely-access standard is met", T.spans(ctx, offer.hit), severity="medium")
    received = ctx.value("dates.request_received") or ctx.value("dates.letter")
    if not received:
        return insufficient("the request date is unknown", "dates.request_received")
    from ..deadlines import business_days_between

    # the urgent-appointment standard needs the member's word that the condition is urgent; an expedited
    # authorization review alone does not make the follow-up appointment urgent care
    f = ctx.facts.get("imminent_threat")
    urgent = bool(f and f.source == "member" and f.value is True)
    days = business_days_between(date.fromisoformat(received), offer.when, ctx.value("state"))
    if urgent:
        limit, unit, over = urgent_hours, "hours", (offer.when - date.fromisoformat(received)).days * 24 > urgent_hours
    else:
        limit = mental_health_days if ctx.fact("mh_sud_service") else specialist_days
        unit, over = "business days", days > limit
    if over:
        return raised(f"the in-network appointment offered ({offer.when.isoformat()}) is later than the timely-access "
                      f"standard of {limit} {unit} from the request", T.spans(ctx, offer.hit))
    return passed(f"in-network appointment offered within {limit} {unit}", T.spans(ctx, offer.hit))


PREDICATES: dict[str, Callable[..., Finding]] = {
    "reason_specific": reason_specific,
    "criteria_cited": criteria_cited,
    "clinical_rationale": clinical_rationale,
    "reviewer_contact": reviewer_contact,
    "plan_provision": plan_provision,
    "grievance_rights": grievance_rights,
    "appeal_deadline": appeal_deadline,
    "external_review": external_review,
    "dmhc_statement": dmhc_statement,
    "expedited_review": expedited_review,
    "language_assistance": language_assistance,
    "claim_identification": claim_identification,
    "consumer_assistance": consumer_assistance,
    "documents_access": documents_access,
    "continuation_of_benefits": continuation_of_benefits,
    "delay_requirements": delay_requirements,
    "reviewer_not_physician": reviewer_not_physician,
    "decision_untimely": decision_untimely,
    "retro_denial": retro_denial,
    "emergency_prior_auth": emergency_prior_auth,
    "so_eligible_denied": so_eligible_denied,
    "so_invalid_reason": so_invalid_reason,
    "so_no_qualified_in_network": so_no_qualified_in_network,
    "so_untimely": so_untimely,
    "mh_parity": mh_parity,
    "medicare_internal_criteria": medicare_internal_criteria,
    "medicare_transition": medicare_transition,
    "terminal_illness_rights": terminal_illness_rights,
    "no_timely_in_network": no_timely_in_network,
}
