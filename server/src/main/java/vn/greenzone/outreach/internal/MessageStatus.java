package vn.greenzone.outreach.internal;

/**
 * Where a campaign message is. SENDING is claimed by the sender and handed to the gateway; a node that dies
 * between the two leaves it there rather than send it twice. CAPPED: the number had its weekly share already.
 */
public enum MessageStatus { QUEUED, SENDING, SENT, DELIVERED, FAILED, OPTED_OUT, CAPPED }
