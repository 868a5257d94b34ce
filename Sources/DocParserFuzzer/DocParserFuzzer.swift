import Dispatch
import DocModel
import DocParser

#if canImport(Glibc)
    import Glibc
#endif

/// Feeds one input to the parser the way `docgen` does: as a page on its own, and beside a data-structure
/// page so the cross-page checks run too. Any crash, hang or sanitizer report is a finding.
func parseOnce(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
    _ = PageParser.parse(PageSource(path: "fuzz/demo/2020-01-01/Page.md", text: text))
    // libFuzzer calls a synchronous function: wait here for the (async) model build.
    let done = DispatchSemaphore(value: 0)
    Task {
        _ = await ModelBuilder.build([
            PageSource(path: "fuzz/demo/2020-01-01/A.md", text: text),
            PageSource(path: "fuzz/demo/2020-01-01/数据结构.md", text: text),
        ])
        done.signal()
    }
    done.wait()
}

#if FUZZ
    /// The libFuzzer entry point (build with `Fuzz/run.sh`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        parseOnce(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
#else
    /// Without the fuzzer: replays the files given as arguments (a crash reproducer or a corpus).
    @main
    enum DocParserReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let file = fopen(path, "rb") else { continue }
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = fread(&buffer, 1, buffer.count, file)
                    if count <= 0 { break }
                    bytes += buffer[..<count]
                }
                fclose(file)
                bytes.withUnsafeBytes(parseOnce)
            }
        }
    }
#endif
