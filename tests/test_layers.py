"""The package's imports run one way: no module imports one that imports it
(directly or through others), and no stage imports a stage above it.

Layers, bottom up (``docs/design.md``): the records, errors and vocabulary;
then ``read`` and ``resolve``; ``extract``; ``graph``; ``build``; ``serve`` and
``evaluate``; ``cli`` on top. Stages on one layer never import each other,
and a stage imports another stage's package (the names in its ``__all__``),
never that stage's private modules. Every import counts, also those inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"

LAYER = {
    "kg": 0, "kg.records": 0, "kg.errors": 0, "kg.vocab": 0,
    "kg.read": 1, "kg.resolve": 1,
    "kg.extract": 2,
    "kg.graph": 3,
    "kg.build": 4,
    "kg.serve": 5, "kg.evaluate": 5,
    "kg.cli": 6,
}
STAGES = {name for name in LAYER if name.count(".") == 1 and (KG / name.split(".")[1]).is_dir()}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """The kg modules (or packages) ``path`` imports, anywhere in its body."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if not source.startswith("kg"):
                continue
            for alias in node.names:  # "from . import cues" imports a module
                sub = f"{source}.{alias.name}"
                found.add(sub if sub in MODULES else source)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "kg")
    return {m for m in found if m != name}


MODULES = {module_name(p): p for p in KG.rglob("*.py")}
GRAPH = {name: imports(path) for name, path in MODULES.items()}


def public(package: str) -> set[str]:
    """The names a stage package exports (its ``__all__``)."""
    tree = ast.parse(MODULES[package].read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def stage(module: str) -> str:
    """The layer entry a module belongs to (a stage package or a top module)."""
    parts = module.split(".")
    if len(parts) >= 2 and f"kg.{parts[1]}" in STAGES:
        return f"kg.{parts[1]}"
    return module


def test_every_module_has_a_layer():
    assert all(stage(m) in LAYER for m in MODULES), sorted(m for m in MODULES if stage(m) not in LAYER)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_runs_back_up(module):
    here = stage(module)
    wrong = []
    for target in GRAPH[module]:
        there = stage(target)
        if there == here:
            continue
        if LAYER[there] > LAYER[here] or (LAYER[there] == LAYER[here] and LAYER[here] > 0):
            wrong.append(f"{module} -> {target} (layer {LAYER[here]} -> {LAYER[there]})")
        elif there in STAGES and target != there and target.rpartition(".")[2] not in public(there):
            wrong.append(f"{module} -> {target}: import the stage's public names from {there}")
    assert not wrong, wrong


def test_no_module_imports_its_own_package():
    wrong = [f"{m} -> {t}" for m, targets in GRAPH.items() for t in targets
             if MODULES[m].name != "__init__.py" and t == m.rpartition(".")[0] and t != "kg"]
    assert not wrong, wrong


def test_no_import_circles():
    """Depth-first search over every module's imports, package ``__init__``
    files included (they import their modules)."""
    state: dict[str, int] = {}
    circles = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(GRAPH.get(module, ())):
            if state.get(target) == 1:
                circles.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module, [module])
    assert not circles, [" -> ".join(c) for c in circles]


def test_the_check_sees_a_circle():
    """The walk itself can fail: a made-up pair that imports each other."""
    saved = dict(GRAPH)
    try:
        GRAPH["kg.extract.cues"] = GRAPH["kg.extract.cues"] | {"kg.extract.attribution"}
        with pytest.raises(AssertionError):
            test_no_import_circles()
    finally:
        GRAPH.clear()
        GRAPH.update(saved)
