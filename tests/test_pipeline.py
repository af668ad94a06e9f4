"""End to end through the one engine and the command line, on letters rendered by our generator."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analyzer import analyze, reanalyze
from analyzer.pipeline import CORRECTABLE, apply_corrections, empty_letter

samplegen = pytest.importorskip("analyzer.samplegen")


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory):
    spec = samplegen.generate(7, plan_type="commercial_hmo", state="CA")
    path = tmp_path_factory.mktemp("letters") / "letter.pdf"
    path.write_bytes(samplegen.render_pdf(spec, None))
    return spec, path


def test_analysis_of_a_generated_letter_validates_against_the_schema(letter_pdf, validate):
    spec, path = letter_pdf
    a = analyze(path)
    validate(a.result)
    assert a.ok
    assert a.result["source"]["pages"] >= 1
    assert a.result["source"]["sha256"]
    # every rule of the catalogue has an outcome, and every flag shows why it fired
    from analyzer.rules import load_catalogue

    assert {o["rule_id"] for o in a.result["rule_outcomes"]} == set(load_catalogue().rules)
    for flag in a.flags:
        assert flag["citation"] and flag["explanation"]
        assert flag["evidence"], f"{flag['rule_id']} has no evidence"


def test_bytes_and_file_objects_give_the_same_analysis(letter_pdf):
    _, path = letter_pdf
    data = path.read_bytes()
    a = analyze(data, file_name="x.pdf")
    with open(path, "rb") as fh:
        b = analyze(fh, file_name="x.pdf")
    assert a.result["letter"] == b.result["letter"]
    assert [f["rule_id"] for f in a.flags] == [f["rule_id"] for f in b.flags]


def test_reanalyze_applies_corrections_without_reading_the_file_again(letter_pdf):
    _, path = letter_pdf
    a = analyze(path)
    b = reanalyze(a, corrections={"plan_type": "medicare_advantage"})
    assert b.letter["plan_type"]["value"] == "medicare_advantage"
    assert b.letter["plan_type"]["corrected"] is True
    ca_only = [o for o in b.result["rule_outcomes"] if o["rule_id"] == "notice.dmhc_statement"]
    assert ca_only and ca_only[0]["status"] == "not_applicable"


def test_corrections_reject_unknown_fields():
    with pytest.raises(ValueError, match="cannot be corrected"):
        apply_corrections(empty_letter(), {"flags": "x"})
    assert "dates.letter" in CORRECTABLE


def test_unreadable_file_gives_an_error_result_not_an_exception(tmp_path, validate):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"<html><body>not a pdf</body></html>")
    a = analyze(bad)
    validate(a.result)
    assert not a.ok
    assert a.result["errors"][0]["code"] == "not_a_document"


def test_cli_writes_one_json_per_letter_and_counts_failures(letter_pdf, tmp_path):
    _, path = letter_pdf
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj<<>>")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", str(path), str(bad), "--format", "json", "--out", str(out),
         "--workers", "1"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr  # non-zero only when every file failed
    assert "1 ok, 1 failed" in proc.stderr
    good = json.loads((out / "letter.json").read_text())
    assert good["errors"] == []
    failed = json.loads((out / "broken.json").read_text())
    assert failed["errors"][0]["code"] in {"corrupt_document", "not_a_document", "empty_document"}


def test_cli_single_file_prints_one_schema_valid_json_object(letter_pdf, validate):
    _, path = letter_pdf
    proc = subprocess.run([sys.executable, "-m", "analyzer", "analyze", str(path), "--format", "json", "-q"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    validate(json.loads(proc.stdout))


def test_cli_exit_code_is_non_zero_when_every_file_failed(tmp_path):
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "analyzer", "analyze", str(bad), "--format", "json", "-q"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["errors"][0]["code"] == "empty_document"
    assert "Traceback" not in proc.stderr
