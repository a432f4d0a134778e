package io.peakxm.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicRulesTests {

	private static Set2 rules(String expression) {
		return new Set2(TopicRules.compile(List.of(new TopicRule("t", expression))));
	}

	private record Set2(TopicRules rules) {

		boolean matches(String text) {
			return this.rules.match(text).contains("t");
		}

	}

	@Test
	void operatorsAndPrecedence() {
		assertThat(rules("wifi OR internet").matches("no Internet at all")).isTrue();
		assertThat(rules("wifi AND slow").matches("the wifi was slow")).isTrue();
		assertThat(rules("wifi AND slow").matches("the wifi was fine")).isFalse();
		assertThat(rules("wifi slow").matches("slow wifi")).isTrue();
		assertThat(rules("a OR b AND c").matches("a")).isTrue();
		assertThat(rules("(a OR b) AND c").matches("a")).isFalse();
		assertThat(rules("NOT lounge").matches("gate")).isTrue();
		assertThat(rules("food and not cold").matches("the food was cold")).isFalse();
		assertThat(rules("\"hand luggage\"").matches("my Hand Luggage was fine")).isTrue();
		assertThat(rules("\"hand luggage\"").matches("luggage in hand")).isFalse();
		assertThat(rules("行李 OR 托运").matches("我的行李箱坏了")).isTrue();
		assertThat(rules("ｗｉｆｉ").matches("WiFi")).isTrue();
		assertThat(rules("delay*").matches("Delayed twice")).isTrue();
		assertThat(TopicRules.NONE.match("anything")).isEmpty();
	}

	@Test
	void badExpressionsNameTheRuleAndTheProblem() {
		assertError("(bag OR luggage", "topic rule 't': '(' is never closed at position 1");
		assertError("bag OR luggage)", "topic rule 't': ')' without a matching '(' at position 15");
		assertError("bag OR", "topic rule 't': OR has nothing after it at position 5");
		assertError("AND bag", "topic rule 't': AND has nothing before it at position 1");
		assertError("bag AND NOT", "topic rule 't': NOT has nothing after it at position 9");
		assertError("\"hand luggage", "topic rule 't': the quote is never closed at position 1");
		assertError("", "topic rule 't': the expression is empty at position 1");
		assertError("bag OR ()", "topic rule 't': empty parentheses at position 8");
		assertError("bag OR !!!", "topic rule 't': the term '!!!' has no letters or characters to match at position 8");
		assertThatThrownBy(() -> TopicRules.compile(List.of(new TopicRule("x", "a"), new TopicRule("x", "b"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'x'");
		assertThatThrownBy(() -> TopicRule.validate("bags", "bag OR")).hasMessageContaining("'bags'");
	}

	private static void assertError(String expression, String message) {
		assertThatThrownBy(() -> rules(expression)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
	}

}
