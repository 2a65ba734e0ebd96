"""Access is decided on the service context and the record: services call ``require(ctx, action, record)`` (the
account read now), never on the actor cached at login; ``allowed(actor, …)`` is for menus only."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"


def _calls(name: str):
    for path in sorted(SERVICES.rglob("*.py")):
        if "security" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
                yield path.relative_to(SERVICES.parent.parent), node


def test_services_decide_on_the_context_not_on_the_login_actor():
    wrong = [f"{path}:{node.lineno}: {ast.unparse(node)}" for name in ("require", "can")
             for path, node in _calls(name)
             if node.args and isinstance(node.args[0], ast.Attribute) and node.args[0].attr == "actor"]
    assert not wrong, "\n".join(wrong)


def test_services_do_not_use_the_roles_known_at_login():
    assert [f"{path}:{node.lineno}" for path, node in _calls("allowed")] == []
    cached = [f"{path}" for path in sorted(SERVICES.rglob("*.py"))
              if "security" not in path.parts and "actor.roles" in path.read_text(encoding="utf-8")]
    assert cached == []
