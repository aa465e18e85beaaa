import Foundation
import ZIPFoundation

/// A zip whose bytes depend only on its files: entries in the order given (one stored first, as
/// EPUB's `mimetype` must be), a fixed date and fixed permissions, written with ZIPFoundation to a
/// temporary file and moved into place, so a failure leaves no half-written package.
enum DeterministicZip {
    /// 1 January 1980, the earliest date a zip can hold.
    static let date = Date(timeIntervalSince1970: 315_532_800 + 43_200)

    static func write(_ files: [(path: String, data: Data)], to output: URL, storedFirst: String? = nil) throws {
        let folder = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(output.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for (path, data) in files {
                let method: CompressionMethod = path == storedFirst ? .none : .deflate
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     permissions: 0o644, compressionMethod: method) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            if FileManager.default.fileExists(atPath: output.path) { try FileManager.default.removeItem(at: output) }
            try FileManager.default.moveItem(at: temporary, to: output)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// A hash that is the same in every run (Swift's `hashValue` is seeded per process): FNV-1a, 64 bits.
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(hash, radix: 16)
    }
}
