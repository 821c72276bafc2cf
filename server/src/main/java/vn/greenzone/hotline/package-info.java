/**
 * The 1022 hotline desk: operators log calls, tips and complaints (citizens may file them on a public form);
 * each is routed by category and unit to the agency that must act, within a deadline per category; items
 * near or past it are texted to the agency's head and shown red to the supervisor; callers follow their item
 * with a tracking code, without signing in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline 1022")
package vn.greenzone.hotline;
