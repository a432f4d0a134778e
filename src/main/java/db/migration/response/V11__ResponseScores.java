package db.migration.response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds {@code response.scores}: a response's scale answers packed one character per slot
 * of its survey version ({@code survey.ScoreVector}), written with the response from then
 * on, so that the peak-end and key-driver analyses read one narrow column per response
 * instead of a row per answer (1 million responses × 14 touchpoints are 14 million answer
 * rows). Existing responses are filled here from their answer rows, version by version. A
 * Java migration because the slots come from each version's JSON definition.
 * <p>
 * Frozen: the slots and the packing are copied here as they were when this migration was
 * written (scale questions and matrix rows in definition order, at most 1,000; base-36
 * digits, {@code -} for unanswered), reading the stored JSON as a tree, so that later
 * changes to the live classes do not change what this migration did.
 */
public class V11__ResponseScores extends BaseJavaMigration {

	/** The width of the column: the most slots packed. */
	static final int MAX_SLOTS = 1000;

	/** The character of an unanswered slot. */
	static final char MISSING = '-';

	/** The question types with one slot each (matrix questions have one per row). */
	private static final Set<String> SCALES = Set.of("NPS", "CSAT", "CES", "RATING");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table response add column scores varchar(" + MAX_SLOTS + ")");
		}
		List<Object[]> versions = new ArrayList<>();
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("select survey_id, number, definition from survey_version")) {
			while (rs.next()) {
				versions.add(new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3) });
			}
		}
		for (Object[] version : versions) {
			fill(connection, (Long) version[0], (Integer) version[1], (String) version[2]);
		}
	}

	/**
	 * Packs the answers of one survey version's responses (its definition as stored JSON)
	 * from their answer rows, streaming them in response order.
	 */
	public static void fill(Connection connection, long surveyId, int version, String definition) throws Exception {
		List<String> slots = slots(definition);
		if (slots.isEmpty()) {
			return;
		}
		try (PreparedStatement read = connection.prepareStatement("""
				select r.id, a.question_key, a.row_key, a.number_value
				from response r join response_answer a on a.response_id = r.id
				where r.survey_id = ? and r.survey_version = ? and a.number_value is not null
				order by r.id""");
				PreparedStatement write = connection.prepareStatement("update response set scores = ? where id = ?")) {
			read.setLong(1, surveyId);
			read.setInt(2, version);
			read.setFetchSize(BATCH);
			long current = -1;
			Map<String, Double> answers = new HashMap<>();
			int pending = 0;
			try (ResultSet rs = read.executeQuery()) {
				while (rs.next()) {
					long id = rs.getLong(1);
					if (id != current && current >= 0) {
						pending = add(write, current, pack(slots, answers), pending);
						answers.clear();
					}
					current = id;
					answers.put(slot(rs.getString(2), rs.getString(3)), rs.getDouble(4));
				}
			}
			if (current >= 0) {
				add(write, current, pack(slots, answers), pending);
			}
			write.executeBatch();
		}
	}

	/**
	 * The slots of a stored definition, in order: its scale questions and the rows of its
	 * matrix questions.
	 */
	static List<String> slots(String definition) {
		List<String> slots = new ArrayList<>();
		for (JsonNode question : JSON.readTree(definition).path("questions")) {
			String type = question.path("type").asString("");
			String key = question.path("key").asString();
			if (SCALES.contains(type)) {
				slots.add(slot(key, null));
			}
			else if (type.equals("MATRIX")) {
				for (JsonNode row : question.path("rows")) {
					slots.add(slot(key, row.path("key").asString()));
				}
			}
		}
		return slots.size() > MAX_SLOTS ? List.copyOf(slots.subList(0, MAX_SLOTS)) : slots;
	}

	/**
	 * One response's number answers (by slot) packed: a base-36 digit per whole answer
	 * from 0 to 35, else missing.
	 */
	static String pack(List<String> slots, Map<String, Double> answers) {
		char[] packed = new char[slots.size()];
		Arrays.fill(packed, MISSING);
		for (int i = 0; i < slots.size(); i++) {
			Double value = answers.get(slots.get(i));
			if (value != null && value == Math.rint(value) && value >= 0 && value <= 35) {
				packed[i] = Character.forDigit(value.intValue(), 36);
			}
		}
		return new String(packed);
	}

	/** A slot's name: the question's key, and the matrix row's after a NUL. */
	static String slot(String questionKey, String rowKey) {
		return rowKey == null ? questionKey : questionKey + '\u0000' + rowKey;
	}

	private static int add(PreparedStatement write, long id, String scores, int pending) throws Exception {
		write.setString(1, scores);
		write.setLong(2, id);
		write.addBatch();
		if (pending + 1 >= BATCH) {
			write.executeBatch();
			return 0;
		}
		return pending + 1;
	}

}
