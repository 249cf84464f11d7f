package dev.casebook.relation;

import dev.casebook.CasebookProperties;
import dev.casebook.content.ContentIndexer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * For {@code @DataJpaTest}s: the content indexer and {@link RelationIndexer}, reading the fixture folder
 * {@code fixtures/insights} (set {@code casebook.content-dir} to {@link #CONTENT}).
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = { ContentIndexer.class, RelationIndexer.class })
@EnableConfigurationProperties(CasebookProperties.class)
public class IndexedInsights {

	public static final String CONTENT = "casebook.content-dir=src/test/resources/fixtures/insights";

}
