// Mounts the live conversation list on the client "My requests" and contractor inbox pages.
import { $ } from "./dom.js";
import { ConversationStore, conversationRow } from "./convlist.js";

export function mountList({ viewer }) {
  const list = $("[data-conversation-list]");
  const empty = $("[data-empty]");
  const base = list.dataset.chatHref;
  const store = new ConversationStore((items) => {
    list.replaceChildren(...items.map((c) => conversationRow(c, { viewer, href: `${base}${c.id}` })));
    list.setAttribute("aria-busy", "false");
    list.hidden = items.length === 0;
    empty.hidden = items.length > 0;
  });
  store.start().catch(() => {
    list.replaceChildren();
    empty.hidden = false;
    empty.querySelector(".empty-state__title").textContent = "We couldn't load this list";
    empty.querySelector(".empty-state__text").textContent = "Check your connection and reload the page.";
  });
  return store;
}
