package io.peakxm.feedback.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.peakxm.feedback.FeedbackItem;
import io.peakxm.feedback.FeedbackItem.AspectTag;
import io.peakxm.feedback.FeedbackSource;

/** Reads a {@code feedback_item} row. */
final class FeedbackRows {

	static final String SELECT = """
			select id, source, external_id, author, rating, rating_scale_min, rating_scale_max, body, language,
			    written_at, received_at, site, customer_ref, response_id, survey_id, question_key, journey_id,
			    touchpoint_id, sentiment_score, sentiment_label, emotions, key_phrases, staff, personal_data
			from feedback_item""";

	private FeedbackRows() {
	}

	static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), FeedbackSource.valueOf(rs.getString("source")), rs.getString("external_id"),
				rs.getString("author"), rs.getBigDecimal("rating"), integer(rs, "rating_scale_min"),
				integer(rs, "rating_scale_max"), rs.getString("body"), rs.getString("language"),
				rs.getTimestamp("written_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
				rs.getString("site"), rs.getString("customer_ref"), along(rs, "response_id"), along(rs, "survey_id"),
				rs.getString("question_key"), along(rs, "journey_id"), along(rs, "touchpoint_id"),
				rs.getDouble("sentiment_score"), rs.getString("sentiment_label"), rs.getString("emotions"),
				rs.getString("key_phrases"), rs.getString("staff"), rs.getBoolean("personal_data"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Long along(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** The columns of an item's own row. */
	record Row(long id, FeedbackSource source, String externalId, String author, BigDecimal rating, Integer ratingMin,
			Integer ratingMax, String text, String language, Instant writtenAt, Instant receivedAt, String site,
			String customerRef, Long responseId, Long surveyId, String questionKey, Long journeyId, Long touchpointId,
			double sentimentScore, String sentimentLabel, String emotions, String keyPhrases, String staff,
			boolean personalData) {

		FeedbackItem toItem(List<AspectTag> aspects, List<Long> topics, Map<String, String> fields) {
			return new FeedbackItem(id, source, externalId, author, rating == null ? null : rating.stripTrailingZeros(),
					ratingMin, ratingMax, text, language, writtenAt, receivedAt, site, customerRef, responseId,
					surveyId, questionKey, journeyId, touchpointId, sentimentScore, sentimentLabel,
					StoredLists.split(emotions), StoredLists.split(keyPhrases), StoredLists.splitStaff(staff),
					personalData, aspects, topics, fields);
		}
	}

}
