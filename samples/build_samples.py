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


if __name__ == "__main__":
    for stem, seed, extra in SAMPLES:
        main(["--out", HERE, "--n", "1", "--seed", str(seed), "--name", stem, *shlex.split(extra)])
