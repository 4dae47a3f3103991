"""What a detector needs besides the text: identities, allowed domains, region, direction."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .types import Identity


@dataclass(frozen=True)
class Context:
    """Settings shared by all detectors for one message."""

    identities: tuple[Identity, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    default_region: str = "US"
    direction: str | None = None


@lru_cache(maxsize=1)
def extractor():
    """tldextract using only its bundled public suffix snapshot: never touches the network."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


@lru_cache(maxsize=4096)
def split_domain(host: str) -> tuple[str, str]:
    """(registrable domain, public suffix) of ``host``; suffix is '' when not a real domain."""
    try:
        ext = extractor()(host)
    except Exception:  # noqa: BLE001 - a bad host must never break sanitizing
        return "", ""
    if not ext.suffix or not ext.domain:
        return "", ""
    return f"{ext.domain}.{ext.suffix}", ext.suffix


# Names reserved for documentation and testing (RFC 2606, RFC 6761): no one can be reached
# there, so "info@example.com", "https://api.example.com/v1" and "shop.example.com" in a config
# snippet, or "example dot com" said aloud, are never contact details.
_RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_ENDS = (".example", ".test", ".invalid", ".localhost",
                  *("." + d for d in _RESERVED_DOMAINS))


def is_reserved(host: str) -> bool:
    """True for a reserved example or test name or one of its subdomains."""
    host = host.lower().rstrip(".")
    return host == "localhost" or host in _RESERVED_DOMAINS or host.endswith(_RESERVED_ENDS)


# "example" in other languages ("usuario@ejemplo.com", "prenom.nom@exemple.fr",
# "max@beispiel.de"): real registrable names, so only a placeholder where the text shows it is
# one (inside code, a test value); the caller decides that.
_LOCAL_EXAMPLE_LABELS = frozenset({"ejemplo", "exemplo", "exemple", "beispiel", "esempio",
                                   "voorbeeld", "przyklad", "exempel", "eksempel", "esimerkki",
                                   "example", "examples", "sample", "exemplu", "primer"})


def is_localized_example(host: str) -> bool:
    """True for "ejemplo.com", "exemplo.com.br", "exemple.fr", "mail.beispiel.de"."""
    reg = split_domain(host.lower().rstrip("."))[0]
    return bool(reg) and reg.split(".", 1)[0] in _LOCAL_EXAMPLE_LABELS


def is_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """True when ``host`` is an allowed domain or one of its subdomains, or a reserved
    example name (see ``is_reserved``): both stay as typed."""
    host = host.lower().rstrip(".")
    if is_reserved(host):
        return True
    for dom in allowed:
        dom = dom.lower().strip().lstrip(".")
        if dom and (host == dom or host.endswith("." + dom)):
            return True
    return False
