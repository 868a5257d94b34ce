import DocModel
import Testing

@testable import DocParser

/// The English counterparts of the Chinese description facts, on cells worded as the English pages word them.
struct EnglishFactTests {
    static func facts(_ description: String, _ type: TypeReference = .integer) -> Constraints {
        let parameter = Parameter(
            name: "Value", type: type, isRequired: false, description: description,
            location: SourceLocation(file: "test.md", line: 1, column: 1))
        return ConstraintReader.constraints(of: parameter, language: .en)
    }

    @Test func rangesAndBounds() {
        #expect(Self.facts("Weight. Value range: 0-100. Default value: 10.").minimum == 0)
        #expect(Self.facts("Weight. Value range: 0-100. Default value: 10.").maximum == 100)
        #expect(Self.facts("Port. Value range: [1, 65535].").maximum == 65535)
        #expect(Self.facts("Number of results. Default value: 20. Maximum value: 100.").maximum == 100)
        #expect(Self.facts("Offset. Minimum value: 1.").minimum == 1)
        #expect(Self.facts("Port, value range: 1 to 65535").minimum == 1)
    }

    @Test func defaultsExamplesAndUnits() {
        #expect(Self.facts("Number of results. Default value: 20. Maximum value: 100.").defaultValue == "20")
        #expect(Self.facts("CDH model. Default value: `HS1`.", .string).defaultValue == "HS1")
        #expect(Self.facts("Task ID<br/>Example value: 12345", .string).example == "12345")
        #expect(Self.facts("Validity period. Unit: second.").unit == "second")
    }

    @Test func nullableAndDeprecated() {
        let nullable = Self.facts(
            "Name.\nNote: This field may return null, indicating that no valid values can be obtained.", .string)
        #expect(nullable.isNullable)
        let deprecated = Self.facts("This parameter has been deprecated. Please use ProxyIds instead.", .string)
        #expect(deprecated.isDeprecated)
        #expect(deprecated.replacement == "ProxyIds")
        #expect(!Self.facts("Instance name.", .string).isDeprecated)
    }

    @Test func arrayCounts() {
        #expect(Self.facts("Instance IDs. You can query up to 100 instances in each request.", .array(.string)).maxCount == 100)
        #expect(Self.facts("Names, each up to 60 characters.", .array(.string)).maxCount == nil)
    }

    @Test func enumerations() {
        let page = """
            ## 1. API Description

            API request domain name: cvm.tencentcloudapi.com.

            ## 2. Input Parameters

            | Parameter name | Required | Type | Description |
            |---|---|---|---|
            | Action | Yes | String | Common parameter; the value for this API: RunThings |
            | Version | Yes | String | Common parameter; the value for this API: 2017-03-12 |
            | ChargeType | No | String | Billing mode. Valid values: <br><li>`PREPAID`: monthly subscription<br><li>`POSTPAID_BY_HOUR`: pay as you go |
            """
        let action = PageParser.parse(PageSource(path: "RunThings_intl.md", text: page)).0.action
        #expect(action?.input.first?.constraints.allowedValues.map(\.value) == ["PREPAID", "POSTPAID_BY_HOUR"])
        #expect(
            Self.facts("Task status; value range: PROCESSING, SUCCESS, and FAIL.", .string).allowedValues.map(\.value) == [
                "PROCESSING", "SUCCESS", "FAIL",
            ])
    }

    @Test func overviewFacts() {
        let english = PageVocabulary.english
        #expect(english.rateLimit(in: "Default API request frequency limit: 20 times/second.") == 20)
        #expect(english.rateLimit(in: "A maximum of 40 requests can be initiated per second for this API.") == 40)
        #expect(english.rateLimit(in: "Default API request rate limit: 200 requests/second.") == 200)
        #expect(english.supportsFinancialRegions("Note: This API supports Finance regions."))
        #expect(english.contains(anyOf: english.asyncMarkers, in: "This API is an asynchronous API."))
    }
}
