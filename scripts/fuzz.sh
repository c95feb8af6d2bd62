#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into ./build-fuzz and runs each one.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 20); RELULAB_FUZZ_RUNS=N runs N inputs per target instead.
# Each target starts from its seed corpus in fuzz/corpus/<target>/ and keeps what it finds in
# build-fuzz/corpus/<target>/; a crash is written to build-fuzz/crashes/ and fails the script.
# Turn every crash into a regression test in tests/ before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_lessondeck fuzz_commandline fuzz_values)

scripts/install-deps.sh clang-14 libclang-rt-14-dev
# A build folder configured with another compiler would have its cache wiped by CMake, options
# included: start it afresh instead.
if [[ -f build-fuzz/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++-14$' build-fuzz/CMakeCache.txt; then
    rm -rf build-fuzz/CMakeCache.txt build-fuzz/CMakeFiles
fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DRELULAB_FUZZ=ON
cmake --build build-fuzz --parallel "${RELULAB_JOBS:-$(nproc)}" --target "${targets[@]}"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
mkdir -p build-fuzz/crashes
for target in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$target
    mkdir -p "$corpus"
    limit=(-max_total_time="$seconds")
    [[ -n "${RELULAB_FUZZ_RUNS:-}" ]] && limit=(-runs="$RELULAB_FUZZ_RUNS")
    echo "== $target: ${limit[*]}"
    "build-fuzz/fuzz/$target" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$target-" \
        "$corpus" "fuzz/corpus/$target"
done
