"""Kaiser Permanente denial-letter analyzer: read a letter, check it against the law, draft the grievance."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import AnalyzerError  # noqa: E402
from .options import DEFAULT_OPTIONS, Options  # noqa: E402
from .pipeline import Analysis, analyze, analyze_document, reanalyze  # noqa: E402


def analyze_many(*args, **kwargs):
    """Analyze many letters (folder, glob, list, ZIP) on local cores or a Dask cluster; see ``analyzer.bulk``."""
    from .bulk import analyze_many as _analyze_many

    return _analyze_many(*args, **kwargs)


def to_frames(*args, **kwargs):
    """Tidy pandas tables from analysis results; see ``analyzer.frames``."""
    from .frames import to_frames as _to_frames

    return _to_frames(*args, **kwargs)


__all__ = [
    "Analysis", "AnalyzerError", "DEFAULT_OPTIONS", "Options", "analyze", "analyze_document", "analyze_many",
    "reanalyze", "to_frames", "__version__",
]
