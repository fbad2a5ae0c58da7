import KubeModel

/// One problem with a field, worded as the API server's validation words it
/// (`k8s.io/apimachinery/pkg/util/validation/field/errors.go`).
public struct FieldError: Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case required(detail: String?)
        case invalid(value: String, detail: String)
        case unsupported(value: String, supported: [String])
        case forbidden(detail: String)
        case duplicate(value: String)
        case notFound(value: String)
        case tooLong(value: String, max: Int)
    }
    public var path: String
    public var problem: Problem
    public init(_ path: String, _ problem: Problem) { self.path = path; self.problem = problem }

    public var description: String {
        switch problem {
        case .required(let detail): return "\(path): Required value" + (detail.map { ": \($0)" } ?? "")
        case .invalid(let value, let detail): return "\(path): Invalid value: \(value): \(detail)"
        case .unsupported(let value, let supported):
            return "\(path): Unsupported value: \(value): supported values: " + supported.map { "\"\($0)\"" }.joined(separator: ", ")
        case .forbidden(let detail): return "\(path): Forbidden: \(detail)"
        case .duplicate(let value): return "\(path): Duplicate value: \(value)"
        case .notFound(let value): return "\(path): Not found: \(value)"
        case .tooLong(let value, let max): return "\(path): Too long: \(value): may not be more than \(max) bytes"
        }
    }
}

/// An error the simulated API server returns. kubectl prints it as
/// `Error from server (<reason>): <message>`.
public enum APIError: Error, Hashable, Sendable {
    case notFound(Kind, name: String)
    case alreadyExists(Kind, name: String)
    case invalid(Kind, name: String, [FieldError])
    case badRequest(String)
    case conflict(String)
    case forbidden(String)

    /// The `metav1.StatusReason`.
    public var reason: String {
        switch self {
        case .notFound: return "NotFound"
        case .alreadyExists: return "AlreadyExists"
        case .invalid: return "Invalid"
        case .badRequest: return "BadRequest"
        case .conflict: return "Conflict"
        case .forbidden: return "Forbidden"
        }
    }

    /// The status message, e.g. `pods "x" not found` or
    /// `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`.
    public var message: String {
        switch self {
        case .notFound(let kind, let name): return "\(kind.groupResource) \"\(name)\" not found"
        case .alreadyExists(let kind, let name): return "\(kind.groupResource) \"\(name)\" already exists"
        case .invalid(let kind, let name, let errors):
            let group = kind.apiVersion.contains("/") ? "." + kind.apiVersion.split(separator: "/")[0] : ""
            let list = errors.count == 1 ? errors[0].description : "[" + errors.map(\.description).joined(separator: ", ") + "]"
            return "\(kind.rawValue)\(group) \"\(name)\" is invalid: \(list)"
        case .badRequest(let m), .conflict(let m), .forbidden(let m): return m
        }
    }
}
