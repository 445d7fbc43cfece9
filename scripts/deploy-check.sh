#!/usr/bin/env bash
# Tests the shipped deployment files as far as one machine allows, against the built jar:
#  1. systemd-analyze verify on every unit in deploy/ (no warnings allowed);
#  2. nginx with deploy/nginx-gongkai.conf, changed only in its ports and certificate paths
#     (a self-signed certificate made here), in front of `gongkai serve`:
#     - a webhook signed for GONGKAI_PUBLIC_URL=https://localhost:PORT passes through HTTPS (200, TwiML);
#     - the same webhook signed for the inner URL (http://127.0.0.1:SERVE) is refused (403);
#     - plain HTTP is redirected to HTTPS; /metrics answers 127.0.0.1 and refuses 127.0.0.2;
#     - serve itself (loopback by default) does not answer on this machine's other address.
# Usage: scripts/deploy-check.sh   (after mvn -B verify; needs nginx, openssl, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/gongkai.jar
[ -f "$JAR" ] || { echo "build first: mvn -B verify" >&2; exit 2; }
fail=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "  ok   $1: $3"; else echo "  FAIL $1: expected $2, got $3"; fail=1; fi
}

echo "deploy: systemd units"
if command -v systemd-analyze >/dev/null; then
  out=$(cd deploy && systemd-analyze verify --man=false ./*.service ./*.timer 2>&1 || true)
  check "systemd-analyze verify warnings" "" "$out"
else
  echo "  skip systemd-analyze (not installed)"
fi

echo "deploy: nginx in front of serve"
for tool in nginx openssl curl; do
  command -v "$tool" >/dev/null || { echo "  FAIL $tool is not installed (scripts/install-test-deps.sh)"; exit 1; }
done
tmp=$(mktemp -d)
serve_pid=""
cleanup() {
  [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

HTTP_PORT=$((20000 + RANDOM % 10000)); HTTPS_PORT=$((HTTP_PORT + 1))
TOKEN=deploy-check-token-0123456789abcdef
PUBLIC="https://localhost:$HTTPS_PORT"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" >/dev/null 2>&1

# serve on a free port, its first line tells which
mkdir -p "$tmp/home"
TWILIO_AUTH_TOKEN=$TOKEN GONGKAI_PUBLIC_URL=$PUBLIC \
  java -jar "$JAR" serve --home "$tmp/home" --port 0 >"$tmp/serve.out" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  grep -q "http://localhost:" "$tmp/serve.out" 2>/dev/null && break
  sleep 0.5
done
SERVE_PORT=$(grep -o "http://localhost:[0-9]*" "$tmp/serve.out" | head -1 | cut -d: -f3)
[ -n "$SERVE_PORT" ] || { echo "  FAIL serve did not start"; cat "$tmp/serve.out"; exit 1; }

# The shipped site, changed only in ports, certificate paths and the upstream port.
sed -e "s|listen 80;|listen 127.0.0.1:$HTTP_PORT;|" \
    -e "s|listen 443 ssl;|listen 127.0.0.1:$HTTPS_PORT ssl; listen 127.0.0.2:$HTTPS_PORT ssl;|" \
    -e "s|/etc/ssl/gongkai/|$tmp/|g" \
    -e "s|127.0.0.1:7070|127.0.0.1:$SERVE_PORT|g" \
    deploy/nginx-gongkai.conf >"$tmp/site.conf"
cat >"$tmp/nginx.conf" <<EOF
pid $tmp/nginx.pid;
error_log $tmp/error.log;
events {}
http {
  access_log $tmp/access.log;
  client_body_temp_path $tmp/body; proxy_temp_path $tmp/proxy; fastcgi_temp_path $tmp/fcgi;
  uwsgi_temp_path $tmp/uwsgi; scgi_temp_path $tmp/scgi;
  include $tmp/site.conf;
}
EOF
nginx -t -q -p "$tmp" -c "$tmp/nginx.conf"
nginx -p "$tmp" -c "$tmp/nginx.conf"
sleep 0.5

# Twilio's signature: HMAC-SHA1 over the URL and each field name and value, names sorted.
sign() { # sign URL k1 v1 k2 v2 ... (fields already sorted by name)
  local data=$1; shift
  while [ $# -gt 0 ]; do data+="$1$2"; shift 2; done
  printf '%s' "$data" | openssl dgst -sha1 -hmac "$TOKEN" -binary | base64
}
FIELDS=(AccountSid AC00000000000000000000000000000000 Body "低保" From +8613900000001 MessageSid SMdeploy0001 To +15005550006)
post() { # post URL SIGNATURE -> status
  curl -sk -o "$tmp/reply" -w '%{http_code}' -X POST "$1" -H "X-Twilio-Signature: $2" \
    --data-urlencode "AccountSid=${FIELDS[1]}" --data-urlencode "Body=${FIELDS[3]}" \
    --data-urlencode "From=${FIELDS[5]}" --data-urlencode "MessageSid=${FIELDS[7]}" --data-urlencode "To=${FIELDS[9]}"
}
good=$(sign "$PUBLIC/twilio/sms" "${FIELDS[@]}")
inner=$(sign "http://127.0.0.1:$SERVE_PORT/twilio/sms" "${FIELDS[@]}")
check "webhook signed for $PUBLIC through nginx" 200 "$(post "$PUBLIC/twilio/sms" "$good")"
grep -q "<Response>" "$tmp/reply" && check "reply is TwiML" yes yes || check "reply is TwiML" yes no
check "webhook signed for the inner URL, through nginx" 403 "$(post "$PUBLIC/twilio/sms" "$inner")"
check "webhook signed for the inner URL, straight to serve" 403 "$(post "http://127.0.0.1:$SERVE_PORT/twilio/sms" "$inner")"
check "plain HTTP redirects to HTTPS" 301 "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health")"
check "/health through HTTPS" 200 "$(curl -sk -o /dev/null -w '%{http_code}' "$PUBLIC/health")"
check "/metrics from 127.0.0.1" 200 "$(curl -sk -o /dev/null -w '%{http_code}' "$PUBLIC/metrics")"
check "/metrics from another address (127.0.0.2)" 403 \
  "$(curl -sk -o /dev/null -w '%{http_code}' --resolve "localhost:$HTTPS_PORT:127.0.0.2" --interface 127.0.0.2 "$PUBLIC/metrics")"
# serve listens on loopback by default: the kernel's list of listening sockets shows only
# 127.0.0.1 for its port (read with ss; no traffic goes to another address of this machine).
check "serve listens on loopback only" "127.0.0.1:$SERVE_PORT" \
  "$(ss -Hltn "sport = :$SERVE_PORT" | awk '{print $4}' | sed 's/^\[::ffff:\([0-9.]*\)\]/\1/' | sort -u | tr '\n' ' ' | sed 's/ $//')"

[ $fail -eq 0 ] && echo "deploy: all checks passed" || echo "deploy: FAILED"
exit $fail
