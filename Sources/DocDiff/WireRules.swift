import DocModel

/// When a doc change breaks the wire: a request that was valid is now refused, or a response field a client
/// reads disappears or changes type. (The API refuses parameters it does not know with `UnknownParameter`, so a
/// removed input breaks the callers that send it.)
enum WireRules {
    static func removed(side: WireSide) -> Verdict {
        switch side {
        case .request: .breaking("a request that sends it is refused (UnknownParameter)")
        case .response: .breaking("a client that reads it no longer gets it")
        case .both: .breaking("a request that sends it is refused, and a client that reads it no longer gets it")
        case .neither: .compatible
        }
    }

    static func added(_ parameter: Parameter, side: WireSide) -> Verdict {
        side.sendsIt && parameter.isRequired == true ? .breaking("a request without it is refused") : .compatible
    }

    static func renamed(side: WireSide) -> Verdict {
        switch side {
        case .neither: .compatible
        default: .breaking("the wire name changes case; the old name is \(side.sendsIt ? "refused" : "no longer sent")")
        }
    }

    static func typeChanged(side: WireSide) -> Verdict {
        switch side {
        case .request: .breaking("a value of the old type is refused")
        case .response, .both: .breaking("a client that decodes the old type fails")
        case .neither: .compatible
        }
    }

    static func requiredChanged(from old: Bool, to new: Bool, side: WireSide) -> Verdict {
        if side.sendsIt, new, !old { return .breaking("a request without it is refused") }
        if side.readsIt, old, !new { return .breaking("a response may now leave it out") }
        return .compatible
    }

    static func nullableChanged(to nullable: Bool, side: WireSide) -> Verdict {
        side.readsIt && nullable ? .breaking("a response may now hold null for it") : .compatible
    }

    static func valueRemoved(_ value: String, side: WireSide) -> Verdict {
        side.sendsIt ? .breaking("a request with \(value) may be refused") : .compatible
    }

    static func tightened(side: WireSide) -> Verdict {
        side.sendsIt ? .breaking("a request with a value the old limit allowed is refused") : .compatible
    }
}
