/** The web shell: home page and the navigation that shows what the signed-in person may do. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.greenzone.shell;
