"""The context patterns of one lexicon, compiled once: :attr:`Lexicon.cues <kg.extract.gazetteer.Lexicon.cues>`.

Mentions are typed by the words around them ("CEO Jane Roe", "Acme shares",
"tech giant Acme") and relations see "the company" as the article's focal
organization; both read these patterns. Cues on the text before a name are
anchored at its end and matched backwards (:class:`~kg.extract.reverse.EndPattern`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from kg.extract.prefilter import Gate, alternation
from kg.extract.reverse import EndPattern

if TYPE_CHECKING:
    from kg.extract.gazetteer import Lexicon

_ROLE_WORDS = (r"(?:CEO|chief executive|chief (?:[a-z]+ ){1,2}officer|chairman|chairwoman|chairperson|chair|president|"
               r"founder|co-founder|managing director|general director|director|CFO|COO|CTO|executive|vice president|head|boss|"
               r"(?:finance|financial|operating|technology|marketing|executive) chief|"
               r"spokesman|spokeswoman|analyst)")
# The same titles, less those an organization may hold too ("Acme was a founder of the fund"): after a copula.
_HELD_ROLE_WORDS = (r"(?:CEO|chief executive|chief (?:[a-z]+ ){1,2}officer|chairman|chairwoman|chairperson|"
                    r"president|(?:managing|general|finance|executive|non-executive|artistic|creative|technical) director|"
                    r"general manager|CFO|COO|CTO|vice president)")


# The end of a noun phrase: "a mid-size car produced by", not "a vehicle manufacturing company".
# Nouns a compound descriptor of a firm ends in ("the component maker X"), and trades whose makers are
# people ("the film maker Jo Bloggs"): the firm cue and its exceptions must list the same nouns.
# ... and a company's parts: "its cement unit Ayla Cimento", "the leasing subsidiary Oren Capital"
_FIRM_NOUNS = ("maker|manufacturer|supplier|company|firm|group|operator|retailer|carrier|bank|insurer|lender|brewer|chain|"
               "unit|subsidiary|division")
_PEOPLE_TRADES = "film|movie|music|record|fashion|dress|shoe|cabinet"
_NP_END = (r"(?=\s*(?:[,.;:()]|$|\s(?:produced|made|developed|built|designed|manufactured|marketed|sold|released|brewed|distilled|"
           r"published|launched|introduced|from|by|that|which|with|for|in|on|of|and|or|first|since|until|based|owned)\b))")

# Company nouns a person's trade has too ("one of the city's top developers"), beyond _ORG_TOO's.
_PERSON_TOO = frozenset({"developer", "maker", "supplier", "provider", "operator", "band"})
_ORG_TOO = frozenset({"investor", "producer", "publisher", "player", "manager", "designer", "founder", "co-founder",
                      "president", "executive", "director", "general", "model", "officer", "magnate", "editor",
                      "broadcaster", "banker", "engineer", "king", "queen", "prince", "princess", "emperor"})


# People a body's noun may modify: "a business leader", "a company executive", "a former central bank official".
_PEOPLE_AFTER_BODY = (r"(?:leader|executive|owner|partner|magnate|consultant|analyst|journalist|reporter|editor|"
                      r"correspondent|student|man|woman|person|mogul|tycoon|official|employee|worker|staffer|manager|"
                      r"director|chairman|chairwoman|president|economist|lawyer|trader|veteran|spokesman|spokeswoman|"
                      r"spokesperson|adviser|advisor|boss|insider)s?\b")


# Verbs and nouns of business before a company's name: "shares of X", "a unit of X", "rival X".
_BUSINESS_VERBS = ("shares of", "stake in", "acquire", "acquired", "acquisition of", "bought", "buy", "merge with",
                   "merger with", "subsidiary of", "unit of", "division of", "rival", "rivals", "competitor",
                   "doing business as", "trading as", "d/b/a")
# Nouns of bodies that never stand before a person's name: "the daily newspaper X", "the law firm X"
# (unlike "partner", "investor" or "owner") ...
_BODY_NOUNS = ("newspaper", "magazine", "broadcaster", "firm", "company", "bank", "lender", "insurer", "airline",
               "carrier", "retailer", "automaker", "carmaker", "brewer", "chipmaker", "steelmaker", "drugmaker",
               "conglomerate", "multinational", "shipbuilder", "brokerage", "telco", "reinsurer", "wholesaler",
               "refiner", "network", "channel", "studio", "label", "chain", "exchange", "regulator", "agency",
               "startup", "start-up", "fintech", "publisher", "manufacturer")
# ... and what a firm's "maker" makes: "the component maker X" (not "film maker", "policy maker").
_MADE_THINGS = ("component", "chip", "car", "auto", "drug", "steel", "parts", "equipment", "machine", "machinery",
                "tool", "device", "phone", "handset", "toy", "engine", "aircraft", "plane", "truck", "vehicle",
                "battery", "software", "game", "camera", "watch", "glass", "paper", "tyre", "tire", "furniture",
                "appliance", "instrument", "robot", "semiconductor", "display", "panel", "sensor", "turbine", "cable",
                "chemical")


class Cues:
    """Context cues for typing mentions, and the organization anaphor of relations."""

    def __init__(self, lex: Lexicon) -> None:
        def alt(words: Iterable[str], ignorecase: bool = False) -> str:
            # Longest first (by escaped length, as the flat lists were), as a prefix tree; ties in
            # spelling order, so the pattern is the same text in every process (kg.cache keys on it).
            return alternation(sorted(words, key=lambda w: (-len(re.escape(w)), w)), ignorecase)

        def ralt(words: Iterable[str], ignorecase: bool = False) -> str:
            # ``alt`` for the text before a name: the same words, written as a tree of their ends, which
            # EndPattern reverses into a prefix tree of the words read backwards. Matched backwards, a
            # list of words is then one branch per letter instead of every word in turn.
            tree = alt([w[::-1] for w in words], ignorecase)
            if not tree:
                return ""
            backward = EndPattern(f"(?:{tree})$", re.I if ignorecase else 0).backward.pattern
            return backward.removeprefix("\\n?")  # the optional newline "$" allows, read backwards

        # "(born 1950)", "(1911–1971)", "(4 May 1911, Leeds – ...)"; a bare "(1989)" dates a work, not a life.
        date = r"\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[0-9]|20)\d\d\s*"
        # "X, () (22 August 1920 – ...)", "X (; 9 January 1890–...)": transliteration brackets left empty.
        self.life_dates = re.compile(
            rf"\s*,?\s*(?:\(\)\s*)?\([;,\s]*(?:(?:born|b\.|n[ée]e|died|d\.){date}(?:[–-]|\)|;|,)|(?:c\.\s*)?{date}(?:[–-]|;|,))")
        self.occupation = re.compile(
            rf"\s+(?:\([^)]*\)\s+)?(?:is|was|has\s+been|had\s+been)\s+(?:an?|the)\s+(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){{0,3}}?"
            rf"(?:{alt(lex.person_nouns) or 'x^'})\b")
        self.age = re.compile(r"\s*,\s*\d{2}\s*,|\s*\(\d{2}\)")
        # ... and a possessive's title set off by a comma: "Acme's chairman, Jo Bloggs", "its chief executive, Al Smith".
        self.title_before = EndPattern(
            rf"(?:\b{_ROLE_WORDS}\s*|(?:['’]s|s['’]|\bits|\btheir)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE_WORDS}\s*,\s*)$", re.I)
        # Titles of office written before a name: "Prime Minister Jo Bloggs", "Home Minister Jo Bloggs".
        self.office_before = EndPattern(
            r"\b(?:Minister|Premier|Chancellor|Secretary|Ambassador|Mayor|Senator|Commissioner|Governor|Speaker)\s+$")
        # "Tunisian politician Jo Bloggs", "its leader Jo Bloggs": nouns that also precede companies
        # ("investor SoftBank", "publisher Acme") are left out.
        nouns = set(lex.person_nouns) - _ORG_TOO
        nouns |= {"leader", "candidate", "aide", "compatriot", "compatriots", "wife", "husband", "son", "daughter",
                  "father", "mother", "brother", "sister", "widow", "nephew", "niece", "cousin"}
        self.noun_before = EndPattern(rf"(?<![\w-])(?:{ralt(nouns)})\s*,?\s+$")
        # "by the singer Ana Pires and the producer Jo Bloggs": a bare "the producer" before a name is a
        # person's title (a company is an "oil producer", a "film producer"; "publisher" is left out).
        self.bare_title_before = EndPattern(r"\b(?:by|and|with|of)\s+the\s+(?:producer|designer|director|engineer)\s+$")
        # Credits of a work name its makers: "directed by Jo Bloggs", "starring Jo Bloggs".
        self.credit_before = EndPattern(
            r"\b(?:(?:co-)?(?:directed|written|composed|narrated|choreographed|illustrated|authored)\s+by|"
            r"starring|co-starring)\s+$")
        self.of_at_end = EndPattern(r"\b(?:of|at)\s*$")
        mods = r"(?:(?:the|currently|now|formerly|also|a|an|new|former|current|then|incoming|outgoing|acting|" \
               r"interim|senior|executive|deputy|founding|co-)\s+)*"
        # "Jo Bloggs, Acme's chief executive, said", "Jo Bloggs, the company's chairwoman".
        self.role_appositive = re.compile(
            rf"\s*,\s*(?:\d{{1,3}}\s*,\s*)?{mods}(?:(?:[\w&.-]+\s+){{0,3}}?[\w&.-]+(?:['’]s|(?<=s)['’])\s+{mods})?"
            rf"{_ROLE_WORDS}\b", re.I)
        # "Its chairman is Jo Bloggs", "Jo Bloggs has been managing director since 2019".
        self.role_copula_before = EndPattern(rf"\b{_ROLE_WORDS}\s+(?:is|was)\s+$", re.I)
        self.role_copula_after = re.compile(
            rf"\s+(?:has\s+been|had\s+been|is|was|became|remains|serves\s+as|served\s+as|"
            rf"(?:will|would)\s+(?:become|be)|(?:is\s+)?to\s+become)\s+"
            rf"(?:(?:the|its|his|her|also|now|currently|interim|acting|new)\s+)*"
            rf"(?:(?:[\w&.-]+\s+){{0,3}}?[\w&.-]+(?:['’]s|(?<=s)['’])\s+(?:(?:new|interim|acting)\s+)?)?{_HELD_ROLE_WORDS}\b")
        # A post taken, left or kept, which only a person holds: "Jo Bloggs was named chairman of Acme",
        # "Bloggs stepped down as chief executive", "Bloggs joined Acme Holdings as finance director in 2019"
        # (a name no given-name list knows, as many Vietnamese, Yoruba or Akan names are, is a person's there).
        appointed = (r"(?:was|has\s+been|had\s+been|will\s+be|is\s+to\s+be|is|were)\s+"
                     r"(?:(?:formally|officially|also|later|subsequently|then)\s+)?(?:named|appointed|elected|re-elected|"
                     r"promoted|made|installed|confirmed|tapped|picked|chosen|selected)(?:\s+(?:to|as))?")
        left_or_kept = (r"(?:step(?:s|ped)?|stood|stands?)\s+down\s+as|(?:resign(?:s|ed)?|retire[sd]?|quits?)\s+as|"
                        r"(?:t[ao]ok|takes?|taken)\s+over\s+as|(?:stay(?:s|ed)?|remain(?:s|ed)?)\s+on\s+as|"
                        r"(?:re)?join(?:s|ed)?\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}as")
        post = rf"(?:(?:the|its|their|an?|new|next|interim|acting|permanent|first)\s+)*{_HELD_ROLE_WORDS}\b"
        self.role_verb_after = re.compile(
            rf"\s+(?:(?:has|had|have|will|would|is\s+to|to)\s+)?(?:{appointed}|{left_or_kept})\s+{post}")
        # ... and the one an organization gives it: "Acme named Jo Bloggs as chief executive", "appointed former
        # banker Jo Bloggs its chairman" (not "Acme hired Beta", a firm after the verb: no post follows it).
        self.appointed_before = EndPattern(
            r"\b(?:name[sd]?|appoint(?:s|ed)?|hire[sd]?|elect(?:s|ed)?|promote[sd]?|tap(?:s|ped)?|install(?:s|ed)?|"
            r"pick(?:s|ed)?|cho(?:se|oses))\s+(?:(?:its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?$")
        # (a lookahead that holds where no such post follows the name: it cancels the cue above)
        self.no_post_after = re.compile(rf"(?!(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:as\s+|to\s+)?{post})")
        # Who founded a company, in a lead's words: "founded in 1990 by Jo Bloggs", "Jo Bloggs co-founded Acme".
        # Companies found companies too, but their names carry a head or a suffix that outvotes this.
        self.founded_by_before = EndPattern(
            r"\b(?:co-?)?(?:founded|established|started|set\s+up)\s+(?:(?:in|on)\s+[^,;()]{1,25}?\s+)?by\s+"
            r"(?:(?:the|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?$")
        self.founded_after = re.compile(
            r"\s+(?:(?:had|has|later|also|then|first|jointly)\s+)*(?:co-?founded|founded)\s+(?:the\s+)?[A-Z]")
        # A relative clause of a person ("Jo Bloggs, who has run Acme since 2015"): companies take "which", or
        # "who" with a plural verb ("Ostrel Airways, who are ...", a team's or a firm's people).
        self.who_after = re.compile(r"\s*,\s*who\b(?!\s+(?:are|were|have|own|hold|operate|compete)\b)")
        # Who heads or chairs a named body is a person ("Jo Bloggs heads Acme Holdings", "chaired by Jo Bloggs");
        # a body leads or runs another as often ("a consortium led by Acme", "Acme runs Beta Hotels").
        self.heads_after = re.compile(r"\s+(?:(?:currently|now|also|still|has|had|long)\s+)*(?:heads|headed|chairs|chaired)\s+"
                                      r"(?:the\s+)?[A-Z]")
        self.chaired_by_before = EndPattern(r"\b(?:chaired|headed)\s+by\s+$")
        # ... and a person's job at a firm, in an appositive: "Jo Bloggs, a partner at the law firm Acme & Co.".
        self.job_at_appositive = re.compile(
            r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partner|analyst|economist|strategist|lawyer|attorney|"
            r"engineer|researcher|professor|lecturer|fellow|director|manager|executive|official|banker|trader|"
            r"consultant|adviser|advisor|scientist|portfolio\s+manager)\s+(?:at|with)\s")
        self.speech = re.compile(r"\s+(?:said|says|told|added|noted|explained|believes|believed|argued|stated)\b")
        self.role_of = EndPattern(rf"\b{_ROLE_WORDS}\s+(?:of|at)\s+$", re.I)
        # ... and news's shorthand for the chief executive, before a name: "Acme chief Jo Bloggs" (not "Chief")
        self.premodifier = re.compile(
            rf"\s+(?:{_ROLE_WORDS}|spokesperson|leader|shares|stock|shareholders|employees|board|rival|rivals|competitor|"
            rf"(?-i:chief\s+(?=[A-Z][a-z])))\b", re.I)
        # "a car produced by X": who makes things is a company, even one named like a city.
        # "a model still under development by Ombrel", "developed by Tarvik Games": who develops or builds a
        # product is a company, whatever else the article writes before the name ("Ombrel aircraft").
        self.developed_by_before = EndPattern(
            r"\b(?:(?:developed|manufactured|built|engineered|assembled)\s+(?:(?:and|&)\s+[a-z]+\s+)?|"
            r"under\s+development\s+)by\s+$")
        self.made_by_before = EndPattern(
            r"\b(?:produced|manufactured|developed|marketed|made|built|designed)\s+(?:and\s+[a-z]+\s+)?by\s+$")
        self.business_verb = EndPattern(rf"\b(?:{ralt(_BUSINESS_VERBS, True)})\s+$", re.I)
        # "digital banks such as X", "rivals including X": members of a kind of business.
        self.org_such_as = EndPattern(
            r"\b(?:companies|firms|banks|lenders|insurers|carriers|airlines|retailers|rivals|competitors|"
            r"start-?ups|brewers|automakers|carmakers|chipmakers|drugmakers|conglomerates|broadcasters|publishers|"
            r"newspapers|studios|agencies|exchanges|operators|providers|suppliers|fintechs|investors|funds)\s+"
            r"(?:such as|like|including)\s+(?:[\w-]+,\s+)*(?:[\w-]+,?\s+(?:and|or)\s+)?$", re.I)
        # "a partnership with X", "a joint venture with Singapore's X": a company's partner is a company,
        # whatever common words name it ("Lumo Cloud"); a place's or a product's possessive may come between.
        self.partner_before = EndPattern(
            r"\b(?:[Pp]artnership|[Jj]oint\s+[Vv]enture|[Aa]lliance|[Tt]ie-up|[Pp]artnered|[Tt]eamed\s+up|"
            r"[Mm]erger|[Mm]erged)\s+with\s+(?:[A-Z][\w.-]*(?:'s|’s)\s+|[A-Z][\w-]*-based\s+)?$")
        # "aired on the Ostvision network", "broadcast on Ombrel TV", "streamed on Zorbflix": what a show airs on is a
        # broadcaster or a streaming service (a body, as gold and news treat them).
        self.broadcast_before = EndPattern(
            r"\b(?:aired|airs|broadcast|broadcasts|televised|telecast|premiered|premieres|streamed|streams|"
            r"syndicated)\s+(?:(?:originally|first|exclusively|only|also|weekly|nationally)\s+)?(?:on|by)\s+(?:the\s+)?$")
        # "analysts at X", "an economist with X": people are analysts at firms, not at people.
        self.employer_before = EndPattern(
            r"\b(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|lawyers?|bankers?)\s+"
            r"(?:at|with)\s+$", re.I)
        # "the component maker X", "the Danish engine manufacturer X": a compound descriptor is a firm's,
        # more surely than a given name is a person's ("film maker" and "producer" are people's too).
        self.compound_descriptor = EndPattern(rf"\b[a-z][\w-]+\s+(?:{_FIRM_NOUNS})\s+$")
        # ... the word before the noun must be a modifier, not an article or a preposition ("the company Jo
        # Bloggs founded"), nor a trade of people's ("the film maker Jo Bloggs")
        self.people_maker = EndPattern(
            rf"\b(?:(?:{_PEOPLE_TRADES})\s+maker|"
            r"(?:the|a|an|its|their|his|her|this|that|these|those|of|and|or|to|by|for|with|from|in|on|at|as|new|"
            rf"former|same|other|whose|which)\s+(?:{_FIRM_NOUNS}))\s+$")
        self.descriptor = EndPattern(rf"\b(?:{ralt(lex.org_descriptors, True)})\s+$", re.I)
        # "the producer Jo Bloggs", "record producer Jo Bloggs": a person's trade, not an "oil producer".
        self.person_producer = EndPattern(
            r"\b(?:the|a|and|record|film|music|movie|executive|television|TV|theatre|theater)\s+producer\s+$", re.I)
        # ... of which these never stand before a person's name: "the daily newspaper X", "the component maker X".
        self.body_descriptor = EndPattern(
            rf"\b(?:{ralt(_BODY_NOUNS, True)}|(?:{ralt(_MADE_THINGS, True)})\s+maker)\s+$", re.I)
        # ... unless a relative clause follows, whose subject the name is: "the company Jo Harker founded".
        self.relative_clause_after = re.compile(
            r"\s+(?:co-?founded|founded|started|ran|runs|built|created|set\s+up|joined|owned|owns|led|leads|heads|"
            r"headed|works\s+(?:for|at)|worked\s+(?:for|at))\b")
        # Not a compound that names a person ("a business leader", "a company executive", "a former central bank
        # official"), nor a person's post at a firm ("a partner at the law firm ...").
        # (not past a relative pronoun or a preposition of agent: "Zorb, a crossover that the company built")
        self.org_appositive = re.compile(
            rf"\s*,\s*(?:(?:the|a|an)\s+(?:(?!(?:that|which|who|whose|by|from|with|at)\b)[\w-]+(?:'s|’s)?\s+){{0,4}}?"
            rf"(?:{alt(lex.org_anaphors)})\b(?![\'’-])"
            # ... or one of a place's bodies: "Ombrivo, one of Norway's biggest shipbuilders," (not "one of the
            # country's top producers": a person may be one)
            rf"|one\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
            rf"(?:{alt(sorted(set(lex.org_anaphors) - _ORG_TOO - _PERSON_TOO))})(?:s|es)\b)"
            rf"(?!\s+{_PEOPLE_AFTER_BODY})"
            # "Headquartered in Tarbrook, the company is owned by ...": the noun phrase is the clause's
            # subject, not an appositive of the name before the comma; so is it before a verb of saying
            # ("Sales fell after Brexit, the company said").
            r"(?!\s+(?:(?:also|later|earlier|previously|further)\s+)?(?:is|was|are|were|has|had|have|will|would|"
            r"said|says|added|adds|told|noted|notes|announced|stated|warned|wrote|reported|estimated|expects)\b)")
        self.possessive_role = re.compile(rf"(?:['’]s?)\s+(?:new\s+|former\s+)?{_ROLE_WORDS}\b", re.I)
        self.ticker = re.compile(r"\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|HKEX|SSE|ticker)\b")
        self.suffix_after = re.compile(r"\s+(?:Inc|Corp|Ltd|Co|LLC|plc|AG|SA|NV)\b")
        # "the Tarvik-owned Ombrel Music": the owner of a company is a company (a person owns media too,
        # but a person's name is rarely one word the gazetteer does not know as a given name or a surname)
        self.owner_after = re.compile(r"-(?:owned|controlled)\s+(?:[a-z]+\s+){0,2}?[A-Z]")
        cats, cats_i = alt(lex.product_categories), alt(lex.product_categories, True)
        cats_r = ralt(lex.product_categories, True)  # the categories for cues read backwards
        # ... "an AI assistant called Zorb": a product noun, then the name it is called by
        self.category_before = EndPattern(
            rf"(?:\b(?:launched|released|unveiled|introduced|debuted|its|new|the)\s+(?:[\w-]+\s+){{0,3}}"
            rf"(?:{cats_r})\s+(?:\([A-Z]+\)\s+)?|\b(?:{cats_r})\s+(?:called|named|dubbed)\s+)$", re.I)
        # "the Zorb smartwatch"; "the Arvo compact hatchback", "the Zorb 5 folding smartphone" (modifiers, then the
        # category: not after a verb, "Ombrel makes a car", "Ombrel built every car": no function word, no word
        # ending in "s", a third-person verb, among the modifiers).
        self.category_after = re.compile(
            rf"\s+(?:(?:{cats})\b(?!s)|(?:(?!(?:a|an|the|its|their|his|her|every|each|any|some|no|one|another|this|"
            rf"that|own|more|most|and|or|of|to|for|by|in|on|at|with|from|has|had|have|is|was|are|were|be|been|will|"
            rf"would|not|also)\b)[a-z][\w-]*(?<!s)\s+){{1,2}}(?:{cats})\b(?!s)"
            # ... "Acme's Arvo compact tractor was first released": a verb after the phrase ends it too
            rf"(?:{_NP_END}|(?=\s+(?:was|is|will|has|had|sold|sells|went|goes)\b)))")
        # "X's largest sedan", "X's first smartphones": X makes them.
        self.possessive_category = re.compile(rf"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{cats})(?:s|es)?{_NP_END}")
        # "the Ombrel arcade game Zorblax": the category describes the name after it; the one before makes it.
        self.category_then_name = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{cats})(?:s|es)?\s+[A-Z]")
        # "Zentra digital cameras and Quill music players": a modified plural category.
        multi = "|".join(sorted((re.escape(c) for c in lex.product_categories if " " in c), key=len, reverse=True))
        # ... not after a verb: "Quellon sells phones", "Tarvik makes cars" (a third-person "s" ends the word).
        self.category_after_plural = re.compile(
            rf"\s+(?:(?!(?:has|is|was|does|and|or|to|of|for|by|in|on|at|with|from|its|their|the|made|built|sold|"
            rf"bought|produced|developed|designed|launched|released|unveiled|introduced|manufactured|marketed|"
            rf"offered|shipped|exported|imported|delivered|ordered|acquired|owned|leased|operated|ran|used|tested|"
            rf"recalled|makes|make|sell|build|buy|produce|develop)\b)[a-z][\w-]+(?<![^s]s)"
            rf"\s+(?:{cats})|(?:{multi or 'x^'}))(?:s|es)\b")
        concrete_list = [c for c in lex.product_categories
                         if c.split()[-1] not in ("brand", "product", "service", "platform", "network", "channel",
                                                  "tool", "model", "software", "application", "engine", "website",
                                                  "marketplace")]
        concrete, concrete_r = alt(concrete_list, True), ralt(concrete_list, True)
        # "its mobile banking app, Ombrel Swift", "a card for small firms, Zorb Flex", "Acme Rail's booking app,
        # Zorb Go": after a comma, only lower-case modifiers.
        self.category_before_comma = _CommaCategoryBefore({c.split()[-1].lower() for c in lex.product_categories},
            rf"(?<!to\s)(?<!of\s)(?<!in\s)(?<!on\s)(?<!at\s)(?<!as\s)(?<!by\s)(?<!for\s)(?<!like\s)(?<!with\s)"
            rf"(?:(?<!from\s)\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,3}}(?i:{cats_r})"
            # ... after a name's possessive, a concrete noun: "the group's new sports network, X" is as
            # often a company
            rf"|\w(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{0,3}}(?i:{concrete_r}))"
            rf"(?:\s+for\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)?\s*,\s+(?:the\s+)?$")
        self.product_copula = re.compile(
            rf"\s+(?:\([^)]*\)\s+)?(?:series\s+)?(?:is|was)\s+(?:an?|the)\s+(?:(?:line|series|family|range|brand)\s+of\s+)?"
            rf"(?:(?!(?:of|for|by|from|with|in|at|and|or)\b)[\w-]+\s+){{0,3}}?(?:{concrete})(?:s|es)?{_NP_END}", re.I)
        # ... a generic noun too where a maker's verb follows: "Quellon is an accounting application developed
        # by Tarvo" (a platform or service a company developed is its product, not a company).
        self.product_copula_made_by = re.compile(
            rf"\s+(?:\([^)]*\)\s+)?(?:is|was)\s+(?:an?)\s+(?:(?!(?:of|for|by|from|with|in|at|and|or)\b)[\w-]+\s+){{0,3}}?"
            rf"(?:{cats_i})(?:s|es)?(?:\s+(?:for|on)\s+[^.;,]{{1,50}}?)?\s+(?:that\s+(?:is|was)\s+)?"
            # ... "a role-playing game for Windows developed and published by", "a car that was produced by"
            rf"(?:developed|designed|created|made|built|produced|manufactured|launched|introduced|unveiled)"
            rf"(?:\s+(?:and|&)\s+[a-z]+|\s+(?:in|on)\s+[\w ]{{1,20}}?)?\s+"
            rf"(?:(?:primarily|mainly|originally|jointly)\s+)?by\b", re.I)
        # "Halvex, maker of the Quellon phone, said": an apposition without an article naming a maker.
        self.maker_of_appositive = re.compile(r"\s*,\s+(?:[a-z][\w-]*\s+)?(?:maker|manufacturer)\s+of\s")
        # "The Zorb X2, made by Halvex, costs ...": an apposition naming who made the name makes it a thing
        # made (companies are founded or owned, not made). Not "developed" or "built": buildings and
        # projects are developed and built too; not "produced": films are.
        # "The Zorb X2, released last year, sold well", "Acme's Arvo, introduced in 2019,": things are released or
        # introduced at a date (a company is founded or launched; a person is released from somewhere).
        self.released_appositive = re.compile(
            r"\s*,\s+(?:(?:first|originally)\s+)?(?:released|introduced)\s+(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d|"
            r"(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s*,|(?:last|this)\s+(?:year|month|[A-Z][a-z]+day)\s*,)")
        # ... not the name of a work's maker, which the apposition after it does not describe ("the album by
        # the band Tarn Hollow, released in 1996").
        self.by_of_before = EndPattern(r"\b(?:by|of|from|with)\s+(?:[^,;.]{0,60}?\s+)?$")
        self.made_by_appositive = re.compile(
            r"\s*,\s+(?:(?:first|originally|jointly|also|now)\s+)?(?:made|manufactured)\s+"
            r"(?:(?:and|&)\s+(?:sold|marketed|distributed)\s+)?by\s+[A-Z]")
        # "The Tessel is Kelder's best-selling tablet": a copula to a maker's concrete product noun.
        self.product_copula_possessive = re.compile(
            rf"(?:\s*,\s*(?:first\s+)?(?:introduced|launched|released|unveiled)\s+in\s+[^,]{{1,20}},)?"
            rf"\s+(?:is|was)\s+(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*(?:'s|’s|')\s+"
            rf"(?:(?!(?:of|for|by|from|with|in|at|and|or|chief|head|former)\b)[a-z][\w-]*\s+){{0,3}}?"
            rf"(?i:{concrete})(?:s|es)?{_NP_END}")
        # A plural category noun closing a list: "its Arvo, Pellin and Dusk cars" ("brands" too, as a
        # maker's brands are its product lines; not services, channels or networks, which are companies too).
        # ... and "the Arvo, Pellin and Dusk series": a series of games or devices is a product line.
        self.category_list_after = re.compile(rf"\s+(?:(?:{concrete}|brand)(?:s|es)|series(?!\s+(?:of\b|[A-Z\"“])))\b")
        # What opens a list of a maker's products: "Its best-selling products include the Zorb, ...",
        # "Acme's brands include Zorb", "produced several moped lines including the Zorb and ...", "makes tractors
        # such as the Zorb" (a concrete plural noun: "companies such as" or "services including" name firms too).
        self.products_list_opener = re.compile(
            r"(?:(?:\b(?:[Ii]ts|[Tt]heir|whose)|\w(?:'s|’s|s'))\s+(?:[a-z][\w-]*\s+){0,3}?"
            r"(?:products|brands|models|offerings|range|line-up|lineup)(?:\s+(?:include|included|includes|are|were|"
            r"comprise|comprises|consists\s+of|consisted\s+of)|\s*,?\s+(?:such\s+as|including))"
            # "Acme owns brands such as Zorb" (not "sells": a retailer's brands are others')
            r"|\b(?:owns|owned|makes|made|produces|produced|markets|marketed)\s+(?:[a-z][\w-]*\s+){0,2}?"
            r"(?:products|brands)\s*,?\s+(?:such\s+as|including)"
            rf"|\b(?i:{concrete})(?:s|es)?(?:\s+(?:lines|ranges|models))?\s*,?\s+(?:such\s+as|including))\s+(?:the\s+)?$")
        # "the Arvo series has sold ...": a name before "series" (not a maker before a named one:
        # "the Ombrel series Arvo").
        self.series_after = re.compile(r"\s+series\b(?!\s+(?:of\b|[A-Z\"“]))")
        # "the Pexa series of tablets", "the Zephyra line of humidifiers" (not "of products").
        self.series_of = re.compile(rf"\s+(?:series|line|range|family)\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                                    rf"(?:{concrete})(?:s|es)?\b", re.I)
        # "the Pellia brand of yoghurts": a brand of a plural common noun is a product line, not a body.
        self.brand_of = re.compile(r"\s+brand\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")
        # "the Pexa X2 came out in 2022" (not "released from prison" or "on bail").
        # ... "the Pexa X2 went on sale in June" (what is sold is a product).
        self.released_after = re.compile(
            # ... "the Zorb from Halvex went on sale": its maker may come between
            r"(?:\s+from\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?!['’]))?"
            r"\s*,?\s+(?:(?:(?:which|that)\s+)?(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be|"
            r"(?:is|are)\s+(?:due|expected|set|scheduled|slated)\s+to\s+be)\s+(?:first\s+|officially\s+|initially\s+|"
            r"originally\s+|later\s+|also\s+)?(?:released|launched|unveiled|introduced)\b(?!\s+(?:from|on\s+bail|early))"
            r"|(?:(?:which|that)\s+)?(?:first\s+)?(?:went|goes|will\s+go|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to\s+go)\s+on\s+sale\b"
            r"|(?:is|are)\s+(?:scheduled|slated|set|due)\s+for\s+(?:release|launch)\b)")
        # "the Zorb X5 from Halvex went on sale": the name after "from" is the maker, not what went on sale.
        self.from_before = EndPattern(r"\bfrom\s+$")
        # "The Zorb X5 is made by Halvex": things are made or manufactured; companies are founded or owned.
        self.made_by_copula = re.compile(
            r"\s+(?:is|was|are|were)\s+(?:(?:also|now|still|currently|jointly|mainly|mostly|exclusively)\s+)?"
            r"(?:made|manufactured|mass-produced)\s+(?:(?:and|&)\s+(?:sold|marketed|distributed)\s+)?"
            r"(?:under\s+licen[cs]e\s+)?by\s+[A-Z]")
        # "the Halvex-made Arvo", "Halvex-built Zorb jets": a thing a company made.
        self.hyphen_made_before = EndPattern(
            r"[A-Za-z]-(?:made|built|designed|developed|manufactured|produced)\s+(?:[a-z][\w-]*\s+){0,2}$")
        # "Ombrel's 1986 Arvo": a maker's dated release.
        self.possessive_year = EndPattern(r"(?:'s|’s)\s+(?:1[89]|20)\d\d\s+$")
        # "X is the codename used by Acme for ...": code names are given to products and projects.
        self.codename = re.compile(r"\s+(?:\([^)]*\)\s+)?(?:is|was)\s+(?:the|a|an)\s+(?:internal\s+)?code[- ]?name\b")
        # Encyclopaedia titles name what a name is in brackets: "Drennic (software)", "Tarn Hollow (band)".
        self.product_paren = _bracketed(cats_i)
        self.org_paren = _bracketed(r"company|band|group|newspaper|magazine|club|label|airline|bank|publisher|studio|"
                                    r"manufacturer|retailer|corporation|organi[sz]ation")
        self.person_paren = _bracketed(alt(lex.person_nouns) or "x^")
        # "Ombrel unveiled the Zorb 5", "will launch Quill Cloud": what a company launches is a product,
        # unless the words after say otherwise (see ``not_product_after``).
        # A bare "launch" or "release" may be a noun ("their 2011 release Zorb"): only after a modal or "to".
        self.launch_before = EndPattern(
            r"\b(?:launch(?:ed|es|ing)|unveil(?:ed|s|ing)|releas(?:ed|ing)|introduc(?:ed|es|ing)|debut(?:ed|s|ing)|"
            r"manufactur(?:es|ed|ing)|produces|"
            # "Acme, which makes the Zorb," (a third-person verb: not "to make the Final")
            r"(?:makes|builds|brews)\s+the|"
            # "will begin selling the Korrin X" (a company is sold, not begun selling)
            r"(?:began|begin|begins|beginning|started|start|starts|starting)\s+(?:selling|shipping)|"
            # "will stop making the Zorb", "halted production ... resumed building the Arvo"
            r"(?:stop|stops|stopped|stopping|halt|halts|halted|resume|resumes|resumed|cease|ceased|end|ended|"
            r"began|begin|begins|started|start|starts|continue|continues|continued)\s+"
            r"(?:making|producing|manufacturing|building|assembling)|"
            r"roll(?:ed|s|ing)\s+out|(?:will|would|to|could|can|may|might|did|also)\s+(?:launch|unveil|release|"
            r"introduce|debut|roll\s+out))\s+(?:(?:the|its|their|a|an|his|her|our)\s+)?"
            r"(?:(?:new|latest|first|own|updated|redesigned|flagship|next-generation)\s+)*$")
        # ... and the nouns of those verbs: "since the introduction of the Zorb 5 in 2011", "the announcement
        # of the Pexa Tab in June", "deliveries of the Skyren jet" ("the" after "of": companies are seldom
        # named with it; not "release", as people are released too, nor "sales" or "production", as
        # newspapers and films have them).
        self.launch_noun_before = EndPattern(
            r"\b(?:introduction|launch|unveiling|debut|announcement|roll-?out|deliveries|shipments|"
            # "a cheaper version of the Zorb", "the successor of the Arvo"
            r"versions?|successors?|variants?|editions?|"
            # "the second generation of its Drennic drones" (products come in generations)
            r"(?:first|second|third|fourth|fifth|next|new|latest|previous|current)\s+generation)\s+of\s+(?:the|its|their)\s+"
            r"(?:(?:new|latest|first|updated|redesigned|flagship|next-generation)\s+)*$")
        # "using Orsulo's Kelvane chips": a name between a possessive and a concrete category noun, plural too,
        # is the possessor's product (not "Acme's cloud services strategy"; the tested side: the category
        # after, see ``no_category_after``).
        self.possessive_before = EndPattern(r"\w(?:'s|’s)\s+(?:(?:new|latest|flagship|popular|best-selling)\s+)?$")
        self.no_category_after = re.compile(rf"(?!\s+(?:[a-z][\w-]*\s+)?(?:{concrete})(?:s|es)?\b(?![\w-]))")
        # "scooters sold under the Miravox brand": a brand is a product (not a record "label", a company).
        self.under_before = EndPattern(r"\bunder\s+(?:the|its|their)\s+$")
        self.no_brand_after = re.compile(r"(?!\s+(?:brand|brands|marque|trademark)\b)")
        # "Sales of the Pico 5 begin in June": what goes on sale at a date is a product (not "sales of the
        # Times fell", a paper's: only with a start and its time after the name).
        self.sales_of_before = EndPattern(r"\b[Ss]ales\s+of\s+(?:the|its|their)\s+(?:(?:new|latest|first)\s+)?$")
        self.no_sales_start_after = re.compile(
            r"(?!\s+(?:(?:will|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to)\s+)?"
            r"(?:begin|begins|began|start|starts|started|commence|commences|commenced)\s+(?:in|on|from|last|this|next)\s)")
        # "Acme is the maker of the Pellis 5": companies are not made (only "maker" and "manufacturer":
        # films have producers, buildings developers).
        self.maker_of_before = EndPattern(r"\b(?:maker|makers|manufacturer|manufacturers)\s+of\s+(?:the\s+)?$")
        # "unveiled the Aurora plan", "launched Ombrel's first phone": a name that modifies a noun
        # of another kind, or owns what follows, is not the thing launched.
        self.not_product_after = re.compile(
            r"(?:'s|’s)|\s+(?:plan|strategy|programm?e?|initiative|project|report|campaign|fund|deal|partnership|"
            r"index|survey|study|scheme|policy|division|unit|subsidiary|venture|business|operations?|office|"
            r"team|group|brand|award|prize|event|festival|conference|alliance|network|challenge|contest|"
            r"competition|foundation|shares?|stock|bonds?|offering|IPO)s?\b")
        # "Nemora, a sleep drug,", "the Zorb 5, the company's first smartwatch": an apposition
        # naming a kind of product (not "Ombrel, a maker of drugs": no preposition or clause before it).
        appositive = (r"\s*,\s*(?:an?|the|its|their)\s+(?:(?!(?:of|for|by|from|with|in|at|and|or|to|that|which|"
                      r"who|whose|is|was|maker|makers|company|firm|developer)\b)[\w'’-]+\s+){0,4}?")
        # Not "and" after the noun: "According to Ombrel, the redesign brings better CPU and GPU speed".
        # ... nor "it": "Nemurix, an insomnia drug it developed with ...".
        np_end = _NP_END.replace("|and|or|", "|assembled|powered|priced|approved|available|due|aimed|used|called|named|"
                                 "it|they|we|the\\s+company|now|currently|offered|to|at|under|across|")
        self.category_appositive = re.compile(rf"{appositive}(?:{concrete})(?:s|es)?{np_end}", re.I)
        # "Velos, Halvex's operating system,": an apposition naming a maker's kind of product.
        self.category_appositive_possessive = re.compile(
            rf"\s*,\s*(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:(?!(?:of|for|by|from|with|in|at|and|or|"
            rf"to|chief|head|former|largest|biggest)\b)[a-z][\w-]*\s+){{0,3}}?(?:{concrete})(?:s|es)?{np_end}", re.I)
        # ... a weaker vote where the noun may name a business too ("Ombrel, a payments platform,").
        self.category_appositive_generic = re.compile(rf"{appositive}(?:{cats_i})(?:s|es)?{np_end}", re.I)
        # "Ombrel launched Tarvik, a venture fund": an apposition naming a kind of body.
        # (not "a former central bank official", "a partner at the bank": a person's appositive)
        self.org_noun_appositive = re.compile(
            r"\s*,\s*(?:an?|the|its|their)\s+(?:(?!(?:at|of|for|with|by)\b)[\w-]+\s+){0,3}?(?:fund|venture|"
            r"joint\s+venture|subsidiary|unit|"
            r"division|arm|affiliate|foundation|non-?profit|organi[sz]ation|institute|agency|consultancy|"
            r"accelerator|incubator|cooperative|partnership|consortium|association|lab|laboratory|school|"
            r"university|college|team|club|airline|bank|insurer|retailer|chain|store|restaurant|hotel)s?\b(?![\'’-])"
            rf"(?!\s+{_PEOPLE_AFTER_BODY})")
        # "Acme was a British film and radio production company", "Tarn Hollow is an English rock band",
        # "Acme was an Italian manufacturer of scooters": a lead's copula naming a kind of body. The noun
        # heads the phrase (not "a company director", "a member of the band"): no preposition before it,
        # a phrase end after it. Nouns a person may be too ("producer", "publisher") are left out.
        bodies = sorted((set(lex.org_anaphors) - _ORG_TOO - {"giant", "business", "operator", "developer", "provider",
                                                             "supplier", "distributor", "maker", "manufacturer"})
                        | {"organisation", "organization", "foundation", "association", "federation", "charity",
                           "party", "agency", "institute", "orchestra", "ensemble", "choir", "franchise",
                           "subsidiary", "division", "imprint", "think tank", "trade union", "union", "society",
                           "cooperative", "co-operative", "consortium", "chain", "station", "exchange", "team"})
        self.org_copula = re.compile(
            # ... past a short appositive: "Pellum, formerly known as Tarvik Systems, is a software company"
            rf"(?:\s*,\s*(?:formerly|previously|originally|also)\s+[^,;()]{{1,60}},)?"
            # ... or "Vantrel is Chile's largest copper producer", "... is one of Kenya's biggest lenders"
            rf"\s+(?:\([^)]*\)\s+)?,?\s*(?:is|was|are|were)\s+"
            rf"(?:an?|the|(?:one\s+of\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s))\s+"
            rf"(?:(?!(?:of|for|by|from|with|in|at|to|on|as|that|which|who|whose|is|was|member|members)\b)[\w'’&-]+\s+){{0,6}}?"
            rf"(?:(?:{alt(bodies)}|(?!(?:{_PEOPLE_TRADES}|software|game)\b)[a-z][\w-]+"
            rf"\s+(?:maker|manufacturer|operator|supplier|distributor|provider))(?:s|es)?"
            rf"(?=\s*(?:[,.;:()]|$)|\s+(?:based|headquartered|founded|established|formed|"
            rf"owned|operated|run|that|which|in|from|with|and|whose|located|created|active|known|since|until|on|at|"
            rf"speciali[sz]ing|specialized|specialised|serving|dedicated|devoted)\b)"
            rf"|(?:manufacturer|maker|producer|developer|publisher|distributor|supplier|operator)s?\s+of\s+[a-z]"
            # "Tarvik is a wholly owned subsidiary of Acme": a unit of a body is a body
            rf"|(?:subsidiary|division|affiliate|imprint)\s+of\s)")
        # "Acme was formed in 1983 by guitarist Jo Bloggs", "Acme, founded in 1988 by Jo Bloggs,": bodies are
        # founded; people are born ("created by" is left out: a fictional character is created too).
        # "founded as Tallow & Sons", "formerly known as Tarvik Systems": a body's earlier name.
        self.founded_as_before = EndPattern(
            r"\b(?:(?:founded|established|formed|incorporated)\s+(?:in\s+\d{4}\s+)?as|formerly\s+known\s+as|"
            r"renamed(?:\s+itself)?)\s+(?:the\s+)?$")
        self.founded_by_after = re.compile(
            r"\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|is|had\s+been\s+)?\s*(?:originally\s+|jointly\s+|first\s+)?"
            r"(?:co-?founded|founded|established|formed|incorporated)\s+(?:(?:in|on|at)\s+[^,.;()]{1,40}?\s+)?"
            r"(?:,\s*)?by\b")
        # "Quellon, based in Austin, makes ...": an apposition placing a body's seat.
        self.based_appositive = re.compile(r"\s*,\s+(?:(?:which|that)\s+is\s+)?(?:based|headquartered)\s+in\s")
        # "The Zorb 5, which Halvex unveiled in May": a thing a named maker launched or makes.
        self.launched_by_relative = re.compile(
            r"\s*,\s+(?:which|that)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:(?:first|also|recently|originally)\s+)?"
            r"(?:launched|unveiled|released|introduced|debuted|rolled\s+out|makes|made|builds|built|sells|produces|"
            r"produced|manufactures|manufactured|designed)\b")
        self.maker_after = re.compile(r"\s+(?:maker|manufacturer)\b(?!s)")
        # ... and "the Ombrel website", "the Ombrel app": what a company runs under its own name.
        self.generic_after = re.compile(r"\s+(?:service|network|channel|brand|product|platform|website|site|app|"
                                        r"store)s?\b")
        self.such_as = EndPattern(
            r"\b(?:chatbots?|models?|apps?|products?|brands?|services?|platforms?|phones?|aircraft|jets?|consoles?|"
            r"games?|cars?|vehicles?|missiles?|weapons?|devices?|smartphones?|tablets?|drugs?|vaccines?)\s+"
            r"(?:such as|like|including)\s+(?:[\w-]+,\s+)*(?:[\w-]+,?\s+(?:and|or)\s+)?$", re.I)
        self.place_preposition = EndPattern(r"\b(?:in|at|near|outside)\s+$")
        # Titles of works ("the film X", "X is a 1994 song") and place contexts ("born in X",
        # "X is a town", "X, Nevada"); a class matching nothing stands in for an empty word list.
        works, never = alt(lex.work_nouns), r"[^\s\S]"
        self.work_before = EndPattern(rf"\b(?:{ralt(lex.work_nouns) or never})s?,?\s+$")
        works = works or "x^"
        self.work_after = re.compile(
            rf"\s+(?:\([^)]*\)\s+)?(?:is|was)\s+(?:an?|the)\s+(?:[\w'-]+\s+){{0,4}}?(?:{works}|single|book|show|play)"
            rf"\b(?![\s-]+(?:production|company|studio|distribut|label|group|maker|publisher|producer|network|"
            rf"channel|developer|chain|retailer|director|actor|actress|star)"
            # ... nor a series of things made: "a series of business jets", "a series of racing games"
            rf"|\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{concrete})(?:s|es)?\b)")
        self.work_paren = re.compile(rf"\s*\((?:\d{{4}}\s+)?(?:[\w-]+\s+)?(?:{works}|single|book|show|play)\)")
        # "born in X", "a native of X", "north-east of X", "the duchy of X", "(4 May 1911, in X": only places follow.
        self.place_before = EndPattern(
            r"(?:\b(?:born|located|situated|lies|died|raised|grew up|lived|lives|resided|resides|settled|[Bb]ased|[Hh]eadquartered)\s+in|"
            r"\bnative\s+of|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of|\b(?:town|city|village|province|region|"
            r"county|district|municipality|suburb|neighbou?rhood|capital|island|comune|commune|port|state|duchy|"
            r"principality|prefecture|diocese|archdiocese|parish|borough|canton|emirate|governorate|oblast|"
            r"voivodeship|township|hamlet)\s+of|\b(?:1[0-9]|20)\d\d\s*,\s+in)\s+$")
        # "in the Tarn province", "the Vessel region": a name before an administrative noun is the area's.
        self.place_noun_after = re.compile(
            r"\s+(?:province|region|prefecture|oblast|governorate|county|canton|voivodeship)\b(?![-'’])")
        # "between X to the west and Y to the east"
        self.direction_after = re.compile(r"\s+to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\b")
        self.place_copula = re.compile(
            r"\s+(?:\([^)]*\)\s+)?(?:is|was)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?(?:town|city|village|comune|"
            r"commune|municipality|suburb|neighbou?rhood|county|district|region|province|mountain|river|lake|island|"
            r"hamlet|census-designated place|unincorporated community|settlement|peninsula|valley|glacier|peak)\b")
        self.comma_place = re.compile(r"\s*,\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
                                      r"(?=\s*(?:[,.;)]|(?:and|via|where|near)\b|$))")
        heads = alt(lex.org_anaphors)
        # Words that end a noun phrase: "the review said that Canadian ... maker" is no reference.
        not_in_np = (r"(?:according|to|of|by|in|for|from|with|that|which|who|on|at|as|than|said|says|is|was|are|"
                     r"were|has|had|have|will|would|be|been|or|but|percent)\b")
        # ... nor "the new group" or "the combined company": a company still to be made, not one named before.
        not_yet = r"(?:new|newly|combined|merged|enlarged|resulting|proposed|planned|future|would-be)\b"
        # ... nor "the business school", "the bank unit": a unit of what the noun names, the unit noun the head.
        unit_nouns = (r"(?:units?|subsidiary|subsidiaries|divisions?|arms?|affiliates?|branch|branches|schools?|"
                      r"colleges?|faculty|department)")
        # ... nor "the supplier to Acme", "the lender for Acme": a firm serving another named one.
        serves_another = ("(?!(?:" + "|".join(f"(?<={w})" for w in ("supplier", "lender", "insurer", "provider",
                                                                     "distributor", "brokerage"))
                          + r")\s+(?:to|for)\s+(?:the\s+)?[A-Z])")
        # "The Boise, Idaho-based startup", "the Boise, Idaho, startup": a "City, State" place's commas stay
        # inside the phrase.
        city_state = (r"(?:(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
                      r"(?:,\s+|-(?:based|headquartered)\s+))?")
        # ... nor "the group chief executive of Acme": a title whose organization follows it.
        titled_of = rf"(?!\s+(?i:{alt(lex.roles, True)})\s+(?:of|at)\b)"
        self.anaphor = re.compile(
            rf"\b[Tt]he\s+{city_state}(?:(?!{not_in_np}|{not_yet})[\w.&’'-]+\s+){{0,6}}?(?P<head>{heads})\b(?!-)"
            rf"(?!\s+(?:of|that|which|who|{unit_nouns})\b){titled_of}{serves_another}")
        self.anaphor_gate = Gate(self.anaphor)  # most sentences hold none of the head nouns
        # A mid-sentence "its" before a title or the board: "said its chairman, Jo Bloggs", "chair of its board".
        # Not "its (new) head office": a place, "head" no title there.
        self.its_role = re.compile(
            r"\b[Ii]ts\s+(?!(?:[a-z]+\s+)?head\s+offices?\b)"
            r"(?=(?:(?:new|former|current|incoming|outgoing|acting|interim|longtime|then|senior|executive|"
            rf"deputy|joint|group|founding|co-)\s*)*(?:[a-z][\w-]*\s+)?(?:(?i:{alt(lex.roles, True)})s?|board)\b)")
        # A sentence opening with "The" and a one-word product noun, then a verb or a comma ("The game was
        # first released in 2011", "The suite, sold to banks, ..."): the product the previous sentence was about.
        one_word = [c for c in lex.product_categories if " " not in c and c.islower()]
        self.product_anaphor = re.compile(
            rf"The\s+(?:{alt(one_word) or 'x^'})(?=\s*,|\s+(?:(?:was|is|were|are|has|had|became|remains|"
            rf"received|entered|went|goes|sold|sells|competes|uses|runs|first|also|later|originally|initially)\b))")
        # "\b(?:[Hh]e|[Ss]he)\b", written to open with a class of letters: the engine then skips
        # to those letters instead of trying the word boundary at every position (twice as fast).
        # The look-behind covers the opening boundary (no word character before the first letter).
        self.pronoun = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])|(?<=[Ss])h)e\b")


_REVERSED_COMMA = re.compile(r"\s+(?:eht\s+)?,")  # ", " or ", the " before a name, read backwards


class _CommaCategoryBefore(EndPattern):
    """An :class:`EndPattern` for a category and a comma before a name ("its banking app, Zorb").

    Names after a comma are many (every list member's); a look at the comma and at the few words
    before it spares most of them the backward match, whose reversed word list is no prefix tree.
    """

    def __init__(self, heads: set[str], pattern: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self._heads = frozenset(heads)

    def search_reversed(self, reversed_text: str) -> bool:
        m = _REVERSED_COMMA.match(reversed_text)
        if m is None:
            return False
        words = reversed_text[m.end():m.end() + 60].split()[:5]
        if not any(w[::-1].lower() in self._heads for w in words):
            return False
        return super().search_reversed(reversed_text)


def _bracketed(nouns: str) -> re.Pattern[str]:
    """A bracketed title after a name, ending in one of ``nouns`` (an alternation): "(American band)"."""
    return re.compile(rf"\s*\((?:[\w-]+\s+){{0,2}}(?:{nouns})\)")
