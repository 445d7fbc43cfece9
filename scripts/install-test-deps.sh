#!/usr/bin/env bash
# Installs the Debian packages the test suite needs on a fresh machine (CI and developers
# alike). Safe to run again: apt-get skips what is already there.
set -euo pipefail
# poppler-utils: pdftotext reads the generated PDF letters back in the letter tests.
# nginx, openssl, curl: scripts/deploy-check.sh runs the shipped nginx site in front of serve.
# iproute2 (ss): the tests read which address serve listens on from the kernel.
# gammu, gammu-smsd: the domestic SMS line's tests run a real gammu-smsd on gammu's dummy phone.
# postgresql, postgresql-client: the city platform's tests start their own PostgreSQL (testing.PostgresServer).
PKGS=(tmux fonts-wqy-zenhei poppler-utils chromium chromium-driver xvfb espeak-ng nginx openssl curl iproute2 gammu gammu-smsd
      postgresql postgresql-client)
missing=()
for p in "${PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
