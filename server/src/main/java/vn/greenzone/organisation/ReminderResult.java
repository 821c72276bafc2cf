package vn.greenzone.organisation;

/** Reminders asked for: sent now, left out as already reminded today, left out as opted out of messages. */
public record ReminderResult(int sent, int alreadyToday, int optedOut) {
}
