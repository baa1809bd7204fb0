import Foundation

/// The command line of workshop-load, read without a parser library (this tool links nothing).
struct LoadOptions {
    var links: [(group: String, link: String)] = []
    var activities: [String] = []
    var answers: [String] = []
    var phonesPerGroup = 10
    var count = 20
    var retryEvery = 0
    var seconds = 60.0
    var ackedPath: String?
    /// Each acknowledged answer's note and when (CLOCK_MONOTONIC, ns): a stream reader's clock too.
    var ackedTimesPath: String?
    /// A person's pause between answers (ms, each drawn from half to one and a half times it), and
    /// before the first; 0 sends each answer as soon as the last is acknowledged (the worst case).
    var thinkMilliseconds = 0.0
    /// Put in every key and note, so that runs against the same session never share one.
    var tag = "t"

    static func parse(_ arguments: [String]) -> LoadOptions {
        var options = LoadOptions()
        var index = 0
        func value() -> String {
            index += 1
            guard index < arguments.count else { fail("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--links":
                let text = (try? String(contentsOfFile: value(), encoding: .utf8)) ?? ""
                options.links = text.split(separator: "\n").compactMap { line in
                    let parts = line.split(separator: " ")
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                }
            case "--activities": options.activities = value().split(separator: ",").map(String.init)
            case "--answers": options.answers = value().split(separator: ",").map(String.init)
            case "--phones-per-group": options.phonesPerGroup = Int(value()) ?? 10
            case "--count": options.count = Int(value()) ?? 20
            case "--retry-every": options.retryEvery = Int(value()) ?? 0
            case "--seconds": options.seconds = Double(value()) ?? 60
            case "--acked": options.ackedPath = value()
            case "--acked-times": options.ackedTimesPath = value()
            case "--think-ms": options.thinkMilliseconds = Double(value()) ?? 0
            case "--tag": options.tag = value()
            default: fail("unknown option \(arguments[index])")
            }
            index += 1
        }
        if options.links.isEmpty || options.activities.isEmpty || options.answers.isEmpty {
            fail("give --links, --activities and --answers")
        }
        return options
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("workshop-load: \(message)\n".utf8))
        exit(2)
    }
}

enum LoadClock {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
