import Glibc

/// libedit silently drops every non-ASCII key (`café` becomes `caf`) unless the C locale's
/// character type is UTF-8. Fresh shells often have no `LANG`, so fall back to C.UTF-8,
/// which every glibc system has.
enum UTF8Locale {
    static func enable() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
