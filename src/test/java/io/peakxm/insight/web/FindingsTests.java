package io.peakxm.insight.web;

import java.util.List;
import java.util.Locale;

import io.peakxm.insight.Curve;
import io.peakxm.insight.CurvePoint;
import io.peakxm.insight.Driver;
import io.peakxm.insight.Drivers;
import io.peakxm.insight.Outcome;
import io.peakxm.insight.Prediction;
import io.peakxm.insight.Quadrant;
import io.peakxm.insight.Recommendation;
import io.peakxm.insight.calculation.EmotionalCurve;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndFit.Component;
import io.peakxm.insight.calculation.PeakEndFit.Interval;
import io.peakxm.insight.calculation.PeakEndFit.Model;
import io.peakxm.insight.calculation.PeakEndFit.ModelFit;
import io.peakxm.insight.calculation.PeakEndFit.Verdict;
import io.peakxm.insight.calculation.PeakEndFit.Weight;
import io.peakxm.shared.LocalizedText;
import io.peakxm.survey.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings read as a person would say them, in English and Chinese, with the numbers
 * of the analysis.
 */
class FindingsTests {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Outcome NPS = new Outcome("nps", "nps", QuestionType.NPS, null, null);

	static final Outcome SATISFIED = new Outcome("satisfaction=satisfied", null, null, "satisfaction", "satisfied");

	@Test
	void peakEndVerdictNamesTheSignificantMomentsAndTheStrongestWeight() {
		PeakEndFit fit = peakEndHolds();
		assertThat(findings(Locale.ENGLISH).peakEnd(fit)).containsExactly(
				"The end and the worst moment explain the overall rating better than the average: adjusted R² 0.46 vs "
						+ "0.31, cross-validated error 0.21 vs 0.25 (n = 2,840).",
				"The end weighs most (standardized weight 0.42, 95 % interval 0.38–0.46).");
		assertThat(findings(CHINESE).peakEnd(fit)).containsExactly(
				"结束时刻和最低谷比平均值更能解释总体评分：调整后 R² 0.46 对 0.31，交叉验证误差 0.21 对 0.25（n = 2,840）。",
				"结束时刻的权重最大（标准化权重 0.42，95% 区间 0.38–0.46）。");
	}

	@Test
	void whenTheMeanIsAsGoodThePeakEndRuleIsSaidNotToAddAnything() {
		Weight peak = new Weight(Component.PEAK, 0.02, 0.03, new Interval(-0.02, 0.08));
		Weight trough = new Weight(Component.TROUGH, 0.01, 0.02, new Interval(-0.03, 0.07));
		Weight end = new Weight(Component.END, -0.01, -0.01, new Interval(-0.05, 0.03));
		Weight mean = new Weight(Component.MEAN, 0.6, 0.55, new Interval(0.5, 0.6));
		ModelFit peakEnd = new ModelFit(Model.PEAK_END, 0, List.of(peak, trough, end, mean), 0.305, 0.30, 0.251);
		ModelFit meanOnly = meanOnly(0.31, 0.31, 0.25);
		PeakEndFit fit = new PeakEndFit(peakEnd, meanOnly, 812, 3, 200,
				new Verdict(Model.MEAN_ONLY, peak, -0.01, -0.001));
		assertThat(findings(Locale.ENGLISH).peakEnd(fit)).containsExactly(
				"The average of the touchpoints explains the overall rating as well as peak, worst moment and end do: "
						+ "adjusted R² 0.31 vs 0.30, cross-validated error 0.25 vs 0.25 (n = 812); the peak-end rule adds nothing here.",
				"The peak weighs most (standardized weight 0.03), but its 95 % interval -0.02–0.08 includes zero.");
	}

	@Test
	void oneSignificantMomentTakesTheSingularVerb() {
		Weight peak = new Weight(Component.PEAK, 0.1, 0.1, new Interval(-0.01, 0.2));
		Weight trough = new Weight(Component.TROUGH, 0.1, 0.1, new Interval(-0.01, 0.2));
		Weight end = new Weight(Component.END, 0.4, 0.42, new Interval(0.38, 0.46));
		Weight mean = new Weight(Component.MEAN, 0.1, 0.1, new Interval(0.05, 0.15));
		ModelFit peakEnd = new ModelFit(Model.PEAK_END, 0, List.of(peak, trough, end, mean), 0.4, 0.4, 0.2);
		PeakEndFit fit = new PeakEndFit(peakEnd, meanOnly(0.3, 0.3, 0.25), 100, 0, 200,
				new Verdict(Model.PEAK_END, end, 0.1, 0.05));
		assertThat(findings(Locale.ENGLISH).peakEnd(fit).get(0))
			.startsWith("The end explains the overall rating better");
	}

	@Test
	void curveNamesTheLowAndHighPointsAndTheLargestShortfall() {
		Curve curve = new Curve(List.of(point(1, new LocalizedText("Check-in", null), 1, 0.40, 0.45, 0.05),
				point(2, new LocalizedText("Baggage handling", "行李处理"), 1, -0.12, 0.02, 0.34),
				point(3, LocalizedText.untranslated("Lounge"), 1, 0.30, 0.21, 0.11)), 1000, 990);
		assertThat(findings(Locale.ENGLISH).curve(curve)).containsExactly(
				"Baggage handling is the low point for 34 % of customers (mean -0.12).",
				"Check-in is the high point for 45 % of customers (mean +0.40).",
				"The largest shortfall against the design is at Baggage handling: measured -0.12, designed +0.50.");
		// Chinese readers get the Chinese name where there is one, the English one where
		// there is none.
		assertThat(findings(CHINESE).curve(curve).get(0)).isEqualTo("行李处理是 34% 顾客的最低点（均值 -0.12）。");
		assertThat(findings(CHINESE).curve(curve).get(1)).startsWith("Check-in是 45% 顾客的最高点");
	}

	@Test
	void driversGiveTheLeaderAndCountTheTouchpointsNotAboveNoise() {
		Drivers drivers = drivers();
		assertThat(findings(Locale.ENGLISH).drivers(drivers)).containsExactly(
				"Online boarding explains 21 % of R² (95 % interval 19–24 %), more than any other touchpoint; together "
						+ "the touchpoints explain R² = 0.52 (n = 1,234).",
				"3 touchpoints are not above noise: Gate location, Seat comfort and Leg room.");
		assertThat(findings(CHINESE).drivers(drivers).get(0)).startsWith("在线登机");
		assertThat(findings(CHINESE).drivers(drivers).get(1))
			.isEqualTo("有 3 个触点未超过噪声水平：Gate location、Seat comfort和Leg room。");
	}

	@Test
	void matrixListsTheTouchpointsToConcentrateOn() {
		assertThat(findings(Locale.ENGLISH).matrix(drivers())).isEqualTo("Concentrate here: Online boarding and Wifi – "
				+ "important for the overall rating but rated below the average touchpoint.");
		Drivers calm = new Drivers(List.of(driver("Check-in", 50, true, Quadrant.KEEP_UP)), 0.3, 100, 0, 50, 4);
		assertThat(findings(Locale.ENGLISH).matrix(calm))
			.startsWith("No touchpoint is both important and rated below average");
	}

	@Test
	void recommendationStatesItsNumberAndTheEffectInTheOutcomesUnit() {
		Recommendation valley = new Recommendation(Recommendation.Kind.REPAIR_VALLEY, 2,
				new LocalizedText("Baggage handling", "行李处理"), -0.12, 0.5, 0.34, 21.4, 0.3, true);
		Findings.RecommendationText text = findings(Locale.ENGLISH).recommendation(valley, NPS);
		assertThat(text.title()).isEqualTo("Repair the valley");
		assertThat(text.share()).isEqualTo("34 %");
		assertThat(text.body())
			.isEqualTo("Baggage handling is the low point for 34 % of customers (mean -0.12, designed +0.50).");
		assertThat(text.importance()).isEqualTo("It explains 21 % of R² among the touchpoints.");
		assertThat(text.effect()).isEqualTo(
				"Raising Baggage handling by one point is expected to lift the likelihood to recommend (0–10) by 0.30 points.");
		assertThat(findings(CHINESE).recommendation(valley, NPS).effect())
			.isEqualTo("将行李处理的评分提高 1 分，预计可使推荐意愿（0–10）提高 0.30 分。");

		Recommendation end = new Recommendation(Recommendation.Kind.RAISE_END, 3, LocalizedText.untranslated("Arrival"),
				0.1, 0.5, 0.91, Double.NaN, -4.2, true);
		Findings.RecommendationText binary = findings(Locale.ENGLISH).recommendation(end, SATISFIED);
		assertThat(binary.importance()).isNull();
		assertThat(binary.effect()).isEqualTo(
				"Raising Arrival by one point is expected to lower the share of satisfaction = satisfied by 4.20 percentage points.");
	}

	@Test
	void aValleyWhoseWorstMomentIsNotSignificantIsAWeakHintNotARecommendation() {
		Recommendation valley = new Recommendation(Recommendation.Kind.REPAIR_VALLEY, 12,
				new LocalizedText("Inflight wifi service", "机上无线网络"), -0.11, 0, 0.40, 2.4, 0.098, false);
		Findings.RecommendationText text = findings(Locale.ENGLISH).recommendation(valley, NPS);
		assertThat(text.title()).isEqualTo("Weak hint: a low point");
		assertThat(text.body()).isEqualTo("Inflight wifi service is the low point for 40 % of customers (mean -0.11, "
				+ "designed 0.00), but the worst moment does not measurably weigh on the overall rating here (its 95 % "
				+ "interval includes zero): repairing it may not change what customers remember.");
		assertThat(text.effect())
			.isEqualTo("By the fitted model, raising Inflight wifi service by one point would lift "
					+ "the likelihood to recommend (0–10) by 0.10 points – a weight that is not significant, so do not count on it.");
		assertThat(text.effectShort()).isEqualTo("+0.10 points per rating point");
		Findings.RecommendationText chinese = findings(CHINESE).recommendation(valley, NPS);
		assertThat(chinese.title()).isEqualTo("弱提示：低谷");
		assertThat(chinese.body()).startsWith("机上无线网络是 40% 顾客的最低点").contains("没有可测量的影响");
	}

	@Test
	void thePredictionNamesTheModelThatScoresAndListsOnlyCustomersWhoHaveNotSaidTheyAreDissatisfied() {
		Prediction baselineBetter = prediction(Prediction.Model.LOGISTIC_BASELINE, 0.941, 0.962);
		List<String> english = PredictionText.findings(baselineBetter, findings(Locale.ENGLISH));
		assertThat(english).contains(
				"Risks are scored by the logistic regression, which ranks held-out customers better (AUC 0.962 vs 0.941).",
				"3 of the 640 newest customers who have not said they are dissatisfied (no outcome given, or one on the "
						+ "satisfied side such as a passive) are predicted at risk by the logistic regression. Of the "
						+ "held-out responses it flags, 71 % were dissatisfied; it finds 64 % of the dissatisfied.");
		assertThat(PredictionText.findings(baselineBetter, findings(CHINESE)))
			.contains("风险由逻辑回归打分，它对留出客户的排序更好（AUC 0.962 对 0.941）。");
		assertThat(PredictionText.findings(prediction(Prediction.Model.FOREST, 0.95, 0.95), findings(Locale.ENGLISH)))
			.contains("Risks are scored by the random forest; it ranks held-out customers as well as the other model "
					+ "(AUC 0.950 vs 0.950).");
	}

	private static Prediction prediction(Prediction.Model scoredBy, double auc, double baselineAuc) {
		Prediction.AtRisk passive = new Prediction.AtRisk(1, java.time.Instant.EPOCH, 0.8, 7.0,
				new LocalizedText("Baggage handling", "行李处理"), 1, java.util.Map.of());
		return new Prediction(1, java.time.LocalDate.EPOCH, java.time.LocalDate.EPOCH, NPS, 1000, 1000, 300, 800, 200,
				0.9, auc, 0.88, baselineAuc, scoredBy, 0.71, 0.64,
				List.of(new Prediction.Factor("touchpoint", "1", LocalizedText.untranslated("Wifi"), 40)),
				List.of(passive, passive, passive), 1000, 640, java.time.Instant.EPOCH);
	}

	@Test
	void namesAreTakenAsTheyAreNotAsMessagePatterns() {
		Curve curve = new Curve(List.of(point(1, LocalizedText.untranslated("Gate 'B' {1} <b>"), 1, -0.5, 0, 0.5),
				point(2, LocalizedText.untranslated("Lounge"), 1, 0.5, 0.5, 0)), 10, 10);
		assertThat(findings(Locale.ENGLISH).curve(curve).get(0))
			.startsWith("Gate 'B' {1} <b> is the low point for 50 %");
	}

	@Test
	void numbersFollowTheLocaleAndNeverShowMinusZero() {
		LocalNumbers english = new LocalNumbers(Locale.ENGLISH);
		assertThat(english.count(2840)).isEqualTo("2,840");
		assertThat(english.decimal(-0.001, 2)).isEqualTo("0.00");
		assertThat(english.signed(0.25, 2)).isEqualTo("+0.25");
		assertThat(english.signed(0, 2)).isEqualTo("0.00");
		assertThat(english.decimal(Double.NaN, 2)).isEqualTo("–");
		assertThat(english.interval(0.1, Double.NaN, 2)).isEqualTo("–");
		assertThat(new LocalNumbers(Locale.GERMANY).decimal(1234.5, 1)).isEqualTo("1.234,5");
	}

	@Test
	void everyKeyBuiltFromAnEnumHasATextInBothLanguages() {
		java.util.List<String> keys = new java.util.ArrayList<>();
		for (Recommendation.Kind kind : Recommendation.Kind.values()) {
			keys.addAll(List.of("insight.rec." + kind, "insight.recTitle." + kind, "insight.recShare." + kind,
					"insight.hint." + kind, "insight.hintTitle." + kind));
		}
		for (Quadrant quadrant : Quadrant.values()) {
			keys.add("insight.quadrant." + quadrant);
		}
		for (Component component : Component.values()) {
			keys.addAll(List.of("insight.moment." + component, "insight.component." + component));
		}
		for (Model model : Model.values()) {
			keys.addAll(List.of("insight.model." + model, "insight.modelHelp." + model));
		}
		for (QuestionType type : QuestionType.values()) {
			if (type.isScale()) {
				keys.add("insight.outcomeName." + type);
			}
		}
		for (Locale locale : List.of(Locale.ENGLISH, CHINESE)) {
			Findings findings = findings(locale);
			for (String key : keys) {
				assertThat(findings.text(key, "x", "y", "z", "w")).as(key + " in " + locale).isNotBlank();
			}
		}
	}

	private static PeakEndFit peakEndHolds() {
		Weight peak = new Weight(Component.PEAK, 0.1, 0.12, new Interval(-0.01, 0.24));
		Weight trough = new Weight(Component.TROUGH, 0.3, 0.31, new Interval(0.27, 0.35));
		Weight end = new Weight(Component.END, 0.4, 0.42, new Interval(0.38, 0.46));
		Weight mean = new Weight(Component.MEAN, 0.05, 0.05, new Interval(-0.02, 0.11));
		ModelFit peakEnd = new ModelFit(Model.PEAK_END, 0.1, List.of(peak, trough, end, mean), 0.47, 0.46, 0.21);
		return new PeakEndFit(peakEnd, meanOnly(0.31, 0.31, 0.25), 2840, 12, 200,
				new Verdict(Model.PEAK_END, end, 0.15, 0.04));
	}

	private static ModelFit meanOnly(double rSquared, double adjusted, double rmse) {
		return new ModelFit(Model.MEAN_ONLY, 0, List.of(new Weight(Component.MEAN, 0.6, 0.56, Interval.UNDEFINED)),
				rSquared, adjusted, rmse);
	}

	/**
	 * A touchpoint with its measured mean, designed emotion (−2…+2) and the shares of
	 * peaks and troughs.
	 */
	private static CurvePoint point(long id, LocalizedText name, int designedEmotion, double mean, double peakShare,
			double troughShare) {
		return new CurvePoint(id, name, LocalizedText.untranslated("Stage"), designedEmotion, false, false,
				new EmotionalCurve.Point((int) id, 100, mean, mean - 0.5, mean, mean + 0.5, 0, 0, 100), peakShare,
				troughShare, 0);
	}

	private static Drivers drivers() {
		List<Driver> list = List.of(
				driver(new LocalizedText("Online boarding", "在线登机"), 21.3, true, Quadrant.CONCENTRATE_HERE),
				driver("Wifi", 18, true, Quadrant.CONCENTRATE_HERE), driver("Check-in", 15, true, Quadrant.KEEP_UP),
				driver("Gate location", 2, false, Quadrant.LOW_PRIORITY),
				driver("Seat comfort", 1.5, false, Quadrant.POSSIBLE_OVERKILL),
				driver("Leg room", 1, false, Quadrant.LOW_PRIORITY));
		return new Drivers(list, 0.52, 1234, 56, 10, 3.5);
	}

	private static Driver driver(String name, double share, boolean aboveNoise, Quadrant quadrant) {
		return driver(LocalizedText.untranslated(name), share, aboveNoise, quadrant);
	}

	private static Driver driver(LocalizedText name, double share, boolean aboveNoise, Quadrant quadrant) {
		return new Driver(name.hashCode(), name, share / 200, share / 250, share / 170, share, share - 2.6, share + 2.9,
				aboveNoise, 3.5, quadrant);
	}

	private static Findings findings(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Findings(messages, locale);
	}

}
