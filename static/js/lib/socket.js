// The page's one Socket.IO connection, with a visible connection state and reconnect hooks.
import { io } from "/static/vendor/socket.io.esm.min.js";
import { get } from "./api.js";

let socket = null;
let everConnected = false;
let statusTimer = null;
let manualRetry = null;
let manualDelay = 1000;
const connectHooks = new Set();

/** Returns the shared socket, connecting on first use (same origin, session cookie). */
export function getSocket() {
  if (socket) return socket;
  socket = io({
    transports: ["websocket", "polling"],
    tryAllTransports: true,
    withCredentials: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 8000,
    randomizationFactor: 0.5,
    timeout: 10000,
  });
  socket.on("connect", () => {
    everConnected = true;
    manualDelay = 1000;
    showStatus(null);
    for (const hook of connectHooks) runHook(hook);
  });
  // After a message-queue outage the server asks every socket to fetch what it may have
  // missed: the same catch-up as after a reconnect.
  socket.on("resync", () => {
    for (const hook of connectHooks) runHook(hook);
  });
  socket.on("disconnect", (reason) => {
    showStatus("Reconnecting…", 800);
    // The server closed us on purpose (logout, suspension, restart): socket.io will not retry.
    if (reason === "io server disconnect") retryAfterSessionCheck();
  });
  socket.on("connect_error", () => {
    showStatus(everConnected ? "Reconnecting…" : "Connecting…", everConnected ? 800 : 1500);
    // A refused handshake (e.g. the session ended) leaves the socket inactive.
    if (!socket.active) retryAfterSessionCheck();
  });
  showStatus("Connecting…", 1500);
  return socket;
}

/** Runs `hook(socket)` on every (re)connect, and now if already connected. Returns an unsubscribe. */
export function onConnect(hook) {
  connectHooks.add(hook);
  if (socket?.connected) runHook(hook);
  return () => connectHooks.delete(hook);
}

export const isConnected = () => Boolean(socket?.connected);

/**
 * Emits with an acknowledgement and a timeout. Rejects with Error("disconnected") when not
 * connected (nothing is buffered, so a later retry cannot double-send) and on timeout.
 */
export async function request(event, data, timeoutMs = 10000) {
  const s = getSocket();
  if (!s.connected) throw new Error("disconnected");
  return s.timeout(timeoutMs).emitWithAck(event, data);
}

/** Fire-and-forget emit that is dropped while disconnected (typing indicators). */
export function emitVolatile(event, data) {
  const s = getSocket();
  if (s.connected) s.volatile.emit(event, data);
}

function runHook(hook) {
  try {
    const result = hook(socket);
    if (result?.catch) result.catch((err) => console.error("connect hook failed", err));
  } catch (err) {
    console.error("connect hook failed", err);
  }
}

async function retryAfterSessionCheck() {
  if (manualRetry) return;
  showStatus("Reconnecting…", 0);
  manualRetry = setTimeout(async () => {
    manualRetry = null;
    try {
      await get("/api/me"); // a 401 sends the browser to /login
      if (!socket.connected) socket.connect();
    } catch {
      if (!socket.connected) socket.connect();
    }
    manualDelay = Math.min(manualDelay * 2, 15000);
  }, manualDelay);
}

function showStatus(text, delayMs = 0) {
  clearTimeout(statusTimer);
  const node = document.querySelector("[data-conn-status]");
  if (!node) return;
  if (!text) {
    node.hidden = true;
    node.textContent = "";
    document.body.classList.remove("is-offline");
    return;
  }
  statusTimer = setTimeout(() => {
    if (socket?.connected) return;
    node.textContent = text;
    node.hidden = false;
    document.body.classList.add("is-offline");
  }, delayMs);
}
