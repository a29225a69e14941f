"""Product facts in the ways news states them: makers at a sentence's start, announcements, sales that begin,
brands a company sells under, parts named in passing, and lists of a company's products.

Every company and product here is made up; each construction has a near miss that must not give the fact.
"""
from __future__ import annotations

import pytest

from invented import category, facts_of, maker, released

from kg.extract import extract
from kg.model import ORG, PRODUCT
from kg.read import read_text


def news(text: str) -> set[tuple[str, str, str]]:
    """Facts of a dated news article of ``text`` whose headline names no company."""
    return facts_of(text, title="Market report", published="March 14, 2024")


def kind_of(text: str, name: str) -> str | None:
    ex = extract(read_text(f"Market report\nPublished: March 14, 2024\n\n{text}\n", source="invented.txt"))
    return next((e.kind for e in ex.entities.values() if name in {e.label, *e.aliases}), None)


CASES = [
    # a company named only at a sentence's start, before a launch verb, is the maker
    ("Halvani began shipping the Dorvik sedan in 2019.",
     {maker("Dorvik", "Halvani"), category("Dorvik", "sedan"), released("Dorvik", "2019")}),
    ("Calvora introduced the Nestrin 7 smartwatch in 2020.",
     {maker("Nestrin 7", "Calvora"), released("Nestrin 7", "2020")}),
    ("Altissa has released the Mervolt Pro, a pair of wireless headphones.", {maker("Mervolt Pro", "Altissa")}),
    # sales: a place and then a relative time; "would be available"
    ("The Pico 5 went on sale in China last year.", {released("Pico 5", "2023")}),
    ("Quorvex said the Zephyr X2 would be available in stores from April 5.", {released("Zephyr X2", "2024-04-05")}),
    ("Sales of the Pico 5 begin in June, Tolvira said on Thursday.", {released("Pico 5", "2024-06")}),
    # an announcement names the maker (a passive one too), and the sale after it the release
    ("Quorvex announced the Zephyr X3 smartphone on Monday.",
     {maker("Zephyr X3", "Quorvex"), category("Zephyr X3", "smartphone")}),
    ("The Zephyr X3 was announced by Quorvex in January and went on sale in March.",
     {maker("Zephyr X3", "Quorvex"), released("Zephyr X3", "2024-03")}),
    # a lead's launch by a maker at a date
    ("Glimra is a video streaming service launched by Tolvira in 2015.",
     {maker("Glimra", "Tolvira"), released("Glimra", "2015"), category("Glimra", "video streaming service")}),
    # a part named in passing, with its maker's possessive and a plural category
    ("The new laptops use Orsulo's Kelvane chips.", {maker("Kelvane", "Orsulo"), category("Kelvane", "chip")}),
    # a brand a company sells under, and a model of that brand
    ("Pellucor sells a line of electric scooters under the Miravox brand. "
     "The Miravox S3 went on sale in Germany in 2021.",
     {maker("Miravox", "Pellucor"), category("Miravox", "electric scooter"), maker("Miravox S3", "Pellucor"),
      released("Miravox S3", "2021")}),
    # every product of a list after "its"
    ("Brennix reported higher profits, driven by strong demand for its Tessaly smartwatch and its Pico 5 tablet.",
     {maker("Tessaly", "Brennix"), maker("Pico 5", "Brennix")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_product_facts_in_news(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= news(text)


def test_a_part_in_another_products_phrase_gets_no_sale_date() -> None:
    facts = news("Vantirra's Skelda laptop, powered by the Kelvane K4 processor, goes on sale in August.")
    assert released("Skelda", "2024-08") in facts
    assert not {f for f in facts if f[0] == "Kelvane K4" and f[1] == "releaseDate"}


def test_an_announcement_dates_no_release() -> None:
    assert not {f for f in news("Quorvex announced the Zephyr X3 smartphone on Monday.") if f[1] == "releaseDate"}


def test_sales_that_slow_date_no_release() -> None:
    assert not {f for f in news("Sales of the Pico 5 began to slow in 2019.") if f[1] == "releaseDate"}


def test_a_brand_is_a_product_and_no_maker_of_its_models() -> None:
    facts = news("Pellucor sells a line of electric scooters under the Miravox brand. "
                 "The Miravox S3 went on sale in Germany in 2021.")
    assert maker("Miravox S3", "Miravox") not in facts
    assert kind_of("Pellucor sells a line of electric scooters under the Miravox brand.", "Miravox") == PRODUCT


def test_a_record_label_and_a_possessives_services_are_no_products() -> None:
    assert kind_of("Tarn Hollow released the album under the Ostrel label in 2003.", "Ostrel") != PRODUCT
    assert kind_of("Analysts praised Orsulo's Dravnet services strategy.", "Dravnet") != PRODUCT
    assert kind_of("The Skelda laptops use Orsulo's Kelvane processors.", "Kelvane") == PRODUCT
    assert kind_of("Sales of the Pico 5 begin in June.", "Pico 5") == PRODUCT
    assert kind_of("Sales of the Pico 5 begin in June.", "Pico") != ORG


def test_numbered_models_of_one_name_share_the_maker_stated_of_one() -> None:
    facts = news("Torvina launched the Zulmara 3 on Monday. The Zulmara 3 costs less than the Zulmara 2.")
    assert maker("Zulmara 2", "Torvina") in facts
    # ... not where the text gives two makers in the family
    facts = news("Torvina launched the Zulmara 3 on Monday. Calvora launched the Zulmara 4 a day later. "
                 "Both cost less than the Zulmara 2.")
    assert not {f for f in facts if f[0] == "Zulmara 2" and f[1] == "manufacturer"}
