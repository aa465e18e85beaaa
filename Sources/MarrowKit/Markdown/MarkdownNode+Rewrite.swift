extension MarkdownNode {
    /// Passes every node through `transform`, children first, changing the tree in place. A node
    /// the transform leaves alone is neither copied nor rebuilt, and a tree no other value shares
    /// is not allocated again: only what changes is.
    public mutating func rewrite(_ transform: (inout MarkdownNode) throws -> Void) rethrows {
        if !children.isEmpty {
            try children.withUnsafeMutableBufferPointer { nodes in
                for index in nodes.indices { try nodes[index].rewrite(transform) }
            }
        }
        try transform(&self)
    }
}
