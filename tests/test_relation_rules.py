"""Relation rules on invented sentences: what each construction yields, and what it must not."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction
from kg.read import read_text

from invented import facts_of


def facts(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    """The facts of an undated article of ``text``; its headline names the text's first word."""
    return facts_of(text, title)


# Every company and person here is made up.
CASES = [
    # a country in brackets after a name
    ("The licence came from Vellmark Electric (Japan) and Brantwell Corp. (France).",
     {("Vellmark Electric", "country", "Japan"), ("Brantwell", "country", "France")}),
    # founders and founding dates
    ("Brantwell Corp. was formed in 1976 by engineer John Harlow and chemist Maria Castell.",
     {("Brantwell", "founder", "John Harlow"), ("Brantwell", "founder", "Maria Castell"),
      ("Brantwell", "foundingDate", "1976")}),
    ("Kelmora Ltd. was incorporated on 7 May 1931 to build engines.",
     {("Kelmora", "foundingDate", "1931-05-07")}),
    ("Quenby Corp. is a Canadian maker of tools. It was established in 1994 by the then chairman Peter Quenby.",
     {("Quenby", "foundingDate", "1994"), ("Quenby", "founder", "Peter Quenby")}),
    # a sentence-initial "Its" is the previous sentence's organization subject, possessive
    ("Brantwell Corp. makes pumps. Its chief executive, John Harlow, said sales rose.",
     {("Brantwell", "ceo", "John Harlow"), ("Brantwell", "member", "John Harlow")}),
    # ... the subject being the first name outside a prepositional phrase
    ("In Oslo, Brantwell Corp. opened a plant. It was established in 1994 by Peter Quenby.",
     {("Brantwell", "foundingDate", "1994")}),
    ("Brantwell Corp. makes pumps. Its Zentra and Quill brands sell well.",
     {("Zentra", "manufacturer", "Brantwell"), ("Quill", "manufacturer", "Brantwell")}),
    ("Formed in 1991, the company now employs 300 people. Harlow Foods Inc. sells soup.",
     set()),  # the fronted participle's company is "the company": no focal org is named before it
    ("Harlow Foods Inc. sells soup. Formed in 1991, the company now employs 300 people.",
     {("Harlow Foods", "foundingDate", "1991")}),
    ("Marsh Media Ltd. is a British publishing company founded in 1952.",
     {("Marsh Media", "foundingDate", "1952")}),
    ("John Harlow had formed Brantwell Corp. in 1929 with two friends.",
     {("Brantwell", "founder", "John Harlow"), ("Brantwell", "foundingDate", "1929")}),
    ("Marsh Media Ltd. is a British publisher formed in 1962 in Oslo, Norway by John Marsh.",
     {("Marsh Media", "founder", "John Marsh")}),
    ("Before founding Kelmora Ltd., John Harlow was a banker.", {("Kelmora", "founder", "John Harlow")}),
    ("He is the grandson of the founder of the Brantwell Corp., Peter Quenby.",
     {("Brantwell", "founder", "Peter Quenby")}),
    # rivals named at the end of a sentence whose subject is a company, past places and products
    ("Brantwell Corp., the Oslo-based maker, unveiled the Zorb 5 phone in Paris to take on rivals Kelmora Ltd. "
     "and Quenby Tools.", {("Brantwell", "competitor", "Kelmora"), ("Brantwell", "competitor", "Quenby Tools")}),
    # a mid-sentence subject "it" is the organization before it
    ("Brantwell Corp. has grown quickly since it bought Quenby Tools in 2009.",
     {("Brantwell", "acquired", "Quenby Tools")}),
    ("Norvik Bank said on Monday that it had partnered with Kelmora Ltd.", {("Norvik Bank", "partner", "Kelmora")}),
    # a place is "a <noun> in" another, whatever the noun
    ("Tarbrook Station is a railway station in Bergen.", {("Tarbrook Station", "containedInPlace", "Bergen")}),
    # "in the municipality of": and a chain of "in"s, each link
    ("Brenna Station is a railway station in the town of Tarbrook, in the municipality of Vessaline in Nevada.",
     {("Tarbrook", "containedInPlace", "Vessaline"), ("Vessaline", "containedInPlace", "Nevada")}),
    # a name's relative clause between it and its verb: the sentence is read again without it
    ("Jo Bloggs, who joined Kelvara Systems in 2010, was named chief executive of Kelvara Systems on Monday.",
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Norvik Bank, whose shares fell 3 percent, has partnered with Hallam Pay.",
     {("Norvik Bank", "partner", "Hallam Pay")}),
    ("Brantwell Corp., which Quenby Tools Ltd. acquired in 2001, has partnered with Hallam Pay.",
     {("Brantwell", "partner", "Hallam Pay"), ("Quenby Tools", "acquired", "Brantwell")}),
    ("In 1998, Maria Castell founded Kelmora Ltd. in Oslo.",
     {("Kelmora", "foundingDate", "1998"), ("Kelmora", "founder", "Maria Castell")}),
    ("Marsh Records Ltd. is a record label based in Leeds, England, started by Maria Castell in 1990.",
     {("Marsh Records", "foundingDate", "1990"), ("Marsh Records", "founder", "Maria Castell")}),
    # a two-word title after a copula is read whole: "managing director" is the chief executive
    ("Brantwell Corp. makes pumps. Maria Castell has been managing director since 2019.",
     {("Brantwell", "ceo", "Maria Castell")}),
    # leaders and chairs: a capitalised word before "leader" and a name is a party's name
    ("The independents backed Harvest, making Harvest leader Maria Castell premier.",
     {("Harvest", "chair", "Maria Castell")}),
    ("The Harvest Party, led by Maria Castell, won the vote.",
     {("Harvest Party", "chair", "Maria Castell"), ("Harvest Party", "member", "Maria Castell")}),
    ("Brantwell Corp., headed by chief executive John Harlow, cut jobs.",
     {("Brantwell", "ceo", "John Harlow"), ("Brantwell", "member", "John Harlow")}),
    ("Brantwell Corp. chairman Peter Quenby and chief executive John Harlow met investors.",
     {("Brantwell", "chair", "Peter Quenby"), ("Brantwell", "ceo", "John Harlow")}),
    ("The current president of Brantwell Corp. is Maria Castell, who joined in 2000.",
     {("Brantwell", "member", "Maria Castell")}),
    # places
    ("Leeds is a city in Yorkshire, England.", {("Leeds", "containedInPlace", "Yorkshire")}),
    # each link of a chain of places
    ("Jo Harnhold lived in Vessaline, Ardle County, Nevada.",
     {("Vessaline", "containedInPlace", "Ardle County"), ("Ardle County", "containedInPlace", "Nevada")}),
    ("The fair is linked with the French town of Lyon.", {("Lyon", "containedInPlace", "France")}),
    ("Maria Castell, who was a curator at the Brantwell Corp. museum, retired.",
     {("Brantwell", "member", "Maria Castell")}),
    ("Brantwell Corp. technology columnist John Harlow reviewed the phone.",
     {("Brantwell", "member", "John Harlow")}),
    # parents
    ("Brantwell Corp. has owned Kelmora Ltd. since 2005.", {("Kelmora", "parentOrganization", "Brantwell")}),
    ("Brantwell Corp. also owns Kelmora Ltd. and Quenby Corp.",
     {("Kelmora", "parentOrganization", "Brantwell"), ("Quenby", "parentOrganization", "Brantwell")}),
    ("Kelmora Ltd. belonged to the state-owned Brantwell Corp. holding.",
     {("Kelmora", "parentOrganization", "Brantwell")}),
    ("Kelmora Ltd. became part of Brantwell Corp. in 2006.", {("Kelmora", "parentOrganization", "Brantwell")}),
    ("Brantwell Corp., the parent of Kelmora Ltd., reported a loss.",
     {("Kelmora", "parentOrganization", "Brantwell")}),
    ("Brantwell Corp. sold pumps, along with its subsidiaries Kelmora Ltd. and Quenby Corp.",
     {("Kelmora", "parentOrganization", "Brantwell"), ("Quenby", "parentOrganization", "Brantwell")}),
    ("Harlow Foods Inc., named until 1994 as Harlow Canning Ltd., is a subsidiary of Brantwell Corp.",
     {("Harlow Foods", "parentOrganization", "Brantwell")}),
    # country from a copula with a demonym; a demonym several territories share names the main country
    ("Kelmora Ltd. was a Norwegian association football club from Bergen.", {("Kelmora", "country", "Norway")}),
    ("Brantwell Corp. is a French maker of pumps.", {("Brantwell", "country", "France")}),
    # makers of products: a second verb or an adverb before "by", a code name, the maker before the category
    ("Zorblax is an arcade game developed and published by Quintor Inc. in 1979.",
     {("Zorblax", "manufacturer", "Quintor")}),
    ("Harrowgate is a role-playing game developed primarily by Belmora Ltd. for consoles.",
     {("Harrowgate", "manufacturer", "Belmora")}),
    # two makers in one "by" phrase
    ("Zorblax is a 2004 video game developed by Ombrel Games and Quintor Studios.",
     {("Zorblax", "manufacturer", "Ombrel Games"), ("Zorblax", "manufacturer", "Quintor Studios")}),
    ("Buyers liked the Z350, a compact car engineered by Ombrel Motors and Quintor Inc., at the show.",
     {("Z350", "manufacturer", "Ombrel Motors"), ("Z350", "manufacturer", "Quintor")}),
    ("Critics praised Zorblax, a puzzle app. It was developed by Ombrel Games and Quintor Studios.",
     {("Zorblax", "manufacturer", "Ombrel Games"), ("Zorblax", "manufacturer", "Quintor Studios")}),
    # a company recalls what it makes
    ("Halvex Motors recalled the Zephyr X2 scooter after reports of brake failures.",
     {("Zephyr X2", "manufacturer", "Halvex Motors")}),
    # ... and delivers or produces it
    ("Delcor Aviation began deliveries of the Skyren jet in 2023.",
     {("Skyren", "manufacturer", "Delcor Aviation")}),
    # an apposition naming the maker's category after the name's own: "the X handset, Acme's cheapest phone"
    ("The Korrin handset, Brinmoor Electronics' cheapest phone, sold well.",
     {("Korrin", "manufacturer", "Brinmoor Electronics")}),
    ("Drennic is the codename used by Quintor Inc. for a graphics chip.",
     {("Drennic", "manufacturer", "Quintor")}),
    ("Quintor Inc. makes toys. The game drew on the 1972 Quintor arcade game Pallo.",
     {("Pallo", "manufacturer", "Quintor")}),
    ("Zentrip is a photo app by Vemco Ltd. for phones.", {("Zentrip", "manufacturer", "Vemco")}),
    # a mid-sentence subject "it" before a progressive is the organization before it
    ("Quintor Motors said on Wednesday that it was recalling the Zelvix X4 scooter.",
     {("Zelvix X4", "manufacturer", "Quintor Motors")}),
    # a unit named after its owner's possessive makes the product; what a company enters a market with is its own
    ("The Zelvaro is a regional turboprop airliner manufactured by Quintor Aerospace's commercial aircraft "
     "division, Velkar Commercial.", {("Zelvaro", "manufacturer", "Velkar Commercial")}),
    ("In 2003 Quintor Instruments entered the medical market with the Zelvix infusion pump.",
     {("Zelvix", "manufacturer", "Quintor Instruments")}),
    # the company behind a product, a company whose product, a product "called" so, a brand a company sells
    ("Quintor Labs, the company behind the Zelvix messaging app, said on Monday that sales rose.",
     {("Zelvix", "manufacturer", "Quintor Labs")}),
    ("Shares of Quintor Labs rose. Quintor Labs, whose Zelvix app has 300 million users, said sales rose.",
     {("Zelvix", "manufacturer", "Quintor Labs")}),
    ("Quintor Labs is developing an AI assistant called Zelvix.", {("Zelvix", "manufacturer", "Quintor Labs")}),
    ("Brauhaus Quintor agreed to sell its Zelvix beer brand to a rival for 120 million euros.",
     {("Zelvix", "manufacturer", "Brauhaus Quintor")}),
    # a copula to a maker's category past an apposition
    ("Zelvix, a wheat beer brewed since 1912, is Quintor Brewery's best-selling lager.",
     {("Zelvix", "manufacturer", "Quintor Brewery")}),
    # a release participle in an apposition, whatever noun the apposition names
    ("Quintor Inc. makes scales. Its first product was the Zorb K1, a precision balance launched in 1954.",
     {("Zorb K1", "releaseDate", "1954")}),
    # a maker after a descriptor ("sold by rival X")
    ("Analysts compared Cephorin with Zorvik, a tablet sold by rival Quintor Therapeutics.",
     {("Zorvik", "manufacturer", "Quintor Therapeutics")}),
    # a unit named after its place-based modifier, of a product being developed
    ("Zorbix is a video game developed by Quintor Games. A sequel, Zorbix II, is being developed by Quintor's "
     "Oslo-based studio, Velkar Games.", {("Zorbix II", "manufacturer", "Velkar Games")}),
    # a brand's owner makes it (a brand of a product noun, not any thing owned)
    ("Zelvix is a brand of lemon-flavoured soft drinks owned by the Belgian beverage company Quintor Dranken.",
     {("Zelvix", "manufacturer", "Quintor Dranken")}),
    # a demonym before the copula's category
    ("Zorvelle is a Czech pale lager brewed by Quintor Brewery.", {("Zorvelle", "manufacturer", "Quintor Brewery")}),
    # a maker's products listed after "are" or "consists of", each with a noun the lexicon does not know
    ("Quintor Inc. makes lab gear. Its best-known products are the Zentrova spectrometer and the Kalmix centrifuge.",
     {("Zentrova", "manufacturer", "Quintor"), ("Kalmix", "manufacturer", "Quintor")}),
    ("Quintor Trucks AB builds farm machines. Its current range consists of the Zelmar harvester and the Vostra baler.",
     {("Zelmar", "manufacturer", "Quintor Trucks"), ("Vostra", "manufacturer", "Quintor Trucks")}),
    # category nouns of software suites, chips and medical devices
    ("Tessevo is an accounting software suite developed by Quintor Software.",
     {("Tessevo", "manufacturer", "Quintor Software")}),
    ("The Ombrel K7 is a system on a chip designed by Quintor Semiconductor for phones.",
     {("Ombrel K7", "manufacturer", "Quintor Semiconductor")}),
    ("The Varby Beat is an implantable cardiac pacemaker made by the Danish company Quintor Medical.",
     {("Varby Beat", "manufacturer", "Quintor Medical")}),
    ("Quintor Inc. is best known for its range of rockets and guided missiles such as Zorb and TRX.",
     {("Zorb", "manufacturer", "Quintor"), ("TRX", "manufacturer", "Quintor")}),
]


NEGATIVE_CASES = [
    # the rivals are the nearest company's: no company before it takes them
    ("Brantwell Corp. said Kelmora Ltd. would take on rivals Quenby Tools and Hallam Pay.",
     ("Brantwell", "competitor", "Quenby Tools")),
    # a subject "it" looking ahead, or after no organization, is no one's
    ("Brantwell Corp. makes pumps. After it acquired Quenby Tools, Kelmora Ltd. opened a plant.",
     ("Brantwell", "acquired", "Quenby Tools")),
    ("Brantwell Corp. makes pumps. Jo Bloggs said on Monday that it had partnered with Kelmora Ltd.",
     ("Brantwell", "partner", "Kelmora")),
    # "the new group" of a merger is a company still to be made, not the article's
    ("Brantwell Corp. and Kelmora Ltd. agreed to merge. Jo Bloggs will become chief executive of the new group.",
     ("Brantwell", "ceo", "Jo Bloggs")),
    ("Brantwell Corp. and Kelmora Ltd. agreed to merge. Jo Bloggs will run the combined company.",
     ("Brantwell", "ceo", "Jo Bloggs")),
    # a relative clause's own subject does not take the main clause's verb
    ("Brantwell Corp., which Quenby Tools Ltd. acquired in 2001, has partnered with Hallam Pay.",
     ("Quenby Tools", "partner", "Hallam Pay")),
    # a stake is an investment, not ownership of the company
    ("Brantwell Corp. owns a 20 percent stake in Kelmora Ltd.", ("Kelmora", "parentOrganization", "Brantwell")),
    # a deputy leader does not chair
    ("The Harvest Party chose deputy leader Maria Castell.", ("Harvest Party", "chair", "Maria Castell")),
    # impersonal "it" is not the company
    ("Brantwell Corp. makes pumps. It is thought that demand was founded in 1990 on exports.",
     ("Brantwell", "foundingDate", "1990")),
    # "Its" officer after a sentence naming two organizations is the subject's, not the other's
    ("Brantwell Corp. sold a plant to Kelmora Ltd. on Monday. Its chief executive, John Harlow, said sales rose.",
     ("Kelmora", "ceo", "John Harlow")),
    # "the American ... from/by X": a preposition starts another phrase, the demonym is not X's
    ("The album was released by the American label Kelmora Records in the United States and by Brantwell Corp. abroad.",
     ("Brantwell", "country", "United States")),
    # a publisher alone is not the maker of a game
    ("Harrowgate is a racing video game published by Belmora Ltd. for consoles.",
     ("Harrowgate", "manufacturer", "Belmora")),
    # products of others named after the maker's own words
    ("Quintor Inc. is known for its partnerships with makers of phones such as Zentra.",
     ("Zentra", "manufacturer", "Quintor")),
    # a list of places is no chain
    ("The band toured Oslo, Bergen, Leeds and York.", ("Bergen", "containedInPlace", "Leeds")),
    # a city in brackets is not a country
    ("The licence came from Vellmark Electric (Osaka) of Japan.", ("Vellmark Electric", "country", "Osaka")),
]


def test_a_bare_title_is_the_article_companys_only_when_the_headline_or_lead_names_it() -> None:
    text = "Kelmora Ltd. cut prices. Chairwoman Maria Castell called the results strong."
    assert ("Kelmora", "chair", "Maria Castell") in facts(text, title="Kelmora cuts prices")
    assert ("Kelmora", "chair", "Maria Castell") in facts(text, title="Markets wrap")
    # the most named company of an article whose headline and lead name another (the mentions missed
    # that one) may not be the one the title belongs to
    text = ("Shares of the bank rose. A former head of Kelmora Ltd., Al Smith, joined in May. "
            "Chairwoman Maria Castell called the results strong.")
    assert ("Kelmora", "chair", "Maria Castell") not in facts(text, title="Markets wrap")


def test_bare_title_before_name_is_the_article_companys_only_when_it_speaks() -> None:
    speaking = facts("Brantwell Corp. cut prices. \u201cWe are ready,\u201d said chairman and CEO John Harlow.")
    assert ("Brantwell", "chair", "John Harlow") in speaking
    # the nearest organization is someone else's: no guess
    other = facts("Brantwell Corp. cut prices. Rival Kelmora Ltd. hired chairman John Harlow last year.")
    assert not {f for f in other if f[1] == "chair" and f[2] == "John Harlow" and f[0] == "Brantwell"}


def test_a_mid_sentence_its_before_a_title_is_the_organization_the_sentence_means() -> None:
    # the sentence's subject
    assert ("Brantwell", "ceo", "Jo Bloggs") in facts(
        "Brantwell Corp. said on Friday that its chief executive, Jo Bloggs, would leave.")
    # the one organization named before it
    assert ("Kelmora", "ceo", "Maria Castell") in facts(
        "Brantwell Corp. sells pumps. In 2001 Maria Castell joined Kelmora Ltd., and in 2010 she became "
        "its chief executive.")
    # the organization it is coordinated with, not the sentence's subject
    found = facts("Brantwell Corp. sued Kelmora Ltd. and its chairman, John Harlow, on Monday.")
    assert ("Kelmora", "chair", "John Harlow") in found and ("Brantwell", "chair", "John Harlow") not in found
    # none named before but in a prepositional phrase: the previous sentence's subject
    found = facts("Brantwell Corp. cut prices. Analysts at Quenby Securities said its chairman, John Harlow, "
                  "would retire.")
    assert ("Brantwell", "chair", "John Harlow") in found
    assert ("Quenby Securities", "chair", "John Harlow") not in found
    # a new clause after ", and" is about the subject, not the organization just named
    found = facts("The Brantwell Corp. is listed on the Vessel Exchange, and its chairman, John Harlow, is 70.")
    assert ("Brantwell", "chair", "John Harlow") in found and ("Vessel Exchange", "chair", "John Harlow") not in found
    # no organization before it, none the previous subject: the article's, when its headline or lead names it
    text = "Brantwell Corp. cut prices. Jo Bloggs said so. On Monday, its chairman, John Harlow, resigned."
    assert ("Brantwell", "chair", "John Harlow") in facts(text, title="Brantwell cuts prices")
    text = "Prices fell. Jo Bloggs of Brantwell Corp. said so. On Monday, its chairman, John Harlow, resigned."
    assert ("Brantwell", "chair", "John Harlow") not in facts(text, title="Markets wrap")
    # several organizations named before and none the subject: no guess
    found = facts("John Harlow, who sold Brantwell Corp. and bought Kelmora Ltd., praised its chairman, Jo Bloggs.")
    assert not {f for f in found if f[1] == "chair"}


def test_a_sentence_initial_its_before_a_title_is_the_previous_subject_whatever_else_it_named() -> None:
    found = facts("Brantwell Corp. bought a stake in Kelmora Ltd. last year. Its chairman, John Harlow, said so.")
    assert ("Brantwell", "chair", "John Harlow") in found and ("Kelmora", "chair", "John Harlow") not in found
    # other possessions stay unresolved: after "Acme ... Beta", "Its brands" may be either's
    found = facts("Brantwell Corp. bought a stake in Kelmora Ltd. last year. Its Zentra brand sells well.")
    assert ("Zentra", "manufacturer", "Brantwell") not in found


def test_demonym_first_in_an_institution_name_gives_its_country() -> None:
    """"the Ruritanian ..." names a national institution; a company's legal form keeps it out."""
    found = facts("Jo Bloggs served in the Norwegian Coastal Guard for ten years. "
                  "She later moved to Norway's capital and joined the Norwegian Vellmark Corporation.")
    countries = {(s, o) for s, p, o in found if p == "country"}
    assert ("Norwegian Coastal Guard", "Norway") in countries
    assert not any(s.startswith("Norwegian Vellmark") for s, _ in countries)


def test_demonym_first_in_a_name_needs_the_country_named() -> None:
    found = facts("Jo Bloggs served in the Norwegian Coastal Guard for ten years.")
    assert not any(p == "country" for _, p, _ in found)


def test_a_large_city_is_the_city_not_the_subdivision_named_like_it() -> None:
    """Paris, Leeds and Tokyo are cities, though a department, a borough and a prefecture share their names."""
    ex = extract(read_text("Kelmora opens offices\n\nKelmora Ltd. opened offices in Paris, Leeds and Tokyo. "
                           "England is its largest market; Aude and Fukuoka are not.\n", source="invented.txt"))
    places = {e.label: e for e in ex.entities.values()}
    assert {"Paris", "Leeds", "Tokyo"} <= places.keys()
    assert all(places[c].subtypes == {"City"} for c in ("Paris", "Leeds", "Tokyo"))
    contained = {(ex.entities[f.subject].label, ex.entities[f.object].label)
                 for f in ex.facts if f.predicate == "containedInPlace"}
    assert ("Leeds", "England") in contained
    # GeoNames' numbered region codes are not ISO's: Paris does not lie in Aude, nor Tokyo in Fukuoka
    assert ("Paris", "Aude") not in contained and ("Tokyo", "Fukuoka") not in contained


def test_the_gazetteer_places_cities_in_a_reference_text_not_in_a_dated_report() -> None:
    """A lead naming Detroit and the United States puts the one in the other; a news report of a
    plant in Detroit does not state it (world knowledge), but keeps what it says ("Leeds, England")."""
    text = ("Kelmora Ltd. opened a plant in Detroit and an office in Leeds, England. "
            "The United States is its largest market.")
    lead = facts_of(text)
    assert {("Detroit", "containedInPlace", "United States"), ("Leeds", "containedInPlace", "England")} <= lead
    report = facts_of(text, published="2024-05-02")
    assert ("Leeds", "containedInPlace", "England") in report
    assert ("Detroit", "containedInPlace", "United States") not in report


def test_state_body_named_with_its_country_gives_the_country() -> None:
    """A state body's name needs no "the" ("a senior Norwegian Army officer"), and may open with the
    country's own name ("the Norway Parliament", "Norway Air and Seaports Authority") or "Royal"."""
    found = facts("Jo Bloggs was born in Norway. He was a senior Norwegian Army officer and later sat in the third Norway Parliament "
                  "and chaired Norway Coastal Authority. His son served in the Royal Norwegian Signals Corps.")
    countries = {(s, o) for s, p, o in found if p == "country"}
    assert ("Norwegian Army", "Norway") in countries
    assert ("Norway Parliament", "Norway") in countries
    assert ("Norway Coastal Authority", "Norway") in countries
    assert ("Royal Norwegian Signals Corps", "Norway") in countries


def test_a_country_after_of_in_a_name_gives_the_country() -> None:
    """"Kelmora Audit Office of Norway" is Norway's; "Brantwell College of Georgia" may be of the US state."""
    found = facts("Jo Bloggs was born in Norway. He chaired the Kelmora Audit Office of Norway until 2001.")
    assert ("Kelmora Audit Office of Norway", "country", "Norway") in found
    found = facts("Jo Bloggs moved to Georgia in 1990 and taught at Brantwell College of Georgia.")
    assert not any(p == "country" and s.startswith("Brantwell") for s, p, _ in found)


def test_country_first_in_a_name_is_not_enough_for_other_bodies() -> None:
    """"the Norway House", "the Norway Stock Exchange": a country opens names of things not its own."""
    found = facts("Jo Bloggs visited Norway in 1990. He met traders at the Norway Stock Exchange "
                  "and spoke at the Norway Veltro House.")
    assert not any(p == "country" and s.startswith("Norway ") for s, p, _ in found)


# Constructions of encyclopaedia leads (invented names throughout).
LEAD_CASES = [
    # an unveiling, then the sale: the sale's date
    ("The Zelvaro is a compact SUV produced by Quintor Motors. It was unveiled at a motor show in Paris in "
     "September 2018 and went on sale in Europe in March 2019.", {("Zelvaro", "releaseDate", "2019-03")}),
    # an announcement, then the release: the release's date
    ("Zorbix is a mobile operating system developed by Quintor Systems. It was announced in June 2012 and "
     "released in October 2012.", {("Zorbix", "releaseDate", "2012-10")}),
    # a fronted release participle dates the subject, named or "it"
    ("The Ombrel K7 is a chip designed by Quintor Semiconductor. Introduced in March 2021, it is made in Taiwan.",
     {("Ombrel K7", "releaseDate", "2021-03")}),
    ("Zorbix is a video game developed by Quintor Games. First released in 2009, the Zorbix sold well.",
     {("Zorbix", "releaseDate", "2009")}),
    # an opening "The" and a product noun is the previous sentence's product
    ("Zorbatron is a racing game developed by Quintor Games. The game was first released in 2011.",
     {("Zorbatron", "releaseDate", "2011")}),
    # the platforms it was released for stand between the verb and the date
    ("Zorbatron is a racing game developed by Quintor Games. It was first released for the Arvo 2 and the "
     "Pellin X in May 2014.", {("Zorbatron", "releaseDate", "2014-05")}),
    # staff of an organization: teaching, working, joining, faculties
    ("Maria Castell is a painter. She currently teaches at Kelmora College and previously taught at "
     "Brantwell University and the Quenby Institute of Art.",
     {("Kelmora College", "member", "Maria Castell"), ("Brantwell University", "member", "Maria Castell"),
      ("Quenby Institute of Art", "member", "Maria Castell")}),
    ("John Harlow is an engineer. From 1975 to 1990, he worked for Brantwell Corp.",
     {("Brantwell", "member", "John Harlow")}),
    ("Peter Quenby later joined Kelmora Ltd. as a designer.", {("Kelmora", "member", "Peter Quenby")}),
    ("John Harlow is a cellist. He is currently on the faculties of the Kelmora Conservatory and the "
     "Brantwell School of Music.",
     {("Kelmora Conservatory", "member", "John Harlow"), ("Brantwell School of Music", "member", "John Harlow")}),
    ("Maria Castell is also a professor of economics at Brantwell University.",
     {("Brantwell University", "member", "Maria Castell")}),
    # a party and its leader
    ("The march backed the Harvest Party and its leader Maria Castell.",
     {("Harvest Party", "chair", "Maria Castell")}),
    # founders: place before date, a demonym in the byline
    ("The Quenby Players Society was established in London in 1978 by Canadian actor John Harlow.",
     {("Quenby Players Society", "founder", "John Harlow"), ("Quenby Players Society", "foundingDate", "1978")}),
    # founding dates
    ("The Brantwell School of Nursing has trained 900 nurses since its inception in 1988.",
     {("Brantwell School of Nursing", "foundingDate", "1988")}),
    ("Kelmora Ltd. was an Italian maker of scooters and lawnmowers active between 1946 and 1979.",
     {("Kelmora", "foundingDate", "1946")}),
    # parents
    ("Kelmora Kids is a British children's television channel owned by Brantwell Corp.",
     {("Kelmora Kids", "parentOrganization", "Brantwell")}),
    ("Kelmora Naval Forces (KNF) was a command of the Brantwell Navy, active from 1946 to 1961.",
     {("Kelmora Naval Forces", "parentOrganization", "Brantwell Navy")}),
    # headquarters
    ("Kelmora Ltd. is a Turkish arms maker based in the central province of Ankara.",
     {("Kelmora", "headquarters", "Ankara")}),
    # a long description of what it makes before "headquartered in"
    ("Kelmora Ltd. is a Welsh maker of industrial weighing scales and grain moisture meters, headquartered in "
     "Cardiff.", {("Kelmora", "headquarters", "Cardiff")}),
    ("She earned a degree from the Quenby Polytechnic University in Moscow, Russia.",
     {("Quenby Polytechnic University", "headquarters", "Moscow")}),
    # an appositive naming the country, also by its possessive
    ("Drelmo Air, Norway's first budget carrier, cut fares in May.", {("Drelmo Air", "country", "Norway")}),
    ("Kelmora Holdings, the Belgian parent of Brantwell Air, kept a stake in Tarvik.",
     {("Kelmora", "country", "Belgium")}),
    # a city's country is the one the article names, whatever the country list calls it
    ("Kelmora Ltd. is a software maker based in Moscow. Russian banks use its tools.",
     {("Kelmora", "headquarters", "Moscow"), ("Kelmora", "country", "Russia"), ("Moscow", "containedInPlace", "Russia")}),
    # "he" in the next sentence is the previous sentence's subject, not a person named in passing
    ("Jo Bloggs was a minister in Al Smith's cabinet. He became chairman of Kelmora Ltd.",
     {("Kelmora", "chair", "Jo Bloggs")}),
    # a town's name (also a person's surname) and "group" spell the group the article names: its chairman
    ("Ostrava Steel is a unit of the Ostrava Group. Long-serving Ostrava group Chairman Karel Ostrava, 68, "
     "praised the plan.", {("Ostrava", "chair", "Karel Ostrava")}),
    # a pronoun subject with an adverb before the verb, a later or eventual post, a post held
    ("Jo Bloggs is a British banker. She now serves as chairwoman of Kelmora Ltd.",
     {("Kelmora", "chair", "Jo Bloggs")}),
    ("Jo Bloggs is a British banker. He would later become chief executive of Kelmora Ltd.",
     {("Kelmora", "ceo", "Jo Bloggs")}),
    ("Jo Bloggs is a British banker. He went on to become chairman of Kelmora Ltd.",
     {("Kelmora", "chair", "Jo Bloggs")}),
    ("Jo Bloggs is a British banker. He held the post of chairman of Kelmora Ltd. until 2001.",
     {("Kelmora", "chair", "Jo Bloggs")}),
    ("Jo Bloggs is a British banker. He went on to found Kelmora Ltd. in 1990.",
     {("Kelmora", "founder", "Jo Bloggs")}),
    # what a lead says someone is before the post: any occupation noun
    ("Osmund Harlow (born 1958) is a Danish economist and former CEO of Kelmora Ltd.",
     {("Kelmora", "ceo", "Osmund Harlow")}),
    # a later title of a joined pair with its time; a list of occupations before the post
    ("Jo Bloggs is the co-founder and former CEO of Kelmora Ltd.",
     {("Kelmora", "founder", "Jo Bloggs"), ("Kelmora", "ceo", "Jo Bloggs")}),
    ("Jo Bloggs is an American businessman, investor and philanthropist who is the chairman of Kelmora Ltd.",
     {("Kelmora", "chair", "Jo Bloggs")}),
    # founders in a lead: the occupation and "who founded", "best known as the founder of", "known for founding"
    ("Jo Bloggs (1920–1990) was a British industrialist who founded Kelmora Ltd.",
     {("Kelmora", "founder", "Jo Bloggs")}),
    ("Jo Bloggs is an American entrepreneur best known as the founder of Kelmora Ltd.",
     {("Kelmora", "founder", "Jo Bloggs")}),
    ("Jo Bloggs is an American businessman known for founding Kelmora Ltd.", {("Kelmora", "founder", "Jo Bloggs")}),
    # an appointment in the passive: "tapped as"
    ("Kelmora Ltd. makes pumps. Jo Bloggs was tapped as Kelmora's new chief executive.",
     {("Kelmora", "ceo", "Jo Bloggs")}),
    # "who has served as" after what a lead says someone is; a demonym before the title
    ("Jo Bloggs is an American businessman who has served as the CEO of Kelmora Ltd. since 2014.",
     {("Kelmora", "ceo", "Jo Bloggs")}),
    ("Jo Bloggs is the Norwegian-born chief executive of Kelmora Ltd.", {("Kelmora", "ceo", "Jo Bloggs")}),
    ("Jo Bloggs is the American founder of Kelmora Ltd.", {("Kelmora", "founder", "Jo Bloggs")}),
    # the company's description, then who leads it or chairs it
    ("Kelmora Ltd. is an American company led by chief executive Jo Bloggs.", {("Kelmora", "ceo", "Jo Bloggs")}),
    ("Kelmora Ltd., a drone maker headed by Jo Bloggs, cut jobs.", {("Kelmora", "member", "Jo Bloggs")}),
    ("Kelmora Ltd. is an Oslo-based company, whose chairman is Jo Bloggs.", {("Kelmora", "chair", "Jo Bloggs")}),
    # an announcement made by a bare title: the article's company's officer
    ("Kelmora Ltd. cut jobs. The move was announced by chief executive Jo Bloggs.", {("Kelmora", "ceo", "Jo Bloggs")}),
    # two words before the title ("the first black president of")
    ("Jo Bloggs (1911–1984) was a Canadian chemist and author, the first female president "
     "of Kelmora University.", {("Kelmora University", "member", "Jo Bloggs")}),
    ("Jo Bloggs is the first female chief executive of Kelmora Ltd.", {("Kelmora", "ceo", "Jo Bloggs")}),
    # doctoral supervisors teach where the degree is taken
    ("Jo Bloggs is a mathematician. She earned her doctorate from the University of Oldtown in 1962, under the "
     "supervision of Al Smith and Karl Novak.",
     {("University of Oldtown", "member", "Al Smith"), ("University of Oldtown", "member", "Karl Novak")}),
    ("Jo Bloggs is a mathematician. He received his PhD in 1959 under Al Smith at Kelmora University.",
     {("Kelmora University", "member", "Al Smith")}),
    # the one a deputy served under held the post
    ("Jo Bloggs is a trade unionist. From 2009 she was deputy leader of the Harvest Party under Al Smith.",
     {("Harvest Party", "chair", "Al Smith")}),
    # founding "a small workshop" in an article about the company bearing the founder's surname
    ("Harlow Tools was an Italian maker of bicycles. In 1937, the cyclist Marco Harlow founded a small workshop "
     "in Bologna.", {("Harlow Tools", "founder", "Marco Harlow")}),
    # a founding after leaving, or of "his own firm, X"
    ("Jo Bloggs is a British banker. She left Quenby Corp. in 1990 to found Kelmora Capital.",
     {("Kelmora Capital", "founder", "Jo Bloggs")}),
    ("Jo Bloggs is a British banker. She quit to start the consultancy Kelmora Partners.",
     {("Kelmora Partners", "founder", "Jo Bloggs")}),
    ("Jo Bloggs is a British banker. She left Quenby Corp. in 1990 to set up her own firm, Kelmora Capital.",
     {("Kelmora Capital", "founder", "Jo Bloggs")}),
    # "a spokesman for X, Jo Bloggs"; heading a company's operations or business
    ("Kelmora Ltd. cut jobs. A spokesman for Kelmora, Jo Bloggs, said costs rose.", {("Kelmora", "member", "Jo Bloggs")}),
    ("Kelmora Ltd. cut jobs. Jo Bloggs, who heads Kelmora's European operations, said costs rose.",
     {("Kelmora", "member", "Jo Bloggs")}),
    # a generic noun the article used before names its organization: "The paper's editor is ..."
    ("The Oldtown Gazette is a weekly newspaper sold in Leeds. The paper's editor is Jo Bloggs.",
     {("Oldtown Gazette", "member", "Jo Bloggs")}),
    # work at an "X-based" company; a time between the possessive title and the copula; a chaired board;
    # a modifier before the title in an appositive copula
    ("Kelmora Games is a studio. Jo Bloggs previously worked at Oslo-based Quenby Soft.",
     {("Quenby Soft", "member", "Jo Bloggs")}),
    ("Kelmora Games is a studio. Its managing director since 2019 has been Jo Bloggs.",
     {("Kelmora Games", "ceo", "Jo Bloggs")}),
    ("Kelmora Games is a studio. Its current chief executive, appointed in 2019, is Jo Bloggs.",
     {("Kelmora Games", "ceo", "Jo Bloggs")}),
    ("Kelmora Games is a studio. Its board is chaired by Jo Bloggs.", {("Kelmora Games", "chair", "Jo Bloggs")}),
    ("Kelmora Games is a studio. The board of Quenby Soft is chaired by Jo Bloggs.",
     {("Quenby Soft", "chair", "Jo Bloggs")}),
    ("Kelmora Games makes games. Jo Bloggs, its founder, remains Kelmora Games's creative director.",
     {("Kelmora Games", "member", "Jo Bloggs")}),
    # ... but the board's chairman is the company's
    ("Kelmora Ltd. cut jobs. Jo Bloggs was chairman of the board until 2012.", {("Kelmora", "chair", "Jo Bloggs")}),
    # ... but an executive of it; and the chairman of its board its chairman
    ("Kelmora Ltd. cut jobs. Jo Bloggs, chief executive of Kelmora's British unit, said costs rose.",
     {("Kelmora", "member", "Jo Bloggs")}),
    ("Kelmora Ltd. cut jobs. Jo Bloggs, chairman of Kelmora's board, said costs rose.",
     {("Kelmora", "chair", "Jo Bloggs")}),
    # a post at two organizations named together
    ("Kelmora Ltd. cut jobs. Jo Bloggs, chairman of both Kelmora and Quenby Corp., said costs rose.",
     {("Kelmora", "chair", "Jo Bloggs"), ("Quenby", "chair", "Jo Bloggs")}),
    ("Kelmora Ltd. cut jobs. Jo Bloggs is chairman of Kelmora and its parent Quenby Corp.",
     {("Kelmora", "chair", "Jo Bloggs"), ("Quenby", "chair", "Jo Bloggs")}),
    # a company run by someone: its head, no chairman
    ("Kelmora Ltd. makes pumps. Kelmora is run by John Harlow.", {("Kelmora", "member", "John Harlow")}),
    # a town the gazetteer does not know gets its country from the chain it is named in
    ("Kelmora Records is an independent label based in Brantwick, Ontario, Canada.",
     {("Kelmora Records", "headquarters", "Brantwick"), ("Kelmora Records", "country", "Canada")}),
    # places in a list of chains keep what the gazetteer confirms; a chain has no conjunction
    ("Kelmora Ltd. has offices in Denver, Colorado, and Austin, Texas.",
     {("Denver", "containedInPlace", "Colorado"), ("Austin", "containedInPlace", "Texas")}),
    ("Kelmora Ltd. opened a plant in Hangzhou, Zhejiang, China.",
     {("Hangzhou", "containedInPlace", "Zhejiang"), ("Zhejiang", "containedInPlace", "China")}),
    # a small town named like a far-away city: a province or state may hold it
    ("Brantwell Corp. opened a store in Cairo, Illinois.", {("Cairo", "containedInPlace", "Illinois")}),
    # a conjunction before another kind of name does not make the two places a list
    ("Kelmora Radio runs stations in Denver, Colorado, and Brantwell FM in Austin.",
     {("Denver", "containedInPlace", "Colorado")}),
    # a university named after its city stands there, and the city's country is its country
    ("Maria Castell studied law at the University of Lyon before moving to Lyon, France for good.",
     {("University of Lyon", "headquarters", "Lyon"), ("University of Lyon", "country", "France")}),
]

LEAD_NEGATIVE_CASES = [
    ("Zelvix is a brand of lemon-flavoured soft drinks owned by the Belgian beverage company Quintor Dranken.",
     ("Zelvix", "parentOrganization", "Quintor Dranken")),
    # a category that ends a longer one of the same product is that one, stated once
    ("Quintor Labs, the company behind the Zelvix messaging app, said sales rose. Quintor Labs, whose Zelvix app "
     "has 300 million users, hired staff.", ("Zelvix", "category", "app")),
    # a partner a company enters a market with is no product
    ("Quintor Instruments entered the Chinese market with Velkar Group, a local partner.",
     ("Velkar Group", "manufacturer", "Quintor Instruments")),
    # a company's unit after "whose" is no product of it
    ("Quintor Bank, whose Zelvix unit lends to farmers, said sales rose.", ("Zelvix", "manufacturer", "Quintor Bank")),
    # a release stated at two precisions is one release, at the finer one
    ("Zorbatron is a 2014 racing game developed by Quintor Games. It was first released for the Arvo 2 and the "
     "Pellin X in May 2014.", ("Zorbatron", "releaseDate", "2014")),
    # an opening "The" and a product noun after a sentence about an organization is no product of it
    ("Quintor Games is a studio in Oslo. The game was first released in 2011.", ("Quintor Games", "releaseDate", "2011")),
    # a city's possessive in an appositive gives no country
    ("Kelmora Bank, Oslo's largest lender, was sold in Norway.", ("Kelmora Bank", "country", "Norway")),
    # "he" after a second person named in the sentence is not the one who joined: only a first person counts
    ("Jo Bloggs earned her doctorate under the supervision of Al Smith, after which he joined Brantwell Corp.",
     ("Brantwell", "member", "Al Smith")),
    # working with someone is not working for them
    ("John Harlow worked closely with Brantwell Corp. on the engine.", ("Brantwell", "member", "John Harlow")),
    # a company in a city is not headquartered there: only institutions named with their city stand in it
    ("Kelmora Ltd. in Lyon cut jobs.", ("Kelmora", "headquarters", "Lyon")),
    # a university named after a state or country is not seated in it as a city
    ("She studied at the University of France before she moved to France.",
     ("University of France", "headquarters", "France")),
    ("Jo Bloggs was a minister in Al Smith's cabinet. He became chairman of Kelmora Ltd.",
     ("Kelmora", "chair", "Al Smith")),
    # the title's own organization, not one named earlier in the sentence
    ("Before Brantwell Corp., Jo Bloggs served as a managing director of Kelmora Ltd.",
     ("Brantwell", "member", "Jo Bloggs")),
    # the wider places of a comma chain are not further headquarters
    ("Kelmora Ltd. is located in Brantwick, Ontario.", ("Kelmora", "headquarters", "Ontario")),
    # starting a career with a club is not founding it
    ("Jo Bloggs started his professional career playing with Kelmora FC in 2007.", ("Kelmora FC", "founder", "Jo Bloggs")),
    # a deputy leader does not chair, also after a copula
    ("Maria Castell was deputy leader of the Harvest Party until 2014.", ("Harvest Party", "chair", "Maria Castell")),
    # a demonym before a name that modifies a plural noun is the noun's, not the organization's
    ("Kelmora TV restyled the other British Brantwell channels in 2008.", ("Brantwell", "country", "United Kingdom")),
    # places listed with a conjunction are one level, not each inside the next
    ("Maria Castell studied in Madrid, Vienna, and Oslo.", ("Madrid", "containedInPlace", "Vienna")),
    ("The Kelmora Players toured Norway, Chile, Peru and Kenya.", ("Norway", "containedInPlace", "Chile")),
    ("Brantwell Corp. sells in Europe, Brazil and Japan.", ("Europe", "containedInPlace", "Brazil")),
    # a city the gazetteer puts in another country is not inside the other city
    ("Jo Bloggs was born in Vienna, Madrid.", ("Vienna", "containedInPlace", "Madrid")),
    # a description naming something else the company is part of: that one's leader
    ("Kelmora Ltd. is a member of an alliance led by Jo Bloggs.", ("Kelmora", "member", "Jo Bloggs")),
    ("Kelmora Ltd. is the sponsor of a team led by Jo Bloggs.", ("Kelmora", "member", "Jo Bloggs")),
    ("Kelmora Ltd. is an American company headed by Jo Bloggs.", ("Kelmora", "chair", "Jo Bloggs")),
    # ... not the company of someone of another name
    ("Harlow Tools was an Italian maker of bicycles. In 1937, the cyclist Marco Bianchi founded a small workshop "
     "in Bologna.", ("Harlow Tools", "founder", "Marco Bianchi")),
    # leaving for a job, or a partnership, is no founding
    ("Jo Bloggs is a British banker. She left Quenby Corp. to start a job at Kelmora Capital.",
     ("Kelmora Capital", "founder", "Jo Bloggs")),
    ("Jo Bloggs is a British banker. She left Quenby Corp. to form a partnership with Kelmora Capital.",
     ("Kelmora Capital", "founder", "Jo Bloggs")),
    # ... not a noun the article never used of it: some other paper's editor
    ("Kelmora Ltd. makes pumps. The paper's editor is Jo Bloggs.", ("Kelmora", "member", "Jo Bloggs")),
    # a bare title whose own words give the post to something else is not the article's company's
    ("Kelmora Ltd. cut jobs. Jo Bloggs was president of France until 2012.", ("Kelmora", "member", "Jo Bloggs")),
    ("Kelmora Ltd. cut jobs. Jo Bloggs was chairman of the parliamentary committee.",
     ("Kelmora", "chair", "Jo Bloggs")),
    ("Kelmora Ltd. cut jobs. Jo Bloggs, president of the union, said the cuts were wrong.",
     ("Kelmora", "member", "Jo Bloggs")),
    ("Kelmora Ltd. cut jobs. Jo Bloggs was chief executive of a bank in Oslo.", ("Kelmora", "ceo", "Jo Bloggs")),
    # the chief of a company's unit, or of its parent, is not the company's chief
    ("Kelmora Ltd. cut jobs. Jo Bloggs, chief executive of Kelmora's British unit, said costs rose.",
     ("Kelmora", "ceo", "Jo Bloggs")),
    ("Kelmora Ltd. cut jobs. Jo Bloggs is chief executive of Kelmora's parent company.",
     ("Kelmora", "member", "Jo Bloggs")),
    ("Kelmora Ltd. cut jobs. Jo Bloggs, chief executive of Kelmora's parent, Quenby Corp., said costs rose.",
     ("Kelmora", "ceo", "Jo Bloggs")),
    # the second name with a title of its own is another's post
    ("Kelmora Ltd. cut jobs. Jo Bloggs, chief executive of Kelmora and Quenby Corp. chairman Al Smith met.",
     ("Quenby", "ceo", "Jo Bloggs")),
    # a deputy: also when two words stand before the title, or it is a possessive
    ("Jo Bloggs is the former deputy chief executive of Kelmora Ltd.", ("Kelmora", "ceo", "Jo Bloggs")),
    ("Jo Bloggs is a banker. He was the chief executive's deputy at Kelmora Ltd.", ("Kelmora", "ceo", "Jo Bloggs")),
    ("Jo Bloggs is a politician. She was deputy leader of the Harvest Party under Al Smith.",
     ("Harvest Party", "chair", "Jo Bloggs")),
    # known as someone's relative, or for something else; founding a company's unit
    ("Jo Bloggs is a British actress known as the daughter of the founder of Kelmora Ltd.",
     ("Kelmora", "founder", "Jo Bloggs")),
    ("Jo Bloggs is an American banker who founded Kelmora Ltd.'s bond unit.", ("Kelmora", "founder", "Jo Bloggs")),
    # a relative of the post holder, or someone working for them, holds no post
    ("Osmund Harlow is a son of the founder and chairman of Kelmora Ltd.", ("Kelmora", "chair", "Osmund Harlow")),
    ("Osmund Harlow (born 1950) is a Norwegian lawyer for the founder and chairman of Kelmora Ltd.",
     ("Kelmora", "member", "Osmund Harlow")),
    ("Kelmora Ltd. makes pumps. Kelmora is run by John Harlow.", ("Kelmora", "chair", "John Harlow")),
    # a university named after a city the article does not name as a place: no seat
    ("Maria Castell studied law at the University of Lyon.", ("University of Lyon", "headquarters", "Lyon")),
]


@pytest.mark.parametrize("text, expected", CASES + LEAD_CASES, ids=[c[0][:50] for c in CASES + LEAD_CASES])
def test_construction_yields_facts(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text, unwanted", NEGATIVE_CASES + LEAD_NEGATIVE_CASES)
def test_construction_does_not_yield(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text)


def test_sentence_initial_its_masks_as_a_possessive() -> None:
    from kg.extract.relate import Slot, mask
    from kg.model import ORG, Sentence

    sentence = Sentence(0, 36, "Its chief executive, Jo Bloggs, said")
    slots = [Slot("org:brantwell", ORG, 0, 3, "its", "O", anaphor=True),
             Slot("person:jo-bloggs", "Person", 21, 30, "Jo Bloggs", "P")]
    assert mask(sentence, slots) == "⟨O0⟩'s chief executive, ⟨P1⟩, said"


def posts(text: str, title: str | None = None) -> set[tuple[str, str, tuple[str, ...], str]]:
    """(organization, person, role concepts, status) of every membership extracted from ``text``.

    The headline names the text's first word, as a company's news names the company.
    """
    title = title or f"{text.split()[0]} news"
    ex: Extraction = extract(read_text(f"{title}\nPublished: March 4, 2024\n\n{text}\n", source="invented.txt"))
    return {(ex.entities[m.org].label, ex.entities[m.person].label, m.roles, m.status) for m in ex.memberships}


# Officers of a company, written the many ways news writes them (invented names throughout).
OFFICER_CASES = [
    # an appositive and a time adverbial between the company and "named"; the title before the name is the old post
    ("Vessel Marine ASA, the Bergen-based tanker group, on Tuesday named finance chief Ingrid Tarnell as its "
     "new chief executive.", ("Vessel Marine", "Ingrid Tarnell", ("CEO",), "current")),
    # the board is the article's company's
    ("Brantwell Corp. makes pumps. The board named finance chief Jo Bloggs as acting chief executive.",
     ("Brantwell", "Jo Bloggs", ("CEO",), "current")),
    # leaving a post
    ("Jo Bloggs resigned as chief executive of Brantwell Corp. on Tuesday.",
     ("Brantwell", "Jo Bloggs", ("CEO",), "former")),
    ("Maria Castell will stay on as chairwoman of Kelmora Ltd.", ("Kelmora", "Maria Castell", ("Chair",), "current")),
    # ... and taking another
    ("Al Smith will step down as chief executive of Kelmora Ltd. and become chairman.",
     ("Kelmora", "Al Smith", ("CEO",), "former")),
    ("Al Smith will step down as chief executive of Kelmora Ltd. and become chairman.",
     ("Kelmora", "Al Smith", ("Chair",), "incoming")),
    # with no organization named after the title: the one named before
    ("Kelmora Ltd. said Al Smith will step down as chief executive in April.",
     ("Kelmora", "Al Smith", ("CEO",), "former")),
    # "X's title is Y", also through "its"
    ("Kelmora Ltd. makes tools. The company's chairman is John Harlow; its chief executive officer is Maria Castell.",
     ("Kelmora", "Maria Castell", ("CEO",), "current")),
    ("Kelmora Ltd. makes tools. The company's chairman is John Harlow; its chief executive officer is Maria Castell.",
     ("Kelmora", "John Harlow", ("Chair",), "current")),
    ("Kelmora Ltd., whose chairman, John Harlow, was a banker, makes tools.",
     ("Kelmora", "John Harlow", ("Chair",), "current")),
    ("Brantwell Corp. makes pumps. The current chief executive is Maria Castell.",
     ("Brantwell", "Maria Castell", ("CEO",), "current")),
    # a bare title before a name, in a sentence naming no other organization
    ("Brantwell Corp. bought a rival. Chairwoman Maria Castell called the deal a turning point.",
     ("Brantwell", "Maria Castell", ("Chair",), "current")),
    ("Brantwell Corp. will cut 300 jobs, while chairman John Harlow keeps his post.",
     ("Brantwell", "John Harlow", ("Chair",), "current")),
    # succession: the predecessor held the post; the successor holds it, or will
    ("Vessel Marine ASA named Ingrid Tarnell as chief executive, succeeding Rolf Vasskor.",
     ("Vessel Marine", "Rolf Vasskor", ("CEO",), "former")),
    ("Kelmora Ltd. makes tools. John Harlow, who will succeed Maria Castell as chief executive, joined Kelmora in 2015.",
     ("Kelmora", "John Harlow", ("CEO",), "incoming")),
    ("Kelmora Ltd. makes tools. John Harlow, who will succeed Maria Castell as chief executive, joined Kelmora in 2015.",
     ("Kelmora", "Maria Castell", ("CEO",), "former")),
    ("Maria Castell is chief executive of Kelmora Ltd. She will retire in May and will be replaced by John Harlow.",
     ("Kelmora", "John Harlow", ("CEO",), "incoming")),
    # a second clause about the person
    ("\u201cWe grow,\u201d said Tom Quenby, who founded Kelmora Ltd. in 2016 and remains its chief executive.",
     ("Kelmora", "Tom Quenby", ("CEO",), "current")),
    ("Maria Castell joined Kelmora Ltd. in 2010 and became finance director in 2015.",
     ("Kelmora", "Maria Castell", ("CFO",), "current")),
    ("Kelmora Ltd. makes tools. Maria Castell will chair its board.", ("Kelmora", "Maria Castell", ("Chair",), "current")),
    # a British-style lower-case legal form stays part of the name before "whose"
    ("Kelmora is owned by the London-based Quenby Media plc, whose chairman, Sir John Harlow, was a banker.",
     ("Quenby Media", "John Harlow", ("Chair",), "current")),
    # heading a unit named in apposition; seats on boards and committees
    ("Maria Castell, 48, currently heads Kelmora's tanker division, Kelmora Tankers AS.",
     ("Kelmora Tankers", "Maria Castell", ("Executive",), "current")),
    ("John Harlow, Kelmora's chief executive, will join Brantwell Corp.'s executive committee.",
     ("Brantwell", "John Harlow", ("BoardMember",), "current")),
    ("Maria Castell became chairwoman of Kelmora Ltd. and a member of the board of directors of Brantwell Bank.",
     ("Brantwell Bank", "Maria Castell", ("BoardMember",), "current")),
    # joining or leaving a named company as an officer
    ("John Harlow joined Kelmora Ltd. as chief financial officer in 2020.",
     ("Kelmora", "John Harlow", ("CFO",), "current")),
    ("Brantwell Corp. makes pumps. Under chief executive Maria Castell, sales doubled.",
     ("Brantwell", "Maria Castell", ("CEO",), "current")),
    ("Maria Castell was succeeded as chairwoman of Kelmora Ltd. by John Harlow in 2016.",
     ("Kelmora", "Maria Castell", ("Chair",), "former")),
    # a finance chief is the chief financial officer
    ("Kelmora Ltd. reported a loss. John Harlow, Kelmora's finance chief, said costs rose.",
     ("Kelmora", "John Harlow", ("CFO",), "current")),
    # a relative clause, a passive with no organization after the title, a noun of the event
    ("Kelmora Ltd. reported a loss. John Harlow, who became chief operating officer in 2020, will leave.",
     ("Kelmora", "John Harlow", ("COO",), "current")),
    ("Kelmora Ltd. reported a loss. Maria Castell was promoted to chief financial officer last year.",
     ("Kelmora", "Maria Castell", ("CFO",), "current")),
    ("Kelmora Ltd. reported a loss. The appointment of John Harlow as chairman surprised investors.",
     ("Kelmora", "John Harlow", ("Chair",), "current")),
    ("Kelmora Ltd. reported a loss. The resignation of Maria Castell as chief executive was announced.",
     ("Kelmora", "Maria Castell", ("CEO",), "former")),
    # headline titles, statuses said around the post
    ("Brantwell Corp. cut jobs. Board chair Maria Castell has informed the board that she will leave.",
     ("Brantwell", "Maria Castell", ("Chair",), "current")),
    ("Brantwell Corp. cut jobs. The board elected John Harlow to succeed Maria Castell as independent board chair.",
     ("Brantwell", "Maria Castell", ("Chair",), "former")),
    ("Brantwell Corp. cut jobs. The board elected John Harlow to succeed Maria Castell as independent board chair.",
     ("Brantwell", "John Harlow", ("Chair",), "incoming")),
    ("John Harlow joined Brantwell Corp. in May. He was previously chief executive of Kelmora Ltd.",
     ("Kelmora", "John Harlow", ("CEO",), "former")),
    ("Maria Castell joined Brantwell Corp. in May. Previously, she was chief executive of Kelmora Ltd.",
     ("Kelmora", "Maria Castell", ("CEO",), "former")),
    ("Brantwell Corp. announced the retirement of its chief executive, Maria Castell.",
     ("Brantwell", "Maria Castell", ("CEO",), "former")),
    ("Brantwell Corp. cut jobs. John Harlow will remain chairman until May.",
     ("Brantwell", "John Harlow", ("Chair",), "current")),
    ("Brantwell Corp. cut jobs. John Harlow will be its next chief executive.",
     ("Brantwell", "John Harlow", ("CEO",), "incoming")),
    ("Brantwell Corp. named John Harlow, 47, currently the company's president, as chief executive.",
     ("Brantwell", "John Harlow", ("CEO",), "current")),
    ("Brantwell Corp. has named their longtime executive John Harlow as its new CEO.",
     ("Brantwell", "John Harlow", ("CEO",), "current")),
    ("Brantwell Corp. cut jobs. Al Smith will step down as Brantwell chairman.",
     ("Brantwell", "Al Smith", ("Chair",), "former")),
    ("Brantwell Corp. cut jobs. Maria Castell has been serving as chief operating officer of Brantwell since May.",
     ("Brantwell", "Maria Castell", ("COO",), "current")),
    ("Brantwell Corp. named John Harlow chief executive. He was most recently Brantwell's chief operating officer.",
     ("Brantwell", "John Harlow", ("COO",), "former")),
    ("Maria Castell, who has served as Kelmora's chief operating officer for seven years, will leave.",
     ("Kelmora", "Maria Castell", ("COO",), "current")),
    ("John Harlow joined Kelmora Ltd. in 2010 and was promoted to chief financial officer in 2015.",
     ("Kelmora", "John Harlow", ("CFO",), "current")),
    ("John Harlow also serves on the board of Brantwell Corp.", ("Brantwell", "John Harlow", ("BoardMember",), "current")),
    ("Maria Castell sits on the board at Brantwell Corp.", ("Brantwell", "Maria Castell", ("BoardMember",), "current")),
    # a title after the post, a successor taking over from the incumbent, a board's decision, a resignation after
    ("Brantwell Corp. has named John Harlow as chief executive designate to replace the current Maria Castell.",
     ("Brantwell", "John Harlow", ("CEO",), "incoming")),
    ("Brantwell Corp. has named John Harlow as chief executive designate to replace the current Maria Castell.",
     ("Brantwell", "Maria Castell", ("CEO",), "former")),
    ("Brantwell Corp. named John Harlow chief executive, and he will take over in January from Maria Castell.",
     ("Brantwell", "Maria Castell", ("CEO",), "former")),
    ("Brantwell Corp. cut jobs. The board has decided to appoint Maria Castell as managing director.",
     ("Brantwell", "Maria Castell", ("CEO",), "current")),
    ("Kelmora Bank Managing Director Maria Castell has resigned from the bank.",
     ("Kelmora Bank", "Maria Castell", ("CEO",), "former")),
    ("Brantwell Corp. cut jobs. In 2016, current chairman John Harlow will step down.",
     ("Brantwell", "John Harlow", ("Chair",), "former")),
    # encyclopaedia leads: what a person is, then the post
    ("Maria Castell (born 3 March 1948) is a German businesswoman who is chief executive of Kelmora AG.",
     ("Kelmora", "Maria Castell", ("CEO",), "current")),
    ("John Harlow (born 1950) is an American businessman, the chairman and CEO of Brantwell Corp.",
     ("Brantwell", "John Harlow", ("Chair", "CEO"), "current")),
    ("John Harlow is a British banker and the current chairman of Brantwell Bank.",
     ("Brantwell Bank", "John Harlow", ("Chair",), "current")),
    # a post with an end before the article's date is a former one
    ("Maria Castell served as president of Kelmora Ltd. from 1990 to 2000.",
     ("Kelmora", "Maria Castell", ("President",), "former")),
    ("John Harlow was chairman of Brantwell Corp. until 2012.", ("Brantwell", "John Harlow", ("Chair",), "former")),
    ("John Harlow is chairman of Brantwell Corp. until 2030.",
     ("Brantwell", "John Harlow", ("Chair",), "current")),
    # the head noun is last: an executive chairman chairs
    ("Kelmora Ltd. cut jobs. John Harlow, Kelmora's executive chairman, said costs rose.",
     ("Kelmora", "John Harlow", ("Chair",), "current")),
    # a relative clause on the person: who heads, runs, leads or chairs the company, or one of its units
    ("Brantwell Corp. cut jobs. John Harlow, who heads Kelmora Ltd., said costs rose.",
     ("Kelmora", "John Harlow", ("Executive",), "current")),
    ("Kelmora Ltd. cut jobs. Maria Castell, who has run Kelmora since 2009, said costs rose.",
     ("Kelmora", "Maria Castell", ("Executive",), "current")),
    ("Brantwell Corp. cut jobs. John Harlow, 56, who will lead Kelmora Ltd. from May, said costs rose.",
     ("Kelmora", "John Harlow", ("Executive",), "incoming")),
    ("Brantwell Corp. cut jobs. Maria Castell, who runs Kelmora's retail arm, said costs rose.",
     ("Kelmora", "Maria Castell", ("Executive",), "current")),
    ("Brantwell Corp. cut jobs. Maria Castell, who chairs Kelmora Ltd., said costs rose.",
     ("Kelmora", "Maria Castell", ("Chair",), "current")),
    # a title before the name and the organization after it
    ("Brantwell Corp. cut jobs, said chief executive John Harlow of Kelmora Ltd.",
     ("Kelmora", "John Harlow", ("CEO",), "current")),
    ("Brantwell Corp. cut jobs. Former Chairman Maria Castell of Kelmora Ltd. welcomed the move.",
     ("Kelmora", "Maria Castell", ("Chair",), "former")),
    # a shared title, and a title set off by commas, in a clause
    ("Kelmora Ltd. cut jobs. The deal was signed by Al Smith and co-chief executive, Maria Castell, in Oslo.",
     ("Kelmora", "Maria Castell", ("CEO",), "current")),
    # a bare title after a quote
    ("Kelmora Ltd. cut jobs. \u201cWe will grow. Costs are down,\u201d chairman John Harlow said.",
     ("Kelmora", "John Harlow", ("Chair",), "current")),
    # leaving or taking a post in a relative clause; being pushed out of it
    ("Kelmora Ltd. cut jobs. John Harlow, who took over as chief executive in 2019, said costs rose.",
     ("Kelmora", "John Harlow", ("CEO",), "current")),
    ("Kelmora Ltd. cut jobs. Maria Castell, who resigned as chairwoman of Kelmora in May, said costs rose.",
     ("Kelmora", "Maria Castell", ("Chair",), "former")),
    ("Kelmora Ltd. cut jobs. John Harlow was ousted as chief executive of Kelmora in May.",
     ("Kelmora", "John Harlow", ("CEO",), "former")),
    # a former company boss; a board chairman; a director with a modifier
    ("Brantwell Corp. cut jobs. John Harlow, the former Kelmora boss, said costs rose.",
     ("Kelmora", "John Harlow", ("CEO",), "former")),
    ("Brantwell Corp. cut jobs. Former Kelmora chief executive John Harlow said costs rose.",
     ("Kelmora", "John Harlow", ("CEO",), "former")),
    ("Kelmora Ltd. cut jobs. Kelmora's board chairman Maria Castell said costs rose.",
     ("Kelmora", "Maria Castell", ("Chair",), "current")),
    ("Kelmora Ltd. cut jobs. John Harlow, a non-executive director at Kelmora, said costs rose.",
     ("Kelmora", "John Harlow", ("Director",), "current")),
    # board seats and staff in appositives and relative clauses; a post reported to come
    ("Kelmora Ltd. cut jobs. Maria Castell, a member of Kelmora's board, said costs rose.",
     ("Kelmora", "Maria Castell", ("BoardMember",), "current")),
    ("Kelmora Ltd. cut jobs. Maria Castell, who sits on Kelmora's board, said costs rose.",
     ("Kelmora", "Maria Castell", ("BoardMember",), "current")),
    ("Kelmora Ltd. cut jobs. \u201cIt hurts,\u201d said John Harlow, who works for Kelmora.",
     ("Kelmora", "John Harlow", ("Employee",), "current")),
    ("Kelmora Ltd. cut jobs. John Harlow, a Kelmora employee, said costs rose.",
     ("Kelmora", "John Harlow", ("Employee",), "current")),
    ("Kelmora Ltd. cut jobs. Kelmora said on Monday that John Harlow would become chief executive.",
     ("Kelmora", "John Harlow", ("CEO",), "incoming")),
    # titles in the plural, before or after the names
    ("Kelmora Ltd. cut jobs. Kelmora co-chairmen John Harlow and Maria Castell agreed.",
     ("Kelmora", "Maria Castell", ("Chair",), "current")),
    ("Kelmora Ltd. cut jobs. Kelmora's non-executive directors, John Harlow, Tom Marsh and Maria Castell, agreed.",
     ("Kelmora", "Tom Marsh", ("Director",), "current")),
    ("Kelmora Ltd. cut jobs. John Harlow and Maria Castell, co-founders of Kelmora, sold their stake.",
     ("Kelmora", "John Harlow", ("Founder",), "current")),
    ("Kelmora Ltd. cut jobs. John Harlow and Maria Castell, Kelmora Ltd.'s executives, sold their stake.",
     ("Kelmora", "John Harlow", ("Executive",), "current")),
    # a second, unknown noun after the title; what a person is, in an appositive, then the post
    ("Kelmora Ltd. cut jobs. John Harlow, the chairman and largest shareholder of Kelmora, said costs rose.",
     ("Kelmora", "John Harlow", ("Chair",), "current")),
    ("Quenby Corp. lost. Maria Castell, 52, a Norwegian banker who is the chairwoman of Kelmora Ltd., won.",
     ("Kelmora", "Maria Castell", ("Chair",), "current")),
    # a title with its function after "of"
    ("Kelmora Ltd. cut jobs. John Harlow, 44, senior vice president of logistics, was promoted.",
     ("Kelmora", "John Harlow", ("VicePresident",), "current")),
    ("Kelmora Ltd. cut jobs. Kelmora's head of research, Maria Castell, said costs rose.",
     ("Kelmora", "Maria Castell", ("Executive",), "current")),
    ("Kelmora Ltd. cut jobs. Kelmora head of research Maria Castell said costs rose.",
     ("Kelmora", "Maria Castell", ("Executive",), "current")),
    ("Kelmora Ltd. cut jobs. The head of research at Kelmora, John Harlow, said costs rose.",
     ("Kelmora", "John Harlow", ("Executive",), "current")),
    # a form of address between the title and the name
    ("Kelmora Ltd. cut jobs. Kelmora chairman Dr. Tom Marsh said costs rose.",
     ("Kelmora", "Tom Marsh", ("Chair",), "current")),
    # a participle appositive: named to the post
    ("Kelmora Ltd. cut jobs. John Harlow, named chief executive in May, said costs rose.",
     ("Kelmora", "John Harlow", ("CEO",), "current")),
    ("Brantwell Corp. cut jobs. Maria Castell, appointed chairwoman of Kelmora Ltd. in May, said costs rose.",
     ("Kelmora", "Maria Castell", ("Chair",), "current")),
    # the organization speaking of its officer; a descriptor between "of" and the organization
    ("Brantwell Corp. cut jobs. Kelmora Ltd. said chief executive John Harlow would retire.",
     ("Kelmora", "John Harlow", ("CEO",), "current")),
    ("Kelmora Ltd. cut jobs. Maria Castell, chief executive of the world's largest toolmaker, Kelmora, spoke.",
     ("Kelmora", "Maria Castell", ("CEO",), "current")),
    # a bracketed appositive or acronym; the helm
    ("Kelmora Ltd. cut jobs. John Harlow (Kelmora's chief executive) said costs rose.",
     ("Kelmora", "John Harlow", ("CEO",), "current")),
    ("Kelmora Ltd. cut jobs. Kelmora Chief Executive Officer (CEO) Maria Castell said costs rose.",
     ("Kelmora", "Maria Castell", ("CEO",), "current")),
    ("Kelmora Ltd. cut jobs. John Harlow has been at the helm of Kelmora since 2019.",
     ("Kelmora", "John Harlow", ("Executive",), "current")),
    # one of several holders of a title
    ("Kelmora Ltd. cut jobs. John Harlow, one of Kelmora's directors, said costs rose.",
     ("Kelmora", "John Harlow", ("Director",), "current")),
    ("Kelmora Ltd. cut jobs. Maria Castell, one of the founders of Kelmora, said costs rose.",
     ("Kelmora", "Maria Castell", ("Founder",), "current")),
    # a regional post is a post at the company, not its chief executive's
    ("Kelmora Ltd. cut jobs. Kelmora's UK chief executive John Harlow said costs rose.",
     ("Kelmora", "John Harlow", ("Executive",), "current")),
    ("Kelmora Ltd. cut jobs. Maria Castell, Kelmora's European chief, said costs rose.",
     ("Kelmora", "Maria Castell", ("Executive",), "current")),
    # "ex-" before the company is no part of its name, and makes the post past
    ("Brantwell Corp. cut jobs. Rivals hired ex-Kelmora boss John Harlow.",
     ("Kelmora", "John Harlow", ("CEO",), "former")),
    ("Kelmora Ltd. cut jobs. Kelmora's then-CEO Maria Castell said costs rose.",
     ("Kelmora", "Maria Castell", ("CEO",), "former")),
    ("Kelmora Ltd. cut jobs. John Harlow, who is stepping down as chairman of Kelmora, said costs rose.",
     ("Kelmora", "John Harlow", ("Chair",), "former")),
    # "of" leaves the organization the subject: shares of Acme, its chief executive
    ("Brantwell Corp. makes pumps. Shares of Kelmora Ltd. fell after its chief executive, John Harlow, sold stock.",
     ("Kelmora", "John Harlow", ("CEO",), "current")),
]

OFFICER_NEGATIVE_CASES = [
    # a president before a name is as often a head of state's: no guess
    ("Brantwell Corp. cut prices. President Jo Bloggs signed the tariff law on Monday.",
     ("Brantwell", "Jo Bloggs")),
    # a bare title in a sentence naming another organization is not the article's company's
    ("Brantwell Corp. cut prices. Chief executive Jo Bloggs of Kelmora Ltd. welcomed the move.",
     ("Brantwell", "Jo Bloggs")),
    ("Brantwell Corp. cut prices. Chairwoman Maria Castell met Kelmora Ltd. officials.",
     ("Brantwell", "Maria Castell")),
    # a title named after the leaving verb's organization is not given to one named before
    ("Brantwell Corp. said Al Smith will step down as chief executive of Kelmora Ltd.",
     ("Brantwell", "Al Smith")),
    # a successor named in another clause by a second person is not the first one's
    ("John Harlow said Al Smith would succeed Maria Castell as chairman of Kelmora Ltd.",
     ("Kelmora", "John Harlow")),
    # "who" after a name inside "of ..." is the head's ("the son of X, who ..."), not that name's
    ("Maria Castell, the daughter of John Harlow, who was chairman of Kelmora Ltd. until 2013, died.",
     ("Kelmora", "John Harlow")),
    # a title word heading an occupation is no title ("head trainer")
    ("Maria Castell was most recently the head coach for Kelmora Ltd.", ("Kelmora", "Maria Castell")),
    # ... nor is the one who says the company should replace its chief
    ("Maria Castell is chief executive of Kelmora Ltd. John Harlow, an analyst at Quenby Securities, said "
     "Kelmora should replace Maria Castell.", ("Kelmora", "John Harlow")),
    # leading a company's team or bid, or leading it somewhere, is no post at it
    ("Brantwell Corp. cut jobs. John Harlow led the Kelmora team in the talks.", ("Kelmora", "John Harlow")),
    ("Brantwell Corp. cut jobs. John Harlow led Kelmora Ltd. to a record profit.", ("Kelmora", "John Harlow")),
    # an officer named with another employer is not the speaking organization's
    ("Brantwell Corp. cut jobs. Kelmora Ltd. said chief executive John Harlow of Quenby Corp. would retire.",
     ("Kelmora", "John Harlow")),
    # a post that is no company office, with no organization named, is nobody's
    ("Brantwell Corp. sponsors the club. John Harlow replaced Al Smith as head coach.",
     ("Brantwell", "John Harlow")),
]


@pytest.mark.parametrize("text, expected", OFFICER_CASES, ids=[c[0][:60] for c in OFFICER_CASES])
def test_officer_construction_yields_a_post(text: str, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    found = posts(text)
    assert expected in found, f"missing {expected}; found {found}"


@pytest.mark.parametrize("text, unwanted", OFFICER_NEGATIVE_CASES, ids=[c[0][:60] for c in OFFICER_NEGATIVE_CASES])
def test_officer_construction_does_not_yield(text: str, unwanted: tuple[str, str]) -> None:
    found = posts(text)
    assert not {p for p in found if p[:2] == unwanted}, found


def test_the_latest_ceo_is_the_successor_not_the_one_who_resigned(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg import query as q
    from kg.store import Store

    text = ("Brantwell chief resigns\nPublished: January 22, 2025\n\n"
            "Jo Bloggs resigned as chief executive of Brantwell Corp. on Tuesday. "
            "The board named finance chief Maria Castell as acting chief executive.\n")
    with Store(tmp_path / "store") as st:
        st.add(extract(read_text(text, source="brantwell.txt")))
        rows = q.run(st, q.load("latest-ceo"), {}).rows
    assert [(str(r[1]), str(r[3]), str(r[4])) for r in rows] == [("Brantwell", "Maria Castell", "2025-01-22")]


def test_a_title_read_twice_is_one_post() -> None:
    """"chief executive" is not also a plain "executive", nor "vice president" a "president"."""
    ex = extract(read_text("Brantwell news\n\nBrantwell Corp.'s chief executive, Jo Bloggs, said sales rose. "
                           "Brantwell Corp. vice president Al Smith agreed.\n", source="invented.txt"))
    posts = {(ex.entities[m.person].label, m.title.lower()) for m in ex.memberships}
    assert ("Jo Bloggs", "chief executive") in posts and ("Jo Bloggs", "executive") not in posts
    assert ("Al Smith", "vice president") in posts and ("Al Smith", "president") not in posts


def test_an_adverb_before_served_as_keeps_the_post() -> None:
    found = facts("Jo Harker is a British businessman. He previously served as chairman of Brannock Group.")
    assert ("Brannock", "chair", "Jo Harker") in found


@pytest.mark.parametrize("text, old", [
    ("Ingrid Tarnell took over from Rolf Vasskor as chief executive of Vessel Marine ASA on Monday.", "Rolf Vasskor"),
    ("John Harlow succeeded Maria Castell as chairwoman of Kelmora Ltd. in May.", "Maria Castell"),
])
def test_the_predecessor_in_a_succession_holds_the_post_no_more(text: str, old: str) -> None:
    got = posts(text)
    assert any(p == old and status == "former" for _, p, _, status in got), got
    assert not any(p == old and status == "current" for _, p, _, status in got), got


def test_an_officer_quoted_by_title_is_the_speaker_named_next() -> None:
    """"Acme will cut jobs, its chairman and chief executive has said." ... "..., said Jo Bloggs.": the officer."""
    text = ("Kelmora Ltd. plans to open a depot in Peru, its chairman and chief executive officer has said. "
            "The depot would cost $40 million. Speaking at a fair in Lima, the depot is overdue, said Jo Bloggs.")
    found = facts(text)
    assert {("Kelmora", "ceo", "Jo Bloggs"), ("Kelmora", "chair", "Jo Bloggs")} <= found
    # not when another person is named between, nor when the speaker is named with another organization
    between = facts("Kelmora Ltd. will build a plant in Chile, its chief executive has said. Al Smith doubts it. "
                    "The plan is large, said Jo Bloggs.")
    assert ("Kelmora", "ceo", "Jo Bloggs") not in between and ("Kelmora", "ceo", "Al Smith") not in between
    elsewhere = facts("Kelmora Ltd. will build a plant in Chile, its chief executive has said. "
                      "The plan is risky for Quenby Corp., said Jo Bloggs.")
    assert ("Kelmora", "ceo", "Jo Bloggs") not in elsewhere


def test_a_post_named_with_an_appositive_keeps_its_own_time() -> None:
    """"named Jo Bloggs, a former minister, as its chairman": the appositive's "former" is not the post's."""
    got = posts("Kelmora Ltd. also named Jo Bloggs, a former finance minister, as its chairman.")
    assert ("Kelmora", "Jo Bloggs", ("Chair",), "current") in got, got


@pytest.mark.parametrize("text, old", [
    # a pronoun subject, the post given in the sentence before; a title before the predecessor's name
    ("Kelmora Ltd. named Jo Bloggs as its chairman. She replaces co-founder Al Smith, who will stay on.", "Al Smith"),
    # a surname subject, the post given in the sentence before
    ("Kelmora Ltd.'s managing director, Jo Bloggs, said sales rose. Bloggs took over from Al Smith in 2021.",
     "Al Smith"),
])
def test_a_successor_named_by_pronoun_or_surname_takes_the_post_given_just_before(text: str, old: str) -> None:
    got = posts(text)
    assert any(p == old and status == "former" and set(roles) & {"Chair", "CEO"} for _, p, roles, status in got), got


def test_a_successor_post_from_two_sentences_before_is_not_passed_on() -> None:
    got = posts("Kelmora Ltd.'s managing director, Jo Bloggs, said sales rose. Prices fell in May. "
                "Bloggs took over from Al Smith in 2021.")
    assert not any(p == "Al Smith" for _, p, _, _ in got), got


@pytest.mark.parametrize("text", [
    "\"Jo is the right leader for the next stage,\" said chairman Al Smith of Kelmora Ltd.",
    "Kelmora Ltd. said Jo Bloggs is a natural leader.",
])
def test_praise_before_a_title_names_no_post(text: str) -> None:
    assert not any(p == "Jo Bloggs" for _, p, _, _ in posts(text))


def test_an_officer_named_after_the_statement_speaks_for_the_article_company() -> None:
    text = ("Kelmora Ltd. makes pumps. The company also wants to open 120 stores in Asia by 2027, "
            "chief executive Jo Bloggs told analysts.")
    assert ("Kelmora", "ceo", "Jo Bloggs") in facts(text)
    # not when the statement is about another company
    other = facts("Kelmora Ltd. makes pumps. Quenby Corp. will open 120 stores, chief executive Jo Bloggs said.")
    assert ("Kelmora", "ceo", "Jo Bloggs") not in other


@pytest.mark.parametrize("text", [
    "Kelmora Ltd. named a new chairman. Al Smith, who will remain on the board, founded it in 1990.",
    "Kelmora Ltd. said Al Smith would retire as chief executive. He will stay on the board as a non-executive director.",
])
def test_a_seat_kept_on_the_board_is_a_membership(text: str) -> None:
    got = posts(text)
    assert ("Kelmora", "Al Smith", ("BoardMember",), "current") in got, got


def test_a_seat_kept_on_another_board_is_not_the_article_companys() -> None:
    got = posts("Kelmora Ltd. named a new chairman. Al Smith will remain on the board of Quenby Corp.")
    assert not any(o == "Kelmora" and p == "Al Smith" for o, p, _, _ in got), got


def test_a_post_left_for_is_at_the_new_organization() -> None:
    got = posts("Kelmora Ltd. named Jo Bloggs finance chief, replacing Al Smith, who is leaving to become "
                "finance director at the mining group Quenby Corp.")
    assert ("Quenby", "Al Smith", ("CFO",), "incoming") in got, got
    assert ("Kelmora", "Al Smith", ("CFO",), "former") in got, got


def test_a_surname_with_age_previously_working_somewhere_was_staff_there() -> None:
    got = posts("Kelmora Ltd. hired Jo Bloggs. Bloggs, 52, previously worked at Quenby Corp. as head of research.")
    assert any(o == "Quenby" and p == "Jo Bloggs" and status == "former" for o, p, _, status in got), got


def test_an_insider_named_with_the_old_post_first_takes_the_one_named_last() -> None:
    """"named its chief operating officer, Jo Bloggs, as chief executive": the CEO, whom the predecessor held."""
    text = ("Kelmora Ltd. on Tuesday named its chief operating officer, Jo Bloggs, as chief executive. "
            "Bloggs, 49, succeeds Al Smith, who is retiring.")
    got = posts(text)
    assert ("Kelmora", "Jo Bloggs", ("CEO",), "current") in got, got
    assert ("Kelmora", "Al Smith", ("CEO",), "former") in got, got


@pytest.mark.parametrize("text", [
    "Kelmora Ltd.'s former finance chief, Jo Bloggs, left last year to join Quenby Corp. as chief financial officer.",
    "Jo Bloggs quit Kelmora Ltd. in May to join Quenby Corp. as its chief financial officer.",
])
def test_a_post_joined_after_leaving_is_held_now(text: str) -> None:
    got = posts(text)
    assert ("Quenby", "Jo Bloggs", ("CFO",), "current") in got, got


def test_a_company_naming_someone_to_its_board_gives_a_seat() -> None:
    got = posts("Kelmora Ltd. appointed Jo Bloggs to its board in 2019.")
    assert ("Kelmora", "Jo Bloggs", ("BoardMember",), "current") in got, got


def test_a_second_post_after_an_appositive_keeps_its_own_time() -> None:
    got = posts("Jo Bloggs, a former chief executive of Quenby Corp., is also a director of Kelmora Ltd.")
    assert ("Kelmora", "Jo Bloggs", ("Director",), "current") in got, got


def test_an_officer_who_would_leave_is_leaving() -> None:
    got = posts("Kelmora Ltd. said chief financial officer Jo Bloggs would leave to pursue other opportunities.")
    assert ("Kelmora", "Jo Bloggs", ("CFO",), "former") in got, got


@pytest.mark.parametrize("text", [
    "Kelmora Ltd. ousted Jo Bloggs. Bloggs, who joined from the brewer Quenby Corp. in 2022, had clashed with the board.",
    "Jo Bloggs joined Kelmora Ltd. in 2009 from rival Quenby Corp.",
])
def test_a_newcomer_joined_from_an_organization_worked_there_before(text: str) -> None:
    got = posts(text)
    assert any(o == "Quenby" and p == "Jo Bloggs" and status == "former" for o, p, _, status in got), got


def test_a_post_to_come_after_an_appositive() -> None:
    text = ("Kelmora Ltd. said on Friday that Jo Bloggs, head of its truck division, will become chief executive "
            "in January. She will succeed Al Smith, who will become chairman.")
    got = posts(text)
    assert ("Kelmora", "Jo Bloggs", ("CEO",), "incoming") in got, got
    assert ("Kelmora", "Al Smith", ("CEO",), "former") in got, got
    # not the article's company's when the sentence names another
    other = posts("Kelmora Ltd. cut jobs. Jo Bloggs, head of the truck unit at Quenby Corp., will become chief "
                  "executive in January.")
    assert not any(o == "Kelmora" and p == "Jo Bloggs" for o, p, _, _ in other), other
