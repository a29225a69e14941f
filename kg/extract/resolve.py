"""Resolving mentions to entities within one article.

- places: by the gazetteer's canonical name ("Chinese", "PRC" -> China), and a long form with the
  short one the article also uses ("Kingdom of X" and "X", "Mt. X" and "X", "Roman Catholic
  Diocese of X" and "Diocese of X"), where their kinds agree;
- people: a short form ("Brisk", "Ada Brisk") joins the fuller name whose
  words it shares, honorifics aside;
- organizations: by the name's core, without legal suffixes and generic
  tails ("Vellor", "Vellor Group", "Vellor Group Holding Ltd." are one),
  never by a shared prefix alone ("Vellor Cloud" stays apart), a bare
  short form with the one longer name that adds only trade words
  ("Norvane" of "Norvane Systems Inc."), and acronyms defined in
  parentheses ("New York Stock Exchange (NYSE)");
- products: by name.

Entity keys are minted from kind and core name, so the same company in two
articles gets the same IRI.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import attrgetter

from kg.extract.gazetteer import Lexicon, PlaceInfo
from kg.extract.reverse import EndPattern
from kg.iris import entity_key
from kg.extract.mentions import AND_GAP, MODEL_CODE_RULE, MODEL_TAIL, ORG_PREFIXES, SHARED_SURNAME_RULE, THE_TAIL_RULE
from kg.model import ORG, PERSON, PLACE, PRODUCT, Entity, Evidence, Mention, Sentence

# Tails that do not change which organization a name means.
GENERIC_TAILS = frozenset("""group holding holdings inc incorporated corp corporation co company ltd limited plc llc
lp llp ag sa nv bv gmbh se spa kk oyj asa ab the""".split())
# First words of two-word legal forms, no legal form alone: "Sdn Bhd", "Pvt Ltd", "Pty Ltd".
_FORM_OPENERS = frozenset({"sdn", "pvt", "pty"})
_POSSESSIVE_END = re.compile(r"[’']s$")
_POSSESSIVE_ENDINGS = ("'s", "’s", "\n")  # the only endings _POSSESSIVE_END can match ("$" also before a last newline)
_INITIAL = re.compile(r"[A-Z]\.?")
_START = attrgetter("start")
# A place name ending in an administrative noun: "Lagos State", "Kyoto Prefecture".
_ADMIN_END = re.compile(r"\s(?:State|Province|Prefecture|Governorate|Oblast|Region)$")
_PREFIXES = frozenset(p.lower() for p in ORG_PREFIXES)


def org_core(name: str, lex: Lexicon, keep_case: bool = False) -> str:
    """An organization's name without "The", legal suffixes and generic tails (lower-cased unless asked)."""
    if name.endswith(_POSSESSIVE_ENDINGS):
        name = _POSSESSIVE_END.sub("", name)
    words = name.replace(",", " ").split()
    if words and words[0].lower() == "the":
        del words[0]
    while len(words) > 1:
        tail = words[-1].rstrip(".").lower()
        if tail not in GENERIC_TAILS and tail not in lex.legal_suffixes:
            break
        del words[-1]
        if (words[-1] in ("&", "and") or words[-1].rstrip(".").lower() in _FORM_OPENERS) and len(words) > 1:
            del words[-1]  # "Harlan & Co.", "Tarvo Sdn Bhd": the first word of a two-word legal form goes with it
    core = " ".join(words)
    return core if keep_case else core.lower()


@lru_cache(maxsize=8)
def _lowered(words: frozenset[str]) -> frozenset[str]:
    """``words`` lower-cased: a lexicon's word list, lowered once instead of per article."""
    return frozenset(w.lower() for w in words)


def short_forms(bare: Iterable[str], cores: Iterable[str], lex: Lexicon) -> dict[str, str]:
    """The ``bare`` organization cores that are the short form of one longer core of the article, mapped to it.

    "norvane" joins "norvane systems" when no other core starts with it and ends in trade words
    (``lex.trade_tails``); "acme" stays apart from "acme capital" (a unit's name) and from
    "acme steel" beside "acme motors" (which one it means is unsaid). "selva" joins "banco selva"
    (a head word put first, ``mentions.ORG_PREFIXES``) when no other core is "selva" after one.
    """
    tails = _lowered(lex.trade_tails)
    # Each core under every run of its first words ("acme", "acme steel" for "acme steel works"), in the
    # order of ``cores``: the cores that start with a given one, without testing every pair.
    by_start: dict[str, list[str]] = {}
    by_rest: dict[str, list[str]] = {}  # "selva": ["banco selva"]
    for c in cores:
        i = c.find(" ")
        if i > 0 and c[:i] in _PREFIXES:
            by_rest.setdefault(c[i + 1:], []).append(c)
        while i >= 0:
            by_start.setdefault(c[:i], []).append(c)
            i = c.find(" ", i + 1)
    out: dict[str, str] = {}
    for core in bare:
        n = len(core) + 1
        longer = [c for c in by_start.get(core, ()) if tails.issuperset(c[n:].split()) or _foreign_tail(c[n:], lex)] \
            or by_rest.get(core, [])
        if len(longer) == 1:
            out[core] = longer[0]
    return out


def _foreign_tail(tail: str, lex: Lexicon) -> bool:
    """Whether the words after a company's first (lower-cased) are one no English dictionary lists:
    a trade word in another language ("pakket" of "Vlot Pakket"), not a unit's ("Capital") or a
    business's ("Electronics") nor an acronym's, which the lower-cased core no longer tells apart."""
    if " " in tail or not tail.isalpha() or len(tail) <= 3 or lex.place(tail.title()) is not None \
            or tail.title() in lex.org_heads:
        return False  # "Vossen Australia", "Acme Lund": a regional unit; "Vossen Interactive": a head word
    common = lex.common_words
    # the dictionary lists headwords: "pictures" is "picture"'s plural
    return not any(w in common for w in (tail, tail[:-1], tail[:-2], tail[:-3] + "y"))


# A US state as newspapers abbreviate it after a town ("Winston-Salem, N.C.", "Austin, Tex.-based"): no company.
_STATE_ABBREVIATIONS = frozenset("""Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.
Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex.
Vt. Va. Wash. W.Va. Wis. Wyo.""".split())


def _without_state_abbreviations(orgs: list[Mention], text: str) -> list[Mention]:
    """``orgs`` but a state's abbreviation written after a word and a comma ("Raleigh, N.C.", "The
    Raleigh, N.C.-based company"), which names no organization (mentions may take its capitals for one)."""
    return [m for m in orgs if m.text not in _STATE_ABBREVIATIONS or not _AFTER_TOWN.search(text[:m.start])]


_AFTER_TOWN = EndPattern(r"[a-z]\s*,\s*$")


def _with_shared_surname(m: Mention, people: list[Mention], words: dict[str, list[str]], text: str) -> list[str]:
    """A person's name words; a lone given name the next person's full name shares a surname with gets it:
    "Peter" of "founded by Peter and Anne Holloway" is Peter Holloway (mentions.py types it so)."""
    own = words[m.text]
    if m.rule != SHARED_SURNAME_RULE or len(own) != 1:
        return own
    if any(own[0] in w for w in words.values() if len(w) > 1):
        return own  # "Yoon" after "Yoon Ji-ho": the short form of a person the article named before
    for n in people:
        if n.start > m.end and AND_GAP.fullmatch(text, m.end, n.start):
            other = words[n.text]
            return own + other[1:] if len(other) > 1 else own
    return own


def person_words(name: str, lex: Lexicon) -> list[str]:
    words = untitled(name, lex)
    # An initial is one or two characters: test only those against the pattern.
    return [w for w in words if len(w) > 2 or not _INITIAL.fullmatch(w)] or words


def untitled(name: str, lex: Lexicon) -> list[str]:
    """A person's name without honorifics or a ruler's title before it ("King Norvald" -> "Norvald")."""
    words = [w for w in name.split() if w.rstrip(".") not in lex.honorifics]
    return words[1:] if len(words) > 1 and words[0] in lex.noble_titles else words


class Resolver:
    """Groups an article's mentions into entities; ``entity_of`` maps a mention to its key."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.entities: dict[str, Entity] = {}
        self._by_mention: dict[tuple[int, int], str] = {}
        self._keys: dict[tuple[str, str], str] = {}  # the article's names repeat: each key is minted once
        self._forms: dict[str, str] = {}  # an organization's name -> its core as written, worked out once

    def _form(self, name: str) -> str:
        """``org_core(name, keep_case=True)``, once per name of the article (its lower-case is ``org_core(name)``)."""
        form = self._forms.get(name)
        if form is None:
            form = self._forms[name] = org_core(name, self.lex, keep_case=True)
        return form

    def entity_of(self, mention: Mention) -> str | None:
        return self._by_mention.get((mention.start, mention.end))

    def keys_by_span(self) -> dict[tuple[int, int], str]:
        """Each resolved mention's entity key by its (start, end): ``entity_of`` for every mention at once."""
        return dict(self._by_mention)

    def resolve(self, mentions: list[Mention], sentences: list[Sentence], text: str) -> dict[str, Entity]:
        acronyms = _acronyms(mentions, text)
        acronyms.update(_initialisms(mentions, acronyms, self._form))
        by_kind: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_kind[m.kind].append(m)
        if by_kind[ORG]:
            by_kind[ORG] = _without_state_abbreviations(by_kind[ORG], text)
        self._places(by_kind[PLACE])
        self._people(by_kind[PERSON], text)
        self._orgs(by_kind[ORG], acronyms, sentences[0].end if sentences else 0)
        self._products(by_kind[PRODUCT])
        if sentences and ": " in sentences[0].text:
            self._subtitle_short_form(sentences[0].text.strip(), text)
        starts = [s.start for s in sentences]  # in order and disjoint: a position lies in the last one starting before it
        for ent in self.entities.values():
            ms = ent.mentions
            first = ms[0] if len(ms) == 1 else min(ms, key=_START)
            k = bisect_right(starts, first.start) - 1
            sent = sentences[k] if k >= 0 and first.start < sentences[k].end else None
            if sent is not None:
                ent.evidence = Evidence(sent.text, sent.start, sent.end, first.rule, first.confidence)
        return self.entities

    def _subtitle_short_form(self, title: str, text: str) -> None:
        """An article titled with a subtitled name ("Tarn Racer: Turbo Edition") calls its subject by the
        name before the colon too ("Tarn Racer"): one entity, of the kind its better-typed mentions give.
        (Where the title is the short name, the subtitled ones are other works: "Tarn Racer: Harbor".)"""
        title = title[4:] if title.startswith("The ") else title
        short = title.split(": ", 1)[0]
        if any(w in text for w in ("series", "franchise", "games", "universe")) and re.search(rf"\b{re.escape(short)}\s+(?:series|franchise|games|universe)\b", text):
            return  # "the Tarn Racer series": the short name is the series', the title one of its works
        whole = [e for e in self.entities.values() if e.kind in (ORG, PRODUCT) and title in {e.label, *e.aliases}]
        part = [e for e in self.entities.values() if e.kind in (ORG, PRODUCT) and short in {e.label, *e.aliases}
                and e not in whole]
        if len(whole) != 1 or len(part) != 1:
            return
        a, b = whole[0], part[0]
        keep, drop = (a, b) if max(m.confidence for m in a.mentions) >= max(m.confidence for m in b.mentions) \
            else (b, a)
        self._merge(drop, keep)

    def _merge(self, drop: Entity, keep: Entity) -> None:
        """Make ``drop`` one entity with ``keep``: its names, mentions and subtypes move over."""
        del self.entities[drop.key]
        keep.aliases |= drop.aliases | {drop.label}
        keep.mentions.extend(drop.mentions)
        keep.subtypes |= drop.subtypes
        for m in drop.mentions:
            self._by_mention[(m.start, m.end)] = keep.key
        for k, v in self._keys.items():
            if v == drop.key:
                self._keys[k] = keep.key

    def _add(self, kind: str, core: str, label: str, m: Mention) -> Entity:
        key = self._keys.get((kind, core))
        if key is None:
            key = self._keys[(kind, core)] = entity_key(kind, core)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(key, kind, label)
        ent.aliases.add(m.text)
        ent.mentions.append(m)
        if m.subtype:
            ent.subtypes.add(m.subtype)
        self._by_mention[(m.start, m.end)] = key
        return ent

    def _places(self, mentions: list[Mention]) -> None:
        named = []
        known: dict[str, tuple[PlaceInfo | None, str]] = {}  # an article names a place many times: each name once
        for m in mentions:
            if m.text not in known:
                known[m.text] = self._place_info(m.text)
            info, name = known[m.text]
            named.append((m, info, name))
        merged = place_long_forms({name: info for _, info, name in named}, self.lex)
        for m, info, name in named:
            name = merged.get(name, name)
            ent = self._add(PLACE, name, name, m)
            if info is not None and info.kind != "Region":
                ent.subtypes.add(info.kind)

    def _place_info(self, text: str) -> tuple[PlaceInfo | None, str]:
        """What the gazetteer knows of a place name, and the name its entity is keyed by.

        A name ending in an administrative noun is the state or province where the gazetteer has one
        so named ("Lagos State", "Kyoto Prefecture", "Washington State"), not the city its lookup
        prefers; its entity keeps the long name, apart from the city's.
        """
        info = self.lex.any_place(text) or self.lex.demonyms.get(text)
        if info is None and text.isupper() and len(text) > 3:
            info = self.lex.any_place(text.title())  # a dateline's "NAIROBI" (typed a place there) is Nairobi
        if info is not None and info.kind == "City" and _ADMIN_END.search(text):
            state = next((x for x in self.lex.meanings(text) if x.kind == "State"), None)
            if state is not None:
                return state, text[4:] if text.startswith(("The ", "the ")) else text
        return info, info.name if info is not None else text

    def _people(self, mentions: list[Mention], text: str) -> None:
        # Fuller names first, so short forms find them.
        full: list[tuple[set[str], list[str], str]] = []
        by_text: dict[str, list[str]] = {}  # an article names a person many times: each name's words once
        for m in mentions:
            if m.text not in by_text:
                by_text[m.text] = person_words(m.text, self.lex)
        named = sorted(((_with_shared_surname(m, mentions, by_text, text), m) for m in mentions),
                       key=lambda wm: (-len(wm[0]), wm[1].start))
        for words, m in named:
            target = None
            word_set = set(words)
            for fset, fwords, key in full:
                if word_set <= fset and (len(words) < len(fwords) or words == fwords):
                    target = key
                    break
            if target is None:
                label = " ".join(words)
                ent = self._add(PERSON, label, label, m)
                full.append((word_set, words, ent.key))
            else:
                ent = self.entities[target]
                ent.aliases.add(m.text)
                ent.mentions.append(m)
                self._by_mention[(m.start, m.end)] = target
            if len(words) < len(m.text.split()):
                ent.aliases.add(" ".join(words))
                # ... and as written without its title only, initials kept ("Tavis D. Brenn" of "General Tavis D. Brenn")
                ent.aliases.add(" ".join(untitled(m.text, self.lex)))

    def _orgs(self, mentions: list[Mention], acronyms: dict[str, str], title_end: int = 0) -> None:
        # Each mention with its core as written; the core lower-cased (or an acronym's) groups them.
        cores: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
        by_text: dict[str, tuple[str, str]] = {}  # an article names a company many times: each name's core once
        written_longer: set[str] = set()  # cores some mention writes with more than the core
        not_the_tail: set[str] = set()  # cores some mention names otherwise than as "the Courier"
        for m in mentions:
            found = by_text.get(m.text)
            if found is None:
                form = self._form(m.text)
                core = self._form(acronyms[m.text]).lower() if m.text in acronyms else form.lower()
                found = by_text[m.text] = (core, form)
            cores[found[0]].append((m, found[1]))
            if m.text != found[1]:
                written_longer.add(found[0])
            if m.rule != THE_TAIL_RULE:
                not_the_tail.add(found[0])
        # Only a core the article always writes bare: "Varnock" of a "Varnock Group" is a name of its own.
        short = short_forms([c for c in cores if c not in written_longer], cores, self.lex)
        for core, named in cores.items():
            if core in short:
                continue  # its mentions join the longer name's entity below
            # The label is the core name as written ("Vellor" for "Vellor Group Holding Ltd."),
            # so every article that names the company gives its IRI the same one label.
            forms: dict[str, int] = {}
            for m, form in named:
                if m.text not in acronyms:
                    forms[form] = forms.get(form, 0) + 1
            if len(forms) == 1:
                label = next(iter(forms))
            else:
                label = max(forms, key=lambda f: (forms[f], f)) if forms else named[0][0].text
            for m, _ in named:
                ent = self._add(ORG, core, label, m)
                ent.aliases.add(label)
        for core, longer in short.items():
            for m, form in cores[core]:
                self._add(ORG, longer, m.text, m).aliases.add(form)
        # "the Courier" of "The Wexley Courier": the one name it ends (mentions.THE_TAIL_RULE)
        for core in cores:
            if core in short or core in not_the_tail:
                continue
            longer = [c for c in cores if c.endswith(" " + core) and c not in short]
            if len(longer) > 1:  # ... the one the title (or the lead's opening) names, if any
                longer = [c for c in longer if any(m.start < title_end for m, _ in cores[c])]
            if len(longer) == 1:
                self._merge(self.entities[self._keys[(ORG, core)]], self.entities[self._keys[(ORG, longer[0])]])

    def _products(self, mentions: list[Mention]) -> None:
        # A model's plural and its short form name the model: "Z350s", "Z350" and "Z350 XWB".
        models: dict[str, str] = {}
        # The model code ending each longer product name, if only one ends in it ("Zorvik X9" -> "X9").
        ends: dict[str, list[str]] = {}
        for m in mentions:
            words = m.text.split()
            if len(words) > 1 and MODEL_TAIL.fullmatch(words[-1]) and m.text not in ends.get(words[-1], ()):
                ends.setdefault(words[-1], []).append(m.text)
        tails = {code: names[0] for code, names in ends.items() if len(names) == 1}
        for m in sorted(mentions, key=lambda m: (-len(m.text), m.start)):
            first, rest = _model_code(m.text.split()[0]), m.text.split()[1:]
            core = models.get(first) if first else None
            if core is None and not rest and m.rule == MODEL_CODE_RULE and m.text in tails:
                core = tails[m.text]  # "X9" after "the Zorvik X9": the model's code alone
            if core is None:
                core = (" ".join([first, *rest]) if first else m.text)
                if first:
                    models.setdefault(first, core)
            ent = self._add(PRODUCT, core, core, m)
            ent.aliases.add(core)




# What the head word of a place's long form ("Kingdom of X", "Mt. X") makes of it, and so which
# bare "X" of the same article may be that place: a state's bare name is the state, a mountain's
# the mountain (a river's is often a town's too: "X River" stays apart), but a province, diocese
# or duchy is often named after a town, so their bare name joins them only where the gazetteer
# knows it as a province.
_SOVEREIGN = frozenset("Kingdom Empire Republic Sultanate Caliphate Khanate Emirate Dominion".split())
_ADMIN = frozenset("Province State Region Prefecture Governorate Canton".split())
_TOWN = frozenset("City Town".split())
_FEATURE_PREFIXES = {"Mount": "Mount", "Mt.": "Mount", "Mt": "Mount", "Monte": "Mount"}
# The gazetteer kinds a known bare name may have and still be the long form's place.
_KNOWN_KINDS = {"sovereign": frozenset({"Country", "State"}), "admin": frozenset({"State"}),
                "town": frozenset({"City"})}


def _long_form(name: str, lex: Lexicon) -> tuple[str, str, str, str] | None:
    """A place's long form as (qualifier, head, core, class): "Roman Catholic Diocese of Ostmark"
    -> ("Roman Catholic", "Diocese", "Ostmark", "other"), "Mt. Orvane" -> ("", "Mount", "Orvane", "feature")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    if words[0] in _FEATURE_PREFIXES:
        return "", _FEATURE_PREFIXES[words[0]], " ".join(words[1:]), "feature"
    if "of" in words:
        k = words.index("of")
        if 0 < k < len(words) - 1 and words[k - 1] in lex.place_of_prefixes:
            head = words[k - 1]
            cls = ("sovereign" if head in _SOVEREIGN and k == 1 else "admin" if head in _ADMIN
                   else "town" if head in _TOWN else "other")
            return " ".join(words[:k - 1]), head, " ".join(words[k + 1:]), cls
    return None


def place_long_forms(names: dict[str, PlaceInfo | None], lex: Lexicon) -> dict[str, str]:
    """The article's place names that name the same place as a longer one, mapped to the name kept.

    "Diocese of X" joins the one "Roman Catholic Diocese of X" (not when two qualifiers compete);
    a bare "X" joins the one long form whose kind lets it be that place, unless the gazetteer knows
    X as a place of another kind ("Province of Rieti" stays apart from the city Rieti). The name
    kept is the longest form, or the gazetteer's name where X is known.
    """
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for name, info in names.items():
        if info is not None:
            continue  # a name the gazetteer knows is already the place's canonical name
        form = _long_form(name, lex)
        if form is not None:
            qualifier, head, core, cls = form
            groups[(head, core)].append((name, qualifier, cls))
    out: dict[str, str] = {}
    by_core: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # core -> (kept name, class, head)
    for (head, core), forms in groups.items():
        if len({q for _, q, _ in forms if q}) > 1:
            continue  # "Northern District of X" and "Southern District of X"
        keep = max((n for n, _, _ in forms), key=lambda n: (len(n), n))
        for n, _, _ in forms:
            if n != keep:
                out[n] = keep
        by_core[core].append((keep, forms[0][2], head))
    for core, longs in by_core.items():
        if core not in names:
            continue
        info = names[core]
        # A known country's "Republic of X" may be another state ("Republic of China").
        fits = [n for n, cls, head in longs
                if (cls in ("sovereign", "feature", "town") if info is None
                    else info.kind in _KNOWN_KINDS.get(cls, ()) and head != "Republic")]
        if len(fits) != 1:
            continue  # a "Kingdom of X" and an "Empire of X": which one a bare "X" means is unsaid
        if info is None:
            out[core] = fits[0]
        else:
            out[fits[0]] = info.name
    for name in list(out):  # "Diocese of X" -> "Province of X" -> X, in one step
        seen = {name}
        while out[name] in out and out[name] not in seen:
            seen.add(out[name])
            out[name] = out[out[name]]
    return out


# What joins a name to another name of the same company: "Acme Holdings, doing business as Acme Air",
# "Acme (formerly Beta Corp.)", "Acme Ltd., also known as Acme Group", "Acme, also referred to as Acme Labs".
_ALIAS_GAP = re.compile(r"\.?\s*(?:,|\()\s*(?:(?:also|commonly|formerly|previously|better|widely|originally)\s+)?"
                        r"(?:known\s+as|referred\s+to\s+as|called|doing\s+business\s+as|d/b/a|trading\s+as|"
                        r"formerly|previously)\s+"
                        r"(?:the\s+)?")
_MODEL_CODE = re.compile(r"(?P<code>[A-Z]{0,3}-?\d{2,4}(?:-?[A-Z0-9]+)*?)(?:s|'s|’s)?")
_ACRONYM_GAP = re.compile(r"(?:\s*,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\(")


def _model_code(word: str) -> str | None:
    """A model code without a plural "s" ("Z320s" -> "Z320"), or None for other words."""
    m = _MODEL_CODE.fullmatch(word)
    if m is None or not any(c.isdigit() for c in m.group("code")):
        return None
    return m.group("code")


def _acronyms(mentions: list[Mention], text: str) -> dict[str, str]:
    """Acronyms defined in parentheses right after a name ({"NYSE": "New York Stock Exchange"}), and
    other names a company is given beside its own ("doing business as", "formerly", "also known as")."""
    out: dict[str, str] = {}
    ordered = sorted(mentions, key=_START)
    for a, b in zip(ordered, ordered[1:]):
        # "Empresa Velmora de Aviação, S. A. (Velmora)": a legal form may stand between
        # (the closing bracket first: few names have one after them).
        if a.kind == b.kind == ORG and _ALIAS_GAP.fullmatch(text[a.end:b.start]):
            out.setdefault(b.text, a.text)  # "Acme Holdings, doing business as Acme Air": one company, two names
            continue
        if text[b.end:b.end + 1] != ")" or not _ACRONYM_GAP.fullmatch(text[a.end:b.start]):
            continue
        if b.text.isupper() and len(b.text) >= 2:
            if initials(a.text).startswith(b.text[0]) and len(b.text) <= len(a.text.split()) + 1:
                out[b.text] = a.text
        elif (a.kind == b.kind == ORG and len(b.text.split()) == 1 and len(a.text.split()) >= 3
              and b.text[0] == a.text[0]):
            out[b.text] = a.text  # a short name coined from a long one: "Empresa Velmora ... (Velmora)"
        elif a.kind == b.kind == ORG and a.text.isupper() and len(a.text) >= 2 and " " not in a.text \
                and text[a.end:b.start].strip() == "(" and initials(b.text).startswith(a.text[0]) \
                and len(a.text) <= len(b.text.split()) + 1:
            out.setdefault(a.text, b.text)  # the acronym first: "TKV (Technische Kabelwerke Velmar GmbH)"
    return out


_INITIALISM = re.compile(r"[A-Z]{3,6}")


def _initialisms(mentions: list[Mention], known: dict[str, str], form: Callable[[str], str]) -> dict[str, str]:
    """Acronyms the article uses without defining them, for the one organization whose initials they are:
    "Harlow Input Systems Ltd." ... "HIS", "Tarvik Ombrel Holdings" ... "TOH" (three letters or more).

    ``form`` is ``org_core`` with the case kept, for the article's lexicon."""
    orgs = [m for m in mentions if m.kind == ORG]
    bare = {m.text for m in orgs if 3 <= len(m.text) <= 6 and m.text not in known and _INITIALISM.fullmatch(m.text)}
    if not bare:
        return {}
    named: dict[str, set[str]] = defaultdict(set)
    for m in orgs:
        if " " not in m.text:
            continue
        core = form(m.text)
        for name in {m.text, core}:
            if " " in name:
                named[initials(name)].add(core.lower())
    out = {}
    for acronym in bare:
        cores = named.get(acronym, set())
        if len(cores) == 1:
            out[acronym] = next(m.text for m in orgs if form(m.text).lower() in cores)
    return out


def initials(name: str) -> str:
    """The capital letters that open a name's words: "New York Stock Exchange" -> "NYSE"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())
