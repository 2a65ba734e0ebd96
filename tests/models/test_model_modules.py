"""Each table module can be used on its own (start-up imports only some), and the registry lists them all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.models import registry

MODELS = Path(registry.__file__).parent
CHECK = """
import importlib, sys
from sqlmodel import SQLModel
importlib.import_module("app.models." + sys.argv[1])
for table in SQLModel.metadata.tables.values():
    for fk in table.foreign_keys:
        fk.column  # raises NoReferencedTableError when the referred table is not registered
print(len(SQLModel.metadata.tables))
"""


def test_registry_lists_every_table_module():
    files = {p.stem for p in MODELS.glob("*.py")} - {"__init__", "base", "registry"}
    assert set(registry.MODULES) == files


@pytest.mark.parametrize("module", registry.MODULES)
def test_module_alone_registers_the_tables_it_refers_to(module):
    out = subprocess.run([sys.executable, "-c", CHECK, module], capture_output=True, text=True, timeout=120,
                         cwd=MODELS.parent.parent)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 1
