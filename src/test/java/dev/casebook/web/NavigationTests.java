package dev.casebook.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTests {

	@Test
	void anEntryMarksTheSectionOfItsKind() {
		assertThat(current("/tools/chef")).containsExactly("Tools");
	}

	@Test
	void theLongestMatchingSectionWins() {
		assertThat(current("/practices/matrix")).containsExactly("Matrix");
		assertThat(current("/practices/canary-release")).containsExactly("Practices");
	}

	@Test
	void aPathThatOnlySharesAPrefixMarksNothing() {
		assertThat(current("/toolshed")).isEmpty();
		assertThat(current("/")).isEmpty();
		assertThat(current(null)).isEmpty();
	}

	private static List<String> current(String path) {
		return new Navigation(path).items().stream().filter(Navigation.Item::current).map(Navigation.Item::label).toList();
	}

}
