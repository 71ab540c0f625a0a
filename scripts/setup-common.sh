# Shared by the setup scripts (setup-test-vscode.sh, setup-web-host.sh), which source it first:
#   SETUP_NAME=setup-web-host    # the prefix of every line printed: [setup-web-host] ...
#   SETUP_DIR=test/web-host      # the folder it installs into, from the repo root
#   . "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh" "$@"
# It sets `set -euo pipefail`, ROOT (the repo), FORCE (1 with --force), T0, STAMP and LOGS (the
# folder's .setup-stamp and .setup-logs/), clears the variables inherited from a parent npm, and
# defines say, fail, elapsed, stamp_matches, begin_install, run_logged, apt_install and
# finish_install. The sourcing script defines expected_stamp (what the stamp must say: the pins).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STAMP="$ROOT/$SETUP_DIR/.setup-stamp"
LOGS="$ROOT/$SETUP_DIR/.setup-logs"
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

# Run from `npm test` or `npm start`, a setup script inherits the parent npm's settings as npm_*
# variables (npm_config_user_agent names the parent's Node, which e.g. code-server's postinstall
# checks). The nested npm commands must see only what they are given.
for var in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$var"; done
unset NODE INIT_CWD

say() { printf '[%s] %s\n' "$SETUP_NAME" "$*"; }
fail() { # fail <message> [<command that fixes it>]
  printf '[%s] ERROR: %s\n' "$SETUP_NAME" "$1" >&2
  [ -n "${2:-}" ] && printf '[%s] To fix, run: %s\n' "$SETUP_NAME" "$2" >&2
  exit 1
}
T0=$(date +%s)
elapsed() { echo "+$(( $(date +%s) - T0 ))s"; }

# True when the stamp of the last install says what expected_stamp says now.
stamp_matches() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(expected_stamp)" ]; }

# Forgets the last install (the stamp is written again only when this one succeeds).
begin_install() { # begin_install <message>
  rm -f "$STAMP"
  mkdir -p "$LOGS"
  say "$1"
}

# Runs a step with its output in a log; on failure prints the log's tail and what to run.
run_logged() { # run_logged <name> <fix hint> <command...>
  local name=$1 hint=$2; shift 2
  local log="$LOGS/$name.log"
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2 || true
    fail "step '$name' failed (full log: ${log#"$ROOT"/})" "$hint"
  fi
}

# Installs Debian packages with apt-get (through sudo when not root); nothing when given none.
apt_install() { # apt_install <package>...
  [ $# -gt 0 ] || return 0
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "need root to install $*" "sudo apt-get update && sudo apt-get install -y $*"
    sudo=(sudo)
  fi
  say "apt: installing $*"
  run_logged apt-update "apt-get update && apt-get install -y $*" "${sudo[@]}" apt-get update
  run_logged apt-install "apt-get install -y $*" \
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# Writes the stamp that marks the install complete and says how long it took and what it weighs.
finish_install() {
  expected_stamp > "$STAMP"
  say "done in $(( $(date +%s) - T0 ))s: $(du -sh "$ROOT/$SETUP_DIR" | cut -f1) in $SETUP_DIR"
}
