#!/usr/bin/env bash
# Builds kube-apiserver and kube-controller-manager 1.20.2 from Debian bookworm's
# `kubernetes` source package, once, into a cache outside the repository.
#
# Usage: scripts/kube/build-kubernetes.sh [cache-dir]
#   cache-dir defaults to ${PIPELINE_KUBE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pipeline}/kube-1.20.2
# Prints progress on stderr and, on success, the directory holding both binaries on stdout.
#
# Idempotent: a finished build (stamp file matching RECIPE) returns at once. A flock on the
# cache directory makes parallel callers wait for the first one instead of building twice.
set -euo pipefail

KUBE_VERSION=v1.20.2
# Bump when the recipe below changes, so cached binaries built by an older recipe are rebuilt.
RECIPE="${KUBE_VERSION}-r1"
SOURCE_DIR_NAME="kubernetes-1.20.5+really1.20.2"

CACHE_ROOT="${PIPELINE_KUBE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pipeline}"
OUT="${1:-$CACHE_ROOT/kube-1.20.2}"
BIN="$OUT/bin"
STAMP="$BIN/.recipe"

log() { printf '[kube-build %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

done_already() {
  [[ -x "$BIN/kube-apiserver" && -x "$BIN/kube-controller-manager" && -f "$STAMP" ]] \
    && [[ "$(cat "$STAMP")" == "$RECIPE" ]]
}

if done_already; then
  printf '%s\n' "$BIN"
  exit 0
fi

mkdir -p "$OUT"
exec 9>"$OUT/.lock"
if ! flock -n 9; then
  log "another process is building Kubernetes in $OUT; waiting for it"
  flock 9
fi
if done_already; then
  log "built by another process meanwhile"
  printf '%s\n' "$BIN"
  exit 0
fi

started=$(date +%s)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Build dependencies and the Debian sources of the two vendored modules we must replace.
"$here/apt-install.sh" golang-go rsync make dpkg-dev \
  golang-github-modern-go-reflect2-dev golang-github-json-iterator-go-dev

if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  [[ $(id -u) -eq 0 ]] || { log "no deb-src entry in apt sources and not root; add one for bookworm or set KUBEBUILDER_ASSETS"; exit 1; }
  log "adding a deb-src entry as /etc/apt/sources.list.d/pipeline-deb-src.sources"
  cat >/etc/apt/sources.list.d/pipeline-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  log "apt-get update (for the deb-src index)"
  flock /var/lib/apt/lists/.pipeline-lock apt-get update -qq >&2
fi

GOPATH_DIR="$OUT/gopath"
KROOT="$GOPATH_DIR/src/k8s.io/kubernetes"
if [[ ! -f "$KROOT/.pipeline-source-ready" ]]; then
  rm -rf "$OUT/src" "$GOPATH_DIR"
  mkdir -p "$OUT/src" "$GOPATH_DIR/src/k8s.io"
  log "apt-get source kubernetes (about 30 MB)"
  (cd "$OUT/src" && apt-get source -qq kubernetes >&2)
  [[ -d "$OUT/src/$SOURCE_DIR_NAME" ]] || { log "expected $SOURCE_DIR_NAME after apt-get source; got: $(ls "$OUT/src")"; exit 1; }
  # GOPATH mode needs the tree at src/k8s.io/kubernetes; moving (not linking) keeps `pwd` honest.
  mv "$OUT/src/$SOURCE_DIR_NAME" "$KROOT"
  rm -rf "$OUT/src"

  # The vendored reflect2 1.0.1 panics under Go >= 1.18 on the first JSON request whose type
  # holds a map; Debian's newer reflect2 and json-iterator sources are drop-in replacements.
  for pair in "github.com/modern-go/reflect2" "github.com/json-iterator/go"; do
    src="/usr/share/gocode/src/$pair"
    [[ -d "$src" ]] || { log "missing $src (Debian -dev package)"; exit 1; }
    log "replacing vendor/$pair with Debian's $(dpkg-query -W -f='${Version}' "$(dpkg -S "$src" | head -n1 | cut -d: -f1)")"
    rm -rf "${KROOT:?}/vendor/$pair"
    mkdir -p "$KROOT/vendor/$pair"
    find "$src" -maxdepth 1 -type f \( -name '*.go' -o -name '*.s' -o -name 'LICENSE' \) ! -name '*_test.go' \
      -exec cp {} "$KROOT/vendor/$pair/" \;
  done
  touch "$KROOT/.pipeline-source-ready"
fi

export GOPATH="$GOPATH_DIR" GO111MODULE=off GOFLAGS= GOCACHE="$OUT/gocache" CGO_ENABLED=0 GOTOOLCHAIN=local
cd "$KROOT"

if [[ ! -f pkg/generated/openapi/zz_generated.openapi.go ]]; then
  log "make gen_openapi"
  make gen_openapi >&2
fi

pkg=k8s.io/kubernetes/vendor/k8s.io
ldflags="-s -w"
for mod in client-go/pkg/version component-base/version; do
  ldflags+=" -X $pkg/$mod.gitVersion=$KUBE_VERSION -X $pkg/$mod.gitMajor=1 -X $pkg/$mod.gitMinor=20"
  ldflags+=" -X $pkg/$mod.gitTreeState=clean -X $pkg/$mod.gitCommit=debian-bookworm-1.20.5+really1.20.2"
  ldflags+=" -X $pkg/$mod.buildDate=1970-01-01T00:00:00Z"
done

mkdir -p "$BIN"
for cmd in kube-apiserver kube-controller-manager; do
  log "go build $cmd ($(go version | cut -d' ' -f3), GOPATH mode)"
  go build -ldflags "$ldflags" -o "$BIN/$cmd.tmp" "./cmd/$cmd"
  mv "$BIN/$cmd.tmp" "$BIN/$cmd"
done

"$BIN/kube-apiserver" --version >&2
printf '%s\n' "$RECIPE" >"$STAMP"
log "done in $(( $(date +%s) - started )) s: $BIN"
printf '%s\n' "$BIN"
