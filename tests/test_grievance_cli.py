"""`python -m analyzer grievance` on the bundled second-opinion denial: five files, and the right request."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "second_opinion_denial.pdf"


def test_grievance_bundle_for_a_second_opinion_denial(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "grievance", str(SAMPLE), "--out", str(tmp_path),
         "--fact", "member_concerns=yes", "--member-phone", "(510) 555-0100"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("grievance.docx", "grievance.pdf", "grievance.txt", "deadlines.ics", "analysis.json"):
        assert (tmp_path / name).stat().st_size > 0, name
    text = (tmp_path / "grievance.txt").read_text()
    assert "What was denied: a second opinion" in text  # the opinion was refused, not the operation
    assert "authorize 1." not in text
    assert "§ 1383.15" in text
    assert "(510) 555-0100" in text
    # addressed where the denial letter says to send a grievance, as printed there
    assert "Member Relations Grievance Operations\nP.O. Box 939001\nSan Diego, CA 92193\n" in text
    assert "[GRIEVANCE MAILING ADDRESS" not in text
