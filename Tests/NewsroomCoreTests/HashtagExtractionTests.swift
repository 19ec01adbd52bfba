import Foundation
import Testing
@testable import NewsroomCore

/// The fold reads hashtags from a share's text at every measurement, so `Hashtags.extract` walks
/// scalars; it must find what reading the text character by character finds.
@Suite("hashtag extraction")
struct HashtagExtractionTests {
    /// The reading by characters the scalar walk replaced.
    static func byCharacters(_ text: String) -> [String] {
        var tags: [String] = []
        var current: String?
        for ch in text {
            if ch == "#" {
                if let tag = current, !tag.isEmpty { tags.append(tag.lowercased()) }
                current = ""
            } else if current != nil, ch.isLetter || ch.isNumber || ch == "_" {
                current!.append(ch)
            } else {
                if let tag = current, !tag.isEmpty { tags.append(tag.lowercased()) }
                current = nil
            }
        }
        if let tag = current, !tag.isEmpty { tags.append(tag.lowercased()) }
        return tags
    }

    @Test("the same tags as reading by characters, on random texts of letters, umlauts, combining marks, digits, emoji and punctuation")
    func sameAsByCharacters() {
        let pieces = ["#", "#", "a", "Z", "ä", "Ö", "ß", "e\u{301}", "1", "9", "_", " ", "\n", ".", ",", "-", "😀", "👍🏽", "½", "日", "ж", "#Werk", "stolz", "http://x.y"]
        var rng = SplitMix(seed: 7)
        for _ in 0..<5_000 {
            let text = (0..<Int(rng.next() % 24)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(Hashtags.extract(from: text) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test("examples: umlauts and case, several tags, no tag, format characters end a tag")
    func examples() {
        #expect(Hashtags.extract(from: "Stolz! #WerkStolz #weilJedeKilowattstundeZählt, #_x1") == ["werkstolz", "weiljedekilowattstundezählt", "_x1"])
        #expect(Hashtags.extract(from: "kein Tag hier") == [])
        #expect(Hashtags.extract(from: "##a #") == ["a"])
        #expect(Hashtags.extract(from: "#ab\u{202E}cd #ef\u{200D}gh") == ["ab", "ef"], "a bidi or joiner control is not part of a tag")
    }
}
