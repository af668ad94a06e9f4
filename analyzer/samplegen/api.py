"""Public API of the sample-letter generator: ``generate`` a LetterSpec from a seed, then render it."""

from __future__ import annotations

import importlib
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


# Held-out sets, in the order they were written. Each is a module of this package that defines
# ``<NAME>_TEMPLATES`` (template name -> (builder, meta)) and ``MODELED_ON``; its templates are generated only when
# named (``generate(seed, template="blind5_...")``) and ``generate(seed)`` never picks them. Registering a new set is
# adding its module name here.
HELD_OUT_SETS = ("fresh", "final", "blind") + tuple(f"blind{i}" for i in range(2, 70))


def _held_out_module(name: str):
    if name not in HELD_OUT_SETS:
        raise ValueError(f"unknown held-out set {name!r}; known: {', '.join(HELD_OUT_SETS)}")
    return importlib.import_module(f".{name}", __package__)


def held_out_templates(name: str) -> dict[str, tuple]:
    """The templates of one held-out set (template name -> (builder, meta))."""
    return getattr(_held_out_module(name), f"{name.upper()}_TEMPLATES")


def held_out_template_names(name: str) -> list[str]:
    """The template names of one held-out set, e.g. ``held_out_template_names("blind5")``."""
    return list(held_out_templates(name))


def _names_of(name: str):
    def names() -> list[str]:
        return held_out_template_names(name)

    names.__name__ = names.__qualname__ = f"{name}_template_names"
    names.__doc__ = f"Templates of the held-out set {name!r}: generated only when named; generate(seed) never picks them."
    return names


# ``fresh_template_names()``, ``blind5_template_names()``, ...: one function per held-out set (public API).
for _name in HELD_OUT_SETS:
    globals()[f"{_name}_template_names"] = _names_of(_name)
del _name


def all_template_names() -> list[str]:
    """Every template: the training ones, then each held-out set's in order."""
    return template_names() + [t for name in HELD_OUT_SETS for t in held_out_template_names(name)]


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
    builder_meta, modeled_on = T.TEMPLATES.get(template), T.MODELED_ON.get(template)
    for name in HELD_OUT_SETS:  # held-out templates resolve only by name
        if template in held_out_templates(name):
            builder_meta, modeled_on = held_out_templates(name)[template], _held_out_module(name).MODELED_ON.get(template)
            break
    if builder_meta is None:
        raise ValueError(f"unknown template {template!r}; known: {all_template_names()}")
    builder, meta = builder_meta
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
    tr["modeled_on"] = modeled_on or template
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
