package dev.casebook.content;

import java.nio.file.Path;

/**
 * Reads, links and renders a content folder, then prints how many entries and problems it found.
 * {@link HostileContentTests} runs it in a child JVM with a small heap, so a file that takes the
 * whole JVM fails the test with an {@link OutOfMemoryError} instead of going unnoticed.
 */
public final class BoundedIndexing {

	private BoundedIndexing() {
	}

	public static void main(String[] args) {
		Markdown markdown = new Markdown();
		ContentLoader.Loaded loaded = new ContentLoader(new EntryFileParser(markdown)).load(Path.of(args[0]));
		ContentLinker.Linked linked = new ContentLinker(markdown).link(loaded.entries());
		long html = linked.entries()
			.stream()
			.mapToLong((entry) -> markdown.render(entry.body(), linked.targets(), entry.file(), entry.citedAboveBody()).html().length())
			.sum();
		System.out.println("entries=" + linked.entries().size() + " problems="
				+ (loaded.problems().size() + linked.problems().size()) + " html=" + html);
	}

}
