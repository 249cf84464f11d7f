package dev.casebook.content;

/**
 * Something wrong in a content file, located by its path (relative to the content folder) and
 * line (1-based; 0 when the problem concerns the whole file).
 */
public record Problem(String path, int line, Severity severity, String message) {

	public enum Severity {

		ERROR, WARNING;

		public String label() {
			return name().toLowerCase();
		}

	}

	static Problem error(String path, int line, String message) {
		return new Problem(path, line, Severity.ERROR, message);
	}

	static Problem warning(String path, int line, String message) {
		return new Problem(path, line, Severity.WARNING, message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return this.path + ":" + this.line + ": " + this.severity.label() + ": " + this.message;
	}

}
