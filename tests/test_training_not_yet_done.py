"""A course or exam an education entry says is still to come or under way ("planned 2027: further
training as Bilanzbuchhalter (not yet started)", "Payroll course – in progress") does not show it
done, even when the entry is dated like a job — via the CLI."""

from __future__ import annotations

POSTING = """Payroll Accountant – Graz

Requirements
- Completed Bilanzbuchhalter exam or Personalverrechner exam
- Completed Lohnverrechner course or similar payroll training
"""

RESUME = """<html><body><h1>Eva Gruber</h1><p>Graz · eva.gruber@example.com</p>
<h2>Experience</h2><p>2020-01 – present</p><p>Accounting Clerk – Steirer Treuhand GmbH, Graz</p>
<ul><li>Bookkeeping for 40 small clients in BMD NTCS</li></ul>
<h2>Education</h2>
<p>2012 – 2017</p><p>Bundeshandelsakademie Graz (HAK)</p>
<p>planned 2027</p><p>Further training as Personalverrechner or Bilanzbuchhalter (not yet started)</p>
<p>since 10/2026</p><p>Lohnverrechner course at the adult education centre – in progress</p>
</body></html>
"""


def test_training_not_started_or_under_way_is_not_done(score_lines) -> None:
    rows = score_lines(POSTING, RESUME, resume_name="resume.html")
    exam = rows["Completed Bilanzbuchhalter exam or Personalverrechner exam"]
    assert exam["verdict"] == "missing", exam
    course = rows["Completed Lohnverrechner course or similar payroll training"]
    assert course["verdict"] == "partial", course
    assert "in progress" in course["reason"], course
