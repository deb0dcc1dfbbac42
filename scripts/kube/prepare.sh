#!/usr/bin/env bash
# Installs and builds everything the kube tests need, ahead of `npm test`. Optional: the kube
# tests' globalSetup does the same on first use. Useful as a separate (cacheable) CI step.
# Needs root on a fresh Debian bookworm machine (apt); idempotent and quick once done.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

pkgs=(etcd-server prometheus openssl)
command -v kubectl >/dev/null 2>&1 || pkgs+=(kubernetes-client)
"$here/apt-install.sh" "${pkgs[@]}"

if [[ -n "${KUBEBUILDER_ASSETS:-}" || -n "${PIPELINE_KUBE_APISERVER:-}" ]]; then
  echo "[kube-prepare] using the apiserver from KUBEBUILDER_ASSETS / PIPELINE_KUBE_APISERVER; no build" >&2
else
  bin="$("$here/build-kubernetes.sh")"
  echo "[kube-prepare] kube-apiserver and kube-controller-manager in $bin" >&2
fi
