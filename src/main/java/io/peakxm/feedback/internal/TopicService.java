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
