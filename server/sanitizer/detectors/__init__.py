"""One small module per kind of contact detail; each exposes ``detect(views, ctx)``."""
