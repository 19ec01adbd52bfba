import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

@Suite struct ExchangeCSVTests {
    /// As a German spreadsheet program saves it: semicolons, Windows-1252, CRLF, a quoted line break.
    static let germanSpreadsheet = [
        "Netzwerk;Kommentar-ID;Autor;Name;Follower;Kommentar;Datum;Beitrag",
        "LinkedIn;li-1001;m.mueller;Martina Müller;1.234;\"Tolle Qualität, aber 99 € sind „zu teuer“.\r\nZweite Zeile; mit Semikolon\";24.11.2026 08:30;post-1",
        "Xing;xi-2002;@kritiker;Karl Kritisch;12;\"=HYPERLINK(\"\"http://evil.example\"\")\";24.11.2026 09:15;post-1",
        "LinkedIn;li-1003;jörg;Jörg Übel;7;@all -5 +3;24.11.2026;post-2",
        "LinkedIn;li-1004;kurz;Kurz;3",
        "LinkedIn;li-1005;lang;Lang;3;Text;24.11.2026 10:00;post-1;zu viel",
        "LinkedIn;li-1006;zahl;Zahl;viele;Text;24.11.2026 10:00;post-1",
        ";;;;;;;",
        "",
    ].joined(separator: "\r\n")

    @Test func aGermanSpreadsheetImportsWithItsUmlautsAndReportsBadRowsByLine() throws {
        let t = try TemporaryNewsroom("csv-de")
        let store = try t.create()
        let url = try t.file("Kommentare.csv", bytes: windows1252(Self.germanSpreadsheet))
        let report = try t.importer(store).ingest(url)
        #expect(report.imported == 3)
        #expect(report.rejected.map(\.line) == [6, 7, 8])
        #expect(report.rejected[0].reason.contains("5 cells, but the header has 8"))
        #expect(report.rejected[1].reason.contains("9 cells, but the header has 8"))
        #expect(report.rejected[2].reason == "column 'Follower' must be a whole number (like 1234 or 1.234), found 'viele'")

        #expect(try store.text(of: "linkedin:li-1001") == "Tolle Qualität, aber 99 € sind „zu teuer“.\nZweite Zeile; mit Semikolon")
        let c = try #require(try store.comment("linkedin:li-1001"))
        #expect(c.authorFollowers == 1234)
        #expect(c.postedAt == Timestamp.parse("2026-11-24T07:30:00Z"), "08:30 in Berlin")
        #expect(c.target == CommentTarget(kind: .companyPost, id: "post-1"))
        #expect(try store.profile(c.authorRef)?.displayName == "Martina Müller")
        #expect(try store.events(after: 0, limit: 1).first?.event.actor == "import:Kommentare")

        let j = try #require(try store.comment("linkedin:li-1003"))
        #expect(try store.profile(j.authorRef)?.displayName == "Jörg Übel")
        #expect(j.postedAt == Timestamp.parse("2026-11-23T23:00:00Z"), "a date alone is local midnight")
    }

    @Test func formulaCellsStayText() throws {
        let t = try TemporaryNewsroom("csv-formula")
        let store = try t.create()
        let url = try t.file("formeln.csv", bytes: windows1252(Self.germanSpreadsheet))
        _ = try t.importer(store).ingest(url)
        #expect(try store.text(of: "xing:xi-2002") == "=HYPERLINK(\"http://evil.example\")")
        #expect(try store.text(of: "linkedin:li-1003") == "@all -5 +3")
        let ref = try #require(try store.comment("xing:xi-2002")).authorRef
        #expect(try store.profile(ref)?.handle == "kritiker")

        #expect(SpreadsheetSafety.cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(SpreadsheetSafety.cell("+49 89 1234") == "'+49 89 1234")
        #expect(SpreadsheetSafety.cell("-5") == "'-5")
        #expect(SpreadsheetSafety.cell("@all") == "'@all")
        #expect(SpreadsheetSafety.cell("Qualität") == "Qualität")
        #expect(SpreadsheetSafety.csvField("=1;2", separator: ";") == "\"'=1;2\"")
        #expect(SpreadsheetSafety.csvField("sagt \"ja\"") == "\"sagt \"\"ja\"\"\"")
    }

    @Test func importingTheSameCSVTwiceAddsNothing() throws {
        let t = try TemporaryNewsroom("csv-twice")
        let store = try t.create()
        let url = try t.file("Kommentare.csv", bytes: windows1252(Self.germanSpreadsheet))
        let first = try t.importer(store).ingest(url)
        let seq = try store.lastSeq()
        let second = try t.importer(store).ingest(url)
        #expect(first.imported == 3)
        #expect(second.imported == 0)
        #expect(second.duplicates == 3)
        #expect(try store.lastSeq() == seq)
        // The same rows under another file name are still the same comments.
        let renamed = try t.file("Kommentare-Kopie.csv", bytes: windows1252(Self.germanSpreadsheet))
        let third = try t.importer(store).ingest(renamed)
        #expect(third.imported == 0 && third.duplicates == 3)
        #expect(try store.tallies()[.comments] == 3)
    }

    @Test func anEnglishExportWithBOMAndCommas() throws {
        let t = try TemporaryNewsroom("csv-en")
        let store = try t.create()
        let text = "\u{FEFF}Network,Comment ID,Author,Display Name,Followers,Comment,Date,Post ID,Reply To\n"
            + "linkedin,9001,\"Smith, J.\",John Smith,\"1,234\",\"Great, thanks! 👍\",2026-11-24T08:00:00Z,post-9,\n"
            + "linkedin,9002,ann,Ann,5,\"Quote \"\"this\"\"\",2026-11-24 09:30,post-9,9001\n"
        let report = try t.importer(store).ingest(try t.file("export.csv", text))
        #expect(report.imported == 2 && report.rejected.isEmpty)
        let c = try #require(try store.comment("linkedin:9001"))
        #expect(c.authorFollowers == 1234)
        #expect(try store.profile(c.authorRef)?.handle == "Smith, J.")
        #expect(try store.text(of: "linkedin:9001") == "Great, thanks! 👍")
        #expect(try store.text(of: "linkedin:9002") == "Quote \"this\"")
        #expect(try store.comment("linkedin:9002")?.parentID == "linkedin:9001")
        #expect(try store.comment("linkedin:9002")?.postedAt == Timestamp.parse("2026-11-24T08:30:00Z"))
    }

    @Test func shareMetricsAndMentionCounts() throws {
        let t = try TemporaryNewsroom("csv-metrics")
        let store = try t.create()
        try store.append([
            event(.ambassadorJoined(AmbassadorJoined(ambassadorID: "a1", name: "Anna", team: "Vertrieb", role: "employee",
                                                     timeZone: "Europe/Berlin", topics: [], accounts: []))),
            event(.sharePosted(SharePosted(shareID: "sh-1", ambassadorID: "a1", storyID: nil, network: .linkedIn, postedAt: testNow, text: "x"))),
        ])
        let metrics = "Share-ID;Datum;Uhrzeit;Impressionen;Klicks;Reaktionen;Geteilt\n"
            + "sh-1;24.11.2026;10:00;1.500;40;12;3\n"
            + "sh-1;25.11.2026;10:00;2.000;55;15;4\n"
        let m = try t.importer(store).ingest(try t.file("linkedin-analytics.csv", metrics))
        #expect(m.imported == 2 && m.rejected.isEmpty)
        let share = try #require(try store.share("sh-1"))
        #expect(share.metrics == ShareMetrics(impressions: 2000, clicks: 55, reactions: 15, reshares: 4))
        #expect(share.measuredAt == Timestamp.parse("2026-11-25T09:00:00Z"))

        let mentions = "Datum,Thema,Quelle,Erwähnungen,Engagement\n23.11.2026,ki,ours,\"1,200\",900\n23.11.2026,ki,peerA,800,100\n"
        let url = try t.file("buzz.csv", mentions)
        #expect(try t.importer(store).ingest(url).imported == 2)
        #expect(try t.importer(store).ingest(url).duplicates == 2)
        let day = store.config.calendar.interval(from: LocalDate("2026-11-23")!, through: LocalDate("2026-11-23")!)
        #expect(try store.sum(CounterKey(.mentions, .mention(source: "ours", topic: "ki")), over: Bucket.range(covering: day)) == 1200)
    }

    @Test func anUnknownHeaderSaysWhatIsMissing() throws {
        let t = try TemporaryNewsroom("csv-header")
        let store = try t.create()
        let url = try t.file("raetsel.csv", "Foo;Bar;Kommentar\n1;2;3\n")
        #expect {
            try t.importer(store).ingest(url)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("\(url.relativePath):1: the header row does not say what the file holds") && text.contains("'Netzwerk'")
        }
        let utf16 = try t.file("unicode.csv", bytes: [0xFF, 0xFE] + Array("N;A\n".utf8).flatMap { [$0, 0] })
        #expect(throws: ImportError.utf16(file: utf16.relativePath)) { try t.importer(store).ingest(utf16) }
        let empty = try t.file("leer.csv", "")
        #expect(throws: ImportError.emptyFile(file: empty.relativePath)) { try t.importer(store).ingest(empty) }
    }

    @Test func numbersAndTimesAsSpreadsheetsWriteThem() {
        #expect(LocaleNumber.whole("1.234") == 1234)
        #expect(LocaleNumber.whole("1,234") == 1234)
        #expect(LocaleNumber.whole("1.234.567") == 1_234_567)
        #expect(LocaleNumber.whole("1.234,0") == 1234)
        #expect(LocaleNumber.whole("1,234.00") == 1234)
        #expect(LocaleNumber.whole("1 234") == 1234)
        #expect(LocaleNumber.whole("12,00") == 12)
        #expect(LocaleNumber.whole("-3") == -3)
        #expect(LocaleNumber.whole("12,5") == nil)
        #expect(LocaleNumber.whole("0,5") == nil)
        #expect(LocaleNumber.whole("1.23.4") == nil)
        #expect(LocaleNumber.whole("=1+1") == nil)
        #expect(LocaleNumber.whole("") == nil)

        let berlin = NewsroomCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(LocalTimeText.instant("24.11.2026 08:30", calendar: berlin) == Timestamp.parse("2026-11-24T07:30:00Z"))
        #expect(LocalTimeText.instant("24.11.26 8:30 Uhr", calendar: berlin) == Timestamp.parse("2026-11-24T07:30:00Z"))
        #expect(LocalTimeText.instant("01.07.2026 12:00:30", calendar: berlin) == Timestamp.parse("2026-07-01T10:00:30Z"))
        #expect(LocalTimeText.instant("2026-11-24T08:30:00", calendar: berlin) == Timestamp.parse("2026-11-24T07:30:00Z"))
        #expect(LocalTimeText.instant("2026-11-24T08:30:00Z", calendar: berlin) == Timestamp.parse("2026-11-24T08:30:00Z"))
        #expect(LocalTimeText.instant("31.02.2026", calendar: berlin) == nil)
        #expect(LocalTimeText.instant("morgen", calendar: berlin) == nil)
        #expect(TextBytes.decode([0x80, 0x84, 0x93, 0xFC]) == "€„“ü")
        #expect(TextBytes.decode(Array("Müller".utf8)) == "Müller")
    }
}
