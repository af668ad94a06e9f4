"""Tidy pandas tables from analysis results, with columns declared once and fixed whatever the letters held.

Every table has ``doc_id`` and ``file`` so tables join on ``doc_id``. ``doc_id`` is derived from the file's
name and bytes (not a counter), so it is the same in every run. Lists inside a cell (codes, citations,
missing facts) are joined with ``"; "`` so the CSV and Parquet files hold the same values.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

LIST_SEP = "; "

STR, INT, FLOAT, BOOL, DATE = "str", "Int64", "Float64", "boolean", "datetime64[us]"

# (dotted path in result["letter"], column name, dtype) for every scalar letter field
LETTER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("insurer", "insurer", STR),
    ("region", "region", STR),
    ("state", "state", STR),
    ("plan_type", "plan_type", STR),
    ("letter_kind", "letter_kind", STR),
    ("urgency", "urgency", STR),
    ("member_name", "member_name", STR),
    ("member_id", "member_id", STR),
    ("requesting_provider", "requesting_provider", STR),
    ("dates.letter", "date_letter", DATE),
    ("dates.request_received", "date_request_received", DATE),
    ("dates.decision", "date_decision", DATE),
    ("dates.service", "date_service", DATE),
    ("denial_category", "denial_category", STR),
    ("denial_reason", "denial_reason", STR),
    ("reviewer.name", "reviewer_name", STR),
    ("reviewer.credentials", "reviewer_credentials", STR),
    ("reviewer.specialty", "reviewer_specialty", STR),
    ("reviewer.phone", "reviewer_phone", STR),
    ("stated_appeal_deadline_days", "stated_appeal_deadline_days", INT),
    ("grievance_address", "grievance_address", STR),
)

DOCUMENTS_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "sha256": STR, "pages": INT, "total_pages": INT, "ocr_pages": INT,
    "ocr_confidence": FLOAT, "language": STR, "status": STR, "error_code": STR, "error_message": STR,
    "schema_version": STR, "analyzer_version": STR, "model_version": STR, "catalogue_version": STR,
    **{col: dt for _, col, dt in LETTER_FIELDS},
    "n_services": INT, "n_diagnoses": INT, "n_criteria_cited": INT, "n_flags": INT, "n_flags_high": INT,
    "n_raised": INT, "n_passed": INT, "n_not_applicable": INT, "n_insufficient_data": INT,
    "n_deadlines": INT, "n_arguments": INT, "n_questions": INT, "n_warnings": INT,
}
ITEM_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "item": INT, "text": STR, "codes": STR, "page": INT, "source": STR,
}
SERVICES_DTYPES = ITEM_DTYPES
DIAGNOSES_DTYPES = ITEM_DTYPES
FLAGS_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "rule_id": STR, "severity": STR, "title": STR, "explanation": STR,
    "citation": STR, "predicate": STR, "page": INT, "n_evidence": INT,
}
EVIDENCE_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "owner": STR, "key": STR, "page": INT, "start": INT, "end": INT,
    "x0": FLOAT, "top": FLOAT, "x1": FLOAT, "bottom": FLOAT, "text": STR,
}
RULE_OUTCOMES_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "rule_id": STR, "status": STR, "title": STR, "severity": STR, "citation": STR,
    "reason": STR, "explanation": STR, "missing": STR, "predicate": STR, "n_evidence": INT,
}
DEADLINES_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "action": STR, "due": DATE, "basis": STR, "citation": STR,
    "kind": STR, "days": INT, "unit": STR, "from_date": DATE, "source": STR, "note": STR,
}
ARGUMENTS_DTYPES: dict[str, str] = {
    "doc_id": STR, "file": STR, "rule_id": STR, "heading": STR, "text": STR, "citations": STR,
    "kind": STR, "strength": STR, "request": STR, "evidence_pages": STR,
}

TABLES: dict[str, dict[str, str]] = {
    "documents": DOCUMENTS_DTYPES,
    "services": SERVICES_DTYPES,
    "diagnoses": DIAGNOSES_DTYPES,
    "flags": FLAGS_DTYPES,
    "evidence": EVIDENCE_DTYPES,
    "rule_outcomes": RULE_OUTCOMES_DTYPES,
    "deadlines": DEADLINES_DTYPES,
    "arguments": ARGUMENTS_DTYPES,
}
TABLE_NAMES: tuple[str, ...] = tuple(TABLES)
COLUMNS: dict[str, tuple[str, ...]] = {name: tuple(dt) for name, dt in TABLES.items()}

DOCUMENTS_COLUMNS = COLUMNS["documents"]
SERVICES_COLUMNS = COLUMNS["services"]
DIAGNOSES_COLUMNS = COLUMNS["diagnoses"]
FLAGS_COLUMNS = COLUMNS["flags"]
EVIDENCE_COLUMNS = COLUMNS["evidence"]
RULE_OUTCOMES_COLUMNS = COLUMNS["rule_outcomes"]
DEADLINES_COLUMNS = COLUMNS["deadlines"]
ARGUMENTS_COLUMNS = COLUMNS["arguments"]


@dataclass(frozen=True)
class Frames:
    """One DataFrame per table. Iterating gives ``(name, frame)`` pairs; ``names`` lists the tables."""

    documents: pd.DataFrame
    services: pd.DataFrame
    diagnoses: pd.DataFrame
    flags: pd.DataFrame
    evidence: pd.DataFrame
    rule_outcomes: pd.DataFrame
    deadlines: pd.DataFrame
    arguments: pd.DataFrame

    names = TABLE_NAMES

    def __iter__(self) -> Iterator[tuple[str, pd.DataFrame]]:
        for name in TABLE_NAMES:
            yield name, getattr(self, name)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; tables: {', '.join(TABLE_NAMES)}")
        return getattr(self, name)

    def __len__(self) -> int:
        return len(TABLE_NAMES)

    def to_parquet(self, out_dir: str | os.PathLike) -> dict[str, Path]:
        """Write ``<table>.parquet`` files; returns their paths."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = {}
        for name, df in self:
            paths[name] = out / f"{name}.parquet"
            df.to_parquet(paths[name], index=False)
        return paths

    def to_csv(self, out_dir: str | os.PathLike) -> dict[str, Path]:
        """Write ``<table>.csv`` files (UTF-8, dates as ISO); returns their paths."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = {}
        for name, df in self:
            paths[name] = out / f"{name}.csv"
            df.to_csv(paths[name], index=False, date_format="%Y-%m-%d")
        return paths

    def summary(self) -> dict[str, int]:
        return {name: len(df) for name, df in self}


# -- building rows ------------------------------------------------------------------------------------


def doc_id(file: str, sha256: str) -> str:
    """Stable id of one input: the same file name with the same bytes gets the same id in every run."""
    return hashlib.sha256(f"{file}\0{sha256}".encode()).hexdigest()[:16]


def _get(d: Mapping[str, Any] | None, path: str) -> Any:
    cur: Any = d
    for part in path.split("."):
        if not isinstance(cur, Mapping):
            return None
        cur = cur.get(part)
    return cur


def _value(field: Any) -> Any:
    return field.get("value") if isinstance(field, Mapping) else field


def _join(values: Any) -> str | None:
    if values is None:
        return None
    if isinstance(values, str):
        return values
    return LIST_SEP.join(str(v) for v in values)


def _first_page(evidence: Any) -> int | None:
    for sp in evidence or []:
        if isinstance(sp, Mapping) and sp.get("page") is not None:
            return sp["page"]
    return None


def _evidence_rows(base: dict, owner: str, key: str, evidence: Any) -> Iterator[dict]:
    for sp in evidence or []:
        if not isinstance(sp, Mapping):
            continue
        bbox = sp.get("bbox") or [None, None, None, None]
        yield {**base, "owner": owner, "key": key, "page": sp.get("page"), "start": sp.get("start"),
               "end": sp.get("end"), "x0": bbox[0], "top": bbox[1], "x1": bbox[2], "bottom": bbox[3],
               "text": sp.get("text")}


def _field_evidence(letter: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(field name, evidence list) for every field of the letter, items and criteria included."""
    for path, _, _ in LETTER_FIELDS:
        f = _get(letter, path)
        if isinstance(f, Mapping):
            yield path, f.get("evidence")
    for list_name in ("services", "diagnoses", "criteria_cited"):
        for i, item in enumerate(letter.get(list_name) or []):
            if isinstance(item, Mapping):
                yield f"{list_name}[{i}]", item.get("evidence")


# Row dicts are turned into typed (Arrow-backed) frames every this many rows: a 1,000-letter run keeps
# compact columns instead of ~50,000 Python dicts.
CHUNK_ROWS = 5000


class _Rows:
    """Accumulates rows per table, a chunk at a time (the result dicts themselves are not kept)."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
        self.chunks: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLE_NAMES}

    def flush(self, force: bool = False) -> None:
        for name, rows in self.rows.items():
            if rows and (force or len(rows) >= CHUNK_ROWS):
                self.chunks[name].append(_frame(rows, TABLES[name]))
                self.rows[name] = []

    def add(self, result: Mapping[str, Any]) -> None:
        source = result.get("source") or {}
        letter = result.get("letter") or {}
        errors = result.get("errors") or []
        versions = result.get("versions") or {}
        file = str(source.get("file") or "")
        sha = str(source.get("sha256") or "")
        base = {"doc_id": doc_id(file, sha), "file": file}
        flags = result.get("flags") or []
        outcomes = result.get("rule_outcomes") or []
        statuses = [o.get("status") for o in outcomes]

        doc = {
            **base, "sha256": sha, "pages": source.get("pages"),
            "total_pages": source.get("total_pages", source.get("pages")),
            "ocr_pages": len(source.get("ocr_pages") or []), "ocr_confidence": source.get("ocr_confidence"),
            "language": source.get("language"), "status": "error" if errors else "ok",
            "error_code": errors[0].get("code") if errors else None,
            "error_message": errors[0].get("message") if errors else None,
            "schema_version": result.get("schema_version"),
            "analyzer_version": versions.get("analyzer"), "model_version": versions.get("model"),
            "catalogue_version": versions.get("catalogue"),
        }
        for path, col, _ in LETTER_FIELDS:
            doc[col] = _value(_get(letter, path))
        doc.update({
            "n_services": len(letter.get("services") or []), "n_diagnoses": len(letter.get("diagnoses") or []),
            "n_criteria_cited": len(letter.get("criteria_cited") or []), "n_flags": len(flags),
            "n_flags_high": sum(1 for f in flags if f.get("severity") == "high"),
            "n_raised": statuses.count("raised"), "n_passed": statuses.count("passed"),
            "n_not_applicable": statuses.count("not_applicable"),
            "n_insufficient_data": statuses.count("insufficient_data"),
            "n_deadlines": len(result.get("deadlines") or []), "n_arguments": len(result.get("arguments") or []),
            "n_questions": len(result.get("questions") or []), "n_warnings": len(result.get("warnings") or []),
        })
        self.rows["documents"].append(doc)

        for table in ("services", "diagnoses"):
            for i, item in enumerate(letter.get(table) or []):
                self.rows[table].append({**base, "item": i, "text": item.get("text"), "codes": _join(item.get("codes")),
                                         "page": _first_page(item.get("evidence")), "source": item.get("source")})
        for f in flags:
            self.rows["flags"].append({
                **base, "rule_id": f.get("rule_id"), "severity": f.get("severity"), "title": f.get("title"),
                "explanation": f.get("explanation"), "citation": f.get("citation"), "predicate": f.get("predicate"),
                "page": _first_page(f.get("evidence")), "n_evidence": len(f.get("evidence") or []),
            })
            self.rows["evidence"].extend(_evidence_rows(base, "flag", str(f.get("rule_id")), f.get("evidence")))
        for key, ev in _field_evidence(letter):
            self.rows["evidence"].extend(_evidence_rows(base, "field", key, ev))
        for o in outcomes:
            self.rows["rule_outcomes"].append({
                **base, "rule_id": o.get("rule_id"), "status": o.get("status"), "title": o.get("title"),
                "severity": o.get("severity"), "citation": o.get("citation"), "reason": o.get("reason"),
                "explanation": o.get("explanation"), "missing": _join(o.get("missing")),
                "predicate": o.get("predicate"), "n_evidence": len(o.get("evidence") or []),
            })
        # deadlines and arguments: the schema's keys plus the extras analyze() adds (None when absent)
        for d in result.get("deadlines") or []:
            self.rows["deadlines"].append({**base, **{k: d.get(k) for k in DEADLINES_DTYPES if k not in base}})
        for a in result.get("arguments") or []:
            row = {**base, **{k: a.get(k) for k in ARGUMENTS_DTYPES if k not in base}}
            row["citations"], row["evidence_pages"] = _join(a.get("citations")), _join(a.get("evidence_pages"))
            self.rows["arguments"].append(row)

    def frames(self) -> Frames:
        self.flush(force=True)
        out = {}
        for name in TABLE_NAMES:
            chunks = self.chunks[name]
            if not chunks:
                out[name] = _frame([], TABLES[name])
            elif len(chunks) == 1:
                out[name] = chunks[0]
            else:
                out[name] = pd.concat(chunks, ignore_index=True)
        return Frames(**out)


def _frame(rows: list[dict], dtypes: Mapping[str, str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=list(dtypes)) if rows else pd.DataFrame(columns=list(dtypes))
    for col, dt in dtypes.items():
        s = df[col]
        if dt == DATE:
            df[col] = pd.to_datetime(s.astype("object").where(s.notna(), None), errors="coerce",
                                     format="ISO8601").astype(DATE)
        elif dt == INT:
            df[col] = pd.to_numeric(s, errors="coerce").astype(INT) if len(s) else s.astype(INT)
        elif dt == FLOAT:
            df[col] = pd.to_numeric(s, errors="coerce").astype(FLOAT) if len(s) else s.astype(FLOAT)
        elif dt == STR:
            df[col] = s.astype("object").where(s.notna(), None).map(
                lambda v: v if v is None or isinstance(v, str) else str(v)).astype(STR)
        else:
            df[col] = s.astype(dt)
    return df


def to_frames(results: Iterable[Mapping[str, Any] | Any]) -> Frames:
    """Tables from results (dicts or ``Analysis`` objects; any iterable, consumed once)."""
    rows = _Rows()
    for r in results:
        rows.add(r.result if hasattr(r, "result") else r)
        rows.flush()
    return rows.frames()


def write_tables(frames: Frames, out_dir: str | os.PathLike) -> dict[str, dict[str, Path]]:
    """Parquet and CSV for every table under ``out_dir`` (the command line's ``--out``)."""
    return {"parquet": frames.to_parquet(out_dir), "csv": frames.to_csv(out_dir)}


def read_tables(out_dir: str | os.PathLike) -> Frames:
    """The tables ``write_tables`` wrote (from the Parquet files, dtypes included), e.g. in a later notebook."""
    out = Path(out_dir)
    missing = [n for n in TABLE_NAMES if not (out / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{out} has no {', '.join(m + '.parquet' for m in missing)}; write them with write_tables")
    return Frames(**{n: pd.read_parquet(out / f"{n}.parquet")[list(TABLES[n])] for n in TABLE_NAMES})


__all__ = ["COLUMNS", "Frames", "TABLE_NAMES", "TABLES", "doc_id", "read_tables", "to_frames", "write_tables"]
