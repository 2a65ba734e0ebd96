"""The shape of the code: packages talk through their public modules, nobody uses another module's private names,
every package says what it is, and imports sit at the top of modules unless a comment gives the reason."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
MODULES = sorted(p for p in APP.rglob("*.py") if "migrations" not in p.parts)


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(APP.parent).with_suffix("").parts).removesuffix(".__init__")


def is_module(dotted: str) -> bool:
    path = APP.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def capability(dotted: str) -> str:
    """The package a module belongs to for these rules: app.services.X, app.ui.X, or app.X."""
    parts = dotted.split(".")
    if len(parts) >= 3 and parts[1] in ("services", "ui") and is_module(".".join(parts[:3])) and \
            (APP.parent.joinpath(*parts[:3]) / "__init__.py").exists():
        return ".".join(parts[:3])
    return ".".join(parts[:2])


def imports(tree: ast.AST):
    """(imported module, imported name or None, node) for every import of our own modules."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.startswith("app"):
            for alias in node.names:
                yield node.module, alias.name, node
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("app."):
                    yield alias.name, None, node


def test_no_module_uses_another_modules_private_names():
    offences = []
    for path in MODULES:
        mod = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_aliases = {}
        for source, name, node in imports(tree):
            if name is not None and name.startswith("_") and not name.startswith("__") and source != mod:
                offences.append(f"{mod}:{node.lineno} imports {source}.{name}")
            if name is not None and is_module(f"{source}.{name}"):
                for alias in node.names:
                    if alias.name == name:
                        module_aliases[alias.asname or alias.name] = f"{source}.{name}"
            elif name is not None and is_module(source) and source.count(".") >= 2:
                pass
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in module_aliases and node.attr.startswith("_")
                    and not node.attr.startswith("__")):
                offences.append(f"{mod}:{node.lineno} uses {module_aliases[node.value.id]}.{node.attr}")
    assert not offences, "\n".join(offences)


def test_other_packages_use_only_the_public_modules_of_a_package():
    offences = []
    for path in MODULES:
        mod = module_name(path)
        for source, name, node in imports(ast.parse(path.read_text(encoding="utf-8"))):
            target = f"{source}.{name}" if name and is_module(f"{source}.{name}") else source
            owner = capability(target)
            if owner == capability(mod) or owner == target or not owner.startswith(("app.services.", "app.ui.")):
                continue
            public = getattr(importlib.import_module(owner), "__all__", None)
            first = target[len(owner) + 1:].split(".")[0]
            if public is None or first not in public:
                offences.append(f"{mod}:{node.lineno} uses {target}, which {owner} does not list in __all__")
    assert not offences, "\n".join(offences)


@pytest.mark.parametrize("package", sorted(p.parent for p in APP.rglob("__init__.py") if "migrations" not in p.parts),
                         ids=lambda p: module_name(p / "__init__.py"))
def test_every_package_says_what_it_is(package: Path):
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{package} has no docstring"
    if package.parent.name in ("services", "ui") and package.parent.parent == APP:
        names = next((n.value for n in tree.body if isinstance(n, ast.Assign)
                      and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)), None)
        assert names is not None, f"{package} lists no public modules"
        for element in names.elts:
            assert is_module(f"{module_name(package / '__init__.py')}.{element.value}"), element.value


def test_imports_inside_functions_give_their_reason():
    """An import inside a function is there for start-up time or an optional part: the line says so, or the
    module's docstring says what it imports inside its functions and why."""
    offences = []
    for path in MODULES:
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        if "imported inside" in (ast.get_docstring(tree) or ""):
            continue
        for _source, _name, node in imports(tree):
            if node.col_offset == 0:
                continue
            text = lines[node.lineno - 1]
            before = lines[node.lineno - 2].strip() if node.lineno >= 2 else ""
            if "#" not in text and not before.startswith("#"):
                offences.append(f"{module_name(path)}:{node.lineno} {text.strip()}")
    assert not offences, "imports inside functions without a reason:\n" + "\n".join(offences)
