"""Shared helpers for writing letter text: paraphrase choice, marked values, blocks."""

from __future__ import annotations

import random

from .case import Case, code_label
from .layout import Block
from .markup import M


class W:
    """A letter being written: the case, a seeded RNG and small helpers that return marked strings/blocks."""

    def __init__(self, case: Case, rng: random.Random):
        self.c = case
        self.rng = rng
        self.reason = ""  # plain denial reason, set once

    # choice helpers
    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # marked values
    def date(self, label: str, day) -> str:
        return M(label, self.c.d(day)) if day else ""

    def name(self) -> str:
        return M("MEMBER_NAME", self.c.member_name)

    def mid(self) -> str:
        return M("MEMBER_ID", self.c.member_id)

    def prov(self) -> str:
        return M("PROVIDER", self.c.provider) if self.c.provider else ""

    def code(self, code: str) -> str:
        return M(code_label(code), code)

    def svc(self, s: dict) -> str:
        return M("SERVICE", s["text"])

    def svc_with_codes(self, s: dict, style: int | None = None) -> str:
        style = self.rng.randrange(3) if style is None else style
        if not s["codes"]:
            return self.svc(s)
        codes = ", ".join(self.code(x) for x in s["codes"])
        lab = code_label(s["codes"][0])
        return [f"{self.svc(s)} ({lab} {codes})", f"{self.svc(s)} (code {codes})", f"{codes} {self.svc(s)}"][style]

    def dx(self, d: dict, style: int | None = None) -> str:
        style = self.rng.randrange(3) if style is None else style
        codes = ", ".join(M("ICD10", x) for x in d["codes"])
        t = M("DIAGNOSIS", d["text"])
        if not d["codes"]:
            return t
        return [f"{t} ({codes})", f"{codes} - {t}", f"{t}, ICD-10 {codes}"][style]

    def crit(self, text: str) -> str:
        return M("CRITERIA", text)

    # blocks
    @staticmethod
    def p(text: str, **kw) -> Block:
        return Block("para", text=text, **kw)

    @staticmethod
    def h(text: str, **kw) -> Block:
        kw.setdefault("bold", True)
        kw.setdefault("keep_with_next", True)
        return Block("para", text=text, **kw)

    @staticmethod
    def small(text: str, **kw) -> Block:
        kw.setdefault("size", 7.5)
        return Block("para", text=text, **kw)


def join_and(items: list[str], conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]
