#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches folders and everything under them with inotify (one watch per folder), and hands
/// over the paths that changed in batches: a burst of events (an editor's write, rename and
/// delete) becomes one batch. Blocks in the kernel while nothing happens, so idle costs nothing.
final class FolderWatcher {
    private let fd: Int32
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)

    init(roots: [URL]) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw WatchError.unavailable(errno) }
        for root in roots { watchTree(root.resolvingSymlinksInPath().path) }
    }

    deinit {
        close(fd)
    }

    enum WatchError: Error, CustomStringConvertible {
        case unavailable(Int32)
        var description: String {
            switch self {
            case .unavailable(let code): return "cannot watch files (inotify: \(String(cString: strerror(code))))"
            }
        }
    }

    /// Waits for changes, then for a quiet moment of `settle` seconds; returns the changed paths,
    /// or nothing once `stop` says so (asked four times a second).
    func nextBatch(settle: Double = 0.01, until stop: () -> Bool) -> [URL] {
        var paths = Set<String>()
        while !wait(timeout: 250) {
            if stop() { return [] }
        }
        repeat {
            paths.formUnion(readEvents())
        } while wait(timeout: Int32(settle * 1000))
        return paths.sorted().map { URL(fileURLWithPath: $0) }
    }

    private func wait(timeout milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let n = poll(&entry, 1, milliseconds)
            if n < 0 && errno == EINTR { continue }
            return n > 0
        }
    }

    private func readEvents() -> [String] {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return [] }
        var out: [String] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            guard let folder = folders[wd] else { continue }
            if mask & UInt32(IN_DELETE_SELF) != 0 || mask & UInt32(IN_IGNORED) != 0 {
                folders[wd] = nil
                out.append(folder)
                continue
            }
            let path = folder + "/" + String(decoding: nameBytes, as: UTF8.self)
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
            out.append(path)
        }
        return out
    }

    /// Also watches these folders, each alone (not what is under it): where `book.toml` is, and
    /// the folders of files chapters include.
    func watchFolders(_ folders: [URL]) {
        for folder in folders { add(folder.resolvingSymlinksInPath().path) }
    }

    private func watchTree(_ path: String) {
        add(path)
        guard let walker = FileManager.default.enumerator(atPath: path) else { return }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = path + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue { add(full) }
        }
    }

    private func add(_ path: String) {
        let wd = inotify_add_watch(fd, path, Self.mask)
        if wd >= 0 { folders[wd] = path }
    }
}
