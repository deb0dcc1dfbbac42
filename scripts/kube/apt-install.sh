#!/usr/bin/env bash
# Installs the given Debian packages if any is missing. Serialised by a lock so parallel test
# workers do not race on dpkg; runs `apt-get update` first because a fresh machine has no lists.
set -euo pipefail

missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "[apt-install] missing Debian packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
  exit 1
fi

exec 8>/var/lib/apt/lists/.pipeline-lock
flock 8
still=()
for p in "${missing[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || still+=("$p")
done
[[ ${#still[@]} -eq 0 ]] && exit 0

echo "[apt-install $(date +%H:%M:%S)] apt-get update; apt-get install ${still[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
# No recommends: prometheus would otherwise pull in node-exporter and start services.
apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=600 "${still[@]}" >&2
