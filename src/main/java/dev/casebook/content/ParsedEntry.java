package dev.casebook.content;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.vladsch.flexmark.util.ast.Document;
import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.StageSpec;
import dev.casebook.core.Kind;

/**
 * One content file read and parsed, not yet linked to the others.
 *
 * @param file the path relative to the content folder, with {@code /} separators
 * @param digest the SHA-256 of the file's bytes, in hex: two runs that read the same bytes from a file
 * parse it alike
 */
public record ParsedEntry(String file, Kind kind, FrontMatter matter, Document body, String digest) {

	/** Parsed from the same file with the same bytes, so it declares and renders the same. */
	boolean sameFileAs(ParsedEntry other) {
		return this.file.equals(other.file) && this.digest.equals(other.digest);
	}

	/** What identifies what it was parsed from, for memos that outlive a run. */
	Version version() {
		return new Version(this.file, this.digest);
	}

	/** A file and the digest of its bytes. */
	record Version(String file, String digest) {
	}

	String slug() {
		return this.matter.slug();
	}

	/**
	 * The sources the entry's page cites above its body, in page order: a company's figures, then its
	 * pipeline. The body's citations number on from these.
	 */
	List<String> citedAboveBody() {
		if (!(this.matter.details() instanceof CompanyDetails company)) {
			return List.of();
		}
		return Stream.concat(company.metrics().stream().map(MetricSpec::source),
				company.pipeline().stream().map(StageSpec::source))
			.filter(Objects::nonNull)
			.map(Ref::slug)
			.distinct()
			.toList();
	}

}
