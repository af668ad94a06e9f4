"""The spaCy stage: load our pipeline once (rules + trained components) and build a Doc over the letter text.

``build_doc(document)`` runs the pipeline over ``document.text`` (pages joined by ``PAGE_SEP``), so every
span's character offsets are global offsets into the document. The pipeline is loaded lazily, once per process,
from ``models/denial_en`` (or a rule-only pipeline when no trained model is present).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_NAME = "denial_en"
MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
_LOCK = threading.Lock()
_NLP = None
_NLP_PATH: Path | None = None


def model_path() -> Path:
    return Path(os.environ.get("KP_ANALYZER_MODEL", MODELS_DIR / MODEL_NAME))


def rule_pipeline():
    """A blank English pipeline with only the rule components (used when no trained model is present)."""
    import spacy

    from . import components

    nlp = spacy.blank("en")
    for name in components.RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def get_nlp():
    """The process-wide pipeline (loaded on first use; thread-safe)."""
    global _NLP, _NLP_PATH
    if _NLP is not None:
        return _NLP
    with _LOCK:
        if _NLP is None:
            import spacy

            from . import components  # noqa: F401  (registers the denial_* factories before spacy.load: E002)

            path = model_path()
            if (path / "config.cfg").exists():
                _NLP = spacy.load(path)
                _NLP_PATH = path
                log.info("loaded pipeline %s", path.name)
            else:
                log.warning("no trained model at %s; using rule components only", path)
                _NLP = rule_pipeline()
    return _NLP


# Sections of standard boilerplate: every entity the NER looks for (services, diagnoses, reviewer, provider,
# criteria, member) is in the letter's own text, and these are 60% of a letter's tokens
BOILERPLATE_SECTIONS = frozenset(("appeal_rights", "external_review", "expedited_review", "taglines"))


def build_doc(document):
    """The spaCy Doc over ``document.search_text`` (``document.text``, same offsets, safe for regexes).

    Components run in pipeline order; the NER reads only the text outside the rights boilerplate and taglines
    (the sectionizer, which runs first, finds them), which keeps its entities and saves 60% of its time.
    """
    nlp = get_nlp()
    text = document.search_text  # same offsets as document.text
    if len(text) > nlp.max_length:
        text = text[: nlp.max_length]
    return run_pipeline(nlp, text)


def run_pipeline(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = _ner_outside_boilerplate(proc, doc) if name == "ner" else proc(doc)
    return doc


def _ner_outside_boilerplate(ner, doc):
    from spacy.tokens import Span

    from .components import doc_text, get_group

    n = len(doc_text(doc))
    skip = sorted((c.start, c.end) for c in get_group(doc, "sections") if c.value in BOILERPLATE_SECTIONS)
    keep, pos = [], 0
    for a, b in skip:
        if a > pos:
            keep.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        keep.append((pos, n))
    ents = []
    for a, b in keep:
        region = doc.char_span(a, b, alignment_mode="expand")
        if region is None or not len(region):
            continue
        sub = ner(region.as_doc())
        ents.extend(Span(doc, region.start + e.start, region.start + e.end, label=e.label_) for e in sub.ents)
    doc.ents = ents
    return doc


def model_meta() -> dict:
    p = model_path() / "meta.json"
    if not p.exists():
        return {}
    try:
        return json.loads(p.read_text())
    except (OSError, ValueError):
        return {}


def model_version() -> str:
    meta = model_meta()
    if not meta:
        return "none"
    return f"{meta.get('name', MODEL_NAME)}-{meta.get('version', '0')}"


def reset() -> None:
    """Forget the loaded pipeline (tests and training reload a new model)."""
    global _NLP, _NLP_PATH
    with _LOCK:
        _NLP, _NLP_PATH = None, None
