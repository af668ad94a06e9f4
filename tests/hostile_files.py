"""Hostile inputs made at test time, and a watchdog worker process that analyzes them.

Nothing here is committed as a binary: every file is built from code (reportlab, pypdf, PIL or a raw
PDF writer below) when a test asks for it. Letter text in these files is invented filler.

The worker (``Worker``) is a child Python process that loads the analyzer once and analyzes one file per
request with its own private ``TMPDIR``; when a request takes longer than its budget the child is killed
and the request reports ``hang`` instead of hanging the test run. Run directly (``python hostile_files.py
serve``) it is that child.
"""

from __future__ import annotations

import io
import json
import os
import random
import select
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

FILLER = [
    "Kaiser Foundation Health Plan, Inc.",
    "Notice of Denial of Medical Coverage",
    "We have denied your request for the service listed below.",
    "Reason: the service is not medically necessary for your condition.",
    "You have 180 days from the date of this letter to file an appeal.",
    "If you have questions, call Member Services at 1-800-464-4000.",
]


# --------------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------------
def text_pdf(pages: int = 1, lines: list[str] | None = None, blank: bool = False) -> bytes:
    """A plain text PDF (reportlab), ``pages`` pages of filler lines, or blank pages when ``blank``."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    lines = lines or FILLER
    for n in range(pages):
        if not blank:
            c.setFont("Helvetica", 11)
            y = 720
            for line in lines:
                c.drawString(72, y, line)
                y -= 16
            c.drawString(72, 60, f"Page {n + 1} of {pages}")
        c.showPage()
    c.save()
    return buf.getvalue()


def raw_pdf(objects: list[bytes], root: int = 1, *, xref: bool = True, extra_trailer: bytes = b"") -> bytes:
    """Write a PDF from object bodies (object i+1 is ``objects[i]``), with a correct xref unless told not to."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref_at = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra_trailer, xref_at if xref else 0)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_content(lines: list[str] = FILLER) -> bytes:
    ops = [b"BT /F1 11 Tf 72 720 Td 16 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def png_bytes(width: int, height: int, *, idat: bytes | None = None) -> bytes:
    """A PNG whose header declares ``width`` x ``height`` (8-bit grayscale); the pixel data may be a stub."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    if idat is None:  # a few rows of white: enough to look real, far too little to decode
        idat = zlib.compress((b"\x00" + b"\xff" * min(width, 4096)) * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


# --------------------------------------------------------------------------------------------------
# The hostile files
# --------------------------------------------------------------------------------------------------
def empty() -> bytes:
    return b""


def truncated_pdf() -> bytes:
    data = text_pdf(pages=2)
    return data[: len(data) // 2]


def random_bytes(seed: int = 8) -> bytes:
    return random.Random(seed).randbytes(64 * 1024)


def html_renamed() -> bytes:
    return (b"<!DOCTYPE html>\n<html><head><title>Denial</title></head><body><h1>Notice of Denial</h1>"
            b"<p>We have denied your request.</p><script>alert(1)</script></body></html>\n")


def png_letter(text: bool = True) -> bytes:
    """A real PNG picture of a few lines of letter text (about 150 dpi), for the 'PNG renamed .pdf' case."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1275, 900), 255)
    if text:
        d = ImageDraw.Draw(img)
        try:
            font = ImageFont.load_default(size=28)
        except TypeError:  # older Pillow
            font = ImageFont.load_default()
        y = 80
        for line in FILLER:
            d.text((80, y), line, fill=0, font=font)
            y += 50
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def docx_renamed() -> bytes:
    """A real .docx (a ZIP) with letter text."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a runtime dependency
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + FILLER[1] + "</w:t></w:r></w:p></w:body></w:document>")
        return buf.getvalue()
    d = docx.Document()
    for line in FILLER:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _encrypt(user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    w.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def user_password_pdf() -> bytes:
    return _encrypt("member-secret", "owner-secret")


def owner_password_only_pdf() -> bytes:
    """Opens without a password (empty user password); only editing is restricted."""
    return _encrypt("", "owner-secret")


def many_pages(n: int = 400) -> bytes:
    return text_pdf(pages=n)


def blank_pages(n: int = 3) -> bytes:
    return text_pdf(pages=n, blank=True)


def huge_png() -> bytes:
    """Declares 30,000 x 30,000 pixels (900 Mpx, 900 MB decoded) in a file of a few hundred bytes."""
    return png_bytes(30_000, 30_000)


def huge_png_full() -> bytes:
    """30,000 x 30,000 with every row present (a 4 MB zlib bomb): decoding it would touch all 900 MB.

    ``huge_png`` carries a stub of pixel data, so even a decoder that ran would fill only a few rows and
    the memory it reserved would stay untouched (not resident); this one makes a decode visible in RSS.
    """
    width = height = 30_000
    row = b"\x00" + b"\xff" * width
    comp = zlib.compressobj(1)
    block = row * 1000
    idat = b"".join(comp.compress(block) for _ in range(height // 1000)) + comp.flush()
    return png_bytes(width, height, idat=idat)


def over_cap_png() -> bytes:
    """8,000 x 8,000 = 64 Mpx: over our 50 Mpx cap but under Pillow's own bomb threshold (89 Mpx warning only)."""
    return png_bytes(8_000, 8_000)


def zero_byte_image() -> bytes:
    return b""


JS_CANARY = "JSCANARY7731"
EMBED_CANARY = "EMBEDCANARY4492"


def javascript_and_attachment_pdf() -> bytes:
    """A text letter that runs JavaScript on open (/OpenAction and /Names /JavaScript) and embeds a file.

    The embedded file holds text with a canary; the analyzer must read only the page text, never the
    attachment, and must not write the attachment anywhere.
    """
    embedded = f"{EMBED_CANARY} This attached file must never be read as part of the letter.".encode()
    js = f"app.alert('{JS_CANARY}'); this.exportDataObject({{cName: 'payload.txt', nLaunch: 2}});".encode()
    objs = [
        # 1 catalog
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript 7 0 R /EmbeddedFiles 8 0 R >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",  # 2
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R /Annots [11 0 R] >>",  # 3
        FONT,  # 4
        stream(text_content()),  # 5
        b"<< /Type /Action /S /JavaScript /JS 12 0 R >>",  # 6
        b"<< /Names [(open) 6 0 R] >>",  # 7
        b"<< /Names [(payload.txt) 9 0 R] >>",  # 8
        b"<< /Type /Filespec /F (payload.txt) /UF (payload.txt) /EF << /F 10 0 R >> >>",  # 9
        stream(embedded, b"/Type /EmbeddedFile /Subtype /text#2Fplain "),  # 10
        b"<< /Type /Annot /Subtype /FileAttachment /Rect [72 40 90 58] /FS 9 0 R /Contents (attachment) >>",  # 11
        stream(js),  # 12
    ]
    return raw_pdf(objs)


def broken_xref_pdf() -> bytes:
    """A text PDF whose cross-reference offsets are all wrong and whose startxref points nowhere."""
    data = bytearray(text_pdf())
    xref_at = data.rfind(b"\nxref\n") + 1
    # shift every "nnnnnnnnnn 00000 n" offset by a wrong amount, keeping the table's shape
    tail = data[xref_at:].decode("latin-1").split("\n")
    for i, line in enumerate(tail):
        if line.endswith(" n ") or line.endswith(" n"):
            off = int(line[:10])
            tail[i] = f"{off + 37:010d}" + line[10:]
    data[xref_at:] = "\n".join(tail).encode("latin-1")
    start = data.rfind(b"startxref")
    data[start:] = b"startxref\n999999\n%%EOF\n"
    return bytes(data)


def missing_xref_pdf() -> bytes:
    """A text PDF with no xref table at all (startxref 0)."""
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
                    b"/Contents 5 0 R >>", FONT, stream(text_content())], xref=False)


def self_referencing_kids_pdf() -> bytes:
    """A page tree whose /Pages node lists itself among its /Kids (an infinite tree)."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        FONT,
        stream(text_content()),
    ])


def kids_cycle_pdf() -> bytes:
    """Two /Pages nodes that are each other's kid, no leaf pages at all."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ])


def recursive_xobject_pdf() -> bytes:
    """A form XObject that draws itself (``/Fm0 Do`` inside /Fm0): naive interpreters recurse forever."""
    form = b"BT /F1 11 Tf 72 700 Td (Form text) Tj ET\n/Fm0 Do"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /Fm0 6 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(text_content() + b"\n/Fm0 Do"),
        stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                     b"/Resources << /Font << /F1 4 0 R >> /XObject << /Fm0 6 0 R >> >> "),
    ])


def deeply_nested_pdf(depth: int = 100_000) -> bytes:
    """Arrays nested ``depth`` deep, in the page dictionary and in the content stream."""
    nest = b"[" * depth + b"]" * depth
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R /Junk " + nest + b" >>",
        FONT,
        stream(text_content() + b"\n" + nest + b" pop"),
    ])


def length_self_reference_pdf() -> bytes:
    """A content stream whose /Length is an indirect reference to the stream object itself."""
    content = text_content()
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        FONT,
        b"<< /Length 5 0 R >>\nstream\n" + content + b"\nendstream",
    ])


def xref_prev_loop_pdf() -> bytes:
    """The trailer's /Prev points back at its own cross-reference table (a reader that follows /Prev loops)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        FONT,
        stream(text_content()),
    ]
    first = raw_pdf(objs)
    xref_at = first.rfind(b"\nxref\n") + 1
    return raw_pdf(objs, extra_trailer=b"/Prev %d " % xref_at)


def parent_cycle_resources_pdf() -> bytes:
    """A page inheriting /Resources through a /Parent chain that loops back on itself."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>",
        FONT,
        stream(text_content()),
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
    ])


# --------------------------------------------------------------------------------------------------
# Canary letters for the privacy tests: a member name and id that must never reach a log or an error
# --------------------------------------------------------------------------------------------------
CANARY_NAME = "Zebulon Quixtaff"
CANARY_ID = "73519864"


def canary_lines(name: str = CANARY_NAME, member_id: str = CANARY_ID) -> list[str]:
    return [
        "Kaiser Foundation Health Plan, Inc.",
        "Northern California Region",
        "January 12, 2026",
        f"Member name: {name}",
        f"Member ID: {member_id}",
        f"Dear {name}:",
        "We have denied your request for an MRI of the lumbar spine (CPT 72148).",
        "Reason: the service is not medically necessary. The request did not meet",
        "the InterQual criteria for imaging of the lower back.",
        "Reviewer: Dana Whitcombe, M.D., Medical Director, Internal Medicine.",
        "Your right to appeal: you have 180 days from the date of this letter to file a grievance.",
        "You may ask for an Independent Medical Review from the Department of Managed Health Care.",
        "If you have questions, call Member Services at 1-800-464-4000 (TTY 711).",
    ]


def canary_pdf(name: str = CANARY_NAME, member_id: str = CANARY_ID, *, compress: bool = False) -> bytes:
    """A one-page text letter naming the canary member; uncompressed so the canary sits in the file's bytes."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(f"Denial letter for {name}")
    c.setFont("Helvetica", 11)
    y = 720
    for line in canary_lines(name, member_id):
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def scan_of(pdf: bytes, dpi: int = 300, skew_deg: float = 1.2) -> bytes:
    """An image-only PDF of ``pdf`` at ``dpi`` with a small skew (what a flatbed scan looks like)."""
    import pypdfium2
    from PIL import Image

    doc = pypdfium2.PdfDocument(pdf)
    try:
        imgs = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()
    imgs = [im.rotate(skew_deg, resample=Image.BICUBIC, fillcolor=255) for im in imgs]
    buf = io.BytesIO()
    imgs[0].save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:])
    return buf.getvalue()


def canary_corrupt_pdfs(name: str = CANARY_NAME, member_id: str = CANARY_ID) -> dict[str, bytes]:
    """Damaged files that carry the canary in their bytes, where a parser's error message could quote it."""
    good = canary_pdf(name, member_id)
    canary = f"{name} {member_id}".encode()
    # pdfminer quotes the whole dictionary in "Invalid dictionary construct: [...]"
    bad_dict = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R /Note (" + canary + b") /Odd >>",
        FONT,
        stream(text_content([f"Member name: {name}", f"Member ID: {member_id}"] + FILLER)),
    ])
    bad_name = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources /"
        + canary.replace(b" ", b"#20") + b" >>",
        FONT,
        stream(text_content([f"Member name: {name}", f"Member ID: {member_id}"])),
    ])
    cut = good.find(canary[:8])
    return {
        "truncated_after_name": good[: cut + 200],
        "bad_header": good.replace(b"%PDF-", b"%PDX-", 1),
        "invalid_dictionary": bad_dict,
        "name_as_resources": bad_name,
        "encrypted": _encrypt_bytes(good, "member-secret"),
        "html_with_name": b"<html><body>Member: " + canary + b"</body></html>",
    }


def _encrypt_bytes(pdf: bytes, user: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    w.encrypt(user_password=user, owner_password="owner-secret", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------
# The worker: analyze() in a child process with a watchdog and a private TMPDIR
# --------------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What one analysis in the worker gave (no letter text: codes, counts and flags only)."""

    status: str  # "ok" | "error" | "exception" | "hang" | "died"
    codes: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    total_pages: int = 0
    ocr_pages: list[int] = field(default_factory=list)
    text_chars: int = 0
    contains: dict = field(default_factory=dict)  # probe string -> found in the document text or result JSON
    exception: str = ""  # type and message of an exception that escaped analyze()
    traceback: str = ""
    leftovers: list[str] = field(default_factory=list)  # files left in the private TMPDIR
    schema_errors: list[str] = field(default_factory=list)
    span_problems: list[str] = field(default_factory=list)  # evidence whose text is not the page text at its offsets
    seconds: float = 0.0
    maxrss_mb: float = 0.0  # peak RSS over the worker's whole life (earlier cases included)
    rss_before_mb: float = 0.0  # resident memory when this request started
    request_peak_mb: float = 0.0  # peak RSS during this request only (0.0 where the kernel cannot say)

    @property
    def code(self) -> str | None:
        return self.codes[0] if self.codes else None

    def describe(self) -> str:
        d = {k: v for k, v in self.__dict__.items() if v not in ("", [], {}, 0, 0.0)}
        return json.dumps(d, indent=1)[:3000]


def schema_path() -> Path:
    # CI checks out shared/ beside the repository clone
    return REPO.parent / "shared" / "schema" / "analysis.schema.json"


def _spans(obj: Any, path: str = "result"):
    """Every evidence span in a result: dicts with page/start/end/text."""
    if isinstance(obj, dict):
        if {"page", "start", "end", "text"} <= obj.keys() and isinstance(obj.get("start"), int):
            yield path, obj
        for k, v in obj.items():
            yield from _spans(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _spans(v, f"{path}[{i}]")


def span_problems(doc: Any, result: dict) -> list[str]:
    """Evidence that does not point at the text it quotes (offsets are the one span currency)."""
    out = []
    for path, sp in _spans(result):
        if not 1 <= sp["page"] <= len(doc.pages):
            out.append(f"{path}: page {sp['page']} outside 1..{len(doc.pages)}")
            continue
        text = doc.pages[sp["page"] - 1].text
        if not 0 <= sp["start"] <= sp["end"] <= len(text):
            out.append(f"{path}: offsets {sp['start']}..{sp['end']} outside the page ({len(text)} chars)")
        elif text[sp["start"]:sp["end"]] != sp["text"]:
            out.append(f"{path}: span text is not the page text at its offsets")
    return out


def _proc_status_mb(key: str) -> float:
    """A memory figure of this process from /proc/self/status (VmRSS, VmHWM), in MB; 0.0 where unavailable."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) so the next reading covers one request only (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _serve() -> None:  # pragma: no cover - runs in the child
    """Child loop: one JSON request per line on stdin, one JSON reply per line on stdout."""
    import logging
    import resource
    import traceback

    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # anything printed by libraries must not corrupt the reply channel
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    import analyzer
    from analyzer.options import Options

    validator = None
    try:
        import jsonschema

        sp = schema_path()
        if sp.exists():
            validator = jsonschema.Draft202012Validator(json.loads(sp.read_text()))
    except Exception:  # noqa: BLE001 - schema validation is optional in the child
        validator = None

    real_stdout.write(json.dumps({"ready": True}) + "\n")
    real_stdout.flush()
    for line in sys.stdin:
        req = json.loads(line)
        tmp = req["tmpdir"]
        os.environ["TMPDIR"] = tmp
        tempfile.tempdir = tmp
        out: dict[str, Any] = {"status": "ok"}
        out["rss_before_mb"] = _proc_status_mb("VmRSS")
        peak_is_per_request = _reset_peak_rss()
        t0 = time.monotonic()
        try:
            if "text_pages" in req:  # the text path: Document.from_text -> analyze_document
                from analyzer.document import Document

                a = analyzer.analyze_document(Document.from_text(req["text_pages"]))
            else:
                data = Path(req["path"]).read_bytes()
                source: Any = data
                if req.get("as_path"):
                    source = req["path"]
                opts = Options(**req.get("options", {}))
                a = analyzer.analyze(source, options=opts, file_name=req.get("file_name"))
            res = a.result
            errs = res.get("errors") or []
            out["status"] = "error" if errs else "ok"
            out["codes"] = [e.get("code") for e in errs]
            out["messages"] = [e.get("message") for e in errs]
            out["warnings"] = list(res.get("warnings") or [])
            out["pages"] = res.get("source", {}).get("pages", 0)
            out["total_pages"] = res.get("source", {}).get("total_pages", 0) or 0
            out["ocr_pages"] = res.get("source", {}).get("ocr_pages", [])
            doc_text = a.document.text if a.document is not None else ""
            out["text_chars"] = len(doc_text.strip())
            blob = doc_text + "\n" + json.dumps(res, ensure_ascii=False)
            out["contains"] = {p: (p in blob) for p in req.get("probes", [])}
            if validator is not None:
                out["schema_errors"] = [e.message[:200] for e in validator.iter_errors(res)][:5]
            if a.document is not None:
                out["span_problems"] = span_problems(a.document, res)[:5]
        except BaseException as exc:  # noqa: BLE001 - the point is to report anything that escapes
            out["status"] = "exception"
            out["exception"] = f"{type(exc).__module__}.{type(exc).__name__}: {str(exc)[:300]}"
            out["traceback"] = traceback.format_exc()[-1500:]
            if isinstance(exc, KeyboardInterrupt):
                raise
        out["seconds"] = round(time.monotonic() - t0, 3)
        out["leftovers"] = sorted(os.listdir(tmp)) if os.path.isdir(tmp) else []
        out["maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        out["request_peak_mb"] = _proc_status_mb("VmHWM") if peak_is_per_request else 0.0
        real_stdout.write(json.dumps(out) + "\n")
        real_stdout.flush()


class Worker:
    """A child process running ``_serve``; ``run`` analyzes one file with a watchdog of ``timeout`` seconds."""

    def __init__(self, workdir: Path, start_timeout: float = 120.0) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None
        self.n = 0
        self.stderr_path = self.workdir / "worker-stderr.log"

    def _start(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        env.setdefault("OMP_THREAD_LIMIT", "1")
        env["TMPDIR"] = str(self.workdir)
        self._stderr = open(self.stderr_path, "ab")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, cwd=str(REPO), env=env,
            start_new_session=True,
        )
        line = self._readline(self.start_timeout)
        if line is None or not json.loads(line).get("ready"):
            self.close()
            raise RuntimeError(f"hostile-file worker did not start; see {self.stderr_path}")

    def _readline(self, timeout: float) -> bytes | None:
        assert self.proc is not None and self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        buf = b""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([fd], [], [], left)
            if not r:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return buf or None  # the child died
            buf += chunk
            if buf.endswith(b"\n"):
                return buf

    def warm(self, timeout: float = 180.0) -> Outcome:
        """Analyze a small text letter so the model is loaded before timed requests."""
        p = self.workdir / "warm.pdf"
        p.write_bytes(text_pdf())
        return self.run(p, timeout=timeout)

    def run(self, path: Path, *, timeout: float = 30.0, options: dict | None = None, file_name: str | None = None,
            probes: tuple[str, ...] = (), as_path: bool = False) -> Outcome:
        return self._request(
            {"path": str(path), "options": options or {}, "file_name": file_name, "probes": list(probes),
             "as_path": as_path},
            timeout=timeout,
        )

    def _request(self, req: dict, *, timeout: float) -> Outcome:
        if self.proc is None or self.proc.poll() is not None:
            self._start()
            self.warm()
        assert self.proc is not None and self.proc.stdin is not None
        self.n += 1
        tmp = self.workdir / f"tmp{self.n}"
        tmp.mkdir()
        req = dict(req, tmpdir=str(tmp))
        t0 = time.monotonic()
        try:
            self.proc.stdin.write((json.dumps(req) + "\n").encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            self.close()
            return Outcome(status="died", exception="worker died before the request")
        line = self._readline(timeout)
        if line is None:
            died = self.proc.poll() is not None
            rc = self.proc.returncode
            self.close()
            status = "died" if died else "hang"
            return Outcome(
                status=status,
                seconds=round(time.monotonic() - t0, 1),
                exception=f"worker exit code {rc}" if died else f"no answer within {timeout:.0f} s",
                leftovers=sorted(os.listdir(tmp)),
            )
        d = json.loads(line)
        return Outcome(**{k: v for k, v in d.items() if k in Outcome.__dataclass_fields__})

    def run_text(self, pages: list[str], *, timeout: float = 30.0) -> Outcome:
        """Analyze text pages (``Document.from_text``) in the child, with the same watchdog."""
        return self._request({"text_pages": list(pages)}, timeout=timeout)

    def close(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    self.proc.kill()
            self.proc.wait(timeout=10)
            for s in (self.proc.stdin, self.proc.stdout):
                if s:
                    s.close()
            self.proc = None
        if getattr(self, "_stderr", None):
            self._stderr.close()
            self._stderr = None


# name -> (builder, file name to upload it as)
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty": (empty, "letter.pdf"),
    "truncated_pdf": (truncated_pdf, "letter.pdf"),
    "random_bytes": (random_bytes, "letter.pdf"),
    "html_renamed": (html_renamed, "letter.pdf"),
    "png_renamed": (png_letter, "letter.pdf"),
    "docx_renamed": (docx_renamed, "letter.pdf"),
    "user_password": (user_password_pdf, "letter.pdf"),
    "owner_password_only": (owner_password_only_pdf, "letter.pdf"),
    "many_pages": (many_pages, "letter.pdf"),
    "blank_pages": (blank_pages, "letter.pdf"),
    "huge_png": (huge_png, "photo.png"),
    "huge_png_full": (huge_png_full, "photo.png"),
    "over_cap_png": (over_cap_png, "photo.png"),
    "zero_byte_image": (zero_byte_image, "photo.png"),
    "javascript_attachment": (javascript_and_attachment_pdf, "letter.pdf"),
    "broken_xref": (broken_xref_pdf, "letter.pdf"),
    "missing_xref": (missing_xref_pdf, "letter.pdf"),
    "self_referencing_kids": (self_referencing_kids_pdf, "letter.pdf"),
    "kids_cycle": (kids_cycle_pdf, "letter.pdf"),
    "recursive_xobject": (recursive_xobject_pdf, "letter.pdf"),
    "deeply_nested": (deeply_nested_pdf, "letter.pdf"),
    "length_self_reference": (length_self_reference_pdf, "letter.pdf"),
    "parent_cycle": (parent_cycle_resources_pdf, "letter.pdf"),
    "xref_prev_loop": (xref_prev_loop_pdf, "letter.pdf"),
    "invalid_dictionary": (lambda: canary_corrupt_pdfs()["invalid_dictionary"], "letter.pdf"),
}


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["serve"]:
        _serve()
    elif sys.argv[1:2] == ["write"]:  # write the cases to a folder, for looking at them by hand
        outdir = Path(sys.argv[2])
        outdir.mkdir(parents=True, exist_ok=True)
        for name, (build, fname) in CASES.items():
            (outdir / f"{name}{Path(fname).suffix}").write_bytes(build())
        print(f"wrote {len(CASES)} files to {outdir}")
    else:
        print("usage: hostile_files.py serve | write DIR", file=sys.stderr)
        sys.exit(2)


@contextmanager
def warmed_worker(workdir: Path, purpose: str) -> Iterator[Worker]:
    """A started Worker that has analyzed a plain text PDF; fails the test when it cannot (``purpose`` says why
    that matters), and is always stopped."""
    import pytest

    w = Worker(workdir)
    try:
        w._start()
        warm = w.warm()
        if warm.status != "ok":
            pytest.fail(f"the analyzer cannot analyze a plain text PDF, so {purpose}:\n{warm.describe()}")
        yield w
    finally:
        w.close()
