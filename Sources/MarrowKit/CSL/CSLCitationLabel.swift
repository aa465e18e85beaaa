import Foundation

/// `citation-label` for items that do not give one: a trigraph of the authors' family names
/// and the year's last two digits, as label styles show it ("Asth00", "BrCh98", "DEFG26"):
/// one name gives four letters, two or three give two letters of the first and one or two of the
/// others, four or more the first letter of the first four.
extension CSLItem {
    var citationLabel: String? {
        if let given = string("citation-label") { return given }
        let names = ["author", "editor", "translator", "composer", "director"].compactMap { self.names[$0] }.first { !$0.isEmpty } ?? []
        let families = names.map { name in (name.family ?? name.literal ?? "").filter(\.isLetter) }
        guard !families.isEmpty else { return nil }
        var label: String
        switch families.count {
        case 1: label = String(families[0].prefix(4))
        case 2: label = families.map { String($0.prefix(2)) }.joined()
        case 3: label = String(families[0].prefix(2)) + families.dropFirst().map { String($0.prefix(1)) }.joined()
        default: label = families.prefix(4).map { String($0.prefix(1)) }.joined()
        }
        if let year = dates["issued"]?.year { label += String(format: "%02d", abs(year) % 100) }
        return label
    }
}
