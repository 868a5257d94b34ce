import DocModel
import Foundation
import PropertyBased
import Testing

@testable import DocParser

/// The byte-level text helpers give what the character-level code they replaced gave (kept here as the
/// reference), on random text made of the characters that matter: every kind of space and line break, CJK
/// markers, full-width punctuation, emoji.
struct TextScanTests {
    static let alphabet: [String] = [
        "a", "Z", "0", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{00A0}", "\u{3000}", "\u{2002}", "\u{2003}", "\u{2009}",
        "\u{2028}", "：", ":", "值", "默认值为", "范围", "最大", "单位：", "中", "🚀", "é", "e\u{301}", "|", "-",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = Self.generator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0..<24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    static func generator(seed: UInt64) -> Xoshiro {
        Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
    }

    /// Up to `pieces - 1` pieces, each from `parts` or from ``alphabet`` by a coin toss, joined.
    static func randomText(mixing parts: [String], pieces: Int, using generator: inout Xoshiro) -> String {
        (0..<Int.random(in: 0..<pieces, using: &generator)).map { _ in
            (Bool.random(using: &generator) ? parts : alphabet).randomElement(using: &generator)!
        }.joined()
    }

    // MARK: References (the previous implementations)

    static func referenceIsSpace(_ scalar: Unicode.Scalar) -> Bool {
        [0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009].contains(scalar.value)
    }

    static func referenceCollapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if referenceIsSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func referenceTidyLines(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            let line = referenceCollapse(String(String.UnicodeScalarView(raw)))
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: Tests

    @Test func collapseAndTidyLinesMatchTheScalarVersions() {
        for text in Self.randomTexts(count: 3_000, seed: 1) {
            #expect(Whitespace.collapse(text) == Self.referenceCollapse(text), "\(text.debugDescription)")
            #expect(Whitespace.tidyLines(text) == Self.referenceTidyLines(text), "\(text.debugDescription)")
            // Text that is tidy already comes back as it is.
            let collapsed = Self.referenceCollapse(text)
            #expect(Whitespace.collapse(collapsed) == collapsed, "\(collapsed.debugDescription)")
            let tidy = Self.referenceTidyLines(text)
            #expect(Whitespace.tidyLines(tidy) == tidy, "\(tidy.debugDescription)")
        }
    }

    @Test func replacingNewlinesMatchesTheCharacterVersion() {
        for text in Self.randomTexts(count: 3_000, seed: 2) {
            #expect(text.replacingNewlines() == String(text.map { $0 == "\n" ? " " : $0 }), "\(text.debugDescription)")
        }
    }

    @Test func byteSearchFindsWhatTheStandardLibraryFinds() {
        let needles = ["值", "默认值为", "：", " ", "\n", "范围", "🚀", "a0", "|"]
        for text in Self.randomTexts(count: 2_000, seed: 3) {
            for needle in needles {
                let expected = text.utf8.indices.first { text.utf8[$0...].starts(with: needle.utf8) }
                #expect(text.range(ofBytes: needle)?.lowerBound == expected, "\(needle) in \(text.debugDescription)")
                let tail = text.dropFirst(text.count / 2)
                let expectedInTail = tail.utf8.indices.first { tail.utf8[$0...].starts(with: needle.utf8) }
                #expect(tail.range(ofBytes: needle)?.lowerBound == expectedInTail)
            }
        }
    }

    @Test func markerHintsSeeEveryMarkerPair() {
        let hints = MarkerHints("取值范围：[0, 100]，默认值为 5，单位：秒")
        #expect(!hints.isEmpty)
        for pair: StaticString in ["范围", "默认", "单位"] { #expect(hints.contains(pair)) }
        for pair: StaticString in ["可能", "已废", "已弃", "旧参", "数组", "最多", "最大", "最小", "缺省", "示例", "上限", "下限", "请切"] {
            #expect(!hints.contains(pair))
        }
        // The characters alone, or apart, are not the pair.
        #expect(MarkerHints("表示单个，默 认").isEmpty)
        // A pair it does not track is never ruled out, nor is text that is not a pair of ideographs.
        for untracked: StaticString in ["目录", "xy", "范", "范围围", "范x"] { #expect(hints.contains(untracked)) }
        // Read from the bytes, it sees what a walk over the scalars sees.
        let tracked: [StaticString] = [
            "可能", "已废", "已弃", "旧参", "数组", "最多", "最大", "最小", "范围", "默认", "缺省", "示例", "单位", "上限", "下限", "请切",
        ]
        let texts = tracked.map(\.description)
        let pieces = texts + texts.map { String($0.first!) } + texts.map { String($0.last!) }
        var generator = Self.generator(seed: 4)
        for text in (0..<3_000).map({ _ in Self.randomText(mixing: pieces, pieces: 12, using: &generator) }) {
            let hints = MarkerHints(text)
            for pair in tracked {
                let expected = text.unicodeScalars.indices.contains {
                    text.unicodeScalars[$0...].starts(with: pair.description.unicodeScalars)
                }
                #expect(hints.contains(pair) == expected, "\(pair) in \(text.debugDescription)")
            }
            #expect(hints.isEmpty == !tracked.contains { hints.contains($0) })
        }
    }

    /// `isOne(of:)` answers what `Character` comparison answers, for every scalar of the Basic Multilingual Plane
    /// and of the ideograph planes, against every marker list the readers use and sets holding singletons (Ω,
    /// Å) whose scalars normalization replaces; and the blocks it answers without a lookup hold no exclusion.
    /// `EnumerationReader.keyed` as it was before its byte-level check of the key (which must never turn away a
    /// line this finds a key in).
    static func referenceKeyed(_ text: String, language: DocLanguage) -> AllowedValue? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let key = text[..<colon].trimmed(language == .en ? " `" : " ")
        guard !key.isEmpty, key.count <= 64,
            key.unicodeScalars.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || "_-.".unicodeScalars.contains($0) })
        else { return nil }
        var description = Substring(text[text.index(after: colon)...].trimmed(" "))
        while let last = description.last, "；;。，,".contains(last) { description = description.dropLast() }
        return AllowedValue(value: key, description: String(description))
    }

    @Test func keyedLinesMatchTheCharacterVersion() {
        let keyParts = [
            "A", "b_1", "-", ".", "`", " ", "：", ":", ":\u{301}", "\u{301}", "e\u{301}", "值", "；",
            "x" + String(repeating: "y", count: 63),
        ]
        var generator = Self.generator(seed: 3)
        var keyed = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: keyParts, pieces: 8, using: &generator)
            for language in [DocLanguage.zh, .en] {
                let expected = Self.referenceKeyed(text, language: language)
                if expected != nil { keyed += 1 }
                #expect(EnumerationReader.keyed(text[...], language: language) == expected, "\(text.debugDescription)")
            }
        }
        #expect(keyed > 1_000)
    }

    @Test func descriptionsTurnedAwayByTheirBytesListNothing() {
        let parts = [
            "- ", "A", "b_1", "ON", "：", ":", "值", "可选值：", "取值：", "可取值为", "|", "，", "、", "\n", " ", "\r\n", "启用", "e\u{301}",
            "`", "1", "-", "- ON：启用\n", "OFF: 关闭\n", "\n- A：甲", "可选值：A、B", "取值：1-启用；0-不启用", "HTTP | HTTPS",
            "\nTCP：协议\nUDP：协议",
        ]
        var generator = Self.generator(seed: 5)
        var listed = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: parts, pieces: 12, using: &generator)
            let expected = EnumerationReader.readValues(in: text, language: .zh)
            if !expected.isEmpty { listed += 1 }
            #expect(EnumerationReader.values(in: text, language: .zh) == expected, "\(text.debugDescription)")
        }
        #expect(listed > 3_000)
    }

    @Test func markersFoundAroundTheirAnchorAreTheMarkersFound() {
        let markers = ["可选值：", "可选值:", "可选值为", "取值：", "值"]
        let sets = [4, 5].map { AnchoredMarkers(Array(markers.prefix($0)), anchor: "值") }
        let parts = ["可", "选", "取", "值", "：", ":", "为", "x", " ", "中"]
        var generator = Self.generator(seed: 6)
        var found = 0
        for _ in 0..<10_000 {
            let text = Self.randomText(mixing: parts, pieces: 16, using: &generator)
            for set in sets {
                let expected = set.all.contains { text.containsBytes($0) }
                if expected { found += 1 }
                #expect(set.found(in: text) == expected, "\(text.debugDescription)")
                #expect(set.found(in: text.dropFirst()) == set.all.contains { text.dropFirst().containsBytes($0) })
            }
        }
        #expect(found > 1_000)
    }

    /// Every standalone scalar of the Basic Multilingual Plane is a character on its own beside any other (tried
    /// against a sample of each kind), equivalent to no other scalar, and a space exactly when its character is.
    @Test func standaloneScalarsAreCharactersOfTheirOwn() {
        var standalone: [Unicode.Scalar] = []
        for value: UInt32 in Array(0..<0xD800) + Array(0xE000..<0x1_0000) {
            let scalar = Unicode.Scalar(value)!
            let found = Array(String(scalar).utf8).withUnsafeBufferPointer { StandaloneScalar.at(0, in: $0) }
            guard let found else { continue }
            #expect(found.value == value && found.length == String(scalar).utf8.count)
            standalone.append(scalar)
            #expect(Whitespace.isSpace(standalone: value) == Whitespace.isSpace(Character(scalar)), "U+\(value)")
        }
        let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "\u{00A0}", "\u{00E9}", "\u{2014}", "\u{3000}", "中", "！"]
        for scalar in standalone {
            #expect(scalar.properties.canonicalCombiningClass == .notReordered && !scalar.properties.isFullCompositionExclusion)
            for neighbour in neighbours {
                #expect("\(scalar)\(neighbour)".count == 2 && "\(neighbour)\(scalar)".count == 2, "U+\(scalar.value)")
            }
        }
        #expect(standalone.count > 20_000)
    }

    @Test func valueTokensFromBytesAreTheCharactersTokens() {
        let parts = [
            "a", "Z", "0", "-", " ", "\t", "\n", "\r\n", "\r", "\u{00A0}", "\u{3000}", "\u{2002}", "\u{2009}", "：", ":",
            "，", "。", ",", "；", ";", "）", ")", "、", "中", "值", "\u{0301}", "\u{3099}", "\u{302A}", "\u{200D}", "👍",
            "🇨🇳", "\u{0600}", "\u{1100}", "가", "©", "×", "–", "“", "\u{2028}", "（", "\u{FF9E}", "\u{2000}", "\u{2001}",
        ]
        var generator = Self.generator(seed: 7)
        var read = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: parts, pieces: 8, using: &generator)
            for rest in [text[...], text.dropFirst()] {
                let expected = ValueToken.fromCharacters(rest)
                guard let token = ValueToken.fromBytes(rest) else { continue }
                read += 1
                #expect(token == expected, "\(rest.debugDescription)")
                #expect(token.startIndex == expected.startIndex, "\(rest.debugDescription)")
            }
        }
        #expect(read > 5_000)
    }

    @Test func listedValuesFromBytesAreTheCharactersValues() {
        let parts = [
            "A", "b", "0", "9", "_", ".", "-", "－", " ", "\t", "\u{00A0}", "\u{3000}", "：", ":", "（", "(", "）", ")",
            "、", "，", ",", "；", ";", "。", "中", "启用", "\u{0301}", "\u{302A}", "\u{200D}", "👍", "\r\n", "\r",
            "\u{2000}", "가", "“", "\u{FF9E}", "OFF", "1-",
        ]
        var generator = Self.generator(seed: 11)
        var read = 0
        var listed = 0
        func pick(_ choices: [String]) -> String { choices.randomElement(using: &generator)! }
        for _ in 0..<20_000 {
            // Half the texts are lists as pages write them (with noise in the descriptions), half are noise.
            let items = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in
                pick(["A", "OFF", "1", "x_y", "v1.2", "", "中"]) + pick(["", "-", "：", "（", " ", "－"])
                    + Self.randomText(mixing: parts, pieces: 4, using: &generator) + pick(["", "）", " ", ")"])
            }
            let list =
                pick(["", " ", "\u{3000}"]) + items.joined(separator: pick(["、", "，", ",", "；", ";", " , "]))
                + pick(["", "。", "。其他", "。A、B"])
            let text = Bool.random(using: &generator) ? list : Self.randomText(mixing: parts, pieces: 16, using: &generator)
            for rest in [text[...], text.dropFirst()] {
                guard let values = EnumerationReader.listedFromBytes(rest) else { continue }
                read += 1
                if values != nil { listed += 1 }
                #expect(values == EnumerationReader.listedFromCharacters(rest), "\(rest.debugDescription)")
            }
        }
        #expect(read > 5_000 && listed > 500, "\(read) read, \(listed) listed")
    }

    @Test func everyHiddenCharacterIsFoundWhereverItIs() {
        let hidden = Array(0x200B...0x200F) + Array(0x202A...0x202E) + Array(0x2060...0x2069) + [0xFEFF]
        // Neighbours that share the hidden characters' first bytes, and a page's usual punctuation.
        let nearMisses: [UInt32] = [0x200A, 0x2010, 0x201C, 0x2029, 0x202F, 0x205F, 0x206A, 0xFEFE, 0xFF0C, 0x3002]
        for value in hidden + nearMisses.map(Int.init) {
            let scalar = String(Unicode.Scalar(UInt32(value))!)
            for text in [scalar, "中文" + scalar, "a\n" + scalar + "，b", "，“" + scalar + "”。"] {
                let warning = HiddenCharacterScanner.warning(for: PageSource(path: "p.md", text: text))
                #expect((warning != nil) == hidden.contains(value), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func plainPrefixesFromBytesAreTheCharactersPrefixes() {
        let prefixes = ["输入参数", "示例", "API Description", "Error Code", "K;", "豈", "é", ""]
        let parts =
            prefixes + [
                "输入", "参数", "\u{0301}", "\u{3099}", "\u{302A}", "\u{200D}", "\u{F900}", "\u{212A}", "\u{037E}", "e",
                "\u{00E9}", "e\u{0301}", "👍", "\r\n", " ", "1", "。", "\u{FF9E}", "가",
            ]
        var generator = Self.generator(seed: 13)
        var matched = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: parts, pieces: 5, using: &generator)
            for prefix in prefixes {
                let expected = text.hasPrefix(prefix)
                if expected { matched += 1 }
                #expect(text.hasPlainPrefix(prefix) == expected, "\(text.debugDescription) \(prefix.debugDescription)")
                #expect(text.dropFirst().hasPlainPrefix(prefix) == text.dropFirst().hasPrefix(prefix))
            }
        }
        #expect(matched > 2_000)
    }

    @Test func trimmingIsTheCharactersTrimming() {
        let sets = [" ", " `", " ）)", "；;。，,", "\r\n ", "é "]
        let parts = [
            " ", "`", "）", ")", "；", ";", "。", "，", ",", "\u{037E}", "\u{1FEF}", "\u{0301}", "\u{0600}", "a", "中", "\r\n",
            "\n", "\u{200D}", "👍", "é", "e\u{0301}",
        ]
        var generator = Self.generator(seed: 19)
        var trimmed = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: parts, pieces: 6, using: &generator)
            for set in sets {
                let expected = Self.referenceTrimmed(text[...], set)
                if expected.count != text.count { trimmed += 1 }
                #expect(text.trimmedSlice(set) == expected, "\(text.debugDescription) \(set.debugDescription)")
            }
        }
        #expect(trimmed > 10_000)
    }

    /// Trimming as a walk over characters.
    static func referenceTrimmed(_ text: Substring, _ set: String) -> Substring {
        var result = text.drop { set.contains($0) }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }

    @Test func titleNumbersFromBytesAreTheCharactersNumbers() {
        let parts = [
            "1", "2", "10", ".", "、", ")", "）", " ", "\u{3000}", "\u{00A0}", "\t", "输入参数", "\u{0301}", "\u{20E3}", "\r\n",
            "a", "\u{2000}", "\u{FF11}", "\u{037E}",
        ]
        var generator = Self.generator(seed: 23)
        var numbered = 0
        var toldByBytes = 0
        for round in 0..<20_000 {
            // Every other title starts with a digit.
            let text = (round.isMultiple(of: 2) ? "2" : "") + Self.randomText(mixing: parts, pieces: 6, using: &generator)
            let expected = Self.referenceStrippingNumber(text)
            if expected.1 { numbered += 1 }
            #expect(PageSection.strippingNumber(text) == expected, "\(text.debugDescription)")
            if let fromBytes = PageSection.strippingNumberFromBytes(text) {
                toldByBytes += 1
                #expect(fromBytes == expected, "\(text.debugDescription)")
            }
        }
        #expect(numbered > 3_000)
        #expect(toldByBytes > 10_000)
    }

    /// `PageSection.strippingNumber` as a walk over characters.
    static func referenceStrippingNumber(_ title: String) -> (String, Bool) {
        var rest = Substring(title)
        let digits = rest.prefix { $0.isASCII && $0.isNumber || $0 == "." }
        guard let first = digits.first, first.isASCII && first.isNumber else { return (title, false) }
        rest = rest.dropFirst(digits.count)
        rest = rest.drop { "、)） \t\u{00A0}\u{3000}\u{2002}\u{2003}\u{2009}".contains($0) }
        return (String(rest), true)
    }

    @Test func standalonePartsAreTheCharactersParts() {
        let parts = ["/", "&", "?", "//", "a", "中", "=", "\u{0301}", "\u{0600}", "\u{200D}", ".md", "\r\n", "👍", " "]
        var generator = Self.generator(seed: 29)
        var toldByBytes = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: parts, pieces: 8, using: &generator)
            let expected = text.split(whereSeparator: { $0 == "&" || $0 == "?" })
            if let fromBytes = text.standaloneParts(separatedBy: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "?") }) {
                toldByBytes += 1
                #expect(fromBytes == expected, "\(text.debugDescription)")
            }
            #expect(
                PageSource(path: text, text: "").fileName == String(text.split(separator: "/").last ?? Substring(text)),
                "\(text.debugDescription)")
        }
        #expect(toldByBytes > 5_000)
    }

    /// Folders end at the last `/` byte, as the file system reads the path.
    @Test func foldersEndAtTheLastSlash() {
        #expect(PagePath.folder(of: "API/API 3.0/计算/云服务器/实例相关接口/DescribeInstances.md") == "API/API 3.0/计算/云服务器/实例相关接口")
        #expect(PagePath.folder(of: "DescribeInstances.md") == "")
        #expect(PagePath.folder(of: "/Describe.md") == "")
        #expect(PagePath.folder(of: "a//b") == "a/")
        #expect(PagePath.folder(of: "中/\u{0301}x.md") == "中")
        #expect(PagePath.ancestors(of: "a/b/c.md") == ["a/b", "a", ""])
        #expect(PagePath.ancestors(of: "/a/c.md") == ["/a", ""])
    }

    /// A GET example's query items are split and trimmed as characters and `trimmingCharacters(in:)` would.
    @Test func queryItemsAreTheCharactersItems() {
        let parts = [
            "a", "b", "=", "&", "?", " ", "\n", "\u{3000}", "\u{2028}", "\u{00A0}", "\u{200B}", "中", "\u{0301}", "\t", "\r\n",
            "\u{0085}", "\u{1680}", "\u{0600}",
        ]
        var generator = Self.generator(seed: 31)
        var items = 0
        for _ in 0..<5_000 {
            let query = (0..<4).map { _ in
                Self.randomText(mixing: parts, pieces: 5, using: &generator) + "="
                    + Self.randomText(mixing: parts, pieces: 5, using: &generator) + "&"
            }
            let input = "https://cvm.tencentcloudapi.com/?" + query.joined()
            let expected = input.split(whereSeparator: { $0 == "&" || $0 == "?" }).dropFirst().compactMap {
                piece -> ExampleRequest.QueryItem? in
                guard let equals = piece.firstIndex(of: "=") else { return nil }
                return ExampleRequest.QueryItem(
                    name: piece[..<equals].trimmingCharacters(in: .whitespacesAndNewlines),
                    value: piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines))
            }
            items += expected.count
            #expect(ExampleReader.request(input) == .query(expected), "\(input.debugDescription)")
        }
        #expect(items > 15_000)
    }

    @Test func lineSlicesAreTheCharactersLines() {
        let parts = ["\n", "\n\n", "\r\n", "\r", "\n\u{0301}", "a", " ", "中", "\u{200D}", "👍"]
        var generator = Self.generator(seed: 17)
        for _ in 0..<5_000 {
            let text = Self.randomText(mixing: parts, pieces: 8, using: &generator)
            for omittingEmpty in [false, true] {
                #expect(
                    text.lineSlices(omittingEmpty: omittingEmpty)
                        == text.split(separator: "\n", omittingEmptySubsequences: omittingEmpty), "\(text.debugDescription)")
            }
        }
    }

    @Test func asciiLetterTestsMatchTheUnicodeProperties() {
        let candidates: [Character] =
            (0..<0x3000).compactMap { Unicode.Scalar($0).map(Character.init) } + ["\r\n", "e\u{301}", "a\u{301}", "１", "Ａ", "中"]
        for character in candidates {
            #expect(character.isASCIILetter == (character.isASCII && character.isLetter), "\(character.debugDescription)")
            #expect(character.isASCIIDigit == (character.isASCII && character.isNumber), "\(character.debugDescription)")
            #expect(
                character.isASCIILetterOrDigit == (character.isASCII && (character.isLetter || character.isNumber)),
                "\(character.debugDescription)")
        }
    }

    @Test func versionsTellTheSameAsByCharacters() {
        func byCharacters(_ text: String) -> Bool {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            return parts.count == 3 && parts.map(\.count) == [4, 2, 2]
                && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        }
        // A version with up to two characters replaced, inserted or removed.
        let parts: [Character] = ["2", "0", "9", "-", "a", "１", "\u{301}", "\r\n", " ", "e\u{301}"]
        var generator = Self.generator(seed: 8)
        var versions = 0
        for _ in 0..<20_000 {
            var characters = Array("2017-03-12")
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                let index = Int.random(in: 0..<characters.count, using: &generator)
                let part = parts.randomElement(using: &generator)!
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: characters[index] = part
                case 1: characters.insert(part, at: index)
                default: characters.remove(at: index)
                }
            }
            let text = String(characters)
            let expected = byCharacters(text)
            if expected { versions += 1 }
            #expect(ActionPageParser.isVersion(text) == expected, "\(text.debugDescription)")
        }
        #expect(versions > 2_000)
    }

    @Test func digitsBeforeAMarkerFromBytesAreTheCharactersDigits() {
        let parts = [
            "1", "20", "0", " ", "\t", "\u{00A0}", "\u{3000}", "\u{2009}", "\u{0600}", "\u{0301}", "a", "：", "为", "\r\n",
            "𝟙", "١", "\u{200D}", "🇨🇳", "\u{2000}", "\u{2001}",
        ]
        var generator = Self.generator(seed: 9)
        var read = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(mixing: parts, pieces: 8, using: &generator) + "次/秒"
            let marker = text.range(ofBytes: "次/秒")!.lowerBound
            guard let digits = PageVocabulary.digitsFromBytes(before: marker, in: text) else { continue }
            read += 1
            #expect(
                digits == PageVocabulary.digitsFromCharacters(before: marker, in: text), "\(text.debugDescription)")
        }
        #expect(read > 10_000)
    }

    @Test func isOneOfMatchesCharacterComparison() {
        for value: UInt32 in Array(0..<0xD800) + Array(0xE000..<0x1_0000) + Array(0x2_0000..<0x3_0000)
        where Character.normalizationKeeps(Unicode.Scalar(value)!) {
            #expect(!Unicode.Scalar(value)!.properties.isFullCompositionExclusion, "U+\(String(value, radix: 16))")
        }
        let sets = ["：:`*", "、，,；;", "~～-－,，至到", " \t\u{00A0}\u{3000}\u{2002}\u{2003}\u{2009}", "不非无", "\u{03A9}\u{00C5}K"]
        let candidates: [Character] =
            (Array(0..<0xD800) + Array(0xE000..<0x1_0000) + [0x2F800, 0x2FA1D, 0x1D15E]).map {
                Character(Unicode.Scalar($0)!)
            } + ["e\u{301}", "A\u{30A}", "\u{2126}", "\u{212B}", "\u{212A}", "🚀", "\r\n"]
        for set in sets {
            let mismatches = candidates.filter { $0.isOne(of: set) != set.contains($0) }
            #expect(mismatches.isEmpty, "\(set.debugDescription): \(mismatches.prefix(5).map(\.unicodeScalars.first!.value))")
        }
    }

    /// A common parameter's value and the host, read after their markers from the bytes where they tell, are what
    /// the characters give: colons, backticks, spaces (U+2000 is canonically U+2002), combining marks after any
    /// piece, CR LF and zero-width spaces around values.
    @Test func valuesAfterMarkersReadFromBytesAsFromCharacters() {
        let parts = [
            "：", ":", "`", "*", " ", "\u{3000}", "\u{2000}", "\u{2002}", "\u{A0}", "\t", "Ab", "09", ".", "-", "_", "/",
            "cvm.TencentCloudAPI.com", "\u{301}", "e\u{301}", "\r\n", "\n", "\u{200B}", "中", "。", "2017-03-12",
        ]
        var generator = Self.generator(seed: 12)
        var answered = (common: 0, host: 0)
        for _ in 0..<20_000 {
            let text = "本接口取值" + Self.randomText(mixing: parts, pieces: 12, using: &generator)
            let start = text.utf8.index(text.startIndex, offsetBy: "本接口取值".utf8.count)
            if let value = ActionPageParser.commonValueFromBytes(text, after: start) {
                #expect(value == ActionPageParser.commonValueFromCharacters(text[start...]), "\(text.debugDescription)")
                answered.common += 1
            }
            if let host = ActionPageParser.hostFromBytes(text, after: start) {
                #expect(host == ActionPageParser.hostFromCharacters(text[start...]), "\(text.debugDescription)")
                answered.host += 1
            }
        }
        #expect(answered.common > 5_000 && answered.host > 5_000)
    }

    /// A query item's name split at its `.` bytes where it is ASCII is its name split at `.` characters, and its
    /// parameter the first piece.
    @Test func queryItemSegmentsAreTheirNamesPieces() {
        let parts = ["Targets", ".", "0", "Port", ".\u{301}", "é", "e\u{301}", "\r\n", "中", "_", "-", ""]
        var generator = Self.generator(seed: 13)
        for _ in 0..<5_000 {
            let name = (0..<Int.random(in: 0..<6, using: &generator)).map { _ in parts.randomElement(using: &generator)! }
                .joined()
            let item = ExampleRequest.QueryItem(name: name, value: "")
            let expected = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            #expect(item.segments == expected, "\(name.debugDescription)")
            #expect(item.parameter == expected.first, "\(name.debugDescription)")
        }
    }
}

/// The byte-level reading of simple tags gives what the general reading gives.
struct HTMLTagReadingTests {
    @Test func simpleTagsReadAsTheGeneralReadingReadsThem() {
        let parts = ["<", ">", "/", " ", "br", "LI", "p", "a", "1", "é", "=", "\"x\"", "\t", "-"]
        var generator = TextScanTests.generator(seed: 9)
        var simple = 0
        for _ in 0..<20_000 {
            let inner = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in parts.randomElement(using: &generator)! }
            let raw = (Bool.random(using: &generator) ? "<" : "") + inner.joined() + (Bool.random(using: &generator) ? ">" : "")
            guard let tag = HTMLTag(simpleASCII: raw) else { continue }
            simple += 1
            #expect(tag == HTMLTag(reading: raw), "\(raw.debugDescription)")
        }
        #expect(simple > 400)
        #expect(HTMLTag("<BR />").map { ($0.name, $0.isClosing, $0.attributes) } ?? ("", true, ["": ""]) == ("br", false, [:]))
        #expect(HTMLTag("</li>")?.isClosing == true)
        #expect(HTMLTag("<a href=\"x\">")?.attributes == ["href": "x"])
    }

    /// A simple tag's known name told from its bytes is the general reading's: every known name in mixed case,
    /// with prefixes, extensions and other names around it.
    @Test func knownNamesReadFromBytesAsFromTheName() {
        let names = HTMLTag.Known.allCases.map(\.rawValue) + ["span", "bR", "Strong", "EM", "str", "codes", "a1", "tr", "td"]
        var generator = TextScanTests.generator(seed: 10)
        var known = 0
        for _ in 0..<5_000 {
            var name = names.randomElement(using: &generator)!
            if Bool.random(using: &generator) { name = name.uppercased() }
            if Int.random(in: 0..<4, using: &generator) == 0 { name += ["r", "1", "ng", "e"].randomElement(using: &generator)! }
            let end = ["", "/", " /", "  "].randomElement(using: &generator)! + ">"
            let raw = ["<", "</"].randomElement(using: &generator)! + name + end
            var bytes = Array(raw.utf8)
            let fromBytes = bytes.withUnsafeMutableBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(buffer)
                return HTMLTag.Simple(bytes).map { HTMLTag.Known(name: $0.name, in: bytes) }
            }
            let general = HTMLTag(reading: raw)
            #expect(fromBytes == general.map(\.known), "\(raw.debugDescription)")
            if general?.known != nil { known += 1 }
        }
        #expect(known > 2_000)
    }
}
