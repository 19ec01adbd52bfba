import Foundation
import NewsroomCore
import Yams

/// Reads `newsroom.yaml` into a `NewsroomConfig`. Every key is optional (defaults fill the rest);
/// a wrong value is an error with file, line and key; an unknown key is a warning (likely a typo)
/// and does not stop the newsroom.
public struct ConfigReader {
    public let file: String
    public private(set) var warnings: [ConfigError] = []

    public init(file: String) { self.file = file }

    /// Reads the file at `url`; a missing file gives the defaults.
    /// A configuration is a few kilobytes; anything far larger is not one, and its values would
    /// go into every screen and export.
    public static let sizeLimit = 1 << 20

    public static func load(_ url: URL) throws -> (NewsroomConfig, [ConfigError]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (NewsroomConfig(), []) }
        if let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size > sizeLimit {
            throw ConfigError(file: url.path, line: nil, key: "",
                              problem: "is \(size / 1024) KiB; a newsroom.yaml is a few KiB (at most \(sizeLimit / 1024) KiB): check that this is the right file")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ConfigError(file: url.path, line: nil, key: "", problem: "cannot be read (\(systemReason(error)))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: url.path, line: nil, key: "", problem: "is not UTF-8 text; save it as UTF-8")
        }
        var reader = ConfigReader(file: url.path)
        let config = try reader.read(text)
        return (config, reader.warnings)
    }

    public mutating func read(_ text: String) throws -> NewsroomConfig {
        do {
            return try readConfig(text)
        } catch let error as ConfigError {
            // The YAML parser puts what it finds at the end of a text without a final newline (an
            // error, an empty value) on one line more than there is: that is the last line.
            guard let line = error.line else { throw error }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            throw ConfigError(file: error.file, line: min(line, lines), key: error.key, problem: error.problem)
        }
    }

    private mutating func readConfig(_ text: String) throws -> NewsroomConfig {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw ConfigError(file: file, line: Self.line(of: error), key: "", problem: "is not valid YAML: \(Self.problem(of: error))")
        }
        var config = NewsroomConfig()
        guard let root else { return config }
        let top = try mapping(root, "")
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            switch key {
            case "name": config.name = try string(value, key)
            case "timeZone":
                let zone = try string(value, key)
                guard TimeZone(identifier: zone) != nil else {
                    throw ConfigError(file: file, line: value.mark?.line, key: key, problem: "unknown time zone '\(zone)'; use an IANA name such as Europe/Berlin")
                }
                config.timeZone = zone
            case "language":
                let language = try string(value, key)
                guard ["de", "en"].contains(language) else {
                    throw ConfigError(file: file, line: value.mark?.line, key: key, problem: "'\(language)' is not supported; use de or en")
                }
                config.language = language
            case "currency": config.currency = try string(value, key)
            case "networks": config.networks = try sequence(value, key).map { try network($0, key) }
            case "teams": config.teams = try strings(value, key)
            case "topics": config.topics = try strings(value, key)
            case "peers": config.peers = try strings(value, key)
            case "engagement": config.engagement = try engagement(value, key)
            case "moderation": config.moderation = try moderation(value, key)
            case "campaigns": config.campaigns = try sequence(value, key).map { try campaign($0, key) }
            case "ambassadors":
                for (k, v) in try mapping(value, key) {
                    switch k.string ?? "" {
                    case "quietAfterDays": config.ambassadors.quietAfterDays = try int(v, "ambassadors.quietAfterDays", min: 1)
                    case "trainingValidityMonths": config.ambassadors.trainingValidityMonths = try int(v, "ambassadors.trainingValidityMonths", min: 1)
                    default: unknown(k, in: key)
                    }
                }
            case "storm": config.storm = try storm(value, key)
            case "privacy":
                for (k, v) in try mapping(value, key) {
                    switch k.string ?? "" {
                    case "retentionMonths": config.privacy.retentionMonths = try int(v, "privacy.retentionMonths", min: 1)
                    default: unknown(k, in: key)
                    }
                }
            default:
                unknown(keyNode, in: "")
            }
        }
        return config
    }

    // MARK: Sections

    private mutating func network(_ node: Node, _ key: String) throws -> NetworkSettings {
        var name: String?
        var n = NetworkSettings(name: "", postLimit: 3000, cpm: 10, cpc: 1, reactionMultiplier: 0.1)
        for (k, v) in try mapping(node, key) {
            let field = "\(key).\(k.string ?? "")"
            switch k.string ?? "" {
            case "name": name = try string(v, field)
            case "postLimit": n.postLimit = try int(v, field, min: 1)
            case "cpm": n.cpm = try double(v, field, min: 0)
            case "cpc": n.cpc = try double(v, field, min: 0)
            case "reactionMultiplier": n.reactionMultiplier = try double(v, field, min: 0)
            default: unknown(k, in: key)
            }
        }
        guard let name, !name.isEmpty else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "every network needs a name (linkedin, x, xing, instagram, facebook ...)")
        }
        if let known = NetworkSettings.defaults.first(where: { $0.name == name.lowercased() }) {
            let m = try mapping(node, key)
            if !m.keys.contains(where: { $0.string == "postLimit" }) { n.postLimit = known.postLimit }
            if !m.keys.contains(where: { $0.string == "cpm" }) { n.cpm = known.cpm }
            if !m.keys.contains(where: { $0.string == "cpc" }) { n.cpc = known.cpc }
            if !m.keys.contains(where: { $0.string == "reactionMultiplier" }) { n.reactionMultiplier = known.reactionMultiplier }
        }
        n.name = name.lowercased()
        return n
    }

    private mutating func engagement(_ node: Node, _ key: String) throws -> EngagementSettings {
        var e = EngagementSettings()
        for (k, v) in try mapping(node, key) {
            let field = "\(key).\(k.string ?? "")"
            switch k.string ?? "" {
            case "weights":
                let w = try factors(v, field, min: 0)
                e.weights = FactorWeights(reach: w.0 ?? e.weights.reach, interaction: w.1 ?? e.weights.interaction, businessImpact: w.2 ?? e.weights.businessImpact)
                guard e.weights.reach + e.weights.interaction + e.weights.businessImpact > 0 else {
                    throw ConfigError(file: file, line: v.mark?.line, key: field, problem: "the weights add up to 0; give at least one a positive weight")
                }
            case "reach": e.reach = try metricWeights(v, field)
            case "interaction": e.interaction = try metricWeights(v, field)
            case "businessImpact": e.businessImpact = try metricWeights(v, field)
            case "programReference":
                let r = try factors(v, field, min: 1)
                e.programReference = FactorReferences(reach: r.0 ?? e.programReference.reach, interaction: r.1 ?? e.programReference.interaction,
                                                      businessImpact: r.2 ?? e.programReference.businessImpact)
            case "ambassadorReference":
                let r = try factors(v, field, min: 1)
                e.ambassadorReference = FactorReferences(reach: r.0 ?? e.ambassadorReference.reach, interaction: r.1 ?? e.ambassadorReference.interaction,
                                                         businessImpact: r.2 ?? e.ambassadorReference.businessImpact)
            default: unknown(k, in: key)
            }
        }
        return e
    }

    private mutating func factors(_ node: Node, _ key: String, min: Double) throws -> (Double?, Double?, Double?) {
        var r: Double?, i: Double?, b: Double?
        for (k, v) in try mapping(node, key) {
            let field = "\(key).\(k.string ?? "")"
            switch k.string ?? "" {
            case "reach": r = try double(v, field, min: min)
            case "interaction": i = try double(v, field, min: min)
            case "businessImpact": b = try double(v, field, min: min)
            default: unknown(k, in: key)
            }
        }
        return (r, i, b)
    }

    private func metricWeights(_ node: Node, _ key: String) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for (k, v) in try mapping(node, key) {
            let name = k.string ?? ""
            guard Metric(rawValue: name) != nil else {
                throw ConfigError(file: file, line: k.mark?.line, key: "\(key).\(name)",
                                  problem: "unknown count; use one of \(Metric.allCases.prefix(10).map(\.rawValue).joined(separator: ", "))")
            }
            out[name] = try double(v, "\(key).\(name)", min: 0)
        }
        return out
    }

    private mutating func moderation(_ node: Node, _ key: String) throws -> ModerationSettings {
        var m = ModerationSettings()
        for (k, v) in try mapping(node, key) {
            let field = "\(key).\(k.string ?? "")"
            switch k.string ?? "" {
            case "slaMinutes":
                for (ck, cv) in try mapping(v, field) {
                    let name = ck.string ?? ""
                    guard name == "default" || CommentCategory(rawValue: name) != nil else {
                        throw ConfigError(file: file, line: ck.mark?.line, key: "\(field).\(name)",
                                          problem: "unknown category; use default or one of \(CommentCategory.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    m.slaMinutes[name] = try int(cv, "\(field).\(name)", min: 1)
                }
            case "slaBusinessHours":
                m.slaBusinessHours = try sequence(v, field).map { n in
                    let name = try string(n, field)
                    guard name == "default" || CommentCategory(rawValue: name) != nil else {
                        throw ConfigError(file: file, line: n.mark?.line, key: field,
                                          problem: "unknown category '\(name)'; use default or one of \(CommentCategory.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return name
                }
            case "businessHours":
                for (bk, bv) in try mapping(v, field) {
                    let name = "\(field).\(bk.string ?? "")"
                    switch bk.string ?? "" {
                    case "start": m.businessHours.start = try time(bv, name)
                    case "end": m.businessHours.end = try time(bv, name)
                    case "weekdays":
                        m.businessHours.weekdays = try sequence(bv, name).map { try int($0, name, min: 1, max: 7) }
                    default: unknown(bk, in: field)
                    }
                }
            case "holidays":
                m.holidays = try sequence(v, field).map { try date($0, field) }
            case "claimLeaseMinutes": m.claimLeaseMinutes = try int(v, field, min: 1)
            case "mayHide":
                m.mayHide = try sequence(v, field).map { n in
                    let s = try string(n, field)
                    guard let role = ModeratorRole(rawValue: s) else {
                        throw ConfigError(file: file, line: n.mark?.line, key: field, problem: "unknown role '\(s)'; use moderator, legal, hr or expert")
                    }
                    return role
                }
            default: unknown(k, in: key)
            }
        }
        return m
    }

    /// The storm warning's thresholds; the ratio keys of earlier programs are named as replaced.
    private mutating func storm(_ node: Node, _ key: String) throws -> StormSettings {
        var s = StormSettings()
        for (k, v) in try mapping(node, key) {
            let field = "\(key).\(k.string ?? "")"
            switch k.string ?? "" {
            case "baselineWeeks": s.baselineWeeks = try int(v, field, min: 1, max: 52)
            case "smoothing":
                s.smoothing = try double(v, field, min: 0.01)
                guard s.smoothing <= 1 else {
                    throw ConfigError(file: file, line: v.mark?.line, key: field,
                                      problem: "is the weight of the newest quarter hour, from 0.01 to 1 (1: no smoothing), not \(s.smoothing); the default is 0.3")
                }
            case "level1Z": s.level1Z = try double(v, field, min: 0)
            case "level2Z": s.level2Z = try double(v, field, min: 0)
            case "level3Z": s.level3Z = try double(v, field, min: 0)
            case "level2Buckets": s.level2Buckets = try int(v, field, min: 1, max: StormDetector.historyBuckets + 1)
            case "negativeShareRise":
                s.negativeShareRise = try double(v, field, min: 0)
                guard s.negativeShareRise <= 1 else {
                    throw ConfigError(file: file, line: v.mark?.line, key: field,
                                      problem: "is a share from 0 to 1 (0.15 = 15 percentage points), not \(s.negativeShareRise)")
                }
            case "level4Networks": s.level4Networks = try int(v, field, min: 2)
            case "minimumCount": s.minimumCount = try int(v, field, min: 1)
            case "spreadFloor": s.spreadFloor = try double(v, field, min: 0.1)
            case "warnRatio", "alertRatio", "minimumComments", "bucketMinutes":
                let replacement = ["warnRatio": "level1Z and level2Z", "alertRatio": "level3Z", "minimumComments": "minimumCount",
                                   "bucketMinutes": "nothing: counts are always per 15 minutes"][k.string ?? ""]!
                warnings.append(ConfigError(file: file, line: k.mark?.line, key: field,
                                            problem: "is no longer used (the storm warning compares critical comments with the usual by a z-score now), ignored; replaced by \(replacement): see `newsroom init`'s template"))
            default: unknown(k, in: key)
            }
        }
        guard s.level1Z <= s.level2Z, s.level2Z <= s.level3Z else {
            throw ConfigError(file: file, line: node.mark?.line, key: key,
                              problem: "level1Z (\(s.level1Z)), level2Z (\(s.level2Z)) and level3Z (\(s.level3Z)) must not decrease: a higher level needs at least the z of the one below")
        }
        return s
    }

    private mutating func campaign(_ node: Node, _ key: String) throws -> Campaign {
        var name: String?, start: LocalDate?, end: LocalDate?, goal = "visitsFromSocial", target = 0.0, tags: [String] = []
        var stories: [StoryID] = [], links: [String] = []
        for (k, v) in try mapping(node, key) {
            let field = "\(key).\(k.string ?? "")"
            switch k.string ?? "" {
            case "name": name = try string(v, field)
            case "start": start = try date(v, field)
            case "end": end = try date(v, field)
            case "goalMetric":
                goal = try string(v, field)
                guard Metric(rawValue: goal) != nil else {
                    throw ConfigError(file: file, line: v.mark?.line, key: field, problem: "unknown metric '\(goal)'; e.g. visitsFromSocial, leads, impressions")
                }
            case "target": target = try double(v, field, min: 0)
            case "hashtags": tags = try strings(v, field).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
            case "stories": stories = try strings(v, field).map { StoryID($0) }
            case "links":
                links = try strings(v, field).map { link in
                    guard let normal = ShareLinks.normalized(link) else {
                        throw ConfigError(file: file, line: v.mark?.line, key: field,
                                          problem: "'\(link)' is not a link; write it as it appears in posts, e.g. messe.example.com/tickets")
                    }
                    return normal
                }
            default: unknown(k, in: key)
            }
        }
        guard let name, let start, let end else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "a campaign needs name, start and end (YYYY-MM-DD)")
        }
        guard start <= end else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "campaign '\(name)' ends (\(end)) before it starts (\(start))")
        }
        return Campaign(name: name, start: start, end: end, goalMetric: goal, target: target, hashtags: tags, stories: stories, links: links)
    }

    // MARK: Scalars

    private mutating func unknown(_ key: Node, in section: String) {
        let name = key.string ?? "?"
        warnings.append(ConfigError(file: file, line: key.mark?.line, key: section.isEmpty ? name : "\(section).\(name)",
                                    problem: "unknown key, ignored (check the spelling against the commented template from `newsroom init`)"))
    }

    private func mapping(_ node: Node, _ key: String) throws -> Node.Mapping {
        guard let m = node.mapping else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a section of `key: value` lines")
        }
        return m
    }

    private func sequence(_ node: Node, _ key: String) throws -> Node.Sequence {
        guard let s = node.sequence else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a list (lines starting with `- `)")
        }
        return s
    }

    private func string(_ node: Node, _ key: String) throws -> String {
        guard node.scalar != nil, let s = node.string else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a single value")
        }
        return s
    }

    private func strings(_ node: Node, _ key: String) throws -> [String] {
        try sequence(node, key).map { try string($0, key) }
    }

    private func int(_ node: Node, _ key: String, min: Int, max: Int = Int.max) throws -> Int {
        guard let text = node.scalar?.string, let value = Int(text), value >= min, value <= max else {
            let bound = max == Int.max ? "of at least \(min)" : "from \(min) to \(max)"
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a whole number \(bound), found '\(node.scalar?.string ?? "a section")'")
        }
        return value
    }

    private func double(_ node: Node, _ key: String, min: Double) throws -> Double {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite, value >= min else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a number of at least \(min), found '\(node.scalar?.string ?? "a section")'")
        }
        return value
    }

    private func date(_ node: Node, _ key: String) throws -> LocalDate {
        guard let text = node.scalar?.string, let value = LocalDate(text) else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a date YYYY-MM-DD, found '\(node.scalar?.string ?? "a section")'")
        }
        return value
    }

    private func time(_ node: Node, _ key: String) throws -> LocalTime {
        guard let text = node.scalar?.string, let value = LocalTime(text) else {
            throw ConfigError(file: file, line: node.mark?.line, key: key, problem: "expected a time HH:MM, found '\(node.scalar?.string ?? "a section")'")
        }
        return value
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
