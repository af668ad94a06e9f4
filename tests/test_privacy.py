"""Privacy guarantees, tested: no network while analyzing (text and OCR, and in the app), no letter text,
member name or member id in logs or error messages, no usage statistics, no temporary files left.

The canary letter names a member and an id that appear nowhere else; any log record, printed line, warning or
error message that contains either one is a leak.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import tempfile
import tomllib
import traceback
import warnings
from pathlib import Path

import hostile_files as hf  # tests/ is on sys.path: pytest's rootdir-relative import of test helpers
import pytest

import analyzer
from analyzer import AnalyzerError, analyze

REPO = Path(__file__).resolve().parents[1]
CANARIES = (hf.CANARY_NAME, hf.CANARY_ID, hf.CANARY_NAME.split()[1])  # the surname alone too


# ---- helpers ---------------------------------------------------------------------------------------------------
def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)) and not isinstance(address, tuple):
        return True  # AF_UNIX path
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, bytes):
        host = host.decode()
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture
def no_network(monkeypatch):
    """Record (and refuse) every connection or name lookup outside loopback made in this process."""
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_getaddrinfo = socket.create_connection, socket.getaddrinfo

    def guard(kind, address):
        if not _is_local(address):
            attempts.append(f"{kind} {address!r}")
            raise ConnectionRefusedError(f"test_privacy: network access refused ({kind})")

    def connect(self, address):
        if self.family != socket.AF_UNIX:
            guard("socket.connect", address)
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family != socket.AF_UNIX:
            guard("socket.connect_ex", address)
        return real_connect_ex(self, address)

    def create_connection(address, *a, **k):
        guard("socket.create_connection", address)
        return real_create(address, *a, **k)

    def getaddrinfo(host, *a, **k):
        guard("socket.getaddrinfo", (host,))
        return real_getaddrinfo(host, *a, **k)

    def sendto(self, data, *args):
        address = args[-1]
        guard("socket.sendto", address)
        return real_sendto(self, data, *args)

    real_sendto = socket.socket.sendto
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    assert not attempts, f"network access while analyzing: {attempts}"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string still must not leak its args
            msg = f"{record.msg} {record.args!r}"
        exc = "".join(traceback.format_exception(*record.exc_info)) if record.exc_info else ""
        self.lines.append(f"{record.name} {record.levelname} {msg} {exc} {record.stack_info or ''}")


@pytest.fixture
def all_logs():
    """Every log record at DEBUG, as a user who runs ``logging.basicConfig(level=logging.DEBUG)`` would see it.

    The root logger and every ``analyzer.*`` logger are set to DEBUG; third-party loggers keep the level the
    analyzer (or the library) gave them, since silencing a chatty parser is a legitimate fix. Loggers that do
    not propagate get the handler attached directly, so nothing escapes the check.
    """
    h = _Collect()
    root = logging.getLogger()
    saved = [(root, root.level)]
    root.addHandler(h)
    root.setLevel(logging.DEBUG)
    extra = []
    logging.captureWarnings(True)

    def attach_all():  # loggers created during the run (lazy imports) are attached again before checking
        for name, lg in list(logging.root.manager.loggerDict.items()):
            if not isinstance(lg, logging.Logger):
                continue
            if (name == "analyzer" or name.startswith("analyzer.")) and lg.level not in (logging.NOTSET, logging.DEBUG):
                saved.append((lg, lg.level))
                lg.setLevel(logging.DEBUG)
            if not lg.propagate and h not in lg.handlers:
                lg.addHandler(h)
                extra.append(lg)

    attach_all()
    h.attach_all = attach_all  # type: ignore[attr-defined]
    try:
        yield h
    finally:
        logging.captureWarnings(False)
        root.removeHandler(h)
        for lg in extra:
            lg.removeHandler(h)
        for lg, level in saved:
            lg.setLevel(level)


def _assert_no_canary(where: str, texts) -> None:
    for t in texts:
        for c in CANARIES:
            assert c not in str(t), f"{where}: the canary {c!r} leaked: ...{_around(str(t), c)}..."


def _around(text: str, c: str) -> str:
    i = text.find(c)
    return text[max(0, i - 80): i + len(c) + 40].replace("\n", " ")


def _exception_texts(exc: BaseException) -> list[str]:
    out = ["".join(traceback.format_exception(exc))]
    for attr in ("message", "detail", "args"):
        out.append(repr(getattr(exc, attr, "")))
    return out


def canary_letter() -> tuple[bytes, str]:
    """A generated letter naming the canary member: samplegen when it takes the member, else our own letter."""
    try:
        from analyzer import samplegen
    except ImportError:
        return hf.canary_pdf(), "own"
    try:
        spec = samplegen.generate(3, member_name=hf.CANARY_NAME, member_id=hf.CANARY_ID)
    except TypeError:
        return hf.canary_pdf(), "own"
    pdf = samplegen.render_pdf(spec, None)
    return pdf, "samplegen"


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    pdf, _ = canary_letter()
    return pdf


@pytest.fixture(scope="module")
def warm():
    """Load the model before a test starts watching (loading is not analyzing, but it must be offline too)."""
    analyze(hf.text_pdf(), file_name="warm.pdf")


# ---- (a) no network --------------------------------------------------------------------------------------------
@pytest.mark.timeout(300)
def test_no_network_while_analyzing_text_and_scan(no_network, letter_pdf):
    a = analyze(letter_pdf, file_name="letter.pdf")
    assert a.ok, a.result["errors"]
    s = analyze(hf.scan_of(hf.canary_pdf(), dpi=200), file_name="scan.pdf")
    assert s.ok, s.result["errors"]
    assert s.result["source"]["ocr_pages"], "the scan should have been OCR'd"


def test_the_guard_catches_a_connection(no_network):
    """The guard itself works: an outside address is refused and recorded (then cleared for this test)."""
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    assert no_network
    no_network.clear()


@pytest.mark.timeout(300)
def test_no_network_while_the_app_runs_a_letter(no_network, warm):
    if not (REPO / "app.py").exists():
        pytest.skip("app.py not present")
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=240)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if not hasattr(at, "file_uploader") or not at.radio:
        pytest.skip("AppTest cannot drive the uploader in this Streamlit version")
    at.radio(key="input_mode").set_value("Upload my letter").run()
    if not len(at.file_uploader):
        pytest.skip("no file uploader on the page")
    at.file_uploader[0].set_value(("letter.pdf", hf.canary_pdf(), "application/pdf")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert "analysis" in at.session_state, "the page did not analyze the uploaded letter"
    assert at.session_state["analysis"].ok, "the uploaded letter should have been analyzed without errors"


# ---- (b) no canary in logs or errors ---------------------------------------------------------------------------
@pytest.mark.timeout(300)
def test_no_letter_content_in_logs(all_logs, capfd, letter_pdf):
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        a = analyze(letter_pdf, file_name="letter.pdf")
        assert a.ok, a.result["errors"]
        s = analyze(hf.scan_of(hf.canary_pdf(), dpi=200), file_name="scan.pdf")
        assert s.ok, s.result["errors"]
    # the canary reached the analysis (so the test means something) ...
    found = " ".join(p.text for p in a.document.pages)
    assert hf.CANARY_NAME in found or hf.CANARY_ID in found, "the canary is not in the letter's text"
    all_logs.attach_all()
    out, err = capfd.readouterr()
    # ... and nowhere else
    _assert_no_canary("log records", all_logs.lines)
    _assert_no_canary("stdout/stderr", [out, err])
    _assert_no_canary("warnings", [str(w.message) for w in warned])
    # no whole line of the letter in the logs either
    lines = [ln for ln in hf.canary_lines() if len(ln) >= 30]
    blob = "\n".join(all_logs.lines)
    leaked = [ln for ln in lines if ln in blob]
    assert not leaked, f"{len(leaked)} letter line(s) appear in the logs"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("case", list(hf.canary_corrupt_pdfs()))
def test_no_canary_in_errors_of_damaged_files(all_logs, capfd, case):
    data = hf.canary_corrupt_pdfs()[case]
    texts, raw = [], None
    try:
        a = analyze(data, file_name="letter.pdf")
        texts += [repr(a.result.get("errors")), repr(a.result.get("warnings"))]
        analyze(data, file_name="letter.pdf", raise_errors=True)
    except AnalyzerError as exc:
        texts += _exception_texts(exc)
    except Exception as exc:  # noqa: BLE001 - a raw exception is a second bug; check its text first
        texts += _exception_texts(exc)
        raw = f"{type(exc).__module__}.{type(exc).__name__}"
    all_logs.attach_all()
    out, err = capfd.readouterr()
    _assert_no_canary(f"{case}: errors, warnings and exceptions", texts)
    _assert_no_canary(f"{case}: log records", all_logs.lines)
    _assert_no_canary(f"{case}: stdout/stderr", [out, err])
    assert raw is None, f"{case}: analyze() raised a raw {raw} instead of returning an error"


@pytest.mark.timeout(120)
def test_file_name_with_member_name_is_not_logged(all_logs, capfd):
    """People name uploads after the member ("Zebulon Quixtaff denial.pdf"): the name must stay out of logs."""
    name = f"{hf.CANARY_NAME} {hf.CANARY_ID} denial.pdf"
    analyze(hf.truncated_pdf(), file_name=name)
    analyze(hf.text_pdf(), file_name=name)
    all_logs.attach_all()
    out, err = capfd.readouterr()
    _assert_no_canary("log records (file name)", all_logs.lines)
    _assert_no_canary("stdout/stderr (file name)", [out, err])


@pytest.mark.timeout(300)
def test_bulk_error_rows_carry_no_canary(tmp_path, all_logs):
    """The bulk runner turns failures into rows: those rows and its logs must not quote the letter either."""
    for case, data in hf.canary_corrupt_pdfs().items():
        (tmp_path / f"{case}.pdf").write_bytes(data)
    rows = list(analyzer.analyze_many(str(tmp_path), workers=1, progress=False))
    assert len(rows) == len(hf.canary_corrupt_pdfs())
    all_logs.attach_all()
    _assert_no_canary("bulk error rows", [repr(r.get("errors")) for r in rows])
    _assert_no_canary("bulk log records", all_logs.lines)


# ---- (c) no usage statistics -----------------------------------------------------------------------------------
def test_streamlit_usage_statistics_off():
    cfg = REPO / ".streamlit" / "config.toml"
    if not cfg.exists():
        pytest.skip(".streamlit/config.toml not present")
    conf = tomllib.loads(cfg.read_text())
    assert conf.get("browser", {}).get("gatherUsageStats") is False, "set [browser] gatherUsageStats = false"


# ---- (d) temporary files removed -------------------------------------------------------------------------------
@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setenv("TMPDIR", str(d))
    monkeypatch.setattr(tempfile, "tempdir", str(d))
    return d


def _new_analyzer_files(before: set[str]) -> list[str]:
    now = set(os.listdir(tempfile.gettempdir()))
    return sorted(now - before)


@pytest.mark.timeout(300)
def test_no_temp_files_after_analyze_and_ocr(private_tmp, letter_pdf, tmp_path):
    before = set(os.listdir(private_tmp))
    analyze(letter_pdf, file_name="letter.pdf")
    assert _new_analyzer_files(before) == [], "temporary files left after analyzing a text letter"
    s = analyze(hf.scan_of(hf.canary_pdf(), dpi=200), file_name="scan.pdf")
    assert s.result["source"]["ocr_pages"], "the scan should have been OCR'd"
    assert _new_analyzer_files(before) == [], "temporary files left after OCR"
    p = tmp_path / "photo.png"
    p.write_bytes(hf.png_letter())
    analyze(p)
    analyze(hf.truncated_pdf(), file_name="bad.pdf")
    assert _new_analyzer_files(before) == [], "temporary files left after an image or a failure"


@pytest.fixture
def recorded_temps(monkeypatch):
    """Every temporary file or directory this process creates through ``tempfile`` (named files, directories,
    pytesseract's ``tess_*`` files), wherever it lives: exact even while other processes share /tmp."""
    created: list[str] = []
    real_inner, real_mkdtemp = tempfile._mkstemp_inner, tempfile.mkdtemp  # type: ignore[attr-defined]

    def inner(*a, **k):
        fd, name = real_inner(*a, **k)
        created.append(name)
        return fd, name

    def mkdtemp(*a, **k):
        path = real_mkdtemp(*a, **k)
        created.append(path)
        return path

    monkeypatch.setattr(tempfile, "_mkstemp_inner", inner)
    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    return created


def _left(created: list[str]) -> list[str]:
    """Recorded temp paths still present, plus files a tool wrote next to them with the same prefix."""
    out = set()
    for p in created:
        if os.path.exists(p):
            out.add(p)
        d, base = os.path.split(p)
        try:
            out.update(os.path.join(d, n) for n in os.listdir(d) if n.startswith(base) and len(base) >= 8)
        except FileNotFoundError:
            pass
    return sorted(out)


@pytest.mark.timeout(300)
def test_no_temp_files_in_the_shared_tempdir(recorded_temps, letter_pdf):
    """The same check on the real temp directory: files this process created there are all gone afterwards."""
    analyze(letter_pdf, file_name="letter.pdf")
    analyze(hf.truncated_pdf(), file_name="bad.pdf")
    s = analyze(hf.scan_of(hf.canary_pdf(), dpi=200), file_name="scan.pdf")
    assert s.result["source"]["ocr_pages"], "the scan should have been OCR'd"
    left = _left(recorded_temps)
    assert not left, f"temporary files left behind: {[os.path.basename(p) for p in left]}"
