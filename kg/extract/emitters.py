"""Built-in emitters (what a matched rule states) and sentence extractors.

Registered through :mod:`kg.extract.rules` exactly as a plugin's would be.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Iterator

from kg.extract import dates, numbers
from kg.extract.geo import containment_view
from kg.extract.patterns import SLOT_TOKEN, Rule, slot_indexes
from kg.extract.prefilter import Gate, folded
from kg.extract.relate import Context, Slot
from kg.extract.rules import emitter, sentence_extractor
from kg.iris import entity_key
from kg.model import CURRENT, FORMER, GOAL, INCOMING, ORG, PERSON, PLACE, PRODUCT, STRATEGY, Entity, Membership, Value

_FORMER = re.compile(r"\b(?:former|formerly|previously|most\s+recently|ex-|outgoing|retiring|retired|then|late|previous|"
                     r"departing|departed|ousted|fired|sacked|dismissed|stood\s+down|stepping\s+down|standing\s+down|"
                     r"resigning|"
                     r"resign(?:s|ed|ation)?|step(?:s|ped)?\s+down|quit|left|leaves|departure|exit|ouster|dismissal|"
                     r"retirement)\b", re.I)
_INCOMING = re.compile(r"\b(?:incoming|designate|next|will (?:be|become|take over|succeed|head|lead|run)|to (?:become|succeed|take over)|"
                       r"is to be|will be named|would (?:become|take over)|and (?:will |would )?(?:become|take over))\b", re.I)


def _slots(ctx: Context, m: re.Match[str], name: str | list[str] | None) -> list[Slot]:
    """The slots a rule's named capture (or each of a list of captures) holds: one, a list, or none."""
    if isinstance(name, list):
        return [s for n in name for s in _slots(ctx, m, n)]
    if not name or name not in m.re.groupindex or m.group(name) is None:
        return []
    text = m.group(name)
    if text.isdigit():
        slot = ctx.slot(text)
        return [slot] if slot else []
    # In a list, a name with a possessive modifies the next one ("by Al Smith's son, Jo Smith").
    return [s for t in SLOT_TOKEN.finditer(text) if not _POSSESSIVE.match(text, t.end())
            and (s := ctx.slot(t.group(2)))]


_POSSESSIVE = re.compile(r"(?:'s|’s|')(?!\w)")


@emitter("fact")
def emit_fact(ctx: Context, m: re.Match[str], rule: Rule) -> None:
    """``args: {predicate, subject, object, default_subject?}``: one fact per subject and object slot.

    ``item_seats: object`` (or ``subject``) gives each listed organization written with
    "in <city>" that city as its headquarters.
    ``parent_if_done`` (acquisitions) also makes the buyer the target's parent unless the
    match says the deal is pending ("agreed to buy", "will be sold to") or the sentence goes on to
    sell it ("..., which later sold it to Gamma").
    ``subject: focal`` (or ``default_subject: focal`` when the subject slot is
    not matched) makes the article's organization the subject (with ``focal_titled``, only where the
    headline or lead names it); ``default_object: focal``
    likewise the object (with ``focal_apart``, only where no subject is the article's organization). ``subject_words``
    keeps subjects whose name holds one of these words ("University", "Museum");
    ``object_kinds`` keeps objects of these kinds ("Person": not the organization of a
    byline, "by Acme chemist Jo Bloggs"); ``object_subtypes`` keeps objects of one of these
    kinds of place ("City").
    """
    pred = rule.args["predicate"]
    subjects = _slots(ctx, m, rule.args.get("subject"))
    objects = _slots(ctx, m, rule.args.get("object"))
    if rule.args.get("subject_words"):
        words = {w.lower() for w in rule.args["subject_words"]}
        subjects = [s for s in subjects if (e := ctx.entities.get(s.key)) is not None
                    and words & {w.lower() for w in e.label.split()}]
    if rule.args.get("object_kinds"):
        objects = [o for o in objects if o.kind in rule.args["object_kinds"]]
    if rule.args.get("object_subtypes"):
        kinds = set(rule.args["object_subtypes"])
        objects = [o for o in objects if (e := ctx.entities.get(o.key)) is not None and e.subtypes & kinds]
    if not subjects and "focal" in (rule.args.get("subject"), rule.args.get("default_subject")) and ctx.focal \
            and (ctx.focal_titled or not rule.args.get("focal_titled")):
        subjects = [Slot(ctx.focal, ORG, 0, 0, "", "O", anaphor=True)]
    if not objects and rule.args.get("default_object") == "focal" and ctx.focal:
        if rule.args.get("focal_apart") and any(s.key == ctx.focal for s in subjects):
            return  # "Gamma and Delta co-led the round" in an article about Gamma: whose round is not said
        objects = [Slot(ctx.focal, ORG, 0, 0, "", "O", anaphor=True)]
    if pred == "headquarters":
        objects = _chain_heads(ctx, objects)
    listed = bool(rule.args.get("unless_listed")) and _in_place_list(ctx.masked, m, ctx)
    # A completed purchase makes the buyer the parent ("Acme acquired Beta in 2005"); a pending one
    # ("Acme agreed to buy Beta") does not yet.
    owned = bool(rule.args.get("parent_if_done")) and not _PENDING.search(m.group(0)) \
        and not _IN_PROGRESS.search(ctx.masked, max(0, m.start() - 20), m.start() + 12) \
        and not _RESOLD.search(ctx.masked, m.end())
    if rule.args.get("item_seats"):
        _item_seats(ctx, m, rule, subjects if rule.args["item_seats"] == "subject" else objects)
    for s in subjects:
        for o in objects:
            if listed and not _confirmed(ctx, s, o):
                continue
            if _fits(ctx, pred, s, o):
                ctx.add(s.key, pred, o.key, rule.id, rule.confidence)
                if owned:
                    ctx.add(o.key, "parentOrganization", s.key, rule.id, rule.confidence)


_ITEM_SEAT = re.compile(r"(?:\s*\(\s*⟨[LD]\d+⟩\s*\))?\s+in\s+⟨L(\d+)⟩((?:\s*,\s*⟨L\d+⟩)*)")


def _item_seats(ctx: Context, m: re.Match[str], rule: Rule, slots: list[Slot]) -> None:
    """Headquarters of listed organizations written with their city ("Subsidiaries include Acme
    Europe B.V. in Utrecht, Netherlands"): in a list of units, the place says where each is."""
    for slot in slots:
        if slot.kind != ORG or slot.anaphor:
            continue
        token = f"⟨O{ctx.slots.index(slot)}⟩"
        at = ctx.masked.find(token, m.start(), m.end())
        seat = _ITEM_SEAT.match(ctx.masked, at + len(token)) if at >= 0 else None
        if seat is None or seat.end() > m.end():
            continue
        chain = [ctx.slots[int(seat.group(1))]] + [ctx.slots[int(i)] for i in re.findall(r"(\d+)", seat.group(2))]
        for place in _chain_heads(ctx, chain)[:1]:
            ctx.add(slot.key, "headquarters", place.key, rule.id, rule.confidence)


_PENDING = re.compile(r"\bto\s+(?:be\s+)?(?:acquire|buy|purchase|sell|take|snap|absorb|divest|merge|complete)"
                      r"|\b(?:will|would|could|can|may|might|shall|plans?|planned|agree[sd]?|offer(?:s|ed)?|bids?|"
                      r"seeks?|sought|wants?|wanted|intends?|hopes?|expected|considering|talks|attempt(?:s|ed)?|"
                      r"failed|not|never|being|be)\b", re.I)


# "Acme is selling Beta to Gamma", "Acme will also sell Beta to Gamma": a sale under way is no sale made.
_IN_PROGRESS = re.compile(r"\b(?:(?:is|are)\s+(?:selling|buying|acquiring|divesting)|"
                          r"(?:will|would|to|could|may|might|shall)\s+(?:also\s+|now\s+|soon\s+)?(?:sell|divest))\b")


# "Beta was bought by Acme, which later sold it to Gamma", "Beta was acquired by Acme in 2001 and sold to Gamma in
# 2010": the buyer owned it once, and is no longer its parent.
_RESOLD = re.compile(r"\b(?:sold|divested|spun\s+off|offloaded|selling|divesting|spinning\s+off)\s+(?:it|them)\b|"
                     r"\b(?:and|but)\s+(?:(?:was|were|has\s+since\s+been)\s+)?(?:(?:later|then|subsequently|eventually)\s+)?"
                     r"(?:sold|divested|spun\s+off|offloaded)\b")


def _place_rank(ctx: Context, slot: Slot, unknown: int) -> int:
    """A place's level (city 1 up to region 4; ``unknown`` where its kind is not known)."""
    ent = ctx.entities.get(slot.key)
    return max((_PLACE_RANK.get(t, unknown) for t in ent.subtypes), default=unknown) if ent else unknown


_CHAIN_GAP = re.compile(r"\s*,\s*(?:the\s+)?")


def _chain_heads(ctx: Context, objects: list[Slot]) -> list[Slot]:
    """Places without the wider ones a comma chain adds to them: "based in Leeds, England" is Leeds."""
    out: list[Slot] = []
    for prev, slot in zip([None, *objects], objects):
        if prev is not None and slot.kind == PLACE and prev.kind == PLACE and prev.end <= slot.start \
                and _CHAIN_GAP.fullmatch(ctx.sentence.text, prev.end - ctx.sentence.start,
                                         slot.start - ctx.sentence.start) \
                and _place_rank(ctx, slot, 4) > _place_rank(ctx, prev, 0):
            continue
        out.append(slot)
    return out


def _confirmed(ctx: Context, s: Slot, o: Slot) -> bool:
    a, b = ctx.entities.get(s.key), ctx.entities.get(o.key)
    return a is not None and b is not None and containment_view(a, b, ctx.lex) is True


# ... its last member may be a part of a place: "in Latin America, the United States, Europe and parts of Asia".
_PLACE_LIST = re.compile(r"⟨[LD]\d+⟩(?:\s*,\s*(?:the\s+)?⟨[LD]\d+⟩)+(?:(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?"
                         r"(?:(?:other\s+)?(?:parts?|much|most|all)\s+of\s+(?:the\s+)?)?⟨(?P<end>[A-Z])\d+⟩)?")


def _in_place_list(masked: str, m: re.Match[str], ctx: Context | None = None) -> bool:
    """Whether the match lies in an enumeration of places.

    "in Madrid, Vienna, and Seoul" lists places of one level, as does a run of four or more
    names; a chain ("Tarnby, Hebei, China") has no conjunction, and a list of chains
    ("Detroit, Michigan, Austin, Texas and Oslo") keeps what the gazetteer confirms. A
    conjunction before another kind of name ("a station in Oslo, Norway, and Acme Radio")
    joins that name, not the places, unless three places came first. A run of four without a
    conjunction whose inner names an administrative unit ("Tarnby, Vessel County, Ontario,
    Canada") is a chain.
    """
    for run in _PLACE_LIST.finditer(masked):
        if run.start() <= m.start() < run.end():
            end = run.group("end")
            places = run.group(0).count("⟨") - (1 if end else 0)
            if end is None and places >= 4 and ctx is not None and any(
                    (s := ctx.slot(i)) is not None and _ADMIN_UNIT_END.search(s.text)
                    for i in _SLOT_INDEX.findall(run.group(0))[1:-1]):
                return False
            return places >= (4 if end is None else 2 if end in "LD" else 3)
    return False


# The name of a county or province, the middle link of a chain of places.
_ADMIN_UNIT_END = re.compile(r"\s(?:County|Province|Prefecture|Oblast|Governorate|Parish|District|Municipality|"
                             r"Township|Borough|Canton|Shire)$")
_SLOT_INDEX = re.compile(r"⟨[A-Z](\d+)⟩")


_PLACE_RANK = {"City": 1, "State": 2, "Country": 3, "Region": 4}


_COPULA = re.compile(r"^(?:\s*(?:is|was|remains|became|has\s+become)|\.?\s*,)\s+(?:the|a|an|one\s+of\s+the)\b[^,;]{0,50}$")


def _anaphor_is_named_subject(ctx: Context, s: Slot) -> bool:
    """Whether a descriptive reference ("the Colombian company") may be given a country.

    After an organization is named in the sentence, such a reference is most often
    another one ("paid by Ombrel ... the debts of the Peruvian brewer"), except
    in a copula or appositive about the organization just named ("Acme is the only
    Turkish company", "Acme Corp., the largest US paint maker").
    """
    before = [x for x in ctx.slots if x.kind == ORG and not x.anaphor and x.end <= s.start]
    if not before:
        return True
    last = before[-1]
    gap = ctx.sentence.text[last.end - ctx.sentence.start:s.start - ctx.sentence.start]
    return last.key == s.key and bool(_COPULA.match(gap))


# Predicates between organizations (or products): a list capture also holds the places and
# demonyms that stood with its names ("Kenya's Beta", "Beta in Oslo"), which are never their ends.
_BETWEEN_ORGS = frozenset({"parentOrganization", "acquired", "investedIn", "partner", "competitor"})


def _fits(ctx: Context, pred: str, s: Slot, o: Slot) -> bool:
    """Type checks that keep a rule from stating nonsense."""
    if s.key == o.key:
        return False
    if pred in _BETWEEN_ORGS and (s.kind in (PLACE, PERSON) or o.kind in (PLACE, PERSON)):
        return False
    if pred == "headquarters" and o.kind != PLACE:
        return False
    if pred == "country":
        ent = ctx.entities.get(o.key)
        if s.anaphor and not _anaphor_is_named_subject(ctx, s):
            return False
        return o.kind == PLACE and ent is not None and ("Country" in ent.subtypes)
    if pred == "containedInPlace":
        a, b = ctx.entities.get(s.key), ctx.entities.get(o.key)
        if a is None or b is None:
            return False
        # "London, Paris" or "Lesotho, Mozambique": no meanings of the names may nest.
        if containment_view(a, b, ctx.lex) is False:
            return False
        ra, rb = _place_rank(ctx, s, 0), _place_rank(ctx, o, 4)
        return rb > ra or (ra == 0 and rb >= 1)
    return True


def role_concepts(title: str, roles: dict[str, str]) -> tuple[str, ...]:
    """Role concepts of a title ("chairman and CEO" -> ("Chair", "CEO"))."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|\band\b|&|/)\s*", title):
        part = re.sub(r"^(?:(?:new|former|current|then|incoming|outgoing|acting|interim|the|its|currently|joint|"
                      r"group|global)\s+|co-|then-|ex-)+", "", part.strip(), flags=re.I)
        low = part.lower()
        # A deputy or vice chair is not the chair: an executive role, whatever the head noun.
        if re.match(r"(?:deputy|vice|assistant|associate)[\s-]", low):
            if "Executive" not in out:
                out.append("Executive")
            continue
        # A plural title is its singular's ("founders", "co-chairmen"), its head noun first: "co-chief
        # executives" are chief executives, not the "chief" its first word would make them.
        single = _singular_title(low)
        best = (_role_concept(single, roles, head_only=True) if single else None) or _role_concept(low, roles)
        if best is None and single:
            best = _role_concept(single, roles)
        if best and best not in out:
            out.append(best)
    return tuple(out)


def _role_concept(low: str, roles: dict[str, str], head_only: bool = False) -> str | None:
    """The concept of one lower-case title. The head noun comes last: an "executive chairman"
    chairs; else (unless ``head_only``) the first word decides ("chairman emeritus")."""
    keys = _longest_first(roles)
    head = next((concept for key, concept in keys if low == key or low.endswith(" " + key)), None)
    if head is not None or head_only:
        return head
    return next((concept for key, concept in keys if low.startswith(key + " ")), None)


def _singular_title(low: str) -> str | None:
    """The singular of a plural lower-case title ("chief executives", "co-chairmen"), else None."""
    if low.endswith("men"):
        return low[:-3] + "man"
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return None


# Each lexicon's titles, lower-cased and longest first, sorted once rather than on every title read.
_ROLE_KEYS: dict[int, tuple[dict[str, str], list[tuple[str, str]]]] = {}


def _longest_first(roles: dict[str, str]) -> list[tuple[str, str]]:
    entry = _ROLE_KEYS.get(id(roles))
    if entry is None or entry[0] is not roles:  # the dict itself is kept, so its id cannot be reused
        if len(_ROLE_KEYS) > 8:
            _ROLE_KEYS.clear()
        keys = [(k.lower(), roles[k]) for k in sorted(roles, key=len, reverse=True)]
        entry = _ROLE_KEYS[id(roles)] = (roles, keys)
    return entry[1]


def _named_after(ctx: Context, persons: list[Slot], concepts: tuple[str, ...]) -> str | None:
    """The article's organization named after a founder ("Founder Ulla Brenner" -> Brenner Systems)."""
    if "Founder" not in concepts or len(persons) != 1:
        return None
    ent = ctx.entities.get(persons[0].key)
    surname = ent.label.split()[-1] if ent is not None and len(ent.label.split()) > 1 else None
    if not surname:
        return None
    found = [e for e in ctx.entities.values() if e.kind == ORG and e.label.split()[0] == surname]
    return max(found, key=lambda e: (len(e.label.split()), len(e.mentions), e.key)).key if found else None


@emitter("role")
def emit_role(ctx: Context, m: re.Match[str], rule: Rule) -> None:
    """``args: {person, org, title, default_title?}``: a membership and its ceo/chair/founder/member facts.

    ``default_title`` stands for a title the construction implies ("led by" -> "leader");
    ``status`` is the post's time the construction implies ("joined from Beta": former);
    ``concept`` is the role concept of a title the role list does not know (an occupation).

    Without an org slot, the role belongs to the organization named last in
    the sentence before the title, else to the article's focal organization
    (``org_after: skip``: not when organizations follow instead); with
    ``focal_only``, to the focal organization and only in a sentence naming no
    other; with ``named_after_only``, only to an organization that bears the
    founder's surname.
    """
    persons = _slots(ctx, m, rule.args.get("person"))
    orgs = _slots(ctx, m, rule.args.get("org"))
    names = rule.args.get("title", "title")
    # one group, or several of which the first that matched names the title ("chaired by" before "led by")
    title_group = next((g for g in names if g in m.re.groupindex and m.group(g)), names[0]) \
        if isinstance(names, list) else names
    title = (m.group(title_group) if title_group in m.re.groupindex else None) or rule.args.get("default_title", "")
    title = title.strip()
    concepts = role_concepts(title, ctx.lex.roles)
    if not concepts and rule.args.get("concept"):
        concepts = (rule.args["concept"],)  # an occupation ("curator", "columnist") held there
    if not concepts:
        return
    if "CEO" in concepts and title_group in m.re.groupindex and m.group(title_group) \
            and _RANK_TITLE.match(title) and _INDEFINITE_BEFORE.search(ctx.masked, 0, m.start(title_group)):
        concepts = tuple(dict.fromkeys("Executive" if c == "CEO" else c for c in concepts))
    confidence = rule.confidence
    # "chief executive of Acme parent Beta", "chairman of Acme owner Beta": the first name modifies the
    # second, whose post it is.
    if orgs and "⟩ " in ctx.masked:
        orgs = [_premodified(ctx, org, m.start()) for org in orgs]
    # "chief executive of Acme's British unit", "head of the company's shipping business": a post in one of
    # the organization's units, an executive's at it, not its chief's (nor its founder's); "chief executive
    # of Acme's parent": another's post.
    if orgs and ("'" in ctx.masked or "’" in ctx.masked):
        kept = []
        for org in orgs:
            token = f"⟨O{next((i for i, s in enumerate(ctx.slots) if s is org), -1)}⟩"
            at = ctx.masked.find(token, m.start(), m.end() + len(token))
            after = _OWNER_POSS.match(ctx.masked, at + len(token)) if at >= 0 else None
            if after is None:
                kept.append(org)
            elif after.group("unit"):
                concepts = tuple(dict.fromkeys("Executive" if c in _CHIEFS else c for c in concepts if c != "Founder"))
                kept.append(org)
        orgs = kept
        if not orgs or not concepts:
            return
    if title_group in m.re.groupindex and m.group(title_group) and orgs and all(
            m.end(g) <= m.start(title_group) for g in _org_groups(m, rule.args.get("org"))):
        orgs, concepts = _post_in_after(ctx, m.end(title_group), orgs, concepts)
    # "Acme, led by Jo Bloggs": a company's head, not its chair as a party's leader is ("company_title").
    if rule.args.get("company_title") and not (title_group in m.re.groupindex and m.group(title_group)) \
            and orgs and not any(_LED_BODY.search(_label(ctx, org)) for org in orgs):
        title = rule.args["company_title"]
        concepts = role_concepts(title, ctx.lex.roles)
    if not orgs:
        # Staff roles (analysts, spokespeople) without a named employer are too often
        # someone else's: an analyst quoted about the company works elsewhere. Not so when the
        # construction says whose ("staff_ok": "The paper's editor is Jo Bloggs").
        if set(concepts) <= {"Employee"} and not rule.args.get("staff_ok"):
            return
        # A generic noun for the organization ("the paper's editor") must be one the article used before
        # ("... is a daily newspaper"): else it is some other paper's.
        if rule.args.get("noun_seen") and "noun" in m.re.groupindex and not re.search(
                rf"(?i)[a-z]*{re.escape(m.group('noun'))}s?\b", ctx.article.text[:ctx.sentence.start]):
            return
        # "chief executive of the new group": a company still to be made, which no slot names.
        if _UNMADE_AFTER.match(ctx.masked, m.end()):
            return
        # "president of France", "chairman of the parliamentary committee", "chief executive of a bank in
        # Oslo": a post the title's own words give to something else (not "chairman of the board").
        if title_group in m.re.groupindex and m.group(title_group) \
                and _POST_OF_ANOTHER.match(ctx.masked, m.end(title_group)):
            return
        if rule.args.get("named_after_only"):
            key = _named_after(ctx, persons, concepts)
        elif rule.args.get("focal_only"):
            # A bare title ("said chairman Jo Bloggs") in a sentence naming another
            # organization is as often that one's officer as the article's (not an outlet spoken to).
            media = _spoken_to(ctx) | _reported(ctx, m)
            key = _named_after(ctx, persons, concepts) or (
                None if any(s.kind == ORG and s.key != ctx.focal and s.key not in media for s in ctx.slots)
                or not ctx.focal_titled else ctx.focal)
        else:
            # A founder's company often bears the founder's name ("Founder Jo Bloggs" of Bloggs Inc.).
            # Named before the title: "Jo Bloggs joined Acme in 2010 and became finance director".
            # An outlet spoken to ("told Norvik Radio") is no one's employer here.
            media = _spoken_to(ctx)
            at = m.start(title_group) if title_group in m.re.groupindex and m.group(title_group) else m.start()
            key = _named_after(ctx, persons, concepts) or ctx.nearest(ORG, at, exclude=media)
            if key is None and "⟨O" in ctx.masked:
                # "... will serve as interim CEO while ..., the Oslo-listed company said": the organization
                # the sentence is attributed to, named after the post.
                sayer = _SAYER.search(ctx.masked, m.end())
                key = ctx.slots[int(sayer.group(1))].key if sayer is not None else None
            if key is None and rule.args.get("org_after") == "skip" and ctx.nearest(ORG, exclude=media) is not None:
                return  # only organizations named after the title: which one is the person's is a guess
            key = key or ctx.nearest(ORG, exclude=media) or (ctx.focal if ctx.focal_titled else None)
        if key is None:
            return
        orgs = [Slot(key, ORG, 0, 0, "", "O", anaphor=True)]
        confidence = min(confidence, 0.6)
    # A rule may name the part of the match that says when the post is held ("... and become chairman").
    context = m.group(rule.args.get("status_from", 0)) or ""
    status = FORMER if _FORMER.search(context) else INCOMING if _INCOMING.search(context) else CURRENT
    # ... or the construction's own ("joined from Beta": a post left behind)
    status = rule.args.get("status", status)
    if status == CURRENT and (_ended(ctx, m.end()) or _LEFT_BEFORE.search(ctx.masked, 0, m.start())
                              or _LEAVING_AFTER.match(ctx.masked, m.end())):
        status = FORMER
    elif status == CURRENT and _DESIGNATE_AFTER.match(ctx.masked, m.end()):
        status = INCOMING
    for org in orgs:
        for person in persons:
            if org.kind != ORG or person.kind != PERSON:
                continue
            _add_membership(ctx, org.key, person.key, concepts, title, status, rule.id, confidence)


def _org_groups(m: re.Match[str], name: str | list[str] | None) -> list[str]:
    """The names of a rule's organization captures that matched."""
    names = name if isinstance(name, list) else [name] if name else []
    return [n for n in names if n in m.re.groupindex and m.group(n) is not None]


def _post_in_after(ctx: Context, end: int, orgs: list[Slot], concepts: tuple[str, ...]
                   ) -> tuple[list[Slot], tuple[str, ...]]:
    """The organizations and concepts of a post named after its giver, from what follows the title: one of the
    giver's units makes its chief an executive of the giver's; another organization named holds the post."""
    after = _POST_IN_AFTER.match(ctx.masked, end)
    if after is None:
        return orgs, concepts
    if after.group("unit"):
        return orgs, tuple(dict.fromkeys("Executive" if c in _CHIEFS else c for c in concepts if c != "Founder"))
    other = ctx.slot(after.group("other"))
    return ([other], concepts) if other is not None and other.kind == ORG else (orgs, concepts)


# Bodies whose leader chairs them (a party, union, movement, council or government body), by a word of their
# name; any other organization led or headed by someone is a company, whose head may be no chair.
_LED_BODY = re.compile(r"(?i)\b(?:part(?:y|ies|ido|i|ei|ij)|movement|front|alliance|coalition|league|union|congress|bloc|"
                       r"caucus|faction|authority|council|committee|commission|government|junta|administration|"
                       r"federation|confederation|association|assembly|convention|church|army|whigs|tories)\b")


def _label(ctx: Context, slot: Slot) -> str:
    """The canonical name of a slot's entity (empty when unknown)."""
    ent = ctx.entities.get(slot.key)
    return ent.label if ent is not None else ""


# An organization a speaker talks to or is quoted by ("told Norvik Radio", "in an interview with the Tarnby Gazette",
# "according to Norvik Radio"): an outlet, not the speaker's employer. Not one whose people or board
# are addressed ("told Acme's board", "told Acme shareholders").
_SPOKEN_TO_BEFORE = re.compile(r"\b(?:told|tells|telling|according\s+to|(?:an?\s+)?interviews?\s+with|speaking\s+to|"
                               r"spoke\s+to|talking\s+to|quoted\s+by|in\s+a\s+statement\s+to)\s+(?:the\s+)?$")
_SPOKEN_TO_AFTER = re.compile(r"\s*(?:[,.;:)\"”]|$|\s+(?:that|on|in|last|this|earlier|during|at|from|he|she|it|they|"
                              r"by|after|before|when|while|as|and|but|about|over|via)\b)")


def _spoken_to(ctx: Context) -> set[str]:
    """Keys of the organizations this sentence names only as someone's audience or source."""
    seen: dict[str, bool] = {}
    for t in SLOT_TOKEN.finditer(ctx.masked):
        slot = ctx.slots[int(t.group(2))]
        if slot.kind != ORG:
            continue
        spoken = bool(_SPOKEN_TO_BEFORE.search(ctx.masked, max(0, t.start() - 40), t.start())) \
            and bool(_SPOKEN_TO_AFTER.match(ctx.masked, t.end()))
        seen[slot.key] = seen.get(slot.key, True) and spoken
    return {key for key, spoken in seen.items() if spoken}


# What a speaker says: a quotation, or what follows "said" right after the speaker's name.
_QUOTATION = re.compile(r"[“\"][^“”\"]*[”\"]")
_SPEECH_AFTER = re.compile(r"\s*,?\s+(?:has\s+|had\s+)?(?:said|says|added|adds|noted|notes|explained|"
                           r"wrote|warned|warns|stressed|argued|insisted|predicted|expects|believes|"
                           r"(?:told|tells)\s+(?:[a-z]+\s+){1,3}?that)\b")  # "told Beta's board" names an audience


def _reported(ctx: Context, m: re.Match[str]) -> set[str]:
    """Keys of the organizations named only in what the matched speaker says ("said Beta would ...",
    a quotation): the speaker's words name them, the speaker's employer stays the article's."""
    spans = [q.span() for q in _QUOTATION.finditer(ctx.masked) if not (q.start() < m.end() <= q.end())]
    said = _SPEECH_AFTER.match(ctx.masked, m.end())
    said_from = said.end() if said else None
    seen: dict[str, bool] = {}
    for t in SLOT_TOKEN.finditer(ctx.masked):
        slot = ctx.slots[int(t.group(2))]
        if slot.kind != ORG:
            continue
        inside = any(a <= t.start() < b for a, b in spans) or (said_from is not None and t.start() >= said_from)
        seen[slot.key] = seen.get(slot.key, True) and inside
    return {key for key, inside in seen.items() if inside}


_YEAR = r"(?:1[6-9]|20)\d\d"
_DAY_MONTH = r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
# A post's span right after it: "chairman of Acme from 1990 to 2000", "... between 1990 and 2000", "until 2012".
_PERIOD_AFTER = re.compile(
    rf"[^.;⟨]{{0,30}}?\b(?:from\s+{_DAY_MONTH}{_YEAR}\s*(?:to|until|till|–|-)\s*{_DAY_MONTH}(?P<to>{_YEAR})|"
    rf"between\s+{_DAY_MONTH}{_YEAR}\s+and\s+{_DAY_MONTH}(?P<and>{_YEAR})|"
    rf"until\s+{_DAY_MONTH}(?P<until>{_YEAR})|"
    # "chairman until his death in 2009", "... until her retirement": an end, dated or not
    rf"until\s+(?:his|her|their)\s+(?:death|retirement|resignation|departure)(?:\s+in\s+{_DAY_MONTH}(?P<gone>{_YEAR}))?)\b")


# What the words right before a post say of it: "Previously, she was ...", "the retirement of its CEO",
# "Former Acme chief Jo Bloggs".
_LEFT_BEFORE = re.compile(r"\b(?:[Pp]reviously|[Ff]ormerly|(?:retirement|resignation|departure|exit|ouster)\s+of)\s*,?\s*$"
                          r"|\b(?:[Ff]ormer|[Oo]utgoing)\s+$|\b[Ee]x-$")


# ... and right after: "Acme CEO Jo Bloggs has resigned", "... will step down"; "chief executive designate".
_LEAVING_AFTER = re.compile(r"\s*,?\s+(?:has\s+|had\s+|will\s+|is\s+to\s+|is\s+|was\s+)?(?:resign(?:s|ed|ing)?|"
                            r"step(?:s|ped|ping)?\s+down|quit(?:s|ting)?|retire[sd]?|retiring|leaves|leaving|"
                            r"(?<=will\s)leave|would\s+leave)\b")
_DESIGNATE_AFTER = re.compile(r"\s*-?\s*designate\b")
_POST_OF_ANOTHER = re.compile(r"\s+(?:of\s+(?:⟨[LDPR]\d+⟩|(?:the|a|an)\s+(?!(?:(?:supervisory|management|executive)\s+)?"
                              r"(?:board|company|group|firm)\b)|(?:state|government)\b)|"
                              r"at\s+(?:⟨[LDPR]\d+⟩|(?:the|a|an)\s+(?!time\b)))")
# "a managing director at Acme Capital": one of the many a bank or fund ranks so, not the one who runs it (as
# "managing director of Acme", its chief executive, is).
_RANK_TITLE = re.compile(r"(?i)(?:senior\s+)?managing\s+director$")
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:(?:senior|former|longtime)\s+)?$")
# What follows a post's organization when the post is in one of its units, or at its owner.
_UNIT_NOUNS = r"unit|division|business|arm|subsidiary|operations?|department|branch|businesses|units|divisions"
_OWNER_POSS = re.compile(rf"(?:'s|’s)\s+(?:(?:[\w-]+|⟨[LD]\d+⟩)\s+){{0,3}}?(?:(?P<unit>{_UNIT_NOUNS})|parent|owner|"
                         r"holding\s+company)\b")
# A post its giver names after the title, in one of the giver's units or in another organization: "Acme named Jo
# Bloggs managing director of its Indian arm" (an executive of Acme's, not its chief), "... chief executive of Beta".
_POST_IN_AFTER = re.compile(rf"\s+(?:of|at)\s+(?:(?P<unit>(?:its|their|the\s+(?:company|group|firm|bank)(?:'s|’s))\s+"
                           rf"(?:(?:[\w-]+|⟨[LD]\d+⟩)\s+){{0,3}}?(?:{_UNIT_NOUNS})\b)|(?:the\s+)?⟨O(?P<other>\d+)⟩(?!['’]))")
_CHIEFS = frozenset({"CEO", "Chair", "CFO", "COO", "CTO", "President"})
# An organization's name used as a modifier of the next one's: "Acme parent Beta", "Acme owner Beta Group".
_PREMODIFIES = re.compile(r"\s+(?:parent|owner|unit|subsidiary|affiliate|sister|rival|partner|investor|backer|"
                          r"shareholder|supplier|customer)(?:\s+(?:company|firm|group))?\s*,?\s+⟨O(\d+)⟩")


def _premodified(ctx: Context, org: Slot, start: int) -> Slot:
    """The organization ``org`` modifies when its name stands before a relation noun and another name
    ("Acme parent Beta"), else ``org``."""
    index = next((i for i, s in enumerate(ctx.slots) if s is org), -1)
    if index < 0:
        return org
    token = f"⟨O{index}⟩"
    at = ctx.masked.find(token, start)
    after = _PREMODIFIES.match(ctx.masked, at + len(token)) if at >= 0 else None
    if after is None:
        return org
    return ctx.slots[int(after.group(1))]


# A sentence's closing attribution to an organization: ", the Oslo-listed Acme said."
_SAYER = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:⟨[LD]\d+⟩[\w-]*\s+)?⟨O(\d+)⟩\s+(?:said|says|announced)"
                    r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+in\s+a\s+statement)?\s*[.!]?\s*$")
_UNMADE_AFTER = re.compile(r"\s+(?:of|at)\s+(?:the|a)\s+(?:newly\s+)?(?:new|combined|merged|enlarged|resulting|"
                           r"proposed|planned|future)\b")


def _ended(ctx: Context, end: int) -> bool:
    """Whether the words after a post give it an end before the article's date."""
    p = _PERIOD_AFTER.match(ctx.masked, end)
    if p is None:
        return False
    year = p.group("to") or p.group("and") or p.group("until") or p.group("gone")
    return year is None or ctx.article.date is None or int(year) < ctx.article.date.year


def _add_membership(ctx: Context, org: str, person: str, concepts: tuple[str, ...], title: str, status: str,
                    rule: str, confidence: float) -> None:
    """A membership and the ceo, chair, founder and member facts its role concepts state."""
    ctx.memberships.append(Membership(org, person, concepts, title, status, ctx.evidence(rule, confidence)))
    if "CEO" in concepts:
        ctx.add(org, "ceo", person, rule, confidence)
    if "Chair" in concepts:
        ctx.add(org, "chair", person, rule, confidence)
    if "Founder" in concepts:
        ctx.add(org, "founder", person, rule, confidence)
    # A founder is a member when news speaks of one still there ("Acme co-founder Jo Bloggs said"):
    # a lead's founder is history, and may long have left.
    if set(concepts) - {"Founder"} or (status == CURRENT and ctx.article.date is not None):
        ctx.add(org, "member", person, rule, confidence)


# An officer named by title alone as the speaker ("Acme will cut jobs, its chairman and chief executive has
# said."), the next sentence's speaker being named only ("..., said Jo Bloggs."; "Jo Bloggs said ...").
# ... or an officer leaving by title alone ("Acme's chief executive resigned on Monday."), the next sentence
# naming who had run the company ("Jo Bloggs, who had run the company since 2015, ..."), never a mere speaker.
_OFFICER_SPOKE = re.compile(
    r"⟨O(\d+)⟩(?:'s|’s)\s+(?:(?:new|current|longtime|long-time)\s+)?(?P<title>(?i:(?:chair(?:man|woman|person)?|"
    r"chief\s+executive(?:\s+officer)?|CEO|managing\s+director|chief\s+[a-z]+\s+officer|CFO|COO|CTO)(?:\s+and\s+(?:"
    r"chair(?:man|woman|person)?|chief\s+executive(?:\s+officer)?|CEO|president))?))\s+(?:has\s+|had\s+)?(?:said|says|told\s+[a-z]+|"
    r"(?P<left>(?:(?:has|had|will|is\s+to|abruptly|unexpectedly|suddenly)\s+)*(?:resign(?:ed)?|quit|step(?:ped)?\s+down|left|leave|"
    r"retire[sd]?|was\s+(?:ousted|fired|dismissed|sacked))))\b")
_SPEAKER = re.compile(r"(?:^|[,”\"]\s*)(?:said|says|added)\s+⟨P(\d+)⟩\s*(?:[.,;:!?”\"]|$)|^⟨P(\d+)⟩\s+(?:said|says|added)\b")
_HEADED_IT = re.compile(r"^⟨P(\d+)⟩(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:had|has)\s+(?:(?:long|previously)\s+)?(?:run|led|headed)\s+"
                        r"(?:the\s+)?(?:(?:company|firm|group|bank|business)\b|⟨O\d+⟩)")


@sentence_extractor("role-speaker-next")
def speaker_named_next(ctx: Context) -> None:
    """The officer a sentence quotes by title only, named as the speaker of one of the next two
    sentences, none naming another person between; or whom it says left, named as who had run the company."""
    text = ctx.sentence.text
    if not ctx.prev or ("said" not in text and "says" not in text and "added" not in text and "who ha" not in text):
        return
    spoke = org = None
    for prev_masked, prev_slots in reversed(ctx.prev):
        if any(s.kind == PERSON for s in prev_slots):
            return
        spoke = _OFFICER_SPOKE.search(prev_masked) if "'s" in prev_masked or "’s" in prev_masked else None
        if spoke is not None:
            org = prev_slots[int(spoke.group(1))]
            break
    if spoke is None or org is None or org.kind != ORG:
        return
    said = _HEADED_IT.match(ctx.masked)
    if said is None and spoke.group("left") is None:
        said = _SPEAKER.search(ctx.masked)
    if said is None:
        return
    person = ctx.slots[int(said.group(1) or said.group(said.re.groups))]
    # Nobody else to be the speaker, and no other organization to be the speaker's.
    if person.anaphor or any(s.kind == PERSON and s.key != person.key for s in ctx.slots) \
            or any(s.kind == ORG and s.key != org.key for s in ctx.slots):
        return
    title = spoke.group("title")
    concepts = role_concepts(title, ctx.lex.roles)
    if concepts:
        status = CURRENT if spoke.group("left") is None else FORMER
        _add_membership(ctx, org.key, person.key, concepts, title, status, "role-speaker-next", 0.6)


_OFFICES = frozenset({"CEO", "Chair", "CFO", "COO", "CTO"})
_FUTURE = re.compile(r"\b(?:will|would|to|shall)\b")


def _post_of(ctx: Context, person: str, org: str | None, statuses: tuple[str, ...]) -> Membership | None:
    """The post a person was last given, of the first of ``statuses`` that has one: in this
    sentence first, then in earlier ones (an office, not a job)."""
    for status in statuses:
        for ms in (*reversed(ctx.memberships), *reversed(ctx.earlier)):
            if ms.person == person and ms.status == status and (org is None or ms.org == org) \
                    and set(ms.roles) - {"Founder", "Employee"}:
                return ms
    return None


def _post_just_before(ctx: Context, given: Membership) -> Membership | None:
    """``given``'s holder's post in the sentence just before this one, when that sentence gave no one
    else a post after: the one whose title it names last ("named its finance chief, Jo Bloggs, as chief
    executive" gives the chief executive's). Or two sentences back, when the one between still speaks of
    that holder and of no other person ("Acme named Jo Bloggs chief executive. She joined in 2010. She
    replaces Al Smith."; not after "Prices fell.")."""
    last = next((ms for ms in reversed(ctx.earlier) if set(ms.roles) - {"Founder", "Employee"}), None)
    if last is None or last.person != given.person or last.evidence.start != given.evidence.start \
            or given.evidence.end > ctx.sentence.start:
        return None
    if ctx.article.text[given.evidence.end:ctx.sentence.start].strip():
        if not (0 <= given.evidence.end <= ctx.before_start) or not ctx.prev \
                or ctx.article.text[given.evidence.end:ctx.before_start].strip() \
                or {s.key for s in ctx.prev[-1][1] if s.kind == PERSON} != {given.person}:
            return None
    posts = [ms for ms in ctx.earlier if ms.person == given.person and ms.evidence.start == given.evidence.start
             and ms.status in _COMING and set(ms.roles) - {"Founder", "Employee"}]
    text = given.evidence.sentence.lower()
    # where the title ends, the longest first: "managing director" rather than the "director" in it
    return max(posts, key=lambda ms: (text.rfind(ms.title.lower()) + len(ms.title), len(ms.title)), default=None)


# A successor's post: the one given now, or to come. A predecessor's: the one held, else the one being left.
_COMING = (CURRENT, INCOMING)
_GOING = (CURRENT, FORMER)


@emitter("succession")
def emit_succession(ctx: Context, m: re.Match[str], rule: Rule) -> None:
    """``args: {new, old, title?, org?, status_from?}``: one person succeeding another in a post.

    "Jo Bloggs, who will succeed Al Smith as chief executive", "named Jo Bloggs chief executive,
    succeeding Al Smith", "Al Smith will be replaced by Jo Bloggs". The post is the title the match
    names, else the one this sentence gives the successor, else the one the article last gave
    the predecessor. The predecessor held it (former); the successor holds it, or will.
    """
    new = [s for s in _slots(ctx, m, rule.args.get("new")) if s.kind == PERSON]
    old = [s for s in _slots(ctx, m, rule.args.get("old")) if s.kind == PERSON]
    if len(new) != 1 or len(old) != 1 or new[0].key == old[0].key:
        return
    orgs = [s.key for s in _slots(ctx, m, rule.args.get("org")) if s.kind == ORG]
    title = _first_group(m, rule.args.get("title", "title")) or ""
    concepts = role_concepts(title.strip(), ctx.lex.roles) if title else ()
    confidence = min(rule.confidence, 0.7)
    # the words that say when the successor takes over ("status_from": not the "to" of "handed the reins to")
    tense = m.group(rule.args.get("status_from", 0)) or ""
    if concepts:
        org = orgs[0] if orgs else None
        known = _post_of(ctx, new[0].key, org, _COMING) or _post_of(ctx, old[0].key, org, _GOING)
        named = {s.key for s in ctx.slots if s.kind == ORG}
        # else the one organization the sentence names, else (naming none) the article's, for a
        # company office ("replaced Al Smith as head coach" is no company's)
        org = org or (known.org if known else None) or (
            next(iter(named)) if len(named) == 1 else None if named
            else ctx.focal if set(concepts) <= _OFFICES and ctx.focal_titled else None)
        if org is None:
            return
        posts = [(old[0].key, FORMER)]
        if not any(ms.person == new[0].key and ms.org == org for ms in ctx.memberships):
            posts.append((new[0].key, INCOMING if _FUTURE.search(tense) else CURRENT))
        for person, status in posts:
            _add_membership(ctx, org, person, concepts, title.strip(), status, rule.id, confidence)
        return
    org = orgs[0] if orgs else None
    given = _post_of(ctx, new[0].key, org, _COMING)
    # The successor's post in this very sentence, or in the one just before ("Acme named Jo Bloggs its
    # chairman. She replaces Al Smith."; "Acme's chief, Jo Bloggs, said .... Bloggs took over from Al Smith").
    if given is not None and given not in ctx.memberships:
        given = _post_just_before(ctx, given)
    held = _post_of(ctx, old[0].key, org, _GOING)
    # "X will be succeeded by Y, head of ...": the predecessor's post first, Y's present one is another.
    if held is not None and (given is None or rule.args.get("prefer") == "old"):
        status = INCOMING if _FUTURE.search(tense) else CURRENT
        _add_membership(ctx, held.org, new[0].key, held.roles, held.title, status, rule.id, confidence)
    elif given is not None:
        _add_membership(ctx, given.org, old[0].key, given.roles, given.title, FORMER, rule.id, confidence)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# Category nouns that say nothing of what a product is ("a brand", "the platform").
_GENERIC_CATEGORIES = frozenset({"brand", "product", "service", "platform", "network", "channel", "tool", "line"})
# ... and nouns that say nothing alone ("the first device", "its own model"), but do with a modifier
# ("large language model").
_EMPTY_CATEGORIES = frozenset({"device", "model"})


def _typed_product(ctx: Context, s: Slot) -> bool:
    """Whether a product slot was typed by more than a category noun after it.

    "Ombrel aircraft" and "Quillos devices" look like "Z340 aircraft"; only a
    model code's shape or another cue says the name before the noun is a product
    (a list closed by the noun, "Arvo and Pellin cars", is no more).
    """
    ent = ctx.entities.get(s.key)
    return ent is not None and any(not mn.rule.startswith(("product-category-after", "product-list-category"))
                                   for mn in ent.mentions)


@emitter("product")
def emit_product(ctx: Context, m: re.Match[str], rule: Rule) -> None:
    """``args: {product, also?, maker?, category?, date?, loose?, specific?, its_maker?}``: manufacturer,
    category and release date.

    ``category`` and ``date`` name a capture or a list of them (the first that matched counts); ``also``
    names further products that get the maker and date but not the category; with ``its_maker``, a match
    that opens with "its" names the sentence's first organization as the maker (one that opens with "it",
    the article's when none comes before).
    """
    # A loose rule's construction says product by itself ("Zentra maker Ombrel"), whatever
    # the name was typed as: brands are often named like companies.
    kinds = (PRODUCT, ORG) if rule.args.get("loose") else (PRODUCT,)
    products = [s for s in _slots(ctx, m, rule.args.get("product")) if s.kind in kinds]
    if rule.args.get("typed"):
        products = [s for s in products if _typed_product(ctx, s)]
    also = [s for s in _slots(ctx, m, rule.args.get("also")) if s.kind in kinds]
    makers = [s for s in _slots(ctx, m, rule.args.get("maker")) if s.kind == ORG]
    if not makers and rule.args.get("its_maker") and m.group(0)[:3] in ("its", "Its", "it ", "It "):
        # "Ombrel Bank's stock is listed in Accra, and its banking app, ...": the sentence's first organization
        # (its subject, more often than not). With none before it, a subject "it" is the article's organization;
        # a possessive "its" was more often another's (a rival's, or a clause's whose subject the text left out).
        before = [ctx.slots[i] for i in slot_indexes(ctx.masked[:m.start()])]
        first = next((s for s in before if s.kind == ORG), None)
        key = first.key if first is not None else ctx.focal if m.group(0)[:3] in ("it ", "It ") else None
        if key is not None:
            makers = [Slot(key, ORG, 0, 0, "", "O", anaphor=True)]
    category = _first_group(m, rule.args.get("category"))
    date_value = None
    date_text = _first_group(m, rule.args.get("date"))
    if date_text:
        date_value = dates.resolve(date_text, ctx.article.date)
    words = _category_words(category, bool(rule.args.get("specific"))) if category else []
    own = _listed_categories(ctx, m, rule.args.get("also"))
    for p in also:  # further names of a list, whose categories their own words give
        for mk in makers:
            ctx.add(p.key, "manufacturer", mk.key, rule.id, rule.confidence)
        if p.key in own:
            ctx.add(p.key, "category", Value(" ".join(own[p.key])), rule.id, rule.confidence)
        if date_value is not None:
            ctx.add(p.key, "releaseDate", date_value, rule.id, rule.confidence)
    for p in products:
        for mk in makers:
            ctx.add(p.key, "manufacturer", mk.key, rule.id, rule.confidence)
        if words:
            ctx.add(p.key, "category", Value(" ".join(words)), rule.id, rule.confidence)
        if date_value is not None:
            ctx.add(p.key, "releaseDate", date_value, rule.id, rule.confidence)


# The lower-case noun phrase right after a listed name, up to the list's next comma or "and".
_ITEM_NOUNS = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s*(?:,|\band\b|$)")


def _listed_categories(ctx: Context, m: re.Match[str], name: str | list[str] | None) -> dict[str, list[str]]:
    """The categories a list's further names give themselves: "..., the Vestro estate car and the Arvo sedan"."""
    if not isinstance(name, str) or name not in m.re.groupindex or not m.group(name):
        return {}
    text, out = m.group(name), {}
    known = {c.lower() for c in ctx.lex.product_categories}
    for t in SLOT_TOKEN.finditer(text):
        after = _ITEM_NOUNS.match(text, t.end())
        slot = ctx.slot(t.group(2))
        if after is None or slot is None:
            continue
        words = after.group(1).split()
        # the phrase must end in a category noun the lexicon knows ("sedan", "estate car")
        if any(" ".join([*words[-k:-1], _singular(words[-1])]).lower() in known
               for k in (1, 2) if k <= len(words)):
            out[slot.key] = _category_words(after.group(1))
    return {k: v for k, v in out.items() if v}


def _first_group(m: re.Match[str], names: str | list[str] | None) -> str | None:
    """The text of the first of a rule's named captures (one name or a list) that matched."""
    for name in [names] if isinstance(names, str) else names or []:
        if name in m.re.groupindex and m.group(name):
            return m.group(name)
    return None


# Modifiers that say nothing of what a product is: "its new smartwatch", "a competing drug".
_CATEGORY_NOISE = frozenset({"new", "latest", "first", "second", "third", "own", "next", "flagship", "popular",
                             "upcoming", "current", "competing", "rival", "successful", "best-selling", "existing",
                             "original", "updated", "redesigned", "next-generation", "new-generation", "main", "only",
                             "other", "same", "similar", "single", "top-selling", "well-known", "famous", "major",
                             "key", "big", "biggest", "largest", "cheapest", "cheaper", "most", "more", "very",
                             "entire", "whole", "experimental", "official", "hit", "company's", "company’s", "firm's",
                             "group's", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "several", "many", "some", "both", "various", "few", "dozen", "dozens", "discontinued",
                             "defunct", "former"})


def _category_words(category: str, specific: bool = False) -> list[str]:
    """A category phrase as a product's category: singular, without empty modifiers; [] when generic.

    A modified generic noun ("cloud security platform") is a category only where the rule is ``specific``
    about the name being a product: "streaming services such as Tarvik" lists companies as often.
    """
    words = category.strip().split()
    while len(words) > 1 and (words[0].lower() in _CATEGORY_NOISE or words[0].isdigit()):
        words = words[1:]
    head = words[-1].lower().rstrip("s") if words else ""
    if not words or head in _GENERIC_CATEGORIES and (len(words) == 1 or not specific) \
            or head in _EMPTY_CATEGORIES and len(words) == 1:
        return []
    words[-1] = _singular(words[-1]) if words[-1].islower() else re.sub(r"s$", "", words[-1])
    return words


@emitter("founding")
def emit_founding(ctx: Context, m: re.Match[str], rule: Rule) -> None:
    """``args: {org, date, default_org?}``: an organization's founding date (``date``: a group, or
    several of which the first matched counts).

    ``default_org: focal``: the article's organization when the org slot is not matched
    ("Founded in 1990, it ...").
    """
    orgs = _slots(ctx, m, rule.args.get("org"))
    if not orgs and rule.args.get("default_org") == "focal" and ctx.focal:
        orgs = [Slot(ctx.focal, ORG, 0, 0, "", "O", anaphor=True)]
    groups = rule.args.get("date", "date")
    text = next((m.group(g) for g in (groups if isinstance(groups, list) else [groups]) if m.group(g)), None)
    value = dates.resolve(text, ctx.article.date) if text else None
    for org in orgs:
        if org.kind == ORG and value is not None:
            ctx.add(org.key, "foundingDate", value, rule.id, rule.confidence)


# --- strategies -------------------------------------------------------------------------------

_QUOTED = re.compile(r"[\"“‘']([A-Z][^\"”’']{1,40}?)[\"”’']")
_STRATEGY_CUE = re.compile(r"\bstrateg(?:y|ies|ic)\b|\bpillars?\b|\bpriorit(?:y|ies)\b", re.I)
_LIST_AFTER_CUE = re.compile(
    r"\b(?:strategic\s+)?(?:pillars?|priorit(?:y|ies)|strateg(?:y|ies)|focus(?:es)?)\s*(?:–|—|:|-|\bare\b|\bis\b|"
    r"\binclude\b|\bof\b)\s+(?!to\s)(?P<list>[^–—.;:\"“”]+)", re.I)  # "is to grow": one plan, not a list


# A plan with a name: "under a medium-term plan called "Tarn 2030"", "its "Grow Together" programme".
_NAMED_PLAN = re.compile(
    r"\b(?:plan|programme|program|initiative|blueprint|roadmap|agenda|strategy)\s+(?:called|named|dubbed|titled|"
    r"branded|known\s+as)\s*[\"“‘](?P<a>[A-Z][^\"”’]{1,40}?)[\"”’]"
    r"|[\"“‘](?P<b>[A-Z][^\"”’]{1,40}?)[,.]?[\"”’]\s+(?:(?:business|growth|turnaround|restructuring|transformation|"
    r"medium-term|long-term|five-year|three-year|ten-year|investment|expansion)\s+)?(?:plan|programme|program|"
    r"initiative|blueprint|roadmap|agenda)\b")

_MAY_NAME_PLAN = Gate(_NAMED_PLAN)  # "plan", "called" and the like: a quoted name alone is no plan's


def _named_plans(ctx: Context) -> None:
    """A plan's quoted name as a strategy of the sentence's company (not a name inside the quotes)."""
    text = ctx.sentence.text
    if not _MAY_NAME_PLAN.holds_in(ctx.words):
        return
    for m in _NAMED_PLAN.finditer(text):
        name = m.group("a") or m.group("b")
        quoted = (ctx.sentence.start + m.start("a" if m.group("a") else "b"), ctx.sentence.start + m.end())
        orgs = [s for s in ctx.slots if s.kind == ORG and not quoted[0] <= s.start < quoted[1]]
        org = orgs[0].key if orgs else ctx.focal
        if org is not None and len(name.split()) <= 5:
            _add_strategy(ctx, org, name, "strategy-named-plan", 0.7)


def _strategy_owner(ctx: Context) -> str | None:
    orgs = [s for s in ctx.slots if s.kind == ORG]
    return orgs[0].key if orgs else ctx.focal


def _add_strategy(ctx: Context, org: str, phrase: str, rule: str, confidence: float, max_words: int = 8) -> None:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;–—-")
    phrase = re.sub(r"\s+(?:approach(?:es)?|transformation|remain\w*.*)$", "", phrase)
    if not phrase or len(phrase.split()) > max_words or not re.search(r"[A-Za-z]", phrase):
        return
    key = entity_key(STRATEGY, f"{org.split('/')[-1]} {phrase}")
    ent = ctx.entities.get(key)
    if ent is None:
        ent = ctx.entities[key] = Entity(key=key, kind=STRATEGY, label=phrase, aliases={phrase},
                                         evidence=ctx.evidence(rule, confidence))
    ctx.add(org, "strategy", key, rule, confidence)


@sentence_extractor("strategy")
def strategies(ctx: Context) -> None:
    """Quoted names and dash or colon lists next to "strategy", "pillars", "priorities"."""
    text = ctx.sentence.text
    low = folded(text)  # the cue's stems, tested as substrings first: most sentences have none
    if low is not None and "strateg" not in low and "pillar" not in low and "priorit" not in low:
        return
    if not _STRATEGY_CUE.search(text):
        return
    org = _strategy_owner(ctx)
    if org is None:
        return
    found = False
    for q in _QUOTED.finditer(text):
        if len(q.group(1).split()) <= 5:
            _add_strategy(ctx, org, q.group(1), "strategy-quoted", 0.75)
            found = True
    if found:
        return
    m = _LIST_AFTER_CUE.search(text)
    if m:
        items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[a-z])", m.group("list")) if i.strip()]
        if 2 <= len(items) <= 6:
            for item in items:
                _add_strategy(ctx, org, item, "strategy-list", 0.7)


# Verbs of a company's stated course, in their base form ("plans to cut", "will expand").
_PLAN_VERBS = (r"(?:expand|cut|reduce|eliminate|focus|concentrate|invest|build|open|close|shut|enter|produce|"
               r"develop|create|automate|forge|divest|shift|move|restructure|prioriti[sz]e|target|"
               r"slash|streamline|outsource|hire|lay\s+off|shed|diversify|grow|modernize|"
               r"modernise|upgrade|replace|phase\s+out|spin\s+off|relocate|consolidate|simplify|"
               r"strengthen|transform|pursue|offer|sell\s+off|exit|"
               # a divestment ("sell its tube unit"), not a sale of goods; an ambition ("become the largest ...")
               r"sell(?=\s+(?:its|their)\s)|become(?=\s+(?:the|a|an|one)\s))")
# "He will replace Smith as CEO" is about a person: only companies and their spokespeople plan here.
_PLAN_SUBJECT = r"(?:⟨O\d+⟩|\b[Ii]t|\b[Ww]e)"
# A plan has an object: "close in March" or "grow 5%" is a forecast, not a course of action.
# ("in" is no prefix of "into": "expand into Ghana" is a course; so is "shift to online sales".)
# ... nor is "expand in East Africa" (a named place), though "expand in March" is a date.
_NO_OBJECT = re.compile(r"^(?!focus|concentrate|bet\b|double\s+down\b|invest\s+in\b|(?:shift|move|switch|pivot)\s+(?:to|towards)\b|"
                        r"(?:expand|grow)\s+in\s+"
                        r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Q[1-4]|H[12])\b)(?-i:[A-Z]))\S+\s+"
                        r"(?:(?:in|at|on|by|to|from|for|next|this|soon|later)\b|\d[\d.,]*%?|\$)", re.I)
_PLAN_CUE = re.compile(
    r"(?:\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming|wants?|wanted|seeks?|"
    r"hopes?|needs?|expects?|strategy\s+(?:is|was)|priority\s+(?:is|was)|(?:is|are)\s+(?:seeking|looking|hoping|"
    r"preparing|working))\s+to|"
    + _PLAN_SUBJECT + r"\s+(?:also\s+|now\s+|soon\s+)?(?:will|would|is\s+going\s+to)|"
    r"\bas\s+part\s+of\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:strategy|plan|effort)\s+to)"
    rf"\s+(?:also\s+|further\s+|significantly\s+|gradually\s+)?(?P<vp>{_PLAN_VERBS}\b(?:[^.;:?!]|\.(?=\d))*)")
# Where a verb phrase's object ends: a reason, a report, a speaker, a new clause.
_VP_END = re.compile(r"\s*(?:,\s*(?:which|who|while|saying|said|according|as|but|although|after|before|"
                     r"analysts|the\s+company\s+said)\b|\s+(?:in\s+an\s+effort|in\s+order|so\s+that|because|"
                     r"as\s+(?:it|they|we|the\s+company|the\s+group)\s|"
                     r"according\s+to|said|says|(?:its|⟨O\d+⟩'s)\s+(?:chairman|chief|president|head)|his|her|"
                     r"the\s+company\s+said)\b|,\s*(?:[a-z][\w-]*\s+){0,3}⟨P\d+⟩|[,.]\s*[\"”]|\s+(?:by|in)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:19|20)\d\d\b|\s*\(|\s*,\s*$).*$")
# "cut jobs, close plants and sell land"; "cut jobs and will close plants" (a second auxiliary: a second plan)
_VP_SPLIT = re.compile(rf"\s*,\s*(?:and\s+)?(?:to\s+)?(?={_PLAN_VERBS}\b)|\s+and\s+(?:to\s+|will\s+|would\s+)?(?={_PLAN_VERBS}\b)")
_VP_SERIES = re.compile(rf",\s*(?:and\s+)?(?:to\s+)?{_PLAN_VERBS}\b|\s+and\s+(?:will|would)\s+{_PLAN_VERBS}\b")
_NAMED_STRATEGY = re.compile(r"⟨O(?P<org>\d+)⟩(?:'s|’s|')\s+(?:(?:new|current|overall|corporate|business)\s+)*"
                             r"(?!(?:new|current|overall|corporate|business)\s)(?P<name>(?:[\w-]+\s+){1,4}?)strategy\b")
_MAY_PLAN = Gate(_PLAN_CUE)  # a cue word and a plan verb: few sentences have both
# "Trimming perks and middle managers is Ostrel's new strategy", "Providing ... is a strategy that ..."
_GERUND_STRATEGY = re.compile(r"^(?P<g>[A-Z][a-z]+ing\b[^,;⟨]{0,80}?)\s+(?:is|was|are|were)\s+(?:(?P<org>⟨O\d+⟩)"
                              r"(?:'s|’s|')\s+|its\s+|their\s+|an?\s+|the\s+)(?:[\w-]+\s+){0,2}?strategy\b")


# "Snack bars are one of the cornerstones of Varnel's growth strategy", "Cloud software is a pillar of its strategy".
_CORNERSTONE = re.compile(r"^[\"“‘]?(?P<x>[A-Z][^,;⟨\"“”]{2,60}?)\s+(?:is|are|was|were|remains|remain|has\s+become|"
                          r"have\s+become)\s+(?:one\s+of\s+)?(?:the\s+|a\s+)?(?:(?:key|central|main|core|major)\s+)?"
                          r"(?:cornerstones?|pillars?|centrepiece|centerpiece|core|heart|backbone|foundation|linchpin|"
                          r"key\s+parts?|central\s+parts?)\s+of\s+(?:(?P<org>⟨O\d+⟩)(?:'s|’s|')|its|their)\s+"
                          r"(?:[\w-]+\s+){0,3}?strategy\b")
# "Its growth plan centres on expanding into Chile", "Acme's strategy rests on cheaper steel": what a plan is
# built on (not "the strategy focuses on three pillars: ...", a list the strategy extractor reads).
_PLAN_RESTS = re.compile(r"\b(?:strategy|plan|programme|program|overhaul|turnaround|push)\s+(?:centres|centers|centred|"
                         r"centered|focuses|is\s+focused|rests|relies|hinges|is\s+built|is\s+based)\s+(?:on|around|upon)\s+"
                         r"(?P<x>(?:[^,;.:⟨]|⟨[LD]\d+⟩){3,80}?)(?=\s*(?:[,;.]|$))")
# "The strategy includes selling its ferry unit and investing in automation": the courses a plan names
_PLAN_INCLUDES = re.compile(r"\b(?:strategy|plan|programme|program|overhaul|turnaround)\s+(?:includes|included|involves|"
                            r"involved|calls\s+for|called\s+for|envisages|envisaged)\s+"
                            r"(?P<x>[a-z]+ing\b(?:[^;:?!.⟨]|⟨[LD]\d+⟩|\.(?=\d))*)")
_GERUND_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?=[a-z]+ing\b)|\s+and\s+(?=[a-z]+ing\b)")
# "Acme has made the purchase of new airliners a top priority", "making cost cuts its main focus"
_MADE_PRIORITY = re.compile(r"\b(?:made|makes|make|making)\s+(?P<x>(?:the\s+)?[a-z][^,;.⟨]{2,80}?)\s+(?:a|an|its|their|the)\s+"
                            r"(?:(?:top|key|major|main|first|central|strategic|big|high|core)\s+)?(?:priority|focus)\b")


# A course under way: "Acme is focusing on premium snacks", "it is expanding into Ghana", "Acme is shifting its
# focus to online sales"; told in the verb's base form, as plans are.
_UNDER_WAY = re.compile(
    r"(?P<subj>⟨O\d+⟩|\b[Ii]t|\b[Ww]e)\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|also|increasingly|gradually|"
    r"aggressively|quickly|rapidly|heavily)\s+)?(?P<ing>focusing|focussing|concentrating|expanding|pushing|moving|"
    r"shifting|pivoting|diversifying|betting|doubling\s+down|investing(?:\s+heavily)?)\s+"
    r"(?P<rest>(?:(?:its|their|our)\s+(?:focus|attention|resources|business)\s+)?(?:on|into|in|to|towards)\s+[^.;:?!]*)")
_MAY_BE_UNDER_WAY = Gate(_UNDER_WAY)  # its verbs: few sentences hold one (the regex tries every position)
_BASE_FORM = {"focusing": "focus", "focussing": "focus", "concentrating": "concentrate", "expanding": "expand",
              "pushing": "push", "moving": "move", "shifting": "shift", "pivoting": "pivot", "diversifying": "diversify",
              "betting": "bet", "doubling down": "double down", "investing": "invest", "investing heavily": "invest"}
# "Acme's strategy of cutting costs", "Acme is pursuing a strategy of acquisitions".
_STRATEGY_OF = re.compile(r"(?:(?P<org>⟨O\d+⟩)(?:'s|’s|')\s+|\b(?:its|their|a|the)\s+)(?:[\w-]+\s+){0,2}?strateg(?:y|ies)\s+"
                          r"of\s+(?P<x>[a-z][^,;.⟨]{2,60}?)(?=\s+(?:has|have|had|is|was|are|were|will|would|and\s+(?!"
                          r"[a-z]+ing\b)|but|to|in\s+order|that|which|as)\b|\s*[,.;:]|$)")


def _unmask(ctx: Context, text: str) -> str:
    return re.sub(r"⟨[A-Z](\d+)⟩", lambda m: ctx.slots[int(m.group(1))].text if ctx.slot(m.group(1)) else "", text)


# What a plan or target is said of when its subject is no company: "The government aims to ...", "Nigeria plans
# to ...", "Acme said regulators want to ...": the clause's subject just before the cue, after a clause boundary.
_CUE_GAP = (r"(?:(?:has|have|had|is|are|was|were|also|now|still|further|itself|already)\s+)*"
            r"(?:(?:aims?|aimed|aiming|plans?|planned|planning|wants?|wanted|hopes?|hoped|hoping|intends?|intended|"
            r"seeks?|sought|expects?|expected|pledged|promised|vowed|committed|targets?|targeting|will|would|"
            r"needs?|is\s+set|set\s+out)\s+(?:to\s+)?(?:(?:further|also|significantly|gradually)\s+)?)?")
_FOREIGN_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:said|says|and|but|that|while|because|where|whereas)\s+)(?:(?:the|a|its|their)\s+)?"
    r"(?:(?:(?:⟨[DL]\d+⟩(?:'s|’s)?|[A-Z][\w-]*|federal|national|central|local|state|regional|provincial|municipal)\s+)"
    r"{0,3}(?i:government|governments|ministry|ministries|regulators?|authorities|officials|lawmakers|parliament|"
    r"administration|commission|council|country|countries|nation|city|state|analysts|economists|unions?)"
    r"|⟨[LD]\d+⟩)\s+" + _CUE_GAP + r"$")
# Names inside an aside before the verb are not its subject: "Beta, which Acme bought in 2020, aims to ...",
# "Beta, a unit of Acme, plans to ...", "Speaking at an Acme event, Beta's chief said ...".
_ASIDE_OPEN = re.compile(r",\s*(?:which|that|who|whom|whose|where|a|an|the|one\s+of|part\s+of|owned\s+by|"
                         r"backed\s+by|controlled\s+by|like|unlike|including|along\s+with|together\s+with|"
                         r"as\s+well\s+as)\b[^,;]*$")
_ASIDE_CLOSE = re.compile(r"[^,;]*,")
_LEAD_ASIDE = re.compile(r"^(?:[A-Z][a-z]+ing|Under|After|Before|With|Despite|Following|Through|During|Amid|Unlike|"
                         r"Like|Besides|Beyond|At|Compared\s+(?:with|to))\b[^,;]{0,100}?,\s")


# ... or a thing whose effect a figure is: "The new plant will create 3,000 jobs", "analysts said the deal
# would add 5 percent to earnings" (not a plan or restructuring: "the plan aims to cut 2,000 jobs" is the company's).
_THING_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:said|says|that)\s+)(?:the|a|an|this|that|these|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plants?|factory|factories|facility|facilities|mine|site|investments?|strike|tax|law|rules?|policy|deal|"
    r"transaction|acquisition|takeover|merger|tie-up)\s+" + _CUE_GAP + r"$", re.I)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|that|who|whose)\b[^,;]*,")


def _foreign_subject(before: str) -> bool:
    """Whether the masked text ``before`` a plan or target ends in a subject that is no company's."""
    if _FOREIGN_SUBJECT.search(before) is not None:
        return True
    return ("," in before or " " in before) and _THING_SUBJECT.search(_RELATIVE_ASIDE.sub("", before)) is not None


# "Beta chief executive Jo Bloggs said the company ...": the company is the speaker's.
_SPEAKERS_COMPANY = re.compile(r"⟨O(?P<org>\d+)⟩(?:'s|’s|')?\s+(?:[a-z-]+\s+){1,4}⟨P\d+⟩\s*,?\s+"
                               r"(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:the\s+)?$")


def _subject_org(ctx: Context, before: str) -> str | None:
    """The last organization named in the masked text ``before`` a cue outside an aside, or None."""
    lead = _LEAD_ASIDE.match(before)
    for t in reversed(list(re.finditer(r"⟨O(\d+)⟩", before))):
        if lead and t.start() < lead.end():
            continue
        if _ASIDE_OPEN.search(before, 0, t.start()) and _ASIDE_CLOSE.match(before, t.end()):
            continue
        slot = ctx.slots[int(t.group(1))]
        if slot.anaphor and (sp := _SPEAKERS_COMPANY.search(before, 0, t.start())):
            return ctx.slots[int(sp.group("org"))].key
        return slot.key
    return None


def _plan_owner(ctx: Context, before: str) -> str | None:
    """The organization a plan belongs to: the last one named before the cue (not in an aside), else the
    article's; None when the plan's subject is a government, a place or another body."""
    if _foreign_subject(before):
        return None
    owner = _subject_org(ctx, before)
    if owner is not None:
        return owner
    later = [s for s in ctx.slots if s.kind == ORG]
    return later[0].key if later else ctx.focal


def _owner_named(ctx: Context, token: str | None, before: str) -> str | None:
    """The organization a slot token of the match names (``⟨O3⟩``), else the owner of a plan stated
    after the masked text ``before`` (:func:`_plan_owner`)."""
    slot = ctx.slot(token[2:-1]) if token else None
    return slot.key if slot is not None and slot.kind == ORG else _plan_owner(ctx, before)


@sentence_extractor("strategy-plan")
def plan_strategies(ctx: Context) -> None:
    """Stated courses of action: "plans to cut 2,700 jobs", "Acme will expand in Chile",
    "he wanted to modernise its archives, build a lab and forge ties", "Ostrel's mapping services strategy"."""
    masked = ctx.masked
    pos = 0
    # A cue inside another's reason is a plan too ("open a plant in Ghana as it seeks to grow abroad"): the
    # search goes on after the first plan's end, not the sentence's.
    while _MAY_PLAN.holds_in(ctx.masked_words) and (m := _PLAN_CUE.search(masked, pos)):
        vp = _VP_END.sub("", m.group("vp"))
        pos = m.start("vp") + max(1, len(vp))
        # "Acme said its unit Beta will expand ...": the cue opens with its subject
        opener = re.match(r"⟨O(\d+)⟩", m.group(0))
        owner = ctx.slots[int(opener.group(1))].key if opener else _plan_owner(ctx, masked[:m.start()])
        if owner is None:
            continue
        # A comma series is a list of plans; "expand routes and open new ones" is one plan.
        phrases = [_unmask(ctx, item).strip(" ,") for item in (_VP_SPLIT.split(vp) if _VP_SERIES.search(vp) else [vp])]
        if len(phrases) == 1 and _NO_OBJECT.match(phrases[0]):
            # "hire 800 engineers and expand into offshore wind": a number makes the first a goal (the goal
            # extractor's); the course after "and" is a plan still
            phrases = [_unmask(ctx, item).strip(" ,") for item in _VP_SPLIT.split(vp)[1:]]
        for phrase in phrases:
            if 2 <= len(phrase.split()) <= 16 and not _NO_OBJECT.match(phrase):
                _add_strategy(ctx, owner, phrase, "strategy-plan", 0.6, max_words=16)
    for u in (_UNDER_WAY.finditer(masked) if _MAY_BE_UNDER_WAY.holds_in(ctx.masked_words) else ()):
        subj = u.group("subj")
        if subj.startswith("⟨") and ctx.slots[int(subj[2:-1])].kind != ORG:
            continue  # a person's or a place's course, not a company's
        owner = _owner_named(ctx, subj if subj.startswith("⟨") else None, masked[:u.start()])
        if owner is None:
            continue
        rest = _VP_END.sub("", u.group("rest"))
        phrase = f"{_BASE_FORM[u.group('ing')]} {_unmask(ctx, rest).strip(' ,')}"
        if 3 <= len(phrase.split()) <= 16 and not _NO_OBJECT.match(phrase):  # not "moving in the right direction"
            _add_strategy(ctx, owner, phrase, "strategy-under-way", 0.6, max_words=16)
    # A plan's name stands for what it states: only when the sentence states no course of its own.
    if ('"' in ctx.sentence.text or "“" in ctx.sentence.text) and not any(f.predicate == "strategy" for f in ctx.facts):
        _named_plans(ctx)
    if ("priority" in masked or "focus" in masked) and (p := _MADE_PRIORITY.search(masked)):
        owner = _plan_owner(ctx, masked[:p.start()])
        if owner and not re.fullmatch(r"the\s+\S+", p.group("x")):  # "made the decision a priority": no course
            _add_strategy(ctx, owner, re.sub(r"^the\s+", "", p.group("x")), "strategy-made-priority", 0.6,
                          max_words=10)
    if (" on " in masked or " around " in masked) and (r := _PLAN_RESTS.search(masked)):
        owner = _plan_owner(ctx, masked[:r.start()])
        if owner:
            _add_strategy(ctx, owner, _unmask(ctx, r.group("x")), "strategy-rests-on", 0.6, max_words=10)
    if ("includ" in masked or "involv" in masked or "calls for" in masked or "envisage" in masked) \
            and (inc := _PLAN_INCLUDES.search(masked)) and (owner := _plan_owner(ctx, masked[:inc.start()])):
        for item in _GERUND_SPLIT.split(_VP_END.sub("", inc.group("x"))):
            _add_strategy(ctx, owner, _unmask(ctx, item), "strategy-includes", 0.6, max_words=10)
    if "strateg" not in masked:  # what the gerund, named and "strategy of" forms have
        return
    for so in _STRATEGY_OF.finditer(masked):
        owner = _owner_named(ctx, so.group("org"), masked[:so.start()])
        if owner:
            _add_strategy(ctx, owner, so.group("x"), "strategy-of", 0.6)
    if "strategy" not in masked:
        return
    c = _CORNERSTONE.match(masked)
    if c:
        owner = _owner_named(ctx, c.group("org"), "")
        if owner:
            _add_strategy(ctx, owner, c.group("x"), "strategy-cornerstone", 0.65)
    g = _GERUND_STRATEGY.match(masked)
    if g:
        owner = _owner_named(ctx, g.group("org"), "")
        if owner:
            _add_strategy(ctx, owner, _unmask(ctx, g.group("g")), "strategy-gerund", 0.65, max_words=12)
    for m in _NAMED_STRATEGY.finditer(masked):
        name = m.group("name").strip()
        slot = ctx.slot(m.group("org"))
        if slot is not None and slot.kind == ORG and not re.search(r"⟨|\b(?:the|a|an|its|of|and)\b", name):
            _add_strategy(ctx, slot.key, name, "strategy-named", 0.65)


# --- goals --------------------------------------------------------------------------------------

# Searched in the lower-cased sentence: a case-blind search is several times slower.
_GOAL_CUE = re.compile(r"\b(?:goals?|targets?|targeted|targeting|aims?|aimed|aiming|plans?|planning|"
                       r"intends?|intended|seeks?|sought|hopes?|hoped|hoping|sights|ambitions?|objectives?|will|would|"
                       r"wants? to|wanted to|expects? to|set to|"
                       r"(?:pledge|pledges|promise|promises|vow|vows|commits)\s+to|"
                       # a past participle only with its subject: "the investment promised to Kenya" states no plan
                       r"(?:has|have|had|it|he|she|they|we)\s+(?:pledged|promised|vowed|committed)\s+to)\b")
# ... or a deadline, apart: its screen word ("by") is in most sentences.
_BY_YEAR = re.compile(r"\bby (?:the end of )?(?:19|20)\d\d\b")
# A target stated as a noun reads like a verb: "a target of 1 million subscribers", "targeting annual sales of
# 5 billion euros"; "of" leads to the figure only after these ("cut 20% of its workforce of 9,000" states none).
_GOAL_VERB = (r"(?:(?:targets?|goals?|ambitions?|objectives?)\s+of|target(?:s|ed|ing)?(?:\s+(?:annual|yearly|total|"
              r"net|revenues?|sales|turnover|profits?|earnings|output|production|deliveries|capacity|volumes?|"
              r"margins?|growth|cost|savings|spending|shipments|ebitda))+\s+of|target(?:s|ing)?|aim(?:s|ing)?\s+for(?:\s+(?:an?\s+)?(?:annual|yearly|total|"
              r"net|revenues?|sales|turnover|profits?|earnings|output|production|capacity|growth)(?:\s+(?:revenues?|"
              r"sales|growth|profits?))?\s+of)?|"
              # "Acme's target is 10 million cars", "its goal is 5 million customers"
              r"(?:targets?|goals?|ambitions?|objectives?)\s+(?:is|was|are|were)|"
              # "aims to have 5 million subscribers" (not "will have": a consequence may follow)
              r"(?:(?<=aim to )|(?<=aims to )|(?<=aiming to )|(?<=want to )|(?<=wants to )|(?<=plan to )|"
              r"(?<=plans to )|(?<=planning to )|(?<=hope to )|(?<=hopes to )|(?<=intends to )|(?<=seeks to )|"
              # "its goal is to have 5,000 staff"
              r"(?<=goal is to )|(?<=target is to )|(?<=aim is to )|(?<=ambition is to )|(?<=objective is to ))"
              r"hav(?:e|ing)|"
              r"fly(?:ing)?|carry(?:ing)?|welcom(?:e|ing)|acquir(?:e|ing)|gain(?:ing)?|return(?:ing)?|"
              r"serv(?:e|ing)|reach(?:ing)?|creat(?:e|ing)|cut(?:ting)?|eliminat(?:e|ing)|hir(?:e|ing)|"
              r"add(?:ing)?|sell(?:ing)?|achiev(?:e|ing)|facilitat(?:e|ing)|support(?:ing)?|produc(?:e|ing)|"
              r"build(?:ing)?|deliver(?:ing)?|reduc(?:e|ing)|rais(?:e|ing)|invest(?:ing)?|generat(?:e|ing)|"
              r"open(?:ing)?|train(?:ing)?|shed(?:ding)?|lay(?:ing)? off|employ(?:ing)?|attract(?:ing)?|"
              r"doubl(?:e|ing)|tripl(?:e|ing)|grow(?:ing)?|increas(?:e|ing)|connect(?:ing)?|help(?:ing)?|"
              r"ship(?:ping)?|sav(?:e|ing)|lift(?:ing)?|boost(?:ing)?|lower(?:ing)?|trim(?:ming)?|slash(?:ing)?|"
              r"expand(?:ing)?|install(?:ing)?|recruit(?:ing)?|sign(?:ing)? up|enrol(?:l|ling)?|onboard(?:ing)?|"
              r"hit(?:ting)?|exceed(?:ing)?|earn(?:ing)?|win(?:ning)?|halv(?:e|ing)|launch(?:ing)?|"
              r"roll(?:ing)? out|deploy(?:ing)?|plant(?:ing)?|bring(?:ing)?\s+(?:down|in))")
_GOAL_QUALIFIER = (r"(?:(?:more than|over|about|around|roughly|up to|at least|nearly|almost|some|another|"
                   r"an additional|a further|the|a total of|a)\s+)?")
_PERCENT = r"(?:percent|per\s+cent|%)"
_GOAL_PCT = r"(?P<pct>\s?(?:percent|per\s+cent|%|percentage\s+points))?"
_FIGURE_WORDS = "|".join(sorted([*numbers.WORDS, *numbers.SCALES], key=len, reverse=True))
# A holding, which a figure before it sizes ("a 10 percent stake"): no target.
_STAKE = "stake|holding|shareholding|interest"
# "ship 12 million devices", "cut 2,700 jobs"; or the thing changed, then "by" or "to" and the figure:
# "cut the fuel use of its trucks by 35 percent", "raise its gross margin to 11 percent".
_GOAL = re.compile(
    # (an object has no figure in words: "add two million customers by 2027" is two million, not "by 2027")
    rf"\b{_GOAL_VERB}\s+(?:(?:by|to)\s+|(?P<obj>(?:(?!(?:by|to|and|or|but|which|that|while|{_STAKE}|{_FIGURE_WORDS})\b)"
    rf"[^\s\d.;:,!?$€£¥\"“”]+\s+){{1,12}}?)(?:by|to)\s+"
    # ... or a short object and a percentage straight after it: "cut emissions 40 percent"
    rf"|(?P<obj2>(?:(?!(?:by|to|and|or|but|which|that|while|{_STAKE}|of|the|a|an|its|"
    rf"their|his|her)\b)[a-z][\w-]*\s+){{1,3}}?)(?=(?:(?:more than|over|about|around|roughly|nearly|almost|at least|"
    rf"up to)\s+)?\d[\d.,]*\s?{_PERCENT}(?!\s+(?:{_STAKE})\b)))?{_GOAL_QUALIFIER}(?P<amount>{numbers.NUMBER_PATTERN})"
    # not a size ("a 200-megawatt plant") nor a stake sold ("sell a 10 percent stake")
    rf"{_GOAL_PCT}(?![\d,.]*-[a-z])(?!\d)(?!(?:\s?{_PERCENT})?\s+(?:{_STAKE})\b)",
    re.I)

_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(numbers.WORDS)
# "announced 6,500 job cuts over the next three years": announced cuts are a plan, whatever the verb's tense.
_JOB_CUTS = re.compile(
    rf"\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|plans?|planning|detail(?:s|ed)?|confirm(?:s|ed)?|"
    rf"(?:will|to)\s+make)\s+{_GOAL_QUALIFIER}(?P<amount>{numbers.NUMBER_PATTERN})(?P<pct>)"
    rf"\s+(?:(?:new\s+)?job\s+(?:cuts|losses|reductions)|layoffs|redundancies)\b", re.I)
_MAY_CUT_JOBS = Gate(_JOB_CUTS)


def _lower_case(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The case-blind ``regex`` as a case-sensitive one for lower-cased text: several times faster to search."""
    if re.search(r"\\[SWDBAZ]", regex.pattern):
        raise ValueError("an upper-case escape would change meaning")
    return re.compile(regex.pattern.lower().replace("(?p<", "(?P<"))


_GOAL_LOW, _JOB_CUTS_LOW = _lower_case(_GOAL), _lower_case(_JOB_CUTS)
_MAY_BE_GOAL = Gate(_GOAL)  # most sentences with "will" name none of the goal verbs
# A case-blind search tries every position; most sentences with a goal verb lack every cue word.
_MAY_HAVE_CUE = Gate(_GOAL_CUE)
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# "by 2030", "by the end of 2025", "by March 2027", "by the fiscal year ending March 2027", "by fiscal 2027",
# "in 2025" (a year not yet past), "in the next five years", "within three years".
_DEADLINE = re.compile(
    rf"\b(?:[Bb]y|[Bb]efore|[Uu]ntil)\s+(?:the\s+end\s+of\s+)?(?:the\s+(?:fiscal|financial)\s+year\s+"
    rf"(?:ending|to|through)\s+(?:in\s+)?|(?:the\s+)?(?:fiscal|financial|FY)\s*(?:year\s+)?)?"
    rf"(?:(?:early|mid|late|end)[- ])?(?:{_MONTH_WORD}\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
    rf"|\b[Ii]n\s+(?:fiscal\s+)?(?P<in_year>20\d\d)\b(?!\s*(?:[-–]|to\b))"
    rf"|\b(?:in|over|within)\s+the\s+(?:next|coming)\s+(?P<n>\w+)\s+years\b|\bwithin\s+(?P<n2>\w+)\s+years\b"
    rf"|\b(?P<rel>next|this)\s+year\b"
    # "a 2030 target of 10 million customers"
    rf"|\b(?:a|its|their|the)\s+(?P<target_year>20\d\d)\s+(?:target|goal)s?\b")
_UNIT_STOP = frozenset("""in on by to of for and or with at over within from a an the per globally worldwide annually
each every this next last its their his her than compared up as including across around about into while
after before because since when if amid despite following due through until under during""".split())
_UNIT_WORD = re.compile(r"\s+([a-z0-9][\w-]*)")  # "2,000 new 5G towers"
# What a money figure is of: "$4 billion in annual revenue", "$250 million a year".
_MONEY_TAIL = re.compile(r"\s+(?:(?:in|of)\s+(?:annual\s+|yearly\s+|new\s+)?(?:revenues?|sales|turnover|profits?|"
                         r"income|savings|orders|investments?|consumption|spending|costs?)\b|(?:a|per)\s+year\b|"
                         r"annually\b)")


@sentence_extractor("goal")
def goals(ctx: Context) -> None:
    """Numeric targets: "serve 3 million shoppers ... by 2034" -> Goal(3000000, shoppers, 2034);
    "cut the fuel use of its trucks by 35 percent by 2031" -> Goal(35, percent, 2031)."""
    text = ctx.sentence.text
    may_goal = _MAY_BE_GOAL.holds_in(ctx.words)
    may_cut = _MAY_CUT_JOBS.holds_in(ctx.words)
    # The words first (bits of the screens), then a figure in digits or words, which every goal holds.
    if not (may_goal or may_cut) \
            or not _DIGIT.search(text) and (ctx.words is None or _NUMBER_WORDS.isdisjoint(ctx.words)):
        return
    low = text.lower()
    # Matched in the lower-cased text, where lower-casing keeps every offset (almost always).
    goal_re, cuts_re, where = (_GOAL_LOW, _JOB_CUTS_LOW, low) if len(low) == len(text) else (_GOAL, _JOB_CUTS, text)
    matches: list[re.Match[str]] = []
    if may_goal and (_MAY_HAVE_CUE.holds_in(ctx.words) and _GOAL_CUE.search(low) or _BY_YEAR.search(low)):
        matches = list(goal_re.finditer(where))
    if may_cut:
        matches.extend(m for m in cuts_re.finditer(where) if not any(g.start() <= m.start() < g.end() for g in matches))
        matches.sort(key=lambda m: m.start())
    found = [(g, v) for g in matches if (v := _goal_value(g, text)) is not None]
    if not found:
        return
    published = ctx.article.date
    first = _deadline(_DEADLINE.finditer(text), published)
    for k, (g, (value, unit, end)) in enumerate(found):
        # Whose goal: the organization named last before it ("Under the Zorb plan, the company aims to ..."),
        # else the first of the sentence, else the article's.
        at = ctx.sentence.start + g.start()
        masked_before = _masked_before(ctx, text, g.start())
        if masked_before is not None and _foreign_subject(masked_before):
            continue  # "The government aims to ...": not the company's
        org = _subject_org(ctx, masked_before) if masked_before is not None else None
        if org is None:
            before = [s for s in ctx.slots if s.kind == ORG and s.start < at]
            org = before[-1].key if before else _strategy_owner(ctx)
        if org is None:
            return
        # A goal's own deadline follows it, before the next goal; else the sentence's first.
        stop = found[k + 1][0].start() if k + 1 < len(found) else len(text)
        own = _deadline(_DEADLINE.finditer(text, end, stop), published)
        _add_goal(ctx, org, text[g.start():end].strip(" ,"), value, unit, own or first)


def _masked_before(ctx: Context, text: str, start: int) -> str | None:
    """The masked sentence up to where ``text[start:]`` (a goal's words) begins in it, or None when they
    are not found."""
    base = ctx.sentence.start
    stop = min([s.start - base for s in ctx.slots if s.start - base > start] + [start + 24])
    snippet = text[start:stop]  # up to the next name, which the masked text writes as a slot
    if len(snippet) < 4:
        return None
    at = [m.start() for m in re.finditer(re.escape(snippet), ctx.masked)]
    if not at:
        return None
    pos = min(at, key=lambda p: abs(p - start))  # the occurrence where the raw offset puts it
    return ctx.masked[:pos]


def _goal_value(g: re.Match[str], text: str) -> tuple[Decimal, str, int] | None:
    """The value, unit and label end of a goal match in ``text`` (or its lower-cased copy); None for a year
    or a figure too small to be a target."""
    parsed = numbers.from_match(g)
    if parsed is None:
        return None
    value, currency = parsed
    raw = g.group("num")
    if g.group("pct"):
        return value, "percent", g.end()
    if currency is None and not g.group("scale") and re.fullmatch(r"(?:19|20)\d\d", raw):
        return None  # "cut emissions by 2030": a year, not a figure
    if value < 2 and not currency:
        return None
    end = g.end()
    if currency:
        tail = _MONEY_TAIL.match(text, end)
        return value, currency, tail.end() if tail else end
    words: list[str] = []
    pos = end
    m = re.match(r"\s+of\b", text[pos:])  # "RMB3 trillion of spending"
    if m:
        pos += m.end()
    while len(words) < 3 and (w := _UNIT_WORD.match(text, pos)) and w.group(1).lower() not in _UNIT_STOP:
        words.append(w.group(1))
        pos = w.end()
    return value, " ".join(words), pos if words else end


def _deadline(found: Iterator[re.Match[str]], published: dt.date | None) -> str | None:
    """The year of the first deadline among ``found``: a stated year, a year not yet past after "in", or
    the publication year plus "the next N years" (or "next year", "this year")."""
    for d in found:
        if d.group("year") or d.group("target_year"):
            return d.group("year") or d.group("target_year")
        if d.group("in_year"):
            if published is None or int(d.group("in_year")) >= published.year:
                return d.group("in_year")
            continue
        if d.group("rel"):
            if published is not None:
                return str(published.year + (d.group("rel") == "next"))
            continue
        n = d.group("n") or d.group("n2")
        years = numbers.WORDS.get(n.lower()) if not n.isdigit() else int(n)
        if years and published is not None:
            return str(published.year + int(years))
    return None


def _add_goal(ctx: Context, org: str, phrase: str, value: Decimal, unit: str, deadline: str | None) -> None:
    lexical = numbers.lexical(value)
    key = entity_key(GOAL, f"{org.split('/')[-1]} {lexical} {unit}")
    ent = ctx.entities.get(key)
    if ent is None:
        ent = ctx.entities[key] = Entity(key=key, kind=GOAL, label=phrase, aliases={phrase},
                                         evidence=ctx.evidence("goal-number", 0.7))
        ent.attrs["targetValue"] = Value(lexical, "decimal")
        if unit:
            ent.attrs["targetUnit"] = Value(unit)
    if deadline and "deadline" not in ent.attrs:
        ent.attrs["deadline"] = Value(deadline, "gYear")
    ctx.add(org, "goal", key, "goal-number", 0.7)
