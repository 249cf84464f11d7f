package dev.casebook.web;

import java.util.List;
import java.util.Optional;

import dev.casebook.content.ContentStatus;
import dev.casebook.content.IndexReport;
import dev.casebook.content.LiveContent;
import dev.casebook.content.Problem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Renders the site's 404 page for an unknown entry. When a content file would define the entry
 * but is not served (a draft, or a file that never read cleanly), the page names the file and
 * lists its problems. Works without the content (web slice tests).
 */
@ControllerAdvice
class NotFoundAdvice {

	private final ObjectProvider<LiveContent> content;

	NotFoundAdvice(ObjectProvider<LiveContent> content) {
		this.content = content;
	}

	/** A file that would be at the address, and its problems. */
	record Unserved(String file, List<Problem> problems) {
	}

	@ExceptionHandler(EntryNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EntryNotFoundException ex, HttpServletRequest request, Model model) {
		model.addAttribute("path", request.getRequestURI());
		model.addAttribute("message", ex.getMessage());
		model.addAttribute("unserved", unserved(request.getRequestURI()).orElse(null));
		return "error/404";
	}

	private Optional<Unserved> unserved(String address) {
		return Optional.ofNullable(this.content.getIfAvailable())
			.map(LiveContent::status)
			.flatMap(ContentStatus::report)
			.flatMap((IndexReport report) -> report.unservedFileAt(address)
				.map((file) -> new Unserved(file, report.problemsIn(file))));
	}

}
