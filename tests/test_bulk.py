"""analyze_many: source resolution, order, error rows, facts, progress, cache; analyze() replaced through its seam."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analyzer import analyze_many
from analyzer import bulk as bulkmod
from analyzer.bulk import Source, analyze_one, count_status, resolve_sources
from analyzer.cache import ResultCache, cache_key
from analyzer.errors import CorruptDocumentError, OcrUnavailableError
from analyzer.pipeline import SCHEMA_VERSION, empty_letter

FIXED_VERSIONS = {"analyzer": "test", "model": "m1", "catalogue": "c1"}


def fake_result(name: str, data: bytes, facts=None) -> dict:
    import hashlib

    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "pages": 1, "ocr_pages": [],
                   "ocr_confidence": None, "language": "en"},
        "letter": empty_letter(), "flags": [], "deadlines": [], "arguments": [], "warnings": [], "errors": [],
        "rule_outcomes": [], "questions": [], "versions": dict(FIXED_VERSIONS),
        "facts": {k: {"value": v, "source": "member", "note": ""} for k, v in (facts or {}).items()},
    }


def fake_analyze(source, *, options=None, facts=None, file_name=None):
    """Stands in for analyze(): behaviour chosen by the file's first bytes."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if data.startswith(b"CORRUPT"):
        raise CorruptDocumentError()
    if data.startswith(b"NOOCR"):
        raise OcrUnavailableError()
    if data.startswith(b"BOOM"):
        raise RuntimeError("member Jane Doe id 123")  # must never reach the result or the log
    if data.startswith(b"HANG"):
        import time

        time.sleep(120)  # a parser stuck on one page
    if data.startswith(b"CRASH"):
        os._exit(3)  # a worker dying (segfault, out of memory)
    return fake_result(file_name, data, facts)


class Counting:
    """The seam, counting calls (in-process runs only)."""

    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, source, **kw):
        self.calls.append(kw.get("file_name"))
        return fake_analyze(source, **kw)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "letters"
    (d / "sub").mkdir(parents=True)
    (d / "b.pdf").write_bytes(b"%PDF b")
    (d / "a.pdf").write_bytes(b"%PDF a")
    (d / "sub" / "c.PNG").write_bytes(b"PNG c")
    (d / "notes.txt").write_text("not a letter")
    (d / "sub" / "d.tiff").write_bytes(b"TIFF d")
    (d / "._a.pdf").write_bytes(b"AppleDouble")  # macOS metadata, not a letter
    (d / ".cache").mkdir()
    (d / ".cache" / "x.pdf").write_bytes(b"hidden")
    return d


@pytest.fixture
def fixed_versions(monkeypatch):
    monkeypatch.setattr(bulkmod, "_versions", lambda: dict(FIXED_VERSIONS))


def names(results):
    return [r["source"]["file"] for r in results]


def test_folder_is_recursive_sorted_and_filtered(folder):
    assert [s.name for s in resolve_sources(folder)] == ["a.pdf", "b.pdf", "sub/c.PNG", "sub/d.tiff"]


def test_one_folder_in_a_list_is_named_like_the_folder(folder, tmp_path):
    assert [s.name for s in resolve_sources([folder])] == [s.name for s in resolve_sources(folder)]
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.pdf").write_bytes(b"x")
    names = [s.name for s in resolve_sources([folder, other])]
    assert names[0] == str(folder / "a.pdf") and names[-1] == str(other / "a.pdf")  # two folders: full paths


def test_glob_list_and_zip(folder, tmp_path):
    assert [Path(s.name).name for s in resolve_sources(str(folder / "**" / "*.pdf"))] == ["a.pdf", "b.pdf"]
    listed = [str(folder / "b.pdf"), str(folder / "a.pdf")]
    assert [s.name for s in resolve_sources(listed)] == listed  # a list keeps its order
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("y/2.pdf", b"%PDF 2")
        zf.writestr("1.jpg", b"JPG 1")
        zf.writestr("__MACOSX/._1.jpg", b"junk")
        zf.writestr("readme.txt", b"no")
    srcs = resolve_sources(z)
    assert [s.name for s in srcs] == ["batch.zip:1.jpg", "batch.zip:y/2.pdf"]
    assert srcs[1].read_bytes() == b"%PDF 2"


def test_missing_folder_raises_at_call_time(tmp_path):
    with pytest.raises(FileNotFoundError):
        analyze_many(tmp_path / "nope", progress=False)


def test_results_in_input_order_with_errors_as_rows(tmp_path, caplog):
    d = tmp_path / "in"
    d.mkdir()
    for name, body in [("1.pdf", b"ok1"), ("2.pdf", b"CORRUPT"), ("3.pdf", b"BOOM"), ("4.pdf", b"ok4")]:
        (d / name).write_bytes(body)
    caplog.set_level("DEBUG")
    results = list(analyze_many(d, workers=1, progress=False, analyze_fn=fake_analyze))
    assert names(results) == ["1.pdf", "2.pdf", "3.pdf", "4.pdf"]
    assert [r["errors"] for r in results][0] == []
    assert results[1]["errors"][0]["code"] == "corrupt_document"
    boom = results[2]["errors"][0]
    assert boom["code"] == "internal_error" and "report" in boom["message"]
    assert "Jane" not in caplog.text and "123" not in caplog.text and "Jane" not in str(results[2])
    assert "RuntimeError" in caplog.text  # only the exception type is logged
    assert results[1]["source"]["sha256"]  # error rows still identify the file's bytes
    assert count_status(results) == (2, 2)


def test_missing_listed_file_is_an_error_row(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"ok")
    results = list(analyze_many([tmp_path / "a.pdf", tmp_path / "gone.pdf"], workers=1, progress=False,
                                analyze_fn=fake_analyze))
    assert [r["errors"][0]["code"] if r["errors"] else "ok" for r in results] == ["ok", "file_not_found"]


def test_zip_members_analyzed_as_bytes(tmp_path):
    z = tmp_path / "b.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("x.pdf", b"okx")
        zf.writestr("bad.pdf", b"CORRUPT")
    seam = Counting()
    results = list(analyze_many(z, workers=1, progress=False, analyze_fn=seam))
    assert names(results) == ["b.zip:bad.pdf", "b.zip:x.pdf"]
    assert results[0]["errors"][0]["code"] == "corrupt_document" and not results[1]["errors"]


def test_damaged_zip_member_is_an_error_row(tmp_path):
    z = tmp_path / "d.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.pdf", b"x" * 2000)
        zf.writestr("b.pdf", b"okb")
    raw = bytearray(z.read_bytes())
    start = raw.index(b"a.pdf") + len(b"a.pdf")  # the first member's compressed data follows its local header
    raw[start + 2:start + 12] = b"\xff" * 10
    z.write_bytes(bytes(raw))
    results = list(analyze_many(z, workers=1, progress=False, analyze_fn=fake_analyze))
    codes = [r["errors"][0]["code"] if r["errors"] else "ok" for r in results]
    assert codes == ["corrupt_document", "ok"]


def test_zip_member_over_size_limit_is_not_inflated(tmp_path):
    from analyzer.options import Options

    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.pdf", b"0" * 5000)
    results = list(analyze_many(z, workers=1, progress=False, analyze_fn=fake_analyze,
                                options=Options(max_file_bytes=1000)))
    assert results[0]["errors"][0]["code"] == "file_too_large"


def test_process_pool_same_results_and_order(folder):
    one = list(analyze_many(folder, workers=1, progress=False, analyze_fn=fake_analyze))
    two = list(analyze_many(folder, workers=2, progress=False, analyze_fn=fake_analyze))
    assert one == two and names(two) == ["a.pdf", "b.pdf", "sub/c.PNG", "sub/d.tiff"]


@pytest.mark.slow
def test_spawned_workers_work_too(folder, monkeypatch):
    """macOS and Windows start workers with spawn: everything sent to a worker must pickle by reference."""
    monkeypatch.setattr(bulkmod, "START_METHOD", "spawn")
    res = list(analyze_many(folder, workers=2, progress=False, analyze_fn=fake_analyze))
    assert names(res) == ["a.pdf", "b.pdf", "sub/c.PNG", "sub/d.tiff"] and not any(r["errors"] for r in res)


def test_worker_crash_fails_only_its_letter(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"{i}.pdf").write_bytes(b"CRASH" if i == 2 else b"ok%d" % i)
    results = list(analyze_many(d, workers=2, progress=False, analyze_fn=fake_analyze))
    assert names(results) == [f"{i}.pdf" for i in range(6)]
    codes = [r["errors"][0]["code"] if r["errors"] else "ok" for r in results]
    assert codes == ["ok", "ok", "internal_error", "ok", "ok", "ok"]


def test_stuck_letter_is_stopped_and_others_finish(tmp_path, monkeypatch):
    from analyzer.options import Options

    monkeypatch.setattr(bulkmod, "HARD_LIMIT_GRACE_S", 1.0)
    monkeypatch.setattr(bulkmod, "HARD_LIMIT_FACTOR", 0.0)
    d = tmp_path / "in"
    d.mkdir()
    for i in range(5):
        (d / f"{i}.pdf").write_bytes(b"HANG" if i == 1 else b"ok%d" % i)
    results = list(analyze_many(d, workers=2, progress=False, analyze_fn=fake_analyze,
                                options=Options(time_budget_s=1.0)))
    codes = [r["errors"][0]["code"] if r["errors"] else "ok" for r in results]
    assert codes == ["ok", "time_budget_exceeded", "ok", "ok", "ok"]


def test_progress_callback_protocol(folder):
    seen = []
    list(analyze_many(folder, workers=1, progress=lambda done, total, name: seen.append((done, total, name)),
                      analyze_fn=fake_analyze))
    assert [s[:2] for s in seen] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(s[2] for s in seen) == ["a.pdf", "b.pdf", "sub/c.PNG", "sub/d.tiff"]


def test_progress_bar_default_runs(folder, capsys):
    assert len(list(analyze_many(folder, workers=1, analyze_fn=fake_analyze))) == 4


def test_progress_bar_without_notebook_widgets(folder, monkeypatch):
    import tqdm.auto

    def widget_missing(*a, **k):
        raise ImportError("IProgress not found. Please update jupyter and ipywidgets.")

    monkeypatch.setattr(tqdm.auto, "tqdm", widget_missing)
    assert len(list(analyze_many(folder, workers=1, analyze_fn=fake_analyze))) == 4


def test_facts_from_dataframe_and_dict(folder):
    df = pd.DataFrame({"file": ["a.pdf", "sub/c.PNG"], "is_cancer": [True, None], "age": [44, 61]})
    seam = Counting()
    results = {r["source"]["file"]: r for r in analyze_many(folder, workers=1, progress=False, facts=df,
                                                            analyze_fn=seam)}
    assert {k: v["value"] for k, v in results["a.pdf"]["facts"].items()} == {"is_cancer": True, "age": 44}
    assert {k: v["value"] for k, v in results["sub/c.PNG"]["facts"].items()} == {"age": 61}  # blank = unanswered
    assert results["b.pdf"]["facts"] == {}
    res = list(analyze_many([folder / "a.pdf"], workers=1, progress=False, facts={"a.pdf": {"x": 1}},
                            analyze_fn=fake_analyze))
    assert res[0]["facts"]["x"]["value"] == 1  # a list entry matches facts by its base name


def test_facts_wildcard_for_every_letter(folder):
    res = list(analyze_many(folder, workers=1, progress=False, analyze_fn=fake_analyze,
                            facts={"*": {"x": 1}, "b.pdf": {"x": 2, "y": 3}}))
    got = {r["source"]["file"]: {k: v["value"] for k, v in r["facts"].items()} for r in res}
    assert got["a.pdf"] == {"x": 1} and got["b.pdf"] == {"x": 2, "y": 3}


def test_bad_facts_frame_is_rejected(folder):
    with pytest.raises(ValueError, match="file"):
        analyze_many(folder, progress=False, facts=pd.DataFrame({"name": ["a.pdf"]}))


def test_cache_resumes_only_new_files(folder, tmp_path, fixed_versions):
    cache = tmp_path / "cache"
    first = Counting()
    r1 = list(analyze_many(folder, workers=1, progress=False, cache_dir=cache, analyze_fn=first))
    assert len(first.calls) == 4
    (folder / "e.pdf").write_bytes(b"%PDF e")
    (folder / "a.pdf").write_bytes(b"%PDF a changed")
    second = Counting()
    r2 = list(analyze_many(folder, workers=1, progress=False, cache_dir=cache, analyze_fn=second))
    assert sorted(second.calls) == ["a.pdf", "e.pdf"]
    assert names(r2) == ["a.pdf", "b.pdf", "e.pdf", "sub/c.PNG", "sub/d.tiff"]
    assert r2[1] == r1[1]
    third = Counting()
    list(analyze_many(folder, workers=2, progress=False, cache_dir=cache, analyze_fn=third))
    assert third.calls == []  # (a pool would not report calls here, but nothing was left to analyze)


def test_cache_key_changes_with_versions_and_facts(folder, tmp_path, monkeypatch, fixed_versions):
    cache = tmp_path / "cache"
    list(analyze_many(folder, workers=1, progress=False, cache_dir=cache, analyze_fn=fake_analyze))
    seam = Counting()
    list(analyze_many(folder, workers=1, progress=False, cache_dir=cache, analyze_fn=seam,
                      facts={"b.pdf": {"is_cancer": True}}))
    assert seam.calls == ["b.pdf"]
    monkeypatch.setattr(bulkmod, "_versions", lambda: {**FIXED_VERSIONS, "catalogue": "c2"})
    seam = Counting()
    list(analyze_many(folder, workers=1, progress=False, cache_dir=cache, analyze_fn=seam))
    assert len(seam.calls) == 4


def test_cache_skips_transient_errors_and_same_bytes_other_name(tmp_path, fixed_versions):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.pdf").write_bytes(b"CORRUPT")
    (d / "b.pdf").write_bytes(b"NOOCR")
    (d / "c.pdf").write_bytes(b"BOOM")
    (d / "d.pdf").write_bytes(b"same")
    cache = tmp_path / "cache"
    list(analyze_many(d, workers=1, progress=False, cache_dir=cache, analyze_fn=fake_analyze))
    (d / "z.pdf").write_bytes(b"same")
    seam = Counting()
    results = list(analyze_many(d, workers=1, progress=False, cache_dir=cache, analyze_fn=seam))
    assert seam.calls == ["b.pdf", "c.pdf"]  # OCR missing and crashes are retried, a corrupt file is not
    assert names(results)[-1] == "z.pdf"  # a cached result carries the name it was found under now


def test_cache_survives_damaged_entry(tmp_path):
    c = ResultCache(tmp_path)
    key = cache_key("abc", FIXED_VERSIONS)
    assert c.put(key, {"errors": [], "source": {}})
    assert c.get(key) == {"errors": [], "source": {}} and key in c and len(c) == 1
    c.path(key).write_text("{broken")
    assert c.get(key) is None
    assert not c.put(key, {"errors": [{"code": "internal_error", "message": "x"}]})


def test_analyze_one_never_raises(tmp_path):
    r = analyze_one(Source(name="x.pdf", path=str(tmp_path / "missing.pdf")), analyze_fn=fake_analyze)
    assert r["errors"][0]["code"] == "file_not_found" and r["source"]["file"] == "x.pdf"
    r = analyze_one(Source(name="y.pdf"), b"BOOM", analyze_fn=fake_analyze)
    assert r["errors"][0]["code"] == "internal_error"


def test_stopping_early_shuts_the_pool(folder):
    it = analyze_many(folder, workers=2, progress=False, analyze_fn=fake_analyze)
    first = next(it)
    it.close()
    assert first["source"]["file"] == "a.pdf"


def test_top_level_export():
    import analyzer

    assert callable(analyzer.analyze_many) and callable(analyzer.to_frames)
