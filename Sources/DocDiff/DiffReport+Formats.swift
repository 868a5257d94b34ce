import DocModel
import Foundation

extension DiffReport {
    // MARK: Text

    /// One line per change in the compiler's format, at the page of the newer snapshot (the older one for a
    /// removal), with a `note:` at the older page; breaking changes are warnings, the others notes; then a summary.
    public var text: String {
        var lines: [String] = []
        for change in changes {
            let location = change.newLocation ?? change.oldLocation
            let place = location.map { "\($0.file):\($0.line):\($0.column)" } ?? "\(change.service)/\(change.version)"
            let severity = change.isBreaking ? "warning" : "note"
            var message = "\(change.service) \(change.version): \(change.summary)"
            if let reason = change.wire.reason { message += " [wire: \(reason)]" }
            if let reason = change.source.reason { message += " [source: \(reason)]" }
            lines.append("\(place): \(severity): \(message)")
            if let old = change.oldLocation, change.newLocation != nil, old != change.newLocation {
                lines.append("\(old.file):\(old.line):\(old.column): note: as the older page had it")
            }
        }
        for entry in unread {
            lines.append("\(entry.service): error: not compared: the \(entry.side) pages do not read: \(entry.reason)")
        }
        let wire = changes.filter(\.wire.isBreaking).count
        let source = changes.filter(\.source.isBreaking).count
        lines.append(
            "docgen diff: \(changes.count) change(s), \(wire) breaking the wire, \(source) breaking Swift source; "
                + "version bump: \(bump.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    /// The report as JSON, schema `docgen-diff/1` (docs/DIFF-JSON.md): keys sorted, so the same report gives the
    /// same bytes.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(JSONReport(self))
    }

    struct JSONReport: Encodable {
        struct Judgement: Encodable {
            var breaking: Bool
            var reason: String?
        }
        struct Entry: Encodable {
            var service: String
            var version: String
            var kind: String
            var place: String
            var owner: String
            var item: String
            var old: String?
            var new: String?
            var oldLocation: SourceLocation?
            var newLocation: SourceLocation?
            var wire: Judgement
            var source: Judgement
        }

        var schema = "docgen-diff/1"
        var bump: String
        var counts: [String: Int]
        var changes: [Entry]
        var unread: [Unread]

        init(_ report: DiffReport) {
            bump = report.bump.rawValue
            counts = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.key.rawValue, $0.value) })
            unread = report.unread
            changes = report.changes.map { change in
                Entry(
                    service: change.service, version: change.version, kind: change.kind.rawValue,
                    place: change.subject.place.rawValue, owner: change.subject.owner, item: change.subject.item,
                    old: change.old, new: change.new,
                    oldLocation: change.oldLocation, newLocation: change.newLocation,
                    wire: Judgement(breaking: change.wire.isBreaking, reason: change.wire.reason),
                    source: Judgement(breaking: change.source.isBreaking, reason: change.source.reason))
            }
        }
    }

    // MARK: Markdown

    /// Release notes grouped per service version under the official changelog's labels (新增接口, 删除入参…, or
    /// their English names), breaking changes marked.
    public func markdown(language: DocLanguage) -> String {
        let zh = language == .zh
        var lines = [zh ? "# 变更说明" : "# Changes", ""]
        lines.append(
            zh
                ? "版本号建议：**\(bump.rawValue)**（🔴 为不兼容变更）"
                : "Suggested version bump: **\(bump.rawValue)** (🔴 marks a breaking change)")
        let byService = Dictionary(grouping: changes) { "\($0.service) \($0.version)" }
        for service in byService.keys.sorted() {
            lines += ["", "## \(service)"]
            let byLabel = Dictionary(grouping: byService[service] ?? []) { $0.label }
            for label in ChangeLabel.allCases where byLabel[label] != nil {
                lines += ["", "### \(zh ? label.chinese : label.english)", ""]
                for change in byLabel[label] ?? [] {
                    let mark = change.isBreaking ? "🔴 " : ""
                    var line = "- \(mark)\(change.summary)"
                    let reasons = [change.wire.reason, change.source.reason].compactMap { $0 }
                    if !reasons.isEmpty { line += " — " + reasons.joined(separator: "; ") }
                    lines.append(line)
                }
            }
        }
        if !unread.isEmpty {
            lines += ["", zh ? "## 未比较" : "## Not compared", ""]
            lines += unread.map { "- \($0.service) (\($0.side)): \($0.reason)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The labels of the official SDKs' changelog, in their order.
enum ChangeLabel: CaseIterable {
    case newVersion, deletedVersion, newAPI, deletedAPI, deprecatedAPI, modifiedAPI
    case newInput, deletedInput, modifiedInput, newOutput, deletedOutput, modifiedOutput
    case newStruct, deletedStruct, modifiedStruct, newError, deletedError, swiftAPI

    var chinese: String {
        switch self {
        case .newVersion: "新增版本"
        case .deletedVersion: "删除版本"
        case .newAPI: "新增接口"
        case .deletedAPI: "删除接口"
        case .deprecatedAPI: "预下线接口"
        case .modifiedAPI: "修改接口"
        case .newInput: "新增入参"
        case .deletedInput: "删除入参"
        case .modifiedInput: "修改入参"
        case .newOutput: "新增出参"
        case .deletedOutput: "删除出参"
        case .modifiedOutput: "修改出参"
        case .newStruct: "新增数据结构"
        case .deletedStruct: "删除数据结构"
        case .modifiedStruct: "修改数据结构"
        case .newError: "新增错误码"
        case .deletedError: "删除错误码"
        case .swiftAPI: "Swift 接口变化"
        }
    }

    var english: String {
        switch self {
        case .newVersion: "New versions"
        case .deletedVersion: "Deleted versions"
        case .newAPI: "New APIs"
        case .deletedAPI: "Deleted APIs"
        case .deprecatedAPI: "Deprecated APIs"
        case .modifiedAPI: "Modified APIs"
        case .newInput: "New input parameters"
        case .deletedInput: "Deleted input parameters"
        case .modifiedInput: "Modified input parameters"
        case .newOutput: "New output parameters"
        case .deletedOutput: "Deleted output parameters"
        case .modifiedOutput: "Modified output parameters"
        case .newStruct: "New data structures"
        case .deletedStruct: "Deleted data structures"
        case .modifiedStruct: "Modified data structures"
        case .newError: "New error codes"
        case .deletedError: "Deleted error codes"
        case .swiftAPI: "Swift API changes"
        }
    }
}

extension Change {
    /// The changelog label the change is listed under.
    var label: ChangeLabel {
        switch (kind, subject.place) {
        case (.serviceVersionAdded, _): .newVersion
        case (.serviceVersionRemoved, _): .deletedVersion
        case (.actionAdded, _): .newAPI
        case (.actionRemoved, _): .deletedAPI
        case (.actionDeprecated, _): .deprecatedAPI
        case (.inputAdded, _): .newInput
        case (.inputRemoved, _): .deletedInput
        case (.outputAdded, _): .newOutput
        case (.outputRemoved, _): .deletedOutput
        case (.structAdded, _): .newStruct
        case (.structRemoved, _): .deletedStruct
        case (.errorAdded, _): .newError
        case (.errorRemoved, _): .deletedError
        case (.swiftAPIChanged, _), (.moduleRenamed, _): .swiftAPI
        case (_, .input): .modifiedInput
        case (_, .output): .modifiedOutput
        case (_, .member), (_, .structure): .modifiedStruct
        default: .modifiedAPI
        }
    }

    /// What changed, in a few words (`input DescribeThings.Limit: type Integer → String`).
    public var summary: String {
        let path = subject.path.isEmpty ? "\(service) \(version)" : subject.path
        let place: String =
            switch subject.place {
            case .service: "service version"
            case .action: "action"
            case .input: "input"
            case .output: "output"
            case .structure: "struct"
            case .member: "member"
            case .error: "error code"
            }
        let values: String =
            switch (old, new) {
            case (let old?, let new?): ": \(old) → \(new)"
            case (let old?, nil): ": \(old)"
            case (nil, let new?): ": \(new)"
            case (nil, nil): ""
            }
        return "\(place) \(path) \(kind.phrase)\(values)"
    }
}

extension ChangeKind {
    /// The change in words (`removed`, `type changed`).
    var phrase: String {
        switch self {
        case .serviceVersionAdded, .actionAdded, .inputAdded, .outputAdded, .structAdded, .memberAdded, .errorAdded: "added"
        case .serviceVersionRemoved, .actionRemoved, .inputRemoved, .outputRemoved, .structRemoved, .memberRemoved,
            .errorRemoved:
            "removed"
        case .moduleRenamed: "module renamed"
        case .hostChanged: "host changed"
        case .actionDeprecated, .deprecated: "deprecated"
        case .rateLimitChanged: "rate limit changed"
        case .asyncChanged: "asynchronous flag changed"
        case .regionRequirementChanged: "region requirement changed"
        case .inputRenamed, .outputRenamed, .memberRenamed: "renamed"
        case .typeChanged: "type changed"
        case .requiredChanged: "required flag changed"
        case .nullableChanged: "may-be-null flag changed"
        case .enumValueAdded: "value added"
        case .enumValueRemoved: "value removed"
        case .rangeTightened: "range tightened"
        case .rangeLoosened: "range loosened"
        case .maxCountTightened: "maximum count tightened"
        case .maxCountLoosened: "maximum count loosened"
        case .swiftAPIChanged: "Swift API changed"
        }
    }
}
