package io.peakxm.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import io.peakxm.insight.prediction.ConfusionCounts;
import io.peakxm.insight.prediction.Feature;
import io.peakxm.insight.prediction.FeatureLayout;
import io.peakxm.insight.prediction.FeatureRow;
import io.peakxm.insight.prediction.FeatureTable;
import io.peakxm.insight.prediction.RiskModel;
import io.peakxm.insight.prediction.TrainingOptions;
import io.peakxm.shared.LocalizedText;
import io.peakxm.shared.NotFoundException;
import io.peakxm.survey.Question;
import io.peakxm.survey.QuestionType;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Predicts dissatisfied customers (docs/design.md §5): trains a random forest on the
 * newest responses of a query — touchpoint ratings, number answers and hidden profile
 * fields — measures it on a held-out fifth against a logistic baseline, and scores the
 * newest responses with the better of the two (higher held-out AUC) for the at-risk list:
 * customers who gave no outcome or are not (yet) on its dissatisfied side, such as
 * passives. Training takes seconds on 100,000 responses, so a trained result is reused
 * for {@link #REUSE} and only one model is trained at a time.
 */
@Service
public class Predictions {

	/**
	 * The most responses read (the newest); the model trains on them (a fifth held out).
	 */
	public static final int MAX_ROWS = 100_000;

	/** How many of the newest responses are scored for the at-risk list. */
	static final int SCORED = 1_000;

	/** How long the at-risk list may be. */
	static final int AT_RISK_LIST = 25;

	/** How long a trained result is reused for the same query. */
	static final Duration REUSE = Duration.ofMinutes(10);

	private final Surveys surveys;

	private final Insights insights;

	private final ScoreReader reader;

	private final Clock clock;

	private final Map<String, Prediction> recent = new ConcurrentHashMap<>();

	private final Semaphore training = new Semaphore(1);

	Predictions(Surveys surveys, Insights insights, ScoreReader reader, Clock clock) {
		this.surveys = surveys;
		this.insights = insights;
		this.reader = reader;
		this.clock = clock;
	}

	/** The prediction for a query, trained now or reused from the last {@link #REUSE}. */
	@Transactional(readOnly = true)
	public Prediction predict(Actor actor, InsightQuery query) {
		query.check();
		Survey survey = surveys.get(actor, query.survey());
		JourneyLayout layout = insights.layout(survey, query);
		LocalDate[] range = insights.range(query);
		String key = survey.workspaceId() + "|" + query + "|" + range[0] + "|" + range[1];
		Prediction reused = fresh(key);
		if (reused != null) {
			return reused;
		}
		training.acquireUninterruptibly();
		try {
			reused = fresh(key);
			if (reused != null) {
				return reused;
			}
			Prediction prediction = train(survey, layout, query, range);
			recent.entrySet().removeIf(e -> e.getValue().trainedAt().plus(REUSE).isBefore(clock.instant()));
			recent.put(key, prediction);
			return prediction;
		}
		finally {
			training.release();
		}
	}

	private Prediction fresh(String key) {
		Prediction prediction = recent.get(key);
		return prediction != null && prediction.trainedAt().plus(REUSE).isAfter(clock.instant()) ? prediction : null;
	}

	private Prediction train(Survey survey, JourneyLayout layout, InsightQuery query, LocalDate[] range) {
		Features features = features(survey, layout);
		List<FeatureRow> rows = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		List<ScoreReader.Instance> newest = new ArrayList<>();
		List<FeatureRow> newestRows = new ArrayList<>();
		long[] read = { 0 };
		reader.streamWithFields(survey, layout, query, range[0], range[1], MAX_ROWS, instance -> {
			read[0]++;
			FeatureRow row = features.row(instance);
			if (!Double.isNaN(instance.outcome())) {
				rows.add(row);
				labels.add(layout.outcome().dissatisfied(instance.outcome()));
			}
			if (newest.size() < SCORED) {
				newest.add(instance);
				newestRows.add(row);
			}
		});
		boolean[] atRisk = new boolean[labels.size()];
		long dissatisfied = 0;
		for (int i = 0; i < atRisk.length; i++) {
			atRisk[i] = labels.get(i);
			dissatisfied += atRisk[i] ? 1 : 0;
		}
		if (dissatisfied < RiskModel.MINIMUM_PER_OUTCOME
				|| atRisk.length - dissatisfied < RiskModel.MINIMUM_PER_OUTCOME) {
			throw new NotFoundException("insight.prediction.notEnough");
		}
		RiskModel model = RiskModel.train(new FeatureTable(features.layout, rows), atRisk,
				TrainingOptions.defaults().withMaxRows(MAX_ROWS));
		List<Prediction.Factor> factors = model.factors()
			.stream()
			.map(f -> features.factor(f.feature(), 100 * f.share()))
			.toList();
		List<Prediction.AtRisk> flagged = new ArrayList<>();
		int candidates = 0;
		for (int i = 0; i < newest.size(); i++) {
			double given = newest.get(i).outcome();
			if (!Double.isNaN(given) && layout.outcome().dissatisfied(given)) {
				// They said so already (a detractor): the list is for those who have not,
				// or not yet.
				continue;
			}
			candidates++;
			double probability = model.probability(newestRows.get(i));
			if (probability >= ConfusionCounts.THRESHOLD) {
				flagged.add(atRisk(newest.get(i), probability, layout, features));
			}
		}
		flagged.sort(Comparator.comparingDouble(Prediction.AtRisk::probability)
			.reversed()
			.thenComparing(Prediction.AtRisk::submittedAt, Comparator.reverseOrder()));
		ConfusionCounts confusion = model.scoring().confusion();
		return new Prediction(survey.id(), range[0], range[1], layout.outcome(), read[0], atRisk.length, dissatisfied,
				model.evaluation().trainingRows(), model.evaluation().heldOutRows(), model.evaluation().accuracy(),
				model.evaluation().auc(), model.baseline().accuracy(), model.baseline().auc(),
				model.scoredBy() == RiskModel.Kind.FOREST ? Prediction.Model.FOREST
						: Prediction.Model.LOGISTIC_BASELINE,
				confusion.precision(), confusion.recall(), factors,
				List.copyOf(flagged.subList(0, Math.min(AT_RISK_LIST, flagged.size()))), newest.size(), candidates,
				clock.instant());
	}

	private static Prediction.AtRisk atRisk(ScoreReader.Instance instance, double probability, JourneyLayout layout,
			Features features) {
		int lowest = -1;
		for (int i = 0; i < instance.ratings().length; i++) {
			if (!Double.isNaN(instance.ratings()[i])
					&& (lowest < 0 || instance.ratings()[i] < instance.ratings()[lowest])) {
				lowest = i;
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		features.categorical.forEach(field -> {
			if (instance.fields().get(field) != null) {
				fields.put(field, instance.fields().get(field));
			}
		});
		return new Prediction.AtRisk(instance.responseId(), instance.submittedAt(), probability,
				Double.isNaN(instance.outcome()) ? null : instance.outcome(), lowest < 0 ? null : layout.name(lowest),
				lowest < 0 ? Double.NaN : instance.ratings()[lowest], fields);
	}

	/**
	 * Decides the model's features: every rated touchpoint, every number question, and
	 * the hidden fields that look like numbers (all sampled values numeric) or like a few
	 * categories; identifiers ({@link FieldValues#identifies()}: most sampled values seen
	 * once) and the outcome's own field are left out.
	 */
	private Features features(Survey survey, JourneyLayout layout) {
		Features features = new Features();
		for (int i = 0; i < layout.touchpoints().size(); i++) {
			long id = layout.touchpoints().get(i).id();
			features.add(Feature.numeric("tp:" + id), "touchpoint", String.valueOf(id), layout.name(i));
		}
		for (Question q : survey.definition().questions()) {
			if (q.type() == QuestionType.NUMBER) {
				features.add(Feature.numeric("num:" + q.key()), "number", q.key(), q.text());
			}
		}
		for (Question field : survey.definition().hiddenFields()) {
			if (field.key().equals(layout.outcome().field())) {
				continue;
			}
			FieldValues values = insights.fieldValues(survey, field.key());
			boolean numeric = !values.counts().isEmpty() && values.values().stream().allMatch(Predictions::isNumber);
			if (values.counts().isEmpty() || values.identifies()) {
				continue;
			}
			if (numeric && values.counts().size() > 2) {
				features.add(Feature.numeric("field:" + field.key()), "field", field.key(),
						LocalizedText.untranslated(field.key()));
			}
			else if (!values.many()) {
				features.add(Feature.categorical("field:" + field.key()), "field", field.key(),
						LocalizedText.untranslated(field.key()));
				features.categorical.add(field.key());
			}
		}
		features.layout = FeatureLayout.of(features.list);
		return features;
	}

	private static boolean isNumber(String text) {
		try {
			return Double.isFinite(Double.parseDouble(text.trim()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * The model's features with their labels, and how a response becomes a row of them.
	 */
	private static final class Features {

		final List<Feature> list = new ArrayList<>();

		final Map<String, Prediction.Factor> labels = new LinkedHashMap<>();

		final List<String> categorical = new ArrayList<>();

		FeatureLayout layout;

		void add(Feature feature, String kind, String key, LocalizedText label) {
			list.add(feature);
			labels.put(feature.name(), new Prediction.Factor(kind, key, label, 0));
		}

		Prediction.Factor factor(String name, double share) {
			Prediction.Factor label = labels.get(name);
			return new Prediction.Factor(label.kind(), label.key(), label.name(), share);
		}

		FeatureRow row(ScoreReader.Instance instance) {
			FeatureRow.Builder row = FeatureRow.in(layout);
			int touchpoint = 0;
			for (Feature feature : list) {
				String name = feature.name();
				if (name.startsWith("tp:")) {
					row.number(name, instance.ratings()[touchpoint++]);
				}
				else if (name.startsWith("num:")) {
					Double value = instance.numbers().get(name.substring(4));
					row.number(name, value == null || !Double.isFinite(value) ? Double.NaN : value);
				}
				else if (feature.isNumeric()) {
					row.number(name, parse(instance.fields().get(name.substring(6))));
				}
				else {
					row.category(name, instance.fields().get(name.substring(6)));
				}
			}
			return row.build();
		}

		private static double parse(String text) {
			return text != null && isNumber(text) ? Double.parseDouble(text.trim()) : Double.NaN;
		}

	}

}
