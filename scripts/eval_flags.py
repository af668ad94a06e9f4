"""Flag precision/recall of the whole pipeline on generated letters from templates held out of extraction training.

    python scripts/eval_flags.py [--n 60] [--templates twocol_header,eob_claim,medicaid_notice] [--seed 9000]

Expected flags come from the generator's truth (planted defects); either-way flags are not counted. Also checks
that no California-only rule is raised outside California or on a Medicare Advantage letter.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from analyzer import analyze
from analyzer.samplegen import generate, render_pdf

CA_ONLY_PREFIXES = ("second_opinion.", "mh_parity.", "experimental.terminal", "network.no_timely")
CA_ONLY_IDS = {"notice.dmhc_statement", "notice.reviewer_contact"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--templates", default="twocol_header,eob_claim,medicaid_notice")
    ap.add_argument("--seed", type=int, default=9000)
    a = ap.parse_args()
    templates = a.templates.split(",")
    tp = fp = fn = 0
    so_tp = so_fn = 0
    ca_leaks = 0
    per_rule: Counter = Counter()
    for i in range(a.n):
        spec = generate(a.seed + i, template=templates[i % len(templates)])
        res = analyze(render_pdf(spec, None), file_name=f"{spec.template}-{i}.pdf").result
        truth = spec.truth
        pred = {f["rule_id"] for f in res["flags"]}
        exp, either = set(truth.get("expected_flags", [])), set(truth.get("either_way_flags", []))
        tp += len(pred & exp)
        fn += len(exp - pred)
        fp += len(pred - exp - either)
        for r in pred - exp - either:
            per_rule["fp " + r] += 1
        for r in exp - pred:
            per_rule["fn " + r] += 1
        so = {r for r in exp if r.startswith("second_opinion.")}
        so_tp += len(so & pred)
        so_fn += len(so - pred)
        if truth.get("state") != "CA" or truth.get("plan_type") == "medicare_advantage":
            ca_leaks += sum(1 for r in pred if r.startswith(CA_ONLY_PREFIXES) or r in CA_ONLY_IDS)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    out = {"letters": a.n, "templates": templates, "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3),
           "recall": round(r, 3), "second_opinion_recall": round(so_tp / (so_tp + so_fn), 3) if so_tp + so_fn else None,
           "ca_only_rules_outside_ca_or_ma": ca_leaks, "errors_by_rule": dict(per_rule.most_common(15))}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
