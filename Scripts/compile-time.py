#!/usr/bin/env python3
"""Debug compile seconds per action and per module for cvm 2017-03-12, clb 2018-03-17 and vpc 2017-03-12, generated
from the whole-API pages, and the release size of a small executable that calls one action of each.

    python3 Scripts/compile-time.py [--pages DIR] [--teco DIR] [--repeat N] [--work DIR]

Each module is built alone (`swift build --target`) after the runtime and its dependencies, which are not counted;
the seconds one `swift build` takes with nothing to do are subtracted. With `--repeat N` every module is built N
times (its build products removed in between: a full rebuild of that module only) and the median is reported.

With `--teco DIR` (a checkout of teco-project/teco whose dependencies resolve), teco's modules for the same three
service versions (TecoCvmV20170312, TecoClbV20180317, TecoVpcV20170312) are built in the same run, each right
after ours, so both see the same machine; actions are the files of teco's `actions/` folder. The report then gives
the ratio of seconds per action (the goal of issue 18: at most 0.5).
"""
import argparse, glob, os, re, shutil, statistics, subprocess, sys, tarfile, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVICES = [("cvm", "2017-03-12", "CVM"), ("clb", "2018-03-17", "CLB"), ("vpc", "2017-03-12", "VPC")]
# One action of each service for the executable: (service type, method call).
CALLS = {
    "CVM": "try await CVM(client: client, region: \"ap-guangzhou\").describeRegions()",
    "CLB": "try await CLB(client: client, region: \"ap-guangzhou\").describeTaskStatus(taskId: \"t-1\")",
    "VPC": "try await VPC(client: client, region: \"ap-guangzhou\").describeVpcs()",
}


def run(command, cwd, log=None):
    """Runs `command` in `cwd`; returns its seconds. Exits with the log's errors when it fails."""
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    if log:
        with open(log, "w") as file:
            file.write(result.stdout)
    if result.returncode != 0:
        errors = [line for line in result.stdout.splitlines() if "error:" in line][:10] or result.stdout.splitlines()[-10:]
        sys.exit(f"compile-time: {' '.join(command)} failed in {cwd}:\n" + "\n".join(errors))
    return seconds, result.stdout


def warnings_in(output):
    """The compiler warnings of a build's output (SwiftPM's own notes about dependencies aside)."""
    return [line for line in output.splitlines() if ": warning:" in line and "/.build/checkouts/" not in line]


class Module:
    """One module to time: its package folder, target name, sources and action count."""

    def __init__(self, package, target, sources, actions):
        self.package, self.target, self.sources, self.actions = package, target, sources, actions
        self.times, self.warnings = [], []

    def lines(self):
        return sum(sum(1 for _ in open(path, encoding="utf-8")) for path in self.sources)

    def build(self, overhead, log):
        # A clean build of this module alone: its objects and module file go (touching the sources is not enough:
        # the driver skips files whose contents it has seen).
        products = os.path.join(self.package, ".build", "debug")
        folder = os.path.join(products, self.target + ".build")
        kept = {"output-file-map.json", "sources", "include"}
        for name in os.listdir(folder) if os.path.isdir(folder) else []:
            if name not in kept:
                path = os.path.join(folder, name)
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
        for path in glob.glob(os.path.join(products, "Modules", self.target + ".*")):
            os.remove(path)
        seconds, output = run(["swift", "build", "--target", self.target], self.package, log)
        self.warnings = warnings_in(output)
        self.times.append(max(seconds - overhead, 0))

    def seconds(self):
        return statistics.median(self.times)


def swift_files(folder):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".swift"))


def ours(pages, work):
    """Generates the three services as a package; returns it and its modules (the library modules, not Testing)."""
    subprocess.run(["swift", "build", "--product", "docgen"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    docgen = os.path.join(root, ".build", "debug", "docgen")
    package = os.path.join(work, "CompileTime")
    result = subprocess.run(
        [docgen, "generate", "--specs", pages, "--output", package, "--services", ",".join(s for s, _, _ in SERVICES),
         "--package", "CompileTime", "--core-path", os.path.join(root, "TencentCloudCore")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit("compile-time: docgen generate failed:\n" + result.stdout[-2000:])
    modules = []
    for service, version, name in SERVICES:
        folder = os.path.join(package, f"TencentCloud{name}")
        sources = swift_files(folder)
        header = open(os.path.join(folder, f"{name}.swift"), encoding="utf-8").readline()
        if f"{service}/{version}" not in header:
            sys.exit(f"compile-time: the pages give {name} as {header.strip()}, not {service}/{version}")
        actions = sum(
            len(re.findall(r"^    public func [A-Za-z0-9_`]+\(_ request:", open(path, encoding="utf-8").read(), re.M))
            for path in sources if path.endswith("+Actions.swift"))
        modules.append(Module(package, f"TencentCloud{name}", sources, actions))
    return package, modules


def teco(checkout):
    """teco's modules for the same three service versions."""
    modules = []
    for service, version, _ in SERVICES:
        target = f"Teco{service.capitalize()}V{version.replace('-', '')}"
        folder = os.path.join(checkout, "Sources", "Teco", service.capitalize(), "V" + version.replace("-", ""))
        if not os.path.isdir(folder):
            sys.exit(f"compile-time: {folder} not found: is {checkout} a checkout of teco-project/teco?")
        sources = [os.path.join(base, name) for base, _, names in os.walk(folder) for name in names if name.endswith(".swift")]
        actions = len([name for name in os.listdir(os.path.join(folder, "actions")) if name.endswith(".swift")])
        modules.append(Module(checkout, target, sorted(sources), actions))
    return modules


def overhead_of(package, name, kind="--target"):
    """Seconds of a `swift build` of an already built target: manifest and planning, subtracted from each build."""
    run(["swift", "build", kind, name], package)
    return min(run(["swift", "build", kind, name], package)[0] for _ in range(3))


def executable_size(package, work):
    """Release size (bytes, as linked and stripped) of an executable that calls one action of each service."""
    consumer = os.path.join(work, "OneCallEach")
    os.makedirs(os.path.join(consumer, "Sources", "OneCallEach"), exist_ok=True)
    products = ", ".join(f'.product(name: "TencentCloud{name}", package: "CompileTime")' for _, _, name in SERVICES)
    with open(os.path.join(consumer, "Package.swift"), "w") as manifest:
        manifest.write(
            "// swift-tools-version: 6.0\nimport PackageDescription\n\nlet package = Package(\n"
            f'    name: "OneCallEach", platforms: [.macOS(.v13)], dependencies: [.package(path: "{package}")],\n'
            f'    targets: [.executableTarget(name: "OneCallEach", dependencies: [{products}])],\n'
            "    swiftLanguageModes: [.v6])\n")
    imports = "".join(f"import TencentCloud{name}\n" for _, _, name in SERVICES)
    calls = "\n".join(f"    _ = {CALLS[name]}" for _, _, name in SERVICES)
    with open(os.path.join(consumer, "Sources", "OneCallEach", "main.swift"), "w") as main:
        main.write(
            f"import TencentCloudCore\n{imports}\n"
            "let client = TencentCloudClient(credentials: .static(secretId: \"id\", secretKey: \"key\"))\n"
            "if CommandLine.arguments.count > 1 {\n" + calls + "\n}\ntry await client.shutdown()\n")
    run(["swift", "build", "-c", "release", "--product", "OneCallEach"], consumer, os.path.join(work, "release.log"))
    binary = os.path.join(consumer, ".build", "release", "OneCallEach")
    stripped = binary + ".stripped"
    subprocess.run(["strip", "-o", stripped, binary], check=True)
    return os.path.getsize(binary), os.path.getsize(stripped)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="the whole-API pages (default: ../shared/corpus/full-pages.tar.xz, extracted)")
    parser.add_argument("--teco", help="a checkout of teco-project/teco to build in the same run")
    parser.add_argument("--repeat", type=int, default=1, help="builds of each module (median reported)")
    parser.add_argument("--work", help="a folder to keep the package and its build in (default: a temporary one)")
    parser.add_argument("--no-executable", action="store_true", help="skip the release executable")
    arguments = parser.parse_args()
    work = arguments.work or tempfile.mkdtemp(prefix="docgen-compile-time.")
    os.makedirs(work, exist_ok=True)
    pages = arguments.pages
    if not pages:
        pages = os.path.join(work, "pages")
        if not os.path.isdir(os.path.join(pages, "cvm")):
            archive = os.path.join(root, "..", "shared", "corpus", "full-pages.tar.xz")
            with tarfile.open(archive) as tar:
                members = [m for m in tar.getmembers() if m.name.split("/")[1:2] in (["cvm"], ["clb"], ["vpc"])]
                tar.extractall(pages, members=members, filter="data")

    package, mine = ours(pages, work)
    run(["swift", "build", "--target", "TencentCloudCore"], package, os.path.join(work, "core.log"))
    ours_overhead = overhead_of(package, "TencentCloudCore")
    theirs, teco_overhead = [], 0
    if arguments.teco:
        theirs = teco(os.path.abspath(arguments.teco))
        # teco's runtime is the TecoCore product of its dependency teco-core: built first and not counted.
        run(["swift", "build", "--product", "TecoCore"], theirs[0].package, os.path.join(work, "teco-core.log"))
        teco_overhead = overhead_of(theirs[0].package, "TecoCore", "--product")

    for round in range(arguments.repeat):
        for index, module in enumerate(mine):
            module.build(ours_overhead, os.path.join(work, f"{module.target}.log"))
            print(f"  round {round + 1}: {module.target} {module.times[-1]:.1f} s", file=sys.stderr)
            if theirs:
                theirs[index].build(teco_overhead, os.path.join(work, f"{theirs[index].target}.log"))
                print(f"  round {round + 1}: {theirs[index].target} {theirs[index].times[-1]:.1f} s", file=sys.stderr)

    def table(name, modules):
        print(f"{name}:")
        print(f"  {'module':<26}{'actions':>8}{'lines':>9}{'seconds':>9}{'s/action':>10}{'lines/action':>14}{'warnings':>10}")
        for module in modules:
            lines = module.lines()
            print(f"  {module.target:<26}{module.actions:>8}{lines:>9}{module.seconds():>9.1f}"
                  f"{module.seconds() / module.actions:>10.3f}{lines / module.actions:>14.0f}{len(module.warnings):>10}")
        actions = sum(m.actions for m in modules)
        seconds = sum(m.seconds() for m in modules)
        print(f"  {'all three':<26}{actions:>8}{sum(m.lines() for m in modules):>9}{seconds:>9.1f}{seconds / actions:>10.3f}")
        return seconds / actions

    print(f"debug compile, one module at a time, {os.cpu_count()} cores, median of {arguments.repeat}; "
          f"SwiftPM's no-op build subtracted ({ours_overhead:.1f} s ours" + (f", {teco_overhead:.1f} s teco)" if theirs else ")"))
    per_action = table("docgen", mine)
    if theirs:
        teco_per_action = table("teco", theirs)
        print(f"docgen / teco seconds per action: {per_action / teco_per_action:.2f} (goal <= 0.5)")
    for module in mine:
        for warning in module.warnings[:5]:
            print("warning in generated code: " + warning)
    if not arguments.no_executable:
        linked, stripped = executable_size(package, work)
        print(f"release executable calling one action of each: {linked / 1e6:.1f} MB linked, {stripped / 1e6:.1f} MB stripped")
    if any(module.warnings for module in mine):
        sys.exit(1)


if __name__ == "__main__":
    main()
