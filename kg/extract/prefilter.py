"""Cheap tests that tell when a regex cannot match, derived from the regex itself.

A relation rule such as ``{ORG:a}\\s+(?:acquired|bought)\\s+{ORG:b}`` can only
match a sentence that contains "acquired" or "bought". :func:`keywords` reads
such requirements off a compiled pattern's parse tree: sets of lower-cased
literals, every match containing one of each set. A :class:`Screen` tests
all rules' requirements at once on the sentence's lower-cased words, so a rule
whose words are absent is never run; every screen and :class:`Gate` shares
one bit per requirement, so a sentence's words are looked up once for all.
The derivation errs towards fewer requirements: a construct it does not
understand requires nothing, so a rule whose requirements cannot be derived
always runs.

:func:`alternation` writes a word list as a prefix tree (``chief(?:
executive)?``) that matches exactly what the flat, longest-first alternation
matches, in the same order, but without trying every word at every position.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Protocol, Sequence

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Characters that case-insensitive matching equates with an ASCII letter although
# their lower case does not contain it (dotless i, long s): text holding one is
# not screened (see ``folded``).
UNFOLDABLE = frozenset("ıſ")

_MAX_EXACT = 64   # strings a node may expand to before it counts as "any text"
_MAX_WORDS = 400  # literals one requirement may list
_MAX_KEEP = 6     # requirements kept per pattern, most selective first
_LETTERS = re.compile(r"[a-z]")
_RUN = re.compile(r"[a-z]+")
_MAX_RUNS = 200_000  # words whose requirements are remembered
# Words in nearly every sentence of news: a requirement with one of them rules out almost nothing, so
# it ranks below any without (in a branch, "the|his" beside "founded|set up" keeps the verbs).
_FUNCTION_WORDS = frozenset({"the", "and", "of", "in", "to", "for", "on", "at", "by", "with", "from", "as", "is",
                             "was", "are", "were", "has", "had", "have", "be", "been", "its", "his", "her",
                             "their", "that", "which", "who", "it", "an", "or", "not", "this", "said"})


class Patterned(Protocol):
    """A compiled or lazily compiled regex: its source and flags."""

    pattern: str
    flags: int


class Screened(Protocol):
    """What the screen needs of a rule."""

    needs: tuple[str, ...]
    keywords: tuple[frozenset[str], ...]


def folded(text: str) -> str | None:
    """The text requirements are tested on, or None when it cannot be screened."""
    if "ı" in text or "ſ" in text:  # UNFOLDABLE, tested without a regex
        return None
    return text.lower()


class Words(frozenset):  # type: ignore[type-arg]
    """A text's folded words split at white space (see :func:`text_words`).

    It remembers which screen requirements its words meet, so that every
    screen testing one sentence shares one look-up of its words.
    """

    __slots__ = ("_met", "_version")

    def met(self) -> int:
        """The bits of the requirements (of every screen, see ``_Index``) that these words meet."""
        if getattr(self, "_version", -1) != _INDEX.version:
            self._met = _INDEX.met_by(self)
            self._version = _INDEX.version
        return self._met


class Masked:
    """What screens test for a sentence whose names are slots (``relate.mask``), without reading it.

    Masking keeps every run of letters inside a run of the sentence's (a slot
    is "⟨O0⟩", so no run joins across it) and adds only runs of one letter (the
    slot's, the "s" of a possessive): the requirements the masked text meets are
    among those of the sentence's words and those keyed by a single letter.
    Screens given this superset run every rule they would have run on the
    masked text, and perhaps a few more, which their regexes then reject.
    """

    __slots__ = ("words",)

    def __init__(self, words: frozenset[str] | None) -> None:
        self.words = words

    def met(self) -> int:
        """The requirement bits that the masked text may meet."""
        words = self.words
        if words is None:
            return _INDEX.every
        return (words.met() if isinstance(words, Words) else _met(words)) | _INDEX.single_letter


def text_words(text: str) -> Words | None:
    """The folded text's words split at white space, as screens test them (None: it cannot be screened).

    Making the set costs more than testing it: screens of one text share it.
    """
    low = folded(text)
    return None if low is None else Words(low.split())


class _Index:
    """The requirements of every screen in the process, one bit each, and which of them a word meets.

    A requirement word of letters occurs in a text only inside one run of
    letters, so inside one white-space-separated word; a requirement word with
    other characters occurs only where its longest letter run does. So each
    stands for its longest run, its key ("lay off" -> "lay", conservatively),
    and what a text word meets is a pure function of the word, worked out once
    for all screens. Words of no letters at all meet their requirements always.
    """

    def __init__(self) -> None:
        self.bits: dict[frozenset[str], int] = {}  # requirement -> its bit
        self.always = 0
        self.single_letter = 0  # requirements a word of one letter meets
        self.every = 0
        self.version = 0
        self._key_bits: dict[str, int] = {}
        self._scan: re.Pattern[str] | None = None
        self._scan_stale = False
        self._met: dict[str, int] = {}
        self._meets_nothing: set[str] = set()  # most words: a set difference drops them all at once

    def add(self, reqs: Iterable[frozenset[str]]) -> None:
        """Give each new requirement a bit (a new one changes what words meet: the memory restarts)."""
        new = [r for r in dict.fromkeys(reqs) if r not in self.bits]
        if not new:
            return
        for req in new:
            self.bits[req] = 1 << len(self.bits)
        keys: dict[str, int] = {}
        self.always = self.single_letter = 0
        self.every = (1 << len(self.bits)) - 1
        for req, bit in self.bits.items():
            for word in req:
                runs = _RUN.findall(word)
                if runs:
                    k = max(runs, key=len)
                    keys[k] = keys.get(k, 0) | bit
                    if len(k) == 1:
                        self.single_letter |= bit
                else:
                    self.always |= bit
        # The scan finds the longest key at each position: it stands for the shorter keys it begins with too.
        self._key_bits = {k: b | sum(keys.get(k[:j], 0) for j in range(1, len(k))) for k, b in keys.items()}
        self._scan = None
        self._scan_stale = True  # compiled when a word is first looked up: screens are added one by one
        self._met.clear()
        self._meets_nothing.clear()
        self.version += 1

    def met_by(self, words: frozenset[str]) -> int:
        """The requirements that some of ``words`` (folded, split at white space) meets."""
        met = self.always
        known = self._met
        for word in words - self._meets_nothing:
            bits = known.get(word)
            if bits is None:
                bits = self._of(word)
            met |= bits
        return met

    def _of(self, word: str) -> int:
        bits = 0
        if self._scan_stale:
            keys = sorted(self._key_bits, key=lambda w: (-len(w), w))
            self._scan = re.compile(f"(?=({alternation(keys)}))") if keys else None
            self._scan_stale = False
        if self._scan is not None:
            key_bits = self._key_bits
            for m in self._scan.finditer(word):
                bits |= key_bits[m.group(1)]
        if len(self._met) >= _MAX_RUNS:  # bounded: a long-running process reads unbounded vocabulary
            self._met.clear()
            self._meets_nothing.clear()
        self._met[word] = bits
        if not bits:
            self._meets_nothing.add(word)
        return bits


_INDEX = _Index()


class Screen:
    """Every rule's requirements, tested together on a sentence's words.

    Each requirement is a bit of the process-wide ``_Index``, beside a bit per
    requirement of slot letters here (``needs``: a letter; ``slot_counts``: so
    many slots among some letters): a rule may match when the sentence has every
    bit of its masks. The words' requirement bits are found once per sentence,
    whatever the number of screens.

    Rules are bits of an int, in order. The slots' letters pick the rules whose
    slots the sentence may have (one set per combination of letters); the
    requirement bits, cut into chunks of a few bits each, pick through one look-up
    per chunk the rules whose requirements in that chunk hold: a sentence costs a
    look-up per chunk, not a test per rule.
    """

    def __init__(self, rules: Iterable[Screened]) -> None:
        self.rules = tuple(rules)
        reqs = [req for r in self.rules for req in r.keywords]
        _INDEX.add(reqs)
        # Each distinct (letters, n) a rule needs is a bit.
        needs = [{(ch, 1) for ch in r.needs} | set(getattr(r, "slot_counts", ())) for r in self.rules]
        self._letter_reqs = {need: 1 << i for i, need in enumerate(sorted(set().union(*needs)))}
        self._letter_masks = [sum(self._letter_reqs[n] for n in need) for need in needs]
        req_masks = [sum(_INDEX.bits[req] for req in set(r.keywords)) for r in self.rules]
        self._all_reqs = 0
        for m in req_masks:
            self._all_reqs |= m
        self._by_letters: dict[str, int] = {}
        self._chunks = _chunks(req_masks, self._all_reqs)

    def candidates(self, letters: Iterable[str], text: str) -> list[Screened]:
        """The rules, in order, that may match ``text`` whose slots have these ``letters``.

        ``letters``: one per slot (a list), or a set of them, which says nothing of how many slots
        have each: then a letter present counts as often as any rule needs it.
        """
        return self.candidates_in(letters, text_words(text))

    def candidates_in(self, letters: Iterable[str], words: Screenable) -> list[Screened]:
        """:meth:`candidates` of the text whose :func:`text_words` are ``words`` (None: all rules may match)."""
        key = "".join(sorted(letters))
        if isinstance(letters, (set, frozenset)):
            key += "+"  # each letter as often as needed
        pick = self._by_letters.get(key)
        if pick is None:
            pick = self._by_slots(key)
        if words is not None:
            met = words.met() if isinstance(words, (Words, Masked)) else _met(words)
            for shift, mask, table in self._chunks:
                part = met >> shift & mask
                held = table.get(part)
                if held is None:
                    held = table.held(part)
                pick &= held
                if not pick:
                    return []
        rules = self.rules
        out = []
        while pick:
            low = pick & -pick
            out.append(rules[low.bit_length() - 1])
            pick ^= low
        return out

    def _by_slots(self, letters: str) -> int:
        """The rules whose slot needs ``letters`` meet (sorted, one per slot; a final "+": as many as needed)."""
        have = 0
        unbounded = letters.endswith("+")
        for (among, n), bit in self._letter_reqs.items():
            count = sum(letters.count(ch) for ch in among)
            if count >= n or (unbounded and count):
                have |= bit
        pick = sum(1 << i for i, lm in enumerate(self._letter_masks) if have & lm == lm)
        if len(self._by_letters) >= 4096:  # bounded: sentences with many slots make many combinations
            self._by_letters.clear()
        self._by_letters[letters] = pick
        return pick


# Requirement bits per chunk: fewer chunks are fewer look-ups per sentence, wider ones more look-ups
# to work out the first time (16 costs the first pass over a corpus about what 12 does, later ones less).
_CHUNK_BITS = 16
_MAX_HELD = 4096  # look-ups a chunk remembers


class _Chunk(dict):  # type: ignore[type-arg]
    """The rules whose requirements among a few bits hold, by the part of the met bits there (filled on use)."""

    __slots__ = ("always", "parts")

    def __init__(self, always: int, parts: dict[int, int]) -> None:
        super().__init__()
        self.always = always  # the rules with no requirement here
        self.parts = parts  # the rules' requirements here -> the rules that have them

    def held(self, met: int) -> int:
        rules = self.always
        for part, which in self.parts.items():
            if met & part == part:
                rules |= which
        if len(self) >= _MAX_HELD:
            self.clear()
        self[met] = rules
        return rules


def _chunks(req_masks: list[int], used: int) -> list[tuple[int, int, _Chunk]]:
    """(shift, mask, chunk) of each run of requirement bits that some rule uses, ``_CHUNK_BITS`` of them a run."""
    chunks = []
    every = (1 << len(req_masks)) - 1
    shift = 0
    while used >> shift:
        if not (used >> shift) & 1:
            shift += 1
            continue
        # The run from this bit on with _CHUNK_BITS used bits at most.
        width = count = 0
        while count < _CHUNK_BITS and used >> (shift + width):
            if (used >> (shift + width)) & 1:
                count += 1
            width += 1
        mask = (1 << width) - 1 & (used >> shift)
        parts: dict[int, int] = {}
        for i, m in enumerate(req_masks):
            part = (m >> shift) & mask
            if part:
                parts[part] = parts.get(part, 0) | 1 << i
        having = 0
        for which in parts.values():
            having |= which
        always = every & ~having
        chunks.append((shift, mask, _Chunk(always, parts)))
        shift += width
    return chunks


Screenable = frozenset[str] | Masked | None  # what a screen tests: text_words (None: all may match) or Masked


def _met(words: frozenset[str] | Masked) -> int:
    return words.met() if isinstance(words, (Words, Masked)) else Words(words).met()


class Requirements:
    """A regex outside the rules as a screen sees it: the words any match contains, no slot letters."""

    needs: tuple[str, ...] = ()

    def __init__(self, regex: re.Pattern[str], name: str = "",
                 words: tuple[frozenset[str], ...] | None = None) -> None:
        self.name = name
        self.keywords = keywords(regex) if words is None else words


def keywords_of(regexes: Sequence["re.Pattern[str] | Patterned"]) -> list[tuple[frozenset[str], ...]]:
    """:func:`keywords` of each regex, read from :mod:`kg.cache` when this code saw them before.

    They are a pure function of the patterns and of this module, which the key holds; reading
    a parse tree is a fifth of a one-article ``kg extract``'s start-up.
    """
    from kg import cache

    key = cache.patterns_key("keywords", regexes, [Path(__file__)])
    return cache.cached(key, lambda: [keywords(rx) for rx in regexes])  # type: ignore[arg-type]


class Gate:
    """A screen for one regex outside the rules: False only when the regex cannot match."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        reqs = keywords(regex)
        _INDEX.add(reqs)
        self._reqs = sum(_INDEX.bits[req] for req in set(reqs))

    def holds_in(self, words: Screenable) -> bool:
        """The gate of the text whose :func:`text_words` are ``words`` (None: the regex may match)."""
        if words is None:
            return True
        met = words.met() if isinstance(words, (Words, Masked)) else _met(words)
        return met & self._reqs == self._reqs


def keywords(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """What any match of ``regex`` must contain, most selective first (empty: nothing known).

    Each set holds lower-cased literals; every match contains one of them.
    """
    if not isinstance(regex.pattern, str) or regex.flags & re.LOCALE:
        return ()
    try:
        parsed = _sre_parse.parse(regex.pattern, regex.flags)
    except re.error:  # pragma: no cover - the pattern compiled already
        return ()
    ignorecase = bool((regex.flags | parsed.state.flags) & re.IGNORECASE)
    exact, reqs = _sequence(parsed, ignorecase)
    if exact is not None:
        reqs.append(exact)
    # Words of one or two letters ("of", "a") and punctuation are in nearly every
    # sentence: scanning for them costs more than it saves.
    useful = {frozenset(r) for r in reqs
              if r and len(r) <= _MAX_WORDS and all(len(_LETTERS.findall(w)) >= 2 for w in r)}
    ranked = sorted(useful, key=lambda r: (*(-k for k in _selectivity(r)), sorted(r)))
    return tuple(ranked[:_MAX_KEEP])


def _selectivity(req: set[str] | frozenset[str]) -> tuple[bool, int, int]:
    """How rarely a requirement is met, roughly (greater is rarer): no function word, long words, few of them."""
    return _FUNCTION_WORDS.isdisjoint(req), min(map(len, req)), -len(req)


_Info = tuple["set[str] | None", "list[set[str]]"]


def _char(code: int, ignorecase: bool) -> str | None:
    """A literal character as it appears in folded text, or None if folding may not preserve it."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    if not ignorecase and ch.lower() == ch == ch.upper():
        return ch  # uncased: quotes, dashes, the slot brackets
    return None


def _sequence(items: Iterable, ignorecase: bool) -> _Info:
    """A concatenation: literal runs join across it; every part's requirements hold."""
    exact: set[str] | None = {""}
    whole = True
    reqs: list[set[str]] = []
    for op, av in items:
        e, r = _node(op, av, ignorecase)
        reqs.extend(r)
        if exact is not None and e is not None and len(exact) * len(e) <= _MAX_EXACT:
            exact = {a + b for a in exact for b in e}
            continue
        whole = False
        if exact is not None:
            reqs.append(exact)
        exact = e
    if whole:
        return exact, reqs
    if exact is not None:
        reqs.append(exact)
    return None, reqs


def _best(exact: set[str] | None, reqs: list[set[str]]) -> set[str] | None:
    """The most selective single requirement of a node, if it has one."""
    options = [r for r in ([exact] if exact is not None else []) + reqs if r and "" not in r]
    if not options:
        return None
    return max(options, key=_selectivity)


def _node(op: object, av: object, ignorecase: bool) -> _Info:
    if op is _c.LITERAL:
        ch = _char(av, ignorecase)  # type: ignore[arg-type]
        return ({ch} if ch is not None else None), []
    if op is _c.IN:
        chars = set()
        for sub_op, sub_av in av:  # type: ignore[union-attr]
            ch = _char(sub_av, ignorecase) if sub_op is _c.LITERAL else None
            if ch is None:
                return None, []
            chars.add(ch)
        return chars, []
    if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
        return {""}, []  # zero-width: the text on either side is adjacent
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av  # type: ignore[misc]
        ic = bool((ignorecase or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        return _sequence(sub, ic)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, ignorecase)  # type: ignore[arg-type]
    if op is _c.BRANCH:
        infos = [_sequence(alt, ignorecase) for alt in av[1]]  # type: ignore[index]
        if all(e is not None for e, _ in infos):
            union = set().union(*(e for e, _ in infos))  # type: ignore[misc]
            if len(union) <= _MAX_EXACT:
                return union, []
        # Every match goes through one alternative, so it holds one of their requirements.
        words: set[str] = set()
        for e, r in infos:
            best = _best(e, r)
            if best is None:
                return None, []
            words |= best
        return None, [words]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av  # type: ignore[misc]
        e, r = _sequence(sub, ignorecase)
        if low == 0:
            return ((e | {""}) if e is not None and high == 1 else None), []
        if low == high == 1:
            return e, r
        return None, r + ([e] if e is not None else [])
    return None, []  # any character, classes, back-references: nothing known


def alternation(words: Iterable[str], ignorecase: bool = False) -> str:
    """A regex for the words as a prefix tree, equivalent to ``"|".join(map(re.escape, words))``.

    The flat alternation tries words in order; the tree tries longer
    continuations first. The two agree when no word follows a word it extends
    (a list sorted longest first), so only then is the tree built; otherwise
    the flat alternation is returned. With ``ignorecase`` the pattern is meant
    for case-insensitive matching and words equal in lower case are one word.
    """
    words = list(words)
    keys = [w.lower() if ignorecase else w for w in words]
    if not all(k.isascii() for k in keys) and ignorecase:
        return "|".join(map(re.escape, words))
    first: dict[str, int] = {}
    for i, k in enumerate(keys):
        first.setdefault(k, i)
    for k, i in first.items():
        if any(k[:j] in first and first[k[:j]] < i for j in range(1, len(k))):
            return "|".join(map(re.escape, words))
    if "" in first:
        return "|".join(map(re.escape, words))
    trie: dict[str, dict] = {}
    for k in first:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    branches = []
    for ch, child in node.items():
        if ch == "":
            continue
        run = re.escape(ch)
        while len(child) == 1 and "" not in child:
            (nxt, child), = child.items()
            run += re.escape(nxt)
        branches.append(run + _emit(child))
    if not branches:
        return ""
    if "" in node:  # a word ends here: try the longer words first, then stop
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
