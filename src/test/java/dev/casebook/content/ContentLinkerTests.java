package dev.casebook.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking again after a reload reuses what unchanged entries resolved to; the result must always be
 * the one a new linker gives for the same entries.
 */
class ContentLinkerTests {

	private final Markdown markdown = new Markdown();

	private final EntryFileParser parser = new EntryFileParser(this.markdown);

	private final ContentLinker linker = new ContentLinker(this.markdown);

	private final List<ParsedEntry> entries = new ArrayList<>(List.of(
			parse("tools/deployer.md", "title: Deployer\naliases: [Ship It]", "Runs [[canary]] and [[Blue green]]."),
			parse("practices/canary.md", "title: Canary\nrelated: [blue-green]", "See [[Ship It]] and [[gone]]."),
			parse("practices/blue-green.md", "title: Blue-green", "Two fleets.")));

	@Test
	void bodyEditRelinksLikeANewLinker() {
		this.linker.link(this.entries);
		this.entries.set(2, parse("practices/blue-green.md", "title: Blue-green", "Two fleets; see [[deployer]]."));
		assertSameAsNewLinker();
	}

	@Test
	void newTitleResolvesLinksInEntriesThatDidNotChange() {
		this.linker.link(this.entries);
		this.entries.set(2, parse("practices/blue-green.md", "title: Blue green", "Two fleets."));
		ContentLinker.Linked linked = assertSameAsNewLinker();
		assertThat(linked.bodyLinks().get("deployer")).extracting(LinkTargets.Target::title)
			.containsExactly("Canary", "Blue green");
	}

	@Test
	void removedAliasBreaksLinksInEntriesThatDidNotChange() {
		this.linker.link(this.entries);
		this.entries.set(0, parse("tools/deployer.md", "title: Deployer", "Runs [[canary]] and [[Blue green]]."));
		ContentLinker.Linked linked = assertSameAsNewLinker();
		assertThat(linked.problems()).extracting(Problem::toString)
			.anyMatch((problem) -> problem.startsWith("practices/canary.md:7: error: unknown link target 'Ship It'"));
	}

	@Test
	void bodyEditWithTheSameLinksKeepsEdgesAndChecks() {
		ContentLinker.Linked before = this.linker.link(this.entries);
		this.entries.set(2, parse("practices/blue-green.md", "title: Blue-green", "Two fleets, one live."));
		ContentLinker.Linked linked = assertSameAsNewLinker();
		assertThat(linked.edges()).isSameAs(before.edges());
	}

	@Test
	void newRelationAndCreatorRelinkLikeANewLinker() {
		this.entries.add(parse("companies/acme.md", "title: Acme\ntools: [deployer]", "A shop."));
		this.linker.link(this.entries);
		this.entries.set(1, parse("practices/canary.md", "title: Canary\nrelated: [blue-green]\ncompanies: [acme]",
				"See [[Ship It]] and [[gone]]."));
		this.entries.set(3, parse("companies/acme.md", "title: Acme\ntools: [canary]", "A shop."));
		this.entries.set(0, parse("tools/deployer.md", "title: Deployer\naliases: [Ship It]\ncreated_by: acme",
				"Runs [[canary]] and [[Blue green]]."));
		ContentLinker.Linked linked = assertSameAsNewLinker();
		assertThat(linked.problems()).extracting(Problem::message)
			.anyMatch((message) -> message.startsWith("'created_by' names 'acme', but companies/acme.md lists"));
	}

	private ContentLinker.Linked assertSameAsNewLinker() {
		ContentLinker.Linked again = this.linker.link(this.entries);
		ContentLinker.Linked fresh = new ContentLinker(this.markdown).link(this.entries);
		assertThat(again.edges()).containsExactlyElementsOf(fresh.edges());
		assertThat(again.bodyLinks()).isEqualTo(fresh.bodyLinks());
		assertThat(again.problems()).containsExactlyElementsOf(fresh.problems());
		return again;
	}

	private ParsedEntry parse(String file, String matter, String body) {
		String text = "---\n" + matter + "\nsummary: S.\n---\n\n" + body + "\n";
		Kind kind = Kind.ofFolder(file.substring(0, file.indexOf('/'))).orElseThrow();
		return this.parser.parse(file, kind, text.getBytes(StandardCharsets.UTF_8)).entry().orElseThrow();
	}

}
