"""Cheap tests that tell when a regex cannot match, derived from the regex itself.

A relation rule such as ``{ORG:a}\\s+(?:acquired|bought)\\s+{ORG:b}`` can only
match a sentence that contains "acquired" or "bought". :func:`keywords` reads
such requirements off a compiled pattern's parse tree: sets of lower-cased
literals, every match containing one of each set. A :class:`Screen` tests
all rules' requirements with one scan of the lower-cased sentence, so a rule
whose words are absent is never run. The derivation errs towards fewer
requirements: a construct it does not understand requires nothing, so a rule
whose requirements cannot be derived always runs.

:func:`alternation` writes a word list as a prefix tree (``chief(?:
executive)?``) that matches exactly what the flat, longest-first alternation
matches, in the same order, but without trying every word at every position.
"""
from __future__ import annotations

import re
from typing import Iterable, Protocol

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
_MAX_RUNS = 200_000  # words remembered per screen


class Screened(Protocol):
    """What the screen needs of a rule."""

    needs: tuple[str, ...]
    keywords: tuple[frozenset[str], ...]


def folded(text: str) -> str | None:
    """The text requirements are tested on, or None when it cannot be screened."""
    if "ı" in text or "ſ" in text:  # UNFOLDABLE, tested without a regex
        return None
    return text.lower()


def text_words(text: str) -> frozenset[str] | None:
    """The folded text's words split at white space, as screens test them (None: it cannot be screened).

    Making the set costs more than testing it: screens of one text share it.
    """
    low = folded(text)
    return None if low is None else frozenset(low.split())


class Screen:
    """Every rule's requirements, tested together with one scan per sentence.

    The scan finds, at each position of the folded text, the longest word of
    any requirement that starts there. A word occurs in the text exactly when
    it begins one of the words found (all words matching at a position are
    prefixes of one another), so each word found marks the requirements that
    hold one of its prefixes as met: a bit each, beside a bit per slot letter.
    """

    def __init__(self, rules: Iterable[Screened]) -> None:
        self.rules = tuple(rules)
        vocab = {w for r in self.rules for req in r.keywords for w in req}
        trie = alternation(sorted(vocab, key=lambda w: (-len(w), w)))
        self._scan = re.compile(f"(?=({trie}))") if vocab else None
        # One bit per slot letter and per distinct requirement: a rule may match
        # when the sentence has every bit of its mask.
        letters = sorted({ch for r in self.rules for ch in r.needs})
        self._letter_bit = {ch: 1 << i for i, ch in enumerate(letters)}
        reqs: dict[frozenset[str], int] = {}
        for r in self.rules:
            for req in r.keywords:
                reqs.setdefault(req, 1 << (len(letters) + len(reqs)))
        # A word found satisfies every requirement holding one of its prefixes.
        self._word_bits = {v: sum(bit for req, bit in reqs.items() if any(v.startswith(w) for w in req))
                           for v in vocab}
        self._masks = []
        for r in self.rules:
            mask = sum(self._letter_bit[ch] for ch in set(r.needs)) | sum(reqs[req] for req in set(r.keywords))
            self._masks.append((r, mask))
        self._all_reqs = sum(reqs.values())
        # Scanning every position of every sentence costs more than splitting it into
        # words: a requirement word of letters occurs in the text only inside one run
        # of letters, so inside one white-space-separated word, and a requirement word
        # with other characters only where its longest letter run does. So each stands
        # for its longest run ("lay off" -> "lay", conservatively), and what a text word
        # contains is a pure function of that word, worked out once.
        keys: dict[str, int] = {}
        self._always = 0  # bits of words without letters: never screened out
        for v, b in self._word_bits.items():
            runs = _RUN.findall(v)
            if runs:
                k = max(runs, key=len)
                keys[k] = keys.get(k, 0) | b
            else:
                self._always |= b
        # A key found at a position stands for the shorter keys it begins with too.
        self._key_bits = {k: b | sum(keys.get(k[:j], 0) for j in range(1, len(k))) for k, b in keys.items()}
        self._key_scan = (re.compile(f"(?=({alternation(sorted(keys, key=lambda w: (-len(w), w)))}))")
                          if keys else None)
        self._run_bits: dict[str, int] = {}
        self._no_bits: set[str] = set()  # the folded words that meet no requirement: most words
        self._letter_mask = sum(self._letter_bit.values())
        self._by_letters: dict[int, list[tuple[Screened, int]]] = {}

    def words_in(self, text: str) -> set[str] | None:
        """The longest requirement word at each position of ``text`` (None: not screened)."""
        low = folded(text)
        if low is None or self._scan is None:
            return None
        return {m.group(1) for m in self._scan.finditer(low)}

    def candidates(self, letters: Iterable[str], text: str) -> list[Screened]:
        """The rules, in order, that may match ``text`` whose slots have these ``letters``."""
        return self.candidates_in(letters, text_words(text))

    def candidates_in(self, letters: Iterable[str], words: frozenset[str] | None) -> list[Screened]:
        """:meth:`candidates` of the text whose :func:`text_words` are ``words`` (None: all rules may match)."""
        have = 0
        for ch in letters:
            have |= self._letter_bit.get(ch, 0)
        if words is None or self._scan is None:
            have |= self._all_reqs
        else:
            have |= self._always
            known = self._run_bits
            # Words split at white space never cut a run of letters; a set difference
            # drops the words known to meet nothing without a look-up each.
            for word in words - self._no_bits:
                bits = known.get(word)
                if bits is None:
                    bits = self._bits_of(word)
                have |= bits
        group = self._by_letters.get(have & self._letter_mask)
        if group is None:
            lm = have & self._letter_mask
            group = self._by_letters[lm] = [(r, m) for r, m in self._masks if lm & m & self._letter_mask
                                            == m & self._letter_mask]
        return [r for r, mask in group if have & mask == mask]

    def _bits_of(self, word: str) -> int:
        """The requirements a folded word meets (remembered: words repeat across texts)."""
        bits = 0
        if self._key_scan is not None:
            key_bits = self._key_bits
            for m in self._key_scan.finditer(word):
                bits |= key_bits[m.group(1)]
        if len(self._run_bits) >= _MAX_RUNS:
            self._run_bits.clear()
            self._no_bits.clear()
        self._run_bits[word] = bits
        if not bits:
            self._no_bits.add(word)
        return bits


class Requirements:
    """A regex outside the rules as a screen sees it: the words any match contains, no slot letters."""

    needs: tuple[str, ...] = ()

    def __init__(self, regex: re.Pattern[str], name: str = "") -> None:
        self.name = name
        self.keywords = keywords(regex)


class Gate:
    """A screen for one regex outside the rules: False only when the regex cannot match."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self._screen = Screen([Requirements(regex)])

    def holds_in(self, words: frozenset[str] | None) -> bool:
        """The gate of the text whose :func:`text_words` are ``words`` (None: the regex may match)."""
        return bool(self._screen.candidates_in((), words))


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
    ranked = sorted(useful, key=lambda r: (-min(map(len, r)), len(r), sorted(r)))
    return tuple(ranked[:_MAX_KEEP])


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
    return max(options, key=lambda r: (min(map(len, r)), -len(r)))


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
