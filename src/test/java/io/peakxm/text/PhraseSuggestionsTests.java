package io.peakxm.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseSuggestionsTests {

	@Test
	void suggestsRecurringPhrasesWithExamples() {
		List<String> texts = List.of("The power outlet at my seat did not work", "No power outlet and the screen froze",
				"power outlet broken again, call me on 13812345678", "Nice crew", "The screen froze twice", "座椅扶手坏了",
				"扶手坏了没人修", "座椅扶手松动");
		List<PhraseSuggestions.Suggestion> s = PhraseSuggestions.from(texts, 5, 2);
		assertThat(s).isNotEmpty();
		assertThat(s.get(0).phrase()).isEqualTo("power outlet");
		assertThat(s.get(0).count()).isEqualTo(3);
		assertThat(s.get(0).examples()).hasSize(3).noneMatch((e) -> e.contains("13812345678"));
		assertThat(s).extracting(PhraseSuggestions.Suggestion::phrase).contains("screen froze", "扶手");
		assertThat(s).extracting(PhraseSuggestions.Suggestion::phrase).doesNotContain("power", "outlet");
		assertThat(PhraseSuggestions.from(texts, 5)).extracting(PhraseSuggestions.Suggestion::phrase)
			.containsExactly("power outlet", "扶手");
		assertThat(PhraseSuggestions.from(List.of(), 5)).isEmpty();
	}

}
