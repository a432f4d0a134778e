package io.peakxm.journey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What changed between two designs of the same journey, item by item (matched by id). */
public final class JourneyComparison {

	/** One difference. {@code field} is null for added and removed items. */
	public record Change(Kind kind, Subject subject, String name, String field, String before, String after) {
	}

	/** The kind of a difference. */
	public enum Kind {

		ADDED, REMOVED, CHANGED, MOVED

	}

	/** What a difference is about. */
	public enum Subject {

		JOURNEY, STAGE, TOUCHPOINT, STANDARD

	}

	private JourneyComparison() {
	}

	public static List<Change> between(JourneyDesign from, JourneyDesign to) {
		List<Change> changes = new ArrayList<>();
		field(changes, Subject.JOURNEY, to.name(), "name", from.name(), to.name());
		field(changes, Subject.JOURNEY, to.name(), "nameZh", from.nameZh(), to.nameZh());
		field(changes, Subject.JOURNEY, to.name(), "description", from.description(), to.description());
		field(changes, Subject.JOURNEY, to.name(), "targetSegment", from.targetSegment(), to.targetSegment());
		field(changes, Subject.JOURNEY, to.name(), "goal", from.goal(), to.goal());
		compareStages(changes, from, to);
		compareTouchpoints(changes, from, to);
		return changes;
	}

	private static void compareStages(List<Change> changes, JourneyDesign from, JourneyDesign to) {
		Map<Long, Integer> before = new HashMap<>();
		for (int i = 0; i < from.stages().size(); i++) {
			before.put(from.stages().get(i).id(), i);
		}
		for (int i = 0; i < to.stages().size(); i++) {
			Stage stage = to.stages().get(i);
			Integer old = before.remove(stage.id());
			if (old == null) {
				changes.add(new Change(Kind.ADDED, Subject.STAGE, stage.name(), null, null, null));
				continue;
			}
			Stage previous = from.stages().get(old);
			if (old != i) {
				changes.add(new Change(Kind.MOVED, Subject.STAGE, stage.name(), "position", String.valueOf(old + 1),
						String.valueOf(i + 1)));
			}
			field(changes, Subject.STAGE, stage.name(), "name", previous.name(), stage.name());
			field(changes, Subject.STAGE, stage.name(), "nameZh", previous.nameZh(), stage.nameZh());
			field(changes, Subject.STAGE, stage.name(), "customerActions", previous.customerActions(),
					stage.customerActions());
			field(changes, Subject.STAGE, stage.name(), "frontstage", previous.frontstage(), stage.frontstage());
			field(changes, Subject.STAGE, stage.name(), "backstage", previous.backstage(), stage.backstage());
			field(changes, Subject.STAGE, stage.name(), "supportProcesses", previous.supportProcesses(),
					stage.supportProcesses());
			field(changes, Subject.STAGE, stage.name(), "physicalEvidence", previous.physicalEvidence(),
					stage.physicalEvidence());
		}
		before.keySet()
			.forEach(id -> changes.add(new Change(Kind.REMOVED, Subject.STAGE, from.stages().get(before.get(id)).name(),
					null, null, null)));
	}

	private static void compareTouchpoints(List<Change> changes, JourneyDesign from, JourneyDesign to) {
		Map<Long, Located> before = locate(from);
		Map<Long, Located> after = locate(to);
		for (Located now : after.values()) {
			Touchpoint t = now.touchpoint();
			Located old = before.get(t.id());
			if (old == null) {
				changes.add(new Change(Kind.ADDED, Subject.TOUCHPOINT, t.name().in(Locale.ENGLISH), null, null, null));
				continue;
			}
			Touchpoint p = old.touchpoint();
			if (!Objects.equals(old.stageName(), now.stageName()) || old.order() != now.order()) {
				changes.add(new Change(Kind.MOVED, Subject.TOUCHPOINT, t.name().in(Locale.ENGLISH), "position",
						old.stageName() + " #" + (old.order() + 1), now.stageName() + " #" + (now.order() + 1)));
			}
			String name = t.name().in(Locale.ENGLISH);
			field(changes, Subject.TOUCHPOINT, name, "nameEn", p.nameEn(), t.nameEn());
			field(changes, Subject.TOUCHPOINT, name, "nameZh", p.nameZh(), t.nameZh());
			field(changes, Subject.TOUCHPOINT, name, "description", p.description(), t.description());
			field(changes, Subject.TOUCHPOINT, name, "channel", p.channel().name(), t.channel().name());
			field(changes, Subject.TOUCHPOINT, name, "ownerTeam", p.ownerTeam(), t.ownerTeam());
			field(changes, Subject.TOUCHPOINT, name, "keywordsEn", p.keywordsEn().toString(),
					t.keywordsEn().toString());
			field(changes, Subject.TOUCHPOINT, name, "keywordsZh", p.keywordsZh().toString(),
					t.keywordsZh().toString());
			field(changes, Subject.TOUCHPOINT, name, "designedEmotion", String.valueOf(p.designedEmotion()),
					String.valueOf(t.designedEmotion()));
			field(changes, Subject.TOUCHPOINT, name, "designedPeak", String.valueOf(p.designedPeak()),
					String.valueOf(t.designedPeak()));
			field(changes, Subject.TOUCHPOINT, name, "endMoment", String.valueOf(p.endMoment()),
					String.valueOf(t.endMoment()));
			compareStandards(changes, p, t);
		}
		before.values()
			.stream()
			.filter(old -> !after.containsKey(old.touchpoint().id()))
			.forEach(old -> changes.add(new Change(Kind.REMOVED, Subject.TOUCHPOINT,
					old.touchpoint().name().in(Locale.ENGLISH), null, null, null)));
	}

	private static void compareStandards(List<Change> changes, Touchpoint before, Touchpoint after) {
		Map<Long, ServiceStandard> old = new HashMap<>();
		before.standards().forEach(s -> old.put(s.id(), s));
		for (ServiceStandard standard : after.standards()) {
			ServiceStandard previous = old.remove(standard.id());
			if (previous == null) {
				changes.add(new Change(Kind.ADDED, Subject.STANDARD, standard.summary(), null, null, null));
			}
			else {
				field(changes, Subject.STANDARD, standard.name(), "standard", previous.summary(), standard.summary());
				field(changes, Subject.STANDARD, standard.name(), "compliance", previous.compliance().name(),
						standard.compliance().name());
			}
		}
		old.values()
			.forEach(s -> changes.add(new Change(Kind.REMOVED, Subject.STANDARD, s.summary(), null, null, null)));
	}

	private record Located(Touchpoint touchpoint, String stageName, int order) {
	}

	private static Map<Long, Located> locate(JourneyDesign design) {
		Map<Long, Located> result = new java.util.LinkedHashMap<>();
		for (Stage stage : design.stages()) {
			for (int i = 0; i < stage.touchpoints().size(); i++) {
				Touchpoint t = stage.touchpoints().get(i);
				result.put(t.id(), new Located(t, stage.name(), i));
			}
		}
		return result;
	}

	private static void field(List<Change> changes, Subject subject, String name, String field, String before,
			String after) {
		String a = before == null || before.isBlank() ? null : before;
		String b = after == null || after.isBlank() ? null : after;
		if (!Objects.equals(a, b)) {
			changes.add(new Change(Kind.CHANGED, subject, name, field, a, b));
		}
	}

}
