"""The page's presentation helpers: plain words for plan and law, the most urgent deadline, markdown safety,
and the member's edited letter going into the downloads."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def app():
    """app.py as a module (its page only runs as __main__, so importing it draws nothing)."""
    spec = importlib.util.spec_from_file_location("kp_app", REPO / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "plan, state, expected",
    [
        ("commercial_hmo", "CA", "Kaiser commercial HMO plan in California (Knox-Keene)"),
        ("commercial_hmo", "CO", "Kaiser commercial HMO plan in Colorado"),
        ("medi_cal", "CA", "Medi-Cal plan in California (Medi-Cal managed care and Knox-Keene)"),
        ("medicare_advantage", "CA", "Medicare Advantage plan (Kaiser Senior Advantage) in California (federal Medicare rules)"),
        ("erisa_group", "GA", "employer group plan (ERISA) in Georgia (federal ERISA rules)"),
        ("unknown", "CA", "Kaiser plan (type not clear from the letter) in California"),
        (None, None, "We could not tell the plan type or the state from the letter."),
    ],
)
def test_plan_in_words(app, plan, state, expected) -> None:
    assert app.plan_in_words(plan, state) == expected


def test_most_urgent_deadline_is_the_members_nearest_one_ahead(app) -> None:
    today = dt.date(2026, 11, 26)
    deadlines = [
        {"action": "Plan decides", "due": "2026-11-27", "kind": "plan"},
        {"action": "File a grievance", "due": "2027-01-10", "kind": "member"},
        {"action": "Ask for IMR", "due": "2026-12-20", "kind": "member"},
        {"action": "Old one", "due": "2026-10-01", "kind": "member"},
        {"action": "Unknown date", "due": None, "kind": "member"},
    ]
    d, due = app.most_urgent_deadline(deadlines, today)
    assert d["action"] == "Ask for IMR" and due == dt.date(2026, 12, 20)
    # all passed: the latest one (the member still needs to know it is gone)
    d, _ = app.most_urgent_deadline(deadlines[3:], today)
    assert d["action"] == "Old one"
    assert app.most_urgent_deadline([{"action": "x", "due": None}], today) is None


def test_letter_text_is_made_inert_for_markdown(app) -> None:
    assert app.md("costs $5 *now* [x](y) :red[z]") == r"costs \$5 \*now\* \[x\](y) \:red\[z\]"
    assert app.sentence("the letter names no reviewer") == "The letter names no reviewer."
    assert app.sentence("Done.") == "Done."


def test_edited_letter_goes_into_every_download(app) -> None:
    from docx import Document as Docx

    from analyzer import exports
    from analyzer.letter import draft_letter
    from analyzer.pipeline import empty_letter

    result = {"letter": empty_letter(), "flags": [], "deadlines": [], "arguments": [], "rule_outcomes": [],
              "questions": [], "facts": {}, "source": {"file": "x.pdf"}}
    draft = draft_letter(result, {"name": "Ana Member"})
    assert app.edited_letter(draft, draft.text) is draft  # unedited: the formatted draft itself
    edited_text = draft.text + "\nP.S. My surgeon agrees: see the enclosed note.\n"
    edited = app.edited_letter(draft, edited_text)
    assert "P.S. My surgeon agrees" in exports.to_text(edited)
    body = "\n".join(p.text for p in Docx(io.BytesIO(exports.to_docx(edited))).paragraphs)
    assert "P.S. My surgeon agrees" in body
    assert "Ana Member" in body
    pdf = exports.to_pdf(edited)
    assert pdf[:5] == b"%PDF-"
