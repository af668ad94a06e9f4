"""OCR engines behind one protocol (Tesseract in production, a fake one for unit tests) and OCR words -> page text."""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PIL import Image

from ..document import Box
from ..errors import OcrUnavailableError, TimeBudgetExceededError
from .textlayer import normalise_char

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OcrWord:
    """One recognised word: pixel box in the image given to the engine, confidence 0-100, and its line id."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, ...] = (0,)  # words with the same key are on one engine line (block, par, line)


@runtime_checkable
class OcrEngine(Protocol):
    def available(self) -> bool:
        """True when the engine can run here."""
        ...

    def ocr(
        self, image: Image.Image, *, timeout_s: float | None = None, dpi: float | None = None, sparse: bool = False
    ) -> list[OcrWord]:
        """Words found in ``image`` (grayscale, upright, ``dpi`` pixels per inch), with pixel boxes and confidences.

        ``sparse``: find scattered words without page layout (tesseract --psm 11), for a second pass.
        """
        ...

    def orientation(self, image: Image.Image, *, timeout_s: float | None = None) -> tuple[int, float] | None:
        """(degrees to rotate counter-clockwise to make the page upright, confidence) or None when unsure."""
        ...


@functools.lru_cache(maxsize=4)
def _installed_languages(cmd: str) -> tuple[str, ...]:
    try:
        out = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    langs = [ln.strip() for ln in out.stdout.splitlines()[1:] if ln.strip()]
    return tuple(langs)


class TesseractEngine:
    """Tesseract through pytesseract, one thread per process (OMP_THREAD_LIMIT=1 is 3-5x faster here)."""

    parallel = True  # each call is its own process: pages may be OCR'd from several threads at once

    def __init__(self, languages: str = "eng", config: str = "--psm 3") -> None:
        import pytesseract

        self._pt = pytesseract
        self.cmd = pytesseract.pytesseract.tesseract_cmd
        self.requested_languages = languages
        self.config = config
        # pytesseract starts tesseract with os.environ and offers no env argument: set the limit there
        # unless the caller chose one (it only affects OpenMP, which this process does not use).
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def available(self) -> bool:
        return shutil.which(self.cmd) is not None

    @property
    def languages(self) -> str:
        installed = _installed_languages(self.cmd)
        wanted = [lang for lang in self.requested_languages.split("+") if lang in installed]
        if wanted:
            return "+".join(wanted)
        fallback = [lang for lang in installed if lang not in ("osd", "equ")]
        if "eng" in fallback:
            return "eng"
        if fallback:
            return fallback[0]
        raise OcrUnavailableError(detail="tesseract has no language data")

    def only(self, language: str) -> TesseractEngine | None:
        """An engine reading ``language`` alone, when it is installed and differs from this one's languages.

        Tesseract with several languages lets the first model win word by word: with "eng+spa" a Spanish
        page loses its accents (Solís -> Solis, Número -> Numero); "spa" alone keeps them.
        """
        if language not in _installed_languages(self.cmd) or self.languages == language:
            return None
        return TesseractEngine(language, self.config)

    def _run(self, fn, image: Image.Image, timeout_s: float | None, **kw):
        timeout = 0 if timeout_s is None else max(1, int(timeout_s))
        # pytesseract hands tesseract a temporary file in the image's format: PNG compression of a 300 dpi page
        # costs 0.7 s, an uncompressed BMP 5 ms. Work on a shallow copy so the caller's image is unchanged.
        image = image.copy() if image.format != "BMP" else image
        image.format = "BMP"
        try:
            return fn(image, timeout=timeout, **kw)
        except self._pt.TesseractNotFoundError as err:
            raise OcrUnavailableError(detail="tesseract not found") from err
        except RuntimeError as err:
            if "timeout" in str(err).lower():  # pytesseract's only signal that it killed tesseract
                raise TimeBudgetExceededError(detail="tesseract timed out") from err
            raise

    def ocr(
        self, image: Image.Image, *, timeout_s: float | None = None, dpi: float | None = None, sparse: bool = False
    ) -> list[OcrWord]:
        config = "--psm 11" if sparse else self.config
        config += f" --dpi {round(dpi)}" if dpi else ""
        try:
            data = self._run(
                self._pt.image_to_data,
                image,
                timeout_s,
                lang=self.languages,
                config=config,
                output_type=self._pt.Output.DICT,
            )
        except self._pt.TesseractError as err:
            # tesseract gave up on this image (its message may quote nothing of the letter, but log only the code)
            log.warning("tesseract failed on a page (status %s)", getattr(err, "status", "?"))
            return []
        words: list[OcrWord] = []
        for i, text in enumerate(data["text"]):
            if int(data["level"][i]) != 5 or not text or not text.strip():
                continue
            words.append(
                OcrWord(
                    text=text.strip(),
                    left=int(data["left"][i]),
                    top=int(data["top"][i]),
                    width=int(data["width"][i]),
                    height=int(data["height"][i]),
                    conf=float(data["conf"][i]),
                    line_key=(int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i])),
                )
            )
        return words

    def orientation(self, image: Image.Image, *, timeout_s: float | None = None) -> tuple[int, float] | None:
        try:
            osd = self._run(self._pt.image_to_osd, image, timeout_s, config="--psm 0", output_type=self._pt.Output.DICT)
        except self._pt.TesseractError:
            return None  # "Too few characters" and similar: no opinion
        # tesseract's "rotate" is clockwise degrees that make the page upright
        return (-int(osd.get("rotate", 0))) % 360, float(osd.get("orientation_conf", 0.0))


class FakeOcrEngine:
    """Deterministic stand-in for unit tests: returns the given lines as words laid out on the image.

    ``lines`` are the page texts to "recognise" (one list per call, reused when calls outnumber them);
    each line takes 1/40 of the image height, each character 1/100 of its width, from a 1/10 margin.
    """

    def __init__(
        self, pages: Sequence[str] = ("",), conf: float = 91.0, orientation: int | None = None, available: bool = True
    ) -> None:
        self.pages = list(pages) or [""]
        self.conf = conf
        self._orientation = orientation
        self._available = available
        self.calls = 0

    def available(self) -> bool:
        return self._available

    def ocr(
        self, image: Image.Image, *, timeout_s: float | None = None, dpi: float | None = None, sparse: bool = False
    ) -> list[OcrWord]:
        if sparse:
            return []  # the fake lays out every word it knows on the first pass
        text = self.pages[min(self.calls, len(self.pages) - 1)]
        self.calls += 1
        cw, lh = image.width / 100, image.height / 40
        words = []
        for ln, line in enumerate(text.splitlines()):
            col = 0
            for w in line.split(" "):
                if w:
                    words.append(
                        OcrWord(
                            w,
                            round(image.width / 10 + col * cw),
                            round(image.height / 10 + ln * lh),
                            max(1, round(len(w) * cw)),
                            max(1, round(lh * 0.7)),
                            self.conf,
                            (1, 1, ln),
                        )
                    )
                col += len(w) + 1
        return words

    def orientation(self, image: Image.Image, *, timeout_s: float | None = None) -> tuple[int, float] | None:
        return None if self._orientation is None else (self._orientation, 10.0)


# --- which language a page is in -----------------------------------------------------------------------
_SPANISH = frozenset(
    "de la que el en los del las por para su sus con una un es se no al lo le usted nuestro esta este como más".split()
)
_ENGLISH = frozenset("the and of to you your for in is this that we with on are be or by not have our it".split())


def looks_spanish(text: str) -> bool:
    """True when a page's common short words are mostly Spanish (a whole Spanish page, not a tagline)."""
    es = en = 0
    for token in text.lower().split():
        token = token.strip(".,;:()\"'")
        es += token in _SPANISH
        en += token in _ENGLISH
    return es >= 15 and es > 2 * en


# --- OCR words -> page text with char boxes --------------------------------------------------------------
_NOISE = set("|[]{}_~—–-=:;.,'\"`")


def _is_noise(w: OcrWord) -> bool:
    """Table rules and specks read as '|', '_' or '—': no letters or digits and not confident."""
    return w.conf < 60 and all(ch in _NOISE for ch in w.text)


def _overlaps(words: Sequence[OcrWord], row: Sequence[OcrWord]) -> bool:
    return any(w.left < r.left + r.width and r.left < w.left + w.width for w in words for r in row)


def _char_xs(w: OcrWord, scale: float) -> list[tuple[float, float]]:
    """Each character's left and right edge in points: the word's box split evenly over its characters."""
    cw = w.width / max(1, len(w.text))
    return [((w.left + i * cw) * scale, (w.left + (i + 1) * cw) * scale) for i in range(len(w.text))]


def _engine_lines(words: Sequence[OcrWord]) -> list[tuple[int, int, list[OcrWord]]]:
    """(top, height, words) of each engine line, top to bottom."""
    lines: dict[tuple[int, ...], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line_key, []).append(w)
    items = []
    for ws in lines.values():
        top = min(w.top for w in ws)
        bottom = max(w.top + w.height for w in ws)
        items.append((top, bottom - top, ws))
    items.sort(key=lambda it: it[0])
    return items


def _rows(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Engine lines merged into rows by their tops, like pdfplumber clusters a text layer's words by their top."""
    items = _engine_lines(words)
    if not items:
        return []
    heights = sorted(h for _, h, _ in items)
    tol = max(2.0, 0.45 * heights[len(heights) // 2])
    rows: list[list[OcrWord]] = []
    row_top: float | None = None
    for top, _h, ws in items:
        # a line joins the row only between its words, never on top of them: two small lines of a right-hand
        # column beside one big line on the left are two rows, not one interleaved
        if rows and row_top is not None and abs(top - row_top) <= tol and not _overlaps(ws, rows[-1]):
            n = len(rows[-1])
            rows[-1].extend(ws)
            row_top = row_top + (top - row_top) * len(ws) / (n + len(ws))
        else:
            rows.append(list(ws))
            row_top = top
    return rows


def _column_word_groups(words: Sequence[OcrWord], scale: float) -> list[list[OcrWord]]:
    """The words in reading-order groups (above, left column, right column, below) where a side panel stands beside
    the letter, found by the text layer's column test on the words' character boxes; one group otherwise. Each
    character gets its engine line's top and bottom, as a text layer's characters share their line's."""
    from .columns import column_groups

    chars: list[dict] = []
    for top, h, ws in _engine_lines(words):
        for w in ws:
            for ch, (x0, x1) in zip(w.text, _char_xs(w, scale), strict=True):
                chars.append({"text": ch, "x0": x0, "x1": x1, "top": top * scale, "bottom": (top + h) * scale, "word": w})
    groups = column_groups(chars) if chars else None
    if not groups:
        return [list(words)]
    seen: set[int] = set()
    out: list[list[OcrWord]] = []
    for g in groups:
        ws = []
        for c in g:
            if id(c["word"]) not in seen:
                seen.add(id(c["word"]))
                ws.append(c["word"])
        if ws:
            out.append(ws)
    return out


def words_to_text(words: Sequence[OcrWord], scale: float) -> tuple[str, list[Box | None], float | None]:
    """(text, char_boxes in points, mean word confidence) from OCR words.

    Engine lines are merged into rows by vertical position (so table rows and two-column headers read
    left to right like a text layer does); each word's box is split evenly over its characters.
    ``scale`` converts pixels to points (72 / dpi).
    """
    kept = [w for w in words if not _is_noise(w)]
    confs = [w.conf for w in kept if w.conf >= 0]
    mean_conf = round(sum(confs) / len(confs), 1) if confs else None
    if not kept:
        return "", [], mean_conf
    # a side panel printed beside the letter is read as its own column, like a text layer's (columns.column_groups)
    rows: list[list[OcrWord]] = []
    for group in _column_word_groups(kept, scale):
        rows += _rows(group)
    out: list[str] = []
    boxes: list[Box | None] = []
    for r, row in enumerate(rows):
        if r:
            out.append("\n")
            boxes.append(None)
        row.sort(key=lambda w: w.left)
        for k, w in enumerate(row):
            if k:
                out.append(" ")
                boxes.append(None)
            for c, (x0, x1) in zip(w.text, _char_xs(w, scale), strict=True):
                box = (x0, w.top * scale, x1, (w.top + w.height) * scale)
                for ch in normalise_char(c):
                    out.append(ch)
                    boxes.append(box)
    return "".join(out), boxes, mean_conf
