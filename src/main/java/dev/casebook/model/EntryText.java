package dev.casebook.model;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The text columns of an entry: title, summary, file, dates and rendered body. Mapped onto the
 * {@code entry} table by {@link Entry}, which adds identity, tags, aliases and relations.
 */
@MappedSuperclass
public abstract class EntryText {

	@Column(nullable = false)
	private String title;

	/** The title as lists sort it: lowercase, without accents. */
	@Column(name = "sort_title", nullable = false)
	private String sortTitle;

	@Column(length = 2000)
	private String summary;

	@Column(name = "source_file")
	private String file;

	private LocalDate reviewed;

	private Instant lastUpdated;

	/**
	 * Bodies are large text columns read and written as plain strings (LONG32VARCHAR): no LOB
	 * locator, length probe or reader per value, which made loading an entry slow.
	 */
	@Column(name = "body_html")
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyHtml;

	@Column(name = "contents_html")
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String contentsHtml;

	@Column(name = "body_text")
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyText;

	/** The slugs of the sources the page numbers, in order, separated by spaces (see {@link Citations}). */
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String citations;

	/** Sets the title, summary, file, review date and body of {@code description}. */
	protected final void describeText(Description description) {
		this.title = description.title();
		this.sortTitle = sortKey(description.title());
		this.summary = description.summary();
		this.file = description.file();
		this.reviewed = description.reviewed().orElse(null);
		this.bodyHtml = description.bodyHtml();
	}

	/** How titles sort: case and accents set aside, so "lighttpd" comes before "Ubuntu". */
	public static String sortKey(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getFile() {
		return this.file;
	}

	public Optional<LocalDate> getReviewed() {
		return Optional.ofNullable(this.reviewed);
	}

	/** When the entry's file last changed: its last commit, or its modification time. */
	public Optional<Instant> getLastUpdated() {
		return Optional.ofNullable(this.lastUpdated);
	}

	/** The day of {@link #getLastUpdated()}, in UTC. */
	public Optional<LocalDate> getLastUpdatedDate() {
		return getLastUpdated().map((instant) -> LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	public void setLastUpdated(Instant lastUpdated) {
		this.lastUpdated = lastUpdated;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	/** The body's table of contents as HTML, or empty when it has none. */
	public String getContentsHtml() {
		return (this.contentsHtml == null) ? "" : this.contentsHtml;
	}

	/** The body as plain text, without markup: what full-text search reads. */
	public String getBodyText() {
		return this.bodyText;
	}

	/** Sets the body as rendered (again, after the entries it links to changed). */
	public void setBody(String html, String contents, String text, List<String> citations) {
		this.bodyHtml = html;
		this.contentsHtml = contents;
		this.bodyText = text;
		this.citations = String.join(" ", citations);
	}

	/** The slugs of the sources the page numbers, separated by spaces. */
	protected final String citations() {
		return this.citations;
	}

}
