/**
 * People, phone sign-in, API tokens and roles granted on administrative units. Other modules ask
 * {@link vn.greenzone.identity.AccessControl} who is signed in and what they may do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and roles")
package vn.greenzone.identity;
