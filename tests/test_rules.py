"""Users' rules files: lexicon and patterns add facts, disable removes them, bad files are named."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import RDF

from kg.api import load_rules
from kg.cli import cli
from kg.extract import extract
from kg.extract.patterns import RuleError
from kg.model import Extraction
from kg.rdf import to_dataset
from kg.read import read_text
from kg.vocab import NKG, SDO

EXAMPLE = Path(__file__).parents[1] / "examples" / "rules.yml"

# Invented for these tests: no eval article says anything like it.
TEXT = ("Brantwell Holdings spins off its foundry\n\nPublished: 2024-02-05\n\n"
        "Brantwell Holdings spun off Kelmora Foundry on Monday. "
        "Kelmora Foundry has its headquarters in Marrowick. It makes cast iron parts.\n")


def facts(ex: Extraction) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every fact."""
    def name(key: object) -> str:
        return ex.entities[key].label if isinstance(key, str) and key in ex.entities else str(key)

    return {(name(f.subject), f.predicate, name(f.object)) for f in ex.facts}


def rules_file(tmp_path: Path, text: str, name: str = "my-rules.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def example_rules():  # type: ignore[no-untyped-def]
    return load_rules([EXAMPLE])


def test_example_pattern_and_lexicon_add_facts_absent_without_them(example_rules) -> None:
    article = read_text(TEXT, source="brantwell.txt")
    without = facts(extract(article))
    with_rules = facts(extract(article, example_rules))
    spun_off = ("Kelmora Foundry", "parentOrganization", "Brantwell")
    based_in = ("Kelmora Foundry", "headquarters", "Marrowick")  # needs the user's place and org head
    assert spun_off in with_rules and based_in in with_rules
    assert not {p for p in without if p[1] in ("parentOrganization", "headquarters")}


def test_user_rule_id_lands_in_the_rdf_evidence(example_rules) -> None:
    ex = extract(read_text(TEXT, source="brantwell.txt"), example_rules)
    ds = to_dataset([ex])
    evidence = set(ds.subjects(NKG.rule, Literal("parent-spun-off")))
    assert len(evidence) == 1
    node = evidence.pop()
    assert ds.value(node, RDF.predicate) == SDO.parentOrganization
    assert (ds.value(node, RDF.subject), SDO.parentOrganization, ds.value(node, RDF.object)) in ds
    start, end = int(ds.value(node, NKG.charStart)), int(ds.value(node, NKG.charEnd))
    assert TEXT[start:end] == "Brantwell Holdings spun off Kelmora Foundry on Monday."


def test_disable_switches_a_built_in_rule_off(tmp_path) -> None:
    article = read_text(TEXT, source="brantwell.txt")
    lexicon_only = "lexicon:\n  org_heads: [Foundry]\n  places: {Marrowick: United Kingdom}\n"
    on = load_rules([rules_file(tmp_path, lexicon_only, "on.yml")])
    off = load_rules([rules_file(tmp_path, lexicon_only + "disable: [hq-headquarters-in]\n", "off.yml")])
    assert ("Kelmora Foundry", "headquarters", "Marrowick") in facts(extract(article, on))
    assert "hq-headquarters-in" not in {r.id for r in off.rules}
    assert not {f for f in facts(extract(article, off)) if f[1] == "headquarters"}


def test_a_user_rule_with_a_built_in_id_replaces_it(tmp_path) -> None:
    text = "relations:\n  - {id: hq-based-in, pattern: 'never matches {ORG:a} zzz {PLACE:b}', emit: fact,\n" \
           "     args: {predicate: headquarters, subject: a, object: b}}\n"
    rules = load_rules([rules_file(tmp_path, text)])
    replaced = [r for r in rules.rules if r.id == "hq-based-in"]
    assert len(replaced) == 1 and replaced[0].source.endswith("my-rules.yml")


@pytest.mark.parametrize("body, names", [
    ("relations:\n  - {id: broken-paren, pattern: '{ORG:a} (bought {ORG:b}'}\n", ["broken-paren", "bad pattern"]),
    ("relations:\n  - {id: odd-macro, pattern: '{ORG:a} {NOPE} {ORG:b}'}\n", ["odd-macro", "{NOPE}"]),
    ("relations:\n  - {id: x, pattern: '{ORG:a}'\n", ["my-rules.yml", "not valid YAML", "line"]),
    ("relations:\n  - {id: y, pattern: '{ORG:a} z {ORG:b}', emit: telepathy}\n", ["my-rules.yml", "telepathy"]),
    ("relations:\n  - {pattern: '{ORG:a}'}\n", ["my-rules.yml", "'id'"]),
    ("- just\n- a list\n", ["my-rules.yml", "mapping"]),
    ("relation:\n  - {id: z, pattern: '{ORG:a} z {ORG:b}'}\n", ["my-rules.yml", "'relation'", "'relations'"]),
    ("lexicon:\n  name_connectors: [upon, on]\n", ["my-rules.yml", "'name_connectors'", "True", 'quote']),
])
def test_bad_rules_files_raise_rule_error_naming_file_or_rule(tmp_path, body, names) -> None:
    with pytest.raises(RuleError) as info:
        load_rules([rules_file(tmp_path, body)])
    for name in names:
        assert name in str(info.value)


def test_missing_rules_file_is_named(tmp_path) -> None:
    with pytest.raises(RuleError, match="nowhere.yml"):
        load_rules([tmp_path / "nowhere.yml"])


def test_cli_extract_with_rules(tmp_path) -> None:
    article = rules_file(tmp_path, TEXT, "brantwell.txt")
    out = tmp_path / "out.trig"
    result = CliRunner().invoke(cli, ["extract", str(article), "--rules", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "parent-spun-off" in out.read_text(encoding="utf-8")


def test_cli_build_in_worker_processes_applies_the_users_rules(tmp_path) -> None:
    article = rules_file(tmp_path, TEXT, "brantwell.txt")
    other = rules_file(tmp_path, "Quiet Day\n\nNothing happened at Acme Corp today.\n", "quiet.txt")
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(article), str(other), "--rules", str(EXAMPLE), "--jobs", "2",
                                      "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "(2 new, 0 changed, 0 unchanged, 0 failed)" in result.output
    from kg.api import sparql

    rows = sparql("ASK { GRAPH ?g { ?e <https://w3id.org/newskg/ontology#rule> \"parent-spun-off\" } }", store=store)
    assert rows.boolean


@pytest.mark.parametrize("command", [["extract"], ["build", "--store", "STORE"]])
def test_cli_bad_rules_file_is_a_message_not_a_traceback(tmp_path, command) -> None:
    article = rules_file(tmp_path, TEXT, "brantwell.txt")
    bad = rules_file(tmp_path, "relations: [\n", "broken.yml")
    args = [a.replace("STORE", str(tmp_path / "store")) for a in command]
    result = CliRunner().invoke(cli, [*args, str(article), "--rules", str(bad)])
    assert result.exit_code == 1
    assert "broken.yml" in result.output and "not valid YAML" in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, RuleError)
    assert not (tmp_path / "store").exists()  # nothing was built


def test_build_uses_rules_yml_in_the_store_folder(tmp_path) -> None:
    from kg.api import build, open_store
    from kg.vocab import SDO

    store = tmp_path / "store"
    first = rules_file(tmp_path, "Placeholder Article\n\nNothing happens here.\n", "first.txt")
    build([first], store=store)  # creates the store folder
    (store / "rules.yml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    build([rules_file(tmp_path, TEXT, "brantwell.txt")], store=store)
    with open_store(store) as st:
        assert any(True for _ in st.dataset().triples((None, SDO.parentOrganization, None)))


def kind_of(ex: Extraction, name: str) -> str | None:
    """The kind of the entity that has ``name`` among its surface forms, None when none has."""
    return next((e.kind for e in ex.entities.values() if name == e.label or name in e.aliases), None)


# One invented sentence per lexicon key: what the addition changes. ("kind", name, without, with)
# compares the kind of the entity named so; ("fact", triple) a fact only the addition states.
LEXICON_CASES = {
    "legal_suffixes": ("[Xyq.]", "Shares fell after Martin Xyq reported a loss.",
                       ("kind", "Martin Xyq", "Person", "Organization")),
    "comma_legal_suffixes": ("[Kft.]", "Martin Velmora, Kft. signed a deal with Kelmora Corp. on Monday.",
                             ("kind", "Martin Velmora", "Person", "Organization")),
    "given_names": ("[Zelbrin]", "Zelbrin Kastov and Kelmora Corp. signed a deal.",
                    ("kind", "Zelbrin Kastov", "Organization", "Person")),
    "common_words": ("[glorbix]", "Kelmora Corp. praised Glorbix on Monday.",
                     ("kind", "Glorbix", "Organization", None)),
    "org_heads": ("[Tessaly]", "Kelmora Corp. hired Martin Tessaly last year.",
                  ("kind", "Martin Tessaly", "Person", "Organization")),
    "trade_tails": ("[Foundry]", "Quorvane Foundry Ltd. makes bells. Quorvane named Jane Roe chief executive.",
                    ("fact", ("Quorvane Foundry", "ceo", "Jane Roe"))),
    "name_connectors": ("[zu]", "Dr. Anna Weiss joined Banca zu Orlen Holdings last year.",
                        ("kind", "Banca zu Orlen", None, "Organization")),
    "org_anaphors": ("[smithy]", "Kelmora Corp. makes tools. Jane Roe is well known. The smithy named Jane Roe "
                                 "chief executive.", ("fact", ("Kelmora", "ceo", "Jane Roe"))),
    "org_descriptors": ("[toolsmith]", "German toolsmith Quorvane Works said sales rose.",
                        ("fact", ("Quorvane Works", "country", "Germany"))),
    "product_categories": ("[hoverboard]", "Kelmora Corp. sells the Quillon hoverboard at home.",
                           ("fact", ("Quillon", "manufacturer", "Kelmora"))),
    "currency_codes": ("[XQZ]", "Kelmora Corp. paid XQZ 40 million for the plant.",
                       ("kind", "XQZ", "Organization", None)),
    "honorifics": ("[Herr]", "Kelmora Corp. hired Herr Tessaly last year.", ("kind", "Tessaly", None, "Person")),
    "noble_titles": ("[Margrave]", "Kelmora Corp. hosted Margrave Tessaly last year.",
                     ("kind", "Margrave Tessaly", "Organization", "Person")),
    "roles": ("{chief tinkerer: CEO}", "Jane Roe, chief tinkerer of Kelmora Corp., said sales rose.",
              ("fact", ("Kelmora", "ceo", "Jane Roe"))),
    "person_nouns": ("[glassblower]", "Quorin Tessaly is a glassblower who works for Kelmora Corp.",
                     ("kind", "Quorin Tessaly", "Organization", "Person")),
    "places": ("{Marrowick: United Kingdom}", "Kelmora Foundry opened a plant in Marrowick.",
               ("kind", "Marrowick", "Organization", "Place")),
    "weak_places": ("{Vastrop: Germany}", "Kelmora Corp. opened a plant in Vastrop.",
                    ("kind", "Vastrop", "Organization", "Place")),
    "regions": ("[Greater Vastria]", "Kelmora Corp. expanded into Greater Vastria last year.",
                ("kind", "Greater Vastria", "Organization", "Place")),
    "place_aliases": ("{Brtn: United Kingdom}", "Kelmora Corp. is based in Brtn.",
                      ("fact", ("Kelmora", "headquarters", "United Kingdom"))),
    "demonyms": ("{Marrowish: Marrowick}\n  places: {Marrowick: United Kingdom}",
                 "The Marrowish firm Kelmora Corp. said sales rose.", ("kind", "Marrowick", None, "Place")),
    "place_heads": ("[Gorge]", "Kelmora Corp. bought Drelmo Gorge last year.",
                    ("kind", "Drelmo Gorge", "Organization", "Place")),
    "place_prefixes": ("[Pic]", "Kelmora Corp. bought land near Pic Drelmo last year.",
                       ("kind", "Pic Drelmo", "Organization", "Place")),
    "place_of_prefixes": ("[Barony]", "Kelmora Corp. sold land in the Barony of Drelmo last year.",
                          ("kind", "Barony of Drelmo", "Organization", "Place")),
    "work_nouns": ("[operetta]", "Kelmora Corp. funded the operetta Tessaly Nights last year.",
                   ("kind", "Tessaly Nights", "Organization", None)),
    "event_heads": ("[Regatta]", "Kelmora Corp. sponsored the Drelmo Regatta last year.",
                    ("kind", "Drelmo Regatta", "Organization", None)),
    "event_of_prefixes": ("[Treaty]", "Kelmora Corp. sponsored the Treaty of Drelmo talks.",
                          ("kind", "Treaty of Drelmo", "Organization", None)),
}


def test_every_lexicon_key_is_extendable_and_has_a_case() -> None:
    from kg.extract.gazetteer import _lexicon_yaml, lexicon_keys

    assert set(_lexicon_yaml()) <= set(lexicon_keys())
    assert set(LEXICON_CASES) == set(lexicon_keys())


@pytest.mark.parametrize("key", sorted(LEXICON_CASES))
def test_a_users_lexicon_addition_takes_effect(tmp_path, key) -> None:
    addition, sentence, expected = LEXICON_CASES[key]
    rules = load_rules([rules_file(tmp_path, f"lexicon:\n  {key}: {addition}\n")])
    article = read_text(f"Kelmora news\n\nPublished: 2024-02-05\n\n{sentence}\n", source="kelmora.txt")
    without, with_rules = extract(article), extract(article, rules)
    if expected[0] == "fact":
        assert expected[1] not in facts(without) and expected[1] in facts(with_rules)
    else:
        _, name, before, after = expected
        assert (kind_of(without, name), kind_of(with_rules, name)) == (before, after)


def test_a_users_legal_suffix_holds_after_a_comma_too(tmp_path) -> None:
    rules = load_rules([rules_file(tmp_path, "lexicon:\n  legal_suffixes: [Xyq.]\n")])
    article = read_text("Kelmora news\n\nShares fell after Martin Velmora, Xyq. reported a loss.\n", source="k.txt")
    assert (kind_of(extract(article), "Martin Velmora"), kind_of(extract(article, rules), "Martin Velmora")) \
        == ("Person", "Organization")


def test_a_users_lexicon_leaves_the_built_in_one_alone(tmp_path) -> None:
    from kg.extract.gazetteer import lexicon

    load_rules([rules_file(tmp_path, "lexicon:\n  regions: [Greater Vastria]\n  place_aliases: {Brtn: Wales}\n"
                                     "  legal_suffixes: [Xyq]\n")])
    assert "Greater Vastria" not in lexicon().places and "Brtn" not in lexicon().places
    assert "xyq" not in lexicon().legal_suffixes


@pytest.mark.parametrize("body, names", [
    ("lexicon:\n  connectors: [zu]\n", ["connectors", "name_connectors", "place_heads"]),
    ("lexicon:\n  org_heads: Foundry\n", ["org_heads", "a list"]),
    ("lexicon:\n  places: [Marrowick]\n", ["places", "a mapping"]),
    ("lexicon: [org_heads]\n", ["'lexicon'", "mapping"]),
])
def test_bad_lexicon_keys_raise_rule_error_naming_file_and_key(tmp_path, body, names) -> None:
    with pytest.raises(RuleError) as info:
        load_rules([rules_file(tmp_path, body)])
    for name in ["my-rules.yml", *names]:
        assert name in str(info.value)


@pytest.mark.parametrize("command", [["extract"], ["build", "--store", "STORE"]])
def test_cli_unknown_lexicon_key_is_a_message_naming_file_and_key(tmp_path, command) -> None:
    article = rules_file(tmp_path, TEXT, "brantwell.txt")
    bad = rules_file(tmp_path, "lexicon:\n  org_heads: [Foundry]\n  org_tails: [Works]\n", "typo.yml")
    args = [a.replace("STORE", str(tmp_path / "store")) for a in command]
    result = CliRunner().invoke(cli, [*args, str(article), "--rules", str(bad)])
    assert result.exit_code == 1
    assert "typo.yml" in result.output and "'org_tails'" in result.output and "org_heads" in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, RuleError)
    assert not (tmp_path / "store").exists()


def test_every_word_list_of_the_built_in_lexicon_holds_words() -> None:
    """YAML reads a bare on/off/yes/no as a boolean: each must be quoted in lexicon.yml to stay a word."""
    import dataclasses

    from kg.extract.gazetteer import lexicon

    lex = lexicon()
    for f in dataclasses.fields(lex):
        value = getattr(lex, f.name)
        if isinstance(value, (frozenset, tuple)):
            odd = [w for w in value if not isinstance(w, str)]
            assert not odd, (f.name, odd)
        elif isinstance(value, dict):
            assert all(isinstance(k, str) for k in value), f.name
    assert "on" in lex.connectors


def test_every_built_in_rule_compiles_though_compiled_lazily() -> None:
    from kg.extract.patterns import LazyRegex
    from kg.extract.rules import default

    rules = default().rules
    lazy = [r for r in rules if isinstance(r.regex, LazyRegex)]
    assert len(lazy) == len(rules) > 100
    for rule in rules:
        for rx in (rule.regex, rule.anchor):
            if isinstance(rx, LazyRegex):
                assert rx.compiled().pattern == rx.pattern, rule.id


def test_a_users_rule_is_compiled_when_loaded(tmp_path) -> None:
    import re

    mine = load_rules([rules_file(tmp_path, "relations:\n  - {id: mine, pattern: '{ORG:a} spun off {ORG:b}'}\n")])
    assert isinstance(next(r for r in mine.rules if r.id == "mine").regex, re.Pattern)
