#!/usr/bin/env bash
# Installs the system packages the Rocb build and tests need on a Debian/Ubuntu machine
# that already has the .NET 10 SDK and Node 20+ (checked, not installed):
#   - postgresql             (server binaries, used by deploy/ensure-postgres.sh)
#   - chromium + fonts-liberation (headless browser for the end-to-end tests; Debian's
#                            package only, browsers are never downloaded from elsewhere)
# Idempotent: when everything is present it only checks and exits.
# Called by .ci/run; root is needed only when something is missing.
set -euo pipefail

log() { printf 'install-prerequisites: %s\n' "$*" >&2; }
die() { printf 'install-prerequisites: ERROR: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK (dotnet) is not on PATH; install it first"
command -v node >/dev/null 2>&1 || die "Node.js 20+ (node) is not on PATH; install it first"
command -v npm >/dev/null 2>&1 || die "npm is not on PATH; install it first"

packages=()

if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  packages+=(postgresql)
fi

if [[ ! -x /usr/bin/chromium ]]; then
  packages+=(chromium fonts-liberation)
elif ! dpkg-query -W -f '${Status}' fonts-liberation 2>/dev/null | grep -q 'ok installed'; then
  # Without a font package Chromium renders screenshots with missing glyphs.
  packages+=(fonts-liberation)
fi

if [[ ${#packages[@]} -eq 0 ]]; then
  log "all present (postgresql, chromium, fonts-liberation)"
  exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
  die "missing: ${packages[*]}. Install them as root, e.g.:
  sudo apt-get update && sudo apt-get install -y ${packages[*]}"
fi
command -v apt-get >/dev/null 2>&1 || die "missing: ${packages[*]}, and apt-get is not available to install them"

log "installing: ${packages[*]}"
apt-get update -q >&2
# --no-install-recommends: keeps Chromium's optional desktop extras out of a CI machine.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" >&2

compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || die "postgresql was installed but no server binaries were found"
[[ -x /usr/bin/chromium ]] || die "chromium was installed but /usr/bin/chromium is missing"
log "done"
