package dev.casebook.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Renders the site's 404 page for an unknown entry. An address that names an entry in another
 * case redirects to it. Otherwise the page suggests the closest entries and, when a content file
 * would define the entry but is not served (a draft, or a file that never read cleanly), names the
 * file and lists its problems.
 */
@ControllerAdvice
class NotFoundAdvice {

	private final NotFoundHints hints;

	NotFoundAdvice(NotFoundHints hints) {
		this.hints = hints;
	}

	@ExceptionHandler(EntryNotFoundException.class)
	ModelAndView notFound(EntryNotFoundException ex, HttpServletRequest request) {
		Optional<String> same = ex.kind().flatMap((kind) -> this.hints.sameEntry(kind, ex.slug()));
		if (same.isPresent()) {
			RedirectView redirect = new RedirectView(same.get());
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("path", request.getRequestURI());
		page.addObject("message", ex.getMessage());
		page.addObject("unserved", this.hints.unserved(request.getRequestURI()).orElse(null));
		page.addObject("closest", ex.kind().map((kind) -> this.hints.closest(kind, ex.slug())).orElse(List.of()));
		return page;
	}

}
