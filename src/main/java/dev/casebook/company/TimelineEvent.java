package dev.casebook.company;

import dev.casebook.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A dated event in a company's history, from a source. */
@Embeddable
public class TimelineEvent {

	@Column(name = "event_year")
	private int year;

	@Column(length = 2000)
	private String event;

	@ManyToOne
	private Source source;

	protected TimelineEvent() {
	}

	public TimelineEvent(int year, String event, Source source) {
		this.year = year;
		this.event = event;
		this.source = source;
	}

	public int getYear() {
		return this.year;
	}

	public String getEvent() {
		return this.event;
	}

	public Source getSource() {
		return this.source;
	}

}
