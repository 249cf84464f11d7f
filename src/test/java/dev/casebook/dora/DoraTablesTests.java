package dev.casebook.dora;

import java.util.Optional;

import dev.casebook.dora.DoraTable.Band;
import dev.casebook.model.DeployFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DoraTablesTests {

	private final DoraTables tables = new DoraTables();

	@Test
	void bothPublishedYearsAreLoadedWithACitationOnEveryRow() {
		assertThat(this.tables.years()).containsExactly(2019, 2024);
		assertThat(this.tables.latest().year()).isEqualTo(2024);
		for (int year : new int[] { 2019, 2024 }) {
			DoraTable table = this.tables.year(year).orElseThrow();
			assertThat(table.deploymentFrequency()).extracting(Band::tier).containsExactly("elite", "high", "medium", "low");
			assertThat(table.leadTime()).extracting(Band::tier).containsExactly("elite", "high", "medium", "low");
			assertThat(table.deploymentFrequency()).allSatisfy((band) -> {
				assertThat(band.source().year()).isEqualTo(year);
				assertThat(band.source().report()).contains("State of DevOps").contains(String.valueOf(year));
				assertThat(band.source().publisher()).contains("DORA");
			});
		}
		assertThat(this.tables.year(2020)).isEmpty();
	}

	/** Deploys per period, as the interval in days between deploys, at and around every boundary. */
	@ParameterizedTest
	@CsvSource({ "1, day, high", "2, day, elite", "1000, day, elite", "1, week, high", "6, week, high",
			"4, month, medium", "1, month, medium", "11, year, low", "2, year, low", "1, year, none" })
	void deploymentFrequencyTierAtEveryBoundary(int count, String period, String tier) {
		double interval = DeployFrequency.parse(String.valueOf(count), "deploys/" + period).orElseThrow().intervalDays();
		for (int year : new int[] { 2019, 2024 }) {
			Optional<Band> band = this.tables.year(year).orElseThrow().deploymentTier(interval);
			assertThat(band.map(Band::tier).orElse("none")).as("%d/%s in %d", count, period, year).isEqualTo(tier);
		}
	}

	/** Figures as content writes them: qualifiers after the unit, words after the number, intervals. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "50 | deploys/day (about) | elite", "over 50 million | deployments/year | elite",
			"11.6 | seconds between deploys | elite", "1 | deploys per business day (most days) | high",
			"1 | deploys per week | high", "3 | Deployments per month | medium", "1 | deploy a year | none" })
	void figuresWrittenAsInContentAreTiered(String value, String unit, String tier) {
		double interval = DeployFrequency.parse(value, unit).orElseThrow().intervalDays();
		Optional<Band> band = this.tables.year(2019).orElseThrow().deploymentTier(interval);
		assertThat(band.map(Band::tier).orElse("none")).as("%s %s", value, unit).isEqualTo(tier);
	}

	@ParameterizedTest
	@CsvSource({ "0.5, elite", "0.999, elite", "1, high", "7, high", "7.01, medium", "30, medium", "30.01, low",
			"182.5, low", "183, none" })
	void leadTimeTierAtEveryBoundary(double days, String tier) {
		for (int year : new int[] { 2019, 2024 }) {
			Optional<Band> band = this.tables.year(year).orElseThrow().leadTimeTier(days);
			assertThat(band.map(Band::tier).orElse("none")).as("%s days in %d", days, year).isEqualTo(tier);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2019, 2024 })
	void publishedWordingIsKeptForDisplay(int year) {
		DoraTable table = this.tables.year(year).orElseThrow();
		assertThat(table.deploymentFrequency().get(1).published()).isEqualTo("Between once per day and once per week");
		assertThat(table.deploymentFrequency().get(3).published())
			.isEqualTo("Between once per month and once every six months");
	}

}
