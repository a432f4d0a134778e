package io.peakxm.feedback.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.files.ImportFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file as rows: an array of objects, or NDJSON (one object per line). The header
 * is every property name in the order first met (row 0, before the data); a row's cells
 * are its object's values as text — strings as they are, numbers and booleans as written,
 * null and absent properties empty, nested arrays and objects as their JSON. In an array
 * the n-th object is row n; in NDJSON a row is numbered by its line. The file is read as
 * a stream on every pass, never held as a tree.
 */
final class JsonRows implements ImportFiles.RawRows {

	private final String text;

	private final ObjectReader reader;

	private final boolean array;

	private List<String> header;

	JsonRows(String text, JsonMapper json) {
		this.text = text;
		this.reader = json.readerFor(JsonNode.class);
		this.array = text.stripLeading().startsWith("[");
	}

	@Override
	public void forEach(ImportFiles.RowConsumer rows) {
		if (header == null) {
			List<String> names = new ArrayList<>();
			objects((row, object) -> object.propertyNames().forEach(name -> {
				if (!names.contains(name)) {
					names.add(name);
				}
			}));
			header = List.copyOf(names);
		}
		rows.accept(0, header);
		objects((row, object) -> {
			Map<String, JsonNode> values = new LinkedHashMap<>();
			object.properties().forEach(p -> values.put(p.getKey(), p.getValue()));
			List<String> cells = new ArrayList<>(header.size());
			for (String name : header) {
				JsonNode value = values.get(name);
				cells.add(value == null || value.isNull() ? ""
						: value.isValueNode() ? value.asString() : value.toString());
			}
			rows.accept(row, cells);
		});
	}

	/** Receives one object with its row number. */
	private interface ObjectConsumer {

		void accept(int row, JsonNode object);

	}

	private void objects(ObjectConsumer consumer) {
		int line = 1;
		try (MappingIterator<JsonNode> values = reader.readValues(text)) {
			int index = 0;
			while (values.hasNextValue()) {
				JsonNode value = values.nextValue();
				index++;
				line = values.currentLocation() == null ? line : values.currentLocation().getLineNr();
				int row = array ? index : line;
				if (!value.isObject()) {
					throw InvalidInputException.of("row " + row, "feedback.import.jsonNotObject");
				}
				consumer.accept(row, value);
			}
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("file", "feedback.import.jsonMalformed",
					ex.getLocation() == null ? line : ex.getLocation().getLineNr());
		}
	}

}
