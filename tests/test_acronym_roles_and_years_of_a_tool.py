"""Three classes, via the CLI:

- a role asked by its acronym ("Experience as a Family Group Conference Coordinator (FGCC)") is
  shown by a job titled with the words the acronym spells, not only by a hedged mention of the
  letters elsewhere;
- "3+ years building web apps with React": the years are of the tool the work was done with, so a
  job in another framework does not count toward them;
- "Web performance work (Lighthouse, Core Web Vitals)" asks for web performance, not for any web
  work.
"""

from __future__ import annotations

COORDINATOR = """Family Group Conference Coordinator — Calderdale Council

Desirable
- Experience as a Family Group Conference Coordinator (FGCC)
"""


def test_a_role_asked_by_its_acronym_is_shown_by_its_spelled_out_title(score_lines) -> None:
    resume = (
        "Priya Desai\n\nPROFILE\nI would like to keep working alongside FGCC colleagues in a larger team.\n\n"
        "EXPERIENCE\nFamily Group Conference Coordinator — Kirklees Council (2019 – present)\n"
        "- Convene and chair about 40 family group conferences a year\n"
    )
    rows = score_lines(COORDINATOR, resume)
    row = rows["Experience as a Family Group Conference Coordinator (FGCC)"]
    assert row["verdict"] == "met", row["reason"]
    assert row["evidence"][0]["text"].startswith("Family Group Conference Coordinator")


FRONTEND = """Frontend Engineer — Kobo Pay, Lagos

What you'll need
- 3+ years of professional experience building web apps with React

Bonus points
- Web performance work (Lighthouse, Core Web Vitals)
"""


def _developer(react_since: str) -> str:
    return (
        "Ade Bello\n\nEXPERIENCE\n"
        f"Frontend Developer — Oja Market, Ibadan ({react_since} – present)\n"
        "- Built the seller dashboard in React 18 with Zustand\n"
        "Frontend Developer — Bodija Web Works, Ibadan (2018 – 2022)\n"
        "- Client websites in Vue.js 2 and Vuex\n"
    )


def test_years_of_work_done_with_a_tool_are_years_of_the_tool(score_lines) -> None:
    rows = score_lines(FRONTEND, _developer("Jan 2025"))
    row = rows["3+ years of professional experience building web apps with React"]
    assert row["verdict"] == "partial", row["reason"]
    assert "in jobs of React" in row["reason"]
    rows = score_lines(FRONTEND, _developer("Jan 2022"))
    assert rows["3+ years of professional experience building web apps with React"]["verdict"] == "met"


def test_web_performance_is_not_any_web_work(score_lines) -> None:
    rows = score_lines(FRONTEND, _developer("Jan 2022"))
    assert rows["Web performance work (Lighthouse, Core Web Vitals)"]["verdict"] == "missing"
    tuned = (
        _developer("Jan 2022")
        + "- Cut the Largest Contentful Paint from 4.1 s to 1.8 s; core web vitals now green\n"
    )
    rows = score_lines(FRONTEND, tuned)
    assert rows["Web performance work (Lighthouse, Core Web Vitals)"]["verdict"] == "met"
