// Live list of conversations (client requests, contractor inbox, owner console).
// Keeps unread counts and previews current from `message` events, takes `conversation` events as
// the server's truth, drops revoked ones, and reloads after every reconnect to catch up.
import { get } from "./api.js";
import { avatar, formatFull, formatShort, h } from "./dom.js";
import { getSocket, onConnect } from "./socket.js";

export class ConversationStore {
  /** @param {(list: object[]) => void} onChange called with conversations, newest activity first */
  constructor(onChange) {
    this.items = new Map();
    this.onChange = onChange;
    this.loaded = false;
  }

  async load() {
    const { conversations } = await get("/api/conversations");
    this.items = new Map(conversations.map((c) => [c.id, c]));
    this.loaded = true;
    this.emit();
  }

  /** Subscribes to live events; resolves after the first load. */
  async start() {
    const socket = getSocket();
    socket.on("conversation", (c) => this.upsert(c));
    socket.on("message", (m) => this.onMessage(m));
    socket.on("revoked", (r) => this.remove(Number(r?.conversation_id)));
    let first = true;
    onConnect(() => {
      if (first) {
        first = false;
        return undefined;
      }
      return this.load().catch(() => {});
    });
    await this.load();
  }

  upsert(c) {
    if (!c || !Number.isFinite(Number(c.id))) return;
    this.items.set(c.id, { ...(this.items.get(c.id) || {}), ...c });
    this.emit();
  }

  remove(id) {
    if (this.items.delete(id)) this.emit();
  }

  onMessage(m) {
    const c = this.items.get(Number(m?.conversation_id));
    if (!c) {
      // A message in a conversation we don't know yet: fetch the list again.
      if (this.loaded) this.load().catch(() => {});
      return;
    }
    if (c.last_message_id != null && m.id <= c.last_message_id) return;
    if (m.note) {
      // Private notes count as unread but, as on the server, do not become the list's preview.
      if (!m.mine && !(c.seen_notes ||= new Set()).has(m.id)) {
        c.seen_notes.add(m.id);
        c.unread = (c.unread || 0) + 1;
      }
      this.emit();
      return;
    }
    c.last_message_id = m.id;
    c.last_message_at = m.created_at;
    c.last_message_preview = m.body;
    if (!m.mine) c.unread = (c.unread || 0) + 1;
    this.emit();
  }

  list() {
    return [...this.items.values()].sort((a, b) => activity(b) - activity(a) || b.id - a.id);
  }

  emit() {
    const list = this.list();
    const unread = list.reduce((n, c) => n + (c.unread || 0), 0);
    const base = document.title.replace(/^\(\d+\)\s*/, "");
    document.title = unread ? `(${unread}) ${base}` : base;
    this.onChange(list);
  }
}

export function activity(c) {
  return Date.parse(c.last_message_at || c.created_at || 0) || 0;
}

export function unreadBadge(count) {
  if (!count) return null;
  const label = `${count} unread message${count === 1 ? "" : "s"}`;
  return h("span", { class: "badge", "aria-label": label, title: label }, count > 99 ? "99+" : String(count));
}

/**
 * One row of the client or contractor list: avatar, title, counterpart, preview, time, unread.
 * On a client's page the avatar is the brand; on a contractor's it is the pseudonym's initials.
 */
export function conversationRow(c, { viewer, href }) {
  const unread = c.unread || 0;
  const when = c.last_message_at || c.created_at;
  const who = viewer === "client" ? avatar(null, { brand: true }) : avatar(c.counterpart_name);
  const preview = c.last_message_preview || "No messages yet";
  const chips = h("span", { class: "conv__chips" });
  if (c.status === "closed") chips.append(h("span", { class: "chip chip--muted" }, "Closed"));
  return h(
    "li",
    { class: `conv${unread ? " is-unread" : ""}`, dataset: { id: c.id } },
    h(
      "a",
      { class: "conv__link", href },
      who,
      h(
        "span",
        { class: "conv__body" },
        h(
          "span",
          { class: "conv__top" },
          h("span", { class: "conv__title" }, c.title || "Untitled request"),
          h("time", { class: "conv__time", datetime: when || "", title: formatFull(when) }, formatShort(when)),
        ),
        h("span", { class: "conv__sub" }, c.counterpart_name || "", chips),
        h(
          "span",
          { class: "conv__bottom" },
          h("span", { class: "conv__preview" }, preview),
          unreadBadge(unread),
        ),
      ),
    ),
  );
}
