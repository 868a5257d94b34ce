#!/usr/bin/env bash
# The whole-API checks, too heavy for the default `swift test` (CI runs them as a step of their own):
#
#   1. the parser's model of every corpus in ../shared/corpus, held against the official specs with
#      ../shared/tools/oracle_check.py: the whole API in Chinese (16,178 pages) and in English (8,584 pages), the
#      documentation-repository slice in its original paths (tree.tar.xz) and the 2019 snapshot (real/);
#   2. `docgen diff` between the pages rendered from the 2020 specs and today's, held against the two specs
#      (Scripts/diff-oracle-check.py), and its source verdicts against swift-api-digester's on a sample
#      (Scripts/diff-api-check.py);
#   3. every module generated for the whole API: each file parsed by the compiler (`swiftc -parse`), and the
#      modules named by --typecheck (default: a fixed sample of large services; `all` for every one) type-checked
#      with their example tests, warnings as errors (Scripts/typecheck-whole-api.py).
#
#   Scripts/whole-api-checks.sh [--typecheck clb,vpc|all] [-j N]
#
# docgen is built in release (the model of 16,178 pages takes seconds there, minutes in debug). Without
# ../shared/corpus the checks are skipped with a note. Exits 1 on the first failing check.
set -euo pipefail
cd "$(dirname "$0")/.."

# Large services and ones whose pages carry unusual facts (smh: a bound of 2^63-1; alb: bold bounds); clb, cvm and
# vpc are built whole by Scripts/build-sample-sdk.sh, so CI does not type-check them twice.
typecheck="cdb,tke,cls,alb,smh"
jobs="$(nproc)"
while [ $# -gt 0 ]; do
    case "$1" in
        --typecheck) typecheck="$2"; shift 2 ;;
        -j) jobs="$2"; shift 2 ;;
        *) echo "usage: $0 [--typecheck SERVICES|all] [-j N]" >&2; exit 2 ;;
    esac
done

shared="$(cd .. && pwd)/shared"
corpus="$shared/corpus"
if [ ! -f "$corpus/full-pages.tar.xz" ] || [ ! -f "$shared/tools/oracle_check.py" ]; then
    echo "whole-api-checks: $corpus is missing; skipped"
    exit 0
fi

swift build -c release --product docgen
docgen="$(swift build -c release --show-bin-path)/docgen"
work="$(mktemp -d "${TMPDIR:-/tmp}/docgen-whole-api.XXXXXX")"
trap 'rm -rf "$work"' EXIT

unpack() { # archive folder
    mkdir -p "$2"
    tar -xJf "$corpus/$1" -C "$2"
}

# oracle NAME PAGES ORACLE EVERY-PAGE THRESHOLDS…: dump the model of PAGES and hold it against ORACLE (with
# EVERY-PAGE=yes, every page of the oracle must be in the dump).
oracle() {
    local name="$1" pages="$2" oracle="$3" every="$4"
    shift 4
    local started=$SECONDS
    # The dump exits 1 when a page has an error; the oracle check below is what decides.
    "$docgen" dump "$pages" >"$work/$name.json" 2>"$work/$name.diagnostics" || true
    python3 "$shared/tools/oracle_check.py" --dump "$work/$name.json" --oracle "$oracle" --pages "$pages" "$@" \
        >"$work/$name.oracle" || true
    local summary
    summary="$(tail -1 "$work/$name.oracle")"
    echo "oracle $name ($((SECONDS - started)) s, $(grep -c ': error: ' "$work/$name.diagnostics" || true) page errors): $summary"
    case "$every:$summary" in
        yes:PASS*missing_pages=0* | no:PASS*) ;;
        *) cat "$work/$name.oracle"; echo "error: the model of $name does not hold against its oracle" >&2; exit 1 ;;
    esac
}

unpack full-pages.tar.xz "$work/zh"
unpack full-oracle.tar.xz "$work/zh-oracle"
oracle whole-api-zh "$work/zh" "$work/zh-oracle" yes --min-type 99.98 --min-required 99.99 --min-recall 99.99

if [ -f "$corpus/full-pages-en.tar.xz" ]; then
    unpack full-pages-en.tar.xz "$work/en"
    unpack full-oracle-en.tar.xz "$work/en-oracle"
    oracle whole-api-en "$work/en" "$work/en-oracle" yes --min-type 99.98 --min-required 99.99 --min-recall 99.99
    rm -rf "$work/en" "$work/en-oracle"
fi

if [ -f "$corpus/tree.tar.xz" ]; then
    unpack tree.tar.xz "$work/tree"
    oracle checkout "$work/tree/API/API 3.0" "$corpus/oracle" yes --min-type 99.7 --min-required 98.7 --min-recall 99.9
    rm -rf "$work/tree"
fi

oracle real-2019 "$corpus/real" "$corpus/oracle" no --min-type 99.7 --min-required 98.7 --min-recall 100

# `docgen diff` between the 21 service versions rendered from the 2020 specs and the same versions today, held
# kind by kind and item by item against a plain comparison of the two official specs.
if [ -f "$corpus/pages-2020.tar.xz" ]; then
    started=$SECONDS
    unpack pages-2020.tar.xz "$work/pages-2020"
    python3 Scripts/diff-oracle-check.py --docgen "$docgen" --old-pages "$work/pages-2020" --new-pages "$work/zh" \
        --old-oracle "$corpus/oracle/earliest" --new-oracle "$work/zh-oracle" >"$work/diff-oracle" || {
        cat "$work/diff-oracle"; echo "error: docgen diff does not agree with the official specs" >&2; exit 1; }
    echo "diff 2020 → today ($((SECONDS - started)) s): $(tail -1 "$work/diff-oracle")"
    # Its source verdicts against the compiler's (swift-api-digester) on a sample: as (error codes gone), cdb
    # (structs replaced); every declaration only one side reports must fall in an explained class.
    started=$SECONDS
    python3 Scripts/diff-api-check.py --docgen "$docgen" --old-pages "$work/pages-2020" --new-pages "$work/zh" \
        --services as,cdb >"$work/diff-api" || {
        cat "$work/diff-api"; echo "error: docgen diff's source verdicts disagree with the compiler's" >&2; exit 1; }
    echo "diff source verdicts vs the compiler ($((SECONDS - started)) s): $(tail -1 "$work/diff-api")"
    rm -rf "$work/pages-2020"
fi

typecheck_arguments=(--pages "$work/zh" --docgen "$docgen" -j "$jobs" --parse-all)
if [ "$typecheck" != "all" ]; then typecheck_arguments+=(--typecheck "$typecheck"); fi
python3 Scripts/typecheck-whole-api.py "${typecheck_arguments[@]}"
