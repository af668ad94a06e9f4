"""Property tests of the text path: whatever text a letter holds, the stages after reading never raise and
return a schema-valid result whose evidence points at the text it quotes.

Text comes in through ``Document.from_text`` (no PDF), so these run fast and in-process; the strategies aim at
what breaks text code: arbitrary Unicode (combining marks, RTL, emoji, controls, form feeds, NUL), one huge
line, no sentence punctuation at all, only numbers (dates, ids, codes, phone numbers), and letter-like
fragments shuffled with junk so the extractors and rules reach their deeper branches.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import hostile_files as hf  # tests/ is on sys.path: pytest's rootdir-relative import of test helpers
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from analyzer.document import Document
from analyzer.pipeline import analyze_document

SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schema" / "analysis.schema.json"

# Modest budgets so CI stays quick; FUZZ_EXAMPLES raises them for a longer run on demand.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
# Shrinking a failure on slow (quadratic) inputs can take many minutes: off by default so CI stays bounded and
# the unshrunk failure is reported; FUZZ_SHRINK=1 turns it on when investigating.
PHASES = tuple(Phase) if os.environ.get("FUZZ_SHRINK") else tuple(p for p in Phase if p is not Phase.shrink)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=5),  # a letter takes well under a second; the model is loaded by the fixture
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("FUZZ_RANDOM") is None,  # reproducible in CI; FUZZ_RANDOM=1 explores
    print_blob=True,
)

# Letter-like fragments (invented; no real letter) so generated text reaches extractors and rules.
FRAGMENTS = [
    "Kaiser Foundation Health Plan, Inc.", "Kaiser Permanente", "Northern California Region", "Colorado",
    "Dear Member:", "Member name:", "Member ID:", "Health record number:", "MRN", "Date:", "Re:",
    "We have denied your request for", "partially approved", "is not medically necessary",
    "experimental or investigational", "not a covered benefit", "out of network", "prior authorization",
    "second opinion", "CPT 97110", "HCPCS E0601", "ICD-10 M54.5", "Z51.11", "physical therapy", "MRI of the lumbar spine",
    "Reviewer:", "M.D.", "Medical Director", "Board certified in", "Orthopedic Surgery", "(800) 464-4000",
    "1-800-464-4000", "TTY 711", "Your Right to Appeal", "You have 180 days", "60 days", "within 6 months",
    "file a grievance", "Independent Medical Review", "Department of Managed Health Care", "DMHC",
    "expedited review", "72 hours", "urgent", "State Hearing", "Medi-Cal", "Medicare Advantage", "ERISA",
    "Notice of Action", "Integrated Denial Notice", "FEHB", "OPM", "InterQual", "MCG", "criteria",
    "January 5, 2026", "01/05/2026", "2026-01-05", "5 de enero de 2026", "Español", "ATENCIÓN:",
    "Sincerely,", "\f", "\n", "\n\n", "   ", "\t", ".", ":", ";", "—", "•",
]

fragments = st.sampled_from(FRAGMENTS)
junk = st.text(min_size=0, max_size=30)
letterish = st.lists(st.one_of(fragments, fragments, fragments, junk), min_size=0, max_size=120).map(" ".join)
any_unicode = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=3000)
controls = st.text(st.sampled_from(list("\x00\x01\x07\x08\x0b\x0c\r\n\t\u200b\u200e\u200f\u2028\u2029\ufeff\ufffd") + ["a", " "]),
                   max_size=500)
no_sentences = st.lists(st.text(st.characters(categories=("Ll", "Lu")), min_size=1, max_size=12),
                        max_size=400).map(" ".join)
numbers_only = st.lists(
    st.one_of(st.integers(min_value=0, max_value=10**15).map(str),
              st.from_regex(r"\d{1,2}/\d{1,2}/\d{2,4}", fullmatch=True),
              st.from_regex(r"\(?\d{3}\)? ?\d{3}-\d{4}", fullmatch=True),
              st.from_regex(r"[A-Z]\d{2}\.\d{1,4}", fullmatch=True),
              st.from_regex(r"\d{5}(-\d{4})?", fullmatch=True),
              st.sampled_from(["0", "-1", "1e309", "٣٤٥", "１２３", "Ⅻ", "½", "00000000000000000000"])),
    max_size=300).map(lambda xs: " ".join(xs))
huge_line = st.tuples(st.sampled_from(FRAGMENTS + ["x", "9", "é"]), st.integers(min_value=20_000, max_value=60_000)).map(
    lambda t: (t[0] + " ") * (t[1] // (len(t[0]) + 1)))

texts = st.one_of(letterish, any_unicode, controls, no_sentences, numbers_only, letterish)
pages = st.lists(texts, min_size=1, max_size=4)


@pytest.fixture(scope="module")
def validator():
    from analyzer.nlp import get_nlp

    get_nlp()  # load the model before the first timed example
    if not SCHEMA.exists():
        pytest.skip(f"shared schema not found at {SCHEMA} (CI lays shared/ beside the repository clone)")
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))


def check(doc: Document, validator) -> None:
    a = analyze_document(doc)
    res = a.result
    errors = sorted(validator.iter_errors(res), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message[:200]}" for e in errors[:5])
    json.dumps(res, ensure_ascii=False, allow_nan=False)  # the result must serialise as strict JSON
    problems = hf.span_problems(doc, res)
    assert not problems, problems


# Texts that may be slow run in a child process with a watchdog: a regex that backtracks quadratically holds the
# GIL inside C code, where pytest-timeout cannot interrupt it, so only killing a process bounds the run.
TEXT_WATCHDOG_S = 20.0  # a letter-sized text takes well under a second; ample margin on a loaded CI machine


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    with hf.warmed_worker(tmp_path_factory.mktemp("text-worker"), "edge texts mean nothing") as w:
        yield w


def check_in_worker(worker, pages: list[str], what: str) -> None:
    out = worker.run_text(pages, timeout=TEXT_WATCHDOG_S)
    assert out.status != "hang", f"{what}: no result within {TEXT_WATCHDOG_S:.0f} s (killed)"
    assert out.status != "died", f"{what}: the analyzing process died: {out.exception}"
    assert out.status != "exception", f"{what}: analyze_document raised:\n{out.traceback}"
    assert not out.schema_errors, f"{what}: schema errors {out.schema_errors}"
    assert not out.span_problems, f"{what}: {out.span_problems}"


@pytest.mark.timeout(300)
@FUZZ
@given(text=texts)
def test_any_text_gives_a_valid_result(text, validator):
    check(Document.from_text(text), validator)


@pytest.mark.timeout(300)
@FUZZ
@given(pages=pages)
def test_any_pages_give_a_valid_result(pages, validator):
    check(Document.from_text(pages), validator)


@pytest.mark.timeout(300)
@settings(FUZZ, max_examples=max(3, EXAMPLES // 12), deadline=None)  # the worker's watchdog bounds each example
@given(text=huge_line)
def test_huge_line(text, worker):
    check_in_worker(worker, [text], f"one line of {len(text)} chars starting {text[:20]!r}")


EDGE_TEXTS = {
    "empty": "", "space": " ", "newlines_5k": "\n" * 5000, "form_feed": "\f", "nul_100": "\x00" * 100,
    "dots_50k": "." * 50_000, "dots_10k": "." * 10_000, "digits_100k": "1" * 100_000,
    "member_id_10k_digits": "Member ID: " + "9" * 10_000, "dear_member_x5000": "Dear Member:" * 5000,
    "rtl_override": "\u202e" + "Kaiser Permanente" * 100, "emoji_10k": "\U0001F642" * 10_000,
    "combining_20k": "a\u0301" * 20_000,
    "impossible_dates": "Date: 99/99/9999 Date: 02/30/2026 Date: 0/0/0 Date: 12/31/99999",
    "absurd_deadlines": "You have 99999999999999999999 days to appeal. You have -5 days. You have 1e309 days.",
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(EDGE_TEXTS))
def test_edge_texts(name, worker):
    check_in_worker(worker, [EDGE_TEXTS[name]], name)
