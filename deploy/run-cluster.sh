#!/usr/bin/env bash
# Several Switchboard processes (one eventlet worker each) relaying through Redis, behind nginx.
#   deploy/run-cluster.sh [PROCESSES]      (default 2; nginx on $PORT, default 5000)
# Uses REDIS_URL (default redis://127.0.0.1:6379/0, started here if nothing answers) and
# DATABASE_URL (default: the shared SQLite file under instance/, or PostgreSQL if set).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2}
port=${PORT:-5000}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
prefix=$(mktemp -d /tmp/switchboard-nginx-XXXXXX)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$prefix"; }
trap cleanup EXIT INT TERM

redis_host=$(echo "$REDIS_URL" | sed -E 's#^redis://([^:/]+):?([0-9]*).*#\1#')
redis_port=$(echo "$REDIS_URL" | sed -E 's#^redis://[^:/]+:?([0-9]*).*#\1#')
if ! redis-cli -h "$redis_host" -p "${redis_port:-6379}" ping >/dev/null 2>&1; then
  echo "starting redis-server on ${redis_port:-6379}"
  redis-server --port "${redis_port:-6379}" --bind 127.0.0.1 --save "" --appendonly no \
    --dir "$prefix" >"$prefix/redis.log" 2>&1 &
  pids+=($!)
  sleep 0.5
fi

upstreams=""
for i in $(seq 1 "$n"); do
  p=$((port + i))
  upstreams+="        server 127.0.0.1:$p;"$'\n'
  PORT=$p PROXY_HOPS=1 ALLOWED_ORIGINS="http://127.0.0.1:$port,http://localhost:$port" \
    .venv/bin/python wsgi.py >"$prefix/app-$p.log" 2>&1 &
  pids+=($!)
  echo "process $i on 127.0.0.1:$p (log $prefix/app-$p.log)"
done

mkdir -p "$prefix"/{body,proxy,fastcgi,uwsgi,scgi}
python3 - "$prefix" "$port" "$upstreams" <<'PY'
import sys
prefix, port, upstreams = sys.argv[1:]
text = open("deploy/nginx.conf.template").read()
text = text.replace("@PREFIX@", prefix).replace("@PORT@", port).replace("@UPSTREAMS@\n", upstreams)
open(f"{prefix}/nginx.conf", "w").write(text)
PY
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
echo "nginx on http://127.0.0.1:$port -> $n processes through $REDIS_URL"
"$nginx_bin" -p "$prefix" -c "$prefix/nginx.conf" &
pids+=($!)
wait -n "${pids[@]}"
