import CLibDeflate
import Foundation

/// Raw deflate (RFC 1951) through libdeflate at level 1: the section texts of the search index
/// are stored compressed and inflated in the browser by `DecompressionStream("deflate-raw")`.
/// The same libdeflate and level give the same bytes. zlib at level 9, used before, was about
/// 9% of a build's cycles on the 2,000-chapter benchmark; libdeflate's level 1 takes under half
/// of that and its output was no larger there (5.89 against 5.91 MB) and 0.4% larger on the
/// course. Its higher levels gained under 1% there for 1.7 to 2 times the time.
enum Deflate {
    static let level: Int32 = 1

    static func compress(_ input: Data) -> Data {
        let compressor = CompressorPool.shared.take()
        defer { CompressorPool.shared.give(compressor) }
        var output = Data(count: libdeflate_deflate_compress_bound(compressor, input.count))
        let size = input.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                libdeflate_deflate_compress(compressor, source.baseAddress, source.count,
                                            target.baseAddress, target.count)
            }
        }
        precondition(size > 0 || input.isEmpty, "the compression bound leaves room for the whole stream")
        output.count = size
        return output
    }

    /// A compressor holds about half a megabyte of tables: one per thread at work is kept for
    /// reuse rather than allocated for every file.
    private final class CompressorPool: @unchecked Sendable {
        static let shared = CompressorPool()
        private let lock = NSLock()
        private var idle: [OpaquePointer] = []

        func take() -> OpaquePointer {
            if let compressor = lock.withLock({ idle.popLast() }) { return compressor }
            guard let compressor = libdeflate_alloc_compressor(Deflate.level) else {
                preconditionFailure("libdeflate could not allocate a compressor")
            }
            return compressor
        }

        func give(_ compressor: OpaquePointer) {
            lock.withLock { idle.append(compressor) }
        }
    }
}

extension Deflate {
    /// The inverse of `compress`, for reading a built index back (tests, tools); nil when `input`
    /// is not a complete raw deflate stream.
    static func decompress(_ input: Data) -> Data? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        var capacity = max(4 * input.count, 1024)
        while true {
            var output = Data(count: capacity)
            var produced = 0
            let status = input.withUnsafeBytes { source in
                output.withUnsafeMutableBytes { target in
                    libdeflate_deflate_decompress(decompressor, source.baseAddress, source.count,
                                                  target.baseAddress, target.count, &produced)
                }
            }
            switch status {
            case LIBDEFLATE_SUCCESS:
                output.count = produced
                return output
            case LIBDEFLATE_INSUFFICIENT_SPACE:
                capacity *= 2
            default:
                return nil
            }
        }
    }
}
