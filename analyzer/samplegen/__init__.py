"""Synthetic Kaiser Permanente denial letters with ground truth: training data, test inputs and demo samples.

from analyzer.samplegen import generate, render_pdf, render_scan, render_photo
spec = generate(7, plan_type="medi_cal")
pdf = render_pdf(spec, "x.pdf")
"""

from .api import PAGE_BREAK, LetterSpec, generate, letter_text, template_names
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
    "DEFECTS",
    "PAGE_BREAK",
]
