"""The plan's legal decision time frames (rules.md § 6a and § 6d) as one pure lookup, and the elapsed-time check.

Used by ``process.decision_untimely`` / ``second_opinion.untimely`` and by ``analyzer.deadlines`` so the rule
and the deadline shown to the member always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..context import Context
from .conditions import insured_ca


@dataclass(frozen=True)
class Limit:
    amount: int
    unit: str  # calendar | business | hours
    basis: str
    citation: str
    severity: str = ""  # override of the rule's severity ("" = the rule's)
    open_facts: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.unit == "hours":
            return f"{self.amount} hours"
        return f"{self.amount} {'business ' if self.unit == 'business' else ''}days"


def knox_keene(ctx: Context) -> bool:
    """Cal. HSC (Knox-Keene) time frames apply: CA commercial, insured CA group, Medi-Cal."""
    pt = ctx.value("plan_type")
    if pt == "medi_cal":
        return True
    if pt == "commercial_hmo":
        return ctx.value("state") == "CA"
    if pt == "erisa_group":
        return bool(insured_ca(ctx).ok)
    return False


def is_urgent(ctx: Context) -> bool:
    return ctx.value("urgency") == "expedited" or ctx.fact("imminent_threat") is True


def _post_service(ctx: Context) -> bool:
    svc, rec = ctx.value("dates.service"), ctx.value("dates.request_received")
    return ctx.value("letter_kind") == "payment_denial" or bool(svc and rec and svc <= rec)


def _extension(ctx: Context) -> bool:
    from . import text as T

    return T.find(ctx.document.search_text, r"\bextension\b|\bextended (?:the|our) (?:time|review)|additional 1[45] days") \
        is not None


def decision_limit(ctx: Context, *, second_opinion: bool = False) -> Limit | None:
    """The time the plan had to decide this letter's request (None when no verified figure exists)."""
    pt = ctx.value("plan_type")
    kind = ctx.value("letter_kind")
    urgent = is_urgent(ctx)
    open_facts = () if urgent or ctx.fact("imminent_threat") is not None else ("imminent_threat",)
    kk = knox_keene(ctx)
    ext = _extension(ctx)
    received = ctx.value("dates.request_received") or ""
    from_2026 = received >= "2026-01-01"

    if kind == "grievance_decision":
        if urgent:
            if kk:
                return Limit(3, "calendar", "expedited grievance: 3 days", "Cal. Health & Safety Code § 1368.01(b)")
            cite = {"erisa_group": "29 CFR § 2560.503-1(i)(2)(i)", "commercial_hmo": "45 CFR § 147.136",
                    "medicare_advantage": "42 CFR § 422.590", "medicaid": "42 CFR § 438.408",
                    "fehb": "5 CFR § 890.105"}.get(pt, "")
            return Limit(72 + (14 * 24 if ext and pt in ("medicare_advantage", "medicaid") else 0), "hours",
                         "expedited appeal: 72 hours", cite)
        if kk:
            return Limit(30, "calendar", "grievance decision: 30 days", "Cal. Health & Safety Code § 1368.01(a)",
                         open_facts=open_facts)
        if pt in ("erisa_group", "commercial_hmo"):
            post = _post_service(ctx)
            return Limit(60 if post else 30, "calendar", f"{'post' if post else 'pre'}-service appeal",
                         "29 CFR § 2560.503-1(i)(2)", open_facts=open_facts)
        if pt == "medicare_advantage":
            post = _post_service(ctx)
            return Limit((60 if post else 30) + (14 if ext and not post else 0), "calendar",
                         "payment reconsideration: 60 days" if post else "service reconsideration: 30 days",
                         "42 CFR § 422.590", open_facts=open_facts)
        if pt == "medicaid":
            return Limit(30 + (14 if ext else 0), "calendar", "appeal resolution: 30 days", "42 CFR § 438.408",
                         open_facts=open_facts)
        if pt == "fehb":
            return Limit(30, "calendar", "carrier reconsideration: 30 days", "5 CFR § 890.105(b)(2)",
                         open_facts=open_facts)
        return None

    # initial decisions, second-opinion requests and delay notices
    if second_opinion and kk:
        if urgent:
            return Limit(72, "hours", "second opinion, imminent and serious threat: 72 hours",
                         "Cal. Health & Safety Code § 1383.15")
        return Limit(5, "business", "second opinion, non-urgent: by analogy to the 5-business-day authorization "
                     "rule; ask the plan for its filed second-opinion timelines", "Cal. Health & Safety Code § 1383.15",
                     severity="low", open_facts=open_facts)
    if _post_service(ctx) and kind != "payment_denial":
        if pt in ("erisa_group", "commercial_hmo", "fehb") and not kk:
            return Limit(30 + (15 if ext else 0), "calendar", "post-service claim: 30 days",
                         "5 CFR § 890.105" if pt == "fehb" else "29 CFR § 2560.503-1(f)(2)(iii)(B)")
        return None
    if urgent:
        cite = {"erisa_group": "29 CFR § 2560.503-1(f)(2)(i)", "commercial_hmo": "29 CFR § 2560.503-1(f)(2)(i)",
                "medicare_advantage": "42 CFR § 422.572", "medicaid": "42 CFR § 438.210(d)",
                "medi_cal": "42 CFR § 438.210(d)", "fehb": "5 CFR § 890.105"}[pt]
        if kk:
            cite = "Cal. Health & Safety Code § 1367.01"
        extra = 14 * 24 if ext and pt in ("medicare_advantage", "medicaid") else 0
        return Limit(72 + extra, "hours", "expedited (urgent) request: 72 hours", cite)
    if kk:
        return Limit(5, "business", "standard pre-service request: 5 business days",
                     "Cal. Health & Safety Code § 1367.01", open_facts=open_facts)
    if pt in ("erisa_group", "commercial_hmo", "fehb"):
        # FEHB: the brochure follows the ACA-style 15 days (rules.md 6a, unverified: cite the section only)
        return Limit(15 + (15 if ext else 0), "calendar", "standard pre-service claim: 15 days",
                     "5 CFR § 890.105" if pt == "fehb" else "29 CFR § 2560.503-1(f)(2)(iii)(A)",
                     open_facts=open_facts)
    if pt == "medicare_advantage":
        days = 7 if from_2026 else 14
        return Limit(days + (14 if ext else 0), "calendar", f"standard organization determination: {days} days",
                     "42 CFR § 422.568(b)" + ("; CMS-0057-F" if from_2026 else ""), open_facts=open_facts)
    if pt == "medicaid":
        days = 7 if from_2026 else 14
        return Limit(days + (14 if ext else 0), "calendar", f"standard authorization: {days} days",
                     "42 CFR § 438.210(d)", open_facts=open_facts)
    return None


def elapsed_exceeds(received: date, decided: date, limit: Limit, state: str | None) -> tuple[bool, str]:
    """Whether the decision came after the limit, and the elapsed time in words (dates only: day granularity)."""
    from ..deadlines import business_days_between

    days = (decided - received).days
    if limit.unit == "business":
        b = business_days_between(received, decided, state)
        return b > limit.amount, f"{b} business days"
    if limit.unit == "hours":
        # only dates are known: a decision on a later calendar day than received + hours/24 is certainly late
        return days * 24 > limit.amount, f"{days} days"
    return days > limit.amount, f"{days} days"
