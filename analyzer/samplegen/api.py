"""Public API of the sample-letter generator: ``generate`` a LetterSpec from a seed, then render it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import templates as T
from .case import build_case, combos_for, truth
from .layout import PageLayout, layout, page_texts
from .writer import W

PAGE_BREAK = "\f"
KNOWN_CONSTRAINTS = {"plan_type", "state", "letter_kind", "denial_category", "urgency", "language", "defects", "member_name", "member_id"}


@dataclass
class LetterSpec:
    """One synthetic letter: its layout, plain text, truth (devset format) and character-offset annotations.

    ``text`` is the pages' text joined by "\\f"; each page's text is its printed rows joined by newlines, which is
    close to what pdfplumber extracts from the rendered PDF. ``annotations`` are (label, start, end) into ``text``.
    """

    template: str
    layout: str
    pages: list[PageLayout]
    text: str
    truth: dict
    annotations: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.truth["id"]

    def page_texts(self) -> list[str]:
        return self.text.split(PAGE_BREAK)

    def spans(self, label: str) -> list[str]:
        return [self.text[s:e] for lab, s, e in self.annotations if lab == label]


def template_names() -> list[str]:
    return list(T.TEMPLATES)


def fresh_template_names() -> list[str]:
    """Held-out evaluation templates: never chosen by ``generate(seed)``, only by ``generate(seed, template=name)``."""
    from .fresh import FRESH_TEMPLATES

    return list(FRESH_TEMPLATES)


def final_template_names() -> list[str]:
    """Final held-out evaluation templates (measured once, at the end): resolved only by name, like the fresh ones."""
    from .final import FINAL_TEMPLATES

    return list(FINAL_TEMPLATES)


def blind_template_names() -> list[str]:
    """Blind evaluation templates (nobody develops against them; measured once): resolved only by name."""
    from .blind import BLIND_TEMPLATES

    return list(BLIND_TEMPLATES)


def blind2_template_names() -> list[str]:
    """Second blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind2 import BLIND2_TEMPLATES

    return list(BLIND2_TEMPLATES)


def blind3_template_names() -> list[str]:
    """Third blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind3 import BLIND3_TEMPLATES

    return list(BLIND3_TEMPLATES)


def blind4_template_names() -> list[str]:
    """Fourth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind4 import BLIND4_TEMPLATES

    return list(BLIND4_TEMPLATES)


def blind5_template_names() -> list[str]:
    """Fifth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind5 import BLIND5_TEMPLATES

    return list(BLIND5_TEMPLATES)


def blind6_template_names() -> list[str]:
    """Sixth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind6 import BLIND6_TEMPLATES

    return list(BLIND6_TEMPLATES)


def blind7_template_names() -> list[str]:
    """Seventh blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind7 import BLIND7_TEMPLATES

    return list(BLIND7_TEMPLATES)


def blind8_template_names() -> list[str]:
    """Eighth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind8 import BLIND8_TEMPLATES

    return list(BLIND8_TEMPLATES)


def blind9_template_names() -> list[str]:
    """Ninth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind9 import BLIND9_TEMPLATES

    return list(BLIND9_TEMPLATES)


def blind10_template_names() -> list[str]:
    """Tenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind10 import BLIND10_TEMPLATES

    return list(BLIND10_TEMPLATES)


def blind11_template_names() -> list[str]:
    """Eleventh blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind11 import BLIND11_TEMPLATES

    return list(BLIND11_TEMPLATES)


def blind12_template_names() -> list[str]:
    """Twelfth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind12 import BLIND12_TEMPLATES

    return list(BLIND12_TEMPLATES)


def blind13_template_names() -> list[str]:
    """Thirteenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind13 import BLIND13_TEMPLATES

    return list(BLIND13_TEMPLATES)


def blind14_template_names() -> list[str]:
    """Fourteenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind14 import BLIND14_TEMPLATES

    return list(BLIND14_TEMPLATES)


def blind15_template_names() -> list[str]:
    """Fifteenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind15 import BLIND15_TEMPLATES

    return list(BLIND15_TEMPLATES)


def blind16_template_names() -> list[str]:
    """Sixteenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind16 import BLIND16_TEMPLATES

    return list(BLIND16_TEMPLATES)


def blind17_template_names() -> list[str]:
    """Seventeenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind17 import BLIND17_TEMPLATES

    return list(BLIND17_TEMPLATES)


def blind18_template_names() -> list[str]:
    """Eighteenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind18 import BLIND18_TEMPLATES

    return list(BLIND18_TEMPLATES)


def blind19_template_names() -> list[str]:
    """Nineteenth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind19 import BLIND19_TEMPLATES

    return list(BLIND19_TEMPLATES)


def blind20_template_names() -> list[str]:
    """Twentieth blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind20 import BLIND20_TEMPLATES

    return list(BLIND20_TEMPLATES)


def blind21_template_names() -> list[str]:
    """Twenty-first blind evaluation set (written without sight of the extractor; measured once): resolved only by name."""
    from .blind21 import BLIND21_TEMPLATES

    return list(BLIND21_TEMPLATES)


def _choose_template(rng: random.Random, constraints: dict) -> str:
    names = []
    for name, (_, meta) in T.TEMPLATES.items():
        if constraints.get("language", "en") != meta.get("language", "en"):
            continue
        if constraints.get("plan_type") and constraints["plan_type"] not in meta["plans"]:
            continue
        if constraints.get("letter_kind") and constraints["letter_kind"] not in meta["kinds"]:
            continue
        if constraints.get("state") and meta.get("states") and constraints["state"] not in meta["states"]:
            continue
        if not combos_for(meta, constraints):
            continue
        names.append(name)
    if not names:
        raise ValueError(f"no template supports {constraints}")
    return rng.choice(names)


def generate(seed: int, *, template: str | None = None, **constraints) -> LetterSpec:
    """A synthetic letter from ``seed`` (same seed and arguments -> same letter).

    Constraints: plan_type, state, letter_kind, denial_category, urgency, language, defects=[rule ids]
    (``defects=[]`` forces a compliant letter), member_name, member_id. Unknown constraints raise TypeError.
    """
    unknown = set(constraints) - KNOWN_CONSTRAINTS
    if unknown:
        raise TypeError(f"unknown constraints {sorted(unknown)}; known: {sorted(KNOWN_CONSTRAINTS)}")
    rng = random.Random(seed)
    if template is None and "language" not in constraints and constraints.get("plan_type") not in (None, "medi_cal"):
        pass
    elif (
        template is None
        and "language" not in constraints
        and rng.random() < 0.06
        and constraints.get("letter_kind") in (None, "initial_denial", "partial_denial", "termination_notice")
        and constraints.get("state") in (None, "CA")
    ):
        constraints = {**constraints, "language": "es"}
    if template is None:
        template = _choose_template(rng, constraints)
    from .blind import BLIND_TEMPLATES
    from .blind import MODELED_ON as BLIND_MODELED_ON
    from .blind2 import BLIND2_TEMPLATES
    from .blind2 import MODELED_ON as BLIND2_MODELED_ON
    from .blind3 import BLIND3_TEMPLATES
    from .blind3 import MODELED_ON as BLIND3_MODELED_ON
    from .blind4 import BLIND4_TEMPLATES
    from .blind4 import MODELED_ON as BLIND4_MODELED_ON
    from .blind5 import BLIND5_TEMPLATES
    from .blind5 import MODELED_ON as BLIND5_MODELED_ON
    from .blind6 import BLIND6_TEMPLATES
    from .blind6 import MODELED_ON as BLIND6_MODELED_ON
    from .blind7 import BLIND7_TEMPLATES
    from .blind7 import MODELED_ON as BLIND7_MODELED_ON
    from .blind8 import BLIND8_TEMPLATES
    from .blind8 import MODELED_ON as BLIND8_MODELED_ON
    from .blind9 import BLIND9_TEMPLATES
    from .blind9 import MODELED_ON as BLIND9_MODELED_ON
    from .blind10 import BLIND10_TEMPLATES
    from .blind10 import MODELED_ON as BLIND10_MODELED_ON
    from .blind11 import BLIND11_TEMPLATES
    from .blind11 import MODELED_ON as BLIND11_MODELED_ON
    from .blind12 import BLIND12_TEMPLATES
    from .blind12 import MODELED_ON as BLIND12_MODELED_ON
    from .blind13 import BLIND13_TEMPLATES
    from .blind13 import MODELED_ON as BLIND13_MODELED_ON
    from .blind14 import BLIND14_TEMPLATES
    from .blind14 import MODELED_ON as BLIND14_MODELED_ON
    from .blind15 import BLIND15_TEMPLATES
    from .blind15 import MODELED_ON as BLIND15_MODELED_ON
    from .blind16 import BLIND16_TEMPLATES
    from .blind16 import MODELED_ON as BLIND16_MODELED_ON
    from .blind17 import BLIND17_TEMPLATES
    from .blind17 import MODELED_ON as BLIND17_MODELED_ON
    from .blind18 import BLIND18_TEMPLATES
    from .blind18 import MODELED_ON as BLIND18_MODELED_ON
    from .blind19 import BLIND19_TEMPLATES
    from .blind19 import MODELED_ON as BLIND19_MODELED_ON
    from .blind20 import BLIND20_TEMPLATES
    from .blind20 import MODELED_ON as BLIND20_MODELED_ON
    from .blind21 import BLIND21_TEMPLATES
    from .blind21 import MODELED_ON as BLIND21_MODELED_ON
    from .final import FINAL_TEMPLATES
    from .final import MODELED_ON as FINAL_MODELED_ON
    from .fresh import FRESH_TEMPLATES
    from .fresh import MODELED_ON as FRESH_MODELED_ON

    if template in FRESH_TEMPLATES:  # held-out templates resolve only by name
        builder, meta = FRESH_TEMPLATES[template]
    elif template in FINAL_TEMPLATES:
        builder, meta = FINAL_TEMPLATES[template]
    elif template in BLIND_TEMPLATES:
        builder, meta = BLIND_TEMPLATES[template]
    elif template in BLIND2_TEMPLATES:
        builder, meta = BLIND2_TEMPLATES[template]
    elif template in BLIND3_TEMPLATES:
        builder, meta = BLIND3_TEMPLATES[template]
    elif template in BLIND4_TEMPLATES:
        builder, meta = BLIND4_TEMPLATES[template]
    elif template in BLIND5_TEMPLATES:
        builder, meta = BLIND5_TEMPLATES[template]
    elif template in BLIND6_TEMPLATES:
        builder, meta = BLIND6_TEMPLATES[template]
    elif template in BLIND7_TEMPLATES:
        builder, meta = BLIND7_TEMPLATES[template]
    elif template in BLIND8_TEMPLATES:
        builder, meta = BLIND8_TEMPLATES[template]
    elif template in BLIND9_TEMPLATES:
        builder, meta = BLIND9_TEMPLATES[template]
    elif template in BLIND10_TEMPLATES:
        builder, meta = BLIND10_TEMPLATES[template]
    elif template in BLIND11_TEMPLATES:
        builder, meta = BLIND11_TEMPLATES[template]
    elif template in BLIND12_TEMPLATES:
        builder, meta = BLIND12_TEMPLATES[template]
    elif template in BLIND13_TEMPLATES:
        builder, meta = BLIND13_TEMPLATES[template]
    elif template in BLIND14_TEMPLATES:
        builder, meta = BLIND14_TEMPLATES[template]
    elif template in BLIND15_TEMPLATES:
        builder, meta = BLIND15_TEMPLATES[template]
    elif template in BLIND16_TEMPLATES:
        builder, meta = BLIND16_TEMPLATES[template]
    elif template in BLIND17_TEMPLATES:
        builder, meta = BLIND17_TEMPLATES[template]
    elif template in BLIND18_TEMPLATES:
        builder, meta = BLIND18_TEMPLATES[template]
    elif template in BLIND19_TEMPLATES:
        builder, meta = BLIND19_TEMPLATES[template]
    elif template in BLIND20_TEMPLATES:
        builder, meta = BLIND20_TEMPLATES[template]
    elif template in BLIND21_TEMPLATES:
        builder, meta = BLIND21_TEMPLATES[template]
    elif template in T.TEMPLATES:
        builder, meta = T.TEMPLATES[template]
    else:
        raise ValueError(f"unknown template {template!r}; known: {template_names() + fresh_template_names() + final_template_names() + blind_template_names() + blind2_template_names() + blind3_template_names() + blind4_template_names() + blind5_template_names() + blind6_template_names() + blind7_template_names() + blind8_template_names() + blind9_template_names() + blind10_template_names() + blind11_template_names() + blind12_template_names() + blind13_template_names() + blind14_template_names() + blind15_template_names() + blind16_template_names() + blind17_template_names() + blind18_template_names() + blind19_template_names() + blind20_template_names() + blind21_template_names()}")
    if constraints.get("language") and constraints["language"] != meta.get("language", "en"):
        raise ValueError(f"template {template} is written in {meta.get('language', 'en')}")
    case = build_case(rng, seed, template, meta, constraints)
    w = W(case, rng)
    w.reason = meta.get("reason", _reason_en)(w)
    blocks, style, layout_name = builder(w)
    pages = layout(blocks, style)
    texts, anns = page_texts(pages)
    text = PAGE_BREAK.join(texts)
    out, pos = [], 0
    for t, a in zip(texts, anns, strict=False):
        out += [(lab, s + pos, e + pos) for lab, s, e in a]
        pos += len(t) + len(PAGE_BREAK)
    tr = truth(case, w.reason)
    _reconcile(tr, text, out)
    out = _complete(tr, text, out)
    tr["modeled_on"] = T.MODELED_ON.get(template) or FRESH_MODELED_ON.get(template) or FINAL_MODELED_ON.get(template) or BLIND_MODELED_ON.get(template) or BLIND2_MODELED_ON.get(template) or BLIND3_MODELED_ON.get(template) or BLIND4_MODELED_ON.get(template) or BLIND5_MODELED_ON.get(template) or BLIND6_MODELED_ON.get(template) or BLIND7_MODELED_ON.get(template) or BLIND8_MODELED_ON.get(template) or BLIND9_MODELED_ON.get(template) or BLIND10_MODELED_ON.get(template) or BLIND11_MODELED_ON.get(template) or BLIND12_MODELED_ON.get(template) or BLIND13_MODELED_ON.get(template) or BLIND14_MODELED_ON.get(template) or BLIND15_MODELED_ON.get(template) or BLIND16_MODELED_ON.get(template) or BLIND17_MODELED_ON.get(template) or BLIND18_MODELED_ON.get(template) or BLIND19_MODELED_ON.get(template) or BLIND20_MODELED_ON.get(template) or BLIND21_MODELED_ON.get(template, template)
    tr["layout"] = layout_name
    tr["pages"] = len(pages)
    return LetterSpec(template=template, layout=layout_name, pages=pages, text=text, truth=tr, annotations=out)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _reconcile(tr: dict, text: str, anns: list[tuple[str, int, int]]) -> None:
    """Truth states only what the letter prints: values the layout left out become null/empty."""
    seen: dict[str, set[str]] = {}
    for lab, s, e in anns:
        seen.setdefault(lab, set()).add(_norm(text[s:e]))
    for key, lab in (
        ("letter", "DATE_LETTER"),
        ("request_received", "DATE_RECEIVED"),
        ("decision", "DATE_DECISION"),
        ("service", "DATE_SERVICE"),
    ):
        if tr["dates"][key] and lab not in seen:
            tr["dates"][key] = None
    if tr["requesting_provider"] and _norm(tr["requesting_provider"]) not in seen.get("PROVIDER", set()):
        tr["requesting_provider"] = None
    r = tr["reviewer"]
    if r:
        if _norm(r["name"]) not in seen.get("REVIEWER_NAME", set()):
            tr["reviewer"] = None
        else:
            for k, lab in (
                ("credentials", "REVIEWER_CRED"),
                ("specialty", "REVIEWER_SPECIALTY"),
                ("phone", "REVIEWER_PHONE"),
            ):
                if r[k] and _norm(r[k]) not in seen.get(lab, set()):
                    r[k] = None
    tr["services"] = [s for s in tr["services"] if _norm(s["text"]) in seen.get("SERVICE", set())]
    tr["diagnoses"] = [d for d in tr["diagnoses"] if _norm(d["text"]) in seen.get("DIAGNOSIS", set())]
    tr["criteria_cited"] = [c for c in tr["criteria_cited"] if _norm(c) in seen.get("CRITERIA", set())]
    if "APPEAL_DAYS" not in seen:
        tr["stated_appeal_deadline_days"] = None


def _complete(tr: dict, text: str, anns: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Annotate every further occurrence of an exact truth value (e.g. a member id repeated in a reason or a row).

    Dates are left alone: the same printed date can play two roles (letter and decision), and only the sentence
    that states it knows which.
    """
    import re

    from .case import code_label

    values: list[tuple[str, str]] = [("MEMBER_NAME", tr["member"]["name"]), ("MEMBER_ID", tr["member"]["id"])]
    if tr["requesting_provider"]:
        values.append(("PROVIDER", tr["requesting_provider"]))
    if tr["reviewer"]:
        values.append(("REVIEWER_NAME", tr["reviewer"]["name"]))
        if tr["reviewer"]["phone"]:
            values.append(("REVIEWER_PHONE", tr["reviewer"]["phone"]))
    for s in tr["services"]:
        values.append(("SERVICE", s["text"]))
        values += [(code_label(c), c) for c in s["codes"]]
    for d in tr["diagnoses"]:
        values.append(("DIAGNOSIS", d["text"]))
        values += [("ICD10", c) for c in d["codes"]]
    values += [("CRITERIA", c) for c in tr["criteria_cited"]]
    have = set(anns)
    taken: dict[str, list[tuple[int, int]]] = {}
    for lab, s, e in anns:
        taken.setdefault(lab, []).append((s, e))
    out = list(anns)
    for lab, val in values:
        words = val.split()
        if not words:
            continue
        rx = r"\s+".join(re.escape(x) for x in words)
        rx = (r"(?<![\w])" if val[0].isalnum() else "") + rx + (r"(?![\w])" if val[-1].isalnum() else "")
        for m in re.finditer(rx, text):
            span = (lab, m.start(), m.end())
            if span in have or any(a <= m.start() and m.end() <= b for a, b in taken.get(lab, [])):
                continue
            out.append(span)
            have.add(span)
            taken.setdefault(lab, []).append((m.start(), m.end()))
    out.sort(key=lambda x: (x[1], -x[2], x[0]))
    return out


def _reason_en(w: W) -> str:
    from .sections_en import reason_text

    return reason_text(w)


def letter_text(seed: int, **kw) -> tuple[str, dict, list]:
    """Fast path for training: (text, truth, annotations) without rendering a PDF."""
    s = generate(seed, **kw)
    return s.text, s.truth, s.annotations
