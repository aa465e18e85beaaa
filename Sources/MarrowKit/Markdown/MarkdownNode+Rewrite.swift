extension MarkdownNode {
    /// A new tree in which every node has been passed through `transform`, children first.
    public func rewritten(_ transform: (MarkdownNode) throws -> MarkdownNode) rethrows -> MarkdownNode {
        var copy = self
        if !children.isEmpty {
            copy.children = try children.map { try $0.rewritten(transform) }
        }
        return try transform(copy)
    }

    /// Like `rewritten`, but a node may be replaced by any number of nodes (none removes it).
    public func rewrittenFlat(_ transform: (MarkdownNode) throws -> [MarkdownNode]) rethrows -> MarkdownNode {
        var copy = self
        if !children.isEmpty {
            copy.children = try children.flatMap { try $0.rewrittenFlat(transform) }
        }
        return copy
    }
}
