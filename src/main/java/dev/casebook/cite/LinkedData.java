package dev.casebook.cite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.casebook.CasebookProperties;
import dev.casebook.model.Company;
import dev.casebook.model.Entry;
import dev.casebook.model.Practice;
import dev.casebook.model.Source;
import dev.casebook.model.Tag;
import dev.casebook.model.Tool;
import dev.casebook.web.SiteAddress;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry page described to machines as schema.org JSON-LD: the page itself (a {@code WebPage} with
 * its breadcrumbs and the sources it cites), and what it is about: an {@code Organization}, a
 * {@code SoftwareApplication}, a {@code DefinedTerm} or a {@code CreativeWork}.
 */
@Component
public class LinkedData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteAddress site;

	LinkedData(CasebookProperties properties) {
		this.site = new SiteAddress(properties);
	}

	/**
	 * The JSON-LD of the page of {@code entry}, safe inside a {@code <script>} element: {@code <},
	 * {@code >} and {@code &} are written as JSON escapes, so no text can close the element.
	 */
	public String linkedData(Entry entry) {
		String url = this.site.of(entry.getPath());
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@type", "WebPage");
		page.put("@id", url);
		page.put("url", url);
		page.put("name", entry.getTitle());
		put(page, "description", entry.getSummary());
		entry.getLastUpdatedDate().ifPresent((date) -> page.put("dateModified", date.toString()));
		entry.getReviewed().ifPresent((date) -> page.put("lastReviewed", date.toString()));
		page.put("about", Map.of("@id", url + "#entry"));
		page.put("breadcrumb", breadcrumbs(entry, url));
		List<Map<String, Object>> cited = entry.getNumberedSources().stream().map(this::creativeWork).toList();
		if (!cited.isEmpty()) {
			page.put("citation", cited);
		}
		Map<String, Object> thing = about(entry);
		thing.put("@id", url + "#entry");
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", List.of(page, thing));
		return JSON.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private Map<String, Object> about(Entry entry) {
		Map<String, Object> thing = (entry instanceof Source source) ? creativeWork(source) : new LinkedHashMap<>();
		if (!(entry instanceof Source)) {
			thing.put("name", entry.getTitle());
			put(thing, "description", entry.getSummary());
		}
		if (!entry.getAliases().isEmpty()) {
			thing.put("alternateName", entry.getAliases());
		}
		if (!entry.getTags().isEmpty()) {
			thing.put("keywords", entry.getTags().stream().map(Tag::getName).toList());
		}
		if (entry instanceof Company company) {
			thing.put("@type", "Organization");
			company.getFounded().ifPresent((year) -> thing.put("foundingDate", String.valueOf(year)));
		}
		else if (entry instanceof Tool tool) {
			thing.put("@type", "SoftwareApplication");
			put(thing, "applicationCategory", tool.getCategory());
			put(thing, "url", tool.getWebsite());
			tool.getCreatedBy().ifPresent((maker) -> thing.put("creator", organization(maker.getTitle())));
		}
		else if (entry instanceof Practice practice) {
			thing.put("@type", "DefinedTerm");
			thing.put("inDefinedTermSet", Map.of("@type", "DefinedTermSet", "name", "Practices", "url",
					this.site.of("/practices")));
			put(thing, "termCode", practice.getSlug());
		}
		return thing;
	}

	private Map<String, Object> creativeWork(Source source) {
		Reference reference = Reference.of(source, this.site, LocalDate.now(ZoneOffset.UTC));
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("name", source.getTitle());
		List<Map<String, Object>> authors = reference.authors().stream()
			.map((name) -> reference.writtenByPublisher(name) ? organization(name) : person(name))
			.toList();
		if (!authors.isEmpty()) {
			work.put("author", authors);
		}
		if (source.getPublisher() != null && !source.getPublisher().isBlank()) {
			work.put("publisher", organization(source.getPublisher()));
		}
		reference.issued().ifPresent((date) -> work.put("datePublished", date.toString()));
		put(work, "url", source.getUrl());
		return work;
	}

	private Map<String, Object> breadcrumbs(Entry entry, String url) {
		List<Map<String, Object>> items = List.of(crumb(1, "Home", this.site.of("/")),
				crumb(2, entry.getKind().plural(), this.site.of("/" + entry.getKind().folder())),
				crumb(3, entry.getTitle(), url));
		return Map.of("@type", "BreadcrumbList", "itemListElement", items);
	}

	private static Map<String, Object> crumb(int position, String name, String url) {
		return Map.of("@type", "ListItem", "position", position, "name", name, "item", url);
	}

	private static Map<String, Object> organization(String name) {
		return Map.of("@type", "Organization", "name", name);
	}

	private static Map<String, Object> person(String name) {
		return Map.of("@type", "Person", "name", name);
	}

	private static void put(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

}
