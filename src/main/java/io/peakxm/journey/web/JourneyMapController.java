package io.peakxm.journey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.journey.Journey;
import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.Journeys;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.Emotion;
import io.peakxm.workspace.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journey map: stages as columns, blueprint lanes as rows, touchpoints in order with
 * their standards, and the designed emotion curve across all touchpoints (drawn by
 * static/js/journey-map.js from a data attribute). What customers reported is drawn next
 * to it by the same script from the metrics module's
 * {@code /api/v1/metrics/journey-reports} — fetched by the browser, since metrics depends
 * on journey and not the other way round.
 */
@Controller
@PreAuthorize("hasAuthority('DESIGN_VIEW')")
class JourneyMapController {

	private final Journeys journeys;

	private final JsonMapper json;

	private final org.springframework.context.MessageSource messages;

	JourneyMapController(Journeys journeys, JsonMapper json, org.springframework.context.MessageSource messages) {
		this.journeys = journeys;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/journeys/{id}/map")
	String map(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, Locale locale) {
		java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
		for (int e = Emotion.MIN; e <= Emotion.MAX; e++) {
			words.put(String.valueOf(e), messages.getMessage("emotion." + e, null, locale));
		}
		model.addAttribute("emotionWords", json.writeValueAsString(words));
		var actor = CurrentActor.require();
		Journey journey = journeys.get(actor, id);
		JourneyDesign design = version == null ? journey.design() : journeys.version(actor, id, version).design();
		model.addAttribute("journey", journey);
		model.addAttribute("design", design);
		model.addAttribute("version", version);
		model.addAttribute("lanes", Stage.LANES);
		model.addAttribute("chart", json.writeValueAsString(EmotionCurve.of(design, locale)));
		return "journeys/map";
	}

	/**
	 * What the chart script draws: one point per touchpoint (with its id, to place what
	 * customers reported), stage bands, peaks and the end.
	 */
	record EmotionCurve(List<Long> ids, List<String> touchpoints, List<Integer> emotions, List<Integer> peaks,
			Integer end, List<Band> stages) {

		record Band(String name, int from, int to) {
		}

		static EmotionCurve of(JourneyDesign design, Locale locale) {
			List<Long> ids = new ArrayList<>();
			List<String> names = new ArrayList<>();
			List<Integer> emotions = new ArrayList<>();
			List<Integer> peaks = new ArrayList<>();
			List<Band> bands = new ArrayList<>();
			Integer end = null;
			for (Stage stage : design.stages()) {
				int from = names.size();
				for (Touchpoint t : stage.touchpoints()) {
					if (t.designedPeak()) {
						peaks.add(names.size());
					}
					if (t.endMoment()) {
						end = names.size();
					}
					ids.add(t.id());
					names.add(t.name().in(locale));
					emotions.add(t.designedEmotion());
				}
				if (names.size() > from) {
					bands.add(new Band(stage.displayName().in(locale), from, names.size() - 1));
				}
			}
			return new EmotionCurve(ids, names, emotions, peaks, end, bands);
		}
	}

}
