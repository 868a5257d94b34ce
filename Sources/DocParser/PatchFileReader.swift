import DocModel
import Foundation

/// Reads a `patches.json`: corrections to upstream doc mistakes, each with a reason.
///
/// ```json
/// { "patches": [
///   { "reason": "The API takes a number", "struct": "Target", "member": "Weight", "type": "Integer" },
///   { "reason": "Misspelled on the page", "action": "DescribeX", "output": "InstanceID", "name": "InstanceId" },
///   { "reason": "Linked but never documented",
///     "addStruct": { "name": "Tag", "members": [{ "name": "Key", "type": "String", "required": true }] } }
/// ] }
/// ```
public enum PatchFileReader {
    /// Whether `path` names a patch file rather than a page.
    public static func isPatchFile(_ path: String) -> Bool {
        path == "patches.json" || path.hasSuffix("/patches.json")
    }

    private struct File: Decodable {
        var patches: [Entry]
    }

    private struct Entry: Decodable {
        var reason: String?
        var action: String?
        var input: String?
        var output: String?
        var `struct`: String?
        var member: String?
        var type: String?
        var name: String?
        var required: Bool?
        var addStruct: NewStruct?
    }

    private struct NewStruct: Decodable {
        var name: String
        var description: String?
        var members: [NewMember]
    }

    private struct NewMember: Decodable {
        var name: String
        var type: String
        var required: Bool?
        var description: String?
    }

    /// The patches of `file`, or the diagnostics saying why they cannot be used.
    public static func read(_ file: PageSource) -> ([ModelPatch], [Diagnostic]) {
        let folder = file.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: Data(file.text.utf8))
        } catch {
            return (
                [], [.error("not a patch file: \(error)", at: SourceLocation(file: file.path, line: 1, column: 1), kind: .patch)]
            )
        }
        let reasonLines = lines(of: "\"reason\"", in: file.text)
        var patches: [ModelPatch] = []
        var diagnostics: [Diagnostic] = []
        for (index, entry) in decoded.patches.enumerated() {
            let location = SourceLocation(file: file.path, line: index < reasonLines.count ? reasonLines[index] : 1, column: 1)
            switch patch(entry, folder: folder, location: location) {
            case .success(let patch): patches.append(patch)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (patches, diagnostics)
    }

    private static func patch(_ entry: Entry, folder: String, location: SourceLocation) -> Result<ModelPatch, Diagnostic> {
        func failure(_ message: String) -> Result<ModelPatch, Diagnostic> {
            .failure(.error(message, at: location, kind: .patch))
        }
        guard let reason = entry.reason?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
            return failure("a patch needs a \"reason\"")
        }
        var type: TypeReference?
        if let spelled = entry.type {
            guard case .type(let parsed) = TypeParser.parse(spelled) else { return failure("unknown type '\(spelled)'") }
            type = parsed
        }
        if let name = entry.name, !TypeParser.isIdentifier(name) { return failure("'\(name)' is not a valid name") }
        let target: ModelPatch.Target
        switch (entry.action, entry.input, entry.output, entry.struct, entry.member, entry.addStruct) {
        case (let action?, let input?, nil, nil, nil, nil): target = .input(action: action, parameter: input)
        case (let action?, nil, let output?, nil, nil, nil): target = .output(action: action, parameter: output)
        case (nil, nil, nil, let structure?, let member?, nil): target = .member(structure: structure, member: member)
        case (nil, nil, nil, nil, nil, let added?):
            guard TypeParser.isIdentifier(added.name) else { return failure("'\(added.name)' is not a valid struct name") }
            var members: [Parameter] = []
            for member in added.members {
                guard TypeParser.isIdentifier(member.name), case .type(let memberType) = TypeParser.parse(member.type) else {
                    return failure("member '\(member.name)' of \(added.name) needs a valid name and type")
                }
                members.append(
                    Parameter(
                        name: member.name, type: memberType, isRequired: member.required ?? false,
                        description: member.description ?? "", location: location))
            }
            let definition = StructDefinition(
                name: added.name, description: added.description ?? "", members: members, location: location)
            target = .addStructure(definition)
        default:
            return failure("a patch names one target: action with input or output, struct with member, or addStruct")
        }
        if case .addStructure = target {
        } else if type == nil && entry.name == nil && entry.required == nil {
            return failure("the patch changes nothing: give \"type\", \"name\" or \"required\"")
        }
        return .success(
            ModelPatch(
                reason: reason, target: target, type: type, name: entry.name, isRequired: entry.required, folder: folder,
                location: location))
    }

    /// The 1-based lines on which `needle` occurs, in order.
    private static func lines(of needle: String, in text: String) -> [Int] {
        var result: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(needle) {
            result.append(index + 1)
        }
        return result
    }
}
