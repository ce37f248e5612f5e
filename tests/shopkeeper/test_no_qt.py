"""The core never loads Qt: every shopkeeper module imports in a process without PySide6."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import shopkeeper
    names = ["shopkeeper"]
    for info in pkgutil.walk_packages(shopkeeper.__path__, "shopkeeper."):
        if info.name.endswith(".__main__"):  # runs the CLI; its imports are those of the package
            continue
        importlib.import_module(info.name)
        names.append(info.name)
    qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6")))
    print(json.dumps({"modules": names, "qt": qt}))
    """
)


def test_importing_every_shopkeeper_module_never_loads_pyside6():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"shopkeeper.shop", "shopkeeper.club.search", "shopkeeper.store.database"} <= set(
        report["modules"]
    )
    assert report["qt"] == []
