import Foundation
import NewsroomCore
import NewsroomReadModel

/// The `moderation` object of `newsroom kpi --json`: every moderation metric with what it is made of.
enum KPIModerationJSON {
    static func object(_ m: ModerationFigures) throws -> [String: Any] {
        [
            "backlog": try jsonObject(m.backlog),
            "oldestNew": try jsonObject(m.oldestNew),
            "firstResponse": try jsonObject(m.firstResponse),
            "resolution": try jsonObject(m.resolution),
            "slaBreaches": ["count": m.slaBreaches.count, "items": try jsonObject(m.slaBreaches.mostOverdue)] as [String: Any],
            "hidesByReason": try jsonObject(m.hides),
            "actionsPerModerator": try jsonObject(m.moderators),
        ]
    }
}
