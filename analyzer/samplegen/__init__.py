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
PLAN_CUE, PLAN_PROVISION, REGION. ``template_names()`` lists the templates (``fresh_template_names()`` the held-out evaluation templates, generated
only when named: ``generate(seed, template="fresh_qa_notice")``; ``final_template_names()`` the final held-out set, also
only by name; ``blind_template_names()`` the blind set and ``blind2_template_names()`` the second blind set, also only by
name; ``blind3_template_names()`` the third blind set, ``blind4_template_names()`` the fourth, ``blind5_template_names()`` the
fifth, ``blind6_template_names()`` the sixth, ``blind7_template_names()`` the seventh, ``blind8_template_names()`` the eighth, ``blind9_template_names()`` the ninth,
``blind10_template_names()`` the tenth, ``blind11_template_names()`` the eleventh, ``blind12_template_names()`` the
twelfth, ``blind13_template_names()`` the thirteenth, ``blind14_template_names()`` the fourteenth,
``blind15_template_names()`` the fifteenth, ``blind16_template_names()`` the sixteenth,
``blind17_template_names()`` the seventeenth, ``blind18_template_names()`` the eighteenth,
``blind19_template_names()`` the nineteenth, ``blind20_template_names()`` the twentieth and
``blind21_template_names()`` the twenty-first, likewise); ``DEFECTS`` the plantable rule ids.
Command line: ``python -m analyzer.samplegen --out DIR --n N --seed S [--scans K --photos K --text]``.
"""

from .api import (
    PAGE_BREAK,
    LetterSpec,
    blind2_template_names,
    blind3_template_names,
    blind4_template_names,
    blind5_template_names,
    blind6_template_names,
    blind7_template_names,
    blind8_template_names,
    blind9_template_names,
    blind10_template_names,
    blind11_template_names,
    blind12_template_names,
    blind13_template_names,
    blind14_template_names,
    blind15_template_names,
    blind16_template_names,
    blind17_template_names,
    blind18_template_names,
    blind19_template_names,
    blind20_template_names,
    blind21_template_names,
    blind_template_names,
    final_template_names,
    fresh_template_names,
    generate,
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
    "fresh_template_names",
    "final_template_names",
    "blind_template_names",
    "blind2_template_names",
    "blind3_template_names",
    "blind4_template_names",
    "blind5_template_names",
    "blind6_template_names",
    "blind7_template_names",
    "blind8_template_names",
    "blind9_template_names",
    "blind10_template_names",
    "blind11_template_names",
    "blind12_template_names",
    "blind13_template_names",
    "blind14_template_names",
    "blind15_template_names",
    "blind16_template_names",
    "blind17_template_names",
    "blind18_template_names",
    "blind19_template_names",
    "blind20_template_names",
    "blind21_template_names",
    "DEFECTS",
    "PAGE_BREAK",
]
