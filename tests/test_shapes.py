"""kg/shapes.ttl: the fixture and the real extractor's output conform; broken graphs do not."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH, XSD

from kg.vocab import ID, NKG, ORG, SDO

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "kg" / "shapes.ttl"
ONTOLOGY = ROOT / "kg" / "ontology.ttl"

ACME = ID["organization/acme-widgets"]
ROE = ID["person/jane-roe"]
BETA = ID["organization/beta-labs"]
ARTICLE = ID["article/acme-1"]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def as_exported(ds: Dataset) -> Graph:
    """The union graph after an N-Quads round trip: what an export or a store holds.

    The round trip also normalises literal values: kg.rdf builds
    ``nkg:confidence`` from a float, which pySHACL rejects as xsd:decimal in
    memory though its lexical form is a valid decimal.
    """
    parsed = Dataset()
    parsed.parse(data=ds.serialize(format="nquads"), format="nquads")
    union = Graph()
    for s, p, o, _ in parsed.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, set[tuple[object, object]], str]:
    """Conforms?, the (result path, constraint component) pairs of the violations, and the report text."""
    import pyshacl

    # The ontology is mixed into the data: role and status concepts are typed there.
    conforms, results, text = pyshacl.validate(data + ontology, shacl_graph=shapes, inference="none")
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        found.add((path if isinstance(path, URIRef) else None,
                   results.value(result, SH.sourceConstraintComponent)))
    return bool(conforms), found, text


def evidence_of(graph: Graph, predicate: URIRef) -> URIRef:
    node = next(iter(graph.subjects(RDF.predicate, predicate)))
    assert isinstance(node, URIRef)
    return node


def membership(graph: Graph) -> URIRef:
    node = next(iter(graph.subjects(RDF.type, ORG.Membership)))
    assert isinstance(node, URIRef)
    return node


def test_shapes_parse_and_cover_the_contract(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    assert {SDO.Organization, SDO.Person, SDO.Product, SDO.Place, NKG.Strategy, NKG.Goal,
            NKG.Evidence, ORG.Membership, SDO.NewsArticle} <= targets


def test_fixture_dataset_conforms(dataset: Dataset, shapes: Graph, ontology: Graph) -> None:
    data = as_exported(dataset)
    # Focus nodes of every kind are present, so conformance is not vacuous.
    for cls in (SDO.Organization, SDO.Person, NKG.Evidence, ORG.Membership, SDO.NewsArticle):
        assert any(data.subjects(RDF.type, cls)), cls
    conforms, _, text = validate(data, shapes, ontology)
    assert conforms, text


def _set(node: Callable[[Graph], URIRef], prop: URIRef, value: object) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.set((node(g), prop, value))  # type: ignore[arg-type]
    return mutate


def _drop(node: Callable[[Graph], URIRef], prop: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.remove((node(g), prop, None))
    return mutate


def _add(*triple: object) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.add(triple)  # type: ignore[arg-type]
    return mutate


def _ev(g: Graph) -> URIRef:
    return evidence_of(g, NKG.acquired)


def _goal(g: Graph) -> None:
    goal = ID["goal/double-sales"]
    g.add((goal, RDF.type, NKG.Goal))
    g.add((goal, RDFS.label, Literal("double sales")))
    g.add((goal, NKG.targetValue, Literal("two billion")))
    g.add((ACME, NKG.goal, goal))


def _deadline_date(g: Graph) -> None:
    goal = ID["goal/double-sales"]
    g.add((goal, RDF.type, NKG.Goal))
    g.add((goal, RDFS.label, Literal("double sales")))
    g.add((goal, NKG.deadline, Literal("2030-01-01", datatype=XSD.date)))


def _ceo_without_member(g: Graph) -> None:
    person = ID["person/ann-lee"]
    g.add((person, RDF.type, SDO.Person))
    g.add((person, RDFS.label, Literal("Ann Lee")))
    g.add((ACME, NKG.ceo, person))


BROKEN: dict[str, tuple[Callable[[Graph], None], URIRef | None, URIRef]] = {
    "entity with two labels": (_add(ACME, RDFS.label, Literal("Acme")), RDFS.label, SH.MaxCountConstraintComponent),
    "entity without a label": (_drop(lambda g: BETA, RDFS.label), RDFS.label, SH.MinCountConstraintComponent),
    "entity that is a person and an organization": (_add(ROE, RDF.type, SDO.Organization), None,
                                                    SH.XoneConstraintComponent),
    "evidence without sentence": (_drop(_ev, NKG.sentence), NKG.sentence, SH.MinCountConstraintComponent),
    "evidence without article": (_drop(_ev, PROV.wasDerivedFrom), PROV.wasDerivedFrom,
                                 SH.MinCountConstraintComponent),
    "evidence with a string offset": (_set(_ev, NKG.charStart, Literal("12")), NKG.charStart,
                                      SH.DatatypeConstraintComponent),
    "evidence that ends before it starts": (_set(_ev, NKG.charStart, Literal(10_000)), NKG.charStart,
                                            SH.LessThanConstraintComponent),
    "confidence above 1": (_set(_ev, NKG.confidence, Literal("1.5", datatype=XSD.decimal)), NKG.confidence,
                           SH.MaxInclusiveConstraintComponent),
    "confidence as a float": (_set(_ev, NKG.confidence, Literal("0.5", datatype=XSD.double)), NKG.confidence,
                              SH.DatatypeConstraintComponent),
    "ceo who is an organization": (_add(ACME, NKG.ceo, BETA), NKG.ceo, SH.ClassConstraintComponent),
    "ceo who is not a member": (_ceo_without_member, None, SH.SPARQLConstraintComponent),
    "headquarters in a person": (_add(ACME, NKG.headquarters, ROE), NKG.headquarters, SH.ClassConstraintComponent),
    "membership without role title": (_drop(membership, NKG.roleTitle), NKG.roleTitle,
                                      SH.MinCountConstraintComponent),
    "membership with an undefined role": (_set(membership, ORG.role, NKG.Janitor), ORG.role,
                                          SH.ClassConstraintComponent),
    "membership with an unknown status": (_set(membership, NKG.status, NKG.Retired), NKG.status,
                                          SH.InConstraintComponent),
    "membership of an organization in a person": (_set(membership, ORG.member, BETA), ORG.member,
                                                  SH.ClassConstraintComponent),
    "article with two dates": (_add(ARTICLE, SDO.datePublished, Literal("2021-03-04", datatype=XSD.date)),
                               SDO.datePublished, SH.MaxCountConstraintComponent),
    "article date as a string": (_set(lambda g: ARTICLE, SDO.datePublished, Literal("March 3, 2021")),
                                 SDO.datePublished, SH.OrConstraintComponent),
    "article without content hash": (_drop(lambda g: ARTICLE, NKG.contentHash), NKG.contentHash,
                                     SH.MinCountConstraintComponent),
    "article without source": (_drop(lambda g: ARTICLE, NKG.sourceFile), None, SH.OrConstraintComponent),
    "goal value as text": (_goal, NKG.targetValue, SH.DatatypeConstraintComponent),
    "goal deadline as a date": (_deadline_date, NKG.deadline, SH.DatatypeConstraintComponent),
    "entity as a blank node": (_add(BNode(), NKG.mentionedIn, ARTICLE), None, SH.NodeKindConstraintComponent),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails_with_the_right_violation(case: str, dataset: Dataset, shapes: Graph,
                                                     ontology: Graph) -> None:
    mutate, path, component = BROKEN[case]
    data = as_exported(dataset)
    mutate(data)
    conforms, found, text = validate(data, shapes, ontology)
    assert not conforms
    assert (path, component) in found, text


@pytest.fixture(scope="module")
def seeds_extracted() -> tuple[Dataset, list[str]]:
    from kg.api import extract_files

    return extract_files([ROOT / "seeds"])


def test_extractor_output_on_seeds_conforms(seeds_extracted: tuple[Dataset, list[str]], shapes: Graph,
                                            ontology: Graph) -> None:
    """Whatever the extractor finds in seeds/ must keep the contract; grows with the extractor."""
    ds, errors = seeds_extracted
    assert errors == []
    data = as_exported(ds)
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    assert len(set(data.subjects(RDF.type, SDO.NewsArticle))) == len(seeds)
    conforms, _, text = validate(data, shapes, ontology)
    assert conforms, text


def test_extractor_evidence_quotes_the_article(seeds_extracted: tuple[Dataset, list[str]]) -> None:
    """nkg:sentence is the article text between nkg:charStart and nkg:charEnd, so a user can highlight it."""
    from kg.read import read_path

    ds, _ = seeds_extracted
    texts = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for article in read_path(path):
            texts[str(article.source)] = article.text
    data = as_exported(ds)
    by_article = {a: str(data.value(a, NKG.sourceFile)) for a in data.subjects(RDF.type, SDO.NewsArticle)}
    for node in set(data.subjects(NKG.sentence, None)):
        article = data.value(node, PROV.wasDerivedFrom)
        text = texts[by_article[article]]
        start, end = int(data.value(node, NKG.charStart)), int(data.value(node, NKG.charEnd))
        assert text[start:end] == str(data.value(node, NKG.sentence)), node
