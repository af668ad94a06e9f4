"""Eighth blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND8_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind8_ma_dme_supply")``. Prose, headings, labels and layouts are written here; only text
real letters print word for word is shared (the DMHC statement and the language taglines from sections_en).

Dates use styles of their own: ISO ("2025-03-03"), two-digit years ("3/3/25", month first), "3rd of March, 2025",
"Monday, 3 March 2025", "2025/03/03", "03MAR2025", and in Spanish "3 de marzo de 2025", "lunes, 3 de marzo de 2025",
"03/03/2025" (day first) and "03-mar-2025". ``parse_blind8_date`` reads them all back (an all-number date with a
four-digit year after the slashes is day first; with a two-digit year it is month first).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import sections_en as E
from . import vocab as V
from .case import code_label
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_ABBR = [m[:3] for m in MONTHS]
_MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_WK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WK_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def b8date(d: dt.date, style: str) -> str:
    if style == "iso":  # 2025-03-03
        return d.isoformat()
    if style == "yy":  # 3/3/25
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "ord_of":  # 3rd of March, 2025
        return f"{_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"
    if style == "wk_dmy":  # Monday, 3 March 2025
        return f"{_WK_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "yslash":  # 2025/03/03
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmonU":  # 03MAR2025
        return f"{d.day:02d}{_ABBR[d.month - 1].upper()}{d.year}"
    if style == "es_de":  # 3 de marzo de 2025
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_wk":  # lunes, 3 de marzo de 2025
        return f"{_WK_ES[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_dmy":  # 03/03/2025 (day first)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es_abbr":  # 03-mar-2025
        return f"{d.day:02d}-{_MES_ABBR[d.month - 1]}-{d.year}"
    raise ValueError(style)


STYLES = ("iso", "yy", "ord_of", "wk_dmy", "yslash", "dmonU")
STYLES_ES = ("es_de", "es_wk", "es_dmy", "es_abbr")


def parse_blind8_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b8date``."""
    t = " ".join(text.split())
    m = re.fullmatch(r"(\d{4})[-/](\d{2})[-/](\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", t)
    if m:
        return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) of ([A-Z][a-z]+),? (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(?:[A-Z][a-z]+, )?(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{4})", t)
    if m:
        return dt.date(int(m[3]), [a.upper() for a in _ABBR].index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"(?:[a-záéíóú]+, )?(\d{1,2}) de ([a-zA-Z]+) de (\d{4})", t)
    if m:
        return dt.date(int(m[3]), MESES.index(m[2].lower()) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{2})-([a-z]{3})-(\d{4})", t)
    if m:
        return dt.date(int(m[3]), _MES_ABBR.index(m[2]) + 1, int(m[1]))
    return None


def _fmt(w: W, styles: list[str]) -> None:
    w.c.extra["b8_fmt"] = w.pick(styles)


def _fd(w: W, day: dt.date | None) -> str:
    return b8date(day, w.c.extra["b8_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


def _on(w: W, label: str | None, day: dt.date) -> str:
    """'on <date>' in English ('on the 3rd of March, 2025' for the ordinal style), marked when ``label`` is given."""
    t = M(label, _fd(w, day)) if label else _fd(w, day)
    return ("on the " if w.c.extra["b8_fmt"] == "ord_of" else "on ") + t


# --- shared small pieces ------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    """Lower-case the first letter of a service name unless it starts with an acronym or a brand."""
    if s[:2].isupper() or s.split(" ")[0] in ("OnabotulinumtoxinA", "Wegovy", "Humira"):
        return s
    return s[:1].lower() + s[1:]


def _denied(c) -> list[dict]:
    return c.denied_services() or c.services


def _names(c, conj: str = "and", low: bool = True) -> str:
    return join_and([_low(x["text"]) if low else x["text"] for x in _denied(c)], conj)


def _plural(c) -> bool:
    return len(_denied(c)) > 1


def _codes(w: W, s: dict, sep: str = ", ") -> str:
    return sep.join(w.code(x) for x in s["codes"])


def _svc_line(w: W, s: dict, shape: int) -> str:
    """A service with its codes (if any) in one of this set's printed shapes."""
    if not s["codes"]:
        return w.svc(s)
    cs, lab = _codes(w, s), code_label(s["codes"][0])
    return [f"{w.svc(s)} \u2014 {lab} {cs}", f"{cs} \u00b7 {w.svc(s)}", f"{w.svc(s)} [{lab}: {cs}]",
            f"{w.svc(s)} (procedure code {cs})"][shape]


def _dx(w: W, d: dict, shape: int) -> str:
    t = M("DIAGNOSIS", d["text"])
    if not d["codes"]:
        return t
    cs = ", ".join(M("ICD10", x) for x in d["codes"])
    return [f"{t} (ICD-10: {cs})", f"{cs} \u2013 {t}", f"{t} / {cs}"][shape]


def _dxs(w: W) -> str:
    shape = w.rng.randrange(3)
    return "; ".join(_dx(w, d, shape) for d in w.c.diagnoses)


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([54.0, 62.0, 72.0]),
               margin_t=w.pick([40.0, 48.0, 58.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _rev(w: W) -> tuple[str, str, str, str]:
    """Marked name, credentials, specialty (or plain title) and phone of the reviewer."""
    r = w.c.reviewer
    name = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return name, cred, spec, ph


def _show_rev(w: W, p: float) -> bool:
    c = w.c
    return c.reviewer is not None and ("process.reviewer_not_physician" in c.defects or w.chance(p))


def _nondisc_en(w: W) -> list[Block]:
    return [w.small(w.pick([
        "Kaiser Permanente complies with applicable federal civil rights laws and does not discriminate, exclude "
        "people or treat them differently because of race, color, national origin, age, disability, or sex. We "
        "provide free aids and services to people with disabilities and free language services to people whose "
        "primary language is not English.",
        "Nondiscrimination: we do not treat anyone differently because of race, color, national origin, age, "
        "disability or sex. Sign language interpreters, written information in other formats and interpreters for "
        "other languages are provided at no cost. To file a civil rights grievance, call Member Services.",
    ]), space_before=10)]


def _lang(w: W, heading: str) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.h(heading, space_before=6, size=9)] + E.taglines(w, heading=False)


_STATE = {"CA": "California", "CO": "Colorado", "GA": "Georgia", "HI": "Hawaii", "MD": "Maryland", "VA": "Virginia",
          "DC": "the District of Columbia", "OR": "Oregon", "WA": "Washington"}


# === 1. ERISA employer group plan: final internal appeal decision (outside California) ============================

_ERISA_KEYS = ["lumbar_fusion", "mri_lumbar", "bariatric", "blepharoplasty", "ivf", "knee_scope", "genetic_test",
               "hyperbaric", "scs", "cpap", "insulin_pump", "botox_migraine", "hip_replacement", "varicose",
               "cataract_premium", "speech_therapy", "prostate_proton", "capsule", "ct_perfusion", "semaglutide"]
_REGULATOR = {
    "CO": ("Colorado Division of Insurance", "303-894-7490"),
    "GA": ("Georgia Office of Commissioner of Insurance and Safety Fire", "1-800-656-2298"),
    "HI": ("Hawaii Insurance Division", "(808) 586-2790"),
    "MD": ("Maryland Insurance Administration", "1-800-492-6116"),
    "VA": ("Virginia State Corporation Commission, Bureau of Insurance", "1-877-310-6560"),
    "OR": ("Oregon Division of Financial Regulation", "1-888-877-4894"),
    "WA": ("Washington Office of the Insurance Commissioner", "1-800-562-6900"),
}


def reason_b8_erisa(w: W) -> str:
    """Why the appeal reviewer upheld the denial (plan voice, addressed to the claimant)."""
    c, s = w.c, w.c.scenario
    den, cat = _names(c), c.category
    verb = "were" if _plural(c) else "was"
    if cat == "medical_necessity":
        fact = w.pick(s.get("mn") or ["the records submitted do not show a medical need for this care at this time"])
        return w.pick([
            f"After reviewing the complete file, including the records submitted with your appeal, the reviewer "
            f"concluded that {fact}. {_cap(den)} therefore {'do' if _plural(c) else 'does'} not meet the Plan's "
            "definition of medically necessary care.",
            f"The appeal file shows that {fact}. Because of this, {den} {verb} not medically necessary for you, and "
            "the original denial remains in place.",
            f"{_cap(den)} {verb} denied as not medically necessary: {fact}. Nothing in the appeal changed that "
            "finding.",
        ])
    if cat == "experimental_investigational":
        fact = w.pick(s.get("exp") or ["the scientific evidence does not show that it improves health outcomes"])
        return w.pick([
            f"The Plan does not cover services that are experimental or investigational. For your condition, {den} "
            f"{verb} found to be investigational because {fact}.",
            f"{_cap(den)} {'are' if _plural(c) else 'is'} considered investigational for your diagnosis: {fact}. "
            "The Plan excludes experimental and investigational services.",
        ])
    if cat == "not_covered":
        fact = w.pick(s.get("nc") or ["this service is excluded under the Plan"])
        return w.pick([
            f"{_cap(den)} {'are' if _plural(c) else 'is'} not a covered benefit under your employer's Plan: {fact}.",
            f"The Plan's exclusions apply to {den}; {fact}. An exclusion cannot be waived on appeal.",
        ])
    return w.pick([
        f"{c.outside} is not a Kaiser Permanente network provider, and the Plan covers non-emergency care outside "
        f"the network only with an approved referral. No referral was approved, and {den} {verb} available from "
        "network providers.",
        f"You received or asked for {den} from {c.outside}, an out-of-network provider. The same care is available "
        "from Plan providers, and no exception to the network requirement applies.",
    ])


def _erisa_provision(w: W) -> str:
    c = w.c
    emp, sec, page, year = c.extra["employer"], c.extra["sec"], c.extra["page"], c.extra["year"]
    opts = {
        "medical_necessity": [f'Section {sec}, "Definitions \u2013 Medically Necessary," of the {emp} Group Health '
                              f"Plan document",
                              f'the {year} Summary Plan Description for the {emp} medical plan, "Medical Necessity '
                              f'Requirement" (page {page})'],
        "experimental_investigational": [f'the "Experimental or Investigational Services" exclusion, page {page} of '
                                         f"the {emp} Summary Plan Description",
                                         f"Article {sec} (Exclusions), paragraph on experimental and investigational "
                                         f"services, {emp} Group Health Plan"],
        "not_covered": [f'Article {sec}, "Limitations and Exclusions," of the {emp} Group Health Plan document',
                        f'the {year} Summary Plan Description for the {emp} medical plan, "What Is Not Covered" '
                        f"(page {page})"],
        "out_of_network": [f'the "Getting Care from Network Providers" provision of the {emp} plan booklet, page '
                           f"{page}",
                           f"Section {sec} (Out-of-Network Services) of the {emp} Summary Plan Description"],
    }[c.category]
    return w.pick(opts)


def t_b8_erisa(w: W):
    c = w.c
    _fmt(w, ["ord_of", "wk_dmy", "iso", "yslash", "ord_of"])
    st = _style(w, ["times", "helvetica"], [10.0, 10.5])
    cat = c.category
    fast = c.urgency == "expedited"
    entity = V.REGION_ENTITY[c.region][0]
    emp = c.extra["employer"]
    post = c.service is not None
    date_at_end = w.chance(0.6)
    no_ext = "notice.external_review" in c.defects
    no_cap = "notice.consumer_assistance" in c.defects
    insured = w.chance(0.5)
    regulator, reg_ph = _REGULATOR[c.state]
    st.footer = [w.pick(["Appeal " + c.ids["ref"] + " | page {page} of {pages}", "{page}/{pages}",
                         "Final Appeal Determination \u2013 Page {page}"])]
    st.footer_align = w.pick(["right", "left", "center"])
    if w.chance(0.5):
        st.header = [f"{c.member_name.split()[-1]} \u2013 appeal {c.ids['ref']}"]
    b: list[Block] = []
    dept = w.pick(["Member Appeals Unit", "Appeals and Claims Review", "Benefit Appeals Department",
                   "Group Appeals Coordination"])
    if w.chance(0.5):
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["Kaiser Permanente", dept, entity],
                       right=[", ".join(V.GRIEVANCE_ADDR[c.region][2:]), c.phones["ms"], M("REGION", c.region)]))
    else:
        b.append(w.p(f"KAISER PERMANENTE \u2013 {dept.upper()}", bold=True, size=12, space_before=0))
        b.append(w.p(f"{entity} \u00b7 {M('REGION', c.region)}", size=8.5, space_before=0))
        b.append(w.p(", ".join(V.GRIEVANCE_ADDR[c.region][1:]), size=8.5, space_before=0))
    if not date_at_end:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=14))
    if w.chance(0.5):
        b.append(w.p(w.pick(["SENT BY FIRST-CLASS MAIL", "By U.S. Mail and secure message on kp.org"]), size=8.5,
                     space_before=8))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    # the Re: block
    kind_txt = ("Post-service claim" if post else "Pre-service claim") + (" (urgent)" if fast else "")
    idlab = w.pick(["Member ID", "Health record no.", "Subscriber ID", "KP member number"])
    plan = w.pick([f"{emp} Employee Medical Plan (ERISA)", f"{emp} Group Health Plan, insured by {entity}",
                   f"Kaiser Permanente {_STATE[c.state]} large group HMO \u2013 {emp}"])
    re_shape = w.rng.randrange(2)
    if re_shape == 0:
        b.append(w.p(w.pick(["Re:  Final internal appeal decision", "RE:  DECISION ON YOUR APPEAL (FINAL LEVEL)",
                             "Re:  Notice of final adverse benefit determination on appeal"]),
                     bold=True, space_before=12))
        rows = [f"Claimant: {w.name()}", f"{idlab}: {w.mid()}", f"Plan: {M('PLAN_CUE', plan)}",
                f"Appeal no.: {c.ids['ref']}", f"Claim type: {kind_txt}"]
        if post:
            rows.append(f"Date of service: {_dm(w, 'DATE_SERVICE', c.service)}")
        if c.provider:
            rows.append(f"{'Provider' if post else 'Requesting provider'}: {w.prov()}")
        if c.received:
            rows.append(f"Appeal received: {_dm(w, 'DATE_RECEIVED', c.received)}")
        for r in rows:
            b.append(w.p(r, indent=28, space_before=0))
    else:
        t = (f"RE: {w.name()} \u00b7 {idlab} {w.mid()} \u00b7 {M('PLAN_CUE', plan)} \u00b7 Appeal #{c.ids['ref']} "
             f"\u00b7 {kind_txt}")
        if post:
            t += f" \u00b7 service date {_dm(w, 'DATE_SERVICE', c.service)}"
        b.append(w.p(t, bold=True, space_before=12))
    salute = w.pick([f"Dear {c.member_salute}:", f"Dear {w.name()}:", "Dear Plan Member:"])
    b.append(w.p(salute, space_before=12))
    intro = "We have finished reviewing the appeal"
    if re_shape == 1 and c.received:
        intro += f" that we received {_on(w, 'DATE_RECEIVED', c.received)}"
    intro += (" of the claim for" if post else " of the request for") + " the services below"
    if c.provider and re_shape == 1:
        intro += f" ({'billed by' if post else 'requested by'} {w.prov()})"
    intro += ". " + w.pick([
        "Your plan is sponsored by your employer and is governed by the Employee Retirement Income Security Act "
        "of 1974 (ERISA).",
        "Because your coverage comes through your employer, federal ERISA claims rules apply to this appeal.",
    ])
    if fast:
        intro += " You asked for an expedited review, and we handled your appeal as urgent."
    b.append(w.p(intro))
    shape = w.rng.randrange(4)
    bullet = w.pick(["-", "*", "\u2013", ">"])
    for s in c.services:
        b.append(w.p(bullet + " " + _svc_line(w, s, shape), indent=18, space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis on the claim: ", "Condition: ", "Diagnosis code(s) submitted: "]) + _dxs(w)
                     + ".", space_before=4))

    def decision() -> list[Block]:
        h = w.pick(["Appeal decision", "DECISION", "Our decision on review", "Outcome of your appeal"])
        t = w.pick([
            "After a full and fair review, we are upholding the denial. The services listed above remain not covered.",
            "The original decision is affirmed: the Plan will not cover the services listed above.",
            "We have decided to uphold our earlier adverse benefit determination. This is the final decision on "
            "your internal appeal.",
        ])
        if c.decision:
            t += f" The decision was made {_on(w, 'DATE_DECISION', c.decision)}."
        return [w.h(h, space_before=10), w.p(t)]

    def why() -> list[Block]:
        out = [w.h(w.pick(["Reason for the decision", "Why the denial was upheld", "Basis for our decision"]),
                   space_before=10), w.p(M("REASON", w.reason))]
        prov_ok = cat != "not_covered" or "notice.plan_provision" not in c.defects
        if prov_ok and (cat == "not_covered" or w.chance(0.75)):
            out.append(w.p(w.pick(["Plan provision relied on: ", "Plan terms: ", "This decision is based on "])
                           + M("PLAN_PROVISION", _erisa_provision(w)) + "."))
        if c.criteria:
            crit = "; ".join(w.crit(x) for x in c.criteria)
            out.append(w.p(w.pick([f"Clinical criteria used in the review: {crit}.",
                                   f"The reviewer applied the following clinical guideline(s): {crit}.",
                                   f"Criteria: {crit}."])))
        return out

    def reviewer() -> list[Block]:
        if not _show_rev(w, 0.85):
            return []
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        if not spec:
            t = f"Your appeal was reviewed by {nm}, {c.reviewer_title}."
        else:
            t = w.pick([
                f"Your appeal was decided by {nm}, a physician board certified in {spec}, who took no part in the "
                "first decision and is not the subordinate of anyone who did.",
                f"Appeal reviewer: {nm} ({spec}). This reviewer was not involved in the initial determination.",
            ])
        if ph:
            t += f" {w.pick(['Reviewer telephone:', 'To discuss the clinical review, call'])} {ph}."
        return [w.p(t)]

    order = w.rng.randrange(3)
    if order == 0:
        b += decision() + why() + reviewer()
    elif order == 1:
        b += decision() + reviewer() + why()
    else:
        b += why() + decision() + reviewer()
    b.append(w.p(w.pick([
        "Your right to documents. On request and free of charge, you may receive reasonable access to and copies of "
        "all documents, records and other information relevant to your claim, including the clinical criteria and "
        "any internal rule or guideline relied on.",
        "Free copies: you can ask us, at no cost, for copies of every document, record and guideline used in "
        "deciding your claim and appeal, and for the diagnosis and treatment codes and their meanings.",
    ]), space_before=10))
    # further rights
    b.append(w.h(w.pick(["What you can do next", "YOUR FURTHER RIGHTS", "If you still disagree"]), space_before=12))
    b.append(w.p("This letter completes the Plan's internal appeal process; no further internal appeal is "
                 "available."))
    if not no_ext:
        days = M("APPEAL_DAYS", c.appeal_phrase)
        if insured:
            t = (f"External review. You may request an external review of this decision by an independent review "
                 f"organization (IRO). File your request with the {regulator} ({reg_ph}) within {days} after you "
                 "receive this letter.")
        else:
            t = (f"External review. Because this decision involves medical judgment, you may ask that it be "
                 f"reviewed by an independent review organization (IRO) under the federal external review process. "
                 f"Send a written request to the appeals address above within {days} after you receive this "
                 "notice; we will forward it to the IRO.")
        t += (" There is no charge to you, and the IRO's decision is binding on the Plan. If your situation is "
              "urgent, you may ask for an expedited external review, which is decided within 72 hours.")
        b.append(w.p(t))
    b.append(w.p(w.pick([
        "Civil action. You have the right to bring a civil action under section 502(a) of ERISA after this adverse "
        "benefit determination on review.",
        "You also have the right to file a lawsuit under Section 502(a) of the Employee Retirement Income Security "
        "Act (ERISA) now that your internal appeal has been decided.",
    ])))
    if not no_cap:
        nm, ph = V.CONSUMER_ASSIST[c.state]
        b.append(w.p(w.pick([
            f"Questions about your rights? Contact the Employee Benefits Security Administration at 1-866-444-3272 "
            f"(askebsa.dol.gov) or the {nm} at {ph}.",
            f"Help is available: U.S. Department of Labor, Employee Benefits Security Administration, 1-866-444-3272; "
            f"{nm}, {ph}. You and your Plan may also have voluntary dispute resolution options such as mediation.",
        ])))
    # signature, date at the end in most letters
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,", "Regards,"]), space_before=14))
    sig = w.rng.randrange(3)
    if sig == 0:
        signer = w.pick(V.FIRST) + " " + w.pick(V.LAST)
        b.append(w.p(signer, space_before=10))
        b.append(w.p(w.pick(["Senior Appeals Consultant", "Appeals Program Manager"]) + f", {dept}", space_before=0))
    else:
        b.append(w.p(dept, space_before=10))
        b.append(w.p(entity, space_before=0))
    if date_at_end:
        b.append(w.p(w.pick(["Date: ", "Dated: ", "Date of this notice: "]) + _dm(w, "DATE_LETTER", c.letter),
                     space_before=8))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=6))
    b += _nondisc_en(w)
    b += _lang(w, w.pick(["Language assistance", "Help in other languages"]))
    return b, st, "erisa_final_appeal_signed_dated_end" if date_at_end else "erisa_final_appeal_dated_top"


# === 2. Medi-Cal Notice of Action written entirely in Spanish ====================================================

_ES_KEYS = ["mri_lumbar", "cpap", "home_health", "knee_scope", "varicose", "speech_therapy", "blepharoplasty",
            "hip_replacement", "home_oxygen", "botox_migraine"]
_SVC_ES = {  # code (or English text for uncoded lines): Spanish names
    "72148": ["Resonancia magnética de la columna lumbar sin contraste",
              "Imagen por resonancia magnética (IRM) de columna lumbar, sin material de contraste"],
    "E0601": ["Equipo de presión positiva continua en las vías respiratorias (CPAP)", "Aparato CPAP"],
    "A7030": ["Mascarilla facial completa para CPAP"],
    "G0299": ["Visitas de enfermería especializada en el hogar, 2 por semana durante 6 semanas",
              "Servicios de enfermería especializada a domicilio (12 visitas)"],
    "G0151": ["Visitas de fisioterapia en el hogar", "Servicios de fisioterapeuta a domicilio (8 visitas)"],
    "29881": ["Artroscopia de rodilla con meniscectomía medial"],
    "97110": ["Fisioterapia, ejercicios terapéuticos, 12 visitas", "Ejercicios terapéuticos (12 visitas)"],
    "97110/6": ["Fisioterapia, 6 visitas", "Ejercicio terapéutico (6 visitas)"],
    "36475": ["Ablación endovenosa por radiofrecuencia, primera vena"],
    "93971": ["Ecografía dúplex de las venas de la pierna", "Estudio dúplex de venas de una extremidad"],
    "92507": ["Terapia del habla, 24 visitas", "Tratamiento de trastornos del habla y del lenguaje (24 visitas)"],
    "92523": ["Evaluación de la producción de los sonidos del habla"],
    "15823": ["Blefaroplastia del párpado superior por exceso de piel"],
    "27130": ["Reemplazo total de cadera derecha", "Artroplastia total de cadera"],
    "Inpatient admission, 1 day": ["Hospitalización, 1 día"],
    "E1390": ["Concentrador de oxígeno estacionario"],
    "E0431": ["Sistema portátil de oxígeno gaseoso, alquiler"],
    "J0585": ["Inyección de onabotulinumtoxinA (Botox), 155 unidades"],
    "64615": ["Quimiodenervación muscular para migraña crónica"],
    "99214": ["Consulta en clínica, paciente establecido, 30 minutos"],
    "99243": ["Consulta de seguimiento", "Consulta con especialista, complejidad moderada"],
}
_DX_ES = {
    "M54.50": "Dolor lumbar", "M54.32": "Ciática, lado izquierdo", "G47.33": "Apnea obstructiva del sueño",
    "I50.9": "Insuficiencia cardíaca, no especificada", "M62.81": "Debilidad muscular generalizada",
    "M17.11": "Artrosis primaria de la rodilla derecha",
    "S83.241A": "Desgarro del menisco medial de la rodilla derecha, lesión actual",
    "I83.811": "Várices de la pierna derecha con dolor",
    "F80.9": "Trastorno del desarrollo del habla y del lenguaje, no especificado", "F80.0": "Trastorno fonológico",
    "H02.831": "Dermatocalasia del párpado superior derecho", "H02.834": "Dermatocalasia del párpado superior izquierdo",
    "M16.11": "Artrosis primaria de la cadera derecha",
    "J44.9": "Enfermedad pulmonar obstructiva crónica (EPOC), no especificada",
    "G43.709": "Migraña crónica sin aura, no intratable",
}
_SPEC_ES = {
    "Internal Medicine": "Medicina Interna", "Family Medicine": "Medicina Familiar",
    "Orthopedic Surgery": "Cirugía Ortopédica", "Neurology": "Neurología", "Cardiology": "Cardiología",
    "Psychiatry": "Psiquiatría", "General Surgery": "Cirugía General", "Oncology": "Oncología",
    "Physical Medicine and Rehabilitation": "Medicina Física y Rehabilitación",
    "Emergency Medicine": "Medicina de Urgencias", "Pediatrics": "Pediatría", "Sleep Medicine": "Medicina del Sueño",
    "Pulmonology": "Neumología", "Sports Medicine": "Medicina Deportiva", "Vascular Surgery": "Cirugía Vascular",
    "Interventional Radiology": "Radiología Intervencionista", "Developmental Pediatrics": "Pediatría del Desarrollo",
    "Joint Replacement Surgery": "Cirugía de Reemplazo Articular", "Geriatric Medicine": "Geriatría",
    "Pulmonary and Critical Care Medicine": "Neumología y Medicina Crítica", "Headache Medicine": "Cefaleas",
    "Ophthalmology": "Oftalmología", "Oculoplastic Surgery": "Cirugía Oculoplástica",
}
_MN_ES = {
    "mri_lumbar": ["sus expedientes no muestran señales de alarma, como debilidad nueva o pérdida del control de la "
                   "vejiga, ni seis semanas de tratamiento conservador antes de pedir el estudio"],
    "cpap": ["el estudio del sueño que recibimos muestra 4 pausas respiratorias por hora, por debajo del nivel que "
             "se requiere para cubrir el equipo"],
    "home_health": ["usted puede salir de su casa para ir a sus citas sin un esfuerzo considerable, por lo que no se "
                    "considera confinado en el hogar",
                    "las notas más recientes muestran que ya no necesita cuidados de enfermería especializada"],
    "knee_scope": ["las radiografías muestran artrosis moderada, y la artroscopia no alivia el dolor de rodilla "
                   "causado por la artrosis", "todavía no ha recibido un tratamiento de fisioterapia para la rodilla"],
    "varicose": ["la ecografía muestra un reflujo de 0.3 segundos y el tratamiento requiere un reflujo mayor de 0.5 "
                 "segundos", "no ha usado medias de compresión con receta durante 3 meses"],
    "speech_therapy": ["las notas de progreso muestran que su hijo o hija ya alcanzó las metas del tratamiento y "
                       "habla al nivel esperado para su edad"],
    "blepharoplasty": ["las fotografías y la prueba de campo visual no muestran que el párpado le tape la vista"],
    "hip_replacement": ["las radiografías muestran un estrechamiento leve de la articulación y usted no ha probado "
                        "fisioterapia ni inyecciones"],
    "home_oxygen": ["su saturación de oxígeno en reposo fue de 93 por ciento sin oxígeno, y eso no cumple con el "
                    "nivel requerido para oxígeno en casa"],
    "botox_migraine": ["su diario de dolores de cabeza muestra 9 días de migraña al mes, y para la migraña crónica "
                       "se requieren 15 o más"],
}
_NC_ES = {
    "varicose": ["el tratamiento de venas pequeñas por razones de apariencia es cosmético y Medi-Cal no lo cubre"],
    "speech_therapy": ["la terapia pedida es de tipo educativo y le corresponde al distrito escolar por medio del "
                       "plan de educación individualizado (IEP)"],
    "blepharoplasty": ["la cirugía de párpados para mejorar la apariencia es cosmética y no es un beneficio "
                       "cubierto"],
}


def _es_setup(w: W) -> None:
    """Print the services, diagnoses and reviewer specialty of this Spanish letter in Spanish (truth follows)."""
    c = w.c
    if c.extra.get("b8_es"):
        return
    c.extra["b8_es"] = True
    for s in c.services:
        key = s["codes"][0] if s["codes"] else s["text"]
        if key == "97110" and "6 visits" in s["text"]:
            key = "97110/6"
        if key in _SVC_ES:
            s["text"] = w.pick(_SVC_ES[key])
    for d in c.diagnoses:
        if d["codes"] and d["codes"][0] in _DX_ES:
            d["text"] = _DX_ES[d["codes"][0]]
    r = c.reviewer
    if r and r["specialty"]:
        r["specialty"] = _SPEC_ES.get(r["specialty"])


def reason_b8_es(w: W) -> str:
    """Por qué se negó, modificó o terminó el servicio (voz del plan, en español)."""
    _es_setup(w)
    c = w.c
    key, cat = c.scenario.get("key", ""), c.category
    den = join_and([_low(x["text"]) for x in _denied(c)], "y")
    pl = _plural(c)
    if "notice.reason_specific" in c.defects:
        return w.pick(["No es médicamente necesario.", "No cumple con los criterios.",
                       "Servicio no cubierto." if cat == "not_covered" else "Falta de necesidad médica."])
    if cat == "out_of_network":
        return w.pick([
            f"{c.outside} no forma parte de la red de Kaiser Permanente, y {den} se puede{'n' if pl else ''} "
            "recibir con médicos del plan cerca de usted.",
            f"Usted pidió recibir {den} con {c.outside}, un proveedor fuera de la red. Los especialistas de Kaiser "
            "Permanente ofrecen esta misma atención, por eso no aprobamos la referencia fuera de la red.",
        ])
    if cat == "not_covered":
        fact = w.pick(_NC_ES.get(key) or ["este servicio no es un beneficio cubierto por su plan de Medi-Cal"])
        return w.pick([f"No podemos cubrir {den} porque {fact}.",
                       f"{_cap(den)} no {'están cubiertos' if pl else 'está cubierto'}: {fact}."])
    fact = w.pick(_MN_ES.get(key) or ["la información clínica que recibimos no muestra que lo necesite ahora"])
    if c.letter_kind == "termination_notice":
        return w.pick([f"Vamos a terminar la cobertura de {den} porque {fact}.",
                       f"Revisamos el plan de tratamiento más reciente y encontramos que {fact}. Por eso {den} ya no "
                       f"{'son' if pl else 'es'} médicamente necesario{'s' if pl else ''}."])
    if c.letter_kind == "partial_denial":
        ok = join_and([_low(x["text"]) for x in c.services if x["decision"] == "approved"], "y")
        return f"Aprobamos {ok}, pero no aprobamos {den} porque {fact}."
    return w.pick([f"Negamos {den} porque {fact}.",
                   f"Un médico del plan revisó sus expedientes y encontró que {fact}. Por esta razón, {den} no "
                   f"{'son' if pl else 'es'} médicamente necesario{'s' if pl else ''} en este momento."])


def _es_provision(w: W) -> str:
    c = w.c
    return w.pick([
        f'el Manual para Miembros de Medi-Cal (Evidencia de Cobertura) de {c.extra["year"]}, sección '
        f'"Servicios que no cubre nuestro plan", página {c.extra["page"]}',
        "el Título 22 del Código de Regulaciones de California, sección 51303",
        f'la sección {c.extra["sec"]} ("Exclusiones") de su Manual para Miembros de Medi-Cal',
    ])


def t_b8_es(w: W):
    c = w.c
    _fmt(w, list(STYLES_ES) + ["es_de"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    kind, cat = c.letter_kind, c.category
    fast = c.urgency == "expedited"
    term = kind == "termination_notice"
    partial = kind == "partial_denial"
    no_cont = "notice.continuation_of_benefits" in c.defects
    entity = V.REGION_ENTITY[c.region][0]
    eff = D.add_business(c.letter, w.rng.randint(10, 13))
    ms, tty = c.phones["ms"], c.phones["tty"]
    days = M("APPEAL_DAYS", c.appeal_phrase)
    st.footer = [w.pick(["Página {page} de {pages}", "Aviso " + c.ids["ref"] + " \u2013 {page}/{pages}",
                         "NOA-ES \u00b7 {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    if w.chance(0.5):
        b.append(Block("letterhead", logo=w.pick(["bars", "ring"]), size=9,
                       left=["Kaiser Permanente", "Programa Medi-Cal", entity],
                       right=[M("REGION", c.region), f"Servicios a los Miembros {ms}", f"TTY {tty}"]))
    else:
        b.append(w.p("Kaiser Permanente \u00b7 " + M("REGION", c.region), bold=True, size=12, space_before=0))
        b.append(w.p(f"{entity} \u2013 Servicios a los Miembros {ms} (TTY {tty})", size=8.5, space_before=0))
    b.append(w.p(M("PLAN_CUE", w.pick(["Plan de atención administrada de Medi-Cal de Kaiser Permanente",
                                       "Kaiser Permanente \u2013 Medi-Cal", "Miembro de Medi-Cal de KP"])),
                 size=8.5, space_before=2))
    action = "TERMINACIÓN" if term else ("MODIFICACIÓN" if partial else "NEGACIÓN")
    b.append(w.p(w.pick([f"AVISO DE ACCIÓN \u2013 {action} DE SERVICIOS",
                         f"Aviso de acción: {action.capitalize()} de la solicitud",
                         f"AVISO DE ACCIÓN (NOA) \u00b7 {action}"]), bold=True, size=12.5, align="center",
                 space_before=12))
    b.append(w.p(w.pick(["Aviso de determinación adversa de beneficios",
                         "Sobre los servicios que recibe" if term else "Sobre su solicitud de servicios médicos"]),
                 italic=True, size=9, align="center",
                 space_before=1))
    if fast:
        b.append(w.p("DECISIÓN RÁPIDA (URGENTE)", bold=True, size=9, align="center", space_before=2))
    idlab = w.pick(["Número de miembro", "N.º de historia clínica", "CIN / N.º de miembro", "Número de expediente"])
    right = [f"{w.pick(['Fecha', 'Fecha del aviso', 'Fecha de envío'])}: {_dm(w, 'DATE_LETTER', c.letter)}",
             f"{idlab}: {w.mid()}", f"N.º de referencia: {c.ids['ref']}"]
    if c.provider:
        right.append(f"{w.pick(['Proveedor', 'Médico que lo pidió', 'Proveedor solicitante'])}: {w.prov()}")
    b.append(Block("twocol", left=[f"**{w.name()}"] + c.member_addr, right=right, space_before=12, size=9))
    salute = c.member_salute if c.member_salute != "Member" else "miembro"
    b.append(w.p(w.pick([f"Estimado(a) {salute}:", f"Estimado(a) {w.name()}:", "Estimado miembro:"]),
                 space_before=12))
    # what happened
    svcs = join_and([_low(s["text"]) for s in c.services], "y")
    if term:
        t = (f"Este aviso es para informarle que Kaiser Permanente va a terminar {_names(c, 'y')} a partir del "
             f"{b8date(eff, c.extra['b8_fmt'])}.")
        if c.service:
            t += f" Usted recibe este servicio desde el {_dm(w, 'DATE_SERVICE', c.service)}."
        if c.received:
            t += f" Recibimos el informe más reciente de su proveedor el {_dm(w, 'DATE_RECEIVED', c.received)}."
    else:
        t = "Kaiser Permanente recibió una solicitud de " + svcs
        if c.provider:
            t += f" de parte de {w.prov()}"
        if c.received:
            t += f" el {_dm(w, 'DATE_RECEIVED', c.received)}"
        t += "."
        t += " Hemos " + ("modificado" if partial else "negado") + " esta solicitud."
    if c.decision:
        t += f" La decisión se tomó el {_dm(w, 'DATE_DECISION', c.decision)}."
    b.append(w.p(t))
    # service table
    shape = w.rng.randrange(2)
    head = w.pick([["Servicio", "Código", "Decisión"],
                   ["Servicio actual" if term else "Lo que se pidió", "Código", "Resultado"]])
    rows = [head]
    for s in c.services:
        res = ("Aprobado" if s["decision"] == "approved" else
               ("Termina" if term else w.pick(["Negado", "No aprobado"])))
        cs = _codes(w, s) if s["codes"] else "\u2014"
        rows.append([w.svc(s), cs, res] if shape == 0 else [w.svc(s), cs, res.upper()])
    b.append(Block("table", rows=rows, header_row=True, space_before=6))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnóstico: ", "Condición médica: "]) + _dxs(w) + ".", space_before=4))
    b.append(w.h(w.pick(["Motivo de la decisión", "¿Por qué tomamos esta decisión?", "RAZÓN"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Criterios utilizados: ", "Usamos estas guías clínicas: ", "Esta decisión se basó en: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if cat == "not_covered" and "notice.plan_provision" not in c.defects:
        b.append(w.p("Regla de cobertura: " + M("PLAN_PROVISION", _es_provision(w)) + "."))
    if cat == "out_of_network":
        if "network.no_timely_in_network_alternative" in c.defects:
            b.append(w.p("Pida a su médico de atención primaria una referencia dentro de la red."))
        else:
            i = c.innet
            esp = _SPEC_ES.get(i["specialty"], "la especialidad indicada")
            b.append(w.p(f"Opción dentro de la red: {i['name']} ({esp}), {i['facility']}. Le reservamos una cita el "
                         f"{b8date(i['appt'], c.extra['b8_fmt'])}; llame al {c.phones['dept']} para confirmarla o "
                         "cambiarla."))
    if _show_rev(w, 0.75):
        name, cred, spec, ph = _rev(w)
        r = c.reviewer
        if r["specialty"] is None and "process.reviewer_not_physician" in c.defects:
            title = {"Utilization Review Coordinator": "Coordinador(a) de Revisión de Utilización",
                     "Utilization Management Specialist": "Especialista en Administración de Utilización",
                     "Utilization Review Nurse": "Enfermero(a) de Revisión de Utilización",
                     "Authorization Coordinator": "Coordinador(a) de Autorizaciones",
                     "Care Review Analyst": "Analista de Revisión de Atención"}.get(c.reviewer_title, "Revisor(a)")
            t = f"Revisó su solicitud: {name}" + (f", {cred}" if cred else "") + f", {title}."
        else:
            t = w.pick([f"Esta decisión la tomó {name}" + (f", {cred}" if cred else "")
                        + (f", especialista en {spec}" if spec else "") + ".",
                        "Médico revisor: " + name + (f", {cred}" if cred else "") + (f" ({spec})" if spec else "")
                        + "."])
        if ph:
            t += f" Su médico puede hablar con el revisor al {ph}."
        b.append(w.p(t))
    b.append(w.p("Usted puede pedir gratis copias de los documentos, expedientes y criterios que usamos para tomar "
                 "esta decisión.", size=9))
    # rights
    b.append(w.h(w.pick(["SUS DERECHOS", "Sus derechos si no está de acuerdo", "Qué puede hacer"]), space_before=12,
                 shade=w.chance(0.5)))
    n = 1
    b.append(w.p(f"{n}. Apelación con Kaiser Permanente. Tiene {days} a partir de la fecha de este aviso para "
                 f"pedir una apelación. Llame al {ms} (TTY {tty}), presente la apelación en kp.org o escriba a "
                 f"{', '.join(V.GRIEVANCE_ADDR[c.region])}. Le enviaremos nuestra decisión por escrito dentro de "
                 "30 días."))
    n += 1
    b.append(w.p(f"{n}. Apelación rápida. Si esperar 30 días puede poner en grave peligro su vida, su salud o su "
                 "capacidad de recuperar el funcionamiento máximo, pida una apelación rápida. La decidiremos en un "
                 "plazo de 72 horas.", space_before=4))
    n += 1
    if not no_cont:
        b.append(w.p(f"{n}. Ayuda pagada pendiente (seguir recibiendo el servicio). Si ya recibe este servicio y "
                     "quiere seguir recibiéndolo mientras se decide su apelación, debe pedir la apelación dentro de 10 "
                     f"días a partir de la fecha de este aviso o antes del {b8date(eff, c.extra['b8_fmt'])}, lo que "
                     "ocurra después. Así seguirá recibiendo el servicio hasta que se tome una decisión sobre su "
                     "apelación.", space_before=4))
        n += 1
    b.append(w.p(f"{n}. Revisión Médica Independiente (IMR). Si no está de acuerdo con nuestra decisión sobre su "
                 "apelación, o si no la decidimos a tiempo, puede pedir una IMR al Departamento de Atención Médica "
                 "Administrada (DMHC). Unos médicos que no trabajan para Kaiser Permanente revisan su caso sin costo "
                 "para usted.", space_before=4))
    n += 1
    b.append(w.p(f"{n}. Audiencia estatal. Después de la apelación, también puede pedir una audiencia estatal al "
                 "Departamento de Servicios Sociales de California (CDSS) dentro de 120 días a partir de la fecha de "
                 "nuestra decisión sobre su apelación. Llame al 1-800-743-8525 (TTY 1-800-952-8349) o escriba a "
                 "California Department of Social Services, State Hearings Division. Si pide una audiencia estatal "
                 "primero, ya no podrá pedir una IMR.", space_before=4))
    b.append(w.p("Ayuda gratuita: Oficina del Ombudsman de Atención Administrada de Medi-Cal, 1-888-452-8609; "
                 "Health Consumer Alliance, 1-888-804-3536. Puede pedir que un familiar, amigo o abogado lo "
                 "represente.", space_before=6))
    if "notice.dmhc_statement" not in c.defects:
        b.append(w.p(
            "El Departamento de Atención Médica Administrada de California (DMHC) regula los planes de salud. Si "
            f"tiene una queja contra su plan de salud, primero llame a su plan al {ms} (TTY {tty}) y use su proceso "
            "de quejas antes de comunicarse con el departamento. Usar este proceso no le quita ningún derecho ni "
            "recurso legal. Si necesita ayuda con una queja sobre una emergencia, una queja que su plan no resolvió "
            "de forma satisfactoria o una queja que lleva más de 30 días sin resolverse, puede llamar al "
            "departamento. También puede calificar para una Revisión Médica Independiente (IMR). El departamento "
            f"tiene un número gratuito ({E.DMHC_PHONE}) y una línea TDD ({E.DMHC_TDD}) para personas con problemas "
            f"de audición o del habla. En su sitio web {E.DMHC_WEB} hay formularios de queja y de IMR e "
            "instrucciones.", bold=True, size=9.5, boxed=w.chance(0.6), space_before=10))
    b.append(w.p(w.pick(["Atentamente,", "Cordialmente,"]), space_before=12))
    b.append(w.p(w.pick(["Departamento de Administración de Utilización", "Servicios de Revisión Médica",
                         "Unidad de Autorizaciones de Medi-Cal"]), space_before=8))
    b.append(w.p(entity, space_before=0))
    if c.provider:
        b.append(w.small(f"Copia: {w.prov()}", space_before=4))
    b.append(w.small("Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por raza, "
                     "color, origen nacional, edad, discapacidad ni sexo. Ofrecemos gratis intérpretes y materiales "
                     "en otros formatos. Llame a Servicios a los Miembros.", space_before=10))
    b += _lang(w, w.pick(["Servicios de idiomas sin costo", "Ayuda en su idioma"]))
    return b, st, "medi_cal_noa_spanish"


# === 3. California HMO: outside second opinion / out-of-network specialist referral not approved ==================

_SO_KEYS = ["glioma_second", "cardiac_second", "breast_cancer", "prostate_proton", "lumbar_fusion", "knee_scope",
            "hip_replacement"]


def reason_b8_so(w: W) -> str:
    """Why the outside second opinion or referral was not approved (plan voice)."""
    c, s = w.c, w.c.scenario
    cond = s.get("condition", "your condition")
    spec = c.innet.get("specialty", "the same specialty")
    if c.category == "second_opinion":
        if "second_opinion.eligible_denied" in c.defects:
            return w.pick([
                f"Your treating physician has already evaluated your {cond} and recommended a plan of care that "
                "follows Kaiser Permanente guidelines. Another opinion would not change the recommended treatment, "
                "so a second opinion is not medically necessary.",
                f"The opinion of your current physician about your {cond} is sufficient. The recommended treatment "
                "is standard care, and a second opinion would reach the same conclusion.",
            ])
        return w.pick([
            f"{c.outside} is not part of the Kaiser Permanente network. Plan physicians in {spec} who have the "
            f"training and experience to give a second opinion on {cond} are available to you, so we authorized "
            "your second opinion with a Plan physician instead of the outside provider.",
            f"You are entitled to a second opinion, and we have approved one. We did not approve it at {c.outside} "
            f"because an appropriately qualified Plan specialist in {spec} can see you; care outside the network is "
            "authorized only when no qualified Plan physician is available.",
        ])
    den = _names(c)
    return w.pick([
        f"You were referred to {c.outside} for {den}. {c.outside} does not contract with Kaiser Permanente, and this "
        "care is available from Plan specialists within the time frames California law requires, so the outside "
        "referral was not approved.",
        f"{_cap(den)} can be provided by Kaiser Permanente specialists. Your plan covers care from an "
        f"out-of-network provider such as {c.outside} only when the Plan cannot provide the care, and that is not "
        "the case here.",
    ])


def t_b8_so(w: W):
    c = w.c
    _fmt(w, ["yy", "wk_dmy", "ord_of", "yslash", "iso"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    so = c.category == "second_opinion"
    fast = c.urgency == "expedited"
    refused = "second_opinion.eligible_denied" in c.defects
    no_offer = refused or "network.no_timely_in_network_alternative" in c.defects
    entity, group = V.REGION_ENTITY[c.region]
    cond = c.scenario.get("condition", "your condition")
    days = M("APPEAL_DAYS", c.appeal_phrase)
    i = c.innet
    st.footer = [w.pick(["{page} of {pages}", "Referral " + c.ids["auth"] + " \u00b7 p. {page}",
                         "KP-SO-{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    dept = w.pick(["Referral Coordination Center", "Outside Services Authorization", "Member Referral Services",
                   "Specialty Referral Office"])
    b: list[Block] = [Block("letterhead", logo=w.pick(["rays", "ring", "bars"]), size=9,
                            left=["Kaiser Permanente", dept, f"{group}"],
                            right=[M("REGION", c.region), f"Tel {c.phones['dept']}", f"Fax {c.phones['fax']}"])]
    # member info block, to the right (sidebar) or in a box
    idlab = w.pick(["MRN", "Medical record number", "Member #", "Health record #"])
    info = [f"{w.pick(['Date', 'Letter date', 'Mailed'])}: {_dm(w, 'DATE_LETTER', c.letter)}",
            f"{idlab}: {w.mid()}", f"Referral #: {c.ids['auth']}"]
    if c.provider:
        info.append(f"{w.pick(['Referring physician', 'Requested by', 'Treating doctor'])}: {w.prov()}")
    if c.received:
        info.append(f"{w.pick(['Request received', 'Received'])}: {_dm(w, 'DATE_RECEIVED', c.received)}")
    if c.decision:
        info.append(f"{w.pick(['Decision date', 'Decided'])}: {_dm(w, 'DATE_DECISION', c.decision)}")
    info.append("Review: " + ("urgent (expedited)" if fast else "routine"))
    plan = w.pick(["Kaiser Permanente Traditional HMO Plan", "KP Platinum 90 HMO (Covered California)",
                   "Kaiser Permanente Deductible HMO \u2013 employer group"])
    lay = w.rng.randrange(2)
    if lay == 0:
        left = [f"**{w.name()}"] + c.member_addr + ["", M("PLAN_CUE", plan)]
        b.append(Block("twocol", left=left, right=info, space_before=14, size=9, col_align=["left", "left"]))
    else:
        b.append(w.p(w.name(), space_before=14))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p("  |  ".join([f"Member: {w.name()}"] + info + [M("PLAN_CUE", plan)]), size=8.5, boxed=True,
                     space_before=10))
    title = (w.pick(["Your request for a second opinion", "SECOND OPINION REQUEST \u2013 DECISION",
                     "Decision about an outside second opinion"]) if so else
             w.pick(["Your referral to a non-Plan provider", "OUTSIDE REFERRAL REQUEST \u2013 NOT APPROVED",
                     "Decision about your out-of-network referral"]))
    b.append(w.p(title, bold=True, size=12, space_before=12))
    if fast:
        b.append(w.p("This request was reviewed on an urgent basis.", italic=True, size=9, space_before=1))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {w.name()}:"]), space_before=10))
    n = [0]

    def sec(label: str) -> Block:
        n[0] += 1
        return w.h(f"{n[0]}. {label}", space_before=10)

    shape = w.rng.randrange(4)
    b.append(sec(w.pick(["What was requested", "Your request", "The request we reviewed"])))
    who = f"{w.prov()} asked" if c.provider else "You asked"
    if so:
        t = f"{who} for a second opinion about your {cond} from {c.outside}, which is not a Plan provider."
    else:
        t = f"{who} for a referral to {c.outside}, an out-of-network provider, for the care below."
    b.append(w.p(t))
    for s in c.services:
        b.append(w.p(("Regarding: " if so else "\u2013 ") + _svc_line(w, s, shape), indent=16, space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses listed: "]) + _dxs(w) + ".", space_before=3))
    b.append(sec(w.pick(["Our decision", "Decision", "What we decided"])))
    if so and not refused:
        t = ("We approved a second opinion with a Plan physician. We did not approve the second opinion at "
             f"{c.outside}.")
    elif so:
        t = "Your request for a second opinion is denied."
    else:
        t = f"The referral to {c.outside} is not approved."
    b.append(w.p(t))
    b.append(sec(w.pick(["Why", "Reason for our decision", "The reason"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p("Criteria used: " + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if so and not refused and w.chance(0.65):
        b.append(w.p(w.pick([
            "Our policy: under California Health and Safety Code section 1383.15 and the \"Second Opinions\" "
            "section of your Evidence of Coverage, you may get a second opinion from an appropriately qualified "
            "Plan physician of your choice in the same or an equivalent specialty; a non-Plan physician is "
            "authorized only when no qualified Plan physician is available.",
            "This follows our second opinion policy (Health and Safety Code section 1383.15; Evidence of Coverage, "
            "\"Getting a Second Opinion\"). State law requires us to give you our timelines for answering "
            "second-opinion requests if you ask for them.",
        ])))
    if not no_offer:
        b.append(sec(w.pick(["Your in-network option", "Care available within Kaiser Permanente",
                             "Your appointment with a Plan specialist"])))
        b.append(w.p(f"{i['name']}, {i['specialty']}, {i['facility']}. An appointment is held for you "
                     f"{_on(w, None, i['appt'])}. To confirm, change or choose another Plan physician, call "
                     f"{c.phones['dept']}. You pay only your usual office visit cost share."))
    elif not so:
        b.append(w.p("Please talk with your Plan doctor about a referral to a Plan specialist."))
    if _show_rev(w, 0.8):
        b.append(sec(w.pick(["Who reviewed your request", "Reviewer"])))
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        t = (f"{nm} ({spec}) reviewed this request." if spec else f"{nm}, {c.reviewer_title}, reviewed this request.")
        if ph:
            t += f" Your doctor may call {ph} to discuss it."
        b.append(w.p(t))
    b.append(sec(w.pick(["If you disagree", "Your right to file a grievance", "Appeal rights"])))
    b.append(w.p(f"You may file a grievance (appeal) with Kaiser Permanente within {days} after the date of this "
                 f"letter. Call {c.phones['ms']} (TTY {c.phones['tty']}), file at kp.org, or write to "
                 f"{', '.join(V.GRIEVANCE_ADDR[c.region])}. If your health is in serious danger, ask for an "
                 "expedited grievance; we will decide it within 72 hours, and you may contact the Department of "
                 "Managed Health Care right away."))
    b.append(w.p("Independent Medical Review (IMR): if the grievance is denied or not resolved within 30 days, you "
                 "may ask the Department of Managed Health Care for an IMR. It costs you nothing, and Kaiser "
                 "Permanente must follow the IMR decision."))
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST["CA"]
        b.append(w.p(f"Free help with your grievance: {nm}, {ph}."))
    b += E.dmhc_statement(w, boxed=w.chance(0.5))
    b.append(w.p(w.pick(["Sincerely,", "Take care,"]), space_before=10))
    b.append(w.p(dept, space_before=8))
    b.append(w.p(f"{group} \u00b7 {entity}", space_before=0, size=8.5))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=4))
    b += _nondisc_en(w)
    b += _lang(w, w.pick(["Language help at no cost", "Interpreter services"]))
    return b, st, "ca_second_opinion_sidebar_numbered" if lay == 0 else "ca_second_opinion_boxed_numbered"


# === 4. Medicare Advantage: durable medical equipment and supplies =================================================

_DME_KEYS = ["cpap", "power_wheelchair", "home_oxygen", "insulin_pump"]
_DME: dict[str, dict] = {
    "cpap": dict(
        spec="Sleep Medicine",
        lines={"E0601": (["Continuous positive airway pressure (CPAP) device", "CPAP machine"], ["RR", "NU"], [1]),
               "A7030": (["Full face mask used with CPAP, each", "CPAP full face mask"], ["NU"], [1]),
               "A7037": (["Tubing used with positive airway pressure device"], ["NU"], [1]),
               "A7038": (["Filter, disposable, used with positive airway pressure device"], [], [6, 8])},
        dx=[(["Obstructive sleep apnea (adult) (pediatric)", "Obstructive sleep apnea"], "G47.33")],
        initial=[["E0601"], ["E0601", "A7030"], ["E0601", "A7030", "A7037"]],
        mn=["the home sleep test shows an apnea-hypopnea index of 4 events per hour, and Medicare requires at least 5 "
            "with symptoms, or 15 without",
            "the records do not include the face-to-face clinical evaluation that must take place before the sleep "
            "test"],
        partial=(["E0601", "A7030"], ["A7038"]),
        pmn=["the quantity of disposable filters asked for is more than the 2 per month that the Medicare supply "
             "schedule allows"],
        rules=["Medicare National Coverage Determination (NCD) 240.4 Continuous Positive Airway Pressure (CPAP) "
               "Therapy for Obstructive Sleep Apnea",
               "Local Coverage Determination (LCD) L33718 Positive Airway Pressure (PAP) Devices for the Treatment of "
               "Obstructive Sleep Apnea"],
        internal="Kaiser Permanente DME Guideline: Positive Airway Pressure Devices"),
    "power_wheelchair": dict(
        spec="Physical Medicine and Rehabilitation",
        lines={"K0823": (["Power wheelchair, group 2 standard, captain's chair", "Power wheelchair, group 2"],
                         ["KX", "NU"], [1]),
               "E2601": (["General use wheelchair seat cushion, width less than 22 inches"], ["NU"], [1]),
               "E0950": (["Wheelchair accessory, tray, each"], ["NU"], [1])},
        dx=[(["Multiple sclerosis"], "G35"), (["Difficulty in walking, not elsewhere classified"], "R26.2")],
        initial=[["K0823"], ["K0823", "E2601"]],
        mn=["the mobility evaluation shows that you can use a manual wheelchair safely in your home",
            "the records do not show that a scooter or an optimally configured manual wheelchair was considered"],
        partial=(["E2601"], ["K0823"]),
        pmn=["the mobility evaluation shows that you can use a manual wheelchair safely in your home"],
        rules=["Medicare National Coverage Determination (NCD) 280.3 Mobility Assistive Equipment",
               "Local Coverage Determination (LCD) L33789 Power Mobility Devices"],
        internal="Kaiser Permanente DME Formulary Criteria: Power Mobility"),
    "home_oxygen": dict(
        spec="Pulmonology",
        lines={"E1390": (["Oxygen concentrator, single delivery port", "Stationary oxygen concentrator"], ["RR"], [1]),
               "E0431": (["Portable gaseous oxygen system, rental"], ["RR"], [1]),
               "A4615": (["Cannula, nasal"], [], [2, 4])},
        dx=[(["Chronic obstructive pulmonary disease, unspecified"], "J44.9"), (["Hypoxemia"], "R09.02")],
        initial=[["E1390"], ["E1390", "E0431"]],
        mn=["your oxygen saturation at rest was 93 percent on room air; Medicare covers home oxygen when it is 88 "
            "percent or lower",
            "the blood oxygen test sent with the order was done more than 30 days before the order date"],
        partial=(["E1390", "A4615"], ["E0431"]),
        pmn=["the records do not show that you move about outside the home regularly, which a portable system "
             "requires"],
        rules=["Medicare National Coverage Determination (NCD) 240.2 Home Use of Oxygen",
               "Local Coverage Determination (LCD) L33797 Oxygen and Oxygen Equipment"],
        internal="Kaiser Permanente Home Oxygen Criteria"),
    "glucose": dict(
        spec="Endocrinology",
        lines={"A4253": (["Blood glucose test strips, per 50 strips", "Glucose test strips (box of 50)"], ["KX"],
                         [6, 8, 10]),
               "A4259": (["Lancets, per box of 100"], [], [2, 3]),
               "E0607": (["Home blood glucose monitor"], ["NU"], [1])},
        dx=[(["Type 2 diabetes mellitus without complications"], "E11.9")],
        initial=[["A4253"], ["A4253", "A4259"]],
        mn=["you do not use insulin, and the records do not explain why you need to test more than once a day; for "
            "people who do not use insulin Medicare covers up to 100 strips every 3 months"],
        partial=(["E0607", "A4259"], ["A4253"]),
        pmn=["the amount of test strips ordered is more than Medicare covers for a person who does not use insulin, "
             "and the records do not show a need for testing more than once a day"],
        rules=["Local Coverage Determination (LCD) L33822 Glucose Monitors",
               "Medicare National Coverage Determination (NCD) 40.2 Home Blood Glucose Monitors"],
        internal="Kaiser Permanente Diabetes Supply Guideline"),
    "knee": dict(
        spec="Orthopedic Surgery",
        lines={"L1833": (["Knee orthosis, adjustable knee joints, rigid support, prefabricated, off-the-shelf",
                          "Hinged knee brace, off-the-shelf"], ["RT", "KX"], [1]),
               "L1830": (["Knee orthosis, immobilizer, canvas longitudinal, prefabricated, off-the-shelf"], ["RT"],
                         [1])},
        dx=[(["Unilateral primary osteoarthritis, right knee"], "M17.11"), (["Pain in right knee"], "M25.561")],
        initial=[["L1833"]],
        mn=["the office notes do not document instability of the knee or weakness of the muscles around it, which is "
            "required for this type of knee orthosis"],
        partial=(["L1830"], ["L1833"]),
        pmn=["the office notes do not document instability of the knee, which a hinged orthosis requires"],
        rules=["Local Coverage Determination (LCD) L33318 Knee Orthoses"],
        internal="Kaiser Permanente Orthotics Criteria: Knee Braces"),
    "bed": dict(
        spec="Geriatric Medicine",
        lines={"E0260": (["Hospital bed, semi-electric, with any type side rails, with mattress"], ["RR"], [1]),
               "E0277": (["Powered pressure-reducing air mattress"], ["RR"], [1])},
        dx=[(["Heart failure, unspecified"], "I50.9"), (["Muscle weakness (generalized)"], "M62.81")],
        initial=[["E0260"], ["E0260", "E0277"]],
        mn=["the records do not show that you need your body positioned in ways a regular bed cannot allow, or that "
            "you need the head of the bed raised more than 30 degrees"],
        partial=(["E0260"], ["E0277"]),
        pmn=["you do not have multiple pressure ulcers on the trunk or pelvis, which is required for a powered "
             "pressure-reducing mattress"],
        rules=["Local Coverage Determination (LCD) L33820 Hospital Beds and Accessories",
               "Local Coverage Determination (LCD) L33642 Group 2 Support Surfaces"],
        internal="Kaiser Permanente DME Guideline: Hospital Beds"),
}
_DME_FROM_SCEN = {"cpap": ["cpap", "bed"], "power_wheelchair": ["power_wheelchair", "knee"],
                  "home_oxygen": ["home_oxygen", "bed"], "insulin_pump": ["glucose", "knee"]}
_NC_ITEMS = {"E0245": ["Tub stool or bench", "Bath tub stool"], "E0241": ["Bath tub wall rail, each"],
             "E0244": ["Raised toilet seat"]}
_SUPPLIERS = ["Kaiser Permanente Home Medical Equipment", "Apex Home Medical Supply", "Coastal Respiratory Services",
              "Summit Mobility & Rehab", "Evergreen HME, Inc."]


def _dme_setup(w: W) -> None:
    """Replace the case's lines with this set's own equipment lines (truth follows the case)."""
    c = w.c
    if c.extra.get("b8_dme"):
        return
    key = w.pick(_DME_FROM_SCEN.get(c.scenario.get("key", ""), ["knee", "bed"]))
    if c.category == "not_covered":
        key = w.pick(["knee", "bed", "power_wheelchair"])
    e = _DME[key]
    c.extra["b8_dme"] = key

    def line(code: str, decision: str) -> dict:
        texts, mods, qtys = e["lines"][code]
        return dict(text=w.pick(texts), codes=[code], decision=decision,
                    mod=w.pick(mods) if mods and w.chance(0.7) else "", qty=w.pick(qtys))

    if c.category == "not_covered":
        codes = w.rng.sample(list(_NC_ITEMS), w.pick([1, 2]))
        c.services = [dict(text=w.pick(_NC_ITEMS[x]), codes=[x], decision="denied", mod=w.pick(["", "NU"]), qty=1)
                      for x in codes]
    elif c.letter_kind == "partial_denial":
        ok, no = e["partial"]
        c.services = [line(x, "approved") for x in ok] + [line(x, "denied") for x in no]
        w.rng.shuffle(c.services)
    else:
        c.services = [line(x, "denied") for x in w.pick(e["initial"])]
    dx = e["dx"] if len(e["dx"]) == 1 or w.chance(0.5) else e["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    if c.criteria:
        if "medicare.internal_criteria" in c.defects:
            c.criteria = [e["internal"]]
        else:
            c.criteria = w.rng.sample(e["rules"], min(len(e["rules"]), w.pick([1, 1, 2])))
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = e["spec"]


def reason_b8_dme(w: W) -> str:
    """Why the equipment or supplies were denied (plan voice, addressed to the member)."""
    _dme_setup(w)
    c = w.c
    e = _DME[c.extra["b8_dme"]]
    den = _names(c)
    pl = _plural(c)
    if "notice.reason_specific" in c.defects:
        return w.pick(["Not a covered benefit." if c.category == "not_covered" else "Not medically necessary.",
                       "Does not meet Medicare coverage requirements.", "Coverage criteria not met."])
    if c.category == "not_covered":
        return w.pick([
            f"Medicare does not cover {den} because {'they are' if pl else 'it is'} not primarily medical in nature. "
            "Bathroom safety items are considered comfort or convenience items, and your plan follows Medicare's "
            "rules for durable medical equipment.",
            f"{_cap(den)} {'do' if pl else 'does'} not meet Medicare's definition of durable medical equipment: "
            f"{'they are' if pl else 'it is'} mainly for convenience, not to treat an illness or injury.",
        ])
    fact = w.pick(e["pmn"] if c.letter_kind == "partial_denial" else e["mn"])
    return w.pick([
        f"We denied {den} because {fact}.",
        f"Our physician reviewer looked at the order and your records and found that {fact}. For this reason {den} "
        f"{'are' if pl else 'is'} not medically necessary under Medicare rules.",
        f"Based on the information we have, {fact}. {_cap(den)} therefore {'do' if pl else 'does'} not meet "
        "Medicare coverage requirements at this time.",
    ])


def _hcpcs(w: W, s: dict, shape: int) -> str:
    code = w.code(s["codes"][0])
    mod = s.get("mod", "")
    if not mod:
        return code
    return [f"{code}-{mod}", f"{code} {mod}", f"{code} ({mod})"][shape]


def t_b8_dme(w: W):
    c = w.c
    _fmt(w, ["iso", "yy", "dmonU", "iso", "yy"])
    st = _style(w, ["helvetica", "courier", "times"], [9.0, 9.5, 10.0])
    fast = c.urgency == "expedited"
    partial = c.letter_kind == "partial_denial"
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    entity = V.REGION_ENTITY[c.region][0]
    supplier = w.pick(_SUPPLIERS)
    days = M("APPEAL_DAYS", c.appeal_phrase)
    st.footer = [w.pick(["{page}/{pages} \u00b7 DME determination " + c.ids["auth"], "Page {page} of {pages}",
                         "H0524 \u2013 DME \u2013 {page}"])]
    st.footer_align = w.pick(["left", "center", "right"])
    st.header = [f"{c.member_name} \u00b7 {c.ids['auth']}"] if w.chance(0.4) else []
    b: list[Block] = [
        w.p(w.pick(["Kaiser Permanente Senior Advantage", "KAISER PERMANENTE SENIOR ADVANTAGE (HMO)",
                    "Kaiser Permanente \u2013 Medicare Health Plan"]), bold=True, size=12, space_before=0),
        w.p(w.pick(["Durable Medical Equipment Utilization Review", "DME & Medical Supplies Authorization Unit",
                    "Home Medical Equipment Coverage Decisions"]) + f" \u00b7 {M('REGION', c.region)}", size=9,
            space_before=0),
        w.p(M("PLAN_CUE", w.pick(["Medicare Advantage plan (Kaiser Permanente Senior Advantage)",
                                  "KP Senior Advantage Medicare HMO", "Senior Advantage Medicare Medi-Cal Plan (HMO D-SNP)"
                                  if c.state == "CA" else "Senior Advantage Basic (HMO)"])), size=8.5,
            space_before=0),
        w.p(w.pick(["NOTICE OF DENIAL OF MEDICAL COVERAGE \u2013 EQUIPMENT AND SUPPLIES",
                    "Medicare coverage decision: medical equipment and supplies",
                    "Organization Determination \u2013 Durable Medical Equipment"]), bold=True, size=11.5,
            align=w.pick(["center", "left"]), space_before=12),
    ]
    if fast:
        b.append(w.p("FAST (EXPEDITED) DECISION", bold=True, size=9, space_before=2))
    idlab = w.pick(["Member ID", "MRN", "Medicare plan member #", "KP ID"])
    left = [f"**{w.name()}"] + c.member_addr
    right = [f"{w.pick(['Date', 'Notice date', 'Issued'])}: {_dm(w, 'DATE_LETTER', c.letter)}",
             f"{idlab}: {w.mid()}", f"Auth #: {c.ids['auth']}"]
    if c.provider:
        right.append(f"{w.pick(['Ordering provider', 'Prescriber', 'Ordered by'])}: {w.prov()}")
    right.append(f"Supplier: {supplier}")
    b.append(Block("twocol", left=left, right=right, space_before=12, size=9))
    intro = w.pick(["We reviewed an order for medical equipment and supplies", "Your doctor ordered the items below",
                    "This notice is about the equipment order"])
    if c.received:
        intro += f" that we received {_on(w, 'DATE_RECEIVED', c.received)}"
    intro += "."
    if c.decision:
        intro += f" Decision date: {_dm(w, 'DATE_DECISION', c.decision)}."
    intro += " " + w.pick([
        "Some items were approved and some were not." if partial else "We denied the request.",
        "The table shows what we decided for each item.",
    ])
    b.append(w.p(intro, space_before=10))
    # the line table
    shape = w.rng.randrange(3)
    tshape = w.rng.randrange(3)
    if tshape == 0:
        rows = [["Qty", "HCPCS", "Description", "Decision"]]
    elif tshape == 1:
        rows = [["Line", "Code/Mod", "Item", "Units", "Determination"]]
    else:
        rows = [["HCPCS", "Item requested", "Qty", "Status"]]
    for k, s in enumerate(c.services, 1):
        dec = ("Approved" if s["decision"] == "approved" else
               ("Not covered" if c.category == "not_covered" else "Denied"))
        if tshape == 1:
            dec = dec.upper()
        code = _hcpcs(w, s, shape)
        q = str(s.get("qty", 1))
        if tshape == 0:
            rows.append([q, code, w.svc(s), dec])
        elif tshape == 1:
            rows.append([str(k), code, w.svc(s), q, dec])
        else:
            rows.append([code, w.svc(s), q, dec])
    b.append(Block("table", rows=rows, header_row=True, space_before=6, size=8.5))
    if any(s.get("mod") for s in c.services) and w.chance(0.6):
        b.append(w.small("Modifiers: RR = rental; NU = new equipment (purchase); KX = coverage requirements "
                         "documented; RT = right side.", space_before=2))
    if c.diagnoses:
        b.append(w.p(w.pick(["Diagnosis: ", "Dx on order: ", "Medical condition: "]) + _dxs(w) + ".", space_before=4))
    b.append(w.h(w.pick(["Why we made this decision", "Reason for denial", "WHY"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Medicare coverage rules used: ", "We applied: ", "Coverage guideline(s): "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if c.category == "not_covered" and w.chance(0.7):
        b.append(w.p("See " + M("PLAN_PROVISION", w.pick([
            f"your {c.extra['year']} Senior Advantage Evidence of Coverage, Chapter 4, \"Services that are not covered "
            "by the plan\"",
            "Medicare Benefit Policy Manual, Chapter 15, Section 110.1 (definition of durable medical equipment)",
        ])) + "."))
    if partial:
        b.append(w.p(f"The approved item(s) will be delivered by {supplier}; you do not need to do anything for them.",
                     size=9))
    if _show_rev(w, 0.85):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        rs = w.rng.randrange(3)
        if not spec:
            t = f"Reviewed by {nm}, {c.reviewer_title}."
        elif rs == 0:
            t = f"Physician reviewer: {nm} \u2013 {spec}."
        elif rs == 1:
            t = f"This decision was made by {nm}, a plan physician specializing in {spec}."
        else:
            t = f"{nm} ({spec}), Medical Director, reviewed the order."
        if ph:
            t += f" Your doctor can reach the reviewer at {ph}."
        b.append(w.p(t))
    b.append(w.p("You may ask for a free copy of the guidelines and records we used.", size=9))
    # rights
    b.append(w.h(w.pick(["YOUR APPEAL RIGHTS", "If you disagree: ask for a reconsideration", "What you can do"]),
                 space_before=12))
    b.append(w.p(f"Reconsideration (appeal). You may ask us to reconsider. Your request must reach us within {days} "
                 f"from the date of this notice (we may allow more time for good cause). Call {c.phones['ms']} "
                 f"(TTY {c.phones['tty']}), seven days a week, 8 a.m. to 8 p.m., fax {c.phones['fax']}, or write to "
                 f"{', '.join(V.GRIEVANCE_ADDR[c.region])}. You, your doctor or a representative you name (Form "
                 "CMS-1696) may ask."))
    if not no_exp:
        b.append(w.p("Fast appeal. If you or your doctor believe that waiting for a standard decision (30 days) "
                     "could seriously harm your health, ask for a fast appeal. We will answer within 72 hours. If a "
                     "doctor supports your request, we will grant the fast appeal.", space_before=4))
    if not no_ext:
        b.append(w.p("If we do not decide fully in your favor, we will send your case automatically to the "
                     "Independent Review Entity (IRE), an organization that is not part of Kaiser Permanente. "
                     "Later levels include an Administrative Law Judge.", space_before=4))
    b.append(w.p("Help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, 24 hours a day, 7 days a week; your "
                 "State Health Insurance Assistance Program (SHIP) offers free counseling.", space_before=4))
    sig = w.rng.randrange(3)
    if sig == 0:
        b.append(w.p("Sincerely,", space_before=10))
        b.append(w.p(f"DME Utilization Review, {entity}", space_before=6))
    elif sig == 1:
        b.append(w.p(f"Kaiser Permanente Senior Advantage \u2013 Medical Equipment Services, {c.phones['dept']}",
                     space_before=10))
    else:
        b.append(w.p(f"cc: {w.prov() if c.provider else 'ordering provider'}; {supplier}", size=8.5,
                     space_before=10))
    b.append(w.small("Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment in Kaiser Permanente "
                     "depends on contract renewal.", space_before=8))
    b += _nondisc_en(w)
    b += _lang(w, w.pick(["Multi-language Interpreter Services", "Free language assistance"]))
    return b, st, ["ma_dme_line_table_qty_first", "ma_dme_line_table_numbered", "ma_dme_line_table_code_first"][tshape]


# --- registry -----------------------------------------------------------------------------------------------------

BLIND8_TEMPLATES: dict[str, tuple] = {
    "blind8_erisa_final_appeal": (t_b8_erisa, dict(
        plans=["erisa_group"], states=["CO", "GA", "HI", "MD", "VA", "OR", "WA"], kinds=["grievance_decision"],
        cats=["medical_necessity", "experimental_investigational", "not_covered", "out_of_network"],
        scenario_keys=_ERISA_KEYS, reason=reason_b8_erisa)),
    "blind8_medical_noa_es": (t_b8_es, dict(
        plans=["medi_cal"], states=["CA"], language="es",
        kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        cats=["medical_necessity", "not_covered", "out_of_network"], scenario_keys=_ES_KEYS, reason=reason_b8_es)),
    "blind8_outside_second_opinion": (t_b8_so, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial", "second_opinion_denial",
                                                        "initial_denial"],
        cats=["second_opinion", "out_of_network"], scenario_keys=_SO_KEYS, reason=reason_b8_so)),
    "blind8_ma_dme_supply": (t_b8_dme, dict(
        plans=["medicare_advantage"], kinds=["initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity", "not_covered"], scenario_keys=_DME_KEYS, reason=reason_b8_dme)),
}
MODELED_ON = {
    "blind8_erisa_final_appeal": "blind8: ERISA employer group plan (Colorado, Georgia, Hawaii, Mid-Atlantic, "
                                 "Northwest or Washington) final internal appeal decision upholding a pre- or "
                                 "post-service denial, with a Re: block, plan provision, criteria, free documents, "
                                 "IRO external review and ERISA 502(a); signature and date often at the end",
    "blind8_medical_noa_es": "blind8: California Medi-Cal managed care Notice of Action written entirely in Spanish "
                             "(denial, modification or termination) with appeal, IMR, state hearing and aid paid "
                             "pending rights",
    "blind8_outside_second_opinion": "blind8: California commercial HMO decision on an outside second opinion or "
                                     "out-of-network specialist referral, offering a Plan physician, with a "
                                     "letterhead, member sidebar or box and numbered sections",
    "blind8_ma_dme_supply": "blind8: Medicare Advantage (Senior Advantage) durable medical equipment and supplies "
                            "denial with a HCPCS line table (quantities, modifiers, partial approvals), physician "
                            "reviewer, 60-day reconsideration, 72-hour fast appeal and IRE",
}
