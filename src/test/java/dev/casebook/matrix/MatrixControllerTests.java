package dev.casebook.matrix;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.casebook.SampleRelations;
import dev.casebook.web.Csv;
import dev.casebook.web.HtmlPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(MatrixController.class)
@Import(SampleRelations.class)
class MatrixControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void mostAdoptedPracticesComeFirstByDefault() {
		assertThat(rows(HtmlPages.get(this.mvc, "/practices/matrix", 200)))
			.containsSubsequence("Canary release", "Chaos engineering", "Two-pizza teams");
	}

	@Test
	void sortingByTitleOrdersRowsAlphabetically() {
		assertThat(rows(HtmlPages.get(this.mvc, "/practices/matrix?sort=title", 200)))
			.containsSubsequence("Canary release", "Chaos engineering", "Two-pizza teams");
		assertThat(this.mvc.get().uri("/practices/matrix?sort=TITLE")).hasStatusOk();
	}

	@Test
	void cellsLinkToTheEvidenceOfEachAdoption() {
		Document page = HtmlPages.get(this.mvc, "/practices/matrix", 200);
		assertThat(HtmlPages.links(page, "/companies/etsy#delivery").eachAttr("title"))
			.contains("passage on the company's page");
		assertThat(HtmlPages.links(page, "/practices/canary-release").eachAttr("title"))
			.contains("passage on the practice's page");
		assertThat(HtmlPages.links(page, "/companies/netflix#event-1").eachAttr("title")).contains("timeline event 2008");
		assertThat(HtmlPages.links(page, "/practices/two-pizza-teams").eachAttr("title")).contains("declared in front matter");
		assertThat(page.select("table.matrix td a").eachText()).anySatisfy((mark) -> assertThat(mark).contains("Etsy adopts Two-pizza teams"));
	}

	@Test
	void theMatrixDownloadsWithARowPerPracticeAndAColumnPerCompany() throws Exception {
		String csv = this.mvc.get().uri("/practices/matrix?sort=title&format=csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = Csv.parse(csv);
		assertThat(rows.get(0)).startsWith("practice", "adopters").contains("Etsy", "Netflix");
		int etsy = rows.get(0).indexOf("Etsy");
		assertThat(rows.stream().skip(1).map((row) -> row.get(0)).toList()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(0)).isEqualTo("Two-pizza teams"))
			.allSatisfy((row) -> assertThat(row).hasSameSizeAs(rows.get(0)));
		assertThat(rows.stream().filter((row) -> row.get(0).equals("Two-pizza teams")).findFirst().orElseThrow().get(etsy))
			.isNotEmpty();
		assertThat(this.mvc.get().uri("/practices/matrix?format=json")).hasStatusOk()
			.bodyJson().extractingPath("$[0].practice").isNotNull();
		assertThat(this.mvc.get().uri("/practices/matrix?format=pdf")).hasStatus(400);
		String page = this.mvc.get().uri("/practices/matrix?sort=title").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select(".downloads a").eachAttr("href"))
			.containsExactly("/practices/matrix?sort=title&format=csv", "/practices/matrix?sort=title&format=json");
	}

	@Test
	void unknownSortIsABadRequestNamingTheParameter() {
		assertThat(HtmlPages.badRequestMessage(this.mvc, "/practices/matrix?sort=size")).contains("Parameter 'sort'");
	}

	/** The practices the matrix has a row for, in order. */
	private static List<String> rows(Document page) {
		return page.select("table.matrix tbody th[scope=row] a").eachText();
	}

}
