import Foundation

extension CommentCategory {
    /// Reads what a person types: the name (`factClaim`), the label (`fact claim`), or the label
    /// with a dash (`fact-claim`), in any case.
    public init?(typed text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: " ")
        guard let match = CommentCategory.allCases.first(where: { $0.rawValue.lowercased() == wanted || $0.label.replacingOccurrences(of: "-", with: " ") == wanted }) else { return nil }
        self = match
    }

    /// The category as it is typed and written in edit texts: the label with dashes (`fact-claim`).
    public var typedName: String { label.replacingOccurrences(of: " ", with: "-") }

    /// Every category as it can be typed, for messages.
    public static var typedNames: String { allCases.map(\.typedName).joined(separator: ", ") }
}
