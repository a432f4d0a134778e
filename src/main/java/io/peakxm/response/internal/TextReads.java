package io.peakxm.response.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.peakxm.response.ResponseReads.Written;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the free-text answers of responses (question types TEXT_SHORT and TEXT_LONG) with
 * the columns of their response that a reader of customer text needs.
 */
final class TextReads {

	private static final String COLUMNS = """
			select r.id, r.workspace_id, r.survey_id, r.submitted_at, r.language, r.touchpoint_id, r.customer_ref,
			    a.question_key, a.text_value
			from response r join response_answer a on a.response_id = r.id
			where a.question_type in ('TEXT_SHORT', 'TEXT_LONG') and a.text_value is not null""";

	private final JdbcClient jdbc;

	TextReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Written> byId(Collection<Long> responseIds) {
		List<Written> texts = new ArrayList<>();
		for (List<Long> ids : ContentReads.chunks(responseIds)) {
			jdbc.sql(COLUMNS + " and r.id in (:ids) order by r.id, a.question_key").param("ids", ids).query(rs -> {
				texts.add(written(rs));
			});
		}
		return texts;
	}

	void stream(long workspaceId, long surveyId, Consumer<Written> each) {
		jdbc.sql(COLUMNS + " and r.workspace_id = :ws and r.survey_id = :s order by r.id, a.question_key")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.withFetchSize(ResponseReadStore.FETCH_SIZE)
			.query(rs -> {
				each.accept(written(rs));
			});
	}

	private static Written written(ResultSet rs) throws SQLException {
		long touchpoint = rs.getLong(6);
		Long touchpointId = rs.wasNull() ? null : touchpoint;
		return new Written(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
				touchpointId, rs.getString(7), rs.getString(8), rs.getString(9));
	}

}
