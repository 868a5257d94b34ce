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

    /// Whether the text's UTF-8 holds `byte`, found with `memchr`.
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        }
        return found ?? utf8.contains(byte)
    }

    /// Whether the text contains `needle`.
    func containsBytes(_ needle: String) -> Bool {
        range(ofBytes: needle) != nil
    }

    /// The byte offset of `needle` in `haystack`, or `nil`.
    private static func offset(of needle: String, in haystack: UnsafeRawBufferPointer) -> Int? {
        var needle = needle
        return needle.withUTF8 { ByteSearch.offset(of: UnsafeRawBufferPointer($0), in: haystack) }
    }
}

/// Markers that all hold one anchor (`可选值：` and `取值：` hold `值`), prepared once to be found together: each
/// occurrence of the anchor in a text is looked around for them, instead of searching the whole text for each
/// marker from its first byte, which in CJK text is a lead byte of many characters.
struct AnchoredMarkers: Sendable {
    /// The markers, in the order given.
    let all: [String]
    /// The anchor's UTF-8.
    private let anchor: [UInt8]
    /// Each marker's UTF-8 with the byte offset of the anchor in it.
    private let offsets: [(marker: [UInt8], offset: Int)]

    /// `markers`, each of which must hold `anchor`.
    init(_ markers: [String], anchor: String) {
        all = markers
        self.anchor = Array(anchor.utf8)
        offsets = markers.map { marker in
            let found = marker.range(ofBytes: anchor)
            precondition(found != nil, "marker '\(marker)' does not hold '\(anchor)'")
            return (Array(marker.utf8), marker.utf8.distance(from: marker.startIndex, to: found!.lowerBound))
        }
    }

    /// Whether `text` contains one of the markers.
    func found(in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ found(in: UnsafeRawBufferPointer($0)) }) {
            return found
        }
        return found(in: String(text))
    }

    /// Whether the bytes `text` contain one of the markers: each occurrence of the anchor found with `memchr` and
    /// `memcmp`, the markers compared around it with `memcmp`.
    private func found(in text: UnsafeRawBufferPointer) -> Bool {
        anchor.withUnsafeBytes { anchorBytes in
            var start = 0
            while let offset = ByteSearch.offset(of: anchorBytes, in: text, from: start) {
                for (marker, markerOffset) in offsets {
                    let markerStart = offset - markerOffset
                    guard markerStart >= 0, markerStart + marker.count <= text.count else { continue }
                    let equal = marker.withUnsafeBytes { memcmp(text.baseAddress! + markerStart, $0.baseAddress!, $0.count) == 0 }
                    if equal { return true }
                }
                start = offset + anchorBytes.count
            }
            return false
        }
    }
}

/// Search in raw bytes.
enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`, or `nil`: `memchr` finds each candidate
    /// (vectorised) by one byte of the needle, `memcmp` checks the whole. That byte is the needle's last UTF-8
    /// continuation byte where it has one: in CJK text a character's lead byte (E4–E9) starts every few characters,
    /// a given continuation byte about one in a hundred bytes.
    static func offset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress, !needle.isEmpty else { return nil }
        let last = haystack.count - needle.count
        let key = needle.lastIndex { $0 & 0xC0 == 0x80 } ?? 0
        var offset = start
        while offset <= last {
            guard let candidate = memchr(base + offset + key, Int32(needle[key]), last - offset + 1) else { return nil }
            let found = base.distance(to: UnsafeRawPointer(candidate)) - key
            if memcmp(base + found, needleBase, needle.count) == 0 { return found }
            offset = found + 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether the text starts with the characters of `prefix`, as `hasPrefix` answers, told from the bytes where
    /// they can tell: `prefix` is ASCII and CJK ideographs and punctuation, and the text, as far as the first byte
    /// where the two differ (one scalar beyond the prefix when none does), is ``StandaloneScalar``s. Each of those
    /// scalars is a character of its own, and both sides are in normal form, so comparing characters is comparing
    /// bytes; a text scalar that differs starts a character no plain scalar equals. `hasPrefix` compares
    /// characters, normalizing the non-ASCII ones, which made the section titles' checks a tenth of reading a page's
    /// structure.
    func hasPlainPrefix(_ prefix: String) -> Bool { hasPlainPrefix(PlainPrefix(prefix)) }

    /// ``hasPlainPrefix(_:)-(String)`` for a prefix whose plainness was told when it was made (the vocabulary's
    /// titles, checked against every section).
    func hasPlainPrefix(_ prefix: PlainPrefix) -> Bool {
        guard prefix.isPlain else { return hasPrefix(prefix.text) }
        let answer = utf8.withContiguousStorageIfAvailable { text -> Bool? in
            prefix.bytes.withUnsafeBufferPointer { prefix -> Bool? in
                // The first byte where the two differ, or where one ends.
                var differs = 0
                let common = Swift.min(text.count, prefix.count)
                while differs < common, text[differs] == prefix[differs] { differs += 1 }
                // The text's scalars as far as that byte (one beyond the prefix when all of it matched).
                var index = 0
                while index < text.count, index <= differs {
                    guard let (_, length) = StandaloneScalar.at(index, in: text) else { return nil }
                    index += length
                }
                return differs == prefix.count
            }
        }
        return (answer ?? nil) ?? hasPrefix(prefix.text)
    }
}

/// A prefix for ``Swift/StringProtocol/hasPlainPrefix(_:)-(PlainPrefix)``, its bytes and whether they are plain
/// (ASCII, CJK punctuation U+3000–U+3029 and CJK ideographs U+4E00–U+9FFF, where bytes can answer) told once.
struct PlainPrefix: Sendable, ExpressibleByStringLiteral {
    /// The prefix.
    let text: String
    /// Its UTF-8.
    let bytes: [UInt8]
    /// Whether it is plain.
    let isPlain: Bool

    /// `text` as a prefix.
    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        isPlain = bytes.withUnsafeBufferPointer { Self.isPlain($0) }
    }

    init(stringLiteral text: String) { self.init(text) }

    /// Whether `bytes` are plain.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            guard let (scalar, length) = StandaloneScalar.at(index, in: bytes),
                scalar < 0x80 || (0x3000...0x3029).contains(scalar) || (0x4E00...0x9FFF).contains(scalar)
            else { return false }
            index += length
        }
        return true
    }
}

extension String {
    /// The lines of the text, as `split(separator: "\n", omittingEmptySubsequences:)` gives them, split over the
    /// bytes where that is the same as over characters: without a CR (which would make `"\r\n"` one character), each
    /// line feed byte is a character of its own. The line feeds are found with `memchr`.
    func lineSlices(omittingEmpty: Bool) -> [Substring] {
        var text = self
        let bounds: [Range<Int>]? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
            guard memchr(base, 0x0D, bytes.count) == nil else { return nil }
            var bounds: [Range<Int>] = []
            var start = 0
            while start <= bytes.count {
                let end =
                    memchr(base + start, 0x0A, bytes.count - start).map { UnsafeRawPointer(base).distance(to: $0) } ?? bytes.count
                if end > start || !omittingEmpty { bounds.append(start..<end) }
                start = end + 1
            }
            return bounds
        }
        guard let bounds else { return split(separator: "\n", omittingEmptySubsequences: omittingEmpty) }
        if isEmpty { return omittingEmpty ? [] : [self[...]] }
        let utf8 = self.utf8
        return bounds.map {
            Substring(
                utf8[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)])
        }
    }
}

extension String {
    /// The non-empty parts of the text between the ASCII bytes `isSeparator` accepts, as `split(whereSeparator:)`
    /// gives them over characters for those ASCII characters; `nil` where the bytes cannot tell. They tell when
    /// every scalar is a ``StandaloneScalar``: then each separator byte is a character of its own.
    func standaloneParts(separatedBy isSeparator: (UInt8) -> Bool) -> [Substring]? {
        let bounds = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var index = 0
            while index < bytes.count {
                guard let (_, length) = StandaloneScalar.at(index, in: bytes) else { return nil }
                index += length
            }
            var bounds: [Range<Int>] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || isSeparator(bytes[end]) {
                if end > start { bounds.append(start..<end) }
                start = end + 1
            }
            return bounds
        }
        guard let bounds = bounds ?? nil else { return nil }
        let utf8 = self.utf8
        return bounds.map {
            Substring(
                utf8[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)])
        }
    }
}
