// Owner: the audit log, newest first, with "Load older" paging on the event id.
import { get } from "../lib/api.js";
import { alertText } from "../lib/alerts.js";
import { conversationHref, emptyRow } from "../lib/console.js";
import { $, formatFull, h } from "../lib/dom.js";
import { kindLabel } from "../lib/messages.js";

const PAGE = 50;
const body = $("[data-events]");
const older = $("[data-older]");
let oldest = null;
let names = new Map(); // user id → name (contractors and clients)

const ACTIONS = {
  login: "Signed in",
  login_failed: "Failed sign-in",
  logout: "Signed out",
  user_created: "Account created",
  invite_created: "Created an invite link",
  assigned: "Assigned a conversation",
  reassigned: "Reassigned a conversation",
  unassigned: "Unassigned a conversation",
  conversation_closed: "Closed a conversation",
  conversation_open: "Reopened a conversation",
  suspended: "Suspended an account",
  reinstated: "Reinstated an account",
  settings_changed: "Changed settings",
  redaction_released: "Released a filtered message",
  policy_block: "Message blocked by the filter",
  transcript_exported: "Downloaded a transcript",
  workspace_exported: "Downloaded the workspace backup",
  client_exported: "Exported a client's data",
  client_erased: "Erased a client",
  alert: "Alert",
};

const SETTING_NAMES = {
  brand_name: "brand name",
  brand_color: "brand colour",
  signup_open: "signup",
  policy_to_contractor: "policy towards contractors",
  policy_to_client: "policy towards clients",
  allowed_domains: "allowed domains",
};

const actionWords = (action) => ACTIONS[action] || String(action || "").replace(/_/g, " ");

function personName(id) {
  return names.get(Number(id)) || `Person #${id}`;
}

function target(event) {
  const value = event.target;
  const [kind, id] = String(value || "").split(":");
  if (!value) return "—";
  if (kind === "conversation") return h("a", { href: conversationHref(id) }, `Conversation #${id}`);
  if (kind === "user") {
    const self = ["login", "logout", "login_failed", "alert"].includes(event.action);
    return names.get(Number(id)) || (self && event.actor) || personName(id);
  }
  if (kind === "message") return `Message #${id}`;
  return value;
}

function details(event) {
  const d = event.details || {};
  const parts = [];
  if (event.action === "alert") parts.push(alertText(event));
  if (d.contractor_id != null) parts.push(`to ${personName(d.contractor_id)}`);
  if (d.previous_contractor_id != null) parts.push(`from ${personName(d.previous_contractor_id)}`);
  if (Array.isArray(d.keys)) parts.push(d.keys.map((k) => SETTING_NAMES[k] || k).join(", "));
  if (Array.isArray(d.kinds)) parts.push(d.kinds.map(kindLabel).join(", "));
  if (d.role) parts.push(`as ${d.role}`);
  const nodes = [];
  parts.forEach((p, i) => nodes.push(i ? " · " : "", p));
  if (d.conversation_id != null && !String(event.target || "").startsWith("conversation:")) {
    if (nodes.length) nodes.push(" · ");
    nodes.push(h("a", { href: conversationHref(d.conversation_id) }, `Conversation #${d.conversation_id}`));
  }
  return nodes.length ? nodes : "—";
}

function row(event) {
  const tone = ["login_failed", "policy_block", "alert", "client_erased", "suspended"].includes(event.action) ? " audit-action--warn" : "";
  return h(
    "tr",
    { dataset: { id: event.id, action: event.action } },
    h("td", { class: "table__muted audit-time" }, h("time", { datetime: event.created_at || "" }, formatFull(event.created_at))),
    h(
      "td",
      {},
      event.actor || h("span", { class: "table__muted" }, "Unknown"),
      event.actor_role ? [" ", h("span", { class: "role-tag" }, event.actor_role)] : null,
    ),
    h("td", {}, h("span", { class: `audit-action${tone}` }, actionWords(event.action))),
    h("td", {}, target(event)),
    h("td", { class: "table__muted" }, details(event)),
  );
}

async function loadPage() {
  older.disabled = true;
  try {
    const query = oldest ? `?limit=${PAGE}&before=${oldest}` : `?limit=${PAGE}`;
    const { events } = await get(`/api/audit${query}`);
    const rows = events.map(row);
    if (oldest === null) body.replaceChildren(...(rows.length ? rows : [emptyRow(5, "Nothing recorded yet.")]));
    else body.append(...rows);
    if (events.length) oldest = events[events.length - 1].id;
    older.hidden = events.length < PAGE;
  } catch (err) {
    if (oldest === null) body.replaceChildren(emptyRow(5, `Couldn't load the audit log: ${err.message}`));
    else older.textContent = "Try again";
  } finally {
    body.setAttribute("aria-busy", "false");
    older.disabled = false;
  }
}

async function loadNames() {
  const lists = await Promise.allSettled([get("/api/contractors"), get("/api/clients")]);
  for (const result of lists) {
    if (result.status !== "fulfilled") continue;
    for (const p of result.value.contractors || result.value.clients || []) names.set(p.id, p.name);
  }
}

older.addEventListener("click", () => {
  older.textContent = "Load older";
  loadPage();
});

loadNames().finally(loadPage);
