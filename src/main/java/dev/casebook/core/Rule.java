package dev.casebook.core;

import dev.casebook.core.Problem.Severity;

/**
 * Every check a content file goes through, with its level. Lint, the start-up log, the live
 * banner and {@code /status} all report problems by these rules, at these levels; the content
 * format guide lists each one with {@link #example()}.
 */
public enum Rule {

	FOLDER_MISSING("folder-missing", Severity.ERROR, "content folder does not exist"),
	UNREADABLE("unreadable", Severity.ERROR, "cannot read this folder: permission denied"),
	NOT_A_FILE("not-a-file", Severity.ERROR, "not a regular file (a named pipe, device or socket): only plain files are read"),
	SYMBOLIC_LINK("symbolic-link", Severity.ERROR,
			"symbolic link not followed: content must be a regular file inside the content folder"),
	UNKNOWN_FOLDER("unknown-folder", Severity.ERROR,
			"unknown folder: entries belong in companies/, tools/, practices/ or sources/"),
	TOO_LARGE("too-large", Severity.ERROR, "file is larger than 1024 KiB"),
	NOT_UTF8("not-utf8", Severity.ERROR, "file is not valid UTF-8 text"),
	NO_FRONT_MATTER("no-front-matter", Severity.ERROR,
			"missing front matter: start the file with a '---' line, or with a '# Title' heading"),
	FRONT_MATTER_NOT_CLOSED("front-matter-not-closed", Severity.ERROR,
			"front matter is not closed: add a '---' line after its last key"),
	MALFORMED_YAML("malformed-yaml", Severity.ERROR,
			"malformed front matter: the list opened with '[' on line 6 is not closed"),
	NOT_A_MAPPING("not-a-mapping", Severity.ERROR, "front matter must be a mapping of keys to values"),
	DUPLICATE_KEY("duplicate-key", Severity.ERROR, "duplicate key 'tags'"),
	MISSING_KEY("missing-key", Severity.ERROR, "missing required key 'summary'"),
	WRONG_TYPE("wrong-type", Severity.ERROR, "'open_source' must be true or false, not 'maybe'"),
	TOO_LONG("too-long", Severity.ERROR, "'title' is longer than 255 characters"),
	BAD_SLUG("bad-slug", Severity.ERROR, "slug 'Deploy Bot' must be lowercase words joined by hyphens"),
	BAD_TAG("bad-tag", Severity.ERROR, "tag '++' has no letters or digits to make a tag of"),
	UNKNOWN_KIND("unknown-kind", Severity.ERROR, "unknown kind 'widget': use company, tool, practice or source"),
	KIND_MISMATCH("kind-mismatch", Severity.ERROR, "kind 'tool' does not match folder 'practices' (expected 'practice')"),
	BAD_SOURCE_TYPE("bad-source-type", Severity.ERROR,
			"type 'video' must be one of article, talk, course, q-and-a, book"),
	INCOMPLETE("incomplete", Severity.ERROR, "a metric needs a 'source' (a source slug)"),
	RENAMED_KEY("renamed-key", Severity.ERROR,
			"'year' of a metric is now 'as_of': give it only when the source says when the figure held"),
	DATE_AFTER_SOURCE("date-after-source", Severity.ERROR,
			"'as_of' 2016 is later than its source, how-etsy-makes-devops-work, was published (February 2015)"),
	EMPTY_BODY("empty-body", Severity.ERROR, "empty body: write at least one paragraph"),
	BODY_LIMIT("body-limit", Severity.ERROR, "Markdown nested more than 64 levels deep"),
	DUPLICATE_SLUG("duplicate-slug", Severity.ERROR,
			"duplicate slug 'deployer': tools/deployer.md already uses it; this file is skipped"),
	DUPLICATE_NAME("duplicate-name", Severity.ERROR, "alias 'Deployer' is already the title or alias of tools/deployer.md"),
	UNKNOWN_RELATION("unknown-relation", Severity.ERROR, "'tools' names unknown tool 'deployr'; did you mean 'deployer'?"),
	BROKEN_LINK("broken-link", Severity.ERROR,
			"unknown link target 'canary-relase' in [[canary-relase]]; did you mean 'canary-release'?"),
	UNDATED_SOURCE("undated-source", Severity.WARNING,
			"a source needs 'published': a date, a year, a span such as 2011-2013, or 'undated'"),
	BAD_ADDRESS("bad-address", Severity.WARNING, "'website' must be an http or https address; it is not shown"),
	UNKNOWN_KEY("unknown-key", Severity.WARNING, "unknown front-matter key 'colour' for a tool"),
	HUGO_ALIAS("hugo-alias", Severity.WARNING,
			"alias '/old/path/' looks like a Hugo redirect address; aliases here are other names of the entry"),
	SYNONYMS("synonyms", Severity.WARNING,
			"a line of synonyms needs two or more terms separated by commas: 'feature flags'"),
	PLACEHOLDER("placeholder", Severity.WARNING, "the summary is still the text that 'casebook new' wrote"),
	ORPHAN("orphan", Severity.WARNING, "orphan: no other entry links to 'orphan' and it takes part in no relation"),
	CONTRADICTION("contradiction", Severity.WARNING,
			"'created_by' names 'hub', but companies/hub.md lists the tools it uses without 'contradiction': "
					+ "add it there, or list 'hub' in this tool's 'companies'");

	private final String id;

	private final Severity severity;

	private final String example;

	Rule(String id, Severity severity, String example) {
		this.id = id;
		this.severity = severity;
		this.example = example;
	}

	/** The rule's name in lint output, {@code --all} listings and the content format guide. */
	public String id() {
		return this.id;
	}

	public Severity severity() {
		return this.severity;
	}

	/** A message this rule reports, as the content format guide shows it. */
	public String example() {
		return this.example;
	}

	public Problem at(String path, int line, String message) {
		return new Problem(path, line, this, message, "");
	}

}
