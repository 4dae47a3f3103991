// Renders one message (server message or outbox entry) as a list item, per viewer role.
// Message text always goes through text nodes; placeholders like "[contact removed]" are marked.
import { avatar, brand, formatFull, formatTime, h } from "./dom.js";

const PLACEHOLDER = /\[[a-z][a-z ]{1,40} removed\]/gi;

const KIND_LABELS = {
  phone: "phone number",
  email: "email address",
  url: "link",
  domain: "website",
  handle: "social handle",
  social: "social handle",
  messaging: "messaging app id",
  payment: "payment handle",
  address: "street address",
  name: "name",
  company: "company name",
  identity: "personal details",
};

export function kindLabel(kind) {
  return KIND_LABELS[kind] || String(kind || "contact details").replace(/_/g, " ");
}

/** Appends `text` to `node`, wrapping redaction placeholders in <mark class="redaction">. */
export function appendBody(node, text) {
  const value = String(text ?? "");
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    if (match.index > last) node.append(value.slice(last, match.index));
    node.append(h("mark", { class: "redaction" }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < value.length) node.append(value.slice(last));
  return node;
}

/** Who a message is from, as this viewer may see it: {key, name, role, brandAvatar, mine}. */
export function senderOf(message, viewer) {
  if (message.mine) return { key: `me|${Boolean(message.note)}`, name: "You", mine: true };
  const kind = message.sender_kind;
  const isBrand = kind === "brand" || (viewer !== "owner" && kind === "owner");
  if (viewer === "owner") {
    const name = message.sender_real_name || message.sender_name || "Unknown";
    const role = message.sender_role || kind || "";
    return { key: `${role}|${name}|${Boolean(message.note)}`, name, role, brandAvatar: role === "owner" };
  }
  const name = isBrand && viewer === "client" ? brand().name : message.sender_name || brand().name;
  return { key: `${kind}|${name}|${Boolean(message.note)}`, name, brandAvatar: isBrand };
}

function removalNotice(kinds) {
  // "identity" (a known name, email or phone of someone involved) adds nothing next to the kind.
  const specific = kinds.filter((k) => k !== "identity");
  const list = [...new Set((specific.length ? specific : kinds).map(kindLabel))].join(", ");
  return h(
    "p",
    { class: "msg__notice", role: "note" },
    h("span", { class: "msg__notice-icon", "aria-hidden": "true" }, "i"),
    `We removed contact details (${list}) from your message — contact details can't be shared here.`,
  );
}

function originalBlock(message) {
  const block = h(
    "div",
    { class: "msg__original" },
    h("span", { class: "msg__original-label" }, "Original"),
    appendBody(h("p", { class: "msg__original-body" }), message.original_body),
  );
  const findings = Array.isArray(message.findings) ? message.findings : [];
  if (findings.length) {
    const list = h("ul", { class: "msg__findings", "aria-label": "What the filter removed" });
    for (const f of findings) {
      list.append(h("li", {}, h("strong", {}, kindLabel(f.kind)), f.reason ? ` — ${f.reason}` : ""));
    }
    block.append(list);
  }
  return block;
}

// Owner's own words as the assigned contractor reads them (the client's details removed).
function contractorViewBlock(message) {
  return h(
    "div",
    { class: "msg__original" },
    h("span", { class: "msg__original-label" }, "The contractor sees"),
    appendBody(h("p", { class: "msg__original-body" }), message.contractor_body),
  );
}

function noteLabel(viewer) {
  if (viewer === "client") return null;
  return viewer === "owner" ? "Private note · hidden from the client" : "Private note · only you and the owner see this";
}

/**
 * Builds the <li> for a message. `message` is a server M or an outbox entry (with `pending`
 * true and a `state`). `actions` = {retry(cmid), discard(cmid)} for failed entries.
 */
export function renderMessage(message, viewer, actions = {}) {
  const sender = senderOf(message, viewer);
  const pending = Boolean(message.pending);
  const classes = ["msg", sender.mine ? "msg--mine" : "msg--theirs"];
  if (message.note) classes.push("msg--note");
  if (message.redacted) classes.push("msg--redacted");
  if (pending) classes.push(`msg--${message.state}`);

  const item = h("li", {
    class: classes.join(" "),
    dataset: pending ? { cmid: message.client_msg_id } : { id: message.id, cmid: message.client_msg_id || "" },
  });
  if (!sender.mine) {
    item.append(sender.brandAvatar ? avatar(null, { brand: true, size: "sm" }) : avatar(sender.name, { size: "sm" }));
  }
  const main = h("div", { class: "msg__main" });
  if (!sender.mine || viewer === "owner") {
    const meta = h("p", { class: "msg__meta" }, h("span", { class: "msg__name" }, sender.mine ? "You" : sender.name));
    if (viewer === "owner" && sender.role && !sender.mine) meta.append(h("span", { class: "role-tag" }, sender.role));
    if (viewer === "owner" && sender.mine && !message.note) meta.append(h("span", { class: "role-tag role-tag--as" }, `as ${brand().name}`));
    main.append(meta);
  }
  const bubble = h("div", { class: "msg__bubble", title: formatFull(message.created_at) });
  const label = message.note ? noteLabel(viewer) : null;
  if (label) bubble.append(h("p", { class: "msg__notelabel" }, label));
  bubble.append(appendBody(h("p", { class: "msg__body" }), message.body));
  main.append(bubble);

  if (viewer === "owner" && message.redacted && message.original_body != null) main.append(originalBlock(message));
  if (viewer === "owner" && message.contractor_body) main.append(contractorViewBlock(message));
  const kinds = Array.isArray(message.removed_kinds) ? message.removed_kinds : [];
  if (sender.mine && kinds.length && viewer !== "owner") main.append(removalNotice(kinds));
  main.append(statusLine(message, pending, actions));
  item.append(main);
  return item;
}

function statusLine(message, pending, actions) {
  const line = h("p", { class: "msg__status" });
  if (!pending) {
    line.append(h("time", { datetime: message.created_at || "" }, formatTime(message.created_at)));
    return line;
  }
  if (message.state === "failed") {
    const reason = message.error?.message || "Not sent.";
    line.classList.add("msg__status--failed");
    line.setAttribute("role", "alert");
    line.append(
      h("span", {}, `Not sent — ${reason}`),
      h("button", { type: "button", class: "linkbtn", onclick: () => actions.retry?.(message.client_msg_id) }, "Retry"),
      h("button", { type: "button", class: "linkbtn", onclick: () => actions.discard?.(message.client_msg_id) }, "Discard"),
    );
    return line;
  }
  line.append(h("span", { class: "msg__sending" }, message.waiting ? "Waiting for connection…" : "Sending…"));
  return line;
}
