package dev.casebook.model;

import java.util.Arrays;
import java.util.List;

import dev.casebook.core.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/**
 * A dated event in a company's history, from a source, with the sources that tell it otherwise.
 */
@Embeddable
public class TimelineEvent {

	@Column(name = "event_date")
	private String date;

	@Column(name = "event_year")
	private int year;

	@Column(length = 2000)
	private String event;

	@ManyToOne
	private Source source;

	private String locator;

	@Column(length = 2000)
	private String note;

	/** The slugs of the sources that dispute it, separated by spaces. */
	@Column(name = "disputed_by", length = 2000)
	private String disputedBy;

	protected TimelineEvent() {
	}

	public TimelineEvent(PartialDate date, String event, Source source) {
		this.date = date.toString();
		this.year = date.year();
		this.event = event;
		this.source = source;
	}

	/** Adds where the event stands in its source, the editor's note and the sources that dispute it. */
	public TimelineEvent annotated(String locator, String note, List<String> disputedBy) {
		this.locator = locator;
		this.note = note;
		this.disputedBy = String.join(" ", disputedBy);
		return this;
	}

	public int getYear() {
		return this.year;
	}

	/** When it happened, as precisely as its source says. */
	public PartialDate getDate() {
		return PartialDate.parse(this.date).orElseThrow();
	}

	public String getEvent() {
		return this.event;
	}

	public Source getSource() {
		return this.source;
	}

	public String getLocator() {
		return (this.locator != null) ? this.locator : "";
	}

	public String getNote() {
		return (this.note != null) ? this.note : "";
	}

	/** The slugs of the sources that give another account of the event. */
	public List<String> getDisputedBy() {
		return (this.disputedBy == null || this.disputedBy.isBlank()) ? List.of()
				: Arrays.asList(this.disputedBy.split(" "));
	}

	public boolean isDisputed() {
		return !getDisputedBy().isEmpty();
	}

}
