"""``page_image``: a page as a picture on which char boxes (points * resolution / 72) land on their pixels."""

from __future__ import annotations

import io

from PIL import Image

from ..document import Document
from ..errors import CorruptDocumentError
from ..options import DEFAULT_OPTIONS
from . import imageprep
from .loader import OcrGeometry, _frame, _open_image, prepare_frame


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
    if document.kind == "pdf":
        img = _render_pdf_for_ocr(document.data, geom)
    elif document.kind == "image":
        geom = geom or OcrGeometry(page_number - 1, 0.0)
        im = _open_image(document.data, DEFAULT_OPTIONS.max_image_pixels * 4)
        try:
            frame = _frame(im, geom.frame, DEFAULT_OPTIONS.max_image_pixels * 4)
            img, _dpi = prepare_frame(frame, dict(im.info), gray=False)
        finally:
            im.close()
    else:
        raise ValueError(f"document of kind {document.kind!r} has no page images")
    img = imageprep.deskew(imageprep.rotate_quarter(img, geom.rotation), geom.skew)
    dpi = geom.dpi or 300.0
    scale = resolution / dpi
    size = (max(1, round(page.width * resolution / 72.0)), max(1, round(page.height * resolution / 72.0)))
    if abs(scale - 1.0) > 1e-6 or img.size != size:
        img = img.resize(size, Image.Resampling.LANCZOS if scale < 1 else Image.Resampling.BICUBIC)
    return img.convert("RGB")


def _render_text_page(data: bytes, page_number: int, resolution: float) -> Image.Image:
    import pdfplumber
    import pypdfium2 as pdfium
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return pdf.pages[page_number - 1].to_image(resolution=resolution, antialias=True).original.convert("RGB")
    except (PdfminerException, pdfium.PdfiumError) as err:
        raise CorruptDocumentError(detail=type(err).__name__) from None


def _render_pdf_for_ocr(data: bytes, geom: OcrGeometry) -> Image.Image:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise CorruptDocumentError(detail="pdfium could not open") from err
    try:
        page = doc[geom.frame]
        try:
            return page.render(scale=geom.dpi / 72.0).to_pil().convert("RGB")
        finally:
            page.close()
    finally:
        doc.close()
