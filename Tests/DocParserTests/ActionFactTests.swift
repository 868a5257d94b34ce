import DocModel
import Testing

@testable import DocParser

/// Facts about an action as a whole, read by the parser so the generator and the runtime never guess them.
struct ActionFactTests {
    @Test(arguments: [
        ("DescribeInstances", true), ("GetFunction", true), ("ListTopics", true), ("QueryOrder", true),
        ("InquiryPriceRunInstances", true), ("CheckDomain", true), ("Checkout", false), ("Describe", false),
        ("CreateInstance", false), ("DeregisterTargets", false), ("Getaway", false),
    ])
    func readOnlyActionsByTheirVerb(name: String, isReadOnly: Bool) {
        #expect(PageVocabulary.isReadOnlyAction(name) == isReadOnly)
    }

    @Test func theSeedsTaskStatusActionReadsAndItsWriteDoesNot() async throws {
        let folder = "clb/2018-03-17/"
        let pages = try ["DeregisterTargets.md", "DescribeTaskStatus.md"].map {
            PageSource(path: "specs/" + folder + $0, text: try PageFixtures.specsPage(folder + $0))
        }
        let actions = try #require(await ModelBuilder.build(pages).model.services.first?.actions)
        #expect(actions.map(\.name) == ["DeregisterTargets", "DescribeTaskStatus"])
        #expect(actions.map(\.isReadOnly) == [false, true])
    }

    /// The STS pages that trade a token for credentials say the call carries `Authorization: SKIP`, in both languages
    /// (the lines as the real pages have them).
    @Test(arguments: [
        ("注意：当使用签名方法 V3 调用本接口时，请求头无须传入 X-TC-Token, 但 Authorization 需要传入值 SKIP。", true),
        (
            "Note: When called with signature method v3, header `X-TC-Token` could be ignored, and `Authorization` should be SKIP.",
            true
        ),
        ("SKIP 之后再传入 Authorization。", false),
        ("本接口用于获取 Authorization 所需的临时密钥。", false),
    ])
    func unsignedActionsFromTheirDescription(line: String, skipsSignature: Bool) {
        #expect(PageVocabulary.saysUnsigned(line) == skipsSignature)
    }

    @Test func aPageSayingAuthorizationSkipGivesAnUnsignedAction() async throws {
        let page = """
            ## 1. 接口描述

            接口请求域名： sts.tencentcloudapi.com 。

            申请OIDC角色临时访问凭证。

            注意：当使用签名方法 V3 调用本接口时，请求头无须传入 X-TC-Token, 但 Authorization 需要传入值 SKIP。

            ## 2. 输入参数

            | 参数名称 | 必选 | 类型 | 描述 |
            |---------|---------|---------|---------|
            | Action | 是 | String | 公共参数，本接口取值：AssumeRoleWithWebIdentity |
            | Version | 是 | String | 公共参数，本接口取值：2018-08-13 |
            | Region | 是 | String | 公共参数 |
            | ProviderId | 是 | String | 身份提供商名称 |

            ## 3. 输出参数

            | 参数名称 | 类型 | 描述 |
            |---------|---------|---------|
            | RequestId | String | 唯一请求 ID。 |
            """
        let result = await ModelBuilder.build([PageSource(path: "sts/2018-08-13/AssumeRoleWithWebIdentity.md", text: page)])
        let action = try #require(result.model.services.first?.actions.first)
        #expect(action.skipsSignature)
        #expect(action.description.contains("SKIP"), "the note stays in the documentation")
    }

    /// Lines of real 接口描述 sections (and English ones) that do or do not call the action idempotent.
    @Test(arguments: [
        ("此操作是将已停用的模板启用，操作幂等，若模板已启用，接口不报错。", DocLanguage.zh, true),
        ("上传接口具备幂等性，同一 Hash 的文件重复上传不会创建重复任务。", .zh, true),
        ("已安装的实例重复调用不会报错（幂等），直接视为成功。", .zh, true),
        ("接口绑定是不幂等的", .zh, false),
        ("该接口为非幂等接口。", .zh, false),
        ("This API is idempotent: calling it again returns the same endpoint.", .en, true),
        ("This API is not idempotent.", .en, false),
    ])
    func idempotentActionsFromTheirDescription(line: String, language: DocLanguage, isIdempotent: Bool) {
        #expect(PageVocabulary.of(language).saysIdempotent(line) == isIdempotent)
    }

    /// Lines of real 接口描述 sections that do or do not say the action itself is deprecated or going offline.
    @Test(arguments: [
        ("添加父任务依赖。本接口已废弃，请使用接口ModifyTaskLinksDs。", DocLanguage.zh, true),
        ("ECDN平台下线，接口开始预下线处理", .zh, true),
        ("发布广播消息、发布RRPC消息属于早期服务，目前已停止维护，需要从官网下线。", .zh, true),
        ("黑石1.0接口，业务已下线，90天无调用", .zh, true),
        ("本接口用于替代已废弃的 DescribeThings 接口。", .zh, false),
        ("本接口（RecycleInstances）用于主动回收已下线的实例。", .zh, false),
        ("本接口（DescribeInstances）用于查询实例。", .zh, false),
        ("This API is deprecated and will be removed; use DescribeThings2 instead.", .en, true),
        ("This API is used to query deprecated images.", .en, false),
    ])
    func deprecatedActionsFromTheirDescription(line: String, language: DocLanguage, isDeprecated: Bool) {
        #expect(PageVocabulary.of(language).saysDeprecated(line) == isDeprecated)
    }

    /// Lines of real 接口描述 sections (both languages) that do or do not say the action answers with a stream.
    @Test(arguments: [
        ("腾讯混元大模型是由腾讯研发的大语言模型。本接口支持流式或非流式调用，当使用流式调用时为 SSE 协议。", DocLanguage.zh, Streaming.optional),
        ("本接口为流式响应接口，当请求成功时，RequestId 会被放在 HTTP 响应的 Header \"X-TC-RequestId\" 中。", .zh, .always),
        ("本接口（DescribeStreams）用于查询直播流列表。", .zh, .none),
        (
            "This API supports streaming or non-streaming calls. When using streaming calls, it follows the SSE protocol.", .en,
            .optional
        ),
        ("This API is used for quasi-real-time document parsing, using HTTP SSE protocol for communication.", .en, .always),
        ("This API is used to create an adaptive bitrate streaming template.", .en, .none),
    ])
    func streamingActionsFromTheirDescription(line: String, language: DocLanguage, streaming: Streaming) {
        #expect((PageVocabulary.of(language).streaming(line) ?? .none) == streaming)
    }

    @Test func aStreamingPageInEitherLanguageMakesAStreamingAction() async throws {
        let chinese = """
            ## 1. 接口描述

            接口请求域名： hunyuan.tencentcloudapi.com 。

            本接口支持流式或非流式调用，当使用流式调用时为 SSE 协议。

            ## 2. 输入参数

            | 参数名称 | 必选 | 类型 | 描述 |
            |---------|---------|---------|---------|
            | Action | 是 | String | 公共参数，本接口取值：ChatCompletions |
            | Version | 是 | String | 公共参数，本接口取值：2023-09-01 |
            | Stream | 否 | Boolean | 流式调用开关。 |

            ## 3. 输出参数

            | 参数名称 | 类型 | 描述 |
            |---------|---------|---------|
            | RequestId | String | 唯一请求 ID。 |
            """
        let english = """
            ## 1. API Description

            Domain name for API request: hunyuan.tencentcloudapi.com.

            This API supports streaming or non-streaming calls. When using streaming calls, it follows the SSE protocol.

            ## 2. Input Parameters

            | Parameter Name | Required | Type | Description |
            |---------|---------|---------|---------|
            | Action | Yes | String | Common Params. The value used for this API: ChatCompletions. |
            | Version | Yes | String | Common Params. The value used for this API: 2023-09-01. |
            | Stream | No | Boolean | Whether to stream. |

            ## 3. Output Parameters

            | Parameter Name | Type | Description |
            |---------|---------|---------|
            | RequestId | String | The unique request ID. |
            """
        for (path, page) in [
            ("hunyuan/2023-09-01/ChatCompletions.md", chinese), ("hunyuan/2023-09-01/ChatCompletions_intl.md", english),
        ] {
            let result = await ModelBuilder.build([PageSource(path: path, text: page)])
            #expect(result.model.services.first?.actions.first?.streaming == .optional, "\(path): \(result.diagnostics)")
        }
    }

    /// Most streaming pages say it in the RequestId row only; a `Stream` switch makes the stream optional.
    @Test(arguments: [(false, Streaming.always), (true, .optional)])
    func theRequestIdRowSaysTheActionStreams(hasSwitch: Bool, streaming: Streaming) async throws {
        let page = """
            ## 1. 接口描述

            接口请求域名： trtc.tencentcloudapi.com 。

            文本转语音。

            ## 2. 输入参数

            | 参数名称 | 必选 | 类型 | 描述 |
            |---------|---------|---------|---------|
            | Action | 是 | String | 公共参数，本接口取值：TextToSpeechSSE |
            | Version | 是 | String | 公共参数，本接口取值：2019-07-22 |
            | Text | 是 | String | 文本。 |
            \(hasSwitch ? "| Stream | 否 | Boolean | 是否流式返回。 |" : "")

            ## 3. 输出参数

            | 参数名称 | 类型 | 描述 |
            |---------|---------|---------|
            | RequestId | String | 唯一请求 ID。本接口为流式响应接口，当请求成功时，RequestId 会被放在 HTTP 响应的 Header "X-TC-RequestId" 中。 |
            """
        let result = await ModelBuilder.build([PageSource(path: "trtc/2019-07-22/TextToSpeechSSE.md", text: page)])
        #expect(result.model.services.first?.actions.first?.streaming == streaming)
    }
}
