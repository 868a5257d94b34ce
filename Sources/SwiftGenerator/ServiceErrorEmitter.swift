import DocModel

/// Emits the service's typed error (`CLB.Error`), nested in the service type, with a static member for every documented code.
struct ServiceErrorEmitter {
    var service: Service
    var context: ServiceContext
    /// The codes (``ServicePlan/errorCodes``).
    var codes: [Code]

    /// One code of the typed error: its Swift name, wire code and description.
    struct Code {
        var name: String
        var code: String
        var description: String
        /// Whether only the runtime declares it (a common code no page of the service documents).
        var isCommonOnly = false
    }

    /// The common codes (``CommonErrorCodes/all``), made a set once.
    private static let commonCodes = Set(CommonErrorCodes.all)

    /// The common codes' names (the runtime's), by code.
    private static let commonNames = Dictionary(
        CommonErrorCodes.all.map { ($0, SwiftNaming.lowerCamelCase($0)) }, uniquingKeysWith: { first, _ in first })

    /// The names a service's own codes cannot take: the error code type's members and the common codes' names.
    private static let takenNames = Set(
        ["rawValue", "knownValues", "commonCodes", "isKnown", "description", "hashValue"] + commonNames.values)

    /// Every code: the service's own from its 错误码 tables (first description wins), then the common codes the
    /// pages do not mention; sorted by code. A common code keeps the runtime's name; the service's other codes get
    /// names made unique around them.
    static func codes(of service: Service) -> [Code] {
        var descriptions: [String: String] = [:]
        // The first description a code has that is not empty, found with one look-up per error.
        func keep(_ description: String, in kept: inout String?) {
            if kept?.isEmpty ?? true { kept = description }
        }
        for action in service.actions {
            for error in action.errors { keep(error.description, in: &descriptions[error.code]) }
        }
        let common = Self.commonCodes
        var used = Self.takenNames
        var names: [String: String] = [:]
        for code in descriptions.keys.sorted() where !common.contains(code) {
            var name = SwiftNaming.lowerCamelCase(code)
            if used.contains(name) {
                var index = 2
                while used.contains("\(name)\(index)") { index += 1 }
                name = "\(name)\(index)"
            }
            used.insert(name)
            names[code] = name
        }
        return Set(descriptions.keys).union(common).sorted().map { code in
            Code(
                name: SwiftNaming.escaped(names[code] ?? Self.commonNames[code] ?? SwiftNaming.lowerCamelCase(code)), code: code,
                description: descriptions[code] ?? "", isCommonOnly: descriptions[code] == nil)
        }
    }

    func emit(into writer: inout CodeWriter) {
        let access = context.access
        writer.docComment(
            """
            An error the `\(service.name)` API returned in `Response.Error`.

            Compare ``code`` with the static members of ``\(Constants.GeneratedType.errorCode)`` (`error.code == .failedOperation`); a code this \
            version of the package does not know is kept in `code.rawValue`.
            """)
        writer.block("\(access) struct \(Constants.GeneratedType.serviceError): \(Constants.Conformance.serviceError)") { body in
            body.docComment("An error code of the `\(service.name)` API.")
            body.block("\(access) struct \(Constants.GeneratedType.errorCode): \(Constants.Conformance.errorCode)") { code in
                // The common codes no page documents are the runtime's (`TencentCloudErrorCode`), documented there.
                EnumerationEmitter.emitValues(
                    codes.filter { !$0.isCommonOnly }.map { ($0.name, $0.code, $0.description) },
                    of: Constants.GeneratedType.errorCode, access: access, into: &code)
                code.line()
                // The common codes, then the service's others.
                let common = Set(CommonErrorCodes.all)
                let own = codes.filter { !common.contains($0.code) }
                let known = "\(access) static let knownValues: [\(Constants.GeneratedType.errorCode)] = commonCodes"
                if own.isEmpty {
                    code.line(known)
                } else {
                    code.line(known + " + [")
                    for item in own { code.line("    .\(item.name),") }
                    code.line("]")
                }
            }
            body.line()
            body.line("/// The code from `Response.Error.Code`.")
            body.line("\(access) let code: \(Constants.GeneratedType.errorCode)")
            body.line()
            body.line("/// The server's explanation.")
            body.line("\(access) let message: String")
            body.line()
            body.line("/// The request's ID, to quote when asking Tencent Cloud about the call.")
            body.line("\(access) let requestId: String?")
            body.line()
            body.line("/// Creates an error.")
            body.block("\(access) init(code: \(Constants.GeneratedType.errorCode), message: String, requestId: String?)") {
                initializer in
                initializer.line("self.code = code")
                initializer.line("self.message = message")
                initializer.line("self.requestId = requestId")
            }
        }
    }
}
