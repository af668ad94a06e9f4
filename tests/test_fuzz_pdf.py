"""Mutation fuzzing of real generated letters: bit flips, truncations, duplicated and deleted objects, a deleted
cross-reference table, junk inserted, wrong stream lengths. Every mutant must get an answer (an analysis or an
error code) from ``analyze()``: no uncaught exception, no hang (30 s watchdog), no temporary file left.

40 seeded mutants run by default; ``FUZZ_CASES=500`` (any number) runs that many more in the slow test, and
``FUZZ_SEED`` changes the seed. A failing case prints its seed and mutation so it can be replayed with
``PYTHONPATH=. python tests/test_fuzz_pdf.py SEED OUT.pdf``.
"""

from __future__ import annotations

import os
import random
import re
import sys
from pathlib import Path

import hostile_files as hf  # tests/ is on sys.path: pytest's rootdir-relative import of test helpers
import pytest

from analyzer.errors import ALL_ERRORS

KNOWN_CODES = {e.code for e in ALL_ERRORS}
DEFAULT_CASES = 40
SLOW_CASES = int(os.environ.get("FUZZ_CASES", "120"))
BASE_SEED = int(os.environ.get("FUZZ_SEED", "20261126"))
N_LETTERS = 4  # distinct generated letters to mutate


def base_letters() -> list[bytes]:
    samplegen = pytest.importorskip("analyzer.samplegen")
    return [samplegen.render_pdf(samplegen.generate(seed), None) for seed in range(N_LETTERS)]


# ---- mutations: each takes (rng, data) and returns (description, mutated bytes) ------------------------------
_OBJ = re.compile(rb"\d+ 0 obj\b.*?endobj", re.S)


def flip_bits(rng: random.Random, data: bytes):
    b = bytearray(data)
    n = rng.choice([1, 2, 8, 64])
    for _ in range(n):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return f"flip {n} bits", bytes(b)


def truncate(rng: random.Random, data: bytes):
    at = rng.randrange(1, len(data))
    return f"truncate at {at}/{len(data)}", data[:at]


def duplicate_object(rng: random.Random, data: bytes):
    objs = list(_OBJ.finditer(data))
    if not objs:
        return flip_bits(rng, data)
    m = rng.choice(objs)
    at = rng.choice([m.end(), rng.randrange(len(data))])
    return f"duplicate object at {m.start()} to {at}", data[:at] + b"\n" + m.group(0) + b"\n" + data[at:]


def delete_object(rng: random.Random, data: bytes):
    objs = list(_OBJ.finditer(data))
    if not objs:
        return truncate(rng, data)
    m = rng.choice(objs)
    return f"delete object at {m.start()}", data[:m.start()] + data[m.end():]


def delete_xref(rng: random.Random, data: bytes):
    x = data.rfind(b"\nxref")
    t = data.rfind(b"trailer")
    if x < 0 or t < x:
        return truncate(rng, data)
    return "delete xref table", data[:x + 1] + data[t:]


def wrong_startxref(rng: random.Random, data: bytes):
    s = data.rfind(b"startxref")
    if s < 0:
        return flip_bits(rng, data)
    off = rng.choice([0, 1, len(data) * 2, rng.randrange(len(data))])
    return f"startxref -> {off}", data[:s] + b"startxref\n%d\n%%%%EOF\n" % off


def wrong_length(rng: random.Random, data: bytes):
    ms = list(re.finditer(rb"/Length (\d+)", data))
    if not ms:
        return flip_bits(rng, data)
    m = rng.choice(ms)
    new = rng.choice([b"0", b"1", b"99999999", b"-5", b"%d 0 R" % rng.randrange(1, 50)])
    return f"/Length at {m.start()} -> {new.decode()}", data[:m.start(1)] + new + data[m.end(1):]


def insert_junk(rng: random.Random, data: bytes):
    at = rng.randrange(len(data))
    junk = rng.choice([rng.randbytes(rng.randrange(1, 512)), b"[" * 5000, b"<<" * 2000, b"(" * 3000,
                       b"endobj endstream xref trailer", b"%PDF-1.7\n"])
    return f"insert {len(junk)} junk bytes at {at}", data[:at] + junk + data[at:]


def zero_chunk(rng: random.Random, data: bytes):
    at = rng.randrange(len(data))
    n = rng.randrange(1, 4096)
    return f"zero {n} bytes at {at}", data[:at] + b"\x00" * min(n, len(data) - at) + data[at + n:]


def splice(rng: random.Random, data: bytes):
    """Swap two chunks of the file (objects end up out of order and offsets wrong)."""
    a, b = sorted(rng.sample(range(len(data)), 2))
    c = rng.randrange(b, len(data) + 1)
    return f"swap [{a}:{b}] and [{b}:{c}]", data[:a] + data[b:c] + data[a:b] + data[c:]


MUTATIONS = [flip_bits, truncate, duplicate_object, delete_object, delete_xref, wrong_startxref, wrong_length,
             insert_junk, zero_chunk, splice]


def mutant(seed: int, letters: list[bytes]) -> tuple[str, bytes]:
    rng = random.Random(seed)
    data = rng.choice(letters)
    steps = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        desc, data = rng.choice(MUTATIONS)(rng, data)
        steps.append(desc)
        if not data:
            break
    return "; ".join(steps), data


# ---- the run ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def letters():
    return base_letters()


@pytest.fixture(scope="module")
def worker(tmp_path_factory, letters):
    with hf.warmed_worker(tmp_path_factory.mktemp("fuzz-worker"), "mutated PDFs mean nothing") as w:
        yield w


def run_mutant(worker, tmp_path, letters, seed: int) -> None:
    desc, data = mutant(seed, letters)
    p = tmp_path / f"mutant-{seed}.pdf"
    p.write_bytes(data)
    out = worker.run(p, timeout=30.0)
    where = f"seed {seed} ({desc}); replay: PYTHONPATH=. python tests/test_fuzz_pdf.py {seed} out.pdf"
    assert out.status not in ("hang", "died"), f"{where}: no answer: {out.exception}"
    assert out.status != "exception", f"{where}: analyze() raised:\n{out.traceback}"
    assert not out.leftovers, f"{where}: temporary files left: {out.leftovers}"
    assert not out.schema_errors, f"{where}: schema errors: {out.schema_errors}"
    assert all(c in KNOWN_CODES for c in out.codes), f"{where}: unknown error codes {out.codes}"
    p.unlink()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("i", range(DEFAULT_CASES))
def test_mutant(worker, tmp_path, letters, i):
    run_mutant(worker, tmp_path, letters, BASE_SEED + i)


@pytest.mark.slow
@pytest.mark.timeout(max(300, SLOW_CASES * 30))
def test_mutants_long_run(worker, tmp_path, letters):
    """More mutants (FUZZ_CASES, default 120): collects every failure, then reports them all."""
    failures = []
    for i in range(DEFAULT_CASES, DEFAULT_CASES + SLOW_CASES):
        try:
            run_mutant(worker, tmp_path, letters, BASE_SEED + i)
        except AssertionError as e:
            failures.append(str(e).splitlines()[0][:400])
    assert not failures, f"{len(failures)}/{SLOW_CASES} mutants failed:\n" + "\n".join(failures[:30])


SCAN_CASES = int(os.environ.get("FUZZ_SCAN_CASES", "8"))


@pytest.mark.slow
@pytest.mark.timeout(max(300, SCAN_CASES * 40))
def test_scan_mutants(worker, tmp_path):
    """Mutated image-only PDFs (a 100 dpi scan): damaged JPEG streams and image dictionaries reach the renderer,
    the image preparation and OCR. FUZZ_SCAN_CASES sets how many (default 8)."""
    samplegen = pytest.importorskip("analyzer.samplegen")
    scan = samplegen.render_scan(samplegen.render_pdf(samplegen.generate(5), None), dpi=100, seed=2)
    failures = []
    for i in range(SCAN_CASES):
        seed = BASE_SEED + 10_000 + i
        rng = random.Random(seed)
        desc, data = rng.choice([flip_bits, truncate, zero_chunk, wrong_length, insert_junk, splice])(rng, scan)
        p = tmp_path / f"scan-mutant-{seed}.pdf"
        p.write_bytes(data)
        out = worker.run(p, timeout=30.0)
        problem = (f"no answer: {out.exception}" if out.status in ("hang", "died") else
                   f"raised: {out.exception}" if out.status == "exception" else
                   f"temporary files left: {out.leftovers}" if out.leftovers else
                   f"schema errors: {out.schema_errors}" if out.schema_errors else "")
        if problem:
            failures.append(f"scan seed {seed} ({desc}): {problem}")
    assert not failures, "\n".join(failures)


if __name__ == "__main__":  # replay one mutant: python tests/test_fuzz_pdf.py SEED OUT.pdf
    from analyzer import samplegen

    seed, out = int(sys.argv[1]), Path(sys.argv[2])
    ls = [samplegen.render_pdf(samplegen.generate(s), None) for s in range(N_LETTERS)]
    d, b = mutant(seed, ls)
    out.write_bytes(b)
    print(d)
