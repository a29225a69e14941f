"""The records extraction makes: immutable values that compare, hash and copy by their fields."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.model import Evidence, Mention, Sentence


@pytest.mark.parametrize("record", [
    Sentence(0, 24, "Quorvex hired Dara Quillon."),
    Mention(0, 7, "Quorvex", "Organization", "org-suffix", 0.9),
    Evidence("Quorvex hired Dara Quillon.", 0, 24, "role-hired", 0.8),
])
def test_records_are_immutable_values(record: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.start = 3  # type: ignore[attr-defined]
    with pytest.raises((AttributeError, TypeError)):
        record.note = "extra"  # type: ignore[attr-defined]  # slots: no stray attributes
    assert pickle.loads(pickle.dumps(record)) == record
    assert hash(dataclasses.replace(record)) == hash(record)


def test_restated_evidence_keeps_the_sentence_and_changes_the_rule() -> None:
    ev = Evidence("Quorvex hired Dara Quillon.", 0, 24, "role-hired", 0.8)
    again = ev.restated("country-from-headquarters", 0.6)
    assert (again.sentence, again.start, again.end) == (ev.sentence, ev.start, ev.end)
    assert (again.rule, again.confidence) == ("country-from-headquarters", 0.6)


def test_records_made_by_the_thousand_take_their_fields_by_name_and_default_and_stay_frozen() -> None:
    from kg.model import Fact, Membership, Value

    m = Mention(start=0, end=7, text="Quorvex", kind="Organization", rule="org-suffix")
    assert (m.confidence, m.subtype) == (0.8, None)
    assert m == Mention(0, 7, "Quorvex", "Organization", "org-suffix", 0.8, None)
    ev = Evidence("Quorvex hired Dara Quillon.", 0, 24, "role-hired", 0.8)
    fact = Fact("organization/quorvex", "country", Value("2020", "gYear"), ev)
    ms = Membership("organization/quorvex", "person/dara-wilkes", ("ceo",), "CEO", "current", ev)
    for record in (Value("x"), fact, ms):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, dataclasses.fields(record)[0].name, None)
        assert pickle.loads(pickle.dumps(record)) == record
    assert Value("x").datatype == "string"
    with pytest.raises(TypeError):
        Mention(0, 7, "Quorvex")  # type: ignore[call-arg]
