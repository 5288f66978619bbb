#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The OfferDesk developers
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for a bounded time.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS_PER_FUZZER]   (default 60)
# Fuzzers: fuzz_guide (split, parse, validate, render the body offscreen), fuzz_guide_parse (the parser alone, many
# times faster) and fuzz_offers (the offers JSON import and its round trip).
# Fails when a fuzzer finds a crash, a leak, a hang (-timeout) or runaway memory (-rss_limit_mb). The input is left
# in build-fuzz/artifacts/NAME/: copy it into tests/fuzz/regressions/guide/ or offers/ under a name that says what it
# broke, fix the bug, and give it a row in that folder's expected.tsv with the outcome it has once fixed: `loads`, or
# the line and the text of the first error it gives (tst_fuzzregressions fails for a file without a row). From then
# on tst_fuzzregressions replays it and checks that outcome. Prints, per fuzzer, the executions and the coverage
# (libFuzzer's cov: and ft:).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
build=${OFFERDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${OFFERDESK_JOBS:-2}
fuzz_dir=$root/tests/fuzz

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DOFFERDESK_FUZZ=ON -DOFFERDESK_BUILD_TESTS=OFF >/dev/null || exit 1
ninja -C "$build" -j"$jobs" fuzz_guide fuzz_guide_parse fuzz_offers || exit 1

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=suppressions=$fuzz_dir/lsan.supp:print_suppressions=0

seed() {
    local name=$1 corpus=$2
    mkdir -p "$corpus"
    case $name in
        guide|guide_parse)
            cp -n "$root"/guides/*--*.md "$root"/tests/data/guides-valid/*.md "$root"/tests/data/guides-malformed/*.md \
                "$corpus"/ ;;
        offers)
            find "$root/tests/data/offers" -name '*.json' -exec cp -n {} "$corpus"/ \; ;;
    esac
    # Each crash or hang found before, and the hostile inputs kept beside them (not their expected.tsv).
    if [ -d "$fuzz_dir/regressions/${name%_parse}" ]; then
        find "$fuzz_dir/regressions/${name%_parse}" -type f ! -name expected.tsv -exec cp -n {} "$corpus"/ \;
    fi
}

failed=0
summary=()
for name in guide guide_parse offers; do
    corpus=$build/corpus/$name
    artifacts=$build/artifacts/$name
    log=$build/fuzz_$name.log
    seed "$name" "$corpus"
    mkdir -p "$artifacts"
    echo "== fuzz_$name: ${seconds}s" >&2
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$fuzz_dir/${name%_parse}.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    coverage=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 | sed -E 's/.*(cov: [0-9]+ ft: [0-9]+).*/\1/')
    found=$(find "$artifacts" -type f | wc -l)
    line="fuzz_$name: ${runs:-0} executions in ${seconds}s, ${coverage:-cov: ? ft: ?}, corpus $(ls "$corpus" | wc -l) files, $found new crash/hang files"
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        line="$line: FAILED (exit $status)"
        grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2
    fi
    summary+=("$line")
done
printf '%s\n' "${summary[@]}"
exit $failed
