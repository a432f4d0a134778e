package io.peakxm.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.feedback.FeedbackImportMapping;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The import page's form as posted: the file's options, the constants for every row, and
 * one target per column ({@code column}, {@code target} and {@code fieldName} repeat in
 * column order; a target {@code field} takes the field name beside it). Read from the
 * request's values, not bound, so that a column name with a comma stays whole.
 */
record ImportPageForm(String encoding, String mappingName, String saveAs, String source, String ratingMin,
		String ratingMax, String language, String journeyId, String dateFormat, String timeZone,
		List<ImportPageForm.Choice> choices) {

	/** Where one column goes, as the form shows it. */
	record Choice(String column, String target, String fieldName) {
	}

	/** The empty form of the first visit. */
	static final ImportPageForm EMPTY = new ImportPageForm("auto", "", "", "review", "", "", "", "", "iso", "",
			List.of());

	static ImportPageForm of(HttpServletRequest request) {
		String[] columns = values(request, "column");
		String[] targets = values(request, "target");
		String[] fieldNames = values(request, "fieldName");
		List<Choice> choices = new ArrayList<>();
		for (int i = 0; i < columns.length; i++) {
			choices.add(new Choice(columns[i], i < targets.length ? targets[i] : "",
					i < fieldNames.length ? fieldNames[i] : ""));
		}
		return new ImportPageForm(value(request, "encoding"), value(request, "mappingName"), value(request, "saveAs"),
				value(request, "source"), value(request, "ratingMin"), value(request, "ratingMax"),
				value(request, "language"), value(request, "journeyId"), value(request, "dateFormat"),
				value(request, "timeZone"), choices);
	}

	/**
	 * The form showing a saved mapping's choices for a file's header; an encoding chosen
	 * on the page wins over the mapping's.
	 */
	static ImportPageForm of(FeedbackImportMapping mapping, List<String> header, ImportPageForm typed) {
		List<Choice> choices = new ArrayList<>();
		for (String column : header) {
			String target = mapping.columns()
				.stream()
				.filter(c -> column.equals(c.column()))
				.map(FeedbackImportMapping.Column::target)
				.findFirst()
				.orElse("");
			choices.add(target.startsWith("field:") ? new Choice(column, "field", target.substring(6))
					: new Choice(column, target, fieldName(column)));
		}
		boolean chosen = !typed.encoding().isBlank() && !"auto".equalsIgnoreCase(typed.encoding());
		return new ImportPageForm(chosen || mapping.encoding() == null ? typed.encoding() : mapping.encoding(),
				typed.mappingName(), typed.saveAs(), text(mapping.source()), text(mapping.ratingMin()),
				text(mapping.ratingMax()), text(mapping.language()), text(mapping.journeyId()),
				text(mapping.dateFormat()), text(mapping.timeZone()), choices);
	}

	/** The same form with one choice per column of a header, guessed from its name. */
	ImportPageForm forHeader(List<String> header, List<String> targets) {
		List<Choice> fitted = new ArrayList<>();
		for (String column : header) {
			Choice typed = choices.stream().filter(c -> column.equals(c.column())).findFirst().orElse(null);
			fitted.add(typed != null ? typed : new Choice(column, guess(column, targets), fieldName(column)));
		}
		return new ImportPageForm(encoding, mappingName, saveAs, source, ratingMin, ratingMax, language, journeyId,
				dateFormat, timeZone, fitted);
	}

	/** The mapping the form describes. */
	FeedbackImportMapping mapping() {
		List<FeedbackImportMapping.Column> columns = choices.stream()
			.filter(c -> c.target() != null && !c.target().isBlank())
			.map(c -> new FeedbackImportMapping.Column(c.column(),
					"field".equals(c.target()) ? "field:" + c.fieldName() : c.target()))
			.toList();
		return new FeedbackImportMapping(columns, blankToNull(source), number(ratingMin), number(ratingMax),
				blankToNull(language),
				journeyId == null || !journeyId.matches("[0-9]{1,18}") ? null : Long.valueOf(journeyId),
				blankToNull(dateFormat), blankToNull(timeZone), blankToNull(encoding));
	}

	/** A column named like a target (Text, rating) is mapped to it at first. */
	private static String guess(String column, List<String> targets) {
		return targets.stream().filter(t -> t.equalsIgnoreCase(column.trim())).findFirst().orElse("");
	}

	/** A field name made of a header: its letters, digits and underscores. */
	private static String fieldName(String column) {
		String name = column.replaceAll("[^A-Za-z0-9_]", "");
		return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? ""
				: name.substring(0, Math.min(40, name.length())).toLowerCase(Locale.ROOT);
	}

	private static Integer number(String value) {
		return value == null || !value.trim().matches("-?[0-9]{1,6}") ? null : Integer.valueOf(value.trim());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String value(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null ? "" : value;
	}

	private static String[] values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? new String[0] : values;
	}

}
