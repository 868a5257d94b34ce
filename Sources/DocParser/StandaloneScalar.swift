/// Scalars that are a character on their own whatever their neighbours: none of them extends, joins or prepends
/// (ASCII but CR, Latin-1, the spaces of ``Whitespace/isSpace(_:)``, general punctuation U+2010–U+205E, the CJK
/// punctuation U+3000–U+3029, CJK ideographs, the fullwidth forms U+FF01–U+FF5E), and none is canonically
/// equivalent to another scalar. Over a run of them, reading scalars from bytes gives what reading characters
/// gives, which lets the byte-level readers skip the characters where the text is made of them only.
enum StandaloneScalar {
    /// The scalar that starts at `index` and its length in bytes, when it is a standalone scalar.
    static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x0D ? nil : (UInt32(lead), 1) }
        if lead == 0xC2 || lead == 0xC3 {
            guard index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else { return nil }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        guard lead >= 0xE2, lead <= 0xEF, index + 2 < bytes.count else { return nil }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        switch scalar {
        case 0x2002, 0x2003, 0x2009, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x4000...0x9FFF, 0xFF01...0xFF5E:
            return (scalar, 3)
        default: return nil
        }
    }

    /// The scalar that ends right before `end` and its length in bytes, when it is a standalone scalar.
    static func ending(at end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int)? {
        var lead = end - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard let found = at(lead, in: bytes), lead + found.length == end else { return nil }
        return found
    }
}
