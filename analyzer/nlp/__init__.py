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
# criteria, member) and the reason the spancat looks for are in the letter's own text, and these sections are
# 60% of a letter's tokens. (The spancat is trained on the letter up to its rights boilerplate, too.)
BOILERPLATE_SECTIONS = frozenset(("appeal_rights", "external_review", "expedited_review", "taglines"))
_REGION_COMPONENTS = ("ner", "spancat")


def build_doc(document):
    """The spaCy Doc over ``document.search_text`` (``document.text``, same offsets, safe for regexes).

    Components run in pipeline order; the NER and the spancat read only the text outside the rights
    boilerplate and taglines (the sectionizer, which runs first, finds them): same entities, 60% less time.
    """
    nlp = get_nlp()
    text = document.search_text  # same offsets as document.text
    if len(text) > nlp.max_length:
        text = text[: nlp.max_length]
    return run_pipeline(nlp, text)


def run_pipeline(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = _outside_boilerplate(name, proc, doc) if name in _REGION_COMPONENTS else proc(doc)
    return doc


def letter_regions(doc) -> list[tuple[int, int]]:
    """Character ranges of the letter outside its boilerplate sections."""
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
    return keep


def _outside_boilerplate(name: str, proc, doc):
    import numpy
    from spacy.tokens import Span

    key = getattr(proc, "key", "sc")  # the spancat's span group
    ents, spans, scores = [], [], []
    for a, b in letter_regions(doc):
        region = doc.char_span(a, b, alignment_mode="expand")
        if region is None or not len(region):
            continue
        sub = proc(region.as_doc())
        k = region.start
        if name == "ner":
            ents.extend(Span(doc, k + e.start, k + e.end, label=e.label_) for e in sub.ents)
            continue
        if key in sub.spans:
            grp = sub.spans[key]
            spans.extend(Span(doc, k + sp.start, k + sp.end, label=sp.label_) for sp in grp)
            got = grp.attrs.get("scores")
            if got is not None and len(got):
                scores.append(numpy.asarray(got))
    if name == "ner":
        doc.ents = ents
    else:
        doc.spans[key] = spans
        if scores:
            doc.spans[key].attrs["scores"] = numpy.concatenate(scores)
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
