"""Pieces the blind evaluation sets share, word for word: whether a defect removes a piece, a reviewer who is not a
physician, the reviewer's name with credentials and specialty as a letter prints it, whether a text needs a Unicode
font, whether the reason is planted bare, ordinals, money, a sign-off, and the language-assistance taglines. Moved here from the set modules unchanged
(the rendered letters are byte-identical)."""

from __future__ import annotations

from .case import person
from .layout import Block
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


def uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def money(x: float) -> str:
    return f"${x:,.2f}"


def sign(w: W, b: list[Block], close: str, fallback: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(fallback, space_before=14))
    b.append(w.p(org, space_before=0))


def taglines(w: W, texts: dict[str, str], codes: list[str], ph: str, heading: str | None, size: float = 7.0,
             lead: list[str] | None = None) -> list[Block]:
    """The language-assistance taglines under ``heading`` (a rule when None): the first language of ``codes`` first,
    the rest in the seed's order, each text with the phone number ``ph``; after the heading, one of ``lead`` when
    given. None when the letter is planted without them (``notice.language_assistance``)."""
    if has(w.c, "notice.language_assistance"):
        return []
    first, rest = list(codes[:1]), list(codes[1:])
    w.rng.shuffle(rest)
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    if lead:
        out.append(w.p(w.pick(lead).replace("{ph}", ph), size=size + 0.5, space_before=2))
    for code in first + rest:
        t = texts[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=uni(t), space_before=1.0))
    return out
