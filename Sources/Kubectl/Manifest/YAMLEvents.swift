import CYaml

/// Manifest text into value trees the way kubectl reads it: `YAMLReader` splits the text
/// on `---` lines (`apimachinery/pkg/util/yaml/decoder.go`), and each piece goes through
/// sigs.k8s.io/yaml, whose go-yaml v2 `Unmarshal` reads only the piece's first document
/// (so trailing junk after it goes unnoticed), lets a repeated key win, and words errors
/// as `yaml: line N: problem` with libyaml's zero-based problem line (one more for
/// scanner errors). Events come straight from libyaml, which go-yaml is a port of.
enum YAMLEvents {
    struct SyntaxError: Error, Equatable { var message: String }

    /// The pieces between `---` separator lines, each with its text.
    static func split(_ text: String) throws(SyntaxError) -> [String] {
        var pieces: [String] = []
        var current = ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        for (i, line) in lines.enumerated() {
            let newline = i < lines.count - 1 || text.hasSuffix("\n") ? "\n" : ""
            if line.hasPrefix("---") {
                let trimmed = line.dropFirst(3).trimmingCharacters
                if !trimmed.isEmpty && trimmed.first != "#" {
                    throw SyntaxError(message: "invalid Yaml document separator: \(trimmed)")
                }
                if !current.isEmpty { pieces.append(current) }
                current = ""
                continue
            }
            current += line + newline
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The first document of `text`, or `.null` when it holds none.
    static func firstDocument(_ text: String) throws(SyntaxError) -> Value {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw SyntaxError(message: "out of memory") }
        defer { yaml_parser_delete(parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> Value in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var composer = Composer(parser: parser)
            return try composer.document()
        }
    }

    private struct Composer {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var anchors: [String: Value] = [:]

        mutating func next() throws(SyntaxError) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { throw SyntaxError(message: failure()) }
            return event
        }

        /// go-yaml's `parser.fail()`.
        func failure() -> String {
            var line = 0
            let p = parser.pointee
            if p.problem_mark.line != 0 {
                line = Int(p.problem_mark.line) + (p.error == YAML_SCANNER_ERROR ? 1 : 0)
            } else if p.context_mark.line != 0 {
                line = Int(p.context_mark.line)
            }
            let problem = p.problem.map { String(cString: $0) } ?? "unknown problem parsing YAML content"
            return line != 0 ? "line \(line): \(problem)" : problem
        }

        mutating func document() throws(SyntaxError) -> Value {
            var event = try next()
            defer { yaml_event_delete(&event) }
            guard event.type == YAML_STREAM_START_EVENT else { return .null }
            var start = try next()
            defer { yaml_event_delete(&start) }
            guard start.type == YAML_DOCUMENT_START_EVENT else { return .null }
            var root = try next()
            let value = try node(&root)
            return value
        }

        static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, _ length: Int? = nil) -> String? {
            guard let p else { return nil }
            if let length { return String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self) }
            return String(cString: p)
        }

        /// One node, starting at `event` (which it consumes).
        mutating func node(_ event: inout yaml_event_t) throws(SyntaxError) -> Value {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = Self.string(s.value, Int(s.length)) ?? ""
                let tag = Self.string(s.tag) ?? ""
                let value: Value
                if tag == "tag:yaml.org,2002:str" || tag == "!!str" { value = .string(text) }
                else if s.style == YAML_PLAIN_SCALAR_STYLE || !tag.isEmpty && tag != "!" { value = ManifestParser.resolve(text) }
                else { value = .string(text) }
                if let anchor = Self.string(s.anchor) { anchors[anchor] = value }
                return value
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let value = anchors[name] else { throw SyntaxError(message: "unknown anchor '\(name)' referenced") }
                return value
            case YAML_SEQUENCE_START_EVENT:
                let anchor = Self.string(event.data.sequence_start.anchor)
                var items: [Value] = []
                while true {
                    var child = try next()
                    if child.type == YAML_SEQUENCE_END_EVENT { yaml_event_delete(&child); break }
                    items.append(try node(&child))
                }
                if let anchor { anchors[anchor] = .array(items) }
                return .array(items)
            case YAML_MAPPING_START_EVENT:
                let anchor = Self.string(event.data.mapping_start.anchor)
                var members: [Value.Member] = []
                while true {
                    var keyEvent = try next()
                    if keyEvent.type == YAML_MAPPING_END_EVENT { yaml_event_delete(&keyEvent); break }
                    let key = try node(&keyEvent)
                    var valueEvent = try next()
                    let value = try node(&valueEvent)
                    if case .string("<<") = key, case .object(let merged) = value {
                        for m in merged where !members.contains(where: { $0.key == m.key }) { members.append(m) }
                        continue
                    }
                    let name = ManifestParser.keyString(key)
                    if let i = members.firstIndex(where: { $0.key == name }) { members[i].value = value } else { members.append(.init(name, value)) }
                }
                if let anchor { anchors[anchor] = .object(members) }
                return .object(members)
            default:
                return .null
            }
        }
    }
}

private extension Substring {
    var trimmingCharacters: String { String(self).trimmingSpaces }
}
