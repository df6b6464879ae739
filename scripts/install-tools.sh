#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there.
# Prints the wall time of each step that did something.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Firefox's WebDriver server, for the cross-engine journeys (e2e/engines/).
GECKODRIVER_VERSION=0.37.1
# The size map of `make bench` (bench/size-map.mjs).
TWIGGY_VERSION=0.8.0
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly (Cargo.toml pins it with `=`).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

timed() {
  local name=$1 start=$SECONDS
  shift
  echo "==> install: $name"
  "$@"
  echo "==> install: $name took $((SECONDS - start)) s"
}

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  timed "wasm32 target" rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  timed "trunk $TRUNK_VERSION" cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # No --locked: the CLI's own lockfile pins a crate version the registry no longer serves.
  timed "wasm-bindgen-cli $WASM_BINDGEN_VERSION" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $1, $2 }')" != "geckodriver $GECKODRIVER_VERSION" ]; then
  timed "geckodriver $GECKODRIVER_VERSION" cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  timed "twiggy $TWIGGY_VERSION" cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi

# Browsers: Chromium (+ chromedriver) for the Playwright suites and the wasm browser tests;
# Firefox ESR, WebKitGTK's WebKitWebDriver + MiniBrowser and Xvfb (MiniBrowser has no headless
# mode) for e2e/engines/.
missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
command -v brotli >/dev/null || missing_debs+=(brotli)
command -v firefox-esr >/dev/null || missing_debs+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing_debs+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing_debs+=(xvfb)
# e2e/package.test.mjs reads `make package`'s zip with Info-ZIP, a reader independent of ours.
command -v unzip >/dev/null || missing_debs+=(unzip)
# e2e/deploy.test.mjs upgrades the widget on a server that caches like real hosts: nginx, started
# by the test itself on loopback with a config of its own (only the binary is needed; Debian's
# package may also start its default site where services can start).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing_debs+=(nginx)
if ((${#missing_debs[@]})); then
  timed "apt: ${missing_debs[*]}" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing_debs[*]} >/dev/null"
fi

# The WordPress layer (e2e/wordpress.test.mjs): Debian's WordPress 6.1 with its default block
# theme, MariaDB and PHP's command line (its built-in server). apache2 comes along as a
# dependency; nothing starts it, and the test starts and stops its own MariaDB.
wordpress_debs=()
for deb in wordpress wordpress-theme-twentytwentythree mariadb-server php-cli; do
  dpkg -s "$deb" 2>/dev/null | grep -q '^Status: install ok installed' || wordpress_debs+=("$deb")
done
if ((${#wordpress_debs[@]})); then
  timed "apt: ${wordpress_debs[*]}" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${wordpress_debs[*]} >/dev/null"
fi

# trunk builds with --offline (so it never downloads a tool), which cargo obeys too: fetch the
# locked crates first. Quick when the cache already has them.
timed "cargo fetch" cargo fetch --locked --quiet

# npm: wasm-opt (binaryen 132 reads today's wasm; Debian's does not), playwright-core, axe-core,
# pdfjs-dist (reads back the PDF of e2e/print-pdf.test.mjs).
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version_132" \
  || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/pdfjs-dist ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  timed "npm ci" npm ci --no-audit --no-fund --loglevel=error
fi
