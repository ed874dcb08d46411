import Content
import Diagnostics
import Foundation

/// What `signpost new site` asks a trust for: its name and how to reach its PALS, checked before anything is written.
public struct SiteDetails: Sendable, Equatable {
    /// The trust's name as readers see it: `Northshire Hospitals NHS Foundation Trust`.
    public let organisation: String
    /// The site's address, ending in `/`: `https://pals.northshire.nhs.uk/`.
    public let baseURL: String
    /// The address's host alone: `pals.northshire.nhs.uk`.
    public let host: String
    /// PALS's phone number, as written: `01632 960000`.
    public let phone: String
    /// PALS's email address.
    public let email: String
    /// The day the site is made: its guides' review dates count from it.
    public let today: Day

    /// The details, or (nil and) a diagnostic for each that is wrong, named by its option (`--base-url`), all at once.
    public static func check(
        organisation: String, baseURL: String, phone: String, email: String, today: Day
    ) -> (details: SiteDetails?, problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let name = organisation.trimmingCharacters(in: .whitespaces)
        // Pages show it as it is, so it has no markup (`<`, `>`) and no control characters, as site.yaml's values.
        if name.isEmpty || name.count > 150 || name.contains(where: { $0 == "<" || $0 == ">" })
            || name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        {
            problems.append(
                .error(
                    "`\(organisation)` is not a name to show on every page", at: SourceLocation(path: "--organisation"),
                    hint:
                        "give the trust's name as readers know it, on one line, for example \"Northshire Hospitals NHS Foundation Trust\""
                ))
        }
        var address = baseURL.trimmingCharacters(in: .whitespaces)
        if !address.hasSuffix("/") { address += "/" }
        let parts = URLComponents(string: address)
        let host = parts?.host ?? ""
        if parts?.scheme != "https" || host.isEmpty || !host.contains(".") || parts?.query != nil || parts?.fragment != nil
            || parts?.user != nil || address.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
        {
            problems.append(
                .error(
                    "`\(baseURL)` is not the https:// address of a website", at: SourceLocation(path: "--base-url"),
                    hint: "give the address the site will have, for example https://pals.northshire.nhs.uk/"))
        }
        let number = phone.trimmingCharacters(in: .whitespaces)
        if !PhoneNumber.isUKNumber(number) {
            problems.append(
                .error(
                    "`\(phone)` is not a UK phone number", at: SourceLocation(path: "--phone"),
                    hint: "give PALS's number as readers dial it, with spaces where you say them, for example 01632 960000"))
        }
        let mail = email.trimmingCharacters(in: .whitespaces)
        if !EmailAddress.isValid(mail) {
            problems.append(
                .error(
                    "`\(email)` is not an email address", at: SourceLocation(path: "--email"),
                    hint: "give PALS's email address, for example pals@northshire.nhs.uk"))
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (SiteDetails(organisation: name, baseURL: address, host: host, phone: number, email: mail, today: today), [])
    }
}
