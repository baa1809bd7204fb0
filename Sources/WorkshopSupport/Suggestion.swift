/// "Did you mean" suggestions for mistyped ids and keys.
public enum Suggestion {
    /// The candidate closest to `word`: one it starts with or is started by, else the nearest by
    /// edit distance, to the whole candidate or to its start (a typo in an abbreviation), when that
    /// distance is small for the word's length.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            if candidate.hasPrefix(lowered) || (lowered.hasPrefix(candidate) && !candidate.isEmpty) {
                return candidate
            }
            let whole = editDistance(lowered, candidate)
            let start = (max(0, lowered.count - 1)...lowered.count + 1)
                .map { editDistance(lowered, String(candidate.prefix($0))) }.min() ?? whole
            let distance = min(whole, start)
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(lowered.count, best.candidate.count) / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
