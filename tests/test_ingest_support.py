"""Letters, scans, photos and hostile files for the ingest tests, generated at test time (no committed samples)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

PAGE_W, PAGE_H = 612.0, 792.0

HEADING = "KAISER PERMANENTE"
BODY = [
    "Notice of Denial of Medical Services",
    "Date: March 6, 2026",
    "Member ID: 000034982265",
    "We reviewed the request from your doctor for an MRI of the lumbar spine.",
    "We denied this request because it is not medically necessary.",
    "You may appeal this decision within 180 days of this notice.",
]
TABLE = [
    ("Line", "Service", "Code", "Billed"),
    ("1", "MRI lumbar spine without contrast", "72148", "$1,250.00"),
    ("2", "Office visit, established patient", "99214", "$210.00"),
]
KNOWN_WORD = "72148"  # its position is recorded when drawn


@dataclass
class Letter:
    pdf: bytes
    known_box: tuple[float, float, float, float]  # x0, top, x1, bottom of KNOWN_WORD in points


def letter_pdf(pages: int = 1, body: list[str] | None = None, extra: str | None = None) -> Letter:
    """A letter-like text PDF: heading, lines of prose and a ruled table with CPT codes."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    known = (0.0, 0.0, 0.0, 0.0)
    for n in range(pages):
        y = 720.0
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, y, HEADING)
        y -= 30
        c.setFont("Helvetica", 11)
        for line in body or BODY:
            c.drawString(72, y, line)
            y -= 18
        if extra:
            c.drawString(72, y, extra)
            y -= 18
        y -= 10
        xs = [72, 110, 350, 420, 520]
        row_h = 20
        top_y = y
        for r, row in enumerate(TABLE):
            base = top_y - (r + 1) * row_h + 6
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
            for col, cell in enumerate(row):
                c.drawString(xs[col] + 4, base, cell)
                if cell == KNOWN_WORD and n == 0:
                    w = stringWidth(cell, "Helvetica", 10)
                    # pdfplumber's char box: top = page height - (baseline + ascent), ascent ~ 0.718 em
                    known = (xs[col] + 4, PAGE_H - base - 10 * 0.718, xs[col] + 4 + w, PAGE_H - base + 10 * 0.207)
        c.setLineWidth(1)
        for r in range(len(TABLE) + 1):
            c.line(xs[0], top_y - r * row_h, xs[-1], top_y - r * row_h)
        for x in xs:
            c.line(x, top_y, x, top_y - len(TABLE) * row_h)
        c.setFont("Helvetica", 9)
        c.drawString(72, 60, f"Page {n + 1} of {pages}")
        c.showPage()
    c.save()
    return Letter(buf.getvalue(), known)


def blank_pdf(pages: int = 1) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(pages):
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf: bytes, dpi: int = 200, page: int = 0) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()


def scanned(img: Image.Image, angle: float = 2.5, noise: float = 12.0, jpeg: int = 70, seed: int = 1) -> Image.Image:
    """A scan: rotated by ``angle`` degrees (counter-clockwise), blurred a little, noisy, JPEG artefacts."""
    out = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255) if angle else img
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    rng = np.random.default_rng(seed)
    arr = np.asarray(out, dtype=np.float32) + rng.normal(0, noise, (out.height, out.width))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=jpeg)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def image_pdf(images: list[Image.Image], dpi: int = 200) -> bytes:
    """An image-only PDF whose pages are ``images`` at ``dpi`` (as a scanner writes it)."""
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return buf.getvalue()


def photo(img: Image.Image, seed: int = 3) -> Image.Image:
    """A phone photo: the page on a dark table, a shadow gradient across it, warm paper, JPEG, 72 dpi."""
    w, h = img.size
    canvas_img = Image.new("L", (int(w * 1.12), int(h * 1.1)), 60)
    canvas_img.paste(img, (int(w * 0.06), int(h * 0.05)))
    arr = np.asarray(canvas_img, dtype=np.float32)
    yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]]
    shade = 1.0 - 0.5 * (xx / arr.shape[1]) * (yy / arr.shape[0])  # darker towards bottom-right
    arr = arr * shade * 0.9
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, 6, arr.shape)
    rgb = np.stack([arr, arr * 0.97, arr * 0.9], axis=-1)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), mode="RGB").rotate(
        -1.2, resample=Image.Resampling.BICUBIC, fillcolor=(60, 58, 54)
    )


def encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def encrypted_pdf(pdf: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    w.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def zero_page_pdf() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header declares width x height but carries almost no data (a decompression bomb's shape)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def random_bytes(n: int = 4096, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)
