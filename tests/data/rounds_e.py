"""Fresh rounds written before fixing: identity and split details (README: Evidence).
Kept as regression cases.

LEAKS: (lang, category, text, secrets, extra) — extra may hold "identities", "history", "region".
BENIGN: (lang, text) — must come out unchanged and unflagged by contact detectors.
FLAGS: (lang, text) — solicitation that must be flagged; NO_FLAGS: (lang, text) — must not be.
"""
LEAKS: list = []
BENIGN: list = []
FLAGS: list = []
NO_FLAGS: list = []

