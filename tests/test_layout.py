"""The shape of the package: no import cycle, modules of a readable size, one template
environment, no MkDocs below the adapter, year-less dates as a type rather than a string test."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefgen"
MAX_LINES = 250


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The briefgen modules `path` imports, at the top or inside functions alike."""
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module in modules and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                targets.add(sub if sub in modules else node.module)
    return targets


def test_no_module_imports_itself_through_others() -> None:
    modules = _modules()
    graph = {name: _imports(path, modules) - {name} for name, path in modules.items()}
    cycles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        for target in sorted(graph[name]):
            if target in trail:
                cycles.append([*trail[trail.index(target) :], target])
            elif target not in done:
                visit(target, [*trail, target])
        done.add(name)

    done: set[str] = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert cycles == []


def test_modules_stay_short() -> None:
    long = {
        path.relative_to(PACKAGE).as_posix(): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_one_template_environment_and_no_year_less_string_tests() -> None:
    sources = {
        path: path.read_text(encoding="utf-8")
        for path in [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.j2")]
    }
    environments = [p for p, text in sources.items() if "jinja2.Environment(" in text]
    assert [p.name for p in environments] == ["templates.py"]
    assert [p.name for p, text in sources.items() if re.search(r'startswith\("--"\)', text)] == []


def test_mkdocs_is_imported_only_by_the_adapter() -> None:
    modules = _modules()
    importers = [
        name
        for name, path in modules.items()
        if re.search(r"^\s*(from|import) mkdocs\b", path.read_text(encoding="utf-8"), re.M)
    ]
    assert all(name.startswith("briefgen.mkdocs") for name in importers), importers
    # what `briefgen pdf` runs loads no MkDocs module
    probe = (
        "import sys, briefgen.cli, briefgen.pipeline, briefgen.project; "
        "print(sorted(m for m in sys.modules if m == 'mkdocs' or m.startswith('mkdocs.')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
