package io.peakxm.response;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The group commit of submissions ({@code peakxm.responses.*}): the most responses a
 * writer thread writes in one transaction, and how many writer threads there are. One
 * writer makes larger batches, which the rollups keep up with (docs/benchmarks.md); a
 * batch above 10 000 would hold its transaction too long. Checked at start, so a mistyped
 * value stops the application instead of being bent into range.
 */
@Validated
@ConfigurationProperties("peakxm.responses")
record SubmissionProperties(@DefaultValue("200") @Min(1) @Max(10_000) int writeBatch,
		@DefaultValue("1") @Min(1) @Max(64) int writerThreads) {
}
