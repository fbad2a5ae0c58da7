/// The array libedit's completion callback must return, built from plain Swift values
/// so the layout can be tested without libedit.
///
/// libedit replaces the word being completed with element 0 and lists elements 1… when
/// there is more than one. It expects every match after the replacement **even when there
/// is only one**: `["kubectl", "kubectl"]`, not GNU readline's `["kubectl"]`. Its
/// `fn_complete` reads `matches[2]`, so the shorter form reads past the end of the array
/// (and made the space after a completion appear only sometimes).
///
/// Worked example: the learner typed `kubectl get po` and presses Tab; the session offers
/// `["pods", "podtemplates"]`. The layout is `["pod", "pods", "podtemplates"]`: the word
/// grows to `pod` and a second Tab lists both.
enum CompletionList {
    /// `nil` when nothing matches, so libedit rings the bell and leaves the line alone.
    static func layout(for candidates: [String]) -> [String]? {
        var seen = Set<String>()
        let matches = candidates.filter { seen.insert($0).inserted }
        guard !matches.isEmpty else { return nil }
        return [commonPrefix(of: matches)] + matches
    }

    /// The longest run of Unicode scalars every word starts with. Scalars rather than
    /// characters because libedit counts wide characters, one per scalar.
    static func commonPrefix(of words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            var length = 0
            while length < min(prefix.count, scalars.count), prefix[length] == scalars[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        return String(String.UnicodeScalarView(prefix))
    }
}
