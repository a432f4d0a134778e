package io.peakxm.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text analysis of PeakXM: language, sentiment (item, sentence, aspect clause),
 * emotions, key phrases, staff mentions and topics of free-text feedback. Immutable and
 * thread-safe: build it once ({@link #standard()}) and share it. Any input is accepted:
 * null and empty texts, very long texts (analysed up to 100,000 chars), emoji, full-width
 * forms, mixed Chinese and English, HTML (tags are blanked, not read as words).
 */
public final class TextAnalyzer {

	/** How many key phrases {@link #analyse} returns at most. */
	public static final int KEY_PHRASES = 5;

	private static final class Standard {

		static final TextAnalyzer INSTANCE = load();

		private static TextAnalyzer load() {
			return new TextAnalyzer(List.of(resource("sentiment.model"), resource("sentiment-en.model")));
		}

		private static SentimentModel resource(String name) {
			try (InputStream in = TextAnalyzer.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("missing resource io/peakxm/text/" + name);
				}
				return SentimentModel.read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private final Lexicons lex;

	private final LanguageDetector languages;

	private final SentimentEngine sentiment;

	private final EmotionFinder emotions;

	private final StaffFinder staff;

	private TextAnalyzer(List<SentimentModel> models) {
		this.lex = Lexicons.get();
		this.languages = new LanguageDetector(this.lex);
		this.sentiment = new SentimentEngine(this.lex, models);
		this.emotions = new EmotionFinder();
		this.staff = new StaffFinder(this.lex);
	}

	/**
	 * The analyzer with the shipped lexicons and model, loaded from the classpath on
	 * first use and then shared.
	 */
	public static TextAnalyzer standard() {
		return Standard.INSTANCE;
	}

	/**
	 * An analyzer with another sentiment model instead of the shipped ones, e.g. one
	 * trained on an organisation's own labelled feedback by the training command (see
	 * docs/text-analytics.md). The model scores the languages it was trained on; other
	 * languages are scored by the lexicon rules alone.
	 * @param model the model file's content
	 * @return a new analyzer; build it once and share it
	 * @throws IOException if the stream cannot be read or is no model
	 */
	public static TextAnalyzer withModel(InputStream model) throws IOException {
		return new TextAnalyzer(List.of(SentimentModel.read(model)));
	}

	static TextAnalyzer withModel(SentimentModel... models) {
		return new TextAnalyzer(List.of(models));
	}

	/** The dominant language of the text; {@link Language#OTHER} for empty texts. */
	public Language language(String text) {
		return this.languages.detect(Doc.of(text).tokens);
	}

	/** The sentiment of the whole text. */
	public Sentiment sentiment(String text) {
		Doc doc = Doc.of(text);
		return this.sentiment.score(doc.view, doc.tokens, this.languages.detect(doc.tokens));
	}

	/**
	 * Analyses one text.
	 * @param text the text, may be null
	 * @param aspects the aspects to look for, may be null or empty
	 * @param topics the compiled topic rules, {@link TopicRules#NONE} (or null) for none
	 * @return the analysis
	 */
	public Analysis analyse(String text, List<Aspect> aspects, TopicRules topics) {
		return analyse(text, AspectSet.compile(aspects), topics);
	}

	/**
	 * Analyses one text against aspects compiled once for many texts.
	 * @param text the text, may be null
	 * @param aspects the compiled aspects, {@link AspectSet#NONE} (or null) for none
	 * @param topics the compiled topic rules, {@link TopicRules#NONE} (or null) for none
	 * @return the analysis
	 */
	public Analysis analyse(String text, AspectSet aspects, TopicRules topics) {
		AspectSet compiled = (aspects != null) ? aspects : AspectSet.NONE;
		Doc doc = Doc.of(text);
		Language language = this.languages.detect(doc.tokens);
		Sentiment overall = this.sentiment.score(doc.view, doc.tokens, language);
		List<SentenceAnalysis> sentences = new ArrayList<>();
		List<AspectMention> mentions = new ArrayList<>();
		for (int[] s : Segmenter.sentences(doc.view)) {
			List<Token> tokens = doc.tokens(s[0], s[1]);
			Language sentenceLanguage = tokens.isEmpty() ? language : this.languages.detect(tokens);
			if (sentenceLanguage == Language.OTHER) {
				sentenceLanguage = language;
			}
			sentences.add(new SentenceAnalysis(s[0], s[1], sentenceLanguage,
					this.sentiment.score(doc.view, tokens, sentenceLanguage)));
			if (compiled.isEmpty()) {
				continue;
			}
			aspectClauses(doc, s, sentenceLanguage, compiled, mentions);
		}
		return new Analysis(language, overall, sentences, mentions, this.emotions.find(doc),
				KeyPhrases.of(doc, this.lex, KEY_PHRASES), this.staff.find(doc),
				(topics != null) ? topics.match(doc) : java.util.Set.of());
	}

	/**
	 * Adds a mention for each aspect that a clause of the sentence names, with the
	 * clause's sentiment. A clause without any sentiment word or emoji borrows the
	 * sentiment of the clauses that follow it (or else precede it) up to a clause that
	 * names another aspect or turns with a contrast: "the staff helped with my bags, so
	 * kind".
	 */
	private void aspectClauses(Doc doc, int[] sentence, Language language, AspectSet aspects,
			List<AspectMention> mentions) {
		List<int[]> clauses = Segmenter.clauses(doc.view, sentence[0], sentence[1]);
		List<List<String>> named = new ArrayList<>(clauses.size());
		for (int[] c : clauses) {
			named.add(aspects.named(doc, c[0], c[1]));
		}
		for (int k = 0; k < clauses.size(); k++) {
			if (named.get(k).isEmpty()) {
				continue;
			}
			int[] c = clauses.get(k);
			List<Token> tokens = doc.tokens(c[0], c[1]);
			if (this.sentiment.rules(doc.view, tokens).hits() == 0) {
				int end = c[1];
				for (int j = k + 1; j < clauses.size() && named.get(j).isEmpty()
						&& !contrast(doc, clauses.get(j)); j++) {
					end = clauses.get(j)[1];
				}
				int start = c[0];
				if (end == c[1] && !contrast(doc, c)) {
					for (int j = k - 1; j >= 0 && named.get(j).isEmpty(); j--) {
						start = clauses.get(j)[0];
						if (contrast(doc, clauses.get(j))) {
							break;
						}
					}
				}
				tokens = doc.tokens(start, end);
			}
			Sentiment clause = this.sentiment.score(doc.view, tokens, language);
			for (String id : named.get(k)) {
				mentions.add(new AspectMention(id, c[0], c[1], clause));
			}
		}
	}

	private static boolean contrast(Doc doc, int[] clause) {
		return Segmenter.contrastAt(doc.view.norm, clause[0], clause[1]) > 0;
	}

}
