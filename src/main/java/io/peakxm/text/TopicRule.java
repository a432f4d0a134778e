package io.peakxm.text;

/**
 * A topic rule: an id and an expression over keywords, e.g.
 * {@code (bag OR luggage OR 行李) AND NOT lounge}.
 * <p>
 * The expression knows {@code AND}, {@code OR}, {@code NOT} (in any letter case),
 * parentheses and quoted phrases ({@code "hand luggage"}); terms side by side without an
 * operator must all match. Matching ignores case; English terms match whole words with
 * plurals, Chinese terms match as substrings, {@code delay*} matches any ending.
 *
 * @param id the caller's identifier, returned by {@link TopicRules#match(String)}
 * @param expression the rule
 */
public record TopicRule(String id, String expression) {

	public TopicRule {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a topic rule needs an id");
		}
		if (expression == null) {
			throw new IllegalArgumentException("topic rule '" + id + "': the expression is missing");
		}
	}

	/**
	 * Checks the expression without compiling a rule set.
	 * @throws IllegalArgumentException naming the rule, the problem and its position
	 * (1-based)
	 */
	public void validate() {
		TopicExpression.parse(this.id, this.expression);
	}

	/**
	 * Checks an expression for the rule with the given id.
	 * @param id the rule's id, used in the message
	 * @param expression the expression to check
	 * @throws IllegalArgumentException naming the rule, the problem and its position
	 * (1-based)
	 */
	public static void validate(String id, String expression) {
		new TopicRule(id, expression).validate();
	}

}
