/** Messages to people: SMS now (sign-in codes), campaigns later. The default sender keeps an outbox. */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package vn.greenzone.outreach;
