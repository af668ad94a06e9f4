"""Shared fixture for the bulk integration tests: a few generated letters (synthetic, no real member data)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def generated_letters(tmp_path_factory):
    samplegen = pytest.importorskip("analyzer.samplegen")
    if not hasattr(samplegen, "generate"):
        pytest.skip("sample generator not available yet")
    d = tmp_path_factory.mktemp("generated")
    for seed in range(6):
        (d / f"gen-{seed:02d}.pdf").write_bytes(samplegen.render_pdf(samplegen.generate(seed), None))
    return d
