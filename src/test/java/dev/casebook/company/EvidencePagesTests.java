package dev.casebook.company;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures a reader can check, on {@code fixtures/evidence}: each dated as its source says (or by
 * the source's date, said so), disagreements side by side, editors' notes as footnotes, pipelines
 * drawn stage by stage and compared on {@code /pipelines}, the same facts in the API.
 */
@SpringBootTest(properties = "casebook.content-dir=src/test/resources/fixtures/evidence")
@AutoConfigureMockMvc
class EvidencePagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aFigureIsDatedByItsSourceWhenNoDateIsGivenAndSaysWhich() {
		Document page = page("/companies/orbit");
		Element drivers = page.select(".figure").stream().filter((f) -> f.text().contains("Drivers")).findFirst().orElseThrow();
		assertThat(drivers.selectFirst(".figure-source").text()).startsWith("reported February 2015 [");
		assertThat(cited(page, drivers)).containsExactly("Freight Weekly: the deploy issue");
		assertThat(page.select(".figure-source").eachText()).anySatisfy((text) -> assertThat(text)
			.matches("as of 2014 \\[\\d\\], section \"Shipping all day\".*"));
	}

	@Test
	void figuresTheirSourcesDisagreeOnStandSideBySideUnderSourcesDiffer() {
		Document page = page("/companies/orbit");
		Element deploys = page.selectFirst(".figure-disputed");
		assertThat(deploys.selectFirst(".sources-differ").text()).isEqualTo("Sources differ");
		assertThat(deploys.select(".figure-value").eachText()).containsExactly("40 deploys/day", "25 deploys/day");
		assertThat(cited(page, deploys)).containsExactly("Orbit engineering blog", "Freight Weekly: the deploy issue");
	}

	@Test
	void editorsNotesAreNumberedFootnotesNeverPartOfTheName() {
		Document page = page("/companies/orbit");
		assertThat(page.select(".figure sup a").eachAttr("href")).containsExactly("#note-1");
		assertThat(page.select("#note-1").text()).isEqualTo("The magazine counts only deploys of the web front end.");
		assertThat(page.select(".stage sup a").eachAttr("href")).containsExactly("#note-2");
		assertThat(page.select(".figure-name").eachText()).doesNotContain("The magazine counts only deploys of the web front end.");
	}

	@Test
	void aDisputedEventStandsBesideTheOtherSourcesAccountOfThatYearAndTheRestOfTheYearWaitsBehindADisclosure() {
		Document page = page("/companies/orbit");
		Element disputed = page.selectFirst(".timeline .event-disputed");
		assertThat(disputed.selectFirst(".timeline-year").text()).isEqualTo("2012");
		assertThat(disputed.select("details.more-accounts > summary").text()).isEqualTo("1 other account of 2012");
		assertThat(disputed.select("details.more-accounts > .accounts")).singleElement()
			.satisfies((account) -> assertThat(account.text()).startsWith("November 2012").contains("second data centre"));
		assertThat(disputed.select("> .accounts")).satisfiesExactlyInAnyOrder(
				(account) -> {
					assertThat(account.text()).contains("data-centre outage");
					assertThat(cited(page, account)).containsExactly("Freight Weekly: the deploy issue");
				},
				(account) -> {
					assertThat(account.text()).startsWith("March 2012").contains("storage fault");
					assertThat(cited(page, account)).containsExactly("Orbit engineering blog");
				});
	}

	@Test
	void thePipelineIsDrawnStageByStageWithTheEntriesItNames() {
		List<Element> stages = page("/companies/orbit").select("ol.pipeline > li.stage");
		assertThat(stages).extracting((stage) -> stage.selectFirst(".stage-kind").text())
			.containsExactly("1. Build", "2. Release");
		assertThat(stages.get(0).select("a[href=/tools/crane]")).isNotEmpty();
		assertThat(stages.get(1).select("dt").eachText()).containsExactly("Practices", "Started by", "Exposure",
				"Configuration");
		assertThat(stages.get(1).text()).contains("employees first, then one region");
	}

	@Test
	void pipelinesAreComparedByKindOfStageAndWhatDiffersIsMarked() {
		Document page = page("/pipelines");
		List<Element> tables = page.select("table.pipelines-table");
		assertThat(tables.get(0).select("thead th").eachText()).containsExactly("Stage", "Harbor Lines", "Orbit Freight");
		assertThat(tables.get(0).select("tbody th").eachText()).containsExactly("Build", "Package", "Release");
		Element ships = tables.get(1).select("tbody tr").stream()
			.filter((row) -> row.selectFirst("th").text().startsWith("What ships")).findFirst().orElseThrow();
		assertThat(ships.hasClass("differs")).isTrue();
		assertThat(ships.select("td").eachText()).containsExactly("Bake an image: a machine image with the service installed",
				"Build the package: a versioned tarball");
	}

	@Test
	void theApiGivesEachFigureItsDateBasisDisputesAndPipeline() {
		MvcTestResult result = this.mvc.get().uri("/api/companies/orbit").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.facts.metrics[0].asOf").isEqualTo("2014");
		assertThat(result).bodyJson().extractingPath("$.facts.metrics[0].dated").isEqualTo("as-of");
		assertThat(result).bodyJson().extractingPath("$.facts.metrics[0].disputed").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.facts.metrics[2].dated").isEqualTo("reported");
		assertThat(result).bodyJson().extractingPath("$.facts.metrics[2].year").isEqualTo(2015);
		assertThat(result).bodyJson().extractingPath("$.facts.timeline[0].disputed").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.facts.timeline[1].date").isEqualTo("2012-03");
		assertThat(result).bodyJson().extractingPath("$.facts.pipeline[1].kind").isEqualTo("release");
		assertThat(result).bodyJson().extractingPath("$.facts.pipeline[1].practices[0].slug").isEqualTo("dark-launch");
	}

	@Test
	void theStatusPageListsWhereSourcesDifferAsInformation() {
		assertThat(page("/status").select(".disputes li").eachText()).containsExactly(
				"orbit: Production deploys (orbit-blog, freight-weekly)",
				"orbit: A data-centre outage kept the website down for a whole day. (freight-weekly, orbit-blog)");
	}

	@Test
	void compareSaysWhichDateEachFigureGoesBy() {
		assertThat(page("/compare?c=orbit&c=harbor").text()).contains("as of 2014").contains("reported February 2015");
	}

	@Test
	void everySourceIsListedOnceAsANumberedReferenceInTheOrderTheFiguresFirstCiteIt() {
		Document page = page("/companies/orbit");
		assertThat(page.select(".references li > a:first-child").eachText()).containsExactly("Orbit engineering blog",
				"Freight Weekly: the deploy issue");
		assertThat(page.select(".references li").eachAttr("id")).containsExactly("ref-1", "ref-2");
	}

	@Test
	void theBodyCitesItsSourcesByTheNumbersTheFiguresAlreadyGaveThem() {
		Document page = page("/companies/orbit");
		assertThat(page.select(".prose a.cite").eachText()).containsExactly("[2]", "[1]");
		assertThat(cited(page, page.selectFirst(".prose"))).containsExactly("Freight Weekly: the deploy issue",
				"Orbit engineering blog");
	}

	/** The titles of the references the numbered links inside {@code within} point to. */
	private static List<String> cited(Document page, Element within) {
		return within.select("a.cite").stream().map((ref) -> page.selectFirst(ref.attr("href") + " > a").text()).toList();
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
