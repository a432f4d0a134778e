package io.peakxm.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.peakxm.shared.ConflictException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.RandomTokens;
import io.peakxm.survey.Survey;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyStatus;
import io.peakxm.survey.SurveyVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores surveys with their definition as a JSON document (questions are read and written
 * as a whole), under an optimistic lock on the revision, and their immutable versions.
 */
@Repository
public class SurveyStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SurveyStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long insert(long workspaceId, SurveyDefinition definition, long userId, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey (workspace_id, public_id, status, definition, revision, draft_changed, created_at,
				    updated_at, updated_by)
				values (:ws, :public, 'DRAFT', :definition, 0, true, :now, :now, :by)""")
			.param("ws", workspaceId)
			.param("public", RandomTokens.urlSafe(22))
			.param("definition", json.writeValueAsString(definition))
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Saves a new definition if the survey is still at {@code expectedRevision}. */
	public void save(long workspaceId, long surveyId, int expectedRevision, SurveyDefinition definition,
			SurveyStatus status, Integer currentVersion, boolean draftChanged, long userId, Instant now) {
		int updated = jdbc.sql("""
				update survey set definition = :definition, status = :status, current_version = :version,
				    draft_changed = :changed, revision = revision + 1, updated_at = :now, updated_by = :by
				where id = :id and workspace_id = :ws and revision = :revision""")
			.param("definition", json.writeValueAsString(definition))
			.param("status", status.name())
			.param("version", currentVersion)
			.param("changed", draftChanged)
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.param("id", surveyId)
			.param("ws", workspaceId)
			.param("revision", expectedRevision)
			.update();
		if (updated == 0) {
			throw new ConflictException("survey.changedBySomeoneElse");
		}
		forget(surveyId);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						forget(surveyId);
					}
				});
		}
	}

	/**
	 * How long the submission paths may reuse a survey read (other nodes see a change at
	 * most this late).
	 */
	static final long RECENT_MILLIS = 1000;

	private record Recent(Survey survey, long until) {
	}

	private final java.util.Map<Object, Recent> recent = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * A survey for recording a response: read at most {@link #RECENT_MILLIS} ago, so that
	 * busy submission traffic does not read the same row for every response. Saves on
	 * this node forget it at once.
	 */
	public Optional<Survey> findRecent(long workspaceId, long surveyId) {
		Recent hit = recent.get(surveyId);
		if (hit != null && hit.until() > System.currentTimeMillis() && hit.survey().workspaceId() == workspaceId) {
			return Optional.of(hit.survey());
		}
		Optional<Survey> found = find(workspaceId, surveyId);
		found.ifPresent(this::remember);
		return found;
	}

	/**
	 * The survey behind a public link, read at most {@link #RECENT_MILLIS} ago (see
	 * {@link #findRecent}).
	 */
	public Optional<Survey> findRecentByPublicId(String publicId) {
		Recent hit = recent.get(publicId);
		if (hit != null && hit.until() > System.currentTimeMillis()) {
			return Optional.of(hit.survey());
		}
		Optional<Survey> found = findByPublicId(publicId);
		found.ifPresent(this::remember);
		return found;
	}

	private void remember(Survey survey) {
		if (recent.size() > 10_000) {
			recent.clear();
		}
		Recent entry = new Recent(survey, System.currentTimeMillis() + RECENT_MILLIS);
		recent.put(survey.id(), entry);
		recent.put(survey.publicId(), entry);
	}

	private void forget(long surveyId) {
		Recent entry = recent.remove(surveyId);
		if (entry != null) {
			recent.remove(entry.survey().publicId());
		}
	}

	public Optional<Survey> find(long workspaceId, long surveyId) {
		return jdbc.sql("select * from survey where id = :id and workspace_id = :ws")
			.param("id", surveyId)
			.param("ws", workspaceId)
			.query(this::map)
			.optional();
	}

	public Optional<Survey> findByPublicId(String publicId) {
		return jdbc.sql("select * from survey where public_id = :p").param("p", publicId).query(this::map).optional();
	}

	public PageSlice<Survey> list(long workspaceId, SurveyStatus status, String search, PageRequest page) {
		String where = " where workspace_id = :ws" + (status == null ? "" : " and status = :status");
		String pattern = null;
		if (search != null && !search.isBlank()) {
			where += " and lower(definition) like :q escape '\\'";
			pattern = io.peakxm.shared.Texts.containsPattern(search);
		}
		long total = jdbc.sql("select count(*) from survey" + where)
			.param("ws", workspaceId)
			.param("status", status == null ? null : status.name())
			.param("q", pattern)
			.query(Long.class)
			.single();
		List<Survey> items = jdbc
			.sql("select * from survey" + where + " order by updated_at desc, id desc limit :limit offset :offset")
			.param("ws", workspaceId)
			.param("status", status == null ? null : status.name())
			.param("q", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
		return new PageSlice<>(items, page.page(), page.size(), total);
	}

	public void insertVersion(long workspaceId, long surveyId, int number, SurveyDefinition definition, long userId,
			Instant now) {
		jdbc.sql("""
				insert into survey_version (workspace_id, survey_id, number, definition, published_at, published_by)
				values (:ws, :s, :n, :definition, :now, :by)""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("n", number)
			.param("definition", json.writeValueAsString(definition))
			.param("now", Timestamp.from(now))
			.param("by", userId)
			.update();
	}

	public Optional<SurveyVersion> version(long workspaceId, long surveyId, int number) {
		return jdbc.sql("select * from survey_version where workspace_id = :ws and survey_id = :s and number = :n")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("n", number)
			.query((rs, i) -> new SurveyVersion(rs.getLong("survey_id"), rs.getInt("number"),
					rs.getTimestamp("published_at").toInstant(),
					json.readValue(rs.getString("definition"), SurveyDefinition.class)))
			.optional();
	}

	public List<SurveyVersion> versions(long workspaceId, long surveyId) {
		return jdbc.sql("""
				select survey_id, number, published_at from survey_version
				where workspace_id = :ws and survey_id = :s order by number desc""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.query((rs, i) -> new SurveyVersion(rs.getLong("survey_id"), rs.getInt("number"),
					rs.getTimestamp("published_at").toInstant(), null))
			.list();
	}

	private Survey map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		int revision = rs.getInt("revision");
		return new Survey(id, rs.getLong("workspace_id"), rs.getString("public_id"),
				SurveyStatus.valueOf(rs.getString("status")), revision, rs.getObject("current_version", Integer.class),
				rs.getBoolean("draft_changed"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), definition(id, revision, rs.getString("definition")));
	}

	/**
	 * A parsed definition per survey and revision: every save raises the revision, so an
	 * entry never goes stale.
	 */
	private record Parsed(int revision, String text, SurveyDefinition definition) {
	}

	private final java.util.Map<Long, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();

	private SurveyDefinition definition(long surveyId, int revision, String text) {
		Parsed cached = parsed.get(surveyId);
		if (cached != null && cached.revision() == revision && cached.text().equals(text)) {
			return cached.definition();
		}
		SurveyDefinition definition = json.readValue(text, SurveyDefinition.class);
		if (parsed.size() > 10_000) {
			parsed.clear();
		}
		parsed.put(surveyId, new Parsed(revision, text, definition));
		return definition;
	}

}
