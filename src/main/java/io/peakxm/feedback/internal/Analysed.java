package io.peakxm.feedback.internal;

import java.util.List;

import io.peakxm.feedback.FeedbackItem.AspectTag;
import io.peakxm.feedback.FeedbackItem.Staff;
import io.peakxm.feedback.TextAnalysis;

/**
 * A checked item with what the text analysis found in it, ready to store.
 *
 * @param language zh, en or other (as given, else detected)
 * @param terms the distinct search terms of the text
 * @param sentences each sentence's place, language and sentiment (not stored)
 */
record Analysed(Prepared item, String language, double sentimentScore, String sentimentLabel, List<String> emotions,
		List<String> keyPhrases, List<Staff> staff, boolean personalData, List<AspectTag> aspects, List<Long> topicIds,
		List<String> terms, List<TextAnalysis.Sentence> sentences) {
}
