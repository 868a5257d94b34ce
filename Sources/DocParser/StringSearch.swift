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

/// Markers that all hold one anchor (`可选值：` and `取值：` hold `值`), prepared once to be found together: each
/// occurrence of the anchor in a text is looked around for them, instead of searching the whole text for each
/// marker from its first byte, which in CJK text is a lead byte of many characters.
struct AnchoredMarkers: Sendable {
    /// The markers, in the order given.
    let all: [String]
    private let anchor: String
    /// Each marker with the byte offset of the anchor in it.
    private let offsets: [(marker: String, offset: Int)]

    /// `markers`, each of which must hold `anchor`.
    init(_ markers: [String], anchor: String) {
        all = markers
        self.anchor = anchor
        offsets = markers.map { marker in
            let found = marker.range(ofBytes: anchor)
            precondition(found != nil, "marker '\(marker)' does not hold '\(anchor)'")
            return (marker, marker.utf8.distance(from: marker.startIndex, to: found!.lowerBound))
        }
    }

    /// Whether `text` contains one of the markers.
    func found(in text: some StringProtocol) -> Bool {
        let utf8 = text.utf8
        var rest = text[...]
        while let found = rest.range(ofBytes: anchor) {
            for (marker, offset) in offsets {
                guard let start = utf8.index(found.lowerBound, offsetBy: -offset, limitedBy: utf8.startIndex),
                    let end = utf8.index(start, offsetBy: marker.utf8.count, limitedBy: utf8.endIndex)
                else { continue }
                if utf8[start..<end].elementsEqual(marker.utf8) { return true }
            }
            rest = rest[found.upperBound...]
        }
        return false
    }
}
