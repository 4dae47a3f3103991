"""JSON-lines filter: one object in per line, one object out per line, flushed each time."""
from __future__ import annotations

import json
import sys
from typing import IO

from . import sanitize
from .types import Identity

_FIELDS = ("name", "email", "phone", "company")


def _identity(raw: object) -> Identity:
    if not isinstance(raw, dict):
        raise TypeError("each identity must be an object")
    vals = {k: raw.get(k) for k in _FIELDS}
    for k, v in vals.items():
        if v is not None and not isinstance(v, str):
            raise ValueError(f"identity field {k!r} must be a string")
    handles = raw.get("handles") or ()
    if not isinstance(handles, (list, tuple)) or not all(isinstance(h, str) for h in handles):
        raise ValueError("identity 'handles' must be a list of strings")
    return Identity(handles=tuple(handles), **vals)


def process_line(line: str) -> dict:
    """Sanitize one JSON request line; a malformed one gives ``{"error": ...}``."""
    try:
        req = json.loads(line)
    except ValueError as exc:
        return {"error": f"invalid JSON: {exc}"}
    if not isinstance(req, dict) or not isinstance(req.get("text"), str):
        return {"error": "expected an object with a string 'text'"}
    raw_ids = req.get("identities") or []
    direction = req.get("direction")
    if not isinstance(raw_ids, list):
        return {"error": "'identities' must be a list"}
    if direction is not None and direction not in ("to_contractor", "to_client"):
        return {"error": "'direction' must be 'to_contractor' or 'to_client'"}
    try:
        ids = [_identity(r) for r in raw_ids]
    except (TypeError, ValueError) as exc:
        return {"error": str(exc)}
    result = sanitize(req["text"], ids, direction)
    return {"text": result.text,
            "redactions": [{"kind": f.kind, "start": f.start, "end": f.end, "reason": f.reason}
                           for f in result.findings]}


def main(stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> int:
    """Run the filter until end of input."""
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(errors="replace")  # a bad byte must not end the filter
    for line in stdin:
        try:
            out = process_line(line)
        except Exception as exc:  # noqa: BLE001 - the filter must go on after any bad line
            out = {"error": f"internal error: {type(exc).__name__}"}
        stdout.write(json.dumps(out) + "\n")
        stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
