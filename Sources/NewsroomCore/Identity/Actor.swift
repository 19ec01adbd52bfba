/// Who did something, and under which operating-system account it was written.
/// `--as` may name someone else; the account stays beside it so the audit trail shows both.
public struct ActorIdentity: Hashable, Sendable, Codable {
    public let actor: String
    public let account: String

    /// Picks the actor: `--as`, else `$USER`, else the account name; never empty.
    public init(requested: String?, environmentUser: String?, accountName: String) {
        let account = accountName.isEmpty ? "unknown" : accountName
        let candidates = [requested, environmentUser, account].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.actor = candidates.first { !$0.isEmpty } ?? account
        self.account = account
    }

    public init(actor: String, account: String) {
        self.actor = actor
        self.account = account
    }

    /// Whether an actor is a person, not an importer (`import:…`) or a model (`model:…`).
    public static func isPerson(_ actor: String) -> Bool { !actor.hasPrefix("import:") && !actor.hasPrefix("model:") }

    /// The actor an importer writes under: `import:<source>`.
    public static func importer(_ source: String, account: String) -> ActorIdentity {
        ActorIdentity(actor: "import:\(source)", account: account)
    }
}
