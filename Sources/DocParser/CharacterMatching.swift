/// The ASCII classes of a byte, which the byte-level readers and ``Swift/Character/isASCIILetter`` share.
enum ASCIIByte {
    /// Whether `byte` is an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether `byte` is an ASCII letter or digit.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}

extension Character {
    /// Whether the character is an ASCII letter (`isASCII && isLetter`), told from its ASCII value without looking
    /// up Unicode properties.
    var isASCIILetter: Bool { asciiValue.map(ASCIIByte.isLetter) ?? false }

    /// Whether the character is an ASCII digit (`isASCII && isNumber`).
    var isASCIIDigit: Bool { asciiValue.map(ASCIIByte.isDigit) ?? false }

    /// Whether the character is an ASCII letter or digit (`isASCII && (isLetter || isNumber)`).
    var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }

    /// Whether this character is one of `characters`, each a single scalar that normalization leaves as it is (the
    /// ASCII and CJK punctuation of the readers' marker lists).
    ///
    /// It answers what `characters.contains(self)` answers, by comparing scalars wherever that is the same thing:
    /// a one-scalar character that normalization keeps equals one of them only if it is that scalar. Comparing
    /// `Character`s normalizes both sides, which made the prose readers spend most of their time on it.
    func isOne(of characters: String) -> Bool {
        let scalars = unicodeScalars
        guard let scalar = scalars.first else { return false }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex,
            Self.normalizationKeeps(scalar)
        {
            return characters.unicodeScalars.contains(scalar)
        }
        return characters.contains(self)
    }

    /// Whether normalization leaves a lone `scalar` as it is (it is no composition exclusion). The blocks the pages'
    /// text is mostly made of hold none, so they are answered without looking up the scalar's properties, which
    /// cost the readers 2% of their time: ASCII and Latin up to the first exclusion (U+0340), CJK punctuation and
    /// ideographs, Hangul syllables and the fullwidth forms.
    static func normalizationKeeps(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x340, 0x3000...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFFEF: true
        default: !scalar.properties.isFullCompositionExclusion
        }
    }
}
