import Content

/// Contact details as templates show them: the number as written, and a link that dials it.
enum ContactContext {
    static func details(_ contact: ContactDetails) -> [String: AnySendable] {
        var result: [String: AnySendable] = [:]
        if let phone = contact.phone {
            result["phone"] = AnySendable(value: phone)
            result["phone_href"] = AnySendable(value: PhoneNumber.telURL(phone))
        }
        if let email = contact.email {
            result["email"] = AnySendable(value: email)
            result["email_href"] = AnySendable(value: "mailto:" + email)
        }
        if let text = contact.text {
            result["text"] = AnySendable(value: text)
            result["text_href"] = AnySendable(value: PhoneNumber.smsURL(text))
        }
        if let relay = contact.relayUK {
            result["relay_uk"] = AnySendable(value: relay)
            result["relay_href"] = AnySendable(value: PhoneNumber.telURL(relay))
        }
        if !contact.address.isEmpty { result["address_lines"] = AnySendable(value: contact.address) }
        if let hours = contact.hours { result["hours"] = AnySendable(value: hours) }
        return result
    }

    /// The ways to ask for another format, in a fixed order: phone, email, text, Relay UK.
    static func routes(_ contact: ContactDetails) -> [[String: String]] {
        var routes: [[String: String]] = []
        if let phone = contact.phone { routes.append(["label": "Phone", "value": phone, "href": PhoneNumber.telURL(phone)]) }
        if let email = contact.email { routes.append(["label": "Email", "value": email, "href": "mailto:" + email]) }
        if let text = contact.text { routes.append(["label": "Text message", "value": text, "href": PhoneNumber.smsURL(text)]) }
        if let relay = contact.relayUK { routes.append(["label": "Relay UK", "value": relay, "href": PhoneNumber.telURL(relay)]) }
        return routes
    }

    /// `mailto:` with a subject naming the page, so feedback arrives saying which page it is about.
    static func feedbackURL(_ email: String, about title: String) -> String {
        "mailto:" + email + "?subject=" + percentEncode("Feedback about: " + title)
    }

    static func percentEncode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return encoded
    }
}
