import DocModel
import DocParser

/// One side of `docgen diff`: the model of a folder of pages as `generate` would see it (parsed, patched,
/// filtered, checked), with the services whose pages have errors taken out when the comparison goes on without
/// them.
public struct ComparedSide: Sendable {
    /// The model of the services that read.
    public var model: APIModel
    /// Every diagnostic of reading the pages.
    public var diagnostics: [Diagnostic]
    /// The services left out for their errors (only with `keepGoing`).
    public var failed: [FailedService]
    /// Whether the side cannot be compared at all: errors and no `keepGoing`, or errors no service can be
    /// blamed for (a missing folder, say).
    public var isUnreadable: Bool

    /// Reads `pages` (with the diagnostics of finding them, `readDiagnostics`).
    public static func read(
        _ pages: [PageSource], readDiagnostics: [Diagnostic], options: GeneratorPipeline.Options, concurrency: Int = 1
    ) async -> ComparedSide {
        let read = await GeneratorPipeline.read(pages, options: options, concurrency: concurrency)
        var model = read.model
        let diagnostics = readDiagnostics + read.diagnostics
        guard diagnostics.containsErrors else {
            return ComparedSide(model: model, diagnostics: diagnostics, failed: [], isUnreadable: false)
        }
        let attribution = ErrorAttribution(model).failedServices(diagnostics)
        guard options.keepGoing, attribution.unattributed.isEmpty, !readDiagnostics.containsErrors else {
            return ComparedSide(model: model, diagnostics: diagnostics, failed: attribution.failed, isUnreadable: true)
        }
        let names = Set(attribution.failed.map(\.name))
        model.services.removeAll { names.contains($0.name) }
        return ComparedSide(model: model, diagnostics: diagnostics, failed: attribution.failed, isUnreadable: false)
    }
}
