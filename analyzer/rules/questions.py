"""The questions worth asking the member: unanswered facts whose answer would change a rule's outcome."""

from __future__ import annotations

from collections.abc import Iterable

from ..context import Context
from .facts import FACTS
from .outcome import Outcome

# letter fields that are worth asking when a rule could not be decided without them
FIELD_QUESTIONS = {
    "dates.request_received": "On what date did the plan receive the request (or your doctor's request)?",
    "dates.decision": "On what date did the plan make its decision?",
    "dates.letter": "What date is printed on the letter?",
    "plan_type": "What kind of plan is this (Kaiser commercial, employer plan, Medicare Advantage, Medi-Cal, "
                 "Medicaid, or federal employee FEHB)?",
    "state": "In which state is your Kaiser Permanente plan?",
    "letter_kind": "What kind of letter is this (a denial, a payment denial, a decision on your appeal, a delay "
                   "notice, or an end to a service)?",
    "denial_category": "Why was it denied (not medically necessary, experimental, not covered, out of network, no "
                       "prior authorization, second opinion, or an administrative reason)?",
    "denial_reason": "What sentence in the letter says why it was denied?",
    "reviewer.credentials": "Who made the decision, and what is their title (for example MD, RN)?",
}


def open_questions(ctx: Context, outcomes: Iterable[Outcome]) -> list[dict]:
    """[{id, question, affects: [rule ids], current: None, kind: fact|field}] for unanswered facts/fields."""
    affects: dict[str, list[str]] = {}
    for o in outcomes:
        ids = list(o.missing) + list(o.details.get("open_facts", []))
        for fid in ids:
            if fid in FACTS and ctx.facts.get(fid) is not None and ctx.facts[fid].source == "member":
                continue
            if fid in FACTS and ctx.fact(fid) is not None and o.status != "insufficient_data":
                continue  # the letter already states it and the outcome is decided
            lst = affects.setdefault(fid, [])
            if o.rule_id not in lst:
                lst.append(o.rule_id)
    out = []
    for fid, rules in affects.items():
        if fid in FACTS:
            out.append({"id": fid, "question": FACTS[fid].question, "affects": rules, "current": None, "kind": "fact"})
        elif fid in FIELD_QUESTIONS:
            out.append({"id": fid, "question": FIELD_QUESTIONS[fid], "affects": rules, "current": None,
                        "kind": "field"})
    order = list(FACTS) + list(FIELD_QUESTIONS)
    out.sort(key=lambda q: order.index(q["id"]) if q["id"] in order else len(order))
    return out
