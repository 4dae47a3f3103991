// Client: the conversation with the brand. Every reply carries the brand's name and avatar.
import { Chat } from "../lib/chat.js";
import { $ } from "../lib/dom.js";

const root = $("[data-chat]");
const chat = new Chat(root, {
  viewer: "client",
  onConversation(c) {
    $("[data-chat-title]", root).textContent = c.title || "Request";
    $("[data-chat-subtitle]", root).textContent = c.status === "closed" ? `${c.counterpart_name} · Closed` : c.counterpart_name;
    document.title = `${c.title} · ${document.body.dataset.brandName}`;
  },
});
chat.start();
