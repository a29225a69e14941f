"""kg/ontology.ttl defines every nkg: term kg emits, and parses in rdflib and Raptor."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import vocab
from kg.model import (CURRENT, FORMER, GOAL, INCOMING, ORG, PERSON, PLACE, PRODUCT, STRATEGY, Article,
                      Entity, Evidence, Extraction, Fact, Membership, Value)
from kg.rdf import _STATUS, to_dataset
from kg.vocab import NKG, SDO

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "kg" / "ontology.ttl"
SCHEME = NKG.Roles


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def nkg_terms(graph: Graph) -> set[URIRef]:
    """Every nkg: IRI in any position of a graph or dataset."""
    found = set()
    for triple in graph.triples((None, None, None)):
        found.update(t for t in triple if isinstance(t, URIRef) and t.startswith(str(NKG)))
    return found


def everything_extraction() -> Extraction:
    """One article that exercises every branch of kg.rdf: all predicates, kinds, roles, statuses, goal attrs."""
    text = "Acme sets a goal.\nPublished: May 2, 2024\n\nAcme plans 2 billion users by 2030."
    article = Article(id="all", text=text, source="all.txt", title="Acme sets a goal",
                      published=dt.date(2024, 5, 2))
    ev = Evidence("Acme plans 2 billion users by 2030.", text.index("Acme plans"), len(text), "test", 0.5)
    kinds = {ORG: "organization/acme", PERSON: "person/jo", PRODUCT: "product/mop", PLACE: "place/x",
             STRATEGY: "strategy/s", GOAL: "goal/g"}
    entities = {key: Entity(key=key, kind=kind, label=key, evidence=ev) for kind, key in kinds.items()}
    entities[kinds[GOAL]].attrs.update(targetValue=Value("2000000000", "decimal"),
                                       targetUnit=Value("users"), deadline=Value("2030", "gYear"))
    ex = Extraction(article=article, entities=entities)
    for name in vocab.PREDICATES:
        ex.facts.append(Fact(kinds[ORG], name, kinds[PERSON], ev))
    statuses = (CURRENT, FORMER, INCOMING)
    for i, role in enumerate(vocab.ROLE_CONCEPTS):
        ex.memberships.append(Membership(kinds[ORG], kinds[PERSON], (role,), role.lower(),
                                         statuses[i % 3], ev))
    return ex


def used_terms(dataset: Graph) -> set[URIRef]:
    """nkg: terms kg can emit: from kg.vocab, kg.rdf's tables, the source code, datasets and queries."""
    terms = set(nkg_terms(dataset)) | nkg_terms(to_dataset([everything_extraction()]))
    for table in (vocab.CLASSES, vocab.SUBCLASSES, vocab.PREDICATES, _STATUS):
        terms.update(v for v in table.values() if v.startswith(str(NKG)))
    terms.update(NKG[name] for name in vocab.ROLE_CONCEPTS)
    # Terms named in code or bundled queries by any module, not only kg.rdf.
    for path in (ROOT / "kg").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        terms.update(NKG[m] for m in re.findall(r"\bNKG\.([A-Za-z_]\w*)", source))
        terms.update(NKG[m] for m in re.findall(r"\bNKG\[\s*[\"']([A-Za-z_]\w*)[\"']\s*\]", source))
    for path in list((ROOT / "queries").glob("*.rq")) + list((ROOT / "kg").rglob("*.rq")):
        terms.update(NKG[m] for m in re.findall(r"\bnkg:([A-Za-z_][\w-]*)", path.read_text(encoding="utf-8")))
    # Namespace methods, not terms.
    return {t for t in terms if t not in {NKG.term, NKG.title, NKG.format}}


def test_ontology_parses_and_declares_itself(ontology: Graph) -> None:
    assert (URIRef("https://w3id.org/newskg/ontology"), RDF.type, OWL.Ontology) in ontology
    assert len(ontology) > 100


def test_ontology_ships_with_the_package() -> None:
    shipped = resources.files("kg") / "ontology.ttl"
    assert shipped.is_file()
    assert shipped.read_text(encoding="utf-8") == ONTOLOGY.read_text(encoding="utf-8")


def test_the_everything_extraction_reaches_every_branch() -> None:
    """Guards the collector above: if kg.rdf stopped emitting these, the main test would prove little."""
    terms = nkg_terms(to_dataset([everything_extraction()]))
    for local in ("targetValue", "targetUnit", "deadline", "Incoming", "Former", "Employee", "goal",
                  "strategy", "Evidence", "sentence", "confidence", "status", "asOf", "mentionedIn"):
        assert NKG[local] in terms, local


def test_every_used_term_is_defined_with_label_and_comment(ontology: Graph, dataset: Graph) -> None:
    used = used_terms(dataset)
    assert len(used) >= 40  # the collector found terms, it is not vacuously passing
    undefined = sorted(t for t in used if (t, RDF.type, None) not in ontology)
    assert not undefined, f"add these to kg/ontology.ttl: {undefined}"
    for term in sorted(used):
        assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"


def test_every_defined_term_has_label_comment_and_properties_domain_range(ontology: Graph) -> None:
    defined = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(NKG))}
    properties = {p for p in defined if (p, RDF.type, RDF.Property) in ontology}
    assert {NKG.ceo, NKG.sentence, NKG.targetUnit} <= properties
    for term in defined:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term
    for prop in properties:
        assert ontology.value(prop, RDFS.domain) is not None, f"{prop} has no rdfs:domain"
        assert ontology.value(prop, RDFS.range) is not None, f"{prop} has no rdfs:range"
        kind = OWL.ObjectProperty if (prop, RDF.type, OWL.ObjectProperty) in ontology else OWL.DatatypeProperty
        assert (prop, RDF.type, kind) in ontology, f"{prop} is neither an owl:ObjectProperty nor DatatypeProperty"


def test_classes_and_contract_axioms(ontology: Graph) -> None:
    for cls in (NKG.Strategy, NKG.Goal, NKG.Evidence):
        assert (cls, RDF.type, OWL.Class) in ontology
    assert (NKG.headquarters, RDFS.subPropertyOf, SDO.location) in ontology
    for prop in (NKG.partner, NKG.competitor):
        assert (prop, RDF.type, OWL.SymmetricProperty) in ontology
    assert (NKG.ceo, RDFS.range, SDO.Person) in ontology
    assert (NKG.targetValue, RDFS.range, vocab.XSD.decimal) in ontology
    assert (NKG.deadline, RDFS.range, vocab.XSD.gYear) in ontology
    # Union domains are well-formed lists, so OWL tools read them.
    domain = ontology.value(NKG.competitor, RDFS.domain)
    assert isinstance(domain, BNode)
    members = list(ontology.items(ontology.value(domain, OWL.unionOf)))
    assert members == [SDO.Organization, SDO.Product]


def test_role_concepts_form_one_scheme(ontology: Graph) -> None:
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in ontology
    in_scheme = set(ontology.subjects(SKOS.inScheme, SCHEME))
    assert in_scheme == {NKG[name] for name in vocab.ROLE_CONCEPTS}
    for concept in in_scheme:
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert ontology.value(concept, SKOS.prefLabel) is not None
        # Every role is reachable from a top concept, so a query can walk skos:broader.
        top = concept
        for _ in range(5):
            if (top, SKOS.topConceptOf, SCHEME) in ontology:
                break
            top = ontology.value(top, SKOS.broader)
        assert (top, SKOS.topConceptOf, SCHEME) in ontology, concept
    for status in _STATUS.values():
        assert (status, RDF.type, SKOS.Concept) in ontology


def test_ontology_parses_in_raptor() -> None:
    rapper = shutil.which("rapper")
    assert rapper, "Raptor's rapper is missing: apt-get install -y raptor2-utils (make test does this as root)"
    run = subprocess.run([rapper, "-c", "-i", "turtle", str(ONTOLOGY)], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    count = int(re.search(r"returned (\d+) triples", run.stderr).group(1))  # type: ignore[union-attr]
    assert count == len(Graph().parse(ONTOLOGY, format="turtle"))


def test_terms_the_extractor_emits_on_seeds_are_defined(ontology: Graph) -> None:
    """Goal attributes and other nkg: terms the real extractor adds must land in the ontology too."""
    from kg.api import extract_files

    ds, errors = extract_files([ROOT / "seeds"])
    assert errors == []
    used = nkg_terms(ds)
    assert NKG.contentHash in used  # the seeds were read
    undefined = sorted(t for t in used if ontology.value(t, RDFS.label) is None)
    assert not undefined, f"add these to kg/ontology.ttl: {undefined}"
