"""Messages, notes and their sanitizer findings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.database import UTCDateTime, utcnow
from server.extensions import db
from server.models.conversation import Conversation
from server.models.user import User


class Message(db.Model):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("sender_id", "client_msg_id"),
        Index("ix_messages_conversation_id_id", "conversation_id", "id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    sender_role: Mapped[str] = mapped_column(String(16))
    note: Mapped[bool] = mapped_column(default=False)
    body: Mapped[str] = mapped_column(Text)
    original_body: Mapped[str] = mapped_column(Text)
    # What contractors see of an owner's message when it names the client (None: same as body).
    staff_body: Mapped[str | None] = mapped_column(Text)
    redacted: Mapped[bool] = mapped_column(default=False, index=True)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    client_msg_id: Mapped[str | None] = mapped_column(String(64))
    # Set when the owner released a wrongly redacted message to the recipient.
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    sender: Mapped[User] = relationship()
    conversation: Mapped[Conversation] = relationship()


class BlockedMessage(db.Model):
    """A message refused by the block policy, kept for the owner's review (never delivered)."""

    __tablename__ = "blocked_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    sender_role: Mapped[str] = mapped_column(String(16))
    original_body: Mapped[str] = mapped_column(Text)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    sender: Mapped[User] = relationship()
    conversation: Mapped[Conversation] = relationship()
