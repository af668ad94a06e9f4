"""Text searches the predicates share: regex hits over the whole packet, sentence windows, boilerplate filtering.

All offsets are global offsets into ``Document.text`` (every page, enclosures included: rules.md says an
element is absent only when it is absent from the whole packet). Evidence is built with ``Document.spans``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..context import Context
from ..document import Span

FLAGS = re.IGNORECASE | re.MULTILINE

# Sentences that mention emergencies, serious illness, etc. only as standard rights text: they say nothing
# about this member's care, so fact inference skips them.
BOILERPLATE = re.compile(
    r"grievance involving an emergency|if you (?:have|think you have|are having) (?:a|an) (?:medical )?emergency"
    r"|call 911|emergency or urgent medical services|payment disputes for emergency|in an emergency"
    r"|experimental or investigational|life,? (?:or )?your health|seriously jeopardi[sz]e|severe pain"
    r"|imminent and serious threat|loss of life|does not discriminate|nondiscrimination|language assistance"
    r"|if you have (?:any )?questions",
    FLAGS,
)

PHONE = re.compile(
    r"(?<![\d-])(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])(?:\d{3}|[A-Z]{3})[-. ][\dA-Z]{4}(?![\d])"
)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str


def find_all(text: str, pattern: str | re.Pattern, start: int = 0, end: Optional[int] = None) -> list[Hit]:
    rx = pattern if isinstance(pattern, re.Pattern) else compiled(pattern)
    end = len(text) if end is None else end
    return [Hit(m.start(), m.end(), m.group(0)) for m in rx.finditer(text, start, end)]


def find(text: str, pattern: str | re.Pattern, start: int = 0, end: Optional[int] = None) -> Optional[Hit]:
    rx = pattern if isinstance(pattern, re.Pattern) else compiled(pattern)
    m = rx.search(text, start, len(text) if end is None else end)
    return Hit(m.start(), m.end(), m.group(0)) if m else None


@lru_cache(maxsize=512)
def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, FLAGS)


def near(text: str, a: str, b: str, window: int = 400) -> Optional[Hit]:
    """First hit of ``a`` that has a hit of ``b`` within ``window`` characters either side."""
    for h in find_all(text, a):
        lo, hi = max(0, h.start - window), min(len(text), h.end + window)
        if find(text, b, lo, hi):
            return h
    return None


def sentences(text: str) -> list[Hit]:
    """Rough sentence/line split (periods, line breaks, bullets); enough to keep boilerplate apart."""
    out = []
    for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|\n|$)", text):
        s = m.group(0)
        if s.strip():
            out.append(Hit(m.start(), m.end(), s))
    return out


def member_sentences(text: str) -> list[Hit]:
    """Sentences that are not standard rights boilerplate."""
    return [s for s in sentences(text) if not BOILERPLATE.search(s.text)]


def find_in_sentences(sents: Iterable[Hit], pattern: str) -> Optional[Hit]:
    rx = compiled(pattern)
    for s in sents:
        m = rx.search(s.text)
        if m:
            return Hit(s.start + m.start(), s.start + m.end(), m.group(0))
    return None


def spans(ctx: Context, *hits: Optional[Hit]) -> tuple[Span, ...]:
    out: list[Span] = []
    for h in hits:
        if h is not None:
            out.extend(ctx.document.spans(h.start, h.end))
    return tuple(out)


def field_evidence(ctx: Context, path: str) -> tuple[Span, ...]:
    """Evidence spans recorded by extraction for a letter field (as Span objects)."""
    cur = ctx.letter
    for part in path.split("."):
        if not isinstance(cur, dict):
            return ()
        cur = cur.get(part)
    if not isinstance(cur, dict):
        return ()
    out = []
    for e in cur.get("evidence") or []:
        if isinstance(e, Span):
            out.append(e)
        elif isinstance(e, dict) and {"page", "start", "end"} <= e.keys():
            bbox = e.get("bbox")
            out.append(Span(int(e["page"]), int(e["start"]), int(e["end"]), str(e.get("text", "")),
                            tuple(bbox) if bbox else None))
    return tuple(out)


def where_looked(ctx: Context, *section_names: str) -> tuple[Span, ...]:
    """Evidence for a missing element: the sections where it belongs, else the whole letter (never empty)."""
    out: list[Span] = []
    for s, e in ctx.section_ranges(*section_names):
        out.extend(ctx.document.spans(s, e))
    if not out:
        out = list(ctx.document.spans(0, len(ctx.document.text)))
    if not out and ctx.document.pages:
        p = ctx.document.pages[0]
        out = [p.span(0, len(p.text))]
    return tuple(out)


def item_texts(ctx: Context, key: str) -> list[str]:
    items = ctx.letter.get(key) or []
    out = []
    for it in items:
        if isinstance(it, dict):
            out.append(" ".join([str(it.get("text") or "")] + [str(c) for c in it.get("codes") or []]))
    return out


def phones(text: str) -> list[Hit]:
    return find_all(text, PHONE)


def digits(s: str) -> str:
    """Digits of a phone number, letters mapped on the keypad (1-888-HMO-2219)."""
    keypad = {c: str(d) for d, cs in {2: "ABC", 3: "DEF", 4: "GHI", 5: "JKL", 6: "MNO", 7: "PQRS", 8: "TUV",
                                           9: "WXYZ"}.items() for c in cs}
    out = "".join(keypad.get(ch.upper(), ch) for ch in s)
    d = re.sub(r"\D", "", out)
    return d[-10:]
