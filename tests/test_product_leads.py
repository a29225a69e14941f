"""Product rules on invented encyclopaedia leads and news: categories, makers and release dates.

Every company and product here is made up; each positive case has a near miss that must not
give the fact (an organization is no product, a work's maker is no product).
"""
from __future__ import annotations

import pytest

from invented import category, maker, news_or_lead_facts, released

from kg.extract import extract
from kg.model import PRODUCT
from kg.read import read_text


LEADS = [
    # a lead's copula: the noun phrase is the category, the year before it or the time after the maker the release
    ("The Dunmere 400 is a compact SUV manufactured by Halvard Motors since 2019.",
     {category("Dunmere 400", "compact SUV"), maker("Dunmere 400", "Halvard Motors"),
      released("Dunmere 400", "2019")}),
    ("Emberfall is a 2015 action role-playing game developed by Tessaly Studios and published by Brightmoor Games.",
     {category("Emberfall", "action role-playing game"), maker("Emberfall", "Tessaly Studios"),
      released("Emberfall", "2015")}),
    ("The Marlin 300 was a light aircraft produced by Caldera Aircraft from 1956 until 1962.",
     {category("Marlin 300", "light aircraft"), released("Marlin 300", "1956")}),
    ("Drift Kings is a racing video game developed by Nightjar Games and released in 2017 for Windows.",
     {category("Drift Kings", "racing video game"), released("Drift Kings", "2017")}),
    # ... a platform between the category and the maker, and a place-like name ("Harbor")
    ("Ortho Pro is a video editing application for macOS developed by Sable Systems, first released in 2011.",
     {category("Ortho Pro", "video editing application"), maker("Ortho Pro", "Sable Systems"),
      released("Ortho Pro", "2011")}),
    ("Moonlit Harbor is a 2019 farming simulation video game developed and published by Pinegate Interactive.",
     {maker("Moonlit Harbor", "Pinegate Interactive"), category("Moonlit Harbor", "farming simulation video game")}),
    # ... a series of things made is no work's series
    ("The Kessel K9 is a series of business jets developed by Arrowfield Aviation.",
     {maker("Kessel K9", "Arrowfield Aviation"), category("Kessel K9", "business jet")}),
    # ... a launch names the maker; "from" a maker, then the launch's date
    ("Glassdeck is a bookkeeping software launched in 2016 by Ternwell.",
     {maker("Glassdeck", "Ternwell"), released("Glassdeck", "2016")}),
    ("The Vantor V8 is a luxury sedan from Marrick Motors, launched in 2020.",
     {category("Vantor V8", "luxury sedan"), maker("Vantor V8", "Marrick Motors"), released("Vantor V8", "2020")}),
    ("The Tallis T1 was a home computer released by Orrin Electronics in 1983.",
     {maker("Tallis T1", "Orrin Electronics"), category("Tallis T1", "home computer")}),
    ("Tidewater is a 2021 survival horror game by Ashgrove Games.",
     {category("Tidewater", "survival horror game")}),
    # what a product was launched as; a licensee makes what it builds under licence
    ("Pixora was launched in 2007 as a photo-sharing app by Quenby Labs.",
     {category("Pixora", "photo-sharing app"), maker("Pixora", "Quenby Labs"), released("Pixora", "2007")}),
    ("The Sparrow 2 was manufactured under licence by Orlen Aero in Poland.", {maker("Sparrow 2", "Orlen Aero")}),
    # a maker "known for" after the noun of what it is; a first thing of a kind the lexicon does not know
    ("Velomark is a Danish bicycle maker known for the Sprint range of e-bikes.", {maker("Sprint", "Velomark")}),
    ("Harwick Instruments was founded in 1961. The company introduced its first oscilloscope, the HX-10, in 1965.",
     {maker("HX-10", "Harwick Instruments"), category("HX-10", "oscilloscope"), released("HX-10", "1965")}),
]

NEWS = [
    # a company speaking of its own product; a release "last year" or "last month"
    ("Kandel Electronics said its Vireo Q9 phone went on sale in March 2021.",
     {maker("Vireo Q9", "Kandel Electronics"), released("Vireo Q9", "2021-03")}),
    ("Marlow Devices makes headsets. The Orbit 2, released last year, sold two million units.",
     {released("Orbit 2", "2023")}),
    ("Marlow Devices makes headsets. The Orbit 3 was released last month.", {released("Orbit 3", "2024-02")}),
    # "its" in an apposition is the organization just before; an appositive with its owner before the verb
    ("Calder Pharma won approval for Restiva, its new asthma inhaler, on Monday.",
     {maker("Restiva", "Calder Pharma"), category("Restiva", "asthma inhaler")}),
    ("Lumo, the ride-hailing app owned by Quantic Mobility, was launched in 2015.",
     {maker("Lumo", "Quantic Mobility"), category("Lumo", "ride-hailing app"), released("Lumo", "2015")}),
    # joint makers; a developer of a named product; the company that makes it; brought to market; "last year"
    ("Acmeon Technologies and Beltrix jointly developed the Zorb X1 tablet.",
     {maker("Zorb X1", "Acmeon Technologies"), maker("Zorb X1", "Beltrix")}),
    ("Acmeon Technologies is the developer of Quillcraft, a mobile game.",
     {maker("Quillcraft", "Acmeon Technologies")}),
    ("Acmeon Technologies, the developer of the Quillcraft game, said profits rose.",
     {maker("Quillcraft", "Acmeon Technologies")}),
    ("Acmeon Technologies is the company that makes the Zorb X2 phone.", {maker("Zorb X2", "Acmeon Technologies")}),
    ("Acmeon Technologies brought the Zorb X9 to market in 2016.",
     {maker("Zorb X9", "Acmeon Technologies"), released("Zorb X9", "2016")}),
    ("Acmeon Technologies introduced the Zorb X6 last year.", {released("Zorb X6", "2023")}),
    # tools and instruments are product kinds too
    ("Fennick Tools sells its Korvo line of drills in 40 countries.", {category("Korvo", "drill")}),
    ("Harwick Instruments makes the Sol 3 spectrometer.", {category("Sol 3", "spectrometer")}),
    # each listed name its own category noun
    ("Halvard Motors is a Norwegian carmaker. Its models include the Dunmere 400 compact SUV and the Ferra sedan.",
     {category("Dunmere 400", "compact SUV"), category("Ferra", "sedan"), maker("Ferra", "Halvard Motors")}),
    ("Halvard Motors currently produces the Kestra compact hatchback, the Vestro estate car and the Halvard Ravik.",
     {category("Kestra", "compact hatchback"), category("Vestro", "estate car")}),
    # shipping dates a product's release
    ("Marlow Devices unveiled the Orbit 3 and the Orbit 4 phones. The Orbit 3 will cost $499 and ship in "
     "September. The Orbit 4 will start shipping in June.",
     {released("Orbit 3", "2024-09"), released("Orbit 4", "2024-06")}),
    # an apposition between the product and its verb ("Motors'": a plural possessive)
    ("The Vanta, Ostrel Motors' first electric SUV, goes on sale in May.",
     {maker("Vanta", "Ostrel Motors"), released("Vanta", "2024-05")}),
    ("Ostrel Motors makes cars. The Tarvo 5, a folding phone, was released in January.",
     {released("Tarvo 5", "2024-01")}),
]


@pytest.mark.parametrize("text, expected", LEADS + NEWS)
def test_product_facts(text: str, expected: set[tuple[str, str, str]]) -> None:
    facts = news_or_lead_facts(text, dated=(text, expected) in NEWS)
    assert expected <= facts


NEAR_MISSES = [
    # a company is no product: "a software company developed by" is not said, "a company founded by" is
    ("Quenby Labs is a software company founded by Jo Harker in 2007.", "Quenby Labs"),
    # a work's maker named before an apposition is not what was released
    ("Lowland is the second record by the band Tarn Hollow, released on March 2, 2003 by Ostrel Records.", "Tarn Hollow"),
    # a company's first thing that is no product named: a plant's or an office's name is no product
    ("Harwick Instruments built its first factory, the Tarnby Works, in 1965.", "Tarnby Works"),
    # a developer of a property is no maker of a product
    ("Tarnby Homes is the developer of Harbour Point, a housing estate in Leeds.", "Harbour Point"),
    # a series of novels is a work's series, no product
    ("The Kessel Saga is a series of novels written by Jo Harker.", "Kessel Saga"),
]


@pytest.mark.parametrize("text, name", NEAR_MISSES)
def test_no_product_facts(text: str, name: str) -> None:
    facts = news_or_lead_facts(text)
    assert not {f for f in facts if f[0] == name and f[1] in ("manufacturer", "category", "releaseDate")}
    ex = extract(read_text(f"News\n\n{text}\n", source="invented.txt"))
    assert not [e for e in ex.entities.values() if e.label == name and e.kind == PRODUCT]


def test_its_in_an_apposition_is_the_nearer_organization() -> None:
    facts = news_or_lead_facts("Calder Pharma sued Brenner Labs over Restiva, its asthma inhaler.")
    assert maker("Restiva", "Brenner Labs") in facts and maker("Restiva", "Calder Pharma") not in facts
