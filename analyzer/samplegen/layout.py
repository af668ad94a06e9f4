"""Page layout of a letter: blocks in, positioned rows out, with the page text exactly as the rows read.

The generator lays pages out itself (rather than letting reportlab flow paragraphs) so that the plain
text, the annotations and the rendered PDF agree line for line: a wrapped paragraph turns one space into
a line break, so offsets never shift; table cells and the two halves of a two-column row are joined by a
single space, which is what pdfplumber's ``extract_text`` produces for them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .markup import strip

PAGE_W, PAGE_H = 612.0, 792.0
UNICODE_FONT = "SGUnicode"
_UNICODE_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)


@lru_cache(maxsize=1)
def unicode_font() -> TTFont:
    """A TrueType font for taglines; characters it lacks still reach the text layer (drawn as .notdef boxes)."""
    import reportlab

    path = next((p for p in _UNICODE_CANDIDATES if os.path.exists(p)), None)
    if path is None:  # reportlab always ships Vera (Latin only)
        path = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    font = TTFont(UNICODE_FONT, path)
    pdfmetrics.registerFont(font)
    return font


def ensure_chars(text: str) -> None:
    """Map characters missing from the tagline font to glyph 0 so the PDF keeps them in its ToUnicode map."""
    font = unicode_font()
    c2g = font.face.charToGlyph
    for ch in text:
        if ord(ch) not in c2g:
            c2g[ord(ch)] = 0


FAMILIES = {
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


@dataclass
class Block:
    """One unit of the letter's flow. Text values may carry truth markers (see markup.M)."""

    kind: str  # para | table | twocol | sidebar | columns | rule | space | pagebreak | letterhead | footnotes | fields | keyed
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    size: float | None = None
    bold: bool = False
    italic: bool = False
    unicode: bool = False  # use the tagline font
    indent: float = 0.0
    align: str = "left"
    boxed: bool = False
    shade: bool = False  # grey bar behind a heading
    space_before: float | None = None
    keep_with_next: bool = False
    header_row: bool = True
    height: float = 0.0  # for space blocks
    logo: str = ""  # letterhead logo style
    col_align: list[str] = field(default_factory=list)
    side_w: float = 0.0  # sidebar blocks: the sidebar's share of the text width (0 = a third)
    cont_label: str = ""  # table blocks: a line printed atop each later page before the repeated header


@dataclass
class Seg:
    x: float
    font: str
    size: float
    text: str


@dataclass
class Row:
    """One printed line: its drawn segments, its text, and annotations relative to its start.

    Annotations of a wrapped paragraph all hang on its first row; they may run past the row's end into
    the following rows, which is safe because the rows of a paragraph are consecutive in the page text.
    """

    y: float  # baseline, from the top of the page
    segs: list[Seg]
    text: str
    anns: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass
class Shape:
    kind: str  # rect | line | logo
    x: float
    y: float  # top
    w: float = 0.0
    h: float = 0.0
    fill: float | None = None  # grey level 0..1
    stroke: bool = True
    width: float = 0.6
    style: str = ""


@dataclass
class PageLayout:
    rows: list[Row] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)


@dataclass
class Style:
    family: str = "helvetica"
    size: float = 10.0
    small: float = 7.5
    leading: float = 1.25
    margin_l: float = 72.0
    margin_r: float = 72.0
    margin_t: float = 60.0
    margin_b: float = 64.0
    para_gap: float = 0.55  # x size
    header: list[str] = field(default_factory=list)  # marked rows printed atop every page after the first
    header_all_pages: bool = False
    header_numbered: bool = False  # header rows are format strings with {page} and {pages} (e.g. a fax header)
    footer: list[str] = field(default_factory=list)  # may contain {page} and {pages}
    footer_align: str = "center"
    max_pages: int = 6
    # a pleading-style gutter: every row of the page body is numbered from 1 on each page, the number printed in the
    # left margin (it is part of the row's text, as a text layer reads it); marked values other than a REASON are
    # then never wrapped across rows, so no number falls inside them
    line_numbers: bool = False

    def font(self, bold: bool = False, italic: bool = False) -> str:
        reg, b, i = FAMILIES[self.family]
        return b if bold else i if italic else reg


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, avail: float) -> list[tuple[int, int]]:
    """Greedy wrap at single spaces; returns (start, end) of each line in ``text``."""
    if not text:
        return [(0, 0)]
    words = text.split(" ")
    space = width(" ", font, size)
    lines: list[tuple[int, int]] = []
    start = 0
    pos = 0
    cur_w = -space
    for w in words:
        ww = width(w, font, size)
        if cur_w + space + ww > avail and pos > start:
            lines.append((start, pos - 1))
            start = pos
            cur_w = -space
        cur_w += space + ww
        pos += len(w) + 1
    lines.append((start, len(text)))
    return lines


def _wrap_atomic(text: str, protect: list[tuple[int, int]], font: str, size: float, avail: float) -> list[tuple[int, int]]:
    """Greedy wrap like ``wrap`` but never at a space inside a protected span (a marked value stays on one line)."""
    if not text:
        return [(0, 0)]
    cuts = [i for i, ch in enumerate(text) if ch == " " and not any(a < i < e for a, e in protect)]
    words, start = [], 0
    for i in cuts:
        words.append((start, i))
        start = i + 1
    words.append((start, len(text)))
    space = width(" ", font, size)
    lines: list[tuple[int, int]] = []
    ls, le, cur = words[0][0], words[0][1], width(text[words[0][0]:words[0][1]], font, size)
    for a, e in words[1:]:
        ww = width(text[a:e], font, size)
        if cur + space + ww > avail:
            lines.append((ls, le))
            ls, cur = a, ww
        else:
            cur += space + ww
        le = e
    lines.append((ls, le))
    return lines


def _side_lines(items: list[str], s: Style, size: float, avail: float) -> list[tuple[str, str, list]]:
    """Lines of a sidebar block's column: (font, text, anns); "" is a blank line, "**" a bold item."""
    out: list[tuple[str, str, list]] = []
    for raw in items:
        if raw == "":
            out.append(("", "", []))
            continue
        bold = raw.startswith("**")
        plain, anns = strip(raw[2:] if bold else raw)
        font = s.font(bold=bold)
        for a, e in _wrap_atomic(plain, [(st, en) for _, st, en in anns], font, size, avail):
            out.append((font, plain[a:e], [(lab, st - a, en - a) for lab, st, en in anns if a <= st and en <= e]))
    return out


class _Paginator:
    def __init__(self, style: Style, total: int = 0):
        self.s = style
        self.total = total  # page count filled into numbered headers
        self.pages: list[PageLayout] = []
        self.y = 0.0
        self.new_page()

    @property
    def page(self) -> PageLayout:
        return self.pages[-1]

    @property
    def bottom(self) -> float:
        return PAGE_H - self.s.margin_b

    def new_page(self) -> None:
        self.pages.append(PageLayout())
        self.y = self.s.margin_t
        if self.s.header and (len(self.pages) > 1 or self.s.header_all_pages):
            f = self.s.font()
            for h in self.s.header:
                if self.s.header_numbered:
                    h = h.format(page=len(self.pages), pages=self.total)
                plain, anns = strip(h)
                self.y += self.s.small * 1.3
                self.page.rows.append(Row(self.y, [Seg(self.s.margin_l, f, self.s.small, plain)], plain, anns))
            self.y += 3
            self.page.shapes.append(
                Shape("line", self.s.margin_l, self.y, PAGE_W - self.s.margin_r - self.s.margin_l, 0)
            )
            self.y += self.s.size * 0.9

    def fits(self, h: float) -> bool:
        return self.y + h <= self.bottom

    def at_top(self) -> bool:
        return (
            not any(True for _ in self.page.rows)
            or self.y <= self.s.margin_t + 60
            and len(self.page.rows) <= len(self.s.header)
        )


def _para_rows(b: Block, s: Style) -> tuple[list[tuple[float, str, list]], float, str, float]:
    """Wrapped lines of a paragraph: ([(x, text, anns)], line height, font, size)."""
    size = b.size or s.size
    font = s.font(b.bold, b.italic)
    if b.unicode:
        font = UNICODE_FONT
    plain, anns = strip(b.text)
    if b.unicode:
        ensure_chars(plain)
    x0 = s.margin_l + b.indent
    avail = PAGE_W - s.margin_r - x0 - (8 if b.boxed else 0)
    if b.boxed:
        x0 += 4
    if s.line_numbers:
        spans = _wrap_atomic(plain, [(st, en) for lab, st, en in anns if lab != "REASON"], font, size, avail)
    else:
        spans = wrap(plain, font, size, avail)
    out = []
    for k, (a, e) in enumerate(spans):
        t = plain[a:e]
        x = x0
        if b.align != "left":
            w = width(t, font, size)
            x = (x0 + (avail - w) / 2) if b.align == "center" else (PAGE_W - s.margin_r - w)
        out.append((x, t, [(lab, st - spans[0][0], en - spans[0][0]) for lab, st, en in anns] if k == 0 else []))
    return out, size * s.leading, font, size


def _table_geometry(b: Block, s: Style) -> tuple[list[list[tuple[str, list]]], list[float], float]:
    cells = [[strip(c) for c in r] for r in b.rows]
    ncol = max(len(r) for r in cells)
    avail = PAGE_W - s.margin_l - s.margin_r - b.indent
    size = b.size or (s.size - 1)
    while True:
        fonts = [s.font(bold=(i == 0 and b.header_row)) for i in range(len(cells))]
        nat = [0.0] * ncol
        for ri, r in enumerate(cells):
            for ci, (t, _) in enumerate(r):
                nat[ci] = max(nat[ci], width(t, fonts[ri], size) + 8)
        if sum(nat) <= avail or size <= 6.0:
            break
        size -= 0.5
    extra = max(0.0, avail - sum(nat))
    # give the slack to the widest column so descriptions breathe
    widest = max(range(ncol), key=lambda i: nat[i])
    nat[widest] += extra
    return cells, nat, size


def layout(blocks: list[Block], style: Style) -> list[PageLayout]:
    """Lay blocks out on pages; returns pages whose rows read top to bottom.

    A numbered header ("page 2 of 5" atop every page) needs the page count first: a header row's height does not
    depend on its text, so a first pass counts the pages and the second fills them in.
    """
    if style.header_numbered:
        return _layout(blocks, style, len(_layout(blocks, style, 0)))
    return _layout(blocks, style, 0)


def _layout(blocks: list[Block], style: Style, total: int) -> list[PageLayout]:
    s = style
    P = _Paginator(s, total)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        gap = b.space_before if b.space_before is not None else s.size * s.para_gap
        if b.kind == "pagebreak":
            if P.page.rows:
                P.new_page()
            i += 1
            continue
        if b.kind == "space":
            P.y += b.height
            i += 1
            continue
        if b.kind == "rule":
            if P.fits(gap + 4):
                P.y += gap
                P.page.shapes.append(
                    Shape("line", s.margin_l, P.y, PAGE_W - s.margin_l - s.margin_r, 0, width=b.size or 0.8)
                )
                P.y += 4
            i += 1
            continue
        if b.kind == "para":
            lines, lh, font, size = _para_rows(b, s)
            h = gap + lh * len(lines) + (6 if b.boxed else 0)
            need = h
            if b.keep_with_next and i + 1 < len(blocks) and blocks[i + 1].kind == "para":
                nl, nlh, _, _ = _para_rows(blocks[i + 1], s)
                need += nlh * min(2, len(nl)) + gap
            if not P.fits(need) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y += gap
            top = P.y
            if b.boxed:
                P.y += 3
            for x, t, anns in lines:
                P.y += lh
                P.page.rows.append(Row(P.y - lh * 0.22, [Seg(x, font, size, t)], t, anns))
            if b.boxed:
                P.y += 4
                P.page.shapes.append(
                    Shape(
                        "rect",
                        s.margin_l + b.indent,
                        top,
                        PAGE_W - s.margin_r - s.margin_l - b.indent,
                        P.y - top,
                        width=1.0,
                    )
                )
            if b.shade:
                P.page.shapes.append(
                    Shape(
                        "rect",
                        s.margin_l + b.indent - 2,
                        top + 1,
                        PAGE_W - s.margin_r - s.margin_l - b.indent + 4,
                        P.y - top + 1,
                        fill=0.86,
                        stroke=False,
                    )
                )
            i += 1
            continue
        if b.kind == "twocol":
            size = b.size or s.size
            lh = size * s.leading
            n = max(len(b.left), len(b.right))
            h = gap + lh * n
            if not P.fits(h) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y += gap
            xr = s.margin_l + (PAGE_W - s.margin_l - s.margin_r) * (0.52 if not b.col_align else 0.58)
            for k in range(n):
                P.y += lh
                segs: list[Seg] = []
                text_parts: list[str] = []
                anns: list = []
                off = 0
                for side, x in ((b.left, s.margin_l + b.indent), (b.right, xr)):
                    if k < len(side) and side[k]:
                        bold = side[k].startswith("**")
                        raw = side[k][2:] if bold else side[k]
                        t, a = strip(raw)
                        f = s.font(bold=bold or (b.bold and side is b.left))
                        if side is b.right and b.align == "right":
                            x = PAGE_W - s.margin_r - width(t, f, size)
                        segs.append(Seg(x, f, size, t))
                        if text_parts:
                            off += 1
                        anns += [(lab, st + off, en + off) for lab, st, en in a]
                        text_parts.append(t)
                        off += len(t)
                if segs:
                    P.page.rows.append(Row(P.y - lh * 0.22, segs, " ".join(text_parts), anns))
            i += 1
            continue
        if b.kind == "sidebar":
            # main text (left items) beside a narrow box (right items); align "left" puts the box on the left.
            # Both columns share a baseline grid, so a text layer reads each printed line across both columns.
            size = b.size or s.size
            lh = size * s.leading
            total = PAGE_W - s.margin_l - s.margin_r
            sw = total * (b.side_w or 0.34)
            gutter = 14.0
            mw = total - sw - gutter
            box_left = b.align == "left"
            side_x = s.margin_l if box_left else s.margin_l + mw + gutter
            main_x = s.margin_l + sw + gutter if box_left else s.margin_l
            main = _side_lines(b.left, s, size, mw)
            side = _side_lines(b.right, s, size, sw - 10)
            n = max(len(main), len(side))
            if not P.fits(gap + lh * n + 8) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y += gap
            top = P.y
            P.y += 3
            for k in range(n):
                P.y += lh
                pieces = []
                if k < len(main) and main[k][1]:
                    pieces.append((main_x, main[k]))
                if k < len(side) and side[k][1]:
                    pieces.append((side_x + 5, side[k]))
                pieces.sort(key=lambda x: x[0])
                segs, parts, anns, off = [], [], [], 0
                for x, (f, t, a) in pieces:
                    segs.append(Seg(x, f, size, t))
                    if parts:
                        off += 1
                    anns += [(lab, st + off, en + off) for lab, st, en in a]
                    parts.append(t)
                    off += len(t)
                if segs:
                    P.page.rows.append(Row(P.y - lh * 0.22, segs, " ".join(parts), anns))
            box_h = lh * len(side) + 9
            P.page.shapes.append(Shape("rect", side_x, top, sw, box_h, fill=0.92 if b.shade else None,
                                       stroke=b.boxed or not b.shade, width=0.8))
            P.y = max(P.y, top + box_h) + 3
            i += 1
            continue
        if b.kind == "columns":
            # newspaper columns (opt-in; no other block changes): the items (as a sidebar's: "" a blank line, "**" a
            # bold line) run down the left column and go on at the top of the right one, balanced on the last page
            # they use. Each printed row joins the left line and the right line beside it, as a text layer reads
            # them; marked values never wrap, so a REASON (a long marked value) belongs outside the columns.
            size = b.size or s.size
            lh = size * s.leading
            gutter = 18.0
            cw = (PAGE_W - s.margin_l - s.margin_r - gutter) / 2
            lines = _side_lines(b.left, s, size, cw)
            if not P.fits(gap + lh * 4) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y += gap
            while lines:
                room = int((P.bottom - P.y) // lh)
                if room < 2:
                    P.new_page()
                    continue
                chunk, lines = lines[: 2 * room], lines[2 * room:]
                k = room if lines else (len(chunk) + 1) // 2
                left, right = chunk[:k], chunk[k:]
                while right and not right[0][1]:
                    right = right[1:]
                top = P.y
                for r in range(k):
                    P.y += lh
                    pieces = [(s.margin_l, left[r])]
                    if r < len(right):
                        pieces.append((s.margin_l + cw + gutter, right[r]))
                    segs, parts, anns, off = [], [], [], 0
                    for x, (f, t, a) in pieces:
                        if not t:
                            continue
                        segs.append(Seg(x, f, size, t))
                        if parts:
                            off += 1
                        anns += [(lab, st + off, en + off) for lab, st, en in a]
                        parts.append(t)
                        off += len(t)
                    if segs:
                        P.page.rows.append(Row(P.y - lh * 0.22, segs, " ".join(parts), anns))
                if b.boxed:  # a column rule down the gutter
                    P.page.shapes.append(Shape("line", s.margin_l + cw + gutter / 2, top + 2, 0, P.y - top,
                                               width=0.5))
            P.y += 3
            i += 1
            continue
        if b.kind == "letterhead":
            size = b.size or s.size
            lh = size * 1.3
            n = max(len(b.left), len(b.right), 3)
            top = P.y
            logo_w = 30.0
            P.page.shapes.append(Shape("logo", s.margin_l, top, logo_w, lh * 2.4, style=b.logo))
            y = top
            for k in range(n):
                y += lh
                segs, parts, anns, off = [], [], [], 0
                if k < len(b.left) and b.left[k]:
                    t, a = strip(b.left[k])
                    f = s.font(bold=(k == 0))
                    sz = size + 5 if k == 0 else size
                    segs.append(Seg(s.margin_l + logo_w + 8, f, sz, t))
                    anns += a
                    parts.append(t)
                    off = len(t)
                if k < len(b.right) and b.right[k]:
                    t, a = strip(b.right[k])
                    f = s.font()
                    x = PAGE_W - s.margin_r - width(t, f, size - 1)
                    segs.append(Seg(x, f, size - 1, t))
                    if parts:
                        off += 1
                    anns += [(lab, st + off, en + off) for lab, st, en in a]
                    parts.append(t)
                if segs:
                    P.page.rows.append(Row(y - lh * 0.2, segs, " ".join(parts), anns))
            P.y = y + 6
            P.page.shapes.append(Shape("line", s.margin_l, P.y, PAGE_W - s.margin_l - s.margin_r, 0, width=1.4))
            P.y += 4
            i += 1
            continue
        if b.kind == "table":
            cells, widths, size = _table_geometry(b, s)
            rh = size * 1.75
            if not P.fits(gap + rh * min(3, len(cells))) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y += gap
            x0 = s.margin_l + b.indent
            tw = sum(widths)
            header = cells[0] if b.header_row else None
            for ri, r in enumerate(cells):
                if not P.fits(rh):
                    P.new_page()
                    if b.cont_label and ri > 0:
                        plain, anns = strip(b.cont_label)
                        P.y += size * 1.5
                        P.page.rows.append(Row(P.y - size * 0.3, [Seg(x0, s.font(italic=True), size, plain)],
                                               plain, anns))
                        P.y += 2
                    if header is not None and ri > 0:
                        P.y = _table_row(P, s, header, widths, size, rh, x0, tw, True, b)
                P.y = _table_row(P, s, r, widths, size, rh, x0, tw, ri == 0 and b.header_row, b)
            i += 1
            continue
        if b.kind == "keyed":
            # a two-column table whose right cells wrap (opt-in; no other block changes): each row is [label, value];
            # the label sits in the left column (a share ``side_w`` of the width, 0 = a quarter), the value wraps at
            # single spaces in the right column like a paragraph, so a long marked value (a REASON) may run over
            # several printed rows. The first printed row of a table row reads "label value-line"; the value's
            # annotations hang on it (shifted past the label), later lines follow it in the page text.
            size = b.size or s.size
            lh = size * s.leading
            x0 = s.margin_l + b.indent
            tw = PAGE_W - s.margin_r - x0
            lw = tw * (b.side_w or 0.25)
            P.y += gap
            for r in b.rows:
                lab_t, lab_a = strip(r[0])
                val_t, val_a = strip(r[1] if len(r) > 1 else "")
                lfont, vfont = s.font(bold=True), s.font()
                spans = wrap(val_t, vfont, size, tw - lw - 8)
                rh = lh * len(spans) + 5
                if not P.fits(rh) and len(P.page.rows) > len(s.header):
                    P.new_page()
                top = P.y
                P.page.shapes.append(Shape("rect", x0, top, tw, rh, fill=0.93 if b.shade else None, width=0.5))
                P.page.shapes.append(Shape("line", x0 + lw, top, 0, rh, width=0.5))
                y = top + 2
                for k, (a, e) in enumerate(spans):
                    y += lh
                    segs, parts, anns, off = [], [], [], 0
                    if k == 0 and lab_t:
                        segs.append(Seg(x0 + 4, lfont, size, lab_t))
                        parts.append(lab_t)
                        anns += lab_a
                        off = len(lab_t) + 1
                    t = val_t[a:e]
                    if t:
                        segs.append(Seg(x0 + lw + 4, vfont, size, t))
                        parts.append(t)
                    if k == 0:
                        anns += [(lab, st - spans[0][0] + off, en - spans[0][0] + off) for lab, st, en in val_a]
                    if segs:
                        P.page.rows.append(Row(y - lh * 0.22, segs, " ".join(parts), anns))
                P.y = top + rh
            i += 1
            continue
        if b.kind == "fields":
            # a form's fill-in lines: each row holds label/value pairs side by side ([label, value, label, value]);
            # every value sits on an underline that runs to the end of its column (an empty value leaves a blank
            # line to write on). The row's text is its labels and values joined by single spaces.
            size = b.size or s.size
            lh = size * 1.75
            total = PAGE_W - s.margin_l - s.margin_r - b.indent
            if not P.fits(gap + lh * min(2, len(b.rows))) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y += gap
            lab_font, val_font = s.font(bold=b.bold), s.font()
            for r in b.rows:
                if not P.fits(lh):
                    P.new_page()
                P.y += lh
                pairs = [(r[k], r[k + 1] if k + 1 < len(r) else "") for k in range(0, len(r), 2)]
                col_w = total / len(pairs)
                segs, parts, anns, off = [], [], [], 0
                x = s.margin_l + b.indent
                for ci, (lab, val) in enumerate(pairs):
                    x = max(s.margin_l + b.indent + ci * col_w, x + 8)  # a long pair pushes the next one right
                    end = s.margin_l + b.indent + (ci + 1) * col_w - (10 if ci + 1 < len(pairs) else 0)
                    for is_val, raw, font in ((False, lab, lab_font), (True, val, val_font)):
                        t, a = strip(raw)
                        if is_val:
                            vx = x + 3
                            P.page.shapes.append(Shape("line", x, P.y - lh * 0.22 + 2.2,
                                                       max(end, vx + width(t, font, size) + 3) - x, 0, width=0.5))
                            x = vx
                        if t:
                            segs.append(Seg(x, font, size, t))
                            if parts:
                                off += 1
                            anns += [(lb, st + off, en + off) for lb, st, en in a]
                            parts.append(t)
                            off += len(t)
                            x += width(t, font, size) + 4
                if segs:
                    P.page.rows.append(Row(P.y - lh * 0.22, segs, " ".join(parts), anns))
            i += 1
            continue
        if b.kind == "footnotes":
            # notes at the foot of the page that is open (or of a fresh page when they no longer fit): a short
            # rule, then one small line per note; later blocks start on the next page
            size = b.size or s.small
            lh = size * 1.3
            notes = [strip(x) for x in b.left]
            lines = []
            for plain, anns in notes:
                spans = wrap(plain, s.font(), size, PAGE_W - s.margin_l - s.margin_r - b.indent)
                for k, (a, e) in enumerate(spans):
                    lines.append((plain[a:e], [(lab, st - a, en - a) for lab, st, en in anns] if k == 0 else []))
            h = 8 + lh * len(lines)
            if not P.fits(h + gap) and len(P.page.rows) > len(s.header):
                P.new_page()
            P.y = max(P.y + gap, P.bottom - h)
            P.page.shapes.append(Shape("line", s.margin_l, P.y + 2, (PAGE_W - s.margin_l - s.margin_r) * 0.3, 0,
                                       width=0.5))
            P.y += 8
            for t, anns in lines:
                P.y += lh
                P.page.rows.append(Row(P.y - lh * 0.22, [Seg(s.margin_l + b.indent, s.font(), size, t)], t, anns))
            if i + 1 < len(blocks):
                P.new_page()
            i += 1
            continue
        raise ValueError(f"unknown block kind {b.kind!r}")
    if s.line_numbers:
        _number_rows(P.pages, s)
    _footers(P.pages, s)
    return P.pages


def _table_row(P: _Paginator, s: Style, r, widths, size, rh, x0, tw, is_header, b: Block) -> float:
    top = P.y
    if is_header:
        P.page.shapes.append(Shape("rect", x0, top, tw, rh, fill=0.88, stroke=False))
    P.page.shapes.append(Shape("rect", x0, top, tw, rh, width=0.5))
    x = x0
    segs, parts, anns, off = [], [], [], 0
    font = s.font(bold=is_header)
    for ci, w in enumerate(widths):
        if ci > 0:
            P.page.shapes.append(Shape("line", x, top, 0, rh, width=0.5))
        if ci < len(r):
            t, a = r[ci]
            if t:
                al = b.col_align[ci] if ci < len(b.col_align) else "left"
                tx = x + 4 if al == "left" else x + w - 4 - width(t, font, size)
                segs.append(Seg(tx, font, size, t))
                if parts:
                    off += 1
                anns += [(lab, st + off, en + off) for lab, st, en in a]
                parts.append(t)
                off += len(t)
        x += w
    if segs:
        P.page.rows.append(Row(top + rh * 0.68, segs, " ".join(parts), anns))
    return top + rh


def _number_rows(pages: list[PageLayout], s: Style) -> None:
    """Print a line number in the left margin of every row (from 1 on each page) and shift the rows' annotations.

    A wrapped paragraph's annotations hang on its first row and may run into later rows, whose numbers now sit inside
    them: each offset moves by the numbers printed before it on the page.
    """
    f = s.font()
    for pg in pages:
        starts, pos = [], 0
        for r in pg.rows:
            starts.append(pos)
            pos += len(r.text) + 1
        pre = [len(str(k)) + 1 for k in range(1, len(pg.rows) + 1)]

        def moved(x: int, end: bool, starts=starts, pre=pre) -> int:
            return x + sum(p for o, p in zip(starts, pre, strict=True) if (o < x if end else o <= x))

        for k, r in enumerate(pg.rows):
            new_start = starts[k] + sum(pre[:k])
            r.anns = [(lab, moved(starts[k] + a, False) - new_start, moved(starts[k] + e, True) - new_start)
                      for lab, a, e in r.anns]
            lab = str(k + 1)
            size = r.segs[0].size if r.segs else s.size
            r.segs.insert(0, Seg(s.margin_l - 12 - width(lab, f, size), f, size, lab))
            r.text = f"{lab} {r.text}"
        pg.shapes.append(Shape("line", s.margin_l - 6, s.margin_t - 6, 0, PAGE_H - s.margin_t - s.margin_b + 6,
                               width=0.5))
        pg.shapes.append(Shape("line", s.margin_l - 4, s.margin_t - 6, 0, PAGE_H - s.margin_t - s.margin_b + 6,
                               width=0.5))


def _footers(pages: list[PageLayout], s: Style) -> None:
    n = len(pages)
    f = s.font()
    for k, pg in enumerate(pages, 1):
        y = PAGE_H - s.margin_b + 18
        for line in s.footer:
            plain, anns = strip(line.replace("{page}", str(k)).replace("{pages}", str(n)))
            w = width(plain, f, s.small)
            x = {"center": (PAGE_W - w) / 2, "right": PAGE_W - s.margin_r - w}.get(s.footer_align, s.margin_l)
            pg.rows.append(Row(y, [Seg(x, f, s.small, plain)], plain, anns))
            y += s.small * 1.35


def page_texts(pages: list[PageLayout]) -> tuple[list[str], list[list[tuple[str, int, int]]]]:
    """Each page's text (rows joined by newlines) and its annotations as offsets into that text."""
    texts, all_anns = [], []
    for pg in pages:
        parts, anns, pos = [], [], 0
        for r in pg.rows:
            anns += [(lab, pos + st, pos + en) for lab, st, en in r.anns]
            parts.append(r.text)
            pos += len(r.text) + 1
        texts.append("\n".join(parts))
        all_anns.append(anns)
    return texts, all_anns
