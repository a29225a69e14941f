"""Company-company and company-place facts on invented sentences: seats, parents, stakes, rivals.

Every company and small town here is made up; each positive case has a near miss or a
negative check that the wrong reading is not given.
"""
from __future__ import annotations

from invented import facts_of


def facts(text: str, title: str = "Company news") -> set[tuple[str, str, str]]:
    """The facts of a dated article of ``text``."""
    return facts_of(text, title, published="May 4, 2023")


def test_an_unknown_town_a_company_is_based_in_is_its_seat() -> None:
    got = facts("Vantor Pumps is a maker of water pumps based in Kelsholm. Vantor Pumps employs 300 people.")
    assert ("Vantor Pumps", "headquarters", "Kelsholm") in got


def test_a_fronted_seat_then_the_company_is_no_appositive_of_the_town() -> None:
    got = facts("Lindberg Trucks is a maker of lorries. Headquartered in Kelsholm, the company is owned by "
                "the holding group Ostara Holdings.")
    assert ("Lindberg Trucks", "headquarters", "Kelsholm") in got
    assert ("Lindberg Trucks", "parentOrganization", "Ostara") in got
    assert not any(s == "Kelsholm" for s, _, _ in got)


def test_it_after_a_sentence_opening_with_its_is_the_earlier_subject() -> None:
    """"Its largest customer is Beta. It competes with Beta and Gamma": "It" is not Beta."""
    got = facts("Zellor Pumps, a unit of Harven Group, makes pumps. Its largest customer is the utility "
                "Vandrik Water. It competes with Vandrik Water and Ostrel Pumps.")
    assert ("Zellor Pumps", "competitor", "Ostrel Pumps") in got
    assert ("Vandrik Water", "competitor", "Ostrel Pumps") not in got
    assert ("Ostrel Pumps", "competitor", "Vandrik Water") not in got


def test_its_rivals_after_a_deal_sentence_are_the_subjects() -> None:
    got = facts("Garlow Freight is a British haulier. Garlow Freight acquired the parcel carrier Swiftway in 2008. "
                "Its main competitors are Redfell Logistics and Colbury Distribution.")
    assert {("Garlow Freight", "competitor", "Redfell Logistics"),
            ("Garlow Freight", "competitor", "Colbury Distribution")} <= got
    assert not any(s == "Swiftway" and p == "competitor" for s, p, _ in got)


def test_the_seat_after_an_appositive_naming_another_company_is_the_subjects() -> None:
    got = facts("Brinwick Radio, a unit of Greyholt Industries, is headquartered in Leeds. "
                "Pellvo Batteries, backed by the pension fund Arvane Pension, is based in Gothenburg.")
    assert {("Brinwick Radio", "headquarters", "Leeds"), ("Pellvo Batteries", "headquarters", "Gothenburg")} <= got
    assert ("Arvane Pension", "headquarters", "Gothenburg") not in got


def test_a_premodified_subsidiary_based_in_a_town() -> None:
    got = facts("Skyvane, a Tarnel Air subsidiary based in Bristol, flies to 30 destinations.")
    assert {("Skyvane", "parentOrganization", "Tarnel Air"), ("Skyvane", "headquarters", "Bristol")} <= got


def test_a_stake_as_a_second_verb_or_object_of_the_subject() -> None:
    got = facts("Orvane Telecom owns the mobile operator Movira and holds a 40% stake in the cable operator Cablenta. "
                "Halden Media also owns the cable channel Redvale TV and a stake in the sports network Arenox.")
    assert {("Orvane Telecom", "investedIn", "Cablenta"), ("Halden Media", "investedIn", "Arenox")} <= got
    assert not any(p == "investedIn" and s in ("Movira", "Redvale TV") for s, p, _ in got)


def test_a_stake_in_a_venture_formed_in_a_year() -> None:
    got = facts("Kaito Shipping is a shipping company. Its container arm was merged with a rival's to form "
                "Ocean Arc Express in 2017, in which Kaito Shipping holds a 31% stake.")
    assert ("Kaito Shipping", "investedIn", "Ocean Arc Express") in got


def test_second_largest_shareholder_after_another_is_no_rivalry() -> None:
    got = facts("Nordvik Energy bought a 20 percent stake in Voltara. The deal makes Nordvik Energy the "
                "second-largest shareholder in Voltara after Grevel Ventures.")
    assert ("Nordvik Energy", "competitor", "Grevel Ventures") not in got
    assert ("Grevel Ventures", "competitor", "Nordvik Energy") not in got
    assert ("Nordvik Energy", "investedIn", "Voltara") in got


def test_a_stake_of_a_company_a_speaker_names_is_not_the_speakers() -> None:
    got = facts("Tarvel Group said Quorin Pumps makes valves and holds a stake in Bexford Tools.")
    assert ("Tarvel Group", "investedIn", "Bexford Tools") not in got


def test_an_acquisition_with_its_time_before_of() -> None:
    got = facts("Brennick Tools makes drills. The deal follows Brennick Tools' acquisition last year of "
                "Italian valve maker Ferrulo Valves.")
    assert ("Brennick Tools", "acquired", "Ferrulo Valves") in got


def test_rivals_after_a_relative_clause_are_the_subjects_not_the_clauses() -> None:
    got = facts("Solvane Motors, which is owned by the Italian group Vettora Holdings, is racing to catch up with "
                "rivals like Brunwell Auto.")
    assert ("Solvane Motors", "competitor", "Brunwell Auto") in got
    assert ("Vettora", "competitor", "Brunwell Auto") not in got


def test_a_pair_with_an_appositive_said_they_had_formed_a_venture() -> None:
    got = facts("Callow Foods, the Chicago-based snack maker, and French dairy group Pennard Laitiers said on "
                "Tuesday they had formed a joint venture to make yoghurt drinks in Brazil.")
    assert ("Callow Foods", "partner", "Pennard Laitiers") in got


def test_a_venture_that_will_be_based_in_a_city() -> None:
    got = facts("The venture, Calvo Alimentos, will be based in São Paulo.", title="Calvo Alimentos news")
    assert ("Calvo Alimentos", "headquarters", "São Paulo") in got


def test_part_of_a_group_and_its_headquarters_after_the_appositive() -> None:
    got = facts("Marlow Dairy makes cheese. Pennet Laitiers, part of the Vossberg group, has its headquarters "
                "in Lyon.")
    assert ("Pennet Laitiers", "parentOrganization", "Vossberg") in got
    assert ("Pennet Laitiers", "headquarters", "Lyon") in got


def test_a_company_folded_into_the_subjects_unit_is_not_its_parent() -> None:
    got = facts("Brennick Tools makes drills. Brennick Tools will fold Kolstad Pumps into its flow division, "
                "Brennick Flow Solutions.")
    assert ("Brennick Flow Solutions", "parentOrganization", "Kolstad Pumps") not in got


def test_an_owner_which_acquired_it() -> None:
    got = facts("Lindvar Trucks is a Swedish maker of lorries. Headquartered in Kelsholm, the company is owned by "
                "the German group Eberwald AG, which acquired it in 2014.")
    assert ("Eberwald", "acquired", "Lindvar Trucks") in got


def test_a_percent_owner_after_an_appositive_opening_with_a_place() -> None:
    got = facts("Kladvo Metals, a Prague-listed company, is 45 percent owned by the Austrian group Linzor Stahl.")
    assert ("Linzor Stahl", "investedIn", "Kladvo Metals") in got


def test_already_owns_a_stake() -> None:
    got = facts("Ostrel Steel makes steel. Ostrel Steel already owns a 10 percent stake in Kladvo Metals.")
    assert ("Ostrel Steel", "investedIn", "Kladvo Metals") in got


def test_a_seat_after_a_founded_appositive() -> None:
    got = facts("Vodra Energie, founded in 2020, is based in Brno.", title="Vodra Energie news")
    assert ("Vodra Energie", "headquarters", "Brno") in got


def test_competes_with_a_class_then_including_names() -> None:
    got = facts("Tamwell Bank competes with the larger high-street banks, including Barfield Bank and Lloyton Bank.")
    assert {("Tamwell Bank", "competitor", "Barfield Bank"), ("Tamwell Bank", "competitor", "Lloyton Bank")} <= got


def test_the_unit_of_a_parent_named_in_apposition_leads_a_round() -> None:
    got = facts("Ostrel Steel makes steel. Separately, the venture capital arm of Ostrel Steel, OSV Ventures, led a "
                "20 million euro funding round in hydrogen start-up Vodra Energie in March.")
    assert {("OSV Ventures", "parentOrganization", "Ostrel Steel"),
            ("OSV Ventures", "investedIn", "Vodra Energie")} <= got


def test_a_list_after_the_units_of_a_parent_is_not_one_unit() -> None:
    got = facts("The brands of Ostrel Group, Velka Foods, Brodo Drinks and Zeta Snacks, grew fast.")
    assert ("Velka Foods", "parentOrganization", "Ostrel") not in got


def test_its_subsidiaries_after_a_sentence_naming_an_exchange_are_the_subjects() -> None:
    got = facts("Ostrel Group owns many firms. Ostrel Group bought a stake in Helvar Cement in 2001. Ostrel Group "
                "is big. Helvar Cement is listed on the Vossberg Stock Exchange. Its subsidiaries are Kelto Beton, "
                "Tarvin Calcestruzzi and the Austrian firm Tirolo Zement.", title="Ostrel Group news")
    assert {("Kelto Beton", "parentOrganization", "Helvar Cement"),
            ("Tirolo Zement", "parentOrganization", "Helvar Cement")} <= got
    assert ("Kelto Beton", "parentOrganization", "Ostrel") not in got


def test_a_largest_shareholder_named_with_a_descriptor() -> None:
    got = facts("Ridgeton Brands makes snacks. Ridgeton Brands' largest shareholder, the activist fund Calvert "
                "Capital, had pushed for the deal.")
    assert ("Calvert Capital", "investedIn", "Ridgeton Brands") in got


def test_a_reference_with_a_demonym_is_the_company_named_with_it() -> None:
    got = facts("Brenvik Industries, the Zurich-headquartered engineering group, agreed to buy the Danish pump maker "
                "Kollby Pumper. Brenvik Industries makes valves. The Danish firm was owned by the private equity "
                "firm Harlow Capital.", title="Brenvik Industries news")
    assert ("Kollby Pumper", "parentOrganization", "Harlow Capital") in got
    assert ("Brenvik Industries", "parentOrganization", "Harlow Capital") not in got
    assert ("Brenvik Industries", "country", "Denmark") not in got
