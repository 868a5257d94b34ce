#!/usr/bin/env python3
"""Type-checks every generated module of the whole API (or of the listed services) with the flags SwiftPM
uses, warnings as errors, and its example-test module against it: 0 errors is the bar.

    python3 Scripts/typecheck-whole-api.py [--services clb,cvm] [--typecheck clb,cvm --parse-all] [-j N]
        [--pages DIR] [--docgen PATH] [--keep DIR [--no-generate]]

--services limits what is generated; --typecheck limits what is type-checked, and with --parse-all every other
generated file is still parsed by the compiler (`swiftc -parse`), so a syntax error anywhere is caught.
--docgen names the docgen binary that generates (a release build is faster); by default the debug build.

The pages come from ../shared/corpus/full-pages.tar.xz (or --pages). The script builds docgen and
TencentCloudCLB (so .build/debug.yaml holds the flags SwiftPM gives a generated module and its tests),
generates the modules into a temporary folder (or --keep DIR), and runs, per module, `swiftc -typecheck` on the
library and, after `-emit-module` of its Testing library (the pages' example outputs) and of the library, on
its Tests module. It prints each failing module with its
first errors, and a summary line with the module count and the seconds taken; it exits 1 on any error."""
import argparse, concurrent.futures, json, os, shutil, subprocess, sys, tarfile, tempfile, time
from swiftpm_flags import recorded_arguments

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--services", default="")
parser.add_argument("-j", type=int, default=os.cpu_count() or 2)
parser.add_argument("--pages", default="")
parser.add_argument("--keep", default="")
parser.add_argument("--no-generate", action="store_true", help="check the modules already in --keep DIR")
parser.add_argument("--typecheck", default="", help="type-check only these services (lowercase, comma-separated)")
parser.add_argument("--parse-all", action="store_true", help="parse the modules that are not type-checked")
parser.add_argument("--docgen", default="", help="the docgen binary that generates the modules")
options = parser.parse_args()


def run(command, **kwargs):
    return subprocess.run(command, cwd=root, check=True, **kwargs)


archive = os.path.join(root, "..", "shared", "corpus", "full-pages.tar.xz")
if not options.pages and not os.path.exists(archive):
    print(f"typecheck-whole-api: {archive} not found; skipped")
    sys.exit(0)

work = options.keep or tempfile.mkdtemp(prefix="docgen-typecheck.")
os.makedirs(work, exist_ok=True)
pages = options.pages or os.path.join(work, "pages")
if not options.pages and not options.no_generate and not os.path.isdir(pages):
    with tarfile.open(archive) as tar:
        tar.extractall(pages, filter="data")

if not options.docgen:
    run(["swift", "build", "--product", "docgen"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
run(["swift", "build", "--target", "TencentCloudCLBTests"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
output = os.path.join(work, "Modules")
generate = [options.docgen or os.path.join(root, ".build", "debug", "docgen"), "generate", "--specs", pages, "--output", output, "--force"]
if options.services:
    generate += ["--services", options.services]
if not options.no_generate:
    run(generate, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


library_flags = recorded_arguments("TencentCloudCLB") + ["-warnings-as-errors"]
support_flags = recorded_arguments("TencentCloudCLBTesting") + ["-warnings-as-errors"]
test_flags = recorded_arguments("TencentCloudCLBTests") + ["-warnings-as-errors"]
modules_dir = os.path.join(work, "swiftmodules")
os.makedirs(modules_dir, exist_ok=True)
swiftc = shutil.which("swiftc") or "swiftc"


def sources(folder):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".swift"))


def check(module):
    """The first errors of `module`, its Testing library and its Tests module, or an empty string."""
    library = os.path.join(output, module)
    support = library + "Testing"
    tests = library + "Tests"
    steps = [[swiftc, "-typecheck", "-module-name", module] + library_flags + sources(library)]
    if os.path.isdir(support):
        steps.append([swiftc, "-emit-module", "-module-name", module + "Testing", "-emit-module-path",
                      os.path.join(modules_dir, module + "Testing.swiftmodule")] + support_flags + sources(support))
    if os.path.isdir(tests):
        steps.append([swiftc, "-emit-module", "-experimental-skip-non-inlinable-function-bodies", "-module-name",
                      module, "-emit-module-path", os.path.join(modules_dir, module + ".swiftmodule")]
                     + library_flags + sources(library))
        steps.append([swiftc, "-typecheck", "-module-name", module + "Tests", "-I", modules_dir] + test_flags
                     + sources(tests))
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True)
        if result.returncode != 0:
            errors = [l for l in (result.stderr + result.stdout).splitlines() if "error:" in l]
            return "\n".join(errors[:5]) or result.stderr[-2000:]
    return ""


def parse(module):
    """The first errors of parsing `module`, its Testing library and its Tests module, or an empty string."""
    files = sources(os.path.join(output, module))
    for suffix in ("Testing", "Tests"):
        if os.path.isdir(os.path.join(output, module + suffix)):
            files += sources(os.path.join(output, module + suffix))
    result = subprocess.run([swiftc, "-parse"] + files, capture_output=True, text=True)
    if result.returncode != 0:
        errors = [l for l in (result.stderr + result.stdout).splitlines() if "error:" in l]
        return "\n".join(errors[:5]) or result.stderr[-2000:]
    return ""


folders = {name for name in os.listdir(output) if name.startswith("TencentCloud") and os.path.isdir(os.path.join(output, name))}
modules = sorted(name for name in folders
                 if not any(name.endswith(suffix) and name[:-len(suffix)] in folders for suffix in ("Testing", "Tests")))
wanted = {"TencentCloud" + name.strip().upper() for name in options.typecheck.split(",") if name.strip()}
missing = sorted(wanted - set(modules))
if missing:
    print(f"typecheck-whole-api: no such generated modules: {', '.join(missing)}")
    sys.exit(1)
checked = [module for module in modules if not wanted or module in wanted]
parsed = [module for module in modules if module not in checked] if options.parse_all else []
start = time.time()
failures = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=options.j) as pool:
    jobs = [(module, pool.submit(check, module)) for module in checked]
    jobs += [(module, pool.submit(parse, module)) for module in parsed]
    for module, job in jobs:
        errors = job.result()
        if errors:
            failures += 1
            print(f"{module}:\n{errors}")
print(f"typecheck-whole-api: {len(checked)} modules type-checked (with their Testing and Tests modules), {len(parsed)} parsed, "
      f"{failures} failed; {time.time() - start:.0f} s with {options.j} jobs")
if not options.keep:
    shutil.rmtree(work, ignore_errors=True)
sys.exit(1 if failures else 0)
