/// A line of generated Swift as an emitter writes it, `"let \(name): \(type)"`: its literal text and the values put
/// into it are copied as UTF-8 into the line's own bytes (``LineBytes``), which ``CodeWriter`` copies on. Writing a
/// line this way makes no `String` of it, and most lines no allocation either; making a `String` (with its growth
/// and checks at each piece) was a quarter of the generator's work.
struct SourceLine: ExpressibleByStringInterpolation {
    /// The text, when it is one literal.
    private var literal: StaticString?
    /// The text, when it was put together.
    private var bytes = LineBytes()

    init(stringLiteral literal: StaticString) {
        self.literal = literal
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Calls `body` with the line's UTF-8.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let literal { return literal.withUTF8Buffer(body) }
        return bytes.withUTF8(body)
    }
}

extension SourceLine: CustomStringConvertible {
    /// The line's text: what a line put into a `String` (rather than into another line) reads as.
    var description: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
}

extension SourceLine {

    /// Collects the pieces of an interpolated line.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes = LineBytes()

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append($0) }
        }

        mutating func appendInterpolation(_ text: String) {
            bytes.append(utf8Of: text)
        }

        mutating func appendInterpolation(_ text: Substring) {
            if text.utf8.withContiguousStorageIfAvailable({ bytes.append($0) }) == nil { bytes.append(utf8Of: String(text)) }
        }

        /// `text` as a string literal (``StringLiteral/quoted(_:)``), written straight into the line.
        mutating func appendInterpolation(quoted text: String) {
            StringLiteral.append(quoting: text, to: &bytes)
        }

        /// `lines` one after another with `separator` between them (an argument list).
        mutating func appendInterpolation(joined lines: [SourceLine], separator: StaticString) {
            for (index, line) in lines.enumerated() {
                if index > 0 { separator.withUTF8Buffer { bytes.append($0) } }
                line.withUTF8 { bytes.append($0) }
            }
        }

        /// A line made elsewhere, its bytes copied into this one.
        mutating func appendInterpolation(_ line: SourceLine) {
            line.withUTF8 { bytes.append($0) }
        }

        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            appendInterpolation(value.description)
        }
    }
}

/// Where UTF-8 text is written a piece at a time: a line's bytes, or an array of them.
protocol ByteSink {
    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteSink {
    /// Appends the UTF-8 of `text`.
    @inline(__always)
    mutating func append(utf8Of text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(byte: UInt8) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }
}

extension Array: ByteSink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}

/// The bytes of one line: kept in the value itself up to ``inlineCapacity`` bytes (most lines), so that making a
/// line allocates nothing and each piece is one copy; a longer line moves to an array.
struct LineBytes: ByteSink {
    /// The bytes a line holds in itself.
    private typealias Inline = InlineArray<128, UInt8>
    /// How many bytes a line holds without an array.
    static let inlineCapacity = Inline.count

    private var inline = Inline(repeating: 0)
    private var inlineCount = 0
    /// The whole line, once it outgrew ``inlineCapacity``.
    private var spilled: [UInt8]?

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let start = inlineCount
        guard spilled == nil, start + bytes.count <= Self.inlineCapacity else { return spill(bytes) }
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        withUnsafeMutableBytes(of: &inline) {
            $0.baseAddress.unsafelyUnwrapped.advanced(by: start).copyMemory(from: source, byteCount: bytes.count)
        }
        inlineCount = start + bytes.count
    }

    /// Appends `bytes` to the array the line moved to, moving it there first.
    private mutating func spill(_ bytes: UnsafeBufferPointer<UInt8>) {
        var whole =
            spilled
            ?? withUTF8 {
                var whole = Array($0)
                whole.reserveCapacity(2 * (inlineCount + bytes.count))
                return whole
            }
        // Taken out, so that the array appended to is the only reference to its storage.
        spilled = nil
        whole.append(contentsOf: bytes)
        spilled = whole
    }

    /// Calls `body` with the bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let spilled { return spilled.withUnsafeBufferPointer(body) }
        let count = inlineCount
        return withUnsafeBytes(of: inline) {
            body(UnsafeBufferPointer(start: $0.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }
}
