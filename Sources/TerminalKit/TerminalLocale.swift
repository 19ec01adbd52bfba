import CNcursesw
import Glibc

/// The process locale: ncursesw and glibc `wcwidth` only handle UTF-8 text under a UTF-8 locale.
public enum TerminalLocale {
    /// Adopts the user's locale; when its codeset is not UTF-8 (`LANG=C`, unset), falls back to
    /// `C.UTF-8`. Returns the codeset in force afterwards.
    @discardableResult
    public static func ensureUTF8() -> String {
        _ = setlocale(LC_ALL, "")
        if !isUTF8 {
            _ = setlocale(LC_ALL, "C.UTF-8")
        }
        return codeset
    }

    /// The codeset of the current locale, for example `UTF-8` or `ANSI_X3.4-1968`.
    public static var codeset: String {
        guard let pointer = cn_codeset() else { return "" }
        return String(cString: pointer)
    }

    public static var isUTF8: Bool {
        let name = codeset.uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Done once, before the first width is measured (tests never call `ensureUTF8` themselves).
    static let prepared: Bool = {
        if !isUTF8 { ensureUTF8() }
        return isUTF8
    }()
}
