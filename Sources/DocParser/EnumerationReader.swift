import DocModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads enumerations a description lists, in the shapes real pages use:
/// `<li>KEY：desc</li>` items, `KEY：desc<br/>` lines, `A &#124; B`, and `可选值：A、B` / `可选值：1-启用；0-不启用`.
enum EnumerationReader {
    /// The allowed values in `description` (DocC Markdown, one list item or `<br/>` line per line).
    static func values(in description: String, language: DocLanguage) -> [AllowedValue] {
        // Every shape needs a colon (list items, keyed lines), `值` (the markers) or a pipe.
        guard
            description.containsByte(0x3A) || description.containsByte(0x7C) || description.containsBytes("：")
                || description.containsBytes("值")
        else { return [] }
        // Most Chinese descriptions list nothing, which their bytes tell (see `mayListValues`).
        if language == .zh, !mayListValues(description) { return [] }
        return readValues(in: description, language: language)
    }

    /// ``values(in:language:)`` read line by line, every shape tried.
    static func readValues(in description: String, language: DocLanguage) -> [AllowedValue] {
        let lines = description.lineSlices(omittingEmpty: true).map { $0.trimmedSlice(" ") }
        let listLines = lines.filter { $0.hasPlainPrefix(listItemPrefix) }
        let items = listLines.compactMap { keyed($0.dropFirst(2), language: language) }
        if !items.isEmpty && items.count == listLines.count { return unique(items) }
        let keyedLines = lines.compactMap { keyed($0, language: language) }
        if keyedLines.count >= 2 { return unique(keyedLines) }
        for line in lines {
            let listed = language == .zh ? afterMarker(line) : afterEnglishMarker(String(line))
            if let listed { return unique(listed) }
        }
        for line in lines {
            if let piped = pipeSeparated(line) { return unique(piped) }
        }
        return []
    }

    /// What starts a list item's line.
    private static let listItemPrefix: PlainPrefix = "- "

    /// `KEY：desc` where KEY is a wire value (ASCII letters, digits, `_-.`; in English also in backticks);
    /// `nil` otherwise.
    static func keyed(_ text: Substring, language: DocLanguage = .zh) -> AllowedValue? {
        guard let colon = keyColon(text, language: language) ?? text.firstIndex(where: { $0.isOne(of: "：:") }) else {
            return nil
        }
        let key = text[..<colon].trimmed(language == .en ? " `" : " ")
        guard isWireValue(key) else { return nil }
        var description = Substring(text[text.index(after: colon)...].trimmed(" "))
        while let last = description.last, last.isOne(of: "；;。，,") { description = description.dropLast() }
        return AllowedValue(value: key, description: String(description))
    }

    /// Where ``keyed(_:language:)``'s colon is, told from the bytes (most lines are not keyed, and this tells them
    /// without making characters): `.some(nil)` where the bytes before the first `:` or `：`, trimmed, are no wire
    /// value, so no key is found (the first colon character is at or after the first colon byte, a key that runs
    /// past that byte holds a colon, and the spaces trimmed and a key's characters are single bytes); the colon's
    /// index where they are one and the scalar after the colon is a ``StandaloneScalar`` (or there is none), so the
    /// colon is a character of its own; `nil` where the characters must tell.
    private static func keyColon(_ text: Substring, language: DocLanguage) -> Substring.Index?? {
        enum Finding { case noKey, colon(Int), unknown }
        let finding =
            text.utf8.withContiguousStorageIfAvailable { bytes -> Finding in
                guard let colon = keyColon(bytes[...], language: language) else { return .noKey }
                let after = colon.offset + colon.length
                guard after == bytes.count || StandaloneScalar.at(after, in: bytes) != nil else { return .unknown }
                return .colon(colon.offset)
            } ?? .unknown
        switch finding {
        case .noKey: return .some(nil)
        case .colon(let offset): return .some(text.utf8.index(text.utf8.startIndex, offsetBy: offset))
        case .unknown: return nil
        }
    }

    /// The colon of the line `bytes` as ``keyColon(_:language:)`` reads it: trimmed bytes, then 1–64 wire-value
    /// bytes, then trimmed bytes and a colon (its offset and length); `nil` when the line is not that. Only the key
    /// is looked at.
    private static func keyColon(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, language: DocLanguage
    ) -> (offset: Int, length: Int)? {
        let isTrimmed = { (byte: UInt8) in byte == 0x20 || (language == .en && byte == 0x60) }
        var index = bytes.startIndex
        while index < bytes.endIndex, isTrimmed(bytes[index]) { index += 1 }
        let keyStart = index
        while index < bytes.endIndex, isWireByte(bytes[index]) { index += 1 }
        guard index > keyStart, index - keyStart <= 64 else { return nil }
        while index < bytes.endIndex, isTrimmed(bytes[index]) { index += 1 }
        guard index < bytes.endIndex else { return nil }
        if bytes[index] == 0x3A { return (index - bytes.startIndex, 1) }
        // `：` is EF BC 9A.
        guard bytes[index] == 0xEF, index + 2 < bytes.endIndex, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A else {
            return nil
        }
        return (index - bytes.startIndex, 3)
    }

    /// Whether a Chinese description may list values, told from its bytes: a pipe, a marker of
    /// ``afterMarker(_:)``, or a line (or a `- ` item's text) keyed by a wire value. Every shape ``values(in:language:)``
    /// reads needs one of them; text with a CR (where lines are split by characters) is always read in full.
    private static func mayListValues(_ description: String) -> Bool {
        if listMarkers.found(in: description) { return true }
        return description.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            // A pipe or a CR anywhere answers at once; then each line's start is looked at.
            if memchr(base, 0x7C, bytes.count) != nil || memchr(base, 0x0D, bytes.count) != nil { return true }
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd =
                    memchr(base + lineStart, 0x0A, bytes.count - lineStart).map { UnsafeRawPointer(base).distance(to: $0) }
                    ?? bytes.count
                var start = lineStart
                while start < lineEnd, bytes[start] == 0x20 { start += 1 }
                if keyColon(bytes[start..<lineEnd], language: .zh) != nil { return true }
                if lineEnd - start >= 2, bytes[start] == 0x2D, bytes[start + 1] == 0x20,
                    keyColon(bytes[(start + 2)..<lineEnd], language: .zh) != nil
                {
                    return true
                }
                lineStart = lineEnd + 1
            }
            return false
        } ?? true
    }

    /// Whether `byte` may be part of a wire value: an ASCII letter or digit, `_`, `-` or `.`.
    private static func isWireByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isLetterOrDigit(byte) || byte == 0x5F || byte == 0x2D
            || byte == 0x2E
    }

    /// What introduces the values ``afterMarker(_:)`` reads.
    private static let listMarkers = AnchoredMarkers(
        ["可选值：", "可选值:", "可选值为", "可取值：", "可取值为", "取值为：", "取值："], anchor: "值")

    /// `可选值：A、B、C`, `可选值：1-启用；0-不启用`, `取值：TCP，UDP`: every item must start with a wire value.
    static func afterMarker(_ line: Substring) -> [AllowedValue]? {
        guard listMarkers.found(in: line) else { return nil }
        for marker in listMarkers.all {
            guard let found = line.range(ofBytes: marker) else { continue }
            let rest = line[found.upperBound...]
            return listedFromBytes(rest) ?? listedFromCharacters(rest)
        }
        return nil
    }

    /// The values listed in `rest`, the text after a marker, read by characters (the rule): up to the first `。`,
    /// split at `、，,；;`, each item a wire value and its description; `nil` unless every item starts with a
    /// wire value and there are two or more.
    static func listedFromCharacters(_ rest: Substring) -> [AllowedValue]? {
        var rest = rest.drop { Whitespace.isSpace($0) }
        if let end = rest.firstIndex(where: { $0 == "。" }) { rest = rest[..<end] }
        let parts = rest.split(whereSeparator: { $0.isOne(of: "、，,；;") }).map { $0.trimmed(" ") }.filter { !$0.isEmpty }
        var values: [AllowedValue] = []
        for part in parts {
            let key = part.prefix { $0.isASCIILetterOrDigit || $0.isOne(of: "_.") }
            guard !key.isEmpty else { return nil }
            let description = part.dropFirst(key.count).drop { $0.isOne(of: " -－：:（(") }
            values.append(AllowedValue(value: String(key), description: String(description.trimmed(" ）)"))))
        }
        return values.count >= 2 ? values : nil
    }

    /// ``listedFromCharacters(_:)`` read from the UTF-8 bytes, or `.none` where the bytes cannot tell: every scalar
    /// of `rest` must be a ``StandaloneScalar`` (then each character is one scalar, and reading scalars is reading
    /// characters); anything else is left to the characters.
    static func listedFromBytes(_ rest: Substring) -> [AllowedValue]?? {
        rest.utf8.withContiguousStorageIfAvailable { bytes -> [AllowedValue]?? in
            var end = bytes.count
            var index = 0
            while index < bytes.count {
                guard let (scalar, length) = StandaloneScalar.at(index, in: bytes) else { return .none }
                if scalar == 0x3002, end == bytes.count { end = index }
                index += length
            }
            let start = skipping(bytes, from: 0, to: end, while: Whitespace.isSpace(standalone:))
            var values: [AllowedValue] = []
            var partStart = start
            index = start
            while index <= end {
                let scalar = index < end ? StandaloneScalar.at(index, in: bytes) : nil
                if let (value, length) = scalar, !isListSeparator(value) {
                    index += length
                    continue
                }
                if let item = listedItem(bytes, from: partStart, to: index) {
                    guard let item else { return .some(nil) }
                    values.append(item)
                }
                index += scalar?.length ?? 1
                partStart = index
            }
            return .some(values.count >= 2 ? values : nil)
        } ?? .none
    }

    /// The item of ``listedFromBytes(_:)`` in `bytes[start..<end]` (all standalone scalars): `.none` when it is
    /// empty once trimmed, `.some(nil)` when it does not start with a wire value.
    private static func listedItem(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> AllowedValue?? {
        let (start, end) = trimmed(bytes, from: start, to: end) { $0 == 0x20 }
        guard start < end else { return .none }
        var keyEnd = start
        while keyEnd < end, isKeyByte(bytes[keyEnd]) { keyEnd += 1 }
        guard keyEnd > start else { return .some(nil) }
        let descriptionStart = skipping(bytes, from: keyEnd, to: end, while: isDescriptionLead)
        let description = trimmed(bytes, from: descriptionStart, to: end) { $0 == 0x20 || $0 == 0xFF09 || $0 == 0x29 }
        return .some(
            AllowedValue(
                value: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<keyEnd]), as: UTF8.self),
                description: String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[description.start..<description.end]), as: UTF8.self)))
    }
    /// Whether `scalar` separates the items of ``listedFromCharacters(_:)``: `、，,；;`.
    private static func isListSeparator(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3001, 0xFF0C, 0x2C, 0xFF1B, 0x3B: true
        default: false
        }
    }

    /// Whether `scalar` is dropped before an item's description by ``listedFromCharacters(_:)``: ` -－：:（(`.
    private static func isDescriptionLead(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x2D, 0xFF0D, 0xFF1A, 0x3A, 0xFF08, 0x28: true
        default: false
        }
    }

    /// Whether `byte` may be in an item's key: an ASCII letter or digit, `_` or `.`.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isLetterOrDigit(byte) || byte == 0x5F || byte == 0x2E
    }

    /// The offset of the first scalar of `bytes[start..<end]` (all standalone scalars) that `isSkipped` does not
    /// accept, or `end`.
    private static func skipping(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, while isSkipped: (UInt32) -> Bool
    ) -> Int {
        var start = start
        while start < end, let (scalar, length) = StandaloneScalar.at(start, in: bytes), isSkipped(scalar) { start += length }
        return start
    }

    /// `bytes[start..<end]` (all standalone scalars) without the scalars `isTrimmed` accepts at either end.
    private static func trimmed(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, where isTrimmed: (UInt32) -> Bool
    ) -> (start: Int, end: Int) {
        let start = skipping(bytes, from: start, to: end, while: isTrimmed)
        var end = end
        while end > start, let (scalar, length) = StandaloneScalar.ending(at: end, in: bytes), isTrimmed(scalar) { end -= length }
        return (start, end)
    }

    /// `Valid values: A, B, and C`, `Values: 0 (off), 1 (on)`: every item must start with a wire value.
    static func afterEnglishMarker(_ line: String) -> [AllowedValue]? {
        guard line.utf8.contains(0x3A) || line.containsBytes(" are ") else { return nil }
        let text = EnglishText(line)
        guard let found = text.range(ofFirst: ["valid values:", "valid values are", "values:", "value range:", "options:"])
        else { return nil }
        var rest = line[found.upperBound...].drop { Whitespace.isSpace($0) }
        if let end = rest.range(ofBytes: ". ") { rest = rest[..<end.lowerBound] }
        while rest.last == "." { rest = rest.dropLast() }
        var values: [AllowedValue] = []
        for part in rest.split(whereSeparator: { $0.isOne(of: ",;") }) {
            var item = Substring(part.trimmed(" `"))
            for conjunction in ["and ", "or "] where item.hasPrefix(conjunction) { item = item.dropFirst(conjunction.count) }
            item = Substring(item.trimmed(" `"))
            guard !item.isEmpty else { continue }
            let key = item.prefix { $0.isASCIILetterOrDigit || $0.isOne(of: "_.-") }
            guard !key.isEmpty, key.count == item.count || item[key.endIndex].isOne(of: " :(`") else { return nil }
            let description = item.dropFirst(key.count).drop { $0.isOne(of: " -:(`") }
            values.append(AllowedValue(value: String(key), description: String(description.trimmed(" )"))))
        }
        return values.count >= 2 ? values : nil
    }

    /// `HTTP | HTTPS | TCP` (the page's `&#124;`): two or more wire values and nothing else.
    static func pipeSeparated(_ line: Substring) -> [AllowedValue]? {
        guard line.containsBytes("|") else { return nil }
        let parts = line.split(separator: "|").map { $0.trimmed(" ") }
        guard parts.count >= 2, parts.allSatisfy(isWireValue) else { return nil }
        return parts.map { AllowedValue(value: $0) }
    }

    private static func isWireValue(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy(isWireByte)
    }

    private static func unique(_ values: [AllowedValue]) -> [AllowedValue] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0.value).inserted }
    }
}
