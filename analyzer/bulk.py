"""Bulk analysis: many letters through the one ``analyze()``, on local processes or a Dask cluster.

``analyze_many`` resolves its sources to a stable, ordered list of letters, runs ``analyze()`` on each
(in-process, in a process pool, or on Dask workers), and yields one schema result dict per letter in
input order. A letter that fails never stops the run: it becomes a result whose ``errors`` holds a code
and a message (``analyzer.pipeline.error_result``). Optional cache (``analyzer.cache``) makes runs resumable.

Nothing here decides anything about a letter: every result comes from ``analyze()``.

    from analyzer import analyze_many, to_frames
    frames = to_frames(analyze_many("letters/", cache_dir="letters.cache"))   # one process per core
    frames.flags.rule_id.value_counts()
    frames = to_frames(analyze_many("letters.zip", client="tcp://scheduler:8786"))  # a Dask cluster
"""

from __future__ import annotations

import concurrent.futures as cf
import copy
import glob as globmod
import logging
import multiprocessing
import os
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from .cache import ResultCache, cache_key, sha256_bytes
from .errors import (
    AnalyzerError,
    CorruptDocumentError,
    EncryptedDocumentError,
    FileMissingError,
    FileTooLargeError,
    InternalAnalyzerError,
    TimeBudgetExceededError,
    WorkerCrashedError,
)
from .options import DEFAULT_OPTIONS, Options

log = logging.getLogger(__name__)

LETTER_EXTENSIONS = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
_GLOB_CHARS = set("*?[")

# How many letters may be submitted ahead of the one being yielded, per worker: enough to keep every
# worker busy while a slow letter blocks the in-order output, small enough that memory stays flat.
WINDOW_PER_WORKER = 4

# A letter still running this long after it started is stuck (analyze() checks its own time budget only
# between steps; one pathological page can hang a parser): its worker is stopped and the letter gets a
# time_budget_exceeded row. Local process pool only; an in-process or Dask run cannot stop a running letter.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_GRACE_S = 60.0

# ``fork`` starts workers in milliseconds and shares the already imported analyzer; elsewhere spawn.
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


class ProgressFn(Protocol):
    """Progress callback: called once per finished letter (the app shows its own progress with it)."""

    def __call__(self, done: int, total: int, name: str) -> None: ...


AnalyzeFn = Callable[..., Any]  # analyze(source, *, options, facts, file_name) -> Analysis | dict


# -- sources ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One letter to analyze: a file on disk, or a member of a ZIP archive."""

    name: str  # the name results carry (``source.file``) and the key of member facts
    path: str | None = None  # file on disk; for a ZIP member, the archive
    member: str | None = None  # ZIP member name

    def read_bytes(self, max_bytes: int | None = None) -> bytes:
        if self.member is None:
            assert self.path is not None
            if max_bytes is not None and os.path.getsize(self.path) > max_bytes:
                raise FileTooLargeError()
            with open(self.path, "rb") as fh:
                return fh.read()
        try:
            with zipfile.ZipFile(self.path) as zf:
                info = zf.getinfo(self.member)
                if max_bytes is not None and info.file_size > max_bytes:  # never inflate a ZIP bomb
                    raise FileTooLargeError()
                if info.flag_bits & 0x1:
                    raise EncryptedDocumentError(
                        "This letter is inside a password-protected ZIP archive. Extract the archive with its "
                        "password and analyze the folder instead.")
                return zf.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as err:
            raise CorruptDocumentError(
                "This letter's entry in the ZIP archive is damaged or uses an unsupported compression. "
                "Extract the archive and analyze the folder, or make the ZIP again.", detail=type(err).__name__,
            ) from None


def _is_letter(name: str) -> bool:
    return name.lower().endswith(LETTER_EXTENSIONS)


def _zip_sources(path: Path) -> list[Source]:
    out = []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            member = info.filename
            parts = PurePosixPath(member).parts
            if info.is_dir() or not _is_letter(member) or "__MACOSX" in parts or parts[-1].startswith("._"):
                continue
            out.append(Source(name=f"{path.name}:{member}", path=str(path), member=member))
    return sorted(out, key=lambda s: s.member or "")


def _hidden(path: Path, root: Path) -> bool:
    """Dot files and folders (``._x.pdf`` from macOS, ``.cache``, checkpoints) are not letters."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _folder_sources(folder: Path, relative: bool) -> list[Source]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and _is_letter(p.name) and not _hidden(p, folder))
    if relative:
        return [Source(name=p.relative_to(folder).as_posix(), path=str(p)) for p in files]
    return [Source(name=str(p), path=str(p)) for p in files]


def _expand(item: str | os.PathLike, single: bool) -> list[Source]:
    text = os.fspath(item)
    p = Path(text)
    if p.is_dir():
        return _folder_sources(p, relative=single)
    if p.is_file() and p.suffix.lower() == ".zip" and zipfile.is_zipfile(p):
        return _zip_sources(p)
    if p.exists():
        return [Source(name=text, path=text)]
    if _GLOB_CHARS & set(text):
        matches = sorted(m for m in globmod.glob(text, recursive=True) if os.path.isfile(m) and _is_letter(m))
        return [Source(name=m, path=m) for m in matches]
    if single:
        raise FileNotFoundError(f"no such file, folder, glob match or ZIP: {text}")
    return [Source(name=text, path=text)]  # a listed file that is missing becomes an error row, not a crash


def resolve_sources(sources: Any) -> list[Source]:
    """A folder (recursive), a glob, a ZIP, one file, or a list of any of these -> ordered ``Source`` list.

    Folders and globs are sorted (dot files and folders skipped); a list keeps its order. Names: paths
    relative to the folder when one folder is given, ``archive.zip:member`` for ZIP members, otherwise
    the path as given.
    """
    if isinstance(sources, Source):
        return [sources]
    if isinstance(sources, (str, os.PathLike)):
        return _expand(sources, single=True)
    items = list(sources)
    if len(items) == 1 and isinstance(items[0], (str, os.PathLike)) and Path(items[0]).is_dir():
        return _folder_sources(Path(items[0]), relative=True)  # ["DIR"] names its letters as "DIR" does
    out: list[Source] = []
    for item in items:
        out.extend([item] if isinstance(item, Source) else _expand(item, single=False))
    return out


# -- facts --------------------------------------------------------------------------------------------


def _facts_map(facts: Any) -> dict[str, dict]:
    """Member-supplied facts as {file: {fact_id: value}}: from a dict or a DataFrame with a ``file`` column.

    The key ``"*"`` holds facts for every letter; a file's own facts override them.
    """
    if facts is None:
        return {}
    if isinstance(facts, Mapping):
        return {str(k): dict(v or {}) for k, v in facts.items()}
    columns = list(getattr(facts, "columns", []))
    if "file" not in columns:
        raise ValueError("facts must be a dict {file: {fact: value}} or a DataFrame with a 'file' column")
    import pandas as pd

    out: dict[str, dict] = {}
    for rec in facts.to_dict(orient="records"):
        name = str(rec.pop("file"))
        # a blank cell means "not answered", never a value
        vals = {k: _plain(v) for k, v in rec.items() if not (v is None or (not isinstance(v, (list, dict)) and pd.isna(v)))}
        out.setdefault(name, {}).update(vals)
    return out


def _plain(v: Any) -> Any:
    """numpy/pandas scalars -> Python values, so facts pickle and hash the same everywhere."""
    item = getattr(v, "item", None)
    if callable(item) and not isinstance(v, (str, bytes)):
        try:
            return item()
        except (TypeError, ValueError):
            return v
    if hasattr(v, "isoformat") and hasattr(v, "to_pydatetime"):
        return v.date().isoformat() if (v.hour, v.minute, v.second) == (0, 0, 0) else v.isoformat()
    return v


def _facts_for(src: Source, fmap: Mapping[str, dict]) -> dict | None:
    if not fmap:
        return None
    for key in (src.name, src.path, os.path.basename(src.path or ""), src.member, os.path.basename(src.member or "")):
        if key and key in fmap:
            return {**fmap.get("*", {}), **fmap[key]}
    return fmap.get("*")  # "*": facts for every letter (the command line's --fact)


# -- the worker boundary -------------------------------------------------------------------------------


def _safe_error_result(name: str, err: AnalyzerError, sha256: str = "") -> dict:
    from .pipeline import error_result

    try:
        return error_result(name, err, sha256=sha256)
    except Exception:  # versions() could not be read (e.g. model missing): still give a well-formed row
        from . import __version__
        from .pipeline import SCHEMA_VERSION, empty_letter

        return {
            "schema_version": SCHEMA_VERSION,
            "source": {"file": name, "sha256": sha256, "pages": 0, "ocr_pages": [], "ocr_confidence": None,
                       "language": "unknown"},
            "letter": empty_letter(), "flags": [], "deadlines": [], "arguments": [], "warnings": [],
            "errors": [err.to_dict()], "rule_outcomes": [], "questions": [],
            "versions": {"analyzer": __version__, "model": None, "catalogue": None},
        }


def _type_name(err: BaseException) -> str:
    """``re.error`` rather than ``error``: the exception's type only, never its message (it may quote the letter)."""
    mod = type(err).__module__
    return type(err).__qualname__ if mod == "builtins" else f"{mod}.{type(err).__qualname__}"


def _payload_sha(payload: Any) -> str:
    try:
        if isinstance(payload, (bytes, bytearray)):
            return sha256_bytes(bytes(payload))
        if isinstance(payload, str) and os.path.isfile(payload):
            with open(payload, "rb") as fh:
                return sha256_bytes(fh.read())
    except OSError:
        pass
    return ""


def analyze_one(src: Source, data: bytes | None = None, *, facts: Mapping[str, Any] | None = None,
                options: Options = DEFAULT_OPTIONS, analyze_fn: AnalyzeFn | None = None) -> dict:
    """Analyze one source and return its result dict; never raises for a letter's problems (the worker boundary)."""
    payload: Any = data
    try:
        if payload is None:
            if src.member is not None:
                payload = src.read_bytes(options.max_file_bytes)
            elif not (src.path and os.path.isfile(src.path)):
                raise FileMissingError()
            else:
                payload = src.path
        if analyze_fn is None:
            from .pipeline import analyze as analyze_fn
        out = analyze_fn(payload, options=options, facts=facts, file_name=src.name)
        result = out.result if hasattr(out, "result") else out
        if not isinstance(result, dict):
            raise TypeError("analyze() returned no result dict")
        result = copy.deepcopy(result)
    except AnalyzerError as err:
        log.info("letter failed: %s", err.code)
        result = _safe_error_result(src.name, err, _payload_sha(payload))
    except Exception as err:  # noqa: BLE001 - the worker boundary: one letter never stops a run
        log.warning("unexpected %s while analyzing a letter", _type_name(err))
        result = _safe_error_result(src.name, InternalAnalyzerError(), _payload_sha(payload))
    result.setdefault("source", {})["file"] = src.name
    return result


def _task(src: Source, data: bytes | None, facts: dict | None, options: Options,
          analyze_fn: AnalyzeFn | None) -> dict:
    return analyze_one(src, data, facts=facts, options=options, analyze_fn=analyze_fn)


def _init_worker(warm: bool = True) -> None:
    """Process-pool initializer: one thread for tesseract (faster here), and the spaCy model loaded once."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if warm:
        warm_up()


def warm_up() -> None:
    """Load the language model now (once per process) rather than inside the first letter's time budget."""
    try:
        from .document import Document
        from .nlp import build_doc, get_nlp

        get_nlp()
        build_doc(Document.from_text("Kaiser Permanente. Notice of denial of coverage."))
    except Exception as err:  # noqa: BLE001 - a missing model shows up as each letter's own error
        log.info("model warm-up skipped: %s", type(err).__name__)


# -- progress -----------------------------------------------------------------------------------------


def _progress_bar(total: int) -> Any:
    """A tqdm.auto bar; in Jupyter without ipywidgets (tqdm's widget raises ImportError) a text bar instead."""
    kw = {"total": total, "unit": "letter", "desc": "Analyzing"}
    try:
        from tqdm.auto import tqdm

        return tqdm(**kw)
    except ImportError:
        from tqdm.std import tqdm as text_tqdm

        return text_tqdm(**kw)


class _Progress:
    def __init__(self, progress: Any, total: int) -> None:
        self.total, self.done, self.ok, self.failed = total, 0, 0, 0
        self.callback: Callable | None = progress if callable(progress) else None
        self.bar = None
        if progress is True:
            self.bar = _progress_bar(total)

    def tick(self, name: str, result: dict) -> None:
        self.done += 1
        if result.get("errors"):
            self.failed += 1
        else:
            self.ok += 1
        if self.bar is not None:  # never file names in the bar: they may contain a member's name
            self.bar.set_postfix(ok=self.ok, failed=self.failed, refresh=False)
            self.bar.update(1)
        if self.callback is not None:
            self.callback(self.done, self.total, name)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# -- runners ------------------------------------------------------------------------------------------


@dataclass
class _Job:
    index: int
    src: Source
    facts: dict | None
    data: bytes | None = None
    key: str | None = None
    attempts: int = 0
    future: Any = None
    started: float | None = None  # when the pool began running it (monotonic)
    timed_out: bool = False


class _LocalRunner:
    """In-process (workers == 1) or a process pool; a pool broken by a crashing worker is replaced."""

    def __init__(self, workers: int, options: Options, analyze_fn: AnalyzeFn | None) -> None:
        self.workers, self.options, self.analyze_fn = workers, options, analyze_fn
        self.pool: cf.ProcessPoolExecutor | None = None
        self.isolation: cf.ProcessPoolExecutor | None = None  # re-runs letters that were in a crashed pool

    @property
    def window(self) -> int:
        return 1 if self.workers <= 1 else self.workers * WINDOW_PER_WORKER

    def _new_pool(self, n: int) -> cf.ProcessPoolExecutor:
        warm = self.analyze_fn is None  # a replaced analyze() (tests) needs no model
        if warm and START_METHOD == "fork":
            warm_up()  # load once here: forked workers share it instead of each loading a copy
        ctx = multiprocessing.get_context(START_METHOD)
        return cf.ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init_worker, initargs=(warm,))

    def submit(self, job: _Job) -> None:
        args = (job.src, job.data, job.facts, self.options, self.analyze_fn)
        if self.workers <= 1:
            fut: cf.Future = cf.Future()
            fut.set_result(_task(*args))
        elif job.attempts > 0:
            if self.isolation is None:
                self.isolation = self._new_pool(1)
            fut = self.isolation.submit(_task, *args)
        else:
            if self.pool is None:
                self.pool = self._new_pool(self.workers)
            fut = self.pool.submit(_task, *args)
        job.future = fut

    def can_submit(self, job: _Job, pending: Sequence[_Job]) -> bool:
        # letters that were in a crashed pool run one at a time, so a letter that crashes a worker only fails itself
        return job.attempts == 0 or not any(j.attempts > 0 for j in pending)

    def wait(self, pending: Sequence[_Job]) -> list[tuple[_Job, dict | None]]:
        """Finished jobs with their result; None means "resubmit" (its pool crashed)."""
        limit = self.options.time_budget_s * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE_S
        while True:
            now = time.monotonic()
            for job in pending:
                if job.started is None and job.future.running():
                    job.started = now
            running = [j.started for j in pending if j.started is not None and not j.timed_out]
            timeout = max(0.05, min(running) + limit - now) if running else None
            done, _ = cf.wait([j.future for j in pending], timeout=timeout, return_when=cf.FIRST_COMPLETED)
            if done:
                break
            if self.workers > 1:
                self._stop_stuck(pending, limit)
        out = []
        for job in pending:
            if job.future not in done:
                continue
            try:
                out.append((job, job.future.result()))
            except cf.process.BrokenProcessPool:
                self._drop_broken(job)
                if job.timed_out:
                    out.append((job, _safe_error_result(job.src.name, TimeBudgetExceededError())))
                elif job.attempts == 0:
                    job.attempts = 1
                    out.append((job, None))
                else:
                    log.warning("a worker crashed on a letter")
                    out.append((job, _safe_error_result(job.src.name, WorkerCrashedError())))
            except Exception as err:  # noqa: BLE001 - e.g. a result that could not be pickled
                log.warning("unexpected %s at the worker boundary", _type_name(err))
                out.append((job, _safe_error_result(job.src.name, InternalAnalyzerError())))
        return out

    def _stop_stuck(self, pending: Sequence[_Job], limit: float) -> None:
        """Stop the workers of a pool running a letter past the hard limit; its other letters are re-run."""
        now = time.monotonic()
        for job in pending:
            if job.started is None or job.timed_out or now - job.started < limit:
                continue
            job.timed_out = True
            log.warning("a letter ran past %.0fs; stopping its worker", limit)
            pool = self.isolation if job.attempts > 0 else self.pool
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()

    def _drop_broken(self, job: _Job) -> None:
        for attr in ("pool", "isolation"):
            pool = getattr(self, attr)
            if pool is not None and getattr(pool, "_broken", False):
                pool.shutdown(wait=False, cancel_futures=True)
                setattr(self, attr, None)

    def close(self, pending: Sequence[_Job] = ()) -> None:
        for pool in (self.pool, self.isolation):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self.isolation = None


class _DaskRunner:
    """Letters go to the cluster as bytes (workers need no shared storage), or as absolute paths when the
    workers see the same files (``shared_paths``); results come back as plain dicts."""

    def __init__(self, client: Any, options: Options, analyze_fn: AnalyzeFn | None, shared_paths: bool = False) -> None:
        from distributed import Client

        self.own_client = isinstance(client, str)
        self.client = Client(client) if isinstance(client, str) else client
        self.options, self.analyze_fn, self.shared_paths = options, analyze_fn, shared_paths
        try:
            n = len(self.client.scheduler_info().get("workers", {})) or 1
        except Exception:  # noqa: BLE001
            n = 1
        self.window = max(2, n * WINDOW_PER_WORKER)

    def can_submit(self, job: _Job, pending: Sequence[_Job]) -> bool:
        return True

    def submit(self, job: _Job) -> None:
        data = job.data
        if data is None and self.shared_paths and job.src.path:
            src = Source(job.src.name, os.path.abspath(job.src.path), job.src.member)
            job.future = self.client.submit(_task, src, None, job.facts, self.options, self.analyze_fn, pure=False)
            return
        if data is None:
            try:
                data = job.src.read_bytes(self.options.max_file_bytes)
            except AnalyzerError:
                data = None  # the worker reports it (same error row as the local path)
            except OSError:
                data = None
        if data is None:
            job.future = self.client.submit(_task, job.src, None, job.facts, self.options, self.analyze_fn,
                                            pure=False)
        else:
            job.future = self.client.submit(_task, job.src, data, job.facts, self.options, self.analyze_fn,
                                            pure=False)

    def wait(self, pending: Sequence[_Job]) -> list[tuple[_Job, dict | None]]:
        from distributed import wait

        done, _ = wait([j.future for j in pending], return_when="FIRST_COMPLETED")
        out = []
        for job in pending:
            if job.future not in done:
                continue
            try:
                out.append((job, job.future.result()))
            except Exception as err:  # noqa: BLE001 - a lost worker or a killed task
                log.warning("dask task failed: %s", _type_name(err))
                out.append((job, _safe_error_result(job.src.name, WorkerCrashedError())))
            job.future.release()
        return out

    def close(self, pending: Sequence[_Job] = ()) -> None:
        for job in pending:  # the consumer stopped early: do not leave letters running on the cluster
            if job.future is not None and not job.future.done():
                job.future.cancel()
        if self.own_client:
            self.client.close()


# -- the public entry point ----------------------------------------------------------------------------


def _versions() -> dict | None:
    try:
        from .pipeline import versions

        return versions()
    except Exception as err:  # noqa: BLE001
        log.warning("cache disabled: analyzer versions unavailable (%s)", type(err).__name__)
        return None


def analyze_many(
    sources: Any,
    *,
    workers: int | None = None,
    client: Any = None,
    facts: Any = None,
    progress: bool | ProgressFn | None = True,
    options: Options = DEFAULT_OPTIONS,
    cache_dir: str | os.PathLike | None = None,
    shared_paths: bool = False,
    analyze_fn: AnalyzeFn | None = None,
) -> Iterator[dict]:
    """Analyze many letters; yield one result dict (``Analysis.result``) per letter, in input order.

    sources: a folder (recursive: PDF, PNG, JPEG, TIFF), a glob, a ZIP, or a list of paths.
    workers: local processes (None: one per core; 1: in this process). client: a ``distributed.Client`` or a
    scheduler address: run on Dask instead. facts: {file: {fact: value}} or a DataFrame with a ``file``
    column and one column per fact id. progress: True (tqdm bar), False, or ``progress(done, total, name)``.
    cache_dir: remember results so a re-run analyzes only new or changed letters.
    shared_paths: Dask only: workers read the files from the same paths (shared storage) instead of being
    sent the bytes.
    analyze_fn: replaces ``analyze()`` (tests; must be picklable for processes).

    Sources are resolved now (a missing folder raises ``FileNotFoundError`` at once); letters are analyzed
    as the iterator is consumed. A letter that fails gives a result with ``errors``, never an exception.
    """
    items = resolve_sources(sources)
    fmap = _facts_map(facts)
    cache: ResultCache | None = None
    versions = None
    if cache_dir is not None:
        versions = _versions()
        if versions is not None:
            cache = ResultCache(cache_dir)
    if client is not None:
        runner: Any = _DaskRunner(client, options, analyze_fn, shared_paths)
    else:
        n = workers if workers is not None else (os.cpu_count() or 1)
        n = max(1, min(n, len(items))) if items else 1
        runner = _LocalRunner(n, options, analyze_fn)
    jobs = [_Job(i, src, _facts_for(src, fmap)) for i, src in enumerate(items)]
    return _run(jobs, runner, progress, cache, versions, options)


def _run(jobs: list[_Job], runner: Any, progress: Any, cache: ResultCache | None,
         versions: dict | None, options: Options) -> Iterator[dict]:
    prog = _Progress(progress, len(jobs))  # created on the first next(): no bar for a run never iterated
    ready: dict[int, dict] = {}
    pending: list[_Job] = []
    retry: list[_Job] = []
    queue = iter(jobs)
    exhausted = False
    next_out = 0
    try:
        while next_out < len(jobs):
            # letters from a crashed pool first (they hold up the output), then new ones up to the window
            for job in [j for j in retry if runner.can_submit(j, pending)][:1]:
                retry.remove(job)
                runner.submit(job)
                pending.append(job)
            while not exhausted and len(pending) + len(ready) < runner.window:
                job = next(queue, None)
                if job is None:
                    exhausted = True
                    break
                hit = _from_cache(job, cache, versions, options)
                if hit is not None:  # cache hits are ready at once
                    ready[job.index] = hit
                    prog.tick(job.src.name, hit)
                    continue
                runner.submit(job)
                pending.append(job)
            if next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
                continue
            for job, result in runner.wait(pending):
                pending.remove(job)
                if result is None:
                    retry.append(job)
                    continue
                job.data = None
                if cache is not None and job.key is not None:
                    cache.put(job.key, result)
                ready[job.index] = result
                prog.tick(job.src.name, result)
    finally:
        prog.close()
        runner.close(pending)


def _from_cache(job: _Job, cache: ResultCache | None, versions: dict | None, options: Options) -> dict | None:
    if cache is None or versions is None:
        return None
    try:
        job.data = job.src.read_bytes(options.max_file_bytes)
    except (OSError, KeyError, zipfile.BadZipFile, AnalyzerError):
        return None  # the worker reports the problem as this letter's error
    job.key = cache_key(sha256_bytes(job.data), versions, job.facts, options)
    hit = cache.get(job.key)
    if hit is None:
        return None
    hit.setdefault("source", {})["file"] = job.src.name  # same bytes may sit under another name
    job.data = None
    return hit


def count_status(results: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """(ok, failed) counts, for the command line's final line."""
    ok = failed = 0
    for r in results:
        if r.get("errors"):
            failed += 1
        else:
            ok += 1
    return ok, failed


__all__ = ["LETTER_EXTENSIONS", "Source", "analyze_many", "analyze_one", "count_status", "resolve_sources", "warm_up"]
