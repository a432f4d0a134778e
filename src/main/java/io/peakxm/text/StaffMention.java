package io.peakxm.text;

/**
 * A member of staff that a text mentions, by role or by name.
 *
 * @param text the words as written, e.g. "Anna", "flight attendant" or "乘务员"
 * @param role the normalised role key such as "cabin_crew" or "manager", or null when
 * only a name is known
 * @param start char offset of the mention
 * @param end char offset just past the mention
 */
public record StaffMention(String text, String role, int start, int end) {
}
