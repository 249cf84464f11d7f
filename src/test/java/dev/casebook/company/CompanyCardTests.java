package dev.casebook.company;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyCardTests {

	private final FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
		.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 30));

	@Test
	void aLongSummaryWrapsIntoAtMostTheLinesGivenEachWithinTheWidth() {
		String summary = "The retailer that split its 2001 monolith into services owned by small teams and automated "
				+ "their path to production with Brazil, Apollo and Pipelines, reported at a deployment every 11.6 seconds.";
		var lines = CompanyCard.lines(summary, this.metrics, 600, 3);
		assertThat(lines).hasSize(3).allSatisfy((line) -> assertThat(this.metrics.stringWidth(line)).isLessThanOrEqualTo(600));
		assertThat(lines.get(2)).endsWith("…");
		assertThat(String.join(" ", lines)).startsWith("The retailer that split");
	}

	@Test
	void aShortTextIsKeptWholeAndALongOneCutAtAWord() {
		assertThat(CompanyCard.fit("Etsy", this.metrics, 600)).isEqualTo("Etsy");
		assertThat(CompanyCard.fit("deploys per day at the largest scale ever seen", this.metrics, 200))
			.endsWith("…")
			.satisfies((cut) -> assertThat(this.metrics.stringWidth(cut)).isLessThanOrEqualTo(200));
		assertThat(CompanyCard.lines("", this.metrics, 600, 3)).isEmpty();
	}

}
