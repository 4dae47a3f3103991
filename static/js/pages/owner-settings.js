// Owner: brand name, brand colour, open signup, the contact filter's policy per direction and
// the allowed domains, saved through the settings API.
import { csrfToken, get, post } from "../lib/api.js";
import { $, $$, initials } from "../lib/dom.js";
import { applyBrandColor, parseHex } from "../lib/theme.js";

const form = $("[data-settings]");
const nameInput = $("#brand_name");
const hexInput = $("#brand_color");
const picker = $("[data-color-picker]");
const signup = $("[data-signup-open]");
const status = $("[data-settings-status]");
const save = $("[data-save]");
const policies = $$("[data-policy]");
const domains = $("#allowed_domains");

const POLICY_HINTS = {
  redact: "Remove the contact details and deliver the rest; the sender is told what was removed.",
  block: "Don't deliver the message at all; the sender is asked to rewrite it.",
  allow: "Deliver messages as written — nothing is filtered in this direction.",
};

function policyHint(select) {
  select.closest(".field").querySelector("[data-policy-hint]").textContent = POLICY_HINTS[select.value] || "";
}

function domainList() {
  return domains.value
    .split(/[\s,]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}

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
  for (const select of policies) {
    if (settings[select.name]) select.value = settings[select.name];
    policyHint(select);
  }
  if (Array.isArray(settings.allowed_domains)) domains.value = settings.allowed_domains.join("\n");
  preview();
}

picker.addEventListener("input", () => {
  hexInput.value = picker.value;
  preview();
});
hexInput.addEventListener("input", preview);
nameInput.addEventListener("input", preview);
for (const select of policies) {
  select.addEventListener("change", () => policyHint(select));
  policyHint(select);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const hex = normalHex(hexInput.value);
  const name = nameInput.value.trim();
  if (!name) return say("Enter a brand name.", "error");
  if (!hex) return say("Enter the colour as #RRGGBB, e.g. #4f46e5.", "error");
  save.disabled = true;
  try {
    const changes = { brand_name: name, brand_color: hex, signup_open: signup.checked, allowed_domains: domainList() };
    for (const select of policies) changes[select.name] = select.value;
    const { settings } = await post("/api/settings", changes);
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

// ---- logo -----------------------------------------------------------------------------------

const logoForm = $("[data-logo-form]");
const logoStatus = $("[data-logo-status]");

function logoMessage(text, ok) {
  logoStatus.textContent = text;
  logoStatus.className = ok ? "alert alert--success" : "alert alert--error";
  logoStatus.hidden = false;
}

async function sendLogo(url, body) {
  const response = await fetch(url, {
    method: "POST",
    body,
    credentials: "same-origin",
    headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data?.error?.message || "The logo could not be saved.");
  return data;
}

logoForm?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = $("[data-logo-file]").files[0];
  if (!file) return logoMessage("Choose a PNG or JPEG file first.", false);
  const body = new FormData();
  body.append("logo", file);
  try {
    await sendLogo("/api/settings/logo", body);
    window.location.reload();
  } catch (err) {
    logoMessage(err.message, false);
  }
});

$("[data-logo-remove]")?.addEventListener("click", async () => {
  try {
    await sendLogo("/api/settings/logo/remove", new FormData());
    window.location.reload();
  } catch (err) {
    logoMessage(err.message, false);
  }
});
