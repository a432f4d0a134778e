package io.peakxm.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.shared.Emotion;
import io.peakxm.shared.LocalizedText;

/**
 * A response's scale answers packed into one short text, one character per scale slot of
 * its survey version, so that analyses over millions of responses read one narrow column
 * instead of a row per answer.
 * <p>
 * The slots of a definition are its scale questions (NPS, CSAT, CES, rating) and every
 * row of its matrix questions, in definition order ({@link #slots(SurveyDefinition)}); a
 * version's slots never change because versions are immutable. Each slot holds the answer
 * as a base-36 digit ({@code 0}–{@code 9}, {@code a} = 10) or {@code -} when it was not
 * answered (skipped, hidden by display logic, or "not applicable" in an import). Only the
 * first {@link #MAX_SLOTS} slots are packed; longer surveys are analysed on those.
 */
public final class ScoreVector {

	/** The most slots packed per response (the width of the stored column). */
	public static final int MAX_SLOTS = 1000;

	/** The character of an unanswered slot. */
	public static final char MISSING = '-';

	/**
	 * One scale slot: a scale question, or one row of a matrix question, with the
	 * touchpoint it rates (if any).
	 *
	 * @param questionKey the question
	 * @param rowKey the matrix row, or null for a scale question
	 * @param type the question's type (its scale)
	 * @param touchpointId the journey touchpoint the question or row rates, or null
	 * @param labelEn the question text or row label in English
	 * @param labelZh the question text or row label in Chinese
	 */
	public record Slot(String questionKey, String rowKey, QuestionType type, Long touchpointId, String labelEn,
			String labelZh) {

		/** The question text or row label in both languages. */
		public LocalizedText label() {
			return new LocalizedText(labelEn, labelZh);
		}

		/**
		 * Whether the slot is on the 1–5 scale of touchpoint ratings (a matrix row, a
		 * rating, a CSAT question), the ratings of the emotion scale
		 * ({@link Emotion#LOWEST_RATING} … {@link Emotion#HIGHEST_RATING}).
		 */
		public boolean onFivePoints() {
			return type.scaleMin() == Emotion.LOWEST_RATING && type.scaleMax() == Emotion.HIGHEST_RATING;
		}

		/**
		 * Whether the slot is the same question (and matrix row) as another, whatever the
		 * version.
		 */
		public boolean sameQuestionAs(Slot other) {
			return questionKey.equals(other.questionKey) && java.util.Objects.equals(rowKey, other.rowKey);
		}

		/**
		 * Whether this slot rates its touchpoint: linked to one and on the 1–5 scale that
		 * touchpoints are rated on (matrix rows, ratings, CSAT), as the dashboards and
		 * the emotional curve read it.
		 */
		public boolean ratesTouchpoint() {
			return touchpointId != null && onFivePoints();
		}
	}

	private ScoreVector() {
	}

	/** The scale slots of a definition, in order (at most {@link #MAX_SLOTS}). */
	public static List<Slot> slots(SurveyDefinition definition) {
		List<Slot> slots = new ArrayList<>();
		for (Question q : definition.questions()) {
			if (q.type().isScale()) {
				slots.add(new Slot(q.key(), null, q.type(), q.touchpointId(), q.textEn(), q.textZh()));
			}
			else if (q.type() == QuestionType.MATRIX) {
				for (ChoiceOption row : q.rows()) {
					slots.add(new Slot(q.key(), row.key(), q.type(), row.touchpointId(), row.labelEn(), row.labelZh()));
				}
			}
		}
		return slots.size() > MAX_SLOTS ? List.copyOf(slots.subList(0, MAX_SLOTS)) : List.copyOf(slots);
	}

	/**
	 * The slot that rates a touchpoint in a definition: the first slot on five points
	 * linked to it (a matrix row, a rating or a CSAT question), or empty. Ratings of a
	 * touchpoint are read from this question (and row) of the survey's <em>current</em>
	 * definition in every version, found in each by its key
	 * ({@link Slot#sameQuestionAs}): the dashboards' rollups keep answers by question and
	 * row, so both count the same answers, also those given before a later version linked
	 * the question to the touchpoint.
	 */
	public static java.util.Optional<Slot> touchpointRating(SurveyDefinition definition, long touchpointId) {
		return slots(definition).stream()
			.filter(s -> s.ratesTouchpoint() && s.touchpointId() == touchpointId)
			.findFirst();
	}

	/**
	 * Where a version keeps the rating of a touchpoint: the position, among the version's
	 * slots, of the question (and matrix row) that rates it now
	 * ({@link #touchpointRating}), found by its key and on five points; −1 when the
	 * version lacks it or asks it on another scale. This is how every version is read
	 * through the current rule.
	 * @param rating the slot of the current definition that rates the touchpoint
	 * @param versionSlots the slots of the version ({@link #slots})
	 */
	public static int positionOf(Slot rating, List<Slot> versionSlots) {
		for (int s = 0; s < versionSlots.size(); s++) {
			if (versionSlots.get(s).sameQuestionAs(rating) && versionSlots.get(s).onFivePoints()) {
				return s;
			}
		}
		return -1;
	}

	/**
	 * Packs the scale answers of one response into its score text (null when the
	 * definition has no slots).
	 */
	public static String encode(List<Slot> slots, List<Answer> answers) {
		if (slots.isEmpty()) {
			return null;
		}
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < slots.size(); i++) {
			position.put(key(slots.get(i).questionKey(), slots.get(i).rowKey()), i);
		}
		char[] packed = new char[slots.size()];
		java.util.Arrays.fill(packed, MISSING);
		for (Answer a : answers) {
			if (a.number() == null) {
				continue;
			}
			Integer at = position.get(key(a.questionKey(), a.rowKey()));
			double value = a.number();
			if (at != null && value == Math.rint(value) && value >= 0 && value <= 35) {
				packed[at] = Character.forDigit((int) value, 36);
			}
		}
		return new String(packed);
	}

	/**
	 * The value in one slot of a score text, or NaN when it is unanswered or beyond the
	 * text.
	 */
	public static double value(String scores, int slot) {
		if (scores == null || slot < 0 || slot >= scores.length()) {
			return Double.NaN;
		}
		int digit = Character.digit(scores.charAt(slot), 36);
		return digit < 0 ? Double.NaN : digit;
	}

	private static String key(String questionKey, String rowKey) {
		return rowKey == null ? questionKey : questionKey + '\u0000' + rowKey;
	}

}
