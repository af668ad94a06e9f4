"""Command line: write N synthetic letters (PDF + truth JSON, optional scans and photos) to a folder.

python -m analyzer.samplegen --out DIR --n N --seed S [--scans K] [--photos K] [--template T]
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from .api import HELD_OUT_SETS, all_template_names, generate
from .render import render_pdf, render_photo, render_scan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analyzer.samplegen", description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--n", type=int, default=10, help="number of letters")
    ap.add_argument("--seed", type=int, default=0, help="first seed; letter i uses seed+i")
    ap.add_argument("--scans", type=int, default=0, help="also write a simulated scan for the first K letters")
    ap.add_argument("--photos", type=int, default=0, help="also write a phone photo of page 1 for the first K letters")
    ap.add_argument("--template", choices=all_template_names(), default=None,
                    help="a template by name; the held-out sets' templates (" + ", ".join(f"{n}_*" for n in HELD_OUT_SETS)
                    + ") are only generated when named here")
    ap.add_argument("--plan-type", dest="plan_type", default=None)
    ap.add_argument("--state", default=None)
    ap.add_argument("--letter-kind", dest="letter_kind", default=None)
    ap.add_argument("--language", default=None)
    ap.add_argument(
        "--text",
        action="store_true",
        help="also write the letter's plain text and annotations (<id>.txt, <id>.ann.json)",
    )
    ap.add_argument("--denial-category", dest="denial_category", default=None)
    ap.add_argument("--urgency", default=None, choices=["standard", "expedited"])
    ap.add_argument("--defects", default=None, help="comma-separated rule ids to plant ('none' for a compliant letter)")
    ap.add_argument("--name", default=None, help="file stem (and truth id) when writing a single letter")
    ap.add_argument("--fax", action="store_true", help="make the scans fax-like (binarized)")
    a = ap.parse_args(argv)
    if a.name and a.n != 1:
        ap.error("--name needs --n 1")
    os.makedirs(a.out, exist_ok=True)
    given = dict(plan_type=a.plan_type, state=a.state, letter_kind=a.letter_kind, language=a.language,
                 denial_category=a.denial_category, urgency=a.urgency)
    cons: dict = {k: v for k, v in given.items() if v}
    if a.defects is not None:
        cons["defects"] = [] if a.defects in ("", "none") else [d.strip() for d in a.defects.split(",")]
    for i in range(a.n):
        seed = a.seed + i
        spec = generate(seed, template=a.template, **cons)
        if a.name:
            spec.truth["id"] = a.name
        stem = os.path.join(a.out, spec.id)
        pdf = render_pdf(spec, stem + ".pdf")
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(spec.truth, f, indent=2, ensure_ascii=False)
        if a.text:
            with open(stem + ".txt", "w", encoding="utf-8") as f:
                f.write(spec.text)
            with open(stem + ".ann.json", "w", encoding="utf-8") as f:
                json.dump([list(x) for x in spec.annotations], f)
        if i < a.scans:
            fax = a.fax or i % 3 == 2
            with open(stem + ".scan.pdf", "wb") as f:
                f.write(render_scan(pdf, dpi=200, fax=fax, seed=seed))
        if i < a.photos:
            with open(stem + ".photo.jpg", "wb") as f:
                f.write(render_photo(pdf, 1, seed=seed))
        print(
            f"{spec.id}\t{spec.template}\t{spec.truth['plan_type']}\t{spec.truth['letter_kind']}\t{','.join(spec.truth['expected_flags']) or '-'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
