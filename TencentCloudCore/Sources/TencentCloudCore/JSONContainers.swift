/// The object container of ``JSONStreamEncoder``: each member is written where it goes.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONStreamEncoder
    /// The object's frame in the writer.
    let frame: Int

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var writer: JSONByteWriter { encoder.writer }

    mutating func encodeNil(forKey key: Key) throws {
        writer.beginMember(key.stringValue, in: frame)
        writer.writeNull()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        writer.beginMember(key.stringValue, in: frame)
        writer.writeBool(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        writer.beginMember(key.stringValue, in: frame)
        writer.writeString(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        writer.beginMember(key.stringValue, in: frame)
        try writer.writeFloatingPoint(value)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        writer.beginMember(key.stringValue, in: frame)
        try writer.writeFloatingPoint(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { signed(Int64(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { signed(Int64(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { signed(Int64(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { signed(Int64(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { signed(Int64(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { unsigned(UInt64(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { unsigned(UInt64(value), key) }

    private func signed(_ value: Int64, _ key: Key) {
        writer.beginMember(key.stringValue, in: frame)
        writer.writeInteger(value)
    }

    private func unsigned(_ value: UInt64, _ key: Key) {
        writer.beginMember(key.stringValue, in: frame)
        writer.writeUnsigned(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.beginMember(key.stringValue, in: frame)
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.beginMember(key.stringValue, in: frame)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: encoder, frame: encoder.nestedFrame(isObject: true)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.beginMember(key.stringValue, in: frame)
        return JSONUnkeyedContainer(encoder: encoder, frame: encoder.nestedFrame(isObject: false))
    }

    mutating func superEncoder() -> any Encoder {
        writer.beginMember("super", in: frame)
        return encoder.nestedEncoder()
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.beginMember(key.stringValue, in: frame)
        return encoder.nestedEncoder()
    }
}

/// The array container of ``JSONStreamEncoder``.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONStreamEncoder
    /// The array's frame in the writer.
    let frame: Int

    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.writer.elementCount(ofFrame: frame) }
    private var writer: JSONByteWriter { encoder.writer }

    mutating func encodeNil() throws {
        writer.beginElement(in: frame)
        writer.writeNull()
    }

    mutating func encode(_ value: Bool) throws {
        writer.beginElement(in: frame)
        writer.writeBool(value)
    }

    mutating func encode(_ value: String) throws {
        writer.beginElement(in: frame)
        writer.writeString(value)
    }

    mutating func encode(_ value: Double) throws {
        writer.beginElement(in: frame)
        try writer.writeFloatingPoint(value)
    }

    mutating func encode(_ value: Float) throws {
        writer.beginElement(in: frame)
        try writer.writeFloatingPoint(value)
    }

    mutating func encode(_ value: Int) throws { signed(Int64(value)) }
    mutating func encode(_ value: Int8) throws { signed(Int64(value)) }
    mutating func encode(_ value: Int16) throws { signed(Int64(value)) }
    mutating func encode(_ value: Int32) throws { signed(Int64(value)) }
    mutating func encode(_ value: Int64) throws { signed(Int64(value)) }
    mutating func encode(_ value: UInt) throws { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { unsigned(UInt64(value)) }

    private func signed(_ value: Int64) {
        writer.beginElement(in: frame)
        writer.writeInteger(value)
    }

    private func unsigned(_ value: UInt64) {
        writer.beginElement(in: frame)
        writer.writeUnsigned(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.beginElement(in: frame)
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.beginElement(in: frame)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: encoder, frame: encoder.nestedFrame(isObject: true)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.beginElement(in: frame)
        return JSONUnkeyedContainer(encoder: encoder, frame: encoder.nestedFrame(isObject: false))
    }

    mutating func superEncoder() -> any Encoder {
        writer.beginElement(in: frame)
        return encoder.nestedEncoder()
    }
}

/// The single-value container of ``JSONStreamEncoder``: writes at the current position.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStreamEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var writer: JSONByteWriter { encoder.writer }

    mutating func encodeNil() throws { writer.writeNull() }
    mutating func encode(_ value: Bool) throws { writer.writeBool(value) }
    mutating func encode(_ value: String) throws { writer.writeString(value) }
    mutating func encode(_ value: Double) throws { try writer.writeFloatingPoint(value) }
    mutating func encode(_ value: Float) throws { try writer.writeFloatingPoint(value) }
    mutating func encode(_ value: Int) throws { writer.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int8) throws { writer.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int16) throws { writer.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int32) throws { writer.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int64) throws { writer.writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt) throws { writer.writeUnsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { writer.writeUnsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { writer.writeUnsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { writer.writeUnsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { writer.writeUnsigned(UInt64(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}
