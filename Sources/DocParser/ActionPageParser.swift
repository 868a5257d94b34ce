import DocModel

/// Reads an action page into an ``Action``.
struct ActionPageParser {
    var page: PageSource
    var sections: [PageSection]
    /// The wordings of the page's language.
    var vocabulary: PageVocabulary

    private var file: String { page.path }

    /// The action and the service name its host gives, or `nil` with diagnostics when the page cannot be read.
    func parse(diagnostics: inout [Diagnostic]) -> (Action, String?)? {
        let pageStart = sections.first?.position.location(in: file) ?? SourceLocation(file: file, line: 1, column: 1)
        let overview = overviewFacts()
        let reader = ParameterTableReader(file: file, language: vocabulary.language)

        var actionName: String?
        var version: String?
        var region = RegionRequirement.notNeeded
        var input: [Parameter] = []
        var inputLocation = pageStart
        var sawCommonRows = false
        if let section = section(.input) {
            inputLocation = section.position.location(in: file)
            for row in parameterTable(.input).map({ reader.rows(of: $0, diagnostics: &diagnostics) }) ?? [] {
                switch row.parameter.name {
                case "Action":
                    sawCommonRows = true
                    actionName = commonValue(row.descriptionText)
                case "Version":
                    sawCommonRows = true
                    version = commonValue(row.descriptionText).map {
                        versionText($0, at: row.parameter.location, diagnostics: &diagnostics)
                    }
                case "Region": region = row.parameter.isRequired == true ? .required : .optional
                default: input.append(row.parameter)
                }
            }
        } else {
            diagnostics.append(.error("action page has no 输入参数 section", at: pageStart, kind: .missingSection))
        }
        var output =
            parameterTable(.output)
            .map { reader.rows(of: $0, diagnostics: &diagnostics).map(\.parameter) } ?? []
        for index in output.indices where output[index].isRequired != nil {
            if output[index].isRequired == true {
                diagnostics.append(
                    .warning(
                        "output parameter '\(output[index].name)' is marked 必选; outputs have no required flag",
                        at: output[index].location, kind: .suspiciousRequired))
            }
            output[index].isRequired = nil
        }

        if actionName.map(TypeParser.isIdentifier) == false { actionName = nil }
        if version.map(Self.isVersion) == false { version = nil }
        if sawCommonRows, actionName == nil || version == nil, let link = explorerLink() {
            // A row whose value cannot be read (a stray `||` shifts its cells): the API Explorer link names both.
            if actionName == nil, let name = link.action {
                diagnostics.append(
                    .warning(
                        "the Action row gives no readable value; '\(name)' taken from the API Explorer link", at: inputLocation,
                        kind: .missingSection))
                actionName = name
            }
            if version == nil, let linked = link.version {
                diagnostics.append(
                    .warning(
                        "the Version row gives no readable value; '\(linked)' taken from the API Explorer link",
                        at: inputLocation, kind: .missingSection))
                version = linked
            }
        }
        if actionName == nil && version == nil {
            diagnostics.append(
                .note("skipped: no Action or Version row, so not an API 3.0 action page", at: pageStart, kind: .skippedPage))
            return nil
        }
        guard let actionName, TypeParser.isIdentifier(actionName) else {
            diagnostics.append(
                .error("action page has no Action row giving 本接口取值：<Action>", at: inputLocation, kind: .missingSection))
            return nil
        }
        guard let version, Self.isVersion(version) else {
            diagnostics.append(
                .error("action page has no Version row giving 本接口取值：<yyyy-mm-dd>", at: inputLocation, kind: .missingSection))
            return nil
        }
        let action = Action(
            name: actionName,
            version: version,
            host: overview.host,
            description: overview.description,
            rateLimit: overview.rateLimit,
            isAsync: overview.isAsync,
            supportsFinancialRegions: overview.supportsFinancialRegions,
            region: region,
            isReadOnly: PageVocabulary.isReadOnlyAction(actionName),
            skipsSignature: overview.skipsSignature,
            isIdempotent: overview.isIdempotent,
            isDeprecated: overview.isDeprecated,
            streaming: streaming(overview.streaming, input: input, output: output),
            input: input,
            output: output,
            errors: errorCodes(diagnostics: &diagnostics),
            examples: examples(),
            location: pageStart
        )
        // The host is ASCII (letters, digits, `.` and `-`; see `overviewFacts`), so its bytes are its characters.
        let service =
            overview.host.flatMap { $0.utf8.split(separator: UInt8(ascii: ".")).first.map { String(Substring($0)) } }
            ?? explorerLink()?.product
        return (action, service)
    }

    private func section(_ kind: PageVocabulary.Section) -> PageSection? {
        sections.first { PageVocabulary.isTitled($0, kind) }
    }

    /// What the page's first API Explorer link with a valid `Product` names (the service of a page without a
    /// host line; its Action and Version where those rows cannot be read)
    /// (`…/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstances`).
    private func explorerLink() -> (product: String, version: String?, action: String?)? {
        var search = Substring(page.text)
        while let link = search.range(ofBytes: "api/explorer?") {
            let query = search[link.upperBound...].prefix { !Whitespace.isSpace($0) && !$0.isOne(of: ")\"'>]") }
            var items: [Substring: String] = [:]
            for item in query.split(separator: "&") {
                let parts = item.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { items[parts[0]] = String(parts[1]) }
            }
            if let product = items["Product"]?.lowercased(), ModelBuilder.isServiceName(product) {
                let version = items["Version"].flatMap { Self.isVersion($0) ? $0 : nil }
                let action = items["Action"].flatMap { TypeParser.isIdentifier($0) ? $0 : nil }
                return (product, version, action)
            }
            search = search[link.upperBound...]
        }
        return nil
    }

    /// The first parameter table (one with name and type columns) in a section with this title; a section
    /// may hold its table in a numbered subsection (`## 2. 输入参数` then `### 2.1 输入参数`).
    private func parameterTable(_ kind: PageVocabulary.Section) -> MarkdownTable? {
        for section in sections where PageVocabulary.isTitled(section, kind) {
            if let table = section.tables.first(where: { $0.columns.has(.name, .type) }) {
                return table
            }
        }
        return nil
    }

    /// `公共参数，本接口取值：DeregisterTargets` (`Common parameter. The value used for this API: …`) →
    /// `DeregisterTargets`.
    func commonValue(_ text: String) -> String? {
        if let marker = vocabulary.range(ofFirst: vocabulary.commonValueMarkers, in: text) {
            return Self.commonValueFromBytes(text, after: marker.upperBound)
                ?? Self.commonValueFromCharacters(text[marker.upperBound...])
        }
        guard vocabulary.language == .en, vocabulary.contains(anyOf: ["common param"], in: text),
            let colon = text.lastIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        // English pages word it many ways (`the version this API:`, `the name for this API:`, a zero-width space for
        // a space): the value follows the last colon.
        return Self.commonValue(in: text[text.index(after: colon)...].drop { Whitespace.isSpace($0) || $0 == "\u{200B}" })
    }

    /// A common parameter's value after its marker, `rest`, read by characters (the rule): `：`, `:` and spaces
    /// skipped, then ASCII letters, digits and `_-./`, without the full stops they end with.
    static func commonValueFromCharacters(_ rest: Substring) -> String? {
        commonValue(in: rest.drop { $0 == "：" || $0 == ":" || Whitespace.isSpace($0) })
    }

    /// ``commonValueFromCharacters(_:)`` of the text after `start`, read from the bytes where they tell (see
    /// ``valueFromBytes(_:after:skipping:taking:)``).
    static func commonValueFromBytes(_ text: String, after start: String.Index) -> String?? {
        valueFromBytes(
            text, after: start, skipping: { $0 == 0xFF1A || $0 == 0x3A || Whitespace.isSpace(standalone: $0) },
            taking: { ASCIIByte.isLetterOrDigit($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E || $0 == 0x2F })
    }

    /// The ASCII letters, digits and `_-./` `text` starts with, without the full stops they end with.
    private static func commonValue(in text: Substring) -> String? {
        var value = text.prefix { $0.isASCIILetterOrDigit || $0.isOne(of: "_-./") }
        while value.hasSuffix(".") { value = value.dropLast() }
        return value.isEmpty ? nil : String(value)
    }

    /// The host after its marker, `rest`, read by characters (the rule): `：`, `:`, `` ` ``, `*` and spaces skipped,
    /// then ASCII letters, digits, `.` and `-`, without the full stops they end with; lowercased.
    static func hostFromCharacters(_ rest: Substring) -> String? {
        var host = rest.drop { $0.isOne(of: "：:`*") || Whitespace.isSpace($0) }
            .prefix { $0.isASCIILetterOrDigit || $0 == "." || $0 == "-" }
        while host.hasSuffix(".") { host = host.dropLast() }
        return host.isEmpty ? nil : String(host).lowercased()
    }

    /// ``hostFromCharacters(_:)`` of the text after `start`, read from the bytes where they tell (see
    /// ``valueFromBytes(_:after:skipping:taking:)``).
    static func hostFromBytes(_ text: String, after start: String.Index) -> String?? {
        valueFromBytes(
            text, after: start,
            skipping: { $0 == 0xFF1A || $0 == 0x3A || $0 == 0x60 || $0 == 0x2A || Whitespace.isSpace(standalone: $0) },
            taking: { ASCIIByte.isLetterOrDigit($0) || $0 == 0x2E || $0 == 0x2D }
        ).map { $0?.lowercased() }
    }

    /// The value after a marker that ends at `start`, read from the bytes where they tell (the text is
    /// ``StandaloneScalar``s as far as one scalar past the value, so each scalar is a character): the scalars
    /// `skipped` says skipped, then the ASCII bytes `isValue` takes, without the full stops they end with. `nil`
    /// where the bytes cannot tell (the characters are read then); `.some(nil)` where there is no value.
    static func valueFromBytes(
        _ text: String, after start: String.Index, skipping skipped: (UInt32) -> Bool, taking isValue: (UInt8) -> Bool
    ) -> String?? {
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            var index = offset
            while index < bytes.count {
                guard let (scalar, length) = StandaloneScalar.at(index, in: bytes) else { return nil }
                guard skipped(scalar) else { break }
                index += length
            }
            let valueStart = index
            while index < bytes.count {
                guard let (scalar, _) = StandaloneScalar.at(index, in: bytes) else { return nil }
                guard scalar < 0x80, isValue(UInt8(scalar)) else { break }
                index += 1
            }
            var end = index
            while end > valueStart, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            guard end > valueStart else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self))
        } ?? nil
    }

    /// The version as `yyyy-mm-dd`; a `m/d/yyyy` spelling (some English pages) is read with a warning.
    private func versionText(_ text: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> String {
        // Most versions are `yyyy-mm-dd`: without a `/` byte there is no `/` character to split at.
        guard text.utf8.contains(UInt8(ascii: "/")) else { return text }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), parts[2].count == 4, Int(parts[2]) != nil,
            (1...12).contains(month), (1...31).contains(day)
        else { return text }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let version = "\(parts[2])-\(twoDigits(month))-\(twoDigits(day))"
        diagnostics.append(.warning("version written as '\(text)'; read as \(version)", at: location, kind: .typeSpelling))
        return version
    }

    /// Whether `text` looks like `yyyy-mm-dd`.
    static func isVersion(_ text: String) -> Bool {
        // `yyyy-mm-dd`: ten ASCII bytes, digits but the two hyphens.
        let bytes = text.utf8
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { offset, byte in
            offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : byte >= 0x30 && byte <= 0x39
        }
    }

    /// How the action answers: what 接口描述 says, or else what the `RequestId` row says (`本接口为流式响应接口，…RequestId
    /// 会被放在 HTTP 响应的 Header "X-TC-RequestId" 中`, where most streaming pages say it); a page that says it streams
    /// and takes a `Stream` switch streams when asked (`.optional`).
    private func streaming(_ described: Streaming, input: [Parameter], output: [Parameter]) -> Streaming {
        let row = output.first { $0.name == "RequestId" }.flatMap { vocabulary.streaming($0.description) } ?? .none
        let said = described != .none ? described : row
        guard said != .none else { return .none }
        let hasSwitch = input.contains { $0.name == "Stream" && $0.type == .boolean }
        return hasSwitch ? .optional : said
    }

    // MARK: 接口描述

    private struct OverviewFacts {
        var host: String?
        var description = ""
        var rateLimit: Int?
        var isAsync = false
        var supportsFinancialRegions = false
        var skipsSignature = false
        var isIdempotent = false
        var isDeprecated = false
        var streaming = Streaming.none
    }

    private func overviewFacts() -> OverviewFacts {
        var facts = OverviewFacts()
        guard let section = section(.overview) else { return facts }
        var kept: [String] = []
        for block in section.blocks {
            guard case .paragraph(let inlines, _) = block else { continue }
            var paragraph: [String] = []
            for line in InlineRenderer.markdown(inlines).lineSlices(omittingEmpty: false) {
                let text = String(line)
                if let marker = vocabulary.range(ofFirst: vocabulary.hostMarkers, in: text) {
                    let host =
                        Self.hostFromBytes(text, after: marker.upperBound) ?? Self.hostFromCharacters(text[marker.upperBound...])
                    if let host { facts.host = host }
                    continue
                }
                if let limit = vocabulary.rateLimit(in: text) {
                    facts.rateLimit = limit
                    continue
                }
                if vocabulary.supportsFinancialRegions(text) {
                    facts.supportsFinancialRegions = true
                    continue
                }
                if vocabulary.contains(anyOf: vocabulary.asyncMarkers, in: text) { facts.isAsync = true }
                if PageVocabulary.saysUnsigned(text) { facts.skipsSignature = true }
                if vocabulary.saysIdempotent(text) { facts.isIdempotent = true }
                if vocabulary.saysDeprecated(text) { facts.isDeprecated = true }
                if let streaming = vocabulary.streaming(text) { facts.streaming = max(facts.streaming, streaming) }
                paragraph.append(text)
            }
            let joined = paragraph.joined(separator: "\n")
            if !joined.isEmpty { kept.append(joined) }
        }
        facts.description = kept.joined(separator: "\n\n")
        return facts
    }

    // MARK: 错误码

    private func errorCodes(diagnostics: inout [Diagnostic]) -> [ErrorCode] {
        var codes: [ErrorCode] = []
        for section in sections where PageVocabulary.isTitled(section, .errors) {
            for table in section.tables {
                let columns = table.columns
                guard columns.has(.errorCode) else { continue }
                for row in table.rows {
                    let code = columns.text(.errorCode, in: row)
                    guard !code.isEmpty else { continue }
                    let description = columns.cell(.description, in: row).map { InlineRenderer.markdown($0.inlines) } ?? ""
                    codes.append(ErrorCode(code: code, description: description, location: row.position.location(in: file)))
                }
            }
        }
        return codes
    }

    // MARK: 示例

    private func examples() -> [Example] {
        var examples: [Example] = []
        var target: WritableKeyPath<Example, String?> = \.input
        for section in sections where PageVocabulary.isTitled(section, .examples) {
            if !["示例", "Example", "Examples", "Sample", "Samples"].contains(section.title) {
                examples.append(
                    Example(title: section.title, input: nil, output: nil, location: section.position.location(in: file)))
            }
            for block in section.blocks {
                switch block {
                case .heading(let heading):
                    let title = InlineRenderer.plainText(heading.inlines)
                    if vocabulary.exampleHeadings.contains(where: { title.hasPlainPrefix($0) }) {
                        examples.append(
                            Example(title: title, input: nil, output: nil, location: heading.position.location(in: file)))
                        target = \.input
                    } else if vocabulary.contains(anyOf: [vocabulary.exampleOutputWord], in: title) {
                        target = \.output
                    } else if vocabulary.contains(anyOf: [vocabulary.exampleInputWord], in: title) {
                        target = \.input
                    }
                case .code(_, let literal, let position):
                    if examples.isEmpty || examples[examples.count - 1][keyPath: target] != nil {
                        examples.append(
                            Example(
                                title: vocabulary.exampleHeadings[0].text, input: nil, output: nil,
                                location: position.location(in: file)))
                        target = \.input
                    }
                    examples[examples.count - 1][keyPath: target] = literal
                    target = \.output
                default:
                    break
                }
            }
        }
        return examples.filter { $0.input != nil || $0.output != nil }.map(ExampleReader.read)
    }
}
