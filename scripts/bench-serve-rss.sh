#!/usr/bin/env bash
# Usage: bench-serve-rss.sh HOME PORT [java opts...]: start serve, send 2,000 searches, print its RSS.
set -euo pipefail
home=$1; port=$2; shift 2
java "$@" -jar "$(dirname "$0")/../target/gongkai.jar" serve --home "$home" --port "$port" > /tmp/rss-serve.log 2>&1 &
pid=$!
for i in $(seq 1 60); do curl -sf "localhost:$port/health" > /dev/null && break; sleep 0.5; done
for q in 低保 农保 森林防火 合疗缴费 slfh 石门村修路 临时救助 补贴 危房改造 残疾人补贴; do
  for i in $(seq 1 200); do curl -s -G --data-urlencode "q=$q" --data-urlencode "offset=$((i % 5))" "localhost:$port/api/search" > /dev/null; done
done
grep VmRSS /proc/$pid/status
kill $pid; wait $pid 2>/dev/null || true
