package dev.casebook.web;

/** A request parameter that cannot be answered; rendered as a 400 that names the parameter. */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String problem) {
		super("Parameter '" + parameter + "': " + problem);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
