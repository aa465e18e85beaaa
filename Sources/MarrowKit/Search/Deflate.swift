import CZlib
import Foundation

/// Raw deflate (RFC 1951) through the system zlib, at level 9: the section texts of the search
/// index are stored compressed and inflated in the browser by `DecompressionStream("deflate-raw")`.
/// The same zlib and level give the same bytes.
enum Deflate {
    static func compress(_ input: Data) -> Data {
        var stream = z_stream()
        // -15: raw deflate, no zlib header; 8: the default memory level.
        guard deflateInit2_(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib could not initialise")
        }
        defer { deflateEnd(&stream) }
        var source = [UInt8](input)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(source.count))))
        let status = source.withUnsafeMutableBufferPointer { src in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = src.baseAddress
                stream.avail_in = uInt(src.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "deflateBound leaves room for the whole stream")
        return Data(output.prefix(Int(stream.total_out)))
    }
}

extension Deflate {
    /// The inverse of `compress`, for reading a built index back (tests, tools); nil when `input`
    /// is not a complete raw deflate stream.
    static func decompress(_ input: Data) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var source = [UInt8](input)
        var result = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var status: Int32 = Z_OK
        source.withUnsafeMutableBufferPointer { src in
            stream.next_in = src.baseAddress
            stream.avail_in = uInt(src.count)
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    result.append(out.baseAddress!, count: out.count - Int(stream.avail_out))
                }
            }
        }
        return status == Z_STREAM_END ? result : nil
    }
}
