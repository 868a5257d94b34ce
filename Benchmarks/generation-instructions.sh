#!/usr/bin/env bash
# Issue 18's generation ratios counted in instructions instead of seconds: one round of (a), cmark-gfm's parse
# with its own allocator, of reading the pages into the checked model and of generating the files from it, each
# the difference of a one-round and a two-round run of `DocGenBenchmark` (STAGES, ONLY) under callgrind, and
# (read + generate) / cmark, which is b/a without writing the files.
#
# On a shared host seconds drift by 1.5x between minutes, so a change of a few percent is lost in them; the
# count is the same on every run (hashing is made deterministic for it). The whole API takes callgrind about an
# hour; a twelfth of it (every twelfth service folder) takes five minutes and gives ratios within a few percent.
#
#   Benchmarks/generation-instructions.sh <pages folder> [stages]   (stages: "cmark read generate" by default;
#   DOCGEN_BENCHMARK=path counts another build; needs valgrind and `swift build -c release --product DocGenBenchmark`)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:?usage: Benchmarks/generation-instructions.sh <pages folder> [stages]}"
stages="${2:-cmark read generate}"
binary="${DOCGEN_BENCHMARK:-.build/release/DocGenBenchmark}"
[ -x "$binary" ] || { echo "error: $binary is missing; run swift build -c release --product DocGenBenchmark" >&2; exit 1; }
for tool in valgrind objcopy; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install -y valgrind binutils)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy without the debug sections: valgrind 3.19 cannot read all of the DWARF Swift 6 writes (symbols suffice).
objcopy --strip-debug "$binary" "$work/benchmark"
count() {
    SWIFT_DETERMINISTIC_HASHING=1 ONLY="$1" STAGES="$2" valgrind --tool=callgrind \
        --callgrind-out-file="$work/callgrind.out" "$work/benchmark" "$folder" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
declare -A round
for stage in $stages; do
    one=$(count "$stage" 1)
    two=$(count "$stage" 2)
    round[$stage]=$((two - one))
    echo "$stage: $(python3 -c "print(f'{${round[$stage]} / 1e6:.1f}')") M instructions a round"
done
if [ -n "${round[cmark]:-}" ] && [ -n "${round[read]:-}" ] && [ -n "${round[generate]:-}" ]; then
    python3 -c "print(f'(read + generate) / cmark = {(${round[read]} + ${round[generate]}) / ${round[cmark]}:.2f} (b/a without writing; goal b/a <= 2.0)')"
fi
