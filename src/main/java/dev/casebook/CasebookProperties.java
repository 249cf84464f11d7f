package dev.casebook;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code casebook.*}.
 *
 * @param contentDir the folder of Markdown entries to serve (default {@code content},
 * environment {@code CASEBOOK_CONTENT_DIR})
 */
@ConfigurationProperties("casebook")
public record CasebookProperties(@DefaultValue("content") Path contentDir) {
}
