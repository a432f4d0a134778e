package io.peakxm.response;

/** Counts of a survey's invitations by status, and the response rate among those sent. */
public record InvitationSummary(long total, long pending, long sent, long reminded, long responded, long unsubscribed,
		long failed) {

	/** Responded / delivered (sent, reminded, responded), in percent; null before anything was sent. */
	public Double responseRate() {
		long delivered = sent + reminded + responded + unsubscribed;
		return delivered == 0 ? null : Math.round(1000.0 * responded / delivered) / 10.0;
	}
}
