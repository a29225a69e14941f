"""Bundled queries return their golden rows on the real Oxigraph store; parameters bind as RDF terms."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from kg import query as q
from kg.model import GOAL, ORG, PLACE, STRATEGY, Article, Entity, Evidence, Extraction, Fact, Value
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
ACME = "id:organization/acme-widgets"


def more_extraction() -> Extraction:
    """A third article with what the fixture lacks: strategy, goal, country, partner, nested places."""
    text = ("Acme bets on robots\nPublished: July 5, 2023\n\n"
            "Acme Widgets, the American appliance maker, partnered with Delta Robotics. "
            "Delta Robotics is based in Boston, Massachusetts. Its 'Robots First' strategy "
            "aims to reach 10 million homes by 2025.")
    art = Article(id="acme-3", text=text, source="acme-3.txt", title="Acme bets on robots",
                  published=dt.date(2023, 7, 5), body_start=text.index("Acme Widgets,"))

    def ev(phrase: str, rule: str = "test-rule") -> Evidence:
        start = text.index(phrase)
        return Evidence(phrase, start, start + len(phrase), rule, 0.8)

    ents = [
        Entity("organization/acme-widgets", ORG, "Acme Widgets", {"Acme Widgets", "Acme"}, evidence=ev("Acme Widgets")),
        Entity("organization/delta-robotics", ORG, "Delta Robotics", evidence=ev("Delta Robotics")),
        Entity("place/boston", PLACE, "Boston", subtypes={"City"}, evidence=ev("Boston")),
        Entity("place/massachusetts", PLACE, "Massachusetts", subtypes={"State"}, evidence=ev("Massachusetts")),
        Entity("place/united-states", PLACE, "United States", {"American"}, subtypes={"Country"},
               evidence=ev("American")),
        Entity("strategy/robots-first", STRATEGY, "Robots First", evidence=ev("Robots First")),
        Entity("goal/reach-10-million-homes", GOAL, "reach 10 million homes",
               attrs={"targetValue": Value("10000000", "decimal"), "targetUnit": Value("homes"),
                      "deadline": Value("2025", "gYear")}, evidence=ev("reach 10 million homes")),
    ]
    ex = Extraction(article=art, entities={e.key: e for e in ents})
    ex.facts += [
        Fact("organization/acme-widgets", "country", "place/united-states", ev("the American appliance maker")),
        Fact("organization/acme-widgets", "partner", "organization/delta-robotics", ev("partnered with")),
        Fact("organization/delta-robotics", "headquarters", "place/boston", ev("is based in Boston")),
        Fact("place/boston", "containedInPlace", "place/massachusetts", ev("Boston, Massachusetts")),
        Fact("place/massachusetts", "containedInPlace", "place/united-states", ev("Massachusetts")),
        Fact("organization/delta-robotics", "strategy", "strategy/robots-first", ev("'Robots First' strategy")),
        Fact("organization/delta-robotics", "goal", "goal/reach-10-million-homes", ev("aims to reach")),
    ]
    return ex


@pytest.fixture
def store(tmp_path, extractions):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "store") as st:
        for ex in [*extractions, more_extraction()]:
            st.add(ex)
        yield st


ROBOMOP_TRIPLES = {
    ("id:product/robomop", "rdf:type", "schema:Product"),
    ("id:product/robomop", "rdfs:label", "RoboMop"),
    ("id:product/robomop", "nkg:mentionedIn", "id:article/acme-1"),
    ("id:product/robomop", "schema:manufacturer", ACME),
    ("id:product/robomop", "schema:category", "vacuum"),
    ("id:product/robomop", "schema:releaseDate", "2021-05"),
    (ACME, "rdfs:label", "Acme Widgets"),
}

# name -> (params, expected rows as shortened strings; a bool for ASK, a triple set for CONSTRUCT)
EXPECTED: dict[str, tuple[dict[str, str], object]] = {
    "executives": ({"org": "acme widgets"}, [
        ("acme widgets", "id:person/john-doe", "John Doe", "nkg:CEO", "former CEO", "nkg:Former", "2022-06-01"),
        ("acme widgets", "id:person/john-doe", "John Doe", "nkg:Chair", "chairman", "nkg:Current", "2022-06-01"),
        ("acme widgets", "id:person/jane-roe", "Jane Roe", "nkg:CEO", "chief executive", "nkg:Current", "2021-03-03"),
    ]),
    "latest-ceo": ({}, [(ACME, "Acme Widgets", "id:person/jane-roe", "Jane Roe", "2021-03-03")]),
    "products": ({}, [("id:product/robomop", "RoboMop", ACME, "Acme Widgets", "vacuum", "2021-05")]),
    "strategies": ({}, [("id:organization/delta-robotics", "Delta Robotics", "id:strategy/robots-first",
                         "Robots First")]),
    "goals": ({}, [("id:organization/delta-robotics", "Delta Robotics", "id:goal/reach-10-million-homes",
                    "reach 10 million homes", "10000000", "homes", "2025")]),
    "headquarters": ({}, [
        # Merged graph: acme-3 says Boston is in Massachusetts, so Acme's Boston is too.
        (ACME, "Acme Widgets", "id:place/boston", "Boston", "id:place/massachusetts", "Massachusetts"),
        (ACME, "Acme Widgets", "id:place/boston", "Boston", "id:place/united-states", "United States"),
        ("id:organization/delta-robotics", "Delta Robotics", "id:place/boston", "Boston",
         "id:place/massachusetts", "Massachusetts"),
        ("id:organization/delta-robotics", "Delta Robotics", "id:place/boston", "Boston",
         "id:place/united-states", "United States"),
    ]),
    "by-country": ({}, [
        ("id:place/united-states", "United States", ACME, "Acme Widgets"),
        ("id:place/united-states", "United States", "id:organization/delta-robotics", "Delta Robotics"),
    ]),
    "relations": ({}, [
        ("acquired", ACME, "Acme Widgets", "id:organization/beta-labs", "Beta Labs"),
        ("competitor", ACME, "Acme Widgets", "id:organization/gamma-corp", "Gamma Corp"),
        ("partner", ACME, "Acme Widgets", "id:organization/delta-robotics", "Delta Robotics"),
    ]),
    "facts": ({"entity": "Jane Roe"}, [
        ("Jane Roe", "in", "org:hasMember", ACME, "Acme Widgets", "Jane Roe, chief executive of Acme Widgets Inc.",
         "role-appositive", "0.9", "id:article/acme-1", "Acme Widgets names new chief"),
        ("Jane Roe", "in", "nkg:ceo", ACME, "Acme Widgets", "Jane Roe, chief executive of Acme Widgets Inc.",
         "role-appositive", "0.9", "id:article/acme-1", "Acme Widgets names new chief"),
        ("Jane Roe", "out", "rdf:type", "schema:Person", "", "Jane Roe", "test-rule", "0.9",
         "id:article/acme-1", "Acme Widgets names new chief"),
    ]),
    "supporting-articles": ({"subject": "ACME", "predicate": "nkg:ceo", "object": "john doe"}, [
        ("ACME", "nkg:ceo", "john doe", "id:article/acme-2", "Acme chair steps down", "2022-06-01",
         "John Doe, the former CEO of Acme Widgets"),
    ]),
    "has-ceo": ({"org": "Acme"}, True),
    "entity-graph": ({"entity": "robomop"}, ROBOMOP_TRIPLES),
    "articles": ({}, [
        ("id:article/acme-1", "Acme Widgets names new chief", "2021-03-03", "acme-1.txt", "7"),
        ("id:article/acme-2", "Acme chair steps down", "2022-06-01", "acme-2.txt", "4"),
        ("id:article/acme-3", "Acme bets on robots", "2023-07-05", "acme-3.txt", "7"),
    ]),
}


def shorten(result: q.QueryResult) -> object:
    if result.kind == "ASK":
        return result.boolean
    if result.kind == "GRAPH":
        assert result.graph is not None
        return {tuple(q.short(t) for t in triple) for triple in result.graph}
    return [tuple(q.short(v) for v in row) for row in result.rows]


def test_every_bundled_query_has_golden_rows() -> None:
    assert set(q.bundled()) == set(EXPECTED)
    assert len(EXPECTED) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bundled_query_returns_its_golden_rows(store, name) -> None:
    params, expected = EXPECTED[name]
    query = q.load(name)
    assert set(query.params) == set(params)
    assert shorten(q.run(store, query, q.parse_params([f"{k}={v}" for k, v in params.items()]))) == expected


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bundled_query_header_says_what_it_answers(name) -> None:
    query = q.load(name)
    assert len(query.description) > 20
    assert f"kg query {name}" in query.text  # an example line
    for param, description in query.params.items():
        assert description and f"?{param}" in query.text


def test_negative_answers(store) -> None:
    assert q.run(store, q.load("has-ceo"), {"org": Literal("Beta Labs")}).boolean is False
    assert q.run(store, q.load("executives"), {"org": Literal("Gamma Corp")}).rows == []


@pytest.mark.parametrize("value", [Literal("Acme Widgets"), Literal("acme widgets", datatype=ns.XSD.string),
                                   URIRef("https://w3id.org/newskg/id/organization/acme-widgets")])
def test_name_param_matches_plain_typed_and_iri(store, value) -> None:
    # The literal trap: a plain and an xsd:string literal, or the IRI, find the same people.
    rows = q.run(store, q.load("executives"), {"org": value}).rows
    assert sorted({str(r[2]) for r in rows}) == ["Jane Roe", "John Doe"]


def test_param_with_sparql_syntax_is_data_not_code(store) -> None:
    hostile = Literal('x") || true || ("')
    assert q.run(store, q.load("executives"), {"org": hostile}).rows == []


@pytest.mark.parametrize("text, term", [
    ("Acme Widgets", Literal("Acme Widgets")),
    ("<http://example.com/a>", URIRef("http://example.com/a")),
    ("nkg:ceo", URIRef("https://w3id.org/newskg/ontology#ceo")),
    ('"2023-09-12"^^xsd:date', Literal("2023-09-12", datatype=ns.XSD.date)),
    ('"chat"@fr', Literal("chat", lang="fr")),
    ("Acme: the company", Literal("Acme: the company")),
    ("http://not-in-brackets", Literal("http://not-in-brackets")),
])
def test_parse_term(text, term) -> None:
    assert q.parse_term(text) == term


def test_parse_params_errors() -> None:
    with pytest.raises(q.QueryError, match="name=value"):
        q.parse_params(["org"])
    with pytest.raises(q.QueryError, match="literal"):
        q.parse_params(['d="2023"^^nope:date'])


def test_unknown_query_name_lists_known_ones() -> None:
    with pytest.raises(q.QueryError) as err:
        q.load("execs")
    assert str(err.value).startswith("No query named 'execs'; known: articles, by-country, ")
    assert "executives" in str(err.value)


def test_query_file_by_path(store, tmp_path) -> None:
    path = tmp_path / "mine.rq"
    # DISTINCT: Oxigraph 0.5's union default graph repeats a triple once per article stating it
    # (oxigraph/oxigraph#1919, fixed upstream by #1920).
    path.write_text("# Organizations.\nSELECT DISTINCT ?name WHERE { ?o a schema:Organization ; rdfs:label ?name } "
                    "ORDER BY ?name\n")
    rows = q.run(store, q.load(str(path))).rows
    assert [str(r[0]) for r in rows] == ["Acme Widgets", "Beta Labs", "Delta Robotics", "Gamma Corp"]


def test_syntax_error_gives_line_and_column(store) -> None:
    bad = q.NamedQuery("bad", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }", source="bad.rq")
    with pytest.raises(q.QueryError) as err:
        q.run(store, bad)
    assert re.search(r"^bad\.rq: SPARQL syntax error at line 3, column \d+: expected", str(err.value))
    assert "FILTER(?o = ) }" in str(err.value)  # the line is shown under the message


def test_missing_and_unknown_params(store) -> None:
    with pytest.raises(q.QueryError, match="needs --param org="):
        q.run(store, q.load("executives"), {})
    with pytest.raises(q.QueryError, match="no parameter 'orgg'; its parameters: org"):
        q.run(store, q.load("executives"), {"org": Literal("a"), "orgg": Literal("b")})


def test_param_out_of_scope_is_explained(store) -> None:
    with pytest.raises(q.QueryError, match="not in scope"):
        q.run(store, "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?v) }", {"v": Literal("x")})


def test_render_formats(store) -> None:
    result = q.run(store, q.load("products"))
    assert q.render(result, "csv").splitlines() == [
        "product,name,maker,makerName,category,released",
        "https://w3id.org/newskg/id/product/robomop,RoboMop,https://w3id.org/newskg/id/organization/acme-widgets,"
        "Acme Widgets,vacuum,2021-05"]
    assert q.render(result, "tsv").splitlines()[1].split("\t")[1] == "RoboMop"
    data = json.loads(q.render(result, "json"))
    assert data["head"]["vars"][0] == "product"
    first = data["results"]["bindings"][0]
    assert first["name"] == {"type": "literal", "value": "RoboMop"}  # plain, no xsd:string
    assert first["released"]["datatype"].endswith("#gYearMonth")
    table = q.render(result, "table").splitlines()
    assert table[0].split() == result.vars and "id:product/robomop" in table[2] and table[-1] == "(1 row)"


def test_render_ask_and_construct(store) -> None:
    assert q.render(q.run(store, q.load("has-ceo"), {"org": Literal("acme")})) == "true\n"
    turtle = q.render(q.run(store, q.load("entity-graph"), {"entity": Literal("RoboMop")}))
    from rdflib import Graph

    assert len(Graph().parse(data=turtle, format="turtle")) == len(ROBOMOP_TRIPLES)


def test_bundled_queries_ship_inside_the_package() -> None:
    # kg/queries points at the top-level queries/ folder, and setup.cfg packages it.
    assert q.queries_dir().resolve() == (ROOT / "queries").resolve()
    assert "queries/*.rq" in (ROOT / "setup.cfg").read_text()


def test_python_api_runs_text_names_and_plain_params(store) -> None:
    from kg import api

    text = "SELECT DISTINCT ?name ?o WHERE { ?o rdfs:label ?name FILTER(STR(?name) = STR(?name)) } ORDER BY ?name"
    names = [str(r[0]) for r in api.sparql(text, store=store).rows]
    assert "Acme Widgets" in names and "RoboMop" in names
    rows = api.sparql("executives", {"org": "Acme Widgets"}, store=store).rows
    assert len(rows) == 3
    graph = api.networkx(store=store)
    assert graph.nodes["https://w3id.org/newskg/id/organization/acme-widgets"]["label"] == "Acme Widgets"
