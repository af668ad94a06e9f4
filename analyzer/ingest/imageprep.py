"""Page-image clean-up before OCR: grayscale, shadow/contrast normalisation, 90-degree and small-skew detection."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageFilter, ImageOps

# Skew search: coarse over +-5 degrees, then fine around the best coarse angle
MAX_SKEW = 5.0
COARSE_STEP = 0.5
FINE_STEP = 0.05
MIN_SKEW_TO_FIX = 0.1  # below this rotating costs more (blur) than it gains
_ANALYSIS_WIDTH = 1000  # px: skew/orientation are measured on a copy this wide
_MAX_POINTS = 150_000
SIDEWAYS_RATIO = 1.5


def to_gray(img: Image.Image) -> Image.Image:
    """8-bit grayscale; transparency is flattened onto white (a transparent PNG is not a black page)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, rgba)
    if img.mode.startswith(("I", "F")):
        # 16-bit and float scans: PIL's convert("L") clips everything above 255 to white
        arr = np.asarray(img, dtype=np.float32)
        top = float(arr.max()) or 1.0
        return Image.fromarray(np.clip(arr * (255.0 / top), 0, 255).astype(np.uint8), mode="L")
    if img.mode != "L":
        img = img.convert("L")
    return img


def to_rgb(img: Image.Image) -> Image.Image:
    """RGB for display, with the same care as ``to_gray`` (transparency on white, 16-bit scaled)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(bg, rgba).convert("RGB")
    if img.mode.startswith(("I", "F")):
        return to_gray(img).convert("RGB")
    return img if img.mode == "RGB" else img.convert("RGB")


def _small(gray: Image.Image, width: int = _ANALYSIS_WIDTH) -> tuple[Image.Image, float]:
    if gray.width <= width:
        return gray, 1.0
    scale = width / gray.width
    return gray.resize((width, max(1, round(gray.height * scale))), Image.Resampling.BOX), scale


def _background(gray: Image.Image) -> Image.Image:
    """Estimate of the paper's brightness everywhere (text removed by a max filter, then blurred)."""
    small, _ = _small(gray, 200)
    bg = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(6))
    return bg.resize(gray.size, Image.Resampling.BILINEAR)


def needs_normalising(gray: Image.Image) -> bool:
    """True for photos and uneven scans: a dim or uneven paper background (shadows, gradients, grey paper)."""
    small, _ = _small(gray, 200)
    bg = np.asarray(small.filter(ImageFilter.MaxFilter(7)), dtype=np.float32)
    lo, med = np.percentile(bg, [5, 50])
    return bool(med < 215 or med - lo > 30)


def normalise_contrast(gray: Image.Image) -> Image.Image:
    """Divide by the background estimate (removes shadows and gradients), then stretch the contrast."""
    bg = np.asarray(_background(gray), dtype=np.float32)
    arr = np.asarray(gray, dtype=np.float32)
    flat = np.clip(arr / np.maximum(bg, 1.0) * 255.0, 0, 255).astype(np.uint8)
    return ImageOps.autocontrast(Image.fromarray(flat, mode="L"), cutoff=(1, 0))


def is_blank(gray: Image.Image) -> bool:
    """True when nothing on the page is dark enough to be print (scanner noise and paper texture are not)."""
    small, _ = _small(gray)
    arr = np.asarray(small, dtype=np.uint8)
    return float((arr < 160).mean()) < 0.0005


def _otsu(arr: np.ndarray) -> int:
    hist = np.bincount(arr.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    mt = m0[-1]
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mt * w0 / total - m0) ** 2 / (w0 * w1)
    between = np.nan_to_num(between)
    return int(np.argmax(between))


def _ink_points(gray: Image.Image, drop_rules: bool = False) -> tuple[np.ndarray, np.ndarray] | None:
    """Coordinates (x, y) of dark pixels on a downscaled copy, or None for a blank page.

    ``drop_rules`` leaves out long straight runs (table rules, page edges in photos): they are not text lines.
    """
    small, _ = _small(gray)
    arr = np.asarray(small, dtype=np.uint8)
    thr = _otsu(arr)
    dark = arr <= min(thr, 200)
    if drop_rules:
        length = max(20, arr.shape[1] // 20)
        dark &= ~(_runs_mask(dark, length) | _runs_mask(np.ascontiguousarray(dark.T), length).T)
    ys, xs = np.nonzero(dark)
    if len(xs) < 200 or len(xs) > 0.5 * arr.size:
        return None
    if len(xs) > _MAX_POINTS:
        step = len(xs) // _MAX_POINTS + 1
        xs, ys = xs[::step], ys[::step]
    return xs.astype(np.float64), ys.astype(np.float64)


def _profile_score(xs: np.ndarray, ys: np.ndarray, angle_deg: float) -> float:
    """How sharply ink concentrates in rows after rotating the points by ``angle_deg`` (sum of squares)."""
    a = math.radians(angle_deg)
    proj = ys * math.cos(a) - xs * math.sin(a)
    idx = np.round(proj - proj.min()).astype(np.int64)
    hist = np.bincount(idx).astype(np.float64)
    return float(np.dot(hist, hist))


def estimate_skew(gray: Image.Image) -> float:
    """Skew of the text lines in degrees (within +-5); rotating the image by it with PIL straightens them."""
    pts = _ink_points(gray)
    if pts is None:
        return 0.0
    xs, ys = pts

    def best(angles: np.ndarray) -> float:
        scores = [_profile_score(xs, ys, float(a)) for a in angles]
        return float(angles[int(np.argmax(scores))])

    coarse = best(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, COARSE_STEP))
    fine = best(np.arange(coarse - COARSE_STEP, coarse + COARSE_STEP + 1e-9, FINE_STEP))
    # the projection angle that makes rows sharpest is the PIL rotation (counter-clockwise) that straightens
    return round(fine, 2) if abs(fine) >= MIN_SKEW_TO_FIX else 0.0


def sideways_ratio(gray: Image.Image) -> float:
    """How much better ink lines up in columns than in rows (above ~1.5: the page is probably turned 90 degrees)."""
    pts = _ink_points(gray, drop_rules=True)
    if pts is None:
        return 0.0
    xs, ys = pts
    # normalise by the number of bins so a tall page is not favoured over a wide one
    rows = max(_profile_score(xs, ys, a) for a in (-3.0, -1.5, 0.0, 1.5, 3.0)) * (np.ptp(ys) + 1)
    cols = max(_profile_score(ys, xs, a) for a in (-3.0, -1.5, 0.0, 1.5, 3.0)) * (np.ptp(xs) + 1)
    return float(cols / rows) if rows else 0.0


def looks_sideways(gray: Image.Image) -> bool:
    return sideways_ratio(gray) > SIDEWAYS_RATIO


def rotate_quarter(img: Image.Image, degrees_ccw: int) -> Image.Image:
    """Rotate by a multiple of 90 degrees counter-clockwise, losslessly."""
    d = degrees_ccw % 360
    if d == 90:
        return img.transpose(Image.Transpose.ROTATE_90)
    if d == 180:
        return img.transpose(Image.Transpose.ROTATE_180)
    if d == 270:
        return img.transpose(Image.Transpose.ROTATE_270)
    return img


def deskew(img: Image.Image, angle: float) -> Image.Image:
    """Rotate by ``angle`` degrees (counter-clockwise) keeping the page size; uncovered corners become white."""
    if not angle:
        return img
    fill = 255 if img.mode == "L" else (255,) * len(img.getbands())
    return img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)


# --- table rules ------------------------------------------------------------------------------------------
# Tesseract's page segmentation (psm 3) drops text inside bordered boxes and table cells: it takes the
# boxes for pictures. Whitening long thin horizontal and vertical rules before OCR keeps that text.
def _runs_mask(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels that lie on a horizontal run of at least ``length`` dark pixels (rows processed together)."""
    h, w = dark.shape
    mask = np.zeros_like(dark)
    if w < length:
        return mask
    rows = np.nonzero(dark.sum(axis=1) >= length)[0]
    if len(rows) == 0:
        return mask
    dt = np.int32 if w > 30000 else np.int16
    c = np.zeros((len(rows), w + 1), dtype=dt)
    np.cumsum(dark[rows], axis=1, dtype=dt, out=c[:, 1:])
    full = (c[:, length:] - c[:, :-length]) == length  # window [j, j+length) entirely dark
    s = np.zeros((len(rows), w + 1), dtype=dt)
    np.cumsum(full, axis=1, dtype=dt, out=s[:, 1 : w - length + 2])
    s[:, w - length + 2 :] = s[:, w - length + 1 : w - length + 2]
    cov = np.empty((len(rows), w), dtype=bool)
    cov[:, :length] = s[:, 1 : length + 1] > 0
    cov[:, length:] = (s[:, length + 1 :] - s[:, 1 : w - length + 1]) > 0
    mask[rows] = cov
    return mask


def _thin(mask: np.ndarray, max_thickness: int) -> np.ndarray:
    """Drop parts of a horizontal-line mask thicker than ``max_thickness`` rows (solid bars, not rules).

    Only bands of consecutive masked rows taller than the limit are examined, so a page of thin rules
    costs one ``any`` over the mask.
    """
    t = max_thickness
    rows = np.nonzero(mask.any(axis=1))[0]
    if len(rows) == 0:
        return mask
    breaks = np.nonzero(np.diff(rows) > 1)[0]
    starts = np.r_[rows[0], rows[breaks + 1]]
    ends = np.r_[rows[breaks], rows[-1]] + 1
    out = mask
    for s, e in zip(starts, ends, strict=True):
        if e - s <= t:
            continue
        block = mask[s:e]
        thick = np.zeros_like(block)
        thick[:-t] = block[:-t] & block[t:]  # masked here and t rows further down: inside a bar
        grown = thick.copy()
        for k in range(1, t + 1):
            grown[k:] |= thick[:-k]
        if out is mask:
            out = mask.copy()
        out[s:e] = block & ~grown
    return out


def _leaders(dark: np.ndarray, dpi: float, thickness: int) -> np.ndarray:
    """Dot leaders ("Visits requested ........ 8"): OCR reads a row of dots as letters and, beside them, misreads the
    label itself ("Request received" as "ROQUGSE FOCAL VER"). A leader is a row of at least eight small marks of one
    size, each its own connected blob no bigger than a rule is thick, evenly spaced at most a tenth of an inch
    apart on one baseline: no letter of a word is such a blob (a letter's ink is taller, or joins its neighbours'
    run only with gaps of other sizes), so text beside the leader stays as it is."""
    from scipy import ndimage

    out = np.zeros_like(dark)
    labels, n = ndimage.label(dark)
    if n == 0:
        return out
    boxes = ndimage.find_objects(labels)
    small = max(3, thickness + 2)
    dots = []  # (centre y, centre x, label, height, width)
    for k, sl in enumerate(boxes, start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if 2 <= h <= small and 2 <= w <= small:
            dots.append(((sl[0].start + sl[0].stop) / 2, (sl[1].start + sl[1].stop) / 2, k, h, w))
    if len(dots) < 8:
        return out
    gap = max(4.0, dpi * 0.1)  # centre to centre: a typewriter font sets its periods 6 points apart
    dots.sort()
    # rows of dots: centres within a pixel or two of one baseline, then runs along the row
    rows: list[list[tuple]] = []
    for d in dots:
        if rows and abs(d[0] - rows[-1][-1][0]) <= 2.0:
            rows[-1].append(d)
        else:
            rows.append([d])
    take: list[int] = []
    for row in rows:
        row.sort(key=lambda d: d[1])
        run = [row[0]]
        for d in [*row[1:], None]:
            if d is not None and 1.5 * max(d[4], run[-1][4]) <= d[1] - run[-1][1] <= gap and abs(d[0] - run[-1][0]) <= 2.0:
                run.append(d)
                continue
            if len(run) >= 8:
                steps = np.diff([x[1] for x in run])
                sizes = np.array([x[3] * x[4] for x in run])
                if steps.std() <= 0.25 * steps.mean() and sizes.std() <= 0.5 * sizes.mean():
                    take += [x[2] for x in run]
            run = [d] if d is not None else []
    if take:
        out = np.isin(labels, take)
    return out


def remove_rules(gray: Image.Image, dpi: float) -> Image.Image:
    """The page with long thin table/box rules and dot leaders painted white (text untouched)."""
    arr = np.asarray(gray, dtype=np.uint8)
    thr = _otsu(arr)
    dark = arr <= min(thr, 200)
    length = max(40, int(dpi * 0.4))  # 0.4 inch: longer than any letter stroke
    thickness = max(3, int(dpi / 30))  # ~0.85 mm
    horiz = _thin(_runs_mask(dark, length), thickness)
    vert = _thin(_runs_mask(np.ascontiguousarray(dark.T), length), thickness).T  # in transposed space
    m = horiz | vert | _leaders(dark, dpi, thickness)
    if not m.any():
        return gray
    g = m.copy()  # one more pixel around the rule takes its anti-aliased edge
    g[1:] |= m[:-1]
    g[:-1] |= m[1:]
    g[:, 1:] |= m[:, :-1]
    g[:, :-1] |= m[:, 1:]
    out = arr.copy()
    out[g] = 255
    return Image.fromarray(out, mode="L")


# --- what OCR did not read ---------------------------------------------------------------------------------
_PAD = 3  # px around a word box that still belongs to the word


def uncovered_ink(img: Image.Image, words) -> float:
    """Share of the ink inside the words' overall box that lies outside every word box (0-1)."""
    if not words:
        return 0.0
    arr = np.asarray(img, dtype=np.uint8)
    x0 = max(0, min(w.left for w in words) - _PAD)
    y0 = max(0, min(w.top for w in words) - _PAD)
    x1 = min(arr.shape[1], max(w.left + w.width for w in words) + _PAD)
    y1 = min(arr.shape[0], max(w.top + w.height for w in words) + _PAD)
    region = arr[y0:y1, x0:x1]
    if region.size == 0:
        return 0.0
    dark = region <= min(_otsu(region), 200)
    total = int(dark.sum())
    if total == 0:
        return 0.0
    for w in words:
        dark[
            max(0, w.top - _PAD - y0) : w.top + w.height + _PAD - y0,
            max(0, w.left - _PAD - x0) : w.left + w.width + _PAD - x0,
        ] = False
    return float(dark.sum()) / total


def blank_out(img: Image.Image, boxes) -> Image.Image:
    """A copy of the grayscale image with the given pixel boxes (left, top, width, height) painted white."""
    arr = np.array(img, dtype=np.uint8)
    for left, top, width, height in boxes:
        arr[max(0, top - _PAD) : top + height + _PAD, max(0, left - _PAD) : left + width + _PAD] = 255
    return Image.fromarray(arr, mode="L")
