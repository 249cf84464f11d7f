package dev.casebook.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import dev.casebook.content.ContentIndexer;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.relation.TestIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static dev.casebook.relation.TestIndex.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(FeedController.class)
class FeedControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RelationIndexer relations;

	@MockitoBean
	private ContentIndexer indexer;

	@BeforeEach
	void index() {
		given(this.relations.current()).willReturn(new TestIndex()
			.add(node(Kind.COMPANY, "etsy", "Etsy & <Co>", "e-commerce"), node(Kind.TOOL, "chef", "Chef", "configuration"))
			.build());
		given(this.indexer.lastReport()).willReturn(Optional.of(new IndexReport(1, 2, Map.of(), 0, List.of(), 5,
				Instant.parse("2026-11-22T04:00:00Z"), Set.of(), Map.of(), List.of())));
	}

	@Test
	void atomFeedIsWellFormedAtomWithEveryRequiredElement() throws Exception {
		assertThat(this.mvc.get().uri("/feed.atom")).hasContentTypeCompatibleWith("application/atom+xml");
		Element feed = root("/feed.atom");
		assertThat(feed.getNamespaceURI()).isEqualTo(Feeds.ATOM_NS);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		for (String required : new String[] { "id", "title", "updated", "author" }) {
			assertThat(children(feed, required)).as(required).isNotEmpty();
		}
		List<Element> entries = children(feed, "entry");
		assertThat(entries).hasSize(2);
		for (Element entry : entries) {
			for (String required : new String[] { "id", "title", "updated", "link", "summary" }) {
				assertThat(children(entry, required)).as(required).hasSize(1);
			}
			assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		}
		assertThat(entries).anySatisfy((entry) -> assertThat(text(entry, "title")).isEqualTo("Etsy & <Co>"));
		assertThat(children(entries.get(0), "link").get(0).getAttribute("href")).startsWith("http://localhost/");
	}

	@Test
	void eachKindHasItsOwnFeedOfOnlyThatKind() throws Exception {
		Element feed = root("/feeds/tools.atom");
		assertThat(text(feed, "title")).isEqualTo("Casebook: tools");
		assertThat(children(feed, "link")).extracting((link) -> link.getAttribute("href"))
			.containsExactly("http://localhost/feeds/tools.atom", "http://localhost/tools");
		assertThat(children(feed, "entry")).extracting((entry) -> text(entry, "title")).containsExactly("Chef");
		assertThat(this.mvc.get().uri("/feeds/widgets.atom")).hasStatus(404);
	}

	@Test
	void eachTagHasItsOwnFeedOfTheEntriesThatCarryIt() throws Exception {
		Element feed = root("/tags/e-commerce/feed.atom");
		assertThat(text(feed, "title")).isEqualTo("Casebook: entries tagged e-commerce");
		assertThat(children(feed, "entry")).extracting((entry) -> text(entry, "title")).containsExactly("Etsy & <Co>");
		assertThat(this.mvc.get().uri("/tags/nope/feed.atom")).hasStatus(404);
	}

	@Test
	void sitemapIsWellFormedWithOneUrlPerPage() throws Exception {
		Element urlset = root("/sitemap.xml");
		assertThat(urlset.getNamespaceURI()).isEqualTo(Feeds.SITEMAP_NS);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		List<Element> urls = children(urlset, "url");
		assertThat(urls).allSatisfy((url) -> assertThat(text(url, "loc")).startsWith("http://localhost/"));
		assertThat(urls).extracting((url) -> text(url, "loc"))
			.contains("http://localhost/", "http://localhost/companies/etsy", "http://localhost/tools/chef",
					"http://localhost/tags/e-commerce")
			.doesNotHaveDuplicates();
		assertThat(urls).filteredOn((url) -> text(url, "loc").endsWith("/tools/chef"))
			.singleElement()
			.satisfies((url) -> assertThat(text(url, "lastmod")).isEqualTo("2026-01-01"));
	}

	@Test
	void robotsPointsAtTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("User-agent: *")
			.contains("Sitemap: http://localhost/sitemap.xml");
	}

	/** The root element of the XML document at {@code uri}. */
	private Element root(String uri) throws Exception {
		return parse(this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.getDocumentElement();
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> children(Element parent, String name) {
		NodeList nodes = parent.getChildNodes();
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
					&& parent.getNamespaceURI().equals(element.getNamespaceURI())) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? "" : found.get(0).getTextContent();
	}

}
