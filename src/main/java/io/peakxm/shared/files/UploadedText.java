package io.peakxm.shared.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.peakxm.shared.InvalidInputException;

/**
 * Turns the bytes of an uploaded text file (CSV) into text, strictly: a byte sequence
 * that is not valid in the encoding is refused naming its line and the encoding, never
 * replaced by a placeholder and imported as corrupted text.
 * <p>
 * With {@link FileEncoding#AUTO}: a byte-order mark decides (UTF-8, UTF-16 LE/BE,
 * GB18030); otherwise UTF-8 when the whole file is valid UTF-8 (text in any other
 * encoding almost never is); otherwise GB18030 when the bytes are valid GB18030 and read
 * as Chinese — at least one Han character, and at least 9 in 10 of the non-ASCII
 * characters in the common GB2312 set (Western text read as GB18030 yields rare
 * characters outside it, since an accented letter followed by an ASCII one pairs into the
 * GBK extension); otherwise windows-1252. Big5 is never guessed (its bytes overlap
 * GBK's): it is chosen by the user.
 */
public final class UploadedText {

	/**
	 * The text and the encoding it was read with; {@code detected} when the encoding was
	 * not chosen.
	 */
	public record Decoded(String text, FileEncoding encoding, boolean detected) {
	}

	private static final int SAMPLE = 100_000;

	private UploadedText() {
	}

	public static Decoded decode(byte[] bytes, FileEncoding choice) {
		FileEncoding marked = byteOrderMark(bytes);
		if (choice == FileEncoding.AUTO) {
			if (marked != null) {
				return new Decoded(strict(bytes, marked), marked, true);
			}
			String utf8 = attempt(bytes, StandardCharsets.UTF_8);
			if (utf8 != null) {
				return new Decoded(utf8, FileEncoding.UTF_8, true);
			}
			String chinese = attempt(bytes, FileEncoding.GB18030.charset());
			if (chinese != null && readsAsChinese(chinese)) {
				return new Decoded(chinese, FileEncoding.GB18030, true);
			}
			return new Decoded(strict(bytes, FileEncoding.WINDOWS_1252), FileEncoding.WINDOWS_1252, true);
		}
		if (choice == FileEncoding.UTF_16 && marked != FileEncoding.UTF_16) {
			throw InvalidInputException.of("encoding", "import.utf16NeedsBom");
		}
		return new Decoded(strict(bytes, choice), choice, false);
	}

	/** The encoding a byte-order mark at the start names, or null. */
	private static FileEncoding byteOrderMark(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return FileEncoding.UTF_8;
		}
		if (b.length >= 2
				&& ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
			return FileEncoding.UTF_16;
		}
		if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95
				&& (b[3] & 0xFF) == 0x33) {
			return FileEncoding.GB18030;
		}
		return null;
	}

	private static boolean readsAsChinese(String text) {
		CharsetEncoder common = Charset.isSupported("GB2312") ? Charset.forName("GB2312").newEncoder() : null;
		int nonAscii = 0;
		int han = 0;
		int inCommonSet = 0;
		for (int i = 0; i < text.length() && nonAscii < SAMPLE; i++) {
			char c = text.charAt(i);
			if (c < 0x80 || c == '\uFEFF') {
				continue;
			}
			nonAscii++;
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				han++;
			}
			if (common == null ? Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN : common.canEncode(c)) {
				inCommonSet++;
			}
		}
		return han > 0 && inCommonSet * 10L >= nonAscii * 9L;
	}

	/** The text, or null when the bytes are not valid in that encoding. */
	private static String attempt(byte[] bytes, Charset charset) {
		try {
			return decodeOrFail(bytes, charset);
		}
		catch (Undecodable ex) {
			return null;
		}
	}

	private static String strict(byte[] bytes, FileEncoding encoding) {
		try {
			return decodeOrFail(bytes, encoding.charset());
		}
		catch (Undecodable ex) {
			throw InvalidInputException.of("file", "import.undecodable", ex.line, encoding.label());
		}
	}

	/** Decodes with errors reported, not replaced; without a leading byte-order mark. */
	private static String decodeOrFail(byte[] bytes, Charset charset) throws Undecodable {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 16);
		CoderResult result = decoder.decode(in, out, true);
		while (result.isOverflow()) {
			out = grown(out);
			result = decoder.decode(in, out, true);
		}
		if (result.isError()) {
			throw new Undecodable(lineAt(out));
		}
		result = decoder.flush(out);
		while (result.isOverflow()) {
			out = grown(out);
			result = decoder.flush(out);
		}
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static CharBuffer grown(CharBuffer out) {
		CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
		out.flip();
		bigger.put(out);
		return bigger;
	}

	/**
	 * The 1-based line the decoder stopped on: one more than the line feeds decoded
	 * before it.
	 */
	private static int lineAt(CharBuffer out) {
		int line = 1;
		for (int i = 0; i < out.position(); i++) {
			if (out.get(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** A byte sequence the encoding does not allow, on a line. */
	private static final class Undecodable extends Exception {

		private final int line;

		Undecodable(int line) {
			super(null, null, false, false);
			this.line = line;
		}

	}

}
