// Owner-only helpers shared by the console and the conversation page.
import { get, post } from "./api.js";
import { h } from "./dom.js";

export const STAGES = {
  unassigned: "Unassigned",
  waiting_on_contractor: "Waiting on contractor",
  waiting_on_client: "Waiting on client",
  closed: "Closed",
};

export function stageChip(stage) {
  return h("span", { class: `chip chip--${stage || "none"}` }, STAGES[stage] || stage || "–");
}

let contractorsPromise = null;

/** Contractors for assign menus (cached per page; pass fresh=true after a change). */
export function loadContractors(fresh = false) {
  if (!contractorsPromise || fresh) {
    contractorsPromise = get("/api/contractors").then((r) => r.contractors || []);
    contractorsPromise.catch(() => {
      contractorsPromise = null;
    });
  }
  return contractorsPromise;
}

/** Fills a <select> with active contractors; keeps `selectedId` selected; adds a placeholder. */
export function fillContractorSelect(select, contractors, { selectedId = null, placeholder = "Choose a contractor…" } = {}) {
  const options = [h("option", { value: "" }, placeholder)];
  for (const c of contractors) {
    if (c.status !== "active" && c.id !== selectedId) continue;
    const load = Number.isFinite(c.open_count) ? ` · ${c.open_count} open` : "";
    options.push(h("option", { value: c.id, selected: c.id === selectedId }, `${c.name}${load}`));
  }
  select.replaceChildren(...options);
}

export async function assign(conversationId, contractorId) {
  const { conversation } = await post(`/api/conversations/${conversationId}/assign`, {
    contractor_id: contractorId,
  });
  return conversation;
}
