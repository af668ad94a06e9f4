"""Pictures for people: a page image with coloured boxes on extracted fields and on each flag's evidence.

Modelled on pdfplumber's ``display.PageImage``: build one for a page, chain drawing calls, then show it
(inline in Jupyter through ``_repr_png_``, ``st.image`` in the Streamlit page) or save it::

    PageImage(analysis.document, 1).draw_result(analysis.result).save("page1.png")
    PageImage(doc, 2, resolution=100).draw_flag(flag).draw_field("reviewer.name", field)

Boxes come from the document's per-character box map (``Page.line_boxes``), never from searching the
page again: a span's highlight is a slice of that map, one box per text line. Box coordinates are PDF
points with a top-left origin; pixels are points x ``resolution / 72``.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Union

from PIL import Image, ImageDraw, ImageFont

from .document import Box, Document, Page, Span

log = logging.getLogger(__name__)

RGB = tuple[int, int, int]

# Severity colours follow a traffic-light order; extracted fields get a blue that none of them resembles.
COLORS: dict[str, RGB] = {
    "high": (220, 38, 38),  # red
    "medium": (234, 110, 10),  # orange
    "low": (234, 179, 8),  # yellow
    "field": (37, 99, 235),  # blue
    "selected": (126, 34, 206),  # violet: the flag or field the user picked
}
FILL_ALPHA = 70  # of 255: the words stay readable under the fill
OUTLINE_ALPHA = 230
DEFAULT_RESOLUTION = 100

# Fields drawn by ``draw_result``: dotted paths into the schema's ``letter`` object (lists are drawn item by item).
RESULT_FIELDS: tuple[str, ...] = (
    "member_name", "member_id", "plan_type", "state", "letter_kind", "urgency", "requesting_provider",
    "dates.letter", "dates.request_received", "dates.decision", "dates.service",
    "services", "diagnoses", "denial_category", "denial_reason",
    "reviewer.name", "reviewer.credentials", "reviewer.specialty", "reviewer.phone",
    "criteria_cited", "stated_appeal_deadline_days",
)

SpanLike = Union[Span, Mapping[str, Any]]
ColorLike = Union[str, RGB]


@dataclass(frozen=True)
class DrawnBox:
    """One box drawn on the image, in pixels: lets a caller (or a test) know what went where."""

    kind: str  # "flag" | "field" | "span" | "rect"
    label: str
    box: tuple[int, int, int, int]  # x0, top, x1, bottom in pixels
    color: RGB


def color_of(color: ColorLike) -> RGB:
    """A colour name from ``COLORS`` (severity, "field", "selected") or an RGB tuple."""
    if isinstance(color, str):
        try:
            return COLORS[color]
        except KeyError:
            raise ValueError(f"unknown colour {color!r}; use one of {', '.join(COLORS)} or an (r, g, b) tuple") from None
    if len(color) != 3:
        raise ValueError("colour must be an (r, g, b) tuple")
    return tuple(int(c) for c in color)  # type: ignore[return-value]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=max(6, size))
    except Exception:  # pragma: no cover - Pillow built without FreeType: the bitmap font still works
        return ImageFont.load_default()


def _text_page_image(page: Page, resolution: float) -> Image.Image:
    """A white page with the text drawn at its character boxes (documents made from text have no page picture)."""
    scale = resolution / 72.0
    img = Image.new("RGB", (max(1, round(page.width * scale)), max(1, round(page.height * scale))), "white")
    draw = ImageDraw.Draw(img)
    fonts: dict[int, Any] = {}
    for ch, box in zip(page.text, page.char_boxes, strict=False):
        if box is None or not ch.strip():
            continue
        size = max(6, round((box[3] - box[1]) * scale))
        font = fonts.get(size) or fonts.setdefault(size, _font(size))
        draw.text((box[0] * scale, box[1] * scale), ch, fill=(20, 20, 20), font=font)
    return img


def base_image(document: Document, page_number: int, resolution: float = DEFAULT_RESOLUTION) -> Image.Image:
    """The page's picture without highlights: rendered from the file, or drawn from the text when there is none."""
    page = document.pages[page_number - 1]
    if document.data and document.kind in ("pdf", "image"):
        from .ingest import page_image

        img = page_image(document, page_number, resolution)
        return img.convert("RGB")
    return _text_page_image(page, resolution)


class PageImage:
    """One page as a picture with chainable highlight methods (``draw_*`` return ``self``)."""

    def __init__(
        self,
        document: Document,
        page_number: int = 1,
        resolution: float = DEFAULT_RESOLUTION,
        *,
        original: Image.Image | None = None,
    ) -> None:
        if not 1 <= page_number <= len(document.pages):
            raise ValueError(f"page {page_number} is not in this document (it has {len(document.pages)} pages)")
        self.document = document
        self.page_number = page_number
        self.page: Page = document.pages[page_number - 1]
        self.resolution = resolution
        self.scale = resolution / 72.0
        # ``original`` lets a caller reuse a page it already rendered (the app caches them per session).
        self.original = (original if original is not None else base_image(document, page_number, resolution)).convert("RGB")
        self.reset()

    # -- state ------------------------------------------------------------------------------------------
    def reset(self) -> PageImage:
        """Remove every highlight."""
        self.annotated = self.original.copy()
        self._draw = ImageDraw.Draw(self.annotated, "RGBA")
        self.drawn: list[DrawnBox] = []
        return self

    def copy(self) -> PageImage:
        other = PageImage(self.document, self.page_number, self.resolution, original=self.original)
        other.annotated = self.annotated.copy()
        other._draw = ImageDraw.Draw(other.annotated, "RGBA")
        other.drawn = list(self.drawn)
        return other

    # -- geometry -----------------------------------------------------------------------------------------
    def to_pixels(self, box: Sequence[float]) -> tuple[int, int, int, int]:
        """PDF points (x0, top, x1, bottom) -> pixel box on this image."""
        s = self.scale
        return (int(box[0] * s), int(box[1] * s), int(round(box[2] * s + 0.49)), int(round(box[3] * s + 0.49)))

    def span_boxes(self, span: SpanLike) -> list[Box]:
        """One box per text line of ``span`` on this page (empty when the span is on another page)."""
        page, start, end, bbox = _span_fields(span)
        if page != self.page_number:
            return []
        boxes: list[Box] = []
        if start is not None and end is not None and end > start and self.page.char_boxes:
            boxes = self.page.line_boxes(start, end)
        if not boxes and bbox:
            boxes = [tuple(bbox)]  # type: ignore[list-item]
        return boxes

    # -- drawing ------------------------------------------------------------------------------------------
    def draw_rect(
        self,
        box: Sequence[float],
        color: ColorLike = "field",
        *,
        fill: bool = True,
        stroke_width: int = 2,
        label: str | None = None,
        kind: str = "rect",
        padding: float = 1.5,
    ) -> PageImage:
        """A semi-transparent box with an outline around ``box`` (PDF points)."""
        rgb = color_of(color)
        x0, top, x1, bottom = self.to_pixels(
            (box[0] - padding, box[1] - padding, box[2] + padding, box[3] + padding)
        )
        x0, top = max(0, x0), max(0, top)
        x1 = min(self.annotated.width - 1, max(x1, x0 + 1))
        bottom = min(self.annotated.height - 1, max(bottom, top + 1))
        self._draw.rectangle(
            (x0, top, x1, bottom),
            fill=(*rgb, FILL_ALPHA) if fill else None,
            outline=(*rgb, OUTLINE_ALPHA),
            width=stroke_width,
        )
        self.drawn.append(DrawnBox(kind, label or "", (x0, top, x1, bottom), rgb))
        return self

    def draw_rects(
        self, boxes: Iterable[Sequence[float]], color: ColorLike = "field", *, label: str | None = None, **kw: Any
    ) -> PageImage:
        """Several boxes in one colour; the label (if any) is written once, above the first box."""
        boxes = list(boxes)
        for _i, b in enumerate(boxes):
            self.draw_rect(b, color, label=label, **kw)
        if label and boxes:
            self._label(boxes[0], label, color_of(color))
        return self

    def draw_span(
        self, span: SpanLike, color: ColorLike = "field", label: str | None = None, **kw: Any
    ) -> PageImage:
        """Highlight a span (``Span`` or schema span dict), one box per line; spans on other pages are skipped."""
        kw.setdefault("kind", "span")
        return self.draw_rects(self.span_boxes(span), color, label=label, **kw)

    def draw_flag(
        self, flag: Mapping[str, Any], *, selected: bool = False, label: str | None = None
    ) -> PageImage:
        """Every evidence span of a flag in its severity's colour (thicker and violet-edged when selected)."""
        rgb = color_of(flag.get("severity") if flag.get("severity") in COLORS else "high")
        text = label if label is not None else flag.get("title") or flag.get("rule_id") or ""
        for sp in flag.get("evidence") or []:
            self.draw_span(sp, rgb, label=text, kind="flag", stroke_width=4 if selected else 2)
            if selected:
                for b in self.span_boxes(sp):
                    self.draw_rect(b, "selected", fill=False, stroke_width=3, kind="flag", label=text, padding=4)
        return self

    def draw_field(self, name: str, field: Any, *, label: str | None = None) -> PageImage:
        """An extracted field's evidence in the field colour; accepts a field dict, an item dict or a list of them."""
        text = label if label is not None else name
        for sp in _evidence_of(field):
            self.draw_span(sp, "field", label=text, kind="field")
        return self

    def draw_result(
        self,
        result: Mapping[str, Any],
        *,
        fields: bool | Iterable[str] = True,
        flags: bool = True,
        selected_flag: int | None = None,
        labels: bool = True,
        field_labels: bool | None = None,
    ) -> PageImage:
        """Everything of an analysis result on this page: fields first, flags on top, the selected flag last.

        ``labels`` writes each flag's title (and each field's name) above its box; ``field_labels`` overrides it
        for fields, whose many small tags can hide the words on a busy page.
        """
        field_labels = labels if field_labels is None else field_labels
        if fields:
            names = RESULT_FIELDS if fields is True else tuple(fields)
            letter = result.get("letter") or {}
            for name in names:
                self.draw_field(name, _get_path(letter, name), label=_field_label(name) if field_labels else "")
        if flags:
            all_flags = list(result.get("flags") or [])
            for i, fl in enumerate(all_flags):
                if i != selected_flag:
                    self.draw_flag(fl, label=None if labels else "")
            if selected_flag is not None and 0 <= selected_flag < len(all_flags):
                self.draw_flag(all_flags[selected_flag], selected=True, label=None if labels else "")
        return self

    def _label(self, box: Sequence[float], text: str, rgb: RGB) -> None:
        text = text if len(text) <= 48 else text[:47] + "…"
        size = max(9, round(8 * self.scale))
        font = _font(size)
        x0, top, _, _ = self.to_pixels(box)
        tb = self._draw.textbbox((0, 0), text, font=font)
        w, h = tb[2] - tb[0] + 6, tb[3] - tb[1] + 4
        y = top - h - 3 if top - h - 3 >= 0 else top + 2
        x = min(max(0, x0), max(0, self.annotated.width - w))
        self._draw.rectangle((x, y, x + w, y + h), fill=(*rgb, 215))
        self._draw.text((x + 3, y + 2 - tb[1]), text, fill=(255, 255, 255, 255), font=font)

    # -- output -------------------------------------------------------------------------------------------
    def crop(self, box: Sequence[float], padding: float = 36) -> Image.Image:
        """The annotated picture around ``box`` (PDF points), e.g. to zoom on one flag's evidence."""
        x0, top, x1, bottom = self.to_pixels((box[0] - padding, box[1] - padding, box[2] + padding, box[3] + padding))
        return self.annotated.crop((max(0, x0), max(0, top), min(self.annotated.width, x1), min(self.annotated.height, bottom)))

    def to_png(self) -> bytes:
        buf = io.BytesIO()
        self.annotated.save(buf, format="PNG")
        return buf.getvalue()

    def save(self, path: Any, format: str = "PNG", **kw: Any) -> PageImage:
        self.annotated.save(path, format=format, **kw)
        return self

    def _repr_png_(self) -> bytes:
        return self.to_png()

    def __repr__(self) -> str:
        return f"<PageImage page {self.page_number} of {self.document.file!r}, {len(self.drawn)} boxes>"


def page_images(
    document: Document, result: Mapping[str, Any], resolution: float = DEFAULT_RESOLUTION, **kw: Any
) -> list[PageImage]:
    """Every page of a letter with its highlights (what the app shows and a notebook displays)."""
    return [PageImage(document, n, resolution).draw_result(result, **kw) for n in range(1, len(document.pages) + 1)]


# -- helpers --------------------------------------------------------------------------------------------------
def _span_fields(span: SpanLike) -> tuple[int | None, int | None, int | None, Sequence[float] | None]:
    if isinstance(span, Span):
        return span.page, span.start, span.end, span.bbox
    return span.get("page"), span.get("start"), span.get("end"), span.get("bbox")


def _evidence_of(field: Any) -> list[SpanLike]:
    if field is None:
        return []
    if isinstance(field, Span):
        return [field]
    if isinstance(field, (list, tuple)):
        out: list[SpanLike] = []
        for f in field:
            out.extend(_evidence_of(f))
        return out
    if isinstance(field, Mapping):
        if "evidence" in field:
            return list(field.get("evidence") or [])
        if "page" in field and "start" in field:
            return [field]
    return []


def _get_path(letter: Mapping[str, Any], path: str) -> Any:
    cur: Any = letter
    for part in path.split("."):
        if not isinstance(cur, Mapping):
            return None
        cur = cur.get(part)
    return cur


_LABELS = {
    "member_name": "member", "member_id": "member ID", "plan_type": "plan type", "letter_kind": "kind of letter",
    "requesting_provider": "requesting doctor", "dates.letter": "letter date", "dates.request_received": "request received",
    "dates.decision": "decision date", "dates.service": "service date", "services": "service denied",
    "diagnoses": "diagnosis", "denial_category": "kind of denial", "denial_reason": "reason given",
    "reviewer.name": "reviewer", "reviewer.credentials": "reviewer credentials", "reviewer.specialty": "reviewer specialty",
    "reviewer.phone": "reviewer phone", "criteria_cited": "criteria cited", "stated_appeal_deadline_days": "appeal deadline",
}


def _field_label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " "))
