"""A PDF page's text layer as page text plus a parallel per-character box list, built in one pass over its chars.

The text is the same reading-order text as pdfplumber's ``page.extract_text()`` (layout=False): lines from
clustering words by their top, words joined by one space. Normalisation (ligatures, odd spaces, soft
hyphens, undecodable glyphs) happens here, while each output character is tied to its box, never after.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

from pdfplumber.utils.text import chars_to_textmap

from ..document import Box, union_boxes
from .columns import column_groups
from .textsource import PageFacts

REPLACEMENT = "\ufffd"
# Dropped outright: soft hyphen (a hyphenation hint, not text) and zero-width characters
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# Vector objects beyond which a page without chars probably has its text drawn as outlines
_VECTOR_ART_CURVES = 100


def _is_garbage_char(text: str) -> bool:
    if text.startswith("(cid:"):
        return True
    for ch in text:
        cat = unicodedata.category(ch)
        if ch == REPLACEMENT or cat in ("Co", "Cs") or (cat == "Cc" and ch not in "\t\n\r"):
            return True
    return False


_norm_cache: dict[str, str] = {}


def normalise_char(ch: str) -> str:
    """What one character of a text layer or OCR result becomes in page text ('' to drop it)."""
    if ch.isascii():
        return ch if ch.isprintable() or ch in "\n" else " " if ch == "\t" else REPLACEMENT
    out = _norm_cache.get(ch)
    if out is not None:
        return out
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if ch in _DROP:
        out = ""
    elif ch.isspace():
        out = " "  # NBSP, thin and other Unicode spaces
    elif 0xFB00 <= cp <= 0xFB4F or 0xFF01 <= cp <= 0xFF5E:
        out = unicodedata.normalize("NFKC", ch)  # ligatures and full-width forms
    elif cat in ("Co", "Cs", "Cc", "Cn"):
        out = REPLACEMENT  # private-use glyphs of symbol fonts, stray controls
    else:
        out = ch
    _norm_cache[ch] = out
    return out


def char_box(obj: dict[str, Any]) -> Box:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def facts_from(
    chars: list[dict[str, Any]], width: float, height: float, images: list[dict[str, Any]], has_vector_art: bool
) -> PageFacts:
    """Facts for ``choose_text_source`` from a page's chars and images (pdfplumber's top-down coordinates)."""
    visible = [c for c in chars if not c["text"].isspace()]
    garbage = sum(1 for c in visible if _is_garbage_char(c["text"]))
    area = float(width * height) or 1.0
    covered = 0.0
    for im in images:
        w = max(0.0, min(im["x1"], width) - max(im["x0"], 0.0))
        h = max(0.0, min(im["bottom"], height) - max(im["top"], 0.0))
        covered += w * h
    return PageFacts(
        char_count=len(visible),
        garbage_count=garbage,
        has_images=bool(images),
        image_coverage=min(1.0, covered / area),
        has_vector_art=(not visible) and has_vector_art,
    )


def native_dpi(images: list[dict[str, Any]]) -> float | None:
    """Pixels per inch of the largest image (pdfplumber-shaped: x0, x1, top, bottom, srcsize), rotation-independent;
    None without a sized image. A scan's own resolution, which OCR never exceeds."""
    best, best_area = None, 0.0
    for im in images:
        sw, sh = im.get("srcsize") or (0, 0)
        dw, dh = float(im["x1"] - im["x0"]), float(im["bottom"] - im["top"])
        if sw <= 0 or sh <= 0 or dw <= 1 or dh <= 1:
            continue
        if dw * dh > best_area:
            best_area = dw * dh
            best = math.sqrt(sw * sh / (dw * dh)) * 72.0
    return best


def page_facts(page: Any, chars: list[dict[str, Any]]) -> PageFacts:
    """Facts about a parsed pdfplumber page for ``choose_text_source``."""
    x0p, top_p, x1p, bottom_p = page.bbox
    visible = any(not c["text"].isspace() for c in chars)
    return facts_from(chars, x1p - x0p, bottom_p - top_p, page.images,
                      (not visible) and len(page.curves) > _VECTOR_ART_CURVES)


# A page turned by its /Rotate entry shows upright text sideways or upside down in pdfplumber's (displayed)
# coordinates: read it in the turned directions so words and lines come out in reading order.
_TURNED = {
    90: dict(line_dir="rtl", char_dir="ttb", line_dir_rotated="rtl", char_dir_rotated="ttb"),
    180: dict(line_dir="btt", char_dir="rtl", line_dir_rotated="btt", char_dir_rotated="rtl"),
    270: dict(line_dir="ltr", char_dir="btt", line_dir_rotated="ltr", char_dir_rotated="btt"),
}


def _reading_directions(page: Any, chars: list[dict[str, Any]]) -> dict[str, str]:
    rotation = int(getattr(page, "rotation", 0) or 0) % 360
    if rotation not in _TURNED:
        return {}
    upright = sum(1 for c in chars if c.get("upright"))
    sideways_text = upright * 2 < len(chars)
    if (rotation == 180) == sideways_text:
        return {}  # the content itself is turned against the page: leave pdfplumber's default
    return _TURNED[rotation]


def build_text_layer(page: Any) -> tuple[str, list[Box | None], PageFacts]:
    """(text, char_boxes, facts) of a pdfplumber page, parsing it once."""
    chars = page.chars
    facts = page_facts(page, chars)
    if not chars:
        return "", [], facts
    text, boxes = text_from_chars(chars, page.bbox, _reading_directions(page, chars))
    return text, boxes, facts


def text_from_chars(
    chars: list[dict[str, Any]], bbox: tuple[float, float, float, float], directions: dict[str, str] | None = None
) -> tuple[str, list[Box | None]]:
    """Page text and a box per character from pdfplumber-shaped chars (pdfplumber's word and line clustering,
    as ``page.extract_text()``), normalised while each output character is tied to its box. A sidebar printed
    beside the letter is read as its own column (``columns.column_groups``)."""
    groups = None if directions else column_groups(chars)
    if groups is None:
        tuples = chars_to_textmap(chars, layout_bbox=bbox, **(directions or {})).tuples
    else:  # a sidebar beside the letter: each column's lines in turn (see columns.py)
        tuples = []
        for group in groups:
            if tuples:
                tuples.append(("\n", None))
            tuples += chars_to_textmap(group, layout_bbox=bbox).tuples
    out: list[str] = []
    boxes: list[Box | None] = []
    prev_obj: dict | None = None
    prev_box: Box | None = None
    for letter, obj in tuples:
        if obj is None:
            out.append(letter)
            boxes.append(None)
            prev_obj = None
            continue
        if obj is prev_obj:
            # a multi-letter char (ligature expansion, "(cid:12)"): the box is shared
            if obj["text"].startswith("(cid:"):
                continue
            box = prev_box
        else:
            box = char_box(obj)
            prev_obj, prev_box = obj, box
            if obj["text"].startswith("(cid:"):
                out.append(REPLACEMENT)
                boxes.append(box)
                continue
        norm = normalise_char(letter)
        if len(norm) == 1 and out and not norm.isascii() and unicodedata.combining(norm):
            composed = unicodedata.normalize("NFC", out[-1] + norm)
            if len(composed) == 1:  # "e" + combining acute from a PDF that draws accents apart: "é"
                out[-1] = composed
                boxes[-1] = union_boxes([boxes[-1], box])
                continue
        for ch in norm:
            out.append(ch)
            boxes.append(box)
    return "".join(out), boxes
