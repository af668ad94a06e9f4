"""Inline truth markers: a value wrapped with ``M(label, value)`` is tracked to its character offsets in the letter.

Sentences are written as ordinary strings with marked values inside; ``strip`` removes the markers and
returns the plain text plus ``(label, start, end)`` for each marked value. Markers nest (a REASON may
contain a SERVICE), so one sentence can feed several truth fields.
"""

from __future__ import annotations

_OPEN, _MID, _CLOSE = "\x01", "\x02", "\x03"


def M(label: str, value: object) -> str:
    """Mark ``value`` (made a string) as the truth value ``label``."""
    return f"{_OPEN}{label}{_MID}{value}{_CLOSE}"


def strip(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Plain text and the (label, start, end) of every marked value in it."""
    if _OPEN not in marked:
        return marked, []
    out: list[str] = []
    anns: list[tuple[str, int, int]] = []
    stack: list[tuple[str, int]] = []
    pos = 0
    i, n = 0, len(marked)
    while i < n:
        ch = marked[i]
        if ch == _OPEN:
            j = marked.index(_MID, i)
            stack.append((marked[i + 1 : j], pos))
            i = j + 1
            continue
        if ch == _CLOSE:
            label, start = stack.pop()
            anns.append((label, start, pos))
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed marker {stack[-1][0]!r} in {marked[:80]!r}")
    return "".join(out), anns


def plain(marked: str) -> str:
    """The text without markers."""
    return strip(marked)[0]
