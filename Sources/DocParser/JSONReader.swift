import DocModel

/// Reads an example's JSON text into a ``JSONValue`` straight from its UTF-8 bytes.
///
/// It reads what Foundation's `JSONDecoder` read here before it, and rejects what that rejected: any value at the
/// top with whitespace around it, a trailing comma before `]` or `}` allowed, no comments, leading zeros or
/// unescaped control characters in a value that is read, a lone surrogate escape an error. A key given twice
/// keeps its first value, and the later one is only skipped over, as `JSONDecoder`'s scanner does (a number there
/// is any run of number characters, an escape any character). A number is ``JSONValue/integer(_:)`` when it has
/// an `Int64` value: written as one (`-12`), or with a fraction or an exponent whose exact value is a whole number
/// (`3.0`, `3e2`, `1234567890123456781e0`) below 2^63 (JSONDecoder's bound for those), else
/// ``JSONValue/number(_:)``, a finite double (past 15 significant digits with a fraction, where no double is exact,
/// JSONDecoder's kind follows its roundings and this reader's the exact value). `ExampleJSONTests` holds it against `JSONDecoder` on every example of
/// the real pages and on random texts. Decoding through `Decodable`, which guessed each value's kind in turn, cost
/// more than all the rest of reading an example.
enum JSONReader {
    /// The deepest nesting of arrays and objects read (as `JSONDecoder`, which stops at the same depth).
    static let maximumDepth = 512

    /// `text` as a JSON value, or `nil` when it is not JSON.
    static func value(_ text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Cursor(bytes: bytes)
            reader.skipWhitespace()
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipWhitespace()
            return reader.index == bytes.count ? value : nil
        }
    }

    /// A position in the bytes and the reading from there.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// Reads `literal` (`true`, `false`, `null`) at the cursor.
        private mutating func skip(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard bytes.count - index >= count else { return false }
            let start = literal.utf8Start
            for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
            index += count
            return true
        }

        mutating func value(depth: Int) -> JSONValue? {
            switch current {
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "{"): return object(depth: depth + 1)
            case UInt8(ascii: "["): return array(depth: depth + 1)
            case UInt8(ascii: "t"): return skip("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return skip("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return skip("null") ? .null : nil
            case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39): return number()
            default: return nil
            }
        }

        private mutating func object(depth: Int) -> JSONValue? {
            var object: [String: JSONValue] = [:]
            let isRead = members(closedBy: UInt8(ascii: "}"), depth: depth) { cursor in
                guard let key = cursor.key() else { return false }
                if object[key] != nil { return cursor.skipValue(depth: depth) }
                guard let member = cursor.value(depth: depth) else { return false }
                object[key] = member
                return true
            }
            return isRead ? .object(object) : nil
        }

        private mutating func array(depth: Int) -> JSONValue? {
            var array: [JSONValue] = []
            let isRead = members(closedBy: UInt8(ascii: "]"), depth: depth) { cursor in
                guard let element = cursor.value(depth: depth) else { return false }
                array.append(element)
                return true
            }
            return isRead ? .array(array) : nil
        }

        /// Reads an array's or object's members from its opening bracket to `close`, at nesting `depth`: `member`
        /// reads one (true when it could), they are separated by commas, and a comma before the close is allowed
        /// (as `JSONDecoder` allows it) where an empty member is not.
        private mutating func members(closedBy close: UInt8, depth: Int, _ member: (inout Cursor) -> Bool) -> Bool {
            guard depth <= JSONReader.maximumDepth else { return false }
            index += 1
            skipWhitespace()
            if current == close {
                index += 1
                return true
            }
            while true {
                skipWhitespace()
                guard member(&self) else { return false }
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","):
                    index += 1
                    skipWhitespace()
                    if current == close {
                        index += 1
                        return true
                    }
                case close:
                    index += 1
                    return true
                default: return false
                }
            }
        }

        /// An object member's key and its colon; the cursor ends where the value starts.
        private mutating func key() -> String? {
            guard current == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { return nil }
            index += 1
            skipWhitespace()
            return key
        }

        /// A string at the opening quote; the cursor ends after the closing one.
        private mutating func string() -> String? {
            index += 1
            let start = index
            // Most strings have no escapes: they are their bytes.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return String(decoding: scalars, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { return nil }
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
                    case UInt8(ascii: "b"): scalars.append(0x08)
                    case UInt8(ascii: "f"): scalars.append(0x0C)
                    case UInt8(ascii: "n"): scalars.append(0x0A)
                    case UInt8(ascii: "r"): scalars.append(0x0D)
                    case UInt8(ascii: "t"): scalars.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let scalar = unicodeEscape() else { return nil }
                        scalars.append(contentsOf: UTF8.encode(scalar)!)
                    default: return nil
                    }
                case 0..<0x20:
                    return nil
                default:
                    scalars.append(byte)
                    index += 1
                }
            }
            return nil
        }

        /// The scalar of `\uXXXX` (the cursor after the `u`), a surrogate pair read as one.
        private mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hexQuad() else { return nil }
            if high < 0xD800 || high > 0xDFFF { return Unicode.Scalar(high) }
            guard high < 0xDC00, bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            index += 2
            guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }

        private mutating func hexQuad() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
        private mutating func number() -> JSONValue? {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, first >= 0x30, first <= 0x39 else { return nil }
            index += 1
            if first == 0x30, let next = current, next >= 0x30, next <= 0x39 { return nil }
            skipDigits()
            var isInteger = true
            if current == UInt8(ascii: ".") {
                index += 1
                guard skipDigits() > 0 else { return nil }
                isInteger = false
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard skipDigits() > 0 else { return nil }
                isInteger = false
            }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
            let spelled = String(decoding: text, as: UTF8.self)
            if isInteger, let integer = Int64(spelled) { return .integer(integer) }
            guard let double = Double(spelled), double.isFinite else { return nil }
            if !isInteger, let integer = JSONReader.wholeNumber(text) ?? (double == 0 ? 0 : nil) { return .integer(integer) }
            return .number(double)
        }

        /// Steps over a value that is not read (a repeated key's), checking only what `JSONDecoder`'s scanner
        /// checks: the brackets, separators and literals, a string's end (`\\u` and four characters, or `\\` and
        /// one), a number's first character.
        private mutating func skipValue(depth: Int) -> Bool {
            switch current {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        index += 1
                        return true
                    case UInt8(ascii: "\\"):
                        index += index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "u") ? 6 : 2
                    default: index += 1
                    }
                }
                return false
            case UInt8(ascii: "{"):
                // A skipped object's keys are not read either: only where they end.
                return members(closedBy: UInt8(ascii: "}"), depth: depth + 1) { cursor in
                    guard cursor.current == UInt8(ascii: "\""), cursor.skipValue(depth: depth + 1) else { return false }
                    cursor.skipWhitespace()
                    guard cursor.current == UInt8(ascii: ":") else { return false }
                    cursor.index += 1
                    cursor.skipWhitespace()
                    return cursor.skipValue(depth: depth + 1)
                }
            case UInt8(ascii: "["):
                return members(closedBy: UInt8(ascii: "]"), depth: depth + 1) { $0.skipValue(depth: depth + 1) }
            case UInt8(ascii: "t"): return skip("true") && isAtDelimiter
            case UInt8(ascii: "f"): return skip("false") && isAtDelimiter
            case UInt8(ascii: "n"): return skip("null") && isAtDelimiter
            case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
                while let byte = current,
                    (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                {
                    index += 1
                }
                return isAtDelimiter
            default: return false
            }
        }

        /// Whether a scalar value may end here: at the end, whitespace, `,`, `]` or `}`.
        private var isAtDelimiter: Bool {
            switch current {
            case nil, 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): true
            default: false
            }
        }

        @discardableResult
        private mutating func skipDigits() -> Int {
            let start = index
            while let byte = current, byte >= 0x30, byte <= 0x39 { index += 1 }
            return index - start
        }
    }

    /// The value of a valid JSON number with a fraction or an exponent when it is exactly a whole number with a
    /// magnitude below 2^63 (as `Double` rounds it: JSONDecoder's bound; down to -(2^63 - 1)), else `nil`. Digits
    /// past the 38th significant one are dropped, as `Decimal` does.
    static func wholeNumber(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        let isNegative = text.first == UInt8(ascii: "-")
        if isNegative { index += 1 }
        var digits: [UInt8] = []
        var pointShift = 0
        var seenPoint = false
        while index < text.count, text[index] != UInt8(ascii: "e"), text[index] != UInt8(ascii: "E") {
            let byte = text[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            if digits.count < 38 && (byte != 0x30 || !digits.isEmpty) {
                digits.append(byte - 0x30)
                if seenPoint { pointShift -= 1 }
            } else if digits.isEmpty ? seenPoint : !seenPoint {
                // A leading zero after the point, or a dropped digit before it.
                pointShift += digits.isEmpty ? -1 : 1
            }
        }
        var exponent = 0
        if index < text.count {
            index += 1
            var negativeExponent = false
            if text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
                negativeExponent = text[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < text.count {
                exponent = min(exponent * 10 + Int(text[index] - 0x30), 100_000)
                index += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        guard !digits.isEmpty else { return 0 }
        while digits.last == 0 {
            digits.removeLast()
            pointShift += 1
        }
        // The value is digits × 10^scale: whole when scale ≥ 0.
        let scale = exponent + pointShift
        guard scale >= 0, digits.count + scale <= 19 else { return nil }
        var magnitude: UInt64 = 0
        for digit in digits { magnitude = magnitude * 10 + UInt64(digit) }
        for _ in 0..<scale {
            let (product, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            magnitude = product
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        if isNegative { return -Int64(magnitude) }
        return Double(magnitude) < 0x1p63 ? Int64(magnitude) : nil
    }
}
