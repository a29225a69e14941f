"""Links between organizations and their seats, as news and encyclopedia leads state them.

Invented companies and people, real places. Each group of positives has near misses that must not
give the fact.
"""
from __future__ import annotations

import pytest

from invented import news_or_lead_facts


def parent(child: str, of: str) -> tuple[str, str, str]:
    return (child, "parentOrganization", of)


def seat(org: str, place: str) -> tuple[str, str, str]:
    return (org, "headquarters", place)


def invests(investor: str, target: str) -> tuple[str, str, str]:
    return (investor, "investedIn", target)


POSITIVE = [
    # a lead's first sentence: a country's adjective the country data spells otherwise, a place's name as the
    # adjective, a legal form in lower case with its periods
    ("Kovra Banka is a Slovenian bank headquartered in Ljubljana.", {seat("Kovra Banka", "Ljubljana")}),
    ("Dorvan Mining is a Kazakh mining company with headquarters in Almaty.", {seat("Dorvan Mining", "Almaty")}),
    ("Dorvan Mining is a Kazakh copper producer based in Almaty.", {seat("Dorvan Mining", "Almaty")}),
    ("Lintao Shipping is a Hong Kong shipping company headquartered in Kowloon.",
     {seat("Lintao Shipping", "Kowloon")}),
    ("Kwame Freight is a logistics company in Ghana with its head office in Accra.",
     {seat("Kwame Freight", "Accra")}),
    ("Kovra Banka d.d. is a commercial bank headquartered in Ljubljana, Slovenia.",
     {seat("Kovra Banka", "Ljubljana")}),
    ("Vendi Tessile s.r.l. is a textile maker based in Prato.", {seat("Vendi Tessile", "Prato")}),
    # a two-word legal form is no part of the name the later mentions share
    ("Tarvo Sdn Bhd is a Malaysian insurer based in Kuala Lumpur. Tarvo was founded in 1990.",
     {seat("Tarvo", "Kuala Lumpur"), ("Tarvo", "foundingDate", "1990")}),
    # news: an appositive with a place's possessive, a parenthesis, the seat named before "of"
    ("Mavuno Bank, Kenya's largest lender, is headquartered in Nairobi.", {seat("Mavuno Bank", "Nairobi")}),
    ("Mavuno Bank (headquartered in Nairobi) posted record profits.", {seat("Mavuno Bank", "Nairobi")}),
    ("Police evacuated the Nairobi headquarters of Mavuno Bank on Monday.", {seat("Mavuno Bank", "Nairobi")}),
    # "it" after a fronted "Based in ...": the lead's company
    ("Orsino Tessile is an Italian textile company. Based in Prato, it was bought in 2012 by the French "
     "group Maison Dorel.",
     {("Maison Dorel", "acquired", "Orsino Tessile"), parent("Orsino Tessile", "Maison Dorel")}),
    # an adverb inside the passive
    ("Brantholm Networks is a Norwegian telecom company. It was later bought by Marlow Telecom.",
     {("Marlow Telecom", "acquired", "Brantholm Networks")}),
    # parents: an appositive with a place before the copula, the subject's "its parent company"
    ("Segurvia is a Chilean insurer. The company, based in Santiago, is a unit of Grupo Andes.",
     {parent("Segurvia", "Grupo Andes")}),
    ("Pelmora Foods, the Polish maker of dumplings, said on Monday that its parent company Ardent Consumer "
     "Group would cut jobs.", {parent("Pelmora Foods", "Ardent Consumer")}),
    # investors: a list of subjects, a backer in an appositive, a named largest shareholder, an injection
    ("Tavory Ventures and Grastell Capital invested in Ombrick Energy.",
     {invests("Tavory Ventures", "Ombrick Energy"), invests("Grastell Capital", "Ombrick Energy")}),
    ("Ombrick Energy, a Tavory Ventures-backed startup, launched its first battery.",
     {invests("Tavory Ventures", "Ombrick Energy")}),
    ("Rioplata Energia is an Argentine energy company. Its largest shareholder is the investment fund "
     "Pampa Capital.", {invests("Pampa Capital", "Rioplata Energia")}),
    ("Mavuno Bank injected $20 million into Simba Credit.", {invests("Mavuno Bank", "Simba Credit")}),
    ("Grastell Capital is the anchor investor in Ombrick Energy.", {invests("Grastell Capital", "Ombrick Energy")}),
    ("Mazur Foods is funded by Vistula Capital.", {invests("Vistula Capital", "Mazur Foods")}),
    ("Vistula Capital has backed Mazur Foods since 2015.", {invests("Vistula Capital", "Mazur Foods")}),
    ("Mazur Foods, whose backers include Vistula Capital, said it would list in Warsaw.",
     {invests("Vistula Capital", "Mazur Foods")}),
    ("Kordex Retail sold its 25% stake in Mazur Foods to Vistula Capital.", {invests("Vistula Capital", "Mazur Foods")}),
    ("Vistula Capital bought Kordex Retail's stake in Mazur Foods.", {invests("Vistula Capital", "Mazur Foods")}),
    # deals and parents: full ownership, a future "part of", units counted then named
    ("Kordex Retail has taken full ownership of Mazur Foods.", {("Kordex Retail", "acquired", "Mazur Foods")}),
    ("Mazur Foods will become part of Kordex Retail.", {parent("Mazur Foods", "Kordex Retail")}),
    ("Lumora Design is a furniture company. It has two subsidiaries, Lumora Office and Lumora Retail.",
     {parent("Lumora Office", "Lumora Design"), parent("Lumora Retail", "Lumora Design")}),
    # seats and partners in a lead
    ("Lumora Design is a Danish furniture company with its registered office in Oslo.",
     {seat("Lumora Design", "Oslo")}),
    ("Lumora Design is a furniture company. It has partnerships with Ikeon Retail and Vikko Design.",
     {("Lumora Design", "partner", "Ikeon Retail"), ("Lumora Design", "partner", "Vikko Design")}),
    ("Tarvo Holding AG has its registered seat in Zug.", {seat("Tarvo", "Zug")}),
    ("Tarvo Holding AG is a Swiss holding company with its seat in Zug.", {seat("Tarvo", "Zug")}),
    ("Estra Mobile is a telecommunications company operating in Estonia, with headquarters in Tallinn.",
     {seat("Estra Mobile", "Tallinn")}),
    ("Estra Mobile is a telecommunications company whose headquarters are in Tallinn.",
     {seat("Estra Mobile", "Tallinn")}),
    ("Estra Mobile is a telecommunications company that has its headquarters in Tallinn.",
     {seat("Estra Mobile", "Tallinn")}),
    ("Estra Mobile is an Estonian company. It is based in the capital, Tallinn.", {seat("Estra Mobile", "Tallinn")}),
    # rivals
    ("Zephyra Airlines, which competes head-to-head with Dunmere Air on routes to Lisbon, reported a loss.",
     {("Zephyra Airlines", "competitor", "Dunmere Air")}),
]

NEGATIVE = [
    # "its" after another organization named between is not the subject's
    ("Pelmora Foods said on Monday that Ardent Foods and its parent company Lisko Group would merge.",
     parent("Pelmora Foods", "Lisko")),
    # the seat of the organization whose rival is named after "of"
    ("Police evacuated the Nairobi headquarters of Mavuno Bank's rival Simba Credit.",
     seat("Mavuno Bank", "Nairobi")),
    # a name before a fronted "it" may be what it means
    ("Orsino Tessile is an Italian textile company. Based in Prato, Vendi Moda said it was bought by Maison Dorel.",
     ("Maison Dorel", "acquired", "Orsino Tessile")),
    # backed by a state, no organization
    ("Ombrick Energy, a state-backed startup, launched its first battery.",
     invests("Ombrick Energy", "Ombrick Energy")),
    # a plan's backer, a stake's seller, a company's own units counted with something else
    ("Vistula Capital backed the Mazur Foods proposal.", invests("Vistula Capital", "Mazur Foods")),
    ("Kordex Retail sold its 25% stake in Mazur Foods to Vistula Capital.", invests("Kordex Retail", "Vistula Capital")),
    ("Lumora Design has two subsidiaries, and Ikeon Retail has three.", parent("Ikeon Retail", "Lumora Design")),
    ("Lumora Design denied it has partnerships with Ikeon Retail.", ("Lumora Design", "partner", "Ikeon Retail")),
    # a relative clause after a comma may be the noun's before it
    ("Estra Mobile is a unit of the state railway, whose headquarters are in Tallinn.", seat("Estra Mobile", "Tallinn")),
    # an abbreviation in lower case is no legal form
    ("Kovra Banka said the branch in Ljubljana opens at 9 a.m. daily.", seat("Kovra Banka", "Ljubljana")),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
@pytest.mark.parametrize("dated", [True, False])
def test_construction_yields(text: str, expected: set[tuple[str, str, str]], dated: bool) -> None:
    got = news_or_lead_facts(text, dated)
    assert expected <= got, expected - got


@pytest.mark.parametrize("text,unwanted", NEGATIVE)
def test_construction_does_not_yield(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in news_or_lead_facts(text, dated=True)
