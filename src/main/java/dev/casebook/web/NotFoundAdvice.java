package dev.casebook.web;

import java.util.List;
import java.util.Optional;

import dev.casebook.content.ContentStatus;
import dev.casebook.content.IndexReport;
import dev.casebook.content.LiveContent;
import dev.casebook.content.Problem;
import dev.casebook.relation.Node;
import dev.casebook.relation.RelationIndex;
import dev.casebook.relation.Relations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Renders the site's 404 page for an unknown entry. An address that names an entry in another
 * case redirects to it. Otherwise the page suggests the closest entries and, when a content file
 * would define the entry but is not served (a draft, or a file that never read cleanly), names the
 * file and lists its problems. Works without the content (web slice tests).
 */
@ControllerAdvice
class NotFoundAdvice {

	private final ObjectProvider<LiveContent> content;

	private final ObjectProvider<Relations> relations;

	NotFoundAdvice(ObjectProvider<LiveContent> content, ObjectProvider<Relations> relations) {
		this.content = content;
		this.relations = relations;
	}

	/** A file that would be at the address, and its problems. */
	record Unserved(String file, List<Problem> problems) {
	}

	@ExceptionHandler(EntryNotFoundException.class)
	ModelAndView notFound(EntryNotFoundException ex, HttpServletRequest request) {
		Optional<RelationIndex> index = Optional.ofNullable(this.relations.getIfAvailable()).map(Relations::current);
		if (index.isPresent() && ex.kind().isPresent()) {
			Optional<Node> same = NearbyEntries.sameIgnoringCase(index.get(), ex.kind().get(), ex.slug());
			if (same.isPresent()) {
				RedirectView redirect = new RedirectView(same.get().path());
				redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				return new ModelAndView(redirect);
			}
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("path", request.getRequestURI());
		page.addObject("message", ex.getMessage());
		page.addObject("unserved", unserved(request.getRequestURI()).orElse(null));
		page.addObject("closest", index.flatMap((i) -> ex.kind().map((kind) -> NearbyEntries.closest(i, kind, ex.slug())))
			.orElse(List.of()));
		return page;
	}

	private Optional<Unserved> unserved(String address) {
		return Optional.ofNullable(this.content.getIfAvailable())
			.map(LiveContent::status)
			.flatMap(ContentStatus::report)
			.flatMap((IndexReport report) -> report.unservedFileAt(address)
				.map((file) -> new Unserved(file, report.problemsIn(file))));
	}

}
