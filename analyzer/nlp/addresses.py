"""Where the plan takes grievances and appeals by mail: a postal address the letter prints for them.

A US postal address ends in "City, ST 12345" (or ZIP+4). From that anchor we go back to where the address
starts, in one of the two ways letters print one:

- inline, after "write to us at", "mail your appeal to", "send it to:", "Address:" (English and Spanish);
- as a block of short lines above the anchor (organisation, department, P.O. Box or street).

An address is the plan's grievance/appeal address when the text just before it is about filing a grievance,
appeal or reconsideration, and it is not an outside body's (a state hearing office, DMHC, OPM, the Department
of Labor, an independent review organisation): those are where *other* requests go, and their addresses come
from our verified contacts, never from here. The member's own address in the letter's header is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
    "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
).split()
_WS = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a line wrap inside an inline address
_ANCHOR = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'\- ]{1,30}?),?" + _WS + r"(?P<st>" + "|".join(_STATES) + r")\.?" + _WS
    + r"(?P<zip>\d{5}(?:-\d{4})?)\b"
)
# words that end in a full stop inside addresses without ending a sentence
_ABBREVIATIONS = frozenset(
    "st ave blvd rd dr ste apt fl bldg ln ct pl hwy pkwy sq mt ft inc co corp ltd llc dept attn no p.o po "
    "n s e w ne nw se sw u.s us".split()
)
_TRIGGER = re.compile(
    r"(?:\b(?:write|writing|mail|mailing|send|sending|submit|address(?:ed)?|fax|deliver|return)\b[^.\n:]{0,60}?"
    r"\b(?:to|at)\b(?:\s+(?:us|the\s+plan)\s+at)?\s*:?"
    r"|\b(?:address|mail\s+to|send\s+to|write\s+to|mailing\s+address|by\s+mail)\s*:"
    r"|\b(?:escrib\w+|env[ií]\w+|mand\w+)\b[^.\n:]{0,60}?\b(?:a|en)\b\s*:?"
    r"|\bdirecci[oó]n\s*:)\s*",
    re.I,
)
_ABOUT_FILING = re.compile(
    r"\b(grievance|appeal|reconsideration|complaint|dispute|redetermination|queja|apelaci[oó]n|reclam\w+)s?\b", re.I
)
# outside bodies: their addresses are where other requests go (and come from verified contacts)
_OUTSIDE = re.compile(
    r"\b(department\s+of|division\s+of|office\s+of|hearings?\b|ombuds|maximus|c2c|independent\s+(medical\s+)?review|"
    r"external\s+review|managed\s+health\s+care|dmhc|social\s+services|personnel\s+management|opm\b|"
    r"employee\s+benefits\s+security|commissioner|attorney\s+general|departamento\s+de|audiencia)",
    re.I,
)
_ADDRESS_LINE = re.compile(r"^(?:[A-Z0-9#][^\n]{0,70})$")
_MAX_BLOCK_LINES = 5
_MAX_INLINE = 220


@dataclass(frozen=True)
class Address:
    start: int
    end: int
    value: str  # one line, parts joined by ", "
    style: str  # "inline" or "block"


def _one_line(text: str, inline: bool) -> str:
    """The address on one line: an inline address's line breaks are wraps, a block's separate its parts."""
    parts = [re.sub(r"\s+", " ", p).strip(" ,;") for p in re.split(r",|\n" if not inline else r",", text)]
    out = ", ".join(p for p in parts if p)
    return re.sub(r"\s+,", ",", out).strip(" .,;:")


def _sentence_end(text: str) -> bool:
    for m in re.finditer(r"([A-Za-z.]+)?[.!?](?=\s|$)", text):
        word = (m.group(1) or "").lower().rstrip(".")
        if m.group(0).endswith(".") and (word in _ABBREVIATIONS or len(word) <= 1):
            continue
        return True
    return False


def find_addresses(text: str, *, after: int = 0) -> list[Address]:
    """Every postal address (inline or block) whose "City, ST ZIP" ends after ``after``."""
    out: list[Address] = []
    for m in _ANCHOR.finditer(text):
        if m.start() < after:
            continue
        end = m.end()
        line_start = text.rfind("\n", 0, m.start()) + 1
        window_start = max(0, m.start() - _MAX_INLINE)
        triggers = list(_TRIGGER.finditer(text, window_start, m.start()))
        if triggers:
            t = triggers[-1]
            between = text[t.end():m.start()]
            # an address runs on from its lead-in without a sentence end; after "to:" and a line break it is
            # a block of lines, otherwise an inline address whose line breaks are wraps
            if not _sentence_end(between):
                block = bool(re.match(r"[ \t]*\n", text[t.end() - 1:t.end() + 1])) or text[t.end() - 1] == "\n"
                out.append(Address(t.end(), end, _one_line(text[t.end():end], not block), "block" if block else "inline"))
                continue
        # a block: short address-like lines directly above the anchor line
        start = line_start
        lines_above = 0
        pos = line_start
        while lines_above < _MAX_BLOCK_LINES and pos > 0:
            prev_end = pos - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end]
            if not line.strip() or not _ADDRESS_LINE.match(line.strip()) or line.rstrip().endswith((".", ":", "?")):
                break
            if len(line.split()) > 9:
                break
            start, pos = prev_start, prev_start
            lines_above += 1
        if text[line_start:m.start()].strip():
            start = min(start, line_start)  # "P.O. Box 1, Oakland, CA 94623" on one line
        out.append(Address(start, end, _one_line(text[start:end], False), "block"))
    return out


def grievance_address(text: str, *, after: int = 0) -> Address | None:
    """The first address the letter gives for filing a grievance or appeal with the plan, or None."""
    for a in find_addresses(text, after=after):
        context = text[max(0, a.start - 400):a.start]
        # the sentence (or heading) that leads into the address
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n\s*\n", context)[-1] if context else ""
        if _OUTSIDE.search(a.value) or _OUTSIDE.search(lead[-160:]):
            continue
        if not _ABOUT_FILING.search(context[-300:]):
            continue
        if a.style == "block" and len(a.value.split(", ")) < 2:
            continue  # a lone "City, ST ZIP" is not an address to write to
        return a
    return None
