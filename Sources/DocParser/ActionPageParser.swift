import DocModel

/// Reads an action page into an ``Action``.
struct ActionPageParser {
    var page: PageSource
    var sections: [PageSection]

    private var file: String { page.path }

    /// The action and the service name its host gives, or `nil` with diagnostics when the page cannot be read.
    func parse(diagnostics: inout [Diagnostic]) -> (Action, String?)? {
        let pageStart = sections.first?.position.location(in: file) ?? SourceLocation(file: file, line: 1, column: 1)
        let overview = overviewFacts()
        let reader = ParameterTableReader(file: file)

        var actionName: String?
        var version: String?
        var region = RegionRequirement.notNeeded
        var input: [Parameter] = []
        var inputLocation = pageStart
        if let section = section("输入参数") {
            inputLocation = section.position.location(in: file)
            for row in parameterTable("输入参数").map({ reader.rows(of: $0, diagnostics: &diagnostics) }) ?? [] {
                switch row.parameter.name {
                case "Action": actionName = Self.commonValue(row.descriptionText)
                case "Version": version = Self.commonValue(row.descriptionText)
                case "Region": region = row.parameter.isRequired == true ? .required : .optional
                default: input.append(row.parameter)
                }
            }
        } else {
            diagnostics.append(.error("action page has no 输入参数 section", at: pageStart, kind: .missingSection))
        }
        var output =
            parameterTable("输出参数")
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
            input: input,
            output: output,
            errors: errorCodes(diagnostics: &diagnostics),
            examples: examples(),
            location: pageStart
        )
        let service = overview.host.flatMap { $0.split(separator: ".").first.map(String.init) }
        return (action, service)
    }

    private func section(_ title: String) -> PageSection? {
        sections.first { $0.isTitled(title) }
    }

    /// The first parameter table (one with name and type columns) in a section with this title; a section
    /// may hold its table in a numbered subsection (`## 2. 输入参数` then `### 2.1 输入参数`).
    private func parameterTable(_ title: String) -> MarkdownTable? {
        for section in sections where section.isTitled(title) {
            if let table = section.tables.first(where: { TableColumns(header: $0.header).has(.name, .type) }) {
                return table
            }
        }
        return nil
    }

    /// `公共参数，本接口取值：DeregisterTargets` → `DeregisterTargets`.
    static func commonValue(_ text: String) -> String? {
        guard let marker = text.range(ofBytes: "本接口取值") else { return nil }
        let rest = text[marker.upperBound...].drop { $0 == "：" || $0 == ":" || Whitespace.isSpace($0) }
        let value = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
        return value.isEmpty ? nil : String(value)
    }

    /// Whether `text` looks like `yyyy-mm-dd`.
    static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2]
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    // MARK: 接口描述

    private struct OverviewFacts {
        var host: String?
        var description = ""
        var rateLimit: Int?
        var isAsync = false
        var supportsFinancialRegions = false
    }

    private func overviewFacts() -> OverviewFacts {
        var facts = OverviewFacts()
        guard let section = section("接口描述") else { return facts }
        var kept: [String] = []
        for block in section.blocks {
            guard case .paragraph(let inlines, _) = block else { continue }
            var paragraph: [String] = []
            for line in InlineRenderer.markdown(inlines).split(separator: "\n", omittingEmptySubsequences: false) {
                let text = String(line)
                if let marker = text.range(ofBytes: "接口请求域名") {
                    let rest = text[marker.upperBound...].drop { "：:`*".contains($0) || Whitespace.isSpace($0) }
                    var host = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
                    while host.hasSuffix(".") { host = host.dropLast() }
                    if !host.isEmpty { facts.host = String(host).lowercased() }
                    continue
                }
                if text.containsBytes("频率限制"), let perSecond = text.range(ofBytes: "次/秒") {
                    let digits = text[..<perSecond.lowerBound].reversed().drop { Whitespace.isSpace($0) }
                        .prefix { $0.isASCII && $0.isNumber }
                    facts.rateLimit = Int(String(digits.reversed()))
                    continue
                }
                if text.containsBytes("金融区") && text.containsBytes("支持") {
                    facts.supportsFinancialRegions = true
                    continue
                }
                if text.containsBytes("本接口为异步接口") { facts.isAsync = true }
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
        for section in sections where section.isTitled("错误码") {
            for table in section.tables {
                let columns = TableColumns(header: table.header)
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
        for section in sections where section.isTitled("示例") {
            if section.title != "示例" {
                examples.append(
                    Example(title: section.title, input: nil, output: nil, location: section.position.location(in: file)))
            }
            for block in section.blocks {
                switch block {
                case .heading(let heading):
                    let title = InlineRenderer.plainText(heading.inlines)
                    if title.hasPrefix("示例") {
                        examples.append(
                            Example(title: title, input: nil, output: nil, location: heading.position.location(in: file)))
                        target = \.input
                    } else if title.containsBytes("输出") {
                        target = \.output
                    } else if title.containsBytes("输入") {
                        target = \.input
                    }
                case .code(_, let literal, let position):
                    if examples.isEmpty || examples[examples.count - 1][keyPath: target] != nil {
                        examples.append(Example(title: "示例", input: nil, output: nil, location: position.location(in: file)))
                        target = \.input
                    }
                    examples[examples.count - 1][keyPath: target] = literal
                    target = \.output
                default:
                    break
                }
            }
        }
        return examples.filter { $0.input != nil || $0.output != nil }
    }
}
