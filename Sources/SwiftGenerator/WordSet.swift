/// A set of reserved words that many names are checked against and few are in (keywords, names a protocol takes):
/// a name whose first byte and length no word has is told absent by a bit table, without being hashed.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The words.
    let words: Set<String>
    /// For each first byte, a bit per byte count its words have (counts of 63 and more share the last bit).
    private let shapes: [UInt64]

    /// The set of `words`.
    init(_ words: Set<String>) {
        self.words = words
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in words {
            if let first = word.utf8.first { shapes[Int(first)] |= Self.bit(word.utf8.count) }
        }
        self.shapes = shapes
    }

    /// The set of the words listed.
    init(arrayLiteral words: String...) {
        self.init(Set(words))
    }

    private static func bit(_ count: Int) -> UInt64 { 1 << min(count, 63) }

    /// Whether `name` is one of the words.
    func contains(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return words.contains(name) }
        return shapes[Int(first)] & Self.bit(name.utf8.count) != 0 && words.contains(name)
    }
}
