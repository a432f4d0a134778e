package io.peakxm.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A compiled set of {@link TopicRule}s, immutable and safe to share between threads.
 * Compile once when the rules change and match every text against it.
 */
public final class TopicRules {

	/** No rules: matches nothing. */
	public static final TopicRules NONE = new TopicRules(List.of(), List.of());

	private final List<String> ids;

	private final List<TopicExpression> expressions;

	private TopicRules(List<String> ids, List<TopicExpression> expressions) {
		this.ids = ids;
		this.expressions = expressions;
	}

	/**
	 * Compiles rules.
	 * @param rules the rules; null means none
	 * @return the compiled set
	 * @throws IllegalArgumentException for the first rule whose expression is wrong (the
	 * message names the rule, the problem and its 1-based position) or for a repeated id
	 */
	public static TopicRules compile(List<TopicRule> rules) {
		if (rules == null || rules.isEmpty()) {
			return NONE;
		}
		List<String> ids = new ArrayList<>();
		List<TopicExpression> expressions = new ArrayList<>();
		for (TopicRule rule : rules) {
			if (ids.contains(rule.id())) {
				throw new IllegalArgumentException("topic rule '" + rule.id() + "' is defined twice");
			}
			ids.add(rule.id());
			expressions.add(TopicExpression.parse(rule.id(), rule.expression()));
		}
		return new TopicRules(List.copyOf(ids), List.copyOf(expressions));
	}

	/** The ids of the rules, in the order given. */
	public List<String> ids() {
		return this.ids;
	}

	/** The ids of the rules that match the text, in rule order. */
	public Set<String> match(String text) {
		return this.ids.isEmpty() ? Set.of() : match(Doc.of(text));
	}

	Set<String> match(Doc doc) {
		Set<String> matched = new LinkedHashSet<>();
		for (int i = 0; i < this.ids.size(); i++) {
			if (this.expressions.get(i).matches(doc)) {
				matched.add(this.ids.get(i));
			}
		}
		return matched;
	}

}
