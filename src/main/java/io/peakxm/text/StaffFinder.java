package io.peakxm.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds staff mentions: role words in English and Chinese (resource staff-roles.tsv,
 * longer terms first) and names after cues such as "thanks to Anna", "Mr. Li", "flight
 * attendant Maria", "小王" or "王经理".
 */
final class StaffFinder {

	private static final String NAME = "([A-Z][a-z]{1,15}(?:\\s[A-Z][a-z]{1,15})?)";

	private static final Pattern THANKS = Pattern
		.compile("(?i:thanks?(?:\\s+you)?\\s+(?:so\\s+much\\s+)?(?:to\\s+)?|kudos\\s+to\\s+|shout\\s*out\\s+to\\s+"
				+ "|(?:named|called)\\s+)" + NAME);

	private static final Pattern TITLE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+" + NAME);

	private static final Pattern ROLE_NAME = Pattern.compile("\\s*,?\\s+" + NAME);

	private static final String SURNAMES = "王李张刘陈杨赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜程苏魏吕丁任沈"
			+ "姚卢姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯贺顾郝龚邵万钱覃武戴汤庞樊兰殷施陶洪翟安颜倪严温季俞章鲁葛伍"
			+ "申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝涂谷祁舒耿牟詹凌纪靳盛欧甄游阳裴席卫屈鲍霍翁隋甘景柏宁柯阮桂闵丛华冉";

	private static final Pattern ZH_TITLE = Pattern.compile("([" + SURNAMES + "])(经理|主管|师傅|先生|女士|小姐|机长|领班|店长|导游)");

	private static final Pattern ZH_XIAO = Pattern.compile("小([" + SURNAMES + "])(?![时区心姐孩吃费型票])");

	private static final List<String> ZH_TITLES = List.of("经理", "主管", "师傅", "先生", "女士", "小姐", "机长", "领班", "店长", "导游");

	private static final Map<String, String> ZH_TITLE_ROLES = Map.of("经理", "manager", "主管", "manager", "领班", "manager",
			"店长", "manager", "师傅", "driver", "机长", "pilot", "导游", "guide");

	private final TermIndex<String> roles = new TermIndex<>();

	private final Lexicons lex;

	StaffFinder(Lexicons lex) {
		this.lex = lex;
		for (String[] row : Lexicons.rows("staff-roles.tsv")) {
			TermMatcher m = TermMatcher.of(row[0]);
			if (m != null) {
				this.roles.add(m, row[1]);
			}
		}
	}

	List<StaffMention> find(Doc doc) {
		List<StaffMention> found = new ArrayList<>();
		String original = doc.view.original;
		Matcher m = ZH_TITLE.matcher(original);
		boolean titles = false;
		for (String title : ZH_TITLES) {
			titles |= original.contains(title);
		}
		while (titles && m.find()) {
			add(found, new StaffMention(m.group(), ZH_TITLE_ROLES.get(m.group(2)), m.start(), m.end()));
		}
		String norm = doc.view.norm;
		if (norm.contains("mr") || norm.contains("ms") || norm.contains("miss") || norm.contains("dr")) {
			names(doc, TITLE, found);
		}
		List<TermIndex.Hit<String>> hits = this.roles.find(doc, 0, doc.view.length());
		hits.sort(Comparator.comparingInt((TermIndex.Hit<String> h) -> h.start() - h.end())
			.thenComparingInt(TermIndex.Hit::start));
		for (TermIndex.Hit<String> h : hits) {
			add(found, new StaffMention(original.substring(h.start(), h.end()), h.value(), h.start(), h.end()));
		}
		for (TermIndex.Hit<String> h : hits) {
			if (h.term().substring() == null) {
				m = ROLE_NAME.matcher(original).region(h.end(), original.length());
				if (m.lookingAt()) {
					addName(doc, m, m.start(1), found);
				}
			}
		}
		if (norm.contains("thank") || norm.contains("kudos") || norm.contains("shout") || norm.contains("named")
				|| norm.contains("called")) {
			names(doc, THANKS, found);
		}
		if (norm.indexOf('小') >= 0) {
			m = ZH_XIAO.matcher(original);
			while (m.find()) {
				add(found, new StaffMention(m.group(), null, m.start(), m.end()));
			}
		}
		found.sort(Comparator.comparingInt(StaffMention::start));
		return found;
	}

	private void names(Doc doc, Pattern pattern, List<StaffMention> found) {
		String original = doc.view.original;
		Matcher m = pattern.matcher(original);
		while (m.find()) {
			addName(doc, m, (pattern == TITLE) ? m.start() : m.start(1), found);
		}
	}

	private void addName(Doc doc, Matcher m, int start, List<StaffMention> found) {
		String name = m.group(1);
		String firstWord = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
		if (this.lex.stopEnglish.contains(firstWord) || this.lex.english.containsKey(firstWord)
				|| blankedTag(doc, m.start(1))) {
			return;
		}
		add(found, new StaffMention(doc.view.original.substring(start, m.end(1)), null, start, m.end(1)));
	}

	private static boolean blankedTag(Doc doc, int offset) {
		return doc.view.norm.charAt(offset) == ' ';
	}

	private static void add(List<StaffMention> found, StaffMention mention) {
		for (StaffMention f : found) {
			if (mention.start() < f.end() && f.start() < mention.end()) {
				return;
			}
		}
		found.add(mention);
	}

}
