"""Registered spaCy factories (``denial_*``) wrapping the rule recognizers; outputs go to span groups.

Every span group keeps, besides its token-aligned spans (label = what, kb_id = pattern id), the exact
candidates in ``group.attrs["candidates"]`` (character offsets into ``doc.text`` and a normalised value),
because a token-aligned span can be wider than the value it holds (e.g. ``MRN:12345678`` is one token).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Ops, get_current_ops
from thinc.types import Ragged

from . import recognizers as R

GROUPS = ("sections", "codes", "dates", "cues", "criteria", "deadlines", "fields")


def put_group(doc: Doc, name: str, cands: Iterable[R.Candidate]) -> None:
    cands = list(cands)
    spans: list[Span] = []
    for c in cands:
        sp = doc.char_span(c.start, c.end, label=str(c.label), kb_id=c.source, alignment_mode="expand")
        if sp is not None and len(sp):
            spans.append(sp)
    doc.spans[name] = spans
    doc.spans[name].attrs["candidates"] = [c.to_dict() for c in cands]


def get_group(doc: Doc, name: str) -> list[R.Candidate]:
    if name not in doc.spans:
        return []
    return [R.Candidate.from_dict(d) for d in doc.spans[name].attrs.get("candidates", [])]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access (3 ms on a letter, 9 reads)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.text
        doc.user_data["text"] = text
    return text


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    if "sentences" in doc.user_data:
        return [tuple(x) for x in doc.user_data["sentences"]]
    return R.sentence_bounds(doc_text(doc))


@Language.factory("denial_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSetter:
    return SentenceSetter()


class SentenceSetter:
    """Newline-aware sentence boundaries (blank lines, short lines, sentence punctuation)."""

    def __call__(self, doc: Doc) -> Doc:
        bounds = R.sentence_bounds(doc_text(doc))
        doc.user_data["sentences"] = [list(b) for b in bounds]
        starts = {s for s, _ in bounds}
        # one array write: setting Token.is_sent_start token by token is quadratic in spaCy (20k tokens: 6 s)
        flags = numpy.empty((len(doc), 1), dtype="int32")
        prev_para = False
        for i, tok in enumerate(doc):
            flags[i, 0] = 1 if (i == 0 or tok.idx in starts or prev_para) else -1
            prev_para = tok.is_space and "\n\n" in tok.text
        if len(doc):
            doc.from_array([SENT_START], flags.astype("uint64"))  # -1 wraps, as spaCy's own to_array gives it
        return doc


@Language.factory("denial_sectionizer")
def make_sectionizer(nlp: Language, name: str) -> Sectionizer:
    return Sectionizer()


class Sectionizer:
    def __call__(self, doc: Doc) -> Doc:
        secs = R.find_sections(doc_text(doc))
        put_group(doc, "sections", [R.Candidate("section", s, e, n, "section.heading" if h else "section.default",
                                                1.0, h) for n, s, e, h in secs])
        return doc


@Language.factory("denial_codes")
def make_codes(nlp: Language, name: str) -> CodeRecognizer:
    return CodeRecognizer()


class CodeRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        put_group(doc, "codes", R.find_codes(doc_text(doc)))
        return doc


@Language.factory("denial_dates")
def make_dates(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer()


class DateRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        secs = get_group(doc, "sections")
        header_end = next((c.end for c in secs if c.value == "header"), 0)
        put_group(doc, "dates", R.find_dates(doc_text(doc), sentence_offsets(doc), header_end))
        return doc


@Language.factory("denial_cues")
def make_cues(nlp: Language, name: str) -> CueRecognizer:
    return CueRecognizer()


class CueRecognizer:
    """Plan type / letter kind / urgency / category / region cues, criteria cited and stated deadlines."""

    def __call__(self, doc: Doc) -> Doc:
        put_group(doc, "cues", R.find_cues(doc_text(doc)))
        put_group(doc, "criteria", R.find_criteria(doc_text(doc)))
        put_group(doc, "deadlines", R.find_deadlines(doc_text(doc), sentence_offsets(doc)))
        return doc


@Language.factory("denial_fields")
def make_fields(nlp: Language, name: str) -> FieldRecognizer:
    return FieldRecognizer()


class FieldRecognizer:
    """Member name/id, requesting provider, reviewer name/credentials/specialty/phone."""

    def __call__(self, doc: Doc) -> Doc:
        secs = [(c.value, c.start, c.end, c.role) for c in get_group(doc, "sections")]
        put_group(doc, "fields", R.find_fields(doc_text(doc), secs))
        return doc


@registry.misc("denial.sentence_suggester.v1")
def build_sentence_suggester(max_sentences: int = 4) -> Callable:
    """Suggest runs of 1..max_sentences consecutive sentences (the spancat's candidate reason spans)."""

    def suggest(docs: Iterable[Doc], *, ops: Ops | None = None) -> Ragged:
        ops = ops or get_current_ops()
        spans: list[tuple[int, int]] = []
        lengths: list[int] = []
        for doc in docs:
            n0 = len(spans)
            for a, b in sentence_windows(doc, max_sentences):
                spans.append((a, b))
            lengths.append(len(spans) - n0)
        arr = numpy.asarray(spans, dtype="i") if spans else numpy.zeros((0, 2), dtype="i")
        return Ragged(ops.asarray2i(arr), ops.asarray1i(numpy.asarray(lengths, dtype="i")))

    return suggest


def sentence_windows(doc: Doc, max_sentences: int = 4) -> list[tuple[int, int]]:
    """Token (start, end) of every run of 1..max_sentences consecutive sentences longer than a few words."""
    toks: list[tuple[int, int]] = []
    for a, b in sentence_offsets(doc):
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is not None and len(sp) >= 4:
            toks.append((sp.start, sp.end))
    out = []
    for i in range(len(toks)):
        for k in range(1, max_sentences + 1):
            if i + k <= len(toks) and toks[i + k - 1][1] - toks[i][0] <= 160:
                out.append((toks[i][0], toks[i + k - 1][1]))
    return out


RULE_COMPONENTS = ("denial_sentences", "denial_sectionizer", "denial_codes", "denial_dates", "denial_cues",
                   "denial_fields")
