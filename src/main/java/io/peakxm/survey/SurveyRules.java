package io.peakxm.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.peakxm.shared.Violations;

/**
 * The rules a survey definition obeys, checked as a whole whenever it is saved or
 * imported. Fields are reported as paths ({@code questions[2].options}) so that builder
 * and import errors point at the question.
 */
public final class SurveyRules {

	public static final int MAX_QUESTIONS = 200;

	public static final int MAX_OPTIONS = 50;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private SurveyRules() {
	}

	public static void check(SurveyDefinition survey) {
		Violations violations = new Violations();
		boolean titleMissing = blank(survey.titleEn()) && blank(survey.titleZh());
		if (titleMissing) {
			violations.add("titleEn", "survey.titleRequired");
		}
		length(violations, "titleEn", survey.titleEn(), 200);
		length(violations, "titleZh", survey.titleZh(), 200);
		length(violations, "introEn", survey.introEn(), 2000);
		length(violations, "introZh", survey.introZh(), 2000);
		length(violations, "thankYouEn", survey.thankYouEn(), 2000);
		length(violations, "thankYouZh", survey.thankYouZh(), 2000);
		if (survey.questions().size() > MAX_QUESTIONS) {
			violations.add("questions", "survey.tooManyQuestions", MAX_QUESTIONS);
		}
		Set<String> earlier = new HashSet<>();
		for (int i = 0; i < survey.questions().size(); i++) {
			Question q = survey.questions().get(i);
			String path = "questions[" + i + "]";
			checkQuestion(violations, path, q, survey, earlier);
			if (q.key() != null && !earlier.add(q.key())) {
				violations.add(path + ".key", "survey.question.duplicateKey", q.key());
			}
		}
		violations.throwIfAny();
	}

	private static void checkQuestion(Violations violations, String path, Question q, SurveyDefinition survey,
			Set<String> earlier) {
		if (q.key() == null || !KEY.matcher(q.key()).matches()) {
			violations.add(path + ".key", "survey.question.keyInvalid", String.valueOf(q.key()));
		}
		if (q.type() == null) {
			violations.add(path + ".type", "validation.required");
			return;
		}
		if (q.type() != QuestionType.HIDDEN && blank(q.textEn()) && blank(q.textZh())) {
			violations.add(path + ".textEn", "survey.question.textRequired");
		}
		length(violations, path + ".textEn", q.textEn(), 1000);
		length(violations, path + ".textZh", q.textZh(), 1000);
		if (q.type().isChoice()) {
			options(violations, path + ".options", q.options(), 2);
		}
		if (q.type() == QuestionType.MATRIX) {
			options(violations, path + ".rows", q.rows(), 1);
		}
		for (String limit : List.of("minValue", "maxValue")) {
			Double value = limit.equals("minValue") ? q.minValue() : q.maxValue();
			if (value != null && !NumberAnswer.withinLimit(value)) {
				violations.add(path + "." + limit, "survey.question.limitTooLarge", "1000000000000");
			}
		}
		if (q.type() == QuestionType.NUMBER && q.minValue() != null && q.maxValue() != null
				&& q.minValue() > q.maxValue()) {
			violations.add(path + ".minValue", "survey.question.minAboveMax");
		}
		if (q.type() == QuestionType.HIDDEN && q.required()) {
			violations.add(path + ".required", "survey.question.hiddenRequired");
		}
		DisplayCondition condition = q.condition();
		if (condition != null) {
			if (condition.questionKey() == null || !earlier.contains(condition.questionKey())) {
				violations.add(path + ".condition", "survey.condition.notEarlier",
						String.valueOf(condition.questionKey()));
			}
			else {
				checkCondition(violations, path + ".condition", condition,
						survey.question(condition.questionKey()).orElseThrow());
			}
		}
	}

	private static void checkCondition(Violations violations, String path, DisplayCondition condition, Question on) {
		if (condition.operator() == null) {
			violations.add(path, "survey.condition.operatorRequired");
			return;
		}
		switch (condition.operator()) {
			case ANSWERED -> {
			}
			case ANY_OF -> {
				Set<String> keys = new HashSet<>(on.options().stream().map(ChoiceOption::key).toList());
				if (!on.type().isChoice() || condition.values().isEmpty() || !keys.containsAll(condition.values())) {
					violations.add(path, "survey.condition.unknownOption", String.join(", ", condition.values()));
				}
			}
			default -> {
				boolean numeric = on.type().isScale() || on.type() == QuestionType.NUMBER;
				if (!numeric || condition.values().size() != 1 || !isNumber(condition.values().get(0))) {
					violations.add(path, "survey.condition.needsNumber");
				}
			}
		}
	}

	private static void options(Violations violations, String path, List<ChoiceOption> options, int min) {
		if (options.size() < min) {
			violations.add(path, "survey.question.tooFewOptions", min);
		}
		if (options.size() > MAX_OPTIONS) {
			violations.add(path, "survey.question.tooManyOptions", MAX_OPTIONS);
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < options.size(); i++) {
			ChoiceOption option = options.get(i);
			if (option.key() == null || !KEY.matcher(option.key()).matches() || !keys.add(option.key())) {
				violations.add(path + "[" + i + "].key", "survey.option.keyInvalid", String.valueOf(option.key()));
			}
			if (blank(option.labelEn()) && blank(option.labelZh())) {
				violations.add(path + "[" + i + "].labelEn", "survey.option.labelRequired");
			}
			length(violations, path + "[" + i + "].labelEn", option.labelEn(), 300);
			length(violations, path + "[" + i + "].labelZh", option.labelZh(), 300);
		}
	}

	static boolean isNumber(String text) {
		try {
			Double.parseDouble(text);
			return true;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return false;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void length(Violations violations, String field, String value, int max) {
		if (value != null && value.length() > max) {
			violations.add(field, "validation.tooLong", max);
		}
	}

}
