"""Requests (conversations), pairwise pseudonyms and read state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.database import UTCDateTime, utcnow
from server.extensions import db
from server.models.user import User


class Conversation(db.Model):
    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_last_activity", "last_message_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # The title as contractors see it when the client's own details were in it (None: same).
    staff_title: Mapped[str | None] = mapped_column(String(200))
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    contractor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_message_id: Mapped[int | None] = mapped_column()
    # Role of the last non-note message's sender: drives "waiting on client / contractor".
    last_sender_role: Mapped[str | None] = mapped_column(String(16))

    client: Mapped[User] = relationship(foreign_keys=[client_id])
    contractor: Mapped[User | None] = relationship(foreign_keys=[contractor_id])


class Pseudonym(db.Model):
    """How one contractor sees one client: random words, stable for the pair, unlinkable."""

    __tablename__ = "pseudonyms"
    __table_args__ = (
        UniqueConstraint("client_id", "contractor_id"),
        UniqueConstraint("contractor_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    contractor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReadState(db.Model):
    """The newest message id a user has read in a conversation (for unread counts)."""

    __tablename__ = "read_states"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    last_read_id: Mapped[int] = mapped_column(default=0)
