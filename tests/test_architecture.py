"""The dependency direction of STYLE.md, checked by walking the imports."""

from __future__ import annotations

import ast
from pathlib import Path

SERVER = Path(__file__).resolve().parent.parent / "server"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _modules(package: str):
    yield from (SERVER / package).rglob("*.py")


def test_sanitizer_and_errors_import_nothing_from_server_or_flask():
    files = [*_modules("sanitizer"), SERVER / "errors.py"]
    for path in files:
        for name in _imports(path):
            assert not name.startswith(("flask", "sqlalchemy")), (path, name)
            if name.startswith("server"):
                assert name.startswith("server.sanitizer"), (path, name)


def test_services_never_touch_the_request_or_socketio():
    for path in _modules("services"):
        for name in _imports(path):
            assert not name.startswith(("flask_socketio", "server.web", "server.sockets")), (
                path,
                name,
            )
            assert name not in ("flask.request", "flask.session", "flask_login.current_user"), (
                path,
                name,
            )


def test_entry_points_do_not_commit_or_query():
    for package in ("web", "sockets"):
        for path in _modules(package):
            source = path.read_text()
            assert "db.session.commit" not in source, path
            assert "select(" not in source, path


def test_no_create_all_in_server():
    for path in SERVER.rglob("*.py"):
        assert "create_all(" not in path.read_text(), path


def test_the_sanitizer_loads_without_flask_or_sqlalchemy():
    """`python -m server.sanitizer` must run where only the filter's own dependencies exist."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "for name in ('flask', 'sqlalchemy', 'flask_socketio', 'dotenv'):\n"
        "    sys.modules[name] = None\n"
        "import server.sanitizer as s\n"
        "print(s.sanitize('mail me at jane.doe@gmail.com').text)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=SERVER.parent, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "gmail" not in out.stdout and "[contact removed]" in out.stdout
