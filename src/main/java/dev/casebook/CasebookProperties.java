package dev.casebook;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code casebook.*}.
 *
 * @param contentDir the folder of Markdown entries to serve (default {@code content},
 * environment {@code CASEBOOK_CONTENT_DIR})
 * @param watch whether to watch the content folder and re-index what changes (default
 * {@code false}; the {@code dev} profile, which {@code ./mvnw spring-boot:run} turns on, sets it)
 * @param editUrl the prefix of "Edit this page" links, followed by the entry's file path relative
 * to the content folder, e.g. {@code https://github.com/o/r/edit/main/content/} (default: none, no
 * link)
 * @param baseUrl the public address of the site, e.g. {@code https://casebook.example.org}, used in
 * canonical links, feeds, the sitemap and social cards (default: none, the address each request came
 * to, as {@code server.forward-headers-strategy} allows)
 */
@ConfigurationProperties("casebook")
public record CasebookProperties(@DefaultValue("content") Path contentDir, @DefaultValue("false") boolean watch,
		String editUrl, String baseUrl) {
}
