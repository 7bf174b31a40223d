#!/usr/bin/env bash
# Installs what Listen First needs on a fresh Debian machine: Debian's Chromium and Firefox ESR (unless
# CHROMIUM_PATH / FIREFOX_PATH name other browsers) and the exact npm dependencies from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_UPDATED=""
# apt_install PACKAGE BINARY PATH_VARIABLE: installs a Debian package unless the variable is set or BINARY exists.
apt_install() {
  local package="$1" binary="$2" variable="$3"
  if [ -n "${!variable:-}" ] || [ -x "$binary" ]; then return; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no $binary and no apt-get; install $package and set $variable." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "setup: installing $package from Debian's packages"
  if [ -z "$APT_UPDATED" ]; then
    $SUDO apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
}

apt_install chromium /usr/bin/chromium CHROMIUM_PATH
# The Firefox smoke (npm run test:firefox) drives stock Firefox ESR over WebDriver BiDi.
apt_install firefox-esr /usr/bin/firefox-esr FIREFOX_PATH

npm ci --no-audit --no-fund
# X's fixture editor (Draft.js) needs React 18, so it has its own small tree beside the fixtures.
npm ci --no-audit --no-fund --prefix e2e/editors/draft-js
