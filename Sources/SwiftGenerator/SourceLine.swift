/// A line of generated Swift as an emitter writes it, `"let \(name): \(type)"`: its literal text and the values put
/// into it are copied as UTF-8 into one buffer, which ``CodeWriter`` copies on. Writing a line this way makes no
/// `String` of it; making one (with its growth and checks at each piece) was a quarter of the generator's work.
struct SourceLine: ExpressibleByStringInterpolation {
    /// The text, when it is one literal.
    private var literal: StaticString?
    /// The text, when it was put together.
    private var bytes: [UInt8] = []

    init(stringLiteral literal: StaticString) {
        self.literal = literal
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Calls `body` with the line's UTF-8.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let literal { return literal.withUTF8Buffer(body) }
        return bytes.withUnsafeBufferPointer(body)
    }

    /// Collects the pieces of an interpolated line.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            // Room for the literal pieces and a name or type in each hole: most lines then grow at most once.
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ text: String) {
            text.utf8.appendContiguously(to: &bytes)
        }

        mutating func appendInterpolation(_ text: Substring) {
            text.utf8.appendContiguously(to: &bytes)
        }

        /// `text` as a string literal (``StringLiteral/quoted(_:)``), written straight into the line.
        mutating func appendInterpolation(quoted text: String) {
            StringLiteral.append(quoting: text, to: &bytes)
        }

        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            appendInterpolation(value.description)
        }
    }
}

extension Collection<UInt8> {
    /// Appends these bytes to `bytes`: as one buffer where they lie in one (a native string's UTF-8, a short one's
    /// copied to the stack), else one by one.
    @inline(__always)
    func appendContiguously(to bytes: inout [UInt8]) {
        if withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: self) }
    }
}
