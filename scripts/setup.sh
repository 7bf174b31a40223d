#!/usr/bin/env bash
# Installs what Listen First needs on a fresh Debian machine: Debian's Chromium (unless CHROMIUM_PATH
# names another browser) and the exact npm dependencies from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no /usr/bin/chromium and no apt-get; install Chromium and set CHROMIUM_PATH." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "setup: installing Chromium from Debian's packages"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

npm ci --no-audit --no-fund
# X's fixture editor (Draft.js) needs React 18, so it has its own small tree beside the fixtures.
npm ci --no-audit --no-fund --prefix e2e/editors/draft-js
