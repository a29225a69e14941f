"""kg.read: plain text, Markdown, HTML and JSON Lines into articles, and bad input into clear errors.

Every article here is written for the tests; none comes from an eval set.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from kg.model import ArticleError
from kg.read import iter_files, parse_date, read_path, read_text

PLAIN = ("Nimbus Robotics opens plant in Leeds\n"
         "Published: Mar 4, 2024 10:15 PM\n"
         "\n"
         "Nimbus Robotics Ltd. said on Tuesday it opened a plant in Leeds. Mr. Okafor runs it.\n")


def offsets(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


# ------------------------------------------------------------------ plain text

def test_title_and_published_line_are_parsed() -> None:
    article = read_text(PLAIN, source="nimbus.txt")
    assert article.title == "Nimbus Robotics opens plant in Leeds"
    assert article.published == dt.datetime(2024, 3, 4, 22, 15)
    assert article.date == dt.date(2024, 3, 4)
    assert article.text[article.body_start:].startswith("Nimbus Robotics Ltd. said")
    assert article.text == PLAIN  # offsets index the text as given
    assert article.content == PLAIN  # plain text has nothing to blank


def test_published_date_without_time_is_a_date() -> None:
    article = read_text("Harbor Bank names CFO\nPublished: March 3, 2021\n\nHarbor Bank named a CFO.")
    assert article.published == dt.date(2021, 3, 3)
    assert not isinstance(article.published, dt.datetime)


@pytest.mark.parametrize("label", ["Date", "Posted", "published"])
def test_other_date_labels(label: str) -> None:
    article = read_text(f"Harbor Bank names CFO\n{label}: 2021-03-03\n\nHarbor Bank named a CFO.")
    assert article.published == dt.date(2021, 3, 3)


def test_article_without_date() -> None:
    text = "Harbor Bank names CFO\n\nHarbor Bank named Li Wei its CFO on Monday."
    article = read_text(text)
    assert article.title == "Harbor Bank names CFO"
    assert article.published is None and article.date is None
    assert text[article.body_start:].lstrip().startswith("Harbor Bank named")


def test_article_without_title_or_date_starts_at_zero() -> None:
    text = "Harbor Bank named Li Wei its CFO on Monday. She starts in May."
    article = read_text(text)
    assert article.title is None and article.published is None
    assert article.body_start == 0


def test_given_title_and_date_win_over_the_text() -> None:
    article = read_text(PLAIN, title="Given", published=dt.date(2020, 1, 2))
    assert article.title == "Given"
    assert article.published == dt.date(2020, 1, 2)


@pytest.mark.parametrize("raw,expected", [
    ("Mar 4, 2024 10:15 PM", dt.datetime(2024, 3, 4, 22, 15)),
    ("2023-09-12", dt.date(2023, 9, 12)),
    ("12 September 2023", dt.date(2023, 9, 12)),
    ("Tuesday", None),  # no year: not a publication date
    ("soon", None),
    ("", None),
])
def test_parse_date(raw: str, expected: dt.date | None) -> None:
    assert parse_date(raw) == expected


def test_read_path_reads_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "Nimbus Plant.txt"
    path.write_text(PLAIN, encoding="utf-8")
    [article] = read_path(path)
    assert article.id == "nimbus-plant"
    assert article.source == str(path)
    assert article.title == "Nimbus Robotics opens plant in Leeds"


def test_bom_is_dropped_and_line_ends_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PLAIN.replace("\n", "\r\n").encode("utf-8"))
    [article] = read_path(path)
    assert article.text == PLAIN
    assert article.title == "Nimbus Robotics opens plant in Leeds"


# ------------------------------------------------------------------ JSON Lines

def test_jsonl_fields(tmp_path: Path) -> None:
    rows = [
        {"text": "Orbit Foods bought Lark Farms.", "title": "Orbit buys Lark",
         "date": "2022-06-01", "url": "https://news.example/orbit-lark"},
        {"body": "Lark Farms hired a new chief.", "published": "Jun 2, 2022 10:30 AM", "id": "lark-2"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
    first, second = read_path(path)
    assert (first.text, first.title, first.published, first.url) == (
        "Orbit Foods bought Lark Farms.", "Orbit buys Lark", dt.date(2022, 6, 1),
        "https://news.example/orbit-lark")
    assert first.source == f"{path}:1"
    assert second.text == "Lark Farms hired a new chief."
    assert second.published == dt.datetime(2022, 6, 2, 10, 30)
    assert second.id == "lark-2"
    assert second.source == f"{path}:3"  # blank lines still count
    assert first.id != second.id


@pytest.mark.parametrize("line,message", [
    ("{not json}", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"title": "only a title"}', "no article text"),
    ('{"text": "   "}', "no text"),
])
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Orbit Foods bought Lark Farms."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_path(path)
    assert f"{path}:2" in str(err.value)
    assert message in str(err.value)


# -------------------------------------------------------------------- Markdown

MARKDOWN = ("# Nimbus Robotics opens plant\n"
            "\n"
            "Published: 2023-09-12\n"
            "\n"
            "**Nimbus Robotics** said [Ada Okafor](https://people.example/ada) will run the "
            "`Leeds` plant. ![a robot arm](arm.png) Output starts in *May*.\n"
            "- Hiring begins soon\n"
            "> Quoted remark by Okafor\n")


def test_markdown_title_and_date() -> None:
    article = read_text(MARKDOWN, kind="markdown")
    assert article.title == "Nimbus Robotics opens plant"
    assert article.published == dt.date(2023, 9, 12)


@pytest.mark.parametrize("word", ["Nimbus Robotics", "Ada Okafor", "Leeds", "May", "Hiring", "Quoted"])
def test_markdown_offsets_match_the_text(word: str) -> None:
    article = read_text(MARKDOWN, kind="markdown")
    assert len(article.content) == len(article.text)
    # Searched in the body of both strings: the word is found at the same place.
    start, end = offsets(article.text, word, article.body_start)
    assert article.content[start:end] == word
    assert article.content.index(word, article.body_start) == start


def test_markdown_markup_is_blanked() -> None:
    content = read_text(MARKDOWN, kind="markdown").content
    for markup in ("**", "](", "people.example", "`", "arm.png", "# ", "> "):
        assert markup not in content, markup
    assert content.count("\n") == MARKDOWN.count("\n")


# ------------------------------------------------------------------------ HTML

HTML = ("<html><body><h1>Nimbus &amp; Co opens plant</h1>\n"
        "<p>Published: Sep 12, 2023</p>\n"
        "<script>var note = '<p>Hidden Corp</p>';</script><style>p { color: red }</style>\n"
        "<p>Ada Okafor &mdash; chief of Nimbus &amp; Co &#8212; said &quot;Leeds&quot; is next.</p>\n"
        "<!-- editor: Secret Ltd --></body></html>\n")


def test_html_title_and_date() -> None:
    article = read_text(HTML, kind="html")
    assert article.title == "Nimbus & Co opens plant"
    assert article.published == dt.date(2023, 9, 12)


def test_html_title_element_is_the_title() -> None:
    article = read_text("<title>Orbit &amp; Lark</title><p>Orbit bought Lark.</p>", kind="html")
    assert article.title == "Orbit & Lark"


def test_html_scripts_styles_and_comments_are_blanked() -> None:
    article = read_text(HTML, kind="html")
    assert len(article.content) == len(article.text)
    for hidden in ("Hidden Corp", "var note", "color: red", "Secret Ltd", "<p>", "<"):
        assert hidden not in article.content, hidden


@pytest.mark.parametrize("word", ["Ada Okafor", "chief of Nimbus", "Leeds", "is next."])
def test_html_entities_decode_without_shifting_offsets(word: str) -> None:
    article = read_text(HTML, kind="html")
    start, end = offsets(article.text, word)
    assert article.content[start:end] == word


def test_html_entities_are_decoded_in_place() -> None:
    article = read_text(HTML, kind="html")
    amp = article.text.index("&amp; Co &#8212;")
    assert article.content[amp] == "&"
    dash = article.text.index("&#8212;")
    assert article.content[dash] == "\u2014"
    quote = article.text.index("&quot;Leeds")
    assert article.content[quote] == '"'
    # The rest of each entity is padding, so the next word keeps its offset.
    assert article.content[quote + 1:quote + len("&quot;")].strip() == ""


def test_html_block_tags_keep_paragraphs_apart() -> None:
    article = read_text("<p>Orbit bought Lark</p><p>Lark hired a chief</p>", kind="html")
    lines = article.content.split("\n")
    assert any("Orbit bought Lark" in line and "hired" not in line for line in lines)
    assert any("Lark hired a chief" in line for line in lines)


def test_html_file_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(HTML, encoding="utf-8")
    [article] = read_path(path)
    assert article.clean is not None
    assert "Hidden Corp" not in article.content


# ------------------------------------------------------------------ bad input

def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name,data,message", [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n\t\n", "empty"),
    ("latin1.txt", "Caf\xe9 Nimbus opened in K\xf6ln.".encode("latin-1"), "UTF-8"),
])
def test_bad_files_raise_article_error_naming_the_file(tmp_path: Path, name: str, data: bytes,
                                                       message: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(ArticleError) as err:
        read_path(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_latin1_error_says_how_to_fix_it(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin1.txt", "Caf\xe9".encode("latin-1"))
    with pytest.raises(ArticleError, match="iconv"):
        read_path(path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(ArticleError) as err:
        read_path(path)
    assert str(path) in str(err.value) and "cannot be read" in str(err.value)


def test_folder_given_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as err:
        read_path(tmp_path)
    assert str(tmp_path) in str(err.value) and "folder" in str(err.value)


def test_path_through_a_file(tmp_path: Path) -> None:
    """Unreadable even for root (CI runs as root, where chmod 000 does not stop reading)."""
    parent = _write(tmp_path, "plain.txt", PLAIN.encode())
    path = parent / "child.txt"
    with pytest.raises(ArticleError) as err:
        read_path(path)
    assert str(path) in str(err.value) and "cannot be read" in str(err.value)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "locked.txt", PLAIN.encode())
    path.chmod(0)
    if os.geteuid() == 0:
        # Root reads through chmod 000; make the read fail as it would for a user.
        def denied(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))
        monkeypatch.setattr(Path, "read_bytes", denied)
    try:
        with pytest.raises(ArticleError) as err:
            read_path(path)
    finally:
        path.chmod(0o644)
    assert str(path) in str(err.value)
    assert "Permission denied" in str(err.value)


# ------------------------------------------------------------------ file lists

def test_iter_files_walks_folders_in_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/d.jsonl", ".hidden.txt", "notes.pdf", "e.TXT"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["a.md", "b.txt", "e.TXT", "sub/c.html", "sub/d.jsonl"]
    # A file named explicitly is read whatever its suffix.
    assert list(iter_files([tmp_path / "notes.pdf"])) == [tmp_path / "notes.pdf"]
