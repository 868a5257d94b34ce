/// Facts about a value that a page states in prose, read from the description.
public struct Constraints: Hashable, Sendable {
    /// The smallest allowed value (`取值范围：[0, 100]`, `0~100`), exactly as written.
    public var minimum: DecimalNumber?
    /// The largest allowed value, exactly as written.
    public var maximum: DecimalNumber?
    /// The most elements an array may hold (`数组长度最大支持20`, `最多20个`).
    public var maxCount: Int?
    /// The default the server applies when the value is left out (`默认为 10`, `默认值：10`).
    public var defaultValue: String?
    /// Whether the server may return `null` (`注意：此字段可能返回 null`).
    public var isNullable: Bool
    /// Allowed values listed by the page.
    public var allowedValues: [AllowedValue]
    /// An example value (`示例值：`).
    public var example: String?
    /// Whether the page says the parameter is deprecated.
    public var isDeprecated: Bool
    /// The parameter to use instead, when the page names one (`（旧参数，请切换到ProxyIds）`).
    public var replacement: String?
    /// The unit of the value (`单位：月`, `单位为 byte`).
    public var unit: String?

    /// Creates a set of constraints; every fact defaults to "not stated". (Inlinable: the readers make one per
    /// parameter, which otherwise is a call that copies the whole value out.)
    @inlinable
    public init(
        minimum: DecimalNumber? = nil,
        maximum: DecimalNumber? = nil,
        maxCount: Int? = nil,
        defaultValue: String? = nil,
        isNullable: Bool = false,
        allowedValues: [AllowedValue] = [],
        example: String? = nil,
        isDeprecated: Bool = false,
        replacement: String? = nil,
        unit: String? = nil
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.maxCount = maxCount
        self.defaultValue = defaultValue
        self.isNullable = isNullable
        self.allowedValues = allowedValues
        self.example = example
        self.isDeprecated = isDeprecated
        self.replacement = replacement
        self.unit = unit
    }
}

/// One value of an enumeration listed in a description.
public struct AllowedValue: Hashable, Sendable {
    /// The value as sent on the wire.
    public var value: String
    /// What the page says it means.
    public var description: String
    /// How something ended, when the description says so (a task status `2：失败` or `FAILED: Failed`).
    public var outcome: Outcome?

    /// Creates an allowed value.
    public init(value: String, description: String = "", outcome: Outcome? = nil) {
        self.value = value
        self.description = description
        self.outcome = outcome
    }

    /// How something ended.
    public enum Outcome: String, Hashable, Sendable {
        /// It ended well (成功, success).
        case success
        /// It ended badly (失败, failed).
        case failure
    }
}
