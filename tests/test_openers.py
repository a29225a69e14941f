"""The opening characters of a regex, which let a caller skip a match that cannot succeed."""
from __future__ import annotations

import random
import re

import pytest

from kg.extract.openers import NOT_ASCII, opening_chars, opening_of


def test_the_words_after_leading_spaces_open_the_match() -> None:
    assert opening_chars(re.compile(r"\s+(?:said|says|told)\b")) == {"s", "t", NOT_ASCII}
    assert opening_chars(re.compile(r"\s*,\s*\d{2}\s*,|\s*\(\d{2}\)")) == {",", "(", NOT_ASCII}


def test_case_insensitive_letters_open_in_both_cases() -> None:
    assert opening_chars(re.compile(r"\s+(?:inc|corp)\b", re.I)) == {"i", "I", "c", "C", NOT_ASCII}
    assert opening_chars(re.compile(r"\s+(?i:ltd)")) == {"l", "L", NOT_ASCII}


def test_optional_parts_add_what_follows_them() -> None:
    assert opening_chars(re.compile(r"\n?\s*,?\s+(?:the\s+)?x")) == {",", "t", "x", NOT_ASCII}
    assert opening_chars(re.compile(r"(?=\s*,)\s*,")) == {",", NOT_ASCII}  # a look-ahead consumes nothing


@pytest.mark.parametrize("pattern", [r"\s*", r"\s+|x", r".x", r"[^a]", r"\S+", r"(a)?\1", r"\s*$"])
def test_unknown_or_blank_openings_are_none(pattern: str) -> None:
    assert opening_chars(re.compile(pattern)) is None


def test_a_non_ascii_letter_under_ignorecase_is_unknown() -> None:
    assert opening_chars(re.compile(r"ſx", re.I)) is None  # "ſ" matches "s" and "S"


def test_opening_of_skips_white_space_and_folds_non_ascii() -> None:
    assert opening_of("  said") == "s"
    assert opening_of("\u00a0said") == "s"
    assert opening_of("   ") == ""
    assert opening_of(" ésaid") == NOT_ASCII


def test_every_match_opens_with_a_listed_character() -> None:
    patterns = [r"\s+(?:said|says)\b", r"\s*,\s+(?:[a-z]+\s+)?maker", r"(?:'s|’s)\s+\d+", r"\s+[A-Z][a-z]+",
                r"\n?\s+(?:rekam|yrotcaf)\b", r"\s*\((?:born|b\.)\s+\d{4}", r"[\s,]*x"]
    rng = random.Random(7)
    alphabet = " \t\n,()'’sSaidmkerxy0123456789béſ"
    for p in patterns:
        rx = re.compile(p, re.I if "rekam" in p else 0)
        opens = opening_chars(rx)
        assert opens is not None
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            if rx.match(text):
                assert opening_of(text) in opens, (p, text)


def test_opening_sets_are_kept_in_the_cache(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.openers import opening_chars_of

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    regexes = [re.compile(r"\s+(?:said|says)\b"), re.compile(r".x"), re.compile(r"\s*,", re.I)]
    built = opening_chars_of(regexes)
    assert built == [opening_chars(rx) for rx in regexes]
    assert len(list(tmp_path.glob("openers-*.pickle"))) == 1
    assert opening_chars_of(regexes) == built  # read back
