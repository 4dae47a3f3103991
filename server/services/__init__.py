"""The business rules. Services take the acting user as an argument and never touch the request."""
