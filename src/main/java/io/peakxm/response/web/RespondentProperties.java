package io.peakxm.response.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits of the public survey pages ({@code peakxm.respondent.*}). */
@ConfigurationProperties("peakxm.respondent")
record RespondentProperties(@DefaultValue("20") int submissionsPerMinutePerAddress) {
}
