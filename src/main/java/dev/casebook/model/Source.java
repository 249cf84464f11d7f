package dev.casebook.model;

import dev.casebook.core.Kind;
import dev.casebook.core.Published;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A document the facts come from: an article, talk, course, Q&A thread or book. */
@Entity
@DiscriminatorValue("source")
public class Source extends Entry {

	private String publisher;

	private String author;

	private String published;

	private String url;

	private String type;

	protected Source() {
	}

	public Source(String slug) {
		super(slug);
	}

	/** Sets what the source's file says. */
	public void describe(Description description, String publisher, String author, Published published, String url,
			String type) {
		describe(description);
		this.publisher = publisher;
		this.author = author;
		this.published = published.toString();
		this.url = url;
		this.type = type;
	}

	@Override
	public Kind getKind() {
		return Kind.SOURCE;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getAuthor() {
		return this.author;
	}

	/** When the source was published, as precisely as known; undated when it gives no date. */
	public Published getPublished() {
		return Published.parse((this.published != null) ? this.published : "undated").orElse(Published.UNDATED);
	}

	public String getUrl() {
		return this.url;
	}

	public String getType() {
		return this.type;
	}

}
