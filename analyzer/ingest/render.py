"""``page_image``: a page as a picture on which char boxes (points * resolution / 72) land on their pixels."""

from __future__ import annotations

import io

from PIL import Image

from ..document import Document
from ..errors import CorruptDocumentError
from . import imageprep
from .loader import OcrGeometry, _frame, _open_image, prepare_frame
from .pdfium_text import PDFIUM_LOCK

_ALREADY_CHECKED = 1 << 40  # the bytes passed load_document's pixel checks; PIL's own guard still applies


def page_image(document: Document, page_number: int, resolution: float = 110) -> Image.Image:
    """RGB image of page ``page_number`` (1-based) at ``resolution`` pixels per inch.

    Text-layer pages are rendered as pdfplumber sees them; OCR pages are re-derived from the original
    bytes with the same quarter turn and deskew that OCR used, so their boxes fit too.
    """
    if not 1 <= page_number <= len(document.pages):
        raise ValueError(f"page {page_number} is not among the {len(document.pages)} pages read")
    page = document.pages[page_number - 1]
    geom: OcrGeometry | None = getattr(page, "_ocr_geometry", None)
    if document.kind == "pdf" and geom is None:
        return _render_text_page(document.data, page_number, resolution)
    size = (max(1, round(page.width * resolution / 72.0)), max(1, round(page.height * resolution / 72.0)))
    if document.kind == "pdf":
        # render straight at the target resolution: turning and deskewing about the centre commute with scaling
        img = _render_pdf_for_ocr(document.data, geom.frame, resolution)
    elif document.kind == "image":
        geom = geom or OcrGeometry(page_number - 1, 0.0)
        im = _open_image(document.data, _ALREADY_CHECKED)
        try:
            frame = _frame(im, geom.frame, _ALREADY_CHECKED)
            img, dpi = prepare_frame(frame, dict(im.info), gray=False)
        finally:
            im.close()
        scale = resolution / dpi
        if abs(scale - 1.0) > 1e-6:
            img = img.resize(
                (max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.LANCZOS
            )
    else:
        raise ValueError(f"document of kind {document.kind!r} has no page images")
    img = imageprep.deskew(imageprep.rotate_quarter(img.convert("RGB"), geom.rotation), geom.skew)
    if img.size != size:  # rounding: at most a pixel or two
        img = img.resize(size, Image.Resampling.BICUBIC)
    return img


def _render_text_page(data: bytes, page_number: int, resolution: float) -> Image.Image:
    import pdfplumber
    import pypdfium2 as pdfium
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf, PDFIUM_LOCK:  # pdfplumber renders through PDFium
            return pdf.pages[page_number - 1].to_image(resolution=resolution, antialias=True).original.convert("RGB")
    except (PdfminerException, pdfium.PdfiumError) as err:
        raise CorruptDocumentError(detail=type(err).__name__) from None


def _render_pdf_for_ocr(data: bytes, index: int, resolution: float) -> Image.Image:
    with PDFIUM_LOCK:
        return _render_pdf_page(data, index, resolution)


def _render_pdf_page(data: bytes, index: int, resolution: float) -> Image.Image:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise CorruptDocumentError(detail="pdfium could not open") from err
    try:
        page = doc[index]
        try:
            return page.render(scale=resolution / 72.0).to_pil().convert("RGB")
        finally:
            page.close()
    except pdfium.PdfiumError as err:
        raise CorruptDocumentError(detail="pdfium could not render") from err
    finally:
        doc.close()
