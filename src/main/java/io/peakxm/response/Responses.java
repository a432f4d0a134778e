package io.peakxm.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.peakxm.response.internal.ResponseQueries;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.SpreadsheetCells;
import io.peakxm.survey.Answer;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responses of a survey: browse with filters, read one, delete one (audited), export
 * as CSV (audited).
 */
@Service
public class Responses {

	private final ResponseQueries queries;

	private final Surveys surveys;

	private final AuditLog auditLog;

	private final org.springframework.context.ApplicationEventPublisher events;

	Responses(ResponseQueries queries, Surveys surveys, AuditLog auditLog,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.queries = queries;
		this.surveys = surveys;
		this.auditLog = auditLog;
	}

	public PageSlice<ResponseView> page(Actor actor, long surveyId, ResponseFilter filter, PageRequest page) {
		surveys.get(actor, surveyId);
		return queries.page(actor.requireWorkspace(), surveyId, filter, page);
	}

	public ResponseView get(Actor actor, long responseId) {
		return queries.find(actor.requireWorkspace(), responseId)
			.orElseThrow(() -> new NotFoundException("response.notFound"));
	}

	@Transactional
	public void delete(Actor actor, long responseId) {
		ResponseView response = get(actor, responseId);
		events.publishEvent(new ResponseDeleting(responseId, actor.requireWorkspace(), response.surveyId()));
		queries.delete(actor.requireWorkspace(), responseId);
		auditLog.record(actor.requireWorkspace(), actor.userId(), actor.email(), ResponseAuditActions.DELETED,
				"response " + responseId, "survey " + response.surveyId() + ", submitted " + response.submittedAt());
	}

	/**
	 * Writes the matching responses as CSV: one row per response, one column per hidden
	 * field, scored question, matrix row, choice question (option keys joined by |) and
	 * text question. Numbers are written as numbers; text follows
	 * {@link SpreadsheetCells} (a cell a spreadsheet would run as a formula gets a
	 * leading apostrophe).
	 */
	public void exportCsv(Actor actor, long surveyId, ResponseFilter filter, Writer out) {
		List<Column> columns = columns(surveys.get(actor, surveyId));
		try {
			out.write(SpreadsheetCells.csvRecord(header(columns)));
			out.write("\r\n");
			queries.forEach(actor.requireWorkspace(), surveyId, filter, response -> {
				try {
					out.write(SpreadsheetCells.csvRecord(values(response, columns)));
					out.write("\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit(actor, surveyId, "csv");
	}

	/**
	 * The same table as {@link #exportCsv} as an XLSX workbook, streamed (rows are not
	 * kept in memory).
	 */
	public void exportXlsx(Actor actor, long surveyId, ResponseFilter filter, java.io.OutputStream out) {
		List<Column> columns = columns(surveys.get(actor, surveyId));
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet("responses");
			int[] rowIndex = { 0 };
			SpreadsheetCells.writeRow(sheet.createRow(rowIndex[0]++), header(columns));
			queries.forEach(actor.requireWorkspace(), surveyId, filter,
					response -> SpreadsheetCells.writeRow(sheet.createRow(rowIndex[0]++), values(response, columns)));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit(actor, surveyId, "xlsx");
	}

	private static List<String> header(List<Column> columns) {
		List<String> header = new ArrayList<>(List.of("response_id", "submitted_at", "channel", "language",
				"survey_version", "touchpoint_id", "journey_instance_key"));
		columns.forEach(c -> header.add(c.name()));
		return header;
	}

	/**
	 * One response as cells: ids, version and scores as numbers, everything else as text.
	 */
	private static List<Object> values(ResponseView response, List<Column> columns) {
		List<Object> values = new ArrayList<>(List.of(response.id(), response.submittedAt().toString(),
				response.channel().name(), response.language(), response.surveyVersion()));
		values.add(response.touchpointId());
		values.add(response.journeyInstanceKey());
		columns.forEach(c -> values.add(c.value(response)));
		return values;
	}

	private void audit(Actor actor, long surveyId, String format) {
		auditLog.record(actor.requireWorkspace(), actor.userId(), actor.email(), ResponseAuditActions.EXPORTED,
				"survey " + surveyId, format);
	}

	private record Column(String name, String questionKey, String rowKey, QuestionType type) {

		Object value(ResponseView response) {
			if (type == QuestionType.HIDDEN) {
				return response.fields().get(questionKey);
			}
			List<Answer> answers = response.answers()
				.stream()
				.filter(a -> a.questionKey().equals(questionKey) && (rowKey == null || rowKey.equals(a.rowKey())))
				.toList();
			if (answers.isEmpty()) {
				return null;
			}
			if (type.isChoice()) {
				return answers.stream()
					.map(a -> a.text() != null ? a.optionKey() + ":" + a.text() : a.optionKey())
					.collect(Collectors.joining("|"));
			}
			Answer a = answers.get(0);
			if (a.number() != null) {
				double n = a.number();
				return n == Math.rint(n) && Math.abs(n) < 1e15 ? (Object) (long) n : (Object) n;
			}
			return a.text();
		}
	}

	private static List<Column> columns(Survey survey) {
		List<Column> columns = new ArrayList<>();
		for (Question q : survey.definition().questions()) {
			if (q.type() == QuestionType.MATRIX) {
				for (ChoiceOption row : q.rows()) {
					columns.add(new Column(q.key() + "." + row.key(), q.key(), row.key(), q.type()));
				}
			}
			else {
				columns.add(new Column(q.key(), q.key(), null, q.type()));
			}
		}
		return columns;
	}

}
