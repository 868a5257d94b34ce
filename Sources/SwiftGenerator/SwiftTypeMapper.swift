import DocModel

/// Maps page types onto Swift types.
enum SwiftTypeMapper {
    /// The Swift type for `type` (never optional): Integer → `Int64`, Float → `Double`, arrays, structs.
    static func swiftType(_ type: TypeReference, names: TypeNameTable) -> String {
        switch type {
        case .string, .binary: Constants.SwiftType.string
        case .timestamp, .timestampISO8601, .date: Constants.RuntimeType.timestamp
        case .integer: Constants.SwiftType.int64
        case .float: Constants.SwiftType.double
        case .boolean: Constants.SwiftType.bool
        case .array(let element): "[\(swiftType(element, names: names))]"
        case .map(let key, let value): "[\(swiftType(key, names: names)): \(swiftType(value, names: names))]"
        case .structure(let name): names.swiftName(name)
        }
    }
}
