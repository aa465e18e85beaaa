import Foundation
import MarrowKit

/// The site as served: the last good set of files in memory, which build produced it, when each
/// file last changed, and the problems of the current sources. Shared by the build loop (writer)
/// and the HTTP handlers (readers).
public final class SiteStore: @unchecked Sendable {
    /// What a page's reload script is told.
    public struct Status: Sendable, Encodable {
        public var generation: Int
        public var errors: Int
        public var warnings: Int
        public var diagnostics: [DiagnosticView]
    }

    public struct DiagnosticView: Sendable, Encodable {
        public var severity: String
        public var id: String
        public var message: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        /// As the terminal prints it: `file:line:col: error: message [id]`.
        public var text: String
    }

    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var changedAt: [String: Int] = [:]
    /// The last build that changed a file other than an HTML page (styles, scripts, toc.js, images).
    private var sharedChangedAt = 0
    private var generation = 0
    private var status = Status(generation: 0, errors: 0, warnings: 0, diagnostics: [])
    private var listeners: [UUID: @Sendable () -> Void] = [:]

    public init() {}

    public func file(_ path: String) -> Data? {
        lock.withLock { files[path] }
    }

    /// Whether `path` names a folder of the site (some file lies under it).
    public func isFolder(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return lock.withLock { files.keys.contains { $0.hasPrefix(prefix) } }
    }

    public var currentGeneration: Int { lock.withLock { generation } }
    public var currentStatus: Status { lock.withLock { status } }

    /// Whether a page served at build `since` is out of date now.
    public func isStale(page: String, since: Int) -> Bool {
        lock.withLock { (changedAt[page] ?? 0) > since || sharedChangedAt > since }
    }

    /// Applies a build: changed and removed files (none when it failed) and its diagnostics.
    public func apply(_ result: IncrementalBuild.Result) {
        let formatter = DiagnosticFormatter()
        let views = result.diagnostics.map { d in
            DiagnosticView(severity: d.severity.rawValue, id: d.id, message: d.message, file: d.location?.file,
                           line: d.location?.line, column: d.location?.column, text: formatter.format(d))
        }
        let notify: [@Sendable () -> Void] = lock.withLock {
            generation += 1
            for (path, data) in result.changed {
                files[path] = data
                changedAt[path] = generation
                if !path.hasSuffix(".html") { sharedChangedAt = generation }
            }
            for path in result.removed {
                files[path] = nil
                changedAt[path] = generation
            }
            status = Status(generation: generation, errors: result.diagnostics.errorCount,
                            warnings: result.diagnostics.warningCount, diagnostics: views)
            return Array(listeners.values)
        }
        for listener in notify { listener() }
    }

    /// A new search index (every file under `search/`), replacing the old without telling tabs
    /// to reload: no open page changes, the next query loads the new shards. Returns how many files changed.
    @discardableResult
    public func replaceSearch(with output: [String: Data]) -> Int {
        lock.withLock {
            let (changed, removed) = IncrementalBuild.replaceSearchFiles(in: &files, with: output)
            return changed.count + removed.count
        }
    }

    /// Calls `body` after each build until the returned token is passed to `removeListener`.
    public func addListener(_ body: @escaping @Sendable () -> Void) -> UUID {
        let id = UUID()
        lock.withLock { listeners[id] = body }
        return id
    }

    public func removeListener(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}
