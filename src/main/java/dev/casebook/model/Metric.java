package dev.casebook.model;

import java.util.Optional;

import dev.casebook.core.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/**
 * A figure about a company, from a source: when it held, only if the source says so; where in the
 * source it stands; an editor's note; and whether other sources give another value.
 */
@Embeddable
public class Metric {

	private String name;

	@Column(name = "metric_value")
	private String value;

	private String unit;

	@Column(name = "as_of")
	private String asOf;

	@ManyToOne
	private Source source;

	private String locator;

	@Column(length = 2000)
	private String note;

	private String measure;

	private boolean disputed;

	protected Metric() {
	}

	public Metric(String name, String value, String unit, Optional<PartialDate> asOf, Source source) {
		this.name = name;
		this.value = value;
		this.unit = unit;
		this.asOf = asOf.map(PartialDate::toString).orElse(null);
		this.source = source;
	}

	/** Adds where the figure stands in its source, the editor's note and the measure it shares with other figures. */
	public Metric annotated(String locator, String note, String measure, boolean disputed) {
		this.locator = locator;
		this.note = note;
		this.measure = measure;
		this.disputed = disputed;
		return this;
	}

	public String getName() {
		return this.name;
	}

	public String getValue() {
		return this.value;
	}

	public String getUnit() {
		return this.unit;
	}

	/** When the figure held, if its source says. */
	public Optional<PartialDate> getAsOf() {
		return Optional.ofNullable(this.asOf).flatMap(PartialDate::parse);
	}

	public Source getSource() {
		return this.source;
	}

	/** The date the figure goes by: when it held, else when its source was published. */
	public FigureDate getDate() {
		return FigureDate.of(getAsOf(), this.source);
	}

	public String getLocator() {
		return (this.locator != null) ? this.locator : "";
	}

	public String getNote() {
		return (this.note != null) ? this.note : "";
	}

	public String getMeasure() {
		return (this.measure != null) ? this.measure : "";
	}

	/** Whether another source gives a value for the same measure and date that differs by more than 5%. */
	public boolean isDisputed() {
		return this.disputed;
	}

	/** The figure as a deployment frequency, if its unit makes it one (see {@link DeployFrequency}). */
	public Optional<DeployFrequency> getDeployFrequency() {
		return DeployFrequency.parse(this.value, this.unit);
	}

	/** Whether the figure is a deployment frequency, shown first on the profile card. */
	public boolean isDeployFrequency() {
		return getDeployFrequency().isPresent();
	}

}
