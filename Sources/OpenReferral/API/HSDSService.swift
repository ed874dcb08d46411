/// A service as Open Referral UK (HSDS 3.0) writes it: the parts Signpost reads and writes.
///
/// Field names are HSDS's own, so the JSON is the standard's.
public struct HSDSService: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    public var url: String?
    public var email: String?
    /// `active`, `inactive`, `defunct` or `temporarily closed` (HSDS requires it; a record without one is read as active).
    public var status: String?
    public var assured_date: String?
    public var organization: HSDSOrganization?
    public var phones: [HSDSPhone]?
    public var contacts: [HSDSContact]?
    public var schedules: [HSDSSchedule]?
    public var service_at_locations: [HSDSServiceAtLocation]?
    public var languages: [HSDSLanguage]?
    public var attributes: [HSDSAttribute]?
}

public struct HSDSOrganization: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
}

public struct HSDSPhone: Codable, Sendable, Equatable {
    public var id: String
    public var number: String
    /// `voice` or `text` (a mobile for text messages), among others HSDS allows.
    public var type: String?
}

public struct HSDSContact: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var email: String?
    public var phones: [HSDSPhone]?
}

/// An RFC 5545 weekly recurrence: `freq: WEEKLY`, `byday: MO,TU`, `opens_at`, `closes_at` (Europe/London).
public struct HSDSSchedule: Codable, Sendable, Equatable {
    public var id: String
    public var service_id: String?
    public var freq: String?
    public var byday: String?
    public var opens_at: String?
    public var closes_at: String?
    /// The hours in words.
    public var description: String?
    /// Anything else about the hours ("Closed on bank holidays").
    public var notes: String?
}

public struct HSDSServiceAtLocation: Codable, Sendable, Equatable {
    public var id: String
    public var service_id: String?
    public var location: HSDSLocation?
}

public struct HSDSLocation: Codable, Sendable, Equatable {
    public var id: String
    public var location_type: String?
    public var name: String?
    public var alternate_name: String?
    public var description: String?
    public var addresses: [HSDSAddress]?
    public var accessibility: [HSDSAccessibility]?
}

public struct HSDSAddress: Codable, Sendable, Equatable {
    public var id: String
    public var address_1: String?
    public var city: String?
    public var state_province: String?
    public var postal_code: String?
    public var country: String?
    public var address_type: String?
}

public struct HSDSAccessibility: Codable, Sendable, Equatable {
    public var id: String
    public var description: String?
}

public struct HSDSLanguage: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var code: String?
}

/// A classification of the service: Signpost writes its category as a taxonomy term.
public struct HSDSAttribute: Codable, Sendable, Equatable {
    public var id: String
    public var taxonomy_term: HSDSTaxonomyTerm?
}

public struct HSDSTaxonomyTerm: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    public var vocabulary: String?
}
