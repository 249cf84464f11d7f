package dev.casebook.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.casebook.content.ContentIndexer;
import dev.casebook.content.IndexReport;
import dev.casebook.relation.Node;
import dev.casebook.relation.Relations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;



/** The Atom feed of recently reviewed entries, the sitemap and robots.txt. */
@RestController
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** How many entries the feed carries. */
	private static final int FEED_SIZE = 50;

	private final Relations relations;

	private final ContentIndexer indexer;

	FeedController(Relations relations, ContentIndexer indexer) {
		this.relations = relations;
		this.indexer = indexer;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed() {
		Instant indexed = this.indexer.lastReport().map(IndexReport::finishedAt).orElse(Instant.EPOCH);
		List<Node> recent = this.relations.current()
			.nodes()
			.stream()
			.sorted(Comparator.comparing((Node node) -> Feeds.updated(node, indexed)).reversed()
				.thenComparing(Node::title, String.CASE_INSENSITIVE_ORDER))
			.limit(FEED_SIZE)
			.toList();
		return ResponseEntity.ok().contentType(ATOM).body(Feeds.atom(baseUrl(), recent, indexed));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.body(Feeds.sitemap(baseUrl(), this.relations.current()));
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: " + baseUrl() + "/sitemap.xml\n";
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
