import Foundation

/// What the phones saw: statuses, acknowledgement latencies, retries recognised as duplicates.
struct LoadFigures {
    var latencies: [UInt64] = []
    var statuses: [Int: Int] = [:]
    var acked = 0
    var retries = 0
    var retriesRecognised = 0
    var failures = 0
    var lastAcked: [Bool] = []
    var lastActivity: [String] = []
    var lastAnswer: [String] = []

    mutating func prepare(_ phones: Int) {
        lastAcked = Array(repeating: false, count: phones)
        lastActivity = Array(repeating: "", count: phones)
        lastAnswer = Array(repeating: "", count: phones)
    }

    mutating func answered(_ phone: Int, status: Int, body: String, latency: UInt64, retry: Bool) {
        statuses[status, default: 0] += 1
        latencies.append(latency)
        lastAcked[phone] = status == 200
        if retry {
            retries += 1
            if status == 200, body.contains("\"duplicate\":true") { retriesRecognised += 1 }
        } else if status == 200 {
            acked += 1
        }
    }

    mutating func failed(_ phone: Int) {
        failures += 1
    }

    func json(seconds: Double, phones: Int) -> String {
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
            return Double(sorted[max(0, rank)]) / 1e6
        }
        let codes = statuses.keys.sorted().map { "\"\($0)\":\(statuses[$0]!)" }.joined(separator: ",")
        let rate = seconds > 0 ? Double(latencies.count) / seconds : 0
        return String(format: "{\"phones\":%d,\"requests\":%d,\"acked\":%d,\"retries\":%d,\"retries_recognised\":%d,"
            + "\"failed_phones\":%d,\"statuses\":{%@},\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,"
            + "\"seconds\":%.3f,\"per_second\":%.0f}",
            phones, latencies.count, acked, retries, retriesRecognised, failures, codes, percentile(0.5),
            percentile(0.99), percentile(1), seconds, rate)
    }
}
