"""Switchboard: one brand to clients, pseudonyms to contractors, everything to the owner."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

# Nothing from Flask is imported at module level: `server.sanitizer` is a pure library and
# `python -m server.sanitizer` must work where only its own dependencies are installed.
if TYPE_CHECKING:
    from flask import Flask

    from server.config import Config

__all__ = ["create_app"]
ROOT = Path(__file__).resolve().parent.parent


def create_app(config: type[Config] | Config | Mapping | None = None) -> Flask:
    """Build the application: config, extensions, blueprints, socket handlers, CLI."""
    from flask import Flask

    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    _load_config(app, config)
    _check_secret(app)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    from server import database, extensions, security
    from server.services import passwords

    passwords.configure(
        app.config["PASSWORD_HASH_MEMORY_KIB"], app.config["PASSWORD_HASH_TIME_COST"]
    )
    database.init_app(app)
    extensions.migrate.init_app(app, extensions.db, directory=str(ROOT / "migrations"))
    extensions.csrf.init_app(app)
    security.init_app(app)

    from server import cli, sockets, web

    web.init_app(app)
    sockets.init_app(app)
    cli.init_app(app)
    # Outermost, so it sees Engine.IO requests before the Socket.IO middleware answers them.
    app.wsgi_app = security.EngineIOGate(app.wsgi_app)
    if app.config.get("PROXY_HOPS"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    return app


def _load_config(app: Flask, config: type[Config] | Config | Mapping | None) -> None:
    from server.config import Config

    if config is None:
        config = Config()
    elif isinstance(config, type):
        config = config()
    if isinstance(config, Mapping):
        app.config.from_object(Config())
        app.config.update(config)
    else:
        app.config.from_object(config)


def _check_secret(app: Flask) -> None:
    if not app.config.get("SECRET_KEY") and not (app.debug or app.testing):
        raise RuntimeError("SECRET_KEY must be set")


def project_root() -> Path:
    """The repository root (templates, static, migrations live there)."""
    return ROOT
