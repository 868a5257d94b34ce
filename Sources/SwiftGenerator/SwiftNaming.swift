/// Turns wire names into Swift identifiers.
///
/// Rules: only ASCII letters, digits and underscores survive; a leading digit gets an underscore; a leading
/// run of capitals is lowercased as one acronym (`SSLMode` → `sslMode`, `URL` → `url`, `VpcId` → `vpcId`);
/// Swift keywords are wrapped in backticks.
public enum SwiftNaming {
    /// `LoadBalancerId` → `loadBalancerId`; `default` → `` `default` ``.
    public static func propertyName(_ wireName: String) -> String {
        escaped(lowerCamelCase(wireName))
    }

    /// Names that cannot be a stored property or an initializer argument even in backticks without changing
    /// meaning (`self` as an argument would shadow the instance in `init`).
    static let unusableMemberNames: Set<String> = ["self", "Self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// The same as ``propertyName(_:)`` but without backticks, for use in strings and paths.
    public static func lowerCamelCase(_ wireName: String) -> String {
        let words = identifierWords(wireName)
        guard let first = words.first else { return "_" }
        var result = lowercasedLeadingAcronym(first)
        for word in words.dropFirst() {
            result += word.prefix(1).uppercased() + word.dropFirst()
        }
        if let head = result.unicodeScalars.first, head.properties.numericType != nil { result = "_" + result }
        if unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    /// The name of an enumeration case for the listed value `value`, without backticks: words in capitals read
    /// as words (`POSTPAID_BY_HOUR` → `postpaidByHour`, `RENEW_FLAG_AUTO` → `renewFlagAuto`), mixed-case words
    /// keep their case (`PrePaid` → `prePaid`), and a word that starts with a digit is set off by an underscore
    /// so digits of two words never run together (`ES.S1.2XLARGE32` → `esS1_2xlarge32`); a leading digit gets an
    /// underscore (`1` → `_1`).
    public static func caseName(_ value: String) -> String {
        var result = ""
        for word in identifierWords(value) {
            let shouting = !word.unicodeScalars.contains { ("a"..."z").contains($0) }
            let normal = shouting ? word.lowercased() : word
            if result.isEmpty {
                result = shouting ? normal : lowercasedLeadingAcronym(normal)
            } else if let head = normal.unicodeScalars.first, head.properties.numericType != nil {
                result += "_" + normal
            } else {
                result += normal.prefix(1).uppercased() + normal.dropFirst()
            }
        }
        guard !result.isEmpty else { return "_" }
        if let head = result.unicodeScalars.first, head.properties.numericType != nil { result = "_" + result }
        if unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    /// `Target` → `Target`; `cert_info` → `CertInfo`; keywords get backticks.
    public static func typeName(_ wireName: String) -> String {
        escaped(upperCamelCase(wireName))
    }

    /// The type name without backticks.
    public static func upperCamelCase(_ wireName: String) -> String {
        var result = identifierWords(wireName).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if result.isEmpty { result = "_" }
        if let head = result.unicodeScalars.first, head.properties.numericType != nil { result = "_" + result }
        return result
    }

    /// `DeregisterTargets` → `deregisterTargets`.
    public static func methodName(_ actionName: String) -> String {
        propertyName(actionName)
    }

    /// `clb` → `CLB`: the service type's name.
    public static func serviceTypeName(_ serviceName: String) -> String {
        var result = identifierWords(serviceName).map { $0.uppercased() }.joined()
        if result.isEmpty { result = "Service" }
        if let head = result.unicodeScalars.first, head.properties.numericType != nil { result = "_" + result }
        return result
    }

    /// `clb` → `TencentCloudCLB`: the generated module's name.
    public static func moduleName(_ serviceName: String) -> String {
        Constants.Module.generated(serviceType: serviceTypeName(serviceName).trimmingPrefix("_"))
    }

    /// `identifier` as an argument label at a call site, where only `inout`, `var` and `let` need backticks.
    public static func argumentLabel(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Wraps `identifier` in backticks when it is a keyword.
    public static func escaped(_ identifier: String) -> String {
        SwiftKeywords.needsEscaping(identifier) ? "`\(identifier)`" : identifier
    }

    /// Splits on everything that is not an ASCII letter or digit.
    private static func identifierWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `SSLMode` → `sslMode`, `URL` → `url`, `VpcId` → `vpcId`, `eniIp` stays.
    private static func lowercasedLeadingAcronym(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        let upperRun = scalars.prefix { ("A"..."Z").contains($0) }.count
        let lowered = upperRun == scalars.count || upperRun <= 1 ? upperRun : upperRun - 1
        var result = String(String.UnicodeScalarView(scalars[..<lowered])).lowercased()
        result.unicodeScalars.append(contentsOf: scalars[lowered...])
        return result
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: Character) -> String {
        String(drop { $0 == prefix })
    }
}
