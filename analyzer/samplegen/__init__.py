"""Synthetic Kaiser Permanente denial letters with ground truth: training data, test inputs and demo samples.

    from analyzer.samplegen import generate, render_pdf, render_scan, render_photo
    spec = generate(7, plan_type="medi_cal", defects=["notice.continuation_of_benefits"])
    pdf = render_pdf(spec, "x.pdf")           # text PDF (reportlab), same text as spec.text modulo whitespace
    scan = render_scan(pdf, dpi=200, fax=False, seed=7)   # image-only PDF
    photo = render_photo(pdf, 1, seed=7)      # JPEG of page 1

``spec.truth`` follows the devset truth format (plus ``template``, ``seed``, ``layout``, ``pages``, ``defects``);
``spec.annotations`` are ``(label, start, end)`` offsets into ``spec.text`` (pages joined by "\\f") with labels
MEMBER_NAME, MEMBER_ID, DATE_LETTER, DATE_RECEIVED, DATE_DECISION, DATE_SERVICE, SERVICE, CPT, HCPCS, DIAGNOSIS,
ICD10, REASON, REVIEWER_NAME, REVIEWER_CRED, REVIEWER_SPECIALTY, REVIEWER_PHONE, CRITERIA, PROVIDER, APPEAL_DAYS,
PLAN_CUE, PLAN_PROVISION, REGION. ``template_names()`` lists the training templates. The held-out evaluation sets
(``HELD_OUT_SETS``: fresh, final, blind, blind2, blind3, ...) are generated only when a template is named
(``generate(seed, template="fresh_qa_notice")``); ``held_out_template_names("blind5")`` or
``blind5_template_names()`` lists a set's templates and ``all_template_names()`` every template. ``DEFECTS`` lists
the plantable rule ids.
Command line: ``python -m analyzer.samplegen --out DIR --n N --seed S [--scans K --photos K --text]``.
"""

from . import api as _api
from .api import (
    HELD_OUT_SETS,
    PAGE_BREAK,
    LetterSpec,
    all_template_names,
    generate,
    held_out_template_names,
    letter_text,
    template_names,
)
from .defects import DEFECTS
from .render import render_pdf, render_photo, render_scan

__all__ = [
    "generate",
    "LetterSpec",
    "render_pdf",
    "render_scan",
    "render_photo",
    "letter_text",
    "template_names",
    "all_template_names",
    "held_out_template_names",
    "HELD_OUT_SETS",
    "DEFECTS",
    "PAGE_BREAK",
]

# ``fresh_template_names``, ``blind5_template_names``, ...: one per held-out set.
for _name in HELD_OUT_SETS:
    globals()[f"{_name}_template_names"] = getattr(_api, f"{_name}_template_names")
    __all__.append(f"{_name}_template_names")
del _name
