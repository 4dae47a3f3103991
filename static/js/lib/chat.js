// The live conversation view shared by the client, contractor and owner chat pages.
// Guarantees: messages de-duplicated by id and client_msg_id and kept in id order; an outbox that
// retries with the same client_msg_id until acked; catch-up (`sync`) on every (re)connect.
import { ApiError, get, post } from "./api.js";
import { MessageListView } from "./chatview.js";
import { $, h } from "./dom.js";
import { senderOf } from "./messages.js";
import { Outbox, PERMANENT_ERRORS } from "./outbox.js";
import { emitVolatile, getSocket, onConnect, request } from "./socket.js";

const PAGE = 50;
const TYPING_SEND_EVERY_MS = 2000;
const TYPING_SHOW_MS = 4000;
const MAX_BODY = 4000;
const SYNC_PAGE = 500; // the server's most messages per `sync`
// Live events of one conversation can arrive out of id order when they are relayed by different
// server processes (each relays in order, but not in step with the others). A live message is
// taken to cover every earlier id only after the socket stayed connected this long after it.
const SETTLE_MS = 30000;

export class Chat {
  /**
   * @param {HTMLElement} root element holding the data-* parts of a chat (see templates/_chat.html)
   * @param {{viewer: "client"|"contractor"|"owner", onConversation?: (c) => void}} options
   */
  constructor(root, options) {
    this.root = root;
    this.viewer = options.viewer;
    this.onConversation = options.onConversation || (() => {});
    this.id = Number(root.dataset.conversationId);
    this.outbox = new Outbox(document.body.dataset.userKey || "anon", this.id);
    this.messages = new Map(); // id → M
    this.lastId = 0; // highest id seen (read receipts)
    this.syncedId = 0; // every message up to this id is here: catch-up starts after it
    this.live = []; // [id, received at] of live messages not yet covered by syncedId
    this.hasEarlier = false;
    this.conversation = null;
    this.unavailable = false;
    this.retryDelay = 1000;
    this.retryTimer = null;
    this.flushing = false;
    this.lastReadSent = 0;
    this.lastTypingSent = 0;
    this.typingTimer = null;
    this.el = {
      earlier: $("[data-load-earlier]", root),
      typing: $("[data-typing]", root),
      banner: $("[data-chat-banner]", root),
      form: $("[data-composer]", root),
      input: $("[data-composer-input]", root),
      note: $("[data-note-toggle]", root),
      send: $("[data-send]", root),
      counter: $("[data-counter]", root),
    };
    this.view = new MessageListView(root, this.viewer, {
      retry: (cmid) => this.retry(cmid),
      discard: (cmid) => this.discard(cmid),
    });
  }

  async start() {
    this.bindComposer();
    this.el.earlier?.addEventListener("click", () => this.loadEarlier());
    document.addEventListener("visibilitychange", () => this.markRead());
    window.addEventListener("focus", () => this.markRead());
    window.addEventListener("online", () => this.flush());

    this.ready = this.loadInitial();
    const socket = getSocket();
    socket.on("message", (m) => this.onMessageEvent(m));
    socket.on("typing", (t) => this.onTyping(t));
    // The owner released a redacted message: replace the rendered copy (ids we never loaded are
    // left to the next page of history).
    socket.on("message_updated", (m) => this.messages.has(m?.id) && this.merge([m]));
    socket.on("conversation", (c) => c?.id === this.id && this.setConversation(c));
    socket.on("revoked", (r) => Number(r?.conversation_id) === this.id && this.setUnavailable());
    socket.on("disconnect", () => this.settle(Date.now() - SETTLE_MS));
    // After a relay outage ("resync") an earlier live message may be missing: start from what a
    // load or a sync confirmed.
    socket.on("resync", () => this.settle(-Infinity));
    onConnect(() => this.catchUp());
    await this.ready;
  }

  // ---- loading -------------------------------------------------------------------------------

  async loadInitial() {
    try {
      const [{ conversation }, { messages }] = await Promise.all([
        get(`/api/conversations/${this.id}`),
        get(`/api/conversations/${this.id}/messages?limit=${PAGE}`),
      ]);
      this.setConversation(conversation);
      this.hasEarlier = messages.length >= PAGE;
      this.merge(messages, { forceBottom: true });
      this.confirm(messages);
      this.markRead();
    } catch (err) {
      if (err instanceof ApiError && [403, 404].includes(err.status)) this.setUnavailable();
      else this.showBanner("We couldn't load this conversation. It will retry when the connection is back.", "error");
    } finally {
      this.render({ forceBottom: true });
    }
  }

  async loadEarlier() {
    const first = Math.min(...this.messages.keys());
    if (!Number.isFinite(first)) return;
    this.el.earlier.disabled = true;
    try {
      const { messages } = await get(`/api/conversations/${this.id}/messages?before=${first}&limit=${PAGE}`);
      this.hasEarlier = messages.length >= PAGE;
      this.merge(messages, { keepPosition: true });
    } catch (err) {
      this.showBanner(err.message, "error", 5000);
    } finally {
      this.el.earlier.disabled = false;
    }
  }

  /** Every message up to the highest of these ids is here (a load or a sync returned them). */
  confirm(messages) {
    for (const m of messages || []) if (m.id > this.syncedId) this.syncedId = m.id;
    this.live = this.live.filter(([id]) => id > this.syncedId);
  }

  /**
   * Live messages received before `cutoff`, with the socket connected ever since, cover every
   * earlier id. `drop` forgets the others (they are fetched again by the next catch-up).
   */
  settle(cutoff, { drop = true } = {}) {
    const rest = [];
    for (const [id, at] of this.live) {
      if (at > cutoff) rest.push([id, at]);
      else if (id > this.syncedId) this.syncedId = id;
    }
    this.live = drop ? [] : rest;
  }

  /** On every (re)connect: fetch everything after the last confirmed id, then resend the outbox. */
  async catchUp() {
    await this.ready;
    if (this.unavailable) return;
    if (!this.conversation) {
      this.ready = this.loadInitial();
      await this.ready;
    }
    for (let round = 0; round < 20; round += 1) {
      let ack;
      try {
        ack = await request("sync", { conversation_id: this.id, after_id: this.syncedId });
      } catch {
        return; // disconnected again; the next connect starts over
      }
      if (!ack?.ok) {
        if (["not_found", "forbidden"].includes(ack?.error?.code)) this.setUnavailable();
        return;
      }
      const got = ack.messages || [];
      this.merge(got);
      this.confirm(got);
      if (got.length < SYNC_PAGE) break;
    }
    this.clearBanner("error");
    this.markRead();
    this.flush();
  }

  // ---- state -----------------------------------------------------------------------------------

  setConversation(conversation) {
    if (!conversation) return;
    this.conversation = conversation;
    this.onConversation(conversation);
    if (conversation.status === "closed") this.showBanner(closedText(this.viewer), "closed");
    else this.clearBanner("closed");
  }

  setUnavailable() {
    this.unavailable = true;
    clearTimeout(this.retryTimer);
    this.showBanner("This conversation is no longer available.", "revoked");
    this.root.classList.add("is-unavailable");
    for (const key of ["input", "send", "note"]) if (this.el[key]) this.el[key].disabled = true;
    if (this.el.earlier) this.el.earlier.hidden = true;
    this.el.typing.textContent = "";
  }

  /** Adds server messages (any order, duplicates fine) and drops the outbox entries they settle. */
  merge(messages, renderOptions = {}) {
    let changed = false;
    for (const m of messages || []) {
      if (!m || Number(m.conversation_id) !== this.id || !Number.isFinite(Number(m.id))) continue;
      if (m.mine && m.client_msg_id && this.outbox.remove(m.client_msg_id)) changed = true;
      if (m.mine && m.client_msg_id) this.view.forget(`p${m.client_msg_id}`);
      const known = this.messages.get(m.id);
      if (!known || JSON.stringify(known) !== JSON.stringify(m)) {
        this.messages.set(m.id, m);
        this.view.forget(`m${m.id}`);
        changed = true;
      }
      if (m.id > this.lastId) this.lastId = m.id;
    }
    if (changed) this.render(renderOptions);
    return changed;
  }

  onMessageEvent(m) {
    if (Number(m?.conversation_id) !== this.id) return;
    const isNew = !this.messages.has(m.id);
    const atBottom = this.view.isNearBottom();
    this.merge([m], { forceBottom: m.mine });
    if (m.id > this.syncedId) this.live.push([m.id, Date.now()]);
    this.settle(Date.now() - SETTLE_MS, { drop: false });
    if (!isNew) return;
    if (!m.mine) {
      this.stopTyping(senderOf(m, this.viewer).name);
      this.view.announceNew(atBottom);
    }
    this.markRead();
  }

  render(options = {}) {
    const hasEarlier = this.hasEarlier && !this.unavailable;
    this.view.render(this.messages.values(), this.outbox.all(), { ...options, hasEarlier });
  }

  // ---- banners --------------------------------------------------------------------------------------

  showBanner(text, kind, timeoutMs = 0) {
    const banner = this.el.banner;
    if (!banner) return;
    if (banner.dataset.kind === "revoked" && kind !== "revoked") return;
    banner.textContent = text;
    banner.dataset.kind = kind;
    banner.hidden = false;
    if (timeoutMs) setTimeout(() => this.clearBanner(kind), timeoutMs);
  }

  clearBanner(kind) {
    const banner = this.el.banner;
    if (banner && banner.dataset.kind === kind) {
      banner.hidden = true;
      banner.dataset.kind = "";
    }
  }

  // ---- sending -----------------------------------------------------------------------------------

  bindComposer() {
    const { form, input, note } = this.el;
    if (!form || !input) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.sendFromComposer();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        this.sendFromComposer();
      }
    });
    input.addEventListener("input", () => {
      this.autosize();
      this.updateCounter();
      this.sendTyping();
    });
    note?.addEventListener("change", () => {
      form.classList.toggle("is-note", note.checked);
      input.placeholder = note.checked ? input.dataset.notePlaceholder || "Write a private note…" : input.dataset.placeholder || "";
      input.focus();
    });
    if (input.placeholder) input.dataset.placeholder = input.placeholder;
  }

  sendFromComposer() {
    const { input, note } = this.el;
    if (this.unavailable || input.disabled) return;
    const body = input.value.trim();
    if (!body) return;
    if (body.length > MAX_BODY) {
      this.showBanner(`Messages can be at most ${MAX_BODY.toLocaleString()} characters.`, "error", 5000);
      return;
    }
    this.outbox.add(body, Boolean(note?.checked));
    input.value = "";
    this.autosize();
    this.updateCounter();
    this.render({ forceBottom: true });
    this.flush();
    input.focus();
  }

  /** Sends outbox entries one at a time, in order, until each is acked or fails for good. */
  async flush() {
    if (this.flushing || this.unavailable) return;
    this.flushing = true;
    clearTimeout(this.retryTimer);
    try {
      // Re-read the outbox after every send: entries added while one was in flight (the
      // composer calls flush() again, which returns at once) must go out in this same run.
      const tried = new Set();
      for (;;) {
        const entry = this.outbox.sending().find((e) => !tried.has(e.client_msg_id));
        if (!entry) break;
        tried.add(entry.client_msg_id);
        const outcome = await this.sendOne(entry);
        if (outcome === "stop") return;
      }
      this.retryDelay = 1000;
    } finally {
      this.flushing = false;
    }
  }

  async sendOne(entry) {
    const payload = { conversation_id: this.id, body: entry.body, client_msg_id: entry.client_msg_id };
    if (entry.note) payload.note = true;
    let ack;
    try {
      ack = await request("send_message", payload, 10000);
    } catch {
      this.scheduleRetry(); // disconnected or no ack in time: same client_msg_id later
      return "stop";
    }
    if (ack?.ok && ack.message) {
      this.retryDelay = 1000;
      this.merge([ack.message], { forceBottom: true });
      return "next";
    }
    const code = ack?.error?.code;
    if (PERMANENT_ERRORS.has(code)) {
      this.outbox.update(entry.client_msg_id, { state: "failed", error: ack.error });
      this.render();
      if (code === "forbidden" || code === "not_found") this.checkStillVisible();
      return "next";
    }
    this.scheduleRetry(code === "rate_limited" ? 5000 : 0);
    return "stop";
  }

  scheduleRetry(minDelay = 0) {
    clearTimeout(this.retryTimer);
    const delay = Math.max(minDelay, this.retryDelay) * (0.8 + Math.random() * 0.4);
    this.retryDelay = Math.min(this.retryDelay * 2, 30000);
    this.retryTimer = setTimeout(() => this.flush(), delay);
  }

  retry(cmid) {
    this.outbox.update(cmid, { state: "sending", error: null });
    this.render();
    this.retryDelay = 1000;
    this.flush();
  }

  discard(cmid) {
    this.outbox.remove(cmid);
    this.view.forget(`p${cmid}`);
    this.render();
    this.el.input?.focus();
  }

  async checkStillVisible() {
    try {
      await get(`/api/conversations/${this.id}`);
    } catch (err) {
      if (err instanceof ApiError && [403, 404].includes(err.status)) this.setUnavailable();
    }
  }

  autosize() {
    const input = this.el.input;
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
  }

  updateCounter() {
    const counter = this.el.counter;
    if (!counter) return;
    const left = MAX_BODY - this.el.input.value.length;
    counter.hidden = left > 400;
    counter.textContent = `${left.toLocaleString()} characters left`;
    counter.classList.toggle("is-over", left < 0);
  }

  // ---- typing and read state -------------------------------------------------------------------

  sendTyping() {
    if (this.unavailable || this.el.note?.checked || !this.el.input.value.trim()) return;
    const now = Date.now();
    if (now - this.lastTypingSent < TYPING_SEND_EVERY_MS) return;
    this.lastTypingSent = now;
    emitVolatile("typing", { conversation_id: this.id });
  }

  onTyping(event) {
    if (Number(event?.conversation_id) !== this.id || this.unavailable) return;
    const name = event.name || "Someone";
    const el = this.el.typing;
    el.replaceChildren(
      h("span", { class: "typing__dots", "aria-hidden": "true" }, h("i"), h("i"), h("i")),
      h("span", {}, `${name} is typing…`),
    );
    el.dataset.name = name;
    el.classList.add("is-visible");
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), TYPING_SHOW_MS);
  }

  stopTyping(name) {
    const el = this.el.typing;
    if (name && el.dataset.name && el.dataset.name !== name) return;
    clearTimeout(this.typingTimer);
    el.classList.remove("is-visible");
    el.replaceChildren();
    el.dataset.name = "";
  }

  markRead() {
    if (this.unavailable || document.visibilityState !== "visible") return;
    if (this.lastId <= this.lastReadSent) return;
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(async () => {
      const upTo = this.lastId;
      if (upTo <= this.lastReadSent) return;
      this.lastReadSent = upTo;
      try {
        const { conversation } = await post(`/api/conversations/${this.id}/read`, { last_read_id: upTo });
        if (conversation) this.setConversation(conversation);
      } catch {
        this.lastReadSent = 0; // try again on the next occasion
      }
    }, 300);
  }
}

function closedText(viewer) {
  if (viewer === "owner") return "This conversation is closed. Reopen it to continue.";
  return viewer === "client"
    ? "This request is closed. Send a message to reopen it."
    : "This request has been closed.";
}
