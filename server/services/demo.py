"""A believable demo business: an owner, three contractors, five clients, requests in all states."""

from __future__ import annotations

from sqlalchemy import func, select

from server.extensions import db
from server.models import Conversation, User
from server.services import auth, conversations, messages

PASSWORD = "switchboard-demo"
OWNER = ("owner", "owner@brightdesk.example", "Olivia Grant", None, "BrightDesk")
CONTRACTORS = [
    ("contractor", "sam@contractors.example", "Sam Okafor", "+1 415 555 0142", None),
    ("contractor", "lena@contractors.example", "Lena Fischer", "+49 30 901820", None),
    ("contractor", "diego@contractors.example", "Diego Ramos", None, None),
]
CLIENTS = [
    (
        "client",
        "maya@thompsonbakery.example",
        "Maya Thompson",
        "+1 212 555 0187",
        "Thompson Bakery",
    ),
    ("client", "raj@patelarchitects.example", "Raj Patel", "+44 20 7946 0958", "Patel Architects"),
    ("client", "ana@greenleafyoga.example", "Ana Souza", None, "Greenleaf Yoga"),
    (
        "client",
        "tom@harbourlogistics.example",
        "Tom Becker",
        "+1 617 555 0110",
        "Harbour Logistics",
    ),
    ("client", "ines@inesdesign.example", "Inès Moreau", None, "Inès Moreau Design"),
]
LOGINS = [(p[0], p[1], PASSWORD) for p in (OWNER, CONTRACTORS[0], CLIENTS[0])]

# (client index, contractor index or None, title, [(who, text)], closed)
SCRIPT = [
    (
        0,
        0,
        "Weekly newsletter for the bakery",
        [
            (
                "client",
                "Hi! Could you draft our weekly newsletter? Theme: autumn pastries, 300 words.",
            ),
            (
                "contractor",
                "Happy to. Should I mention the pumpkin loaf at $12.50 and the 10% weekday offer?",
            ),
            ("client", "Yes please. If anything is unclear call me on 212 555 0187."),
            ("contractor", "Thanks! First draft by Thursday 3pm, I'll share it here."),
        ],
        False,
    ),
    (
        1,
        1,
        "Tidy up the project tracker",
        [
            (
                "client",
                "Our tracker has 140 rows for 2019-2024 projects; can you merge duplicates?",
            ),
            ("contractor", "Sure. I'll flag anything ambiguous and keep a log in tracker-v2.xlsx."),
        ],
        False,
    ),
    (
        2,
        None,
        "Class schedule graphics",
        [
            ("client", "We need 6 Instagram tiles for the new class schedule, sizes 1080x1080."),
        ],
        False,
    ),
    (
        3,
        0,
        "Invoice reconciliation for Q3",
        [
            (
                "client",
                "Please reconcile invoices INV-2024-0193 to INV-2024-0241 against the bank export.",
            ),
            ("contractor", "Done: 47 matched, 2 missing payments. Summary attached in the report."),
            ("client", "Perfect, thank you!"),
        ],
        True,
    ),
    (
        4,
        2,
        "Portfolio website copy",
        [
            ("client", "I'd like fresh copy for the About page, friendly but professional."),
        ],
        False,
    ),
    (
        1,
        None,
        "Book travel for the Lisbon conference",
        [
            (
                "client",
                "Can someone find flights to Lisbon for 12–15 March, two people, under €400 each?",
            ),
        ],
        False,
    ),
]


def is_empty() -> bool:
    """True when the database has no users at all."""
    return not db.session.scalar(select(func.count(User.id)))


def _user(spec: tuple) -> User:
    role, email, name, phone, company = spec
    found = db.session.scalar(select(User).where(User.email == email))
    return found or auth.create_user(role, email, name, PASSWORD, phone=phone, company=company)


def seed() -> bool:
    """Create what is missing of the demo business; False when it was all there already."""
    if db.session.scalar(select(User.id).where(User.email == OWNER[1])) is not None:
        return False
    owner = _user(OWNER)
    contractors = [_user(c) for c in CONTRACTORS]
    clients = [_user(c) for c in CLIENTS]
    for client_i, contractor_i, title, lines, closed in SCRIPT:
        client = clients[client_i]
        conv = conversations.open_request(client, title, lines[0][1])
        if contractor_i is not None:
            conversations.assign(owner, conv.id, contractors[contractor_i].id)
        for who, text in lines[1:]:
            sender = client if who == "client" else contractors[contractor_i]
            messages.post_message(sender, conv.id, text)
        if closed:
            conversations.set_status(owner, conv.id, "closed")
    messages.post_message(
        owner,
        db.session.scalar(select(Conversation.id).order_by(Conversation.id)),
        "Long-standing client: keep the tone warm and copy me on the final draft.",
        note=True,
    )
    return True
