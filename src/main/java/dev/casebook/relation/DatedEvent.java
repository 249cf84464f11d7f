package dev.casebook.relation;

import java.util.List;

/**
 * A dated event from a company's timeline, with the tools and practices it relates to: those its
 * text names by title or alias (whole words, ignoring case).
 *
 * @param anchor the id of the event on its company's page
 */
public record DatedEvent(int year, Node company, String text, Node source, List<Node> tools, List<Node> practices,
		String anchor) {

	public boolean concerns(String slug) {
		return this.company.slug().equals(slug) || this.tools.stream().anyMatch((tool) -> tool.slug().equals(slug))
				|| this.practices.stream().anyMatch((practice) -> practice.slug().equals(slug));
	}

	public String href() {
		return this.company.path() + "#" + this.anchor;
	}

}
