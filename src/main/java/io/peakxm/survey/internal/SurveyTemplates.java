package io.peakxm.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.peakxm.journey.JourneyDesign;
import io.peakxm.journey.JourneyRules;
import io.peakxm.journey.Stage;
import io.peakxm.journey.Touchpoint;
import io.peakxm.shared.NotFoundException;
import io.peakxm.survey.ChoiceOption;
import io.peakxm.survey.DisplayCondition;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.SurveyDefinition;
import io.peakxm.survey.SurveyRules;
import io.peakxm.survey.TouchpointLinks;

/**
 * Ready-made surveys, each for the journey a designer chose (or none): every template
 * keeps that journey, and its matrix rows are tied to the journey's touchpoints of the
 * same name ({@link TouchpointLinks#bind}). The hotel, restaurant and retail surveys rate
 * the moments of the journey templates of the same names, so a survey of a journey made
 * from such a template rates them without further work; the survey page lists what did
 * not match.
 * <p>
 * The post-flight survey is built from a journey: one matrix row per touchpoint, in
 * journey order, each row linked to its touchpoint, so that ratings feed the journey's
 * emotional curve. A journey of up to {@value SurveyRules#MAX_OPTIONS} touchpoints is
 * rated in one matrix ({@code touchpoints}); a larger one in one matrix per stage
 * ({@code touchpoints_1}, {@code touchpoints_2}, … by stage position, stages without
 * touchpoints left out), since a matrix holds at most {@value SurveyRules#MAX_OPTIONS}
 * rows and a stage at most {@value JourneyRules#MAX_TOUCHPOINTS_PER_STAGE} touchpoints.
 * Everything that reads ratings finds a touchpoint by the touchpoint id on its row,
 * whichever matrix holds it.
 */
public final class SurveyTemplates {

	/** A template as offered to designers. */
	public record Template(String key, String nameEn, String nameZh, boolean needsJourney) {
	}

	public static final List<Template> ALL = List.of(new Template("post-flight", "Post-flight survey", "航后问卷", true),
			new Template("hotel-stay", "Hotel stay survey", "酒店入住问卷", false),
			new Template("restaurant-visit", "Restaurant visit survey", "餐厅用餐问卷", false),
			new Template("retail-store-visit", "Retail store visit survey", "零售门店到店问卷", false),
			new Template("service-contact-ces", "Effort after a service contact (CES)", "服务接触后的费力度（CES）", false),
			new Template("employee-pulse", "Employee pulse (eNPS)", "员工脉搏调查（eNPS）", false),
			new Template("blank", "Blank survey", "空白问卷", false));

	private SurveyTemplates() {
	}

	/**
	 * Builds a template for the journey {@code journeyId} (null for none), whose design
	 * {@code journey} ties its rows to touchpoints; the post-flight survey needs the
	 * journey.
	 */
	public static SurveyDefinition build(String key, Long journeyId, JourneyDesign journey) {
		SurveyDefinition template = switch (key) {
			case "post-flight" -> postFlight(journey);
			case "hotel-stay" -> stay("Hotel stay survey", "酒店入住问卷", "our hotel", "我们的酒店",
					rows("booking", "Online reservation", "在线预订", "welcome", "Personal welcome", "个性化欢迎", "checkin",
							"Check-in at front desk", "前台办理入住", "room", "Room first impression", "客房第一印象", "sleep",
							"Bed and sleep quality", "床与睡眠质量", "breakfast", "Breakfast", "早餐", "checkout",
							"Check-out and farewell", "退房与送别"));
			case "restaurant-visit" -> stay("Restaurant visit survey", "餐厅用餐问卷", "our restaurant", "我们的餐厅",
					rows("reservation", "Table reservation", "订座", "welcome", "Greeting at the door", "门口迎宾", "seating",
							"Seating and table", "入座与餐位", "ordering", "Order taking", "下单", "food", "Signature dish",
							"招牌菜", "dessert", "Dessert and coffee", "甜点与咖啡", "bill", "Bill and payment", "结账买单",
							"farewell", "Farewell", "送别"));
			case "retail-store-visit" -> stay("Retail store visit survey", "零售门店到店问卷", "our store", "我们的门店",
					rows("welcome", "Greeting at the entrance", "入口迎接", "atmosphere", "Store atmosphere", "门店氛围",
							"range", "Product range and availability", "商品种类与库存", "fitting", "Fitting rooms", "试衣间",
							"advice", "Personal advice", "个性化建议", "queue", "Checkout queue", "结账排队", "payment",
							"Payment and packing", "支付与包装", "returns", "Follow-up and returns", "售后与退换货"));
			case "service-contact-ces" -> ces();
			case "employee-pulse" -> pulse();
			case "blank" -> new SurveyDefinition("New survey", "新问卷", null, null, "Thank you!", "谢谢！", null, List.of());
			default -> throw new NotFoundException("survey.template.notFound");
		};
		return TouchpointLinks.bind(template, journeyId, journey);
	}

	private static SurveyDefinition postFlight(JourneyDesign journey) {
		if (journey == null) {
			throw io.peakxm.shared.InvalidInputException.of("journeyId", "survey.template.journeyRequired");
		}
		List<Question> questions = new ArrayList<>();
		questions.add(nps("How likely are you to recommend us to a friend or colleague?", "您向朋友或同事推荐我们的可能性有多大？"));
		if (journey.touchpointsInOrder().size() <= SurveyRules.MAX_OPTIONS) {
			questions.add(touchpointMatrix("touchpoints",
					"How satisfied were you with each part of your trip? (skip what you did not use)",
					"您对此次行程的各个环节满意吗？（未使用的可跳过）", journey.touchpointsInOrder()));
		}
		else {
			for (int s = 0; s < journey.stages().size(); s++) {
				Stage stage = journey.stages().get(s);
				if (!stage.touchpoints().isEmpty()) {
					questions.add(touchpointMatrix("touchpoints_" + (s + 1),
							"How satisfied were you with each part of \"" + stage.displayName().in(Locale.ENGLISH)
									+ "\"? (skip what you did not use)",
							"您对“" + stage.displayName().in(Locale.SIMPLIFIED_CHINESE) + "”的各个环节满意吗？（未使用的可跳过）",
							stage.touchpoints()));
				}
			}
		}
		// Questions that measure service standards of the airline template (compliance on
		// the dashboards).
		for (Touchpoint t : journey.touchpointsInOrder()) {
			if ("Check-in service".equals(t.nameEn())) {
				questions.add(Question.builder("checkin_wait", QuestionType.NUMBER)
					.text("About how many minutes did you queue at check-in? (0 if you did not queue)",
							"您在值机柜台大约排队了几分钟？（未排队请填 0）")
					.touchpoint(t.id())
					.range(0.0, 300.0)
					.build());
			}
			if ("On-board service".equals(t.nameEn())) {
				questions.add(Question.builder("crew_name", QuestionType.SINGLE_CHOICE)
					.text("Did the cabin crew address you by name?", "乘务员是否称呼了您的姓名？")
					.touchpoint(t.id())
					.options(rows("yes", "Yes", "是", "no", "No", "否"))
					.build());
			}
		}
		questions.add(whatWentWrong());
		questions.add(comment());
		questions.addAll(hidden("flight", "cabin", "travel_type", "booking_ref"));
		return new SurveyDefinition("Post-flight survey", "航后问卷",
				"Thank you for flying with us. This takes two minutes.", "感谢您的搭乘，问卷约需两分钟。",
				"Thank you! Your answers help us make every trip better.", "谢谢！您的回答帮助我们改进每一次旅程。", null, questions);
	}

	/**
	 * A 1–5 matrix with one row per touchpoint, in the given order, each row linked to
	 * its touchpoint.
	 */
	private static Question touchpointMatrix(String key, String en, String zh, List<Touchpoint> touchpoints) {
		List<ChoiceOption> rows = touchpoints.stream().map(TouchpointLinks::rowFor).toList();
		return Question.builder(key, QuestionType.MATRIX).text(en, zh).rows(rows).build();
	}

	private static SurveyDefinition stay(String titleEn, String titleZh, String placeEn, String placeZh,
			List<ChoiceOption> rows) {
		List<Question> questions = new ArrayList<>();
		questions.add(nps("How likely are you to recommend " + placeEn + " to a friend or colleague?",
				"您向朋友或同事推荐" + placeZh + "的可能性有多大？"));
		questions.add(Question.builder("csat", QuestionType.CSAT)
			.text("Overall, how satisfied were you?", "总体而言，您满意吗？")
			.required(true)
			.build());
		questions.add(Question.builder("aspects", QuestionType.MATRIX)
			.text("How would you rate…", "请为以下方面评分")
			.rows(rows)
			.ratingStyle(Question.RatingStyle.STARS)
			.build());
		questions.add(whatWentWrong());
		questions.add(comment());
		questions.addAll(hidden("location", "booking_ref"));
		return new SurveyDefinition(titleEn, titleZh, null, null, "Thank you for your feedback!", "感谢您的反馈！", null,
				questions);
	}

	private static SurveyDefinition ces() {
		List<Question> questions = new ArrayList<>();
		questions.add(Question.builder("ces", QuestionType.CES)
			.text("How easy was it to get your issue resolved?", "解决您的问题有多容易？")
			.required(true)
			.build());
		questions.add(Question.builder("channel", QuestionType.SINGLE_CHOICE)
			.text("How did you contact us?", "您是通过什么方式联系我们的？")
			.options(rows("phone", "Phone", "电话", "chat", "Chat", "在线客服", "email", "E-mail", "电子邮件", "counter",
					"At the counter", "柜台"))
			.allowOther(true)
			.build());
		questions.add(Question.builder("hard", QuestionType.TEXT_LONG)
			.text("What made it hard?", "哪些方面让您觉得费力？")
			.condition(new DisplayCondition("ces", DisplayCondition.Operator.LESS_OR_EQUAL, List.of("4")))
			.build());
		questions.addAll(hidden("case_ref", "agent"));
		return new SurveyDefinition("Effort after a service contact", "服务接触后的费力度", null, null, "Thank you!", "谢谢！",
				null, questions);
	}

	/**
	 * An employee pulse: eNPS (an NPS question keyed "enps"), engagement, a comment, the
	 * team as hidden field.
	 */
	private static SurveyDefinition pulse() {
		List<Question> questions = new ArrayList<>();
		questions.add(Question.builder("enps", QuestionType.NPS)
			.text("How likely are you to recommend working here to a friend?", "您向朋友推荐来这里工作的可能性有多大？")
			.required(true)
			.build());
		questions.add(Question.builder("engagement", QuestionType.RATING)
			.text("I have what I need to give guests a great experience.", "我拥有为客人提供出色体验所需的一切。")
			.build());
		questions.add(Question.builder("comment", QuestionType.TEXT_LONG)
			.text("What would make your work better?", "什么能让您的工作更好？")
			.build());
		questions.addAll(hidden("team"));
		return new SurveyDefinition("Employee pulse", "员工脉搏调查", "Anonymous: results are shown for groups only.",
				"匿名：结果只按群体显示。", "Thank you!", "谢谢！", null, questions);
	}

	private static Question nps(String en, String zh) {
		return Question.builder("nps", QuestionType.NPS).text(en, zh).required(true).build();
	}

	private static Question whatWentWrong() {
		return Question.builder("went_wrong", QuestionType.TEXT_LONG)
			.text("We are sorry. What went wrong?", "很抱歉。哪里出了问题？")
			.page(2)
			.condition(new DisplayCondition("nps", DisplayCondition.Operator.LESS_OR_EQUAL, List.of("6")))
			.build();
	}

	private static Question comment() {
		return Question.builder("comment", QuestionType.TEXT_LONG)
			.text("Anything else you would like to tell us?", "还有什么想告诉我们的吗？")
			.page(2)
			.build();
	}

	private static List<Question> hidden(String... keys) {
		List<Question> questions = new ArrayList<>();
		for (String key : keys) {
			questions.add(Question.builder(key, QuestionType.HIDDEN).build());
		}
		return questions;
	}

	private static List<ChoiceOption> rows(String... triples) {
		List<ChoiceOption> rows = new ArrayList<>();
		for (int i = 0; i < triples.length; i += 3) {
			rows.add(new ChoiceOption(triples[i], triples[i + 1], triples[i + 2], null));
		}
		return rows;
	}

}
