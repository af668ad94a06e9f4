"""The member's and the plan's deadlines for one letter (rules.md § 6), with basis and citation.

Counting: calendar days unless the law says business days; business days skip weekends and holidays
(US federal, plus California state holidays where California law counts them). The member's time to act runs
from the letter date (the decision date when the letter is undated). Where the letter states a period, the
later of the legal minimum and the letter's own date is shown, and the basis says when the letter states less.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from .context import Context
from .rules.timing import decision_limit, is_urgent, knox_keene

MEMBER, PLAN = "member", "plan"


@lru_cache(maxsize=64)
def _holidays(year: int, state: str | None) -> frozenset[date]:
    import holidays

    if state == "CA":
        h = holidays.country_holidays("US", subdiv="CA", years=year)
    else:
        h = holidays.country_holidays("US", years=year)
    return frozenset(h.keys())


def is_business_day(d: date, state: str | None = None) -> bool:
    return d.weekday() < 5 and d not in _holidays(d.year, state)


def add_business_days(start: date, n: int, state: str | None = None) -> date:
    """The date ``n`` business days after ``start`` (the start day itself is not counted)."""
    d = start
    left = n
    while left > 0:
        d += timedelta(days=1)
        if is_business_day(d, state):
            left -= 1
    return d


def business_days_between(start: date, end: date, state: str | None = None) -> int:
    """Business days after ``start`` up to and including ``end`` (0 when end <= start)."""
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        if is_business_day(d, state):
            n += 1
    return n


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _start(ctx: Context) -> tuple[date | None, str]:
    for path, label in (("dates.letter", "the letter date"), ("dates.decision", "the decision date")):
        v = ctx.value(path)
        if v:
            try:
                return date.fromisoformat(str(v)), label
            except ValueError:
                continue
    return None, ""


def _item(action: str, due: date | None, basis: str, citation: str, *, kind: str, days: int | None,
          unit: str, from_date: date | None, source: str = "law", note: str = "") -> dict:
    return {"action": action, "due": due.isoformat() if due else None, "basis": basis, "citation": citation,
            "kind": kind, "days": days, "unit": unit, "from_date": from_date.isoformat() if from_date else None,
            "source": source, "note": note}


# plan type -> (action, legal minimum in days or months, unit, citation, what the clock runs from)
FIRST_LEVEL = {
    "commercial_hmo": ("File a grievance (appeal) with the plan", 180, "calendar",
                       "Cal. Code Regs. tit. 28, § 1300.68; 45 CFR § 147.136"),
    "erisa_group": ("File an appeal with the plan", 180, "calendar", "29 CFR § 2560.503-1(h)(3)(i)"),
    "medicare_advantage": ("Ask the plan for a reconsideration (appeal)", 60, "calendar", "42 CFR § 422.582(b)"),
    "medi_cal": ("File an appeal with the plan", 60, "calendar", "42 CFR § 438.402(c)(2)(ii)"),
    "medicaid": ("File an appeal with the plan", 60, "calendar", "42 CFR § 438.402(c)(2)(ii)"),
    "fehb": ("Ask the plan to reconsider", 6, "months", "5 CFR § 890.105(b)(1)"),
}


def _first_level(ctx: Context, pt: str, start: date, start_label: str) -> dict:
    action, amount, unit, cite = FIRST_LEVEL[pt]
    legal_due = add_months(start, amount) if unit == "months" else start + timedelta(days=amount)
    legal_days = (legal_due - start).days
    legal_words = f"{amount} months" if unit == "months" else f"{amount} calendar days"
    if pt == "commercial_hmo" and ctx.value("state") != "CA":
        cite = "45 CFR § 147.136"
    basis = f"The law allows at least {legal_words} from {start_label}."
    if pt == "erisa_group":
        basis += " ERISA counts from the day you received the letter, so your real deadline may be a few days later."
    stated = ctx.value("stated_appeal_deadline_days")
    due, source, note = legal_due, "law", ""
    if stated not in (None, ""):
        stated = int(stated)
        letter_due = start + timedelta(days=stated)
        if letter_due > legal_due:
            due, source = letter_due, "letter"
            basis = f"The letter gives {stated} days, more than the legal minimum of {legal_words}; the later date is shown."
        elif letter_due < legal_due:
            note = f"the letter states only {stated} days"
            basis = (f"The letter gives only {stated} days, but the law allows at least {legal_words} from "
                     f"{start_label}; the later, legal date is shown. Filing by the letter's date "
                     f"({letter_due.isoformat()}) is safest.")
    return _item(action, due, basis, cite, kind=MEMBER, days=(due - start).days if source == "letter" else legal_days,
                 unit="calendar", from_date=start, source=source, note=note)


def _external(ctx: Context, pt: str, start: date | None, start_label: str, final: bool) -> list[dict]:
    """Next-level review after the plan's grievance/appeal decision."""
    out = []
    ca_kk = knox_keene(ctx)
    when = "from the date of this grievance decision" if final else "after the plan's written grievance decision"
    if ca_kk:
        due = add_months(start, 6) if final and start else None
        out.append(_item("Ask the Department of Managed Health Care for an Independent Medical Review (IMR)",
                         due, f"Within 6 months {when}; usually after 30 days in the plan's grievance process, or "
                         "at once if your case is urgent or about an experimental treatment.",
                         "Cal. Health & Safety Code § 1374.30", kind=MEMBER, days=None, unit="months",
                         from_date=start if final else None,
                         note="" if final else "the date is set by the plan's grievance decision"))
    if pt == "medi_cal":
        due = start + timedelta(days=120) if final and start else None
        out.append(_item("Ask for a State Hearing (California Department of Social Services)", due,
                         f"Within 120 calendar days {when.replace('grievance', 'appeal')}; if the plan does not decide "
                         "your appeal within 30 days you may ask for a hearing then. Do not ask for a State Hearing "
                         "first if you want an IMR.", "42 CFR § 438.408(f)", kind=MEMBER, days=120, unit="calendar",
                         from_date=start if final else None))
    elif pt == "medicaid":
        due = start + timedelta(days=90) if final and start else None
        out.append(_item("Ask for a State fair hearing", due, "Your state sets a window of 90 to 120 days from the "
                         "plan's appeal decision; the earliest possible date is shown; check your state's rules.",
                         "42 CFR § 438.408(f)", kind=MEMBER, days=90, unit="calendar",
                         from_date=start if final else None))
    elif pt in ("erisa_group", "commercial_hmo") and not ca_kk:
        due = add_months(start, 4) if final and start else None
        out.append(_item("Ask for external review by an independent review organization", due,
                         f"Within 4 months {when}.", "45 CFR § 147.136(d)(2)(i)", kind=MEMBER, days=None,
                         unit="months", from_date=start if final else None))
    elif pt == "medicare_advantage":
        out.append(_item("Independent Review Entity review", None, "If the plan upholds its denial on "
                         "reconsideration, it must send your case to the Independent Review Entity automatically; you "
                         "do not need to file.", "42 CFR § 422.590", kind=PLAN, days=None, unit="calendar",
                         from_date=None))
    elif pt == "fehb":
        out.append(_item("Ask the Office of Personnel Management (OPM) to review the plan's decision", None,
                         "After the plan's reconsideration decision; the time limit is in your plan brochure "
                         "(check your plan documents).", "5 CFR § 890.105", kind=MEMBER, days=None, unit="calendar",
                         from_date=None))
    return out


def _aid_paid_pending(ctx: Context, start: date, start_label: str) -> dict:
    return _item("Ask to keep your services during the appeal (aid paid pending)", start + timedelta(days=10),
                 f"Within 10 calendar days of {start_label} (or before the change takes effect, if later), when an "
                 "ongoing service is reduced or stopped.", "42 CFR § 438.420", kind=MEMBER, days=10, unit="calendar",
                 from_date=start)


def _plan_decision(ctx: Context) -> dict | None:
    """The time the plan had to decide the request this letter answers."""
    kind = ctx.value("letter_kind")
    if kind in (None, "payment_denial", "termination_notice"):
        return None
    # a non-urgent second opinion has no fixed statutory time: show the ordinary authorization time frame
    so = kind == "second_opinion_denial" and is_urgent(ctx)
    limit = decision_limit(ctx, second_opinion=so)
    if limit is None:
        return None
    rec = ctx.value("dates.request_received")
    received = date.fromisoformat(rec) if rec else None
    state = ctx.value("state") if limit.unit == "business" and knox_keene(ctx) else None
    if received is None:
        due = None
    elif limit.unit == "business":
        due = add_business_days(received, limit.amount, "CA" if state == "CA" else None)
    elif limit.unit == "hours":
        due = received + timedelta(days=-(-limit.amount // 24))
    else:
        due = received + timedelta(days=limit.amount)
    what = "grievance/appeal" if kind == "grievance_decision" else "request"
    basis = f"The plan had {limit.describe()} from receiving the {what} ({limit.basis})."
    if limit.unit == "business":
        basis += " Business days skip weekends and holidays."
    if received is None:
        basis += " The date the plan received it is unknown."
    return _item(f"Plan's deadline to decide the {what}", due, basis, limit.citation, kind=PLAN,
                 days=limit.amount, unit=limit.unit, from_date=received)


def _plan_grievance_time(ctx: Context, pt: str) -> dict | None:
    """How long the plan has to decide the grievance/appeal the member files next."""
    urgent = is_urgent(ctx)
    if knox_keene(ctx):
        d, u, cite = (3, "calendar", "Cal. Health & Safety Code § 1368.01(b)") if urgent else \
            (30, "calendar", "Cal. Health & Safety Code § 1368.01(a)")
    elif pt in ("erisa_group", "commercial_hmo"):
        post = ctx.value("letter_kind") == "payment_denial"
        d, u, cite = (72, "hours", "29 CFR § 2560.503-1(i)(2)(i)") if urgent else \
            (60 if post else 30, "calendar", "29 CFR § 2560.503-1(i)(2)")
    elif pt == "medicare_advantage":
        post = ctx.value("letter_kind") == "payment_denial"
        d, u, cite = (72, "hours", "42 CFR § 422.590") if urgent else (60 if post else 30, "calendar",
                                                                       "42 CFR § 422.590")
    elif pt in ("medi_cal", "medicaid"):
        d, u, cite = (72, "hours", "42 CFR § 438.408") if urgent else (30, "calendar", "42 CFR § 438.408")
    elif pt == "fehb":
        d, u, cite = 30, "calendar", "5 CFR § 890.105(b)(2)"
    else:
        return None
    words = f"{d} hours" if u == "hours" else f"{d} days"
    return _item("Plan's deadline to decide your grievance/appeal", None,
                 f"{'Expedited: ' if urgent else ''}{words} after the plan receives your grievance or appeal.", cite,
                 kind=PLAN, days=d, unit=u, from_date=None, note="counted from the day the plan receives your appeal")


def compute_deadlines(ctx: Context) -> list[dict]:
    """Schema deadlines (action, due, basis, citation) plus kind/days/unit/from_date/source/note."""
    pt = ctx.value("plan_type")
    kind = ctx.value("letter_kind")
    start, start_label = _start(ctx)
    out: list[dict] = []
    if pt not in FIRST_LEVEL:
        if kind:
            out.append(_item("File a grievance or appeal with the plan", None, "The plan type is unknown, so the legal "
                             "time limit cannot be worked out; follow the deadline in the letter and check your plan "
                             "documents.", "Check your plan documents", kind=MEMBER, days=None, unit="calendar",
                             from_date=start))
        return out
    final = kind == "grievance_decision"
    if not final and kind is not None:
        if start is None:
            action, amount, unit, cite = FIRST_LEVEL[pt]
            out.append(_item(action, None, "The letter date is unknown, so the deadline cannot be computed; the law "
                             f"allows at least {amount} {'months' if unit == 'months' else 'days'} from the notice.",
                             cite, kind=MEMBER, days=amount if unit != "months" else None, unit=unit, from_date=None))
        else:
            out.append(_first_level(ctx, pt, start, start_label))
        if is_urgent(ctx):
            kk = knox_keene(ctx)
            frame = "3 days" if kk else "72 hours"
            cite = "Cal. Health & Safety Code § 1368.01(b)" if kk else {
                "medicare_advantage": "42 CFR § 422.590", "erisa_group": "29 CFR § 2560.503-1(i)(2)(i)",
                "commercial_hmo": "29 CFR § 2560.503-1(i)(2)(i)", "medi_cal": "42 CFR § 438.408",
                "medicaid": "42 CFR § 438.408", "fehb": "5 CFR § 890.105"}[pt]
            out.append(_item("Ask for an expedited (fast) appeal if waiting could seriously harm your health", None,
                             f"Ask right away; the plan must decide an expedited appeal within {frame}.", cite,
                             kind=MEMBER, days=None, unit="hours", from_date=start))
    if pt in ("medi_cal", "medicaid") and start is not None and kind in ("termination_notice", "initial_denial",
                                                                           "partial_denial", "grievance_decision"):
        if kind == "termination_notice" or ctx.fact("service_reduced") is True:
            out.append(_aid_paid_pending(ctx, start, start_label))
    out.extend(_external(ctx, pt, start, start_label, final))
    pd = _plan_decision(ctx)
    if pd:
        out.append(pd)
    if not final and kind is not None:
        g = _plan_grievance_time(ctx, pt)
        if g:
            out.append(g)
    return out
