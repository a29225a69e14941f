"""Reading articles: plain text, Markdown, HTML and JSON Lines into :class:`Article`.

Offsets in evidence index ``Article.text`` exactly as decoded. Markup is
blanked out in ``Article.clean`` with spaces of the same length, so
extractors never see tags and offsets never shift.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Iterable, Iterator

from kg.iris import slug
from kg.model import Article, ArticleError

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}

_PUBLISHED = re.compile(r"^[ \t]*(?:Published|Date|Posted)\s*:\s*(?P<date>.+?)\s*$", re.I | re.M)


def parse_date(text: str) -> dt.date | dt.datetime | None:
    """A publication date from free text ("Mar 4, 2024 10:15 AM"), or None."""
    from dateutil import parser

    text = text.strip()
    if not text:
        return None
    try:
        value = parser.parse(text, fuzzy=True, default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if value.year == 1900:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return value.replace(tzinfo=None) if has_time else value.date()


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Article files under the given files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); binary or undecodable input raises ArticleError."""
    if not data.strip():
        raise ArticleError(f"{path}: the file is empty")
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{path}: this is a binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "convert it, e.g. with `iconv -f latin1 -t utf-8`") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(path: str | Path) -> list[Article]:
    """All articles in one file (one, or many for JSON Lines)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder; give the folder to `kg build` instead") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text = decode(path, data)
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    if kind == "jsonl":
        return list(read_jsonl(text, path))
    return [read_text(text, source=str(path), article_id=slug(path.stem), kind=kind)]


def read_text(text: str, source: str = "<text>", article_id: str | None = None,
              kind: str = "text", title: str | None = None,
              published: dt.date | dt.datetime | None = None, url: str | None = None) -> Article:
    """One article from its text; ``kind`` is text, markdown or html."""
    if not text.strip():
        raise ArticleError(f"{source}: the article has no text")
    clean = None
    if kind == "html":
        clean = blank_html(text)
    elif kind == "markdown":
        clean = blank_markdown(text)
    content = clean if clean is not None else text
    found_title, found_date, body_start = _head(content)
    if kind == "html":
        found_title = _html_title(text) or found_title
    return Article(
        id=article_id or slug(source),
        text=text,
        source=source,
        title=title or found_title,
        published=published or found_date,
        body_start=body_start,
        url=url,
        clean=clean,
    )


def _head(content: str) -> tuple[str | None, dt.date | dt.datetime | None, int]:
    """Title line, ``Published:`` date and where the body starts."""
    lines = content.split("\n")
    pos = 0
    title = None
    date = None
    idx = 0
    while idx < len(lines) and not lines[idx].strip():
        pos += len(lines[idx]) + 1
        idx += 1
    if idx < len(lines):
        first = lines[idx].strip()
        nxt = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
        # A title is a short first line without final punctuation, set apart
        # from the body by a blank line or a date line.
        words = first.split()
        if (len(words) <= 25 and not re.search(r"[.!?:;,\"”]$", first)
                and (not nxt or _PUBLISHED.match(nxt))):
            title = first
            pos += len(lines[idx]) + 1
            idx += 1
    # The date line may follow blank lines or a repeated title (HTML <title> then <h1>).
    look, look_pos = idx, pos
    while look < len(lines) and look - idx < 12:
        line = lines[look].strip()
        m = _PUBLISHED.match(lines[look])
        if m:
            date = parse_date(m.group("date"))
            idx, pos = look + 1, look_pos + len(lines[look]) + 1
            break
        if line and line != title:
            break
        look_pos += len(lines[look]) + 1
        look += 1
    if title is None and date is None:
        return None, None, 0
    while idx < len(lines) and not lines[idx].strip():
        pos += len(lines[idx]) + 1
        idx += 1
    return title, date, min(pos, len(content))


def _html_title(text: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
    if not m:
        m = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.I | re.S)
    if not m:
        return None
    return html.unescape(re.sub(r"<[^>]+>|\s+", " ", m.group(1))).strip() or None


def _same_length(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


_BLOCK_TAGS = r"p|div|br|h[1-6]|li|tr|section|article|header|footer|title|blockquote"


def blank_html(text: str) -> str:
    """HTML with tags, scripts and styles blanked and entities decoded in place.

    A decoded entity is padded with spaces so every offset still points at
    the same place in the source; block tags end in a newline so paragraphs
    stay apart.
    """
    out = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", _same_length, text, flags=re.I | re.S)
    out = re.sub(r"<!--.*?-->", _same_length, out, flags=re.S)

    def tag(m: re.Match[str]) -> str:
        blank = re.sub(r"[^\n]", " ", m.group(0))
        if re.match(rf"</?(?:{_BLOCK_TAGS})\b", m.group(0), re.I):
            return blank[:-1] + "\n"
        return blank

    out = re.sub(r"<[^>]*>", tag, out)

    def entity(m: re.Match[str]) -> str:
        value = html.unescape(m.group(0))
        if len(value) != 1:
            return m.group(0)
        return value + " " * (len(m.group(0)) - 1)

    return re.sub(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);", entity, out)


def blank_markdown(text: str) -> str:
    """Markdown with heading marks, emphasis, link targets and images blanked."""
    out = re.sub(r"^(#{1,6}\s+|>\s?|\s*[-*+]\s+(?=\S))", _same_length, text, flags=re.M)
    out = re.sub(r"!\[[^\]]*\]\([^)]*\)", _same_length, out)

    def link(m: re.Match[str]) -> str:
        return " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1)

    out = re.sub(r"\[([^\]]+)\]\([^)]*\)", link, out)
    out = re.sub(r"(\*\*|__|\*|`)", _same_length, out)
    return out


_TEXT_KEYS = ("text", "body", "content", "article")
_DATE_KEYS = ("published", "datePublished", "date", "published_at", "pubdate")


def read_jsonl(text: str, path: Path) -> Iterator[Article]:
    """Articles from JSON Lines: one object per line with a text and optional title, date, url, id."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise ArticleError(f"{where}: expected a JSON object with a 'text' field")
        body = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str)), None)
        if body is None:
            raise ArticleError(f"{where}: no article text (give one of: {', '.join(_TEXT_KEYS)})")
        raw_date = next((obj[k] for k in _DATE_KEYS if obj.get(k)), None)
        published = parse_date(str(raw_date)) if raw_date else None
        title = obj.get("title") if isinstance(obj.get("title"), str) else None
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        art_id = slug(str(obj.get("id") or url or f"{path.stem}-{number}"))
        yield read_text(body, source=where, article_id=art_id, title=title,
                        published=published, url=url)
