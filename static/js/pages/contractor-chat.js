// Contractor: a request worked under the client's pseudonym, with private notes to the owner.
import { Chat } from "../lib/chat.js";
import { $, avatar } from "../lib/dom.js";

const root = $("[data-chat]");
const chat = new Chat(root, {
  viewer: "contractor",
  onConversation(c) {
    $("[data-chat-avatar]", root).replaceChildren(avatar(c.counterpart_name));
    $("[data-chat-title]", root).textContent = c.title || "Request";
    $("[data-chat-subtitle]", root).textContent = c.status === "closed" ? `${c.counterpart_name} · Closed` : c.counterpart_name;
    document.title = `${c.title} · ${document.body.dataset.brandName}`;
  },
});
chat.start();
