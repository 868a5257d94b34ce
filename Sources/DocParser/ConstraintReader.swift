import DocModel

/// Reads facts stated in a description's prose: nullability, ranges, defaults, array limits, examples,
/// enumerations and deprecation.
enum ConstraintReader {
    /// The constraints `description` (plain DocC Markdown) states for a value of `type`.
    static func constraints(from description: String, type: TypeReference) -> Constraints {
        var constraints = Constraints()
        let flat = description.replacingNewlines()
        constraints.isNullable = flat.containsBytes("可能返回 null") || flat.containsBytes("可能返回null")
        constraints.isDeprecated = flat.containsBytes("已废弃") || flat.containsBytes("已弃用") || flat.containsBytes("旧参数")
        if case .array = type {
            constraints.maxCount = maxCount(in: flat)
        }
        if type.isNumeric, let range = range(in: flat) {
            constraints.minimum = range.0
            constraints.maximum = range.1
        }
        constraints.defaultValue = value(after: ["默认值为", "默认值是", "默认值：", "默认值:", "默认为", "默认是", "缺省为"], in: flat)
        constraints.example = value(after: ["示例值：", "示例值:"], in: flat)
        constraints.allowedValues = EnumerationReader.values(in: description)
        constraints.unit = value(after: ["单位：", "单位:", "单位为", "单位是"], in: flat).map {
            String($0.prefix { $0 != "（" && $0 != "(" })
        }
        if type.isNumeric {
            constraints.maximum = constraints.maximum ?? bound(after: ["最大值为", "最大值：", "最大值:", "最大为", "上限为", "上限："], in: flat)
            constraints.minimum = constraints.minimum ?? bound(after: ["最小值为", "最小值：", "最小值:", "最小为", "下限为"], in: flat)
        }
        if let marker = flat.range(ofBytes: "请切换到") {
            let name = flat[marker.upperBound...].drop { Whitespace.isSpace($0) }
                .prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
            if !name.isEmpty { constraints.replacement = String(name) }
        }
        return constraints
    }

    /// `取值范围：[0, 100]`, `取值范围0~100`, `范围为 1-65535`: the two bounds.
    static func range(in text: String) -> (Double, Double)? {
        for marker in ["取值范围", "范围"] {
            var search = Substring(text)
            while let found = search.range(ofBytes: marker) {
                var rest = search[found.upperBound...]
                rest = rest.drop { "：:是为 [［(（\u{00A0}".contains($0) }
                if let (low, afterLow) = number(at: rest) {
                    var middle = afterLow.drop { Whitespace.isSpace($0) }
                    if let separator = middle.first, "~～-－,，至到".contains(separator) {
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
    static func bound(after markers: [String], in text: String) -> Double? {
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
            if let (count, after) = number(at: rest), count == count.rounded(), count > 0 {
                let unit = after.drop { Whitespace.isSpace($0) }.first
                if marker.hasPrefix("数组") || unit == "个" || unit == "条" { return Int(count) }
            }
        }
        return nil
    }

    /// The token after the first of `markers`: up to a space or Chinese/ASCII punctuation.
    static func value(after markers: [String], in text: String) -> String? {
        for marker in markers {
            guard let found = text.range(ofBytes: marker) else { continue }
            let rest = text[found.upperBound...].drop { Whitespace.isSpace($0) || $0 == "：" || $0 == ":" }
            let token = rest.prefix { !Whitespace.isSpace($0) && !"，。,；;）)、\n".contains($0) }
            if !token.isEmpty { return String(token) }
        }
        return nil
    }

    /// A decimal number at the start of `text` and what follows it.
    static func number(at text: Substring) -> (Double, Substring)? {
        var end = text.startIndex
        if end < text.endIndex, text[end] == "-" { end = text.index(after: end) }
        let digitsStart = end
        while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." {
            end = text.index(after: end)
        }
        guard end > digitsStart, let value = Double(text[text.startIndex..<end]) else { return nil }
        return (value, text[end...])
    }
}

extension String {
    /// The text on one line: line breaks become spaces.
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
