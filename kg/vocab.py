"""The ontology's terms as rdflib constants, and the scored predicates' mapping."""
from __future__ import annotations

from rdflib import Namespace

from kg import model
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

NKG = Namespace("https://w3id.org/newskg/ontology#")
ID = Namespace("https://w3id.org/newskg/id/")
SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "nkg": NKG, "id": ID, "schema": SDO, "org": ORG, "prov": PROV, "skos": SKOS,
    "rdfs": RDFS, "rdf": RDF, "dcterms": DCTERMS, "xsd": XSD, "owl": OWL,
}

CLASSES = {
    "Organization": SDO.Organization,
    "Person": SDO.Person,
    "Product": SDO.Product,
    "Place": SDO.Place,
    "Strategy": NKG.Strategy,
    "Goal": NKG.Goal,
}
SUBCLASSES = {"Country": SDO.Country, "City": SDO.City, "State": SDO.State,
              "Continent": SDO.Continent, "AdministrativeArea": SDO.AdministrativeArea,
              "Corporation": SDO.Corporation, "SoftwareApplication": SDO.SoftwareApplication}

# Short name (as in SCHEMA.md and the gold files) -> predicate IRI.
PREDICATES = {
    "ceo": NKG.ceo,
    "chair": NKG.chair,
    "founder": SDO.founder,
    "member": ORG.hasMember,
    "headquarters": NKG.headquarters,
    "containedInPlace": SDO.containedInPlace,
    "country": NKG.country,
    "parentOrganization": SDO.parentOrganization,
    "acquired": NKG.acquired,
    "investedIn": NKG.investedIn,
    "partner": NKG.partner,
    "competitor": NKG.competitor,
    "manufacturer": SDO.manufacturer,
    "category": SDO.category,
    "releaseDate": SDO.releaseDate,
    "foundingDate": SDO.foundingDate,
    "strategy": NKG.strategy,
    "goal": NKG.goal,
    "datePublished": SDO.datePublished,
}
SYMMETRIC = model.SYMMETRIC

# Role concept local names in the ontology (nkg:CEO ...).
ROLE_CONCEPTS = ("CEO", "Chair", "President", "CFO", "CTO", "COO", "Director",
                 "Founder", "Executive", "VicePresident", "Officer", "BoardMember", "Employee")
