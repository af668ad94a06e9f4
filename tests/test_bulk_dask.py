"""The Dask path gives the same results and tables as the local path (slow: starts a LocalCluster)."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest
import test_bulk_support

from analyzer import analyze_many, to_frames

pytestmark = pytest.mark.slow
generated_letters = test_bulk_support.generated_letters  # the shared fixture


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture
def letters(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    for i in range(5):
        (d / f"{i}.pdf").write_bytes(b"ok%d" % i)
    (d / "sub" / "bad.pdf").write_bytes(b"CORRUPT")
    (d / "sub" / "boom.png").write_bytes(b"BOOM")
    with zipfile.ZipFile(d / "batch.zip", "w") as zf:
        zf.writestr("z.pdf", b"okz")
    return d


def test_dask_matches_local_with_seam(cluster, letters):
    from distributed import Client
    from test_bulk import fake_analyze

    local = list(analyze_many(letters, workers=2, progress=False, analyze_fn=fake_analyze))
    with Client(cluster) as client:
        seen = []
        remote = list(analyze_many(letters, client=client, analyze_fn=fake_analyze,
                                   progress=lambda d, t, n: seen.append(d)))
    assert remote == local
    assert seen == list(range(1, len(local) + 1))
    assert [r["errors"][0]["code"] if r["errors"] else "ok" for r in remote][-2:] == ["corrupt_document",
                                                                                       "internal_error"]
    for name, df in to_frames(local):
        pd.testing.assert_frame_equal(df, to_frames(remote)[name])


def test_dask_scheduler_address_and_zip(cluster, letters):
    from test_bulk import fake_analyze

    res = list(analyze_many([letters / "batch.zip", letters / "0.pdf"], client=cluster.scheduler_address,
                            progress=False, analyze_fn=fake_analyze))
    assert [r["source"]["file"] for r in res] == ["batch.zip:z.pdf", str(letters / "0.pdf")]
    assert not any(r["errors"] for r in res)


def test_dask_shared_paths(cluster, letters):
    from test_bulk import fake_analyze

    by_bytes = list(analyze_many(letters, client=cluster.scheduler_address, progress=False, analyze_fn=fake_analyze))
    by_path = list(analyze_many(letters, client=cluster.scheduler_address, progress=False, analyze_fn=fake_analyze,
                                shared_paths=True))
    assert by_path == by_bytes


def test_dask_real_analyze_matches_local(cluster, generated_letters):
    from distributed import Client

    local = to_frames(analyze_many(generated_letters, workers=2, progress=False))
    with Client(cluster) as client:
        remote = to_frames(analyze_many(generated_letters, client=client, progress=False))
    assert (local.documents.status == "ok").all()
    for name, df in local:
        pd.testing.assert_frame_equal(df, remote[name])
