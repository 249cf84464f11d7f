package dev.casebook.cite;

import java.util.List;
import java.util.Optional;

import dev.casebook.CasebookProperties;
import dev.casebook.core.RelationType;
import dev.casebook.model.Company;
import dev.casebook.model.Description;
import dev.casebook.model.Entry;
import dev.casebook.model.Source;
import dev.casebook.model.Tool;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.practice;
import static dev.casebook.model.TestEntries.source;
import static org.assertj.core.api.Assertions.assertThat;

class LinkedDataTests {

	private final LinkedData linkedData = new LinkedData(
			new CasebookProperties(null, false, null, "https://casebook.example/", null, false));

	@Test
	void aCompanyPageIsAWebPageAboutAnOrganizationWithItsBreadcrumbsAndCitedSources() {
		Company etsy = company("etsy", "Etsy");
		Source notes = source("course-notes", "Course notes");
		etsy.setRelation(RelationType.CITES, notes, true);
		JsonNode graph = parse(this.linkedData.linkedData(etsy)).get("@graph");
		JsonNode page = graph.get(0);
		assertThat(page.get("@type").asString()).isEqualTo("WebPage");
		assertThat(page.get("url").asString()).isEqualTo("https://casebook.example/companies/etsy");
		assertThat(page.get("breadcrumb").get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(page.get("breadcrumb").get("itemListElement").valueStream().map((item) -> item.get("name").asString()))
			.containsExactly("Home", "Companies", "Etsy");
		assertThat(page.get("citation").get(0).get("@type").asString()).isEqualTo("CreativeWork");
		assertThat(page.get("citation").get(0).get("url").asString()).isEqualTo("https://example.org");
		JsonNode about = graph.get(1);
		assertThat(about.get("@type").asString()).isEqualTo("Organization");
		assertThat(about.get("@id").asString()).isEqualTo(page.get("about").get("@id").asString());
		assertThat(about.get("foundingDate").asString()).isEqualTo("1999");
	}

	@Test
	void eachKindIsDescribedAsItsSchemaOrgType() {
		assertThat(about(practice("canary-release", "Canary release")).get("@type").asString()).isEqualTo("DefinedTerm");
		assertThat(about(source("notes", "Notes")).get("@type").asString()).isEqualTo("CreativeWork");
		assertThat(about(source("notes", "Notes")).get("publisher").get("name").asString()).isEqualTo("Publisher");
		Tool tool = tool("chef", "Chef");
		assertThat(about(tool).get("@type").asString()).isEqualTo("SoftwareApplication");
		assertThat(about(tool).get("applicationCategory").asString()).isEqualTo("Configuration management");
	}

	@Test
	void noTextCanCloseTheScriptElementItIsWrittenIn() {
		Tool tool = tool("x", "</script><script>alert(1)</script> & <!--");
		String json = this.linkedData.linkedData(tool);
		assertThat(json).doesNotContain("<", ">", "&");
		assertThat(about(tool).get("name").asString()).isEqualTo("</script><script>alert(1)</script> & <!--");
	}

	private JsonNode about(Entry entry) {
		return parse(this.linkedData.linkedData(entry)).get("@graph").get(1);
	}

	private static Tool tool(String slug, String title) {
		Tool tool = new Tool(slug);
		tool.describe(new Description(title, "A tool.", Optional.empty(), List.of(), "tools/" + slug + ".md",
				"<p>A tool.</p>"), "Configuration management", "", Optional.empty());
		return tool;
	}

	private static JsonNode parse(String json) {
		return JsonMapper.builder().build().readTree(json);
	}

}
