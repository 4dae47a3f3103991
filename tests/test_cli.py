"""`flask users create` and `flask demo seed`."""

from __future__ import annotations

from sqlalchemy import func, select

from server.extensions import db
from server.models import Conversation, User


def test_users_create_prints_id_last(runner, app):
    r = runner.invoke(
        args=[
            "users",
            "create",
            "--role",
            "client",
            "--email",
            "Cli@Example.test",
            "--name",
            "Cli Person",
            "--password",
            "a-fine-password",
            "--phone",
            "+1 415 555 0111",
            "--company",
            "Cli Co",
        ]
    )
    assert r.exit_code == 0, r.output
    user_id = int(r.output.strip().splitlines()[-1])
    with app.app_context():
        user = db.session.get(User, user_id)
        assert (user.email, user.phone, user.company) == (
            "cli@example.test",
            "+14155550111",
            "Cli Co",
        )
        assert user.password_hash.startswith("$argon2id$")


def test_users_create_refuses_bad_or_duplicate_input(runner):
    base = [
        "users",
        "create",
        "--email",
        "dup@example.test",
        "--name",
        "D",
        "--password",
        "a-fine-password",
    ]
    assert runner.invoke(args=base + ["--role", "client"]).exit_code == 0
    dup = runner.invoke(args=base + ["--role", "client"])
    assert dup.exit_code != 0 and "already exists" in dup.output
    bad_role = runner.invoke(args=[*base[:2], "--role", "admin", *base[2:]])
    assert bad_role.exit_code != 0 and "Role must be" in bad_role.output
    bad_email = runner.invoke(
        args=[
            "users",
            "create",
            "--role",
            "client",
            "--email",
            "nope",
            "--name",
            "N",
            "--password",
            "a-fine-password",
        ]
    )
    assert bad_email.exit_code != 0 and len(bad_email.output.strip().splitlines()) == 1


def test_demo_seed_is_idempotent(runner, app):
    first = runner.invoke(args=["demo", "seed"])
    assert first.exit_code == 0, first.output
    with app.app_context():
        counts = (
            db.session.scalar(select(func.count(User.id))),
            db.session.scalar(select(func.count(Conversation.id))),
        )
        stages = {c.status for c in db.session.scalars(select(Conversation))}
        unassigned = db.session.scalar(
            select(func.count(Conversation.id)).where(Conversation.contractor_id.is_(None))
        )
    assert counts == (9, 6) and stages == {"open", "closed"} and unassigned == 2
    second = runner.invoke(args=["demo", "seed"])
    assert second.exit_code == 0 and "already" in second.output
    with app.app_context():
        assert db.session.scalar(select(func.count(User.id))) == 9
