import Foundation

/// Pages the parser tests read: the seed page from specs/, and small pages written here.
enum PageFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func specsPage(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("specs/" + relative), encoding: .utf8)
    }

    /// A small action page; `rows` are input rows after Action/Version/Region.
    static func actionPage(
        action: String = "DescribeThings", host: String? = "demo.tencentcloudapi.com", region: String? = "是",
        header: String = "| 参数名称 | 必选 | 类型 | 描述 |", rows: [String], output: [String] = []
    ) -> String {
        var lines = ["## 1. 接口描述", ""]
        if let host { lines += ["接口请求域名： \(host) 。", ""] }
        lines += ["查询一些东西。", "", "默认接口请求频率限制：10次/秒。", "", "## 2. 输入参数", "", header, "|---|---|---|---|"]
        lines.append("| Action | 是 | String | 公共参数，本接口取值：\(action) |")
        lines.append("| Version | 是 | String | 公共参数，本接口取值：2020-01-01 |")
        if let region { lines.append("| Region | \(region) | String | 公共参数 |") }
        lines += rows
        lines += ["", "## 3. 输出参数", "", "| 参数名称 | 类型 | 描述 |", "|---|---|---|"]
        lines += output + ["| RequestId | String | 唯一请求 ID。 |", ""]
        return lines.joined(separator: "\n")
    }
}
