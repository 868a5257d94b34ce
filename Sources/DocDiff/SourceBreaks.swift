import SwiftGenerator

/// Which changes break Swift code that compiled against the older generated module: the two modules' API
/// surfaces (``SwiftAPISurface``, from the generator's plan) are compared, and each break is laid on the doc
/// change it comes from. A break no doc change explains (a name that moved because another came) becomes a
/// change of its own, ``ChangeKind/swiftAPIChanged``.
enum SourceBreaks {
    /// One way the newer surface refuses code written against the older one.
    struct Break: Hashable {
        var origin: SwiftAPISurface.Origin
        var reason: String
    }

    static func judge(
        _ changes: [Change], old: [ServiceVersionKey: SwiftAPISurface], new: [ServiceVersionKey: SwiftAPISurface]
    ) -> [Change] {
        var changes = changes
        var places: [Place: [Int]] = [:]
        for (index, change) in changes.enumerated() {
            for origin in origins(of: change) {
                places[
                    Place(key: ServiceVersionKey(service: change.service, version: change.version), origin: origin), default: []
                ]
                .append(index)
            }
        }
        for key in Set(old.keys).union(new.keys).sorted() {
            guard let before = old[key] else { continue }
            guard let after = new[key] else {
                mark(&changes, places: &places, key: key, origin: .service, reason: "module \(before.module) is gone")
                continue
            }
            if before.module != after.module {
                var change = Change(
                    service: key.service, version: key.version, kind: .moduleRenamed, subject: ChangeSubject(.service),
                    old: before.module, new: after.module)
                change.source = .breaking("`import \(before.module)` no longer compiles: a newer version took the name")
                changes.append(change)
            }
            for found in breaks(from: before, to: after) {
                mark(&changes, places: &places, key: key, origin: found.origin, reason: found.reason)
            }
        }
        return changes
    }

    /// A service version's item, as the surface names it.
    struct Place: Hashable {
        var key: ServiceVersionKey
        var origin: SwiftAPISurface.Origin
    }

    /// Every break from `old` to `new`.
    static func breaks(from old: SwiftAPISurface, to new: SwiftAPISurface) -> [Break] {
        var result: [Break] = []
        // A renamed module (reported as such) renames its service type too: compare the methods under the new name.
        func translated(_ path: String) -> String {
            guard old.serviceType != new.serviceType else { return path }
            // The service type and every type nested in it (`CVM.Error`, `CVM.Filter`).
            let rest = path.dropFirst(old.serviceType.count)
            guard path.hasPrefix(old.serviceType), rest.isEmpty || rest.hasPrefix(".") else {
                return path
            }
            return new.serviceType + rest
        }
        var gone: Set<String> = []
        for declaration in old.declarations.values.sorted(by: { $0.path < $1.path }) {
            guard let now = new.declarations[translated(declaration.path)] else {
                // Sorted, a type comes before its members: a member of a type that is gone is not listed again.
                let owner = declaration.path.split(separator: ".").dropLast().joined(separator: ".")
                gone.insert(declaration.path)
                if !gone.contains(owner) {
                    result.append(Break(origin: declaration.origin, reason: "`\(declaration.path)` is gone"))
                }
                continue
            }
            if now.signature != declaration.signature {
                result.append(
                    Break(
                        origin: declaration.origin,
                        reason: "`\(declaration.path)` changes from `\(declaration.signature)` to `\(now.signature)`"))
            }
        }
        for callable in old.callables.values.sorted(by: { $0.path < $1.path }) {
            guard let now = new.callables[translated(callable.path)] else { continue }  // its type or method is gone: said above
            result += breaks(from: callable, to: now)
        }
        return result
    }

    /// Where a call written against `old` no longer compiles against `new`.
    private static func breaks(from old: SwiftAPISurface.Callable, to new: SwiftAPISurface.Callable) -> [Break] {
        var result: [Break] = []
        let newArguments = keyed(new.arguments, by: \.label)
        let oldLabels = Set(old.arguments.map(\.label))
        for argument in old.arguments {
            guard let now = newArguments[argument.label] else {
                result.append(Break(origin: argument.origin, reason: "`\(old.path)` loses the argument `\(argument.label)`"))
                continue
            }
            if now.type != argument.type {
                result.append(
                    Break(
                        origin: argument.origin,
                        reason: "argument `\(argument.label)` of `\(old.path)` changes from `\(argument.type)` to `\(now.type)`"))
            } else if argument.hasDefault && !now.hasDefault {
                result.append(
                    Break(origin: argument.origin, reason: "`\(old.path)` can no longer be called without `\(argument.label)`"))
            }
        }
        for argument in new.arguments where !oldLabels.contains(argument.label) && !argument.hasDefault {
            result.append(Break(origin: argument.origin, reason: "`\(old.path)` needs the new argument `\(argument.label)`"))
        }
        let kept = new.arguments.map(\.label).filter(oldLabels.contains)
        if kept != old.arguments.map(\.label).filter(Set(kept).contains) {
            result.append(Break(origin: old.origin, reason: "the arguments of `\(old.path)` change order"))
        }
        return result
    }

    /// Lays `reason` on the changes `origin` comes from, on its owner's when it has none (a member of a removed
    /// struct), or on a new ``ChangeKind/swiftAPIChanged`` change.
    private static func mark(
        _ changes: inout [Change], places: inout [Place: [Int]], key: ServiceVersionKey, origin: SwiftAPISurface.Origin,
        reason: String
    ) {
        for candidate in [origin] + parents(of: origin) {
            guard let indices = places[Place(key: key, origin: candidate)], !indices.isEmpty else { continue }
            for index in indices {
                if let existing = changes[index].source.reason {
                    if !existing.contains(reason) {
                        changes[index].source = .breaking(existing + "; " + reason)
                    }
                } else {
                    changes[index].source = .breaking(reason)
                }
            }
            return
        }
        var change = Change(service: key.service, version: key.version, kind: .swiftAPIChanged, subject: subject(of: origin))
        change.source = .breaking(reason)
        places[Place(key: key, origin: origin), default: []].append(changes.count)
        changes.append(change)
    }

    private static func parents(of origin: SwiftAPISurface.Origin) -> [SwiftAPISurface.Origin] {
        switch origin {
        case .service: []
        case .action, .structure: [.service]
        case .input(let action, _), .output(let action, _): [.action(action), .service]
        case .member(let structure, _): [.structure(structure), .service]
        case .errorCode: [.service]
        }
    }

    /// The surface origins a change speaks for: its own place, and for a rename the old name's too.
    private static func origins(of change: Change) -> [SwiftAPISurface.Origin] {
        let subject = change.subject
        let items = [subject.item] + (change.kind.isRename ? [change.old ?? ""] : [])
        switch subject.place {
        case .service: return [.service]
        case .action: return [.action(subject.owner)]
        case .input: return items.map { .input(action: subject.owner, parameter: $0) }
        case .output: return items.map { .output(action: subject.owner, parameter: $0) }
        case .structure: return [.structure(subject.owner)]
        case .member: return items.map { .member(structure: subject.owner, parameter: $0) }
        case .error: return [.errorCode(subject.item)]
        }
    }

    private static func subject(of origin: SwiftAPISurface.Origin) -> ChangeSubject {
        switch origin {
        case .service: ChangeSubject(.service)
        case .action(let name): ChangeSubject(.action, owner: name)
        case .input(let action, let parameter): ChangeSubject(.input, owner: action, item: parameter)
        case .output(let action, let parameter): ChangeSubject(.output, owner: action, item: parameter)
        case .structure(let name): ChangeSubject(.structure, owner: name)
        case .member(let structure, let parameter): ChangeSubject(.member, owner: structure, item: parameter)
        case .errorCode(let code): ChangeSubject(.error, item: code)
        }
    }
}

extension ChangeKind {
    /// Whether the change renames its item (the old name is in `old`).
    var isRename: Bool { self == .inputRenamed || self == .outputRenamed || self == .memberRenamed }
}
