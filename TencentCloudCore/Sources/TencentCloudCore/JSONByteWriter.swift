/// The byte buffer of one JSON encoding and the containers open in it.
///
/// Each open object or array is a frame. Writing a member or element first closes the frames opened after its
/// container (a nested container ends where its parent goes on), so the encoder never has to be told that a
/// container is finished. An object remembers where each member starts and sorts its members by key when it
/// closes.
///
/// The bytes, the frames and the members are kept in memory this writer owns, not in arrays: appending is then a
/// capacity check and a store, where an array's `append` also checks that its storage is not shared. A request
/// writes a few hundred bytes a few at a time, and those checks were a third of encoding it.
final class JSONByteWriter {
    /// One open object or array.
    struct Frame {
        var isObject: Bool
        /// Where this object's members begin in ``JSONByteWriter/members``.
        var firstMember: Int
        var count = 0
        /// Whether each member's key came after the one before it (checked as it is written), so that closing
        /// the object needs no sorting.
        var inOrder = true
    }

    /// A member of an open object: where it starts (the key's opening quote) and where its key ends.
    struct Member {
        var start: Int
        var keyEnd: Int
    }

    /// The written bytes: the first ``count`` of ``capacity``.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// How many bytes have been written.
    @exclusivity(unchecked) private(set) var count = 0
    /// The open frames, outermost first: the first ``depth`` of ``frameCapacity``.
    @exclusivity(unchecked) private var frames: UnsafeMutablePointer<Frame>
    @exclusivity(unchecked) private var frameCapacity: Int
    /// How many frames are open.
    @exclusivity(unchecked) private(set) var depth = 0
    /// The members of every open object, innermost object last: the first ``memberCount`` of ``memberCapacity``.
    @exclusivity(unchecked) private var members: UnsafeMutablePointer<Member>
    @exclusivity(unchecked) private var memberCapacity: Int
    @exclusivity(unchecked) private var memberCount = 0
    /// Whether a non-finite number is written as the string `"nan"`, `"inf"` or `"-inf"` instead of being an error
    /// (for ``TencentCloudValue``'s comparison, never for a body that is sent).
    let writesNonFiniteAsStrings: Bool

    init(writesNonFiniteAsStrings: Bool = false) {
        self.writesNonFiniteAsStrings = writesNonFiniteAsStrings
        capacity = 256
        storage = .allocate(capacity: capacity)
        frameCapacity = 8
        frames = .allocate(capacity: frameCapacity)
        memberCapacity = 32
        members = .allocate(capacity: memberCapacity)
    }

    deinit {
        storage.deallocate()
        frames.deallocate()
        members.deallocate()
    }

    /// The largest buffer a writer keeps for reuse; one grown past it by a large body is let go.
    static let keptCapacity = 1 << 16

    /// Empties the writer for reuse; `false`, and nothing done, when its buffer is larger than ``keptCapacity``
    /// or it writes non-finite numbers as strings.
    func reset() -> Bool {
        guard capacity <= Self.keptCapacity, !writesNonFiniteAsStrings else { return false }
        count = 0
        depth = 0
        memberCount = 0
        return true
    }

    /// A copy of the written bytes.
    var bytes: [UInt8] { Array(written) }

    /// The written bytes, valid until the next write.
    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    // MARK: Appending

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toAtLeast: count + extra) }
    }

    private func grow(toAtLeast needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// Room for an element after the first `count` of `pointer`: when all `capacity` are taken, they move to new
    /// memory of twice the capacity.
    @inline(__always)
    private static func makeRoom<Element>(in pointer: inout UnsafeMutablePointer<Element>, capacity: inout Int, count: Int) {
        guard count == capacity else { return }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: 2 * capacity)
        grown.moveInitialize(from: pointer, count: count)
        pointer.deallocate()
        pointer = grown
        capacity *= 2
    }

    /// The open frame at `index`; a frame that is closed (a container used after its parent went on) stops the
    /// program, as an array's bounds check did.
    @inline(__always)
    private func frame(_ index: Int) -> UnsafeMutablePointer<Frame> {
        precondition(index >= 0 && index < depth, "JSONByteWriter: a container was used after it was closed")
        return frames + index
    }

    /// How many members or elements the frame at `index` has, or 0 when it is closed.
    func elementCount(ofFrame index: Int) -> Int {
        index >= 0 && index < depth ? frames[index].count : 0
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends an ASCII literal (`null`, `true`).
    @inline(__always)
    private func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// The keys and indices of the values being written, outermost first (an object's key as written, read back
    /// from the buffer: only an error asks for it).
    var codingPath: [any CodingKey] {
        (0..<depth).map { index in
            let frame = frames[index]
            guard frame.isObject else { return JSONPathKey(index: frame.count - 1) }
            let next = index + 1 < depth ? frames[index + 1].firstMember : memberCount
            guard frame.count > 0, next > frame.firstMember else { return JSONPathKey(stringValue: "") }
            let member = members[next - 1]
            return JSONPathKey(
                stringValue: String(decoding: written[(member.start + 1)..<(member.keyEnd - 1)], as: UTF8.self))
        }
    }

    /// Opens an object (`{`) or array (`[`) at the current position.
    func open(isObject: Bool) {
        append(isObject ? 0x7B : 0x5B)
        Self.makeRoom(in: &frames, capacity: &frameCapacity, count: depth)
        (frames + depth).initialize(to: Frame(isObject: isObject, firstMember: memberCount))
        depth += 1
    }

    /// Closes every frame at index `target` and above, innermost first.
    func close(downTo target: Int) {
        while depth > target {
            depth -= 1
            let frame = frames[depth]
            if frame.isObject {
                if !frame.inOrder { sortMembers(from: frame.firstMember) }
                memberCount = frame.firstMember
                append(0x7D)
            } else {
                append(0x5D)
            }
        }
    }

    /// Starts the next member of object frame `index`: closes nested frames, writes the separator and the key.
    @inline(__always)
    func beginMember(_ key: String, in index: Int) {
        if depth > index + 1 { close(downTo: index + 1) }
        let frame = frame(index)
        if frame.pointee.count > 0 { append(0x2C) }
        frame.pointee.count += 1
        let start = count
        writeString(key)
        Self.makeRoom(in: &members, capacity: &memberCapacity, count: memberCount)
        let member = Member(start: start, keyEnd: count)
        if memberCount > frame.pointee.firstMember && !keyPrecedes(members[memberCount - 1], member) {
            frame.pointee.inOrder = false
        }
        (members + memberCount).initialize(to: member)
        memberCount += 1
        append(0x3A)
    }

    /// Starts the next element of array frame `index`: closes nested frames and writes the separator.
    func beginElement(in index: Int) {
        if depth > index + 1 { close(downTo: index + 1) }
        let frame = frame(index)
        if frame.pointee.count > 0 { append(0x2C) }
        frame.pointee.count += 1
    }

    // MARK: Values

    func writeNull() { append("null") }

    func writeBool(_ value: Bool) { append(value ? "true" : "false") }

    /// `{}`, what a value that writes nothing encodes as.
    func writeEmptyObject() { append("{}") }

    /// Decimal digits of a signed integer, without going through `String`.
    @inline(__always)
    func writeInteger(_ value: Int64) {
        if value < 0 { append(0x2D) }
        writeUnsigned(value.magnitude)
    }

    /// Decimal digits of an unsigned integer.
    @inline(__always)
    func writeUnsigned(_ value: UInt64) {
        let digits = DecimalDigits.count(value)
        reserve(digits)
        DecimalDigits.write(value, digits: digits, to: storage + count)
        count += digits
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
        var text = value.description
        text.withUTF8 { utf8 in
            let trailingZero = utf8.count > 2 && utf8[utf8.count - 1] == 0x30 && utf8[utf8.count - 2] == 0x2E
            append(trailingZero ? UnsafeBufferPointer(rebasing: utf8.dropLast(2)) : utf8)
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes, everything
    /// else (including `/` and non-ASCII) as UTF-8.
    func writeString(_ value: String) {
        value.withContiguousUTF8 { writeString(utf8: $0) }
    }

    /// A JSON string of UTF-8 bytes, as ``writeString(_:)`` writes it.
    @inline(__always)
    private func writeString(utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 2)
        // Most keys and values are 4 to 16 bytes: two words (or half-words) that overlap cover them, checked and
        // copied whole.
        if utf8.count >= 4 && utf8.count <= 16, let source = UnsafeRawPointer(utf8.baseAddress) {
            let target = UnsafeMutableRawPointer(storage + count)
            if utf8.count >= 8 {
                let head = source.loadUnaligned(as: UInt64.self)
                let tail = source.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self)
                if !Self.needsEscape(word: head) && !Self.needsEscape(word: tail) {
                    target.storeBytes(of: head, toByteOffset: 1, as: UInt64.self)
                    target.storeBytes(of: tail, toByteOffset: utf8.count - 7, as: UInt64.self)
                    return closeQuotedCopy(at: target, count: utf8.count)
                }
            } else {
                let head = source.loadUnaligned(as: UInt32.self)
                let tail = source.loadUnaligned(fromByteOffset: utf8.count - 4, as: UInt32.self)
                if !Self.needsEscape(word: UInt64(head) | UInt64(tail) &<< 32) {
                    target.storeBytes(of: head, toByteOffset: 1, as: UInt32.self)
                    target.storeBytes(of: tail, toByteOffset: utf8.count - 3, as: UInt32.self)
                    return closeQuotedCopy(at: target, count: utf8.count)
                }
            }
        }
        append(0x22)
        if Self.anyNeedsEscape(utf8) {
            for byte in utf8 { appendEscaped(byte) }
        } else {
            append(utf8)
        }
        append(0x22)
    }

    /// Puts the quotes around `count` bytes copied to `target + 1` and counts them written.
    @inline(__always)
    private func closeQuotedCopy(at target: UnsafeMutableRawPointer, count copied: Int) {
        target.storeBytes(of: 0x22, as: UInt8.self)
        target.storeBytes(of: 0x22, toByteOffset: copied + 1, as: UInt8.self)
        count += copied + 2
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// Whether any of a word's eight bytes needs an escape: a byte below `0x20`, `"` or `\` sets the top bit of
    /// its lane in one of three word-wide tests (exact: a lane is flagged only for such a byte).
    @inline(__always)
    private static func needsEscape(word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let below = (word &- ones &* 0x20) & ~word
        let isQuote = (quote &- ones) & ~quote
        let isBackslash = (backslash &- ones) & ~backslash
        return (below | isQuote | isBackslash) & highs != 0
    }

    /// Whether any byte of `bytes` needs an escape, eight bytes at a time.
    private static func anyNeedsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            if needsEscape(word: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index += 8
        }
        while index < bytes.count {
            if needsEscape(base[index]) { return true }
            index += 1
        }
        return false
    }

    private func appendEscaped(_ byte: UInt8) {
        guard Self.needsEscape(byte) else {
            append(byte)
            return
        }
        append(0x5C)
        switch byte {
        case 0x22, 0x5C: append(byte)
        case 0x08: append(0x62)
        case 0x0C: append(0x66)
        case 0x0A: append(0x6E)
        case 0x0D: append(0x72)
        case 0x09: append(0x74)
        default:
            append("u00")
            append(Hex.digits.utf8Start[Int(byte >> 4)])
            append(Hex.digits.utf8Start[Int(byte & 0xF)])
        }
    }

    // MARK: Sorting

    /// Whether `left`'s key sorts before `right`'s: byte order of the escaped keys, without their quotes.
    @inline(__always)
    private func keyPrecedes(_ left: Member, _ right: Member) -> Bool {
        let bytes = written
        return bytes[(left.start + 1)..<(left.keyEnd - 1)].lexicographicallyPrecedes(
            bytes[(right.start + 1)..<(right.keyEnd - 1)])
    }

    /// Puts the members of a closing object that were not written in key order (``Frame/inOrder``) in that order.
    private func sortMembers(from first: Int) {
        let members = UnsafeBufferPointer(start: self.members, count: memberCount)[first...]
        let bytes = written
        let end = count
        let order = members.indices.sorted { keyPrecedes(members[$0], members[$1]) }
        var rewritten: [UInt8] = []
        rewritten.reserveCapacity(end - members[first].start)
        for index in order {
            if !rewritten.isEmpty { rewritten.append(0x2C) }
            // A member runs to the comma before the next one, the last one to the end.
            let memberEnd = index + 1 < members.endIndex ? members[index + 1].start - 1 : end
            rewritten.append(contentsOf: bytes[members[index].start..<memberEnd])
        }
        // The same members and commas in another order: as many bytes as before, written over them.
        rewritten.withUnsafeBufferPointer { (storage + members[first].start).update(from: $0.baseAddress!, count: $0.count) }
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
