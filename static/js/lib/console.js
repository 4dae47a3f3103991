// Owner console helpers shared by the Review, Dashboard, Audit and People pages.
import { avatar, h } from "./dom.js";

/** Seconds as a person reads them: "40 s", "4 min", "2 h 5 min", "3 d 4 h"; "—" when unknown. */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds))) return "—";
  const s = Math.max(0, Math.round(Number(seconds)));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

const STATUS = {
  active: ["ok", "Active"],
  suspended: ["warn", "Suspended"],
  erased: ["muted", "Erased"],
};

export function statusChip(status) {
  const [tone, text] = STATUS[status] || ["muted", status || "–"];
  return h("span", { class: `chip chip--${tone}` }, text);
}

/** A table cell with an avatar and a name (and, optionally, a role tag). */
export function personCell(name, role = null) {
  return h(
    "td",
    {},
    h(
      "span",
      { class: "person" },
      avatar(name, { size: "sm" }),
      role
        ? h("span", { class: "person__stack" }, h("span", {}, name || "–"), h("span", { class: "person__role" }, role))
        : h("span", {}, name || "–"),
    ),
  );
}

export function emptyRow(cols, text) {
  return h("tr", {}, h("td", { colspan: cols, class: "table__empty" }, text));
}

export const conversationHref = (id) => `/console/conversations/${id}`;
