"""Emails and known details from fresh rounds written before fixing (README: Evidence).

Same format as rounds_a: LEAKS (lang, category, text, secrets, extra), BENIGN (lang, text),
FLAGS (lang, text) — asks that must be flagged; NO_FLAGS (lang, text) — must not be.
"""
LEAKS: list = []
BENIGN: list = []
FLAGS: list = []
NO_FLAGS: list = []
