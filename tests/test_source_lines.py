"""#10 asks for a lexicon a reviewer can read: no source line of the package over 120 characters.

The rule tables grew long single-line regexes before; this keeps a merge from bringing them back.
"""
from pathlib import Path

import eventwire

LIMIT = 120
PACKAGE = Path(eventwire.__file__).parent


def _long_lines() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if len(line) > LIMIT:
                found.append(f"{path.relative_to(PACKAGE)}:{number} ({len(line)} characters)")
    return found


def test_the_package_has_source_files():
    assert len(list(PACKAGE.rglob("*.py"))) > 50


def test_no_source_line_is_over_120_characters():
    assert _long_lines() == []
