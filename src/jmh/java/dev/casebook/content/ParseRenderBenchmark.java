package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.vladsch.flexmark.util.ast.Document;
import dev.casebook.core.Kind;
import dev.casebook.core.Problem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-file work of indexing, on real entries of the bundled {@code content/} folder: reading
 * front matter, parsing a whole file (UTF-8, front matter, flexmark) and rendering a body with its
 * links resolved. Run by {@code bench/run.sh} from the project folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseRenderBenchmark {

	@Param({ "companies/etsy.md", "tools/spinnaker.md" })
	public String file;

	private final Markdown markdown = new Markdown();

	private final EntryFileParser parser = new EntryFileParser(this.markdown);

	private byte[] bytes;

	private String frontMatter;

	private Kind kind;

	private Document body;

	private LinkTargets targets;

	@Setup
	public void setUp() throws IOException {
		Path content = Path.of("content");
		this.bytes = Files.readAllBytes(content.resolve(this.file));
		this.kind = ContentLoader.kindOf(this.file).orElseThrow();
		String text = new String(this.bytes, java.nio.charset.StandardCharsets.UTF_8);
		this.frontMatter = text.substring(4, text.indexOf("\n---", 4));
		ContentLoader.Loaded loaded = new ContentLoader(this.parser).load(content);
		this.targets = new ContentLinker(this.markdown).link(loaded.entries()).targets();
		this.body = this.parser.parse(this.file, this.kind, this.bytes).entry().orElseThrow().body();
	}

	@Benchmark
	public Object readFrontMatter() {
		List<Problem> problems = new ArrayList<>();
		return FrontMatterReader.read(this.frontMatter, 2, this.file, this.kind, "x", problems);
	}

	@Benchmark
	public Object parseFile() {
		return this.parser.parse(this.file, this.kind, this.bytes);
	}

	@Benchmark
	public Object renderBody() {
		return this.markdown.render(this.body, this.targets, this.file, List.of());
	}

	@Benchmark
	public Object parseAndRender() {
		Document document = this.parser.parse(this.file, this.kind, this.bytes).entry().orElseThrow().body();
		return this.markdown.render(document, this.targets, this.file, List.of());
	}

}
