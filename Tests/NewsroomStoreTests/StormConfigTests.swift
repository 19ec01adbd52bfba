import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

/// The `storm:` section of newsroom.yaml: every threshold of the storm warning, refused with file,
/// line and what to do when it cannot work, and the ratio keys of earlier programs named as replaced.
@Suite struct StormConfigTests {
    func read(_ storm: String) throws -> (StormSettings, [String]) {
        var reader = ConfigReader(file: "newsroom.yaml")
        let config = try reader.read("name: X\nstorm:\n" + storm)
        return (config.storm, reader.warnings.map(\.description))
    }

    func problem(_ storm: String) -> String {
        do {
            _ = try read(storm)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func everyKeyIsRead() throws {
        let (s, warnings) = try read("""
              baselineWeeks: 6
              smoothing: 0.5
              level1Z: 1.5
              level2Z: 2.5
              level2Buckets: 3
              level3Z: 4
              negativeShareRise: 0.2
              level4Networks: 3
              minimumCount: 8
              spreadFloor: 1.5

            """)
        #expect(warnings.isEmpty)
        #expect(s == StormSettings(baselineWeeks: 6, smoothing: 0.5, level1Z: 1.5, level2Z: 2.5, level2Buckets: 3, level3Z: 4,
                                   negativeShareRise: 0.2, level4Networks: 3, minimumCount: 8, spreadFloor: 1.5))
        #expect(StormSettings() == StormSettings(baselineWeeks: 4, smoothing: 0.3, level1Z: 1, level2Z: 2, level2Buckets: 2, level3Z: 3,
                                                 negativeShareRise: 0.15, level4Networks: 2, minimumCount: 5, spreadFloor: 2),
                "the defaults docs/kpi.md lists")
    }

    @Test func valuesThatCannotWorkAreRefusedWithWhatToDo() {
        #expect(problem("  smoothing: 1.5\n").hasPrefix("newsroom.yaml:3: storm.smoothing: is the weight of the newest quarter hour, from 0.01 to 1"))
        #expect(problem("  smoothing: 0\n") == "newsroom.yaml:3: storm.smoothing: expected a number of at least 0.01, found '0'")
        #expect(problem("  negativeShareRise: 15\n").hasPrefix("newsroom.yaml:3: storm.negativeShareRise: is a share from 0 to 1 (0.15 = 15 percentage points)"))
        #expect(problem("  baselineWeeks: 0\n") == "newsroom.yaml:3: storm.baselineWeeks: expected a whole number from 1 to 52, found '0'")
        #expect(problem("  level2Buckets: 10\n") == "newsroom.yaml:3: storm.level2Buckets: expected a whole number from 1 to 9, found '10'")
        #expect(problem("  level4Networks: 1\n") == "newsroom.yaml:3: storm.level4Networks: expected a whole number of at least 2, found '1'")
        #expect(problem("  minimumCount: 0\n") == "newsroom.yaml:3: storm.minimumCount: expected a whole number of at least 1, found '0'")
        #expect(problem("  spreadFloor: 0\n") == "newsroom.yaml:3: storm.spreadFloor: expected a number of at least 0.1, found '0'")
        #expect(problem("  level2Z: 4\n").hasPrefix("newsroom.yaml:3: storm: level1Z (1.0), level2Z (4.0) and level3Z (3.0) must not decrease"))
        #expect(problem("  - 1\n") == "newsroom.yaml:3: storm: expected a section of `key: value` lines")
    }

    @Test func theRatioKeysOfEarlierTemplatesAreWarnedAboutNotFatal() throws {
        // What `newsroom init` wrote before the z-score storm warning.
        let (s, warnings) = try read("  bucketMinutes: 15\n  baselineWeeks: 8\n  warnRatio: 3\n  alertRatio: 6\n  minimumComments: 20\n  levelOneZ: 1\n")
        #expect(s.baselineWeeks == 8 && s.minimumCount == 5)
        #expect(warnings.count == 5)
        #expect(warnings[0] == "newsroom.yaml:3: storm.bucketMinutes: is no longer used (the storm warning compares critical comments with the usual by a z-score now), ignored; replaced by nothing: counts are always per 15 minutes: see `newsroom init`'s template")
        #expect(warnings[1].hasPrefix("newsroom.yaml:5: storm.warnRatio: is no longer used") && warnings[1].contains("replaced by level1Z and level2Z"))
        #expect(warnings[3].contains("storm.minimumComments") && warnings[3].contains("replaced by minimumCount"))
        #expect(warnings[4] == "newsroom.yaml:8: storm.levelOneZ: unknown key, ignored (check the spelling against the commented template from `newsroom init`)")
    }
}
