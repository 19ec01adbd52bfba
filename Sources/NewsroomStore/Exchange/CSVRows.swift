import Foundation
import NewsroomCore

/// Turns one CSV row into a record by the header's layout. Cells are text and stay text: a cell
/// starting with `=`, `+`, `-` or `@` is stored as written, never evaluated. Numbers may be
/// German or English (`1.234`, `1,234`); times local in the newsroom's zone unless they carry one.
struct CSVRow {
    let layout: CSVLayout
    let cells: [String]
    let calendar: NewsroomCalendar

    func record() throws -> ImportRecord {
        switch layout.kind {
        case .comments: return .comment(try comment())
        case .shareMetrics: return .shareMetrics(try shareMetrics())
        case .mentionCounts: return .mentionCount(try mentionCount())
        }
    }

    /// The cell of a field, trimmed; nil when the column is absent or the cell empty.
    func value(_ field: CSVColumns.Field) -> String? {
        guard let index = layout.columns[field], index < cells.count else { return nil }
        let v = cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }

    func name(_ field: CSVColumns.Field) -> String {
        layout.columns[field].map { layout.names[$0].trimmingCharacters(in: .whitespaces) } ?? field.rawValue
    }

    func required(_ field: CSVColumns.Field) throws -> String {
        guard let v = value(field) else { throw LineProblem("column '\(name(field))' is empty") }
        return v
    }

    func whole(_ field: CSVColumns.Field) throws -> Int? {
        guard let v = value(field) else { return nil }
        guard let n = LocaleNumber.whole(v) else {
            throw LineProblem("column '\(name(field))' must be a whole number (like 1234 or 1.234), found '\(v.prefix(40))'")
        }
        guard n >= 0 else { throw LineProblem("column '\(name(field))' must not be negative, found '\(v)'") }
        return n
    }

    /// A time from its column, joined with a separate time-of-day column when there is one.
    func time(_ field: CSVColumns.Field) throws -> Date {
        var text = try required(field)
        if let clock = value(.clock) { text += " " + clock }
        guard let date = LocalTimeText.instant(text, calendar: calendar) else {
            throw LineProblem("column '\(name(field))' must be a date and time like '24.11.2026 08:30' or '2026-11-24T08:30:00Z', found '\(text.prefix(40))'")
        }
        return date
    }

    private func comment() throws -> CommentRecord {
        let network = Network(try required(.network))
        var handle = try required(.author)
        if handle.hasPrefix("@") { handle.removeFirst() }
        guard let index = layout.columns[.text], index < cells.count,
              !cells[index].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw LineProblem("column '\(name(.text))' is empty")
        }
        var target = CommentTarget(kind: .companyPost, id: value(.post) ?? "unknown")
        if let kindText = value(.targetKind) {
            guard let kind = CommentTarget.Kind(loosely: kindText) else {
                throw LineProblem("column '\(name(.targetKind))' must be 'share', 'story' or 'companyPost', found '\(kindText.prefix(40))'")
            }
            target.kind = kind
        }
        return CommentRecord(network: network, id: value(.id), author: handle, displayName: value(.displayName),
                             profileURL: value(.profileURL), followers: try whole(.followers) ?? 0, text: cells[index],
                             time: try time(.time), target: target, parent: value(.parent), language: value(.language),
                             origin: value(.origin))
    }

    private func shareMetrics() throws -> ShareMetricsRecord {
        var metrics = ShareMetrics.zero
        let paths: [CSVColumns.Field: WritableKeyPath<ShareMetrics, Int>] = [
            .impressions: \.impressions, .adImpressions: \.adImpressions, .eventVisits: \.eventVisits, .clicks: \.clicks,
            .reactions: \.reactions, .comments: \.comments, .reshares: \.reshares, .visitsFromSocial: \.visitsFromSocial,
            .leads: \.leads, .bookedMeetings: \.bookedMeetings,
        ]
        var found = false
        for field in CSVColumns.metricFields {
            if let n = try whole(field), let path = paths[field] {
                metrics[keyPath: path] = n
                found = true
            }
        }
        guard found else { throw LineProblem("every metric cell is empty") }
        return ShareMetricsRecord(shareID: ShareID(try required(.share)), measuredAt: try time(.measuredAt), metrics: metrics,
                                  network: value(.network).map { Network($0) }, origin: value(.origin))
    }

    private func mentionCount() throws -> MentionCountRecord {
        let text = try required(.date)
        guard let date = LocalTimeText.day(text, calendar: calendar) else {
            throw LineProblem("column '\(name(.date))' must be a date like '24.11.2026' or '2026-11-24', found '\(text.prefix(40))'")
        }
        guard let mentions = try whole(.mentions) else { throw LineProblem("column '\(name(.mentions))' is empty") }
        let count = MentionCount(source: value(.source) ?? MentionCount.ours, topic: try required(.topic), date: date,
                                 mentions: mentions, engagement: try whole(.engagement) ?? 0)
        return MentionCountRecord(count: count, origin: value(.origin))
    }
}
