/// The digits typed on a PIN pad so far. The core decides whether a PIN is right (and how long
/// one may be: 4–8 digits); this only collects taps and never shows the digits, only their count.
public struct PinEntry: Equatable, Sendable {
    /// The longest PIN the core accepts; further taps are ignored.
    public static let maxLength = Int(defaults.pinMax)

    /// The digits typed, in order.
    public private(set) var digits: String = ""

    /// An empty entry.
    public init() {}

    /// How many digits are typed (the pad draws one dot for each).
    public var count: Int { digits.count }

    /// Appends `digit` (0–9); ignored past `maxLength`.
    public mutating func type(_ digit: Int) {
        precondition((0...9).contains(digit), "not a digit: \(digit)")
        guard digits.count < Self.maxLength else { return }
        digits.append(String(digit))
    }

    /// Removes the last digit typed.
    public mutating func delete() {
        if !digits.isEmpty { digits.removeLast() }
    }

    /// Forgets every digit.
    public mutating func clear() { digits = "" }
}
