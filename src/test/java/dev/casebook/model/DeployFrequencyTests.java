package dev.casebook.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeployFrequencyTests {

	@Test
	void ratesPerPeriodAreNormalisedToAnIntervalInDays() {
		assertThat(DeployFrequency.parse("50", "deploys/day (about)")).get()
			.satisfies((f) -> assertThat(f.perDay()).isCloseTo(50, within(1e-9)));
		assertThat(DeployFrequency.parse("3", "deploys/week").get().intervalDays()).isCloseTo(7.0 / 3, within(1e-12));
		assertThat(DeployFrequency.parse("1", "deploys per week").get().intervalDays()).isEqualTo(7.0);
		assertThat(DeployFrequency.parse("1", "Deployments per month").get().intervalDays()).isEqualTo(30.0);
		assertThat(DeployFrequency.parse("2", "deploys/year").get().intervalDays()).isEqualTo(182.5);
		assertThat(DeployFrequency.parse("1", "deploys per business day (most days)").get().perDay())
			.isCloseTo(5.0 / 7, within(1e-12));
	}

	@Test
	void valuesInWordsAreReadWithTheirMultiplier() {
		assertThat(DeployFrequency.parse("over 50 million", "deployments/year").get().perDay())
			.isCloseTo(50e6 / 365, within(1e-6));
		assertThat(DeployFrequency.parse("1,200", "deploys/day").get().perDay()).isCloseTo(1200, within(1e-9));
	}

	@Test
	void intervalsBetweenDeploysAreConvertedToDays() {
		assertThat(DeployFrequency.parse("11.6", "seconds between deploys").get().perDay())
			.isCloseTo(86_400 / 11.6, within(1e-6));
		assertThat(DeployFrequency.parse("2", "hours between deployments").get().intervalDays())
			.isCloseTo(1.0 / 12, within(1e-12));
	}

	@Test
	void otherUnitsAndValuesWithoutANumberAreNotDeploymentFigures() {
		assertThat(DeployFrequency.parse("thousands", "teams")).isEmpty();
		assertThat(DeployFrequency.parse("over 54 million", "users (members)")).isEmpty();
		assertThat(DeployFrequency.parse("11", "hours")).isEmpty();
		assertThat(DeployFrequency.parse("many", "deploys/day")).isEmpty();
		assertThat(DeployFrequency.parse("0", "deploys/day")).isEmpty();
		assertThat(DeployFrequency.parse("1", "per week")).isEmpty();
		assertThat(DeployFrequency.parse(null, "deploys/day")).isEmpty();
	}


	@Test
	void convertedRatesAreShownAtTheirPrecisionNotToTheCent() {
		assertThat(DeployFrequency.parse("11.6", "seconds between deploys").orElseThrow().perDayLabel()).isEqualTo("about 7,400");
		assertThat(DeployFrequency.parse("5", "deploys/week").orElseThrow().perDayLabel()).isEqualTo("about 0.71");
		assertThat(DeployFrequency.parse("50", "deploys/day").orElseThrow().perDayLabel()).isEqualTo("50");
		assertThat(DeployFrequency.parse("over 50 million", "deployments/year").orElseThrow().perDayLabel())
			.isEqualTo("about 140,000");
	}

}
