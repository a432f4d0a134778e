package io.peakxm.text;

/**
 * A clause of a text that mentions an aspect, with the clause's own sentiment.
 *
 * @param aspectId the {@link Aspect#id()} that was found
 * @param start char offset where the clause starts in the analysed text
 * @param end char offset just past the clause
 * @param sentiment the sentiment of that clause alone
 */
public record AspectMention(String aspectId, int start, int end, Sentiment sentiment) {
}
