import DocModel

/// Maps page types onto Swift types.
enum SwiftTypeMapper {
    /// The Swift type for `type` (never optional): Integer → `Int64`, Float → `Double`, arrays, structs.
    static func swiftType(_ type: TypeReference, names: TypeNameTable) -> String {
        switch type {
        case .string, .binary: RuntimeNames.string
        case .timestamp, .timestampISO8601, .date: RuntimeNames.timestamp
        case .integer: RuntimeNames.int64
        case .float: RuntimeNames.double
        case .boolean: RuntimeNames.bool
        case .array(let element): "[\(swiftType(element, names: names))]"
        case .map(let key, let value): "[\(swiftType(key, names: names)): \(swiftType(value, names: names))]"
        case .structure(let name): names.swiftName(name)
        }
    }

    /// A numeric bound written as a literal of `type` (`100` for Int64, `0.5` for Double).
    static func literal(_ value: Double, for type: TypeReference) -> String {
        if type == .integer || value == value.rounded(), abs(value) < 1e15 {
            let whole = Int64(value.rounded(.towardZero))
            return type == .integer ? "\(whole)" : "\(whole).0"
        }
        return "\(value)"
    }
}
