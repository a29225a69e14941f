"""Shared fixtures: hand-built extractions that do not depend on the extractor's rules."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from kg.model import (CURRENT, FORMER, ORG, PERSON, PLACE, PRODUCT, Article, Entity, Evidence,
                      Extraction, Fact, Membership, Value)


def _ev(text: str, phrase: str, rule: str = "test-rule", confidence: float = 0.9) -> Evidence:
    start = text.index(phrase)
    return Evidence(phrase, start, start + len(phrase), rule, confidence)


def make_extractions() -> list[Extraction]:
    """Two small articles about one company, written for the tests (not from any eval set)."""
    t1 = ("Acme Widgets names new chief\nPublished: March 3, 2021\n\n"
          "Jane Roe, chief executive of Acme Widgets Inc., said the Boston-based company "
          "launched the RoboMop vacuum in May. Acme acquired Beta Labs for $2 billion.")
    a1 = Article(id="acme-1", text=t1, source="acme-1.txt", title="Acme Widgets names new chief",
                 published=dt.date(2021, 3, 3), body_start=t1.index("Jane"))
    t2 = ("Acme chair steps down\nPublished: June 1, 2022\n\n"
          "John Doe, the former CEO of Acme Widgets, became chairman. "
          "<script>alert('x')</script> Acme competes with Gamma Corp.")
    a2 = Article(id="acme-2", text=t2, source="acme-2.txt", title="Acme chair steps down",
                 published=dt.date(2022, 6, 1), body_start=t2.index("John"))

    def ent(kind: str, key: str, label: str, text: str, *aliases: str, sub: str | None = None) -> Entity:
        return Entity(key=key, kind=kind, label=label, aliases={label, *aliases},
                      subtypes={sub} if sub else set(), evidence=_ev(text, label))

    acme1 = ent(ORG, "organization/acme-widgets", "Acme Widgets", t1, "Acme Widgets Inc.", "Acme")
    roe = ent(PERSON, "person/jane-roe", "Jane Roe", t1, "Roe")
    boston = ent(PLACE, "place/boston", "Boston", t1, sub="City")
    mop = ent(PRODUCT, "product/robomop", "RoboMop", t1)
    beta = ent(ORG, "organization/beta-labs", "Beta Labs", t1)
    ex1 = Extraction(article=a1, entities={e.key: e for e in (acme1, roe, boston, mop, beta)})
    ev_role = _ev(t1, "Jane Roe, chief executive of Acme Widgets Inc.", "role-appositive")
    ex1.facts += [
        Fact(acme1.key, "ceo", roe.key, ev_role),
        Fact(acme1.key, "member", roe.key, ev_role),
        Fact(acme1.key, "headquarters", boston.key, _ev(t1, "Boston-based company", "based-in")),
        Fact(mop.key, "manufacturer", acme1.key, _ev(t1, "launched the RoboMop", "launch")),
        Fact(mop.key, "releaseDate", Value("2021-05", "gYearMonth"), _ev(t1, "in May", "launch-date")),
        Fact(mop.key, "category", Value("vacuum"), _ev(t1, "RoboMop vacuum", "category-head")),
        Fact(acme1.key, "acquired", beta.key, _ev(t1, "Acme acquired Beta Labs", "acquire-verb")),
    ]
    ex1.memberships.append(Membership(acme1.key, roe.key, ("CEO",), "chief executive", CURRENT, ev_role))

    acme2 = ent(ORG, "organization/acme-widgets", "Acme Widgets", t2, "Acme")
    doe = ent(PERSON, "person/john-doe", "John Doe", t2, "Doe")
    gamma = ent(ORG, "organization/gamma-corp", "Gamma Corp", t2)
    ex2 = Extraction(article=a2, entities={e.key: e for e in (acme2, doe, gamma)})
    ev_doe = _ev(t2, "John Doe, the former CEO of Acme Widgets", "role-appositive")
    ev_chair = _ev(t2, "became chairman", "role-became")
    ex2.facts += [
        Fact(acme2.key, "ceo", doe.key, ev_doe),
        Fact(acme2.key, "chair", doe.key, ev_chair),
        Fact(acme2.key, "member", doe.key, ev_doe),
        Fact(acme2.key, "competitor", gamma.key, _ev(t2, "Acme competes with Gamma Corp", "compete-verb")),
    ]
    ex2.memberships += [
        Membership(acme2.key, doe.key, ("CEO",), "former CEO", FORMER, ev_doe),
        Membership(acme2.key, doe.key, ("Chair",), "chairman", CURRENT, ev_chair),
    ]
    return [ex1, ex2]


@pytest.fixture
def extractions() -> list[Extraction]:
    return make_extractions()


@pytest.fixture
def dataset(extractions):  # type: ignore[no-untyped-def]
    from kg.rdf import to_dataset

    return to_dataset(extractions)


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The tests (and the kg processes they start) keep kg's disk cache in a folder of their own."""
    previous = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))
    yield
    if previous is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = previous
