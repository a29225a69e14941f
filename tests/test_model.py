"""The records extraction makes: immutable values that compare, hash and copy by their fields."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.model import Evidence, Mention, Sentence


@pytest.mark.parametrize("record", [
    Sentence(0, 24, "Quorvex hired Dara Wilkes."),
    Mention(0, 7, "Quorvex", "Organization", "org-suffix", 0.9),
    Evidence("Quorvex hired Dara Wilkes.", 0, 24, "role-hired", 0.8),
])
def test_records_are_immutable_values(record: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.start = 3  # type: ignore[attr-defined]
    with pytest.raises((AttributeError, TypeError)):
        record.note = "extra"  # type: ignore[attr-defined]  # slots: no stray attributes
    assert pickle.loads(pickle.dumps(record)) == record
    assert hash(dataclasses.replace(record)) == hash(record)


def test_restated_evidence_keeps_the_sentence_and_changes_the_rule() -> None:
    ev = Evidence("Quorvex hired Dara Wilkes.", 0, 24, "role-hired", 0.8)
    again = ev.restated("country-from-headquarters", 0.6)
    assert (again.sentence, again.start, again.end) == (ev.sentence, ev.start, ev.end)
    assert (again.rule, again.confidence) == ("country-from-headquarters", 0.6)
