"""Options for one analysis: one object instead of dozens of keyword arguments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OcrMode = Literal["auto", "force_ocr", "text_only"]


@dataclass(frozen=True)
class Options:
    ocr_mode: OcrMode = "auto"
    max_pages: int = 50  # analyze the first pages and warn beyond this
    max_image_pixels: int = 50_000_000  # decompression-bomb guard per image / rendered page
    max_file_bytes: int = 50 * 1024 * 1024
    time_budget_s: float = 120.0  # per document, OCR included
    # pages are read in English first and again in Spanish alone when they read as Spanish: "eng+spa" costs 20%
    # more on every page and still drops Spanish accents. Falls back to what tesseract has installed.
    ocr_languages: str = "eng"
    ocr_dpi: int = 300  # rendering resolution for image-only PDF pages when native resolution is unknown
    min_ocr_chars: int = 20  # fewer characters on an OCR'd page -> warn the user about that page


DEFAULT_OPTIONS = Options()
