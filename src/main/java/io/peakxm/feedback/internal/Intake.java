package io.peakxm.feedback.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.peakxm.feedback.FeedbackSource;
import io.peakxm.feedback.NewFeedback;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Texts;
import io.peakxm.shared.Violations;
import io.peakxm.shared.WellFormedText;
import org.springframework.stereotype.Component;

/**
 * Checks feedback sent by a caller — every item before any is stored, so a batch is taken
 * whole or not at all — and names each problem by item and field ({@code items[3].text}).
 */
@Component
class Intake {

	static final int MAX_TEXT = NewFeedback.MAX_TEXT;

	static final int MAX_BATCH = NewFeedback.MAX_BATCH;

	static final int MAX_SHORT = 200;

	static final int MAX_FIELDS = 20;

	static final int MAX_FIELD_NAME = 40;

	static final int MAX_SCALE = 100;

	private static final Set<String> LANGUAGES = Set.of("zh", "en", "other");

	private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

	private final Clock clock;

	private final Pseudonyms pseudonyms;

	Intake(Clock clock, Pseudonyms pseudonyms) {
		this.clock = clock;
		this.pseudonyms = pseudonyms;
	}

	/**
	 * Checks a batch; {@code prefix} names its items in messages ("items" for a bulk
	 * call, "row" for a file whose row numbers are given by {@code rowNumbers}).
	 * @throws InvalidInputException with every problem of every item
	 */
	List<Prepared> check(long workspaceId, List<NewFeedback> batch, String prefix, List<Integer> rowNumbers,
			Touchpoints touchpoints) {
		if (batch.isEmpty()) {
			throw InvalidInputException.of(prefix, "feedback.empty");
		}
		if (batch.size() > MAX_BATCH) {
			throw InvalidInputException.of(prefix, "feedback.tooMany", MAX_BATCH);
		}
		List<FieldViolation> problems = new ArrayList<>();
		List<Prepared> prepared = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			String name = rowNumbers == null ? prefix + "[" + i + "]" : prefix + " " + rowNumbers.get(i);
			Violations v = new Violations();
			Prepared p = checkOne(workspaceId, batch.get(i), v, touchpoints);
			if (v.isEmpty()) {
				prepared.add(p);
			}
			else {
				for (FieldViolation f : v.found()) {
					problems.add(new FieldViolation(name + "." + f.field(), f.code(), f.args()));
				}
			}
			if (problems.size() >= 100) {
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return prepared;
	}

	/** Checks one item; its problems are named by field alone. */
	Prepared checkOne(long workspaceId, NewFeedback in, Touchpoints touchpoints) {
		Violations v = new Violations();
		Prepared p = checkOne(workspaceId, in, v, touchpoints);
		v.throwIfAny();
		return p;
	}

	private Prepared checkOne(long workspaceId, NewFeedback in, Violations v, Touchpoints touchpoints) {
		if (in == null) {
			v.add("item", "validation.required");
			return null;
		}
		FeedbackSource source = null;
		if (in.source() == null || in.source().isBlank()) {
			v.add("source", "validation.required");
		}
		else {
			source = FeedbackSource.parse(in.source()).orElse(null);
			if (source == null) {
				v.add("source", "feedback.sourceUnknown", in.source(), FeedbackSource.names());
			}
			else if (source == FeedbackSource.SURVEY) {
				v.add("source", "feedback.sourceSurvey");
			}
		}
		text(v, "text", in.text(), MAX_TEXT, true);
		text(v, "externalId", in.externalId(), MAX_SHORT, false);
		text(v, "author", in.author(), MAX_SHORT, false);
		text(v, "site", in.site(), MAX_SHORT, false);
		text(v, "customerRef", in.customerRef(), MAX_SHORT, false);
		String language = in.language() == null || in.language().isBlank() ? null
				: in.language().trim().toLowerCase(java.util.Locale.ROOT);
		if (language != null && !LANGUAGES.contains(language)) {
			v.add("language", "feedback.languageUnknown", in.language());
		}
		int min = in.ratingMin() == null ? 1 : in.ratingMin();
		int max = in.ratingMax() == null ? 5 : in.ratingMax();
		rating(v, in.rating(), min, max, in.ratingMin() != null || in.ratingMax() != null);
		Instant now = clock.instant();
		Instant written = in.writtenAt() == null ? now : in.writtenAt();
		if (written.isBefore(EARLIEST) || written.isAfter(now.plus(Duration.ofDays(1)))) {
			v.add("writtenAt", "feedback.writtenAtOutOfRange", String.valueOf(in.writtenAt()));
		}
		fields(v, in.fields());
		if (in.journeyId() != null && !touchpoints.hasJourney(in.journeyId())) {
			v.add("journeyId", "feedback.journeyUnknown", in.journeyId());
		}
		if (in.touchpointId() != null && !touchpoints.has(in.journeyId(), in.touchpointId())) {
			v.add("touchpointId", "feedback.touchpointUnknown", in.touchpointId());
		}
		if (!v.isEmpty()) {
			return null;
		}
		String author = in.author() == null || in.author().isBlank() ? null
				: pseudonyms.of(workspaceId, in.author().trim());
		String externalId = in.externalId() == null || in.externalId().isBlank()
				? derivedId(source, in.author(), written, in.text()) : in.externalId().trim();
		boolean rated = in.rating() != null;
		return new Prepared(source, externalId, author, in.rating(), rated ? min : null, rated ? max : null, in.text(),
				language, written, blankToNull(in.site()), blankToNull(in.customerRef()), in.journeyId(),
				in.touchpointId(), in.fields(), null, null, null);
	}

	private static void text(Violations v, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				v.add(field, "validation.required");
			}
			return;
		}
		if (value.length() > max) {
			v.add(field, "validation.tooLong", max);
		}
		else {
			WellFormedText.problem(field, value).ifPresent(p -> v.add(p.field(), p.code(), p.args().toArray()));
		}
	}

	private static void rating(Violations v, BigDecimal rating, int min, int max, boolean scaleGiven) {
		if (scaleGiven && (min < 0 || max > MAX_SCALE || min >= max)) {
			v.add("ratingMax", "feedback.scaleInvalid", min, max, MAX_SCALE);
			return;
		}
		if (rating == null) {
			return;
		}
		if (rating.compareTo(BigDecimal.valueOf(min)) < 0 || rating.compareTo(BigDecimal.valueOf(max)) > 0) {
			v.add("rating", "feedback.ratingOutOfScale", rating.toPlainString(), min, max);
		}
		else if (rating.stripTrailingZeros().scale() > 2) {
			v.add("rating", "feedback.ratingPrecision", rating.toPlainString());
		}
	}

	private static void fields(Violations v, Map<String, String> fields) {
		if (fields.size() > MAX_FIELDS) {
			v.add("fields", "feedback.tooManyFields", MAX_FIELDS);
			return;
		}
		fields.forEach((name, value) -> {
			if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0," + (MAX_FIELD_NAME - 1) + "}")) {
				v.add("fields", "feedback.fieldName", String.valueOf(name));
			}
			else {
				text(v, "fields." + name, value, MAX_SHORT, true);
			}
		});
	}

	/** An id for an item sent without one: the same item sent again gets the same id. */
	static String derivedId(FeedbackSource source, String author, Instant written, String text) {
		String basis = source + "\u0000" + author + "\u0000" + written + "\u0000" + text;
		return "sha256:" + Texts.sha256Hex(basis).substring(0, 40);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
