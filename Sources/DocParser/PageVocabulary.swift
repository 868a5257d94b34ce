import DocModel

/// Every wording the reader looks for, per language: the one place that knows how a Chinese page and an English
/// page (`<页面>_intl.md`, in the 2019 international phrasing and the current one) say a thing.
struct PageVocabulary: Sendable {
    /// The numbered sections of an action page.
    enum Section: Int, CaseIterable, Sendable {
        case overview, input, output, examples, errors
    }

    /// The language of this vocabulary.
    var language: DocLanguage
    /// Section titles (prefixes of a heading without its number).
    var titles: [Section: [PlainPrefix]]
    /// Markers before the host (`接口请求域名：cvm.tencentcloudapi.com`).
    var hostMarkers: [String]
    /// Markers before the value of a common parameter row (`公共参数，本接口取值：DescribeInstances`).
    var commonValueMarkers: [String]
    /// Lines of 接口描述 that say the action is asynchronous.
    var asyncMarkers: [String]
    /// A struct's paragraph that lists the actions using it, not a description.
    var referencedByMarkers: [String]
    /// Prefixes of a heading that starts an example (`示例1`, `Example 1`, `Sample 1. Error`).
    var exampleHeadings: [PlainPrefix]
    /// Words of a heading that starts an example's input (`输入示例`, `Input Sample Code`) and its output.
    var exampleInputWord: String
    var exampleOutputWord: String
    /// Whether markers are matched without regard to ASCII case (English prose varies its capitals).
    var ignoresCase: Bool

    static let chinese = PageVocabulary(
        language: .zh,
        titles: [
            .overview: ["接口描述"], .input: ["输入参数"], .output: ["输出参数"], .examples: ["示例"], .errors: ["错误码"],
        ],
        hostMarkers: ["接口请求域名"],
        commonValueMarkers: ["本接口取值"],
        asyncMarkers: ["本接口为异步接口"],
        referencedByMarkers: ["被如下接口引用"],
        exampleHeadings: ["示例"], exampleInputWord: "输入", exampleOutputWord: "输出",
        ignoresCase: false)

    static let english = PageVocabulary(
        language: .en,
        titles: [
            .overview: ["API Description"], .input: ["Input Parameters", "Request Parameters"],
            .output: ["Output Parameters", "Response Parameters", "Return Parameters"], .examples: ["Example", "Sample"],
            .errors: ["Error Code"],
        ],
        hostMarkers: ["api request domain name", "domain name for api request"],
        commonValueMarkers: [
            "value for this api", "value used for this api", "value used in this api", "name of this api", "version of this api",
        ],
        asyncMarkers: [
            "is an asynchronous api", "is an async api", "this api is asynchronous", "this api is completed asynchronously",
        ],
        referencedByMarkers: ["referenced by", "used by actions"],
        exampleHeadings: ["Example", "Sample"], exampleInputWord: "input", exampleOutputWord: "output",
        ignoresCase: true)

    /// The vocabulary of `language`.
    static func of(_ language: DocLanguage) -> PageVocabulary {
        switch language {
        case .zh: chinese
        case .en: english
        }
    }

    /// Whether `section` is titled as `kind` in either language (a page may mix them; titles never clash).
    static func isTitled(_ section: PageSection, _ kind: Section) -> Bool {
        titlesOfKind[kind.rawValue].contains { section.title.hasPlainPrefix($0) }
    }

    /// Each section kind's titles in both languages (Chinese first), by the kind's raw value: looked up for every
    /// section without copying the vocabularies.
    private static let titlesOfKind = Section.allCases.map {
        chinese.titles[$0, default: []] + english.titles[$0, default: []]
    }

    /// The range of the first of `markers` in `text` (ASCII case ignored where the language's prose varies it).
    func range(ofFirst markers: [String], in text: String) -> Range<String.Index>? {
        guard ignoresCase else {
            for marker in markers { if let found = text.range(ofBytes: marker) { return found } }
            return nil
        }
        return EnglishText(text).range(ofFirst: markers)
    }

    /// Whether `text` holds any of `markers`.
    func contains(anyOf markers: [String], in text: String) -> Bool {
        range(ofFirst: markers, in: text) != nil
    }

    /// Requests per second a line of 接口描述 states (`默认接口请求频率限制：20次/秒`,
    /// `Default API request frequency limit: 20 times/second.`, `A maximum of 20 requests can be initiated per
    /// second for this API.`), or `nil`.
    func rateLimit(in line: String) -> Int? {
        switch language {
        case .zh:
            guard line.containsBytes("频率限制"), let perSecond = line.range(ofBytes: "次/秒") else { return nil }
            return Self.integer(before: perSecond.lowerBound, in: line)
        case .en:
            if contains(anyOf: ["frequency limit", "rate limit"], in: line),
                let unit = range(ofFirst: ["times/second", "requests/second", "times/sec"], in: line)
            {
                return Self.integer(before: unit.lowerBound, in: line)
            }
            if let marker = range(ofFirst: ["a maximum of "], in: line),
                contains(anyOf: ["per second"], in: line)
            {
                let digits = line[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
                return Int(String(digits))
            }
            return nil
        }
    }

    /// Whether a line of 接口描述 says the action supports the financial regions.
    func supportsFinancialRegions(_ line: String) -> Bool {
        switch language {
        case .zh: line.containsBytes("金融区") && line.containsBytes("支持")
        case .en: contains(anyOf: ["supports finance region", "supports financial region"], in: line)
        }
    }

    /// What a line of 接口描述 says of streaming: `.optional` for `支持流式或非流式` / "streaming or non-streaming",
    /// `.always` for `流式响应接口`, an SSE protocol named without a non-streaming way ("using HTTP SSE protocol"),
    /// `nil` when it says nothing of it.
    func streaming(_ line: String) -> Streaming? {
        switch language {
        case .zh:
            if line.containsBytes("非流式") && line.containsBytes("流式") { return .optional }
            if line.containsBytes("流式响应接口") || line.containsBytes("SSE 协议") || line.containsBytes("SSE协议") {
                return .always
            }
            return nil
        case .en:
            let lower = line.lowercased()
            if lower.containsBytes("non-streaming") && lower.containsBytes("streaming") { return .optional }
            if lower.containsBytes("streaming response api") || lower.containsBytes("sse protocol") { return .always }
            return nil
        }
    }

    /// Whether a line of 接口描述 says the action is idempotent: `幂等` not after `不`, `非` or `无` (`接口绑定是不幂等的`
    /// is not); in English "idempotent" not after "not", "non-" or "isn't".
    func saysIdempotent(_ line: String) -> Bool {
        switch language {
        case .zh:
            var rest = Substring(line)
            while let found = rest.range(ofBytes: "幂等") {
                let before = rest[..<found.lowerBound].last
                if before.map({ !$0.isOne(of: "不非无") }) ?? true { return true }
                rest = rest[found.upperBound...]
            }
            return false
        case .en:
            let lower = line.lowercased()
            guard lower.containsBytes("idempotent") else { return false }
            return !["not idempotent", "non-idempotent", "nonidempotent", "isn't idempotent", "not be idempotent"]
                .contains { lower.containsBytes($0) }
        }
    }

    /// Whether a line of 接口描述 says the action itself is deprecated or going offline: `已废弃`, `预下线`,
    /// `即将下线`, `不再维护`, `停止维护`, `接口已下线`; not where the line names something else that is (`替代已废弃的…`,
    /// `用于…已下线的实例`). In English: "deprecated", "discontinued", "no longer maintained", "will be offline".
    func saysDeprecated(_ line: String) -> Bool {
        switch language {
        case .zh:
            // Every marker holds 废弃, 下线 or 维护: most lines hold none, which three searches tell.
            guard line.containsBytes("废弃") || line.containsBytes("下线") || line.containsBytes("维护") else { return false }
            for marker in ["已废弃", "预下线", "即将下线", "不再维护", "停止维护", "接口已下线", "业务已下线", "功能已下线"] {
                var rest = Substring(line)
                while let found = rest.range(ofBytes: marker) {
                    let before = line[..<found.lowerBound].suffix(4)
                    if !before.containsBytes("替代") && !before.containsBytes("用于") && !before.containsBytes("回收") { return true }
                    rest = rest[found.upperBound...]
                }
            }
            return false
        case .en:
            let lower = line.lowercased()
            let markers = [
                "this api is deprecated", "this api has been deprecated", "api is discontinued",
                "has been discontinued", "no longer maintained", "will be deprecated", "will be offline",
                "will be taken offline", "is deprecated and",
            ]
            return markers.contains { lower.containsBytes($0) }
        }
    }

    /// Whether a line of 接口描述 says the action is called unsigned: `Authorization 需要传入值 SKIP`, "`Authorization`
    /// should be SKIP" (the header's name and value read the same in both languages).
    static func saysUnsigned(_ line: String) -> Bool {
        guard let header = line.range(ofBytes: "Authorization") else { return false }
        return line[header.upperBound...].containsBytes("SKIP")
    }

    static func integer(before index: String.Index, in text: String) -> Int? {
        Int(String(digitsFromBytes(before: index, in: text) ?? digitsFromCharacters(before: index, in: text)))
    }

    /// The ASCII digits right before `index` and the spaces after them, read by characters backwards (the rule).
    static func digitsFromCharacters(before index: String.Index, in text: String) -> Substring {
        let digits = text[..<index].reversed().drop { Whitespace.isSpace($0) }.prefix { $0.isASCIIDigit }
        return Substring(String(digits.reversed()))
    }

    /// ``digitsFromCharacters(before:in:)`` read from the bytes (walking characters backwards is slow), or `nil`
    /// where bytes and characters may differ: the spaces, the digits and the scalar before them must be
    /// ``StandaloneScalar``s, as must the text at `index` begin with one (every marker does).
    static func digitsFromBytes(before index: String.Index, in text: String) -> Substring? {
        let utf8 = text.utf8
        let end = utf8.distance(from: utf8.startIndex, to: index)
        let range = text.utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            var position = end
            while position > 0 {
                guard let (scalar, length) = StandaloneScalar.ending(at: position, in: bytes) else { return nil }
                guard Whitespace.isSpace(standalone: scalar) else { break }
                position -= length
            }
            let digitsEnd = position
            while position > 0, bytes[position - 1] >= 0x30, bytes[position - 1] <= 0x39 { position -= 1 }
            // What comes before must be a character of its own, or it may join the first digit (a prepended mark)
            // or be a space as a character only (U+2000).
            guard position == 0 || StandaloneScalar.ending(at: position, in: bytes) != nil else { return nil }
            return position..<digitsEnd
        }
        guard let range, let range else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[lower..<utf8.index(lower, offsetBy: range.count)]
    }

    // MARK: Which language a page is in

    /// The language of a page from its file name: `_intl.md` pages are English; `nil` when the name does not
    /// say. A name such as `_intl_jp.md` or `_intl_ko.md` is a language the reader does not read: ``unread``.
    /// The verbs the API names its read-only actions with (`DescribeInstances`, `GetFunction`): in both languages
    /// the action name is the same.
    static let readOnlyVerbs = ["Describe", "Get", "List", "Query", "Inquiry", "Check"]

    /// Whether `name` is a read-only action's name: a read-only verb followed by an upper-case letter (so
    /// `Checkout…` is not `Check`).
    static func isReadOnlyAction(_ name: String) -> Bool {
        readOnlyVerbs.contains { verb in name.hasPrefix(verb) && name.dropFirst(verb.count).first?.isUppercase == true }
    }

    static func language(ofFileName name: String) -> FileLanguage {
        guard name.hasSuffix(".md"), let marker = name.range(ofBytes: "_intl") else { return .unstated }
        let suffix = name[marker.upperBound...].dropLast(3)
        if suffix.isEmpty || suffix == "_en" { return .read(.en) }
        if suffix == "_cn" || suffix == "_zh" { return .read(.zh) }
        return .unread(String(suffix.dropFirst()))
    }

    /// What a file name says of its page's language.
    enum FileLanguage: Equatable {
        case unstated
        case read(DocLanguage)
        case unread(String)
    }

    /// The language of a page whose name does not say: English when a section title or a table header is
    /// English, else Chinese.
    static func language(of sections: [PageSection]) -> DocLanguage {
        for section in sections {
            if english.titles.values.contains(where: { $0.contains { section.title.hasPlainPrefix($0) } }) { return .en }
            if chinese.titles.values.contains(where: { $0.contains { section.title.hasPlainPrefix($0) } }) { return .zh }
            if let table = section.tables.first {
                let columns = table.columns
                if columns.has(.name, .type) { return columns.isEnglish ? .en : .zh }
            }
        }
        return .zh
    }
}

extension StringProtocol {
    /// The text with ASCII capitals lowered and every other byte kept, so UTF-8 offsets stay the same.
    func lowercasedASCII() -> String {
        guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(self) }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
