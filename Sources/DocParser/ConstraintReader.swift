import DocModel

/// Reads facts stated in a description's prose: nullability, ranges, defaults, array limits, examples,
/// enumerations and deprecation.
enum ConstraintReader {
    /// The constraints `parameter`'s description (in `language`) states for a value of its type: facts are
    /// read from its ``Parameter/plainDescription`` (`取值范围：**2**-**10**` is a range), the enumerations'
    /// values from its Markdown ``Parameter/description`` (their descriptions become documentation). Read again
    /// whenever the type changes (a patch), so the facts always fit the type.
    static func constraints(of parameter: Parameter, language: DocLanguage) -> Constraints {
        constraints(
            description: parameter.description, plainDescription: parameter.plainDescription, type: parameter.type,
            language: language)
    }

    /// The facts of a parameter of `type` described as `description` (Markdown) and `plainDescription` (its fact
    /// text), read before the parameter is made (so a table's row makes it once, with them).
    static func constraints(
        description: String, plainDescription: String, type: TypeReference, language: DocLanguage
    ) -> Constraints {
        // Filled in place: built and returned through the language switch, the facts were copied once more.
        var constraints = Constraints()
        switch language {
        case .zh: chinese(plainDescription, type: type, into: &constraints)
        case .en: english(plainDescription, type: type, into: &constraints)
        }
        constraints.allowedValues = EnumerationReader.values(in: description, language: language).map {
            var value = $0
            value.outcome = outcome(of: value.description)
            return value
        }
        return constraints
    }

    /// How a value described as `description` ends something: a failure when it says 失败 or fail (in either
    /// language, so `失败` and `Failed` read alike), else a success when it says 成功, success or succeed(ed).
    static func outcome(of description: String) -> AllowedValue.Outcome? {
        // Its ASCII letters lowered only, as the words looked for are: no other letter lowers to one of theirs but
        // `İ`, which lowers to `i` and a combining dot, a pair these words never hold (`lowercased()` normalizes all
        // of a Chinese text's characters for that).
        let text = description.lowercasedASCII()
        if text.containsBytes("失败") || text.containsBytes("fail") { return .failure }
        if text.containsBytes("成功") || text.containsBytes("success") || text.containsBytes("succeed") { return .success }
        return nil
    }

    /// The facts a Chinese description states, but its enumerations, set in `constraints`.
    private static func chinese(_ description: String, type: TypeReference, into constraints: inout Constraints) {
        // Every marker below holds one of these pairs of characters; most descriptions hold none, so one pass
        // over the text decides which searches can find anything (a pair never spans a line break, so the
        // original text tells what the flattened one holds).
        let hints = MarkerHints(description)
        guard !hints.isEmpty else { return }
        let flat = description.replacingNewlines()
        if hints.contains("可能") {
            constraints.isNullable = flat.containsBytes("可能返回 null") || flat.containsBytes("可能返回null")
        }
        if hints.contains("已废") || hints.contains("已弃") || hints.contains("旧参") {
            constraints.isDeprecated = flat.containsBytes("已废弃") || flat.containsBytes("已弃用") || flat.containsBytes("旧参数")
        }
        if case .array = type, hints.contains("数组") || hints.contains("最多") || hints.contains("最大") {
            constraints.maxCount = maxCount(in: flat)
        }
        if type.isNumeric, hints.contains("范围"), let range = range(in: flat) {
            constraints.minimum = range.0
            constraints.maximum = range.1
        }
        if hints.contains("默认") || hints.contains("缺省") {
            constraints.defaultValue = value(after: ["默认值为", "默认值是", "默认值：", "默认值:", "默认为", "默认是", "缺省为"], in: flat)
        }
        if hints.contains("示例") {
            constraints.example = value(after: ["示例值：", "示例值:"], in: flat)
        }
        if hints.contains("单位") {
            constraints.unit = value(after: ["单位：", "单位:", "单位为", "单位是"], in: flat).map {
                String($0.prefix { $0 != "（" && $0 != "(" })
            }
        }
        if type.isNumeric {
            if hints.contains("最大") || hints.contains("上限") {
                constraints.maximum =
                    constraints.maximum ?? bound(after: ["最大值为", "最大值：", "最大值:", "最大为", "上限为", "上限："], in: flat)
            }
            if hints.contains("最小") || hints.contains("下限") {
                constraints.minimum = constraints.minimum ?? bound(after: ["最小值为", "最小值：", "最小值:", "最小为", "下限为"], in: flat)
            }
        }
        if hints.contains("请切"), let marker = flat.range(ofBytes: "请切换到") {
            let name = flat[marker.upperBound...].drop { Whitespace.isSpace($0) }
                .prefix { $0.isASCIILetterOrDigit || $0 == "_" || $0 == "." }
            if !name.isEmpty { constraints.replacement = String(name) }
        }
    }

    /// `取值范围：[0, 100]`, `取值范围0~100`, `范围为 1-65535`: the two bounds.
    static func range(in text: String) -> (DecimalNumber, DecimalNumber)? {
        for marker in ["取值范围", "范围"] {
            var search = Substring(text)
            while let found = search.range(ofBytes: marker) {
                var rest = search[found.upperBound...]
                rest = rest.drop { $0.isOne(of: "：:是为 [［(（\u{00A0}") }
                if let (low, afterLow) = number(at: rest) {
                    var middle = afterLow.drop { Whitespace.isSpace($0) }
                    if let separator = middle.first, separator.isOne(of: "~～-－,，至到") {
                        middle = middle.dropFirst().drop { Whitespace.isSpace($0) }
                        if let (high, _) = number(at: middle), low <= high { return (low, high) }
                    }
                }
                search = search[found.upperBound...]
            }
        }
        return nil
    }

    /// The number right after the first of `markers`.
    static func bound(after markers: [String], in text: String) -> DecimalNumber? {
        for marker in markers {
            guard let found = text.range(ofBytes: marker) else { continue }
            if let (value, _) = number(at: text[found.upperBound...].drop { Whitespace.isSpace($0) }) { return value }
        }
        return nil
    }

    /// `数组长度最大支持20`, `最多20个`, `最大支持20个`: the largest element count.
    static func maxCount(in text: String) -> Int? {
        for marker in ["数组长度最大支持", "数组长度最大为", "数组最大长度为", "最多支持", "最大支持", "最多"] {
            guard let found = text.range(ofBytes: marker) else { continue }
            let rest = text[found.upperBound...].drop { Whitespace.isSpace($0) }
            if let (number, after) = number(at: rest), let count = number.int64Value.flatMap({ Int(exactly: $0) }), count > 0 {
                let unit = after.drop { Whitespace.isSpace($0) }.first
                if marker.hasPrefix("数组") || unit == "个" || unit == "条" { return count }
            }
        }
        return nil
    }

    /// The token after the first of `markers`: up to a space or Chinese/ASCII punctuation.
    static func value(after markers: [String], in text: String) -> String? {
        for marker in markers {
            guard let found = text.range(ofBytes: marker) else { continue }
            let rest = text[found.upperBound...]
            let token = ValueToken.fromBytes(rest) ?? ValueToken.fromCharacters(rest)
            if !token.isEmpty { return String(token) }
        }
        return nil
    }

    /// A decimal number at the start of `text` and what follows it.
    static func number(at text: Substring) -> (DecimalNumber, Substring)? {
        var end = text.startIndex
        if end < text.endIndex, text[end] == "-" { end = text.index(after: end) }
        let digitsStart = end
        while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." {
            end = text.index(after: end)
        }
        guard end > digitsStart, let value = DecimalNumber(text[text.startIndex..<end]) else { return nil }
        return (value, text[end...])
    }
}

/// Which of the pairs of characters the constraint markers begin with (`默认` of `默认值为`) occur in a text, found
/// in one pass. Single characters were too common to rule much out (`示` is in `表示`, `单` in `单个`).
struct MarkerHints {
    private var found: UInt32 = 0

    init(_ text: String) {
        var text = text
        found = text.withUTF8 { bytes in
            var found: UInt32 = 0
            var index = 0
            // Every tracked character is a CJK ideograph (U+4E00–U+9FFF): three bytes with a lead of E4–E9.
            while index + 5 < bytes.count {
                let lead = bytes[index]
                guard lead >= 0xE4, lead <= 0xE9 else {
                    index += 1
                    continue
                }
                // A scalar's low six bits are its third byte's: most ideographs start no pair, which that tells
                // before the scalars are made.
                if Self.firsts & (1 << UInt64(bytes[index + 2] & 0x3F)) != 0, let first = Self.ideograph(at: index, in: bytes),
                    let second = Self.ideograph(at: index + 3, in: bytes), let bit = Self.bit(of: first, second)
                {
                    found |= 1 << bit
                }
                index += 3
            }
            return found
        }
    }

    /// Whether no tracked pair occurs.
    var isEmpty: Bool { found == 0 }

    /// Whether `pair` (two CJK ideographs) occurs; `true` for a pair this type does not track.
    func contains(_ pair: StaticString) -> Bool {
        pair.withUTF8Buffer { bytes in
            guard bytes.count == 6, let first = Self.ideograph(at: 0, in: bytes), let second = Self.ideograph(at: 3, in: bytes),
                let bit = Self.bit(of: first, second)
            else { return true }
            return found & (1 << bit) != 0
        }
    }

    /// The CJK ideograph (U+4E00–U+9FFF) whose three bytes start at `index`, or `nil`.
    private static func ideograph(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let lead = bytes[index]
        guard lead >= 0xE4, lead <= 0xE9, index + 2 < bytes.count else { return nil }
        return Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
    }

    /// The tracked pairs; a pair's bit is its index. The one table of them.
    private static let pairs: [(first: Unicode.Scalar, second: Unicode.Scalar)] = [
        ("可", "能"), ("已", "废"), ("已", "弃"), ("旧", "参"), ("数", "组"), ("最", "多"), ("最", "大"), ("最", "小"),
        ("范", "围"), ("默", "认"), ("缺", "省"), ("示", "例"), ("单", "位"), ("上", "限"), ("下", "限"), ("请", "切"),
    ]

    /// The low six bits of the pairs' first characters, as a set: most characters of a text are not in it, which
    /// two instructions tell.
    private static let firsts: UInt64 = pairs.reduce(0) { $0 | 1 << ($1.first.value & 63) }

    /// Whether `first` may be the first character of a pair (`false` for most characters).
    private static func mayStartPair(_ first: Unicode.Scalar) -> Bool {
        firsts & (1 << (first.value & 63)) != 0
    }

    /// The bit of the pair `first` `second`, or `nil`.
    private static func bit(of first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int? {
        guard mayStartPair(first) else { return nil }
        return pairs.firstIndex { $0.first == first && $0.second == second }
    }
}

extension String {
    /// The text on one line: line breaks become spaces (a CR LF pair, one character, stays).
    func replacingNewlines() -> String {
        guard containsByte(0x0A) else { return self }
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { result in
                for index in bytes.indices {
                    let isBreak = bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)
                    result[index] = isBreak ? 0x20 : bytes[index]
                }
                return bytes.count
            }
        }
    }
}
