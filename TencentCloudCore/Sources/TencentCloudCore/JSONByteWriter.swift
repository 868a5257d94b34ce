/// The byte buffer of one JSON encoding and the containers open in it.
///
/// Each open object or array is a frame. Writing a member or element first closes the frames opened after its
/// container (a nested container ends where its parent goes on), so the encoder never has to be told that a
/// container is finished. An object remembers where each member starts and sorts its members by key when it
/// closes.
final class JSONByteWriter {
    /// One open object or array.
    struct Frame {
        var isObject: Bool
        /// Where this object's members begin in ``JSONByteWriter/members``.
        var firstMember: Int
        var count = 0
    }

    /// A member of an open object: where it starts (the key's opening quote) and where its key ends.
    struct Member {
        var start: Int
        var keyEnd: Int
    }

    @exclusivity(unchecked) var bytes: [UInt8] = []
    @exclusivity(unchecked) var frames: [Frame] = []
    /// The members of every open object, innermost object last.
    @exclusivity(unchecked) private var members: [Member] = []
    /// Whether a non-finite number is written as the string `"nan"`, `"inf"` or `"-inf"` instead of being an error
    /// (for ``TencentCloudValue``'s comparison, never for a body that is sent).
    let writesNonFiniteAsStrings: Bool

    init(writesNonFiniteAsStrings: Bool = false) {
        self.writesNonFiniteAsStrings = writesNonFiniteAsStrings
        bytes.reserveCapacity(256)
        frames.reserveCapacity(4)
        members.reserveCapacity(16)
    }

    /// The keys and indices of the values being written, outermost first (an object's key as written, read back
    /// from the buffer: only an error asks for it).
    var codingPath: [any CodingKey] {
        frames.indices.map { index in
            let frame = frames[index]
            guard frame.isObject else { return JSONPathKey(index: frame.count - 1) }
            let next = index + 1 < frames.count ? frames[index + 1].firstMember : members.count
            guard frame.count > 0, next > frame.firstMember else { return JSONPathKey(stringValue: "") }
            let member = members[next - 1]
            return JSONPathKey(stringValue: String(decoding: bytes[(member.start + 1)..<(member.keyEnd - 1)], as: UTF8.self))
        }
    }

    /// Opens an object (`{`) or array (`[`) at the current position.
    func open(isObject: Bool) {
        bytes.append(isObject ? 0x7B : 0x5B)
        frames.append(Frame(isObject: isObject, firstMember: members.count))
    }

    /// Closes every frame at index `depth` and above, innermost first.
    func close(downTo depth: Int) {
        while frames.count > depth {
            let frame = frames.removeLast()
            if frame.isObject {
                sortMembers(from: frame.firstMember)
                members.removeLast(members.count - frame.firstMember)
                bytes.append(0x7D)
            } else {
                bytes.append(0x5D)
            }
        }
    }

    /// Starts the next member of object frame `index`: closes nested frames, writes the separator and the key.
    func beginMember(_ key: String, in index: Int) {
        if frames.count > index + 1 { close(downTo: index + 1) }
        if frames[index].count > 0 { bytes.append(0x2C) }
        let start = bytes.count
        writeString(key)
        members.append(Member(start: start, keyEnd: bytes.count))
        bytes.append(0x3A)
        frames[index].count += 1
    }

    /// Starts the next element of array frame `index`: closes nested frames and writes the separator.
    func beginElement(in index: Int) {
        if frames.count > index + 1 { close(downTo: index + 1) }
        if frames[index].count > 0 { bytes.append(0x2C) }
        frames[index].count += 1
    }

    // MARK: Values

    func writeNull() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    func writeBool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    /// Decimal digits of a signed integer, without going through `String`.
    func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(0x2D) }
        writeUnsigned(value.magnitude)
    }

    /// Decimal digits of an unsigned integer.
    func writeUnsigned(_ value: UInt64) {
        if value < 10 {
            bytes.append(0x30 + UInt8(truncatingIfNeeded: value))
            return
        }
        // At most 20 digits, written backwards into a buffer on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value
            var start = 20
            while magnitude > 0 {
                let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
                start -= 1
                digits[start] = 0x30 + UInt8(truncatingIfNeeded: digit)
                magnitude = quotient
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// A finite number as Swift prints it shortest, without a trailing `.0` (Foundation writes `10`, not `10.0`).
    func writeFloatingPoint(_ value: some BinaryFloatingPoint & LosslessStringConvertible) throws {
        guard value.isFinite else {
            if writesNonFiniteAsStrings {
                return writeString(value.isNaN ? "nan" : value < 0 ? "-inf" : "inf")
            }
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        let text = value.description.utf8
        if text.count > 2, text.last == 0x30, text.dropLast().last == 0x2E {
            bytes.append(contentsOf: text.dropLast(2))
        } else {
            bytes.append(contentsOf: text)
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes, everything
    /// else (including `/` and non-ASCII) as UTF-8.
    func writeString(_ value: String) {
        bytes.append(0x22)
        let written = value.utf8.withContiguousStorageIfAvailable { utf8 in
            if utf8.contains(where: Self.needsEscape) {
                for byte in utf8 { appendEscaped(byte) }
            } else {
                bytes.append(contentsOf: utf8)
            }
            return true
        }
        if written != true {
            for byte in value.utf8 { appendEscaped(byte) }
        }
        bytes.append(0x22)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private func appendEscaped(_ byte: UInt8) {
        guard Self.needsEscape(byte) else {
            bytes.append(byte)
            return
        }
        bytes.append(0x5C)
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(0x62)
        case 0x0C: bytes.append(0x66)
        case 0x0A: bytes.append(0x6E)
        case 0x0D: bytes.append(0x72)
        case 0x09: bytes.append(0x74)
        default:
            bytes.append(contentsOf: [0x75, 0x30, 0x30, Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
        }
    }

    // MARK: Sorting

    /// Puts the members of a closing object in key order (byte order of the escaped keys, without their
    /// quotes), rewriting its bytes only when they are out of order.
    private func sortMembers(from first: Int) {
        let members = self.members[first...]
        guard members.count > 1 else { return }
        func precedes(_ left: Member, _ right: Member) -> Bool {
            bytes[(left.start + 1)..<(left.keyEnd - 1)].lexicographicallyPrecedes(bytes[(right.start + 1)..<(right.keyEnd - 1)])
        }
        if zip(members, members.dropFirst()).allSatisfy({ precedes($0, $1) }) { return }
        let end = bytes.count
        let order = members.indices.sorted { precedes(members[$0], members[$1]) }
        var rewritten: [UInt8] = []
        rewritten.reserveCapacity(end - members[first].start)
        for index in order {
            if !rewritten.isEmpty { rewritten.append(0x2C) }
            // A member runs to the comma before the next one, the last one to the end.
            let memberEnd = index + 1 < members.endIndex ? members[index + 1].start - 1 : end
            rewritten.append(contentsOf: bytes[members[index].start..<memberEnd])
        }
        bytes.replaceSubrange(members[first].start..<end, with: rewritten)
    }
}

/// A coding-path entry: an object key or an array index.
struct JSONPathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }
    init?(intValue: Int) { self.init(index: intValue) }
}
