// Applies the brand colour from <body data-brand-color> to CSS custom properties.
// Loaded on every page; CSSOM writes are allowed under the page's CSP (no inline style needed).

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Parses "#abc" or "#aabbcc" into [r, g, b], or null. */
export function parseHex(value) {
  const match = HEX.exec(String(value || "").trim());
  if (!match) return null;
  let hex = match[1];
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a, b) {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(rgb) {
  return "#" + rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("");
}

/**
 * Sets --brand, --brand-ink (text on the brand colour) and --brand-text (the brand colour made
 * dark enough to read on white) so that any owner-chosen colour stays accessible.
 */
export function applyBrandColor(color, root = document.documentElement) {
  const rgb = parseHex(color);
  if (!rgb) return;
  const lum = luminance(rgb);
  const ink = contrast(lum, 1) >= contrast(lum, luminance([17, 24, 39])) ? "#ffffff" : "#111827";
  let text = rgb;
  for (let i = 0; i < 20 && contrast(luminance(text), 1) < 4.5; i += 1) {
    text = text.map((c) => c * 0.88);
  }
  root.style.setProperty("--brand", toHex(rgb));
  root.style.setProperty("--brand-ink", ink);
  root.style.setProperty("--brand-text", toHex(text));
}

applyBrandColor(document.body?.dataset.brandColor);
