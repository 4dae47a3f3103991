// The browser outbox: messages a person sent that the server has not acknowledged yet.
// Kept in localStorage per user and conversation, so a reload or a crash loses nothing; every
// retry reuses the entry's client_msg_id, which the server turns into exactly one message.

const PREFIX = "switchboard.outbox.v1";

/** A random v4 UUID; crypto.randomUUID only exists in secure contexts, so fall back. */
export function newClientMsgId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class Outbox {
  constructor(userKey, conversationId) {
    this.key = `${PREFIX}.${userKey}.${conversationId}`;
    this.memory = null; // used when storage is unavailable (private mode, quota)
  }

  /** All entries, oldest first: {client_msg_id, body, note, created_at, state, error?}. */
  all() {
    if (this.memory) return this.memory.map((e) => ({ ...e }));
    try {
      const parsed = JSON.parse(localStorage.getItem(this.key) || "[]");
      return Array.isArray(parsed) ? parsed.filter((e) => e && e.client_msg_id) : [];
    } catch {
      return [];
    }
  }

  get(clientMsgId) {
    return this.all().find((e) => e.client_msg_id === clientMsgId) || null;
  }

  save(entries) {
    if (this.memory) {
      this.memory = entries;
      return;
    }
    try {
      if (entries.length) localStorage.setItem(this.key, JSON.stringify(entries));
      else localStorage.removeItem(this.key);
    } catch {
      this.memory = entries; // keep working without persistence
    }
  }

  /** Adds a new outgoing message in state "sending" and returns it. */
  add(body, note = false) {
    const entry = {
      client_msg_id: newClientMsgId(),
      body,
      note: Boolean(note),
      created_at: new Date().toISOString(),
      state: "sending",
    };
    this.save([...this.all(), entry]);
    return entry;
  }

  update(clientMsgId, patch) {
    let updated = null;
    const entries = this.all().map((e) => {
      if (e.client_msg_id !== clientMsgId) return e;
      updated = { ...e, ...patch };
      return updated;
    });
    this.save(entries);
    return updated;
  }

  remove(clientMsgId) {
    const entries = this.all();
    const kept = entries.filter((e) => e.client_msg_id !== clientMsgId);
    if (kept.length !== entries.length) this.save(kept);
    return kept.length !== entries.length;
  }

  /** Entries waiting to be (re)sent, oldest first. */
  sending() {
    return this.all().filter((e) => e.state === "sending");
  }
}

/** Error codes that will not change on retry: the message is marked failed. */
export const PERMANENT_ERRORS = new Set(["invalid", "too_long", "forbidden", "not_found", "blocked_by_policy"]);
