"""Delivery benchmark: the app against a bare Flask-SocketIO relay, in one run, on one machine.

    .venv/bin/python bench/run_delivery.py            # everything, about 8-10 minutes
    .venv/bin/python bench/run_delivery.py --quick    # fewer variants and shorter steps
    .venv/bin/python bench/run_delivery.py --profile  # also py-spy the app under load

Servers run pinned to core 0 (`taskset -c 0`); this runner and the Node load generator
(bench/loadgen.js) are pinned to core 1. Loopback only; every server and child is stopped at the
end, and the whole run is bounded by --deadline seconds. See bench/README.md for what each figure
means.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import queue
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PY = sys.executable
PASSWORD = "bench-password-4711"  # must match bench/seed.py
SECRET = "bench-secret-key-not-for-production"

BODIES = [
    "Hi, the invoice INV-2024-0042 for $1,250.00 is attached; the due date is 15 March 2025.",
    "Version 2.3.1 of the logo is in final_logo_v3.pdf (1920x1080 px); "
    "please review it by Friday 3pm.",
    "Order 58213: 12 units at 4.5 kg each, shipping on 2025-04-02, tracking to follow.",
    "Thanks! I'll update the spreadsheet and send the revised quote tomorrow morning.",
]
RAMP = [
    100,
    150,
    200,
    300,
    400,
    500,
    600,
    800,
    1000,
    1200,
    1400,
    1700,
    2000,
    2400,
    2800,
    3300,
    4000,
]
P99_LIMIT_MS = 100.0


def log(*args: object) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *args, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- servers ------------------------------------------------------------------------------------


class Server:
    """A server process on core 0, on a free loopback port, logging to a file."""

    def __init__(
        self, name: str, argv: list[str], env: dict, workdir: Path, port: int, cores: str = "0"
    ) -> None:
        self.name, self.port = name, port
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = workdir / f"{name}.log"
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            ["taskset", "-c", cores, *argv], cwd=ROOT, env=env, stdout=self._log, stderr=self._log
        )
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    time.sleep(0.5)
                    return
            except requests.RequestException:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{name} did not start:\n" + self.log_path.read_text()[-3000:])

    @property
    def pid(self) -> int:
        return self.proc.pid  # taskset execs the server, so this is the server's own pid

    @property
    def pids(self) -> list[int]:
        return [self.pid]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class Cluster:
    """Several app processes sharing one database and relaying through Redis, seen as one server:
    CPU and memory are summed over the processes; `urls` says where each role connects."""

    def __init__(self, servers: list[Server], redis: subprocess.Popen) -> None:
        self.servers, self.redis = servers, redis
        self.url = servers[0].url
        self.urls = [s.url for s in servers]

    @property
    def pids(self) -> list[int]:
        return [s.pid for s in self.servers]

    def stop(self) -> None:
        for s in self.servers:
            s.stop()
        if self.redis.poll() is None:
            self.redis.terminate()
            self.redis.wait(5)


def total_rss(server: Server | Cluster) -> float:
    return sum(rss_mib(p) for p in server.pids)


def total_cpu(server: Server | Cluster) -> float:
    return sum(cpu_seconds(p) for p in server.pids)


def core_busy() -> list[float]:
    """Busy seconds per CPU from /proc/stat (user+nice+system+irq+softirq+steal)."""
    tick = os.sysconf("SC_CLK_TCK")
    out = []
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("cpu") and line[3].isdigit():
            f = [int(x) for x in line.split()[1:]]
            out.append((f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / tick)
    return out


class Contention:
    """CPU used on cores 0 and 1 by anything but our server and load generator, in %."""

    def __init__(self, server_pids: list[int], gen_pid: int) -> None:
        self.groups = (server_pids, [gen_pid])
        self.t = time.monotonic()
        self.busy = core_busy()
        self.ours = self._ours()

    def _ours(self) -> list[float]:
        return [sum(cpu_seconds(p) for p in group) for group in self.groups]

    def done(self) -> dict:
        dt = time.monotonic() - self.t
        busy = core_busy()
        ours = self._ours()
        other = sum(b1 - b0 for b0, b1 in zip(self.busy[:2], busy[:2], strict=True)) - sum(
            o1 - o0 for o0, o1 in zip(self.ours, ours, strict=True)
        )
        return {
            "server_cpu_pct": round(100 * (ours[0] - self.ours[0]) / dt),
            "gen_cpu_pct": round(100 * (ours[1] - self.ours[1]) / dt),
            "other_cpu_pct": round(max(0.0, 100 * other / dt)),
        }


class LoadGen:
    """bench/loadgen.js on core 1, spoken to over JSON lines."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["taskset", "-c", "1", "node", str(BENCH / "loadgen.js")],
            cwd=BENCH,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def run(self, server: Server, timeout: float, **cmd: object) -> dict:
        """A `run` command, with the CPU the rest of the machine used meanwhile."""
        probe = Contention(server.pids, self.proc.pid)
        reply = self.call(timeout, cmd="run", **cmd)
        reply["cpu"] = probe.done()
        busy_s = reply["cpu"]["server_cpu_pct"] / 100 * (probe_s := time.monotonic() - probe.t)
        reply["cpu"]["server_ms_per_msg"] = round(1000 * busy_s / max(1, reply["sent"]), 3)
        reply["cpu"]["seconds"] = round(probe_s, 1)
        return reply

    def call(self, timeout: float, **cmd: object) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        try:
            reply = json.loads(self.lines.get(timeout=timeout))
        except queue.Empty:
            raise RuntimeError(
                f"load generator did not answer {cmd['cmd']} in {timeout}s"
            ) from None
        if reply.get("ok") is False and "error" in reply:
            raise RuntimeError("load generator: " + str(reply["error"]))
        return reply

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.call(10, cmd="exit")
            except Exception:  # noqa: BLE001
                pass
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def other_load(seconds: float = 2.0) -> float:
    """CPU % (of both cores together, 0-200) used by everything on the machine right now."""
    b0 = core_busy()
    time.sleep(seconds)
    b1 = core_busy()
    return 100 * sum(y - x for x, y in zip(b0[:2], b1[:2], strict=True)) / seconds


def wait_quiet(limit_s: float, threshold: float = 40.0) -> float:
    """Wait (up to limit_s) until other work uses under `threshold` % CPU; return the last load."""
    deadline = time.monotonic() + limit_s
    load = other_load()
    while load > threshold and time.monotonic() < deadline:
        log(f"machine busy ({load:.0f}% CPU used by other processes); waiting")
        load = other_load(5)
    return load


# --- the app's users, through the HTTP contract ---------------------------------------------------


class SourceAddress(HTTPAdapter):
    """Bind outgoing connections to one loopback address (127.0.0.x)."""

    def __init__(self, ip: str) -> None:
        self.ip = ip
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        kwargs["source_address"] = (self.ip, 0)
        return super().init_poolmanager(*args, **kwargs)


_CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')


def http_login(base: str, email: str, source_ip: str) -> requests.Session:
    """GET /login for the token, POST /login, then a page for the session's own CSRF token.

    POST /login is throttled to 30 a minute per address, so logins are spread over several
    loopback source addresses (127.0.0.2, .3, ...), as many different people would be.
    """
    s = requests.Session()
    s.mount("http://", SourceAddress(source_ip))
    token = _CSRF.search(s.get(base + "/login", timeout=30).text).group(1)
    r = s.post(
        base + "/login",
        data={"email": email, "password": PASSWORD, "csrf_token": token},
        allow_redirects=False,
        timeout=30,
    )
    if r.status_code != 302:
        raise RuntimeError(f"login {email} from {source_ip}: HTTP {r.status_code}")
    page = s.get(base + r.headers["Location"], timeout=30).text
    s.headers["X-CSRFToken"] = _CSRF.search(page).group(1)
    return s


def prepare_app_world(base: str, users: list[dict], pairs: int) -> dict:
    """Log everyone in, open one request per client, assign each to a contractor as the owner.

    Returns {"owner": cookie, "convs": [{"id", "client": cookie, "contractor": cookie}...]}.
    """
    owner = next(u for u in users if u["role"] == "owner")
    clients = {u["n"]: u for u in users if u["role"] == "client"}
    contractors = {u["n"]: u for u in users if u["role"] == "contractor"}
    order = [owner] + [u for i in range(pairs) for u in (clients[i], contractors[i])]
    t0 = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        sessions = list(
            pool.map(
                lambda iu: http_login(base, iu[1]["email"], f"127.0.0.{2 + iu[0] // 25}"),
                enumerate(order),
            )
        )
    log(f"logged in {len(sessions)} users in {time.monotonic() - t0:.1f}s")
    by_email = {u["email"]: s for u, s in zip(order, sessions, strict=True)}
    owner_s = by_email[owner["email"]]

    def open_and_assign(i: int) -> dict:
        cs = by_email[clients[i]["email"]]
        r = cs.post(
            base + "/api/conversations",
            json={"title": f"Bench request {i}", "body": "Please quote 40 hours of design work."},
            timeout=30,
        )
        r.raise_for_status()
        conv_id = r.json()["conversation"]["id"]
        r = owner_s.post(
            base + f"/api/conversations/{conv_id}/assign",
            json={"contractor_id": contractors[i]["id"]},
            timeout=30,
        )
        r.raise_for_status()
        return {
            "id": conv_id,
            "client": "session=" + cs.cookies["session"],
            "contractor": "session=" + by_email[contractors[i]["email"]].cookies["session"],
        }

    t0 = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        convs = list(pool.map(open_and_assign, range(pairs)))
    log(f"opened and assigned {len(convs)} requests in {time.monotonic() - t0:.1f}s")
    return {"owner": "session=" + owner_s.cookies["session"], "convs": convs}


def socket_specs(
    kind: str, world: dict | None, n_convs: int, urls: list[str] | None = None
) -> list[dict]:
    """Sockets for n conversations (client + contractor each) and one owner watching them all.

    With several processes (`urls`), clients connect to the first and contractors and the owner
    to the second, so every message crosses from one process to the other through Redis.
    """
    if kind == "app":
        where = {} if not urls else {"client": urls[0], "contractor": urls[-1], "owner": urls[-1]}
        specs = [{"role": "owner", "cookie": world["owner"]}]
        for c in world["convs"][:n_convs]:
            specs.append({"role": "client", "conv": c["id"], "cookie": c["client"]})
            specs.append({"role": "contractor", "conv": c["id"], "cookie": c["contractor"]})
        for spec in specs:
            if spec["role"] in where:
                spec["url"] = where[spec["role"]]
        return specs
    specs = [{"role": "owner", "auth": {"role": "owner"}}]
    for cid in range(1, n_convs + 1):
        for role in ("client", "contractor"):
            specs.append(
                {"role": role, "conv": cid, "auth": {"role": role, "conversation_id": cid}}
            )
    return specs


# --- scenarios ------------------------------------------------------------------------------------


def passes(r: dict) -> bool:
    return (
        r["lost"] == 0
        and not r["errors"]
        and r["unacked"] == 0
        and r["lat"]["p99"] is not None
        and r["lat"]["p99"] < P99_LIMIT_MS
        and r["rate_achieved"] >= 0.95 * r["rate"]
    )


def brief(r: dict) -> str:
    return (
        f"rate {r['rate']:>5} (sent {r['rate_achieved']:.0f}/s) p50 {r['lat']['p50']} "
        f"p99 {r['lat']['p99']} max {r['lat']['max']} ms, lost {r['lost']}/{r['expected']}, "
        f"errors {r['errors'] or 0}, unacked {r['unacked']}, redacted {r.get('redacted', 0)}, "
        f"gen lag {r['lag_max_ms']} ms, cpu {r.get('cpu')}"
    )


def measure(
    kind: str, server: Server | Cluster, world: dict | None, args: argparse.Namespace, label: str
) -> dict:
    """Idle memory and fixed-rate latency with ~1,000 sockets, then the max-rate ramp."""
    res: dict = {"label": label, "load_before": round(wait_quiet(args.wait_quiet))}
    gen = LoadGen()
    origin = server.url
    try:
        # 1. memory per 1,000 idle sockets and latency at a fixed rate with ~1,000 sockets
        specs = socket_specs(kind, world, args.big_convs, getattr(server, "urls", None))
        time.sleep(1)
        rss0 = total_rss(server)
        r = gen.call(
            180,
            cmd="connect",
            url=server.url,
            origin=origin,
            sockets=specs,
            deflate=not args.no_deflate,
            concurrency=20,
        )
        if r["failed"]:
            raise RuntimeError(f"{label}: {r['failed']} sockets refused: {r['errors']}")
        time.sleep(args.idle)
        rss1 = total_rss(server)
        res["sockets_big"] = len(specs)
        res["connect_s"] = round(r["seconds"], 1)
        res["rss_before_mib"] = round(rss0, 1)
        res["rss_idle_mib"] = round(rss1, 1)
        res["mib_per_1000"] = round((rss1 - rss0) * 1000 / len(specs), 1)
        log(
            f"{label}: {len(specs)} sockets in {r['seconds']:.1f}s, "
            f"RSS {rss0:.0f} -> {rss1:.0f} MiB"
        )
        # Warm up first: every socket sends about one message (first use of each conversation's
        # caches), so the measurement below is the steady state at that rate.
        warm_s = max(1, round(len(specs) / args.fixed_rate))
        gen.run(
            server,
            warm_s + 60,
            rate=args.fixed_rate,
            duration=warm_s,
            drain=2,
            tag=f"{label}-fixed-warm",
            bodies=BODIES,
        )
        cpu0 = total_cpu(server)
        r = gen.run(
            server,
            args.fixed_s + 60,
            rate=args.fixed_rate,
            duration=args.fixed_s,
            drain=3,
            tag=f"{label}-fixed",
            bodies=BODIES,
        )
        res["fixed"] = r
        res["fixed_cpu_per_msg_ms"] = round(
            (total_cpu(server) - cpu0) * 1000 / max(1, r["sent"]), 3
        )
        res["rss_after_fixed_mib"] = round(total_rss(server), 1)
        log(f"{label}: fixed {brief(r)}")
        gen.call(30, cmd="close")
        time.sleep(2)

        # 2. highest rate with p99 < 100 ms and nothing lost, 100 conversations
        specs = socket_specs(kind, world, args.convs, getattr(server, "urls", None))
        r = gen.call(
            120,
            cmd="connect",
            url=server.url,
            origin=origin,
            sockets=specs,
            deflate=not args.no_deflate,
            concurrency=20,
        )
        if r["failed"]:
            raise RuntimeError(f"{label}: {r['failed']} sockets refused: {r['errors']}")
        gen.run(server, 30, rate=50, duration=2, drain=1, tag=f"{label}-warm", bodies=BODIES)
        steps, best = [], None
        for i, rate in enumerate(RAMP):
            # A failed step is tried again (runs vary; other work on the machine interferes);
            # the ramp stops at the first rate that fails every try.
            ok, tries, contended = False, 0, 0
            while True:
                r = gen.run(
                    server,
                    args.step_s + 60,
                    rate=rate,
                    duration=args.step_s,
                    drain=args.drain_s,
                    tag=f"{label}-r{rate}-{i}-{tries}-{contended}",
                    bodies=BODIES,
                )
                steps.append(r)
                ok = passes(r)
                log(f"{label}: {'pass' if ok else 'FAIL'} {brief(r)}")
                if ok:
                    best = r
                    break
                if r["cpu"]["other_cpu_pct"] > 40 and contended < 2:
                    # other processes took the CPU: wait for a quieter moment, then again
                    contended += 1
                    wait_quiet(min(30, args.wait_quiet))
                    continue
                tries += 1
                if tries >= args.tries:
                    break
            if not ok:
                break
        res["ramp"] = steps
        res["max_rate"] = best["rate"] if best else 0
        res["max_rate_result"] = best
        res["rss_end_mib"] = round(total_rss(server), 1)
        gen.call(30, cmd="close")
    finally:
        gen.stop()
    return res


def profile_app(server: Server, world: dict, args: argparse.Namespace, out_dir: Path) -> dict:
    """py-spy the app (core 0) while it carries a fixed load on 100 conversations."""
    pyspy = shutil.which("py-spy") or str(Path(PY).with_name("py-spy"))
    raw = out_dir / "app-profile.txt"
    gen = LoadGen()
    try:
        gen.call(
            120,
            cmd="connect",
            url=server.url,
            origin=server.url,
            sockets=socket_specs("app", world, args.convs),
            deflate=not args.no_deflate,
        )
        rate = args.profile_rate
        spy = subprocess.Popen(
            [
                "taskset",
                "-c",
                "1",
                pyspy,
                "record",
                "--pid",
                str(server.pid),
                "--rate",
                "250",
                "--duration",
                str(args.profile_s),
                "--format",
                "raw",
                "--output",
                str(raw),
                "--nonblocking",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.5)
        r = gen.run(
            server,
            args.profile_s + 60,
            rate=rate,
            duration=args.profile_s,
            drain=2,
            tag="profile",
            bodies=BODIES,
        )
        _out, err = spy.communicate(timeout=60)
        log(f"profile load: {brief(r)}")
        if spy.returncode != 0 or not raw.exists():
            return {"error": err[-2000:]}
        gen.call(30, cmd="close")
    finally:
        gen.stop()
    return summarise_profile(raw, args.profile_top) | {"rate": rate, "raw": str(raw)}


def summarise_profile(path: Path, top: int) -> dict:
    """Self and inclusive time per function from py-spy's collapsed stacks (idle hub excluded)."""
    selfs: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    app_incl: collections.Counter[str] = collections.Counter()
    total = idle = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = [f for f in stack.split(";") if f]
        total += n
        leaf = frames[-1] if frames else "?"
        if "wait (eventlet/hubs" in leaf or "poll (eventlet/hubs" in leaf or "epolls" in leaf:
            idle += n
            continue
        selfs[_short(leaf)] += n
        for f in set(_short(f) for f in frames):
            incl[f] += n
            if "(server/" in f:
                app_incl[f] += n
    busy = max(1, total - idle)

    def rows(counter: collections.Counter) -> list[dict]:
        return [
            {"fn": k, "pct_busy": round(100 * v / busy, 1)} for k, v in counter.most_common(top)
        ]

    return {
        "samples": total,
        "idle_pct": round(100 * idle / max(1, total), 1),
        "self": rows(selfs),
        "inclusive": rows(incl),
        "app_inclusive": rows(app_incl),
        "groups": _groups(path, busy),
    }


def _short(frame: str) -> str:
    m = re.match(r"(.*) \((.*?)(?::\d+)?\)$", frame)
    if not m:
        return frame
    fn, where = m.groups()
    where = re.sub(r".*site-packages/", "", where)
    where = re.sub(r".*/work/main/", "", where)
    return f"{fn} ({where})"


GROUPS = [
    ("sanitizer", "server/sanitizer/"),
    ("SQLAlchemy / sqlite", "sqlalchemy/"),
    ("Flask-Login session load", "load_session"),
    ("payloads / access (per-viewer serializing)", "server/payloads.py"),
    ("settings lookups", "server/services/settings.py"),
    ("Socket.IO / Engine.IO", "socketio/"),
    ("eventlet websocket send/recv", "eventlet/websocket.py"),
    ("Flask request/app context", "flask/ctx.py"),
    ("werkzeug routing", "werkzeug/routing"),
    ("json", "json/"),
]


def _groups(path: Path, busy: int) -> list[dict]:
    """Inclusive share of busy samples for a few areas of interest (a stack may hit several)."""
    counts: collections.Counter[str] = collections.Counter()
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        if "wait (eventlet/hubs" in stack.rsplit(";", 1)[-1]:
            continue
        for name, needle in GROUPS:
            if needle in stack:
                counts[name] += int(count)
    return [{"area": k, "pct_busy": round(100 * v / busy, 1)} for k, v in counts.most_common()]


# --- the run --------------------------------------------------------------------------------------


def start_cluster(env: dict, workdir: Path, processes: int) -> Cluster:
    """A private Redis (core 1, nothing on disk) and `processes` app processes on core 0, each on
    its own port, sharing the database and relaying through Redis (as `make run-cluster`)."""
    rport = free_port()
    redis = subprocess.Popen(
        ["taskset", "-c", "1", "redis-server", "--port", str(rport), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    servers = []
    try:
        for i in range(processes):
            port = free_port()
            penv = env | {"PORT": str(port), "REDIS_URL": f"redis://127.0.0.1:{rport}/0"}
            servers.append(Server(f"app-cluster-{i}", [PY, "wsgi.py"], penv, workdir, port))
    except Exception:
        for srv in servers:
            srv.stop()
        redis.terminate()
        raise
    return Cluster(servers, redis)


def app_env(workdir: Path, port: int) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
        "SECRET_KEY": SECRET,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "BRAND_NAME": "BrightDesk",
        "SIGNUP_OPEN": "0",
    }
    for key in ("REDIS_URL", "SOCKETIO_ASYNC_MODE", "FLASK_DEBUG"):
        env.pop(key, None)
    return env


def main() -> None:  # noqa: C901
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="default gc only, shorter steps")
    parser.add_argument("--only", choices=("app", "relay"), help="measure one side only")
    parser.add_argument("--gc", default="default,tuned", help="gc variants to measure")
    parser.add_argument(
        "--convs", type=int, default=100, help="conversations for the max-rate ramp"
    )
    parser.add_argument(
        "--big-convs",
        type=int,
        default=500,
        help="conversations for the ~1,000-socket figures (2 sockets each + owner)",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=2,
        help="app processes relaying through Redis for the cross-process figures (1: skip)",
    )
    parser.add_argument(
        "--async-mode", choices=("eventlet", "gevent"), default="eventlet", help="the app's"
    )
    parser.add_argument("--fixed-rate", type=int, default=200)
    parser.add_argument("--fixed-s", type=int, default=10)
    parser.add_argument("--idle", type=float, default=5, help="seconds idle before reading RSS")
    parser.add_argument("--step-s", type=float, default=4)
    parser.add_argument("--drain-s", type=float, default=1.5)
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=20,
        help="wait up to this long for other processes to go quiet first",
    )
    parser.add_argument("--tries", type=int, default=2, help="tries per ramp step before stopping")
    parser.add_argument(
        "--no-deflate",
        action="store_true",
        help="do not offer permessage-deflate (browsers do, so it is on by default)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="py-spy the app (default gc) under load"
    )
    parser.add_argument("--profile-rate", type=int, default=0, help="0: 80%% of the app's max rate")
    parser.add_argument("--profile-s", type=int, default=15)
    parser.add_argument("--profile-top", type=int, default=25)
    parser.add_argument("--deadline", type=int, default=900, help="abort the whole run after this")
    parser.add_argument("--out", default=str(BENCH / "results"))
    args = parser.parse_args()
    if args.quick:
        args.gc, args.step_s, args.drain_s, args.fixed_s, args.idle = "default", 3, 1.5, 6, 3
    variants = [v.strip() for v in args.gc.split(",") if v.strip()]

    os.sched_setaffinity(0, {1})  # this runner and its children (Node) on core 1
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("deadline")))
    signal.alarm(args.deadline)

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="switchboard-bench-"))
    started = time.monotonic()
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "args": vars(args), "runs": {}}
    results["load_before"] = round(wait_quiet(args.wait_quiet))
    servers: list[Server] = []
    try:
        if args.only != "app":
            for gcv in variants:
                port = free_port()
                srv = Server(
                    f"relay-{gcv}",
                    [PY, str(BENCH / "relay.py"), "--port", str(port), "--gc", gcv],
                    dict(os.environ),
                    workdir,
                    port,
                )
                servers.append(srv)
                try:
                    results["runs"][f"relay/{gcv}"] = measure(
                        "relay", srv, None, args, f"relay-{gcv}"
                    )
                finally:
                    srv.stop()

        if args.only != "relay":
            port = free_port()
            env = app_env(workdir, port)
            flask = str(Path(PY).with_name("flask"))
            subprocess.run(
                [flask, "--app", "wsgi", "db", "upgrade"],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                timeout=120,
            )
            t0 = time.monotonic()
            seeded = subprocess.run(
                [PY, str(BENCH / "seed.py"), "--pairs", str(args.big_convs)],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
                timeout=300,
            )
            users = json.loads(seeded.stdout)
            log(f"created {len(users)} users in {time.monotonic() - t0:.1f}s")
            world = None
            for gcv in variants:
                argv = [PY, "wsgi.py"] if gcv == "default" else [PY, str(BENCH / "app_server.py")]
                serve_env = env | {"BENCH_GC": gcv, "SOCKETIO_ASYNC_MODE": args.async_mode}
                srv = Server(f"app-{gcv}", argv, serve_env, workdir, port)
                servers.append(srv)
                try:
                    if world is None:  # sessions are database rows: they outlive a restart
                        world = prepare_app_world(srv.url, users, args.big_convs)
                    results["runs"][f"app/{gcv}"] = measure("app", srv, world, args, f"app-{gcv}")
                    if args.profile and gcv == "default":
                        rate = args.profile_rate or max(
                            50, int(results["runs"]["app/default"]["max_rate"] * 0.8)
                        )
                        args.profile_rate = rate
                        results["profile"] = profile_app(srv, world, args, out_dir)
                finally:
                    srv.stop()
            if args.processes > 1:
                cluster = start_cluster(
                    env | {"SOCKETIO_ASYNC_MODE": args.async_mode}, workdir, args.processes
                )
                servers.extend(cluster.servers)
                try:
                    if world is None:
                        world = prepare_app_world(cluster.url, users, args.big_convs)
                    label = f"app-x{args.processes}"
                    results["runs"][f"app x{args.processes} (Redis)/default"] = measure(
                        "app", cluster, world, args, label
                    )
                finally:
                    cluster.stop()
    finally:
        signal.alarm(0)
        for srv in servers:
            srv.stop()
        results["seconds"] = round(time.monotonic() - started, 1)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = out_dir / f"delivery-{stamp}.json"
        path.write_text(json.dumps(results, indent=1))
        log(f"raw results: {path}; server logs: {workdir}")
        print(render(results), flush=True)


def render(results: dict) -> str:
    runs = results["runs"]
    if not runs:
        return "no results"
    lines = []
    relay = {k.split("/")[1]: v for k, v in runs.items() if k.startswith("relay/")}
    first = next(iter(runs.values()))
    fr, n = results["args"]["fixed_rate"], first.get("sockets_big", "?")
    lines.append(
        "| server | gc | max msgs/s (p99 < 100 ms, 0 lost; 100 convs, 201 sockets) "
        "| ratio to relay "
        f"| p50 / p99 ms at max | p50 / p99 ms at {fr} msgs/s, {n} sockets "
        "| server CPU ms/msg (at max) | CPU-bound ceiling msgs/s | ratio to relay "
        f"| MiB per 1,000 idle sockets | other load on the machine (% CPU) |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for key, r in runs.items():
        kind, gcv = key.rsplit("/", 1)
        base = relay.get(gcv) or relay.get("default")
        best = r.get("max_rate_result") or {"lat": {"p50": None, "p99": None}, "cpu": {}}
        ms = best["cpu"].get("server_ms_per_msg")
        ceiling = round(1000 / ms) if ms else None
        ratio = ratio_cpu = "—"
        if kind.startswith("app") and base:
            ratio = f"{r['max_rate'] / base['max_rate']:.0%}" if base["max_rate"] else "—"
            bbest = base.get("max_rate_result") or {"cpu": {}}
            bms = bbest["cpu"].get("server_ms_per_msg")
            ratio_cpu = f"{bms / ms:.0%}" if ms and bms else "—"
        fixed = r["fixed"]
        bad = "" if fixed["lost"] == 0 and not fixed["errors"] else f" (lost {fixed['lost']})"
        others = [s["cpu"]["other_cpu_pct"] for s in r.get("ramp", []) + [fixed] if "cpu" in s]
        other = f"{min(others)}–{max(others)}" if others else "?"
        lines.append(
            f"| {kind} | {gcv} | {r['max_rate']} | {ratio} "
            f"| {best['lat']['p50']} / {best['lat']['p99']} "
            f"| {fixed['lat']['p50']} / {fixed['lat']['p99']}{bad} "
            f"| {ms} | {ceiling} | {ratio_cpu} "
            f"| {r['mib_per_1000']} | {other} |"
        )
    lines.append("")
    lines.append(
        "app xN (Redis): N processes on core 0 sharing the database, relaying through a private "
        "Redis on core 1; clients connect to the first, contractors and the owner to the last, so "
        "every message crosses processes. CPU and memory are summed over the processes."
    )
    prof = results.get("profile")
    if prof and "self" in prof:
        lines.append("")
        lines.append(
            f"Profile of the app at {prof['rate']} msgs/s ({prof['samples']} samples, "
            f"{prof['idle_pct']}% idle in the hub); share of busy samples:"
        )
        lines.append(
            "areas (inclusive): "
            + ", ".join(f"{g['area']} {g['pct_busy']}%" for g in prof["groups"])
        )
        lines.append("app functions, inclusive:")
        for row in prof["app_inclusive"][:20]:
            lines.append(f"  {row['pct_busy']:5.1f}%  {row['fn']}")
        lines.append("top self time:")
        for row in prof["self"][:15]:
            lines.append(f"  {row['pct_busy']:5.1f}%  {row['fn']}")
    elif prof:
        lines.append(f"profile failed: {prof.get('error')}")
    lines.append(f"\n(total run {results['seconds']} s)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
