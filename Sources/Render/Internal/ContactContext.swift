import Content

/// Contact details as templates show them: the number as written, and a link that dials it.
enum ContactContext {
    static func details(_ contact: ContactDetails) -> [String: Any] {
        var result: [String: Any] = [:]
        if let phone = contact.phone {
            result["phone"] = phone
            result["phone_href"] = PhoneNumber.telURL(phone)
        }
        if let email = contact.email {
            result["email"] = email
            result["email_href"] = "mailto:" + email
        }
        if let text = contact.text {
            result["text"] = text
            result["text_href"] = PhoneNumber.smsURL(text)
        }
        if let relay = contact.relayUK {
            result["relay_uk"] = relay
            result["relay_href"] = PhoneNumber.telURL(relay)
        }
        if !contact.address.isEmpty { result["address_lines"] = contact.address }
        if let hours = contact.hours { result["hours"] = hours }
        return result
    }

    /// The ways to ask for another format, in a fixed order: phone, email, text, Relay UK.
    static func routes(_ contact: ContactDetails, strings: Strings) -> [[String: String]] {
        var routes: [[String: String]] = []
        if let phone = contact.phone {
            routes.append(["label": strings(.phone), "value": phone, "href": PhoneNumber.telURL(phone)])
        }
        if let email = contact.email { routes.append(["label": strings(.email), "value": email, "href": "mailto:" + email]) }
        if let text = contact.text {
            routes.append(["label": strings(.textMessage), "value": text, "href": PhoneNumber.smsURL(text)])
        }
        if let relay = contact.relayUK {
            routes.append(["label": strings(.relayUK), "value": relay, "href": PhoneNumber.telURL(relay)])
        }
        return routes
    }

    /// `mailto:` with a subject naming the page, so feedback arrives saying which page it is about.
    static func feedbackURL(_ email: String, subject: String) -> String {
        "mailto:" + email + "?subject=" + percentEncode(subject)
    }

    /// Every byte but ASCII letters, digits and `-._~` as `%XX` (RFC 3986's unreserved characters).
    static func percentEncode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
