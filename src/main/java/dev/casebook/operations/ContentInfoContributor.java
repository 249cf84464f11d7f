package dev.casebook.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.casebook.content.ContentIndexer;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds {@code content} to {@code /actuator/info}: revision, counts and when it was indexed. */
@Component
class ContentInfoContributor implements InfoContributor {

	private final ContentIndexer indexer;

	ContentInfoContributor(ContentIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public void contribute(Info.Builder builder) {
		this.indexer.lastReport().ifPresent((report) -> {
			Map<String, Object> entries = new LinkedHashMap<>();
			report.entries().forEach((kind, count) -> entries.put(kind.folder(), count));
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("revision", report.revision());
			content.put("indexedAt", report.finishedAt().toString());
			content.put("files", report.files());
			content.put("entries", entries);
			content.put("links", report.links());
			content.put("errors", report.errors());
			content.put("warnings", report.warnings());
			builder.withDetail("content", content);
		});
	}

}
