package dev.casebook.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.casebook.CasebookProperties;
import dev.casebook.content.ContentIndexer;
import dev.casebook.core.IndexReport;
import dev.casebook.core.Kind;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.RelationIndexer;
import dev.casebook.web.EntryNotFoundException;
import dev.casebook.web.FeedChannel;
import dev.casebook.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;



/**
 * The Atom feeds of recently changed entries (all of them, one kind, or one tag), the sitemap and
 * robots.txt.
 */
@RestController
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** How many entries the feed carries. */
	private static final int FEED_SIZE = 50;

	private final RelationIndexer relations;

	private final ContentIndexer indexer;

	private final SiteAddress site;

	FeedController(RelationIndexer relations, ContentIndexer indexer, CasebookProperties properties) {
		this.relations = relations;
		this.indexer = indexer;
		this.site = new SiteAddress(properties);
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed() {
		return feed(FeedChannel.site(), this.relations.current().nodes());
	}

	/** One kind's feed: {@code /feeds/companies.atom}, {@code /feeds/tools.atom} and so on. */
	@GetMapping("/feeds/{folder}.atom")
	ResponseEntity<String> kindFeed(@PathVariable String folder) {
		Kind kind = Kind.ofFolder(folder).orElseThrow(() -> new EntryNotFoundException("feed " + folder));
		return feed(FeedChannel.of(kind), this.relations.current().nodes(kind));
	}

	/** The feed of the entries that carry one tag. */
	@GetMapping("/tags/{tag}/feed.atom")
	ResponseEntity<String> tagFeed(@PathVariable String tag) {
		RelationIndex index = this.relations.current();
		if (!index.hasTag(tag)) {
			throw new EntryNotFoundException("tag " + tag);
		}
		return feed(FeedChannel.tagged(tag), index.nodes(index.tagged(tag)));
	}

	private ResponseEntity<String> feed(FeedChannel channel, Collection<Node> nodes) {
		Instant indexed = this.indexer.lastReport().map(IndexReport::finishedAt).orElse(Instant.EPOCH);
		List<Node> recent = nodes.stream()
			.sorted(Comparator.comparing((Node node) -> Feeds.updated(node, indexed)).reversed()
				.thenComparing(Node::title, String.CASE_INSENSITIVE_ORDER))
			.limit(FEED_SIZE)
			.toList();
		return ResponseEntity.ok().contentType(ATOM).body(Feeds.atom(this.site.base(), channel, recent, indexed));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.body(Feeds.sitemap(this.site.base(), this.relations.current()));
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: " + this.site.base() + "/sitemap.xml\n";
	}

}
