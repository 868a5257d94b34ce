import DocModel

extension ConstraintReader {
    /// The facts an English description states, the counterparts of the Chinese markers: `may return null`,
    /// `deprecated`, `Value range: 1-100`, `Default value: 10`, `Example value: …`, `Unit: second`,
    /// `Maximum value: 100`, `up to 20 …` for arrays, set in `constraints` (the enumerations are read by
    /// ``constraints(of:language:)``).
    static func english(_ description: String, type: TypeReference, into constraints: inout Constraints) {
        let flat = description.replacingNewlines()
        let text = EnglishText(flat)
        constraints.isNullable = text.contains("may return null")
        constraints.isDeprecated = text.contains("deprecated") || text.contains("has been discarded")
        if constraints.isDeprecated, let marker = text.range(of: "use ") {
            let name = flat[marker.upperBound...].prefix { $0.isASCIILetterOrDigit || $0 == "_" || $0 == "." }
            let after = flat[marker.upperBound...].dropFirst(name.count).drop { Whitespace.isSpace($0) }
            if name.first?.isUppercase == true, after.lowercasedASCII().hasPrefix("instead") {
                constraints.replacement = String(name)
            }
        }
        if case .array = type { constraints.maxCount = englishMaxCount(in: text, flat) }
        if type.isNumeric {
            if let range = englishRange(in: text, flat) {
                constraints.minimum = range.0
                constraints.maximum = range.1
            }
            constraints.maximum =
                constraints.maximum
                ?? text.range(ofFirst: ["maximum value:", "maximum value is", "max value:", "maximum:"]).flatMap {
                    number(at: flat[$0.upperBound...].drop { Whitespace.isSpace($0) || $0 == "`" })?.0
                }
            constraints.minimum =
                constraints.minimum
                ?? text.range(ofFirst: ["minimum value:", "minimum value is", "min value:", "minimum:"]).flatMap {
                    number(at: flat[$0.upperBound...].drop { Whitespace.isSpace($0) || $0 == "`" })?.0
                }
        }
        constraints.defaultValue = text.range(ofFirst: ["default value:", "default value is", "defaults to", "default:"])
            .flatMap { token(after: $0, in: flat) }
        constraints.example = text.range(ofFirst: ["example value:", "sample value:"]).flatMap { token(after: $0, in: flat) }
        constraints.unit = text.range(ofFirst: ["unit:", "unit is"]).flatMap { token(after: $0, in: flat) }
    }

    /// `Value range: 1-100`, `value range: [0, 100]`, `Valid range: 1–65535`, `range: 1 to 10`: the two bounds.
    private static func englishRange(in text: EnglishText, _ flat: String) -> (DecimalNumber, DecimalNumber)? {
        for marker in ["value range", "valid range", "range:", "range is", "ranges from"] {
            var searchFrom = flat.startIndex
            while let found = text.range(of: marker, from: searchFrom) {
                var rest = flat[found.upperBound...]
                rest = rest.drop { $0.isOne(of: ": [(`") || Whitespace.isSpace($0) }
                if rest.lowercasedASCII().hasPrefix("from ") { rest = rest.dropFirst(5) }
                if let (low, afterLow) = number(at: rest) {
                    var middle = afterLow.drop { Whitespace.isSpace($0) || $0 == "`" }
                    if let separator = middle.first, separator.isOne(of: "~-–,") {
                        middle = middle.dropFirst()
                    } else if middle.lowercasedASCII().hasPrefix("to ") {
                        middle = middle.dropFirst(3)
                    } else {
                        middle = ""
                    }
                    middle = middle.drop { Whitespace.isSpace($0) || $0 == "`" }
                    if let (high, _) = number(at: middle), low <= high { return (low, high) }
                }
                searchFrom = found.upperBound
            }
        }
        return nil
    }

    /// `up to 20 instances`, `a maximum of 100 IDs`, `at most 5 …`: the largest element count (not a length,
    /// a size or a duration).
    private static func englishMaxCount(in text: EnglishText, _ flat: String) -> Int? {
        let units: Set<String> = [
            "character", "characters", "byte", "bytes", "kb", "mb", "gb", "tb", "day", "days", "hour", "hours",
            "minute", "minutes", "second", "seconds", "ms", "month", "months", "year", "years", "requests", "times",
            "digits", "decimal", "chars", "letters", "words",
        ]
        for marker in ["up to ", "a maximum of ", "at most ", "maximum of "] {
            var searchFrom = flat.startIndex
            while let found = text.range(of: marker, from: searchFrom) {
                searchFrom = found.upperBound
                guard let (number, after) = number(at: flat[found.upperBound...]),
                    let count = number.int64Value.flatMap({ Int(exactly: $0) }), count > 0
                else { continue }
                let word = after.drop { Whitespace.isSpace($0) }.prefix { $0.isASCIILetter }.lowercased()
                if !units.contains(word) { return count }
            }
        }
        return nil
    }

    /// The value after a marker: up to a space, a comma, a semicolon or a bracket, without a closing period or
    /// backticks.
    private static func token(after marker: Range<String.Index>, in flat: String) -> String? {
        let rest = flat[marker.upperBound...].drop { Whitespace.isSpace($0) || $0 == ":" || $0 == "`" }
        var token = rest.prefix { !Whitespace.isSpace($0) && !$0.isOne(of: ",;()<`\n") }
        while let last = token.last, last == "." || last == "。" { token = token.dropLast() }
        return token.isEmpty ? nil : String(token)
    }
}

/// English prose searched without regard to ASCII case; ranges are the original text's (offsets are equal).
struct EnglishText {
    private let original: String
    private let lowered: String

    init(_ text: String) {
        original = text
        lowered = text.lowercasedASCII()
    }

    func contains(_ marker: String) -> Bool { lowered.containsBytes(marker) }

    /// The first of `markers` found, as a range of the original text.
    func range(ofFirst markers: [String]) -> Range<String.Index>? {
        for marker in markers { if let found = range(of: marker) { return found } }
        return nil
    }

    /// `marker` at or after `start`, as a range of the original text.
    func range(of marker: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let offset = start.map { original.utf8.distance(from: original.startIndex, to: $0) } ?? 0
        let from = lowered.utf8.index(lowered.startIndex, offsetBy: offset)
        guard let found = lowered[from...].range(ofBytes: marker) else { return nil }
        let lower = original.utf8.index(
            original.startIndex, offsetBy: lowered.utf8.distance(from: lowered.startIndex, to: found.lowerBound))
        return lower..<original.utf8.index(lower, offsetBy: marker.utf8.count)
    }
}
