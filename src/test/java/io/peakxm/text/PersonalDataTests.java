package io.peakxm.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

	@Test
	void masksChineseMobileNumbers() {
		assertThat(PersonalData.mask("请打13812345678联系")).isEqualTo("请打138****5678联系");
		assertThat(PersonalData.mask("+86 138 1234 5678")).isEqualTo("+86 138 **** 5678");
		assertThat(PersonalData.mask("电话：１３８１２３４５６７８")).isEqualTo("电话：１３８****５６７８");
		assertThat(PersonalData.mask("card no. 4111111111111111")).isEqualTo("card no. ************1111");
	}

	@Test
	void masksEmailIdsCardsAndOtherPhones() {
		assertThat(PersonalData.mask("mail anna.lee@example.com now")).isEqualTo("mail a*******@example.com now");
		assertThat(PersonalData.mask("身份证11010519491231002X")).isEqualTo("身份证110***********002X");
		assertThat(PersonalData.mask("card 4111 1111 1111 1111.")).isEqualTo("card **** **** **** 1111.");
		assertThat(PersonalData.mask("call (415) 555-2671")).isEqualTo("call (***) ***-2671");
		assertThat(PersonalData.mask("ring +44 20 7946 0958")).isEqualTo("ring +44 ** **** **58");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		for (String text : new String[] { "Flight CA981 at 10:30, gate 12, seat 32A", "房间号1208，住了3晚",
				"price 1299.00 yuan", "2024-05-06", "110105194912310021 is not a valid id number but a long run" }) {
			assertThat(PersonalData.contains(text)).as(text).isEqualTo(text.contains("long run"));
		}
		assertThat(PersonalData.mask(null)).isNull();
		assertThat(PersonalData.mask("")).isEmpty();
		assertThat(PersonalData.contains("write to a@b.co")).isTrue();
	}

}
