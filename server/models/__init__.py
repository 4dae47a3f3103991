"""All models, re-exported for services and for Alembic autogenerate."""

from server.models.conversation import Conversation, Pseudonym, ReadState
from server.models.message import BlockedMessage, Message
from server.models.settings import AuditEvent, Setting
from server.models.user import ROLES, Invite, User, UserSession

__all__ = [
    "ROLES",
    "AuditEvent",
    "BlockedMessage",
    "Conversation",
    "Invite",
    "Message",
    "Pseudonym",
    "ReadState",
    "Setting",
    "User",
    "UserSession",
]
