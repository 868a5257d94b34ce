import NIOPosix

/// Encodes requests to the JSON bodies the client sends: compact, object keys in byte order, `/` not escaped —
/// the bytes Foundation's `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes` for the types
/// generated code uses — written straight into one byte buffer.
///
/// Foundation's encoder first builds a tree of boxed values and then serializes it; for a small request that
/// tree costs more than signing it. This encoder writes each value where it goes and reorders an object's
/// members only when its last member is written.
///
/// `Data`, `Date` and `URL` have no special strategies: they encode as their own `Encodable` conformances say.
/// Non-finite floating-point numbers are an error, as in JSON.
public struct TencentCloudJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The UTF-8 JSON text of `value`.
    public func encode(_ value: some Encodable) throws -> [UInt8] {
        try JSONStreamEncoder.withSpare { encoder in
            try encoder.encodeValue(value)
            return encoder.writer.bytes
        }
    }

    /// The UTF-8 JSON text of a request or another value of the API, its members written straight into the
    /// bytes (``TencentCloudValue/encodeMembers(to:)``); the same bytes as the generic `encode(_:)`.
    public func encode(_ value: some TencentCloudValue) throws -> [UInt8] {
        try JSONStreamEncoder.withSpare { encoder in
            try encoder.encodeObject(value)
            return encoder.writer.bytes
        }
    }

    /// The bytes ``TencentCloudValue`` compares and hashes: `value`'s JSON with non-finite numbers as strings, so
    /// every value of a generated type has one (its `encodeMembers(to:)` throws only for those).
    static func comparableBytes(of value: some TencentCloudValue) -> [UInt8] {
        let encoder = JSONStreamEncoder(writer: JSONByteWriter(writesNonFiniteAsStrings: true))
        do {
            try encoder.encodeObject(value)
        } catch {
            return Array("\(error)".utf8)
        }
        return encoder.writer.bytes
    }
}

/// The `Encoder` every value of one encoding is handed; it writes into ``JSONByteWriter``.
final class JSONStreamEncoder: Encoder {
    let writer: JSONByteWriter
    /// The frame index of the value being encoded: a container it asks for opens at this depth.
    @exclusivity(unchecked) private var valueDepth = 0

    var codingPath: [any CodingKey] { writer.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Encodes `value` at the current position, closing whatever containers it opened; a value that writes
    /// nothing is an empty object, as with Foundation.
    func encodeValue(_ value: some Encodable) throws {
        let savedDepth = valueDepth
        let start = writer.count
        valueDepth = writer.depth
        defer { valueDepth = savedDepth }
        try value.encode(to: self)
        writer.close(downTo: valueDepth)
        if writer.count == start { writer.writeEmptyObject() }
    }

    /// Writes `elements` as an array at the current position, each element where it goes; strings and integers, the
    /// elements requests have most (`InstanceIds.N`), are written without an `Encoder` call for each.
    func encodeArray<Element: Encodable>(_ elements: [Element]) throws {
        if Element.self == String.self {
            let strings = unsafeBitCast(elements, to: [String].self)
            return writeArray(count: strings.count) { writer.writeString(strings[$0]) }
        }
        if Element.self == Int64.self {
            let integers = unsafeBitCast(elements, to: [Int64].self)
            return writeArray(count: integers.count) { writer.writeInteger(integers[$0]) }
        }
        try writeArray(count: elements.count) { try encodeValue(elements[$0]) }
    }

    /// Writes `value` as an object at the current position, its members through ``TencentCloudValue/encodeMembers(to:)``.
    func encodeObject(_ value: some TencentCloudValue) throws {
        let frame = writer.depth
        writer.open(isObject: true)
        try value.encodeMembers(to: TencentCloudMemberEncoder(body: self, frame: frame))
        writer.close(downTo: frame)
    }

    /// Writes `elements` as an array of objects at the current position, each through
    /// ``TencentCloudValue/encodeMembers(to:)``.
    func encodeObjects<Element: TencentCloudValue>(_ elements: [Element]) throws {
        try writeArray(count: elements.count) { try encodeObject(elements[$0]) }
    }

    /// Writes an array of `count` elements at the current position, `element` writing the one at each index.
    ///
    /// Counted rather than iterated: in the unspecialized code that calls this, an array's `indices` and iterator
    /// looked up the array's generic metadata on every call.
    private func writeArray(count: Int, _ element: (Int) throws -> Void) rethrows {
        let frame = writer.depth
        writer.open(isObject: false)
        for index in 0..<count {
            writer.beginElement(in: frame)
            try element(index)
        }
        writer.close(downTo: frame)
    }

    /// `encoder` when it is one of these (the type compared first: a dynamic cast costs more than writing a member).
    static func unwrap(_ encoder: any Encoder) -> JSONStreamEncoder? {
        func open(_ encoder: some Encoder) -> JSONStreamEncoder? {
            guard type(of: encoder) == JSONStreamEncoder.self else { return nil }
            return withUnsafePointer(to: encoder) { $0.withMemoryRebound(to: JSONStreamEncoder.self, capacity: 1) { $0.pointee } }
        }
        return open(encoder)
    }

    /// The object frame of the value being encoded (what ``TencentCloudMemberEncoder`` writes members into).
    func objectFrame() -> Int { frame(isObject: true) }

    /// The frame for the value being encoded, opened on first use (asking twice returns the same container).
    private func frame(isObject: Bool) -> Int {
        if writer.depth > valueDepth { return valueDepth }
        writer.open(isObject: isObject)
        return valueDepth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, frame: frame(isObject: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: self, frame: frame(isObject: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }

    /// Opens a container inside the frame `parent` after its key or separator has been written.
    func nestedFrame(isObject: Bool) -> Int {
        writer.open(isObject: isObject)
        return writer.depth - 1
    }

    /// An encoder for one value at the current position (`superEncoder`), sharing this encoder's buffer.
    func nestedEncoder() -> any Encoder {
        sharesWriter = true
        return JSONStreamEncoder(writer: writer)
    }

    /// Whether another encoder writes into ``writer`` (``nestedEncoder()``), so that it is not reused.
    @exclusivity(unchecked) private var sharesWriter = false

    /// Creates an encoder writing into `writer` at its current position.
    init(writer: JSONByteWriter = JSONByteWriter()) {
        self.writer = writer
        self.valueDepth = writer.depth
    }

    // MARK: Reuse

    /// Where a thread keeps the encoder it used last.
    ///
    /// An `@unchecked Sendable` holder: each slot is reached only through its own thread's value of ``spares``.
    private final class Slot: @unchecked Sendable {
        var encoder: JSONStreamEncoder?
    }

    /// Each thread's slot.
    private static let spares = ThreadSpecificVariable<Slot>()

    /// The encoder this thread keeps for its next encoding, if any.
    static var spare: JSONStreamEncoder? { spares.currentValue?.encoder }

    /// Calls `body` with an empty encoder: the one this thread used last, or a new one.
    ///
    /// An encoder and its writer are five allocations, of the thirteen a request's encoding and signing made
    /// before they were kept. After `body`, the encoder is kept for the thread's next encoding when nothing else
    /// holds it (a value's `encode(to:)` could keep the encoder or a container), no nested encoder shares its
    /// writer, and its buffer has not grown past ``JSONByteWriter/keptCapacity``.
    static func withSpare<Result>(_ body: (JSONStreamEncoder) throws -> Result) rethrows -> Result {
        let slot: Slot
        if let current = spares.currentValue {
            slot = current
        } else {
            slot = Slot()
            spares.currentValue = slot
        }
        var encoder = slot.encoder ?? JSONStreamEncoder()
        slot.encoder = nil
        defer {
            if isKnownUniquelyReferenced(&encoder), !encoder.sharesWriter, encoder.writer.reset() {
                encoder.valueDepth = 0
                slot.encoder = encoder
            }
        }
        return try body(encoder)
    }
}
