"""Exports: DOCX and PDF open and contain the letter, the .ics parses with dates and alarms, the bundle is whole."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from test_arguments_fixtures import SO_DEADLINES, second_opinion_result

from analyzer.exports import (
    BUNDLE_FILES,
    analysis_json,
    deadline_uid,
    deadlines_ics,
    to_docx,
    to_pdf,
    to_text,
    write_bundle,
)
from analyzer.letter import draft_letter

MEMBER = {"name": "Dana Okafor", "address": "41 Linden Street\nOakland, CA 94607", "phone": "(510) 555-0142"}


@pytest.fixture(scope="module")
def result():
    return second_opinion_result()


@pytest.fixture(scope="module")
def letter(result):
    return draft_letter(result, MEMBER)


def _squash(s: str) -> str:
    return " ".join(s.split())


def test_docx_opens_and_contains_the_letter(letter):
    import docx

    d = docx.Document(io.BytesIO(to_docx(letter)))
    text = _squash("\n".join(p.text for p in d.paragraphs))
    for needle in ("Dana Okafor", "220031457788", letter.title, "Cal. Health & Safety Code § 1383.15(a)",
                   "Stanford Cancer Center", "Why the decision should be changed", "Enclosures:"):
        assert needle in text, needle
    for sec in letter.sections:
        for p in sec.paragraphs:
            assert _squash(p) in text
    assert "Before you send this letter" in text


def test_pdf_opens_and_contains_the_letter(letter):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(to_pdf(letter))) as pdf:
        assert len(pdf.pages) >= 2
        text = _squash(" ".join(p.extract_text() or "" for p in pdf.pages))
    for needle in ("Dana Okafor", "220031457788", "§ 1383.15(a)", "Stanford Cancer Center",
                   "1-888-466-2219", "What I am asking for", "[GRIEVANCE MAILING ADDRESS FROM YOUR DENIAL LETTER]"):
        assert needle in text, needle


def test_pdf_escapes_markup_characters():
    import pdfplumber

    res = second_opinion_result()
    letter = draft_letter(res, {**MEMBER, "story": "My doctor said <urgent> & soon."})
    with pdfplumber.open(io.BytesIO(to_pdf(letter))) as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
    assert "<urgent> & soon" in text


def test_text_export_has_letter_then_notes(letter):
    t = to_text(letter)
    assert t.startswith(letter.text)
    assert "BEFORE YOU SEND THIS LETTER" in t.split(letter.text, 1)[1]
    assert to_text(letter, include_notes=False) == letter.text


def test_ics_parses_with_dates_and_alarms(result):
    from icalendar import Calendar

    data = deadlines_ics(result)
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    with_due = [d for d in SO_DEADLINES if d["due"]]
    assert len(events) == len(with_due)
    by_summary = {str(e["summary"]): e for e in events}
    for d in with_due:
        ev = by_summary[d["action"]]
        start = ev["dtstart"].dt
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime)  # all-day
        assert start.isoformat() == d["due"]
        assert ev["dtend"].dt == start + dt.timedelta(days=1)
        assert d["citation"] in str(ev["description"])
        triggers = sorted(a["trigger"].dt for a in ev.walk("VALARM"))
        assert triggers == [dt.timedelta(days=-7), dt.timedelta(days=-1)]
        assert str(ev["uid"]) == deadline_uid(result, d["action"])
    # no personal data in the calendar
    assert b"Okafor" not in data and b"220031457788" not in data


def test_ics_uids_are_stable_and_distinct(result):
    from icalendar import Calendar

    a = Calendar.from_ical(deadlines_ics(result, now=dt.datetime(2026, 4, 3, tzinfo=dt.UTC)))
    b = Calendar.from_ical(deadlines_ics(result))
    ua = sorted(str(e["uid"]) for e in a.walk("VEVENT"))
    ub = sorted(str(e["uid"]) for e in b.walk("VEVENT"))
    assert ua == ub and len(set(ua)) == len(ua)


def test_ics_without_due_dates_is_an_empty_calendar():
    from icalendar import Calendar

    cal = Calendar.from_ical(deadlines_ics({"deadlines": [{"action": "x", "due": None}, {"action": "y",
                                                                                         "due": "not a date"}]}))
    assert list(cal.walk("VEVENT")) == []


def test_analysis_json_round_trips(result):
    assert json.loads(analysis_json(result)) == json.loads(json.dumps(result, default=str))


def test_write_bundle_writes_all_files(tmp_path, result):
    written = write_bundle(result, tmp_path / "out", member=MEMBER)
    assert set(written) == set(BUNDLE_FILES)
    for name, path in written.items():
        assert path.exists() and path.stat().st_size > 0, name
        assert path.parent == tmp_path / "out"
    assert "Dana Okafor" in written["grievance.txt"].read_text(encoding="utf-8")
    assert json.loads(written["analysis.json"].read_text(encoding="utf-8"))["schema_version"] == "1"
    assert written["grievance.pdf"].read_bytes().startswith(b"%PDF")
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_blanks_are_highlighted_in_docx(result):
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    letter = draft_letter(result)  # no member facts: name from the letter, the rest blank
    d = docx.Document(io.BytesIO(to_docx(letter)))
    marked = {r.text for p in d.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW}
    assert set(letter.blanks) <= marked


def test_member_edited_letter_exports(letter):
    """The app passes the member's edited text as sender lines only (dataclasses.replace); every export works."""
    import dataclasses

    import docx
    import pdfplumber

    edited_text = letter.text.replace("Dear Grievance and Appeals Department:", "To whom it may concern:")
    edited = dataclasses.replace(letter, title="", sender=edited_text.rstrip("\n").split("\n"), date_line="",
                                 recipient=[], subject=[], salutation="", sections=[], closing=[], enclosures=[])
    assert edited.text == edited_text
    d = docx.Document(io.BytesIO(to_docx(edited)))
    assert "To whom it may concern:" in "\n".join(p.text for p in d.paragraphs)
    with pdfplumber.open(io.BytesIO(to_pdf(edited))) as pdf:
        assert "To whom it may concern:" in " ".join(p.extract_text() or "" for p in pdf.pages)
    assert to_text(edited).startswith(edited_text)
