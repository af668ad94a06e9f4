"""Side-by-side columns in a text layer: a sidebar printed beside the letter, read one column after the other.

pdfplumber reads a page line by line across its whole width. Where a narrow column (an "at a glance" box, a
member-details panel) stands beside the letter's prose, each printed line then runs the two columns together
("Member ID  Riverside, CA 92529" / "110757640  our decision below."): a label loses the value printed under it and
a sentence of the letter is cut by the panel's words. This module finds such a region and hands back the page's
characters in reading order: the lines above it, the left column, the right column, the lines below.

The test is strict, because a table must never be taken for columns (its rows are read across, cell by cell):
- a vertical gutter, at least ``_MIN_GUTTER`` points wide, that no character of any line in the run crosses;
- every line of the run has at most one stretch of text on each side of it (a line of three or more cells, a
  table row, ends the run), each stretch starts where its column starts (a heading set further out ends it),
  and a blank band taller than ``_MAX_LEAD`` lines ends it too;
- at least ``_MIN_SHARED`` lines have text on both sides;
- one side is prose (its widest line at least ``_PROSE_WIDTH``) that wraps while the other side prints on the
  very next line: at least ``_MIN_FLOWS`` times a line of the wide column fills it and stops mid-sentence (its
  next line goes on in lower case, or it stops on a word no sentence ends on), and the line below it starts a
  new item in the other column too (one such wrap is enough when at least ``_MIN_SHARED_ONE_FLOW`` lines are
  shared and ``_MIN_ALONE`` lines hold the narrow column alone). In a table a wrapped cell continues on a line whose other cells are blank (or the row ends).
"""

from __future__ import annotations

from typing import Any

from pdfplumber.utils.clustering import cluster_objects

_MIN_GUTTER = 14.0  # points of clear space between the columns
_SEGMENT_GAP = 14.0  # a horizontal gap wider than this between two characters of a line splits it
_MAX_LEAD = 2.2  # a vertical gap above this many line pitches ends a region
_MIN_SHARED = 4  # lines with text on both sides
_MIN_FLOWS = 2  # wide-column sentence wraps beside text in the narrow column
_MIN_SHARED_ONE_FLOW, _MIN_ALONE = 6, 3  # or one wrap, beside a long panel with lines of its own
_MIN_LONG_PANEL = 8  # lines of a side panel's own, beside too few shared lines for the rule above
_FILLED = 0.8  # a wrapped line reaches this share of its column's widest line
_PROSE_WIDTH = 180.0  # points: the wide column's widest line (2.5 inches), a column of prose, not of labels
_SENTENCE_END = ".:;!?)"
# words a sentence does not end on: a line that stops on one goes on in the next line of its column
_JOINERS = frozenset("a an the of to at and or for in on with by from that this is are was be your our we you as "
                     "not no if".split())
_ALIGN = 3.0  # points: the lines of a column start at the same x


def _segments(line: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    chars = sorted((c for c in line if not c["text"].isspace()), key=lambda c: c["x0"])
    out: list[list[dict[str, Any]]] = []
    for c in chars:
        if out and c["x0"] - out[-1][-1]["x1"] <= _SEGMENT_GAP:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _text(seg: list[dict[str, Any]] | None) -> str:
    out, prev = [], None
    for c in seg or []:
        if prev is not None and float(c["x0"]) - float(prev["x1"]) > 1.0:
            out.append(" ")
        out.append(c["text"])
        prev = c
    return "".join(out)


class _Line:
    __slots__ = ("chars", "segs", "top", "spans")

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        self.chars = chars
        self.segs = _segments(chars)
        self.top = min(float(c["top"]) for c in chars)
        self.spans = [(float(s[0]["x0"]), float(s[-1]["x1"])) for s in self.segs]


def _band_after(band: tuple[float, float], line: _Line) -> tuple[float, float] | None:
    """The widest part of ``band`` that ``line`` leaves clear, when that part is a gutter with at most one stretch
    of the line on each side of it; None otherwise."""
    if len(line.spans) > 2:
        return None
    edges = [float("-inf")] + [x for s in line.spans for x in s] + [float("inf")]
    best: tuple[float, float] | None = None
    for free_lo, free_hi in zip(edges[::2], edges[1::2], strict=True):
        lo, hi = max(band[0], free_lo), min(band[1], free_hi)
        if hi - lo >= _MIN_GUTTER and (best is None or hi - lo > best[1] - best[0]):
            best = (lo, hi)
    if best is not None and (sum(s[1] <= best[0] for s in line.spans) > 1 or sum(s[0] >= best[1] for s in line.spans) > 1):
        return None
    return best


def _aligned(line: _Line, band: tuple[float, float], starts: tuple[float, float]) -> bool:
    """Each stretch of the line starts where its column starts (a heading set further out ends the columns)."""
    return all(abs(x0 - starts[0 if x1 <= band[0] else 1]) <= _ALIGN for x0, x1 in line.spans)


def _side(line: _Line, band: tuple[float, float], want_left: bool) -> list[dict[str, Any]] | None:
    mid = (band[0] + band[1]) / 2
    for seg, (x0, _x1) in zip(line.segs, line.spans, strict=True):
        if (x0 < mid) == want_left:
            return seg
    return None


def _is_columns(run: list[_Line], band: tuple[float, float]) -> bool:
    shared = [ln for ln in run if len(ln.segs) == 2]
    if len(shared) < _MIN_SHARED:
        return False
    lefts, rights = [_side(ln, band, True) for ln in run], [_side(ln, band, False) for ln in run]
    for sides, narrows in ((lefts, rights), (rights, lefts)):
        widths = [float(s[-1]["x1"] - s[0]["x0"]) for s in sides if s]
        if not widths:
            continue
        full = max(widths)
        if full < _PROSE_WIDTH:
            continue
        flows = 0
        for n in range(1, len(run)):
            prev, seg, narrow = sides[n - 1], sides[n], narrows[n]
            if not prev or not seg or narrow is None:
                continue
            lead = _text(narrow)[:1]
            if narrows[n - 1] and not lead.isupper() and not lead.isdigit():
                continue  # the narrow column wraps on the same line too: one row of a table, its cells wrapped
            filled = float(prev[-1]["x1"] - prev[0]["x0"]) >= _FILLED * full
            words = _text(prev).split()
            last = words[-1] if words else ""
            cut = last[-1:].isalpha() or last.endswith(",")
            if filled and cut and (_text(seg)[:1].islower() or last.lower() in _JOINERS):
                flows += 1  # the sentence goes on in the next line of its column ("... a rheumatologist at" / "Westside ...")
        # one wrap is enough beside a long panel of items printed alone on their lines ("Member ID" / "93431975")
        alone = sum(1 for ln, narrow in zip(run, narrows, strict=True) if len(ln.segs) == 1 and narrow is not None)
        # (or one wrap beside a panel whose items mostly stand alone, more of them than shared lines: "Member ID" /
        # "8214-4349" / "Codes" / "69930 / L8614" ... beside four or five lines of the letter)
        if flows >= _MIN_FLOWS or (flows and len(shared) >= _MIN_SHARED_ONE_FLOW and alone >= _MIN_ALONE) or (
                flows and alone >= _MIN_LONG_PANEL and alone > len(shared)):
            return True
    return False


def _order(lines: list[_Line], start: int, end: int, band: tuple[float, float]) -> list[list[dict[str, Any]]]:
    mid = (band[0] + band[1]) / 2
    left, right = [], []
    for ln in lines[start:end]:
        for c in ln.chars:
            (left if float(c["x1"]) <= mid else right).append(c)
    return [left, right]


def column_groups(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]] | None:
    """The page's upright characters split into reading-order groups (above, left column, right column, below,
    for each side-by-side region), or None when the page has no such region. Each group keeps the chars' order."""
    if len(chars) < 40 or not all(c.get("upright", True) for c in chars):
        return None
    lines = [_Line(cl) for cl in cluster_objects(chars, "top", 3) if any(not c["text"].isspace() for c in cl)]
    if len(lines) < _MIN_SHARED:
        return None
    lines.sort(key=lambda ln: ln.top)
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:], strict=False))
    pitch = pitches[len(pitches) // 2] if pitches else 12.0
    regions: list[tuple[int, int, tuple[float, float]]] = []
    i = 0
    while i < len(lines):
        first = lines[i]
        if len(first.spans) != 2:
            i += 1
            continue
        band = (first.spans[0][1], first.spans[1][0])
        if band[1] - band[0] < _MIN_GUTTER:
            i += 1
            continue
        starts = (first.spans[0][0], first.spans[1][0])
        j = i + 1
        while j < len(lines) and lines[j].top - lines[j - 1].top <= _MAX_LEAD * pitch:
            nxt = _band_after(band, lines[j])
            if nxt is None or not _aligned(lines[j], nxt, starts):
                break
            band = nxt
            j += 1
        # a run may begin on lines above its first shared line: extend upwards while they keep the band clear
        k = i
        while k > 0 and (not regions or k > regions[-1][1]) and lines[k].top - lines[k - 1].top <= _MAX_LEAD * pitch:
            nxt = _band_after(band, lines[k - 1])
            if nxt is None or not _aligned(lines[k - 1], nxt, starts):
                break
            band = nxt
            k -= 1
        if _is_columns(lines[k:j], band):
            regions.append((k, j, band))
            i = j
        else:
            i += 1
    if not regions:
        return None
    groups: list[list[dict[str, Any]]] = []
    pos = 0
    for start, end, band in regions:
        if start > pos:
            groups.append([c for ln in lines[pos:start] for c in ln.chars])
        groups += _order(lines, start, end, band)
        pos = end
    if pos < len(lines):
        groups.append([c for ln in lines[pos:] for c in ln.chars])
    # keep the page's own char order inside each group (pdfplumber's clustering expects it)
    rank = {id(c): n for n, c in enumerate(chars)}
    return [sorted(g, key=lambda c: rank[id(c)]) for g in groups if g]
