package dev.casebook;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code casebook.*}. The processor turns each {@code @param} into the property's
 * description in the configuration metadata, as it stands, so they are plain sentences.
 *
 * @param contentDir Folder of Markdown entries to serve; "content" unless set, also as the environment
 * variable CASEBOOK_CONTENT_DIR.
 * @param watch Whether to watch the content folder and re-index what changes; off unless set, and on in
 * the "dev" profile, which "./mvnw spring-boot:run" turns on.
 * @param editUrl Prefix of "Edit this page" links, followed by the entry's file path relative to the
 * content folder, e.g. https://github.com/o/r/edit/main/content/; none by default, and then no link.
 * @param baseUrl Public address of the site, e.g. https://casebook.example.org, used in canonical links,
 * feeds, the sitemap and social cards; none by default, and then the address each request came to, as
 * server.forward-headers-strategy allows.
 * @param dataDir Folder that keeps the database and search indexes between starts, "data" unless set; a
 * start takes them up and re-reads only the files changed since they were sealed. Emptied at start
 * when it holds no complete, sealed index of this build.
 * @param keepIndex Whether the database and search indexes are kept in the data folder; true unless set.
 * When false both live in memory and every start indexes the content afresh.
 */
@ConfigurationProperties("casebook")
public record CasebookProperties(@DefaultValue("content") Path contentDir, @DefaultValue("false") boolean watch,
		String editUrl, String baseUrl, @DefaultValue("data") Path dataDir,
		@DefaultValue("true") boolean keepIndex) {
}
