"""A side panel printed beside the letter is read as its own column; tables and label blocks are still read across.

Every page here is a real PDF drawn by reportlab and read by the analyzer's own ingest (PDFium and pdfplumber's
clustering); the wording is ours.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from analyzer.extract import extract
from analyzer.ingest import load_document
from analyzer.ingest.textlayer import text_from_chars
from analyzer.nlp import build_doc

LEFT, RIGHT = 50, 232
# (left panel line, right column line): None leaves that side of the line blank
SIDEBAR = [
    ("Your case in brief", "March 9, 2026"),
    ("Member", "Rosa Delgado-Pike"),
    ("Rosa Delgado-Pike", "412 Alder Court"),
    ("Member number", "Fresno, CA 93711"),
    ("58213390", None),
    ("Case number", "About your request for a sleep study"),
    ("RX-44-1902", None),
    ("Request arrived", "Dear Rosa Delgado-Pike:"),
    ("March 2, 2026", None),
    ("Decision date", "Your doctor asked us to cover an overnight sleep study in a lab for"),
    ("March 6, 2026", "you. We looked at the notes your doctor sent and explain our answer"),
    ("What we reviewed", "below, with the steps you can take if you disagree."),
    ("Sleep study in a lab", None),
    ("Answer", None),
    ("Not approved", None),
]
BODY = [
    "Why we said no",
    "A home sleep test can answer the question your doctor asked, and your notes show no heart or lung",
    "condition that would make a home test unreliable, so a study in the lab is not medically necessary.",
]


def _pdf(rows, body=(), xs=(LEFT, RIGHT), size=9.5) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    c.setFont("Helvetica", size)
    y = 720
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            if cell:
                c.drawString(x, y, cell)
        y -= 12.5
    y -= 20
    for line in body:
        c.drawString(LEFT, y, line)
        y -= 12.5
    c.showPage()
    c.save()
    return buf.getvalue()


def _lines(data: bytes) -> list[str]:
    doc = load_document(data, file_name="letter.pdf")
    return doc.pages[0].text.split("\n")


def test_side_panel_reads_as_its_own_column_before_the_letter():
    lines = _lines(_pdf(SIDEBAR, BODY))
    panel = [left for left, _ in SIDEBAR]
    letter = [right for _, right in SIDEBAR if right]
    assert lines[:len(panel)] == panel  # label over value: "Member number" / "58213390"
    assert lines[len(panel):len(panel) + len(letter)] == letter  # the letter's sentences unbroken by the panel
    assert lines[len(panel) + len(letter):] == BODY


def test_each_character_keeps_its_own_box():
    doc = load_document(_pdf(SIDEBAR, BODY), file_name="letter.pdf")
    page = doc.pages[0]
    at = page.text.index("58213390")
    assert all(b is not None and b[0] < RIGHT - 50 for b in page.char_boxes[at:at + 8])
    at = page.text.index("Dear Rosa")
    assert page.char_boxes[at][0] == pytest.approx(RIGHT, abs=1.5)


def test_side_panel_fields_reach_the_letter():
    doc = load_document(_pdf(SIDEBAR, BODY), file_name="letter.pdf")
    letter = extract(doc, build_doc(doc)).letter
    assert letter["member_id"]["value"] == "58213390"
    dates = {k: (v or {}).get("value") for k, v in letter["dates"].items()}
    assert dates["request_received"] == "2026-03-02"
    assert dates["decision"] == "2026-03-06"
    assert dates["letter"] == "2026-03-09"


def test_side_panel_on_the_right_reads_after_the_letter_column():
    rows = [(right or "", left) for left, right in SIDEBAR]
    lines = _lines(_pdf(rows, BODY, xs=(LEFT, 400)))
    letter = [right for _, right in SIDEBAR if right]
    assert lines[:len(letter)] == letter
    assert lines[len(letter):len(letter) + len(SIDEBAR)] == [left for left, _ in SIDEBAR]


def test_two_column_table_with_wrapped_cells_reads_row_by_row():
    rows = [
        ("Item", "Decision"),
        ("Hospital bed with rails", "Denied: the notes do not show that you need positions an ordinary"),
        ("and a pressure mattress", "bed cannot give you, and you move in and out of bed on your own"),
        ("Trapeze bar", "Denied: it is covered only with a covered hospital bed, and the"),
        ("for the bed frame", "request for the bed was not approved"),
        ("Bedside commode", "Approved for 12 months"),
        ("Shower chair", "Denied: bathroom safety items are not covered by your plan"),
    ]
    lines = _lines(_pdf(rows, xs=(LEFT, 200)))
    assert lines[:len(rows)] == [f"{a} {b}" for a, b in rows]


def test_label_block_beside_values_is_not_columns():
    rows = [
        ("Notice date", "March 9, 2026"),
        ("Member", "Rosa Delgado-Pike"),
        ("Member number", "58213390"),
        ("Request arrived", "March 2, 2026"),
        ("Decision date", "March 6, 2026"),
        ("Service asked for", "Overnight sleep study in a lab, attended by a technologist (CPT 95810)"),
        ("Why we said no", "A home sleep test can answer your doctor's question, and nothing in the"),
        ("", "notes suggests a home test would be unreliable for you."),
    ]
    lines = _lines(_pdf(rows, xs=(LEFT, 160)))
    assert lines[:len(rows) - 1] == [f"{a} {b}" for a, b in rows[:-1]]


def test_three_column_table_is_never_split():
    rows = [("Line", "Code", "Outcome")] + [(f"{n}. Infusion supply kit, standard", f"A42{20 + n}",
                                             "Approved as asked" if n % 2 else "Reduced to 30 a month because the")
                                            for n in range(1, 8)]
    lines = _lines(_pdf([r for r in rows], xs=(LEFT, 260, 330)))
    assert lines[:len(rows)] == [" ".join(r) for r in rows]


def test_text_from_chars_without_columns_is_pdfplumbers_reading():
    """The plain path is untouched: a page of prose lines reads exactly as pdfplumber's extract_text."""
    import pdfplumber

    data = _pdf([(line, None) for line in BODY * 5])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        text, boxes = text_from_chars(page.chars, page.bbox)
        assert text == page.extract_text()
        assert len(boxes) == len(text)


def test_a_long_label_panel_beside_a_few_lines_of_the_letter_reads_as_its_own_column():
    # a shaded panel of labels over values, only four of its lines beside the letter and one sentence wrapping there
    rows = [
        ("Member", "Adverse Benefit Determination"),
        ("Everett Kapoor", None),
        ("Member ID", "Aloha Everett Kapoor,"),
        ("8214-4349", None),
        ("Employer group", "Dolores Tran, MD asked us to approve a cochlear implant for your left ear. The"),
        ("Tri-County Transit Authority", "facts of the request are listed at the left. We cannot approve it."),
        ("Codes", None), ("69930 / L8614", None), ("Requested by", None), ("Dolores Tran, MD", None),
        ("Reference", None), ("E912440175", None), ("Received", None), ("28 JUNE 2025", None),
    ]
    lines = _lines(_pdf(rows, xs=(LEFT, 200)))
    panel = [left for left, _ in rows]
    assert lines[:len(panel)] == panel
    assert lines[len(panel):len(panel) + 2] == ["Adverse Benefit Determination", "Aloha Everett Kapoor,"]


def test_a_scanned_side_panel_reads_as_its_own_column_too():
    # the same page without a text layer: OCR's words go through the same column test as a text layer's characters
    from analyzer.samplegen import render_scan

    doc = load_document(render_scan(_pdf(SIDEBAR, BODY), seed=3), file_name="letter.pdf")
    lines = doc.pages[0].text.split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.strip() == "Member number")
    assert lines[at + 1].strip() == "58213390"  # the label over its value, not beside the letter's address
    dear = next(ln for ln in lines if "Dear Rosa" in ln)
    assert dear.strip() == "Dear Rosa Delgado-Pike:"
    assert extract(doc, build_doc(doc)).letter["member_id"]["value"] == "58213390"
