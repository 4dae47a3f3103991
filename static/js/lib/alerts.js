// Owner pages: live `alert` events (someone keeps sharing contact details, or asked to move a
// client off the platform) counted on the "Review" nav badge since the page loaded, with a toast.
// Loaded by base.html for owners; the Review page adds its own listener for the list.
import { $, h, toast } from "./dom.js";
import { getSocket } from "./socket.js";

const ROLE_WORDS = { client: "client", contractor: "contractor", owner: "owner" };

/** One line for an alert, from the live event or an audit row: "Dana (contractor) asked …". */
export function alertText(alert) {
  const who = alert.person || alert.actor || "Someone";
  const role = ROLE_WORDS[alert.role || alert.actor_role];
  const name = role ? `${who} (${role})` : who;
  const reason = alert.reason || alert.details?.reason;
  const count = alert.count ?? alert.details?.count;
  if (reason === "solicitation") return `${name} tried to take the conversation off the platform`;
  if (reason === "repeated_attempts") {
    return `${name} tried to share contact details ${count || "several"} times in 24 hours`;
  }
  return `${name} triggered an alert`;
}

let count = 0;

function showBadge() {
  const badge = $("[data-alert-badge]");
  if (!badge) return;
  const words = h("span", { class: "visually-hidden" }, ` new alert${count === 1 ? "" : "s"}`);
  badge.replaceChildren(String(count), words);
  badge.hidden = count === 0;
}

// On phones the nav scrolls sideways: keep the current page's item in view.
const here = $(".mainnav__link.is-active");
if (here && here.parentElement.scrollWidth > here.parentElement.clientWidth) {
  here.parentElement.scrollLeft = here.offsetLeft - here.parentElement.clientWidth / 2 + here.offsetWidth / 2;
}

getSocket().on("alert", (alert) => {
  count += 1;
  showBadge();
  toast(`Alert: ${alertText(alert || {})}.`, { tone: "error", timeout: 6000 });
});
