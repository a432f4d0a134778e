package io.peakxm.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTests {

	@Test
	void singleAddressesBecomeRangesOfOneAndRangesStayAsWritten() {
		assertThat(TrustedProxies.ranges(List.of("127.0.0.1", " ::1 ", "10.1.0.0/16", "fd00::/8", " ")))
			.isEqualTo("127.0.0.1/32, ::1/128, 10.1.0.0/16, fd00::/8");
	}

	@Test
	void anEmptyListTrustsNoProxy() {
		assertThat(TrustedProxies.ranges(List.of())).isEmpty();
	}

}
