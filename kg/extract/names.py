"""Facts a name states by itself: "Ombrel Zentra" is made by Ombrel.

A product named with an organization of the same article in front ("the
Ombrel Zentra", "Ombrel Zentra S9") is that organization's product: brands
and models carry their maker's name. Likewise an organization whose name
starts with a demonym ("the Ruritanian State Railways") is of that country.
"""
from __future__ import annotations

import re

from kg.extract.gazetteer import CITY, COUNTRY, Lexicon
from kg.extract.geo import place_key  # a gazetteer country's key, minted once per process
from kg.extract.resolve import initials
from kg.model import ORG, PLACE, PRODUCT, Entity, Extraction, Fact

RULE = "maker-in-product-name"
COUNTRY_RULE = "demonym-in-org-name"


def maker_facts(ex: Extraction) -> list[Fact]:
    """manufacturer facts for products whose name starts with an organization's name."""
    if not any(e.kind == PRODUCT and e.evidence is not None for e in ex.entities.values()):
        return []  # most articles name no product: no organization's names need gathering
    orgs = [(e.key, names) for e in ex.entities.values() if e.kind == ORG
            for names in [{n for n in {e.label, *e.aliases} if n and len(n) > 1}]]
    out: list[Fact] = []
    stated = _stated_makers(ex)
    for prod in ex.entities.values():
        if prod.kind != PRODUCT or prod.evidence is None:
            continue
        forms = {prod.label, *prod.aliases}
        makers = {key for key, names in orgs
                  if any(f.startswith(n + " ") and len(f) > len(n) + 1 for f in forms for n in names)}
        if len(makers) != 1:
            continue  # two candidate makers: the name alone does not tell
        maker = makers.pop()
        if any(_short_form(ex, maker, other) for other in stated.get(prod.key, ())):
            continue  # "KTB Flow, the app of Kessa Trust Bank": KTB is the maker the text names
        if maker in stated:
            # "Kelder, maker of the Zorbphone, ... the Zorbphone 5": a brand typed as a name of a body, whose
            # maker the text gives, names a model of its line, which its maker makes.
            if len(stated[maker]) != 1 or next(iter(stated[maker])) == prod.key:
                continue
            maker = next(iter(stated[maker]))
            if maker in stated.get(prod.key, ()):
                continue
        out.append(Fact(prod.key, "manufacturer", maker, prod.evidence.restated(RULE, 0.7)))
    return out


LINE_RULE = "model-of-line"


def line_facts(ex: Extraction) -> list[Fact]:
    """A model named after its product line ("Pexa 1", "Pexa X2" of the Pexa series) has the line's maker,
    and, when the rest of its name is a model number, the line's category.

    Only for models the text gives no maker or category of its own.
    """
    told: dict[tuple[str, str], list[Fact]] = {}
    for f in ex.facts:
        if f.predicate in ("manufacturer", "category"):
            told.setdefault((f.subject, f.predicate), []).append(f)
    if not told:
        return []
    products = [e for e in ex.entities.values() if e.kind == PRODUCT and e.evidence is not None]
    out: list[Fact] = []
    for model in products:
        forms = {model.label, *model.aliases}
        lines = [(line, rest) for line in products if line is not model
                 for n in {line.label, *line.aliases} for f in forms
                 if f.startswith(n + " ") and (rest := f[len(n) + 1:])]
        if len({line.key for line, _ in lines}) != 1:
            continue  # no line, or two: the name alone does not tell
        line, rest = lines[0]
        for pred in ("manufacturer", "category"):
            if (model.key, pred) in told or (pred == "category" and not any(c.isdigit() for c in rest)):
                continue
            for f in told.get((line.key, pred), []):
                out.append(Fact(model.key, pred, f.object, model.evidence.restated(LINE_RULE, 0.6)))
    return out


FAMILY_RULE = "model-code-family"
# A model code: one to three capitals, an optional hyphen, two to four digits ("T320", "KX-900", "Q400").
_MODEL_CODE = re.compile(r"([A-Z]{1,3})-?(\d{2,4})(?![\d,])")
# ... or a name and a generation's number ("Zorb 3", "Zorb Fold 4"): the name's numbered models.
_NUMBERED = re.compile(r"(\S.*?)\s+\d{1,3}")


def family_facts(ex: Extraction) -> list[Fact]:
    """Models whose codes share their letters and their number of digits ("T320", "T450-200", "T480
    Max"), or a name and their numbers ("Zorb 3", "Zorb 4"), are one maker's family: one whose maker the
    text states gives it to the others.

    Only when every stated maker in the family is one organization, and for models with no maker of their own.
    """
    makers = _stated_makers(ex)
    if not makers:
        return []
    families: dict[tuple[str, int], list[Entity]] = {}
    for e in ex.entities.values():
        if e.kind != PRODUCT or e.evidence is None:
            continue
        forms = {e.label, *e.aliases}
        codes = {(m.group(1), len(m.group(2))) for n in forms if (m := _MODEL_CODE.match(n))} \
            or {(m.group(1), 0) for n in forms if (m := _NUMBERED.fullmatch(n))}
        if len(codes) == 1:
            families.setdefault(codes.pop(), []).append(e)
    out: list[Fact] = []
    for members in families.values():
        if len(members) < 2:
            continue
        stated = {m for e in members for m in makers.get(e.key, ())}
        if len(stated) != 1:
            continue  # none, or two makers in one family: the codes do not tell
        maker = stated.pop()
        for e in members:
            if e.key not in makers and e.evidence is not None:
                out.append(Fact(e.key, "manufacturer", maker, e.evidence.restated(FAMILY_RULE, 0.55)))
    return out


def _stated_makers(ex: Extraction) -> dict[str, set[str]]:
    """Each product's makers that a fact already states."""
    stated: dict[str, set[str]] = {}
    for f in ex.facts:
        if f.predicate == "manufacturer" and isinstance(f.object, str):
            stated.setdefault(f.subject, set()).add(f.object)
    return stated


def _short_form(ex: Extraction, short: str, full: str) -> bool:
    """Whether organization ``short`` looks like a short form of ``full``, which the resolver left apart:
    its first words ("Vossberg" of "Vossberg Antriebswerke GmbH") or its initials ("KTB")."""
    if short == full or short not in ex.entities or full not in ex.entities:
        return False
    if any(f.predicate == "parentOrganization" and {f.subject, f.object} == {short, full} for f in ex.facts):
        return False  # "Ombrel Electronics, a division of Ombrel": two companies
    a, b = ex.entities[short], ex.entities[full]
    for s_name in {a.label, *a.aliases}:
        for f_name in {b.label, *b.aliases}:
            words = f_name.split()
            if len(words) > len(s_name.split()) and f_name.startswith(s_name + " "):
                return True
            if s_name.isupper() and len(s_name) > 1 and s_name == initials(f_name):
                return True
    return False


# Heads of a state's own bodies, whose names the text need not write with "the": "a senior
# Ruritanian Army officer", "the third Ruritania Parliament".
_STATE_HEADS = frozenset({"army", "navy", "force", "forces", "parliament", "congress", "senate", "assembly",
                          "ministry", "police", "guard", "marines", "corps", "authority"})


def _name_country(form: str, lex: Lexicon, state: bool) -> str | None:
    """The country a name opens with: a demonym ("the Ruritanian State Railways"), also after "Royal"
    ("the Royal Ruritanian Navy"), or, for a state body, the country's own name ("U.S. Navy",
    "Ruritania Parliament"; not "the Ruritania Stock Exchange" nor "the Ruritania House": a country
    opens the names of many things that are not its own)."""
    words = form.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 2 and words[0] == "Royal":
        words = words[1:]
    for n in (3, 2, 1):
        if len(words) <= n:
            continue  # "Turkish" alone is the people or the language, not a name
        head = " ".join(words[:n])
        info = lex.demonyms.get(head) or (lex.place(head) if state else None)
        if info is not None or (not state and lex.place(head) is not None):
            # the longest place decides: "British Columbia Hydro" is of a province, not of Britain
            return info.name if info is not None and info.kind == COUNTRY else None
    return None


def _of_country(form: str, lex: Lexicon) -> str | None:
    """The country a name ends with after "of": "Central Bank of Ruritania", "Parliament of the
    United Kingdom"; not a name that is also a province's or a state's ("University of Georgia")."""
    if " of " not in form:
        return None
    tail = form.rsplit(" of ", 1)[1].removeprefix("the ")
    info = lex.place(tail)
    if info is None or info.kind != COUNTRY or any((m.country or m.name) != info.name for m in lex.meanings(tail)):
        return None
    return info.name


def name_country_facts(ex: Extraction, lex: Lexicon) -> list[Fact]:
    """country facts for organizations named with a country or its demonym first, when the article
    names that country.

    Only where no rule has given the organization a country (the sentence outranks the name), and
    only for a name the text writes with "the" ("the Ruritanian Army") or that heads a state body
    ("Ruritania Parliament"): a descriptive name of an institution, not a company ("the Ruritanian
    Oil Corporation"), whose name may have outlived its ownership. A country after "of" ("Bank of
    Ruritania") is the body's, with or without "the".
    """
    if not any(e.kind == PLACE for e in ex.entities.values()):
        return []  # a fact needs the country named as a place of the article
    text = ex.article.text
    has_country = {f.subject for f in ex.facts if f.predicate == "country"}
    out: list[Fact] = []
    for org in ex.entities.values():
        if org.kind != ORG or org.evidence is None or org.key in has_country:
            continue
        # The tests are pure: the ones that rule out most names (a country in the name at all) go first.
        forms = {org.label, *org.aliases}
        countries = {place_key(name) for form in forms if " of " in form and (name := _of_country(form, lex))}
        state = any(f.split()[-1].lower() in _STATE_HEADS for f in forms)
        if state or any(text[max(0, m.start - 4):m.start].lower() == "the " for m in org.mentions):
            countries |= {place_key(name) for form in forms if (name := _name_country(form, lex, state))}
        if len(countries) != 1:
            continue
        if any(w.lower().strip(".,") in lex.legal_suffixes for f in forms for w in f.split()[1:]):
            continue
        country = countries.pop()
        if ex.entities.get(country, None) is None or ex.entities[country].kind != PLACE:
            continue  # the article does not name the country as a place of its own
        out.append(Fact(org.key, "country", country, org.evidence.restated(COUNTRY_RULE, 0.65)))
    return out


HQ_NAME_RULE = "city-in-institution-name"

# Institutions named after their seat: "University of Oldtown", "Oldtown State University".
_SEAT_HEADS = frozenset({"university", "college", "conservatory", "conservatoire", "polytechnic"})


def _place_keys(ex: Extraction) -> dict[str, str]:
    """Place entities of the article by each of their names."""
    out: dict[str, str] = {}
    for key, ent in ex.entities.items():
        if ent.kind == PLACE and ent.evidence is not None:
            for name in {ent.label, *ent.aliases}:
                out.setdefault(name, key)
    return out


def _seat_names(form: str) -> list[str]:
    """The place names an institution's name gives as its seat: "University of Oldtown",
    "Oldtown University" and "Oldtown State University" give "Oldtown"."""
    lower = form.lower().split()
    if _SEAT_HEADS.isdisjoint(lower):
        return []  # most names hold no seat head
    words = form.split()
    out = []
    for h, word in enumerate(lower):
        if word not in _SEAT_HEADS:
            continue
        if h + 2 < len(words) and lower[h + 1] == "of":
            out.append(" ".join(words[h + 2:]))
        elif h == len(words) - 1 and h > 0:
            stop = h - 1 if lower[h - 1] == "state" else h
            if stop > 0:
                out.append(" ".join(words[:stop]))
    return out


def name_seat_facts(ex: Extraction, lex: Lexicon) -> list[Fact]:
    """headquarters facts for universities and colleges named after their city ("University of
    Oldtown", "Oldtown State University"), when the article names that city as a place."""
    places = _place_keys(ex)
    if not places:
        return []  # a seat is a place the article names
    has_hq = {f.subject for f in ex.facts if f.predicate == "headquarters"}
    out: list[Fact] = []
    for org in ex.entities.values():
        if org.kind != ORG or org.evidence is None or org.key in has_hq:
            continue
        forms = {org.label, *org.aliases}
        if _SEAT_HEADS.isdisjoint(" ".join(forms).lower().split()):
            continue  # most names hold no seat head (one test for all the names, not one per name)
        seats: set[str] = set()
        for name in {n for form in forms for n in _seat_names(form)}:
            key = places.get(name)
            info = lex.any_place(name)
            # A city only: "University of Ruritania" or "Oldstate University" may be anywhere in it.
            if key is not None and info is not None and info.kind == CITY \
                    and not ex.entities[key].subtypes & {"Country", "State", "Region"}:
                seats.add(key)
        if len(seats) == 1:
            out.append(Fact(org.key, "headquarters", seats.pop(), org.evidence.restated(HQ_NAME_RULE, 0.65)))
    return out
