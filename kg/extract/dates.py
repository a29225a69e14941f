"""Dates in text, resolved against the article's publication date.

"in April" in a September 2023 article is 2023-04; "on Tuesday" is the
Tuesday on or before publication; "last year" is the year before. The
result keeps the precision the text gives (year, year-month or day).
"""
from __future__ import annotations

import datetime as dt
import re

from kg.model import Value

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DATE_PATTERN = (
    # A day is one or two digits only: "June 2025" is not "June 20".
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{{4}})?"  # April 7, 2023 / April 7
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"  # 7 April 2023
    rf"|{_MONTH},?\s+\d{{4}}"                                          # April 2023 / May, 2007
    rf"|{_MONTH}"                                                      # April
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"                                       # 2023-04-07
    rf"|(?:last|this|next)\s+(?:year|month|{_WEEKDAY})"
    rf"|{_WEEKDAY}"
    rf"|(?:1[89]|20)\d{{2}})"                                           # 1997
)
_DATE_RE = re.compile(DATE_PATTERN)


def resolve(text: str, published: dt.date | None) -> Value | None:
    """One date expression as an ISO value at the precision given, or None."""
    t = text.strip().rstrip(",").replace(".", "")
    low = t.lower()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return Value(t, "date")
    if re.fullmatch(r"(1[89]|20)\d{2}", t):
        return Value(t, "gYear")
    m = re.fullmatch(r"(last|this|next)\s+(year|month|\w+day)", low)
    if m:
        if published is None:
            return None
        shift = {"last": -1, "this": 0, "next": 1}[m.group(1)]
        if m.group(2) == "year":
            return Value(str(published.year + shift), "gYear")
        if m.group(2) == "month":
            month = published.month + shift
            year = published.year + (month - 1) // 12
            return Value(f"{year:04d}-{(month - 1) % 12 + 1:02d}", "gYearMonth")
        return _weekday(m.group(2), published, shift)
    if low in WEEKDAYS:
        return _weekday(low, published, -1) if published else None
    m = re.fullmatch(r"([a-z]+),?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", low) \
        or re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)(?:,?\s+(\d{4}))?", low)
    if m:
        a, b, year = m.groups()
        month_word, day = (a, b) if a.isalpha() else (b, a)
        month = MONTHS.get(month_word)
        if month:
            year_i = int(year) if year else (published.year if published else None)
            if year_i is None:
                return None
            try:
                return Value(dt.date(year_i, month, int(day)).isoformat(), "date")
            except ValueError:
                return None
    m = re.fullmatch(r"([a-z]+),?\s+(\d{4})", low)
    if m and m.group(1) in MONTHS:
        return Value(f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}", "gYearMonth")
    if low in MONTHS:
        if published is None:
            return None
        return Value(f"{published.year:04d}-{MONTHS[low]:02d}", "gYearMonth")
    return None


def _weekday(name: str, published: dt.date, direction: int) -> Value | None:
    if published is None or name not in WEEKDAYS:
        return None
    delta = (published.weekday() - WEEKDAYS[name]) % 7
    if direction > 0:
        delta = -((WEEKDAYS[name] - published.weekday()) % 7 or 7)
    return Value((published - dt.timedelta(days=delta)).isoformat(), "date")


def find_all(text: str) -> list[re.Match[str]]:
    return list(_DATE_RE.finditer(text))
