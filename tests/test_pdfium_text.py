"""The PDFium text layer must read a letter as the pdfplumber path does: same lines, same words, boxes on the glyphs.

Letters come from our generator, one per template, rendered to real PDFs by reportlab; the reference is
pdfplumber's parse of the same bytes through the same word and line clustering.
"""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from reportlab.lib.pagesizes import letter as LETTER
from reportlab.pdfgen import canvas

from analyzer import samplegen
from analyzer.ingest import load_document, pdfium_text
from analyzer.ingest.textlayer import build_text_layer

# Right-to-left taglines: PDFium gives base letters and mirrored brackets where pdfminer gives presentation forms
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _plumber_pages(data: bytes):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [build_text_layer(p) for p in pdf.pages]


def _pdfium_pages(data: bytes):
    doc = pdfium_text.open_document(data)
    try:
        return [pdfium_text.read_page(doc, i) for i in range(pdfium_text.page_count(doc))]
    finally:
        pdfium_text.close_document(doc)


def _ltr_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if not _RTL.search(ln)]


@pytest.mark.parametrize("template", samplegen.template_names())
def test_same_text_and_boxes_as_pdfplumber(template):
    data = samplegen.render_pdf(samplegen.generate(11, template=template), None)
    ours, ref = _pdfium_pages(data), _plumber_pages(data)
    assert len(ours) == len(ref)
    for layer, (text, boxes, facts) in zip(ours, ref, strict=True):
        assert layer is not None, "an upright letter page must not need the fallback"
        assert _ltr_lines(layer.text) == _ltr_lines(text)
        assert layer.facts.char_count == pytest.approx(facts.char_count, rel=0.01)
        assert layer.facts.has_images == facts.has_images
        if layer.text == text:
            worst = max(
                (max(abs(u - v) for u, v in zip(a, b, strict=True)) for a, b in zip(layer.boxes, boxes, strict=True) if a and b),
                default=0.0,
            )
            assert worst < 1.6, f"a box is {worst:.2f} pt off pdfplumber's"


def _pdf(draw, **page) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_heading_and_text_on_one_baseline_stay_one_line():
    def draw(c):
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(72, 700, "Kaiser Permanente")
        c.setFont("Helvetica", 9)
        c.drawString(210, 700, "Utilization Management Department")

    data = _pdf(draw)
    want = "Kaiser Permanente Utilization Management Department"
    assert _plumber_pages(data)[0][0] == want
    assert load_document(data).pages[0].text == want


def test_turned_page_is_read_by_pdfplumber_in_reading_order():
    def draw(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, "Member ID: 12345678")
        c.drawString(72, 680, "We denied the request for an MRI of the knee.")

    data = _pdf(draw)
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    src[0].set_rotation(90)
    out = io.BytesIO()
    src.save(out)
    src.close()
    turned = out.getvalue()
    doc = pdfium_text.open_document(turned)
    try:
        assert pdfium_text.read_page(doc, 0) is None  # PDFium's coordinates are unturned: pdfplumber reads it
    finally:
        pdfium_text.close_document(doc)
    text = load_document(turned).pages[0].text
    assert text.index("Member ID: 12345678") < text.index("We denied the request")


def test_font_without_space_glyph_still_separates_words():
    """Words placed apart without a space glyph between them (as some letter generators do): PDFium marks the
    gaps as generated spaces, which must split the words."""
    def draw(c):
        c.setFont("Helvetica", 11)
        x = 72.0
        for word in ("Your", "request", "was", "denied"):
            c.drawString(x, 700, word)
            x += c.stringWidth(word + " ", "Helvetica", 11) + 1.0

    layer = _pdfium_pages(_pdf(draw))[0]
    assert layer.text == "Your request was denied"


def test_scan_page_facts_and_native_resolution():
    spec = samplegen.generate(5, template="kp_letterhead")
    scan = samplegen.render_scan(samplegen.render_pdf(spec, None), dpi=200, seed=3)
    layer = _pdfium_pages(scan)[0]
    assert layer.facts.char_count == 0 and layer.facts.has_images
    assert layer.facts.image_coverage > 0.9
    assert layer.native_dpi == pytest.approx(200, abs=2)
