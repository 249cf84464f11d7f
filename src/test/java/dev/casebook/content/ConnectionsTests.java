package dev.casebook.content;

import java.util.List;

import dev.casebook.core.RelationType;
import dev.casebook.model.Company;
import dev.casebook.model.Connections;
import dev.casebook.model.Entry;
import dev.casebook.model.Practice;
import dev.casebook.model.Tool;
import org.junit.jupiter.api.Test;

import static dev.casebook.model.TestEntries.company;
import static dev.casebook.model.TestEntries.practice;
import static dev.casebook.model.TestEntries.source;
import static dev.casebook.model.TestEntries.tool;
import static org.assertj.core.api.Assertions.assertThat;

class ConnectionsTests {

	@Test
	void eachEntryIsListedOnceUnderTheFirstRelationThatHoldsIt() {
		Company etsy = company("etsy", "Etsy");
		Tool deployinator = tool("deployinator", "Deployinator");
		etsy.setRelation(RelationType.USES, deployinator, true);
		etsy.setRelation(RelationType.CREATED, deployinator, true);
		etsy.setRelation(RelationType.LINKS_TO, deployinator, true);
		Connections connections = etsy.getConnections();
		assertThat(connections.groups()).extracting(Connections.Group::label).containsExactly("Uses");
		assertThat(connections.shows("deployinator")).isTrue();
	}

	@Test
	void sourcesAreLeftToTheReferencesAndEmptyRelationsAreDropped() {
		Practice canary = practice("canary-release", "Canary release");
		canary.setRelation(RelationType.CITES, source("notes", "Notes"), true);
		canary.setRelation(RelationType.LINKS_TO, source("blog", "Blog"), true);
		assertThat(canary.getConnections().isEmpty()).isTrue();
	}

	@Test
	void entriesOfARelationAreSortedByTitleWhateverTheirCase() {
		Company netflix = company("netflix", "Netflix");
		List.of("spinnaker", "asgard", "Zuul").forEach((name) -> netflix.setRelation(RelationType.USES, tool(name.toLowerCase(), name), true));
		netflix.setRelation(RelationType.USES, tool("lighttpd", "lighttpd"), true);
		assertThat(netflix.getConnections().groups().get(0).entries()).extracting(Entry::getTitle)
			.containsExactly("asgard", "lighttpd", "spinnaker", "Zuul");
	}

}
