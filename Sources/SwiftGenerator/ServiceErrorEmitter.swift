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
    }

    /// Every code: the service's own from its 错误码 tables (first description wins), then the common codes the
    /// pages do not mention; sorted by code, with Swift names made unique.
    static func codes(of service: Service) -> [Code] {
        var descriptions: [String: String] = [:]
        for action in service.actions {
            for error in action.errors where descriptions[error.code] == nil || descriptions[error.code]?.isEmpty == true {
                descriptions[error.code] = error.description
            }
        }
        for common in CommonErrorCodes.all where descriptions[common.code] == nil {
            descriptions[common.code] = common.description
        }
        var used: Set<String> = ["rawValue", "knownValues", "isKnown", "description", "hashValue"]
        return descriptions.keys.sorted().map { code in
            var name = SwiftNaming.lowerCamelCase(code)
            if used.contains(name) {
                var index = 2
                while used.contains("\(name)\(index)") { index += 1 }
                name = "\(name)\(index)"
            }
            used.insert(name)
            return Code(name: SwiftNaming.escaped(name), code: code, description: descriptions[code] ?? "")
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
            body.block("\(access) struct \(Constants.GeneratedType.errorCode): \(Constants.Conformance.enumeration)") { code in
                code.line("\(access) let rawValue: String")
                code.line()
                code.block("\(access) init(rawValue: String)") { $0.line("self.rawValue = rawValue") }
                for item in codes {
                    code.line()
                    code.docComment(item.description.isEmpty ? "`\(item.code)`." : item.description)
                    code.line(
                        "\(access) static let \(item.name) = \(Constants.GeneratedType.errorCode)(rawValue: \(StringLiteral.quoted(item.code)))"
                    )
                }
                code.line()
                code.line("\(access) static let knownValues: [\(Constants.GeneratedType.errorCode)] = [")
                for item in codes { code.line("    .\(item.name),") }
                code.line("]")
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
