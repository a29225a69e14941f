"""The extraction pipeline: segment -> mentions -> resolve -> relate -> derive."""
from __future__ import annotations

import re

from kg.extract import mentions as find_mentions
from kg.extract import rules as rule_registry
from kg.extract.derive import derive
from kg.extract.geo import implied_facts
from kg.extract.names import family_facts, line_facts, maker_facts, name_country_facts, name_seat_facts
from kg.extract.prefilter import text_words
from kg.extract.relate import relate
from kg.extract.resolve import Resolver
from kg.extract.segment import split
from kg.model import Article, Extraction, Sentence

_DATE_LINE = re.compile(r"^\s*(?:Published|Date|Posted)\s*:", re.I)


def article_sentences(article: Article) -> list[Sentence]:
    """The title and body sentences; the ``Published:`` line is metadata, not text."""
    return [s for s in split(article.content) if not _DATE_LINE.match(s.text)]


def run(article: Article, ruleset: rule_registry.RuleSet | None = None) -> Extraction:
    ruleset = ruleset or rule_registry.default()
    lex = ruleset.lexicon
    sentences = article_sentences(article)
    words = [text_words(s.text) for s in sentences]  # what the pre-filters of both stages test
    mentions = find_mentions.find(sentences, lex, words)
    resolver = Resolver(lex)
    entities = resolver.resolve(mentions, sentences, article.text)
    key_of = resolver.keys_by_span()
    facts, memberships = relate(article, sentences, mentions, key_of, entities, ruleset, words)
    ex = Extraction(article=article, entities=entities, facts=facts, memberships=memberships)
    ex.facts.extend(name_seat_facts(ex, lex))  # before implied_facts: a seat gives a country too
    ex.facts.extend(implied_facts(ex, lex))
    ex.facts.extend(maker_facts(ex))
    ex.facts.extend(line_facts(ex))
    ex.facts.extend(family_facts(ex))
    ex.facts.extend(name_country_facts(ex, lex))
    return derive(ex)
