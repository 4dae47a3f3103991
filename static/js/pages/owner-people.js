// Owner: contractors (suspend / reinstate), clients, and single-use invite links.
import { get, post } from "../lib/api.js";
import { $, avatar, formatFull, h, toast } from "../lib/dom.js";

const contractorsBody = $("[data-contractors]");
const clientsBody = $("[data-clients]");

function emptyRow(cols, text) {
  return h("tr", {}, h("td", { colspan: cols, class: "table__empty" }, text));
}

function nameCell(name) {
  return h("td", {}, h("span", { class: "person" }, avatar(name, { size: "sm" }), h("span", {}, name || "–")));
}

function statusChip(status) {
  return h("span", { class: `chip chip--${status === "active" ? "ok" : "warn"}` }, status === "active" ? "Active" : "Suspended");
}

function contractorRow(c) {
  const active = c.status === "active";
  const button = h(
    "button",
    {
      type: "button",
      class: `btn btn--sm ${active ? "btn--danger-ghost" : "btn--secondary"}`,
      "aria-label": `${active ? "Suspend" : "Reinstate"} ${c.name}`,
      onclick: () => toggle(c, button),
    },
    active ? "Suspend" : "Reinstate",
  );
  return h(
    "tr",
    { dataset: { id: c.id } },
    nameCell(c.name),
    h("td", { class: "table__muted" }, c.email || ""),
    h("td", {}, statusChip(c.status)),
    h("td", { class: "num" }, String(c.open_count ?? 0)),
    h("td", { class: "actions" }, button),
  );
}

async function toggle(c, button) {
  const suspending = c.status === "active";
  if (suspending && !window.confirm(`Suspend ${c.name}? They are signed out at once and lose access to their conversations.`)) return;
  button.disabled = true;
  try {
    const { contractor } = await post(`/api/contractors/${c.id}/${suspending ? "suspend" : "reinstate"}`);
    toast(`${contractor?.name || c.name} ${suspending ? "suspended" : "reinstated"}.`, { tone: "success" });
    await loadContractors();
  } catch (err) {
    toast(err.message, { tone: "error" });
    button.disabled = false;
  }
}

async function loadContractors() {
  try {
    const { contractors } = await get("/api/contractors");
    contractorsBody.replaceChildren(...(contractors.length ? contractors.map(contractorRow) : [emptyRow(5, "No contractors yet. Invite one above.")]));
  } catch (err) {
    contractorsBody.replaceChildren(emptyRow(5, `Couldn't load contractors: ${err.message}`));
  }
}

async function loadClients() {
  try {
    const { clients } = await get("/api/clients");
    const rows = clients.map((c) =>
      h(
        "tr",
        { dataset: { id: c.id } },
        nameCell(c.name),
        h("td", { class: "table__muted" }, c.email || ""),
        h("td", {}, c.company || "–"),
        h("td", { class: "table__muted" }, c.phone || "–"),
      ),
    );
    clientsBody.replaceChildren(...(rows.length ? rows : [emptyRow(4, "No clients yet.")]));
  } catch (err) {
    clientsBody.replaceChildren(emptyRow(4, `Couldn't load clients: ${err.message}`));
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
