import Foundation

// workshop-load: phones answering at once against a live room on loopback, bounded in count and
// time. Used by `make bench` (latency) and by Tests/live (every acknowledged answer on disk once,
// SIGKILLs under load). Prints one JSON line of figures; appends each acknowledged answer's note
// to --acked as soon as it is acknowledged.
//
//   workshop-load --links FILE --activities a,b,c --answers 1,2,3,? [--phones-per-group 10]
//                 [--count 20] [--retry-every 7] [--seconds 60] [--acked FILE] [--tag T]
//                 [--acked-times FILE]   (NOTE NANOSECONDS lines, CLOCK_MONOTONIC, for fan-out delays)
//                 [--think-ms MS]        (a person's pause between answers; 0: none, the worst case)
// FILE: one "GROUP URL" line per group (the join links `serve` prints).

var options = LoadOptions.parse(Array(CommandLine.arguments.dropFirst()))
var phones: [Phone] = []
for (group, link) in options.links {
    for _ in 0..<options.phonesPerGroup { phones.append(Phone(number: phones.count, link: link)) }
    _ = group
}
for index in phones.indices where !phones[index].connect() {
    FileHandle.standardError.write(Data("workshop-load: cannot connect phone \(index): \(String(cString: strerror(errno)))\n".utf8))
    exit(1)
}
// Told on standard error, so a test can wait for it and then kill the server under load.
FileHandle.standardError.write(Data("workshop-load: \(phones.count) phones connected\n".utf8))
let acked = options.ackedPath.map { open($0, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) } ?? -1
let ackedTimes = options.ackedTimesPath.map { open($0, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) } ?? -1
var figures = LoadFigures()
let begin = LoadClock.now()
let deadline = begin + UInt64(options.seconds * 1e9)
var sequence = [Int](repeating: 0, count: phones.count)

/// The phone's next request, or false when it has sent all of its answers.
@MainActor func next(_ index: Int, now: UInt64) -> Bool {
    var phone = phones[index]
    defer { phones[index] = phone }
    let previous = phone.note
    let retry = options.retryEvery > 0 && !phone.isRetry && phone.sent > 0 && phone.sent % options.retryEvery == 0
        && figures.lastAcked[index]
    if retry {
        // The same answer again with the same key: as a phone whose acknowledgement was lost.
        let key = "k-\(options.tag)-\(phone.number)-\(sequence[index] - 1)"
        phone.begin(activity: figures.lastActivity[index], answer: figures.lastAnswer[index], key: key, note: previous,
                    retry: true, now: now)
        return true
    }
    guard sequence[index] < options.count else { return false }
    let n = sequence[index]
    sequence[index] += 1
    let activity = options.activities[(phone.number + n) % options.activities.count]
    let answer = options.answers[(phone.number * 7 + n) % options.answers.count]
    figures.lastActivity[index] = activity
    figures.lastAnswer[index] = answer
    phone.begin(activity: activity, answer: answer, key: "k-\(options.tag)-\(phone.number)-\(n)", note: "load-\(options.tag)-\(phone.number)-\(n)",
                retry: false, now: now)
    phone.sent += 1
    return true
}

figures.prepare(phones.count)
var generator = SystemRandomNumberGenerator()
/// When each phone sends its next answer, while it pauses as a person would (`--think-ms`).
var pausedUntil = [UInt64?](repeating: nil, count: phones.count)
@MainActor func pause(_ share: ClosedRange<Double>) -> UInt64 {
    UInt64(options.thinkMilliseconds * Double.random(in: share, using: &generator) * 1e6)
}
var polls = phones.map { pollfd(fd: $0.fd, events: Int16(options.thinkMilliseconds > 0 ? 0 : POLLOUT), revents: 0) }
for index in phones.indices {
    if options.thinkMilliseconds > 0 {
        pausedUntil[index] = begin + pause(0...1)
    } else if !next(index, now: begin) {
        phones[index].done = true
    }
}
while phones.contains(where: { !$0.done }), LoadClock.now() < deadline {
    _ = poll(&polls, nfds_t(polls.count), options.thinkMilliseconds > 0 ? 5 : 100)
    if options.thinkMilliseconds > 0 {
        let now = LoadClock.now()
        for index in phones.indices where !phones[index].done {
            guard let until = pausedUntil[index], until <= now else { continue }
            pausedUntil[index] = nil
            if next(index, now: now) { polls[index].events = Int16(POLLOUT) } else { phones[index].done = true }
        }
    }
    for index in polls.indices where polls[index].revents != 0 && !phones[index].done {
        if phones[index].written < phones[index].request.count {
            guard let finished = phones[index].write() else { figures.failed(index); phones[index].done = true; continue }
            if finished { polls[index].events = Int16(POLLIN) }
            continue
        }
        guard let (status, body) = phones[index].read() else { continue }
        let now = LoadClock.now()
        if status == 0 {
            figures.failed(index)
            phones[index].done = true
            continue
        }
        figures.answered(index, status: status, body: body, latency: now - phones[index].started,
                         retry: phones[index].isRetry)
        if status == 200, !phones[index].isRetry, acked >= 0 {
            let line = Array((phones[index].note + "\n").utf8)
            _ = line.withUnsafeBytes { write(acked, $0.baseAddress, $0.count) }
        }
        if status == 200, !phones[index].isRetry, ackedTimes >= 0 {
            let line = Array("\(phones[index].note) \(now)\n".utf8)
            _ = line.withUnsafeBytes { write(ackedTimes, $0.baseAddress, $0.count) }
        }
        if options.thinkMilliseconds > 0 {
            // Paused: no events until its next answer is due (a retry follows at once, as a phone's does).
            polls[index].events = 0
            pausedUntil[index] = now + pause(0.5...1.5)
        } else if next(index, now: now) {
            polls[index].events = Int16(POLLOUT)
        } else {
            phones[index].done = true
        }
    }
}
for phone in phones { close(phone.fd) }
print(figures.json(seconds: Double(LoadClock.now() - begin) / 1e9, phones: phones.count))
