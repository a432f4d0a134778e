package io.peakxm.response.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.peakxm.response.CollectionChannel;
import io.peakxm.response.ResponseFilter;
import io.peakxm.response.ResponseView;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.survey.Answer;
import io.peakxm.survey.QuestionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads responses for the browser and exports: filtered pages, single responses, and a
 * streamed walk.
 */
@Repository
public class ResponseQueries {

	private final JdbcClient jdbc;

	ResponseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageSlice<ResponseView> page(long workspaceId, long surveyId, ResponseFilter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(workspaceId, surveyId, filter, params);
		long total = jdbc.sql("select count(*) from response r" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<ResponseView> headers = jdbc
			.sql("select r.* from response r" + where
					+ " order by r.submitted_at desc, r.id desc limit :limit offset :offset")
			.params(params)
			.query((rs, i) -> header(rs))
			.list();
		return new PageSlice<>(withDetails(headers), page.page(), page.size(), total);
	}

	/**
	 * Calls {@code each} for every matching response, newest first, fetching in chunks
	 * (for exports).
	 */
	public void forEach(long workspaceId, long surveyId, ResponseFilter filter, Consumer<ResponseView> each) {
		for (int page = 0;; page++) {
			var slice = page(workspaceId, surveyId, filter, new PageRequest(page, PageRequest.MAX_SIZE));
			slice.items().forEach(each);
			if (!slice.hasNext()) {
				return;
			}
		}
	}

	public java.util.Optional<ResponseView> find(long workspaceId, long responseId) {
		return jdbc.sql("select r.* from response r where r.workspace_id = :ws and r.id = :id")
			.param("ws", workspaceId)
			.param("id", responseId)
			.query((rs, i) -> header(rs))
			.optional()
			.map(h -> withDetails(List.of(h)).get(0));
	}

	/**
	 * Deletes a response with its answers and fields; an invitation it answered stays
	 * used but loses the link.
	 */
	public void delete(long workspaceId, long responseId) {
		jdbc.sql("update invitation set response_id = null where workspace_id = :ws and response_id = :id")
			.param("ws", workspaceId)
			.param("id", responseId)
			.update();
		jdbc.sql("delete from response_answer where workspace_id = :ws and response_id = :id")
			.param("ws", workspaceId)
			.param("id", responseId)
			.update();
		jdbc.sql("delete from response_field where workspace_id = :ws and response_id = :id")
			.param("ws", workspaceId)
			.param("id", responseId)
			.update();
		jdbc.sql("delete from response where workspace_id = :ws and id = :id")
			.param("ws", workspaceId)
			.param("id", responseId)
			.update();
	}

	private static String where(long workspaceId, long surveyId, ResponseFilter f, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where r.workspace_id = :ws and r.survey_id = :survey");
		params.put("ws", workspaceId);
		params.put("survey", surveyId);
		if (f.from() != null) {
			where.append(" and r.submitted_at >= :from");
			params.put("from", Timestamp.from(f.from()));
		}
		if (f.to() != null) {
			where.append(" and r.submitted_at < :to");
			params.put("to", Timestamp.from(f.to()));
		}
		if (f.channel() != null) {
			where.append(" and r.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.language() != null) {
			where.append(" and r.language = :language");
			params.put("language", f.language());
		}
		if (f.touchpointId() != null) {
			where.append(" and r.touchpoint_id = :tp");
			params.put("tp", f.touchpointId());
		}
		if (f.answer() != null) {
			var answer = f.answer();
			where.append(
					" and exists (select 1 from response_answer s where s.response_id = r.id and s.question_key = :sq");
			params.put("sq", answer.question());
			if (answer.row() != null) {
				where.append(" and s.row_key = :srow");
				params.put("srow", answer.row());
			}
			if (answer.option() != null) {
				where.append(" and s.option_key = :sopt");
				params.put("sopt", answer.option());
			}
			if (answer.scoreMin() != null || answer.scoreMax() != null) {
				where.append(" and s.number_value between :smin and :smax");
				params.put("smin", answer.scoreMin() == null ? -1e15 : answer.scoreMin());
				params.put("smax", answer.scoreMax() == null ? 1e15 : answer.scoreMax());
			}
			where.append(")");
		}
		if (f.fieldName() != null && f.fieldValue() != null) {
			where.append(" and exists (select 1 from response_field hf where hf.response_id = r.id and hf.name = :fname"
					+ " and hf.field_value = :fvalue)");
			params.put("fname", f.fieldName());
			params.put("fvalue", f.fieldValue());
		}
		if (f.text() != null && !f.text().isBlank()) {
			where.append(" and exists (select 1 from response_answer ta where ta.response_id = r.id"
					+ " and ta.text_value is not null and lower(ta.text_value) like :text escape '\\')");
			params.put("text", io.peakxm.shared.Texts.containsPattern(f.text()));
		}
		return where.toString();
	}

	private List<ResponseView> withDetails(List<ResponseView> headers) {
		if (headers.isEmpty()) {
			return headers;
		}
		List<Long> ids = headers.stream().map(ResponseView::id).toList();
		Map<Long, List<Answer>> answers = new HashMap<>();
		jdbc.sql("select * from response_answer where response_id in (:ids) order by response_id, ordinal")
			.param("ids", ids)
			.query(rs -> {
				answers.computeIfAbsent(rs.getLong("response_id"), k -> new ArrayList<>())
					.add(new Answer(rs.getString("question_key"), QuestionType.valueOf(rs.getString("question_type")),
							rs.getString("row_key"), rs.getString("option_key"),
							rs.getObject("number_value", Double.class), rs.getString("text_value")));
			});
		Map<Long, Map<String, String>> fields = new HashMap<>();
		jdbc.sql("select * from response_field where response_id in (:ids) order by name")
			.param("ids", ids)
			.query(rs -> {
				fields.computeIfAbsent(rs.getLong("response_id"), k -> new LinkedHashMap<>())
					.put(rs.getString("name"), rs.getString("field_value"));
			});
		return headers.stream()
			.map(h -> new ResponseView(h.id(), h.surveyId(), h.surveyVersion(), h.channel(), h.language(),
					h.touchpointId(), h.journeyInstanceKey(), h.submittedAt(), answers.getOrDefault(h.id(), List.of()),
					fields.getOrDefault(h.id(), Map.of())))
			.toList();
	}

	private static ResponseView header(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ResponseView(rs.getLong("id"), rs.getLong("survey_id"), rs.getInt("survey_version"),
				CollectionChannel.valueOf(rs.getString("channel")), rs.getString("language"),
				rs.getObject("touchpoint_id", Long.class), rs.getString("journey_instance_key"),
				rs.getTimestamp("submitted_at").toInstant(), List.of(), Map.of());
	}

}
