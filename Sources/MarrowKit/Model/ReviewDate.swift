/// A calendar date written `YYYY-MM-DD`, as front matter's `reviewed:` holds it.
public struct ReviewDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil unless the text is a real date in that form.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// `2026-11-30`, for a `<time datetime>`.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `30 November 2026`: unambiguous in every English-speaking country.
    public var text: String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(day) \(names[month - 1]) \(year)"
    }
}
