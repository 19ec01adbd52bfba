import Foundation

/// The personal data that travels inline in a full export (`personal`), read and written by hand
/// like the hot bodies, byte-compatible with Codable.
public enum PersonalJSON {
    public static func write(_ data: PersonalData, _ w: inout JSONTextWriter) {
        w.beginObject()
        w.key("profiles")
        w.beginArray()
        for p in data.profiles {
            w.beginObject()
            w.field("displayName", p.displayName)
            w.field("handle", p.handle)
            w.field("network", p.network.name)
            w.field("profileURL", p.profileURL)
            w.field("ref", p.ref.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("texts")
        w.beginArray()
        for t in data.texts {
            w.beginObject()
            w.field("ref", t.ref.rawValue)
            w.field("subject", t.subject)
            w.field("text", t.text)
            w.field("writtenAt", t.writtenAt)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// Reads `{"profiles":[...],"texts":[...]}`; throws `JSONTextReader.Unsupported` outside the fast path.
    public static func read(_ r: inout JSONTextReader) throws -> PersonalData {
        var profiles: [PersonProfile]?, texts: [AuthoredText]?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "profiles":
                var out: [PersonProfile] = []
                try r.beginArray()
                while try r.nextElement() { out.append(try profile(&r)) }
                profiles = out
            case "texts":
                var out: [AuthoredText] = []
                try r.beginArray()
                while try r.nextElement() { out.append(try text(&r)) }
                texts = out
            default: try r.skipValue()
            }
        }
        guard let profiles, let texts else { throw JSONTextReader.missingField }
        return PersonalData(profiles: profiles, texts: texts)
    }

    private static func profile(_ r: inout JSONTextReader) throws -> PersonProfile {
        var name: String?, handle: String?, network: String?, url: String?, ref: String?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "displayName": name = try r.optionalString()
            case "handle": handle = try r.string()
            case "network": network = try r.string()
            case "profileURL": url = try r.optionalString()
            case "ref": ref = try r.string()
            default: try r.skipValue()
            }
        }
        guard let handle, let network, let ref else { throw JSONTextReader.missingField }
        return PersonProfile(ref: PersonRef(ref), network: Network(network), handle: handle, displayName: name, profileURL: url)
    }

    private static func text(_ r: inout JSONTextReader) throws -> AuthoredText {
        var ref: String?, subject: String?, text: String?, written: Date?
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "ref": ref = try r.string()
            case "subject": subject = try r.string()
            case "text": text = try r.string()
            case "writtenAt": written = try r.date()
            default: try r.skipValue()
            }
        }
        guard let ref, let subject, let text, let written else { throw JSONTextReader.missingField }
        return AuthoredText(ref: PersonRef(ref), subject: subject, text: text, writtenAt: written)
    }
}
