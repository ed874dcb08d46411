// swift-tools-version: 6.0
// Signpost: a static site generator for NHS patient information.
//
// The modules form a chain that never loops back; each knows only those before it:
// (Diagnostics, Utilities) → CCmark → Markdown → Content → Checks → Render → Site → (Preview, Print) → SignpostCLI,
// with OpenReferral and Search after Content, and QRCode and CLouis → Braille beside them, used by Render,
// which renders with TemplateEngine (Signpost's Mustache engine, after Utilities). CWebRequests, which opens libcurl
// when `check --external` asks the web, is used by Checks.
// Print knows only Content, Diagnostics and Utilities: it prints a site already built. WordImport (`import docx`) comes
// after Content and NewSite (`new site`) after Site; BuiltIn is the files the binary carries (Templates/, Starter/).
import PackageDescription

let package = Package(
    name: "Signpost",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "signpost", targets: ["SignpostCLI"]),
        // The readers of content and imports, for the fuzz targets in Fuzz/.
        .library(name: "SignpostContent", targets: ["Markdown", "Content", "OpenReferral"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .target(name: "Diagnostics"),
        .target(name: "Utilities"),
        // The default templates and the starter site, carried inside the binary (Plugins/EmbedFiles).
        .target(name: "BuiltIn", plugins: ["EmbedFiles"]),
        .executableTarget(name: "EmbedTool", path: "Plugins/EmbedTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedTool"], path: "Plugins/EmbedFiles"),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark", "Utilities"]),
        // Signpost's Mustache engine: swift-mustache 2.1.1's output, each template parsed once.
        .target(name: "TemplateEngine", dependencies: ["Utilities"]),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(name: "QRCode", dependencies: ["Utilities"]),
        .systemLibrary(
            name: "CLouis",
            pkgConfig: "liblouis",
            providers: [.apt(["liblouis-dev", "liblouis-data"])]
        ),
        .target(name: "Braille", dependencies: ["CLouis", "Utilities"]),
        .target(name: "Content", dependencies: ["Markdown", "Diagnostics", "Utilities", "Yams"]),
        // libcurl, opened at run time by `signpost check --external` alone: its header is Debian's libcurl4-openssl-dev.
        .target(name: "CWebRequests", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "Checks", dependencies: ["Content", "Markdown", "Diagnostics", "Utilities", "CWebRequests"]),
        .target(name: "OpenReferral", dependencies: ["Content", "Markdown", "Diagnostics", "Utilities"]),
        .target(name: "Search", dependencies: ["Content", "Markdown", "Utilities"]),
        .target(
            name: "Render",
            dependencies: [
                "Content", "Checks", "Markdown", "Diagnostics", "Utilities", "QRCode", "Braille", "TemplateEngine",
            ]
        ),
        .target(
            name: "Site",
            dependencies: ["Render", "Checks", "Content", "OpenReferral", "Search", "Diagnostics", "Utilities"]),
        // `signpost new site`: the starter site, filled in for a trust.
        .target(name: "NewSite", dependencies: ["Site", "Content", "Markdown", "Diagnostics", "Utilities"]),
        // `signpost import docx`: Word leaflets made into guides through pandoc.
        .target(name: "WordImport", dependencies: ["Content", "Markdown", "Diagnostics", "Utilities"]),
        .target(
            name: "Preview",
            dependencies: [
                "Site", "Render", "Checks", "Content", "Diagnostics", "Utilities",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Print",
            dependencies: [
                "Content", "Diagnostics", "Utilities",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "SignpostCLI",
            dependencies: [
                "Site", "Preview", "Print", "Checks", "Diagnostics", "Content", "OpenReferral", "Utilities", "BuiltIn",
                "NewSite", "WordImport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(
            name: "SignpostCLITests",
            dependencies: ["SignpostCLI", "Site", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "UtilitiesTests", dependencies: ["Utilities"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Utilities"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ContentTests", dependencies: ["Content"]),
        // libqrencode is the tests' reference: Signpost encodes its QR codes itself.
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "CQRencode"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Markdown", "Diagnostics", "TemplateEngine"]),
        .testTarget(name: "BrailleTests", dependencies: ["Braille"]),
        .testTarget(
            name: "SiteTests",
            dependencies: [
                "Site", "Render", "Checks", "Content", "Markdown", "Diagnostics", "Braille", "Utilities", "BuiltIn", "NewSite",
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "WordImportTests", dependencies: ["WordImport", "Content", "Markdown", "Diagnostics"]),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine", "Utilities", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "ChecksTests", dependencies: ["Checks", "Markdown"]),
        .testTarget(
            name: "SearchTests", dependencies: ["Search", "Content", "Markdown", "Utilities"], resources: [.copy("Fixtures")]),
        // A socket client for the servers' tests, shared by PreviewTests and PrintTests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PrintTests", dependencies: ["Print", "Diagnostics", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Checks", "Content", "TestSupport"]),
        .testTarget(
            name: "OpenReferralTests", dependencies: ["OpenReferral", "Content", "Utilities"], exclude: ["Fixtures"]),
    ]
)
