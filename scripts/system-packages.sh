#!/usr/bin/env bash
# The Debian packages the local servers need, installed when missing: `.ci/run`, `npm test` and
# `npm run rehearse` all call this one script. As root (or with passwordless sudo) it runs
# `apt-get update` and installs what is missing; otherwise it prints the one command to run and
# exits 1, before anything starts a server.
#
#   scripts/system-packages.sh tests       everything the test suite starts
#   scripts/system-packages.sh rehearsal   what `npm run rehearse` starts
set -euo pipefail

# "command:package" pairs: the package is installed when the command is not found (a path: when
# no such file exists).
# openssl makes the test CA the Azure stand-ins serve HTTPS with; PostgreSQL (client tools and the
# server binaries for a throwaway cluster) backs db-backup and the rehearsal's shop; MariaDB
# backs db-backup's MySQL engine; zstd decompresses db-backup's restores, as on GitHub's hosted
# runners (without it db-backup decompresses in Node, which the tests cover too); Prometheus
# scrapes the data plane for canary-rollout's metric gates.
# Chromium renders the job summaries as GitHub's run page does (scripts/lib/summary-render.ts), with
# Arial's metrics (Liberation) and colour emoji (Noto), so widths are measured in a font like the readers'.
rehearsal=("openssl:openssl" "pg_dump:postgresql-client" "/usr/lib/postgresql/15/bin/initdb:postgresql" "zstd:zstd"
  "chromium:chromium" "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf:fonts-liberation"
  "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf:fonts-noto-color-emoji")
tests=("${rehearsal[@]}" "mariadbd:mariadb-server" "mariadb-dump:mariadb-client" "prometheus:prometheus")

case "${1:-tests}" in
  tests) required=("${tests[@]}") ;;
  rehearsal) required=("${rehearsal[@]}") ;;
  *) echo "usage: $0 [tests|rehearsal]" >&2; exit 2 ;;
esac

missing=()
for pair in "${required[@]}"; do
  need="${pair%%:*}"
  if [[ "$need" == /* ]]; then [ -e "$need" ]; else command -v "$need" >/dev/null 2>&1; fi || missing+=("${pair#*:}")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1 || ! sudo -n true 2>/dev/null; then
    echo "Missing Debian packages: ${missing[*]}. Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo -n)
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing packages: ${missing[*]} (Debian package names); this machine has no apt-get: install them with its package manager." >&2
  exit 1
fi
echo "Installing the missing Debian packages: ${missing[*]}" >&2
"${as_root[@]}" apt-get update >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
