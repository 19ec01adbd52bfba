import Foundation

extension ReplyTemplate {
    /// The template's text with its placeholders filled: `{author}` (the commenter's name, or
    /// their handle), `{moderator}` (who answers). An unknown placeholder stays as written, so
    /// the moderator sees it before sending.
    public func filled(author: String?, moderator: String) -> String {
        text.replacingOccurrences(of: "{author}", with: author ?? "")
            .replacingOccurrences(of: "{moderator}", with: moderator)
    }
}
