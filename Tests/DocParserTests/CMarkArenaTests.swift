import CCMarkGFM
import CMarkArena
import Foundation
import PropertyBased
import Testing

/// The per-thread arena cmark-gfm allocates from while a page is read: the pieces behave as `calloc` and `realloc`
/// promise, and cmark parses every page to the same tree with it as with its own allocator.
struct CMarkArenaTests {
    /// cmark-gfm's allocator functions for the arena.
    let memory = docgen_arena_mem()!.pointee

    /// A document's HTML (tables included): the whole tree as text, to compare two parses by.
    static func html(of text: String, memory: UnsafeMutablePointer<cmark_mem>) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory)!
        defer { cmark_parser_free(parser) }
        let table = cmark_find_syntax_extension("table")!
        cmark_parser_attach_syntax_extension(parser, table)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        let rendered = cmark_render_html_with_mem(
            document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser), memory)!
        defer { memory.pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// Every page of specs/ and of the hostile pages (and the 2019 pages where ../shared is): the same HTML with
    /// the arena as with cmark's allocator, the arena reset after each page as the reader does.
    @Test func pagesParseAlikeWithTheArena() throws {
        var folders = [
            PageFixtures.root.appendingPathComponent("specs"), PageFixtures.root.appendingPathComponent("Tests/HostilePages"),
        ]
        if SharedCorpus.isAvailable { folders.append(SharedCorpus.url.appendingPathComponent("corpus/real")) }
        var pages = 0
        for folder in folders {
            let files =
                FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                let expected = Self.html(of: text, memory: cmark_get_default_mem_allocator())
                #expect(Self.html(of: text, memory: docgen_arena_mem()) == expected, "\(file.path)")
                docgen_arena_reset()
                pages += 1
            }
        }
        #expect(pages >= 20)
    }

    /// Random texts made of Markdown's pieces (tables, emphasis, links, entities, long lines that grow cmark's
    /// buffers), each parsed alike with and without the arena.
    @Test func randomTextsParseAlikeWithTheArena() async {
        let pieces = [
            "| a | b |\n|---|---|\n", "| x | **y** |\n", "*e* ", "`c` ", "[l](/u) ", "&#124; ", "&amp; ", "<br/>", "\n\n",
            "## 标题\n", "- item\n", "    code\n", "```\nfence\n```\n", "中文字符", String(repeating: "长", count: 5_000),
        ]
        await propertyCheck(count: 200, input: Gen.int(in: 0...pieces.count - 1).array(of: 0...60)) { choice in
            let text = choice.map { pieces[$0] }.joined()
            let expected = Self.html(of: text, memory: cmark_get_default_mem_allocator())
            #expect(Self.html(of: text, memory: docgen_arena_mem()) == expected)
            docgen_arena_reset()
        }
    }

    /// `calloc` zeroes, pieces are 16-byte aligned, `realloc` keeps the contents whether it grows the last piece in
    /// place or moves it (and across a block boundary, and for a piece larger than a block), and after a reset the
    /// memory is handed out again, zero.
    @Test func piecesBehaveAsCallocAndRealloc() throws {
        docgen_arena_reset()
        defer { docgen_arena_reset() }
        let first = try #require(memory.calloc(3, 7)).assumingMemoryBound(to: UInt8.self)
        #expect(Int(bitPattern: first) % 16 == 0)
        #expect((0..<21).allSatisfy { first[$0] == 0 })
        for index in 0..<21 { first[index] = UInt8(index) }
        // The last piece grows in place.
        let grown = try #require(memory.realloc(first, 100)).assumingMemoryBound(to: UInt8.self)
        #expect(grown == first)
        #expect((0..<21).allSatisfy { grown[$0] == UInt8($0) })
        for index in 0..<100 { grown[index] = UInt8(index) }
        // A piece after it: growing the first again moves it, contents kept.
        let second = try #require(memory.calloc(1, 32)).assumingMemoryBound(to: UInt8.self)
        #expect(Int(bitPattern: second) % 16 == 0)
        let moved = try #require(memory.realloc(grown, 5_000)).assumingMemoryBound(to: UInt8.self)
        #expect(moved != grown)
        #expect((0..<100).allSatisfy { moved[$0] == UInt8($0) })
        #expect((0..<32).allSatisfy { second[$0] == 0 })
        // Larger than a block, and growing past the block it is in.
        let large = try #require(memory.calloc(1, 3 << 20)).assumingMemoryBound(to: UInt8.self)
        #expect(large[0] == 0 && large[(3 << 20) - 1] == 0)
        large[(3 << 20) - 1] = 7
        let larger = try #require(memory.realloc(large, 5 << 20)).assumingMemoryBound(to: UInt8.self)
        #expect(larger != large, "the large piece fills its block: growing it moves it")
        #expect(larger[(3 << 20) - 1] == 7)
        larger[(5 << 20) - 1] = 9
        // Shrinking keeps the piece; freeing does nothing.
        #expect(memory.realloc(larger, 10)?.assumingMemoryBound(to: UInt8.self) == larger)
        memory.free(larger)
        // After a reset the first block is handed out again.
        docgen_arena_reset()
        let again = try #require(memory.calloc(1, 21)).assumingMemoryBound(to: UInt8.self)
        #expect(again == first)
        #expect((0..<21).allSatisfy { again[$0] == 0 })
        // The large blocks are handed out again, zero where the last page wrote (the reset zeroes what was used).
        let reusedLarge = try #require(memory.calloc(1, 3 << 20)).assumingMemoryBound(to: UInt8.self)
        #expect(reusedLarge == large)
        #expect(reusedLarge[(3 << 20) - 1] == 0)
        let reusedLarger = try #require(memory.calloc(1, 5 << 20)).assumingMemoryBound(to: UInt8.self)
        #expect(reusedLarger == larger)
        #expect(reusedLarger[(5 << 20) - 1] == 0)
    }
}
