"""PageImage: highlight boxes land on the words they mark, colours follow severity, methods chain."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from analyzer.document import Document
from analyzer.render import COLORS, PageImage, color_of, page_images


def _ink_bbox(img: Image.Image, region: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Bounding box (pixels) of dark pixels inside region (x0, top, x1, bottom)."""
    arr = np.asarray(img.convert("L"))
    x0, top, x1, bottom = region
    sub = arr[top:bottom, x0:x1] < 128
    ys, xs = np.nonzero(sub)
    assert len(xs), "no ink in region"
    return x0 + int(xs.min()), top + int(ys.min()), x0 + int(xs.max()) + 1, top + int(ys.max()) + 1


def _contains(outer, inner, tol: int = 2) -> bool:
    return (outer[0] - tol <= inner[0] and outer[1] - tol <= inner[1]
            and outer[2] + tol >= inner[2] and outer[3] + tol >= inner[3])


def _area(b) -> int:
    return max(0, b[2] - b[0]) * max(0, b[3] - b[1])


TEXT = "Dear member,\nWe reviewed your request.\n\n\n\n\n\n\n\n\n\n\n\n\n                    DENIED\n"


@pytest.fixture()
def text_doc() -> Document:
    return Document.from_text([TEXT, "Page two\nReviewer: Dr. Lee"])


def test_box_for_a_word_lands_on_its_pixels_text_document(text_doc: Document) -> None:
    page = text_doc.pages[0]
    start = page.text.index("DENIED")
    img = PageImage(text_doc, 1, resolution=144).draw_span(page.span(start, start + 6), "high")
    (drawn,) = img.drawn
    # the word is the only ink in the lower part of the page
    ink = _ink_bbox(img.original, (0, drawn.box[1] - 40, img.original.width, img.original.height))
    assert _contains(drawn.box, ink)
    assert _area(drawn.box) < 3 * _area(ink)


def _one_word_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Kaiser Permanente")  # top of the page
    c.setFont("Helvetica-Bold", 18)
    c.drawString(300, 300, "DENIED")  # alone in the lower half
    c.showPage()
    c.save()
    return buf.getvalue()


def test_box_for_a_word_lands_on_its_pixels_pdf() -> None:
    ingest = pytest.importorskip("analyzer.ingest")
    doc = ingest.load_document(_one_word_pdf(), file_name="one-word.pdf")
    page = doc.pages[0]
    assert page.source == "text_layer"
    start = page.text.index("DENIED")
    img = PageImage(doc, 1, resolution=100).draw_span({"page": 1, "start": start, "end": start + 6, "text": "DENIED"}, "medium")
    (drawn,) = img.drawn
    h = img.original.height
    ink = _ink_bbox(img.original, (0, h // 2, img.original.width, h))
    assert _contains(drawn.box, ink)
    assert _area(drawn.box) < 3 * _area(ink)
    # the annotated picture is tinted orange inside the box and unchanged far away from it
    ann = np.asarray(img.annotated.convert("RGB")).astype(int)
    orig = np.asarray(img.original.convert("RGB")).astype(int)
    cx, cy = (drawn.box[0] + drawn.box[2]) // 2, drawn.box[1] + 2
    r, g, b = ann[cy, cx]
    assert r > b + 40  # orange-ish
    assert (ann[10, 10] == orig[10, 10]).all()


def test_multiline_span_is_drawn_per_line(text_doc: Document) -> None:
    page = text_doc.pages[0]
    img = PageImage(text_doc, 1).draw_span(page.span(0, page.text.index("request") + 7), "low")
    assert len(img.drawn) == 2
    assert img.drawn[0].box[3] <= img.drawn[1].box[1] + 4  # first line above the second


def test_span_on_other_page_is_skipped_and_dict_spans_work(text_doc: Document) -> None:
    p2 = text_doc.pages[1]
    s = p2.span(p2.text.index("Dr."), len(p2.text)).to_dict()
    assert PageImage(text_doc, 1).draw_span(s).drawn == []
    assert len(PageImage(text_doc, 2).draw_span(s).drawn) == 1


def test_flag_colours_follow_severity_and_fields_are_blue(text_doc: Document) -> None:
    page = text_doc.pages[0]
    ev = [page.span(0, 4).to_dict()]
    img = PageImage(text_doc, 1)
    for sev in ("high", "medium", "low"):
        img.draw_flag({"severity": sev, "title": sev, "evidence": ev})
    img.draw_field("member_name", {"value": "x", "evidence": ev})
    assert [d.color for d in img.drawn] == [COLORS["high"], COLORS["medium"], COLORS["low"], COLORS["field"]]
    assert len({COLORS[k] for k in ("high", "medium", "low", "field")}) == 4
    assert [d.kind for d in img.drawn] == ["flag", "flag", "flag", "field"]


def test_chaining_reset_and_png_output(text_doc: Document, tmp_path) -> None:
    page = text_doc.pages[0]
    img = PageImage(text_doc, 1, resolution=50)
    same = img.draw_span(page.span(0, 4), "high").draw_rects([(72, 100, 120, 110)], "field", label="x")
    assert same is img and len(img.drawn) == 2
    png = img.to_png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and img._repr_png_() == png
    assert Image.open(io.BytesIO(png)).size == (round(612 * 50 / 72), round(792 * 50 / 72))
    img.save(tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 0
    assert img.reset() is img and img.drawn == []
    assert np.array_equal(np.asarray(img.annotated), np.asarray(img.original))


def test_draw_result_marks_fields_and_selected_flag(text_doc: Document) -> None:
    page = text_doc.pages[0]
    i = page.text.index("DENIED")
    result = {
        "letter": {"member_name": {"value": "member", "evidence": [page.span(5, 11).to_dict()]},
                   "services": [{"text": "x", "codes": [], "evidence": [page.span(i, i + 6).to_dict()]}],
                   "reviewer": {"name": {"value": None, "evidence": []}}},
        "flags": [{"severity": "high", "title": "A", "evidence": [page.span(i, i + 6).to_dict()]},
                  {"severity": "low", "title": "B", "evidence": [page.span(0, 4).to_dict()]}],
    }
    img = PageImage(text_doc, 1).draw_result(result, selected_flag=1)
    kinds = [(d.kind, d.color) for d in img.drawn]
    assert kinds.count(("field", COLORS["field"])) == 2
    assert ("flag", COLORS["selected"]) in kinds
    assert len(page_images(text_doc, result)) == 2


def test_bad_inputs_raise_clear_errors(text_doc: Document) -> None:
    with pytest.raises(ValueError, match="page 3"):
        PageImage(text_doc, 3)
    with pytest.raises(ValueError, match="unknown colour"):
        color_of("purple")


@pytest.mark.slow
def test_box_for_a_word_lands_on_its_pixels_scanned_page() -> None:
    """An image-only page (skewed scan, OCR'd): the box still lands on the word in the deskewed page picture."""
    from analyzer.ingest import load_document
    from analyzer.samplegen.render import render_scan

    scan = render_scan(_one_word_pdf(), dpi=200, skew_deg=1.2, noise=0.0, seed=1)
    doc = load_document(scan, file_name="scan.pdf")
    page = doc.pages[0]
    assert page.source == "ocr"
    start = page.text.index("DENIED")
    img = PageImage(doc, 1, resolution=100).draw_span(page.span(start, start + 6), "high")
    (drawn,) = img.drawn
    h = img.original.height
    ink = _ink_bbox(img.original, (0, h // 2, img.original.width, h))
    assert _contains(drawn.box, ink, tol=4)
    assert _area(drawn.box) < 3 * _area(ink)
