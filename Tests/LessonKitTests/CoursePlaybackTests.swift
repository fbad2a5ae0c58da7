import Foundation
import Testing
import LessonKit
@testable import Shell

/// `kubetutor test` over the course in `Lessons/`: every lesson plays to the end, every
/// goal, expectation and prediction check holds, and each transcript matches its golden
/// file. Re-record with `KUBETUTOR_UPDATE_TRANSCRIPTS=1 swift test --filter CoursePlayback`.
@Suite struct CoursePlaybackTests {
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons").path

    @Test func everyLessonInTheCoursePlaysAndMatchesItsTranscript() {
        let update = ProcessInfo.processInfo.environment["KUBETUTOR_UPDATE_TRANSCRIPTS"] == "1"
        let files = LessonCatalog.lessonFiles(in: Self.lessonsFolder)
        #expect(files.count >= 2)
        let r = LessonTools.test(lessons: [Self.lessonsFolder], folders: [], update: update)
        #expect(r.failed == 0, "\(r.output)")
        #expect(r.output.hasSuffix("\(files.count) passed, 0 failed\n"), "\(r.output)")
    }
}
