"""Shared test fixtures: the schema contract and generated letters (rendered by our own generator)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCHEMA_PATH = SHARED / "schema" / "analysis.schema.json"


@pytest.fixture(scope="session")
def schema() -> dict:
    if not SCHEMA_PATH.exists():
        pytest.skip(f"shared schema not found at {SCHEMA_PATH} (CI lays shared/ beside the clone)")
    return json.loads(SCHEMA_PATH.read_text())


@pytest.fixture(scope="session")
def validate(schema):
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)

    def _validate(result: dict) -> None:
        errors = sorted(validator.iter_errors(result), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

    return _validate
