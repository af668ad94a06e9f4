"""Extraction: turn the spaCy Doc's candidates (rules + trained components) into the schema's ``letter`` object.

Every field is ``{"value", "evidence", "confidence", "source"}``; ``source`` names the pattern or component
that produced the value. Rules are precise and win when they fire; the trained components add recall
(textcat for letter kind / category / plan type, NER/spancat for services, diagnoses, reasons, people).
A field the letter does not state stays null.
"""

from __future__ import annotations

import datetime
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy

from .context import Section
from .document import Document
from .nlp import patterns as P
from .nlp import recognizers as R
from .nlp import tables as T
from .nlp.addresses import grievance_address
from .nlp.components import get_group, sentence_offsets

log = logging.getLogger(__name__)

RIGHTS_SECTIONS = {"appeal_rights", "external_review", "expedited_review", "taglines", "enclosures"}
TEXTCAT_MIN = 0.5


@dataclass
class Extraction:
    letter: dict
    sections: list[Section] = field(default_factory=list)
    language: str = "unknown"
    warnings: list[str] = field(default_factory=list)


# -----------------------------------------------------------------------------------------------------------------
# helpers
# -----------------------------------------------------------------------------------------------------------------
_RIGHTS_OPENING = re.compile(
    r"(?:^|\n)[ \t]*(?:[•·*o\-–]\s+|\d{1,2}[.)]\s+)?(you\s+(have\s+the\s+right|can|may)\s+(to\s+)?(appeal|ask\s+(us\s+)?(for\s+)?"
    r"(an?\s+)?(appeal|reconsideration|new\s+review|review\s+of\s+(this|our)\s+decision))|"
    r"(if|should)\s+you\s+(disagree|don'?t\s+agree|do\s+not\s+agree|want\s+to\s+appeal|wish\s+to\s+appeal|are\s+not\s+happy)|"
    r"(this|the|our)\s+(decision|determination)\s+(may|can)\s+be\s+appealed|"
    r"tiene\s+derecho\s+a\s+apelar|si\s+no\s+est[áa]\s+de\s+acuerdo)\b", re.I)


_POLICY_EXCERPT = re.compile(r"(?i)\b(?:excerpt|policy|guideline|criteria|criterion)\b[^\n\"“.]{0,40}?(?:says|states|reads)?[ \t]*:[ \t\n]*"
                             r"(?P<q>[\"“][^\"“”]{20,900}[\"”])")


class _Ctx:
    def __init__(self, document: Document, sdoc: Any):
        self.document = document
        self.sdoc = sdoc
        self.text = sdoc.text
        self.sections = [Section(c.value, c.start, c.end, c.role) for c in get_group(sdoc, "sections")]
        self.sentences = sentence_offsets(sdoc)
        self.header_end = next((s.end for s in self.sections if s.name == "header"), 0)
        rights = [s.start for s in self.sections if s.name in RIGHTS_SECTIONS]
        # a paragraph that opens on the member's rights ("You have the right to appeal.") ends the decision too
        opening = _RIGHTS_OPENING.search(self.text, max(self.header_end, len(self.text) // 4))
        if opening:
            rights.append(opening.start())
        # the part of the letter before the rights boilerplate: where the decision itself is stated
        self.decision_end = min(rights) if rights else len(self.text)
        if self.decision_end < len(self.text) * 0.25:
            self.decision_end = len(self.text)
        self.language = R.detect_language(self.text)  # "en", "es" or "unknown", worked out once
        # quoted titles ('see the "Exclusions" part of your EOC'): a category word there names a section, not a reason
        # (a quoted statement - "the treatment is not medically necessary" - still counts)
        self.quoted = [m.span() for m in re.finditer(r"[\"“][A-Z][^\"“”\n]{0,100}+[\"”]", self.text)
                       if not re.search(r"\b(is|are|was|were|not|does|do|did|has|have)\b", m.group(0), re.I)]
        # a passage quoted from a policy ("Excerpt from our policy: \"Proton beam therapy is ... considered investigational
        # unless ...\"") is the policy's wording, not this decision's, however it reads
        self.quoted = sorted(self.quoted + [m.span("q") for m in _POLICY_EXCERPT.finditer(self.text)])
        self.cands = {g: get_group(sdoc, g) for g in ("codes", "dates", "cues", "criteria", "deadlines", "fields")}
        self.model = _model_spans(sdoc)
        # the width of a full line (the 90th percentile of line lengths): a shorter line ends a paragraph
        lens = sorted(e - s for s, e in R.lines(self.text) if e > s)
        self.line_width = lens[int(len(lens) * 0.9)] if lens else 80
        self.plan_quotes = _plan_quote_spans(self.text, self.line_width)

    def in_plan_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.plan_quotes)

    def in_quotes(self, pos: int) -> bool:
        import bisect

        i = bisect.bisect_right(self.quoted, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    def section_of(self, pos: int) -> str:
        for s in self.sections:
            if s.start <= pos < s.end:
                return s.name
        return "body"

    def section_start(self, pos: int) -> int:
        """Where the section holding ``pos`` starts (two sections of one name are two sections)."""
        for s in self.sections:
            if s.start <= pos < s.end:
                return s.start
        return -1

    def in_rights(self, pos: int) -> bool:
        return self.section_of(pos) in RIGHTS_SECTIONS

    def ev(self, spans: Iterable[tuple[int, int]]) -> list[dict]:
        out: list[dict] = []
        for s, e in spans:
            out.extend(sp.to_dict() for sp in self.document.spans(s, e))
        return out

    def fld(self, value: Any, spans: Iterable[tuple[int, int]] = (), confidence: float | None = None,
            source: str | None = None) -> dict:
        if value is None:
            return {"value": None, "evidence": [], "confidence": None, "source": source}
        return {"value": value, "evidence": self.ev(spans), "confidence": None if confidence is None else round(float(confidence), 3),
                "source": source}

    def where_looked(self, names: Iterable[str] = ()) -> list[dict]:
        """For a missing value: the sections that were searched (kept out of evidence; reported as 'searched')."""
        return [s.to_dict() for s in self.sections if s.name in set(names)]


def _model_spans(sdoc: Any) -> dict[str, list[tuple[int, int, float]]]:
    """Spans from trained components: NER entities and the spancat 'reasons' group, by label."""
    out: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for ent in getattr(sdoc, "ents", ()):
        out[ent.label_].append((ent.start_char, ent.end_char, 0.7))
    if "sc" in sdoc.spans:
        grp = sdoc.spans["sc"]
        scores = grp.attrs.get("scores")
        for i, sp in enumerate(grp):
            try:
                sc = float(numpy.max(scores[i])) if scores is not None and len(scores) > i else 0.6
            except (TypeError, ValueError, IndexError):
                sc = 0.6
            out[sp.label_].append((sp.start_char, sp.end_char, sc))
    return out


def _textcat(sdoc: Any, prefix: str) -> tuple[str | None, float]:
    """Best label of the textcat component whose labels start with ``prefix`` (e.g. "kind:")."""
    cats = {k[len(prefix):]: v for k, v in (getattr(sdoc, "cats", {}) or {}).items() if k.startswith(prefix)}
    if not cats:
        return None, 0.0
    lab = max(cats, key=cats.get)
    return lab, float(cats[lab])


# -----------------------------------------------------------------------------------------------------------------
# classification fields
# -----------------------------------------------------------------------------------------------------------------
def _cue_scores(ctx: _Ctx, field_name: str, lo: int = 0, hi: int | None = None, skip_rights: bool = True,
                cap: int = 3) -> tuple[dict[str, float], dict[str, list]]:
    hi = len(ctx.text) if hi is None else hi
    scores: dict[str, float] = defaultdict(float)
    hits: dict[str, list] = defaultdict(list)
    per_id: dict[str, int] = defaultdict(int)
    for c in ctx.cands["cues"]:
        if c.label != field_name or not (lo <= c.start < hi):
            continue
        sec = ctx.section_of(c.start)
        if sec == "taglines" or (skip_rights and sec in RIGHTS_SECTIONS):
            continue
        if field_name == "denial_category" and (ctx.in_quotes(c.start) or _rights_sentence(ctx, c.start) or
                                                _in_cited_title(ctx, c.start) or _dispute_types(ctx, c.start)):
            continue
        if c.value == "not_covered" and _announces_explanation(ctx, c):
            continue
        per_id[c.source] += 1
        if per_id[c.source] > cap:
            continue
        scores[c.value] += c.score
        hits[c.value].append(c)
    return scores, hits


# "X is not covered for you at this time: the records do not show ...", "Medicare does not cover X for you at this time
# because the wound care note shows ...": the words before the colon or the "because" state the decision, the
# explanation after it gives the category
_ANNOUNCED = re.compile(r"[^.;:\n]{0,40}:[ \t]+\S|[^.;:]{0,160}?\bbecause\b")


def _announces_explanation(ctx: _Ctx, c: R.Candidate) -> bool:
    """A "not covered" that leads a colon or a "because" whose explanation names a category of its own."""
    m = _ANNOUNCED.match(ctx.text, c.end)
    if not m:
        return False
    _, b = _sentence_at(ctx, c.start)
    return any(o.label == "denial_category" and o.value != "not_covered" and m.end() - 1 <= o.start < b
               for o in ctx.cands["cues"])


_IF_EMPLOYER_COVERAGE = re.compile(r"(?i)\bif\s+(?:you|your)\b[^.]{0,80}?\b(?:through|from)\s+(?:a|an|your)\s+(?:private\s+)?employer\b|"
                                   # ("If your plan is an employer plan covered by ERISA, ..."; never "If you have questions
                                   # about your rights under ERISA")
                                   r"\bif\s+(?:you\s+(?:get|have|receive)|your\s+(?:plan|coverage)\s+(?:is|comes))\b"
                                   r"(?![^.]{0,80}?\bquestions?\b)[^.]{0,80}?\b(?:employer|ERISA)\b|"
                                   r"\bcoverage\s+through\s+an?\s+(?:private\s+)?employer\s*:|"
                                   # ("Members of employer plans covered by ERISA may have the right to sue ...")
                                   r"\b(?:members|enrollees|participants|people)\s+(?:of|in|with)\s+(?:an?\s+)?(?:private\s+)?employer\s+"
                                   r"(?:group\s+)?(?:plans?|coverage)\b[^.]{0,40}?\b(?:may|might|can|could)\b")


def _plan_type(ctx: _Ctx, state: str | None) -> dict:
    scores, hits = _cue_scores(ctx, "plan_type", skip_rights=False)
    # ERISA's rights given on a condition ("If you get this coverage through a private employer, you may have the right to
    # file a lawsuit under section 502(a) of ERISA", "Coverage through an employer: Employee Benefits Security
    # Administration") say what such a plan would have, not that this is one
    if hits.get("erisa_group"):
        hits["erisa_group"] = [c for c in hits["erisa_group"] if not _IF_EMPLOYER_COVERAGE.search(
            ctx.text[slice(*_sentence_at(ctx, c.start))])]
        scores["erisa_group"] = sum(c.score for c in hits["erisa_group"])
    srcs = {c.source for cs in hits.values() for c in cs}

    def pick(label: str, conf: float) -> dict:
        cs = hits.get(label, [])[:3]
        return ctx.fld(label, [(c.start, c.end) for c in cs], conf, "rules:" + "+".join(sorted({c.source for c in cs})))

    strong_ma = scores.get("medicare_advantage", 0) - sum(c.score for c in hits.get("medicare_advantage", [])
                                                          if c.source in ("plan.medicare_word", "plan.cms"))
    if scores.get("fehb", 0) >= 4:
        return pick("fehb", 0.9)
    if "plan.dsnp" in srcs:
        # a dual special needs plan names Medi-Cal (or Medicaid) throughout, its State Hearing too: it is Medicare Advantage
        return pick("medicare_advantage", 0.9)
    if strong_ma >= 3 and scores.get("medicare_advantage", 0) >= scores.get("medi_cal", 0):
        return pick("medicare_advantage", 0.9)
    if state and state != "CA" and not srcs & {"plan.medi_cal", "plan.dhcs"} and scores.get("medi_cal", 0):
        # Medi-Cal is California's Medicaid: a "Notice of Action" or state hearing elsewhere is the state's Medicaid
        scores["medicaid"] = scores.get("medicaid", 0) + scores.pop("medi_cal")
        hits["medicaid"] = hits.get("medicaid", []) + hits.pop("medi_cal", [])
    title_only = not srcs & {"plan.medi_cal", "plan.state_hearing", "plan.aid_paid_pending", "plan.dhcs"}
    if scores.get("medi_cal", 0) >= 3 and not (title_only and "plan.group_hmo" in srcs):
        # a "Notice of action" title alone does not outweigh the letter naming an employer group or HMO product
        return pick("medi_cal", 0.9)
    if scores.get("medicaid", 0) >= 2 and state != "CA":
        return pick("medicaid", 0.8)
    if "plan.self_funded" in srcs or (scores.get("erisa_group", 0) >= 2 and "plan.dmhc" not in srcs and state != "CA"):
        return pick("erisa_group", 0.85)
    lab, p = _textcat(ctx.sdoc, "plan:")
    if lab and p >= 0.8 and lab != "commercial_hmo":
        return ctx.fld(lab, [], p, "textcat_plan")
    if scores.get("commercial_hmo", 0) > 0 or re.search(r"kaiser", ctx.text, re.I):
        return pick("commercial_hmo", 0.7) if hits.get("commercial_hmo") else ctx.fld("commercial_hmo", [], 0.5, "rules:default_kaiser_commercial")
    if lab:
        return ctx.fld(lab, [], p, "textcat_plan")
    return ctx.fld("unknown", [], 0.3, "rules:no_cue")


# a person's name: two to four capitalised words or initials, after an optional title
_PERSON_NAME_SHAPE = re.compile(r"(?:(?:Dr|Dra|Mr|Mrs|Ms)\.?\s+)?(?:[A-Z]\.|[A-ZÁÉÍÓÚÑ][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-ZÁÉÍÓÚÑ][\w'’-]+|"
                                r"(?:de|del|la|van|von|da|di|le)(?=\s+[A-Z]))){1,4}")


KIND_ORDER = ["second_opinion_denial", "grievance_decision", "payment_denial", "partial_denial", "delay_notice",
              "termination_notice"]


def _with_top_rows(ctx: _Ctx, field_name: str, scores: dict, hits: dict) -> tuple[dict, dict]:
    """Add the cues of the letter's own header rows ("Determination  Final internal appeal - ... upheld", "URGENT
    REVIEW OUTCOME - 72-HOUR TRACK"): such a row may read like a rights heading, but in the top block it describes
    this letter."""
    _, top_hits = _cue_scores(ctx, field_name, 0, min(_top_of_letter(ctx), ctx.decision_end), skip_rights=False)
    for lab, cs in top_hits.items():
        seen = {c.start for c in hits.get(lab, [])}
        new = [c for c in cs if c.start not in seen]
        hits[lab] = sorted(hits.get(lab, []) + new, key=lambda c: c.start)
        scores[lab] = scores.get(lab, 0) + sum(c.score for c in new)
    return scores, hits


# a checked box: "[X]", "(X)", and OCR's "{X]" (a bracket read as a brace or a parenthesis)
_CHECKED_BOX = re.compile(r"[\[({][ \t]*[xX✓✔][ \t]*[\])}]")


def _other_option(text: str, pos: int) -> bool:
    """On a row of checkbox options with one checked ("[X] Denied  Approved with a lower quantity  [ ] Approved as
    requested", a scan that lost a box), the words at ``pos`` are an option, unless the checked box leads them."""
    ls, le = R._line_at(text, pos)
    return bool(_CHECKED_BOX.search(text, ls, le)) and not _CHECKED_BOX.match(text, pos) and \
        not re.search(_CHECKED_BOX.pattern + r"[ \t]*$", text[ls:pos])



# care asked to go on longer: "extend coverage of your wearable defibrillator", "rental extension of 30 days", "the
# extension is not medically necessary" (an extension of the care, not of the time to decide)
_CARE_EXTENSION = re.compile(
    r"(?i)\b(?:rental|coverage|stay|authori[sz]ation|approval|treatment|therapy|service|supply|device|equipment|visit|"
    r"session|admission|benefit|prescription|refill)\s+extension\b|"
    r"\bextension\s+of\s+(?:the\s+|your\s+|this\s+)?(?:coverage|rental|stay|authori[sz]ation|approval|treatment|therapy|"
    r"services?|supply|use|device|equipment|benefits?|care)\b|"
    r"\bextend(?:ed|ing)?\s+(?:the\s+|your\s+)?(?:coverage|rental|stay|authori[sz]ation|approval|use|treatment|therapy|"
    r"services?|care)\b|\bextension\s+(?:is|was|would\s+be|has\s+been)\s+(?:not\s+(?:medically|approved|covered|needed|necessary)|denied)\b")
# someone asked for the care to go on: "asked us to extend coverage of", "requested a renewal", "extension request"
_EXTENSION_ASKED = re.compile(r"(?i)\b(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?)\s+(?:us\s+|that\s+we\s+)?to\s+(?:extend|renew)\b|"
                              r"\b(?:ask(?:ed)?|request(?:ed)?)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:extension|renewal)\s+of\s+"
                              r"(?:the\s+|your\s+)?(?:coverage|rental|authori[sz]ation|approval|use)\b")
# the request decided against, said outright: "We have denied this request", "Your request is denied", "We are not
# approving", "We could not approve an oral appliance"
_DENIED_OUTRIGHT = re.compile(r"(?i)\bwe\s+(?:have\s+)?denied\s+(?:this|your|the)\s+(?:request|referral|claim)\b|"
                              r"\b(?:this|your|the)\s+(?:request|referral)\s+(?:is|was|has\s+been)\s+denied\b|"
                              r"\bwe\s+are\s+not\s+approving\b|\bwe\s+(?:did\s+not|could\s+not|cannot|can\s*not)\s+approve\b")
# a delay cue that only says what information is wanted
_INFO_WANTED = re.compile(r"(?i)before\s+we\s+can|(?:more|additional)\s+information|information\s+(?:is\s+)?(?:still\s+)?needed|"
                          r"wait(?:ing)?\s+for|nos\s+falta|m[áa]s\s+informaci[óo]n")
_TIME_WORDS = re.compile(r"(?i)\b(?:more|extra|additional)\s+time\b|\btime\s+(?:to|for|limit|frame)\b|\bdeadline\b|"
                         r"\breview\s+period\b|\bto\s+(?:decide|make\s+(?:a|our|the)\s+(?:decision|determination))\b")


def _care_extension_cue(ctx: _Ctx, c) -> bool:
    """A delay cue that is only the word "extension" in a letter about extending care: no extension of time."""
    if not re.search(r"(?i)extension|extend", ctx.text[c.start:c.end]) or not _CARE_EXTENSION.search(ctx.text, 0, ctx.decision_end):
        return False
    return not _TIME_WORDS.search(ctx.text[slice(*_sentence_at(ctx, c.start))])


_REDUCTION_FROM_TO = re.compile(r"(?i)\bfrom\s+\d{1,3}\s+(?:[\w-]+\s+){0,3}?to\s+\d{1,3}\b|\b(?:reduc|chang)\w*\b")


def _letter_kind(ctx: _Ctx, codes_rows: list[dict]) -> dict:
    scores, hits = _with_top_rows(ctx, "letter_kind", *_cue_scores(ctx, "letter_kind", 0, ctx.decision_end))
    extension_asked = bool(_EXTENSION_ASKED.search(ctx.text, 0, ctx.decision_end))
    denied_outright = any(not _CONDITIONAL.search(ctx.text[slice(*_sentence_at(ctx, m.start()))])
                          for m in _DENIED_OUTRIGHT.finditer(ctx.text, 0, ctx.decision_end))
    for lab in list(hits):
        keep = [c for c in hits[lab] if not _CONDITIONAL.search(ctx.text[slice(*_sentence_at(ctx, c.start))])
                and not _other_option(ctx.text, c.start) and not (lab == "delay_notice" and _care_extension_cue(ctx, c))]
        # "concurrent review" is a weak cue and a team's name repeats it on every page: it counts once
        conc = [c for c in keep if c.source == "kind.concurrent"]
        keep = [c for c in keep if c.source != "kind.concurrent"] + conc[:1]
        if lab == "delay_notice" and denied_outright:
            # a denial for want of records says what it would have needed ("We need a sleep study ... before we can
            # decide"): the request is decided, not waiting
            keep = [c for c in keep if not _INFO_WANTED.search(ctx.text, c.start, c.end)]
        if lab == "termination_notice" and extension_asked:
            # more of the care was asked for and not approved: the approved period runs out ("return the vest after
            # the last covered day"); the plan stops nothing it had approved
            keep = [c for c in keep if c.source not in ("kind.termination_stop", "kind.concurrent")]
        hits[lab] = keep
        scores[lab] = sum(c.score for c in keep)
    # an ERISA "pre-service claim" / "urgent care claim" is a request for care, not a bill: "claim" alone is no payment cue
    if re.search(r"\b(pre-?service|urgent[ \t]+care|concurrent(\s+care)?)\s+claims?\b", ctx.text, re.I):
        hits["payment_denial"] = [c for c in hits.get("payment_denial", []) if not re.match(r"claim\b", ctx.text[c.start:c.end], re.I)]
        scores["payment_denial"] = sum(c.score for c in hits["payment_denial"])
    # a decision table with both approved and denied lines is a partial decision
    decisions = {r.get("decision") for r in codes_rows if r.get("decision")}
    region = ctx.text[ctx.header_end:ctx.decision_end]
    decisions |= {_row_decision(_decision_word(m)) for rx in _DECISION_ROWS for m in rx.finditer(region)
                  if not T.column_names_only(m.group(0))  # (a header "Service  Code  Requested  Approved" decides nothing)
                  # (nor the rest of a sentence wrapped onto the line: "These services were" / "covered: your consultation")
                  and not (re.match(r"[ \t]*[a-z]", region[m.start():m.start() + 4])
                           and re.search(r"\b[a-z]+[ \t]*\n[ \t]*$", region[max(0, m.start() - 40):m.start()]))}
    if {"approved", "denied"} <= decisions:
        scores["partial_denial"] += 3
    elif "ending" in decisions:
        scores["termination_notice"] += 3  # care already under way that is stopping or being cut
    elif decisions == {"pending"}:
        scores["delay_notice"] += 3  # every line still waits for a decision
    if scores.get("partial_denial", 0) >= 3 and scores.get("termination_notice", 0) >= 3 and any(
            _REDUCTION_FROM_TO.search(ctx.text, c.start, c.end) for c in hits.get("termination_notice", [])):
        # fewer of the same care from a date is a reduction of care under way, though the notice approves the rest
        # ("We approved 10 hours a day instead of 16. The change starts on November 17, 2025. This is a change from 64 to
        # 40 units ...")
        scores["partial_denial"] = 0
    if scores.get("payment_denial", 0) and scores.get("termination_notice", 0) >= 2 * scores["payment_denial"]:
        # a notice that care stops says what will not be paid after it ("Care from 28th August 2026 on may not be paid
        # by the plan"): with twice the evidence of stopping, it is no bill's denial
        scores["payment_denial"] = 0
    for lab in KIND_ORDER:
        thr = 4 if lab == "second_opinion_denial" else 3
        if scores.get(lab, 0) >= thr:
            cs = hits.get(lab, [])[:3]
            return ctx.fld(lab, [(c.start, c.end) for c in cs], 0.85, "rules:" + "+".join(sorted({c.source for c in cs}) or {"table_decisions"}))
    lab, p = _textcat(ctx.sdoc, "kind:")
    # without any cue the letter is most likely an initial denial: the classifier must be sure to say otherwise
    if lab and p >= 0.8:
        return ctx.fld(lab, [], p, "textcat_kind")
    return ctx.fld("initial_denial", [], 0.5, "rules:default_initial")


# what a decision table's last column says of a line
_DECISION_WORDS = (r"not\s+approved|not\s+authori[sz]ed|not\s+covered|not\s+certified|non-?certified|not\s+payable|denied(\s+on\s+appeal)?|"
                   r"denegad[oa]|negad[oa]|no\s+aprobad[oa]|approved|authori[sz]ed|covered|certified|payable(\s+as\s+requested)?|"
                   r"aprobad[oa]|autorizad[oa]|pending|pendiente|stopping|ending|reduced|ends|stops|termina|terminad[oa]|suspendid[oa]|reducid[oa]")
_ROW_DECISION = re.compile(r"\b(" + _DECISION_WORDS + r")\b", re.I)
# the end of a line whose code wrapped onto the next: "... arthroplasty) — CPT", "..., procedure code"
_WRAPPED_CODE_LABEL = re.compile(r"(?:[ \t]+[-–—:])?[ \t]*\b(?:CPT|HCPCS|(?:procedure|billing|service)[ \t]+code|code)[ \t]*[:#]?[ \t]*$", re.I)
# a line that opens with only the label of the codes on it ("codes 97110, 97140", "CPT: 72148")
_WRAPPED_LABEL_LEAD = re.compile(r"[ \t]*(?:(?:procedure|billing|service|cpt|hcpcs)[ \t]+)?(?:codes?|cpt|hcpcs)[ \t]*[:#]?[ \t]*", re.I)
# a line that ends on a decision ("... 27130 DENIED", "... — NO APROBADO"), and the empty-code mark before it
_ENDS_ON_DECISION = re.compile(r"\s[<\[(]?(?P<d>" + _DECISION_WORDS + r")[>\])]?[ \t]*$", re.I)
_NO_CODE_TAIL = re.compile(r"(?:[ \t]+(?:[—–-]+|none|n/?a|no\s+code|sin\s+c[óo]digo|ninguno))*[ \t]*$", re.I)
# a marked line that ends on its decision after a dash or a colon: "* Transfer to a rehabilitation hospital -- DENIED"
_MARKED_DECISION_ROW = re.compile(r"(?m)^[ \t]*[•·*>\-–][ \t]+(?P<item>[^\n]{5,}?)[ \t]*(?:-{1,3}|[–—:])[ \t]*[<\[(]?(?P<d>"
                                  + _DECISION_WORDS + r")[>\])]?[ \t]*\.?$", re.I)
# the three shapes of a decision row that carries no code
_DECISION_ROWS = (
    # ends on its decision: "Inpatient admission, 2 days  none  Approved" (a sentence that happens to end a line on
    # "covered" is not a row: "... the routine costs are covered"; nor is the Medi-Cal right "Aid paid pending")
    # (nor a sentence's passive verb at a line's end: "Home health care from X (nursing ... visits) was approved" / "separately")
    re.compile(r"(?m)^(?![^\n]*\bpaid[ \t]+pending[ \t]*$)(?![^\n]*\b(?:if|you|your|we|our|are|is|was|were|will|can|may|que|su|sus|porque|est[áa]n?|es|son|usted|pero)\b)(?![^\n]*(?:\d|[a-z]{3})\.[ \t]+[A-Z][a-z])"
               r"[^\n]{8,}?\s[<\[(]?(?:coverage\s+)?(?P<d>"
               + _DECISION_WORDS + r")[>\])]?[ \t]*$", re.I),
    # led by its decision: "APPROVED:  Office visit ..." / "[DENIED] Additional rehabilitation days (7 days)" /
    # "Not approved  Additional acute psychiatric days requested (9 days)" / "[X] Denied Adalimumab 40 mg"
    re.compile(r"(?m)^[ \t]*(?:\[[ \t]*[xX✓✔][ \t]*\][ \t]*)?(?:[\[(<][ \t]*(?P<b>" + _DECISION_WORDS + r")[ \t]*[\])>][ \t]*[:–—]?|(?P<d>" + _DECISION_WORDS +
               r")[ \t]*[:–—]|(?P<t>(?=(?-i:[A-Z]))(?:" + _DECISION_WORDS + r"))(?=[ \t]+(?-i:[A-Z])\S*(?:[ \t]+\S+){2}))"
               r"[ \t]*(?P<item>\S[^\n]*)", re.I),
    # a form row with checkboxes: "[X] Approved  [  ] Denied   CPT 99214 | Office visit"
    re.compile(r"(?m)^[ \t]*(?:\[[ \t]*\][ \t]*\w+[ \t]+)*\[[ \t]*[xX✓✔][ \t]*\][ \t]*(?P<d>" + _DECISION_WORDS + r")\b", re.I),
)


def _decision_word(m: re.Match) -> str:
    g = m.groupdict()
    return g.get("d") or g.get("b") or g.get("t") or ""


def _decision_in(text: str) -> str | None:
    """The decision a table row states ("... Not certified"), or None."""
    dec = _ROW_DECISION.search(text)
    return _row_decision(dec.group(1)) if dec else None


def _row_decision(word: str) -> str:
    w = word.lower()
    if w.startswith("pend"):
        return "pending"
    if w.lstrip("(").startswith(("stop", "end", "reduc", "termin", "suspend")):
        return "ending"
    return "denied" if re.match(r"(not|non|den|neg|no\s)", w) else "approved"


# words that make a sentence about a right, not about this request; in an appeal decision "your appeal was
# handled on an expedited basis" is about this letter, so there only the possibility words count
_POSSIBILITY = (r"you\s+(may|can|have\s+the\s+right)|if\s+you|if\s+your\s+(?:\w+\s+){0,4}?(?:is|are|seems|becomes)\s+(?:urgent|an\s+emergency)|for\s+an?\s+(urgent|expedited)\s+(care\s+)?(claim|request|appeal|situation)|ask\s+(us\s+)?for|may\s+be\s+(made|filed|requested|submitted)|"
                r"(appeals?|reviews?|grievances?)\s+(are|is)\s+available|puede|si\s+usted")
_RIGHTS_TALK_APPEAL = re.compile(r"\b(" + _POSSIBILITY + r")\b", re.I)
_RIGHTS_TALK = re.compile(r"\b(" + _POSSIBILITY + r"|(?<!on\s)file|grievances?|appeals?|apelaci[óo]n(?:es)?|quejas?)\b", re.I)
# a letter-kind cue in a conditional or a right ("If our appeal decision still goes against you ...") is not this letter
_CONDITIONAL = re.compile(r"^\s*(if|should|unless|si)\b|\byou\s+(also\s+)?(may|have\s+the\s+right)\b|"
                          r"\byou\s+can\s+(ask|file|request|appeal|call|get|contact|write)\b|"
                          r"\b(tambi[ée]n\s+)?puede\s+(pedir|solicitar|presentar|llamar|apelar)\b|\btiene\s+(el\s+)?derecho\b", re.I)


def _sentence_at(ctx: _Ctx, pos: int) -> tuple[int, int]:
    import bisect

    i = bisect.bisect_right([a for a, _ in ctx.sentences], pos) - 1
    return ctx.sentences[i] if i >= 0 else (pos, pos)


def _prev_sentence(ctx: _Ctx, a: int) -> tuple[int, int] | None:
    """The sentence before the one starting at ``a``, or None at the start of the text."""
    if a <= 0:
        return None
    pa, pb = _sentence_at(ctx, a - 1)
    return (pa, pb) if pa < a and pb > pa else None


def _follows_rights_talk(ctx: _Ctx, pos: int, talk: re.Pattern) -> bool:
    """The sentence before, in the same paragraph, is about a right ("... ask for an urgent appeal. We'll decide
    within 72 hours."): a time frame there belongs to that right."""
    a, b = _sentence_at(ctx, pos)
    if re.search(r"\bwe\s+(?:decided|reviewed|made|handled|processed)\b", ctx.text[a:b], re.I):
        return False  # "..., we decided this request within 72 hours": how this request was handled, in the past
    prev = _prev_sentence(ctx, a)
    return bool(prev) and not re.search(r"\n[ \t]*\n", ctx.text[prev[0]:a]) and bool(talk.search(ctx.text[prev[0]:prev[1]]))


_BOX = re.compile(r"\[[ \t]*[xX✓✔]?[ \t]*\]|[☐☒☑□■]")


def _fax_cover_option(ctx: _Ctx, pos: int) -> bool:
    """A fax cover's row of boxed options ("Urgent [ ] For review [X] Please reply [ ]"): how to handle the fax, not how
    fast the plan reviewed the request."""
    ls, le = R._line_at(ctx.text, pos)
    if re.search(r"\[[ \t]*[xX✓✔][ \t]*\][ \t]*$|[☒☑■][ \t]*$", ctx.text[max(ls, pos - 6):pos]):
        return False  # ("[X] Urgent": the sender marked it so)
    return len(_BOX.findall(ctx.text, ls, le)) >= 2 and bool(re.search(r"(?i)\b(?:review|reply|comment|recycle|call)\b", ctx.text[ls:le]))


def _urgency(ctx: _Ctx, kind: str | None = None) -> dict:
    scores, hits = _with_top_rows(ctx, "urgency", *_cue_scores(ctx, "urgency", 0, ctx.decision_end))
    # "For an urgent situation you may file an expedited grievance" describes a right, not this request
    talk = _RIGHTS_TALK_APPEAL if kind == "grievance_decision" else _RIGHTS_TALK
    # (a cue in the letter's header is read on its own line: a title "... has been modified - expedited review" is no
    # sentence with the "Time to file a grievance" row above it)
    keep = [c for c in hits.get("expedited", []) if not talk.search(
                ctx.text[slice(*(R._line_at(ctx.text, c.start) if c.start < ctx.header_end else _sentence_at(ctx, c.start)))])
            and not (c.source == "urgency.72h" and _follows_rights_talk(ctx, c.start, talk))
            and not _fax_cover_option(ctx, c.start)]
    hits["expedited"] = keep
    scores["expedited"] = sum(c.score for c in keep)
    # the request type is stated near the top ("Expedited request", "URGENT"): an early cue counts double
    early = sum(c.score for c in hits.get("expedited", []) if c.start < min(max(ctx.header_end, 800), ctx.decision_end))
    if scores.get("expedited", 0) + early >= 2:
        cs = hits["expedited"][:3]
        return ctx.fld("expedited", [(c.start, c.end) for c in cs], 0.85, "rules:" + "+".join(sorted({c.source for c in cs})))
    return ctx.fld("standard", [], 0.7, "rules:no_expedited_cue_before_rights")


_REASON_VERB = re.compile(
    r"\b(because|reason|denied|deny|denying|not\s+approve|cannot\s+approve|can\s+not\s+approve|unable\s+to\s+approve|"
    r"not\s+able\s+to\s+approve|will\s+not\s+(pay|cover|approve)|can(not|'t|\s+not)\s+be\s+(approved|covered|paid)|does\s+not|do\s+not|is\s+not|are\s+not|was\s+not|"
    r"were\s+not|no\s+podemos|negamos|porque|debido|no\s+cumple|no\s+es|no\s+est[áa]|negad[oa]|denegad[oa])\b", re.I)


# an EOB remark or a labelled reason: "Remark D17: ...", "Reason code CO-197: ...", "Denial reason: ..."
_DELAY_REASON = re.compile(r"(additional|more|extra)\s+time\s+is\s+(needed|required)|could\s+not\s+be\s+(finished|completed|decided)|"
                           r"\b(need|needs)\s+(more|additional)\s+(time|information)|more\s+time\s+to\s+(decide|review)|"
                           r"\b(cannot|can't|could\s+not)\s+(yet\s+)?(complete|finish|decide)|"
                           # "Your request is pending while we gather ...", "A decision has not been made because the request
                           # came without ...", "The review is on hold: to decide, we still need ..."
                           r"\b(?:is|remains)\s+pending\s+(?:while|until|because)\b|\b(?:decision|determination)\s+has\s+not\s+"
                           r"(?:yet\s+)?been\s+made\s+because\b|\b(?:is|are|remains)\s+on\s+hold\b|\bwe\s+still\s+need\b", re.I)


_REASON_LABEL = re.compile(r"[ \t]*+(?:\(\d{1,2}\)[ \t]*+|\*{1,2}[ \t]*+)?"  # a key's marker: "(1) Why this box is checked: ..."
                           r"(?:why[ \t]+this[ \t]+(?:box|item|reason|option)[ \t]+(?:is|was)[ \t]+(?:checked|marked)[ \t]*+:|"
                           r"(?:(?:the|our|reviewer['’]s|specific|clinical|medical)[ \t]+)?(remark|reasons?(\s+(for|of)\s+(the\s+|this\s+|our\s+)?(action|decision|denial|determination))?|"
                           r"denial\s+reason|explanation|details|rationale|adjustment\s+reason|motivo)(\s+code)?[ \t]*+"
                           r"(#[ \t]*+)?[A-Z0-9-]{0,8}[ \t]*+:)", re.I)


_NOT_A_REASON = re.compile(
    r"civil\s+rights|discriminat|treat\s+people\s+differently|national\s+origin|int[ée]rpretes?\b|letra\s+grande|large\s+print|"
    r"\.{4,}|…{2,}|"  # a form row with a dot leader ("Proveedor que hizo la solicitud ........")
    # what the decision means for a visit already booked ("The surgery that was planned for August 12, 2025 is not
    # covered", "The in-lab study booked for June 23, 2026 is not authorized"): a consequence, not why
    r"\b(?:planned|scheduled|booked|set)\s+for\s+[^.;]{1,30}?\b(?:is|are|will\s+be)\s+not\s+(?:covered|authori[sz]ed|approved|paid)\b|"
    # the DMHC statement California letters must print (HSC 1368.02(b))
    r"grievance\s+procedure\s+does\s+not\s+prohibit|department\s+of\s+managed\s+health\s+care\s+is\s+responsible|"
    r"1-888-466-2219|dmhc\.ca\.gov|the\s+department\s+(also\s+)?has\s+a\s+toll-free|"
    # the next steps outside the plan are rights, never why this request was denied
    r"independent\s+medical\s+review|\bIMR\b|managed\s+health\s+care|\bDMHC\b|state\s+hearing|fair\s+hearing|"
    r"external\s+review|independent\s+review\s+(organi[sz]ation|entity)|"
    r"^\s*((\d+\.|[a-z]\))\s*)?(legal\s+(basis|authority)|authority|regulations?\s+(used|relied\s+on))\s*:|"
    r"^\s*(guidelines?|criteria|plan\s+rules?|rules?|polic(y|ies)|clinical\s+criteria)(\(s\))?(\s+(used|applied))?\s*:|"
    # (in Spanish: "Criterios aplicados: ...", "Para decidir usamos: ...")
    r"^\s*(criterios?|pautas?)(\s+(aplicad|utilizad|usad)[oa]s?)?\s*:|^\s*(para\s+(decidir|tomar\s+(esta|la|nuestra)\s+decisi[óo]n)\s*,?\s*)?"
    r"(usamos|utilizamos|aplicamos)\s*:", re.I)


_LEGAL_BASIS_HEAD = re.compile(r"(legal\s+(basis|authority)|regulations?\s+(used|relied\s+on))\s*:?\s*\n\s*$", re.I)


_STRONG_REASON = re.compile(
    r"\b((not\s+approved|denied|denying|deny|did\s+not\s+approve|cannot\s+approve|can't\s+approve|cannot\s+cover|can't\s+cover|"
    r"keeping\s+(?:the|our)\s+(?:earlier|original|first|prior)\s+(?:decision|denial)|upheld|uphold(?:ing)?|"
    r"are\s+ending|is\s+ending|"
    r"can(?:not|'t|\s+not)\s+be\s+(?:approved|covered|authori[sz]ed|paid)|"
    r"turned\s+down|refused|declined|"
    r"will\s+end|stop(ping)?|taking\s+(extra|more)\s+time|need\s+more\s+information)\b(?:[^.]|\.\d){0,250}?\bbecause|"
    # "... decided that X should stop, since ...", "The plan will no longer pay for X: the diary shows ..."
    r"\b(should|must|will|would)\s+(stop|end|be\s+(stopped|ended|reduced))\b[^.]{0,250}?\b(because|since)\b|"
    # the why, then what follows from it: "Your prescriber's statement gave no medical reason why these would be less
    # effective for you or cause side effects, so we cannot lower the tier."
    r"\w[^.]{20,250}?,\s+so\s+we\s+(cannot|can't|could\s+not|are\s+unable\s+to|did\s+not|will\s+not|are\s+not\s+able\s+to)\s+[a-z]+|"
    r"\b(no\s+longer|will\s+not|did\s+not|could\s+not|cannot|won't)\s+(pay|cover|approve)\b[^.;:]{0,200}?:\s+[a-z]|"
    # "Your request for eyelid surgery is denied: the visual field test ... shows no loss of side vision", "We approved
    # part of this request: the supplier's report shows ..."
    r"\b(is|are|was|were)\s+(denied|not\s+approved|not\s+covered)\s*:\s+[a-z]|\bapproved\s+(only\s+)?part\s+of\s+(this|the|your)\s+request\s*:\s+[a-z]|"
    # an out-of-network provider or facility, "because one of them can see you, we cannot send you to X"
    r"\b(is|are)\s+not\s+(part\s+of|in|within)\s+(our|the\s+plan'?s|the|your\s+plan'?s)\s+network\b|"
    # "X must be approved by the plan in advance, and no request reached us"; Spanish "dejar de pagar X porque",
    # "En cambio, no aprobamos Y: su expediente no muestra ..."
    # "Medicare covers X only while you need daily skilled services, and ... you no longer need it", an appeal that
    # "agreed with the first decision: ...", "X therefore remains denied", "We could not pay this claim because ..."
    # "The clinical information we received shows that ..., so X was not approved"
    r"\b(information|evidence|documentation|records?|notes|tests?|imaging|x-rays?|reports?|studies|assessments?|evaluations?|charts?)\b"
    r"[^.]{0,40}?\bshows?\s+that\b|"
    r"\bso\s+[^.]{0,200}?\b(was|were|is|are)\s+not\s+(approved|covered|authori[sz]ed|certified)\b|"
    r"\bcover(s|ed)?\b[^.]{0,80}?\bonly\s+(if|when|while|for|in)\b|\bno\s+longer\s+need|\bremains?\s+denied\b|"
    # "In your case the psychological evaluation ... was not included with the request"
    r"^\s*in\s+your\s+(case|situation)\b|"
    r"\bagreed\s+with\s+(the|our)\s+(first|original|earlier|initial|prior)\s+(decision|denial)|"
    r"\b(could\s+not|cannot|can't|did\s+not)\s+pay\b[^.]{0,250}?\bbecause\b|"
    r"\bmust\s+be\s+(approved|authori[sz]ed|pre-?approved)\s+(by\s+(the|your)\s+plan\s+)?(in\s+advance|beforehand|before|first|ahead\s+of\s+time)\b|"
    r"\bdejar\s+de\s+(pagar|cubrir)\b(?:[^.]|\.\d){0,250}?\bporque\b|\bno\s+aprobamos\b[^.]{0,250}?:\s+\w|"
    r"\b(is|are)\s+(outside|out\s+of)\s+(our|the|your\s+plan'?s)\s+network\b|"
    r"\bbecause\b[^.]{0,250}?\b(cannot|can't|will\s+not|won't)\s+(approve|cover|pay|send|authori[sz]e|refer)\b|"
    r"because\b[^.]{0,250}?\b(not\s+approved|denied)|we\s+need\s+more\s+information|(more|extra)\s+time\s+to\s+decide|"
    r"the\s+reason\s+(for|is)|cannot\s+make\s+a\s+decision|\b(was|were)\s+denied\b|denied\s+coverage|determined\s+that|"
    r"records\s+do\s+not\s+show|\b(review(er)?s?|records?|notes|we|physicians?|doctors?|clinicians?|psychiatrists?|pharmacists?)\s+"
    r"(found|find|show(s|ed)?|determined)\s+that|for\s+(that|this)\s+reason|"
    # "We approved X instead, because your records show you completed ..."
    r"\binstead\b[^.]{0,40}?\bbecause\b|\b(records?|notes|chart)\s+(show|shows|showed)\s+(you|your|the|a|an|no)\b|"
    # "A plan doctor reviewed the request and found that ...", "X does not meet Medicare coverage rules for you"
    r"\b(reviewed|examined|looked\s+at|read)\b[^.;]{0,80}?\band\s+(found|determined|concluded|decided)\s+that\b|"
    r"\b(does|do|did)\s+not\s+meet\s+(the\s+|our\s+|your\s+)?([\w'’]+\s+){0,2}(coverage\s+)?(rules|criteria|requirements|guidelines)\b|"
    r"\b(cannot|can't|will\s+not|won't|no\s+longer)\b[^.;]{0,200}?,?\s+(since|as)\s+(?!of\b|soon|long|well|needed)|"
    r"\b(does|do)\s+not\s+(contract|work)\s+with\s+(us|kaiser)|\b(is|are|was|were)\s+(denied|declined)\s+(as|because|since)\b|"
    r"\bso\s+(the|your|this)\s+(referral|request|claim|authori[sz]ation)\s+(is|was)\s+(declined|denied|not\s+approved)|"
    # "X is approved. Y is not, because ...", "we cannot decide ... yet because we still need ...", a file that is
    # incomplete, a review that needs more time, a claim that repeats one already processed
    r"\b(is|are|was|were)\s+not(\s+(approved|covered|authori[sz]ed|certified))?,?\s+because\b|because\s+we\s+(still\s+)?need\b|"
    # "X and Y are not approved: the family history shows ..." (the decision, then why, after a colon)
    r"\b(is|are|was|were)\s+not\s+(approved|covered|authori[sz]ed|certified|medically\s+necessary)\b[^.;:]{0,40}?:\s+[a-z]|"
    r"\bwe\s+(denied|did\s+not\s+approve|cannot\s+approve|could\s+not\s+approve)\b[^.;:]{0,120}?:\s+[a-z]|"
    # "Only 10 days of X are approved, not 30: you have made steady progress ..."
    r"\bonly\s+\d{1,3}\b(?:[^.]|\.\d){0,120}?\b(is|are|was|were)\s+(approved|authori[sz]ed|covered)\b[^.;:]{0,30}:\s+[a-z]|"
    r"\b(cannot|can't|can\s+not|unable\s+to)\s+(yet\s+)?(decide|make\s+(a|our|the)\s+(decision|determination))|"
    r"\b(is|was)\s+incomplete\b|\b(has|have)\s+not\s+(yet\s+)?been\s+received|more\s+time\s+is\s+(required|needed)|"
    r"\b(repeats|duplicates?)\b[^.]{0,80}?\b(already|previously)\s+(processed|paid|billed)|"
    # an appeal that leaves the denial in place, a split decision in one sentence
    r"\bkeeping\s+(the|our)\s+(denial|decision)\b|\b(denial|decision)\b[^.]{0,250}?\bin\s+place\s+because\b|"
    r"\b(appeal|review)\s+did\s+not\s+change\s+the\s+(outcome|decision)|\bstill\s+not\s+(medically\s+necessary|covered)|"
    r"\buphold(ing)?\s+(the|our)\s+(denial|decision)\b[^.]{0,250}?\bbecause\b|\b(does|do|will)\s+not\s+pay\s+for\b[^.]{0,250}?\bbecause\b|"
    r"\b(criteria|requirements?)\s+(unmet|not\s+met)\b|\bno\s+re[úu]ne\s+(los\s+)?(criterios|requisitos)|"
    # an appeal outcome ("The original denial of X stands, because ...", "We are upholding the denial of X: ..."), a
    # split decision ("X has been authorized, but we declined Y since ..."), a review that needs more time
    r"\b(denial|decision)\b[^.]{0,250}?\b(stands|remains\s+in\s+(place|effect))\b|\buphold(ing)?\s+(the|our)\s+(original\s+)?(denial|decision)\b|"
    r"\bwe\s+declined\b|\bdeclined\b[^.]{0,250}?\b(since|because)\b|(additional|more|extra)\s+time\s+is\s+(needed|required)|"
    r"could\s+not\s+be\s+(finished|completed|decided)|\b(cannot|can't|could\s+not)\s+(yet\s+)?(complete|finish)\b|"
    # the Spanish twins of "found that", "for this reason", "upholding the denial", "agreed with the first decision"
    r"\b(encontramos|concluy[óo]|concluimos|determin[óo]|determinamos)\s+que\b|\bpor\s+(lo\s+tanto|eso|esta\s+raz[óo]n|este\s+motivo)\b|"
    r"\bmantenemos\s+(la|nuestra)\s+(negaci[óo]n|denegaci[óo]n|decisi[óo]n)\b|\bconfirmamos\s+(la|nuestra)\s+decisi[óo]n\b|"
    # Spanish: "La solicitud de X no fue aprobada, ya que ...", "No autorizamos X porque ..."
    r"\bno\s+fue\s+(aprobad|autorizad|cubiert)[oa]\b|\bno\s+autorizamos\b|\bya\s+que\b|\bdejaremos\s+de\s+cubrir\b|"
    r"\b(do|does)\s+not\s+support\b[^.]{0,250}?\b(since|because)\b|\bbut\s+not\b[^.]{0,250}?\bbecause\b|\b(terminar[áa]|negamos|denegamos|no\s+aprobamos|no\s+cubrimos|no\s+cubriremos)\b[^.]{0,250}?\bporque|(plan|we)\s+(does|do)\s+not\s+cover|no\s+(aprobamos|podemos\s+aprobar)[^.]{0,250}?porque|necesitamos\s+m[áa]s\s+informaci[óo]n)", re.I)


# a sentence that names the plan provision a decision rests on: "This decision is based on Article 5.1 (Exclusions)",
# "Plan provision relied on: Article 7, ...", "Esta decisión se basa en la sección 4.2 ..."
_CITES_PROVISION = re.compile(
    r"\s*(?:(?:this|the|our)\s+(?:decision|denial|determination)\s+(?:is|was)\s+based\s+(?:on|upon)|"
    r"(?:the\s+)?(?:plan\s+)?provisions?\s+(?:relied|we\s+relied)\s+(?:on|upon)|we\s+(?:based|made)\s+(?:this|our|the)\s+decision\s+(?:on|under)|"
    r"(?:esta|la)\s+decisi[óo]n\s+se\s+bas[óoa]\s+en|see\s+(?:your|the)|consulte\s+(?:su|el|la)|"
    # "You can read this rule in your 2026 Evidence of Coverage, page 69"
    r"you\s+(?:can|may)\s+(?:read|find|see|look\s+up)\s+(?:this|the|that)\s+(?:rule|exclusion|provision|limitation|limit|policy))\b[^.]{0,80}?\b"
    # (or a section by its name: 'section "Exclusions"')
    r"(?:article|section|§|paragraph|chapter|part|page|art[íi]culo|secci[óo]n|cap[íi]tulo|p[áa]gina)\s*(?:\d|[\"“'‘][A-Z])",
    re.I)


# a sentence whose subject is the plan document: "The exclusions section of your Evidence of Coverage says the plan does
# not cover ...", "Su Evidencia de Cobertura (EOC) de 2025 excluye ..."
# the plan's own coverage documents, by name
_GENERIC_EI_EXCLUSION = re.compile(
    r"(?i)\b(?:excludes?|does\s+not\s+cover|doesn['’]t\s+cover|will\s+not\s+cover)\s+(?:any\s+)?(?:(?:services?|treatments?|care|"
    r"procedures?|drugs?|devices?)\s+)?(?:that\s+(?:are|is)\s+)?experimental(?:\s*(?:or|and|/)\s*investigational)?"
    r"(?:\s+(?:services?|treatments?|procedures?|care|drugs?|devices?))?(?:\s+for\s+(?:the|a)\s+member['’]s\s+condition)?\s*\.?\s*$")
_PLAN_DOCUMENT = r"evidence\s+of\s+coverage|EOC|plan\s+document|certificate\s+of\s+coverage|summary\s+plan\s+description|member\s+handbook"
_DOCUMENT_SAYS = re.compile(
    r"\s*(?:(?:the|your|la|su|el|this|esta)\s+)?(?:[\w()]+\s+){0,6}?(?:" + _PLAN_DOCUMENT + r"|evidencia\s+de\s+cobertura|"
    r"manual\s+del\s+miembro)\b"
    # ("The exclusion is in your Evidence of Coverage (Outpatient Prescription Drug Rider, Exclusions): it does not cover ...")
    r"(?:\s*\([^)]{1,80}\))?(?:\s+de\s+\d{4})?[^.]{0,60}?\b(?:says|states|indica|dice|establece|excludes?|excluye|lists?|"
    # (where to read the rules: "The Summary Plan Description, "Prior Authorization", explains which services must be ...")
    r"explains|describes|sets\s+out|"
    r"it\s+(?:does\s+not|doesn't)\s+cover|"
    # the rule it sets out, not this request's facts: "Your Evidence of Coverage covers care from non-plan providers only in an
    # emergency ...", "Under your Evidence of Coverage, care from ... is covered only in an emergency ..."
    r"covers\b[^.]{0,100}?\bonly\b)|"
    r"\s*(?:under|per|according\s+to)\s+(?:the\s+terms\s+of\s+)?(?:your|the)\s+(?:" + _PLAN_DOCUMENT + r")\b[^.]{0,200}?\b"
    r"(?:covered|covers|pays?)\s+(?:\w+\s+)?only\b", re.I)


# a sentence that tells what was asked, by whom: "Dr. X asked for ...", "Your doctor requested ..." (not "the requested
# service is excluded", which names it)
_REQUEST_STORY = re.compile(r"\s*[^;:]{0,80}?\b(asked\s+(us\s+)?(for|to)|(?<!\bthe\s)requested|submitted\s+(a|the|your)\s+request|"
                            r"sent\s+(us\s+)?(a|the)\s+request|pidi[óo]|solicit[óo])\b", re.I)


# a line of a remark-code legend: "D41 Not medically necessary", "CO-197 Authorization required ...", "PR-3 Copay"
# (after a separator the entry may open in lower case: "N7: provider is not in the Kaiser Permanente network ...")
_LEGEND_ENTRY = re.compile(r"(?m)^[ \t]*(?-i:[A-Z]{1,3}-?\d{1,3})(?:[ \t]*[–—:-][ \t]*(?=[A-Za-z])|[ \t]*[–—:-]?[ \t]+(?-i:[A-Z]))")
# (a typed form marks its choice with a bare X before the option: "X The service does not meet ...")
_CHECKED_LEAD = re.compile(r"^\s*(?:" + _CHECKED_BOX.pattern + r"|[☒☑■]|[Xx][ \t]+(?=[A-Z][a-z]))")
# a heading that announces the reason: "Box 6. Why we denied payment", "3 | REASON FOR OUR DECISION", "Why we said no"
_SEE_BELOW = re.compile(r"(?i)\bsee\s+(?:the\s+)?(?:explanation|details|reason|letter)\s+below\b|\bexplained\s+below\b|"
                        r"\bvea\s+la\s+explicaci[óo]n\s+(?:a\s+continuaci[óo]n|abajo|m[áa]s\s+abajo)\b")
# (a code key's entry may point on with no noun at all: "N39 ... no approved referral (see below)")
_SEE_BELOW_BARE = re.compile(r"(?i)\bsee\s+(?:the\s+)?below\b")
_SEE_BELOW_AT_END = re.compile(_SEE_BELOW_BARE.pattern + r"\W*$")


def _points_below(sent: str) -> bool:
    """Whether a sentence points on to an explanation further down: "See the explanation below.", or a bare "See below."
    at its end ("Remark EL2: member not enrolled on the date of service. See below.")."""
    return bool(_SEE_BELOW.search(sent) or _SEE_BELOW_AT_END.search(sent.strip()))


# a clause is no item's name: "the records do not show such symptoms, so the visit and the CT are not covered"
_CLAUSE_IN_ITEM = re.compile(r"(?i)\b(?:do|does|did)\s+not\b|,\s+so\s+(?:the|this|these|your)\b")
# a sentence that opens on the decision itself: "We decided that ...", "Our decision is to uphold ..."
_WE_DECIDED = re.compile(r"(?i)\s*(?:we\s+(?:have\s+)?decided|our\s+decision\s+is)\b")
# a heading over the decision itself, not its reason: "Our decision", "Decision", "Nuestra decisión"
_DECISION_ONLY_HEADING = re.compile(r"(?i)[ \t]*(?:our|the|your|this)?[ \t]*(?:appeal[ \t]+)?(?:decision|determination|outcome)|"
                                    r"[ \t]*what[ \t]+we[ \t]+decided[ \t]*|"
                                    r"[ \t]*(?:nuestra|la)?[ \t]*decisi[óo]n[ \t]*")
_REASON_HEADING = re.compile(
    r"[ \t]*(?:(?:box|section|part|item|step|question|q)\s*)?(?:\d{1,2}|[A-H])?\s*[.|:)–-]?\s*"
    r"(?:why\s+[^\n.,]{3,50}|"
    r"(?:the\s+)?reasons?\s+(?:for|of|behind)\s+(?:the\s+|our\s+|this\s+|your\s+)?(?:denial|decision|determination|action|"
    r"non-?payment|refusal|change|reduction)(?:\s+to\s+\w+)?|"
    # a bare heading: "The reason", "Reason", "Our reasons", "Rationale"
    r"(?:the\s+|our\s+)?(?:reasons?|rationale|explanation)|why|"
    # a remark code's own heading over its explanation: "Remark EX47", "Reason code N130"
    r"(?:remark|reason|denial|adjustment)(?:\s+code)?\s+[A-Z]{1,3}-?\d{1,3}|"
    r"(?:por\s+qu[ée]|raz[óo]n|motivos?)\b[^\n.]{0,50}|"
    # "What we decided and why", "Qué decidimos y por qué"
    r"(?:what\s+we\s+decided|our\s+decision)\s+and\s+why|qu[ée]\s+decidimos\s+y\s+por\s+qu[ée])[ \t]*[:?]?[ \t]*", re.I)


# a sentence that only states the decision: "We are not approving this second opinion.", "No aprobamos esta segunda
# opinión.", "Decision: denied." (no "because", nothing about why)
_DECISION_STATEMENT = re.compile(
    r"\s*(?:(?:our\s+)?(?:decision|determination|outcome|result)\s*:\s*(?:the\s+request\s+is\s+)?"
    r"(?:denied|not\s+(?:approved|authori[sz]ed|covered|certified))\W*$|"
    r"(?:we|(?:kaiser\s+permanente|the\s+plan)(?:\s+(?-i:[A-Z][\w-]*)){0,3})\s+(?:are\s+not\s+approving|are\s+denying|have\s+denied|denied|did\s+not\s+approve|"
    r"cannot\s+approve|can\s+not\s+approve|will\s+not\s+(?:approve|cover|pay\s+for))\s+(?:this|the|your)\b[^.;:,]{0,60}[.!]?\s*$|"
    r"(?:no\s+aprobamos|negamos|denegamos)\s+(?:esta|este|la|el|su)\b[^.;:,]{0,60}[.!]?\s*$|"
    # "Coverage for this medicine is not approved.", "Your request is denied."
    r"(?:coverage\s+for\s+)?(?:this|the|your)\s+[\w -]{0,40}?\b(?:is|was|has\s+been)\s+(?:not\s+approved|denied|not\s+authori[sz]ed)[.!]?\s*$|"
    r"decisi[óo]n\s*:\s*(?:denegad[oa]|negad[oa]|no\s+aprobad[oa])\W*$|"
    # "Part of the request is approved; part is not covered."
    r"(?:part|some)\s+of\s+(?:the|your|this)\s+request\s+(?:is|was|has\s+been)\s+approved[;,]?\s+(?:and\s+)?(?:part|some)\s+"
    r"(?:is|was|has\s+been)\s+(?:not\s+(?:approved|covered)|denied)[.!]?\s*$)", re.I)


# a sentence about the law, not this decision: "California law (...) lets you ...", "the plan must authorize ...",
# "La ley de California ... le permite ...", "el plan debe autorizar ..."
_LAW_EXPLAINED = re.compile(
    r"^\s*(?:(?:California|federal|state|Oregon|Washington|Hawaii|Colorado|Georgia|Maryland|Virginia|Medicare|Medicaid)\s+)?"
    r"(?:law|rules?|regulations?)\b(?:\s*\([^)]{0,80}\))?\s+(?:lets?|allows?|gives?|says|requires?|permits?)\b|"
    r"^\s*la\s+ley\b[^.]{0,120}?\b(?:le\s+)?(?:permite|da|exige|dice)\b|"
    r"\bthe\s+plan\s+(?:must|has\s+to|is\s+required\s+to)\s+(?:authori[sz]e|approve|cover|arrange|pay)\b|"
    r"\bel\s+plan\s+debe\s+(?:autorizar|aprobar|cubrir|pagar)\b", re.I)
_ES_WORDS = frozenset("de la el que su para los las usted por del una con es no si sus se le lo al".split())
_EN_WORDS = frozenset("the and of to you your for is we a this that with if on not be are was it".split())


def _sentence_language(sent: str) -> str | None:
    """English or Spanish by their commonest words; None when a sentence is too short to tell."""
    toks = re.findall(r"[a-záéíóúñü]+", sent.lower())
    es, en = sum(t in _ES_WORDS for t in toks), sum(t in _EN_WORDS for t in toks)
    if es + en < 4:
        return None
    return "es" if es > 2 * en else "en" if en > 2 * es else None


_FIELD_ROW = re.compile(r"[ \t]*[A-Z][\w ()/'’-]{0,40}:[ \t]*\S[^\n]*")


def _line_before_fields(text: str, a: int, most: int = 3) -> str:
    """The line before the field rows (at most ``most`` of "Label: value") right above the line holding ``a``."""
    for _ in range(most):
        line = _line_before(text, a)
        if not _FIELD_ROW.fullmatch(line):
            return line
        a = text.rfind("\n", 0, text.rfind("\n", 0, a)) + 1
    return ""


def _line_before(text: str, a: int) -> str:
    """The line that ends just before the line holding ``a`` (empty when ``a`` does not start its line)."""
    ls = text.rfind("\n", 0, a) + 1
    if text[ls:a].strip() or ls == 0:
        return ""
    pls = text.rfind("\n", 0, ls - 1) + 1
    line = text[pls:ls - 1]
    if "\x0c" in text[max(0, pls - 8):ls] or (not line.strip() and "\x0c" in text[max(0, pls - 200):ls]):
        # a page break between a heading and its paragraph: over the blank lines and the page's footer line
        # ("WHY WE SAID NO ..." / "Notice SA-8191286-E - 1/3" / (page break) / "Your plan covers ...")
        k = ls
        for _ in range(6):
            k0 = text.rfind("\n", 0, max(0, k - 1)) + 1
            cand = text[k0:k - 1] if k > 0 else ""
            if cand.strip() and "\x0c" not in cand and not re.search(r"(?i)\b\d+\s*(?:/|of)\s*\d+\s*$|\bpage\s+\d+", cand):
                return cand
            if k0 == 0:
                break
            k = k0
    return line


# a decision row that cites a reason code its notice explains further down: "Reason code: MN1", "Código de motivo:
# PA1", or a row that ends on the code under a "Reason" column ("... 97530 15 7 MN1")
_CITED_REASON_CODE = re.compile(r"(?i:reason\s+code|c[óo]digo\s+de\s+motivo|remark\s+code)[ \t]*:?[ \t]*(?P<code>(?-i:[A-Z]{1,3}\d{1,3}))\b")
# (a row may cite several, the denial's own first: "... 97165  1  X208, PR1")
_ROW_END_CODE = re.compile(r"(?m)[ \t](?P<code>[A-Z]{2,3}\d{1,2}|[A-Z]{1,2}\d{3})(?:[ \t]*,[ \t]*[A-Z]{1,3}\d{1,3})*[ \t]*$")
_REASON_COLUMN = re.compile(r"(?i)\b(?:reason|motivo|remark)\b")


# a line that introduces the plan's own words: "This is the plan language we relied on, from the Summary Plan
# Description, "Hearing services" (section 7.6, page 81):", "Your Evidence of Coverage says:"
_QUOTE_INTRO = re.compile(r"(?im)^[^\n]*\b(?:plan\s+language|(?:contract|policy|plan|coverage)\s+(?:wording|text)|the\s+exact\s+words|"
                          r"(?:says|reads|states|provides)|as\s+follows|la\s+cl[áa]usula|dice)\b(?:[^:.]|\.(?=\d)){0,200}?:[ \t]*$")


def _plan_quote_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Where the letter quotes the plan document: lines marked as a quotation ("> Hearing aids ... are excluded"), and
    the paragraph under a line that introduces the plan's own words. Quoted plan text says what the plan covers, not
    why this request was denied."""
    spans = [m.span() for m in re.finditer(r"(?m)^[ \t]*>[^\n]*(?:\n[ \t]*>[^\n]*)*", text)]
    for m in _QUOTE_INTRO.finditer(text):
        a = m.end() + 1
        if a >= len(text) or text[a:a + 20].lstrip().startswith(">"):
            continue
        b = a
        for _ in range(8):
            le = text.find("\n", b)
            le = len(text) if le < 0 else le
            line = text[b:le]
            if not line.strip() or (b > a and (R._heading_of(line) or re.match(r"[ \t]*[A-Z][\w ()/'’-]{1,40}:[ \t]", line))):
                break
            b = le
            if len(line) < 0.75 * width or b >= len(text):
                break  # a short line ends the quoted paragraph
            b += 1
        if b > a:
            spans.append((a, b))
    return sorted(spans)


def _reason_code_key(ctx: _Ctx) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The explanation a reason-code key gives for the first code a decision row cites: the rows say "MN1", the key says
    "MN1 - Not medically necessary. The nursing notes support 120 hours ..." (or "MN1  Not medically necessary" over
    "MN1: The records support ..."). Returns the explanation's span and the whole entry's span, or None when the notice
    has no such key or its entry names only a category."""
    text = ctx.text
    cited = [(m.start(), m.group("code")) for m in _CITED_REASON_CODE.finditer(text, ctx.header_end, ctx.decision_end)]
    for m in _ROW_END_CODE.finditer(text, ctx.header_end, ctx.decision_end):
        ls = R._line_at(text, m.start())[0]
        if _REASON_COLUMN.search(R._header_context(text, ls, 6)) and re.search(r"\d", text[ls:m.start()]):
            cited.append((m.start(), m.group("code")))
    if not cited:
        return None
    code = min(cited)[1]
    # a section that explains the code at length ("Explanation of reason code N39" over its paragraph) says why better
    # than the key's line ("N39 Provider is not a plan provider; no approved referral (see below).")
    head = re.search(rf"(?im)^[ \t]*(?:explanation|more|details|about)[ \t]+(?:(?:of|on|for|about)[ \t]+)?(?:the[ \t]+)?"
                     rf"(?:(?:reason|remark|denial|adjustment)[ \t]+)?(?:code[ \t]+)?{re.escape(code)}[ \t]*:?[ \t]*$", text)
    if head:
        pa = head.end() + 1
        pb = R._line_at(text, min(pa, len(text) - 1))[1] if text[pa:pa + 1].strip() else pa
        for ls, le in _walk_lines(text, *R._line_at(text, min(pa, len(text) - 1)), 1, 12):
            line = text[ls:le]
            if not line.strip() or (R._heading_of(line) and ls > pa) or _SIGNOFF_LINE.match(line):
                break
            pb = le
        # (the paragraph's sentences, up to the first that turns to another matter: "Your surgeon, Dr. X, is a plan
        # provider; that claim ... was paid")
        if len(text[pa:pb].split()) >= 8:
            return (pa, pb), (head.start(), pb)
    # the key's lines for that code: each opens with the code and a separator or a gap
    entries = [m for m in re.finditer(rf"(?m)^[ \t]*{re.escape(code)}(?![\w])[ \t]*(?:[-–—:=][ \t]*|[ \t])(?P<body>\S[^\n]*)", text)
               if not any(m.start() <= p < m.end() for p, _ in cited)]
    if not entries:
        return None
    a = entries[0].start()
    # the entry goes on over its wrapped lines, up to the next code's line, a blank line or a heading
    e = entries[-1].end()
    # (another code's entry on the same line ends it: "IB3 = itemized bill requested and not received. PR0 = provider ...")
    other = re.search(r"[.;][ \t]+[A-Z]{1,3}\d{1,3}[ \t]*[=:–—-][ \t]", text[entries[-1].start("body"):e])
    if other:
        e = entries[-1].start("body") + other.start() + 1
    last = R._line_at(text, entries[-1].start())
    for ls, le in ([] if other else _walk_lines(text, *last, 1, 4)):
        line = text[ls:le]
        if not line.strip() or re.match(r"[ \t]*[A-Z]{1,3}\d{1,2}\b", line) or R._heading_of(line) or _SIGNOFF_LINE.match(line) or \
                R._PAGE_FURNITURE.search(line) or re.match(r"[ \t]*[A-Z][\w ()/'’-]{1,40}:[ \t]", line) or \
                last[1] - last[0] < 0.75 * ctx.line_width:
            break  # (nor past a label's line, "Diagnosis: ...", or a short line that ended the entry)
        e, last = le, (ls, le)
    body = text[a:e]
    # past the code and a short category label ("Not medically necessary." / "No es médicamente necesario."), the
    # explanation
    expl = None
    for m in entries:
        rest = m.start("body")
        lab = re.match(r"[^.\n]{3,60}?\.[ \t\n]+(?=[A-ZÁÉÍÓÚÑ¿])", text[rest:e])
        if lab and len(text[rest:rest + lab.end()].split()) <= 7:
            expl = rest + lab.end()
            break
        if len(text[rest:R._line_at(text, rest)[1]].split()) > 8:
            expl = rest
            break
    if expl is None or len(text[expl:e].split()) < 4:
        return None
    if _SEE_BELOW.search(text, expl, e) or _SEE_BELOW_BARE.search(text, expl, e):
        return None  # the key points on to the letter's own explanation ("Remark N57: ... See the explanation below.")
    return (expl, a + len(body.rstrip())), (a, a + len(body.rstrip()))


_SIGNOFF_LINE = re.compile(r"(?i)[ \t]*(sincerely|respectfully|regards|atentamente|cordialmente)\b")


def _reason(ctx: _Ctx, kind: str | None = None) -> tuple[dict, tuple[int, int] | None]:
    key = _reason_code_key(ctx)
    if key and len(ctx.text[slice(*key[0])].split()) < 20 and any(
            _REASON_HEADING.fullmatch(line) for line in ctx.text[ctx.header_end:ctx.decision_end].split("\n") if len(line) < 80):
        key = None  # a one-line key entry ("NA1: No prior authorization on file for this service") gives way to the
        # explanation under the letter's own reason heading ("Explanation" / "We have no prior authorization on file ...")
    if key:
        (xa, xb), entry = key
        return ctx.fld(re.sub(r"\s+", " ", ctx.text[xa:xb]).strip(), [(xa, xb)], 0.85, "rules:reason_code_key"), entry
    cat_cues = [c for c in ctx.cands["cues"] if c.label == "denial_category" and not ctx.in_quotes(c.start)]
    # (a letter in two languages in equal measure is read as English first: the Spanish half is its translation)
    doc_lang = "en" if ctx.language == "unknown" else ctx.language
    best: tuple[float, int] | None = None
    best_main: tuple[float, int] | None = None
    scored: list[tuple[float, int, int]] = []
    options: set[int] = set()  # sentences that are a checked option of a list of standard reasons
    reason_heading = any(_REASON_HEADING.fullmatch(line) for line in ctx.text.split("\n") if len(line) < 80)
    for i, (a, b) in enumerate(ctx.sentences):
        # past the rights only an attached summary's reason section ("Clinical Review Summary ... Why was the request
        # denied?") may hold the reason
        attached = a >= ctx.decision_end
        if a < ctx.header_end or (attached and ctx.section_of(a) != "reason") or ctx.in_rights(a):
            continue
        # the options a form leaves unchecked ("( ) We will pay part of this claim") are not what it says; a checked
        # box leading the sentence ("(X) We will not pay any part of this claim") marks the decision it states
        sent = R.blank_unchecked(ctx.text[a:b])
        checked_option = bool(_CHECKED_LEAD.match(sent))
        sent = _CHECKED_LEAD.sub(lambda m: " " * len(m.group(0)), sent)
        if len(sent.strip()) < 25 and not (len(sent.strip()) >= 12 and any(a <= c.start < b for c in cat_cues)):
            continue  # too short to state a reason, unless it names one ("Not medically necessary.")
        if len(sent.split()) < 12 and any(a <= c.start < b for c in ctx.cands["codes"]):
            continue  # a decision-table row, not a sentence
        if len({R._line_at(ctx.text, c.start)[0] for c in ctx.cands["codes"] if a <= c.start < b and c.label != "ICD10"}) >= 2 and \
                not re.search(r"\b(?:because|since|porque)\b", sent, re.I):
            continue  # rows of a table run together with the line after them ("15-May-25 Individual psychotherapy ... 90837
            # Denied N7" / "22-May-25 ..." / "N7: provider is not in ..."), not a sentence
        if "\n" not in sent.strip() and len(sent.split()) < 14 and not re.search(r"[.!?:]\s*$", sent) and re.search(
                r"\b(denied|not\s+approved|not\s+authori[sz]ed|not\s+covered|approved|authori[sz]ed|denegad[oa]|negad[oa]|"
                r"aprobad[oa])\s*$", sent, re.I):
            continue  # a decision-table row without a code ("1 n/a Semaglutide 2.4 mg weekly Not Authorized")
        if _NOT_A_REASON.search(sent) or _LEGAL_BASIS_HEAD.search(ctx.text[max(0, a - 60):a]) or _rights_sentence(ctx, a):
            continue  # the nondiscrimination notice ("we do not treat people differently because of race"), a criteria
            # line, the regulations a notice form lists under "Legal basis:", a sentence explaining rights ("If the
            # decision is about medical necessity ... you can apply for an IMR")
        # each category the sentence names counts about once: "experimental or investigational" is one idea, not two
        by_cat: dict[str, list[float]] = defaultdict(list)
        for c in cat_cues:
            if a <= c.start < b and not _in_cited_title(ctx, c.start):  # ("MCG ... Level of Care" names a document)
                by_cat[c.value].append(c.score)
        sc = sum(max(v) + 0.25 * (sum(v) - max(v)) for v in by_cat.values())
        decision_only = False
        if _STRONG_REASON.search(sent):
            # "The claim below was denied." states the decision, not why: a sentence without a cue or "because" counts less
            decision_only = sc == 0 and len(sent.split()) < 16 and not re.search(r"\b(because|due\s+to|porque)\b", sent, re.I)
            sc += 1 if decision_only else 3
        if _REASON_LABEL.match(sent) and len(sent.split()) >= 6:
            sc += 2 if sc else 3  # "Explanation: We approved 30 tablets instead of 60: ..." says why, cue or none
        if _REASON_HEADING.fullmatch(_line_before(ctx.text, a)) or (
                len(sent.split()) >= 12 and _REASON_HEADING.fullmatch(_line_before_fields(ctx.text, a))):
            sc += 3  # the first sentence under "Why we denied payment" / "Reason for our decision" gives the reason
            # (past the fields a form prints first: "Reason for this decision" / "Decision date: ..." / "You have met ...")
        we_decided = bool(_WE_DECIDED.match(sent))
        if _DECISION_ONLY_HEADING.fullmatch(_line_before(ctx.text, R._line_at(ctx.text, a)[0])) and (
                len(sent.split()) < 16 or we_decided) and \
                not re.search(r"\b(because|due\s+to|porque|since|as)\b", sent, re.I):
            sc -= (10 if reason_heading else 6) if we_decided else 3
            # the short sentence under "Our decision" states it ("The denial is upheld."), as does "We decided that ..."
            # under "What we decided"; the one under "The reason" says why (most surely when the letter has that heading)
        if _points_below(sent) or (i + 1 < len(ctx.sentences) and _points_below(ctx.text[slice(*ctx.sentences[i + 1])])):
            sc -= 3  # a line that points on to the explanation ("Remark N57: ... See the explanation below.") is not it
        if _DELAY_REASON.search(sent):
            sc += 3 if kind == "delay_notice" else 2  # a delay notice's reason is why the decision waits
        if sc == 0:
            continue
        if _REASON_VERB.search(sent):
            sc += 1 if decision_only else 2  # its "denied" was counted once already
        if ctx.section_of(a) == "reason" and not attached:
            sc += 1
        if re.search(r"\b(you\s+may|if\s+you|call|(file|request|submit|ask\s+for|start)\s+(an?\s+)?(appeal|grievance)|"
                     r"appeal\s+(within|by|to\s+us|rights)|usted\s+puede|si\s+usted|pid[ae]\s+(la\s+|una\s+)?apelaci[óo]n|"
                     r"apelar|audiencia)\b", sent, re.I):
            sc -= 2  # about the member's rights (an appeal decision's own reason may say "the appeal file shows ...")
        body = sent.strip()
        if "\n" in body and not re.search(r"[.!?:][\"”’)]?$", body) and not re.search(
                r"\b(is|are|was|were|does|do|did|has|have|had|will|would|can|cannot|shows?|found|meets?|denied|approved|"
                r"covers?|need|needs|es|son|fue|tiene)\b", body, re.I):
            sc -= 3  # rows of a form run together ("Diagnosis ... / Denial category Not medically necessary"), no sentence
        elif re.match(r"\s*((denial|decision|determination|reason|review)\s+)?(category|type|status|result|basis|code)\b", body, re.I) \
                and not re.search(r"\b(is|are|was|were|does|do|did|has|have|because|since)\b", body, re.I):
            sc -= 3  # a form row naming the category ("Denial category Not medically necessary"), not why
        if len(sent.split()) < 10 and "\n" not in sent.strip() and not re.search(
                r"\b(not|no|is|are|was|were|does|do|did|because|porque|since|cannot|can't|ya\s+que)\b", sent, re.I):
            sc -= 2  # a form row naming the category ("Basis for decision  lack of medical necessity"), not the reason
        story = _REQUEST_STORY.match(sent)
        if story and not re.search(r"\b(because|due\s+to|since|porque|ya\s+que)\b", sent, re.I) and not re.search(
                r"\b(not|no|denied|deny|declined|reason|only)\b", sent[:story.start(1)], re.I):
            sc -= 4  # what was asked ("Dr. X asked for a second opinion from Y, which is not a Plan provider"), not why;
            # "For this reason we did not approve the days requested" says no before it names what was asked
        legend = len(_LEGEND_ENTRY.findall(sent))
        if legend and _LEGEND_ENTRY.match(sent) and not _REASON_LABEL.match(sent):
            sc -= 1 + 1.5 * (legend - 1)  # entries of a remark-code legend ("D41 Not medically necessary ...", "CO-45 The
            # charge is above ... CO-18 Exact duplicate ...") give way to the explanation
            code = re.match(r"\s*([A-Z]{1,3}-?\d{1,3})", sent)
            if R._under_legend(R._header_context(ctx.text, R._line_at(ctx.text, a)[0])[-300:]) or (
                    code and re.search(rf"\b{code.group(1)}\b", ctx.text[max(0, a - 1500):a])):
                sc -= 2  # (under its heading, "Remark code legend / Code  Meaning", each entry defines a code; so does an
                # entry below the table whose column cites its code: "... $0.00 NA1, PR0" / "NA1: No prior authorization ...")
        if re.search(P.PAID_OR_NOT_PART_RE, sent, re.I):
            sc -= 4  # care paid, or no part of this decision ("An earlier claim ... was paid because it was before your
            # coverage ended; it is not part of this decision"): why something else was paid, not why this was denied
        if _DEFINITION.search(sent):
            sc -= 10  # what the plan means by a word ("services that are experimental or investigational, meaning services
            # whose safety ... have not been shown"), not why this request was denied
        if _GENERIC_EI_EXCLUSION.search(sent):
            sc -= 3  # the plan's rule for a whole category ("Your Summary Plan Description excludes experimental or
            # investigational services."): why such care is never covered, not why this care is experimental for this member
        if ctx.in_plan_quote(a + len(sent) - len(sent.lstrip())):
            sc -= 4  # the plan's own words, quoted ("> Hearing aids ... are excluded for members age 18 and older")
        if _CITES_PROVISION.match(sent) or _DOCUMENT_SAYS.match(sent):
            sc -= 3  # the plan text relied on ("This decision is based on Article 5.1 (Exclusions) ...", "The exclusions
            # section of your Evidence of Coverage says ..."), not why this member's request was denied
        if checked_option and len(sent.split()) <= 15 and not re.search(r"\b(because|since|porque)\b", sent, re.I):
            sc -= 4  # a checked option of a list of standard reasons names the category; the explanation under it says why
        if len(sent.split()) <= 18 and _DECISION_STATEMENT.match(sent):
            sc -= 3  # "We are not approving this second opinion." states the decision; the reason is elsewhere
        if _LAW_EXPLAINED.search(sent):
            sc -= 4  # what the law lets a member do or makes the plan do ("California law (Health and Safety Code
            # section 1383.15) lets you ...", "If no plan provider has the expertise, the plan must authorize ..."), not why
        if doc_lang in ("en", "es") and _sentence_language(sent) not in (doc_lang, None):
            # a bilingual letter says its reason twice: the letter's own language first (a translation or a summary in
            # the other language, in a letter that is mostly one language, is the letter again)
            sc -= 5 if ctx.language != "unknown" else 1.5
        if re.match(r"\s*(?:(?:primary|secondary|working|billed)\s+)?(?:diagnos[ie]s|conditions?|dx|icd(?:-10)?(?:\s+codes?)?|diagn[óo]stico)\b"
                    r"[^:\n.]{0,40}:", sent, re.I):
            sc -= 4  # a label naming the member's condition ("Diagnosis on the plan of care: I50.9 - Heart failure") says
            # what is wrong with the member, not why the plan said no
        if re.match(r"\s*(please|kindly|por\s+favor)\b", sent, re.I):
            sc -= 2  # an instruction ("Please fax the missing information to ...") asks, it does not explain
        if re.search(r"\b(instead|in\s+its\s+place|as\s+an\s+alternative)\b", sent, re.I) and \
                re.search(r"\b(we\s+can|we\s+(have\s+)?(arranged|scheduled|offer)|you\s+can\s+(see|get))\b", sent, re.I):
            sc -= 2  # what the plan offers instead ("Here is what we can do instead: ...") is not why it said no
        if re.search(r"\b(reviewing\s+(clinician|physician|doctor|pharmacist)\s+(was|is)|the\s+reviewer\s+(was|is)|"
                     r"(reviewed|decided)\s+by\s+(Dr\.\s+)?[A-Z])", sent):
            sc -= 2  # who reviewed the request, not why it was denied
        for s, e, p in ctx.model.get("REASON", []):
            if s < b and a < e:
                sc += 2 * p
        scored.append((sc, a, b))
        if checked_option:
            options.add(i)
        if best is None or sc > best[0]:
            best = (sc, i)
        if not attached and (best_main is None or sc > best_main[0]):
            best_main = (sc, i)
    # an attached summary after the rights ("Attachment A ... Summary: the reviewer found ...") restates the reason; the
    # letter's own statement of it comes first when there is one
    if best is not None and best_main is not None and best_main[0] >= 6 and ctx.sentences[best[1]][0] >= ctx.decision_end:
        best = best_main
    if best is not None and best[1] in options:
        # a checked standard reason with its explanation below ("X Not medically necessary (1)" ... "(1) Reviewer's
        # explanation: the records show ..."): the explanation says why
        a0 = ctx.sentences[best[1]][1]
        key = re.search(r"\((?:see[ \t]+)?(\d{1,2})\)[ \t]*$", ctx.text[ctx.sentences[best[1]][0]:R._line_at(ctx.text, a0 - 1)[1]])
        for j in range(best[1] + 1, len(ctx.sentences)):
            sa, sb = ctx.sentences[j]
            if sa - a0 > 700 or ctx.in_rights(sa):
                break
            sent = R.blank_unchecked(ctx.text[sa:sb])
            keyed = key is not None and re.match(rf"[ \t]*\({key.group(1)}\)[ \t]", sent)  # "(1) Your plan excludes ..."
            if sent.strip() and not _CHECKED_LEAD.match(sent) and (keyed or _REASON_LABEL.match(sent)) and len(sent.split()) >= 8:
                best = (best[0], j)
                break
    if best is None or best[0] < 3:
        spans = sorted((sp for sp in ctx.model.get("REASON", []) if not _NOT_A_REASON.search(ctx.text[sp[0]:sp[1]])),
                       key=lambda x: -x[2])
        if spans and spans[0][2] >= 0.5:
            s, e, p = spans[0]
            return ctx.fld(re.sub(r"\s+", " ", ctx.text[s:e]).strip(), [(s, e)], p, "spancat_reason"), (s, e)
        return ctx.fld(None, source="rules:no_reason_sentence"), None
    i = best[1]
    a, b = _paragraph(ctx, i)
    value = re.sub(r"\s+", " ", ctx.text[a:b]).strip()
    return ctx.fld(value, [(a, b)], min(0.95, 0.5 + best[0] / 20), "rules:reason_sentence"), (a, b)


# a numbered paragraph's mark, alone or before its capitalised first word ("3." / "4. The office scheduled ...")
_NUMBERED_PARAGRAPH = re.compile(r"\s*\d{1,2}[.)](?:[ \t]+(?=[A-Z])|\s*$)")


# the words that date a record or a test, right before its date: "photographs taken on", "the biopsy done", "measured"
_RECORD_TAKEN_BEFORE = re.compile(r"(?i)\b(?:taken|done|performed|measured|recorded|drawn|collected|obtained|purchased|bought|fitted|dispensed|implanted)[ \t\n]+(?:on[ \t\n]+)?(?:the[ \t\n]+)?$")


def _paragraph(ctx: _Ctx, i: int, max_chars: int = 900) -> tuple[int, int]:
    """The paragraph around sentence i: the reason is usually stated over several sentences of one paragraph.
    A paragraph ends at a blank line, a section start, or a sentence that ends a short (last) line."""
    sents, text = ctx.sentences, ctx.text
    width = ctx.line_width
    sec = ctx.section_start(sents[i][0])

    def ends_par(k: int) -> bool:
        a, b = sents[k]
        ls, le = R._line_at(text, max(a, b - 1))
        nxt = text[b:b + 3]
        return "\n\n" in text[b:b + 4] or (le == b and (le - ls) < 0.75 * width) or nxt.strip() == "" and b >= len(text)

    def holds(k: int, group: str, label: str | None = None) -> bool:
        sa, sb = sents[k]
        return any(sa <= c.start < sb and (label is None or c.label == label) for c in ctx.cands[group])

    def tells_the_request(k: int) -> bool:
        """A dated sentence that tells the plan's own doing ("On January 13th, 2026, we determined ...", "We reviewed it
        on ...", "Coverage ... will end at the close of SEPTEMBER 21, 2026"), or a fragment a date's abbreviation split
        off ("3, 2025 (BMI 39.4), MAR. 24, 2025 ..."); never a dated fact of the member's care ("Your records show you
        started stockings on Jun 15 2025 ...", "Ingrid's arginine test on 08 JAN 26 peaked at 14.4 ng/mL ...")."""
        sa, sb = sents[k]
        dated = [c for c in ctx.cands["dates"] if sa <= c.start < sb]
        if dated and all(_RECORD_TAKEN_BEFORE.search(text, max(0, c.start - 25), c.start) for c in dated):
            return False  # every date is a record's ("The records we reviewed, including the photographs taken on May
            # 15th, 2025, describe ..."): a finding, whatever the plan did to read it
        return holds(k, "dates") and (not re.match(r"[ \t]*[A-ZÁÉÍÓÚÑ¿]", text[sa:sb])
                                      or bool(re.search(
            # (never "our criteria": "Your BMI of 40.2 (measured 3-Aug-26) meets ..., but ... the visits our criteria call for")
            r"(?i)\b(?:we|our(?!\s+(?:criteria|guidelines?|policy|polic(?:y|ies)|standards?|rules?|records?|files?))|us|requests?|requested|appeals?|claims?|"
            r"decisions?|decided|determin\w*|notice|letter|coverage|"
            # (a coverage period, not care the member had: "20 covered acupuncture visits", "doxycycline ending May 23")
            r"covered\s+(?:through|until|from|since|on)|(?:coverage|authori[sz]ation|approval|benefits?|services?|care)\s+"
            r"(?:is\s+|will\s+be\s+)?ending|"
            r"reviewed|reviews?|authori[sz]\w*|(?:will|would)\s+(?:end|stop)|ends?\s+on|solicitud|apelaci[óo]n|decisi[óo]n|"
            r"recibimos|nosotros|cobertura)\b", text[sa:sb])))

    a, b = sents[i]
    k = i
    # back over the reason's own sentences, not over the narrative before it (a dated "we received ... on <date>",
    # "On <date>, we decided ..." belongs to the request, not to why)
    while k > 0 and not ends_par(k - 1) and ctx.section_start(sents[k - 1][0]) == sec and b - sents[k - 1][0] <= max_chars \
            and not _NUMBERED_PARAGRAPH.match(text[sents[k - 1][0]:sents[k - 1][1]]) \
            and sents[k - 1][0] >= ctx.header_end and not tells_the_request(k - 1) \
            and not _NOT_A_REASON.search(text[sents[k - 1][0]:sents[k - 1][1]]) \
            and not _CITES_PROVISION.match(text[sents[k - 1][0]:sents[k - 1][1]]) \
            and not _DOCUMENT_SAYS.match(text[sents[k - 1][0]:sents[k - 1][1]]) \
            and not re.search(r"\b(handled|processed|reviewed)\s+as\s+(urgent|expedited)|within\s+72\s+hours",
                              text[sents[k - 1][0]:sents[k - 1][1]], re.I):
        k -= 1
    a = sents[k][0]
    k = i
    while k + 1 < len(sents) and not ends_par(k) and ctx.section_start(sents[k + 1][0]) == sec and sents[k + 1][1] - a <= max_chars:
        nxt = text[sents[k + 1][0]:sents[k + 1][1]]
        if re.search(r"\b(you\s+may\s+(?:appeal|ask|file|request|call|contact|submit|also|get\s+a\s+copy)|if\s+you|appeal|grievance|call\s+us)\b",
                     nxt, re.I):
            break  # (the member's rights begin: "you may see clearly at a distance" is no right)
        if (holds(k + 1, "codes", "ICD10") and (len(nxt.split()) < 12 or re.match(
                r"\s*(?:(?:primary|secondary|working|billed)\s+)?(?:diagnos[ie]s|dx|icd|diagn[óo]stico)", nxt, re.I)
                or re.search(r"\bICD\b", nxt) or sum(c.label == "ICD10" and sents[k + 1][0] <= c.start < sents[k + 1][1]
                                                     for c in ctx.cands["codes"]) > 1)) \
                or _NOT_A_REASON.search(nxt):
            break  # the diagnosis line, boilerplate: beside the reason, not part of it (a sentence of the reason may name
            # the diagnosis it weighs: "The claim lists a diagnosis of ... (F82), and the therapist's evaluation ...")
        if "\n" not in nxt.strip() and R._heading_of(nxt):
            break  # the next heading ("Reason / Motivo"), though it opens a section of the same name
        if nxt.strip().endswith("?"):
            break  # the next question of a question-and-answer layout ("When did we get the request?")
        if _NUMBERED_PARAGRAPH.match(nxt):
            break  # the next numbered paragraph ("4. The office scheduled a surgery date ...")
        k += 1
    # an answer's marker under its question ("Why did we decide this?" / "A. Your doctor's request ...") is no part
    answer = re.match(r"[ \t]*A[.:][ \t]+(?=[A-Z])", text[a:])
    if answer and _line_before(text, a).rstrip().endswith("?"):
        a += answer.end()
    return a, sents[k][1]


# a sentence that explains the member's rights ("You may ask for an Independent Medical Review of decisions about
# experimental treatment", "If the decision is about medical necessity ... you can apply ...") names categories of
# decisions in general, not this letter's reason: its category words are boilerplate even outside a rights section
_RIGHTS_SENTENCE = re.compile(
    r"^\s*(if|si)\b[^.]{0,250}?\b(you|usted)\s+(can|may|puede)\b|"
    r"\b(you|your|usted)\b[^.]{0,200}?\b(independent\s+medical\s+review|IMR|external\s+review|independent\s+review|"
    r"fair\s+hearing|state\s+hearing|revisi[óo]n\s+m[ée]dica\s+independiente)\b|"
    r"\b(independent\s+medical\s+review|IMR|external\s+review)\b[^.]{0,200}?\b(you|your|usted)\b|"
    r"\byou\s+(must|may|can|should)\s+(first\s+)?(complete|file|go\s+through|use|finish)\b[^.]{0,80}?\b(grievance|appeal|complaint)|"
    # a law that gives the member a right ("Section 1383.15 gives you the right to a second opinion ...")
    r"\b(gives|grants|entitles)\s+(you|members?|enrollees?)\s+(the\s+)?(right|to)\b",
    re.I)


def _in_cited_title(ctx: _Ctx, pos: int) -> bool:
    """Inside the name of a cited criteria set ("Medicare Benefit Policy Manual ... (off-label anticancer drugs)"):
    a category word there names a document, not this letter's reason."""
    return any(c.start <= pos < c.end for c in ctx.cands["criteria"])


_BOTH_CATEGORIES = re.compile(r"medical(ly)?\s+necess\w*[^.;]{0,60}?experimental|experimental[^.;]{0,60}?medical(ly)?\s+necess", re.I)


def _dispute_types(ctx: _Ctx, pos: int) -> bool:
    """A sentence about an outside review that lists the kinds of disputes it hears ("... decide disputes about
    medical necessity, experimental or investigational treatment and emergency payment"): not this letter's reason."""
    a, b = _sentence_at(ctx, pos)
    sent = ctx.text[a:b]
    if not _BOTH_CATEGORIES.search(sent):
        return False
    if _NOT_A_REASON.search(sent):
        return True
    prev = _prev_sentence(ctx, a)
    return bool(prev) and bool(_NOT_A_REASON.search(ctx.text[prev[0]:prev[1]]))


def _rights_sentence(ctx: _Ctx, pos: int) -> bool:
    """The sentence at ``pos`` explains rights, or continues a rights sentence in the same paragraph ("You may ask
    for an IMR. Doctors who do not work for us decide whether an experimental treatment should be covered.")."""
    a, b = _sentence_at(ctx, pos)
    if b <= pos:
        return False
    if _RIGHTS_SENTENCE.search(ctx.text[a:b]):
        return True
    prev = _prev_sentence(ctx, a)
    if prev and re.match(r"\s*[a-z]", ctx.text[a:b]) and _NOT_A_REASON.search(ctx.text[prev[0]:prev[1]]):
        # the second half of "The DMHC offers Independent Medical Review: physicians outside ... decide disputes
        # about medical necessity, experimental or investigational treatment ..."
        return True
    for _ in range(2):
        prev = _prev_sentence(ctx, a)
        if prev is None or re.search(r"\n[ \t]*\n", ctx.text[prev[0]:a]):
            return False
        if _RIGHTS_SENTENCE.search(ctx.text[prev[0]:prev[1]]):
            return True
        a = prev[0]
    return False


# an experimental/investigational denial is, in law, a kind of medical-necessity denial, and such letters nearly
# always also say "not medically necessary"; the category a member needs (IMR without the grievance wait, HSC
# 1370.4 rights) is the experimental one, so a strong experimental cue outranks medical-necessity cues
_EXP = "experimental_investigational"
_EXP_STRONG = 3.0


def _experimental_precedence(ctx: _Ctx, lab: str, scores: dict[str, float], hits: dict[str, list]) -> str:
    if lab != "medical_necessity":
        return lab
    if any(c.score >= _EXP_STRONG for c in hits.get(_EXP, [])):
        return _EXP
    # the experimental reason may be stated outside the reason paragraph (the findings, the standard applied)
    _, dhits = _cue_scores(ctx, "denial_category", ctx.header_end, ctx.decision_end)
    if any(c.score >= _EXP_STRONG for c in dhits.get(_EXP, [])):
        hits[_EXP] = dhits[_EXP]
        return _EXP
    return lab


# the same care offered inside the plan: "is available at plan hospitals", "can be provided by our own specialists"
_IN_PLAN_ALTERNATIVE = re.compile(r"(?i)\b(?:available|offered|provided|done|performed|given)\s+(?:at|from|by|in|within|through)\s+"
                                  r"(?:(?:a|an|our|your|the)\s+)?(?:own\s+)?(?:plan|kaiser|network|in-network|participating)\b")


_OUT_OF_AREA = re.compile(r"(?i)\b(?:outside|out\s+of|away\s+from|beyond)\s+(?:our|the|your|its|(?:the\s+)?plan['’]s)\s+(?:[\w-]+\s+){0,2}?service\s+area\b")


def _category(ctx: _Ctx, kind: str, reason_span: tuple[int, int] | None) -> dict:
    if kind == "second_opinion_denial":
        return ctx.fld("second_opinion", [], 0.9, "rules:letter_kind_second_opinion")
    if kind == "delay_notice":
        return ctx.fld("administrative", [], 0.7, "rules:delay_notice_is_administrative")
    order = ["experimental_investigational", "no_prior_authorization", "out_of_network", "not_covered",
             "administrative", "medical_necessity", "second_opinion"]
    if reason_span:
        # (a reason-code key may stand after the rights: its entry is read wherever it is)
        scores, hits = _cue_scores(ctx, "denial_category", reason_span[0], reason_span[1], cap=5,
                                   skip_rights=not ctx.in_rights(reason_span[0]))
        if scores:
            # a claim from a non-plan provider is denied for want of authorization: that is the operative reason, when
            # the letter says so ("needs our approval in advance, and none was requested"); care that "was not an
            # emergency and was given by a non-plan provider" is denied for its provider
            # (unless it says the same care is to be had from the plan's own providers: "the same surgery is available
            # at plan hospitals" makes the provider the reason, for a claim or a request)
            # or when all it misses is a referral to those providers ("not plan providers, and no referral was requested")
            npa = hits.get("no_prior_authorization", [])
            referral_only = bool(npa) and all(c.source == "cat.not_emergency" or (
                re.search(r"referr", ctx.text[c.start:c.end], re.I) and
                not re.search(r"\b(approval|authori[sz]ation)\b", ctx.text[slice(*_sentence_at(ctx, c.start))], re.I))
                for c in npa)
            if "out_of_network" in scores and "no_prior_authorization" in scores and (
                    _IN_PLAN_ALTERNATIVE.search(ctx.text, *reason_span) or referral_only):
                scores["out_of_network"] = max(scores.values()) + 1
            elif kind == "payment_denial" and "out_of_network" in scores and any(
                    c.source != "cat.not_emergency" for c in hits.get("no_prior_authorization", [])) and \
                    scores["out_of_network"] < 2 * scores.get("no_prior_authorization", 0) and \
                    not _OUT_OF_AREA.search(ctx.text, *reason_span):
                # (unless the provider's standing outweighs it twice over: "outside the network ... out-of-network ...
                # non-plan providers" against one "no referral or authorization on file"; or care away from the service
                # area, where only emergency and urgently needed care from non-plan providers is covered: "... is not a
                # plan provider, and Sarasota is outside our service area ... and we did not approve it before it was done")
                scores["no_prior_authorization"] = max(scores.values()) + 1
            lab = max(scores, key=lambda k: (scores[k], -order.index(k)))
            if lab == "out_of_network" and scores.get("medical_necessity") == scores[lab] and any(
                    c.source == "cat.not_medically_necessary" for c in hits.get("medical_necessity", [])):
                # a tie between the reason's own conclusion ("Proton therapy is therefore not medically necessary") and a
                # word that the care is to be had in the plan ("IMRT, available at Kaiser Permanente, gives the same
                # control") goes to the conclusion
                lab = "medical_necessity"
            lab = _experimental_precedence(ctx, lab, scores, hits)
            cs = hits[lab][:3]
            return ctx.fld(lab, [(c.start, c.end) for c in cs], 0.85, "rules:" + "+".join(sorted({c.source for c in cs})))
    scores, hits = _cue_scores(ctx, "denial_category", ctx.header_end, ctx.decision_end)
    lab_m, p = _textcat(ctx.sdoc, "cat:")
    if scores:
        lab = max(scores, key=lambda k: (scores[k], -order.index(k)))
        if lab_m and p >= 0.8 and lab_m != lab and scores.get(lab_m, 0) > 0:
            lab = lab_m
        lab = _experimental_precedence(ctx, lab, scores, hits)
        cs = hits[lab][:3]
        return ctx.fld(lab, [(c.start, c.end) for c in cs], 0.7, "rules:" + "+".join(sorted({c.source for c in cs})))
    if kind == "delay_notice":
        return ctx.fld("administrative", [], 0.6, "rules:delay_notice_is_administrative")
    if lab_m and p >= TEXTCAT_MIN:
        return ctx.fld(lab_m, [], p, "textcat_category")
    if kind in ("partial_denial", "termination_notice"):
        return ctx.fld("medical_necessity", [], 0.5, "rules:modification_is_medical_necessity")
    return ctx.fld(None, source="rules:no_category_cue")


# -----------------------------------------------------------------------------------------------------------------
# region / state
# -----------------------------------------------------------------------------------------------------------------
# a form row giving the member's own address: "Mailing address: 6922 Walnut Ave, Reston, VA 20126"
_MEMBER_ADDRESS_LABEL = re.compile(r"[ \t]*(?:\d{1,2}[.)]?[ \t]+)?(?P<own>(?:member(?:['’]s)?|mailing|home|residential|patient(?:['’]s)?)[ \t]+"
                                   r"address|direcci[óo]n(?:[ \t]+(?:postal|del[ \t]+miembro|de[ \t]+correo))?)?"
                                   r"(?(own)|address)[ \t]*:?[ \t]", re.I)


def _after_member_name(ctx: _Ctx, pos: int) -> bool:
    """Is ``pos`` in the member's own address (the member's own state): the address block that follows the member's
    name, or a row labelled as the member's address ("Mailing address: ..."; a bare "Address:" next to the member's
    name or number)?"""
    for c in ctx.cands["fields"]:
        if c.label == "member_name" and c.source == "member_name.address_block" and 0 < pos - c.end < 160:
            return True
    ls = ctx.text.rfind("\n", 0, pos) + 1
    m = _MEMBER_ADDRESS_LABEL.match(ctx.text, ls, pos)
    if not m:
        return False
    return bool(m.group("own")) or any(c.label in ("member_name", "member_id") and 0 < ls - c.end < 400
                                       for c in ctx.cands["fields"])


_SPANNING = {"MD": ("MD", "VA", "DC"), "OR": ("OR", "WA")}
_STATE_WORDS = {"MD": r"Maryland", "VA": r"Virginia", "DC": r"District\s+of\s+Columbia",
                "OR": r"Oregon", "WA": r"Washington(?![ \t]*,?[ \t]*D\.?C\b|[ \t]+(St|Street|Ave|Avenue|Blvd|Rd|Road|Dr|Way)\b)"}


def _named_state(ctx: _Ctx, states: tuple[str, ...]) -> dict | None:
    """The first of ``states`` the letter names in words (outside its taglines)."""
    rx = re.compile(r"\b(?:" + "|".join(f"(?P<{st}>{_STATE_WORDS[st]})" for st in states) + r")\b")
    for m in rx.finditer(ctx.text):
        if ctx.section_of(m.start()) == "taglines" or _in_offer_list(ctx, m.start()):
            continue  # (nor the place of a plan clinician offered instead: "... Northern Virginia Transplant Program")
        return ctx.fld(m.lastgroup, [m.span()], 0.7, "rules:state_named")
    return None


# the area codes of the states a region spans, for a letter that gives no address: a fax to the member's own doctor
_AREA_STATE = {**dict.fromkeys(("301", "240", "410", "443", "667"), "MD"), **dict.fromkeys(("703", "571", "540", "804", "757",
               "434", "276"), "VA"), "202": "DC", **dict.fromkeys(("503", "971", "541", "458"), "OR"),
               **dict.fromkeys(("360", "564", "206", "253", "425", "509"), "WA")}
_PROVIDER_LINE = re.compile(r"(?im)^[ \t]*(?:to|attn\.?|attention|provider|physician|doctor|requesting|ordering|treating)\b[^\n]*$")


def _local_phone_state(ctx: _Ctx, states: tuple[str, ...]) -> dict | None:
    """The state of the addressee's or requesting doctor's phone or fax, when only one of ``states`` is so named."""
    found: dict[str, tuple[int, int]] = {}
    for line in _PROVIDER_LINE.finditer(ctx.text, 0, ctx.decision_end):
        for m in re.finditer(r"\(?\b([2-9]\d\d)\)?[ .-]?\d{3}[ .-]\d{4}\b", line.group(0)):
            st = _AREA_STATE.get(m.group(1))
            if st in states:
                found.setdefault(st, (line.start() + m.start(), line.start() + m.end()))
    if len(found) == 1:
        st, span = next(iter(found.items()))
        return ctx.fld(st, [span], 0.5, "rules:provider_phone_state")
    return None


def _region_state(ctx: _Ctx) -> tuple[dict, dict]:
    regions = [c for c in ctx.cands["cues"] if c.label == "region" and ctx.section_of(c.start) != "taglines"]
    addr = [c for c in ctx.cands["cues"] if c.label == "state" and c.value in P.KAISER_STATES]
    region = None
    if regions:
        # prefer a region named in the letterhead
        region = min(regions, key=lambda c: (c.start >= max(ctx.header_end, 600), c.start))
    reg_f = ctx.fld(region.value, [(region.start, region.end)], 0.8, region.source) if region else ctx.fld(None, source="rules:no_region")
    state = None
    if region and region.role not in ("MD", "OR"):
        state = ctx.fld(region.role, [(region.start, region.end)], 0.85, "rules:region_state")
    elif addr:
        member_addr = [x for x in addr if _after_member_name(ctx, x.start)]
        a = member_addr[0] if member_addr else addr[0]
        # a region that spans states: the member's own address names the state, else a state the letter names
        # ("Medicaid plan (District of Columbia)", "Washington law lets you ..."), else the first address in the region
        spans = _SPANNING.get(region.role) if region else None
        named = _named_state(ctx, spans) if spans and not member_addr else None
        if named:
            state = named
        else:
            if spans:
                a = next((x for x in member_addr + addr if x.value in spans), a)
            state = ctx.fld(a.value, [(a.start, a.end)], 0.8, a.source)
    elif region:
        spans = _SPANNING.get(region.role)
        state = (_named_state(ctx, spans) or _local_phone_state(ctx, spans) if spans else None) or \
            ctx.fld(region.role, [(region.start, region.end)], 0.6, "rules:region_state")
    else:
        m = re.search(r"\bCalifornia\b", ctx.text)
        state = ctx.fld("CA", [m.span()], 0.5, "rules:state_name") if m else ctx.fld(None, source="rules:no_state")
    return reg_f, state


# -----------------------------------------------------------------------------------------------------------------
# people, dates, codes, criteria, deadline
# -----------------------------------------------------------------------------------------------------------------
def _best(cands: list[R.Candidate], label: str, prefer: Iterable[str] = ()) -> R.Candidate | None:
    cs = [c for c in cands if c.label == label]
    if not cs:
        return None
    prefer = list(prefer)
    return min(cs, key=lambda c: (next((i for i, p in enumerate(prefer) if c.source.startswith(p)), len(prefer)),
                                  -c.score, c.start))


def _top_of_letter(ctx: _Ctx, max_lines: int = 15) -> int:
    """End of the letter's top block: its salutation or its 15th line, whichever comes first."""
    pos = 0
    for _ in range(max_lines):
        nxt = ctx.text.find("\n", pos)
        if nxt < 0:
            return len(ctx.text)
        pos = nxt + 1
    dear = re.search(r"(?im)^[ \t]*(dear|estimad[oa])\b", ctx.text[:pos])
    return max(ctx.header_end, dear.start() if dear else pos)


_DEFINITION = re.compile(r"(?i)\b(?:meaning|which\s+means|(?:is|are)\s+defined\s+as)\b|^\s*(?:under\s+(?:your|the)\s+plan,\s+)?"
                         r"(?:a|an)\s+(?:service|treatment|drug|item|procedure|test|device|therapy)\s+is\s+[^.]{0,80}?\bwhen\b|"
                         # "An experimental or investigational service is one whose safety ... have not been shown"
                         r"^\s*(?:an?|the\s+term)\s+(?:[\w-]+\s+){1,4}?(?:service|treatment|drug|item|procedure|test|device|therapy|"
                         r"care)s?\s+(?:is|are)\s+(?:one|ones|any|those|a\s+(?:service|treatment|drug|procedure))\s+(?:whose|that|which|where|for\s+which)\b")
_APPEAL_DECIDED = re.compile(r"(?i)\b(?:appeal|grievance|reconsideration|apelaci[óo]n|queja)\b[^.;]{0,40}?"
                             r"\b(?:decided|decision|resolved|reached|completed|decidid[oa]|resuelt[oa])\b|"
                             r"\b(?:appeal|grievance|reconsideration)\s+(?:decided|decision|resolved|outcome)\b|"
                             # (the verb first: "We decided your appeal on January 26, 2026")
                             r"\b(?:decided|resolved|completed)\s+(?:your|the|this)\s+(?:\w+\s+)?(?:appeal|grievance|reconsideration)\b")
_APPEAL_RECEIVED = re.compile(r"(?i)\b(?:appeal|grievance|reconsideration|redetermination|apelaci[óo]n|queja)\b[^.;\n]{0,40}?"
                             r"\b(?:received|filed|submitted|arrived|came\s+in|reached\s+us|logged|recibid[oa]|presentad[oa])\b|"
                             r"\b(?:received|got)\s+(?:your|the)\s+(?:\w+\s+){0,2}?(?:appeal|grievance|reconsideration|request\s+for\s+(?:an?\s+)?appeal)\b")


def _dating_words(ctx: _Ctx, c) -> str:
    """The words that date a candidate: its line (a timeline's "25th April, 2026 – Appeal received" names the event
    after the date), or the sentence before it on a longer line (at most 100 characters)."""
    ls, le = R._line_at(ctx.text, c.start)
    return ctx.text[max(ls, _sentence_at(ctx, c.start)[0], c.start - 100):min(le, c.end + 40)]


_FAX_COVER = re.compile(r"(?i)\b(?:facsimile\s+transmittal|fax\s+(?:cover|transmittal)(?:\s+sheet)?)\b")
# the line a fax machine prints across the top of every page: "FROM: ... P.2/3", or a time of day and a page count
# ("2025/12/03 02:45PM 720 810 5156 KP CLAIMS PAGE 1 OF 3", "12/03/2025 14:45 7208105156 PAGE 02/03")
_FAX_HEADER_LINE = re.compile(r"(?i)\bFROM\s*:[^\n]*" + R.FAX_PAGE_MARK.pattern + r"|\bdate\s+sent\s*:|"
                              r"\b\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AP]\.?M\.?\b)?[^\n]*?\b(?:PAGE|PG|P\.)[ \t]*\d+[ \t]*(?:/|OF)[ \t]*\d+\b")
# a cover page headed only "FAX" (or "Facsimile") over its To / From / Pages lines
_FAX_TITLE = re.compile(r"(?im)^[ \t]*(?:fax|facsimile)(?:[ \t]+(?:message|transmission))?[ \t]*\n(?:[^\n]*\n){0,6}?"
                        r"[ \t]*(?:to|from|pages?|attn\.?)\b")
_SALUTATION = re.compile(r"(?im)^[ \t]*(?:dear|estimad[oa])\b")


def _fax_sending(ctx: _Ctx, pos: int) -> bool:
    """Is ``pos`` on a fax transmittal page or the header line a fax machine prints across every page?"""
    ls, le = R._line_at(ctx.text, pos)
    if _FAX_HEADER_LINE.search(ctx.text, ls, le):
        return True
    if not ctx.document.pages:
        return False
    page, _ = ctx.document.to_page_offset(pos)
    text = ctx.document.pages[page - 1].text
    if _FAX_COVER.search(text[:400]):
        return True
    # a page titled "FAX" is a cover only when the letter follows it: not the last page, and it greets no one
    return page < len(ctx.document.pages) and bool(_FAX_TITLE.search(text[:400])) and not _SALUTATION.search(text)


_FORWARD_MARK = re.compile(r"(?im)^[ \t>]*(?:-{2,}[ \t]*(?:forwarded\s+message|original\s+message|mensaje\s+reenviado)[ \t]*-{2,}|"
                           r"begin\s+forwarded\s+message\s*:)")
_TIME_STAMP_AFTER = re.compile(r"(?i)[ \t,]*(?:time|hora)[ \t]*:?[ \t]*\d{1,2}:\d\d")
_PRINTED_LABEL = re.compile(r"(?i)\b(?:printed|print\s+date|impreso)\b[^\n\d]{0,12}$")


# care that goes on from the day named (a stay, a therapy, equipment in use): its start is the date of service
_ONGOING_CARE = re.compile(r"(?i)\b(?:admitted|admission|start(?:ed|s)?|began|begin|commenc\w*|since|receiving|getting|continu\w*|ongoing|"
                           r"ingres\w*|internad\w*|hospitalizad\w*|comenz\w*|inici\w*|desde)\b")
# a letter about paying for care already given
_PAYMENT_TALK = re.compile(r"(?i)\b(?:claims?|bills?|billed|(?<!or )payment|paid|pay\s+for|reimburs\w*|factura\w*|reclamos?|pago)\b")
# a label that names the date of service itself: "Date of service:", "Service dates", "DOS", "Fecha de servicio"
_SERVICE_DATE_LABEL_BEFORE = re.compile(r"(?i)\b(?:date\(?s?\)?\s+of\s+service|service\s+dates?|DOS|fechas?\s+del?\s+servicio)\b[^.\n]{0,30}$")
# a bill's words, as a letter about paying for care uses them
_CLAIM_WORDS = re.compile(r"(?i)\b(?:claims?|bills?|billed|invoices?|payments?|reclamos?|factura\w*|pagos?)\b")


def _claim_talk(ctx: _Ctx) -> bool:
    """Whether the letter talks of a claim or a bill before its rights, other than one it says was paid or is no part
    of the decision ("... was paid under claim 1375 and is not part of this decision")."""
    for m in _CLAIM_WORDS.finditer(ctx.text, 0, ctx.decision_end):
        sa, sb = _sentence_at(ctx, m.start())
        if not re.search(P.PAID_OR_NOT_PART_RE, ctx.text[sa:sb], re.I):
            return True
    return False


# the letters that answer a request for care before it is given
_PRE_SERVICE_KINDS = ("initial_denial", "partial_denial", "second_opinion_denial")


def _dates(ctx: _Ctx, kind: str | None = None) -> dict:
    out = {}
    ds = ctx.cands["dates"]
    appeal_received: list[str] = []
    for role in ("letter", "request_received", "decision", "service"):
        cs = [c for c in ds if c.role == role and not (role != "letter" and ctx.section_of(c.start) in ("taglines", "enclosures"))]
        if role != "letter":
            cs = [c for c in cs if c.start < ctx.decision_end] or cs
            if role == "decision":
                # an appeal's letter dates two decisions: the one it gives ("The appeal was decided on ...") over the
                # one it reviews ("On Jan. 29th, 2026, we decided not to cover ...")
                cs = [c for c in cs if _APPEAL_DECIDED.search(ctx.text, max(_sentence_at(ctx, c.start)[0], c.start - 80), c.start)] or cs
                if kind == "grievance_decision" and appeal_received:
                    # (an appeal is decided after it arrives: a decision dated before the appeal was received is the
                    # one the appeal reviews, "we denied the request on August 16, 2026")
                    cs = [c for c in cs if c.value >= min(appeal_received)]
            elif role == "request_received":
                # an appeal's letter dates two requests: the appeal it answers ("Appeal received  Sunday 30th November
                # 2025") over the first request it reviews ("Request for additional sessions submitted ...")
                # (the words may wrap onto the line before: "We received the" / "reconsideration request on January 9, 2026")
                appeal_received = [c.value for c in cs if _APPEAL_RECEIVED.search(_dating_words(ctx, c)) or _APPEAL_RECEIVED.search(
                    ctx.text, max(_sentence_at(ctx, c.start)[0], c.start - 100), c.start)]
                cs = [c for c in cs if _APPEAL_RECEIVED.search(_dating_words(ctx, c))] or cs
        else:
            # a forwarded copy: the outer header's "Sent" dates the forward, the header under the marker the notice;
            # a printout's "Printed <date>" dates the printing
            fwd = list(_FORWARD_MARK.finditer(ctx.text))
            if fwd:
                cs = [c for c in cs if c.start > fwd[-1].end()] or cs
            cs = [c for c in cs if not _PRINTED_LABEL.search(ctx.text, R._line_at(ctx.text, c.start)[0], c.start)] or cs
            # a date stamped with its clock time ("Date: 30 October '25  Time: 2:07 a.m. ET") records when something
            # happened; a plain date elsewhere dates the letter
            cs = [c for c in cs if not _TIME_STAMP_AFTER.match(ctx.text, c.end)] or cs
            # a fax's transmittal page and the header line the machine prints on every page date the sending
            cs = [c for c in cs if not _fax_sending(ctx, c.start)] or cs
        if role == "service" and out["letter"]["value"]:
            # a day after the letter's own is a day booked, not a day of service ("Surgery date: 05SEP25" on a notice
            # of Aug 19 2025): the care has not been given
            cs = [c for c in cs if c.value <= out["letter"]["value"]]
        if role == "service" and kind in _PRE_SERVICE_KINDS and not _claim_talk(ctx):
            # an answer to a request for care dates no service unless it says so ("Date of service: ...", a table's
            # service-date column) or the care is under way ("admitted on ..."): a visit, a test or a purchase it names
            # is the member's history ("Records visit: 07-Jun-26", "The exam on March 7, 2026 ... was paid")
            # (never other care that goes on untouched: "the temozolomide chemotherapy (J8700) you began on Jul. 19, 2025;
            # it remains covered")
            cs = [c for c in cs if "role.service_date_column" in c.source
                  or _SERVICE_DATE_LABEL_BEFORE.search(ctx.text, max(0, c.start - 60), c.start)
                  or (_ONGOING_CARE.search(ctx.text, min(max(0, c.start - 100), _sentence_at(ctx, c.start)[0]), c.start) and not re.search(
                      r"(?i)\b(?:does\s+not\s+affect|remains?\s+covered|still\s+covered|is\s+covered|not\s+part\s+of)\b",
                      ctx.text[_sentence_at(ctx, c.start)[0]:c.end + 60]))]
        if role == "service" and kind in _PRE_SERVICE_KINDS and not _PAYMENT_TALK.search(ctx.text, 0, ctx.decision_end):
            # a request for care not yet given dates no service; a day months before the request is the member's
            # history ("You had focused ultrasound treatment on one side on October 20 2024"), not this care's
            ref = out["request_received"]["value"] or out["letter"]["value"]
            if ref:
                cutoff = (datetime.date.fromisoformat(ref) - datetime.timedelta(days=90)).isoformat()
                cs = [c for c in cs if c.value >= cutoff or _ONGOING_CARE.search(ctx.text, max(0, c.start - 100), c.start)]
        if role == "letter" and not cs:
            hdr = [c for c in ds if c.start < max(ctx.header_end, 1) and c.role in ("", "letter")]
            # the top of the letter (before its salutation, at most 15 lines): a date alone on its line, or a
            # notice headed "Determination date <date>" and nothing else, is the notice's own date
            top = _top_of_letter(ctx)
            hdr = hdr or [c for c in ds if c.start < top and c.role == "" and
                          not ctx.text[R._line_at(ctx.text, c.start)[0]:c.start].strip()]
            hdr = hdr or [c for c in ds if c.start < top and c.role == "decision" and
                          re.search(r"(determination|decision|notice)\s+date[ \t]*:?[ \t]*$",
                                    ctx.text[R._line_at(ctx.text, c.start)[0]:c.start], re.I)]
            cs = hdr[:1]
        if not cs:
            out[role] = ctx.fld(None, source="rules:no_date_with_role")
            continue
        c = min(cs, key=lambda c: (-c.score, c.start))
        out[role] = ctx.fld(c.value, [(c.start, c.end)], c.score, c.source)
    # a letter's all-number date reads either way round ("Fecha / Date: 08/07/2025" in a Spanish notice): the reading that
    # falls on or within two weeks after the decision it announces is the letter's
    lt, dec = out["letter"], out["decision"]["value"]
    num = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", lt["evidence"][0]["text"]) if lt["value"] and dec and lt["evidence"] else None
    if num and int(num.group(1)) <= 12 and int(num.group(2)) <= 12 and num.group(1) != num.group(2):
        try:
            other = datetime.date(int(num.group(3)), int(num.group(2)), int(num.group(1))).isoformat()
        except ValueError:
            other = None

        def after_decision(v: str) -> bool:
            return 0 <= (datetime.date.fromisoformat(v) - datetime.date.fromisoformat(dec)).days <= 14
        if other and other != lt["value"] and after_decision(other) and not after_decision(lt["value"]):
            out["letter"] = {**lt, "value": other, "source": str(lt.get("source")) + "+day_first"}
    return out


# the visit the plan offers with a doctor it names
_OFFERED_VISIT = re.compile(r"\b(an?\s+appointment\s+(is|was|has\s+been)\s+(held|scheduled|made|booked|reserved|set\s+up)|"
                            r"(can|is\s+available\s+to|will)\s+see\s+you|reservamos\s+una\s+cita|tiene\s+una\s+cita)\b", re.I)


def _offered_doctor(ctx: _Ctx, s: int, e: int) -> bool:
    """A doctor the plan offers instead: "... to be seen by Jane Doe, MD, Breast Surgery", "Jane Doe, MD, Spine
    Surgery, Riverside Medical Center. An appointment is held for you on ..." (neither the requester nor the reviewer)."""
    name = R._clean_name(ctx.text[s:e])
    # the same doctor named again ("We booked you with Jane Doe, MD ... Jane Doe, MD regularly treats ...")
    spots = [(m.start(), m.end()) for m in re.finditer(re.escape(name).replace(r"\ ", r"\s+"), ctx.text)] if len(name) > 5 else []
    return any(_offered_at(ctx, a, b) for a, b in spots or [(s, e)])


_OFFERED_BEFORE = re.compile(
    r"\b(seen\s+by|see|appointment\s+with|visit\s+with|referred\s+(you\s+)?to|arranged\s+for\s+you\s+to\s+see|"
    # "We booked you with", "a plan specialist with the same expertise is available:"
    r"(booked|scheduled|made)\s+(you\s+)?(an\s+appointment\s+|a\s+visit\s+)?with|\bis\s+available\s*:|"
    # "We have arranged a second opinion with"
    r"(arranged|set\s+up|booked|scheduled)\s+(an?\s+)?(second\s+opinion|appointment|visit|consultation)\s+(for\s+you\s+)?with|"
    # Spanish: "Un especialista del Plan puede atenderle:", "puede verle", "tiene una cita con"
    r"puede\s+(atenderl[oae]|verl[oae])\s*:|cita\s+con)\s*(Dr\.\s*|Dra\.\s*)?$", re.I)


# a list of the plan's own clinicians the member may book instead: "Clinician  Specialty  Location  Next available
# appointment", "These plan clinicians had open appointments ... Call ... to book one", "- Jane Doe, MD ...; next available: ..."
_OFFER_LIST = re.compile(r"\b(?:next\s+(?:available|open)|available\s+appointments?|open\s+appointments?|openings|who\s+can\s+see\s+you|"
                         r"to\s+book\b|to\s+schedule\s+with)", re.I)


def _in_offer_list(ctx: _Ctx, pos: int) -> bool:
    """Is ``pos`` on a line of such a list, or under its heading?"""
    ls, le = R._line_at(ctx.text, pos)
    return bool(_OFFER_LIST.search(ctx.text, ls, le) or _OFFER_LIST.search(R._header_context(ctx.text, ls, 6)))


def _offered_at(ctx: _Ctx, s: int, e: int) -> bool:
    if _OFFERED_BEFORE.search(ctx.text, max(0, s - 40), s) or _in_offer_list(ctx, s):
        return True
    after = re.split(r"\n[ \t]*\n|\x0c", ctx.text[e:e + 220], maxsplit=1)[0]
    offer = _OFFERED_VISIT.search(after)
    return bool(offer and not re.search(r"\brevi(ew|s)", after[:offer.start()], re.I))


def _same_person(a: str, b: str) -> bool:
    """Two writings of one name: "Franklin Delgado" and "Franklin M. Delgado" (initials and case aside)."""
    def key(n: str) -> list[str]:
        return [w for w in re.findall(r"[a-zà-ÿ'’-]+", n.lower()) if len(w) > 1]
    return bool(key(a)) and key(a) == key(b)


def _next_word(text: str, pos: int) -> str:
    """The word that follows ``pos`` on its line ("Therapy" after "Platte River Physical", "Specialty" after "Coastal
    Children" in "Coastal Children's Specialty Center")."""
    m = re.match(r"(?:['’]s)?[ \t]*([\w-]+)", text[pos:pos + 40])  # (past a possessive: "Coastal Children's Specialty")
    return m.group(1) if m else ""


def _times_printed(text: str, phone: str) -> int:
    """How often a phone number's digits are printed in the text, however it is punctuated."""
    digits = re.sub(r"\D", "", phone)[-10:]
    if len(digits) < 10:
        return 1
    sep = r"[^\d\n]{0,3}"
    rx = re.compile(r"(?<!\d)" + digits[:3] + sep + digits[3:6] + sep + digits[6:] + r"(?!\d)")
    return len(rx.findall(text))


def _names_requester(ctx: _Ctx, s: int, e: int, res: dict) -> bool:
    """A name the NER calls the reviewer that is the requesting provider (same name, or a requester's row) or a
    doctor the plan offers instead."""
    name = R._clean_name(ctx.text[s:e]).lower()
    pv = (res.get("requesting_provider") or {}).get("value") or ""
    if name and name in pv.lower():
        return True
    if _offered_doctor(ctx, s, e):
        return True
    # the subject of the asking: "Kwame Whitaker, DO asked on your behalf to ...", "Dr. Lee requested ..."
    if re.match(rf"(?:\s*,?\s*(?:{P.CRED_RE}))*\s+(?:asked|requested|submitted|sent\s+us|referred\s+you|ordered|prescribed)\b",
                ctx.text[e:e + 60]):
        return True
    ls, _ = R._line_at(ctx.text, s)
    return bool(re.match(r"[ \t]*(requesting|requested\s+by|submitted\s+by|billed\s+by|rendering|servicing|billing|provider\b|"
                         r"ordering|treating|referring|prescrib|your\s+(doctor|provider)|"
                         r"to\b|attn|attention\b|cc\b|copy\b|deliver|profesional\s+que)", ctx.text[ls:s], re.I))


_MRN_LABEL = re.compile(r"(?i)(?:medical|health)\s+record\s+(?:number|no\.?|#)|\bMRN\b|\bMR\s*(?:#|no\.?|number)|record\s*#")
_MEMBER_LABEL = re.compile(r"(?i)\bmember\s+(?:id|number|no\.?|#)[ \t]*[:#.]?[ \t]*$")


# the doctor a member already sees, named as such: "Priya has been seeing Diego Okonkwo, MD", "was already being treated
# by Winston Fitzgerald, MD", "under the care of Dr. X", "your current specialist, X"
_MEMBERS_OWN_DOCTOR_BEFORE = re.compile(r"(?i)(?:\b(?:been|is|are|was|were|keep|continue\s+to|still)\s+(?:already\s+)?(?:seeing|treated\s+by|being\s+treated\s+by)|"
                                        r"\balready\s+(?:sees?|seeing|saw|treated\s+by|being\s+treated\s+by)|\bunder\s+the\s+care\s+of|"
                                        r"\b(?:current|outside|previous|former|usual|regular)\s+(?:[\w-]+\s+)?(?:doctor|physician|specialist|provider|"
                                        r"surgeon|[a-z]+ist)\s*,?)[ \t\n]*(?:(?:Dr|Dra)\.?[ \t]*)?$")
# a name whose record it is: "Malik Delgado, OTR/L's evaluation", "Dr. Lee's note"
_POSSESSIVE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][A-Za-z/.-]{1,12}(?:[ \t]*,[ \t]*[A-Z][A-Za-z/.-]{1,12})*)?['’]s\b")
# a list of the records a reviewer read, up to the name: "Records reviewed: the occupational therapy evaluation by Naomi
# Fonseca, OT on Oct-03-25, ..." (the list runs to its sentence's end; "Dr." and initials end no sentence)
_RECORDS_LIST_BEFORE = re.compile(r"(?i)(?:^|\n)[ \t]*(?:the\s+)?(?:medical\s+|clinical\s+)?(?:records?|information|documentation|documents?|materials)\s+"
                                  r"(?:we\s+)?(?:reviewed|considered|read|used)[ \t]*:(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\S)|(?<=\bDr)\.|(?<=\bDra)\.|(?<=\b[A-Z])\.)*$")


def _in_records_list(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a labelled list of the records a reviewer read."""
    return bool(_RECORDS_LIST_BEFORE.search(text, max(0, pos - 400), pos))


# the member's own clinician, named so right after the name: "Dmitri Acosta, MD, your primary care physician at ..."
_MEMBERS_OWN_AFTER = re.compile(rf"(?:,?[ \t]*(?:{P.CRED_RE}))*,[ \t\n]*(?:your|the[ \t]+(?:member|patient)['’]s|his|her)[ \t\n]+"
                                r"(?:[\w-]+[ \t\n]+){0,3}?(?:physician|doctor|provider|surgeon|pcp|therapist|specialist|dentist|pediatrician|"
                                r"oncologist|cardiologist|gastroenterologist|psychiatrist|[a-z]+ologist)\b")


def _someone_else(text: str, name: str, s: int, e: int, people: set[str]) -> bool:
    """Whether the name at [s, e) is someone other than the reviewer, by who the letter says it is: one of ``people``
    (the member, the addressee), the doctor the member already sees ("Priya has been seeing Diego Okonkwo, MD"), anyone a
    list of records reviewed names, or a record's owner ("Malik Delgado, OTR/L's evaluation")."""
    return (any(_same_person(name, n) for n in people) or bool(_MEMBERS_OWN_DOCTOR_BEFORE.search(text, max(0, s - 60), s))
            or _in_records_list(text, s) or bool(_POSSESSIVE_AFTER.match(text, e)))


# a copy line: "cc: X", "Copy to: X", "c: X"
_COPY_LINE = re.compile(r"(?i)[ \t]*(?:cc|c\.c\.|c|copy(?:\s+to)?|copies\s+to|bcc|copias?(?:\s+a)?|con\s+copia\s+a)[ \t]*:")


# a column header that names the member's number ("ID", "Member ID", "Member #") and a value shaped like one
_ID_COLUMN = re.compile(r"(?i)(?:member[ \t]+)?(?:id|id[ \t]*#|#|no\.?|number)")
_ID_VALUE = re.compile(r"[A-Z]{0,3}-?\d[\d-]{4,15}\d")


def _column_member_id(ctx: _Ctx) -> R.Candidate | None:
    """The member's number in a table at the top: a header row of short names ("Member  ID  Provider  Service  Date")
    over a row of values, the cell under the ID column (aligned by the word boxes)."""
    text, pos, end = ctx.text, 0, min(ctx.decision_end, _top_of_letter(ctx) + 400)
    while pos < end:
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        cells = T.line_cells(ctx.document, text, pos, le)
        names = [text[c.start:c.end] for c in cells]
        if len(cells) >= 3 and all(c.x0 is not None for c in cells) and not any(re.search(r"\d", n) for n in names):
            for k, c in enumerate(cells):
                if not _ID_COLUMN.fullmatch(names[k]) or not (re.match(r"(?i)member", names[k]) or (
                        k > 0 and re.fullmatch(r"(?i)member(?:[ \t]+name)?", names[k - 1]))):
                    continue
                nxt = text.find("\n", le + 1)
                row = T.line_cells(ctx.document, text, le + 1, len(text) if nxt < 0 else nxt)
                under = [r for r in row if r.x0 is not None and r.x0 < c.x1 and r.x1 > c.x0]
                if len(under) == 1 and _ID_VALUE.fullmatch(text[under[0].start:under[0].end]):
                    u = under[0]
                    return R.Candidate("member_id", u.start, u.end, text[u.start:u.end], "member_id.column", 0.9)
        pos = le + 1
    return None


def _people(ctx: _Ctx) -> dict:
    f = ctx.cands["fields"]
    res: dict[str, dict] = {}
    mid = _best(f, "member_id", ["member_id.label"])
    if mid is None or not re.search(r"(?i)\bmember\b", ctx.text[R._line_at(ctx.text, mid.start)[0]:mid.start]):
        # a number labelled for other coverage ("Maryland Medicaid ID: ...") gives way to the member's own column
        mid = _column_member_id(ctx) or mid
    if mid is not None and _MRN_LABEL.search(ctx.text, max(0, mid.start - 40), mid.start):
        # a record number printed beside the member's own number, in one block ("Medical record no. 28078981" over
        # "Member ID 43965131"): the number the letter calls the member's is the member ID
        ls, le = R._line_at(ctx.text, mid.start)
        block_end = le
        for _ in range(2):  # the record number's line and the two under it
            nxt = ctx.text.find("\n", block_end + 1)
            block_end = len(ctx.text) if nxt < 0 else nxt
        own = [c for c in f if c.label == "member_id" and c.value != mid.value and ls <= c.start <= block_end and
               _MEMBER_LABEL.search(ctx.text, max(0, c.start - 30), c.start)]
        mid = own[0] if own else mid
    res["member_id"] = ctx.fld(mid.value, [(mid.start, mid.end)], mid.score, mid.source) if mid else ctx.fld(None, source="rules:no_member_id_label")
    # (a name the letter marks as the member's, "Re: Emily R. Bautista (your child)", outranks the addressee: a parent)
    mn = _best(f, "member_name", ["member_name.label", "member_name.marked", "member_name.address_block", "member_name.salutation"])
    if mn is None:
        spans = ctx.model.get("MEMBER", [])
        if spans:
            s, e, p = spans[0]
            res["member_name"] = ctx.fld(ctx.text[s:e].strip(), [(s, e)], p, "ner:MEMBER")
        else:
            res["member_name"] = ctx.fld(None, source="rules:no_member_name")
    else:
        res["member_name"] = ctx.fld(mn.value, [(mn.start, mn.end)], mn.score, mn.source)
    pv = _best(f, "requesting_provider", ["provider.label", "provider.label_row", "provider.prose", "provider.addressee"])
    ner_pv = [(s, e, p) for s, e, p in ctx.model.get("PROVIDER", []) if not _offered_doctor(ctx, s, e)]
    if pv is None and ner_pv:
        s, e, p = ner_pv[0]
        val = ctx.text[s:e].strip()
        # a name the rules read as the reviewer ("Dr. X, board certified in Y, looked at your case") is not the requester
        rules_reviewer = any(c.label == "reviewer_name" and c.start < e and s < c.end for c in f)
        if not re.match(r"(dear|estimad)", val, re.I) and not rules_reviewer:
            res["requesting_provider"] = ctx.fld(val, [(s, e)], p, "ner:PROVIDER")
    if "requesting_provider" not in res:
        res["requesting_provider"] = ctx.fld(pv.value, [(pv.start, pv.end)], pv.score, pv.source) if pv else ctx.fld(None, source="rules:no_provider")
    # reviewer: "reviewed by" prose wins over a signature block (the signer may not be the decision maker)
    # a name found only in a sentence about the review must not be the requesting provider's
    f = [c for c in f if not (c.source == "reviewer.sentence" and _names_requester(ctx, c.start, c.end, res))]
    member = (res.get("member_name") or {}).get("value") or ""
    # the member is never the reviewer (a running page header "Jane Doe · UM-4690233" over a department line is no signature),
    # nor anyone the letter is addressed to or names as the member (a parent who gets a child's notice)
    people = {str(c.value) for c in f if c.label == "member_name"} | ({member} if member else set())
    f = [c for c in f if not (c.label == "reviewer_name" and _someone_else(ctx.text, str(c.value), c.start, c.end, people))]
    # nor the doctor the letter is written to ("Imelda Sorensen, DO" / "Cardiology" / ... "Dear Dr. Sorensen:")
    dear_dr = re.search(r"(?im)^[ \t]*(?:dear|estimad[oa])[ \t]+(?:dr|dra|doctor|doctora)\.?[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][\w'’-]+)[ \t]*[:,]",
                        ctx.text)
    # (by the full name the letter's top gives that doctor, "Imelda Sorensen, DO" or "To: Dr. Malik Thibodeaux": a
    # reviewer may share the surname, "Reviewed by Rahul Thibodeaux, DO")
    addressees = set()
    if dear_dr:
        sur = re.escape(dear_dr.group(1))
        for m in re.finditer(rf"(?<![\w.])((?:[A-Z][\w'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][\w'’-]+|[A-Z]\.)){{0,2}})[ \t]+{sur}\b",
                             ctx.text[:dear_dr.start()]):
            first = re.sub(r"^(?:Dr|Dra|Doctor|Doctora|To|Attn|Para)\.?[ \t]+", "", m.group(1))
            if first and not re.fullmatch(r"(?:Dr|Dra|Doctor|Doctora|To|Attn|Para)\.?", first):
                addressees.add(f"{first} {dear_dr.group(1)}")

    def _addressee(name: str) -> bool:
        return any(_same_person(name, a) for a in addressees)
    f = [c for c in f if not (c.label == "reviewer_name" and _addressee(str(c.value)))]
    f = [c for c in f if not (c.label == "reviewer_name" and _MEMBERS_OWN_AFTER.match(ctx.text, c.end))]
    # nor the author of a record the reviewer read ("the genetic counseling note of October 2, 2025 by Bogdan Ibarra, MS")
    f = [c for c in f if not (c.label == "reviewer_name" and c.source == "reviewer.sentence"
                              and R.RECORD_AUTHOR_BEFORE.search(ctx.text, max(0, c.start - 90), c.start))]
    # nor anyone the letter is copied to ("cc: Trevor Ibarra, DO; Grace Nakamura, MS, CGC")
    copied = [line for line in ctx.text.split("\n") if _COPY_LINE.match(line)]
    rn = _best(f, "reviewer_name", ["reviewer.prose_by", "reviewer.prose_subject", "reviewer.form_row", "reviewer.name_cred_line", "reviewer.signature",
                                     "reviewer.prose_context", "reviewer.sentence"])
    rv: dict[str, dict] = {}
    ner_rev = [(s, e, p) for s, e, p in ctx.model.get("REVIEWER", []) if not _names_requester(ctx, s, e, res)
               # nor the member, the addressee, the member's own doctor, anyone a records list names, nor a record's owner
               and not _someone_else(ctx.text, R._clean_name(ctx.text[s:e]), s, e, people)
               and not R.staff_signer(ctx.text, e)  # nor staff who sign for the plan
               and not R._ORG_WORDS.search(ctx.text[s:e] + " " + _next_word(ctx.text, e))  # nor "Platte River Physical" Therapy
               and not re.search(r"\bet\s+al\b", ctx.text[slice(*R._line_at(ctx.text, s))])  # nor an author a reference lists
               # nor family or an escort, so named after the name ("Your escort on the request is Omar Velasquez (son)")
               and not re.match(r"[ \t]*\((?:son|daughter|wife|husband|mother|father|spouse|partner|caregiver|escort|parent|guardian|"
                                r"grandson|granddaughter|hij[oa]|espos[oa]|madre|padre|niet[oa])\)", ctx.text[e:e + 20], re.I)
               and not re.search(r"(?i)\bescort\b[^.\n]{0,30}$", ctx.text[max(0, s - 40):s])
               # ("The request lists Chidi Petrov, your caregiver, as your escort")
               and not re.match(r"[ \t]*,[ \t\n]*(?:your|the[ \t]+member['’]s|his|her)[ \t\n]+(?:son|daughter|wife|husband|mother|father|"
                                r"spouse|partner|caregiver|escort|parent|guardian|grandson|granddaughter|sister|brother)\b",
                                ctx.text[e:e + 40], re.I)
               # nor a city, before its state and ZIP ("2130 Lake Tahoe Boulevard, South Lake Tahoe, CA 96150")
               and not re.match(r",?[ \t]*[A-Z]{2}[ \t]+\d{5}\b", ctx.text[e:e + 14])
               # nor the provider of a claim row, led by its date or priced ("9/21/25 Dmitri Tanaka, ARNP, ... 99213 Paid $35.00")
               and not re.search(r"^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}\b|\$[ \t]?\d", ctx.text[slice(*R._line_at(ctx.text, s))])
               # nor the case manager or coordinator a row names ("Hospital case manager Keisha Oyelaran, RN, 770...")
               and not re.search(r"(?i)\b(?:case\s+manager|coordinator|navigator|social\s+worker|contact)\b[ \t:,-]*$",
                                 ctx.text[R._line_at(ctx.text, s)[0]:s])
               # nor whom to call or send records to ("Call Aaron Galvan, RN at 808-...", "fax the records ..., attention X")
               and not re.search(r"(?i)\b(?:call|attention|attn\.?|c/o|contact|ask\s+for)[ \t:]*$", ctx.text[max(0, s - 16):s])
               and not _addressee(R._clean_name(ctx.text[s:e]))
               and not any(R._clean_name(ctx.text[s:e]) in line for line in copied)
               # nor whoever the sentence says did something else ("Grace Nakamura, MS, CGC, genetic counselor, recorded
               # your family history")
               # (or where they work, between: "Olga Okonkwo, ARNP at Tacoma Medical Center saw you on ...")
               # (or "Carlos Montoya, DPT of the Southwood Comprehensive Medical Center rehabilitation department sent progress notes")
               and not re.match(rf"(?:,?[ \t]*(?:{P.CRED_RE}))*(?:,[ \t]*[a-z][a-z ]{{2,40}})?(?:[ \t]+at[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,5}}|"
                                r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,7}?)?"
                                r",?[ \t]+(?:recorded|measured|examined|wrote|"
                                r"documented|took|referred|ordered|prescribed|treated|saw|fitted|tested|sent|submitted|faxed|mailed)\b",
                                ctx.text[e:e + 120])
               # nor the member's own doctor named so after the name ("Dmitri Acosta, MD, your primary care physician")
               and not _MEMBERS_OWN_AFTER.match(ctx.text, e)
               # nor the member's family ("semen analysis (89320) for your partner, Hannah Iwasaki, on Feb 19")
               and not re.search(r"(?i)\b(?:your|the\s+member['’]s|his|her)\s+(?:partner|spouse|husband|wife|son|daughter|mother|"
                                 r"father|caregiver|child|parent|relative|friend|guardian|sister|brother)\s*,?\s*$",
                                 ctx.text[max(0, s - 40):s])
               # nor whoever did the tests the letter reports ("audiology results ... (tests by Daniel Lindgren, CCC-A)")
               and not re.search(r"(?i)\b(?:tests?|testing|performed|done|examined|evaluated)\s+by[ \t]*$", ctx.text[max(0, s - 30):s])
               # nor whoever did something else "by" them ("the measurement of 6.3.2026 (1.4 x 2.2 cm) by Leilani Ibarra,
               # DPM"; "Ordered by: Dmitri Tanaka, ARNP"): after "by", only a review or a decision makes a reviewer
               # (and in Spanish: "indicada por Dra. Kwame P. Prescott")
               and not (re.search(r"(?i)\b(?:by|por)(?:[ \t\n]+(?:el|la)?[ \t\n]*(?:Dra?\.|doctora?))?[ \t\n]*:?[ \t\n]*$", ctx.text[max(0, s - 20):s])
                        and not re.search(r"(?i)\b(?:review\w*|decided|decision|determin\w*|signed|made|revis\w*|decidi\w*|"
                                          r"decisi[óo]n|tom[óo]|tomad[oa]|firmad[oa])\b[^.;]{0,60}\b(?:by|por)\b[^.;]{0,16}$",
                                          ctx.text[max(0, s - 100):s]))
               # nor the member's own clinician ("Your podiatrist, Soo-jin McAllister, DPM, measured the ulcer")
               # (or a child's: "Arturo's therapist, Farid Solis, OTR/L, ... asked us to approve")
               and not re.search(r"(?i)(?:\byour|\b(?-i:[A-Z])[a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:doctor|physician|provider|surgeon|therapist|dentist|"
                                 r"pediatrician|specialist|nurse|[a-z]+ist)\s*,?[ \t\n]*$", ctx.text[max(0, s - 50):s])
               # nor anyone on the copy line
               and not _COPY_LINE.match(ctx.text, R._line_at(ctx.text, s)[0])
               # nor the clinician the member saw ("You saw Naomi M. Figueroa, MD of our Neurosurgery Department ..., who
               # recommended ...": the first opinion, not the decision)
               and not R.MEMBER_SAW_BEFORE.search(ctx.text, max(0, s - 30), s)
               # nor who got the case ready ("The request was prepared for review by X, PharmD")
               and not R.PREPARED_FOR_REVIEW_BEFORE.search(ctx.text, max(0, s - 60), s)
               # nor the author of a record ("pathology report signed by Vanessa Montoya, MD")
               and not R.RECORD_AUTHOR_BEFORE.search(ctx.text, max(0, s - 90), s)
               # nor the contact a supplier or center names in brackets ("Capital Beltway Prosthetic Center (Arturo Ahmadi, CPO)")
               and not (re.search(r"\([ \t]*$", ctx.text[max(0, s - 3):s]) and R._ORG_WORDS.search(ctx.text[max(0, s - 60):s]))
               # nor who would make, fit or supply the item ("The appliance would be made by Ruth Alvarez, DDS")
               and not re.search(r"(?i)\b(?:be|is|are|was|were)\s+(?:made|built|fitted|fabricated|supplied|delivered|provided|"
                                 r"dispensed|sold)\s+by[ \t]*$", ctx.text[max(0, s - 40):s])]
    # the model's span must read as a person's name ("CPAP is" is no one)
    ner_rev = [(s, e, p) for s, e, p in ner_rev if _PERSON_NAME_SHAPE.fullmatch(R._clean_name(ctx.text[s:e]))]
    if rn is None and ner_rev:
        s, e, p = ner_rev[0]
        rv["name"] = ctx.fld(R._clean_name(ctx.text[s:e]), [(s, e)], p, "ner:REVIEWER")
    elif rn is not None:
        rv["name"] = ctx.fld(rn.value, [(rn.start, rn.end)], rn.score, rn.source)
    else:
        rv["name"] = ctx.fld(None, source="rules:no_reviewer")
    creds = [c for c in f if c.label == "reviewer_credentials"]
    if rn is not None:
        near = [c for c in creds if 0 <= c.start - rn.end <= 6]
        cr = near[0] if near else None
    else:
        cr = None
    if cr is None and rn is not None and rv["name"]["value"]:
        m = re.match(rf"\s*,?\s*(?P<c>(?:{P.CRED_RE})(?:\s*,\s*(?:{P.CRED_RE}))*)", ctx.text[rn.end:rn.end + 40])
        if m:
            cr = R.Candidate("reviewer_credentials", rn.end + m.start("c"), rn.end + m.end("c"), m.group("c"), "reviewer.after_name")
    rv["credentials"] = ctx.fld(cr.value, [(cr.start, cr.end)], cr.score, cr.source) if cr else ctx.fld(None, source="rules:no_credentials")
    sp = _best(f, "reviewer_specialty", ["reviewer.specialty_label", "reviewer.prose", "reviewer.signature"])
    if sp and rn and abs(sp.start - rn.start) > 600 and not sp.source.startswith("reviewer.specialty_label"):
        sp = None
    rv["specialty"] = ctx.fld(sp.value, [(sp.start, sp.end)], sp.score, sp.source) if sp else ctx.fld(None, source="rules:no_specialty")
    # a number the letter prints three times or more (the taglines' and the rights' "call ...") is the plan's general
    # line, not the reviewer's own
    # (nor is a phone on the copy line, "cc: Arturo Petrov, BCBA, Blue Ridge ABA Therapy ((703) 478-7568)": whoever
    # gets a copy)
    phs = [c for c in f if c.label == "reviewer_phone" and _times_printed(ctx.text, str(c.value)) < 3
           and not _COPY_LINE.match(ctx.text, R._line_at(ctx.text, c.start)[0])]
    near = [c for c in phs if rn is not None and 0 <= c.start - rn.end <= 300]
    ph = _best(near or phs, "reviewer_phone", ["reviewer.phone_prose", "reviewer.phone_after_name", "reviewer.prose", "reviewer.signature"])
    rv["phone"] = ctx.fld(ph.value, [(ph.start, ph.end)], ph.score, ph.source) if ph else ctx.fld(None, source="rules:no_reviewer_phone")
    res["reviewer"] = rv
    return res


_ROW_STRIP = re.compile(
    r"(\b(CPT|HCPCS|ICD-?10(-CM)?|code|c[óo]digo|diagnosis|diagn[óo]stico|dx|service\s+requested|servicio\s+solicitado)\b\s*[:#]?)|"
    r"\s(denied|not\s+approved|approved|partially\s+approved|pending|not\s+authorized|authorized|denegad[oa]|aprobad[oa]|"
    r"negad[oa]|no\s+aprobad[oa]|not\s+covered|no\s+cubierto|not\s+payable|payable(\s+as\s+requested)?|not\s+certified|certified|"
    r"stopping|ending|reduced)\s*$|\|", re.I)


_CHECKBOX = re.compile(r"\[[ \t]*[xX✓✔]?[ \t]*\][ \t]*(?:[A-Za-z]+\b)?")


# the words of a code's own label and count, which name no service: "del servicio", "billing units per dose"
_CODE_LABEL_WORDS = frozenset("code codes cpt hcpcs código codigo códigos del de el la los the of for service servicio "
                              "procedure procedimiento billing billed units unit per dose dosis unidades por each cada "
                              "number no s on in referral request order listed".split())


def _code_label_only(text: str, codes: list[str]) -> bool:
    """An item's text that is only its codes and their label or count: nothing names the service."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", " ".join(w for w in text.split() if w.strip("(),.:;") not in codes))
    return all(w.lower() in _CODE_LABEL_WORDS for w in words)


# a sentence that names what was asked for after a colon or "is": "The service requested is: X.", "El servicio
# solicitado es: Estudio del sueño (polisomnografía) en un centro fuera de la red."
_SERVICE_STATEMENT = re.compile(
    r"(?i)\b(?:(?:the\s+)?(?:service|care|drug|medication|item|procedure|treatment|test|equipment)\s+(?:requested|asked\s+for|"
    r"you\s+asked\s+for|your\s+doctor\s+asked\s+for|under\s+review)\s+(?:is|was|were)|"
    r"(?:el\s+|la\s+)?(?:servicio|medicamento|procedimiento|tratamiento|equipo|art[íi]culo|prueba|atenci[óo]n)\s+"
    r"(?:solicitad[oa]|que\s+(?:se\s+)?pidi[óo])\s+(?:es|fue))[ \t]*:?[ \t\n]+"
    r"(?P<item>(?-i:[A-ZÁÉÍÓÚÑ])(?:[^.:;\n]|\.(?=\d)|\n(?![ \t]*\n)){3,200}?)(?=\.(?:\s|$)|;|$)|"
    # the request told as a story, the item capitalised after "for": "Su médico pidió una referencia a X para
    # Ejercicios terapéuticos ...", "Dr. Y asked us for a referral to Z for Sleep study, attended, in a lab."
    r"\b(?:pidi[óo]|solicit[óo]|asked(?:\s+us)?\s+for|requested)\b[^.;:]{0,120}?\b(?:para|for)[ \t\n]+"
    r"(?P<told>(?-i:[A-ZÁÉÍÓÚÑ])(?:[^.:;\n]|\.(?=\d)|\n(?![ \t]*\n)){3,200}?)(?=\.(?:\s|$)|;|$)|"
    # "Dr. X asked us to cover New patient consultation (outside oncologist) at Northstar Cancer Center."
    r"\basked\s+(?:us\s+)?to\s+(?:cover|approve|authori[sz]e|pay\s+for)[ \t\n]+"
    r"(?P<cover>(?-i:[A-Z])(?:[^.:;\n]|\.(?=\d)|\n(?![ \t]*\n)){3,200}?)(?=\.(?:\s|$)|;|$)")
# what was asked for, told in prose: "... request for Wegovy (semaglutide) 2.4 mg weekly pen.", "asked us to cover X for you"
# ("You requested Outside second-opinion office consultation, Breast Cancer Program, ...": the requester, then the item)
# a request in Spanish: "(nos) pidió autorización previa para", "solicitó la aprobación de", "una solicitud de cobertura para"
_ES_ASKED_FOR = (r"(?:(?:pidi[óo]|pidieron|solicit[óo]|solicitaron)\s+(?:la\s+)?(?:autorizaci[óo]n(?:\s+previa)?|aprobaci[óo]n|cobertura)|"
                 r"solicitud\s+de\s+(?:autorizaci[óo]n(?:\s+previa)?|aprobaci[óo]n|cobertura))\s+(?:para|de)")
_ASKED_ITEM = re.compile(r"(?i)\b(?:request\s+for|asked\s+(?:us\s+)?(?:to\s+(?:cover|approve|authori[sz]e|fill)|for)|"
                         # ("On an expedited review, we denied coverage for Admission to a skilled nursing facility (SNF)")
                         r"(?:we\s+)?(?:denied|deny|are\s+denying)\s+(?:coverage|payment)\s+(?:for|of)|" + _ES_ASKED_FOR +
                         r"(?:\s+(?:el|la|los|las|un|una))?|"
                         r"(?:you|your\s+(?:doctor|physician|provider|clinician|surgeon|oncologist|specialist))\s+requested)\s+(?:an?\s+|the\s+)?"
                         r"(?P<item>(?-i:[A-Z])(?:[^.;:\n(]|\([^)\n]{1,40}\)|\([^)\n]{1,40}\n[^)\n]{1,40}\)|\n(?![ \t]*\n)|\.(?=\d)){3,160}?)"
                         # (or the terms asked for: "... to cover Trelegy Ellipta 100-62.5-25 at a lower cost-sharing tier")
                         r"(?=\s+for\s+you\b|\s+\((?:prescri|dated|written|order)|,\s+(?:made|sent|submitted|prescribed|ordered|written)\s+by\b|"
                         r"\s+at\s+(?:a|the)\s+(?:lower|preferred|reduced|higher|non-?preferred|cost[- ]?sharing|copay)\b|\.(?:\s|$)|;|$)")
_ITEM_FOR_PERSON = re.compile(r"(?i:\b(?:request\s+for|not\s+to\s+(?:approve|cover|authori[sz]e)|(?:decision|determination)\s+(?:on|about)|"
                              r"denial\s+of|(?:we\s+)?(?:denied|deny))\s+(?:an?\s+|the\s+)?)"
                              r"(?P<item>[a-z][^.;:]{3,120}?)\s+for\s+(?:your\s+(?:child|son|daughter|teen|teenager|family\s+member),?\s+)?"
                              r"(?:[A-Z][a-z'’-]+\s+){1,2}(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+(?=[\s.,;])")
_NOT_AN_ITEM = re.compile(r"(?i)\b(?:contact|call|questions?|phone|fax|criteria|guidelines?|policy|committee|asked|made\s+by|(?<=,\s)made|records?\s+show|filled|"
                          r"manager|coordinator)\b")
# "... request for ", "asked us for ": what follows is the item asked for
_ASKED_FOR_BEFORE = re.compile(r"(?i)\b(?:(?:request|asked(?:\s+us)?|authori[sz]ation|approval|coverage|prescription)\s+(?:for|of)|"
                               r"asked\s+(?:us\s+)?to\s+(?:cover|approve|authori[sz]e|pay\s+for|fill)|"
                               # "the prescription Dr. Y wrote for you for Liraglutide (Saxenda) 18 mg/3 mL pen"
                               r"(?:wrote|prescribed|ordered)\s+for\s+you\s+for|"
                               # "nos pidió autorización previa para Adzenys XR-ODT (anfetamina) 6.3 mg, ..."
                               + _ES_ASKED_FOR + r")\s+(?:an?\s+|the\s+|el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?$")
# the first words of a name the model started inside of: "Adzenys XR-" before "ODT", "Trelegy " before "Ellipta"
_NAME_LEAD_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w/-]*[ \t]+){0,2}(?-i:[A-Z])[\w/]*-$|(?:(?-i:[A-Z])[\w/-]*[ \t]+){1,2}$")
# where the item asked for gives way to whom and when: "asked us to cover X for\nyou (prescription dated ...)"
_ASKED_FOR_END = re.compile(r"(?i)\s+for\s+you\b(?!r)|\s+for\s+(?:this|the|your|our)\s+(?:patient|member|child)\b|"
                            r"[ \t]*\((?:prescri|dated|written|order)")
# the rest of a sentence's item: over wrapped lines, never past a sentence's end, a semicolon or a blank line
_ITEM_TAIL_RUN = re.compile(r"(?:[^.;:\n]|\n(?![ \t]*\n)|\.(?=\d))*")
# where an item's name gives way to its place: "... (continued stay) at Bayside Center", "... en Clínica X"
_AT_FACILITY = re.compile(r"\s+at\s+(?:the\s+)?(?-i:[A-Z])(?:[^,.;\n]|\n(?![ \t]*\n)){0,60}?\b(?:Center|Centre|Hospital|Institute|Unit|Clinic|Facility|"
                          r"Rehab\w*|Medical|Nursing|Post-Acute|Hospice)\b")
_AT_PLACE = re.compile(r"\s+(?:at|in|from|en)\s+(?-i:[A-Z])")
_WEEKDAY_IN_PARENS = re.compile(r"(?i)\((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\)")


def _row_text(line: str, codes: list[str]) -> str:
    t = _CHECKBOX.sub(" ", line)  # "[X] Approved  [  ] Denied" is the row's decision, not its service
    for c in codes:
        t = t.replace(c, " ")
    t = re.sub(r"\(\s*[,;/ ]*\s*\)", " ", t)
    t = _WEEKDAY_IN_PARENS.sub(" ", t)  # "05/19/2024 (Sun)": a date's weekday names no service
    t = _ROW_STRIP.sub(" ", t)
    return _strip_keep_paren(re.sub(r"\s+", " ", t).strip(), " ,;:-–()/")


def _strip_keep_paren(t: str, chars: str) -> str:
    """``t.strip(chars)``, but a parenthesis the text opened keeps its close: "1 unit (155 units)", "Whole exome
    sequencing (proband)"."""
    out = t.strip(chars)
    if out.count("(") > out.count(")") and t[t.find(out) + len(out):].lstrip().startswith(")"):
        out += ")"
    return out


def _new_row_item(text: str, services: list[dict]) -> bool:
    """An uncoded decision row's text names an item (capitalised, two words or more, no clause) not already listed."""
    return bool(text[:1].isupper() and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", text)) >= 2 and not _CLAUSE_WORDS.search(text)
                and not any(R_tokf1(text, it["text"]) >= 0.6 for it in services))


_CODE_WORD = re.compile(r"(?i)\b(?:cpt|hcpcs|codes?|c[óo]digos?|procedure|procedimiento)\b")
_LAST_COVERED_ITEM = re.compile(r"(?i)\b(?:last\s+(?:covered\s+day|day\s+of\s+coverage)|coverage)\s+(?:for|of)\s+(?:your\s+)?"
                                # (never a reference back: "the services identified above", "this medicine", "further days")
                                r"(?!(?:the|this|these|those|that|such|further|any|all|its|their|it|them)\b)(?P<item>(?:[^.\n:;]|\n(?![ \t]*\n)|\.(?=\d)){4,160}?)\s+"
                                r"(?:is\s+(?=[A-Z0-9])|will\s+be\s+(?=[A-Z0-9])|will\s+(?:end|stop)\b|ends\b|stops\b|is\s+ending\b)")
_CODE_SHAPE = re.compile(r"\b(?:\d{5}|0\d{3}U|[A-Z]\d{4})\b")  # a CPT or HCPCS code's shape
# where an uncoded item gives way to a coded one: "... (continued stay) and 97110 Physical therapy"
_BEFORE_A_CODE = re.compile(r"\s+and\s+(?=(?:CPT\s+|HCPCS\s+|code\s+)?(?:\d{5}|0\d{3}U|[A-Z]\d{4})\b)", re.I)
_DECISION_COLON_ITEM = re.compile(
    r"(?i)\b(?:will\s+no\s+longer\s+be\s+covered|will\s+not\s+be\s+covered|(?:is|are|was|were)\s+not\s+(?:approved|covered|authori[sz]ed)|"
    r"we\s+(?:did\s+not|cannot|can\s+not|will\s+not|are\s+not\s+able\s+to)\s+(?:approve|cover|pay\s+for)|(?:was|were|is|are)\s+denied|"
    # ("We have denied the medical care listed below that was requested for you on the fast (72-hour) track: X")
    r"we\s+have\s+denied\s+the\s+(?:medical\s+)?(?:care|services?|items?|treatment)\b(?:[^:.\n]|\n(?![ \t]*\n)){0,60})"
    r"[^:.\n]{0,40}:(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:[A-Z])[^\n]{3,}\.[ \t]*\n))(?P<item>(?-i:[A-Z])(?:[^.\n:]|\.(?=\d)){3,120}(?:\n(?:[^.\n:]|\.(?=\d)){0,80})?)")


# a denial's label and the item it names, after a colon or on the line below a heading: "We did not approve: X.",
# "What we denied: X.", "Not approved" / "X. You will not be admitted ..."
_DENIED_LABEL_ITEM = re.compile(
    r"(?im)(?:^|(?<=[.;][ \t]))[ \t]*(?:what[ \t]+)?(?:we[ \t]+)?(?:did[ \t]+not[ \t]+(?:approve|cover|authori[sz]e)|not[ \t]+approved|denied|"
    r"not[ \t]+covered|not[ \t]+authori[sz]ed)(?:[ \t]*:[ \t]*|[ \t]*\n[ \t]*)(?P<item>[A-Za-z](?:[^.\n:;]|\.(?=\d)|\n(?![ \t]*\n)){3,140})")
# "The inpatient hospital admission after surgery, 2 days is denied." (never the request, the claim or the rest of it)
_ITEM_IS_DENIED = re.compile(
    r"(?im)(?:^|(?<=[.;:][ \t]))[ \t]*(?:the|your)[ \t]+(?!(?:request|claim|appeal|decision|rest|remainder|services?|care|coverage|"
    r"payment|bill|charges?|reasons?)\b)(?P<item>[a-z](?:[^.\n:;]|\n(?![ \t]*(?:\n|(?-i:[A-Z])))){3,120}?)[ \t\n]+(?:is|was|are|were)[ \t\n]+"
    r"(?:denied|not[ \t\n]+(?:approved|covered|authori[sz]ed))\b")
# where an item's sentence ends: a full stop before a capital (never an initial's, "M.D. asked"), or a blank line
_SENTENCE_OR_PARAGRAPH_END = re.compile(r"(?<![A-Z])\.(?=\s+[A-Z])|\n[ \t]*\n")
# words that open a sentence, not an item's name
_CLAUSE_LEAD = re.compile(r"(?i)\b(?:we|you|your|our|us|is|are|was|were|will|because|this|these|that|it|they)\b")


def _on_diagnosis_lines(ctx: _Ctx, pos: int) -> bool:
    """Whether ``pos`` is on a line that names diagnoses, or on the line a diagnosis list wrapped to."""
    ls, le = R._line_at(ctx.text, pos)
    prev = R._line_at(ctx.text, ls - 1)[0] if ls > 0 else ls
    return bool(R.P.CODE_CONTEXT_DIAG.search(ctx.text, prev, le))


# a verb that makes a model's span a clause, no name: "Wegovy is right for you", "Ellipta were tried"
_CLAUSE_VERB = re.compile(r"(?i)\b(?:is|was|are|were|been|because)\b")


def _timeline_row(text: str, ls: int, le: int) -> bool:
    """A line that opens on a date and goes on in words: a row of a timeline ("04/09/26 Physical therapy evaluation",
    "22-May-26 Physical therapy evaluation")."""
    line = text[ls:le]
    lead = len(line) - len(line.lstrip())
    return any(m and re.match(r"[ \t]+(?:[-–—:][ \t]+)?[A-Za-z]", line[lead + m.end():])
               for _, rx in P.DATE_PATTERNS for m in (rx.match(line, lead),))


def _item_language(ctx: _Ctx, pos: int) -> str | None:
    """The language of the sentence that names an item; a short sentence tells by its words of one language alone
    ("X asked us for prior authorization of Y")."""
    sent = ctx.text[slice(*_sentence_at(ctx, pos))]
    toks = re.findall(r"[a-záéíóúñü]+", sent.lower())
    es, en = sum(t in _ES_WORDS for t in toks), sum(t in _EN_WORDS for t in toks)
    return _sentence_language(sent) or ("en" if en >= 2 and not es else "es" if es >= 2 and not en else None)


_NO_CHANGE_ROW = re.compile(r"(?i)\((?:no\s+change|unchanged|not\s+changing|stays?\s+the\s+same|sin\s+cambios?)\)")


def _items(ctx: _Ctx) -> tuple[list[dict], list[dict], list[dict]]:
    """Services (CPT/HCPCS) and diagnoses (ICD-10-CM) grouped by line, with the line's description as text."""
    by_line: dict[tuple[int, int], list[R.Candidate]] = defaultdict(list)
    # a code is often named in prose ("a request for X (CPT 81432)") and again in the decision table: keep the
    # table row (a short line led by the code, a bullet, or carrying a decision word)
    by_code: dict[tuple[str, str], list[R.Candidate]] = defaultdict(list)
    # the cells of a table's column of alternatives ("Drug requested  Preferred alternatives"): what to try first or
    # what is covered instead, never an item denied
    alt_cells = T.alternative_cells(ctx.document, ctx.text, 0, ctx.decision_end)

    def in_alternatives(s: int, e: int) -> bool:
        return any(s < b and e > a for a, b in alt_cells)

    # a code the letter says was paid, or no part of this notice, is no item wherever else it is named (a claim table's
    # paid line under "Line E0114 was processed and paid; this notice is about the denied line only")
    # (a mention the recognizer left alone counts too: "Line E0114 was processed and paid")
    # (and a list of codes the letter says was covered: "(A0426, A0425), which was covered"; a claim table's line whose
    # status cell says "Paid" stays an item of the decision the table sets out, as an approved line of a partial decision does)
    service_values = {c.value for c in ctx.cands["codes"] if c.label != "ICD10"}
    paid_codes = {v for v in service_values if any(
        _said_paid(ctx.text, m.end(), m.start()) for m in re.finditer(rf"(?<![\w.-]){re.escape(v)}(?![\w.-])", ctx.text))}
    # (and every code on the rows of a table its caption calls paid or outside the decision: "Related claim (paid; not
    # part of this decision):" over "Claim Provider Code ..." / "73614268036 Dr. Ezequiel Tran 47563 ...")
    paid_codes |= {c.value for c in ctx.cands["codes"] if c.label != "ICD10" and (
        _under_paid_caption(ctx.text, c.start) or _info_only_row(ctx.text, c.start)
        # (and a row that says its care does not change: "Home health aide (no change)  S9122  2 a day  2 a day")
        or _NO_CHANGE_ROW.search(ctx.text, *R._line_at(ctx.text, c.start))
        or _RECOMMENDED_ROW.match(ctx.text, R._line_at(ctx.text, c.start)[0], c.start))}
    # (and the codes of a numbered claim line the letter says was paid: "Line 3 (the emergency transport of 16 Dec 2025)
    # was paid and is not part of this decision" over the row "3 20251216 A0429 BLS emergency transport (911) ...")
    paid_lines = {m.group(1) for m in _PAID_LINE_NUMBER.finditer(ctx.text)}
    if paid_lines:
        paid_codes |= {c.value for c in ctx.cands["codes"] if c.label != "ICD10" and re.match(
            rf"[ \t]*(?:{'|'.join(sorted(paid_lines))})[ \t]+\S", ctx.text[R._line_at(ctx.text, c.start)[0]:c.start])}
    # the code an authorization was for, named beside another code billed, is no item anywhere in the letter (unless it
    # is the only code: then the authorized care itself is what the claim denies)
    authorized = {c.value for c in ctx.cands["codes"] if c.label != "ICD10"
                  and _AUTHORIZED_CODE_BEFORE.search(ctx.text, max(0, c.start - 80), c.start)}
    if service_values - authorized - paid_codes:
        paid_codes |= authorized
    for c in ctx.cands["codes"]:
        if ctx.section_of(c.start) in ("taglines",):
            continue
        if c.label != "ICD10" and c.value in paid_codes:
            continue
        if c.source.startswith(("codes.service_row", "codes.service_context")) and ctx.in_rights(c.start) and \
                not _CODE_WORD.search(ctx.text, *R._line_at(ctx.text, c.start)):
            continue  # a bare five-digit number among the appeal rights, taken for a code only by the words around
            # it, is a box or ZIP that a two-column page split off its address
        if c.label != "ICD10" and (_alternative_row(ctx.text, c.start) or _approved_instead(ctx, c.start, c.end)
                                   or in_alternatives(c.start, c.end) or _record_reviewed(ctx, c) or _earlier_care(ctx, c)):
            continue  # a drug to try first ("Step 1: iron sucrose (Venofer) infusions, HCPCS J1756"), or care the plan
            # approves or covers in place of the item asked for, is no item denied
        by_code[(c.label == "ICD10", c.value)].append(c)
    _drop_later_mentions(ctx, by_code)
    # a reply form at the end repeats the item in its own words ("cut here and return this part" / "APPEAL REQUEST FORM"
    # / "Drug: Remicade (J1745)"): the letter's own mention names it
    form = _REPLY_FORM_MARK.search(ctx.text, ctx.header_end)
    form_at = form.start() if form else len(ctx.text)
    # (between mentions alike, the one in the letter's own language: a Spanish letter's English summary names the item
    # in other words than the letter does)
    # (a letter in both languages in equal measure is read as English first, as its reason is)
    spanish = ctx.language == "es" and len(_ENGLISH_WORDS.findall(ctx.text)) < 0.5 * len(_SPANISH_WORDS.findall(ctx.text))
    own, other = (_SPANISH_WORDS, _ENGLISH_WORDS) if spanish else (_ENGLISH_WORDS, _SPANISH_WORDS)

    def in_own_language(c: R.Candidate) -> bool:
        line = ctx.text[slice(*R._line_at(ctx.text, c.start))]
        return not (other.search(line) and not own.search(line))

    for cs in by_code.values():
        best = max(cs, key=lambda c: (c.start < form_at, _row_likeness(ctx.text, c), in_own_language(c), -c.start))
        by_line[R._line_at(ctx.text, best.start)].append(best)
    services: list[dict] = []
    diagnoses: list[dict] = []
    rows: list[dict] = []

    def add(text: str, codes: list[str], spans: list[tuple[int, int]], source: str, decision: str | None) -> None:
        """One service item, with the decision its row states (kept beside it in ``rows``)."""
        rows.append({"decision": decision})
        services.append({"text": text, "codes": codes, "evidence": ctx.ev(spans), "source": source})

    def add_first_named(rx: re.Pattern, source: str, decision: str | None, cut: re.Pattern | None = None,
                        screen: bool = True) -> None:
        """The first item ``rx`` names in the decision's part of the letter (its ``item`` group), up to where ``cut``
        finds its place, when it has two words or more and (``screen``) is no phone line, criteria or committee."""
        for m in rx.finditer(ctx.text, ctx.header_end, ctx.decision_end):
            a, b = m.span("item")
            for c in ((cut,) if isinstance(cut, re.Pattern) else cut or ()):
                at = c.search(ctx.text, a, b)
                b = at.start() if at and at.start() > a else b
            text = _clean_item(ctx.text[a:b])
            if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)) >= 2 and not (screen and _NOT_AN_ITEM.search(text)):
                add(text, [], [(a, b)], source, decision)
                return

    table_rows: list[tuple[int, int]] = []
    decision_lines: list[tuple[int, int]] = []  # coded rows that end on their decision but are not cut into cells
    # coded services in a sentence or a list item (not a table row cut into cells): one item per code form
    by_region: dict[tuple[int, int], list[R.Candidate]] = defaultdict(list)
    for (ls, le), cs in by_line.items():
        is_row = len(_cells(ctx.text, ls, le)) >= 3
        prev_ls = ctx.text.rfind("\n", 0, max(0, ls - 1)) + 1 if ls > 0 else 0
        for c in cs:
            if c.label == "ICD10":
                continue
            sa, sb = _sentence_at(ctx, c.start)
            if is_row and not re.search(  # the sentence's words on this line or the one before
                    r"\b(we|you|your|our|deny|denied|decision|coverage|about|asked)\b", ctx.text[max(prev_ls, sa):c.start], re.I):
                continue  # a table row cut into cells (a sentence about the decision is prose with dashes)
            brk = [m.start() for m in _LIST_BREAK.finditer(ctx.text, sa, sb)]
            ra = max([sa] + [p + 1 for p in brk if p < c.start])
            rb = min([sb] + [p for p in brk if p > c.start])
            by_region[(ra, rb)].append(c)
    done: set[int] = set()
    sibling_spans: list[tuple[int, int]] = []
    for (ra, rb), cs in sorted(by_region.items()):
        found = _coded_list(ctx.text, ra, rb, cs)
        if not found:
            continue
        for a, b, ccs, end in found:
            text = _clean_item(_row_text(ctx.text[a:b], []))
            if not text:
                continue
            nxt = min([x[0] for x in found if x[0] >= end] + [ctx.text.find("\n", end) % (len(ctx.text) + 1)])
            add(text, [c.value for c in ccs], [(a, end)], "+".join(sorted({c.source for c in ccs})) or "rules:coded_list_conjunct",
                _decision_in(ctx.text[end:nxt]) if ccs else None)
        done |= {id(c) for c in cs}
    desc_cells = T.description_cells(ctx.document, ctx.text, 0, len(ctx.text)) if by_line else {}
    for (ls, le), cs in sorted(by_line.items()):
        cs = [c for c in cs if id(c) not in done]
        if not cs:
            continue
        line = ctx.text[ls:le]
        dx = [c for c in cs if c.label == "ICD10"]
        for c in dx:
            a, b = _dx_segment(ctx.text, ls, c, dx)
            txt = _clean_item(ctx.text[a:b])
            diagnoses.append({"text": txt or c.value, "codes": [c.value], "evidence": ctx.ev([(min(a, c.start), max(b, c.end))]),
                              "source": c.source})
        svc = [c for c in cs if c.label != "ICD10"]
        # "Care under review: 63650: Percutaneous implantation ...": the description follows the code
        rest = []
        for c in svc:
            span = _code_colon_desc(ctx.text, c, le)
            if span is None:
                rest.append(c)
                continue
            a, b = span
            text = _clean_item(_row_text(ctx.text[a:b], []))
            add(text or c.value, [c.value], [(c.start, b)], c.source, _decision_in(ctx.text[b:le]))
        svc = rest
        paren = [c for c in svc if _in_parens(ctx.text, c)]
        for c in paren:
            # "Hereditary cancer panel, 47 genes (CPT 81432)": the words before the parenthesis, across a line wrap
            lp = _attach_start(ctx.text, c)
            start = ctx.text.rfind("\n", 0, lp) + 1
            if start > 0 and re.match(r"[ \t]*[a-zà-ÿ]", ctx.text[start:lp]) and \
                    not re.search(r"[.:;]\s*$", ctx.text[max(0, start - 3):start]):
                start = ctx.text.rfind("\n", 0, start - 1) + 1  # the name began on the line before ("... speech,\nlanguage")
            elif len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", ctx.text[start:lp])) < 3 and start > 0:
                prev = ctx.text.rfind("\n", 0, start - 1) + 1
                if not re.search(r"([.:;]|denied|approved)\s*$", ctx.text[prev:start - 1], re.I):
                    start = prev
            elif start > 0 and not _PROSE_CUT.search(ctx.text, start, lp):
                # the name began on the line before, right after the words that lead an item there ("... pidió para Marcus
                # Terapia" / "ABA directa administrada por técnico (código 97153)")
                prev = ctx.text.rfind("\n", 0, start - 1) + 1
                pcut = list(_PROSE_CUT.finditer(ctx.text, prev, start - 1))
                if pcut and not re.search(r"[.:;]\s*$", ctx.text[prev:start - 1]) and \
                        re.fullmatch(r"[ \t]*(?:[A-Za-zÀ-ÿ'’-]{2,}[ \t]*){1,3}", ctx.text[pcut[-1].end():start - 1]):
                    start = prev
                elif not re.match(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]", ctx.text[start:lp]) and \
                        any(m.end() > start for m in _PROSE_CUT.finditer(ctx.text, prev, lp)):
                    start = prev  # (or the words that lead it began there: "una solicitud de Dr. X" / "(Psiquiatría, Y) de
                    # Tratamiento residencial ... (código"; never past a list item's own marker: "Your request" / "- Full
                    # face mask for CPAP, each (HCPCS A7030)")
            cuts = list(_PROSE_CUT.finditer(ctx.text[start:lp]))
            a = start + (cuts[-1].end() if cuts else 0)
            text = _clean_item(_row_text(ctx.text[a:lp], []))
            add(text or c.value, [c.value], [(a, c.end)], c.source, None)
        group = [c for c in svc if c not in paren]
        if group:
            a, b = _svc_segment(ctx.text, ls, le, group)
            col = desc_cells.get(ls)
            if col and not any(col[0] <= c.start < col[1] for c in group) and re.search(r"[A-Za-zÀ-ÿ]{3,}", ctx.text[col[0]:col[1]]):
                a, b = col  # the row's cell under its table's description column, whatever columns stand before it
            lead = _ROW_ROLE_LEAD.match(ctx.text, a, b)
            if lead and re.search(r"[A-Za-zÀ-ÿ]{3,}", ctx.text[lead.end():min(c.start for c in group)]):
                # a row led by its role ("Requested  Attended polysomnography ...  95811  Not approved", "Asked for ..."):
                # the item is what follows the role, up to its code
                a, b = lead.end(), min(c.start for c in group)
            if len(_cells(ctx.text, ls, le)) >= 3:
                table_rows.append((ls, le))
            elif _ENDS_ON_DECISION.search(line):
                decision_lines.append((ls, le))
            text = _clean_item(_row_text(ctx.text[a:b], []))
            codes = list(dict.fromkeys(c.value for c in group))
            if ls > 0 and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(CPT|HCPCS|code)\b", "", ctx.text[ls:le], flags=re.I)):
                # "– Total hip arthroplasty — CPT" / "27130": the code wrapped onto a line of its own
                pls = ctx.text.rfind("\n", 0, ls - 1) + 1
                tail = _WRAPPED_CODE_LABEL.search(ctx.text, pls, ls - 1)
                above = R.unlead(ctx.text[pls:ls - 1])
                if tail and len(re.findall(r"[A-Za-z]{2,}", ctx.text[pls:tail.start()])) >= 2:
                    mk = _MARKER.match(ctx.text, pls)
                    a = mk.end() if mk else pls
                    text = _clean_item(_row_text(ctx.text[a:tail.start()], [])) or text
                elif item := _ITEM_FIELD_LINE.fullmatch(above) or _ITEM_FIELD_LINE_BARE.fullmatch(above):
                    # a form's code row under its item row ("Service asked for  Second opinion ..." / "Code  CPT 99245")
                    text = _clean_item(_row_text(ctx.text[pls + item.start("val"):pls + item.end("val")], [])) or text
                    a = pls + item.start("val")
            elif ls > 0 and (_CODE_FIELD_LEAD.fullmatch(lead_in := R.unlead(ctx.text[ls:min(c.start for c in group)]))
                             or _CODE_FIELD_LEAD_BARE.fullmatch(lead_in)) and (
                    item := _ITEM_FIELD_LINE.fullmatch(above := R.unlead(ctx.text[ctx.text.rfind("\n", 0, ls - 1) + 1:ls - 1]))
                    or _ITEM_FIELD_LINE_BARE.fullmatch(above)):
                # a form's fields, one to a line: "DRUG REQUESTED....: romosozumab (Evenity) 210 mg ..." over
                # "HCPCS.............: J3111 UNITS: 210 SIG: ...": the item is the field above, not the code line's rest
                pls = ctx.text.rfind("\n", 0, ls - 1) + 1
                text = _clean_item(_row_text(ctx.text[pls + item.start("val"):pls + item.end("val")], [])) or text
                a = pls + item.start("val")
            elif ls > 0 and a > ls and _WRAPPED_LABEL_LEAD.fullmatch(ctx.text, ls, min(c.start for c in group)):
                # "Request: Physical therapy sessions, 12 additional visits; procedure" / "codes 97110, 97140.
                # Diagnosis: ...": the label of the codes wrapped, and the service was named on the line before
                pls = ctx.text.rfind("\n", 0, ls - 1) + 1
                if re.search(r"(?:[;,]|\b(?:procedure|billing|service))[ \t]*$", ctx.text[pls:ls - 1], re.I) and \
                        len(re.findall(r"[A-Za-z]{2,}", ctx.text[pls:ls - 1])) >= 3:
                    mk = _MARKER.match(ctx.text, pls)
                    a = mk.end() if mk else pls
                    text = _clean_item(_row_text(ctx.text[a:ls - 1], [])) or text
            add(text or " ".join(codes), codes, [(min(ls, a), le)], "+".join(sorted({c.source for c in group})), _decision_in(line))
    # uncoded lines of a marked list of coded services ("- 97110 = ..." / "- Continued skilled nursing care <not approved>",
    # "[X] Approved [ ] Denied CPT 99214 | ..." / "[ ] Approved [X] Denied Adalimumab 40 mg")
    coded_lines = {ls for (ls, _), cs in by_line.items() if any(c.label != "ICD10" for c in cs)}
    for ls0 in sorted(coded_lines | {R._line_at(ctx.text, ra)[0] for ra, _ in by_region}):
        for a, b, labelled in _list_siblings(ctx.text, ls0, {ls for ls, _ in by_line}):
            if any(ev_a <= a < ev_b for ev_a, ev_b in sibling_spans) or ctx.in_rights(a):
                continue
            text = _clean_item(_row_text(ctx.text[a:b], []))
            if any(R_tokf1(text, it["text"]) >= 0.6 for it in services):
                continue  # a coded row whose code wrapped onto the next line, not another service
            sibling_spans.append((a, b))
            le = R._line_at(ctx.text, a)[1]
            add(text, [], [(a, b)], "rules:labelled_list_item" if labelled else "rules:list_sibling", _decision_in(ctx.text[b:le]))
    # the unmarked lines under a heading of what was asked for, beside a coded one ("What was requested" / "33535 Coronary
    # artery bypass ..." / "Inpatient admission, 1 day"); a line that opens in lower case goes on with the item above
    for hm in R._SERVICES_HEADING.finditer(ctx.text, 0, ctx.decision_end):
        under = list(_walk_lines(ctx.text, hm.start(), hm.end(), 1, 6))
        items: list[tuple[int, int]] = []
        for ls, le in under:
            line = ctx.text[ls:le]
            if not line.strip() or re.match(r"[ \t]*[A-Za-zÀ-ÿ][\w ()/'’-]{1,40}:", line) or R._heading_of(line):
                break  # the next label ("Diagnosis: ...", "Reason for the request: ...") or heading ends the list
            if line.lstrip()[:1].islower() and items:
                # (up to the sentence's end: "... vuelta" / "para sus citas ... Center. Recibimos la solicitud el ...")
                stop = re.search(r"[.!?](?=[ \t]+[A-ZÁÉÍÓÚÑ¿])", line)
                items[-1] = (items[-1][0], ls + stop.start() if stop else le)
                if stop:
                    break
                continue
            if _CLAUSE_WORDS.search(line) or re.search(r"[.!?][ \t]+[A-ZÁÉÍÓÚÑ¿]", line) or (ls not in coded_lines and (
                    not line.lstrip()[:1].isupper() or not 2 <= len(re.findall(r"[A-Za-z]{2,}", line)) <= 15)):
                break  # a sentence after the list
            items.append((ls, le))
        if not any(ls in coded_lines for ls, _ in items):
            continue
        for a, b in items:
            text = _clean_item(_row_text(ctx.text[a:b], []))
            coded = [it for it in services if it["codes"] and R._line_at(ctx.text, a)[0] in coded_lines and
                     any(c in ctx.text[a:b] for c in it["codes"])]
            if coded:  # the coded item read only its first line: its description wrapped
                desc = re.sub(r"\s+", " ", ctx.text[a:b])
                tail = desc[desc.find(coded[0]["text"]):] if coded[0]["text"] in desc else ""
                stop = _ITEM_END.search(tail, len(coded[0]["text"]))  # (where the reader above stopped it, it stays stopped)
                tail = tail[:stop.start()] if stop else tail
                if len(tail) > len(coded[0]["text"]) and "\n" in ctx.text[a:b]:
                    coded[0]["text"] = _clean_item(tail)
                continue
            if R._line_at(ctx.text, a)[0] in coded_lines or any(R_tokf1(text, it["text"]) >= 0.6 for it in services):
                continue
            add(text, [], [(a, b)], "rules:heading_list_item", None)
    # rows of the same table without a code ("Line 2 — no code — Humira 40 mg pen — Not certified")
    for ls, le in _sibling_rows(ctx.text, table_rows, set(by_line)):
        cell = _desc_cell(ctx.text, _cells(ctx.text, ls, le), [])
        if cell is None or ctx.section_of(ls) in ("taglines",) or ctx.in_rights(ls):
            continue
        if _paid_line(ctx.text, ls, le, paid_codes):
            continue  # a claim line whose code the letter says was paid or covered
        a, b = _table_cell_segment(ctx.text, ls, le, []) or cell
        text = _clean_item(_row_text(ctx.text[a:b], []))
        if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", text)) < 2:
            continue
        add(text, [], [(ls, le)], "rules:table_row", _decision_in(ctx.text[ls:le]))
    # rows of a decision table printed without wide gaps: next to "Hip replacement 27130 DENIED", the row
    # "Hospital stay, 1 day — NOT APPROVED" (a dash, "none" or "N/A" where the code would be)
    for ls0, le0 in decision_lines:
        for direction in (1, -1):
            for ls, le in _walk_lines(ctx.text, ls0, le0, direction, 4):
                m = _ENDS_ON_DECISION.search(ctx.text, ls, le)
                if (ls, le) in by_line or not m or ctx.in_rights(ls) or T.column_names_only(ctx.text[ls:le]) or \
                        re.match(r"(?i)[ \t]*(?:why|reasons?|how|what|when)\b", ctx.text[ls:le]):
                    break  # (the table's header "Service  Code  Requested  Approved" names columns, not an item; the
                    # heading under the table, "Why these services are not covered", opens the reason)
                if _ALTERNATIVE_LEAD.match(ctx.text, ls):
                    continue  # "Approved instead  Home sleep test ... G0399  Authorized": no item asked for
                b = ls + len(_NO_CODE_TAIL.sub("", ctx.text[ls:m.start()]))
                text = _clean_item(_row_text(ctx.text[ls:b], []))
                if not _new_row_item(text, services):
                    break
                add(text, [], [(ls, le)], "rules:decision_row", _row_decision(m.group("d")))
    # rows led by their decision ("[DENIED] Additional rehabilitation days (7 days)", "Approved  Acute inpatient care, 14 days"),
    # and marked lines that end on it after a dash or a colon ("* Admission to a rehabilitation hospital -- DENIED")
    for rx, src in ((_DECISION_ROWS[1], "rules:decision_led_row"), (_MARKED_DECISION_ROW, "rules:marked_decision_row")):
        for m in rx.finditer(ctx.text, ctx.header_end, ctx.decision_end):
            a, b = m.start("item"), m.end("item")
            b = a + len(ctx.text[a:b].rstrip(" .;"))
            if any(ls <= a < le for ls, le in by_line) or ctx.in_rights(a):
                continue
            text = _clean_item(_row_text(ctx.text[a:b], []))
            if not _new_row_item(text, services) or _ROW_DECISION.match(text):
                continue  # ("[X] Denied  Approved with a lower quantity ...": the other options of a form, no item)
            add(text, [], [(a, b)], src, _row_decision(_decision_word(m)))
    # uncoded items the layout names: a cell under a table's drug or service column, a row labelled "Drug requested"
    # (a claim's summary box above its itemized charges, "Service  an emergency ambulance ride", names the claim the
    # coded lines below it bill, no item of its own)
    charges = [ls for (ls, le), cs in by_line.items() if any(c.label != "ICD10" for c in cs) and _CHARGE_WORDS.search(ctx.text, ls, le)]
    for a, b, src in T.layout_items(ctx.document, ctx.text, 0, ctx.decision_end):
        if ctx.in_rights(a) or ctx.section_of(a) == "taglines" or any(ls <= a < le for ls, le in by_line):
            continue
        if _paid_line(ctx.text, *R._line_at(ctx.text, a), paid_codes):
            continue  # a claim line whose code the letter says was paid or covered
        if _alternative_row(ctx.text, a):
            continue  # a row of the products the plan prefers ("infliximab-axxq (Avsola)  Q5121 ...  Covered (preferred)")
        if charges and a < min(charges) and src in ("tables:label_column", "tables:labelled_row") and \
                not _CHARGE_WORDS.search(ctx.text, *R._line_at(ctx.text, a)):
            continue
        text = _clean_item(_row_text(ctx.text[a:b], []))
        if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)) < 1 or any(R_tokf1(text, it["text"]) >= 0.6 for it in services):
            continue
        add(text, [], [(a, b)], src, _decision_in(ctx.text[b:R._line_at(ctx.text, a)[1]]))
    # a labelled item that prints its own code ("What drug was asked for? Prolia (denosumab) infusion, HCPCS J0897")
    # takes it from the item the code rules read on another line ("How much? 2 doses; 60 units of J0897")
    for it in [it for it in services if it["source"].startswith("tables:") and not it["codes"]]:
        printed = set(re.findall(r"\b[A-Z]?\d{4}[0-9A-Z]?\b", it["text"]))
        for other in [o for o in services if o is not it and o["codes"] and set(o["codes"]) <= printed]:
            it["codes"] = list(other["codes"])
            it["text"] = _clean_item(re.sub(r"[,;]?\s*\b(?:HCPCS|CPT|code)?\s*(?:" + "|".join(map(re.escape, other["codes"])) + r")\b", "",
                                            it["text"])) or it["text"]
            it["evidence"] += other["evidence"]
            services.remove(other)
            break
    # a code on a form row of its own ("J-CODE  J0174", "HCPCS J2357 (60 billing units per dose)", "Código del
    # servicio (CPT): 95810") under the item it bills: one item, not a bare code
    bare = [it for it in services if it["codes"] and _code_label_only(it["text"], it["codes"])]
    named = [it for it in services if it["source"].startswith("tables:") or it["source"] == "rules:labelled_list_item"]
    if len(named) == 1 and bare:
        ev0 = named[0]["evidence"][0]
        for it in bare:
            ev = it["evidence"][0]
            if ev["page"] == ev0["page"] and 0 < ev["start"] - ev0["end"] < 200:
                named[0]["codes"] += [c for c in it["codes"] if c not in named[0]["codes"]]
                named[0]["evidence"] += it["evidence"]
                services.remove(it)
    elif bare and not named:
        # the item named in a sentence before its code: "El servicio solicitado es: Estudio del sueño ... CPT: 95810"
        statements = [(m, ctx.document.to_page_offset(m.start())[0], ctx.document.to_page_offset(m.end())[1])
                      for m in _SERVICE_STATEMENT.finditer(ctx.text, ctx.header_end, ctx.decision_end)]
        for it in bare:
            ev = it["evidence"][0]
            stated = [m for m, page, end in statements if page == ev["page"] and 0 <= ev["start"] - end < 600]
            if not stated:
                continue
            m = stated[-1]
            a, b = m.span(next(g for g in ("item", "told", "cover") if m.group(g)))
            at = _AT_PLACE.search(ctx.text, a, b)
            b = at.start() if at and m.group("cover") else b  # "... at Northstar Cancer Center": the place is not the item
            # "cover X and Y" over "CPT: 99205, 88321": one item per code, in order
            joins = list(re.finditer(r"\s+and\s+(?=(?-i:[A-Z]))", ctx.text[a:b])) if len(it["codes"]) > 1 else []
            if len(joins) + 1 != len(it["codes"]):
                continue
            names = [_clean_item(ctx.text[pa:pb]) for pa, pb in zip([a] + [a + j.end() for j in joins],
                                                                     [a + j.start() for j in joins] + [b], strict=True)]
            if not all(len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", n)) >= 2 for n in names):
                continue
            codes, evidence = it["codes"], ctx.ev([(a, b)]) + it["evidence"]
            it["text"], it["codes"], it["evidence"] = names[0], codes[:1], evidence
            for name, code in zip(names[1:], codes[1:], strict=True):
                services.append({"text": name, "codes": [code], "evidence": evidence, "source": it["source"]})
                rows.append({"decision": None})
    # an uncoded item under a denial's own label, beside the coded items a partial decision approved: "We did not
    # approve: inpatient admission, 2 midnights.", "Not approved" / "inpatient hospital admission after surgery, 2 days."
    for m in itertools.chain(_DENIED_LABEL_ITEM.finditer(ctx.text, ctx.header_end, ctx.decision_end),
                             _ITEM_IS_DENIED.finditer(ctx.text, ctx.header_end, ctx.decision_end)):
        a, b = m.span("item")
        rel = re.search(r",\s+(?:which|that|who)\b", ctx.text[a:b])  # ("the electric hand, which make up a second device, are ...")
        b = a + rel.start() if rel else b
        text = _clean_item(ctx.text[a:b])
        end = _SENTENCE_OR_PARAGRAPH_END.search(ctx.text, a)
        # (a label's item is checked over its whole sentence: "Ruth X, M.D. asked us ..."; "The X is denied" over X)
        sentence = ctx.text[a:end.start() if end else len(ctx.text)] if m.re is _DENIED_LABEL_ITEM else text
        if m.re is _ITEM_IS_DENIED and not re.search(r"(?i)(?<!not\s)\b(?:approved|authori[sz]ed|covered)\b", ctx.text[max(0, m.start() - 200):m.start()]):
            continue  # ("The outside visit is not approved." names again the item denied; beside an approval it is another)
        if (ctx.in_rights(a) or _CODE_SHAPE.search(ctx.text, a, b) or _CLAUSE_LEAD.search(sentence) or _NOT_AN_ITEM.search(text)
                # (a clause is no item: "the records do not show such symptoms, so the visit and the CT are not covered")
                or _CLAUSE_IN_ITEM.search(text)
                or ctx.text[b:b + 1] == ":"  # a form's next label ("denied" / "Reason for the exam (diagnosis): ..."), no item
                or len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)) < 2 or any(R_tokf1(text, it["text"]) >= 0.6 for it in services)
                or (m.re is _DENIED_LABEL_ITEM and any(ev["start"] <= ctx.document.to_page_offset(a)[1] < ev["end"]
                                                       for it in services for ev in it["evidence"]))):
            continue
        add(text, [], [(a, b)], "rules:denied_label_item", "denied")
    # a decision sentence that names its item after a colon: "this care will no longer be covered by your plan:
    # Skilled nursing and rehabilitation services (continued stay) at <facility>." (only where nothing else named one)
    if not services:
        add_first_named(_DECISION_COLON_ITEM, "rules:decision_colon_item", "denied", cut=_AT_PLACE, screen=False)
    if not services:
        # care named for the member it was asked for, in the sentence that decides it: "not to approve admission to an
        # inpatient adolescent psychiatric unit for Thuy W. Brandt", "the request for acute inpatient psychiatric
        # admission (adolescent unit) for Trevor Sorensen was reviewed", "our decision on X for Olga Yamamoto"
        add_first_named(_ITEM_FOR_PERSON, "rules:item_for_member", "denied")
    # the care a termination ends, named where its last covered day is given: "Your last covered day for skilled nursing
    # facility care (continued stay) and 97110 Physical therapy ... is September 6 2026" (the coded part is read above)
    m = _LAST_COVERED_ITEM.search(ctx.text, ctx.header_end, ctx.decision_end)
    # only the uncoded conjunct of a coded item, or the only item named
    if m and (not services or _CODE_SHAPE.search(m.group("item"))):
        a, b = m.span("item")
        cut = _BEFORE_A_CODE.search(ctx.text, a, b)
        if cut is None:  # "... stay and Occupational therapy, therapeutic activities (code 97530)": the coded conjunct
            cut = next((j for j in re.finditer(r"\s+and\s+(?=[A-Z])", ctx.text[a:b])
                        if _CODE_SHAPE.search(ctx.text, a + j.end(), b)), None)
            b = a + cut.start() if cut else b
        else:
            b = cut.start()
        text = _clean_item(ctx.text[a:b])
        if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)) >= 2 and not re.search(r"\d{5}", text) and not _CODE_SHAPE.search(text) and not any(
                R_tokf1(text, it["text"]) >= 0.5 for it in services):
            add(text, [], [(a, b)], "rules:last_covered_item", "denied")
    # trained NER adds items without codes (drugs, admissions) that the code rules cannot see: only where the
    # rules found no coded item at all, or on a decision-table row ("Inpatient admission, 2 days  none  Approved")
    for label, bucket in (("SERVICE", services), ("DIAGNOSIS", diagnoses)):
        had_codes = bool(bucket)
        for s, e, _p in ctx.model.get(label, []):
            if ctx.in_rights(s) or re.search(r"\[[ \t]*[xX✓✔]?[ \t]*\][ \t]*$", ctx.text[max(0, s - 6):s]):
                continue  # a checkbox option ("[X] Step therapy exception") names a kind of request, not a service
            if label == "SERVICE" and ctx.language in ("en", "es") and _item_language(ctx, s) not in (ctx.language, None):
                continue  # the other half of a bilingual letter names the item again, in its own words
            if label == "SERVICE" and _timeline_row(ctx.text, *R._line_at(ctx.text, s)) and \
                    not _ROW_DECISION.search(ctx.text, *R._line_at(ctx.text, s)):
                continue  # an event of a timeline ("04/09/26 Physical therapy evaluation"), not what was asked for
            if label == "SERVICE" and any(c.start <= s < c.end for c in ctx.cands["criteria"]):
                continue  # the words of a criteria set ("... y Lista de Medicamentos" / "Preferidos (PDL) del Programa ...")
            if label == "SERVICE" and in_alternatives(s, e):
                continue  # a drug of the alternatives column, or a row's two cells read as one name ("Erenumab propranolol")
            ls, le = R._line_at(ctx.text, s)
            if label == "SERVICE" and re.search(r"\b(diagnos[ie]s|dx|diagn[óo]stic[oa]s?)\b[^:\n]{0,40}:[^\n]*$", ctx.text[ls:s], re.I):
                continue  # "Diagnosis on the claim: Fracture of ... femur": a condition, not a service
            if had_codes and not (label == "SERVICE" and re.search(
                    r"\b(denied|approved|not\s+approved|not\s+authorized|denegad[oa]|aprobad[oa])\s*$", ctx.text[ls:le], re.I)):
                continue
            if any(ev["start"] <= ctx.document.to_page_offset(s)[1] < ev["end"] and ev["page"] == ctx.document.to_page_offset(s)[0]
                   for it in bucket for ev in it["evidence"]):
                continue
            if label == "SERVICE" and (lead := _NAME_LEAD_BEFORE.search(ctx.text, max(0, s - 80), s)) and \
                    _ASKED_FOR_BEFORE.search(ctx.text, max(0, lead.start() - 50), lead.start()):
                s = lead.start()  # the model may start inside the name: "... autorización previa para Adzenys XR-" + "ODT
                # (anfetamina) 6.3 mg": the name starts after the request's words
            if label == "SERVICE" and _ASKED_FOR_BEFORE.search(ctx.text, max(0, s - 50), s):
                # the model may stop at a brand name or a line's end: the item asked for goes on to its sentence's end
                # ("a prior authorization request for Erenumab-aooe (Aimovig)" / "70 mg/mL monthly injection.")
                tail = _ITEM_TAIL_RUN.match(ctx.text, e)  # (always matches, at the least the empty run)
                stop = _ITEM_END.search(ctx.text, e, tail.end())
                end = stop.start() if stop else tail.end()
                whom = _ASKED_FOR_END.search(ctx.text, e, end)
                end = whom.start() if whom else end
                if end - s <= 160:
                    e = end
            if label == "SERVICE":
                # the place the care is asked for is no part of it: "... (IRF) admission at Dogwood Inpatient Rehabilitation Center",
                # nor who prescribed it: "Tirzepatide (Zepbound) injection, prescribed by ..."
                at = _AT_FACILITY.search(ctx.text, s, e) or _ITEM_END.search(ctx.text, s, e)
                e = at.start() if at and len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", ctx.text[s:at.start()])) >= 2 else e
            txt = _trim_clauses(re.sub(r"\s+", " ", ctx.text[s:e]).strip())
            if label == "SERVICE" and (_NOT_AN_ITEM.search(txt) or (_on_diagnosis_lines(ctx, s) and any(
                    R_tokf1(txt, d["text"]) >= 0.8 for d in diagnoses))
                                       or _CLAUSE_VERB.search(txt) or re.search(r"\bDear\b", txt) or _CLAUSE_IN_ITEM.search(txt)
                                       # (a Spanish clause too: "Thuy haya probado sales mixtas")
                                       or (ctx.language == "es" and re.search(r"(?i)\b(?:haya|hayan|ha|han|es|son|fue|fueron|era|"
                                                                              r"porque|est[áa]n?|pidi[óo]|tom[óo])\b", txt))):
                continue  # who to call ("Pharmacy contact for your prescriber's office"), the criteria used, who asked
                # ("Hospital, asked us to approve"), a condition the letter codes as a diagnosis, a clause ("Wegovy is
                # right for you"): no service
            if re.search(r"(?i)\s(?:or|and|y|o|with|con)$", txt) or (label == "DIAGNOSIS" and _CLAUSE_VERB.search(txt)):
                continue  # a name cut at its conjunction ("a trial of Breztri Aerosphere or" / "Breo Ellipta ..."): a list
                # of alternatives, not the item
            if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", txt)) < 2 or any(R_tokf1(txt, it["text"]) >= 0.6 for it in bucket):
                continue  # one word ("weeks") is a fragment, not a service or diagnosis
            if label == "SERVICE" and (re.search(r"(?i)[,\s](?:where|when|which|who|whose)$", txt)
                                       or re.search(rf",[ \t]*(?:{P.CRED_RE}|attending\s+physician)\b", txt)
                                       or _in_measure_table(ctx.text, ls, le)
                                       # (nor a record the reviewer read, "We looked at the pathology report (May 29,
                                       # 2025), the PET/CT scan (May 26, 2025)", nor words of the appeal rights)
                                       or _RECORDS_LEAD.match(ctx.text, _sentence_at(ctx, s)[0]) or ctx.in_rights(s)
                                       # (nor a record's label and entry: "Topical treatment in the pharmacy record: X")
                                       or re.search(r"(?i)\b(?:record|records|history|notes?)[ \t]*:", txt)):
                continue  # a place before its clause ("... Nursing Center, where"), a person ("Bogdan Zhang, MSW"), or
                # a cell of a table of measures ("Week of  Physical therapy  Occupational therapy" / "7.31.26 55 min/day")
            bucket.append({"text": txt, "codes": [], "evidence": ctx.ev([(s, e)]), "source": f"ner:{label}"})
    # a row's role read as its item ("Approved instead" under a column header one cell off) names nothing
    services[:] = [it for it in services if it["codes"] or not _ROW_ROLE_LEAD.fullmatch(it["text"])]
    # nothing named by a code, a table or the model: the item the letter says was asked for ("Dr. Z asked us to approve
    # Admission to an inpatient rehabilitation facility (acute rehabilitation) at Chattahoochee Rehabilitation Hospital.")
    if not services:
        add_first_named(_ASKED_ITEM, "rules:asked_item", None, cut=(_AT_FACILITY, _ITEM_END))
    # a table's short name for an item the letter names in full when it tells what was asked ("Drug requested" /
    # "Semaglutide" beside "... sent a prior authorization request for Wegovy (semaglutide) 2.4 mg weekly pen."): the
    # full name, once
    told: list[re.Match] | None = None  # read only when a table gave such a short name
    for it in services:
        if it["codes"] or not str(it.get("source", "")).startswith("tables:") or len(it["text"].split()) > 2:
            continue
        if told is None:
            told = list(_ASKED_ITEM.finditer(ctx.text, ctx.header_end, ctx.decision_end))
        for m in told:
            full = _clean_item(m.group("item"))
            if re.search(rf"(?i)\b{re.escape(it['text'])}\b", full) and len(full) > len(it["text"]):
                it["text"], it["evidence"] = full, ctx.ev([m.span("item")]) + it["evidence"]
                break
    # an item a row names by its code alone takes the description the letter gives that code elsewhere ("Line
    # descriptions: 97110 Therapeutic exercises (15 min); 97140 Manual therapy (15 min)")
    for it in services:
        if len(it["codes"]) == 1 and not re.search(r"[A-Za-zÀ-ÿ]{3,}", it["text"]):
            m = re.search(r"(?<![\w.-])" + re.escape(it["codes"][0]) + r"(?![\w.-])[ \t]*(?:[-–—=:][ \t]*)?"
                          r"(?P<d>[A-Z][a-z][^;\n]{1,80}?)[ \t]*(?=;|\.(?:\s|$)|\n|$)", ctx.text)
            if m:
                it["text"], it["evidence"] = _clean_item(m.group("d")), it["evidence"] + ctx.ev([m.span("d")])
    has_legend = bool(_LEGEND_LINE.search(ctx.text))  # most letters have none: skip the per-code scan of the text
    for it in services:
        if it["codes"] and has_legend:
            legend = _row_legend(ctx, it)
            if legend:
                it["text"], it["evidence"] = legend[0], it["evidence"] + ctx.ev([legend[1]])
    for bucket in (services, diagnoses):
        for it in bucket:
            it["text"] = _trim_clauses(it["text"]) or it["text"]
        # a text inside another item's text ("chronic migraine" in "... for chronic migraine") is not an item
        bucket[:] = [it for it in bucket if it["codes"] or not any(
            o is not it and len(o["text"]) > len(it["text"]) and it["text"].lower() in o["text"].lower() for o in bucket)]
    if ctx.language in ("en", "es") and sum(not it["codes"] for it in services) > 1:
        # a bilingual letter names an uncoded item in both languages ("nos pidió autorización previa para Azstarys ..." /
        # "asked us for prior authorization of Azstarys ..."): the letter's own language names it
        def lang(it: dict) -> str | None:
            ev = it["evidence"][0] if it["evidence"] else None
            return _item_language(ctx, ctx.document.page_start(ev["page"]) + ev["start"]) if ev else None
        langs = [None if it["codes"] else lang(it) for it in services]
        other = "es" if ctx.language == "en" else "en"
        if other in langs and any(lg != other for lg in langs):
            services[:] = [it for it, lg in zip(services, langs, strict=True) if lg != other]
    for bucket in (services, diagnoses):  # in the order the letter names them
        bucket.sort(key=lambda it: (it["evidence"][0]["page"], it["evidence"][0]["start"]) if it["evidence"] else (10**9, 0))
    return services, diagnoses, rows


# --- a list of coded services in one sentence or list item ----------------------------------------------------------
# Two ways a code is attached to its description, whatever the words around them:
#   code first: "97110 = Therapeutic exercise", "CPT-29881 Arthroscopy, knee", "63650: Percutaneous ..."
#   code last:  "Sentinel node excision [CPT 38525]", "MRI brain; billing code 70551", "X, billed as 99243"
# Items in one sentence are joined by "and" before a capital; an uncoded conjunct of coded items is a service too
# ("22630 = Posterior lumbar fusion and Inpatient hospital stay (2 days)").
_FIRST_SEP = re.compile(r"[ \t]*(?:=|->|:)[ \t]*\n?[ \t]*(?=[A-Za-z(])|[ \t]+[–—][ \t]*\n?[ \t]*(?=[A-Z])|"
                        r"[ \t]+-[ \t]+(?=[A-Z][a-z])")  # ("for 30400 - Rhinoplasty, nasal tip ... and 21137 - Forehead ...")
# the space before a lower-case description that names a kind of care ("92526 feeding and swallowing therapy")
_CARE_GAP = re.compile(r"[ \t]+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?\s+" + R._CARE_NOUN + ")")
_FIRST_LABEL = re.compile(r"(?:\b(?:CPT|HCPCS)(?:[ \t]+code)?|\bcode)[ \t]*[-#:]?[ \t]*$", re.I)
_LAST_OPEN = re.compile(
    # (a wrapped label too: "... alimentaria (código" / "HCPCS H0035)")
    # (a kind of code before a plural label: "(infusion codes 96365 and 96366)")
    r"(?:[ \t]*[(\[][ \t]*(?:(?:c[óo]digo|code)[ \t\n]+(?=(?:CPT|HCPCS)))?(?:(?:billing|procedure|service)[ \t]+|[a-z]{3,}[ \t]+(?=codes[ \t]))?"
    r"(?:(?:CPT|HCPCS)[ \t\n-]*)?(?:(?:code|c[óo]digo)s?[ \t]*)?#?:?[ \t]*|"
    r"[;,][ \t\n]+(?:(?:billing|procedure|service)[ \t\n]+)?(?:(?:CPT|HCPCS)(?:[ \t]*/[ \t]*(?:CPT|HCPCS))?|codes?|c[óo]digos?)(?:[ \t\n]+code)?[ \t\n]*(?:#|:)?[ \t]*|"
    r",?[ \t]+(?:billed|coded|submitted)[ \t]+(?:as|under)[ \t]+|[ \t]+[-–—][ \t]+(?:CPT[ \t]+|HCPCS[ \t]+)?code[ \t]*:?[ \t]*)$", re.I)
# the rest of a list of codes after a plural label's first: "codes 99601, 99602", "(codes 96365 and 96366)"
_CODE_LIST_MORE = re.compile(r"(?:[ \t]*(?:,|/|&|\band\b|\bor\b)(?:[ \t\n]+and\b)?[ \t\n]*(?:\d{4}[0-9FTU]|[A-V]\d{4})\b)+")
_AND_SPLIT = re.compile(r",?[ \t\n]+and[ \t\n]+(?=(?:CPT|HCPCS)?[- ]?[A-Z0-9])|;[ \t\n]+(?=(?:CPT|HCPCS)[- ]?\d)")
_VISIT_CLAUSE = r"[ \t\n]+(?:after|following|at|during)[ \t\n]+(?:your|the|an?)[ \t\n]+(?:(?:last|recent|office|clinic)[ \t\n]+)?(?:visit|appointment)\b"
# what the item is for, after its name: ", to be used after your L4-L5 lumbar fusion"
_PURPOSE_CLAUSE = r"(?i:to\s+be\s+(?:used|worn|given|taken|done|performed))"
_ITEM_END = re.compile(r",[ \t\n]+(?:as|which|that|who|ordered|requested|prescribed|submitted|for\s+your|received|dated|sent|made\s+by|"
                       rf"{_PURPOSE_CLAUSE})\b|[ \t]*(?:->|=>|<)|"
                       # whom it is for, a first name that ends the sentence: "... therapy (outpatient) for Farid."
                       r"[ \t]+for[ \t]+[A-Z][a-z]+(?=\.(?:\s|$))|"
                       # the day the care stops or starts: "... therapy visits after 10.13.2026"
                       r"[ \t\n]+(?:after|before|until|through|starting)[ \t\n]+(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b|"
                       r"\d{4}-\d\d-\d\d\b)|"
                       # the visit the request came out of: "72148 MRI of the lumbar spine after your visit on ..."
                       rf"{_VISIT_CLAUSE}|"
                       # the place in brackets, and the stay it follows: "Admission to a skilled nursing facility (SNF) (Potomac
                       # Ridge Skilled Nursing & Rehab) after your hospital stay"
                       r"[ \t\n]*\((?=[^()]{0,60}\b(?:Center|Centre|Hospital|Nursing|Rehab\w*|Clinic|Institute|Facility|Home|Manor|Lodge)\b)"
                       r"(?-i:[A-Z])[^()]{3,80}\)|[ \t\n]+after[ \t\n]+(?:your|the|a)[ \t\n]+(?:hospital|inpatient)[ \t\n]+stay\b|"
                       # where a ride takes the member, no part of the ride: "... round trip for your appointments at ...",
                       # "... viaje de ida y vuelta para sus citas de los martes", "... para llevarle a sus citas en ..."
                       r"[ \t\n]+(?:para[ \t\n]+(?:llevarl[eoa]s?[ \t\n]+a[ \t\n]+)?sus[ \t\n]+citas|to[ \t\n]+(?:take|get|bring)[ \t\n]+you[ \t\n]+to|"
                       r"for[ \t\n]+your[ \t\n]+(?:appointments?|visits?|dialysis))\b|"
                       # whom a supplier's or doctor's copy says it is for: "... full leg for the member named above, as
                       # ordered by ...", "... for your patient, to be supplied by ..."
                       r"[ \t\n]+for[ \t\n]+(?:the[ \t\n]+member|your[ \t\n]+patient|the[ \t\n]+patient|our[ \t\n]+member)\b|"
                       # its purpose: "... under general anesthesia so that Marisol can have dental treatment while asleep"
                       r"[ \t\n]+so[ \t\n]+that\b|"
                       # a subject line ends before the salutation under it: "Subject: Your prescription for Saxenda" / "Dear ..."
                       r"\n(?=[ \t]*(?:Dear|Hello|Estimad[oa](?:\(a\))?)\b)|"
                       r"\.(?:[ \t\n]|$)|[ \t]{2,}|[ \t]+[-–—][ \t]+")
_LIST_BREAK = re.compile(r"\n(?=[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]|[•·*>\-–][ \t]|[A-Z][\w ()/-]{0,40}:[ \t]))")
_CLAUSE_WORDS = re.compile(r"\b(we|you|your|our|is|are|was|were|will|would|not|because|has|have|had|can|could|this|that|"
                           r"it|they|ask|asked|call|see|which|who|came|sent|made|from)\b", re.I)
# care sent to a named practice, then the item: "asked us to refer you to Blue Ridge Movement Disorders Center for New
# patient visit ...", "approve care with Potomac Children's Neurosurgery Group for ..." (the practice is no part of it)
# (or "You referred your patient, Everett Mbeki, to Golden Bay University Transplant" / "Institute, San Francisco for ...")
_REFER_TO_FOR = (r"\b(?:(?:refer(?:red)?|send|sent|approve|cover|see)\s+(?:you\s+|care\s+|your\s+patient,?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?"
                 r"(?-i:[A-Z])[\w'’-]*,?\s+)?(?:to|with|at)|referral\s+of\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}?to)\s+(?-i:[A-Z])"
                 r"(?:[^.;:()\n]|\n(?!\n)){0,80}?\bfor")
# care asked to go on: "to continue X", "to keep providing X", "to extend X"
_TO_GO_ON = r"to\s+(?:continue|keep(?:\s+(?:on\s+)?(?:providing|paying\s+for|giving))?|extend|renew)"
_LEAD_CUT = re.compile(r"^.*" + _REFER_TO_FOR + r"[ \t\n]+|"
                       # (first: "We reviewed a prior authorization request from Dr. Colleen Kowalski for X" is cut at "for")
                       # (a practice in brackets is one step: "from X, MD (Pikes Peak Center for Reproductive Health) for")
                       r"^.*\brequest\w*\s+(?:\((?![^()]*\d)[^()]{1,80}\)|[^.;:(]|(?<=\bDr)\.|(?<=\b[A-Z])\.){0,60}?\bfor[ \t\n]+|"
                       r"^.*\b(?:is|are|was|were|includes?|respecting|regarding|concerning|request(?:ed)?\s+for|approved?|"
                       r"covers?|reviewed|denied|received|decided\s+on|sent\s+us\s+for|asked\s+(?:us\s+)?for|"
                       # care asked to go on: "asked us to keep approving X", "a request ... to continue X"
                       r"approving|" + _TO_GO_ON + r"):?[ \t\n]+|"
                       r"^.*:[ \t\n]+|"
                       r"^.*\b(?:treatment|care|services?|request|stay|items?)\s*,[ \t\n]+(?=(?-i:[A-Z]))", re.I | re.S)


_MARKER = re.compile(r"[ \t]*(\(?[a-z]\)|\(?\d{1,2}[.)]|[•·*>\-–]|(?:\[[ \t]*[xX✓✔]?[ \t]*\][ \t]*[A-Za-z]*[ \t]*)+)[ \t]+")


def _marker_shape(line: str) -> str | None:
    m = _MARKER.match(line)
    if not m:
        return None
    if m.group(1).startswith("["):
        return "[]"  # a row of checkboxes
    return re.sub(r"[a-z]", "a", re.sub(r"\d+", "1", m.group(1)))


def _walk_lines(text: str, ls: int, le: int, direction: int, reach: int) -> Iterator[tuple[int, int]]:
    """The bounds of up to ``reach`` lines after (``direction`` 1) or before (-1) the line ``text[ls:le]``,
    nearest first."""
    for _ in range(reach):
        if direction > 0:
            if le >= len(text):
                return
            ls = le + 1
            le = text.find("\n", ls)
            le = len(text) if le < 0 else le
        else:
            if ls <= 0:
                return
            le = ls - 1
            ls = text.rfind("\n", 0, le) + 1
        yield ls, le


def _list_siblings(text: str, ls: int, coded_lines: set[int], reach: int = 4) -> list[tuple[int, int, bool]]:
    """Uncoded items of a marked list ("(a) 97110 = ..." / "(b) Semaglutide 2.4 mg weekly -> refused"): the
    description of each line next to a coded list line that opens with the same kind of marker, and whether a label
    named it ("- Drug requested: X")."""
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    shape = _marker_shape(text[ls:le])
    if shape is None:
        return []
    # a numbered form's lines are fields, each after its label, with no colon ("4. Service requested FDG PET/CT (CPT
    # 78815)" between "3. Requested by ..." and "5. Request received 1/12/26"): only another service's label makes an item
    form = _form_field(text, _MARKER.match(text, ls).end(), le)
    out = []
    for direction in (1, -1):
        for a, b in _walk_lines(text, ls, le, direction, reach):
            if _marker_shape(text[a:b]) != shape:
                break
            if a in coded_lines:
                continue
            da = _MARKER.match(text, a).end()
            if form and not _form_field(text, da, b):
                continue
            end = _ITEM_END.search(text, da, b)
            db = end.start() if end else b
            lab = _LIST_LABEL.match(text, da, db)
            if lab:  # a list of labelled fields ("- Drug requested: X", "- Quantity: 2 pens"): only the item's label counts
                if not T.LABEL_ONLY.fullmatch(lab.group("label")):
                    continue
                da = lab.end()
            t = text[da:db].strip()
            if t[:1].isupper() and 2 <= len(re.findall(r"[A-Za-z]{2,}", t)) <= 15 and not _CLAUSE_WORDS.search(t):
                out.append((da, db, bool(lab)))
    return out


def _form_field(text: str, a: int, b: int) -> bool:
    """Whether a line's text opens on a service's label of two words or more, with no colon, before its value
    ("Service requested FDG PET/CT ...", "Drug name Wegovy ...")."""
    a += len(text[a:b]) - len(text[a:b].lstrip(" \t"))
    m = T.LABEL_ONLY.match(text, a, b)
    return bool(m and re.search(r"\s", m.group(0).strip()) and re.match(r"[ \t]+[A-Z0-9]", text[m.end():b]))


_LIST_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-zÀ-ÿ][\w ()/'’-]{1,30}?)[ \t]*:[ \t]+")


def _code_form(text: str, c: R.Candidate) -> tuple[str, int, int] | None:
    """("last", description end, item end) or ("first", item start, description start) for a code, or None."""
    # "DENIED:  [72148] Magnetic resonance imaging ...": a bracketed code with no words before it leads its description
    br = re.match(r"[\])][ \t]+(?=[A-Z][a-z])", text[c.end:c.end + 4])
    if br and re.search(r"[\[(][ \t]*$", text[max(0, c.start - 3):c.start]):
        before = text[text.rfind("\n", 0, c.start) + 1:c.start].split(":")[-1]
        if len(re.findall(r"[A-Za-z]{2,}", before)) < 2:
            return "first", c.start - 1, c.end + br.end()
    m = _LAST_OPEN.search(text, max(0, c.start - 40), c.start)
    if m:
        opener = m.group(0).lstrip()[:1]
        end = c.end
        # a plural label's list: the codes after the first belong to the same item ("..., codes 99601, 99602")
        more = _CODE_LIST_MORE.match(text, c.end) if re.search(r"(?i)(?:code|c[óo]digo)s[ \t]*:?[ \t]*$", m.group(0)) else None
        end = more.end() if more else end
        if opener in "([":
            close = re.match(r"[ \t]*[)\]]", text[end:end + 3])
            if not close:
                return None
            end = end + close.end()
        return "last", m.start(), end
    lab = _FIRST_LABEL.search(text, max(0, c.start - 14), c.start)
    start = lab.start() if lab else c.start
    sep = _FIRST_SEP.match(text, c.end)
    # (a decision after the dash is the row's status, not the code's description: "... (adultos) H0018 - Negada el 28 de
    # enero de 2026")
    if sep and sep.group(0).strip() and not re.match(r"(?:" + _DECISION_WORDS + r")\b", text[sep.end():sep.end() + 30], re.I):
        return "first", start, sep.end()
    # (a dash before a lower-case name that is a kind of care: "a request for 33340 - percutaneous left atrial appendage
    # closure")
    dash = re.match(r"[ \t]+[-–—][ \t]+", text[c.end:c.end + 5])
    if dash and _CARE_GAP.match(" " + text[c.end + dash.end():c.end + dash.end() + 80]):
        return "first", start, c.end + dash.end()
    comma = re.match(r",[ \t]+(?=[A-Z][a-z])", text[c.end:c.end + 4])
    if lab and comma:  # "HCPCS code J9271, Injection, pembrolizumab, 1 mg"
        return "first", start, c.end + comma.end()
    # (or an abbreviation then lower-case words: "billed us for E2103 CGM receiver, ...")
    gap = re.match(r"[ \t]+(?=[A-Z][a-z]|[A-Z]{2,5}[ \t]+[a-z]{3,})", text[c.end:c.end + 16])
    lead = not text[text.rfind("\n", 0, start) + 1:start].strip(" \t(•·*>-–abcdefgh0123456789.)")
    # (in prose after "for", "cover" or "and": "a request for 99205 New patient visit ... and 95970 Deep brain stimulation ...")
    prose = re.search(r"\b(?:for|and|covers?|covering|continue|approve|approving|authori[sz]e|denied|deny|includes?)[ \t\n]+$", text[max(0, start - 10):start])
    # (or in Spanish, before a lower-case name: "una solicitud de T2005 camioneta con camilla", "que aprobáramos A0130
    # transporte médico ...")
    spanish = re.search(r"\b(?:de|para|y|aprobar|cubrir|autorizar|aprob[áa]ramos|cubri[ée]ramos|autoriz[áa]ramos)[ \t\n]+$",
                        text[max(0, start - 14):start])
    if not gap and spanish:
        gap = re.match(r"[ \t]+(?=[a-záéíóúñ]{3,}[ \t]+[a-záéíóúñ(]{2,})", text[c.end:c.end + 30])
        prose = prose or spanish
    if not gap and prose:
        # a lower-case description that names a kind of care: "stop covering 92526 feeding and swallowing therapy"
        gap = _CARE_GAP.match(text[c.end:c.end + 80])  # (offsets from c.end, as the gap above)
    # (or after a label's colon or a list's semicolon: "Line descriptions: 97110 Therapeutic exercises (15 min); 97140 ...")
    ls_, le_ = R._line_at(text, c.start)
    listed = re.search(r"[:;][ \t]*$", text[max(0, start - 3):start]) and re.search(
        r";[ \t]*(?:\d{4}[0-9FTU]|[A-V]\d{4})\b", text[ls_:le_])
    if not gap and listed:
        gap = re.match(r"[ \t]+(?=[a-z]{3,}[ \t,]+[a-z(]{2,})", text[c.end:c.end + 30])
    if gap and (lab or lead or prose or listed):
        return "first", start, c.end + gap.end()
    wrapped = re.match(r"[ \t]*\n[ \t]*(?=[A-Z][a-z])", text[c.end:c.end + 6])
    if not wrapped and prose and re.match(r"[ \t]*\n", text[c.end:c.end + 3]):
        # (in lower case, when a kind of care follows: "a request ... for 36475" / "endovenous radiofrequency ablation ...")
        nl = text.index("\n", c.end)
        care = _CARE_GAP.match(" " + text[nl + 1:nl + 81])
        wrapped = re.match(r"[ \t]*\n", text[c.end:c.end + 3]) if care else None
    if wrapped and prose:  # "... egg retrieval and 89250" / "Embryo culture for IVF.": the description wrapped
        return "first", start, c.end + wrapped.end()
    return None


def _new_form(text: str, c: R.Candidate, form: tuple[str, int, int]) -> bool:
    """A code form only this reader knows: "97110 = ...", "CPT-29881 ...", "... ; billing code 70551", a list after
    a plural label ("... (infusion codes 96365 and 96366)")."""
    kind, x, y = form
    if kind == "more" or (kind == "first" and re.search(r"[:;][ \t]*$", text[max(0, x - 3):x]) and re.search(
            r";[ \t]*(?:\d{4}[0-9FTU]|[A-V]\d{4})\b", text[slice(*R._line_at(text, c.start))])):
        return True
    if kind == "first":
        # (or in prose after "for" or "cover": "a request for 99205 New patient visit ... and 95970 Deep brain stimulation ...")
        return (bool(re.match(r"[ \t]*(=|->|[–—]|,|[\])])|[ \t]+-[ \t]", text[c.end:y])) or (
                    bool(re.search(r"\b(?:for|and|covers?|covering|continue|approve|approving|authori[sz]e|denied|deny|includes?|de|para|aprobar|cubrir|"
                                   r"autorizar|aprob[áa]ramos|cubri[ée]ramos|autoriz[áa]ramos)[ \t\n]+$", text[max(0, c.start - 14):c.start])) and
                    bool(re.match(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-Z][a-z]|[a-z]|[A-Z]{2,5}[ \t]+[a-z]{3,})", text[c.end:c.end + 16])))
                or bool(re.search(r"(CPT|HCPCS)-$", text[max(0, c.start - 6):c.start]))
                or (bool(re.match(r"[ \t]*:", text[c.end:y])) and bool(re.search(r"(CPT|HCPCS|code)[ \t]*#[ \t]*$", text[max(0, c.start - 8):c.start], re.I))))
    return bool(re.match(r"(?:[;,][ \t\n]+(?:(?:billing|procedure|service)[ \t\n]+)?(?:CPT|HCPCS|codes?)\b|[ \t]+[-–—][ \t]+"
                         r"(?:CPT[ \t]+|HCPCS[ \t]+)?code\b)", text[x:c.start], re.I))


def _uncoded_conjuncts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    for m in list(_AND_SPLIT.finditer(text, a, b)) + [None]:
        e = m.start() if m else b
        t = text[pos:e].strip(" \t\n,;")
        if t and t[0].isupper() and 2 <= len(re.findall(r"[A-Za-z]{2,}", t)) <= 12 and not _CLAUSE_WORDS.search(t):
            off = text.find(t, pos)
            out.append((off, off + len(t)))
        pos = m.end() if m else b
    return out


def _coded_list(text: str, ra: int, rb: int, codes: list[R.Candidate]) -> list[tuple[int, int, list[R.Candidate], int]] | None:
    """Items (description start, end, codes, item end) of a sentence or list item whose codes all have a known
    form, or None to leave the region to the line rules."""
    forms: list[tuple[R.Candidate, tuple[str, int, int] | None]] = []
    for c in sorted(codes, key=lambda c: c.start):
        prev = forms[-1][1] if forms else None
        # (a code of the list a plural label opened goes with the item before it: "..., codes 99601, 99602")
        forms.append((c, ("more", c.start, c.end) if prev and prev[0] == "last" and c.start < prev[2] else _code_form(text, c)))
    if any(f is None for _, f in forms) or not any(_new_form(text, c, f) for c, f in forms):
        return None  # brackets, "billed as" and "63650: ..." stay with the line rules that know them
    items: list[tuple[int, int, list[R.Candidate], int]] = []
    cursor, coded = ra, False
    for i, (c, (kind, x, y)) in enumerate(forms):
        if kind == "more":
            a0, b0, ccs, end0 = items[-1]
            items[-1] = (a0, b0, ccs + [c], end0)
            continue
        if kind == "last":
            seg = text[cursor:x]
            parts = list(_AND_SPLIT.finditer(seg))
            a = cursor + (parts[-1].end() if parts else 0)
            if not parts:
                lead = _LEAD_CUT.match(seg) or re.match(r",?[ \t\n]+and[ \t\n]+", seg)  # (", and manual therapy (97140)")
                if lead and re.search(r"[A-Za-z]{3,}", seg[lead.end():]):
                    a = cursor + lead.end()
            else:
                first = cursor
                if not coded:  # the sentence before the list: "We reviewed your current treatment, X and Y - code 99232"
                    lead = _LEAD_CUT.match(text[cursor:cursor + parts[-1].start()])
                    first = cursor + (lead.end() if lead else 0)
                items += [(s, e, [], e) for s, e in _uncoded_conjuncts(text, first, cursor + parts[-1].start())]
            items.append((a, x, [c], y))
            cursor = y
        else:
            if cursor < x and coded:
                items += [(s, e, [], e) for s, e in _uncoded_conjuncts(text, cursor, x)]
            nxt = forms[i + 1][1] if i + 1 < len(forms) else None
            limit = nxt[1] if nxt and nxt[0] == "first" else rb
            if nxt and nxt[0] == "last":
                # the next item names itself before its code: this one ends where a new name starts ("58970 Oocyte
                # retrieval, any method, Intracytoplasmic sperm injection (code 89280), ...")
                cap = _NEW_NAME.search(text, y, nxt[1])
                if cap:
                    limit = min(limit, cap.start())
                # or at the last "and" before it, whatever the case: "for 97110 therapeutic exercise and manual therapy (97140)"
                ands = list(re.finditer(r",?[ \t\n]+and[ \t\n]+", text[y:nxt[1]]))
                if ands:
                    limit = min(limit, y + ands[-1].start())
                elif not cap:
                    # or at the last comma, when the next item has no other name: "for A9276 CGM sensors (90 days),
                    # continuous glucose monitor transmitter (HCPCS A9277)"
                    commas = [m for m in re.finditer(r",[ \t\n]+", text[y:nxt[1]])
                              if len(re.findall(r"[A-Za-z]{3,}", text[y + m.end():nxt[1]])) >= 2
                              and re.search(r"[A-Za-z]{3,}", text[y:y + m.start()])]
                    if commas:
                        limit = min(limit, y + commas[-1].start())
            eol = text.find("\n", y)
            if 0 <= eol < limit and re.match(r"\n[ \t]*[A-Z]", text[eol:eol + 4]) and re.search(r"[A-Za-z]{3,}", text[y:eol]):
                limit = eol  # the next line starts anew (a wrapped description continues in lower case; a code that
                # ends its line has its description on the next: "together with 31255" / "Nasal/sinus endoscopy ...")
            # the look-ahead of "and CPT-..." reads past the next item's label
            stop = [m.start() for m in (_AND_SPLIT.search(text, y, min(rb, limit + 12)), _ITEM_END.search(text, y, limit))
                    if m and m.start() < limit]
            b = min(stop + [limit])
            items.append((y, b, [c], b))
            cursor = b
        coded = True
    tail = text[cursor:rb]
    if re.match(r",?[ \t\n]+and[ \t\n]+[A-Z]", tail):
        end = _ITEM_END.search(text, cursor + 5, rb)
        items += [(s, e, [], e) for s, e in _uncoded_conjuncts(text, cursor, end.start() if end else rb)]
    return [it for it in items if re.search(r"[A-Za-z]{3,}", text[it[0]:it[1]])] or None


# a comma before a new capitalised name in a list of items: "..., any method, Intracytoplasmic sperm injection ..."
_NEW_NAME = re.compile(r",[ \t\n]+(?=[A-Z][a-z])")


_LEGEND_LINE = re.compile(r"(?m)^[ \t]*(?:Ln|Line|Item|Row|L|#)\.?[ \t]*\d{1,2}[ \t]*[:.)=-][ \t]+[^\n]{3,}$")


def _row_legend(ctx: _Ctx, item: dict) -> tuple[str, tuple[int, int]] | None:
    """The description a table gives under its rows, keyed by row number ("1 92507 24 TBD  Not certified" ...
    "Ln 1: Treatment of speech ..."); when a legend names the row, it is the description, whatever the row says."""
    code = item["codes"][0]
    for m in re.finditer(r"(?m)^[ \t]*(?P<n>\d{1,2})[ \t]+[^\n]*?\b" + re.escape(code) + r"\b", ctx.text):
        lg = re.compile(r"(?m)^[ \t]*(?:Ln|Line|Item|Row|L|#)\.?[ \t]*" + m.group("n") + r"[ \t]*[:.)=-][ \t]+(?P<d>[^\n]{3,})$")
        hit = lg.search(ctx.text, m.end(), m.end() + 1500)
        if hit:
            return _clean_item(hit.group("d")), hit.span("d")
    return None


# prose around a service named in a sentence: "we received your grievance asking us to reconsider our decision on X",
# "X, which we received on August 7", "X since July 20, 2025", "X (K0823) and"
_LEAD_IN = re.compile(
    r"^.*\b(?:(?:current\s+)?level\s+of\s+care,|decision\s+(?:on|about)|request(?:ed|s)?\s+(?:for|of)|request\s+(?:on|from|dated)\b[^;:()]{0,90}?\bfor|"
    r"asking\s+(?:us\s+)?(?:for|to\s+cover)|"
    r"coverage\s+(?:of|for)|approval\s+(?:of|for)|authori[sz]ation\s+(?:of|for)|concerns\s+your\s+request\s+for)\s+",
    re.I)
_TRAILING = re.compile(
    r"(?:,?\s+(?:which|that)\s+(?:we|you|your|was|were|is)\b.*|\s+(?:since|as\s+of|starting|beginning|received|dated)\s+"
    r"(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d).*|"
    r"\s*\(\s*(?:CPT|HCPCS)?\s*[A-Z]?\d{4,5}[A-Z]?\s*\)\s*(?:and|or|,)?\s*$)",
    re.I)


def _trim_clauses(text: str) -> str:
    """A service or diagnosis without the sentence around it (only when enough of it is left)."""
    out = text
    m = _LEAD_IN.match(out)
    if m and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", out[m.end():])) >= 2:
        out = out[m.end():]
    out = _TRAILING.sub("", out)
    return out.strip(" ,;:.") if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", out)) >= 1 else text


# a code attached to the description before it: "X (CPT 12345)", "X [12345]", "X, billed as 12345", "X - code G0277"
_ATTACH_OPEN = re.compile(r"(?:[(\[]\s*(?:(?:code|c[óo]digo)\s+(?=CPT|HCPCS))?(?:(?:billing|procedure|service)\s+)?(?:(?:CPT|HCPCS|ICD-?10(?:-CM)?)?\s*(?:code|c[óo]digo)?\s*#?:?\s*)?|,?\s+(?:billed|coded|submitted)\s+(?:as|under)\s+|"
                          r"\s+[-–—]\s+(?:CPT\s+|HCPCS\s+)?code\s*:?\s*)$", re.I)


def _attach_start(text: str, c: R.Candidate) -> int | None:
    """Where the attachment of a code to its description begins (the bracket or ", billed as"), or None."""
    m = _ATTACH_OPEN.search(text[max(0, c.start - 24):c.start])
    if not m:
        return None
    opener = m.group(0).lstrip()[:1]
    if opener in "([":
        close = ")" if opener == "(" else "]"
        # "(Q5103, 40 units)": a count or a short note may follow the code inside its bracket (or a claim line's units and
        # amount: "(97530, 2\nunits, $142.00)")
        if not text[c.end:c.end + 2].lstrip().startswith(close) and not re.match(
                r"[ \t]*,\s*(?:\d{1,4}\s+)?[A-Za-z][A-Za-z .-]{0,20}" + re.escape(close), text[c.end:c.end + 32]) and not re.match(
                r"[ \t]*,[ \t\n]*\d{1,4}[ \t\n]+units?\b(?:[ \t\n]*,[ \t\n]*\$[\d,]+(?:\.\d\d)?)?[ \t]*" + re.escape(close), text[c.end:c.end + 48]):
            return None
    return max(0, c.start - 24) + m.start()


def _code_colon_desc(text: str, c: R.Candidate, le: int) -> tuple[int, int] | None:
    """The description after "63650: " (a code that leads its own description), up to the next code, a decision
    word after a dash or colon, or the end of the sentence."""
    m = re.match(r"[ \t]*[:·][ \t]+(?=[A-Z](?:[a-z]|[A-Z]{1,3}\b))", text[c.end:c.end + 9])  # a dash after a code is a table cell ...
    if not m and re.fullmatch(r"[ \t]*(?:[-–—•*>]|\d{1,2}[.)])?[ \t]*", text[text.rfind("\n", 0, c.start) + 1:c.start]):
        m = re.match(r"[ \t]*[-–—][ \t]+(?=[A-Z](?:[a-z]|[A-Z]{1,3}\b))", text[c.end:c.end + 9])  # ... unless it leads a list item
    if not m:
        return None
    a = c.end + m.end()
    seg = text[a:le]
    cut = re.search(r"\s+and\s+[A-Z]?\d{4}[A-Z0-9]?[ \t]*:|;\s+[A-Z]?\d{4}[A-Z0-9]?[ \t]*:|[ \t]+[-–—][ \t]+|:[ \t]+(?=[a-z])|"
                    r"\.(?:\s|$)", seg)
    b = a + (cut.start() if cut else len(seg))
    if not cut and b == le and re.search(r"\b(?:for|of|with|without|and|or|to|in|on|the|a|an|by|de|del|con|sin|y|para)$", seg.rstrip(), re.I):
        # "61510: Craniotomy for" / "excision of brain tumor": a name that ends on a little word goes on below
        nle = text.find("\n", le + 1)
        nxt = re.match(r"[ \t]*[a-z][^\n.;:]*", text[le + 1:len(text) if nle < 0 else nle])
        if nxt:
            b = le + 1 + nxt.end()
    return (a, b) if b > a else None


def _in_parens(text: str, c: R.Candidate) -> bool:
    return _attach_start(text, c) is not None


# a line that offers what to try instead of the item asked for: "Step 1: iron sucrose ...", "Try first: infliximab-dyyb
# (Inflectra), HCPCS Q5103, ...", "Preferred alternative: ...", a list item under "Medicines to try first"
_ALTERNATIVE_LEAD = re.compile(r"(?i)[ \t]*(?:[-•*·][ \t]*)?(?:(?:step[ \t]+\d{1,2}|try[ \t]+(?:this|these|it)?[ \t]*first|"
                               r"(?:preferred|formulary)[ \t]+(?:alternatives?|drugs?|medicines?|medications?|options?|products?)|"
                               r"alternatives?(?:[ \t]+to[ \t]+try)?)[ \t]*[:.)-][ \t]|"
                               # (a table row's first cell too: "Approved instead  Home sleep test ... G0399  Authorized")
                               r"(?:covered|approved)[ \t]+(?:alternatives?|instead)\b|alternatives?[ \t]+(?:covered|approved)\b)")
_ALTERNATIVE_HEADING = re.compile(r"(?i)[ \t]*(?:(?:medicines?|medications?|drugs?|treatments?|options?|products?)[ \t]+(?:to[ \t]+try[ \t]+first|"
                                  r"you[ \t]+(?:must|need[ \t]+to|should)[ \t]+try(?:[ \t]+first)?)|(?:preferred|formulary|covered)[ \t]+"
                                  r"(?:alternatives?|drugs?|medicines?|medications?|options?)(?:[ \t]+on[ \t]+(?:the|our)[ \t]+formulary)?|"
                                  r"alternatives?[ \t]+to[ \t]+try)[ \t]*:?[ \t]*")
# a sentence that names the preferred alternatives: "The plan's preferred choices are X, HCPCS J1756 or Y"
# (or "Formulary alternative your prescriber may consider: X", "Other covered care for back pain includes X")
_ALTERNATIVE_SENTENCE = re.compile(r"(?i)\b(?:preferred|formulary|covered|first-line)[ \t\n]+(?:choices?|alternatives?|drugs?|medicines?|"
                                   r"medications?|options?|products?)[ \t\n]+(?:are|is|include|includes|such[ \t\n]+as|like)\b|"
                                   r"\b(?:preferred|formulary|covered|first-line)[ \t\n]+(?:choices?|alternatives?|drugs?|medicines?|"
                                   r"medications?|options?|products?|care|treatments?|therap(?:y|ies))(?:[ \t\n]+(?:Dra?\.|[^ \t\n.;:]+)){0,12}?"
                                   r"(?:[ \t\n]+(?:include|includes|such[ \t\n]+as)\b|[ \t]*:)")
_LIST_LEAD = re.compile(r"[ \t]*(?:[-•*·]|\d{1,2}[.)]|step[ \t]+\d{1,2}[:.)])[ \t]", re.I)
# a sentence's end (never a title's or an initial's: "Dr. Sorensen", "Grace L. Harrington")
_SENTENCE_END_BEFORE = re.compile(r"(?<!\bDr)(?<!\bDra)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\b[A-Z])\.[ \t\n]")
_PREFERRED_STATUS_END = re.compile(r"(?i)[ \t](?:covered[ \t]*\([ \t]*preferred[ \t]*\)|covered[ \t]*[-–—,][ \t]*preferred|preferred(?:[ \t]+(?:alternative|product|drug))?|"
                                   r"(?:covered|formulary)[ \t]+alternative)[ \t.]*$")


def _alternative_row(text: str, start: int) -> bool:
    """Whether the code at ``start`` sits on a line that offers an alternative to try first: led by "Step 1:" or "Try
    first:", or a list item under a heading such as "Medicines to try first" (never a table row that also names the
    drug requested)."""
    ls, le = R._line_at(text, start)
    if re.search(r"(?i)\b(?:asked|requested|(?<!be\s)prescribed|(?<!be\s)ordered)\b", text[ls:le]):
        return False  # "Step 1: Dr. Y asked for X (HCPCS J1439)": the item asked for, whatever leads its line
    if _ALTERNATIVE_LEAD.match(text, ls):
        return True
    if _PREFERRED_STATUS_END.search(text, ls, le):
        return True  # a row of a comparison table whose status cell says the product is the covered, preferred one
        # ("infliximab-axxq (Avsola)  Q5121  IV infusion every 8 weeks  Covered (preferred)")
    # (the sentence may have wrapped: "A preferred drug" / "such as zoledronic acid (J3489) ...")
    ends = [m.end() for m in _SENTENCE_END_BEFORE.finditer(text, max(0, start - 200), start)]
    if _ALTERNATIVE_SENTENCE.search(text, max([start - 200, text.rfind("\n\n", 0, start) + 1] + ends[-1:]), start):
        return True  # "The plan's preferred choices are iron sucrose (Venofer) infusions, HCPCS J1756 or ..."
    if not _LIST_LEAD.match(text, ls):
        # a paragraph straight under a heading such as "Medicines to try first" offers the alternatives too
        ps = ls
        for _ in range(3):
            if ps == 0:
                return False
            pls, ple = R._line_at(text, ps - 1)
            if _ALTERNATIVE_HEADING.fullmatch(text, pls, ple):
                return True
            if re.search(r"[.!?:]\s*$", text[pls:ple]) or not text[pls:ple].strip():
                return False
            ps = pls
        return False
    for _ in range(4):  # up the list's items to its heading
        if ls == 0:
            return False
        ls, le = R._line_at(text, ls - 1)
        if _ALTERNATIVE_HEADING.fullmatch(text, ls, le):
            return True
        if not _LIST_LEAD.match(text, ls):
            return False
    return False


# care approved in place of the item asked for ("Instead, we approved Home sleep test ... (G0399)", "We approved X (code
# 95806) instead", "The request is approved in a different form: X (95806) in place of ..."), or covered as the alternative ("Your plan covers IMRT (CPT 77385) for your condition, and ...")
_INSTEAD_BEFORE = re.compile(r"(?i)\b(?:instead,?[ \t\n]+(?:we|the[ \t\n]+plan|kaiser(?:[ \t\n]+permanente)?)[ \t\n]+(?:have[ \t\n]+)?"
                             r"(?:approved|authori[sz]ed|covered|will[ \t\n]+cover)|approved[ \t\n]+instead[ \t]*:)[^.;:]*$")
# care the plan recommends in place of the request: "We recommend a partial hospitalization program (HCPCS H0035)",
# "Our reviewer suggested outpatient therapy (CPT 90837)" (the plan's word, never the requesting doctor's)
_RECOMMEND_BEFORE = re.compile(r"(?i)\b(?:we|our[ \t\n]+(?:reviewer|physician|doctor|medical[ \t\n]+director)|the[ \t\n]+(?:reviewer|plan|"
                               r"reviewing[ \t\n]+(?:physician|doctor|clinician)))[ \t\n]+(?:would[ \t\n]+|can[ \t\n]+|also[ \t\n]+)?"
                               r"(?:recommend(?:s|ed)?|suggest(?:s|ed)?|propose(?:s|d)?)\b[^.;:]*$")
# care a doctor may ask for next, not the care asked for: "Your doctor can ask for an adjustable prefabricated knee brace
# (code L1833)", "Su médico puede pedir una rodillera ajustable prefabricada (código L1833)"
_COULD_ASK_BEFORE = re.compile(r"(?i)\b(?:can|may|could|is\s+welcome\s+to)[ \t\n]+(?:ask|request|apply|send\s+(?:us\s+)?a\s+(?:new\s+)?request)"
                               r"[ \t\n]+(?:us[ \t\n]+)?for\b[^.;:]*$|"
                               # "Your prosthetist may submit a standard electric hand, code L7007, as a new request"
                               r"\b(?:can|may|could)[ \t\n]+(?:also[ \t\n]+)?(?:submit|resubmit|send)\b[^.;:]*$|\bpuede[ \t\n]+(?:pedir|solicitar)\b[^.;:]*$")
_APPROVED_BEFORE = re.compile(r"(?i)\b(?:approved|authori[sz]ed|will[ \t\n]+cover)\b[^.;]*$")
# care named as still covered, before its code: "Other treatment remains covered, including psychiatry visits, medicine
# changes and electroconvulsive therapy (CPT 90870)"
# (or what the notice leaves as it was: "This notice does not change our payment for lancets, 100, code A4259")
_REMAINS_COVERED_BEFORE = re.compile(r"(?i)\b(?:(?:remains?|stays?|is[ \t\n]+still|are[ \t\n]+still)[ \t\n]+covered|"
                                     # "Covered care you can still get includes gradient compression stockings (A6531)"
                                     r"(?:care|services?|treatments?|options?)[ \t\n]+(?:that[ \t\n]+)?you[ \t\n]+can[ \t\n]+(?:still[ \t\n]+)?"
                                     r"(?:get|receive|have|use)[ \t\n]+(?:includes?|are|is)|"
                                     # "Other options remain available, such as a non-segmental pneumatic compressor (E0650)"
                                     r"options?[ \t\n]+(?:remains?|are|is)[ \t\n]+(?:still[ \t\n]+)?(?:available|covered)[ \t\n,]+(?:such[ \t\n]+as|including)|"
                                     r"(?:does|do|will)[ \t\n]+not[ \t\n]+(?:change|affect)[ \t\n]+(?:our|the|your)[ \t\n]+"
                                     r"(?:payment|coverage|decision)s?[ \t\n]+(?:for|of|on))\b[^.;:]*$")
_COVERS_BEFORE = re.compile(r"(?i)\byour[ \t\n]+plan[ \t\n]+(?:does[ \t\n]+)?covers?\b[^.;:]*$")
# care the plan says it still covers: "Your infertility benefit still covers treatment such as ... intrauterine
# insemination (CPT 58322)"
# (never "does cover": "Your plan does cover lumbar fusion (22630) when the spine is unstable" names the item's terms)
_STILL_COVERS_BEFORE = re.compile(r"(?i)\b(?:still|also)[ \t\n]+covers?\b[^.;:]*$|\bsigue[ \t\n]+cubriendo\b[^.;:]*$")
_INSTEAD_AFTER = re.compile(r"(?i)^[^.;]*?\b(?:instead|in[ \t\n]+place[ \t\n]+of|rather[ \t\n]+than)\b")
# care the letter says would be a request of its own: "A request for decompression without fusion (CPT 63047) would be
# reviewed on its own", "... would need a separate request"
_SEPARATE_REQUEST_AFTER = re.compile(r"(?i)[^.;]*?\b(?:would|will|should)[ \t\n]+(?:be[ \t\n]+(?:reviewed|considered|decided|handled)[ \t\n]+"
                                     r"(?:on[ \t\n]+its[ \t\n]+own|separately|as[ \t\n]+a[ \t\n]+(?:new|separate)[ \t\n]+request)|"
                                     r"need[ \t\n]+(?:a|its[ \t\n]+own)[ \t\n]+(?:new[ \t\n]+|separate[ \t\n]+)?(?:request|authori[sz]ation|review))\b")
_ALTERNATIVE_AFTER = re.compile(r"(?i)^[^.;]*?\b(?:instead|for[ \t\n]+your[ \t\n]+condition|without[ \t\n]+a[ \t\n]+new[ \t\n]+(?:request|review))\b")
# a list the letter says was covered or paid, led so: "These services were covered: your consultation ...; Hysterosalpingogram
# (74740) on April 27, 2026; ...", "The following tests were already paid:"
_COVERED_LIST_LEAD = re.compile(r"(?i)\b(?:these|those|the[ \t\n]+following|other)[ \t\n]+(?:[a-z]+[ \t\n]+)?(?:services|tests|visits|items|"
                                r"claims?|lines|care)[ \t\n]+(?:were|was|are|is|have[ \t\n]+been|has[ \t\n]+been|remain)[ \t\n]+"
                                r"(?:already[ \t\n]+|still[ \t\n]+)?(?:covered|paid|approved)[ \t]*:(?:[^.]|(?<=\bDr)\.|(?<=\bDra)\.|(?<=\b[A-Z])\.)*$|"
                                # a label of what is covered in its place: "Lo que sí está cubierto: el programa intensivo
                                # ambulatorio (S9480)" ("sí": covered, unlike what was asked)
                                r"\blo[ \t\n]+que[ \t\n]+s[íi][ \t\n]+(?:est[áa][ \t\n]+cubiert[oa]|cubrimos|cubre)[ \t]*:[^.]*$")
# (in English the label alone may head an approved line; the sentence must say it is the alternative: "What is covered: a
# diagnostic CT ... (CPT 71260, 74177) can be done instead.")
_COVERED_LABEL_BEFORE = re.compile(r"(?i)\bwhat[ \t\n]+(?:is|we)[ \t\n]+(?:covered|cover)[ \t]*:[^.]*$")
# the product the plan prefers, named so beside its code: "Avsola (Q5121), the preferred product on our Part B preferred
# drug list"
_PREFERRED_APPOSITION = re.compile(r"(?i)^[ \t]*\)?[ \t\n]*(?:,[ \t\n]*(?:the|our|a)[ \t\n]+(?:preferred|covered|formulary)[ \t\n]+"
                                   r"(?:product|drug|medicine|medication|option|alternative|biosimilar|choice)\b|"
                                   # (or said to be the same medicine, and covered: "Avsola (Q5121) contains the same
                                   # medicine, is given the same way ..., and is covered")
                                   r"(?:contains|has|is)[ \t\n]+the[ \t\n]+same[ \t\n]+(?:medicine|drug|active[ \t\n]+ingredient|molecule)\b"
                                   r"[^.;]{0,120}\b(?:is|are)[ \t\n]+(?:covered|preferred|on[ \t\n]+(?:our|the)[ \t\n]+formulary)\b)")
# care the member has never had, named to say so: "you have never received infliximab-axxq (Avsola) (Q5121)"
_NEVER_TRIED_BEFORE = re.compile(r"(?i)\b(?:never|not[ \t\n]+yet)[ \t\n]+(?:received|tried|used|had|taken|been[ \t\n]+given)\b[^.;:]*$")
# care the letter names as the right place to start instead: "A home sleep study without attendance (CPT 95806) is the
# right first test, so the attended in-lab study is not medically necessary"
_RIGHT_CHOICE_AFTER = re.compile(r"(?i)^[ \t]*\)?[ \t\n]*(?:is|are|would[ \t\n]+be|remains?)[ \t\n]+(?:the|a|an)[ \t\n]+(?:right|appropriate|"
                                 r"recommended|preferred|better|best|usual|standard|safer|reasonable|covered)[ \t\n]+(?:(?:first|next|initial)[ \t\n]+)?"
                                 r"(?:test|step|option|choice|treatment|approach|alternative|place[ \t\n]+to[ \t\n]+start|level[ \t\n]+of[ \t\n]+care)\b")


# care the letter says stays covered, whatever terms follow: "KRAS gene analysis (CPT 81275) remains covered when your
# oncologist orders it"
_REMAINS_COVERED_AFTER = re.compile(r"(?i)\)?[ \t\n]*(?:,[^.;]{0,40}?,[ \t\n]*)?(?:(?:remains?|stays?|will[ \t\n]+(?:remain|stay)|(?:is|are)[ \t\n]+still)[ \t\n]+"
                                    r"(?:a[ \t\n]+)?covered\b|continues\b|(?:can|will|would)[ \t\n]+meet[ \t\n]+(?:your|the[ \t\n]+member['’]s|his|her|their)[ \t\n]+needs\b)")
# ("Your coverage for the program (S9480) continues", "The partial hospitalization program (H0035) can meet your needs now")
# care the letter says goes on and is not what it decides: "Medical social services visits (G0155) are not ending and are
# not part of this notice", "Aide visits (G0156) will continue", "a targeted panel (CPT 81445) remains covered"
_NOT_PART_AFTER = re.compile(r"(?i)^\)?[ \t\n]*(?:,[^.;]{0,40}?,[ \t\n]*|,[ \t\n]*|and[ \t\n]+[^.;,]{0,40}?[ \t\n]+)?(?:is|are|will|remains?|stays?|was(?=[ \t\n]+a[ \t\n]+covered))[ \t\n]+"
                             r"(?:still[ \t\n]+)?(?:(?:remain|stay)[ \t\n]+)?(?:not[ \t\n]+(?:ending|stopping|"
                             r"changing|affected|part[ \t\n]+of[ \t\n]+this[ \t\n]+(?:notice|decision|letter))|continue|keep[ \t\n]+going|"
                             # care the letter says is covered: "CPAP (E0601) is covered for sleep apnea" (never "is covered
                             # only when ...", the terms the item asked for did not meet)
                             r"(?:a[ \t\n]+)?covered(?![ \t\n]+(?:only|when|if|after|under|unless|for[ \t\n]+(?:people|members|patients)\s+who))"
                             r"(?:[ \t\n]+(?:benefit|service))?)\b")
# care the letter says was paid, or is no part of what it decides, in so many words: "Line E0114 was processed and paid",
# "Your office visit ... (CPT 99213) was paid and is not part of this notice", "(E0114) on the same claim was paid" (every
# mention of that code is then no item), also past a clause between commas ("(CPT 99204), made on Dr. Holloway's
# referral, was paid under claim ...")
# (also past the rest of the code's bracket: "The home health aide hours (S9122, 3 hours a day) are not part of this decision")
_PAID_OR_NOT_PART_AFTER = re.compile(r"(?i)(?:,[^.;()\n]{1,40}(?=\)))?\)?[ \t\n]*(?:,(?:(?:[^.;()]|(?<=\b(?:Dr|Mr|Ms))\.|\.(?=[ \t\n]*\d)){1,60}?,)?[ \t\n]*)?(?:(?:on|in|of|from)[ \t\n]+(?:the|this|your)[ \t\n]+(?:same[ \t\n]+)?[a-z]+[ \t\n]+)?"
                                     # (past the care's date: "(70486) on November 24, 2025 was already covered and ...")
                                     r"(?:(?:(?:done|performed|taken|received|given|provided)[ \t\n]+)?(?:on|of|from)[ \t\n]+[\w ,/.-]{0,24}?\d[ \t\n]+)?(?:"
                                     # (a past visit's "was covered; this notice is only about the imaging claim")
                                     r"(?:was|were)[ \t\n]+(?:already[ \t\n]+)?covered(?=[ \t]*[;,.]|[ \t\n]+and\b)|"
                                     # ("Temozolomide (J8700), which you started on Jan. 14, 2026, is covered and is not part of ...")
                                     r"(?:(?:is|are)[ \t\n]+covered[ \t\n]+and[ \t\n]+)?" + P.PAID_OR_NOT_PART_RE + ")")
# the code an authorization was for, named beside the code billed: "Your knee surgery was authorized as code 29881", "the
# authorization on file approved code 29881 only", "Authorized code 29881  Valid 2-7-26 to 4-7-26"
_AUTHORIZED_CODE_BEFORE = re.compile(r"(?i)(?:\b(?:authori[sz]ed|approved|pre-?approved)[ \t\n]+as|\bauthori[sz]ation\b[^.;:]{0,40}?\b(?:approved|covered|"
                                     r"was[ \t\n]+for|is[ \t\n]+for|listed)|(?:^|\n|[ \t]{2,})[ \t]*authori[sz]ed[ \t]+(?:procedure[ \t]+|service[ \t]+)?code[ \t]*:?)"
                                     r"[ \t\n]+(?:(?:procedure|CPT|HCPCS)[ \t\n]+)?(?:code[ \t\n]+)?$")
# care a doctor may order next, or other options named beside the decision: "Your doctor may order CPAP (E0601) instead",
# "your doctor can prescribe ...", "Your doctors may also consider an epidural steroid injection (CPT 62323)"
_COULD_ORDER_BEFORE = re.compile(r"(?i)\b(?:we[ \t\n]+(?:can|could|would|may)[ \t\n]+(?:still[ \t\n]+|also[ \t\n]+)?(?:approve|cover)|"
                                 # "Podemos aprobar el transporte en camioneta para silla de ruedas (código A0130) si ..."
                                 r"(?:podemos|podr[íi]amos)[ \t\n]+(?:tambi[ée]n[ \t\n]+)?(?:aprobar|cubrir))\b[^.;:]*$|"
                                 r"\b(?:can|may|could|might)[ \t\n]+(?:still[ \t\n]+|also[ \t\n]+)?(?:order|prescribe|try|start|refer[ \t\n]+you[ \t\n]+for|"
                                 r"consider|discuss|suggest|offer|recommend|continue[ \t\n]+(?:to[ \t\n]+be[ \t\n]+treated|treatment|care))\b[^.;:]*$|"
                                 # the level of care the findings fit: "These findings meet the criteria for the partial
                                 # hospitalization program (H0035), not for residential treatment"
                                 r"\b(?:meet|meets|met|fit|fits)[ \t\n]+(?:the[ \t\n]+)?criteria[ \t\n]+for\b[^.;:]*$|"
                                 # "Other options your care team can discuss include a lumbar epidural injection (CPT 62323)"
                                 r"\b(?:other|alternative)[ \t\n]+(?:options?|treatments?|choices?|approaches)\b[^.;:]{0,60}?\b(?:include|includes|are|is|such[ \t\n]+as)\b[^.;:]*$")


# the records a reviewer read, each dated by its own visit: "We reviewed your office consultation with plastic surgery on
# January 8 2026 (CPT 99244, which was covered)", "The file includes the consultation note of ...", "Records reviewed: ..."
_RECORDS_LEAD = re.compile(r"(?i)[ \t\n]*(?:\d{1,2}[.)][ \t]+)?(?:we\s+(?:also\s+)?(?:reviewed|looked\s+at|read)\s+(?:all\s+(?:of\s+)?)?(?:your|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:consultation|visit|notes?|records?|evaluation|report|letter|chart|assessment)\b|"
                           r"the\s+(?:file|records?)\s+(?:includes?|contains?|shows?)\b|records?\s+(?:we\s+)?reviewed\b)")
# the rest of a list of codes in brackets: ", A0425)" of "(A0426, A0425)"
_CODE_LIST_REST = re.compile(r"(?:\s*,\s*(?:(?:and|with|plus)\s+)?(?:[a-z]+\s+){0,2}[A-Z0-9]{5})*\)?")  # (", with mileage A0425)")
_PAST_COVERED_IN_PARENS = re.compile(r"(?i)[ \t]*,[ \t]*which\s+(?:was|were|is|has\s+been)\s+(?:already\s+)?(?:covered|approved|paid)\b")


# a label or heading of care the member had before: "Earlier injections: Nov 11 2025 (CPT 64483, L4-L5)", "Earlier
# injections we reviewed" over a table of dates and codes, "Prior treatments on file", "Injection history"
_EARLIER_CARE = (r"(?:(?:earlier|prior|previous|past)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:injections?|treatments?|procedures?|visits?|"
                 r"surger(?:y|ies)|claims?|services?|therap(?:y|ies)|infusions?|sessions?|trials?|fills?|medications?|drugs?|"
                 r"tests?|scans?|imaging)|(?:injection|treatment|procedure|visit|surgery|claims?|therapy|infusion|medication|drug)"
                 r"[ \t]+history)\b")
_EARLIER_CARE_LABEL = re.compile(r"(?i)[ \t]*(?:\d{1,2}[.)][ \t]+)?" + _EARLIER_CARE + r"[^:\n]{0,30}:")
_EARLIER_CARE_HEADING = re.compile(r"(?i)^[ \t]*" + _EARLIER_CARE + r"(?:[ \t]+(?:we[ \t]+(?:reviewed|considered|looked[ \t]+at)|"
                                   r"on[ \t]+file|reviewed|to[ \t]+date))?[ \t]*:?[ \t]*$")


# a sentence that states the decision: the first one ends the part of a letter that names what was asked for
_DECISION_STATED = re.compile(
    r"(?i)\b(?:den(?:y|ies|ied|ial)|not[ \t\n]+(?:be[ \t\n]+)?(?:approved?|covered?|authori[sz]ed?|medically[ \t\n]+necessary)|"
    r"(?:cannot|can[ \t\n]*not|(?:unable|not[ \t\n]+able)[ \t\n]+to|will[ \t\n]+not|won't|did[ \t\n]+not|could[ \t\n]+not|are[ \t\n]+not)[ \t\n]+"
    r"(?:approve|approving|cover|covering|pay|paying|authori[sz]e|authori[sz]ing)|excluded|"
    r"does[ \t\n]+not[ \t\n]+meet|negad[oa]s?|neg(?:ó|amos)\b|no[ \t\n]+(?:fue[ \t\n]+|est[áa][ \t\n]+|ser[áa][ \t\n]+)?(?:aprobad|cubiert|autorizad)|"
    r"no[ \t\n]+(?:aprobamos|cubrimos|autorizamos|pagaremos|podemos)|no[ \t\n]+cumple|rechaz)")
# the words of a sentence that asks for, bills, decides on or approves an item (or says why it is not covered)
_ITEM_TALK = re.compile(
    r"(?i)\b(?:(?<!new[ \n])(?<!own[ \n])(?<!separate[ \n])(?<!another[ \n])(?<!future[ \n])(?<!can[ \n])(?<!may[ \n])(?<!could[ \n])request\w*|ask(?:ed|ing|s)\b|(?<!be[ \n])(?<!can[ \n])(?<!may[ \n])(?<!could[ \n])order\w*|prescrib\w*|bill\w*|claims?|submit\w*|authori[sz]\w*|approv\w*|den(?:y|ies|ied|ial)|"
    r"decision|decided|not[ \t\n]+(?:covered|medically)|experimental|investigational|cosmetic|exclu\w*|"
    r"solicit\w*|pidi\w*|pedid\w*|negad\w*|neg[óo]|aprob\w*|autoriz\w*|factur\w*|reclam\w*|no[ \t\n]+(?:est[áa][ \t\n]+)?cubiert\w*)")
# a line that opens on a form's label ("Units requested: 241")
_FORM_LABEL_LEAD = re.compile(r"[ \t]*(?-i:[A-Z])[\w /()-]{0,30}:[ \t]")
# a sentence that ends on the line (a table's row has none)
_SENTENCE_END_IN = re.compile(r"[a-z]{2}[.!?](?:[ \t]|$)")
# the small words prose runs on (a table row has few of them)
_FUNCTION_WORDS = re.compile(r"(?i)\b(?:the|and|or|is|are|was|of|for|to|with|your|you|when|which|that|if|these|this|may)\b")
# a code followed by a dash or a colon and its description
_CODE_DASH_DESC = re.compile(r"[)\]]?[ \t]*(?:[–—:]|-{1,2})[ \t]+[A-Za-zÀ-ÿ]")
# a line led by a short label, a list marker or the code itself: a form field or a row of what was decided
_SHORT_LABEL_LEAD = re.compile(r"[ \t]*(?:[-–—•*·>][ \t]*|\(?\d{1,2}[.)][ \t]*)?(?:[A-Za-zÀ-ÿ][\wÀ-ÿ/()' -]{0,40}:[ \t]*)?"
                               r"(?:[\w/.'-]*\d[\w/.'-]*[ \t]+){0,2}"  # a row's line number and date ("2 3-23-25 Q9967")
                               r"(?:(?:CPT|HCPCS|CPT/HCPCS|procedure|billing|service)?[ \t]*codes?[ \t]*[:#]?[ \t]*|"
                               r"(?:CPT|HCPCS)[ \t]*[:#]?[ \t]*)?", re.I)


def _drop_later_mentions(ctx: _Ctx, by_code: dict[tuple[bool, str], list[R.Candidate]]) -> None:
    """Drop the codes a letter names only after it has stated its decision, in sentences that neither ask for, bill,
    approve nor decide on anything, and never on a row, a list of codes or a form line: the member's history, care that
    goes on, care to try instead, a contact for other care. Such a code is context, not an item of the decision; the
    gate stands only when another code of the letter is named where items are (else the letter has no better one)."""
    text = ctx.text
    anchor = next((b for a, b in ctx.sentences if a >= ctx.header_end and a < ctx.decision_end
                   and _DECISION_STATED.search(R.blank_unchecked(text[a:b]))), None)
    if anchor is None:
        return
    coded_lines = {R._line_at(text, c.start)[0] for (dx, _), cs in by_code.items() if not dx for c in cs}

    def where_items_are(c: R.Candidate) -> bool:
        if c.start < anchor:
            return True
        ls, le = R._line_at(text, c.start)
        line_above = next(_walk_lines(text, ls, le, -1, 1), None)
        line_below = next(_walk_lines(text, ls, le, 1, 1), None)
        if len(_cells(text, ls, le)) >= 3 or _ENDS_ON_DECISION.search(text, ls, le) or any(
                m.group(0)[0].isupper() for m in _ROW_DECISION.finditer(text, ls, le)) or (
                line_below and _ENDS_ON_DECISION.search(text, *line_below)):
            return True  # a row of a table, or a line that carries its decision ("... J1644 5 4 Reduced ...")
        lead = _SHORT_LABEL_LEAD.match(R.unlead(text[ls:c.start]))
        if lead and lead.end() == c.start - ls and not (re.match(r"[ \t]*[)\]]", text[c.end:c.end + 3])
                                                          and not re.search(r"[(\[]", text[ls:c.start])):
            return True  # "63650  Spinal cord ...", "- 63650 ...", "Code: 63650", "1 3-23-25 Q9967 ..." (not a bracket that
            # wrapped: "(CPT" / "43775), then ...")
        if _CODE_DASH_DESC.match(text, c.end):
            return True  # "J0174 – Lecanemab-irmb (Leqembi) infusion": a code with its description, as items are listed
        if not _MARKER.match(text, ls) and len(_FUNCTION_WORDS.findall(text, ls, le)) < 3 and \
                not _SENTENCE_END_IN.search(text, ls, le) and any(
                    x and x[0] in coded_lines and not _SENTENCE_END_IN.search(text, *x) for x in (line_above, line_below)):
            return True  # one of consecutive coded lines that no list marker leads and no prose runs through: a table's rows
        sa, sb = _sentence_at(ctx, c.start)
        wa = max(sa, c.start - 600)
        wa = ls if c.start - 80 <= ls < wa else wa  # a label the sentence splitter cut off its line ("Also approved ...... X (97164)")
        wrapped = sa <= ls + 2
        for pa, pb in _walk_lines(text, ls, le, -1, 3):
            if not text[pa:pb].strip() or re.search(r"[.!?][\"”)]?[ \t]*$", text[pa:pb]):
                break
            if len(text[pa:pb].strip()) <= 60 and _ITEM_TALK.search(text, pa, pb):
                return True  # under a heading or a label of what was decided ("WHAT WE APPROVED", "Not approved:")
            wrapped = wrapped and not re.search(r":[ \t]*$", text[pa:pb])
            if wrapped:
                wa = min(wa, pa)  # the sentence wrapped from the lines above ("... approved X (99243) but denied" / "Y (91110).")
        wb = max(min(sb, c.end + 200), c.end)
        if line_below and not re.search(r"\w", text[c.end:le]) and _FORM_LABEL_LEAD.match(text, *line_below):
            wb = max(wb, line_below[1])  # a code that ends its line: the record goes on below ("Units requested: 241 ...")
        return bool(_ITEM_TALK.search(text, wa, wb))

    keys = [k for k in by_code if not k[0]]
    kept = [k for k in keys if any(where_items_are(c) for c in by_code[k])]
    # a code named in one sentence with an item's code is an item beside it ("The care in question is X [CPT 99245] and
    # Y [CPT 61510].")
    item_sentences = {_sentence_at(ctx, c.start) for k in kept for c in by_code[k]}
    kept += [k for k in keys if k not in kept and any(_sentence_at(ctx, c.start) in item_sentences for c in by_code[k])]
    if kept:
        for k in set(keys) - set(kept):
            del by_code[k]


_MEASURE_ROW = re.compile(r"[ \t]*(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2}\.?[ \t]+\d{1,2})\b[^\n]*\d")


def _in_measure_table(text: str, ls: int, le: int) -> bool:
    """Whether the line is the header or a row of a table of measures by date: the next two lines (or this one and
    the next) open on a date and carry numbers ("7.31.26 55 min/day 50 min/day")."""
    below = list(_walk_lines(text, ls, le, 1, 2))
    rows = [_MEASURE_ROW.match(text, a, b) for a, b in below]
    return len(below) == 2 and all(rows) or bool(_MEASURE_ROW.match(text, ls, le) and rows and rows[0])


# the member had the care before: "The patient had a coronary stent placement (92928)", "You underwent a lumbar fusion"
_HAD_CARE_BEFORE = re.compile(r"(?i)\b(?:you|the[ \t\n]+(?:patient|member)|your[ \t\n]+(?:child|son|daughter))[ \t\n]+"
                              r"(?:had|underwent|(?:has|have)[ \t\n]+(?:already[ \t\n]+)?(?:had|undergone))\b[^.;:]{0,120}$|"
                              # (or the record of it the plan asks for or read: "the report of a coronary stent placement
                              # (92928) done at ...", "- The report of a coronary stent placement (92928)")
                              r"\b(?:report|reports|records?|results|notes|summary|images|films)[ \t\n]+(?:of|from)[ \t\n]+(?:a|an|the|your|his|her|their)"
                              r"[ \t\n]+[^.;:()]{0,60}\(?[ \t]*(?:(?:CPT|HCPCS|code)[ \t]*)?$")


def _earlier_care(ctx: _Ctx, c: R.Candidate) -> bool:
    """A code on a line labelled as care the member had before, or on a row of a table headed so: a record, no item."""
    ls, le = R._line_at(ctx.text, c.start)
    if _EARLIER_CARE_LABEL.match(ctx.text, ls, c.start):
        return True
    sa, sb = _sentence_at(ctx, c.start)
    if _HAD_CARE_BEFORE.search(ctx.text, sa, c.start) and not re.search(
            r"(?i)\b(?:request\w*|asked|approv\w*|denied|deny|not\s+cover\w*|bill\w*|claim)\b", ctx.text[sa:sb]):
        return True  # the member's history: "The patient had a coronary stent placement (92928) at The Queen's Medical
        # Center, admitted January 11, 2026"
    for a, b in _walk_lines(ctx.text, ls, le, -1, 12):
        line = ctx.text[a:b]
        if not line.strip() or (re.search(r"\.[ \t]*$", line) and len(line) > 60):
            return False  # a blank line or a sentence ends the table
        if _EARLIER_CARE_HEADING.match(line):
            return True
    return False


def _record_reviewed(ctx: _Ctx, c: R.Candidate) -> bool:
    """A code of a past visit among the records the reviewer read, or one the letter says was covered: no item denied."""
    if _PAST_COVERED_IN_PARENS.match(ctx.text, c.end):
        return True
    sa, sb = _sentence_at(ctx, c.start)
    return bool(_RECORDS_LEAD.match(ctx.text, sa)) and not re.search(
        r"(?i)\b(?:request\w*|asked|denied|deny|not\s+approve\w*|not\s+cover\w*)\b", ctx.text[sa:sb])


# care the Spanish letter says is covered and no part of the denial: "La audiometría completa (CPT 92557) del 08-03-2026,
# indicada por Dra. X, sí está cubierta y no forma parte de esta negación"
_ES_NOT_PART_AFTER = re.compile(r"(?i)(?:[^.;]|(?<=\bDr)\.|(?<=\bDra)\.|(?<=\b[A-Z])\.){0,140}?\b(?:s[íi]\s+)?(?:est[áa]n?|es|son)\s+"
                                r"(?:cubiert[oa]s?\b[^.;]{0,40}?\bno\s+forman?\s+parte\s+de\s+est[ae]\s+(?:negaci[óo]n|decisi[óo]n|aviso|carta)|"
                                r"(?:un|una|unos|unas)\s+servicios?\s+cubiertos?\b)")


def _approved_instead(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the code at ``start`` names care the plan approves or covers in place of the item asked for, care the
    letter says goes on, or care a doctor may ask for next: none of them is an item denied."""
    sa, sb = _sentence_at(ctx, start)
    if sa > 0 and ctx.text[sa - 1] == "\n" and re.search(r"(?:[a-záéíóúñ,]|\((?:CPT|HCPCS|code))[ \t]*$", ctx.text[max(0, sa - 7):sa - 1]):
        sa = R._line_at(ctx.text, sa - 1)[0]  # a sentence cut at a wrapped line ("Su médico puede pedir una" / "rodillera ...",
        # "... with contrast (CPT" / "71260, 74177) can be done instead.")
    ls = R._line_at(ctx.text, start)[0]
    if re.match(r"[ \t]*[A-Z][\w ]{0,30}:", ctx.text[ls:start]):
        sa = max(sa, ls)  # a form row ("Approved instead: ...") starts its own clause, whatever the line before said
    before, after = ctx.text[sa:start], ctx.text[end:max(end, sb)]
    if re.search(r"(?i)\bnot[ \t\n]+(?:approved?|covered?|authori[sz]ed?)\b|\bdenied\b", before):
        return False
    return bool(_INSTEAD_BEFORE.search(before) or _RECOMMEND_BEFORE.search(before) or _NOT_PART_AFTER.match(after)
                or _REMAINS_COVERED_AFTER.match(after) or _REMAINS_COVERED_BEFORE.search(before)
                or _ES_NOT_PART_AFTER.match(ctx.text, end, end + 220)
                or _COULD_ASK_BEFORE.search(before) or _COULD_ORDER_BEFORE.search(before) or _SEPARATE_REQUEST_AFTER.match(after)
                or (_APPROVED_BEFORE.search(before) and _INSTEAD_AFTER.match(after))
                or (_COVERS_BEFORE.search(before) and _ALTERNATIVE_AFTER.match(after)) or _RIGHT_CHOICE_AFTER.match(after)
                or _COVERED_LIST_LEAD.search(before) or _PREFERRED_APPOSITION.match(after) or _NEVER_TRIED_BEFORE.search(before)
                or _STILL_COVERS_BEFORE.search(before)
                or (_COVERED_LABEL_BEFORE.search(before) and _ALTERNATIVE_AFTER.match(after))
                # (a label that says it: "What you can do instead: a stress echocardiogram (CPT 93351) is covered if ...")
                or re.search(r"(?i)\binstead[ \t]*:[^.]*$", before))


# a form line labelled with the code system alone ("HCPCS: ", "CPT code: "), and a form line naming the item asked for
# ("DRUG REQUESTED: ...", "Service requested: ...", "Item: ...")
_CODE_FIELD_LEAD = re.compile(r"(?i)[ \t]*(?:CPT|HCPCS|CPT[ \t]*/[ \t]*HCPCS|(?:procedure|billing|service|drug)[ \t]+code|codes?)[ \t]*[:#](?:[ \t]*:)?[ \t]*")  # (dot leaders read as a colon: "HCPCS:            : ")
_ITEM_FIELD_LINE = re.compile(r"(?i)[ \t]*(?:(?:drugs?|medications?|medicines?|services?|items?|procedures?|equipment|treatments?|devices?|tests?)"
                              r"(?:[ \t]*\(s\))?(?:[ \t]+(?:requested|asked[ \t]+for|under[ \t]+review))?|requested[ \t]+(?:drugs?|medications?|"
                              r"services?|items?|procedures?|equipment))[ \t]*:(?:[ \t]*:)?[ \t]*(?P<val>[A-Za-z][^\n]{3,}?)[ \t]*")


# the same fields in a grid that prints no colons: "Service requested  MRI of the low back ..." over "Procedure code  CPT
# 72148"
_CODE_FIELD_LEAD_BARE = re.compile(r"(?i)[ \t]*(?:(?:procedure|billing|service)[ \t]+codes?(?:[ \t]+(?:CPT|HCPCS))?|(?:CPT|HCPCS)[ \t]+codes?|"
                                   r"codes?[ \t]+(?:CPT|HCPCS))[ \t]+")
# a form row of care a doctor recommended, beside the care asked for ("Service asked for  Second opinion ..." /
# "Surgery recommended  Cervical disc replacement (arthroplasty) at C5-C6 (CPT 22856)")
_RECOMMENDED_ROW = re.compile(r"(?i)[ \t]*(?:(?:surgery|treatment|procedure|operation|care)[ \t]+recommended|recommended[ \t]+"
                              r"(?:surgery|treatment|procedure|operation))[ \t]*:?[ \t]+\S")
_ITEM_FIELD_LINE_BARE = re.compile(r"(?i)[ \t]*(?:(?:services?|items?|drugs?|medications?|procedures?|equipment|tests?|treatments?)[ \t]+"
                                   r"(?:requested|asked[ \t]+for))[ \t]+(?P<val>[A-Za-z][^\n]{3,}?)[ \t]*")


_CODES_ONLY_ROW = re.compile(r"(?i)[ \t]*(?:(?:procedure|billing|service|cpt|hcpcs|cpt/hcpcs)[ \t]+)?codes?[ \t]*[:#]?[ \t]*"
                            r"(?:[A-Z]?\d{4}[0-9A-Z](?:[ \t]*[,;&][ \t]*|[ \t]+and[ \t]+|[ \t]*$))+")


# the role a table row's first cell gives it, where a header's columns stand one cell off their values
_ROW_ROLE_LEAD = re.compile(r"(?i)[ \t]*(?:requested|asked[ \t]+for|original[ \t]+request|approved(?:[ \t]+instead)?|denied|not[ \t]+approved)"
                            r"(?:[ \t]*:)?(?=[ \t]+[A-Z]|[ \t]*$)")


def _said_paid(text: str, end: int, start: int | None = None) -> bool:
    """Whether the letter says the code ending at ``end`` (alone, or the first of a bracketed list) was paid or covered,
    or is no part of what it decides."""
    rest = end + len(_CODE_LIST_REST.match(text, end).group(0))
    if start is not None:
        ls = text.rfind("\n", 0, start) + 1
        if _PAID_BEFORE.search(text, max(ls, start - 80), start):
            return True
        later = _PAID_LATER.match(text, end, end + 120)
        if later and not re.search(r"(?i)\b(?:not|never|denied|deny)\b", later.group(0)):
            return True
    return bool(_PAID_OR_NOT_PART_AFTER.match(text, end, end + 80) or _PAST_COVERED_IN_PARENS.match(text, rest)
                or _PAID_OR_NOT_PART_AFTER.match(text, rest, end + 160))


# the sentence's verb, further on, says the code's care was paid: "Your evaluation (97162) on 04/27/2024 was billed on
# an earlier claim and paid", "the evaluation, code 97162, on Mar 9 2024, which we paid earlier"
_PAID_LATER = re.compile(r"(?i)[^.;:\n]{0,90}?\b(?:(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+[^.;:]{0,50}?\b(?:and|then)[ \t]+paid|"
                         r"which[ \t]+(?:we|was|were)[ \t]+(?:already[ \t]+)?paid|we[ \t]+(?:already[ \t]+|have[ \t]+)?paid[ \t]+(?:it|them|earlier|already|before))\b")
# a label before the code says it is paid or outside the decision: "PD: paid (the evaluation, 97161)", "Not affected by
# this decision: the evaluation, code 97162, ..."
# (or "Not part of this request: your full face mask and cushions (A7030), which stay covered ...")
_PAID_BEFORE = re.compile(r"(?i)(?:\bnot[ \t]+(?:affected|changed)[ \t]+by[ \t]+this[ \t]+(?:decision|notice|letter)[ \t]*:|"
                          r"\bnot[ \t]+(?:part|included)[ \t]+(?:of|in)[ \t]+this[ \t]+(?:request|decision|notice|letter|denial|claim)[ \t]*:|"
                          r"(?:^|[:;=][ \t]*)paid[ \t]*[(:–—-])[^.;:\n]{0,60}$")


# a numbered claim line the letter says was paid or is outside its decision: "Line 3 (...) was paid and is not part of this
# decision", "Line 2 was processed and paid"
_PAID_LINE_NUMBER = re.compile(r"(?i)\b(?:line|ln|row)[ \t]+(\d{1,2})\b(?:[ \t\n]*\([^()]{0,80}\))?[ \t\n]+(?:(?:was|were|has[ \t\n]+been)[ \t\n]+"
                               r"(?:already[ \t\n]+)?(?:(?:processed|approved|allowed)[ \t\n]+and[ \t\n]+)?paid|(?:is|was)[ \t\n]+not[ \t\n]+part[ \t\n]+"
                               r"of[ \t\n]+this)\b")
# a caption over a table of care the letter says was paid or is outside its decision ("Related claim (paid; not part of
# this decision):", "Not affected by this decision:"), never one over lines paid and denied alike
_PAID_CAPTION = re.compile(r"(?i)[^\n]*\b(?:paid|not[ \t]+part[ \t]+of[ \t]+(?:this|the|our)[ \t]+(?:decision|notice|letter|denial)|"
                           r"not[ \t]+(?:affected|changed)[ \t]+by[ \t]+this|outside[ \t]+(?:this|the|our)[ \t]+decision)\b[^\n]*:[ \t]*")


_OTHER_CLAIMS_HEADING = re.compile(r"(?i)[ \t]*(?:other|earlier|previous|related)[ \t]+(?:claims?|services|lines|visits)\b[^\n:]{0,40}")
# a note under a table that says it is shown for information only: "Claim 174884635096 is shown for your information; it
# is not part of this decision."
_INFO_ONLY_NOTE = re.compile(r"(?i)[^\n]*\b(?:shown|listed|included)[ \t]+(?:here[ \t]+)?(?:only[ \t]+)?for[ \t]+your[ \t]+information\b[^\n]*|"
                            r"[ \t]*(?:it|they|these|this[ \t]+claim|claim[ \t]+\d+)[ \t]+(?:is|are)[ \t]+not[ \t]+part[ \t]+of[ \t]+this[ \t]+"
                            r"(?:decision|notice|letter|denial)\b[^\n]*")


def _info_only_row(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a row of a table (up to three rows) over a note that says the table is shown for
    information only, or is no part of the decision."""
    le = R._line_at(text, at)[1]
    for _ in range(3):
        if le >= len(text):
            return False
        ns, ne = R._line_at(text, le + 1)
        line = text[ns:ne]
        if not line.strip() or line.rstrip().endswith(":"):
            return False
        if _INFO_ONLY_NOTE.fullmatch(line):
            return True
        if not re.search(r"\d", line):  # prose, no row: the table ended
            return False
        le = ne
    return False


def _under_paid_caption(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a row of a table (a header and up to three rows, no blank line) under a caption that
    says the table was paid or is outside the decision."""
    ls = R._line_at(text, at)[0]
    for _ in range(4):
        if ls <= 0:
            return False
        ps = text.rfind("\n", 0, ls - 1) + 1
        line = text[ps:ls - 1]
        if not line.strip():
            return False
        if _OTHER_CLAIMS_HEADING.fullmatch(line):
            return True  # "Other claims processed for you" over a table of claims outside the decision
        if line.rstrip().endswith(":"):  # the nearest caption above decides ("Lines we denied:" under a paid table's rows)
            return bool(_PAID_CAPTION.fullmatch(line)) and not re.search(r"(?i)\b(?:denied|deni|not[ \t]+paid|unpaid)", line)
        ls = ps
    return False


def _paid_line(text: str, ls: int, le: int, paid_codes: set[str]) -> bool:
    """A claim line that bills a code the letter says was paid or covered, or is no part of what it decides."""
    return any(re.search(rf"(?<![\w.-]){re.escape(v)}(?![\w.-])", text[ls:le]) for v in paid_codes)


# a CPT or HCPCS code inside a longer pattern (a letter and four digits, or four digits and a digit or letter)
_ITEM_CODE = r"(?:[A-Z]\d{4}|\d{4}[0-9A-Z])"


# a clause that states the plan's decision: "We did not approve the", "No aprobamos la"
_DECISION_CLAUSE = re.compile(r"(?i)\b(?:we\s+(?:did\s+not|didn['’]t|do\s+not|cannot|can['’]t|could\s+not|are\s+not\s+able\s+to)\s+"
                              r"(?:approve|cover|authori[sz]e)|we\s+(?:have\s+)?(?:denied|approved|are\s+denying)|"
                              r"(?:no\s+)?(?:aprobamos|cubrimos|autorizamos)|negamos|denegamos)\b")


# the same, said of the item after it: "(97155) no fue aprobada", "(97155) was not approved"
_PASSIVE_DECISION = re.compile(r"(?i)\b(?:no\s+(?:fue|fueron|est[áa]n?)\s+(?:aprobad|autorizad|cubiert)[oa]s?|(?:fue|fueron)\s+(?:negad|denegad)[oa]s?|"
                               r"(?:was|were|is|are)\s+(?:not\s+(?:approved|covered|authori[sz]ed)|denied))\b")


_SPANISH_WORDS = re.compile(r"\b(?:el|la|los|las|de|del|para|que|por|su|sus|una|con|usted|c[óo]digo|solicitud)\b", re.I)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|your|we|you|for|with|was|were|is|are|our|request)\b", re.I)
# where a form to send back begins: a cut line, or a request form's title on a line of its own
_REPLY_FORM_MARK = re.compile(r"(?im)\b(?:cut|detach|tear)[ \t]+(?:here|along\s+this\s+line|off)\b|"
                              r"^[ \t]*(?:(?:appeal|grievance|hearing|reconsideration)[ \t]+)?(?:request|reply|response)[ \t]+form[ \t]*$|"
                              r"^[ \t]*formulario[ \t]+de[ \t]+(?:solicitud|apelaci[óo]n|respuesta)\b[^\n]{0,30}$|"
                              # (or the provider's copy after the member's letter: "PROVIDER COPY" / "Procedure 49505:
                              # payment denied. ...")
                              r"^[ \t]*(?:(?:provider|physician|facility|prescriber)['’]?s?[ \t]+copy|copy[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?"
                              r"(?:provider|physician|facility|prescriber)|copia[ \t]+para[ \t]+el[ \t]+proveedor)[ \t]*:?[ \t]*$")


def _row_likeness(text: str, c: R.Candidate) -> int:
    ls, le = R._line_at(text, c.start)
    line = text[ls:le]
    score = 0
    if ls > 0 and not line[:c.start - ls].strip() and _WRAPPED_CODE_LABEL.search(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1):
        return 3  # "Subject of appeal: Extracapsular cataract removal ... - CPT" / "66984": the code of the item named above
    if _CODES_ONLY_ROW.fullmatch(line):
        score -= 6  # a summary row of bare codes ("Procedure codes 30400, 21137") names nothing: the code's other mention does
    elif re.fullmatch(r"[ \t]*(?:[A-Z]?\d{4}[0-9A-Z][ \t]*(?:[/,;&]|and)?[ \t]*){2,}", line):
        score -= 6  # nor does a line of codes alone under a label above it ("Codes" / "69930 / L8614")
    elif not re.search(r"[A-Za-zÀ-ÿ]{3,}", _ROW_DECISION.sub(" ", re.sub(
            r"(?i)\b(?:" + _ITEM_CODE + r"|CPT|HCPCS|codes?|decision|lines?|items?|services?)\b", " ", line))):
        score -= 6  # nor a line of codes under their decisions ("APPROVED: 30520. NOT APPROVED: 31255, 31276.")
    # (a line that goes on a decision's sentence from the line above is read with it: "... No aprobamos la" / "modificación
    # del protocolo (97155).", "We did not approve the" / "protocol change (97155).")
    said = line
    # (a table row that starts in lower case under its header is no such line: it ends no sentence)
    if ls > 0 and re.match(r"[ \t]*[a-záéíóúñ]", line) and re.search(r"[.;!?][ \t]*$|[.;!?][ \t]+[A-Z]", line):
        prev = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1]
        tail = re.split(r"[.:;!?][ \t]+", prev)[-1]
        if not re.search(r"[.:;!?][ \t]*$", prev) and (_DECISION_CLAUSE.search(tail) or _PASSIVE_DECISION.search(line)):
            said = tail + "\n" + line
    prose = said is not line or re.search(r"\b(we|you|your|our|asked|received|request(ed)?\s+for|"
                      # (Spanish: "No aprobamos la modificación del protocolo (97155).")
                      r"usted|nuestr[oa]s?|aprobamos|recibimos|revisamos|tomamos|negamos|cubrimos|decidimos|podemos)\b", said, re.I)
    if len(said) < 110 and not prose:
        score += 1  # (a short sentence is no row)
    if re.search(r"[(\[][ \t]*(?:(?:CPT|HCPCS|c[óo]digos?|codes?)[ \t]*:?[ \t]*)?(?:" + _ITEM_CODE + r"[ \t\n]*,[ \t\n]*)*$", text[max(0, c.start - 40):c.start]) and \
            re.match(r"(?:[ \t\n]*,[ \t\n]*" + _ITEM_CODE + r")*[ \t\n]*[)\]]", text[c.end:c.end + 40]) and \
            "," in text[max(0, c.start - 40):c.end + 40].split("(")[-1].split(")")[0]:
        score -= 2  # a bracket of several codes after items named together ("X and Y (31255, 31276)"): which is which is
        # clearer where each code is named with its own item
    if re.match(r"^\W{0,3}\s*(\d{1,2}\s+)?" + re.escape(text[c.start:c.end]) + r"\s+[A-Za-z]", line) or re.match(r"^\s*[•·\-*�]", line):
        score += 2
    if _in_parens(text, c):
        score -= 1
    if P.DECISION_WORDS.search(line) and not prose:
        score += 1  # (a row's decision cell; a sentence of the decision names the item no better than the request)
    if prose:
        score -= 2
    if _CODE_FIELD_LABEL.search(text, max(ls, c.start - 24), c.start):
        score -= 6  # a system's field of the bare code ("SVC CD: E0748  QTY: 001"): the sentence names the item better
    if not re.search(r"[A-Za-z]{3,}(?:[ \t,]+[A-Za-z(]{2,})", line[:c.start - ls] + " " + line[c.end - ls:]) and "$" in line:
        score -= 6  # a claim line of dates, amounts and remark codes ("1 7-30-25 74177 $3,015.29 $0.00 $3,015.29 P41, M02")
        # names nothing: the sentence that names the code says what it is
    return score


# a field that holds only a code: "SVC CD:", "Service code:", "PROC CODE:"
_CODE_FIELD_LABEL = re.compile(r"(?i)\b(?:svc|srv|service|proc|procedure|item|billing)[ \t]*(?:cd|code)[ \t]*[:#][ \t]*$")


_DX_LEADS = re.compile(r"[ \t]*(?:[–—=:]|-(?=[ \t]))[ \t]*(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
# where a description that follows its code ends: the next item, a sentence end, a new line, a cell gap
_DX_DESC_END = re.compile(r";|\.(?:\s|$)|\n(?![ \t]*[a-záéíóúñ])|[ \t]{2,}|[ \t]+\|")


def _dx_segment(text: str, ls: int, c: R.Candidate, same_line: list[R.Candidate]) -> tuple[int, int]:
    """The description a diagnosis code belongs to: back to the previous code, ';' or label colon."""
    prev_end = max([x.end for x in same_line if x.end <= c.start] + [ls])
    seg = text[prev_end:c.start]
    cut = max(seg.rfind(";"), seg.rfind(":"), seg.rfind("|"))
    a = prev_end + cut + 1 if cut >= 0 else prev_end
    lead = _DX_LEADS.match(text, c.end) if not re.search(r"[A-Za-z]{3,}", text[a:c.start]) else None
    if lead:  # "Diagnosis: M54.16 – Lumbar radiculopathy; G47.33 – ...": the code leads its description
        da = lead.end()
        nxt = min([x.start for x in same_line if x.start > c.start] + [len(text)])
        end = _DX_DESC_END.search(text, da, min(nxt, da + 200))
        return da, end.start() if end else min(nxt, da + 200)
    if not re.search(r"[A-Za-z]{3,}", text[a:c.start]) and ls > 0:
        # the code wrapped onto its own line: the description ends the previous line
        pls = text.rfind("\n", 0, ls - 1) + 1
        pseg = text[pls:ls - 1]
        cut = max(pseg.rfind(";"), pseg.rfind(":"))
        a = pls + cut + 1 if cut >= 0 else pls
        return a, ls - 1
    return a, c.start


# where a service's name starts in a sentence: after "request for", "approve", "referral ... for", "and" (a bare
# "for" inside the name stays: "chemodenervation of muscles for chronic migraine", "2 per week for 6 weeks")
_PROSE_CUT = re.compile(r"(?:" + _REFER_TO_FOR + r")|"
                        # Spanish: "nos pidió aprobar X", "una solicitud para X"
                        r"(?:\b(?:nos\s+)?pidi[óo]\s+(?:que\s+)?(?:aprob(?:ar|[áa]ramos)|cubr(?:ir|i[ée]ramos)|autoriz(?:ar|[áa]ramos))\b|"
                        # (past the child it was asked for: "pidió para Amara Tratamiento conductual ...")
                        r"\b(?:pidi[óo]|solicit[óo])\s+para\s+(?:su\s+(?:hij[oa]|niñ[oa])\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\wáéíóúñ]+(?=\s+(?-i:[A-ZÁÉÍÓÚÑ]))|"
                        # (past who sent it, named with a bracket: "una solicitud de Dr. X (Psiquiatría, Y) de Tratamiento ...")
                        r"\bsolicitud\s+de\b(?:[^;:()]|\((?![^()]*\d)[^()]{0,80}\)){0,90}?(?<=\))\s+de\b|"
                        # (past who sent it: "una solicitud de su proveedor (Dr. X) para Monitor ...")
                        r"\bsolicitud\b(?:[^;:()\n]|\([^()\n]{0,60}\)){0,90}?\bpara\b|"
                        r"\bsolicitud\s+(?:para|de)\b(?!\s+parte)|\baprob(?:ar|amos|[óo])\b|\by(?=\s+(?-i:[A-ZÁÉÍÓÚÑ])))|(?:\basked\s+(?:us|Kaiser(?:\s+Permanente)?)\s+to\s+(?=(?:cover|approve|pay\s+for|authori[sz]e)\b))|"
                        r"(?:request(?:ed)?\s+for|approv(?:e|ed|es|ing)\b|approval\s+for|cover(?:age\s+for|ing|ed|s)?\b|"
                        # care asked to go on: "a request ... to continue individual speech therapy", "to keep providing"
                        r"\b" + _TO_GO_ON + r"\b|"
                        r"authoriz\w*\s+for|authori[sz]e\b|\bpay(?:ing)?\s+for\b|"
                        r"(?:\b(?:referral|payment|asked|ask|order|prescription|denied|deny|denial)\b[^.;:()\n]{0,30}?\bfor)|"
                        # an appeal's outcome before the care: "We are upholding the denial of Therapeutic exercise, ..."
                        r"(?:\b(?:uphold(?:ing)?|upheld|affirm(?:ing|ed)?|keeping|kept|reversing|overturning)\s+(?:the|our|its)\s+"
                        r"(?:earlier\s+|original\s+|first\s+|prior\s+)?(?:denial|decision)\s+(?:of|on|about|for))|"
                        r"(?:\b(?:bill|claim|charges?|invoice|statement)\s+(?:from|by)\b[^;:()\n]{0,70}?\bfor)|"
                        # "The claim lists Ambulance service, basic life support ... (A0428)"
                        r"(?:\b(?:bill|claim|invoice|statement|order|request)\s+(?:lists|listed|shows|showed|includes|included)\b)|"
                        r"(?:\b(?:about|regarding|concerning)(?:\s+(?:your|the|this|a|an))?(?:\s+(?:ongoing|current|continued|recent|pending))?\b)|"
                        # the end of the item before it in a list: "... (CPT 97162), Therapeutic exercise ..."
                        r"(?:\b[A-Z]?\d{4,5}[A-Z]?\s*[)\]]\s*,?(?:\s*(?:and|with|plus|y|con)\b)?)|"
                        # the item before, led by its code: "for 97110 therapeutic exercise and manual therapy (97140)"
                        r"(?:\b[A-Z]?\d{4}[0-9A-Z]\b[^.;:()\n]{0,60}?\band\b)|"
                        # "... 10 mg (Q5103, 40 units); IV infusion administration, first hour (96413, 1 unit)"
                        r"(?:\([^()\n]*\d[^()\n]*\)\s*;)|"
                        # "and" starts a new item before a capital; "acetabular and proximal ..." is inside a descriptor
                        # "You referred your patient, Paloma K. Salazar, to Mission Ridge Transplant Program, Palo Alto\nfor X"
                        r"(?:\b(?:referred\s+(?:your\s+patient|you|the\s+member|our\s+member)|referral\s+of)\b(?:[^.;:()]|(?<=\b[A-Z])\.|"
                        r"(?<=\bSt)\.){0,160}?\bfor)|"
                        # (past a practice named in brackets: "a request from Dr. Q (Cascade Proton Center) for X")
                        # (the sentence and the bracket may wrap: "... MD (Pikes Peak Center" / "for Reproductive Health) for X")
                        r"(?:\brequest\b(?:[^;:()]|\((?![^()]*\d)[^()]{0,80}\)){0,90}?\bfor)|\band(?=\s+(?-i:[A-Z]))|:|"
                        # the end of a sentence before the one that names the item: "This letter is about your care. The X (0398T) ..."
                        r"(?<=(?-i:[a-z]){3}[.!?])\s+(?=(?-i:[A-Z]))|(?<=\d[.!?])\s+(?=(?-i:[A-Z])(?-i:[a-z]))|"
                        r"[•·�]|\n[ \t]*-|(?<![A-Za-z)])[ \t]-|\bServices?(?:\s+requested)?(?=\s+[A-Z])|\bservicio)\s*", re.I)


# cells of a table row printed as text: "Line 1 — CPT 99243 — Follow-up consultation — Certified",
# "77525 | Proton treatment | Denied", cells apart by a tab or a run of spaces
_CELL_SEP = re.compile(r"[ \t]+[—–|][ \t]+|[ \t]+-[ \t]+(?=\S)|\t+|[ \t]{3,}")
# a cell that is not a description: a row number, a bare code label, a status, a quantity, an amount, a date
_NOT_DESC_CELL = re.compile(
    r"^\W*((line|item|row|no\.?|#|l[íi]nea)\s*#?\s*\d+|\d{1,3}|(no|none|n/?a)(\s+code)?|cpt|hcpcs|code|"
    r"(" + _DECISION_WORDS + r"|partially\s+\w+|modified|upheld|overturned|reduced)(\s*[-(].*)?|"
    r"\d+\s+(units?|visits?|sessions?|days?|hours?)|\$?\d[\d,.]*|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\W*$", re.I)


def _cells(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The cells of a table row (start, end), or [] when the line is not cut into cells."""
    seps = list(_CELL_SEP.finditer(text, ls, le))
    if len(seps) < 2:
        return []
    out, pos = [], ls
    for m in seps:
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < le:
        out.append((pos, le))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _desc_cell(text: str, cells: list[tuple[int, int]], codes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The cell that describes the row's service: the wordiest cell that is not a code, number or status."""
    best, words = None, 1
    for a, b in cells:
        if any(a <= cs < b for cs, _ in codes) and len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", text[a:b])) < 3:
            continue
        t = text[a:b].strip()
        if _NOT_DESC_CELL.match(t):
            continue
        n = len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", t))
        if n > words:
            best, words = (a, b), n
    return best


def _table_cell_segment(text: str, ls: int, le: int, codes: list[R.Candidate]) -> tuple[int, int] | None:
    cells = _cells(text, ls, le)
    if len(cells) < 3:
        return None
    cell = _desc_cell(text, cells, [(c.start, c.end) for c in codes])
    if cell is None:
        return None
    a, b = cell
    # the description wrapped onto the next line, which finishes the row ("...disorder;\nindividual (24 visits) — Pending")
    if cell == cells[-1] and le < len(text):
        nls, nle = le + 1, text.find("\n", le + 1)
        nle = len(text) if nle < 0 else nle
        nxt = _CELL_SEP.search(text, nls, nle)
        first_word = re.match(r"\W*(\w+)", text[ls:le])
        if nxt and nxt.start() > nls and not (first_word and text[nls:nle].lstrip().startswith(first_word.group(1))) and \
                _NOT_DESC_CELL.match(text[nxt.end():nle].strip()):
            b = nxt.start()
    return a, b


def _lead_shape(line: str) -> str:
    """What a table row opens with: its first word ("line"), or "#" for a number or code."""
    m = re.match(r"\W*(\w+)", line)
    if not m:
        return ""
    return "#" if re.search(r"\d", m.group(1)) else m.group(1).lower()


def _sibling_rows(text: str, rows: list[tuple[int, int]], coded: set[tuple[int, int]],
                  reach: int = 4) -> list[tuple[int, int]]:
    """Lines next to a coded table row that are cut into as many cells and open with the same word: rows of the
    same table whose service has no code."""
    out: list[tuple[int, int]] = []
    for ls0, le0 in rows:
        n0 = len(_cells(text, ls0, le0))
        w0 = _lead_shape(text[ls0:le0])
        for direction in (1, -1):
            for ls, le in _walk_lines(text, ls0, le0, direction, reach):
                if (ls, le) in coded or (ls, le) in out:
                    continue
                n = len(_cells(text, ls, le))
                if n >= 3 and abs(n - n0) <= 1 and w0 and _lead_shape(text[ls:le]) == w0:
                    out.append((ls, le))
    return out


# a parenthesis that holds a code, a number or a date ("(CPT 72148)", "(per 15 minutes)"); one of words does not
_CODE_PAREN = r"\((?=[^)\n]{0,40}(?:\b(?:CPT|HCPCS|codes?|c[óo]digos?|ICD)\b|\d))"
# a line that starts a form's next label ("Where: ...") or the salutation
_NEXT_LABEL_LINE = r"\n(?=[ \t]*[A-Z][\w ()/-]{0,40}:[ \t]|[ \t]*(?i:dear|hello)\b)"
# the name that follows a code in prose, up to the end of its clause: "for 72148 Magnetic resonance imaging, lumbar
# spine; without contrast material." (a CPT descriptor keeps its semicolon; a new clause after one does not belong to
# it). A parenthesis of words is part of the name ("oncology (high complexity)"), one with a code, a number or a date
# ends it; the name may wrap to the next line ("CPT code 72148," / "MRI lumbar spine without contrast."), but a form's
# next label or the salutation ends it, and so does a parenthesis that does not close on its line.
_NAME_AFTER_CODE = re.compile(
    rf"(?:[^\n(.]|(?!{_NEXT_LABEL_LINE})\n|(?!{_CODE_PAREN})\([^)\n]{{1,40}}\))*?"
    # (a name goes on past "and" in lower case, "speech and language therapy", unless a new item or its code follows)
    rf"(?=\s+and\s+(?:[A-Z0-9]|(?:a|an|the|also|we|our|your|it)\b|(?:(?!\sand\s)[^.\n(]){{0,60}}?{_CODE_PAREN})|"
    rf"\s*{_CODE_PAREN}|\.(?:\s|$)|;\s+(?:we|you|and|but|this|it|they)\b|,\s+from\b|\s+from\s|"
    rf",?\s+(?:so\s+that|because|which|while)\s|{_NEXT_LABEL_LINE}|,\s+{_PURPOSE_CLAUSE}\b|"
    rf"\s*\((?=[^)\n]*(?:\n|$))|$)")


def _svc_segment(text: str, ls: int, le: int, codes: list[R.Candidate]) -> tuple[int, int]:
    """The description of a service: in prose, the words before "(CPT 12345)" or after "approve 12345"; in a
    table row cut into cells, the description cell; in a flattened row, the text before the first code, else after
    the last."""
    first, last = min(c.start for c in codes), max(c.end for c in codes)
    line = text[ls:le]
    cell = _table_cell_segment(text, ls, le, codes)
    if cell is not None:
        return cell
    # (a row under a table's header is no sentence, whatever its reason column says: "2 Home therapy ... S9372 45 days 0
    # Denied Not medically necessary: you inject without help")
    # (a line that carries on a sentence from the line before is prose too: "... (intraoral" / "procedures) (CPT 00170) and
    # G0330 Facility services ...")
    # (so does a line after one that ends mid-sentence: "... speech-language pathologist, Vanessa" / "Yoon, M.A., CCC-SLP,
    # to continue 92526 feeding and swallowing therapy. The")
    prev = text[R._line_at(text, ls - 1)[0]:ls - 1] if ls > 0 else ""
    said = line if not (ls > 0 and (re.match(r"[ \t]*[a-z(]", line) or (
        re.search(r"[a-z,][ \t]*$", prev) and len(prev.split()) >= 8))) else prev + "\n" + line
    prose = bool(re.search(r"\b(we|us|you|your|asked|received|request(ed)?|continue|covering|approving|nos|usted|pidi[óo]|recibimos|"
                           r"solicitud|aprobar)\b", said, re.I)) \
        and not R._CODE_COLUMN_HEAD.search(R._header_context(text, ls, 12))
    # (a form row's label of what was asked for leads the code: "Procedure under review: 29881 Knee arthroscopy ...")
    prose = prose or bool(R._ASKED_LABEL_BEFORE.search(text[ls:first]))
    if prose:
        lp = text.rfind("(", max(0, first - 14), first)
        if lp >= 0 and ")" in text[lp:first]:
            lp = -1  # another code's closed parenthesis: "(CPT 95720), A0140 Commercial air travel"
        # a code's label after a comma, wrapped to the line before: "... adyuvante (receptor), código" / "E2102. La ..."
        # (or the label itself wrapped: "... Bilateral reduction mammaplasty, procedure" / "code 19318. The request ...")
        lab = re.search(r"[ \t]*,[ \t]*(?:(?:procedure|billing|service)[ \t\n]+)?(?:CPT|HCPCS|codes?|c[óo]digos?)[ \t]*[#:]?[ \t]*"
                        r"(?:\n[ \t]*)?$", text[max(0, first - 40):first], re.I)
        if lp < 0 and lab and ("\n" in lab.group(0) or not re.match(r"[ \t]*[|:=–—-]", text[last:last + 4])):
            # (on the code's own line too: "... feeding and swallowing therapy, procedure code 92526", unless the
            # description follows the code: "..., HCPCS H0018 | Residential substance use disorder treatment")
            lp = max(0, first - 40) + lab.start()
        if lp >= 0:
            start = max(0, lp - 200)
            seg = text[start:lp]
            cuts = list(_PROSE_CUT.finditer(seg))
            a = start + (cuts[-1].end() if cuts else 0)
            return a, lp
        m = _NAME_AFTER_CODE.match(text[last:last + 200])
        if m and len(m.group(0).strip()) > 3:
            return last, last + len(m.group(0))
    before = _CHECKBOX.sub(" ", text[ls:first])
    # "(1) HCPCS code J9271 (Injection, pembrolizumab, 1 mg): not payable": labels and a row number are not a name
    if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", _row_text(before, []))) >= 2:
        return ls, first
    return last, le


_ITEM_TRIM = re.compile(
    r"^\s*((\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2})\s+)+|"  # leading line numbers / dates
    # trailing amounts, remark codes, counts and dates; not the number a preposition holds ("Lancets, per box of 100")
    # nor a level or grade ("Emergency room visit, level 4", "Stage 3")
    r"((?<!\bof)(?<!\bper)(?<!\bx)(?<!\blevel)(?<!\btype)(?<!\bstage)(?<!\bgrade)(?<!\bclass)(?<!\bphase)(?<!\bstep)"
    r"(?<!\bLevel)(?<!\bType)(?<!\bStage)(?<!\bGrade)(?<!\bClass)(?<!\bPhase)(?<!\bStep)(?<!\bnivel)(?<!\bNivel)\s+(\$?\d[\d,]*\.\d\d|\$\d[\d,]*|[A-Z]{1,3}-?\d{1,3}|\d{1,3}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))+\s*$")


_ITEM_DATE = re.compile(r"\s\(?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}-[A-Za-z]{3}-\d{4}|"
                        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b.*$")

_ITEM_DONE_ON = re.compile(r"\s+(?:done|performed|provided|given|received|taken|billed|furnished)\s+on\b.*$", re.I)
_ITEM_VISIT = re.compile(_VISIT_CLAUSE + r".*$")


# two-character billing modifiers that follow a code (rental, new, requirements met, side, waiver notices ...)
_LEAD_MODIFIERS = re.compile(r"^(?:\(?(?:KX|RR|NU|UE|LT|RT|GA|GY|GZ|KH|KI|KJ|QW|TC|GP|GO|GN|BP|BR|BU|MS|RA|RB|KS|KF|KG|NR)\)?"
                             r"[ \t,;]+)+(?=\S)")


_ITEM_TAIL = re.compile(
    r"(?:[,;]\s*|\s+)(?:(?:the\s+)?(?:procedure|billing|service|cpt|hcpcs|cpt/hcpcs)\s+)?(?:codes?|c[óo]digos?)\s*:?$|"
    r"[,;]\s*(?:the\s+)?(?:procedure|billing|service)$|"
    r"(?<=[A-Za-z)])[,;]\s*\d{1,3}\s+(?:additional|more|extra|further)\s+(?:visits|sessions|days|hours|units|treatments|"
    r"visitas|sesiones|d[íi]as|horas)(?:\s+(?:a|per|each)\s+(?:week|month|day))?$", re.I)


_DENIED_THE_ITEM = re.compile(r"(?i)\b(?:which|that|we|to|and)\s+(?:denied|deny|declined|did\s+not\s+approve|would\s+not\s+cover|"
                              r"(?:is|was)\s+(?:denied|not\s+approved))\s+(?:your\s+request\s+for\s+|coverage\s+(?:of|for)\s+)?(?=[A-Z])")


_DECISION_DENYING = re.compile(r"(?i)\b(?:decision|determination|denial)\b[^.;]{0,60}?\bdenying\s+(?:your\s+request\s+for\s+|coverage\s+(?:of|for)\s+)?(?=\w)")


# who sent the claim or bill, before the care it is for: "Summit Imaging sent us a claim for MRI of the brain", "We got a
# bill from Bayview Imaging for ..."
_CLAIM_LEAD = re.compile(r"(?i)^[^.;:]{0,80}?\b(?:(?:sent|submitted|filed)\s+(?:us\s+)?(?:a|an|the)\s+(?:claim|bill|invoice)|billed\s+(?:us|you)|"
                         r"(?:got|received)\s+(?:a|an|the)\s+(?:claim|bill|invoice)\s+from\s+[^.;:]{1,80}?|"
                         # "We have processed your claim for 4 sessions of Individual psychotherapy, 53+ minutes"
                         r"(?:processed|reviewed|received)\s+(?:your|the|this)\s+(?:claim|bill|invoice))\s+for\s+"
                         r"(?:\d{1,3}\s+(?:sessions?|visits?|units?|days?|treatments?)\s+of\s+)?")


def _clean_item(s: str) -> str:
    s = re.sub(r"\s+", " ", s)
    lead = _CLAIM_LEAD.match(s)
    if lead and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", s[lead.end():])) >= 2:
        s = s[lead.end():]
    # the decision that named the item: "On <date> we received an appeal of the decision dated <date>, which denied X"
    # (or an appeal of a decision "denying" it: "Dr. X appealed our decision of FRI, JUL 18, 2025 denying eating disorder ...")
    told = list(_DENIED_THE_ITEM.finditer(s)) or list(_DECISION_DENYING.finditer(s))
    if told and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", s[told[-1].end():])) >= 2:
        s = s[told[-1].end():]
    # a row's diagnosis cells, run onto its description when a scan loses the gap between them ("... right knee M23.221,M17:11
    # Outpatient surgery"): the name ends before them
    dx = re.search(r"[ \t]+[A-TV-Z]\d{2}[.:]\d{1,4}[A-Z]?(?=[ \t,;]|$)", s)
    if dx and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", s[:dx.start()])) >= 2:
        s = s[:dx.start()]
    for rx in (_ITEM_DATE, _ITEM_VISIT, _ITEM_DONE_ON):  # "X (06/02/2026)", "X after your visit on ...", "X done on <date>": no part of the name
        cut = rx.search(s)
        if cut and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", s[:cut.start()])) >= 2:
            s = s[:cut.start()]
    s = re.sub(r"^(?:[^\w(]|_)+", "", s)  # (and a scan's stray rule: "_ Air mileage x 107")
    s = re.sub(r"^(?:an?|the)\s+(?=\S)", "", s)  # "a request for an MRI of ...": the article is no part of the name
    s = _LEAD_MODIFIERS.sub("", s)  # "E0601 RR CPAP device", "A4253 (KX) Test strips": billing modifiers after the code
    s = re.sub(r"^(?:\d{1,2}[.)]|[a-z][.)])\s+(?=[A-Za-z])", "", s)  # a list number ("1. MRI") is not the service
    for _, rx in P.DATE_PATTERNS:  # nor a row's date cell before it ("JUL-14-2025 Emergency department visit, level 4")
        m = rx.match(s)
        if m and re.match(r"\s+[A-Z][a-z]", s[m.end():]) and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", s[m.end():])) >= 2:
            s = s[m.end():].lstrip()
            break
    s = re.sub(r"^(?:service|item|line|drug|procedure)\s*#?\s*\d{1,2}\s*[:.)-]?\s+(?=[A-Z])", "", s, flags=re.I)  # "Service 1 ..."
    s = re.split(r"\s+(?:Dr\.|Dra\.|Doctor)\s", s)[0]
    # a label before the service: "Regarding: Lumbar spinal fusion", "Service requested: ..."
    s = re.sub(r"^(?:regarding|re|concerning|subject|services?(?:\s+requested)?|requested\s+(?:services?|care|items?)|"
               r"care\s+requested|servicio(?:\s+solicitado)?|(?:the\s+)?request|solicitud)\s*:\s+(?=[A-Z])", "", s, flags=re.I)
    prev = None
    while prev != s:
        prev = s
        s = _strip_keep_paren(_ITEM_TRIM.sub("", s), " ,;:.-–—()/[]")
        # the label of the codes that follow ("...; procedure codes 97110, 97112") and how many were asked for
        # (", 10 additional visits") are not the service's name
        s = _strip_keep_paren(_ITEM_TAIL.sub("", s), " ,;:.-–—()/[]")
        # a name that a wrap cut before its place ("Inpatient rehabilitation facility stay at" / "<the facility>"), or
        # before what is said of it ("Physical therapy, therapeutic exercise is" / "September 6 2026")
        s = re.sub(r"(?<=\w{3})\s+(?:at|in|from|en|is|are|was|were)$", "", s)
        # the non-plan practice it would be done by: "Third ventriculostomy, endoscopic with Chesapeake Pediatric
        # Neurosurgical Associates"
        s = _WITH_PRACTICE.sub("", s)
    return s


# a line that bills: an amount or a charge word
_CHARGE_WORDS = re.compile(r"\$|\b(?:billed|paid|charged)\b", re.I)
_WITH_PRACTICE = re.compile(r"(?<=\w{3})\s+(?:with|at|by)\s+(?:[A-Z][\w'’&.-]*\s+|&\s+|of\s+|and\s+){0,6}"
                            r"(?:Group|Associates|Institute|Clinic|Center|Centre|Hospital|Surgery|Practice|Partners|Network|Specialists)$")


def R_tokf1(a: str, b: str) -> float:
    ta, tb = re.findall(r"[a-z0-9]+", a.lower()), re.findall(r"[a-z0-9]+", b.lower())
    if not ta or not tb:
        return 0.0
    common = len(set(ta) & set(tb))
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


_LEGAL_AUTHORITY = re.compile(r"(legal\s+(basis|authority)|\bauthority|regulations?|statutes?|\blaws?|"
                             r"(required|permitted|allowed)\s+by|pursuant\s+to|in\s+accordance\s+with|under)\s*:?\s*$", re.I)


def _sentence_before(text: str, pos: int, reach: int, paragraph: bool = False) -> str:
    """The sentence's words before ``pos``: at most ``reach`` back, and with ``paragraph`` not past a blank line either."""
    lo = max(0, pos - reach)
    cut = max(text.rfind(". ", lo, pos), text.rfind(".\n", lo, pos), text.rfind("\n\n", lo, pos) if paragraph else -1)
    return text[(cut + 1 if cut >= 0 else lo):pos]


def _clause_before(text: str, pos: int, reach: int, paragraph: bool = False) -> str | None:
    """The sentence's words before ``pos`` (at most ``reach`` back; with ``paragraph``, not past a blank line either),
    or None when they say the citation is a criterion applied ("criteria", "relied", "used", "based on")."""
    before = _sentence_before(text, pos, reach, paragraph)
    if re.search(r"criteri|guideline|relied|\bused\b|applied|based\s+on|coverage\s+rules?", before, re.I):
        return None
    return before


def _legal_authority(text: str, pos: int) -> bool:
    """A regulation cited as the legal authority for the notice ("Legal basis: 42 CFR 438.210 and 438.404")."""
    # the law that lets a plan use criteria of its own, in the sentence that says so: "a Medicare Advantage plan may use
    # publicly available internal coverage criteria ... (42 CFR 422.101(b)(6))"
    if re.search(r"\bplans?\s+(?:may|can)\s+use\b|\b(?:allows?|permits?)\s+(?:a\s+|the\s+)?(?:plans?|us)\s+to\s+use\b",
                 _sentence_before(text, pos, 250), re.I) or re.match(
                     r"\d{1,2}\s+C\.?F\.?R\.?\s+(?:§\s*)?[\d.]+(?:\([a-z0-9]+\))*\s+(?:allows|permits|lets)\b", text[pos:pos + 60], re.I):
        return True  # (or "... internal coverage criteria, as 42 CFR 422.101(b)(6) allows: ...")
    before = _clause_before(text, pos, 250)
    return before is not None and bool(_LEGAL_AUTHORITY.search(before.rstrip()) or re.search(r"legal\s+(basis|authority)", before, re.I))


def _rights_citation(text: str, pos: int) -> bool:
    """A regulation cited in a sentence about the member's rights ("(10) ... you may request an external review ... (45
    CFR 147.136)", "ask OPM to review ... 5 CFR 890.105"): a right's law, in a letter whose rights carry no heading."""
    before = _clause_before(text, pos, 400, paragraph=True)
    # (or a right's deadline: "Your request must be made within 4 months after you receive our final decision (45 CFR
    # 147.136)")
    return before is not None and bool(re.search(r"\b(appeal|external\s+review|independent\s+review|review\s+organization|"
                                                 r"reconsider|OPM|Office\s+of\s+Personnel|hearing|grievance|disagree)|"
                                                 r"\bwithin\s+(?:\d+|one|two|three|four|six)\s+(?:calendar\s+)?(?:days|months)\b", before, re.I))


def _rights_footnote(ctx: _Ctx, pos: int) -> bool:
    """Whether ``pos`` is on a footnote ("[1] ...", "1. ..." under a rule is not read) whose markers in the letter all
    stand in its appeal rights: the note cites the law of a right, not the criteria of the decision."""
    ls, _ = R._line_at(ctx.text, pos)
    fn = re.match(r"[ \t]*\[(\d{1,2})\][ \t]", ctx.text[ls:ls + 8])
    if not fn:
        return False
    marks = [m.start() for m in re.finditer(rf"\[{fn.group(1)}\]", ctx.text) if m.start() != ls + fn.start(1) - 1]
    return bool(marks) and all(ctx.in_rights(p) or p >= ctx.decision_end for p in marks)


def _criteria(ctx: _Ctx) -> list[dict]:
    out: list[dict] = []
    seen: set[str] = set()
    for c in ctx.cands["criteria"]:
        if ctx.section_of(c.start) in ("taglines", "enclosures", "external_review", "appeal_rights", "expedited_review") \
                and c.source not in ("criteria.ncd", "criteria.lcd"):
            continue
        key = re.sub(r"[^a-z0-9]", "", str(c.value).lower())
        if key in seen or any(key in s for s in seen):
            continue
        if _rights_footnote(ctx, c.start):
            continue  # "[1] 5 CFR 890.105 (...)": a footnote whose marker stands only in the appeal rights cites their law
        if c.source == "criteria.cfr" and (_legal_authority(ctx.text, c.start) or _rights_citation(ctx.text, c.start)):
            continue  # "Legal basis: 42 CFR 438.210" is the law the notice follows, not the criteria applied; "an external
            # review ... (45 CFR 147.136)" is the law of a right
        shorter = [s for s in seen if s in key]
        if shorter:  # "MCG" named first, "MCG Behavioral Health Care Guidelines: ..." later: keep the full title once
            out = [f for f in out if re.sub(r"[^a-z0-9]", "", str(f["value"]).lower()) not in shorter]
            seen -= set(shorter)
        seen.add(key)
        out.append(ctx.fld(c.value, [(c.start, c.end)], c.score, c.source))
    rule_found = bool(out)
    for s, e, p in ctx.model.get("CRITERIA", []):
        val = re.sub(r"\s+", " ", ctx.text[s:e]).strip()
        key = re.sub(r"[^a-z0-9]", "", val.lower())
        if not key or ctx.in_rights(s) or any(key in k or k in key for k in seen):
            continue
        # the NER adds recall only where the rules saw nothing, and only for something named like a criteria set
        if rule_found or not re.search(r"(criteri|guideline|polic|standard|NCD|LCD|MCG|InterQual|manual|criterios|pautas)", val, re.I):
            continue
        seen.add(key)
        out.append(ctx.fld(val, [(s, e)], p, "ner:CRITERIA"))
    if ctx.language in ("en", "unknown") and len(out) > 1:  # (a letter in both languages in equal measure reads English first)
        # an English letter's Spanish half names its criteria again: the translation is the same set, not another
        langs = [_sentence_language(ctx.text[slice(*_sentence_at(ctx, ctx.document.page_start(f["evidence"][0]["page"])
                                                               + f["evidence"][0]["start"]))])
                 if f["evidence"] else None for f in out]
        if any(lg != "es" for lg in langs):
            out = [f for f, lg in zip(out, langs, strict=True) if lg != "es"]
    return out


def _deadline(ctx: _Ctx, kind: str, plan: str) -> dict:
    ds = ctx.cands["deadlines"]
    if kind == "delay_notice":
        return ctx.fld(None, source="rules:delay_notice_decides_nothing_yet")
    if kind == "grievance_decision":
        # after the plan's own appeal the next step is outside (State Hearing, IMR, external review, IRE)
        sh = [c for c in ds if re.search(r"state\s+hearing|audiencia", ctx.text[max(0, c.start - 200):c.end + 100], re.I)]
        ext = sh if (plan == "medi_cal" and sh) else [c for c in ds if ctx.section_of(c.start) != "taglines"]
        if ext:
            c = ext[0]
            return ctx.fld(c.value, [(c.start, c.end)], 0.7, "rules:deadline.next_step_after_appeal")
        return ctx.fld(None, source="rules:grievance_decision_states_no_window")
    internal = [c for c in ds if c.role == "internal" and ctx.section_of(c.start) != "taglines"]
    if internal:
        c = min(internal, key=lambda c: (ctx.section_of(c.start) not in ("appeal_rights", "body", "reason"), c.start))
        return ctx.fld(c.value, [(c.start, c.end)], c.score, c.source)
    return ctx.fld(None, source="rules:no_appeal_window_stated")


# -----------------------------------------------------------------------------------------------------------------
# entry point
# -----------------------------------------------------------------------------------------------------------------
def _grievance_address(ctx: _Ctx) -> dict:
    """Where the letter says to mail a grievance or appeal to the plan (an extension of the schema's letter
    object; the drafted grievance letter is addressed to it)."""
    a = grievance_address(ctx.text, after=ctx.header_end)
    if a is None:
        return ctx.fld(None, source="rules:no_grievance_address")
    return ctx.fld(a.value, [(a.start, a.end)], 0.8, f"rules:grievance_address.{a.style}")


def extract(document: Document, sdoc: Any) -> Extraction:
    """The letter's fields with evidence, its sections and language."""
    ctx = _Ctx(document, sdoc)
    warnings: list[str] = []
    language = ctx.language
    region, state = _region_state(ctx)
    plan = _plan_type(ctx, state["value"])
    services, diagnoses, rows = _items(ctx)
    kind = _letter_kind(ctx, rows)
    reason, reason_span = _reason(ctx, kind["value"])
    category = _category(ctx, kind["value"], reason_span)
    people = _people(ctx)
    insurer_m = re.search(r"Kaiser\s+(Foundation\s+Health\s+Plan|Permanente)", ctx.text)
    letter = {
        "insurer": ctx.fld("Kaiser Permanente", [insurer_m.span()], 0.95, "rules:kaiser_name") if insurer_m else ctx.fld(None, source="rules:no_insurer_name"),
        "region": region,
        "state": state,
        "plan_type": plan,
        "letter_kind": kind,
        "urgency": _urgency(ctx, kind["value"]),
        "member_name": people["member_name"],
        "member_id": people["member_id"],
        "requesting_provider": people["requesting_provider"],
        "dates": _dates(ctx, kind["value"]),
        "services": services,
        "diagnoses": diagnoses,
        "denial_category": category,
        "denial_reason": reason,
        "reviewer": people["reviewer"],
        "criteria_cited": _criteria(ctx),
        "stated_appeal_deadline_days": _deadline(ctx, kind["value"], plan["value"]),
        "grievance_address": _grievance_address(ctx),
    }
    if not ctx.text.strip():
        warnings.append("The letter has no readable text; no fields could be extracted.")
    elif language == "unknown":
        warnings.append("The letter's language could not be determined; extraction may be incomplete.")
    if reason["value"] is None and ctx.text.strip():
        warnings.append("No sentence stating the reason for the denial was found.")
    return Extraction(letter=letter, sections=ctx.sections, language=language, warnings=warnings)
