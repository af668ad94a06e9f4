"""Resumable bulk runs: analysis results stored as JSON files, keyed by what determines them.

A result is reusable when the file's bytes (sha256), the analyzer/model/catalogue versions, the facts the
member supplied for that file and the analysis options are all the same. Anything else changing gives a
new key, so a cache never serves a result the current analyzer would not produce.

Files live under ``<cache_dir>/<key[:2]>/<key>.json`` and are written atomically (temporary file +
``os.replace``), so an interrupted run or two concurrent runs never leave a half-written entry.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FORMAT = "1"  # bump when the stored layout changes

# Errors that depend only on the file's bytes and the analyzer: safe to remember. Errors that depend on the
# machine or the moment (OCR engine missing, time budget, model missing, unexpected crashes) are retried.
CACHEABLE_ERROR_CODES = frozenset({
    "not_a_document", "corrupt_document", "encrypted_document", "empty_document", "no_text",
    "too_many_pages", "image_too_large", "file_too_large",
})


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)


def facts_hash(facts: Mapping[str, Any] | None) -> str:
    """Stable hash of the facts supplied for one file (empty/None -> the same hash)."""
    return hashlib.sha256(_canonical(dict(facts or {})).encode()).hexdigest()[:16]


def options_hash(options: Any) -> str:
    data = dataclasses.asdict(options) if dataclasses.is_dataclass(options) else repr(options)
    return hashlib.sha256(_canonical(data).encode()).hexdigest()[:16]


def cache_key(sha256: str, versions: Mapping[str, Any], facts: Mapping[str, Any] | None = None,
              options: Any = None) -> str:
    parts = {
        "format": CACHE_FORMAT,
        "sha256": sha256,
        "versions": dict(versions),
        "facts": facts_hash(facts),
        "options": options_hash(options) if options is not None else "",
    }
    return hashlib.sha256(_canonical(parts).encode()).hexdigest()


def is_cacheable(result: Mapping[str, Any]) -> bool:
    errors = result.get("errors") or []
    return all(e.get("code") in CACHEABLE_ERROR_CODES for e in errors)


class ResultCache:
    """A directory of result JSON files. ``get`` returns None for a miss or an unreadable entry."""

    def __init__(self, directory: str | os.PathLike) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        p = self.path(key)
        try:
            with open(p, encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:  # a damaged entry is a miss, never a failed run
            log.warning("ignoring unreadable cache entry (%s)", type(err).__name__)
            return None

    def put(self, key: str, result: Mapping[str, Any]) -> bool:
        """Store ``result`` unless its errors are transient; returns whether it was stored."""
        if not is_cacheable(result):
            return False
        p = self.path(key)
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=p.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(result, fh, ensure_ascii=False, default=str)
            os.replace(tmp, p)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        return True

    def __contains__(self, key: str) -> bool:
        return self.path(key).exists()

    def __len__(self) -> int:
        return sum(1 for _ in self.directory.glob("*/*.json"))
