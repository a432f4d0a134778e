package io.peakxm.survey;

import java.util.List;
import java.util.Map;

/**
 * Decides whether a question is shown, from the answers given to the questions before it.
 */
public final class DisplayLogic {

	private DisplayLogic() {
	}

	/**
	 * {@code earlier} holds the answers of the questions before this one (a hidden
	 * question has none).
	 */
	public static boolean isShown(Question question, Map<String, List<Answer>> earlier) {
		DisplayCondition condition = question.condition();
		if (condition == null) {
			return true;
		}
		List<Answer> answers = earlier.getOrDefault(condition.questionKey(), List.of());
		if (answers.isEmpty()) {
			return false;
		}
		return switch (condition.operator()) {
			case ANSWERED -> true;
			case ANY_OF -> answers.stream().anyMatch(a -> condition.values().contains(a.optionKey()));
			case LESS_OR_EQUAL -> number(answers) <= threshold(condition);
			case GREATER_OR_EQUAL -> number(answers) >= threshold(condition);
			case EQUALS -> number(answers) == threshold(condition);
			case NOT_EQUALS -> number(answers) != threshold(condition);
		};
	}

	private static double number(List<Answer> answers) {
		Double value = answers.get(0).number();
		return value == null ? Double.NaN : value;
	}

	private static double threshold(DisplayCondition condition) {
		return Double.parseDouble(condition.values().get(0));
	}

}
