package dev.casebook.core;

/**
 * Something wrong in a content file, located by its path (relative to the content folder) and
 * line (1-based; 0 when the problem concerns the whole file), found by a {@link Rule}.
 *
 * @param detail what the underlying parser said, in its own words, or empty
 */
public record Problem(String path, int line, Rule rule, String message, String detail) {

	public enum Severity {

		ERROR, WARNING;

		public String label() {
			return name().toLowerCase();
		}

	}

	public Severity severity() {
		return this.rule.severity();
	}

	public boolean isError() {
		return severity() == Severity.ERROR;
	}

	public Problem withDetail(String detail) {
		return new Problem(this.path, this.line, this.rule, this.message, detail);
	}

	/** {@code path:line: error|warning: message}, the form lint prints and logs use. */
	@Override
	public String toString() {
		return this.path + ":" + this.line + ": " + severity().label() + ": " + this.message;
	}

}
