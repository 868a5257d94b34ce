import DocGenPipeline
import DocModel
import DocParser
import Foundation
import SwiftGenerator
import Testing

/// The text a page gives reaches the module's documentation, every line of it: the action's description and error
/// descriptions, every parameter's and member's description, each struct's description, each listed value's
/// meaning. (The docs are written once, so nothing may fall out between the places that share them.)
struct DocTextTests {
    /// The doc-comment lines of a module's files, without `///` and surrounding spaces.
    static func docLines(_ files: [GeneratedFile], module: String) -> [String] {
        files.filter { $0.path.hasPrefix(module + "/") && $0.path.hasSuffix(".swift") }.flatMap { file in
            file.contents.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("///") else { return nil }
                return trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// Every line of page text the model holds for `service`, with where it comes from.
    static func pageTexts(_ service: Service) -> [(String, String)] {
        var texts: [(String, String)] = []
        func add(_ text: String, _ origin: String) {
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { texts.append((trimmed, origin)) }
            }
        }
        func add(_ parameters: [Parameter], _ owner: String) {
            for parameter in parameters {
                add(parameter.description, "\(owner).\(parameter.name)")
                for value in parameter.constraints.allowedValues {
                    add(value.description, "\(owner).\(parameter.name)=\(value.value)")
                }
            }
        }
        for action in service.actions {
            add(action.description, action.name)
            add(action.input, action.name)
            add(action.output, action.name)
            for error in action.errors { add(error.description, "\(action.name) \(error.code)") }
        }
        for definition in service.structs {
            add(definition.description, definition.name)
            add(definition.members, definition.name)
        }
        return texts
    }

    static func check(pages: [PageSource], root: String, services: Set<String>? = nil) async {
        let output = await GeneratorPipeline.run(
            pages, options: .init(sourceRoot: root, filter: services.map { ModelFilter(services: $0) } ?? ModelFilter()))
        #expect(!output.hasErrors)
        #expect(!output.model.services.isEmpty)
        for service in output.model.services {
            let module = try? #require(
                output.files.first { $0.path.hasSuffix("+Actions.swift") }?.path.split(separator: "/").first)
            let lines = docLines(output.files, module: module.map(String.init) ?? "")
            #expect(!lines.isEmpty)
            for (text, origin) in pageTexts(service) where !lines.contains(where: { $0.contains(text) }) {
                Issue.record("\(service.name): the text of \(origin) is not in the module's docs: \(text)")
            }
        }
    }

    @Test func specsTextReachesTheDocs() async {
        let (pages, _) = SpecReader.pages(at: [PipelineTests.root.appendingPathComponent("specs/clb").path])
        await Self.check(pages: pages, root: "specs")
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: CorpusGoldenTests.corpus.path), "../shared/corpus/real is missing"),
        arguments: ["es", "scf", "cdb", "vod"])
    func realPagesTextReachesTheDocs(service: String) async {
        let (pages, _) = SpecReader.pages(at: [CorpusGoldenTests.corpus.appendingPathComponent(service).path])
        await Self.check(pages: pages, root: CorpusGoldenTests.corpus.path, services: [service])
    }
}
