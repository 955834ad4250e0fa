"""The concept checker: a taxonomy concept ("large-scale distributed systems") is met by its own
phrase or enough indirect evidence (sharding, replication, Kafka at scale), partly by some."""

from __future__ import annotations

from match_helpers import results

ENGINEER = "EXPERIENCE\nSoftware Engineer, Quarry Labs   Jan 2020 – Dec 2025\n"
DISTRIBUTED = "Experience with large-scale distributed systems"


def test_indirect_evidence_meets_a_concept() -> None:
    [result] = results(
        DISTRIBUTED,
        ENGINEER + "- Sharded the orders database across 64 nodes\n"
        "- Ran Kafka clusters handling 2M events per second\n"
        "- Designed cross-region replication for the ledger\n",
    )
    assert result.verdict == "met"
    assert result.parts[0].kind == "concept"
    assert "Large-scale distributed systems" in result.reason
    assert "Sharded" in result.reason and "replication" in result.reason


def test_a_concept_with_no_evidence_is_missing_and_says_what_was_looked_for() -> None:
    [result] = results(DISTRIBUTED, ENGINEER + "- Built the marketing site in WordPress\n")
    assert result.verdict == "missing"
    assert "no evidence of large-scale distributed systems" in result.reason
    assert result.searched_for and "e.g." in result.searched_for[0]


def test_a_single_weak_sign_is_partly_met() -> None:
    [result] = results(
        "Oracle Database: performance tuning, indexing, query optimization",
        ENGINEER + "- Cut report run time 80% through query optimization and new indexes\n",
    )
    [concept] = [part for part in result.parts if part.kind == "concept"]
    assert concept.verdict == "partial" and "Performance optimization" in concept.reason
