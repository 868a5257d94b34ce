/// Every name the generated code spells that is not taken from a page: the runtime's types and members, the
/// generated modules' and types' names, and the wire names the plan looks for. Emitters use these; none
/// spells such a name itself.
enum Constants {
    /// Modules the generated code imports, and how generated modules are named.
    enum Module {
        /// The runtime.
        static let core = "TencentCloudCore"
        /// The runtime's test support (the example check, the in-memory transport).
        static let testing = "TencentCloudTesting"
        static let foundation = "Foundation"
        /// The prefix of every generated module (`TencentCloudCLB`).
        static let generatedPrefix = "TencentCloud"
        /// The suffix of a generated module's example-test target (`TencentCloudCLBTests`).
        static let testsSuffix = "Tests"
        /// The suffix of a generated module's test-support library (`TencentCloudCLBTesting`): the pages'
        /// example outputs, for consumers' tests.
        static let testSupportSuffix = "Testing"
        /// The module of service `serviceType` (`CLB` → `TencentCloudCLB`).
        static func generated(serviceType: String) -> String { generatedPrefix + serviceType }
    }

    /// The runtime's protocols the generated types conform to.
    enum Conformance {
        static let request = "TencentCloudRequest"
        static let response = "TencentCloudResponse"
        /// An event of a streaming action's answer.
        static let event = "TencentCloudEvent"
        static let model = "TencentCloudModel"
        static let service = "TencentCloudService"
        static let enumeration = "TencentCloudEnumeration"
        static let serviceError = "TencentCloudServiceError"
        /// A typed error's code type; the common codes are its static members.
        static let errorCode = "TencentCloudErrorCode"
        static let validatable = "TencentCloudValidatable"
    }

    /// The runtime's types the generated code names.
    enum RuntimeType {
        static let client = "TencentCloudClient"
        static let callOptions = "CallOptions"
        /// `ActionDescriptor.Signing.skip`: the action is sent unsigned.
        static let skipSigning = "skip"
        static let error = "TencentCloudError"
        static let serviceConfiguration = "ServiceConfiguration"
        static let actionDescriptor = "ActionDescriptor"
        static let indirect = "Indirect"
        /// The coding key of every generated type's `init(from:)` and `encodeMembers(to:)`, made from a string literal.
        static let codingKey = "TencentCloudCodingKey"
        /// What every generated type's `encodeMembers(to:)` writes its members through.
        static let memberEncoder = "TencentCloudMemberEncoder"
        static let timestamp = "TencentCloudTimestamp"
        static let paginator = "TencentCloudPaginator"
        static let eventStream = "TencentCloudEventStream"
        static let taskWaiter = "TaskWaiter"
        static let taskWaitError = "TaskWaitError"
        static let exampleCheck = "ExampleCheck"
        static let inMemoryTransport = "InMemoryTransport"
        static let validationError = "ValidationError"
        static let validationProblem = "ValidationProblem"
        static let credentials = "Credentials"
        static let credential = "Credential"
    }

    /// What the runtime's value protocol (`TencentCloudValue`) asks every generated type for.
    enum Coding {
        /// The method that writes a value's members through the ``RuntimeType/memberEncoder``.
        static let encodeMembers = "encodeMembers"
    }

    /// `validate(into:)` and the checks it calls on its ``RuntimeType`` context.
    enum Validation {
        static let context = "ValidationContext"
        static let method = "validate(into context: inout ValidationContext)"
        static let contextArgument = "context"
        static let requireNonEmpty = "requireNonEmpty"
        static let check = "check"
        static let checkKnown = "checkKnown"
        static let validate = "validate"
    }

    /// The client's members the generated service calls.
    enum Client {
        /// `send(_:to:region:)`.
        static let send = "send"
        /// `stream(_:to:region:)`, for streaming actions.
        static let stream = "stream"
        static let regionArgument = "region"
    }

    /// What one poll of a task waiter returns (`TaskWaiter.State`).
    enum TaskState {
        static let running = "running"
        static let succeeded = "succeeded"
        static let failed = "failed"
    }

    /// Names of the generated types.
    enum GeneratedType {
        /// A service's typed error, nested in the service type (`CLB.Error`).
        static let serviceError = "Error"
        /// The `TencentCloudService` requirement naming the typed error (`CLB.ServiceError`).
        static let serviceErrorAlias = "ServiceError"
        /// The error's nested type of codes (`CLB.Error.Code`).
        static let errorCode = "Code"
        /// The nested type Codable synthesis looks up; a page struct never takes the name.
        static let codingKeys = "CodingKeys"
        /// The suffix of the suite of a service's page examples (`CLBExampleTests`).
        static let exampleTestsSuffix = "ExampleTests"
        /// The suffix of the enumeration holding a service's example outputs (`CLBExamples`).
        static let examplesSuffix = "Examples"
        /// The dictionary of every example output by action (`CLBExamples.outputs`).
        static let exampleOutputs = "outputs"
        /// The property holding one action's example output (`deregisterTargetsOutput`): the action's method
        /// name and this suffix, so no property can be named ``exampleOutputs``.
        static let exampleOutputSuffix = "Output"
        /// The request type of action `action` (`DeregisterTargetsRequest`).
        static func request(_ action: String) -> String { action + "Request" }
        /// The response type of action `action` (`DeregisterTargetsResponse`).
        static func response(_ action: String) -> String { action + "Response" }
        /// The event type of streaming action `action` (`ChatCompletionsEvent`).
        static func event(_ action: String) -> String { action + "Event" }
        /// The suffix of a streaming action's method (`chatCompletionsStream`).
        static let streamMethodSuffix = "Stream"
        /// The suffix of the static descriptor a streaming action's two methods share (`chatCompletionsAction`).
        static let descriptorSuffix = "Action"
    }

    /// Swift's types the page types map to.
    enum SwiftType {
        static let string = "String"
        static let int64 = "Int64"
        static let double = "Double"
        static let bool = "Bool"
    }

    /// Wire names the plan looks for in the pages' tables.
    enum Wire {
        static let requestId = "RequestId"
        static let clientToken = "ClientToken"
        static let offset = "Offset"
        static let limit = "Limit"
        static let totalCount = "TotalCount"
        static let taskId = "TaskId"
        static let status = "Status"
        /// The action a service polls for its asynchronous tasks.
        static let taskStatusAction = "DescribeTaskStatus"
    }
}
