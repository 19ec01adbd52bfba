/// The program's version, shown by `newsroom --version` and recorded by the store.
public enum NewsroomVersion {
    public static let current = "0.1.0"
}
