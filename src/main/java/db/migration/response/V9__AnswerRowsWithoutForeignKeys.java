package db.migration.response;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lighter answer rows for fast imports. {@code response_answer} and
 * {@code response_field} get ten to thirty rows per response (2.5 million for the airline
 * file). Measured on PostgreSQL for that file: inserting them cost 16.8 s with the
 * foreign keys to {@code response}, 6.9 s without; the answers' own identity key and its
 * index cost another 40 % of their insert time. So:
 * <ul>
 * <li>the foreign keys of both tables to {@code response} are dropped. Their rows are
 * written only together with their response, in its transaction, by
 * {@code ResponseStore}, and deleted with it by {@code ResponseQueries};
 * {@code DatabaseIntegrationTests} checks that none is left without its response;</li>
 * <li>an answer is identified by its response and its position in it:
 * {@code (response_id, ordinal)} becomes the primary key, replacing the {@code id} column
 * and the separate index on {@code response_id}.</li>
 * </ul>
 * A Java migration because constraint names differ between PostgreSQL and H2.
 */
public class V9__AnswerRowsWithoutForeignKeys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		DatabaseMetaData meta = connection.getMetaData();
		try (Statement sql = connection.createStatement()) {
			for (String table : List.of("response_answer", "response_field")) {
				for (String name : foreignKeysToResponse(meta, table)) {
					sql.execute("alter table " + table + " drop constraint \"" + name + "\"");
				}
			}
			sql.execute("alter table response_answer add column ordinal integer");
			sql.execute("""
					update response_answer set ordinal = id - (select min(b.id) from response_answer b
					    where b.response_id = response_answer.response_id)""");
			sql.execute("alter table response_answer alter column ordinal set not null");
			for (String name : primaryKey(meta, "response_answer")) {
				sql.execute("alter table response_answer drop constraint \"" + name + "\"");
			}
			sql.execute("alter table response_answer drop column id");
			sql.execute(
					"alter table response_answer add constraint pk_response_answer primary key (response_id, ordinal)");
			sql.execute("drop index ix_response_answer_response");
		}
	}

	private static List<String> foreignKeysToResponse(DatabaseMetaData meta, String table) throws SQLException {
		List<String> names = new ArrayList<>();
		for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet keys = meta.getImportedKeys(null, null, candidate)) {
				while (keys.next()) {
					if ("response".equalsIgnoreCase(keys.getString("PKTABLE_NAME"))) {
						names.add(keys.getString("FK_NAME"));
					}
				}
			}
		}
		return names.stream().distinct().toList();
	}

	private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
		List<String> names = new ArrayList<>();
		for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet keys = meta.getPrimaryKeys(null, null, candidate)) {
				while (keys.next()) {
					names.add(keys.getString("PK_NAME"));
				}
			}
		}
		return names.stream().distinct().toList();
	}

}
