package db.migration.response;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Number answers accepted before {@code survey.NumberAnswer} bounded them (any finite
 * value) can make the rollups unsummable: PostgreSQL refuses to square {@code 1e-320}
 * (underflow) or {@code 1e300} (overflow), which failed every rebuild of the survey. Such
 * answers — larger than {@code 10^12} or non-zero and smaller than {@code 10^-6} in size
 * — keep what the respondent gave as text ({@code text_value}) and lose only the number
 * the rollups and analyses count. The surveys affected are logged: their dashboards count
 * the number until an administrator rebuilds the rollups (Dashboards → Rebuild rollups).
 * <p>
 * Frozen: the bounds are copied here as they were when this migration was written, so
 * that a later change to the live ones does not change what this migration did.
 */
public class V16__NumberAnswersInRange extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V16__NumberAnswersInRange.class);

	/** The largest size of a number answer. */
	static final double LIMIT = 1e12;

	/** The most decimal places of a number answer. */
	static final int MAX_DECIMALS = 6;

	private static final String OUT_OF_RANGE = " number_value is not null and (abs(number_value) > ?"
			+ " or (number_value <> 0 and abs(number_value) < ?))";

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		List<Long> surveys = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"select distinct r.survey_id from response_answer a" + " join response r on r.id = a.response_id where"
						+ OUT_OF_RANGE.replace("number_value", "a.number_value"))) {
			bind(select);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					surveys.add(rs.getLong(1));
				}
			}
		}
		if (surveys.isEmpty()) {
			return;
		}
		int moved;
		try (PreparedStatement update = connection.prepareStatement("update response_answer"
				+ " set text_value = cast(number_value as varchar(40)), number_value = null where" + OUT_OF_RANGE)) {
			bind(update);
			moved = update.executeUpdate();
		}
		log.warn("{} number answers outside ±10^12 or finer than 10^-6 kept as text only, in surveys {}; rebuild"
				+ " those surveys' rollups (Dashboards → Rebuild rollups) so their dashboards no longer count them",
				moved, surveys);
	}

	private static void bind(PreparedStatement statement) throws java.sql.SQLException {
		statement.setDouble(1, LIMIT);
		statement.setDouble(2, Math.pow(10, -MAX_DECIMALS));
	}

}
