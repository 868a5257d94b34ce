import DocModel

/// The public Swift API one service version's module offers, as the plan makes it: every type, property,
/// initializer, method and enumeration case a consumer's code can name, with its signature and the page item it
/// comes from. `docgen diff` compares two surfaces to tell which doc changes break code that compiled against the
/// older module; the surface is read from the same ``ServicePlan`` the emitters render, so it cannot drift from
/// the generated code.
public struct SwiftAPISurface: Hashable, Sendable {
    /// The page item a declaration is generated from.
    public enum Origin: Hashable, Sendable, Comparable {
        /// The service version as a whole (its module and service type).
        case service
        /// An action (its methods, request and response types).
        case action(String)
        /// An input parameter of an action.
        case input(action: String, parameter: String)
        /// An output parameter of an action.
        case output(action: String, parameter: String)
        /// A data structure.
        case structure(String)
        /// A member of a data structure.
        case member(structure: String, parameter: String)
        /// An error code of the service (any of its actions).
        case errorCode(String)
    }

    /// A named declaration with a type: a type, a property or an enumeration case.
    public struct Declaration: Hashable, Sendable {
        /// Where it is found, from the module (`CLB.deregisterTargets`, `CLB.DeregisterTargetsRequest.targets`).
        public var path: String
        /// Its type as the code inside the service names it (`[Target]`, `String?`); empty for a type or a case.
        public var signature: String
        /// What it is generated from.
        public var origin: Origin
    }

    /// One argument of an initializer or method.
    public struct Argument: Hashable, Sendable {
        /// The argument label.
        public var label: String
        /// Its type.
        public var type: String
        /// Whether a call may leave it out.
        public var hasDefault: Bool
        /// What it is generated from.
        public var origin: Origin
    }

    /// An initializer or method, and its arguments in order.
    public struct Callable: Hashable, Sendable {
        /// Where it is found (`CLB.DeregisterTargetsRequest.init`, `CLB.deregisterTargets`).
        public var path: String
        /// The arguments, in order.
        public var arguments: [Argument]
        /// What it is generated from.
        public var origin: Origin
    }

    /// The module's name (`TencentCloudCLB`).
    public var module: String
    /// The service type's name (`CLB`), which every path but the module's starts with.
    public var serviceType: String
    /// Every declaration, by path.
    public var declarations: [String: Declaration] = [:]
    /// Every initializer and flattened method, by path.
    public var callables: [String: Callable] = [:]

    /// The surface of each service version of `model` (of those in `keys`, when given), keyed by service name and
    /// version, under the module names the generator gives them.
    public static func surfaces(of model: APIModel, only keys: Set<ServiceVersionKey>? = nil) -> [ServiceVersionKey:
        SwiftAPISurface]
    {
        var result: [ServiceVersionKey: SwiftAPISurface] = [:]
        for (service, module) in ModuleName.plan(model.services) {
            let key = ServiceVersionKey(service: service.name, version: service.version)
            guard keys?.contains(key) ?? true else { continue }
            result[key] = SwiftAPISurface(plan: ServicePlan(service: service, module: module, access: .public))
        }
        return result
    }

    init(plan: ServicePlan) {
        module = plan.module.module
        serviceType = plan.module.serviceType
        let context = plan.context
        let serviceType = context.serviceType
        add(serviceType, "", .service)
        func addMembers(_ members: [MemberPlan], owner: String, origin: (String) -> Origin, initializer: Bool) {
            add(owner, "", origin(""))
            for member in members {
                add("\(owner).\(member.plainName)", member.declaredType, origin(member.parameter.name))
                // A shared enumeration is listed once, from its first user.
                if let enumeration = member.enumeration, declarations[context.qualified(enumeration.typeName)] == nil {
                    let type = context.qualified(enumeration.typeName)
                    add(type, "", origin(member.parameter.name))
                    for value in enumeration.cases { add("\(type).\(value.name)", "", origin(member.parameter.name)) }
                }
            }
            if initializer {
                callables["\(owner).init"] = Callable(
                    path: "\(owner).init",
                    arguments: members.map {
                        Argument(
                            label: $0.plainName, type: $0.argumentType, hasDefault: $0.isOptionalArgument,
                            origin: origin($0.parameter.name))
                    }, origin: origin(""))
            }
        }
        for action in plan.service.actions {
            let name = action.name
            addMembers(
                context.inputMembers(of: action), owner: context.qualified(Constants.GeneratedType.request(name)),
                origin: { $0.isEmpty ? .action(name) : .input(action: name, parameter: $0) }, initializer: true)
            addMembers(
                context.outputMembers(of: action), owner: context.qualified(Constants.GeneratedType.response(name)),
                origin: { $0.isEmpty ? .action(name) : .output(action: name, parameter: $0) }, initializer: false)
            let method = "\(serviceType).\(SwiftNaming.lowerCamelCase(name))"
            add(method, "", .action(name))
            callables[method] = Callable(
                path: method,
                arguments: context.inputMembers(of: action).map {
                    Argument(
                        label: $0.plainName, type: $0.argumentType, hasDefault: $0.isOptionalArgument,
                        origin: .input(action: name, parameter: $0.parameter.name))
                }, origin: .action(name))
        }
        let codes = "\(context.errorType).\(Constants.GeneratedType.errorCode)"
        add(codes, "", .service)
        for code in plan.errorCodes {
            add("\(codes).\(code.name.filter { $0 != "`" })", "", .errorCode(code.code))
        }
        for definition in plan.service.structs {
            let name = definition.name
            addMembers(
                context.members(of: definition), owner: context.qualified(context.names.swiftName(name)),
                origin: { $0.isEmpty ? .structure(name) : .member(structure: name, parameter: $0) }, initializer: true)
        }
    }

    private mutating func add(_ path: String, _ signature: String, _ origin: Origin) {
        declarations[path] = Declaration(path: path, signature: signature, origin: origin)
    }
}

/// A service version: the service's name and the version's date (`clb`, `2018-03-17`).
public struct ServiceVersionKey: Hashable, Sendable, Comparable {
    /// The service's name (`clb`).
    public var service: String
    /// The version (`2018-03-17`).
    public var version: String

    /// Creates the key.
    public init(service: String, version: String) {
        self.service = service
        self.version = version
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.service, lhs.version) < (rhs.service, rhs.version) }
}
