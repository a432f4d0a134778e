package io.peakxm.insight.prediction;

/**
 * Responses' features with their outcomes, as a test hands them to
 * {@link RiskModel#train}.
 */
record LabelledTable(FeatureTable table, boolean[] atRisk) {

}
