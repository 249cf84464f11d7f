package dev.casebook.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.casebook.content.LiveContent;
import dev.casebook.core.ContentStatus;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds {@code content} to {@code /actuator/info}: revision, counts, when it was indexed, and
 * whether the site still follows the files ({@code following}, and why not in {@code lag}).
 */
@Component
class ContentInfoContributor implements InfoContributor {

	private final LiveContent live;

	ContentInfoContributor(LiveContent live) {
		this.live = live;
	}

	@Override
	public void contribute(Info.Builder builder) {
		ContentStatus status = this.live.status();
		status.report().ifPresent((report) -> {
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
			content.put("following", status.following());
			if (!status.following()) {
				content.put("lag", status.lag());
			}
			builder.withDetail("content", content);
		});
	}

}
