"""Rebuild the committed sample letters: python samples/build_samples.py (deterministic; same bytes every run).

Each entry is one call of the generator's command line, so every sample's provenance is a single command
(also listed in samples/README.md).
"""

from __future__ import annotations

import os
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # run from a checkout without installing  # noqa: E402

from analyzer.samplegen.__main__ import main  # noqa: E402

# stem, seed, extra CLI arguments
SAMPLES = [
    ("second_opinion_denial", 1000, "--template second_opinion_ca --plan-type commercial_hmo --defects second_opinion.eligible_denied --photos 1"),
    ("ca_commercial_compliant", 1000, "--template kp_letterhead --plan-type commercial_hmo --state CA --letter-kind initial_denial --denial-category medical_necessity --defects none"),
    ("medi_cal_notice_of_action", 1000, "--template medi_cal_noa --defects notice.continuation_of_benefits,process.reviewer_not_physician --scans 1"),
    ("medi_cal_spanish", 1000, "--template medi_cal_noa_es --language es --defects notice.dmhc_statement"),
    ("medicare_advantage_ndmc", 1000, "--template cms_ndmc_form --letter-kind initial_denial --defects medicare.internal_criteria"),
    ("erisa_georgia", 1000, "--template erisa_adverse --state GA --letter-kind initial_denial --defects process.decision_untimely,notice.external_review"),
    ("er_payment_eob", 1000, "--template eob_claim --plan-type commercial_hmo --state CA --defects process.emergency_prior_auth,notice.appeal_deadline --scans 1 --fax"),
    ("grievance_decision_compliant", 1000, "--template grievance_decision --plan-type commercial_hmo --state CA --defects none"),
    ("fax_washington_partial", 1000, "--template fax_provider --plan-type commercial_hmo --state WA --letter-kind partial_denial --defects process.reviewer_not_physician,notice.criteria_cited"),
    ("mh_residential_ca", 1000, "--template twocol_header --plan-type commercial_hmo --state CA --defects mh_parity.non_association_criteria"),
    ("maryland_medicaid", 1000, "--template medicaid_notice --state MD --defects none"),
    ("delay_notice_colorado", 1000, "--template plain_memo --plan-type commercial_hmo --state CO --letter-kind delay_notice --defects notice.delay_requirements"),
]


def command(stem: str, seed: int, extra: str) -> str:
    return f"python -m analyzer.samplegen --out samples --n 1 --seed {seed} --name {stem} {extra}"


README_HEAD = """# Sample letters

Synthetic Kaiser Permanente denial letters made by the project's own generator (`analyzer/samplegen`). Every
person, number, provider and claim in them is invented; the wording was written for the generator and is not
copied from real letters. Each letter has a truth file (`<stem>.json`, same fields as `../shared/devset`
truth files, plus `template`, `seed`, `layout`, `pages` and `defects`) listing the rule ids a correct analyzer
must raise (`expected_flags`), the debatable ones (`either_way_flags`) and a note per flag.

The app opens `second_opinion_denial.pdf` by default: a California commercial HMO second-opinion denial that
refuses an outside second opinion because the treating doctor's opinion is said to be enough, without offering
a qualified Plan specialist ({reason!r}).

Rebuild all of them (deterministic: same bytes every run): `python samples/build_samples.py` (this file is
rewritten too). Scans are image-only PDFs (no text layer; `.scan.pdf`); `er_payment_eob.scan.pdf` is fax-like
(binarized). The photo is a JPEG of page 1 as a phone camera would take it (tilt, shadow, low contrast, table
around it).

| files | template (layout) | what it exercises | expected flags | provenance |
| --- | --- | --- | --- | --- |
"""

README_TAIL = """
`bulk_analysis.ipynb` is not a sample letter (it belongs to the bulk-analysis notebook API).

## Making more

    python -m analyzer.samplegen --out DIR --n 200 --seed 0 --scans 10 --photos 5 [--text]

writes `<id>.pdf` + `<id>.json` per letter (and `.scan.pdf` / `.photo.jpg` for the first K); `--text` adds the
generator's plain text and character-offset annotations. From Python: `generate(seed, template=..., plan_type=...,
state=..., letter_kind=..., denial_category=..., urgency=..., language=..., defects=[rule ids])`.
"""


def write_readme() -> None:
    import json

    rows = []
    reason = ""
    for stem, seed, extra in SAMPLES:
        with open(os.path.join(HERE, stem + ".json"), encoding="utf-8") as f:
            t = json.load(f)
        if stem == "second_opinion_denial":
            reason = t["denial_reason"]
        files = [f"`{stem}.pdf`", f"`{stem}.json`"]
        for suffix in (".scan.pdf", ".photo.jpg"):
            if os.path.exists(os.path.join(HERE, stem + suffix)):
                files.append(f"`{stem}{suffix}`")
        urg = " (expedited)" if t["urgency"] == "expedited" else ""
        ex = f"{t['state']} {t['plan_type']}, {t['letter_kind']}{urg}, {t['denial_category']}, {t['language']}, {t['pages']} pages"
        flags = ", ".join(f"`{x}`" for x in t["expected_flags"]) or "none (compliant)"
        rows.append(f"| {'<br>'.join(files)} | `{t['template']}` ({t['layout']}) | {ex} | {flags} | `{command(stem, seed, extra)}` |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD.format(reason=reason) + "\n".join(rows) + "\n" + README_TAIL)


if __name__ == "__main__":
    for stem, seed, extra in SAMPLES:
        main(["--out", HERE, "--n", "1", "--seed", str(seed), "--name", stem, *shlex.split(extra)])
    write_readme()
