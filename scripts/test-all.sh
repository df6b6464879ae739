#!/usr/bin/env bash
# Runs every test layer in order and ends with one line: "N passed, N failed".
# A step that is not a test runner (fmt, clippy, build) counts as one check.
# What makes the count trustworthy:
# - every step runs under a time limit, so a hang fails instead of blocking;
# - skipped, ignored, cancelled and todo tests count as failures;
# - tests/minimums.txt names every test file with the fewest tests it may report, so a
#   dropped file, a cfg-ed out test or an unlisted new file fails the run; and a minimum
#   may only go down in a commit that says why.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=target/test-logs
mkdir -p "$logs"
rm -f "$logs"/*.units
passed=0
failed=0
failed_steps=()

# cargo and wasm-bindgen-test-runner, per test binary:
#   "     Running tests/model.rs (target/...)" ... "test result: ok. 15 passed; 0 failed; 2 ignored; ..."
# Prints "unit passed failed" lines; ignored tests are failures.
# cargo indents its own "Running" lines; the wasm runner's unindented "Running headless tests
# in …" is not a unit.
units_cargo() {
  awk '
    /^ +Running / { unit = $2; if (unit == "unittests") unit = $3 }
    /^ *Doc-tests / { unit = "doc-tests" }
    /test result: / {
      p = 0; f = 0; i = 0
      for (k = 1; k <= NF; k++) {
        if ($(k + 1) ~ /^passed/) p = $k
        if ($(k + 1) ~ /^failed/) f = $k
        if ($(k + 1) ~ /^ignored/) i = $k
      }
      print unit, p, f + i
    }' "$1"
}

# plain summary lines such as "size-budget: 1 passed, 0 failed"
units_plain() {
  grep -Eo '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' "$1" | awk '{ sub(":", "", $1); print $1, $2, $4 }'
}

# Several node --test runs in one log, each after a line "### unit FILE": per file, as
# units_node counts one.
units_node_files() {
  awk '
    /^### unit / { if (unit != "") print unit, p + 0, f + 0; unit = $3; p = 0; f = 0 }
    /^# pass / { p = $3 }
    /^# (fail|cancelled|skipped|todo) / { f += $3 }
    END { if (unit != "") print unit, p + 0, f + 0 }' "$1"
}

# node --test --test-reporter=tap, one file per run: the closing "# pass N", "# fail N",
# "# cancelled N", "# skipped N", "# todo N". Everything but pass is a failure.
units_node() {
  awk -v unit="$2" '
    /^# pass / { p = $3 }
    /^# (fail|cancelled|skipped|todo) / { f += $3 }
    END { print unit, p + 0, f + 0 }' "$1"
}

run() {
  local name=$1 limit=$2 counter=$3
  shift 3
  local log="$logs/$name.log" start=$SECONDS
  echo "==> $name: $*"
  timeout --kill-after=15s "$limit" "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]} p=0 f=0
  [ "$rc" -eq 124 ] && echo "==> $name timed out after $limit"
  if [ "$counter" = none ]; then
    if [ "$rc" -eq 0 ]; then p=1; else f=1; fi
  else
    # The unit of a node run is its file, the last argument.
    "$counter" "$log" "${@: -1}" > "$logs/$name.units"
    read -r p f < <(awk '{ p += $2; f += $3 } END { print p + 0, f + 0 }' "$logs/$name.units")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
      f=1 # it failed before or outside its tests (compile error, crash, time-out)
    elif [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
      echo "==> $name ran no test: counted as a failure"
      f=1
    fi
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" -eq 0 ] || failed_steps+=("$name")
  echo "==> $name: $p passed, $f failed ($((SECONDS - start)) s)"
}

# Every unit named in tests/minimums.txt reported at least its minimum, and every unit that
# reported is named there. One check; its failures say which unit.
check_minimums() {
  local problems=0 layer unit minimum got
  while read -r layer unit minimum; do
    case "$layer" in '' | '#'*) continue ;; esac
    got=$(awk -v u="$unit" '$1 == u { n += $2 + $3 } END { print n + 0 }' "$logs/$layer.units" 2>/dev/null || echo 0)
    if [ "$got" -lt "$minimum" ]; then
      echo "minimums: $layer $unit reported $got tests, needs at least $minimum"
      problems=$((problems + 1))
    fi
  done < tests/minimums.txt
  for units in "$logs"/*.units; do
    layer=$(basename "$units" .units)
    while read -r unit _; do
      awk -v l="$layer" -v u="$unit" '$1 == l && $2 == u { found = 1 } END { exit !found }' tests/minimums.txt \
        || { echo "minimums: $layer $unit is not listed in tests/minimums.txt"; problems=$((problems + 1)); }
    done < "$units"
  done
  if [ "$problems" -eq 0 ]; then echo "minimums: 1 passed, 0 failed"; else echo "minimums: 0 passed, 1 failed"; fi
}

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# A minimum may only go down in a commit that says why (scripts/check-minimums-history.sh).
run minimums-history 1m units_plain scripts/check-minimums-history.sh
run fmt 5m none cargo fmt --check
run clippy-native 15m none cargo clippy --all-targets --locked -- -D warnings
# The shipped wasm has no texts; the browser tests compile both in (feature bundled-texts).
run clippy-wasm 15m none bash -c 'cargo clippy --lib --bins --locked --target wasm32-unknown-unknown -- -D warnings &&
  cargo clippy --all-targets --locked --target wasm32-unknown-unknown --features bundled-texts -- -D warnings'
run native-tests 20m units_cargo cargo test --locked --no-fail-fast
# The wasm-bindgen test runner picks its browser from CHROMEDRIVER / GECKODRIVER.
run browser-tests-chromium 15m units_cargo env CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --target wasm32-unknown-unknown --features bundled-texts --test browser
run browser-tests-firefox 15m units_cargo env GECKODRIVER="$(command -v geckodriver)" \
  cargo test --locked --target wasm32-unknown-unknown --features bundled-texts --test browser
run release-build 15m none trunk build --release --offline
# The loader's modules (loader/embed/), each by its own unit tests (loader/test/): pure parts in
# Node, DOM parts in headless Chromium. They import the checked-in loader/generated/facts.js.
run loader-units 8m units_node_files bash -c 'status=0
  for file in loader/test/*.test.mjs; do
    echo "### unit $file"
    node --test --test-reporter=tap --test-timeout=60000 "$file" || status=1
  done
  exit $status'
# The size levers guarded by name: nothing of bench/forbidden-symbols in the shipped code.
run forbidden-symbols 5m units_plain node bench/symbols.mjs
# The first visit's bytes against bench/size-budget: the change per file, and a failure past +1 %.
run size-budget 5m units_plain node bench/size.mjs --check
# A debug build for the crash panel: only debug builds honour the ?ct-panic trigger. (The
# release build's panel is reached by a real panic: e2e/failures.test.mjs breaks a DOM call.)
run debug-build 15m none trunk build --offline --dist target/dist-debug
# Every e2e/*.test.mjs file is its own step and unit, new ones included (tests/minimums.txt must
# name each): e.g. keyboard-only (the whole flow by keyboard alone) and print-pdf (the plan on a
# real PDF, read back with pdfjs-dist).
for file in e2e/*.test.mjs; do
  name=$(basename "$file" .test.mjs)
  [ "$name" = wordpress ] && continue
  # node --test runs the file as one test too: its timeout bounds the whole file, which takes
  # 60-120 s for reader, texts, field and persistence on a loaded 2-core machine.
  run "e2e-$name" 4m units_node node --test --test-reporter=tap --test-timeout=230000 "$file"
done
# The plugin on Debian's WordPress: it starts MariaDB and PHP itself and installs
# WordPress first, about a minute on its own; node's limit covers the whole file.
run e2e-wordpress 6m units_node node --test --test-reporter=tap --test-timeout=300000 e2e/wordpress.test.mjs
# The journeys that matter in Firefox ESR and WebKit, over WebDriver (e2e/engines/).
run e2e-engines 15m units_node node --test --test-reporter=tap --test-timeout=180000 e2e/engines/journeys.test.mjs
check_minimums | tee "$logs/minimums.log"
read -r p f < <(units_plain "$logs/minimums.log" | awk '{ print $2, $3 }')
passed=$((passed + p))
failed=$((failed + f))
[ "$f" -eq 0 ] || failed_steps+=(minimums)

echo
if ((${#failed_steps[@]})); then
  echo "failed steps: ${failed_steps[*]} (logs in $logs/)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
