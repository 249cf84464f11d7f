package dev.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.casebook.CasebookApplication;
import dev.casebook.SlowSuite;
import dev.casebook.content.ContentIndexer;
import dev.casebook.content.TestFolders;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full index leaves each search index in one segment, even when the writer flushed several on the
 * way (here after every second document).
 */
@SlowSuite
class SegmentMergerTests {

	private final Path content = TestFolders.temporary("casebook-content");

	private final Path data = TestFolders.temporary("casebook-data");

	@AfterEach
	void deleteFolders() throws IOException {
		TestFolders.delete(this.content);
		TestFolders.delete(this.data);
	}

	@Test
	void aFullIndexLeavesEverySearchIndexInOneSegment() throws IOException {
		TestFolders.copy(Path.of("src/test/resources/fixtures/insights"), this.content);
		start();
		assertThat(segmentsPerIndex()).containsOnlyKeys("company", "practice", "source", "tool").allSatisfy(
				(index, segments) -> assertThat(segments).as(index).isEqualTo(1));
	}

	private void start() {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasebookApplication.class)
			.web(WebApplicationType.NONE)
			.run("--casebook.content-dir=" + this.content, "--casebook.keep-index=true",
					"--casebook.data-dir=" + this.data,
					"--spring.jpa.properties.hibernate.search.backend.io.writer.max_buffered_docs=2")) {
			assertThat(app.getBean(ContentIndexer.class).lastReport()).isPresent();
		}
	}

	private Map<String, Integer> segmentsPerIndex() throws IOException {
		try (Stream<Path> indexes = Files.list(this.data.resolve("lucene"))) {
			return indexes.collect(Collectors.toMap((index) -> index.getFileName().toString(), SegmentMergerTests::segments));
		}
	}

	private static int segments(Path index) {
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
			return reader.leaves().size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
