#!/usr/bin/env python3
"""Holds the source verdicts of `docgen diff` against the compiler's own: for each service, the module generated
from the older pages and the one from the newer pages are compiled (`swiftc -emit-module`, the flags SwiftPM
gives a generated module), dumped and compared with `swift-api-digester` (what `swift package
diagnose-api-breaking-changes` runs), and the declarations it reports are matched with those `docgen diff` names
in its source-breaking reasons.

    python3 Scripts/diff-api-check.py --old-pages DIR --new-pages DIR --services clb,cdb [--docgen PATH]

It needs a debug build of this package (`swift build`) for the flags and the runtime's modules. Every
declaration only one side reports must fall in an explained class, else the script exits 1:

- "arguments added with defaults": the digester compares declarations by their full names (an ABI view), so an
  initializer or method that gains an argument with a default value is "removed" or "renamed" for it, while
  every call written against the old one still compiles (the older labels are a subsequence of the newer,
  and each new label has a default);
- a common error code the pages stop documenting: the service's code type no longer declares it, but inherits it
  from the runtime's `TencentCloudErrorCode`, so a use of it still compiles;
- a member of a type `docgen diff` reports gone: the digester pairs a removed type with a similar new one (cdb's
  `SellConfig` with the new `CdbSellConfig`) and reports their members' differences, where `docgen diff` reports
  the type as gone (which breaks every use of it, members included).

A property's getter and setter, which the digester lists besides the property, are folded into it.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile
from swiftpm_flags import recorded_arguments, search_flags

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--old-pages", required=True)
ap.add_argument("--new-pages", required=True)
ap.add_argument("--services", required=True)
ap.add_argument("--docgen", default=os.path.join(root, ".build", "debug", "docgen"))
ap.add_argument("--show", type=int, default=10)
a = ap.parse_args()


flags = recorded_arguments("TencentCloudCLB")
search = search_flags("TencentCloudCLB")
target = flags[flags.index("-target") + 1] if "-target" in flags else None
digester = shutil.which("swift-api-digester") or os.path.join(os.path.dirname(os.path.realpath(shutil.which("swift"))),
                                                               "swift-api-digester")


def run(arguments, **kwargs):
    result = subprocess.run(arguments, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"diff-api-check: {' '.join(arguments[:3])}… failed:\n{(result.stderr or result.stdout)[-3000:]}")
    return result.stdout


def digester_report(work, service):
    """The digester's breakages between the two modules of `service`, as lines."""
    modules = []
    for side, pages in (("old", a.old_pages), ("new", a.new_pages)):
        output = os.path.join(work, side)
        run([a.docgen, "generate", "--specs", pages, "--services", service, "--output", output, "--force"])
        names = [n for n in os.listdir(output) if n.startswith("TencentCloud") and not n.endswith(("Tests", "Testing"))]
        if len(names) != 1:
            sys.exit(f"diff-api-check: {service} gives {len(names)} modules on the {side} side; pick a service with one version")
        module = names[0]
        folder = os.path.join(output, module)
        sources = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".swift"))
        modules_dir = os.path.join(work, side + "-modules")
        os.makedirs(modules_dir, exist_ok=True)
        run(["swiftc", "-emit-module", "-experimental-skip-non-inlinable-function-bodies", "-module-name", module,
             "-emit-module-path", os.path.join(modules_dir, module + ".swiftmodule")] + flags + sources)
        dump = os.path.join(work, side + ".json")
        run([digester, "-dump-sdk", "-module", module, "-I", modules_dir, "-o", dump] + search
            + (["-target", target] if target else []))
        modules.append((module, dump))
    report = os.path.join(work, "report.txt")
    run([digester, "-diagnose-sdk", "-input-paths", modules[0][1], "-input-paths", modules[1][1], "-o", report])
    return [l.strip() for l in open(report) if l.strip() and not l.startswith("/*")]


def labels(signature):
    """`init(a:b:)` → ["a", "b"]."""
    inside = signature[signature.index("(") + 1:signature.rindex(")")] if "(" in signature else ""
    return [l for l in inside.split(":") if l]


def digester_paths(lines):
    """The declarations the digester reports (`Type.member`, `Type.init`, `CLB.method`, `Type`), each with its
    line and, for a renamed or removed callable, the old and new argument labels where the line gives them."""
    found = {}
    for line in lines:
        match = re.match(r"(\w+) ([\w.]+)(\([^)]*\))? has (.*)", line)
        if not match:
            found.setdefault(("unparsed", line), line)
            continue
        kind, path, signature, rest = match.groups()
        if kind == "Accessor":  # `Type.property.Get()`: the property itself
            path, signature = path.rsplit(".", 1)[0], None
        renamed = re.search(r"renamed to \w+ (\w+)(\([^)]*\))", rest)
        entry = {"line": line, "kind": kind, "old": labels(signature or ""),
                 "new": labels(renamed.group(2)) if renamed else None}
        found.setdefault(path, entry)
    return found


def docgen_paths(service):
    """The declarations `docgen diff` names in its source-breaking reasons for `service`."""
    out = subprocess.run([a.docgen, "diff", a.old_pages, a.new_pages, "--services", service, "--format", "json",
                          "--keep-going"], capture_output=True, text=True)
    report = json.loads(out.stdout)
    paths, gone = set(), set()
    for change in report["changes"]:
        reason = change["source"].get("reason") or ""
        # Declarations are dotted paths, or a type by itself when it "is gone"; other backticked words are
        # types in a signature (`String?`) or argument labels.
        paths.update(t for t in re.findall(r"`([A-Za-z_][\w.]*)`", reason) if "." in t)
        gone.update(re.findall(r"`([A-Za-z_][\w.]*)` is gone", reason))
    return paths | gone, gone


# The common error codes the runtime declares on `TencentCloudErrorCode`: a service's code type declares one only
# while its pages document it, and otherwise inherits it, so `.limitExceeded` compiles either way.
with open(os.path.join(root, "TencentCloudCore", "Sources", "TencentCloudCore", "CommonErrorCode.swift")) as file:
    common_codes = set(re.findall(r"public static var (\w+): Self", file.read()))


def subsequence(short, long):
    iterator = iter(long)
    return all(label in iterator for label in short)


failed = False
for service in [s.strip() for s in a.services.split(",") if s.strip()]:
    work = tempfile.mkdtemp(prefix=f"docgen-diff-api-{service}.")
    try:
        compiler = digester_paths(digester_report(work, service))
        ours, gone_types = docgen_paths(service)
        both = {p for p in compiler if p in ours}
        explained, unexplained = [], []
        for path, entry in sorted((p, e) for p, e in compiler.items() if p not in ours and isinstance(p, str)):
            # A callable whose older labels all survive in order, only arguments with defaults added: our
            # surface says every old call still compiles (it checks defaults), the digester sees a new name.
            owner = path.rsplit(".", 1)[0]
            if entry["kind"] in ("Constructor", "Func") and (entry["new"] is None or subsequence(entry["old"], entry["new"])):
                explained.append(("arguments added with defaults", entry["line"]))
            elif entry["kind"] == "Var" and owner.endswith(".Error.Code") and path.rsplit(".", 1)[1] in common_codes:
                explained.append(("a common error code the pages stopped documenting (still the runtime's)", entry["line"]))
            elif owner != path and owner in gone_types:
                explained.append(("a member of a type docgen diff reports gone (the digester pairs it with a similar new type)", entry["line"]))
            else:
                unexplained.append(("only the compiler", entry["line"]))
        for path in sorted(p for p in ours if p not in compiler):
            owner = path.rsplit(".", 1)[0]
            if owner in compiler or any(p.startswith(path + ".") for p in compiler if isinstance(p, str)):
                explained.append(("reported by the compiler on its owner or members", path))
            else:
                unexplained.append(("only docgen diff", path))
        unparsed = [p[1] for p in compiler if isinstance(p, tuple)]
        print(f"{service}: compiler {len(compiler)} declarations, docgen diff {len(ours)}, both {len(both)}; "
              f"explained {len(explained)}, unexplained {len(unexplained)}, unparsed {len(unparsed)}")
        classes = {}
        for label, _ in explained:
            classes[label] = classes.get(label, 0) + 1
        for label, count in sorted(classes.items()):
            print(f"    explained: {label}: {count}")
        for label, item in unexplained[:a.show]:
            print(f"    {label}: {item}")
        for line in unparsed[:a.show]:
            print(f"    unparsed: {line}")
        failed = failed or bool(unexplained) or bool(unparsed)
    finally:
        shutil.rmtree(work, ignore_errors=True)
print(f"diff-api-check: {'mismatches found' if failed else 'the compiler and docgen diff agree'}")
sys.exit(1 if failed else 0)
