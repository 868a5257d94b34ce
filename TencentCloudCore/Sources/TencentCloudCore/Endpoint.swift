import Foundation

/// Where a request goes.
enum Endpoint {
    /// The URL for `service` in `region`: the override if given; the financial-region host
    /// (`clb.ap-shanghai-fsi.tencentcloudapi.com`) for `-fsi` regions; the default host otherwise.
    static func url(
        for service: ServiceConfiguration, region: String?, override: URL?,
        style: ClientConfiguration.EndpointStyle = .default
    ) throws -> URL {
        if let override { return override }
        var host = service.host
        let onTencentCloud = host.hasSuffix(".tencentcloudapi.com")
        if let region, !region.isEmpty, onTencentCloud, region.hasSuffix("-fsi") || style == .regional {
            host = "\(service.name).\(region).tencentcloudapi.com"
        } else if style == .international, onTencentCloud {
            host = "\(service.name).intl.tencentcloudapi.com"
        }
        guard let url = URL(string: "https://\(host)/") else {
            throw TencentCloudError.invalidRequest("host \(host) does not form a URL")
        }
        return url
    }

    /// The path of `url` as written (a trailing `/` kept), `/` when it has none.
    static func path(of url: URL) -> String {
        let path = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? ""
        return path.isEmpty ? "/" : path
    }

    /// The Host header for `url`: the host, with the port when it is not the scheme's default.
    static func hostHeader(of url: URL) -> String? {
        guard let host = url.host, !host.isEmpty else { return nil }
        if let port = url.port, !(url.scheme == "https" && port == 443), !(url.scheme == "http" && port == 80) {
            return "\(host):\(port)"
        }
        return host
    }
}
