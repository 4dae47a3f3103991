// Owner: brand name, brand colour and open signup, saved through the settings API.
import { get, post } from "../lib/api.js";
import { $, $$, initials } from "../lib/dom.js";
import { applyBrandColor, parseHex } from "../lib/theme.js";

const form = $("[data-settings]");
const nameInput = $("#brand_name");
const hexInput = $("#brand_color");
const picker = $("[data-color-picker]");
const signup = $("[data-signup-open]");
const status = $("[data-settings-status]");
const save = $("[data-save]");

function normalHex(value) {
  const rgb = parseHex(value);
  return rgb ? "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join("") : null;
}

function preview() {
  const hex = normalHex(hexInput.value);
  hexInput.setAttribute("aria-invalid", hex ? "false" : "true");
  if (hex) {
    applyBrandColor(hex);
    picker.value = hex;
  }
  const name = nameInput.value.trim() || "Brand";
  $("[data-preview-name]").textContent = name;
  $("[data-preview-initial]").textContent = initials(name).slice(0, 1);
}

function say(text, tone) {
  status.textContent = text;
  status.className = `alert alert--${tone}`;
  status.hidden = false;
}

function fill(settings) {
  if (settings.brand_name != null) nameInput.value = settings.brand_name;
  if (settings.brand_color) hexInput.value = settings.brand_color;
  signup.checked = Boolean(settings.signup_open);
  preview();
}

picker.addEventListener("input", () => {
  hexInput.value = picker.value;
  preview();
});
hexInput.addEventListener("input", preview);
nameInput.addEventListener("input", preview);

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const hex = normalHex(hexInput.value);
  const name = nameInput.value.trim();
  if (!name) return say("Enter a brand name.", "error");
  if (!hex) return say("Enter the colour as #RRGGBB, e.g. #4f46e5.", "error");
  save.disabled = true;
  try {
    const { settings } = await post("/api/settings", { brand_name: name, brand_color: hex, signup_open: signup.checked });
    fill(settings || {});
    document.body.dataset.brandName = nameInput.value;
    document.body.dataset.brandColor = hexInput.value;
    for (const slot of $$("[data-brand-name-slot]")) slot.textContent = nameInput.value;
    const initial = initials(nameInput.value).slice(0, 1);
    document.body.dataset.brandInitial = initial;
    for (const mark of $$(".brandmark .avatar")) mark.textContent = initial;
    say("Saved. Clients see the new name and colour on their next page load.", "success");
  } catch (err) {
    say(err.message, "error");
  } finally {
    save.disabled = false;
  }
});

get("/api/settings")
  .then(({ settings }) => fill(settings || {}))
  .catch(() => preview());
