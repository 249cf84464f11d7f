package dev.casebook.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.casebook.company.DeployFrequency;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment figures of the bundled companies are recognised and tiered as their text says. */
class BundledDeployFiguresTests {

	private final DoraTable dora2019 = new DoraTables().year(2019).orElseThrow();

	@Test
	void etsyAmazonAndFacebookHaveADeploymentFigureAndNetflixNone() throws IOException {
		assertThat(latestTier("etsy")).contains("elite");
		assertThat(latestTier("amazon")).contains("elite");
		assertThat(latestTier("facebook")).contains("high");
		assertThat(latestTier("netflix")).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private Optional<String> latestTier(String company) throws IOException {
		String text = Files.readString(Path.of("content/companies", company + ".md"));
		Map<String, Object> matter = new Yaml().load(text.split("(?m)^---$")[1]);
		List<Map<String, Object>> metrics = (List<Map<String, Object>>) matter.getOrDefault("metrics", List.of());
		return metrics.stream()
			.filter((m) -> DeployFrequency.parse(String.valueOf(m.get("value")), (String) m.get("unit")).isPresent())
			.max((a, b) -> Integer.compare((Integer) a.get("year"), (Integer) b.get("year")))
			.flatMap((m) -> this.dora2019.deploymentTier(
					DeployFrequency.parse(String.valueOf(m.get("value")), (String) m.get("unit")).orElseThrow().intervalDays()))
			.map(DoraTable.Band::tier);
	}

}
