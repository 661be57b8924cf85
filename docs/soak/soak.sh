#!/usr/bin/env bash
# Soak: the web server at 2x overload for a while, with slow clients beside it.
# Usage: docs/soak/soak.sh [MINUTES] (default 10). Needs target/booklet.jar and python3.
# Prints the server's resident memory each 30 s, bench-web's figures per round, and the
# slow clients' tally; ends with whether any answer was a 5xx other than 503 (overload) and
# whether /health kept answering.
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-10}
jar=target/booklet.jar
port=18080
slots=2
out=$(mktemp -d)

java -Xmx512m -jar "$jar" serve --port "$port" --render-slots "$slots" --warmup 50 >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server $slow $mem 2>/dev/null || true; wait 2>/dev/null || true' EXIT
# The server renders its warm-up booklets before it listens: wait for it (longer on a busy
# machine), and stop here if it never answers rather than measure nothing.
ready=no
for _ in $(seq 600); do
  if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then ready=yes; break; fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if [ "$ready" != yes ]; then
  echo "the server did not answer /health within 600 s; its log:" >&2
  tail -20 "$out/serve.log" >&2
  exit 1
fi

# Memory of the server every 30 s, and whether /health answered within 2 s.
(
  while true; do
    rss=$(ps -o rss= -p "$server" | tr -d ' ')
    health=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/health" || echo timeout)
    echo "$(date +%T) rss_mib=$((rss / 1024)) health=$health"
    sleep 30
  done
) >"$out/memory.log" &
mem=$!

python3 docs/soak/slow_clients.py "$port" 100 "$((minutes * 60))" >"$out/slow.log" 2>&1 &
slow=$!

end=$(( $(date +%s) + minutes * 60 ))
round=0
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  # 2 x overload: twice as many students submitting at once as there are render slots.
  java -jar "$jar" bench-web --url "http://127.0.0.1:$port/" --students $((2 * slots * 2)) \
    --requests 200 --warmup 0 --settle 0 >"$out/round-$round.txt" 2>&1 || true
  echo "round $round: $(grep -E 'p50|errors|5xx|booklets' "$out/round-$round.txt" | tr '\n' ' ')"
done
wait "$slow" || true
echo "--- memory and health"
cat "$out/memory.log"
echo "--- slow clients"
tail -5 "$out/slow.log"
echo "--- server log lines with 500"
grep -c ' 500 ' "$out/serve.log" || true
echo "files in $out"
