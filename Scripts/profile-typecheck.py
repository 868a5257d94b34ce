#!/usr/bin/env python3
"""Where a generated module's debug compile goes: type-checking time per function, grouped by kind.

    python3 Scripts/profile-typecheck.py <package dir> <module name> [-j N]

<package dir> is a package that has built the module in debug (e.g. the one Scripts/build-all-modules.sh
writes, or this repository for TencentCloudCLB). The script reuses the swiftc arguments SwiftPM recorded in
.build/debug.yaml, recompiles the module's files with -debug-time-function-bodies into a temporary folder
(the package's build is left alone), and prints: the wall and CPU seconds, the seconds per generated file,
and the type-checking milliseconds of functions grouped by kind (synthesized `==`, `init(from:)`,
`encode(to:)`, `CodingKeys` members, and the generated code itself)."""
import glob, json, os, re, subprocess, sys, tempfile, time

package, module = os.path.abspath(sys.argv[1]), sys.argv[2]
jobs = sys.argv[sys.argv.index("-j") + 1] if "-j" in sys.argv else "1"
yaml = open(os.path.join(package, ".build", "debug.yaml")).read()
prefix = 'args: ["' 
line = next(l.strip() for l in yaml.splitlines()
            if l.strip().startswith(prefix) and f'"-module-name","{module}"' in l and '"-emit-module-path"' in l)
recorded = json.loads(line[len("args: "):])
drop_with_value = {"-emit-module-path", "-output-file-map", "-index-store-path", "-emit-objc-header-path", "-j"}
drop = {"-emit-dependencies", "-incremental", "-serialize-diagnostics", "-parseable-output", "-emit-module",
        "-emit-objc-header"}
args, skip = [], False
for arg in recorded:
    if skip:
        skip = False
    elif arg in drop_with_value:
        skip = True
    elif arg not in drop and not arg.startswith("@"):
        args.append(arg)
sources_file = next(a[1:] for a in recorded if a.startswith("@"))
sources = [s for s in open(sources_file).read().split() if s.endswith(".swift")]
out = tempfile.mkdtemp(prefix="typecheck-")
file_map = os.path.join(out, "map.json")
json.dump({s: {"object": os.path.join(out, os.path.basename(s) + ".o")} for s in sources}, open(file_map, "w"))
command = args + ["-j", jobs, "-output-file-map", file_map, "-Xfrontend", "-debug-time-function-bodies"] + sources
started, before = time.time(), os.times()
result = subprocess.run(command, capture_output=True, text=True)
after = os.times()
if result.returncode != 0:
    sys.exit(result.stderr[-3000:])
cpu = after.children_user - before.children_user + after.children_system - before.children_system
lines = sum(sum(1 for _ in open(s)) for s in sources)
print(f"{module}: {len(sources)} files, {lines} lines; wall {time.time() - started:.1f} s, CPU {cpu:.1f} s "
      f"= {cpu * 1000 / lines:.2f} CPU s/kLOC (-j {jobs})")
groups = {}
for entry in re.finditer(r"^([0-9.]+)ms\t([^\t]+)\t(.*)$", result.stdout + result.stderr, re.M):
    ms, where, what = float(entry.group(1)), entry.group(2), entry.group(3)
    if where == "<invalid loc>":
        kind = "synthesized " + re.sub(r"^.*?\(file\)\.[A-Za-z0-9_]+\.", "", what.split("\t")[-1])
        if "CodingKeys" in what:
            kind = "synthesized CodingKeys members"
    else:
        kind = "generated code in " + re.sub(r"\d*\.swift:.*", ".swift", os.path.basename(where))
    total, count = groups.get(kind, (0.0, 0))
    groups[kind] = (total + ms, count + 1)
print("type-checking by kind (ms, functions):")
for kind, (ms, count) in sorted(groups.items(), key=lambda item: -item[1][0])[:15]:
    print(f"  {ms:9.0f}  {count:6d}  {kind}")
