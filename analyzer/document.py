"""The read document: per-page text with a parallel per-character box map, and span helpers.

Offsets are the one span currency (see ../shared/STYLE.md): every extracted value, section and flag
points at ``(page, start, end)`` into ``Page.text``; its box on the page is the union of the
character boxes in that slice. Boxes are in PDF points, top-left origin (pdfplumber's convention).

The whole letter is also available as one string (``Document.text``): pages joined by ``PAGE_SEP``.
Global offsets into it map back to ``(page, offset)`` with ``Document.to_page_offset``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

PAGE_SEP = "\n\n\f\n\n"  # between pages in Document.text; never part of a span's text


_LONG_RUN = re.compile(r"\S{120,}|\s{120,}")
_BREAK_MARK = "\u2063"  # INVISIBLE SEPARATOR: not whitespace, so it ends a run of \s


def regex_safe(text: str) -> str:
    r"""The same text, one character for one, with runs of 120+ non-space (or space) characters broken every 60.

    Patterns such as ``^\s*`` or ``[.!?]+(?=...)`` rescan a long run from every position, and spaCy's tokenizer
    splits affixes off a long token one at a time: both are quadratic (50,000 blank lines: 40 s; 10,000 emoji:
    12 s). No word or gap of a real letter is that long. Offsets are unchanged, so spans found in this text
    index the real page text.
    """
    if not _LONG_RUN.search(text):
        return text

    def cut(m: re.Match) -> str:
        run = list(m.group(0))
        mark = _BREAK_MARK if run[0].isspace() else " "
        for i in range(59, len(run), 60):
            run[i] = mark
        return "".join(run)

    return _LONG_RUN.sub(cut, text)


# "Page 2 of 3", "Página 1 de 3", "Pg. 1/2": how a letter says how long it is
_PAGE_OF = re.compile(r"(?i)\b(?:page|p[áa]gina|pg\.?)\s*(\d{1,2})\s*(?:of|de|/)\s*(\d{1,2})\b")


@dataclass(frozen=True)
class Span:
    """Evidence: where a value was read (schema ``$defs/span``)."""

    page: int  # 1-based
    start: int
    end: int
    text: str
    bbox: Box | None = None

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "bbox": [round(v, 2) for v in self.bbox] if self.bbox else None,
        }


def union_boxes(boxes: Iterable[Box | None]) -> Box | None:
    bs = [b for b in boxes if b is not None]
    if not bs:
        return None
    return (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))


@dataclass
class Page:
    """One page: its text, one box (or None for inserted whitespace) per character, and where the text came from."""

    number: int  # 1-based
    width: float
    height: float
    text: str
    char_boxes: list[Box | None]
    source: str  # "text_layer" | "ocr" | "none"
    source_reason: str
    ocr_confidence: float | None = None  # mean word confidence 0-100 when OCR'd
    rotation: int = 0  # degrees the page image was rotated before OCR
    skew: float = 0.0  # degrees of skew corrected before OCR

    def __post_init__(self) -> None:
        if len(self.char_boxes) != len(self.text):
            raise ValueError("char_boxes must be parallel to text")

    def bbox(self, start: int, end: int) -> Box | None:
        return union_boxes(self.char_boxes[start:end])

    def line_boxes(self, start: int, end: int) -> list[Box]:
        """One box per text line inside [start, end): better highlights than one union box for multi-line spans."""
        out: list[Box] = []
        cur: list[Box | None] = []
        for i in range(start, min(end, len(self.text))):
            if self.text[i] == "\n":
                b = union_boxes(cur)
                if b:
                    out.append(b)
                cur = []
            else:
                cur.append(self.char_boxes[i])
        b = union_boxes(cur)
        if b:
            out.append(b)
        return out

    def span(self, start: int, end: int) -> Span:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        return Span(self.number, start, end, self.text[start:end], self.bbox(start, end))


@dataclass
class Document:
    """A loaded letter. ``data`` keeps the original bytes so pages can be rendered for highlights."""

    file: str
    sha256: str
    pages: list[Page]
    kind: str  # "pdf" | "image"
    data: bytes = field(default=b"", repr=False)
    total_pages: int = 0  # pages in the file (may exceed len(pages) when the page cap applied)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts: list[int] = []
        pos = 0
        for i, p in enumerate(self.pages):
            self._starts.append(pos)
            pos += len(p.text) + (len(PAGE_SEP) if i < len(self.pages) - 1 else 0)
        self.text = PAGE_SEP.join(p.text for p in self.pages)
        self._search_text: str | None = None
        if not self.total_pages:
            self.total_pages = len(self.pages)

    @property
    def search_text(self) -> str:
        """``text`` made safe for regular expressions and the tokenizer (see ``regex_safe``); same offsets."""
        if self._search_text is None:
            self._search_text = regex_safe(self.text)
        return self._search_text

    @property
    def stated_page_count(self) -> int | None:
        """The page count the letter itself prints ("Page 1 of 3"), or None when it prints none."""
        totals = [int(t) for n, t in _PAGE_OF.findall(self.search_text) if 1 <= int(n) <= int(t) <= 60]
        return max(totals) if totals else None

    @property
    def pages_missing(self) -> int:
        """How many pages of the letter were not provided (a photo of page 1 of 2; a page cap): 0 when complete."""
        stated = self.stated_page_count or 0
        return max(0, max(stated, self.total_pages) - len(self.pages))

    # -- offsets -------------------------------------------------------------------------------
    def page_start(self, page_number: int) -> int:
        return self._starts[page_number - 1]

    def to_page_offset(self, pos: int) -> tuple[int, int]:
        """Global offset -> (1-based page, offset in that page's text)."""
        if not self.pages:
            raise ValueError("empty document")
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        off = pos - self._starts[i]
        return i + 1, min(off, len(self.pages[i].text))

    def spans(self, start: int, end: int) -> list[Span]:
        """Evidence for a global range; a range that crosses a page break gives one span per page."""
        out: list[Span] = []
        if not self.pages or end <= start:
            return out
        p1, o1 = self.to_page_offset(start)
        p2, o2 = self.to_page_offset(max(start, end - 1))
        for pn in range(p1, p2 + 1):
            page = self.pages[pn - 1]
            s = o1 if pn == p1 else 0
            e = (o2 + 1) if pn == p2 else len(page.text)
            if e > s:
                sp = page.span(s, e)
                if sp.text.strip():
                    out.append(sp)
        return out

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.source == "ocr"]

    @property
    def ocr_confidence(self) -> float | None:
        vals = [p.ocr_confidence for p in self.pages if p.source == "ocr" and p.ocr_confidence is not None]
        return round(sum(vals) / len(vals), 1) if vals else None

    # -- construction helpers ----------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str | Sequence[str], file: str = "<text>") -> Document:
        """A document from plain text (one string per page), with synthetic line-based boxes.

        Used by unit tests of the rule engine and by callers that already have text (no PDF).
        """
        import hashlib

        pages_text = [text] if isinstance(text, str) else list(text)
        pages = []
        for n, t in enumerate(pages_text, 1):
            boxes: list[Box | None] = []
            line, col = 0, 0
            for ch in t:
                if ch == "\n":
                    boxes.append(None)
                    line, col = line + 1, 0
                    continue
                x0 = 72 + col * 6.0
                top = 72 + line * 12.0
                boxes.append((x0, top, x0 + 6.0, top + 10.0))
                col += 1
            pages.append(Page(n, 612.0, 792.0, t, boxes, "text_layer", "text given directly"))
        sha = hashlib.sha256("\f".join(pages_text).encode("utf-8")).hexdigest()
        return cls(file=file, sha256=sha, pages=pages, kind="text")
