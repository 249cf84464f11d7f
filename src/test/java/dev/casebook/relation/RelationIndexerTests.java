package dev.casebook.relation;

import dev.casebook.ReadsDuringWrites;
import dev.casebook.content.ContentIndexer;
import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import dev.casebook.model.CompanyRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(IndexedInsights.class)
@TestPropertySource(properties = { IndexedInsights.CONTENT, "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=3000" })
class RelationIndexerTests {

	@Autowired
	private ContentIndexer indexer;

	@Autowired
	private RelationIndexer relations;

	@Autowired
	private CompanyRepository companies;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void everyRelationIsStoredInBothDirections() {
		RelationIndex index = this.relations.current();
		assertThat(index.related("alpha", Relation.of(RelationType.USES))).containsExactly("monkey", "pipeline");
		assertThat(index.related("pipeline", Relation.inverseOf(RelationType.USES))).containsExactly("alpha", "beta");
		assertThat(index.related("pipeline", Relation.inverseOf(RelationType.CREATED))).containsExactly("alpha");
		assertThat(index.related("chaos", Relation.inverseOf(RelationType.ADOPTS))).containsExactly("beta", "gamma");
		assertThat(index.related("chaos", Relation.inverseOf(RelationType.SUPPORTS))).containsExactly("monkey");
		assertThat(index.related("chaos", Relation.of(RelationType.RELATED))).containsExactly("canary");
		assertThat(index.related("blog", Relation.inverseOf(RelationType.CITES))).contains("alpha", "beta");
		assertThat(index.related("canary", Relation.inverseOf(RelationType.LINKS_TO))).containsExactly("alpha");
	}

	@Test
	void passagesPointAtTheHeadingAboveTheLink() {
		RelationIndex index = this.relations.current();
		assertThat(index.passage("alpha", "canary")).contains("/companies/alpha#delivery");
		assertThat(index.passage("canary", "beta")).contains("/practices/canary#who-does-it");
		assertThat(index.passage("gamma", "chaos")).isEmpty();
	}

	@Test
	void eventsRelateToTheToolsAndPracticesTheyNameByTitleOrAlias() {
		RelationIndex index = this.relations.current();
		assertThat(index.events()).extracting(DatedEvent::year).containsExactly(2015, 2018, 2020);
		DatedEvent built = index.events().get(0);
		assertThat(built.tools()).extracting(Node::slug).containsExactly("pipeline");
		assertThat(built.practices()).extracting(Node::slug).containsExactly("canary");
		assertThat(built.href()).isEqualTo("/companies/alpha#event-1");
		DatedEvent gameDay = index.events().get(1);
		assertThat(gameDay.tools()).extracting(Node::slug).containsExactly("monkey");
		assertThat(gameDay.practices()).extracting(Node::slug).containsExactly("chaos");
		assertThat(index.events().get(2).tools()).isEmpty();
	}

	@Test
	void indexingAgainDropsTheSnapshot() {
		RelationIndex before = this.relations.current();
		assertThat(this.relations.current()).isSameAs(before);
		this.indexer.index();
		assertThat(this.relations.current()).isNotSameAs(before);
		assertThat(this.relations.current().nodes(Kind.COMPANY)).hasSize(3);
	}

	@Test
	void readersWaitingForTheNextSnapshotHoldNoConnectionItsBuilderNeeds() throws Exception {
		TransactionTemplate request = new TransactionTemplate(this.transactions);
		// like a page with an open session in view: a connection is held while the snapshot is read
		ReadsDuringWrites.run(4, () -> request.executeWithoutResult((status) -> {
			this.companies.count();
			assertThat(this.relations.current().nodes(Kind.COMPANY)).hasSize(3);
		}), 5, this.indexer::index);
	}

}
