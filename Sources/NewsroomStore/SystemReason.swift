import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system's own words for a file error ("No space left on device", "Permission denied"),
/// rather than Foundation's wrapper ("Error Domain=NSCocoaErrorDomain Code=640 ..."), for a
/// message that says what is wrong.
func systemReason(_ error: any Error) -> String {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    return ns.localizedDescription
}
