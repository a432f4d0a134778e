package db.migration.response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.survey.Answer;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.ScoreVector;
import io.peakxm.survey.SurveyDefinition;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds {@code response.scores}: a response's scale answers packed one character per slot of its survey version
 * ({@link ScoreVector}), written with the response from now on, so that the peak-end and key-driver analyses read
 * one narrow column per response instead of a row per answer (1 million responses × 14 touchpoints are 14 million
 * answer rows). Existing responses are filled here from their answer rows, version by version, using the same
 * packing code as new responses. A Java migration because the slots come from each version's JSON definition.
 */
public class V11__ResponseScores extends BaseJavaMigration {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table response add column scores varchar(" + ScoreVector.MAX_SLOTS + ")");
		}
		List<Object[]> versions = new ArrayList<>();
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("select survey_id, number, definition from survey_version")) {
			while (rs.next()) {
				versions.add(new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3) });
			}
		}
		for (Object[] version : versions) {
			SurveyDefinition definition = JSON.readValue((String) version[2], SurveyDefinition.class);
			fill(connection, (Long) version[0], (Integer) version[1], ScoreVector.slots(definition));
		}
	}

	/** Packs the answers of one survey version's responses from their answer rows, streaming them in response order. */
	public static void fill(Connection connection, long surveyId, int version, List<ScoreVector.Slot> slots)
			throws Exception {
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
			List<Answer> answers = new ArrayList<>();
			int pending = 0;
			try (ResultSet rs = read.executeQuery()) {
				while (rs.next()) {
					long id = rs.getLong(1);
					if (id != current && current >= 0) {
						pending = add(write, current, slots, answers, pending);
						answers.clear();
					}
					current = id;
					answers.add(new Answer(rs.getString(2), QuestionType.NUMBER, rs.getString(3), null, rs.getDouble(4), null));
				}
			}
			if (current >= 0) {
				add(write, current, slots, answers, pending);
			}
			write.executeBatch();
		}
	}

	private static int add(PreparedStatement write, long id, List<ScoreVector.Slot> slots, List<Answer> answers,
			int pending) throws Exception {
		write.setString(1, ScoreVector.encode(slots, answers));
		write.setLong(2, id);
		write.addBatch();
		if (pending + 1 >= BATCH) {
			write.executeBatch();
			return 0;
		}
		return pending + 1;
	}
}
