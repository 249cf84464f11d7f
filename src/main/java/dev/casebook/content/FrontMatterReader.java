package dev.casebook.content;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.casebook.content.FrontMatter.CompanyDetails;
import dev.casebook.content.FrontMatter.Details;
import dev.casebook.content.FrontMatter.EventSpec;
import dev.casebook.content.FrontMatter.MetricSpec;
import dev.casebook.content.FrontMatter.PracticeDetails;
import dev.casebook.content.FrontMatter.SourceDetails;
import dev.casebook.content.FrontMatter.ToolDetails;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps the YAML between the {@code ---} lines to a typed {@link FrontMatter}. SnakeYAML is bounded
 * against alias bombs and deep nesting; every problem is reported with its file line.
 */
final class FrontMatterReader {

	static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final List<String> SOURCE_TYPES = List.of("article", "talk", "course", "q-and-a", "book");

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
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? firstLine + mark.getLine() : firstLine;
			problems.add(Problem.error(path, line, "malformed front matter: " + firstLineOf(ex.getProblem())));
			return Optional.empty();
		}
		catch (YAMLException ex) {
			problems.add(Problem.error(path, firstLine, "malformed front matter: " + firstLineOf(ex.getMessage())));
			return Optional.empty();
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(Problem.error(path, firstLine, "front matter must be a mapping of keys to values"));
			return Optional.empty();
		}
		YamlFields fields = new YamlFields(mapping, path, firstLine - 1, problems);
		String title = fields.required("title");
		String summary = fields.required("summary");
		List<String> tags = fields.strings("tags", true).stream().map(String::strip).toList();
		tags.stream()
			.filter((tag) -> !TAG.matcher(tag).matches())
			.forEach((tag) -> fields.error(fields.lineOf("tags"),
					"tag '" + tag + "' must be lowercase words joined by hyphens, e.g. 'continuous-delivery'"));
		fields.string("kind")
			.filter((declared) -> !declared.equals(kind.key()))
			.ifPresent((declared) -> fields.error(fields.lineOf("kind"), Kind.ofKey(declared).isEmpty()
					? "unknown kind '" + declared + "': use company, tool, practice or source"
					: "kind '" + declared + "' does not match folder '" + kind.folder() + "' (expected '" + kind.key()
							+ "')"));
		String slug = fields.string("slug").orElse(fileSlug);
		if (!TAG.matcher(slug).matches()) {
			fields.error(fields.lineOf("slug"), "slug '" + slug + "' must be lowercase words joined by hyphens");
		}
		FrontMatter matter = new FrontMatter(slug, title, summary,
				tags.stream().filter((tag) -> TAG.matcher(tag).matches()).distinct().toList(),
				fields.strings("aliases", false), fields.date("date"), fields.refs("sources"),
				details(kind, fields));
		fields.warnUnread("for a " + kind.key());
		return Optional.of(matter);
	}

	private static Details details(Kind kind, YamlFields fields) {
		return switch (kind) {
			case COMPANY -> new CompanyDetails(fields.text("industry"), fields.integer("founded"), fields.refs("tools"),
					fields.refs("practices"), fields.objects("metrics", FrontMatterReader::metric),
					fields.objects("timeline", FrontMatterReader::event));
			case TOOL -> new ToolDetails(fields.text("category"), fields.webAddress("website"), fields.bool("open_source"),
					fields.ref("created_by"), fields.refs("practices"), fields.refs("companies"));
			case PRACTICE -> new PracticeDetails(fields.text("category"), fields.refs("related"),
					fields.refs("companies"));
			case SOURCE -> new SourceDetails(fields.text("publisher"), fields.text("author"), fields.text("published"),
					fields.webAddress("url"), sourceType(fields));
		};
	}

	private static String sourceType(YamlFields fields) {
		String type = fields.text("type");
		if (!type.isEmpty() && !SOURCE_TYPES.contains(type)) {
			fields.error(fields.lineOf("type"), "type '" + type + "' must be one of " + String.join(", ", SOURCE_TYPES));
			return "";
		}
		return type;
	}

	private static Optional<MetricSpec> metric(YamlFields fields) {
		String name = fields.required("name");
		String value = fields.required("value");
		String unit = fields.text("unit");
		Optional<Integer> year = fields.integer("year");
		Optional<Ref> source = fields.ref("source");
		return complete(fields, "metric", year, source)
			.map((ok) -> new MetricSpec(name, value, unit, year.get(), source.get()));
	}

	private static Optional<EventSpec> event(YamlFields fields) {
		Optional<Integer> year = fields.integer("year");
		String event = fields.required("event");
		Optional<Ref> source = fields.ref("source");
		return complete(fields, "timeline event", year, source)
			.map((ok) -> new EventSpec(year.get(), event, source.get()));
	}

	private static Optional<Boolean> complete(YamlFields fields, String what, Optional<Integer> year,
			Optional<Ref> source) {
		if (year.isEmpty() && !fields.has("year")) {
			fields.error(fields.line(), "a " + what + " needs a 'year'");
		}
		if (source.isEmpty()) {
			fields.error(fields.line(), "a " + what + " needs a 'source' (a source slug)");
		}
		return (year.isPresent() && source.isPresent()) ? Optional.of(true) : Optional.empty();
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

	private static String firstLineOf(String message) {
		return (message != null) ? message.lines().findFirst().orElse(message).strip() : "unreadable YAML";
	}

}
