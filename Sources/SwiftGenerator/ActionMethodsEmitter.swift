import DocModel

/// Emits the service's methods for one action: one taking the request value, documented in full (the action's
/// description, notes and errors; each parameter's whole description is on the request type's property), and one
/// with flattened arguments, whose comment points to both.
struct ActionMethodsEmitter {
    var action: Action
    var context: ServiceContext
    /// Why the action, which takes paging members, gets no paginator (``PaginatorEmitter/Plans/notes``).
    var pagingNote: String? = nil
    /// The action's stream, when its page documents one: a third method, and a descriptor the two sending methods
    /// share.
    var streaming: StreamingPlan? = nil

    /// Emits the methods inside the service's extension.
    func emit(into writer: inout CodeWriter) {
        let method = SwiftNaming.methodName(action.name)
        let members = context.inputMembers(of: action)
        let discardable = action.output.allSatisfy { $0.name == Constants.Wire.requestId }
        let request = Constants.GeneratedType.request(action.name)
        let returns: SourceLine = "async throws -> \(Constants.GeneratedType.response(action.name))"
        writer.line("// MARK: \(action.name)")
        writer.line()
        // A streaming action sends from two methods: they share one descriptor.
        let descriptor: SourceLine
        if streaming != nil {
            let sharedDescriptor = "\(method)\(Constants.GeneratedType.descriptorSuffix)"
            writer.line("/// The name and facts of `\(action.name)`.")
            writer.line("private static let \(sharedDescriptor) = \(self.descriptor)")
            writer.line()
            descriptor = "Self.\(sharedDescriptor)"
        } else {
            descriptor = self.descriptor
        }
        // The request overload carries the action's whole documentation, and the request type's properties each
        // parameter's; the flattened overload points to both.
        writeDocumentation(into: &writer)
        if discardable { writer.line("@discardableResult") }
        let requestMethod: SourceLine =
            "\(context.access) func \(method)(_ request: \(request), region: String? = nil) \(returns)"
        writer.block(requestMethod) { body in
            body.line("try await \(Constants.Client.send)(request, to: \(descriptor), region: region)")
        }
        writer.line()
        // One line of identifiers (an action's name is one) and fixed text: written as it is.
        if members.isEmpty {
            writer.line("/// Calls `\(action.name)`; ``\(method)(_:region:)`` documents the action.")
        } else {
            writer.line(
                "/// Calls `\(action.name)` with a request built from the arguments, each the ``\(request)`` property of its name; ``\(method)(_:region:)`` documents the action."
            )
        }
        if discardable { writer.line("@discardableResult") }
        let arguments = members.map(\.argumentDeclaration) + ["region: String? = nil"]
        writer.block("\(context.access) func \(method)(\(joined: arguments, separator: ", ")) \(returns)") { body in
            let passed = members.map { "\(SwiftNaming.argumentLabel($0.plainName)): \($0.name)" as SourceLine }
            body.line("try await self.\(method)(\(request)(\(joined: passed, separator: ", ")), region: region)")
        }
        guard let streaming else { return }
        writer.line()
        let switchNote =
            streaming.streamSwitch.map { " (`\($0.plainName)` set to `true`)" } ?? ""
        writer.docComment(
            """
            Calls `\(action.name)`\(switchNote) and returns its answer as it arrives: one \
            `\(Constants.GeneratedType.event(action.name))` per server-sent event, and the call's `requestId`. \
            ``\(method)(_:region:)`` documents the action.

            An error the server returns, before the first event or in the middle of the stream, is thrown as \
            ``\(context.serviceType)/\(Constants.GeneratedType.serviceError)``; cancelling the iterating task stops reading.

            - Parameters:
              - request: The action's input.
              - \(regionDoc)
            """)
        let eventStream = "\(Constants.RuntimeType.eventStream)<\(Constants.GeneratedType.event(action.name))>"
        writer.block(
            "\(context.access) func \(method)\(Constants.GeneratedType.streamMethodSuffix)(_ request: \(Constants.GeneratedType.request(action.name)), region: String? = nil) async throws -> \(eventStream)"
        ) { body in
            if let streamSwitch = streaming.streamSwitch {
                body.line("var request = request")
                body.line("request.\(streamSwitch.name) = true")
            }
            body.line("return try await \(Constants.Client.stream)(request, to: \(descriptor), region: region)")
        }
    }

    private var regionDoc: String { "region: The region for this call; the service's region when `nil`." }

    private var descriptor: SourceLine {
        let region: SourceLine
        switch action.region {
        case .required: region = ".required"
        case .optional: region = ".optional"
        case .notNeeded: region = ".notNeeded"
        }
        var arguments: [SourceLine] = ["name: \(quoted: action.name)", "region: \(region)"]
        if let rateLimit = action.rateLimit { arguments.append("rateLimit: \(rateLimit)") }
        if action.input.contains(where: { $0.name == Constants.Wire.clientToken }) {
            arguments.append("hasClientToken: true")
        }
        if action.isReadOnly { arguments.append("isReadOnly: true") }
        if action.isIdempotent { arguments.append("isIdempotent: true") }
        if action.skipsSignature { arguments.append("signing: .\(Constants.RuntimeType.skipSigning)") }
        return "\(Constants.RuntimeType.actionDescriptor)(\(joined: arguments, separator: ", "))"
    }

    /// The method's doc comment: the description, then notes on rate limit, asynchrony and errors. (Its arguments,
    /// the request and the call's region, are the same for every action and documented once, on the service type.)
    private func writeDocumentation(into writer: inout CodeWriter) {
        writer.docComment { paragraphs in
            paragraphs.append(action.description.isEmpty ? "Calls `\(action.name)`." : action.description)
            paragraphs.nextParagraph()
            if let rateLimit = action.rateLimit {
                paragraphs.append(line: "- Note: Rate limit: \(rateLimit) requests per second.")
            }
            if action.isAsync {
                paragraphs.append(
                    line: "- Note: The action is asynchronous: its effect is complete only when the task it starts ends.")
            }
            if action.supportsFinancialRegions {
                paragraphs.append(
                    line: "- Note: Supports the financial regions (such as `ap-shanghai-fsi`), which use their own host.")
            }
            if let pagingNote { paragraphs.append("- Note: \(pagingNote)") }
            guard !action.errors.isEmpty else { return }
            paragraphs.nextParagraph()
            paragraphs.append(line: "Errors this action documents:")
            for error in action.errors {
                Self.appendError(code: error.code, description: error.description, to: &paragraphs)
            }
        }
    }

    /// Appends an error's item to the errors paragraph: ``- `code`: description``, the description's further lines
    /// indented under it. Most codes and descriptions are clean single lines, written as they are (the description
    /// without its trailing spaces); the others are cleaned line by line.
    static func appendError(
        code: String, description: String, to paragraphs: inout CodeWriter.DocCommentParagraphs
    ) {
        if DocCommentText.isCleanLine(code), DocCommentText.isCleanLine(description) {
            let description = DocCommentText.droppingTrailingSpaces(description)
            paragraphs.append(line: description.isEmpty ? "- `\(code)`" : "- `\(code)`: \(description)")
        } else {
            let lines = DocCommentText.lines(description)
            paragraphs.append("- `\(code)`" + (lines.isEmpty ? "" : ": " + lines.joined(separator: "\n  ")))
        }
    }
}
