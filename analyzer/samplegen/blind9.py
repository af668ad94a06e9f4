"""Ninth blind evaluation set: four templates written without knowledge of the extractor, measured once.

Registered in ``BLIND9_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind9_medicare_part_b_drug")``. Prose, headings, labels and layouts are written here; only
text real letters print word for word is shared (the DMHC statement and the language taglines from sections_en).

Dates use styles of their own: "Mar 3rd 2025", "March 03 2025" (no comma), "2025 March 3", "Mar-03-2025" and, only in
letters that say their dates are DD.MM.YYYY, "3.3.2025" (day first). ``parse_blind9_date`` reads them all back.
Medicare Part B drug letters give 60 days to ask for a reconsideration, a 7-day standard and a 72-hour fast
reconsideration (rules.md sections 3 and 6d); the 65-day figure some sources print is never used here.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import sections_en as E
from . import vocab as V
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_ABBR = [m[:3] for m in MONTHS]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def b9date(d: dt.date, style: str) -> str:
    if style == "ord_abbr":  # Mar 3rd 2025
        return f"{_ABBR[d.month - 1]} {_ordinal(d.day)} {d.year}"
    if style == "pad_nc":  # March 03 2025
        return f"{MONTHS[d.month - 1]} {d.day:02d} {d.year}"
    if style == "ymd_words":  # 2025 March 3
        return f"{d.year} {MONTHS[d.month - 1]} {d.day}"
    if style == "mon_dash":  # Mar-03-2025
        return f"{_ABBR[d.month - 1]}-{d.day:02d}-{d.year}"
    if style == "dots":  # 3.3.2025, day first (only where the letter says DD.MM.YYYY)
        return f"{d.day}.{d.month}.{d.year}"
    raise ValueError(style)


STYLES = ("ord_abbr", "pad_nc", "ymd_words", "mon_dash", "dots")
DOTS_NOTE = "All dates in this notice are written DD.MM.YYYY."


def parse_blind9_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b9date``."""
    t = " ".join(text.split())
    m = re.fullmatch(r"([A-Z][a-z]{2})\.? (\d{1,2})(?:st|nd|rd|th),? (\d{4})", t)
    if m and m[1] in _ABBR:
        return dt.date(int(m[3]), _ABBR.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}),? (\d{4})", t)
    if m and m[1] in MONTHS:
        return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{4}) ([A-Z][a-z]+) (\d{1,2})", t)
    if m and m[2] in MONTHS:
        return dt.date(int(m[1]), MONTHS.index(m[2]) + 1, int(m[3]))
    m = re.fullmatch(r"([A-Z][a-z]{2})-(\d{2})-(\d{4})", t)
    if m and m[1] in _ABBR:
        return dt.date(int(m[3]), _ABBR.index(m[1]) + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    return None


def _fmt(w: W, styles: list[str]) -> str:
    w.c.extra["b9_fmt"] = w.pick(styles)
    return w.c.extra["b9_fmt"]


def _fd(w: W, day: dt.date | None) -> str:
    return b9date(day, w.c.extra["b9_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- small shared pieces ------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _denied(c) -> list[dict]:
    return c.denied_services() or c.services


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 60.0, 70.0]),
               margin_t=w.pick([42.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 8.0])
    return st


def _rev(w: W) -> tuple[str, str, str, str]:
    r = w.c.reviewer
    name = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
    ph = M("REVIEWER_PHONE", r["phone"]) if r["phone"] else ""
    return name, cred, spec, ph


def _show_rev(w: W, p: float) -> bool:
    c = w.c
    return c.reviewer is not None and ("process.reviewer_not_physician" in c.defects or w.chance(p))


def _dx_list(w: W) -> str:
    shape = w.rng.randrange(3)
    out = []
    for d in w.c.diagnoses:
        t = M("DIAGNOSIS", d["text"])
        cs = " / ".join(M("ICD10", x) for x in d["codes"])
        out.append(t if not cs else [f"{cs} {t}", f"{t} [{cs}]", f"{t} \u2013 ICD-10-CM {cs}"][shape])
    return "; ".join(out)


def _civil_rights(w: W) -> list[Block]:
    return [w.small(w.pick([
        "Kaiser Permanente follows federal civil rights laws. We do not leave people out or treat them differently "
        "because of race, color, national origin, age, disability or sex. Free interpreters, large print and other "
        "formats are available; ask Member Services.",
        "Civil rights notice: no one is excluded from our programs or treated unfairly because of race, color, "
        "national origin, age, disability or sex. Aids for people with disabilities and interpreters are free.",
    ]), space_before=10)]


def _taglines(w: W, heading: str) -> list[Block]:
    if "notice.language_assistance" in w.c.defects:
        return []
    return [w.h(heading, space_before=8, size=9)] + E.taglines(w, heading=False)


# === 1. Hawaii / Washington commercial pharmacy exception denial ==================================================

_RX_KEYS = ["humira", "semaglutide", "botox_migraine", "keytruda", "lecanemab"]
_RX: dict[str, list[dict]] = {
    "humira": [
        dict(name=["Humira (adalimumab) 40 mg/0.4 mL pen", "Humira Pen 40 mg/0.4 mL (adalimumab)"], qty="2 pens",
             days=28, ndc="0074-0554-02", code=None,
             alts=["adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL pen", "adalimumab-aaty (Yuflyma) 40 mg/0.4 mL",
                   "etanercept (Enbrel) 50 mg/mL SureClick"],
             dx=[("Rheumatoid arthritis of multiple sites without rheumatoid factor", "M06.09")],
             mn=["the prescription record shows no trial of methotrexate, leflunomide or another conventional "
                 "DMARD for at least 12 weeks",
                 "a biosimilar adalimumab on the formulary has not been tried, and the request gives no medical "
                 "reason why it cannot be used"],
             nc=["brand-name Humira is not on your plan's drug list (formulary), and biosimilars with the same "
                 "active ingredient are covered instead"],
             crit=["Kaiser Permanente Pharmacy and Therapeutics Committee criteria: adalimumab products",
                   "KP Formulary Exception Guideline for Non-Formulary Specialty Drugs"]),
        dict(name=["Cosentyx (secukinumab) 150 mg/mL Sensoready pen", "secukinumab 150 mg/mL auto-injector (Cosentyx)"],
             qty="4 pens", days=28, ndc="0078-0639-41", code=None,
             alts=["adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL pen", "methotrexate 2.5 mg tablets",
                   "ustekinumab-auub (Wezlana) 45 mg/0.5 mL"],
             dx=[("Psoriasis vulgaris", "L40.0")],
             mn=["the psoriasis covers about 4 percent of the body surface, and the criteria ask for 10 percent or "
                 "involvement of hands, feet, face or genitals",
                 "no trial of phototherapy or of a covered biologic is documented"],
             nc=["Cosentyx is a non-formulary drug for your group plan; covered biologics for psoriasis are listed "
                 "on the plan's drug list"],
             crit=["Kaiser Permanente Pharmacy and Therapeutics Committee criteria: IL-17 inhibitors",
                   "KP Formulary Exception Guideline for Non-Formulary Specialty Drugs"]),
    ],
    "semaglutide": [
        dict(name=["Wegovy (semaglutide) 2.4 mg/0.75 mL pen", "semaglutide 2.4 mg/0.75 mL single-dose pen (Wegovy)"],
             qty="4 pens", days=28, ndc="0169-4524-14", code=None,
             alts=["phentermine 37.5 mg tablets", "Healthy Balance weight management program (no drug)"],
             dx=[("Obesity due to excess calories", "E66.09"), ("Body mass index 35.0-35.9, adult", "Z68.35")],
             mn=["the request records a body mass index of 28.6 and no weight-related condition such as "
                 "hypertension or sleep apnea",
                 "there is no record of a supervised diet and exercise program in the last 6 months"],
             nc=["your employer's plan excludes drugs prescribed for weight loss from the outpatient prescription "
                 "drug benefit"],
             crit=["Kaiser Permanente Formulary Criteria: anti-obesity medications",
                   "KP Pharmacy Policy: GLP-1 and GIP/GLP-1 agonists"]),
        dict(name=["Zepbound (tirzepatide) 5 mg/0.5 mL pen", "tirzepatide 5 mg/0.5 mL auto-injector (Zepbound)"],
             qty="4 pens", days=28, ndc="0002-2495-80", code=None,
             alts=["phentermine 37.5 mg tablets", "Healthy Balance weight management program (no drug)"],
             dx=[("Morbid (severe) obesity due to excess calories", "E66.01")],
             mn=["the request does not show a trial of a formulary weight-management drug first",
                 "there is no record of a supervised diet and exercise program in the last 6 months"],
             nc=["your employer's plan excludes drugs prescribed for weight loss from the outpatient prescription "
                 "drug benefit"],
             crit=["Kaiser Permanente Formulary Criteria: anti-obesity medications"]),
    ],
    "botox_migraine": [
        dict(name=["Botox (onabotulinumtoxinA) 200 units vial", "onabotulinumtoxinA for injection, 200-unit vial"],
             qty="155 units", days=84, ndc="0023-3921-02", code="J0585",
             alts=["topiramate 25 mg tablets", "propranolol ER 80 mg capsules", "erenumab-aooe (Aimovig) 70 mg/mL"],
             dx=[("Chronic migraine without aura, not intractable, without status migrainosus", "G43.709")],
             mn=["the headache calendar sent with the request shows 10 headache days a month, fewer than the 15 the "
                 "criteria require",
                 "only one preventive medicine (amitriptyline) is documented, and the criteria ask for two"],
             nc=["cosmetic and non-migraine uses of botulinum toxin are excluded, and the request lists no "
                 "qualifying diagnosis"],
             crit=["Kaiser Permanente Specialty Drug Criteria: botulinum toxins for chronic migraine"]),
        dict(name=["Aimovig (erenumab-aooe) 140 mg/mL autoinjector", "erenumab-aooe 140 mg/mL SureClick (Aimovig)"],
             qty="1 autoinjector", days=30, ndc="72511-0002-01", code=None,
             alts=["topiramate 25 mg tablets", "propranolol ER 80 mg capsules", "Emgality (galcanezumab) 120 mg/mL"],
             dx=[("Migraine without aura, intractable, without status migrainosus", "G43.019")],
             mn=["the chart does not show that two oral preventive medicines were tried for at least 8 weeks each",
                 "the request shows 3 migraine days a month, below the 4 days the criteria require"],
             nc=["Aimovig is not on the formulary; Emgality is the covered CGRP medicine"],
             crit=["Kaiser Permanente Pharmacy and Therapeutics Committee criteria: CGRP antagonists"]),
    ],
    "keytruda": [
        dict(name=["Keytruda (pembrolizumab) 100 mg/4 mL vial", "pembrolizumab 100 mg/4 mL single-dose vial"],
             qty="200 mg (2 vials)", days=21, ndc="0006-3026-02", code="J9271",
             alts=["docetaxel 75 mg/m2 every 3 weeks", "ramucirumab with docetaxel"],
             dx=[("Malignant neoplasm of upper lobe, right bronchus or lung", "C34.11")],
             mn=["the tumor PD-L1 result sent is below 1 percent and no other marker results were included"],
             exp=["restarting pembrolizumab after the cancer grew on it is not an FDA-approved use and published "
                  "studies have not shown that it helps people live longer",
                  "the National Comprehensive Cancer Network does not recommend a checkpoint inhibitor again after "
                  "progression on one"],
             crit=["NCCN Guidelines: Non-Small Cell Lung Cancer, Version 4.2026",
                   "Kaiser Permanente Oncology Pharmacy Criteria: PD-1/PD-L1 inhibitors"]),
    ],
    "lecanemab": [
        dict(name=["Leqembi (lecanemab-irmb) 500 mg/5 mL vial", "lecanemab-irmb 100 mg/mL, 5 mL vial (Leqembi)"],
             qty="10 mg/kg every 2 weeks (2 vials)", days=14, ndc="62856-0215-01", code="J0174",
             alts=["donepezil 10 mg tablets", "memantine 10 mg tablets"],
             dx=[("Alzheimer's disease with late onset", "G30.1")],
             mn=["the cognitive screening score in the request (MoCA 13) is in the moderate range, and benefit was "
                 "shown only in the mild stage"],
             exp=["no amyloid PET scan or spinal fluid test confirming amyloid was sent, and use without that "
                  "confirmation has not been studied"],
             crit=["Kaiser Permanente Pharmacy Criteria: anti-amyloid monoclonal antibodies"]),
    ],
}
_SPEC_RX = {"humira": "Rheumatology", "semaglutide": "Endocrinology", "botox_migraine": "Neurology",
            "keytruda": "Medical Oncology", "lecanemab": "Neurology"}


def _rx_setup(w: W) -> dict:
    c = w.c
    if "b9_rx" in c.extra:
        return c.extra["b9_rx"]
    key = c.scenario.get("key", "humira")
    opts = [e for e in _RX.get(key, _RX["humira"]) if c.category != "not_covered" or e.get("nc")]
    opts = [e for e in opts if c.category != "experimental_investigational" or e.get("exp")] or _RX["keytruda"]
    e = w.pick(opts)
    c.extra["b9_rx"] = e
    c.services = [dict(text=w.pick(e["name"]), codes=[e["code"]] if e["code"] else [], decision="denied")]
    dx = e["dx"] if w.chance(0.7) else e["dx"][:1]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    if c.criteria:
        c.criteria = w.rng.sample(e["crit"], min(len(e["crit"]), w.pick([1, 1, 2])))
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = _SPEC_RX.get(key, c.reviewer["specialty"])
    return e


def reason_b9_rx(w: W) -> str:
    """Why the exception was not approved (plan voice, to the member)."""
    e = _rx_setup(w)
    c = w.c
    drug = c.services[0]["text"]
    if "notice.reason_specific" in c.defects:
        return w.pick(["Exception criteria not met." if c.category != "not_covered" else "Excluded drug.",
                       "Does not meet formulary exception requirements.",
                       "Non-formulary drug; request not approved."])
    if c.category == "not_covered":
        fact = w.pick(e["nc"])
        return w.pick([f"We cannot make an exception for {drug} because {fact}.",
                       f"Your request was for {drug}. It is not covered: {fact}."])
    if c.category == "experimental_investigational":
        fact = w.pick(e["exp"])
        return w.pick([f"{drug} is considered investigational for your situation because {fact}.",
                       f"We did not approve {drug}: {fact}. Our plan does not cover experimental or "
                       "investigational uses of drugs."])
    fact = w.pick(e["mn"])
    return w.pick([f"The exception request for {drug} does not meet our criteria because {fact}.",
                   f"We reviewed your prescriber's request and found that {fact}. For this reason, {drug} is not "
                   "medically necessary for you at this time.",
                   f"Prior authorization for {drug} was denied because {fact}."])


def t_b9_rx(w: W):
    c = w.c
    e = _rx_setup(w)
    fmt = _fmt(w, ["ord_abbr", "pad_nc", "ymd_words", "dots", "mon_dash"])
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    fast = c.urgency == "expedited"
    cat = c.category
    entity = V.REGION_ENTITY[c.region][0]
    regulator = {"HI": ("Hawaii Insurance Division", "(808) 586-2790"),
                 "WA": ("Washington State Office of the Insurance Commissioner", "1-800-562-6900")}[c.state]
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    no_cap = "notice.consumer_assistance" in c.defects
    s = c.services[0]
    st.footer = [w.pick(["Pharmacy exception notice \u2013 {page} of {pages}", "Rx " + c.ids["auth"] + " \u00b7 {page}",
                         "{page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    unit = w.pick(["Pharmacy Benefit Services", "Drug Formulary Exceptions", "Clinical Pharmacy Review Unit",
                   "Outpatient Pharmacy \u2013 Prior Authorization"])
    if w.chance(0.5):
        b.append(Block("letterhead", logo=w.pick(["ring", "bars"]), size=9, left=["Kaiser Permanente", unit, entity],
                       right=[M("REGION", c.region), f"Pharmacy line {c.phones['dept']}", f"Fax {c.phones['fax']}"]))
    else:
        b.append(w.p(f"Kaiser Permanente {M('REGION', c.region)} \u2013 {unit}", bold=True, size=12, space_before=0))
        b.append(w.p(entity, size=8.5, space_before=0))
    b.append(w.p(M("PLAN_CUE", w.pick([f"Group HMO plan \u2013 {c.extra['employer']}",
                                       f"Kaiser Permanente {_state_name(c.state)} commercial HMO coverage",
                                       "Employer group health plan (HMO), outpatient prescription drug benefit"])),
                 size=8.5, space_before=2))
    if fmt == "dots":
        b.append(w.small(DOTS_NOTE, space_before=2))
    date_line = w.pick(["Date mailed: ", "Notice date: ", ""]) + _dm(w, "DATE_LETTER", c.letter)
    b.append(w.p(date_line, space_before=12, align=w.pick(["left", "right"])))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    title = w.pick(["Your drug exception request was not approved", "NOTICE OF PHARMACY COVERAGE DENIAL",
                    "Prescription drug prior authorization: decision"])
    b.append(w.p(title, bold=True, size=12, space_before=14))
    if fast:
        b.append(w.p("Reviewed as an urgent (expedited) request", italic=True, size=9, space_before=1))
    idl = w.pick(["Member number", "Health plan ID", "KP medical record #"])
    b.append(w.p(f"{idl}: {w.mid()}   \u00b7   Request no.: {c.ids['auth']}", size=9, space_before=4))
    b.append(w.p(w.pick([f"Aloha {c.member_salute}," if c.state == "HI" else f"Hello {c.member_salute},",
                         f"Dear {w.name()}:", "Dear Member:"]), space_before=10))
    intro = w.pick(["Your prescriber asked us to cover a medication that needs our approval before the pharmacy can "
                    "fill it", "We received a formulary exception request for the drug shown below",
                    "This letter is about a prescription that needs prior authorization"])
    if c.provider:
        intro += f" ({w.pick(['prescriber', 'requested by', 'ordering clinician'])}: {w.prov()})"
    if c.received:
        intro += f". We received the request on {_dm(w, 'DATE_RECEIVED', c.received)}"
    intro += "."
    if c.decision:
        intro += f" We made our decision on {_dm(w, 'DATE_DECISION', c.decision)}."
    b.append(w.p(intro))
    # the drug box
    code_txt = w.code(s["codes"][0]) if s["codes"] else ""
    box = w.rng.randrange(3)
    if box == 0:
        rows = [["Drug and strength", "Quantity", "Days' supply", "Billing code"],
                [w.svc(s), e["qty"], str(e["days"]), code_txt or f"NDC {e['ndc']}"]]
        b.append(Block("table", rows=rows, header_row=True, space_before=8, size=8.5))
    elif box == 1:
        lines = [f"Medication: {w.svc(s)}", f"Quantity requested: {e['qty']}", f"Days' supply: {e['days']} days"]
        lines.append(f"HCPCS code: {code_txt}" if code_txt else f"NDC: {e['ndc']}")
        for k, t in enumerate(lines):
            b.append(w.p(t, boxed=True, space_before=8 if k == 0 else 0, size=9.5))
    else:
        rows = [["DRUG", w.svc(s)], ["QTY / DAYS' SUPPLY", f"{e['qty']} / {e['days']} days"],
                ["NDC", e["ndc"]]] + ([["J-CODE", code_txt]] if code_txt else [])
        b.append(Block("table", rows=rows, header_row=False, space_before=8, size=8.5))
    if c.diagnoses and w.chance(0.85):
        b.append(w.p(w.pick(["Diagnosis on the request: ", "Condition being treated: ", "Dx: "]) + _dx_list(w) + ".",
                     space_before=6))
    # decision and reason
    b.append(w.h(w.pick(["Our decision", "DECISION: NOT APPROVED", "What we decided and why"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria applied: ", "We used these coverage criteria: ", "Review standard(s): "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if cat == "not_covered" and "notice.plan_provision" not in c.defects:
        b.append(w.p(w.pick(["Benefit language: ", "See your plan document: "]) + M("PLAN_PROVISION", w.pick([
            f'{c.extra["year"]} Group Agreement, Outpatient Prescription Drug Rider, "Exclusions" (page '
            f'{c.extra["page"]})',
            f'Evidence of Coverage, Section {c.extra["sec"]}, "Drugs and supplies that are not covered"'])) + "."))
    alts = e["alts"][: w.pick([2, 3])]
    if cat != "not_covered" or w.chance(0.6):
        b.append(w.p(w.pick(["Covered alternatives you can ask your prescriber about:",
                             "These formulary drugs are covered without an exception:",
                             "Covered options:"]), space_before=6))
        bul = w.pick(["-", "*", "o"])
        for a in alts:
            b.append(w.p(f"{bul} {a}", indent=16, space_before=1))
    if _show_rev(w, 0.8):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        if not spec:
            t = f"This request was reviewed by {nm}, {c.reviewer_title}."
        else:
            t = w.pick([f"A plan physician, {nm}, who practices {spec}, reviewed this request with a clinical "
                        "pharmacist.",
                        f"Physician reviewer: {nm} ({spec})."])
        if ph:
            t += f" Your prescriber may call the reviewer at {ph}."
        b.append(w.p(t))
    b.append(w.p("You can ask for free copies of the criteria and of the documents used in this decision.", size=9))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.h(w.pick(["Your right to appeal", "IF YOU DISAGREE", "Appeal and review rights"]), space_before=12))
    b.append(w.p(f"You, your prescriber or someone you name may appeal this decision. Send your appeal within {days} "
                 f"of the date you receive this notice to {', '.join(V.GRIEVANCE_ADDR[c.region])}, or call "
                 f"{c.phones['ms']} (TTY {c.phones['tty']}). Include any records or notes that support the need for "
                 "this drug."))
    if not no_exp:
        b.append(w.p(w.pick([
            "Urgent appeals: if waiting for a standard appeal could seriously harm your life, health or ability to "
            "regain maximum function, ask for an expedited appeal. We will decide within 72 hours.",
            "Need a faster answer? When your prescriber says a delay could seriously jeopardize your health, your "
            "appeal is expedited and decided within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(f"External review: after our appeal decision (or at the same time, in urgent situations), you "
                     f"may ask for an external review by an independent review organization (IRO) through the "
                     f"{regulator[0]}, {regulator[1]}. The IRO is not part of Kaiser Permanente and there is no cost "
                     "to you."))
    if not no_cap:
        nm, ph = V.CONSUMER_ASSIST[c.state]
        b.append(w.p(f"For help with an appeal you may also contact the {nm} at {ph}."))
    b.append(w.p(w.pick(["Mahalo,", "Sincerely,"]) if c.state == "HI" else "Sincerely,", space_before=12))
    b.append(w.p(f"{unit}, Kaiser Permanente", space_before=4))
    if c.provider and w.chance(0.6):
        b.append(w.small(f"Copy to prescriber: {w.prov()}", space_before=6))
    b += _civil_rights(w)
    b += _taglines(w, w.pick(["Language help", "Interpreter services"]))
    return b, st, ["rx_exception_drug_table", "rx_exception_drug_box", "rx_exception_label_grid"][box]


def _state_name(s: str) -> str:
    return {"HI": "Hawaii", "WA": "Washington", "CO": "Colorado", "GA": "Georgia", "CA": "California"}.get(s, s)


# === 2. California commercial HMO concurrent review (inpatient, SNF or acute rehab) ===============================

_STAY_KEYS = ["snf", "hip_replacement", "lumbar_fusion", "inpatient_psych"]
_STAY = {
    "snf": dict(
        kind="skilled nursing facility", short="SNF",
        ok=["Skilled nursing facility care, {n} days", "Skilled nursing stay (room, board and daily skilled care), "
                                                       "{n} days"],
        no=["Continued skilled nursing facility days", "Additional skilled nursing days requested ({m} days)"],
        places=["Bayside Post-Acute Care", "Valley Oaks Skilled Nursing & Rehabilitation", "Crestwood Care Center",
                "Mission Hills Transitional Care"],
        mn=["you now walk 150 feet with a walker and need only standby help on stairs, so daily skilled nursing or "
            "therapy is no longer required",
            "your wound care and medicines can be managed by home health visits and your family"],
        crit=["InterQual 2025 Subacute and SNF: Orthopedic", "Kaiser Permanente Post-Acute Level of Care Guideline"],
        spec="Geriatric Medicine", next_care="home health nursing and physical therapy visits"),
    "hip_replacement": dict(
        kind="acute inpatient rehabilitation", short="IRF",
        ok=["Acute inpatient rehabilitation, {n} days", "Inpatient rehabilitation facility stay, {n} days"],
        no=["Further inpatient rehabilitation days", "Additional acute rehabilitation days ({m} days)"],
        places=["Kaiser Foundation Rehabilitation Center", "Pacific Coast Acute Rehab Hospital",
                "Sierra Vista Rehabilitation Hospital"],
        mn=["you can now walk and transfer with minimal assistance and no longer need 3 hours of therapy a day, "
            "5 days a week",
            "your therapy goals can be met in a skilled nursing facility or with outpatient therapy"],
        crit=["Medicare-based Inpatient Rehabilitation Facility criteria (CMS IRF coverage requirements)",
              "InterQual 2025 Rehabilitation: Orthopedic Joint Replacement"],
        spec="Physical Medicine and Rehabilitation", next_care="a skilled nursing facility or outpatient therapy"),
    "lumbar_fusion": dict(
        kind="acute inpatient hospital", short="acute",
        ok=["Acute inpatient hospital care, {n} days", "Inpatient hospital stay after spinal fusion, {n} days"],
        no=["Continued acute inpatient days", "Additional hospital days requested ({m} days)"],
        places=[],
        mn=["your pain is controlled with oral medicine, you are eating and walking the halls, and the remaining "
            "care can be given at home",
            "you are medically stable and no longer need care that can only be given in a hospital"],
        crit=["MCG Care Guidelines, 28th Edition: Lumbar Fusion (inpatient goal length of stay)",
              "Kaiser Permanente Inpatient Continued Stay Criteria"],
        spec="Orthopedic Surgery", next_care="home health visits and outpatient follow-up"),
    "inpatient_psych": dict(
        kind="acute inpatient psychiatric", short="psych",
        ok=["Acute inpatient psychiatric care, {n} days", "Inpatient psychiatric hospitalization, {n} days"],
        no=["Continued inpatient psychiatric days", "Additional acute psychiatric days requested ({m} days)"],
        places=["Canyon Ridge Behavioral Health Hospital", "Fremont Hills Psychiatric Center",
                "Harborview Behavioral Health"],
        mn=["you have had no thoughts of harming yourself or others for four days, are taking your medicine and are "
            "sleeping through the night",
            "your symptoms have settled enough that a partial hospitalization program can safely continue treatment"],
        crit=[], spec="Psychiatry", next_care="a partial hospitalization program and outpatient psychiatry"),
}


def _stay_setup(w: W) -> dict:
    c = w.c
    if "b9_stay" in c.extra:
        return c.extra["b9_stay"]
    key = c.scenario.get("key", "snf")
    e = _STAY.get(key, _STAY["snf"])
    base = c.received or c.letter
    if c.service is None or c.service >= base:
        c.service = base - dt.timedelta(days=w.rng.randint(3, 12))  # admission
    anchor = c.decision or c.letter
    n_ok = max(1, (anchor - c.service).days + w.rng.randint(1, 2))
    m = w.rng.randint(5, 10)
    last = c.service + dt.timedelta(days=n_ok - 1)
    place = w.pick(e["places"]) if e["places"] else w.pick(V.facilities(c.state, c.region))
    c.extra["b9_stay"] = e
    c.extra["b9_days"] = (n_ok, m, last, place)
    if c.letter_kind == "partial_denial":
        c.services = [dict(text=w.pick(e["ok"]).format(n=n_ok), codes=[], decision="approved"),
                      dict(text=w.pick(e["no"]).format(m=m), codes=[], decision="denied")]
    else:
        c.services = [dict(text=w.pick(e["no"]).format(m=m), codes=[], decision="denied")]
    if c.criteria and e["crit"] and not c.scenario.get("mh"):  # mental-health stays keep the case's criteria
        c.criteria = w.rng.sample(e["crit"], w.pick([1, 1, 2]))
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = e["spec"]
    return e


def reason_b9_stay(w: W) -> str:
    e = _stay_setup(w)
    c = w.c
    n_ok, m, last, place = c.extra["b9_days"]
    den = _denied(c)[0]["text"]
    den_l = den[:1].lower() + den[1:]
    if "notice.reason_specific" in c.defects:
        return w.pick(["Continued stay criteria not met.", "Further days are not medically necessary.",
                       "Level of care no longer required."])
    fact = w.pick(e["mn"])
    return w.pick([
        f"The clinical information from the facility shows that {fact}. {_cap(den_l)} are therefore not medically "
        f"necessary; the care you still need can be given through {e['next_care']}.",
        f"We reviewed your progress notes and found that {fact}. For this reason we did not approve {den_l}.",
        f"{_cap(den_l)} were denied because {fact}.",
    ])


def t_b9_stay(w: W):
    c = w.c
    e = _stay_setup(w)
    _fmt(w, ["ord_abbr", "pad_nc", "ymd_words", "mon_dash"])
    st = _style(w, ["times", "helvetica", "courier"], [9.5, 10.0])
    fast = c.urgency == "expedited"
    partial = c.letter_kind == "partial_denial"
    n_ok, m, last, place = c.extra["b9_days"]
    entity = V.REGION_ENTITY[c.region][0]
    cm_name = w.pick(V.FIRST) + " " + w.pick(V.LAST) + w.pick([", RN", ", RN, CCM", ", LCSW"])
    cm_ph = c.phones["dept"]
    st.footer = [w.pick(["Concurrent review \u2013 page {page} of {pages}", "UM " + c.ids["ref"] + " | {page}/{pages}",
                         "Page {page}"])]
    st.footer_align = w.pick(["left", "center", "right"])
    if w.chance(0.5):
        st.header = [f"{c.member_name} \u2013 {c.ids['ref']}"]
    b: list[Block] = []
    dept = w.pick(["Utilization Management \u2013 Continued Stay Review", "Hospital & Post-Acute Care Review",
                   "Regional Care Management / Concurrent Review"])
    b.append(w.p(f"KAISER PERMANENTE \u00b7 {M('REGION', c.region)}", bold=True, size=12.5, space_before=0))
    b.append(w.p(f"{dept} \u2013 {entity}", size=8.5, space_before=0))
    b.append(w.p(M("PLAN_CUE", w.pick(["Kaiser Permanente Traditional HMO Plan",
                                       f"{c.extra['employer']} group HMO (Kaiser Foundation Health Plan)",
                                       "KP California individual and family HMO plan"])), size=8.5, space_before=0))
    b.append(w.p(w.pick(["NOTICE OF CONTINUED STAY DECISION", "Notice of action: coverage of your stay",
                         "Concurrent Review Determination"]), bold=True, size=12, align=w.pick(["center", "left"]),
                 space_before=12))
    if fast:
        b.append(w.p("Decided on an expedited (72-hour) basis", size=9, align="center", space_before=2))
    left = [f"**{w.name()}"] + c.member_addr
    right = [f"{w.pick(['Date', 'Letter date', 'Sent'])}: {_dm(w, 'DATE_LETTER', c.letter)}",
             f"{w.pick(['MRN', 'Member #', 'Health record'])}: {w.mid()}", f"Case: {c.ids['ref']}"]
    b.append(Block("twocol", left=left, right=right, space_before=12, size=9))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {w.name()},", "Dear Member or Representative:"]),
                 space_before=12))
    # the stay summary: a table or a list of lines
    tshape = w.rng.randrange(2)
    adm = _dm(w, "DATE_SERVICE", c.service)
    lastd = _fd(w, last)
    first_denied = _fd(w, last + dt.timedelta(days=1))
    if tshape == 0:
        rows = [["Item", "Details"], ["Facility", place], ["Level of care", e["kind"]], ["Admitted", adm]]
        if c.provider:
            rows.append(["Attending physician", w.prov()])
        for s in c.services:
            rows.append(["Approved" if s["decision"] == "approved" else "Not approved", w.svc(s)])
        rows.append(["Days approved", str(n_ok)])
        rows.append(["Days not approved", f"{m} (from {first_denied})" if partial else f"all days after {lastd}"])
        rows.append(["Last covered day", lastd])
        b.append(Block("table", rows=rows, header_row=True, space_before=8, size=8.5))
    else:
        t = (f"You were admitted to {place} ({e['kind']} level of care) on {adm}.")
        if c.provider:
            t += f" Your attending physician is {w.prov()}."
        b.append(w.p(t, space_before=8))
        for s in c.services:
            tag = "APPROVED" if s["decision"] == "approved" else "DENIED"
            b.append(w.p(f"[{tag}] {w.svc(s)}", indent=14, space_before=1))
        b.append(w.p(f"Days approved: {n_ok}. Last covered day: {lastd}.", indent=14, space_before=1))
    t = "Your doctor's team asked us to review the stay"
    if c.received:
        t += f"; the most recent clinical update reached us on {_dm(w, 'DATE_RECEIVED', c.received)}"
    t += "."
    if c.decision:
        t += f" Our decision was made on {_dm(w, 'DATE_DECISION', c.decision)}."
    if partial:
        t += (f" We approved {n_ok} days. We did not approve the {m} further days that were asked for.")
    else:
        t += " Coverage for further days of this stay will end."
    t += f" Kaiser Permanente will not pay for days after {lastd} unless you win an appeal."
    b.append(w.p(t, space_before=8))
    b.append(w.h(w.pick(["Why", "Reason for our decision", "THE REASON"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.diagnoses and w.chance(0.8):
        b.append(w.p(w.pick(["Admitting diagnosis: ", "Diagnoses reviewed: "]) + _dx_list(w) + "."))
    if c.criteria:
        b.append(w.p(w.pick(["This decision used ", "Guideline(s) applied: "]) + "; ".join(w.crit(x) for x in
                                                                                           c.criteria) + "."))
    if _show_rev(w, 0.85):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        if not spec:
            t = f"Reviewer: {nm}, {c.reviewer_title}."
        else:
            t = w.pick([f"The decision was made by {nm}, a physician in {spec}, after reading the facility records.",
                        f"Reviewing physician: {nm} \u2013 {spec}."])
        if ph:
            t += f" Your attending physician can discuss the case with the reviewer at {ph}."
        b.append(w.p(t))
    # discharge planning
    b.append(w.h(w.pick(["Planning your discharge", "What happens next", "Discharge planning"]), space_before=10))
    b.append(w.p(f"Your care manager, {cm_name}, will work with you, your family and the facility to arrange "
                 f"{e['next_care']}. Call {cm_ph} with questions. If you choose to stay after {lastd}, you may be "
                 "responsible for the cost of the extra days."))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.h(w.pick(["Your rights", "HOW TO APPEAL", "If you disagree with this decision"]), space_before=12))
    b.append(w.p(w.pick([
        "Urgent appeal: because you are still receiving care, you may ask for an expedited appeal. Call "
        f"{c.phones['ms']} (TTY {c.phones['tty']}) right away; we will decide within 72 hours. You can stay while the "
        "urgent appeal is decided.",
        f"Fast appeal. Call {c.phones['ms']} (TTY {c.phones['tty']}) today to ask for an expedited review. When your "
        "health could be seriously harmed by waiting, we answer within 72 hours.",
    ])))
    b.append(w.p(f"Standard appeal (grievance): you may file within {days} of this notice by phone, online at kp.org, "
                 f"or in writing to {', '.join(V.GRIEVANCE_ADDR[c.region])}."))
    b.append(w.p("Independent Medical Review: this is a decision about medical necessity, so you may ask the "
                 "Department of Managed Health Care for an Independent Medical Review (IMR) after our appeal, or "
                 "right away if your case is urgent. IMR is free."))
    b += E.dmhc_statement(w, boxed=w.chance(0.6))
    if "notice.consumer_assistance" not in c.defects:
        nm, ph = V.CONSUMER_ASSIST[c.state]
        b.append(w.p(f"Free help with your appeal: {nm}, {ph}.", size=9))
    b.append(w.p("Sincerely,", space_before=12))
    b.append(w.p(dept, space_before=4))
    cc = ["facility case management"] + ([w.prov()] if c.provider else [])
    b.append(w.small("cc: " + "; ".join(cc), space_before=6))
    b += _civil_rights(w)
    b += _taglines(w, w.pick(["Language assistance", "Free help in your language"]))
    return b, st, ["concurrent_stay_table", "concurrent_stay_lines"][tshape]


# === 3. Medicare Advantage Part B drug / infusion denial (two-column form) ========================================

_PB_KEYS = ["humira", "keytruda", "botox_migraine", "lecanemab"]
_PB = {
    "humira": dict(
        lines=[(["Infliximab-dyyb (Inflectra) infusion, 5 mg/kg every 8 weeks", "Injection, infliximab-dyyb, "
                 "biosimilar (Inflectra), 10 mg"], "Q5103"),
               (["Intravenous infusion, first hour", "IV infusion, therapy, initial, up to 1 hour"], "96365")],
        nc_lines=[(["Adalimumab (Humira) 40 mg/0.4 mL pen, self-injected", "Injection, adalimumab, 20 mg"], "J0135")],
        site=["home infusion", "infusion center"], dx=[("Rheumatoid arthritis with rheumatoid factor of multiple "
                                                        "sites without organ involvement", "M05.79")],
        mn=["the records do not show that you tried methotrexate, the first-step medicine Medicare coverage rules "
            "expect for rheumatoid arthritis",
            "the latest notes show low disease activity on your current treatment"],
        nc=["adalimumab is a drug you inject yourself at home; Medicare Part B does not cover drugs that are usually "
            "self-administered, so it is not covered under your medical benefit. It may be covered under your Part D "
            "drug benefit"],
        rules=["Medicare Benefit Policy Manual, Chapter 15, Section 50.2 (self-administered drugs)",
               "Medicare Benefit Policy Manual, Chapter 15, Section 50.4 (reasonable and necessary drugs)"],
        internal="Kaiser Permanente Infusion Therapy Guideline: Biologic Agents", spec="Rheumatology"),
    "keytruda": dict(
        lines=[(["Pembrolizumab (Keytruda) 200 mg IV every 3 weeks", "Injection, pembrolizumab, 1 mg"], "J9271"),
               (["Chemotherapy administration, IV infusion, up to 1 hour"], "96413")],
        site=["infusion center", "hospital outpatient infusion"], dx=[("Malignant neoplasm of bladder, "
                                                                       "unspecified", "C67.9")],
        mn=["the pathology report does not show the tumor features that the approved use requires"],
        exp=["this use is not listed in the compendia Medicare relies on for anticancer drugs, and the studies sent "
             "do not support it"],
        rules=["Medicare Benefit Policy Manual, Chapter 15, Section 50.4.5 (off-label anticancer drugs)"],
        internal="Kaiser Permanente Oncology Regimen Review Criteria", spec="Medical Oncology"),
    "botox_migraine": dict(
        lines=[(["OnabotulinumtoxinA (Botox) 155 units", "Injection, onabotulinumtoxinA, 1 unit"], "J0585"),
               (["Chemodenervation for chronic migraine, bilateral"], "64615")],
        site=["neurology clinic"], dx=[("Chronic migraine without aura, intractable, without status migrainosus",
                                        "G43.719")],
        mn=["your headache log shows 11 headache days a month, and coverage requires at least 15"],
        rules=["Local Coverage Determination (LCD) L33646 Botulinum Toxins"],
        internal="Kaiser Permanente Neurology Drug Criteria: botulinum toxin", spec="Neurology"),
    "lecanemab": dict(
        lines=[(["Lecanemab-irmb (Leqembi) infusion, 10 mg/kg every 2 weeks", "Injection, lecanemab-irmb, 1 mg"],
                "J0174"),
               (["Intravenous infusion, first hour", "IV infusion, therapy, initial, up to 1 hour"], "96365")],
        site=["infusion center"], dx=[("Mild cognitive impairment of uncertain or unknown etiology", "G31.84")],
        mn=["your most recent MRI shows more than four small brain bleeds, which is a reason not to start this drug"],
        exp=["you are not enrolled in the CMS-approved registry that Medicare requires for this drug"],
        rules=["National Coverage Determination (NCD) 200.3 Monoclonal Antibodies Directed Against Amyloid for the "
               "Treatment of Alzheimer's Disease"],
        internal="Kaiser Permanente Memory Care Drug Policy", spec="Neurology"),
}


def _pb_setup(w: W) -> dict:
    c = w.c
    if "b9_pb" in c.extra:
        return c.extra["b9_pb"]
    key = c.scenario.get("key", "humira")
    if c.category == "not_covered":
        key = "humira"
    if c.category == "experimental_investigational" and key not in ("keytruda", "lecanemab"):
        key = "lecanemab"
    e = _PB.get(key, _PB["humira"])
    c.extra["b9_pb"] = e
    lines = e["nc_lines"] if c.category == "not_covered" else e["lines"]
    if len(lines) > 1 and w.chance(0.45):
        lines = lines[:1]
    c.services = [dict(text=w.pick(t), codes=[cd], decision="denied") for t, cd in lines]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in e["dx"]]
    if c.criteria:
        c.criteria = [e["internal"]] if "medicare.internal_criteria" in c.defects else list(e["rules"][:w.pick([1,
                                                                                                                  2])])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = e["spec"]
    if c.appeal_days == 65:  # rules.md: 60 calendar days (42 CFR 422.582(b)); the 65-day figure is not used here
        c.appeal_days = 60
        c.appeal_phrase = w.pick(["60 days", "60 calendar days"])
    return e


def reason_b9_pb(w: W) -> str:
    e = _pb_setup(w)
    c = w.c
    drug = c.services[0]["text"]
    if "notice.reason_specific" in c.defects:
        return w.pick(["Not medically necessary." if c.category != "not_covered" else "Not a Part B covered drug.",
                       "Medicare coverage criteria not met."])
    if c.category == "not_covered":
        return w.pick([f"We denied {drug} because {e['nc'][0]}.", f"{drug}: {e['nc'][0]}."])
    if c.category == "experimental_investigational":
        fact = w.pick(e["exp"])
        return w.pick([f"Medicare does not cover {drug} in your situation because {fact}.",
                       f"{drug} was denied as not reasonable and necessary under Medicare rules: {fact}."])
    fact = w.pick(e["mn"])
    return w.pick([f"We denied {drug} because {fact}.",
                   f"A plan doctor reviewed the request and found that {fact}. {drug} does not meet Medicare "
                   "coverage rules for you right now."])


def t_b9_pb(w: W):
    c = w.c
    e = _pb_setup(w)
    _fmt(w, ["pad_nc", "ymd_words", "mon_dash", "ord_abbr"])
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    fast = c.urgency == "expedited"
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    entity = V.REGION_ENTITY[c.region][0]
    site = w.pick(e["site"])
    days = M("APPEAL_DAYS", c.appeal_phrase)
    st.footer = [w.pick(["{page} of {pages}", "Part B drug determination \u2013 " + c.ids["auth"],
                         "Y0043_PBD_{page}"])]
    st.footer_align = w.pick(["right", "center"])
    b: list[Block] = [
        w.p(w.pick(["Kaiser Permanente Senior Advantage", "KAISER PERMANENTE \u2013 MEDICARE HEALTH PLANS"]),
            bold=True, size=12, space_before=0),
        w.p(f"{entity} \u00b7 {M('REGION', c.region)}", size=8.5, space_before=0),
        w.p(w.pick(["Notice of Denial of Medical Coverage (Part B Drug)",
                    "MEDICARE PART B DRUG \u2013 COVERAGE DECISION",
                    "Organization determination: medicine given by a provider"]), bold=True, size=11.5,
            space_before=12, align=w.pick(["left", "center"])),
    ]
    # the two-column form: labels left, values right
    lab = w.rng.randrange(2)
    L = (["Member", "Member ID", "Plan", "Notice date", "Prescriber", "Request received", "Decision date",
          "Drug / service", "Site of care", "Diagnosis", "Review type"] if lab == 0 else
         ["Name:", "ID number:", "Coverage:", "Date of notice:", "Ordering doctor:", "Date we got the request:",
          "Date decided:", "What was asked for:", "Where given:", "Condition:", "Timeframe:"])
    plan = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO)", "Senior Advantage Medicare HMO plan",
                                 "KP Senior Advantage Plus (HMO)"]))
    pairs: list[tuple[str, str]] = [(L[0], w.name()), (L[1], w.mid()), (L[2], plan),
                                    (L[3], _dm(w, "DATE_LETTER", c.letter))]
    if c.provider:
        pairs.append((L[4], w.prov()))
    if c.received:
        pairs.append((L[5], _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        pairs.append((L[6], _dm(w, "DATE_DECISION", c.decision)))
    cshape = w.rng.randrange(3)
    for k, s in enumerate(c.services):
        cd = w.code(s["codes"][0])
        v = [f"{w.svc(s)} ({cd})", f"{cd} \u2013 {w.svc(s)}", f"{w.svc(s)}, HCPCS/CPT {cd}"][cshape]
        pairs.append((L[7] if k == 0 else "", v))
    pairs.append((L[8], site))
    for k, d in enumerate(c.diagnoses):
        pairs.append((L[9] if k == 0 else "", f"{M('DIAGNOSIS', d['text'])} ({M('ICD10', d['codes'][0])})"))
    pairs.append((L[10], "Fast (expedited)" if fast else "Standard"))
    b.append(Block("twocol", left=[p[0] for p in pairs], right=[p[1] for p in pairs], space_before=10, size=9,
                   bold=True, col_align=["left", "left"]))
    b.append(Block("rule", space_before=6))
    # prose
    b.append(w.h(w.pick(["What we decided", "Our decision"]), space_before=8))
    b.append(w.p(w.pick([
        f"We denied coverage of the drug listed above{' and its administration' if len(c.services) > 1 else ''}.",
        "We will not cover the medicine your doctor asked for under your Medicare medical (Part B) benefit.",
    ])))
    b.append(w.h(w.pick(["Why we denied it", "Reason"]), space_before=8))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Coverage rule(s) we applied: ", "Our decision is based on: "])
                     + "; ".join(w.crit(x) for x in c.criteria) + "."))
    if c.category == "not_covered" and w.chance(0.6):
        b.append(w.p("See " + M("PLAN_PROVISION", f"your {c.extra['year']} Evidence of Coverage, Chapter 4, "
                                                  "\"Medicare Part B prescription drugs\"") + "."))
    if _show_rev(w, 0.85):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        if not spec:
            t = f"Reviewed by: {nm}, {c.reviewer_title}."
        else:
            t = w.pick([f"Decision made by {nm}, a physician with expertise in {spec}.",
                        f"Physician reviewer \u2013 {nm}, {spec}."])
        if ph:
            t += f" Doctors may reach the reviewer at {ph}."
        b.append(w.p(t))
    b.append(w.p("You may ask for a free copy of the coverage rules and of your records used for this decision.",
                 size=9))
    b.append(w.h(w.pick(["You have the right to appeal", "HOW TO ASK US TO RECONSIDER"]), space_before=12))
    b.append(w.p(f"You or your doctor may ask for a reconsideration. Your request must be made within {days} from the "
                 f"date of this notice. Call {c.phones['ms']} (TTY {c.phones['tty']}), 8 a.m. to 8 p.m., 7 days a "
                 f"week, fax {c.phones['fax']}, or write to {', '.join(V.GRIEVANCE_ADDR[c.region])}."))
    t = "For a Part B drug we will give you our standard reconsideration decision within 7 days."
    if not no_exp:
        t += (" If waiting could seriously harm your health, ask for a fast reconsideration: we will decide within 72 "
              "hours, and if your doctor says you need a fast decision we will give you one.")
    b.append(w.p(t))
    if not no_ext:
        b.append(w.p("If we keep our denial, your case goes automatically to the Independent Review Entity, an "
                     "organization Medicare contracts with that is not part of Kaiser Permanente. You may also "
                     "appoint a representative (Form CMS-1696)."))
    b.append(w.p("Questions about Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. Free counseling: "
                 "your State Health Insurance Assistance Program (SHIP).", size=9))
    b.append(w.p(w.pick(["Kaiser Permanente Senior Advantage \u2013 Part B Drug Review",
                         "Pharmacy & Infusion Coverage Decisions"]), space_before=10))
    b.append(w.small("Kaiser Permanente is an HMO plan with a Medicare contract. Enrollment depends on contract "
                     "renewal.", space_before=6))
    b += _civil_rights(w)
    b += _taglines(w, "Multi-language Interpreter Services")
    return b, st, ["partb_form_labels", "partb_form_questions"][lab]


# === 4. Colorado / Georgia UM letter to the requesting provider, member copy =====================================

_PROV_KEYS = ["mri_lumbar", "ct_perfusion", "knee_scope", "scs", "capsule", "hyperbaric", "hip_replacement",
              "varicose", "lumbar_fusion", "genetic_test"]
_TZ = {"CO": "Mountain", "GA": "Eastern"}


def reason_b9_prov(w: W) -> str:
    c, s = w.c, w.c.scenario
    den_l = join_and([x["text"] if x["text"][:2].isupper() else x["text"][:1].lower() + x["text"][1:]
                      for x in _denied(c)])
    pl = len(_denied(c)) > 1
    if "notice.reason_specific" in c.defects:
        return w.pick(["Does not meet medical necessity criteria.", "Medical necessity not established."])
    if c.category == "out_of_network":
        return w.pick([
            f"The request is to send the patient to {c.outside}, which is not a contracted provider. "
            f"{_cap(den_l)} {'are' if pl else 'is'} available from network clinicians, so the out-of-network "
            "referral is denied.",
            f"{c.outside} is outside the Kaiser Permanente network and no exception applies: in-network specialists "
            f"perform {den_l}.",
        ])
    if c.category == "experimental_investigational":
        fact = E.to_provider_voice(w.pick(s.get("exp") or ["published evidence does not show improved outcomes"]))
        return w.pick([f"{_cap(den_l)} {'are' if pl else 'is'} considered investigational for this indication: "
                       f"{fact}.",
                       f"The request was denied as experimental/investigational because {fact}."])
    fact = E.to_provider_voice(w.pick(s.get("mn") or ["the documentation does not support the request"]))
    return w.pick([f"Per the documentation submitted, {fact}. The request does not meet medical necessity criteria.",
                   f"{_cap(den_l)} {'were' if pl else 'was'} not approved because {fact}.",
                   f"Medical necessity is not established: {fact}."])


def t_b9_prov(w: W):
    c = w.c
    fmt = _fmt(w, ["ord_abbr", "pad_nc", "ymd_words", "mon_dash", "dots"])
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    fast = c.urgency == "expedited"
    entity = V.REGION_ENTITY[c.region][0]
    no_ext = "notice.external_review" in c.defects
    no_exp = "notice.expedited_review" in c.defects
    no_cap = "notice.consumer_assistance" in c.defects
    tz = _TZ[c.state]
    days = M("APPEAL_DAYS", c.appeal_phrase)
    st.footer = [w.pick(["Provider notification \u2013 {page}/{pages}", "CONFIDENTIAL \u2013 page {page}",
                         c.ids["auth"] + " \u00b7 {page}"])]
    st.footer_align = w.pick(["left", "center"])
    b: list[Block] = []
    dept = w.pick(["Utilization Management", "Clinical Review Department", "Medical Review & Authorizations",
                   "Prior Authorization Services"])
    b.append(w.p(f"Kaiser Permanente {_state_name(c.state)} \u2013 {dept}", bold=True, size=12, space_before=0))
    b.append(w.p(f"{entity} \u00b7 {M('REGION', c.region)} \u00b7 Fax {c.phones['fax']}", size=8.5, space_before=0))
    # reference number block in a right-aligned box
    ref_rows = [[w.pick(["Reference #", "Ref. no."]), c.ids["ref"]], ["Authorization", c.ids["auth"]],
                [w.pick(["Member ID", "Patient MRN"]), w.mid()],
                [w.pick(["Date", "Notice date"]), _dm(w, "DATE_LETTER", c.letter)]]
    if w.chance(0.5):
        ref_rows.insert(2, ["Review type", "Urgent pre-service" if fast else "Standard pre-service"])
    b.append(Block("table", rows=ref_rows, header_row=False, indent=w.pick([250.0, 270.0, 290.0]), space_before=10,
                   size=8.5))
    if fmt == "dots":
        b.append(w.small(DOTS_NOTE, align="right", space_before=2))
    # addressee: the provider
    b.append(w.p(w.pick(["TO: ", "Attn: ", ""]) + w.prov(), space_before=12))
    b += [w.p(x, space_before=0) for x in c.provider_addr]
    b.append(w.p(M("PLAN_CUE", w.pick([f"{_state_name(c.state)} commercial HMO \u2013 employer group: {c.extra['employer']}",
                                       "Kaiser Permanente HMO (fully insured group)",
                                       f"KP {_state_name(c.state)} Individual & Family Plan (HMO)"])), size=8.5,
                 space_before=4))
    sub = w.pick(["RE: Adverse determination \u2013 request not authorized",
                  "Subject: Utilization review denial", "Re: Denial of prior authorization request"])
    b.append(w.p(f"{sub} \u2013 Patient: {w.name()}", bold=True, space_before=12))
    b.append(w.p(w.pick([f"Dear {c.provider_short}:", "Dear Provider:", "Dear Dr. / Clinician:"]), space_before=10))
    t = "We have completed our review of your request"
    if c.received:
        t += f" received {_dm(w, 'DATE_RECEIVED', c.received)}"
    t += " for the following:"
    b.append(w.p(t))
    shape = w.rng.randrange(3)
    mark = w.pick(["-", ">", "*"])
    for s in c.services:
        if s["codes"]:
            cs = ", ".join(w.code(x) for x in s["codes"])
            line = [f"{cs}  {w.svc(s)}", f"{w.svc(s)} \u2013 code {cs}", f"{w.svc(s)} ({cs})"][shape]
        else:
            line = w.svc(s)
        b.append(w.p(f"{mark} {line}", indent=18, space_before=1))
    if c.diagnoses:
        b.append(w.p(w.pick(["Submitted diagnosis: ", "ICD-10: "]) + _dx_list(w), space_before=4))
    dec = "The request is denied."
    if c.decision:
        dec = f"Determination made {_dm(w, 'DATE_DECISION', c.decision)}: the request is denied."
    b.append(w.p(dec, bold=True, space_before=8))

    def reason_blk() -> list[Block]:
        return [w.h(w.pick(["Rationale", "Basis for determination", "Reason for denial"]), space_before=8),
                w.p(M("REASON", w.reason))]

    def crit_blk() -> list[Block]:
        if not c.criteria:
            return []
        out = [w.p(w.pick(["Clinical criteria applied:", "Criteria used in this review:",
                           "The following guideline(s) were applied:"]), space_before=6)]
        bul = w.pick(["-", "*", "+"])
        for x in c.criteria:
            out.append(w.p(f"{bul} {w.crit(x)}", indent=16, space_before=1))
        return out

    def p2p_blk() -> list[Block]:
        if c.reviewer is not None and _show_rev(w, 0.9):
            name, cred, spec, ph = _rev(w)
            nm = name + (f", {cred}" if cred else "")
            who = (f"{nm}, {c.reviewer_title}" if not spec else
                   w.pick([f"{nm}, board certified in {spec}", f"{nm} ({spec})"]))
            t = f"This determination was made by {who}."
            t += (f" A peer-to-peer conversation is available: call {ph if ph else c.phones['dept']}, Monday through "
                  f"Friday, 8 a.m. to 5 p.m. {tz} time.")
        else:
            t = (f"To speak with the reviewing physician (peer-to-peer), call {c.phones['dept']}, Monday through "
                 f"Friday, 8 a.m. to 5 p.m. {tz} time.")
        return [w.p(t, space_before=6)]

    order = w.rng.randrange(3)
    if order == 0:
        b += reason_blk() + crit_blk() + p2p_blk()
    elif order == 1:
        b += reason_blk() + p2p_blk() + crit_blk()
    else:
        b += crit_blk() + reason_blk() + p2p_blk()
    b.append(w.p("Copies of the criteria used are available free of charge on request.", size=9))
    b.append(w.h(w.pick(["Appeal rights (member and provider)", "APPEALS", "How to appeal"]), space_before=12))
    b.append(w.p(f"The member, or you acting for the member, may appeal within {days} after the member receives this "
                 f"notice. Send appeals to {', '.join(V.GRIEVANCE_ADDR[c.region])}, or call {c.phones['ms']}."))
    if not no_exp:
        b.append(w.p("If you certify that the standard time frame could seriously jeopardize the member's life, health "
                     "or ability to regain maximum function, the appeal will be expedited and decided within 72 "
                     "hours."))
    if not no_ext:
        reg = {"CO": "Colorado Division of Insurance", "GA": "Georgia Office of Commissioner of Insurance"}[c.state]
        b.append(w.p(f"After the internal appeal, the member may request external review by an independent review "
                     f"organization through the {reg}."))
    if not no_cap:
        nm, ph = V.CONSUMER_ASSIST[c.state]
        b.append(w.p(f"Consumer assistance for the member: {nm}, {ph}.", size=9))
    b.append(w.p(w.pick(["Regards,", "Sincerely,"]), space_before=12))
    b.append(w.p(f"{dept}, {entity}", space_before=4))
    b.append(w.p(f"cc: {w.name()} (member copy)" + (", with member address on file" if w.chance(0.5) else ""),
                 size=8.5, space_before=8))
    b += _civil_rights(w)
    b += _taglines(w, w.pick(["Language access", "Interpreter services at no cost"]))
    return b, st, ["provider_copy_reason_first", "provider_copy_p2p_before_criteria", "provider_copy_criteria_first"][
        order]


# --- registry -----------------------------------------------------------------------------------------------------

BLIND9_TEMPLATES: dict[str, tuple] = {
    "blind9_hi_pharmacy_exception": (t_b9_rx, dict(
        plans=["commercial_hmo"], states=["HI", "WA"], kinds=["initial_denial"],
        cats=["medical_necessity", "not_covered", "experimental_investigational"], scenario_keys=_RX_KEYS,
        reason=reason_b9_rx)),
    "blind9_ca_concurrent_review": (t_b9_stay, dict(
        plans=["commercial_hmo"], states=["CA"], kinds=["partial_denial", "termination_notice"],
        cats=["medical_necessity"], scenario_keys=_STAY_KEYS, reason=reason_b9_stay)),
    "blind9_medicare_part_b_drug": (t_b9_pb, dict(
        plans=["medicare_advantage"], kinds=["initial_denial"],
        cats=["medical_necessity", "experimental_investigational", "not_covered"], scenario_keys=_PB_KEYS,
        reason=reason_b9_pb)),
    "blind9_co_ga_provider_copy": (t_b9_prov, dict(
        plans=["commercial_hmo"], states=["CO", "GA"], kinds=["initial_denial"],
        cats=["medical_necessity", "experimental_investigational", "out_of_network"], scenario_keys=_PROV_KEYS,
        reason=reason_b9_prov)),
}
MODELED_ON = {
    "blind9_hi_pharmacy_exception": "blind9: Hawaii or Washington commercial HMO pharmacy benefit letter denying a "
                                    "formulary or prior-authorization exception for a specialty drug, with a drug box "
                                    "(strength, quantity, days' supply, NDC or J-code), covered alternatives, appeal, "
                                    "72-hour urgent appeal and state IRO external review",
    "blind9_ca_concurrent_review": "blind9: California commercial HMO concurrent review of an inpatient, skilled "
                                   "nursing or acute rehabilitation stay (days approved vs. not approved, last covered "
                                   "day, attending physician, discharge planning, 72-hour appeal, IMR and DMHC)",
    "blind9_medicare_part_b_drug": "blind9: Medicare Advantage (Senior Advantage) Part B drug or infusion denial laid "
                                   "out as a two-column form (labels left, values right) followed by prose; 60-day "
                                   "reconsideration, 7-day Part B drug decision, 72-hour fast appeal and IRE",
    "blind9_co_ga_provider_copy": "blind9: Colorado or Georgia utilization management denial sent to the requesting "
                                  "provider with a member copy line, a right-aligned reference box, a peer-to-peer "
                                  "offer, bulleted clinical criteria and member appeal/external review rights",
}
