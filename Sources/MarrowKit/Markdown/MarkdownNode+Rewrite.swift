extension MarkdownNode {
    /// Passes every node through `transform`, children first, changing the tree in place. A node
    /// the transform leaves alone is neither copied nor rebuilt, and a tree no other value shares
    /// is not allocated again: only what changes is.
    public mutating func rewrite(_ transform: (inout MarkdownNode) throws -> Void) rethrows {
        if !children.isEmpty {
            try changeEachChild { try $0.rewrite(transform) }
        }
        try transform(&self)
    }

    /// Each child changed where it stands (the counterpart of `forEachChild`): the children's
    /// storage is copied only if another value shares it.
    public mutating func changeEachChild(_ body: (inout MarkdownNode) throws -> Void) rethrows {
        try children.withUnsafeMutableBufferPointer { nodes in
            for index in nodes.indices { try body(&nodes[index]) }
        }
    }
}
