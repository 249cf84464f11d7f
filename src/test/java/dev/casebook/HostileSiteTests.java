package dev.casebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import dev.casebook.content.ActiveContent;
import dev.casebook.content.ContentIndexer;
import dev.casebook.content.HostileContent;
import dev.casebook.web.RawHttp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** With hostile files in the content folder the rest of the site serves, inert, and nothing is written. */
class HostileSiteTests extends HostileSite {

	@Autowired
	private ContentIndexer indexer;

	@Test
	void goodAndLargeEntriesServeAndRefusedFilesDoNot() {
		HostileContent.SERVED.values().forEach((path) -> assertThat(RawHttp.get(this.port, path).status()).as(path)
			.isEqualTo(200));
		for (String path : List.of("/tools/alias-bomb", "/tools/ten-megabytes", "/tools/escape", "/tools/secret",
				"/practices/good-co", "/tools/deep-markdown")) {
			assertThat(RawHttp.get(this.port, path).status()).as(path).isEqualTo(404);
		}
	}

	@Test
	void everyProblemOfTheHostileFolderIsInTheReport() {
		List<String> problems = this.indexer.lastReport().orElseThrow().problems().stream().map(Object::toString).toList();
		HostileContent.EXPECTED.forEach((file, problem) -> assertThat(problems).as(file)
			.anySatisfy((reported) -> assertThat(reported).startsWith(problem)));
	}

	@Test
	void noPayloadSurvivesInAnyServedPage() {
		Stream.concat(XSS_PAGES.stream(), payloadToolPages().stream()).forEach((path) -> {
			RawHttp.Reply reply = RawHttp.get(this.port, path);
			assertThat(reply.status()).as(path).isEqualTo(200);
			ActiveContent.assertNoneIn(reply.body());
		});
	}

	@Test
	void addressesThatAreNotHttpAreNotLinked() {
		assertThat(RawHttp.get(this.port, "/sources/xss-source").body()).doesNotContain("Address");
		assertThat(Jsoup.parse(RawHttp.get(this.port, "/tools/xss-0").body()).select("dt").eachText())
			.doesNotContain("Website");
	}

	@Test
	void indexingAndReloadingNeverWriteToTheContentFolder() throws Exception {
		String before = fingerprint(CONTENT);
		this.indexer.index();
		this.indexer.reload(List.of(""));
		assertThat(fingerprint(CONTENT)).isEqualTo(before);
	}

	/** A hash of every path, symbolic-link target, size, modification time and content below {@code root}. */
	static String fingerprint(Path root) throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted().toList()) {
				digest.update(root.relativize(path).toString().getBytes());
				if (Files.isSymbolicLink(path)) {
					digest.update(Files.readSymbolicLink(path).toString().getBytes());
				}
				else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					digest.update(Files.readAllBytes(path));
					digest.update(Files.getLastModifiedTime(path).toString().getBytes());
				}
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
