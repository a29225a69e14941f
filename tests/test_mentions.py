"""Entity typing cues for encyclopedic text: titles dropped, place shapes, person cues.

Every sentence here is invented: fictional people, companies and places.
"""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction
from kg.read import read_text


def kinds(text: str) -> dict[str, str]:
    """Every alias of every entity, mapped to the entity's kind."""
    ex: Extraction = extract(read_text(f"Title\n\n{text}\n", source="t.txt"))
    return {alias: e.kind for e in ex.entities.values() for alias in {e.label, *e.aliases}}


def test_titles_of_works_and_awards_are_not_entities() -> None:
    k = kinds("Quorvane Pictures released the film Silver Harrowgate in 1998. "
              "Lumen Parade is a 1971 single by the band. Tarsel Vondry won the Brisket Prize in 2001.")
    assert "Silver Harrowgate" not in k and "Lumen Parade" not in k and "Brisket Prize" not in k
    assert k.get("Quorvane Pictures") == "Organization"


def test_a_work_noun_before_a_company_name_needs_a_copula_or_to_stand_right_before_it() -> None:
    k = kinds("Dravell Studios is a film production company based in Ostmark.")
    assert k.get("Dravell Studios") == "Organization"


def test_place_shapes_and_place_contexts() -> None:
    k = kinds("The Quellstone Valley lies south of Mount Ferrowick. "
              "Harnhold was born in Vessaline and moved to Tarbrook, Nevada, in 1960.")
    assert k.get("Quellstone Valley") == "Place"
    assert k.get("Mount Ferrowick") == "Place"
    assert k.get("Vessaline") == "Place"
    assert k.get("Tarbrook") == "Place"


def test_unknown_place_after_a_city_is_not_made_a_place() -> None:
    k = kinds("In Chicago, Brellwick Partners opened an office.")
    assert k.get("Brellwick Partners") == "Organization"


def test_initials_and_name_variants_make_people() -> None:
    k = kinds("The novel was written by Q. R. Tamberlane. Tobin Oxtoby (4 May 1901 - 2 June 1970) was a "
              "composer. His birth name was Tobias Oxtoby.")
    assert k.get("Q. R. Tamberlane") == "Person"
    assert k.get("Tobias Oxtoby") == "Person"


def test_a_sentence_initial_gerund_is_not_part_of_a_name() -> None:
    k = kinds("Joining Varnell Group in 1990, she ran its foundry.")
    assert "Joining Varnell Group" not in k
    assert k.get("Varnell Group") == "Organization"


def test_a_demonym_starting_an_organization_name_stays_in_it() -> None:
    k = kinds("The French Aerial Transport Association was founded in 1931.")
    assert k.get("French Aerial Transport Association") == "Organization"


def test_a_subdivision_named_with_a_demonym_is_one_place() -> None:
    k = kinds("The mill is in Kelvane, British Columbia.")
    assert k.get("British Columbia") == "Place"
    assert "British" not in k


def contained(text: str) -> set[tuple[str, str]]:
    ex: Extraction = extract(read_text(f"Title\n\n{text}\n", source="t.txt"))
    name = {k: e.label for k, e in ex.entities.items()}
    return {(name[f.subject], name[f.object]) for f in ex.facts if f.predicate == "containedInPlace"}


def test_gazetteer_containment_reaches_every_named_level() -> None:
    facts = contained("Brellwick Films has offices in Detroit, Michigan. Its shows air in the United States.")
    assert ("Detroit", "Michigan") in facts and ("Detroit", "United States") in facts


def test_a_county_lies_in_the_first_level_region_the_gazetteer_puts_it_in() -> None:
    facts = contained("The Tarnwick Courier covers Lincolnshire and Derbyshire. It is read across England.")
    assert ("Lincolnshire", "England") in facts and ("Derbyshire", "England") in facts


def test_containment_is_carried_up_to_a_named_country() -> None:
    facts = contained("Tarmsby Mills moved to Brenndale, Nevada. It sells across the United States.")
    assert ("Brenndale", "Nevada") in facts
    assert ("Brenndale", "United States") in facts


def test_no_country_above_a_region_the_text_names() -> None:
    facts = contained("The plant is in Ningbo, East China's Zhejiang Province.")
    assert ("Zhejiang", "China") not in facts and ("Ningbo", "China") not in facts


def test_a_city_named_like_a_word_is_a_place_after_in() -> None:
    k = kinds("Torvald Pemberly later worked at the institute of hygiene in Tulsa.")
    assert k.get("Tulsa") == "Place"


def test_a_legal_form_after_a_comma_stays_in_the_name() -> None:
    ex: Extraction = extract(read_text("Title\n\nBrellwick Airlines, Inc. and Quorvane Co., Ltd. are carriers. "
                                       "Brellwick Airlines flies to Tarbrook.\n", source="t.txt"))
    names = [{e.label, *e.aliases} for e in ex.entities.values()]
    brellwick = [n for n in names if any(x.startswith("Brellwick") for x in n)]
    assert len(brellwick) == 1 and {"Brellwick Airlines", "Brellwick Airlines, Inc."} <= brellwick[0]
    assert any("Quorvane Co., Ltd." in n for n in names)


def test_a_state_or_province_code_after_a_comma_is_not_a_legal_form() -> None:
    """cleanco's list has "ky", "ab", "sa", "mb": after a comma they follow a city, not a company."""
    from kg.extract.gazetteer import lexicon

    lex = lexicon()
    assert lex.comma_legal_suffixes <= lex.legal_suffixes
    assert {"ky", "ab", "sa", "mb", "as"} <= lex.legal_suffixes - lex.comma_legal_suffixes
    k = kinds("Quorvane Corp. is based in Louisville, Ky., and opened offices in Calgary, AB, "
              "Winnipeg, MB, and Adelaide, SA, last year.")
    assert all(k.get(city) == "Place" for city in ("Louisville", "Calgary", "Winnipeg", "Adelaide")), k


def test_armed_forces_are_organizations_with_their_demonym() -> None:
    k = kinds("Eivind Brenn served in the Norwegian Armed Forces and later in the Royal Air Force.")
    assert k.get("Norwegian Armed Forces") == "Organization"
    assert k.get("Royal Air Force") == "Organization"


def test_a_bare_year_in_brackets_dates_a_work_not_a_life() -> None:
    k = kinds("Torvald Pemberly (born 1950) wrote scores for Grellmoor Obscura (1989) and Vantis Quell (1991). "
              "Xanthe Dorrow (1911–1971) was a painter.")
    assert k.get("Torvald Pemberly") == "Person"
    assert k.get("Xanthe Dorrow") == "Person"
    assert k.get("Grellmoor Obscura") != "Person" and k.get("Vantis Quell") != "Person"


def test_a_person_noun_before_an_unknown_name_makes_a_person() -> None:
    k = kinds("The daughter of Velorian politician Quarn Etteby, she studied law. "
              "Its leader, Brusk Hallowan, resigned. Brellwick Partners hired investor Tarsel Capital.")
    assert k.get("Quarn Etteby") == "Person"
    assert k.get("Brusk Hallowan") == "Person"
    assert k.get("Tarsel Capital") == "Organization"


def test_a_list_closed_by_a_plural_product_noun_names_products() -> None:
    k = kinds("Ombrel Motors makes vehicles in Ostmark. Its Arvo, Pellin and Dusk cars sold well.")
    assert k.get("Arvo") == "Product" and k.get("Pellin") == "Product" and k.get("Dusk") == "Product"
    assert k.get("Ombrel Motors") == "Organization"


def test_unknown_members_of_a_list_of_people_are_people() -> None:
    k = kinds("The cast included Jo Bloggs, Tamsin Rourke, Brelwyn Ostrander and Mary Quell. "
              "Dafydd Carrow and Zorvat Ekwensi wrote the script.")
    assert k.get("Brelwyn Ostrander") == "Person"
    assert k.get("Zorvat Ekwensi") == "Person"


def test_a_list_does_not_make_a_band_of_common_words_a_person() -> None:
    k = kinds("The prize went to Dafydd Carrow and Hollow Lanterns in 2001.")
    assert k.get("Hollow Lanterns") != "Person"


def test_battles_acts_agreements_and_degrees_are_not_entities() -> None:
    k = kinds("Mary Vondry fought in the Battle of Brennick and later signed the Orvale Agreement. "
              "She earned a Bachelor of Arts before the Quennet Act passed.")
    assert not {"Battle of Brennick", "Orvale Agreement", "Bachelor of Arts", "Quennet Act"} & set(k)
    assert k.get("Mary Vondry") == "Person"


def test_stations_parks_and_villages_are_places() -> None:
    k = kinds("The line runs from Harnwick Station to Ostrel Village, past Dunmere National Park.")
    assert k.get("Harnwick Station") == "Place"
    assert k.get("Ostrel Village") == "Place"
    assert k.get("Dunmere National Park") == "Place"


def titled(title: str, text: str) -> dict[str, str]:
    """Like ``kinds``, with the article's own title line."""
    ex: Extraction = extract(read_text(f"{title}\n\n{text}\n", source="t.txt"))
    return {alias: e.kind for e in ex.entities.values() for alias in {e.label, *e.aliases}}


def test_a_bare_name_title_followed_by_he_or_she_is_a_person() -> None:
    lead = ("Zortan Quellwick owns the Veltmark Courier in Ostmark. "
            "He studied law in Ostmark.")
    assert titled("Zortan Quellwick", lead).get("Zortan Quellwick") == "Person"
    # Without a personal pronoun the title is no biography, and a place-like title never is.
    assert titled("Zortan Quellwick", "Zortan Quellwick owns the Veltmark Courier in Ostmark.") \
        .get("Zortan Quellwick") != "Person"
    assert titled("East Vardonia Trade Caucus", "East Vardonia Trade Caucus was proposed in 1990. "
                  "He called it a bloc.").get("East Vardonia Trade Caucus") != "Person"


def test_credits_and_lead_variants_make_people() -> None:
    k = kinds("Glass Harrow is a 1931 drama directed by Tomsen Vaard. "
              "Prella Ostin, () (4 May 1920 – 2 June 2011) was a Veltish architect. "
              "Orvik Dallan has been the publisher of the Veltmark Courier since 2006.")
    assert k.get("Tomsen Vaard") == "Person"
    assert k.get("Prella Ostin") == "Person"
    assert k.get("Orvik Dallan") == "Person"


def test_plural_common_words_are_not_organizations_but_a_surname_plural_still_names_a_group() -> None:
    k = kinds("The Trustees met in Ostmark. Americans joined the Swingles, the group of Tarn Swingle.")
    assert "Trustees" not in k
    assert k.get("Americans") == "Place"
    assert k.get("Swingles") == "Organization"


def test_degree_and_hardware_acronyms_are_not_organizations() -> None:
    k = kinds("Tarsel Vondry earned an MBA at Quorvane College. The Zentra board has a CPU and HDMI ports.")
    assert "MBA" not in k and "CPU" not in k and "HDMI" not in k


def test_business_software_acronyms_are_not_organizations() -> None:
    k = kinds("Ombrel Systems sells CRM and ERP software to SMEs, and its 3,000 CRM users grew.")
    assert "CRM" not in k and "ERP" not in k and "SMEs" not in k


def test_capitalised_posts_are_not_organizations() -> None:
    k = kinds("Tarsel Vondry was the Production Coordinator at Quorvane Pictures. "
              "In Ostmark her duties passed to a Governor-General.")
    assert "Production Coordinator" not in k and "Governor-General" not in k
    assert k.get("Quorvane Pictures") == "Organization"


def test_the_links_of_a_place_chain_are_places() -> None:
    k = kinds("Quorvane FK is a football club from Vellsdalen, Bergen, Ostrevik. It plays in the second tier.")
    assert k.get("Vellsdalen") == "Place"
    assert k.get("Ostrevik") == "Place"


def test_a_codename_is_a_product_and_a_category_before_a_name_leaves_the_maker_an_organization() -> None:
    k = kinds("Drennic is the codename used by Quintor for a graphics chip. "
              "It followed the 1972 Quintor arcade game Pallo.")
    assert k.get("Drennic") == "Product"
    assert k.get("Pallo") == "Product"
    assert k.get("Quintor") == "Organization"


def test_a_maker_of_a_category_is_not_a_product() -> None:
    k = kinds("Vennati was an Italian manufacturer of scooters and lawnmowers. Vennati later made tractors.")
    assert k.get("Vennati") != "Product"


def test_a_capitalised_plural_category_closes_a_list_of_products() -> None:
    k = kinds("Quintor sells Harlo Lake, Tessel Lake and Brim Lake CPUs.")
    assert k.get("Harlo Lake") == "Product" and k.get("Tessel Lake") == "Product"


def test_more_place_contexts() -> None:
    k = kinds("Tarsel Vondry was a native of Quarnby, a mining town. He lived in Vessaline, Ardle County, Nevada. "
              "The farm lies between Holloway Cross to the west and Brisk to the east, in the duchy of Marrowind. "
              "Jo Harnhold (4 May 1911, in Pelltown – 1970) was a painter.")
    for name in ("Quarnby", "Vessaline", "Holloway Cross", "Brisk", "Marrowind", "Pelltown"):
        assert k.get(name) == "Place", name


def test_a_title_of_office_before_a_name_makes_a_person() -> None:
    k = kinds("In 1931, Home Minister Tarkel Vossan spoke against Prime Minister Orrin Quade.")
    assert k.get("Tarkel Vossan") == "Person" and k.get("Orrin Quade") == "Person"


def test_a_city_named_maker_of_products_is_an_organization() -> None:
    k = kinds("The Zentra Z5 is a sedan produced by Lubbock in Japan. It is Lubbock's largest sedan.")
    assert k.get("Lubbock") == "Organization"
    k = kinds("Verity Pallmer produced the show. It was produced by Pallmer herself.")
    assert k.get("Pallmer") != "Organization"


def test_a_conservatory_is_an_organization() -> None:
    k = kinds("She studied at the Tarsel Conservatory in Lyon.")
    assert k.get("Tarsel Conservatory") == "Organization"


def test_a_bracketed_title_says_what_a_name_is() -> None:
    ex: Extraction = extract(read_text("Drennic (software)\n\nDrennic is a free project. It runs on phones.\n",
                                       source="t.txt"))
    assert {e.label: e.kind for e in ex.entities.values()}.get("Drennic") == "Product"
    ex = extract(read_text("Tarn Hollow (band)\n\nTarn Hollow formed in 1990 in Leeds.\n", source="t.txt"))
    assert {e.label: e.kind for e in ex.entities.values()}.get("Tarn Hollow") == "Organization"


def test_the_last_member_after_such_as_is_a_product_too() -> None:
    k = kinds("Quintor Inc. makes guided missiles such as Zorb and TRX.")
    assert k.get("TRX") == "Product"


def test_posts_of_a_place_are_not_organizations() -> None:
    k = kinds("Tarsel Vondry became Bishop of Ostmark in 1901. His son was made Duke of Vessaline. "
              "Quorvane Pictures hired him.")
    assert "Bishop of Ostmark" not in k and "Duke of Vessaline" not in k
    assert k.get("Quorvane Pictures") == "Organization"


def test_titles_with_pronouns_and_words_for_kinds_of_people_are_not_organizations() -> None:
    k = kinds("Mara Vondry wrote the hit Take Me Back to Ostmark and later Until It Glows. "
              "The Ostmarkologist Prella Ostin praised the Corvanophiles and the Vessalinemen.")
    assert not {"Take Me Back to Ostmark", "Take Me Back", "Until It Glows"} & k.keys()
    assert not {"Ostmarkologist", "Corvanophiles", "Vessalinemen"} & k.keys()


def test_a_lone_given_name_is_not_an_organization_unless_it_acts_like_one() -> None:
    k = kinds("The song was dedicated to Emily. According to Quentin the deal was small. "
              "Tarsel Vondry met Zentrel Holdings.")
    assert "Emily" not in k
    assert k.get("Quentin") == "Organization"  # a cited source, in news most often a publication


def test_places_written_without_their_diacritics_are_places() -> None:
    k = kinds("Tarsel Vondry moved from Guantanamo to Timișoara in 1990.")
    assert k.get("Guantanamo") == "Place"
    assert k.get("Timișoara") == "Place"


def test_areas_of_a_place_and_historic_states_are_places() -> None:
    k = kinds("Tarsel Vondry served the Roman Catholic Diocese of Ostmark and lived in the Vessel Borough of Quarn. "
              "He left the Harlan Republic to work at Bank of Harlan Republic.")
    assert k.get("Roman Catholic Diocese of Ostmark") == "Place"
    assert k.get("Vessel Borough of Quarn") == "Place"
    assert k.get("Harlan Republic") == "Place"
    assert k.get("Bank of Harlan Republic") == "Organization"


def test_a_name_before_an_administrative_noun_is_a_place() -> None:
    k = kinds("Mara Vondry farmed in the Quellmark province before Zentrel Holdings hired her.")
    assert k.get("Quellmark") == "Place"
    assert k.get("Zentrel Holdings") == "Organization"


def test_the_bare_name_of_a_mountain_or_airport_is_the_place() -> None:
    k = kinds("Mara Vondry climbed Mt. Ferrowick in 1990. The Ferrowick is popular with skiers. "
              "She flew from Dalvenby Airport; Dalvenby handles most of the traffic. Sorvel sells skis.")
    assert k.get("Ferrowick") == "Place"
    assert k.get("Dalvenby") == "Place"


def test_a_series_and_a_makers_dated_release_are_products() -> None:
    k = kinds("Quorvane Interactive is known for the Duskmere, Moonreach and Dusk Raider series. "
              "The Velmark series has sold over a million copies. "
              "Imitators followed Ombrel's 1986 Zorblax. The Brennet Broadcasting series Tarn Hollow ended.")
    assert k.get("Duskmere") == "Product" and k.get("Dusk Raider") == "Product"
    assert k.get("Velmark") == "Product"
    assert k.get("Zorblax") == "Product"
    assert k.get("Brennet Broadcasting") == "Organization"


def entities_of(text: str) -> list[tuple[str, set[str]]]:
    """Every place entity as (label, every surface form)."""
    ex: Extraction = extract(read_text(f"Title\n\n{text}\n", source="t.txt"))
    return [(e.label, {e.label, *e.aliases}) for e in ex.entities.values() if e.kind == "Place"]


def place_with(text: str, alias: str) -> tuple[str, set[str]] | None:
    return next((e for e in entities_of(text) if alias in e[1]), None)


def test_a_places_long_and_short_forms_in_one_article_are_one_place() -> None:
    text = ("Mara Vondry climbed Mt. Ferrowick in 1990. The Ferrowick is popular with skiers. "
            "She served the Roman Catholic Diocese of Ostmark; the Diocese of Ostmark has ninety parishes. "
            "The Kingdom of Quarnia was founded in 1701, and she was born in Quarnia.")
    assert place_with(text, "Ferrowick") == ("Mt. Ferrowick", {"Mt. Ferrowick", "Ferrowick"})
    diocese = place_with(text, "Diocese of Ostmark")
    assert diocese is not None and diocese[0] == "Roman Catholic Diocese of Ostmark"
    assert "Roman Catholic Diocese of Ostmark" in diocese[1]
    kingdom = place_with(text, "Quarnia")
    assert kingdom is not None and kingdom[0] == "Kingdom of Quarnia" and "Kingdom of Quarnia" in kingdom[1]


def test_a_long_form_of_another_kind_stays_apart_from_its_bare_name() -> None:
    # A city and the province named after it; a diocese and its see city; two states of one name.
    text = ("Tarsel Vondry moved from the Province of Chicago to Chicago. "
            "He served the Diocese of Ostmark and was born in Ostmark. "
            "The Duchy of Quarnia and the Kingdom of Quarnia fought; Quarnia won. "
            "The Northern District of Velby and the Southern District of Velby merged.")
    assert place_with(text, "Chicago") == ("Chicago", {"Chicago"})
    assert "Province of Chicago" not in (place_with(text, "Chicago") or ("", set()))[1]
    assert place_with(text, "Ostmark") == ("Ostmark", {"Ostmark"})
    duchy = place_with(text, "Duchy of Quarnia")
    assert duchy is not None and "Kingdom of Quarnia" not in duchy[1]
    northern = place_with(text, "Northern District of Velby")
    assert northern is not None and "Southern District of Velby" not in northern[1]


def test_a_province_known_to_the_gazetteer_keeps_its_name() -> None:
    text = "Mara Vondry farmed in the Province of Alberta before she left Alberta."
    assert place_with(text, "Province of Alberta") == ("Alberta", {"Alberta", "Province of Alberta"})


def test_a_city_named_like_a_word_is_a_place_before_based() -> None:
    # "boston" is a word (a card game): the bare name needs context, and "-based" is one.
    k = kinds("Pellary Instruments, the Boston-based maker of sensors, hired staff.")
    assert k.get("Boston") == "Place"


def test_a_large_city_a_dictionary_lists_only_as_a_proper_name_is_a_place() -> None:
    # GCIDE lists "Lisbon" and "Glasgow" as headwords; Webster's writes neither in lower case.
    k = kinds("Trevalle Foods will open offices in Bristol next year. Analysts visited Lisbon and Glasgow.")
    assert k.get("Lisbon") == "Place" and k.get("Glasgow") == "Place"


def test_given_names_with_letters_outside_ascii_are_given_names() -> None:
    k = kinds("Kelmora Shipping said Torbjørn Vassholm will retire. Jörg Tarnell joined the board.")
    assert k.get("Torbjørn Vassholm") == "Person" and k.get("Jörg Tarnell") == "Person"


def test_a_companys_short_name_is_not_its_founders_surname() -> None:
    k = kinds("Vasskor Marine ASA named a new chief executive. The company was founded by Henrik Vasskor in 1911. "
              "Shares in Vasskor rose on Monday.")
    assert k.get("Henrik Vasskor") == "Person"
    assert k.get("Vasskor") == "Organization"


def test_a_currency_code_beside_a_number_is_money_not_a_company() -> None:
    k = kinds("Kelmora Shipping paid NOK 3.1 billion for Tarvik Bulk. It raised 40 million SEK. DKK rose.")
    assert "NOK" not in k and "SEK" not in k
    assert k.get("DKK") == "Organization"  # a code alone may be a company's acronym ("AMD")


def test_a_persons_surname_that_is_also_a_towns_name_stays_the_person() -> None:
    # Kameyama is a Japanese city in GeoNames; nothing here says the place is meant.
    k = kinds("Kelmora Denki named Ryota Kameyama president on Monday. Shares rose after Kameyama spoke.")
    assert k.get("Kameyama") == "Person"
    assert kinds("Kelmora Denki opened a plant in Kameyama.").get("Kameyama") == "Place"


def test_and_joins_two_fields_inside_a_public_bodys_name_only() -> None:
    k = kinds("The Vessland Food and Drug Administration approved the drug. The Securities and Exchange "
              "Commission sued. Kelmora and Tarvik Group merged; Brook and Pioneer Motors fell.")
    assert k.get("Vessland Food and Drug Administration") == "Organization"
    assert k.get("Securities and Exchange Commission") == "Organization"
    assert "Tarvik Group" in k and "Kelmora and Tarvik Group" not in k
    assert "Pioneer Motors" in k and "Brook and Pioneer Motors" not in k


def test_given_names_from_outside_europe_are_given_names() -> None:
    k = kinds("Kelmora Telecom said Chinedu Arkwell will run the unit. Wanjiru Tessaly joined the board.")
    assert k.get("Chinedu Arkwell") == "Person" and k.get("Wanjiru Tessaly") == "Person"


def test_the_firm_analysts_work_at_is_an_organization() -> None:
    k = kinds("Analysts at Fenwick Tarrow said the price was fair. Kelmora Corp. declined to comment.")
    assert k.get("Fenwick Tarrow") == "Organization"


def test_upon_joins_a_place_name() -> None:
    k = kinds("Kelmora Corp. is based in Kingston upon Hull. It sold a plant in Newcastle upon Tyne.")
    assert k.get("Kingston upon Hull") == "Place" and k.get("Newcastle upon Tyne") == "Place"
    assert "Hull" not in k and "Tyne" not in k


def test_shows_and_dynasties_are_no_entities_of_ours() -> None:
    k = kinds("Kelmora Motors showed the car at the Vessland Motor Show. The vase dates from the Tarrow Dynasty.")
    assert "Vessland Motor Show" not in k and "Tarrow Dynasty" not in k

def test_what_a_company_launches_is_a_product() -> None:
    k = kinds("Vorrin Labs on Tuesday unveiled Zellip, its answer to rival headsets. "
              "Tarkan Group will launch Quill Cloud next year. Harrowby said it would release Duskmere Tales.")
    assert k.get("Zellip") == "Product"
    assert k.get("Quill Cloud") == "Product"
    assert k.get("Duskmere Tales") == "Product"


def test_a_launched_body_or_a_noun_after_the_name_is_no_product() -> None:
    k = kinds("Vorrin Labs launched Tessaly, a venture fund for start-ups. "
              "Tarkan Group unveiled the Brightmoor plan in May. Harrowby launched Ostrel's first phone. "
              "Their 2011 release Pellmark sold well.")
    assert k.get("Tessaly") == "Organization"
    assert k.get("Brightmoor") != "Product"
    assert k.get("Ostrel") != "Product"
    assert k.get("Pellmark") != "Product"


def test_an_apposition_or_premodifier_naming_a_category_makes_a_product() -> None:
    k = kinds("Vorrin Labs sells Zellatine, a migraine drug, and the skin cream Dermovel. "
              "Tarkan Motors builds the Ostro compact hatchback. "
              "Its mobile banking app, Harrow Swift, has four million users.")
    assert k.get("Zellatine") == "Product"
    assert k.get("Dermovel") == "Product"
    assert k.get("Ostro") == "Product"
    assert k.get("Harrow Swift") == "Product"


def test_an_apposition_that_is_a_clause_or_a_maker_is_no_product_cue() -> None:
    k = kinds("According to Quintor, the redesign brings faster CPU and GPU speeds. "
              "Vessaline, a maker of drugs and creams, grew. Quintor said that profit rose.")
    assert k.get("Quintor") == "Organization"
    assert k.get("Vessaline") != "Product"


def test_a_model_number_is_part_of_a_product_name() -> None:
    k = kinds("Vorrin Labs on Tuesday unveiled the Zellip 5, a smartwatch. The Zellip 5 goes on sale in May. "
              "Tarkan Group is known for the Ostro series of smartphones, which started with the Ostro 1 in 2012; "
              "the Ostro X3 was released in 2022.")
    assert k.get("Zellip 5") == "Product" and "Zellip" not in k
    assert k.get("Ostro") == "Product" and k.get("Ostro 1") == "Product" and k.get("Ostro X3") == "Product"


def test_a_number_after_a_name_that_is_no_product_stays_out_of_the_name() -> None:
    k = kinds("Quintor Vessaline filed for Chapter 11 protection. Shares of Tarkan Group 5 percent higher. "
              "Harrowby Lanes beat Quintor Rovers 2 to 1.")
    assert "Chapter 11" not in k
    assert "Tarkan Group 5" not in k and k.get("Tarkan Group") == "Organization"
    assert "Quintor Rovers 2" not in k

def test_a_surname_that_is_also_a_word_opens_a_sentence_about_its_bearer() -> None:
    # GCIDE lists "marsh": alone at a sentence's start it would be a word, but the article names Tessa Marsh.
    k = kinds("Kelmora Foods hired Tessa Marsh in 2019. Marsh, 52, said sales rose.")
    assert k.get("Marsh") == "Person"
    # with no such person, a capitalised word opening a sentence is still a word
    assert "Marsh" not in kinds("Kelmora Foods drained the land. Marsh covers half the site.")


def test_a_short_form_of_a_person_typed_by_a_list_is_the_person() -> None:
    k = kinds("Ombrel Ltd. was founded in 2014 by Thandeka Qwabe and Peter Sizani. "
              "Qwabe said the company would grow.")
    assert k.get("Thandeka Qwabe") == "Person" and k.get("Qwabe") == "Person"


def test_names_in_role_positions_are_people_whatever_their_given_names() -> None:
    k = kinds("Tarvo Bank Plc said Obiageli Nwankwo-Eze would become its chief executive. "
              "Its chairman is Tunde Olatunji-Adeyinka. \u201cWe are ready,\u201d said Ifeoma Chukwudi, chief operating "
              "officer of Tarvo Bank. Nnamdi Ezeoke has been managing director since 2019. "
              "Kwabena Owusu-Ansah is the bank's finance director. Adaora Nwosu, Tarvo Bank's chairwoman, spoke. "
              "Thabo Nkwinti, Tarvo's finance chief, added.")
    for name in ("Obiageli Nwankwo-Eze", "Tunde Olatunji-Adeyinka", "Ifeoma Chukwudi", "Nnamdi Ezeoke",
                 "Kwabena Owusu-Ansah", "Adaora Nwosu", "Thabo Nkwinti"):
        assert k.get(name) == "Person", name
    # an organization after "is" is not made a person by a title before the copula
    assert kinds("The largest shareholder of Tarvo Bank is Quill Capital.").get("Quill Capital") == "Organization"


def test_romanised_given_names_keep_their_hyphenated_syllables() -> None:
    k = kinds("Seo Min-gyu, chief executive of Daeho Motors, met Yun Tae-hyun and Baek Hyun-woo in Seoul.")
    assert k.get("Seo Min-gyu") == "Person" and k.get("Yun Tae-hyun") == "Person"
    assert "Seo Min" not in k
    # English compounds are not joined into names
    k = kinds("The Tarvo-run plant makes Sci-fi props for Quillby Studios.")
    assert "Tarvo-run" not in k


def test_an_organizations_head_word_cut_off_by_a_title_word_is_no_person() -> None:
    # "Executive" breaks the name; "Committee" alone after it is not a person named by a title.
    k = kinds("Kelmora Ltd. was set up in 1988 by the Vessel Industry Executive Committee.")
    assert k.get("Committee") != "Person"


def test_a_lower_case_legal_form_ends_the_name() -> None:
    k = kinds("Kelmora is owned by the London-based Quenby Media plc, which also owns Tarvo Radio.")
    assert k.get("Quenby Media plc") == "Organization"


def test_a_surname_before_a_title_in_a_headline_is_the_person() -> None:
    # "Acme names Bloggs CEO": the title follows the person the body names in full, not a company
    ex = extract(read_text("Brantwell names Harlow CEO\n\nBrantwell Corp. named John Harlow as its new CEO. "
                           "Harlow, a business leader from Leeds, starts in May.\n", source="t.txt"))
    k = {alias: e.kind for e in ex.entities.values() for alias in {e.label, *e.aliases}}
    assert k.get("Harlow") == "Person" and k.get("Brantwell") == "Organization"
    # ... but a company's short name before a title stays the company, though its founder shares it
    k = kinds("Brantwell Motor Company was founded by Henry Brantwell. Brantwell CEO John Harlow spoke.")
    assert k.get("Brantwell") == "Organization"


def test_an_airline_named_air_and_its_programme_after_a_possessive() -> None:
    k = kinds("Kavya Air flies to twelve cities. Kavya Air's booking app, Kavya Points, was launched in 2015. "
              "The match is shown on the group's new sports network, Vossland Sport One.")
    assert k.get("Kavya Air") == "Organization"
    assert k.get("Kavya Points") == "Product"
    assert k.get("Vossland Sport One") != "Product"


def test_performing_companies_and_schools_are_organizations_whatever_their_first_word() -> None:
    """An opera, ballet, choir, polytechnic or clinic is an organization, also after a given name ("Royal")."""
    k = kinds("Jo Bloggs sang with the Royal Norvik Opera and the Grace Hallam Choir, "
              "danced with the Tarbrook Ballet, and taught at Ellery Polytechnic.")
    assert k.get("Royal Norvik Opera") == "Organization"
    assert k.get("Grace Hallam Choir") == "Organization"
    assert k.get("Tarbrook Ballet") == "Organization"
    assert k.get("Ellery Polytechnic") == "Organization"


def test_a_former_country_is_a_place_though_its_name_ends_in_an_org_head() -> None:
    k = kinds("Tamsel Orvik studied in the Soviet Union and later moved to West Germany, "
              "where he joined Velmar Werke GmbH.")
    assert k.get("Soviet Union") == "Place"
    assert k.get("West Germany") == "Place"
    assert k.get("Velmar Werke GmbH") == "Organization"


def test_what_a_game_is_released_for_is_a_platform_product() -> None:
    k = kinds("Darkspire is a video game developed by Orvik Soft. It was released in 2005 for the Tarnix, "
              "Kalmo Station 2 and Zentra Portable. A version was published by Velmar Interactive for iZorb "
              "in 2011. Orvik Soft published a report for the Tarnel Institute.")
    assert k.get("Tarnix") == "Product"
    assert k.get("Kalmo Station 2") == "Product"
    assert k.get("Zentra Portable") == "Product"
    assert k.get("iZorb") == "Product"
    assert k.get("Tarnel Institute") == "Organization"
    assert k.get("Velmar Interactive") == "Organization"


def test_a_model_number_before_a_possessive_stays_in_the_name() -> None:
    k = kinds("The game was released for the Kalmo Station 2 in 2004. It sold well on the Kalmo Station 2's "
              "budget line.")
    assert k.get("Kalmo Station 2") == "Product"
    assert "Kalmo Station" not in k


def test_romance_head_words_before_a_name_make_an_organization() -> None:
    k = kinds("Banco Solar and Grupo Lumen bid for the lender. Empresa Velmora de Aviação builds jets.")
    assert k.get("Banco Solar") == "Organization"
    assert k.get("Grupo Lumen") == "Organization"
    assert k.get("Empresa Velmora de Aviação") == "Organization"


def test_members_of_a_kind_of_business_and_partners_are_organizations() -> None:
    k = kinds("Velmar Tavira lost depositors to online banks such as Lumen Serrano and Pipp Bank. "
              "It formed a partnership with Quill Cloud to offer services.")
    assert k.get("Lumen Serrano") == "Organization"
    assert k.get("Quill Cloud") == "Organization"


def test_far_east_is_a_region() -> None:
    k = kinds("Ombrel Air will add routes to the Far East next year.")
    assert k.get("Far East") == "Place"


def test_a_full_name_before_of_is_a_person_and_where_they_work() -> None:
    k = kinds("Jo Bloggs of Kelmora Corp. said so. Analyst Tom Marsh of Quenby Securities agreed. "
              "The Royal House of Vessaline and the London Borough of Tarbrook were not asked.")
    assert k.get("Jo Bloggs") == "Person" and k.get("Kelmora Corp.", k.get("Kelmora")) == "Organization"
    assert k.get("Tom Marsh") == "Person" and k.get("Quenby Securities") == "Organization"
    assert "Royal House" not in k and "London Borough" not in k


def test_a_possessive_title_and_a_comma_before_an_unknown_name_make_a_person() -> None:
    k = kinds("Kelmora Ltd. cut jobs. Kelmora's chairman, Adewale Bodunrin, said costs rose.")
    assert k.get("Adewale Bodunrin") == "Person"


def test_a_lead_copula_naming_a_kind_of_body_makes_an_organization() -> None:
    # "Verity" and "Joy" are given names, "film" a product category: the head noun decides.
    k = kinds("Verity Pellow was a British independent radio and film production company. "
              "Marlo Tessaro was an Italian manufacturer of scooters and lawnmowers.")
    assert k.get("Verity Pellow") == "Organization"
    assert k.get("Marlo Tessaro") == "Organization"
    # ... not a compound naming a person, nor a member of the body
    k = kinds("Joan Parrish was a company director in Leeds. Harriet Quill was a member of the band.")
    assert k.get("Joan Parrish") == "Person"
    assert k.get("Harriet Quill") == "Person"


def test_a_name_founded_by_someone_is_an_organization() -> None:
    k = kinds("Joy Harrowgate was formed in 1983 by guitarist Bernard Tolliver and bassist Peter Vane.")
    assert k.get("Joy Harrowgate") == "Organization"


def test_a_place_closing_an_appositive_stays_a_place_before_a_lead_copula() -> None:
    k = kinds("Pellin Games Ltd., based in Oldham, was founded in 2009 by Jo Harker. "
              "Tarvik Ltd., a firm in Leeds, is a British record label.")
    assert k.get("Oldham") == "Place"
    assert k.get("Leeds") == "Place"


def test_a_title_word_opening_an_organizations_name_makes_no_person() -> None:
    k = kinds("Tarrow Ltd. is a subsidiary of General Airways of Vessel and sells its cars.")
    assert k.get("General Airways of Vessel") == "Organization"


def test_the_last_word_of_a_name_after_the_stands_for_that_name() -> None:
    ex: Extraction = extract(read_text(
        "The Wexley Courier\n\nThe Wexley Courier is a daily newspaper. The Tarn Evening Courier was its "
        "first name. Since 2014 the Courier has been owned by Halbury Press Group.\n", source="t.txt"))
    names = {e.label: {e.label, *e.aliases} for e in ex.entities.values()}
    assert "Courier" in names["Wexley Courier"]
    # ... not where the title names neither of the names it may end
    ex = extract(read_text(
        "Press news\n\nThe Wexley Herald and the Tarn Herald are daily newspapers. Since 2011 the Herald has "
        "been owned by Halbury Press Group.\n", source="t.txt"))
    assert not any("Herald" in e.aliases for e in ex.entities.values() if e.label != "Herald")


def test_a_newspaper_or_firm_named_like_a_person_is_an_organization() -> None:
    k = kinds("The daily newspaper Lindsay Evening-Courier reported the memo. The law firm Baker Tarvik advised "
              "the buyer. His partner Jo Bloggs left.")
    assert k.get("Lindsay Evening-Courier") == "Organization"
    assert k.get("Baker Tarvik") == "Organization"
    assert k.get("Jo Bloggs") == "Person"


def test_portuguese_connectors_join_a_name() -> None:
    k = kinds("Tarsel Vondry met Maria dos Santos Pereira, who lives in Vila Nova das Flores.")
    assert k.get("Maria dos Santos Pereira") == "Person"
    assert "Santos Pereira" not in k


def test_a_head_word_before_of_makes_a_body() -> None:
    k = kinds("In May, the Dockworkers Union of Vila Nova rejected the offer.")
    assert k.get("Dockworkers Union of Vila Nova") == "Organization"


def test_a_saints_title_opens_no_persons_name() -> None:
    k = kinds("The mission moved to Santa Orvella de Tarnquist in 1931.")
    assert k.get("Santa Orvella de Tarnquist") != "Person"


def test_a_sector_is_no_organization_and_city_of_a_word_is_a_place() -> None:
    k = kinds("Steel Industry: Tarvik buys Ostmark Steel. The plant is in the City of Industry, California.")
    assert "Steel Industry" not in k
    assert k.get("Ostmark Steel") == "Organization"
    assert k.get("City of Industry") == "Place"


def test_portuguese_do_joins_a_name_but_not_the_english_verb() -> None:
    k = kinds("Os Tambores do Velmar signed with Banco do Ostmark. Why Investors do Nothing: a guide.")
    assert k.get("Os Tambores do Velmar") == "Organization"
    assert k.get("Banco do Ostmark") == "Organization"
    assert "Investors do Nothing" not in k


def test_a_sentence_opening_word_before_a_known_name_is_dropped() -> None:
    k = kinds("Ombrel Avia cut jobs, and workers at Ombrel Avia protested. Actual Ombrel Avia employee cuts "
              "would be about 5,000. Mount Tarnwick rises above the valley; climbers reached Tarnwick in 1990.")
    assert "Actual Ombrel Avia" not in k
    assert k.get("Ombrel Avia") == "Organization"
    assert k.get("Mount Tarnwick") == "Place"


def test_a_place_naming_a_persons_origin_after_a_comma_holds_no_place() -> None:
    facts = contained("While studying in Los Angeles, New Jersey native Tarsel Vondry joined the band. "
                      "The plant is in Detroit, Michigan.")
    assert ("Los Angeles", "New Jersey") not in facts
    assert ("Detroit", "Michigan") in facts


def test_a_list_ending_in_parts_of_a_place_holds_no_containment() -> None:
    facts = contained("The band has toured in Latin America, the United States, Europe and parts of Asia.")
    assert ("Latin America", "United States") not in facts and ("United States", "Europe") not in facts


def test_a_model_number_ending_a_sentence_stays_in_a_products_name() -> None:
    k = kinds("It was published by Velmar Interactive for Velmar OS and Kalmo Station 4.")
    assert k.get("Kalmo Station 4") == "Product"
    assert "Kalmo Station" not in k


def test_a_source_named_with_an_org_head_that_says_something_is_no_person() -> None:
    k = kinds("According to Ostmark Times Online, the bid failed. Ostmark Times Online says the bid was too low.")
    assert k.get("Ostmark Times Online") == "Organization"


def test_a_family_named_like_a_place_is_no_place() -> None:
    k = kinds("The stake was owned by the Santo Domingo family. The Santo Domingo family will get cash. "
              "Ombrel Media opened an office in Santo Domingo.")
    assert k.get("Santo Domingo") == "Place"  # the city, named once
    ex = extract(read_text("Title\n\nThe stake was owned by the Santo Domingo family. The Santo Domingo family "
                           "will get cash.\n", source="t.txt"))
    assert not any(e.kind == "Place" for e in ex.entities.values())


def test_a_maker_of_a_product_named_like_a_person_is_an_organization() -> None:
    k = kinds("Subsidiaries include the component maker Mizuho Tarvik, based in Hamamatsu. "
              "The turbine manufacturer Henrik Ostmark grew. The film maker Jo Bloggs left.")
    assert k.get("Mizuho Tarvik") == "Organization"
    assert k.get("Henrik Ostmark") == "Organization"
    assert k.get("Jo Bloggs") == "Person"


def test_the_producer_before_a_name_is_a_persons_trade_an_oil_producer_a_company() -> None:
    k = kinds("The label was founded by the singer Lucia Tarvo and the producer Tadeu Ostmark. "
              "The oil producer Velmar Petro grew.")
    assert k.get("Tadeu Ostmark") == "Person"
    assert k.get("Velmar Petro") == "Organization"


def test_a_lone_common_word_after_a_partnership_stays_untyped() -> None:
    """"in partnership with City, University of Oldtown": one common word is no partner's name."""
    from kg.extract import extract
    from kg.read import read_text

    ex = extract(read_text("Hospital news\n\nThe hospital trains nurses in partnership with City, University of "
                           "Oldtown and Kelby College.\n", source="invented.txt"))
    assert not any(e.label == "City" for e in ex.entities.values())


def test_bros_ends_a_companys_name() -> None:
    k = kinds("The film was released by Henry Ostmark Bros. in 1999.")
    assert k.get("Henry Ostmark Bros") == "Organization" or k.get("Henry Ostmark Bros.") == "Organization"


def test_a_newspaper_named_with_a_weekday_and_a_newspaper_word_is_an_organization() -> None:
    k = kinds("Its sister title The Sunday Examiner is printed in Gateshead. The Monday meeting failed.")
    assert k.get("Sunday Examiner") == "Organization"
    assert "Monday" not in k


def test_a_leads_subject_with_a_singular_verb_is_one_name_across_and() -> None:
    k = kinds("Tarvo Electric and Engineering Corporation is a company based in Taipei.")
    assert k.get("Tarvo Electric and Engineering Corporation") == "Organization"
    # ... a plural verb may join two
    k = kinds("Tarvo Electric and Engineering Corporation are rivals.")
    assert "Tarvo Electric and Engineering Corporation" not in k


def test_a_subtitled_name_of_the_titles_work_is_one_product() -> None:
    ex: Extraction = extract(read_text(
        "Tarn Racer\n\nTarn Racer is a 2014 racing video game published by Ombrel Games. A sequel, Tarn Racer II: "
        "Undertow, was released in 2018, and a mobile spin-off, Tarn Racer: Harbor, followed.\n", source="t.txt"))
    kinds_ = {e.label: e.kind for e in ex.entities.values()}
    assert kinds_.get("Tarn Racer II: Undertow") == "Product"
    assert kinds_.get("Tarn Racer: Harbor") == "Product"  # not a place for its last word
    assert kinds_.get("Tarn Racer") == "Product"  # the title's own work stays apart


def test_the_name_before_the_titles_subtitle_is_the_same_work() -> None:
    ex: Extraction = extract(read_text(
        "Zorbix: Trick Racing\n\nZorbix: Trick Racing is a racing video game published by Ombrel Games. "
        "Zorbix was released in 2009.\n", source="t.txt"))
    names = [{e.label, *e.aliases} for e in ex.entities.values() if "Zorbix" in {e.label, *e.aliases}]
    assert len(names) == 1 and "Zorbix: Trick Racing" in names[0]
    # ... not where the short name is a series' the titled work belongs to
    ex = extract(read_text(
        "Zorbix: Assault\n\nZorbix: Assault is a strategy video game in the Zorbix series published by Ombrel "
        "Games. Zorbix was a hit.\n", source="t.txt"))
    assert not any({"Zorbix", "Zorbix: Assault"} <= {e.label, *e.aliases} for e in ex.entities.values())


def test_a_four_digit_model_number_stays_in_the_name_but_not_a_year() -> None:
    k = kinds("The Tarvo 3000 is a compact car manufactured by Harlow Motors since 2015.")
    assert k.get("Tarvo 3000") == "Product"
    k = kinds("Harlow Motors released the Tarvo 2019 edition of its sedan.")
    assert "Tarvo 2019" not in k


def test_an_earlier_name_and_an_appositive_before_the_copula_make_organizations() -> None:
    k = kinds("Fenwick is a British retailer. The company was founded as Fenwick & Sons in 1882.")
    assert k.get("Fenwick & Sons") == "Organization"
    k = kinds("Pellum, formerly known as Tarvik Systems, is a software company.")
    assert k.get("Pellum") == "Organization"


def test_what_a_company_manufactures_is_a_product() -> None:
    k = kinds("Brannock Group manufactures the Arvo X1 smartphone.")
    assert k.get("Arvo X1") == "Product"


def test_a_given_name_says_person_once_however_often_the_name_is_written() -> None:
    k = kinds("The discography of the rock band Joy Harrowgate lists two albums. Former members of Joy Harrowgate "
              "formed another band. Joy Harrowgate was formed in 1976 by guitarist Bernard Tolliver.")
    assert k.get("Joy Harrowgate") == "Organization"


def test_a_bare_the_producer_before_a_name_is_a_persons_title() -> None:
    k = kinds("Kelby Music was founded by the singer Ana Pires and the producer Ravendo Quelm.")
    assert k.get("Ravendo Quelm") == "Person"
    # ... a modified one is a company's descriptor
    k = kinds("Kelby Music sold the studio to the oil producer Tarvik Energy.")
    assert k.get("Tarvik Energy") == "Organization"


def test_a_numbered_sibling_of_a_product_model_is_a_product() -> None:
    k = kinds("The Zorb 5 is a smartphone designed by Quill Systems. It replaced the Zorb 4 in stores.")
    assert k.get("Zorb 4") == "Product"


def test_a_bracketed_country_before_a_legal_form_stays_in_the_name() -> None:
    k = kinds("Harnvik Bank owns Harnvik Bank (UK) Limited in London and Tarvo (Pty) Ltd in Cape Town.")
    assert k.get("Harnvik Bank (UK) Limited") == "Organization"
    assert k.get("Tarvo (Pty) Ltd") == "Organization"
    # ... not an acronym before a lower-case word
    k = kinds("Harnvik Wrestling Federation (HWF) as a brand ended in 2001.")
    assert not any(name.endswith(" as") for name in k)


def test_a_compound_descriptor_outweighs_a_given_name() -> None:
    k = kinds("Subsidiaries include the component maker Maria Precision, based in Leeds.")
    assert k.get("Maria Precision") == "Organization"
    # ... not a person's trade
    k = kinds("The film maker Joanna Verrick was born in Leeds.")
    assert k.get("Joanna Verrick") == "Person"


def test_an_article_before_a_descriptor_is_no_compound() -> None:
    k = kinds("Kelby Computers Inc. cut jobs at the company Jo Harker founded.")
    assert k.get("Jo Harker") == "Person"


def test_a_lead_copula_naming_a_kind_of_maker_makes_an_organization() -> None:
    k = kinds("Harnvik is a Swedish truck maker. Vantor is an American electric vehicle manufacturer headquartered "
              "in Austin, Texas.")
    assert k.get("Harnvik") == "Organization"
    assert k.get("Vantor") == "Organization"
    # ... not a people's trade
    k = kinds("Jonas Harnvik is a Swedish cabinet maker.")
    assert k.get("Jonas Harnvik") == "Person"


def test_a_made_by_apposition_makes_a_product() -> None:
    # "X, made by Y," names a thing made; a company is founded or owned, not made.
    k = kinds("The Zephyr X2, made by Acme Motors, costs $500. "
              "Quenta Robotics, founded by Jo Bloggs, sells drones. "
              "Tarrow Holdings, owned by Vessel Capital, bought a stake.")
    assert k.get("Zephyr X2") == "Product"
    assert k.get("Quenta Robotics") == "Organization"
    assert k.get("Tarrow Holdings") == "Organization"


def test_the_noun_of_a_launch_verb_makes_a_product() -> None:
    # "the introduction of the X" reads as "introduced the X"; not a plan or a fund launched.
    k = kinds("Since the introduction of the Pexa Note in 2011, Halvex Electronics has led the market. "
              "Halvex Electronics later grew with the announcement of the Pexa Tab S in June 2014. "
              "Delcor Aviation resumed deliveries of the Skyren to airlines. "
              "Quenta Robotics unveiled the second generation of its Drennic drones. "
              "Analysts welcomed the launch of the Brightmoor plan.")
    assert k.get("Skyren") == "Product"
    assert k.get("Drennic") == "Product"
    assert k.get("Pexa Note") == "Product"
    assert k.get("Pexa Tab S") == "Product"
    assert k.get("Brightmoor") != "Product"


def test_what_a_maker_makes_or_begins_selling_is_a_product() -> None:
    k = kinds("Marlow Devices is the maker of the Pellis 5. "
              "Brinmoor Electronics will begin selling the Korrin X in Europe next month. "
              "Orvane Systems, the maker of Tarvik Group's routers, grew.")
    assert k.get("Pellis 5") == "Product"
    assert k.get("Korrin X") == "Product"
    assert k.get("Tarvik Group") != "Product"


def test_a_brand_of_a_plural_noun_is_a_product() -> None:
    # "owns the X brand of yoghurts": a product line, not a unit the owner is parent of.
    text = "Orvane Foods owns the Pellia brand of yoghurts."
    assert kinds(text).get("Pellia") == "Product"
    ex = extract(read_text(f"Title\n\n{text}\n", source="t.txt"))
    assert not any(f.predicate == "parentOrganization" for f in ex.facts)


def test_a_title_inside_a_run_splits_a_body_from_a_titled_person() -> None:
    k = kinds("VMPD Detective Harlan Vosk arrested the suspect. Ostmark Police Inspector Brenna Talk said. "
              "The Velmark Navy Rear Admiral Tarm Welk agreed.")
    assert k.get("Harlan Vosk") == "Person" and k.get("VMPD") == "Organization"
    assert k.get("Brenna Talk") == "Person" and k.get("Ostmark Police") == "Organization"
    assert k.get("Tarm Welk") == "Person" and k.get("Velmark Navy") == "Organization"
    assert kinds("Tarnvik General Insurance said profits rose.").get("Tarnvik General Insurance") == "Organization"


def test_a_maker_prefixed_name_stays_a_product_when_a_word_of_it_only_leans_organization() -> None:
    # "V6" gets a weak acronym vote, but the article makes it a product: no organization inside the name
    k = kinds("Shares of Quellon rose on Monday. The new model shares its platform with the Quellon Brask V6. "
              "It is powered by a V6 engine.")
    assert k.get("Quellon Brask V6") == "Product"


def test_a_body_name_goes_on_with_for_and_its_fields() -> None:
    k = kinds("The Vessel Institute for Fiscal Studies said. The Ostmark Society for the Protection of Birds said. "
              "He joined the Ministry of Fisheries and Forestry in 2001. "
              "The Tarnby Center for Strategic and International Studies said.")
    assert k.get("Vessel Institute for Fiscal Studies") == "Organization"
    assert k.get("Ostmark Society for the Protection of Birds") == "Organization"
    assert k.get("Ministry of Fisheries and Forestry") == "Organization"
    assert k.get("Tarnby Center for Strategic and International Studies") == "Organization"
    assert "Fiscal Studies" not in k and "Ministry of Education" not in k


def test_for_after_a_body_does_not_join_a_person_or_a_lower_case_phrase() -> None:
    k = kinds("Ostmark Bank for the first time posted a loss. He worked at Tarnby Council for Jo Bloggs.")
    assert k.get("Ostmark Bank") == "Organization"
    assert k.get("Jo Bloggs") == "Person"


def test_a_bare_direction_word_is_no_province() -> None:
    k = kinds("Tarvik Holdings sells to Western buyers and to Eastern suppliers in Quorvane.")
    assert "Western" not in k and "Eastern" not in k


def test_what_a_show_airs_on_is_a_broadcaster() -> None:
    k = kinds("The episode first aired on Lantern in the United States on May 3. The series was streamed on Zorbflix.")
    assert k.get("Lantern") == "Organization" and k.get("Zorbflix") == "Organization"


def test_productions_studio_and_hotel_head_bodies_and_a_competition_is_no_one() -> None:
    k = kinds("The film was made by Marcus Vell Productions and Harriet Studio. She stayed at the Edwin Hotel. "
              "He won the Walter Brisk Competition in 1990.")
    assert k.get("Marcus Vell Productions") == "Organization"
    assert k.get("Harriet Studio") == "Organization"
    assert k.get("Edwin Hotel") == "Organization"
    assert "Walter Brisk Competition" not in k


def test_a_name_in_the_plural_is_its_products_or_a_family_not_a_company() -> None:
    k = kinds("Shares of Quellon rose. The smallest Quellons were sold in Ostmark. "
              "Jo Tessier founded the bank. The Tessiers are rich.")
    assert k.get("Quellons") == "Product"
    assert "Tessiers" not in k


def test_an_abbreviation_that_lost_its_last_period_is_still_the_place() -> None:
    assert kinds("Quellon sells phones in the U.S and in Canada.").get("U.S") == "Place"


def test_a_verb_before_a_plural_category_makes_no_product_of_the_subject() -> None:
    k = kinds("Quellon sells phones in Canada. Analysts said Tarvik built cars in Ostmark. "
              "The shop stocks Brisk music players.")
    assert k.get("Quellon") == "Organization" and k.get("Tarvik") == "Organization"
    assert k.get("Brisk") == "Product"


def test_a_ticker_symbol_is_no_entity() -> None:
    k = kinds("Halvex (NYSE: HLV) rose 3 percent. Quellon Corp (Nasdaq:QLN) fell.")
    assert "HLV" not in k and "QLN" not in k
    assert k.get("Halvex") == "Organization"


def test_a_source_named_with_an_acronym_or_inner_capital_is_no_person() -> None:
    k = kinds("In Ostmark, BHP Tarnton said it would invest. In May, AB InVelt said sales fell.")
    assert k.get("BHP Tarnton") == "Organization"
    assert k.get("AB InVelt") == "Organization"


def test_chancellor_premier_and_ambassador_are_titles_of_people() -> None:
    k = kinds("German Chancellor Ada Brisk met Quebec Premier Luc Tarn. US Ambassador Mark Vell agreed.")
    assert k.get("Ada Brisk") == "Person" and k.get("Luc Tarn") == "Person" and k.get("Mark Vell") == "Person"


def test_a_descriptor_opening_a_sentence_is_no_part_of_the_name() -> None:
    k = kinds("Chipmaker Tarvion said profits rose. Automaker Quellon Motors recalled cars.")
    assert k.get("Tarvion") == "Organization" and k.get("Quellon Motors") == "Organization"
    assert "Chipmaker Tarvion" not in k


def test_a_speaker_named_with_dictionary_words_only_is_no_person() -> None:
    assert kinds("In May, Signal Freight said trains ran late.").get("Signal Freight") != "Person"


def test_appositions_of_a_body_and_of_a_launched_thing() -> None:
    k = kinds("Velmora, the world's largest brewer, said it would buy Ostrel Breweries. "
              "Quellon, based in Austin, makes software. The Zorb 5, which Halvex unveiled in May, costs more.")
    assert k.get("Velmora") == "Organization" and k.get("Quellon") == "Organization"
    assert k.get("Zorb 5") == "Product"


def test_a_product_named_without_its_maker_and_a_makers_product_in_apposition() -> None:
    k = kinds("Shares of Halvex rose. The Halvex Zorb is a smartphone. "
              "The Zorb runs on Velos, Halvex's operating system.")
    assert k.get("Zorb") == "Product"
    assert k.get("Velos") == "Product"


def test_a_product_named_without_the_first_word_of_its_makers_name() -> None:
    k = kinds("The Halvex Zorb is a compact SUV made by Halvex Automobilwerke. The Zorb sold well in Spain.")
    assert k.get("Zorb") == "Product"


def test_a_company_name_written_with_a_legal_suffix_elsewhere_is_no_product_of_its_first_word() -> None:
    ex = extract(read_text("Ombrel Trucks\n\nOmbrel Trucks AB is a Swedish maker of trucks. Its current range "
                           "consists of the Ombrel Zeta tractor and the Ombrel FM truck.\n", source="t.txt"))
    assert ("Product", "Ombrel Trucks") not in {(e.kind, e.label) for e in ex.entities.values()}


def test_an_appositive_noun_past_a_relative_pronoun_says_nothing_of_the_name() -> None:
    k = kinds("Ombrel Motors makes cars. Buyers liked the Zelvano, a mid-size crossover that the company built in Spain.")
    assert k.get("Zelvano") == "Product"


def test_a_models_edition_words_after_its_number_are_part_of_its_name() -> None:
    k = kinds("Kelmora Tech unveiled the Zorb 9 Pro on Monday. The Zorb 9 Pro Max costs more.")
    assert k.get("Zorb 9 Pro") == "Product" and k.get("Zorb 9 Pro Max") == "Product"
    assert "Pro" not in k and "Pro Max" not in k


def test_product_shapes_and_maker_constructions() -> None:
    k = kinds("Shares in Halvex rose on Monday. Halvex said its Zorb X5 would ship in May. "
              "The Arvo from Halvex went on sale in June. The Pellin is made by Halvex. "
              "The Halvex-made Tessel has a large screen.")
    assert k.get("Halvex") == "Organization"
    assert k.get("Zorb X5") == "Product"
    assert k.get("Arvo") == "Product" and k.get("Pellin") == "Product" and k.get("Tessel") == "Product"


def test_a_holiday_is_no_entity() -> None:
    k = kinds("Shares in Halvex rose on Monday. Halvex expects Diwali demand to grow. "
              "It aired a Christmas television special.")
    assert "Diwali" not in k and "Christmas" not in k


def test_a_rulers_title_is_no_part_of_the_persons_name() -> None:
    ex = extract(read_text("Title\n\nThe treaty was signed by King Norvald III and General Tavis D. Brenn in 1901.\n",
                           source="t.txt"))
    names = {alias for e in ex.entities.values() if e.kind == "Person" for alias in {e.label, *e.aliases}}
    assert "Norvald" in names or "Norvald III" in names
    assert "Tavis D. Brenn" in names


def test_what_a_maker_stops_making_or_makes_a_version_of_is_a_product() -> None:
    k = kinds("Shares in Halvex rose on Monday. Halvex will stop making the Zorb by 2026. "
              "It plans to launch a cheaper version of the Arvo next year.")
    assert k.get("Zorb") == "Product" and k.get("Arvo") == "Product"


def test_a_series_named_like_a_place_is_none() -> None:
    k = kinds("He is the hero of the Gloam Island series of adventure games by Quintor Games.")
    assert k.get("Gloam Island") == "Product"


def test_a_datelines_capitalised_place_is_that_place() -> None:
    ex: Extraction = extract(read_text("Title\n\nNAIROBI, Kenya — Tarvo Bank said it would open 40 branches "
                                       "in Nairobi.\n\nMILAN — Corvetti Group said profit rose. It aims to "
                                       "double sales.\n", source="t.txt"))
    places = {e.label: e for e in ex.entities.values() if e.kind == "Place"}
    assert "Milan" in places and "MILAN" in places["Milan"].aliases
    assert "NAIROBI" in places["Nairobi"].aliases
    assert not any(e.kind == "Organization" and e.label in ("NAIROBI", "MILAN") for e in ex.entities.values())


@pytest.mark.parametrize("dateline, place", [
    ("ST. LOUIS —", "St. Louis"),               # an abbreviated "Saint" in capitals
    ("LONDON (Reuters) -", "London"),           # a city's name that is also a dictionary word
    ("PARIS, March 3 (AFP) —", "Paris"),
])
def test_a_datelines_place_is_typed_however_it_is_spelled(dateline: str, place: str) -> None:
    ex: Extraction = extract(read_text(f"Title\nPublished: 2026-03-04\n\n{dateline} Tarvo Bank said profit rose.\n",
                                       source="t.txt"))
    places = {e.label for e in ex.entities.values() if e.kind == "Place"}
    assert place in places
    assert not any(e.kind == "Organization" and e.label in ("ST", "LOUIS", "LONDON", "PARIS")
                   for e in ex.entities.values())


def test_a_given_name_joined_to_a_full_name_shares_its_surname() -> None:
    ex: Extraction = extract(read_text("Title\n\nVarda Labs was set up by brothers Tom and Jim Okoro in 2001.\n",
                                       source="t.txt"))
    people = {e.label for e in ex.entities.values() if e.kind == "Person"}
    assert people == {"Tom Okoro", "Jim Okoro"}
    founders = {ex.entities[f.object].label for f in ex.facts if f.predicate == "founder"}
    assert founders == {"Tom Okoro", "Jim Okoro"}


def test_a_short_form_joined_to_a_full_name_keeps_its_own_surname() -> None:
    ex: Extraction = extract(read_text("Title\n\nThe game was directed by Yoon Ji-ho. Tarn Soft was founded in 2009 "
                                       "by Yoon and Lee Min-seo.\n", source="t.txt"))
    people = {e.label for e in ex.entities.values() if e.kind == "Person"}
    assert "Yoon Min-seo" not in people


def test_a_law_named_with_and_is_one_title_and_no_organization() -> None:
    k = kinds("Under the Banking Services and Markets Act, the deal needs the regulator's approval.")
    assert "Banking Services" not in k and "Markets Act" not in k


def test_an_unknown_word_read_as_a_time_is_no_company() -> None:
    k = kinds("Sales fell after Zexit, the company said. Costs rose to pre-Zexit levels at Varden Bank.")
    assert k.get("Zexit") != "Organization"
    assert kinds("Ombrel ranks second after Tarvik, Quellon and Dorvane.").get("Tarvik") == "Organization"



def test_a_given_name_right_after_a_bare_the_makes_no_person() -> None:
    k = kinds("The Zorvik Vento scooter competes with the Maria Elettra and the Quill Dash.")
    assert k.get("Maria Elettra") != "Person"
    assert kinds("The award went to Maria Elettra, a chemist.").get("Maria Elettra") == "Person"


def test_a_saints_name_abbreviated_is_the_city_gazetteer_writes_in_full() -> None:
    ex: Extraction = extract(read_text("Title\nPublished: 2026-03-04\n\nST. PAUL, Minn. — Tarvo Foods said profit "
                                       "rose. Tarvo Foods is headquartered in St. Paul, Minnesota.\n", source="t.txt"))
    places = {e.label: e for e in ex.entities.values() if e.kind == "Place"}
    assert {"ST. PAUL", "St. Paul"} <= places["Saint Paul"].aliases
    assert any(f.predicate == "headquarters" and f.object == places["Saint Paul"].key for f in ex.facts)


def test_a_post_taken_or_left_makes_a_person_of_an_unknown_name() -> None:
    k = kinds("Quarn Etteby was named chairman of Brellwick Partners. Zorvat Ekwensi stepped down as chief "
              "executive. Oruvo Dakkan joined Tarsel Holdings as chief financial officer in 2019. Tarsel Holdings "
              "appointed former banker Brusk Hallowan as its chairman. Brellwick Partners hired Quorvant Ledger "
              "to audit its books.")
    assert all(k.get(name) == "Person" for name in ("Quarn Etteby", "Zorvat Ekwensi", "Oruvo Dakkan", "Brusk Hallowan"))
    assert k.get("Quorvant Ledger") != "Person"  # hired, but to no post: a firm as likely as a person


def test_a_founder_makes_a_person_of_an_unknown_name() -> None:
    k = kinds("Drellan Foods was founded in 1990 by Vask Ombele. Orrit Kalvane co-founded Tarsel Holdings in 2004. "
              "Quorvia Systems was set up by Tarsel Holdings in 2011.")
    assert k.get("Vask Ombele") == "Person" and k.get("Orrit Kalvane") == "Person"
    assert k.get("Tarsel Holdings") == "Organization"


def test_who_heads_or_chairs_and_a_plural_possessive_title_make_a_person_of_an_unknown_name() -> None:
    k = kinds("Quarn Etteby, who has run Brellwick Partners since 2015, will retire. Oruvo Dakkan heads Tarsel "
              "Holdings. Drellan Foods, chaired by Vask Ombele, makes tea. Zorvat Ekwensi, Tarsel Holdings' chief "
              "executive, said sales rose. Tarsel Holdings' founder, Orrit Kalvane, disagreed.")
    assert all(k.get(name) == "Person" for name in
               ("Quarn Etteby", "Oruvo Dakkan", "Vask Ombele", "Zorvat Ekwensi", "Orrit Kalvane"))


def test_who_with_a_plural_verb_does_not_make_a_company_a_person() -> None:
    k = kinds("The bid may be backed by Quorvant Arrow, who are in a partnership with Tarsel Holdings.")
    assert k.get("Quorvant Arrow") != "Person"


def test_a_persons_appositive_naming_a_body_does_not_make_an_organization() -> None:
    k = kinds("Chairman Tunmore Abiola praised the team. Abiola, a former central bank official, has chaired the "
              "company since 2019. Oruvo Dakkan, a partner at the law firm Tarsel & Co., will join the board.")
    assert k.get("Abiola") == "Person"
    assert k.get("Oruvo Dakkan") == "Person"
