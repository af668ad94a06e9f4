"""Ingest with real Tesseract: scans, a sideways scan, a phone photo, a multi-page TIFF; text, boxes, page images."""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest
from PIL import Image
from test_ingest_support import KNOWN_WORD, encode, image_pdf, letter_pdf, photo, render, scanned

from analyzer.ingest import load_document, page_image

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

KEY_FACTS = ["KAISER", "PERMANENTE", "March 6, 2026", "000034982265", "72148", "99214", "$1,250.00", "180 days"]


@pytest.fixture(scope="module")
def letter():
    return letter_pdf()


def _assert_key_facts(text: str) -> None:
    missing = [k for k in KEY_FACTS if k not in text]
    assert not missing, f"OCR missed {missing}"


def _word_box(page, word):
    i = page.text.index(word)
    return page.bbox(i, i + len(word))


def _ink_in(img: Image.Image, box, res) -> float:
    s = res / 72.0
    crop = img.convert("L").crop((int(box[0] * s), int(box[1] * s), int(box[2] * s) + 1, int(box[3] * s) + 1))
    return float((np.asarray(crop) < 128).mean())


@pytest.fixture(scope="module")
def skewed_scan_doc(letter):
    scan = scanned(render(letter.pdf, dpi=200), angle=2.5)
    return load_document(image_pdf([scan], dpi=200))


def test_skewed_scan_text_and_deskew(skewed_scan_doc):
    page = skewed_scan_doc.pages[0]
    assert (page.source, page.source_reason) == ("ocr", "no text layer")
    _assert_key_facts(page.text)
    # the table row reads left to right like a text layer
    assert re.search(r"MRI lumbar spine without contrast 72148 \$1,250\.00", page.text)
    # the scan was turned 2.5 degrees counter-clockwise: straightening turns it back
    assert page.skew == pytest.approx(-2.5, abs=0.3)
    assert page.rotation == 0
    assert page.ocr_confidence is not None and page.ocr_confidence > 80
    assert page.width == pytest.approx(612, abs=1) and page.height == pytest.approx(792, abs=1)
    assert skewed_scan_doc.warnings == []


def test_skewed_scan_known_word_box_where_drawn(letter, skewed_scan_doc):
    box = _word_box(skewed_scan_doc.pages[0], KNOWN_WORD)
    assert box == pytest.approx(letter.known_box, abs=4.0)


def test_skewed_scan_page_image_matches_boxes(skewed_scan_doc):
    page = skewed_scan_doc.pages[0]
    img = page_image(skewed_scan_doc, 1, resolution=110)
    assert img.size == (round(page.width * 110 / 72), round(page.height * 110 / 72))
    assert _ink_in(img, _word_box(page, KNOWN_WORD), 110) > 0.1
    assert _ink_in(img, _word_box(page, "PERMANENTE"), 110) > 0.1


def test_sideways_scan_is_turned_upright(letter):
    img = scanned(render(letter.pdf, dpi=200), angle=0.0).transpose(Image.Transpose.ROTATE_90)
    doc = load_document(image_pdf([img], dpi=200))
    page = doc.pages[0]
    assert page.rotation in (90, 270)
    assert page.width < page.height  # portrait again
    _assert_key_facts(page.text)
    assert _word_box(page, KNOWN_WORD) == pytest.approx(letter.known_box, abs=4.0)
    img = page_image(doc, 1, resolution=72)
    assert img.width < img.height
    assert _ink_in(img, _word_box(page, KNOWN_WORD), 72) > 0.1


def test_phone_photo_with_shadow(letter):
    data = encode(photo(render(letter.pdf, dpi=200)), "JPEG", quality=85, dpi=(72, 72))
    doc = load_document(data, file_name="photo.jpg")
    page = doc.pages[0]
    assert doc.kind == "image" and page.source_reason == "image file: no text layer"
    _assert_key_facts(page.text)
    assert page.width == pytest.approx(612, abs=2)  # a 72-dpi photo is taken as letter-wide
    img = page_image(doc, 1)
    assert _ink_in(img, _word_box(page, KNOWN_WORD), 110) > 0.05


def test_png_scan(letter):
    doc = load_document(encode(scanned(render(letter.pdf, dpi=150), angle=-1.5), "PNG", dpi=(150, 150)))
    _assert_key_facts(doc.pages[0].text)
    assert doc.pages[0].skew == pytest.approx(1.5, abs=0.3)


@pytest.mark.slow
def test_multipage_tiff_real_ocr():
    a = letter_pdf(body=["First page of the letter", "Date: March 6, 2026", "CPT code 97110 was denied"]).pdf
    b = letter_pdf(body=["Second page: your appeal rights", "Call 1-800-464-4000 (TTY 711)"]).pdf
    frames = [scanned(render(a, dpi=200), angle=1.0), scanned(render(b, dpi=200), angle=-1.0)]
    doc = load_document(
        encode(frames[0], "TIFF", save_all=True, append_images=frames[1:], dpi=(200, 200), compression="tiff_lzw")
    )
    assert len(doc.pages) == 2 and doc.ocr_pages == [1, 2]
    assert "97110" in doc.pages[0].text and "March 6, 2026" in doc.pages[0].text
    assert "1-800-464-4000" in doc.pages[1].text and "appeal rights" in doc.pages[1].text


@pytest.mark.slow
def test_upside_down_scan(letter):
    img = scanned(render(letter.pdf, dpi=200), angle=0.0).transpose(Image.Transpose.ROTATE_180)
    doc = load_document(image_pdf([img], dpi=200))
    assert doc.pages[0].rotation == 180
    _assert_key_facts(doc.pages[0].text)


def test_blank_scan_warns_or_fails_cleanly(letter):
    from analyzer.errors import NoTextError

    blank = scanned(Image.new("L", (1700, 2200), 255), angle=0.0)
    with pytest.raises(NoTextError):
        load_document(image_pdf([blank], dpi=200))
    mixed = image_pdf([scanned(render(letter.pdf, dpi=200), angle=0.0), blank], dpi=200)
    doc = load_document(mixed)
    assert any(w.startswith("Page 2:") and "little or no text" in w for w in doc.warnings)


def test_ocr_leaves_no_temporary_files_and_runs_tesseract_single_threaded(letter, tmp_path, monkeypatch):
    import os
    import tempfile

    private = tmp_path / "tmp"  # other processes on the machine may be running tesseract in /tmp
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    load_document(image_pdf([scanned(render(letter.pdf, dpi=150), angle=1.0)], dpi=150))
    assert os.listdir(private) == []
    assert os.environ.get("OMP_THREAD_LIMIT")  # pytesseract passes os.environ to tesseract
