package io.peakxm.text;

import java.util.List;
import java.util.Set;

/**
 * Everything {@link TextAnalyzer#analyse} finds in one text.
 *
 * @param language the dominant language of the text
 * @param sentiment the sentiment of the whole text
 * @param sentences each sentence with its language and sentiment, in text order
 * @param aspects clauses that mention one of the given aspects, in text order
 * @param emotions the emotions that cue words express
 * @param keyPhrases the most telling phrases, best first
 * @param staff staff members mentioned by role or name, in text order
 * @param topics ids of the topic rules that match
 */
public record Analysis(Language language, Sentiment sentiment, List<SentenceAnalysis> sentences,
		List<AspectMention> aspects, Set<TextEmotion> emotions, List<String> keyPhrases, List<StaffMention> staff,
		Set<String> topics) {

	public Analysis {
		sentences = List.copyOf(sentences);
		aspects = List.copyOf(aspects);
		emotions = Set.copyOf(emotions);
		keyPhrases = List.copyOf(keyPhrases);
		staff = List.copyOf(staff);
		topics = Set.copyOf(topics);
	}

}
