#!/usr/bin/env bash
# Makes src/test/resources/upgrade/: a home created by a PREVIOUS release's jar (database with
# inquiries, requests and their events, plus the index of the bundled sample), which
# UpgradeFromPreviousReleaseTest opens with the current code.
# Usage: scripts/make-upgrade-fixture.sh OLD_JAR   (e.g. built at f1eb134, release 0.1.0:
#   git clone -q . /tmp/oldrel && git -C /tmp/oldrel checkout -q f1eb134 &&
#   (cd /tmp/oldrel && mvn -q -DskipTests package) && scripts/make-upgrade-fixture.sh /tmp/oldrel/target/gongkai.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$1
OUT=src/test/resources/upgrade
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
g() { java -jar "$JAR" "$@" --home "$home"; }
g index >/dev/null
# Inquiries by SMS (each one a row in inquiries and in the SMS tables).
g sms --from +8613900000001 "低保怎么申请" >/dev/null
g sms --from +8613900000002 "危房改造补助" >/dev/null
g sms --from +8613900000003 "高龄津贴" >/dev/null
# Requests with their events: registered, confirmed, extended, closed.
r1=$(g requests add --actor fixture --applicant-type NATURAL_PERSON --channel IN_PERSON --name 张三 \
      --content "申请公开2025年本镇低保名单" --received 2026-03-02)
r2=$(g requests add --actor fixture --applicant-type BUSINESS --channel ONLINE --name 某公司 \
      --content "申请公开道路工程招标文件")
g requests confirm --actor fixture --date 2026-03-03 "$r2" >/dev/null
g requests extend --actor fixture --date 2026-03-20 --approved-by 李主任 --days 10 "$r1" >/dev/null
g requests close --actor fixture --date 2026-04-01 --result GRANTED --detail "已提供" "$r1" >/dev/null
rm -rf "$OUT"
mkdir -p "$OUT"
java -jar "$JAR" --version >"$OUT/made-by.txt"
# The old release may leave committed rows in the WAL: fold them into the file before copying.
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' "$home/data/gongkai.db"
mkdir -p "$OUT/data"
cp "$home/data/gongkai.db" "$OUT/data/"
cp -r "$home/index" "$OUT/"
rm -f "$OUT"/index/*.lock "$OUT"/index/*/write.lock
# And that release's own backup of the same home, for restore into the current release.
g backup --to "$home/backups" >/dev/null
cp -r "$home"/backups/gongkai-* "$OUT/backup"
ls -R "$OUT"
