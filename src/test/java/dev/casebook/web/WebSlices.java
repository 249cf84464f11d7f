package dev.casebook.web;

import java.util.List;
import java.util.Optional;

import dev.casebook.CasebookProperties;
import dev.casebook.core.Kind;
import dev.casebook.core.Revision;
import dev.casebook.core.Revisions;
import dev.casebook.relation.Node;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What every web slice test needs from outside the web layer, listed in
 * {@code META-INF/spring/...AutoConfigureWebMvc.imports}:
 * <ul>
 * <li>{@link CasebookProperties}, which the layout's head and the citation links read and the application binds
 * through {@code @ConfigurationPropertiesScan}, which a slice leaves out;</li>
 * <li>{@link NotFoundHints} that know no content, for the 404 advice, unless the test declares its own;</li>
 * <li>{@link Revisions} before any indexing run, so the rendered-page cache keeps nothing, unless the test
 * declares its own.</li>
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(CasebookProperties.class)
public class WebSlices {

	@Bean
	@ConditionalOnMissingBean
	NotFoundHints noHints() {
		return new NotFoundHints() {

			@Override
			public Optional<String> sameEntry(Kind kind, String slug) {
				return Optional.empty();
			}

			@Override
			public List<Node> closest(Kind kind, String slug) {
				return List.of();
			}

			@Override
			public Optional<Unserved> unserved(String address) {
				return Optional.empty();
			}

		};
	}

	@Bean
	@ConditionalOnMissingBean
	Revisions noRunYet() {
		return () -> Revision.NONE;
	}

}
