"""The kg command line: every command documented, thin, with clear errors and exit codes."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli, main
from kg.model import ORG, Entity, Extraction
from kg.store import Store


@pytest.fixture
def store_dir(tmp_path, extractions):  # type: ignore[no-untyped-def]
    path = tmp_path / "store"
    with Store(path) as st:
        for ex in extractions:
            st.add(ex)
    return path


def kg(*args: str, store=None):  # type: ignore[no-untyped-def]
    extra = ["--store", str(store)] if store is not None else []
    return CliRunner().invoke(cli, [*args, *extra], catch_exceptions=True)


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """The installed entry point: exit code, stdout, stderr."""
    monkeypatch.setattr(sys, "argv", ["kg", *args])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr()
    return int(done.value.code or 0), out.out, out.err


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command) -> None:
    result = kg(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output and f"kg {command}" in result.output


def test_group_help_lists_the_commands() -> None:
    result = kg("--help")
    for name in ("build", "remove", "query", "export", "stats", "show", "extract"):
        assert name in result.output


def test_build_is_incremental_and_summarises(tmp_path, extractions) -> None:
    for ex in extractions:
        (tmp_path / ex.article.source).write_text(ex.article.text, encoding="utf-8")
    store = tmp_path / "s"
    first = kg("build", str(tmp_path / "acme-1.txt"), str(tmp_path / "acme-2.txt"), store=store)
    assert first.exit_code == 0, first.stderr
    assert first.stderr.strip().splitlines()[-1].startswith("built 2 articles (2 new, 0 changed, 0 unchanged, 0 failed)")
    again = kg("build", str(tmp_path / "acme-1.txt"), str(tmp_path / "acme-2.txt"), store=store)
    assert "(0 new, 0 changed, 2 unchanged, 0 failed)" in again.stderr


def test_build_reports_a_bad_file_and_keeps_the_rest(tmp_path, extractions) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(extractions[0].article.text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x00binary")
    result = kg("build", str(folder), store=tmp_path / "s")
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr
    assert "(1 new, 0 changed, 0 unchanged, 1 failed)" in result.stderr
    with Store(tmp_path / "s") as st:
        assert len(st.articles()) == 1


def test_build_honours_kg_store_env(tmp_path, extractions, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(extractions[0].article.text, encoding="utf-8")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "from-env"))
    result = kg("build", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "from-env" / "CURRENT").exists()


def ask(store, sparql: str) -> bool:  # type: ignore[no-untyped-def]
    from kg.query import run

    with Store(store, create=False) as st:
        return bool(run(st, sparql).boolean)


JANE_CEO = "ASK { ?o rdfs:label 'Acme Widgets' ; nkg:ceo ?p . ?p rdfs:label 'Jane Roe' }"
ACME_LABEL = "ASK { ?o a schema:Organization ; rdfs:label 'Acme Widgets' }"
GAMMA = "ASK { ?o nkg:competitor ?g }"


def test_remove_drops_only_facts_no_other_article_supports(store_dir) -> None:
    assert ask(store_dir, JANE_CEO) and ask(store_dir, ACME_LABEL)
    result = kg("remove", "acme-1", store=store_dir)
    assert result.exit_code == 0, result.stderr
    assert "removed https://w3id.org/newskg/id/article/acme-1" in result.stderr
    assert not ask(store_dir, JANE_CEO)  # only acme-1 said Jane Roe is CEO
    assert ask(store_dir, ACME_LABEL)  # acme-2 also names Acme Widgets
    assert ask(store_dir, GAMMA)


@pytest.mark.parametrize("ref", ["acme-2.txt", "https://w3id.org/newskg/id/article/acme-2",
                                 "<https://w3id.org/newskg/id/article/acme-2>"])
def test_remove_by_source_file_or_iri(store_dir, ref) -> None:
    assert kg("remove", ref, store=store_dir).exit_code == 0
    assert not ask(store_dir, GAMMA) and ask(store_dir, JANE_CEO)


def test_remove_unknown_article_is_an_error(store_dir) -> None:
    result = kg("remove", "nope", store=store_dir)
    assert result.exit_code == 1 and "No article 'nope'" in result.stderr


def test_query_table_csv_json(store_dir) -> None:
    table = kg("query", "executives", "--param", "org=ACME", store=store_dir)
    assert table.exit_code == 0, table.stderr
    assert "Jane Roe" in table.stdout and "(3 rows)" in table.stdout
    csv_out = kg("query", "products", "-f", "csv", store=store_dir)
    assert csv_out.stdout.splitlines()[0] == "product,name,maker,makerName,category,released"
    data = json.loads(kg("query", "latest-ceo", "-f", "json", store=store_dir).stdout)
    assert data["results"]["bindings"][0]["ceoName"]["value"] == "Jane Roe"
    assert kg("query", "has-ceo", "-p", "org=Gamma Corp", store=store_dir).stdout == "false\n"


def test_query_list(store_dir) -> None:
    result = kg("query", "--list", store=store_dir)
    assert "executives --param org=..." in result.stdout and "latest-ceo" in result.stdout


def test_query_usage_errors_exit_2(store_dir) -> None:
    unknown = kg("query", "execs", store=store_dir)
    assert unknown.exit_code == 2 and "No query named 'execs'; known: articles," in unknown.stderr
    missing = kg("query", "executives", store=store_dir)
    assert missing.exit_code == 2 and "needs --param org=" in missing.stderr
    bad = kg("query", "executives", "--param", "org", store=store_dir)
    assert bad.exit_code == 2 and "name=value" in bad.stderr


def test_malformed_query_file_names_line_and_column(store_dir, tmp_path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?s WHERE {\n  ?s ?p \n}\n")
    result = kg("query", str(path), store=store_dir)
    assert result.exit_code == 1
    assert f"{path}: SPARQL syntax error at line 3, column" in result.stderr
    assert "Traceback" not in result.stderr


def test_query_on_a_missing_store_says_how_to_build(tmp_path) -> None:
    result = kg("query", "products", store=tmp_path / "none")
    assert result.exit_code == 1 and "kg build" in result.stderr


def test_export_to_file_and_stdout(store_dir, tmp_path) -> None:
    out = tmp_path / "kg.trig"
    result = kg("export", "-o", str(out), store=store_dir)
    assert result.exit_code == 0, result.stderr
    assert "as trig ->" in result.stderr and out.read_text().count("<https://w3id.org/newskg/id/article/") >= 2
    nt = kg("export", "-f", "nt", store=store_dir)
    assert nt.stdout.endswith(" .\n") and "exported" in nt.stderr and "exported" not in nt.stdout


def test_stats(store_dir) -> None:
    result = kg("stats", "--top", "3", store=store_dir)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 articles,")
    assert any(line.split() == ["3", "schema:Organization"] for line in lines)
    central = lines[lines.index("Most connected entities (facts to other entities):") + 1]
    assert central.split()[:3] == ["9", "Acme", "Widgets"]


def test_stats_library_counts(store_dir) -> None:
    from kg.api import stats

    result = stats(store=store_dir, top=2)
    assert [a.facts for a in result.articles] == [7, 4]
    assert [a.entities for a in result.articles] == [5, 3]
    assert [c.label for c in result.central] == ["Acme Widgets", "John Doe"]


def test_show_prints_the_entity_card(store_dir) -> None:
    result = kg("show", "acme", store=store_dir)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Acme Widgets  <https://w3id.org/newskg/id/organization/acme-widgets>")
    assert "aliases:  Acme, Acme Widgets Inc." in out
    assert "nkg:ceo -> Jane Roe" in out and "RoboMop -> schema:manufacturer -> this" in out
    assert '"Jane Roe, chief executive of Acme Widgets Inc."' in out
    assert "rule role-appositive, confidence 0.9 - Acme Widgets names new chief (acme-1.txt)" in out
    assert 'John Doe at Acme Widgets: Chair ("chairman", current, as of 2022-06-01)' in out


def test_show_ambiguous_and_unknown(store_dir, extractions) -> None:
    other = Extraction(article=extractions[1].article)
    rockets = Entity("organization/acme-rockets", ORG, "Acme Rockets", {"Acme Rockets", "Acme"})
    other.entities = {**extractions[1].entities, rockets.key: rockets}
    with Store(store_dir) as st:
        st.add(other)
    ambiguous = kg("show", "ACME", store=store_dir)
    assert ambiguous.exit_code == 1
    assert "could mean 2 entities" in ambiguous.stderr and "Acme Rockets" in ambiguous.stderr
    # A name that is one entity's label picks it even if it is another's alias.
    assert kg("show", "acme rockets", store=store_dir).stdout.startswith("Acme Rockets")
    unknown = kg("show", "Nobody", store=store_dir)
    assert unknown.exit_code == 1 and "No entity named 'Nobody'" in unknown.stderr


def test_debug_shows_the_traceback(store_dir) -> None:
    quiet = kg("show", "Nobody", store=store_dir)
    assert quiet.exit_code == 1 and quiet.exception is not None and isinstance(quiet.exception, SystemExit)
    loud = CliRunner().invoke(cli, ["--debug", "show", "Nobody", "--store", str(store_dir)])
    assert type(loud.exception).__name__ == "ShowError"


def test_entry_point_exit_codes(store_dir, monkeypatch, capsys) -> None:
    code, out, err = run_main(monkeypatch, capsys, "query", "latest-ceo", "--store", str(store_dir))
    assert code == 0 and "Jane Roe" in out
    code, _, err = run_main(monkeypatch, capsys, "query", "execs", "--store", str(store_dir))
    assert code == 2 and "No query named" in err
    code, _, err = run_main(monkeypatch, capsys, "show", "Nobody", "--store", str(store_dir))
    assert code == 1 and "No entity named" in err and "Traceback" not in err
    code, _, err = run_main(monkeypatch, capsys, "build", "--no-such-option")
    assert code == 2
