package io.peakxm.survey;

import java.util.List;
import java.util.Optional;

import io.peakxm.shared.LocalizedText;

/**
 * What a survey asks, in order: title, introduction and thank-you texts in English and
 * Chinese, the journey it measures (optional), and its questions grouped into pages. The
 * texts are the published JSON's flat fields (docs/survey-json.md); code reads a text
 * whole (as {@link #title()}) and leaves the choice of language to the page or file that
 * shows it.
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

	/**
	 * The touchpoints this survey measures (linked from questions and matrix rows), each
	 * with the text of the first question or row that links it.
	 */
	public java.util.Map<Long, LocalizedText> measuredTouchpoints() {
		java.util.Map<Long, LocalizedText> result = new java.util.LinkedHashMap<>();
		for (Question q : questions) {
			if (q.touchpointId() != null) {
				result.putIfAbsent(q.touchpointId(), q.text());
			}
			for (ChoiceOption row : q.rows()) {
				if (row.touchpointId() != null) {
					result.putIfAbsent(row.touchpointId(), row.label());
				}
			}
		}
		return result;
	}

	/** The title in both languages, for the edge to show in the reader's. */
	public LocalizedText title() {
		return new LocalizedText(titleEn, titleZh);
	}

	/** Adds a question at the end. */
	public SurveyDefinition addQuestion(Question question) {
		List<Question> list = new java.util.ArrayList<>(questions);
		list.add(question);
		return withQuestions(list);
	}

	/** Replaces the question with that key (its key may change). */
	public SurveyDefinition replaceQuestion(String key, Question question) {
		requireQuestion(key);
		return withQuestions(questions.stream().map(q -> q.key().equals(key) ? question : q).toList());
	}

	public SurveyDefinition removeQuestion(String key) {
		requireQuestion(key);
		return withQuestions(questions.stream().filter(q -> !q.key().equals(key)).toList());
	}

	/** Moves a question up (negative) or down (positive) by one place, within bounds. */
	public SurveyDefinition moveQuestion(String key, int by) {
		Question question = requireQuestion(key);
		List<Question> list = new java.util.ArrayList<>(questions);
		int index = list.indexOf(question);
		list.remove(index);
		list.add(Math.max(0, Math.min(list.size(), index + Integer.signum(by))), question);
		return withQuestions(list);
	}

	/**
	 * Inserts a copy after the question, with a free key ({@code key_copy},
	 * {@code key_copy2}, …).
	 */
	public SurveyDefinition duplicateQuestion(String key) {
		Question question = requireQuestion(key);
		String copyKey = key.length() > 34 ? key.substring(0, 34) + "_copy" : key + "_copy";
		String candidate = copyKey;
		for (int n = 2; question(candidate).isPresent(); n++) {
			candidate = copyKey + n;
		}
		List<Question> list = new java.util.ArrayList<>(questions);
		list.add(list.indexOf(question) + 1, question.withKey(candidate));
		return withQuestions(list);
	}

	private Question requireQuestion(String key) {
		return question(key).orElseThrow(() -> new io.peakxm.shared.NotFoundException("survey.question.notFound"));
	}

	public SurveyDefinition withJourney(Long newJourneyId) {
		return new SurveyDefinition(titleEn, titleZh, introEn, introZh, thankYouEn, thankYouZh, newJourneyId,
				questions);
	}

	public SurveyDefinition withQuestions(List<Question> newQuestions) {
		return new SurveyDefinition(titleEn, titleZh, introEn, introZh, thankYouEn, thankYouZh, journeyId,
				newQuestions);
	}
}
