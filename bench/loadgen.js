// Socket.IO load generator for bench/run_delivery.py (Node, socket.io-client from bench/package.json).
//
// Driven over stdin/stdout, one JSON object per line each way:
//   {"cmd":"connect","url":..., "origin":..., "deflate":true,
//    "sockets":[{"conv":12,"role":"client","cookie":"session=...","auth":{...}}, {"role":"owner",...}]}
//        -> {"ok":true,"connected":n,"failed":k,"errors":[...],"seconds":s}
//   {"cmd":"run","rate":400,"duration":5,"drain":2,"tag":"r400","bodies":[...],"senders":"all"|[idx...]}
//        -> {"ok":true, sent, acked, errors:{code:n}, expected, delivered, lost, dup,
//            lat:{p50,p90,p99,max}, ack:{p50,p99}, rate_achieved, lag_max_ms}
//   {"cmd":"close"} -> {"ok":true}          {"cmd":"exit"}
//
// Latency is per delivery: the time from the emit of send_message until each recipient socket
// (the conversation's client, its contractor, every owner -- the sender's own socket included)
// receives the `message` event. Messages are matched by the server's message id (from the ack),
// so a delivery that arrives before the ack is still counted. A message counts as lost when it is
// not acked, or some recipient has not received it, by the end of the drain time.
"use strict";

const { io } = require("socket.io-client");
const { performance } = require("perf_hooks");
const readline = require("readline");

let sockets = []; // {s, conv, role, idx}
let recvById = new Map(); // message id -> [[socketIdx, t], ...]
let dup = 0;

function out(obj) {
  process.stdout.write(JSON.stringify(obj) + "\n");
}

function pct(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i] * 100) / 100;
}

function connectOne(url, spec, origin, deflate, idx) {
  return new Promise((resolve) => {
    const headers = { Origin: origin };
    if (spec.cookie) headers.Cookie = spec.cookie;
    const s = io(url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      timeout: 30000,
      extraHeaders: headers,
      auth: spec.auth || undefined,
      perMessageDeflate: deflate ? { threshold: 1024 } : false,
    });
    const entry = { s, conv: spec.conv, role: spec.role, idx };
    s.on("message", (m) => {
      const t = performance.now();
      let list = recvById.get(m.id);
      if (!list) {
        list = [];
        recvById.set(m.id, list);
      }
      for (const [j] of list) if (j === idx) { dup++; return; }
      list.push([idx, t]);
    });
    let done = false;
    s.on("connect", () => { if (!done) { done = true; resolve({ entry }); } });
    s.on("connect_error", (err) => {
      if (!done) { done = true; s.close(); resolve({ error: String(err && err.message) }); }
    });
  });
}

async function connect(cmd) {
  const t0 = performance.now();
  const conc = cmd.concurrency || 50;
  const specs = cmd.sockets;
  const results = new Array(specs.length);
  let next = 0;
  async function worker() {
    while (next < specs.length) {
      const i = next++;
      results[i] = await connectOne(specs[i].url || cmd.url, specs[i], specs[i].url || cmd.origin,
                                    cmd.deflate !== false, sockets.length + i);
    }
  }
  await Promise.all(Array.from({ length: conc }, worker));
  const errors = {};
  let failed = 0;
  const base = sockets.length;
  for (let i = 0; i < results.length; i++) {
    if (results[i].entry) sockets.push(results[i].entry);
    else {
      failed++;
      errors[results[i].error] = (errors[results[i].error] || 0) + 1;
      sockets.push({ s: null, conv: specs[i].conv, role: specs[i].role, idx: base + i });
    }
  }
  return { ok: failed === 0, connected: results.length - failed, failed, errors,
           seconds: (performance.now() - t0) / 1000 };
}

function run(cmd) {
  return new Promise((resolve) => {
    const live = sockets.filter((x) => x.s);
    const owners = live.filter((x) => x.role === "owner").map((x) => x.idx);
    const byConv = new Map();
    for (const x of live) {
      if (x.role === "owner") continue;
      if (!byConv.has(x.conv)) byConv.set(x.conv, []);
      byConv.get(x.conv).push(x.idx);
    }
    let senders = live.filter((x) => x.role !== "owner");
    // Interleave so that consecutive messages go to different conversations.
    senders.sort((a, b) => (a.role === b.role ? a.conv - b.conv : a.role < b.role ? -1 : 1));
    if (cmd.max_senders) senders = senders.slice(0, cmd.max_senders);
    const bodies = cmd.bodies && cmd.bodies.length ? cmd.bodies : ["hello"];
    const rate = cmd.rate;
    const durationMs = cmd.duration * 1000;
    const pending = []; // {t0, conv, id, tAck, err}
    const errors = {};
    let sent = 0;
    let acked = 0;
    let redacted = 0;
    let lagMax = 0;
    recvById = new Map();
    dup = 0;
    const start = performance.now();
    let last = start;

    function sendOne() {
      const x = senders[sent % senders.length];
      const rec = { t0: performance.now(), conv: x.conv, id: null, tAck: null };
      pending.push(rec);
      const n = sent++;
      x.s.emit(
        "send_message",
        { conversation_id: x.conv, body: bodies[n % bodies.length], client_msg_id: `${cmd.tag}-${n}` },
        (ack) => {
          rec.tAck = performance.now();
          if (ack && ack.ok) { rec.id = ack.message.id; acked++; if (ack.message.redacted) redacted++; }
          else {
            const code = (ack && ack.error && ack.error.code) || "bad_ack";
            rec.err = code;
            errors[code] = (errors[code] || 0) + 1;
          }
        }
      );
    }

    const timer = setInterval(() => {
      const now = performance.now();
      lagMax = Math.max(lagMax, now - last - 2);
      last = now;
      const elapsed = Math.min(now - start, durationMs);
      const due = Math.floor((elapsed * rate) / 1000);
      while (sent < due) sendOne();
      if (now - start >= durationMs) {
        clearInterval(timer);
        const sendSeconds = (performance.now() - start) / 1000;
        setTimeout(() => finish(sendSeconds), cmd.drain * 1000);
      }
    }, 2);

    function finish(sendSeconds) {
      const lat = [];
      const ackLat = [];
      let expected = 0;
      let delivered = 0;
      let lost = 0;
      let unacked = 0;
      for (const rec of pending) {
        const want = (byConv.get(rec.conv) || []).length + owners.length;
        expected += want;
        if (rec.id === null) {
          if (!rec.err) unacked++;
          lost += want;
          continue;
        }
        ackLat.push(rec.tAck - rec.t0);
        const got = recvById.get(rec.id) || [];
        delivered += got.length;
        lost += Math.max(0, want - got.length);
        for (const [, t] of got) lat.push(t - rec.t0);
      }
      lat.sort((a, b) => a - b);
      ackLat.sort((a, b) => a - b);
      resolve({
        ok: true, rate, sent, acked, redacted, unacked, errors, expected, delivered, lost, dup,
        rate_achieved: Math.round((sent / sendSeconds) * 10) / 10,
        lat: { p50: pct(lat, 50), p90: pct(lat, 90), p99: pct(lat, 99), max: pct(lat, 100), n: lat.length },
        ack: { p50: pct(ackLat, 50), p99: pct(ackLat, 99) },
        lag_max_ms: Math.round(lagMax * 10) / 10,
      });
    }
  });
}

function close() {
  for (const x of sockets) if (x.s) x.s.close();
  sockets = [];
  recvById = new Map();
  return { ok: true };
}

const rl = readline.createInterface({ input: process.stdin });
let chain = Promise.resolve();
rl.on("line", (line) => {
  if (!line.trim()) return;
  const cmd = JSON.parse(line);
  chain = chain.then(async () => {
    try {
      if (cmd.cmd === "connect") out(await connect(cmd));
      else if (cmd.cmd === "run") out(await run(cmd));
      else if (cmd.cmd === "close") out(close());
      else if (cmd.cmd === "exit") { close(); out({ ok: true }); process.exit(0); }
      else out({ ok: false, error: "unknown cmd" });
    } catch (e) {
      out({ ok: false, error: String((e && e.stack) || e) });
    }
  });
});
rl.on("close", () => process.exit(0));
