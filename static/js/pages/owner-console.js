// Owner: every conversation with real identities, the unassigned queue with assign, filters.
import { ConversationStore, unreadBadge } from "../lib/convlist.js";
import { $, $$, avatar, formatFull, formatShort, h, toast } from "../lib/dom.js";
import { assign, fillContractorSelect, loadContractors, stageChip } from "../lib/owner.js";
import { get } from "../lib/api.js";

const rows = $("[data-rows]");
const base = $("[data-chat-href]").dataset.chatHref;
const queue = $("[data-queue]");
const queueList = $("[data-queue-list]");
const empty = $("[data-empty]");
const q = $("[data-filter-q]");
const stageFilter = $("[data-filter-stage]");
let contractors = [];
let latest = [];
// The live list holds the 500 most recent conversations; a search or stage filter also asks
// the server, so older conversations in a big workspace are found too.
let searched = null;
let searchTimer = null;
let searchSeq = 0;

const store = new ConversationStore((items) => {
  latest = items;
  render();
});

function matches(c, term, stage) {
  if (stage && c.stage !== stage) return false;
  if (!term) return true;
  const hay = [c.title, c.client?.name, c.client?.email, c.client?.company, c.contractor?.name, c.last_message_preview]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  return term.split(/\s+/).every((word) => hay.includes(word));
}

function render() {
  renderStats(latest);
  renderQueue(latest.filter((c) => c.stage === "unassigned"));
  const term = q.value.trim().toLowerCase();
  const live = latest.filter((c) => matches(c, term, stageFilter.value));
  const seen = new Set(live.map((c) => c.id));
  const older = (searched || []).filter((c) => !seen.has(c.id) && matches(c, "", stageFilter.value));
  const shown = [...live, ...older];
  rows.replaceChildren(...shown.map(row));
  rows.setAttribute("aria-busy", "false");
  empty.hidden = shown.length > 0;
  if (!shown.length) {
    const filtered = latest.length > 0;
    $("[data-empty-title]").textContent = filtered ? "Nothing matches" : "No conversations yet";
    $("[data-empty-text]").textContent = filtered
      ? "Try another search or stage."
      : "When a client opens a request it shows up here and in the unassigned queue.";
  }
}

function renderStats(items) {
  for (const node of $$("[data-stat]")) {
    node.textContent = String(items.filter((c) => c.stage === node.dataset.stat).length);
  }
}

function clientLine(c) {
  const name = c.client?.name || c.counterpart_name || "";
  return c.client?.company ? `${name} · ${c.client.company}` : name;
}

function row(c) {
  const when = c.last_message_at || c.created_at;
  const unread = c.unread || 0;
  return h(
    "a",
    { class: `orow${unread ? " is-unread" : ""}`, href: `${base}${c.id}`, role: "row", dataset: { id: c.id } },
    h(
      "span",
      { class: "orow__conv", role: "cell" },
      h("span", { class: "orow__title" }, c.title || "Untitled", unreadBadge(unread)),
      h("span", { class: "orow__preview" }, c.last_message_preview || "No messages yet"),
    ),
    h(
      "span",
      { class: "orow__client", role: "cell" },
      avatar(c.client?.name || c.counterpart_name, { size: "sm" }),
      h(
        "span",
        { class: "orow__stack" },
        h("span", { class: "orow__name" }, c.client?.name || c.counterpart_name || "–"),
        c.client?.company ? h("span", { class: "orow__muted" }, c.client.company) : null,
      ),
    ),
    h(
      "span",
      { class: "orow__contractor", role: "cell" },
      c.contractor ? c.contractor.name : h("span", { class: "orow__muted" }, "Not assigned"),
    ),
    h("span", { class: "orow__stage", role: "cell" }, stageChip(c.stage)),
    h("time", { class: "orow__time", role: "cell", datetime: when || "", title: formatFull(when) }, formatShort(when)),
  );
}

function renderQueue(items) {
  queue.hidden = items.length === 0;
  $("[data-queue-count]").textContent = items.length ? String(items.length) : "";
  // Keep rows someone is interacting with (an open select) instead of rebuilding them.
  const existing = new Map($$("[data-queue-id]", queueList).map((n) => [Number(n.dataset.queueId), n]));
  const nodes = items.map((c) => {
    const node = existing.get(c.id);
    if (node && node.dataset.stamp === stamp(c)) return node;
    return queueRow(c);
  });
  queueList.replaceChildren(...nodes);
}

const stamp = (c) => `${c.last_message_id}|${c.unread}|${c.title}`;

function queueRow(c) {
  const selectId = `assign-${c.id}`;
  const select = h("select", { class: "input select", id: selectId, required: true });
  fillContractorSelect(select, contractors);
  const button = h("button", { class: "btn btn--primary", type: "submit" }, "Assign");
  const form = h(
    "form",
    {
      class: "queue__assign",
      onsubmit: async (event) => {
        event.preventDefault();
        if (!select.value) {
          select.focus();
          toast("Choose a contractor first.");
          return;
        }
        button.disabled = true;
        try {
          const updated = await assign(c.id, Number(select.value));
          store.upsert(updated);
          toast(`Assigned to ${updated.contractor?.name || "contractor"}.`, { tone: "success" });
          loadContractors(true).then((list) => (contractors = list));
        } catch (err) {
          toast(err.message, { tone: "error" });
          button.disabled = false;
        }
      },
    },
    h("label", { class: "visually-hidden", for: selectId }, `Assign “${c.title}” to`),
    select,
    button,
  );
  const when = c.created_at;
  return h(
    "li",
    { class: "queue__item", dataset: { queueId: c.id, stamp: stamp(c) } },
    avatar(c.client?.name, { size: "md" }),
    h(
      "div",
      { class: "queue__main" },
      h("a", { class: "queue__title", href: `${base}${c.id}` }, c.title || "Untitled"),
      h(
        "p",
        { class: "queue__meta" },
        clientLine(c),
        " · ",
        h("time", { datetime: when || "", title: formatFull(when) }, formatShort(when)),
      ),
      h("p", { class: "queue__preview" }, c.last_message_preview || ""),
    ),
    form,
  );
}

function searchServer() {
  clearTimeout(searchTimer);
  const term = q.value.trim();
  const stage = stageFilter.value;
  if (!term && !stage) {
    searched = null;
    render();
    return;
  }
  const seq = ++searchSeq;
  searchTimer = setTimeout(async () => {
    const params = new URLSearchParams({ limit: "200" });
    if (term) params.set("q", term);
    if (stage) params.set("stage", stage);
    try {
      const { conversations } = await get(`/api/conversations?${params}`);
      if (seq === searchSeq) {
        searched = conversations;
        render();
      }
    } catch {
      /* the live list still shows what it has */
    }
  }, 250);
}

q.addEventListener("input", () => {
  render();
  searchServer();
});
stageFilter.addEventListener("change", () => {
  render();
  searchServer();
});
$("[data-filters]").addEventListener("submit", (e) => e.preventDefault());

loadContractors()
  .then((list) => {
    contractors = list;
    for (const node of $$("[data-queue-id]", queueList)) node.dataset.stamp = ""; // rebuild selects
    render();
  })
  .catch(() => toast("Couldn't load contractors.", { tone: "error" }));

store.start().catch(() => {
  rows.replaceChildren();
  empty.hidden = false;
  $("[data-empty-title]").textContent = "We couldn't load conversations";
  $("[data-empty-text]").textContent = "Check your connection and reload the page.";
});
