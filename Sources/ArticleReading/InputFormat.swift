import Foundation

/// The kinds of input Briefcast reads; detected from the content, not only the file name.
public enum InputFormat: String, Sendable, CaseIterable {
    case html, markdown, text

    /// What `data` looks like; `name` (a path or URL) breaks ties by its extension.
    public static func detect(_ data: Data, name: String) -> InputFormat {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml")
            || head.contains("<body") || head.contains("<head>") || head.contains("<head ")
            || (trimmed.hasPrefix("<") && head.contains("</p>"))
        {
            return .html
        }
        let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
        if ["html", "htm", "xhtml"].contains(ext) { return .html }
        if ["md", "markdown", "mdown"].contains(ext) { return .markdown }
        let firstLine = trimmed.split(separator: "\n", maxSplits: 1).first ?? ""
        if firstLine == "---" && head.contains("\ntitle:") || firstLine.hasPrefix("# ") { return .markdown }
        return .text
    }
}
