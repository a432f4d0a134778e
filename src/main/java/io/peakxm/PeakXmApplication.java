package io.peakxm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the PeakXM experience management platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeakXmApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeakXmApplication.class, args);
	}

}
