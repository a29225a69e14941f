"""Scoring kg's own extraction against gold facts, in one process, with a per-rule report.

The semantics are those of the project's yardstick (``shared/eval/score.py``,
described in ``shared/eval/README.md``): names match after normalisation,
strategies and categories also match on content words, partner and
competitor match either way, optional gold facts are neutral, and each gold
fact is matched at most once. Each document is extracted, emitted as TriG
and read back, so what is scored is exactly what ``kg extract`` writes.

On top of that, every system fact carries the rule ids of its evidence
(``nkg:rule``), so true and false positives are also counted per rule.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.vocab import NKG, ORG, SDO

if TYPE_CHECKING:
    from kg.extract.rules import RuleSet

SDO_HTTP = "http://schema.org/"

# Local class names that count as each scored class (schema.org sub-classes count as their parent).
CLASS_NAMES: dict[str, frozenset[str]] = {
    "Organization": frozenset({
        "Organization", "Corporation", "GovernmentOrganization", "NewsMediaOrganization",
        "EducationalOrganization", "NGO", "LocalBusiness", "OnlineBusiness", "ResearchOrganization",
        "SportsOrganization", "MedicalOrganization", "PoliticalParty", "Consortium", "FundingScheme"}),
    "Person": frozenset({"Person"}),
    "Product": frozenset({
        "Product", "SoftwareApplication", "WebApplication", "MobileApplication", "ProductModel",
        "IndividualProduct", "Vehicle", "Service", "Drug", "VideoGame"}),
    "Place": frozenset({"Place", "City", "Country", "State", "AdministrativeArea", "Continent", "Landform",
                        "Airport"}),
}


def _both(local: str) -> list[URIRef]:
    """A schema.org term in its https and http spellings (other tools write either)."""
    return [SDO[local], URIRef(SDO_HTTP + local)]


# Scored predicate -> the properties that state it (subject -> object).
ENTITY_PROPERTIES: dict[str, list[URIRef]] = {
    "ceo": [NKG.ceo], "chair": [NKG.chair], "founder": _both("founder"),
    # Every CEO and chair is also a member (SCHEMA.md).
    "member": [ORG.hasMember, NKG.ceo, NKG.chair],
    "headquarters": [NKG.headquarters], "containedInPlace": _both("containedInPlace"),
    "country": [NKG.country], "parentOrganization": _both("parentOrganization"),
    "acquired": [NKG.acquired], "investedIn": [NKG.investedIn], "partner": [NKG.partner],
    "competitor": [NKG.competitor], "manufacturer": _both("manufacturer"), "strategy": [NKG.strategy],
}
# Properties that state a scored predicate object -> subject.
INVERSE_PROPERTIES: dict[str, list[URIRef]] = {
    "parentOrganization": _both("subOrganization"), "member": [ORG.memberOf],
}
LITERAL_PROPERTIES: dict[str, list[URIRef]] = {
    "category": _both("category"), "releaseDate": _both("releaseDate"), "foundingDate": _both("foundingDate"),
}
SYMMETRIC = frozenset({"partner", "competitor"})
SOFT = frozenset({"strategy", "category"})
STOPWORDS = frozenset({"a", "an", "the", "of", "and", "to", "in", "for", "on", "its", "with", "by", "at", "as",
                       "from", "into"})
NAME_PROPERTIES = (RDFS.label, SKOS.altLabel, SKOS.prefLabel, *_both("name"))
# Facts without an evidence node (the article's own metadata) are reported under this id.
NO_RULE = "(no evidence)"


class EvaluateError(ValueError):
    """A gold file or documents folder that cannot be used; the message names it."""


# -- normalisation and matching -------------------------------------------------

def norm(text: object) -> str:
    """A name for comparison: case, punctuation, a final possessive and a leading "the" ignored."""
    s = unicodedata.normalize("NFKC", str(text)).replace("\u2019", "'").replace("\u2018", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    s = " ".join(re.sub(r"[^\w\s]", " ", s).split())
    return s[4:] if s.startswith("the ") else s


def _content_words(phrase: str) -> set[str]:
    # A plural "s" is dropped so "pillars" meets "pillar"; "ss" words ("business") keep theirs.
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in phrase.split() if w not in STOPWORDS}


def soft_equal(a: str, b: str) -> bool:
    """Free-text objects match on content words: Jaccard >= 0.5, or all of one (at least two) in the other."""
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return False
    shared = wa & wb
    return len(shared) / len(wa | wb) >= 0.5 or (len(shared) >= 2 and shared in (wa, wb))


def _number(x: object) -> Decimal | None:
    try:
        return Decimal(str(x))
    except (InvalidOperation, TypeError):
        return None


def _matches_one_way(gold: Mapping[str, Any], subj: frozenset[str], obj: Any) -> bool:
    pred = gold["p"]
    if pred != "datePublished" and not ({norm(n) for n in gold["s"]} & subj):
        return False
    if pred == "type":
        return obj in (gold["o"] if isinstance(gold["o"], list) else [gold["o"]])
    if pred == "goal":
        if _number(obj["value"]) != _number(gold["o"]["value"]):
            return False
        deadline = gold["o"].get("deadline")
        return deadline is None or (obj["deadline"] is not None and str(obj["deadline"])[:4] == str(deadline))
    wanted = {norm(n) for n in gold["o"]}
    if wanted & obj:
        return True
    return pred in SOFT and any(soft_equal(a, b) for a in wanted for b in obj)


def matches(gold: Mapping[str, Any], subj: frozenset[str], obj: Any) -> bool:
    """Whether a system fact (subject names, object value) states this gold fact."""
    if _matches_one_way(gold, subj, obj):
        return True
    return gold["p"] in SYMMETRIC and _matches_one_way(dict(gold, s=gold["o"], o=gold["s"]), subj, obj)


# -- system facts read from RDF -------------------------------------------------

@dataclass(frozen=True)
class SystemFact:
    """One scored fact of the system's graph: subject names, object value and the rules that stated it."""

    predicate: str
    subject: frozenset[str]
    object: Any  # names (frozenset), a class name (type) or {"value", "deadline"} (goal)
    rules: tuple[str, ...]

    def shown_object(self) -> object:
        return self.object if isinstance(self.object, (str, dict)) else sorted(self.object)


def _names(g: Graph, node: object) -> frozenset[str]:
    if isinstance(node, Literal):
        return frozenset({norm(node)})
    return frozenset(norm(o) for p in NAME_PROPERTIES for o in g.objects(node, p))


def _classes(g: Graph, node: object) -> list[tuple[str, URIRef]]:
    """The scored classes of a node, each with the rdf:type IRI that gave it."""
    out = []
    for t in g.objects(node, RDF.type):
        local = re.split(r"[#/]", str(t))[-1]
        out += [(cls, t) for cls, members in CLASS_NAMES.items() if local in members]
    return out


def _rules_index(g: Graph) -> dict[tuple[object, object, object], tuple[str, ...]]:
    """(s, p, o) -> the nkg:rule of every evidence node about that triple."""
    index: dict[tuple[object, object, object], set[str]] = defaultdict(set)
    for ev in g.subjects(RDF.type, NKG.Evidence):
        s, p, o = (next(iter(g.objects(ev, q)), None) for q in (RDF.subject, RDF.predicate, RDF.object))
        for rule in g.objects(ev, NKG.rule):
            index[(s, p, o)].add(str(rule))
    return {k: tuple(sorted(v)) for k, v in index.items()}


def system_facts(g: Graph) -> list[SystemFact]:
    """The scored facts of one document's graph, each stated once (symmetric ones once per pair)."""
    rules_of = _rules_index(g)
    facts: list[SystemFact] = []
    seen: set[tuple[object, ...]] = set()

    def add(pred: str, s: object, o: object, value: Any, triples: Iterable[tuple[object, object, object]]) -> None:
        key: tuple[object, ...] = (pred, frozenset((s, o))) if pred in SYMMETRIC else (pred, s, o)
        if key in seen:
            return
        seen.add(key)
        rules = sorted({r for t in triples for r in rules_of.get(t, ())})
        facts.append(SystemFact(pred, _names(g, s), value, tuple(rules) or (NO_RULE,)))

    for pred, props in ENTITY_PROPERTIES.items():
        for prop in props:
            for s, o in g.subject_objects(prop):
                add(pred, s, o, _names(g, o), [(s, prop, o)])
        for prop in INVERSE_PROPERTIES.get(pred, []):
            for o, s in g.subject_objects(prop):
                add(pred, s, o, _names(g, o), [(o, prop, s)])
    for pred, props in LITERAL_PROPERTIES.items():
        for prop in props:
            for s, o in g.subject_objects(prop):
                add(pred, s, o, frozenset({norm(o)}), [(s, prop, o)])
    for s, o in g.subject_objects(NKG.goal):
        value = next(iter(g.objects(o, NKG.targetValue)), None)
        deadline = next(iter(g.objects(o, NKG.deadline)), None)
        add("goal", s, o, {"value": value, "deadline": deadline}, [(s, NKG.goal, o)])
    articles = [*g.subjects(RDF.type, SDO.NewsArticle), *g.subjects(RDF.type, URIRef(SDO_HTTP + "NewsArticle"))]
    for art in dict.fromkeys(articles):
        for prop in _both("datePublished"):
            for o in g.objects(art, prop):
                add("datePublished", art, o, frozenset({norm(o)}), [(art, prop, o)])
    # Graph order, not a set's: matching is greedy, and hash order would change figures between runs.
    for s in dict.fromkeys(g.subjects(RDF.type, None)):
        found = _classes(g, s)
        for cls in dict.fromkeys(c for c, _ in found):
            if _names(g, s):
                add("type", s, URIRef(cls), cls, [(s, RDF.type, t) for c, t in found if c == cls])
    return facts


# -- scoring --------------------------------------------------------------------

@dataclass
class Counts:
    """True positives, false positives, false negatives; precision, recall and F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Mistake:
    """A false positive (with the rules that stated it) or a false negative."""

    doc: str
    kind: str  # "FP" or "FN"
    predicate: str
    subject: object
    object: object
    rules: tuple[str, ...] = ()


@dataclass
class Report:
    """The figures of one evaluation run."""

    predicates: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    rules: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mistakes: list[Mistake] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    documents: int = 0

    def group(self, name: str) -> Counts:
        """``entities`` (type), ``relations`` (every other predicate) or ``all``."""
        total = Counts()
        for pred, counts in self.predicates.items():
            if name == "all" or (name == "entities") == (pred == "type"):
                total.add(counts)
        return total

    def as_dict(self) -> dict[str, Any]:
        """The figures as JSON data: score.py's keys, plus predicates, rules and documents."""
        out: dict[str, Any] = {key: self.group(key).as_dict() for key in ("entities", "relations", "all")}
        out["failed_documents"] = len(self.failed)
        out["documents"] = self.documents
        out["predicates"] = {p: c.as_dict() for p, c in sorted(self.predicates.items())}
        out["rules"] = {r: {"tp": c.tp, "fp": c.fp, "precision": round(c.precision, 4)}
                        for r, c in self.worst_rules()}
        return out

    def worst_rules(self) -> list[tuple[str, Counts]]:
        """Rules by precision, worst first; among equals, the one with most false positives first."""
        return sorted(self.rules.items(), key=lambda kv: (kv[1].precision, -kv[1].fp, kv[0]))


def score_document(doc: str, gold_rows: list[Mapping[str, Any]], g: Graph, report: Report) -> None:
    """Add one document's counts to ``report``; each gold fact is matched at most once."""
    facts = system_facts(g)
    used = [False] * len(gold_rows)
    # datePublished is scored only where gold states it (as score.py does).
    predicates = sorted({r["p"] for r in gold_rows} | set(ENTITY_PROPERTIES) | set(LITERAL_PROPERTIES)
                        | {"goal", "type"})
    for pred in predicates:
        for fact in (f for f in facts if f.predicate == pred):
            hit = next((i for i, row in enumerate(gold_rows)
                        if row["p"] == pred and not used[i] and matches(row, fact.subject, fact.object)), None)
            if hit is not None:
                used[hit] = True
                if gold_rows[hit].get("optional"):
                    continue
                report.predicates[pred].tp += 1
                for rule in fact.rules:
                    report.rules[rule].tp += 1
            elif any(r["p"] == pred and r.get("optional") and matches(r, fact.subject, fact.object)
                     for r in gold_rows):
                continue  # an optional fact found again: neither rewarded nor penalised
            else:
                report.predicates[pred].fp += 1
                for rule in fact.rules:
                    report.rules[rule].fp += 1
                report.mistakes.append(Mistake(doc, "FP", pred, sorted(fact.subject), fact.shown_object(),
                                               fact.rules))
    for i, row in enumerate(gold_rows):
        if not used[i] and not row.get("optional"):
            report.predicates[row["p"]].fn += 1
            report.mistakes.append(Mistake(doc, "FN", row["p"], row["s"], row["o"]))


def read_gold(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Gold facts by document, from a JSON Lines file."""
    path = Path(path)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluateError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluateError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not {"doc", "p", "o"} <= row.keys() or ("s" not in row
                                                                               and row["p"] != "datePublished"):
            raise EvaluateError(f"{path}:{n}: a gold fact needs 'doc', 's', 'p' and 'o'")
        by_doc[row["doc"]].append(row)
    return dict(by_doc)


def document_graph(path: Path, rules: "RuleSet | None" = None) -> Graph:
    """What ``kg extract PATH -o x.trig`` writes, read back as a union graph."""
    from kg.extract import extract
    from kg.rdf import to_dataset
    from kg.read import read_path

    ds = to_dataset(extract(article, rules) for article in read_path(path))
    # A round trip through TriG gives the graph score.py reads from kg's output, triple order included
    # (matching is greedy, so order can matter when two system facts compete for one gold fact).
    back = Dataset(default_union=True)
    back.parse(data=ds.serialize(format="trig"), format="trig")
    return back


def evaluate(gold: str | Path, docs: str | Path, *, rules: "RuleSet | None" = None,
             on_document: Callable[[str], None] | None = None) -> Report:
    """Extract every gold document under ``docs`` with kg and score it against ``gold``.

    A document that cannot be read or extracted counts as an empty graph
    (all its gold facts missed) and is listed in ``Report.failed``.
    """
    docs = Path(docs)
    if not docs.is_dir():
        raise EvaluateError(f"{docs}: no such documents folder (give --docs DIR holding the gold documents)")
    report = Report()
    for doc, rows in sorted(read_gold(gold).items()):
        try:
            g: Graph = document_graph(docs / doc, rules)
        except Exception as exc:  # noqa: BLE001 - like a crashed `kg extract`: the document scores empty
            report.failed.append(f"{doc}: {type(exc).__name__}: {exc}")
            g = Graph()
        score_document(doc, rows, g, report)
        report.documents += 1
        if on_document is not None:
            on_document(doc)
    return report


# -- rendering ------------------------------------------------------------------

def _row(name: str, c: Counts) -> str:
    return f"{name:<20}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"


def render_mistakes(report: Report) -> str:
    """Every false positive and false negative, one per line (FPs name their rules)."""
    lines = []
    for m in report.mistakes:
        why = f"  [{', '.join(m.rules)}]" if m.rules else ""
        lines.append(f"  {m.doc} {m.kind} {m.predicate}: {m.subject} -> {m.object}{why}")
    return "".join(line + "\n" for line in lines)


def render_table(report: Report) -> str:
    """The per-predicate table, group totals and headline, laid out as score.py prints them."""
    lines = [f"{'predicate':<20}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]
    lines += [_row(pred, report.predicates[pred]) for pred in sorted(report.predicates)]
    lines += [_row(key, report.group(key)) for key in ("entities", "relations", "all")]
    rel = report.group("relations")
    lines.append(f"relations F1 {round(rel.f1, 4):.3f} (P {round(rel.precision, 4):.3f} "
                 f"R {round(rel.recall, 4):.3f}); entities F1 {round(report.group('entities').f1, 4):.3f}; "
                 f"failed documents {len(report.failed)}")
    return "\n".join(lines) + "\n"


def render_rules(report: Report) -> str:
    """Per-rule precision over the system's facts, worst first."""
    rows = report.worst_rules()
    width = max([len("rule"), *(len(r) for r, _ in rows)]) + 2
    lines = [f"{'rule':<{width}}{'tp':>5}{'fp':>5}{'P':>7}"]
    lines += [f"{rule:<{width}}{c.tp:>5}{c.fp:>5}{c.precision:>7.3f}" for rule, c in rows]
    return "\n".join(lines) + "\n"
