"""The rule engine: apply every catalogue rule to a letter and give each one an outcome.

Flow per rule: applicability (state, plan type, per-plan-type condition, letter kind, category: declared once
in catalogue.toml) -> predicate (predicates.PREDICATES) -> Outcome. Every rule gets an outcome on every letter:
raised, passed, not_applicable (with the reason) or insufficient_data (with the missing fact or field).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from ..context import Context
from .catalogue import Catalogue, CatalogueError, Rule, load_catalogue
from .conditions import CONDITIONS
from .outcome import INSUFFICIENT, NOT_APPLICABLE, PASSED, RAISED, STATUSES, Outcome
from .predicates import PREDICATES, Finding

log = logging.getLogger(__name__)

__all__ = [
    "Catalogue", "CatalogueError", "Outcome", "Rule", "catalogue_version", "evaluate_rule", "evaluate_rules",
    "flags_from_outcomes", "load_catalogue", "INSUFFICIENT", "NOT_APPLICABLE", "PASSED", "RAISED", "STATUSES",
]

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
KIND_ALIASES = {"partial_denial": "initial_denial"}  # rules.md: a modification / partial approval is a denial

_LABELS = {
    "commercial_hmo": "commercial HMO", "erisa_group": "employer group (ERISA)",
    "medicare_advantage": "Medicare Advantage", "medi_cal": "Medi-Cal", "medicaid": "Medicaid", "fehb": "FEHB",
}


def catalogue_version() -> str:
    return load_catalogue().version


def _applicability(rule: Rule, ctx: Context) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """(not-applicable reason or None, missing fields/facts, open facts)."""
    ap = rule.applies
    na: list[str] = []
    missing: list[str] = []
    open_facts: list[str] = []
    scope = f": {ap.scope}" if ap.scope else ""
    state, pt = ctx.value("state"), ctx.value("plan_type")
    kind, cat = ctx.value("letter_kind"), ctx.value("denial_category")
    if pt == "unknown":
        pt = None
    if ap.plan_types:
        if pt is None:
            missing.append("plan_type")
        elif pt not in ap.plan_types:
            na.append(f"plan type {pt}{scope or ': rule applies to ' + ', '.join(ap.plan_types)}")
    if ap.states:
        if state is None:
            missing.append("state")
        elif state not in ap.states:
            na.append(f"state {state}{scope or ': rule applies in ' + ', '.join(ap.states)}")
    if ap.letter_kinds:
        k = KIND_ALIASES.get(kind, kind)
        if kind is None:
            missing.append("letter_kind")
        elif kind not in ap.letter_kinds and k not in ap.letter_kinds:
            na.append(f"letter kind {kind}: rule applies to {', '.join(ap.letter_kinds)}")
    if ap.categories:
        cats = {cat} | ({"second_opinion"} if kind == "second_opinion_denial" else set())
        if cat is None and kind != "second_opinion_denial":
            missing.append("denial_category")
        elif not cats & set(ap.categories):
            na.append(f"denial category {cat}: rule applies to {', '.join(ap.categories)}")
    if not na and pt in ap.conditions:
        check = CONDITIONS[ap.conditions[pt]](ctx)
        open_facts.extend(check.open_facts)
        if check.ok is False:
            na.append(check.reason)
        elif check.ok is None:
            missing.extend(check.missing)
    return ("; ".join(na) if na else None), tuple(dict.fromkeys(missing)), tuple(dict.fromkeys(open_facts))


def evaluate_rule(rule: Rule, ctx: Context) -> Outcome:
    pt, state = ctx.value("plan_type"), ctx.value("state")
    citation = rule.citation_for(pt, state)
    base = dict(rule_id=rule.id, title=rule.title, severity=rule.severity, citation=citation,
                predicate=rule.predicate, params=dict(rule.params))
    na, missing, open_facts = _applicability(rule, ctx)
    if na:
        return Outcome(status=NOT_APPLICABLE, reason=na, details={"open_facts": list(open_facts)}, **base)
    if missing:
        return Outcome(status=INSUFFICIENT, reason="needed to decide whether this rule applies: " + ", ".join(missing),
                       missing=missing, details={"open_facts": list(missing)}, **base)
    finding: Finding = PREDICATES[rule.predicate](ctx, **dict(rule.params))
    details = dict(finding.details)
    details["open_facts"] = list(dict.fromkeys(open_facts + finding.open_facts))
    details["citations"] = rule.citations_for(pt, state)
    severity = finding.severity or rule.severity
    if finding.status == RAISED and not finding.evidence:
        log.debug("rule %s raised without evidence; using the whole letter", rule.id)
    from .text import LookedIn, where_looked

    missing_pages = ctx.document.pages_missing
    if finding.status == RAISED and isinstance(finding.evidence, LookedIn) and missing_pages:
        # a missing element may sit on a page that was not uploaded (a photo of page 1 of 2): do not accuse
        have = len(ctx.document.pages)
        return Outcome(status=INSUFFICIENT,
                       reason=f"{finding.explanation}; but only {have} of the letter's "
                              f"{have + missing_pages} pages were provided, and it may be on a missing page",
                       evidence=tuple(finding.evidence), missing=("all_pages",),
                       details={**details, "open_facts": list(details["open_facts"])}, **base)
    evidence = finding.evidence or (where_looked(ctx) if finding.status == RAISED else ())
    return Outcome(status=finding.status, reason=finding.reason, explanation=finding.explanation,
                   evidence=tuple(evidence), missing=finding.missing, details=details,
                   **{**base, "severity": severity})


def evaluate_rules(ctx: Context, catalogue: Catalogue | None = None) -> list[Outcome]:
    """One Outcome per catalogue rule, in catalogue order."""
    cat = catalogue or load_catalogue()
    return [evaluate_rule(rule, ctx) for rule in cat]


def flags_from_outcomes(outcomes: Iterable[Outcome]) -> list[dict]:
    """Schema flags for the raised outcomes, most severe first (catalogue order within a severity)."""
    raised = [o for o in outcomes if o.status == RAISED]
    raised.sort(key=lambda o: SEVERITY_ORDER.get(o.severity, 3))
    return [f for f in (o.to_flag() for o in raised) if f is not None]
