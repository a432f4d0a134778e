package io.peakxm.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback module ({@code peakxm.feedback.*}).
 *
 * @param pseudonymSecret the key of authors' pseudonyms: set it once per installation
 * (every node the same) and keep it; changing it gives returning authors new pseudonyms
 * @param inboxPageSize items per page of the inbox
 * @param commentShare the most of its time the one thread that analyses survey comments
 * may work (0.05–1): after each batch it rests so long that work and rest stay in this
 * proportion, so that a burst of submissions keeps the processors and the comments catch
 * up after it
 * @param commentBacklog the most batches of submitted responses waiting in memory for
 * that thread; a batch beyond it waits in the event registry (the database) and is handed
 * over again when the thread is idle ({@link CommentCatchUp})
 */
@ConfigurationProperties("peakxm.feedback")
record FeedbackProperties(@DefaultValue("peakxm-change-me") String pseudonymSecret,
		@DefaultValue("25") int inboxPageSize, @DefaultValue("0.5") double commentShare,
		@DefaultValue("10000") int commentBacklog) {

	FeedbackProperties {
		if (!(commentShare >= 0.05 && commentShare <= 1)) {
			throw new IllegalArgumentException(
					"peakxm.feedback.comment-share must be between 0.05 and 1, not " + commentShare);
		}
		if (commentBacklog < 1) {
			throw new IllegalArgumentException("peakxm.feedback.comment-backlog must be at least 1");
		}
	}

}
