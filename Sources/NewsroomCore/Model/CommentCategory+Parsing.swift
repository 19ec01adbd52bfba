import Foundation

extension CommentCategory {
    /// Reads what a person types: the name (`factClaim`), the label (`fact claim`), or the label
    /// with a dash (`fact-claim`), in any case.
    public init?(typed text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: " ")
        guard let match = CommentCategory.allCases.first(where: { $0.rawValue.lowercased() == wanted || $0.label == wanted }) else { return nil }
        self = match
    }

    /// Every category as it can be typed, for messages.
    public static var typedNames: String { allCases.map { $0.label.replacingOccurrences(of: " ", with: "-") }.joined(separator: ", ") }
}
