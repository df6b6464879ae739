#!/usr/bin/env bash
# Runs every test layer in order and ends with one line: "N passed, N failed".
# A step that is not a test runner (fmt, clippy, build) counts as one check.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=target/test-logs
mkdir -p "$logs"
passed=0
failed=0
failed_steps=()

# cargo and wasm-bindgen-test-runner: "test result: ok. 15 passed; 0 failed; ..."
count_cargo() {
  grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$1" \
    | awk '{ p += $4; f += $6 } END { print p + 0, f + 0 }'
}

# plain summary lines such as "size-budget: 1 passed, 0 failed"
count_plain() {
  grep -Eo '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' "$1" | awk '{ p += $2; f += $4 } END { print p + 0, f + 0 }'
}

# node --test (TAP): "# pass 12" / "# fail 0"
count_node() {
  awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { print p + 0, f + 0 }' "$1"
}

run() {
  local name=$1 counter=$2
  shift 2
  local log="$logs/$name.log" start=$SECONDS
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]} p=0 f=0
  if [ "$counter" != none ]; then
    read -r p f < <("$counter" "$log")
  fi
  if [ "$rc" -eq 0 ] && [ "$p" -eq 0 ] && [ "$counter" != none ]; then
    echo "==> $name ran no test: counted as a failure"
    f=$((f + 1))
  elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # it failed before or outside its tests (compile error, crash)
  elif [ "$counter" = none ]; then
    p=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" -eq 0 ] || failed_steps+=("$name")
  echo "==> $name: $p passed, $f failed ($((SECONDS - start)) s)"
}

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

run fmt none cargo fmt --check
run clippy-native none cargo clippy --all-targets --locked -- -D warnings
run clippy-wasm none cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run native-tests count_cargo cargo test --locked --no-fail-fast
run browser-tests count_cargo cargo test --locked --target wasm32-unknown-unknown --test browser
run release-build none trunk build --release --offline
# Bytes are deterministic: the first-load gzip total may only go down (bench/size-budget).
run size-budget count_plain node bench/size.mjs --check
# A debug build for the crash panel: only debug builds honour the ?ct-panic trigger.
run debug-build none trunk build --offline --dist target/dist-debug
run e2e count_node node --test --test-concurrency=1 e2e/

echo
if ((${#failed_steps[@]})); then
  echo "failed steps: ${failed_steps[*]} (logs in $logs/)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
