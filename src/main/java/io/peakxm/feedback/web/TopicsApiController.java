package io.peakxm.feedback.web;

import java.util.List;

import io.peakxm.feedback.RetagProgress;
import io.peakxm.feedback.Topic;
import io.peakxm.feedback.Topics;
import io.peakxm.feedback.Topics.TopicInput;
import io.peakxm.feedback.Topics.TopicPreview;
import io.peakxm.workspace.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The topic taxonomy by API. A rule combines keywords with AND, OR, NOT, parentheses and
 * quoted phrases; every change re-tags the stored feedback in the background.
 */
@RestController
@Tag(name = "Topics")
class TopicsApiController {

	private final Topics topics;

	TopicsApiController(Topics topics) {
		this.topics = topics;
	}

	@GetMapping("/api/v1/topics")
	@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
	@Operation(summary = "The topics and sub-topics with their rules")
	List<Topic> list() {
		return topics.list(CurrentActor.require());
	}

	@PostMapping("/api/v1/topics")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a topic (parentId: a top-level topic, for a sub-topic); re-tags the feedback")
	Topic create(@RequestBody TopicInput input) {
		return topics.create(CurrentActor.require(), input);
	}

	@PutMapping("/api/v1/topics/{id}")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@Operation(summary = "Change a topic's names, parent or rule; re-tags the feedback")
	Topic update(@PathVariable long id, @RequestBody TopicInput input) {
		return topics.update(CurrentActor.require(), id, input);
	}

	@DeleteMapping("/api/v1/topics/{id}")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a topic with its sub-topics and their tags")
	void delete(@PathVariable long id) {
		topics.delete(CurrentActor.require(), id);
	}

	@PostMapping("/api/v1/topics/preview")
	@PreAuthorize("hasAuthority('ANALYTICS_VIEW')")
	@Operation(summary = "How many of the newest 10,000 items a rule matches, with the newest few matches")
	TopicPreview preview(@RequestBody RulePreview body) {
		return topics.preview(CurrentActor.require(), body.rule());
	}

	@GetMapping("/api/v1/topics/retag")
	@PreAuthorize("hasAuthority('DASHBOARD_VIEW')")
	@Operation(summary = "How far re-tagging the feedback after the last change of topics has come")
	RetagProgress progress() {
		return topics.progress(CurrentActor.require());
	}

	@PostMapping("/api/v1/topics/{id}/items")
	@PreAuthorize("hasAuthority('FEEDBACK_MANAGE')")
	@Operation(summary = "Bulk re-tag: put the topic on up to 1,000 items (tagged: true) or take it off (false)",
			description = "By hand: re-tagging by the topics' rules keeps what is set here. Answers how many items"
					+ " changed; an unknown item or topic is refused naming it, and nothing is changed.")
	Retagged tag(@PathVariable long id, @RequestBody ItemTagging body) {
		return new Retagged(topics.tag(CurrentActor.require(), body.itemIds(), id, body.tagged()));
	}

	/** Items to put a topic on or take it off. */
	record ItemTagging(List<Long> itemIds, Boolean tagged) {
	}

	/** How many items a bulk re-tag changed. */
	record Retagged(int changed) {
	}

	/** A rule to try. */
	record RulePreview(String rule) {
	}

}
