"""Create the benchmark's users in bulk, straight through the app's own service.

    DATABASE_URL=sqlite:///... SECRET_KEY=... python bench/seed.py --pairs 500 > users.json

Creates one owner and N clients + N contractors with server.services.auth.create_user (the
same validation and audit rows as `flask users create`). The argon2id hash of the shared
password is computed once with the production cost and reused, so seeding takes seconds; logging
in still verifies the real hash at full cost. Prints JSON: [{"role", "email", "id"}...].
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SOCKETIO_ASYNC_MODE"] = "threading"

PASSWORD = "bench-password-4711"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, required=True)
    parser.add_argument("--owners", type=int, default=1)
    args = parser.parse_args()

    from server import create_app
    from server.extensions import db
    from server.services import auth, passwords

    app = create_app()
    with app.app_context():
        cached = passwords.hash_password(PASSWORD)
        passwords.hash_password = lambda _password: cached
        out = []
        plan = [("owner", i) for i in range(args.owners)]
        for i in range(args.pairs):
            plan += [("client", i), ("contractor", i)]
        for role, i in plan:
            email = f"bench-{role}-{i:04d}@bench.example"
            user = auth.create_user(role, email, f"Bench {role.capitalize()} {i:04d}", PASSWORD)
            out.append({"role": role, "email": email, "id": user.id, "n": i})
        db.session.remove()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
