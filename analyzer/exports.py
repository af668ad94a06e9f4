"""Exports: the grievance letter as DOCX, PDF and text, the deadlines as iCalendar, the analysis as JSON.

``write_bundle(result, out_dir, member)`` writes all five files in one call (the command line's ``grievance``
subcommand uses it). Calendar events carry only the action, the legal basis and the citation: never the
member's name, id or letter text, because calendars are often synced to other services.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .arguments import BLANK_RE
from .letter import GrievanceLetter, draft_letter

log = logging.getLogger(__name__)

BUNDLE_FILES = ("grievance.docx", "grievance.pdf", "grievance.txt", "deadlines.ics", "analysis.json")
ALARM_DAYS = (7, 1)  # reminders before each due date
PRODID = "-//kp-denial-analyzer//grievance deadlines//EN"


# ---------------------------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------------------------
def to_text(letter: GrievanceLetter, include_notes: bool = True) -> str:
    """The letter as plain text; the member's checklist follows after a clear separator."""
    out = letter.text
    if include_notes and letter.notes:
        out += "\n\n" + "=" * 72 + "\n" + letter.notes_text
    return out


# ---------------------------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------------------------
def to_docx(letter: GrievanceLetter, include_notes: bool = True) -> bytes:
    from docx import Document as DocxDocument
    from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
    from docx.shared import Pt

    d = DocxDocument()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    def runs(p: Any, text: str, bold: bool = False) -> None:
        """Add text to a paragraph; blank markers are bold and highlighted so the member cannot miss them."""
        pos = 0
        for m in BLANK_RE.finditer(text):
            if m.start() > pos:
                p.add_run(text[pos:m.start()]).bold = bold or None
            r = p.add_run(m.group(0))
            r.bold = True
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            pos = m.end()
        if pos < len(text) or not text:
            p.add_run(text[pos:]).bold = bold or None

    def para(text: str, bold: bool = False) -> None:
        runs(d.add_paragraph(), text, bold)

    def lines(block: list[str]) -> None:
        p = d.add_paragraph()
        for i, ln in enumerate(block):
            runs(p, ln)
            if i < len(block) - 1:
                p.add_run().add_break()

    if letter.sender:
        lines(letter.sender)
    if letter.date_line:
        para(letter.date_line)
    if letter.recipient:
        lines(letter.recipient)
    if letter.title:
        d.add_heading(letter.title, level=1)
    if letter.subject:
        lines(letter.subject)
    if letter.salutation:
        para(letter.salutation)
    for sec in letter.sections:
        if sec.heading:
            d.add_heading(sec.heading, level=2)
        for i, text in enumerate(sec.paragraphs, 1):
            sub = sec.subheadings[i - 1] if i - 1 < len(sec.subheadings) else ""
            if sub:
                para(f"{i}. {sub}" if sec.numbered else sub, bold=True)
                para(text)
            elif sec.numbered:
                para(f"{i}. {text}")
            else:
                para(text)
    lines(letter.closing)
    if letter.enclosures:
        para("Enclosures:", bold=True)
        for e in letter.enclosures:
            para(f"- {e}")
    if include_notes and letter.notes:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading("Before you send this letter (this page is for you; do not send it)", level=2)
        for n in letter.notes:
            para(f"- {n}")
    cp = d.core_properties  # no name or id in the file's metadata; python-docx would write its own defaults
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = letter.title or "Grievance letter"
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------------------------
_FONT_CANDIDATES = (
    ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


def _pdf_fonts() -> tuple[str, str]:
    """A Unicode TrueType font pair (regular, bold): DejaVu when installed, else Vera shipped with reportlab."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    rl_fonts = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    cands = list(_FONT_CANDIDATES) + [("Vera", os.path.join(rl_fonts, "Vera.ttf"),
                                       os.path.join(rl_fonts, "VeraBd.ttf"))]
    for name, regular, bold in cands:
        if not (os.path.exists(regular) and os.path.exists(bold)):
            continue
        if name not in registered:
            try:
                pdfmetrics.registerFont(TTFont(name, regular))
                pdfmetrics.registerFont(TTFont(name + "-Bold", bold))
            except Exception:  # noqa: BLE001 - a broken font file: try the next one
                log.debug("font %s could not be registered", name)
                continue
        return name, name + "-Bold"
    return "Helvetica", "Helvetica-Bold"


def _esc_marked(s: str, bold_font: str | None = None) -> str:
    """Escape for reportlab's mini-markup; blank markers are bold on a yellow background."""
    out, pos = [], 0
    for m in BLANK_RE.finditer(s):
        out.append(_xml(s[pos:m.start()]))
        mark = _xml(m.group(0))
        out.append(f'<font name="{bold_font}" backColor="#fff27a">{mark}</font>' if bold_font else mark)
        pos = m.end()
    out.append(_xml(s[pos:]))
    return "".join(out)


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(letter: GrievanceLetter, include_notes: bool = True) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    regular, bold = _pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, spaceAfter=6)
    tight = ParagraphStyle("tight", parent=body, spaceAfter=0)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=13, leading=17, spaceBefore=6, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=2)

    story: list[Any] = []

    def esc(s: str) -> str:
        return _esc_marked(s, bold)

    def block(lines: list[str]) -> None:
        for ln in lines:
            story.append(Paragraph(esc(ln) or "&nbsp;", tight))
        story.append(Spacer(1, 10))

    for part in (letter.sender, [letter.date_line], letter.recipient):
        if any(part):
            block(part)
    if letter.title:
        story.append(Paragraph(esc(letter.title), h1))
    if letter.subject:
        block(letter.subject)
    if letter.salutation:
        story.append(Paragraph(esc(letter.salutation), body))
    for sec in letter.sections:
        if sec.heading:
            story.append(Paragraph(esc(sec.heading), h2))
        for i, para in enumerate(sec.paragraphs, 1):
            sub = sec.subheadings[i - 1] if i - 1 < len(sec.subheadings) else ""
            if sub:
                story.append(Paragraph(esc(f"{i}. {sub}" if sec.numbered else sub), h3))
                story.append(Paragraph(esc(para), body))
            elif sec.numbered:
                story.append(Paragraph(esc(f"{i}. {para}"), body))
            else:
                story.append(Paragraph(esc(para), body))
    story.append(Spacer(1, 6))
    block(letter.closing)
    if letter.enclosures:
        story.append(Paragraph("Enclosures:", h3))
        for e in letter.enclosures:
            story.append(Paragraph(esc(f"- {e}"), tight))
    if include_notes and letter.notes:
        story.append(PageBreak())
        story.append(Paragraph("Before you send this letter (this page is for you; do not send it)", h2))
        for n in letter.notes:
            story.append(Paragraph(esc(f"- {n}"), body))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=inch, rightMargin=inch, topMargin=0.9 * inch,
                            bottomMargin=0.9 * inch, title=letter.title, author="", subject="Grievance letter",
                            creator="kp-denial-analyzer", invariant=1)
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# iCalendar
# ---------------------------------------------------------------------------------------------------------------
def deadline_uid(result: Mapping, action: str) -> str:
    """Stable across runs for the same letter and action, so re-importing updates instead of duplicating."""
    sha = str((result.get("source") or {}).get("sha256") or "")
    return hashlib.sha256(f"{sha}\x00{action}".encode()).hexdigest()[:32] + "@kp-denial-analyzer"


def _due_date(d: Mapping) -> _dt.date | None:
    due = d.get("due")
    if not due:
        return None
    try:
        return _dt.date.fromisoformat(str(due)[:10])
    except ValueError:
        return None


def deadlines_ics(result: Mapping, now: _dt.datetime | None = None) -> bytes:
    """One all-day VEVENT per deadline with a due date, each with reminders 7 days and 1 day before."""
    from icalendar import Alarm, Calendar, Event

    stamp = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Denial letter deadlines")
    for d in result.get("deadlines") or []:
        if not isinstance(d, Mapping):
            continue
        day = _due_date(d)
        action = str(d.get("action") or "Deadline").strip()
        if day is None:
            continue
        ev = Event()
        ev.add("uid", deadline_uid(result, action))
        ev.add("dtstamp", stamp)
        ev.add("summary", action)
        ev.add("dtstart", day)
        ev.add("dtend", day + _dt.timedelta(days=1))
        desc = [x for x in (str(d.get("basis") or "").strip(),
                            f"Citation: {d['citation']}" if d.get("citation") else "") if x]
        if desc:
            ev.add("description", "\n".join(desc))
        ev.add("transp", "TRANSPARENT")
        for days in ALARM_DAYS:
            al = Alarm()
            al.add("action", "DISPLAY")
            al.add("description", f"{action}: in {days} day{'s' if days != 1 else ''} ({day.isoformat()})")
            al.add("trigger", -_dt.timedelta(days=days))
            ev.add_component(al)
        cal.add_component(ev)
    return cal.to_ical()


# ---------------------------------------------------------------------------------------------------------------
# JSON and the bundle
# ---------------------------------------------------------------------------------------------------------------
def analysis_json(result: Mapping) -> str:
    return json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n"


def write_bundle(result: Mapping, out_dir: str | os.PathLike, member: Mapping | None = None) -> dict[str, Path]:
    """Write grievance.docx, grievance.pdf, grievance.txt, deadlines.ics and analysis.json into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    letter = draft_letter(result, member)
    payloads: dict[str, bytes] = {
        "grievance.docx": to_docx(letter),
        "grievance.pdf": to_pdf(letter),
        "grievance.txt": to_text(letter).encode("utf-8"),
        "deadlines.ics": deadlines_ics(result),
        "analysis.json": analysis_json(result).encode("utf-8"),
    }
    written: dict[str, Path] = {}
    for name in BUNDLE_FILES:
        path = out / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(payloads[name])
        os.replace(tmp, path)  # never leave a half-written file under the final name
        written[name] = path
    log.info("wrote grievance bundle: %d files", len(written))
    return written
