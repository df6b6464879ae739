#!/usr/bin/env bash
# tests/minimums.txt may only go down when the commit says why: every unit's
# minimum is compared with the previous commit's, and a lower one, or a unit that is gone,
# fails unless the commit message (or, for a merge, one of the merged commits') has a line
# "Lower minimums: <why>".
# Uncommitted changes to the file are compared with HEAD and have no message yet: commit
# them first. Without a previous commit (the first one, a shallow clone, no git) there is
# nothing to compare, and the check says so and passes.
set -uo pipefail
cd "$(dirname "$0")/.."

file=tests/minimums.txt
pass() { echo "minimums-history: $1"; echo "minimums-history: 1 passed, 0 failed"; exit 0; }

git rev-parse --git-dir >/dev/null 2>&1 || pass "not a git checkout, nothing to compare"
if ! git diff --quiet HEAD -- "$file" 2>/dev/null; then
  before=$(git show "HEAD:$file" 2>/dev/null) || pass "no committed $file yet"
  message=""
  against="HEAD (uncommitted changes)"
else
  git rev-parse --verify -q 'HEAD^' >/dev/null || pass "no previous commit (first commit or shallow clone)"
  before=$(git show "HEAD^:$file" 2>/dev/null) || pass "the previous commit has no $file"
  # The commit's message; for a merge, also those of the commits it brings in (the branch
  # that lowered a minimum said why there).
  message=$(git log --format=%B 'HEAD^..HEAD')
  against="the previous commit"
fi

# "layer unit minimum" lines of the old and the new file; a unit the new file lacks counts as 0.
lowered=$(awk '
  /^[[:space:]]*(#|$)/ { next }
  FNR == NR { old[$1 " " $2] = $3; next }
  { now[$1 " " $2] = $3 }
  END {
    for (unit in old) {
      n = (unit in now) ? now[unit] : 0
      if (n + 0 < old[unit] + 0) print unit ": " old[unit] " -> " n
    }
  }' <(echo "$before") "$file" | sort)

if [ -z "$lowered" ]; then
  pass "no minimum lower than in $against"
fi
echo "minimums-history: lower than in $against:"
echo "$lowered" | sed 's/^/  /'
if reason=$(echo "$message" | grep -m1 -E '^Lower minimums: .{10,}'); then
  pass "the commit says why: ${reason#Lower minimums: }"
fi
echo "minimums-history: a minimum may only go down in a commit whose message has a line"
echo "  'Lower minimums: <why>' (find the test that vanished first; see tests/minimums.txt)"
echo "minimums-history: 0 passed, 1 failed"
exit 1
