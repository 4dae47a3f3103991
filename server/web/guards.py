"""Role guards for HTTP views."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask_login import current_user

from server.errors import NotFound, Unauthenticated


def role_required(*roles: str) -> Callable:
    """Logged in with one of these roles; anyone else gets the same answer as a missing page."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if not current_user.is_authenticated:
                raise Unauthenticated()
            if current_user.role not in roles:
                raise NotFound()
            return view(*args, **kwargs)

        return wrapped

    return decorate
