package dev.casebook.content;

import java.time.LocalDate;

import dev.casebook.core.PartialDate;
import dev.casebook.core.Published;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as precise as a source gives them, and when sources were published. */
class PartialDateTests {

	@Test
	void aYearAMonthADayOrABoundAreRead() {
		assertThat(PartialDate.parse("2014")).contains(new PartialDate(2014, 0, 0, false));
		assertThat(PartialDate.parse("2008-08")).contains(new PartialDate(2008, 8, 0, false));
		assertThat(PartialDate.parse("2008-08-11")).contains(new PartialDate(2008, 8, 11, false));
		assertThat(PartialDate.parse("by 2014")).contains(new PartialDate(2014, 0, 0, true));
	}

	@Test
	void anythingElseIsNoDate() {
		for (String text : new String[] { "2014-13", "2015-02-30", "14", "about 2014", "2014-8", "2014-00", "" }) {
			assertThat(PartialDate.parse(text)).as(text).isEmpty();
		}
	}

	@Test
	void aDateSpansTheDaysItCanMean() {
		PartialDate august = PartialDate.parse("2008-08").orElseThrow();
		assertThat(august.earliest()).isEqualTo(LocalDate.of(2008, 8, 1));
		assertThat(august.latest()).isEqualTo(LocalDate.of(2008, 8, 31));
		assertThat(PartialDate.parse("2012").orElseThrow().latest()).isEqualTo(LocalDate.of(2012, 12, 31));
	}

	@Test
	void datesReadAsWordsAndAreWrittenBackAsGiven() {
		assertThat(PartialDate.parse("2008-08-11").orElseThrow().label()).isEqualTo("11 August 2008");
		assertThat(PartialDate.parse("2008-08").orElseThrow().label()).isEqualTo("August 2008");
		assertThat(PartialDate.parse("by 2014").orElseThrow().label()).isEqualTo("by 2014");
		assertThat(PartialDate.parse("by 2014-03").orElseThrow()).hasToString("by 2014-03");
	}

	@Test
	void aSourceIsPublishedOnADateOverYearsOrUndated() {
		assertThat(Published.parse("undated")).contains(Published.UNDATED);
		assertThat(Published.parse("2011-2013").orElseThrow().label()).isEqualTo("2011–2013");
		assertThat(Published.parse("2012-04").orElseThrow().label()).isEqualTo("April 2012");
		assertThat(Published.parse("2013-2011")).isEmpty();
		assertThat(Published.parse("by 2012")).isEmpty();
		assertThat(Published.parse("soon")).isEmpty();
	}

	@Test
	void aFigureCannotHoldAfterItsSourceWasPublished() {
		Published april2012 = Published.parse("2012-04").orElseThrow();
		assertThat(april2012.precedes(PartialDate.parse("2012-05").orElseThrow())).isTrue();
		assertThat(april2012.precedes(PartialDate.parse("2012").orElseThrow())).isFalse();
		assertThat(april2012.precedes(PartialDate.parse("2011").orElseThrow())).isFalse();
		assertThat(Published.UNDATED.precedes(PartialDate.parse("2030").orElseThrow())).isFalse();
	}

}
