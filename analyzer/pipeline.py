"""The one engine: ``analyze()`` runs the named stages over plain values; every client calls it.

    load_document -> build_doc (spaCy) -> extract -> infer_context -> evaluate_rules
                  -> compute_deadlines -> build_arguments

``reanalyze()`` re-runs the stages after extraction with member corrections and answers, without
reading the file again (the Streamlit page uses it when the member corrects a field).
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .context import Context, Section
from .document import Document
from .errors import AnalyzerError
from .options import DEFAULT_OPTIONS, Options

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"

# progress(stage, done, total, message): stage is one of "reading", "ocr", "extracting", "checking", "done"
ProgressCallback = Callable[[str, int, int, str], None]


def _noop_progress(stage: str, done: int, total: int, message: str) -> None:  # pragma: no cover - trivial
    pass


@dataclass
class Analysis:
    """What ``analyze()`` returns: the schema JSON (``result``) plus the objects clients need to redraw it."""

    result: dict
    document: Document | None = None
    extraction: Any = None  # analyzer.extract.Extraction (kept for reanalyze)
    context: Context | None = None
    outcomes: list = field(default_factory=list)  # analyzer.rules.Outcome for every rule

    # convenience accessors used by notebooks and the app
    @property
    def ok(self) -> bool:
        return not self.result.get("errors")

    @property
    def letter(self) -> dict:
        return self.result["letter"]

    @property
    def flags(self) -> list[dict]:
        return self.result["flags"]

    @property
    def deadlines(self) -> list[dict]:
        return self.result["deadlines"]

    @property
    def arguments(self) -> list[dict]:
        return self.result["arguments"]

    @property
    def questions(self) -> list[dict]:
        return self.result.get("questions", [])

    def to_dict(self) -> dict:
        return copy.deepcopy(self.result)

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.result, indent=indent, ensure_ascii=False)


def versions() -> dict:
    from . import __version__
    from .nlp import model_version
    from .rules import catalogue_version

    return {"analyzer": __version__, "model": model_version(), "catalogue": catalogue_version()}


def empty_letter() -> dict:
    """The schema's ``letter`` object with every field null: used when a file could not be read."""
    f = lambda: {"value": None, "evidence": []}  # noqa: E731
    return {
        "insurer": f(), "region": f(), "state": f(), "plan_type": f(), "letter_kind": f(), "urgency": f(),
        "member_name": f(), "member_id": f(), "requesting_provider": f(),
        "dates": {"letter": f(), "request_received": f(), "decision": f(), "service": f()},
        "services": [], "diagnoses": [], "denial_category": f(), "denial_reason": f(),
        "reviewer": {"name": f(), "credentials": f(), "specialty": f(), "phone": f()},
        "criteria_cited": [], "stated_appeal_deadline_days": f(),
        "grievance_address": f(),  # our extension: where the letter says to mail a grievance or appeal
    }


def error_result(file: str, err: AnalyzerError, sha256: str = "", pages: int = 0) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"file": file, "sha256": sha256, "pages": pages, "ocr_pages": [], "ocr_confidence": None,
                   "language": "unknown"},
        "letter": empty_letter(),
        "flags": [], "deadlines": [], "arguments": [], "warnings": [],
        "errors": [err.to_dict()],
        "rule_outcomes": [], "questions": [], "versions": versions(),
    }


def analyze(
    source: Any,
    *,
    options: Options = DEFAULT_OPTIONS,
    facts: Mapping[str, Any] | None = None,
    corrections: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    file_name: str | None = None,
    raise_errors: bool = False,
) -> Analysis:
    """Analyze one letter (path, bytes or binary file object).

    A file that cannot be read gives an ``Analysis`` whose ``result["errors"]`` holds the error code and
    message (or raises it when ``raise_errors``); an analysis never fails because of what a letter says.
    """
    from .ingest import load_document

    progress = progress or _noop_progress
    t0 = time.monotonic()
    try:
        progress("reading", 0, 1, "Reading the letter")
        document = load_document(source, options=options, progress=progress, file_name=file_name)
    except AnalyzerError as err:
        log.info("document rejected: %s", err.code)
        if raise_errors:
            raise
        name = file_name or _name_of(source)
        return Analysis(result=error_result(name, err))
    analysis = analyze_document(document, facts=facts, corrections=corrections, progress=progress)
    log.debug("analysis took %.2fs", time.monotonic() - t0)
    return analysis


def analyze_document(
    document: Document,
    *,
    facts: Mapping[str, Any] | None = None,
    corrections: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
) -> Analysis:
    """The stages after reading: used by ``analyze`` and by callers that already hold a Document."""
    from .extract import extract
    from .nlp import build_doc

    progress = progress or _noop_progress
    progress("extracting", 0, 1, "Finding the facts of the letter")
    sdoc = build_doc(document)
    extraction = extract(document, sdoc)
    return _evaluate(document, extraction, facts=facts, corrections=corrections, progress=progress)


def reanalyze(
    analysis: Analysis,
    *,
    facts: Mapping[str, Any] | None = None,
    corrections: Mapping[str, Any] | None = None,
) -> Analysis:
    """Re-run rules, deadlines and arguments with new corrections/answers; the file is not read again."""
    if analysis.document is None or analysis.extraction is None:
        return analysis
    return _evaluate(analysis.document, analysis.extraction, facts=facts, corrections=corrections)


def _evaluate(
    document: Document,
    extraction: Any,
    *,
    facts: Mapping[str, Any] | None = None,
    corrections: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
) -> Analysis:
    from .arguments import build_arguments
    from .deadlines import compute_deadlines
    from .rules import evaluate_rules, flags_from_outcomes
    from .rules.facts import infer_context
    from .rules.questions import open_questions

    progress = progress or _noop_progress
    progress("checking", 0, 1, "Checking the letter against the law")
    letter = apply_corrections(extraction.letter, corrections or {})
    sections: list[Section] = list(extraction.sections)
    ctx = infer_context(document, letter, sections, facts or {})
    outcomes = evaluate_rules(ctx)
    flags = flags_from_outcomes(outcomes)
    deadlines = compute_deadlines(ctx)
    arguments = build_arguments(ctx, outcomes)
    warnings = list(document.warnings) + list(getattr(extraction, "warnings", []))
    if document.stated_page_count and document.stated_page_count > len(document.pages):
        warnings.append(
            f"The letter says it has {document.stated_page_count} pages, but only {len(document.pages)} "
            f"{'was' if len(document.pages) == 1 else 'were'} provided. Upload every page (a PDF or one photo per "
            "page): parts the law requires, such as your appeal rights, may be on the missing pages, so they were "
            "not judged."
        )
    result = {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "file": document.file,
            "sha256": document.sha256,
            "pages": len(document.pages),
            "ocr_pages": document.ocr_pages,
            "ocr_confidence": document.ocr_confidence,
            "language": extraction.language,
            "total_pages": document.total_pages,
            "page_sources": [
                {"page": p.number, "source": p.source, "reason": p.source_reason, "ocr_confidence": p.ocr_confidence}
                for p in document.pages
            ],
        },
        "letter": letter,
        "flags": flags,
        "deadlines": deadlines,
        "arguments": arguments,
        "warnings": warnings,
        "errors": [],
        "rule_outcomes": [o.to_dict() for o in outcomes],
        "questions": open_questions(ctx, outcomes),
        "sections": [s.to_dict() for s in sections],
        "facts": {k: {"value": f.value, "source": f.source, "note": f.note} for k, f in ctx.facts.items()},
        "corrections": dict(corrections or {}),
        "versions": versions(),
    }
    progress("done", 1, 1, "Done")
    return Analysis(result=result, document=document, extraction=extraction, context=ctx, outcomes=outcomes)


# Fields the member may correct, and how a corrected value is stored: the value replaces the extracted one
# and the evidence is kept so the page still shows where the analyzer had looked.
CORRECTABLE = (
    "plan_type", "state", "letter_kind", "urgency", "denial_category", "region", "member_name", "member_id",
    "requesting_provider", "stated_appeal_deadline_days", "grievance_address",
    "dates.letter", "dates.request_received", "dates.decision", "dates.service",
    "reviewer.name", "reviewer.credentials", "reviewer.specialty", "reviewer.phone",
)


def apply_corrections(letter: dict, corrections: Mapping[str, Any]) -> dict:
    out = copy.deepcopy(letter)
    for path, value in corrections.items():
        if path not in CORRECTABLE:
            raise ValueError(f"field {path!r} cannot be corrected; correctable fields: {', '.join(CORRECTABLE)}")
        parts = path.split(".")
        target = out
        for p in parts[:-1]:
            target = target[p]
        fieldobj = target.get(parts[-1]) or {"value": None, "evidence": []}
        fieldobj = dict(fieldobj)
        fieldobj["value"] = value if value != "" else None
        fieldobj["corrected"] = True
        fieldobj["confidence"] = 1.0 if value not in (None, "") else None
        target[parts[-1]] = fieldobj
    return out


def _name_of(source: Any) -> str:
    import os

    if isinstance(source, (str, os.PathLike)):
        return os.path.basename(os.fspath(source))
    return getattr(source, "name", None) or "<upload>"
