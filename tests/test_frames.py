"""to_frames: fixed columns and dtypes whatever the letters held; Parquet/CSV round trip."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from analyzer import to_frames
from analyzer.errors import EncryptedDocumentError
from analyzer.frames import COLUMNS, TABLE_NAMES, TABLES, Frames, doc_id, read_tables, write_tables
from analyzer.pipeline import SCHEMA_VERSION, empty_letter

EXPECTED_TABLES = ("documents", "services", "diagnoses", "flags", "evidence", "rule_outcomes", "deadlines",
                   "arguments")


def span(page=1, start=0, end=4, text="text", bbox=(72.0, 100.0, 200.0, 112.0)):
    return {"page": page, "start": start, "end": end, "text": text, "bbox": list(bbox) if bbox else None}


def fld(value, *ev):
    return {"value": value, "evidence": list(ev)}


def normal_result(file="letter.pdf", sha="ab" * 32) -> dict:
    letter = empty_letter()
    letter.update({
        "insurer": fld("Kaiser Permanente", span()), "region": fld("Northern California"), "state": fld("CA"),
        "plan_type": fld("commercial_hmo"), "letter_kind": fld("initial_denial"), "urgency": fld("standard"),
        "member_name": fld("Pat Example"), "member_id": fld("000000"), "denial_category": fld("medical_necessity"),
        "denial_reason": fld("not medically necessary", span(start=10, end=33, text="not medically necessary")),
        "stated_appeal_deadline_days": fld(180),
        "services": [{"text": "MRI lumbar spine", "codes": ["72148", "72149"], "evidence": [span(page=2)]}],
        "diagnoses": [{"text": "low back pain", "codes": ["M54.50"], "evidence": []}],
        "criteria_cited": [fld("InterQual", span(page=2, bbox=None))],
    })
    letter["dates"]["letter"] = fld("2026-03-02", span())
    letter["dates"]["decision"] = fld("2026-03-01")
    letter["reviewer"]["name"] = fld("Dr. Reviewer")
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"file": file, "sha256": sha, "pages": 2, "ocr_pages": [2], "ocr_confidence": 91.5,
                   "language": "en", "total_pages": 2},
        "letter": letter,
        "flags": [{"rule_id": "ca.reviewer_missing", "severity": "high", "title": "No reviewer named",
                   "explanation": "The letter does not name the reviewer.", "citation": "Cal. H&S 1367.01(h)(4)",
                   "evidence": [span(page=1), span(page=2)], "predicate": "missing_in_section"}],
        "deadlines": [{"action": "File a grievance", "due": "2026-08-29", "basis": "180 days", "citation": "x",
                       "kind": "member", "days": 180, "unit": "calendar", "from_date": "2026-03-02", "source": "law",
                       "note": ""},
                      {"action": "Ask for IMR", "due": None, "basis": "after grievance", "citation": "y"}],
        "arguments": [{"rule_id": "ca.reviewer_missing", "heading": "H", "text": "T", "citations": ["a", "b"],
                       "kind": "flag", "strength": "high", "request": "R", "evidence_pages": [1, 2]}],
        "warnings": ["page 2 was read by OCR"],
        "errors": [],
        "rule_outcomes": [
            {"rule_id": "ca.reviewer_missing", "status": "raised", "title": "t", "severity": "high", "citation": "c",
             "reason": "", "explanation": "e", "evidence": [span()], "missing": [], "predicate": "p"},
            {"rule_id": "medicare.x", "status": "not_applicable", "title": "t", "severity": "low", "citation": "c",
             "reason": "plan is not Medicare", "explanation": "", "evidence": [], "missing": [], "predicate": "p"},
            {"rule_id": "ca.expedited", "status": "insufficient_data", "title": "t", "severity": "medium",
             "citation": "c", "reason": "", "explanation": "", "evidence": [],
             "missing": ["urgency", "serious_threat"], "predicate": "p"},
        ],
        "questions": [{"id": "serious_threat"}],
        "versions": {"analyzer": "0.1.0", "model": "m", "catalogue": "c"},
    }


def error_only_result(file="locked.pdf") -> dict:
    err = EncryptedDocumentError()
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"file": file, "sha256": "", "pages": 0, "ocr_pages": [], "ocr_confidence": None,
                   "language": "unknown"},
        "letter": empty_letter(), "flags": [], "deadlines": [], "arguments": [], "warnings": [],
        "errors": [err.to_dict()], "rule_outcomes": [], "questions": [], "versions": {"analyzer": "0.1.0"},
    }


CASES = {
    "empty": [],
    "error_only": [error_only_result()],
    "normal": [normal_result(), error_only_result(), normal_result("other.pdf", "cd" * 32)],
}


def test_table_names_are_the_contract():
    assert TABLE_NAMES == EXPECTED_TABLES
    assert tuple(name for name, _ in to_frames([])) == EXPECTED_TABLES
    assert Frames.names == EXPECTED_TABLES


@pytest.mark.parametrize("case", list(CASES))
def test_columns_and_dtypes_fixed(case):
    frames = to_frames(copy.deepcopy(CASES[case]))
    for name in EXPECTED_TABLES:
        df = frames[name]
        assert tuple(df.columns) == COLUMNS[name], name
        assert {c: str(t) for c, t in df.dtypes.items()} == {c: str(pd.Series([], dtype=t).dtype)
                                                            for c, t in TABLES[name].items()}, name


def test_documents_columns_cover_every_scalar_letter_field():
    cols = set(COLUMNS["documents"])
    for c in ("doc_id", "file", "sha256", "pages", "ocr_pages", "language", "status", "error_code", "error_message",
              "analyzer_version", "model_version", "catalogue_version", "insurer", "region", "state", "plan_type",
              "letter_kind", "urgency", "member_name", "member_id", "requesting_provider", "date_letter",
              "date_request_received", "date_decision", "date_service", "denial_category", "denial_reason",
              "reviewer_name", "reviewer_credentials", "reviewer_specialty", "reviewer_phone",
              "stated_appeal_deadline_days", "n_flags", "n_services"):
        assert c in cols, c


def test_values_of_a_normal_letter():
    f = to_frames([normal_result(), error_only_result()])
    d = f.documents.set_index("file")
    row = d.loc["letter.pdf"]
    assert row["status"] == "ok" and pd.isna(row["error_code"])
    assert row["ocr_pages"] == 1 and row["pages"] == 2 and row["stated_appeal_deadline_days"] == 180
    assert row["date_letter"] == pd.Timestamp("2026-03-02") and pd.isna(row["date_service"])
    assert row["reviewer_name"] == "Dr. Reviewer" and pd.isna(row["reviewer_phone"])
    assert (row["n_flags"], row["n_raised"], row["n_not_applicable"], row["n_insufficient_data"]) == (1, 1, 1, 1)
    err = d.loc["locked.pdf"]
    assert err["status"] == "error" and err["error_code"] == "encrypted_document" and err["n_flags"] == 0
    assert f.services["codes"].tolist() == ["72148; 72149"] and f.services["page"].tolist() == [2]
    assert f.flags["page"].tolist() == [1] and f.flags["n_evidence"].tolist() == [2]
    assert f.rule_outcomes["status"].tolist() == ["raised", "not_applicable", "insufficient_data"]
    assert f.rule_outcomes["missing"].tolist()[2] == "urgency; serious_threat"
    assert f.deadlines["due"].isna().tolist() == [False, True]
    assert f.arguments["citations"].tolist() == ["a; b"] and f.arguments["evidence_pages"].tolist() == ["1; 2"]
    assert f.deadlines["days"].tolist()[0] == 180 and pd.isna(f.deadlines["days"].tolist()[1])  # extras optional
    assert f.deadlines["from_date"].iloc[0] == pd.Timestamp("2026-03-02")
    ev = f.evidence
    assert set(ev["owner"]) == {"flag", "field"}
    assert len(ev[ev.owner == "flag"]) == 2
    assert {"insurer", "denial_reason", "dates.letter", "services[0]", "criteria_cited[0]"} <= set(ev["key"])
    crit = ev[ev.key == "criteria_cited[0]"].iloc[0]
    assert pd.isna(crit["x0"]) and crit["page"] == 2  # a span without a box keeps its page
    # every table joins on doc_id
    assert set(f.flags["doc_id"]) <= set(f.documents["doc_id"])
    assert f.documents["doc_id"].is_unique


def test_chunked_building_gives_the_same_tables(monkeypatch):
    from analyzer import frames as framesmod

    results = [normal_result(f"l{i}.pdf", f"{i:064x}") for i in range(7)] + [error_only_result()]
    whole = to_frames(copy.deepcopy(results))
    monkeypatch.setattr(framesmod, "CHUNK_ROWS", 2)
    chunked = to_frames(copy.deepcopy(results))
    for name, df in whole:
        pd.testing.assert_frame_equal(chunked[name], df)


def test_doc_id_is_stable_and_distinguishes_same_bytes():
    assert doc_id("a.pdf", "x") == doc_id("a.pdf", "x") != doc_id("b.pdf", "x")


def test_accepts_any_iterable_and_analysis_objects():
    from analyzer.pipeline import Analysis

    gen = (r for r in [normal_result()])
    assert len(to_frames(gen).documents) == 1
    assert len(to_frames([Analysis(result=normal_result())]).documents) == 1


def test_unexpected_value_types_do_not_break_dtypes():
    r = normal_result()
    r["letter"]["dates"]["letter"]["value"] = "sometime in March"  # not ISO: NaT, not a crash
    r["letter"]["stated_appeal_deadline_days"]["value"] = "180"
    r["letter"]["member_id"]["value"] = 12345
    f = to_frames([r])
    assert pd.isna(f.documents["date_letter"].iloc[0])
    assert f.documents["stated_appeal_deadline_days"].iloc[0] == 180
    assert f.documents["member_id"].iloc[0] == "12345"


def test_parquet_and_csv_round_trip(tmp_path):
    f = to_frames(CASES["normal"])
    paths = write_tables(f, tmp_path / "out")
    assert sorted(p.name for p in paths["parquet"].values()) == sorted(f"{n}.parquet" for n in EXPECTED_TABLES)
    for name, df in f:
        back = pd.read_parquet(paths["parquet"][name])
        pd.testing.assert_frame_equal(back, df, check_dtype=True)
        csv = pd.read_csv(paths["csv"][name])
        assert tuple(csv.columns) == COLUMNS[name] and len(csv) == len(df)
    again = read_tables(tmp_path / "out")
    for name, df in f:
        pd.testing.assert_frame_equal(again[name], df)
    with pytest.raises(FileNotFoundError, match="write_tables"):
        read_tables(tmp_path)
    docs = pd.read_csv(paths["csv"]["documents"])
    assert docs["date_letter"].dropna().tolist() == ["2026-03-02", "2026-03-02"]


def test_empty_tables_write(tmp_path):
    f = to_frames([])
    write_tables(f, tmp_path)
    assert list(pd.read_parquet(tmp_path / "flags.parquet").columns) == list(COLUMNS["flags"])
    assert f.summary() == {n: 0 for n in EXPECTED_TABLES}


def test_unknown_table_name():
    with pytest.raises(KeyError, match="tables"):
        to_frames([])["nope"]
