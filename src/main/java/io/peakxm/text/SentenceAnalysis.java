package io.peakxm.text;

/**
 * One sentence of a text with its own language and sentiment.
 *
 * @param start char offset where the sentence starts
 * @param end char offset just past the sentence
 * @param language the language of this sentence
 * @param sentiment the sentiment of this sentence
 */
public record SentenceAnalysis(int start, int end, Language language, Sentiment sentiment) {
}
