import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic content folder for the benchmark, in the format of docs/content-format.md.
 *
 * <pre>
 * java bench/GenerateCorpus.java --entries 10000 --seed 42 --out bench/out/corpus-10000 [--queries FILE]
 * </pre>
 *
 * 10% companies (~5 KB, 10-20 body links, metrics and timeline citing sources), 45% tools and 45%
 * practices (~2 KB each), about 200 tags, plus one source per 200 entries (at least 3). Every
 * relation and link names an existing entry, so the folder indexes with zero errors and zero
 * warnings. The same seed always gives the same files. With {@code --queries} it also writes a
 * search mix, one path per line: text, tag and text+tag queries over words the bodies use.
 */
public final class GenerateCorpus {

	private static final String[] SYLLABLES = { "ka", "lo", "mer", "vin", "tor", "sa", "ren", "dal", "pi", "qua", "zen",
			"bor", "li", "nex", "tra", "mo", "fi", "gar", "hu", "ost", "pel", "ri", "sum", "te", "vor", "wy", "xan",
			"yel", "co", "dri" };

	private static final String[] COMMON = { "the", "team", "deploys", "service", "release", "with", "and", "every",
			"change", "production", "pipeline", "monitoring", "rollback", "traffic", "build", "test", "owners", "metrics",
			"incident", "review", "small", "batch", "a", "of", "to", "in", "is", "on", "for", "their" };

	private static final String[] CATEGORIES = { "Deployment", "Monitoring", "Configuration management", "Testing",
			"Delivery", "Resilience", "Organisation", "Infrastructure" };

	private final Random random;

	private final List<String> vocabulary = new ArrayList<>();

	private final List<String> tags = new ArrayList<>();

	private final List<Item> companies = new ArrayList<>();

	private final List<Item> tools = new ArrayList<>();

	private final List<Item> practices = new ArrayList<>();

	private final List<Item> sources = new ArrayList<>();

	private record Item(String folder, String slug, String title) {
	}

	private GenerateCorpus(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws IOException {
		int entries = 1000;
		long seed = 42;
		Path out = null;
		Path queries = null;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--entries" -> entries = Integer.parseInt(args[i + 1]);
				case "--seed" -> seed = Long.parseLong(args[i + 1]);
				case "--out" -> out = Path.of(args[i + 1]);
				case "--queries" -> queries = Path.of(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (out == null || entries < 3 || args.length % 2 != 0) {
			System.err.println("usage: java GenerateCorpus.java --entries N --out DIR [--seed S] [--queries FILE]");
			System.exit(2);
		}
		GenerateCorpus generator = new GenerateCorpus(seed);
		generator.plan(entries);
		long bytes = generator.write(out);
		if (queries != null) {
			generator.writeQueries(queries, 300);
		}
		System.out.printf("Wrote %d companies, %d tools, %d practices, %d sources (%d KB) to %s%n",
				generator.companies.size(), generator.tools.size(), generator.practices.size(), generator.sources.size(),
				bytes / 1024, out);
	}

	private void plan(int entries) {
		Set<String> words = new LinkedHashSet<>();
		while (words.size() < 2000) {
			words.add(word(2 + this.random.nextInt(2)));
		}
		this.vocabulary.addAll(words);
		Set<String> tagNames = new LinkedHashSet<>();
		while (tagNames.size() < 200) {
			tagNames.add(this.random.nextInt(3) == 0 ? word(2) + "-" + word(2) : word(3));
		}
		this.tags.addAll(tagNames);
		int companyCount = Math.max(1, entries / 10);
		int toolCount = (entries - companyCount) / 2;
		int practiceCount = entries - companyCount - toolCount;
		int sourceCount = Math.max(3, entries / 200);
		add(this.companies, "companies", companyCount, "Labs");
		add(this.tools, "tools", toolCount, "");
		add(this.practices, "practices", practiceCount, "Practice");
		add(this.sources, "sources", sourceCount, "Report");
	}

	private void add(List<Item> items, String folder, int count, String suffix) {
		for (int i = 1; i <= count; i++) {
			String title = capital(word(2)) + " " + capital(word(3)) + (suffix.isEmpty() ? "" : " " + suffix) + " " + i;
			items.add(new Item(folder, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title));
		}
	}

	private long write(Path root) throws IOException {
		long bytes = 0;
		for (String folder : List.of("companies", "tools", "practices", "sources")) {
			Files.createDirectories(root.resolve(folder));
		}
		for (Item item : this.sources) {
			bytes += write(root, item, source(item));
		}
		for (Item item : this.companies) {
			bytes += write(root, item, company(item));
		}
		for (Item item : this.tools) {
			bytes += write(root, item, tool(item));
		}
		for (Item item : this.practices) {
			bytes += write(root, item, practice(item));
		}
		return bytes;
	}

	private static long write(Path root, Item item, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Files.write(root.resolve(item.folder()).resolve(item.slug() + ".md"), bytes);
		return bytes.length;
	}

	private String company(Item item) {
		StringBuilder text = header(item);
		text.append("industry: ").append(capital(sentence(3))).append('\n');
		text.append("founded: ").append(1950 + this.random.nextInt(70)).append('\n');
		text.append("tools: ").append(slugs(this.tools, 5, 10)).append('\n');
		text.append("practices: ").append(slugs(this.practices, 5, 10)).append('\n');
		text.append("metrics:\n");
		for (int i = 0, n = 2 + this.random.nextInt(3); i < n; i++) {
			text.append("  - name: ").append(capital(sentence(2))).append('\n');
			text.append("    value: ").append(1 + this.random.nextInt(5000)).append('\n');
			text.append("    unit: deploys/day\n");
			Item source = pick(this.sources);
			text.append("    as_of: ").append(published(source) - this.random.nextInt(5)).append('\n');
			text.append("    source: ").append(source.slug()).append('\n');
		}
		text.append("timeline:\n");
		for (int i = 0, n = 2 + this.random.nextInt(2); i < n; i++) {
			text.append("  - date: ").append(2000 + this.random.nextInt(25)).append('\n');
			text.append("    event: ").append(capital(sentence(8))).append(".\n");
			text.append("    source: ").append(pick(this.sources).slug()).append('\n');
		}
		text.append("sources: ").append(slugs(this.sources, 1, 3)).append('\n');
		return body(text, 5000, 10 + this.random.nextInt(11));
	}

	private String tool(Item item) {
		StringBuilder text = header(item);
		text.append("category: ").append(CATEGORIES[this.random.nextInt(CATEGORIES.length)]).append('\n');
		text.append("open_source: ").append(this.random.nextBoolean()).append('\n');
		Item creator = pick(this.companies);
		text.append("created_by: ").append(creator.slug()).append('\n');
		text.append("practices: ").append(slugs(this.practices, 1, 3)).append('\n');
		List<Item> others = this.companies.stream().filter((company) -> company != creator).toList();
		String users = slugs(others, 0, 2);
		text.append("companies: [").append(creator.slug()).append(users.equals("[]") ? "]" : ", " + users.substring(1))
			.append('\n');
		text.append("sources: ").append(slugs(this.sources, 0, 1)).append('\n');
		return body(text, 2000, 3 + this.random.nextInt(4));
	}

	private String practice(Item item) {
		StringBuilder text = header(item);
		text.append("category: ").append(CATEGORIES[this.random.nextInt(CATEGORIES.length)]).append('\n');
		List<Item> others = this.practices.stream().filter((other) -> other != item).toList();
		text.append("related: ").append(slugs(others, 1, 3)).append('\n');
		text.append("companies: ").append(slugs(this.companies, 1, 3)).append('\n');
		text.append("sources: ").append(slugs(this.sources, 0, 1)).append('\n');
		return body(text, 2000, 3 + this.random.nextInt(4));
	}

	private String source(Item item) {
		StringBuilder text = header(item);
		text.append("publisher: ").append(capital(word(3))).append(" Press\n");
		text.append("author: ").append(capital(word(2))).append(' ').append(capital(word(3))).append('\n');
		text.append("published: ").append(published(item)).append('\n');
		text.append("type: article\n");
		return body(text, 1000, 0);
	}

	/** The year a source was published, the same wherever it is asked: figures may not postdate it. */
	private static int published(Item source) {
		return 2005 + Math.floorMod(source.slug().hashCode(), 20);
	}

	private StringBuilder header(Item item) {
		StringBuilder text = new StringBuilder(6000);
		text.append("---\n");
		text.append("title: ").append(item.title()).append('\n');
		text.append("summary: ").append(capital(sentence(12))).append(".\n");
		Set<String> chosen = new LinkedHashSet<>();
		for (int i = 0, n = 2 + this.random.nextInt(4); i < n; i++) {
			chosen.add(this.tags.get(this.random.nextInt(this.tags.size())));
		}
		text.append("tags: [").append(String.join(", ", chosen)).append("]\n");
		text.append("date: 2026-0").append(1 + this.random.nextInt(9)).append("-1").append(this.random.nextInt(10))
			.append('\n');
		return text;
	}

	/** Closes the front matter and writes paragraphs up to about {@code bytes}, with {@code links} body links. */
	private String body(StringBuilder text, int bytes, int links) {
		text.append("---\n\n");
		int target = bytes - 150;
		int placed = 0;
		int paragraph = 0;
		while (text.length() < target || placed < links) {
			if (paragraph % 3 == 0) {
				text.append("## ").append(capital(sentence(3))).append("\n\n");
			}
			StringBuilder line = new StringBuilder();
			for (int s = 0; s < 4; s++) {
				line.append(capital(sentence(10 + this.random.nextInt(8))));
				if (placed < links && this.random.nextInt(2) == 0) {
					line.append(' ').append(link(placed));
					placed++;
				}
				line.append(". ");
			}
			text.append(line.toString().strip()).append("\n\n");
			paragraph++;
		}
		return text.toString();
	}

	/** Cycles through the link forms of the content format. */
	private String link(int n) {
		List<Item> pool = switch (this.random.nextInt(3)) {
			case 0 -> this.companies;
			case 1 -> this.tools;
			default -> this.practices;
		};
		Item target = pick(pool);
		return switch (n % 4) {
			case 0 -> "[[" + target.slug() + "]]";
			case 1 -> "[[" + target.slug() + "|" + sentence(2) + "]]";
			case 2 -> "[" + sentence(2) + "](../" + target.folder() + "/" + target.slug() + ".md)";
			default -> "[[" + target.title() + "]]";
		};
	}

	private void writeQueries(Path file, int count) throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = this.vocabulary.get(this.random.nextInt(this.vocabulary.size()));
			String tag = this.tags.get(this.random.nextInt(this.tags.size()));
			lines.add(switch (i % 3) {
				case 0 -> "/search?q=" + text;
				case 1 -> "/search?tag=" + tag;
				default -> "/search?q=" + text + "&tag=" + tag;
			});
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, lines);
	}

	private String slugs(List<Item> pool, int min, int max) {
		Set<String> chosen = new LinkedHashSet<>();
		int wanted = Math.min(pool.size(), min + this.random.nextInt(max - min + 1));
		while (chosen.size() < wanted) {
			chosen.add(pick(pool).slug());
		}
		return "[" + String.join(", ", chosen) + "]";
	}

	private Item pick(List<Item> pool) {
		return pool.get(this.random.nextInt(pool.size()));
	}

	private String sentence(int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(this.random.nextInt(3) == 0 ? COMMON[this.random.nextInt(COMMON.length)]
					: this.vocabulary.get(this.random.nextInt(this.vocabulary.size())));
		}
		return text.toString();
	}

	private String word(int syllables) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[this.random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
