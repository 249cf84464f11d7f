package dev.casebook;

import dev.casebook.relation.RelationIndexer;
import dev.casebook.relation.TestIndex;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * For web-slice tests of the insight pages: {@link RelationIndexer} answering {@link TestIndex#sample()}.
 * Outside {@code relation}, whose tests scan that package for the real {@link RelationIndexer}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SampleRelations {

	@Bean
	RelationIndexer relations() {
		RelationIndexer relations = mock(RelationIndexer.class);
		given(relations.current()).willReturn(TestIndex.sample());
		return relations;
	}

}
