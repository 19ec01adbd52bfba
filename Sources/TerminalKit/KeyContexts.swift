/// One named key table: the global keys, movement, a pane's own keys, an overlay's or a prompt's.
///
/// Contexts let one key mean different things in different places (`[` is "previous day" in one
/// pane and "previous window" in another) while dispatch, the key-hint bar and the help all read
/// the same table.
public struct KeyContext<Action: Hashable & Sendable>: Sendable {
    /// The name a settings file uses (`briefing` in `briefing.share: [S]`).
    public let name: String
    /// The heading in the help overlay.
    public let title: String
    public var map: KeyMap<Action>

    public init(_ name: String, title: String, _ bindings: [KeyBinding<Action>]) {
        self.name = name
        self.title = title
        self.map = KeyMap(bindings)
    }

    /// Keys bound twice in this context, with the actions that share them.
    public func duplicateKeys(name actionName: (Action) -> String) -> [(key: Key, actions: [String])] {
        var owners: [Key: [String]] = [:]
        var order: [Key] = []
        for binding in map.bindings {
            for key in binding.keys {
                if owners[key] == nil { order.append(key) }
                owners[key, default: []].append(actionName(binding.action))
            }
        }
        return order.compactMap { key in owners[key]!.count > 1 ? (key, owners[key]!) : nil }
    }
}

/// Every key context of a program, and which of them are in force together (a chain: the focused
/// pane's context, then movement, then global). A key goes to the first context in the chain that
/// binds it.
public struct KeyContexts<Action: Hashable & Sendable>: Sendable {
    public private(set) var contexts: [KeyContext<Action>]
    /// The chains that are in force at some time, innermost first; no key may be bound twice in one.
    public let chains: [[String]]

    public init(_ contexts: [KeyContext<Action>], chains: [[String]]) {
        self.contexts = contexts
        self.chains = chains
    }

    public subscript(name: String) -> KeyContext<Action>? { contexts.first { $0.name == name } }

    /// The action `key` triggers in a chain of contexts, innermost first.
    public func action(for key: Key, in chain: [String]) -> Action? {
        for name in chain {
            if let action = self[name]?.map.action(for: key) { return action }
        }
        return nil
    }

    /// The keys of an action in a context, as text (`h`, `j/Down`), for messages like "y: yes".
    public func keyText(of action: Action, in context: String) -> String? {
        self[context]?.map.bindings.first { $0.action == action }?.keyText
    }

    /// The first key of an action in a context, for short hints ("Esc closes").
    public func firstKey(of action: Action, in context: String) -> Key? {
        self[context]?.map.bindings.first { $0.action == action }?.keys.first
    }

    /// Keys that two bindings of one chain share (a pane reusing a global key, say), with where.
    public func collisions(name actionName: (Action) -> String) -> [KeyRemapError] {
        var found: [KeyRemapError] = []
        for chain in chains {
            var owner: [Key: (context: String, action: String)] = [:]
            for contextName in chain {
                guard let context = self[contextName] else { continue }
                for binding in context.map.bindings {
                    for key in binding.keys {
                        let current = (context: contextName, action: actionName(binding.action))
                        if let other = owner[key], other != current {
                            found.append(KeyRemapError(action: current.action, context: contextName,
                                                       problem: .keyTaken(key.description, byAction: other.action, context: other.context)))
                        } else {
                            owner[key] = current
                        }
                    }
                }
            }
        }
        return found
    }

    /// These contexts with the keys of some actions replaced, as a settings file asks. A name is
    /// `context.action` (`briefing.share`), or a bare action name (the older flat form), which
    /// applies in every context that has that action. The result must keep every chain free of
    /// keys bound twice; otherwise the first problem is thrown and nothing changes.
    public func remapped(_ overrides: [String: [String]], name actionName: (Action) -> String) throws(KeyRemapError) -> KeyContexts {
        var result = self
        for (qualified, notations) in overrides.sorted(by: { $0.key < $1.key }) {
            let parts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
            let targets: [String]
            let action: String
            if parts.count == 2 {
                guard self[parts[0]] != nil else {
                    throw KeyRemapError(action: parts[1], context: parts[0], problem: .unknownContext(available: contexts.map(\.name)))
                }
                targets = [parts[0]]
                action = parts[1]
            } else {
                action = qualified
                targets = contexts.filter { $0.map.bindings.contains { actionName($0.action) == action } }.map(\.name)
            }
            var keys: [Key] = []
            for notation in notations {
                guard let key = Key(notation: notation) else { throw KeyRemapError(action: qualified, problem: .unknownKey(notation)) }
                keys.append(key)
            }
            var applied = false
            for target in targets {
                guard let index = result.contexts.firstIndex(where: { $0.name == target }) else { continue }
                var bindings = result.contexts[index].map.bindings
                guard let position = bindings.firstIndex(where: { actionName($0.action) == action }) else { continue }
                bindings[position].keys = keys
                result.contexts[index].map = KeyMap(bindings)
                applied = true
            }
            guard applied else {
                let available = targets.isEmpty ? contexts : contexts.filter { targets.contains($0.name) }
                let names = available.flatMap { context in context.map.bindings.map { "\(context.name).\(actionName($0.action))" } }
                throw KeyRemapError(action: qualified, problem: .unknownAction(available: names))
            }
        }
        for context in result.contexts {
            if let duplicate = context.duplicateKeys(name: actionName).first {
                throw KeyRemapError(action: duplicate.actions[1], context: context.name,
                                    problem: .keyTaken(duplicate.key.description, byAction: duplicate.actions[0], context: context.name))
            }
        }
        if let collision = result.collisions(name: actionName).first { throw collision }
        return result
    }
}
