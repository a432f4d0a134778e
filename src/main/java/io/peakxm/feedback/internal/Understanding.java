package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.peakxm.feedback.FeedbackItem.AspectTag;
import io.peakxm.feedback.FeedbackItem.Staff;
import io.peakxm.feedback.TextAnalysis;
import io.peakxm.text.Analysis;
import io.peakxm.text.AspectMention;
import io.peakxm.text.PersonalData;
import io.peakxm.text.SearchTerms;
import io.peakxm.text.StaffMention;
import io.peakxm.text.TextAnalyzer;
import io.peakxm.text.TopicRules;
import org.springframework.stereotype.Component;

/**
 * Runs the text analysis over checked items: language (unless given), sentiment, the
 * touchpoints each clause talks about with its own sentiment, emotions, key phrases,
 * staff mentions, topics, whether the text holds personal data, and the search terms.
 */
@Component
class Understanding {

	/** Search terms longer than this are not indexed (the column's width). */
	static final int MAX_TERM = 60;

	/** The most distinct terms indexed of one text. */
	static final int MAX_TERMS = 2_000;

	static final int MAX_PHRASES = 8;

	private final TextAnalyzer analyzer = TextAnalyzer.standard();

	Analysed analyse(Prepared p, Touchpoints touchpoints, TopicRules topics) {
		Analysis a = analyzer.analyse(p.text(), touchpoints.aspects(p.journeyId()), topics);
		String language = p.language() != null ? p.language() : a.language().code();
		List<AspectTag> aspects = aspects(a);
		List<String> emotions = a.emotions().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).sorted().toList();
		List<Staff> staff = a.staff().stream().map(Understanding::staff).distinct().toList();
		List<Long> topicIds = a.topics().stream().map(Long::parseLong).sorted().toList();
		return new Analysed(p, language, a.sentiment().score(), a.sentiment().label().name(), emotions,
				a.keyPhrases().stream().limit(MAX_PHRASES).toList(), staff, PersonalData.contains(p.text()), aspects,
				topicIds, terms(p.text()), sentences(a));
	}

	/**
	 * Only the touchpoints each clause of a stored text talks about (re-analysing after a
	 * touchpoint got another keyword).
	 */
	List<AspectTag> aspects(String text, Long journeyId, Touchpoints touchpoints) {
		return aspects(analyzer.analyse(text, touchpoints.aspects(journeyId), TopicRules.NONE));
	}

	private static List<AspectTag> aspects(Analysis a) {
		List<AspectTag> aspects = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (AspectMention m : a.aspects()) {
			if (seen.add(m.aspectId() + "@" + m.start())) {
				aspects.add(new AspectTag(Long.parseLong(m.aspectId()), m.sentiment().score(),
						m.sentiment().label().name(), m.start(), m.end()));
			}
		}
		return aspects;
	}

	private static List<TextAnalysis.Sentence> sentences(Analysis a) {
		return a.sentences()
			.stream()
			.map(s -> new TextAnalysis.Sentence(s.start(), s.end(), s.language().code(), s.sentiment().score(),
					s.sentiment().label().name()))
			.toList();
	}

	static List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (SearchTerms.Term t : SearchTerms.of(text)) {
			if (t.term().length() <= MAX_TERM) {
				terms.add(t.term());
				if (terms.size() >= MAX_TERMS) {
					break;
				}
			}
		}
		return List.copyOf(terms);
	}

	private static Staff staff(StaffMention m) {
		return new Staff(m.text(), m.role());
	}

}
