// A consumer of two generated services, as a Swift team writes one (Scripts/consumer-check.sh builds and runs
// it against the modules `docgen generate --package` writes for cloudapp and ctsdb from the whole API).
import Foundation
import TencentCloudCLOUDAPP
import TencentCloudCTSDB
import TencentCloudCTSDBTesting

// Both services have a `Filter`; neither hides the other, and `.init(…)` needs no qualification.
let cloudappFilter = CLOUDAPP.Filter(name: "LicenseId", values: ["lic-1"])
let ctsdbFilter: CTSDB.Filter = .init(name: "name", values: ["demo"])

// A response built in the test, compared and encoded: the stub answers with it.
let stubbed = CTSDB.DescribeClustersResponse(
    totalCount: 1, clusters: [.init(clusterID: "ctsdb-1", name: "demo")], requestId: "stub-1")
let transport = InMemoryTransport()
transport.answer("DescribeClusters", with: .response(stubbed))
transport.answer("IssueLicense", with: .json(#"{"RequestId":"stub-2"}"#))
transport.answer("DescribeLicense", with: .serviceError(code: "ResourceNotFound", message: "no such license"))

let client = TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key"), transport: transport)
let ctsdb = CTSDB(client: client, region: "ap-guangzhou")
let cloudapp = CLOUDAPP(client: client, region: "ap-guangzhou")

let clusters = try await ctsdb.describeClusters(pageNumber: 1, pageSize: 20, filters: [ctsdbFilter])
guard clusters == stubbed else {
    print("error: the stubbed response did not come back")
    exit(1)
}
print("clusters: \(clusters.clusters?.map { $0.clusterID ?? "" } ?? [])")

// `later` is not among the values the page lists (immediate, scheduled): by default it is sent, with a warning.
let issued = try await cloudapp.issueLicense(
    cloudappId: "app-1", licenseId: "lic-1", licenseData: .init(text: "data"), activateMode: "later")
let sent = try transport.requests(for: "IssueLicense")[0].decode(CLOUDAPP.IssueLicenseRequest.self)
print("issued: \(issued.requestId), activateMode sent: \(sent.activateMode?.rawValue ?? "-")")

do {
    _ = try await cloudapp.describeLicense(filters: [cloudappFilter])
} catch let error as CLOUDAPP.Error where error.code == .resourceNotFound {
    print("describeLicense: \(error.code.rawValue): \(error.message)")
}
