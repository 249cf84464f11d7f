package dev.casebook.source;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.content.Connections;
import dev.casebook.content.Entry;
import dev.casebook.content.FrontMatter;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.content.Kind;
import dev.casebook.content.Published;
import dev.casebook.content.RelationType;
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

	public Source(FrontMatter matter, SourceDetails details, String file, String bodyHtml) {
		super(matter, file, bodyHtml);
		describe(details);
	}

	/** Sets what the source's front matter says. */
	public void describe(FrontMatter matter, SourceDetails details, String file, String bodyHtml) {
		describe(matter, file, bodyHtml);
		describe(details);
	}

	private void describe(SourceDetails details) {
		this.publisher = details.publisher();
		this.author = details.author();
		this.published = details.published().toString();
		this.url = details.url();
		this.type = details.type();
	}

	@Override
	protected List<Connections.Group> connectionGroups() {
		return List.of(group(RelationType.CITES.inverseLabel(), this.citedBy));
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
	protected Stream<Entry> related() {
		return concat(super.related(), this.citedBy);
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
