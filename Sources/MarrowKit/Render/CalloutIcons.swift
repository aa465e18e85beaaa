/// Small inline SVG icons for callouts, decorative only.
enum CalloutIcons {
    static func svg(_ kind: MarkdownNode.CalloutKind) -> String {
        let path: String
        switch kind {
        case .note: path = "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM7.25 7h1.5v4.5h-1.5ZM8 4.25a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"
        case .tip: path = "M8 1a5 5 0 0 0-3 9v2h6v-2a5 5 0 0 0-3-9Zm-2 12.5h4V15H6Z"
        case .important: path = "M2 2h12v9H7l-3 3v-3H2ZM7.25 4h1.5v4h-1.5Zm0 5h1.5v1.5h-1.5Z"
        case .warning: path = "M8 1 15 14H1Zm-.75 4.5v4h1.5v-4Zm0 5.5v1.5h1.5V11Z"
        case .caution: path = "M5 1h6l4 4v6l-4 4H5l-4-4V5Zm2.25 3.5v4.5h1.5V4.5Zm0 6v1.5h1.5v-1.5Z"
        }
        return "<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\"><path d=\"\(path)\"/></svg>"
    }
}
