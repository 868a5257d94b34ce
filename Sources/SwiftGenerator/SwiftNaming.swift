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
    static let unusableMemberNames: WordSet = ["self", "Self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// The same as ``propertyName(_:)`` but without backticks, for use in strings and paths.
    public static func lowerCamelCase(_ wireName: String) -> String {
        if let word = lowerCamelCaseOfOneWord(wireName) { return word }
        var result = identifier(wireName) { index, word, out in
            if index == 0 {
                appendLoweringLeadingAcronym(word, to: &out)
            } else {
                appendCapitalized(word, to: &out)
            }
        }
        guard !result.isEmpty else { return "_" }
        if result.utf8.first.map(isDigit) == true { result = "_" + result }
        if unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    /// ``lowerCamelCase(_:)`` of a name that is one word starting with a letter (`InstanceId`, most parameter names),
    /// or `nil`: the leading acronym lowered in place, without collecting words.
    private static func lowerCamelCaseOfOneWord(_ wireName: String) -> String? {
        var name = wireName
        let result = name.withUTF8 { bytes -> String? in
            guard let first = bytes.first, !isDigit(first), !bytes.isEmpty, bytes.allSatisfy(isWordByte) else { return nil }
            let lowered = leadingAcronymCount(bytes)
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for index in bytes.indices { out[index] = index < lowered ? lowercased(bytes[index]) : bytes[index] }
                return bytes.count
            }
        }
        guard let result, !unusableMemberNames.contains(result) else { return nil }
        return result
    }

    /// The name of an enumeration case for the listed value `value`, without backticks: words in capitals read
    /// as words (`POSTPAID_BY_HOUR` → `postpaidByHour`, `RENEW_FLAG_AUTO` → `renewFlagAuto`), mixed-case words
    /// keep their case (`PrePaid` → `prePaid`), and a word that starts with a digit is set off by an underscore
    /// so digits of two words never run together (`ES.S1.2XLARGE32` → `esS1_2xlarge32`); a leading digit gets an
    /// underscore (`1` → `_1`).
    public static func caseName(_ value: String) -> String {
        var result = identifier(value) { index, word, out in
            // A word in capitals is read in lowercase; a mixed-case word keeps its case.
            let shouting = !word.contains { $0 >= 0x61 && $0 <= 0x7A }
            guard let head = word.first else { return }
            if index == 0 {
                if shouting {
                    out.append(contentsOf: word.lazy.map(lowercased))
                } else {
                    appendLoweringLeadingAcronym(word, to: &out)
                }
                return
            }
            if isDigit(head) {
                out.append(0x5F)
                out.append(head)
            } else {
                out.append(uppercased(head))
            }
            if shouting {
                out.append(contentsOf: word.dropFirst().lazy.map(lowercased))
            } else {
                out.append(contentsOf: word.dropFirst())
            }
        }
        guard !result.isEmpty else { return "_" }
        if result.utf8.first.map(isDigit) == true { result = "_" + result }
        if unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    /// `Target` → `Target`; `cert_info` → `CertInfo`; keywords get backticks.
    public static func typeName(_ wireName: String) -> String {
        escaped(upperCamelCase(wireName))
    }

    /// The type name without backticks.
    public static func upperCamelCase(_ wireName: String) -> String {
        var result = identifier(wireName) { _, word, out in appendCapitalized(word, to: &out) }
        if result.isEmpty { result = "_" }
        if result.utf8.first.map(isDigit) == true { result = "_" + result }
        return result
    }

    /// `DeregisterTargets` → `deregisterTargets`.
    public static func methodName(_ actionName: String) -> String {
        propertyName(actionName)
    }

    /// `clb` → `CLB`: the service type's name.
    public static func serviceTypeName(_ serviceName: String) -> String {
        var result = identifier(serviceName) { _, word, out in out.append(contentsOf: word.lazy.map(uppercased)) }
        if result.isEmpty { result = "Service" }
        if result.utf8.first.map(isDigit) == true { result = "_" + result }
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

    /// The words of `text` (its runs of ASCII letters and digits; everything else separates them), each
    /// written by `write` with its index, joined without separators.
    ///
    /// Works on UTF-8 bytes: every byte of a non-ASCII character is 0x80 or above, so it separates words as
    /// the character does.
    private static func identifier(
        _ text: String, _ write: (_ index: Int, _ word: Slice<UnsafeBufferPointer<UInt8>>, _ out: inout [UInt8]) -> Void
    ) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 2)
            var index = 0
            var words = 0
            while index < bytes.count {
                guard isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
                write(words, bytes[start..<index], &out)
                words += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `SSLMode` → `sslMode`, `URL` → `url`, `VpcId` → `vpcId`, `eniIp` stays.
    private static func appendLoweringLeadingAcronym(_ word: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        let lowered = leadingAcronymCount(word)
        out.append(contentsOf: word.prefix(lowered).lazy.map(lowercased))
        out.append(contentsOf: word.dropFirst(lowered))
    }

    /// How many leading bytes of `word` a lower camel case name lowers: its capitals, but the last of them when a
    /// lowercase letter follows it (`SSLMode` → 3, `URL` → 3, `VpcId` → 1, `eniIp` → 0).
    private static func leadingAcronymCount(_ word: some Collection<UInt8>) -> Int {
        let upperRun = word.prefix { $0 >= 0x41 && $0 <= 0x5A }.count
        return upperRun == word.count || upperRun <= 1 ? upperRun : upperRun - 1
    }

    /// `word` with its first letter in capitals.
    private static func appendCapitalized(_ word: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        guard let head = word.first else { return }
        out.append(uppercased(head))
        out.append(contentsOf: word.dropFirst())
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
    private static func uppercased(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: Character) -> String {
        String(drop { $0 == prefix })
    }
}
