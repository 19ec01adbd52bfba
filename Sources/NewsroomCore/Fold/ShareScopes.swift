/// The counter scopes a share's figures are added under at every measurement: its ambassador, its
/// network and its campaign marks (`CounterScope.post`). The marks are read from the share's text,
/// so a workspace that folds many measurements keeps them per share (`FoldWorkspace.scopes(of:)`).
public struct ShareScopes: Hashable, Sendable {
    public let ambassador: CounterScope
    public let network: CounterScope
    public let post: CounterScope

    public init(_ share: Share) {
        ambassador = .ambassador(share.ambassadorID)
        network = .network(share.network)
        post = .post(ShareMarks(storyID: share.storyID, text: share.text))
    }
}
