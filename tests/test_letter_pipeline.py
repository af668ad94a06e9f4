"""Through the real engine: a California second-opinion denial gets one argument per flag and a full bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_arguments_fixtures import SECOND_OPINION_PAGES

from analyzer.document import Document
from analyzer.exports import BUNDLE_FILES, write_bundle
from analyzer.letter import draft_letter

MEMBER = {"name": "Dana Okafor", "address": "41 Linden Street\nOakland, CA 94607", "phone": "(510) 555-0142",
          "signature_date": "2026-04-06"}


@pytest.fixture(scope="module")
def analysis():
    from analyzer import analyze_document

    doc = Document.from_text(SECOND_OPINION_PAGES, file="so.txt")
    return analyze_document(doc, facts={"surgery_proposed": "yes", "member_concerns": "yes"})


def test_every_flag_has_an_argument(analysis):
    r = analysis.result
    assert r["flags"], "the second-opinion letter should raise flags"
    flagged = [f["rule_id"] for f in r["flags"]]
    argued = [a["rule_id"] for a in r["arguments"] if a["rule_id"]]
    assert sorted(flagged) == sorted(argued)
    assert any(i.startswith("second_opinion.") for i in flagged)
    for a in r["arguments"]:
        assert a["heading"] and a["text"] and a["citations"]


def test_result_with_arguments_is_schema_valid(analysis):
    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "shared" / "schema" / "analysis.schema.json"
    if not schema_path.exists():  # pragma: no cover
        pytest.skip("shared/schema not beside the repository")
    jsonschema.validate(analysis.result, json.loads(schema_path.read_text()))


def test_bundle_from_the_engine(analysis, tmp_path):
    written = write_bundle(analysis.result, tmp_path, member=MEMBER)
    assert set(written) == set(BUNDLE_FILES)
    text = written["grievance.txt"].read_text(encoding="utf-8")
    letter = draft_letter(analysis.result, MEMBER)
    assert text.startswith(letter.text)
    for a in analysis.result["arguments"]:
        for c in a["citations"]:
            assert c in text
    for fact in ("Dana Okafor", "220031457788", "April 2, 2026", "April 6, 2026", "(510) 555-0142"):
        assert fact in text
