#!/usr/bin/env bash
# Builds every generated module of the whole API (or the listed services) in debug and reports compile seconds
# per 1000 generated lines and generated lines per action. Not run in CI: the whole API takes long.
# TencentCloudCore and its dependencies are built first and not counted.
#
#   Scripts/build-all-modules.sh [services] [--per-module]
#   DOCGEN_ALL_MODULES_DIR=/tmp/allmods keeps the pages, the package and its build between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
services="${1:-}"
per_module="${2:-}"
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
modules=$(ls -d TencentCloud* | grep -v 'Tests$')
lines=$(cat $(for m in $modules; do ls "$m"/*.swift; done) | wc -l)
actions=$(cat $(for m in $modules; do ls "$m"/*+Actions.swift; done) | grep -c '^    public func [a-zA-Z0-9_`]*(_ request:' || true)

# What one `swift build` costs with nothing to compile (manifest, planning): subtracted from each build.
start=$(date +%s.%N)
swift build --target TencentCloudCore > /dev/null
overhead=$(echo "$(date +%s.%N) - $start" | bc)

failed=""
if [ "$per_module" = "--per-module" ]; then
    report="$work/compile-times.tsv"
    printf 'module\tlines\tseconds\ts_per_kloc\n' > "$report"
    for module in $modules; do
        module_lines=$(cat "$module"/*.swift | wc -l)
        start=$(date +%s.%N)
        if ! swift build --target "$module" > "$work/$module.log" 2>&1; then
            echo "$module failed:"; grep -m 3 'error:' "$work/$module.log" || true
            failed="$failed $module"
            continue
        fi
        seconds=$(echo "$(date +%s.%N) - $start - $overhead" | bc)
        printf '%s\t%s\t%.1f\t%.2f\n' "$module" "$module_lines" "$seconds" "$(echo "$seconds * 1000 / $module_lines" | bc -l)" >> "$report"
    done
    sort -t$'\t' -k4 -n -r "$report" | column -t | head -15
    echo "per-module table: $report"
fi
start=$(date +%s.%N)
swift build > "$work/build.log" 2>&1 || { grep -m 10 'error:' "$work/build.log"; failed="$failed (whole build)"; }
seconds=$(echo "$(date +%s.%N) - $start - $overhead" | bc)
warnings=$(grep -c 'warning:' "$work/build.log" | tr -d ' ' || true)
echo "all modules: $(echo $modules | wc -w) modules, $lines lines, $actions actions," \
    "$(( lines / (actions > 0 ? actions : 1) )) lines/action; build $(printf '%.0f' "$seconds") s after dependencies" \
    "= $(echo "scale=2; $seconds * 1000 / $lines" | bc) s/kLOC (debug, $(nproc) cores; $overhead s SwiftPM overhead" \
    "subtracted); $warnings warning line(s) in the build log"
if [ -n "$failed" ]; then
    echo "failed:$failed"
    exit 1
fi
