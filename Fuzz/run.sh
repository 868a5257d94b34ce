#!/usr/bin/env bash
# Fuzz the doc parser with libFuzzer and AddressSanitizer.
#   Fuzz/run.sh [seconds]     (default 1800); findings go to Fuzz/findings/, the corpus to .build-fuzz/corpus/
# Seeds: the pages in specs/ and, where it exists, ../shared/corpus/real.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1800}"
swift build -c release --product DocParserFuzzer --scratch-path .build-fuzz \
    --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZ
binary=".build-fuzz/release/DocParserFuzzer"
corpus=".build-fuzz/corpus"
mkdir -p "$corpus" Fuzz/findings
seeds=(specs)
[ -d ../shared/corpus/real ] && seeds+=(../shared/corpus/real)
# libFuzzer wants files, not folders of folders: copy the seed pages flat once.
if [ -z "$(ls -A "$corpus")" ]; then
    find "${seeds[@]}" -name '*.md' -print0 | while IFS= read -r -d '' page; do
        cp "$page" "$corpus/$(printf '%s' "$page" | sha1sum | cut -c1-16).md"
    done
fi
"$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix=Fuzz/findings/ -print_final_stats=1
