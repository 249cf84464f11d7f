package dev.casebook.matrix;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.casebook.SampleRelations;
import dev.casebook.web.Csv;
import org.jsoup.Jsoup;
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
	void mostAdoptedPracticesComeFirstByDefault() throws Exception {
		String body = this.mvc.get().uri("/practices/matrix").exchange().getResponse().getContentAsString();
		assertThat(body.indexOf(">Canary release</a></th>")).isPositive()
			.isLessThan(body.indexOf(">Chaos engineering</a></th>"));
		assertThat(body.indexOf(">Chaos engineering</a></th>")).isLessThan(body.indexOf(">Two-pizza teams</a></th>"));
	}

	@Test
	void sortingByTitleOrdersRowsAlphabetically() throws Exception {
		String body = this.mvc.get().uri("/practices/matrix?sort=title").exchange().getResponse().getContentAsString();
		assertThat(body.indexOf(">Canary release</a></th>")).isLessThan(body.indexOf(">Chaos engineering</a></th>"));
		assertThat(body.indexOf(">Chaos engineering</a></th>")).isLessThan(body.indexOf(">Two-pizza teams</a></th>"));
		assertThat(this.mvc.get().uri("/practices/matrix?sort=TITLE")).hasStatusOk();
	}

	@Test
	void cellsLinkToTheEvidenceOfEachAdoption() {
		assertThat(this.mvc.get().uri("/practices/matrix")).hasStatusOk()
			.bodyText()
			.contains("href=\"/companies/etsy#delivery\" title=\"passage on the company&#39;s page\"")
			.contains("href=\"/practices/canary-release\" title=\"passage on the practice&#39;s page\"")
			.contains("href=\"/companies/netflix#event-1\" title=\"timeline event 2008\"")
			.contains("href=\"/practices/two-pizza-teams\" title=\"declared in front matter\"")
			.contains("Etsy adopts Two-pizza teams");
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
		assertThat(this.mvc.get().uri("/practices/matrix?sort=size")).hasStatus(400)
			.bodyText()
			.contains("Parameter &#39;sort&#39;");
	}

}
