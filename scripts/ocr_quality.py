"""OCR quality and speed on scans whose text PDF we also have: character error rate, word recall, s/page.

    python scripts/ocr_quality.py DIR [DIR...]         # pairs NAME.pdf + NAME.scan.pdf found in the folders
    python scripts/ocr_quality.py --generated 6        # generated letters, scanned at 300 dpi by our generator

The reference is the text layer of the text PDF, minus lines in scripts tesseract is not asked to read
(Chinese, Arabic, Khmer... taglines). CER is the Levenshtein distance over whitespace-normalised page text
divided by the reference length. Measurement only: prints numbers, never letter text.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _latin(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return not letters or sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / len(letters) > 0.8


def _norm(text: str) -> str:
    return " ".join(" ".join(ln for ln in text.splitlines() if _latin(ln)).split())


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one numpy row at a time (insertions resolved with a running minimum)."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    ar = np.arange(len(b) + 1)
    prev = ar.copy()
    for i, ch in enumerate(a, 1):
        sub = prev[:-1] + (bb != ord(ch))
        t = np.empty_like(prev)
        t[0] = i
        t[1:] = np.minimum(prev[1:] + 1, sub)
        prev = np.minimum.accumulate(t - ar) + ar
    return int(prev[-1])


def word_recall(ref: str, hyp: str) -> float:
    from collections import Counter

    r, h = Counter(ref.split()), Counter(hyp.split())
    return sum(min(n, h[w]) for w, n in r.items()) / max(1, sum(r.values()))


def measure(pairs: list[tuple[str, bytes, bytes]], languages: str | None = None) -> dict:
    from analyzer.ingest import load_document
    from analyzer.options import Options

    opts = Options(ocr_languages=languages) if languages else Options()

    rows = []
    for name, text_pdf, scan_pdf in pairs:
        ref = load_document(text_pdf)
        t = time.perf_counter()
        ocr = load_document(scan_pdf, options=opts)
        secs = time.perf_counter() - t
        for p_ref, p_ocr in zip(ref.pages, ocr.pages, strict=False):
            a, b = _norm(p_ref.text), _norm(p_ocr.text)
            rows.append({"letter": name, "page": p_ref.number, "cer": levenshtein(a, b) / max(1, len(a)),
                         "word_recall": word_recall(a, b), "chars": len(a)})
        rows[-1]["s_per_page"] = secs / max(1, len(ocr.pages))
    chars = sum(r["chars"] for r in rows)
    return {
        "pages": len(rows),
        "cer_overall": round(sum(r["cer"] * r["chars"] for r in rows) / max(1, chars), 4),
        "cer_worst_page": round(max(r["cer"] for r in rows), 4),
        "word_recall": round(statistics.fmean(r["word_recall"] for r in rows), 4),
        "s_per_page_mean": round(statistics.fmean(r["s_per_page"] for r in rows if "s_per_page" in r), 3),
        "per_page": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in rows],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--generated", type=int, default=0, help="generated letters scanned at --dpi")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--languages", help="tesseract languages (default: the analyzer's)")
    a = ap.parse_args(argv)
    pairs = []
    for d in a.dirs:
        for scan in sorted(d.glob("*.scan.pdf")):
            text = scan.with_name(scan.name.replace(".scan.pdf", ".pdf"))
            if text.exists():
                pairs.append((scan.name, text.read_bytes(), scan.read_bytes()))
    if a.generated:
        from analyzer import samplegen

        for seed in range(a.generated):
            pdf = samplegen.render_pdf(samplegen.generate(700_000 + seed), None)
            pairs.append((f"generated-{seed}", pdf, samplegen.render_scan(pdf, dpi=a.dpi, seed=seed)))
    if not pairs:
        ap.error("no NAME.pdf + NAME.scan.pdf pairs and no --generated letters")
    out = measure(pairs, a.languages)
    for r in out.pop("per_page"):
        print(" ".join(f"{k}={v}" for k, v in r.items()))
    print(out)


if __name__ == "__main__":
    main()
