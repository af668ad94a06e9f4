"""``load_document``: bytes in, a Document out (text layer where it is usable, OCR where it is not).

Stages: read + size check -> sniff magic bytes -> per page: parse once, decide the text source ->
OCR the pages that need it (render at native resolution, turn upright, deskew, normalise contrast).
Every library failure is turned into one of the analyzer's errors here; nothing raw escapes.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import os
import struct
import time
import warnings
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from ..document import Document, Page
from ..errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageTooLargeError,
    NoTextError,
    OcrUnavailableError,
    TimeBudgetExceededError,
)
from ..options import DEFAULT_OPTIONS, Options
from . import imageprep, pdfium_text
from .ocr import OcrEngine, OcrWord, TesseractEngine, looks_spanish, words_to_text
from .sniff import PDF, read_source, sniff
from .textlayer import build_text_layer, native_dpi
from .textsource import NONE, OCR, PageFacts, choose_text_source

log = logging.getLogger(__name__)

# pdfminer logs every content-stream token at DEBUG, i.e. the letter's text, names and ids: keep it at WARNING
# unless the application chose a level for it (a level, not a handler: the package adds no handlers).
_PDFMINER_LOG = logging.getLogger("pdfminer")
if _PDFMINER_LOG.level == logging.NOTSET:
    _PDFMINER_LOG.setLevel(logging.WARNING)

Progress = Callable[[str, int, int, str], None]

# Scans are read at most at this resolution: tesseract takes 1.3 s on a 200 dpi page against 1.65 s at 300 dpi
# (deskew and rule removal shrink with it too), with the same word recall and CER on the devset scans and on
# generated 300 dpi scans (scripts/ocr_quality.py: 0.959/0.159 at 200 against 0.958/0.159 at 300)
MAX_OCR_DPI = 200
MIN_DPI = 72
LOW_CONFIDENCE = 60.0  # mean word confidence below which a page gets a warning
RETRY_CONFIDENCE = 50.0  # below this, ask the engine whether the page is upside down
MIN_RETRY_CHARS = 40
UNREAD_INK_SHARE = 0.05  # share of the ink inside the text area that no word covers: OCR the rest again
SECOND_PASS_CONFIDENCE = 60.0
_LETTER_WIDTH_IN = 8.5
_PIL_FORMATS = ["PNG", "JPEG", "TIFF", "WEBP", "AVIF"]

# What pdfminer raises on broken files, besides its own family; caught per page, never as Exception
_PDF_PARSE_ERRORS: tuple[type[BaseException], ...]


def _pdf_parse_errors() -> tuple[type[BaseException], ...]:
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    return (
        PdfminerException,
        MalformedPDFException,
        PSException,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
        AssertionError,
        struct.error,
        zlib.error,
        OverflowError,
        RecursionError,
    )


_PDF_PARSE_ERRORS = _pdf_parse_errors()
_IMAGE_ERRORS = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error)


def _noop(stage: str, done: int, total: int, message: str) -> None:
    pass


class _Budget:
    """The per-document time budget; checked between pages and before each OCR call."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def check(self) -> None:
        if self.remaining() <= 0:
            raise TimeBudgetExceededError(detail="time budget exceeded")


@dataclass(frozen=True)
class OcrGeometry:
    """How the image OCR saw was made, so ``page_image`` can make it again instead of keeping it."""

    frame: int  # 0-based PDF page or image frame
    dpi: float  # pixels per inch of that image (points = pixels * 72 / dpi)
    rotation: int = 0  # counter-clockwise quarter turn applied
    skew: float = 0.0  # degrees (counter-clockwise) applied after the quarter turn


@dataclass
class _OcrResult:
    text: str
    boxes: list
    conf: float | None
    rotation: int
    skew: float
    size_px: tuple[int, int]


# --- public entry point ---------------------------------------------------------------------------------
def load_document(
    source: Any,
    *,
    options: Options = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    file_name: str | None = None,
    ocr_engine: OcrEngine | None = None,
) -> Document:
    """Read a letter (path, bytes or binary file object) into a Document; raises AnalyzerError subclasses only.

    ``ocr_engine`` replaces Tesseract (tests use ``FakeOcrEngine``).
    """
    progress = progress or _noop
    budget = _Budget(options.time_budget_s)
    data, name = read_source(source, options.max_file_bytes)
    kind = sniff(data)
    engines = _EngineHolder(options, ocr_engine)
    if kind == PDF:
        pages, total, warns = _load_pdf(data, options, engines, budget, progress)
    else:
        pages, total, warns = _load_images(data, options, engines, budget, progress)
    if not any(p.text.strip() for p in pages):
        raise NoTextError(detail=f"{len(pages)} pages without text")
    doc = Document(
        file=file_name or name,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        kind="pdf" if kind == PDF else "image",
        data=data,
        total_pages=total,
        warnings=warns,
    )
    log.debug("loaded %s: %d/%d pages, %d OCR", kind, len(pages), total, len(doc.ocr_pages))
    return doc


class _EngineHolder:
    """Creates the OCR engine only when a page needs it, and checks it can run."""

    def __init__(self, options: Options, engine: OcrEngine | None) -> None:
        self.options = options
        self.engine = engine

    def get(self) -> OcrEngine:
        if self.engine is None:
            self.engine = TesseractEngine(self.options.ocr_languages)
        if not self.engine.available():
            raise OcrUnavailableError(detail="OCR engine not available")
        return self.engine


# --- PDF -------------------------------------------------------------------------------------------------
def _open_pdf(data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as err:
        inner = err.args[0] if err.args else None
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedDocumentError(detail=type(inner).__name__) from None
        raise CorruptDocumentError(detail=type(inner).__name__) from None
    except _PDF_PARSE_ERRORS as err:
        raise CorruptDocumentError(detail=type(err).__name__) from None
    try:
        pages = pdf.pages
    except _PDF_PARSE_ERRORS as err:
        _close_pdf(pdf)
        raise CorruptDocumentError(detail=type(err).__name__) from None
    return pdf, pages


def _close_pdf(pdf: Any) -> None:
    # pdfplumber's close() walks pdf.pages to flush caches: on a broken page tree it raises what opening raised
    try:
        pdf.close()
    except _PDF_PARSE_ERRORS:
        stream = getattr(pdf, "stream", None)
        if stream is not None:
            stream.close()


class _PageUnreadableError(ValueError):
    """One page neither PDFium nor pdfplumber can read (a ValueError, so it counts among the parse errors)."""


class _PlumberPages:
    """pdfplumber's pages of one PDF, opened the first time a page is asked for (the fallback reader)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None
        self.pages: Any = None

    def count(self) -> int:
        self._open()
        return len(self.pages)

    def _open(self) -> None:
        if self.pdf is None:
            self.pdf, self.pages = _open_pdf(self.data)

    def read(self, i: int) -> pdfium_text.PageLayer:
        """Page ``i`` parsed once; pdfminer's errors propagate (the caller marks the page damaged)."""
        self._open()
        pp = self.pages[i]
        try:
            width, height = float(pp.width), float(pp.height)
            text, boxes, facts = build_text_layer(pp)
            native = native_dpi(pp.images) if facts.has_images and facts.char_count == 0 else None
            return pdfium_text.PageLayer(width, height, text, boxes, facts, native)
        finally:
            pp.close()

    def close(self) -> None:
        if self.pdf is not None:
            _close_pdf(self.pdf)
            self.pdf = None


class _PdfPages:
    """Reads a PDF's pages with PDFium (fast) and hands pdfplumber the pages PDFium does not read the same way
    (turned pages, shifted boxes, non-horizontal text) or cannot load; pdfplumber alone when PDFium cannot open
    the file at all, so that its errors name what is wrong."""

    def __init__(self, data: bytes) -> None:
        self.plumber = _PlumberPages(data)
        self.pdfium = pdfium_text.open_document(data)  # raises EncryptedDocumentError for a user password

    def count(self) -> int:
        return pdfium_text.page_count(self.pdfium) if self.pdfium is not None else self.plumber.count()

    def read(self, i: int) -> pdfium_text.PageLayer:
        if self.pdfium is not None:
            import pypdfium2 as pdfium

            try:
                layer = pdfium_text.read_page(self.pdfium, i)
            except pdfium.PdfiumError:
                layer = None
            if layer is not None:
                return layer
            log.debug("page %d read by pdfplumber", i + 1)
            try:
                return self.plumber.read(i)
            except (CorruptDocumentError, EncryptedDocumentError) as err:
                raise _PageUnreadableError(err.code) from None  # pdfminer cannot open what PDFium did
        return self.plumber.read(i)

    def close(self) -> None:
        try:
            self.plumber.close()
        finally:
            if self.pdfium is not None:
                pdfium_text.close_document(self.pdfium)
                self.pdfium = None


def _load_pdf(data: bytes, options: Options, engines: _EngineHolder, budget: _Budget, progress: Progress):
    reader = _PdfPages(data)
    warns: list[str] = []
    try:
        total = reader.count()
        if total == 0:
            raise EmptyDocumentError(detail="PDF without pages")
        n = min(total, options.max_pages)
        if total > n:
            warns.append(f"Only the first {n} of {total} pages were read (the analyzer reads up to {n} pages).")
        choose_text_source(options.ocr_mode, PageFacts())  # a bad mode is the caller's error, not a damaged page
        pages: list[Page | None] = []
        todo: list[tuple[int, float, str]] = []
        broken = 0
        for i in range(n):
            budget.check()
            progress("reading", i, n, f"Reading page {i + 1} of {n}")
            try:
                layer = reader.read(i)
                source, reason = choose_text_source(options.ocr_mode, layer.facts)
            except _PDF_PARSE_ERRORS as err:
                log.info("page %d unreadable: %s", i + 1, type(err).__name__)
                broken += 1
                warns.append(f"Page {i + 1} is damaged and could not be read.")
                pages.append(Page(i + 1, 612.0, 792.0, "", [], NONE, "page is damaged"))
                continue
            if source == OCR:
                todo.append((i, _ocr_dpi(layer, options), reason))
                pages.append(None)
            elif source == NONE:
                pages.append(Page(i + 1, layer.width, layer.height, "", [], NONE, reason))
            else:
                pages.append(Page(i + 1, layer.width, layer.height, layer.text, layer.boxes, source, reason))
        progress("reading", n, n, f"Read {n} pages")
        if broken == n:
            raise CorruptDocumentError(detail="no page could be parsed")
        if todo:
            _ocr_pdf_pages(data, todo, pages, warns, options, engines, budget, progress)
    finally:
        reader.close()
    return [p for p in pages if p is not None], total, warns


def _ocr_dpi(layer: pdfium_text.PageLayer, options: Options) -> float:
    """Render resolution for OCR: the scan's own resolution (never upsampled, at most MAX_OCR_DPI), else options.ocr_dpi."""
    if layer.native_dpi and layer.facts.has_images and layer.facts.char_count == 0:
        return min(float(MAX_OCR_DPI), max(float(MIN_DPI), float(round(layer.native_dpi))))
    return float(options.ocr_dpi)


def _ocr_pdf_pages(data, todo, pages, warns, options, engines, budget, progress) -> None:
    import pypdfium2 as pdfium

    engine = engines.get()
    try:
        with pdfium_text.PDFIUM_LOCK:
            doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise CorruptDocumentError(detail="pdfium could not open") from err

    def jobs():
        # pdfium is not thread-safe: pages are rendered here, in the calling thread, one at a time
        for i, dpi, reason in todo:
            try:
                with pdfium_text.PDFIUM_LOCK:
                    gray, dpi = _render_pdf_page(doc, i, dpi, options)
            except pdfium.PdfiumError:
                warns.append(f"Page {i + 1} is damaged and could not be read.")
                pages[i] = Page(i + 1, 612.0, 792.0, "", [], NONE, "page is damaged")
                continue
            yield i, gray, dpi, reason

    try:
        for i, page, page_warns in _run_ocr(jobs(), len(todo), len(pages), engine, options, budget, progress):
            pages[i] = page
            warns.extend(page_warns)
    finally:
        pdfium_text.close_document(doc)


def _ocr_workers(engine: OcrEngine) -> int:
    """Pages OCR'd at once: tesseract runs single-threaded, so one per core (at most 2; ANALYZER_OCR_WORKERS
    overrides, e.g. 1 in bulk runs that already use every core)."""
    if not getattr(engine, "parallel", False):
        return 1
    env = os.environ.get("ANALYZER_OCR_WORKERS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(2, os.cpu_count() or 1))


def _run_ocr(
    jobs: Iterator[tuple[int, Image.Image, float, str]],
    n_jobs: int,
    n_pages: int,
    engine: OcrEngine,
    options: Options,
    budget: _Budget,
    progress: Progress,
) -> Iterator[tuple[int, Page, list[str]]]:
    """OCR pages from ``jobs`` (produced lazily in this thread), yielding (index, page, warnings) in order."""
    workers = _ocr_workers(engine)
    hint = _LanguageHint()
    k = 0
    if workers == 1 or n_jobs < 2:
        for i, gray, dpi, reason in jobs:
            budget.check()
            progress("ocr", k, n_jobs, f"OCR page {i + 1} of {n_pages}")
            k += 1
            yield (i, *_ocr_page(i, gray, dpi, reason, engine, options, budget, hint))
        progress("ocr", n_jobs, n_jobs, "OCR done")
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
    pending: deque = deque()
    try:
        for i, gray, dpi, reason in jobs:
            budget.check()
            progress("ocr", k, n_jobs, f"OCR page {i + 1} of {n_pages}")
            k += 1
            pending.append((i, pool.submit(_ocr_page, i, gray, dpi, reason, engine, options, budget, hint)))
            del gray
            while len(pending) >= workers:  # bounded: at most `workers` page images in memory
                i0, fut = pending.popleft()
                yield (i0, *fut.result())
        while pending:
            i0, fut = pending.popleft()
            yield (i0, *fut.result())
    finally:
        for _, fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
    progress("ocr", n_jobs, n_jobs, "OCR done")


def _render_pdf_page(doc: Any, index: int, dpi: float, options: Options) -> tuple[Image.Image, float]:
    page = doc[index]
    try:
        w_pt, h_pt = page.get_size()
        if w_pt * h_pt * (dpi / 72.0) ** 2 > options.max_image_pixels:
            dpi = 72.0 * math.sqrt(options.max_image_pixels / (w_pt * h_pt))  # huge page: lower, never fail
        img = page.render(scale=dpi / 72.0, grayscale=True).to_pil()
    finally:
        page.close()
    return imageprep.to_gray(img), dpi


# --- images ---------------------------------------------------------------------------------------------
def _open_image(data: bytes, max_pixels: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=_PIL_FORMATS)
    except Image.DecompressionBombError:
        raise ImageTooLargeError(detail="decompression bomb guard") from None
    except _IMAGE_ERRORS as err:
        raise CorruptDocumentError(detail=type(err).__name__) from None
    return im


def _frame(im: Image.Image, index: int, max_pixels: int) -> Image.Image:
    """Decode frame ``index``, refusing it by its declared size before decoding a single pixel."""
    try:
        im.seek(index)
        w, h = im.size
        if w * h > max_pixels:
            raise ImageTooLargeError(detail=f"{w}x{h} pixels")
        if w < 1 or h < 1:
            raise CorruptDocumentError(detail="zero-size image")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            frame = im.copy()
            frame.load()
    except Image.DecompressionBombError:
        raise ImageTooLargeError(detail="decompression bomb guard") from None
    except _IMAGE_ERRORS as err:
        raise CorruptDocumentError(detail=type(err).__name__) from None
    return frame


def prepare_frame(frame: Image.Image, info: dict, gray: bool = True) -> tuple[Image.Image, float]:
    """An image file's frame upright per EXIF, square pixels, at most 300 dpi; and its dpi."""
    try:
        frame = ImageOps.exif_transpose(frame) or frame
    except _IMAGE_ERRORS:
        pass  # broken EXIF: keep the pixels as stored
    frame = imageprep.to_gray(frame) if gray else imageprep.to_rgb(frame)
    dpi_x, dpi_y = _declared_dpi(info)
    if dpi_x and dpi_y and abs(dpi_x / dpi_y - 1) > 0.1:
        # fax "normal" mode (204 x 98 dpi): make pixels square by stretching vertically
        frame = frame.resize((frame.width, round(frame.height * dpi_x / dpi_y)), Image.Resampling.BILINEAR)
    dpi = dpi_x or 0.0
    if not dpi or not (3.0 <= frame.width / dpi <= 17.0):
        dpi = frame.width / _LETTER_WIDTH_IN  # photos say 72 dpi: assume the page is letter-wide
    if dpi > MAX_OCR_DPI:
        scale = MAX_OCR_DPI / dpi
        frame = frame.resize(
            (max(1, round(frame.width * scale)), max(1, round(frame.height * scale))), Image.Resampling.LANCZOS
        )
        dpi = float(MAX_OCR_DPI)
    return frame, float(dpi)


def _declared_dpi(info: dict) -> tuple[float, float]:
    dpi = info.get("dpi")
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return 0.0, 0.0
    if not (50 <= x <= 2400 and 50 <= y <= 2400):
        return 0.0, 0.0
    return x, y


def _load_images(data: bytes, options: Options, engines: _EngineHolder, budget: _Budget, progress: Progress):
    im = _open_image(data, options.max_image_pixels)
    warns: list[str] = []
    try:
        total = int(getattr(im, "n_frames", 1) or 1)
        n = min(total, options.max_pages)
        if total > n:
            warns.append(f"Only the first {n} of {total} pages were read (the analyzer reads up to {n} pages).")
        facts = PageFacts(is_image_file=True)
        source, reason = choose_text_source(options.ocr_mode, facts)
        pages: list[Page | None] = [None] * n

        def jobs():
            # frames are decoded here, in the calling thread, one at a time
            for i in range(n):
                budget.check()
                progress("reading", i, n, f"Reading page {i + 1} of {n}")
                frame = _frame(im, i, options.max_image_pixels)
                gray, dpi = prepare_frame(frame, dict(im.info))
                if source == NONE:
                    page = Page(i + 1, gray.width * 72.0 / dpi, gray.height * 72.0 / dpi, "", [], NONE, reason)
                    page._ocr_geometry = OcrGeometry(i, dpi)  # type: ignore[attr-defined]
                    pages[i] = page
                    continue
                yield i, gray, dpi, reason

        if source == NONE:
            for _ in jobs():
                pass
        else:
            engine = engines.get()
            for i, page, page_warns in _run_ocr(jobs(), n, n, engine, options, budget, progress):
                pages[i] = page
                warns.extend(page_warns)
    finally:
        im.close()
    return [p for p in pages if p is not None], total, warns


# --- one OCR page ---------------------------------------------------------------------------------------
def _ocr_page(
    index: int,
    gray: Image.Image,
    dpi: float,
    reason: str,
    engine: OcrEngine,
    options: Options,
    budget: _Budget,
    hint: _LanguageHint | None = None,
) -> tuple[Page, list[str]]:
    res = ocr_image(gray, dpi, engine, budget, hint)
    w_pt, h_pt = res.size_px[0] * 72.0 / dpi, res.size_px[1] * 72.0 / dpi
    page = Page(
        index + 1,
        w_pt,
        h_pt,
        res.text,
        res.boxes,
        OCR,
        reason,
        ocr_confidence=res.conf,
        rotation=res.rotation,
        skew=res.skew,
    )
    page._ocr_geometry = OcrGeometry(index, dpi, res.rotation, res.skew)  # type: ignore[attr-defined]
    warns: list[str] = []
    visible = sum(1 for ch in res.text if not ch.isspace())
    if visible < options.min_ocr_chars:
        warns.append(f"Page {index + 1}: text recognition found little or no text on this page.")
    elif res.conf is not None and res.conf < LOW_CONFIDENCE:
        warns.append(
            f"Page {index + 1}: text recognition was unsure of this page (confidence {res.conf:.0f} of 100); "
            "check the values read from it."
        )
    log.debug(
        "OCR page %d: %d chars, conf %s, rotation %d, skew %.2f", index + 1, visible, res.conf, res.rotation, res.skew
    )
    return page, warns


def _upright(gray: Image.Image, engine: OcrEngine, budget: _Budget) -> int:
    """Quarter turn (counter-clockwise) that makes a sideways page upright, 0 when it is not sideways."""
    ratio = imageprep.sideways_ratio(gray)
    if ratio <= imageprep.SIDEWAYS_RATIO:
        return 0
    budget.check()
    guess = engine.orientation(_osd_copy(gray), timeout_s=budget.remaining())
    if guess is not None and guess[1] >= 1.0:
        return guess[0]
    # sideways but the engine has no opinion: turn it one way when the evidence is strong; if that was the
    # wrong way the page reads upside down and the low-confidence check below turns it round
    return 90 if ratio > 2 * imageprep.SIDEWAYS_RATIO else 0


def _osd_copy(gray: Image.Image) -> Image.Image:
    # OSD on a ~150 dpi copy is 2-3x faster than at 300 dpi and as sure
    if gray.width > 1300 and gray.height > 1300:
        s = 1300 / min(gray.width, gray.height)
        return gray.resize((round(gray.width * s), round(gray.height * s)), Image.Resampling.BOX)
    return gray


def ocr_image(
    gray: Image.Image, dpi: float, engine: OcrEngine, budget: _Budget, hint: _LanguageHint | None = None
) -> _OcrResult:
    """OCR one grayscale page image: normalise, turn upright, deskew, recognise, build text with char boxes."""
    work = imageprep.normalise_contrast(gray) if imageprep.needs_normalising(gray) else gray
    if imageprep.is_blank(work):
        return _OcrResult("", [], None, 0, 0.0, work.size)  # OCR of scanner noise is slow and finds junk
    rotation = _upright(work, engine, budget)
    res = _recognise(work, dpi, rotation, engine, budget, hint)
    readable = sum(1 for ch in res.text if ch.isalnum())
    if res.conf is not None and res.conf < RETRY_CONFIDENCE and readable >= MIN_RETRY_CHARS:
        # much text but little confidence: maybe upside down (OSD only now: it costs as much as OCR)
        budget.check()
        guess = engine.orientation(_osd_copy(imageprep.rotate_quarter(work, rotation)), timeout_s=budget.remaining())
        if guess is not None and guess[0] != 0 and guess[1] >= 1.5:
            other = _recognise(work, dpi, (rotation + guess[0]) % 360, engine, budget, hint)
            if _quality(other) > _quality(res):
                res = other
    return res


def _quality(res: _OcrResult) -> float:
    return (res.conf or 0.0) * sum(1 for ch in res.text if ch.isalnum())


class _LanguageHint:
    """Shared by a document's pages: once a page read as Spanish, the next ones start in Spanish alone."""

    spanish = False


def _recognise(
    work: Image.Image, dpi: float, rotation: int, engine: OcrEngine, budget: _Budget, hint: _LanguageHint | None
) -> _OcrResult:
    img = imageprep.rotate_quarter(work, rotation)
    skew = imageprep.estimate_skew(img)
    img = imageprep.deskew(img, skew)
    ocr_input = imageprep.remove_rules(img, dpi)
    only = getattr(engine, "only", None)
    spanish = only("spa") if only is not None else None
    first = spanish if spanish is not None and hint is not None and hint.spanish else engine
    words = _read(ocr_input, dpi, first, budget)
    text, boxes, conf = words_to_text(words, 72.0 / dpi)
    is_spanish = looks_spanish(text)
    if hint is not None and is_spanish:
        hint.spanish = True
    if first is spanish and spanish is not None and not is_spanish:
        first = engine  # an English page in a Spanish letter: read it with the configured languages
    elif first is engine and spanish is not None and is_spanish:
        first = spanish  # a Spanish page: the English model dropped its accents, read it in Spanish alone
    else:
        first = None
    if first is not None:
        words = _read(ocr_input, dpi, first, budget)
        log.debug("page read again with other languages")
        text, boxes, conf = words_to_text(words, 72.0 / dpi)
    return _OcrResult(text, boxes, conf, rotation, skew, img.size)


def _read(ocr_input: Image.Image, dpi: float, engine: OcrEngine, budget: _Budget) -> list[OcrWord]:
    budget.check()
    words = engine.ocr(ocr_input, timeout_s=budget.remaining(), dpi=dpi)
    unread = imageprep.uncovered_ink(ocr_input, words) if words else 0.0
    if unread > UNREAD_INK_SHARE:
        extra = _second_pass(ocr_input, words, dpi, engine, budget)
        log.debug("second OCR pass: %.2f of the ink unread, %d more words", unread, len(extra))
        words = words + extra
    return words


def _second_pass(
    img: Image.Image, words: list[OcrWord], dpi: float, engine: OcrEngine, budget: _Budget
) -> list[OcrWord]:
    """Words that tesseract's page layout skipped (table columns, boxed form fields): blank out what was read,
    OCR the rest as sparse text and keep the confident words; ``words_to_text`` puts them in their rows."""
    budget.check()
    rest = imageprep.blank_out(img, [(w.left, w.top, w.width, w.height) for w in words])
    extra = engine.ocr(rest, timeout_s=budget.remaining(), dpi=dpi, sparse=True)
    return [
        OcrWord(w.text, w.left, w.top, w.width, w.height, w.conf, (10_000 + w.line_key[0], *w.line_key[1:]))
        for w in extra
        if w.conf >= SECOND_PASS_CONFIDENCE and any(ch.isalnum() for ch in w.text)
    ]
