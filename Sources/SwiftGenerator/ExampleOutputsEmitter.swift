/// Emits a service's test-support library (`TencentCloudCLBTesting`): the output of the first example of each
/// action on its page, for a consumer's tests to answer with (`InMemoryTransport(examples: CLBExamples.outputs)`).
/// The example tests hold the same outputs against the response types, so every output here decodes.
struct ExampleOutputsEmitter {
    /// The examples of the service (``ServicePlan/examples``); those with an ``ExampleTestEmitter/Case/outputProperty``
    /// are emitted.
    let cases: [ExampleTestEmitter.Case]
    let context: ServiceContext

    /// The enumeration holding the outputs (`CLBExamples`).
    static func typeName(_ context: ServiceContext) -> String { context.serviceType + Constants.GeneratedType.examplesSuffix }

    func emit(into writer: inout CodeWriter) {
        let outputs = cases.compactMap { testCase in
            testCase.outputProperty.flatMap { property in testCase.responseJSON.map { (testCase, property, $0) } }
        }
        let typeName = Self.typeName(context)
        writer.docComment(
            """
            The output of the first example of each action on the `\(context.serviceType)` doc pages: the members of \
            its `Response` object, as JSON text.

            Answer a test's calls with them through `\(Constants.RuntimeType.inMemoryTransport)`:

            ```swift
            let transport = \(Constants.RuntimeType.inMemoryTransport)(examples: \(typeName).\(Constants.GeneratedType.exampleOutputs))
            ```
            """)
        writer.block("public enum \(typeName)") { body in
            for (testCase, property, json) in outputs {
                let title = DocCommentText.lines(testCase.title).joined(separator: " ")
                body.docComment("`\(testCase.action.name)`: \(title)")
                body.line("public static let \(property) = \(quoted: json)")
                body.line()
            }
            body.docComment("The outputs, by action name.")
            if outputs.isEmpty {
                body.line(
                    "public static let \(Constants.GeneratedType.exampleOutputs): [\(Constants.SwiftType.string): \(Constants.SwiftType.string)] = [:]"
                )
            } else {
                body.line(
                    "public static let \(Constants.GeneratedType.exampleOutputs): [\(Constants.SwiftType.string): \(Constants.SwiftType.string)] = ["
                )
                for (index, (testCase, property, _)) in outputs.enumerated() {
                    let comma = index == outputs.count - 1 ? "" : ","
                    body.line("    \(quoted: testCase.action.name): \(property)\(comma)")
                }
                body.line("]")
            }
        }
    }
}
