"""Numbers with scale words and currencies: "RMB10 trillion" -> (10000000000000, "CNY")."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9,
          "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "lakh": 10**5, "crore": 10**7}
CURRENCIES = {"rmb": "CNY", "yuan": "CNY", "cny": "CNY", "us$": "USD", "usd": "USD", "$": "USD", "dollars": "USD",
              "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
              "¥": "JPY", "yen": "JPY", "jpy": "JPY", "hk$": "HKD", "c$": "CAD", "cad": "CAD", "a$": "AUD",
              "rs": "INR", "rupees": "INR", "inr": "INR", "won": "KRW", "chf": "CHF", "francs": "CHF"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
         "hundred": 100, "a hundred": 100, "dozen": 12}

_CUR = r"(?:US\$|HK\$|C\$|A\$|RMB|USD|EUR|GBP|CNY|CAD|INR|Rs\.?|[$€£¥])"
NUMBER_PATTERN = (
    rf"(?P<cur>{_CUR})?\s?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|{'|'.join(sorted(WORDS, key=len, reverse=True))})"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|lakh|crore|bn|mn|tn|[kmb])\b)?"
    r"(?:\s(?P<cur2>yuan|dollars|euros?|pounds|yen|rupees|won|francs|CAD|USD|EUR))?"
)
_NUMBER_RE = re.compile(NUMBER_PATTERN, re.I)


def parse(text: str) -> tuple[Decimal, str | None] | None:
    """The value and currency (ISO code) of a number phrase, or None."""
    m = _NUMBER_RE.search(text)
    if not m:
        return None
    return from_match(m)


def from_match(m: re.Match[str]) -> tuple[Decimal, str | None] | None:
    raw = m.group("num").lower()
    try:
        value = Decimal(WORDS[raw]) if raw in WORDS else Decimal(raw.replace(",", ""))
    except (InvalidOperation, KeyError):
        return None
    scale = (m.group("scale") or "").lower()
    if scale:
        value *= SCALES[scale]
    cur = (m.group("cur") or m.group("cur2") or "").lower().rstrip(".")
    return value, CURRENCIES.get(cur)


def lexical(value: Decimal) -> str:
    """An xsd:decimal lexical form without exponent or trailing zeros."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def find_all(text: str) -> list[re.Match[str]]:
    return list(_NUMBER_RE.finditer(text))
