package dev.casebook.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
import dev.casebook.core.Published;
import dev.casebook.core.RelationType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;

/** A document the facts come from: an article, talk, course, Q&A thread or book. */
@Entity
@DiscriminatorValue("source")
public class Source extends Entry {

	private String publisher;

	private String author;

	private String published;

	private String url;

	private String type;

	@ManyToMany(mappedBy = "sources")
	@OrderBy("sortTitle")
	private Set<Entry> citedBy = new LinkedHashSet<>();

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
	protected List<Connections.Group> connectionGroups() {
		return List.of(Connections.group(RelationType.CITES.inverseLabel(), this.citedBy));
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

	@Override
	protected Stream<Entry> connected() {
		return concat(super.connected(), this.citedBy);
	}

	/** Entries that name this source. */
	public Set<Entry> getCitedBy() {
		return this.citedBy;
	}

	@Override
	protected void setOwnRelation(RelationType type, Entry target, boolean present) {
		throw new IllegalArgumentException("a source has no relation " + type + " of its own");
	}

	@Override
	protected Collection<? extends Entry> ownTargets(RelationType type) {
		return Set.of();
	}

}
