package io.peakxm.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.peakxm.shared.Emotion;
import io.peakxm.shared.Violations;

/**
 * The rules every saved journey design obeys, checked as a whole after each edit and on
 * import. Field names are JSON paths ({@code stages[1].touchpoints[0].designedEmotion})
 * so that import errors point into the file.
 */
public final class JourneyRules {

	public static final int MAX_STAGES = 30;

	public static final int MAX_TOUCHPOINTS_PER_STAGE = 50;

	public static final int MAX_STANDARDS = 20;

	public static final int MAX_KEYWORDS = 30;

	private JourneyRules() {
	}

	public static void check(JourneyDesign design) {
		Violations violations = new Violations();
		violations.requireText("name", design.name(), 200);
		optional(violations, "nameZh", design.nameZh(), 200);
		optional(violations, "description", design.description(), 4000);
		optional(violations, "targetSegment", design.targetSegment(), 200);
		optional(violations, "goal", design.goal(), 500);
		if (design.stages().size() > MAX_STAGES) {
			violations.add("stages", "journey.tooManyStages", MAX_STAGES);
		}
		Map<String, String> namesEn = new HashMap<>();
		Map<String, String> namesZh = new HashMap<>();
		String endMoment = null;
		for (int s = 0; s < design.stages().size(); s++) {
			Stage stage = design.stages().get(s);
			String stagePath = "stages[" + s + "]";
			violations.requireText(stagePath + ".name", stage.name(), 200);
			optional(violations, stagePath + ".nameZh", stage.nameZh(), 200);
			for (String[] lane : new String[][] { { "customerActions", stage.customerActions() },
					{ "frontstage", stage.frontstage() }, { "backstage", stage.backstage() },
					{ "supportProcesses", stage.supportProcesses() },
					{ "physicalEvidence", stage.physicalEvidence() } }) {
				optional(violations, stagePath + "." + lane[0], lane[1], 2000);
			}
			if (stage.touchpoints().size() > MAX_TOUCHPOINTS_PER_STAGE) {
				violations.add(stagePath + ".touchpoints", "journey.tooManyTouchpoints", MAX_TOUCHPOINTS_PER_STAGE);
			}
			for (int t = 0; t < stage.touchpoints().size(); t++) {
				Touchpoint touchpoint = stage.touchpoints().get(t);
				String path = stagePath + ".touchpoints[" + t + "]";
				checkTouchpoint(violations, path, touchpoint);
				unique(violations, path + ".nameEn", touchpoint.nameEn(), namesEn);
				unique(violations, path + ".nameZh", touchpoint.nameZh(), namesZh);
				if (touchpoint.endMoment()) {
					if (endMoment != null) {
						violations.add(path + ".endMoment", "journey.touchpoint.secondEndMoment", endMoment);
					}
					else {
						endMoment = touchpoint.name().in(Locale.ENGLISH);
					}
				}
			}
		}
		violations.throwIfAny();
	}

	private static void checkTouchpoint(Violations violations, String path, Touchpoint touchpoint) {
		boolean noEn = touchpoint.nameEn() == null || touchpoint.nameEn().isBlank();
		boolean noZh = touchpoint.nameZh() == null || touchpoint.nameZh().isBlank();
		if (noEn && noZh) {
			violations.add(path + ".nameEn", "journey.touchpoint.nameRequired");
		}
		optional(violations, path + ".nameEn", touchpoint.nameEn(), 200);
		optional(violations, path + ".nameZh", touchpoint.nameZh(), 200);
		optional(violations, path + ".description", touchpoint.description(), 2000);
		optional(violations, path + ".ownerTeam", touchpoint.ownerTeam(), 200);
		if (!Emotion.onScale(touchpoint.designedEmotion())) {
			violations.add(path + ".designedEmotion", "journey.touchpoint.emotionRange", touchpoint.designedEmotion());
		}
		keywords(violations, path + ".keywordsEn", touchpoint.keywordsEn());
		keywords(violations, path + ".keywordsZh", touchpoint.keywordsZh());
		if (touchpoint.standards().size() > MAX_STANDARDS) {
			violations.add(path + ".standards", "journey.tooManyStandards", MAX_STANDARDS);
		}
		for (int i = 0; i < touchpoint.standards().size(); i++) {
			ServiceStandard standard = touchpoint.standards().get(i);
			String standardPath = path + ".standards[" + i + "]";
			violations.requireText(standardPath + ".name", standard.name(), 200);
			optional(violations, standardPath + ".measure", standard.measure(), 500);
			optional(violations, standardPath + ".unit", standard.unit(), 40);
			if (standard.target() == null) {
				violations.add(standardPath + ".target", "journey.standard.targetRequired");
			}
			if (standard.direction() == null) {
				violations.add(standardPath + ".direction", "journey.standard.directionRequired");
			}
		}
	}

	private static void unique(Violations violations, String path, String name, Map<String, String> seen) {
		if (name == null || name.isBlank()) {
			return;
		}
		String key = name.trim().toLowerCase(Locale.ROOT);
		if (seen.putIfAbsent(key, path) != null) {
			violations.add(path, "journey.touchpoint.duplicateName", name.trim());
		}
	}

	private static void keywords(Violations violations, String path, List<String> keywords) {
		if (keywords.size() > MAX_KEYWORDS) {
			violations.add(path, "journey.tooManyKeywords", MAX_KEYWORDS);
		}
		for (String keyword : keywords) {
			if (keyword == null || keyword.isBlank() || keyword.length() > 60) {
				violations.add(path, "journey.keywordInvalid", String.valueOf(keyword));
				return;
			}
		}
	}

	private static void optional(Violations violations, String field, String value, int max) {
		if (value != null && value.length() > max) {
			violations.add(field, "validation.tooLong", max);
		}
	}

}
