#!/usr/bin/env python3
"""The public top-level type names of the modules generated code and its users see beside a service: Swift (with
_Concurrency and _StringProcessing, which it re-exports), Foundation (with FoundationEssentials,
FoundationInternationalization and Dispatch) and the runtime (TencentCloudCore, TencentCloudTesting), read from
the compiled modules with swift-symbolgraph-extract.

A generated type nested in its service must not take one of these names: inside `extension CLB { … }`, a
`CLB.Range` would hide `Swift.Range` from the generated code and from a user's own extension of the service.

    Scripts/reserved-type-names.py            prints the names, one per line (the test SwiftGeneratorTests
                                              `ReservedTypeNamesTests` holds TypeNameTable's list against them)
    Scripts/reserved-type-names.py --write    rewrites Sources/SwiftGenerator/ReservedTypeNames.swift

The runtime's modules are read from this package's debug build (`swift build` first)."""
import glob, json, os, shutil, subprocess, sys, tempfile
from swiftpm_flags import search_flags

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
system_modules = ["Swift", "_Concurrency", "_StringProcessing", "Foundation", "FoundationEssentials",
                  "FoundationInternationalization", "Dispatch"]
runtime_modules = ["TencentCloudCore", "TencentCloudTesting"]
type_kinds = {"swift.struct", "swift.class", "swift.enum", "swift.protocol", "swift.typealias"}
target = "x86_64-unknown-linux-gnu" if os.uname().machine == "x86_64" else "aarch64-unknown-linux-gnu"


def extractor():
    found = shutil.which("swift-symbolgraph-extract")
    if found:
        return found
    swiftc = shutil.which("swiftc")
    if swiftc:
        beside = os.path.join(os.path.dirname(os.path.realpath(swiftc)), "swift-symbolgraph-extract")
        if os.path.exists(beside):
            return beside
    sys.exit("error: swift-symbolgraph-extract is not on PATH nor beside swiftc")


def names():
    tool = extractor()
    candidates = [os.path.join(root, ".build", "debug", "Modules")] + sorted(
        glob.glob(os.path.join(root, ".build", "*-linux-gnu*", "debug", "Modules")))
    modules_folder = next((c for c in candidates if os.path.exists(os.path.join(c, "TencentCloudCore.swiftmodule"))),
                          candidates[0])
    result = set()
    with tempfile.TemporaryDirectory() as output:
        for module in system_modules + runtime_modules:
            arguments = [tool, "-module-name", module, "-target", target, "-output-dir", output]
            if module in runtime_modules:
                if not os.path.exists(os.path.join(modules_folder, module + ".swiftmodule")):
                    sys.exit(f"error: {modules_folder} is missing: run `swift build` first")
                # The search paths and module maps SwiftPM gives the runtime (its dependencies' C shims).
                arguments += ["-I", modules_folder] + search_flags(module)
            completed = subprocess.run(arguments, capture_output=True, text=True)
            if completed.returncode != 0:
                sys.exit(f"error: swift-symbolgraph-extract failed for {module}:\n{completed.stderr}")
        files = glob.glob(os.path.join(output, "*.symbols.json"))
        for path in files:
            with open(path) as file:
                graph = json.load(file)
            for symbol in graph["symbols"]:
                components = symbol["pathComponents"]
                if len(components) == 1 and symbol["kind"]["identifier"] in type_kinds:
                    result.add(components[0])
    for required in ["String", "Range", "Task", "Operation", "Process", "TencentCloudClient", "InMemoryTransport"]:
        if required not in result:
            sys.exit(f"error: `{required}` was not among the names read; the extraction is broken")
    return sorted(result)


def swift_source(names):
    lines = [
        "// Written by Scripts/reserved-type-names.py from the compiled modules; do not edit by hand.",
        "// ReservedTypeNamesTests fails when a toolchain or the runtime adds a name missing here.",
        "",
        "extension TypeNameTable {",
        "    /// The public top-level type names of Swift, Foundation and the runtime (see",
        "    /// `Scripts/reserved-type-names.py`), which a type nested in a service must not hide.",
        "    static let platformNames: Set<String> = [",
    ]
    line = "       "
    for name in names:
        item = f' "{name}",'
        if len(line) + len(item) > 120:
            lines.append(line)
            line = "       "
        line += item
    lines.append(line)
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    found = names()
    if "--write" in sys.argv[1:]:
        with open(os.path.join(root, "Sources", "SwiftGenerator", "ReservedTypeNames.swift"), "w") as file:
            file.write(swift_source(found))
        print(f"{len(found)} names written")
    else:
        print("\n".join(found))
