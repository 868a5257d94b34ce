import Testing

@testable import SwiftGenerator

struct SwiftNamingTests {
    @Test(
        "Property names",
        arguments: [
            ("LoadBalancerId", "loadBalancerId"), ("VpcId", "vpcId"), ("URL", "url"), ("EniIp", "eniIp"),
            ("SSLMode", "sslMode"), ("Url", "url"), ("default", "`default`"), ("Self", "_self"), ("self", "_self"),
            ("init", "_init"), ("Type", "type"),
            ("2FA", "_2FA"), ("cert_info", "certInfo"), ("Targets", "targets"), ("ID", "id"),
        ])
    func propertyNames(wire: String, swift: String) {
        #expect(SwiftNaming.propertyName(wire) == swift)
    }

    @Test(
        "Type names",
        arguments: [
            ("Target", "Target"), ("cert_info", "CertInfo"), ("Protocol", "`Protocol`"), ("3Gear", "_3Gear"),
        ])
    func typeNames(wire: String, swift: String) {
        #expect(SwiftNaming.typeName(wire) == swift)
    }

    @Test(
        "Enumeration case names",
        arguments: [
            ("POSTPAID_BY_HOUR", "postpaidByHour"), ("RENEW_FLAG_AUTO", "renewFlagAuto"), ("ES.S1.2XLARGE32", "esS1_2xlarge32"),
            ("TCP", "tcp"), ("HTTPS", "https"), ("PrePaid", "prePaid"), ("cloud-premium", "cloudPremium"),
            ("SA2.MEDIUM4", "sa2Medium4"), ("1", "_1"), ("10_GB", "_10Gb"), ("self", "_self"), ("IPv6", "iPv6"),
        ])
    func enumerationCaseNames(value: String, swift: String) {
        #expect(SwiftNaming.caseName(value) == swift)
    }

    @Test(
        "Articles in doc comments",
        arguments: [
            ("InstanceInfo", "an"), ("UpdateRule", "an"), ("Target", "a"), ("UserInfo", "a"), ("UnitPrice", "a"),
            ("ErrorModel", "an"),
        ])
    func articles(name: String, article: String) {
        #expect(ModelEmitter.article(for: name) == article)
    }

    @Test func serviceAndModuleNames() {
        #expect(SwiftNaming.serviceTypeName("clb") == "CLB")
        #expect(SwiftNaming.moduleName("clb") == "TencentCloudCLB")
        #expect(SwiftNaming.moduleName("tke-edge") == "TencentCloudTKEEDGE")
    }

    @Test func stringLiteralsCannotBreakOut() {
        #expect(StringLiteral.quoted(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(StringLiteral.quoted("x\n\u{202E}y") == #""x\n\u{202E}y""#)
        #expect(StringLiteral.quoted(#"\(evil)"#) == #""\\(evil)""#)
    }

    @Test func docCommentsDropControlAndBidiCharacters() {
        #expect(DocCommentText.lines("a\u{202E}b\u{200B}c\n\n\nd\u{0007}") == ["abc", "", "d"])
    }

    @Test func moduleFoldersAreToldApartByService() {
        for folder in [
            "TencentCloudCVM", "TencentCloudCVMTests", "TencentCloudCVMTesting", "TencentCloudCVMV20170312",
            "TencentCloudCVMV20170312Tests", "TencentCloudCVMV20170312Testing",
        ] {
            #expect(ModuleName.isFolder(folder, ofService: "cvm"), "\(folder)")
        }
        // Another service whose name starts with this one's, and names no version would give.
        for folder in ["TencentCloudCVMV2", "TencentCloudCVMMONITOR", "TencentCloudCV", "TencentCloudCVMV2017031", "CVM"] {
            #expect(!ModuleName.isFolder(folder, ofService: "cvm"), "\(folder)")
        }
    }
}
