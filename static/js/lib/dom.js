// Small DOM helpers. Every piece of user text goes through textContent, never innerHTML.

/**
 * Builds an element: h("p", {class: "x", dataset: {id: 1}, onclick: fn}, "text", child).
 * String children become text nodes; attributes named on* become event listeners.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** Initials for an avatar: "Client Amber Falcon" → "AF", "Dana Whitfield" → "DW". */
export function initials(name) {
  let words = String(name || "").trim().split(/\s+/).filter(Boolean);
  if (words.length > 2 && words[0].toLowerCase() === "client") words = words.slice(1);
  if (!words.length) return "?";
  const first = [...words[0]][0] || "";
  const last = words.length > 1 ? [...words[words.length - 1]][0] || "" : "";
  return (first + last).toUpperCase();
}

/** A stable palette slot (0–7) for a name, so each person keeps one colour. */
export function toneFor(name) {
  let hash = 0;
  for (const ch of String(name || "")) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return hash % 8;
}

/** A coloured circle with initials. `brand` uses the brand colour and initial. */
export function avatar(name, { brand = false, size = "md" } = {}) {
  const body = document.body.dataset;
  if (brand && body.brandLogo) {
    return h("img", { class: `avatar avatar--${size} avatar--logo`, src: body.brandLogo, alt: "", "aria-hidden": "true" });
  }
  const label = brand ? body.brandInitial || initials(body.brandName) : initials(name);
  const tone = brand ? "brand" : `t${toneFor(name)}`;
  return h("span", { class: `avatar avatar--${size} avatar--${tone}`, "aria-hidden": "true" }, label);
}

export const brand = () => ({
  name: document.body.dataset.brandName || "",
  initial: document.body.dataset.brandInitial || "",
});

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
const weekdayFmt = new Intl.DateTimeFormat(undefined, { weekday: "short" });
const dateFmt = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });
const longDateFmt = new Intl.DateTimeFormat(undefined, { weekday: "long", month: "long", day: "numeric" });
const yearDateFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });
const fullFmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function parseDate(value) {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function daysAgo(date) {
  return Math.round((startOfDay(new Date()) - startOfDay(date)) / 86400000);
}

export const formatTime = (value) => {
  const date = parseDate(value);
  return date ? timeFmt.format(date) : "";
};

export const formatFull = (value) => {
  const date = parseDate(value);
  return date ? fullFmt.format(date) : "";
};

/** Compact list timestamp: "3:04 PM", "Yesterday", "Tue", "Mar 3", "Mar 3, 2023". */
export function formatShort(value) {
  const date = parseDate(value);
  if (!date) return "";
  const days = daysAgo(date);
  if (days <= 0) return timeFmt.format(date);
  if (days === 1) return "Yesterday";
  if (days < 7) return weekdayFmt.format(date);
  if (date.getFullYear() === new Date().getFullYear()) return dateFmt.format(date);
  return yearDateFmt.format(date);
}

/** Day separator label: "Today", "Yesterday", "Monday, March 3". */
export function formatDay(value) {
  const date = parseDate(value);
  if (!date) return "";
  const days = daysAgo(date);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (date.getFullYear() === new Date().getFullYear()) return longDateFmt.format(date);
  return yearDateFmt.format(date);
}

export const dayKey = (value) => {
  const date = parseDate(value);
  return date ? startOfDay(date) : 0;
};

/** Shows a short-lived message in the page's toast region (created on demand). */
export function toast(message, { tone = "info", timeout = 4000 } = {}) {
  let region = $("[data-toasts]");
  if (!region) {
    region = h("div", { class: "toasts", "data-toasts": true, role: "status", "aria-live": "polite" });
    document.body.append(region);
  }
  const item = h("div", { class: `toast toast--${tone}` }, message);
  region.append(item);
  setTimeout(() => item.remove(), timeout);
}
