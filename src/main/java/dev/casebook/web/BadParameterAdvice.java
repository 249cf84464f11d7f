package dev.casebook.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Renders the site's 400 page, naming the parameter at fault. */
@ControllerAdvice
class BadParameterAdvice {

	@ExceptionHandler(BadParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter(BadParameterException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "error/400";
	}

}
