#!/usr/bin/env bash
# Runs every test layer and sums them into one closing line, "N passed, N failed".
#   lint        eslint over our JavaScript (eslint.config.mjs): one test per file, passed when
#               eslint reports nothing in it
#   core        doctest, native debug build
#   core-asan   the core and headless UI tests again under AddressSanitizer + UBSan
#   fuzz        each fuzz target's regression corpus replayed under the sanitizers (tests/fuzz)
#   core-wasm   the core tests compiled to wasm, run under Node
#   ui          headless Dear ImGui, input injected as events
#   content     srm-check over every content file in assets/ and quizzes/ (one test per file)
#   tools       srm-check run as a program (exit codes, output, CSV export)
#   audit       the content audit held: pinned facts, no retired sources, French editions, choice
#               feedback, per-language counts (tests/content/)
#   e2e         Debian's Chromium driven by playwright-core against the built site (and the
#               single-file build from file://, and the site behind nginx with its CSP)
# Each layer's full output goes to build/test-logs/<layer>.log; a failing layer's tail is shown.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
logs=build/test-logs
mkdir -p "$logs"
total_pass=0
total_fail=0

layer_result() {  # name pass fail
  printf '%-10s %4d passed, %d failed\n' "$1" "$2" "$3"
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
  if [ "$3" -gt 0 ]; then echo "---- last lines of $logs/$1.log"; tail -n 40 "$logs/$1.log" | cut -c1-300; echo "----"; fi
}

build_failed() {  # name
  echo "$1: build failed; see $logs/$1.log"
  tail -n 30 "$logs/$1.log" | cut -c1-300
  layer_result "$1" 0 1
}

doctest_counts() {  # log -> "pass fail"; a run that never printed its summary counts as one failure
  local line
  line=$(grep -E '^\[doctest\] test cases:' "$1" | tail -n 1)
  if [ -z "$line" ]; then echo "0 1"; return; fi
  echo "$line" | sed -E 's/.*\| *([0-9]+) passed \| *([0-9]+) failed.*/\1 \2/'
}

node_counts() {  # name log exit-status: reads the "# pass N" / "# fail N" lines of node's TAP reporter
  local pass fail
  pass=$(grep -E '^# pass ' "$2" | tail -n 1 | awk '{print $3}')
  fail=$(grep -E '^# fail ' "$2" | tail -n 1 | awk '{print $3}')
  pass=${pass:-0}; fail=${fail:-1}
  [ "$3" -ne 0 ] && [ "$fail" -eq 0 ] && fail=1
  layer_result "$1" "$pass" "$fail"
}

run_doctest() {  # name log command...
  local name=$1 log=$2; shift 2
  "$@" --no-colors=true >>"$log" 2>&1
  local rc=$? counts
  counts=$(doctest_counts "$log")
  set -- $counts
  local fail=$2
  [ $rc -ne 0 ] && [ "$fail" -eq 0 ] && fail=1
  layer_result "$name" "$1" "$fail"
}

# -- lint: eslint, one test per JavaScript file ---------------------------------
# The JSON report gives each linted file; a file with any message fails. No report: one failure.
npx --no-install eslint --format json . >"$logs/lint.json" 2>"$logs/lint.log"
lint_counts=$(node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  let pass = 0, fail = 0;
  for (const file of report) {
    if (file.messages.length === 0) { pass++; continue; }
    fail++;
    for (const m of file.messages) console.error(`${file.filePath}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
  }
  console.log(pass, fail);' "$logs/lint.json" 2>>"$logs/lint.log") || lint_counts="0 1"
layer_result lint $lint_counts

# -- native: core, ui, content ------------------------------------------------
if { cmake --preset native && cmake --build --preset native -j2; } >"$logs/native-build.log" 2>&1; then
  : >"$logs/core.log"; run_doctest core "$logs/core.log" build/native/tests/core/core_tests
  : >"$logs/ui.log"; run_doctest ui "$logs/ui.log" build/native/tests/ui/ui_tests
  : >"$logs/content.log"
  files=()
  for folder in $(grep -v -e '^#' -e '^$' content-folders.txt); do files+=("$folder"/*.json); done
  build/native/src/tools/srm-check "${files[@]}" >"$logs/content.log" 2>&1
  bad=$(grep -E ': error: ' "$logs/content.log" | cut -d: -f1 | sort -u | wc -l)
  layer_result content $(( ${#files[@]} - bad )) "$bad"
  node --test --test-reporter=tap tests/tools/ >"$logs/tools.log" 2>&1
  node_counts tools "$logs/tools.log" $?
  node --test --test-reporter=tap tests/content/ >"$logs/audit.log" 2>&1
  node_counts audit "$logs/audit.log" $?
else
  cp "$logs/native-build.log" "$logs/core.log"; build_failed core
fi

# -- sanitizers -----------------------------------------------------------------
if { cmake --preset native-asan && cmake --build --preset native-asan -j2; } >"$logs/core-asan.log" 2>&1; then
  run_doctest core-asan "$logs/core-asan.log" build/native-asan/tests/core/core_tests
  run_doctest ui-asan "$logs/core-asan.log" build/native-asan/tests/ui/ui_tests
  # Every fuzz target's regression corpus (and every crash make fuzz ever saved), under the sanitizers.
  : >"$logs/fuzz.log"
  fuzz_pass=0; fuzz_fail=0
  for t in $(ls tests/fuzz/fuzz_*.cpp | sed -E 's|.*/fuzz_(.+)\.cpp$|\1|'); do
    if build/native-asan/tests/fuzz/replay_$t tests/fuzz/corpus/$t $(ls -d tests/fuzz/crashes/$t 2>/dev/null) >>"$logs/fuzz.log" 2>&1; then
      fuzz_pass=$((fuzz_pass + 1)); else echo "replay_$t failed" >>"$logs/fuzz.log"; fuzz_fail=$((fuzz_fail + 1)); fi
  done
  layer_result fuzz "$fuzz_pass" "$fuzz_fail"
else
  build_failed core-asan
fi

# -- wasm core tests under Node -------------------------------------------------
if { cmake --preset web-test && cmake --build --preset web-test -j2; } >"$logs/core-wasm.log" 2>&1; then
  run_doctest core-wasm "$logs/core-wasm.log" node --no-experimental-fetch build/web-test/tests/core/core_tests.js
else
  build_failed core-wasm
fi

# -- browser end-to-end -----------------------------------------------------------
if { cmake --preset web && cmake --build --preset web -j2 && /usr/bin/python3 scripts/make-dist.py; } >"$logs/e2e.log" 2>&1; then
  node --test --test-concurrency=1 --test-reporter=tap tests/e2e/ >>"$logs/e2e.log" 2>&1
  node_counts e2e "$logs/e2e.log" $?
else
  build_failed e2e
fi

echo "${total_pass} passed, ${total_fail} failed"
[ "$total_fail" -eq 0 ]
