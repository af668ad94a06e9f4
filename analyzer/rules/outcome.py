"""The result of applying one rule to one letter: raised, passed, not applicable, or insufficient data.

Shared by the rule engine (which makes them), the arguments (which turn raised ones into grievance
arguments), the app (the audit table) and the bulk tables (one row per rule x document).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..document import Span

RAISED = "raised"
PASSED = "passed"
NOT_APPLICABLE = "not_applicable"
INSUFFICIENT = "insufficient_data"
STATUSES = (RAISED, PASSED, NOT_APPLICABLE, INSUFFICIENT)


@dataclass(frozen=True)
class Outcome:
    rule_id: str
    status: str  # one of STATUSES
    title: str
    severity: str  # high | medium | low (the rule's; a predicate may lower it for a partial finding)
    citation: str  # only [V]/[P] citations from the catalogue, as shown to users
    reason: str = ""  # why not applicable / why passed / what data is missing (plain words)
    explanation: str = ""  # for raised: what was found or missing, in plain words
    evidence: tuple[Span, ...] = ()  # offending text, or where the analyzer looked for a missing element
    missing: tuple[str, ...] = ()  # fact ids or letter fields whose absence made the outcome insufficient
    predicate: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)  # predicate findings arguments may quote (e.g. triggers)

    def to_dict(self) -> dict:
        return {
            "rule_id": self.rule_id,
            "status": self.status,
            "title": self.title,
            "severity": self.severity,
            "citation": self.citation,
            "reason": self.reason,
            "explanation": self.explanation,
            "evidence": [s.to_dict() for s in self.evidence],
            "missing": list(self.missing),
            "predicate": self.predicate,
        }

    def to_flag(self) -> dict | None:
        """Schema ``flags`` item for a raised outcome; None otherwise."""
        if self.status != RAISED:
            return None
        return {
            "rule_id": self.rule_id,
            "severity": self.severity,
            "title": self.title,
            "explanation": self.explanation,
            "citation": self.citation,
            "evidence": [s.to_dict() for s in self.evidence],
            "predicate": self.predicate,
        }
