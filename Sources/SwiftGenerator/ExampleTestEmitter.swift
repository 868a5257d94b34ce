import DocModel

/// Emits a Swift Testing suite with one test per 示例: the request built from the example's input encodes to the
/// same JSON (and, for a GET example, the same query items), and the example's output decodes into the
/// response type. An example that does not fit its own page gets a warning naming the page instead of a test.
struct ExampleTestEmitter {
    /// One test to emit.
    struct Case {
        var action: Action
        var function: String
        var title: String
        var requestJSON: String?
        var query: [(String, String)]?
        var responseJSON: String?
        /// The property of the service's example outputs (``ExampleOutputsEmitter``) that holds `responseJSON`:
        /// set on the first example of each action with an output, which is the output the stub answers with.
        var outputProperty: String?
        /// The members of the output the page says may be null (``ExampleFit/nullablePaths(in:members:prefix:)``).
        var nullablePaths: [String] = []
    }

    /// The tests (``ServicePlan/examples``).
    let cases: [Case]
    let context: ServiceContext

    /// The test of every example of `service` that fits its page, and a warning for each that does not.
    static func cases(service: Service, context: ServiceContext) -> (cases: [Case], diagnostics: [Diagnostic]) {
        let fit = ExampleFit(structs: Dictionary(service.structs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
        var cases: [Case] = []
        var diagnostics: [Diagnostic] = []
        for action in service.actions {
            for (index, example) in action.examples.enumerated() {
                switch Self.testCase(example, of: action, outputs: context.outputMembers(of: action).map(\.parameter), fit: fit) {
                case .success(var testCase):
                    testCase.function = SwiftNaming.methodName(action.name) + "Example\(index + 1)"
                    if testCase.requestJSON != nil || testCase.responseJSON != nil { cases.append(testCase) }
                case .failure(let problem):
                    diagnostics.append(
                        .warning(
                            "example '\(example.title)' of \(action.name) is not generated as a test: \(problem.message)",
                            at: example.location, kind: .exampleMismatch))
                }
            }
        }
        var answered: Set<String> = []
        for index in cases.indices where cases[index].responseJSON != nil && answered.insert(cases[index].action.name).inserted {
            cases[index].outputProperty =
                SwiftNaming.lowerCamelCase(cases[index].action.name) + Constants.GeneratedType.exampleOutputSuffix
        }
        return (cases, diagnostics)
    }

    var hasExamples: Bool { !cases.isEmpty }

    private static func testCase(
        _ example: Example, of action: Action, outputs: [Parameter], fit: ExampleFit
    ) -> Result<Case, ExampleFitProblem> {
        var testCase = Case(action: action, function: "", title: example.title)
        switch example.request {
        case .json(let object):
            if let problem = fit.problem(in: object, members: action.input, path: "", isRequest: true) {
                return .failure(ExampleFitProblem("input \(problem)"))
            }
            testCase.requestJSON = JSONValue.object(object).canonicalText
        case .query(let items):
            guard Set(items.map(\.name)).count == items.count else {
                return .failure(ExampleFitProblem("the input repeats a query item"))
            }
            switch fit.requestJSON(from: items, members: action.input) {
            case .failure(let problem): return .failure(ExampleFitProblem("input \(problem.message)"))
            case .success(let json):
                guard case .object(let object) = json else { return .failure(ExampleFitProblem("input is not an object")) }
                if let problem = fit.problem(in: object, members: action.input, path: "", isRequest: true) {
                    return .failure(ExampleFitProblem("input \(problem)"))
                }
                testCase.requestJSON = json.canonicalText
                testCase.query = items.map { ($0.name, $0.value) }
            }
        case .invalidJSON:
            return .failure(ExampleFitProblem("the input is not a JSON object"))
        case .unrecognized, nil:
            break
        }
        switch example.response {
        case .object(let response):
            if response["Error"] == nil {
                if let problem = fit.problem(in: response, members: outputs, path: "", isRequest: false) {
                    return .failure(ExampleFitProblem("output \(problem)"))
                }
                testCase.responseJSON = JSONValue.object(response).canonicalText
                testCase.nullablePaths = fit.nullablePaths(in: response, members: outputs)
            }
        case .unreadable:
            return .failure(ExampleFitProblem("the output is not JSON with a Response object"))
        case nil:
            break
        }
        return .success(testCase)
    }

    func emit(into writer: inout CodeWriter) {
        writer.docComment("The examples of the `\(context.serviceType)` doc pages, held against the generated types.")
        writer.line("@Suite(\(StringLiteral.quoted("\(context.serviceType) examples")))")
        writer.block("struct \(context.serviceType)\(Constants.GeneratedType.exampleTestsSuffix)") { suite in
            for (index, testCase) in cases.enumerated() {
                if index > 0 { suite.line() }
                let title = DocCommentText.lines(testCase.title).joined(separator: " ")
                suite.line("@Test(\(StringLiteral.quoted("\(testCase.action.name): \(title)")))")
                suite.block("func \(testCase.function)() throws") { body in
                    if let json = testCase.requestJSON {
                        let type = context.qualified(Constants.GeneratedType.request(testCase.action.name))
                        let query: SourceLine =
                            testCase.query.map { items in
                                let pairs = items.map { "\(quoted: $0.0): \(quoted: $0.1)" as SourceLine }
                                return items.isEmpty ? ", query: [:]" : ", query: [\(joined: pairs, separator: ", ")]"
                            } ?? ""
                        body.line(
                            "try \(Constants.RuntimeType.exampleCheck).request(\(type).self, json: \(quoted: json)\(query))")
                    }
                    if let json = testCase.responseJSON {
                        let check = Constants.RuntimeType.exampleCheck
                        let type = context.qualified(Constants.GeneratedType.response(testCase.action.name))
                        let paths = testCase.nullablePaths.map { "\(quoted: $0)" as SourceLine }
                        let nulling: SourceLine = paths.isEmpty ? "" : ", nulling: [\(joined: paths, separator: ", ")]"
                        if let property = testCase.outputProperty {
                            body.line(
                                "try \(check).response(\(type).self, json: \(ExampleOutputsEmitter.typeName(context)).\(property)\(nulling))"
                            )
                        } else {
                            body.line("try \(check).response(\(type).self, json: \(quoted: json)\(nulling))")
                        }
                    }
                }
            }
        }
    }
}
