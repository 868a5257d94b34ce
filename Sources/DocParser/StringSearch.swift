#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search over UTF-8 bytes. The standard library's `firstRange(of:)` and `contains(_:)` for strings
/// go through generic collection algorithms and dominated the parser's profile; `memchr` and `memcmp` over the contiguous
/// UTF-8 storage is many times faster and gives the same answers for the markers the parser looks for (exact
/// byte sequences of valid UTF-8, which cannot match inside another character).
extension StringProtocol {
    /// The first range of `needle` in the text, or `nil`.
    func range(ofBytes needle: String) -> Range<Index>? {
        let needleCount = needle.utf8.count
        guard needleCount > 0 else { return startIndex..<startIndex }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack -> Int? in
            Self.offset(of: needle, in: UnsafeRawBufferPointer(haystack))
        }
        guard let found else {
            // Not contiguous (a bridged string): search a native copy, which is.
            let native = String(self)
            guard let range = native.range(ofBytes: needle) else { return nil }
            let lower = utf8.index(startIndex, offsetBy: native.utf8.distance(from: native.startIndex, to: range.lowerBound))
            return lower..<utf8.index(lower, offsetBy: needleCount)
        }
        guard let offset = found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needleCount)
    }

    /// Whether a byte of the text's UTF-8 satisfies `predicate` (over contiguous bytes where the text has them).
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }

    /// Whether the text contains one of `markers`, each of which holds `anchor` (a marker without it is searched
    /// for on its own): each occurrence of the anchor is looked around for the markers, instead of searching the
    /// whole text for each marker from its first byte, which in CJK text is a lead byte of many characters.
    func containsAny(of markers: [String], around anchor: String) -> Bool {
        var rest = self[...]
        var anchored: [(marker: String, offset: Int)] = []
        for marker in markers {
            guard let found = marker.range(ofBytes: anchor) else {
                if containsBytes(marker) { return true }
                continue
            }
            anchored.append((marker, marker.utf8.distance(from: marker.startIndex, to: found.lowerBound)))
        }
        while let found = rest.range(ofBytes: anchor) {
            for (marker, offset) in anchored {
                guard let start = utf8.index(found.lowerBound, offsetBy: -offset, limitedBy: startIndex),
                    let end = utf8.index(start, offsetBy: marker.utf8.count, limitedBy: endIndex)
                else { continue }
                if utf8[start..<end].elementsEqual(marker.utf8) { return true }
            }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Whether the text contains `needle`.
    func containsBytes(_ needle: String) -> Bool {
        range(ofBytes: needle) != nil
    }

    /// The byte offset of `needle` in `haystack`, or `nil`.
    private static func offset(of needle: String, in haystack: UnsafeRawBufferPointer) -> Int? {
        var needle = needle
        return needle.withUTF8 { needleBytes -> Int? in
            guard let base = haystack.baseAddress, let needleBase = needleBytes.baseAddress,
                haystack.count >= needleBytes.count
            else { return nil }
            // `memchr` finds each candidate first byte (vectorised), `memcmp` checks the rest.
            let last = haystack.count - needleBytes.count
            var offset = 0
            while offset <= last {
                guard let candidate = memchr(base + offset, Int32(needleBase.pointee), last - offset + 1) else { return nil }
                let found = base.distance(to: UnsafeRawPointer(candidate))
                if memcmp(candidate, needleBase, needleBytes.count) == 0 { return found }
                offset = found + 1
            }
            return nil
        }
    }
}
