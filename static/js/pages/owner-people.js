// Owner: contractors (suspend / reinstate, load and response times), clients (suspend /
// reinstate, export as JSON or CSV, erase with an in-page typed confirmation), and invite links.
import { get, post } from "../lib/api.js";
import { emptyRow, formatDuration, statusChip } from "../lib/console.js";
import { $, avatar, formatFull, h, toast } from "../lib/dom.js";

const contractorsBody = $("[data-contractors]");
const clientsBody = $("[data-clients]");
const ERASE_WORD = "ERASE";

function nameCell(name) {
  return h("td", {}, h("span", { class: "person" }, avatar(name, { size: "sm" }), h("span", {}, name || "–")));
}

function suspendButton(person, role) {
  const active = person.status === "active";
  const button = h(
    "button",
    {
      type: "button",
      class: `btn btn--sm ${active ? "btn--danger-ghost" : "btn--secondary"}`,
      "aria-label": `${active ? "Suspend" : "Reinstate"} ${person.name}`,
      onclick: () => toggle(person, role, button),
    },
    active ? "Suspend" : "Reinstate",
  );
  return button;
}

function contractorRow(c, times) {
  return h(
    "tr",
    { dataset: { id: c.id } },
    nameCell(c.name),
    h("td", { class: "table__muted" }, c.email || ""),
    h("td", {}, statusChip(c.status)),
    h("td", { class: "num" }, String(times?.open_count ?? c.open_count ?? 0)),
    h("td", { class: "num" }, formatDuration(times?.median_first_response_s)),
    h("td", { class: "num" }, formatDuration(times?.median_reply_s)),
    h("td", { class: "actions" }, suspendButton(c, "contractor")),
  );
}

async function toggle(person, role, button) {
  const suspending = person.status === "active";
  if (suspending && !window.confirm(`Suspend ${person.name}? They are signed out at once and can't sign in until you reinstate them.`)) return;
  button.disabled = true;
  try {
    const plural = role === "client" ? "clients" : "contractors";
    const result = await post(`/api/${plural}/${person.id}/${suspending ? "suspend" : "reinstate"}`);
    const updated = result[role];
    toast(`${updated?.name || person.name} ${suspending ? "suspended" : "reinstated"}.`, { tone: "success" });
    await (role === "client" ? loadClients() : loadContractors());
  } catch (err) {
    toast(err.message, { tone: "error" });
    button.disabled = false;
  }
}

async function loadContractors() {
  try {
    const [{ contractors }, stats] = await Promise.all([
      get("/api/contractors"),
      get("/api/stats").catch(() => ({ contractors: [] })),
    ]);
    const times = new Map((stats.contractors || []).map((c) => [c.id, c]));
    contractorsBody.replaceChildren(
      ...(contractors.length ? contractors.map((c) => contractorRow(c, times.get(c.id))) : [emptyRow(7, "No contractors yet. Invite one above.")]),
    );
  } catch (err) {
    contractorsBody.replaceChildren(emptyRow(7, `Couldn't load contractors: ${err.message}`));
  }
}

// ---- clients ------------------------------------------------------------------------------------

function exportLinks(c) {
  if (c.status === "erased") return h("span", { class: "table__muted" }, "—");
  return h(
    "span",
    { class: "linkgroup" },
    h("a", { href: `/api/clients/${c.id}/export`, download: `client-${c.id}.json`, "aria-label": `Export ${c.name}'s data as JSON` }, "JSON"),
    h("a", { href: `/api/clients/${c.id}/export?format=csv`, download: `client-${c.id}.csv`, "aria-label": `Export ${c.name}'s data as CSV` }, "CSV"),
  );
}

function clientRow(c) {
  const erased = c.status === "erased";
  const actions = erased
    ? []
    : [
        suspendButton(c, "client"),
        h(
          "button",
          {
            type: "button",
            class: "btn btn--sm btn--danger-ghost",
            "aria-label": `Erase ${c.name}`,
            "aria-expanded": "false",
            onclick: (event) => openErase(c, event.currentTarget),
          },
          "Erase",
        ),
      ];
  return h(
    "tr",
    { dataset: { id: c.id }, class: erased ? "is-erased" : "" },
    nameCell(c.name),
    h("td", { class: "table__muted" }, erased ? "—" : c.email || ""),
    h("td", {}, c.company || "–"),
    h("td", { class: "table__muted" }, c.phone || "–"),
    h("td", {}, statusChip(c.status)),
    h("td", {}, exportLinks(c)),
    h("td", { class: "actions" }, h("span", { class: "actions__group" }, actions)),
  );
}

/** The in-page confirmation for erasing a client: a row under theirs, with a typed word. */
function openErase(c, trigger) {
  const row = trigger.closest("tr");
  const existing = row.nextElementSibling;
  if (existing?.dataset.eraseFor === String(c.id)) {
    existing.querySelector("input")?.focus();
    return;
  }
  const inputId = `erase-confirm-${c.id}`;
  const hintId = `erase-hint-${c.id}`;
  const input = h("input", {
    class: "input erase__input",
    id: inputId,
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": hintId,
  });
  const confirm = h("button", { type: "submit", class: "btn btn--danger", disabled: true }, "Erase for good");
  const close = () => {
    panelRow.remove();
    trigger.setAttribute("aria-expanded", "false");
    trigger.focus();
  };
  const form = h(
    "form",
    {
      class: "erase",
      "aria-label": `Erase ${c.name}`,
      onsubmit: async (event) => {
        event.preventDefault();
        if (input.value.trim().toUpperCase() !== ERASE_WORD) return;
        confirm.disabled = true;
        try {
          const { client } = await post(`/api/clients/${c.id}/erase`);
          toast(`${c.name} was erased. Contractors now see “${client?.name || "Deleted client"}”.`, { tone: "success" });
          await loadClients();
        } catch (err) {
          toast(err.message, { tone: "error" });
          confirm.disabled = false;
        }
      },
    },
    h("p", { class: "erase__title" }, `Erase ${c.name}?`),
    h(
      "p",
      { class: "erase__text", id: hintId },
      "Their name, email, phone and company are removed for good, their sessions end at once, and contractors will see “Deleted client”. Conversations stay for your records. This can't be undone — export their data first if they asked for a copy.",
    ),
    h(
      "div",
      { class: "erase__row" },
      h("label", { class: "field__label", for: inputId }, `Type ${ERASE_WORD} to confirm`),
      input,
      confirm,
      h("button", { type: "button", class: "btn btn--ghost", onclick: close }, "Cancel"),
    ),
  );
  input.addEventListener("input", () => {
    confirm.disabled = input.value.trim().toUpperCase() !== ERASE_WORD;
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  const panelRow = h("tr", { class: "erase-row", dataset: { eraseFor: c.id } }, h("td", { colspan: 7 }, form));
  row.after(panelRow);
  trigger.setAttribute("aria-expanded", "true");
  input.focus();
}

async function loadClients() {
  try {
    const { clients } = await get("/api/clients");
    const rows = clients.map(clientRow);
    clientsBody.replaceChildren(...(rows.length ? rows : [emptyRow(7, "No clients yet.")]));
  } catch (err) {
    clientsBody.replaceChildren(emptyRow(7, `Couldn't load clients: ${err.message}`));
  }
}

const inviteForm = $("[data-invite]");
const result = $("[data-invite-result]");
const urlField = $("[data-invite-url]");

inviteForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const button = $("[data-invite-button]");
  const role = $("[data-invite-role]").value;
  const email = $("[data-invite-email]").value.trim();
  button.disabled = true;
  try {
    const { invite } = await post("/api/invites", email ? { role, email } : { role });
    const url = new URL(invite.url, window.location.origin).href;
    urlField.value = url;
    $("[data-invite-label]").textContent = `Invite link for a ${invite.role}${invite.email ? ` (${invite.email})` : ""}`;
    $("[data-invite-expiry]").textContent = invite.expires_at ? `Works once. Expires ${formatFull(invite.expires_at)}.` : "Works once.";
    result.hidden = false;
    urlField.focus();
    urlField.select();
  } catch (err) {
    toast(err.message, { tone: "error" });
  } finally {
    button.disabled = false;
  }
});

$("[data-copy]").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(urlField.value);
    toast("Link copied.", { tone: "success" });
  } catch {
    urlField.select();
    toast("Press Ctrl+C (⌘C) to copy the selected link.");
  }
});

loadContractors();
loadClients();
