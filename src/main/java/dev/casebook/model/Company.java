package dev.casebook.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.casebook.core.Kind;
import dev.casebook.core.RelationType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

/** A company profile: what it uses and adopts, its figures and its history. */
@Entity
@DiscriminatorValue("company")
public class Company extends Entry {

	private String industry;

	private Integer founded;

	@ManyToMany
	@JoinTable(name = "company_tool", joinColumns = @JoinColumn(name = "company_id"),
			inverseJoinColumns = @JoinColumn(name = "tool_id"))
	@OrderBy("sortTitle")
	private Set<Tool> tools = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "company_practice", joinColumns = @JoinColumn(name = "company_id"),
			inverseJoinColumns = @JoinColumn(name = "practice_id"))
	@OrderBy("sortTitle")
	private Set<Practice> practices = new LinkedHashSet<>();

	@OneToMany(mappedBy = "createdBy")
	@OrderBy("sortTitle")
	private Set<Tool> created = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "company_metric")
	@OrderColumn
	private List<Metric> metrics = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "company_event")
	@OrderBy("date")
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
	protected List<Connections.Group> connectionGroups() {
		return List.of(Connections.group(RelationType.USES.label(), this.tools), Connections.group(RelationType.ADOPTS.label(), this.practices),
				Connections.group(RelationType.CREATED.label(), this.created));
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

	public Set<Tool> getTools() {
		return this.tools;
	}

	public Set<Practice> getPractices() {
		return this.practices;
	}

	/** Tools this company built. */
	public Set<Tool> getCreated() {
		return this.created;
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

	@Override
	protected Stream<Entry> connected() {
		return concat(super.connected(), this.tools, this.practices, this.created);
	}

	public void use(Tool tool) {
		this.tools.add(tool);
		tool.getCompanies().add(this);
	}

	public void stopUsing(Tool tool) {
		this.tools.remove(tool);
		tool.getCompanies().remove(this);
	}

	public void adopt(Practice practice) {
		this.practices.add(practice);
		practice.getCompanies().add(this);
	}

	public void abandon(Practice practice) {
		this.practices.remove(practice);
		practice.getCompanies().remove(this);
	}

	@Override
	protected void setOwnRelation(RelationType type, Entry target, boolean present) {
		switch (type) {
			case USES -> Presence.set(present, (Tool) target, this::use, this::stopUsing);
			case ADOPTS -> Presence.set(present, (Practice) target, this::adopt, this::abandon);
			case CREATED -> Presence.set(present, (Tool) target, (tool) -> tool.createdBy(this),
					(tool) -> tool.notCreatedBy(this));
			default -> throw new IllegalArgumentException(getKind().key() + " has no relation " + type);
		}
	}

	@Override
	protected Collection<? extends Entry> ownTargets(RelationType type) {
		return switch (type) {
			case USES -> this.tools;
			case ADOPTS -> this.practices;
			case CREATED -> this.created;
			default -> Set.of();
		};
	}

}
