"""A PDF page's text layer from pypdfium2's characters: the same text and boxes as the pdfplumber path, 5-8x faster.

pdfminer's parse (under pdfplumber) was 90% of the time it took to read a text letter. PDFium parses the same
page in C; we take its characters with their loose boxes (font ascent to descent, like pdfminer's), put them in
pdfplumber's own char shape and hand them to the same word and line clustering (``textlayer.text_from_chars``),
so reading order, spacing and normalisation are those of the pdfplumber path.

A page this module does not handle the same way returns ``None`` and is read by pdfplumber instead: a page
turned by /Rotate, a media box that does not start at the origin or a crop box that differs from it, and text
that is not horizontal. PDFium is not thread-safe: every call into it here holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import ctypes
import math
import threading
from typing import Any

from ..document import Box
from ..errors import EncryptedDocumentError
from .textlayer import REPLACEMENT, facts_from, native_dpi, text_from_chars
from .textsource import PageFacts

PDFIUM_LOCK = threading.RLock()

_FPDF_ERR_PASSWORD = 4
_GENERATED_BREAKS = frozenset((10, 13))
_ANGLE_TOLERANCE = 0.02  # radians: upright text reports 0 (or 2 pi)
_VECTOR_ART_PATHS = 100
# Helvetica's ascent and descent per point of size (its AFM, which pdfminer uses for the standard fonts)
_ASCENT, _DESCENT = 0.718, 0.207
_LOOSE_HEIGHT = 1.169  # PDFium's loose box height per point of size for Helvetica (when a size is missing)  # bezier paths beyond which a page without chars probably has its text as outlines


def open_document(data: bytes) -> Any | None:
    """The pypdfium2 document, or None when PDFium cannot open it (pdfplumber then gets its turn and reports
    what is wrong). A PDF that needs a password to open raises EncryptedDocumentError."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            return pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            if getattr(err, "err_code", None) == _FPDF_ERR_PASSWORD:
                raise EncryptedDocumentError(detail="PDFium: password required") from None
            return None


def close_document(doc: Any) -> None:
    with PDFIUM_LOCK:
        doc.close()


def page_count(doc: Any) -> int:
    with PDFIUM_LOCK:
        return len(doc)


class PageLayer:
    """What the loader needs of one page: size, text with a box per character, and the facts for choosing a
    text source. ``native_dpi`` is the resolution of the page's largest image (a scan's own resolution)."""

    __slots__ = ("width", "height", "text", "boxes", "facts", "native_dpi")

    def __init__(self, width: float, height: float, text: str, boxes: list[Box | None], facts: PageFacts,
                 native_dpi: float | None) -> None:
        self.width, self.height, self.text, self.boxes, self.facts, self.native_dpi = (
            width, height, text, boxes, facts, native_dpi)


def read_page(doc: Any, index: int) -> PageLayer | None:
    """Page ``index`` (0-based) read with PDFium, or None when pdfplumber should read it (see the module doc).
    Raises pypdfium2's PdfiumError when PDFium cannot load the page."""
    with PDFIUM_LOCK:
        page = doc[index]
        try:
            return _read_page(page)
        finally:
            page.close()


def _read_page(page: Any) -> PageLayer | None:
    if page.get_rotation() % 360:
        return None
    left, bottom, right, top = page.get_mediabox()
    if abs(left) > 1e-3 or abs(bottom) > 1e-3:
        return None
    crop = page.get_cropbox()
    if any(abs(a - b) > 0.5 for a, b in zip(crop, (left, bottom, right, top), strict=True)):
        return None
    width, height = float(right - left), float(top - bottom)
    chars = _chars(page, height)
    if chars is None:
        return None
    images, bezier_paths = _objects(page, height, need_paths=not any(not c["text"].isspace() for c in chars))
    facts = facts_from(chars, width, height, images, bezier_paths > _VECTOR_ART_PATHS)
    text, boxes = text_from_chars(chars, (0.0, 0.0, width, height)) if chars else ("", [])
    return PageLayer(width, height, text, boxes, facts, native_dpi(images))


def _chars(page: Any, height: float) -> list[dict[str, Any]] | None:
    """pdfplumber-shaped chars (text, x0, x1, top, bottom, doctop, upright) in reading-independent stream order;
    None when some text is not horizontal."""
    import pypdfium2.raw as R  # noqa: N812 - the C API's own spelling

    tp = page.get_textpage()
    try:
        raw = tp.raw
        n = R.FPDFText_CountChars(raw)
        if n <= 0:
            return []
        rect = R.FS_RECTF()
        prect = ctypes.byref(rect)
        get_unicode, get_box = R.FPDFText_GetUnicode, R.FPDFText_GetLooseCharBox
        is_generated, get_angle = R.FPDFText_IsGenerated, R.FPDFText_GetCharAngle
        get_origin, get_size = R.FPDFText_GetCharOrigin, R.FPDFText_GetFontSize
        ox, oy = ctypes.c_double(), ctypes.c_double()
        px, py = ctypes.byref(ox), ctypes.byref(oy)
        out: list[dict[str, Any]] = []
        append = out.append
        for i in range(n):
            u = get_unicode(raw, i)
            if u in _GENERATED_BREAKS and is_generated(raw, i) == 1:
                continue  # PDFium's own line ends: lines come from the clustering, as in pdfplumber
            if u == 32:
                ch = " "  # a real space glyph, or one PDFium put where a font draws none: both end a word
            elif u == 2:
                ch = "-"  # PDFium's mark for a hyphen at a line end
            elif u == 0 or 0xD800 <= u <= 0xDFFF:
                ch = REPLACEMENT
            else:
                ch = chr(u)
                angle = get_angle(raw, i)
                if angle > _ANGLE_TOLERANCE and abs(angle - 2 * math.pi) > _ANGLE_TOLERANCE:
                    return None
            if not get_box(raw, i, prect) or rect.right <= rect.left:
                if ch != " " or not out:
                    continue
                # a space PDFium generated where the font draws none has no box: it sits after the previous char
                prev = out[-1]
                append({"text": " ", "x0": prev["x1"], "x1": prev["x1"], "top": prev["top"],
                        "bottom": prev["bottom"], "doctop": prev["doctop"], "upright": True})
                continue
            # vertical extent from the baseline and the size, in pdfminer's proportions for the standard fonts:
            # PDFium's loose boxes use each font's own ascent, so a big heading and small text on one baseline
            # would fall into two lines of the clustering
            get_origin(raw, i, px, py)
            size = get_size(raw, i) or (rect.top - rect.bottom) / _LOOSE_HEIGHT
            t = height - (oy.value + _ASCENT * size)
            append({"text": ch, "x0": rect.left, "x1": rect.right, "top": t,
                    "bottom": height - (oy.value - _DESCENT * size), "doctop": t, "upright": True})
        return out
    finally:
        tp.close()


def _objects(page: Any, height: float, need_paths: bool) -> tuple[list[dict[str, Any]], int]:
    """The page's images (bounds in pdfplumber's top-down coordinates, pixel size) and, when asked, how many
    path objects draw curves (text turned into outlines)."""
    import pypdfium2.raw as R  # noqa: N812

    kinds = [R.FPDF_PAGEOBJ_IMAGE] + ([R.FPDF_PAGEOBJ_PATH] if need_paths else [])
    images: list[dict[str, Any]] = []
    curves = 0
    for obj in page.get_objects(filter=kinds, max_depth=2):
        if obj.type == R.FPDF_PAGEOBJ_IMAGE:
            x0, y0, x1, y1 = obj.get_bounds()
            try:
                w_px, h_px = obj.get_px_size()
            except Exception:  # noqa: BLE001 - a broken image stream: its bounds still count as coverage
                w_px, h_px = 0, 0
            images.append({"x0": x0, "x1": x1, "top": height - y1, "bottom": height - y0, "srcsize": (w_px, h_px)})
        elif _has_bezier(obj.raw, R):
            curves += 1
    return images, curves


def _has_bezier(raw_path: Any, R: Any) -> bool:  # noqa: N803
    for k in range(R.FPDFPath_CountSegments(raw_path)):
        if R.FPDFPathSegment_GetType(R.FPDFPath_GetPathSegment(raw_path, k)) == R.FPDF_SEGMENT_BEZIERTO:
            return True
    return False
