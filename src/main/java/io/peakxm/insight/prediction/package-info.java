/**
 * Prediction of at-risk customers (docs/design.md §5): a model trained on per-response
 * features (touchpoint ratings, delays, profile fields) that gives each new response a
 * probability of being dissatisfied, with its held-out accuracy and AUC, a
 * logistic-regression baseline to compare against, and the strongest factors.
 * <p>
 * Pure calculation code without Spring. The trees come from Tribuo (Apache-2.0), but no
 * Tribuo type appears in this package's public API, so the library can be swapped. A
 * missing or not applicable number is {@code NaN}, never a score; a missing category is
 * {@code null}.
 */
package io.peakxm.insight.prediction;
