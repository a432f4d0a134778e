package io.peakxm.journey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.shared.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Ready-made journeys to start from (airline trip, hotel stay, restaurant visit, retail
 * store visit), shipped as journey files under {@code journey/templates/} and read with
 * the same strict reader as imports.
 */
@Component
public class JourneyTemplates {

	/** A template as offered to designers. */
	public record Template(String key, String name, String nameZh, int stages, int touchpoints) {
	}

	static final List<String> KEYS = List.of("airline-trip", "hotel-stay", "restaurant-visit", "retail-store-visit");

	private final Map<String, JourneyDesign> designs = new LinkedHashMap<>();

	JourneyTemplates() {
		for (String key : KEYS) {
			try (InputStream in = new ClassPathResource("journey/templates/" + key + ".json").getInputStream()) {
				designs.put(key, JourneyDocuments.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new IllegalStateException("journey template " + key + " is missing from the build", ex);
			}
		}
	}

	public List<Template> list() {
		return designs.entrySet()
			.stream()
			.map(e -> new Template(e.getKey(), e.getValue().name(), e.getValue().nameZh(), e.getValue().stages().size(),
					e.getValue().touchpointsInOrder().size()))
			.toList();
	}

	public JourneyDesign design(String key) {
		JourneyDesign design = designs.get(key);
		if (design == null) {
			throw new NotFoundException("journey.template.notFound");
		}
		return design;
	}

}
