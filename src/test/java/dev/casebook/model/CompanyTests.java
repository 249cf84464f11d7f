package dev.casebook.model;

import dev.casebook.core.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyTests {

	private final Company company = TestEntries.company("acme", "Acme");

	@Test
	void deployFigureIsTheMostRecentAndWithinAYearTheMostFrequent() {
		add("10", "deploys/day", 2012);
		add("2", "deploys/week", 2019);
		add("5", "deploys/week", 2019);
		add("over 5 million", "users", 2024);
		assertThat(this.company.getDeployFigure()).get().satisfies((figure) -> {
			assertThat(figure.getValue()).isEqualTo("5");
			assertThat(figure.getDate().year()).contains(2019);
		});
	}

	@Test
	void companyWithoutADeploymentFigureHasNone() {
		add("over 5 million", "users", 2024);
		assertThat(this.company.getDeployFigure()).isEmpty();
	}

	private void add(String value, String unit, int year) {
		this.company.getMetrics()
			.add(new Metric("Figure", value, unit, PartialDate.parse(String.valueOf(year)), TestEntries.source("blog", "Blog")));
	}

}
