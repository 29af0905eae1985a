internal import CLibXML2

/// libxml2's functions, opened the first time a page or feed is parsed (see the CLibXML2 shim):
/// nil when the library is not installed.
struct XMLLibrary: @unchecked Sendable {
    let functions: briefcast_xml

    static let shared: XMLLibrary? = {
        var functions = briefcast_xml()
        guard briefcast_xml_open(&functions) != 0 else { return nil }
        return XMLLibrary(functions: functions)
    }()
}
