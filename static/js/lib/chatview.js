// The message list of a chat: server messages in id order, then outbox entries, with day
// separators and sender grouping. Nodes are cached and only moved when out of place, so scroll
// position and focus (e.g. on a Retry button) survive live updates.
import { $, dayKey, formatDay, h } from "./dom.js";
import { renderMessage, senderOf } from "./messages.js";

const GROUP_GAP_MS = 5 * 60 * 1000;

export class MessageListView {
  constructor(root, viewer, actions) {
    this.viewer = viewer;
    this.actions = actions;
    this.nodes = new Map(); // "m<id>" | "p<cmid>" | "d<day>" → element
    this.scroll = $("[data-chat-scroll]", root);
    this.list = $("[data-messages]", root);
    this.earlier = $("[data-load-earlier]", root);
    this.jump = $("[data-jump]", root);
    this.empty = $("[data-chat-empty]", root);
    this.jump?.addEventListener("click", () => this.scrollToBottom(true));
    this.scroll?.addEventListener("scroll", () => {
      if (this.isNearBottom() && this.jump) this.jump.hidden = true;
    });
  }

  /**
   * @param {object[]} messages server messages (any order)
   * @param {object[]} pending outbox entries, oldest first
   */
  render(messages, pending, { forceBottom = false, keepPosition = false, hasEarlier = false } = {}) {
    if (!this.list) return;
    const wasAtBottom = this.isNearBottom();
    const fromBottom = this.scroll ? this.scroll.scrollHeight - this.scroll.scrollTop : 0;
    const entries = [
      ...[...messages].sort((a, b) => a.id - b.id),
      ...pending.map((e) => ({ ...e, pending: true, mine: true })),
    ];
    const desired = [];
    let prev = null;
    let lastDay = null;
    entries.forEach((m, index) => {
      const day = dayKey(m.created_at);
      if (day && day !== lastDay) {
        desired.push(this.daySeparator(day, m.created_at));
        lastDay = day;
        prev = null;
      }
      const node = this.nodeFor(m);
      const next = entries[index + 1];
      const continues = next && sameGroup(m, next, this.viewer) && dayKey(next.created_at) === day;
      node.classList.toggle("is-continued", Boolean(prev && sameGroup(prev, m, this.viewer)));
      node.classList.toggle("is-group-end", !continues);
      desired.push(node);
      prev = m;
    });
    reconcile(this.list, desired);
    this.list.setAttribute("aria-busy", "false");
    if (this.earlier) this.earlier.hidden = !hasEarlier;
    if (this.empty) this.empty.hidden = entries.length > 0;
    if (!this.scroll) return;
    if (keepPosition) this.scroll.scrollTop = this.scroll.scrollHeight - fromBottom;
    else if (forceBottom || wasAtBottom) this.scrollToBottom();
  }

  /** Forgets a cached node (the message changed or settled) so the next render rebuilds it. */
  forget(key) {
    const node = this.nodes.get(key);
    if (node) {
      node.remove();
      this.nodes.delete(key);
    }
  }

  nodeFor(m) {
    const key = m.pending ? `p${m.client_msg_id}` : `m${m.id}`;
    const stamp = m.pending ? `${m.state}|${m.error?.message || ""}` : "";
    let node = this.nodes.get(key);
    if (!node || node.dataset.stamp !== stamp) {
      node = renderMessage(m, this.viewer, this.actions);
      node.dataset.stamp = stamp;
      this.nodes.set(key, node);
    }
    return node;
  }

  daySeparator(day, createdAt) {
    const key = `d${day}`;
    let node = this.nodes.get(key);
    if (!node) {
      node = h("li", { class: "day-sep", role: "separator" }, h("span", {}, formatDay(createdAt)));
      this.nodes.set(key, node);
    }
    return node;
  }

  isNearBottom() {
    const s = this.scroll;
    return !s || s.scrollHeight - s.scrollTop - s.clientHeight < 120;
  }

  scrollToBottom(smooth = false) {
    if (!this.scroll) return;
    this.scroll.scrollTo({ top: this.scroll.scrollHeight, behavior: smooth ? "smooth" : "auto" });
    if (this.jump) this.jump.hidden = true;
  }

  /** Shows the "New messages" pill when something arrives while the reader is scrolled up. */
  announceNew(wasAtBottom) {
    if (!wasAtBottom && this.jump) this.jump.hidden = false;
  }
}

function sameGroup(a, b, viewer) {
  if (senderOf(a, viewer).key !== senderOf(b, viewer).key) return false;
  const ta = Date.parse(a.created_at);
  const tb = Date.parse(b.created_at);
  return !(Number.isFinite(ta) && Number.isFinite(tb) && Math.abs(tb - ta) > GROUP_GAP_MS);
}

/** Makes `list`'s children equal `desired`, moving only nodes that are out of place. */
function reconcile(list, desired) {
  const keep = new Set(desired);
  for (const child of [...list.children]) if (!keep.has(child)) child.remove();
  let cursor = list.firstChild;
  for (const node of desired) {
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    list.insertBefore(node, cursor);
  }
}
