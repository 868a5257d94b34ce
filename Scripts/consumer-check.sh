#!/usr/bin/env bash
# Builds and runs a scratch consumer package (Scripts/consumer/main.swift) against two services of the whole API
# generated as a standalone SDK package (`docgen generate --package`): cloudapp and ctsdb both have a `Filter`.
# The consumer uses both, stubs a response with a value it builds, and sends an enumeration value the page does
# not list; the script checks what it prints.
#
#   Scripts/consumer-check.sh                 generates the two services itself
#   Scripts/consumer-check.sh --sdk DIR       uses a package already generated with them (Scripts/build-sample-sdk.sh
#                                             passes its own, and the consumer reuses its build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d "${TMPDIR:-/tmp}/docgen-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if [ "${1:-}" = "--sdk" ]; then
    sdk="$(cd "$2" && pwd)"
    scratch=(--scratch-path "$sdk/.build")
else
    archive="../shared/corpus/full-pages.tar.xz"
    if [ ! -f "$archive" ]; then
        echo "consumer-check: $archive not found; skipped"
        exit 0
    fi
    mkdir -p "$work/pages"
    tar -xJf "$archive" -C "$work/pages" ./cloudapp ./ctsdb
    swift build --product docgen
    sdk="$work/ScratchSDK"
    swift run docgen generate --specs "$work/pages" --output "$sdk" --services cloudapp,ctsdb \
        --package ScratchSDK --core-path "$PWD/TencentCloudCore" > "$work/generate.log" 2>&1 || { cat "$work/generate.log"; exit 1; }
    scratch=()
fi
sdk_name="$(basename "$sdk")"

mkdir -p "$work/Consumer/Sources/Consumer"
cp Scripts/consumer/main.swift "$work/Consumer/Sources/Consumer/main.swift"
cat > "$work/Consumer/Package.swift" <<'MANIFEST'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "SDK_PATH")],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [
                .product(name: "TencentCloudCLOUDAPP", package: "SDK_NAME"),
                .product(name: "TencentCloudCTSDB", package: "SDK_NAME"),
                .product(name: "TencentCloudCTSDBTesting", package: "SDK_NAME"),
            ])
    ],
    swiftLanguageModes: [.v6]
)
MANIFEST
sed -i "s|SDK_PATH|$sdk|; s|SDK_NAME|$sdk_name|g" "$work/Consumer/Package.swift"
cd "$work/Consumer"
swift build -Xswiftc -warnings-as-errors ${scratch[@]+"${scratch[@]}"}
output="$(swift run --skip-build ${scratch[@]+"${scratch[@]}"} Consumer 2>&1)"
echo "$output"
for expected in 'clusters: ["ctsdb-1"]' 'issued: stub-2, activateMode sent: later' \
    'describeLicense: ResourceNotFound: no such license' 'sending a value the docs do not list'; do
    case "$output" in
        *"$expected"*) ;;
        *) echo "error: the consumer did not print '$expected'" >&2; exit 1 ;;
    esac
done
echo "consumer-check: two generated services, a stubbed response and an unlisted value work as the README shows"
