"""kg extract --explain: every statement with its rule, confidence and sentence span."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.explain import explain, rows

SEED = Path(__file__).parents[1] / "seeds" / "000_a55ab43c6b0c8f50.txt"


def test_every_fact_role_and_type_is_explained(extractions) -> None:
    ex = extractions[0]
    found = rows(ex)
    assert len(found) == len(ex.facts) + len(ex.memberships) + len(ex.entities)
    assert len(rows(ex, types=False)) == len(ex.facts) + len(ex.memberships)


def test_a_fact_line_names_labels_rule_confidence_and_its_sentence(extractions) -> None:
    text = explain(extractions[:1])
    lines = text.splitlines()
    assert lines[0] == "== acme-1.txt (article acme-1): 5 entities, 7 facts, 1 roles"
    # conftest: the ceo fact's evidence is "Jane Roe, chief executive of Acme Widgets Inc." at its offsets.
    t = extractions[0].article.text
    start = t.index("Jane Roe, chief")
    end = start + len("Jane Roe, chief executive of Acme Widgets Inc.")
    header = f"[{start}:{end}] Jane Roe, chief executive of Acme Widgets Inc."
    assert header in lines
    block = lines[lines.index(header) + 1:]
    ceo = next(line for line in block if line.split()[0] == "ceo")
    assert ceo.split() == ["ceo", "Acme", "Widgets", "->", "Jane", "Roe", "role-appositive", "0.90"]
    assert any("releaseDate" in line and "2021-05 (gYearMonth)" in line for line in lines)


def test_columns_are_aligned_within_an_article(extractions) -> None:
    lines = [line for line in explain(extractions[:1]).splitlines() if line.startswith("    ")]
    assert len({line.index(" -> ") for line in lines}) == 1
    # The confidence is the last column, right after the rule column, in the same place on every line.
    assert len({len(line) for line in lines}) == 1


def test_articles_are_explained_one_after_another(extractions) -> None:
    text = explain(extractions)
    assert text.count("\n== ") == 1 and text.startswith("== acme-1.txt")
    assert "== acme-2.txt (article acme-2)" in text


def test_cli_explain_prints_explanation_and_still_writes_output(tmp_path) -> None:
    out = tmp_path / "out.trig"
    result = CliRunner().invoke(cli, ["extract", "--explain", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"== {SEED}")
    assert "@prefix" not in result.output  # the explanation, not RDF
    assert "nkg:rule" in out.read_text(encoding="utf-8")
    # Every sentence header's offsets index the article text exactly.
    text = SEED.read_text(encoding="utf-8")
    for line in result.output.splitlines():
        if line.startswith("["):
            span, sentence = line.split("] ", 1)
            start, end = map(int, span[1:].split(":"))
            assert " ".join(text[start:end].split()) == sentence


def test_cli_explain_without_output_writes_no_rdf(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["extract", "--explain", str(SEED)])
    assert result.exit_code == 0 and "@prefix" not in result.output and "role-appositive" in result.output
