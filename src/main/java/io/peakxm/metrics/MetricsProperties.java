package io.peakxm.metrics;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the figures ({@code peakxm.metrics.*}): below {@code minimumResponses}
 * answers a figure is hidden ("not enough responses"), so that nobody reads a score into
 * two or three answers, nor recognises who gave them (docs/design.md). At least one: a
 * figure of no answers has nothing to show.
 */
@Validated
@ConfigurationProperties("peakxm.metrics")
record MetricsProperties(@DefaultValue("5") @Min(1) int minimumResponses) {
}
