#!/usr/bin/env bash
# The long fault runs of issue 8 against the built jar, after `mvn -B verify` (the harness is in
# target/test-classes: cn.gongkai.ops.FaultRun). Prints the figures of each run as a table.
#   (a) SIGKILL serve in a burst of 400 signed webhooks from 8 threads while the outbox sends 150 notices
#   (b) the Twilio REST API silent, then failing, then back: 30 notices
#   (c) a full disk under data/ (a small tmpfs; needs root, else skipped with the reason)
#   (d) 10,000 hostile bodies at POST /twilio/sms
# Usage: scripts/faults.sh [a] [b] [c] [d]    (default: all; about 4 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/gongkai.jar
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: mvn -B verify" >&2; exit 2; }
exec java -Dfile.encoding=UTF-8 -Xmx1g -cp "$JAR:target/test-classes" cn.gongkai.ops.FaultRun "$JAR" "$@"
