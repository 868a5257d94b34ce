import DocModel
import Testing

@testable import SwiftGenerator

/// The checks `validate(into:)` makes, asserted on the plan (the rules), not on the emitted text.
struct ValidationPlanTests {
    static let here = SourceLocation(file: "demo.md", line: 1, column: 1)

    static func member(
        _ name: String, _ type: TypeReference, required: Bool = false, _ constraints: Constraints = Constraints()
    ) -> Parameter {
        Parameter(name: name, type: type, isRequired: required, description: "", constraints: constraints, location: here)
    }

    /// An action taking `input`.
    static func action(input: [Parameter]) -> Action {
        Action(
            name: "DoThing", version: "2020-01-01", host: nil, description: "", rateLimit: nil, isAsync: false,
            supportsFinancialRegions: false, region: .required, input: input, output: [], errors: [], examples: [],
            location: here)
    }

    /// The plan of a service with `action` and the structs `structs`.
    static func context(_ action: Action, structs: [StructDefinition] = []) -> ServiceContext {
        let service = Service(name: "demo", version: "2020-01-01", host: "demo", actions: [action], structs: structs)
        return ServiceContext(service: service, module: "TencentCloudDemo", serviceType: "Demo")
    }

    /// The rules of `parameter` as the one input of an action.
    static func rules(_ parameter: Parameter, structs: [StructDefinition] = []) -> [ValidationRule] {
        let action = action(input: [parameter])
        return context(action, structs: structs).inputMembers(of: action).first?.rules ?? []
    }

    @Test func integerRangesAreExact() {
        let big = Constraints(minimum: 1, maximum: DecimalNumber("9223372036854775807"))
        #expect(Self.rules(Self.member("Quota", .integer, big)) == [.range(.integer(1), .integer(.max))])
        let beyond = Constraints(minimum: DecimalNumber("-99999999999999999999"), maximum: DecimalNumber("18446744073709551615"))
        #expect(Self.rules(Self.member("Quota", .integer, beyond)) == [.range(.integer(.min), .integer(.max))])
    }

    @Test func fractionalBoundsOfAnIntegerRoundInwards() {
        let range = Constraints(minimum: DecimalNumber("0.5"), maximum: DecimalNumber("10.5"))
        #expect(Self.rules(Self.member("Count", .integer, range)) == [.range(.integer(1), .integer(10))])
        let empty = Constraints(minimum: DecimalNumber("0.2"), maximum: DecimalNumber("0.8"))
        #expect(Self.rules(Self.member("Count", .integer, empty)).isEmpty)
    }

    @Test func floatBoundsStayDecimal() {
        let range = Constraints(minimum: DecimalNumber("0.1"), maximum: 1)
        let rules = Self.rules(Self.member("Ratio", .float, range))
        #expect(rules == [.range(.decimal(DecimalNumber("0.1")!), .decimal(1))])
        #expect(
            rules.first.map { if case .range(let low, let high) = $0 { "\(low!.literal)...\(high!.literal)" } else { "" } }
                == "0.1...1.0")
    }

    @Test func arraysAndListedValues() {
        let ids = Self.member("Ids", .array(.string), required: true, Constraints(maxCount: 20))
        #expect(Self.rules(ids) == [.nonEmpty, .maxCount(20)])
        let values = [AllowedValue(value: "1"), AllowedValue(value: "2")]
        #expect(Self.rules(Self.member("Mode", .integer, Constraints(allowedValues: values))) == [.oneOf([1, 2])])
        #expect(
            Self.rules(
                Self.member("Kind", .string, Constraints(allowedValues: [AllowedValue(value: "A"), AllowedValue(value: "B")])))
                == [.known])
    }

    /// Values listed for a Float, a Boolean or an `Array of Integer` give no check, so a struct holding only
    /// such members has nothing to validate and its parent does not call it.
    @Test func aStructIsValidatedExactlyWhenAMemberHasARule() {
        let listed = Constraints(allowedValues: [AllowedValue(value: "0.5"), AllowedValue(value: "1.5")])
        let quiet = StructDefinition(
            name: "Quiet", description: "",
            members: [
                Self.member("Ratio", .float, listed), Self.member("On", .boolean, listed),
                Self.member("Levels", .array(.integer), listed),
            ], location: Self.here)
        let checked = StructDefinition(
            name: "Checked", description: "", members: [Self.member("Size", .integer, Constraints(maximum: 10))],
            location: Self.here)
        let outer = StructDefinition(
            name: "Outer", description: "", members: [Self.member("Inner", .array(.structure("Checked")))], location: Self.here)
        let structs = [checked, outer, quiet]
        #expect(Self.rules(Self.member("Thing", .structure("Quiet")), structs: structs).isEmpty)
        #expect(Self.rules(Self.member("Thing", .structure("Outer")), structs: structs) == [.nested])
        let context = Self.context(Self.action(input: []), structs: structs)
        #expect(context.validation.validatedStructs == ["Checked", "Outer"])
        #expect(context.members(of: quiet).allSatisfy { $0.rules.isEmpty })
    }
}
