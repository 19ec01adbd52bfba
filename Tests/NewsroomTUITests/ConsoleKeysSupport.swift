import Foundation
import NewsroomCore
import TerminalKit
@testable import NewsroomTUI

/// Drives the pure update with keys, as a person would, and plays the edge's part for results.
extension ConsoleState {
    /// Presses the keys in turn; returns the effects of the last one.
    @discardableResult
    mutating func press(_ keys: Key..., with contexts: KeyContexts<ConsoleAction> = ConsoleKeys.standard) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        for key in keys { effects = ConsoleUpdate.key(key, &self, keys: contexts) }
        return effects
    }

    /// Types text into whatever has the keys (a prompt, usually).
    mutating func type(_ text: String) {
        for character in text { _ = ConsoleUpdate.key(.character(character), &self) }
    }

    /// Types text, then Enter; returns Enter's effects.
    mutating func answer(_ text: String) -> [ConsoleEffect] {
        type(text)
        return press(.enter)
    }

    @discardableResult
    mutating func receive(_ result: EffectResult) -> [ConsoleEffect] {
        ConsoleUpdate.update(.result(result), &self)
    }

    /// The effect's recording, if it is one.
    static func recording(_ effects: [ConsoleEffect]) -> Recording? {
        guard case .record(let recording)? = effects.first else { return nil }
        return recording
    }
}
