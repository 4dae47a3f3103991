"""Security tests: authorization matrix, canary crawl, sessions, socket abuse."""
