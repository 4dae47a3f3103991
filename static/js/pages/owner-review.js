// Owner: the filter's findings — every redacted message with its original, who sent it and where,
// per-person counts, and alerts (live). "Release to recipient" delivers the original text.
import { get, post } from "../lib/api.js";
import { alertText } from "../lib/alerts.js";
import { conversationHref, emptyRow, personCell } from "../lib/console.js";
import { $, avatar, formatFull, formatShort, h, toast } from "../lib/dom.js";
import { appendBody, kindLabel } from "../lib/messages.js";
import { getSocket, onConnect } from "../lib/socket.js";

const list = $("[data-redactions]");
const alertsList = $("[data-alerts]");
const peopleBody = $("[data-people]");
const show = $("[data-review-show]");
const nodes = new Map(); // "m<message_id>" | "b<blocked_id>" → <li>
let newAlerts = 0;

function when(value) {
  return h("time", { datetime: value || "", title: formatFull(value) }, formatShort(value));
}

function conversationLink(id, title) {
  return h("a", { href: conversationHref(id) }, title || `Conversation #${id}`);
}

// ---- filtered messages ------------------------------------------------------------------------

function column(label, text, modifier) {
  return h(
    "div",
    { class: `compare__col compare__col--${modifier}` },
    h("span", { class: "compare__label" }, label),
    appendBody(h("p", { class: "compare__body" }), text),
  );
}

function releasedNote() {
  return h(
    "p",
    { class: "redaction-item__released" },
    h("span", { class: "chip chip--ok" }, "Released"),
    h("span", {}, "The recipient now sees the original."),
  );
}

function releaseButton(r) {
  const button = h(
    "button",
    {
      type: "button",
      class: "btn btn--secondary btn--sm",
      "aria-label": `Release message from ${r.sender_name} to recipient`,
      onclick: () => release(r, button),
    },
    "Release to recipient",
  );
  return button;
}

function item(r) {
  const reasons = [...new Set((r.reasons || []).filter(Boolean))];
  const node = h(
    "li",
    {
      class: `redaction-item${r.blocked ? " redaction-item--blocked" : ""}`,
      dataset: { messageId: r.message_id ?? "", released: r.released ? "1" : "", blocked: r.blocked ? "1" : "" },
    },
    h(
      "div",
      { class: "redaction-item__head" },
      avatar(r.sender_name, { size: "sm" }),
      h(
        "p",
        { class: "redaction-item__who" },
        h("strong", {}, r.sender_name || "Unknown"),
        r.sender_role ? h("span", { class: "role-tag" }, r.sender_role) : null,
        h("span", { class: "redaction-item__where" }, "in ", conversationLink(r.conversation_id, r.conversation_title)),
      ),
      h("span", { class: "redaction-item__time" }, when(r.created_at)),
    ),
    h(
      "ul",
      { class: "kinds", "aria-label": "What the filter found" },
      (r.kinds || []).map((k) => h("li", { class: "chip chip--kind" }, kindLabel(k))),
    ),
    h(
      "div",
      { class: "compare" },
      column("Original", r.original_body, "original"),
      r.blocked
        ? h(
            "div",
            { class: "compare__col compare__col--delivered compare__col--blocked" },
            h("span", { class: "compare__label" }, "Delivered"),
            h("p", { class: "compare__body" }, "Nothing — the block policy refused this message and asked the sender to rewrite it."),
          )
        : column(r.released ? "Delivered (released)" : "Delivered", r.body, "delivered"),
    ),
    reasons.length ? h("p", { class: "redaction-item__reasons" }, `Why: ${reasons.join("; ")}`) : null,
    r.blocked
      ? h("div", { class: "redaction-item__foot" }, h("span", { class: "chip chip--warn" }, "Blocked"))
      : h("div", { class: "redaction-item__foot", "data-foot": true }, r.released ? releasedNote() : releaseButton(r)),
  );
  return node;
}

async function release(r, button) {
  button.disabled = true;
  try {
    const { redaction } = await post(`/api/messages/${r.message_id}/release`);
    const fresh = item({ ...r, ...redaction, released: true });
    nodes.get(`m${r.message_id}`)?.replaceWith(fresh);
    nodes.set(`m${r.message_id}`, fresh);
    applyFilter();
    fresh.querySelector("[data-foot]")?.setAttribute("tabindex", "-1");
    fresh.querySelector("[data-foot]")?.focus();
    toast("Released. The recipient now sees the original message.", { tone: "success" });
  } catch (err) {
    toast(err.message, { tone: "error" });
    button.disabled = false;
  }
}

function renderRedactions(filtered, blocked) {
  const redactions = [...filtered, ...blocked.map((b) => ({ ...b, blocked: true }))].sort(
    (x, y) => Date.parse(y.created_at || 0) - Date.parse(x.created_at || 0),
  );
  const children = redactions.map((r) => {
    const key = r.blocked ? `b${r.blocked_id}` : `m${r.message_id}`;
    const known = nodes.get(key);
    if (known && known.dataset.released === (r.released ? "1" : "")) return known;
    const node = item(r);
    nodes.set(key, node);
    return node;
  });
  list.setAttribute("aria-busy", "false");
  $("[data-redactions-count]").textContent = redactions.length ? String(redactions.length) : "";
  if (!children.length) {
    list.replaceChildren(
      h(
        "li",
        { class: "redactions__empty" },
        h("p", { class: "empty-state__title" }, "Nothing filtered yet"),
        h("p", { class: "empty-state__text" }, "When someone tries to share a phone number, an email or a link, it shows up here."),
      ),
    );
    return;
  }
  list.replaceChildren(...children);
  applyFilter();
}

function applyFilter() {
  const mode = show.value;
  for (const node of nodes.values()) {
    const released = node.dataset.released === "1";
    const blocked = node.dataset.blocked === "1";
    node.hidden =
      (mode === "pending" && (released || blocked)) ||
      (mode === "released" && !released) ||
      (mode === "blocked" && !blocked);
  }
}

function renderPeople(people) {
  const rows = people.map((p) =>
    h(
      "tr",
      {},
      personCell(p.name, p.role),
      h("td", { class: "num" }, String(p.last_7_days ?? 0)),
      h("td", { class: "num" }, String(p.total ?? 0)),
    ),
  );
  peopleBody.replaceChildren(...(rows.length ? rows : [emptyRow(3, "No attempts so far.")]));
}

async function loadRedactions() {
  try {
    const { redactions, blocked, people } = await get("/api/redactions");
    renderRedactions(redactions || [], blocked || []);
    renderPeople(people || []);
  } catch (err) {
    list.setAttribute("aria-busy", "false");
    list.replaceChildren(h("li", { class: "redactions__empty" }, `Couldn't load filtered messages: ${err.message}`));
    peopleBody.replaceChildren(emptyRow(3, "Couldn't load the counts."));
  }
}

// ---- alerts -----------------------------------------------------------------------------------

function alertItem(a, isNew = false) {
  const conversationId = a.conversation_id ?? a.details?.conversation_id;
  const reason = a.reason || a.details?.reason;
  return h(
    "li",
    { class: `alert-item${isNew ? " is-new" : ""}`, dataset: { reason: reason || "" } },
    h("span", { class: `alert-item__icon alert-item__icon--${reason || "other"}`, "aria-hidden": "true" }, "!"),
    h(
      "div",
      { class: "alert-item__main" },
      h("p", { class: "alert-item__text" }, alertText(a)),
      h(
        "p",
        { class: "alert-item__meta" },
        when(a.created_at),
        conversationId ? [" · ", conversationLink(conversationId)] : null,
        isNew ? [" · ", h("strong", { class: "alert-item__new" }, "New")] : null,
      ),
    ),
  );
}

function alertsEmpty() {
  return h("li", { class: "alerts__empty", "data-alerts-empty": true }, "No alerts. You'll see one here the moment someone crosses the line.");
}

async function loadAlerts() {
  try {
    const { alerts } = await get("/api/alerts");
    const items = (alerts || []).map((a) => alertItem(a));
    alertsList.replaceChildren(...(items.length ? items : [alertsEmpty()]));
  } catch (err) {
    alertsList.replaceChildren(h("li", { class: "alerts__empty" }, `Couldn't load alerts: ${err.message}`));
  } finally {
    alertsList.setAttribute("aria-busy", "false");
  }
}

getSocket().on("alert", (a) => {
  if (!a) return;
  $("[data-alerts-empty]", alertsList)?.remove();
  alertsList.prepend(alertItem(a, true));
  newAlerts += 1;
  $("[data-alerts-new]").textContent = `${newAlerts} new`;
  loadRedactions(); // the message that triggered it
});

show.addEventListener("change", applyFilter);

let first = true;
onConnect(() => {
  // After a reconnect, catch up on anything missed while offline.
  if (first) {
    first = false;
    return;
  }
  loadRedactions();
  loadAlerts();
});
loadRedactions();
loadAlerts();
