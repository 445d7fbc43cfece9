#!/usr/bin/env bash
# Installs the Debian package on THIS machine and checks it as a county's IT office would use it:
#  1. builds target/gongkai_<v>_all.deb (mvn -P deb) and a newer one, gongkai_<v>+check1_all.deb;
#  2. apt-get install: files, conffile, system user, folder owners and modes, default kiosk-config;
#  3. serve started from the installed files exactly as the unit's ExecStart says (no systemd in the
#     sandbox: run as gongkai with setpriv, on a free loopback port) answers /health; a request is
#     registered through /usr/bin/gongkai;
#  4. upgrade to the newer package: the request, the edited env file and kiosk-config survive;
#  5. remove: the program goes, the record stays; purge: says what it deletes, deletes it, keeps backups.
# It installs and purges a package and a system user: run it only on a machine meant for that
#   (CI sets CI=true; by hand: scripts/deb-check.sh --really-install).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${CI:-}" = true ] || [ "${1:-}" = --really-install ] || {
  echo "deb-check installs and purges the gongkai package here; run with --really-install" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive
fail=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "  ok   $1: $3"; else echo "  FAIL $1: expected '$2', got '$3'"; fail=1; fi
}
fresh_machine() { # a previous run's leftovers would hide first-install behaviour
  if dpkg -s gongkai >/dev/null 2>&1; then dpkg --purge gongkai >/dev/null; fi
  rm -rf /var/lib/gongkai /var/backups/gongkai /etc/gongkai
  if getent passwd gongkai >/dev/null; then userdel gongkai; fi
  if getent group gongkai >/dev/null; then groupdel gongkai; fi
}
serve_pid=""
tmp=$(mktemp -d)
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  fresh_machine
  rm -rf "$tmp"
}
trap cleanup EXIT

V=$(mvn -B -q help:evaluate -Dexpression=deb.version -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')
NEXT="$V+check1"
echo "deb: building gongkai_${V}_all.deb and gongkai_${NEXT}_all.deb"
start=$(date +%s)
if [ -f target/gongkai.jar ]; then
  # The jar CI just built and tested: package it, don't build it again.
  mvn -q -P deb org.vafer:jdeb:1.14:jdeb
else
  mvn -q -P deb -DskipTests package
fi
# A newer build of the package: same jar, higher version, as a point release would be.
mvn -q -P deb -Ddeb.version="$NEXT" org.vafer:jdeb:1.14:jdeb
echo "  built in $(( $(date +%s) - start )) s"
DEB=target/gongkai_${V}_all.deb
DEB2=target/gongkai_${NEXT}_all.deb
[ -f "$DEB" ] && [ -f "$DEB2" ] || { echo "  FAIL packages not built"; exit 1; }
check "Depends" "openjdk-17-jre-headless | java17-runtime-headless, fonts-wqy-zenhei" "$(dpkg-deb -f "$DEB" Depends)"

echo "deb: install"
fresh_machine
apt-get install -y -q "./$DEB" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
check "installed version" "$V" "$(dpkg-query -W -f='${Version}' gongkai)"
for f in /opt/gongkai/gongkai.jar /usr/bin/gongkai /lib/systemd/system/gongkai-serve.service \
         /lib/systemd/system/gongkai-backup.timer /lib/systemd/system/gongkai-kiosk.service \
         /usr/share/gongkai/examples/nginx-gongkai.conf /usr/share/gongkai/LICENSE /usr/share/gongkai/THIRD-PARTY.txt \
         /usr/share/gongkai/licenses/LGPL-3.0.txt /var/lib/gongkai/kiosk-config/messages.yaml; do
  check "file $f" yes "$([ -f "$f" ] && echo yes || echo no)"
done
check "conffiles" "/etc/gongkai/gongkai.env /etc/gongkai/kiosk.env" "$(dpkg-query -W -f='${Conffiles}' gongkai | awk 'NF {print $1}' | tr '\n' ' ' | sed 's/ $//')"
check "env file owner and mode" "root:root 600" "$(stat -c '%U:%G %a' /etc/gongkai/gongkai.env)"
check "kiosk env file owner and mode (holds a token)" "root:root 600" "$(stat -c '%U:%G %a' /etc/gongkai/kiosk.env)"
check "user gongkai is a system user" yes "$(uid=$(id -u gongkai); [ "$uid" -lt 1000 ] && echo yes || echo "no ($uid)")"
check "user gongkai cannot log in" /usr/sbin/nologin "$(getent passwd gongkai | cut -d: -f7)"
check "/var/lib/gongkai" "gongkai:gongkai 700" "$(stat -c '%U:%G %a' /var/lib/gongkai)"
check "/var/backups/gongkai" "gongkai:gongkai 700" "$(stat -c '%U:%G %a' /var/backups/gongkai)"
check "/usr/bin/gongkai --version" "gongkai $V" "$(/usr/bin/gongkai --version | cut -d' ' -f1-2)"

echo "deb: serve from the installed files"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/gongkai-serve.service)
check "unit runs the installed jar" yes "$(echo "$exec_start" | grep -q -- '-jar /opt/gongkai/gongkai.jar serve --home /var/lib/gongkai' && echo yes || echo no)"
# As systemd would: user and group from the unit, its UMask, its WorkingDirectory and EnvironmentFile.
(
  cd /var/lib/gongkai
  set -a; . /etc/gongkai/gongkai.env; set +a
  umask 0077
  exec setpriv --reuid gongkai --regid gongkai --init-groups ${exec_start/--port 7070/--port $PORT}
) >"$tmp/serve.out" 2>&1 &
serve_pid=$!
status=000
for _ in $(seq 1 120); do
  status=$(curl -s -o "$tmp/health" -w '%{http_code}' "http://127.0.0.1:$PORT/health" || true)
  [ "$status" = 200 ] && break
  sleep 0.5
done
check "/health from the installed serve" 200 "$status"
[ "$status" = 200 ] || cat "$tmp/serve.out"
check "serve runs as gongkai" gongkai "$(ps -o user= -p "$(pgrep -P "$serve_pid" java || echo "$serve_pid")" | tr -d ' ')"
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=""
check "database owned by gongkai, mode 600" "gongkai:gongkai 600" "$(stat -c '%U:%G %a' /var/lib/gongkai/data/gongkai.db)"
ID=$(/usr/bin/gongkai requests add --actor deb-check --applicant-type NATURAL_PERSON --channel IN_PERSON \
      --name 王五 --content "申请公开本村道路维修经费" 2>&1)
check "request registered through /usr/bin/gongkai" yes "$(/usr/bin/gongkai requests show "$ID" | grep -q 道路维修经费 && echo yes || echo no)"
# A district's edits: the env file and its kiosk-config.
echo "GONGKAI_PUBLIC_URL=https://gk.county.example.cn" >>/etc/gongkai/gongkai.env
echo "# 本单位修改" >>/var/lib/gongkai/kiosk-config/messages.yaml

echo "deb: upgrade to $NEXT"
apt-get install -y -q "./$DEB2" >"$tmp/upgrade.log" 2>&1 || { cat "$tmp/upgrade.log"; exit 1; }
check "upgraded version" "$NEXT" "$(dpkg-query -W -f='${Version}' gongkai)"
check "request survives the upgrade" yes "$(/usr/bin/gongkai requests show "$ID" | grep -q 道路维修经费 && echo yes || echo no)"
check "edited env file kept" yes "$(grep -q gk.county.example.cn /etc/gongkai/gongkai.env && echo yes || echo no)"
check "edited kiosk-config kept" yes "$(grep -q 本单位修改 /var/lib/gongkai/kiosk-config/messages.yaml && echo yes || echo no)"

echo "deb: remove"
apt-get remove -y -q gongkai >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log"; exit 1; }
check "jar gone after remove" no "$([ -e /opt/gongkai/gongkai.jar ] && echo yes || echo no)"
check "request survives remove" "申请公开本村道路维修经费" \
  "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select content from requests where cast(id as text)=? or receipt_code=?", (sys.argv[2], sys.argv[2])).fetchone()[0])' /var/lib/gongkai/data/gongkai.db "$ID")"

echo "deb: purge"
echo backup-marker >/var/backups/gongkai/marker
dpkg --purge gongkai >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log"; exit 1; }
check "purge says what it deletes" yes "$(grep -q 'deleting /var/lib/gongkai' "$tmp/purge.log" && echo yes || echo no)"
grep 'gongkai purge' "$tmp/purge.log" | sed 's/^/       /'
check "/var/lib/gongkai after purge" gone "$([ -e /var/lib/gongkai ] && echo there || echo gone)"
check "/etc/gongkai after purge" gone "$([ -e /etc/gongkai ] && echo there || echo gone)"
check "backups kept after purge" yes "$([ -f /var/backups/gongkai/marker ] && echo yes || echo no)"

[ $fail -eq 0 ] && echo "deb: all checks passed" || echo "deb: FAILED"
exit $fail
