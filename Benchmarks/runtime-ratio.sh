#!/usr/bin/env bash
# Issue 18's runtime ratio: RuntimeBenchmark against the official Python SDK on the same work, the two run at
# the same time, each pinned to one of the two cores (swapped every round), so that both see the same minutes of
# the machine (on a shared host its speed drifts by 1.5x between minutes, which made ratios of runs taken one after
# the other differ by as much); the median over the rounds is the figure.
#
#   Benchmarks/runtime-ratio.sh [rounds] [seconds]     (RUNTIME_BENCHMARK=path times another build)
#   (needs `swift build -c release --product RuntimeBenchmark` and
#    `pip install tencentcloud-sdk-python-common tencentcloud-sdk-python-clb`)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
seconds="${2:-3}"
binary="${RUNTIME_BENCHMARK:-.build/release/RuntimeBenchmark}"
[ -x "$binary" ] || { echo "error: $binary is missing; run swift build -c release --product RuntimeBenchmark" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ratios=()
for round in $(seq "$rounds"); do
    # Each on a core of its own, the cores swapped every round (one core of a shared host can be slower).
    swift_core=$((round % 2))
    taskset -c "$swift_core" "$binary" "$seconds" > "$work/swift" &
    swift_pid=$!
    taskset -c "$((1 - swift_core))" python3 Benchmarks/python_sdk_sign.py "$seconds" > "$work/python"
    wait "$swift_pid"
    swift_rate=$(sed -n 's/.*= \([0-9]*\) ops\/s.*/\1/p' "$work/swift" | head -1)
    python_rate=$(sed -n 's/.*= \([0-9]*\) ops\/s.*/\1/p' "$work/python" | head -1)
    ratio=$(python3 -c "print(f'{$swift_rate / $python_rate:.1f}')")
    ratios+=("$ratio")
    echo "round $round: swift $swift_rate ops/s, python $python_rate ops/s, ratio $ratio"
done
python3 - "${ratios[@]}" <<'PY'
import statistics, sys
values = sorted(float(v) for v in sys.argv[1:])
print(f"ratio: median {statistics.median(values):.1f}, range {values[0]:.1f}-{values[-1]:.1f} over {len(values)} rounds (goal >= 20)")
PY
