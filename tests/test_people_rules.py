"""People and companies as business news and encyclopedia leads write them, on invented sentences
(every company and person here is made up): who heads, chairs, founded or works at what."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import ORG, PERSON
from kg.read import read_text

from invented import news_or_lead_facts as facts


# (text, dated, facts it must yield)
CASES = [
    # a successor appointed as the "next" holder of a post
    ("Kelvara Systems has appointed Jo Bloggs as its next chief executive.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs"), ("Kelvara Systems", "member", "Jo Bloggs")}),
    # the board of "the company", chaired or sat on
    ("Kelvara Systems makes drones. Jo Bloggs chairs the company's board.", False,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Kelvara Systems makes drones. Al Smith is a member of the company's board.", False,
     {("Kelvara Systems", "member", "Al Smith")}),
    ("Kelvara Systems makes drones. Al Smith will remain on the company's board.", True,
     {("Kelvara Systems", "member", "Al Smith")}),
    # a predecessor named as a pronoun, with a clause before the succession
    ("Jo Bloggs is the founder of Kelvara Systems. He retired in 2015 and was succeeded as chairman by Al Smith.",
     False, {("Kelvara Systems", "chair", "Al Smith")}),
    # years spent at a company, a career begun there, a job taken
    ("Jo Bloggs, 46, previously spent a decade at Brantwell Corp.", True, {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs spent 20 years with Brantwell Corp. before retiring.", True, {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs began her career at the consumer goods company Brantwell Corp. in 1990.", False,
     {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs started his career as a junior analyst with Brantwell Corp.", False,
     {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs later took a position with Brantwell Corp.", False, {("Brantwell", "member", "Jo Bloggs")}),
    # a board premodified by its company's name
    ("Jo Bloggs, a partner at Quenby Capital, will join the Kelvara Systems board.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # a relative clause after the age, then the verb
    ("Kelvara Systems makes drones. Jo Bloggs, 58, who set up the company in 2003 with his friend Al Smith, will "
     "become executive chairman.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Smith")}),
    # the chair taken over from a predecessor; a post taken over from one
    ("Jo Bloggs will take over the chair of Kelvara Systems from Al Smith in May.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs"), ("Kelvara Systems", "chair", "Al Smith")}),
    ("Kelvara Systems makes drones. Jo Bloggs took over as chief executive from Al Smith in 2019.", False,
     {("Kelvara Systems", "ceo", "Jo Bloggs"), ("Kelvara Systems", "ceo", "Al Smith")}),
    # a name set off by commas after a title, subject of the post's verb
    ("Kelvara Systems cut jobs. The company's finance chief, Jo Bloggs, will act as interim chief executive.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Kelvara Systems cut jobs. Its finance chief, Jo Bloggs, was named interim chairman.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    # a second post joined to one held
    ("Jo Bloggs is a British businessman. He was chief executive of Kelvara Systems from 1990 to 2000 and "
     "chairman of Brantwell Corp. from 2001.", False, {("Brantwell", "chair", "Jo Bloggs")}),
    ("Jo Bloggs (born 1950) is a British businessman, chairman of Kelvara Systems and a director of Brantwell Corp.",
     False, {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs is a British businessman. He served as chief executive of Kelvara Systems and later as chairman "
     "of Brantwell Corp.", False, {("Brantwell", "chair", "Jo Bloggs")}),
    # a verb's object removed, re-elected or confirmed in a post
    ("Kelvara Systems makes drones. Shareholders voted to remove Jo Bloggs as chairman.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Kelvara Systems makes drones. The annual meeting re-elected Jo Bloggs as chairman.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    # the reins and the chairmanship, like the helm
    ("Kelvara Systems makes drones. Jo Bloggs, who took the reins at Kelvara Systems in 2018, said sales rose.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    ("Jo Bloggs assumed the chairmanship of Kelvara Systems in 1990.", False, {("Kelvara Systems", "chair", "Jo Bloggs")}),
    # a founder with a partner; the company one founded, named after it
    ("Jo Bloggs, together with Al Smith, founded Kelvara Systems in 1990.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Smith")}),
    ("In 1990, Jo Bloggs and his brother Al Bloggs founded Kelvara Systems.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Bloggs")}),
    ("Jo Bloggs sold the company he founded, Kelvara Systems, to Brantwell Corp. in 2001.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs")}),
    # who runs it, named with a kinship or a person noun
    ("Brantwell Corp., run by the financier Jo Bloggs, owns 9 percent of Kelvara Systems.", True,
     {("Brantwell", "member", "Jo Bloggs")}),
    ("Kelvara Systems, now run by his son, Al Bloggs, makes drones.", True, {("Kelvara Systems", "member", "Al Bloggs")}),
    # a successor after "and be replaced", "on an interim basis", a title
    ("Kelvara Systems said its chief executive Jo Bloggs would retire next year and be replaced by Al Smith.", True,
     {("Kelvara Systems", "ceo", "Al Smith")}),
    ("Kelvara Systems makes drones. Jo Bloggs, who had been chief executive for six years, will be replaced on an "
     "interim basis by finance director Al Smith.", True, {("Kelvara Systems", "ceo", "Al Smith")}),
    # a former employer with a demonym before it
    ("Jo Bloggs joined Kelvara Systems in 2016 from Swiss rival Brantwell Corp.", True,
     {("Brantwell", "member", "Jo Bloggs")}),
    # a name set off by commas runs the company
    ("Kelvara Systems makes drones. The founder's son, Jo Bloggs, will run the company until May.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # a post held before, in a participle
    ("Kelvara Systems makes drones. Jo Bloggs had been in the job since 2020, having previously been chief risk "
     "officer at Brantwell Corp.", True, {("Brantwell", "member", "Jo Bloggs")}),
    # an appositive, then a post held
    ("Kelvara Systems makes drones. Jo Bloggs, the founder's grandson, serves as chairman.", False,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    # the place before the date of a founding
    ("Kelvara Systems is a Swedish retailer founded in Gothenburg in 1972 by Jo Bloggs and his wife Al Bloggs.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Bloggs")}),
    # the chairman of the board, named by a bare title
    ("Kelvara Systems is a Swedish retailer. The chairman of the board is Jo Bloggs.", False,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    # an officer worked alongside
    ("Kelvara Systems makes drones. He will work alongside chief executive Jo Bloggs.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Kelvara Systems makes drones. Jo Bloggs still sits on the board.", True, {("Kelvara Systems", "member", "Jo Bloggs")}),
    ("Jo Bloggs started Kelvara Systems in 2018 with fellow engineer Al Smith.", False,
     {("Kelvara Systems", "founder", "Al Smith")}),
    # a board's members listed
    ("Kelvara Systems makes drones. The company's management board now consists of Jo Bloggs, Al Smith and Mia Lund.",
     True, {("Kelvara Systems", "member", "Jo Bloggs"), ("Kelvara Systems", "member", "Mia Lund")}),
    # a lead-in with a name, or without a comma
    ("Before founding Kelvara Systems, Jo Bloggs worked for Brantwell Corp. as a banker.", False,
     {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs runs Kelvara Systems. Before that she worked at the consulting firm Brantwell Corp.", False,
     {("Brantwell", "member", "Jo Bloggs")}),
    # a company named for its trade, after a given name, is no person
    ("Jo Bloggs will also join the board of Fenwick Rail as a non-executive director.", True,
     {("Fenwick Rail", "member", "Jo Bloggs")}),
    ("Jo Bloggs is a non-executive director of Douglas Water.", False, {("Douglas Water", "member", "Jo Bloggs")}),
    # a company's short name that the gazetteer knows as a small town, never written "in" it, is the company
    ("Halden Rail said profits rose. Halden's chief executive, Jo Bloggs, said the outlook was good.", True,
     {("Halden Rail", "ceo", "Jo Bloggs")}),
    ("Jo Bloggs founded Quorvex Associates in 1975. Quorvex's chief executive, Al Smith, said the outlook was good.",
     True, {("Quorvex Associates", "ceo", "Al Smith")}),
    # who oversees a company's part works there
    ("Kelvara Systems makes drones. Jo Bloggs, who oversees Kelvara's European operations, said sales rose.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # a post at the company another one's name modifies
    ("Kelvara Systems makes drones. Jo Bloggs, chief executive of Kelvara parent Brantwell Corp., said sales rose.",
     True, {("Brantwell", "ceo", "Jo Bloggs")}),
    # a capitalised department after a title's "of", then the name
    ("Kelvara Systems Executive Vice President of Research Tomas Berg said he would leave.", True,
     {("Kelvara Systems", "member", "Tomas Berg")}),
    ("Kelvara Systems Head of Investor Relations Al Smith said so.", True, {("Kelvara Systems", "member", "Al Smith")}),
    # "company" says whose spokesperson
    ("Kelvara Systems makes drones. Company spokeswoman Jo Bloggs said sales rose.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    ("Kelvara Systems makes drones. Jo Bloggs, a company spokesman, declined to comment.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # an officer ousted, or leading the board, by title in a sentence naming no organization
    ("Kelvara Systems makes drones. The board ousted chief executive Tomas Berg on Monday.", True,
     {("Kelvara Systems", "ceo", "Tomas Berg")}),
    ("Kelvara Systems makes drones. The board, led by chairman Tomas Berg, rejected the bid.", True,
     {("Kelvara Systems", "chair", "Tomas Berg")}),
    # the board's chairman; a top executive over a region
    ("Kelvara Systems makes drones. Tomas Berg, the board's chairman, said sales rose.", True,
     {("Kelvara Systems", "chair", "Tomas Berg")}),
    ("Kelvara Systems makes drones. Tomas Berg, Kelvara's top executive in China, said sales rose.", True,
     {("Kelvara Systems", "member", "Tomas Berg")}),
    # a company run, with a descriptor before its name
    ("Tomas Berg runs Kelvara Systems. Before that he ran the Swedish grid operator Brantwell AB.", False,
     {("Brantwell", "member", "Tomas Berg")}),
    # founders as a group's leader
    ("Kelvara Systems was founded by a group of engineers led by Tomas Berg.", False,
     {("Kelvara Systems", "founder", "Tomas Berg")}),
    # a post taken, in a sentence attributed to the company at its end
    ("Kelvara Systems makes drones. Finance director Ingrid Hauge will serve as interim CEO while the board "
     "searches for a successor, the Oslo-listed company said.", True, {("Kelvara Systems", "ceo", "Ingrid Hauge")}),
    # founded by one, now run by another
    ("Kelvara Systems makes drones. It was founded by Tomas Berg and is now run by his son Nils Berg.", True,
     {("Kelvara Systems", "member", "Nils Berg"), ("Kelvara Systems", "founder", "Tomas Berg")}),
    # a founding with a partner, then the founder's post
    ("Tomas Berg co-founded Kelvara Systems with Al Smith and served as its CEO.", False,
     {("Kelvara Systems", "ceo", "Tomas Berg"), ("Kelvara Systems", "founder", "Al Smith")}),
    # a second post, its verb left out
    ("Kelvara Systems makes drones. Tomas Berg is the company's chairman and Al Smith its chief executive.", True,
     {("Kelvara Systems", "chair", "Tomas Berg"), ("Kelvara Systems", "ceo", "Al Smith")}),
    # the founder one replaced
    ("Kelvara Systems makes drones. Tomas Berg has led Kelvara since 2011, when he replaced founder Knut Lier.", True,
     {("Kelvara Systems", "founder", "Knut Lier")}),
    # a post left by title in one sentence, who had run the company named in the next
    ("Kelvara Systems makes drones. Kelvara's chief executive resigned on Monday. Tomas Berg, who had run the "
     "company since 2015, gave no reason.", True, {("Kelvara Systems", "ceo", "Tomas Berg")}),
    # a successor's post given two sentences back, the one between naming no other person
    ("Kelvara Systems makes drones. Kelvara named Mia Lund as chief executive on Monday. She joined the firm in "
     "2010 from Brantwell Corp. She replaces Al Smith, who retired.", True, {("Kelvara Systems", "ceo", "Al Smith")}),
    # a post kept until a date, then its successor
    ("Brekke Shipping makes boxes. Olav Brekke remained chairman until 2015, when he was succeeded by longtime "
     "director Petter Lund.", True,
     {("Brekke Shipping", "chair", "Olav Brekke"), ("Brekke Shipping", "chair", "Petter Lund")}),
    # a company's top executive in a region, named after the title
    ("Kelvara Systems makes drones. Kelvara's top executive in China, Li Wei, said demand was strong.", True,
     {("Kelvara Systems", "member", "Li Wei")}),
    # a fronted partner named as kin: "he" is the one "his" refers to, not the kin
    ("Al Smith is an engineer. With his brother-in-law Tomas Berg he founded Kelvara Systems in 1990.", False,
     {("Kelvara Systems", "founder", "Al Smith"), ("Kelvara Systems", "founder", "Tomas Berg")}),
    # a newcomer who joins, in the present tense, from a former employer
    ("Trelleborn Foods named Maria Castell chief executive. Castell, 47, joins from the snack maker Pellora Group.",
     True, {("Pellora", "member", "Maria Castell")}),
    # a title joined to the founding, before the name, in a sentence naming only the company
    ("Kelvara Systems makes drones. Chief executive and co-founder Jo Bloggs said Kelvara Systems would hire.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs"), ("Kelvara Systems", "founder", "Jo Bloggs")}),
    ("Kelvara Systems makes drones. Founder and chairman Jo Bloggs said the company would hire.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs"), ("Kelvara Systems", "founder", "Jo Bloggs")}),
    # a board seat as a bare title
    ("Kelvara Systems makes drones. Board member Jo Bloggs voted against the deal.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # a post kept after an appositive
    ("Kelvara Systems makes drones. Jo Bloggs, the company's founder, remained chairman.", False,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Kelvara Systems was sold. Jo Bloggs, its founder, will stay on as chief executive.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    # a board seat given to a name with a descriptor before it
    ("Kelvara Systems appointed former banker Jo Bloggs to its board.", True, {("Kelvara Systems", "member", "Jo Bloggs")}),
    # a post joined after an appositive
    ("Jo Bloggs, the former chief executive of Brantwell Corp., joined Kelvara Systems as chairman.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs"), ("Brantwell", "ceo", "Jo Bloggs")}),
    # promoted "to" a post
    ("Kelvara Systems has promoted Jo Bloggs to chief operating officer.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    ("Kelvara Systems promoted Jo Bloggs, 44, to the post of chief executive.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    # a founding whose object is "it", the company the lead is about
    ("Kelvara Systems is a Swedish retailer. Jo Bloggs founded it in 1972.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "foundingDate", "1972")}),
    # what the company was founded as, before its founder
    ("Kelvara Systems was founded as a savings bank by Jo Bloggs.", False, {("Kelvara Systems", "founder", "Jo Bloggs")}),
    # a founder in brackets after the name
    ("Kelvara Systems (founded 1972 by Jo Bloggs and Al Smith) is a Swedish retailer.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Smith")}),
    # years with a company, a hiring, a rise through its ranks, roles held there
    ("Jo Bloggs has been with Brantwell Corp. since 2005.", True, {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs was hired by Brantwell Corp. in 2010.", True, {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs rose through the ranks at Brantwell Corp.", False, {("Brantwell", "member", "Jo Bloggs")}),
    ("Jo Bloggs previously held senior roles at Brantwell Corp. and Kelvara Systems.", True,
     {("Brantwell", "member", "Jo Bloggs"), ("Kelvara Systems", "member", "Jo Bloggs")}),
    # a company's possessive on a bare name
    ("\"Demand is strong,\" said Brantwell Corp.'s Jo Bloggs.", True, {("Brantwell", "member", "Jo Bloggs")}),
    ("Kelvara Systems' Jo Bloggs and Brantwell Corp.'s Al Smith met on Monday.", True,
     {("Kelvara Systems", "member", "Jo Bloggs"), ("Brantwell", "member", "Al Smith")}),
    # founders named after a plural title and a copula, or after what they were
    ("Kelvara Systems is a Swedish retailer. Its founders are Jo Bloggs and Al Smith.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Smith")}),
    ("Kelvara Systems was started in 1972 by two friends, Jo Bloggs and Al Smith.", False,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Smith")}),
    # a title after "the group" whose company follows it
    ("Jo Bloggs is a Kenyan businessman who is the group chief executive of Kelvara Systems.", False,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    # a post one is best known for; two companies chaired
    ("Jo Bloggs is a Kenyan businessman, best known as the chairman of Kelvara Systems.", False,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Jo Bloggs is a Kenyan businessman. He chairs Kelvara Systems and Brantwell Corp.", False,
     {("Kelvara Systems", "chair", "Jo Bloggs"), ("Brantwell", "chair", "Jo Bloggs")}),
    # an appositive between the chair and the verb
    ("Kelvara Systems makes drones. Jo Bloggs, a former central bank official, has chaired the company since 2019.",
     True, {("Kelvara Systems", "chair", "Jo Bloggs")}),
]

# (text, dated, a fact it must not yield)
NOT_CASES = [
    # years someone else spent there
    ("Jo Bloggs said Al Smith had spent a decade at Brantwell Corp.", True, ("Brantwell", "member", "Jo Bloggs")),
    # "the backing of Al Smith" is no partner in the founding
    ("Jo Bloggs founded Kelvara Systems in 1990 with the backing of Al Smith.", False,
     ("Kelvara Systems", "founder", "Al Smith")),
    # "led by" a person names a company's leader, who is not said to chair it
    ("Kelvara Systems is a Swedish retailer. Since 2015 it has been led by Jo Bloggs.", False,
     ("Kelvara Systems", "chair", "Jo Bloggs")),
    ("Kelvara Systems makes drones. Jo Bloggs, chief executive of Kelvara parent Brantwell Corp., said sales rose.",
     True, ("Kelvara Systems", "ceo", "Jo Bloggs")),
    ("Jo Bloggs oversees Kelvara Systems for the regulator.", True, ("Kelvara Systems", "member", "Jo Bloggs")),
    # ... not when the sentence names another company, whose spokesperson it may be
    ("Kelvara Systems makes drones. Brantwell Corp. denied it; company spokesman Jo Bloggs said so.", True,
     ("Kelvara Systems", "member", "Jo Bloggs")),
    # two people: a post after a comma and "and" may be the next one's
    ("Jo Bloggs, chairman of Kelvara Systems, and the chief executive of Brantwell Corp., Al Smith, met on Monday.",
     True, ("Brantwell", "ceo", "Jo Bloggs")),
    # the partner "with" whom one founded a company is not the one who served as its chief
    ("Tomas Berg co-founded Kelvara Systems with Al Smith and served as its CEO.", False,
     ("Kelvara Systems", "ceo", "Al Smith")),
    # a leaving officer's sentence, then a mere speaker: no post
    ("Kelvara Systems makes drones. Kelvara's chief executive resigned on Monday. Tomas Berg said the board "
     "would look for a successor.", True, ("Kelvara Systems", "ceo", "Tomas Berg")),
    # ... nor a succession whose post was given before another person was named
    ("Kelvara Systems makes drones. Kelvara named Mia Lund as chief executive on Monday. Tomas Berg, a banker, "
     "welcomed it. She replaces Al Smith.", True, ("Kelvara Systems", "ceo", "Al Smith")),
    # a chief executive in one country is not the company's chief executive
    ("Kelvara Systems makes drones. Tomas Berg, Kelvara's chief executive in Japan, said sales rose.", True,
     ("Kelvara Systems", "ceo", "Tomas Berg")),
    # appointed to chair or head a part of the company: no post of the company's own
    ("Kelvara Systems appointed Jo Bloggs to chair its audit committee.", True, ("Kelvara Systems", "chair", "Jo Bloggs")),
    # a title of another trade before a name is no board seat
    ("Kelvara Systems makes drones. Film director Jo Bloggs praised the company.", True,
     ("Kelvara Systems", "member", "Jo Bloggs")),
    # led by someone whose post the appositive names: that post, not the chair
    ("Kelvara Systems makes drones. The company is led by Jo Bloggs, its chief executive since 2019.", True,
     ("Kelvara Systems", "chair", "Jo Bloggs")),
    # hired to advise is no employment; a possessive on a name that heads a longer name is no employee
    ("Jo Bloggs was hired by Brantwell Corp. to advise on the sale.", True, ("Brantwell", "member", "Jo Bloggs")),
    ("Kelvara Systems' Jo Bloggs-led board met on Monday.", True, ("Kelvara Systems", "member", "Jo Bloggs")),
    # a list of some who held a post over the years
    ("Kelvara Systems is a Swedish orchestra. In the 1790s, its directors included Jo Bloggs and Al Smith.", False,
     ("Kelvara Systems", "member", "Jo Bloggs")),
]


@pytest.mark.parametrize("text,dated,expected", CASES)
def test_construction_yields(text: str, dated: bool, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text, dated)


@pytest.mark.parametrize("text,dated,unwanted", NOT_CASES)
def test_construction_does_not_yield(text: str, dated: bool, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, dated)


def _types(text: str) -> set[tuple[str, str, str]]:
    """(label, "type", kind) of each entity of a dated article of ``text``."""
    ex = extract(read_text(f"{text.split()[0]} news\nPublished: March 4, 2024\n\n{text}\n", source="invented.txt"))
    return {(e.label, "type", e.kind) for e in ex.entities.values()}


@pytest.mark.parametrize("text,name", [
    ("Kelvara Systems backed the plan. Its chief investment officer Jan Oster said the move was overdue.", "Jan Oster"),
    ("Kelvara Systems backed the plan. Jan Kowalski, a partner at the firm, agreed.", "Jan Kowalski"),
    ("Kelvara Systems backed the plan. The firm's founder, May Lindholm, declined to comment.", "May Lindholm"),
])
def test_a_month_that_is_a_given_name_opens_a_persons_name(text: str, name: str) -> None:
    assert (name, "type", PERSON) in _types(text)


@pytest.mark.parametrize("text", [
    "In May Kelvara Systems said sales rose.",
    "Kelvara Systems said on Jan 5 that sales rose.",
])
def test_a_month_in_a_date_stays_out_of_a_name(text: str) -> None:
    assert ("Kelvara Systems", "type", ORG) in _types(text)


def test_a_department_after_a_title_is_no_organization() -> None:
    types = _types("Kelvara Systems makes drones. Director of Communications Jo Bloggs said sales rose.")
    assert ("Jo Bloggs", "type", PERSON) in types
    assert not any(label == "Communications" for label, _, _ in types)


def test_a_former_post_in_the_appositive_does_not_end_the_post_the_verb_gives() -> None:
    ex = extract(read_text("Kelvara news\nPublished: 2024-03-04\n\nKelvara Systems makes drones. Jo Bloggs, a former "
                           "central bank official, has chaired the company since 2019.\n", source="invented.txt"))
    chairs = [m for m in ex.memberships if "Chair" in m.roles]
    assert chairs and all(m.status == "current" for m in chairs)
