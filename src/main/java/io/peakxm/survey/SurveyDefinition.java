package io.peakxm.survey;

import java.util.List;
import java.util.Optional;

/**
 * What a survey asks, in order: title, introduction and thank-you texts in English and Chinese, the journey it
 * measures (optional), and its questions grouped into pages.
 */
public record SurveyDefinition(String titleEn, String titleZh, String introEn, String introZh, String thankYouEn,
		String thankYouZh, Long journeyId, List<Question> questions) {

	public SurveyDefinition {
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

	public Optional<Question> question(String key) {
		return questions.stream().filter(q -> q.key().equals(key)).findFirst();
	}

	public int pageCount() {
		return questions.stream().mapToInt(Question::page).max().orElse(1);
	}

	public List<Question> questionsOnPage(int page) {
		return questions.stream().filter(q -> q.page() == page && q.type() != QuestionType.HIDDEN).toList();
	}

	public List<Question> hiddenFields() {
		return questions.stream().filter(q -> q.type() == QuestionType.HIDDEN).toList();
	}

	/** The touchpoints this survey measures (linked from questions and matrix rows), with their labels. */
	public java.util.Map<Long, String> measuredTouchpoints(boolean chinese) {
		java.util.Map<Long, String> result = new java.util.LinkedHashMap<>();
		for (Question q : questions) {
			if (q.touchpointId() != null) {
				result.putIfAbsent(q.touchpointId(), q.text(chinese));
			}
			for (ChoiceOption row : q.rows()) {
				if (row.touchpointId() != null) {
					result.putIfAbsent(row.touchpointId(), row.label(chinese));
				}
			}
		}
		return result;
	}

	public String title(boolean chinese) {
		return chinese && titleZh != null && !titleZh.isBlank() ? titleZh : titleEn;
	}

	public SurveyDefinition withQuestions(List<Question> newQuestions) {
		return new SurveyDefinition(titleEn, titleZh, introEn, introZh, thankYouEn, thankYouZh, journeyId,
				newQuestions);
	}
}
