package dev.casebook.model;

import java.util.Arrays;
import java.util.List;

import dev.casebook.core.StageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/**
 * One stage of a company's delivery pipeline, as a source describes it. Its tools and practices
 * are kept as slugs: the company uses and adopts each of them, so its pages name them.
 */
@Embeddable
public class PipelineStage {

	private String name;

	private String kind;

	/** Tool slugs, separated by spaces. */
	@Column(length = 2000)
	private String tools;

	/** Practice slugs, separated by spaces. */
	@Column(length = 2000)
	private String practices;

	@Column(length = 2000)
	private String ships;

	@Column(name = "started_by", length = 2000)
	private String trigger;

	@Column(length = 2000)
	private String gate;

	@Column(length = 2000)
	private String exposure;

	@Column(length = 2000)
	private String configuration;

	@ManyToOne
	private Source source;

	private String locator;

	@Column(length = 2000)
	private String note;

	protected PipelineStage() {
	}

	/**
	 * @param what what the stage does: ships, trigger, gate, exposure and configuration, in that
	 * order, each possibly empty
	 */
	public PipelineStage(String name, StageKind kind, List<String> tools, List<String> practices, List<String> what,
			Source source, String locator, String note) {
		this.name = name;
		this.kind = kind.key();
		this.tools = String.join(" ", tools);
		this.practices = String.join(" ", practices);
		this.ships = what.get(0);
		this.trigger = what.get(1);
		this.gate = what.get(2);
		this.exposure = what.get(3);
		this.configuration = what.get(4);
		this.source = source;
		this.locator = locator;
		this.note = note;
	}

	public String getName() {
		return this.name;
	}

	public StageKind getKind() {
		return StageKind.ofKey(this.kind).orElseThrow();
	}

	public List<String> getToolSlugs() {
		return slugs(this.tools);
	}

	public List<String> getPracticeSlugs() {
		return slugs(this.practices);
	}

	public String getShips() {
		return text(this.ships);
	}

	/** Who or what starts the stage. */
	public String getTrigger() {
		return text(this.trigger);
	}

	public String getGate() {
		return text(this.gate);
	}

	public String getExposure() {
		return text(this.exposure);
	}

	public String getConfiguration() {
		return text(this.configuration);
	}

	public Source getSource() {
		return this.source;
	}

	public String getLocator() {
		return text(this.locator);
	}

	public String getNote() {
		return text(this.note);
	}

	private static List<String> slugs(String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : Arrays.asList(joined.split(" "));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
