package io.peakxm.response.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.peakxm.response.Invitation;
import io.peakxm.response.InvitationSummary;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations and unsubscribed addresses. */
@Repository
public class InvitationStore {

	/** An invitation to write. */
	public record NewInvitation(String email, String name, String language, String token, Map<String, String> fields) {
	}

	private static final String COLUMNS = """
			i.id, i.workspace_id, i.survey_id, i.email, i.name, i.language, i.token, i.field_values, i.created_at,
			i.sent_at, i.send_attempts, i.last_error, i.remind_after_days, i.max_reminders, i.reminders_sent,
			i.next_reminder_at, i.responded_at, i.response_id,
			case when exists (select 1 from email_suppression s where s.workspace_id = i.workspace_id and s.email = i.email)
			     then 1 else 0 end as unsubscribed""";

	private static final String NOT_SUPPRESSED = """
			not exists (select 1 from email_suppression s where s.workspace_id = i.workspace_id and s.email = i.email)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InvitationStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insertAll(long workspaceId, long surveyId, List<NewInvitation> rows, int remindAfterDays,
			int maxReminders, long userId, Instant now) {
		template.batchUpdate("""
				insert into invitation (workspace_id, survey_id, email, name, language, token, field_values, created_at,
				    created_by, remind_after_days, max_reminders) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
				500, (PreparedStatement ps, NewInvitation r) -> {
					ps.setLong(1, workspaceId);
					ps.setLong(2, surveyId);
					ps.setString(3, r.email());
					ps.setString(4, r.name());
					ps.setString(5, r.language());
					ps.setString(6, r.token());
					ps.setString(7, encode(r.fields()));
					ps.setTimestamp(8, Timestamp.from(now));
					ps.setLong(9, userId);
					ps.setInt(10, remindAfterDays);
					ps.setInt(11, maxReminders);
				});
	}

	/** The addresses already invited to a survey. */
	public Set<String> invitedEmails(long workspaceId, long surveyId) {
		return new HashSet<>(jdbc.sql("select email from invitation where workspace_id = :ws and survey_id = :s")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.query(String.class)
			.list());
	}

	/** The addresses of a workspace that unsubscribed, among the given ones. */
	public Set<String> suppressed(long workspaceId, Set<String> emails) {
		if (emails.isEmpty()) {
			return Set.of();
		}
		Set<String> result = new HashSet<>();
		List<String> all = List.copyOf(emails);
		for (int from = 0; from < all.size(); from += 1000) {
			result
				.addAll(jdbc.sql("select email from email_suppression where workspace_id = :ws and email in (:emails)")
					.param("ws", workspaceId)
					.param("emails", all.subList(from, Math.min(all.size(), from + 1000)))
					.query(String.class)
					.list());
		}
		return result;
	}

	public PageSlice<Invitation> page(long workspaceId, long surveyId, PageRequest page) {
		long total = jdbc.sql("select count(*) from invitation where workspace_id = :ws and survey_id = :s")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.query(Long.class)
			.single();
		List<Invitation> items = jdbc.sql("select " + COLUMNS + " " + """
				from invitation i where i.workspace_id = :ws and i.survey_id = :s order by i.id desc
				 limit :limit offset :offset""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(InvitationStore::map)
			.list();
		return new PageSlice<>(items, page.page(), page.size(), total);
	}

	public InvitationSummary summary(long workspaceId, long surveyId) {
		// Counted in the database by what decides the status, then mapped with the one
		// status rule.
		long[] counts = new long[Invitation.Status.values().length];
		long[] mailed = new long[2];
		jdbc.sql("""
				select responded, unsubscribed, sent, reminded, gave_up, count(*) from (
				    select case when i.responded_at is null then 0 else 1 end as responded,
				           case when """ + " " + NOT_SUPPRESSED + " " + """
				           then 0 else 1 end as unsubscribed,
				           case when i.sent_at is null then 0 else 1 end as sent,
				           case when i.reminders_sent > 0 then 1 else 0 end as reminded,
				           case when i.send_attempts >= :max then 1 else 0 end as gave_up
				    from invitation i where i.workspace_id = :ws and i.survey_id = :s) x
				group by responded, unsubscribed, sent, reminded, gave_up""")
			.param("ws", workspaceId)
			.param("s", surveyId)
			.param("max", Invitation.MAX_SEND_ATTEMPTS)
			.query(rs -> {
				Invitation.Status status = Invitation.status(rs.getInt(1) == 1, rs.getInt(2) == 1, rs.getInt(3) == 1,
						rs.getInt(4) == 1, rs.getInt(5) == 1);
				counts[status.ordinal()] += rs.getLong(6);
				// Sent and reminded count what happened, whatever came after: an answered
				// invitation was sent.
				if (rs.getInt(3) == 1) {
					mailed[0] += rs.getLong(6);
					if (rs.getInt(4) == 1) {
						mailed[1] += rs.getLong(6);
					}
				}
			});
		long total = java.util.Arrays.stream(counts).sum();
		return new InvitationSummary(total, counts[Invitation.Status.PENDING.ordinal()], mailed[0], mailed[1],
				counts[Invitation.Status.RESPONDED.ordinal()], counts[Invitation.Status.UNSUBSCRIBED.ordinal()],
				counts[Invitation.Status.FAILED.ordinal()]);
	}

	public Optional<Invitation> findByToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from invitation i where i.token = :token")
			.param("token", token)
			.query(InvitationStore::map)
			.optional();
	}

	/**
	 * Marks the invitation answered by a response, only if it was not answered yet; runs
	 * in the response's transaction, so of two responses to one link exactly one commits.
	 */
	public boolean claim(String token, long responseId, Instant now) {
		return jdbc.sql("""
				update invitation set responded_at = :now, response_id = :response, next_reminder_at = null
				where token = :token and responded_at is null""")
			.param("now", Timestamp.from(now))
			.param("response", responseId)
			.param("token", token)
			.update() == 1;
	}

	/**
	 * Invitations to send now: not sent, not given up, not answered, address not
	 * unsubscribed; oldest first.
	 */
	public List<Invitation> dueForSending(int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from invitation i where i.sent_at is null and i.send_attempts < :max"
					+ " and i.responded_at is null and " + NOT_SUPPRESSED + " order by i.id limit :limit")
			.param("max", Invitation.MAX_SEND_ATTEMPTS)
			.param("limit", limit)
			.query(InvitationStore::map)
			.list();
	}

	/**
	 * Sent invitations whose reminder is due and that were neither answered nor
	 * unsubscribed.
	 */
	public List<Invitation> dueForReminder(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from invitation i where i.next_reminder_at <= :now"
					+ " and i.responded_at is null and " + NOT_SUPPRESSED + " order by i.next_reminder_at limit :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(InvitationStore::map)
			.list();
	}

	public void markSent(long id, Instant now, Instant nextReminderAt) {
		jdbc.sql("""
				update invitation set sent_at = :now, send_attempts = send_attempts + 1, last_error = null,
				    next_reminder_at = :next where id = :id""")
			.param("now", Timestamp.from(now))
			.param("next", nextReminderAt == null ? null : Timestamp.from(nextReminderAt), Types.TIMESTAMP)
			.param("id", id)
			.update();
	}

	public void markFailed(long id, String error) {
		jdbc.sql("update invitation set send_attempts = send_attempts + 1, last_error = :error where id = :id")
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.param("id", id)
			.update();
	}

	public void markReminded(long id, Instant nextReminderAt) {
		jdbc.sql("""
				update invitation set reminders_sent = reminders_sent + 1, next_reminder_at = :next, last_error = null
				where id = :id""")
			.param("next", nextReminderAt == null ? null : Timestamp.from(nextReminderAt), Types.TIMESTAMP)
			.param("id", id)
			.update();
	}

	/**
	 * Records that an address wants no more mail from the workspace; false if it had
	 * already unsubscribed.
	 */
	public boolean suppress(long workspaceId, String email, Instant now) {
		return jdbc.sql("""
				insert into email_suppression (workspace_id, email, created_at)
				select :ws, :email, :now where not exists
				    (select 1 from email_suppression where workspace_id = :ws and email = :email)""")
			.param("ws", workspaceId)
			.param("email", email)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		Long responseId = rs.getObject("response_id") == null ? null : rs.getLong("response_id");
		return new Invitation(rs.getLong("id"), rs.getLong("workspace_id"), rs.getLong("survey_id"),
				rs.getString("email"), rs.getString("name"), rs.getString("language"), rs.getString("token"),
				decode(rs.getString("field_values")), instant(rs, "created_at"), instant(rs, "sent_at"),
				rs.getInt("send_attempts"), rs.getString("last_error"), rs.getInt("remind_after_days"),
				rs.getInt("max_reminders"), rs.getInt("reminders_sent"), instant(rs, "next_reminder_at"),
				instant(rs, "responded_at"), responseId, rs.getInt("unsubscribed") == 1);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/**
	 * Hidden field values as {@code name=value&…} (URL-encoded), null when there are
	 * none.
	 */
	static String encode(Map<String, String> fields) {
		if (fields.isEmpty()) {
			return null;
		}
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static Map<String, String> decode(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (text != null && !text.isEmpty()) {
			for (String pair : text.split("&")) {
				int eq = pair.indexOf('=');
				fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return fields;
	}

}
