"""The swiftc arguments SwiftPM records for a module in .build/debug.yaml, for scripts that compile generated
modules the way this package does (Scripts/typecheck-whole-api.py, Scripts/diff-api-check.py)."""
import json, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def recorded_arguments(module):
    """The swiftc arguments SwiftPM recorded for `module`, without the module's own inputs and outputs."""
    with open(os.path.join(root, ".build", "debug.yaml")) as yaml:
        line = next(
            l.strip() for l in yaml
            if l.strip().startswith('args: ["') and f'"-module-name","{module}"' in l and '"-emit-module-path"' in l)
    recorded = json.loads(line[len("args: "):])
    with_value = {"-module-name", "-emit-module-path", "-output-file-map", "-index-store-path",
                  "-emit-objc-header-path", "-j"}
    alone = {"-emit-dependencies", "-incremental", "-serialize-diagnostics", "-parseable-output", "-emit-module",
             "-emit-objc-header", "-c", "-enable-batch-mode"}
    kept, skip = [], False
    for argument in recorded[1:]:
        if skip:
            skip = False
        elif argument in with_value:
            skip = True
        elif argument not in alone and not argument.startswith("@") and not argument.endswith(".swift"):
            kept.append(argument)
    return kept


def search_flags(module):
    """The search paths and module maps (`-I DIR`, `-Xcc ARG`) SwiftPM gives `module`, for tools that load the
    compiled modules it depends on (swift-api-digester, swift-symbolgraph-extract)."""
    flags = recorded_arguments(module)
    return [f for i, f in enumerate(flags) if f in ("-I", "-Xcc") or (i > 0 and flags[i - 1] in ("-I", "-Xcc"))]
