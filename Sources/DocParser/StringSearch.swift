/// Substring search over UTF-8 bytes. The standard library's `firstRange(of:)` and `contains(_:)` for strings
/// go through generic collection algorithms and dominated the parser's profile; searching the contiguous UTF-8
/// storage is many times faster and gives the same answers for the markers the parser looks for (exact
/// byte sequences of valid UTF-8, which cannot match inside another character).
extension StringProtocol {
    /// The first range of `needle` in the text, or `nil`.
    func range(ofBytes needle: String) -> Range<Index>? {
        let needleBytes = Array(needle.utf8)
        guard let first = needleBytes.first else { return startIndex..<startIndex }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack -> Int? in
            let count = haystack.count - needleBytes.count
            guard count >= 0 else { return nil }
            var offset = 0
            while offset <= count {
                if haystack[offset] == first {
                    var matched = true
                    var index = 1
                    while index < needleBytes.count {
                        if haystack[offset + index] != needleBytes[index] {
                            matched = false
                            break
                        }
                        index += 1
                    }
                    if matched { return offset }
                }
                offset += 1
            }
            return nil
        }
        guard let found else {
            // Not contiguous (a bridged string): search a native copy, which is.
            let native = String(self)
            guard let range = native.range(ofBytes: needle) else { return nil }
            let lower = utf8.index(startIndex, offsetBy: native.utf8.distance(from: native.startIndex, to: range.lowerBound))
            return lower..<utf8.index(lower, offsetBy: needleBytes.count)
        }
        let offset = found
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needleBytes.count)
    }

    /// Whether the text contains `needle`.
    func containsBytes(_ needle: String) -> Bool {
        range(ofBytes: needle) != nil
    }
}
