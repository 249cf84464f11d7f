package dev.casebook.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountedTests {

	private final Counted counted = new Counted();

	@Test
	void oneThingIsSingularAndEveryOtherCountPlural() {
		assertThat(this.counted.of(1, "tool")).isEqualTo("1 tool");
		assertThat(this.counted.of(0, "tool")).isEqualTo("0 tools");
		assertThat(this.counted.of(2, "tool")).isEqualTo("2 tools");
	}

	@Test
	void anIrregularPluralIsGivenByTheCaller() {
		assertThat(this.counted.of(1, "entry", "entries")).isEqualTo("1 entry");
		assertThat(this.counted.of(3, "entry", "entries")).isEqualTo("3 entries");
	}

}
