"""Facts the rules need beyond the letter fields: member answers (stable ids) plus what the letter itself states.

``FACTS`` is the public table of fact ids: the app asks these questions, the bulk API takes them as columns
(``"yes"``/``"no"``/``"true"``/``"false"`` strings are accepted). A member's answer always wins over what the
letter suggests. A fact the letter does not state stays unknown (``None``): absence of the word "cancer" does
not mean the condition is not serious, so only member answers set a fact to False.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..context import Context, Fact, Section
from ..document import Document
from . import text as T

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FactSpec:
    id: str
    question: str  # plain words, asked of the member
    kind: str = "bool"  # bool | date | text
    help: str = ""


FACTS: dict[str, FactSpec] = {f.id: f for f in (
    FactSpec("serious_condition", "Is the condition life-threatening or serious (for example cancer, or a risk of "
             "losing a limb or a major body function), or a serious long-term (chronic) condition?"),
    FactSpec("life_threatening", "Is the condition life-threatening, terminal, or seriously debilitating (for "
             "example cancer)?"),
    FactSpec("surgery_proposed", "Has a doctor recommended surgery or another procedure that you question?"),
    FactSpec("diagnosis_uncertain", "Is your diagnosis unclear, have test results conflicted, or has your doctor "
             "been unable to find a diagnosis?"),
    FactSpec("treatment_not_working", "Has the treatment you are getting not improved your condition in the "
             "time expected?"),
    FactSpec("member_concerns", "Do you have serious concerns about the diagnosis or the plan of care (for "
             "example, you raised them with your doctor or tried the care plan)?"),
    FactSpec("imminent_threat", "Could waiting the normal time seriously harm your health (severe pain, or a risk "
             "to your life, a limb or a major body function)?"),
    FactSpec("authorized_before_service", "Did the plan approve (authorize) this service before you received it?"),
    FactSpec("provider_copy", "Is this the copy of the letter sent to your doctor or another provider (rather "
             "than your own copy)?"),
    FactSpec("self_funded", "Is your employer's plan self-funded (the employer pays claims and Kaiser only "
             "administers the plan)?", help="Your plan documents or your employer's benefits office can tell you."),
    FactSpec("grandfathered_plan", "Do your plan documents say the plan is a 'grandfathered health plan'?"),
    FactSpec("enrolled_last_90_days", "Did you join this Medicare Advantage plan within 90 days before the "
             "service was given?"),
    FactSpec("active_treatment", "Were you in the middle of an ongoing course of treatment (for example "
             "chemotherapy, dialysis or a series of therapy visits) when you joined the plan?"),
    FactSpec("emergency_care", "Was the care given in an emergency (emergency room, ambulance or 911)?"),
    FactSpec("mh_sud_service", "Is the denied service treatment for a mental health condition or a substance "
             "use disorder?"),
    FactSpec("qualified_in_network_offered", "Did the plan offer you an in-network doctor who has expertise in "
             "your specific condition for the second opinion?"),
    FactSpec("language_help_page", "Does your letter include a page that says, in several languages, that free "
             "interpreter or translation help is available?"),
    FactSpec("service_reduced", "Does the letter reduce, stop or end a service you were already getting?"),
)}

_TRUE = {"yes", "y", "true", "t", "1", "si", "sí"}
_FALSE = {"no", "n", "false", "f", "0"}


def coerce(fact_id: str, value: Any) -> Any:
    """A member answer as a Python value: bools from yes/no strings; None for blank/unknown."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from a CSV column
        return None
    spec = FACTS.get(fact_id)
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("", "unknown", "not sure", "none", "nan", "null", "?"):
            return None
        if spec is None or spec.kind == "bool":
            if v in _TRUE:
                return True
            if v in _FALSE:
                return False
            if spec is not None:
                raise ValueError(f"fact {fact_id!r}: expected yes/no, got {value!r}")
        return value.strip()
    if isinstance(value, (int,)) and spec is not None and spec.kind == "bool":
        return bool(value)
    return value


# --- what the letter itself states ----------------------------------------------------------------------
# Each detector returns a Hit (the words that show the fact) or None. Patterns come from rules.md's detection
# notes and ordinary clinical/plan wording.

LIFE_THREATENING = (r"\b(?:cancer|tumou?r|malignan\w*|carcinoma|sarcoma|lymphoma|leuk[ae]mia|melanoma|myeloma|metasta\w*"
           r"|glioblastoma|glioma|neoplasm|transplant\w*|stroke|heart failure|cardiac|aneurysm|amyotrophic"
           r"|\bALS\b|multiple sclerosis|life[- ]threatening|terminal(?:ly)? ill\w*|hospice|stage (?:III|IV|3|4)\b"
           r"|end[- ]stage|seriously debilitating|chemotherap\w*|radiation oncology|oncolog\w*"
           r"|proton (?:beam|therapy|treatment))")
# serious chronic conditions count for second opinions (Cal. HSC § 1383.15(a)(2)), not as life-threatening
SERIOUS = (LIFE_THREATENING + r"|\b(?:coronary|heart disease|angina|myocardial|infarction|cardiomyopathy"
           r"|arrhythmia|heart valve|aortic|kidney failure|renal failure|kidney disease|dialysis|cirrhosis|liver failure"
           r"|COPD|pulmonary fibrosis|Parkinson\w*|epilep\w*|seizures?|diabet\w*|Crohn\w*|lupus|rheumatoid|\bHIV\b"
           r"|sickle cell|cystic fibrosis|spinal cord|paralysis|amputation|blindness|vision loss|organ failure)")
SURGERY = (r"(?:recommend\w*|propos\w*|plann\w*|schedul\w*|advis\w*)\b[^.]{0,80}\b(?:surgery|operation|surgical"
           r"|resection|\w+ectomy|\w+otomy|procedure)|(?:surgery|operation|procedure)\b[^.]{0,40}\b(?:recommended"
           r"|proposed|planned|scheduled)|before (?:you (?:agree to|have) )?(?:the|your) (?:surgery|operation)"
           r"|surgical plan")
SURGICAL_NAME = (r"\b(?:surgery|surgical|operation|bypass|\w+ectomy|\w+otomy|\w+ostomy|\w+plasty|resection|fusion"
                 r"|transplant\w*|arthroscop\w*|replacement|implant\w*|excision|repair|graft)")
UNCERTAIN = (r"\b(?:unclear|inconclusive|conflicting|uncertain (?:diagnosis|results)|unable to (?:diagnose|determine"
             r" the cause|find the cause)|not (?:been )?able to diagnose|diagnosis (?:is )?(?:in doubt|unknown)"
             r"|differential diagnosis)")
NOT_WORKING = (r"\b(?:not improv\w*|no improvement|has(?:n't| not) improved|did not improve|refractory"
               r"|(?:has|have) failed|failed to (?:improve|respond|help)|despite (?:\w+ ){0,3}(?:treatment|therapy"
               r"|medication)|worsen\w*|getting worse)")
CONCERNS = (r"\byou (?:are|were|feel|remain) (?:\w+ )?(?:worried|concerned|unsure|uncomfortable)|\byour concerns?\b"
            r"|\byou (?:disagree|question|doubt)\w*|\byou (?:wrote|said|told us|stated|explained) that you"
            r"|\b(?:serious )?concerns? about (?:the|your) (?:diagnosis|surgery|operation|treatment|plan of care)")
EMERGENCY = (r"\b(?:emergency (?:room|department|services?|care|visit|admission)|emergency room|(?-i:\bE\.?R\b)"
             r"|(?-i:\bED\b)|sala de emergencias|ambulance|\b(?:called|dialed|calling) 911\b|\b911 (?:call|ambulance)|admitted through the emergency|urgent care while (?:traveling|away)"
             r"|not a true emergency|non-?emergen\w*|did not meet the definition of an emergency)")
AUTHORIZED = (r"\b(?:authori[sz]ation|approval) (?:number|no\.?|#)\s*:?\s*(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,}"
              r"|\b(?:service|services|procedure|surgery|stay|admission|treatment|visit|referral|request|it|this|care)"
              r"\s+(?:was|were|had been|has been) (?:previously |originally |already )?(?:approved|authori[sz]ed)\b"
              r"|\bauthori[sz]ation was issued in error|\brescind\w*|\bretroactive\w*")
NOT_AUTHORIZED = r"\b(?:no|without|not obtain\w*|lack of|missing)\b[^.]{0,20}\b(?:prior )?authori[sz]ation"
SELF_FUNDED = (r"\bself[- ]funded\b|\bself[- ]insured\b|\bclaims administrator\b|\badministrative services only\b"
               r"|\bASO plan\b")
GRANDFATHERED = r"\b(?<!non-)(?<!not a )grandfathered health plan\b"
NOT_GRANDFATHERED = r"\bnon-?grandfathered\b|\bnot a grandfathered\b"
PROVIDER_COPY = (r"^[ \t]*(?:cc|c\.c\.|copy to|copies to)\s*:|\brequesting (?:provider|physician)\s*:"
                 r"|^[ \t]*Dear Dr\.?\s|\bprovider copy\b")
MH_SUD = (r"\b(?:psychiatr\w*|mental health|behavioral health|substance use|substance abuse|alcohol\w*|opioid"
          r"|detox\w*|withdrawal management|residential treatment|partial hospitali[sz]ation|\bPHP\b|\bIOP\b"
          r"|intensive outpatient|applied behavior analysis|\bABA\b|autism|eating disorder|anorexia|bulimia"
          r"|gender[- ]affirming|psychotherapy|depress\w*|bipolar|schizo\w*|\bPTSD\b|anxiety disorder)")
REDUCED = (r"\b(?:we (?:are|will|have)|will be|is being|are being|has been|have been)\s+(?:\w+\s+)?(?:reduc|terminat"
           r"|stop|discontinu|end)\w*\b[^.]{0,60}\b(?:services?|authori[sz]ation|benefits?|visits?|hours|care|therapy"
           r"|treatment|stay)|\bno longer (?:cover|approv|authori[sz])\w*")
ENROLLED = (r"\b(?:joined|enrolled in|became a member of|coverage (?:began|started|became effective)|your "
            r"(?:[\w-]+ ){0,3}(?:enrollment|membership|coverage) (?:began|started|was effective|became effective)|effective date of "
            r"(?:your )?(?:enrollment|coverage))\b[^.]{0,60}?((?:January|February|March|April|May|June|July|August"
            r"|September|October|November|December)\s+\d{1,2},\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})")
ACTIVE = (r"\b(?:ongoing|continuing|continuation of|active course|course of (?:treatment|therapy|chemotherapy)"
          r"|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:treatment|infusion|cycle|session|dose)"
          r"|cycle \d+|dialysis|already (?:receiving|getting|started)|established patient|treatment you (?:began|started)"
          r"|(?:has|have) been (?:giving|treating|providing|receiving|getting)\b|every (?:two|three|four|\d+) (?:weeks|days))")


def _letter_texts(ctx_letter: dict, *keys: str) -> str:
    parts = []
    for k in keys:
        v = ctx_letter.get(k)
        if isinstance(v, dict):
            parts.append(str(v.get("value") or ""))
        elif isinstance(v, list):
            for it in v:
                if isinstance(it, dict):
                    parts.append(str(it.get("text") or it.get("value") or ""))
    return "\n".join(p for p in parts if p)


Detector = Callable[[Document, dict, list[T.Hit]], tuple[Any, T.Hit | None, str] | None]


def _by_pattern(pattern: str, note: str) -> Detector:
    def detect(doc: Document, letter: dict, sents: list[T.Hit]):
        h = T.find_in_sentences(sents, pattern)
        return (True, h, note) if h else None
    return detect


def _authorized(doc: Document, letter: dict, sents: list[T.Hit]):
    for s in sents:
        if T.find(s.text, NOT_AUTHORIZED):
            continue
        m = T.compiled(AUTHORIZED).search(s.text)
        if m:
            return True, T.Hit(s.start + m.start(), s.start + m.end(), m.group(0)), "the letter refers to an authorization"
    return None


def _self_funded(doc: Document, letter: dict, sents: list[T.Hit]):
    h = T.find(doc.search_text, SELF_FUNDED)
    return (True, h, "the letter says the plan is self-funded or names a claims administrator") if h else None


def _grandfathered(doc: Document, letter: dict, sents: list[T.Hit]):
    h = T.find(doc.search_text, NOT_GRANDFATHERED)
    if h:
        return False, h, "the letter says the plan is not grandfathered"
    h = T.find(doc.search_text, GRANDFATHERED)
    return (True, h, "the letter says the plan is a grandfathered health plan") if h else None


def _provider_copy(doc: Document, letter: dict, sents: list[T.Hit]):
    h = T.find(doc.search_text, PROVIDER_COPY)
    return (True, h, "the letter is addressed or copied to a provider") if h else None


def _imminent(doc: Document, letter: dict, sents: list[T.Hit]):
    u = letter.get("urgency")
    if isinstance(u, dict) and u.get("value") == "expedited":
        return True, None, "the letter handled the request as expedited (urgent)"
    return None


def _condition(pattern: str, what: str) -> Detector:
    def detect(doc: Document, letter: dict, sents: list[T.Hit]):
        h = T.find_in_sentences(sents, pattern)
        if h:
            return True, h, f"the letter names a {what} condition"
        dx = _letter_texts(letter, "diagnoses")
        if dx and T.find(dx, pattern):
            return True, None, f"the letter's diagnosis is a {what} condition"
        return None
    return detect


def _surgery(doc: Document, letter: dict, sents: list[T.Hit]):
    h = T.find_in_sentences(sents, SURGERY)
    if h:
        return True, h, "the letter says surgery or a procedure was recommended"
    # a second opinion about a surgical service (CPT surgery section 10004-69990, or a surgical name)
    kind = (letter.get("letter_kind") or {}).get("value")
    cat = (letter.get("denial_category") or {}).get("value")
    if kind == "second_opinion_denial" or cat == "second_opinion":
        for it in letter.get("services") or []:
            codes = [c for c in (it.get("codes") or []) if re.fullmatch(r"\d{5}", str(c))]
            if any(10004 <= int(c) <= 69990 for c in codes) or T.find(str(it.get("text") or ""), SURGICAL_NAME):
                return True, None, "the second opinion concerns a surgical procedure"
    return None


def _mh_sud(doc: Document, letter: dict, sents: list[T.Hit]):
    focus = _letter_texts(letter, "services", "diagnoses", "denial_reason", "criteria_cited")
    if focus:
        if T.find(focus, MH_SUD):
            h = T.find_in_sentences(sents, MH_SUD)
            return True, h, "the denied service or diagnosis is mental health or substance use treatment"
        return None
    h = T.find_in_sentences(sents, MH_SUD)
    return (True, h, "the letter concerns mental health or substance use treatment") if h else None


def _enrolled(doc: Document, letter: dict, sents: list[T.Hit]):
    from datetime import date

    m = T.compiled(ENROLLED).search(doc.search_text)
    dates = letter.get("dates", {}) or {}
    svc = None
    for k in ("service", "request_received", "letter"):  # a requested service is compared with the request date
        v = dates.get(k, {})
        svc = svc or (v.get("value") if isinstance(v, dict) else None)
    if not m or not svc:
        return None
    d = parse_date(m.group(1))
    if d is None:
        return None
    days = (date.fromisoformat(svc) - d).days
    hit = T.Hit(m.start(), m.end(), m.group(0))
    return (0 <= days <= 90), hit, f"the letter gives an enrollment date {days} days before the service"


DETECTORS: dict[str, Detector] = {
    "serious_condition": _condition(SERIOUS, "serious or life-threatening"),
    "life_threatening": _condition(LIFE_THREATENING, "life-threatening"),
    "surgery_proposed": _surgery,
    "diagnosis_uncertain": _by_pattern(UNCERTAIN, "the letter describes an unclear or conflicting diagnosis"),
    "treatment_not_working": _by_pattern(NOT_WORKING, "the letter says the treatment has not worked"),
    "member_concerns": _by_pattern(CONCERNS, "the letter records the member's concerns"),
    "imminent_threat": _imminent,
    "authorized_before_service": _authorized,
    "provider_copy": _provider_copy,
    "self_funded": _self_funded,
    "grandfathered_plan": _grandfathered,
    "enrolled_last_90_days": _enrolled,
    "active_treatment": _by_pattern(ACTIVE, "the letter describes an ongoing course of treatment"),
    "emergency_care": _by_pattern(EMERGENCY, "the letter concerns emergency care"),
    "mh_sud_service": _mh_sud,
    "service_reduced": _by_pattern(REDUCED, "the letter reduces or ends a service"),
}


def parse_date(s: str):
    from datetime import datetime

    for fmt in ("%B %d, %Y", "%B %d,%Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%m/%d/%Y", "%m-%d-%Y", "%Y-%m-%d",
                "%d-%b-%Y", "%d-%B-%Y"):
        try:
            return datetime.strptime(re.sub(r"\s+", " ", s.strip()), fmt).date()
        except ValueError:
            continue
    return None


def infer_context(document: Document, letter: dict, sections: list[Section], facts: Mapping[str, Any]) -> Context:
    """The Context every later stage uses: member answers first, then what the letter states (with evidence)."""
    out: dict[str, Fact] = {}
    unknown = [k for k in facts if k not in FACTS]
    if unknown:
        log.warning("ignoring unknown fact ids: %s", ", ".join(sorted(unknown)))
    for fid in FACTS:
        if fid in facts:
            v = coerce(fid, facts[fid])
            if v is not None:
                out[fid] = Fact(fid, v, "member", (), "answered by the member")
    sents = T.member_sentences(document.search_text)
    for fid, detect in DETECTORS.items():
        if fid in out:
            continue
        found = detect(document, letter, sents)
        if found is None:
            continue
        value, hit, note = found
        evidence = tuple(document.spans(hit.start, hit.end)) if hit else ()
        out[fid] = Fact(fid, value, "letter", evidence, note)
    return Context(document=document, letter=letter, sections=list(sections), facts=out)
