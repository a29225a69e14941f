"""Parents and deals as news and leads write them, on invented sentences.

Every company here is made up. A positive case names the facts it must give; a near miss names
one it must not: a former owner is no parent, a failed or proposed deal no acquisition.
"""
from __future__ import annotations

import pytest

from invented import facts_of


def facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of a dated article of ``text`` (labels are core names: "Hallivor" of "Hallivor Group")."""
    return facts_of(text, "Company news", published="May 4, 2023")


def parent(child: str, of: str) -> tuple[str, str, str]:
    return (child, "parentOrganization", of)


def bought(buyer: str, target: str) -> tuple[str, str, str]:
    return (buyer, "acquired", target)


POSITIVE = [
    # an appositive in parentheses; "which is itself owned by"
    ("Hallivor Group (a subsidiary of Orsanta Group) makes paint.", {parent("Hallivor", "Orsanta")}),
    ("Tesmor Pumps GmbH (owned by Orsanta Group) makes pumps.", {parent("Tesmor Pumps", "Orsanta")}),
    ("Zephyrine GmbH is a subsidiary of Ambrelle Industries, which is itself owned by Corvinel Group.",
     {parent("Zephyrine", "Ambrelle Industries"), parent("Ambrelle Industries", "Corvinel")}),
    # "bought out", "took over" as passives and in relative clauses
    ("Calvessa AB was bought out by Osterbrin AG in 2012.",
     {bought("Osterbrin", "Calvessa"), parent("Calvessa", "Osterbrin")}),
    ("Calvessa AB, which Hallivor Group took over in 2009, makes paint.",
     {bought("Hallivor", "Calvessa"), parent("Calvessa", "Hallivor")}),
    # the parent's name before the unit noun of a predicate
    ("Zephyrine GmbH has been a Saltcombe Plc subsidiary since 2014.", {parent("Zephyrine", "Saltcombe")}),
    ("Norrowby A/S, which is a wholly owned Saltcombe Plc unit, makes glass.", {parent("Norrowby", "Saltcombe")}),
    ("Calvessa AB operates under the Hallivor Group umbrella.", {parent("Calvessa", "Hallivor")}),
    # a majority stake bought; the rest of a company bought
    ("In 2009, Hallivor Group acquired a 70% stake in Calvessa AB.", {parent("Calvessa", "Hallivor")}),
    ("Hallivor Group bought the remaining 40% of Calvessa AB in 2009.", {bought("Hallivor", "Calvessa")}),
    # a company sold on: the last buyer is the parent, the first owner only bought it
    ("Calvessa AB was bought by Osterbrin AG, which later sold it to Hallivor Group.",
     {bought("Osterbrin", "Calvessa"), bought("Hallivor", "Calvessa"), parent("Calvessa", "Hallivor")}),
    ("Calvessa AB makes paint. The company was bought by Osterbrin AG in 2001, which sold it to Hallivor Group "
     "in 2012.", {bought("Hallivor", "Calvessa"), parent("Calvessa", "Hallivor")}),
    # "through its subsidiary" after a comma
    ("Ambrelle Industries, through its subsidiary Zephyrine GmbH, sells pumps in Kenya.",
     {parent("Zephyrine", "Ambrelle Industries")}),
    # "Gamma and its subsidiary": "its" is Gamma's
    ("Osterbrin AG said Calvessa AB and its subsidiary Norrowby A/S were fined.", {parent("Norrowby", "Calvessa")}),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_ownership(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text)


NEAR_MISSES = [
    # a former parent is none
    ("Calvessa AB, a former subsidiary of Hallivor Group, was listed in Oslo.", parent("Calvessa", "Hallivor")),
    ("Calvessa AB was a subsidiary of Hallivor Group until 2019.", parent("Calvessa", "Hallivor")),
    ("Calvessa AB was owned by Hallivor Group from 2001 until 2019.", parent("Calvessa", "Hallivor")),
    ("Norrowby A/S was a Saltcombe Plc subsidiary until 2018.", parent("Norrowby", "Saltcombe")),
    ("Norrowby A/S is a former Saltcombe Plc unit.", parent("Norrowby", "Saltcombe")),
    ("Osterbrin AG sold its former subsidiary Norrowby A/S to Hallivor Group.", parent("Norrowby", "Osterbrin")),
    ("Osterbrin AG sold Calvessa AB, its former subsidiary, to Hallivor Group.", parent("Calvessa", "Osterbrin")),
    ("Calvessa AB was bought by Osterbrin AG, which later sold it to Hallivor Group.",
     parent("Calvessa", "Osterbrin")),
    ("Norrowby A/S, Saltcombe Plc's former glass unit, listed its shares.", parent("Norrowby", "Saltcombe")),
    ("Norrowby A/S was a subsidiary of Saltcombe Plc before it was sold to Larkspen Oy.",
     parent("Norrowby", "Saltcombe")),
    ("Norrowby A/S was a subsidiary of Saltcombe Plc before it was sold to Larkspen Oy.",
     bought("Larkspen", "Saltcombe")),
    ("Norrowby A/S was acquired by Saltcombe Plc in 2001 and sold to Larkspen Oy in 2010.",
     parent("Norrowby", "Saltcombe")),
    ("Norrowby A/S was acquired by Saltcombe Plc in 2001 but was later divested.", parent("Norrowby", "Saltcombe")),
    # an investor's portfolio company is no unit
    ("Norrowby A/S is a Tesmor Capital portfolio company.", parent("Norrowby", "Tesmor Capital")),
    # "Gamma and its subsidiary": not the first company's
    ("Osterbrin AG said Calvessa AB and its subsidiary Norrowby A/S were fined.", parent("Norrowby", "Osterbrin")),
    # a deal proposed or failed is no acquisition
    ("Hallivor Group's proposed takeover of Calvessa AB collapsed.", bought("Hallivor", "Calvessa")),
    ("Saltcombe Plc's acquisition of Norrowby A/S was blocked by regulators.", bought("Saltcombe", "Norrowby")),
    ("Saltcombe Plc's takeover of Norrowby A/S fell through in May.", bought("Saltcombe", "Norrowby")),
    # what was bought belongs to the company named after "of"
    ("Hallivor Group acquired the assets of Calvessa AB in 2010.", bought("Hallivor", "Calvessa")),
    ("Hallivor Group bought the paint unit of Calvessa AB in 2010.", bought("Hallivor", "Calvessa")),
]


@pytest.mark.parametrize("text,fact", NEAR_MISSES)
def test_not_ownership(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)
