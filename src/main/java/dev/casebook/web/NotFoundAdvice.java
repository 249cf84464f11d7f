package dev.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Renders the site's 404 page for an unknown entry. */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(EntryNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EntryNotFoundException ex, HttpServletRequest request, Model model) {
		model.addAttribute("path", request.getRequestURI());
		model.addAttribute("message", ex.getMessage());
		return "error/404";
	}

}
