"""Named applicability conditions ("C" cells of the rules.md matrix), one small pure function each.

A condition returns a ``Check``: ``ok`` True (rule applies), False (does not; ``reason`` says why) or None
(cannot tell; ``missing`` names the facts to ask). ``open_facts`` lists facts that were assumed and whose answer
could change the result (the questions module asks them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..context import Context


@dataclass(frozen=True)
class Check:
    ok: bool | None
    reason: str = ""
    missing: tuple[str, ...] = ()
    open_facts: tuple[str, ...] = ()


def in_ca(ctx: Context) -> Check:
    st = ctx.value("state")
    if st is None:
        return Check(None, "the letter's state is unknown", ("state",))
    return Check(st == "CA", "" if st == "CA" else f"state {st}: California law")


def insured_ca(ctx: Context) -> Check:
    """Insured CA group plan: Knox-Keene applies too; self-funded plans get only federal rules (rules.md § 0.1)."""
    st = in_ca(ctx)
    if not st.ok:
        return st
    sf = ctx.fact("self_funded")
    if sf is True:
        return Check(False, "self-funded employer plan: California Knox-Keene rules do not apply")
    # rules.md: apply CA rules unless the letter (or member) says self-funded
    return Check(True, open_facts=("self_funded",) if sf is None else ())


def non_grandfathered(ctx: Context) -> Check:
    g = ctx.fact("grandfathered_plan")
    if g is True:
        return Check(False, "grandfathered plan: this ACA notice rule does not apply")
    return Check(True, open_facts=("grandfathered_plan",) if g is None else ())


def provider_copy(ctx: Context) -> Check:
    pc = ctx.fact("provider_copy")
    if pc is None:
        return Check(None, "unknown whether this is the provider's copy", ("provider_copy",))
    if pc is False:
        return Check(False, "member's copy: Cal. HSC § 1367.01 requires the reviewer's name and direct number in "
                            "the copy sent to the provider (you may still ask for them)")
    return Check(True)


def urgent_claim(ctx: Context) -> Check:
    if ctx.value("urgency") == "expedited" or ctx.fact("imminent_threat") is True:
        return Check(True)
    return Check(False, "not an urgent-care claim: ERISA requires the expedited-review description only for "
                        "urgent claims", open_facts=("imminent_threat",) if ctx.fact("imminent_threat") is None else ())


def provider_copy_insured_ca(ctx: Context) -> Check:
    a = insured_ca(ctx)
    if not a.ok:
        return a
    b = provider_copy(ctx)
    return Check(b.ok, b.reason, b.missing, a.open_facts + b.open_facts)


def ca_provider_copy(ctx: Context) -> Check:
    a = in_ca(ctx)
    if not a.ok:
        return a
    return provider_copy(ctx)


def non_grandfathered_insured_ca(ctx: Context) -> Check:
    a = insured_ca(ctx)
    if not a.ok:
        return a
    b = non_grandfathered(ctx)
    return Check(b.ok, b.reason, b.missing, a.open_facts + b.open_facts)


CONDITIONS: dict[str, Callable[[Context], Check]] = {
    "in_ca": in_ca,
    "insured_ca": insured_ca,
    "non_grandfathered": non_grandfathered,
    "provider_copy": provider_copy,
    "ca_provider_copy": ca_provider_copy,
    "provider_copy_insured_ca": provider_copy_insured_ca,
    "urgent_claim": urgent_claim,
}
