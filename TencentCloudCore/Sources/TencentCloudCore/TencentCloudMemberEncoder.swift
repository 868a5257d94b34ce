/// The members of one JSON object, as a generated type's ``TencentCloudValue/encodeMembers(to:)`` writes them
/// (`try container.encode(self.port, forKey: "Port")`).
///
/// With ``TencentCloudJSONEncoder``, the encoder of every request body, each member is written straight into
/// the body's bytes. Codable's `KeyedEncodingContainer` reaches a member through a type-erased box and a
/// generic call that looks up the key's and the value's metadata; for a small request that was two thirds of
/// encoding it. With any other encoder (Foundation's `JSONEncoder`, a GET request's query) the members go
/// through that encoder's keyed container with ``TencentCloudCodingKey``, so the JSON is the same either way.
///
/// Members are best written in their keys' byte order, as generated code does: an object's members are then
/// never reordered.
public struct TencentCloudMemberEncoder {
    /// Any other encoder's keyed container, behind a reference (the standard library's container has no fixed
    /// layout, so held inline it made every member a runtime call).
    private final class Container {
        var keyed: KeyedEncodingContainer<TencentCloudCodingKey>
        init(_ keyed: KeyedEncodingContainer<TencentCloudCodingKey>) { self.keyed = keyed }
    }

    /// The encoder of the body ``TencentCloudJSONEncoder`` writes, when it is the one: held strongly once, so
    /// that it and its writer live as long as this value does.
    private let owner: JSONStreamEncoder?
    /// The same encoder and its writer, reached without retaining them: a class reference read from a stored
    /// property was retained and released around every call on it, a third of encoding a request. `owner`
    /// keeps both alive.
    private let body: Unmanaged<JSONStreamEncoder>?
    private let writer: Unmanaged<JSONByteWriter>?
    /// The object's frame in `writer`.
    private let frame: Int
    /// Any other encoder's keyed container.
    private let container: Container?

    /// The members of the object `encoder` encodes.
    public init(_ encoder: any Encoder) {
        if let encoder = JSONStreamEncoder.unwrap(encoder) {
            self.init(body: encoder, frame: encoder.objectFrame())
        } else {
            self.init(container: Container(encoder.container(keyedBy: TencentCloudCodingKey.self)))
        }
    }

    /// The members of an object of any other encoder, through its keyed container.
    private init(container: Container) {
        (owner, body, writer, frame) = (nil, nil, nil, 0)
        self.container = container
    }

    /// The members of the object open at `frame` in `encoder`'s body (``TencentCloudJSONEncoder`` writing a
    /// ``TencentCloudValue`` passes its encoder directly: no `Encoder` existential to open).
    init(body encoder: JSONStreamEncoder, frame: Int) {
        owner = encoder
        body = Unmanaged.passUnretained(encoder)
        writer = Unmanaged.passUnretained(encoder.writer)
        self.frame = frame
        container = nil
    }

    /// Writes the key of a member of the body, or hands the member to the keyed container.
    @inline(__always)
    private func member(
        _ key: TencentCloudCodingKey, body write: (JSONByteWriter) throws -> Void,
        container fallback: (inout KeyedEncodingContainer<TencentCloudCodingKey>) throws -> Void
    ) rethrows {
        if let writer {
            try writer._withUnsafeGuaranteedRef { writer in
                writer.beginMember(key.stringValue, in: frame)
                try write(writer)
            }
        } else if let container {
            try fallback(&container.keyed)
        }
    }

    /// Writes the key of a member of the body and hands the value to the body's encoder, or hands the member to
    /// the keyed container.
    @inline(__always)
    private func nested(
        _ key: TencentCloudCodingKey, body write: (JSONStreamEncoder) throws -> Void,
        container fallback: (inout KeyedEncodingContainer<TencentCloudCodingKey>) throws -> Void
    ) rethrows {
        if let body, let writer {
            writer._withUnsafeGuaranteedRef { $0.beginMember(key.stringValue, in: frame) }
            try body._withUnsafeGuaranteedRef { try write($0) }
        } else if let container {
            try fallback(&container.keyed)
        }
    }

    // MARK: Members

    /// Encodes a string member.
    public func encode(_ value: String, forKey key: TencentCloudCodingKey) throws {
        try member(key) {
            $0.writeString(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes an integer member.
    public func encode(_ value: Int64, forKey key: TencentCloudCodingKey) throws {
        try member(key) {
            $0.writeInteger(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes a number member; a non-finite number is an error, as in JSON.
    public func encode(_ value: Double, forKey key: TencentCloudCodingKey) throws {
        try member(key) {
            try $0.writeFloatingPoint(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes a Boolean member.
    public func encode(_ value: Bool, forKey key: TencentCloudCodingKey) throws {
        try member(key) {
            $0.writeBool(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes a time member as its wire text.
    public func encode(_ value: TencentCloudTimestamp, forKey key: TencentCloudCodingKey) throws {
        try member(key) {
            $0.writeString(value.rawValue)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes an enumeration member as its wire text.
    public func encode(_ value: some TencentCloudEnumeration, forKey key: TencentCloudCodingKey) throws {
        try member(key) {
            $0.writeString(value.rawValue)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes an array member, each element where it goes.
    public func encode<Element: Encodable>(_ value: [Element], forKey key: TencentCloudCodingKey) throws {
        try nested(key) {
            try $0.encodeArray(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes a data-structure member, its members written straight into the body.
    public func encode(_ value: some TencentCloudValue, forKey key: TencentCloudCodingKey) throws {
        try nested(key) {
            try $0.encodeObject(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes an array of data structures, each element's members written straight into the body.
    public func encode<Element: TencentCloudValue>(_ value: [Element], forKey key: TencentCloudCodingKey) throws {
        try nested(key) {
            try $0.encodeObjects(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    /// Encodes a member of any other type (a map, an indirect value).
    public func encode(_ value: some Encodable, forKey key: TencentCloudCodingKey) throws {
        try nested(key) {
            try $0.encodeValue(value)
        } container: {
            try $0.encode(value, forKey: key)
        }
    }

    // MARK: Optional members

    /// Encodes a string member unless it is `nil`.
    public func encodeIfPresent(_ value: String?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes an integer member unless it is `nil`.
    public func encodeIfPresent(_ value: Int64?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes a number member unless it is `nil`.
    public func encodeIfPresent(_ value: Double?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes a Boolean member unless it is `nil`.
    public func encodeIfPresent(_ value: Bool?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes a time member unless it is `nil`.
    public func encodeIfPresent(_ value: TencentCloudTimestamp?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes an enumeration member unless it is `nil`.
    public func encodeIfPresent<Value: TencentCloudEnumeration>(_ value: Value?, forKey key: TencentCloudCodingKey)
        throws
    {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes an array member unless it is `nil`.
    public func encodeIfPresent<Element: Encodable>(_ value: [Element]?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes a data-structure member unless it is `nil`.
    public func encodeIfPresent<Value: TencentCloudValue>(_ value: Value?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes an array of data structures unless it is `nil`.
    public func encodeIfPresent<Element: TencentCloudValue>(_ value: [Element]?, forKey key: TencentCloudCodingKey)
        throws
    {
        if let value { try encode(value, forKey: key) }
    }

    /// Encodes a member of any other type unless it is `nil`.
    public func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: TencentCloudCodingKey) throws {
        if let value { try encode(value, forKey: key) }
    }
}
