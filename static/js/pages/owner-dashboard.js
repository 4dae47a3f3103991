// Owner: the numbers that matter — open / unassigned / closed, median response times overall and
// per contractor, and filtered attempts per week as a small SVG bar chart drawn with DOM methods.
import { get } from "../lib/api.js";
import { emptyRow, formatDuration, personCell, statusChip } from "../lib/console.js";
import { $, $$, h } from "../lib/dom.js";

const SVG = "http://www.w3.org/2000/svg";
const chartBox = $("[data-chart]");
let weeks = [];

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

/** "2025-W03" → the Monday of that ISO week, as a local Date. */
function weekStart(key) {
  const match = /^(\d{4})-W(\d{2})$/.exec(String(key || ""));
  if (!match) return null;
  const jan4 = new Date(Number(match[1]), 0, 4);
  const monday = new Date(jan4);
  monday.setDate(jan4.getDate() - ((jan4.getDay() + 6) % 7) + (Number(match[2]) - 1) * 7);
  return monday;
}

const labelFmt = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });
const weekLabel = (key) => {
  const date = weekStart(key);
  return date ? labelFmt.format(date) : String(key);
};

/** A "nice" axis maximum at or above `max`: 1, 2, 5, 10, 20, 50… */
function niceMax(max) {
  if (max <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

function drawChart() {
  if (!weeks.length) {
    chartBox.replaceChildren(h("p", { class: "table__empty" }, "No data yet."));
    return;
  }
  const width = Math.max(260, Math.floor(chartBox.clientWidth || 480));
  const height = 220;
  const pad = { top: 22, right: 8, bottom: 30, left: 30 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const top = niceMax(Math.max(...weeks.map((w) => w.count)));
  const y = (v) => pad.top + plotH - (v / top) * plotH;
  const slot = plotW / weeks.length;
  const barW = Math.min(44, slot * 0.62);
  const labelEvery = slot < 42 ? 2 : 1;
  const total = weeks.reduce((sum, w) => sum + w.count, 0);

  const chart = svg("svg", {
    class: "chart__svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": "chart-svg-title chart-svg-desc",
  });
  chart.append(
    svg("title", { id: "chart-svg-title" }, "Filtered attempts per week"),
    svg(
      "desc",
      { id: "chart-svg-desc" },
      weeks.map((w) => `Week of ${weekLabel(w.week)}: ${w.count}`).join("; "),
    ),
  );
  for (const tick of [0, top / 2, top]) {
    chart.append(
      svg("line", { class: tick ? "chart__grid" : "chart__axis", x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick) }),
      svg("text", { class: "chart__tick", x: pad.left - 8, y: y(tick) + 4, "text-anchor": "end" }, String(Math.round(tick * 10) / 10)),
    );
  }
  weeks.forEach((w, i) => {
    const cx = pad.left + slot * i + slot / 2;
    const barH = Math.max(w.count ? 2 : 0, (w.count / top) * plotH);
    const bar = svg("rect", {
      class: `chart__bar${i === weeks.length - 1 ? " chart__bar--now" : ""}`,
      x: cx - barW / 2,
      y: pad.top + plotH - barH,
      width: barW,
      height: barH,
      rx: 4,
    });
    bar.append(svg("title", {}, `Week of ${weekLabel(w.week)}: ${w.count}`));
    chart.append(bar);
    if (w.count) chart.append(svg("text", { class: "chart__value", x: cx, y: pad.top + plotH - barH - 6, "text-anchor": "middle" }, String(w.count)));
    if (i % labelEvery === (weeks.length - 1) % labelEvery) {
      chart.append(svg("text", { class: "chart__label", x: cx, y: height - 10, "text-anchor": "middle" }, i === weeks.length - 1 ? "This week" : weekLabel(w.week)));
    }
  });
  chartBox.replaceChildren(chart);
  $("[data-chart-sub]").textContent = `${total} in the last ${weeks.length} weeks — messages where the filter found contact details.`;
}

function teamRow(c) {
  return h(
    "tr",
    {},
    c.status === "active" ? personCell(c.name) : h("td", {}, personCell(c.name).firstChild, " ", statusChip(c.status)),
    h("td", { class: "num" }, String(c.open_count ?? 0)),
    h("td", { class: "num" }, formatDuration(c.median_first_response_s)),
    h("td", { class: "num" }, formatDuration(c.median_reply_s)),
  );
}

async function load() {
  const team = $("[data-team]");
  try {
    const stats = await get("/api/stats");
    for (const node of $$("[data-dash-value]")) {
      const key = node.dataset.dashValue;
      node.textContent = key.endsWith("_s") ? formatDuration(stats[key]) : String(stats[key] ?? 0);
    }
    const contractors = [...(stats.contractors || [])].sort((a, b) => (b.open_count || 0) - (a.open_count || 0));
    team.replaceChildren(...(contractors.length ? contractors.map(teamRow) : [emptyRow(4, "No contractors yet.")]));
    weeks = (stats.redactions_per_week || []).map((w) => ({ week: w.week, count: Number(w.count) || 0 }));
    drawChart();
  } catch (err) {
    team.replaceChildren(emptyRow(4, `Couldn't load the numbers: ${err.message}`));
    chartBox.replaceChildren(h("p", { class: "table__empty" }, "Couldn't load the chart."));
  } finally {
    $("[data-dash]").setAttribute("aria-busy", "false");
  }
}

let lastWidth = 0;
new ResizeObserver(() => {
  const w = chartBox.clientWidth;
  if (weeks.length && Math.abs(w - lastWidth) > 4) {
    lastWidth = w;
    drawChart();
  }
}).observe(chartBox);

load();
