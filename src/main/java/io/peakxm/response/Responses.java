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

/** The responses of a survey: browse with filters, read one, delete one (audited), export as CSV (audited). */
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
	 * Writes the matching responses as CSV: one row per response, one column per hidden field, scored question,
	 * matrix row, choice question (option keys joined by |) and text question. Cells that a spreadsheet would
	 * run as a formula are prefixed with an apostrophe.
	 */
	public void exportCsv(Actor actor, long surveyId, ResponseFilter filter, Writer out) {
		List<Column> columns = columns(surveys.get(actor, surveyId));
		try {
			out.write(String.join(",", header(columns).stream().map(Responses::cell).toList()));
			out.write("\r\n");
			queries.forEach(actor.requireWorkspace(), surveyId, filter, response -> {
				try {
					out.write(String.join(",", values(response, columns).stream().map(Responses::cell).toList()));
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

	/** The same table as {@link #exportCsv} as an XLSX workbook, streamed (rows are not kept in memory). */
	public void exportXlsx(Actor actor, long surveyId, ResponseFilter filter, java.io.OutputStream out) {
		List<Column> columns = columns(surveys.get(actor, surveyId));
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet("responses");
			int[] rowIndex = { 0 };
			writeRow(sheet.createRow(rowIndex[0]++), header(columns));
			queries.forEach(actor.requireWorkspace(), surveyId, filter,
					response -> writeRow(sheet.createRow(rowIndex[0]++), values(response, columns)));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit(actor, surveyId, "xlsx");
	}

	private static void writeRow(org.apache.poi.ss.usermodel.Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null) {
				continue;
			}
			var cell = row.createCell(i);
			if (value.matches("-?\\d{1,15}(\\.\\d+)?") && !value.startsWith("0") || "0".equals(value)) {
				cell.setCellValue(Double.parseDouble(value));
			}
			else {
				// Text cells are stored as text: XLSX never evaluates them as formulas.
				cell.setCellValue(value);
			}
		}
	}

	private static List<String> header(List<Column> columns) {
		List<String> header = new ArrayList<>(List.of("response_id", "submitted_at", "channel", "language",
				"survey_version", "touchpoint_id", "journey_instance_key"));
		columns.forEach(c -> header.add(c.name()));
		return header;
	}

	private static List<String> values(ResponseView response, List<Column> columns) {
		List<String> values = new ArrayList<>(List.of(String.valueOf(response.id()), response.submittedAt().toString(),
				response.channel().name(), response.language(), String.valueOf(response.surveyVersion())));
		values.add(response.touchpointId() == null ? null : String.valueOf(response.touchpointId()));
		values.add(response.journeyInstanceKey());
		columns.forEach(c -> values.add(c.value(response)));
		return values;
	}

	private void audit(Actor actor, long surveyId, String format) {
		auditLog.record(actor.requireWorkspace(), actor.userId(), actor.email(), ResponseAuditActions.EXPORTED,
				"survey " + surveyId, format);
	}

	private record Column(String name, String questionKey, String rowKey, QuestionType type) {

		String value(ResponseView response) {
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
				return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
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

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
