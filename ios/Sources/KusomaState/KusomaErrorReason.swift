import Foundation
import Kusoma

/// The core's reason, whichever way the call failed.
public extension KusomaError {
    /// The core's own sentence about what went wrong (every case carries one), for a screen or
    /// a log. `errorDescription` in the generated code is Swift's debug dump instead.
    var reason: String {
        switch self {
        case .InvalidInput(let r), .NotFound(let r), .PackRejected(let r, _), .Storage(let r),
             .Denied(let r), .Locked(let r, _), .InUse(let r), .Corrupt(let r, _),
             .Damaged(let r):
            return r
        }
    }
}

/// The core's reason for `error` when it is a `KusomaError`, else the platform's description.
public func reasonOf(_ error: Error) -> String {
    (error as? KusomaError)?.reason ?? error.localizedDescription
}
