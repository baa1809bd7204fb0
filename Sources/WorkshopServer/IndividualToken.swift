import Crypto

/// A phone's own link in individuals mode, minted without storing anything: its token is a number
/// and an HMAC-SHA256 of that number keyed by the room's secret (`17-` and 32 hex digits), so
/// `Identify` checks it by computing it again, with no table to look it up in, and a token edited
/// by hand (another number, another code) is refused. The phone's group is named from the number.
enum IndividualToken {
    /// The token for number `number`.
    static func mint(_ number: Int, secret: String) -> String {
        "\(number)-" + code(number, secret: secret)
    }

    /// The number a genuine token stands for; nil for anything else.
    static func number(in token: String, secret: String) -> Int? {
        guard let dash = token.utf8.firstIndex(of: 0x2D) else { return nil }
        let digits = token[..<dash], code = token[token.index(after: dash)...]
        guard let number = number(digits), RoomTokens.same(String(code), Self.code(number, secret: secret)) else { return nil }
        return number
    }

    /// The group a phone is: `p-017` (three digits at least, so the names sort and read alike).
    static func group(_ number: Int) -> String {
        let digits = String(number)
        return "p-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The number in an individual's group name (`p-017` is 17); nil for any other name.
    static func number(ofGroup group: String) -> Int? {
        guard group.hasPrefix("p-") else { return nil }
        let digits = group.dropFirst(2)
        guard digits.count >= 3, let number = Int(digits), number > 0, self.group(number) == group else { return nil }
        return number
    }

    /// 1 to 9,999,999 written plainly (no sign, no leading zero): one spelling per number.
    private static func number(_ digits: Substring) -> Int? {
        guard (1...7).contains(digits.utf8.count), digits.utf8.first != 0x30,
              digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(digits)
    }

    /// The first 128 bits of the HMAC, as 32 lower-case hex digits.
    private static func code(_ number: Int, secret: String) -> String {
        let message = Array("individual\u{0}\(number)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Array(secret.utf8)))
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in mac.prefix(16) { out += [hex[Int(byte >> 4)], hex[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }
}

extension RoomRules {
    /// Whether `group` may send: a group of the session, or an individual whose group is made
    /// with its first answer (only a room in individuals mode mints such a phone's token).
    func admits(_ group: String) -> Bool {
        groups.contains(group) || IndividualToken.number(ofGroup: group) != nil
    }
}

extension IndividualToken {
    /// The key phones' tokens are made with: a hash of the facilitator's token under a name of its
    /// own, so no HMAC the room shows elsewhere (a record id is one) is ever made with the same key.
    static func secret(from facilitator: String) -> String {
        let digest = SHA256.hash(data: Array("workshop individuals\u{0}\(facilitator)".utf8))
        return digest.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }
}
