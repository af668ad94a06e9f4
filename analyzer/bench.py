"""Benchmark on generated letters: text-letter speed against pdfplumber alone, OCR speed, workers, memory.

    python -m analyzer.bench [--n 20] [--out bench.json] [--bulk-n 1000] [--profile 5]
                             [--skip-ocr] [--skip-workers] [--skip-bulk]

Measures, in one run and on letters from ``analyzer.samplegen``:

- model load: importing the analyzer and loading the spaCy pipeline, in a fresh child process;
- seconds per text letter for (a) pdfplumber alone (open + ``page.extract_text()`` on every page) and (b) the
  full ``analyze()`` with the model already loaded, and their ratio (target <= 1.3); ingest alone and the
  stages after reading are timed too, to show where the difference goes;
- OCR seconds per page on simulated 300 dpi scans of several letters (`--ocr-n`, default 3; deskew included;
  target <= 1.5 s/page on one core), beside bare tesseract on the same pages at 300 dpi;
- letters/s with 1 and 2 workers through ``analyzer.analyze_many`` (target: 2 workers >= 1.8x);
- peak RSS (``ru_maxrss``) of a bulk run over ``--bulk-n`` letters in a child process, for the parent and for
  its largest worker (documented default 1,000; pass a smaller number for a quick look);
- a cProfile of ``analyze()``: time by package and the call counts that reveal double parsing or reloading.

Targets are reported, never asserted. Letter text is never printed or logged; only timings and counts.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract threads make OCR 3-5x slower on these machines

TARGETS = {"analysis_vs_pdfplumber_ratio": 1.3, "ocr_s_per_page_300dpi": 1.5, "two_worker_speedup": 1.8}


# --------------------------------------------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------------------------------------------
def make_letters(n: int, folder: Path, seed0: int = 0) -> list[Path]:
    from . import samplegen

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        spec = samplegen.generate(seed0 + i)
        p = folder / f"letter{i:04d}.pdf"
        p.write_bytes(samplegen.render_pdf(spec, None))
        paths.append(p)
    return paths


def copy_letters(base: list[Path], n: int, folder: Path) -> list[Path]:
    """``n`` distinct files cycling over ``base``; a PDF comment after %%EOF makes each one's sha256 unique."""
    folder.mkdir(parents=True, exist_ok=True)
    datas = [p.read_bytes() for p in base]
    out = []
    for i in range(n):
        p = folder / f"bulk{i:05d}.pdf"
        p.write_bytes(datas[i % len(datas)] + b"\n%% bench copy %d\n" % i)
        out.append(p)
    return out


def page_count(path: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


# --------------------------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------------------------
def pdfplumber_alone(path: Path) -> float:
    import pdfplumber

    t0 = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - t0


def pdfium_alone(path: Path) -> float:
    import pypdfium2

    t0 = time.perf_counter()
    doc = pypdfium2.PdfDocument(str(path))
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        tp.get_text_range()
        tp.close()
    doc.close()
    return time.perf_counter() - t0


def model_load_child() -> dict:
    """Import + pipeline load in a fresh interpreter (what every worker process pays once)."""
    code = (
        "import time, json; t0 = time.perf_counter(); import analyzer, analyzer.pipeline, analyzer.ingest; "
        "t1 = time.perf_counter(); from analyzer.nlp import get_nlp; get_nlp(); t2 = time.perf_counter(); "
        "print(json.dumps({'import_s': t1 - t0, 'model_load_s': t2 - t1}))"
    )
    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    runs = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(repo),
                             timeout=300)
        if out.returncode != 0:
            return {"error": out.stderr.strip().splitlines()[-1][:300] if out.stderr.strip() else "failed"}
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {k: round(min(r[k] for r in runs), 3) for k in runs[0]}


def text_letters(paths: list[Path], rounds: int) -> dict:
    """(a) pdfplumber alone vs (b) full analyze(), interleaved per letter; plus ingest alone and the rest."""
    from .ingest import load_document
    from .nlp import get_nlp
    from .pipeline import analyze, analyze_document

    t0 = time.perf_counter()
    get_nlp()
    in_process_load = time.perf_counter() - t0
    for p in paths[:3]:  # warm: first-call caches (catalogue, patterns, fonts)
        try:
            analyze(p)
        except Exception:  # noqa: BLE001 - counted in the timed loop
            pass

    plumber, pdfium, full, ingest, after, errors, raised = [], [], [], [], [], 0, set()
    for _ in range(rounds):
        for p in paths:
            plumber.append(pdfplumber_alone(p))
            pdfium.append(pdfium_alone(p))
            t = time.perf_counter()
            try:
                a = analyze(p)
                errors += 0 if a.ok else 1
            except Exception as err:  # noqa: BLE001 - a crash is reported as a count, never with letter text
                raised.add(f"{p.name}: {type(err).__name__}")
            full.append(time.perf_counter() - t)
            t = time.perf_counter()
            doc = load_document(p)
            ingest.append(time.perf_counter() - t)
            t = time.perf_counter()
            try:
                analyze_document(doc)
            except Exception:  # noqa: BLE001,S110 - already counted above
                pass
            after.append(time.perf_counter() - t)
    pages = sum(page_count(p) for p in paths) / len(paths)
    mean = statistics.fmean
    out = {
        "letters": len(paths),
        "rounds": rounds,
        "mean_pages_per_letter": round(pages, 2),
        "pdfplumber_s_per_letter": round(mean(plumber), 4),
        "pypdfium2_s_per_letter": round(mean(pdfium), 4),
        "analyze_s_per_letter": round(mean(full), 4),
        "analyze_median_s": round(statistics.median(full), 4),
        "ingest_s_per_letter": round(mean(ingest), 4),
        "after_ingest_s_per_letter": round(mean(after), 4),
        "analysis_vs_pdfplumber_ratio": round(mean(full) / mean(plumber), 3),
        "ingest_vs_pdfplumber_ratio": round(mean(ingest) / mean(plumber), 3),
        "model_load_in_process_s": round(in_process_load, 3),
        "letters_with_errors": errors // rounds,
        "letters_where_analyze_raised": sorted(raised),
    }
    return out


def ocr_speed(letters: list[Path], dpi: int) -> dict:
    """OCR seconds per page of simulated scans at ``dpi``, deskew included, over every page of ``letters``.

    Figures on the same scans: bare tesseract on each page rendered at ``dpi`` (the floor: no deskew, no second
    pass), ingest with one OCR thread (the "one core" target) and ingest as configured (pages OCR'd in parallel
    threads, wall time per page). Dense pages take twice as long as sparse ones, so several letters are averaged.
    """
    import pypdfium2
    import pytesseract

    from . import samplegen
    from .ingest import load_document
    from .pipeline import analyze

    bare, one_core, default, full, pages, ocr_pages, per_letter, conf, ok = 0.0, 0.0, 0.0, 0.0, 0, 0, [], [], True
    for k, letter in enumerate(letters):
        scan = samplegen.render_scan(letter.read_bytes(), dpi=dpi, seed=1 + k)
        doc0 = pypdfium2.PdfDocument(scan)
        try:
            imgs = [doc0[i].render(scale=dpi / 72.0, grayscale=True).to_pil() for i in range(len(doc0))]
        finally:
            doc0.close()
        for img in imgs:
            img.format = "BMP"  # as the engine hands it over: pytesseract's default PNG costs 0.7 s of compression
            t = time.perf_counter()
            pytesseract.image_to_data(img, lang="eng", config="--psm 3")
            bare += time.perf_counter() - t
        saved = os.environ.get("ANALYZER_OCR_WORKERS")
        os.environ["ANALYZER_OCR_WORKERS"] = "1"
        try:
            t = time.perf_counter()
            doc = load_document(scan, file_name="scan.pdf")
            dt1 = time.perf_counter() - t
        finally:
            if saved is None:
                os.environ.pop("ANALYZER_OCR_WORKERS", None)
            else:
                os.environ["ANALYZER_OCR_WORKERS"] = saved
        n = max(1, len(doc.ocr_pages))
        one_core += dt1
        per_letter.append(round(dt1 / n, 3))
        t = time.perf_counter()
        load_document(scan, file_name="scan.pdf")
        default += time.perf_counter() - t
        t = time.perf_counter()
        a = analyze(scan, file_name="scan.pdf")
        full += time.perf_counter() - t
        ok = ok and a.ok
        pages += len(doc.pages)
        ocr_pages += n
        conf.append(doc.ocr_confidence)
    n = max(1, ocr_pages)
    return {
        "dpi": dpi,
        "letters": len(letters),
        "pages": pages,
        "ocr_pages": ocr_pages,
        "tesseract_alone_s_per_page": round(bare / n, 3),
        "ocr_s_per_page": round(one_core / n, 3),
        "ocr_s_per_page_by_letter": per_letter,
        "ocr_s_per_page_default_threads": round(default / n, 3),
        "analyze_s_per_page_default_threads": round(full / n, 3),
        "ocr_vs_tesseract_alone": round(one_core / bare, 2) if bare else None,
        "ocr_confidence": conf,
        "analysis_ok": ok,
        "omp_thread_limit": os.environ.get("OMP_THREAD_LIMIT"),
    }


def workers_speed(paths: list[Path]) -> dict:
    import analyzer

    try:
        from . import bulk  # noqa: F401
    except ImportError as err:
        return {"skipped": f"analyzer.bulk not available ({type(err).__name__})"}
    out: dict[str, Any] = {"letters": len(paths)}
    for w in (1, 2):
        t = time.perf_counter()
        n_err = 0
        for r in analyzer.analyze_many([str(p) for p in paths], workers=w, progress=False):
            n_err += 1 if r.get("errors") else 0
        dt = time.perf_counter() - t
        out[f"workers_{w}_letters_per_s"] = round(len(paths) / dt, 3)
        out[f"workers_{w}_seconds"] = round(dt, 2)
        out[f"workers_{w}_errors"] = n_err
    out["two_worker_speedup"] = round(out["workers_2_letters_per_s"] / out["workers_1_letters_per_s"], 3)
    return out


def bulk_child(folder: str, workers: int) -> None:
    """Runs in the child: analyze every letter of ``folder``, holding no results, then print RSS figures."""
    import analyzer

    t = time.perf_counter()
    n = n_err = 0
    for r in analyzer.analyze_many(folder, workers=workers, progress=False):
        n += 1
        n_err += 1 if r.get("errors") else 0
    dt = time.perf_counter() - t
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"letters": n, "errors": n_err, "seconds": round(dt, 1), "letters_per_s": round(n / dt, 2),
                      "peak_rss_parent_mb": round(self_kb / 1024, 1),
                      "peak_rss_largest_worker_mb": round(child_kb / 1024, 1)}))


def bulk_rss(base: list[Path], n: int, workers: int, folder: Path) -> dict:
    copy_letters(base, n, folder)
    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-m", "analyzer.bench", "--bulk-child", str(folder), "--workers",
                          str(workers)], capture_output=True, text=True, env=env, cwd=str(repo))
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1][:300]}
    d = json.loads(out.stdout.strip().splitlines()[-1])
    d["workers"] = workers
    d["peak_rss_total_upper_bound_mb"] = round(d["peak_rss_parent_mb"] + workers * d["peak_rss_largest_worker_mb"], 1)
    return d


# --------------------------------------------------------------------------------------------------------------
# Profile
# --------------------------------------------------------------------------------------------------------------
def _package(filename: str) -> str:
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    if "/analyzer/" in filename:
        rest = filename.split("/analyzer/", 1)[1]
        return "analyzer." + rest.split("/", 1)[0].removesuffix(".py")
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    if not filename.startswith("/") and filename.endswith((".pyx", ".pxd")):  # Cython: spacy/tokens/doc.pyx
        return filename.split("/", 1)[0]
    return "stdlib"


# calls whose count per letter tells whether a file is parsed once and the model loaded once
WATCH = {
    ("pdfplumber", "open"): "pdfplumber.open",
    ("pdfminer", "__init__", "PDFParser"): "pdfminer PDFParser()",
    ("pdfplumber", "__init__", "page"): "pdfplumber Page()",
    ("pdfplumber", "extract_text"): "pdfplumber Page.extract_text",
    ("pdfplumber", "chars"): "pdfplumber Page.chars",
    ("pdfminer", "process_page"): "pdfminer interpreter.process_page",
    ("pypdfium2", "__init__", "PdfDocument"): "pypdfium2 PdfDocument()",
    ("spacy", "load"): "spacy.load",
    ("analyzer", "get_nlp"): "analyzer.nlp.get_nlp",
    ("analyzer", "build_doc"): "analyzer.nlp.build_doc",
    ("analyzer", "load_catalogue"): "analyzer.rules.load_catalogue",
}


def profile(paths: list[Path], top: int = 20) -> dict:
    from .pipeline import analyze

    def run(p: Path) -> None:
        try:
            analyze(p)
        except Exception:  # noqa: BLE001 - counted in text_letters
            pass

    run(paths[0])  # warm
    prof = cProfile.Profile()
    prof.enable()
    for p in paths:
        run(p)
    prof.disable()
    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values())  # type: ignore[attr-defined]
    by_pkg: dict[str, float] = {}
    for (fn, _line, _name), (_cc, _nc, tt, _ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        by_pkg[_package(fn)] = by_pkg.get(_package(fn), 0.0) + tt
    counts: dict[str, int] = {}
    for (fn, _line, name), (_cc, nc, _tt, _ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        for key, label in WATCH.items():
            pkg, func = key[0], key[1]
            cls = key[2] if len(key) > 2 else None
            if func == name and f"/{pkg}/" in fn and (cls is None or cls.lower() in fn.lower()):
                counts[label] = counts.get(label, 0) + nc
    n = len(paths)
    cumul = sorted(((v[3], k) for k, v in st.stats.items()), reverse=True)  # type: ignore[attr-defined]
    top_cum = []
    for ct, (fn, line, name) in cumul:
        if name.startswith("<") or "bench.py" in fn:
            continue
        top_cum.append({"function": f"{_package(fn)}:{name}:{line}", "cumulative_s_per_letter": round(ct / n, 4)})
        if len(top_cum) >= top:
            break
    tott = sorted(((v[2], k) for k, v in st.stats.items()), reverse=True)[:top]  # type: ignore[attr-defined]
    return {
        "letters": n,
        "profiled_s_per_letter": round(total / n, 4),
        "share_by_package": {k: round(v / total, 3) for k, v in sorted(by_pkg.items(), key=lambda kv: -kv[1])[:15]},
        "calls_per_letter": {k: round(v / n, 2) for k, v in sorted(counts.items())},
        "top_cumulative": top_cum,
        "top_self": [{"function": f"{_package(fn)}:{name}:{line}", "self_s_per_letter": round(tt / n, 4)}
                     for tt, (fn, line, name) in tott],
    }


# --------------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------------
def _table(res: dict) -> str:
    t = res.get("text", {})
    o = res.get("ocr", {})
    w = res.get("workers", {})
    b = res.get("bulk", {})
    m = res.get("model", {})
    rows = [
        ("model: import analyzer (s)", m.get("import_s"), ""),
        ("model: load pipeline (s)", m.get("model_load_s"), "once per process"),
        ("pdfplumber alone (s/letter)", t.get("pdfplumber_s_per_letter"), f"{t.get('mean_pages_per_letter')} pages avg"),
        ("pypdfium2 text alone (s/letter)", t.get("pypdfium2_s_per_letter"), "reference"),
        ("full analyze() (s/letter)", t.get("analyze_s_per_letter"), "model loaded"),
        ("  ingest alone (s/letter)", t.get("ingest_s_per_letter"), ""),
        ("  stages after ingest (s/letter)", t.get("after_ingest_s_per_letter"), ""),
        ("analyze / pdfplumber", t.get("analysis_vs_pdfplumber_ratio"), f"target <= {TARGETS['analysis_vs_pdfplumber_ratio']}"),
        (f"OCR one core (s/page, {o.get('dpi', '-')} dpi)", o.get("ocr_s_per_page", o.get("skipped")),
         f"target <= {TARGETS['ocr_s_per_page_300dpi']}"),
        ("  tesseract alone (s/page)", o.get("tesseract_alone_s_per_page"), "floor: no deskew, same dpi"),
        ("  by letter (s/page)", o.get("ocr_s_per_page_by_letter"), f"{o.get('letters', '-')} letters, {o.get('ocr_pages', '-')} pages"),
        ("  OCR with default threads (s/page wall)", o.get("ocr_s_per_page_default_threads"), ""),
        ("1 worker (letters/s)", w.get("workers_1_letters_per_s", w.get("skipped")), ""),
        ("2 workers (letters/s)", w.get("workers_2_letters_per_s"), ""),
        ("2-worker speedup", w.get("two_worker_speedup"), f"target >= {TARGETS['two_worker_speedup']}"),
        (f"bulk {b.get('letters', '-')} letters peak RSS parent (MB)", b.get("peak_rss_parent_mb", b.get("skipped", b.get("error"))), ""),
        ("bulk peak RSS largest worker (MB)", b.get("peak_rss_largest_worker_mb"), ""),
    ]
    lines = [f"{'measure':44} {'value':>12}  note", "-" * 80,
             f"{'load average at start / end':44} {str(res.get('load_average_at_start')):>12}  "
             f"{res.get('load_average_at_end')} on {res['machine']['cpus']} cpus"]
    for name, val, note in rows:
        v = "-" if val is None else (f"{val:.3f}" if isinstance(val, float) else str(val))
        lines.append(f"{name:44} {v:>12}  {note}")
    p = res.get("profile", {})
    if p.get("share_by_package"):
        lines.append("")
        lines.append("profile: share of analyze() time by package: " + ", ".join(
            f"{k} {v:.0%}" for k, v in list(p["share_by_package"].items())[:8]))
        lines.append("profile: calls per letter: " + ", ".join(f"{k} {v:g}" for k, v in p["calls_per_letter"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analyzer.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20, help="text letters to time (default 20)")
    ap.add_argument("--rounds", type=int, default=2, help="passes over the letters (default 2)")
    ap.add_argument("--out", type=Path, help="write the JSON here")
    ap.add_argument("--dpi", type=int, default=300, help="scan resolution for the OCR figure (default 300)")
    ap.add_argument("--ocr-n", type=int, default=3, help="scanned letters for the OCR figure (default 3)")
    ap.add_argument("--workers-n", type=int, default=0, help="letters for the workers figure (default max(n, 40))")
    ap.add_argument("--bulk-n", type=int, default=1000, help="letters in the peak-RSS bulk run (default 1000)")
    ap.add_argument("--bulk-workers", type=int, default=2)
    ap.add_argument("--profile", type=int, default=5, help="letters to profile with cProfile (0: skip)")
    ap.add_argument("--skip-ocr", action="store_true")
    ap.add_argument("--skip-workers", action="store_true")
    ap.add_argument("--skip-bulk", action="store_true")
    ap.add_argument("--bulk-child", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.bulk_child:
        bulk_child(args.bulk_child, args.workers)
        return 0

    res: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "targets": TARGETS,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        # other processes competing for the cores inflate every figure: read the numbers with this in mind
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    with tempfile.TemporaryDirectory(prefix="kp-bench-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        paths = make_letters(max(args.n, 1), folder / "letters")
        res["generate_s_per_letter"] = round((time.perf_counter() - t) / len(paths), 3)
        print(f"generated {len(paths)} letters", file=sys.stderr)
        res["model"] = model_load_child()
        res["text"] = text_letters(paths, args.rounds)
        print("timed text letters", file=sys.stderr)
        if args.profile:
            res["profile"] = profile(paths[: args.profile])
        if args.skip_ocr:
            res["ocr"] = {"skipped": "--skip-ocr"}
        else:
            res["ocr"] = ocr_speed(paths[: args.ocr_n], args.dpi)
            print("timed OCR", file=sys.stderr)
        if args.skip_workers:
            res["workers"] = {"skipped": "--skip-workers"}
        else:
            wn = args.workers_n or max(args.n, 40)
            wpaths = paths if wn <= len(paths) else copy_letters(paths, wn, folder / "workers")
            res["workers"] = workers_speed(wpaths[:wn])
            print("timed workers", file=sys.stderr)
        if args.skip_bulk or args.bulk_n <= 0:
            res["bulk"] = {"skipped": "--skip-bulk"}
        else:
            res["bulk"] = bulk_rss(paths, args.bulk_n, args.bulk_workers, folder / "bulk")
    res["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    res["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(res, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(_table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
