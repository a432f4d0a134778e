package io.peakxm.feedback.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.feedback.RetagProgress;
import io.peakxm.feedback.Topic;
import io.peakxm.feedback.Topics.TopicInput;
import io.peakxm.feedback.Topics.TopicPreview;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedText;
import io.peakxm.text.PersonalData;
import io.peakxm.text.PhraseSuggestions;
import io.peakxm.text.TopicRule;
import io.peakxm.text.TopicRules;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks and stores topics, previews rules on the newest feedback and starts the re-tag
 * after every change.
 */
@Service
public class TopicService {

	/** Items a rule preview looks at (the newest). */
	public static final int PREVIEW_ITEMS = 10_000;

	static final int MAX_NAME = 120;

	static final int MAX_RULE = 2_000;

	static final int MAX_TOPICS = 500;

	static final int SAMPLES = 5;

	/** Untagged items the suggestions are found in (the newest). */
	public static final int SUGGESTION_ITEMS = 5_000;

	static final int SUGGESTIONS = 12;

	private final TopicStore store;

	private final TopicRetagger retagger;

	private final JdbcClient jdbc;

	private final Clock clock;

	TopicService(TopicStore store, TopicRetagger retagger, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.retagger = retagger;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Topic> list(long workspaceId) {
		return store.list(workspaceId);
	}

	public Topic create(long workspaceId, TopicInput input) {
		List<Topic> existing = store.list(workspaceId);
		if (existing.size() >= MAX_TOPICS) {
			new Violations().add("nameEn", "feedback.topic.tooMany", MAX_TOPICS).throwIfAny();
		}
		check(input, existing, null);
		long id;
		try {
			id = store.insert(workspaceId, input.parentId(), input.nameEn().trim(), blank(input.nameZh()),
					input.rule().trim(), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw io.peakxm.shared.InvalidInputException.of("nameEn", "feedback.topic.nameTaken", input.nameEn());
		}
		retagger.start(workspaceId);
		return store.find(workspaceId, id).orElseThrow();
	}

	public Topic update(long workspaceId, long id, TopicInput input) {
		List<Topic> existing = store.list(workspaceId);
		if (existing.stream().noneMatch(t -> t.id() == id)) {
			throw new NotFoundException("feedback.topic.notFound");
		}
		check(input, existing, id);
		try {
			store.update(workspaceId, id, input.parentId(), input.nameEn().trim(), blank(input.nameZh()),
					input.rule().trim(), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw io.peakxm.shared.InvalidInputException.of("nameEn", "feedback.topic.nameTaken", input.nameEn());
		}
		retagger.start(workspaceId);
		return store.find(workspaceId, id).orElseThrow();
	}

	public void delete(long workspaceId, long id) {
		if (!store.delete(workspaceId, id)) {
			throw new NotFoundException("feedback.topic.notFound");
		}
		retagger.start(workspaceId);
	}

	public TopicPreview preview(long workspaceId, String rule) {
		Violations v = new Violations();
		TopicRules rules = compile(v, rule);
		v.throwIfAny();
		int[] counts = new int[2];
		List<TopicPreview.Sample> samples = new ArrayList<>();
		jdbc.sql("select id, body from feedback_item where workspace_id = :ws order by written_at desc, id desc"
				+ " limit " + PREVIEW_ITEMS)
			.param("ws", workspaceId)
			.query(rs -> {
				counts[1]++;
				String text = rs.getString(2);
				if (!rules.match(text).isEmpty()) {
					counts[0]++;
					if (samples.size() < SAMPLES) {
						samples.add(new TopicPreview.Sample(rs.getLong(1), PersonalData.mask(text)));
					}
				}
			});
		return new TopicPreview(counts[0], counts[1], samples);
	}

	/**
	 * Suggested new topics: frequent phrases of the newest {@value #SUGGESTION_ITEMS}
	 * items no topic tags, without phrases rejected before or named by a topic already.
	 */
	public List<PhraseSuggestions.Suggestion> suggestions(long workspaceId) {
		List<String> texts = jdbc.sql("""
				select i.body from feedback_item i where i.workspace_id = :ws
				and not exists (select 1 from feedback_item_topic t where t.item_id = i.id)
				order by i.written_at desc, i.id desc limit :n""")
			.param("ws", workspaceId)
			.param("n", SUGGESTION_ITEMS)
			.query(String.class)
			.list();
		java.util.Set<String> known = new java.util.HashSet<>(
				jdbc.sql("select phrase from feedback_rejected_phrase where workspace_id = :ws")
					.param("ws", workspaceId)
					.query(String.class)
					.list());
		store.list(workspaceId).forEach(t -> known.add(t.nameEn().toLowerCase(java.util.Locale.ROOT)));
		return PhraseSuggestions.from(texts, SUGGESTIONS * 2)
			.stream()
			.filter(s -> !known.contains(s.phrase().toLowerCase(java.util.Locale.ROOT)))
			.limit(SUGGESTIONS)
			.toList();
	}

	/** Makes a suggested phrase a topic whose rule is the phrase. */
	public Topic accept(long workspaceId, String phrase) {
		String clean = checkedPhrase(phrase);
		return create(workspaceId, new TopicInput(clean, null, null, "\"" + clean.replace("\"", "") + "\""));
	}

	/** Never suggests the phrase again. */
	public void reject(long workspaceId, String phrase) {
		String clean = checkedPhrase(phrase);
		jdbc.sql("""
				insert into feedback_rejected_phrase (workspace_id, phrase, rejected_at)
				select :ws, :p, :at where not exists
				    (select 1 from feedback_rejected_phrase where workspace_id = :ws and phrase = :p)""")
			.param("ws", workspaceId)
			.param("p", clean.toLowerCase(java.util.Locale.ROOT))
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	private static String checkedPhrase(String phrase) {
		Violations v = new Violations().requireText("phrase", phrase, MAX_NAME);
		if (phrase != null) {
			WellFormedText.problem("phrase", phrase).ifPresent(p -> v.add(p.field(), p.code(), p.args().toArray()));
		}
		v.throwIfAny();
		return phrase.trim();
	}

	public RetagProgress progress(long workspaceId) {
		return retagger.progress(workspaceId);
	}

	private static void check(TopicInput input, List<Topic> existing, Long self) {
		Violations v = new Violations();
		v.requireText("nameEn", input.nameEn(), MAX_NAME);
		if (input.nameZh() != null && input.nameZh().length() > MAX_NAME) {
			v.add("nameZh", "validation.tooLong", MAX_NAME);
		}
		for (String[] field : new String[][] { { "nameEn", input.nameEn() }, { "nameZh", input.nameZh() } }) {
			if (field[1] != null) {
				WellFormedText.problem(field[0], field[1])
					.ifPresent(p -> v.add(p.field(), p.code(), p.args().toArray()));
			}
		}
		if (input.parentId() != null) {
			Topic parent = existing.stream().filter(t -> t.id() == input.parentId()).findFirst().orElse(null);
			if (parent == null) {
				v.add("parentId", "feedback.topic.parentUnknown", input.parentId());
			}
			else if (parent.parentId() != null || input.parentId().equals(self)) {
				v.add("parentId", "feedback.topic.parentNotTop", parent.nameEn());
			}
			else if (self != null && existing.stream().anyMatch(t -> self.equals(t.parentId()))) {
				v.add("parentId", "feedback.topic.hasChildren");
			}
		}
		compile(v, input.rule());
		v.throwIfAny();
	}

	private static TopicRules compile(Violations v, String rule) {
		if (rule == null || rule.isBlank()) {
			v.add("rule", "validation.required");
			return TopicRules.NONE;
		}
		if (rule.length() > MAX_RULE) {
			v.add("rule", "validation.tooLong", MAX_RULE);
			return TopicRules.NONE;
		}
		try {
			return TopicRules.compile(List.of(new TopicRule("rule", rule.trim())));
		}
		catch (IllegalArgumentException e) {
			v.add("rule", "feedback.topic.ruleInvalid", e.getMessage());
			return TopicRules.NONE;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
