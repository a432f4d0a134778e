package io.peakxm.insight.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.peakxm.insight.Analysis;
import io.peakxm.insight.Curve;
import io.peakxm.insight.CurvePoint;
import io.peakxm.insight.Driver;
import io.peakxm.insight.Drivers;
import io.peakxm.insight.Outcome;
import io.peakxm.insight.Recommendation;
import io.peakxm.insight.calculation.PeakEndFit;
import io.peakxm.insight.calculation.PeakEndFit.Component;
import io.peakxm.insight.calculation.PeakEndFit.Model;
import io.peakxm.insight.calculation.PeakEndFit.Weight;
import io.peakxm.shared.LocalizedText;
import org.springframework.context.MessageSource;

/**
 * The findings of the analyses in plain words, in the reader's language and number
 * format: where the emotional curve dips and peaks, whether the peak-end rule holds and
 * which moment weighs most, which touchpoints drive the outcome, where to concentrate,
 * and what each recommendation is expected to change. Names come back unescaped: pages
 * write them with {@code th:text}.
 */
final class Findings {

	private final MessageSource messages;

	private final Locale locale;

	private final LocalNumbers num;

	Findings(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.num = new LocalNumbers(locale);
	}

	LocalNumbers numbers() {
		return num;
	}

	/** A name from the data (touchpoint, stage, survey) in the reader's language. */
	String name(LocalizedText name) {
		return name == null ? null : name.in(locale);
	}

	/**
	 * The touchpoint most often the low point, the one most often the high point, the
	 * largest shortfall.
	 */
	List<String> curve(Curve curve) {
		List<String> result = new ArrayList<>();
		Optional<CurvePoint> trough = curve.mostOftenTrough();
		Optional<CurvePoint> peak = curve.mostOftenPeak();
		trough.ifPresent(p -> result.add(text("insight.finding.trough", name(p.name()), num.percent(p.troughShare()),
				num.signed(p.measured().mean(), 2))));
		peak.ifPresent(p -> result.add(text("insight.finding.peak", name(p.name()), num.percent(p.peakShare()),
				num.signed(p.measured().mean(), 2))));
		if (trough.isEmpty() && peak.isEmpty()) {
			result.add(text("insight.finding.flat"));
		}
		curve.points()
			.stream()
			.filter(p -> Double.isFinite(p.gapToDesigned()) && p.gapToDesigned() < 0)
			.min(Comparator.comparingDouble(CurvePoint::gapToDesigned))
			.ifPresentOrElse(p -> result.add(text("insight.finding.gap", name(p.name()),
					num.signed(p.measured().mean(), 2), num.signed(p.designed(), 2))),
					() -> result.add(text("insight.finding.onTarget")));
		return result;
	}

	/**
	 * Whether peak, worst moment and end explain the outcome better than the mean, and
	 * which weighs most.
	 */
	List<String> peakEnd(PeakEndFit fit) {
		PeakEndFit.ModelFit peakEnd = fit.peakEnd();
		PeakEndFit.ModelFit meanOnly = fit.meanOnly();
		String n = num.count(fit.used());
		String sentence;
		if (fit.verdict().better() == Model.PEAK_END) {
			List<String> moments = peakEnd.weights()
				.stream()
				.filter(w -> w.component().isMoment() && w.interval().excludesZero())
				.sorted(Comparator.comparingDouble((Weight w) -> Math.abs(w.standardized())).reversed())
				.map(w -> moment(w.component()))
				.toList();
			if (moments.isEmpty()) {
				moments = List.of(moment(Component.PEAK), moment(Component.TROUGH), moment(Component.END));
			}
			sentence = text(moments.size() == 1 ? "insight.finding.peakEndHoldsOne" : "insight.finding.peakEndHolds",
					capitalized(list(moments)), num.decimal(peakEnd.adjustedRSquared(), 2),
					num.decimal(meanOnly.adjustedRSquared(), 2), num.decimal(peakEnd.crossValidatedRmse(), 2),
					num.decimal(meanOnly.crossValidatedRmse(), 2), n);
		}
		else {
			sentence = text("insight.finding.peakEndFails", num.decimal(meanOnly.adjustedRSquared(), 2),
					num.decimal(peakEnd.adjustedRSquared(), 2), num.decimal(meanOnly.crossValidatedRmse(), 2),
					num.decimal(peakEnd.crossValidatedRmse(), 2), n);
		}
		Weight strongest = fit.verdict().strongest();
		String weighs = text(
				fit.verdict().strongestIsSignificant() ? "insight.finding.strongest" : "insight.finding.strongestNoise",
				capitalized(moment(strongest.component())), num.decimal(strongest.standardized(), 2),
				num.decimal(strongest.interval().low(), 2), num.decimal(strongest.interval().high(), 2));
		return List.of(sentence, weighs);
	}

	/**
	 * The leading driver with its share of R², and the touchpoints that are not above
	 * noise.
	 */
	List<String> drivers(Drivers drivers) {
		List<String> result = new ArrayList<>();
		if (drivers.drivers().isEmpty()) {
			return result;
		}
		Driver top = drivers.drivers().get(0);
		result.add(text("insight.finding.topDriver", name(top.name()), num.decimal(top.share(), 0),
				num.decimal(top.shareLow(), 0), num.decimal(top.shareHigh(), 0), num.decimal(drivers.rSquared(), 2),
				num.count(drivers.used())));
		List<String> noise = drivers.drivers().stream().filter(d -> !d.aboveNoise()).map(d -> name(d.name())).toList();
		result.add(switch (noise.size()) {
			case 0 -> text("insight.finding.noiseNone");
			case 1 -> text("insight.finding.noiseOne", noise.get(0));
			default -> text("insight.finding.noiseMany", num.count(noise.size()), list(noise));
		});
		return result;
	}

	/** The concentrate-here touchpoints of the importance–performance matrix. */
	String matrix(Drivers drivers) {
		List<String> names = drivers.concentrateHere().stream().map(d -> name(d.name())).toList();
		return names.isEmpty() ? text("insight.finding.concentrateNone")
				: text("insight.finding.concentrate", list(names));
	}

	/**
	 * What a recommendation says, with the number behind it and its expected effect on
	 * the outcome. One whose model term is not significant is worded as a weak hint, not
	 * as something to do.
	 */
	RecommendationText recommendation(Recommendation r, Outcome outcome) {
		String kind = r.kind().name();
		String wording = r.supported() ? "insight.rec." : "insight.hint.";
		String touchpoint = name(r.name());
		String body = text(wording + kind, touchpoint, num.percent(r.share()), num.signed(r.mean(), 2),
				num.signed(r.designed(), 2));
		String importance = Double.isFinite(r.importance())
				? text("insight.rec.importance", num.decimal(r.importance(), 0)) : null;
		String effect = Double.isFinite(r.effect()) ? text(wording + (r.effect() >= 0 ? "effectUp" : "effectDown"),
				touchpoint, outcome(outcome), num.decimal(Math.abs(r.effect()), 2), text(outcome.unitKey())) : null;
		String effectShort = Double.isFinite(r.effect())
				? text("insight.rec.effectShort", num.signed(r.effect(), 2), text(outcome.unitKey())) : null;
		return new RecommendationText(text((r.supported() ? "insight.recTitle." : "insight.hintTitle.") + kind),
				touchpoint, text("insight.percent", num.percent(r.share())), text("insight.recShare." + kind), body,
				importance, effect, effectShort, r.supported());
	}

	/** How many responses the analysis read, and from which period. */
	String read(Analysis analysis) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		return text("insight.read", num.count(analysis.responses()), dates.format(analysis.from()),
				dates.format(analysis.to()));
	}

	/**
	 * How many of the responses read a view's analysis used and skipped, or null when it
	 * has none.
	 */
	String used(String view, Analysis analysis) {
		return switch (view) {
			case "curve" -> text("insight.used.curve", num.count(analysis.curve().rankedInstances()),
					num.count(analysis.responses() - analysis.curve().rankedInstances()));
			case "peak-end", "recommendations" -> analysis.peakEnd() == null ? null : text("insight.used.peakEnd",
					num.count(analysis.peakEnd().used()), num.count(analysis.peakEnd().skipped()));
			case "drivers", "matrix" -> analysis.drivers() == null ? null : text("insight.used.drivers",
					num.count(analysis.drivers().used()), num.count(analysis.drivers().skipped()));
			default -> null;
		};
	}

	/**
	 * The outcome an analysis explains, as a phrase for findings: the likelihood to
	 * recommend (0–10).
	 */
	String outcome(Outcome outcome) {
		if (outcome.binary()) {
			return text("insight.outcomeName.binary", outcome.field(), outcome.positiveValue());
		}
		return text("insight.outcomeName." + outcome.type().name());
	}

	/** A moment of the peak-end model as a phrase: the worst moment. */
	String moment(Component component) {
		return text("insight.moment." + component.name());
	}

	/** Names joined as a list in the reader's language: A, B and C; A、B和C. */
	String list(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		String joined = items.get(0);
		for (int i = 1; i < items.size(); i++) {
			joined = text(i == items.size() - 1 ? "insight.list.last" : "insight.list.more", joined, items.get(i));
		}
		return joined;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String capitalized(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	/**
	 * A recommendation as its card shows it.
	 *
	 * @param title what to do, such as Repair the valley
	 * @param touchpoint the touchpoint's name
	 * @param share the number behind it, a percentage with its sign, such as 34 %
	 * @param shareLabel what the percentage counts, such as: of customers have their low
	 * point here
	 * @param body the finding in a sentence
	 * @param importance its share of R², or null without drivers
	 * @param effect the expected effect of one rating point on the outcome, or null
	 * @param effectShort that effect as a signed figure with its unit, such as +1.19
	 * points, or null
	 * @param supported whether the model term it rests on is significant at 95 %
	 * (otherwise it is a weak hint)
	 */
	record RecommendationText(String title, String touchpoint, String share, String shareLabel, String body,
			String importance, String effect, String effectShort, boolean supported) {
	}

}
