#!/usr/bin/env python3
"""Holds `docgen diff` between two page snapshots against a plain comparison of the official specs they were
rendered from, kind by kind and item by item.

    python3 Scripts/diff-oracle-check.py --old-pages DIR --new-pages DIR --old-oracle DIR --new-oracle DIR
        [--docgen PATH] [--show N]

The pages are folders of `<service>/<version>/*.md`; the oracles are folders of `<service>-<version>-api*.json`
(tccli's api.json). Only the service versions present in both page folders are compared. The plain comparison:
actions added and removed; per action the members of its Request and Response objects (RequestId aside) added,
removed, or renamed (the same name in another case, same type); data structures (every other object) added and
removed, and their members likewise (a member marked `disabled` is not documented, so it counts as absent); on
members present on both sides, a change of type and, for inputs and struct members, of the required flag where
both pages' tables state it (`docgen dump`; the 2020 pages have no 必选 column for structs, so a flag change there
is counted apart as not visible). Types are compared as the pages write them (int64 and uint64 are both
Integer). The script prints, per kind, the count on each side and the items only one side has; it exits 1 when
any kind differs.
"""
import argparse, collections, glob, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--old-pages", required=True)
ap.add_argument("--new-pages", required=True)
ap.add_argument("--old-oracle", required=True)
ap.add_argument("--new-oracle", required=True)
ap.add_argument("--docgen", default=os.path.join(root, ".build", "debug", "docgen"))
ap.add_argument("--show", type=int, default=10)
a = ap.parse_args()

SCALAR = {"string": "String", "binary": "Binary", "int64": "Integer", "uint64": "Integer", "int": "Integer",
          "float": "Float", "double": "Float", "bool": "Boolean", "datetime": "Timestamp",
          "datetime_iso": "TimestampISO8601", "date": "Date"}


def type_of(member):
    kind, inner = member.get("type"), member.get("member")
    name = SCALAR.get(inner, inner)
    if kind == "list":
        return f"[{name}]"
    return name


def load(oracle, service, version):
    paths = sorted(glob.glob(os.path.join(oracle, f"{service}-{version}-api*.json")))
    return json.load(open(paths[0])) if paths else None


def members_changes(kinds, owner, old, new, required, out, key):
    """Adds the changes between two member lists (dicts name -> oracle member) to `out`."""
    added, removed, renamed = kinds
    old_names, new_names = set(old), set(new)
    gone = sorted(old_names - new_names)
    came = sorted(new_names - old_names)
    for name in list(came):
        match = next((g for g in gone if g.lower() == name.lower() and type_of(old[g]) == type_of(new[name])), None)
        if match:
            gone.remove(match)
            came.remove(name)
            out[renamed].add(key + (owner, name))
            compare_member(owner, name, old[match], new[name], required, out, key)
    for name in gone:
        out[removed].add(key + (owner, name))
    for name in came:
        out[added].add(key + (owner, name))
    for name in sorted(old_names & new_names):
        compare_member(owner, name, old[name], new[name], required, out, key)


def compare_member(owner, name, old, new, required, out, key):
    if type_of(old) != type_of(new):
        out["typeChanged"].add(key + (owner, name))
    if required and bool(old.get("required")) != bool(new.get("required")):
        # The flag can only be seen where both pages' tables have a 必选 column (the 2020 pages have none for
        # structs): the others are counted apart.
        if required == "input" or key + (owner, name) in stated:
            out["requiredChanged"].add(key + (owner, name))
        else:
            unseen.add(key + (owner, name))


def live(members):
    """The members the pages show: a member marked disabled is not documented."""
    return [m for m in members if not m.get("disabled")]


def oracle_changes(service, version):
    out = collections.defaultdict(set)
    old, new = load(a.old_oracle, service, version), load(a.new_oracle, service, version)
    if old is None or new is None:
        return out, f"no oracle for {service} {version}"
    key = (service, version)
    request_objects = set()
    for spec in (old, new):
        for action in spec["actions"].values():
            request_objects.update([action["input"], action["output"]])
    for name in sorted(set(old["actions"]) | set(new["actions"])):
        if name not in new["actions"]:
            out["actionRemoved"].add(key + (name, ""))
            continue
        if name not in old["actions"]:
            out["actionAdded"].add(key + (name, ""))
            continue
        for side, kinds, required in (("input", ("inputAdded", "inputRemoved", "inputRenamed"), "input"),
                                      ("output", ("outputAdded", "outputRemoved", "outputRenamed"), False)):
            def members(spec):
                obj = spec["objects"].get(spec["actions"][name][side], {"members": []})
                return {m["name"]: m for m in live(obj["members"]) if m["name"] != "RequestId"}
            members_changes(kinds, name, members(old), members(new), required, out, key)
    old_structs = {n: o for n, o in old["objects"].items() if n not in request_objects}
    new_structs = {n: o for n, o in new["objects"].items() if n not in request_objects}
    for name in sorted(set(old_structs) | set(new_structs)):
        if name not in new_structs:
            out["structRemoved"].add(key + (name, ""))
        elif name not in old_structs:
            out["structAdded"].add(key + (name, ""))
        else:
            members_changes(("memberAdded", "memberRemoved", "memberRenamed"), name,
                            {m["name"]: m for m in live(old_structs[name]["members"])},
                            {m["name"]: m for m in live(new_structs[name]["members"])},
                            True, out, key)
    return out, None


def read(pages):
    """The service versions of `pages` (by the service names the pages give, not their folders) and every
    (service, version, struct, member) whose table states 必选, from `docgen dump`."""
    dump = json.loads(subprocess.run([a.docgen, "dump", pages], capture_output=True, text=True).stdout)
    keys = {(service["name"], service["version"]) for service in dump["services"]}
    flags = {(service["name"], service["version"], struct["name"], member["name"])
             for service in dump["services"] for struct in service["structs"] for member in struct["members"]
             if member.get("required") is not None}
    return keys, flags


(old_keys, old_flags), (new_keys, new_flags) = read(a.old_pages), read(a.new_pages)
shared = old_keys & new_keys
stated = old_flags & new_flags
unseen = set()
expected = collections.defaultdict(set)
for service, version in sorted(shared):
    changes, problem = oracle_changes(service, version)
    if problem:
        print(f"diff-oracle-check: {problem}")
    for kind, items in changes.items():
        expected[kind] |= items

result = subprocess.run([a.docgen, "diff", a.old_pages, a.new_pages, "--format", "json"], capture_output=True, text=True)
if result.returncode not in (0, 1):
    print(result.stderr[-3000:])
    sys.exit(2)
report = json.loads(result.stdout)
found = collections.defaultdict(set)
for change in report["changes"]:
    if (change["service"], change["version"]) in shared:
        found[change["kind"]].add((change["service"], change["version"], change["owner"], change["item"]))

failed = False
kinds = ["actionAdded", "actionRemoved", "inputAdded", "inputRemoved", "inputRenamed", "outputAdded", "outputRemoved",
         "outputRenamed", "structAdded", "structRemoved", "memberAdded", "memberRemoved", "memberRenamed",
         "typeChanged", "requiredChanged"]
print(f"{'kind':<16} {'oracle':>7} {'diff':>7} {'both':>7}")
for kind in kinds:
    want, got = expected[kind], found[kind]
    print(f"{kind:<16} {len(want):>7} {len(got):>7} {len(want & got):>7}")
    for label, items in (("only in the oracle", want - got), ("only in docgen diff", got - want)):
        if items:
            failed = True
            for item in sorted(items)[:a.show]:
                print(f"    {label}: {' '.join(x for x in item if x)}")
print(f"requiredChanged in the oracle on struct tables without a 必选 column on one side (not visible): {len(unseen)}")
print(f"diff-oracle-check: {len(shared)} service versions; {'differences found' if failed else 'every kind agrees'}")
sys.exit(1 if failed else 0)
