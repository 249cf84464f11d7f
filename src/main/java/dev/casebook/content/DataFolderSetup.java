package dev.casebook.content;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.casebook.CasebookProperties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the store at {@code casebook.data-dir} before the database and the search indexes open,
 * after emptying the folder unless it holds a sealed store ({@link DataFolder}). With
 * {@code casebook.keep-index=false} both live in memory and every start indexes the content afresh.
 * The settings it makes have the lowest precedence, so an explicit {@code spring.datasource.url} or
 * directory setting wins.
 * This runs before any bean exists, which is why it is an environment post-processor.
 */
class DataFolderSetup implements EnvironmentPostProcessor {

	private static final String DIRECTORY = "spring.jpa.properties.hibernate.search.backend.directory.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		CasebookProperties properties = Binder.get(environment)
			.bindOrCreate("casebook", CasebookProperties.class);
		Map<String, Object> settings = new LinkedHashMap<>();
		if (!properties.keepIndex()) {
			settings.put(DIRECTORY + "type", "local-heap");
		}
		else {
			DataFolder folder = new DataFolder(properties.dataDir());
			folder.keepOnlyIfSealed();
			settings.put("spring.datasource.url", folder.jdbcUrl());
			settings.put("spring.datasource.username", "sa");
			settings.put(DIRECTORY + "type", "local-filesystem");
			settings.put(DIRECTORY + "root", folder.luceneRoot().toString());
		}
		environment.getPropertySources().addLast(new MapPropertySource("casebookDataFolder", settings));
	}

}
