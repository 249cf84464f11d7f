package dev.casebook.company;

import java.util.Optional;

import dev.casebook.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A figure about a company, for a year, from a source. */
@Embeddable
public class Metric {

	private String name;

	@Column(name = "metric_value")
	private String value;

	private String unit;

	@Column(name = "metric_year")
	private int year;

	@ManyToOne
	private Source source;

	protected Metric() {
	}

	public Metric(String name, String value, String unit, int year, Source source) {
		this.name = name;
		this.value = value;
		this.unit = unit;
		this.year = year;
		this.source = source;
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

	public int getYear() {
		return this.year;
	}

	public Source getSource() {
		return this.source;
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
