#!/usr/bin/env bash
# Playwright drives Debian's Chromium (its own browser download is unreachable offline).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $CHROMIUM; installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Chromium is needed for the end-to-end tests and was not found at $CHROMIUM." >&2
echo "Install it with:  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "(or point CHROMIUM_PATH at an existing Chromium binary)" >&2
exit 1
