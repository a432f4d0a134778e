package io.peakxm.shared;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link WellFormedText} to every string and every string map key a JSON mapper
 * reads (also inside untyped {@code Map<String, Object>} values), so that request bodies
 * and imported files fail to read when they carry text PeakXM cannot store. Add it to
 * mappers that read what people and systems send — not to those that read stored data
 * back, which must stay readable whatever an older version accepted.
 */
public final class WellFormedTextModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	public WellFormedTextModule() {
		super("peakxm-well-formed-text");
		addDeserializer(String.class, new CheckedStrings());
		addKeyDeserializer(String.class, new CheckedKeys());
		// Untyped maps (inside Map<String, Object> values) look their key reader up as
		// Object's.
		addKeyDeserializer(Object.class, new CheckedKeys());
	}

	/**
	 * A copy of {@code mapper} with the same settings that also checks every string it
	 * reads.
	 */
	public static JsonMapper checking(JsonMapper mapper) {
		return mapper.rebuild().addModule(new WellFormedTextModule()).build();
	}

	/**
	 * Reads a document a caller sent, with a mapper made by {@link #checking}: text that
	 * breaks the rule is refused naming its path; a document that is not JSON of the
	 * type, or is JSON {@code null}, is refused on {@code field} with {@code code}.
	 */
	public static <T> T read(JsonMapper checking, String json, Class<T> type, String field, String code) {
		T value;
		try {
			value = checking.readValue(json, type);
		}
		catch (MalformedText ex) {
			throw new InvalidInputException(List.of(ex.violation()));
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of(field, code);
		}
		if (value == null) {
			throw InvalidInputException.of(field, code);
		}
		return value;
	}

	/**
	 * The violation behind a failed read (the failure itself or one of its causes); empty
	 * for other failures.
	 */
	public static Optional<FieldViolation> violation(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof MalformedText malformed) {
				return Optional.of(malformed.violation());
			}
		}
		return Optional.empty();
	}

	/**
	 * A read stopped at text that breaks the rule. A mismatch, so that JSON readers
	 * (Spring's message converters among them) report it as bad input, never as a server
	 * error.
	 */
	public static final class MalformedText extends MismatchedInputException {

		private static final long serialVersionUID = 1L;

		private final transient String text;

		MalformedText(JsonParser parser, String text) {
			super(parser, "Text that cannot be stored (NUL, an unpaired surrogate or a control character)",
					String.class);
			this.text = text;
		}

		/**
		 * The violation, its field named by the JSON path of the string
		 * ({@code answers.comment}, {@code stages[0].name}); for a malformed map key, the
		 * path of the map.
		 */
		public FieldViolation violation() {
			return WellFormedText.problem(JsonPaths.of(this, "body"), text).orElseThrow();
		}

	}

	private static final class CheckedStrings extends StringDeserializer {

		private static final long serialVersionUID = 1L;

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			if (!WellFormedText.isWellFormed(text)) {
				throw new MalformedText(parser, text);
			}
			return text;
		}

	}

	private static final class CheckedKeys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
			if (!WellFormedText.isWellFormed(key)) {
				throw new MalformedText(context.getParser(), key);
			}
			return key;
		}

	}

}
