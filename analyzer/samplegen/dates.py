"""Date arithmetic and the many ways a letter prints a date."""

from __future__ import annotations

import datetime as dt
import random

MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# US federal holidays that fall on fixed dates; enough to keep "business days" honest in the samples.
_FIXED = {(1, 1), (7, 4), (11, 11), (12, 25), (6, 19)}


def is_business(d: dt.date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in _FIXED


def add_business(d: dt.date, n: int) -> dt.date:
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        d += dt.timedelta(days=step)
        if is_business(d):
            left -= 1
    return d


def next_business(d: dt.date) -> dt.date:
    while not is_business(d):
        d += dt.timedelta(days=1)
    return d


def business_between(a: dt.date, b: dt.date) -> int:
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_business(d):
            n += 1
    return n


FORMATS_EN = ["long", "long0", "num", "num_dash", "dmy", "iso", "abbr"]
FORMATS_ES = ["es_long", "num", "es_long_cap"]


def pick_format(rng: random.Random, language: str) -> str:
    if language == "es":
        return rng.choice(FORMATS_ES)
    return rng.choices(FORMATS_EN, weights=[30, 8, 25, 6, 10, 8, 8])[0]


def fmt(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "long0":
        return f"{MONTHS_EN[d.month - 1]} {d.day:02d}, {d.year}"
    if style == "num":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "num_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        m = MONTHS_EN[d.month - 1]
        return f"{m[:3]}{'.' if m != 'May' else ''} {d.day}, {d.year}"
    if style == "es_long":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_long_cap":
        return f"{d.day} de {MONTHS_ES[d.month - 1].capitalize()} de {d.year}"
    raise ValueError(style)


def parse(text: str) -> dt.date | None:
    """Read back any date this module prints (used by tests and by callers checking annotations)."""
    import re

    t = " ".join(text.split())
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{2})[/-](\d{2})[/-](\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[1]), int(m[2]))
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", t)
    if m:
        mon = [x[:3].lower() for x in MONTHS_EN].index(m[1][:3].lower()) + 1
        return dt.date(int(m[3]), mon, int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", t)
    if m:
        mon = [x.lower() for x in MONTHS_EN].index(m[2].lower()) + 1
        return dt.date(int(m[3]), mon, int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) de ([A-Za-z]+) de (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS_ES.index(m[2].lower()) + 1, int(m[1]))
    return None
