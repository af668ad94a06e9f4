"""The facts of one synthetic letter (who, what, when, why, which defects) sampled from a seed, and its truth."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from . import dates as D
from . import vocab as V
from .defects import CONFLICTS, DEFECTS, applicable

PLAN_STATES = {
    "commercial_hmo": ["CA"] * 6 + ["CO", "GA", "HI", "MD", "VA", "DC", "OR", "WA"],
    "erisa_group": ["CO", "GA", "HI", "MD", "VA", "OR", "WA", "CA"],
    "medicare_advantage": ["CA"] * 4 + ["CO", "GA", "HI", "MD", "VA", "OR", "WA"],
    "medi_cal": ["CA"],
    "medicaid": ["CO", "GA", "MD", "VA", "DC", "WA", "OR"],
    "fehb": ["CA", "CO", "GA", "HI", "MD", "VA", "DC", "OR", "WA"],
}
KIND_CATS = {
    "initial_denial": ["medical_necessity"] * 4
    + ["experimental_investigational", "not_covered", "out_of_network", "no_prior_authorization"],
    "partial_denial": ["medical_necessity"],
    "payment_denial": [
        "no_prior_authorization",
        "out_of_network",
        "not_covered",
        "administrative",
        "medical_necessity",
    ],
    "second_opinion_denial": ["second_opinion"],
    "grievance_decision": ["medical_necessity"] * 3 + ["experimental_investigational", "not_covered", "out_of_network"],
    "delay_notice": ["administrative"],
    "termination_notice": ["medical_necessity"],
}
AREA = {
    "CA": ["510", "415", "916", "559", "408", "925", "626", "951", "714", "619", "909", "707"],
    "CO": ["303", "720", "719"],
    "GA": ["404", "770", "678"],
    "HI": ["808"],
    "MD": ["301", "240", "410"],
    "VA": ["703", "571", "540"],
    "DC": ["202"],
    "OR": ["503", "971"],
    "WA": ["206", "253", "425", "509", "360"],
}


@dataclass
class Case:
    seed: int
    template: str
    language: str
    plan_type: str
    state: str
    region: str
    letter_kind: str
    urgency: str
    category: str
    scenario: dict
    defects: list[str]
    flags: list[str] = field(default_factory=list)
    either: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    date_fmt: str = "long"
    letter: dt.date | None = None
    received: dt.date | None = None
    decision: dt.date | None = None
    service: dt.date | None = None
    show_decision: bool = True
    member_name: str = ""
    member_salute: str = ""
    member_id: str = ""
    member_addr: list[str] = field(default_factory=list)
    provider: str | None = None
    provider_short: str = ""
    provider_addr: list[str] = field(default_factory=list)
    outside: str = ""
    services: list[dict] = field(default_factory=list)
    diagnoses: list[dict] = field(default_factory=list)
    reviewer: dict | None = None
    reviewer_title: str = ""
    criteria: list[str] = field(default_factory=list)
    appeal_days: int | None = None
    appeal_phrase: str = ""
    omit: set = field(default_factory=set)
    phones: dict = field(default_factory=dict)
    ids: dict = field(default_factory=dict)
    money: dict = field(default_factory=dict)
    innet: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    # convenience
    @property
    def ca_kk(self) -> bool:
        return self.state == "CA" and self.plan_type in ("commercial_hmo", "medi_cal")

    def d(self, day: dt.date | None) -> str:
        return D.fmt(day, self.date_fmt) if day else ""

    def denied_services(self) -> list[dict]:
        return [s for s in self.services if s["decision"] != "approved"]


def person(rng: random.Random, middle: float = 0.4) -> tuple[str, str, str]:
    f, last = rng.choice(V.FIRST), rng.choice(V.LAST)
    if rng.random() < middle:
        return f"{f} {rng.choice(V.MIDDLE)}. {last}", f, last
    return f"{f} {last}", f, last


def phone(rng: random.Random, state: str, style: int | None = None) -> str:
    a = rng.choice(AREA[state])
    n = f"{rng.randint(200, 989)}"
    m = f"{rng.randint(0, 9999):04d}"
    style = rng.randrange(3) if style is None else style
    return [f"({a}) {n}-{m}", f"{a}-{n}-{m}", f"{a}.{n}.{m}"][style]


def address(rng: random.Random, state: str, region: str | None = None) -> list[str]:
    city, zp = rng.choice(V.cities(state, region))
    street = f"{rng.randint(12, 9899)} {rng.choice(V.STREETS)} {rng.choice(V.STREET_TYPES)}"
    if rng.random() < 0.25:
        street += f" {rng.choice(['Apt', 'Unit', '#'])} {rng.randint(1, 420)}"
    return [
        street,
        f"{city}, {state} {zp}{rng.randint(0, 99):02d}" + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.3 else ""),
    ]


def member_id(rng: random.Random, region: str) -> str:
    r = rng.random()
    if region in ("Northern California", "Southern California"):
        if r < 0.4:
            return f"{rng.randint(10**7, 10**8 - 1)}"
        if r < 0.7:
            return f"1{rng.randint(10**7, 10**8 - 1)}"
        return f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    if r < 0.5:
        return f"{rng.randint(10**6, 10**7 - 1)}"
    if r < 0.8:
        return f"{rng.choice('ABCDHKMNW')}{rng.randint(10**6, 10**8 - 1)}"
    return f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _scen_ok(s: dict, need: str | None) -> bool:
    if need is None:
        return True
    return {
        "mh": s.get("mh", False),
        "not_mh": not s.get("mh", False),
        "serious": s.get("serious", False) and (s.get("surgery") or s.get("cancer")),
        "ma_rules": bool(s.get("ma_rules")),
        "cancer": s.get("cancer", False),
        "er": False,
        "course": s.get("key") == "keytruda",
    }[need]


def choose_defects(
    rng: random.Random, plan: str, state: str, kind: str, wanted: list[str] | None, n_max: int = 3
) -> list[str]:
    if wanted is not None:
        for w in wanted:
            if w not in DEFECTS:
                raise ValueError(f"unknown defect rule id {w!r}; known: {sorted(DEFECTS)}")
            if not applicable(w, plan, state, kind):
                raise ValueError(f"defect {w} does not apply to {plan}/{state}/{kind} (rules.md section 10)")
        return list(wanted)
    if rng.random() < 0.35:
        return []
    cands = [d for d in DEFECTS if applicable(d, plan, state, kind)]
    rng.shuffle(cands)
    out: list[str] = []
    k = rng.choice([1, 1, 2, 2, 3][: n_max + 2])
    for d in cands:
        if len(out) >= k:
            break
        if any({d, o} <= c for o in out for c in CONFLICTS):
            continue
        out.append(d)
    return out


def _cats_for(defects: list[str], kind: str, constraint: str | None) -> list[str]:
    cats = list(dict.fromkeys(KIND_CATS[kind]))
    if constraint:
        cats = (
            [constraint]
            if constraint in cats or kind in ("initial_denial", "payment_denial", "grievance_decision")
            else []
        )
    for d in defects:
        need = DEFECTS[d].get("cats")
        if need:
            cats = [c for c in cats if c in need]
    return cats


def pick_scenario(rng: random.Random, category: str, defects: list[str], plan: str, keys: list[str] | None = None) -> dict:
    needs = [DEFECTS[d].get("scen") for d in defects if DEFECTS[d].get("scen")]
    if "er" in needs or (category == "no_prior_authorization" and plan and rng.random() < 0.0):
        return rng.choice(V.ER_SCENARIOS)
    pool = [
        s
        for s in V.SCENARIOS
        if category in s["cats"] or category in ("administrative", "no_prior_authorization") and not s.get("mh")
    ]
    if category == "second_opinion":
        pool = [s for s in V.SCENARIOS if "second_opinion" in s["cats"]]
    if plan == "medicare_advantage" and category in ("medical_necessity", "experimental_investigational"):
        pool = [s for s in pool if s.get("ma_rules")]
    if category == "experimental_investigational":
        pool = [s for s in pool if s.get("exp")]
    if category == "not_covered":
        pool = [s for s in pool if s.get("nc") or s["key"] in ("ivf", "blepharoplasty", "humira")]
    for n in needs:
        pool = [s for s in pool if _scen_ok(s, n)]
    if keys:  # a template limited to some scenarios (fresh evaluation templates); falls back to the full pool
        pool = [s for s in pool if s["key"] in keys] or pool
    if not pool:
        raise ValueError(f"no scenario for {category} with {needs}")
    return rng.choice(pool)


def ref_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"UM-{rng.randint(10**6, 10**7 - 1)}",
            f"{rng.randint(2025, 2026)}-{rng.randint(10**5, 10**6 - 1)}",
            f"REF{rng.randint(10**7, 10**8 - 1)}",
            f"AR-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}",
            f"{rng.choice('ABCDEFGH')}{rng.randint(10**8, 10**9 - 1)}",
        ]
    )


def code_label(code: str) -> str:
    return "HCPCS" if re.fullmatch(r"[A-Z]\d{4}", code) else "CPT"


# --- building a case -------------------------------------------------------------------------------

DEADLINE_OK = {
    "commercial_hmo": 180,
    "erisa_group": 180,
    "medicare_advantage": 60,
    "medi_cal": 60,
    "medicaid": 60,
    "fehb": 180,
}
DEADLINE_BAD = {
    "commercial_hmo": [30, 60],
    "erisa_group": [60, 90],
    "medicare_advantage": [30, 14],
    "medi_cal": [30, 20],
    "medicaid": [30, 15],
    "fehb": [30, 90],
}


def _appeal(c: Case, rng: random.Random) -> None:
    bad = "notice.appeal_deadline" in c.defects
    if c.letter_kind == "delay_notice":
        c.appeal_days, c.appeal_phrase = None, ""
        return
    if c.letter_kind == "grievance_decision":
        nxt = {
            "commercial_hmo": 180 if c.state == "CA" else 120,
            "erisa_group": 120,
            "medicare_advantage": None,
            "medi_cal": 120,
            "medicaid": 120,
            "fehb": 90,
        }[c.plan_type]
        c.appeal_days = nxt
        if nxt == 180:
            c.appeal_phrase = rng.choice(["six months", "6 months", "180 days"])
        elif nxt == 120 and c.plan_type in ("erisa_group", "commercial_hmo"):
            c.appeal_phrase = rng.choice(["four months", "4 months", "120 days"])
        elif nxt:
            c.appeal_phrase = rng.choice([f"{nxt} days", f"{nxt} calendar days"])
        if c.language == "es" and nxt:
            c.appeal_phrase = f"{nxt} días"
        return
    days = rng.choice(DEADLINE_BAD[c.plan_type]) if bad else DEADLINE_OK[c.plan_type]
    if c.plan_type == "medicare_advantage" and not bad and rng.random() < 0.15:
        days = 65
    c.appeal_days = days
    if c.language == "es":
        c.appeal_phrase = rng.choice([f"{days} días", f"{days} días calendario"])
    elif c.plan_type == "fehb" and not bad:
        c.appeal_phrase = rng.choice(["6 months", "six months"])
    elif days == 180 and rng.random() < 0.3:
        c.appeal_phrase = "180 calendar days"
    else:
        c.appeal_phrase = rng.choice([f"{days} days", f"{days} calendar days"])


def _dates(c: Case, rng: random.Random) -> None:
    base = dt.date(2025, 5, 1) + dt.timedelta(days=rng.randint(0, 520))
    decision = D.next_business(base)
    urgent = c.urgency == "expedited"
    untimely = "process.decision_untimely" in c.defects
    k, p = c.letter_kind, c.plan_type
    ca = c.state == "CA" and p in ("commercial_hmo", "medi_cal")
    received = None
    service = None
    if k == "payment_denial":
        received = decision - dt.timedelta(days=rng.randint(4, 27))
        service = received - dt.timedelta(days=rng.randint(5, 70))
    elif k == "grievance_decision":
        lim = 3 if urgent else 30
        days = rng.randint(lim + 8, lim + 30) if untimely else (rng.randint(0, 2) if urgent else rng.randint(6, 28))
        received = decision - dt.timedelta(days=days)
        if c.category in ("no_prior_authorization", "out_of_network") or rng.random() < 0.25:
            service = received - dt.timedelta(days=rng.randint(10, 60))
    elif k == "delay_notice":
        received = decision - dt.timedelta(days=rng.randint(1, 4))
    else:
        if urgent:
            days = rng.randint(4, 9) if untimely else rng.randint(0, 2)
            received = decision - dt.timedelta(days=days)
        elif ca or (k == "second_opinion_denial"):
            received = D.add_business(decision, -(rng.randint(9, 18) if untimely else rng.randint(1, 4)))
        elif p in ("medicare_advantage", "medicaid"):
            received = decision - dt.timedelta(days=rng.randint(16, 30) if untimely else rng.randint(1, 6))
        else:
            received = decision - dt.timedelta(days=rng.randint(20, 40) if untimely else rng.randint(2, 13))
        if k == "termination_notice":
            service = received - dt.timedelta(days=rng.randint(5, 25))
    if "second_opinion.untimely" in c.defects:
        received = decision - dt.timedelta(days=rng.randint(5, 9))
    c.show_decision = untimely or "second_opinion.untimely" in c.defects or rng.random() < 0.75
    # mailed the same day or the next business day; when the letter does not state the decision date, or the
    # case is urgent, the letter date is the decision date so timeliness reads the same from either
    same_day = urgent or not c.show_decision or rng.random() < 0.55
    letter = decision if same_day else D.add_business(decision, 1)
    c.letter, c.received, c.decision, c.service = letter, received, decision, service
    if k == "delay_notice":
        c.decision = None
        c.extra["expected"] = D.add_business(letter, rng.randint(5, 10))
    if c.letter_kind != "delay_notice" and not c.show_decision:
        c.decision = None
    if (
        c.received
        and rng.random() < 0.08
        and not untimely
        and k not in ("payment_denial", "grievance_decision")
        and "second_opinion.untimely" not in c.defects
    ):
        c.received = None  # some letters never say when the request came in


def _services(c: Case, rng: random.Random) -> None:
    s = c.scenario
    lines = s["services"][:]
    n = len(lines)
    if c.letter_kind not in ("payment_denial",) and n > 1 and rng.random() < 0.35:
        lines = lines[:1]
    out = []
    for _i, (texts, codes) in enumerate(lines):
        out.append(dict(text=rng.choice(texts), codes=list(codes), decision="denied"))
    if c.letter_kind == "partial_denial":
        if len(out) == 1:
            t, codes = lines[0]
            base = out[0]["text"]
            out = [dict(text=base, codes=list(codes), decision="denied")]
            extra = V.SCENARIOS[0] if s["key"] != "lumbar_fusion" else V.SCENARIOS[5]
            alt_texts, alt_codes = rng.choice(
                [
                    (["Office visit, established patient, 30 minutes"], ["99214"]),
                    (["Physical therapy, 6 visits", "Therapeutic exercise (6 visits)"], ["97110"]),
                    (["Follow-up consultation", "Office consultation, moderate complexity"], ["99243"]),
                ]
            )
            out.insert(0, dict(text=rng.choice(alt_texts), codes=list(alt_codes), decision="approved"))
            del extra
        else:
            out[-1]["decision"] = "approved" if rng.random() < 0.5 else out[-1]["decision"]
            out[0]["decision"] = "denied"
            if all(x["decision"] == "denied" for x in out):
                out[-1]["decision"] = "approved"
    c.services = out
    dx = s["diagnoses"][:]
    if len(dx) > 1 and rng.random() < 0.4:
        dx = dx[:1]
    c.diagnoses = [dict(text=rng.choice(t), codes=list(cd)) for t, cd in dx]
    if c.letter_kind == "payment_denial":
        for x in c.services:
            x["billed"] = round(rng.uniform(60, 4800), 2)
        c.money["total"] = round(sum(x["billed"] for x in c.services), 2)


def _reviewer(c: Case, rng: random.Random) -> None:
    spec = c.scenario.get("specialty") or rng.choice(V.SPECIALTY_LIST)
    if c.scenario.get("key", "").startswith("er_"):
        spec = "Emergency Medicine"
    name, _, _ = person(rng, 0.25)
    ph = phone(rng, c.state)
    if "process.reviewer_not_physician" in c.defects:
        title, cred = rng.choice(V.CREDS_NONPHYS)
        c.reviewer = dict(name=name, credentials=cred, specialty=None, phone=ph)
        c.reviewer_title = title
        return
    needs_md = (
        c.category in ("medical_necessity", "experimental_investigational", "second_opinion")
        and c.letter_kind != "delay_notice"
    )
    if not needs_md and rng.random() < 0.6 or "notice.reviewer_contact" in c.defects:
        c.reviewer = None
        return
    cred = rng.choice(V.CREDS_MD)
    if c.letter_kind == "grievance_decision" or rng.random() < 0.5:
        spec = c.scenario.get("alt_specialty", spec) if rng.random() < 0.3 else spec
    c.reviewer = dict(name=name, credentials=cred, specialty=spec, phone=ph)
    c.reviewer_title = rng.choice(
        [
            "Physician Reviewer",
            "Physician Advisor",
            "Medical Director",
            "Associate Medical Director",
            "Utilization Management Physician",
            "Reviewing Physician",
        ]
    )
    if rng.random() < 0.12 and not c.ca_kk:  # some letters give no direct line (CA provider copies must have one)
        c.reviewer["phone"] = None


def _criteria(c: Case, rng: random.Random) -> None:
    s = c.scenario
    c.criteria = []
    if c.category not in ("medical_necessity", "experimental_investigational") or c.letter_kind in (
        "delay_notice",
        "payment_denial",
    ):
        return
    if "notice.criteria_cited" in c.defects or "notice.reason_specific" in c.defects:
        return
    if "medicare.internal_criteria" in c.defects:
        pool = s.get("criteria") or s.get("criteria_bad") or []
        c.criteria = [rng.choice(pool)]
        return
    if c.plan_type == "medicare_advantage":
        pool = s.get("ma_rules") or []
        c.criteria = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2])))
        return
    if s.get("mh"):
        if "mh_parity.non_association_criteria" in c.defects:
            c.criteria = [rng.choice(s["criteria_bad"])]
        elif c.state == "CA" and c.plan_type in ("commercial_hmo", "erisa_group", "medi_cal"):
            c.criteria = [rng.choice(s["criteria_ok"])]
        else:
            c.criteria = [rng.choice(s["criteria_ok"] + s["criteria_bad"])]
        return
    pool = s.get("criteria") or ["Kaiser Permanente Clinical Review Criteria (internal medical policy)"]
    c.criteria = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 1, 2])))


def _flags(c: Case) -> None:
    flags, notes, either = [], [], []
    for d in c.defects:
        spec = DEFECTS[d]
        for f in (d, *spec.get("extra", ())):
            if f not in flags:
                flags.append(f)
        if d == "notice.reason_specific" and c.category == "medical_necessity":
            flags.append("notice.clinical_rationale")
        notes.append(f"{d}: {spec['note']}.")
    if "second_opinion.eligible_denied" in c.defects:
        either.append("network.no_timely_in_network_alternative")
    appt = c.innet.get("appt")
    late = bool(appt and c.received and D.business_between(c.received, appt) > 15)
    if c.ca_kk and c.category in ("out_of_network", "no_prior_authorization", "second_opinion") and late:
        # the offered visit misses the 15-business-day standard only because the decision itself was late
        either.append("network.no_timely_in_network_alternative")
    if (
        "process.reviewer_not_physician" in c.defects
        and c.ca_kk
        and c.letter_kind in ("initial_denial", "partial_denial")
    ):
        either.append("notice.reviewer_contact")
    # omissions that other planted defects imply (a reason with no criteria is also a criteria omission)
    decides = c.letter_kind in ("initial_denial", "partial_denial", "grievance_decision", "termination_notice")
    if decides and c.category in ("medical_necessity", "experimental_investigational") and not c.criteria:
        if c.plan_type != "fehb" and "notice.criteria_cited" not in flags:
            flags.append("notice.criteria_cited")
            notes.append("notice.criteria_cited: the letter names no guideline or criteria for this medical-necessity/experimental decision.")
        if c.scenario.get("mh") and c.state == "CA" and c.plan_type == "commercial_hmo" and c.category == "medical_necessity" \
                and "mh_parity.non_association_criteria" not in flags:
            flags.append("mh_parity.non_association_criteria")
            notes.append("mh_parity.non_association_criteria: a mental-health level-of-care denial names no nonprofit-association criteria.")
    c.flags, c.notes, c.either = flags, notes, [e for e in either if e not in flags]


def combos_for(meta: dict, constraints: dict) -> list[tuple[str, str, str]]:
    """(plan type, state, letter kind) triples a template can express under the constraints (incl. wanted defects)."""
    out = []
    wanted = constraints.get("defects") or []
    for plan in meta["plans"]:
        if constraints.get("plan_type") not in (None, plan):
            continue
        states = [s for s in (meta.get("states") or PLAN_STATES[plan]) if s in PLAN_STATES[plan]] or PLAN_STATES[plan]
        for state in states:
            if constraints.get("state") not in (None, state):
                continue
            for kind in meta["kinds"]:
                if constraints.get("letter_kind") not in (None, kind):
                    continue
                if all(applicable(d, plan, state, kind) for d in wanted if d in DEFECTS):
                    if all(_cat_ok(d, kind, constraints.get("denial_category")) for d in wanted if d in DEFECTS):
                        out.append((plan, state, kind))
    return out


def _cat_ok(defect: str, kind: str, cat: str | None) -> bool:
    need = DEFECTS[defect].get("cats")
    cats = set(KIND_CATS[kind]) if cat is None else {cat} & set(KIND_CATS[kind])
    return not need or bool(cats & set(need))


def build_case(rng: random.Random, seed: int, template: str, meta: dict, constraints: dict) -> Case:
    """Sample every fact of a letter for ``template`` (whose ``meta`` says which plans/kinds/states it fits)."""
    language = meta.get("language", "en")
    combos = combos_for(meta, constraints)
    if not combos:
        raise ValueError(f"template {template} cannot express {constraints}")
    plan, state, kind = rng.choice(combos)
    urgency = constraints.get("urgency")
    if urgency is None:
        can = kind in (
            "initial_denial",
            "partial_denial",
            "second_opinion_denial",
            "grievance_decision",
            "termination_notice",
        )
        urgency = "expedited" if can and rng.random() < 0.2 else "standard"
    wanted = constraints.get("defects")
    refused = set(meta.get("refuse_defects", ()))  # rule ids a template cannot word (it says why in its docstring)
    if wanted and refused & set(wanted):
        raise ValueError(f"template {template} cannot plant {sorted(refused & set(wanted))}")
    for _ in range(20):
        defects = choose_defects(rng, plan, state, kind, wanted)
        if refused and wanted is None:
            defects = [d for d in defects if d not in refused]
        if any(DEFECTS[d].get("urgent") for d in defects):
            urgency = "expedited"
        if any(DEFECTS[d].get("standard") for d in defects):
            if constraints.get("urgency") == "expedited":
                raise ValueError("notice.expedited_review is planted only in standard (non-urgent) letters")
            urgency = "standard"
        cats = _cats_for(defects, kind, constraints.get("denial_category"))
        if meta.get("cats"):  # only for templates that declare the categories they can word
            cats = [x for x in cats if x in meta["cats"]]
        if defects and any(d == "process.emergency_prior_auth" for d in defects):
            cats = ["no_prior_authorization"]
        if cats:
            break
        if wanted is not None:
            raise ValueError(f"defects {wanted} cannot be combined with {kind}/{constraints.get('denial_category')}")
    else:  # pragma: no cover
        raise ValueError("could not find a consistent category")
    category = rng.choice(cats)
    scen = pick_scenario(rng, category, defects, plan, meta.get("scenario_keys"))
    if (
        kind == "payment_denial"
        and category in ("no_prior_authorization", "out_of_network", "administrative", "not_covered")
        and "process.emergency_prior_auth" not in defects
        and "medicare.transition_period" not in defects
    ):
        scen = rng.choice(V.ROUTINE_PAY) if category != "not_covered" else scen
    if "medicare.transition_period" in defects:
        scen = next(s for s in V.SCENARIOS if s["key"] == "keytruda")
    region = rng.choice(V.REGIONS[state])
    c = Case(
        seed=seed,
        template=template,
        language=language,
        plan_type=plan,
        state=state,
        region=region,
        letter_kind=kind,
        urgency=urgency,
        category=category,
        scenario=scen,
        defects=defects,
    )
    if kind == "payment_denial":
        c.urgency = "standard"
    c.date_fmt = D.pick_format(rng, language)
    _dates(c, rng)
    c.member_name, first, last = person(rng)
    c.member_salute = rng.choice([f"{first} {last}", f"{first}", "Member"]) if rng.random() < 0.5 else c.member_name
    c.member_id = member_id(rng, region)
    if constraints.get("member_name"):  # callers (privacy tests) may name the member
        c.member_name = c.member_salute = str(constraints["member_name"])
    if constraints.get("member_id"):
        c.member_id = str(constraints["member_id"])
    c.member_addr = address(rng, state, region)
    # requesting provider
    pname, _, plast = person(rng, 0.15)
    if kind == "payment_denial" and (scen.get("key", "").startswith("er_") or rng.random() < 0.5):
        c.provider = (
            rng.choice(V.OUTSIDE_PROVIDERS)
            if category in ("out_of_network", "no_prior_authorization")
            else rng.choice(V.facilities(state, region))
        )
        if scen.get("key", "").startswith("er_"):
            c.provider = rng.choice(
                [
                    "Mesa Verde Regional Hospital",
                    "St. Aurelia Community Hospital",
                    "Bayview University Medical Center",
                    f"{rng.choice(V.cities(state, region))[0]} General Hospital",
                ]
            )
        c.provider_short = c.provider
    else:
        cred = rng.choice(["MD", "M.D.", "DO"])
        c.provider = rng.choice([f"{pname}, {cred}", f"Dr. {pname}", f"{pname}, {cred}"])
        c.provider_short = f"Dr. {plast}"
    if kind == "second_opinion_denial" and rng.random() < 0.5:
        c.provider = None  # the member asked
    if kind == "grievance_decision" and rng.random() < 0.35:
        c.provider = None
    c.provider_addr = address(rng, state, region)
    c.outside = rng.choice(V.outside_for(scen))
    _services(c, rng)
    _reviewer(c, rng)
    _criteria(c, rng)
    _appeal(c, rng)
    ms = V.MEMBER_SERVICES[region]
    c.phones = dict(
        ms=ms[0] if plan != "medicare_advantage" else V.SENIOR_ADVANTAGE_PHONE,
        tty=ms[1],
        fax=phone(rng, state),
        dept=phone(rng, state),
    )
    c.ids = dict(
        ref=ref_number(rng),
        claim=f"{rng.randint(10, 99)}{rng.randint(10**8, 10**9 - 1)}",
        group=f"{rng.randint(10**4, 10**6 - 1)}",
        auth=f"{rng.randint(10**7, 10**8 - 1)}",
        npi=f"1{rng.randint(10**8, 10**9 - 1)}",
        form=f"{rng.choice(['UM', 'MR', 'CL', 'GA'])}-{rng.randint(100, 999)}{rng.choice(['', 'A', 'B'])} ({rng.randint(1, 12):02d}/{rng.randint(20, 25)})",
    )
    spec = scen.get("alt_specialty") or scen.get("specialty") or "Internal Medicine"
    iname, _, ilast = person(rng, 0.2)
    c.innet = dict(
        name=f"{iname}, {rng.choice(['MD', 'M.D.', 'DO'])}",
        short=f"Dr. {ilast}",
        specialty=spec,
        facility=rng.choice(V.facilities(state, region)),
        appt=D.add_business(c.letter, rng.randint(2, 5)),
    )
    c.extra["employer"] = rng.choice(V.EMPLOYERS)
    c.extra["dob"] = dt.date(rng.randint(1938, 2012), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["year"] = (c.letter or dt.date(2026, 1, 1)).year
    c.extra["page"] = rng.randint(18, 96)
    c.extra["sec"] = rng.choice(["4.2", "5.1", "7", "8.3", "IX", "12.4"])
    c.extra["enroll"] = (c.service or c.received or c.letter) - dt.timedelta(days=rng.randint(20, 70))
    c.extra["planned"] = (c.letter + dt.timedelta(days=rng.randint(7, 40))) if rng.random() < 0.4 else None
    _flags(c)
    return c


def truth(c: Case, reason: str) -> dict:
    def iso(d):
        return d.isoformat() if d else None

    return {
        "id": f"sg-{c.seed:06d}",
        "seed": c.seed,
        "modeled_on": c.template,
        "template": c.template,
        "language": c.language,
        "insurer": "Kaiser Permanente",
        "region": c.region,
        "state": c.state,
        "plan_type": c.plan_type,
        "letter_kind": c.letter_kind,
        "urgency": c.urgency,
        "dates": {
            "letter": iso(c.letter),
            "request_received": iso(c.received),
            "decision": iso(c.decision),
            "service": iso(c.service),
        },
        "member": {"name": c.member_name, "id": c.member_id},
        "requesting_provider": c.provider,
        "services": [{"text": s["text"], "codes": list(s["codes"])} for s in c.services],
        "diagnoses": [{"text": d["text"], "codes": list(d["codes"])} for d in c.diagnoses],
        "denial_category": c.category,
        "denial_reason": reason,
        "reviewer": dict(c.reviewer) if c.reviewer else None,
        "criteria_cited": list(c.criteria),
        "stated_appeal_deadline_days": c.appeal_days,
        "expected_flags": list(c.flags),
        "either_way_flags": list(c.either),
        "defects": list(c.defects),
        "notes": "\n".join(c.notes)
        if c.notes
        else "Compliant sample: every element its plan type and state require is present.",
    }
