import ArgumentParser

/// Refuses an option given twice. ArgumentParser keeps the last value of an option that takes one
/// and says nothing, so `score ... -g table-1 -g table-2` would record for table-2 alone. Both
/// doors check a command's words against its own `OptionList` before parsing; array options and
/// flags may repeat. The array options are the documented exceptions: `--weight` (once per persona)
/// and `action --owner` (once per owner); every other option is one value.
enum RepeatedOptions {
    /// Throws for the first option of `type` that `arguments` (the words after the command's name)
    /// give more than once.
    static func check(_ arguments: [String], for type: any ParsableCommand.Type) throws(CommandFailure) {
        // A repeat needs two option words. Most command lines have fewer, and building the option
        // list (from ArgumentParser's help) measured 16M of the 68M instructions a command starts with.
        guard arguments.prefix(while: { $0 != "--" }).filter({ $0.hasPrefix("-") }).count >= 2 else { return }
        let list = OptionList(type)
        var values: [String: [String]] = [:]
        var order: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            // After `--` every word is text.
            if word == "--" { break }
            guard word.hasPrefix("-") else { continue }
            let parts = word.hasPrefix("--") ? word.split(separator: "=", maxSplits: 1).map(String.init) : [word]
            guard let option = list.option(named: parts[0]), option.takesValue else { continue }
            let value: String
            if parts.count == 2 {
                value = parts[1]
            } else {
                // The next word is the value, whatever it looks like; without one the parser says so.
                guard index < arguments.count else { break }
                value = arguments[index]
                index += 1
            }
            guard !option.repeats else { continue }
            if values[option.name] == nil { order.append(option.name) }
            values[option.name, default: []].append(value)
        }
        guard let name = order.first(where: { (values[$0]?.count ?? 0) > 1 }), let given = values[name] else { return }
        let times = given.count == 2 ? "twice" : "\(given.count) times"
        let quoted = given.map { "'\($0)'" }.joined(separator: ", ")
        throw CommandFailure("\(name) given \(times) (\(quoted)); give it once")
    }
}
