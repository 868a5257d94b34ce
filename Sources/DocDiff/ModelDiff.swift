import DocModel
import SwiftGenerator

/// Compares two models of the docs (after patches) service version by service version, and judges each change
/// twice: on the wire (``WireRules``) and in the Swift source of the generated modules (``SourceBreaks``, from
/// the generator's own plan of both modules).
public enum ModelDiff {
    /// Every change from `old` to `new`, sorted by service, version, owner and kind.
    public static func changes(from old: APIModel, to new: APIModel) -> [Change] {
        let oldServices = keyed(old.services, by: key)
        let newServices = keyed(new.services, by: key)
        var changes: [Change] = []
        for serviceKey in Set(oldServices.keys).union(newServices.keys).sorted() {
            var differ = ServiceDiffer(key: serviceKey, old: oldServices[serviceKey], new: newServices[serviceKey])
            differ.compare()
            changes += differ.changes
        }
        // Only a version the older side has can break code written against it.
        let compared = Set(oldServices.keys)
        changes = SourceBreaks.judge(
            changes, old: SwiftAPISurface.surfaces(of: old), new: SwiftAPISurface.surfaces(of: new, only: compared))
        return changes.sorted {
            ($0.service, $0.version, $0.subject, $0.kind) < ($1.service, $1.version, $1.subject, $1.kind)
        }
    }

    static func key(_ service: Service) -> ServiceVersionKey {
        ServiceVersionKey(service: service.name, version: service.version)
    }
}

/// `items` by `key`, the first of any that share one (a page that repeats a name is a diagnostic of its own).
func keyed<Key: Hashable, Item>(_ items: [Item], by key: (Item) -> Key) -> [Key: Item] {
    Dictionary(items.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
}

/// Which side of the wire a parameter list travels on.
enum WireSide {
    case request, response, both, neither

    init(inRequests: Bool, inResponses: Bool) {
        switch (inRequests, inResponses) {
        case (true, true): self = .both
        case (true, false): self = .request
        case (false, true): self = .response
        case (false, false): self = .neither
        }
    }

    var sendsIt: Bool { self == .request || self == .both }
    var readsIt: Bool { self == .response || self == .both }
}

/// The changes within one service version.
struct ServiceDiffer {
    let key: ServiceVersionKey
    let old: Service?
    let new: Service?
    var changes: [Change] = []

    init(key: ServiceVersionKey, old: Service?, new: Service?) {
        self.key = key
        self.old = old
        self.new = new
    }

    mutating func compare() {
        guard let old, let new else {
            if let new {
                add(.serviceVersionAdded, ChangeSubject(.service), new: new.host, newLocation: new.actions.first?.location)
            } else if let old {
                var change = make(
                    .serviceVersionRemoved, ChangeSubject(.service), old: old.host, oldLocation: old.actions.first?.location)
                change.wire = .breaking("every action of the version is gone")
                changes.append(change)
            }
            return
        }
        if old.host != new.host {
            add(.hostChanged, ChangeSubject(.service), old: old.host, new: new.host, newLocation: new.actions.first?.location)
        }
        compareActions(old: old, new: new)
        compareStructs(old: old, new: new)
    }

    // MARK: Actions

    private mutating func compareActions(old: Service, new: Service) {
        let oldActions = keyed(old.actions, by: \.name)
        let newActions = keyed(new.actions, by: \.name)
        for name in Set(oldActions.keys).union(newActions.keys).sorted() {
            let subject = ChangeSubject(.action, owner: name)
            switch (oldActions[name], newActions[name]) {
            case (nil, let added?):
                add(.actionAdded, subject, newLocation: added.location)
            case (let removed?, nil):
                var change = make(.actionRemoved, subject, oldLocation: removed.location)
                change.wire = .breaking("a request for \(name) is refused")
                changes.append(change)
            case (let before?, let after?):
                compare(before, after)
            case (nil, nil):
                break
            }
        }
    }

    private mutating func compare(_ old: Action, _ new: Action) {
        let subject = ChangeSubject(.action, owner: new.name)
        if old.rateLimit != new.rateLimit {
            add(
                .rateLimitChanged, subject, from: old.rateLimit.map(String.init), to: new.rateLimit.map(String.init),
                between: old, and: new)
        }
        if !old.isDeprecated && new.isDeprecated {
            add(.actionDeprecated, subject, oldLocation: old.location, newLocation: new.location)
        }
        if old.isAsync != new.isAsync {
            add(.asyncChanged, subject, from: String(old.isAsync), to: String(new.isAsync), between: old, and: new)
        }
        if old.region != new.region {
            var change = make(
                .regionRequirementChanged, subject, old: old.region.rawValue, new: new.region.rawValue,
                oldLocation: old.location, newLocation: new.location)
            if new.region == .required && old.region != .required {
                change.wire = .breaking("a request without a region is refused")
            }
            changes.append(change)
        }
        compareParameters(old.input, new.input, place: .input, owner: new.name, side: .request)
        compareParameters(
            old.output.filter { $0.name != "RequestId" }, new.output.filter { $0.name != "RequestId" }, place: .output,
            owner: new.name, side: .response)
        let oldErrors = keyed(old.errors, by: \.code)
        let newErrors = keyed(new.errors, by: \.code)
        for code in Set(oldErrors.keys).union(newErrors.keys).sorted() {
            let subject = ChangeSubject(.error, owner: new.name, item: code)
            switch (oldErrors[code], newErrors[code]) {
            case (nil, let added?): add(.errorAdded, subject, newLocation: added.location)
            case (let removed?, nil): add(.errorRemoved, subject, oldLocation: removed.location)
            default: break
            }
        }
    }

    // MARK: Structs

    private mutating func compareStructs(old: Service, new: Service) {
        let oldStructs = keyed(old.structs, by: \.name)
        let newStructs = keyed(new.structs, by: \.name)
        let oldUse = StructUse(old)
        let newUse = StructUse(new)
        for name in Set(oldStructs.keys).union(newStructs.keys).sorted() {
            let subject = ChangeSubject(.structure, owner: name)
            switch (oldStructs[name], newStructs[name]) {
            case (nil, let added?):
                add(.structAdded, subject, newLocation: added.location)
            case (let removed?, nil):
                add(.structRemoved, subject, oldLocation: removed.location)
            case (let before?, let after?):
                let side = WireSide(
                    inRequests: oldUse.inRequests.contains(name) || newUse.inRequests.contains(name),
                    inResponses: oldUse.inResponses.contains(name) || newUse.inResponses.contains(name))
                compareParameters(before.members, after.members, place: .member, owner: name, side: side)
            case (nil, nil):
                break
            }
        }
    }

    // MARK: Parameters

    private mutating func compareParameters(
        _ old: [Parameter], _ new: [Parameter], place: ChangeSubject.Place, owner: String, side: WireSide
    ) {
        let kinds: (added: ChangeKind, removed: ChangeKind, renamed: ChangeKind) =
            switch place {
            case .input: (.inputAdded, .inputRemoved, .inputRenamed)
            case .output: (.outputAdded, .outputRemoved, .outputRenamed)
            default: (.memberAdded, .memberRemoved, .memberRenamed)
            }
        let oldByName = keyed(old, by: \.name)
        let newByName = keyed(new, by: \.name)
        var removed = old.filter { newByName[$0.name] == nil }
        var added = new.filter { oldByName[$0.name] == nil }
        // A member that only changed the case of its name, at the same place and with the same type, is renamed.
        for addition in added {
            guard
                let index = removed.firstIndex(where: {
                    $0.name.lowercased() == addition.name.lowercased() && $0.type == addition.type
                })
            else { continue }
            let before = removed.remove(at: index)
            added.removeAll { $0.name == addition.name }
            var change = make(
                kinds.renamed, ChangeSubject(place, owner: owner, item: addition.name), old: before.name, new: addition.name,
                oldLocation: before.location, newLocation: addition.location)
            change.wire = WireRules.renamed(side: side)
            changes.append(change)
            compare(before, addition, place: place, owner: owner, side: side)
        }
        for parameter in removed {
            var change = make(
                kinds.removed, ChangeSubject(place, owner: owner, item: parameter.name), oldLocation: parameter.location)
            change.wire = WireRules.removed(side: side)
            changes.append(change)
        }
        for parameter in added {
            var change = make(
                kinds.added, ChangeSubject(place, owner: owner, item: parameter.name),
                new: parameter.isRequired == true ? "required" : nil, newLocation: parameter.location)
            change.wire = WireRules.added(parameter, side: side)
            changes.append(change)
        }
        for parameter in old {
            guard let after = newByName[parameter.name] else { continue }
            compare(parameter, after, place: place, owner: owner, side: side)
        }
    }

    private mutating func compare(_ old: Parameter, _ new: Parameter, place: ChangeSubject.Place, owner: String, side: WireSide) {
        let subject = ChangeSubject(place, owner: owner, item: new.name)
        func record(_ kind: ChangeKind, _ before: String?, _ after: String?, wire: Verdict) {
            var change = make(kind, subject, old: before, new: after, oldLocation: old.location, newLocation: new.location)
            change.wire = wire
            changes.append(change)
        }
        if old.type != new.type {
            record(.typeChanged, old.type.irName, new.type.irName, wire: WireRules.typeChanged(side: side))
        }
        // A table that gains or loses its 必选 column states nothing new about the API (the 2020 pages had none
        // for structs): only two stated flags that differ are a change.
        if let before = old.isRequired, let after = new.isRequired, before != after {
            record(
                .requiredChanged, Self.flag(before), Self.flag(after),
                wire: WireRules.requiredChanged(from: before, to: after, side: side))
        }
        if old.constraints.isNullable != new.constraints.isNullable {
            record(
                .nullableChanged, String(old.constraints.isNullable), String(new.constraints.isNullable),
                wire: WireRules.nullableChanged(to: new.constraints.isNullable, side: side))
        }
        if !old.constraints.isDeprecated && new.constraints.isDeprecated {
            record(.deprecated, nil, new.constraints.replacement, wire: .compatible)
        }
        let oldValues = old.constraints.allowedValues.map(\.value)
        let newValues = new.constraints.allowedValues.map(\.value)
        // Only a change between two stated lists is a change of values (no list means "any value").
        if !oldValues.isEmpty && !newValues.isEmpty {
            for value in oldValues where !newValues.contains(value) {
                record(.enumValueRemoved, value, nil, wire: WireRules.valueRemoved(value, side: side))
            }
            for value in newValues where !oldValues.contains(value) {
                record(.enumValueAdded, nil, value, wire: .compatible)
            }
        }
        let oldRange = Self.range(old.constraints)
        let newRange = Self.range(new.constraints)
        if oldRange != newRange, let tightened = Self.tightens(old.constraints, new.constraints) {
            record(
                tightened ? .rangeTightened : .rangeLoosened, oldRange, newRange,
                wire: tightened ? WireRules.tightened(side: side) : .compatible)
        }
        if old.constraints.maxCount != new.constraints.maxCount {
            let tightened = (new.constraints.maxCount ?? .max) < (old.constraints.maxCount ?? .max)
            record(
                tightened ? .maxCountTightened : .maxCountLoosened, old.constraints.maxCount.map(String.init),
                new.constraints.maxCount.map(String.init), wire: tightened ? WireRules.tightened(side: side) : .compatible)
        }
    }

    // MARK: Helpers

    private static func flag(_ required: Bool) -> String { required ? "required" : "optional" }

    private static func range(_ constraints: Constraints) -> String {
        "[\(constraints.minimum?.description ?? "-∞"), \(constraints.maximum?.description ?? "∞")]"
    }

    /// `true` when the new range admits less than the old, `false` when more, `nil` when it is neither (one bound
    /// up and the other down counts as tightened: some old values are refused).
    private static func tightens(_ old: Constraints, _ new: Constraints) -> Bool? {
        let lowerUp = Self.raises(old.minimum, new.minimum)
        let upperDown = Self.lowers(old.maximum, new.maximum)
        if lowerUp || upperDown { return true }
        return old.minimum != new.minimum || old.maximum != new.maximum ? false : nil
    }

    /// Whether `new` as a lower bound refuses values `old` allowed.
    private static func raises(_ old: DecimalNumber?, _ new: DecimalNumber?) -> Bool {
        guard let new else { return false }
        guard let old else { return true }
        return new > old
    }

    /// Whether `new` as an upper bound refuses values `old` allowed.
    private static func lowers(_ old: DecimalNumber?, _ new: DecimalNumber?) -> Bool {
        guard let new else { return false }
        guard let old else { return true }
        return new < old
    }

    private func make(
        _ kind: ChangeKind, _ subject: ChangeSubject, old: String? = nil, new: String? = nil,
        oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil
    ) -> Change {
        Change(
            service: key.service, version: key.version, kind: kind, subject: subject, old: old, new: new,
            oldLocation: oldLocation, newLocation: newLocation)
    }

    private mutating func add(
        _ kind: ChangeKind, _ subject: ChangeSubject, old: String? = nil, new: String? = nil,
        oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil
    ) {
        changes.append(make(kind, subject, old: old, new: new, oldLocation: oldLocation, newLocation: newLocation))
    }

    private mutating func add(
        _ kind: ChangeKind, _ subject: ChangeSubject, from before: String?, to after: String?, between old: Action,
        and new: Action
    ) {
        add(kind, subject, old: before, new: after, oldLocation: old.location, newLocation: new.location)
    }
}

/// Which structs travel in requests and which in responses, through any depth of members.
struct StructUse {
    var inRequests: Set<String> = []
    var inResponses: Set<String> = []

    init(_ service: Service) {
        let members = keyed(service.structs, by: \.name).mapValues(\.members)
        func reach(_ roots: [Parameter]) -> Set<String> {
            var seen: Set<String> = []
            var queue = roots.flatMap(\.type.referencedStructures)
            while let name = queue.popLast() {
                guard seen.insert(name).inserted else { continue }
                queue += (members[name] ?? []).flatMap(\.type.referencedStructures)
            }
            return seen
        }
        inRequests = reach(service.actions.flatMap(\.input))
        inResponses = reach(service.actions.flatMap(\.output))
    }
}
