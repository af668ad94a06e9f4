"""Source files hold no stray control characters: a backspace typed into a regex ("\x08" where "\\b" was meant) makes
the pattern silently match nothing, and no test of its rows can tell why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.joinpath("analyzer").rglob("*.py"), *ROOT.joinpath("tests").glob("*.py"),
                  *ROOT.joinpath("scripts").glob("*.py"), ROOT / "app.py"])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters_in_source(path):
    text = path.read_text(encoding="utf-8")
    bad = [(n + 1, repr(line)[:80]) for n, line in enumerate(text.split("\n")) if _CONTROL.search(line)]
    assert not bad, f"control characters in {path.name}: {bad[:3]}"
