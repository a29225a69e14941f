"""Where triples live: a persistent Oxigraph store, one named graph per article.

Writes go straight to pyoxigraph, one transaction per article (a new
graph through ``Store.extend``, a replaced one through one SPARQL Update);
reads can go through an rdflib ``Dataset`` backed by the same store
(oxrdflib) or through :meth:`Store.quads`.
Literals read back are normalised to plain strings (see SCHEMA.md traps).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.iris import Minter
from kg.model import Extraction
from kg.rdf import Quad, quads
from kg.vocab import NKG, PREFIXES, SDO

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Dataset

DEFAULT_PATH = Path(".kg") / "store"
ENV_VAR = "KG_STORE"


class StoreError(Exception):
    """A store that cannot be opened or an article it does not hold; the message says what to do."""


@dataclass(frozen=True)
class StoredArticle:
    """An article's named graph as the store knows it."""

    iri: URIRef
    content_hash: str
    source: str | None = None
    title: str | None = None


def default_path() -> Path:
    """``$KG_STORE`` or ``.kg/store`` in the current directory."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


def to_ox(term: object) -> "ox.NamedNode | ox.BlankNode | ox.Literal":
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: "ox.NamedNode | ox.BlankNode | ox.Literal") -> URIRef | BNode | Literal:
    """A pyoxigraph term as rdflib; ``xsd:string`` literals come back plain."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


_BY_LENGTH = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


def curie(iri: URIRef) -> str:
    """``nkg:ceo`` for an IRI under a known prefix, else the IRI itself (for people, not for parsers)."""
    text = str(iri)
    for prefix, ns in _BY_LENGTH:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


class Store:
    """A kg store in a directory: open it, write articles, read quads and query.

    Use as a context manager; only one process can hold a store at a time.
    """

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.create = create
        self._ox: "ox.Store | None" = None

    # -- lifecycle ---------------------------------------------------------
    def open(self) -> "Store":
        import pyoxigraph as ox

        if self._ox is not None:
            return self
        where = self.path
        if where.exists() and not where.is_dir():
            raise StoreError(f"{where}: is a file, not a kg store folder; choose another --store")
        if not where.exists():
            if not self.create:
                raise StoreError(f"No kg store at {where}; build one first: kg build ARTICLES --store {where}")
            where.mkdir(parents=True)
        elif any(where.iterdir()) and not (where / "CURRENT").exists():
            raise StoreError(f"{where}: this folder is not a kg store (no Oxigraph data in it); "
                             "choose an empty or new folder for --store")
        try:
            self._ox = ox.Store(str(where))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"{where}: the store is in use by another kg process; "
                                 "wait for it to finish and try again") from None
            raise StoreError(f"{where}: cannot open the store ({exc})") from None
        except RuntimeError as exc:  # RocksDB reports corruption as a RuntimeError
            raise StoreError(f"{where}: the store is damaged ({exc}); rebuild it into a new folder "
                             "with `kg build`") from None
        return self

    def close(self) -> None:
        if self._ox is not None:
            self._ox.flush()
            # Dropping the last reference releases Oxigraph's lock on the folder.
            self._ox = None

    def __enter__(self) -> "Store":
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def ox(self) -> "ox.Store":
        """The underlying pyoxigraph store (open it first)."""
        if self._ox is None:
            raise StoreError(f"{self.path}: the store is not open")
        return self._ox

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: URIRef, new_quads: Iterable[Quad]) -> int:
        """Make ``graph`` hold exactly ``new_quads``, in one transaction; returns the triple count.

        Every quad is converted before anything is written, and the write is
        one transaction, which Oxigraph applies all or nothing: a failure or
        Ctrl-C leaves the previous graph (or none) in place. A graph the store
        does not hold yet is added with ``Store.extend``; replacing one drops
        and inserts in one SPARQL Update, which costs the parsing of its text.
        """
        import pyoxigraph as ox

        name = to_ox(graph)
        converted = []
        for s, p, o, g in new_quads:
            if g != graph:
                raise ValueError(f"quad for graph {g} given to replace graph {graph}")
            converted.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name))
        if not self.ox.contains_named_graph(name):
            self.ox.extend(converted)
            return len(converted)
        # Terms are written by Oxigraph's own N-Triples serializer, so the
        # text is escaped exactly as its parser expects.
        lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in converted)
        self.ox.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{lines}\n}} }}")
        return len(converted)

    def add(self, extraction: Extraction, minter: Minter | None = None) -> int:
        """Write one article's extraction, replacing what the store had for it."""
        minter = minter or Minter()
        return self.replace_graph(minter.article(extraction.article.id), quads(extraction, minter))

    def remove(self, article: URIRef) -> bool:
        """Drop one article's named graph; False when the store did not hold it."""
        import pyoxigraph as ox

        name = ox.NamedNode(str(article))
        if not self.ox.contains_named_graph(name):
            return False
        self.ox.remove_graph(name)
        return True

    # -- reading -----------------------------------------------------------
    def articles(self) -> dict[URIRef, StoredArticle]:
        """Every stored article by IRI, with the content hash its graph records."""
        rows = self.ox.query(
            "SELECT ?g ?hash ?source ?url ?title WHERE { GRAPH ?g { ?g nkg:contentHash ?hash "
            "OPTIONAL { ?g nkg:sourceFile ?source } OPTIONAL { ?g schema:url ?url } "
            "OPTIONAL { ?g dcterms:title ?title } } }",
            prefixes={"nkg": str(NKG), "schema": str(SDO), "dcterms": str(PREFIXES["dcterms"])})
        found: dict[URIRef, StoredArticle] = {}
        for row in rows:
            iri = URIRef(row["g"].value)
            source = row["source"] or row["url"]
            found[iri] = StoredArticle(iri, row["hash"].value, source.value if source else None,
                                       row["title"].value if row["title"] else None)
        return found

    def find_articles(self, ref: str) -> list[StoredArticle]:
        """The stored articles an IRI, article id or source file names (a JSON Lines file holds several)."""
        stored = self.articles()
        text = ref.strip().strip("<>")
        if URIRef(text) in stored:
            return [stored[URIRef(text)]]
        found = [a for iri, a in stored.items() if str(iri).rsplit("/article/", 1)[-1] == text]
        found = found or [a for a in stored.values() if a.source and _same_source(a.source, text)]
        if not found:
            raise StoreError(f"No article {ref!r} in {self.path}; give an article id, IRI or source file "
                             "(`kg query articles` lists them)")
        return sorted(found, key=lambda a: str(a.iri))

    def graphs(self) -> list[URIRef]:
        """Names of all named graphs, sorted."""
        return sorted(URIRef(g.value) for g in self.ox.named_graphs())

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """All quads (or one graph's) as rdflib terms."""
        import pyoxigraph as ox

        name = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self.ox.quads_for_pattern(None, None, None, name):
            g = q.graph_name
            yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object),  # type: ignore[misc]
                   URIRef(g.value) if isinstance(g, ox.NamedNode) else None)

    def __len__(self) -> int:
        return len(self.ox)

    def dataset(self) -> "Dataset":
        """An rdflib Dataset over this store: SPARQL runs in Oxigraph, the default graph is the union."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        ds = Dataset(store=OxigraphStore(store=self.ox), default_union=True)
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        return ds


def _same_source(source: str, path: str) -> bool:
    """A stored source ("a.txt", or "a.jsonl:3" for one JSON line) is the file ``path``."""
    source = source.rsplit(":", 1)[0] if source.rsplit(":", 1)[-1].isdigit() else source
    if source == path:
        return True
    try:
        return Path(source).resolve() == Path(path).resolve()
    except OSError:
        return False


def open_store(path: str | Path | None = None, *, create: bool = False) -> Store:
    """An opened :class:`Store` (``create`` makes the folder when missing)."""
    return Store(path, create=create).open()
