package io.peakxm.metrics;

import java.util.List;

import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.QuestionType;

/**
 * How the answers of a question spread: one bar per scale point or choice option, with n
 * and share. The question's type tells a page how to colour the bars (detractors,
 * passives and promoters of NPS).
 */
public record Distribution(String question, QuestionType type, LocalizedText label, long n, List<Bar> bars) {

	/** One bar: the value or option, its label, count and share in percent. */
	public record Bar(String value, LocalizedText label, long count, double percent) {
	}
}
