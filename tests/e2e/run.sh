#!/usr/bin/env bash
# The end-to-end suite on the real app: builds the release app (and its
# .deb), the `peerlog` CLI and tauri-driver if needed, then drives the app
# through tauri-driver and WebKitWebDriver under Xvfb, with a real Secret
# Service (gnome-keyring) in a private D-Bus session. Each spec uses a fresh
# data folder. Exits non-zero when anything fails. Spec files given as
# arguments (specs/05-drafts.test.mjs) run alone; none runs them all.
#
# Needs (Debian 12): webkit2gtk-driver xvfb xdotool imagemagick gnome-keyring dbus-x11, plus the
# Tauri build packages (libwebkit2gtk-4.1-dev and friends).
# Screenshots land in tests/e2e/artifacts/screenshots/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$repo/target}"
started=$SECONDS

step() { printf '\n== %s\n' "$*"; }

step "npm packages (ui, e2e)"
"$repo/scripts/npm-packages"

step "tauri-driver"
driver="$(command -v tauri-driver || true)"
if [ -z "$driver" ]; then
  driver="${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver"
  [ -x "$driver" ] || cargo install tauri-driver --locked
fi
export TAURI_DRIVER="$driver"
command -v WebKitWebDriver >/dev/null || { echo "WebKitWebDriver is missing (apt install webkit2gtk-driver)" >&2; exit 1; }
# Answers the native file dialogs, which WebDriver cannot reach (lib/dialogs.mjs).
command -v xdotool >/dev/null || { echo "xdotool is missing (apt install xdotool)" >&2; exit 1; }
# Takes the screenshots from the display (lib/harness.mjs).
command -v import >/dev/null || { echo "ImageMagick is missing (apt install imagemagick)" >&2; exit 1; }

step "release build of the app and its .deb"
# The UI only when its sources changed (an unchanged rebuild would make cargo
# re-embed it and relink the app); then the app, replacing the config's
# beforeBuildCommand with the step just done.
ui="$repo/ui"
if [ ! -f "$ui/dist/index.html" ] || [ -n "$(find "$ui/src" "$ui/index.html" "$ui/vite.config.ts" \
  "$ui/svelte.config.js" "$ui/package-lock.json" -newer "$ui/dist/index.html" -print -quit)" ]; then
  (cd "$ui" && npm run build)
fi
(cd "$repo/src-tauri" && ../ui/node_modules/.bin/tauri build --bundles deb \
  --config '{"build":{"beforeBuildCommand":null}}')
deb="$(ls -t "$target"/release/bundle/deb/*.deb | head -n 1)"
dpkg-deb --contents "$deb" | grep -Eq '(^|[ /])usr/bin/peerlog-desktop$' || { echo "the .deb lacks the app binary" >&2; exit 1; }
echo "built $deb"

# The CLI only sets up stores for the specs (and plays a second peer), so a
# caller that has built one already passes it in PEERLOG_CLI_BINARY
# (scripts/test passes the debug build its tests made); otherwise a release
# build, with the demo the specs seed from.
if [ -z "${PEERLOG_CLI_BINARY:-}" ]; then
  step "release build of the peerlog CLI"
  (cd "$repo" && cargo build --release -p peerlog-cli --features devtools)
  PEERLOG_CLI_BINARY="$target/release/peerlog"
fi
"$PEERLOG_CLI_BINARY" demo --help >/dev/null || { echo "$PEERLOG_CLI_BINARY lacks the demo (--features devtools)" >&2; exit 1; }

# Tells a caller (scripts/test) that the builds are done and the specs,
# which mostly wait on the app, are next.
[ -n "${PEERLOG_E2E_BUILT_MARKER:-}" ] && touch "$PEERLOG_E2E_BUILT_MARKER"

export PEERLOG_APP_BINARY="$target/release/peerlog-desktop"
export PEERLOG_CLI_BINARY
rm -rf "$repo/tests/e2e/artifacts/screenshots"

step "Xvfb"
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
export DISPLAY=":$display"

step "specs (D-Bus session with gnome-keyring's Secret Service)"
cd "$repo/tests/e2e"
# A keyring folder of its own: a login keyring already in $HOME, made with
# another password, would make the daemon prompt and fail.
keyrings=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$keyrings"' EXIT
KEYRINGS="$keyrings" dbus-run-session -- bash -c '
  set -euo pipefail
  printf pw | XDG_DATA_HOME="$KEYRINGS" gnome-keyring-daemon --unlock --components=secrets >/dev/null
  if [ "$#" -gt 0 ]; then
    node --test --test-concurrency=1 --test-reporter=spec "$@"
  else
    npm test
  fi
' specs "$@"

step "passed in $((SECONDS - started))s"
