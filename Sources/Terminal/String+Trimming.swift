extension String {
    /// Without leading and trailing blanks, so `  kubectl get pods ` is remembered once,
    /// as the learner meant it.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    var trimmingTrailingSpaces: String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
