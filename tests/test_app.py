"""The Streamlit page (app.py) driven by Streamlit's AppTest: uploads, errors, corrections, downloads.

Two kinds of tests: the page against the real engine on letters our generator renders (what a member
sees), and the page against a stand-in engine (how the page behaves when the engine misbehaves, and which
corrections it hands to ``reanalyze``), so those do not depend on what a letter happens to contain.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

import analyzer  # noqa: E402
from analyzer.document import Document  # noqa: E402
from analyzer.errors import EncryptedDocumentError, NotADocumentError  # noqa: E402
from analyzer.pipeline import Analysis, empty_letter  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
APP = str(REPO / "app.py")
TIMEOUT = 120  # AppTest's default is 3 s; the first analysis loads the language model


def _app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def _upload(at: AppTest, name: str, data: bytes, mime: str = "application/pdf") -> AppTest:
    at.run()
    at.file_uploader[0].set_value((name, data, mime))
    return at.run()


def _texts(at: AppTest) -> str:
    parts = []
    for kind in ("markdown", "caption", "header", "subheader", "title", "error", "warning", "info", "success"):
        parts += [str(e.value) for e in at.get(kind)]
    return "\n".join(parts).replace("\\", "")  # the page escapes markdown in letter text


def _downloads(at: AppTest) -> list[str]:
    return [e.proto.label for e in at.get("download_button")]


def _tab_labels(at: AppTest) -> list[str]:
    return [t.label for t in at.tabs]


# ---- letters made at test time --------------------------------------------------------------------------------------
def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(612, 792)
    w.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def generated_letter() -> bytes:
    samplegen = pytest.importorskip("analyzer.samplegen")
    # a California second-opinion denial with two known problems (the generator plants them)
    spec = samplegen.generate(7, plan_type="commercial_hmo", state="CA", letter_kind="second_opinion_denial",
                              defects=["second_opinion.eligible_denied", "notice.dmhc_statement"])
    return samplegen.render_pdf(spec, None)


# ---- the real engine ----------------------------------------------------------------------------------------------
def test_first_screen_offers_upload_and_privacy_note() -> None:
    at = _app().run()
    assert not at.exception
    assert at.file_uploader, "the upload box is the first thing a member needs"
    text = _texts(at)
    assert "runs on this computer" in text
    assert "not uploaded anywhere" in text


def test_upload_generated_letter_shows_summary_flags_highlights_and_downloads(generated_letter: bytes) -> None:
    at = _upload(_app(), "denial.pdf", generated_letter)
    assert not at.exception
    # the only red box allowed is a deadline that is close or has passed (generated letters are dated in the past)
    assert all(str(e.value).startswith("**Most urgent deadline:**") for e in at.error), [e.value for e in at.error]
    text = _texts(at)
    assert "What this letter says" in text
    assert "Most urgent deadline" in text
    assert "Free help:" in text
    assert "What was denied" in text
    assert "Your plan, as we understand it:" in text
    assert "California" in text
    analysis = at.session_state["analysis"]
    address = analysis.letter["grievance_address"]["value"]
    assert address and f"**Mail it to:** {address}" in text  # where the letter says grievances go
    assert analysis.ok and analysis.flags, "the generated letter carries at least one problem"
    problems_tab = next(label for label in _tab_labels(at) if label.startswith("Problems found"))
    assert problems_tab == f"Problems found ({len(analysis.flags)})"
    assert analysis.flags[0]["title"] in text
    # the letter is shown page by page as pictures with highlights
    assert len(at.get("image")) >= 1
    labels = _downloads(at)
    for wanted in ("Letter (Word, DOCX)", "Letter (PDF)", "Letter (text)", "Deadlines (calendar)", "Full analysis (JSON)"):
        assert wanted in labels, labels
    # the grievance letter is in an editable text box
    assert any(len(t.value) > 200 for t in at.text_area)


def test_choosing_a_problem_shows_its_page_with_its_box(generated_letter: bytes) -> None:
    at = _upload(_app(), "denial.pdf", generated_letter)
    analysis = at.session_state["analysis"]
    pages_total = len(analysis.document.pages)
    assert len(at.get("image")) == pages_total  # all pages first
    i, flag = next((i, f) for i, f in enumerate(analysis.flags) if f["evidence"])
    pick = next(s for s in at.selectbox if s.label == "Show a problem on the letter")
    pick.set_value(i)
    at.run()
    assert not at.exception
    pages = sorted({sp["page"] for sp in flag["evidence"]})
    assert len(at.get("image")) == len(pages)
    assert any(flag["title"] in str(m.value).replace("\\", "") for m in at.info)
    # the picture shown is the flag's page with the selected (violet) outline drawn on the evidence
    from analyzer.render import COLORS, PageImage

    img = PageImage(analysis.document, pages[0]).draw_result(analysis.result, selected_flag=i)
    assert any(d.color == COLORS["selected"] for d in img.drawn)


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("locked.pdf", _encrypted_pdf(), EncryptedDocumentError.default_message),
        ("noise.pdf", os.urandom(4096), NotADocumentError.default_message),
        ("letter.pdf", b"<!doctype html><html><body>Your claim was denied</body></html>", NotADocumentError.default_message),
    ],
    ids=["encrypted", "random-bytes", "html"],
)
def test_unreadable_files_show_the_engines_message_not_a_traceback(name: str, data: bytes, message: str) -> None:
    at = _upload(_app(), name, data)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert message in errors, errors
    assert "Traceback" not in _texts(at)
    assert "What this letter says" not in _texts(at)


@pytest.mark.parametrize(
    "maker", ["empty", "truncated_pdf", "docx_renamed", "blank_pages", "huge_png", "kids_cycle_pdf"]
)
def test_hostile_files_show_one_plain_message(maker: str) -> None:
    """Files made by the hardening suite's generators: each gives exactly one of the engine's messages."""
    import hostile_files as hf

    from analyzer.errors import ALL_ERRORS

    at = _upload(_app(), "letter.pdf", getattr(hf, maker)())
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0] in {e.default_message for e in ALL_ERRORS}, errors
    assert not at.get("image")


def _outcome_status(at: AppTest, rule_id: str) -> str:
    outcomes = at.session_state["analysis"].result["rule_outcomes"]
    return next(o["status"] for o in outcomes if o["rule_id"] == rule_id)


def _submit_fixes(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label == "Update the analysis").click()
    return at.run()


def test_correcting_the_plan_type_changes_an_outcome(generated_letter: bytes) -> None:
    at = _upload(_app(), "denial.pdf", generated_letter)
    assert _outcome_status(at, "notice.dmhc_statement") == "raised"
    assert "Problems found (3)" in _tab_labels(at) or any(t.startswith("Problems found") for t in _tab_labels(at))
    flags_before = len(at.session_state["analysis"].flags)
    plan = next(s for s in at.selectbox if s.label == "Plan type")
    plan.set_value("medicare_advantage")
    at = _submit_fixes(at)
    assert not at.exception
    assert at.session_state["corrections"] == {"plan_type": "medicare_advantage"}
    assert _outcome_status(at, "notice.dmhc_statement") == "not_applicable"
    # what the member sees changed too: the plan line and the full check list
    assert "Medicare Advantage" in _texts(at)
    audit = at.dataframe[-1].value
    row = audit[audit["Rule id"] == "notice.dmhc_statement"].iloc[0]
    assert row["Result"] == "Does not apply"
    assert f"Problems found ({flags_before - 1})" in _tab_labels(at) or len(at.session_state["analysis"].flags) < flags_before


def test_answering_a_question_changes_an_outcome(generated_letter: bytes) -> None:
    at = _upload(_app(), "denial.pdf", generated_letter)
    questions = [q for q in at.session_state["analysis"].questions if q["kind"] == "fact"]
    if not questions:
        pytest.skip("this letter leaves no open question")
    before = {o["rule_id"]: o["status"] for o in at.session_state["analysis"].result["rule_outcomes"]}
    changed = False
    for q in questions:
        radio = next(r for r in at.radio if r.label == q["question"])
        for answer in ("Yes", "No"):
            radio.set_value(answer)
            at = _submit_fixes(at)
            assert not at.exception
            after = {o["rule_id"]: o["status"] for o in at.session_state["analysis"].result["rule_outcomes"]}
            if any(after[r] != before.get(r) for r in q.get("affects") or after):
                changed = True
                assert at.session_state["facts"][q["id"]] is (answer == "Yes")
                break
            radio = next(r for r in at.radio if r.label == q["question"])
        if changed:
            break
    assert changed, "no answer to any question changed any outcome"
    # the answered question stays on the page so the member can change the answer
    assert any(r.label == q["question"] and r.value == answer for r in at.radio)


def test_filling_in_a_date_the_engine_asked_for_decides_an_insufficient_outcome(generated_letter: bytes) -> None:
    at = _upload(_app(), "denial.pdf", generated_letter)
    asked = {q["id"]: q for q in at.session_state["analysis"].questions if q["kind"] == "field"}
    if "dates.request_received" not in asked:
        pytest.skip("the letter states when the request was received")
    assert "To finish checking your letter we need" in _texts(at)
    rule = asked["dates.request_received"]["affects"][0]
    assert _outcome_status(at, rule) == "insufficient_data"
    letter_date = at.session_state["analysis"].letter["dates"]["letter"]["value"]
    import datetime as dt

    received = dt.date.fromisoformat(letter_date) - dt.timedelta(days=40)  # a late decision
    next(d for d in at.date_input if d.label == "Date Kaiser received the request").set_value(received)
    at = _submit_fixes(at)
    assert not at.exception
    assert at.session_state["corrections"] == {"dates.request_received": received.isoformat()}
    assert _outcome_status(at, rule) != "insufficient_data"


def test_sample_given_on_the_command_line_is_preselected(monkeypatch) -> None:
    sample = REPO / "samples" / "second_opinion_denial.pdf"
    if not sample.exists():
        pytest.skip("bundled sample not there yet")
    monkeypatch.setattr(sys, "argv", ["app.py", "--sample", "samples/second_opinion_denial.pdf"])
    at = _app().run()
    assert not at.exception
    assert at.radio[0].value == "Try a sample letter"
    assert "second_opinion_denial.pdf" in at.selectbox[0].value.name
    assert "What this letter says" in _texts(at)


def test_several_letters_tab_shows_a_table_chart_and_csv(generated_letter: bytes) -> None:
    at = _app().run()
    bulk = at.file_uploader[1]
    bulk.set_value([("a.pdf", generated_letter, "application/pdf"), ("b.pdf", b"not a pdf", "application/pdf")])
    at.run()
    assert not at.exception
    labels = _downloads(at)
    assert "Letters table (CSV)" in labels and "Problems table (CSV)" in labels
    docs = at.session_state["bulk_frames"].documents
    assert list(docs["file"]) == ["a.pdf", "b.pdf"]
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")


# ---- a stand-in engine: how the page behaves around it ------------------------------------------------------------
LETTER_TEXT = (
    "Kaiser Permanente\nOctober 1, 2026\nDear Jane Doe,\n"
    "We denied your request for a second opinion with an outside oncologist.\n"
    "Reviewer: Dr. Alan Smith, MD\n"
)


def _stand_in_analysis(file_name: str = "x.pdf") -> Analysis:
    doc = Document.from_text(LETTER_TEXT, file=file_name)
    page = doc.pages[0]

    def span(s: str) -> dict:
        i = page.text.index(s)
        return page.span(i, i + len(s)).to_dict()

    letter = empty_letter()
    letter["plan_type"] = {"value": "commercial_hmo", "evidence": []}
    letter["state"] = {"value": "CA", "evidence": []}
    letter["dates"]["letter"] = {"value": "2026-10-01", "evidence": [span("October 1, 2026")]}
    letter["services"] = [{"text": "second opinion", "codes": [], "evidence": [span("second opinion")]}]
    flag = {"rule_id": "r.one", "severity": "high", "title": "Stand-in problem", "explanation": "Because.",
            "citation": "Cal. HSC § 1383.15", "evidence": [span("We denied your request")]}
    result = {
        "schema_version": "1",
        "source": {"file": file_name, "sha256": doc.sha256, "pages": 1, "ocr_pages": [], "language": "en",
                   "page_sources": [{"page": 1, "source": "text_layer", "reason": "text", "ocr_confidence": None}]},
        "letter": letter, "flags": [flag], "deadlines": [], "arguments": [], "warnings": [], "errors": [],
        "rule_outcomes": [{"rule_id": "r.one", "status": "raised", "title": "Stand-in problem", "severity": "high",
                           "citation": "", "reason": "", "explanation": "Because.", "evidence": [], "missing": [],
                           "predicate": "p"}],
        "questions": [{"id": "has_cancer", "question": "Is this care for cancer?", "affects": ["r.one"]}],
        "corrections": {},
    }
    return Analysis(result=result, document=doc)


@pytest.fixture()
def stand_in(monkeypatch):
    calls: dict[str, list] = {"analyze": [], "reanalyze": []}

    def fake_analyze(source, *, progress=None, file_name=None, **kw):
        calls["analyze"].append(file_name)
        for stage, done, total in (("reading", 0, 1), ("ocr", 0, 2), ("ocr", 1, 2), ("extracting", 0, 1),
                                   ("checking", 0, 1), ("done", 1, 1)):
            progress(stage, done, total, "")
        return _stand_in_analysis(file_name)

    def fake_reanalyze(analysis, *, facts=None, corrections=None):
        calls["reanalyze"].append({"facts": dict(facts or {}), "corrections": dict(corrections or {})})
        out = _stand_in_analysis(analysis.result["source"]["file"])
        out.result["corrections"] = dict(corrections or {})
        out.result["letter"]["plan_type"]["value"] = (corrections or {}).get("plan_type", "commercial_hmo")
        return out

    monkeypatch.setattr(analyzer, "analyze", fake_analyze)
    monkeypatch.setattr(analyzer, "reanalyze", fake_reanalyze)
    return calls


def test_letter_text_is_shown_literally_not_as_markdown(stand_in, monkeypatch) -> None:
    """A reason with dollar signs, asterisks and brackets must not turn into LaTeX, bold text or a link."""
    reason = "We pay $500 and $600 only *if* approved [see](http://x) :red[now]"
    made = _stand_in_analysis

    def with_reason(file_name: str = "x.pdf") -> Analysis:
        a = made(file_name)
        a.result["letter"]["denial_reason"] = {"value": reason, "evidence": []}
        return a

    monkeypatch.setattr(sys.modules[__name__], "_stand_in_analysis", with_reason)
    at = _upload(_app(), "x.pdf", b"%PDF-1.4")
    quoted = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert quoted == ["> We pay \\$500 and \\$600 only \\*if\\* approved \\[see\\](http\\://x) \\:red\\[now\\]"]


def test_page_hands_only_changed_fields_and_answers_to_reanalyze(stand_in) -> None:
    at = _upload(_app(), "x.pdf", b"%PDF-1.4 stand-in")
    assert not at.exception
    assert stand_in["analyze"] == ["x.pdf"]
    assert "Kaiser commercial HMO plan in California (Knox-Keene)" in _texts(at)
    next(s for s in at.selectbox if s.label == "State").set_value("CA")  # unchanged: not a correction
    next(s for s in at.selectbox if s.label == "Urgency").set_value("expedited")
    next(r for r in at.radio if r.label == "Is this care for cancer?").set_value("Yes")
    at = _submit_fixes(at)
    assert not at.exception
    assert stand_in["reanalyze"] == [{"facts": {"has_cancer": True}, "corrections": {"urgency": "expedited"}}]
    assert stand_in["analyze"] == ["x.pdf"], "the file is not read again"


def test_a_new_upload_replaces_the_analysis_and_resets_answers(stand_in) -> None:
    at = _upload(_app(), "x.pdf", b"%PDF-1.4 one")
    at.file_uploader[0].set_value(("y.pdf", b"%PDF-1.4 two", "application/pdf"))
    at.run()
    assert stand_in["analyze"] == ["x.pdf", "y.pdf"]
    assert at.session_state["facts"] == {} and at.session_state["corrections"] == {}


def test_unexpected_engine_failure_shows_a_plain_message_and_logs_only_its_type(monkeypatch, caplog) -> None:
    def broken(*a, **kw):
        raise RuntimeError("Dear Jane Doe, member id 12345")

    monkeypatch.setattr(analyzer, "analyze", broken)
    with caplog.at_level(logging.DEBUG):
        at = _upload(_app(), "x.pdf", b"%PDF-1.4")
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors and "something went wrong on our side" in errors[0]
    assert "Jane Doe" not in _texts(at)
    assert "Jane Doe" not in caplog.text and "RuntimeError" in caplog.text
    # the other tab still works
    assert len(at.file_uploader) == 2


# ---- every bundled sample, scans and photos included (OCR: slow) ---------------------------------------------------
SAMPLES = sorted(
    p.name for p in (REPO / "samples").glob("*") if p.suffix.lower() in (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
)


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLES)
def test_every_bundled_sample_shows_without_errors(name: str) -> None:
    at = _app().run()
    at.radio(key="input_mode").set_value("Try a sample letter").run()
    at.selectbox(key="sample_choice").set_value(REPO / "samples" / name)
    at.run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    errors = [str(e.value) for e in at.error]
    assert all(e.startswith("**Most urgent deadline:**") for e in errors), errors
    text = _texts(at)
    assert "What this letter says" in text
    assert len(at.get("image")) >= 1
    if name.endswith((".jpg", ".scan.pdf")):
        assert "were pictures, so we read them with text recognition" in text
