"""`flask users …` and `flask demo …`: call services, print results."""

from __future__ import annotations

import sys

import click
from flask import Flask
from flask.cli import AppGroup

from server.errors import DomainError
from server.services import auth, demo

users = AppGroup("users", help="Manage people.")
demo_group = AppGroup("demo", help="Demo data.")


@users.command("create")
@click.option("--role", required=True, help="owner, contractor or client")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--password", required=True)
@click.option("--phone", default=None)
@click.option("--company", default=None)
def create_user(
    role: str, email: str, name: str, password: str, phone: str | None, company: str | None
) -> None:
    """Create a user; prints the new user's id as the last line."""
    try:
        user = auth.create_user(role, email, name, password, phone=phone, company=company)
    except DomainError as err:
        click.echo(f"error: {err.message}", err=True)
        sys.exit(1)
    click.echo(user.id)


@demo_group.command("seed")
def seed() -> None:
    """Create the demo business (idempotent) and print its logins."""
    created = demo.seed()
    click.echo("Demo data ready." if created else "Demo data already present.")
    for role, email, password in demo.LOGINS:
        click.echo(f"  {role:<10} {email:<28} {password}")


@demo_group.command("seed-if-empty")
def seed_if_empty() -> None:
    """Seed only a database without users (used by `make run`)."""
    if demo.is_empty():
        seed.callback()
    else:
        click.echo("Database already has users; demo data not added.")
        click.echo("Demo logins (if this database was seeded by make run):")
        for role, email, password in demo.LOGINS:
            click.echo(f"  {role:<10} {email:<28} {password}")


def init_app(app: Flask) -> None:
    app.cli.add_command(users)
    app.cli.add_command(demo_group)
