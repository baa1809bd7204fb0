extension Scale {
    /// What the level at `index` means in words: its label when it has one beyond its key, else the
    /// plan's `low:` or `high:` at the two ends; nil when the key says all there is (the middle of
    /// a numeric scale).
    public func meaning(ofLevel index: Int) -> String? {
        guard levels.indices.contains(index) else { return nil }
        let level = levels[index]
        if level.label != level.key { return level.label }
        if index == 0 { return low }
        if index == levels.count - 1 { return high }
        return nil
    }
}
