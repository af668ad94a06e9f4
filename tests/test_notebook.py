"""samples/bulk_analysis.ipynb runs top to bottom (nbclient) on this interpreter's kernel."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "samples" / "bulk_analysis.ipynb"


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch):
    """A kernelspec that runs the interpreter running the tests (the venv), found before any other ``python3``."""
    spec = tmp_path / "jupyter" / "kernels" / "bulk-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "bulk test", "language": "python",
        "env": {"PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"},  # matplotlib: the inline backend
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # importing streamlit (the app tests, earlier in the same run) sets MPLBACKEND=Agg process-wide, and the kernel
    # inherits it: the charts then never reach the notebook's outputs
    monkeypatch.delenv("MPLBACKEND", raising=False)
    return "bulk-test"


def test_notebook_is_committed_clean():
    nb = json.loads(NOTEBOOK.read_text())
    assert all(not c.get("outputs") for c in nb["cells"] if c["cell_type"] == "code"), "clear outputs before committing"


@pytest.mark.slow
@pytest.mark.timeout(1800)  # OCR of the scanned samples, twice (local and Dask), on a busy 2-core box
def test_bulk_notebook_executes(venv_kernel, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, kernel_name=venv_kernel, timeout=1200,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(o.get("text", "") if isinstance(o.get("text"), str) else "" for o in outputs)
    assert "Dask tables identical to the local run" in text
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2  # the bar charts and the highlighted page
    tables = [o for o in outputs if "text/html" in o.get("data", {})]
    assert tables  # the documents / flags tables render
