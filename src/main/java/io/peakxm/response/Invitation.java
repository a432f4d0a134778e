package io.peakxm.response;

import java.time.Instant;
import java.util.Map;

/**
 * An e-mail invitation to a survey: the recipient, the hidden field values its link
 * carries, the single-use token of the link, and how far it got (sent, reminded,
 * answered, unsubscribed).
 */
public record Invitation(long id, long workspaceId, long surveyId, String email, String name, String language,
		String token, Map<String, String> fields, Instant createdAt, Instant sentAt, int sendAttempts, String lastError,
		int remindAfterDays, int maxReminders, int remindersSent, Instant nextReminderAt, Instant respondedAt,
		Long responseId, boolean unsubscribed) {

	/**
	 * Attempts after which an invitation that could not be sent is given up (shown as
	 * failed).
	 */
	public static final int MAX_SEND_ATTEMPTS = 5;

	public Invitation {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

	public Status status() {
		return status(respondedAt != null, unsubscribed, sentAt != null, remindersSent > 0,
				sendAttempts >= MAX_SEND_ATTEMPTS);
	}

	/**
	 * The one rule from what happened to an invitation to its status (also used to count
	 * by status in SQL groups).
	 */
	public static Status status(boolean responded, boolean unsubscribed, boolean sent, boolean reminded,
			boolean gaveUp) {
		if (responded) {
			return Status.RESPONDED;
		}
		if (unsubscribed) {
			return Status.UNSUBSCRIBED;
		}
		if (sent) {
			return reminded ? Status.REMINDED : Status.SENT;
		}
		return gaveUp ? Status.FAILED : Status.PENDING;
	}

	/** Where an invitation stands. */
	public enum Status {

		PENDING, SENT, REMINDED, RESPONDED, UNSUBSCRIBED, FAILED

	}
}
