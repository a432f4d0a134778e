package io.peakxm.shared.files;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CSV bytes become text strictly, in the chosen or detected encoding; real byte files are
 * made here.
 */
class UploadedTextTests {

	static final String CHINESE = "姓名,城市,评语\n王小明,北京,航班准点，服务很好\n李华,上海,行李等了很久\n";

	static final String WESTERN = "name,city,comment\nAnna,Zürich,Très bien, café au lait à bord\nJosé,Genève,Señor Müller\n";

	@Test
	void detectsGb18030ChineseAsExcelOnChineseWindowsSavesIt() {
		UploadedText.Decoded decoded = UploadedText.decode(CHINESE.getBytes(Charset.forName("GB18030")),
				FileEncoding.AUTO);
		assertThat(decoded.text()).isEqualTo(CHINESE);
		assertThat(decoded.encoding()).isEqualTo(FileEncoding.GB18030);
		assertThat(decoded.detected()).isTrue();
		byte[] gbk = CHINESE.getBytes(Charset.forName("GBK"));
		assertThat(UploadedText.decode(gbk, FileEncoding.AUTO).text()).isEqualTo(CHINESE);
	}

	@Test
	void detectsWindows1252WesternTextThatIsNeitherUtf8NorChinese() {
		UploadedText.Decoded decoded = UploadedText.decode(WESTERN.getBytes(Charset.forName("windows-1252")),
				FileEncoding.AUTO);
		assertThat(decoded.text()).isEqualTo(WESTERN).contains("Zürich", "café");
		assertThat(decoded.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
	}

	@Test
	void keepsWesternTextThatHappensToBeValidGb18030AsWindows1252() {
		// "ü" + "r" and "è" + "v" are valid GBK pairs, but they decode to rare characters
		// outside the common set.
		String cities = "city\nZürich\nGenève\n";
		byte[] bytes = cities.getBytes(Charset.forName("windows-1252"));
		assertThat(new String(bytes, Charset.forName("GB18030"))).doesNotContain("\uFFFD");
		assertThat(UploadedText.decode(bytes, FileEncoding.AUTO).text()).isEqualTo(cities);
	}

	@Test
	void detectsUtf8WithAndWithoutByteOrderMarkAndDropsTheMark() {
		byte[] plain = CHINESE.getBytes(StandardCharsets.UTF_8);
		assertThat(UploadedText.decode(plain, FileEncoding.AUTO).encoding()).isEqualTo(FileEncoding.UTF_8);
		byte[] marked = withPrefix(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, plain);
		UploadedText.Decoded decoded = UploadedText.decode(marked, FileEncoding.AUTO);
		assertThat(decoded.text()).isEqualTo(CHINESE);
		assertThat(decoded.encoding()).isEqualTo(FileEncoding.UTF_8);
	}

	@Test
	void readsUtf16LittleEndianByItsByteOrderMark() {
		byte[] bytes = withPrefix(new byte[] { (byte) 0xFF, (byte) 0xFE }, WESTERN.getBytes(StandardCharsets.UTF_16LE));
		UploadedText.Decoded decoded = UploadedText.decode(bytes, FileEncoding.AUTO);
		assertThat(decoded.text()).isEqualTo(WESTERN);
		assertThat(decoded.encoding()).isEqualTo(FileEncoding.UTF_16);
		assertThat(UploadedText.decode(bytes, FileEncoding.UTF_16).text()).isEqualTo(WESTERN);
	}

	@Test
	void refusesUtf16WithoutByteOrderMark() {
		assertThatThrownBy(() -> UploadedText.decode(WESTERN.getBytes(StandardCharsets.UTF_16LE), FileEncoding.UTF_16))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).code()).isEqualTo("import.utf16NeedsBom"));
	}

	@Test
	void readsBig5WhenChosen() {
		String traditional = "姓名,城市\n陳大文,臺北\n";
		assertThat(UploadedText.decode(traditional.getBytes(Charset.forName("Big5")), FileEncoding.BIG5).text())
			.isEqualTo(traditional);
	}

	@Test
	void refusesBytesThatAreNotValidInTheChosenEncodingNamingTheLine() {
		byte[] latin = WESTERN.getBytes(Charset.forName("windows-1252"));
		assertThatThrownBy(() -> UploadedText.decode(latin, FileEncoding.UTF_8))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				FieldViolation v = ex.violations().get(0);
				assertThat(v.field()).isEqualTo("file");
				assertThat(v.code()).isEqualTo("import.undecodable");
				assertThat(v.args()).containsExactly(2, "UTF-8");
			});
	}

	@Test
	void autoRefusesBytesNoCandidateEncodingAllowsNamingTheLineAndWindows1252() {
		// 0x81 is undefined in windows-1252, and "\u00ff\u0081" is neither UTF-8 nor
		// GB18030 (0x81 then a line feed).
		byte[] bytes = withPrefix("a,b\n1,2\n3,".getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xFF, (byte) 0x81, '\n' });
		assertThatThrownBy(() -> UploadedText.decode(bytes, FileEncoding.AUTO)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.violations().get(0).args()).containsExactly(3, "windows-1252"));
	}

	@Test
	void readsEncodingNamesAndAliasesAndRefusesUnknownOnes() {
		assertThat(FileEncoding.parse("encoding", null)).isEqualTo(FileEncoding.AUTO);
		assertThat(FileEncoding.parse("encoding", "gbk")).isEqualTo(FileEncoding.GB18030);
		assertThat(FileEncoding.parse("encoding", "ISO-8859-1")).isEqualTo(FileEncoding.WINDOWS_1252);
		assertThat(FileEncoding.parse("encoding", "utf_8")).isEqualTo(FileEncoding.UTF_8);
		assertThat(FileEncoding.parse("encoding", "Big5")).isEqualTo(FileEncoding.BIG5);
		assertThatThrownBy(() -> FileEncoding.parse("encoding", "EBCDIC"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations().get(0).args())
				.containsExactly("EBCDIC", "auto, UTF-8, GB18030, Big5, windows-1252, UTF-16"));
	}

	private static byte[] withPrefix(byte[] prefix, byte[] rest) {
		return ByteBuffer.allocate(prefix.length + rest.length).put(prefix).put(rest).array();
	}

}
