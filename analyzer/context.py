"""Shared inputs of the rule engine, deadlines and arguments: the letter as extracted plus facts.

``Context`` is what every stage after extraction works on. It is built by ``infer_context`` (in
``analyzer.rules.facts``), which adds facts the letter itself states (e.g. "cancer", "surgery") to the
answers the member supplied. Corrections from the member are applied to ``letter`` before the context is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Document, Span


@dataclass(frozen=True)
class Section:
    """A part of the letter (global offsets into ``Document.text``)."""

    name: str  # header | reason | criteria | reviewer | appeal_rights | external_review | expedited_review | taglines | enclosures | body
    start: int
    end: int
    heading: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "start": self.start, "end": self.end, "heading": self.heading}


SECTION_NAMES = (
    "header",
    "reason",
    "criteria",
    "reviewer",
    "appeal_rights",
    "external_review",
    "expedited_review",
    "taglines",
    "enclosures",
    "body",
)


@dataclass(frozen=True)
class Fact:
    """A yes/no (or value) fact with where it came from: the member's answer or the letter's text."""

    id: str
    value: Any
    source: str  # "member" | "letter" | "default"
    evidence: tuple[Span, ...] = ()
    note: str = ""


@dataclass
class Context:
    document: Document
    letter: dict  # schema "letter" object (value + evidence per field)
    sections: list[Section] = field(default_factory=list)
    facts: dict[str, Fact] = field(default_factory=dict)

    def value(self, path: str) -> Any:
        """Value of a letter field by dotted path, e.g. ``plan_type`` or ``dates.letter`` or ``reviewer.name``."""
        cur: Any = self.letter
        for part in path.split("."):
            if not isinstance(cur, dict):
                return None
            cur = cur.get(part)
        if isinstance(cur, dict) and "value" in cur:
            return cur["value"]
        return cur

    def fact(self, fact_id: str) -> Any | None:
        f = self.facts.get(fact_id)
        return None if f is None else f.value

    def section_ranges(self, *names: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sections if s.name in names]
