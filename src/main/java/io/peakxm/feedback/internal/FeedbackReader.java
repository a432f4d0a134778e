package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.feedback.FeedbackFilter;
import io.peakxm.feedback.FeedbackHit;
import io.peakxm.feedback.FeedbackItem;
import io.peakxm.journey.Journeys;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.NotFoundException;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.text.PersonalData;
import io.peakxm.text.SearchTerms;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reads feedback as an actor may see it: readers of analyses ({@code ANALYTICS_VIEW}) see
 * all of the workspace's, frontline agents ({@code CASES_WORK}) the feedback on the
 * touchpoints they own, nobody else any verbatim. Personal data in texts is masked for
 * readers without {@code PERSONAL_DATA_VIEW}.
 */
@Service
public class FeedbackReader {

	/** Similar items shown next to one. */
	public static final int SIMILAR = 5;

	private final FeedbackStore store;

	private final FeedbackQueries queries;

	private final Journeys journeys;

	private final JdbcClient jdbc;

	FeedbackReader(FeedbackStore store, FeedbackQueries queries, Journeys journeys, JdbcClient jdbc) {
		this.store = store;
		this.queries = queries;
		this.journeys = journeys;
		this.jdbc = jdbc;
	}

	public PageSlice<FeedbackHit> page(Actor actor, FeedbackFilter filter, PageRequest page) {
		long ws = actor.requireWorkspace();
		List<String> terms = filter.search() == null ? List.of() : SearchTerms.query(filter.search());
		FeedbackQueries.Page found = queries.page(ws, filter, terms, visibleTouchpoints(actor), page);
		Set<String> wanted = new HashSet<>(terms);
		List<FeedbackHit> hits = new ArrayList<>();
		for (FeedbackItem item : store.load(ws, found.ids())) {
			FeedbackItem shown = shown(actor, item);
			hits.add(new FeedbackHit(shown, Highlighter.parts(shown.text(), wanted)));
		}
		return new PageSlice<>(hits, page.page(), page.size(), found.total());
	}

	public FeedbackItem get(Actor actor, long id) {
		long ws = actor.requireWorkspace();
		Set<Long> visible = visibleTouchpoints(actor);
		FeedbackItem item = store.load(ws, List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("feedback.notFound"));
		if (visible != null && !concerns(item, visible)) {
			throw new NotFoundException("feedback.notFound");
		}
		return shown(actor, item);
	}

	/**
	 * Items most like one: those sharing most of its key phrases' terms, then newest;
	 * only items the actor may read.
	 */
	public List<FeedbackItem> similar(Actor actor, long id) {
		FeedbackItem item = get(actor, id);
		List<String> terms = item.keyPhrases()
			.stream()
			.flatMap(p -> SearchTerms.query(p).stream())
			.distinct()
			.limit(20)
			.toList();
		if (terms.isEmpty()) {
			return List.of();
		}
		long ws = actor.requireWorkspace();
		List<Long> ids = jdbc.sql("""
				select t.item_id from feedback_term t where t.workspace_id = :ws and t.term in (:terms)
				and t.item_id <> :id group by t.item_id order by count(*) desc, t.item_id desc limit 50""")
			.param("ws", ws)
			.param("terms", terms)
			.param("id", id)
			.query(Long.class)
			.list();
		Set<Long> visible = visibleTouchpoints(actor);
		return store.load(ws, ids)
			.stream()
			.filter(i -> visible == null || concerns(i, visible))
			.limit(SIMILAR)
			.map(i -> shown(actor, i))
			.toList();
	}

	/**
	 * The names of the touchpoints feedback can be about (the workspace's journeys'), in
	 * journey order: for pages to name aspects and offer them as filters.
	 */
	public Map<Long, LocalizedText> touchpointNames(Actor actor) {
		return Touchpoints.of(journeys, actor.requireWorkspace()).names();
	}

	/** Null: every touchpoint; else only feedback about these. */
	private Set<Long> visibleTouchpoints(Actor actor) {
		if (actor.can(Permission.ANALYTICS_VIEW)) {
			return null;
		}
		if (actor.can(Permission.CASES_WORK) && !actor.isToken()) {
			return Touchpoints.of(journeys, actor.requireWorkspace()).ownedBy(actor.userId());
		}
		throw new AccessDeniedException("feedback needs ANALYTICS_VIEW or CASES_WORK");
	}

	private static boolean concerns(FeedbackItem item, Set<Long> touchpoints) {
		return (item.touchpointId() != null && touchpoints.contains(item.touchpointId()))
				|| item.aspects().stream().anyMatch(a -> touchpoints.contains(a.touchpointId()));
	}

	private static FeedbackItem shown(Actor actor, FeedbackItem item) {
		if (!item.personalData() || actor.can(Permission.PERSONAL_DATA_VIEW)) {
			return item;
		}
		return item.withText(PersonalData.mask(item.text()));
	}

}
