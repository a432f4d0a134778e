package io.peakxm.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Surveys and submissions for tests. */
public final class SurveyFixtures {

	private SurveyFixtures() {
	}

	public static Question question(String key, QuestionType type, boolean required) {
		return new Question(key, type, "Text of " + key, null, required, 1, null, List.of(), false, List.of(), null,
				null, null, null);
	}

	public static Question choice(String key, QuestionType type, boolean allowOther, String... options) {
		List<ChoiceOption> list = Arrays.stream(options)
			.map(o -> new ChoiceOption(o, o.toUpperCase(), null, null))
			.toList();
		return new Question(key, type, "Pick", null, false, 1, null, list, allowOther, List.of(), null, null, null,
				null);
	}

	public static Question matrix(String key, boolean required, String... rows) {
		List<ChoiceOption> list = Arrays.stream(rows).map(r -> new ChoiceOption(r, r, null, null)).toList();
		return new Question(key, QuestionType.MATRIX, "Rate", null, required, 1, null, List.of(), false, list, null,
				null, null, null);
	}

	public static Question shownWhen(Question q, String on, DisplayCondition.Operator operator, String... values) {
		return new Question(q.key(), q.type(), q.textEn(), q.textZh(), q.required(), q.page(), q.touchpointId(),
				q.options(), q.allowOther(), q.rows(), q.minValue(), q.maxValue(), q.ratingStyle(),
				new DisplayCondition(on, operator, List.of(values)));
	}

	public static SurveyDefinition survey(Question... questions) {
		return new SurveyDefinition("Survey", null, null, null, null, null, null, List.of(questions));
	}

	/** "nps", "9", "comment", "text" → raw form values. */
	public static Map<String, List<String>> raw(String... pairs) {
		Map<String, List<String>> raw = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			raw.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
		}
		return raw;
	}

}
