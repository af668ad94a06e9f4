"""Load and validate the rule catalogue (catalogue.toml): rules as data, checked once when they load.

A rule names its predicate (``predicates.PREDICATES``) and the parameters it passes; applicability
(states, plan types, letter kinds, categories, per-plan-type conditions) is declared once here and enforced
by the engine. Every error names the file and the rule so the fix is obvious.
"""

from __future__ import annotations

import hashlib
import inspect
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .conditions import CONDITIONS
from .predicates import PREDICATES

DEFAULT_PATH = Path(__file__).with_name("catalogue.toml")

PLAN_TYPES = ("commercial_hmo", "erisa_group", "medicare_advantage", "medi_cal", "medicaid", "fehb")
LETTER_KINDS = ("initial_denial", "partial_denial", "payment_denial", "second_opinion_denial", "grievance_decision",
                "delay_notice", "termination_notice")
CATEGORIES = ("medical_necessity", "experimental_investigational", "not_covered", "out_of_network",
              "no_prior_authorization", "second_opinion", "administrative")
STATES = ("CA", "CO", "GA", "HI", "MD", "VA", "DC", "OR", "WA")
SEVERITIES = ("high", "medium", "low")
TAGS = ("V", "P", "U")

RULE_KEYS = {"id", "title", "severity", "predicate", "params", "applies", "citations", "argument", "group"}
APPLIES_KEYS = {"states", "plan_types", "letter_kinds", "categories", "conditions", "scope"}
CITATION_KEYS = {"text", "tag", "safe", "plan_types", "states"}
ARGUMENT_KEYS = {"heading", "text", "request"}
TEMPLATE_FIELDS = {"citation", "explanation", "title"}  # placeholders an argument template may use


class CatalogueError(ValueError):
    """The catalogue file is invalid; the message names the file and the rule."""


@dataclass(frozen=True)
class Citation:
    text: str
    tag: str  # V | P | U
    safe: str = ""  # for [U]: the form that may be shown (section without the unverified subdivision)
    plan_types: tuple[str, ...] = ()
    states: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        """What a user may see: [V]/[P] as written, [U] only in its safe form (else nothing)."""
        return self.text if self.tag in ("V", "P") else self.safe

    def applies(self, plan_type: str | None, state: str | None) -> bool:
        if self.plan_types and plan_type not in self.plan_types:
            return False
        if self.states and state not in self.states:
            return False
        return True


@dataclass(frozen=True)
class Applicability:
    states: tuple[str, ...] = ()
    plan_types: tuple[str, ...] = ()
    letter_kinds: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    conditions: Mapping[str, str] = field(default_factory=dict)  # plan type -> condition name
    scope: str = ""  # plain words for not-applicable reasons, e.g. "California Knox-Keene rule"


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    predicate: str
    params: Mapping[str, Any]
    applies: Applicability
    citations: tuple[Citation, ...]
    argument: Mapping[str, Any]  # heading, text, request, citations (shown forms)
    group: str = ""

    def citations_for(self, plan_type: str | None, state: str | None) -> list[str]:
        out: list[str] = []
        for c in self.citations:
            s = c.shown
            if s and c.applies(plan_type, state) and s not in out:
                out.append(s)
        # "§ 1383.15" adds nothing next to "§ 1383.15(a)": keep the more specific form
        return [s for s in out if not any(len(o) > len(s) and o.startswith(s) and o[len(s)] in "( " for o in out)]

    def citation_for(self, plan_type: str | None, state: str | None) -> str:
        cs = self.citations_for(plan_type, state)
        return "; ".join(cs) if cs else "No verified citation for this plan type: check your plan documents"


@dataclass(frozen=True)
class Catalogue:
    version: str
    path: str
    rules: Mapping[str, Rule]

    def __iter__(self):
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def ids(self) -> list[str]:
        return list(self.rules)


def _err(path: Path, rule_id: str, msg: str) -> CatalogueError:
    return CatalogueError(f"{path}: rule {rule_id!r}: {msg}")


def _tuple_of(path: Path, rid: str, where: str, value: Any, allowed: tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, rid, f"{where} must be a list of strings")
    bad = [v for v in value if v not in allowed]
    if bad:
        raise _err(path, rid, f"{where} has unknown value(s) {bad}; allowed: {', '.join(allowed)}")
    return tuple(value)


def _check_keys(path: Path, rid: str, where: str, got: Mapping, allowed: set[str]) -> None:
    unknown = sorted(set(got) - allowed)
    if unknown:
        raise _err(path, rid, f"unknown key(s) {unknown} in {where}; allowed: {', '.join(sorted(allowed))}")


def _template_fields(path: Path, rid: str, name: str, tpl: str) -> None:
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(tpl) if f is not None}
    except ValueError as e:
        raise _err(path, rid, f"argument {name} is not a valid template: {e}") from None
    bad = sorted(f for f in fields if f.split(".")[0] not in TEMPLATE_FIELDS)
    if bad:
        raise _err(path, rid, f"argument {name} uses unknown placeholder(s) {bad}; allowed: "
                              f"{', '.join(sorted(TEMPLATE_FIELDS))}")


def _parse_rule(path: Path, raw: Mapping[str, Any], index: int) -> Rule:
    rid = raw.get("id") if isinstance(raw.get("id"), str) else f"#{index + 1}"
    _check_keys(path, rid, "rule", raw, RULE_KEYS)
    for k in ("id", "title", "severity", "predicate"):
        if not isinstance(raw.get(k), str) or not raw[k].strip():
            raise _err(path, rid, f"missing or empty {k!r}")
    if raw["severity"] not in SEVERITIES:
        raise _err(path, rid, f"severity {raw['severity']!r} not one of {', '.join(SEVERITIES)}")
    pred = PREDICATES.get(raw["predicate"])
    if pred is None:
        raise _err(path, rid, f"unknown predicate {raw['predicate']!r}; known: {', '.join(sorted(PREDICATES))}")
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise _err(path, rid, "params must be a table")
    try:
        inspect.signature(pred).bind(None, **params)
    except TypeError as e:
        raise _err(path, rid, f"params {sorted(params)} do not fit predicate {raw['predicate']}"
                              f"{inspect.signature(pred)}: {e}") from None

    ap = raw.get("applies", {})
    if not isinstance(ap, dict):
        raise _err(path, rid, "applies must be a table")
    _check_keys(path, rid, "applies", ap, APPLIES_KEYS)
    conds = ap.get("conditions", {})
    if not isinstance(conds, dict):
        raise _err(path, rid, "applies.conditions must be a table of plan type = condition name")
    for pt, cname in conds.items():
        if pt not in PLAN_TYPES:
            raise _err(path, rid, f"applies.conditions names unknown plan type {pt!r}")
        if cname not in CONDITIONS:
            raise _err(path, rid, f"unknown condition {cname!r}; known: {', '.join(sorted(CONDITIONS))}")
    applies = Applicability(
        states=_tuple_of(path, rid, "applies.states", ap.get("states", []), STATES),
        plan_types=_tuple_of(path, rid, "applies.plan_types", ap.get("plan_types", []), PLAN_TYPES),
        letter_kinds=_tuple_of(path, rid, "applies.letter_kinds", ap.get("letter_kinds", []), LETTER_KINDS),
        categories=_tuple_of(path, rid, "applies.categories", ap.get("categories", []), CATEGORIES),
        conditions=MappingProxyType(dict(conds)),
        scope=str(ap.get("scope", "")),
    )

    cites = []
    for c in raw.get("citations", []):
        if not isinstance(c, dict):
            raise _err(path, rid, "each citation must be a table")
        _check_keys(path, rid, "citation", c, CITATION_KEYS)
        if not isinstance(c.get("text"), str) or c.get("tag") not in TAGS:
            raise _err(path, rid, f"citation needs text and a tag in {TAGS}: {c!r}")
        cites.append(Citation(
            text=c["text"], tag=c["tag"], safe=str(c.get("safe", "")),
            plan_types=_tuple_of(path, rid, "citation.plan_types", c.get("plan_types", []), PLAN_TYPES),
            states=_tuple_of(path, rid, "citation.states", c.get("states", []), STATES),
        ))
    if not cites:
        raise _err(path, rid, "no citations")

    arg = raw.get("argument")
    if not isinstance(arg, dict):
        raise _err(path, rid, "missing argument template ([rule.argument] with heading, text, request)")
    _check_keys(path, rid, "argument", arg, ARGUMENT_KEYS)
    for k in sorted(ARGUMENT_KEYS):
        if not isinstance(arg.get(k), str) or not arg[k].strip():
            raise _err(path, rid, f"argument template lacks {k!r}")
        _template_fields(path, rid, k, arg[k])
    shown = []
    for c in cites:
        if c.shown and c.shown not in shown:
            shown.append(c.shown)
    argument = MappingProxyType({"heading": arg["heading"], "text": arg["text"], "request": arg["request"],
                                 "citations": tuple(shown)})
    return Rule(id=raw["id"], title=raw["title"], severity=raw["severity"], predicate=raw["predicate"],
                params=MappingProxyType(dict(params)), applies=applies, citations=tuple(cites), argument=argument,
                group=str(raw.get("group", "")))


def parse_catalogue(data: bytes, path: Path) -> Catalogue:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise CatalogueError(f"{path}: not valid TOML: {e}") from None
    unknown = sorted(set(doc) - {"version", "rule"})
    if unknown:
        raise CatalogueError(f"{path}: unknown top-level key(s) {unknown}; allowed: version, rule")
    version = str(doc.get("version", "0"))
    rules: dict[str, Rule] = {}
    for i, raw in enumerate(doc.get("rule", [])):
        rule = _parse_rule(path, raw, i)
        if rule.id in rules:
            raise _err(path, rule.id, "duplicate id")
        rules[rule.id] = rule
    digest = hashlib.sha256(data).hexdigest()[:12]
    return Catalogue(version=f"{version}+{digest}", path=str(path), rules=MappingProxyType(rules))


_CACHE: dict[str, Catalogue] = {}


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Load (and cache) a catalogue; the default is the packaged catalogue.toml."""
    p = Path(path) if path is not None else DEFAULT_PATH
    key = str(p.resolve())
    if key not in _CACHE:
        _CACHE[key] = parse_catalogue(p.read_bytes(), p)
    return _CACHE[key]
