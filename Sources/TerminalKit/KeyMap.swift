/// One key binding as data: the keys, the action they trigger, and how to explain it.
///
/// The same table dispatches keys, fills the key-hint bar and generates the help overlay, so the
/// three can never disagree (lazygit's idea), and a user file can remap keys by action name.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var description: String
    /// A heading in the help overlay ("Global", "Movement", …).
    public var group: String
    /// Whether the key-hint bar shows it (only the most useful ones fit there).
    public var showsInBar: Bool

    public init(_ keys: [Key], _ action: Action, _ description: String, group: String, showsInBar: Bool = false) {
        self.keys = keys
        self.action = action
        self.description = description
        self.group = group
        self.showsInBar = showsInBar
    }

    /// The keys as text, for example `j/Down`.
    public var keyText: String { keys.map(\.description).joined(separator: "/") }
}

/// Why a key remapping was refused, said so that the user knows which line to change.
public struct KeyRemapError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        case unknownAction(available: [String])
        case unknownContext(available: [String])
        case unknownKey(String)
        case keyTaken(String, byAction: String, context: String?)
    }

    public var action: String
    /// The key context the remapping was for, when it names one.
    public var context: String?
    public var problem: Problem

    public init(action: String, context: String? = nil, problem: Problem) {
        self.action = action
        self.context = context
        self.problem = problem
    }

    private var qualified: String { context.map { "\($0).\(action)" } ?? action }

    public var description: String {
        switch problem {
        case .unknownAction(let available):
            return "key remapping: no action '\(qualified)'; actions are \(available.joined(separator: ", "))"
        case .unknownContext(let available):
            return "key remapping for '\(qualified)': no key context '\(context ?? "")'; contexts are \(available.joined(separator: ", "))"
        case .unknownKey(let key):
            return "key remapping for '\(qualified)': '\(key)' is not a key; write e.g. q, Enter, C-l, F2, PgDn, S-Tab"
        case .keyTaken(let key, let other, let otherContext):
            let holder = otherContext.map { "\($0).\(other)" } ?? other
            return "key remapping for '\(qualified)': \(key) is already bound to '\(holder)'; remap that action too"
        }
    }
}

/// An ordered table of key bindings.
public struct KeyMap<Action: Hashable & Sendable>: Sendable {
    public private(set) var bindings: [KeyBinding<Action>]
    private var index: [Key: Int]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        self.index = [:]
        for (position, binding) in bindings.enumerated() {
            for key in binding.keys where index[key] == nil { index[key] = position }
        }
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> Action? {
        index[key].map { bindings[$0].action }
    }

    /// The bindings under each group heading, in table order.
    public var groups: [(name: String, bindings: [KeyBinding<Action>])] {
        var order: [String] = []
        var byGroup: [String: [KeyBinding<Action>]] = [:]
        for binding in bindings {
            if byGroup[binding.group] == nil { order.append(binding.group) }
            byGroup[binding.group, default: []].append(binding)
        }
        return order.map { ($0, byGroup[$0] ?? []) }
    }

    /// (keys, description) pairs for the key-hint bar.
    public var barHints: [(keys: String, description: String)] {
        bindings.filter(\.showsInBar).map { ($0.keyText, $0.description) }
    }

    /// This table with the keys of some actions replaced, as a user's settings file asks:
    /// `overrides` maps an action's name (`name(action)`) to key notations.
    public func remapped(_ overrides: [String: [String]], name: (Action) -> String) throws(KeyRemapError) -> KeyMap {
        var result = bindings
        for (actionName, notations) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let position = result.firstIndex(where: { name($0.action) == actionName }) else {
                throw KeyRemapError(action: actionName, problem: .unknownAction(available: bindings.map { name($0.action) }))
            }
            var keys: [Key] = []
            for notation in notations {
                guard let key = Key(notation: notation) else {
                    throw KeyRemapError(action: actionName, problem: .unknownKey(notation))
                }
                keys.append(key)
            }
            result[position].keys = keys
        }
        var owner: [Key: String] = [:]
        for binding in result {
            for key in binding.keys {
                let current = name(binding.action)
                if let other = owner[key], other != current {
                    let (remapped, holder) = overrides[current] == nil ? (other, current) : (current, other)
                    throw KeyRemapError(action: remapped, problem: .keyTaken(key.description, byAction: holder, context: nil))
                }
                owner[key] = name(binding.action)
            }
        }
        return KeyMap(result)
    }
}
