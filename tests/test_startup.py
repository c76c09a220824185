"""What a command pays for at start-up: `eventwire extract` must not import the web stack."""
from __future__ import annotations

import subprocess
import sys


def _imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_cli_does_not_import_fastapi_until_serve_asks():
    modules = _imported_after("import eventwire.cli.main")
    assert "eventwire.cli.serve_cmd" in modules and "eventwire.api.settings" in modules
    assert "fastapi" not in modules and "eventwire.api.app" not in modules


def test_create_app_is_still_importable_from_the_package():
    modules = _imported_after("from eventwire.api import create_app; assert callable(create_app)")
    assert "fastapi" in modules
