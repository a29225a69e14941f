"""Small records passed between pipeline stages.

Everything here is plain Python: no rdflib terms, no I/O. The extractor
produces these records; :mod:`kg.rdf` turns them into triples.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import TypeVar, Union

_T = TypeVar("_T")

# Entity kinds, named after the scored classes of the data contract.
ORG = "Organization"
PERSON = "Person"
PRODUCT = "Product"
PLACE = "Place"
STRATEGY = "Strategy"
GOAL = "Goal"
KINDS = (ORG, PERSON, PRODUCT, PLACE, STRATEGY, GOAL)

# Relations that hold both ways (short names as in SCHEMA.md).
SYMMETRIC = frozenset({"partner", "competitor"})

# Membership statuses: where a role holder stands at the article's date.
CURRENT = "current"
FORMER = "former"
INCOMING = "incoming"


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message names the file."""


@dataclass(frozen=True)
class Article:
    """One news article as read: ``text`` is what offsets index."""

    id: str
    text: str
    source: str
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    body_start: int = 0
    url: str | None = None
    # Text with markup blanked out, same length as ``text`` (None: same as text).
    clean: str | None = None

    @property
    def content(self) -> str:
        """The text extractors read: markup blanked, offsets unchanged."""
        return self.clean if self.clean is not None else self.text

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


def _slot_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that writes each slot through its descriptor.

    The ``__init__`` dataclasses make for a frozen class sets every field by
    ``object.__setattr__(self, name, value)``, a look-up by name per field; the slot's own
    descriptor writes it for half the instructions. Same parameters and defaults; instances
    stay frozen (``__setattr__`` still raises).
    """
    params, body = [], []
    scope: dict[str, object] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        assert f.default_factory is dataclasses.MISSING and f.init
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}) -> None:\n" + "\n".join(body), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


# Records made by the thousand per article (sentences, mentions, evidence) keep their fields in
# slots: a third less memory than an instance dict, and no attribute can be added by mistake.
@_slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@_slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of the article text."""

    start: int
    end: int
    text: str
    kind: str
    rule: str
    confidence: float = 0.8
    subtype: str | None = None  # e.g. "Country", "City" for places



@_slot_init
@dataclass(frozen=True, slots=True)
class Value:
    """A literal value: ``datatype`` is an XSD local name (date, gYear, decimal, string...)."""

    lexical: str
    datatype: str = "string"


@dataclass
class Entity:
    """A resolved entity of one article: one canonical label, all surface forms."""

    key: str
    kind: str
    label: str
    aliases: set[str] = field(default_factory=set)
    subtypes: set[str] = field(default_factory=set)
    attrs: dict[str, Value] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    evidence: "Evidence | None" = None  # where the entity is first named


@_slot_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets, the rule and its confidence."""

    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


    def restated(self, rule: str, confidence: float) -> "Evidence":
        """The same sentence as evidence for a fact another rule derives from it."""
        # Not dataclasses.replace, which reads every field's metadata per call.
        return Evidence(self.sentence, self.start, self.end, rule, confidence)


Obj = Union[str, Value]


@_slot_init
@dataclass(frozen=True, slots=True)
class Fact:
    """``subject`` and entity ``object`` are entity keys; literals are :class:`Value`."""

    subject: str
    predicate: str
    object: Obj
    evidence: Evidence


@_slot_init
@dataclass(frozen=True, slots=True)
class Membership:
    """A person's role in an organization (an ``org:Membership`` node)."""

    org: str
    person: str
    roles: tuple[str, ...]
    title: str
    status: str
    evidence: Evidence


@dataclass
class Extraction:
    """Everything one article yields."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
