import Foundation
import NewsroomCore

/// `NewsroomBench triage N [FILE]`: the rule-based triage over N comments on one core, texts from
/// FILE (one a line, the first tab-separated column, as in the GermEval files) or a built-in mix
/// of German and English comments of tweet length.
enum TriageBench {
    static let mix = [
        "Schön und gut, aber meine Stromrechnung ist trotzdem um 30 % gestiegen. Wie passt das zusammen? Ich erwarte eine ehrliche Antwort.",
        "Wie bewerbe ich mich denn für die Ausbildung? Der Link funktioniert bei mir nicht, und die Hotline ist nie erreichbar.",
        "Großartige Arbeit, weiter so! Danke an das Montageteam, die waren bei uns super freundlich und schnell. 👏",
        "Ihr seid doch alle unfähige Schreibtischhengste, und euer Pressesprecher ist ein Lügenbaron und ein Vollidiot!!!",
        "Der zuständige Teamleiter wohnt übrigens in der Lindenstraße 12 in Heide, Handy 0170 5550123. Besucht ihn doch mal.",
        "Verdiene 5.000 € im Monat von zu Hause! Klick hier: bit.ly/reich-werden-jetzt 💰💰💰 Nur heute, Link im Profil!",
        "Nice PR, but my bill went up 30% this year. How does that fit with what you promised last spring? Still waiting for an answer.",
        "If that cable comes through our village, your trucks will burn. I'm going to find you, and you will regret this.",
    ]

    static func run(_ n: Int, file: String?) throws {
        let texts: [String]
        if let file {
            texts = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
        } else {
            texts = mix
        }
        guard !texts.isEmpty, n > 0 else { throw BenchError("no texts to classify") }
        let classifier = RuleClassifier.standard
        _ = classifier.classify(texts[0])
        var counts = [CommentCategory: Int]()
        var bytes = 0
        let time = seconds {
            for i in 0..<n {
                let text = texts[i % texts.count]
                bytes += text.utf8.count
                counts[classifier.classify(text).category, default: 0] += 1
            }
        }
        report([("phase", "triage"), ("comments", "\(n)"), ("meanBytes", "\(bytes / n)"), ("seconds", String(format: "%.2f", time)),
                ("commentsPerSecond", String(format: "%.0f", Double(n) / time)),
                ("categories", counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue):\($0.value)" }.joined(separator: ","))])
    }
}
