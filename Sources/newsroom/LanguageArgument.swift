import ArgumentParser

/// A template's or snippet's language as typed: `de` or `en`, in any case, as the edit texts accept.
struct LanguageArgument: ExpressibleByArgument {
    let code: String
    init?(argument: String) {
        let code = argument.lowercased()
        guard Self.allValueStrings.contains(code) else { return nil }
        self.code = code
    }
    static var allValueStrings: [String] { ["de", "en"] }
}
