package dev.casebook.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.casebook.content.FrontMatter.Declared;
import dev.casebook.content.FrontMatter.Details;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import dev.casebook.core.RelationType;
import dev.casebook.core.Rule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps the YAML between the {@code ---} lines to a typed {@link FrontMatter}. SnakeYAML is bounded
 * against alias bombs and deep nesting; every problem is reported with its file line. Front
 * matter written for Hugo, Docusaurus or dev.to is read where its keys mean the same thing:
 * {@code description} is the summary, {@code draft: true} (dev.to: {@code published: false})
 * keeps an entry off the site, {@code categories} are tags, {@code lastmod} is the review date,
 * date-times count by their day, and tags in any case are made lowercase-hyphenated.
 */
final class FrontMatterReader {

	private FrontMatterReader() {
	}

	/**
	 * Reads front matter that starts on file line {@code firstLine}.
	 * @return the front matter, or empty when the YAML cannot be used at all
	 */
	static Optional<FrontMatter> read(String yamlText, int firstLine, String path, Kind kind, String fileSlug,
			List<Problem> problems) {
		Node root;
		try {
			root = yaml().compose(new StringReader(yamlText));
		}
		catch (YAMLException ex) {
			problems.add(YamlErrors.of(ex, path, firstLine));
			return Optional.empty();
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(Rule.NOT_A_MAPPING.at(path, firstLine, Rule.NOT_A_MAPPING.example()));
			return Optional.empty();
		}
		YamlFields fields = new YamlFields(mapping, path, firstLine - 1, problems);
		String title = fields.required("title");
		String summary = summary(fields);
		fields.string("kind")
			.filter((declared) -> !declared.equals(kind.key()))
			.ifPresent((declared) -> kindMismatch(fields, kind, declared));
		String slug = slug(fields, fileSlug);
		boolean draft = draft(fields, kind);
		Optional<LocalDate> date = YamlScalars.date(fields, "date");
		Optional<LocalDate> lastmod = YamlScalars.date(fields, "lastmod");
		List<String> tags = tags(fields);
		List<String> aliases = aliases(fields);
		Details details = KindDetails.read(kind, fields);
		FrontMatter matter = new FrontMatter(slug, title, summary, tags, aliases, date.or(() -> lastmod),
				relations(kind, fields), details, draft);
		fields.warnUnread("for a " + kind.key());
		return Optional.of(matter);
	}

	private static String summary(YamlFields fields) {
		Optional<String> description = fields.string("description");
		String summary = fields.has("summary") || description.isEmpty() ? fields.required("summary") : description.get();
		if (summary.equals(ContentScaffold.PLACEHOLDER_SUMMARY)) {
			fields.warning(fields.lineOf("summary"), Rule.PLACEHOLDER, "the summary is still the text that 'casebook new' wrote");
		}
		return summary;
	}

	private static void kindMismatch(YamlFields fields, Kind kind, String declared) {
		if (Kind.ofKey(declared).isEmpty()) {
			fields.error(fields.lineOf("kind"), Rule.UNKNOWN_KIND,
					"unknown kind '" + declared + "': use company, tool, practice or source");
		}
		else {
			fields.error(fields.lineOf("kind"), Rule.KIND_MISMATCH, "kind '" + declared + "' does not match folder '"
					+ kind.folder() + "' (expected '" + kind.key() + "')");
		}
	}

	/** The declared slug (Docusaurus writes {@code /name}), else the file's. */
	private static String slug(YamlFields fields, String fileSlug) {
		Optional<String> declared = fields.string("slug").map((slug) -> slug.startsWith("/") ? slug.substring(1) : slug);
		if (declared.isPresent() && !Slugs.isSlug(declared.get())) {
			fields.error(fields.lineOf("slug"), Rule.BAD_SLUG, "slug '" + declared.get()
					+ "' must be lowercase words joined by hyphens, e.g. '" + Slugs.of(declared.get()) + "'");
			return fileSlug;
		}
		return declared.orElse(fileSlug);
	}

	private static boolean draft(YamlFields fields, Kind kind) {
		boolean draft = YamlScalars.bool(fields, "draft").orElse(false);
		if (kind != Kind.SOURCE && YamlScalars.isBoolean(fields, "published")) {
			draft |= !YamlScalars.bool(fields, "published").orElse(true);
		}
		return draft;
	}

	private static List<String> tags(YamlFields fields) {
		List<String> written = new ArrayList<>(YamlLists.tags(fields, "tags"));
		written.addAll(YamlLists.tags(fields, "categories"));
		List<String> tags = new ArrayList<>();
		for (String tag : written) {
			String slug = Slugs.of(tag);
			if (slug.isEmpty()) {
				fields.error(fields.lineOf(fields.has("tags") ? "tags" : "categories"), Rule.BAD_TAG,
						"tag '" + tag + "' has no letters or digits to make a tag of");
			}
			else if (!tags.contains(slug)) {
				tags.add(slug);
			}
		}
		return tags;
	}

	private static List<String> aliases(YamlFields fields) {
		List<String> aliases = new ArrayList<>();
		for (String alias : YamlLists.strings(fields, "aliases", false)) {
			if (alias.startsWith("/")) {
				fields.warning(fields.lineOf("aliases"), Rule.HUGO_ALIAS, "alias '" + alias
						+ "' looks like a Hugo redirect address; aliases here are other names of the entry");
			}
			else {
				aliases.add(alias);
			}
		}
		return aliases;
	}

	/** Every relation key the kind may declare, read as the relation schema lists them. */
	private static List<Declared> relations(Kind kind, YamlFields fields) {
		List<Declared> relations = new ArrayList<>();
		for (RelationType type : RelationType.values()) {
			if (!type.key().isEmpty() && type.startsAt(kind)) {
				YamlLists.refs(fields, type.key())
					.forEach((ref) -> relations.add(new Declared(type, false, type.key(), ref)));
			}
			if (!type.inverseKey().isEmpty() && type.to() == kind) {
				(type.oneFrom() ? YamlLists.ref(fields, type.inverseKey()).stream().toList()
						: YamlLists.refs(fields, type.inverseKey()))
					.forEach((ref) -> relations.add(new Declared(type, true, type.inverseKey(), ref)));
			}
		}
		return List.copyOf(relations);
	}

	/** Only composes nodes, never constructs objects; a new instance per call as Yaml is not thread-safe. */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(16);
		options.setCodePointLimit(256 * 1024);
		options.setAllowRecursiveKeys(false);
		return new Yaml(options);
	}

}
