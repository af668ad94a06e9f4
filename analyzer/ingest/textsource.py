"""The one decision of where a page's text comes from: its text layer, OCR, or nowhere (with a reason)."""

from __future__ import annotations

from dataclasses import dataclass

TEXT_LAYER, OCR, NONE = "text_layer", "ocr", "none"

# A page whose text layer has fewer visible characters than this, on top of a page-sized image, is a scan
# with a fax header or a stamp in text (a letter page holds 1,500-4,000): OCR reads the whole page.
# Scans that were OCR'd before ("sandwich" PDFs) carry far more and keep their text layer.
MIN_TEXT_CHARS_ON_SCAN = 200
SCAN_IMAGE_COVERAGE = 0.5
# More than this share of undecodable glyphs ((cid:N), private-use, U+FFFD) means the font has no usable
# Unicode map: the text layer is garbage even though it has characters.
MAX_GARBAGE_FRACTION = 0.25


@dataclass(frozen=True)
class PageFacts:
    """What we know about a page before deciding; everything is cheap to get from one parse."""

    char_count: int = 0  # visible (non-space) characters in the text layer
    garbage_count: int = 0  # of those, undecodable: (cid:N), private-use glyphs, U+FFFD, control characters
    has_images: bool = False
    image_coverage: float = 0.0  # share of the page area covered by images (0-1)
    has_vector_art: bool = False  # many curves/lines: possibly text drawn as outlines
    is_image_file: bool = False  # the page is a PNG/JPEG/TIFF frame, not a PDF page

    @property
    def garbage_fraction(self) -> float:
        return self.garbage_count / self.char_count if self.char_count else 0.0


def choose_text_source(mode: str, facts: PageFacts) -> tuple[str, str]:
    """``(source, reason)`` for one page; source is ``text_layer``, ``ocr`` or ``none``; the reason is for users."""
    if mode not in ("auto", "force_ocr", "text_only"):
        raise ValueError(f"unknown OCR mode {mode!r}; use auto, force_ocr or text_only")
    if facts.is_image_file:
        if mode == "text_only":
            return NONE, "image file and OCR is turned off"
        return OCR, "image file: no text layer"
    if mode == "force_ocr":
        return OCR, "OCR forced by option"
    has_text = facts.char_count > 0
    if mode == "text_only":
        if has_text:
            return TEXT_LAYER, "text layer present (OCR turned off)"
        return NONE, "no text layer and OCR is turned off"
    if not has_text:
        if facts.has_images:
            return OCR, "no text layer"
        if facts.has_vector_art:
            return OCR, "no text layer (text may be drawn as shapes)"
        return NONE, "blank page"
    if facts.garbage_fraction > MAX_GARBAGE_FRACTION:
        return OCR, "text layer is garbage"
    if facts.char_count < MIN_TEXT_CHARS_ON_SCAN and facts.image_coverage >= SCAN_IMAGE_COVERAGE:
        return OCR, "scanned page with almost no text layer"
    return TEXT_LAYER, "text layer present"
