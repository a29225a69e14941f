"""Finding mentions: capitalised spans typed as organization, person, place or product.

Three passes over an article:

1. ``spans``: maximal runs of name-like tokens in each sentence (joined by
   connectors such as "of" or "&"), trimmed of sentence-initial function
   words and possessives;
2. ``cues``: every span gets votes for a kind from the gazetteers (places,
   demonyms, given names), its own words (legal suffixes, org heads,
   honorifics) and its context (roles, "X-based", "shares of X", ages);
3. ``decide``: votes are pooled by surface form across the article, so a
   name typed once with confidence ("Ombrel Media Inc.") types its other
   mentions too.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter
from typing import Any, Callable, NamedTuple

from kg.extract.cues import Cues
from kg.extract.gazetteer import CITY, COUNTRY, Lexicon, PlaceInfo
from kg.extract.openers import NOT_ASCII, opening_chars_of
from kg.extract.prefilter import Requirements, Screen, keywords_of, text_words
from kg.extract.reverse import EndPattern
from kg.model import ORG, PERSON, PLACE, PRODUCT, Mention, Sentence

# A romanised East Asian given name of syllables joined by hyphens ("Jae-won", "Ying-jeou", "Chan-o-cha"),
# whose lower-case syllables would otherwise be cut off; not English compounds ("Start-up", "Sci-fi").
_SYLLABLE = r"[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|t|h)?"
_NOT_SYLLABLE = r"(?:run|up|in|on|out|off|led|old|top|bin|ban|fi|hop|op|stop|pop)\b"
_SYLLABLES = rf"[A-Z][a-z]{{0,5}}(?:-(?!{_NOT_SYLLABLE}){_SYLLABLE})+\b(?![-'’])"
_SYLLABLE_NAME = re.compile(_SYLLABLES)
# A hyphen inside such a name: after a capitalised syllable, or a second one joined to it, before a
# lower-case one. Only tested where a hyphen follows a word (fixed-width look-behinds, one per length).
_SYLLABLE_HYPHEN = "|".join([*(rf"(?<=\b[A-Z][a-z]{{{k}}}-)" for k in range(6)),
                             *(rf"(?<=\b[A-Z][a-z]{{{i}}}-[a-z]{{{k}}}-)" for i in range(6) for k in range(1, 6))])
_SYLLABLE_HYPHEN = rf"(?:{_SYLLABLE_HYPHEN})(?!{_NOT_SYLLABLE})(?={_SYLLABLE}\b(?!-[^\W\d_]*[A-Z0-9]))"
# Abbreviations and initials share their opening "X." (matched once: most tokens fail right after it).
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.(?:[^\W\d_](?:\.[^\W\d_])*\.?"   # U.S., U.K.
    r"|(?=\s+[^\W\d_]))"                             # initials: "Jo S. Bloggs"
    r"|(?:St|Mt|Ft|ST|MT|FT)\.(?=\s+[A-Z])"           # "St. Louis", "Mt. Oldpeak", a dateline's "ST. PAUL"
    r"|(?<![\w/])[AIKP]/S(?![\w/])"                    # Nordic legal forms with a slash: "Holm Pumper A/S"
    # Tarn-Vessel, O'Neil, AT&T, Min-seo; "US-based" splits
    rf"|\w+(?:(?:['’&.]|-(?:(?=[^\W_]*[A-Z0-9])|{_SYLLABLE_HYPHEN}))\w+)*!?"
    r"|'s|’s|[^\w\s])")
# Captured, so splitting keeps the tokens between the gaps. No token opens with white space: the look-ahead
# says so, and spares the search every alternative at each space between tokens.
_TOKEN_SPLIT = re.compile(rf"(?=\S)({_TOKEN.pattern})")
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{2,4}[A-Za-z0-9-]*")
_LOWER_LEGAL_FORMS = frozenset({"plc"})
_WEAK_CONNECTORS = frozenset({"and", "the", "e", "y", "for", "on"})
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_POSSESSIVE_ENDS = ("'s", "’s", "'")  # what _POSSESSIVE finds, as a test of a token's end
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z]")  # "eBay", "iPhone"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|Inc|Corp|Ltd|Co|Jr|Sr|St)\.$")
_REGION = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Atlantic|Upper|Lower)"
                     r"(?:east|west)?\s+(.+)$")
_MODEL_NAME = re.compile(r"[A-Z]{1,3}-?\d{2,4}(?:-\d{2,4})?[A-Za-z]{0,3}s?(?:\s+[A-Z]{2,4})?")
MODEL_TAIL = re.compile(r"[A-Z]{1,2}\d{1,4}\+?")  # "X5", "S9+", "GT40", "A4" ending a product's name
_MODEL_TAIL_ENDS = frozenset("0123456789+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,6}")
_TWO_CAPITALS = re.compile(r"[A-Z].*[A-Z]")
_INITIAL = re.compile(r"[A-Z]\.")
_TWO_LOWER = re.compile(r"[a-z]{2}")
_CLAUSE = re.compile(r"[^,;]{0,60},")
_CLAUSE_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had)\b")
_HYPHEN_CUE = re.compile(r"-(based|headquartered|owned|listed|made|developed|born|founded|run|controlled|backed)$")

# Words that start sentences but never start names.
_STARTERS = frozenset("""
The A An In On At For But And Or Nor Despite Meanwhile However While After Before When With Other Some Many
This That These Those Its His Her Their Our Your My We He She They It I You As By From Under Since Although
Though If Last Next Earlier Later Yet So Also According Both Each Every All Most Such Then There Here Now
Today Yesterday Tomorrow Once Still Even Only Just Among Amid During Following Including Unlike Like Instead
Besides Thereafter Afterwards Subsequently Thus Therefore Indeed Overall Together Currently Previously Recently Separately Additionally
Further Furthermore Moreover Nevertheless Nonetheless Otherwise Perhaps Several Few Why What Who How Where
Much Current Incoming Outgoing Analysts Shares Sales Revenue Profit Profits Investors Officials Executives Experts Critics Observers
""".split())

_ARTICLES = frozenset({"The", "A", "An"})  # trimmed from a name's front even mid-sentence

_MONTHS = frozenset("""January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())

_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# A company's departments, written capitalised after a title ("Director of Communications"), and such titles.
_DEPARTMENTS = frozenset("""Research Development Sales Marketing Communications Finance Operations Engineering Strategy
Technology Products Product Design Manufacturing Production Innovation Compliance Legal Risk Investor Relations Human
Resources People Public Affairs Corporate Global Digital Data Policy Procurement Supply Chain Logistics Retail
Commercial Business Customer Service Services Security Treasury Audit Tax Accounting""".split())
_DEPARTMENT_HEADS = frozenset({"director", "head", "president", "officer", "manager", "chief", "vice-president",
                               "executive", "chair", "chairman", "chairwoman", "leader", "secretary"})
# Months that are given names too, and the words that put a month in a date ("in May", "early June").
_GIVEN_MONTHS = frozenset({"Jan", "May", "June", "April", "August"})
_DATE_WORDS = frozenset({"in", "on", "since", "by", "until", "till", "from", "to", "last", "next", "this", "early", "late",
                         "mid", "mid-", "of", "through", "between", "and", "before", "after", "during", "each", "every",
                         "end", "around", "as", "for", "that"})

# Upper-case abbreviations that are vocabulary, not names.
COMMON_ACRONYMS = frozenset("""
AI IT CEO CFO CTO COO CMO CIO CSO EVP SVP VP MD GM LLM GDP IPO TV PC CT DNA RNA HIV AIDS GPS SMS PDF USB
AM PM GMT UTC BC AD OK FY Q1 Q2 Q3 Q4 H1 H2 YoY EPS EBITDA R&D M&A HR PR VR AR IoT API SaaS EV SUV
RMB USD EUR GBP JPY CNY CAD AUD INR CHF HKD KRW BRL NYSE? COVID COVID-19 SARS MERS ID No N.A. II III IV
MBA BFA MFA BSc MSc PhD LLB MP MEP CPU GPU SDK HDMI LCD LED OLED DVD CD FM RPG RAM SSD UI URL HTML
CRM ERP KPI ROI ESG B2B B2C SME SMEs
""".replace("?", "").split())

# Feasts and holidays named alone: seasons of trade, no organization, person, product or place.
_HOLIDAYS = frozenset({"Christmas", "Xmas", "Easter", "Thanksgiving", "Halloween", "Ramadan", "Diwali", "Deepavali",
                       "Eid", "Hanukkah", "Chanukah", "Passover", "Chuseok", "Songkran", "Nowruz", "Kwanzaa", "Lent",
                       "Advent", "Pentecost", "Hogmanay", "Holi", "Vesak", "Onam", "Pongal", "Navratri", "Dussehra"})

_CAPTION_WORDS = frozenset({"Photo", "Photos", "Photograph", "File", "Image", "Video", "Graphic"})
_MONEY = re.compile(r"(?:RMB|USD|EUR|GBP|CNY|JPY|INR|US\$|HK\$|C\$|A\$|Rs)\.?\d")

_NUMBER_AFTER = re.compile(r"\s?\d")
_NUMBER_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s*(?:(?:million|billion|trillion|bn|mn|m)\s+)?$")
_CURRENCY_TOKENS = frozenset({"RMB", "USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "INR", "US$", "HK$", "C$", "A$"})


class Span:
    """A candidate name in a sentence, with the votes its cues cast.

    A plain class with slots, not a dataclass: an article makes thousands, and the dataclass
    ``__init__`` (default factories, ``__post_init__``) was a visible share of a pass.
    """

    __slots__ = ("start", "end", "text", "sentence", "initial", "votes", "rules", "place", "demonym", "cue",
                 "words", "base", "given")

    def __init__(self, start: int, end: int, text: str, sentence: Sentence, initial: bool,
                 cue: str | None = None, words: list[str] | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.initial = initial
        self.votes: dict[str, float] = {}
        self.rules: dict[str, tuple[float, str]] = {}
        self.place: PlaceInfo | None = None
        self.demonym = False
        self.cue = cue  # the "-based"-style suffix that followed the span, if any
        # The words of ``text`` (which never changes once a span is made); callers only read them.
        self.words = text.split() if words is None else words
        self.base: Span | None = None  # the span without a model number that ends this one
        self.given = False  # whether its first word as a given name voted it a person's (once per form, see _decide)

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r}, votes={self.votes})"

    def vote(self, kind: str, weight: float, rule: str) -> None:
        """Add a cue's weight to ``kind``; the strongest cue names the rule."""
        votes = self.votes
        votes[kind] = votes.get(kind, 0.0) + weight
        if weight > self.rules.get(kind, (0.0, ""))[0]:
            self.rules[kind] = (weight, rule)


class _Tokens(NamedTuple):
    """A sentence's tokens as parallel lists: the words and their offsets in the sentence's text."""

    words: list[str]
    starts: list[int]
    ends: list[int]


def _tokens(sentence: Sentence) -> _Tokens:
    """Every token of the sentence, in order.

    Splitting at tokens (a capturing pattern) leaves the white space between
    them, so offsets are running sums of the pieces' lengths: the per-token
    work stays in C instead of one match object per token. The sums start at
    the sentence, not the article: small integers are shared objects, not made.
    """
    parts = _TOKEN_SPLIT.split(sentence.text)  # gap, token, gap, ..., token, gap
    bounds = list(accumulate(map(len, parts), initial=0))
    return _Tokens(parts[1::2], bounds[1:-1:2], bounds[2::2])


def _namey_flags(words: list[str], lex: Lexicon) -> list[bool]:
    """Whether each word may be part of a name: a property of the word alone, tested once per lexicon."""
    known = lex.memo.get("namey")
    if known is None or len(known) > 200_000:  # bounded: a long-running process reads unbounded vocabulary
        known = lex.memo["namey"] = {}
    flags = list(map(known.get, words))
    if None in flags:
        for k, v in enumerate(flags):
            if v is None:
                flags[k] = known[words[k]] = _namey(words[k], lex)
    return flags


def spans(sentence: Sentence, lex: Lexicon) -> list[Span]:
    """Maximal runs of name-like tokens in one sentence."""
    toks = _tokens(sentence)
    words = toks.words
    namey = _namey_flags(words, lex)
    if not _WEEKDAYS.isdisjoint(words):
        # "the Sunday Examiner", "The Sunday Times": a day's name after "the" opens a title's name.
        for k in range(1, len(words) - 1):
            if words[k] in _WEEKDAYS and words[k - 1] in ("the", "The") and namey[k + 1]:
                namey[k] = True
    if not _GIVEN_MONTHS.isdisjoint(words):
        # "chief investment officer Jan Oster", "May Lindholm said": a month that is also a given name, before
        # a name, not after a date's preposition ("in May Acme said") nor before a number ("Jan 5").
        for k in range(len(words) - 1):
            if words[k] in _GIVEN_MONTHS and namey[k + 1] and words[k + 1] not in _MONTHS \
                    and (k == 0 or words[k - 1].lower() not in _DATE_WORDS and not words[k - 1][:1].isdigit()) \
                    and not (k + 2 < len(words) and words[k + 2][:1].isdigit()) \
                    and words[k] in lex.given_names:
                namey[k] = True
    out: list[Span] = []
    n = len(words)
    j = 0
    for i in compress(range(n), namey):  # runs start at name-like words only
        if i < j:
            continue  # inside the previous run
        j = i + 1
        while j < n:
            word = words[j]
            if namey[j] and not words[j - 1].endswith(_POSSESSIVE_ENDS):
                j += 1
                continue
            if (word in _LOWER_LEGAL_FORMS or _lower_dotted_form(word, lex)) \
                    and not words[j - 1].endswith(_POSSESSIVE_ENDS):
                # "Halden Media plc", "Kovra Banka d.d.", "Tarvo s.r.l.": a legal form written in lower case ends the name
                j += 1
                break
            # A connector joins two name words: "Bank of America", "AT & T".
            if (word in lex.connectors and word not in _WEAK_CONNECTORS and j + 1 < n
                    and namey[j + 1] and words[j + 1] not in _STARTERS
                    # Portuguese "do" ("Banco do Brasil"), not the English verb ("Why Investors do Nothing")
                    and (word != "do" or words[j - 1] in ORG_PREFIXES or not _vocabulary(words[j - 1], lex))):
                j += 2
                continue
            if word in ("and", "&") and _joined_by_and(words, namey, j, lex):
                j += 2
                continue
            # "Institute for Fiscal Studies", "Society for the Protection of Birds": after a body's head
            # word, "for" (and "the") joins the field the body serves.
            if word == "for" and j + 1 < n and any(words[m] in _FOR_HEADS for m in range(max(i, j - 3), j)):
                k = j + 2 if words[j + 1] == "the" else j + 1
                if k < n and namey[k] and words[k] not in _STARTERS and words[k] not in lex.given_names:
                    j = k + 1
                    continue
            break
        if j < n and words[j] in (",", "."):  # what a legal suffix after a comma starts with
            j = _comma_suffix(toks, i, j, lex)
        # "Acme Bank (UK) Limited", "Tarvik (Pty) Ltd": a bracketed country or form before a legal suffix
        if j + 3 < n and words[j] == "(" and words[j + 2] == ")" and words[j + 1][:1].isupper() \
                and words[j + 3][:1].isupper() and words[j + 3].rstrip(".").lower() in lex.legal_suffixes:
            j += 4
        # "The", "However" alone: what _make_span would trim to nothing, skipped before making it.
        if j == i + 1 and words[i] in _STARTERS and (
                words[i] in _ARTICLES or _sentence_initial(sentence, sentence.start + toks.starts[i])):
            continue
        # "Director of Communications Jo Bloggs", "Head of Research Al Smith": a department after a title's
        # "of" is no part of the name after it.
        if i >= 2 and words[i - 1] == "of" and words[i] in _DEPARTMENTS and words[i - 2].lower() in _DEPARTMENT_HEADS:
            k = next((k for k in range(i + 1, j - 1) if words[k] in lex.given_names and words[k] not in _DEPARTMENTS), -1)
            if k > 0 and all(w in _DEPARTMENTS or w in ("and", "&") for w in words[i:k]):
                i = k
        numbered = j < n and words[j][:1] in _NUMBER_STARTS and _model_number(toks, j, sentence)
        for a, b in ((i, j),) if j == i + 1 else _split_run(toks, i, j, lex):  # one word: nothing to cut (most)
            span = _make_span(toks, a, b, sentence, lex)
            if span is not None and numbered and b == j and span.cue is None and span.end == sentence.start + toks.ends[b - 1]:
                # ... with the edition words after the number: "Zorb 9 Pro", "Zorb X5 Pro Max"
                k = _past_editions(toks, b + 1)
                longer = _make_span(toks, a, k, sentence, lex)
                if longer is not None:
                    j = max(j, k)  # the edition words are no run of their own
                    longer.base = span  # "Zorb 5" if a product cue holds, else "Zorb" (see find)
                    span = longer
            if span is not None:
                out.append(span)
    return out


def _lower_dotted_form(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a legal form in lower case with its periods ("d.o.o.", "a.s.", "s.r.l."), which
    Central European and Italian names end with; no abbreviation of the language ("e.g.", "a.m.") is one."""
    return word[:1].islower() and word.endswith(".") and "." in word[:-1] and word.rstrip(".") in lex.legal_suffixes


def _joined_by_and(words: list[str], namey: list[bool], j: int, lex: Lexicon) -> bool:
    """Whether the "and" at ``j`` is inside one name: "Food and Drug Administration", "Trade and Industry Ministry".

    Both words it joins are vocabulary, no given name, and the name after it ends in the head
    word of a public body; "Brook and Pioneer Motors", "Acme and Beta Group" are two names.
    """
    if j + 1 >= len(words) or not namey[j + 1]:
        return False
    if not all(_vocabulary(w, lex) and w not in lex.given_names for w in (words[j - 1], words[j + 1])):
        return False
    k = j + 1
    while k + 1 < len(words) and namey[k + 1]:
        k += 1
    if k > j + 1 and (words[k] in _BODY_HEADS or words[k] in lex.event_heads):
        return True  # ... and "Financial Services and Markets Act", "Arts and Crafts Festival": one title
    # "Ministry of Fisheries and Forestry", "Institute for Soil and Water": fields after a body's
    # "of"/"for" (one vocabulary word after "and", ending the run)
    if k <= j + 2 and j >= 3 and words[j - 2] in ("of", "for") and words[j - 3] in _FOR_HEADS \
            and all(_vocabulary(w, lex) and w not in lex.given_names and w not in lex.org_heads
                    for w in words[j + 1:k + 1]):
        return True
    # A lead's subject with a singular verb is one name: "Tarn Electric and Engineering Corporation is a ..."
    # ("Brook and Pioneer Motors are ..." may be two).
    return (k > j + 1 and (words[k] in lex.org_heads or words[k].rstrip(".").lower() in lex.legal_suffixes)
            and k + 1 < len(words) and words[k + 1] in ("is", "was") and all(namey[:j]))


def _vocabulary(word: str, lex: Lexicon) -> bool:
    """A dictionary word, or its plural ("Securities", "Markets")."""
    low = word.lower()
    return low in lex.common_words or (low.endswith("s") and (
        low[:-1] in lex.common_words or (low.endswith("ies") and low[:-3] + "y" in lex.common_words)))


# Head words of public bodies and institutions, whose names join two fields with "and".
_BODY_HEADS = frozenset("""Administration Commission Department Ministry Authority Agency Bureau Board Council
Committee Institute Association Society Foundation Service Services Office Center Centre School College University
Museum Union Federation Organization Organisation Tribunal Court""".split())

# Head words of bodies whose names go on with "for" or "of" and a field ("Institute for Fiscal Studies").
_FOR_HEADS = _BODY_HEADS | frozenset({"Hospital", "Fund", "Trust", "Alliance", "Coalition", "Party", "League",
                                      "Movement", "Front", "Network", "Forum", "Academy", "Centers", "Centres"})

_NUMBER_STARTS = frozenset("0123456789I")
# A model number after a name ("Zorb 5", "Gloam Keep II"): at most three digits, so not a year.
# ... four digits too, but not a year's ("Tarvo 3000", "Zorb 2600"; not "Acme 2019")
_MODEL_NUMBER = re.compile(r"(?:\d{1,3}[A-Za-z]?|(?:[3-9]\d|2[1-9])\d\d|II|III|IV)(?:'s|’s)?")  # "the Zorb 5's screen" too
# What makes a number after a name a quantity: "Ombrel 5 percent", "Ombrel 3 million".
_QUANTITY_AFTER = frozenset({"percent", "per", "%", "thousand", "million", "billion", "trillion", "hundred",
                             "bn", "mn", "m", "years", "year", "months", "days", "times", "points", "pc", "-", "/",
                             ":", "x"})


# Words that name a model's edition after its number ("Zorb 9 Pro", "Zorb X5 Ultra"): part of the name.
_MODEL_EDITIONS = frozenset({"Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Air", "Edge", "Neo", "Fold", "Flip",
                             "SE", "XL"})


def _past_editions(toks: _Tokens, k: int) -> int:
    """The end of the edition words from token ``k`` on (at most two), in either case ("Zorb 9 Pro Max",
    "Tarvo 737 MAX"), and of a number that closes them ("Tarvo 737 MAX 8", a variant of the edition)."""
    words, n = toks.words, len(toks.words)
    start = k
    while k < n and k < start + 2 and (words[k] in _MODEL_EDITIONS or words[k].title() in _MODEL_EDITIONS):
        k += 1
    if start < k < n and words[k].isdigit() and len(words[k]) <= 2 and toks.starts[k] == toks.ends[k - 1] + 1 \
            and (k + 1 >= n or words[k + 1].lower() not in _QUANTITY_AFTER):
        k += 1
    return k


def _model_number(toks: _Tokens, j: int, sentence: Sentence) -> bool:
    """Whether token ``j``, right after a run of name words, may be the model number of a name.

    The caller tests the token's first character against ``_NUMBER_STARTS`` first (most fail there).
    """
    words = toks.words
    if not _MODEL_NUMBER.fullmatch(words[j]) or words[j - 1].endswith(_POSSESSIVE_ENDS) \
            or toks.starts[j] != toks.ends[j - 1] + 1 or sentence.text[toks.ends[j - 1]] != " ":
        return False
    return j + 1 >= len(words) or words[j + 1].lower() not in _QUANTITY_AFTER


def _comma_suffix(toks: _Tokens, i: int, j: int, lex: Lexicon) -> int:
    """The end of run ``i:j`` taken past ", Inc.", ". Bhd." and the like (with an abutting period)."""
    words, starts, ends = toks
    suffixes = lex.comma_legal_suffixes
    if j + 1 < len(words) and words[j] == "." and starts[j] == ends[j - 1] and words[j + 1][:1].isupper() \
            and f"{words[j - 1]}. {words[j + 1]}".lower() in lex.legal_suffixes:
        j += 2  # "Tarvo Sdn. Bhd.", "Orlin Pty. Ltd.": a two-word legal form with its periods
    if j + 2 < len(words) and words[j - 1].lower() in suffixes and words[j] == "." \
            and starts[j] == ends[j - 1] and words[j + 1] == "," \
            and words[j + 2].rstrip(".").lower() in suffixes:
        j += 1  # "Acme Co., Ltd."
    while j + 1 < len(words) and words[j] == "," and words[j + 1][:1].isupper() \
            and words[j + 1].rstrip(".").lower() in suffixes and j > i:
        j += 2
        if j < len(words) and words[j] == "." and starts[j] == ends[j - 1] \
                and not words[j - 1].endswith("."):
            j += 1
    return j


_TITLE_WORDS = frozenset({"Chief", "Executive", "Officer", "Vice", "Senior", "Managing", "Deputy", "Acting",
                          "Interim", "Board", "Directors", "Former", "Founder", "Co-founder", "Chairman", "CEO",
                          "Prime", "Minister", "Ministers"})


def _split_run(toks: _Tokens, i: int, j: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Cut a run of name words where two names abut.

    "Peruvian Grupo Velmora" is a demonym and a name; "Vellor Group Ada Brisk"
    is an organization (ending in a head word) and a person.
    """
    if j == i + 1:
        return [(i, j)]  # one word: nothing to cut (most runs)
    words = toks.words[i:j]
    if words[0] in lex.demonyms and words[1] not in lex.org_heads \
            and lex.place(" ".join(words[:2])) is None and lex.place(" ".join(words)) is None \
            and words[-1] not in lex.org_heads and not _generic_words(words[1:], lex):
        return [(i, i + 1), *_split_run(toks, i + 1, j, lex)]
    for k in range(1, len(words)):
        # A model code has a digit among its second to fifth characters: most words, all letters there, have none.
        if not words[k][1:5].isalpha() and _MODEL_CODE.fullmatch(words[k]):
            return [(i, i + k), (i + k, j)]  # "Ombrel Z380": maker and model
    for k in range(1, len(words) - 1):
        if words[k].rstrip(".") in lex.honorifics and _person_after_title(words[k + 1:], lex) and not all(
                w.rstrip(".") in lex.honorifics or w in _RANK_FIRST_WORDS for w in words[:k]):
            # "VMPD Detective Jo Bloggs", "Supreme Court Justice Jo Bloggs": a body, then a titled person
            # ("Navy Rear Admiral Jo Bloggs": the first word of a two-word rank belongs to neither)
            cut = k - 1 if k > 1 and words[k - 1] in _RANK_FIRST_WORDS else k
            return [(i, i + cut), (i + k, j)]
    for k in range(1, len(words) - 1):
        if words[k] in lex.given_names and words[k + 1][:1].isupper() and (
                words[k - 1].rstrip(".") in lex.org_heads or words[k - 1].rstrip(".").lower() in lex.legal_suffixes):
            return [(i, i + k), *_split_run(toks, i + k, j, lex)]
    if "of" in words:
        k = words.index("of")
        before = toks.words[i - 1].lower() if i else ""
        if _person_before_of(words[:k], lex, titled=before in lex.roles or before in _TITLE_LOWER):
            return [(i, i + k), *_split_run(toks, i + k + 1, j, lex)]
    return [(i, j)]


_INITIAL = re.compile(r"[A-Z]\.")

# First words of two-word ranks and titles ("Rear Admiral", "Detective Inspector", "Lieutenant Colonel").
_RANK_FIRST_WORDS = frozenset({"Rear", "Lieutenant", "Major", "Brigadier", "Detective", "Staff", "Lance", "Flight",
                               "Wing", "Fleet", "Field", "Air", "Surgeon", "Attorney"})


def _person_after_title(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after a title inside a run are a person's name: one to three capitalised words,
    no head of a body, not all vocabulary unless a given name opens them ("Insurance", "Staff" are not)."""
    if not 1 <= len(words) <= 3:
        return False
    if not all((w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()) or _INITIAL.fullmatch(w)
               for w in words):
        return False
    if any(w.rstrip(".") in lex.org_heads or w.rstrip(".").lower() in lex.legal_suffixes or w in lex.demonyms
           or w.rstrip(".") in lex.honorifics for w in words):
        return False
    if words[0] in lex.given_names:
        return True  # "Luc Tarn", though a place is named Tarn
    return not any(w in lex.places for w in words) and not all(_vocabulary(w, lex) for w in words)


_TITLE_LOWER = frozenset(w.lower() for w in _TITLE_WORDS)


def _person_before_of(words: list[str], lex: Lexicon, titled: bool = False) -> bool:
    """Whether a run's words before its "of" are a person's full name: "Jo Bloggs of Acme Corp.",
    "Samuel J. Bloggs of Acme" are a person and where they work; "Bank of Acme" and "Church of
    Jo Bloggs" name one thing. ``titled``: a title stands before the run ("chief executive Jo ...")."""
    if words and words[0].rstrip(".") in lex.honorifics:
        words = words[1:]
        titled = True
    if not 2 <= len(words) <= 3 or words[0] not in lex.given_names or lex.place(words[0]) is not None:
        return False
    # Given names that are words open other names ("Royal House of", "Free State of", "Grace Church of"):
    # a person's has a word no dictionary holds, and no head of a place, a body or an event before "of".
    if (all(w.lower() in lex.common_words for w in words) and not titled) or any(
            w in lex.place_of_prefixes or w in lex.place_heads or w in lex.event_of_prefixes for w in words):
        return False
    return all((w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                and w not in lex.org_heads and w.lower() not in lex.legal_suffixes) or _INITIAL.fullmatch(w)
               for w in words[1:])


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _generic_words(words: list[str], lex: Lexicon) -> bool:
    """Common words after a demonym, which stays part of the name: "Irish Stock Exchange", "Turkish Armed Forces"."""
    return all((w.lower() in lex.common_words and not _INNER_CAPITAL.search(w))
               or w in lex.org_heads or w in lex.connectors for w in words)


def _namey(word: str, lex: Lexicon) -> bool:
    # "eBay": an upper-case letter among the first three; most words have none, so skip the regex.
    if not word or not (word[0].isupper() or (not word[:3].islower() and _CAMEL.match(word))
                        or (word.startswith("ex-") and word[3:4].isupper())):  # "ex-Acme boss"
        return False
    if word in _TITLE_WORDS:
        return False
    if word in _MONTHS or word in _CAPTION_WORDS or _MONEY.match(word):
        return False
    head = word.split("-")[0]
    # Titles and vocabulary acronyms break names: "CEO Ada Brisk", "LLM Solvane".
    return head not in COMMON_ACRONYMS and word.lower() not in lex.roles


def _make_span(toks: _Tokens, i: int, j: int, sentence: Sentence, lex: Lexicon) -> Span | None:
    """The name tokens ``i:j`` make, trimmed of what is not part of a name; None if nothing is left."""
    text = sentence.text[toks.starts[i]:toks.ends[j - 1]]
    start, end = sentence.start + toks.starts[i], sentence.start + toks.ends[j - 1]
    initial = _sentence_initial(sentence, start)
    cue = None
    m = _HYPHEN_CUE.search(text) if "-" in text else None
    if m:
        cue = m.group(1)
        text = text[:m.start()]
        end = start + len(text)
    # Drop a possessive and trailing punctuation that is not part of the name.
    # Tokens hold no white space, so a span's text ends in its last token's last character.
    m = _POSSESSIVE.search(text) if text.endswith(_POSSESSIVE_ENDS) else None
    if m:
        text = text[:m.start()]
        end = start + len(text)
    while text and text[-1] in ".,;:" and not _ABBREVIATION_END.search(text):
        text = text[:-1]
        end -= 1
    words = text.split()
    # Sentence-initial function words are not part of a name ("The", "Despite").
    while words and (initial or words[0] in _ARTICLES) and (
            words[0] in _STARTERS or (words[0] in _MONTHS and not (words[0] in _GIVEN_MONTHS and len(words) > 1))
            or (len(words) > 1 and (
                _inflected_word(words[0], lex) or words[0] in _OPENING_DESCRIPTORS))):
        # ... and a descriptor opening the sentence: "Chipmaker Tarvion said" (the cue before the name types it)
        cut = text.index(words[0]) + len(words[0])
        while cut < len(text) and text[cut] == " ":
            cut += 1
        start += cut
        text = text[cut:]
        words = text.split()
        initial = False
    # A sentence-initial gerund opening a clause is a verb, not a name's first word
    # ("Joining TWMA in 1952, his ..."; but "Reading Football Club is ...").
    stem = words[0].lower()[:-3] if words and words[0].endswith("ing") else ""
    if initial and len(words) > 1 and len(stem) > 2 and words[1] not in lex.connectors \
            and (clause := _CLAUSE.match(sentence.text, end - sentence.start)) \
            and not _CLAUSE_VERB.search(clause.group()) \
            and (stem in lex.common_words or stem + "e" in lex.common_words or stem[:-1] in lex.common_words):
        cut = text.index(words[1], len(words[0]))
        start += cut
        text = text[cut:]
        words = text.split()
        initial = False
    # A connector left at the front ("Much of Acme" minus "Much") is not part of the name.
    while len(words) > 1 and words[0].islower():
        cut = len(words[0]) + (len(text) - len(text[len(words[0]):].lstrip()) - len(words[0]))
        start += cut
        text = text[cut:]
        words = text.split()
    # "Ex-Acme boss Jo Bloggs": "ex-" says the post is past, and is no part of the company's name.
    if text[:3] in ("ex-", "Ex-") and text[3:4].isupper():
        text = text[3:]
        start += 3
        words = text.split()
    if not words or not (text[0].isalpha() or any(map(str.isalpha, text))):  # most names open with a letter
        return None
    return Span(start, end, text, sentence, initial, cue, words)


# Descriptors of a firm that open a sentence before its name and are no part of one ("Chipmaker Tarvion said");
# not those that open names too ("Network Tarn", "Carrier Corp", "Rival Systems").
_OPENING_DESCRIPTORS = frozenset("""Chipmaker Automaker Carmaker Drugmaker Steelmaker Planemaker Airframer Shipbuilder
Brewer Insurer Reinsurer Lender Retailer Wholesaler Refiner Broadcaster Conglomerate Startup Start-up Fintech Telco
Rival Regulator Miner Automakers Carmakers Rivals""".split())

_INFLECTED = re.compile(r"(\w{3,}?)(ing|ly)")


def _inflected_word(word: str, lex: Lexicon) -> bool:
    """A participle or adverb of the vocabulary ("Addressing", "Recently"): never a name's first word."""
    low = word.lower()
    m = _INFLECTED.fullmatch(low) if low.endswith(("ing", "ly")) else None
    if m is None:
        return False
    stem = m.group(1)
    return any(f in lex.common_words for f in (low, stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))


def _sentence_initial(sentence: Sentence, start: int) -> bool:
    text = sentence.text
    k = start - sentence.start
    while k > 0 and text[k - 1].isspace():  # the last non-space character before the span, without copying
        k -= 1
    return k <= 0 or text[k - 1] in "\"“‘'(:–—-"


def find(sentences: list[Sentence], lex: Lexicon, words: list[frozenset[str] | None] | None = None
         ) -> list[Mention]:
    """All typed mentions of an article (``words``: each sentence's ``prefilter.text_words``, if made)."""
    cands = [part for s in sentences for sp in spans(s, lex)
             for part in (_demonym_parts(sp, lex) if "-" in sp.text else (sp,))]
    if sentences and any(":" in s.text for s in sentences):
        cands = _subtitled(cands, sentences)
    mid_forms = {sp.text for sp in cands if not sp.initial}
    mid_forms.update(sp.base.text for sp in cands if sp.base is not None and not sp.base.initial)
    # "Quessant, which ..." beside "Quessant Therapeutics": the first word of a company's name is a name.
    mid_forms.update(sp.words[0] for sp in cands if not sp.initial and len(sp.words) > 1
                     and (sp.words[-1] in lex.org_heads or sp.words[-1].rstrip(".").lower() in lex.legal_suffixes))
    # ... and so is that of one opening a sentence with a trade word for its last ("Prairie Foods cut jobs.
    # Prairie said ..."): the bare word is the company's short form, as the resolver reads it.
    mid_forms.update(sp.words[0] for sp in cands if sp.initial and 1 < len(sp.words) <= 3
                     and sp.words[-1] in lex.trade_tails)
    # A surname GCIDE lists as a word ("Chen", "Costa") opens sentences about its bearer: "Chen, 51, has ...".
    mid_forms.update(sp.words[-1] for sp in cands if 1 < len(sp.words) <= 4 and sp.words[0] in lex.given_names
                     and sp.words[-1] not in lex.org_heads)
    cands = [_drop_initial_word(sp, lex, mid_forms) if sp.initial else sp for sp in cands]
    tables = _cue_tables(lex.cues)
    named = {sp.sentence.start for sp in cands}
    if words is None:
        words = [text_words(s.text) if s.start in named else None for s in sentences]
    around = {s.start: tables.around(s, w) for s, w in zip(sentences, words) if s.start in named}
    # A name the article calls a film, a song or an award is a title, wherever it stands.
    # (_is_title's own first tests, written out: a one-word name where no work cue may hold is none)
    titles = {sp.text for sp in cands if (len(sp.words) > 1 or around[sp.sentence.start].possible & _WORKS)
              and _is_title(sp, lex, around[sp.sentence.start])}
    kept = []
    for sp in cands:
        if sp.text in titles or _is_noise(sp, lex, mid_forms):
            continue
        _cast_votes(sp, lex, around[sp.sentence.start])
        kept.append(sp)
    if any(sp.base is not None for sp in kept):
        kept = _model_numbers(kept, lex, around, titles, mid_forms)
    _title_person_votes(kept, sentences, lex)
    chains = _lists(kept)
    opened: Span | None = None  # the last name of a list an opener typed as products
    for chain in chains:
        members = [kept[k] for k in chain]
        if len(members) > 1:
            _shared_surname_votes(members, lex)
        first = members[0]
        if opened is not None and opened.sentence is first.sentence and _NOUN_LIST_GAP.fullmatch(
                first.sentence.text, opened.end - first.sentence.start, first.start - first.sentence.start):
            # "Its products are the Zorb spectrometer and the Arvo centrifuge": a list whose names each
            # take a noun goes on past the noun.
            _vote_products(members)
        elif not _list_category_votes(members, lex, around[first.sentence.start].possible):
            opened = None
            continue
        opened = members[-1]
    return _decide(kept, lex, chains)


# Between two products of an opened list, past the first one's noun: " spectrometer and the ", " phone, the ".
_NOUN_LIST_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _vote_products(members: list[Span]) -> None:
    """A product vote for each name of a list a products opener types, but places and named bodies."""
    for sp in members:
        if not (sp.demonym or sp.place is not None or sp.votes.get(ORG, 0) >= 3.0):
            sp.vote(PRODUCT, 2.0, "product-list-include")


def _shared_surname_votes(members: list[Span], lex: Lexicon) -> None:
    """ "founded by Peter and Anne Holloway": a lone given name joined by "and" to a person's full name
    is a person who shares that surname (resolve.py gives it the surname)."""
    for a, b in zip(members, members[1:]):
        if len(a.words) == 1 and a.words[0] in lex.given_names and a.place is None and not a.demonym \
                and b.given and 2 <= len(b.words) <= 3 and a.votes.get(ORG, 0) < 3.0 \
                and AND_GAP.fullmatch(a.sentence.text, a.end - a.sentence.start, b.start - a.sentence.start):
            a.vote(PERSON, 1.5, SHARED_SURNAME_RULE)


# The rule of a lone given name that shares the next person's surname (the resolver gives it the surname),
# and the "and" between the two names.
SHARED_SURNAME_RULE = "person-shared-surname"
AND_GAP = re.compile(r"\s+(?:and|&)\s+")


def _drop_initial_word(sp: Span, lex: Lexicon, mid_forms: set[str]) -> Span:
    """A capitalised word opening a sentence before a name the article writes alone is no part of it:
    "Actual Ombrel employee cuts ..." beside "... Ombrel said"."""
    words = sp.words
    if not sp.initial or len(words) < 2 or sp.base is not None or sp.text in mid_forms:
        return sp
    first = words[0]
    if first.lower() not in lex.common_words or first in lex.given_names or first in lex.places \
            or first in lex.demonyms or first in lex.connectors or first in lex.place_prefixes \
            or first in lex.honorifics or first in lex.noble_titles or first in ORG_PREFIXES:
        return sp  # "Mount Tarn" beside "Tarn", "Queen Alda" beside "Alda": the word is part of the name
    rest = sp.text[len(first):].lstrip()
    if rest not in mid_forms:
        return sp
    start = sp.end - len(rest)
    return Span(start, sp.end, rest, sp.sentence, False, sp.cue)


# "Gloam Keep II: Undertow", "Tarn Racer: Turbo": a name, a sequel number maybe, a colon and a subtitle.
_SUBTITLE_GAP = re.compile(r"(?:\s+(?:[IVX]{1,4}|\d{1,2}))?:\s+")


def _subtitled(cands: list[Span], sentences: list[Sentence]) -> list[Span]:
    """Names with a subtitle after a colon made one: where the whole is the article's title, or where
    the part before the colon opens with the title's name ("Gloam Keep" titles "Gloam Keep: Harbor")."""
    title = sentences[0].text.strip()
    title = title[4:] if title.startswith("The ") else title
    if not title or len(title) > 80:
        return cands
    out: list[Span] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and b.sentence is a.sentence and b.text[:1].isupper():
            text = a.sentence.text
            gap = _SUBTITLE_GAP.fullmatch(text, a.end - a.sentence.start, b.start - a.sentence.start)
            joined = text[a.start - a.sentence.start:b.end - a.sentence.start]
            if gap and (joined == title or (":" not in title and a.text.startswith(title))):
                sp = Span(a.start, b.end, joined, a.sentence, a.initial, b.cue)
                # A subtitled name is a work's or a product's (a game, an app), whatever its last word
                # ("Harbor") would make of it.
                sp.vote(PRODUCT, 3.0, "product-subtitle")
                out.append(sp)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _model_numbers(kept: list[Span], lex: Lexicon, around: dict[int, _Around], titles: set[str],
                   mid_forms: set[str]) -> list[Span]:
    """Names with a number after them stay so where the article makes them products ("the Zorb 5, a
    smartwatch"); elsewhere the number is no part of the name ("Chapter 11", "Ombrel 2, Tarvik 1")."""
    pooled: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    bases = {sp.base.text for sp in kept if sp.base is not None}
    for sp in kept:
        if sp.base is not None or sp.text in bases:
            for kind, v in sp.votes.items():
                pooled[sp.text][kind] += v
    product_bases = {sp.base.text for sp in kept if sp.base is not None and _best(pooled[sp.text]) == PRODUCT}
    out = []
    for sp in kept:
        # "the Pexa 1" beside "the Pexa series of tablets": a product's models are products.
        if sp.base is None or _best(pooled[sp.text]) == PRODUCT:
            out.append(sp)
            continue
        # ... and "the Zorb 4" beside "the Zorb 5, a smartphone": a numbered sibling of a product model.
        if not sp.votes and (_best(pooled[sp.base.text]) == PRODUCT or sp.base.text in product_bases):
            sp.vote(PRODUCT, 1.0, "product-model-number")
            out.append(sp)
            continue
        base = sp.base
        if base.text in titles or _is_noise(base, lex, mid_forms):
            continue
        _cast_votes(base, lex, around[base.sentence.start])
        out.append(base)
    return out


def _cast_votes(sp: Span, lex: Lexicon, around: _Around) -> None:
    """Every vote a span's gazetteer entries, shape and context give it."""
    _gazetteer_votes(sp, lex, around)
    _shape_votes(sp, lex)
    _context_votes(sp, lex, around)
    _platform_votes(sp, around)
    if sp.rules.get(PERSON, (0.0, ""))[1] == "person-speech-verb" and sp.votes[PERSON] <= 0.4 \
            and sp.words[0] not in lex.given_names and (any(
                w in lex.org_heads or _SHOUTED.fullmatch(w) or _INNER_CAPITAL.search(w) for w in sp.words)
                or all(_vocabulary(w, lex) for w in sp.words)):
        # "Ostmark Times Online says": a source named with an org head word speaks, not a person; so does
        # one with an acronym or an inner capital ("BHP Tarn says", "AB InVelt said"), or of dictionary
        # words only, no given name among them ("Network Rail said")
        del sp.votes[PERSON], sp.rules[PERSON]


_SHOUTED = re.compile(r"[A-Z]{3,}")  # an acronym of three letters or more: no person's initials

_RELEASE_VERBS = ("released", "published", "ported", "reissued", "re-issued", "re-released")
# "released in 2005 for the Orvix, Kalmo 2 and Zentra", "published by Acme for Tarnix": what a game or
# a program is released for or on is a platform, a product. Only adverbs, a date or a maker ("in ...",
# "by ...") between the verb and "for"/"on", so not "published a report for the Ombrel Institute".
_PLATFORM_BEFORE = re.compile(
    r"\b(?:released|published|ported|re-?issued|re-released)"
    r"(?:\s+(?:also|only|exclusively|originally|first|later|initially|simultaneously))?"
    r"(?:\s+(?:in|by)\s+[^,.;:()]{1,40}?)?"
    r"(?:\s+(?:also|only|exclusively|originally|first|later|initially))?"
    r"\s+(?:for|on)\s+(?:the\s+)?"
    # earlier members of a list of platforms
    r"(?:(?:[A-Z]|[a-z]{1,2}[A-Z])[\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?){0,6}$")


def _platform_votes(sp: Span, around: _Around) -> None:
    """A name a game or program is released for is a platform: "published by Acme for Tarnix and Orvix 4"."""
    if sp.place is not None or sp.demonym or not around.possible & _PLATFORM:
        return  # (the screen: a sentence without a release verb holds no platform)
    before = sp.sentence.text[max(0, sp.start - sp.sentence.start - 200):sp.start - sp.sentence.start]
    if not any(v in before for v in _RELEASE_VERBS) or not before.rstrip().endswith(
            ("for", "on", "the", ",", "and", "or")):
        return
    if _PLATFORM_BEFORE.search(before):
        sp.vote(PRODUCT, 1.5, "product-platform")


_PRONOUN_START = re.compile(r"(?:He|She|His|Her)\b")


def _title_person_votes(cands: list[Span], sentences: list[Sentence], lex: Lexicon) -> None:
    """An article titled with a bare name that goes on "He ..."/"Her ..." is a biography: the name is a person's.

    The lead's opening name shares a word with the title ("Faramarz Delkash" / "Faramarz Dilkash, (1921–2009)"),
    so it is voted too.
    """
    if len(sentences) < 2:
        return
    title = sentences[0]
    heads = [sp for sp in cands if sp.sentence is title and sp.text == title.text.strip()]
    if len(heads) != 1:
        return
    sp = heads[0]
    words = sp.words
    if not 2 <= len(words) <= 4 or sp.place is not None or sp.votes.get(PLACE, 0) > 0 or any(
            w.rstrip(".") in lex.org_heads or w.rstrip(".").lower() in lex.legal_suffixes or w in lex.demonyms
            or (w[:1].islower() and w not in lex.connectors) or w.lower() in _GEO_WORDS or w.lower() in lex.roles
            or any(c.isdigit() for c in w) for w in words):
        return
    if not any(_PRONOUN_START.match(s.text) for s in sentences[1:5]):
        return
    sp.vote(PERSON, 2.5, "person-title-line")
    lead = sentences[1]
    for other in cands:
        if other.sentence is lead and other.start == lead.start and len(other.words) >= 2 \
                and set(other.words) & set(words) and other.votes.get(PLACE, 0) == 0:
            other.vote(PERSON, 2.5, "person-title-line")


# What stands between two members of a list: "A, B", "A, B, and C", "A or B", "A, the B".
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _lists(cands: list[Span]) -> list[list[int]]:
    """Runs of spans that are members of one coordinated list, as indexes into ``cands`` (lists of one too)."""
    chains: list[list[int]] = []
    for k, sp in enumerate(cands):
        prev = cands[k - 1] if k else None
        if prev is not None and prev.sentence is sp.sentence and prev.end <= sp.start and _LIST_GAP.fullmatch(
                sp.sentence.text[prev.end - sp.sentence.start:sp.start - sp.sentence.start]):
            chains[-1].append(k)
        else:
            chains.append([k])
    return chains


def _list_category_votes(members: list[Span], lex: Lexicon, possible: int) -> bool:
    """A list closed by a plural product noun names products: "its Arvo, Pellin and Dusk cars"; so does
    one opened by "its products include" (then True). ``possible``: the cues the members' sentence may hold."""
    first = members[0]
    before = first.sentence.text[max(0, first.start - first.sentence.start - 80):first.start - first.sentence.start]
    # Every opener ends in "such as", "include(s/d)"/"including", "are"/"were" or "consist(s) of"/"comprise(s)":
    # a cheap test spares most lists the search.
    if possible & _LIST_OPENER and ("such" in before or "includ" in before or "re " in before
                                    or "consist" in before or "compris" in before) \
            and lex.cues.products_list_opener.search(before):
        _vote_products(members)
        return True
    if len(members) < 2:
        return False
    last = members[-1]
    after = last.sentence.text[last.end - last.sentence.start:last.end - last.sentence.start + 40]
    # A capitalised plural category closes the list inside the last name: "Arvo and Pellin CPUs".
    tail = last.words[-1]
    if not (possible & _LIST_CATEGORY and lex.cues.category_list_after.match(after)) and not (
            len(last.words) > 1 and tail.endswith("s") and tail[:-1] in lex.product_categories and tail[:-1].isupper()):
        return False
    for sp in members:
        if sp.demonym or (sp.place is not None and sp.place.kind != CITY) or sp.votes.get(ORG, 0) >= 3.0:
            continue
        sp.vote(PRODUCT, 2.0, "product-list-category")
    return False


# The combining forms of demonyms in compounds ("Anglo-Dutch"), which name no country alone.
_COMBINING_FORMS = frozenset({"Anglo", "Franco", "Sino", "Indo"})


def _demonym_parts(sp: Span, lex: Lexicon) -> list[Span]:
    """A compound of demonyms ("Japanese-Swedish") names each country; "Anglo-" names none."""
    if "-" not in sp.text:
        return [sp]  # most names: no compound to split
    parts = sp.text.split("-")
    if len(sp.words) != 1 or len(parts) < 2 or not all(
            p in lex.demonyms or p in _COMBINING_FORMS for p in parts):
        return [sp]
    out, pos = [], sp.start
    for p in parts:
        if p in lex.demonyms:
            out.append(Span(pos, pos + len(p), p, sp.sentence, sp.initial and pos == sp.start))
        pos += len(p) + 1
    return out


# An exchange's name and a colon in brackets before a ticker symbol: "(NYSE: HLV)", "(Nasdaq:QLN)".
_TICKER_BEFORE = re.compile(r"\(\s*(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|TSXV|HKEX|HKSE|SSE|SZSE|TSE|ASX|SGX|BSE|NSE|KRX|"
                            r"Euronext|OTC|OTCQX|AMEX|NYSE\s+American|NYSE\s+Arca|ticker|symbol)\s*:$")


def _is_noise(sp: Span, lex: Lexicon, mid_forms: set[str]) -> bool:
    words = sp.words
    text = sp.sentence.text
    a, b = sp.start - sp.sentence.start, sp.end - sp.sentence.start
    if a > 0 and text[a - 1] in "\"“" and text[b:b + 1] in ("\"", "”") and sp.place is None:
        return True  # a quoted title of a song, book or show, not an entity of ours
    k = a
    while k > 0 and text[k - 1].isspace():  # the character before the span, past spaces, without copying
        k -= 1
    if k > 0 and text[k - 1] == "," and _suffix_form(sp.text) in lex.legal_suffixes:
        return True  # "Empresa Velmora, S. A.": the legal form of the name before it
    if k > 0 and text[k - 1] == ":" and _TICKER_BEFORE.search(text, max(0, k - 30), k):
        return True  # "(NYSE: HLV)": a ticker symbol, not a second name of the company
    if text[b:b + 7] == " family" and text[max(0, a - 4):a].lower() == "the " and lex.place(sp.text) is not None:
        return True  # "the Santo Domingo family": a family's name, not the place it sounds like
    if len(words) > 1 and not _TITLE_PRONOUNS.isdisjoint(words):
        return True  # "Take Me Home", "Until It Sleeps": a title of a work, no one's name
    if len(words) == 1:
        w = words[0]
        if w in COMMON_ACRONYMS or w in _CURRENCY_TOKENS or w.upper() in COMMON_ACRONYMS:
            return True
        if w in lex.currency_codes and (_NUMBER_AFTER.match(text, b) or _NUMBER_BEFORE.search(text, 0, a)):
            return True  # "NOK 3.1 billion", "40 million SEK"; "AMD" alone is a chipmaker
        if sp.initial and _inflected_word(w, lex):
            return True  # "Providing phones for ... is a strategy": a verb form, not a name
        if w in _HOLIDAYS:
            return True  # "Diwali demand", "a Christmas television special": a feast, no entity of ours
        if w in _STARTERS and (sp.initial or text[b:b + 1] == ","):
            return True  # "Thereafter, the company ...": a sentence adverb
        low = w.lower()
        if low in lex.roles or w in lex.honorifics or low.rstrip(".") in lex.legal_suffixes:
            return True
        if w in ("US", "HK", "NZ", "A", "C") and text[b:b + 1] == "$":
            return True  # "US$ 1 billion" is money, not a place
        if "-" not in w:
            if w in lex.demonyms or w in _COMBINING_FORMS:
                return False
        elif all(part in lex.demonyms or part in _COMBINING_FORMS for part in w.split("-")):
            return True  # "Anglo-Dutch": an adjective, not a name
        # A capitalised common word at the start of a sentence is just a word,
        # unless the article also writes it capitalised mid-sentence.
        if sp.initial and low in lex.common_words and w not in mid_forms and w not in lex.places \
                and w not in lex.demonyms and not (w.isupper() and _dateline_name(sp)):
            return True  # (a dateline's "PARIS —", "LONDON (Reuters) -" is the filing place, not a word)
    return False


def _is_title(sp: Span, lex: Lexicon, around: _Around) -> bool:
    """Names of works, events, awards and lists: capitalised, but not organizations, people or places."""
    words = sp.words
    if len(words) > 1 and (words[-1] in lex.event_heads or words[0] in lex.event_of_prefixes and words[1] == "of"):
        return True
    # Most sentences hold none of the work cues: test that before looking the name up.
    possible = around.possible
    if not possible & _WORKS:
        return False
    before, after, paren = possible & _WORK_BEFORE, possible & _WORK_AFTER, possible & _WORK_PAREN
    if lex.place(sp.text) is not None:
        return False
    c = lex.cues
    text = around.after(sp, 120)
    return bool(before and c.work_before.search_reversed(around.before(sp, 40))
                or after and c.work_after.match(text)
                or paren and c.work_paren.match(text))


_SPACES = re.compile(r"\s+")


def _suffix_form(text: str) -> str:
    """A legal form as the suffix list writes it: "S. A." -> "s.a", "Inc." -> "inc"."""
    return _SPACES.sub("", text).rstrip(".").lower()


def _gazetteer_votes(sp: Span, lex: Lexicon, around: _Around) -> None:
    text = sp.text
    info = lex.place(text)
    if info is None and text[-2:-1] == "." and len(text) <= 6:
        info = lex.place(text + ".")  # "in the U.S and Canada": an abbreviation that lost its last period
    if info is None and text.isupper() and _dateline_name(sp):
        info = lex.place(text.title())  # "NAIROBI, Kenya —", "ST. LOUIS —": the dateline's filing place
    weight = 2.0
    if info is not None and info.kind == CITY and info.population < 100_000:
        before = sp.sentence.text[:sp.start - sp.sentence.start]
        # A small town's name is more often something else ("Thomson", "Marlboro"): a weak vote
        # that any organization or person cue outweighs, unless the text says "in X".
        weight = 1.2 if lex.cues.place_preposition.search(before) else 0.4
    elif info is not None and info.kind == CITY and info.population < 1_000_000:
        weight = 1.5
    if info is not None:
        sp.place = info
        sp.vote(PLACE, weight, "gazetteer-place")
        return
    dem = lex.demonyms.get(text)
    if dem is None and text.endswith("s") and " " not in text:
        dem = lex.demonyms.get(text[:-1])  # "Americans": the people of a place name it, as "American" does
    if dem is not None:
        sp.place = dem
        sp.demonym = True
        sp.vote(PLACE, 2.0, "gazetteer-demonym")
        return
    words = sp.words
    if len(words) < 2:  # the tests of regions and place heads below need a name of two words or more
        _place_context_votes(sp, lex, around)
        return
    # "East China", "western Canada", "Northern Ireland"-style regions.
    m = _REGION.match(text)
    if m and m.group(1) in lex.places:
        sp.place = PlaceInfo(text, "Region", lex.places[m.group(1)].country)
        sp.vote(PLACE, 2.0, "region-of-place")
        return
    if ((words[-1] in lex.place_heads and not _body_of(words, lex)) or words[0] in lex.place_prefixes
            or _place_of(words, lex)) and not _WORK_SERIES_AFTER.match(sp.sentence.text, sp.end - sp.sentence.start) \
            and not lex.cues.product_copula_made_by.match(sp.sentence.text, sp.end - sp.sentence.start):
        # ("Tarn Harbor is a farming game developed by Ombrel": what a company develops is no place)
        sp.vote(PLACE, 2.5, "place-head")  # "Sacramento Valley", "Mount Orvane", "Province of Rieti"
        return
    _place_context_votes(sp, lex, around)


_DASHES = ("—", "–", "-")


def _dateline_name(sp: Span) -> bool:
    """Whether the span opens a dateline segment ("NAIROBI, Kenya —", "WARSAW (Reuters) -"): segment.py
    makes a wire dateline a segment of its own, which opens with the place and ends with a dash."""
    return sp.start == sp.sentence.start and sp.sentence.text.rstrip().endswith(_DASHES)


# "the Tarn Island series of adventure games": a series or franchise is named like a place, but is none.
_WORK_SERIES_AFTER = re.compile(r"\s+(?:series|franchise|saga|trilogy)\b")


def _body_of(words: list[str], lex: Lexicon) -> bool:
    """A body of a place, not the place its head word ends: "Bank of Harlan Republic", "Museum of Tarn Valley"."""
    return any(w in lex.org_heads and nxt in ("of", "for") for w, nxt in zip(words, words[1:]))


def _place_of(words: list[str], lex: Lexicon) -> bool:
    """ "Province of Rieti", "Roman Catholic Diocese of Tarn", "London Borough of Vessel": an area of a place.

    Not after an organization's head word ("Bank of the Republic of ...").
    """
    for k in range(len(words) - 2):
        if words[k + 1] == "of" and words[k] in lex.place_of_prefixes:
            return not any(w in lex.org_heads for w in words[:k])
        if words[k] in lex.org_heads:
            return False
    return False


_IN_NEAR_OUTSIDE_END = re.compile(r"\b(?:in|near|outside)\s+$")
# "-based" or "-headquartered", and the lower-case words after it ("-based snack maker")
_BASED_WORDS = re.compile(r"-(based|headquartered)\b((?:\s+[a-z][a-z-]*){0,4})")


def _based_company(after: str, lex: Lexicon) -> bool:
    """ "-headquartered", or "-based" then lower-case words naming a company ("-based snack maker")."""
    m = _BASED_WORDS.match(after)
    return m is not None and (m.group(1) == "headquartered" or any(w in lex.org_descriptors for w in m.group(2).split()))


_IN_FROM_NEAR_END = re.compile(r"\b(?:in|from|near)\s+$")
_IN_FROM_NEAR_OF_END = re.compile(r"\b(?:in|from|near|of)\s+$")


def _place_context_votes(sp: Span, lex: Lexicon, around: _Around) -> None:
    """Unknown names the context makes places: "born in X", "X, Nevada", "X is a town"."""
    c = lex.cues
    s = sp.sentence
    before = s.text[max(0, sp.start - s.start - 60):sp.start - s.start]
    after = around.after(sp, 120)
    rule = None
    if around.possible & _PLACE_BEFORE and c.place_before.search_reversed(around.before(sp, 60)):
        rule = "place-context-before"
    elif sp.text in lex.weak_places and _IN_NEAR_OUTSIDE_END.search(before):
        # A sizeable city named like a word or a given name ("Kiel", "Modesto"): "in X" settles it.
        rule = "place-context-before"
    elif sp.text in lex.weak_places and _BASED_WORDS.match(after):
        rule = "place-based"  # "a Reno-based carrier": what a company is based in is a place
    elif after[:1] == "-" and _based_company(after, lex):
        # "the Penang-headquartered company", "a Kisumu-based snack maker"; not "a Linux-based phone"
        rule = "place-based"
    elif around.possible & _PLACE_COPULA and c.place_copula.match(after):
        rule = "place-copula"
    elif around.possible & _DIRECTION_AFTER and c.direction_after.match(after):
        rule = "place-direction"
    elif around.possible & _PLACE_NOUN_AFTER and c.place_noun_after.match(after) \
            and not any(w in lex.org_heads for w in sp.words):
        rule = "place-noun-after"
    else:
        # A place after a comma: every match opens with one, past spaces (most names are followed by none).
        m = c.comma_place.match(after) if after.lstrip()[:1] == "," else None
        if m and lex.place(m.group(1)) is not None and lex.place(m.group(1)).kind != CITY \
                and lex.demonyms.get(m.group(1)) is None:
            rule = "place-comma-place"
        elif m and " " in m.group(1) and m.group(1).split()[-1] in lex.place_heads \
                and _IN_FROM_NEAR_OF_END.search(before):
            rule = "place-comma-place"  # "lived in Tarbrook, Vessel County"
        elif m and lex.place(m.group(1)) is not None and lex.demonyms.get(m.group(1)) is None \
                and _IN_FROM_NEAR_END.search(before):
            rule = "place-comma-place"  # "from Nordhavn, Bergen": a city after the comma needs "in"/"from"
        elif _chain_end(sp, before, after, lex):
            rule = "place-after-place"
    if rule is None:
        return
    weak = lex.weak_places.get(sp.text)
    if weak is not None:
        sp.place = weak
    sp.vote(PLACE, 1.6, rule)


_PLACE_COMMA_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z]+\s+)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}),\s+$")
_CHAIN_END = re.compile(r"\s*(?:[.;)]|$)")


def _chain_end(sp: Span, before: str, after: str, lex: Lexicon) -> bool:
    """The last link of a place chain: "Nordhavn, Bergen, Hordaland." after a known place and a comma."""
    # The cheap tests first; a comma and spaces must end the text before the name for the search to hold.
    if len(sp.words) > 3 or "." in sp.text or not before.rstrip().endswith(","):
        return False
    # A place the gazetteer knows but the name's context must confirm ("Brescia, Lombardy, the company")
    # may also go on with a comma.
    if not _CHAIN_END.match(after) and not (after[:1] == "," and sp.text in lex.weak_places):
        return False
    m = _PLACE_COMMA_BEFORE.search(before)
    if m is None:
        return False
    info = lex.place(m.group(1))
    return info is not None and lex.demonyms.get(m.group(1)) is None \
        and not any(w in lex.org_heads for w in sp.words)


# A saint's title opens names of places and churches, not of people ("Santa Orvella de Ruritania").
_SAINT_WORDS = frozenset({"San", "Santa", "Santo", "São", "Saint", "Sainte", "St.", "Ste.", "Sankt"})
# Particles inside a person's name: "Maria dos Santos Pereira", "Jan van der Berg".
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
                             "ter", "y", "e"})

# Head words that Romance languages put before a company's name ("Banco X", "Grupo X", "Empresa X").
ORG_PREFIXES = frozenset("""Banco Banca Banque Grupo Groupe Gruppo Companhia Compañía Compagnie Empresa Empresas
Sociedad Sociedade Société Corporación Corporação Industrias Indústrias Fundación Fundação Fondazione Caja Caixa
Aerolíneas Aerolineas Linhas Transportes Laboratorios Laboratórios Editorial Editora Cervecería Cervejaria
Construtora Constructora Inversiones Investimentos Seguros Telefónica""".split())


# Organization heads that also end software's names ("Lumen Office", "Quillcraft Platform").
_PRODUCT_HEADS = frozenset({"Office", "Platform"})
_POSSESSOR_BEFORE = re.compile(r"(?:\b(?:its|their)|[A-Z]\w*(?:'s|’s))\s+$")


def _owned_product(sp: Span, lex: Lexicon) -> bool:
    """Whether a company's possessive and a product noun frame the name: "its Lumen Office suite"."""
    text, at = sp.sentence.text, sp.start - sp.sentence.start
    return (_POSSESSOR_BEFORE.search(text, max(0, at - 40), at) is not None
            and lex.cues.category_after.match(text, sp.end - sp.sentence.start) is not None)


def _shape_votes(sp: Span, lex: Lexicon) -> None:
    words = sp.words
    last = words[-1].rstrip(".")
    n = len(words)
    if n == 1:
        # One word (most names) has no suffix, head, prefix or title beside a name to read: only its shape.
        if last in lex.org_heads:
            return
    else:
        if (last.lower() in lex.legal_suffixes or last in lex.org_heads) and not (
                last in lex.org_heads and sp.place is not None and sp.place.kind == COUNTRY and not sp.demonym) \
                and not (last == "Industry" and all(w.lower() in lex.common_words for w in words[:-1])) \
                and not (last in _PRODUCT_HEADS and _owned_product(sp, lex)):
            # ... not "Steel Industry", "Defense Industry": a sector, capitalised in a headline or a longer name
            # "Soviet Union" is the country the gazetteer knows, whatever its last word
            sp.vote(ORG, 3.0, "org-suffix" if last.lower() in lex.legal_suffixes else "org-head")
        elif n > 2 and sp.place is None and _body_of(words, lex):
            sp.vote(ORG, 3.0, "org-head")  # "Dockworkers Union of Vila Nova", "Bank of Ostmark": a body of a place
        elif words[0] in ORG_PREFIXES:
            sp.vote(ORG, 3.0, "org-prefix")  # "Banco Tavira", "Grupo Velmora": a head word put first
        # ... not an organization's name opening with a title word: "General Airways of Tarnby", "Admiral Insurance Group"
        if words[0].rstrip(".") in lex.honorifics and words[1] not in lex.connectors \
                and not any(w.rstrip(".") in lex.org_heads for w in words[1:]):
            sp.vote(PERSON, 3.0, "person-honorific")
        elif words[0] in lex.noble_titles and not any(w in lex.connectors for w in words):
            sp.vote(PERSON, 1.8, "person-noble-title")  # "Emperor Norvald", weaker than a place ("Prince Edward Island")
        elif (n <= 4 and (words[0] in lex.given_names or words[0].split("-")[0] in lex.given_names)
              and sp.place is None and words[0] not in _SAINT_WORDS
              and not any(w.rstrip(".") in lex.org_heads for w in words)
              and all(w[:1].isupper() or (0 < k < n - 1 and w in _NAME_PARTICLES) for k, w in enumerate(words))
              # "competes with the Vespa Elettrica": a bare "the" right before a name is no person's
              and not sp.sentence.text.endswith(" the ", 0, sp.start - sp.sentence.start)):
            sp.vote(PERSON, 1.5, "person-given-name")
            sp.given = True
        elif (n <= 3 and "-" in sp.text and _SYLLABLE_NAME.fullmatch(words[-1]) and sp.place is None
              and not any(w.rstrip(".") in lex.org_heads for w in words)):
            sp.vote(PERSON, 1.5, "person-syllable-name")  # "Seo Min-gyu", "Ma Ying-jeou"
        elif (_INITIAL.fullmatch(words[0]) and _TWO_LOWER.search(words[-1])
              and sp.place is None
              and not any(w.rstrip(".") in lex.org_heads for w in words)):
            sp.vote(PERSON, 1.5, "person-initial")  # "R. T. Hallam", "V. Kelkar"
    if n > 1 and words[-1][-1:] in _MODEL_TAIL_ENDS and MODEL_TAIL.fullmatch(words[-1]) \
            and words[0] not in lex.given_names and not any(w.rstrip(".") in lex.org_heads for w in words):
        sp.vote(PRODUCT, 1.2, "product-model-code")  # "Zorb X5", "Arvo S9+": a name ending in a model code
    if n > 2 and words[-2] == "Model" and (len(words[-1]) <= 3 or words[-1][-1].isdigit()) and not any(w.rstrip(".") in lex.org_heads for w in words):
        sp.vote(PRODUCT, 1.5, "product-model-word")  # "the Tarvex Model 3", "a Quill Model S": a maker's model
    if sp.text[1:2].islower():
        return  # a model code and an acronym both need a capital, digit or hyphen second: most names have neither
    if _MODEL_NAME.fullmatch(sp.text):
        sp.vote(PRODUCT, 1.5, "product-model-code")  # "Z380", "Z350 XWB", "F-150"
    elif _ACRONYM.fullmatch(sp.text) and sp.place is None:
        sp.vote(ORG, 0.6, "org-acronym")  # acronyms in business news are mostly organizations


def _context_votes(sp: Span, lex: Lexicon, around: _Around) -> None:
    # A city's name is often a company's too ("Hitachi", "Bata"): context may outvote the
    # gazetteer there, never for countries, states, demonyms or cities only context made places.
    if sp.place is not None and (sp.demonym or sp.place.kind != CITY or sp.text in lex.weak_places):
        return
    if sp.place is None and sp.votes.get(PLACE, 0) >= 2.5:
        return
    # Cues sit next to the name: bounded windows keep long sentences linear (around.before(sp, 90) and
    # around.after(sp, 140), written out: this runs for every name).
    at = sp.start - around.sentence.start
    rev = around.reversed
    before = rev[len(rev) - at:len(rev) - at + 90]
    at = sp.end - around.sentence.start
    after = around.sentence.text[at:at + 140]
    # What the cues' opening sets are tested with (openers.opening_of, written out).
    first, last = after.lstrip()[:1], before.lstrip()[:1]
    if not first.isascii():
        first = NOT_ASCII
    if not last.isascii():
        last = NOT_ASCII
    if sp.place is not None:
        # Only an organization (or a product: "Tarrow (software)") can outvote a city.
        _vote(sp, around.city, before, after, first, last)
        return
    # An organization's head word cut off by a title word ("... Executive Committee") is nobody's name.
    if len(sp.words) > 1 or sp.words[0] not in lex.org_heads:
        _vote(sp, around.every, before, after, first, last)
    else:
        _vote(sp, around.no_person, before, after, first, last)


@dataclass(frozen=True)
class _Cue:
    """A context cue as data: the ``Lexicon.cues`` pattern, where it looks, what it votes for."""

    name: str
    before: bool  # searched in the text before the name; else matched right after it
    kind: str
    weight: float
    rule: str
    min_words: int = 1
    unless: tuple[str, ...] = ()  # cues on the same side whose match cancels this one
    unless_other: tuple[str, ...] = ()  # ... and on the other side
    # The characters one of which opens every match after the name, past spaces ("," for an apposition,
    # "(" for a bracket): a cheap test first, as most names are followed by neither. The tables also
    # derive such characters from every cue's pattern (kg.extract.openers) and keep both tests.
    opens: str = ""


_PERSON_CUES = (
    _Cue("life_dates", False, PERSON, 2.5, "person-life-dates", opens=",("),  # "Orrin Tallis (3 June 1908–14 March 1966)"
    _Cue("occupation", False, PERSON, 1.5, "person-occupation"),  # "... was an American drummer"
    _Cue("age", False, PERSON, 2.0, "person-age", opens=",("),  # "Harlow, 58, said"
    _Cue("title_before", True, PERSON, 1.2, "person-title-before", unless=("of_at_end",)),  # "CEO Ada Brisk"
    _Cue("noun_before", True, PERSON, 1.0, "person-noun-before", min_words=2),  # "politician Jo Bloggs"
    _Cue("person_producer", True, PERSON, 1.0, "person-noun-before", min_words=2),  # "the producer Jo Bloggs"
    _Cue("credit_before", True, PERSON, 1.5, "person-credit"),  # "directed by Jo Bloggs"
    _Cue("bare_title_before", True, PERSON, 1.5, "person-noun-before", min_words=2),  # "and the producer Jo Bloggs"
    _Cue("office_before", True, PERSON, 1.2, "person-office-before"),  # "Prime Minister Jo Bloggs"
    _Cue("role_appositive", False, PERSON, 1.5, "person-role-appositive", opens=","),
    _Cue("role_copula_before", True, PERSON, 1.5, "person-role-copula"),  # "its chairman is Jo Bloggs"
    _Cue("role_copula_after", False, PERSON, 1.5, "person-role-copula"),  # "Jo Bloggs has been chief executive"
    _Cue("role_verb_after", False, PERSON, 1.5, "person-role-verb"),  # "Jo Bloggs was named chairman"
    _Cue("appointed_before", True, PERSON, 1.5, "person-role-verb",  # "Acme named Jo Bloggs as chief executive"
         unless_other=("no_post_after",)),
    _Cue("founded_by_before", True, PERSON, 1.0, "person-founder", min_words=2),  # "founded in 1990 by Jo Bloggs"
    _Cue("founded_after", False, PERSON, 1.0, "person-founder", min_words=2),  # "Jo Bloggs founded Acme in 1990"
    _Cue("who_after", False, PERSON, 1.0, "person-who", opens=","),  # "Jo Bloggs, who has run Acme since 2015,"
    _Cue("heads_after", False, PERSON, 1.0, "person-heads", min_words=2),  # "Jo Bloggs heads Acme Holdings"
    _Cue("chaired_by_before", True, PERSON, 1.0, "person-heads", min_words=2),  # "Acme, chaired by Jo Bloggs"
    _Cue("job_at_appositive", False, PERSON, 1.5, "person-role-appositive", opens=","),  # "X, a partner at Acme"
    _Cue("speech", False, PERSON, 0.4, "person-speech-verb", min_words=2),
    _Cue("person_paren", False, PERSON, 2.5, "person-title-paren", opens="("),  # "Jo Bloggs (wrestler)"
)
_ORG_CUES = (
    _Cue("role_of", True, ORG, 1.5, "org-role-of"),  # "CEO of Vellor"
    _Cue("premodifier", False, ORG, 1.0, "org-premodifier"),  # "Ombrel chairman", "Vellor shares"
    _Cue("business_verb", True, ORG, 1.0, "org-business-verb"),
    _Cue("partner_before", True, ORG, 1.0, "org-partner", min_words=2),  # "a partnership with Singapore's Lumo Cloud"
    _Cue("org_such_as", True, ORG, 1.5, "org-such-as"),  # "online lenders such as Banco Serrano"
    _Cue("descriptor", True, ORG, 1.2, "org-descriptor",  # "tech giant Vellor"
         unless=("person_producer",)),
    _Cue("body_descriptor", True, ORG, 1.0, "org-descriptor",  # "the daily newspaper Wexley Courier"
         unless_other=("relative_clause_after",)),
    _Cue("compound_descriptor", True, ORG, 1.0, "org-descriptor",  # "the component maker X" (on top)
         unless=("people_maker",)),  # not "the film maker Jo Bloggs"
    _Cue("employer_before", True, ORG, 2.0, "org-employer"),  # "analysts at Garrow Pike"
    _Cue("broadcast_before", True, ORG, 1.5, "org-broadcaster"),  # "it aired on the Ostvision network"
    _Cue("org_appositive", False, ORG, 1.5, "org-appositive", opens=","),  # "Ostrel, the handset maker based in ..."
    _Cue("possessive_role", False, ORG, 1.2, "org-possessive-role"),  # "Ombrel's boss Jo Bloggs"
    _Cue("ticker", False, ORG, 2.0, "org-ticker", opens="("),
    _Cue("suffix_after", False, ORG, 2.0, "org-suffix"),
    _Cue("owner_after", False, ORG, 1.0, "org-owner"),  # "the Tarvik-owned Ombrel Music"
    _Cue("org_paren", False, ORG, 2.5, "org-title-paren", opens="("),  # "Tarn Hollow (band)"
    _Cue("maker_of_appositive", False, ORG, 1.5, "org-appositive", opens=","),  # "Halvex, maker of the Zorb,"
    _Cue("based_appositive", False, ORG, 1.2, "org-appositive", opens=","),  # "Quellon, based in Austin, makes"
    _Cue("org_noun_appositive", False, ORG, 1.5, "org-appositive", opens=","),  # "Tarvik, a venture fund set up by ..."
    _Cue("developed_by_before", True, ORG, 1.2, "org-developed-by"),  # "a jet under development by Tarvik"
    # ... not a place closing an appositive: "Acme, based in Oldtown, was founded by Jo Bloggs"
    _Cue("org_copula", False, ORG, 2.0, "org-copula",  # "Acme is a Ruritanian record label"
         unless_other=("place_preposition",)),
    _Cue("founded_as_before", True, ORG, 2.0, "org-former-name"),  # "founded in 1882 as Tallow & Sons"
    _Cue("founded_by_after", False, ORG, 2.5, "org-founded-by",  # "Acme was formed in 1983 by Jo Bloggs"
         unless_other=("place_preposition",)),
)
# Cues that a city's name is a company's or a product's: a maker ("Hitachi", "Bata"). Only for city
# names, as a surname after "produced by" is a person's.
_MAKER_CUES = (
    _Cue("made_by_before", True, ORG, 1.0, "org-made-by"),  # "a sedan produced by Tarrow"
    _Cue("possessive_category", False, ORG, 1.0, "org-possessive-product"),  # "Tarrow's largest sedan"
    _Cue("product_paren", False, PRODUCT, 2.5, "product-title-paren", opens="("),  # "Tarrow (software)"
)
_PRODUCT_CUES = (
    _Cue("category_before", True, PRODUCT, 1.5, "product-category-before"),  # "unveiled its large language model X"
    _Cue("category_before_comma", True, PRODUCT, 1.5, "product-category-before",  # "its banking app, Ombrel Swift"
         unless_other=("speech",)),  # "its new phone, Ombrel said, ..."
    _Cue("category_after", False, PRODUCT, 0.8, "product-category-after",  # "the Arvo compact hatchback"
         unless=("generic_after", "category_then_name")),
    _Cue("category_after_plural", False, PRODUCT, 0.8, "product-category-after",  # "Quill music players"
         unless=("generic_after", "category_after", "category_then_name")),
    _Cue("such_as", True, PRODUCT, 1.5, "product-such-as"),  # "chatbots such as Zorvik"
    _Cue("product_copula", False, PRODUCT, 2.0, "product-copula",  # "The Zentra Z5 is a mid-size car produced by"
         unless=("org_copula",)),  # not "a film production company"
    _Cue("product_copula_made_by", False, PRODUCT, 2.0, "product-copula",  # "Quellon is an app developed by"
         unless=("org_copula",)),
    _Cue("product_copula_possessive", False, PRODUCT, 1.5, "product-copula"),  # "Zorb is Acme's best-selling tablet"
    _Cue("maker_after", False, PRODUCT, 1.5, "product-maker-after"),  # "Canadian Zentra maker, Ombrel Devices"
    _Cue("codename", False, PRODUCT, 2.0, "product-codename"),  # "Drennic is the codename used by Ombrel"
    _Cue("series_after", False, PRODUCT, 1.0, "product-series"),  # "the Arvo series has sold ..."
    _Cue("brand_of", False, PRODUCT, 1.5, "product-brand-of"),  # "the Pellia brand of yoghurts"
    _Cue("series_of", False, PRODUCT, 1.0, "product-series"),  # "the Arvo series of smartphones"
    _Cue("released_after", False, PRODUCT, 1.3, "product-launched",  # "the Zorb X3 was released in 2022"
         unless_other=("from_before",)),  # not its maker's: "the Zorb from Halvex went on sale"
    _Cue("made_by_copula", False, PRODUCT, 1.5, "product-copula"),  # "The Zorb X5 is made by Halvex"
    _Cue("hyphen_made_before", True, PRODUCT, 1.3, "product-hyphen-made"),  # "the Halvex-made Arvo"
    _Cue("made_by_appositive", False, PRODUCT, 1.5, "product-made-by-appositive", opens=","),  # "the Zorb X2, made by Acme,"
    _Cue("released_appositive", False, PRODUCT, 1.3, "product-launched", opens=",", unless_other=("by_of_before",)),  # "the Zorb X2, released in 2021,"
    _Cue("launched_by_relative", False, PRODUCT, 1.5, "product-launched", opens=","),  # "the Zorb 5, which Acme unveiled"
    _Cue("possessive_year", True, PRODUCT, 1.5, "product-possessive-year"),  # "Ombrel's 1986 Arvo"
    _Cue("product_paren", False, PRODUCT, 2.5, "product-title-paren", opens="("),  # "Drennic (software)"
    _Cue("launch_before", True, PRODUCT, 1.3, "product-launched",  # "Ombrel unveiled the Zorb 5"
         unless_other=("not_product_after", "org_noun_appositive", "org_appositive")),
    _Cue("maker_of_before", True, PRODUCT, 1.3, "product-maker-of",  # "the maker of the Pellis 5"
         unless_other=("not_product_after", "org_noun_appositive", "org_appositive")),
    _Cue("launch_noun_before", True, PRODUCT, 1.3, "product-launch-noun",  # "the introduction of the Zorb 5"
         unless_other=("not_product_after", "org_noun_appositive", "org_appositive")),
    _Cue("possessive_before", True, PRODUCT, 1.0, "product-possessive-category",  # "Orsulo's Kelvane chips"
         unless_other=("no_category_after",)),
    _Cue("under_before", True, PRODUCT, 1.5, "product-brand-under",  # "sold under the Miravox brand"
         unless_other=("no_brand_after",)),
    _Cue("sales_of_before", True, PRODUCT, 1.3, "product-sales-begin",  # "Sales of the Zorb 5 begin in June"
         unless_other=("no_sales_start_after",)),
    _Cue("category_appositive", False, PRODUCT, 1.5, "product-appositive", opens=","),  # "Nemora, a sleep drug,"
    _Cue("category_appositive_possessive", False, PRODUCT, 1.5, "product-appositive", opens=","),  # "Velos, Halvex's OS,"
    _Cue("category_appositive_generic", False, PRODUCT, 0.8, "product-appositive", opens=",",  # "Quill, a streaming service,"
         unless=("category_appositive",)),
)

# Bound cues: (test, before, kind, weight, rule, min_words, unless tests, unless tests of the other side,
# the characters next to the name that open every match, or None).
_Bound = tuple[tuple[Callable[[str], Any], bool, str, float, str, int, tuple[Callable[[str], Any], ...],
                     tuple[Callable[[str], Any], ...], frozenset[str] | None], ...]
_TABLES = (_PERSON_CUES, _ORG_CUES, _PRODUCT_CUES, _MAKER_CUES)
# Cues tested by name outside the tables (titles of works, place contexts).
_TESTED = frozenset({"work_before", "work_after", "work_paren", "place_before", "place_copula", "direction_after",
                     "place_noun_after", "platform_before", "products_list_opener", "category_list_after"})
# Patterns screened beside the lexicon's cues: they are this module's, not ``Cues`` attributes.
_OWN_PATTERNS = {"platform_before": _PLATFORM_BEFORE}
# One bit per cue pattern a sentence is screened for: the cues that may hold in a sentence are an int,
# tested with one "&" and a cheap key for the tables trimmed to them.
_CUE_NAMES = tuple(sorted({n for table in _TABLES for q in table for n in (q.name, *q.unless, *q.unless_other)}
                          | _TESTED))
_CUE_BIT = {name: 1 << k for k, name in enumerate(_CUE_NAMES)}
_VOTING = sum(_CUE_BIT[q.name] for q in {q for table in _TABLES for q in table})  # cues that vote (not just cancel)
_WORK_BEFORE, _WORK_AFTER, _WORK_PAREN = _CUE_BIT["work_before"], _CUE_BIT["work_after"], _CUE_BIT["work_paren"]
_WORKS = _WORK_BEFORE | _WORK_AFTER | _WORK_PAREN
_PLACE_BEFORE, _PLACE_COPULA = _CUE_BIT["place_before"], _CUE_BIT["place_copula"]
_DIRECTION_AFTER, _PLACE_NOUN_AFTER = _CUE_BIT["direction_after"], _CUE_BIT["place_noun_after"]
_PLATFORM = _CUE_BIT["platform_before"]
_LIST_OPENER, _LIST_CATEGORY = _CUE_BIT["products_list_opener"], _CUE_BIT["category_list_after"]


@dataclass(slots=True)  # not frozen: one is made per sentence, and a frozen init costs ~8x more
class _Around:
    """What the context cues read of one sentence: its text (also reversed), and the cues that may hold in it."""

    sentence: Sentence
    reversed: str
    possible: int  # the bits (``_CUE_BIT``) of the ``Cues`` patterns whose required words the sentence has
    # The tables a name is voted by, each the concatenation of tables in order (one loop, not one per table):
    every: _Bound  # person, organization and product cues
    no_person: _Bound  # organization and product cues, for a lone organization head word
    city: _Bound  # organization and maker cues, for a city's name

    def before(self, sp: Span, width: int) -> str:
        """The ``width`` characters before ``sp``, reversed, as backward cues read them."""
        at = len(self.reversed) - (sp.start - self.sentence.start)
        return self.reversed[at:at + width]

    def after(self, sp: Span, width: int) -> str:
        """The ``width`` characters after ``sp``."""
        at = sp.end - self.sentence.start
        return self.sentence.text[at:at + width]


class _CueTables:
    """The cue tables of one lexicon, bound to its patterns, and trimmed to what may hold in a sentence.

    A cue can only hold where its pattern's required words occur (:mod:`kg.extract.prefilter`), and
    its windows lie inside the sentence: one screen of the sentence spares each of its names the cues
    whose words are absent. Before-name cues are :class:`~kg.extract.reverse.EndPattern` s, matched
    backwards on the sentence reversed once.
    """

    def __init__(self, c: Cues) -> None:
        self._cues = c
        forward = [_forward(_OWN_PATTERNS[n] if n in _OWN_PATTERNS else getattr(c, n)) for n in _CUE_NAMES]
        # Cues that require the same words are screened as one (their bits together), and those that
        # require none may hold in every sentence: the screen tests each distinct requirement once.
        bits: dict[tuple[frozenset[str], ...], int] = {}
        first: dict[tuple[frozenset[str], ...], tuple[re.Pattern[str], str]] = {}
        for rx, n, words in zip(forward, _CUE_NAMES, keywords_of(forward)):
            bits[words] = bits.get(words, 0) | _CUE_BIT[n]
            first.setdefault(words, (rx, n))
        self._always = bits.pop((), 0)
        self._screen = Screen([_ScreenedCue(*first[words], words, bit) for words, bit in bits.items()])
        # Every cue bound once, beside its bit: a sentence's tables keep the cues its bits allow. A
        # cancelling cue stays bound whatever the sentence: one whose words are absent cannot match
        # a window of it either, and is only tested where the cue it cancels holds (rarely).
        # The characters that may open each cue's matches are read off its pattern (backwards for a
        # before-name cue), all at once (kg.cache keeps them).
        cues = [q for table in _TABLES for q in table]
        opening = iter(opening_chars_of([_matched(getattr(c, q.name), q.before) for q in cues]))
        self._bound = tuple(tuple((_CUE_BIT[q.name], self._bind(q, next(opening))) for q in table)
                            for table in _TABLES)
        # Tables trimmed by the voting cues that may hold, cached by their bits (bounded).
        self._trimmed: dict[int, tuple[_Bound, ...]] = {}

    def around(self, sentence: Sentence, words: frozenset[str] | None) -> _Around:
        """The cues of ``sentence``, whose ``prefilter.text_words`` are ``words``."""
        # (distinct bits: the sum is their "or")
        possible = self._always + sum(map(_BIT_OF, self._screen.candidates_in((), words)))
        voting = possible & _VOTING
        tables = self._trimmed.get(voting)
        if tables is None:
            if len(self._trimmed) > 4096:
                self._trimmed.clear()
            person, org, product, maker = (tuple([cue for bit, cue in table if bit & voting]) for table in self._bound)
            tables = self._trimmed[voting] = (person + org + product, org + product, org + maker)
        return _Around(sentence, sentence.text[::-1], possible, *tables)

    def _bind(self, q: _Cue, derived: frozenset[str] | None) -> tuple[Any, ...]:
        """One cue as :func:`_vote` reads it (``derived``: the characters its pattern's matches may open with)."""
        return (self._test(q.name, q.before), q.before, q.kind, q.weight, q.rule, q.min_words,
                tuple(self._test(u, q.before) for u in q.unless),
                tuple(self._test(u, not q.before) for u in q.unless_other), self._opens(q, derived))

    @staticmethod
    def _opens(q: _Cue, derived: frozenset[str] | None) -> frozenset[str] | None:
        """The characters next to a name one of which opens every match of the cue (None: any may):
        those its pattern's matches may open with, and the ``opens`` it states."""
        stated = frozenset(q.opens) | {NOT_ASCII} if q.opens else None
        if derived is None or stated is None:
            return derived or stated
        return derived & stated

    def _test(self, name: str, before: bool) -> Callable[[str], Any]:
        pattern = getattr(self._cues, name)
        if not before:
            return pattern.match
        if not isinstance(pattern, EndPattern):
            raise TypeError(f"before-name cue {name} must be an EndPattern")
        # A plain EndPattern's search_reversed is its backward match made a bool: the match itself
        # serves (votes only test its truth), one Python call less per test. Subclasses screen first.
        return pattern.backward.match if type(pattern) is EndPattern else pattern.search_reversed


class _ScreenedCue(Requirements):
    """A cue pattern as the screen sees it, with its bit (or the bits of the cues requiring the same words)."""

    def __init__(self, regex: re.Pattern[str], name: str, words: tuple[frozenset[str], ...], bit: int) -> None:
        super().__init__(regex, name, words)
        self.bit = bit


_BIT_OF = attrgetter("bit")


def _forward(pattern: re.Pattern[str] | EndPattern) -> re.Pattern[str]:
    return pattern.forward if isinstance(pattern, EndPattern) else pattern


def _matched(pattern: re.Pattern[str] | EndPattern, before: bool) -> re.Pattern[str]:
    """The regex a cue's test matches: backwards on the reversed text before a name, else forwards after it."""
    return pattern.backward if before else pattern  # type: ignore[union-attr,return-value]


@lru_cache(maxsize=8)
def _cue_tables(c: Cues) -> _CueTables:
    return _CueTables(c)


def _vote(sp: Span, table: _Bound, before: str, after: str, first: str, last: str) -> None:
    """Each cue of ``table`` that holds around ``sp`` adds its vote, in table order (``before`` reversed;
    ``first`` and ``last``: :func:`~kg.extract.openers.opening_of` the text after and before the name)."""
    words = len(sp.words)
    for hit, is_before, kind, weight, rule, min_words, unless, unless_other, opens in table:
        if opens is not None and (last if is_before else first) not in opens:
            continue  # no match opens with the character next to the name (most cues, most names)
        text = before if is_before else after
        if words >= min_words and hit(text) and not any(u(text) for u in unless) \
                and not any(u(after if is_before else before) for u in unless_other):
            sp.vote(kind, weight, rule)


def _decide(cands: list[Span], lex: Lexicon, chains: list[list[int]] | None = None) -> list[Mention]:
    """Pool votes by surface form and by name parts, then type each span."""
    pooled: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    gazetteer: dict[str, float] = defaultdict(float)
    given: set[str] = set()
    pooled_rules: dict[tuple[str, str], tuple[float, str]] = {}
    for sp in cands:
        if not sp.votes:
            continue  # (a form gets a pool once a span of it has votes: "first in pooled" below reads that)
        for kind, (w, rule) in sp.rules.items():  # (a span has rules only beside votes)
            if w > pooled_rules.get((sp.text, kind), (0.0, ""))[0]:
                pooled_rules[(sp.text, kind)] = (w, rule)
        pool = pooled[sp.text]
        for kind, v in sp.votes.items():
            if kind == PLACE and sp.place is not None and sp.place.kind == CITY and not sp.demonym:
                # What the gazetteer says of a city name does not grow with repetition;
                # what its contexts say does.
                gazetteer[sp.text] = max(gazetteer[sp.text], sp.rules.get(PLACE, (v, ""))[0])
                v -= sp.rules.get(PLACE, (v, ""))[0] if sp.rules.get(PLACE, (0, ""))[1] == "gazetteer-place" else 0
            if kind == PERSON and sp.given:
                # ... nor does what a given name says of a name (a band's, a company's "Joy", "Dorsey")
                given.add(sp.text)
                v -= 1.5
            pool[kind] += v
    for text, v in gazetteer.items():
        pooled[text][PLACE] += v
    for text in given:
        pooled[text][PERSON] += 1.5
    # A name written once with a legal suffix or org head ("Kelmora Motor Corp") is an
    # organization wherever its first word stands alone ("Kelmora").
    firsts = set()  # the first words of names so written: a company's short name, not a person's
    suffixed: set[str] = set()  # ... and those names without the suffix ("Ombrel Trucks" of "Ombrel Trucks AB")
    for sp in cands:
        if sp.votes.get(ORG, 0) >= 3.0 and len(sp.words) > 1 and (
                sp.words[-1].rstrip(".").lower() in lex.legal_suffixes
                or sp.words[-1] in ("Group", "Holdings", "Motor", "Motors", "Corporation", "Company")):
            first = sp.words[0]
            firsts.add(first)
            if first in pooled and first not in lex.places and first not in lex.demonyms:
                pooled[first][ORG] += 2.5
            # ... and wherever it is written without the suffix ("Ombrel Media" for "Ombrel Media Inc.").
            bare = " ".join(sp.words[:-1]).rstrip(",")
            suffixed.add(bare)
            if len(sp.words) > 2 and bare in pooled and bare not in lex.places:
                pooled[bare][ORG] += 2.5
                pooled[bare][PERSON] = 0.0  # "Ombrel Media": "Bell" is a given name, not here
    best = {text: _best(pooled[text]) for text in dict.fromkeys(sp.text for sp in cands)}  # once per surface form
    listed = _list_kinds(cands, best, chains or [], lex)
    # A name typed as a person's by its list is one whose short form stands alone later ("Mehta, its chief ...").
    people = _People.of({text for text, kind in best.items() if kind == PERSON}
                        | {cands[k].text for k, kind in listed.items() if kind == PERSON})
    # "Acme names Bloggs CEO": a title after a surname of a person the article names in full is that
    # person's, not a company's ("Acme CEO Jo Bloggs"), when nothing else said organization.
    premodified = defaultdict(list)
    for sp in cands:
        if len(sp.words) == 1 and sp.votes.get(ORG, 0) > 0:
            premodified[sp.text].append(sp.votes[ORG] <= 1.0 and sp.rules[ORG][1] == "org-premodifier")
    for text, only in premodified.items():
        if best.get(text) == ORG and all(only) and text in people.surnames and text not in firsts:
            best[text] = PERSON
            pooled[text] = defaultdict(float, {PERSON: 1.0})
    orgs = {text for text, kind in best.items() if kind == ORG}
    org_firsts = {text.split()[0] for text in orgs if " " in text}
    # The rest of a product's name after its maker's: "Zorb" of "Halvex Zorb" (a maker typed an organization,
    # or named by its first word: "Halvex" of "Halvex Motors", a name no product's).
    name_firsts = {w[0] for text, kind in best.items() if kind in (ORG, None) and len(w := text.split()) > 1}
    # ... of a name ending in a trade word ("Harrow Invest", "Solvik Motors"): its bare first word is the
    # company even where the gazetteer knows a large town of that name (resolve.short_forms joins them).
    short_names = {w[0] for text in orgs if len(w := text.split()) in (2, 3) and w[-1] in lex.trade_tails}
    # ... and so is the rest of a name that opens with a head word ("Tavira" of "Grupo Tavira")
    short_names.update(rest for text in orgs if (w := text.split(" ", 1))[0] in ORG_PREFIXES and len(w) == 2
                       and " " not in (rest := w[1]))
    product_tails = {" ".join(w[1:]) for text, kind in best.items() if kind == PRODUCT
                     and len(w := text.split()) > 1 and (w[0] in orgs or w[0] in name_firsts)}
    out: list[Mention] = []
    deferred: list[Span] = []
    name_words = {w for sp in cands if len(sp.words) > 1 for w in sp.words}
    place_cores = _place_cores(cands, lex)
    for k, sp in enumerate(cands):
        votes = pooled[sp.text]
        kind = best[sp.text]
        # "Vossberg" after "Vossberg Shipping ASA" is the company, though "Tormod Vossberg" founded it.
        if not votes and k not in listed and sp.text not in firsts and _person_form(sp, people, lex):
            votes, kind = {PERSON: 1.0}, PERSON
        elif kind == PLACE and sp.text in people.surnames and _city_name_only(sp, votes, pooled_rules):
            # "Ryota Kameyama ... Kameyama said": a person's surname the gazetteer knows as a town.
            out.append(_mention(sp, PERSON, 0.65, "person-short-form"))
            continue
        elif kind == PLACE and (sp.text in short_names or sp.text in org_firsts and votes.get(PLACE, 0.0) < 1.0) \
                and _city_name_only(sp, votes, pooled_rules):
            # "Halden Capital ... Halden said": the first word of an organization's name that the gazetteer
            # knows only as a small town, never written "in X" here.
            out.append(_mention(sp, ORG, 0.6, "org-short-form"))
            continue
        conf = 0.6
        if kind is None and sp.text in place_cores:
            out.append(_mention(sp, PLACE, 0.6, "place-core-name"))
            continue
        if kind is None and k in listed and _fallback(sp, lex, name_words)[0] is not None:
            out.append(_mention(sp, listed[k], 0.55, f"{listed[k].lower()}-list"))
            continue
        if kind is None and sp.text in product_tails:
            # "the Halvex Zorb ... the Zorb": a product's name without its maker's is the product
            out.append(_mention(sp, PRODUCT, 0.6, "product-maker-prefix-same-name"))
            continue
        if kind is None:
            kind, conf = _fallback(sp, lex, name_words)
            if kind == ORG and sp.text not in suffixed and _maker_prefixed(sp, orgs, pooled, lex):
                out.append(_mention(sp, PRODUCT, 0.6, "product-maker-prefix"))
                continue
            if kind == ORG and len(sp.words) == 1 and sp.text.endswith("s"):
                plural = _plural_of_name(sp.text, best, name_words)
                if plural is not None:
                    # "Quellons", "Zorb Xs": a maker's or a product's name in the plural is its products;
                    # "the Tessiers": a person's, the family (no entity of ours)
                    kind = PRODUCT if plural in (ORG, PRODUCT) else None
                    if kind == PRODUCT:
                        out.append(_mention(sp, PRODUCT, 0.55, "product-plural-name"))
                        continue
            if kind is None:
                deferred.append(sp)
                continue
        else:
            conf = min(0.95, 0.55 + 0.1 * votes[kind])
        out.append(_mention(sp, kind, conf, _rule_for(sp, kind, pooled_rules)))
    # A sentence-initial name is typed like the same name elsewhere in the article
    # ("Vellor's headquarters ..." beside "... Vellor could ...").
    typed = {m.text: m.kind for m in out}
    typed.update({words[0]: ORG for m in out if m.kind == ORG and len(words := m.text.split()) > 1
                  and words[0] not in typed})
    # "The Zorvik X9 is a sedan ... The X9 competes with": a product's model code alone is the product,
    # not the acronym of a company.
    codes = {words[-1] for m in out if m.kind == PRODUCT and len(words := m.text.split()) > 1
             and MODEL_TAIL.fullmatch(words[-1])}
    if codes:
        out = [Mention(m.start, m.end, m.text, PRODUCT, MODEL_CODE_RULE, 0.6)
               if m.kind == ORG and m.text in codes and m.rule in ("org-acronym", "org-fallback") else m for m in out]
    tails = _the_tails(out, lex)
    for sp in deferred:
        kind = typed.get(sp.text)
        if kind is not None:
            out.append(_mention(sp, kind, 0.6, f"{kind.lower()}-same-name"))
        elif sp.text in tails and _THE_BEFORE.search(sp.sentence.text, 0, sp.start - sp.sentence.start):
            out.append(_mention(sp, ORG, 0.6, THE_TAIL_RULE))
    out.sort(key=_START)
    return out


_START = attrgetter("start")


# "The X9" after "the Zorvik X9": a product's model code alone (the resolver joins it to the product;
# not a code the text itself calls a product, as "the V6" of a "Tarvex Sedan V6" is its engine).
MODEL_CODE_RULE = "product-model-code-same-name"


# "The Wexley Courier ... the Courier", "The Oldtown Bee ... the Bee": a newspaper's or a body's
# last word after "the" stands for the whole name (the resolver joins it to that name).
THE_TAIL_RULE = "org-the-tail"
# Heads that end a newspaper's name and, unlike "the Group", stand for it alone after "the".
_TITLE_TAILS = frozenset({"Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Courier", "Advertiser",
                          "Chronicle", "Telegraph", "Examiner", "Inquirer", "Courant"})
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _the_tails(out: list[Mention], lex: Lexicon) -> set[str]:
    """Last words of multi-word organization names of the article, not heads or generic words (which
    name each stands for is the resolver's to say)."""
    return {words[-1] for m in out if m.kind == ORG and len(words := m.text.split()) > 1 and words[-1].isalpha()
            and (words[-1] not in lex.org_heads or words[-1] in _TITLE_TAILS)
            and words[-1].lower() not in lex.legal_suffixes
            and words[-1].lower() not in lex.org_anaphors}


def _plural_of_name(text: str, best: dict[str, str | None], name_words: set[str]) -> str | None:
    """What the singular of a plural name is typed ("Quellons" of "Quellon"): a kind, "" for a word of the
    article's longer names no one typed ("Tessiers" of "Hal Tessier"), None if the article has none."""
    for stem in (text[:-1], text[:-2] if text.endswith("es") else ""):
        if len(stem) < 3 or stem.endswith("s"):
            continue
        if best.get(stem) is not None:
            return best[stem]
        if stem in name_words:
            return ""
    return None


def _city_name_only(sp: Span, votes: dict[str, float], pooled_rules: dict[tuple[str, str], tuple[float, str]]) -> bool:
    """Whether nothing but the gazetteer's list of cities made ``sp`` a place (no "in X", no country)."""
    return (sp.place is not None and sp.place.kind == CITY and not sp.demonym and len(sp.words) == 1
            and set(votes) == {PLACE} and pooled_rules.get((sp.text, PLACE), (0.0, ""))[1] == "gazetteer-place")


class _People(NamedTuple):
    """The names the article types as people's, indexed once for the tests of :func:`_person_form`."""

    names: set[str]
    surnames: set[str]  # every word of a name but its first
    # Each leading or trailing part of a name that ends or starts at a space ("Ada Brisk" -> "Ada", "Brisk"),
    # with the most words of a name it is part of.
    parts: dict[str, int]

    @classmethod
    def of(cls, names: set[str]) -> "_People":
        parts: dict[str, int] = {}
        for name in names:
            n = len(name.split())
            at = name.find(" ")
            while at >= 0:
                for part in (name[:at], name[at + 1:]):
                    if parts.get(part, 0) < n:
                        parts[part] = n
                at = name.find(" ", at + 1)
        return cls(names, {w for p in names for w in p.split()[1:]}, parts)


def _person_form(sp: Span, people: _People, lex: Lexicon) -> bool:
    """An unvoted name that is a short, fuller or variant form of a person's the article names."""
    words = sp.words
    # A lone surname or given+surname short form of a known person.
    if len(words) == 1 and words[0] in people.surnames:
        return True
    if len(words) <= 2 and people.parts.get(sp.text, 0) > len(words):
        return True
    # A fuller form of a known person's name ("Anselmo Tavira dos Reis" beside "Anselmo Tavira"),
    # or a variant sharing the surname ("Orin Tallis" beside "Orrin Tallis").
    if not 1 < len(words) <= 5:
        return False
    text = sp.text
    at = text.find(" ")
    while at >= 0:
        if text[:at] in people.names:
            return True
        at = text.find(" ", at + 1)
    return words[-1] in people.surnames and words[-1].lower() not in lex.common_words \
        and lex.org_heads.isdisjoint(words)


# Heads of natural features and airports, whose names the text also writes alone ("the Ferrow" for the Ferrow River).
_FEATURE_HEADS = frozenset({"River", "Mountains", "Mountain", "Valley", "Island", "Islands", "Peninsula", "Desert",
                            "Glacier", "Creek", "Canyon", "Plateau", "Basin", "Delta", "Lagoon", "Airport"})


def _place_cores(cands: list[Span], lex: Lexicon) -> set[str]:
    """The bare names of an article's place-shaped names: "Ferrow" of "Mt. Ferrow" or "Ferrow River"."""
    cores = set()
    for sp in cands:
        words = sp.words
        if len(words) < 2 or sp.rules.get(PLACE, (0.0, ""))[1] != "place-head":
            continue
        if words[0] in lex.place_prefixes:
            cores.add(" ".join(words[1:]))
        elif words[-1] in _FEATURE_HEADS:
            cores.add(" ".join(words[:-1]))
    return cores


def _maker_prefixed(sp: Span, orgs: set[str], pooled: dict[str, dict[str, float]], lex: Lexicon) -> bool:
    """A name no cue typed that starts with an organization's name: its product ("Ombrel Zentra").

    Not when the rest could name a company, a place or another organization
    ("Ombrel Motors", "Ombrel Kenya", "Ombrel Vantis").
    """
    words = sp.words
    for k in range(1, len(words)):
        head, rest = " ".join(words[:k]), words[k:]
        if head not in orgs or head.isupper():
            continue  # "KTV Two", "XRT Delmar Line": acronyms prefix their units, not products
        return not any(w in lex.org_heads or w.rstrip(".").lower() in lex.legal_suffixes or w in lex.places
                       or w in lex.demonyms or w in orgs or w in pooled and _best(pooled[w]) == ORG
                       for w in rest)
    return False


def _list_kinds(cands: list[Span], best: dict[str, str | None],
                chains: list[list[int]], lex: Lexicon) -> dict[int, str]:
    """Unvoted members of a list typed like the rest: "Jo Bloggs, Quinn Arvel and Tam Sorrel" are people.

    Two typed members that agree are needed, with none typed otherwise; in a pair, the typed one must be
    a person's full name and the other look like one.
    """
    out: dict[int, str] = {}
    for chain in chains:
        if len(chain) < 2:
            continue  # a name alone is no list (most chains)
        kinds = [best[cands[k].text] for k in chain]
        typed = [kd for kd in kinds if kd is not None]
        if not typed or len(set(typed)) > 1 or typed[0] not in (PERSON, PRODUCT):
            continue
        kind = typed[0]
        if len(typed) < 2 and not (len(chain) == 2 and kind == PERSON
                                   and all(len(cands[k].words) >= 2 for k in chain)):
            continue
        out.update({k: kind for k, kd in zip(chain, kinds) if kd is None
                    and (kind != PERSON or _person_like(cands[k].words, lex))})
    return out


def _person_like(words: list[str], lex: Lexicon) -> bool:
    """Words that may be a person's name: no digits, no "of", not all vocabulary ("Wooden Stars")."""
    return not any(any(c.isdigit() for c in w) or w in ("of", "the", "for", "and") for w in words) \
        and not all(w.lower() in lex.common_words or w.lower()[:-1] in lex.common_words for w in words)


def _mention(sp: Span, kind: str, conf: float, rule: str) -> Mention:
    subtype = None
    if kind == PLACE and sp.place is not None:
        subtype = sp.place.kind if sp.place.kind != "Region" else None
    return Mention(sp.start, sp.end, sp.text, kind, rule, round(conf, 2), subtype)


def _rule_for(sp: Span, kind: str, pooled: dict[tuple[str, str], tuple[float, str]]) -> str:
    """The rule that typed a span: its own strongest cue, else the one that typed its surface form."""
    if kind in sp.rules:
        return sp.rules[kind][1]
    if (sp.text, kind) in pooled:
        return pooled[(sp.text, kind)][1] + "-same-name"
    return "person-short-form" if kind == PERSON else "org-fallback"


def _best(votes: dict[str, float]) -> str | None:
    """The kind with the most votes (the first of equals), if positive."""
    if not votes:
        return None
    kind = max(votes, key=votes.__getitem__)
    return kind if votes[kind] > 0 else None


_GEO_WORDS = frozenset("""
north south east west northern southern eastern western central far near middle upper lower greater new
lake river mount mountain mountains city county province state island islands bay sea ocean pole valley
district region coast gulf strait cape peninsula desert forest park street square bridge of the
""".split())

_BUSINESS_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+to\s+)?(?:announced|announces|plans|planned|agreed|agrees|"
    r"acquires|acquired|buys|bought|reported|reports|posted|posts|shares|stock|launched|launches|unveiled|"
    r"unveils|cut|cuts|hired|sold|sells|merged|invested|invests|"
    # ... and what a company does, no person ("Ostrel operates 40 stores", "Ostrel was founded in 1990"; a
    # person owns, advises and signs too)
    r"operates|operated|employs|employed|supplies|supplied|"
    r"was\s+(?:founded|established|incorporated|formed|set\s+up)\s+(?:in|on)\b|"
    # ... a product's maker: "Ostrel released ...", "Ostrel began shipping ..." (a person's surname alone at a
    # sentence's start is one the article named in full before, which types it)
    r"released|releases|introduced|introduces|debuted|debuts|recalled|recalls|shipped|ships|"
    r"(?:began|begins|started|starts)\s+(?:selling|shipping|offering|producing|making)|"
    # ... a company's rivals, partners and backers: "Ostrel competes with", "Ostrel teamed up with", "Ostrel
    # raised $5 million", "Ostrel, which competes with", "Ostrel is backed by"
    r"competes|competed|partnered|teamed\s+up|joined\s+forces|(?:is|was)\s+backed\s+by|"
    r"(?:raised|raises)\s+(?:[$€£¥]|\d|(?:about|nearly|almost|over|more\s+than|some)\s+[$€£¥\d]|funding|capital)|"
    r"faces\s+(?:[a-z]+\s+)?competition|(?:formed|signed|struck)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:partnership|alliance|joint\s+venture|deal|agreement))\b"
    r"|\s*,\s*which\s+(?:competes|partnered|raised)\b")
# "TrevaCorp advised ...": a capital inside a word shapes a name, not a word; "McBrannock", "DiNapoli" a surname.
_CAMEL_NAME = re.compile(r"(?!(?:Mc|Mac|O'|Di|De|Le|La|Van|Von|Du)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*$")


# Heads of posts and ranks beyond the lexicon's business roles and occupations.
_POST_HEADS = frozenset("""
coordinator correspondent speaker general governor commander admiral colonel major captain lieutenant sergeant
officer secretary minister councillor councilor commissioner ambassador envoy deputy assistant associate brigadier
vice chief
""".split())


def _role_phrase(words: list[str], lex: Lexicon) -> bool:
    """Capitalised words that name a post: a role or occupation head after vocabulary words only."""
    if len(words) == 1 and "-" not in words[0]:
        return False  # a post is two words or more
    words = [part for w in words for part in w.split("-")]  # "Governor-General"
    head = words[-1].lower()
    if len(words) < 2 or not (head in lex.roles or head in lex.person_nouns or head in _POST_HEADS):
        return False
    return all(_common_word(w, lex) or w.lower() in _POST_HEADS for w in words[:-1]) \
        and not any(w in ("of", "and", "for") for w in words)


def _common_word(word: str, lex: Lexicon) -> bool:
    """A word of the vocabulary, or its plural ("Trustees", "Secretaries")."""
    w = word.lower()
    return w in lex.common_words or (w.endswith("s") and (
        w[:-1] in lex.common_words or (w.endswith("es") and w[:-2] in lex.common_words)
        or (w.endswith("ies") and w[:-3] + "y" in lex.common_words)))


# Personal pronouns that stand in titles of songs, books and shows, never in a body's name.
_TITLE_PRONOUNS = frozenset({"My", "Me", "You", "Your", "It", "We", "Our", "She", "He", "Him", "They", "Them"})
# Words for a kind of person: students of a country, lovers of a culture, a country's men.
_PERSON_KIND_WORD = re.compile(r"\w{3,}(?:ologists?|philes?|phobes?|[a-z](?:men|man|women|woman))")


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)


def _source_or_actor(sp: Span) -> bool:
    """A name cited as a source ("according to X") or doing business ("X announced"): a body, in news."""
    s = sp.sentence
    before = s.text[max(0, sp.start - s.start - 20):sp.start - s.start]
    return bool(_ACCORDING_TO.search(before) or _BUSINESS_VERB_AFTER.match(s.text[sp.end - s.start:][:40]))


# Offices held "of" a place or body (besides roles, person nouns and noble titles): "Bishop of Tarn".
_OFFICES_OF = frozenset({"fellow", "regent", "bishop", "archbishop", "duke", "duchess", "earl", "baron", "viscount",
                         "marquess", "count", "countess", "lord", "lady", "selectmen", "dean", "rector", "provost"})


def _post_of(words: list[str], lex: Lexicon) -> bool:
    """A post of a place or body: "Bishop of Tarn", "Duke of Vessel", "Emperor Norvald of Tarn"."""
    if "of" not in words or words[0] == "of":
        return False
    first = words[0].lower()
    return first in lex.roles or first in lex.person_nouns or first in _POST_HEADS or first in _OFFICES_OF \
        or words[0] in lex.noble_titles or words[0].rstrip(".") in lex.honorifics


# A lone unknown word read as a time ("after Brexit.", "since Covid,", "pre-Covid levels"): no company.
_EVENT_BEFORE = EndPattern(r"(?:\b(?:after|before|since|during|amid)\s+|\b(?:pre|post|anti|pro)-)$")
# (not in a list of names: "second after Tarvik, Ombrel and Quill")
_EVENT_AFTER = re.compile(r"\s*(?:,(?!\s*[A-Z])|[.;:)]|\s(?:and|or)\s+[a-z]|-|\s+(?:levels?|era|times|years|rules|vote|talks)\b|$)")


def _fallback(sp: Span, lex: Lexicon, name_words: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, float]:
    """A capitalised span no cue typed: in business news, most often an organization.

    ``name_words`` are the words of the article's longer names: a plural of one names a group
    ("the Tessiers" beside "Hal Tessier"), not a common noun.
    """
    words = sp.words
    if sp.initial and len(words) == 1:
        after = sp.sentence.text[sp.end - sp.sentence.start:][:40]
        plural_noun = words[0].endswith("s") and words[0][:-1].lower() in lex.common_words
        if not plural_noun and (_BUSINESS_VERB_AFTER.match(after) or _CAMEL_NAME.match(words[0])):
            return ORG, 0.5  # "Ostrel plans to buy ...", "Ostrel said on Friday ..."
        return None, 0.0
    if len(words) == 1 and (words[0].lower() in lex.common_words or _common_word(words[0], lex)
                            and words[0].rstrip("s") not in name_words and words[0][:-2] not in name_words) \
            and not _TWO_CAPITALS.search(words[0]):
        return None, 0.0  # "Internet", "Photo", "Trustees": capitalised words, not names
    if _role_phrase(words, lex) or _post_of(words, lex):
        return None, 0.0  # "Production Coordinator", "Governor General", "Bishop of Tarn": a post, not a body
    if len(words) == 1 and _PERSON_KIND_WORD.search(words[0]):
        return None, 0.0  # "Sinologist", "Francophile", "Irishmen": a kind of person, not a body
    if len(words) == 1 and words[0] in lex.given_names and words[0] not in name_words \
            and not _TWO_CAPITALS.search(words[0]) and not _source_or_actor(sp):
        return None, 0.0  # "Joan", "Oscar": a lone given name is nobody's organization
    if len(words) < 2:
        a, b = sp.start - sp.sentence.start, sp.end - sp.sentence.start
        if _EVENT_AFTER.match(sp.sentence.text, b) and _EVENT_BEFORE.search(sp.sentence.text[max(0, a - 12):a]):
            return None, 0.0  # "sales fell after Brexit, ...", "post-Brexit rules": an event or era, no company
        return ORG, 0.5
    # A country or city among common words makes a name ("Air Moldova"), unless the words
    # are geography ("Lake Chad", "City of London", "Far East").
    geographic = any(w.lower() in _GEO_WORDS for w in words)
    if all((w.lower() in lex.common_words and (geographic or w not in lex.places)) or w in lex.connectors
           for w in words) and (lex.org_heads.isdisjoint(words) or words[-1] == "Industry"):
        return None, 0.0
    return ORG, 0.5
