#!/usr/bin/env bash
# Generates a standalone SDK package for a few services of the whole API (../shared/corpus/full-pages.tar.xz)
# with `docgen generate --package`, builds it with warnings as errors and runs its generated example tests.
#
#   Scripts/build-sample-sdk.sh [services]     (default: clb,cvm,vpc,hunyuan — vpc is one of the largest services,
#                                              hunyuan streams)
#
# cloudapp and ctsdb are always added: the consumer package of Scripts/consumer-check.sh then builds against
# this package (reusing its build folder) and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
services="${1:-clb,cvm,vpc,hunyuan},cloudapp,ctsdb"
archive="../shared/corpus/full-pages.tar.xz"
if [ ! -f "$archive" ]; then
    echo "build-sample-sdk: $archive not found; skipped"
    exit 0
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/docgen-sample.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages"
tar -xJf "$archive" -C "$work/pages"

swift build --product docgen
swift run docgen generate --specs "$work/pages" --output "$work/SampleSDK" --services "$services" \
    --package SampleSDK --core-path "$PWD/TencentCloudCore" > "$work/generate.log" 2>&1 || { cat "$work/generate.log"; exit 1; }
tail -1 "$work/generate.log"

cd "$work/SampleSDK"
lines=$(find . -name '*.swift' -not -path './.build/*' -not -name Package.swift | xargs cat | wc -l)
echo "build-sample-sdk: $services: $lines generated lines"
start=$(date +%s)
swift build --build-tests -Xswiftc -warnings-as-errors
echo "build-sample-sdk: built with warnings as errors in $(( $(date +%s) - start )) s (dependencies included)"
swift test --skip-build
cd - > /dev/null
Scripts/consumer-check.sh --sdk "$work/SampleSDK"
