#!/usr/bin/env bash
# Builds every generated module of the whole API (or the listed services) one at a time in debug and reports
# compile seconds per 1000 generated lines and generated lines per action. Not run in CI: the whole API takes
# long. TencentCloudCore and its dependencies are built first and not counted.
#
#   Scripts/build-all-modules.sh [services]    (default: every service)
set -euo pipefail
cd "$(dirname "$0")/.."
services="${1:-}"
archive="../shared/corpus/full-pages.tar.xz"
work="${DOCGEN_ALL_MODULES_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/docgen-all.XXXXXX")}"
mkdir -p "$work/pages"
[ -n "$(ls -A "$work/pages")" ] || tar -xJf "$archive" -C "$work/pages"

swift build --product docgen
filter=()
[ -z "$services" ] || filter=(--services "$services")
swift run docgen generate --specs "$work/pages" --output "$work/AllModules" "${filter[@]}" \
    --package AllModules --core-path "$PWD/TencentCloudCore" > "$work/generate.log" 2>&1 || { tail -5 "$work/generate.log"; exit 1; }
tail -1 "$work/generate.log"

cd "$work/AllModules"
swift build --target TencentCloudCore > /dev/null
# What one `swift build` costs with nothing to compile (manifest, planning): subtracted from every module.
start=$(date +%s.%N)
swift build --target TencentCloudCore > /dev/null
overhead=$(echo "$(date +%s.%N) - $start" | bc)
echo "build-all-modules: $overhead s of SwiftPM overhead per build subtracted"
report="$work/compile-times.tsv"
printf 'module\tlines\tactions\tseconds\ts_per_kloc\n' > "$report"
total_lines=0
total_seconds=0
total_actions=0
for module in $(ls -d TencentCloud* | grep -v 'Tests$'); do
    lines=$(cat "$module"/*.swift | wc -l)
    actions=$(grep -c '^    public func [a-zA-Z0-9_`]*(_ request:' "$module"/*+Actions.swift 2>/dev/null || echo 0)
    start=$(date +%s.%N)
    swift build --target "$module" > "$work/$module.log" 2>&1 || { echo "$module failed"; tail -20 "$work/$module.log"; exit 1; }
    seconds=$(echo "$(date +%s.%N) - $start - $overhead" | bc)
    printf '%s\t%s\t%s\t%.1f\t%.2f\n' "$module" "$lines" "$actions" "$seconds" "$(echo "$seconds * 1000 / $lines" | bc -l)" >> "$report"
    total_lines=$((total_lines + lines))
    total_actions=$((total_actions + actions))
    total_seconds=$(echo "$total_seconds + $seconds" | bc)
done
column -t "$report" | tail -n +1 | sort -k5 -n -r | head -15
echo "all modules: $total_lines lines, $total_actions actions, $(echo "$total_lines / ($total_actions + 0.0001)" | bc) lines/action,"\
    "$total_seconds s, $(echo "scale=2; $total_seconds * 1000 / $total_lines" | bc) s/kLOC (debug, $(nproc) cores)"
echo "per-module table: $report"
