/**
 * Messages to people: SMS for every module (sign-in codes, alerts, links) and campaigns by unit and group,
 * through the configured gateway (the outbox by default, SMPP or a Zalo Official Account). Groups of recipients
 * and the right to run campaigns come from modules above through {@link vn.greenzone.outreach.RecipientGroup}
 * and {@link vn.greenzone.outreach.CampaignAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package vn.greenzone.outreach;
