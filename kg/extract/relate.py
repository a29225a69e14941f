"""Relating mentions: masking each sentence and applying the relation rules.

Each sentence becomes a string whose mentions are typed slots
("⟨P0⟩, new CEO of ⟨O1⟩"). Light coreference adds slots too: "the
company" (and "the Korean e-commerce giant") is the article's focal
organization; "he"/"she" is the person named last before it in its sentence,
else the first person of the last sentence naming one; "its" before a title
("said its chairman, Jo Bloggs") is the organization the sentence means, and
so is a subject "it" after one ("Acme has grown since it bought Beta").
A name's non-restrictive relative clause ("Acme, which makes pumps, bought
Beta") is read a second time without it, so that rules see the name beside
its verb.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from operator import attrgetter

from kg.extract.gazetteer import Lexicon
from kg.extract.patterns import SLOT_TOKEN, Rule
from kg.extract.prefilter import Masked, Screenable, text_words
from kg.extract.reverse import EndPattern
from kg.extract.rules import EMITTERS, SENTENCE_EXTRACTORS, RuleSet
from kg.model import ORG, PERSON, PLACE, PRODUCT, Article, Entity, Evidence, Fact, Membership, Mention, Sentence

LETTER = {ORG: "O", PERSON: "P", PLACE: "L", PRODUCT: "R"}
_START = attrgetter("start")


@dataclass(slots=True)  # a sentence makes one per mention and reference
class Slot:
    """One masked stretch of a sentence: a mention or a resolved reference."""

    key: str
    kind: str
    start: int
    end: int
    text: str
    letter: str
    anaphor: bool = False


@dataclass
class Context:
    """What an emitter sees: the sentence, its slots, the article's entities, the outputs."""

    article: Article
    sentence: Sentence
    slots: list[Slot]
    masked: str
    entities: dict[str, Entity]
    focal: str | None
    lex: Lexicon
    facts: list[Fact] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    # The memberships earlier sentences stated ("Bloggs will be replaced by Al Smith" takes Bloggs's post from them).
    earlier: list[Membership] = field(default_factory=list)
    # Whether the article's headline or lead names the focal organization: a bare title's owner is a guess otherwise.
    focal_titled: bool = False
    # What the screens test of the sentence (prefilter.text_words) and of the masked text
    # (prefilter.Masked), made once for every screen that reads them; None lets every gated pattern run.
    words: frozenset[str] | None = None
    masked_words: Screenable = None
    # The two sentences before, masked, with their slots: an officer one names by title only may be named here.
    prev: tuple[tuple[str, list[Slot]], ...] = ()
    # Where the sentence just before starts (-1 for the first): a post given two sentences back may be told of here.
    before_start: int = -1

    def evidence(self, rule: str, confidence: float) -> Evidence:
        s = self.sentence
        return Evidence(s.text, s.start, s.end, rule, confidence)

    def slot(self, index: str | int | None) -> Slot | None:
        if index is None:
            return None
        i = int(index)
        return self.slots[i] if 0 <= i < len(self.slots) else None

    def add(self, subject: str, predicate: str, obj: object, rule: str, confidence: float) -> None:
        if subject == obj:
            return
        self.facts.append(Fact(subject, predicate, obj, self.evidence(rule, confidence)))  # type: ignore[arg-type]

    def nearest(self, kind: str, before: int | None = None, exclude: set[str] | None = None) -> str | None:
        """The key of the closest ``kind`` slot before masked position ``before`` (or any)."""
        exclude = exclude or set()
        best = None
        for m in SLOT_TOKEN.finditer(self.masked):
            slot = self.slots[int(m.group(2))]
            if slot.kind != kind or slot.key in exclude:
                continue
            if before is None or m.start() < before:
                best = slot.key
        return best


def focal_org(article: Article, entities: dict[str, Entity]) -> str | None:
    """The organization the article is about: most mentioned, the title counting double."""
    counts: Counter[str] = Counter()
    title_end = article.body_start
    for key, ent in entities.items():
        if ent.kind != ORG:
            continue
        for m in ent.mentions:
            counts[key] += 2 if m.start < title_end else 1
    if not counts:
        return None
    first = {k: min(m.start for m in entities[k].mentions) for k in counts}
    return max(counts, key=lambda k: (counts[k], -first[k]))


def _anaphors(sentence: Sentence, lex: Lexicon, words: frozenset[str] | None = None
              ) -> list[tuple[int, int, str, int]]:
    """(head start, head end, what, phrase start) of each reference in the sentence (``words``: its text_words)."""
    out = []
    cues = lex.cues
    for m in (cues.anaphor.finditer(sentence.text) if cues.anaphor_gate.holds_in(words) else ()):
        out.append((sentence.start + m.start("head"), sentence.start + m.end("head"), "org",
                    sentence.start + m.start()))
    for m in cues.pronoun.finditer(sentence.text):
        out.append((sentence.start + m.start(), sentence.start + m.end(), "person", sentence.start + m.start()))
    return out


_IT = re.compile(r"\s*(Its?)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:also\s+)?(?:thought|said|believed|expected|reported|"
                 r"likely|unclear|possible|important|true|estimated|hoped|feared|time|unknown|understood)\b)")


# "Since 2015 it has been a division of Beta", "In 1990, it was renamed": a subject "it" after a short
# fronted time phrase is what a sentence-initial "It" would be (so after "Introduced in 2021," of a product).
_FRONTED_IT = re.compile(
    r"(?:In|Since|From|By|Until|After|Before|During|Between|Later|Eventually|Subsequently|Originally|Today|Now|"
    r"Currently|Then|(?:First\s+)?(?:Introduced|Released|Launched|Unveiled)\s+(?:in|on)|"
    # ... or when it was set up: "Founded in 2015, it is backed by ..."
    r"(?:Founded|Established|Formed|Incorporated)\s+in|"
    # ... or a fronted participle of where it is: "Based in Prato, it was bought by ..."
    r"(?:Based|Headquartered|Located)\s+in)\b[^,;:()]{0,30}?,?\s+(it)\b(?=\s+(?:(?:also|then|later|now|still|first|was|is|has|had|"
    r"became|becomes|remained|remains)\b))"
    r"(?!\s+(?:is|was)\s+(?:not\s+)?(?:also\s+)?(?:thought|said|believed|expected|reported|likely|unclear|possible|"
    r"important|true|estimated|hoped|feared|time|unknown|understood)\b)")
# ... and so is its seat: "Acme is a unit of Beta. Its headquarters are in Oslo" (Acme's).
# ... and so are its rivals and subsidiaries: "Acme bought Beta in 2008. Its main competitors are Gamma and Delta"
# (Acme's).
_ITS_SEAT = re.compile(r"Its\s+(?:(?:global|corporate|main|registered|current|chief|closest|biggest|largest|principal|"
                       r"primary|key|major|direct|nearest|fiercest|other)\s+){0,2}"
                       r"(?:headquarters|head\s+office|rivals?|competitors?|subsidiaries|divisions)\b")
_COMMA_GAP = re.compile(r"\.?\s*,\s*")
# Between a demonym and the name it describes: "Danish pump maker Kollby", "Danish Kollby".
_FEW_WORDS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")
_APPOSED_NAME = re.compile(r",\s*")
# A lower-case noun right before a name: "regional carrier Tern Air", "the lender Beta". Matched on the
# text before the name read backwards ("(?<![\w'’-])([a-z]+)\s+$" reversed), as EndPattern does: one
# anchored match instead of a search from the sentence's start.
_NOUN_BEFORE_BACK = re.compile(r"\s+([a-z]+)(?![\w'’-])")


def _noun_before(text: str, end: int) -> str | None:
    """The lower-case word ``text[:end]`` ends in, before white space, if it stands alone (no "x-" or "'s")."""
    m = _NOUN_BEFORE_BACK.match(text[end - 1::-1] if end > 0 else "")
    return m.group(1)[::-1] if m else None
# What follows a subject "it": a verb, not an impersonal "it is expected that".
_IT_VERB = (r"(?=\s+(?:(?:also|then|later|now|still|recently|already|previously|first|finally)\s+)?"
            r"(?:would|will|had|has|have|could|can|may|might|should|must|plans?|planned|intends?|intended|expects?|"
            r"aims?|aimed|agreed|agrees|wants?|wanted|hopes?|hoped|bought|sold|took|made|won|lost|became|began|built|"
            r"paid|struck|held|led|owns|makes|sells|buys|operates|controls|competes|"
            # ... a progressive: "said on Monday it was recalling 40,000 cars", "it is developing a chip"
            r"(?:is|was)\s+(?:now\s+|also\s+|still\s+)?(?!being\b)[a-z]{3,}ing|"
            r"(?!(?:seemed|needed)\b)[a-z]+ed)\b)")
# "it" as a clause's subject.
_SUBJECT_IT = re.compile(r"(?<=[a-z,] )it" + _IT_VERB)
# "it" as a founding's object ("Jo Bloggs founded it in 1921"): an organization.
_FOUNDED_IT = re.compile(r"\b(?:co-?)?(?:founded|established)\s+(it)\b")
# A subject "it" after a short time adverbial that opens the sentence ("Last year it formed ...",
# "Earlier this year it bought ..."): the sentence opens with it as much as with "It".
_LEAD_IT = re.compile(r"\s*(?:Earlier|Later|Last|This|In|On|Since|Previously|Recently|Separately|Meanwhile|Today|"
                      r"Yesterday|Next)(?:\s+(?:[a-z]+|\d{1,4}s?|[A-Z][a-z]+day|January|February|March|April|May|"
                      r"June|July|August|September|October|November|December)){1,3}\s*,?\s+(it)" + _IT_VERB)


# A deal verb just before a reference: its object ("bought the company out", "took a stake in the firm").
_DEAL_OBJECT = EndPattern(r"\b(?:bought|buys|acquired|acquires|purchased|took\s+over|takes\s+over|took\s+control\s+of|"
                          r"merged\s+with|invested\s+in|stakes?\s+in|sued)\s+(?:the\s+)?$")


def build_slots(sentence: Sentence, mentions: list[Mention], key_of: dict[tuple[int, int], str],
                entities: dict[str, Entity], focal: str | None, last_person: str | None,
                lex: Lexicon, prev_subject: str | None = None, prev_orgs: frozenset[str] = frozenset(),
                words: frozenset[str] | None = None, focal_in_title: bool = False,
                recent: tuple[str, ...] = (), described: dict[str, str] | None = None,
                by_demonym: dict[str, str] | None = None) -> tuple[list[Slot], str | None]:
    """The sentence's slots in order, and the person a "he" in the next sentence means.

    A sentence opening with "It"/"Its" continues the previous sentence's
    subject when that was an organization: "Acme is a maker of tools. It was
    founded in 1990." Impersonal "It is thought/said/likely..." is left alone.
    A possessive "Its" ("Its chief executive, ...") does so only when the subject
    was the one organization that sentence named (``prev_orgs``): after "Acme is a
    unit of Beta", "Its brands" may be either's.
    ``words`` (the sentence's ``prefilter.text_words``) lets the reference
    pattern be skipped where none of its head nouns occurs. ``focal_in_title``: the article's
    headline or lead sentence names the focal organization. ``recent``: the organizations earlier
    sentences named, the last named last. ``described``: the organizations the previous sentence named
    right after a head noun ("regional carrier Tern Air"), by that noun.
    """
    slots: list[Slot] = []
    for m in mentions:
        key = key_of.get((m.start, m.end))
        if key is None:
            continue
        letter = LETTER[m.kind]
        if m.kind == PLACE and m.rule.startswith("gazetteer-demonym"):
            letter = "D"
        slots.append(Slot(key, m.kind, m.start, m.end, m.text, letter))
    if slots:
        _name_with_head(sentence, slots, entities, lex)
    taken = [(s.start, s.end) for s in slots]
    it = _IT.match(sentence.text)
    if it is None and "it " in sentence.text:
        it = _LEAD_IT.match(sentence.text) or _FRONTED_IT.match(sentence.text)
        if it is not None and any(s.start < sentence.start + it.start(1) and s.kind != PLACE for s in slots):
            it = None  # a name before it may be what "it" means (a place's is not)
    # ... but an officer ("Its chairman, Jo Bloggs, said") is the subject's, whatever else it named.
    if it and it.group(1) == "Its" and prev_orgs - {prev_subject} \
            and not lex.cues.its_role.match(sentence.text, it.start(1)) \
            and not _ITS_SEAT.match(sentence.text, it.start(1)):
        it = None
    prev_kind = entities.get(prev_subject, Entity("", "", "")).kind if it and prev_subject else None
    # ... and a product's: "Zorb is a racing game published by Ombrel. It was developed by Tarvik Games."
    if prev_kind in (ORG, PRODUCT):
        slots.append(Slot(prev_subject, prev_kind, sentence.start + it.start(1), sentence.start + it.end(1),
                          it.group(1).lower(), LETTER[prev_kind], anaphor=True))
        taken.append((sentence.start + it.start(1), sentence.start + it.end(1)))
    # "Zorb is a racing game by Ombrel. The game was first released in 2011.": an opening "The" and a product
    # noun is the previous sentence's product subject.
    if it is None and prev_subject and sentence.text.startswith("The ") \
            and entities.get(prev_subject, Entity("", "", "")).kind == PRODUCT \
            and (ref := lex.cues.product_anaphor.match(sentence.text)) is not None \
            and not any(s.start < sentence.start + ref.end() for s in slots):
        slots.append(Slot(prev_subject, PRODUCT, sentence.start, sentence.start + ref.end(), ref.group(0),
                          LETTER[PRODUCT], anaphor=True))
        taken.append((sentence.start, sentence.start + ref.end()))
    its_org, its_org_at = (prev_subject, sentence.start + it.start(1)) if prev_kind == ORG and it.group(1) == "Its" \
        else (None, 0)
    for start, end, what, phrase in _anaphors(sentence, lex, words):
        if any(a < end and start < b for a, b in taken):
            continue
        # "Ostrel, the handset maker based in ...": an appositive names its organization.
        # "The Korean carmaker Hanvo", "the weekly magazine Zorb": a descriptor of the name
        # after it, no reference.
        if what == "org" and any(s.kind in (ORG, PRODUCT) and not s.anaphor and s.start >= end
                                 and not sentence.text[end - sentence.start:s.start - sentence.start].strip()
                                 for s in slots):
            continue
        # "part of the Vossberg group": a name right before "group" is the group (not so a category noun:
        # "acquire the Tarn network" reads as the name's network).
        if what == "org" and sentence.text[start - sentence.start:end - sentence.start] == "group" and any(s.kind == ORG and not s.anaphor and phrase <= s.start < start
                                 and not sentence.text[s.end - sentence.start:start - sentence.start].strip()
                                 for s in slots):
            continue
        # "The lender, Skarv Bank, said": an opening reference set off by its name in commas is that name.
        if what == "org" and phrase - sentence.start <= 4 and any(
                s.kind == ORG and not s.anaphor and _APPOSED_NAME.fullmatch(sentence.text, end - sentence.start,
                                                                          s.start - sentence.start)
                and sentence.text[s.end - sentence.start:s.end - sentence.start + 1] == "," for s in slots):
            continue
        named = [s for s in slots if s.kind == ORG and not s.anaphor
                 and _COMMA_GAP.fullmatch(sentence.text[s.end - sentence.start:phrase - sentence.start])]
        # "Its chief executive said the airline would ...": the sentence's opening "Its" says whose
        # (unless another organization is named between them).
        ref = named[0].key if named else its_org if its_org and not any(
            s.kind == ORG and not s.anaphor and its_org_at < s.start < start for s in slots) else focal
        # "... agreed to buy regional carrier Tern Air. The carrier, founded in 1998, ...": an opening
        # reference by the noun the previous sentence put before a name is that name.
        if what == "org" and not named and described and phrase - sentence.start <= 4:
            ref = described.get(sentence.text[start - sentence.start:end - sentence.start].lower(), ref)
        # "The Danish firm" after "Danish pump maker Kollby": a reference with a demonym is the organization
        # the article last named with it, not the article's organization.
        if what == "org" and not named and by_demonym:
            ref = next((by_demonym[s.key] for s in slots if s.letter == "D" and phrase <= s.start < start
                        and s.key in by_demonym), ref)
        # "In 2019 Kingfisher bought the company out": a deal's object is not its subject (that would
        # be "itself"), but the last other organization the article named.
        if what == "org" and ref and recent \
                and any(s.key == ref and s.kind == ORG and not s.anaphor and s.end <= start for s in slots) \
                and _DEAL_OBJECT.search(sentence.text[:start - sentence.start]):
            ref = next((k for k in reversed(recent) if k != ref), None)
        if what == "org" and ref:
            slots.append(Slot(ref, ORG, start, end, sentence.text[start - sentence.start:end - sentence.start],
                              "O", anaphor=True))
        elif what == "person":
            prior = [s for s in slots if s.kind == PERSON and s.end <= start and not s.anaphor]
            ref = prior[-1].key if prior else last_person
            # "With his brother-in-law Al Smith he founded Acme": the one a fronted phrase names as his
            # kin or partner is not "he", who is the one "his" refers to.
            if len(prior) == 1 and last_person and _FRONTED_KIN.match(sentence.text, 0, prior[0].start - sentence.start):
                ref = last_person
            if ref:
                slots.append(Slot(ref, PERSON, start, end, "he", "P", anaphor=True))
    slots.sort(key=_START)
    if "its" in sentence.text:
        named = len(slots)
        for m in lex.cues.its_role.finditer(sentence.text, 1):
            start = sentence.start + m.start()
            # The article's organization, as a last resort, only when its headline names it.
            ref = _its_ref(sentence, slots, start, prev_subject, entities, focal if focal_in_title else None)
            if ref is not None and not any(s.start <= start < s.end for s in slots):
                slots.append(Slot(ref, ORG, start, start + 3, "its", "O", anaphor=True))
        if len(slots) > named:
            slots.sort(key=_START)
    if " it " in sentence.text:
        named = len(slots)
        # A mid-sentence subject "it" ("Acme has grown since it bought Beta", "said on Monday that it
        # had partnered with Beta") means what a mid-sentence "its" would.
        for m in _SUBJECT_IT.finditer(sentence.text, 1):
            start = sentence.start + m.start()
            # Only after an organization in the sentence: "After it bought Beta, Acme ..." looks ahead.
            if not any(s.kind == ORG and s.end <= start for s in slots):
                continue
            ref = _its_ref(sentence, slots, start, prev_subject, entities, None)
            if ref is not None and not any(s.start <= start < s.end for s in slots):
                slots.append(Slot(ref, ORG, start, start + 2, "it", "O", anaphor=True))
        if len(slots) > named:
            slots.sort(key=_START)
    if " it" in sentence.text and (founded := list(_FOUNDED_IT.finditer(sentence.text))):
        for m in founded:
            start = sentence.start + m.start(1)
            ref = _its_ref(sentence, slots, start, prev_subject, entities, focal if focal_in_title else None)
            if ref is not None and not any(s.start <= start < s.end for s in slots):
                slots.append(Slot(ref, ORG, start, start + 2, "it", "O", anaphor=True))
        slots.sort(key=_START)
    # The next sentence's "he" is this one's first person, its subject more often than not
    # ("Jo Bloggs was a minister in Al Smith's cabinet. He later ran Acme."), itself maybe a "he".
    persons = [s.key for s in slots if s.kind == PERSON]
    return slots, persons[0] if persons else last_person


# The word after a name that may end an organization's name in lower case: "the Ostrava group".
_HEAD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _name_with_head(sentence: Sentence, slots: list[Slot], entities: dict[str, Entity], lex: Lexicon) -> None:
    """Read a place or person slot and the organization head noun after it as the organization so named.

    "Ostrava group chairman Karel Novak" in an article naming the Ostrava Group: the town's (or a
    namesake's) name and "group" spell the organization, whose officer follows. Only an organization
    the article names with those very words (any case) counts.
    """
    for i, slot in enumerate(slots):
        if slot.kind == ORG:
            continue
        at = slot.end - sentence.start
        head = _HEAD_AFTER.match(sentence.text, at)
        if head is None or head.group(1).capitalize() not in lex.org_heads:
            continue
        if i + 1 < len(slots) and slots[i + 1].start < sentence.start + head.end():
            continue
        name = f"{slot.text} {head.group(1)}".lower()
        org = next((e for e in entities.values() if e.kind == ORG
                    and any(a.lower() == name for a in (e.label, *e.aliases))), None)
        if org is not None:
            slots[i] = Slot(org.key, ORG, slot.start, sentence.start + head.end(),
                            slot.text + sentence.text[at:head.end()], "O")


# "Acme and its chairman", "Acme, its chairman": not ", and its" (a new clause, about the subject).
_COORDINATED = re.compile(r"\.?\s*(?:,|\sand)\s+")
# Not "of": "Shares of Acme fell after its chief executive ..." is about Acme.
_PREPOSITION_END = EndPattern(r"\b(?:at|in|for|from|with|by|to|on|about|against|than|like)\s+(?:the\s+)?$", re.I)


def _after_preposition(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a preposition ("... analysts at (the) "), read backwards from ``end``."""
    return _PREPOSITION_END.search_reversed(text[end - 1::-1] if end > 0 else "")


def _its_ref(sentence: Sentence, slots: list[Slot], at: int, prev_subject: str | None,
             entities: dict[str, Entity], focal: str | None) -> str | None:
    """The organization a mid-sentence "its" (before a title) stands for, if the sentence says.

    The organization it follows ("Acme and its chairman", "Acme, its chief executive"); else the
    sentence's subject when an organization ("Acme said on Monday that its chairman ..."); else the
    one organization named before it ("Jo Bloggs, who founded Acme, remains its chief executive");
    with none named before (but in prepositional phrases), the previous sentence's organization
    subject, else the article's. Several organizations before it and none the subject: no guess.
    """
    before = [s for s in slots if s.end <= at]
    orgs = [s for s in before if s.kind == ORG]
    text = sentence.text
    if orgs and before[-1] is orgs[-1] and _COORDINATED.fullmatch(text, orgs[-1].end - sentence.start,
                                                                  at - sentence.start):
        return orgs[-1].key
    # An organization in a prepositional phrase ("Analysts at Acme said its ...") is no one's antecedent.
    free = [s for s in orgs if not _after_preposition(text, s.start - sentence.start)]
    actors = [s for s in before if s.kind in (ORG, PERSON)]
    if actors and free and actors[0] is free[0]:
        return free[0].key
    if len({s.key for s in free}) == 1:
        return free[0].key
    if free:
        return None
    if prev_subject and entities.get(prev_subject, Entity("", "", "")).kind == ORG:
        return prev_subject
    return focal


# A sentence's opening phrase naming someone by kinship to a pronoun's referent: "With his brother-in-law ".
_FRONTED_KIN = re.compile(r"(?:With|Together\s+with|Along\s+with|Alongside)\s+(?:his|her)\s+(?:[a-z][\w-]*\s+){1,3}$")


# Abbreviations whose period belongs to the name ("Acme Corp. said"), besides legal suffixes.
_NAME_ABBREVIATIONS = frozenset({"co", "cos", "bros", "jr", "sr", "intl", "mfg", "assn"})


def _abbreviation_period(sentence: Sentence, slot: Slot, lex: Lexicon) -> bool:
    """Whether the "." right after ``slot`` ends an abbreviated name, not the sentence."""
    at = slot.end - sentence.start
    if sentence.text[at:at + 1] != "." or not sentence.text[at + 1:].strip():
        return False
    last = slot.text.rsplit(None, 1)[-1].lower()
    return last in _NAME_ABBREVIATIONS or last in lex.legal_suffixes


# A form of address before a person's name, outside the mention: part of how the person is named.
_HONORIFIC_END = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.")


def _honorific_end(before: str) -> re.Match[str] | None:
    """``_HONORIFIC_END.search(before)``, searched only where the text ends in one (it would try every position)."""
    return _HONORIFIC_END.search(before) if before.rstrip().endswith(_HONORIFICS) else None


def mask(sentence: Sentence, slots: list[Slot], lex: Lexicon | None = None) -> str:
    """The sentence with each slot replaced by its ⟨letter index⟩ token.

    The period of "Acme Corp." goes into the slot, so that "⟨O0⟩ was formed"
    reads as the rules expect.
    """
    text = sentence.text
    base = sentence.start
    parts = []
    pos = 0  # in the text
    for i, s in enumerate(slots):
        before = text[pos:s.start - base]
        if s.letter == "P" and before.endswith(" ") and (h := _honorific_end(before)):
            before = before[:h.start()]  # "chairman Mr. Smith" reads as "chairman Smith"
        parts.append(before)
        parts.append(f"⟨{s.letter}{i}⟩")
        if s.anaphor and s.text == "its":
            parts.append("'s")  # "Its chief executive" reads as "Acme's chief executive" does
        pos = s.end - base
        # (_abbreviation_period's first test, made here: most names are followed by no period)
        if lex is not None and not s.anaphor and text[pos:pos + 1] == "." and _abbreviation_period(sentence, s, lex):
            pos += 1
    parts.append(text[pos:])
    return "".join(parts)


def relate(article: Article, sentences: list[Sentence], mentions: list[Mention],
           key_of: dict[tuple[int, int], str], entities: dict[str, Entity], ruleset: RuleSet,
           words: list[frozenset[str] | None] | None = None) -> tuple[list[Fact], list[Membership]]:
    """Apply every relation rule and sentence extractor to every sentence.

    ``words``: each sentence's ``prefilter.text_words``, when the caller made them already.
    """
    if words is None:
        words = [text_words(s.text) for s in sentences]
    focal = focal_org(article, entities)
    # The headline or the lead sentence names the focal organization (an article without a headline
    # gives no reason for doubt): else the most named organization may not be the one the article is about.
    lead_end = next((s.end for s in sentences if s.start >= article.body_start), article.body_start)
    titled = focal is not None and (not article.body_start
                                    or any(m.start < lead_end for m in entities[focal].mentions))
    screen = ruleset.screen()
    facts: list[Fact] = []
    memberships: list[Membership] = []
    by_sentence: dict[int, list[Mention]] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    si = 0
    for m in ordered:
        while si < len(sentences) and sentences[si].end <= m.start:
            si += 1
        if si < len(sentences):
            by_sentence.setdefault(si, []).append(m)
    last_person: str | None = None
    subject: str | None = None
    orgs: frozenset[str] = frozenset()
    prev: tuple[tuple[str, list[Slot]], ...] = ()
    before_start = -1
    extractors = [fn for name, fn in SENTENCE_EXTRACTORS.items() if name not in ruleset.disabled]
    # Until the article names its most named organization, a reference ("the lender") is to the one it
    # named most so far (the headline counting double): not one it names only later.
    focal_from = min((m.start for m in entities[focal].mentions), default=0) if focal else 0
    so_far: Counter[str] = Counter()
    recent: list[str] = []  # the organizations named so far, the last named last
    described: dict[str, str] = {}
    by_demonym: dict[str, str] = {}  # a demonym's place -> the organization last named right after it
    for i, sentence in enumerate(sentences):
        here = focal
        if focal_from >= sentence.start and so_far:
            here = max(so_far, key=lambda k: (so_far[k], -min(m.start for m in entities[k].mentions)))
        for m in by_sentence.get(i, ()):
            key = key_of.get((m.start, m.end))
            if key is not None and m.kind == ORG:
                so_far[key] += 2 if m.start < article.body_start else 1
        slots, last_person_after = build_slots(sentence, by_sentence.get(i, []), key_of, entities, here,
                                               last_person, ruleset.lexicon, subject, orgs, words[i], titled,
                                               tuple(recent), described, by_demonym)
        described = {}
        for s in slots:
            if s.kind == ORG and not s.anaphor:
                noun = _noun_before(sentence.text, s.start - sentence.start)
                if noun in ruleset.lexicon.org_anaphors:
                    described[noun] = s.key
        for d in slots:
            if d.letter == "D":
                named_after = next((s for s in slots if s.kind == ORG and s.start >= d.end), None)
                if named_after is not None and not named_after.anaphor and _FEW_WORDS.fullmatch(
                        sentence.text, d.end - sentence.start, named_after.start - sentence.start):
                    by_demonym[d.key] = named_after.key
        for s in slots:
            if s.kind == ORG and not s.anaphor:
                if s.key in recent:
                    recent.remove(s.key)
                recent.append(s.key)
        # A sentence's subject is its first name but a demonym's or one in a prepositional phrase
        # ("In Oslo, the Norwegian Acme said ...": Acme; "... won seats in the Tarn alliance": not Tarn).
        # Nor one in an opening prepositional phrase ("Under a plan called "Tarn 2030", the company ...").
        lead = _LEAD_PHRASE.match(sentence.text)
        lead_end = sentence.start + lead.end() if lead else sentence.start
        # A sentence opening with "It"/"Its" is about the previous one's subject, whether or not the
        # pronoun was read as it ("Its largest customer is Beta. It competes with ...": not Beta).
        if subject is None or not (sentence.text[:2] == "It" and _IT.match(sentence.text)):
            subject = next((s.key for s in slots if s.letter != "D" and s.start >= lead_end and not _after_preposition(
                sentence.text, s.start - sentence.start)), None)
        orgs = frozenset(s.key for s in slots if s.kind == ORG)
        masked = mask(sentence, slots, ruleset.lexicon)
        ctx = Context(article, sentence, slots, masked, entities, here, ruleset.lexicon,
                      words=words[i], masked_words=Masked(words[i]), earlier=memberships, focal_titled=titled,
                      prev=prev, before_start=before_start)
        # Only rules whose slots and words the sentence has can match it.
        candidates = screen.candidates_in([s.letter for s in slots], ctx.masked_words)
        for rule in candidates:
            _apply(rule, ctx)  # type: ignore[arg-type]
        if ", wh" in ctx.masked:  # what _without_relative_clauses needs: most sentences have none
            _apply_reduced(candidates, ctx)  # type: ignore[arg-type]
        for fn in extractors:
            fn(ctx)
        facts.extend(ctx.facts)
        memberships.extend(ctx.memberships)
        last_person = last_person_after
        prev = (*prev[-1:], (masked, slots))
        before_start = sentence.start
    return facts, memberships


# An opening prepositional phrase up to its comma: "Under a plan called "Tarn 2030", ".
_LEAD_PHRASE = re.compile(r"(?:Under|After|Before|With|Despite|Following|Through|During|Amid|Unlike|Besides|Beyond)\s"
                          r"[^,;]{1,100}?,\s")


# ", which makes pumps," after a name, up to the next comma: a clause the sentence's verb may follow
# (with the age before it: "Jo Bloggs, 58, who founded Acme, will become chairman").
_RELATIVE_CLAUSE = re.compile(r"(?<=⟩)(?:\s*,\s*(?:aged\s+)?\d{1,3})?\s*,\s*(?:which|who|whose)\s[^,;:()\"“”]{3,120}?,\s*(?=[a-z])")


def _without_relative_clauses(masked: str) -> str | None:
    """The masked sentence without its names' relative clauses, or None when it has none."""
    if ", wh" not in masked:
        return None
    reduced = _RELATIVE_CLAUSE.sub(" ", masked)
    return None if reduced == masked else reduced


def _apply_reduced(rules: list[Rule], ctx: Context) -> None:
    """Apply ``rules`` to the sentence read without its relative clauses; keep only what is new."""
    reduced = _without_relative_clauses(ctx.masked)
    if reduced is None:
        return
    again = replace(ctx, masked=reduced, facts=[], memberships=[])
    for rule in rules:
        _apply(rule, again)
    seen = {(f.subject, f.predicate, f.object) for f in ctx.facts}
    ctx.facts.extend(f for f in again.facts if (f.subject, f.predicate, f.object) not in seen)
    held = {(m.org, m.person, m.roles) for m in ctx.memberships}
    ctx.memberships.extend(m for m in again.memberships if (m.org, m.person, m.roles) not in held)


def _apply(rule: Rule, ctx: Context) -> None:
    masked = ctx.masked
    anchor = rule.anchor
    if anchor is not None and anchor.search(masked) is None:
        return  # no match can lack the anchor
    regex = rule.regex
    # Most candidates do not match: a search costs less than setting up an iterator.
    if regex.search(masked) is None:  # type: ignore[union-attr]
        return
    emit = EMITTERS[rule.emit]
    for m in regex.finditer(masked):  # type: ignore[union-attr]
        emit(ctx, m, rule)
