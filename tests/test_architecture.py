"""The rules of ARCHITECTURE.md, checked by walking every module's imports with ``ast``.

Every import counts: at the top of a module, inside a function (paperctl imports
lazily to start fast) and under ``TYPE_CHECKING``. Run this file directly
(``python tests/test_architecture.py``) to print the import graph's rooms and
any broken rule.
"""

from __future__ import annotations

import ast
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
ROOMS = ("store", "formats", "sources", "cli")
DRIVERS = {"formats.importing", "formats.exporting", "formats.exporting_markdown"}  # formats that talk to a library
TERMINAL = {"typer", "rich", "click"}
NETWORK = {"arxiv", "urllib.request", "urllib3", "http", "socket", "ssl", "requests", "httpx", "aiohttp"}
OPENERS = {"sqlite3.connect", "sqlite_utils.Database", "Database"}


@dataclass(frozen=True)
class Module:
    name: str  # paperctl.store.db
    path: Path
    tree: ast.Module

    @property
    def room(self) -> str:
        """``core`` for modules at the top of the package, else the subpackage
        (``__main__``, the ``python -m`` entry point, belongs to the CLI)."""
        parts = self.name.split(".")
        if parts[1:] == ["__main__"]:
            return "cli"
        return parts[1] if len(parts) > 2 or (len(parts) == 2 and self.path.name == "__init__.py") else "core"


def modules(src: Path = SRC, package: str = "paperctl") -> dict[str, Module]:
    found = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        found[name] = Module(name, path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def _package_of(module: Module) -> str:
    return module.name if module.path.name == "__init__.py" else module.name.rpartition(".")[0]


def imports(module: Module, known: dict[str, Module]) -> list[tuple[str, int]]:
    """(imported module, line) for every import in *module*: paperctl's own resolved
    to the module they name, others by their dotted name."""
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(module).split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((sub if sub in known else target, node.lineno))
    return found


def _calls(module: Module) -> list[tuple[str, int]]:
    out = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                out.append((f"{func.value.id}.{func.attr}", node.lineno))
            elif isinstance(func, ast.Name):
                out.append((func.id, node.lineno))
    return out


def _room_of(name: str, known: dict[str, Module]) -> str | None:
    return known[name].room if name in known else None


def _matches(name: str, prefixes: set[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(src: Path = SRC, package: str = "paperctl") -> list[str]:
    """Every broken rule, as ``module:line: what``."""
    known = modules(src, package)
    problems = []
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, module in known.items():
        room = module.room
        where = f"{module.path.relative_to(src)}"
        driver = name.partition(".")[2] in DRIVERS
        for target, line in imports(module, known):
            at = f"{where}:{line}"
            if target in known:
                graph[name].add(target)
                other = _room_of(target, known)
                if room != "cli" and other == "cli":
                    problems.append(f"{at}: {room} imports the CLI ({target})")
                if room in ("core", "store") and other in ("formats", "sources"):
                    problems.append(f"{at}: {room} imports {other} ({target})")
                if room == "formats" and other == "sources":
                    problems.append(f"{at}: formats import sources ({target})")
                if room == "store" and target == f"{package}.library":
                    problems.append(f"{at}: store imports the Library above it")
                if room == "formats" and not driver and (other == "store" or target == f"{package}.library"):
                    problems.append(f"{at}: a format module reaches the library ({target}); only the drivers may")
            elif room != "cli" and _matches(target, TERMINAL):
                problems.append(f"{at}: {room} imports {target} (only cli/ draws on the terminal)")
            elif room != "sources" and _matches(target, NETWORK):
                problems.append(f"{at}: {room} imports {target} (only sources/ opens network connections)")
        if room != "store":
            problems += [f"{where}:{line}: {room} opens a database ({call})"
                         for call, line in _calls(module) if call in OPENERS]
    problems += [f"import circle: {' -> '.join(cycle)}" for cycle in cycles(graph)]
    return problems


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1 or v in graph[v]:
                groups.append(_circle(graph, sorted(group)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def _circle(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """A path from the group's first module back to itself, for the message."""
    members, start = set(group), group[0]
    path, seen = [start], {start}
    while True:
        step = sorted(graph[path[-1]] & members)
        nxt = next((w for w in step if w == start), None) or next((w for w in step if w not in seen), step[0])
        path.append(nxt)
        if nxt == start or nxt in seen:
            return path
        seen.add(nxt)


def test_paperctl_keeps_its_rules():
    assert violations() == []


def test_every_module_lives_in_a_known_room():
    rooms = {m.room for m in modules().values()}
    assert rooms <= {"core", *ROOMS}


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / "pkg" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


CLEAN = {
    "__init__.py": "from .library import Library\n",
    "models.py": "X = 1\n",
    "library.py": "from .store import db\n",
    "store/__init__.py": "",
    "store/db.py": "import sqlite3\nfrom ..models import X\ndef open_it(p):\n    return sqlite3.connect(p)\n",
    "formats/__init__.py": "",
    "formats/csv.py": "from ..models import X\n",
    "formats/importing.py": "from ..library import Library\nfrom ..store import db\n",
    "sources/__init__.py": "",
    "sources/web.py": "import urllib.request\nfrom ..formats import csv\n",
    "cli/__init__.py": "import typer\nfrom ..library import Library\n",
}


def test_a_tree_that_keeps_the_rules_passes(tmp_path):
    assert violations(_write(tmp_path, CLEAN), "pkg") == []


@pytest.mark.parametrize(
    ("rel", "text", "expected"),
    [
        ("library.py", "from .store import db\nimport rich\n", "core imports rich"),
        ("models.py", "def f():\n    from .cli import main\n", "core imports the CLI"),
        ("formats/csv.py", "from ..sources import web\n", "formats import sources"),
        ("formats/csv.py", "from ..store import db\n", "a format module reaches the library"),
        ("store/db.py", "from ..library import Library\n", "store imports the Library"),
        ("store/db.py", "from ..formats import csv\n", "store imports formats"),
        ("library.py", "import urllib.request\n", "only sources/ opens network connections"),
        ("formats/csv.py", "import sqlite3\nc = sqlite3.connect('x.db')\n", "formats opens a database"),
        ("models.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .library import L\n",
         "import circle"),
    ],
)
def test_each_broken_rule_is_named(tmp_path, rel, text, expected):
    """The checker can fail: each rule, broken once in a small tree, is reported."""
    found = violations(_write(tmp_path, {**CLEAN, rel: text}), "pkg")
    assert any(expected in problem for problem in found), found


def test_the_public_api_is_where_it_was():
    from paperctl import AddResult, Author, Filters, Library, Note, Paper, PaperctlError, PaperData  # noqa: F401


if __name__ == "__main__":
    found = modules()
    for room in ("core", *ROOMS):
        print(f"{room}: {', '.join(sorted(n for n, m in found.items() if m.room == room))}")
    problems = violations()
    print("\n".join(problems) if problems else "no broken rule, no import circle")
    sys.exit(1 if problems else 0)
