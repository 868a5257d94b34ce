/// What kind of problem a ``Diagnostic`` reports; `docgen lint` groups by it.
public enum DiagnosticKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A type names a struct no data-structure page defines.
    case undefinedStruct = "undefined-struct"
    /// A struct is defined twice, differently.
    case duplicateStruct = "duplicate-struct"
    /// Two pages define one action.
    case duplicateAction = "duplicate-action"
    /// A table lists one parameter twice.
    case duplicateParameter = "duplicate-parameter"
    /// A type cell is misspelled, legacy or unknown.
    case typeSpelling = "type-spelling"
    /// A section, table, column or row the page needs is missing.
    case missingSection = "missing-section"
    /// A 必选 flag that cannot be right (neither 是 nor 否, or on an output).
    case suspiciousRequired = "suspicious-required"
    /// An example that does not fit its own page.
    case exampleMismatch = "example-mismatch"
    /// A name that cannot become an identifier or a path.
    case invalidName = "invalid-name"
    /// Input beyond the parser's limits.
    case limit
    /// Bidirectional-control or zero-width characters.
    case hiddenCharacters = "hidden-characters"
    /// A page without 接口请求域名.
    case missingHost = "missing-host"
    /// A table row that is not a parameter but the rest of the previous row's description (a line break in a cell).
    case continuationRow = "continuation-row"
    /// The Chinese and the English page of one action or struct disagree on a name, type or required flag.
    case languageMismatch = "language-mismatch"
    /// Where a data-structure page's structs were attached, when more than one service version could own them.
    case structPlacement = "struct-placement"
    /// A page that is not an API page.
    case skippedPage = "skipped-page"
    /// Something the generator had to leave out.
    case notGenerated = "not-generated"
    /// A file that could not be read.
    case io
    /// A `patches.json` entry that is malformed or matches nothing in the model.
    case patch
    /// Anything else.
    case other
}
