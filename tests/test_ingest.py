"""Ingest without real OCR: text layer + char map, the text-source decision, errors and limits, the fake engine."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from test_ingest_support import (
    KNOWN_WORD,
    blank_pdf,
    encode,
    encrypted_pdf,
    image_pdf,
    letter_pdf,
    png_declaring,
    random_bytes,
    render,
    zero_page_pdf,
)

from analyzer.errors import (
    AnalyzerError,
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    FileTooLargeError,
    ImageTooLargeError,
    NotADocumentError,
    NoTextError,
    OcrUnavailableError,
    TimeBudgetExceededError,
)
from analyzer.ingest import FakeOcrEngine, PageFacts, choose_text_source, load_document, page_image
from analyzer.ingest.ocr import OcrWord, words_to_text
from analyzer.ingest.textlayer import normalise_char
from analyzer.options import Options


@pytest.fixture(scope="module")
def letter():
    return letter_pdf()


# --- text layer --------------------------------------------------------------------------------------------
def test_text_layer_reads_letter_with_table(letter):
    doc = load_document(letter.pdf, file_name="x.pdf")
    assert doc.kind == "pdf" and doc.file == "x.pdf" and doc.total_pages == 1
    page = doc.pages[0]
    assert (page.source, page.source_reason) == ("text_layer", "text layer present")
    assert "KAISER PERMANENTE" in page.text
    assert "Date: March 6, 2026" in page.text
    assert re.search(r"1 MRI lumbar spine without contrast 72148 \$1,250\.00", page.text)
    assert doc.ocr_pages == [] and doc.warnings == []


def test_text_matches_pdfplumber_extract_text(letter):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(letter.pdf)) as pdf:
        plain = pdf.pages[0].extract_text()
    assert load_document(letter.pdf).pages[0].text == plain


def test_char_boxes_parallel_and_on_page(letter):
    page = load_document(letter.pdf).pages[0]
    assert len(page.char_boxes) == len(page.text)
    for ch, box in zip(page.text, page.char_boxes, strict=True):
        if ch in " \n":
            assert box is None
            continue
        assert box is not None
        x0, top, x1, bottom = box
        assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height


def test_known_word_box_where_drawn(letter):
    page = load_document(letter.pdf).pages[0]
    start = page.text.index(KNOWN_WORD)
    box = page.bbox(start, start + len(KNOWN_WORD))
    assert box == pytest.approx(letter.known_box, abs=1.0)


def test_sha_data_and_sources_equivalent(letter, tmp_path):
    p = tmp_path / "letter.bin"  # the extension is irrelevant: magic bytes decide
    p.write_bytes(letter.pdf)
    a = load_document(p)
    with open(p, "rb") as fh:
        b = load_document(fh)
    c = load_document(bytearray(letter.pdf))
    import hashlib

    assert a.sha256 == b.sha256 == c.sha256 == hashlib.sha256(letter.pdf).hexdigest()
    assert a.data == letter.pdf and a.file == "letter.bin"
    assert a.text == b.text == c.text


def test_normalisation_happens_in_the_map():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Appeal\u00a0rights: medically necessary within 60\u00a0days")
    c.showPage()
    c.save()
    page = load_document(buf.getvalue()).pages[0]
    assert page.text == "Appeal rights: medically necessary within 60 days"
    assert len(page.char_boxes) == len(page.text)
    i = page.text.index("medically")
    assert all(b is not None for b in page.char_boxes[i : i + 9])


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("\ufb01", "fi"),
        ("\ufb02", "fl"),
        ("\u00a0", " "),
        ("\u00ad", ""),
        ("\u200b", ""),
        ("\uf0b7", "\ufffd"),
        ("\uff21", "A"),
        ("é", "é"),
        ("a", "a"),
        ("\x07", "\ufffd"),
        ("\t", " "),
    ],
)
def test_normalise_char(raw, expected):
    assert normalise_char(raw) == expected


def test_page_cap_reads_first_pages_and_warns():
    pdf = letter_pdf(pages=7).pdf
    doc = load_document(pdf, options=Options(max_pages=3))
    assert len(doc.pages) == 3 and doc.total_pages == 7
    assert any("first 3 of 7 pages" in w for w in doc.warnings)


def test_progress_reports_reading(letter):
    events = []
    load_document(letter_pdf(pages=2).pdf, progress=lambda *a: events.append(a))
    assert ("reading", 0, 2, "Reading page 1 of 2") in events
    assert all(e[0] == "reading" for e in events)


def test_owner_password_only_opens_normally(letter):
    pdf = encrypted_pdf(letter.pdf, user="", owner="owner-secret")
    doc = load_document(pdf)
    assert "KAISER PERMANENTE" in doc.text


# --- the text-source decision -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "mode,facts,expected",
    [
        ("auto", PageFacts(char_count=1500), ("text_layer", "text layer present")),
        ("auto", PageFacts(char_count=0, has_images=True, image_coverage=1.0), ("ocr", "no text layer")),
        ("auto", PageFacts(char_count=0), ("none", "blank page")),
        ("auto", PageFacts(char_count=0, has_vector_art=True), ("ocr", "no text layer (text may be drawn as shapes)")),
        ("auto", PageFacts(char_count=900, garbage_count=800), ("ocr", "text layer is garbage")),
        ("auto", PageFacts(char_count=900, garbage_count=100), ("text_layer", "text layer present")),
        (
            "auto",
            PageFacts(char_count=12, has_images=True, image_coverage=0.95),
            ("ocr", "scanned page with almost no text layer"),
        ),
        ("auto", PageFacts(char_count=12, has_images=True, image_coverage=0.1), ("text_layer", "text layer present")),
        ("force_ocr", PageFacts(char_count=1500), ("ocr", "OCR forced by option")),
        ("text_only", PageFacts(char_count=0, has_images=True), ("none", "no text layer and OCR is turned off")),
        (
            "text_only",
            PageFacts(char_count=900, garbage_count=800),
            ("text_layer", "text layer present (OCR turned off)"),
        ),
        ("auto", PageFacts(is_image_file=True), ("ocr", "image file: no text layer")),
        ("force_ocr", PageFacts(is_image_file=True), ("ocr", "image file: no text layer")),
        ("text_only", PageFacts(is_image_file=True), ("none", "image file and OCR is turned off")),
    ],
)
def test_choose_text_source(mode, facts, expected):
    assert choose_text_source(mode, facts) == expected


def test_choose_text_source_rejects_unknown_mode():
    with pytest.raises(ValueError):
        choose_text_source("sometimes", PageFacts())


# --- fake OCR engine path ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def image_only_pdf(letter):
    return image_pdf([render(letter.pdf, dpi=150)], dpi=150)


def test_image_only_pdf_goes_to_ocr_engine(image_only_pdf):
    engine = FakeOcrEngine(["Notice of denial\nCPT 72148 denied on 03/06/2026"], conf=88.0)
    events = []
    doc = load_document(image_only_pdf, ocr_engine=engine, progress=lambda *a: events.append(a))
    page = doc.pages[0]
    assert (page.source, page.source_reason) == ("ocr", "no text layer")
    assert page.text == "Notice of denial\nCPT 72148 denied on 03/06/2026"
    assert page.ocr_confidence == 88.0 and doc.ocr_pages == [1] and doc.ocr_confidence == 88.0
    assert page.width == pytest.approx(612, abs=1) and page.height == pytest.approx(792, abs=1)
    assert all(
        b is None or (0 <= b[0] < b[2] <= page.width and 0 <= b[1] < b[3] <= page.height) for b in page.char_boxes
    )
    assert ("ocr", 0, 1, "OCR page 1 of 1") in events
    assert engine.calls == 1


def test_force_ocr_on_text_pdf(letter):
    doc = load_document(letter.pdf, options=Options(ocr_mode="force_ocr"), ocr_engine=FakeOcrEngine(["hello world"]))
    assert doc.pages[0].source == "ocr" and doc.pages[0].source_reason == "OCR forced by option"
    assert doc.pages[0].text == "hello world"


def test_text_only_mode_never_calls_engine(letter, image_only_pdf):
    engine = FakeOcrEngine(["should not be used"])
    mixed = _merge_pdfs(letter.pdf, image_only_pdf)
    doc = load_document(mixed, options=Options(ocr_mode="text_only"), ocr_engine=engine)
    assert engine.calls == 0
    assert [p.source for p in doc.pages] == ["text_layer", "none"]
    assert doc.pages[1].source_reason == "no text layer and OCR is turned off"


def test_mixed_pdf_ocrs_only_image_page(letter, image_only_pdf):
    engine = FakeOcrEngine(["scanned page text here"])
    doc = load_document(_merge_pdfs(letter.pdf, image_only_pdf), ocr_engine=engine)
    assert [p.source for p in doc.pages] == ["text_layer", "ocr"] and engine.calls == 1


def test_little_text_and_low_confidence_warn_per_page(image_only_pdf):
    doc = load_document(
        _merge_pdfs(image_only_pdf, image_only_pdf),
        ocr_engine=FakeOcrEngine(["a few words only here", "x" * 40], conf=45.0),
    )
    assert any(w.startswith("Page 1:") and "little or no text" in w for w in doc.warnings)
    assert any(w.startswith("Page 2:") and "confidence 45" in w for w in doc.warnings)


def test_png_goes_to_ocr_with_letter_sized_page(letter):
    img = render(letter.pdf, dpi=100)
    doc = load_document(encode(img, "PNG"), ocr_engine=FakeOcrEngine(["Member ID 12345"]))
    page = doc.pages[0]
    assert doc.kind == "image" and page.source_reason == "image file: no text layer"
    # no dpi in the PNG: the page is assumed letter-wide
    assert page.width == pytest.approx(612, abs=1)


def test_png_with_dpi_uses_it(letter):
    img = render(letter.pdf, dpi=100).crop((0, 0, 425, 550))  # 4.25 x 5.5 inch at 100 dpi
    doc = load_document(encode(img, "PNG", dpi=(100, 100)), ocr_engine=FakeOcrEngine(["Member ID 12345"]))
    assert doc.pages[0].width == pytest.approx(306, abs=1)


def test_multipage_tiff_fake_engine(letter):
    frames = [render(letter.pdf, dpi=100), render(letter.pdf, dpi=100).rotate(180)]
    data = encode(frames[0], "TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100))
    engine = FakeOcrEngine(["first page text", "second page text"])
    doc = load_document(data, ocr_engine=engine)
    assert [p.text for p in doc.pages] == ["first page text", "second page text"]
    assert doc.total_pages == 2


def test_tiff_page_cap(letter):
    frame = render(letter.pdf, dpi=50)
    data = encode(frame, "TIFF", save_all=True, append_images=[frame] * 4)
    doc = load_document(data, options=Options(max_pages=2), ocr_engine=FakeOcrEngine(["some page text here"]))
    assert len(doc.pages) == 2 and doc.total_pages == 5 and any("first 2 of 5" in w for w in doc.warnings)


def test_words_to_text_merges_engine_lines_into_rows():
    words = [
        OcrWord("Code", 500, 100, 60, 20, 90, (2, 1, 1)),
        OcrWord("Service", 100, 102, 100, 20, 90, (1, 1, 1)),
        OcrWord("99285", 500, 140, 70, 20, 90, (2, 1, 2)),
        OcrWord("Emergency", 100, 141, 130, 20, 90, (1, 1, 2)),
        OcrWord("|", 300, 140, 5, 20, 20, (3, 1, 1)),  # a table rule read as a bar
    ]
    text, boxes, conf = words_to_text(words, 0.5)
    assert text == "Service Code\nEmergency 99285"
    assert conf == 90.0
    i = text.index("99285")
    assert boxes[i] == pytest.approx((250.0, 70.0, 257.0, 80.0))
    assert boxes[i + 4][2] == pytest.approx(285.0)


# --- page images -------------------------------------------------------------------------------------------
def _dark_fraction(img: Image.Image, box, res) -> float:
    import numpy as np

    s = res / 72.0
    crop = img.convert("L").crop((int(box[0] * s), int(box[1] * s), int(box[2] * s) + 1, int(box[3] * s) + 1))
    return float((np.asarray(crop) < 128).mean())


def test_page_image_text_layer_box_lands_on_ink(letter):
    doc = load_document(letter.pdf)
    page = doc.pages[0]
    img = page_image(doc, 1, resolution=110)
    assert img.size == (round(612 * 110 / 72), round(792 * 110 / 72))
    i = page.text.index(KNOWN_WORD)
    box = page.bbox(i, i + len(KNOWN_WORD))
    assert _dark_fraction(img, box, 110) > 0.1
    assert _dark_fraction(img, (300, 600, 400, 650), 110) == 0.0  # empty part of the page


def test_page_image_out_of_range(letter):
    with pytest.raises(ValueError):
        page_image(load_document(letter.pdf), 2)


# --- errors ------------------------------------------------------------------------------------------------
HTML = b"<!DOCTYPE html><html><body><h1>Denial</h1></body></html>"


@pytest.mark.parametrize(
    "make,error",
    [
        (lambda: b"", EmptyDocumentError),
        (lambda: b"   \n\t ", EmptyDocumentError),
        (lambda: HTML, NotADocumentError),
        (lambda: random_bytes(), NotADocumentError),
        (lambda: b"PK\x03\x04" + random_bytes(200), NotADocumentError),  # a DOCX/ZIP renamed .pdf
        (lambda: b"\x00\x00\x00\x18ftypheic" + random_bytes(100), NotADocumentError),
        (lambda: b"%PDF-1.7\n" + random_bytes(3000), CorruptDocumentError),
        (lambda: letter_pdf().pdf[:300], CorruptDocumentError),
        (lambda: zero_page_pdf(), EmptyDocumentError),
        (lambda: blank_pdf(2), NoTextError),
        (lambda: encrypted_pdf(letter_pdf().pdf, user="user-secret", owner="owner-secret"), EncryptedDocumentError),
        (lambda: png_declaring(30000, 30000), ImageTooLargeError),
        (lambda: encode(Image.new("L", (400, 500), 255), "PNG")[:120], CorruptDocumentError),
        (lambda: encode(Image.new("RGB", (400, 500), "white"), "JPEG")[:300], CorruptDocumentError),
    ],
)
def test_hostile_inputs_give_specific_errors(make, error):
    with pytest.raises(error) as info:
        load_document(make(), ocr_engine=FakeOcrEngine([""]))
    assert isinstance(info.value, AnalyzerError)
    assert info.value.message and info.value.code


def test_truncated_pdf_never_raises_raw_errors():
    pdf = letter_pdf(pages=2).pdf
    for cut in (0.2, 0.5, 0.8, 0.95):
        try:
            load_document(pdf[: int(len(pdf) * cut)], ocr_engine=FakeOcrEngine(["recovered text here"]))
        except AnalyzerError:
            pass


def test_image_over_pixel_limit():
    data = encode(Image.new("L", (200, 300), 255), "PNG")
    with pytest.raises(ImageTooLargeError):
        load_document(data, options=Options(max_image_pixels=10_000), ocr_engine=FakeOcrEngine(["x"]))


def test_file_over_byte_limit(letter, tmp_path):
    with pytest.raises(FileTooLargeError):
        load_document(letter.pdf, options=Options(max_file_bytes=1000))
    p = tmp_path / "big.pdf"
    p.write_bytes(letter.pdf)
    with pytest.raises(FileTooLargeError):
        load_document(p, options=Options(max_file_bytes=1000))
    with pytest.raises(FileTooLargeError), open(p, "rb") as fh:
        load_document(fh, options=Options(max_file_bytes=1000))


def test_blank_image_is_no_text():
    with pytest.raises(NoTextError):
        load_document(encode(Image.new("L", (850, 1100), 255), "PNG"), ocr_engine=FakeOcrEngine([""]))


def test_ocr_unavailable(image_only_pdf):
    with pytest.raises(OcrUnavailableError):
        load_document(image_only_pdf, ocr_engine=FakeOcrEngine(["x"], available=False))


def test_tesseract_missing_binary(image_only_pdf):
    from analyzer.ingest import TesseractEngine

    engine = TesseractEngine()
    engine.cmd = "/nonexistent/bin/tesseract"
    with pytest.raises(OcrUnavailableError):
        load_document(image_only_pdf, ocr_engine=engine)


def test_time_budget(letter):
    with pytest.raises(TimeBudgetExceededError):
        load_document(letter.pdf, options=Options(time_budget_s=0.0))


class _SlowEngine(FakeOcrEngine):
    def ocr(self, image, *, timeout_s=None, dpi=None, sparse=False):
        import time

        time.sleep(0.3)
        return super().ocr(image, timeout_s=timeout_s, dpi=dpi, sparse=sparse)


def test_time_budget_checked_between_ocr_pages(letter):
    frame = render(letter.pdf, dpi=60)
    data = encode(frame, "TIFF", save_all=True, append_images=[frame] * 9)
    with pytest.raises(TimeBudgetExceededError):
        load_document(data, options=Options(time_budget_s=0.5), ocr_engine=_SlowEngine(["page text words"]))


def test_errors_never_carry_letter_text(letter):
    secret = "Zebulon Quixote-Canary"
    pdf = letter_pdf(extra=f"Member: {secret}").pdf
    for bad in (pdf[:400], encrypted_pdf(pdf, user="u", owner="o")):
        with pytest.raises(AnalyzerError) as info:
            load_document(bad)
        assert secret not in str(info.value) and secret not in (info.value.detail or "")


def _merge_pdfs(*pdfs: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for data in pdfs:
        for p in PdfReader(io.BytesIO(data)).pages:
            w.add_page(p)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pdf_page_reads_in_order_and_boxes_fit_page_image(letter, rotation):
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(letter.pdf)))
    w.pages[0].rotate(rotation)
    buf = io.BytesIO()
    w.write(buf)
    doc = load_document(buf.getvalue())
    page = doc.pages[0]
    assert page.text == load_document(letter.pdf).pages[0].text
    assert (page.width, page.height) == ((792.0, 612.0) if rotation != 180 else (612.0, 792.0))
    i = page.text.index(KNOWN_WORD)
    img = page_image(doc, 1, resolution=72)
    assert img.size == (round(page.width), round(page.height))
    assert _dark_fraction(img, page.bbox(i, i + len(KNOWN_WORD)), 72) > 0.1


class _NoDigitsEngine(FakeOcrEngine):
    """Misses words with digits on the first pass (like table columns tesseract's layout drops); reads them sparse."""

    parallel = False

    def ocr(self, image, *, timeout_s=None, dpi=None, sparse=False):
        words = super().ocr(image, timeout_s=timeout_s, dpi=dpi)
        self.calls -= 1
        return [w for w in words if any(c.isdigit() for c in w.text) == sparse]


def test_second_pass_reads_what_page_layout_skipped():
    from PIL import ImageDraw

    text = "Code 99285 billed today\nLine 2 93010 paid\nTotal due 100 dollars"
    img = Image.new("L", (850, 1100), 255)
    d = ImageDraw.Draw(img)
    for ln, line in enumerate(text.splitlines()):  # ink where the fake engine's words are
        d.rectangle((85, 110 + ln * 27, 85 + round(len(line) * 8.5), 110 + ln * 27 + 18), fill=0)
    doc = load_document(encode(img, "PNG", dpi=(100, 100)), ocr_engine=_NoDigitsEngine([text]))
    assert doc.pages[0].text == text
    no_second = load_document(encode(img, "PNG", dpi=(100, 100)), ocr_engine=FakeOcrEngine([text]))
    assert no_second.pages[0].text == text


# --- image clean-up ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def text_lines_image():
    from PIL import ImageDraw

    img = Image.new("L", (1700, 2200), 255)
    d = ImageDraw.Draw(img)
    for y in range(200, 2000, 45):  # text-like rows of word blobs
        for x in range(150, 1500, 110):
            d.rectangle((x, y, x + 90, y + 14), fill=0)
    return img


@pytest.mark.parametrize("angle", [-4.0, -2.5, -0.6, 0.0, 1.2, 3.0])
@pytest.mark.parametrize("mode", ["L", "1"])  # "1": a fax-like bilevel scan
def test_estimate_skew_undoes_rotation(text_lines_image, angle, mode):
    from analyzer.ingest import imageprep

    turned = text_lines_image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    turned = turned.convert(mode).convert("L")
    assert imageprep.estimate_skew(turned) == pytest.approx(-angle, abs=0.15)


def test_sideways_and_blank(text_lines_image):
    from analyzer.ingest import imageprep

    assert not imageprep.looks_sideways(text_lines_image)
    assert imageprep.looks_sideways(text_lines_image.transpose(Image.Transpose.ROTATE_90))
    assert imageprep.is_blank(Image.new("L", (1700, 2200), 250))
    assert not imageprep.is_blank(text_lines_image)


def test_remove_rules_keeps_text_and_solid_bars():
    import numpy as np
    from PIL import ImageDraw

    from analyzer.ingest import imageprep

    img = Image.new("L", (1000, 700), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((50, 100, 950, 160), fill=0)  # a solid heading bar (white text on it would live here)
    d.line((50, 300, 950, 300), fill=0, width=2)  # a table rule
    d.line((500, 320, 500, 690), fill=0, width=2)  # a column rule
    d.rectangle((100, 400, 130, 420), fill=0)  # a letter-sized blob
    out = np.asarray(imageprep.remove_rules(img, 200))
    assert (out[110:150, 60:940] < 128).mean() > 0.95
    assert (out[297:304, 60:940] < 128).sum() == 0
    assert (out[330:680, 497:504] < 128).sum() == 0
    assert (out[400:421, 100:131] < 128).mean() > 0.95


def _leader_form_pdf(font: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    c.setFont(font, 10)
    y = 700
    c.drawString(72, y, "Summary of the request")
    for label, value in LEADER_ROWS:
        y -= 18
        c.drawString(72, y, f"{label} {'.' * (48 - len(label))} {value}")
    y -= 30
    for line in ("The records show that you are back at work full time without restrictions and your",
                 "pain score dropped from 8 to 1 out of 10 over the visits already approved."):
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


LEADER_ROWS = [("Therapy requested", "Physical therapy visits (97110)"), ("Requested by", "Victor A. Alvarez, DO"),
               ("Visits requested", "8"), ("Request received", "August 29 2025"), ("Decision made", "September 1 2025")]


@pytest.mark.parametrize("font", ["Courier", "Helvetica"])
def test_a_scanned_form_with_dot_leaders_reads_label_then_value(font):
    # OCR reads a row of dots as letters and garbles the label beside it ("Request received" as "ROQUGSE FOCAL VER");
    # the leaders are whitened before OCR, the text beside them kept
    from analyzer.samplegen import render_scan

    text = load_document(render_scan(_leader_form_pdf(font), seed=5), file_name="form.pdf").text
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    for label, value in LEADER_ROWS:
        assert f"{label} {value}" in lines
    assert "The records show that you are back at work full time without restrictions and your" in lines


def test_remove_rules_takes_dot_leaders_and_keeps_letters():
    import numpy as np
    from PIL import ImageDraw

    from analyzer.ingest import imageprep

    img = Image.new("L", (1200, 400), 255)
    d = ImageDraw.Draw(img)
    for x in range(300, 900, 17):  # a leader: 4-pixel dots 17 pixels apart
        d.rectangle((x, 100, x + 3, 103), fill=0)
    for x in range(300, 900, 9):  # a line of "letters": 12-pixel strokes close together
        d.rectangle((x, 200, x + 2, 214), fill=0)
    out = np.asarray(imageprep.remove_rules(img, 200))
    assert (out[98:106, 295:905] < 128).sum() == 0
    assert (out[200:215, 300:900] < 128).sum() == (np.asarray(img)[200:215, 300:900] < 128).sum()


# --- the box map, as a property ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def two_page_doc():
    return load_document(letter_pdf(pages=2, extra="Reviewer: Dr. Ana Ruiz, MD (Internal Medicine)").pdf)


def test_box_map_property(two_page_doc):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    doc = two_page_doc
    n = len(doc.text)

    @settings(max_examples=200, deadline=None)
    @given(st.integers(0, n), st.integers(0, 80))
    def check(start, length):
        for span in doc.spans(start, min(n, start + length)):
            page = doc.pages[span.page - 1]
            assert page.text[span.start : span.end] == span.text
            boxes = [b for b in page.char_boxes[span.start : span.end] if b is not None]
            if not boxes:
                assert span.bbox is None
                continue
            x0, top, x1, bottom = span.bbox
            assert 0 <= x0 <= x1 <= page.width and 0 <= top <= bottom <= page.height
            for b in boxes:  # the span's box covers every character of it
                assert x0 <= b[0] and b[2] <= x1 and top <= b[1] and b[3] <= bottom

    check()


class _FakePlumberPage:
    """Just enough of a pdfplumber page for build_text_layer: chars laid out by hand."""

    width, height, bbox, images, curves, rotation = 612.0, 792.0, (0, 0, 612, 792), [], [], 0

    def __init__(self, chars):
        self.chars = [
            dict(text=t, x0=x, x1=x + 5, top=100, bottom=110, doctop=100, upright=True, size=10, fontname="F")
            for t, x in chars
        ]


def test_combining_accents_are_composed_in_the_map():
    from analyzer.ingest.textlayer import build_text_layer

    text, boxes, facts = build_text_layer(_FakePlumberPage([("e", 72), ("\u0301", 73), ("l", 78), ("(cid:3)", 84)]))
    assert text == "él\ufffd"
    assert boxes[0] == (72.0, 100.0, 78.0, 110.0)
    assert facts.char_count == 4 and facts.garbage_count == 1


def test_unknown_ocr_mode_is_a_caller_error(letter):
    with pytest.raises(ValueError):
        load_document(letter.pdf, options=Options(ocr_mode="sometimes"))  # type: ignore[arg-type]


def test_no_letter_text_in_debug_logs(caplog):
    import logging

    canary = "Zebulon Quixote-Canary"
    caplog.set_level(logging.DEBUG)
    pdf = letter_pdf(extra=f"Member: {canary} 73519864").pdf
    doc = load_document(pdf)
    load_document(image_pdf([render(pdf, dpi=100)], dpi=100), ocr_engine=FakeOcrEngine([f"Member {canary}"]))
    assert canary in doc.text
    assert caplog.records  # something was logged at DEBUG
    assert canary not in caplog.text and "73519864" not in caplog.text


def test_fax_header_over_a_scan_goes_to_ocr(letter):
    from reportlab.lib.pagesizes import letter as letter_size
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = render(letter.pdf, dpi=100)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter_size)
    c.drawImage(ImageReader(scan), 0, 0, width=612, height=792)
    c.setFont("Helvetica", 8)
    c.drawString(20, 780, "FROM: KP FAX SERVER 03/06/2026 10:41 PAGE 1/2")  # what fax servers stamp on top
    c.showPage()
    c.save()
    doc = load_document(buf.getvalue(), ocr_engine=FakeOcrEngine(["the whole scanned page"]))
    assert (doc.pages[0].source, doc.pages[0].source_reason) == ("ocr", "scanned page with almost no text layer")


def test_sixteen_bit_scan_is_not_washed_out(letter):
    import numpy as np

    from analyzer.ingest import imageprep

    gray = render(letter.pdf, dpi=60)
    deep = Image.open(io.BytesIO(encode(Image.fromarray(np.asarray(gray).astype(np.uint16) * 257), "PNG")))
    assert deep.mode.startswith("I")
    out = np.asarray(imageprep.to_gray(deep))
    assert abs(out.astype(int) - np.asarray(gray).astype(int)).max() <= 1


def test_transparent_png_page_image_is_white_not_black():
    import numpy as np
    from PIL import ImageDraw

    img = Image.new("RGBA", (850, 1100), (0, 0, 0, 0))  # transparent black: the usual "empty" pixel
    ImageDraw.Draw(img).rectangle((100, 100, 400, 130), fill=(0, 0, 0, 255))
    doc = load_document(encode(img, "PNG"), ocr_engine=FakeOcrEngine(["some text on the page"]))
    shown = np.asarray(page_image(doc, 1, resolution=72).convert("L"))
    assert shown[500:600, 300:400].min() > 200 and shown[76:90, 100:250].max() < 80  # 100 dpi -> 72


def test_words_to_text_keeps_stacked_lines_of_a_column_apart():
    big = OcrWord("Kaiser", 100, 100, 200, 60, 95, (1, 1, 1))
    right1 = OcrWord("Health", 800, 95, 120, 20, 95, (2, 1, 1))
    right1b = OcrWord("Plan", 930, 95, 80, 20, 95, (2, 1, 1))
    right2 = OcrWord("Referrals", 800, 125, 160, 20, 95, (2, 1, 2))
    text, boxes, _ = words_to_text([big, right1, right1b, right2], 1.0)
    assert text == "Kaiser Health Plan\nReferrals"
    assert len(boxes) == len(text)


def test_spanish_page_detection():
    from analyzer.ingest.ocr import looks_spanish

    es = "Le enviamos este aviso porque su médico pidió un tratamiento para usted. " * 3
    en = "We sent you this notice because your doctor asked for a treatment for you. " * 3
    assert looks_spanish(es) and not looks_spanish(en)
    assert not looks_spanish(en * 3 + "Español: Le ofrecemos ayuda gratuita con el idioma, incluidos intérpretes.")


def test_tesseract_failure_on_a_page_is_a_warning_not_a_crash(image_only_pdf, tmp_path):
    import stat

    from analyzer.ingest import TesseractEngine

    fake = tmp_path / "tesseract"  # a tesseract that lists languages but fails on every image
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then printf "List:\\neng\\n"; exit 0; fi\n'
        'if [ "$1" = "--version" ]; then echo "tesseract 5.3.0"; exit 0; fi\n'
        "echo 'Error during processing.' >&2; exit 1\n"
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    engine = TesseractEngine("eng")
    engine.cmd = str(fake)
    import pytesseract

    saved = pytesseract.pytesseract.tesseract_cmd
    pytesseract.pytesseract.tesseract_cmd = str(fake)
    try:
        with pytest.raises(NoTextError):
            load_document(image_only_pdf, ocr_engine=engine)
    finally:
        pytesseract.pytesseract.tesseract_cmd = saved
