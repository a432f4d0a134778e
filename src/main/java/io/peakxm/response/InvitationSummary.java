package io.peakxm.response;

/**
 * What happened to a survey's invitations. {@code pending}, {@code responded},
 * {@code unsubscribed} and {@code failed} count invitations by their status; {@code sent}
 * counts every invitation that was e-mailed, whatever happened next (answered, reminded
 * or unsubscribed ones included), and {@code reminded} those of them that also got a
 * reminder, so {@code reminded <= sent} and {@code responded <= sent}.
 */
public record InvitationSummary(long total, long pending, long sent, long reminded, long responded, long unsubscribed,
		long failed) {

	/** Responded / sent, in percent; null before anything was sent. */
	public Double responseRate() {
		return sent == 0 ? null : Math.round(1000.0 * responded / sent) / 10.0;
	}
}
