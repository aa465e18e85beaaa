import CSystemShims
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The fresh folder a build writes into before it is swapped in. Files are written with plain
/// POSIX calls (Foundation's `Data.write` also stats and fsyncs every file, which was most of
/// the write stage), and each parent folder is made once. Several threads may write at once.
///
/// A file whose bytes equal the same file of the site being replaced is hard-linked to it
/// instead of written: a rebuild then allocates an inode only for what changed, and removing
/// the old site frees none (ext4 scans recently freed inodes on every file it creates, which
/// was a sixth of a 2,000-chapter rebuild). A file is never written through such a link.
public final class SiteStaging: @unchecked Sendable {
    public let folder: URL
    /// The folder being replaced, opened without following a link; -1 when there is none.
    private let previous: Int32
    private let lock = NSLock()
    private var madeFolders: Set<String> = [""]
    private var written = 0

    init(folder: URL, previous: URL?) {
        self.folder = folder
        self.previous = previous.map { open($0.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) } ?? -1
    }

    deinit {
        if previous >= 0 { close(previous) }
    }

    /// How many files have been written.
    public var fileCount: Int { lock.withLock { written } }

    public func write(_ file: OutputFile) throws {
        switch file.contents {
        case .data(let data):
            try data.withUnsafeBytes { try write(UnsafeRawBufferPointer($0), to: file.path) }
        case .copy(let source):
            let path = try prepare(file.path)
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(path))
            lock.withLock { written += 1 }
        }
    }

    public func write(text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to outputPath: String) throws {
        let path = try prepare(outputPath)
        let full = folder.path + "/" + path
        if marrow_link_if_same(previous, path, bytes.baseAddress, UInt(bytes.count), full) == 1 {
            lock.withLock { written += 1 }
            return
        }
        // A fresh file every time (a path written twice is replaced, not truncated), so that
        // no write can reach the previous site through a link.
        var fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0, errno == EEXIST, unlink(full) == 0 {
            fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw Self.error(full) }
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                let error = Self.error(full)
                close(fd)
                throw error
            }
            offset += count
        }
        guard close(fd) == 0 else { throw Self.error(full) }
        lock.withLock { written += 1 }
    }

    /// The normalised path, with its parent folders made; throws for a path leaving the folder.
    private func prepare(_ outputPath: String) throws -> String {
        guard let path = ContentPath.normalise(outputPath), !path.isEmpty else {
            throw MarrowError.unsafeOutputPath(outputPath)
        }
        let parent = ContentPath.directory(of: path)
        try lock.withLock {
            guard !madeFolders.contains(parent) else { return }
            var prefix = ""
            for part in parent.split(separator: "/") {
                prefix += prefix.isEmpty ? String(part) : "/" + part
                guard madeFolders.insert(prefix).inserted else { continue }
                let full = folder.path + "/" + prefix
                if mkdir(full, 0o777) != 0, errno != EEXIST { throw Self.error(full) }
            }
        }
        return path
    }

    private static func error(_ path: String) -> Error {
        MarrowError.cannotWrite(path, String(cString: strerror(errno)))
    }
}
