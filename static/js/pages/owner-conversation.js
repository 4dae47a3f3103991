// Owner: one conversation live, with originals beside redacted text, reply as the brand,
// private notes, assignment and close/reopen.
import { post } from "../lib/api.js";
import { Chat } from "../lib/chat.js";
import { $, avatar, toast } from "../lib/dom.js";
import { STAGES, assign, fillContractorSelect, loadContractors, stageChip } from "../lib/owner.js";

const root = $("[data-chat]");
const panel = $("[data-panel]");
const select = $("[data-assign-select]");
const assignButton = $("[data-assign-button]");
const unassignButton = $("[data-unassign]");
const closeButton = $("[data-close]");
const reopenButton = $("[data-reopen]");
let current = null;
let contractors = [];

function setText(selector, value) {
  $(selector, panel).textContent = value || "–";
}

function show(c) {
  current = c;
  const client = c.client || {};
  $("[data-chat-avatar]", root).replaceChildren(avatar(client.name || c.counterpart_name));
  $("[data-chat-title]", root).textContent = c.title || "Conversation";
  const who = [client.name || c.counterpart_name, client.company].filter(Boolean).join(" · ");
  const worker = c.contractor ? `with ${c.contractor.name}` : "not assigned";
  $("[data-chat-subtitle]", root).textContent = `${who} — ${worker}`;
  $("[data-chat-headend]", root).replaceChildren(stageChip(c.stage));
  document.title = `${c.title} · ${document.body.dataset.brandName}`;

  setText("[data-client-name]", client.name);
  setText("[data-client-company]", client.company);
  setText("[data-client-email]", client.email);
  setText("[data-client-phone]", client.phone);
  const stage = $("[data-stage]", panel);
  stage.className = `chip chip--${c.stage || "none"}`;
  stage.textContent = STAGES[c.stage] || "–";
  $("[data-assigned]", panel).textContent = c.contractor
    ? `Assigned to ${c.contractor.name}.`
    : "No one is assigned. Assign a contractor, or reply yourself as the brand.";
  assignButton.textContent = c.contractor ? "Reassign" : "Assign";
  unassignButton.hidden = !c.contractor;
  const closed = c.status === "closed";
  closeButton.hidden = closed;
  reopenButton.hidden = !closed;
  if (contractors.length) fillContractorSelect(select, contractors, { selectedId: c.contractor?.id ?? null });
}

async function act(button, work, done) {
  button.disabled = true;
  try {
    const updated = await work();
    if (updated) show(updated);
    if (done) toast(done(updated), { tone: "success" });
  } catch (err) {
    toast(err.message, { tone: "error" });
  } finally {
    button.disabled = false;
  }
}

$("[data-assign]").addEventListener("submit", (event) => {
  event.preventDefault();
  if (!select.value) {
    select.focus();
    toast("Choose a contractor first.");
    return;
  }
  const id = Number(select.value);
  if (current?.contractor?.id === id) return;
  act(assignButton, () => assign(current.id, id), (c) => `Assigned to ${c.contractor?.name}.`);
});
unassignButton.addEventListener("click", () =>
  act(unassignButton, () => assign(current.id, null), () => "Unassigned. The contractor no longer has access."),
);
closeButton.addEventListener("click", () =>
  act(closeButton, async () => (await post(`/api/conversations/${current.id}/close`)).conversation, () => "Conversation closed."),
);
reopenButton.addEventListener("click", () =>
  act(reopenButton, async () => (await post(`/api/conversations/${current.id}/reopen`)).conversation, () => "Conversation reopened."),
);

// Fold the details panel on phones so the conversation comes first.
if (window.matchMedia("(max-width: 959px)").matches) $("[data-fold]").open = false;

loadContractors()
  .then((list) => {
    contractors = list;
    fillContractorSelect(select, contractors, { selectedId: current?.contractor?.id ?? null });
  })
  .catch(() => toast("Couldn't load contractors.", { tone: "error" }));

const chat = new Chat(root, { viewer: "owner", onConversation: show });
chat.start();
