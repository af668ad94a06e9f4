"""Pieces the blind evaluation sets from blind33 on share, word for word: whether a defect removes a piece, a
reviewer who is not a physician, and the reviewer's name with credentials and specialty as a letter prints it. Moved
here from the set modules unchanged (the rendered letters are byte-identical)."""

from __future__ import annotations

from .case import person
from .markup import M
from .writer import W


def has(c, defect: str) -> bool:
    return defect in c.defects


def np_reviewer(w: W, titles: list[str], creds: list[str | None]) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(creds), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def who(w: W, lead: str, tail: str = "") -> str:
    r = w.c.reviewer
    out = lead + M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        out += ", " + M("REVIEWER_CRED", r["credentials"])
    if r["specialty"]:
        out += f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"
    elif tail.startswith(".") and r["credentials"] and r["credentials"].endswith("."):
        tail = tail[1:]
    return out + tail
