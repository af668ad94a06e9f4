"""A photo of page 1 of a 2-page letter: the engine must not accuse the letter of lacking what may be on page 2."""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.document import Document
from analyzer.pipeline import analyze_document

samplegen = pytest.importorskip("analyzer.samplegen")


@pytest.mark.parametrize("marker,stated", [("Page 1 of 2", 2), ("Página 1 de 3", 3), ("Pg. 1/2", 2), ("", None)])
def test_stated_page_count(marker, stated):
    doc = Document.from_text(f"Kaiser Permanente\nWe denied your request.\n{marker}\n")
    assert doc.stated_page_count == stated
    assert doc.pages_missing == (stated - 1 if stated else 0)


def test_page_numbers_that_are_not_a_page_count_are_ignored():
    assert Document.from_text("See page 3 of your Evidence of Coverage 2026.").stated_page_count is None
    assert Document.from_text("Page 5 of 2").stated_page_count is None  # impossible page numbering


def test_first_page_alone_turns_missing_element_flags_into_questions(tmp_path):
    import pdfplumber  # noqa: F401  (the page text comes from the real PDF)
    from pypdf import PdfReader, PdfWriter

    spec = samplegen.generate(15, plan_type="commercial_hmo", state="CA", defects=[])  # prints "Page 1 of 2"
    data = samplegen.render_pdf(spec, None)
    full = analyze(data, file_name="full.pdf")
    reader = PdfReader(__import__("io").BytesIO(data))
    assert len(reader.pages) >= 2
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    first = tmp_path / "first.pdf"
    with open(first, "wb") as fh:
        writer.write(fh)
    part = analyze(first)
    full_ids = {f["rule_id"] for f in full.flags}
    part_ids = {f["rule_id"] for f in part.flags}
    assert part.document.stated_page_count == len(reader.pages)
    assert any("pages, but only 1" in w for w in part.result["warnings"])
    # nothing is raised for a missing element that the full letter has on its later pages
    assert part_ids <= full_ids
    looked = [o for o in part.result["rule_outcomes"] if "all_pages" in o["missing"]]
    assert looked and all(o["status"] == "insufficient_data" for o in looked)


def test_text_letter_with_all_pages_is_judged_normally():
    pages = ["Kaiser Permanente\nWe denied your MRI.\nPage 1 of 2", "Your appeal rights.\nPage 2 of 2"]
    a = analyze_document(Document.from_text(pages))
    assert not any("pages, but only" in w for w in a.result["warnings"])
    assert not any("all_pages" in o["missing"] for o in a.result["rule_outcomes"])
