"""analyze_many + to_frames with the real analyze() on generated letters and hostile files made here."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest
import test_bulk_support

from analyzer import analyze_many, to_frames
from analyzer import bulk as bulkmod
from analyzer.frames import COLUMNS

generated_letters = test_bulk_support.generated_letters  # the shared fixture


@pytest.fixture(scope="module")
def mixed(generated_letters, tmp_path_factory):
    """Generated letters plus files that must fail, in one folder and one ZIP."""
    hostile = pytest.importorskip("hostile_files")
    d = tmp_path_factory.mktemp("mixed")
    for p in sorted(generated_letters.glob("*.pdf"))[:4]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "zz-truncated.pdf").write_bytes(hostile.truncated_pdf())
    (d / "zz-empty.pdf").write_bytes(b"")
    (d / "zz-locked.pdf").write_bytes(hostile.user_password_pdf())
    with zipfile.ZipFile(d / "batch.zip", "w") as zf:
        first = sorted(generated_letters.glob("*.pdf"))[4]
        zf.writestr("inner/letter.pdf", first.read_bytes())
        zf.writestr("inner/random.pdf", hostile.random_bytes())
    return d


@pytest.fixture(scope="module")
def local_results(mixed):
    return list(analyze_many([mixed, mixed / "batch.zip"], workers=2, progress=False))


def test_every_input_gets_a_result_in_order(local_results, mixed):
    names = [r["source"]["file"] for r in local_results]
    folder = sorted(p for p in mixed.glob("*.pdf"))
    assert names[:len(folder)] == [str(p) for p in folder]
    assert names[len(folder):] == ["batch.zip:inner/letter.pdf", "batch.zip:inner/random.pdf"]
    status = {(n if n.startswith("batch.zip:") else n.rsplit("/", 1)[-1]): (r["errors"][0]["code"] if r["errors"] else "ok")
              for n, r in zip(names, local_results, strict=True)}
    assert [v for k, v in status.items() if k.startswith("gen-") or k == "batch.zip:inner/letter.pdf"] == ["ok"] * 5
    assert status["zz-locked.pdf"] == "encrypted_document"
    assert status["zz-empty.pdf"] in {"empty_document", "not_a_document", "corrupt_document"}
    assert status["zz-truncated.pdf"] != "ok" and status["batch.zip:inner/random.pdf"] != "ok"
    assert "internal_error" not in status.values()


def test_in_process_and_pool_agree(local_results, mixed):
    by_name = {r["source"]["file"]: r for r in local_results}
    subset = [str(p) for p in sorted(mixed.glob("gen-*.pdf"))[:2]] + [str(mixed / "zz-locked.pdf")]
    one = list(analyze_many(subset, workers=1, progress=False))
    for a, b in zip(one, [by_name[n] for n in subset], strict=True):
        assert a["source"]["file"] == b["source"]["file"]
        assert {k: v for k, v in a.items() if a[k] != b.get(k)} == {}, a["source"]["file"]


def test_tables_from_real_results(local_results):
    f = to_frames(local_results)
    for name, df in f:
        assert tuple(df.columns) == COLUMNS[name]
    docs = f.documents
    assert len(docs) == len(local_results) and docs.doc_id.is_unique
    ok = docs[docs.status == "ok"]
    assert ok.insurer.notna().all() and ok.letter_kind.notna().all()
    assert (docs[docs.status == "error"].error_message.str.len() > 20).all()
    # every rule has an outcome for every analyzed letter
    per_doc = f.rule_outcomes.groupby("doc_id").size()
    assert set(per_doc.index) == set(ok.doc_id) and per_doc.nunique() == 1
    assert set(f.rule_outcomes.status) <= {"raised", "passed", "not_applicable", "insufficient_data"}
    assert (f.flags.groupby("doc_id").size().reindex(ok.doc_id, fill_value=0).values == ok.n_flags.values).all()
    flag_ev = f.evidence[f.evidence.owner == "flag"]
    assert set(flag_ev.key) <= set(f.flags.rule_id)
    assert f.evidence.page.ge(1).all()


class CountingAnalyze:
    """The real analyze() behind the seam, counting calls (in-process)."""

    def __init__(self):
        self.calls = []

    def __call__(self, source, **kw):
        from analyzer.pipeline import analyze

        self.calls.append(kw["file_name"])
        return analyze(source, **kw)


def test_rerun_with_cache_analyzes_only_new_letters(generated_letters, tmp_path):
    d = tmp_path / "run"
    d.mkdir()
    letters = sorted(generated_letters.glob("*.pdf"))
    for p in letters[:3]:
        (d / p.name).write_bytes(p.read_bytes())
    cache = tmp_path / "cache"
    first = CountingAnalyze()
    r1 = list(analyze_many(d, workers=1, progress=False, cache_dir=cache, analyze_fn=first))
    assert len(first.calls) == 3
    (d / letters[3].name).write_bytes(letters[3].read_bytes())
    second = CountingAnalyze()
    r2 = list(analyze_many(d, workers=1, progress=False, cache_dir=cache, analyze_fn=second))
    assert second.calls == [letters[3].name]
    assert r2[:3] == r1
    pd.testing.assert_frame_equal(to_frames(r2[:3]).flags, to_frames(r1).flags)


def test_facts_reach_analyze(generated_letters):
    name = sorted(generated_letters.glob("*.pdf"))[0].name
    facts = pd.DataFrame({"file": [name], "serious_condition": [True]})
    r = next(analyze_many(generated_letters, workers=1, progress=False, facts=facts))
    assert r["source"]["file"] == name
    assert r["facts"].get("serious_condition", {}).get("value") is True


def test_start_method_is_known():
    assert bulkmod.START_METHOD in {"fork", "forkserver", "spawn"}
