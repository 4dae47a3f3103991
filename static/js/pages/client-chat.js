// Client: the conversation with the brand. Every reply carries the brand's name and avatar.
import { Chat } from "../lib/chat.js";
import { $, h } from "../lib/dom.js";

const root = $("[data-chat]");
const chat = new Chat(root, {
  viewer: "client",
  onConversation(c) {
    $("[data-chat-title]", root).textContent = c.title || "Request";
    $("[data-chat-subtitle]", root).textContent = c.status === "closed" ? `${c.counterpart_name} · Closed` : c.counterpart_name;
    document.title = `${c.title} · ${document.body.dataset.brandName}`;
  },
});

/** A small "Download transcript" link in the chat header (icon only on phones). */
function transcriptLink(id) {
  const ns = "http://www.w3.org/2000/svg";
  const icon = document.createElementNS(ns, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 20 20", width: 18, height: 18, "aria-hidden": "true" })) icon.setAttribute(k, v);
  const path = document.createElementNS(ns, "path");
  for (const [k, v] of Object.entries({
    d: "M10 3.5v9M6 9l4 4 4-4M4 15.5h12",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "1.8",
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
  })) path.setAttribute(k, v);
  icon.append(path);
  return h(
    "a",
    { class: "btn btn--ghost btn--sm chat__transcript", href: `/api/conversations/${id}/transcript`, download: `conversation-${id}.txt` },
    icon,
    h("span", { class: "chat__transcript-text" }, "Download transcript"),
  );
}

$("[data-chat-headend]", root).replaceChildren(transcriptLink(Number(root.dataset.conversationId)));
chat.start();
