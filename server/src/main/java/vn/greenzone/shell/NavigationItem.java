package vn.greenzone.shell;

/** One entry of the top navigation: a message key and where it leads. */
record NavigationItem(String labelKey, String href) {
}
