"""Ingest: turn an uploaded PDF or image into a Document (page text + per-character boxes, text source per page)."""

from __future__ import annotations

from .loader import OcrGeometry, load_document
from .ocr import FakeOcrEngine, OcrEngine, OcrWord, TesseractEngine, words_to_text
from .render import page_image
from .textsource import PageFacts, choose_text_source

__all__ = [
    "FakeOcrEngine",
    "OcrEngine",
    "OcrGeometry",
    "OcrWord",
    "PageFacts",
    "TesseractEngine",
    "choose_text_source",
    "load_document",
    "page_image",
    "words_to_text",
]
