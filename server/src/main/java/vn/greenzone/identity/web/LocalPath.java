package vn.greenzone.identity.web;

import java.util.regex.Pattern;

/** Where a page may send a browser after sign-in: a path on this site, never another site (an open redirect). */
final class LocalPath {

    /** One leading slash and URL characters only: no "//" (another host), no backslash, no spaces or controls. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?#]*");

    private LocalPath() {
    }

    static String orHome(String next) {
        return next != null && next.length() <= 2000 && LOCAL.matcher(next).matches() ? next : "/";
    }
}
