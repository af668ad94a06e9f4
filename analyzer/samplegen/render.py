"""Rendering of a laid-out letter: text PDF (reportlab), simulated scan (image-only PDF) and phone photo (JPEG)."""

from __future__ import annotations

import io
import math
import random
import time
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas

from .layout import PAGE_H, PAGE_W, UNICODE_FONT, PageLayout, unicode_font

if TYPE_CHECKING:  # pragma: no cover
    from .api import LetterSpec


def _logo(c: canvas.Canvas, x: float, top: float, w: float, h: float, style: str) -> None:
    y = PAGE_H - top - h
    cx, cy = x + w / 2, y + h / 2
    c.saveState()
    blue = Color(0.0, 0.33, 0.6)
    c.setFillColor(blue)
    c.setStrokeColor(blue)
    if style == "rays":  # a sunburst of short strokes over a small figure
        c.setLineWidth(1.6)
        for k in range(9):
            a = math.pi * (0.1 + 0.8 * k / 8)
            r1, r2 = w * 0.28, w * 0.5
            c.line(cx + r1 * math.cos(a), cy + r1 * math.sin(a), cx + r2 * math.cos(a), cy + r2 * math.sin(a))
        c.circle(cx, cy - h * 0.05, w * 0.12, stroke=0, fill=1)
        c.rect(cx - w * 0.2, y + 2, w * 0.4, h * 0.18, stroke=0, fill=1)
    elif style == "bars":
        for k in range(4):
            c.rect(x + k * w / 4, y + 2, w / 5, h * (0.35 + 0.15 * k), stroke=0, fill=1)
    else:  # ring
        c.setLineWidth(2.2)
        c.circle(cx, cy, min(w, h) * 0.42, stroke=1, fill=0)
        c.circle(cx, cy, min(w, h) * 0.18, stroke=0, fill=1)
    c.restoreState()


def draw_pages(pages: list[PageLayout], title: str = "") -> bytes:
    """Draw laid-out pages with reportlab; every row is real text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    c.setAuthor("analyzer.samplegen (synthetic)")
    unicode_font()
    for pg in pages:
        for sh in pg.shapes:
            if sh.kind == "logo":
                _logo(c, sh.x, sh.y, sh.w, sh.h, sh.style)
                continue
            c.setLineWidth(sh.width)
            if sh.kind == "line":
                c.line(sh.x, PAGE_H - sh.y, sh.x + sh.w, PAGE_H - sh.y - sh.h)
            elif sh.kind == "rect":
                if sh.fill is not None:
                    c.setFillGray(sh.fill)
                c.rect(
                    sh.x,
                    PAGE_H - sh.y - sh.h,
                    sh.w,
                    sh.h,
                    stroke=1 if sh.stroke else 0,
                    fill=1 if sh.fill is not None else 0,
                )
                c.setFillGray(0)
        for r in pg.rows:
            for s in r.segs:
                c.setFont(s.font, s.size)
                c.drawString(s.x, PAGE_H - r.y, s.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def render_pdf(spec: LetterSpec, path: str | None = None) -> bytes:
    """The letter as a text PDF (real text layer). Writes ``path`` too when given."""
    data = draw_pages(spec.pages, title=f"{spec.truth['id']} ({spec.template})")
    if path:
        with open(path, "wb") as f:
            f.write(data)
    return data


# -- raster variants ------------------------------------------------------------------------------


def _raster(pdf_bytes: bytes, dpi: int, only: int | None = None) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        idx = range(len(doc)) if only is None else [only]
        return [doc[i].render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L") for i in idx]
    finally:
        doc.close()


def _degrade(
    img: Image.Image, rng: random.Random, *, skew_deg: float, noise: float, fax: bool, rotate90: bool
) -> Image.Image:
    nrng = np.random.default_rng(rng.randrange(2**32))
    if fax:  # fax: coarse vertical resolution, hard threshold, streaks
        w, h = img.size
        img = img.resize((w, max(1, h // 2)), Image.BILINEAR).resize((w, h), Image.NEAREST)
    img = img.rotate(skew_deg, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.6 if not fax else 0.3))
    a = np.asarray(img, dtype=np.float32)
    # paper tone and uneven toner
    a = a * rng.uniform(0.92, 1.0) + rng.uniform(0, 12)
    if noise > 0:
        a += nrng.normal(0, 255 * noise, a.shape)
        specks = nrng.random(a.shape) < noise * 0.004
        a[specks] = 20
    if fax:
        a = np.where(a > rng.uniform(150, 185), 255, 0).astype(np.float32)
        for _ in range(rng.randint(1, 3)):
            x = rng.randrange(a.shape[1])
            a[:, x : x + 1] = np.minimum(a[:, x : x + 1], 90)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if rotate90:
        img = img.rotate(90, expand=True)
    return img


def render_scan(
    pdf_bytes: bytes,
    *,
    dpi: int = 200,
    skew_deg: float | None = None,
    noise: float = 0.03,
    jpeg_quality: int = 60,
    fax: bool = False,
    rotate90: bool = False,
    seed: int = 0,
) -> bytes:
    """An image-only PDF that looks scanned: skew, blur, noise, JPEG artefacts; ``fax`` binarizes it.

    Pages keep their physical size (the image's dpi is written into the PDF), and no text layer is left.
    """
    rng = random.Random(seed)
    pages = _raster(pdf_bytes, dpi)
    out = []
    for img in pages:
        sk = skew_deg if skew_deg is not None else rng.uniform(-1.8, 1.8)
        d = _degrade(img, rng, skew_deg=sk, noise=noise, fax=fax, rotate90=rotate90)
        if fax:
            d = d.convert("1")
        else:  # JPEG round trip for compression artefacts
            b = io.BytesIO()
            d.save(b, "JPEG", quality=jpeg_quality)
            d = Image.open(io.BytesIO(b.getvalue())).convert("L")
        out.append(d)
    buf = io.BytesIO()
    extra = {} if fax else {"quality": jpeg_quality}  # bilevel pages are CCITT-compressed, not JPEG
    fixed = time.strptime("2026-01-01", "%Y-%m-%d")  # Pillow stamps "now" otherwise: same seed must give same bytes
    out[0].save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=out[1:], title="scan",
                creationDate=fixed, modDate=fixed, **extra)
    return buf.getvalue()


def render_photo(pdf_bytes: bytes, page: int = 1, *, seed: int = 0, dpi: int = 170) -> bytes:
    """A JPEG of one page as a phone camera would take it: tilt, shadow gradient, low contrast, table around it."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    pg = _raster(pdf_bytes, dpi, only=page - 1)[0].convert("RGB")
    w, h = pg.size
    mw, mh = int(w * rng.uniform(0.06, 0.12)), int(h * rng.uniform(0.05, 0.1))
    bg_col = tuple(rng.randint(70, 140) for _ in range(3))
    canvas_img = Image.new("RGB", (w + 2 * mw, h + 2 * mh), bg_col)
    # wood-ish / fabric texture on the table
    tex = nrng.normal(0, 14, (canvas_img.size[1], canvas_img.size[0], 1)).astype(np.float32)  # table texture
    canvas_arr = np.asarray(canvas_img, dtype=np.float32) + tex
    canvas_img = Image.fromarray(np.clip(canvas_arr, 0, 255).astype(np.uint8))
    canvas_img.paste(pg, (mw + rng.randint(-mw // 3, mw // 3), mh + rng.randint(-mh // 3, mh // 3)))
    img = canvas_img.rotate(rng.uniform(-4, 4), resample=Image.BILINEAR, expand=False, fillcolor=bg_col)
    a = np.asarray(img, dtype=np.float32)
    H, W = a.shape[:2]
    # lighting is smooth: compute it on a coarse grid and upsample (much faster than full resolution)
    h, w = max(2, H // 16), max(2, W // 16)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = np.cos(ang) * (xx / w - 0.5) + np.sin(ang) * (yy / h - 0.5)
    light = 1.0 - rng.uniform(0.25, 0.45) * (grad + 0.7) / 1.4
    sx, sy = rng.uniform(0, w), rng.uniform(0, h)  # soft shadow blob (a hand or phone)
    blob = np.exp(-(((xx - sx) / (w * 0.35)) ** 2 + ((yy - sy) / (h * 0.3)) ** 2))
    light = light * (1 - rng.uniform(0.1, 0.25) * blob)
    light_img = Image.fromarray((np.clip(light, 0, 1) * 255).astype(np.uint8), "L").resize((W, H), Image.BILINEAR)
    light = np.asarray(light_img, dtype=np.float32) / 255.0
    warm = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.95)], dtype=np.float32)
    a = a * light[..., None] * warm
    a = 40 + a * rng.uniform(0.7, 0.82)  # lower contrast
    a += nrng.normal(0, 4, (H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(72, 88))
    return buf.getvalue()


__all__ = ["render_pdf", "render_scan", "render_photo", "draw_pages", "UNICODE_FONT"]
