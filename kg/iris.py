"""Deterministic IRIs: the same name and kind give the same IRI in every run."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.vocab import ID

_SEGMENT = {"Organization": "organization", "Person": "person", "Product": "product",
            "Place": "place", "Strategy": "strategy", "Goal": "goal"}


_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Vellor Group" -> "vellor-group")."""
    if not text.isascii():  # ASCII is its own NFKD form: most names skip the round trip
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _NON_ALNUM.sub("-", text).strip("-").lower()
    return text or "x" + hashlib.sha1(text.encode()).hexdigest()[:8]


def entity_key(kind: str, name: str) -> str:
    """The kind-qualified key of an entity, also its IRI path ("organization/alibaba-group")."""
    return f"{_SEGMENT.get(kind) or kind.lower()}/{slug(name)}"


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class Minter:
    """Mints IRIs under a base (``id:`` by default; ``--base`` changes it)."""

    def __init__(self, base: str = str(ID)) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: str) -> URIRef:
        return URIRef(self.base + key)

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}")

    def node(self, kind: str, *parts: object) -> URIRef:
        """An n-ary node (evidence, membership) named by a hash of what it states."""
        return URIRef(f"{self.base}{kind}/{digest(*parts)}")
