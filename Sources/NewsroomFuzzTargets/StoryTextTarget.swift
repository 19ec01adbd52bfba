import NewsroomTUI

extension FuzzTarget {
    /// The story as `field: value` text for `$EDITOR`: a text that reads renders to one that
    /// reads back to the same story; an error names a line inside the text.
    static let storyText = FuzzTarget("story-text", "story edit format (StoryText)") { bytes throws(FuzzFailure) in
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let lines = FuzzInput.lineCount(bytes)
        switch Result(catching: { () throws(StoryText.ParseError) in try StoryText.parse(text) }) {
        case .success(let story):
            let rendered = StoryText.render(story)
            switch Result(catching: { () throws(StoryText.ParseError) in try StoryText.parse(rendered) }) {
            case .success(let again): try expect(again == story, "render and parse change the story: \(story) became \(again)")
            case .failure(let error): throw FuzzFailure(description: "the rendered story does not read back (\(error)):\n\(rendered)")
            }
        case .failure(let error):
            try FuzzInput.expectLine(error.line, within: lines, "the error '\(error)'")
        }
    }
}
