"""The rule pre-filter: words a rule's matches must contain, derived from its regex."""
from __future__ import annotations

import re
import sys

import pytest

from kg.api import load_rules
from kg.extract import extract
from kg.extract.patterns import SLOT_TOKEN
from kg.extract.prefilter import UNFOLDABLE, Gate, Masked, Screen, alternation, folded, keywords, text_words
from kg.extract.rules import default
from kg.read import read_text


def words(pattern: str, flags: int = 0) -> set[frozenset[str]]:
    return set(keywords(re.compile(pattern, flags)))


def test_keywords_of_an_alternation_of_verbs() -> None:
    assert frozenset({"acquired", "bought"}) in words(r"⟨O(\d+)⟩\s+(?:acquired|bought)\s+⟨O(\d+)⟩")


def test_a_branch_keeps_its_rare_words_over_function_words() -> None:
    # Each alternative holds "the"/"his" and a verb; a requirement of function words rules out nothing.
    verb = r"(?:founded|set\s+up|started|created|established)"
    found = words(rf"⟨P\d+⟩\s+{verb}\s+⟨O\d+⟩|(?:the|his|her|its)\s+⟨O\d+⟩\s+⟨P\d+⟩\s+{verb}")
    assert frozenset({"founded", "set", "started", "created", "established"}) in found
    assert not any("the" in req for req in found)


def test_keywords_fold_case_and_expand_optional_letters() -> None:
    # "Chief\s?executive" holds "executive" whatever the space.
    found = words(r"(?i:CEO|Chief\s?executive|chief executive)\s+⟨P\d+⟩")
    assert frozenset({"ceo", "executive", "chief executive"}) in found
    assert frozenset({"acquire", "acquired", "acquires"}) in words(r"⟨O\d+⟩\s+acquire[sd]?\s+⟨O\d+⟩")
    # Literal spaces join words into longer literals.
    assert frozenset({"⟩ acquire ⟨o", "⟩ acquired ⟨o"}) in words(r"⟨O\d+⟩ acquired? ⟨O\d+⟩")
    assert frozenset({"stake"}) in words(r"(?:a|the)\s+stake\s+in")


def test_optional_words_and_classes_require_nothing() -> None:
    assert words(r"⟨O\d+⟩(?:\s+acquired)?\s+⟨O\d+⟩") == set()
    assert words(r"⟨O\d+⟩\s+\w+\s+⟨O\d+⟩") == set()
    # An alternative without a word of its own ("") means the group requires nothing.
    assert words(r"⟨O\d+⟩\s+(?:bought|\w+)\s+⟨O\d+⟩") == set()
    # Each alternative holds a word: one of those words is required.
    assert frozenset({"acquired", "owner"}) in words(r"(?:acquired\s+\w+|\w+\s+owner)")


class _Rule:
    def __init__(self, needs: tuple[str, ...], pattern: str) -> None:
        self.needs = needs
        self.regex = re.compile(pattern)
        self.keywords = keywords(self.regex)


def test_screen_skips_rules_whose_words_or_slots_are_absent() -> None:
    bought = _Rule(("O",), r"⟨O\d+⟩\s+(?:acquired|bought)\s+⟨O\d+⟩")
    named = _Rule(("O", "P"), r"⟨O\d+⟩\s+named\s+⟨P\d+⟩")
    anything = _Rule(("O",), r"⟨O\d+⟩\W+⟨O\d+⟩")
    screen = Screen([bought, named, anything])
    assert screen.candidates({"O"}, "⟨O0⟩ sold ⟨O1⟩") == [anything]
    assert screen.candidates({"O"}, "⟨O0⟩ Bought ⟨O1⟩") == [bought, anything]
    assert screen.candidates({"O"}, "⟨O0⟩ named ⟨O1⟩") == [anything]  # no person slot
    assert screen.candidates({"O", "P"}, "⟨O0⟩ named ⟨P1⟩") == [named, anything]
    # A word inside a longer word still counts: the regex decides.
    assert screen.candidates({"O", "P"}, "⟨O0⟩ renamed ⟨P1⟩") == [named, anything]


def test_screen_runs_everything_on_text_it_cannot_fold() -> None:
    bought = _Rule(("O",), r"(?i:⟨O\d+⟩\s+bought\s+⟨O\d+⟩)")
    screen = Screen([bought])
    assert bought.regex.search("⟨O0⟩ BOUGHT ⟨O1⟩")
    assert screen.candidates({"O"}, "⟨O0⟩ BOUGHT ⟨O1⟩") == [bought]
    assert folded("Inſide") is None and screen.candidates({"O"}, "⟨O0⟩ ſold ⟨O1⟩") == [bought]


def test_screens_share_a_sentences_words_even_when_built_after_they_were_read() -> None:
    """One word set serves every screen; a screen made later still sees the words it needs."""
    words = text_words("Quorvex Ltd sold its zephyrine unit to Plimbo")
    early = Gate(re.compile(r"\bsold\b"))
    assert early.holds_in(words) and not Gate(re.compile(r"\bbought\b")).holds_in(words)
    # New requirements, added after the words met the earlier ones.
    assert Gate(re.compile(r"zephyrine\s+unit")).holds_in(words)
    assert not Gate(re.compile(r"gloambrite")).holds_in(words)
    late = _Rule(("O",), r"⟨O\d+⟩\s+sold\s+(?:its|the)\s+zephyrine")
    assert Screen([late]).candidates_in({"O"}, words) == [late]
    assert early.holds_in(frozenset({"resold"})) and not early.holds_in(frozenset({"bought"}))
    assert early.holds_in(None)  # text that cannot be screened


def test_a_masked_sentence_is_screened_by_a_superset_of_its_words(monkeypatch) -> None:
    """Screens of a masked sentence read the sentence's words (and one-letter keys), never fewer rules."""
    from kg.extract import relate

    seen: list[tuple[str, str, frozenset[str]]] = []
    original = relate._apply

    def keep(rule, ctx) -> None:  # type: ignore[no-untyped-def]
        seen.append((ctx.sentence.text, ctx.masked, frozenset(s.letter for s in ctx.slots)))
        original(rule, ctx)

    monkeypatch.setattr(relate, "_apply", keep)
    text = ("Quorvex Corp. said on Monday it bought Plimbo Ltd, a Vantrell-based maker of kettles.\n\n"
            "Its chief executive, Dara Quillon, said the deal closes in May. She founded Plimbo in 2001.")
    extract(read_text(text, source="quorvex.txt"))
    assert seen
    rules = default().rules
    for sentence, masked, letters in seen:
        for rule in rules:
            on_masked = Screen([rule]).candidates_in(letters, text_words(masked))
            assert not on_masked or Screen([rule]).candidates_in(letters, Masked(text_words(sentence))), rule.id
    # A requirement keyed by one letter may be met by a slot ("⟨P0⟩") that the sentence lacks.
    assert Gate(re.compile("p⟩⟨x")).holds_in(Masked(text_words("Jo met Tim")))
    assert not Gate(re.compile("p⟩⟨x")).holds_in(text_words("Jo met Tim"))
    assert Gate(re.compile("zephyrine")).holds_in(Masked(None))


def test_unfoldable_lists_every_character_case_folding_confuses() -> None:
    """Characters a case-insensitive ASCII letter matches but whose lower case lacks it."""
    letters = re.compile("[a-z]", re.I)
    odd = set()
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF or not letters.fullmatch(ch):
            continue
        if not any(re.fullmatch(a, ch, re.I) and a in ch.lower() for a in "abcdefghijklmnopqrstuvwxyz"):
            odd.add(ch)
    assert odd == set(UNFOLDABLE)


INVENTED = [  # masked sentences made up for this test
    "⟨P0⟩, chief executive of ⟨O1⟩, said on Monday.",
    "⟨O0⟩ acquired ⟨O1⟩ for $2 billion.",
    "⟨O0⟩ has agreed to buy ⟨O1⟩ and ⟨O2⟩.",
    "⟨D0⟩ carmaker ⟨O1⟩ unveiled its new ⟨R2⟩ electric car in ⟨L3⟩.",
    "⟨O0⟩, which is headquartered in ⟨L1⟩, competes with ⟨O2⟩.",
    "⟨O0⟩ CEO ⟨P1⟩ was named chairman of ⟨O2⟩ in 2019.",
    "⟨O0⟩ (founded 1987) is a ⟨D1⟩ airline based in ⟨L2⟩.",
    "⟨P0⟩ co-founded ⟨O1⟩ with ⟨P2⟩; ⟨O1⟩'s headquarters in ⟨L3⟩ opened later.",
    "⟨O0⟩ is a subsidiary of ⟨O1⟩, the ⟨D2⟩ conglomerate.",
    "⟨O0⟩ formed a joint venture with ⟨O1⟩ to make ⟨R2⟩ chips.",
    "⟨L0⟩-based ⟨O1⟩ took a 20% stake in ⟨O2⟩.",
    "⟨O0⟩ Founder ⟨P1⟩ stepped down as CHAIRMAN AND CEO.",
]


@pytest.mark.parametrize("text", INVENTED)
def test_screen_never_hides_a_built_in_rule_that_matches(text: str) -> None:
    rules = default()
    letters = {m.group(1) for m in SLOT_TOKEN.finditer(text)}
    kept = rules.screen().candidates(letters, text)
    for rule in rules.rules:
        assert rule.regex is not None
        if rule.regex.search(text) and letters.issuperset(rule.needs):
            assert rule in kept, rule.id


def test_built_in_rules_have_keywords() -> None:
    by_id = {r.id: r for r in default().rules}
    assert any("acquired" in k for k in by_id["acquire-verb"].keywords)
    assert any("ceo" in k and "chief executive" in k for k in by_id["role-appositive"].keywords)


TEXT = ("Brantwell Holdings spins off its foundry\n\nPublished: 2024-02-05\n\n"
        "Brantwell Holdings spun off Kelmora Foundry on Monday.\n")


def test_user_rules_with_and_without_keywords_still_run(tmp_path) -> None:
    path = tmp_path / "mine.yml"
    path.write_text(
        "lexicon:\n  org_heads: [Foundry]\n"
        "relations:\n"
        "  - {id: two-words-between, pattern: '{ORG:a}\\s+\\w+\\s+\\w+\\s+{ORG:b}', emit: fact,\n"
        "     args: {predicate: parentOrganization, subject: b, object: a}}\n"
        "  - {id: spun-off, pattern: '{ORG:a}\\s+spun\\s+off\\s+{ORG:b}', emit: fact,\n"
        "     args: {predicate: subOrganization, subject: a, object: b}}\n", encoding="utf-8")
    rules = load_rules([path])
    by_id = {r.id: r for r in rules.rules}
    assert by_id["two-words-between"].keywords == ()
    assert frozenset({"spun"}) in by_id["spun-off"].keywords
    ex = extract(read_text(TEXT, source="brantwell.txt"), rules)
    used = {f.evidence.rule for f in ex.facts}
    assert {"two-words-between", "spun-off"} <= used


@pytest.mark.parametrize("words_", [
    ["chief executive officer", "chief executive", "chairman", "chair", "ceo", "CEO", "co-founder", "founder"],
    ["a.b", "a", "ab", "b"],  # out of order: the flat alternation is kept
])
def test_alternation_matches_like_the_flat_alternation(words_: list[str]) -> None:
    texts = ["The Chief Executive Officer and chair met the CEO", "co-founder chairmanship a.b ab b",
             "chief executive officers", "ab a.b"]
    for flags in (0, re.I):
        flat = re.compile(f"(?:{'|'.join(map(re.escape, words_))})(?:\\s+\\w+)?", flags)
        tree = re.compile(f"(?:{alternation(words_, ignorecase=bool(flags))})(?:\\s+\\w+)?", flags)
        for text in texts:
            assert [m.span() for m in flat.finditer(text)] == [m.span() for m in tree.finditer(text)]
    assert alternation(["ab", "a", "abc"]) == "ab|a|abc"  # "abc" after "ab": order matters, kept flat
    assert alternation(["abc", "ab", "b"]) == "(?:ab(?:c)?|b)"


ENDINGS = [  # invented text before a name
    "Shares rose after the chief executive ", "the CEO ", "said Vice President\n", "the CEO of ", "chairman at  ",
    "it agreed to acquire ", "a stake in ", "shares of\n", "the tech giant ", "Paris-based carmaker ",
    "launched its new smartphone ", "unveiled the large language model (LLM) ", "chatbots such as Zork, Quill, ",
    "and apps like ", "he moved to a house in ", "near ", "outside", "x", "", "\n", " \n", "CEOs ", "the giants ",
    "bought", "merger with the ", "Rival ", "rivals\n\n", "the ſtake in ", "ceo",
    "in the 1994 film ", "her novels, ", "the miniseries  ", "an EP ", "the ep ", "filmmaker ", "born in ",
    "she grew up in\n", "the town of ", "the capital  of ", "neighborhood of ", "the state of\nthe ",
    "popular games like ", "electric cars such as Vexa, ", "the new handheld gaming console ",
]


def test_end_patterns_answer_as_search_does() -> None:
    from kg.extract.reverse import EndPattern

    cues = default().lexicon.cues
    patterns = [v for v in vars(cues).values() if isinstance(v, EndPattern)]
    assert len(patterns) >= 7
    hits = 0
    for pattern in patterns:
        for text in ENDINGS:
            expected = pattern.forward.search(text) is not None
            assert pattern.search(text) == expected, (pattern.forward.pattern[:60], text)
            hits += expected
    assert hits >= 10  # the texts exercise matches, not only misses


def test_end_pattern_refuses_what_it_cannot_reverse() -> None:
    from kg.extract.reverse import EndPattern

    with pytest.raises(ValueError):
        EndPattern(r"a(?=b)b$")
    with pytest.raises(ValueError):
        EndPattern(r"ab")  # not anchored at the end
    assert EndPattern(r"\b(?i:ab+|c[^d]{2,})\s*$").search("x ABBB  ")


def test_end_pattern_turns_a_lookbehind_into_a_lookahead() -> None:
    from kg.extract.reverse import EndPattern

    pattern = EndPattern(r"(?<![\w-])(?:chef|baker)\s*,?\s+$")
    for text in ["the baker ", "baker, ", "a pastry-chef ", "pastrychef ", "chef", "x chef\n", "(chef  "]:
        assert pattern.search(text) == (pattern.forward.search(text) is not None), text
        assert pattern.search_reversed(text[::-1]) == pattern.search(text)
    assert pattern.search("the baker ") and not pattern.search("a pastry-chef ")
    assert EndPattern(r"(?<=x)y$").search("xy") and not EndPattern(r"(?<=x)y$").search("zy")


def test_the_pronoun_cue_matches_as_its_plain_pattern() -> None:
    """The class-first pronoun pattern finds exactly what the plain word-bounded one finds."""
    plain = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
    fast = default().lexicon.cues.pronoun
    texts = ["He said she would.", "Se went; Hhe; she's (she) SHE", "the ashe shell He-Man he_ _he 2he",
             "“She” and ‘he’", "Sheila, Shea and Hector", "he", "s he", "Éshe héhe", "\nShe\the"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.group() for m in fast.finditer(texts[0])] == ["He", "she"]


def test_place_and_work_cues_answer_as_flat_word_lists() -> None:
    """The backward cues built from prefix trees agree with the plain forward search on flat word lists."""
    lex = default().lexicon
    cues = lex.cues
    works = "|".join(sorted(map(re.escape, lex.work_nouns), key=len, reverse=True))
    flat = {
        cues.work_before: re.compile(rf"\b(?:{works})s?,?\s+$"),
        cues.place_before: re.compile(
            r"\b(?:(?:born|located|situated|lies|died|raised|grew up)\s+in|(?:town|city|village|province|region|"
            r"county|district|municipality|suburb|neighbou?rhood|capital|island|comune|commune|port|state)\s+of)\s+$"),
    }
    hits = 0
    for pattern, forward in flat.items():
        for text in ENDINGS:
            assert pattern.search(text) == (forward.search(text) is not None), (forward.pattern[:40], text)
            hits += pattern.search(text)
    assert hits >= 8


ANCHORED = [  # masked sentences made up for this test, each matched by an anchored rule
    "The former chief executive of ⟨O0⟩, ⟨P1⟩, said on Monday that sales fell.",
    "Shares rose after the interim co-founder at the ⟨O0⟩ , ⟨P1⟩ spoke.",
    "The current president of the ⟨D0⟩ lender ⟨O1⟩ is ⟨P2⟩.",
    "Chairman of ⟨O0⟩ has been ⟨P1⟩ since 2019.",
    "The ⟨L0⟩ headquarters of ⟨O1⟩ will close, and ⟨O2⟩'s new ⟨L3⟩ head office opened.",
    "⟨O0⟩ (founded in 1998) makes pumps.",
    "The ⟨R0⟩, ⟨O1⟩'s first smartwatch, sold well.",
    "⟨P0⟩, 58, is now the chief executive of ⟨O1⟩.",
    "⟨P0⟩, a former banker, was ⟨O1⟩'s chairman.",
    "⟨O0⟩'s ⟨O1⟩ and ⟨O2⟩ stations were sold.",
]


@pytest.mark.parametrize("text", ANCHORED)
def test_a_built_in_anchor_holds_in_every_match(text: str) -> None:
    anchored = [r for r in default().rules if r.anchor is not None]
    assert {"role-of-org-appositive", "role-of-org-copula"} <= {r.id for r in anchored}
    matches = [(r, m) for r in anchored for m in r.regex.finditer(text)]  # type: ignore[union-attr]
    assert matches
    for rule, m in matches:
        assert rule.anchor is not None and rule.anchor.search(m.group(0)), rule.id


def test_rules_anchored_for_speed_are_matched_above() -> None:
    # (rules given an anchor because they were tried often and rarely matched: each is checked above)
    matched = {r.id for r in default().rules if r.anchor is not None for text in ANCHORED
               if r.regex.search(text)}  # type: ignore[union-attr]
    assert {"hq-possessive-city-headquarters", "founded-paren", "product-appositive-possessive",
            "role-appositive-copula", "role-appositive-copula-of", "parent-possessive-outlets"} <= matched


def test_a_user_rule_runs_only_where_its_anchor_is_found(tmp_path) -> None:
    def used(anchor: str) -> set[str]:
        path = tmp_path / "anchored.yml"
        path.write_text(
            "lexicon:\n  org_heads: [Foundry]\n"
            "relations:\n"
            "  - {id: spun-off, pattern: '{ORG:a}\\s+spun\\s+off\\s+{ORG:b}', emit: fact,\n"
            f"     anchor: '{anchor}', args: {{predicate: subOrganization, subject: a, object: b}}}}\n",
            encoding="utf-8")
        ex = extract(read_text(TEXT, source="brantwell.txt"), load_rules([path]))
        return {f.evidence.rule for f in ex.facts}

    assert "spun-off" in used("spun\\s+off\\s+{ORG}")
    assert "spun-off" not in used("spun\\s+out")


@pytest.mark.slow
def test_anchors_and_screen_hide_no_match_on_the_corpora(monkeypatch) -> None:
    """On real text (seeds and both dev sets): wherever a rule's pattern matches a masked sentence the
    screen let through, its anchor is found too, so the anchor never hides a fact."""
    from pathlib import Path

    from kg.extract import relate
    from kg.read import iter_files, read_path

    root = Path(__file__).parents[1]
    folders = [root / "seeds", root.parent / "shared" / "eval" / "news-dev", root.parent / "shared" / "eval" / "docred-dev"]
    missing = [str(f) for f in folders if not f.is_dir()]
    assert not missing, f"corpus folders missing: {missing}"
    checked: list[str] = []
    original = relate._apply

    def checking(rule, ctx) -> None:  # type: ignore[no-untyped-def]
        if rule.anchor is not None and rule.regex.search(ctx.masked):
            assert rule.anchor.search(ctx.masked), (rule.id, ctx.masked)
            checked.append(rule.id)
        original(rule, ctx)

    monkeypatch.setattr(relate, "_apply", checking)
    for path in iter_files(folders):
        for article in read_path(path):
            extract(article)
    assert len(checked) >= 3  # the anchored rules did match real sentences (4 at the time of writing)


def test_chunked_screen_agrees_with_testing_every_rule() -> None:
    """The screen's per-chunk look-ups pick exactly the rules whose letters and words are all present."""
    import random

    rng = random.Random(7)
    vocab = [f"zq{chr(97 + i)}{chr(97 + j)}word" for i in range(6) for j in range(6)]  # 36 words, 36 bits
    rules = []
    for k in range(60):
        words = rng.sample(vocab, rng.randint(0, 4))
        pattern = "".join(rf"{w}\s+" for w in words) or r"\w+"
        rules.append(_Rule(tuple(sorted(rng.sample("OPR", rng.randint(0, 2)))), pattern))
    screen = Screen(rules)
    for _ in range(300):
        letters = set(rng.sample("OPRL", rng.randint(0, 3)))
        text = " ".join(rng.sample(vocab, rng.randint(0, 12)))
        present = set(text.split())
        expected = [r for r in rules if letters.issuperset(r.needs)
                    and all(req & present for req in r.keywords)]
        assert screen.candidates(letters, text) == expected


def test_a_lazy_regex_hands_over_to_the_compiled_one() -> None:
    from kg.extract.patterns import LazyRegex

    lazy = LazyRegex(r"b(o)ught")
    assert lazy.search("x bought") is not None and lazy.match("bought") is not None
    assert lazy.search == lazy.compiled().search  # no Python call in between any more
    assert [m.group(1) for m in lazy.finditer("bought, bought")] == ["o", "o"]


def test_a_rule_needing_several_slots_runs_only_where_there_are_as_many() -> None:
    """``slot_counts``: two organizations, or a place ("DL": a place or a demonym) and so on."""
    from kg.extract.patterns import required_counts

    bought = _Rule(("O",), r"⟨O\d+⟩\s+bought\s+⟨O\d+⟩")
    bought.slot_counts = required_counts(r"{ORG:a}\s+bought\s+{ORG:b}")  # type: ignore[attr-defined]
    assert bought.slot_counts == (("O", 2),)  # type: ignore[attr-defined]
    screen = Screen([bought])
    assert screen.candidates(["O"], "⟨O0⟩ bought it") == []
    assert screen.candidates(["O", "P", "O"], "⟨O0⟩ bought ⟨O2⟩") == [bought]
    assert screen.candidates({"O"}, "⟨O0⟩ bought ⟨O1⟩") == [bought]  # a set: as many slots as needed
    # Slots a look-ahead ending the pattern asks for come after the others; any other look-around's may not.
    assert required_counts(r"{PLACE:a}(?=\s*,\s+{PLACE:b})") == (("DL", 2),)
    assert required_counts(r"(?={ORG:a}){ORG:b}") == ()
    assert required_counts(r"{ORG:a}(?!\s+{ORG:b})") == ()
    assert required_counts(r"{ORG:a}\s+and\s+{ORG:b}|{ORG:c}\s+with\s+{ORG:d}") == (("O", 2),)
    assert required_counts(r"{ORG:a}\s+and\s+{ORG:b}|{ORG:c}") == ()
    # Slot tokens the pattern writes out count as its slots do, unless optional.
    assert required_counts(r"{PLACE:a}\s*,\s*⟨L\d+⟩\s+{ORG:b}\s+and\s+⟨O(?P<c>\d+)⟩") == (("DL", 1), ("O", 2))
    assert required_counts(r"{ORG:a}(?:\s+and\s+⟨O\d+⟩)?") == ()
    # A pattern that is one group of alternatives needs what they all need.
    assert required_counts(r"(?:{ORG:a}\s+and\s+{ORG:b}|{ORG:c}\s+with\s+{ORG:d})") == (("O", 2),)


def test_a_rule_needing_one_of_some_letters_runs_only_where_one_is() -> None:
    """A place slot is "DL": a place or a demonym."""
    from kg.extract.patterns import required_counts

    place = _Rule((), r"⟨[LD]\d+⟩\s+based")
    place.slot_counts = required_counts(r"{PLACE:p}\s+based")  # type: ignore[attr-defined]
    assert place.slot_counts == (("DL", 1),)  # type: ignore[attr-defined]
    screen = Screen([place])
    assert screen.candidates({"O"}, "⟨O0⟩ based") == []
    assert screen.candidates({"L"}, "⟨L0⟩ based") == [place]
    assert screen.candidates({"D", "O"}, "⟨D0⟩ based") == [place]
    assert required_counts(r"(?:{PLACE:p}\s+)?{ANY:x}") == (("OR", 1),)


def test_hoisted_look_behinds_match_as_before() -> None:
    """A regex opening with look-behinds before a literal matches the same with the literal first."""
    from kg.extract.patterns import hoist_lookbehinds

    pattern = r"(?<!\bover\sfrom\s)(?<![\w-])⟨P(?P<person>\d+)⟩\s+as"
    hoisted = hoist_lookbehinds(pattern)
    assert hoisted.startswith("⟨P")
    texts = ["took over from ⟨P0⟩ as", "⟨P1⟩ as chief", "x-⟨P2⟩ as", "over from ⟨P3⟩ as; and ⟨P4⟩ as", "a⟨P5⟩ as"]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in re.finditer(pattern, text)] == \
            [(m.span(), m.groupdict()) for m in re.finditer(hoisted, text)], text
    assert hoist_lookbehinds(r"(?<!of\s)(?P<p>⟨P\d+⟩)") == r"(?<!of\s)(?P<p>⟨P\d+⟩)"  # no literal before the group
    assert hoist_lookbehinds(r"(?<!x)ab?") == r"a(?<!(?:x)a)b?"  # "b" is quantified: only "a" moves
