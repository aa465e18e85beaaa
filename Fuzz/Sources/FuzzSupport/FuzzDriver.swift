import Foundation

/// Hands control to libFuzzer's driver (linked in by `-sanitize=fuzzer`), which calls `body`
/// with each input it generates; a crash, a sanitizer report or a timeout is a finding.
public func runFuzzer(_ body: @escaping (Data) -> Void) -> Never {
    currentBody = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        currentBody?(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    })
}

// A C callback cannot capture, so the body waits here; libFuzzer runs inputs on one thread.
nonisolated(unsafe) private var currentBody: ((Data) -> Void)?

/// libFuzzer's entry for programs that have their own `main` (LLVM 11 and later).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
