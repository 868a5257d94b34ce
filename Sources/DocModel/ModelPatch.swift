/// A correction to an upstream doc mistake, read from `specs/<svc>/<version>/patches.json` and applied between
/// parsing and emitting, so the pages themselves stay as published.
public struct ModelPatch: Hashable, Sendable {
    /// What the patch changes.
    public enum Target: Hashable, Sendable {
        /// A row of an action's 输入参数 table.
        case input(action: String, parameter: String)
        /// A row of an action's 输出参数 table.
        case output(action: String, parameter: String)
        /// A member of a data structure.
        case member(structure: String, member: String)
        /// A data structure the pages forgot, added whole.
        case addStructure(StructDefinition)
    }

    /// Why the page is wrong (required: a patch without a reason is an error).
    public var reason: String
    /// What it changes.
    public var target: Target
    /// The corrected type.
    public var type: TypeReference?
    /// The corrected wire name (a misnamed field).
    public var name: String?
    /// The corrected 必选 value.
    public var isRequired: Bool?
    /// The folder of the `patches.json`: the patch applies to the service whose pages are there.
    public var folder: String
    /// Where the patch is written.
    public var location: SourceLocation

    /// Creates a patch.
    public init(
        reason: String, target: Target, type: TypeReference? = nil, name: String? = nil, isRequired: Bool? = nil,
        folder: String, location: SourceLocation
    ) {
        self.reason = reason
        self.target = target
        self.type = type
        self.name = name
        self.isRequired = isRequired
        self.folder = folder
        self.location = location
    }
}

extension APIModel {
    /// The model with `patches` applied in order, and an error for each patch that matches nothing (a patch
    /// must never silently stop applying when the pages change). Where a patch changes a parameter's type,
    /// `constraints` reads the parameter's facts again for the new type (a range means something for an Integer
    /// that it does not for a String).
    public func applying(
        _ patches: [ModelPatch], constraints: (Parameter) -> Constraints = \.constraints
    ) -> (APIModel, [Diagnostic]) {
        var model = self
        var diagnostics: [Diagnostic] = []
        for patch in patches {
            let candidates = model.services.indices.filter { model.services[$0].folders.contains(patch.folder) }
            guard !candidates.isEmpty else {
                diagnostics.append(.error("no service's pages are in \(patch.folder)", at: patch.location, kind: .patch))
                continue
            }
            var applied = false
            for index in candidates where !applied {
                applied = model.services[index].apply(patch, constraints: constraints)
            }
            if !applied {
                diagnostics.append(.error("the patch matches nothing: \(patch.target.summary)", at: patch.location, kind: .patch))
            }
        }
        return (model, diagnostics)
    }
}

extension Service {
    /// The folders the service's pages are in, and the folders above them (a patch file may sit in a product
    /// folder whose pages are in 分组 subfolders).
    fileprivate var folders: Set<String> {
        Set((actions.map(\.location.file) + structs.map(\.location.file)).flatMap(PagePath.ancestors))
    }

    /// Applies `patch`; `false` when its target does not exist.
    fileprivate mutating func apply(_ patch: ModelPatch, constraints: (Parameter) -> Constraints) -> Bool {
        func fix(_ parameters: inout [Parameter], _ name: String) -> Bool {
            guard let index = parameters.firstIndex(where: { $0.name == name }) else { return false }
            if let type = patch.type, type != parameters[index].type {
                parameters[index].type = type
                parameters[index].constraints = constraints(parameters[index])
            }
            if let newName = patch.name { parameters[index].name = newName }
            if let required = patch.isRequired { parameters[index].isRequired = required }
            return true
        }
        switch patch.target {
        case .input(let action, let parameter):
            guard let index = actions.firstIndex(where: { $0.name == action }) else { return false }
            return fix(&actions[index].input, parameter)
        case .output(let action, let parameter):
            guard let index = actions.firstIndex(where: { $0.name == action }) else { return false }
            return fix(&actions[index].output, parameter)
        case .member(let structure, let member):
            guard let index = structs.firstIndex(where: { $0.name == structure }) else { return false }
            return fix(&structs[index].members, member)
        case .addStructure(let definition):
            guard !structs.contains(where: { $0.name == definition.name }) else { return false }
            structs.append(definition)
            structs.sort { $0.name < $1.name }
            return true
        }
    }
}

extension ModelPatch.Target {
    /// `DescribeX input Foo`, for messages.
    public var summary: String {
        switch self {
        case .input(let action, let parameter): "\(action) input \(parameter)"
        case .output(let action, let parameter): "\(action) output \(parameter)"
        case .member(let structure, let member): "\(structure).\(member)"
        case .addStructure(let definition): "a new struct \(definition.name) (it already exists)"
        }
    }
}
