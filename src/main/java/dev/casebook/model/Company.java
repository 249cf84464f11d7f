package dev.casebook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.OrderColumn;

/** A company profile: what it uses and adopts, its figures and its history. */
@Entity
@DiscriminatorValue("company")
public class Company extends Entry {

	private String industry;

	private Integer founded;

	@ElementCollection
	@CollectionTable(name = "company_metric")
	@OrderColumn
	private List<Metric> metrics = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "company_event")
	@OrderColumn
	private List<TimelineEvent> timeline = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "company_stage")
	@OrderColumn
	private List<PipelineStage> pipeline = new ArrayList<>();

	protected Company() {
	}

	public Company(String slug) {
		super(slug);
	}

	/** Sets what the company's file says, apart from relations, figures and history. */
	public void describe(Description description, String industry, Optional<Integer> founded) {
		describe(description);
		this.industry = industry;
		this.founded = founded.orElse(null);
	}

	/** Its sources, and those its figures, history and pipeline cite. */
	@Override
	protected Stream<Source> citable() {
		return Stream.of(super.citable(), this.metrics.stream().map(Metric::getSource),
				this.timeline.stream().map(TimelineEvent::getSource), this.pipeline.stream().map(PipelineStage::getSource))
			.flatMap((sources) -> sources)
			.filter(Objects::nonNull);
	}

	@Override
	public Kind getKind() {
		return Kind.COMPANY;
	}

	public String getIndustry() {
		return this.industry;
	}

	public Optional<Integer> getFounded() {
		return Optional.ofNullable(this.founded);
	}

	/** Tools it uses. */
	public List<Tool> getTools() {
		return typed(targets(RelationType.USES), Tool.class);
	}

	/** Practices it adopts. */
	public List<Practice> getPractices() {
		return typed(targets(RelationType.ADOPTS), Practice.class);
	}

	public List<Metric> getMetrics() {
		return this.metrics;
	}

	/** The figures for the profile card: deploy frequencies first, otherwise as written. */
	public List<Metric> getKeyFigures() {
		return KeyFigures.ordered(this.metrics);
	}

	/**
	 * The deploy frequency that speaks for the company: the most recent by the date it goes by (see
	 * {@link FigureDate}), the most frequent within a year.
	 */
	public Optional<Metric> getDeployFigure() {
		return KeyFigures.deployFigure(this.metrics);
	}

	/** Its figures as text (name, value, unit), so that a search for "deploys per day" finds it. */
	public String getFigureText() {
		return KeyFigures.text(this.metrics);
	}

	public List<TimelineEvent> getTimeline() {
		return this.timeline;
	}

	/** Its delivery pipeline, stage by stage, as sources describe it; empty when none does. */
	public List<PipelineStage> getPipeline() {
		return this.pipeline;
	}

}
