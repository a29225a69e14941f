"""kg.extract.resolve's helpers: the shortcuts they take give what the plain tests give."""
from __future__ import annotations

import re

import pytest

from kg.extract import pipeline
from kg.extract.resolve import Resolver, org_core, short_forms
from kg.extract.rules import default
from kg.read import read_text


@pytest.mark.parametrize("name", ["Acme's", "Acme’s", "Acme's\n", "The Acme Group Ltd.", "Acme, Inc.", "Acmes", "s"])
def test_org_core_strips_a_possessive_only_where_the_pattern_would(name: str) -> None:
    lex = default().lexicon
    plain = re.sub(r"[’']s$", "", name)
    assert org_core(name, lex) == org_core(plain, lex)


def test_short_forms_find_the_one_longer_core_that_adds_trade_words() -> None:
    lex = default().lexicon
    tail = sorted(lex.trade_tails)[0].lower()
    cores = ["norvane", f"norvane {tail}", "acme", f"acme {tail}", f"acme motors {tail}", "acme capital", "acmex"]
    found = short_forms(["norvane", "acme", "acmex"], cores, lex)
    tails = {w.lower() for w in lex.trade_tails}
    plain = {}
    for core in ["norvane", "acme", "acmex"]:
        longer = [c for c in cores if c.startswith(core + " ") and tails.issuperset(c[len(core) + 1:].split())]
        if len(longer) == 1:
            plain[core] = longer[0]
    assert found == plain and found["norvane"] == f"norvane {tail}"


@pytest.mark.parametrize("bare,cores,expected", [
    ("vlot", ["vlot", "vlot pakket"], "vlot pakket"),  # a trade word no English dictionary lists
    ("selva", ["selva", "banco selva"], "banco selva"),  # a head word put first
    ("vlot", ["vlot", "vlot australia"], None),  # a regional unit
    ("vlot", ["vlot", "vlot pictures"], None),  # an English plural: a unit's name
    ("vlot", ["vlot", "vlot interactive"], None),  # a head word that is no trade's
    ("selva", ["selva", "banco selva", "grupo selva"], None),  # which one it means is unsaid
])
def test_short_forms_of_foreign_and_head_first_names(bare: str, cores: list[str], expected: str | None) -> None:
    assert short_forms([bare], cores, default().lexicon).get(bare) == expected


def test_keys_by_span_is_entity_of_for_every_mention() -> None:
    article = read_text("Acme Ltd. hired Jo Bloggs in Leeds. Acme's chief, Bloggs, moved to Paris.", "t1")
    lex = default().lexicon
    sentences = pipeline.article_sentences(article)
    words = [pipeline.text_words(s.text) for s in sentences]
    mentions = pipeline.find_mentions.find(sentences, lex, words)
    resolver = Resolver(lex)
    resolver.resolve(mentions, sentences, article.text)
    assert resolver.keys_by_span() == {(m.start, m.end): k for m in mentions if (k := resolver.entity_of(m))}
    assert resolver.keys_by_span()


@pytest.mark.parametrize("name, core", [("Harlan & Co.", "harlan"), ("Harlan and Co", "harlan"),
                                        ("Harlan & Sons", "harlan & sons"), ("Harlan & Vell", "harlan & vell")])
def test_org_core_drops_the_ampersand_of_a_legal_form(name: str, core: str) -> None:
    assert org_core(name, default().lexicon) == core


def test_an_ampersand_company_and_its_short_name_are_one_entity() -> None:
    ex = pipeline.run(read_text("Title\n\nTarlow & Co. said profit rose. Tarlow opened a store in Leeds.\n",
                                source="t.txt"))
    orgs = [e for e in ex.entities.values() if e.kind == "Organization"]
    assert len(orgs) == 1 and not orgs[0].label.endswith("&")
