"""The page in a real browser: Debian's chromium driven by Playwright against a Streamlit server on 127.0.0.1.

Uploads a scanned letter (image-only PDF, so OCR runs), waits for the highlighted pages, downloads the DOCX and
saves screenshots under ``test-artifacts/app/``. Slow: CI runs it (``make test`` installs chromium); the quick
run skips it. Playwright never downloads a browser here: it is pointed at /usr/bin/chromium.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts" / "app"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``streamlit run app.py`` on a free local port; stopped by its PID afterwards."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=log, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start; see {log_path}")
            time.sleep(0.3)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()


@pytest.fixture(scope="module")
def scanned_letter(tmp_path_factory) -> Path:
    samplegen = pytest.importorskip("analyzer.samplegen")
    from analyzer.samplegen.render import render_scan

    spec = samplegen.generate(11, plan_type="commercial_hmo", state="CA")
    path = tmp_path_factory.mktemp("letters") / "scanned-denial.pdf"
    path.write_bytes(render_scan(samplegen.render_pdf(spec, None), dpi=200, seed=3))
    return path


@pytest.fixture()
def browser_page(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000}, accept_downloads=True,
        )
        try:
            yield ctx.new_page()
        finally:
            ctx.close()


def test_upload_a_scan_see_highlights_and_download_the_docx(server, scanned_letter, browser_page) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser_page
    page.goto(server)
    page.locator('input[type="file"]').first.wait_for(state="attached", timeout=180_000)
    page.screenshot(path=str(ARTIFACTS / "01-start.png"))

    page.locator('input[type="file"]').first.set_input_files(str(scanned_letter))
    page.get_by_text("What this letter says").wait_for(timeout=240_000)
    page.get_by_text("Problems found in the letter").wait_for(timeout=120_000)
    assert page.get_by_text("Traceback").count() == 0
    page.screenshot(path=str(ARTIFACTS / "02-summary.png"))

    page.get_by_role("tab", name="Your letter with highlights").click()
    picture = page.locator('[data-testid="stImage"] img').first
    picture.wait_for(state="visible", timeout=180_000)
    assert picture.evaluate("img => img.naturalWidth") > 500
    picture.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "03-highlights.png"))

    page.get_by_role("tab", name="Your grievance letter").click()
    button = page.get_by_role("button", name="Letter (Word, DOCX)")
    button.wait_for(state="visible", timeout=180_000)
    page.screenshot(path=str(ARTIFACTS / "04-grievance.png"))
    with page.expect_download(timeout=180_000) as info:
        button.click()
    target = ARTIFACTS / "grievance.docx"
    info.value.save_as(str(target))
    assert target.read_bytes()[:2] == b"PK", "a DOCX is a ZIP file"
    # the download does not rerun the page: the member stays on the letter
    assert page.get_by_role("tab", name="Your grievance letter").get_attribute("aria-selected") == "true"
