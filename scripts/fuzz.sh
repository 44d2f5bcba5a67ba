#!/usr/bin/env bash
# make fuzz: runs every libFuzzer target (tests/fuzz) with ASan and UBSan for FUZZ_SECONDS each
# (default 60), starting from its committed corpus. Inputs that find new paths (under 8 KB) are
# merged into tests/fuzz/corpus/<target>/; a crash is saved to tests/fuzz/crashes/<target>/,
# where `make test` replays it from then on. Prints executions and findings per target.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
# Every target: tests/fuzz/fuzz_<name>.cpp (as tests/fuzz/CMakeLists.txt finds them), or FUZZ_TARGETS.
all_targets=$(ls tests/fuzz/fuzz_*.cpp | sed -E 's|.*/fuzz_(.+)\.cpp$|\1|')
targets=(${FUZZ_TARGETS:-$all_targets})
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j2 >build/fuzz-build.log 2>&1 || { tail -n 30 build/fuzz-build.log; exit 1; }
found=0
for t in "${targets[@]}"; do
  work=build/fuzz/work/$t
  mkdir -p "$work" "tests/fuzz/crashes/$t"
  log=build/fuzz/$t.log
  # -rss_limit_mb and -max_len keep one input from taking the machine; crashes go to crashes/.
  build/fuzz/tests/fuzz/fuzz_$t "$work" "tests/fuzz/corpus/$t" -max_total_time="$seconds" -max_len=300000 \
    -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 -artifact_prefix="tests/fuzz/crashes/$t/" >"$log" 2>&1
  status=$?
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  crashes=$(find "tests/fuzz/crashes/$t" -type f | wc -l)
  [ "$status" -ne 0 ] && found=1
  # Add what found new coverage to the regression corpus (its hand-made seeds stay), keeping the
  # additions small so that the corpus stays light to commit and quick to replay.
  stamp=build/fuzz/$t.stamp
  touch "$stamp"
  build/fuzz/tests/fuzz/fuzz_$t -merge=1 -max_len=300000 "tests/fuzz/corpus/$t" "$work" >/dev/null 2>&1
  find "tests/fuzz/corpus/$t" -type f -newer "$stamp" -size +8k -delete
  printf 'fuzz %-8s %10s executions in %ss, %d regression inputs, %d crash file(s)%s\n' "$t" "${runs:-0}" "$seconds" \
    "$(find "tests/fuzz/corpus/$t" -type f | wc -l)" "$crashes" "$([ "$status" -ne 0 ] && echo ", see $log")"
done
exit $found
