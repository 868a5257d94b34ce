import DocModel

/// How a streaming action (``Action/streaming``) gets its method `<action>Stream(_:region:)`, which returns the
/// answer's server-sent events as they arrive, each an `<Action>Event`: the response's members, all optional (an
/// event may carry only some), `RequestId` left out (the stream has it, from the `X-TC-RequestId` header).
struct StreamingPlan {
    var action: Action
    /// The request's switch that asks for a stream (`Stream`), set to `true` by the method; `nil` for an action that
    /// always streams.
    var streamSwitch: MemberPlan?
    /// The event type's members.
    var eventMembers: [MemberPlan]

    /// The request member an action that streams on request takes as its switch.
    static let switchName = "Stream"

    /// The plan of `action`, or `nil` when it does not stream, or streams on request but takes no `Stream` switch
    /// (the method could not ask for the stream).
    static func plan(for action: Action, context: ServiceContext) -> StreamingPlan? {
        let streamSwitch = context.inputMembers(of: action).first {
            $0.parameter.name == switchName && $0.parameter.type == .boolean && !$0.isDeprecated
        }
        switch action.streaming {
        case .none: return nil
        case .optional: guard streamSwitch != nil else { return nil }
        case .always: break
        }
        let members = context.outputMembers(of: action).filter { $0.parameter.name != Constants.Wire.requestId }.map {
            member in
            var event = member
            event.isOptional = true
            event.isOptionalArgument = true
            return event
        }
        return StreamingPlan(
            action: action, streamSwitch: action.streaming == .optional ? streamSwitch : nil, eventMembers: members)
    }
}
