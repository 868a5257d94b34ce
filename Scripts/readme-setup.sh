#!/usr/bin/env bash
# Runs the README's set-up section word for word: every ```sh block under "## Set-up and the two commands",
# in order (install cmark-gfm, the main job, the tests), so the README cannot drift from what works.
# With --list, prints the commands instead of running them.
set -euo pipefail
cd "$(dirname "$0")/.."

commands=$(awk '
    /^## / { in_section = ($0 == "## Set-up and the two commands"); next }
    in_section && /^```sh$/ { in_block = 1; next }
    in_section && /^```$/ { in_block = 0; next }
    in_section && in_block { print }
' README.md)

if [ -z "$commands" ]; then
    echo "error: README.md has no sh blocks under '## Set-up and the two commands'" >&2
    exit 1
fi
if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "$commands"
    exit 0
fi
while IFS= read -r line; do
    [ -n "$line" ] || continue
    echo "+ $line (README.md)"
    bash -euo pipefail -c "$line" </dev/null
done <<<"$commands"
