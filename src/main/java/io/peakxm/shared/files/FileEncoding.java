package io.peakxm.shared.files;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.peakxm.shared.InvalidInputException;

/**
 * The character encoding of an uploaded CSV file: detected ({@link #AUTO}, the default)
 * or chosen by the user when the detection guesses wrong. GB18030 also reads GBK and
 * GB2312 files (what Excel on Chinese Windows saves); windows-1252 also reads ISO-8859-1
 * text; UTF-16 needs its byte-order mark. XLSX files carry their own encoding.
 */
public enum FileEncoding {

	AUTO("auto", null), UTF_8("UTF-8", "UTF-8"), GB18030("GB18030", "GB18030"), BIG5("Big5", "Big5"),
	WINDOWS_1252("windows-1252", "windows-1252"), UTF_16("UTF-16", "UTF-16");

	/** Other names people and programs use for the same choice. */
	private static final List<String[]> ALIASES = List.of(new String[] { "gbk", "GB18030" },
			new String[] { "gb2312", "GB18030" }, new String[] { "iso-8859-1", "windows-1252" },
			new String[] { "latin1", "windows-1252" }, new String[] { "latin-1", "windows-1252" },
			new String[] { "cp1252", "windows-1252" }, new String[] { "utf8", "UTF-8" },
			new String[] { "big-5", "Big5" }, new String[] { "utf-16le", "UTF-16" },
			new String[] { "utf-16be", "UTF-16" });

	private final String label;

	private final String charsetName;

	FileEncoding(String label, String charsetName) {
		this.label = label;
		this.charsetName = charsetName;
	}

	/**
	 * The name shown and accepted: "auto", "UTF-8", "GB18030", "Big5", "windows-1252",
	 * "UTF-16".
	 */
	public String label() {
		return label;
	}

	/** The Java charset of a chosen encoding; null for {@link #AUTO}. */
	public Charset charset() {
		return charsetName == null ? null : Charset.forName(charsetName);
	}

	/**
	 * Reads a choice by its label, its constant name or a common alias (GBK, ISO-8859-1
	 * …), ignoring case; blank is {@link #AUTO}. An unknown name is refused on
	 * {@code field}, listing the choices.
	 */
	public static FileEncoding parse(String field, String value) {
		if (value == null || value.isBlank()) {
			return AUTO;
		}
		String wanted = value.trim().toLowerCase(Locale.ROOT);
		for (String[] alias : ALIASES) {
			if (alias[0].equals(wanted)) {
				wanted = alias[1].toLowerCase(Locale.ROOT);
			}
		}
		for (FileEncoding encoding : values()) {
			if (encoding.label.toLowerCase(Locale.ROOT).equals(wanted) || encoding.name().equalsIgnoreCase(wanted)) {
				return encoding;
			}
		}
		throw InvalidInputException.of(field, "import.encodingUnknown", value,
				String.join(", ", Arrays.stream(values()).map(FileEncoding::label).toList()));
	}

}
