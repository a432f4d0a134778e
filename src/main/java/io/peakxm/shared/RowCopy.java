package io.peakxm.shared;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many rows at once with PostgreSQL's COPY, inside the caller's transaction: the
 * fast path of the stores that insert thousands of rows per call (response imports,
 * feedback and its search terms). On other databases the caller falls back to JDBC
 * batches.
 */
@Component
public class RowCopy {

	private final JdbcTemplate template;

	RowCopy(JdbcTemplate template) {
		this.template = template;
	}

	/** Whether the data source is PostgreSQL. */
	public boolean isPostgres() {
		java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils
			.getConnection(template.getDataSource());
		try {
			return connection.isWrapperFor(org.postgresql.PGConnection.class);
		}
		catch (java.sql.SQLException ex) {
			return false;
		}
		finally {
			org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, template.getDataSource());
		}
	}

	/**
	 * On PostgreSQL, streams the rows with COPY (an order of magnitude faster than
	 * batched inserts) on the transaction's own connection; elsewhere returns false and
	 * the caller inserts in batches.
	 */
	/**
	 * On PostgreSQL, streams the rows with COPY (an order of magnitude faster than
	 * batched inserts) on the transaction's own connection and returns true; elsewhere
	 * returns false and the caller inserts in batches. Strings are quoted as CSV, other
	 * values written as {@code toString()}, nulls left empty.
	 */
	public boolean copy(String tableAndColumns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return true;
		}
		if (!isPostgres()) {
			return false;
		}
		java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils
			.getConnection(template.getDataSource());
		try {
			StringBuilder csv = new StringBuilder(rows.size() * 64);
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					if (i > 0) {
						csv.append(',');
					}
					Object value = row[i];
					if (value instanceof String text) {
						csv.append('"').append(text.replace("\"", "\"\"")).append('"');
					}
					else if (value != null) {
						csv.append(value);
					}
				}
				csv.append('\n');
			}
			new org.postgresql.copy.CopyManager(connection.unwrap(org.postgresql.core.BaseConnection.class)).copyIn(
					"COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT csv)",
					new java.io.StringReader(csv.toString()));
			return true;
		}
		catch (java.sql.SQLException ex) {
			// Translated like any other statement: a unique key violation becomes a
			// DuplicateKeyException.
			org.springframework.dao.DataAccessException translated = template.getExceptionTranslator()
				.translate("COPY into " + tableAndColumns, null, ex);
			throw translated != null ? translated : new org.springframework.dao.DataAccessResourceFailureException(
					"COPY into " + tableAndColumns + " failed", ex);
		}
		catch (java.io.IOException ex) {
			throw new org.springframework.dao.DataAccessResourceFailureException(
					"COPY into " + tableAndColumns + " failed", ex);
		}
		finally {
			org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, template.getDataSource());
		}
	}

}
